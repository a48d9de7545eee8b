"""Classes from the thirtieth round of blind sets (b83-en, b84-en), proven on sentences written
for these tests."""


def test_expelling_political_prisoners_is_a_release(check):
    report = check("Belarus expelled 41 political prisoners to Lithuania on 11 September.", "2025-09-12")
    assert [(d.event, d.claimed) for d in report.discrepancies] == [("2025-09-11", 41)]


def test_a_count_that_came_out_is_a_release(check):
    text = "It happened on 21 June. Fifteen people came out."
    report = check(text, "2025-06-25")
    assert [(d.event, d.claimed) for d in report.discrepancies] == [("2025-06-21", 15)]


def test_a_count_of_all_the_years_releases_is_a_total(check):
    text = "Counting all of them, well over 400 people were released by Belarus in 2025."
    assert check(text, "2025-12-31").discrepancies == []


def test_granting_clemency_to_a_count_is_a_release(check):
    text = "On Wednesday, 2 July, Lukashenko signed a decree granting clemency to 16 convicts."
    report = check(text, "2025-07-02")
    assert [(d.kind, d.event, d.claimed) for d in report.discrepancies] == [("new_event", "2025-07-02", 16)]


def test_of_whom_with_a_reporting_aside_counts_a_nationality(check):
    text = ("Warsaw thanked Washington for Saturday's release of 14 prisoners, three of whom, it said, "
            "are Latvian citizens.")
    report = check(text, "2025-06-23")
    assert [(d.country, d.claimed) for d in report.discrepancies] == [("LV", 3)]
