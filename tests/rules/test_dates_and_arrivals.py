"""A weekday beside a date names that date; a day that dates an arrival is not a new release;
cumulative figures since a season of a year; Lithuanian "laikomi ... kaliniais" (considered
political prisoners) is no count of those still held."""
import pytest


@pytest.mark.parametrize("language, text", [
    ("en", "Thirteen prisoners were freed on Saturday, 21 June."),
    ("en", "Thirteen prisoners were freed on 21 June (Saturday)."),
    ("lt", "Birželio 21-ąją, šeštadienį, į Lietuvą atvežti 13 žmonių."),
    ("ru", "В субботу, 21 июня, на свободу вышли 13 человек."),
])
def test_a_weekday_beside_a_date_names_that_date(alerts, language, text):
    # published two weeks later: the weekday alone would name the Saturday before publication
    assert alerts(text, "2025-07-04", language=language) == [("release_count", "2025-06-21", 13, None, None)]


def test_a_weekday_alone_still_counts_back_from_publication(alerts):
    assert alerts("Thirteen prisoners were freed on Saturday.", "2025-06-23") == [
        ("release_count", "2025-06-21", 13, None, None)]


@pytest.mark.parametrize("language, text", [
    ("en", "Most of the freed went to Ukraine; from there 40 people arrived in Poland on 17 December."),
    ("pl", "Większość zwolnionych przekazano Ukrainie, skąd 40 osób przyjechało 17 grudnia do Polski."),
    ("pl", "W ubiegłą środę do Polski przyjechało z Ukrainy 40 spośród zwolnionych."),
])
def test_a_day_that_dates_an_arrival_is_no_new_release(check, language, text):
    report = check(text, "2025-12-23", language=language)
    assert report.discrepancies == []
    assert [d.kind for d in report.candidates] == ["new_event"]


def test_a_release_and_a_handover_told_as_one_act_keep_their_day(alerts):
    text = "Lukashenko pardoned 31 Ukrainians and handed them over to Ukraine on Saturday, his office said."
    assert [(kind, event) for kind, event, *_ in alerts(text, "2025-11-24")] == [("new_event", "2025-11-22")]


@pytest.mark.parametrize("text", [
    "С лета 2024 года на свободу вышли более 400 человек.",
    "Если сложить помилования и обмены, на свободу вышли более 400 человек.",
])
def test_russian_totals_since_a_season_or_summed_are_cumulative(alerts, text):
    assert alerts(text, "2025-12-20", language="ru") == []


def test_lithuanian_considered_political_prisoners_is_no_remaining_count(alerts):
    text = "Šeštadienį paleisti 123 žmonės, kurie dauguma laikomi politiniais kaliniais."
    assert alerts(text, "2025-12-14", language="lt") == []


@pytest.mark.parametrize("language, text", [
    ("en", "Minsk freed 123 prisoners today. Kalesnikava once ran the campaign of Viktar Babaryka, "
           "another opposition leader currently imprisoned."),
    ("ru", "Сегодня освободили 123 человека. Колесникова руководила штабом Виктора Бабарико, "
           "который до сих пор остается в заключении."),
])
def test_still_held_on_the_day_of_a_release_the_article_reports(alerts, language, text):
    assert alerts(text, "2025-12-13", language=language) == [
        ("person_status", None, "held", None, "Viktar Babaryka")]


def test_still_held_on_a_release_day_the_article_does_not_report(alerts):
    text = "Viktar Babaryka remains behind bars, his lawyers said."
    assert alerts(text, "2025-12-13") == []


@pytest.mark.parametrize("text", [
    "Ales Bialiatski, who shared the 2022 prize, remains in penal colony No. 9 in Horki.",
    "Ales Bialiatski, who shared the prize, remains behind the fences of penal colony No. 9.",
])
def test_held_after_a_relative_clause_about_something_else(alerts, text):
    assert alerts(text, "2025-12-15") == [("person_status", None, "held", None, "Ales Bialiatski")]


def test_held_after_a_relative_clause_naming_another_person_abstains(alerts):
    assert alerts("Ales Bialiatski, who met Viktar Babaryka in 2020, remains in prison.", "2025-12-15") == []


def test_a_release_dated_apart_from_an_earlier_release_told_in_the_same_sentence(alerts):
    text = ("Alexander Lukashenko pardoned 16 people on Wednesday, July 2, his press service reported – "
            "eleven days after he freed Siarhei Tsikhanouski and 13 other prisoners during a visit by "
            "U.S. envoy Keith Kellogg.")
    assert alerts(text, "2025-07-03") == [("new_event", "2025-07-02", 16, None, None)]


def test_today_of_a_late_report_with_a_baseline_releases_count_is_a_candidate(check):
    report = check("Coale wrote that today from Belarus were released 14 persons.", "2025-06-23")
    assert report.discrepancies == []
    assert [(c.kind, c.event, c.claimed) for c in report.candidates] == [("new_event", "2025-06-23", 14)]


def test_a_movement_in_an_adverbial_relative_clause_is_not_the_counts(alerts):
    text = ("W sobotę 21 czerwca łącznie 16 więźniów politycznych zostało zwolnionych z więzienia w dniu, "
            "w którym do Mińska przyjechał specjalny przedstawiciel Keith Kellogg.")
    assert alerts(text, "2025-06-23", language="pl") == [("release_count", "2025-06-21", 16, None, None)]


@pytest.mark.parametrize("language, text", [
    ("pl", "Czy wszyscy uwolnieni są dziś na Zachodzie?"),
    ("en", "Was Andrzej Poczobut freed on Saturday?"),
    ("ru", "Освободят ли сегодня ещё кого-то?"),
])
def test_a_question_states_no_release_nor_a_persons_freedom(alerts, language, text):
    assert alerts(text, "2025-10-01" if language != "en" else "2025-06-22", language=language) == []


def test_a_question_presupposes_a_known_release(check):
    report = check("Who are the fourteen prisoners Belarus released on Saturday?", "2025-06-23")
    assert [(c.kind, c.event, c.weak) for c in report.claims if c.kind.startswith("release")] == [
        ("release_count", "2025-06-21", "")]


def test_an_undated_release_days_after_a_baseline_one_is_a_candidate(check):
    report = check("The freed were taken to Lithuania today, where they are safe.", "2025-06-23")
    assert report.discrepancies == []


def test_held_after_a_two_part_relative_clause(alerts):
    text = ("We note that Maria Kalesnikava, who has spent more than five years in custody, much of it in "
            "isolation, remains imprisoned in Belarus.")
    assert alerts(text, "2025-12-17") == [("person_status", None, "held", None, "Maria Kalesnikava")]


def test_a_remaining_count_is_read_in_its_own_statement(alerts):
    text = ("Some 3,500 political prisoners remain behind bars in Belarus, and the arrests have not stopped: "
            "since 2020 more than 65,000 people have been detained.")
    assert alerts(text, "2025-09-20") == [("remaining_count", None, 3500, None, None)]


def test_a_day_of_an_interview_after_a_release_named_by_its_context_is_a_candidate(check):
    report = check("We spoke on Tuesday, three days after the group freed during Keith Kellogg's visit to Minsk "
                   "arrived in Lithuania.", "2025-06-24")
    assert report.discrepancies == [] and [c.kind for c in report.candidates] == ["new_event"]


def test_years_behind_bars_do_not_stop_a_list_of_the_freed(alerts):
    text = ("Belarus freed 14 prisoners on Saturday. Here is who some of them are.\n"
            "- Viktar Babaryka — The former banker was also on the bus to Vilnius, ending a 14-year "
            "sentence after five years behind bars.")
    assert alerts(text, "2025-06-23") == [("person_status", "2025-06-21", "freed", None, "Viktar Babaryka")]


@pytest.mark.parametrize("text, expected", [
    ("Тогда, в июне, о свободе узнали несколько семей. Вместе с Тихановским из колоний вышли Наталья Дулина "
     "и Андрей Почобут.", [("person_status", "2025-06-21", "freed", None, "Andrzej Poczobut")]),
    ("Двадцать первого июня, в субботу, из колоний вышли четырнадцать человек, среди них Сергей Тихановский.", []),
])
def test_russian_came_out_of_the_colonies_and_a_weekday_beside_a_spelled_day(alerts, text, expected):
    assert alerts(text, "2025-12-20", language="ru") == expected


@pytest.mark.parametrize("language, text, expected", [
    ("be", "Сяргей Ціханоўскі і яшчэ 13 вязняў вызвалены пасля візіту Келага ў Мінск.", []),
    ("be", "Ні адна вызваленая чалавечая доля не павінна стаць аплатай.", []),
    ("be", "У чацвер, 11 верасня, улады выпусцілі групу палітвязняў.\nКолькі сярод іх грамадзян Літвы?\nПяцёра.",
     [("nationality_count", "2025-09-11", 5, "LT", None)]),
    ("en", "On Thursday, 11 September, Minsk freed a group of prisoners.\nHow many were freed?\nForty-two.",
     [("release_count", "2025-09-11", 42, None, None)]),
])
def test_plus_one_prisoners_not_a_single_one_and_a_number_answering_how_many(alerts, language, text, expected):
    assert alerts(text, "2025-09-13" if "11" in text else "2025-06-22", language=language) == expected


def test_a_pardon_and_a_handover_joined_by_a_conjunction_are_one_act(alerts):
    text = ("Alaksandr Łukašenka pamiłavaŭ 31 hramadzianina Ukrainy, asudžanych u Biełarusi, i ŭ subotu ŭsich "
            "ich pieradali ŭkrainskamu boku.")
    assert [a[:2] for a in alerts(text, "2025-11-23", language="be")] == [("new_event", "2025-11-22")]
