"""A claim told as hearsay ("allegedly", "якобы", "быццам", "нібито", "neva", "rzekomo") or
as the first reports an article then corrects is not the article's own: a candidate, never an
alert. Sentences written for the test."""
import pytest

CASES = [
    ("en", "On Saturday Sviatlana Tsikhanouskaya was allegedly among those freed, some sites wrote."),
    ("ru", "В субботу некоторые сайты писали, будто бы на свободу вышла Светлана Тихановская."),
    ("be", "У суботу некаторыя сайты пісалі, быццам на волю выйшла Сьвятлана Ціханоўская."),
    ("uk", "У суботу деякі сайти писали, нібито на волю вийшла Світлана Тихановська."),
    ("lt", "Šeštadienį kai kurios svetainės rašė, neva į laisvę išėjo Sviatlana Cichanouskaja."),
    ("pl", "W sobotę niektóre portale pisały, rzekomo na wolność wyszła Swiatłana Cichanouska."),
]


@pytest.mark.parametrize("language, text", CASES)
def test_hearsay_of_a_release_is_a_candidate_not_an_alert(check, language, text):
    report = check(text, "2025-06-23", language=language)
    assert report.discrepancies == []


def test_first_dispatches_the_article_corrects_are_not_its_count(check):
    text = "Pierwsze depesze mówiły w sobotę o 130 uwolnionych. Ostatecznie uwolniono 123 osoby."
    assert check(text, "2025-12-15", language="pl").discrepancies == []


def test_a_plain_report_of_the_same_release_still_alerts(alerts):
    text = "В субботу на свободу вышла Светлана Тихановская."
    assert [a[0] for a in alerts(text, "2025-06-23", language="ru")] == ["person_status"]
