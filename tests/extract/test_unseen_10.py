"""A tenth audit on English and European pages outside the dev set, and what newsmend reads on them.

The pages are saved pages from other projects' test folders, trimmed of scripts, styles, inline SVG paths, ad
scripts and most of their menu items and list entries (their text kept as the page writes it, character references
included), in ``tests/fixtures/pages/unseen-en8/``:

- flairNLP/fundus ``tests/ressources/ORF.html``: a 2023 Austrian public broadcaster's short agency story
  (``orf-assad-2023.html``);
- flairNLP/fundus ``tests/ressources/Merkur.html``: a 2023 Bavarian daily's story with a video embed, a fact box and
  a captioned picture between its paragraphs, recommendations and a comment section after it
  (``merkur-sanierung-2023.html``, its mega-menu shortened);
- adbar/htmldate ``tests/eval/aero.de-Fraport.html``: a 2023 German aviation site's agency story, its kicker and
  update time over the headline and a picture box with a ``Verwandte Themen`` list set before the text, all in the
  article's element (``aero-fraport-2023.html``);
- flairNLP/fundus ``tests/ressources/DWParser.html``: a 2023 German international broadcaster's story whose date
  only a fact list under it states (``<strong>Datum</strong> 14.03.2023``) (``dw-habeck-2023.html``, its flyout
  menus shortened);
- buriy/python-readability ``pages/base/django-speaker-lineup/page.html``: a 2026 web framework's blog post, its
  ``Posted by X on <date>`` line loose in ``main`` above the entry's text box (``django-djangocon-2026.html``, the
  archive list shortened);
- buriy/python-readability ``pages/base/python-315-alpha-6/page.html``: a 2026 language project's release post
  (Astro), its header's author link and dates over the text (``python-insider-315a6-2026.html``, SVG icons emptied);
- adbar/htmldate ``tests/eval/Newsnet.scot-growth.html``: a 2023 Scottish news site's WordPress (Newspaper theme)
  commentary (``newsnet-growth-2023.html``).

An eighth page of the audit, a Thuringian regional site's weather story (adbar/htmldate
``tests/eval/kyffhaeuser-nachrichten.de-Regen.html``), is trafilatura-eval's t0880 (a dev page, found by its URL):
not bundled. None of the others is in the dev set (by URL and by their sentences). The first, second and last read
right as they were; the four others showed the mechanisms their tests state, all fixed but the aviation site's
comment note (see its test); the commentary's byline was fixed after the audit (the desk account's rule).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.fields.lines import LabelledValue, is_list_heading, labelled_values

GUARDS = [
    # An agency story of three paragraphs: the outlet the JSON-LD declares as author stands (no person is credited:
    # ``red, ORF.at/Agenturen``), the share widget, the footer's network links and the print warning stay out.
    Guard(
        "unseen-en8/orf-assad-2023.html",
        "Assad in Russland: Gespräch mit Putin geplant",
        ["ORF.at"],
        "2023-03-14T19:01",
        "Syriens Präsident Baschar al-Assad ist heute Abend syrischen Angaben zufolge",
        "Die syrische Führung steht aber wegen westlicher Sanktionen unter Druck.",
        ("Online seit heute", "Zurück zur Startseite", "Nicht alle Bilder", "Agenturen", "Publikumsrat"),
    ),
    # The headline is the ``h1`` (the ``<title>`` is an SEO line); the byline's linked name is the author; the
    # standfirst opens the text, the fact box and the crossheads stay in; the picture's credited caption, the
    # breadcrumb, the interaction bar, the recommendations and the comment heading stay out.
    Guard(
        "unseen-en8/merkur-sanierung-2023.html",
        "Sanierungspflicht für Gebäude: EU gibt grünes Licht - CSU-Vize sieht „Zwangssanierungen“ und fordert "
        "Steuerhilfe",
        ["Patricia Huber"],
        "2023-03-14T16:06",
        "Ab 2033 sollen alle Gebäude in Deutschland den Energiestandard D besitzen.",
        "„Wir müssen den Kampf gegen den Klimawandel mit den Menschen gestalten und nicht gegen sie.“",
        ("IMAGO / Future Image", "Startseite", "Teilen", "Auch interessant", "Kommentare", "Erstellt:"),
    ),
    # A release post: the headline without the blog's name, the author page's linked name, the first paragraph
    # (the bold line) to the release team's last name; the header's author and date line, the link badge standing
    # alone, the Blogger notice, the back link and the sidebar's references stay out.
    Guard(
        "unseen-en8/python-insider-315a6-2026.html",
        "Python 3.15.0 alpha 6",
        ["Hugo van Kemenade"],
        "2026-02-11",
        "This is an early developer preview of Python 3.15",
        "Łukasz Langa",
        ("Updated February 11, 2026", "Originally published on Blogger", "Back to all posts", "On this page"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_header_over_the_headline_is_no_text() -> None:
    """The aviation site sets the article's header in the text's element: a kicker (``<h5>Flughafenbetreiber</h5>``)
    and the update time (``12:03 Uhr UPDATE``) over the ``h1``, then the picture box and the text. Short lines
    ending no sentence before a heading that repeats the title are the header, read for their fields (the date
    comes from the metadata) but no paragraphs."""
    article = extract_page("unseen-en8/aero-fraport-2023.html")
    assert article.title == "Fraport verdient im Sommer so viel wie noch nie"
    assert article.author is None  # the story is dpa-AFX's: no person is credited
    assert str(article.date) == "2023-11-07T08:03:52+01:00"
    assert article.paragraphs[0].startswith("FRANKFURT - Die Rückkehr der Reiselust hat dem Frankfurter")
    assert "Flughafenbetreiber" not in article.paragraphs
    assert "12:03 Uhr UPDATE" not in article.paragraphs


def test_titled_link_list_before_the_text_is_no_text() -> None:
    """The picture box before the aviation site's text holds a ``Verwandte Themen`` heading over three linked
    headlines, two of them long enough to pass for linked sentences of a list the text holds: a box titled as a list
    of other stories whose lines are links and nothing else is that list, wherever it stands in the body.

    The page's closing line, a note of its comment section (``Um einen Kommentar schreiben zu können, müssen Sie
    sich bei aero.de registrieren oder einloggen.``), is left in the body: cutting the body's last lines in an
    element named for comments, when no earlier line sits in one, cut the replies of at least a dozen dev threads,
    Q&A pages and comment sections whose first post sits outside such an element, so no rule was adopted."""
    article = extract_page("unseen-en8/aero-fraport-2023.html")
    assert article.body is not None
    for teaser in ("Verwandte Themen", "Fraport geht 2025 mit Terminal 3", "Fraport-Chef Schulte: Arbeiten"):
        assert teaser not in article.body
    assert any(p.startswith("An den Fraport gemanagten Beteiligungsflughäfen") for p in article.paragraphs[-2:])
    for boilerplate in ("Stellenmarkt", "Schlagzeilen", "Meistgelesene", "dpa-AFX"):
        assert boilerplate not in article.body


@pytest.mark.parametrize(
    "heading",
    ["Verwandte Themen", "Mehr zum Thema", "Lesen Sie auch:", "Lire aussi", "Relacionados", "Leggi anche", "Lees ook"],
)
def test_european_list_headings(heading: str) -> None:
    """Story-list titles in German, French, Spanish, Italian, Portuguese and Dutch are list headings, as their
    English and Chinese counterparts are."""
    assert is_list_heading(heading)


def test_date_label_set_apart_by_markup() -> None:
    """The broadcaster states its story's date only in the fact list under it, its label set apart by markup
    alone (``<li><strong>Datum</strong> 14.03.2023</li>``): a date label opening a line with a date right after it
    is a label, colon or not. The metadata author is the outlet (``Deutsche Welle (www.dw.com)``), which stands, no
    person being credited; the closing initials line stays the text's."""
    article = extract_page("unseen-en8/dw-habeck-2023.html")
    assert article.title == "Habeck will besseren Schutz für Brasiliens Regenwald"
    assert str(article.date) == "2023-03-14"
    assert article.paragraphs[0].startswith("Wirtschaftsminister Robert Habeck dringt auf einen")
    assert article.paragraphs[-1] == "cwo/fab (dpa, afp)"
    assert article.body is not None
    for boilerplate in ("Die Redaktion empfiehlt", "Scholz lobt", "Themenseiten", "Permalink", "Südamerika"):
        assert boilerplate not in article.body


@pytest.mark.parametrize(
    ("line", "values"),
    [
        ("Datum 14.03.2023", [LabelledValue("date", "Datum", "14.03.2023")]),
        ("Posted 3 weeks ago in", []),  # no date after the label: a forum's counter, no label
        ("Posted by Jane Doe on July 13, 2026", [LabelledValue("author", "Posted by", "Jane Doe")]),
        ("By Jane Doe on July 13, 2026", [LabelledValue("author", "By", "Jane Doe")]),
    ],
)
def test_labels_without_colons(line: str, values: list[LabelledValue]) -> None:
    """A date label followed by a date, and a by-word whose names a date preposition and a date follow."""
    assert labelled_values(line) == values


def test_lead_line_loose_above_the_entry_box() -> None:
    """The framework's blog sets its ``Posted by X / Y on July 13, 2026`` line (the page's description repeats it)
    loose in ``main``, above the entry's text box: the lead block's containers all hold the best container, and the
    rival search took the best of none (a ValueError). The line is the post's byline and date, no text; its
    ``DjangoCon US Organizers`` is the group the person wrote for, no second author."""
    article = extract_page("unseen-en8/django-djangocon-2026.html")
    assert article.title == "Explore the DjangoCon US 2026 Speaker Lineup and Reserve Your Spot"
    assert article.author == ["Aayush Gauba"]
    assert str(article.date).startswith("2026-07-13")
    assert article.paragraphs[0].startswith("DjangoCon US 2026 is just around the corner")
    assert article.paragraphs[-1] == "We look forward to seeing you in Chicago this August!"
    assert article.body is not None
    for boilerplate in ("Posted by", "Back to Top", "Support Django!", "Upcoming Events", "Archives"):
        assert boilerplate not in article.body


def test_commentary_under_a_desk_account() -> None:
    """The Scottish site's commentary is posted by its ``NEWSROOM`` account (metadata, the header's byline link)
    and written by the person its first line names (``By Russell Bruce``): the line leaves the body, the title
    loses the site's name, the theme's related posts and more-stories box stay out.

    Three credits agree on the account; the byline's person wins because the metadata declares only an account
    (one word). Letting any byline over the text's first paragraph beat metadata naming someone else
    was measured on the dev set: it moved two labelled pages off their truth (a Japanese daily's English page, a
    forum) for none gained."""
    article = extract_page("unseen-en8/newsnet-growth-2023.html")
    assert article.author == ["Russell Bruce"]
    assert article.title == "UK to have lowest growth in G7 in 2024"
    assert str(article.date).startswith("2023-10-10T23:25:44")
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].startswith("Starmer talks big about growth but the UK is predicted")
    assert article.paragraphs[-1].endswith("which had a faulty link for sharing on social media.")
    assert article.body is not None
    for boilerplate in ("By Russell Bruce", "RELATED ARTICLES", "MORE STORIES", "Previous article", "Donate"):
        assert boilerplate not in article.body
