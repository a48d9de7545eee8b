"""Golden tests for mechanisms that must generalise beyond the tuned corpora: relatives and
descriptive phrases, cumulative totals, future releases, release predicates.

Every sentence here is written for the test; none is taken from a corpus article.
"""
from functools import partial

from tests.rules.conftest import discrepancies


E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


_ru = partial(discrepancies, language="ru")


def test_wife_after_possessive_is_not_freed(alerts):
    text = ("Minsk freed 14 prisoners on Saturday; Siarhei Tsikhanouski was greeted in Vilnius "
            "by his wife, Sviatlana Tsikhanouskaya.")
    assert alerts(text, "2025-06-22") == []


def test_wife_without_comma_is_not_freed(alerts):
    text = "On Saturday Siarhei Tsikhanouski, freed with 13 others, hugged his wife Sviatlana Tsikhanouskaya."
    assert alerts(text, "2025-06-22") == []


def test_long_descriptive_of_phrase_is_not_freed(alerts):
    text = ("Those freed on Saturday include Siarhei Tsikhanouski, spouse of the exiled leader of the "
            "democratic movement Sviatlana Tsikhanouskaya.")
    assert alerts(text, "2025-06-22") == []


def test_named_wife_in_list_of_freed_is_still_freed(alerts):
    text = "On Saturday Minsk freed 14 prisoners, among them Sviatlana Tsikhanouskaya."
    assert alerts(text, "2025-06-22") == [("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]


def test_sum_of_releases_is_cumulative(alerts):
    text = "Counting the December group, Minsk has freed 189 prisoners under U.S. mediation."
    assert alerts(text, "2025-12-20") == []


def test_total_over_several_releases_is_cumulative(alerts):
    text = "Across the three U.S.-brokered releases, 200 prisoners were freed in December and before."
    assert alerts(text, "2025-12-20") == []


def test_single_release_count_still_alerts(alerts):
    text = "On Saturday Minsk freed 150 prisoners after the potash talks."
    assert alerts(text, "2025-12-14") == [("release_count", E3, 150, None, None)]


def test_readiness_to_take_in_freed_again_is_not_a_release(alerts):
    text = ("Poland, which took in the freed detainees last time, says it is ready to do so again "
            "once talks resume.")
    assert alerts(text, "2025-11-20") == []


def test_conditional_release_is_not_a_release(alerts):
    assert alerts("More detainees could walk free if the talks on fertiliser go well.", "2025-11-20") == []


def test_attributive_freed_is_not_a_new_release(alerts):
    assert alerts("A charity in Warsaw now runs a hostel for the freed prisoners.", "2025-11-20") == []


def test_dated_release_still_reported_despite_modal(alerts):
    text = "On 5 November Minsk pardoned a group of prisoners, a move that could ease tensions."
    assert alerts(text, "2025-11-06") == [("new_event", "2025-11-05", None, None, None)]


def test_russian_place_qualified_subcount_is_not_the_total(engine, baseline):
    text = "В субботу Бабарико оказался среди сорока освобождённых, которых доставили в Литву."
    assert _ru(engine, baseline, text, "2025-12-14") == []


def test_russian_sentence_initial_name_can_be_freed(engine, baseline):
    text = "Бабарико вышел на свободу ещё в июне, вместе с Сергеем Тихановским."
    assert _ru(engine, baseline, text, "2025-12-20") == [("person_status", E1, "freed", None, "Viktar Babaryka")]


def test_guard_patterns_never_match_empty_text(engine):
    """A guard ("by ...", "X's ...", "the laureate ...") that matches empty text would veto
    every sentence-initial or sentence-final name."""
    guards = ("by_before", "relative_after", "epithet_subject", "kin_before", "speaks_after",
              "whose", "whose_kin_before", "held_before", "media_before", "attributive_before", "held", "exiled")
    for lang in engine.langs.values():
        assert [g for g in guards if lang.patterns[g].search("")] == [], lang.code


def test_regained_freedom_is_a_release(alerts):
    text = "After Saturday's deal in Minsk, four Estonian citizens have regained their freedom."
    assert alerts(text, "2025-06-22") == [("nationality_count", E1, 4, "EE", None)]


def test_returned_home_counts_after_a_reported_release(alerts):
    text = ("On Thursday Belarus pardoned 52 prisoners after the Belavia talks. "
            "The government in Vilnius said nine Lithuanian citizens had returned home.")
    assert alerts(text, "2025-09-12") == [("nationality_count", E2, 9, "LT", None)]


def test_returned_home_without_a_release_is_nothing(alerts):
    text = "Nine Lithuanian citizens had returned home from the trade fair in Minsk on Thursday."
    assert alerts(text, "2025-09-12") == []


def test_arrival_with_the_freed_group_is_a_release(alerts):
    text = ("Belarus pardoned 52 prisoners on 11 September after talks on Belavia. "
            "Among those who reached the border that day was Ales Bialiatski.")
    assert alerts(text, "2025-09-20") == [("person_status", E2, "freed", None, "Ales Bialiatski")]


def test_companion_of_a_freed_person_is_freed(alerts):
    text = ("On Saturday Minsk freed 14 prisoners. Siarhei Tsikhanouski was the first off the bus. "
            "Alongside him walked Andrzej Poczobut, smiling at the cameras.")
    assert alerts(text, "2025-06-23") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_still_held_after_adverb_and_pronoun_without_release_context(alerts):
    text = ("Maria Kalesnikava trained as a flautist in Stuttgart. "
            "Today she is still serving her sentence in a colony in Homel.")
    assert alerts(text, "2026-01-15") == [("person_status", None, "held", None, "Maria Kalesnikava")]


def test_now_left_is_a_remaining_count(alerts):
    text = "By our estimate, fewer than 400 political prisoners are now left in Belarusian colonies."
    assert alerts(text, "2025-12-20") == [("remaining_count", None, 400, None, None)]


def test_people_who_left_the_country_are_not_remaining(alerts):
    assert alerts("About 300 people were left the country after the trial, relatives said.", "2025-12-20") == []


def test_exile_word_belongs_to_the_nearest_name(alerts):
    text = "On Saturday Minsk freed Maria Kalesnikava, a friend of the exiled leader Sviatlana Tsikhanouskaya."
    assert alerts(text, "2025-06-22") == [("person_status", E1, "freed", None, "Maria Kalesnikava")]


def test_exiled_person_is_still_exiled(alerts):
    text = "On Saturday Minsk freed 14 prisoners; the exiled leader Sviatlana Tsikhanouskaya thanked Washington."
    assert alerts(text, "2025-06-22") == []


def test_set_free_is_a_release(alerts):
    assert alerts("On Saturday, five Polish nationals were set free by Minsk.", "2025-06-22") == [
        ("nationality_count", E1, 5, "PL", None)]


def test_wife_after_a_possessive_name_is_not_freed(alerts):
    text = ("Tsikhanouski's wife, Sviatlana Tsikhanouskaya, stood at the checkpoint as 14 detainees "
            "were freed on Saturday.")
    assert alerts(text, "2025-06-22") == []
