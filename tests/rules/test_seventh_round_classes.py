"""Classes from the seventh round of blind sets (b20-en, b18-ru, b12-be, b12-pl, b11-uk, b11-lt),
proven on sentences written for these tests."""
E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


def kinds(report):
    return [(d.kind, d.event, d.person) for d in report.candidates]


def test_earlier_in_the_day_names_the_day_stated_before_even_the_publication_day(alerts):
    text = ("Twenty-five Belarusians held in Belarusian jails crossed into Lithuania on Friday, 19 December, "
            "officials said.\nEarlier in the day, state media said Lukashenko had pardoned the 25 people.")
    assert alerts(text, "2025-12-19") == [("new_event", "2025-12-19", 25, None, None)]


def test_a_date_line_does_not_name_the_day_of_that_evening(alerts):
    text = ("19 December 2025 – Minsk\nOn Saturday, 13 December, Belarus pardoned 123 prisoners.\n"
            "That evening, the freed arrived in Vilnius and in Chernihiv.")
    assert alerts(text, "2025-12-19") == []


def test_a_count_after_along_with_is_no_speaker(alerts):
    text = ("Minsk has freed Siarhei Tsikhanouski, the husband of opposition leader Sviatlana Tsikhanouskaya, "
            "along with 15 other prisoners, in a move announced on Saturday after talks with a U.S. envoy.")
    assert alerts(text, "2025-06-21") == [("release_count", E1, 16, None, None)]
    text = "Minsk freed Siarhei Tsikhanouski on Saturday, two people close to the talks told reporters."
    assert alerts(text, "2025-06-21") == []


def test_one_after_the_conjunction_that_is_a_count(alerts):
    text = ("Belarus released 14 prisoners on Saturday.\nIn Tallinn, the foreign ministry said that one "
            "Estonian citizen was among them.")
    assert alerts(text, "2025-06-22") == []
    text = ("Belarus released 14 prisoners on Saturday.\nIn Riga, the government confirmed that one "
            "Latvian citizen was among them.")
    assert alerts(text, "2025-06-22") == [("nationality_count", E1, 1, "LV", None)]
    assert alerts("Belarus released 14 prisoners on Saturday; no one was hurt.", "2025-06-22") == []


def test_a_count_broken_down_by_day_after_a_colon_is_a_sum_over_releases(alerts):
    text = "This year Belarus has freed eight Lithuanian citizens: six on 11 September and two on 13 December."
    assert alerts(text, "2025-12-20") == []
    text = "On 11 September Belarus freed eight Lithuanian citizens: six men and two women."
    assert alerts(text, "2025-09-12") == [("nationality_count", E2, 8, "LT", None)]


def test_lithuanian_esa_reports_a_rumour_not_a_fact(alerts, check):
    text = "Internete plito žinia, esą tarp birželį paleistųjų buvo ir Sviatlana Cichanouskaja."
    assert alerts(text, "2025-06-25", language="lt") == []
    assert kinds(check(text, "2025-06-25", language="lt")) == [("person_status", E1, "Sviatlana Tsikhanouskaya")]


def test_polish_missing_from_the_list_is_not_freed(alerts):
    text = "21 czerwca Mińsk uwolnił 14 więźniów, w tym trzech Polaków; Andrzeja Poczobuta w tej grupie zabrakło."
    assert alerts(text, "2025-06-22", language="pl") == []
    text = "21 czerwca Mińsk uwolnił 14 więźniów, ale Siarhieja Cichanouskiego na liście brakuje."
    assert alerts(text, "2025-06-22", language="pl") == \
        [("person_status", E1, "not freed", None, "Siarhei Tsikhanouski")]


def test_a_wife_added_with_as_well_as_is_freed_with_her_husband(alerts):
    text = "По данным правозащитников, в субботу на свободе оказались Сергей Тихановский, а также его жена Светлана Тихановская."
    assert alerts(text, "2025-06-22", language="ru") == \
        [("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]
    text = "В субботу на свободу вышел Сергей Тихановский, а его жена Светлана Тихановская поблагодарила США."
    assert alerts(text, "2025-06-22", language="ru") == []


def test_returning_home_from_prison_is_a_release(alerts):
    text = "On Saturday, 22 November, 31 Ukrainians returned home from Belarusian prisons."
    assert alerts(text, "2025-11-23") == [("new_event", "2025-11-22", None, None, None)]
    assert alerts("On Saturday, 22 November, 31 Ukrainians returned home.", "2025-11-23") == []


def test_a_release_negated_before_the_name_is_not_the_persons(alerts):
    text = "В июне на свободу так и не вышел журналист Анджей Почобут, за которого просила Варшава."
    assert alerts(text, "2025-12-20", language="ru") == []
    text = "21 июня на свободу не вышел блогер Сергей Тихановский."
    assert alerts(text, "2025-06-25", language="ru") == \
        [("person_status", E1, "not freed", None, "Siarhei Tsikhanouski")]
    text = "21 чэрвеня на волю не выйшаў блогер Сяргей Ціханоўскі."
    assert alerts(text, "2025-06-25", language="be") == \
        [("person_status", E1, "not freed", None, "Siarhei Tsikhanouski")]


def test_belarusian_sums_over_half_a_year(alerts):
    text = "Калі скласці ўсе тры хвалі, на волю выйшлі 189 чалавек."
    assert alerts(text, "2025-12-17", language="be") == []
    text = "У верасні за паўгода праз амерыканскае пасрэдніцтва на волю выйшлі 66 чалавек."
    assert alerts(text, "2025-09-20", language="be") == []


def test_feminine_and_oblique_two_three_four(alerts):
    text = "У беларускіх турмах застаецца каля дзвюх тысяч палітвязняў."
    assert alerts(text, "2025-12-20", language="be") == [("remaining_count", None, 2000, None, None)]
    text = "U turmach zastajecca jašče kala dzviuch tysiač palitviaźniaŭ."
    assert alerts(text, "2025-12-20", language="be") == [("remaining_count", None, 2000, None, None)]
    text = "В субботу Минск помиловал 14 человек, вместе с четырьмя поляками."
    assert alerts(text, "2025-06-22", language="ru") == [("nationality_count", E1, 4, "PL", None)]


def test_counts_after_a_sentence_that_names_the_freed_are_theirs(alerts):
    opening = "У суботу, 21 чэрвеня, з беларускіх турмаў вызвалілі 14 чалавек.\n"
    text = opening + "Сярод вызваленых ёсць і замежнікі. Гэта тры грамадзяніна Польшчы і два грамадзяніна Эстоніі."
    assert alerts(text, "2025-06-23", language="be") == [("nationality_count", E1, 2, "EE", None)]
    text = opening + "Гэта стала першым вызваленнем за год. Два грамадзяніна Эстоніі пазней ехалі ў Таллін."
    assert alerts(text, "2025-06-23", language="be") == []


def test_a_ski_surname_is_found_in_its_other_latin_spellings(alerts):
    text = "On 11 September Belarus released 52 prisoners, among them the Nobel laureate Ales Byalyatsky."
    assert alerts(text, "2025-09-12") == [("person_status", E2, "freed", None, "Ales Bialiatski")]


def test_a_count_placed_by_persons_on_a_later_release_is_only_a_candidate(alerts, check):
    text = "Belarus released 52 political prisoners, among them Ales Bialiatski."
    report = check(text, "2025-09-13")
    assert ("release_count", E3, None) in kinds(report)
    assert all(d.kind != "release_count" for d in report.discrepancies)


def test_a_person_freed_in_the_one_release_an_article_dates_is_placed_on_it(alerts):
    text = ("Belarus released 14 prisoners on Saturday, 21 June, after talks with a U.S. envoy.\n"
            "The three freed Poles, among them the journalist Andrzej Poczobut, are already safe.")
    assert alerts(text, "2025-06-24") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]
    text = ("Belarus released 14 prisoners on Saturday, 21 June. On 11 September it freed 52 more.\n"
            "The freed, among them the journalist Andrzej Poczobut, are already safe.")
    assert alerts(text, "2025-09-14") == []


def test_working_waiting_or_stepping_towards_a_release_is_no_release(alerts):
    text = ("Belarus released 14 prisoners on Saturday. Warsaw continues to work for the release of "
            "Andrzej Poczobut, still jailed in Navapolatsk.")
    assert alerts(text, "2025-06-22") == []
    text = "В субботу Минск освободил 14 человек. В Варшаве ждут освобождения Анджея Почобута."
    assert alerts(text, "2025-06-22", language="ru") == []
    text = "У суботу Мінськ звільнив 14 людей. Це може стати першим кроком до звільнення Анджея Почобута."
    assert alerts(text, "2025-06-22", language="uk") == []


def test_a_nationality_before_another_verbs_object_does_not_count_it(alerts):
    assert alerts("Poczobut's fellow Poles cheered as Belarus releases 14 prisoners", "2025-06-21") == []


def test_the_n_include_refers_to_the_group_just_freed(alerts):
    text = "Belarus freed 14 prisoners on Saturday.\nOfficials say the 14 include three Poles and two Estonians."
    assert alerts(text, "2025-06-22") == [("nationality_count", E1, 2, "EE", None)]


def test_left_in_jails_and_still_serving_sentences_are_still_held(alerts):
    assert alerts("With roughly 500 political prisoners left in Belarusian jails, Minsk has few chips left.",
                  "2025-07-02") == [("remaining_count", None, 500, None, None)]
    assert alerts("Some 3,000 Belarusians are still serving sentences for their politics.", "2025-09-18") == \
        [("remaining_count", None, 3000, None, None)]


def test_a_list_item_headed_by_a_name_and_a_dash_frees_that_person(alerts):
    text = "Where they are now:\n- Maria Kalesnikava — freed on 11 September with the group of 52."
    assert alerts(text, "2025-12-22") == [("person_status", E2, "freed", None, "Maria Kalesnikava")]


def test_a_by_the_numbers_line_reads_its_number_with_its_words(alerts):
    assert alerts("By the numbers:\n- 16 — prisoners freed on 21 June in Minsk.", "2025-09-12") == \
        [("release_count", E1, 16, None, None)]
    assert alerts("By the numbers:\n- 14 — prisoners freed on 21 June in Minsk.", "2025-09-12") == []


def test_a_list_named_after_a_release_frees_its_persons(alerts):
    text = ("On 11 September Belarus freed 52 prisoners.\nThe names on the list read like a who's who of "
            "the protests: Ihar Losik and Maria Kalesnikava.")
    assert alerts(text, "2025-09-12") == [("person_status", E2, "freed", None, "Maria Kalesnikava")]
    text = "On 11 September Belarus freed 52 prisoners. It includes Viktar Babaryka."
    assert alerts(text, "2025-09-12") == [("person_status", E2, "freed", None, "Viktar Babaryka")]


def test_not_on_a_days_list_and_still_serving_as_of_writing(alerts):
    text = "Belarus freed 123 prisoners on Saturday, but Viktar Babaryka was not on Saturday's list."
    assert alerts(text, "2025-12-15") == [("person_status", E3, "not freed", None, "Viktar Babaryka")]
    text = ("Belarus freed 123 prisoners on Saturday. And Maria Kalesnikava? As of this writing she is "
            "still serving her sentence in Homel.")
    assert alerts(text, "2025-12-19") == [("person_status", None, "held", None, "Maria Kalesnikava")]


def test_last_saturday_written_on_a_saturday_is_a_week_before(alerts):
    text = "Last Saturday's release of Siarhei Tsikhanouski and 13 other prisoners was a relief."
    assert alerts(text, "2025-06-28") == []
    assert alerts("В прошлую субботу Минск освободил 14 человек.", "2025-06-28", language="ru") == []
    assert alerts("W zeszłą sobotę Mińsk uwolnił 14 więźniów.", "2025-06-28", language="pl") == []
    assert alerts("On Saturday Minsk freed 14 prisoners.", "2025-06-28") == \
        [("new_event", "2025-06-28", 14, None, None)]


def test_a_count_that_crossed_our_border_went_to_ukraine(alerts):
    text = ("Минулої суботи Мінськ звільнив 123 людини. Саме через наш кордон пройшли 114 звільнених, "
            "серед них п'ятеро наших громадян.")
    assert alerts(text, "2025-12-20", language="uk") == []


def test_each_release_of_a_dozen_is_a_habit_not_a_release(alerts):
    text = ("Last Saturday Belarus freed 14 prisoners. Each release of a dozen people is followed by new "
            "arrests within weeks.")
    assert alerts(text, "2025-06-28") == []


def test_a_live_entry_opening_with_its_clock_time_tells_that_day(alerts):
    text = ("12:05 Минск помиловал 123 человека.\n"
            "13:47 И ещё одна новость: на свободе Сергей Тихановский.")
    assert alerts(text, "2025-12-13", language="ru") == \
        [("person_status", E3, "freed", None, "Siarhei Tsikhanouski")]
    text = "- 16:45 Sviatlana Tsikhanouskaya posts a video: her husband gets out of a van in Vilnius."
    assert alerts("Belarus freed 14 prisoners today.\n" + text, "2025-06-21") == []


def test_more_than_with_chem_is_a_bound(alerts):
    text = "Николай Статкевич, один из более чем 50 политзаключенных, освобожденных в четверг, вернулся в колонию."
    assert alerts(text, "2025-09-12", language="ru") == []


def test_a_count_moved_to_a_country_stays_a_part_though_its_relative_clause_frees_it(alerts):
    text = ("В субботу Минск помиловал 123 человека. Сегодня в Литву доставлены девять человек, "
            "которых власти Беларуси освободили из мест лишения свободы.")
    assert alerts(text, "2025-12-13", language="ru") == []


def test_one_and_two_are_two_numbers(alerts):
    text = ("Belarus freed 14 prisoners on Saturday. Poland said three Poles were freed, while Estonia and "
            "Latvia confirmed the release of one and two of their citizens.")
    assert alerts(text, "2025-06-22") == []
    assert alerts("Belarus freed one hundred and two prisoners on 11 September.", "2025-09-12") == \
        [("release_count", E2, 102, None, None)]


def test_a_wife_listed_with_a_possessive_counts_with_the_others(alerts):
    text = "Last Saturday's release of Sviatlana Tsikhanouskaya, her husband Siarhei and a dozen other prisoners was welcome."
    assert alerts(text, "2025-06-28") == [("person_status", E1, "freed", None, "Sviatlana Tsikhanouskaya")]


def test_one_waiting_for_the_freed_is_not_freed(alerts):
    text = ("Belarus freed 14 prisoners on Saturday. Sviatlana Tsikhanouskaya was in Vilnius on Saturday "
            "waiting for her husband.")
    assert alerts(text, "2025-06-22") == []


def test_belarusian_corrections_and_telegram_reports_are_hedged(alerts):
    text = "21 чэрвеня вызвалілі 14 чалавек. Удакладненне: раней мы пісалі пра 16 вызваленых."
    assert alerts(text, "2025-06-21", language="be") == []
    text = "21 чэрвеня вызвалілі 14 чалавек. У тэлеграм-каналах з'яўляюцца звесткі, што вызвалілі 16 чалавек."
    assert alerts(text, "2025-06-21", language="be") == []


def test_a_count_broken_down_by_month_after_a_dash_is_a_sum(alerts):
    text = "Šiemet Baltarusija jau paleido 66 politinius kalinius – birželį 14, rugsėjį 52."
    assert alerts(text, "2025-11-20", language="lt") == []


def test_belarusian_handed_over_to_ukraine_is_a_part(alerts):
    text = "13 снежня вызвалілі 123 чалавекі. 114 вызваленых былі перададзеныя Украіне."
    assert alerts(text, "2025-12-14", language="be") == []


def test_a_span_in_a_later_clause_is_not_the_remaining_counts(alerts):
    text = "Some 2,500 political prisoners remain behind bars in Belarus, and arrests have continued since Saturday."
    assert alerts(text, "2025-06-28") == [("remaining_count", None, 2500, None, None)]
    assert alerts("Since June, more than 300 people have been freed.", "2025-12-20") == []


def test_a_decree_about_the_pardon_of_n_is_a_release(alerts):
    text = "Alexander Lukashenko has signed decree about pardon of 132 persons, convicted for extremism."
    assert alerts(text, "2025-12-14") == [("release_count", E3, 132, None, None)]


def test_russian_kin_with_a_declined_first_name_and_reporting_speakers_are_not_freed(alerts):
    text = ("В субботу освобождены 14 человек. Наиболее известный среди освобожденных — блогер Сергей "
            "Тихановский, супруг проживающей в Литве оппозиционерки Светланы Тихановской.")
    assert alerts(text, "2025-06-22", language="ru") == []
    text = "16:20 Светлана Тихановская сообщает, что ее муж Сергей Тихановский освобожден."
    assert alerts(text, "2025-06-21", language="ru") == []


def test_an_epithet_with_a_hyphen_answers_for_the_person_asked_about(alerts):
    text = ("Was Andrzej Poczobut freed?\nYes. The Polish-minority journalist was among those released "
            "on Saturday.")
    assert alerts(text, "2025-06-23") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_a_list_item_headed_by_a_name_says_the_person_is_held(alerts):
    text = ("Where are they now?\n- Maria Kalesnikava — the flautist who led the 2020 protests remains in "
            "the women's colony in Homel.")
    assert alerts(text, "2025-12-20") == [("person_status", None, "held", None, "Maria Kalesnikava")]


def test_a_paragraph_turning_to_the_held_before_a_list_leaves_the_list_held(alerts):
    text = ("This year has brought releases, most recently the 52 people freed on 11 September, but the "
            "leaders of 2020 remain hostages. Here are two of them.\n"
            "- Ales Bialiatski — founder of Viasna, serving 10 years.\n"
            "- Viktar Babaryka — former banker, serving 14 years.")
    assert alerts(text, "2025-10-02") == []



def test_with_after_prisoners_is_not_since(alerts):
    text = ("В этом году Беларусь освобождала заключенных после контактов с американцами: в июне вместе "
            "с Сергеем Тихановским 14 человек, в сентябре — 52.")
    assert alerts(text, "2025-11-22", language="ru") == []
    assert alerts("Бабарико, заключенный с 2020 года, освобожден 13 декабря.", "2025-12-14", language="ru") == []


def test_those_who_had_been_held_and_went_free_are_no_remaining_count(alerts):
    text = "Сегодня 123 человека, находившиеся в заключении в Беларуси, вышли на свободу."
    assert alerts(text, "2025-12-13", language="ru") == []


def test_a_count_freed_or_to_be_freed_is_not_still_held(alerts):
    text = "Statement: 123 people freed on 13 December - our work for everyone still behind bars goes on"
    assert alerts(text, "2025-12-14") == []
    text = "Belarus freed 14 prisoners on Saturday. She says a further 1,150 political prisoners must be freed."
    assert alerts(text, "2025-06-22") == []


def test_a_fact_box_without_dates_reads_each_figure_with_its_label(alerts):
    text = ("| Item | Figure | Source |\n|---|---|---|\n| Prisoners released | 52 | Nausėda |\n"
            "| Political prisoners still held | about 600 | Estimate |")
    assert alerts(text, "2025-09-12") == [("remaining_count", None, 600, None, None)]
    text = "| Item | Figure |\n|---|---|\n| Prisoners released | 42 |"
    assert alerts(text, "2025-09-12") == [("release_count", E2, 42, None, None)]


def test_and_also_other_n_after_an_apposition_adds_the_named(alerts):
    text = ("On Saturday 21 June the Belarusian power has released the blogger Sergei Tikhanovsky, husband "
            "of the opposition leader Svetlana Tikhanovskaya, and also other 13 persons.")
    assert alerts(text, "2025-06-22") == []
    text = ("On Saturday 21 June the Belarusian power has released the blogger Sergei Tikhanovsky, husband "
            "of the opposition leader Svetlana Tikhanovskaya, and also other 15 persons.")
    assert alerts(text, "2025-06-22") == [("release_count", E1, 16, None, None)]


def test_a_count_in_brackets_after_a_country_is_that_countrys(alerts):
    text = ("Belarus freed 14 prisoners on Saturday. Among them are citizens of Poland (three person), "
            "Latvia (two person) and Estonia (two person).")
    assert alerts(text, "2025-06-22") == [("nationality_count", E1, 2, "EE", None)]


def test_the_fight_for_a_person_goes_on_is_no_release_of_them(alerts):
    text = ("Belarus freed 14 prisoners on Saturday, 21 June.\nWarsaw has welcomed the release of its "
            "nationals over the weekend, but says the fight for journalist Andrzej Poczobut goes on.")
    assert alerts(text, "2025-06-23") == []
