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


def test_a_city_with_a_possessive_is_no_nationality(check):
    text = ("His release had been one of Warsaw's main demands for years, and Polish officials said he was "
            "among three Polish citizens freed on Saturday.")
    assert check(text, "2025-06-22").discrepancies == []
    # control: "from Poland" counts Poles
    report = check("Four of the freed were from Poland.", "2025-06-22")
    assert [(d.country, d.claimed) for d in report.discrepancies] == [("PL", 4)]


def test_buying_the_freedom_of_prisoners_is_a_release(check):
    text = "In June, Keith Kellogg's trip had bought the freedom of 12 prisoners."
    assert [(d.event, d.claimed) for d in check(text, "2025-09-20").discrepancies] == [("2025-06-21", 12)]


def test_that_first_group_contained_its_freed(check):
    text = ("By evening 14 prisoners were on their way to Lithuania. That first group contained two names "
            "that mattered: the blogger Siarhei Tsikhanouski and the journalist Andrzej Poczobut.")
    report = check(text, "2025-12-20")
    assert [(d.person, d.event) for d in report.discrepancies] == [("Andrzej Poczobut", "2025-06-21")]


def test_what_a_channel_informed_is_a_candidate(check):
    text = "Earlier the Pool channel informed that in total recently Belarus has pardoned 156 persons."
    report = check(text, "2025-12-14")
    assert report.discrepancies == [] and [d.claimed for d in report.candidates] == [156]
