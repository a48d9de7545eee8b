"""The gates of the table patterns (rules/lang/literals.py): a gate may only ever say that a
pattern cannot match; it must never turn away a text the pattern matches."""
import re

import pytest

from rules.lang import DATA, available_languages, load_language, passes, table_key
from rules.lang.literals import first_characters, required_words
from rules.errors import read_toml

_EVERY_LETTER = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)


@pytest.mark.parametrize("source, words", [
    (r"\bremain(?:s|ed)?\b(?! unclear)", {"remain"}),
    (r"\bstill (?:held|jailed)|\bthere are\b", {"still ", "there are"}),
    (r"\b(?:are|is|were) (?:now |still )?left\b", {"left"}),
    (r"(?<!years )\bbehind bars\b", {"behind bars"}),
    (r"\bleav(?:es|ing)\b(?= (?:[\w-]+ ){0,2}\d)", {"leav"}),
    (r"\b(?:releas|free|pardon)(?:ed|ing)\b", {"releas", "free", "pardon"}),
    (r"ab+c", {"ab"}),
    (r"\x27s", None),                   # an escape it reads as no letter: "s" alone is too short
    (r"(?x) remain", None),             # flags for the whole pattern: unsure
    (r"[a-z]+\d", None),
])
def test_required_words(source, words):
    assert required_words(source) == words


def _gated_words():
    for code in available_languages():
        data = read_toml(DATA / f"lang_{code}.toml")
        for value in {**data["claims"], **data["shapes"]}.values():
            if value is not False:
                items = [value] if isinstance(value, str) else value
                yield from required_words("|".join(f"(?:{p})" for p in items)) or ()
        lang = load_language(code)      # the word tables behind the gates of events.py and numbers.py
        yield from [*lang.months, *lang.weekdays, *lang.extra["month_adjectives"], *lang.units,
                    *lang.tens, *lang.scales, lang.dozen]


def test_every_letter_a_gate_word_matches_case_insensitively_folds_like_it():
    """A gate searches the folded text for folded words: sound only if every letter that a
    case-insensitive pattern takes for a word's letter folds to the same letter."""
    letters = {c for word in _gated_words() for c in word}
    for letter in letters:
        for other in re.findall(re.escape(letter), _EVERY_LETTER, re.I | re.U):
            assert table_key(other) == table_key(letter), (letter, other)


@pytest.mark.parametrize("code, text", [
    ("en", "Dozens of political prisoners REMAIN behind bars."),
    ("en", "Some 1,150 are ſtill held, and Minsk has been releasing them in batches."),
    ("ru", "В заключении остаются около 1150 человек."),
    ("uk", "За ґратами залишаються понад тисяча людей."),
])
def test_a_gate_passes_every_text_its_pattern_matches(code, text):
    lang = load_language(code)
    for name, gate in lang.gates.items():
        if lang.patterns[name].search(text):
            assert passes(gate, text), name


# ---- the guards: the characters every match starts with (rules.lang.guarded) ----

@pytest.mark.parametrize("source, chars", [
    (r"\bfreed\b|\b(?:releas|pardon)(?:ed|ing)\b", set("frp")),
    (r"(?<!years )\bbehind bars\b", {"b"}),
    (r"(?:the )?freedom", {"t", "f"}),              # an optional first word: either may start it
    (r"(?:a|b){0,2}c", set("abc")),
    (r"[а-гё]+\s+left", set("абвгё")),
    (r"[\-–]\s*\d", {"-", "–"}),
    (r"(?-i:[A-Z])[a-z]+ was", set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
    (r"\w+ remain", None),                          # any letter may start a match
    (r"[^,]+ remain", None),                        # a negated class: any letter but one
    (r"[a-\u044f]", None),                          # a range the reader does not list
    (r"(?:remain)?", None),                         # a match may be empty
    (r"(?x) remain", None),                         # flags for the whole pattern: unsure
    (r"a|.b", None),
])
def test_first_characters(source, chars):
    assert first_characters(source) == chars


def _sentences_of_the_examples():
    for path in sorted(DATA.glob("examples_*.toml")):
        for entry in read_toml(path).values():
            yield from entry.get("examples") or []


@pytest.mark.parametrize("code", available_languages())
def test_a_guarded_pattern_finds_what_its_pattern_finds(code):
    """A guard may only turn away positions where the pattern cannot match: over every example
    sentence of every language (and each sentence in upper case), the guarded pattern finds
    the same matches as the pattern. Most table patterns have a guard."""
    lang = load_language(code)
    texts = [t for s in _sentences_of_the_examples() for t in (s, s.upper(), f"x {s} x")]
    for name, pattern in lang.patterns.items():
        for text in texts:
            assert [m.span() for m in lang.guarded[name].finditer(text)] == \
                [m.span() for m in pattern.finditer(text)], (name, text)
    assert sum(lang.guarded[n] is not p for n, p in lang.patterns.items()) > len(lang.patterns) / 2
