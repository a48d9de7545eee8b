"""Classes from the twenty-ninth round of blind sets (b81-en, b82-en), proven on sentences written
for these tests."""


def test_a_list_closed_by_all_of_whom_remain_holds_each_name(check):
    text = ("Thousands remain political prisoners. Among them are Ales Bialiatski, Maria Kalesnikava and "
            "the banker Viktar Babaryka, all of whom remain in custody.")
    report = check(text, "2025-06-22")
    assert [d.person for d in report.discrepancies + report.candidates if d.person] == []
    report = check(text, "2025-12-20")
    assert sorted(d.person for d in report.discrepancies) == ["Ales Bialiatski", "Maria Kalesnikava",
                                                              "Viktar Babaryka"]


def test_a_person_on_one_of_the_buses_after_a_release_is_freed(check):
    text = ("On Thursday Belarus freed 52 prisoners. Viktar Babaryka, jailed since 2020, is on one of the "
            "buses, his team says.")
    report = check(text, "2025-09-11")
    assert [(d.person, d.event) for d in report.discrepancies] == [("Viktar Babaryka", "2025-09-11")]


def test_moved_on_the_territory_of_a_country_is_taken_there(check):
    text = "On Thursday Belarus freed 62 prisoners, who were handed over on the territory of Lithuania."
    report = check(text, "2025-09-12")
    assert [(d.kind, d.claimed) for d in report.discrepancies] == [("release_count", 62)]
    # control: a part taken to the territory of another country is no total
    text = "On Saturday 114 of the freed were transferred on the territory of Ukraine."
    assert check(text, "2025-12-14").discrepancies == []


def test_a_price_that_went_up_is_no_move(check):
    text = "In September the price went up: Minsk released 60 people and Belavia got its parts."
    report = check(text, "2025-12-20")
    assert [(d.event, d.claimed) for d in report.discrepancies] == [("2025-09-11", 60)]


def test_the_leader_whose_office_reported_the_release_is_not_freed(check):
    text = ("Minsk has liberated 14 persons on Saturday, it was reported by the office of the opposition "
            "leader Sviatlana Tsikhanouskaya.")
    report = check(text, "2025-06-22")
    assert [d.person for d in report.discrepancies + report.candidates if d.person] == []


def test_what_remains_of_a_movement_is_no_remaining_count(check):
    text = "What remains of the 2020 movement is a diaspora of perhaps several hundred thousand people."
    assert check(text, "2025-08-09").discrepancies == []
