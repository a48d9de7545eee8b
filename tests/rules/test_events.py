import datetime as dt

import pytest

from rules.events import find_clues
from rules.lang import load_language

EN = load_language("en")


def test_date_forms():
    pub = dt.date(2025, 12, 14)
    for text, day in (("on 21 June", dt.date(2025, 6, 21)), ("Dec 13", dt.date(2025, 12, 13)),
                      ("Sept. 11", dt.date(2025, 9, 11)), ("11 September 2025", dt.date(2025, 9, 11)),
                      ("on Saturday", dt.date(2025, 12, 13)), ("Saturday's releases", dt.date(2025, 12, 13))):
        clues, _ = find_clues(text, EN, pub)
        assert clues[0].day == day, text


def test_month_clue():
    clues, _ = find_clues("In June, 14 were freed.", EN, dt.date(2025, 12, 14))
    assert (clues[0].kind, clues[0].year, clues[0].month) == ("month", 2025, 6)


def test_in_june_14_is_not_a_date():
    clues, _ = find_clues("in September 52, in June 14.", EN, dt.date(2025, 12, 14))
    assert [c.kind for c in clues] == ["month", "month"]


def test_unknown_release_is_new_event(alerts):
    text = "Lukashenko pardoned 31 Ukrainian citizens, his spokeswoman said on Saturday, Nov. 22."
    assert alerts(text, "2025-11-22") == [("new_event", "2025-11-22", None, None, None)]


def test_release_before_the_baseline_is_new_event(alerts):
    assert alerts("Lukashenko has signed a decree pardoning 30 people, his press service said on Friday.",
                  "2024-08-16") == [("new_event", "2024-08-16", 30, None, None)]


def test_garbled_recap_of_a_known_event(alerts):
    text = "On 11 September the head of state pardoned 25 persons, among whom 14 foreign citizens."
    assert alerts(text, "2025-09-17") == [("release_count", "2025-09-11", 25, None, None)]


def test_date_of_a_reporting_verb_does_not_date_the_release(alerts):
    text = ("Minsk freed 14 prisoners on Saturday after a visit by Keith Kellogg. "
            "A regional councillor told reporters on Tuesday that three Polish citizens were among those pardoned "
            "after the visit of the US envoy Keith Kellogg.")
    assert alerts(text, "2025-06-24") == []


def test_reporting_verb_date_alone_is_not_a_new_release(alerts):
    text = "The mayor said on Wednesday that two local men were among those pardoned by Lukashenko."
    assert alerts(text, "2025-06-25") == []


def test_speech_date_after_the_release_still_dates_it(alerts):
    text = "Lukashenko has pardoned 9 people convicted of protest offences, his press office said on Thursday."
    assert alerts(text, "2025-08-07") == [("new_event", "2025-08-07", 9, None, None)]


def test_a_bare_weekday_under_a_dated_heading_is_that_day(alerts):
    text = "21 June\nOn Saturday Keith Kellogg came to Minsk, and 16 people walked free the same day."
    assert alerts(text, "2026-01-03") == [("release_count", "2025-06-21", 16, None, None)]


def test_today_and_yesterday_name_the_release_of_that_day(alerts):
    assert alerts("Among those freed today: Maria Kalesnikava, Viktar Babaryka and Siarhei Tsikhanouski.",
                  "2025-12-13") == [("person_status", "2025-12-13", "freed", None, "Siarhei Tsikhanouski")]
    assert alerts("Belarus freed 16 political prisoners yesterday after talks in Minsk.", "2025-06-22") == \
        [("release_count", "2025-06-21", 16, None, None)]
    assert alerts("He said today that 14 prisoners were freed in June.", "2025-12-13") == []


def test_today_alone_does_not_date_a_release_the_baseline_does_not_know(alerts):
    """Crossings and arrivals are told with "today" days after the release itself."""
    assert alerts("Fifty-two freed prisoners crossed into Lithuania today.", "2025-09-13") == []
    assert alerts("Today 123 freed prisoners will enter Poland from Ukraine.", "2025-12-17") == []


@pytest.mark.parametrize("language, text", [
    ("ru", "Сегодня на свободу вышли 16 политзаключённых."),
    ("uk", "Сьогодні на волю вийшли 16 політв'язнів."),
    ("pl", "Dziś na wolność wyszło 16 więźniów politycznych."),
    ("be", "Сёння на волю выйшлі 16 палітвязняў."),
    ("lt", "Šiandien į laisvę išėjo 16 politinių kalinių."),
])
def test_today_in_every_language(alerts, language, text):
    assert alerts(text, "2025-06-21", language=language) == [("release_count", "2025-06-21", 16, None, None)]


def test_an_uncounted_release_dated_by_today_is_pushed_as_a_release_of_that_day(check):
    report = check("Today, Belarusian authorities released U.S. citizen Juras Dapkus, the embassy said.",
                   "2025-08-09")
    assert [(d.kind, d.event) for d in report.discrepancies] == [("new_event", "2025-08-09")]
    report = check("Belarus has freed more political prisoners, the opposition said.", "2026-03-09")
    assert report.discrepancies == [] and [d.kind for d in report.candidates] == ["new_event"]   # undated
    assert check("We thank everyone who came out today to support the prisoners.", "2025-08-09").candidates == []


def test_weeks_ago_today_counts_back_from_publication(alerts):
    assert alerts("A week ago today, Belarus pardoned 123 prisoners.", "2025-12-20") == []
    assert alerts("Two weeks ago today, fifteen people were freed in Minsk.", "2025-07-05") == [
        ("release_count", "2025-06-21", 15, None, None)]


def test_today_of_another_verb_does_not_date_the_release(alerts):
    text = ("Siarhei Tsikhanouski, who was freed on Saturday, today told reporters in Vilnius about the "
            "14 prisoners released with him.")
    assert alerts(text, "2025-06-24") == []
    assert alerts("Sviatlana Tsikhanouskaya today thanked the US for the release of 52 political prisoners.",
                  "2025-09-15") == []
