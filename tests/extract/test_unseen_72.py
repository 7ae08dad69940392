"""A seventy-second audit on non-English news pages outside the dev set, and what newsmend reads on them.

The page is a saved page from postlight/parser's ``fixtures/`` (a 2017 copy the parser's fixture writer serialised
again, its ``<meta>`` values in ``value`` attributes), read in 16,000-character pieces: the pieces holding the head,
the post, the first 27 of its 85 readers' comments and the page's tail, assembled and trimmed of the login box's
images and handlers, the ad slots, the share buttons' Facebook and Google widgets, the analytics pixel and most
sidebar items (their text kept as the page writes it, character references included), in
``tests/fixtures/pages/unseen-ml5/``:

- postlight/parser ``fixtures/blogues.lapresse.ca/1489425440073.html``: a 2017 Québec daily's hockey blog post,
  a columnist's five-paragraph reply to an Ottawa paper's trade idea, under a header line with its weekday date
  and time and a comment counter (``Mardi 24 janvier 2017 | Mise en ligne à 12h02 | Commentaires (85)``), a
  left bar with the blogger's portrait and blurb, his ten latest posts and the site's ten latest comments, a
  footer bar (how to comment, the category, how to report abuse), then the readers' comments, a
  ``ul.comments-list`` of classless ``<li>`` items each with the reader's name, date and text, an archive sidebar
  and a strip of other blogs (``lapresse-duchene-2017.html``: the comment list cut after 27 comments, enough for
  it to outweigh the post as the whole list does; the archive cut to five months).

Not in the dev set (by its sentences). Fixed: the comments were read and the post was not (this copy: 184 paragraphs
of comments, none of the post's; so too a copy with its comments repeated to the full page's count). Their list
outweighed the post and won, but its classless ``<li>`` items made it no list of replies, so the story it answers
never joined it (``content/growth.py``, :func:`_reply_list_item`: an item of a list named as replies is a reply by
its element); and the post just before the list is its footer bar, named as furniture, where the walk back to the
post it answers stopped: a list of replies that wins alone now takes the story the page's own summary opens before
it, at the lowest container holding both (:func:`_answered_story`). The post reads whole and first. One dev page
changes, for the better: magic-html forum-f488fea4 (a LiveJournal community post under its comments, labelled a
forum thread) had read its comments alone; it now opens with the post's tweet the summary opens, its date gains the
post's time (``2024-05-12T17:20``) and its five links to the community's other posts are its related list. Tried and
rejected: the post's container over a comment list whenever the page declares an article (``og:type``), so that its
comments go as readability drops them: four magic-html forum threads declare an article too and lost their replies
(forum-3c7a8956, -5b0ef856, -baece742, -f488fea4). Left as found: the comments stay after the post, as the project
reads a news page's list of replies that outweighs its story (trafilatura reads this copy so too: the post, then the
comments; readability the post alone); no author (the blog names its writer only in the title's suffix, the
portrait's ``alt`` and the sidebar, no byline; trafilatura reads none either).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.content.growth import _reply_list_item

GUARDS = [
    # The headline, the day from the header line, the post's five paragraphs first and the readers' comments after
    # them (the last comment of this copy last); the login box, the blogger's blurb, the latest posts and comments,
    # the share and footer bars, the archive and the other blogs out.
    Guard(
        "unseen-ml5/lapresse-duchene-2017.html",
        "Certains rêvent de Matt Duchene à Ottawa",
        None,
        "2017-01-24",
        "Le chroniqueur du quotidien Ottawa Citizen, Ken Warren, par exemple, estime que les Sénateurs",
        "Un sport d’équipe c est aussi ca.",
        (
            "Me connecter",
            "Amateurs de hockey",
            "10 derniers",
            "Jean Perron",
            "Tweet",
            "Vous désirez commenter",
            "Publié dans la catégorie",
            "Archives",
            "Blogues à découvrir",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_items_of_a_comment_list_are_replies() -> None:
    """The blog's comments are classless ``<li>`` items of ``ul.comments-list``: an item of a list named as replies
    is a reply by its element (``content.growth._reply_list_item``), as a bare ``<div>`` under such a name, or an
    item of a list named otherwise, is not."""
    assert _reply_list_item(["body", "ul.comments-list", "li"], 2)
    assert _reply_list_item(["body", "ol#comments", "li.even"], 2)
    assert not _reply_list_item(["body", "div.comments", "div"], 2)
    assert not _reply_list_item(["body", "ul.menu", "li"], 2)


def test_comment_list_takes_the_story_its_summary_opens() -> None:
    """The comment list outweighs the post and wins; the story it answers is the one the page's summary opens,
    before the list past the post's footer bar (``content.growth._answered_story``): the post's five paragraphs
    read first, whole, and the readers' comments follow them."""
    article = extract_page("unseen-ml5/lapresse-duchene-2017.html")
    assert article.paragraphs[4].startswith("En 40 matchs cette saison, Matt Duchene, 26 ans, a 28 points")
    assert article.paragraphs[1].startswith("Le collègue du Citizen affirme")
    assert article.paragraphs[5] == "craftylandry"
    assert article.body is not None and "Tic Toc" in article.body
