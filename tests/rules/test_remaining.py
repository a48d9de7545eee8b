def test_remaining_in_range(alerts):
    assert alerts("More than 1,000 political prisoners remain in Belarus.", "2025-06-22") == []


def test_remaining_far_above(alerts):
    assert alerts("Human rights defenders say more than 2,000 people are still held in Belarus.",
                  "2025-09-17") == [("remaining_count", None, 2000, None, None)]


def test_remaining_far_below(alerts):
    assert alerts("The rights group Viasna says about 110 political prisoners remain behind bars.",
                  "2025-12-14") == [("remaining_count", None, 110, None, None)]


def test_future_release_is_not_remaining(alerts):
    assert alerts("Coale said roughly 1,000 more prisoners could be let go in the coming months.",
                  "2025-12-14") == []


def test_historical_counts_are_not_current(alerts):
    assert alerts("December 2020: Viasna lists 169 political prisoners.", "2025-08-09") == []


def test_a_rights_groups_count_fell_to_is_a_remaining_count(alerts):
    text = "After Saturday, the count kept by the rights group Viasna fell to roughly 600 people."
    assert alerts(text, "2025-12-15") == [("remaining_count", None, 600, None, None)]


def test_a_tally_of_the_freed_is_no_remaining_count(alerts):
    assert alerts("The tally of freed prisoners stands at 189 people.", "2025-12-15") == []
