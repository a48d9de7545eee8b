"""A person named near a release is freed only when the release is theirs: relatives,
agents, the depicted, the excepted and the still-held are not. Sentences written for the test."""

E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


def test_wife_introduced_by_whose_is_a_relative(alerts):
    text = ("On Saturday 14 prisoners were freed, Siarhei Tsikhanouski among them, "
            "whose wife Sviatlana Tsikhanouskaya leads the opposition from Vilnius.")
    assert alerts(text, "2025-06-22") == []


def test_release_inside_a_long_apposition_with_whose_is_someone_elses(alerts):
    text = ("Sviatlana Tsikhanouskaya, the opposition leader in exile in Lithuania whose husband was "
            "freed in June, said Thursday's release was only a start.")
    assert alerts(text, "2025-09-12") == []


def test_headline_not_among_them_excepts_the_person(alerts):
    text = "Fourteen freed from Belarusian jails on Saturday; Poczobut not among them"
    assert alerts(text, "2025-06-22") == []


def test_person_who_releases_is_the_agent(alerts):
    text = ("Tsikhanouski was freed in June. On 11 September he released 52 more, the exiled "
            "opposition says of Lukashenko.")
    assert [a for a in alerts(text, "2025-09-20") if a[0] == "person_status"] == []


def test_media_released_by_someone_is_not_a_release(alerts):
    text = ("A video released by the office of Sviatlana Tsikhanouskaya on June 21 shows her "
            "embracing her husband.")
    assert alerts(text, "2025-06-22") == []


def test_second_spelling_in_brackets_is_the_same_mention(alerts):
    text = ("On Saturday Minsk released 14 prisoners, including Sergey Tikhanovsky (Siarhei "
            "Tsikhanouski), the husband of opposition leader Svetlana Tikhanovskaya (Sviatlana Tsikhanouskaya).")
    assert alerts(text, "2025-06-22") == []


def test_person_named_as_one_of_those_still_held(alerts):
    text = "The best known of those still held is Ales Bialiatski, the rights defender."
    assert alerts(text, "2025-09-20") == []          # the baseline holds him until December
    assert alerts(text, "2026-01-10") == [("person_status", None, "held", None, "Ales Bialiatski")]


def test_laureate_who_remains_in_the_colony_is_held(alerts):
    text = ("Families wait for news of Ales Bialiatski. The Nobel laureate, 63, remains in the penal "
            "colony in Horki.")
    assert alerts(text, "2026-01-10") == [("person_status", None, "held", None, "Ales Bialiatski")]


def test_apposition_saying_currently_imprisoned_is_held(alerts):
    text = ("Kalesnikava worked for Viktar Babaryka, a banker currently imprisoned, "
            "in the 2020 campaign.")
    assert alerts(text, "2025-12-20") == [("person_status", None, "held", None, "Viktar Babaryka")]


def test_pronoun_that_releases_is_not_freed(alerts):
    text = ("On 21 June the ruler released Siarhei Tsikhanouski and 13 others. On 11 September, "
            "he released 52 more.")
    assert alerts(text, "2025-10-01") == []


def test_headline_left_behind_excepts_the_person(alerts):
    assert alerts("Fourteen freed by Minsk on Saturday; Poczobut left behind", "2025-06-22") == []


def test_relative_clause_far_after_the_name_says_held(alerts):
    text = ("The concert honoured Maria Kalesnikava, the flautist who spent a decade in Stuttgart "
            "and who remains in a Belarusian penal colony.")
    assert alerts(text, "2026-02-10") == [("person_status", None, "held", None, "Maria Kalesnikava")]


def test_pronoun_opening_a_paragraph_refers_to_the_last_person_named(alerts):
    text = ("Siarhei Tsikhanouski now lives in Vilnius and walks by the river every morning.\n"
            "He was released in September, one of 52 prisoners taken to the border.")
    assert alerts(text, "2025-11-02") == [("person_status", E2, "freed", None, "Siarhei Tsikhanouski")]


def test_named_as_arrived_after_a_reported_release_is_freed(alerts):
    text = ("Belarus freed 14 prisoners on 21 June. By evening Siarhei Tsikhanouski and Andrzej "
            "Poczobut were in Vilnius, along with 12 other prisoners.")
    assert alerts(text, "2025-12-20") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_date_of_an_arrest_does_not_date_a_release(alerts):
    text = ("Rights group Viasna says Ales Bialiatski, in custody since July 2021, has been released. "
            "Siarhei Tsikhanouski, detained in May 2020, was freed on 21 June.")
    assert alerts(text, "2025-12-14") == []


def test_person_held_by_the_one_arriving_is_not_arriving(alerts):
    text = ("Belarus freed 14 prisoners on Saturday. Footage showed Siarhei Tsikhanouski stepping out of "
            "a van and holding Sviatlana Tsikhanouskaya in a long embrace.")
    assert alerts(text, "2025-06-22") == []


def test_person_freed_in_a_month_without_a_baseline_release_is_a_candidate(check):
    text = ("In July, when the envoy came to Minsk, Siarhei Tsikhanouski, who had been released by "
            "Lukashenko, spoke in Vilnius.")        # the month dates another clause, not the release
    report = check(text, "2025-08-28")
    assert [(d.kind, d.claimed, d.person) for d in report.candidates] == \
        [("person_status", "freed 2025-07", "Siarhei Tsikhanouski")]
    assert [d.kind for d in report.discrepancies if d.kind == "person_status"] == []


def test_person_freed_in_the_month_of_the_release_clause_is_pushed(check):
    text = "The president released 14 political prisoners last July, including Siarhei Tsikhanouski."
    report = check(text, "2025-08-28")
    assert sorted((d.kind, d.event, d.claimed) for d in report.discrepancies) == \
        [("new_event", "2025-07", 14), ("person_status", None, "freed 2025-07")]


def test_last_month_is_the_month_before_publication(check):
    text = "He released 14 political prisoners last month, including Siarhei Tsikhanouski."
    assert sorted(map(str, (d.event for d in check(text, "2025-08-28").discrepancies))) == ["2025-07", "None"]
    assert check(text, "2025-07-10").discrepancies == []    # published in July: last month is June's release


def test_person_beyond_a_dash_without_a_list_is_a_candidate(check):
    report = check("Minsk freed 14 prisoners on Saturday — Andrzej Poczobut, a journalist, watched from Hrodna.", "2025-06-22")
    assert report.discrepancies == [] and [d.person for d in report.candidates] == ["Andrzej Poczobut"]
    report = check("Minsk freed 14 prisoners on Saturday — among them Andrzej Poczobut.", "2025-06-22")
    assert [d.person for d in report.discrepancies] == ["Andrzej Poczobut"]


def test_a_heading_date_outweighs_the_release_of_others_named(alerts):
    text = ("21 June — Kellogg in Minsk\n"
            "Hours later Siarhei Tsikhanouski walked out of prison along with 13 others, among them "
            "Maria Kalesnikava.")
    assert alerts(text, "2025-12-30") == [("person_status", E1, "freed", None, "Maria Kalesnikava")]


def test_apposition_with_a_whose_clause_then_remains_in_the_colony(alerts):
    text = ("Viktar Babaryka, the former banker whose 2020 bid to challenge Alexander Lukashenko was cut "
            "short by his arrest, remains in the colony in Navapolatsk.")
    assert alerts(text, "2026-01-15") == [("person_status", None, "held", None, "Viktar Babaryka")]


def test_walked_out_of_custody_is_a_release(alerts):
    text = ("Among the 14 political prisoners who walked out of Belarusian custody on Saturday was the "
            "opposition leader Sviatlana Tsikhanouskaya.")
    assert alerts(text, "2025-06-22") == [("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]


def test_relative_with_the_same_surname_is_told_apart_by_the_given_name(alerts):
    text = "Eduard Babaryka, the son of the banker, was freed on 21 June, his lawyer said."
    assert alerts(text, "2025-06-22") == []


def test_release_in_another_names_relative_clause_is_not_the_persons(alerts):
    text = ("Among those who remain are Andrzej Poczobut and Mikalai Statkevich, who was pardoned in "
            "September but returned to a colony.")
    assert alerts(text, "2025-12-20") == []


def test_said_not_freed_on_the_day_the_baseline_has_the_person_freed(alerts):
    text = "Viktar Babaryka was not among those freed on Saturday, 13 December, his family said."
    assert alerts(text, "2025-12-16") == [("person_status", E3, "not freed", None, "Viktar Babaryka")]
    text = "Andrzej Poczobut was not among those freed on Saturday."
    assert alerts(text, "2025-06-22") == []         # the baseline agrees


def test_date_in_a_relative_clause_about_something_else(alerts):
    text = ("Belarus freed 14 people on 21 June. Among them was Maria Kalesnikava, who in September 2020 "
            "tore up her passport at the border.")
    assert alerts(text, "2025-08-09") == [("person_status", E1, "freed", None, "Maria Kalesnikava")]


def test_that_evening_names_the_day_stated_paragraphs_before(alerts):
    text = ("On Thursday, 11 September, 52 prisoners were freed.\n"
            "Families had waited for hours at the border.\n"
            "Among those who arrived that evening was Ales Bialiatski.")
    assert alerts(text, "2025-09-20") == [("person_status", E2, "freed", None, "Ales Bialiatski")]


def test_person_embraced_by_one_arriving_is_not_arriving(alerts):
    text = ("Belarus freed 14 prisoners on Saturday. Footage showed him climbing out of a van and "
            "holding Sviatlana Tsikhanouskaya in a long embrace.")
    assert alerts(text, "2025-06-22") == []



def test_among_them_after_a_group_brought_over_the_border(alerts):
    text = ("11 September\nOn Thursday John Coale brought 52 people from Minsk to Vilnius. Among them was "
            "the Nobel laureate Ales Bialiatski.")
    assert alerts(text, "2026-01-03") == [("person_status", E2, "freed", None, "Ales Bialiatski")]


def test_the_best_known_of_the_group_are_among_the_freed(alerts):
    release = "On Thursday Belarus freed 52 prisoners after talks in Minsk. "
    assert alerts(release + "The most prominent person in the group was Maria Kalesnikava.", "2025-09-12") == [
        ("person_status", "2025-09-11", "freed", None, "Maria Kalesnikava")]
    assert alerts(release + "Among the best known are Ihar Losik and Ihar Karnei.", "2025-09-12") == [
        ("person_status", "2025-09-11", "freed", None, "Ihar Karnei")]
    assert alerts("The most prominent person in the group was Maria Kalesnikava.", "2025-09-12") == []


def test_a_whose_clause_does_not_unlist_a_person_named_in_a_list_of_the_freed(alerts):
    text = "Fourteen were freed on Saturday. Among them was Andrzej Poczobut, whose release Warsaw had demanded for years."
    assert alerts(text, "2025-06-22") == [("person_status", "2025-06-21", "freed", None, "Andrzej Poczobut")]
    ru = ("В июне на свободу вышли четырнадцать человек. Среди них оказались Сергей Тихановский и "
          "Анджей Почобут, чьё освобождение Варшава годами называла условием.")
    assert alerts(ru, "2025-10-06", language="ru") == [("person_status", "2025-06-21", "freed", None, "Andrzej Poczobut")]
    assert alerts("Sviatlana Tsikhanouskaya, whose husband was freed on Saturday, thanked Trump.", "2025-06-22") == []
