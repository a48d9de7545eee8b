from rules.names import load_registry

E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


def test_spellings_resolve_to_one_person():
    registry = load_registry()
    for text in ("Tsikhanouski", "Sergei Tikhanovsky", "Tichanowski", "Тихановский"):
        assert [m.person.name for m in registry.find(text)] == ["Siarhei Tsikhanouski"]
    for text in ("Kolesnikova", "Калеснікава", "Maria Kalesnikava"):
        assert [m.person.name for m in registry.find(text)] == ["Maria Kalesnikava"]
    assert [m.person.name for m in registry.find("Беляцкий")] == ["Ales Bialiatski"]


def test_wife_and_husband_stay_apart():
    registry = load_registry()
    found = registry.find("Sviatlana Tsikhanouskaya, whose husband Siarhei walked free")
    assert [m.person.name for m in found] == ["Sviatlana Tsikhanouskaya", "Siarhei Tsikhanouski"]


def test_freed_in_the_wrong_event(alerts):
    text = "Sviatlana Tsikhanouskaya, whose husband Siarhei walked out of prison in September, spoke."
    assert alerts(text, "2025-12-15") == [("person_status", E2, "freed", None, "Siarhei Tsikhanouski")]


def test_never_imprisoned_said_freed(alerts):
    text = "In June Belarus freed Sviatlana Tsikhanouskaya, wife of Siarhei Tsikhanouski, and 13 others."
    assert alerts(text, "2025-09-12") == [
        ("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]


def test_speaker_is_not_freed(alerts):
    text = "Sviatlana Tsikhanouskaya announced on Saturday that her husband, Siarhei Tsikhanouski, has been freed."
    assert alerts(text, "2025-06-21") == []


def test_still_held_after_release(alerts):
    text = "The blogger Siarhei Tsikhanouski, who is still serving his 18-year sentence, was remembered."
    assert alerts(text, "2025-08-09") == [("person_status", None, "held", None, "Siarhei Tsikhanouski")]


def test_still_held_before_release_is_fine(alerts):
    assert alerts("Her husband, Siarhei Tsikhanouski, remains in prison.", "2025-01-26") == []


def test_pronoun_refers_to_previous_person(alerts):
    text = ("Babaryka himself had come out half a year earlier. He was among the 14 prisoners "
            "released on 21 June, together with Siarhei Tsikhanouski.")
    assert alerts(text, "2026-01-08") == [("person_status", E1, "freed", None, "Viktar Babaryka")]


def test_relatives_are_not_the_person(alerts):
    assert alerts("Babaryka's son Eduard is still in a colony in Orsha.", "2026-01-08") == []


def test_held_person_said_freed(alerts):
    text = "Andrzej Poczobut was freed on Saturday together with Tsikhanouski."
    assert alerts(text, "2025-06-25") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_unknown_person_is_no_contradiction(alerts):
    assert alerts("Mikalai Statkevich was freed on 13 December.", "2025-12-14") == []


def test_person_held_on_the_day_reported_freed_in_a_same_day_report(alerts):
    text = ("Fourteen prisoners have been freed and are on their way to Vilnius. "
            "A source in the diaspora says the journalist Andrzej Poczobut is also among them and was released too.")
    assert ("person_status", "2025-06-21", "freed", None, "Andrzej Poczobut") in alerts(text, "2025-06-21")


def test_person_held_is_not_placed_on_an_old_event_by_publication_alone(alerts):
    text = "The journalist Andrzej Poczobut was released, a source in the diaspora says."
    assert [a for a in alerts(text, "2025-07-30") if a[0] == "person_status"] == []


def test_table_row_still_held_for_a_person_freed_earlier(alerts):
    text = ("Prominent prisoners as of this month.\n"
            "| Prisoner | Term | Current status |\n|---|---|---|\n"
            "| Maria Kalesnikava | 11 years | still serving |\n"
            "| Ihar Losik | 15 years | in prison |\n")
    assert alerts(text, "2025-12-28") == [("person_status", None, "held", None, "Maria Kalesnikava")]


def test_table_row_held_before_the_release_is_consistent(alerts):
    text = ("| Prisoner | Status |\n|---|---|\n| Maria Kalesnikava | held |\n| Andrzej Poczobut | held |\n")
    assert alerts(text, "2025-11-30") == []


def test_among_the_group_who_crossed_frees_listed_person_on_that_weekday(alerts):
    text = ("The second deal came on 11 September. "
            "Among the 52 who crossed the border that Thursday were the blogger Ihar Karnei and four Lithuanian citizens.")
    assert sorted(alerts(text, "2025-12-30")) == sorted([("person_status", "2025-09-11", "freed", None, "Ihar Karnei"),
                                                      ("nationality_count", "2025-09-11", 4, "LT", None)])


def test_that_weekday_not_matching_the_previous_date_is_ignored():
    import datetime as dt
    from rules.claims import State, _anaphoric_weekdays
    from rules.events import Placed
    from rules.lang import load_language
    en = load_language("en")
    state = State(carry=Placed(dt.date(2025, 9, 11), "explicit"))
    assert [c.day for c in _anaphoric_weekdays("crossed that Thursday", en, state)] == [dt.date(2025, 9, 11)]
    assert _anaphoric_weekdays("crossed that Monday", en, state) == []


def test_case_forms_of_cyrillic_surnames_keep_the_gender():
    from rules.names import load_registry
    registry = load_registry()
    found = registry.find("Встреча Тихановской с Тихановским и Колесниковой, письмо Почобуту")
    assert [m.person.name for m in found] == ["Sviatlana Tsikhanouskaya", "Siarhei Tsikhanouski",
                                             "Maria Kalesnikava", "Andrzej Poczobut"]
