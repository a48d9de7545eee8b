"""Classes from the sixteenth round of blind sets (b47-en, b48-en, b32-ru, b24-be, b23-pl,
b22-uk, b22-lt), proven on sentences written for these tests."""

E1, E2, E3 = "2025-06-21", "2025-09-11", "2025-12-13"


def test_an_epithet_before_a_name_is_that_name_not_the_person_before(alerts):
    text = ("Belarus freed 14 prisoners on 21 June. In Vilnius Siarhei Tsikhanouski embraced his wife "
            "Sviatlana Tsikhanouskaya. The freed group includes Radio Liberty journalist Ihar Karnei.")
    assert alerts(text, "2025-06-25") == []


def test_a_few_dozen_is_a_vague_quantity_not_twelve(alerts):
    assert alerts("In September Minsk let a few dozen prisoners go.", "2025-12-20") == []
    assert alerts("In September Minsk freed several dozen prisoners.", "2025-12-20") == []


def test_a_speech_date_after_a_quoted_release_dates_the_speech(alerts):
    text = ('Ihar Karnei was one of the 14 prisoners released on 21 June. By the evening he was in '
            'Vilnius. "Nobody said the word freedom. They just said: sign here, you are pardoned," he '
            'told us on Tuesday.')
    assert alerts(text, "2025-06-25") == []
    text = ('Lukashenko signed a decree pardoning 22 people convicted of "extremist activity", state '
            'media reported on Tuesday.')
    assert alerts(text, "2025-12-31") == [("new_event", "2025-12-30", 22, None, None)]


def test_taking_office_dates_itself_not_the_release(alerts):
    text = ("W środę 12 lutego Mińsk uwolnił trzech więźniów. To pierwsze uwolnienie po objęciu urzędu "
            "przez Donalda Trumpa w styczniu.")
    assert alerts(text, "2025-02-13", language="pl") == [("new_event", "2025-02-12", 3, None, None)]


def test_handed_to_a_country_is_a_count_taken_there(alerts):
    text = "Belarus freed 123 prisoners on 13 December; 114 of the freed were handed to Ukraine."
    assert alerts(text, "2025-12-14") == []
    text = "Belarus freed 123 prisoners on 13 December. 114 freed prisoners were handed to Ukraine."
    assert alerts(text, "2025-12-14") == []


def test_a_release_that_leaves_a_number_states_the_remaining(alerts):
    text = "Belarus freed 123 prisoners on 13 December. The release leaves fewer than 500 political prisoners in Belarus."
    assert alerts(text, "2025-12-14") == [("remaining_count", None, 500, None, None)]
