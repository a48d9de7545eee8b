"""Belarusian (rules/data/lang_be.toml): both Cyrillic spellings (official and taraškievica)
and Łacinka, read by one table. Sentences written for the test."""
from functools import partial

import pytest

from rules.lang import load_language
from rules.numbers import find_numbers
from tests.rules.conftest import discrepancies

E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


be = partial(discrepancies, language="be")


# ---- numbers ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("сто дваццаць тры", 123), ("ста дваццаці трох", 123), ("sto dvaccać try", 123),
    ("пяцёра", 5), ("шасьцёра", 6), ("šaściora", 6), ("čaćviora", 4),
    ("дваццаці двух", 22), ("dvaccaci dvuch", 22), ("паўтары тысячы", 1500),
    ("1 201", 1201), ("васьмю", 8), ("vaśmiu", 8),
])
def test_spelled_numbers_in_every_case_and_script(text, value):
    be_lang = load_language("be")
    assert [n.value for n in find_numbers(text, be_lang)] == [value]


def test_spelled_count_in_lacinka_contradicts(engine, baseline):
    text = "U subotu Łukašenka pamiłavaŭ sto dvaccać piać čałaviek."
    assert be(engine, baseline, text, "2025-12-14") == [("release_count", E3, 125, None, None)]


def test_taraskievica_soft_signs_in_count_and_date(engine, baseline):
    text = "У суботу, 13 сьнежня, на волю выйшлі 130 палітвязьняў."
    assert be(engine, baseline, text, "2025-12-14") == [("release_count", E3, 130, None, None)]


def test_bound_satisfied_raises_nothing(engine, baseline):
    assert be(engine, baseline, "У суботу Лукашэнка памілаваў больш за 100 чалавек.", "2025-12-14") == []


# ---- dates --------------------------------------------------------------------------------

def test_weekday_frame_after_vowel_is_a_new_release(engine, baseline):
    text = "Łukašenka ŭ aŭtorak pamiłavaŭ 22 čałavieki."
    assert be(engine, baseline, text, "2025-12-30") == [("new_event", "2025-12-30", 22, None, None)]


def test_va_utorak_after_va(engine, baseline):
    assert be(engine, baseline, "Лукашэнка ва ўторак памілаваў 22 чалавекі.", "2025-12-31") == [
        ("new_event", "2025-12-30", 22, None, None)]


def test_nominative_month_is_no_date(engine, baseline):
    # "цяпер не верасень, а люты": the nominative names the month, it dates nothing
    text = "Цяпер ужо не верасень, а люты, і памілаваны правёў гэтыя месяцы ў турме."
    assert be(engine, baseline, text, "2026-02-18") == []


def test_date_after_since_or_a_sentence_dates_no_release(engine, baseline):
    text = "Сяргей Ціханоўскі, які з траўня 2020 году знаходзіўся за кратамі, вызвалены."
    assert be(engine, baseline, text, "2025-06-21") == []


def test_date_of_a_sentence_in_a_relative_clause_is_not_the_release(engine, baseline):
    text = ("Сярод вызваленых — грамадзянін Латвіі Янис Озолс, якога 3 сакавіка 2025 году "
            "прыгаварылі да пяці гадоў калоніі.")
    assert be(engine, baseline, text, "2025-06-21") == []


def test_status_date_is_not_a_release_date(engine, baseline):
    text = "Нягледзячы на памілаванні, па стане на 20 снежня за кратамі заставаліся 1 120 палітвязняў."
    assert be(engine, baseline, text, "2025-12-27") == []


def test_ministry_confirming_on_monday_dates_the_statement(engine, baseline):
    text = "МЗС Літвы ў панядзелак паведаміла, што на волю выйшлі 16 чалавек."
    assert be(engine, baseline, text, "2025-06-23") == [("release_count", E1, 16, None, None)]


def test_signed_decree_dates_the_pardon_before_it(engine, baseline):
    text = ("Лукашэнка прыняў рашэнне аб памілаванні 30 асуджаных. "
            "Адпаведны ўказ кіраўнік дзяржавы падпісаў 17 верасня.")
    assert be(engine, baseline, text, "2025-09-17") == [("new_event", "2025-09-17", 30, None, None)]


def test_report_sentence_dates_the_undated_pardon(engine, baseline):
    text = "Лукашэнка памілаваў дваццаць пяць асуджаных. Пра гэта ў сераду, 31 снежня, паведаміла прэс-служба."
    assert be(engine, baseline, text, "2025-12-31") == [("new_event", "2025-12-31", 25, None, None)]


# ---- counts -------------------------------------------------------------------------------

def test_name_and_yashche_13_is_14(engine, baseline):
    assert be(engine, baseline, "Лукашэнка памілаваў Сяргея Ціханоўскага і яшчэ 13 чалавек.", "2025-06-21") == []
    assert be(engine, baseline, "Łukašenka pamiłavaŭ Siarhieja Cichanoŭskaha i jašče 14 čałaviek.",
              "2025-06-21") == [("release_count", E1, 15, None, None)]


def test_together_with_him_another_15_is_16(engine, baseline):
    text = "Razam z Cichanoŭskim na volu vyjšli jašče 15 čałaviek."
    assert be(engine, baseline, text, "2025-06-22") == [("release_count", E1, 16, None, None)]


def test_besides_him_another_13_is_14(engine, baseline):
    assert be(engine, baseline, "Акрамя Ціханоўскага, на волю выйшлі яшчэ 13 чалавек.", "2025-06-22") == []


def test_together_with_13_others_is_14(engine, baseline):
    assert be(engine, baseline, "Сяргея Ціханоўскага вызвалілі 21 чэрвеня разам з 13 іншымі палітвязнямі.",
              "2025-06-22") == []
    assert be(engine, baseline, "Сяргея Ціханоўскага вызвалілі 21 чэрвеня разам з 15 іншымі палітвязнямі.",
              "2025-06-22") == [("release_count", E1, 16, None, None)]


def test_companions_brought_with_someone_are_no_total(engine, baseline):
    text = "Лаўрэата ў суботу прывезлі да амбасады разам з яшчэ дзевяццю вызваленымі."
    assert be(engine, baseline, text, "2025-12-14") == []


def test_two_counts_joined_by_i_are_not_name_plus_others(engine, baseline):
    text = "Летам на волю выйшлі 14 чалавек 21 чэрвеня і 52 чалавекі 11 верасня."
    assert be(engine, baseline, text, "2025-10-01") == []


def test_majority_and_women_are_parts(engine, baseline):
    text = ("У суботу памілавалі 123 чалавекі. Большасць вызваленых — 114 чалавек — вывезлі ва Украіну. "
            "Сярод памілаваных — 30 жанчын.")
    assert be(engine, baseline, text, "2025-12-14") == []


def test_foreign_citizens_among_the_freed_are_a_subgroup(engine, baseline):
    text = "Сярод 52 вызваленых 11 верасня было 16 грамадзян замежных дзяржаў."
    assert be(engine, baseline, text, "2025-09-20") == []


def test_over_several_decrees_is_cumulative(engine, baseline):
    text = "У ліпені — жніўні Лукашэнка падпісаў два ўказы аб памілаванні, на волю выйшлі 40 чалавек."
    assert be(engine, baseline, text, "2025-08-30") == []


def test_since_a_month_is_cumulative(engine, baseline):
    assert be(engine, baseline, "З ліпеня 2024 года Лукашэнка памілаваў больш за 400 чалавек.", "2026-01-10") == []


def test_pardon_petition_is_no_release(engine, baseline):
    text = "Prašeńnia ab pamiłavańni jon nie pisaŭ."
    assert be(engine, baseline, text, "2026-03-01") == []


def test_hoped_and_demanded_releases_are_not_reports(engine, baseline):
    assert be(engine, baseline, "Лукашэнка можа памілаваць яшчэ 30 чалавек.", "2025-12-15") == []
    assert be(engine, baseline, "Праваабаронцы заклікаюць вызваліць 1 200 палітвязняў.", "2025-12-15") == []


# ---- nationalities ------------------------------------------------------------------------

def test_collective_numeral_and_nationality_noun(engine, baseline):
    text = "U subotu na volu vyjšli 14 čałaviek, siarod ich čaćviora palakaŭ."
    assert be(engine, baseline, text, "2025-06-22") == [("nationality_count", E1, 4, "PL", None)]


def test_citizens_of_a_country_in_the_genitive(engine, baseline):
    text = "У чацвер вызвалілі 52 чалавекі, сярод іх сем грамадзян Літвы."
    assert be(engine, baseline, text, "2025-09-12") == [("nationality_count", E2, 7, "LT", None)]


def test_adjective_citizens(engine, baseline):
    text = "У чацвер вызвалілі 52 чалавекі, у тым ліку трох літоўскіх грамадзян."
    assert be(engine, baseline, text, "2025-09-12") == [("nationality_count", E2, 3, "LT", None)]


def test_nationality_after_the_freed_and_a_dash(engine, baseline):
    text = "Siarod vyzvalenych u subotu — čatyry hramadzianiny Polščy."
    assert be(engine, baseline, text, "2025-06-22") == [("nationality_count", E1, 4, "PL", None)]


def test_consistent_nationalities_raise_nothing(engine, baseline):
    text = "Сярод 14 вызваленых — трое грамадзянаў Польшчы і двое грамадзян Латвіі."
    assert be(engine, baseline, text, "2025-06-22") == []


def test_destination_in_the_dative(engine, baseline):
    # a group handed to Poland is not the release that went to Lithuania
    assert be(engine, baseline, "У чацвер 50 вызваленых вывезлі ў Польшчу.", "2025-09-12") == []
    assert be(engine, baseline, "У чацвер 50 вызваленых перадалі Літве.", "2025-09-12") == [
        ("release_count", E2, 50, None, None)]


# ---- remaining ----------------------------------------------------------------------------

def test_remaining_in_thousands_in_lacinka(engine, baseline):
    text = "Za kratami ŭ Biełarusi zastajucca kala troch tysiač palitviaźniaŭ."
    assert be(engine, baseline, text, "2025-06-25") == [("remaining_count", None, 3000, None, None)]


def test_remaining_in_range_and_held_women_subcount(engine, baseline):
    text = ("За кратамі застаюцца больш за 1 100 палітвязняў. "
            "У месцах пазбаўлення волі знаходзяцца 170 жанчын.")
    assert be(engine, baseline, text, "2025-10-01") == []


# ---- persons ------------------------------------------------------------------------------

def test_person_freed_in_another_event_in_lacinka(engine, baseline):
    text = "Maryja Kaleśnikava była vyzvalenaja 21 červienia."
    assert be(engine, baseline, text, "2025-12-20") == [("person_status", E1, "freed", None, "Maria Kalesnikava")]


def test_still_held_after_release(engine, baseline):
    text = "Віктар Бабарыка, які па-ранейшаму знаходзіцца ў калоніі, хворы."
    assert be(engine, baseline, text, "2025-12-20") == [("person_status", None, "held", None, "Viktar Babaryka")]


def test_listed_among_the_freed_after_a_dash(engine, baseline):
    text = "Нашы крыніцы: сярод вызваленых у суботу — Анджэй Пачобут!"
    assert be(engine, baseline, text, "2025-06-21") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_not_among_the_freed(engine, baseline):
    assert be(engine, baseline, "У суботу вызвалілі 14 чалавек. Андрэя Пачобута сярод вызваленых няма.",
              "2025-06-22") == []
    assert be(engine, baseline, "U subotu vyzvalili 14 čałaviek. Andžeja Pačobuta siarod vyzvalenych nie akazałasia.",
              "2025-06-22") == []


def test_wife_is_never_freed_with_her_husband(engine, baseline):
    text = "Сьвятлана Ціханоўская, чый муж выйшаў на волю ў суботу, падзякавала ЗША."
    assert be(engine, baseline, text, "2025-06-22") == []
    text = "Муж Святланы Ціханоўскай Сяргей Ціханоўскі выйшаў на волю 13 снежня."
    assert be(engine, baseline, text, "2025-12-14") == [("person_status", E3, "freed", None, "Siarhei Tsikhanouski")]


def test_kin_noun_in_any_case_describes_the_relative(engine, baseline):
    text = "Пасля вызваленьня ў суботу Ціханоўскі сустрэўся з жонкай Сьвятланай Ціханоўскай."
    assert be(engine, baseline, text, "2025-06-22") == []


def test_held_in_a_named_colony(engine, baseline):
    text = "Maryja Kaleśnikava pa-raniejšamu znachodzicca ŭ homielskaj kałonii."
    assert be(engine, baseline, text, "2025-12-20") == [("person_status", None, "held", None, "Maria Kalesnikava")]


def test_wife_named_freed_is_a_contradiction(engine, baseline):
    text = "У суботу на волю выйшла і Śviatłana Cichanoŭskaja."
    assert be(engine, baseline, text, "2025-06-22") == [
        ("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]


def test_case_forms_of_names_stay_with_their_gender():
    from rules.names import load_registry
    registry = load_registry()
    him = [m.person.name for m in registry.find("Разам з Ціханоўскім і Cichanoŭskaha")]
    her = [m.person.name for m in registry.find("Ціханоўскай, Ціханоўскую, Cichanoŭskaj")]
    assert set(him) == {"Siarhei Tsikhanouski"} and set(her) == {"Sviatlana Tsikhanouskaya"}


def test_with_him_another_13_one_each_greeters_and_a_holiday_date(alerts):
    assert alerts("У суботу, 21 чэрвеня, зь ім вызвалілі яшчэ 13 чалавек.", "2025-06-22", language="be") == []
    text = "У чацвер сярод 52 вызваленых былі па адным грамадзяніне Францыі і Вялікабрытаніі."
    assert alerts(text, "2025-09-12", language="be") == []
    text = "У чацвер вызваленых сустракалі родныя і Святлана Ціханоўская."
    assert alerts(text, "2025-09-12", language="be") == []
    text = "У чацвер, 5 сакавіка, Лукашэнка памілаваў 18 асуджаных. Памілаванне прымеркавана да 8 Сакавіка."
    assert alerts(text, "2026-03-06", language="be") == [("new_event", "2026-03-05", 18, None, None)]


def test_since_june_is_cumulative_and_still_in_prisons_is_remaining(alerts):
    assert alerts("З чэрвеня на волю выйшлі больш за 180 чалавек.", "2025-12-20", language="be") == []
    text = "Нягледзячы на вызваленні, у турмах па-ранейшаму больш за тры тысячы чалавек."
    assert alerts(text, "2025-12-20", language="be") == [("remaining_count", None, 3000, None, None)]
