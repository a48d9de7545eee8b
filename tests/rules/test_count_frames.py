"""A count is read as a frame: the release predicate it belongs to and that predicate's mood.
Every sentence here is written for the test; none is taken from a corpus article."""

E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


def test_count_of_an_offered_release_is_not_a_release(alerts):
    text = ("The president offered on Saturday to let another 900 prisoners go free if they emigrate, "
            "weeks after releasing the blogger Siarhei Tsikhanouski.")
    assert alerts(text, "2025-06-22") == []


def test_count_of_a_demanded_release_is_not_a_release(alerts):
    text = "On Thursday the envoys called for the release of a further 1,150 prisoners still held."
    assert alerts(text, "2025-09-12") == []
    text = "Diplomats discussed freeing some 300 more detainees at the talks in Minsk on Saturday."
    assert alerts(text, "2025-12-14") == []


def test_count_of_a_done_release_beside_a_demanded_one_still_counts(alerts):
    text = "Minsk freed 16 prisoners on Saturday, and the envoy demanded the release of 1,150 more."
    assert alerts(text, "2025-06-22") == [("release_count", E1, 16, None, None)]
