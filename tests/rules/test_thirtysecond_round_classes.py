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


def test_a_time_after_the_participle_is_no_object_of_the_person(check):
    text = "On 21 June, fourteen prisoners walked free, the best known of them Viktar Babaryka, released that evening."
    assert [d.person for d in check(text, "2025-06-23").discrepancies] == ["Viktar Babaryka"]
    # control: the one who frees, with an object after the verb
    text = "On 21 June Alexander Lukashenko freed fourteen prisoners."
    assert check(text, "2025-06-23").discrepancies == []


def test_that_same_afternoon_names_the_day_stated_paragraphs_before(check):
    text = ("The release came on 21 June.\n\n"
            "Beside him sat Viktar Babaryka, released that same afternoon from a colony.")
    assert [(d.person, d.event) for d in check(text, "2025-06-25").discrepancies] == \
        [("Viktar Babaryka", "2025-06-21")]


def test_among_a_counted_group_of_two_words_moved_abroad(check):
    text = "Fourteen prisoners were freed on 21 June. Ales Bialiatski was among the five Belarusian activists driven to Vilnius."
    assert [d.person for d in check(text, "2025-06-23").discrepancies] == ["Ales Bialiatski"]


def test_what_several_outlets_reported_is_a_candidate(check):
    text = "On 21 June several news outlets listed Maria Kalesnikava among the freed."
    report = check(text, "2025-06-23")
    assert report.discrepancies == [] and [d.person for d in report.candidates] == ["Maria Kalesnikava"]


def test_a_held_predicate_right_after_the_name_is_no_apposition(check):
    text = "His brother, Viktar Babaryka, remains in a penal colony in Navapolatsk, and the family writes to him."
    assert [(d.person, d.claimed) for d in check(text, "2026-01-10").discrepancies] == [("Viktar Babaryka", "held")]
    # control: the name inside another's apposition does not take that one's predicate
    text = "Eduard Babaryka, the son of Viktar Babaryka, remains in a penal colony, and the family writes to him."
    assert check(text, "2026-01-10").discrepancies == []


def test_among_released_persons_without_an_article_is_the_group(check):
    text = ("On Saturday June 21 were released 14 political prisoners of regime.\n\n"
            "Among freed people is Sviatlana Tsikhanouskaya, the opposition leader.")
    assert [(d.person, d.event) for d in check(text, "2025-06-22").discrepancies] == \
        [("Sviatlana Tsikhanouskaya", "2025-06-21")]


def test_a_bound_in_a_count_cell_is_a_bounded_count(check):
    text = "\n".join(["| Date | Freed | Envoy |", "|---|---|---|",
                      "| 21 June 2025 | 14 | Keith Kellogg |", "| 11 September 2025 | more than 60 | John Coale |"])
    assert [(d.event, d.claimed) for d in check(text, "2025-12-20").discrepancies] == [("2025-09-11", 60)]
    # control: a bound the baseline meets
    text = text.replace("more than 60", "more than 50")
    assert check(text, "2025-12-20").discrepancies == []


def test_yet_after_together_with_adds_the_named(check):
    text = "On 21 June Siarhei Tsikhanouski was freed together with yet 13 persons."
    assert check(text, "2025-06-23").discrepancies == []
    text = "On 21 June Siarhei Tsikhanouski was freed together with yet 15 persons."
    assert [d.claimed for d in check(text, "2025-06-23").discrepancies] == [16]


def test_a_nationality_with_its_own_count_does_not_name_a_later_count(check):
    text = "Andrzej Poczobut walked free on 21 June as one of three Polish citizens in the group of 14."
    assert [d.kind for d in check(text, "2025-06-22").discrepancies] == ["person_status"]
    # control: citizens with no count of their own are those of the count after them
    text = "On 21 June, of the 14 freed, Polish citizens among them were four."
    assert [(d.country, d.claimed) for d in check(text, "2025-06-22").discrepancies] == [("PL", 4)]


def test_still_in_belarusian_jails_is_still_held(check):
    text = "Rights groups say some 2,300 political prisoners are still in Belarusian prisons."
    assert [(d.kind, d.claimed) for d in check(text, "2025-10-01").discrepancies] == [("remaining_count", 2300)]


def test_among_those_brought_to_the_border(check):
    text = ("Belarus freed 52 prisoners on 11 September.\n\n"
            "Ihar Karnei was among those brought to the Lithuanian border on 11 September.")
    assert [(d.person, d.event) for d in check(text, "2025-09-13").discrepancies] == [("Ihar Karnei", "2025-09-11")]
