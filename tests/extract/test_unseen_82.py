"""An eighty-second audit on English news pages outside the dev set, and what newsmend reads on them.

The pages are saved pages from postlight/parser's ``fixtures/``, read in 16,000-character pieces and transcribed
(their text kept as the pages write it, character references included), in ``tests/fixtures/pages/unseen-en40/``:

- postlight/parser ``fixtures/www.nydailynews.com/1481917212613.html`` (a 2016 copy the parser's fixture writer
  serialised again, its ``<meta>`` values in ``value`` attributes): a New York tabloid's politics story on the first
  lady's interview, a long ``<h1 itemprop="headline">`` over a short one (``div#ra-headline-short``, the metadata's
  title), a ``BY Meg Wagner`` byline, a ``NEW YORK DAILY NEWS`` credit and ``Friday, December 16, 2016, 1:38 PM``
  (the meta box given twice, under the headline and in a left column), a video embed, thirteen paragraphs with three
  inline ``a.ra-related`` story links as paragraphs of their own between them and two figures whose ``<h2
  class="ra-caption">`` and ``span.ra-credit`` caption them, then tags, a letter-to-the-editor link, share links,
  empty ad and recommendation slots and the footer's notice (``nydailynews-michelle-obama-hope-2016.html``: 32,622
  characters, the head's verification and icon tags, the section menu and the footer's link columns cut to a few
  entries each, the scripts' placeholders cut; the article region whole);
- postlight/parser ``fixtures/www.cnbc.com/1482251664848.html`` (the same writer's 2016 copy): a business
  network's energy explainer on Wyoming's coal, a breadcrumb ``<h2>`` of section links over the ``<h1>``, an
  ``og:title`` other than the headline, a ``Tom DiChristopher | @tdichristopher`` author box and a relative
  ``1 Hour Ago`` ``<time>`` over its ``datetime``, a lead photo with its credit and caption, then six ``div.group``
  blocks of the text, each in its own container, two opened by an ``<h4>`` subtitle and four holding charts as bare
  images in paragraphs, then a reporter box, a ``Related Securities`` quote table and empty ad and widget slots
  (``cnbc-wyoming-coal-2016.html``: 53,080 characters, the head's rating and robot tags, the menus (the "More" mega
  menu's twelve columns) cut to a few entries each and three of the four empty alert banners cut; the article region
  whole).

Neither is in any dev set (their sentences).

What newsmend read wrong, and what was fixed:

- the author was ``MEG WAGNER``: the metadata's first author key (``sailthru.author``, and ``nydn_byline``) writes
  the name in capitals, the byline and ``parsely-author`` in mixed case; the byline confirmed the name, which was
  then kept as the metadata writes it (only a name in lower case took the byline's spelling:
  ``fields/readers.py``, ``_as_bylined``). A name the metadata writes all in capitals takes the credits' spelling
  too now, the first credit writing it in another case (``_shown``); a credit in capitals leaves it so (a byline in
  capitals is a style). No dev page changes.
- the date was ``2016-12-16T18:38:14``, five hours late: ``parsely-pub-date`` comes before ``sailthru.date`` among
  the date keys and writes its time without an offset, but Parse.ly states it in UTC (every one of the 7 dev pages
  with the tag writes ``Z``). A zone-less time under that key is UTC's now (``_meta_date``, ``_UTC_DATE_KEYS``;
  ``fields/dates.py``, :func:`~newsmend.fields.dates.as_utc`), and the existing reading of one instant in two zones
  (``shown_stamp``) then gives the byline's clock: ``sailthru.date``'s ``2016-12-16T13:38:14-05:00``. No dev page
  changes. The ``parsely-page`` JSON's ``pub_date``, a last resort, is left as written (tried: the forty-ninth
  audit's house feature, dated by it alone, gained ``+00:00`` on no second witness).

On the tabloid story, read right: the body's thirteen paragraphs, from the first line to the closing question (the
three inline story links, the tags, the letter link and the share links out: trafilatura keeps one story link and
the letter link, readability all three links, the tags and the share links), the two captions with their credits,
the source and the notice. Left as found: the title is the short headline the page shows under the ``<h1>`` and
every metadata title gives (trafilatura reads the ``<h1>``'s long form; readability the ``<title>``); the three
inline story links are no related list (each alone between paragraphs, no heading).

The explainer reads right (a guard): the ``<h1>`` headline (the ``og:title`` and ``<title>`` are other wordings), the
author, the ``datetime`` with its offset (not the relative ``1 Hour Ago``), the source, the caption, and all
twenty-five paragraphs across the six containers, the two subtitles in place, from the lead to the closing quote
(trafilatura stops after the first container's six paragraphs; readability moves the first subtitle to the top).
Left as found: the photo's credit line (``div.attribution``) is no caption, and the page states no notice.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend
from newsmend.fields.dates import as_utc

NYDN = "unseen-en40/nydailynews-michelle-obama-hope-2016.html"
CNBC = "unseen-en40/cnbc-wyoming-coal-2016.html"

GUARDS = [
    # The short headline, the byline's spelling, the byline's clock, the thirteen paragraphs; the trending bar, the
    # menus, the inline story links, the tags, the letter link, the share links and the footer out.
    Guard(
        NYDN,
        "Michelle Obama: ‘We are feeling what not having hope feels like’",
        ["Meg Wagner"],
        "2016-12-16T13:38:14-05:00",
        "Michelle Obama understands your despair, America.",
        "“What do we do if we don’t have hope, Oprah?”",
        (
            "DYLANN ROOF",
            "Sections",
            "Hidden Figures",
            "W. Va. nonprofit",
            "monkey face",
            "Tags:",
            "oprah winfrey",
            "Letter to the Editor",
            "Join the Conversation",
            "Tweet",
            "Sign Up",
            "Copyright",
        ),
    ),
    # The headline, the author box's name, the datetime, the twenty-five paragraphs; the menus, the breadcrumb's
    # section links, the author box's handle, the relative time, the photo credit, the reporter box and the quote
    # table out.
    Guard(
        CNBC,
        "Coal's big US stronghold is losing steam, even as Trump aims for a revival",
        ["Tom DiChristopher"],
        "2016-12-20T10:32:57-05:00",
        "The U.S. Mountain States are moving away from coal, even as President-elect Donald Trump vows",
        "when the last coal train leaves the station, it'll be in Wyoming most likely,\" he said.",
        (
            "Pre-Markets",
            "Executive Edge",
            "Oil and Gas",
            "Renewable Energy",
            "@tdichristopher",
            "1 Hour Ago",
            "Getty Images",
            "Energy Reporter",
            "Related Securities",
            "OIL",
            "Watchlist",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_tabloid_story_fields() -> None:
    article = extract_page(NYDN)
    assert len(article.paragraphs) == 13
    assert article.source == "NY Daily News"
    assert article.captions == [
        "U.S. President-elect Donald Trump arrives to speak during a USA Thank You Tour event at Giant Center in "
        "Hershey, Penn. Thursday.",
        "(LUCAS JACKSON/REUTERS)",
        "First Lady Michelle Obama speaks to Oprah Winfrey in a new CBS interview, set to air Monday.",
        "(Michele Crowe/The White House)",
    ]
    assert article.copyright == "© Copyright 2016 NYDailyNews.com. All rights reserved."


def _story(head: str, byline: str) -> bytes:
    """A small story page with ``head``'s metadata and ``byline`` over six paragraphs."""
    line = "<p>The city council debated item {} of the harbour plan at length on Monday night.</p>"
    text = "".join(line.format(n) for n in range(6))
    return (
        f"<html><head><title>Harbour plan debated</title>{head}</head><body><article><h1>Harbour plan debated</h1>"
        f"<p class='byline'>{byline}</p>{text}</article></body></html>"
    ).encode()


def test_metadata_name_in_capitals_takes_the_bylines_spelling() -> None:
    """``MEG WAGNER`` in the metadata, ``By Meg Wagner`` on the page: the reader's spelling is the byline's. A byline
    in capitals leaves the metadata's mixed-case name as it is, and a name in capitals both ways stays so."""
    caps = '<meta name="author" content="JANE ROE">'
    assert newsmend.extract(_story(caps, "By Jane Roe")).author == ["Jane Roe"]
    assert newsmend.extract(_story('<meta name="author" content="Jane Roe">', "BY JANE ROE")).author == ["Jane Roe"]
    assert newsmend.extract(_story(caps, "BY JANE ROE")).author == ["JANE ROE"]


def test_parsely_time_without_offset_is_utc() -> None:
    """Parse.ly states its ``parsely-pub-date`` in UTC: a time written without ``Z`` is UTC's still, and beside
    another key's zoned stamp of the same instant the page's shown clock picks that one."""
    assert as_utc("2016-12-16T18:38:14") == "2016-12-16T18:38:14+00:00"
    assert as_utc("2016-12-16T13:38:14-05:00") == "2016-12-16T13:38:14-05:00"
    assert as_utc("2016-12-16") == "2016-12-16"
    alone = '<meta name="parsely-pub-date" content="2016-12-16T18:38:14">'
    assert newsmend.extract(_story(alone, "By Jane Roe")).date == "2016-12-16T18:38:14+00:00"
    both = alone + '<meta name="sailthru.date" content="2016-12-16T13:38:14-0500">'
    assert newsmend.extract(_story(both, "By Jane Roe · Friday, December 16, 2016, 1:38 PM")).date == (
        "2016-12-16T13:38:14-05:00"
    )


def test_explainer_reads_every_container_with_its_subtitles() -> None:
    """The text is six ``div.group`` blocks in containers of their own, two opened by an ``<h4>`` subtitle: all of
    them read, the subtitles in place, the chart images leaving no lines; the lead photo's caption without its
    credit."""
    article = extract_page(CNBC)
    paragraphs = article.paragraphs
    assert len(paragraphs) == 25
    assert paragraphs.index("How Wyoming won the coal market") == 8
    assert paragraphs.index("Wyoming's advantage wanes") == 16
    assert paragraphs[21].startswith("The Environmental Protection Agency's Mercury and Air Toxic Standards rule")
    assert article.captions == ["Coal mining in Wyoming."]
    assert article.source == "CNBC"
