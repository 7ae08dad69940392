"""A twenty-third audit on European news and blog pages outside the dev set, and what newsmend reads on them.

The pages are saved pages from adbar/htmldate's ``tests/cache/`` (2012-2019), read in 16,000-character pieces, their
text kept as the pages write it (UTF-8 as each declares, character references included), written back with the
contents of their scripts and style sheets cut, in ``tests/fixtures/pages/unseen-en13/``:

- ``tagesausblick.de.dow.html``: a 2012 German market analysis, its ``<title>`` the headline, the site's host name
  and its slogan (``DOW Jones - Jahresendrally ade?! - Tagesanalyse - Tagesausblick.de - Ihr unabhängiges
  Analyseportal``), the ``<h1>`` the headline alone, then a ``Datum: 22.12.2012, Rubrik: USA`` line and one
  ``<p>`` of ``<br>``-set lines: a headline's copy, ``von Nicolas Schlippe``, the analysis and the site's disclaimer
  with its ``Kursdaten provided by Interactive Data`` credit (``htmldate-tagesausblick-dow.html``: whole but for
  the script contents);
- ``cric-grenoble.info.radio.html``: a 2019 Grenoble activist site's (SPIP) open letter of three radio shows
  dropped by their station, dated by ``<time datetime>``, unsigned but for the shows' names closing it, giving the
  station's address as lines of their own amid its last paragraphs (``redactionrks@yahoo.fr``, ``BP 422``, …),
  two ``Derniers articles de la thématique`` boxes of teaser cards after it and a news feed beside it
  (``htmldate-cric-kaleidoscope.html``: the help menu's glossary cut to two entries, the feed to four of fifteen
  teasers);
- ``blog.todamax.net.html``: a 2018 German hobby blog's post (WordPress), dated ``Donnerstag, 15.2.2018, 19:51``
  under its ``<h1>`` beside the writer's handle, its text closed by ``| Abgelegt unter <a>1337</a>, <a>Coding</a>,
  <a>Spiele</a><br>The views expressed by the author are personal.`` in the post's element, then a related-posts
  line, a comment form, a sidebar and a hidden print notice (``htmldate-todamax-kemulator.html``: the sidebar's
  archive list cut to six of 130 months, the comments box to five entries, two ad-blocker links cut);
- ``wara-enforcement.org.guinee.html``: a 2016 wildlife-law NGO's French news item (WordPress), its headline an
  ``<h3>`` under a commented-out ``<h1>``, its date a bare ``27 Sep 2016`` beside a calendar icon, share buttons
  around the text and a ``Les dernières actualités`` list in the footer (``htmldate-wara-braconnier.html``);
- ``uni-koeln.de.ocean.html``: a 2017 German university's English press release (TYPO3), a standfirst, the text
  and its contacts' lines (names, institutes, each address a ``javascript:`` link printing ``x(at)y.de``), then a
  ``created by Online-Redaktion`` footer with its ``<time>`` (``htmldate-unikoeln-meteor.html``: the navigation's
  flyouts cut to three of seven, the breadcrumbs' lists, footer columns and quality labels to a few entries, the
  script templates of the mobile header emptied).

None is in the dev set (by URL and by their sentences). What newsmend read wrong, and what was fixed where (each
change leaves the 798 dev pages' readings as they were unless said):

- the analysis's title, the ``<title>`` with the site's slogan (the ``<h1>`` covered too little of it to be
  confirmed), and through it the author, ``Interactive Data`` (the ``<h1>`` stayed in the body as its first line,
  pushing the ``von`` line past the lines a byline is read from): what follows the site's name standing after the
  headline is the site's too (``fields/title.py``; 1 dev page changes, a German web designer's ``der Schreibstil -
  chadim.net - Webdesign`` to ``der Schreibstil``);
- the open letter's author e-mail, the station's address it gives (``Nous communiquons ainsi les coordonnées de
  RKS :`` then the address alone on its line), which left the text: an address alone on its line counts as the
  writer's only near the text's ends, as labelled meta lines do (``fields/evidence.py``);
- (from the blog post) a filing line closing a text without a colon (``Abgelegt unter <a>1337</a>, <a>Coding</a>,
  <a>Spiele</a>``), which the labelled-link-line trim did not know as one: a short label before two links or more
  covering the rest is one (``fields/trim.py``). On the post itself both lines stayed: its disclaimer closes the
  text after the filing line, and an editorial disclaimer closing a text stays (as test_unseen_8's opinion column
  guards; readability and trafilatura keep them too). Since the seventy-third audit both leave with the element
  they stand in, the theme's ``p.postmetadata2`` (the post's metadata, ``fields/trim.py``, ``_without_meta_box``).
- the press release's contact addresses, ``naugustin(at)geomar.de`` under his name and institute: an e-mail
  address alone on its line, its link's text, is printed for the reader as a web address is, and stays
  (``content/pruning.py``; 2 dev pages change: trafilatura-eval t0595 keeps its press contact's
  ``presse(at)jugend-forscht.de`` beside its web address, readability-testpages medium-1 its writer's address, now
  its author e-mail);
- the analysis's data credit after it, ``provided by Interactive Data``, read as a byline from the line's end (the
  author, had the ``von`` line not been there): a supplier ``provided`` something, it wrote nothing
  (``fields/lines.py``).

Left as found: the analysis keeps its headline's copy (``DOW Jones – Jahresendrally adé?!``, other dash and accent)
as its first line and the site's disclaimer as its last lines, all in the analysis's one ``<p>``; the blog post
credits no one (its byline is the handle ``> da]v[ax``) and reads no related posts from its ``Artikel aus der
gleichen Kategorie:`` line of ``<br>``-set links; the open letter reads no related items from its teaser cards;
the NGO's footer list of its latest news is read as related; the press release credits ``Online-Redaktion``, the web
desk its metadata names as author, and drops the labelled ``on bord: <a>h.arndt(at)…</a>`` line. trafilatura reads
the same titles (the analysis's too), dates and first lines, keeps the blog's comment rules and the letter's
``Compléments d'info`` heading; readability opens the analysis with the login links and the blog post with its
dateline, keeps its filing line and disclaimer and ends the press release before the press office's contact.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend
from newsmend.blocks import Block, Link
from newsmend.fields.lines import labelled_values
from newsmend.fields.title import strip_site
from newsmend.fields.trim import trim_body

GUARDS = [
    # A market analysis: the headline without the site's slogan, its writer from the ``von`` line, its date; the
    # headline's copy, the site's disclaimer and its data credit stay in the text (they are in its ``<p>``).
    Guard(
        "unseen-en13/htmldate-tagesausblick-dow.html",
        "DOW Jones - Jahresendrally ade?! - Tagesanalyse",
        ["Nicolas Schlippe"],
        "2012-12-22",
        "DOW Jones – Jahresendrally adé?!",
        "Der Autor ist in den besprochenen Wertpapieren",
        ("von Nicolas Schlippe", "Samstag 22.12.2012", "Datum:", "Login", "Impressum"),
    ),
    # An open letter: no writer but the shows signing it in its last line, the date of its <time>; the station's
    # address stays in the text; the teaser boxes, the news feed and the footer's blurb stay out.
    Guard(
        "unseen-en13/htmldate-cric-kaleidoscope.html",
        "Putsh en cours à Radio Kaleïdoscope",
        None,
        "2019-06-09T17:00",
        "Qui aurait cru que radio Kaléidoscope pouvait",
        "DégenréeEs, Parloirs libres, Micro-ondes",
        ("Derniers articles", "La décroissance", "Fil d'infos", "FORUM DES SANS", "Partager", "CRIC n’est pas"),
    ),
    # A hobby blog's post: its text from the urge to play again to the download; the metadata element closing it
    # (its filing line and the theme's disclaimer), the related posts, the comment form, the sidebar and the hidden
    # print notice stay out.
    Guard(
        "unseen-en13/htmldate-todamax-kemulator.html",
        "MIDP Emulator KEmulator und Brick Challenge",
        None,
        "2018-02-15T19:51",
        "Neulich packte mich das Verlangen",
        "werfe es für lau in die Runde: DOWNLOAD",
        (
            "Abgelegt unter",
            "The views expressed",
            "Artikel aus der gleichen",
            "GPX-Routen",
            "Das Kleingedruckte",
            "Werbeblocker",
            "Politiker",
            "Radio:",
        ),
    ),
    # A press release: the headline, the web desk the metadata credits, the footer's date; the standfirst opens
    # the text, the contacts' lines with their addresses close it; the menus, the back link and the footer stay out.
    Guard(
        "unseen-en13/htmldate-unikoeln-meteor.html",
        "Under the Sea: What the Bottom of the Atlantic Ocean Tells Us about Volcanos and Biodiversity",
        ["Online-Redaktion"],
        "2017-07-12",
        "Scientists embarked on a four-week expedition on the Atlantic Ocean",
        "http://www.oceanblogs.org/m139/",
        ("Show subpages", "Arrival by Car", "created by", "Created:", "Privacy policy", "Quality Labels"),
    ),
    # A news item read right: the <h3> headline, the date by the calendar icon, the text from the court's hearing
    # to the founder's quote; the share buttons, the menu and the footer's widgets stay out.
    Guard(
        "unseen-en13/htmldate-wara-braconnier.html",
        "Guinée : Un braconnier d’éléphant interpellé et condamné à la peine maximale !",
        None,
        "2016-09-27",
        "La Justice de paix de Macenta au sud Guinée",
        "Je le dis par expérience dans cette région",
        ("Share Button", "Magazine Wildlife Justice", "Les dernières actualités", "Mentions légales", "Accueil"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_site_slogan_after_the_site_name_leaves_the_title() -> None:
    """A ``<title>`` names the site after the headline, then the site's slogan (``… - Tagesausblick.de - Ihr
    unabhängiges Analyseportal``): the slogan is the site's as its name is, the headline what stands before them. A
    site name opening the title still leaves the rest whole, and a headline's own dashes stay."""
    sites = ["tagesausblick.de"]
    title = "DOW Jones - Jahresendrally ade?! - Tagesanalyse - Tagesausblick.de - Ihr unabhängiges Analyseportal"
    assert strip_site(title, sites) == "DOW Jones - Jahresendrally ade?! - Tagesanalyse"
    assert strip_site("der Schreibstil - chadim.net - Webdesign", []) == "der Schreibstil"
    assert strip_site("Example Times | Storm - what comes next", ["Example Times"]) == "Storm - what comes next"
    assert strip_site("Storm - what comes next | Example Times", ["Example Times"]) == "Storm - what comes next"
    assert extract_page("unseen-en13/htmldate-tagesausblick-dow.html").author == ["Nicolas Schlippe"]


def test_a_supplier_provided_by_is_no_byline() -> None:
    """A line ending ``provided by <Name>`` credits who supplied the data (``Kursdaten provided by Interactive Data -
    eSignal Pro``, under a market analysis's chart and again in the site's footer): no author, as ``powered by`` or
    ``sponsored by`` are none. A line ending ``by <Name>`` after its date still credits its writer."""
    assert labelled_values("Kursdaten provided by Interactive Data - eSignal Pro") == []
    assert labelled_values("provided by Interactive Data - eSignal Pro") == []
    assert [v.value for v in labelled_values("Posted on May 3, 2024 by Jane Doe")] == ["Jane Doe"]


def test_an_address_amid_the_text_is_a_contact_it_gives() -> None:
    """An open letter gives its station's address line by line amid its last paragraphs (``Nous communiquons ainsi
    les coordonnées de RKS :``, then ``redactionrks@yahoo.fr``, ``BP 422``, …): the e-mail address alone on its line
    is the station's, which the letter asks readers to write to, not its writer's; it stays in the text in its
    place. A bare address at the text's end is still its writer's."""
    article = extract_page("unseen-en13/htmldate-cric-kaleidoscope.html")
    assert article.author_email is None
    at = article.paragraphs.index("redactionrks@yahoo.fr")
    assert article.paragraphs[at - 1 : at + 2] == [
        "Nous communiquons ainsi les coordonnées de RKS :",
        "redactionrks@yahoo.fr",
        "BP 422",
    ]
    sentence = "<p>The council voted on Tuesday to close the old library, which drew a crowd of readers to town.</p>"
    contact = "<p>Write to the council at:</p><p>clerk@council.example.org</p>"
    page = f"<html><body><article><h1>Library to close</h1>{sentence * 3}{contact}{sentence * 4}"
    signed = newsmend.extract(f"{page}<p>jane.doe@news.example.com</p></article></body></html>".encode())
    assert signed.author_email == "jane.doe@news.example.com"
    assert "clerk@council.example.org" in signed.paragraphs


def test_filing_line_without_a_colon_closing_a_text_leaves_it() -> None:
    """A blog post files itself ``| Abgelegt unter <a>1337</a>, <a>Coding</a>, <a>Spiele</a>`` (filed under, no
    colon) under its text: the categories are links to other pages, as ``Filed under: <a>…</a>`` with its colon
    is; closing the text, the line leaves it. A line of one link after a few words is a sentence's own and stays,
    and so does an editorial disclaimer closing the text after a filing line. On the post, the filing line and its
    ``The views expressed by the author are personal.`` stand in the theme's ``p.postmetadata2``, the post's
    metadata, and both leave the text with it."""
    text = Block("Ich habe das Spiel damals für alte Handys geschrieben und freue mich, dass es wieder läuft.", tag="p")
    filing = Block(
        "| Abgelegt unter 1337, Coding, Spiele",
        tag="p",
        links=[Link(name, f"https://example.org/category/{name}/") for name in ("1337", "Coding", "Spiele")],
    )
    one_link = Block("Mehr dazu bei Heise", tag="p", links=[Link("Heise", "https://example.org/heise")])
    note = Block("The views expressed by the author are personal.", tag="p")
    assert trim_body([text, filing], [0, 1]) == [0]
    assert trim_body([text, one_link], [0, 1]) == [0, 1]
    assert trim_body([text, filing, note], [0, 1, 2]) == [0, 1, 2]
    paragraphs = extract_page("unseen-en13/htmldate-todamax-kemulator.html").paragraphs
    assert paragraphs[-1].endswith("werfe es für lau in die Runde: DOWNLOAD")


def test_contact_addresses_printed_as_links_stay_in_the_text() -> None:
    """A press release closes with its contacts, each a name, an institute and an address printed as its own link
    (``<a href="javascript:linkTo_UnCryptMailto(…)">naugustin(at)geomar.de</a>``): all link and no prose, the
    address lines were dropped as link lines and the names kept without them (trafilatura keeps them). An address
    alone, ``@`` or ``(at)``, is text the page prints, as a web address alone is."""
    paragraphs = extract_page("unseen-en13/htmldate-unikoeln-meteor.html").paragraphs
    at = paragraphs.index("naugustin(at)geomar.de")
    assert paragraphs[at - 2 : at + 1] == [
        "Dr. Nico Augustin",
        "GEOMAR Helmholtz Centre for Ocean Research, Kiel, Research Area 4: Dynamics of the Ocean Floor",
        "naugustin(at)geomar.de",
    ]
    assert paragraphs[paragraphs.index("+49 221 470-1704") + 1] == "f.berg(at)uni-koeln.de"
