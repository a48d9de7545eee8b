"""Classes from the twenty-fourth round of blind sets (b67-en), proven on sentences written for
these tests."""


def test_still_being_held_is_held(check):
    report = check("Siarhei Tsikhanouski, the blogger whose arrest started it all, is still being held in "
                   "isolation.", "2025-10-01")
    assert [(d.person, d.claimed) for d in report.discrepancies] == [("Siarhei Tsikhanouski", "held")]


def test_citizens_of_various_countries_are_the_whole_count(check):
    report = check("The head of state has decided to pardon 132 citizens of various countries.", "2025-12-13")
    assert [(d.kind, d.claimed) for d in report.discrepancies] == [("release_count", 132)]
    # control: foreign citizens are a part of a release, not its count
    assert check("The head of state pardoned 132 foreign citizens.", "2025-12-13").discrepancies == []


def test_a_person_who_must_be_next_is_not_freed(check):
    report = check("Three Poles among those freed by Belarus; Warsaw says Poczobut must be next", "2025-06-22")
    assert [d.person for d in report.discrepancies + report.candidates if d.person] == []
