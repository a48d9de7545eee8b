"""A count is read as a frame: the release predicate it belongs to and that predicate's mood.
Every sentence here is written for the test; none is taken from a corpus article."""

import pytest

E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


def test_count_of_an_offered_release_is_not_a_release(alerts):
    text = ("The president offered on Saturday to let another 900 prisoners go free if they emigrate, "
            "weeks after releasing the blogger Siarhei Tsikhanouski.")
    assert alerts(text, "2025-06-22") == []


def test_count_of_a_demanded_release_is_not_a_release(alerts):
    text = "On Thursday the envoys called for the release of a further 1,150 prisoners still held."
    assert alerts(text, "2025-09-12") == []
    text = "Diplomats discussed freeing some 300 more detainees at the talks in Minsk on Saturday."
    assert alerts(text, "2025-12-14") == []


def test_count_of_a_done_release_beside_a_demanded_one_still_counts(alerts):
    text = "Minsk freed 16 prisoners on Saturday, and the envoy demanded the release of 1,150 more."
    assert alerts(text, "2025-06-22") == [("release_count", E1, 16, None, None)]


def test_approximate_count_off_the_baseline_is_a_candidate_not_an_alert(check):
    report = check("Reports on Saturday said roughly a dozen prisoners had been freed.", "2025-06-22")
    assert report.discrepancies == []
    assert [(d.kind, d.claimed) for d in report.candidates] == [("release_count", 12)]


def test_ratio_is_not_a_count(alerts):
    text = "On Saturday, critics said, for every 7 prisoners freed, eight more are arrested."
    assert alerts(text, "2025-06-22") == []


def test_count_of_foreign_citizens_is_a_subgroup(alerts):
    text = "On Thursday 11 people holding foreign passports were among the 52 freed."
    assert alerts(text, "2025-09-12") == []
    text = "Belta said 12 foreign nationals were among those released on Thursday."
    assert alerts(text, "2025-09-12") == []


def test_with_him_another_n_is_n_plus_one(alerts):
    text = "Together with Tsikhanouski, another 13 prisoners were freed on Saturday."
    assert alerts(text, "2025-06-22") == []
    text = "Along with him, 13 more people walked free on 21 June."
    assert alerts(text, "2025-06-22") == []


def test_nationality_counts_stated_as_members_of_the_group(alerts):
    text = "Who was released? Four Estonians and three Poles were in the group, officials said."
    assert alerts(text, "2025-06-25") == [("nationality_count", E1, 4, "EE", None)]


def test_unconfirmed_figure_is_a_candidate(check):
    report = check("Unconfirmed: a channel on Telegram says 17 prisoners were freed on Saturday.", "2025-06-21")
    assert report.discrepancies == []
    assert [(d.kind, d.claimed) for d in report.candidates] == [("release_count", 17)]


def test_habitual_release_is_not_an_event(alerts):
    text = "The Belarusian leader has been releasing small groups of prisoners ahead of the vote."
    assert alerts(text, "2024-11-21") == []


def test_undated_release_in_the_body_is_a_candidate_but_the_headline_is_pushed(check):
    report = check("The authorities freed an elderly activist, her lawyer said.", "2024-10-02")
    assert report.discrepancies == [] and [d.kind for d in report.candidates] == ["new_event"]
    report = check("Body text without news.", "2024-10-02", title="Minsk frees an elderly activist")
    assert [d.kind for d in report.discrepancies] == ["new_event"]


def test_timeline_row_text_is_read_on_the_rows_date(alerts):
    text = ("| Date | Envoy | Freed | Notes |\n|---|---|---|---|\n"
            "| 11 September 2025 | John Coale | 52 | foreigners among them, seven Lithuanians |")
    assert alerts(text, "2025-12-20") == [("nationality_count", E2, 7, "LT", None)]


def test_number_repeated_in_brackets_is_one_number(alerts):
    text = "On Thursday, 11 September, Belarus liberated fifty (50) political prisoners."
    assert alerts(text, "2025-09-12") == [("release_count", E2, 50, None, None)]


def test_release_by_another_state_is_not_a_release(alerts):
    text = "A day earlier, on Tuesday, Russia freed an American teacher in a separate exchange."
    assert alerts(text, "2025-02-13") == []


def test_same_figure_as_a_dated_new_release_is_that_release(alerts):
    text = ("Belarus frees 250 prisoners as U.S. drops its remaining potash curbs\n"
            "Belarus released 250 political prisoners on Thursday, 19 March, the embassy said.")
    assert alerts(text, "2026-03-20") == [("new_event", "2026-03-19", 250, None, None)]


def test_two_named_and_12_others_is_14(alerts):
    text = "On Saturday Siarhei Tsikhanouski and Natallia Dulina walked free together with 12 other prisoners."
    assert alerts(text, "2025-06-22") == []


def test_count_in_a_clause_about_a_possible_release_is_not_a_release(alerts):
    text = "Without those guarantees, a release of 100 people next month would be a mere transaction."
    assert alerts(text, "2025-09-20") == []


def test_named_with_a_relative_in_a_whose_clause_and_13_others_is_14(alerts):
    text = ("On Saturday Belarus released Siarhei Tsikhanouski, the blogger whose wife Sviatlana "
            "leads the opposition, together with 13 other prisoners.")
    assert alerts(text, "2025-06-22") == []


def test_each_count_takes_the_month_that_follows_it(alerts):
    text = "The December release was larger than the 14 freed in June and the 52 freed in September."
    assert alerts(text, "2025-12-20") == []
    text = "Fourteen were freed in June and 50 in September."
    assert alerts(text, "2025-12-20") == [("release_count", E2, 50, None, None)]


def test_a_corrected_figure_is_a_candidate(check):
    text = "Correction: an earlier version of this article said that Belarus had freed 50 prisoners on Thursday."
    report = check(text, "2025-09-13")
    assert report.discrepancies == [] and [d.claimed for d in report.candidates] == [50]


def test_in_total_with_a_stated_day_is_that_days_total(alerts):
    assert alerts("In total, 114 prisoners were freed on Saturday, 13 December.", "2025-12-14") == \
        [("release_count", E3, 114, None, None)]
    assert alerts("In total, 189 prisoners have been freed in the deals.", "2025-12-20") == []


def test_date_and_context_naming_different_releases_abstain(check):
    report = check("On 11 September, as Keith Kellogg met Lukashenko, 16 prisoners were freed.", "2025-09-12")
    assert report.discrepancies == [] and [d.claimed for d in report.candidates] == [16]


def test_count_beyond_a_colon_from_the_release_is_not_its_count(alerts):
    text = "In place of the freed come new prisoners: this year 509 people were given the status."
    assert alerts(text, "2025-12-20") == []


def test_a_report_of_a_decree_the_day_after_is_the_same_new_release(alerts):
    text = ("On Monday, 16 September, Lukashenko pardoned 37 people. On Tuesday, 17 September, officials "
            "said those pardoned included six women.")
    assert alerts(text, "2024-09-18") == [("new_event", "2024-09-16", 37, None, None)]


def test_timeline_table_header_names_what_each_cell_says(alerts):
    text = ("| Major releases of 2025 |  |  |\n|---|---|---|\n"
            "| Date | How many people | Who was among the freed |\n|---|---|---|\n"
            "| 11 September 2025 | 52 (14 of them foreigners) | Nobel laureate Ales Bialiatski, journalist Ihar Losik |\n"
            "| 13 December 2025 | 131 | Maria Kalesnikava, Viktar Babaryka |")
    assert sorted(alerts(text, "2025-12-30")) == [("person_status", E2, "freed", None, "Ales Bialiatski"),
                                                  ("release_count", E3, 131, None, None)]


def test_a_sentence_does_not_end_at_a_quoted_name(alerts):
    text = "On Saturday Minsk freed 14 people, among them the «Radio Liberty» journalist Ihar Karnei and Andrzej Poczobut."
    assert alerts(text, "2025-06-22") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_half_a_dozen_is_six(alerts):
    text = "On Thursday 52 prisoners reached Lithuania, half a dozen of them Lithuanian citizens."
    assert alerts(text, "2025-09-12") == []


def test_fact_check_verdicts_and_the_one_are_no_counts(alerts):
    assert alerts("We rate the claim as false, and the figure of 13 released as misleading.", "2025-06-25") == []
    assert alerts("On Saturday she was the one waiting for him, not the one being released.", "2025-06-25") == []


def test_others_added_to_a_counted_group_and_a_relative_clause_mood(alerts):
    text = ("Andrzej Poczobut was not among the three Polish citizens freed on Saturday, June 21, who were "
            "taken to Vilnius together with eleven other freed prisoners.")
    assert alerts(text, "2025-06-24") == []
    text = "No one should begrudge the 132 people who walked out of Belarusian prisons on December 13."
    assert alerts(text, "2025-12-20") == [("release_count", E3, 132, None, None)]
    text = "Siarhei Tsikhanouski, 46, and 13 others were freed on Saturday."
    assert alerts(text, "2025-06-22") == []
    assert alerts("Monday digest: Belarus frees 123, balloons over Vilnius", "2025-12-15") == []


def test_release_on_a_date_of_a_person_and_a_hearsay_count(alerts):
    text = "The United States welcomes the release on Wednesday, April 30, of Youras Ziankovich."
    assert alerts(text, "2025-05-01") == [("new_event", "2025-04-30", None, None, None)]
    assert alerts("I am told that fewer than 700 political prisoners now remain.", "2025-10-01") == []


def test_a_table_column_of_a_nationality_and_a_received_group_that_was_freed(alerts):
    text = ("| Date | Envoy | Freed | Polish citizens |\n|---|---|---|---|\n"
            "| 21 June 2025 | Keith Kellogg | 14 | 2 |")
    assert alerts(text, "2025-12-20") == [("nationality_count", E1, 2, "PL", None)]
    text = "On 11 September we received all 42 people who were freed that day."
    assert alerts(text, "2025-09-20") == [("release_count", E2, 42, None, None)]
    text = "Some 2,000 Belarusians are still in prison for political reasons today."
    assert alerts(text, "2025-09-20") == [("remaining_count", None, 2000, None, None)]


def test_a_ratio_reports_no_release(alerts):
    text = "On 30 September, 1,201 were held. To put it simply: for every 9 released, 10 new people are jailed."
    assert alerts(text, "2025-10-01") == []


@pytest.mark.parametrize("language, text", [
    ("en", "On Saturday 132 political prisoners walked out of prison, the biggest release since the crackdown began in 2020."),
    ("ru", "В субботу на свободу вышли 132 политзаключённых — это крупнейшее освобождение с 2020 года."),
    ("uk", "У суботу на волю вийшли 132 політв'язні — це найбільше звільнення з 2020 року."),
    ("pl", "W sobotę na wolność wyszło 132 więźniów politycznych, to największe uwolnienie od 2020 roku."),
])
def test_a_comparison_with_a_past_span_is_not_a_count_over_releases(alerts, language, text):
    assert alerts(text, "2025-12-14", language=language) == [("release_count", "2025-12-13", 132, None, None)]


def test_a_span_since_a_month_is_still_a_count_over_releases(alerts):
    assert alerts("Since June, 132 political prisoners have walked out of Belarusian prisons.", "2025-12-14") == []


def test_a_part_of_a_spelled_whole_is_not_a_total(alerts):
    assert alerts("Of the fifty-two freed in September, fourteen were foreign nationals.", "2025-09-20") == []


def test_the_group_also_included_counts_nationals(alerts):
    text = ("Lukashenko on Saturday pardoned 14 convicted persons. The group also included three citizens "
            "of Poland and three citizens of Latvia.")
    assert alerts(text, "2025-06-21") == [("nationality_count", E1, 3, "LV", None)]


def test_returning_jailed_civilians_is_a_release(alerts):
    text = "Belarus on Saturday returned 31 Ukrainian civilians who had been serving prison sentences there."
    assert alerts(text, "2025-11-22") == [("new_event", "2025-11-22", None, None, None)]
    assert alerts("Russia returned 84 prisoners to Ukraine on Saturday.", "2025-11-22") == []
    assert alerts("The freed prisoners returned home to their families on Saturday.", "2025-06-22") == []


def test_a_figure_that_equals_a_sum_of_releases_is_one_release_when_its_day_is_stated(alerts):
    """137 = 14 + 123: read as a total over releases only when no day of its own is stated."""
    assert alerts("Belarus freed 137 prisoners on Saturday.", "2025-12-14") == [("release_count", E3, 137, None, None)]
    assert alerts("Since June, 137 prisoners have been freed.", "2025-12-14") == []


def test_a_count_dated_only_by_a_person_in_another_statement_is_a_candidate(check):
    report = check("Belarus frees 52 prisoners in US-brokered deal; Tsikhanouski among those released", "2025-09-12")
    assert report.discrepancies == []
    assert [(d.kind, d.claimed) for d in report.candidates] == [("release_count", 52)]
    joined = check("Belarus freed 15 prisoners, among them Siarhei Tsikhanouski.", "2025-09-12")
    assert [(d.kind, d.event, d.claimed) for d in joined.discrepancies] == [("release_count", E1, 15)]


def test_a_machine_translated_between_the_liberated_names_the_group(alerts):
    text = ("Lukashenko pardoned 14 persons on Saturday. Between the liberated also are citizens of other states: "
            "three citizens of Poland, two of Latvia, two of Estonia, and also of Japan and Sweden.")
    assert alerts(text, "2025-06-22") == [("nationality_count", E1, 2, "EE", None)]
