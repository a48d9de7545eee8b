E1, E2 = "2025-06-21", "2025-09-11"


def test_matching_nationality_counts(alerts):
    text = "The 14 freed on Saturday included three Poles, two Latvian citizens and one Estonian."
    assert alerts(text, "2025-06-21") == []


def test_one_of_its_citizens(alerts):
    text = "Latvia said one of its citizens was among those released on Saturday."
    assert alerts(text, "2025-06-21") == [("nationality_count", E1, 1, "LV", None)]


def test_one_of_five_lithuanian_citizens(alerts):
    text = "She was one of five Lithuanian citizens among those released on Thursday."
    assert alerts(text, "2025-09-12") == [("nationality_count", E2, 5, "LT", None)]


def test_country_without_baseline_figure(alerts):
    assert alerts("Five Ukrainian citizens were among the 123 freed on 13 December.", "2025-12-14") == []


def test_table_with_date_columns(engine, baseline):
    from rules.model import Article
    import datetime as dt
    text = ("| Citizenship | 21 June 2025 | 11 September 2025 |\n|---|---|---|\n"
            "| Poland | 2 | 2 |\n| Latvia | 2 | 2 |\n| Total | 14 | 52 |")
    report = engine.check(Article(text, published=dt.date(2025, 9, 14)), baseline)
    assert [(d.kind, d.event, d.country, d.claimed) for d in report.discrepancies] == [
        ("nationality_count", E1, "PL", 2)]
