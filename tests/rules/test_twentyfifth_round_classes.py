"""Classes from the twenty-fifth round of blind sets (b73-en, b74-en), proven on sentences written
for these tests."""


def test_a_count_compared_with_an_earlier_release_keeps_its_own_day(check):
    text = ("Sixty people were bussed out on Thursday, nearly five times as many as in June, when "
            "Siarhei Tsikhanouski walked free with 13 others.")
    report = check(text, "2025-09-12")
    assert [(d.kind, d.event, d.claimed) for d in report.discrepancies] == [("release_count", "2025-09-11", 60)]


def test_a_person_named_after_the_compared_month_is_that_months(check):
    text = ("Fifty-two were freed this week, about four times as many as in June, when Siarhei "
            "Tsikhanouski was let go.")
    report = check(text, "2025-09-12")
    assert [(c.person, c.event) for c in report.claims if c.person] == [("Siarhei Tsikhanouski", "2025-06-21")]
    assert report.discrepancies == []


def test_fellow_prisoners_after_a_name_are_the_others(check):
    text = ("The deal came in June: Siarhei Tsikhanouski and twelve fellow prisoners were taken to "
            "Vilnius after Kellogg's visit.")
    report = check(text, "2025-12-30")
    assert [(d.event, d.claimed) for d in report.discrepancies] == [("2025-06-21", 13)]


def test_a_dated_caption_over_a_column_of_the_freed_dates_the_country_rows(check):
    text = ("Who went home: the governments' own figures.\n\n"
            "| Exchange of 21 June 2025 |  |\n|---|---|\n| Country | Nationals freed |\n|---|---|\n"
            "| Latvia | 3 |\n| Estonia | 1 |")
    report = check(text, "2025-06-30")
    assert [(d.country, d.claimed) for d in report.discrepancies] == [("LV", 3)]
    # control: a dated caption over a column of something else counts no one
    other = ("| 21 June 2025 |  |\n|---|---|\n| Country | Diplomats present |\n|---|---|\n"
             "| Latvia | 3 |\n| Estonia | 1 |")
    assert check(other, "2025-06-30").discrepancies == []
