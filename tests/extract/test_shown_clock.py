"""Dates of trimmed real pages: metadata stating one instant in two zones, or the page's clock stamped as UTC, where
the page's displayed clock picks the stamp its readers see (:func:`newsmend.fields.dates.shown_stamp`), and the date
and clock forms displays are written in."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsmend
from newsmend.fields.dates import parse_date, shown_next_to_day, shown_stamp

PAGES = Path(__file__).parent.parent / "fixtures" / "pages" / "dates"
#: A Colombian daily's story (trafilatura-eval t0835, labelled the 6th): ``6 May 2022 - 2:00 a. m.`` over the
#: headline, ``datePublished=2022-05-05T21:00:00-05:00`` in JSON-LD, the same instant in UTC as
#: ``article:published_time``, and a ``cXenseParse:publishtime`` of the UTC clock with Bogotá's offset (another
#: instant).
COLOMBIAN_DAILY = "colombian-daily-utc-clock.html"
UTC_STAMP = '<meta property="article:published_time" content="2022-05-06T02:00:00.824Z"/>'


#: A Japanese gadget blog's news story (postlight/parser's fixture, trimmed): ``article:published_time`` states
#: ``2019-04-19T20:00:00.000Z``, the clock the page shows in its ``<time datetime="2019-04-19T20:00:00+09:00">2019.04.19
#: 20:00</time>``: a local clock reading stamped ``Z``.
JAPANESE_BLOG = PAGES.parent / "unseen-ja3" / "gizmodo-suica-gashapon-2019.html"
JAPANESE_TIME = '<time datetime="2019-04-19T20:00:00+09:00">'


def _page() -> bytes:
    return (PAGES / COLOMBIAN_DAILY).read_bytes()


def test_the_stamp_on_the_displayed_clock_wins_over_the_same_instant_in_another_zone() -> None:
    """JSON-LD's Bogotá time was read before: the 5th, a day before the date the page shows."""
    assert newsmend.extract(_page()).date == "2022-05-06T02:00:00+00:00"


def test_the_displayed_clock_makes_no_zone_up() -> None:
    """Without the UTC stamp no metadata states the shown clock: the first stamp stays, in its own zone (a page saved
    from a browser shows its visitor's zone, no publisher's)."""
    page = _page().decode("utf-8")
    assert UTC_STAMP in page
    art = newsmend.extract(page.replace(UTC_STAMP, "").encode("utf-8"))
    assert art.date == "2022-05-05T21:00:00-05:00"


@pytest.mark.parametrize(
    ("stamps", "expected"),
    [
        (["2022-05-06T02:00:00-05:00"], None),  # the shown clock with another offset: another instant
        (["2022-05-06T02:00:00+00:00"], "2022-05-06T02:00:00+00:00"),
        (["2022-05-05T21:00:00-05:00"], None),  # the stated stamp itself
    ],
)
def test_only_a_stamp_of_the_same_instant_is_taken(stamps: list[str], expected: str | None) -> None:
    assert shown_stamp("2022-05-05T21:00:00-05:00", stamps, ["2022-05-06T02:00"]) == expected


def test_an_offset_of_no_zone_states_no_instant() -> None:
    """An offset a day or more off UTC (``+99:00``) reads as written and states no instant: the page's date stays the
    metadata's, where comparing instants raised ValueError out of extract."""
    page = _page().decode("utf-8")
    assert UTC_STAMP in page
    broken = page.replace(UTC_STAMP, UTC_STAMP.replace(".824Z", "+99:00"))
    assert newsmend.extract(broken.encode("utf-8")).date is not None
    assert shown_stamp("2022-05-05T21:00:00+99:00", ["2022-05-06T02:00:00+00:00"], ["2022-05-06T02:00"]) is None
    assert shown_stamp("2022-05-05T21:00:00-05:00", ["2022-05-06T02:00:00+99:00"], ["2022-05-06T02:00"]) is None


def test_a_utc_stamp_of_the_shown_clock_takes_the_zone_the_page_time_states() -> None:
    """The metadata's ``Z`` was read as the zone before: eleven in the morning in Tokyo, nine hours early."""
    assert newsmend.extract(JAPANESE_BLOG.read_bytes()).date == "2019-04-19T20:00:00+09:00"


def test_a_page_time_without_its_zone_leaves_the_utc_stamp() -> None:
    """With the ``<time>`` stating no offset nothing gives another zone: the shown clock makes none up."""
    page = JAPANESE_BLOG.read_text("utf-8")
    assert JAPANESE_TIME in page
    art = newsmend.extract(page.replace(JAPANESE_TIME, '<time datetime="2019-04-19T20:00:00">').encode("utf-8"))
    assert art.date == "2019-04-19T20:00:00+00:00"


@pytest.mark.parametrize(
    ("stated", "stamps", "expected"),
    [
        ("2019-04-19T20:00:00+00:00", ["2019-04-19T20:00:00+09:00"], "2019-04-19T20:00:00+09:00"),
        ("2019-04-19T20:00:00+00:00", ["2019-04-19T20:00:00+00:00"], None),  # UTC again: no other zone
        ("2019-04-19T20:00:00+00:00", ["2019-04-19T20:00:00"], None),  # a clock reading of no zone
        ("2019-04-19T20:00:00+00:00", ["2019-04-19T21:00:00+09:00"], None),  # another clock reading
        ("2019-04-19T20:00:00+02:00", ["2019-04-19T20:00:00+09:00"], None),  # a zoned stamp of the shown clock
    ],
)
def test_only_a_utc_stamp_of_the_shown_clock_takes_another_zone(
    stated: str, stamps: list[str], expected: str | None
) -> None:
    assert shown_stamp(stated, stamps, ["2019-04-19T20:00"]) == expected


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("6 May 2022  - 2:00 a.\u00a0m.", "2022-05-06T02:00"),  # Spanish spaces the meridiem's letters (RAE)
        ("6 May 2022 - 2:00 p. m.", "2022-05-06T14:00"),
        ("Gespeichert von rasos am 24. Juli 2017 - 18:55", "2017-07-24T18:55"),  # a German blog's footer (t0275)
        ("May 3, 2021 10:30 a meeting", "2021-05-03T10:30"),  # a lone letter after a time is no meridiem
    ],
)
def test_a_dash_joins_a_time_to_its_date_and_a_spaced_meridiem_is_read(raw: str, iso: str) -> None:
    assert parse_date(raw) == iso


def test_a_dotted_date_closed_by_a_full_stop_dates_the_page() -> None:
    """A German tennis federation's ``Von Deutscher Tennis Bund 4.&thinsp;2.&thinsp;2022.`` under the headline
    (trafilatura-eval t0695, labelled the 4th of February; no metadata date): the year's closing full stop hid the
    date, and the page had none."""
    art = newsmend.extract((PAGES / "tennis-federation-dotted-date-full-stop.html").read_bytes())
    assert art.date == "2022-02-04"
    assert art.title == "Davis Cup-Qualifiers: Kohlmann nominiert zwei Neulinge"


@pytest.mark.parametrize(("raw", "iso"), [("am 4.2.2022. Dann", "2022-02-04"), ("Version 1.2.2022.5", None)])
def test_a_full_stop_may_close_a_dotted_date_but_no_version_number(raw: str, iso: str | None) -> None:
    assert parse_date(raw, day_first=True) == iso


def test_a_day_only_metadata_date_next_to_the_shown_clock_gives_way() -> None:
    """A German daily (trafilatura-eval t0370, trimmed): ``<meta name="date" content="2020-04-30">``, its print
    issue's day, over the byline's ``29.04.2020, 12:01 Uhr``: the story's date is the one its readers see, to the
    minute (the 30th before). Two days apart, the metadata's day stands (:func:`shown_next_to_day`)."""
    page = (PAGES / "daily-print-issue-day-after.html").read_bytes()
    assert newsmend.extract(page).date == "2020-04-29T12:01"
    assert newsmend.extract(page.replace(b'content="2020-04-30"', b'content="2020-05-01"')).date == "2020-05-01"
    assert shown_next_to_day("2020-04-30", "2020-04-29T12:01") == "2020-04-29T12:01"
    assert shown_next_to_day("2020-04-30", "2020-04-29") is None  # no clock shown: the metadata's day stands
