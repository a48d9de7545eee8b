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
