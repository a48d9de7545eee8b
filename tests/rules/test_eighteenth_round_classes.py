"""Classes from the eighteenth round of blind sets (b51-en, b52-en, b34-ru, b26-be, b25-pl,
b24-uk, b24-lt), proven on sentences written for these tests."""

E1, E2 = "2025-06-21", "2025-09-11"


def test_a_week_ago_on_the_weekday_of_publication_is_the_week_before(alerts):
    text = "A week ago, on Saturday, Minsk freed 123 political prisoners."
    assert alerts(text, "2025-12-20") == []
    text = "Неделю назад, в субботу, Минск освободил 123 политзаключённых."
    assert alerts(text, "2025-12-20", language="ru") == []
    # control: a bare weekday written on that weekday is the day itself
    text = "On Saturday Minsk freed 123 political prisoners."
    assert alerts(text, "2025-12-20") == [("new_event", "2025-12-20", 123, None, None)]


def test_a_nationality_among_them_after_a_semicolon_counts_the_release_before(alerts):
    text = "Minsk frees 52 prisoners; eight Lithuanian citizens among them"
    assert alerts(text, "2025-09-12") == [("nationality_count", E2, 8, "LT", None)]


def test_a_sentence_to_death_in_a_month_dates_the_sentence_not_the_release(alerts):
    text = "Lukashenko has pardoned a German medic who was sentenced to death in June, state media said on Tuesday."
    assert alerts(text, "2024-07-31") == [("new_event", "2024-07-30", None, None, None)]


def test_a_list_item_that_opens_with_the_name_tells_its_own_release(alerts):
    text = ("Minsk freed 14 prisoners on Saturday, 21 June. Those freed:\n"
            "- Maria Kalesnikava, 43 - flautist and campaign leader, serving eleven years; released with the others on Saturday.")
    assert alerts(text, "2025-06-23") == [("person_status", E1, "freed", None, "Maria Kalesnikava")]


def test_a_figure_from_social_media_is_not_the_articles_own(alerts):
    assert alerts("В соцсетях писали о 70 освобождённых в четверг.", "2025-09-15", language="ru") == []
    assert alerts("Телеграм-канали пишуть про 150 звільнених у суботу.", "2025-12-14", language="uk") == []


def test_a_wife_named_among_the_freed_is_freed_unless_her_husband_is_the_freed_one(alerts):
    text = "W sobotę 21 czerwca uwolniono 14 więźniów, wśród nich Swiatłana Cichanouska, żona Siarhieja Cichanouskiego."
    assert alerts(text, "2025-06-22", language="pl") == [("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]
    text = "W sobotę 21 czerwca uwolniono 14 więźniów. Swiatłana Cichanouska, żona uwolnionego w sobotę Siarhieja Cichanouskiego, podziękowała."
    assert alerts(text, "2025-06-22", language="pl") == []


def test_a_count_that_came_out_then_is_a_release_once_one_was_told(alerts):
    text = ("Неделю назад, 13 декабря, Минск отпустил 123 политзаключённых. Всё началось в июне, когда "
            "приехал Кит Келлог. Тогда вышли 14 человек, среди них Анджей Почобут.")
    assert alerts(text, "2025-12-20", language="ru") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]
    # control: before any release is told, people who came out are not freed
    assert alerts("В июне на площадь вышли 14 человек, среди них Анджей Почобут.", "2025-12-20", language="ru") == []
