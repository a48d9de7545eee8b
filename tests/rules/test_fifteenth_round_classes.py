"""Classes from the fifteenth round of blind sets (b45-en, b46-en, b31-ru, b23-be, b22-pl,
b21-uk, b21-lt), proven on sentences written for these tests."""

E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"
FEBRUARY = ("new_event", "2025-02-12", 3, None, None)


def test_an_election_or_an_inauguration_dates_itself_not_the_release_after_it(alerts):
    texts = {"en": "Belarus freed three prisoners on Wednesday, 12 February. It was Minsk's first release "
                   "since Donald Trump's inauguration in January.",
             "ru": "В среду, 12 февраля, Минск освободил трех заключенных. Это первое освобождение после "
                   "инаугурации Дональда Трампа в январе.",
             "uk": "У середу, 12 лютого, Мінськ звільнив трьох в'язнів. Звільнення відбулося через два тижні "
                   "після президентських виборів 26 січня.",
             "pl": "W środę 12 lutego Mińsk uwolnił trzech więźniów. Uwolnienie nastąpiło dwa tygodnie po "
                   "wyborach prezydenckich 26 stycznia."}
    for language, text in texts.items():
        assert alerts(text, "2025-02-13", language=language) == [FEBRUARY], language


def test_a_month_of_its_own_is_still_the_release_month(alerts):
    assert alerts("Belarus freed three prisoners in January.", "2025-02-13") == [
        ("new_event", "2025-01", 3, None, None)]


def test_a_month_adjective_names_the_month(alerts):
    texts = {"ru": "Сентябрьское освобождение 25 человек закрепило эту схему.",
             "uk": "Вересневе звільнення 25 людей закріпило цю схему.",
             "be": "Вераснёўскае вызваленне 25 чалавек замацавала гэтую схему.",
             "pl": "Wrześniowe uwolnienie 25 więźniów utrwaliło ten schemat."}
    for language, text in texts.items():
        assert alerts(text, "2025-12-27", language=language) == [("release_count", E2, 25, None, None)], language
    assert alerts("Сентябрьское освобождение 52 человек закрепило эту схему.", "2025-12-27", language="ru") == []


def test_a_month_adjective_of_another_noun_dates_nothing_released(alerts):
    text = "Октябрьский визит кардинала завершился освобождением двух священников."
    assert all(event != "2025-10" for _, event, *_ in alerts(text, "2025-11-25", language="ru"))


def test_the_same_day_after_a_day_the_sentence_states_is_that_day(alerts):
    text = ("Неделю назад, 13 декабря, Минск освободил 123 человека. 21 июня в Минск прилетел Кит Келлог, "
            "и в тот же день на свободу вышли 14 человек во главе с Сергеем Тихановским.")
    assert alerts(text, "2025-12-20", language="ru") == []
    text = ("Last Saturday, 13 December, Minsk freed 123 people. On 21 June Keith Kellogg flew in, and the "
            "same day 14 prisoners walked free, Siarhei Tsikhanouski among them.")
    assert alerts(text, "2025-12-20") == []


def test_a_speech_verb_closed_by_a_comma_has_the_name_as_its_subject(alerts):
    text = ("Дружина Тихановського, лідерка білоруської опозиції в екзилі Світлана Тихановська, "
            "повідомила, що її чоловік на волі.")
    assert alerts(text, "2025-06-21", language="uk") == []
    text = "Sviatlana Tsikhanouskaya, the agency reported, was freed on Saturday, 21 June."
    assert alerts(text, "2025-06-22") == [("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]


def test_a_counted_group_moved_abroad_frees_the_person_named_as_among_them(alerts):
    text = ("Belarus freed 14 people in June. In September 52 people were driven into Lithuania, "
            "Maria Kalesnikava among them.")
    assert alerts(text, "2025-12-22") == [("person_status", E2, "freed", None, "Maria Kalesnikava")]


def test_brought_out_with_a_count_is_the_release(alerts):
    assert alerts("In September a US envoy brought out 55 prisoners.", "2025-12-30") == [
        ("release_count", E2, 55, None, None)]
    assert alerts("In September a US envoy brought out 52 prisoners to Lithuania.", "2025-12-30") == []


def test_a_held_phrase_after_and_holds_the_subject(alerts):
    text = ("Belarus freed 123 prisoners on 13 December. Viktar Babaryka, the former banker, was not on "
            "the bus and remains in a colony in Navapolatsk.")
    assert alerts(text, "2025-12-17") == [("person_status", None, "held", None, "Viktar Babaryka")]
    text = "On 13 December Ales Bialiatski walked free and his colleague Ihar Losik remains in prison."
    assert alerts(text, "2025-12-17") == []


def test_lithuanian_inverted_passive_release_and_a_russian_spelling(alerts):
    text = ("Birželio 21 d. paleisti 14 kalinių. Tarp paleistųjų yra Sergej Tichanovskij. Taip pat "
            "išleista buvo opozicijos lyderė Sviatlana Tichanovskaja.")
    assert alerts(text, "2025-06-22", language="lt") == [
        ("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]


def test_left_out_of_the_release_is_not_freed(alerts):
    text = "On Saturday, 13 December, Belarus freed 123 prisoners, but Viktar Babaryka was left out of the group."
    assert alerts(text, "2025-12-17") == [("person_status", E3, "not freed", None, "Viktar Babaryka")]
