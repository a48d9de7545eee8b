"""Release totals, arithmetic phrasings, sub-counts and numbers about other things."""

E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


def test_bound_satisfied_is_not_a_contradiction(alerts):
    assert alerts("Belarus released more than a dozen prisoners on Saturday after Keith Kellogg met Lukashenko.",
                  "2025-06-21") == []


def test_wrong_total_on_stated_weekday(alerts):
    assert alerts("Belarus freed 15 prisoners on Saturday.", "2025-06-21") == [
        ("release_count", E1, 15, None, None)]


def test_name_and_13_others_is_14(alerts):
    assert alerts("Tsikhanouski and 13 others were freed and driven to Lithuania.", "2025-06-22") == []


def test_together_with_122_others_is_123(alerts):
    text = "Maria Kalesnikava was freed on 13 December together with 122 other prisoners."
    assert alerts(text, "2026-01-08") == []


def test_together_with_50_others_is_51(alerts):
    text = "Maria Kalesnikava was freed on 13 December together with 50 other prisoners."
    assert alerts(text, "2026-01-08") == [("release_count", E3, 51, None, None)]


def test_sub_counts_by_destination_are_not_totals(alerts):
    text = ("Belarus freed 123 prisoners on Saturday; 114 of them were taken to Ukraine "
            "and nine to Lithuania.")
    assert alerts(text, "2025-12-14") == []


def test_count_to_the_events_only_destination_is_the_total(alerts):
    assert alerts("Lithuanian officials say 15 people crossed into Lithuania from Belarus this evening.",
                  "2025-06-21") == [("release_count", E1, 15, None, None)]


def test_foreigners_are_a_sub_count(alerts):
    text = "Belarus freed 52 prisoners on Thursday; 14 foreign citizens were among them."
    assert alerts(text, "2025-09-11") == []


def test_headline_number_counts(alerts):
    assert alerts("Minsk released 123 prisoners on Saturday.", "2025-12-13",
                  title="Belarus releases 23 prisoners in US potash deal") == [
        ("release_count", E3, 23, None, None)]


def test_cumulative_totals_are_not_batches(alerts):
    text = "In all, 18 people have been freed through this channel in the first half of the year."
    assert alerts(text, "2025-07-01") == []


def test_numbers_about_other_things(alerts):
    text = ("Tsikhanouski, 46, was freed on Saturday after 1,849 days in custody; he had been "
            "sentenced to 18 years, and Lukashenko won 80.1 per cent in 2020.")
    assert alerts(text, "2025-06-22") == []


def test_recap_sentences_use_their_own_dates(alerts):
    text = ("On June 21, Lukashenko freed 14 political prisoners. "
            "On Sept. 11, another 50 political prisoners were released.")
    assert alerts(text, "2025-09-17") == [("release_count", E2, 50, None, None)]


def test_envoy_places_the_event(alerts):
    text = "Lukashenko signed the pardons for sixteen prisoners after Keith Kellogg's visit."
    assert alerts(text, "2025-10-19") == [("release_count", E1, 16, None, None)]
