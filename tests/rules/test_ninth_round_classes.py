"""Classes from the ninth round of blind sets (b33-en, b34-en, b25-ru, b17-be, b16-pl, b15-uk,
b15-lt), proven on sentences written for these tests."""
E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


def test_a_country_that_receives_a_group_makes_its_count_a_sub_count(alerts):
    text = "Україна ввечері в суботу прийняла 114 людей, яких помилував Олександр Лукашенко."
    assert alerts(text, "2025-12-14", language="uk") == []
    text = "Большасьць вызваленых — 114 чалавек — беларускі бок перадаў Украіне."
    assert alerts(text, "2025-12-14", language="be") == []


def test_a_gapped_movement_verb_still_sends_the_count_to_its_place(alerts):
    text = "Większość uwolnionych 13 grudnia przewieziono do Ukrainy, a tylko dziewięć osób na Litwę."
    assert alerts(text, "2025-12-20", language="pl") == []
    text = "Most of those freed on 13 December were taken to Ukraine, and only nine people to Lithuania."
    assert alerts(text, "2025-12-20") == []


def test_a_count_since_a_month_is_a_total_over_releases(alerts):
    text = "Ад ліпеня 2024 году на волю вызвалена ўжо больш за 400 палітвязьняў."
    assert alerts(text, "2025-12-15", language="be") == []


def test_a_count_over_half_a_year_is_a_total_over_releases(alerts):
    assert alerts("Iš viso per pusmetį per JAV derybas laisvę atgavo 189 žmonės.", "2025-12-28", language="lt") == []
    assert alerts("Всего за полгода на свободу вышли 189 человек.", "2025-12-28", language="ru") == []
    assert alerts("In all, 189 people regained their freedom over half a year of US talks.", "2025-12-28") == []


def test_with_other_n_adds_the_person_named(alerts):
    expected = [("person_status", E2, "freed", None, "Viktar Babaryka")]
    text = "Віктор Бабарико вийшов на волю 11 вересня разом з іншими 51 в'язнями."
    assert alerts(text, "2025-12-15", language="uk") == expected
    text = "Viktar Babaryka walked free on 11 September together with other 51 prisoners."
    assert alerts(text, "2025-12-15") == expected
    text = "Viktaras Babaryka išėjo į laisvę rugsėjo 11 d. kartu su kitais 51 kaliniais."
    assert alerts(text, "2025-12-15", language="lt") == expected


def test_a_kin_noun_with_a_short_apposition_names_the_freed_one(alerts):
    expected = [("person_status", E2, "freed", None, "Viktar Babaryka")]
    text = "Її соратник Віктор Бабарико, колишній банкір, вийшов на волю ще 11 вересня."
    assert alerts(text, "2025-12-15", language="uk") == expected
    assert alerts("Her ally Viktar Babaryka, a former banker, walked free on 11 September.", "2025-12-15") == expected


def test_a_month_named_as_a_comparison_is_not_the_release_carried_on(alerts):
    text = ("W minioną sobotę reżim ułaskawił 123 więźniów politycznych. Pierwszy dzień wolności zaczął się "
            "w autobusie jadącym nie na Litwę, jak w czerwcu i we wrześniu, ale do Ukrainy. "
            "Dziewięć osób, w tym Aleś Bialacki, trafiło do Wilna.")
    assert alerts(text, "2025-12-15", language="pl") == []
    text = ("On Saturday the regime pardoned 123 political prisoners. The bus went not to Lithuania, as in "
            "June and September, but to Ukraine. Nine people, among them Ales Bialiatski, reached Vilnius.")
    assert alerts(text, "2025-12-15") == []


def test_together_with_him_counts_the_person_told_before(alerts):
    text = ("Akihiro Hayeuski-Hanada was freed on 21 June. Together with him, Siarhei Tsikhanouski and "
            "twelve other people crossed the Lithuanian border.")
    assert alerts(text, "2025-06-23") == []
    text = ("Акихиро Гаевский-Ханада вышел на свободу 21 июня. Вместе с ним литовскую границу пересекли "
            "Сергей Тихановский и ещё двенадцать человек.")
    assert alerts(text, "2025-06-23", language="ru") == []


def test_a_count_that_returned_home_is_the_home_countrys_part(alerts):
    text = ("Rugsėjo 11 d. Baltarusija paleido 52 kalinius. „Aštuoni žmonės grįžo namo“, – sakė viena "
            "Lietuvos diplomatė.")
    assert alerts(text, "2025-09-14", language="lt") == []


def test_a_person_who_stays_behind_is_held(alerts):
    text = "Three Poles freed by Belarus on 21 June, but Poczobut stays behind"
    assert alerts(text, "2025-06-22") == []
    assert alerts("Poczobut stayed behind the others and walked free on 21 June.", "2025-06-22") == \
        [("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_still_remains_behind_bars_after_a_long_apposition_is_held(alerts):
    text = ("Viktar Babaryka, the banker who in 2020 briefly looked like the candidate who could beat "
            "Lukashenko, still remains behind bars, serving his 14-year term.")
    assert alerts(text, "2026-01-05") == [("person_status", None, "held", None, "Viktar Babaryka")]


def test_not_among_them_after_an_apposition_is_not_freed(alerts):
    text = "Belarus released 14 prisoners on Saturday, but Andrzej Poczobut, the journalist, wasn't among them."
    assert alerts(text, "2025-06-22") == []


def test_an_inverted_reporting_tag_does_not_make_the_name_before_it_the_speaker(alerts):
    text = ("Among liberated persons on 21 June are the blogger Sergei Tikhanovsky and also his spouse "
            "Svetlana Tikhanovskaya, told the source.")
    assert alerts(text, "2025-06-22") == [("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]


def test_among_those_n_who_walked_out_frees_the_person_after_a_semicolon(alerts):
    text = ("In September, Belarus freed 52 more for relief for Belavia; Maria Kalesnikava was among "
            "those 52 who walked out on 11 September, after five years in custody.")
    assert alerts(text, "2025-12-20") == [("person_status", E2, "freed", None, "Maria Kalesnikava")]


def test_the_number_of_prisoners_fallen_to_or_held_is_a_remaining_count(alerts):
    text = ("With this release the number of political prisoners in Belarus has fallen to fewer than 700 "
            "people for the first time since 2021.")
    assert alerts(text, "2025-12-14") == [("remaining_count", None, 700, None, None)]
    assert alerts("After this year's releases, Belarus holds about 600 political prisoners.", "2025-12-20") == \
        [("remaining_count", None, 600, None, None)]
    assert alerts("Belarus holds about 1,100 political prisoners.", "2025-12-20") == []


def test_a_nationality_count_on_the_buses_after_a_release_counts_the_freed(alerts):
    text = ("Вчера, в четверг 11 сентября, режим выпустил из колоний 52 политических заключённых. "
            "По данным МИД, в автобусах находились семеро граждан Литвы.")
    assert alerts(text, "2025-09-12", language="ru") == [("nationality_count", E2, 7, "LT", None)]


def test_years_spent_behind_bars_are_not_a_remaining_count(alerts):
    text = ("21 июня. В Минск приезжает Кит Келлог. В тот же день на свободу выходят 16 человек, среди них "
            "Сергей Тихановский, проведший за решёткой пять лет.")
    assert alerts(text, "2025-12-30", language="ru") == [("release_count", E1, 16, None, None)]
    assert alerts("За решёткой в Беларуси сейчас около 2 500 человек.", "2025-12-30", language="ru") == \
        [("remaining_count", None, 2500, None, None)]


def test_a_nationality_noun_in_the_locative_counts_citizens(alerts):
    text = "W sobotę uwolniono 14 osób. Tallin poinformował o dwóch uwolnionych Estończykach."
    assert alerts(text, "2025-06-25", language="pl") == [("nationality_count", E1, 2, "EE", None)]


def test_stepping_off_the_bus_in_a_timelines_present_tense_frees_the_person(alerts):
    text = ("Rugsėjo 11 d. Lietuvos sieną kerta 52 paleisti kaliniai. Prie JAV ambasados Vilniuje iš "
            "autobuso išlipa ir Maryja Kalesnikava.")
    assert alerts(text, "2025-12-31", language="lt") == [("person_status", E2, "freed", None, "Maria Kalesnikava")]


def test_walked_out_and_brought_out_are_releases(alerts):
    text = "A year of releases\nBelarus freed 14 in June. Maria Kalesnikava, the flautist, walked out in the same June group."
    assert alerts(text, "2025-12-31") == [("person_status", E1, "freed", None, "Maria Kalesnikava")]
    text = ("In September, after a visit by John Coale, 52 people were put on buses to Lithuania; that release "
            "also brought out the Nobel laureate Ales Bialiatski, who had been held since 2021.")
    assert alerts(text, "2025-12-27") == [("person_status", E2, "freed", None, "Ales Bialiatski")]


def test_was_with_him_after_a_release_frees_the_person(alerts):
    text = ("On Saturday Siarhei Tsikhanouski walked free after five years. Andrzej Poczobut, the Polish "
            "journalist whose case has poisoned relations with Warsaw, was with him.")
    assert alerts(text, "2025-06-24") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_a_count_of_one_person_in_the_accusative_is_read(alerts):
    text = "Минулої суботи Олександр Лукашенко відпустив 131 людину — найбільшу групу за весь час торгу."
    assert alerts(text, "2025-12-16", language="uk") == [("release_count", E3, 131, None, None)]


def test_a_reporting_tag_set_off_by_commas_is_not_the_persons_speech(alerts):
    text = ("Звільнення\nВчора, у четвер, Білорусь звільнила 52 політв'язнів. Також серед звільнених у четвер "
            "була опозиціонерка Марія Колесникова, повідомили правозахисники, яку засудили 2021 року.")
    assert alerts(text, "2025-09-12", language="uk") == [("person_status", E2, "freed", None, "Maria Kalesnikava")]


def test_among_the_three_freed_poles_dash_names_the_freed(alerts):
    text = "У суботу Білорусь звільнила 14 політв'язнів. Серед трьох звільнених поляків — журналіст Анджей Почобут."
    assert alerts(text, "2025-06-24", language="uk") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_n_days_ago_dates_the_release(alerts):
    expected = [("release_count", E1, 16, None, None)]
    assert alerts("Три дні тому Білорусь звільнила 16 політв'язнів.", "2025-06-24", language="uk") == expected
    assert alerts("Trzy dni temu Białoruś uwolniła 16 więźniów politycznych.", "2025-06-24", language="pl") == expected
    assert alerts("Three days ago Belarus freed 16 political prisoners.", "2025-06-24") == expected


def test_there_is_no_x_among_the_freed_is_not_freed(alerts):
    text = ("Učora, u subotu 21 červienia, byli vyzvalenyja 14 palitviaźniaŭ. Adnačasova my zaŭvažajem: siarod "
            "vyzvalenych niama Andžeja Pačobuta, žurnalista, asudžanaha na 8 hadoŭ.")
    assert alerts(text, "2025-06-22", language="be") == []
    text = "В субботу, 21 июня, освобождены 14 политзаключённых. Однако среди освобождённых нет Анджея Почобута."
    assert alerts(text, "2025-06-22", language="ru") == []


def test_a_long_heading_that_opens_with_a_date_dates_the_section(alerts):
    text = ("Хроника\n21 июня: Тихановский и ещё 13\n\nВ день визита Келлога в Минск на свободу вышли 14 человек.\n\n"
            "11 сентября: 52 человека и одна нейтральная полоса\n\nПосле приезда Джона Коула на литовскую границу "
            "привезли 52 человека, 14 из них — иностранцы.")
    assert alerts(text, "2025-12-30", language="ru") == []


def test_left_the_colony_is_a_release(alerts):
    text = ("Потым, 11 верасьня, Джон Коўл вывез 52 чалавекі — і сярод іх Віктара Бабарыку, які нарэшце "
            "пакінуў калёнію ў Наваполацку.")
    assert alerts(text, "2025-10-20", language="be") == [("person_status", E2, "freed", None, "Viktar Babaryka")]
