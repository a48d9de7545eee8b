"""Classes from the twenty-seventh round of blind sets (b77-en, b78-en), proven on sentences written
for these tests."""


def test_a_count_of_days_ago_dates_the_release(check):
    report = check("Nine days ago Lukashenko pardoned 16 convicts.", "2025-07-11")
    assert [(d.kind, d.event, d.claimed) for d in report.discrepancies] == [("new_event", "2025-07-02", 16)]


def test_a_date_that_opens_a_span_is_not_carried_on(check):
    text = ("On 21 June Belarus freed fourteen prisoners. Anyone who has watched Minsk since August 2020 "
            "knows what that means. Andrzej Poczobut crossed the border with them.")
    report = check(text, "2025-06-30")
    assert [(d.person, d.event) for d in report.discrepancies] == [("Andrzej Poczobut", "2025-06-21")]


def test_riding_across_the_border_after_a_release_is_freedom(check):
    text = "On 21 June Belarus freed fourteen prisoners. Andrzej Poczobut rode across the border with them."
    report = check(text, "2025-06-30")
    assert [(d.person, d.event) for d in report.discrepancies] == [("Andrzej Poczobut", "2025-06-21")]


def test_a_person_listed_before_the_move_of_a_counted_group_is_freed(check):
    text = "In September 40 prisoners, Siarhei Tsikhanouski among them, were driven to Vilnius."
    report = check(text, "2025-12-20")
    assert sorted((d.kind, d.event) for d in report.discrepancies) == [
        ("person_status", "2025-09-11"), ("release_count", "2025-09-11")]


def test_a_person_inside_anothers_relative_clause_is_not_listed(check):
    text = ("Among those freed on Saturday were Viktar Babaryka, who ran the 2020 campaign alongside "
            "Sviatlana Tsikhanouskaya; and Ales Bialiatski.")
    report = check(text, "2025-12-14")
    assert [d.person for d in report.discrepancies + report.candidates if d.person] == []
    # control: a name after the relative clause and a conjunction is listed
    text = ("Among those freed on Saturday were Ales Bialiatski, who founded Viasna, and Siarhei "
            "Tsikhanouski.")
    assert [d.person for d in check(text, "2025-12-14").discrepancies] == ["Siarhei Tsikhanouski"]


def test_holding_passports_of_a_country_is_its_citizenship(check):
    text = "Belarus freed 52 prisoners on Thursday. Eight of them hold Lithuanian passports."
    report = check(text, "2025-09-12")
    assert [(d.country, d.claimed) for d in report.discrepancies] == [("LT", 8)]


def test_people_held_on_political_charges_are_a_remaining_count(check):
    report = check("About 640 people are held on politically motivated charges, Viasna says.", "2025-12-27")
    assert [(d.kind, d.claimed) for d in report.discrepancies] == [("remaining_count", 640)]
