"""Polish: numerals in their cases and genders, collective numerals, dates and weekdays,
release verbs of both aspects, the frames that make a count a sub-count, a bound or a total
over releases, nationality nouns and adjectives, persons in their case forms, still held or
excepted from a release. Sentences written for the test."""
from functools import partial

import pytest

from rules.lang import load_language
from rules.numbers import find_numbers
from tests.rules.conftest import discrepancies

E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


pl = partial(discrepancies, language="pl")


# ---- numbers -------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, value", [
    ("czternastu więźniów", 14), ("czternaście osób", 14), ("czternaścioro więźniów", 14),
    ("troje Polaków", 3), ("dwaj Łotysze", 2), ("jeden Estończyk", 1),
    ("pięćdziesięciu dwóch więźniów", 52), ("pięćdziesięcioma dwoma więźniami", 52),
    ("sto dwadzieścia trzy osoby", 123), ("stu dwudziestu trzech więźniów", 123),
    ("tysiąc sto pięćdziesiąt osób", 1150), ("półtora tysiąca osób", 1500),
    ("dwa i pół tysiąca osób", 2500), ("1 150 więźniów", 1150),
])
def test_spelled_numbers_in_their_cases(phrase, value):
    assert [n.value for n in find_numbers(phrase, load_language("pl"))] == [value]


def test_bounds_and_vague_quantities():
    lang = load_language("pl")
    assert [(n.value, n.relation) for n in find_numbers("ponad stu więźniów", lang)] == [(100, ">=")]
    assert [(n.value, n.relation) for n in find_numbers("ok. 1150 osób", lang)] == [(1150, "~")]
    assert [(n.value, n.relation) for n in find_numbers("kilkudziesięciu więźniów", lang)] == [(20, ">=")]


# ---- release counts ------------------------------------------------------------------------

def test_a_wrong_total_in_the_genitive_after_a_pardon_verb(engine, baseline):
    text = "W sobotę białoruskie władze uwolniły piętnastu więźniów politycznych."
    assert pl(engine, baseline, text, "2025-06-22") == [("release_count", E1, 15, None, None)]


def test_the_right_total_in_a_collective_numeral_is_quiet(engine, baseline):
    assert pl(engine, baseline, "Na wolność wyszło w sobotę czternaścioro więźniów.", "2025-06-22") == []


def test_a_date_in_the_genitive_places_the_count(engine, baseline):
    text = "21 czerwca reżim wypuścił szesnaście osób."
    assert pl(engine, baseline, text, "2025-06-22") == [("release_count", E1, 16, None, None)]


def test_a_count_in_the_instrumental_crossing_the_border(engine, baseline):
    ok = "W czwartek autobusy z pięćdziesięcioma dwoma więźniami przekroczyły granicę z Litwą."
    wrong = "W czwartek autobusy z pięćdziesięcioma pięcioma więźniami przekroczyły granicę z Litwą."
    assert pl(engine, baseline, ok, "2025-09-12") == []
    assert pl(engine, baseline, wrong, "2025-09-12") == [("release_count", E2, 55, None, None)]


def test_hundreds_in_the_genitive(engine, baseline):
    assert pl(engine, baseline, "W sobotę Łukaszenka ułaskawił stu dwudziestu trzech więźniów.", "2025-12-14") == []
    assert pl(engine, baseline, "W sobotę Łukaszenka ułaskawił stu dwudziestu pięciu więźniów.", "2025-12-14") == [
        ("release_count", E3, 125, None, None)]


def test_regained_freedom_in_either_order(engine, baseline):
    assert pl(engine, baseline, "W sobotę wolność odzyskało szesnastu więźniów politycznych.", "2025-06-22") == [
        ("release_count", E1, 16, None, None)]


def test_a_decision_to_pardon_with_an_infinitive_reports_the_pardon(engine, baseline):
    text = "Prezydent postanowił ułaskawić dwudziestu pięciu skazanych, podała we wtorek agencja."
    assert pl(engine, baseline, text, "2025-09-17") == [("new_event", "2025-09-16", 25, None, None)]


def test_a_recap_with_another_count_in_a_month(engine, baseline):
    text = "Z kolei we wrześniu reżim zdecydował się na uwolnienie kolejnych 51 osób."
    assert pl(engine, baseline, text, "2025-12-30") == [("release_count", E2, 51, None, None)]


def test_an_appeal_that_led_to_a_release_does_not_make_it_hypothetical(engine, baseline):
    text = "W czwartek Mińsk uwolnił 51 więźniów w wyniku apelu prezydenta USA."
    assert pl(engine, baseline, text, "2025-09-12") == [("release_count", E2, 51, None, None)]


# ---- list arithmetic -----------------------------------------------------------------------

def test_a_named_person_and_thirteen_others_is_fourteen(engine, baseline):
    assert pl(engine, baseline, "W sobotę uwolniono Siarhieja Cichanouskiego i 13 innych więźniów.", "2025-06-22") == []
    assert pl(engine, baseline, "Bloger Siarhiej Cichanouski i 14 innych więźniów zostało w sobotę zwolnionych z więzienia.",
              "2025-06-22") == [("release_count", E1, 15, None, None)]


def test_together_with_him_another_thirteen(engine, baseline):
    assert pl(engine, baseline, "Razem z nim w sobotę uwolniono jeszcze 13 osób.", "2025-06-22") == []


# ---- sub-counts, totals over releases, unreal releases -------------------------------------

def test_counts_taken_to_one_destination_are_subcounts(engine, baseline):
    for text in ("W sobotę 114 uwolnionych przewieziono na Ukrainę.",
                 "W sobotę Białoruś przekazała Ukrainie 114 więźniów.",
                 "W sobotę dziewięciu więźniów politycznych zostało wysłanych z Białorusi do Wilna.",
                 "W sobotę 114 uwolnionych osób zostało deportowanych do Ukrainy."):
        assert pl(engine, baseline, text, "2025-12-14") == [], text


def test_foreigners_among_the_freed_are_a_subgroup(engine, baseline):
    text = "W czwartek uwolniono 52 osoby. Wśród nich było czternastu cudzoziemców."
    assert pl(engine, baseline, text, "2025-09-12") == []


def test_cumulative_and_summed_totals_are_quiet(engine, baseline):
    for text in ("Od lipca 2024 roku Łukaszenka ułaskawił ponad 300 osób.",
                 "Łącznie w trzech turach uwolniono 189 osób.",
                 "Łącznie, wliczając decyzje z listopada, liczba ułaskawionych osób wynosi 156."):
        assert pl(engine, baseline, text, "2025-12-20") == [], text


def test_possible_demanded_and_future_releases_are_not_releases(engine, baseline):
    for text in ("Łukaszenka może wkrótce uwolnić kolejnych 30 więźniów.",
                 "Polska zabiega o uwolnienie Andrzeja Poczobuta.",
                 "Polskie MSZ zapewnia, że nadal będzie zabiegać o wypuszczenie Andrzeja Poczobuta.",
                 "Łukaszenka zapowiedział, że w przyszłości więźniowie będą uwalniani.",
                 "Przedstawiciel USA ocenił, że około tysiąca więźniów może zostać zwolnionych w jednej grupie."):
        assert pl(engine, baseline, text, "2025-11-21") == [], text


def test_a_sentence_length_is_no_count(engine, baseline):
    assert pl(engine, baseline, "Skazany na 18 lat kolonii Cichanouski wyszedł w sobotę na wolność.", "2025-06-22") == []


# ---- nationality ---------------------------------------------------------------------------

def test_citizens_of_a_country_in_the_genitive(engine, baseline):
    text = "W sobotę uwolniono czternaście osób, w tym czterech obywateli Polski."
    assert pl(engine, baseline, text, "2025-06-22") == [("nationality_count", E1, 4, "PL", None)]


def test_nationality_nouns_after_numerals_of_every_kind(engine, baseline):
    assert pl(engine, baseline, "W sobotę uwolniono czternaście osób, w tym troje Polaków i dwóch Łotyszy.", "2025-06-22") == []
    assert pl(engine, baseline, "W sobotę uwolniono czternaście osób, w tym trzech Łotyszy.", "2025-06-22") == [
        ("nationality_count", E1, 3, "LV", None)]


def test_an_adjective_before_citizens(engine, baseline):
    text = "Wśród uwolnionych w sobotę było czterech polskich obywateli."
    assert pl(engine, baseline, text, "2025-06-22") == [("nationality_count", E1, 4, "PL", None)]


def test_a_head_count_linked_to_a_country(engine, baseline):
    assert pl(engine, baseline, "Sześciu z uwolnionych w czwartek to obywatele Litwy.", "2025-09-12") == []
    text = "W czwartek uwolniono 52 osoby. Siedem osób wśród uwolnionych to obywatele Litwy."
    assert pl(engine, baseline, text, "2025-09-12") == [("nationality_count", E2, 7, "LT", None)]


def test_a_nationality_inside_the_foreigners(engine, baseline):
    text = "W czwartek uwolniono 52 osoby. Wśród nich było czternastu cudzoziemców, w tym pięciu obywateli Litwy."
    assert pl(engine, baseline, text, "2025-09-12") == [("nationality_count", E2, 5, "LT", None)]


# ---- persons -------------------------------------------------------------------------------

def test_the_wife_freed_is_wrong_the_husband_freed_is_right(engine, baseline):
    assert pl(engine, baseline, "W sobotę na wolność wyszedł Siarhiej Cichanouski.", "2025-06-22") == []
    assert pl(engine, baseline, "W sobotę uwolniono Swiatłanę Cichanouską.", "2025-06-22") == [
        ("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]


def test_the_wife_named_only_as_his_spouse_or_speaker(engine, baseline):
    for text in ("W sobotę uwolniono Siarhieja Cichanouskiego, męża Swiatłany Cichanouskiej.",
                 "Swiatłana Cichanouska, której mąż wyszedł w sobotę na wolność, podziękowała Amerykanom.",
                 "Swiatłana Cichanouska poinformowała w sobotę, że jej mąż został uwolniony.",
                 "Cichanouska o uwolnieniu męża: to dopiero początek"):
        assert pl(engine, baseline, text, "2025-06-22") == [], text


def test_a_person_freed_in_the_wrong_release(engine, baseline):
    assert pl(engine, baseline, "W czwartek na wolność wyszła Maryja Kalesnikawa.", "2025-09-12") == [
        ("person_status", E2, "freed", None, "Maria Kalesnikava")]
    assert pl(engine, baseline, "W czwartek uwolniono Wiktara Babarykę.", "2025-09-12") == [
        ("person_status", E2, "freed", None, "Viktar Babaryka")]


def test_accusative_and_instrumental_forms_in_the_right_release(engine, baseline):
    assert pl(engine, baseline, "W sobotę uwolniono również opozycjonistkę Maryję Kalesnikawą i Wiktara Babarykę.",
              "2025-12-14") == []


def test_poczobut_said_freed_against_the_baseline(engine, baseline):
    assert pl(engine, baseline, "W sobotę na wolność wyszedł również Andrzej Poczobut.", "2025-06-22") == [
        ("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_poczobut_excepted_from_the_release(engine, baseline):
    for text in ("W sobotę uwolniono 14 osób, ale Andrzej Poczobut nie został uwolniony.",
                 "Na liście uwolnionych w sobotę zabrakło Andrzeja Poczobuta.",
                 "W sobotę uwolniono czternaście osób. Andrzeja Poczobuta wśród nich nie było.",
                 "Na liście zwolnionych w sobotę nie ma dziennikarza i działacza polskiej mniejszości Andrzeja Poczobuta.",
                 "Andrzej Poczobut nie wyszedł na wolność w sobotę."):
        assert pl(engine, baseline, text, "2025-06-23") == [], text


def test_a_freed_person_said_still_held_after_the_release(engine, baseline):
    text = "Aleś Bialacki, który wciąż przebywa w kolonii karnej, otrzymał nagrodę."
    assert pl(engine, baseline, text, "2025-10-01") == []
    assert pl(engine, baseline, text, "2026-01-10") == [("person_status", None, "held", None, "Ales Bialiatski")]
    assert pl(engine, baseline, "W kolonii karnej nadal siedzi Aleś Bialacki.", "2025-12-20") == [
        ("person_status", None, "held", None, "Ales Bialiatski")]


def test_the_adjective_karnej_after_kolonii_is_no_person(engine, baseline):
    # persons.toml spells Ihar Karnei "Karnej", the Polish adjective of "kolonia karna"
    assert pl(engine, baseline, "W czwartek z kolonii karnej wyszło 52 więźniów.", "2025-09-12") == []
    assert pl(engine, baseline, "Od lat w kolonii karnej wciąż przebywa więzień.", "2025-12-20") == []
    assert pl(engine, baseline, "W czwartek uwolniono Ihara Karnieja.", "2025-09-12") == [
        ("person_status", E2, "freed", None, "Ihar Karnei")]


def test_an_exiled_leader_greeting_the_freed_is_not_freed(engine, baseline):
    text = "Jego żona Swiatłana Cichanouska, która od 2020 roku przebywa na emigracji, przywitała go w Wilnie."
    assert pl(engine, baseline, text, "2025-06-22") == []


# ---- remaining -----------------------------------------------------------------------------

def test_remaining_prisoners_far_outside_the_range(engine, baseline):
    assert pl(engine, baseline, "W więzieniach pozostaje około 2500 więźniów politycznych.", "2025-09-12") == [
        ("remaining_count", None, 2500, None, None)]
    assert pl(engine, baseline, "Według obrońców praw człowieka w białoruskich więzieniach jest 600 więźniów politycznych.",
              "2025-09-12") == [("remaining_count", None, 600, None, None)]
    assert pl(engine, baseline, "Obecnie na Białorusi 3000 osób jest uznawanych za więźniów politycznych.",
              "2025-09-12") == [("remaining_count", None, 3000, None, None)]


def test_remaining_prisoners_within_the_range_are_quiet(engine, baseline):
    for text in ("Za kratami wciąż przebywa ponad 1150 więźniów politycznych.",
                 "Cichanouska napisała, że 1150 więźniów politycznych nadal pozostaje za kratkami i wszyscy muszą zostać uwolnieni.",
                 "Na Białorusi jest obecnie około 1200 osób uznawanych za więźniów politycznych."):
        assert pl(engine, baseline, text, "2025-09-12") == [], text


# ---- new events ----------------------------------------------------------------------------

def test_a_pardon_on_a_day_the_baseline_does_not_know(engine, baseline):
    text = "W czwartek 20 listopada Łukaszenka ułaskawił dwóch katolickich księży."
    assert pl(engine, baseline, text, "2025-11-21") == [("new_event", "2025-11-20", 2, None, None)]


def test_a_pardon_in_a_month_without_a_baseline_release(engine, baseline):
    assert pl(engine, baseline, "W lipcu Łukaszenka ułaskawił szesnaście osób.", "2025-07-03") == [
        ("new_event", "2025-07", 16, None, None)]


def test_a_release_at_a_foreign_request_is_still_belarus_releasing(engine, baseline):
    text = "Wcześniej, pod koniec kwietnia, na prośbę USA uwolniono pewnego działacza."
    assert pl(engine, baseline, text, "2025-07-02") == [("new_event", "2025-04", None, None, None)]


# ---- further frames ------------------------------------------------------------------------

def test_collective_nouns_count_heads(engine, baseline):
    assert pl(engine, baseline, "W sobotę uwolniono czternaście osób, w tym trójkę obywateli Polski.", "2025-06-22") == []
    assert pl(engine, baseline, "W sobotę uwolniono czternaście osób, w tym czwórkę obywateli Polski.", "2025-06-22") == [
        ("nationality_count", E1, 4, "PL", None)]


def test_elliptic_nationality_list_after_a_dash(engine, baseline):
    text = ("W sobotę uwolniono czternaście osób. Wśród nich było trzech obywateli Polski, "
            "trzech - Łotwy i jedna osoba z obywatelstwem Estonii.")
    assert pl(engine, baseline, text, "2025-06-22") == [("nationality_count", E1, 3, "LV", None)]


def test_citizens_of_other_states_are_a_subgroup(engine, baseline):
    text = "W czwartek ułaskawiono 52 osoby, w tym czternastu obywateli zagranicznych."
    assert pl(engine, baseline, text, "2025-09-12") == []


def test_there_are_now_n_political_prisoners(engine, baseline):
    assert pl(engine, baseline, "Według obrońców praw człowieka w Białorusi jest obecnie 2297 więźniów politycznych.",
              "2025-10-01") == [("remaining_count", None, 2297, None, None)]
    assert pl(engine, baseline, "Według obrońców praw człowieka w Białorusi jest obecnie 1297 więźniów politycznych.",
              "2025-10-01") == []


def test_questions_and_doubts_assert_no_release(engine, baseline):
    for text in ("Czy w sobotę uwolniono także Andrzeja Poczobuta?",
                 "Nie wiadomo, czy w sobotę wśród uwolnionych był Andrzej Poczobut."):
        assert pl(engine, baseline, text, "2025-06-21") == [], text


def test_a_count_given_as_a_range_is_only_a_candidate(engine, baseline):
    assert pl(engine, baseline, "W sobotę uwolniono dwóch czy trzech Łotyszy.", "2025-06-22") == []


def test_a_release_named_as_a_time_reference_reports_nothing(engine, baseline):
    text = "Rok po uwolnieniu. Co dalej z białoruską opozycją?\nOpozycja zbiera siły na emigracji."
    assert pl(engine, baseline, text, "2026-08-20") == []


def test_the_day_an_office_announced_a_pardon_dates_it(engine, baseline):
    text = "Białoruskie MSW poinformowało w środę o ułaskawieniu szesnastu osób."
    assert pl(engine, baseline, text, "2025-07-02") == [("new_event", "2025-07-02", 16, None, None)]


def test_yesterday_is_the_day_before_publication(engine, baseline):
    assert pl(engine, baseline, "Wczoraj Łukaszenka ułaskawił szesnaście osób.", "2025-07-03") == [
        ("new_event", "2025-07-02", 16, None, None)]
    assert pl(engine, baseline, "Wczoraj białoruskie władze uwolniły czternaście osób.", "2025-06-22") == []


def test_the_wife_hugging_or_thanking_is_not_freed(engine, baseline):
    for text in ("Na nagraniu widać, jak Swiatłana Cichanouska w sobotę przytula uwolnionego męża.",
                 "Swiatłana Cichanouska w sobotę podziękowała Trumpowi za uwolnienie męża."):
        assert pl(engine, baseline, text, "2025-06-22") == [], text


def test_an_attribution_after_a_dash_keeps_the_person_freed(engine, baseline):
    text = "W czwartek uwolniono 52 osoby, w tym Maryję Kalesnikawą – poinformowała agencja."
    assert pl(engine, baseline, text, "2025-09-12") == [("person_status", E2, "freed", None, "Maria Kalesnikava")]


def test_a_denial_belongs_to_its_own_name(engine, baseline):
    assert pl(engine, baseline, "W sobotę uwolniono 14 osób, nie licząc Cichanouskiego.", "2025-06-22") == []
    for text in ("W sobotę uwolniono Bialackiego, wśród uwolnionych nie ma jednak Poczobuta.",
                 "Bialacki wyszedł w sobotę na wolność, ale niektórzy nie zostali uwolnieni.",
                 "Maryja Kalesnikawa wyszła w sobotę na wolność, ale wielu pozostaje w więzieniach."):
        assert pl(engine, baseline, text, "2025-12-14") == [], text


def test_a_freed_person_excepted_from_the_release_is_a_contradiction(engine, baseline):
    assert pl(engine, baseline, "Aleś Bialacki nie znalazł się w sobotę wśród uwolnionych.", "2025-12-14") == [
        ("person_status", E3, "not freed", None, "Ales Bialiatski")]
    assert pl(engine, baseline, "W sobotę uwolniono 14 osób, z wyjątkiem Siarhieja Cichanouskiego.", "2025-06-22") == [
        ("person_status", E1, "not freed", None, "Siarhei Tsikhanouski")]


def test_a_spokesman_reporting_on_a_date_is_no_handover(engine, baseline):
    text = "Rzecznik przekazał 20 listopada, że w więzieniach pozostaje 1150 osób."
    assert pl(engine, baseline, text, "2025-11-21") == []


def test_among_those_who_arrived_that_thursday(engine, baseline):
    text = ("Ostatni przybysze pojawili się 11 września, gdy Łukaszenka ułaskawił 52 więźniów. "
            "Wśród tych, którzy w tamten czwartek dotarli do Wilna, był Kirył Bałachanau.")
    assert pl(engine, baseline, text, "2025-10-02") == [("person_status", E2, "freed", None, "Kiryl Balakhanau")]


def test_a_table_of_releases_by_date(engine, baseline):
    text = ("| Data | Uwolnieni | Uwagi |\n|---|---|---|\n"
            "| 21 czerwca 2025 | 16 | w tym Siarhiej Cichanouski |\n"
            "| 11 września 2025 | 52 | wśród nich sześciu Litwinów |\n"
            "Dane według obrońców praw człowieka.")
    assert pl(engine, baseline, text, "2025-12-20") == [("release_count", E1, 16, None, None)]


def test_a_recalled_release_does_not_take_an_undated_new_count(engine, baseline):
    text = ("Jak dodano, ułaskawiono 25 osób skazanych za ekstremizm.\n"
            "W zeszły czwartek, 11 września, reżim uwolnił 52 więźniów politycznych.")
    assert pl(engine, baseline, text, "2025-09-16") == [("new_event", "2025-09-16", 25, None, None)]


def test_authorities_passing_on_the_news_are_no_destination(engine, baseline):
    text = "Informację o zwolnieniu szesnastu osób przekazały w sobotę władze białoruskie."
    assert pl(engine, baseline, text, "2025-06-22") == [("release_count", E1, 16, None, None)]


def test_the_wife_after_a_long_description_of_her_husband(engine, baseline):
    text = ("W sobotę uwolniono Siarhieja Cichanouskiego, męża rywalki Łukaszenki w wyborach "
            "prezydenckich z sierpnia 2020 r., Swiatłany Cichanouskiej.")
    assert pl(engine, baseline, text, "2025-06-22") == []


def test_a_freed_count_before_a_contrasting_remaining_clause_is_not_remaining(engine, baseline):
    for text in ("W sobotę uwolniono 123 osoby, a w więzieniach wciąż pozostaje ponad 1100 więźniów politycznych.",
                 "W sobotę uwolniono 123 osoby, ale za kratami nadal jest ponad 1100 więźniów.",
                 "Bialacki jest teraz w Wilnie, a 123 więźniów uwolniono w sobotę."):
        assert pl(engine, baseline, text, "2025-12-14") == [], text
    text = "W więzieniach pozostaje około 2500 więźniów politycznych, a każdego tygodnia dochodzą nowi."
    assert pl(engine, baseline, text, "2025-09-12") == [("remaining_count", None, 2500, None, None)]


def test_the_wife_after_a_verb_of_saying_or_greeting_is_not_freed(engine, baseline):
    for text in ("Uwolnienie czternastu więźniów skomentowała w sobotę Swiatłana Cichanouska.",
                 "Według Swiatłany Cichanouskiej w sobotę uwolniono czternaście osób.",
                 "Uwolnionych w sobotę przywitała w Wilnie Swiatłana Cichanouska."):
        assert pl(engine, baseline, text, "2025-06-22") == [], text
    assert pl(engine, baseline, "MSZ poinformowało w sobotę o uwolnieniu Andrzeja Poczobuta.", "2025-06-22") == [
        ("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_the_wife_described_by_her_freed_husband_is_not_freed(engine, baseline):
    for text in ("Swiatłana Cichanouska wraz z uwolnionym w sobotę mężem pojawiła się w Wilnie.",
                 "Swiatłana Cichanouska, żona uwolnionego w sobotę Siarhieja Cichanouskiego, podziękowała Trumpowi.",
                 "W sobotę na wolność wyszło czternaście osób, wśród nich mąż Swiatłany Cichanouskiej."):
        assert pl(engine, baseline, text, "2025-06-22") == [], text


def test_another_andrzej_beside_poczobut_is_not_him(engine, baseline):
    text = "Dzięki staraniom prezydenta Andrzeja Dudy w sobotę uwolniono trzech Polaków, ale nie Andrzeja Poczobuta."
    assert pl(engine, baseline, text, "2025-06-22") == []


def test_efforts_that_led_to_a_release_are_no_hypothesis(engine, baseline):
    text = "Dzięki staraniom prezydenta Andrzeja Dudy w sobotę uwolniono Andrzeja Poczobuta i trzech innych Polaków."
    assert pl(engine, baseline, text, "2025-06-22") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]
    assert pl(engine, baseline, "Polska kontynuuje starania o uwolnienie Andrzeja Poczobuta.", "2025-06-22") == []


def test_first_contact_classes_hope_not_among_them_and_a_deportation_date(alerts):
    text = ("W sobotę uwolniono 14 osób. MSZ wyraziło nadzieję, że to pierwszy krok do uwolnienia "
            "kolejnych Polaków, w tym Andrzeja Poczobuta.")
    assert alerts(text, "2025-06-22", language="pl") == []
    text = "W czerwcu, gdy Białoruś uwolniła czternaście osób, Poczobuta wśród nich nie było."
    assert alerts(text, "2025-08-01", language="pl") == []


def test_freed_entering_poland_are_a_subcount(alerts):
    assert alerts("109 uwolnionych białoruskich więźniów wjedzie dziś do Polski", "2025-12-17", language="pl") == []
