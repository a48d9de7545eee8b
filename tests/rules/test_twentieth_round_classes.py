"""Classes from the twentieth round of blind sets (b55-en, b56-en), proven on sentences written
for these tests."""

E1 = "2025-06-21"


def test_a_factbox_term_and_its_value_on_two_lines_are_read_as_one(alerts):
    text = "FACTBOX: The June release\nDate\nSaturday, 21 June 2025\nNumber freed\n15\nTaken to\nVilnius"
    assert alerts(text, "2025-06-23") == [("release_count", E1, 15, None, None)]
    # control: a heading over a paragraph stays a heading
    text = "Who was freed\nMinsk freed 14 prisoners on Saturday, 21 June."
    assert alerts(text, "2025-06-23") == []


def test_a_list_that_shrank_to_a_number_states_the_remaining(alerts):
    text = "The list of political prisoners has shrunk to about 400 people, Viasna says."
    assert alerts(text, "2025-12-20") == [("remaining_count", None, 400, None, None)]
