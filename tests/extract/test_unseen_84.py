"""An eighty-fourth audit on German and French news pages outside the dev set, and what newsmend reads on them.

The pages are saved pages from flairNLP/fundus's ``tests/ressources/`` and adbar/htmldate's ``tests/eval/``, read in
16,000-character pieces: the pieces holding the head and the article, assembled and trimmed of scripts, style sheets,
SVG drawings and most menus (their text kept as the page writes it, character references included), in
``tests/fixtures/pages/unseen-ml7/``:

- flairNLP/fundus ``tests/ressources/TagesschauParser.html``: a 2023 German public broadcaster's consumer story on a
  planned ban of oil and gas heating, under a breadcrumb ending in the headline: a lead picture credited only in its
  ``alt`` and ``title`` attributes, an ``<h1>`` of a topline (``Habecks Heizungspläne``) over the headline, the
  ``Stand:`` date line, a bold standfirst, the byline with the producing station after a comma (``Von Benedikt
  Nabben und Sabina Wolf, br``), fourteen paragraphs under four subheadings with a dated teaser box to another story
  (picture, date, topline, headline, summary) between each group, then tags and share buttons in the article's
  footer and a ``Mehr zum Thema`` box after the article (``tagesschau-heizungsplaene-2023.html``: the 250 KB logo
  and menu drawings emptied or cut, the ``<source>`` lists and ``<noscript>`` copies of the pictures cut to one, the
  breadcrumb's opening tags, in a piece not read, written as its closing tags and item classes imply, the ``Mehr
  zum Thema`` box cut after its heading and the page's tail cut; 336 KB to 35 KB);
- adbar/htmldate ``tests/eval/20minutes.fr-Ciaran.html``: a 2023 French free daily's regional weather story: a
  breadcrumb, the ``<h1>``, a kicker (``gros temps``) and standfirst, the byline box of two writers
  (``<address class="authorsign">Elsa Provenzano et Mickaël Bosredon</address>``) where the JSON-LD ``author``
  names the first alone, the ``<time>``, share buttons, a lead picture with its credited ``<figcaption>``, a
  three-point summary list, eight paragraphs under three ``<h2>`` subheadings with two ad slots between them, two
  boxed links to earlier stories, tags, share buttons again and the sidebar's ``À lire aussi`` list
  (``20minutes-tempete-ciaran-2023.html``: the head's ``<meta>`` tags stand in a piece not read, so the fixture's
  head is the ``<title>`` and the two JSON-LD blocks, the NewsArticle's ``articlebody`` copy of the text cut; the
  inline style sheet, the 90 KB of SVG symbols, the scripts, the top menus, four of the eight share buttons, the
  comment toolbar and the page after the sidebar's second story cut; 334 KB to 25 KB).

None is in the dev set (by their sentences). The broadcaster's story reads right: the headline as displayed, without
its topline (as the metadata's ``og:title`` shortens it and as the audited MDR page's ``<h1>`` was read; trafilatura
takes ``og:title``, readability the whole ``<title>``), the two writers from the byline without the station, where the
JSON-LD and ``<meta name="author">`` name only the broadcaster (trafilatura reads ``Tagesschau De``), the published
time to the second (trafilatura the day), the standfirst first and the last paragraph last with the four subheadings
in place; the breadcrumb, the teaser boxes, the tags, the share buttons and the box after the article stay out
(trafilatura's text is the same, the ``<h1>`` line included; readability keeps the topline, date line and byline).
Left as found: the four teaser boxes between the paragraph groups are no related items, as the MDR page's were not.
On the French story, read wrong and fixed: the author was the JSON-LD's first writer alone, the byline box's second
left out: a metadata author the page confirms took co-authors from byline lines only, never from a block classed
as byline (``fields/readers.py``, ``_credited_authors`` now hands :func:`_with_coauthors` the byline boxes that list
names alone, :func:`_names_only_box`: a comma in a box sets a job title or affiliation after a name, as in
trafilatura-eval t0612's ``Sarah Hinger , Staff Attorney, ACLU Racial Justice Program``, which read so gained two
"co-authors"; 0 dev pages change; trafilatura reads the first writer too). Read right: the headline, the published
time (trafilatura the day), the summary list first and the text to its last paragraph with the three subheadings,
the caption listed, the sidebar's two stories as related items; the kicker, standfirst, byline, share buttons, ad
slots, boxed links, tags and sidebar out of the text (trafilatura keeps the kicker and standfirst, readability drops
the summary list). Left as found: the caption keeps its credit (`` — Bob Edme/AP``, an ``<em class="credit">``); the
two boxed links closing the text are no related items; the page's address is None, the fixture keeping no ``<link
rel="canonical">``. Read wrong and fixed later: the related items' times were None, their boxes showing ``10:09`` and
``01/11/23`` with the full stamp only in the ``<time datetime>`` (``html/parse.py`` now keeps each block's ``<time>``
stamps, ``Block.times``; ``fields/related.py``'s ``_stated_time`` reads one where the text shows no date or the day
alone, and ``_dates_item`` takes a short line holding one as an item's time line; 21 dev pages' items gain a time, or
the clock and zone of the day they show, each the instant its box shows).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.blocks import Block
from newsmend.fields.readers import _names_only_box
from newsmend.fields.related import _stated_time

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
    # The headline, both writers of the byline box, the published time, the summary list first and the closing
    # paragraph last; the menus, breadcrumb, kicker, standfirst, byline, share buttons, boxed links, tags and sidebar
    # out.
    Guard(
        "unseen-ml7/20minutes-tempete-ciaran-2023.html",
        "Tempête Ciaran : Pluie, rafales de vent… A quoi s’attendre en Nouvelle-Aquitaine ?",
        ["Elsa Provenzano", "Mickaël Bosredon"],
        "2023-11-02T16:33:38",
        "Dans le sillage de la tempête Ciaran, de fortes rafales de vent",
        "C’est avec inquiétude que l’hiver se profile sur la presqu’île.",
        (
            "Faits divers",
            "Dans l’actu",
            "Accueil",
            "gros temps",
            "La nouvelle dépression qui suit",
            "Provenzano",
            "Publié le",
            "Partager sur",
            "commentaire",
            "La tempête Ciaran se rapproche des côtes bretonnes",
            "Nouvelle Aquitaine",
            "Une faute",
            "À lire aussi",
            "Un blessé grave",
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


def test_byline_box_of_names_lends_coauthors() -> None:
    """The JSON-LD names the first writer; the byline box, a block classed as byline listing two names joined by
    ``et``, credits the second beside her (``fields.readers._names_only_box``). A box setting a job title or an
    affiliation after a name with commas lends nothing."""
    assert _names_only_box("Elsa Provenzano et Mickaël Bosredon")
    assert _names_only_box("Jane Doe and John Roe")
    assert not _names_only_box("Sarah Hinger , Staff Attorney, ACLU Racial Justice Program")
    assert not _names_only_box("王小明，本报记者")
    article = extract_page("unseen-ml7/20minutes-tempete-ciaran-2023.html")
    assert article.author == ["Elsa Provenzano", "Mickaël Bosredon"]
    assert [item.title for item in article.related] == [
        "Tempête Ciaran en Loire-Atlantique : Un blessé grave et pas mal de dégâts",
        "Tempête Ciaran : Vent, vagues et inondations… Les trois dangers à…",
    ]


def test_related_items_take_the_stamp_their_time_element_states() -> None:
    """The sidebar's cards show ``10:09`` and ``01/11/23``; their ``<time datetime>`` gives the full stamp, which
    becomes the items' times."""
    related = extract_page("unseen-ml7/20minutes-tempete-ciaran-2023.html").related
    assert [item.time for item in related] == ["2023-11-02T10:09:32+01:00", "2023-11-01T15:30:02+01:00"]


def test_a_shown_clock_or_another_day_wins_over_the_stamp() -> None:
    """The stamp fills in a date the text leaves out, or the clock of the day it shows; a clock the text shows wins
    (a template's 12-hour ``datetime``), and so does a day the stamp is not on (a stamp in another zone)."""
    block = Block("Nov 8, 2023", times=("2023-11-07T22:10:00-05:00",))
    assert _stated_time(block, "2023-11-08") == "2023-11-08"
    assert _stated_time(block, "2023-11-07") == "2023-11-07T22:10:00-05:00"
    assert _stated_time(block, None) == "2023-11-07T22:10:00-05:00"
    assert _stated_time(block, "2023-11-07T22:10") == "2023-11-07T22:10"
    assert _stated_time(Block("10:09", times=("soon",)), None) is None
