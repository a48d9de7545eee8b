"""Classes from the thirty-fifth round of blind sets (b105, b106, English), proven on sentences
written for these tests."""


def test_a_detention_in_the_country_dates_no_release(alerts):
    text = ("Belarus has released a Latvian citizen detained in the country in March 2024, "
            "the foreign ministry in Riga said on Tuesday, 14 October.")
    assert [(k, e) for k, e, _, _, _ in alerts(text, "2025-10-15")] == [("new_event", "2025-10-14")]


def test_a_group_welcomed_to_a_city_is_a_part_of_the_release(alerts):
    text = ("The foreign minister today welcomed to Vilnius nine people freed from Belarusian prisons. "
            "They belong to a larger group of 123 people pardoned on Saturday.")
    assert alerts(text, "2025-12-14") == []


def test_a_further_count_with_a_month_of_its_own_is_the_next_release(alerts):
    text = ("On 21 June Siarhei Tsikhanouski and 13 others were freed. "
            "In September a further 62 prisoners were handed over to Lithuania.")
    assert [(k, e, c) for k, e, c, _, _ in alerts(text, "2025-12-30")] == [("release_count", "2025-09-11", 62)]
    # control: a further group on the day told is a part of that release
    text = "On 21 June 14 prisoners were freed. A further nine were taken to Vilnius later that day."
    assert alerts(text, "2025-06-23") == []
