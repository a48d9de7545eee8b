"""Every alternative of every [claims] and [shapes] pattern of a language table has an example
phrase it matches (rules/data/examples_<code>.toml), so that a dead alternative shows.

For a list, example i belongs to alternative i; for a single pattern, every example must match
the whole pattern. Only a pattern the language does not have (`false`) has no examples."""
import re
import tomllib
from functools import cache

import pytest

from rules.lang import DATA, FLAGS, _with_variants


@cache
def table(code: str) -> dict:
    return tomllib.loads((DATA / f"lang_{code}.toml").read_text(encoding="utf-8"))


def patterns(code: str) -> dict:
    return {**table(code)["claims"], **table(code)["shapes"]}


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
            assert given[key] or value is False, f"[{key}]: no examples"


@pytest.mark.parametrize("code, key, i", list(cases()))
def test_example_matches(code, key, i):
    value, given = patterns(code)[key], examples(code).get(key) or []
    if value is False:
        assert given == [], "a pattern the language does not have matches nothing: examples = []"
        return
    assert i < len(given), "no example for this alternative"
    pattern = _with_variants(value[i] if isinstance(value, list) else value,
                             table(code)["text"].get("variants", {}))
    assert re.search(pattern, given[i], FLAGS), f"{pattern!r} does not match {given[i]!r}"
