"""Golden tests for general mechanisms: sections, tables, list items, appositions, sub-counts.

Every sentence here is written for the test; none is taken from a corpus article.
"""
import datetime as dt

from rules.model import Article
from tests.rules.conftest import discrepancies

E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


def test_place_name_after_to_is_not_an_infinitive(alerts):
    text = ("Back in September the families waited at the border. "
            "That month, when the envoy's trip to Minsk freed 52 detainees, seven of them were Lithuanian citizens.")
    assert alerts(text, "2025-10-20") == [("nationality_count", E2, 7, "LT", None)]


def test_infinitive_release_stays_unreal(alerts):
    assert alerts("Washington wants Minsk to free 300 more prisoners.", "2025-09-12") == []


def test_month_heading_scopes_the_section(engine, baseline):
    text = ("Looking back\n20 December 2025\nSeptember\n"
            "The second envoy negotiates freedom for 52 prisoners in exchange for airline relief.\n"
            "December\nAnother 123 detainees are pardoned and driven to the border.")
    assert discrepancies(engine, baseline, text, "2025-12-20") == []


def test_heading_scope_ends_at_next_heading(engine, baseline):
    text = ("June\nThe first group of 14 is released to Lithuania.\n"
            "What came next\nCoale secured the release of 52 prisoners after long talks.")
    assert discrepancies(engine, baseline, text, "2025-09-20") == []


def test_dateline_does_not_scope(engine, baseline):
    text = "2 October 2025\nThe envoy freed 52 people in talks with Minsk."
    assert discrepancies(engine, baseline, text, "2025-10-02") == []


def test_one_of_them_in_next_paragraph_is_freed(alerts):
    text = ("Two Polish nationals were among the 14 people Minsk released on Saturday.\n"
            "One of them is Andrzej Poczobut, a reporter whose case drew wide attention.")
    assert sorted(alerts(text, "2025-06-23"), key=str) == sorted(
            [("person_status", E1, "freed", None, "Andrzej Poczobut"),
             ("nationality_count", E1, 2, "PL", None)], key=str)


def test_whose_clause_before_release_is_not_a_release(alerts):
    text = "Sviatlana Tsikhanouskaya, whose husband was freed on Saturday, thanked Washington."
    assert alerts(text, "2025-06-22") == []


def test_name_heading_and_opening_clause_pronoun(engine, baseline):
    text = ("Women still waiting\nMaria Kalesnikava\n"
            "The musician has become a symbol for many supporters abroad. "
            "Jailed since 2020, she is still held in a penal colony far from her family.")
    assert discrepancies(engine, baseline, text, "2026-02-01") == [
        ("person_status", None, "held", None, "Maria Kalesnikava")]


def test_pronoun_does_not_jump_over_an_unknown_name(alerts):
    text = ("Maria Kalesnikava was freed in December. Olga Petrenko stayed behind. "
            "She is still held in a colony in Gomel.")
    assert alerts(text, "2026-02-01") == []


def test_pronoun_after_opening_clause_naming_someone_else(alerts):
    text = "Maria Kalesnikava was freed in December. After Babaryka spoke, she is still held, a guard claimed."
    assert ("person_status", None, "held", None, "Maria Kalesnikava") not in alerts(text, "2026-02-01")


def test_table_dated_by_its_caption_row(engine, baseline):
    text = ("| Detainees freed on 21 June 2025, by country |  |\n|---|---|\n"
            "| Country | Count |\n| Poland | 3 |\n| Estonia | 2 |\n| Total | 14 |")
    assert discrepancies(engine, baseline, text, "2025-06-25") == [("nationality_count", E1, 2, "EE", None)]


def test_table_dated_by_heading_above(engine, baseline):
    text = ("Freed on 11 September 2025\n| Country | Count |\n|---|---|\n"
            "| Lithuania | 5 |\n| Total | 52 |")
    assert discrepancies(engine, baseline, text, "2025-09-20") == [("nationality_count", E2, 5, "LT", None)]


def test_caption_without_release_word_is_not_a_release_table(engine, baseline):
    text = ("| Sentences handed down on 21 June 2025 |  |\n|---|---|\n"
            "| Poland | 7 |\n| Total | 30 |")
    assert discrepancies(engine, baseline, text, "2025-06-25") == []


def test_label_value_line_in_a_fact_box(alerts):
    text = ("- Released: 52 detainees pardoned on Thursday.\n- Estonians among them: 3\n"
            "- Seats in parliament: 110")
    assert alerts(text, "2025-09-13") == []     # no baseline figure for EE in e2; seats are not people


def test_label_value_nationality_counts_against_baseline(alerts):
    text = "- Released: 14 people let go on Saturday.\n- Latvian citizens among them: 5."
    assert alerts(text, "2025-06-22") == [("nationality_count", E1, 5, "LV", None)]


def test_among_them_without_a_release_is_not_a_release_count(alerts):
    text = "Viasna lists about 1,150 political prisoners. Latvian citizens among them: 5."
    assert alerts(text, "2025-06-22") == []


def test_person_in_apposition_describing_another_is_not_freed(alerts):
    text = ("Freed on Saturday was the video blogger Siarhei Tsikhanouski, husband of the "
            "opposition figure Sviatlana Tsikhanouskaya, who fled abroad in 2020.")
    assert alerts(text, "2025-06-22") == []


def test_wife_named_as_freed_still_alerts(alerts):
    text = "Sviatlana Tsikhanouskaya was freed on Saturday together with her husband."
    assert alerts(text, "2025-06-22") == [("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]


def test_part_of_a_larger_group_is_a_sub_count(alerts):
    text = "Four buses carried 110 people freed on 13 December, part of a larger group of 123."
    assert alerts(text, "2025-12-14") == []


def test_count_at_a_named_crossing_is_a_sub_count(check):
    report = check("At the Kobryn checkpoint near Poland, 40 released prisoners stepped off on 13 December.",
                   "2025-12-14")
    assert report.discrepancies == []


def test_russian_over_a_hundred_is_not_hundreds(engine, baseline):
    article = Article("Более сотни заключённых освободили 13 декабря.", published=dt.date(2025, 12, 14),
                      language="ru")
    claims = [(c.value, c.relation) for c in engine.check(article, baseline).claims
              if c.kind == "release_count"]
    assert claims == [(100, ">=")]


def test_russian_bare_hundreds_stay_vague(engine, baseline):
    from rules.numbers import find_numbers
    lang = engine.langs["ru"]
    assert [(n.value, n.relation) for n in find_numbers("Сотни людей остаются за решёткой.", lang)] == [(200, ">=")]


def test_russian_count_then_dash_citizens(engine, baseline):
    article = Article("Шестеро освобождённых — граждане Латвии, сообщили 22 июня после освобождения 21 июня.",
                      published=dt.date(2025, 6, 22), language="ru")
    claims = [(c.kind, c.value, c.country) for c in engine.check(article, baseline).claims
              if c.kind in ("release_count", "nationality_count")]
    assert claims == [("nationality_count", 6, "LV")]


def test_count_of_the_freed_were_citizens(alerts):
    assert alerts("Four of the freed were Estonian citizens, Tallinn said of Saturday's release.",
                  "2025-06-22") == [("nationality_count", E1, 4, "EE", None)]


def test_russian_up_to_a_thousand_is_a_bound(engine):
    from rules.numbers import find_numbers
    nums = find_numbers("Могут выйти ещё до тысячи человек.", engine.langs["ru"])
    assert [(n.value, n.relation) for n in nums] == [(1000, "<=")]


def test_handed_prisoners_to_an_envoy_is_a_release(alerts):
    text = "After the envoy landed in Minsk in June, the Belarusian leader handed him 17 prisoners as a gift."
    assert alerts(text, "2025-11-01") == [("release_count", E1, 17, None, None)]


def test_handed_a_sentence_is_not_a_release(alerts):
    assert alerts("In June a court handed him 20 years in a penal colony.", "2025-11-01") == []


def test_recalled_event_does_not_absorb_an_undated_release(alerts):
    text = ("Minsk announced pardons for 31 convicts ahead of the holidays.\n"
            "Recall that on 13 December 123 prisoners were released after talks with Washington.")
    assert alerts(text, "2025-12-29") == [("new_event", "2025-12-29", 31, None, None)]


def test_undated_count_without_a_recap_stays_on_the_recent_event(alerts):
    text = "Minsk pardoned 31 convicts after talks with Washington, officials said."
    assert alerts(text, "2025-12-20") == [("release_count", E3, 31, None, None)]


def test_russian_recap(engine, baseline):
    article = Article("Лукашенко помиловал 18 осуждённых.\nНапомним, 13 декабря на свободу вышли 123 человека.",
                      published=dt.date(2025, 12, 28), language="ru")
    found = [(d.kind, d.event) for d in engine.check(article, baseline).discrepancies]
    assert found == [("new_event", "2025-12-28")]


def test_large_bound_tied_to_a_dated_release_is_a_total(alerts):
    assert alerts("On Saturday, Lukashenko released more than 500 prisoners.", "2025-06-22") == [
        ("release_count", E1, 500, None, None)]


def test_large_bound_without_a_stated_date_is_a_population(alerts):
    assert alerts("Lukashenko has released about 600 people over the past ten months.", "2025-06-22") == []


def test_large_future_figure_is_not_a_total(alerts):
    assert alerts("Roughly 1,000 more prisoners could be freed, the envoy said on Saturday.", "2025-06-22") == []


def test_label_value_with_a_verb_label(alerts):
    text = "Key numbers\n- Released on Saturday: 16\n- Years served by the best-known: 5"
    assert alerts(text, "2025-06-23") == [("release_count", E1, 16, None, None)]


def test_relative_clause_after_an_apposition_naming_another_person(alerts):
    text = ("Among those freed on Saturday was Ihar Karnei, a colleague of the blogger "
            "Andrzej Poczobut, who remains in prison.")
    assert alerts(text, "2025-06-23") == []


def test_recap_does_not_turn_bare_release_mentions_into_new_events(alerts):
    text = ("The freed prisoners described the bus journey to the border.\n"
            "Recall that on 13 December 123 prisoners were released after talks with Washington.")
    assert alerts(text, "2025-12-20") == []
