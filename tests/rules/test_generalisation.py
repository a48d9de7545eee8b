"""Golden tests for mechanisms that must generalise beyond the tuned corpora: relatives and
descriptive phrases, cumulative totals, future releases, release predicates.

Every sentence here is written for the test; none is taken from a corpus article.
"""
E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


def test_wife_after_possessive_is_not_freed(alerts):
    text = ("Minsk freed 14 prisoners on Saturday; Siarhei Tsikhanouski was greeted in Vilnius "
            "by his wife, Sviatlana Tsikhanouskaya.")
    assert alerts(text, "2025-06-22") == []


def test_wife_without_comma_is_not_freed(alerts):
    text = "On Saturday Siarhei Tsikhanouski, freed with 13 others, hugged his wife Sviatlana Tsikhanouskaya."
    assert alerts(text, "2025-06-22") == []


def test_long_descriptive_of_phrase_is_not_freed(alerts):
    text = ("Those freed on Saturday include Siarhei Tsikhanouski, spouse of the exiled leader of the "
            "democratic movement Sviatlana Tsikhanouskaya.")
    assert alerts(text, "2025-06-22") == []


def test_named_wife_in_list_of_freed_is_still_freed(alerts):
    text = "On Saturday Minsk freed 14 prisoners, among them Sviatlana Tsikhanouskaya."
    assert alerts(text, "2025-06-22") == [("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]


def test_sum_of_releases_is_cumulative(alerts):
    text = "Counting the December group, Minsk has freed 189 prisoners under U.S. mediation."
    assert alerts(text, "2025-12-20") == []


def test_total_over_several_releases_is_cumulative(alerts):
    text = "Across the three U.S.-brokered releases, 200 prisoners were freed in December and before."
    assert alerts(text, "2025-12-20") == []


def test_single_release_count_still_alerts(alerts):
    text = "On Saturday Minsk freed 150 prisoners after the potash talks."
    assert alerts(text, "2025-12-14") == [("release_count", E3, 150, None, None)]
