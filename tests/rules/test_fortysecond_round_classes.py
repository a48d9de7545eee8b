"""Classes from the forty-second to forty-seventh rounds of blind sets (b123-b134 English,
b38ru-b43ru Russian), proven on sentences and pages written for these tests."""


def test_a_question_with_did_presupposes_the_release_it_dates(alerts):
    """"Whom did Minsk free on 21 June?" tells that release: the group named two answers
    later is its group."""
    answers = ("\nHow many were let out?\nFourteen, say Lithuanian officials.\nWhere are they now?\n"
               "Mostly in Vilnius. The group also included Andrzej Poczobut.")
    text = "Explainer: whom did Minsk free on 21 June?" + answers
    assert alerts(text, "2025-06-25") == [("person_status", "2025-06-21", "freed", None, "Andrzej Poczobut")]
    assert alerts("Explainer: what was agreed on 21 June?" + answers, "2025-06-25") == []


def test_did_not_release_is_no_release(alerts):
    text = "Fourteen people came out on 21 June. Lukashenko did not release Andrzej Poczobut on 21 June."
    assert alerts(text, "2025-06-23") == []


def test_a_count_freed_along_with_a_named_person_is_a_candidate(check):
    """"13 walked free along with X": the 13 may be the others (14 in all) or all of them."""
    report = check("Rights groups say 13 people walked free along with Siarhei Tsikhanouski on Saturday.", "2025-06-22")
    assert report.discrepancies == []
    assert [(d.kind, d.claimed) for d in report.candidates] == [("release_count", 13)]
    control = check("Rights groups say 13 people walked free on Saturday, Siarhei Tsikhanouski among them.", "2025-06-22")
    assert [(d.kind, d.claimed) for d in control.discrepancies] == [("release_count", 13)]


def test_a_hoped_for_release_in_the_past_tense_is_no_release(alerts):
    text = ("В субботу, 21 июня, на свободу вышли 14 человек. Варшава надеялась на освобождение "
            "и других поляков, включая Анджея Почобута.")
    assert alerts(text, "2025-06-23", language="ru") == []


def test_the_whole_a_count_of_the_freed_is_taken_from_is_no_release_count(alerts):
    text = ("11 сентября границу с Литвой пересекли 52 человека. Но 52 освобожденных из полутора "
            "тысяч осужденных по политическим статьям — это не оттепель.")
    assert alerts(text, "2025-09-20", language="ru") == []


def test_a_fact_line_of_citizenship_counting_nationals(alerts):
    text = ("Factbox: the release of 11 September\n- Total freed: 52\n"
            "- Foreign citizens: seven Lithuanians, two Latvians, according to their governments")
    assert alerts(text, "2025-09-13") == [("nationality_count", "2025-09-11", 7, "LT", None)]


def test_a_fact_line_whose_term_says_the_value_is_still_held(alerts):
    text = ("Factbox: the release of 11 September\n- Total freed: 52\n"
            "- Still imprisoned: about 400 people recognised as political prisoners")
    assert [(k, c) for k, _, c, _, _ in alerts(text, "2025-09-13")] == [("remaining_count", 400)]
    control = "Factbox: the release of 11 September\n- Total freed: 52\n- Convicted since 2020: about 400 people a year"
    assert alerts(control, "2025-09-13") == []


def test_a_date_after_a_later_count_and_its_own_verb_is_that_counts(alerts):
    """"66 freed this year, counting the 14 freed on 21 June": June dates the 14, not the 66."""
    text = "With today's release, 66 people have been set free this year, counting the 14 prisoners freed on 21 June."
    assert alerts(text, "2025-09-11") == []
    control = "Belarus freed 15 prisoners, three of them Poles, on 21 June."     # a part between, no verb of its own
    assert alerts(control, "2025-06-25") == [("release_count", "2025-06-21", 15, None, None)]


def test_a_kin_noun_opening_the_clause_said_is_the_freed_ones_apposition(alerts):
    """"X confirms that her husband, Y, is among those released": Y is the freed, X the speaker."""
    text = ("Fifty-two prisoners crossed into Lithuania on Thursday. Sviatlana Tsikhanouskaya confirmed "
            "that her husband, Siarhei Tsikhanouski, was among the prisoners let go on Thursday.")
    assert alerts(text, "2025-09-12") == [("person_status", "2025-09-11", "freed", None, "Siarhei Tsikhanouski")]
    control = ("Fifty-two prisoners crossed into Lithuania on Thursday. Sviatlana Tsikhanouskaya confirmed "
               "that her husband, Siarhei Tsikhanouski, welcomed the prisoners let go on Thursday.")
    assert alerts(control, "2025-09-12") == []


def test_a_garbled_singular_political_prisoner_still_held(alerts):
    text = "Rights defenders say that less than 400 political prisoner still stay in Belarusian jails."
    assert alerts(text, "2025-06-25") == [("remaining_count", None, 400, None, None)]


def test_the_freed_citizens_of_a_country_named_before_are_no_release_total(alerts):
    text = ("Two Latvian citizens were among the 14 prisoners released by Belarus on Saturday. Riga "
            "declined to name the two freed citizens, at their families' request.")
    assert alerts(text, "2025-06-23") == []
    control = "Belarus released 15 prisoners on Saturday. The 15 freed prisoners were taken to Vilnius."
    assert [(k, c) for k, _, c, _, _ in alerts(control, "2025-06-23")] == [("release_count", 15)]


def test_a_table_row_naming_a_countrys_citizens_among_the_total(alerts):
    rows = ("| Release of 11 September 2025: the figures |  |\n|---|---|\n| Figure | Value |\n|---|---|\n"
            "| Total freed | 52 |\n| Of them, citizens of Lithuania | 7 |\n| {} | 3 |")
    text = "On 11 September Belarus freed 52 prisoners.\n" + rows.format("Lithuanian citizens still held")
    assert alerts(text, "2025-09-12") == [("nationality_count", "2025-09-11", 7, "LT", None)]


def test_a_movement_of_a_named_agent_is_not_the_counts(alerts):
    """"60 were freed, after X brought Lukashenko a letter": X's act, not where the 60 went."""
    text = ("The autumn round was larger: 60 prisoners were freed on 11 September, after the envoy "
            "John Coale brought Lukashenko a personal letter.")
    assert alerts(text, "2025-12-30") == [("release_count", "2025-09-11", 60, None, None)]
    control = "The autumn round was larger: 60 prisoners were freed on 11 September and then brought over."
    assert alerts(control, "2025-12-30") == []


def test_those_now_left_in_the_country_are_still_held(alerts):
    text = "With barely 500 political prisoners now left in Belarus, rights groups talk of an amnesty."
    assert alerts(text, "2025-09-20") == [("remaining_count", None, 500, None, None)]
    control = "Most of the 52 freed on Thursday have now left Belarus for Lithuania."
    assert alerts(control, "2025-09-13") == []


def test_a_count_dated_only_by_the_start_of_a_comparisons_span_is_a_candidate(check):
    """"the fourth batch since March, with 96 freed": the 96 may be the whole span's."""
    text = "It was the fourth batch of pardons for political prisoners since March, with a total of 96 people released."
    report = check(text, "2024-05-21")
    assert [d.event for d in report.discrepancies if d.event and d.event.startswith("2024-03")] == []
    assert [(d.kind, d.event) for d in report.candidates] == [("new_event", "2024-03")]


def test_a_release_the_headline_dates_is_the_bodys_story(check):
    """A headline "Who was freed on Thursday?" tells the release the body's Q&A answers are about."""
    text = ("How many were let out?\nFifty-two, say Lithuanian officials.\nWho was the best known of them?\n"
            "The most prominent was Maria Kalesnikava.")
    found = check(text, "2025-09-13", title="Who was freed in Belarus on Thursday? Key questions").discrepancies
    assert [(d.kind, d.event, d.person) for d in found] == [("person_status", "2025-09-11", "Maria Kalesnikava")]
    assert check(text, "2025-09-13", title="Belarus and the US: key questions").discrepancies == []


def test_a_row_naming_the_released_under_a_date_row_is_the_total(alerts):
    text = ("Our summary of Thursday's release:\n| Key figures |  |\n|---|---|\n| Date | 11 September 2025 |\n"
            "| Prisoners released | 60 |\n| Released to Lithuania | 60 |\n| Still held | 1,150 |\n"
            "| Pardoned since the end of July | 150 |")
    assert alerts(text, "2025-09-13") == [("release_count", "2025-09-11", 60, None, None)]
