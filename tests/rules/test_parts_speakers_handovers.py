"""Classes from the fourth round of blind sets (b14-en, b12-ru, b6-be, b5-uk), proven on
sentences written for these tests."""
E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"
JUNE = "Belarus freed 14 prisoners on Saturday, 21 June, after a visit by a US envoy.\n"
SEPTEMBER = "On 11 September Belarus pardoned 52 convicts and took them to the Lithuanian border.\n"


def test_there_are_before_a_nationality_is_no_remaining_count(alerts):
    text = JUNE + "Among the people set free there are four citizens of Poland, the ministry said."
    assert alerts(text, "2025-06-23") == [("nationality_count", E1, 4, "PL", None)]


def test_of_them_opens_a_part_of_the_group(alerts):
    text = SEPTEMBER + "Fifteen foreigners were pardoned. Of them, eight are citizens of Lithuania."
    assert alerts(text, "2025-09-12") == [("nationality_count", E2, 8, "LT", None)]


def test_n_of_them_are_citizens_of(alerts):
    text = SEPTEMBER + "Eight of them are citizens of Lithuania."
    assert alerts(text, "2025-09-12") == [("nationality_count", E2, 8, "LT", None)]


def test_with_him_n_others_adds_the_named_one(alerts):
    text = "Last Saturday the blogger was free at last, and with him twelve other prisoners."
    assert alerts(text, "2025-06-25") == [("release_count", E1, 13, None, None)]


def test_a_relative_clause_after_the_count_does_not_set_its_mood(alerts):
    text = ("Last Saturday the blogger was free, and with him twelve other prisoners "
            "whose names the public will probably never hear.")
    assert alerts(text, "2025-06-25") == [("release_count", E1, 13, None, None)]


def test_was_free_to_do_something_is_no_release(alerts):
    assert alerts("On Saturday the envoy was free to meet 20 officials in Minsk.", "2025-06-23") == []


def test_walked_out_together_with_others_frees_the_named(alerts):
    text = ("Our guest remembered the summer well. In June, Viktar Babaryka walked out together "
            "with a handful of others and was driven to Vilnius.")
    assert alerts(text, "2025-12-22") == [("person_status", E1, "freed", None, "Viktar Babaryka")]


def test_a_country_and_a_bare_number_in_a_foreign_nationals_column(alerts):
    text = ("| Date | Released | Foreign nationals |\n|---|---|---|\n"
            "| 21 June 2025 | 14 | Poland 3, Latvia 2, Estonia 3 (and 2 Japanese) |")
    assert alerts(text, "2025-12-20") == [("nationality_count", E1, 3, "EE", None)]


def test_a_total_in_recent_weeks_spans_releases(alerts):
    text = "Counting decisions taken at the end of November, 150 people have been pardoned in recent weeks."
    assert alerts(text, "2025-12-14") == []


def test_a_handover_by_belarus_on_an_unknown_day_is_a_release(alerts):
    text = "Belarus on Saturday transferred 31 Ukrainian citizens to Ukraine after they were pardoned by Lukashenko."
    assert alerts(text, "2025-11-24") == [("new_event", "2025-11-22", None, None, None)]


def test_an_arrival_on_an_unknown_day_stays_a_candidate(check):
    report = check("On Wednesday 109 Belarusians arrived in Poland after they were pardoned.", "2025-12-19")
    assert report.discrepancies == []
    assert [c.kind for c in report.candidates] == ["new_event"]


def test_a_bare_weekday_after_a_stated_release_of_that_weekday_abstains(check):
    text = ("The 123 prisoners handed to Ukraine on 13 December were met by volunteers. "
            "Only on Saturday afternoon did it become clear where the buses were going. "
            "The coordination headquarters later said 114 civilians had been handed over to Ukraine.")
    report = check(text, "2025-12-22", language="en")
    assert report.discrepancies == []


def test_a_speaker_before_a_quote_is_not_the_freed(alerts):
    text = ("Лукашенко в субботу помиловал 14 осуждённых. Об этом сообщила Светлана Тихановская: "
            "«Мой муж Сергей на свободе».")
    assert alerts(text, "2025-06-22", language="ru") == []


# From the b13-en regression set (its failure classes, after first contact).

def test_the_release_today_of_n_people(alerts):
    text = "We welcome the release today, Saturday 13 December 2025, of 130 people held in Belarusian prisons."
    assert alerts(text, "2025-12-13") == [("release_count", E3, 130, None, None)]


def test_would_estimate_is_no_future(alerts):
    text = "I would estimate there are still some 3,000 political prisoners in Belarus today."
    assert alerts(text, "2025-11-12") == [("remaining_count", None, 3000, None, None)]


def test_a_wife_listed_among_the_freed_is_freed(alerts):
    text = "On Saturday Belarus released 14 prisoners. Among those freed were Siarhei Tsikhanouski and his wife Sviatlana Tsikhanouskaya."
    assert alerts(text, "2025-06-23") == [("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]


def test_a_wife_who_greets_the_freed_is_not_freed(alerts):
    text = "On Saturday Belarus released 14 prisoners. Among those freed was Siarhei Tsikhanouski, and his wife Sviatlana Tsikhanouskaya met him in Vilnius."
    assert alerts(text, "2025-06-23") == []


def test_detainees_from_belarus_are_no_nationality_count(alerts):
    text = "Trump's leadership led to the release today of 14 detainees from Belarus, the envoy wrote."
    assert alerts(text, "2025-06-21") == []
