"""Classes from the eleventh round of blind sets (b37-en, b38-en, b27-ru, b19-be, b18-pl, b17-uk,
b17-lt), proven on sentences written for these tests."""
E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


def test_a_person_in_the_release_group_is_freed_in_it(alerts):
    text = "Belarus freed 123 prisoners on 13 December. The economist Ihar Karnei was also in the December group."
    assert alerts(text, "2026-01-10") == [("person_status", E3, "freed", None, "Ihar Karnei")]


def test_a_counted_group_in_the_group_does_not_free_a_person_named_after_it(alerts):
    text = ("Belarus freed 14 prisoners on 21 June. Warsaw said three Polish citizens were in the group, "
            "but named Andrzej Poczobut as someone it still hopes to bring home.")
    assert alerts(text, "2025-06-24") == []


def test_a_group_taken_abroad_opens_the_story_of_a_release(alerts):
    text = ("On 21 June, Siarhei Tsikhanouski and 13 other detainees were driven to Vilnius. "
            "The journalist Ihar Karnei was also in the group.")
    assert alerts(text, "2025-07-01") == []
    text = ("On 11 September, 52 prisoners were driven to the Lithuanian border. "
            "The journalist Ihar Karnei was also in the group.")
    assert alerts(text, "2025-09-20") == [("person_status", E2, "freed", None, "Ihar Karnei")]


def test_a_held_relative_clause_after_a_kin_noun_is_the_relatives(alerts):
    text = "Viktar Babaryka walked free on 13 December and spoke at once of his son, who is still in prison."
    assert alerts(text, "2025-12-20") == []


def test_a_held_predicate_after_an_apposition_and_a_relative_clause(alerts):
    text = ("Wiktar Babaryka, były prezes banku, który w 2020 roku chciał kandydować na prezydenta, "
            "nadal pozostaje w kolonii karnej.")
    assert alerts(text, "2025-12-20", language="pl") == [("person_status", None, "held", None, "Viktar Babaryka")]


def test_serving_a_sentence_is_held(alerts):
    freed_three = {"en": "Belarus freed 14 people on Saturday, three Poles among them, but Warsaw noted that "
                         "Andrzej Poczobut is serving an eight-year sentence.",
                   "uk": "Польське МЗС привітало звільнення трьох своїх громадян, але нагадало, що Анджей "
                         "Почобут відбуває восьмирічний строк.",
                   "ru": "МИД Польши приветствовал освобождение троих своих граждан, но напомнил, что Анджей "
                         "Почобут отбывает восьмилетний срок."}
    for language, text in freed_three.items():
        assert alerts(text, "2025-06-21", language=language) == [], language
    text = "Kalesnikava had been serving an 11-year sentence before she was freed on 13 December."
    assert alerts(text, "2025-12-20") == []


def test_a_person_freed_after_the_article_was_not_yet_freed_when_it_was_written(alerts):
    text = ("Thursday the regime have freed 52 political prisoners. Between freed persons is also the "
            "laureate Ales Bialiatski.")
    assert alerts(text, "2025-09-13") == [("person_status", E2, "freed", None, "Ales Bialiatski")]


def test_among_those_who_walked_free_opens_a_list_of_the_freed(alerts):
    expected = [("person_status", E2, "freed", None, "Maria Kalesnikava")]
    texts = {"uk": "Серед тих, хто 11 вересня вийшов на волю, — Марія Колеснікова, одна з облич протестів.",
             "ru": "Среди тех, кто 11 сентября вышел на свободу, — Мария Колесникова.",
             "pl": "Wśród tych, którzy 11 września wyszli na wolność, jest Maria Kalesnikawa.",
             "en": "Among those who walked free on 11 September was Maria Kalesnikava."}
    for language, text in texts.items():
        assert alerts(text, "2025-09-15", language=language) == expected, language


def test_those_who_walked_out_on_a_weekday(alerts):
    text = "Šeštadienį paleisti 123 kaliniai. Tarp šeštadienį išėjusiųjų buvo ir Siarhejus Cichanouskis."
    assert alerts(text, "2025-12-14", language="lt") == [("person_status", E3, "freed", None, "Siarhei Tsikhanouski")]


def test_a_group_that_crossed_the_border_is_a_release(alerts):
    text = "У верасні праз мяжу з Літвой перайшлі 52 чалавекі. Сярод іх быў Алесь Бяляцкі."
    assert alerts(text, "2025-12-20", language="be") == [("person_status", E2, "freed", None, "Ales Bialiatski")]


def test_a_year_in_which_counts_over_the_year(alerts):
    text = "Ми вирішили підсумувати рік, у якому за посередництва США на волю вийшли сотні людей."
    assert alerts(text, "2025-12-31", language="uk") == []
    assert alerts("We sum up a year in which 250 people walked free through US mediation.", "2025-12-31") == []


def test_time_since_a_release_is_not_a_span_of_releases(alerts):
    text = "Three weeks have passed since Belarus freed 42 political prisoners on 11 September."
    assert alerts(text, "2025-10-02") == [("release_count", E2, 42, None, None)]


def test_a_sum_with_two_named_releases_is_a_total(alerts):
    text = ("Together with the 14 freed in June and the 52 freed in September, more than 180 people "
            "have left Belarusian prisons through US mediation.")
    assert alerts(text, "2025-12-13") == []


def test_a_figure_a_channel_claims_is_a_candidate(alerts):
    text = ("On Sunday a pro-government Telegram channel claimed that Minsk had let go only seven "
            "prisoners on 21 June.")
    assert alerts(text, "2025-06-25") == []


def test_a_status_time_is_not_the_release_day(alerts):
    text = ("Several political prisoners were released on 3 July 2024. As of the morning of 4 July, our "
            "monitors can confirm the release of eight political prisoners.")
    assert [a[:2] for a in alerts(text, "2024-07-04")] == [("new_event", "2024-07-03")]


def test_the_anniversary_of_a_liberation_is_no_release(alerts):
    text = "On 2 July 2024 Lukashenka signed a law marking the 80th anniversary of the liberation of Belarus."
    assert alerts(text, "2024-07-04") == []


def test_a_whose_clause_dating_the_persons_own_release(alerts):
    expected = [("person_status", E3, "freed", None, "Siarhei Tsikhanouski")]
    text = ("Сергей Тихановский, чьё освобождение в декабре многие восприняли как главный итог визита, "
            "выступил в Вильнюсе.")
    assert alerts(text, "2025-12-15", language="ru") == expected
    text = ("Siarhei Tsikhanouski, whose release in December many saw as the main result of the visit, "
            "spoke in Vilnius.")
    assert alerts(text, "2025-12-15") == expected


def test_a_person_crossing_the_border_after_a_release_is_freed(alerts):
    expected = [("person_status", E3, "freed", None, "Siarhei Tsikhanouski")]
    text = "В субботу на свободу вышли 123 человека. Границу пересёк и Сергей Тихановский."
    assert alerts(text, "2025-12-15", language="ru") == expected
    text = "On Saturday 123 people were freed. Together with the others, Siarhei Tsikhanouski crossed the border."
    assert alerts(text, "2025-12-15") == expected


def test_a_garbled_singular_noun_after_a_count_still_counts_people(alerts):
    text = "У чацвер Лукашэнка вызваліў 42 палітычны вязень."
    assert alerts(text, "2025-09-12", language="be") == [("release_count", E2, 42, None, None)]


def test_both_opening_a_sentence_refers_to_the_two_persons_named_before(alerts):
    expected = [("person_status", E2, "freed", None, "Siarhei Tsikhanouski"),
                ("person_status", E2, "freed", None, "Maria Kalesnikava")]
    text = ("Самые известные имена — Сергей Тихановский и Мария Колесникова. Оба вышли на свободу "
            "11 сентября.")
    assert sorted(alerts(text, "2025-09-15", language="ru")) == sorted(expected)
    text = ("Belarus freed 52 people on 11 September. The best-known names: Siarhei Tsikhanouski, the "
            "blogger, and Maria Kalesnikava, the flautist. Both were in the group that reached Vilnius.")
    assert sorted(alerts(text, "2025-09-15")) == sorted(expected)


def test_both_does_not_reach_a_relative_or_a_third_person(alerts):
    text = ("Belarus freed 52 people on 11 September. The best-known names: Siarhei Tsikhanouski, whose "
            "wife Sviatlana Tsikhanouskaya leads the opposition, and Maria Kalesnikava. Both were in the "
            "group that reached Vilnius.")
    assert ("person_status", E2, "freed", None, "Sviatlana Tsikhanouskaya") not in alerts(text, "2025-09-15")
    text = ("Belarus freed 52 people on 11 September. Ales Bialiatski, Maria Kalesnikava and Viktar "
            "Babaryka stayed in prison. Both were in the group that reached Vilnius.")
    assert alerts(text, "2025-09-15") == []


# ---- the twelfth round (b39-en, b40-en, b28-ru, b20-be, b19-pl, b18-uk, b18-lt) ----

def test_a_group_crossing_a_countrys_border_goes_there(alerts):
    text = "Vakare „Viasna“ skelbė, kad gruodžio 13 d. per Ukrainos sieną perėjo 114 žmonių."
    assert alerts(text, "2025-12-14", language="lt") == []


def test_a_count_that_was_among_a_larger_group_is_a_part(alerts):
    text = ("Two people who worked with Radio Liberty were among the 14 prisoners released on Saturday "
            "together with Siarhei Tsikhanouski.")
    assert alerts(text, "2025-06-23") == []


def test_what_some_channels_reported_is_a_candidate(alerts):
    text = "Early on Saturday some Telegram channels reported that 13 people had been released."
    assert alerts(text, "2025-06-23") == []


def test_others_include_lists_the_freed(alerts):
    text = ("Who was released on Saturday? Fourteen people. The best known is Siarhei Tsikhanouski. "
            "Others include Ihar Karnei and the Polish journalist Andrzej Poczobut.")
    assert alerts(text, "2025-06-25") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_the_best_known_name_on_the_bus_that_day(alerts):
    text = ("Fifty-two prisoners were released on Thursday, 11 September. The best-known name on the bus "
            "that day was Ales Bialiatski, who stepped off in Vilnius.")
    assert alerts(text, "2025-12-30") == [("person_status", E2, "freed", None, "Ales Bialiatski")]


def test_also_on_the_bus_was_a_person(alerts):
    text = "On Saturday 123 people were freed. Also on the bus to Ukraine was Viktar Babaryka."
    assert alerts(text, "2025-12-14") == []
    text = "On Thursday 52 people were freed. Also on the bus to Vilnius was Ales Bialiatski."
    assert alerts(text, "2025-09-13") == [("person_status", E2, "freed", None, "Ales Bialiatski")]


def test_leaving_the_colonies_is_a_release(alerts):
    assert alerts("By Saturday evening, 132 people had left Belarusian colonies.", "2025-12-14") == \
        [("release_count", E3, 132, None, None)]


def test_among_n_freed_is_the_whole_not_a_nationality_count(alerts):
    text = "У чацвер вызвалілі 52 чалавекі. Сярод 52 вызваленых былі грамадзяне Літвы і Латвіі."
    assert alerts(text, "2025-09-12", language="be") == []
    text = "W sobotę uwolniono 14 osób. Wśród czternastu uwolnionych są obywatele Polski."
    assert alerts(text, "2025-06-22", language="pl") == []
    text = "Šeštadienį paleisti 14 žmonių. Tarp trijų paleistų lenkų yra ir žurnalistas."
    assert alerts(text, "2025-06-22", language="lt") == []


def test_a_garbled_nominative_after_a_count_still_counts_people(alerts):
    text = "В четверг белорусские власти освобождали 48 заключённый."
    assert alerts(text, "2025-09-12", language="ru") == [("release_count", E2, 48, None, None)]


def test_a_date_labelling_a_gapped_clause_does_not_date_a_person_before_it(alerts):
    text = "Летом на свободу вышел Сергей Тихановский, в сентябре — журналист Игорь Лосик."
    assert alerts(text, "2025-12-29", language="ru") == []


def test_a_confirming_speaker_after_the_verb_is_not_freed(alerts):
    text = ("Birželio 21 d. paleistas Siarhejus Cichanouskis. Jo paleidimą socialiniuose tinkluose "
            "patvirtino pati S. Cichanouskaja.")
    assert alerts(text, "2025-06-22", language="lt") == []


def test_the_most_symbolic_figure_of_the_group(alerts):
    text = ("We wrześniu uwolniono 52 osoby. Najbardziej symboliczną postacią wrześniowej grupy była "
            "Maryja Kalesnikawa.")
    assert alerts(text, "2025-10-02", language="pl") == [("person_status", E2, "freed", None, "Maria Kalesnikava")]


def test_a_person_a_movement_verb_takes_after_a_release(alerts):
    text = ("11 вересня звільнили 52 людей. У вересні Коул вивіз до Литви нобелівського лауреата "
            "Алеся Бяляцького.")
    assert alerts(text, "2025-12-18", language="uk") == [("person_status", E2, "freed", None, "Ales Bialiatski")]
    text = "On 11 September 52 people were freed. Sviatlana Tsikhanouskaya travelled to Vilnius to meet them."
    assert alerts(text, "2025-09-13") == []
    text = ("On 21 June 14 people were freed. This photo taken from video released by Sviatlana "
            "Tsikhanouskaya's office on June 21 shows her hugging her husband.")
    assert alerts(text, "2025-06-22") == []


def test_cannot_leave_the_colony_is_no_release(alerts):
    for text in ("On Saturday 123 people were freed. Andrzej Poczobut cannot leave the colony.",
                 "On Saturday 123 people were freed. Andrzej Poczobut can't be freed under the amnesty."):
        assert alerts(text, "2025-12-15") == [], text
