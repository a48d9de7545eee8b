"""Classes from the thirty-second round of blind sets (b87-en, b88-en), proven on sentences written
for these tests."""


def test_others_of_one_nationality_count_that_nationality(check):
    text = "Andrzej Poczobut walked free on 21 June along with three other Polish nationals."
    report = check(text, "2025-06-23")
    assert [(d.kind, d.country, d.claimed) for d in report.discrepancies if d.kind != "person_status"] == \
        [("nationality_count", "PL", 4)]
    # control: others of no named nationality still make the total
    text = "Siarhei Tsikhanouski walked free on 21 June along with 15 other detainees."
    assert [(d.kind, d.claimed) for d in check(text, "2025-06-23").discrepancies] == [("release_count", 16)]


def test_a_future_in_the_next_clause_leaves_the_count_current(check):
    text = "Some 700 political prisoners remain jailed, and we will keep counting."
    assert [(d.kind, d.claimed) for d in check(text, "2025-12-20").discrepancies] == [("remaining_count", 700)]
    # control: a future of the count's own clause is no current count
    text = "Some 700 political prisoners will remain jailed, and we keep counting."
    assert check(text, "2025-12-20").discrepancies == []
