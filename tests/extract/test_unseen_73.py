"""A seventy-third audit on English news pages outside the dev set, and what newsmend reads on them.

The pages are codelucas/newspaper's test pages (``tests/data/html/``), read in 16,000-character pieces and
transcribed trimmed (scripts, style sheets, ad slots and most menu items cut, their text kept as the page writes it,
character references included), in ``tests/fixtures/pages/unseen-en37/``:

- ``pixelmonkey.org1.html``: a 2012 personal blog post (WordPress, the classic Kubrick theme), a software founder's
  memoir of his first handheld, under an ``h2`` headline linked to itself: eighteen paragraphs, three bold
  subheadings, a captioned picture and a bare one, a quoted magazine passage and a three-item list, then, inside the
  entry's own ``div.entry``, a ``p.postmetadata`` closing it: the writer's blurb (``Andrew Montalenti (aka
  pixelmonkey, amontalenti) is the co-founder and CTO of Parse.ly …``) and the theme's ``This entry was posted on
  Sunday, December 30th, 2012 at 3:00 pm and is filed under Personal, Technology. You can follow any responses to
  this entry through the RSS 2.0 feed …``; then the pager to the next and previous posts, one reader's comment, the
  reply form and the footer (``pixelmonkey-going-mobile-2012.html``: the head's 84 archive links cut to four; the
  rest whole but its scripts and style sheet, 21 of 34.6 thousand characters);
- ``wetpaint.com1.html``: a 2014 entertainment site's spoiler story on a dating show's winner, its text in two
  ``div.text`` blocks parted by an empty widget, a photo credited ``Credit: Reality Steve`` over it, its dateline and
  byline after it (``December 17, 2014 at 08:01PM EST by Rachel Evans``), a ``Related:`` row of topic links, a
  sidebar of show pages (``Hot TV``) and one popular story, the footer's notice and a hidden sign-up box for the
  site's VIPs (``wetpaint-bachelor-spoilers-2014.html``: its 25,000 characters of inline scripts and its Taboola and
  Gravity widgets' scripts cut, the rest whole).

Neither is in the dev set (by their sentences). The spoiler story reads right: the headline, the byline's writer, the
published time, the two blocks' six paragraphs and the question to the readers closing them, ``Reality Steve`` as
the story's source (its ``Source:`` line) and the photo's credit as its caption; trafilatura reads the same text
and keeps the ``Source:`` line in it, readability the first two paragraphs' blocks alone.

On the blog post, fixed: the post's metadata closed its text, one paragraph of the blurb and the theme's posting
note (readability keeps it too; trafilatura drops it). The line stands in the entry's element, past the story, in an
element named for the post's metadata: such closing lines leave the body (``fields/trim.py``,
:func:`_without_meta_box`: a class word ending in ``meta`` or ``metadata``, ``postmetadata``, ``entry-meta``, in an
element that does not hold the body's first line). One dev page changes, for the better: trafilatura-eval t0241 (a
Berlin association's poster contest) loses its closing ``Post Views: 22`` counter (``div.post-views.entry-meta``).

Left as found: the blog post's author is ``pixelmonkey``, the handle its ``parsely-page`` metadata and its author
address name, where the blurb names the man behind it (trafilatura reads no author); the spoiler story's related
list holds two of the sidebar's four show pages (``Dancing With The Stars``, ``Pretty Little Liars``, long enough
for a headline; ``Downton Abbey`` and ``Teen Mom`` are not) beside the popular story.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.blocks import Block
from newsmend.fields.trim import _in_meta_box

GUARDS = [
    # The headline, the metadata's handle and time, the memoir's first paragraph first and its closing question
    # last; the blurb and the posting note, the pager, the comment, the reply form and the footer out.
    Guard(
        "unseen-en37/pixelmonkey-going-mobile-2012.html",
        "Going mobile in 1998",
        ["pixelmonkey"],
        "2012-12-30T20:00:06",
        "My first mobile device was a Palm V.",
        "But, are we really tapping this opportunity?",
        (
            "Questioning the Canon",
            "co-founder and CTO",
            "This entry was posted",
            "RSS 2.0",
            "More from this author",
            "Michael Holroyd",
            "Palm VII",
            "Leave a Reply",
            "Notify me",
            "proudly powered",
        ),
    ),
    # Read right: the headline, the byline after the text, the published time, the first block's first paragraph
    # first and the question to the readers last; the show's name over the story, the share buttons, the credit,
    # the dateline, the topic row, the sidebar, the footer and the VIP box out.
    Guard(
        "unseen-en37/wetpaint-bachelor-spoilers-2014.html",
        "Bachelor 2015 Spoilers: How Far Does Whitney Bischoff Make It?",
        ["Rachel Evans"],
        "2014-12-18T01:01:00",
        "Get used to hearing the name Whitney Bischoff, guys.",
        "Are you surprised Whitney is the last woman standing? Tell us below.",
        (
            "Spoiler!",
            "Remind Me To Watch",
            "Credit:",
            "Source:",
            "December 17, 2014",
            "Bachelor in Paradise",
            "Hot TV",
            "Downton Abbey",
            "All rights reserved",
            "VIP",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_lines_of_a_metadata_element_are_no_text() -> None:
    """A line in an element named for the post's metadata (``p.postmetadata``, ``div.entry-meta``) that does not hold
    the body's first line is the post's metadata (``fields.trim._in_meta_box``); a ``metabox`` is a box of any
    content, and a metadata element holding the first line holds the text."""
    first = {0, 1, 2}  # body>div.entry>p: the containers of the body's first line

    def line(label: str) -> Block:
        return Block("This entry was posted on Sunday.", tag="p", path=f"body>div.entry>{label}", ancestors=(0, 1))

    assert _in_meta_box(line("p.postmetadata.alt"), first)
    assert _in_meta_box(line("div.post-views.entry-meta"), first)
    assert _in_meta_box(line("div.newsArticleMeta"), first)
    assert not _in_meta_box(line("div.metabox_partner_addr"), first)
    assert not _in_meta_box(line("p.wp-caption-text"), first)
    inside = Block("text", tag="p", path="body>div.post-meta>p", ancestors=(0, 1), container=2)
    assert not _in_meta_box(inside, first)


def test_blog_post_closes_before_its_metadata() -> None:
    """The entry's closing ``p.postmetadata`` (the writer's blurb and the theme's posting note) leaves the body; the
    memoir's subheadings, its quoted passage and its list stay in their places."""
    article = extract_page("unseen-en37/pixelmonkey-going-mobile-2012.html")
    assert len(article.paragraphs) == 25
    assert article.paragraphs[4] == "A Mobile Device of Pure Utility"
    assert article.paragraphs[14] == "from “The Next Browser War?”, Wired, 1999"
    assert article.paragraphs[18].startswith("Vindigo: When I was a student at NYU")
    assert article.captions == ["Palm V vs predecessor"]
