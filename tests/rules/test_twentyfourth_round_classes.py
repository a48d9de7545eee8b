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
