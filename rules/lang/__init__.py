"""Language tables: the words and patterns of one language behind one interface.

Each language is a TOML file rules/data/lang_<code>.toml; `load_language` compiles it into a
`Lang` whose fields the extractors read. Adding a language means adding a table, not code.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from rules.errors import RulesError

DATA = Path(__file__).resolve().parent.parent / "data"
FLAGS = re.I | re.U
_FLAGS_SET = re.compile("", FLAGS).flags     # FLAGS as a compiled pattern reports them


@dataclass(frozen=True, eq=False)
class Lang:
    """Compiled patterns and word tables of one language."""
    code: str
    units: dict
    tens: dict
    scales: dict
    dozen: str
    vague: dict
    bounds: dict
    months: dict
    weekdays: dict
    weekday_frames: list
    patterns: dict          # name -> compiled regex
    nat_nouns: dict
    nat_adjectives: dict
    countries: dict
    citizen_nouns: str
    home: str
    context_terms: dict     # concept -> compiled regex
    extra: dict             # language-specific raw tables (e.g. Russian number stems)


def _any(items: list[str] | str) -> re.Pattern:
    """One regex from a pattern or a list of alternatives."""
    if isinstance(items, str):
        return re.compile(items, FLAGS)
    return re.compile("|".join(f"(?:{p})" for p in items), FLAGS)


def word_gate(words, word_start: bool = False) -> re.Pattern | None:
    """A quick test for any of `words` in a text (case-insensitive; with `word_start`, only
    where no word character precedes), to skip slower patterns that cannot match without
    one; None (no test) when a word is empty."""
    words = sorted(words, key=len, reverse=True)
    if not words or not all(words):
        return None
    start = r"(?<!\w)" if word_start else ""
    return re.compile(f"{start}{first_letter(words)}(?:{'|'.join(re.escape(w) for w in words)})", FLAGS)


def first_letter(words) -> str:
    """A look-ahead for the first letters of (non-empty) `words`: put before an alternation of
    them, it lets most positions of a text fail at once."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


def any_gate(patterns) -> re.Pattern | None:
    """One pattern that matches where any of `patterns` does, to test them all in one scan;
    None when one of them has groups (back-references would change meaning when combined)."""
    patterns = list(patterns)
    if not patterns or any(p.groups or p.flags != _FLAGS_SET for p in patterns):
        return None
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), FLAGS)


def passes(gate: re.Pattern | None, text: str) -> bool:
    """Whether `text` passes a gate of word_gate or any_gate (no gate: always)."""
    return gate is None or gate.search(text) is not None


def _require(table: dict, key: str, where: str):
    if key not in table:
        raise RulesError(f"{where}: missing key '{key}'")
    return table[key]


def load_language(code: str, path: Path | None = None) -> Lang:
    """Read and compile rules/data/lang_<code>.toml."""
    path = path or DATA / f"lang_{code}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RulesError(f"{path.name}: {exc}") from exc
    where = path.name
    nums, dates = _require(data, "numbers", where), _require(data, "dates", where)
    claims, nat = _require(data, "claims", where), _require(data, "nationality", where)
    try:
        patterns = {k: _any(v) for k, v in {**claims, **data.get("shapes", {})}.items()}
        terms = {k: _any(v) for k, v in data.get("context", {}).get("terms", {}).items()}
    except re.error as exc:
        raise RulesError(f"{where}: bad pattern: {exc}") from exc
    return Lang(code=data.get("language", code), units=nums["units"], tens=nums.get("tens", {}),
                scales=nums.get("scales", {}), dozen=nums.get("dozen", "dozen"),
                vague=nums.get("vague", {}), bounds=nums.get("bounds", {}),
                months=dates["months"], weekdays=dates["weekdays"],
                weekday_frames=dates.get("weekday_frames", []), patterns=patterns,
                nat_nouns=nat["nouns"], nat_adjectives=nat.get("adjectives", {}),
                countries=nat.get("countries", {}), citizen_nouns=nat.get("citizen_nouns", ""),
                home=nat.get("home", ""), context_terms=terms,
                extra={**data.get("extra", {}), **{k: nums[k] for k in ("fractions", "joiners") if k in nums}, **({"weekday_anaphora": dates["weekday_anaphora"]} if "weekday_anaphora" in dates else {}), **({"citizens_of": nat["citizens_of"]} if "citizens_of" in nat else {})})


def available_languages() -> list[str]:
    """Codes of the language tables shipped in rules/data."""
    return sorted(p.stem.split("_", 1)[1] for p in DATA.glob("lang_*.toml"))
