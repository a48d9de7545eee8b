"""Ukrainian: numbers in their cases and apostrophe spellings, collective numerals, weekday
frames, the release verbs and their moods, sub-counts and list arithmetic ("і ще 13", "разом із
тринадцятьма іншими"), persons (kin, whose-clauses, a relative's release, the speaker after the
verb), nationalities and destinations, the return of Ukrainian citizens. Sentences written for
the test."""
from functools import partial

from tests.rules.conftest import discrepancies


E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


uk = partial(discrepancies, language="uk")


# ---- numbers -------------------------------------------------------------------------------

def test_spelled_count_in_the_genitive_with_a_modifier_letter_apostrophe(engine, baseline):
    assert uk(engine, baseline, "У четвер Мінськ відпустив пʼятдесят двох політвʼязнів.", "2025-09-13") == []


def test_spelled_count_with_a_typographic_apostrophe_disagrees(engine, baseline):
    text = "У четвер на волю вийшли п’ятдесят три в’язні."
    assert uk(engine, baseline, text, "2025-09-13") == [("release_count", E2, 53, None, None)]


def test_hundreds_and_units_spelled_out(engine, baseline):
    text = "Минулої суботи Лукашенко помилував сто двадцять шість осіб."
    assert uk(engine, baseline, text, "2025-12-16") == [("release_count", E3, 126, None, None)]


def test_one_and_a_half_thousand_is_in_range(engine, baseline):
    assert uk(engine, baseline, "У колоніях досі лишаються півтори тисячі політв'язнів.", "2025-10-02") == []


def test_three_thousand_still_held_is_out_of_range(engine, baseline):
    text = "Правозахисники кажуть, що за ґратами залишаються понад три тисячі політв'язнів."
    assert uk(engine, baseline, text, "2025-10-02") == [("remaining_count", None, 3000, None, None)]


def test_family_after_sim_is_not_seven(engine, baseline):
    assert uk(engine, baseline, "У суботу звільнених на кордоні чекали сім’ї та друзі.", "2025-12-14") == []


def test_years_of_a_sentence_and_ages_are_not_heads(engine, baseline):
    text = "У суботу вийшов на волю 62-річний політв'язень, якого засудили до 11 років колонії."
    assert uk(engine, baseline, text, "2025-12-14") == []


# ---- nationalities -------------------------------------------------------------------------

def test_collective_numeral_with_a_nationality_noun(engine, baseline):
    text = "У суботу Мінськ звільнив 14 ув'язнених, серед яких четверо поляків."
    assert uk(engine, baseline, text, "2025-06-23") == [("nationality_count", E1, 4, "PL", None)]


def test_collective_genitive_with_citizens_of_a_country(engine, baseline):
    ok = "У четвер звільнили 52 в'язнів, зокрема шістьох громадян Литви."
    wrong = "У четвер звільнили 52 в'язнів, зокрема вісьмох громадян Литви."
    assert uk(engine, baseline, ok, "2025-09-13") == []
    assert uk(engine, baseline, wrong, "2025-09-13") == [("nationality_count", E2, 8, "LT", None)]


def test_adjective_before_citizens(engine, baseline):
    text = "У четвер Мінськ звільнив 52 в'язнів. Серед звільнених — сім литовських громадян."
    assert uk(engine, baseline, text, "2025-09-13") == [("nationality_count", E2, 7, "LT", None)]


def test_of_them_citizens_in_a_following_sentence(engine, baseline):
    text = "У четвер Білорусь відпустила 52 людей. Семеро з них — громадяни Литви."
    assert uk(engine, baseline, text, "2025-09-13") == [("nationality_count", E2, 7, "LT", None)]


def test_foreign_citizens_are_a_subgroup_not_the_total(engine, baseline):
    assert uk(engine, baseline, "У четвер Лукашенко помилував 14 іноземних громадян.", "2025-09-13") == []


# ---- sub-counts and destinations -----------------------------------------------------------

def test_handed_to_ukraine_is_a_subcount(engine, baseline):
    text = "У суботу 114 звільнених перетнули кордон на Чернігівщині, а дев'ятьох повезли до Вільнюса."
    assert uk(engine, baseline, text, "2025-12-14") == []


def test_part_of_them_after_the_total(engine, baseline):
    assert uk(engine, baseline, "У суботу звільнили 123 людей; 114 з них передали Україні.", "2025-12-14") == []


def test_one_of_the_best_known_is_not_a_count(engine, baseline):
    text = "У суботу звільнено одного з найвідоміших політв'язнів, блогера Сергія Тихановського."
    assert uk(engine, baseline, text, "2025-06-22") == []


def test_border_with_lithuania_is_the_destination(engine, baseline):
    text = "У четвер 57 ув'язнених перетнули кордон з Литвою."
    assert uk(engine, baseline, text, "2025-09-13") == [("release_count", E2, 57, None, None)]


def test_whole_after_z_is_the_total(engine, baseline):
    text = "У суботу троє з п'ятнадцяти звільнених виявилися громадянами Польщі."
    assert uk(engine, baseline, text, "2025-06-23") == [("release_count", E1, 15, None, None)]


# ---- list arithmetic -----------------------------------------------------------------------

def test_name_and_another_13_is_14(engine, baseline):
    ok = "У суботу Лукашенко помилував Сергія Тихановського і ще 13 політв'язнів."
    wrong = "У суботу Лукашенко помилував Сергія Тихановського і ще 14 політв'язнів."
    assert uk(engine, baseline, ok, "2025-06-22") == []
    assert uk(engine, baseline, wrong, "2025-06-22") == [("release_count", E1, 15, None, None)]


def test_together_with_thirteen_others_in_the_instrumental(engine, baseline):
    ok = "У суботу Тихановського разом із тринадцятьма іншими в'язнями вивезли до Литви."
    wrong = "У суботу Тихановського разом із чотирнадцятьма іншими в'язнями вивезли до Литви."
    assert uk(engine, baseline, ok, "2025-06-22") == []
    assert uk(engine, baseline, wrong, "2025-06-22") == [("release_count", E1, 15, None, None)]


def test_another_13_alone_is_not_the_total(engine, baseline):
    assert uk(engine, baseline, "Білорусь за домовленістю зі США звільнила ще 13 політв'язнів.", "2025-06-21") == []


def test_counts_in_june_and_september_are_not_added_up(engine, baseline):
    ok = "Білорусь звільнила 14 політв'язнів у червні та 52 у вересні."
    wrong = "Білорусь звільнила 14 політв'язнів у червні та 53 у вересні."
    assert uk(engine, baseline, ok, "2025-10-01") == []
    assert uk(engine, baseline, wrong, "2025-10-01") == [("release_count", E2, 53, None, None)]


# ---- moods and totals over releases --------------------------------------------------------

def test_possible_and_discussed_releases_are_not_counts(engine, baseline):
    for text in ("Ще 20 людей можуть звільнити найближчим часом.",
                 "Сторони обговорюють звільнення ще тисячі політв’язнів.",
                 "Лукашенко звільнятиме політв'язнів невеликими групами.",
                 "Лукашенко готовий відпустити ще 1000 ув'язнених."):
        assert uk(engine, baseline, text, "2025-12-14") == [], text


def test_thanks_for_a_release_in_a_wish_clause_is_not_a_count(engine, baseline):
    text = "Трамп хотів подякувати Лукашенку за звільнення 16 ув’язнених."
    assert uk(engine, baseline, text, "2025-08-15") == []


def test_cumulative_since_a_month_is_no_release(engine, baseline):
    text = "З липня 2024 року Лукашенко помилував понад 300 засуджених."
    assert uk(engine, baseline, text, "2025-12-14") == []


def test_cumulative_over_the_last_year_is_no_release(engine, baseline):
    text = "За даними «Вясни», станом на 2 липня в Білорусі 1164 політв'язні. За останній рік Лукашенко помилував загалом понад 300 людей."
    assert uk(engine, baseline, text, "2025-07-03") == []


def test_recalled_release_moves_the_undated_count_to_the_new_pardon(engine, baseline):
    text = "Лукашенко підписав указ про помилування 22 осіб. Нагадаємо, 13 грудня звільнили 123 політв'язнів."
    assert uk(engine, baseline, text, "2025-12-30") == [("new_event", "2025-12-30", 22, None, None)]


def test_hedged_figure_is_only_a_candidate(engine, baseline):
    text = "За попередніми даними, у суботу звільнили 130 людей."
    assert uk(engine, baseline, text, "2025-12-14") == []


# ---- dates and new events ------------------------------------------------------------------

def test_weekday_and_date_of_a_new_pardon(engine, baseline):
    text = "У середу, 2 липня, Лукашенко помилував шістнадцять засуджених."
    assert uk(engine, baseline, text, "2025-07-03") == [("new_event", "2025-07-02", 16, None, None)]


def test_report_back_sentence_dates_the_pardon(engine, baseline):
    text = "Лукашенко помилував 16 осіб. Про це в середу повідомила його пресслужба."
    assert uk(engine, baseline, text, "2025-07-03") == [("new_event", "2025-07-02", 16, None, None)]


def test_early_in_a_month_without_a_baseline_event(engine, baseline):
    text = "Нагадаємо, на початку травня Лукашенко помилував 42 особи."
    assert uk(engine, baseline, text, "2025-08-15") == [("new_event", "2025-05", 42, None, None)]


def test_return_of_ukrainians_from_belarus_in_a_headline(engine, baseline):
    text = "Повернення українців з Білорусі: що відомо"
    assert uk(engine, baseline, text, "2025-11-22", title=text) == [("new_event", "2025-11-22", None, None, None)]


def test_our_citizens_returned_is_a_head_count(engine, baseline):
    text = "Увечері в Україну повернулися двадцять сім наших громадян, яких помилував Лукашенко."
    assert uk(engine, baseline, text, "2025-11-22") == [("new_event", "2025-11-22", 27, None, None)]


# ---- persons -------------------------------------------------------------------------------

def test_never_imprisoned_leader_said_to_be_freed(engine, baseline):
    text = "У четвер на волю вийшла Світлана Тихановська."
    assert uk(engine, baseline, text, "2025-09-13") == [("person_status", E2, "freed", None, "Sviatlana Tsikhanouskaya")]


def test_also_among_the_freed_refers_back_to_the_release_before(engine, baseline):
    text = ("У четвер Білорусь звільнила 52 в'язнів.\n"
            "Також серед звільнених була лідерка опозиції Світлана Тихановська.")
    assert uk(engine, baseline, text, "2025-09-13") == [("person_status", E2, "freed", None, "Sviatlana Tsikhanouskaya")]


def test_wife_named_through_her_husband_is_not_freed(engine, baseline):
    for text in ("У суботу на волю вийшов Сергій Тихановський, чоловік опозиціонерки Світлани Тихановської.",
                 "Світлана Тихановська, чоловік якої у суботу вийшов на волю, подякувала Трампу.",
                 "Світлана Тихановська прилетіла до Вільнюса після звільнення чоловіка."):
        assert uk(engine, baseline, text, "2025-06-22") == [], text


def test_speaker_after_the_verb_is_not_freed(engine, baseline):
    text = "Звільнених у четвер зустрічала Світлана Тихановська."
    assert uk(engine, baseline, text, "2025-09-13") == []


def test_not_among_those_freed(engine, baseline):
    text = "У суботу звільнили 14 людей, але Анджей Почобут не увійшов до списку."
    assert uk(engine, baseline, text, "2025-06-22") == []


def test_freed_person_said_to_be_still_held(engine, baseline):
    text = "Марія Колеснікова, яка досі перебуває у колонії, не бачилася з сестрою."
    assert uk(engine, baseline, text, "2025-12-20") == [("person_status", None, "held", None, "Maria Kalesnikava")]


def test_names_in_a_list_in_two_spellings(engine, baseline):
    text = "У четвер на волю вийшли Наталія Дуліна та Ігор Карней."
    assert uk(engine, baseline, text, "2025-09-13") == [
        ("person_status", E2, "freed", None, "Natallia Dulina"), ("person_status", E2, "freed", None, "Ihar Karnei")]


def test_accusative_forms_of_names(engine):
    found = engine.registry.find("звільнили Наталію Дуліну, Ігоря Карнея та Акіхіру Гаєвського-Ханаду")
    assert [m.person.name for m in found] == ["Natallia Dulina", "Ihar Karnei", "Akihiro Hayeuski-Hanada"]


def test_husband_and_wife_forms_stay_apart(engine):
    assert [m.person.name for m in engine.registry.find("разом із Тихановським")] == ["Siarhei Tsikhanouski"]
    assert [m.person.name for m in engine.registry.find("разом із Тихановською")] == ["Sviatlana Tsikhanouskaya"]


def test_not_among_them_and_all_but(engine, baseline):
    for text in ("Серед звільнених у суботу немає Анджея Почобута.",
                 "У суботу звільнили всіх фігурантів справи, крім Анджея Почобута."):
        assert uk(engine, baseline, text, "2025-06-22") == [], text


# ---- more numbers, destinations and page furniture -----------------------------------------

def test_two_and_a_half_thousand_still_held(engine, baseline):
    text = "За ґратами лишаються майже дві з половиною тисячі політв'язнів."
    assert uk(engine, baseline, text, "2025-10-02") == [("remaining_count", None, 2500, None, None)]


def test_one_of_five_names_a_group_not_the_total(engine, baseline):
    text = "У суботу звільнили одного з п'яти наших співвітчизників, засуджених за шпигунство."
    assert uk(engine, baseline, text, "2025-12-14") == []


def test_freed_ukrainians_are_a_part_not_the_total(engine, baseline):
    text = "У суботу до Києва привезли п'ятьох звільнених українців."
    assert uk(engine, baseline, text, "2025-12-14") == []


def test_hyphenated_border_names_the_destination(engine, baseline):
    text = "У четвер 57 ув'язнених перетнули литовсько-білоруський кордон."
    assert uk(engine, baseline, text, "2025-09-13") == [("release_count", E2, 57, None, None)]


def test_related_story_line_is_not_the_articles_claim(engine, baseline):
    text = ("У суботу Лукашенко помилував 123 особи.\n"
            "Читайте також: Лукашенко помилував 16 засуджених напередодні свята")
    assert uk(engine, baseline, text, "2025-12-14") == []


def test_return_of_a_group_from_belarus_is_a_movement_not_the_total(engine, baseline):
    text = "Коордштаб: у суботу триває повернення 114 цивільних з Білорусі."
    assert uk(engine, baseline, text, "2025-12-14") == []
