"""Classes from the seventeenth round of blind sets (b49-en, b50-en, b33-ru, b25-be, b24-pl,
b23-uk, b23-lt), proven on sentences written for these tests."""

E1, E3 = "2025-06-21", "2025-12-13"


def test_a_person_among_the_still_held_after_a_release_is_not_freed(alerts):
    text = ("Belarus freed 14 prisoners on 21 June, but more than 1,100 political prisoners remain "
            "behind bars, among them the journalist Andrzej Poczobut.")
    assert alerts(text, "2025-06-23") == []
    text = ("Birželio 21 d. Baltarusija paleido 14 kalinių, tačiau kalėjimuose vis dar lieka daugiau nei "
            "1 100 politinių kalinių, tarp jų – žurnalistas Andžejus Počobutas.")
    assert alerts(text, "2025-06-23", language="lt") == []
    # controls: "among them" after the release names the freed; "the son of X" is not X
    text = "Belarus freed 14 prisoners on 21 June, among them the journalist Andrzej Poczobut."
    assert alerts(text, "2025-06-23") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]
    text = ("Belarus freed 123 prisoners on 13 December, but about 1,100 remain in prison, among them "
            "the son of Ales Bialiatski.")
    assert alerts(text, "2025-12-20") == []


def test_a_bare_count_that_remains_is_the_number_still_held(alerts):
    text = "Belarus freed 123 prisoners on 13 December, but 500 remain behind bars."
    assert alerts(text, "2025-12-20") == [("remaining_count", None, 500, None, None)]


def test_a_sentence_that_opens_on_the_prisons_counts_the_held_past_an_aside(alerts):
    text = "В тюрьмах Беларуси, по оценкам правозащитников, сейчас находятся около 500 политзаключённых."
    assert alerts(text, "2025-06-24", language="ru") == [("remaining_count", None, 500, None, None)]
    assert alerts("By many estimates, some 200,000 people marched through Minsk.", "2025-06-24") == []


def test_a_count_brought_out_of_jail_is_released_and_together_the_releases_a_cumulative(alerts):
    text = "On 21 June the deal brought 16 people out of Belarusian prisons."
    assert alerts(text, "2025-06-23") == [("release_count", E1, 16, None, None)]
    text = "Together the three releases brought 189 people out of Belarusian jails, a fraction of those still held."
    assert alerts(text, "2025-12-30") == []


def test_a_series_of_pardons_that_began_is_not_one_release(alerts):
    assert alerts("Lukashenko began issuing such pardons in July.", "2024-09-16") == []
    assert alerts("Лукашенко начал миловать осуждённых ещё в июле.", "2024-09-16", language="ru") == []
    assert alerts("Lukashenko pardoned 18 prisoners in July.", "2024-09-16") == [("new_event", "2024-07", 18, None, None)]
    # a release that began on a day is that release
    assert alerts("Belarus began releasing 42 prisoners on Thursday morning.", "2025-09-12") == [
        ("release_count", "2025-09-11", 42, None, None)]


def test_among_the_released_in_lithuanian_and_not_among_them_in_ukrainian(alerts):
    text = "Šeštadienį, birželio 21 d., tarp išleistų yra ir Sviatlana Cichanouskaja."
    assert alerts(text, "2025-06-23", language="lt") == [("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]
    text = "Анджея Почобута, про якого нагадувала Варшава, серед звільнених 21 червня не було."
    assert alerts(text, "2025-06-23", language="uk") == []
    text = "Анджея Почобута, о котором напоминала Варшава, среди освобождённых 21 июня не было."
    assert alerts(text, "2025-06-23", language="ru") == []
