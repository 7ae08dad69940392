"""An eighty-fourth audit on German news pages outside the dev set, and what newsmend reads on them.

The pages are saved pages from flairNLP/fundus's ``tests/ressources/``, read in 16,000-character pieces: the pieces
holding the head and the article, assembled and trimmed of scripts, style sheets, SVG drawings and most menus (their
text kept as the page writes it), in ``tests/fixtures/pages/unseen-ml7/``:

- flairNLP/fundus ``tests/ressources/TagesschauParser.html``: a 2023 German public broadcaster's consumer story on a
  planned ban of oil and gas heating, under a breadcrumb ending in the headline: a lead picture credited only in its
  ``alt`` and ``title`` attributes, an ``<h1>`` of a topline (``Habecks Heizungspläne``) over the headline, the
  ``Stand:`` date line, a bold standfirst, the byline with the producing station after a comma (``Von Benedikt
  Nabben und Sabina Wolf, br``), fourteen paragraphs under four subheadings with a dated teaser box to another story
  (picture, date, topline, headline, summary) between each group, then tags and share buttons in the article's
  footer and a ``Mehr zum Thema`` box after the article (``tagesschau-heizungsplaene-2023.html``: the 250 KB logo
  and menu drawings emptied or cut, the ``<source>`` lists and ``<noscript>`` copies of the pictures cut to one, the
  breadcrumb's opening tags, in a piece not read, written as its closing tags and item classes imply, the ``Mehr
  zum Thema`` box cut after its heading and the page's tail cut; 336 KB to 35 KB).

None is in the dev set (by their sentences). The broadcaster's story reads right: the headline as displayed, without
its topline (as the metadata's ``og:title`` shortens it and as the audited MDR page's ``<h1>`` was read; trafilatura
takes ``og:title``, readability the whole ``<title>``), the two writers from the byline without the station, where the
JSON-LD and ``<meta name="author">`` name only the broadcaster (trafilatura reads ``Tagesschau De``), the published
time to the second (trafilatura the day), the standfirst first and the last paragraph last with the four subheadings
in place; the breadcrumb, the teaser boxes, the tags, the share buttons and the box after the article stay out
(trafilatura's text is the same, the ``<h1>`` line included; readability keeps the topline, date line and byline).
Left as found: the four teaser boxes between the paragraph groups are no related items, as the MDR page's were not.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

GUARDS = [
    # Read right: the headline without the topline, the byline's two writers, the published time, the standfirst
    # first and the closing paragraph last; the breadcrumb, the date line, the byline, the four teaser boxes, the
    # tags, the share buttons and the box after the article out.
    Guard(
        "unseen-ml7/tagesschau-heizungsplaene-2023.html",
        "Bei vielen Hausbesitzern geht die Angst um",
        ["Benedikt Nabben", "Sabina Wolf"],
        "2023-03-14T16:12:32",
        "Geht es nach SPD und Grünen, dürfen ab 2024 keine neuen Öl- und Gasheizungen",
        "Das Problem: Auch den Energieberater muss sie selbst bezahlen.",
        (
            "Startseite",
            "Verbraucher",
            "Habecks Heizungspläne",
            "Stand:",
            "Von Benedikt Nabben",
            "Habeck verspricht Milliarden",
            "Wirtschaftlich und sozial verheerend",
            "FDP will Habecks Heizungspläne stoppen",
            "Verbot neuer Ölheizungen ab 2024 geplant",
            "09.03.2023",
            "Whatsapp",
            "Drucken",
            "Mehr zum Thema",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_subheadings_stay_between_their_paragraph_groups() -> None:
    """Each of the four subheadings opens the paragraphs under it, the teaser box before it left out."""
    paragraphs = extract_page("unseen-ml7/tagesschau-heizungsplaene-2023.html").paragraphs
    subheadings = [
        "Geplantes Verbot von konventionellen Öl- und Gasheizungen",
        "Ärger in der Ampelkoalition",
        "Geplante Förderung unklar",
        'Beratungen "noch nicht abgeschlossen"',
    ]
    places = [paragraphs.index(subheading) for subheading in subheadings]
    assert places == sorted(places)
    assert paragraphs[places[0] + 1].startswith("Wie Bolte fragen sich derzeit Millionen Immobilienbesitzer")
    assert paragraphs[places[0] - 1].startswith("Hermine Bolte lebt im Osten Bayerns")
    assert len(paragraphs) == 18
    assert not {"Ölheizungen", "Gasheizungen", "Verbot"} & set(paragraphs)  # the tags
