"""A seventy-second audit on non-English news pages outside the dev set, and what newsmend reads on them.

The pages are saved pages from postlight/parser's ``fixtures/``, read in 16,000-character pieces: the pieces holding
the head, the article and the page's tail, assembled and trimmed of scripts, style sheets, ad slots, social widgets,
lazy-loading ``srcset`` lists and most menu and sidebar items (their text kept as the page writes it, character
references included), in ``tests/fixtures/pages/unseen-ml5/``:

- postlight/parser ``fixtures/blogues.lapresse.ca/1489425440073.html`` (a 2017 copy the parser's fixture writer
  serialised again, its ``<meta>`` values in ``value`` attributes): a 2017 Québec daily's hockey blog post,
  a columnist's five-paragraph reply to an Ottawa paper's trade idea, under a header line with its weekday date
  and time and a comment counter (``Mardi 24 janvier 2017 | Mise en ligne à 12h02 | Commentaires (85)``), a
  left bar with the blogger's portrait and blurb, his ten latest posts and the site's ten latest comments, a
  footer bar (how to comment, the category, how to report abuse), then the readers' comments, a
  ``ul.comments-list`` of classless ``<li>`` items each with the reader's name, date and text, an archive sidebar
  and a strip of other blogs (``lapresse-duchene-2017.html``: the comment list cut after 27 comments, enough for
  it to outweigh the post as the whole list does; the archive cut to five months; the login box's images and
  handlers and the analytics pixel cut);
- postlight/parser ``fixtures/nextwarez.com/1489594296783.html``: a 2016 French file-sharing news site's review of
  the Mega file host, a WordPress page whose headline (``Test de Mega : l’hébergeur de fichiers chiffré``) differs
  from its ``og:title``, a byline and date line under it (``Par NW Team le 4 mai 2016``), five subheadings, two
  pictures, a closing verdict set apart by a rule, then, in the article body, the review's score box (an overall
  6.4 and verdict, five criteria scores, the readers' rating) and a tag cloud; share links, an author box,
  three related reviews, two comments, a reply form, a sidebar and a footer about the site
  (``nextwarez-mega-review-2016.html``: the mega-menus cut to one, the sidebar's tag cloud and most widgets cut).

Neither is in the dev set (by their sentences). The review reads right: the on-page headline as its title (where
trafilatura takes ``og:title``), the byline's ``NW Team``, the published time, the related reviews; its score box
stays as the page sets it in the article body (readability keeps it whole, trafilatura all but its numbers), the tag
cloud, the author box and the comments out. On the blog post, fixed: the comments were read and the post was not
(this copy: 184 paragraphs of comments, none of the post's; so too a copy with its comments repeated to the full
page's count). Their list outweighed the post and won, but its classless ``<li>`` items made it no list of replies,
so the story it answers never joined it (``content/growth.py``, :func:`_reply_list_item`: an item of a list named as
replies is a reply by its element); and the post just before the list is its footer bar, named as furniture, where
the walk back to the post it answers stopped: a list of replies that wins alone now takes the story the page's own
summary opens before it, at the lowest container holding both (:func:`_answered_story`). The post reads whole and
first. One dev page changes, for the better: magic-html forum-f488fea4 (a LiveJournal community post under its
comments, labelled a forum thread) had read its comments alone; it now opens with the post's tweet the summary
opens, its date gains the post's time (``2024-05-12T17:20``) and its five links to the community's other posts are
its related list. Tried and rejected: the post's container over a comment list whenever the page declares an article
(``og:type``), so that its comments go as readability drops them: four magic-html forum threads declare an article
too and lost their replies (forum-3c7a8956, -5b0ef856, -baece742, -f488fea4). Left as found: the comments stay after
the post, as the project reads a news page's list of replies that outweighs its story (trafilatura reads this copy
so too: the post, then the comments; readability the post alone); no author (the blog names its writer only in the
title's suffix, the portrait's ``alt`` and the sidebar, no byline; trafilatura reads none either).
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
    # Read right: the on-page headline, the byline's writer, the published time, the review's first paragraph first
    # and its score box last, as the article body sets it (the readers' rating closing it); the ticker, the menu's
    # teasers, the breadcrumbs, the tag cloud, the share links, the author box, the related reviews, the comments,
    # the reply form, the sidebar and the footer out.
    Guard(
        "unseen-ml5/nextwarez-mega-review-2016.html",
        "Test de Mega : l’hébergeur de fichiers chiffré",
        ["NW Team"],
        "2016-05-04T22:10:57",
        "Mega est un OVNI dans l’univers des hébergeurs de fichiers",
        "Note utilisateur (11 Votes) 7.9",
        (
            "Tendance",
            "48 millions",
            "Vous êtes",
            "Kim DotCom",
            "Partager",
            "compte de la NextWarez",
            "Articles en relation",
            "A. Nonyme",
            "Votre Commentaire",
            "Commentaires récents",
            "Depuis 2013",
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
