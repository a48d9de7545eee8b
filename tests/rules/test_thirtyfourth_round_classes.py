"""Classes from the thirty-fourth round of blind sets (b101-b104, English), proven on sentences
written for these tests."""


def test_a_report_the_next_sentence_refutes_is_a_candidate(check):
    text = ("On Saturday a news site reported that Sviatlana Tsikhanouskaya had been freed. "
            "That was wrong: it was her husband who walked out.")
    report = check(text, "2025-06-24")
    assert report.discrepancies == [] and [d.person for d in report.candidates] == ["Sviatlana Tsikhanouskaya"]
    # control: a next sentence that refutes nothing leaves the alert
    text = "On Saturday Sviatlana Tsikhanouskaya was freed. That was a day to remember."
    assert [d.person for d in check(text, "2025-06-24").discrepancies] == ["Sviatlana Tsikhanouskaya"]


def test_held_in_an_apposition_before_the_release_is_how_things_stood(alerts):
    text = "On 21 June Maria Kalesnikava, then the most famous woman still in prison, walked out of the colony."
    assert [(k, e, p) for k, e, _, _, p in alerts(text, "2025-10-05")] == \
        [("person_status", "2025-06-21", "Maria Kalesnikava")]
    # control: the held apposition before a negated release says she stayed
    text = "On 21 June Maria Kalesnikava, still in prison, was not released."
    assert alerts(text, "2025-10-05") == []


def test_a_rights_group_that_counts_political_prisoners_gives_the_remaining(alerts):
    text = "Human rights groups count about 2,800 political prisoners, while some of those released were rearrested."
    assert [(k, c) for k, _, c, _, _ in alerts(text, "2025-12-16")] == [("remaining_count", 2800)]


def test_present_in_the_group_links_a_nationality_count(alerts):
    text = "Fourteen prisoners were freed on Saturday. Tallinn says three Estonians are in the group."
    assert [(k, c, country) for k, _, c, country, _ in alerts(text, "2025-06-22")] == \
        [("nationality_count", 3, "EE")]


def test_bused_is_a_movement_and_its_count_a_part(alerts):
    text = "He was among the 114 people bused to Ukraine on Saturday after Belarus freed 123 prisoners."
    assert alerts(text, "2025-12-14") == []


def test_a_part_moved_leaves_the_count_its_own(alerts):
    text = "More than 200 prisoners were freed on 13 December, most of them bussed to Ukraine."
    assert [(k, e, c) for k, e, c, _, _ in alerts(text, "2025-12-16")] == [("release_count", "2025-12-13", 200)]


def test_the_second_release_in_a_week_is_no_total_over_releases(alerts):
    text = "Lukashenko pardoned 19 prisoners on Tuesday, the second such act in less than a week."
    assert [(k, e) for k, e, _, _, _ in alerts(text, "2025-09-16")] == [("new_event", "2025-09-16")]
    # control: a count over a span stays a total over releases
    assert alerts("Belarus has freed 66 people in less than a week.", "2025-09-16") == []
