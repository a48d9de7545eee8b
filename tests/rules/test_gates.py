"""The gates of the table patterns (rules/lang/literals.py): a gate may only ever say that a
pattern cannot match; it must never turn away a text the pattern matches."""
import re

import pytest

from rules.lang import DATA, available_languages, load_language, passes, table_key
from rules.lang.literals import required_words
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
