"""A negation that cancels a release for one person: own sentences, en and ru."""
from tests.rules.test_russian import ru_alerts

E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


def test_not_among_those_freed(alerts):
    text = "Minsk freed 14 prisoners on Saturday; the journalist Andrzej Poczobut was not among those released."
    assert [a for a in alerts(text, "2025-06-22") if a[0] == "person_status"] == []


def test_was_not_freed_and_left_behind(alerts):
    assert alerts("On Saturday Belarus pardoned several inmates, but Andrzej Poczobut was not freed.", "2025-06-22") == []
    assert alerts("Andrzej Poczobut was left behind when the others were released on Saturday.", "2025-06-22") == []


def test_except_and_not_but(alerts):
    text = "All the Polish prisoners were freed on Saturday except Andrzej Poczobut."
    assert [a for a in alerts(text, "2025-06-22") if a[0] == "person_status"] == []
    text = "Released on Saturday were not Andrzej Poczobut but Siarhei Tsikhanouski and others."
    assert [a for a in alerts(text, "2025-06-22") if a[0] == "person_status"] == []


def test_negation_is_per_person(alerts):
    text = "Sviatlana Tsikhanouskaya was freed on Saturday, but Andrzej Poczobut was not among those released."
    assert alerts(text, "2025-06-22") == [("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]


def test_russian_negations(engine, baseline):
    def alerts(text, published):
        return ru_alerts(engine, baseline, text, published)
    assert alerts("В субботу на свободу вышел Анджей Почобут.", "2025-06-22") != []
    assert alerts("В субботу помиловали 14 человек, но Анджей Почобут не вошёл в число освобождённых.", "2025-06-22") == []
    assert alerts("В субботу освободили всех поляков, кроме Анджея Почобута.", "2025-06-22") == []
    assert alerts("Анджей Почобут не был освобождён в субботу вместе с остальными.", "2025-06-22") == []


def test_but_no_and_stays_in_jail_cancel_a_release_for_the_person(alerts):
    for text in ("Two Poles among prisoners freed by Minsk, but no Poczobut",
                 "Fourteen freed on Saturday, and no word on Andrzej Poczobut.",
                 "Tsikhanouski was freed on Saturday, but no other opposition leader, and Andrzej Poczobut stays in jail."):
        assert [a for a in alerts(text, "2025-06-22") if a[0] == "person_status"] == [], text
    named = "Fourteen freed on Saturday, among them Siarhei Tsikhanouski and Andrzej Poczobut, but no other journalist."
    assert alerts(named, "2025-06-22") == [("person_status", "2025-06-21", "freed", None, "Andrzej Poczobut")]
