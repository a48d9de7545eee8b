"""Lithuanian (rules/data/lang_lt.toml, names_lt.toml): each test is one class of sentences the
table reads, in sentences written for the test."""
from functools import partial

from rules.lang import load_language
from rules.numbers import find_numbers
from tests.rules.conftest import discrepancies

E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


lt = partial(discrepancies, language="lt")


def values(text):
    return [(n.value, n.relation) for n in find_numbers(text, load_language("lt"))]


# ---- numbers and dates ----------------------------------------------------------------------

def test_spelled_numbers_in_their_cases():
    assert values("šimtą dvidešimt tris kalinius") == [(123, "=")]
    assert values("penkiasdešimt dviem žmonėms") == [(52, "=")]
    assert values("keturiolikos nuteistųjų") == [(14, "=")]
    assert values("daugiau nei tūkstantis du šimtai žmonių") == [(1200, ">=")]
    assert values("apie du su puse tūkstančio kalinių") == [(2500, "~")]
    assert values("šešetas lietuvių") == [(6, "=")]
    assert values("per 60 kalinių") == [(60, ">=")]
    assert values("1 200 politinių kalinių") == [(1200, "=")]


def test_wrong_spelled_total_on_a_weekday(engine, baseline):
    assert lt(engine, baseline, "Šeštadienį buvo paleista šešiolika politinių kalinių.", "2025-06-22") == [
        ("release_count", E1, 16, None, None)]
    assert lt(engine, baseline, "Šeštadienį Minskas paleido šimtą dvidešimt tris kalinius.", "2025-12-14") == []


def test_genitive_date_with_year_first(engine, baseline):
    text = "2025 m. birželio 21 d. Baltarusija išlaisvino 16 žmonių."
    assert lt(engine, baseline, text, "2025-07-10") == [("release_count", E1, 16, None, None)]


def test_accusative_month_then_count_is_no_date(engine, baseline):
    # "birželį 14" is "in June, 14", never "14 June"
    assert lt(engine, baseline, "Birželį paleisti 14 kalinių, tarp jų Siarhejus Cichanouskis.", "2025-07-10") == []


def test_weekday_in_genitive_frame_and_last_weekday(engine, baseline):
    assert lt(engine, baseline, "Šeštadienio vakarą paleisti 16 kalinių.", "2025-06-23") == [
        ("release_count", E1, 16, None, None)]
    assert lt(engine, baseline, "Praėjusį ketvirtadienį Minskas paleido 50 kalinių.", "2025-09-16") == [
        ("release_count", E2, 50, None, None)]


def test_dated_pardon_unknown_to_the_baseline_is_a_new_event(engine, baseline):
    text = "Rugsėjo 16 d. Lukašenka pasigailėjo 25 nuteistųjų."
    assert lt(engine, baseline, text, "2025-09-17") == [("new_event", "2025-09-16", 25, None, None)]


def test_decree_dated_in_the_next_sentence_dates_the_pardon(engine, baseline):
    text = ("Lukašenka pasirašė įsaką, kuriuo malonė suteikta 30 nuteistųjų. "
            "Įsakas pasirašytas rugsėjo 16 d., pranešė jo spaudos tarnyba.")
    assert lt(engine, baseline, text, "2025-09-18") == [("new_event", "2025-09-16", 30, None, None)]


def test_pardon_in_a_month_without_a_baseline_release(engine, baseline):
    assert lt(engine, baseline, "Liepą Lukašenka apmalonino 16 nuteistųjų.", "2025-08-10") == [
        ("new_event", "2025-07", 16, None, None)]


# ---- release predicates and their mood ------------------------------------------------------

def test_release_verbs_and_word_orders(engine, baseline):
    for text in ("Ketvirtadienį į laisvę išėjo 55 politiniai kaliniai.",
                 "Ketvirtadienį Minskas išleido į laisvę 55 politinius kalinius.",
                 "Ketvirtadienį laisvę atgavo 55 žmonės.",
                 "Ketvirtadienį malonė suteikta 55 nuteistiesiems.",
                 "Ketvirtadienį iš Baltarusijos kalėjimų grįžo 55 žmonės."):
        assert lt(engine, baseline, text, "2025-09-12") == [("release_count", E2, 55, None, None)], text


def test_promised_demanded_or_future_release_is_no_release(engine, baseline):
    for text in ("Lukašenka pažadėjo paleisti 1300 politinių kalinių.",
                 "Europos Parlamentas ragina šeštadienį paleisti 150 politinių kalinių.",
                 "JAV tikisi, kad šeštadienį bus paleista dar 30 kalinių.",
                 "Mes šeštadienį paleisime 40 banditų, ir jie vėl kariaus prieš mus?"):
        assert lt(engine, baseline, text, "2025-06-22") == [], text


def test_negated_verb_is_one_word_and_no_release(engine, baseline):
    assert lt(engine, baseline, "Šeštadienį režimas nepaleido 16 žmonių, kaip buvo žadėta.", "2025-06-22") == []


def test_launching_a_rocket_or_a_video_is_no_release(engine, baseline):
    assert lt(engine, baseline, "Šeštadienį Rusija paleido 16 raketų.", "2025-06-22") == []
    assert lt(engine, baseline, "Šeštadienį kontrabandininkai paleido 16 balionų su cigaretėmis.", "2025-06-22") == []


def test_release_by_another_state_in_a_compound_country_name(engine, baseline):
    # "Rusija" inside "Baltarusija" is no other agent; "Rusija" alone is
    assert lt(engine, baseline, "Šeštadienį Baltarusija paleido 16 kalinių.", "2025-06-22") == [
        ("release_count", E1, 16, None, None)]
    assert lt(engine, baseline, "Šeštadienį mainais Rusija paleido 16 kalinių.", "2025-06-22") == []


def test_verbless_headline_from_prison(engine, baseline):
    text = "Iš Lukašenkos kalėjimų – septyni lietuviai!"
    assert lt(engine, baseline, text, "2025-09-12") == [("nationality_count", E2, 7, "LT", None)]


# ---- counts: parts, lists, totals -----------------------------------------------------------

def test_name_and_13_more_is_14(engine, baseline):
    for text in ("Šeštadienį paleisti Siarhejus Cichanouskis ir dar 13 žmonių.",
                 "Šeštadienį paleisti Siarhejus Cichanouskis ir 13 kitų kalinių.",
                 "Kartu su Siarhejumi Cichanouskiu šeštadienį paleisti dar 13 žmonių."):
        assert lt(engine, baseline, text, "2025-06-22") == [], text


def test_one_of_the_freed_is_a_part(engine, baseline):
    text = "Šeštadienį paleisti 14 žmonių. Vienas paleistųjų į Lietuvą nevažiavo."
    assert lt(engine, baseline, text, "2025-06-22") == []


def test_sub_counts_by_destination_and_of_them(engine, baseline):
    text = ("Šeštadienį Baltarusija paleido 123 politinius kalinius, devyni iš jų buvo paleisti per "
            "Lietuvą, likę – per Ukrainą. Iš viso 114 paleistųjų buvo perkelti į Ukrainą.")
    assert lt(engine, baseline, text, "2025-12-13") == []


def test_foreigners_are_a_subgroup(engine, baseline):
    text = "Ketvirtadienį malonė suteikta 14 užsieniečių."
    assert lt(engine, baseline, text, "2025-09-12") == []


def test_count_to_a_destination_named_before_the_verb(engine, baseline):
    text = "Ketvirtadienį į Lietuvą buvo atvežti 50 politinių kalinių."
    assert lt(engine, baseline, text, "2025-09-12") == [("release_count", E2, 50, None, None)]


def test_bound_satisfied_is_no_contradiction(engine, baseline):
    assert lt(engine, baseline, "Šeštadienį Baltarusija paleido daugiau nei 100 politinių kalinių.", "2025-12-14") == []
    assert lt(engine, baseline, "Šeštadienį paleista ne mažiau kaip 10 kalinių.", "2025-06-22") == []


def test_cumulative_totals_are_not_one_release(engine, baseline):
    for text in ("Nuo 2024 m. liepos Lukašenka pasigailėjo daugiau nei 300 žmonių.",
                 "Birželį ir rugsėjį iš viso paleista per 60 kalinių.",
                 "Iki šiol režimas paleido daugiau nei 400 kalinių."):
        assert lt(engine, baseline, text, "2025-10-02") == [], text


def test_numbers_about_other_things(engine, baseline):
    for text in ("Šeštadienį paleistas Cichanouskis buvo nuteistas 18 metų kalėjimo.",
                 "Šeštadienį prie ambasados sustojo 3 autobusai, apie 20 val. paleistieji išlipo.",
                 "Šeštadienį Lukašenka gavo 86 proc. balsų."):
        assert lt(engine, baseline, text, "2025-06-22") == [], text


def test_report_back_and_recap_keep_their_own_dates(engine, baseline):
    text = ("Primename, kad gruodžio 13 d. Baltarusija paleido 123 politinius kalinius. "
            "Sausio 9 d. Lukašenka pasigailėjo dar 18 nuteistųjų.")
    assert lt(engine, baseline, text, "2026-01-10") == [("new_event", "2026-01-09", 18, None, None)]


# ---- nationalities --------------------------------------------------------------------------

def test_nationality_nouns_in_their_cases(engine, baseline):
    assert lt(engine, baseline, "Tarp šeštadienį paleistųjų – trys lenkai, du latviai ir vienas estas.",
              "2025-06-22") == []
    assert lt(engine, baseline, "Šeštadienį paleisti 14 kalinių, tarp jų – keturi lenkai.", "2025-06-22") == [
        ("nationality_count", E1, 4, "PL", None)]
    text = "Šeštadienį malonė suteikta 14 kalinių: keturiems lenkams, dviem latviams ir vienam estui."
    assert lt(engine, baseline, text, "2025-06-22") == [("nationality_count", E1, 4, "PL", None)]


def test_citizens_of_a_country_in_the_genitive(engine, baseline):
    for text in ("Ketvirtadienį paleisti 52 kaliniai, tarp jų septyni Lietuvos piliečiai.",
                 "Ketvirtadienį paleisti 52 kaliniai, tarp jų – septyni piliečiai iš Lietuvos.",
                 "Ketvirtadienį paleisti 52 kaliniai, iš jų septyni – Lietuvos Respublikos piliečiai."):
        assert lt(engine, baseline, text, "2025-09-12") == [("nationality_count", E2, 7, "LT", None)], text
    assert lt(engine, baseline, "Ketvirtadienį paleisti 52 kaliniai, tarp jų šešetas lietuvių.", "2025-09-12") == []


def test_its_citizens_take_the_country_named_before(engine, baseline):
    assert lt(engine, baseline, "Lenkijos URM pranešė, kad šeštadienį paleisti keturi jos piliečiai.",
              "2025-06-22") == [("nationality_count", E1, 4, "PL", None)]


# ---- remaining ------------------------------------------------------------------------------

def test_remaining_counts(engine, baseline):
    assert lt(engine, baseline, "Baltarusijoje vis dar kalinama apie 3000 politinių kalinių.", "2025-10-01") == [
        ("remaining_count", None, 3000, None, None)]
    assert lt(engine, baseline, "Baltarusijos kalėjimuose tebėra beveik 1200 politinių kalinių.", "2025-10-01") == []
    assert lt(engine, baseline, "Šalyje kalinama apie du su puse tūkstančio politinių kalinių.", "2025-10-01") == [
        ("remaining_count", None, 2500, None, None)]


def test_the_rest_of_a_group_is_no_remaining_count(engine, baseline):
    text = "Šeštadienį paleisti 123 politiniai kaliniai, devyni iš jų – per Lietuvą, likę – per Ukrainą."
    assert lt(engine, baseline, text, "2025-12-14") == []


# ---- persons --------------------------------------------------------------------------------

def test_persons_in_case_forms_freed_in_the_wrong_event(engine, baseline):
    assert lt(engine, baseline, "Lukašenka rugsėjo 11-ąją paleido Cichanouskį.", "2025-10-02") == [
        ("person_status", E2, "freed", None, "Siarhei Tsikhanouski")]
    assert lt(engine, baseline, "Tarp rugsėjo 11 d. paleistųjų – Nobelio premijos laureatas Alesis Bialiackis.",
              "2025-10-02") == [("person_status", E2, "freed", None, "Ales Bialiatski")]
    assert lt(engine, baseline, "Šeštadienį paleistas ir Andžejus Počobutas.", "2025-06-22") == [
        ("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_wife_and_husband_stay_apart(engine, baseline):
    assert lt(engine, baseline, "Šeštadienį paleista ir Sviatlana Cichanouskaja.", "2025-06-22") == [
        ("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]
    for text in ("Šeštadienį paleistas Sviatlanos Cichanouskajos vyras Siarhejus Cichanouskis.",
                 "Šeštadienį paleistas Siarhejus Cichanouskis, opozicijos lyderės Sviatlanos Cichanouskajos vyras.",
                 "Sviatlana Cichanouskaja, kurios vyras buvo paleistas šeštadienį, padėkojo JAV.",
                 "Šeštadienį paleistaisiais rūpinasi Sviatlanos Cichanouskajos biuras."):
        assert lt(engine, baseline, text, "2025-06-22") == [], text


def test_a_greeter_or_speaker_is_not_freed(engine, baseline):
    for text in ("Šeštadienį paleistuosius pasitiko ir Sviatlana Cichanouskaja.",
                 "Šeštadienį paleisti kaliniai susitiko su Sviatlana Cichanouskaja.",
                 "„Džiaugiuosi, kad šeštadienį paleisti 14 žmonių“, – sakė Sviatlana Cichanouskaja.",
                 "Sviatlana Cichanouskaja šeštadienį pasveikino paleistuosius."):
        assert lt(engine, baseline, text, "2025-06-22") == [], text


def test_reporting_clause_after_a_comma_is_someone_else_speaking(engine, baseline):
    text = "Tarp šeštadienį paleistųjų – ir Sviatlana Cichanouskaja, pranešė šaltiniai."
    assert lt(engine, baseline, text, "2025-06-22") == [
        ("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]


def test_person_not_among_the_freed(engine, baseline):
    for text in ("Šeštadienį paleisti 14 kalinių, tačiau Andžejus Počobutas nebuvo tarp jų.",
                 "Šeštadienį paleisti 14 kalinių. Andžejaus Počobuto tarp paleistųjų nėra.",
                 "Andžejus Počobutas tarp šeštadienį paleistųjų nebuvo – jis tebėra kalinamas.",
                 "Šeštadienį paleisti 14 kalinių, o Andžejus Počobutas liko kalėjime.",
                 "Šeštadienį paleisti visi bylos dalyviai, išskyrus Andžejų Počobutą."):
        assert lt(engine, baseline, text, "2025-06-22") == [], text


def test_still_held_after_being_freed(engine, baseline):
    assert lt(engine, baseline, "Maryja Kalesnikava vis dar kalinama kolonijoje.", "2025-12-20") == [
        ("person_status", None, "held", None, "Maria Kalesnikava")]
    assert lt(engine, baseline, "Andžejus Počobutas ir toliau kalinamas kolonijoje.", "2025-06-25") == []


def test_pronoun_refers_to_the_person_named_before(engine, baseline):
    text = "Viktaras Babaryka kalėjime praleido penkerius metus. Jis buvo paleistas rugsėjo 11 d."
    assert lt(engine, baseline, text, "2025-10-02") == [("person_status", E2, "freed", None, "Viktar Babaryka")]


def test_not_among_them_before_the_name(engine, baseline):
    text = "Šeštadienį paleisti 14 kalinių. Tarp jų nebuvo Andžejaus Počobuto."
    assert lt(engine, baseline, text, "2025-06-22") == []


def test_epithet_opening_a_sentence_refers_to_the_last_person(engine, baseline):
    text = "Kalbama apie Alesį Bialiackį. Nobelio taikos premijos laureatas buvo paleistas rugsėjo 11 d."
    assert lt(engine, baseline, text, "2025-09-20") == [("person_status", E2, "freed", None, "Ales Bialiatski")]


def test_husband_named_by_first_name_in_a_whose_clause(engine, baseline):
    text = "Sviatlana Cichanouskaja, kurios vyras Siarhejus buvo paleistas rugsėjį, padėkojo JAV."
    assert lt(engine, baseline, text, "2025-10-02") == [("person_status", E2, "freed", None, "Siarhei Tsikhanouski")]
    text = "Sviatlana Cichanouskaja, kurios vyras Siarhejus buvo paleistas birželį, padėkojo JAV."
    assert lt(engine, baseline, text, "2025-10-02") == []


def test_together_with_him_another_n_is_n_plus_one(engine, baseline):
    first = "Birželio 21 d. paleistas Siarhejus Cichanouskis. "
    assert lt(engine, baseline, first + "Kartu su juo į laisvę išėjo dar 13 žmonių.", "2025-06-23") == []
    assert lt(engine, baseline, first + "Kartu su juo į laisvę išėjo dar 14 žmonių.", "2025-06-23") == [
        ("release_count", E1, 15, None, None)]


def test_count_of_political_prisoners_stated_as_a_number(engine, baseline):
    assert lt(engine, baseline, "Politinių kalinių skaičius Baltarusijoje siekia 3000.", "2025-09-12") == [
        ("remaining_count", None, 3000, None, None)]
    assert lt(engine, baseline, "Ketvirtadienį paleistų politinių kalinių skaičius siekia 55.", "2025-09-12") == [
        ("release_count", E2, 55, None, None)]


def test_a_source_attribution_is_no_remaining_count(engine, baseline):
    assert lt(engine, baseline, "BNS duomenimis, ketvirtadienį paleista 150 žmonių.", "2025-09-12") == [
        ("release_count", E2, 150, None, None)]


def test_citizenship_holders_and_the_freed_who_are_citizens(engine, baseline):
    for text in ("Ketvirtadienį paleisti 52 kaliniai, tarp jų penki Lietuvos pilietybę turintys asmenys.",
                 "Ketvirtadienį paleisti 52 kaliniai. Penki paleistieji yra Lietuvos piliečiai.",
                 "Ketvirtadienį paleisti 52 kaliniai. Penki iš jų – Lietuvos piliečiai."):
        assert lt(engine, baseline, text, "2025-09-12") == [("nationality_count", E2, 5, "LT", None)], text


def test_part_of_a_spelled_whole(engine, baseline):
    assert lt(engine, baseline, "Trys iš keturiolikos šeštadienį paleistųjų – Lenkijos piliečiai.", "2025-06-22") == []
    assert lt(engine, baseline, "Keturi iš keturiolikos šeštadienį paleistųjų – Lenkijos piliečiai.", "2025-06-22") == [
        ("nationality_count", E1, 4, "PL", None)]


def test_unconfirmed_figure_is_only_a_candidate(engine, baseline):
    text = "Pagal nepatvirtintą informaciją, ketvirtadienį paleisti 60 žmonių."
    assert lt(engine, baseline, text, "2025-09-12") == []


def test_not_among_the_freed_before_a_long_genitive_apposition(engine, baseline):
    text = ("Šeštadienį paleisti 14 kalinių. Tarp paleistųjų nebuvo lenkų kilmės žurnalisto "
            "Andžejaus Počobuto, kuris tebėra kalinamas kolonijoje.")
    assert lt(engine, baseline, text, "2025-06-21") == []


def test_its_own_citizens_after_an_attribute(engine, baseline):
    text = "Šeštadienį paleisti 14 kalinių. Latvijos URM pranešė apie keturis išlaisvintus savo piliečius."
    assert lt(engine, baseline, text, "2025-06-22") == [("nationality_count", E1, 4, "LV", None)]
