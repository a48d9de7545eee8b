"""Language tables: the words and patterns of one language behind one interface.

Each language is a TOML file rules/data/lang_<code>.toml; `load_language` compiles it into a
`Lang` whose fields the extractors read. Adding a language means adding a table, not code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rules.errors import RulesError, read_toml
from rules.lang.literals import first_characters, required_words

DATA = Path(__file__).resolve().parent.parent / "data"
FLAGS = re.I | re.U


# Letters that case-insensitive patterns take for another letter ("ſ" for "s", "ı" and "İ"
# for "i", old Cyrillic forms) but that str.lower() does not turn into it.
_LOOKALIKES = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "ᲀ": "в", "ᲁ": "д", "ᲂ": "о", "ᲃ": "с",
                             "ᲄ": "т", "ᲅ": "т", "ᲆ": "ъ", "ё": "е", "Ё": "е",
                             "’": "'", "ʼ": "'"})


def table_key(matched: str) -> str:
    """Matched text as the word tables spell their keys: lower case, look-alike letters
    undone (a pattern finds "ſaturday"; the weekday table knows "saturday"), "ё" as "е"
    (Russian writers use either) and every apostrophe as ' (Ukrainian п’ятеро, пʼятеро)."""
    if _ANY_LOOKALIKE.search(matched) is None:
        return matched.lower()          # most text: lower() alone, translating is slow
    return matched.translate(_LOOKALIKES).lower()


_ANY_LOOKALIKE = re.compile("[" + "".join(re.escape(chr(c)) for c in _LOOKALIKES) + "]")


@dataclass(frozen=True, eq=False)
class Lang:
    """Compiled patterns and word tables of one language (see rules/data/README.md)."""
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
    patterns: dict          # name -> compiled regex ([claims], [shapes] and the pattern keys below)
    nat_nouns: dict
    nat_adjectives: dict
    countries: dict
    citizen_nouns: str
    home: str
    context_terms: dict     # concept -> compiled regex (the story's words, rules/data/story.toml)
    extra: dict             # the other settings: joiners, pronouns, abbreviations ...
    gates: dict = field(default_factory=dict)   # pattern name -> gate (see `gate`), where it has one
    guarded: dict = field(default_factory=dict)  # pattern name -> the pattern behind its guard (see `guarded`)

    def search(self, name: str, text: str) -> re.Match | None:
        return _searched(self, name, text)

    def match(self, name: str, text: str) -> re.Match | None:
        return self.patterns[name].match(text)

    def finditer(self, name: str, text: str):
        if not passes(self.gates.get(name), text):
            return iter(())
        return self.guarded[name].finditer(text)

    def alternation(self, words) -> str:
        """A regex alternation of table words, longest first. Words are keyed folded ("трех"),
        so a letter that a variant folds into also stands for the variant ("трёх")."""
        variants = self.extra.get("variants", {})
        both = {**variants, **{b: a for a, b in variants.items()}}
        return "|".join(_with_variants(re.escape(w), both) for w in sorted(words, key=len, reverse=True) if w)


@lru_cache(maxsize=4096)
def _searched(lang: Lang, name: str, text: str) -> re.Match | None:
    """lang.patterns[name].search(text), remembered: the readings of one article ask the same
    question of the same sentence or paragraph many times (a third of all searches). Keyed by
    the language (hashed by identity) and the pattern's name: hashing a compiled pattern hashes
    its whole program, microseconds for the long ones."""
    return lang.guarded[name].search(text) if passes(lang.gates.get(name), text) else None


def gate(words) -> re.Pattern | None:
    """A quick test for the words one of which every match of a pattern contains (see
    rules/lang/literals.py): a case-sensitive search of the folded text (`folded`), which
    skips the slow case-insensitive search of most sentences. None when there are no words."""
    keys = {table_key(w) for w in words or ()}
    if not keys or "" in keys:
        return None
    return re.compile(word_trie(keys))


def guarded(pattern: re.Pattern) -> re.Pattern:
    """The same pattern behind a lookahead for the characters its matches start with, where they
    are known: a case-insensitive alternation tries every branch at every position, the
    lookahead turns most positions away with one test. Same matches, found about twice as fast."""
    chars = first_characters(pattern.pattern)
    if not chars:
        return pattern
    return re.compile(f"(?=[{''.join(sorted(map(re.escape, chars)))}])(?:{pattern.pattern})", pattern.flags)


def passes(gate_pattern: re.Pattern | None, text: str) -> bool:
    """Whether the pattern a gate stands for may match `text` (always, without a gate)."""
    return gate_pattern is None or gate_pattern.search(folded(text)) is not None


@lru_cache(maxsize=4096)
def folded(text: str) -> str:
    """The text as gates read it: table_key of it, once per text."""
    return table_key(text)


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


# Every key a language table has (rules/data/README.md says what each means). A pattern may be
# `false`: the language has no such construction, and the pattern never matches.
SCHEMA = {
    "text": {"abbreviations", "numbering", "variants", "conjunctions", "disjunctions"},
    "numbers": {"units", "tens", "scales", "dozen", "vague", "bounds", "joiners", "fractions",
                "weak_units", "negators"},
    "dates": {"months", "weekdays", "weekday_frames", "weekday_last", "weekday_anaphora", "ordinal_suffix",
              "range_joiners", "month_day_guard", "month_capitalised", "relative_months", "relative_days",
              "relative_weekends", "day_offsets", "month_offsets", "month_adjectives",
              "bare_month_min_length"},
    "claims": {"release", "release_in_context", "hypothetical", "attributive_before", "unreal",
               "media_before", "hedged", "refutation", "movement", "people", "part_after", "people_are",
               "subgroup_after", "part_before", "whole_before", "whole_marker", "plus_one_before", "plus_one_after", "coordinated",
               "additive_before", "comitative", "comitative_pronoun", "not_people_after", "pronoun_one_before", "more_after", "cumulative", "in_total",
               "comparison", "held_since", "future", "remaining", "remaining_noun", "held", "held_apposition", "held_relative",
               "held_before", "held_cell", "citizenship_label", "how_many", "polar_question", "yes_answer", "compared_before", "other_event_before", "other_event_after", "speaks_after", "agent_after", "other_agent_before",
               "kin_before", "whose", "whose_kin_before", "relative_after", "not_freed_after",
               "not_freed_before", "exiled", "pronoun_subject", "plural_subject", "unknown_name", "epithet_subject",
               "list_intro", "list_marker", "group_ref", "label_value", "speech_date_before", "day_anaphora", "report_back",
               "recap", "historical_line", "relative_pronoun", "others_word"},
    "shapes": {"verb_before", "count_end", "verb_after", "number_is", "origin_before", "by_before"},
    "nationality": {"nouns", "adjectives", "countries", "citizen_nouns", "citizens_of",
                    "of_its_citizens", "of_them_adjective", "home"},
    "persons": {"pronouns"},
    "tables": {"total_words"},
}
OPTIONAL = {("text", "variants"), ("numbers", "fractions"), ("numbers", "negators"),
            ("dates", "weekday_anaphora")}
NEVER = r"(?!x)x"       # what a `false` pattern compiles to


def _check_schema(data: dict, where: str) -> None:
    """A missing or unknown key is an error naming the file and the key."""
    unknown = set(data) - set(SCHEMA) - {"language"}
    if unknown:
        raise RulesError(f"{where}: unknown section '{sorted(unknown)[0]}'")
    if "language" not in data:
        raise RulesError(f"{where}: missing key 'language'")
    for section, keys in SCHEMA.items():
        table = data.get(section, {})
        for key in sorted(set(table) - keys):
            raise RulesError(f"{where}: unknown key '{section}.{key}'")
        for key in sorted(keys - set(table)):
            if (section, key) not in OPTIONAL:
                raise RulesError(f"{where}: missing key '{section}.{key}'")


def _with_variants(source: str, variants: dict) -> str:
    """A pattern that also accepts each letter's common variant (Russian "е" written for "ё")."""
    out, in_class, i = [], False, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            out.append(source[i:i + 2])
            i += 2
            continue
        if c in variants:
            out.append(c + variants[c] if in_class else f"[{c}{variants[c]}]")
        else:
            in_class = (in_class or c == "[") and not (in_class and c == "]")
            out.append(c)
        i += 1
    return "".join(out)


def _pattern(value, variants: dict, where: str, key: str) -> re.Pattern:
    """A compiled pattern from a table value: a pattern, a list of alternatives, or false."""
    if value is False:
        return re.compile(NEVER)
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        raise RulesError(f"{where}: '{key}' must be a pattern, a list of patterns or false")
    try:
        return _any([_with_variants(v, variants) for v in items])
    except re.error as exc:
        raise RulesError(f"{where}: bad pattern '{key}': {exc}") from exc


def _gate_of(value, variants: dict) -> re.Pattern | None:
    """The gate of a table pattern, read from its source before the variant letters are added:
    a variant folds (table_key) to the letter it stands for, as the gate reads the text."""
    if value is False or any(table_key(v) != table_key(letter) for letter, vs in variants.items() for v in vs):
        return None
    items = [value] if isinstance(value, str) else value
    return gate(required_words("|".join(f"(?:{p})" for p in items)))


def _words(table: dict) -> dict:
    """A word table keyed as table_key spells matched text."""
    return {table_key(k): v for k, v in table.items()}


@lru_cache(maxsize=1)
def story_terms() -> dict[str, re.Pattern]:
    """concept -> pattern of the story's context words (rules/data/story.toml), any script."""
    path = DATA / "story.toml"
    try:
        return {concept: guarded(_any(patterns)) for concept, patterns in read_toml(path)["context"].items()}
    except (KeyError, re.error) as exc:
        raise RulesError(f"{path.name}: {exc}") from exc


def load_language(code: str, path: Path | None = None) -> Lang:
    """Read, check and compile rules/data/lang_<code>.toml."""
    path = path or DATA / f"lang_{code}.toml"
    data = read_toml(path)
    where = path.name
    _check_schema(data, where)
    text, nums, dates, nat = data["text"], data["numbers"], data["dates"], data["nationality"]
    variants = text.get("variants", {})
    pattern_values = {**data["claims"], **data["shapes"], "numbering": text["numbering"],
                      "ordinal_suffix": dates["ordinal_suffix"], "month_day_guard": dates["month_day_guard"],
                      "of_its_citizens": nat["of_its_citizens"], "of_them_adjective": nat["of_them_adjective"]}
    patterns = {k: _pattern(v, variants, where, k) for k, v in pattern_values.items()}
    gates = {k: _gate_of(v, variants) for k, v in pattern_values.items()}
    return Lang(code=data["language"], units=_words(nums["units"]), tens=_words(nums["tens"]),
                scales=_words(nums["scales"]), dozen=table_key(nums["dozen"]),
                vague=_words(nums["vague"]), bounds=_words(nums["bounds"]),
                months=_words(dates["months"]), weekdays=_words(dates["weekdays"]),
                weekday_frames=[_with_variants(f, variants) for f in dates["weekday_frames"]],
                patterns=patterns, nat_nouns=_words(nat["nouns"]), nat_adjectives=_words(nat["adjectives"]),
                countries=_words(nat["countries"]), citizen_nouns=_with_variants(nat["citizen_nouns"], variants),
                home=nat["home"], context_terms=story_terms(),
                extra={"variants": variants, "joiners": nums["joiners"], "fractions": _words(nums.get("fractions", {})),
                       "weak_units": [table_key(w) for w in nums["weak_units"]],
                       "negators": [table_key(w) for w in nums.get("negators", [])],
                       "abbreviations": [table_key(a) for a in text["abbreviations"]],
                       "conjunctions": text["conjunctions"], "disjunctions": text["disjunctions"],
                       "range_joiners": dates["range_joiners"], "month_capitalised": dates["month_capitalised"],
                       "bare_month_min_length": dates["bare_month_min_length"],
                       "relative_months": _words(dates["relative_months"]),
                       "relative_days": _words(dates["relative_days"]),
                       "relative_weekends": _words(dates["relative_weekends"]),
                       "day_offsets": _words(dates["day_offsets"]),
                       "month_offsets": _words(dates["month_offsets"]),
                       "month_adjectives": _words(dates["month_adjectives"]),
                       "weekday_anaphora": _with_variants(dates.get("weekday_anaphora", ""), variants),
                       "weekday_last": [_with_variants(f, variants) for f in dates["weekday_last"]],
                       "citizens_of": _with_variants(nat["citizens_of"], variants),
                       "pronouns": _words(data["persons"]["pronouns"]),
                       "total_words": [table_key(w) for w in data["tables"]["total_words"]]},
                gates={k: g for k, g in gates.items() if g is not None},
                guarded={k: guarded(p) for k, p in patterns.items()})


def available_languages() -> list[str]:
    """Codes of the language tables shipped in rules/data."""
    return sorted(p.stem.split("_", 1)[1] for p in DATA.glob("lang_*.toml"))
