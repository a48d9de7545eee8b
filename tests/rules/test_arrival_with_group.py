"""A known person described arriving with the freed group is placed in that release (own sentences)."""
E1, E3 = "2025-06-21", "2025-12-13"


def test_stepped_off_the_bus_after_a_release(alerts):
    text = ("On Saturday Minsk pardoned 123 prisoners and a convoy brought some of them to Vilnius. "
            "Halina Krasnianskaya, whose case had drawn little attention, also stepped off the bus on Saturday.")
    assert alerts(text, "2025-12-15") == [("person_status", E3, "freed", None, "Halina Krasnianskaya")]


def test_bus_without_a_release_is_nothing(alerts):
    text = "Halina Krasnianskaya stepped off the bus in Vilnius on Saturday to meet old friends."
    assert alerts(text, "2025-12-15") == []


def test_release_inside_the_whose_clause_is_someone_elses(alerts):
    text = ("On Saturday Minsk pardoned 123 prisoners. "
            "Sviatlana Tsikhanouskaya, whose husband walked free in June, greeted the convoy on Saturday.")
    assert [a for a in alerts(text, "2025-12-15") if a[4] == "Sviatlana Tsikhanouskaya"] == []
