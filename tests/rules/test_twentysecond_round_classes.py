"""Classes from the twenty-second round of blind sets (b59-en, b60-en), proven on sentences written
for these tests."""


def test_what_a_channel_posts_is_hedged(check):
    report = check("A pro-government Telegram channel posts that 104 people have been pardoned today.", "2025-12-13")
    assert report.discrepancies == [] and [d.claimed for d in report.candidates] == [104]
    # control: the same count told by the article itself is pushed
    report = check("Minsk pardoned 104 people today.", "2025-12-13")
    assert [d.claimed for d in report.discrepancies] == [104]
