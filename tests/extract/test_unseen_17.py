"""A seventeenth audit on European news pages outside the dev set, and what newsmend reads on them.

The pages are saved pages from adbar/htmldate's ``tests/eval/`` (2023), trimmed of scripts, styles, SVG icons, ad
slots, most of their ``<head>`` (the charset, title, description, Open Graph, article and JSON-LD metadata kept) and
most of their menu items and list entries (their text kept as the page writes it, character references included),
in ``tests/fixtures/pages/unseen-en11/``:

- adbar/htmldate ``tests/eval/Politics.co.uk-starmer.html``: a 2023 UK politics site's WordPress news story, its
  paragraphs written as unclosed ``<p>`` tags, two ``Featured`` press-release cards (``<article>`` elements whose
  title is a ``<span>`` inside the link, no heading) set between them, related and sponsored cards and a sidebar
  after it (``htmldate-politicscouk.html``: the style sheets, most menu items, the share bars' scripts and the
  sidebar's later widgets cut);
- adbar/htmldate ``tests/eval/elmundo.es-PSOE.html``: a 2023 Spanish daily's politics story, a ``Contenido
  relacionado`` list of two pointers (a kicker and a linked headline each) floated above the first paragraph, a
  boxed byline with the reporter's handle and place, tags after it (``htmldate-elmundo-amnistia.html``: the page
  is served as UTF-8 under an ``iso-8859-15`` declaration, which the fixture states as ``utf-8``; the JSON-LD
  author's long biography shortened, the menus, SVG logos, scripts and everything after the tags cut).

Neither is in the dev set (by URL, by htmldate path against trafilatura-eval's ``orig_html_path`` and by their
sentences). Both showed a mechanism their tests state, fixed.
"""

from __future__ import annotations

from tests.support.pages import extract_page


def test_cards_titled_by_a_linked_span_leave_the_text() -> None:
    """Two ``<article>`` cards for press releases between the paragraphs, each a ``Featured`` kicker and a title
    ``<span>`` inside the link: the title went as a link, the kicker stayed twice in the text (trafilatura drops
    both). A card's title need not be a heading: its ``<article>`` with a linked line and no prose goes whole. The
    metadata's headline, the published time and the last paragraph of the story read right; the related cards and
    the sidebar stay out. The byline credits the site's staff (``Politics.co.uk staff``), which newsmend reports as
    the page states it."""
    article = extract_page("unseen-en11/htmldate-politicscouk.html")
    assert article.title == (
        "Two Labour council leaders call for Starmer to resign over ‘failure to listen’ on Gaza ceasefire calls"
    )
    assert str(article.date).startswith("2023-11-03T09:59:33")
    assert article.paragraphs[0].startswith("Two Labour councillors have called on Keir Starmer to resign")
    assert article.paragraphs[3].startswith("Mahmood said Starmer had “failed to listen”")
    assert article.paragraphs[4].startswith("Speaking to the BBC Radio 4 Today programme")
    assert any(p.startswith("The intervention came after days of criticism") for p in article.paragraphs)
    assert article.body is not None
    for boilerplate in (
        "Featured",
        "MDU calls for fundamental reform",
        "BASC addresses members",
        "Uncategorized",
        "Keir Starmer warns Gaza ceasefire",
        "Three-quarters of voters",
        "Sign up",
        "Opinion Former",
    ):
        assert boilerplate not in article.body


def test_related_pointers_above_the_text_leave_it() -> None:
    """A list of two linked headlines (each after a kicker) floated beside the first paragraph is the story's
    related list set above the text, as others set it below: it goes (trafilatura drops it). The JSON-LD author,
    the headline, the published time and the text's seven paragraphs read right; the kicker, the byline's handle,
    the video caption, the share bar and the tags stay out."""
    article = extract_page("unseen-en11/htmldate-elmundo-amnistia.html")
    assert article.title == (
        'La negociación entre Junts y el PSOE se alarga por "discrepancias en elementos esenciales" de la ley de'
        " amnistía"
    )
    assert article.author == ["Esteban Urreiztieta"]
    assert str(article.date).startswith("2023-11-02T13:43:27")
    assert article.paragraphs[0].startswith("La negociación entre el equipo de Carles Puigdemont y el PSOE")
    assert article.paragraphs[-1].endswith("el correcto funcionamiento del servicio.")
    assert len(article.paragraphs) == 7
    assert article.body is not None
    for boilerplate in (
        "El independentismo consigue el ansiado traspaso de Rodalies",
        "Feijóo acusa a Sánchez",
        "@eurreiztieta",
        "Compartir en",
        "Ver 133 comentarios",
        "Puigdemont se reúne con la cúpula",
        "Oriol Junqueras\n",
    ):
        assert boilerplate not in article.body
