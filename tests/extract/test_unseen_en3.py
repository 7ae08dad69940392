"""English and other European news pages from outside the dev set (third audit), and what newsmend reads on them.

The pages come from Postlight Parser's test fixtures (``fixtures/<site>/<time>.html`` of postlight/parser, bundled
in ``tests/fixtures/pages/unseen-en3/`` without scripts, styles, SVG paths and most of their menus' items; the
fixtures write a ``<meta>``'s value as ``value=``, the pages as served wrote ``content=``, as here). Each test
states the mechanism the page showed, so that it holds on other sites too.
"""

from __future__ import annotations

from pathlib import Path

import newsmend
from newsmend.html.parse import parse_html

PAGES = Path(__file__).parent.parent / "fixtures" / "pages" / "unseen-en3"


def _extract(name: str) -> newsmend.Article:
    return newsmend.extract((PAGES / name).read_bytes())


def test_text_a_paywall_shifted_one_code_up_is_read_shifted_back() -> None:
    """The Hamburger Abendblatt (Funke group, ``fixtures/www.abendblatt.de``, German) serves its paid article with
    every character of each paragraph shifted one code up (``p.obfuscated``: ``Ibncvsh/`` for ``Hamburg.``, the
    paragraph's markup shifted into its text, ``=0tuspoh?`` for ``</strong>``) for a script to shift back: the text
    is read shifted back, with the markup it then gives (a list, a link), its shorter lines (an embed's title)
    too; the headings between, served plain, stay as they are."""
    article = _extract("postlight-abendblatt.html")
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
