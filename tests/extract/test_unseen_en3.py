"""English and other European news pages from outside the dev set (third audit), and what newsmend reads on them.

The pages come from Postlight Parser's test fixtures (``fixtures/<site>/<time>.html`` of postlight/parser, bundled
in ``tests/fixtures/pages/unseen-en3/`` without scripts, styles, SVG paths and most of their menus' items; the
fixtures write a ``<meta>``'s value as ``value=``, the pages as served wrote ``content=``, as here). Each test
states the mechanism the page showed, so that it holds on other sites too.
"""

from __future__ import annotations

from tests.support.pages import extract_page

import newsmend
from newsmend.html.parse import parse_html


def test_text_a_paywall_shifted_one_code_up_is_read_shifted_back() -> None:
    """The Hamburger Abendblatt (Funke group, ``fixtures/www.abendblatt.de``, German) serves its paid article with
    every character of each paragraph shifted one code up (``p.obfuscated``: ``Ibncvsh/`` for ``Hamburg.``, the
    paragraph's markup shifted into its text, ``=0tuspoh?`` for ``</strong>``) for a script to shift back: the text
    is read shifted back, with the markup it then gives (a list, a link), its shorter lines (an embed's title)
    too; the headings between, served plain, stay as they are."""
    article = extract_page("unseen-en3/postlight-abendblatt.html")
    assert article.language == "de"
    assert article.title == "Warum Mangos und Papayas jetzt teurer sind"
    assert article.author == ["Melanie Wassink"]
    assert (article.date or "").startswith("2020-05-15")
    paragraphs = article.paragraphs
    first = next(p for p in paragraphs if p.startswith("Hamburg."))
    assert first.startswith("Hamburg. Gabi Eutemüller und Eliane Steinmeyer stehen in einer Halle")
    assert "„eine hervorragende Qualität aus Vietnam“" in first
    assert "Ungewöhnliche Einsätze der Airlines sichern den Nachschub" in paragraphs
    assert "Interaktiv – Das Coronavirus in Deutschland und weltweit" in paragraphs
    assert "Waschen Sie sich regelmäßig die Hände gründlich mit Wasser und Seife" in paragraphs
    assert "sich auf die Gastronomie, aber auch" in article.body
    assert "Ibncvsh" not in article.body
    assert "=0" not in article.body


def test_plain_text_with_many_f_is_not_shifted_back() -> None:
    """The test for shifted text reads letters, not a class: plain text with more ``f`` than ``e`` (a list of German
    tags, ``Abfall, Abfluss, Auflauf…``: 40 ``f``, 7 ``e``) keeps its ``a``, which shifted text lacks, and stays as
    it is."""
    plain = (
        "Schlagworte: Abfall, Abfluss, Auflauf, Kaufvertrag, Flugfahrt, Luftfahrt, Zugriff, Schifffahrt, Laufstall, "
        "Hoffnung, Stoff, Straffall, Ausflug, Anlauf, Kauf, Tarif, Fall, Pfad, Luftschiff, Aufruf, Sportfan, Hafen, "
        "Rundfunk, Briefkasten, Schaf, Golf, Hof, Auftrag, Fahrrad, Kaffee"
    )
    assert plain.count("f") > 2 * plain.count("e")
    page = parse_html(f"<html><body><p>{plain}</p></body></html>")
    assert [block.text for block in page.blocks] == [plain]


def test_appeal_for_donations_closing_the_text_is_no_text() -> None:
    """The Forward (``fixtures/forward.com``, a blog post) closes the post's element with an appeal for money
    (``div.donate-box``: "The Forward's independent journalism depends on donations from readers like you." and a
    "Give Now" button): an element named for donations is furniture, as a newsletter sign-up is. The author's
    closing line about herself stays, as the other extractors keep it."""
    article = extract_page("unseen-en3/postlight-forward.html")
    assert article.author == ["Laura E. Adkins"]
    assert (article.date or "").startswith("2016-12-28")
    assert article.body.startswith("Sometimes (okay, a lot of the time), if I’m in the middle of editing")
    assert article.body.endswith("Contact her at adkins@forward.com or on Twitter, @Laura_E_Adkins.")
    assert "donations" not in article.body


def test_story_links_and_figures_between_the_paragraphs_stay_out() -> None:
    """The Guardian (``fixtures/www.theguardian.com``) sets "rich links" to earlier stories between its paragraphs
    (``aside.element-rich-link``: a headline, "Read more") and figures with share buttons and captions; the body
    is the standfirst (``div.content__standfirst``, above a video's caption, the byline and five share buttons),
    the paragraphs and the section headings, the captions are captions."""
    article = extract_page("unseen-en3/postlight-guardian.html")
    assert article.title == "Standing Rock protesters hold out against extraordinary police violence"
    assert (article.date or "").startswith("2016-11-29")
    assert article.paragraphs[0].startswith("Apprehension and distrust pervade North Dakota protest site")
    assert article.paragraphs[1].startswith("Police violence against Standing Rock protesters in North Dakota")
    assert article.body.endswith("It has always been there; it’s just bubbling under the surface.”")
    assert "‘A messy, messy mess’" in article.paragraphs
    for boilerplate in ("Read more", "Standing Rock protest: North Dakota governor orders", "Photograph:", "Share on"):
        assert boilerplate not in article.body
    assert any(caption.startswith("Police use a water cannon") for caption in article.captions)


def test_wordpress_captions_and_next_story_stay_out() -> None:
    """Observer (``fixtures/observer.com``, WordPress VIP) captions its photos in ``div.wp-caption>p.wp-caption-
    text`` with a ``span.media-credit`` and promotes the next story under the article ("Up Next", "Article continues
    below"): the body is the deck under the headline (``h2.dek``, a quoted line without a stop, kept as other sites'
    standfirsts are) and the seven paragraphs."""
    article = extract_page("unseen-en3/postlight-observer.html")
    assert article.author == ["Sage Lazzaro"]
    assert len(article.paragraphs) == 8
    assert article.paragraphs[0] == "'The fact that nobody has never explored the hill before is a mystery'"
    assert article.paragraphs[1].startswith("A few weeks ago, Egyptian archaeologists excavated parts of Abydos")
    for boilerplate in ("SIA/EFAK/YPPOA", "Up Next", "Why Fashion and Politics", "Article continues below"):
        assert boilerplate not in article.body


def test_further_reading_box_inside_the_text_is_a_related_list() -> None:
    """ICI Radio-Canada (``fixtures/ici.radio-canada.ca``, French) closes the story's element with a framed box of
    links to earlier stories (``div.framed``: "À lire aussi :" over a list) and a call for witnesses after it: the
    box's stories are related items, not text."""
    article = extract_page("unseen-en3/postlight-radiocanada.html")
    assert article.language == "fr"
    assert article.title == "Affaire KPMG: un juge se récuse"
    assert article.body.endswith(
        "en assistant brièvement à une réception ouverte à tous les participants de la conférence »."
    )
    assert "lire aussi" not in article.body
    assert "Cliquez ici" not in article.body
    titles = [item.title for item in article.related]
    assert "Les intouchables : KPMG a caché l'argent de riches clients" in titles


def test_labelled_link_line_closing_the_text_is_navigation() -> None:
    """MacRumors (``fixtures/www.macrumors.com``) closes the story with ``div.linkback``: ``Related Roundup: <a>iPad
    Pro</a>``, then tags and a buyer's guide, each a short label and links: lines pointing elsewhere, not text."""
    article = extract_page("unseen-en3/postlight-macrumors.html")
    assert article.author == ["Juli Clover"]
    assert article.body.startswith("Apple may be planning to introduce a second-generation Apple Pencil this year")
    assert article.body.endswith("and an upgraded A10X processor.")
    for boilerplate in ("Related Roundup", "Tags:", "Buyer's Guide"):
        assert boilerplate not in article.body


def test_sentence_with_a_colon_before_a_link_stays() -> None:
    """A closing line whose words before the colon are a clause, or whose text after it is not all links, is the
    text's own: only a short label over links is navigation."""
    page = (
        "<html><body><article>"
        + "<p>The council met on Tuesday to discuss the budget for the coming year and its many items.</p>" * 4
        + '<p>The full report, which runs to 300 pages: <a href="/report.pdf">download it here</a></p>'
        + '<p>Read more: the <a href="/a">council</a> publishes its minutes every month for residents.</p>'
        + "</article></body></html>"
    )
    article = newsmend.extract(page.encode())
    assert article.paragraphs[-2] == "The full report, which runs to 300 pages: download it here"
    assert article.paragraphs[-1].startswith("Read more: the council publishes its minutes")
