"""A list of the freed: names opening the items of a bulleted list below a paragraph that
reports one release are freed in that release. Sentences written for the test."""

E1 = "2025-06-21"


def test_names_listed_below_a_release_are_freed_in_it(alerts):
    text = ("Belarus released 14 prisoners on Saturday after the envoy's visit. Here is what we know of them.\n"
            "- Ihar Karnei – a journalist who worked for Radio Liberty.\n"
            "- Andrzej Poczobut – a Polish journalist arrested in 2021.\n"
            "- Natallia Dulina and Kiryl Balakhanau – named by rights groups.")
    assert alerts(text, "2025-06-23") == [("person_status", E1, "freed", None, "Andrzej Poczobut")]


def test_a_list_of_those_still_held_frees_no_one(alerts):
    text = ("Belarus released 14 prisoners on Saturday after the envoy's visit. Many well-known names remain behind bars:\n"
            "- Andrzej Poczobut – a Polish journalist arrested in 2021.\n"
            "- Maria Kalesnikava – a musician and opposition figure.")
    assert alerts(text, "2025-06-23") == []
    text = ("Belarus released 14 prisoners on Saturday after the envoy's visit.\n"
            "Still in prison\n"
            "- Andrzej Poczobut – a Polish journalist, still held in a colony.")
    assert alerts(text, "2025-06-23") == []


def test_an_item_that_opens_with_more_than_names_frees_no_one(alerts):
    text = ("Belarus released 14 prisoners on Saturday after the envoy's visit.\n"
            "- Warsaw had hoped for Andrzej Poczobut – but he was not on the bus.")
    assert alerts(text, "2025-06-23") == []


def test_a_list_below_a_paragraph_of_two_releases_frees_no_one(alerts):
    text = ("Belarus released 14 prisoners on 21 June and 52 on 11 September.\n"
            "- Andrzej Poczobut – a Polish journalist arrested in 2021.")
    assert alerts(text, "2025-09-20") == []


# A sentence that opens by naming the group just freed ("Among those freed are") is about the
# release the article last told with its day, even a paragraph and a sentence later.

def test_among_those_freed_refers_to_the_release_last_told(alerts):
    text = ("The group welcomes the release on Saturday, 13 December, of 123 political prisoners. "
            "We share the joy of their families.\n"
            "Among those freed are Ales Bialiatski, Maria Kalesnikava and the journalist Ihar Karnei.")
    assert alerts(text, "2025-12-15") == [("person_status", "2025-12-13", "freed", None, "Ihar Karnei")]


def test_a_group_sentence_with_its_own_date_keeps_it(alerts):
    text = ("The group welcomes the release on Saturday, 13 December, of 123 political prisoners.\n"
            "Among those freed in June were Ihar Karnei and Natallia Dulina.")
    assert alerts(text, "2025-12-15") == []
