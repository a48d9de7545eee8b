"""Classes from the thirty-third round of blind sets (b97-b100 in English, b36ru), proven on
sentences written for these tests."""


def test_held_in_prisons_on_political_charges_is_a_remaining_count(alerts):
    text = "Rights defenders say some 2,900 people are held in Belarusian jails on political charges."
    assert [(k, c) for k, _, c, _, _ in alerts(text, "2025-10-02")] == [("remaining_count", 2900)]
    # control: a figure inside the baseline's range stays quiet
    text = "Rights defenders say some 1,150 people are held in Belarusian jails on political charges."
    assert alerts(text, "2025-10-02") == []


def test_a_factbox_line_pairs_countries_with_counts(alerts):
    text = ("Belarus frees prisoners after talks with Washington\n"
            "The June release\n"
            "- Freed: 14\n"
            "- Foreign nationals: Poland 3, Latvia 1, Estonia 1")
    assert [(k, e, c, country) for k, e, c, country, _ in alerts(text, "2025-12-20")] == \
        [("nationality_count", "2025-06-21", 1, "LV")]
    # control: the same line with the baseline's figures is quiet
    text = text.replace("Latvia 1", "Latvia 2")
    assert alerts(text, "2025-12-20") == []


def test_a_labelled_figure_keeps_the_date_of_the_heading_above(alerts):
    text = ("Belarus frees prisoners after talks with Washington\n"
            "21 June\n"
            "Number freed: 16")
    assert [(k, e, c) for k, e, c, _, _ in alerts(text, "2025-12-20")] == [("release_count", "2025-06-21", 16)]


def test_walked_out_of_detention_is_a_release(alerts):
    text = "On 21 June Sviatlana Tsikhanouskaya walked out of detention with the others."
    assert [(k, p) for k, _, _, _, p in alerts(text, "2025-06-25")] == \
        [("person_status", "Sviatlana Tsikhanouskaya")]


def test_months_earlier_counts_back_from_the_day_last_stated(alerts):
    text = ("The deal of 13 December freed 123 people. "
            "Three months earlier 52 had been set free in exchange for the airline.")
    assert alerts(text, "2025-12-18") == []
    # control: a wrong figure there is September's, not December's
    text = ("The deal of 21 June freed 14 people. "
            "Three months later 62 were set free in exchange for the airline.")
    assert [(k, e, c) for k, e, c, _, _ in alerts(text, "2025-12-18")] == [("release_count", "2025-09-11", 62)]


def test_a_total_over_the_last_months_is_no_single_release_ru(alerts):
    text = ("11 сентября освобождены 52 человека. "
            "За последние десять месяцев на свободу вышли более 250 человек.")
    assert alerts(text, "2025-09-13", language="ru") == []


def test_still_in_prison_before_its_verb_is_a_remaining_count_ru(alerts):
    text = "По данным правозащитников, в Беларуси всё ещё в тюрьме находятся около 500 политзаключённых."
    assert [(k, c) for k, _, c, _, _ in alerts(text, "2025-09-13", language="ru")] == [("remaining_count", 500)]


def test_held_after_a_relative_clause_without_commas(alerts):
    text = ("Viktar Babaryka. The banker who wanted to run for president remains in a penal colony "
            "in Navapolatsk.")
    assert [(k, p, c) for k, _, c, _, p in alerts(text, "2026-01-10")] == \
        [("person_status", "Viktar Babaryka", "held")]
    # control: a clause with a figure of its own is no subject's clause
    text = "Viktar Babaryka. The banker who says 1,100 people remain in prison spoke on Monday."
    assert alerts(text, "2026-01-10") == []


def test_a_bare_count_set_free_is_a_total(alerts):
    text = "Fourteen were freed on 21 June. In September 62 were set free."
    assert [(k, e, c) for k, e, c, _, _ in alerts(text, "2025-12-18")] == [("release_count", "2025-09-11", 62)]
