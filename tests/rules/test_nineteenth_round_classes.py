"""Classes from the nineteenth round of blind sets (b53-en, b54-en, b35-ru), proven on sentences
written for these tests."""

E1 = "2025-06-21"


def test_an_earlier_entry_that_a_correction_quotes_is_not_the_articles_figure(alerts):
    text = "Minsk freed 14 prisoners on Saturday, 21 June. Correction: an earlier entry said 13 prisoners had been released."
    assert alerts(text, "2025-06-22") == []


def test_a_group_with_an_adjective_still_refers_to_the_release(alerts):
    text = "Minsk freed 14 prisoners on 21 June. Three Latvians were in that first group."
    assert alerts(text, "2025-06-25") == [("nationality_count", E1, 3, "LV", None)]


def test_a_weekday_that_a_stated_range_of_days_holds_is_that_day(alerts):
    text = "- 12–13 December – Talks in Minsk end with the release of 123 prisoners on Saturday."
    assert alerts(text, "2025-12-22") == []
    # control: without the stated days, Saturday is the last one before publication
    text = "Talks in Minsk ended with the release of 123 prisoners on Saturday."
    assert alerts(text, "2025-12-22") == [("new_event", "2025-12-20", 123, None, None)]
