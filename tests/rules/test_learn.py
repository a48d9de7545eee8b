"""What the baseline learns from an accepted discrepancy (rules.learn), for every kind."""
from datetime import date

import pytest

from rules.errors import RulesError
from rules.learn import facts_to_accept
from rules.model import Discrepancy

SOURCE = "https://news.test/a.html"


def facts(baseline, item, **options):
    return {f.key: f for f in facts_to_accept(item, baseline, SOURCE, **options)}


def test_a_new_release_becomes_an_event_with_its_count(baseline):
    learned = facts(baseline, Discrepancy("new_event", "2026-03-04", 31, None, "freed 31"))
    assert learned["event/2026-03-04"].event == "2026-03-04"
    assert learned["release_count/2026-03-04"].value == 31
    assert all(f.sources == (SOURCE,) for f in learned.values())


def test_a_release_without_count_or_day_needs_the_reviewer(baseline):
    undated = Discrepancy("new_event", "2026-03", None, None, "freed in March")
    with pytest.raises(RulesError, match="dated only to 2026-03: give its day"):
        facts(baseline, undated)
    learned = facts(baseline, undated, day=date(2026, 3, 4), count=30)
    assert set(learned) == {"event/2026-03-04", "release_count/2026-03-04"}
    assert learned["release_count/2026-03-04"].value == 30
    assert set(facts(baseline, Discrepancy("new_event", "2026-03-04", None, None, "freed"))) == {"event/2026-03-04"}


def test_a_corrected_count_is_a_new_version_of_the_fact(baseline):
    learned = facts(baseline, Discrepancy("release_count", "2025-06-21", 16, 14, "16 freed"))
    assert learned["release_count/2025-06-21"].value == 16
    learned = facts(baseline, Discrepancy("nationality_count", "2025-06-21", 4, 3, "four Poles", country="PL"))
    assert learned["nationality_count/2025-06-21/PL"].value == 4
    assert learned["nationality_count/2025-06-21/PL"].country == "PL"


def test_a_persons_status_is_learned_with_its_day(baseline):
    freed = facts(baseline, Discrepancy("person_status", "2025-12-13", "freed", "held", "Poczobut freed",
                                        person="Andrzej Poczobut"))["person/Andrzej Poczobut"]
    assert (freed.value, freed.event) == ("freed", "2025-12-13")
    in_month = Discrepancy("person_status", None, "freed 2026-02", "held", "freed in February",
                           person="Andrzej Poczobut")
    with pytest.raises(RulesError, match="on which day"):
        facts(baseline, in_month)
    assert facts(baseline, in_month, day=date(2026, 2, 3))["person/Andrzej Poczobut"].event == "2026-02-03"
    held = facts(baseline, Discrepancy("person_status", None, "held", "freed 2025-12-13", "still held",
                                       person="Viktar Babaryka"), as_of=date(2025, 12, 20))
    assert (held["person/Viktar Babaryka"].value, held["person/Viktar Babaryka"].as_of) == ("held", "2025-12-20")


def test_a_new_remaining_figure_replaces_the_range(baseline):
    learned = facts(baseline, Discrepancy("remaining_count", None, 1150, "1000-1400", "1,150 remain"),
                    as_of=date(2026, 1, 5))["remaining_count"]
    assert (learned.low, learned.high, learned.as_of) == (1150, 1150, "2026-01-05")


def test_what_cannot_be_learned_says_why(baseline):
    with pytest.raises(RulesError, match="has no fact person/Nobody Known"):
        facts(baseline, Discrepancy("person_status", None, "held", "freed", "x", person="Nobody Known"))
    with pytest.raises(RulesError, match="cannot be accepted"):
        facts(baseline, Discrepancy("something_else", None, 1, 2, "x"))
