"""Russian frames: future and supposed releases, a garbled "на свобода", handovers with a
count, destinations in the instrumental, "together with him, another 13". Sentences written
for the test."""
E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


def test_future_release_in_a_supposition_is_not_a_release(alerts):
    text = "Ещё весной казалось, что Мария Колесникова выйдет на свободу только через несколько лет."
    assert alerts(text, "2025-12-20", language="ru") == []


def test_garbled_case_after_na_svobodu_still_a_release(alerts):
    text = "В субботу на свобода вышла также Светлана Тихановская."
    assert alerts(text, "2025-06-22", language="ru") == [("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]


def test_handover_with_a_count_is_a_release_and_its_list(alerts):
    text = "В четверг Литве передали 52 человека, и среди них был Виктор Бабарико."
    assert alerts(text, "2025-09-12", language="ru") == [("person_status", E2, "freed", None, "Viktar Babaryka")]


def test_count_crossing_into_a_country_in_the_instrumental(alerts):
    text = "В четверг, 11 сентября, 57 заключенных пересекли границу с Литвой."
    assert alerts(text, "2025-09-12", language="ru") == [("release_count", E2, 57, None, None)]


def test_only_nine_reached_vilnius_is_a_subcount(alerts):
    text = "В субботу большую часть группы отправили в Украину, а в Вильнюс попали лишь девять человек."
    assert alerts(text, "2025-12-14", language="ru") == []


def test_together_with_him_another_13_is_14(alerts):
    text = "Вместе с ним в субботу, 21 июня, освободили ещё 13 человек."
    assert alerts(text, "2025-06-22", language="ru") == []


def test_headline_speaker_before_a_colon_is_not_freed(alerts):
    text = "Тихановская: Колесникова должна быть освобождена, как и другие политзаключенные"
    assert alerts(text, "2025-09-07", language="ru") == []


def test_a_news_agency_that_reports_is_not_a_handover(alerts):
    text = ("Лукашенко подписал указ о помиловании 22 человек, передает агентство. "
            "Ранее, 13 декабря, были освобождены 123 человека.")
    assert alerts(text, "2025-12-30", language="ru") == [("new_event", "2025-12-30", 22, None, None)]


def test_not_among_the_freed_with_net(alerts):
    text = "В субботу освобождены 14 человек. Анджея Почобута среди освобожденных нет."
    assert alerts(text, "2025-06-22", language="ru") == []


def test_second_count_with_its_own_date_shares_the_pardon(alerts):
    text = "7 ноября он помиловал 31 человека, 20 ноября — еще 32."
    assert sorted(alerts(text, "2024-11-25", language="ru")) == [("new_event", "2024-11-07", 31, None, None),
                                                               ("new_event", "2024-11-20", 32, None, None)]


def test_most_of_all_is_not_in_total(alerts):
    text = "В четверг освободили 52 человека. Больше всего литовцев — пятеро граждан Литвы вернулись домой."
    assert alerts(text, "2025-09-14", language="ru") == [("nationality_count", E2, 5, "LT", None)]


def test_a_release_word_in_scare_quotes_is_no_release(alerts):
    text = "В понедельник стало ясно: «помилование» для властей — по сути принудительная высылка."
    assert alerts(text, "2025-09-16", language="ru") == []


def test_a_release_at_the_end_of_may_is_a_release_of_may(check):
    text = "А в конце мая освобожден гражданин США Юрий Зенкович."
    assert [(d.kind, d.event) for d in check(text, "2025-06-23", language="ru").discrepancies] == [("new_event", "2025-05")]


def test_of_52_freed_51_crossed_is_a_subcount_and_several_thousand_a_bound(alerts):
    text = "Таким образом, из 52 освобожденных литовскую границу в итоге пересек 51 человек."
    assert alerts(text, "2025-09-15", language="ru") == []
    text = "За пять лет через этот статус прошли несколько тысяч человек: другие были помилованы."
    assert alerts(text, "2025-06-22", language="ru") == []


def test_three_of_fourteen_are_poles_is_not_fourteen_poles(alerts):
    text = "В субботу МИД Польши сообщил, что трое из четырнадцати освобождённых — граждане Польши."
    assert alerts(text, "2025-06-22", language="ru") == []


def test_of_them_after_a_period_total_is_part_of_that_total(alerts):
    text = ("За этот же период на свободу вышли 405 человек. Среди них 24 человека были освобождены "
            "в рамках помилования, 54 человека были вывезены в Литву.")
    assert alerts(text, "2025-12-02", language="ru") == []


def test_another_25_with_no_date_is_a_further_release_and_a_post_is_speech(alerts):
    assert alerts("Лукашенко помиловал еще 25 осужденных.", "2025-09-16", language="ru") == \
        [("new_event", "2025-09-16", 25, None, None)]
    text = "В субботу освобождены 14 человек. Светлана Тихановская публикует в соцсетях: «Мой муж на свободе!»"
    assert alerts(text, "2025-06-21", language="ru") == []


def test_the_same_figure_as_another_25_is_that_release(alerts):
    text = "Лукашенко помиловал еще 25 осужденных\nАлександр Лукашенко подписал указ о помиловании 25 человек."
    assert alerts(text, "2025-09-16", language="ru") == [("new_event", "2025-09-16", 25, None, None)]


def test_a_fact_check_tables_quoted_claims_are_candidates(check):
    text = ("| Утверждение | Вердикт | Что на самом деле |\n|---|---|---|\n"
            "| «Лукашенко отпустил 150 человек» | Неверно | Официально объявлено о помиловании 123 человек 13 декабря. |")
    report = check(text, "2025-12-16", language="ru")
    assert report.discrepancies == [] and [d.claimed for d in report.candidates] == [150]


def test_fact_check_headline_since_january_and_a_quoted_notion(alerts):
    text = "Тихановская на свободе, 150 освобожденных: проверяем, что пишут о субботнем освобождении"
    assert alerts(text, "2025-12-16", language="ru") == []
    text = "С середины января в ходе девяти «волн» помилования на свободу вышли около 170 человек."
    assert alerts(text, "2025-12-20", language="ru") == []
    text = "От Тихановского до Колесниковой: как полгода «дипломатии освобождений» изменили отношения"
    assert alerts(text, "2025-12-30", language="ru") == []


def test_a_part_of_a_spelled_whole_is_not_a_total(alerts):
    for text in ("В сентябре из пятидесяти двух освобождённых иностранцами были четырнадцать человек.",
                 "Из 52 освобождённых иностранцами были 14 человек."):
        assert alerts(text, "2025-09-20", language="ru") == [], text


def test_an_arrest_date_does_not_date_the_next_sentence(alerts):
    text = ("13 декабря Лукашенко помиловал 123 человек. Среди освобождённых — Алесь Беляцкий. "
            "Его задержали 14 июля 2021 года. На свободе также Мария Колесникова.")
    assert alerts(text, "2025-12-14", language="ru") == []


def test_nationality_counts_in_the_list(alerts):
    text = ("В субботу на свободу вышли 14 политических заключённых. По её словам, в списке двое граждан "
            "Японии, двое граждан Польши и по одному гражданину Эстонии и Швеции.")
    assert alerts(text, "2025-06-22", language="ru") == [
        ("nationality_count", "2025-06-21", 2, "PL", None)]


def test_among_those_freed_and_a_dash_names_the_freed(alerts):
    assert alerts("Среди вышедших сегодня на свободу — Сергей Тихановский.", "2025-09-11", language="ru") == [
        ("person_status", "2025-09-11", "freed", None, "Siarhei Tsikhanouski")]
    assert alerts("Среди отпущенных в четверг — Мария Колесникова.", "2025-09-12", language="ru") == [
        ("person_status", "2025-09-11", "freed", None, "Maria Kalesnikava")]


def test_a_table_of_countries_by_release(alerts):
    text = ("| Страна | 21 июня 2025 | 11 сентября 2025 |\n|---|---|---|\n| Литва | — | 6 |\n"
            "| Эстония | 2 | — |\n| Польша | 3 | 2 |")
    assert alerts(text, "2025-09-20", language="ru") == [("nationality_count", "2025-06-21", 2, "EE", None)]


def test_a_word_ending_in_ne_is_not_a_negation(alerts):
    """"не" inside "июне" once read as "not" before the release word."""
    assert alerts("В июне на свободу вышли 16 человек.", "2025-10-06", language="ru") == [
        ("release_count", "2025-06-21", 16, None, None)]
    assert alerts("В субботу не вышли на свободу 16 человек.", "2025-06-22", language="ru") == []


def test_a_count_after_the_citizens_it_counts(alerts):
    release = "Одиннадцатого сентября освободили пятьдесят двух заключённых. "
    assert alerts(release + "Граждан Литвы среди них было пятеро, остальные — из Польши.", "2025-09-16",
                  language="ru") == [("nationality_count", "2025-09-11", 5, "LT", None)]
    assert alerts(release + "Граждан Литвы среди них было шестеро.", "2025-09-16", language="ru") == []


def test_still_behind_bars_with_tak_i(alerts):
    assert alerts("Виктор Бабарико так и остаётся за решёткой.", "2025-12-28", language="ru") == [
        ("person_status", None, "held", None, "Viktar Babaryka")]
    assert alerts("Виктор Бабарико так и остаётся за решёткой.", "2025-12-01", language="ru") == []
