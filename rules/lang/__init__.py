"""Language tables: the words and patterns of one language behind one interface.

Each language is a TOML file rules/data/lang_<code>.toml; `load_language` compiles it into a
`Lang` whose fields the extractors read. Adding a language means adding a table, not code.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rules.errors import RulesError

DATA = Path(__file__).resolve().parent.parent / "data"
FLAGS = re.I | re.U


# Letters that case-insensitive patterns take for another letter ("ſ" for "s", "ı" and "İ"
# for "i", old Cyrillic forms) but that str.lower() does not turn into it.
_LOOKALIKES = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "ᲀ": "в", "ᲁ": "д", "ᲂ": "о", "ᲃ": "с",
                             "ᲄ": "т", "ᲅ": "т", "ᲆ": "ъ"})


def table_key(matched: str) -> str:
    """Matched text as the word tables spell their keys: lower case, look-alike letters
    undone (a pattern finds "ſaturday"; the weekday table knows "saturday")."""
    return matched.translate(_LOOKALIKES).lower()


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

    def search(self, name: str, text: str) -> re.Match | None:
        return self.patterns[name].search(text)

    def match(self, name: str, text: str) -> re.Match | None:
        return self.patterns[name].match(text)

    def finditer(self, name: str, text: str):
        return self.patterns[name].finditer(text)


def _any(items: list[str] | str) -> re.Pattern:
    """One regex from a pattern or a list of alternatives."""
    if isinstance(items, str):
        return re.compile(items, FLAGS)
    return re.compile("|".join(f"(?:{p})" for p in items), FLAGS)


def word_trie(words: set[str]) -> str:
    """A regex for the presence of any of (non-empty) `words`, branching on one character at a
    time so that a position is given up after a few comparisons. A word beginning with another
    is left out: where it occurs, so does the other."""
    by_first: dict[str, set] = {}
    for w in words:
        by_first.setdefault(w[0], set()).add(w[1:])
    alts = [re.escape(c) + ("" if "" in rest else word_trie(rest)) for c, rest in sorted(by_first.items())]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


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
    except re.error as exc:
        raise RulesError(f"{where}: bad pattern: {exc}") from exc
    return Lang(code=data.get("language", code), units=nums["units"], tens=nums.get("tens", {}),
                scales=nums.get("scales", {}), dozen=nums.get("dozen", "dozen"),
                vague=nums.get("vague", {}), bounds=nums.get("bounds", {}),
                months=dates["months"], weekdays=dates["weekdays"],
                weekday_frames=dates.get("weekday_frames", []), patterns=patterns,
                nat_nouns=nat["nouns"], nat_adjectives=nat.get("adjectives", {}),
                countries=nat.get("countries", {}), citizen_nouns=nat.get("citizen_nouns", ""),
                home=nat.get("home", ""), context_terms=story_terms(),
                extra={**data.get("extra", {}), **{k: nums[k] for k in ("fractions", "joiners") if k in nums}, **({"weekday_anaphora": dates["weekday_anaphora"]} if "weekday_anaphora" in dates else {}), **({"citizens_of": nat["citizens_of"]} if "citizens_of" in nat else {})})


@lru_cache(maxsize=1)
def story_terms() -> dict[str, re.Pattern]:
    """concept -> pattern of the story's context words (rules/data/story.toml), any script."""
    path = DATA / "story.toml"
    try:
        context = tomllib.loads(path.read_text(encoding="utf-8"))["context"]
        return {concept: _any(patterns) for concept, patterns in context.items()}
    except (OSError, KeyError, tomllib.TOMLDecodeError, re.error) as exc:
        raise RulesError(f"{path.name}: {exc}") from exc


def available_languages() -> list[str]:
    """Codes of the language tables shipped in rules/data."""
    return sorted(p.stem.split("_", 1)[1] for p in DATA.glob("lang_*.toml"))
