"""The quick tests run before slower patterns never hide a match those patterns would make:
capitals and the case variants the regular expressions accept (long s, dotted capital I),
and persons added after the registry was first searched."""
import datetime as dt
import re

from rules.events import find_clues
from rules.lang import FLAGS, any_gate, load_language, word_gate
from rules.names import Person, load_registry
from rules.numbers import find_numbers

EN = load_language("en")
PUB = dt.date(2025, 12, 14)


def test_months_and_weekdays_in_capitals_are_still_dates():
    for text, day in (("freed on 11 SEPTEMBER", dt.date(2025, 9, 11)),
                      ("freed on FRIDAY", dt.date(2025, 12, 12))):
        clues, _ = find_clues(text, EN, PUB)
        assert [c.day for c in clues] == [day], text


def test_number_words_in_capitals_are_counted():
    assert [n.value for n in find_numbers("FIFTY-TWO prisoners were freed", EN)] == [52]
    assert find_numbers("a man and an aide", EN) == []


def test_surname_in_capitals_and_possessive_is_found():
    registry = load_registry()
    assert [m.person.name for m in registry.find("TSIKHANOUSKI's release")] == ["Siarhei Tsikhanouski"]
    assert [m.person.name for m in registry.find("ТИХАНОВСКИЙ")] == ["Siarhei Tsikhanouski"]


def test_person_added_after_a_search_is_found():
    registry = load_registry()
    assert registry.find("Jan Kowalski was freed") == []
    registry.add(Person("Jan Kowalski", surnames=("Kowalski",), family="kowalski"))
    assert [m.person.name for m in registry.find("Jan Kowalski was freed")] == ["Jan Kowalski"]


def test_gates_match_what_their_words_or_patterns_match():
    assert word_gate(["june", "july"]).search("in JUNE")
    assert word_gate(["september"]).search("ſeptember") and word_gate(["friday"]).search("frİday")
    assert word_gate(["june"], word_start=True).search("mid-june")
    assert not word_gate(["june"], word_start=True).search("xjune")
    assert word_gate(["x", ""]) is None
    combined = any_gate([re.compile(r"\bcoale\b", FLAGS), re.compile(r"\bpotash\b", FLAGS)])
    assert combined.search("POTASH") and not combined.search("coalesce")
    assert any_gate([re.compile(r"(a)\1", FLAGS)]) is None
