"""Case variants the patterns accept (capitals, possessives) are still found, and persons
added after the registry was first searched are found too (its quick surname test is rebuilt)."""
import datetime as dt

from rules.events import find_clues
from rules.lang import load_language
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
