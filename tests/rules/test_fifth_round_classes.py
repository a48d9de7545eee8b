"""Classes from the fifth round of blind sets (b15-en, b13-ru, b7-be, b6-uk, b6-lt), proven on
sentences written for these tests."""
E1, E2 = "2025-06-21", "2025-09-11"


def test_a_list_item_that_denies_the_release_frees_no_one(alerts):
    text = ("21 чэрвеня Лукашэнка памілаваў 14 чалавек. Вызваленыя:\n- Наталля Дуліна;\n"
            "- Андрэй Пачобут, на вызваленне якога разлічвала Варшава, тады на волю не выйшаў.\n")
    assert alerts(text, "2025-06-22", language="be") == []


def test_apmalone_is_a_pardon_lt(alerts):
    text = "Valstybės vadovas birželio 21 d. apmalonė 18 nuteistųjų JAV prezidento prašymu."
    assert alerts(text, "2025-06-22", language="lt") == [("release_count", E1, 18, None, None)]


def test_with_her_n_more_citizens_is_a_nationality_count_lt(alerts):
    text = ("Rugsėjo 11 d. Baltarusija paleido 52 kalinius. Tarp jų – Lietuvos pilietė Ona. "
            "Kartu su ja laisvę atgavo dar šeši Lietuvos piliečiai.")
    assert alerts(text, "2025-09-12", language="lt") == [("nationality_count", E2, 7, "LT", None)]


def test_a_first_step_towards_a_release_is_no_release(alerts):
    text = ("On Saturday Belarus freed 14 prisoners. We hope the envoy's visit is the first step "
            "towards the release of other Polish prisoners, including Andrzej Poczobut.")
    assert alerts(text, "2025-06-22") == []


def test_the_next_step_will_be_a_release_uk(alerts):
    text = ("У суботу Білорусь звільнила 14 в'язнів. Польське МЗС сподівається, що наступним кроком "
            "стане звільнення журналіста Анджея Почобута.")
    assert alerts(text, "2025-06-22", language="uk") == []


def test_still_behind_belarusian_bars_uk(alerts):
    text = "Марія Колесникова досі залишається за білоруськими ґратами."
    assert alerts(text, "2026-01-20", language="uk") == [("person_status", None, "held", None, "Maria Kalesnikava")]


def test_a_count_whose_release_was_only_discussed_ru(alerts):
    text = "В августе Трамп говорил о 1300 заключенных, освобождение которых обсуждалось с Минском."
    assert alerts(text, "2025-12-20", language="ru") == []


def test_a_decision_to_pardon_reported_today_is_that_days_release(alerts):
    text = ("Head of state Alexander Lukashenko has signed a decision to pardon 18 persons, "
            "the press service of the President reported today.")
    assert alerts(text, "2025-07-02") == [("new_event", "2025-07-02", 18, None, None)]


def test_today_before_a_thank_you_for_an_older_release_dates_nothing(alerts):
    text = "Tsikhanouskaya today thanked the United States for the release of 52 prisoners."
    assert alerts(text, "2025-09-14") == []


def test_a_count_placed_only_by_persons_in_a_same_day_report_abstains(check):
    report = check("В Беларуси освобождены 52 политзаключенных, среди них Статкевич и Бабарико.",
                   "2025-09-11", language="ru")
    assert [d.kind for d in report.discrepancies] == ["person_status"]
    assert [(c.kind, c.claimed) for c in report.candidates] == [("release_count", 52)]


def test_a_same_day_report_naming_one_freed_only_later(alerts):
    text = "Беларусские власти в четверг освободили 52 заключенных, среди них банкир Виктор Бабарико."
    assert alerts(text, "2025-09-11", language="ru") == [("person_status", E2, "freed", None, "Viktar Babaryka")]


def test_among_those_recognised_as_political_prisoners_is_not_freed_uk(alerts):
    text = ("21 червня звільнили 14 людей. За даними «Вясни», зараз політв'язнями визнано понад 1 100 осіб. "
            "Серед них — Анджей Почобут, за якого досі б'ється Польща.")
    assert alerts(text, "2025-07-01", language="uk") == []


def test_a_described_second_name_still_counts_among_the_named_lt(alerts):
    text = ("Birželio 21-ąją į Vilnių buvo atvežti Siarhejus Cichanouskis, „Radio Svaboda“ "
            "žurnalistas Ihar Karnei ir dar dvylika žmonių.")
    assert alerts(text, "2025-12-29", language="lt") == []


# From the sixth round (b14-ru, b7-uk, b7-lt, b16-en).

def test_a_bare_answer_keeps_the_held_topic(alerts):
    text = ("21 июня освободили 14 человек.\n— Что с теми, кто остается за решеткой?\n— Больше тысячи человек.\n"
            "Среди них Мария Колесникова и Алесь Беляцкий.")
    assert alerts(text, "2025-07-01", language="ru") == []


def test_freed_citizens_of_its_own_country(alerts):
    text = "21 июня Минск освободил 14 человек. МИД Польши сообщил о трех освобожденных гражданах своей страны."
    assert alerts(text, "2025-06-23", language="ru") == []


def test_a_figure_from_unofficial_sources_is_hedged(check):
    report = check("21 июня освободили 14 человек. Ряд СМИ со ссылкой на неофициальные источники писал о 16 освобожденных.",
                   "2025-06-23", language="ru")
    assert report.discrepancies == []


def test_the_object_of_a_release_is_no_remaining_count(alerts):
    text = "Ми вітаємо звільнення 123 людей, яких режим утримував за ґратами."
    assert alerts(text, "2025-12-14", language="uk") == []


def test_a_wife_named_by_a_long_title_is_not_freed_uk(alerts):
    text = ("21 червня звільнили 14 людей. Найвідоміший серед звільнених – блогер Сергій Тихановський, "
            "чоловік лідерки білоруських демократичних сил Світлани Тихановської.")
    assert alerts(text, "2025-06-22", language="uk") == []


def test_a_year_is_no_count_before_a_cumulative_total(alerts):
    text = "Nuo 2024 metų liepos, kai prasidėjo pasigailėjimų banga, skaičiuojama beveik 570 išlaisvintų politinių kalinių."
    assert alerts(text, "2025-12-14", language="lt") == []


def test_thousands_behind_bars_is_a_candidate(check):
    report = check('"Thousands of people have been and still are behind bars," Bialiatski told reporters.', "2025-12-14")
    assert report.discrepancies == []
    assert [(c.kind, c.claimed) for c in report.candidates] == [("remaining_count", 2000)]


def test_eight_of_them_in_taraskievica_be(alerts):
    text = ("11 верасня на волю выйшлі 52 палітвязьні. Сярод вызваленых 14 замежнікаў. "
            "Паводле нашых зьвестак, восем зь іх — грамадзяне Літвы.")
    assert alerts(text, "2025-09-11", language="be") == [("nationality_count", E2, 8, "LT", None)]


def test_an_answer_with_its_source_before_the_number(alerts):
    text = ("Інтэрв'ю з праваабаронцай пра палітвязняў і вызваленні.\n— Колькі палітвязняў застаецца цяпер?\n"
            "— Паводле нашых спісаў — каля сямісот чалавек.")
    assert alerts(text, "2025-10-20", language="be") == [("remaining_count", None, 700, None, None)]


def test_those_who_remained_is_a_held_topic_ru(alerts):
    text = ("21 июня освободили 14 человек.\n— Что с теми, кто остался?\n— Больше тысячи человек. "
            "Среди них Мария Колесникова и Алесь Беляцкий.")
    assert alerts(text, "2025-07-01", language="ru") == []


def test_could_not_immediately_confirm_whether_is_no_claim(check):
    text = ("Belarus freed 52 prisoners on Thursday. The embassy could not immediately confirm whether "
            "prominent critics, such as Ales Bialiatski, were among those released.")
    report = check(text, "2025-09-11")
    assert report.discrepancies == []
    assert [(c.kind, c.person) for c in report.candidates] == [("person_status", "Ales Bialiatski")]
