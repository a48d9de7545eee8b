"""Classes from the thirty-seventh round of blind sets (b109, b110, English), proven on sentences
written for these tests."""


def test_a_fact_table_whose_label_holds_the_date_is_read(alerts):
    text = ("Belarus frees prisoners after talks with Washington\n"
            "| Prisoners freed on 21 June | 16 |\n"
            "|---|---|\n"
            "| Political prisoners still held | about 3,100 |")
    assert sorted((k, c) for k, _, c, _, _ in alerts(text, "2025-06-25")) == \
        [("release_count", 16), ("remaining_count", 3100)]


def test_a_count_after_a_dash_restates_the_moved_group_before_it(alerts):
    text = ("On 13 December 123 prisoners were freed. In December most of the freed were taken not to "
            "Lithuania but to Ukraine — 114 people, against nine who went to Vilnius.")
    assert alerts(text, "2025-12-20") == []


def test_a_name_freed_by_a_dated_release_keeps_that_date(alerts):
    text = "It came after the June release that freed Maria Kalesnikava and the September one."
    assert [(k, e, p) for k, e, _, _, p in alerts(text, "2025-12-20")] == \
        [("person_status", "2025-06-21", "Maria Kalesnikava")]
