"""Classes from the thirty-first round of blind sets (b85-en, b86-en), proven on sentences written
for these tests."""


def test_names_after_a_semicolon_take_their_own_statements_date(check):
    text = "Siarhei Tsikhanouski walked free in June; Ales Bialiatski and Viktar Babaryka were freed in December."
    assert check(text, "2025-12-20").discrepancies == []


def test_the_one_a_freed_man_hugs_is_not_freed(check):
    text = "Siarhei Tsikhanouski hugged Sviatlana Tsikhanouskaya after he was freed on 21 June."
    report = check(text, "2025-06-22")
    assert [d.person for d in report.discrepancies + report.candidates if d.person] == []


def test_bringing_home_citizens_is_their_release(check):
    text = "On Saturday, 21 June, Riga thanked Washington for bringing home three Latvian citizens."
    report = check(text, "2025-06-22")
    assert [(d.country, d.claimed) for d in report.discrepancies] == [("LV", 3)]
    # control: soldiers brought home in a swap are no release of prisoners
    text = "On 2 June both sides agreed on bringing home wounded soldiers."
    assert check(text, "2025-06-23").discrepancies == []


def test_no_prisoners_released_is_no_release(check):
    text = "Tuesday, 4 November: no prisoners are released."
    assert check(text, "2025-11-30").discrepancies == []
