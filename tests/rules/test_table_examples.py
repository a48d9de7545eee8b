"""Every alternative of every [claims] and [shapes] pattern of a language table has an example
phrase it matches (rules/data/examples_<code>.toml), so that a dead alternative shows.

For a list, example i belongs to alternative i; for a single pattern, every example must match
the whole pattern. Only the never-matching placeholder may have no examples."""
import re
import tomllib
from functools import cache

import pytest

from rules.lang import DATA, FLAGS

PLACEHOLDER = "(?!x)x"


@cache
def patterns(code: str) -> dict:
    table = tomllib.loads((DATA / f"lang_{code}.toml").read_text(encoding="utf-8"))
    return {**table["claims"], **table.get("shapes", {})}


@cache
def examples(code: str) -> dict:
    table = tomllib.loads((DATA / f"examples_{code}.toml").read_text(encoding="utf-8"))
    return {key: entry.get("examples") for key, entry in table.items()}


LANGS = sorted(p.stem.removeprefix("examples_") for p in DATA.glob("examples_*.toml"))


def cases():
    """(language, key, i): i is the alternative of a list, or the example of a single pattern."""
    for code in LANGS:
        for key, value in patterns(code).items():
            count = len(value) if isinstance(value, list) else len(examples(code).get(key) or [None])
            for i in range(count):
                yield pytest.param(code, key, i, id=f"{code}-{key}-{i}")


@pytest.mark.parametrize("code", LANGS)
def test_every_key_has_examples(code):
    table, given = patterns(code), examples(code)
    assert sorted(set(table) - set(given)) == [], "keys without examples"
    assert sorted(set(given) - set(table)) == [], "examples for unknown keys"
    for key, value in table.items():
        assert isinstance(given[key], list), f"[{key}] needs an examples list"
        if isinstance(value, list):
            assert len(given[key]) == len(value), f"[{key}]: one example per alternative"
        else:
            assert given[key] or value == PLACEHOLDER, f"[{key}]: no examples"


@pytest.mark.parametrize("code, key, i", cases())
def test_example_matches(code, key, i):
    value, given = patterns(code)[key], examples(code).get(key) or []
    if value == PLACEHOLDER:
        assert given == [], "the placeholder matches nothing: give it examples = []"
        return
    assert i < len(given), "no example for this alternative"
    pattern = value[i] if isinstance(value, list) else value
    assert re.search(pattern, given[i], FLAGS), f"{pattern!r} does not match {given[i]!r}"
