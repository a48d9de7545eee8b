"""Language tables: the words and patterns of one language behind one interface.

Each language is a TOML file rules/data/lang_<code>.toml; `load_language` compiles it into a
`Lang` whose fields the extractors read. Adding a language means adding a table, not code.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from re import _constants as _c, _parser     # a pattern's parts (Python 3.11+), for the quick tests

from rules.errors import RulesError

DATA = Path(__file__).resolve().parent.parent / "data"
FLAGS = re.I | re.U
_FLAGS_SET = re.compile("", FLAGS).flags     # FLAGS as a compiled pattern reports them


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
    _gates: dict = field(default_factory=dict, init=False, repr=False)   # name -> literal_gate

    def search(self, name: str, text: str) -> re.Match | None:
        """patterns[name].search(text), skipped when the text has none of the literals one of
        which every match contains (see literal_gate): for long patterns and long texts."""
        return self.patterns[name].search(text) if passes(self.gate(name), text) else None

    def match(self, name: str, text: str) -> re.Match | None:
        """patterns[name].match(text), with the quick test of `search`."""
        return self.patterns[name].match(text) if passes(self.gate(name), text) else None

    def finditer(self, name: str, text: str):
        """patterns[name].finditer(text), with the quick test of `search`."""
        return self.patterns[name].finditer(text) if passes(self.gate(name), text) else iter(())

    def gate(self, name: str) -> WordGate | None:
        """The literal_gate of patterns[name], made on first use."""
        if name not in self._gates:
            self._gates[name] = literal_gate(self.patterns[name])
        return self._gates[name]


def _any(items: list[str] | str) -> re.Pattern:
    """One regex from a pattern or a list of alternatives."""
    if isinstance(items, str):
        return with_first_letter(items, FLAGS)
    return with_first_letter("|".join(f"(?:{p})" for p in items), FLAGS)


@lru_cache(maxsize=1024)
def with_first_letter(source: str, flags: int = 0) -> re.Pattern:
    """The pattern compiled, led by a look-ahead for the characters its matches can start
    with: it asks nothing the pattern does not ask first, but most positions of a text fail
    on it at once instead of trying every alternative. Without one when those characters are
    not known, or the pattern is anchored at the start (it is then tried at the start only)."""
    try:
        parsed = _parser.parse(source, flags)
    except RecursionError:
        return re.compile(source, flags)
    if parsed.data and parsed.data[0] in ((_c.AT, _c.AT_BEGINNING), (_c.AT, _c.AT_BEGINNING_STRING)):
        return re.compile(source, flags)
    firsts, empty = _first_chars(parsed, bool(parsed.state.flags & re.I))
    if firsts is None or empty:
        return re.compile(source, flags)
    try:
        return re.compile(f"(?={_class_of(firsts, parsed.state.flags)})(?:{source})", flags)
    except re.error:                                    # e.g. global flags inside the source
        return re.compile(source, flags)


def _class_of(firsts: set[tuple[str, bool]], flags: int) -> str:
    """Character classes for (class item, case-insensitive) pairs, one per case mode."""
    parts = []
    for ignorecase in (True, False):
        items = "".join(sorted(item for item, ic in firsts if ic == ignorecase))
        if items:
            scope = "" if ignorecase == bool(flags & re.I) else ("i" if ignorecase else "-i")
            parts.append(f"(?{scope}:[{items}])" if scope else f"[{items}]")
    return "|".join(parts)


_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
               _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}


def _first_chars(items, ignorecase: bool) -> tuple[set | None, bool]:
    """(class item as regex text, matched case-insensitively) pairs for the first character
    of a match of a parsed sequence, and whether the sequence can match the empty string;
    (None, _) when not known."""
    firsts: set[tuple[str, bool]] = set()
    for op, arg in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue                                    # zero width: look further
        if op in (_c.LITERAL, _c.IN):
            found = _class_items([(op, arg)] if op is _c.LITERAL else arg)
            return (None, False) if found is None else (firsts | {(f, ignorecase) for f in found}, False)
        if op is _c.SUBPATTERN and not (arg[1] | arg[2]) & ~re.I.value:   # changing no flag but I
            found, empty = _first_chars(arg[-1], bool((ignorecase or arg[1] & re.I) and not arg[2] & re.I))
        elif op is _c.ATOMIC_GROUP:
            found, empty = _first_chars(arg, ignorecase)
        elif op is _c.BRANCH:
            branches = [_first_chars(b, ignorecase) for b in arg[1]]
            if any(f is None for f, _ in branches):
                return None, False
            found, empty = set().union(*(f for f, _ in branches)), any(e for _, e in branches)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            found, empty = _first_chars(arg[2], ignorecase) if arg[1] else (set(), True)
            empty = empty or arg[0] == 0
        else:
            return None, False
        if found is None:
            return None, False
        firsts |= found
        if not empty:
            return firsts, False
    return firsts, True


def _class_items(items) -> set[str] | None:
    out = set()
    for op, arg in items:
        if op is _c.LITERAL:
            out.add(re.escape(chr(arg)))
        elif op is _c.RANGE:
            out.add(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is _c.CATEGORY and arg in _CATEGORIES:
            out.add(_CATEGORIES[arg])
        else:
            return None                                 # a negated class and the like
    return out


def word_gate(words, word_start: bool = False) -> WordGate | None:
    """A quick test for any of `words` in a text (case-insensitive; with `word_start`, only
    where no word character precedes), to skip slower patterns that cannot match without
    one; None (no test) when a word is empty."""
    words = sorted(words, key=len, reverse=True)
    if not words or not all(words):
        return None
    return WordGate(words, word_start)


class WordGate:
    """The test of word_gate. `pattern` matches case-insensitively, as the language patterns
    do. When the words are ASCII, an ASCII text is instead looked up lower-cased by a
    case-sensitive regex, which the regex engine scans many times faster; on ASCII text the
    two agree. Another text is ruled out by the lower-cased test alone (without `word_start`)
    only when none of its characters lower-cases to more than one or is taken for an ASCII
    one by case-insensitive matching (Kelvin sign, long s, dotless i)."""

    def __init__(self, words: list[str], word_start: bool):
        self.words = words
        start = r"(?<!\w)" if word_start else ""
        self.pattern = re.compile(f"{start}{first_letter(words)}(?:{'|'.join(map(re.escape, words))})", FLAGS)
        ascii_words = all(w.isascii() for w in words)
        self._lower = re.compile(start + word_trie({w.lower() for w in words})) if ascii_words else None
        self._word_start = word_start

    def search(self, text: str):
        """A match (of the text or of its lower case) where a word occurs, else None."""
        if self._lower is not None:
            if text.isascii():
                return self._lower.search(text.lower())
            if not self._word_start and _lowers_alike(text) and self._lower.search(text.lower()) is None:
                return None
        return self.pattern.search(text)


# a non-ASCII character that case-insensitive matching takes for an ASCII one
_ASCII_LOOKALIKE = re.compile(r"[^\x00-\x7f](?<=(?i:[\x00-\x7f]))")


def _lowers_alike(text: str) -> bool:
    """Whether ASCII words match `text` case-insensitively only where their lower case occurs in
    its lower case (see WordGate)."""
    return len(text.lower()) == len(text) and not _ASCII_LOOKALIKE.search(text)


def word_trie(words: set[str]) -> str:
    """A regex for the presence of any of (non-empty) `words`, branching on one character at a
    time so that a position is given up after a few comparisons. A word beginning with another
    is left out: where it occurs, so does the other."""
    by_first: dict[str, set] = {}
    for w in words:
        by_first.setdefault(w[0], set()).add(w[1:])
    alts = [re.escape(c) + ("" if "" in rest else word_trie(rest)) for c, rest in sorted(by_first.items())]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


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


def literal_gate(*patterns: re.Pattern) -> WordGate | None:
    """A quick test for the literal text every match of one of `patterns` contains (for each
    alternative, its longest run of plain characters); None when some alternative has none."""
    needed: set[str] = set()
    for pattern in patterns:
        try:
            literals = _needed_literals(_parser.parse(pattern.pattern, pattern.flags))
        except (re.error, RecursionError):
            return None
        if not literals:
            return None
        needed |= literals
    # spaces around a literal make a poor first letter; a literal containing another adds
    # nothing: where it occurs, the shorter one does
    needed = {w.strip() for w in needed}
    return word_gate({w for w in needed if not any(o != w and o in w for o in needed)})


def _needed_literals(items) -> set[str] | None:
    """Strings one of which every match of a parsed sequence contains, as it stands in the
    pattern (matched with the pattern's flags, or case-insensitively by a gate); None when
    not known. Lookarounds, classes and optional parts add nothing."""
    best, run = None, ""
    for op, arg in items:
        if op is _c.LITERAL:
            run += chr(arg)
            continue
        best, run = _longer(best, {run} if run else None), ""
        if op is _c.SUBPATTERN:
            best = _longer(best, _needed_literals(arg[-1]))
        elif op is _c.ATOMIC_GROUP:
            best = _longer(best, _needed_literals(arg))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            best = _longer(best, _needed_literals(arg[2]))
        elif op is _c.BRANCH:
            branches = [_needed_literals(b) for b in arg[1]]
            if all(branches):
                best = _longer(best, set().union(*branches))
    return _longer(best, {run} if run else None)


def _longer(a: set | None, b: set | None) -> set | None:
    """Of two literal sets, the rarer test: the one whose shortest string (spaces aside) is
    longer, or as long in fewer strings."""
    if not a or not b:
        return a or b
    return b if _rarity(b) > _rarity(a) else a


def _rarity(literals: set) -> tuple:
    return min(len(w.strip()) for w in literals), -len(literals)


def passes(gate: WordGate | re.Pattern | None, text: str) -> bool:
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
