"""Classes from the b11-ru first contact, proven on sentences written for these tests: a
nationality named before its count ("Литовцев среди них было восемь"), by an adjective with
"citizens" ("литовских граждан"), a "Foreigners" column of a release table, and a person still
held "in the <adjective> colony"."""
E1, E2 = "2025-06-21", "2025-09-11"
OPENING = "В четверг, 11 сентября, Минск освободил 52 политзаключённых. "


def test_adjective_with_citizens_after_the_count(alerts):
    text = OPENING + "Среди освобождённых оказались семь литовских граждан."
    assert alerts(text, "2025-09-12", language="ru") == [("nationality_count", E2, 7, "LT", None)]


def test_adjective_with_citizens_before_the_count(alerts):
    text = OPENING + "Литовских граждан среди вышедших на свободу было семь."
    assert alerts(text, "2025-09-12", language="ru") == [("nationality_count", E2, 7, "LT", None)]


def test_nationality_noun_before_the_count_with_people_noun(alerts):
    text = OPENING + "Литовцев среди них было семь человек, остальные — белорусы."
    assert alerts(text, "2025-09-12", language="ru") == [("nationality_count", E2, 7, "LT", None)]


def test_nationality_before_a_count_that_agrees_is_quiet(alerts):
    text = OPENING + "Литовцев среди них было шесть человек."
    assert alerts(text, "2025-09-12", language="ru") == []


def test_a_foreigners_column_of_a_release_table(alerts):
    text = ("| Дата | Освобождено | Иностранцы |\n|---|---|---|\n"
            "| 21 июня 2025 | 14 | Польша — 4, Латвия — 2 |\n| 11 сентября 2025 | 52 | Литва — 6 |")
    assert alerts(text, "2025-12-20", language="ru") == [("nationality_count", E1, 4, "PL", None)]


def test_an_english_foreign_nationals_column(alerts):
    text = ("| Date | Released | Foreign nationals |\n|---|---|---|\n"
            "| 21 June 2025 | 14 | Poland: 3, Latvia: 1 |")
    assert alerts(text, "2025-12-20") == [("nationality_count", E1, 1, "LV", None)]


def test_still_in_a_colony_named_by_an_adjective_ru(alerts):
    text = "Бывший банкир Виктор Бабарико, соперник Лукашенко на выборах, до сих пор находится в новополоцкой колонии."
    assert alerts(text, "2026-01-20", language="ru") == [("person_status", None, "held", None, "Viktar Babaryka")]


def test_still_in_a_colony_named_by_an_adjective_uk(alerts):
    text = "Віктор Бабарико, колишній банкір, досі перебуває у новополоцькій колонії."
    assert alerts(text, "2026-01-20", language="uk") == [("person_status", None, "held", None, "Viktar Babaryka")]
