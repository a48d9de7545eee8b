"""Case-insensitive patterns take "ſ" for "s", "ı" and "İ" for "i" (and a few old Cyrillic
forms for their modern letters); the word tables behind them must then still find the word,
instead of failing the whole article on a KeyError."""
import re

import pytest

from rules.lang import FLAGS, load_language, table_key

SENTENCES = [
    "On Saturday Belarus freed more than fifty-two political prisoners, among them six Lithuanian "
    "citizens and two Poles, who crossed into Lithuania.",
    "Belarus released 14 prisoners on 21 June, including one of its citizens, Poland said. "
    "Dozens of political prisoners remain behind bars.",
    "In September, Lukashenko pardoned 52 prisoners, six of them Latvian citizens, and three "
    "citizens of Estonia were taken to Vilnius.",
]


def _facts(report):
    return [{k: v for k, v in claim.to_dict().items() if k != "sentence"} for claim in report.claims]


@pytest.mark.parametrize("plain, lookalike", [("s", "ſ"), ("i", "ı"), ("I", "İ")])
@pytest.mark.parametrize("text", SENTENCES)
def test_lookalike_letters_give_the_same_claims(check, text, plain, lookalike):
    expected = _facts(check(text, "2025-12-14"))
    assert expected, "the sentence states claims"
    assert _facts(check(text.replace(plain, lookalike), "2025-12-14")) == expected


def test_russian_old_letter_forms_do_not_fail_the_article(check):
    text = "Минск освободил 123 политзаключённых в субботу; среди них граждане Литвы."
    for plain, old in (("в", "ᲀ"), ("д", "ᲁ"), ("о", "ᲂ"), ("т", "ᲄ")):
        assert _facts(check(text.replace(plain, old), "2025-12-14")) == _facts(check(text, "2025-12-14"))


@pytest.mark.parametrize("code", ["en", "ru"])
def test_table_key_undoes_every_letter_the_patterns_take_for_a_table_letter(code):
    lang = load_language(code)
    tables = (lang.units, lang.tens, lang.scales, lang.vague, lang.bounds, lang.months, lang.weekdays,
              lang.nat_nouns, lang.nat_adjectives, lang.countries)
    letters = {ch for table in tables for key in table for ch in key if ch.isalpha()}
    for codepoint in range(0x3000):
        found = chr(codepoint)
        for letter in letters:
            if re.fullmatch(re.escape(letter), found, FLAGS):
                assert table_key(found) == letter, (found, letter)
