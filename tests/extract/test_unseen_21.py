"""A twenty-first audit on European news and blog pages outside the dev set, and what newsmend reads on them.

(The pages and their guards follow below.)
"""

from __future__ import annotations

from tests.support.pages import extract_page

from newsmend.article import RelatedLink
from newsmend.blocks import Block, Link
from newsmend.fields import split_names
from newsmend.fields.language import detect_language
from newsmend.fields.related import related_links


def test_author_link_label_ending_in_a_preposition_is_no_name() -> None:
    """An author link's label set on the line before the name (``SHOW ALL ARTICLES OF<br>Jane Doe``) ends with
    the preposition leading to the name: no name; a name holding a particle, or ending in one that is a surname
    (``Minh Le``), stays."""
    assert split_names("SHOW ALL ARTICLES OF") == []
    assert split_names("Alle Artikel von") == []
    assert split_names("View All Posts By") == []
    assert split_names("Ursula von der Leyen") == ["Ursula von der Leyen"]
    assert split_names("Minh Le") == ["Minh Le"]


def _ranked_list(titles: list[str]) -> list[RelatedLink]:
    """The related items of a list of ``titles``, one linked item each."""
    blocks = [
        Block(title, tag="li", links=[Link(title, f"https://example.org/story-{k}-of-the-list")])
        for k, title in enumerate(titles)
    ]
    return related_links(blocks)


def test_ranks_counting_from_one_leave_the_titles() -> None:
    """Three items or more in a row whose titles open with 1, 2, 3, … carry a ranked list's numbers (glued to the
    headline when the rank has an element of its own inside the link): the numbers go. Headlines opening with a
    number that do not count from 1 in order keep it, and so do two ranked items alone."""
    ranked = ["1Mort de Cédric Chouviat", "2Le projet de loi déjà écrit", "3 Les sénateurs garderont leur régime"]
    assert [item.title for item in _ranked_list(ranked)] == [
        "Mort de Cédric Chouviat",
        "Le projet de loi déjà écrit",
        "Les sénateurs garderont leur régime",
    ]
    listicles = ["3 Ways to save on heating", "10 things to know today", "1 year on from the flood"]
    assert [item.title for item in _ranked_list(listicles)] == listicles
    assert [item.title for item in _ranked_list(ranked[:2])] == ranked[:2]


def test_two_digit_year_right_above_the_headline_dates_the_story() -> None:
    """A school's news item sets its date right above the headline in the same ``<header>`` (``02.12.19``, then the
    ``<h1>``), no date in its metadata: the dotted date with a two-digit year is read there as under a headline
    (trafilatura reads it too). The lines under the headline still come first."""
    article = extract_page("unseen-en12/htmldate-hertie-leyen.html")
    assert article.date == "2019-12-02"
    assert article.title == "What's on the cards for von der Leyen?"


def test_teaser_byline_under_a_story_list_credits_no_one_here() -> None:
    """A Swiss weekly's interview is bylined ``By Urs Gehriger and Florian Schwab``; the ``Lesen Sie auch`` list
    after it teases a car review ``Von David Schnapp``, a byline of that story: the interviewers alone."""
    article = extract_page("unseen-en12/htmldate-weltwoche-forbes.html")
    assert article.author == ["Urs Gehriger", "Florian Schwab"]
    assert [item.title for item in article.related] == ["Auf der Überholspur"]


def test_text_overrules_a_template_language_it_does_not_use() -> None:
    """A bilingual blog's template declares ``lang="de"`` over an English post: the text's function words, English
    ones many times over and of many kinds, name its language. A German text keeps ``de``; placeholder Latin, one
    French-looking ``et`` repeated, keeps the declared ``en``."""
    english = "The court held that the law was void, and the ministers of the state had to act on it for the people."
    german = "Das Gericht hat entschieden, dass die Regel nicht mit dem Gesetz vereinbar ist und für den Staat gilt. "
    lorem = "Lorem ipsum dolor sit amet, sed diam et justo et dolore et magna et erat et accusam et ea rebum."
    assert detect_language(english * 3, "de") == ("en", "Latn")
    assert detect_language(german * 3, "de") == ("de", "Latn")
    assert detect_language(lorem * 3, "en") == ("en", "Latn")
    assert extract_page("unseen-en12/htmldate-verfassungsblog-decade.html").language == "en"


def test_citation_note_closing_the_text_leaves_it() -> None:
    """A law blog's appendix closes the editorial's element with ``SUGGESTED CITATION Steinbeis, Maximilian: The
    First Decade, VerfBlog, 2019/7/13, https://…, DOI: …``: the page's reference to itself, no text (trafilatura drops
    it, readability keeps it). The comments under the text and the related posts beside it stay out too."""
    article = extract_page("unseen-en12/htmldate-verfassungsblog-decade.html")
    assert article.body is not None
    assert "SUGGESTED CITATION" not in article.body
    assert "Seven Decades of the Grundgesetz" not in article.body
    assert "Wisdom of the Crowd" not in article.body


def test_plea_for_support_with_its_words_linked_closes_no_text() -> None:
    """The editorial's element closes with a box (``Congrats!``, then ``… please <a>support</a> us so that we can
    keep up our work and stay independent``, ``All the best, Max Steinbeis``): an appeal whose own words are the
    link to pay, no button; it leaves the text as a donation box does. The editorial's own sign-off stays last."""
    article = extract_page("unseen-en12/htmldate-verfassungsblog-decade.html")
    assert article.body is not None
    assert article.paragraphs[-1] == "Max Steinbeis"
    assert "Congrats!" not in article.body
    assert "stay independent" not in article.body
