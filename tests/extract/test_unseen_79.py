"""A seventy-ninth audit on English forum threads outside the dev set, and what newsmend reads on them.

The pages are saved thread pages from public repositories, read in 16,000-character pieces and transcribed trimmed
(the scripts, most menu items and the sort form cut, the code boxes cut to a few of their lines, their text kept as
the page writes it, character references included), in ``tests/fixtures/pages/unseen-en39/``:

- a phpBB 3.2 board's topic page in a subsilver-like style (DosTips, ``viewtopic.php?f=3&t=1786``, a 2011 thread on a
  batch file that dumps a file in hex, mirrored by HTTrack in 2018 and stored in a public repository): the topic's
  title as an ``h2``, the moderator's line, an action bar (``Post Reply``, a topic search, ``11 posts • Page 1 of
  1``), eleven posts each with a poster's card (``Expert``, ``Posts:``, ``Joined:``, ``Location:``), a ``Re:`` heading,
  a quote button and a signing line numbering the post (``#1 Post by dbenham » 27 Apr 2011 23:57``), code boxes
  (``Code: Select all`` over a ``<pre>``), two replies quoting a third in ``blockquote``s opened by ``einstein1969
  wrote:``, two of them closed by the board's edit note (``Last edited by dbenham on 29 Jan 2014 19:53, edited 1
  time in total.``), the jump box and the footer (``dostips-hexdump-thread-2011.html``: the first post's script and
  the third and fourth posts' listings cut to a few lines each, 46 of 80 thousand characters).

It is not in the dev set (by its sentences). newsmend read the eleven posts in order, each quotation with its ``…
wrote:`` line, the cards, the headings, the buttons, the signing lines, the action bars, the jump box and the footer
out (trafilatura reads the first posts alone, 4.6 thousand characters; readability drops the closing posts). Wrong:
the two edit notes stayed in the text, where the labels drop a board's edit note (magic-html forum-717e9d39's
vBulletin ``Last edited by Parihaka; 22 Apr 22,, 09:08.``): a post's info line went on a numeric stamp only
(``2024-04-07 02:34``), and these date the edit in words and read as a sentence. Fixed (``content/pruning.py``,
:func:`_is_edit_note`, through :func:`_is_post_info`): in a thread, a line of at most 90 characters holding a digit
that opens with an edit note's words (phpBB's and vBulletin's ``Last edited by``, SMF's ``Last Edit:``, Invision's
``Edited by``, their German, Dutch, French, Italian, Spanish and Portuguese wordings, Discuz!'s ``本帖最后由``) is the
board's stamp, not the poster's words. 1 of 798 dev pages changes, for the better: forum-717e9d39 loses its note
(forum body F1, magic-html, newsmend; zh / non-zh: 0.8268 / 0.8263 before, 0.8268 / 0.8264 after, no page moving by
0.01). Left as found: no author (the signing line's ``dbenham`` is a lowercase handle, no name's shape, and its link
to ``memberlist.php?mode=viewprofile&u=2258`` spells no handle); the ``Code: Select all`` lines stay, as the labels
keep them (magic-html forum-bf03d4e9, Debian's phpBB board).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.content.pruning import _is_edit_note

DOSTIPS = "unseen-en39/dostips-hexdump-thread-2011.html"

GUARDS = [
    # The topic's title, the opening post's shown time, its pointer to the faster version first and the last reply's
    # signature last; the edit notes, the action bars, the cards, the moderator, the jump box and the footer out.
    Guard(
        DOSTIPS,
        "New function - :hexDump",
        None,
        "2011-04-27T23:57",
        "A much faster version of HEXDUMP.BAT based on CERTUTIL is available at",
        "einstein1969",
        (
            "Last edited by",
            "edited 1 time in total",
            "Moderator:",
            "Post Reply",
            "11 posts",
            "Joined:",
            "Location:",
            "Return to",
            "Jump to",
            "Board index",
            "Powered by phpBB",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_thread_keeps_its_posts_and_quotations_without_edit_notes() -> None:
    """The first post's sign-off and the third reply's sentences stay; the reply quoting the eighth post keeps the
    quotation with its ``… wrote:`` line before its own answer."""
    paragraphs = extract_page(DOSTIPS).paragraphs
    assert "Dave Benham" in paragraphs
    at = paragraphs.index("einstein1969 wrote:PS: How to bypass the max 2 urls problem? (aGerman help!!)")
    assert paragraphs[at + 2] == "Create a 2nd post."
    assert not any(p.startswith("Last edited by") for p in paragraphs)


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("Last edited by dbenham on 29 Jan 2014 19:53, edited 1 time in total.", True),
        ("Last edited by Parihaka; 22 Apr 22,, 09:08.", True),
        ("Last edited: Jan 3, 2020", True),
        ("« Last Edit: March 3, 2014, 10:12:31 AM by admin »", True),
        ("Edited by Jane, 3 hours ago.", True),
        ("Zuletzt bearbeitet von Hans am 12.03.2019 um 10:01 Uhr", True),
        ("本帖最后由 小明 于 2014-1-1 12:00 编辑", True),
        # a reply's own words that open so: undated, or running on as a sentence does
        ("Edited by hand.", False),
        (
            "Edited by hand in 2019, the file kept its header but lost every line after the first thousand bytes.",
            False,
        ),
        ("I last edited the file in 2014.", False),
    ],
)
def test_an_edit_note_is_a_dated_line_opening_with_its_words(line: str, note: bool) -> None:
    """A post's edit note opens with the board's words for it, dates the edit and stays short."""
    assert _is_edit_note(line) is note
