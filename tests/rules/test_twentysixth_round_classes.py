"""Classes from the twenty-sixth round of blind sets (b75-en, b76-en), proven on sentences written
for these tests."""


def test_a_total_counted_together_over_releases_is_no_remaining_count(check):
    text = ("Taken together, this year's three releases have brought 189 people out of prison, while "
            "others remain.")
    assert check(text, "2025-12-20").discrepancies + check(text, "2025-12-20").candidates == []


def test_signing_a_pardon_for_a_count_is_a_release(check):
    report = check("On Wednesday, 2 July, Lukashenko signed a pardon for 16 convicts.", "2025-07-03")
    assert [(d.kind, d.event, d.claimed) for d in report.discrepancies] == [("new_event", "2025-07-02", 16)]
    # control: asking for a pardon is no release
    text = "On Wednesday, 2 July, their mothers asked for a pardon for 16 convicts."
    assert check(text, "2025-07-03").discrepancies == []


def test_a_person_listed_in_an_aside_before_a_hypothetical_predicate_is_not_freed(check):
    text = ("Belarus freed 14 prisoners on Saturday. Warsaw said three Polish citizens had come home and "
            "voiced hope that others, including the journalist Andrzej Poczobut, would follow.")
    report = check(text, "2025-06-22")
    assert [d.person for d in report.discrepancies + report.candidates if d.person] == []
    # control: a later hypothetical clause of its own leaves the listed freed
    text = "Belarus freed 14 people, including Andrzej Poczobut, and could free more."
    assert [d.person for d in check(text, "2025-06-22").discrepancies] == ["Andrzej Poczobut"]


def test_a_person_on_the_convoy_after_a_release_is_freed(check):
    text = ("On 21 June Belarus let 14 prisoners go. Andrzej Poczobut was on the bus that took them to "
            "Vilnius.")
    report = check(text, "2025-06-25")
    assert [(d.person, d.event) for d in report.discrepancies] == [("Andrzej Poczobut", "2025-06-21")]


def test_those_let_out_are_freed(check):
    text = "Among those let out on Saturday 13 December was the blogger Siarhei Tsikhanouski."
    report = check(text, "2025-12-14")
    assert [(d.person, d.event) for d in report.discrepancies] == [("Siarhei Tsikhanouski", "2025-12-13")]


def test_a_single_is_one_and_not_a_single_is_no_count(check):
    report = check("Belarus freed 14 prisoners on Saturday, a single Latvian among them.", "2025-06-22")
    assert [(d.country, d.claimed) for d in report.discrepancies] == [("LV", 1)]
    text = "Fourteen were freed on Saturday, and officials said not a single person was left behind."
    assert check(text, "2025-06-22").discrepancies == []


def test_the_foreigners_in_that_group_are_of_the_release_just_told(check):
    text = ("On 21 June Lukashenko released Siarhei Tsikhanouski and 13 others. The foreigners in that "
            "group were two Latvians, one Estonian and four Poles.")
    report = check(text, "2025-12-18")
    assert [(d.country, d.claimed) for d in report.discrepancies] == [("PL", 4)]
