"""Classes from the forty-first round of blind sets (b119, b120 English, b37ru Russian),
proven on sentences and pages written for these tests."""


def test_a_date_past_a_semicolon_is_not_the_counts(alerts):
    """"130 freed; far more than June's 14": June dates the comparison, not the 130."""
    text = "Summary: 130 people freed; the biggest group yet, well above June's 14 and September's 52."
    assert ("release_count", "2025-06-21", 130) not in [(k, e, c) for k, e, c, _, _ in alerts(text, "2025-12-14")]


def test_a_date_past_a_semicolon_is_not_the_counts_russian(alerts):
    text = "Весной хватило одного визита, чтобы освободить 16 человек; в сентябре отдали 52."
    assert ("release_count", "2025-09-11", 16) not in \
        [(k, e, c) for k, e, c, _, _ in alerts(text, "2025-12-15", language="ru")]


def test_a_country_table_under_a_caption_that_names_the_freed(alerts):
    text = ("On Thursday Belarus freed 52 prisoners and handed them to Lithuania.\n"
            "| Citizens of other countries among the freed |  |\n|---|---|\n| Country | Number |\n|---|---|\n"
            "| Lithuania | 9 |\n| Latvia | 2 |")
    assert [(k, c, country) for k, _, c, country, _ in alerts(text, "2025-09-12")] == [("nationality_count", 9, "LT")]


def test_a_list_of_countries_and_their_citizens(alerts):
    text = ("On Saturday, 21 June, Belarus freed 14 prisoners.\nWhich countries?\n"
            "- Poland: 5 citizens\n- Latvia: 2 citizens")
    assert [(k, c, country) for k, _, c, country, _ in alerts(text, "2025-06-23")] == [("nationality_count", 5, "PL")]
    control = "On Saturday, 21 June, Belarus freed 14 prisoners.\nWhere did they go?\n- Vilnius: 9\n- Kyiv: 5"
    assert alerts(control, "2025-06-23") == []


def test_letting_a_named_person_go_is_a_release(alerts):
    text = "In June Lukashenko let Siarhei Tsikhanouski go together with 17 other prisoners."
    assert [(k, c) for k, _, c, _, _ in alerts(text, "2025-10-01")] == [("release_count", 18)]


def test_a_decision_dated_between_commas_to_pardon(alerts):
    text = "The president signed a decision today, 2 July, to pardon 16 persons convicted of extremism."
    assert [(k, e) for k, e, _, _, _ in alerts(text, "2025-07-02")] == [("new_event", "2025-07-02")]


def test_a_figure_on_a_line_of_its_own_reads_with_the_line_below(alerts):
    text = ("This year's releases in numbers.\n14\nPeople freed on 21 June, among them Siarhei Tsikhanouski.\n"
            "58\nPrisoners taken to Lithuania on 11 September.")
    assert [(k, c) for k, _, c, _, _ in alerts(text, "2025-12-16")] == [("release_count", 58)]
    control = "1,926\nПолитзаключенных, несмотря на освобождения, становится больше."     # a view counter
    assert alerts(control, "2025-12-02", language="ru") == []
