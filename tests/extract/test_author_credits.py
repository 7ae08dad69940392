"""Authors of trimmed real pages whose credits newsmend misread: each test names the credit's shape, the page it
was trimmed from, and what was read before the mechanism that reads it."""

from __future__ import annotations

from pathlib import Path

import newsmend
from newsmend.fields.lines import LabelledValue, labelled_values
from newsmend.fields.people import split_names

PAGES = Path(__file__).parent.parent / "fixtures" / "pages" / "authors"


def _extract(name: str) -> newsmend.Article:
    return newsmend.extract((PAGES / name).read_bytes())


def test_a_metadata_author_that_is_the_sites_name_is_not_split_at_its_ampersand() -> None:
    """A computer publisher's Apple magazine, ``Mac & i``, names itself as ``DC.creator`` and ``og:site_name``: the
    value is the outlet's one name, which splitting at ``&`` turned into the author ``i``."""
    art = _extract("magazine-named-with-ampersand.html")
    assert art.author == ["Mac & i"]
    assert art.title == "1Password für Mac generiert Einmal-Passwörter"


def test_a_metadata_author_giving_the_outlet_and_its_address_credits_no_place() -> None:
    """A regional broadcaster's ``<meta name="author" content="hessenschau.de, Frankfurt, Germany">``: the outlet's
    name, then its city and country, which were read as the authors ``Frankfurt`` and ``Germany``."""
    art = _extract("outlet-and-address-as-author.html")
    assert art.author == ["hessenschau.de"]
    assert art.source == "hessenschau.de/bb"


def test_a_role_set_before_a_linked_authors_name_is_left_out() -> None:
    """A German news site's expert column: JSON-LD names ``Von FOCUS-Online-Experte Robin Tschöpe`` and the author
    box ``FOCUS-Online-Experte <a rel="author">Robin Tschöpe</a>``; the link's label is the person, the word before
    it the writer's role, which stayed in the name."""
    art = _extract("role-before-linked-author.html")
    assert art.author == ["Robin Tschöpe"]


def test_a_credit_right_after_the_last_sentence_leaves_the_text_four_lines_from_its_end() -> None:
    """An international broadcaster's French page sets ``Auteur : Kossivi Tiassou`` and ``Edition : …`` under the
    text, then a box's heading and a permalink: the credit stood four lines from the body's end, outside the edge
    where meta lines are read, and the footer menu's ``Learning by Ear`` gave the author ``Ear``."""
    art = _extract("credit-after-last-sentence.html")
    assert art.author == ["Kossivi Tiassou"]
    assert "Auteur : Kossivi Tiassou" not in art.paragraphs
    assert art.paragraphs[0].startswith("24 milliards de tonnes de terres fertiles")


def test_a_dateline_naming_the_writer_after_a_dash_credits_them() -> None:
    """A school project's blog sets ``11.12.2019 - Amelie Loevenich`` under its headline: the date, a dash, the
    writer's full name, with no label; nothing credited anyone before."""
    art = _extract("date-then-writer-under-headline.html")
    assert art.author == ["Amelie Loevenich"]
    assert art.date is not None and art.date.startswith("2019-12-11")


def test_a_dateline_with_one_word_after_the_dash_credits_no_one() -> None:
    """The same line with a single word after the dash (a place, a section) names no writer."""
    html = (PAGES / "date-then-writer-under-headline.html").read_text("utf-8")
    art = newsmend.extract(html.replace("11.12.2019 - Amelie Loevenich", "11.12.2019 - Berlin").encode())
    assert art.author is None


def test_a_by_word_opening_a_field_after_a_bar_labels_the_byline() -> None:
    """A viral-story site's header strip ``yas! | By Cara Stiles | April 13, 2020``: the tag, the byline and the
    date as fields between bars. ``By`` counted only opening the line, so the page had no author."""
    art = _extract("byline-field-after-a-bar.html")
    assert art.author == ["Cara Stiles"]
    assert art.date is not None and art.date.startswith("2020-04-13")


def test_a_sort_control_before_a_bar_labels_no_author() -> None:
    """``Sort | By Date`` is a listing's sort control, its by-word after the bar as ``Sort by`` has it."""
    assert labelled_values("Sort | By Date") == []
    assert labelled_values("News | Von Hans Meier") == [LabelledValue("author", "Von", "Hans Meier")]


def test_a_byline_closing_with_a_labelled_update_date_gives_its_name() -> None:
    """A finance guide's author box reads ``Sara Zinnecker Stand: 05. Februar 2020`` (the writer, then the date of
    the last update under German ``Stand``, as of): the label ends the names as a date preposition does. Another
    label before a date (a forum's ``Joined: 2015``) still leaves the text no name."""
    art = _extract("byline-with-update-label.html")
    assert art.author == ["Sara Zinnecker"]
    assert split_names("Sara Zinnecker Stand: 05. Februar 2020") == ["Sara Zinnecker"]
    assert split_names("Jane Doe Joined: 2015") == []


def test_a_text_and_photos_credit_names_the_writer() -> None:
    """A Swiss fishing magazine's subline credits ``Text & Fotos: Ivan Valetny`` in its byline cell; split at the
    ``&`` it gave no name, and the template's ``<meta name="author">`` (its publisher) stood as the author. A
    photographer's credit alone is still no writer's."""
    art = _extract("text-and-photos-credit.html")
    assert art.author == ["Ivan Valetny"]
    assert split_names("Text und Bilder: Ivan Valetny") == ["Ivan Valetny"]
    assert split_names("Fotos: Ivan Valetny") == []


def test_the_tags_a_byline_strip_links_to_are_no_names() -> None:
    """A WordPress theme's ``div.entry-meta`` holds the dates, the author's link and ``span.tags-links`` with links to
    ``/tag/btw17/`` and ``/tag/bundestagswahl/``; the author being a lowercase handle (``tlow``, no name's shape),
    the tag ``Bundestagswahl`` was read as the author. With a name in the author's link, that name is the author."""
    html = (PAGES / "tags-in-byline-strip.html").read_text("utf-8")
    assert newsmend.extract(html.encode()).author is None
    named = newsmend.extract(html.replace(">tlow</a>", ">Tina Low</a>").encode())
    assert named.author == ["Tina Low"]


def test_a_copyright_notice_closing_the_text_names_its_writer_when_nothing_else_does() -> None:
    """A regional portal's page on a film office closes its text with ``© 2019 Sven Schreivogel`` (then the
    office's address box): the writer holds the text's rights, and nothing else on the page credits anyone. A
    company holding them is no writer."""
    html = (PAGES / "copyright-closing-the-text.html").read_text("utf-8")
    assert newsmend.extract(html.encode()).author == ["Sven Schreivogel"]
    company = html.replace("© 2019 Sven Schreivogel", "© 2019 Filmbüro Göttingen GmbH")
    assert newsmend.extract(company.encode()).author is None


def test_a_member_page_link_under_the_headline_credits_its_display_name() -> None:
    """A club's Drupal blog (shaped after trafilatura-eval t0858): the writer's name links to ``/user/maria-keller``
    under the headline; the header's ``/user/login`` and ``/user/register`` links and the commenters' own
    ``/user/…`` links further down credit no one. Before, the member link was no credit and the post had no author."""
    art = _extract("member-handle-byline.html")
    assert art.author == ["Maria Keller"]
    assert art.date is not None and art.date.startswith("2023-09-14")


def test_forum_repliers_linked_to_their_member_pages_are_not_credited() -> None:
    """A forum thread: the thread starter's ``/members/karl-weber.1842/`` under the topic is the author; the two
    repliers linked the same way at the thread's end, inside the text read, are not."""
    assert _extract("member-handle-thread.html").author == ["Karl Weber"]


def test_a_member_link_credits_only_the_name_its_handle_spells() -> None:
    """A member-page link is a credit when its label spells the handle (``71187_predator.html`` is ``Predator``); a
    sign-up or status label on the same kind of address (``Registrieren``, ``Offline``) names no one."""
    from newsmend.blocks import Link
    from newsmend.fields.evidence import _names_handle

    assert _names_handle(Link("Predator", "https://forum.example.ch/members/71187_predator.html?s=22c0"))
    assert _names_handle(Link("@sdfasdf", "/-/users/sdfasdf"))
    assert not _names_handle(Link("Registrieren", "/index.php/wdr/user/register"))
    assert not _names_handle(Link("Offline", "/forum/user/52565-mvvfans"))


def test_a_member_s_display_name_its_page_spells_is_one_name_whatever_its_words() -> None:
    """An angling forum's article (trafilatura-eval t0632, labelled ``Catch more fish``) credits its member under the
    headline: ``<span class="u-srOnly">Autor</span> <a href="/members/catch-more-fish.210716/">Catch more fish</a>``.
    The label spells the member's page, so it is the member's display name; read as a person's name its lowercase
    words made it none, and the page had no author."""
    art = _extract("member-display-name-not-name-shaped.html")
    assert art.author == ["Catch more fish"]
    assert art.title == "Raubfisch-Rute im Test: die Iaconelli Spinning Rod"


def test_a_topic_by_a_mention_credits_the_member_without_its_at_sign() -> None:
    """A forum demo's topic (magic-html forum-bba250a462daa9c4): ``By @sdfasdf`` linking ``/-/users/sdfasdf`` under
    the headline names its poster, as the mention spells the handle; the page had no author."""
    art = _extract("forum-topic-by-mention.html")
    assert art.author == ["sdfasdf"]
    assert art.title == "I have an issue"


#: A German magazine's news story (trafilatura-eval t0641, labelled ``Claudia Lindner``, trimmed): its ``<h2>``
#: headline and ``<h3>`` standfirst open the body's element, a picture's credit follows, then ``Von Claudia Lindner``;
#: ``<meta name="author">`` names the magazine and its motto, ``L-MAG – Das Magazin für Lesben``.
MAGAZINE_MOTTO = "magazine-motto-as-author.html"
MAGAZINE_ADDRESS = "https://www.l-mag.de/news-1010/holocaust-gedenktag-lesbische-erinnerungskultur-mit-stolpersteinverlegung.html"


def test_the_headline_repeated_over_the_text_does_not_push_its_byline_off_the_edge() -> None:
    """The repeated headline counted as the body's first line: the byline stood fourth, past the lines read for
    fields, and stayed in the text."""
    art = newsmend.extract((PAGES / MAGAZINE_MOTTO).read_bytes(), url=MAGAZINE_ADDRESS)
    assert "Von Claudia Lindner" not in art.paragraphs
    assert art.paragraphs[0].startswith("Zum Tag des Gedenkens")
    assert art.date == "2022-01-27"


def test_a_metadata_author_of_the_site_and_its_motto_credits_no_one() -> None:
    """``L-MAG – Das Magazin für Lesben``: the site's name, then its motto, a phrase of no name's shape; the motto
    had been the author over the byline. The outlet left, the byline's writer is the author; a person's name beside
    the site's in the metadata stays the author's."""
    page = (PAGES / MAGAZINE_MOTTO).read_bytes()
    assert newsmend.extract(page, url=MAGAZINE_ADDRESS).author == ["Claudia Lindner"]
    motto = "L-MAG – Das Magazin für Lesben".encode()
    assert motto in page
    signed = page.replace(motto, "Jana Beispiel – L-MAG".encode())
    assert newsmend.extract(signed, url=MAGAZINE_ADDRESS).author == ["Jana Beispiel"]


def test_the_window_before_the_body_reaches_back_to_the_headline_found() -> None:
    """A 2015 daily's story (readability-testpages wapo-1, trimmed: its 24-slide gallery cut to two slides): the
    ``<h1>``, the share and print tools, ``By <a href="/people/erin-cunningham">Erin Cunningham</a>`` opening the
    article's element, then a gallery's buttons, promo and caption lines before the text. The window before the body
    reached back to the selection's headline only, which had none here, and stopped in the gallery: no author."""
    art = _extract("byline-over-a-gallery.html")
    assert art.author == ["Erin Cunningham"]
    assert art.title == "Attack stokes instability fears in North Africa"
    assert art.paragraphs[0].startswith("CAIRO — Gunmen opened fire")
