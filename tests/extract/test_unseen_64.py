"""A sixty-fourth audit on English forum threads and Q&A pages outside the dev set, and what newsmend reads on them.

The pages are saved thread pages from public repositories, read in 16,000-character pieces and transcribed trimmed
(the style sheets, scripts and most menu items cut, their text kept as the page writes it), in
``tests/fixtures/pages/unseen-en33/``:

- a Discourse forum's crawler view of a 2026 showcase thread (ziggit.dev ``/t/cruller-buns-zig-runtime-continued-
  on-zig-0-16/16734``, saved with a front matter naming its address as a Hacker News link's source): the topic's
  headline, its category and tags, a schema.org ``DiscussionForumPosting`` whose opening post names its poster in an
  ``itemprop="author"`` item and whose replies are ``itemprop="comment"`` ``schema.org/Comment`` items, each with its
  own poster, date, position and likes; the opener's post with a heading, lists and two subheadings, a reply
  holding a build log in a ``<pre>``, and a reply quoting the third post in Discourse's ``aside.quote`` (the quoted
  poster's ``solenopsys:`` line over a ``blockquote``) (``ziggit-cruller-bun-runtime-2026.html``: the stored copy
  ends inside the eighteenth post; cut after the eighth, the head's stylesheet links cut to one).

Not in the dev set (by its sentences). newsmend read the thread's eight posts in order, the opener's heading first
and the last reply's question last, its likes out (trafilatura reads the opening post alone; readability the posts
without their posters' lines). Wrong: (1) the fifth post's quotation of the third left the text, its ``solenopsys:``
line too: an ``<aside>`` is furniture by its tag, so the quote was a hinted box of its own holding little of the
thread's prose and went (``content/pruning.py``, ``_drop_hinted_boxes``; ``_is_aside`` only spared it the any-share
rule). Fixed (``content/paths.py``, ``label_hint``): an ``<aside>`` whose class says it quotes (``QUOTE_WORDS``,
shared with the pull-quote test) is no furniture, so a reply's quotation stays with its poster's line, as the
labels keep quoted posts (magic-html forum-539e0250's ``On 5/3/2024 at 2:50 AM, avicenna said:``). 0 of 798 dev
pages change. (2) The thread's authors were its opener and the first two repliers (``solenopsys``, ``xsawyerx``,
``WeeBull``): microdata's authors were read from the first elements marked ``itemprop="author"``, whatever item
they belong to. Fixed (``html/meta.py``, ``_credits_other_item``): an author whose nearest item is a
``schema.org/Comment`` or ``Answer`` credits that reply, as one in a picture's item credits the picture; the thread
is credited to its opener. 6 of 798 dev pages' authors change, each losing repliers' names the labels do not give
(none labels an author): two Stack Exchange questions keep their asker alone (forum-3bea25af, forum-f7682fdb), a
third (trafilatura-eval t0951) and two NodeBB topic pages past the first (forum-39c13f85, forum-fbe48a19) name no
one, and a CodeProject question (forum-ed1ddec0) falls back from its two answerers to the site's name. Left as
found: each reply's poster line (``xsawyerx July 16, 2026, 8:08am 2``) stays, as the labels keep a board's
``Quote from klwild on March 29, 2024, 10:35 am`` lines (a post info line is dropped on a numeric stamp only); the
``Repository:`` line, a label and its link, goes as a link line.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend
from newsmend.content.paths import label_hint

ZIGGIT = "unseen-en33/ziggit-cruller-bun-runtime-2026.html"

GUARDS = [
    # Read right: the opener as the author, the topic's time, the opener's heading first and the eighth post's
    # question last; the category, the tags, the likes and the site's name out.
    Guard(
        ZIGGIT,
        "Cruller: Bun's Zig Runtime, Continued on Zig 0.16",
        ["solenopsys"],
        "2026-07-16T08:01:11",
        "Cruller: a production-focused Bun runtime ported to Zig 0.16",
        "You mentioned a QuickJS-based memory controller is that related to this?",
        ("Showcase", "llm-deps", "23 Likes", "Ziggit"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_reply_keeps_its_quotation_of_the_post_it_answers() -> None:
    """The fifth post quotes the third in an ``aside.quote``: the quoted poster's line and the quoted sentence stay,
    before the reply's own words, and the sentence is read in the third post too."""
    paragraphs = extract_page(ZIGGIT).paragraphs
    quoted = "It makes more sense to turn it into a convenient embeddable library"
    at = paragraphs.index("solenopsys:")
    assert paragraphs[at + 1].startswith(quoted)
    assert paragraphs[at + 2].startswith("I’m highly interested in where this possibly goes")
    assert sum(quoted in p for p in paragraphs) == 2


def test_only_an_aside_that_quotes_is_no_furniture() -> None:
    """``<aside>`` is furniture by its tag, unless its class says it quotes."""
    assert label_hint("aside.quote.no-group") == 0
    assert label_hint("aside.blockquote") == 0
    assert label_hint("aside.sidebar") == -1
    assert label_hint("aside.pullquote-embed") == -1


def _thread(reply_type: str) -> bytes:
    """A thread item whose opener and two replies (items of ``reply_type``) each name their poster in microdata."""
    post = "<p>" + "A post of the thread that says a good deal about the matter in its own words. " * 4 + "</p>"
    replies = "".join(
        f'<div itemprop="comment" itemscope itemtype="http://schema.org/{reply_type}"><span itemprop="author" '
        f'itemscope itemtype="http://schema.org/Person"><span itemprop="name">{name}</span></span>{post}</div>'
        for name in ("Second Poster", "Third Poster")
    )
    return (
        '<html><body><div itemscope itemtype="http://schema.org/DiscussionForumPosting"><h1>A topic</h1>'
        '<div><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">'
        f"First Poster</span></span>{post}</div>{replies}</div></body></html>"
    ).encode()


def test_replies_posters_are_no_authors_of_the_thread() -> None:
    """A poster named in a reply's item (a Comment, an Answer) credits that reply; the thread is its opener's."""
    assert newsmend.extract(_thread("Comment")).author == ["First Poster"]
    assert newsmend.extract(_thread("Answer")).author == ["First Poster"]
    assert newsmend.extract(_thread("CreativeWork")).author == ["First Poster", "Second Poster", "Third Poster"]
