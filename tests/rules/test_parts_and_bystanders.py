"""Counts that are parts of a release (a breakdown by where the freed were taken, "the
majority"), and persons beside a release who were not freed (a wife named after a comma, a
commentator, a name before an explanatory colon), in several languages."""
import pytest


@pytest.mark.parametrize("language, text", [
    ("uk", "Сьогодні помилували 123 людей. Бялацький і ще сім звільнених уже перебувають на литовській території."),
    ("en", "Minsk freed 123 prisoners today; 18 of them are now in Lithuania, and 105 people reached Kyiv."),
])
def test_counts_beside_a_count_taken_elsewhere_are_its_breakdown(alerts, language, text):
    assert alerts(text, "2025-12-13", language=language) == []


def test_the_whole_of_a_breakdown_is_still_the_total(alerts):
    text = "Minsk freed 125 prisoners today: 105 were taken to Ukraine and 20 to Lithuania."
    assert alerts(text, "2025-12-13") == [("release_count", "2025-12-13", 125, None, None)]


@pytest.mark.parametrize("language, text", [
    ("ru", "В декабре освободили 123 человека; большинство — 105 человек — мужчины."),
    ("en", "In December 123 were freed; the majority, 105 people, were men."),
    ("uk", "У грудні звільнили 123 людей; більшість — 105 осіб — чоловіки."),
    ("pl", "W grudniu uwolniono 123 osoby; większość uwolnionych, 105 osób, to mężczyźni."),
    ("lt", "Gruodį paleisti 123 žmonės; dauguma jų – 105 žmonės – vyrai."),
])
def test_the_majority_is_a_part(alerts, language, text):
    assert alerts(text, "2025-12-20", language=language) == []


@pytest.mark.parametrize("language, text", [
    ("uk", "Сьогодні звільнили 123 людей, серед них Сергій Тихановський: на кордоні його зустріла дружина, Світлана Тихановська."),
    ("ru", "Сегодня освободили 123 человека, среди них Сергей Тихановский: на границе его встретила жена, Светлана Тихановская."),
    ("be", "Сёння вызвалілі 123 чалавекі, сярод іх Сяргей Ціханоўскі: на мяжы яго сустрэла жонка, Святлана Ціханоўская."),
])
def test_a_freed_man_before_a_colon_and_his_wife_after_a_comma(alerts, language, text):
    assert alerts(text, "2025-12-13", language=language) == [
        ("person_status", "2025-12-13", "freed", None, "Siarhei Tsikhanouski")]


@pytest.mark.parametrize("language, text", [
    ("be", "У суботу Ціханоўская толькі каментавала вызваленне ў сацсетках."),
    ("ru", "В субботу Тихановская лишь комментировала освобождение в соцсетях."),
    ("uk", "У суботу Тихановська лише коментувала звільнення в соцмережах."),
    ("en", "On Saturday Tsikhanouskaya only commented on the release online."),
])
def test_one_who_comments_on_a_release_is_not_freed(alerts, language, text):
    assert alerts(text, "2025-12-15", language=language) == []


@pytest.mark.parametrize("language, text", [
    ("be", "Каардынацыйны штаб Украіны атрымаў 114 чалавек."),
    ("ru", "Украина приняла 114 освобождённых в субботу."),
    ("uk", "Координаційний штаб отримав 114 звільнених."),
    ("pl", "Ukraina przyjęła 114 uwolnionych więźniów."),
    ("lt", "Ukraina priėmė 114 paleistų kalinių."),
    ("en", "Ukraine received 114 of the freed prisoners."),
])
def test_a_count_received_by_a_country_is_a_part(alerts, language, text):
    assert alerts(text, "2025-12-14", language=language) == []


@pytest.mark.parametrize("language", ["ru", "be"])
def test_receiving_freedom_is_no_movement(alerts, language):
    text = {"ru": "Лукашенко помиловал 114 человек, и они получили свободу.",
            "be": "Лукашэнка памілаваў 114 чалавек, і яны атрымалі волю."}[language]
    assert alerts(text, "2025-12-14", language=language) == [("release_count", "2025-12-13", 114, None, None)]


@pytest.mark.parametrize("language, text", [
    ("be", "Дзевяць вызваленых — журналісты і блогеры."),
    ("ru", "Девять освобождённых — журналисты."),
    ("uk", "Дев'ятеро звільнених — журналісти."),
    ("lt", "Devyni paleistieji – žurnalistai."),
    ("pl", "Dziewięciu uwolnionych — dziennikarze."),
])
def test_a_count_of_the_freed_picked_out_by_a_trait_is_a_part(alerts, language, text):
    assert alerts(text, "2025-12-14", language=language) == []


@pytest.mark.parametrize("language, text", [
    ("be", "Вызвалілі 14 чалавек — палітвязні і замежнікі."),
    ("ru", "Освободили 14 человек — политзаключённых и иностранцев."),
])
def test_a_trait_after_the_release_of_a_count_describes_the_whole(alerts, language, text):
    assert alerts(text, "2025-12-14", language=language) == [("release_count", "2025-12-13", 14, None, None)]


@pytest.mark.parametrize("language, text", [
    ("en", "Siarhei Tsikhanouski was freed on Saturday. Among those released is Siarhei Tsikhanouski, "
           "husband of the leader of the Belarusian democratic forces, Sviatlana Tsikhanouskaya."),
    ("en", "Ukraine receives 114 people freed from Belarusian prisons."),
    ("ru", "Новизна в другом: 114 освобождённых впервые повезли не в Литву, а в Украину."),
    ("ru", "Беляцкий и ещё восемь освобождённых находятся в Вильнюсе."),
    ("be", "Амбасада паведаміла, што Алесь Бяляцкі і яшчэ восем вызваленых знаходзяцца ў Вільні."),
])
def test_a_wife_after_a_comma_and_counts_taken_or_received_elsewhere(alerts, language, text):
    assert [a for a in alerts(text, "2025-12-14", language=language) if a[0] != "person_status"
            or a[4] != "Siarhei Tsikhanouski"] == []


@pytest.mark.parametrize("language, text", [
    ("be", "Сярод тых, каго кранула памілаванне, — 14 грамадзян замежных дзяржаў: шэсць грамадзян "
           "Літоўскай Рэспублікі, па два грамадзяніны Латвійскай Рэспублікі."),
    ("ru", "Помилованы 14 граждан иностранных государств: шесть граждан Литовской Республики и двое граждан "
           "Латвийской Республики."),
])
def test_a_country_by_its_official_name(alerts, language, text):
    assert alerts(text, "2025-09-12", language=language) == []


@pytest.mark.parametrize("language, text", [
    ("uk", "У суботу звільнили 14 людей. Серед тих, кого цього разу не звільнили, — журналіст і діяч "
           "польської меншини Анджей Почобут, засуджений до восьми років колонії."),
    ("lt", "Šeštadienį paleista 14 žmonių. Ministerija patvirtino, kad laisvę atgavo trys jos piliečiai, "
           "tačiau tarp jų nėra Lenkų sąjungos Baltarusijoje veikėjo ir žurnalisto Andrzejaus Poczobuto."),
    ("be", "У суботу вызвалілі 14 чалавек.\nХто застаецца за кратамі?\nСярод найбольш вядомых — журналіст "
           "і лідар польскай меншасці Андрэй Пачобут."),
    ("en", "On Saturday 14 people were freed.\nWho is still behind bars?\nAmong the best known is the "
           "journalist Andrzej Poczobut."),
])
def test_those_not_freed_or_still_held_are_no_group_of_the_freed(alerts, language, text):
    assert alerts(text, "2025-06-22", language=language) == []


@pytest.mark.parametrize("language, text, expected", [
    ("ru", "Главная неожиданность списка — Анджей Почобут. Журналист «Газеты Выборчей», осуждённый на восемь лет, "
           "тоже оказался среди освобождённых в субботу.",
     [("person_status", "2025-06-21", "freed", None, "Andrzej Poczobut")]),
    ("ru", "В субботу освободили 14 человек, среди них Сергей Тихановский. Журналист Иван Петров остаётся в заключении.",
     []),
    ("uk", "Серед звільнених у суботу — Анджей Почобут. Журналіст «Газети Виборчої» теж опинився серед звільнених у суботу.",
     [("person_status", "2025-06-21", "freed", None, "Andrzej Poczobut")]),
])
def test_an_epithet_opening_a_sentence_refers_back_unless_a_name_follows(alerts, language, text, expected):
    assert alerts(text, "2025-06-22", language=language) == expected


@pytest.mark.parametrize("language, text", [
    ("be", "Бонус: «Бяляцкі, Калесьнікава і Бабарыка на волі»\nПРАЎДА\nУсе трое вызваленыя 13 сьнежня."),
    ("en", "Bialiatski, Kalesnikava and Babaryka are free. All three were freed on 13 December."),
    ("ru", "Беляцкий, Колесникова и Бабарико на свободе. Все трое освобождены 13 декабря."),
])
def test_a_count_of_the_persons_just_named_is_no_release_total(alerts, language, text):
    assert alerts(text, "2025-12-16", language=language) == []
