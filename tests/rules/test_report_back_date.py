"""A sentence that only reports the previous one dates its release (own sentences)."""
from tests.rules.test_russian import ru_alerts

E1 = "2025-06-21"


def test_russian_report_sentence_dates_the_pardon(engine, baseline):
    text = ("Глава государства помиловал 11 осуждённых по «протестным» статьям. "
            "Об этом в пятницу сообщила его пресс-служба. "
            "Ранее, 21 июня, на свободу вышли 14 человек.")
    found = ru_alerts(engine, baseline, text, "2025-08-15")
    assert [a[:2] for a in found] == [("new_event", "2025-08-15")]


def test_english_report_sentence_dates_the_pardon(alerts):
    text = ("The president pardoned 9 people convicted of extremism. "
            "This was announced on Friday by his press office.")
    assert [a[:2] for a in alerts(text, "2025-08-15")] == [("new_event", "2025-08-15")]


def test_report_of_a_known_event_stays_on_it(alerts):
    text = ("Belarus freed 14 prisoners. This was announced on Saturday by the presidential press office.")
    assert alerts(text, "2025-06-22") == []


def test_report_sentence_without_a_date_changes_nothing(alerts):
    text = "Belarus freed 13 prisoners. This was reported by state media."
    assert [a[:2] for a in alerts(text, "2025-06-23")] == [("release_count", E1)]
