"""A forty-fourth audit on English news pages outside the dev set, and what newsmend reads on them.

The pages are saved pages from codelucas/newspaper's ``tests/data/html/`` (2014 stories, UTF-8 as declared), read
in 16,000-character pieces and transcribed trimmed (scripts cut to the few that name the story, the analytics and
ad-slot scripts and their ``<noscript>`` pixels cut, the masthead's menus, the sign-in form and the footer's lists
cut to a few items, their text kept as the page writes it, character references included), in
``tests/fixtures/pages/unseen-en27/``:

- codelucas/newspaper ``tests/data/html/tnr.com1.html``: a 2014 political magazine's letter on its Drupal template,
  the headline and its standfirst in one ``<h1>`` (``span.headline`` then ``span.caption``: ``A letter to a young
  liberal``, the page's description word for word), the date over it (``November 22, 2014`` in a span whose
  ``content`` gives the time), the byline ``By Michael Ignatieff`` in an ``h5``, the letter's 19 paragraphs from
  ``Friend,`` to ``—Warmly, Michael`` with a pull quote between them (a ``blockquote.pull-left`` lifting a
  sentence of the third-last paragraph with four words left out), the writer's bio in a ``div.biography`` inside
  the text's element, tags, ``Related`` and ``Trending`` tabs of five stories each, rails of share tools, popular
  stories and a newsletter form, an e-mail dialog and the footer's notice
  (``newrepublic-letter-young-liberal.html``: the head's New Relic script, ad definitions and tracking cut, the
  masthead's sponsored popup cut to two of three cards, the ``Trending`` tabs and the rail's popular stories to
  three and two of five, the footer's site map to a few links a column);
- codelucas/newspaper ``tests/data/html/theatlanticcities.com1.html``: a 2014 city magazine's copy of a monthly's
  science story (its canonical link the monthly's address, its ``og:url`` its own), the standfirst in a
  ``p.dek`` under the headline, a byline list (the writer's link, his Twitter handle, the date as
  ``<li class="date-published"><time datetime="2014-12-22T09:50:00">Dec 22, 2014</time></li>``, a comments
  link), share buttons, the lead picture's credit in a ``figcaption.credit``, five paragraphs with an
  ``aside.pullquote`` between them and a republication note closing them, a previous/next pager, an
  ``About the Author`` box, a ``Most Popular`` list closed by a ``See All Stories`` link, promotion cards
  (``CityFixer``, ``Newsletters``, ``Store``), the footer's newsletter form, the sister sites' headlines and the
  notice (``citylab-antarctica-penguins.html``: the page-info script cut to the story's fields, the ad
  definitions and analytics cut, the menus, the popular list and the sister sites' lists cut to a few items);
- codelucas/newspaper ``tests/data/html/uproxx.com1.html``: a 2014 culture site's WordPress post, its ``author``
  metadata the company (``UPROXX Media``), the writer only in the byline ``By Jason Tabrys • 12.29.14`` (and the
  Parse.ly JSON, whose ``pub_date`` is the next day in UTC), a YouTube embed and a ``Share This Video`` label over
  the text, two block quotes of the Reddit post and of an interview among its paragraphs, a ``Share This`` label
  and ``Source: KGUN 9`` closing it, tags, a sign-in box, the writer's lead post and five readers' comments, a
  sidebar and the footer's links (``uproxx-reddit-mammoth-panic.html``: the head's WordPress scripts, styles and
  ad slots cut, the menu's topic lists cut to a few topics a section and two sections to their link, the
  analytics and comment scripts cut);
- codelucas/newspaper ``tests/data/html/theonion.com1.html``: a 2014 satirical paper's commentary, its description
  the byline (``By Janice Ketchum``), a meta line of kind, channels, issue and date (``Dec 12, 2014``) over the
  byline, share tools, nine paragraphs, a pager, a ``Recent News`` sidebar, the footer's sister-site and store
  lists and a line stating the readers' age and then the notice (``onion-race-commentary.html``: the analytics,
  ad and widget scripts cut, the share tools to two or three buttons, the menus and lists to a few items).

None is in the dev set (by URL and by their sentences; the dev set's citylab-1 is another story). On the letter
newsmend read the headline, the writer, the metadata's time, the site's name, the notice and the ``Related`` tab
as its related list (after them the ``Trending`` tab's stories), but its first paragraph was the ``<h1>`` whole,
``I Wish Someone Had Told Me This Before I Became a Politician A letter to a young liberal``, and the pull quote
stayed a paragraph of its own, its sentence read twice (trafilatura and readability keep the quote too;
trafilatura's text opens with ``Friend,``). Fixed: a heading among the body's first lines that opens with the
headline and goes on with one of the page's summaries (``og:description``, ``description``…) gives that summary,
the standfirst set in the headline's element (``fields/evidence.py``, ``_deck_after_headline``; words going on
from a title the metadata cut short stay the headline's: 2 dev pages, a forum's and a fire-engine history's, lost
their headline's first words to it without the summary's test; with it 0 of 798 change); a quotation of 8 words or
more whose words stand in one paragraph in their order, in at most 3 runs of 4 words or more (cut short, or in
other capitals and marks), is a pull quote too (``content/pruning.py``, ``_abridged_from``): 3 of 798 dev pages
change, each right (trafilatura-eval t0640's ``„In trans*feindlichen Strömungen …“`` in other quotation marks,
t0875's pull quote with ``dagegen`` left out, t0712's Facebook post repeating the statement its next paragraph
quotes, cut short with ``In…``); without the word count a news weekly's table title in a ``blockquote`` went too
(readability-testpages lwn-1, ``Most active OpenOffice developers``, 0.9940 -> 0.9928). Left as found: the
writer's bio closing the text (``div.biography`` names no author, and trafilatura and readability keep it too).
On the copied story newsmend read the headline, the writer, the standfirst first and the republication note last
(readability alike; trafilatura's text opens with the first paragraph and credits ``Nicholas St Fleur``), the credit
as a caption, the pull quote out and the ``Most Popular`` list as related, but its date was the day alone and its
related list ended with ``See All Stories``. Fixed: a ``<time>`` is marked as the publication time by the element
holding it too (``html/meta.py``, ``_published_time``; 1 of 798 dev pages changes, right: trafilatura-eval t0704's
WordPress ``div.wp-block-post-date`` gives its time, the same day); a link opening with an interface verb and
``all`` or ``more`` (``See All Stories``, ``See more latest``) is no related story (``fields/related.py``,
``_MORE_LINK_RE``, folded with the forty-third audit's rule; 1 of 798 changes, right: trafilatura-eval t0983 loses
``See more latest`` to its news index).
Left as found: the promotion cards after the list (a section's front, the newsletters' page, a store) stay
related items. On the post newsmend read the headline, the writer (trafilatura's author is the company), the text
from its first paragraph to its last with both quotations in it and the labels, tags and comments out
(trafilatura alike, with ``Source: KGUN 9``), but no date: ``12.29.14`` is read only day first, and 29 is no
month. Fixed (``fields/dates.py``, ``short_year_date``): a dotted date with a two-digit year whose second number
is above 12 is month first (0 of 798 dev pages change); the page's day, where trafilatura gives the UTC day of the
Parse.ly stamp (``2014-12-30``). Left as found: ``Source: KGUN 9`` gives the source (the credited-source reader's
label), and the ``Copyright`` metadata (``2015 UPROXX Media``) no notice, the page showing none. On the
commentary newsmend read the headline, the writer (trafilatura none), the metadata's time and the nine paragraphs
(trafilatura and readability alike), but its notice was the footer's line whole, ``The Onion is not intended for
readers under 18 years of age. ©Copyright 2015 Onion Inc. All rights reserved``. Fixed (``fields/evidence.py``,
``_from_rights_sentence``): a notice line's sentences before the first one that is a notice go, unless one states
rights reserved in words; sentences end after a word's stop, not a number's. 3 of 798 dev pages change: magic-html
article-1f2f22aa (``Part of HuffPost Home & Living.`` goes) and trafilatura-eval t0846 (a street address goes)
right; t0668's notice, a picture's credit before and after, loses its caption's words. Splitting after a number's
stop too cut trafilatura-eval t0922's ``Veröffentlicht am 5. November 2023, 14:09 / ©5min.at`` after ``5.``;
without the reserved-rights test t0826 lost ``Todos os direitos reservados.``; both rejected. Left as found: no
source (no ``og:site_name``; the paper's name only in the ``<title>``'s tail).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend
from newsmend.fields.dates import short_year_date

LETTER = "unseen-en27/newrepublic-letter-young-liberal.html"
POST = "unseen-en27/uproxx-reddit-mammoth-panic.html"
COMMENTARY = "unseen-en27/onion-race-commentary.html"
PENGUINS = "unseen-en27/citylab-antarctica-penguins.html"
#: Four pieces of a paragraph of :func:`_story`, in its order: more than a lifted sentence's runs.
PIECES = "Residents said the park would, how the town meets the water, thirty years of plans and, and most welcomed it."
#: The letter's sentence its pull quote lifts with four words left out.
LIFTED = "it is really something in life to be utterly disabused about human motive, venality, capacity for"

GUARDS = [
    # The standfirst first (out of the headline's element), the bio last (left as found); the pull quote, the
    # byline, the tags, the tabs, the rails, the dialog and the footer out.
    Guard(
        LETTER,
        "I Wish Someone Had Told Me This Before I Became a Politician",
        ["Michael Ignatieff"],
        "2014-11-22T20:00:00-05:00",
        "A letter to a young liberal",
        "is about his career as former leader of the Liberal Party of Canada.",
        (
            "I Wish Someone",
            "By Michael",
            "human motive, and yet",
            "Loading",
            "More articles tagged",
            "More Articles in",
            "Oregon's Players",
            "Sign Up",
            "Article Tools",
            "Share by e-mail",
            "All Rights Reserved",
        ),
    ),
    # The standfirst first and the republication note last; the byline list, the share buttons, the credit, the
    # pull quote, the pager, the author box, the lists, the promotions and the footer out.
    Guard(
        PENGUINS,
        "Tourism to Antarctica Could Be Making Penguins Sick",
        ["Nicholas St. Fleur"],
        "2014-12-22T09:50:00",
        "One group of researchers found 20 different pathogens on 15 pairs of travelers' boots.",
        "This story originally appeared on The Atlantic.",
        (
            "@SciFleur",
            "Comments",
            "Share on Facebook",
            "Christopher Michel",
            "fecal pathogens on just 15 pairs of tourist boots",
            "Electric Motorcycle",
            "assistant editor",
            "Most Popular",
            "See All Stories",
            "Urbanizing World",
            "Newsletter sign up",
            "Atlantic Monthly Group",
        ),
    ),
    # The byline's writer and day, the first paragraph to the last with the quotations between; the embed's and the
    # closing share labels, the source line, the tags, the sign-in box, the comments, the sidebar and the footer out.
    Guard(
        POST,
        "A Reddit Post About A Fake Ebola-Like Illness Sparked A Panic In And Around An Arizona Town",
        ["Jason Tabrys"],
        "2014-12-29",
        "It may seem old fashioned, but I sometimes view the internet and the real world as two separate places.",
        "Cause wolves, man. They out there.",
        (
            "Share This",
            "Source: KGUN",
            "TAGS",
            "Join The Discussion",
            "Tabrys posted",
            "Nope, don",
            "Profile",
            "Have a tip",
            "Do you like UPROXX",
            "Powered by",
            "Bizzy Crook",
        ),
    ),
    # The byline's writer, the metadata's time, the first paragraph to the last; the meta line, the share tools,
    # the pager, the sidebar, the footer's lists and its age line out.
    Guard(
        COMMENTARY,
        "I Don’t See Race; I Only See Grayish-Brown, Vaguely Humanoid Shapes",
        ["Janice Ketchum"],
        "2014-12-12T13:12:00",
        "I don’t understand why everyone seems to be so angry lately.",
        "Except for those awful Spanish-accented humanoid shapes who are taking all our jobs. They need to go.",
        (
            "Commentary",
            "ISSUE",
            "By Janice",
            "Hurricane-force",
            "Previous",
            "Back to Home",
            "Popular Onion Video",
            "Recent News",
            "Staff Picks",
            "Follow The Onion",
            "not intended for readers",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_standfirst_in_the_headline_element_opens_the_text() -> None:
    """The letter's ``<h1>`` holds the headline and, in a span of its own, the standfirst its description repeats:
    the headline leaves the text, the standfirst opens it (``fields.evidence._deck_after_headline``), then the
    salutation; the metadata's title stays the headline."""
    article = extract_page(LETTER)
    assert article.paragraphs[:2] == ["A letter to a young liberal", "Friend,"]
    assert len(article.paragraphs) == 21


def _headed(description: str) -> bytes:
    """A story under an ``<h1>`` holding its headline and, in a span, ``A long wait ends for the east side``; its
    title ``Town opens river park``, its description ``description``."""
    heading = "Town opens river park <span>A long wait ends for the east side</span>"
    text = "<p>" + "The council opened the park on Monday after years of hearings on its new paths. " * 3 + "</p>"
    head = (
        '<head><meta property="og:title" content="Town opens river park">'
        f'<meta name="description" content="{description}"></head>'
    )
    return f"<html>{head}<body><article><h1>{heading}</h1>{text}{text}</article></body></html>".encode()


@pytest.mark.parametrize(
    ("description", "first"),
    [
        # The words after the headline are the page's summary: its standfirst.
        ("A long wait ends for the east side.", "A long wait ends for the east side"),
        # They are not: they go on with a headline the title cut short, and the heading stays whole.
        ("The council's plans for the waterfront.", "Town opens river park A long wait ends for the east side"),
    ],
)
def test_only_the_page_summary_after_the_headline_is_a_standfirst(description: str, first: str) -> None:
    """A heading opening the body with the headline gives the words after it only when they are one of the page's
    summaries."""
    article = newsmend.extract(_headed(description))
    assert article.title == "Town opens river park"
    assert article.paragraphs[0] == first


def test_abridged_pull_quote_leaves_the_text_its_sentence_stays() -> None:
    """The letter's ``blockquote.pull-left`` lifts a sentence of its third-last paragraph with ``venality, capacity
    for double-crossing,`` left out and a capital added: its words stand in that paragraph in their order, in two
    runs (``content.pruning._abridged_from``), so it is read once, where the letter says it."""
    paragraphs = extract_page(LETTER).paragraphs
    assert not any(p.startswith("It is really something") for p in paragraphs)
    assert [p for p in paragraphs if LIFTED in p] == [paragraphs[-4]]


def _story(quote: str) -> bytes:
    """A story of three paragraphs with ``quote`` set in a ``blockquote`` after the second."""
    first = "<p>" + "The council met on Monday to weigh the plan for the river park and its new paths. " * 3 + "</p>"
    second = "<p>Residents said the park would change how the town meets the water, after thirty years of plans"
    second += " and hearings, and most welcomed it. " + "The mayor thanked them for their patience. " * 4 + "</p>"
    third = "<p>" + "A vote is set for next month, after a second round of hearings in the town hall. " * 3 + "</p>"
    body = f"{first}{second}<blockquote>{quote}</blockquote>{third}"
    return f"<html><body><article>{body}</article></body></html>".encode()


@pytest.mark.parametrize(
    ("quote", "kept"),
    [
        # Cut short in two runs, a capital of its own: a pull quote.
        ("Residents said the park would change how the town meets the water, and most welcomed it.", False),
        # Too few words to tell a lifted sentence from a title that the text names.
        ("The Town Meets The Water", True),
        # Pieces of two paragraphs: no one sentence lifted.
        ("The council met on Monday and a vote is set for next month after a second round.", True),
        # Four pieces of one paragraph: a paraphrase, no lifted sentence.
        (PIECES, True),
    ],
)
def test_only_a_sentence_cut_from_one_paragraph_is_an_abridged_pull_quote(quote: str, kept: bool) -> None:
    """A quotation's block whose words are no exact copy goes only when they stand in one paragraph, in their
    order, in a few long runs, and make a sentence of :data:`~newsmend.content.pruning.PULL_QUOTE_MIN_WORDS` or
    more."""
    paragraphs = newsmend.extract(_story(quote)).paragraphs
    assert (quote in paragraphs) is kept
    assert len(paragraphs) == 3 + kept


def test_time_marked_by_its_holder_gives_the_published_time() -> None:
    """The copied story's ``<time datetime="2014-12-22T09:50:00">`` is marked only by the list item holding it
    (``li.date-published``): that marks it as the publication time (``html.meta._published_time``), and its day
    shown as ``Dec 22, 2014`` takes its time; the page's Parse.ly stamp, UTC's, states that clock reading with its
    zone, which the bare stamp takes (``fields.dates.zoned_stamp``, eighty-fifth audit)."""
    assert extract_page(PENGUINS).date == "2014-12-22T09:50:00+00:00"


@pytest.mark.parametrize(
    ("holder", "date"),
    [("date-published", "2020-03-02T08:15:00"), ("date-updated", "2020-03-02"), ("meta", "2020-03-02")],
)
def test_only_a_holder_naming_publication_marks_a_time(holder: str, date: str) -> None:
    """A ``<time>`` is read as the publication time when its holder's class names publication, not an update,
    nor nothing at all (the first ``<time>`` of a page may be a comment's)."""
    text = "<p>" + "The council opened the park on Monday after years of hearings on its new paths. " * 4 + "</p>"
    stamp = f'<ul><li class="{holder}"><time datetime="2020-03-02T08:15:00">March 2, 2020</time></li></ul>'
    html = f"<html><body><article><h1>Town opens river park</h1>{stamp}{text}</article></body></html>"
    assert newsmend.extract(html.encode()).date == date


def test_see_all_link_is_no_related_story() -> None:
    """The copied story's ``Most Popular`` list closes with ``See All Stories`` to the story index: the link to
    the whole list, no story (``fields.related._MORE_LINK_RE``); the six stories stay, in order."""
    related = extract_page(PENGUINS).related
    titles = [item.title for item in related]
    assert "See All Stories" not in titles
    assert titles[:6] == [
        "20 Years of Street Photography Shows Just How Boring We All Are",
        "How I Became an Urban Monster in Just 10 Minutes",
        "We Asked, You Answered: Our Favorite Random Acts of Urban Kindness",
        "The Idiot's Guide to How and When to Sit on the Subway",
        "The Best #Cityreads of 2014",
        "Why Sweden Has the World's Safest Roads",
    ]


def test_post_keeps_its_quotations() -> None:
    """The post quotes the Reddit story and the interview in block quotes whose words the text does not repeat:
    they are its text (no pull quotes), 14 paragraphs in all."""
    paragraphs = extract_page(POST).paragraphs
    assert len(paragraphs) == 14
    assert paragraphs[1].startswith("On the social media site Reddit, a user who goes by the name Lindsey")
    assert paragraphs[9].startswith("“We received mixed reactions.")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("By Jason Tabrys • 12.29.14", "2014-12-29"),  # 29 is no month: month first
        ("Von: Jane Doe | 31.10.23", "2023-10-31"),  # 31 is no month either: day first
        ("02.12.19", "2019-12-02"),  # both could be: day first, as dotted dates are
        ("13.14.15", None),  # neither order is a date
    ],
)
def test_short_dotted_date_is_month_first_only_when_it_must_be(line: str, date: str | None) -> None:
    """A dotted date with a two-digit year is day first unless its second number is above 12
    (``fields.dates.short_year_date``)."""
    assert short_year_date(line) == date


def test_notice_starts_at_its_rights_sentence() -> None:
    """The commentary's footer line states the readers' age, then the notice: the notice is the line from its
    first sentence that is one (``fields.evidence._from_rights_sentence``)."""
    assert extract_page(COMMENTARY).copyright == "©Copyright 2015 Onion Inc. All rights reserved"


def _footer(line: str) -> bytes:
    """A story page whose footer line is ``line``."""
    story = "<p>" + "A paragraph of a story that runs on for a while. " * 12 + "</p>"
    return f"<html><body><article>{story}</article><footer><p>{line}</p></footer></body></html>".encode()


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("Part of Foo Home. &copy;2024 Foo, Inc. All rights reserved.", "©2024 Foo, Inc. All rights reserved."),
        # Rights reserved in words before the mark: the notice's own sentence.
        ("All rights reserved. Foo News &copy; 2020.", "All rights reserved. Foo News © 2020."),
        # A number's stop ends no sentence: the date is the notice's.
        ("Published on 5. November 2023 / &copy; Foo", "Published on 5. November 2023 / © Foo"),
        # The mark opens the line: nothing before it goes.
        ("&copy; 2020 Foo Inc. Read our terms.", "© 2020 Foo Inc. Read our terms."),
    ],
)
def test_only_sentences_stating_no_rights_leave_a_notice(line: str, notice: str) -> None:
    """Sentences before a footer line's notice go when none of them states rights, and a sentence ends after a
    word's stop."""
    assert newsmend.extract(_footer(line)).copyright == notice
