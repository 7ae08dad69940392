"""English and other European news pages from outside the dev set, and what newsmend reads on them.

The pages come from other extractors' test fixtures (``tests/fixtures/pages/unseen-en/``, trimmed of scripts,
styles and most of their menus' items): El País, El Mundo, USA Today, TechCrunch and OKay Marketing (goose3
``tests/data/content/``), LiveScience (codelucas/newspaper ``tests/data/html/livescience.com1.html``) and an app
shell of La Nouvelle République (trafilatura ``tests/cache/lanouvellerepublique.fr.martin.html``). Each test
states the mechanism the page showed, so that it holds on other sites too.
"""

from __future__ import annotations

import re

from tests.support.pages import PAGES, extract_page

import newsmend


def test_author_metadata_naming_the_publisher_gives_way_to_the_byline() -> None:
    """``author``, ``DC.creator`` and ``DC.publisher`` all name the publishing house: the byline's reporters
    (``rel=author`` links) are the authors."""
    article = extract_page("unseen-ml11/elpais-waiting-lists-2012.html")
    assert article.author == ["María R. Sahuquillo", "Emilio de Benito"]
    assert article.title == "Las listas de espera se agravan"
    assert article.date == "2012-10-27T12:14"  # the dateline's ``27 OCT 2012 - 12:14 CET`` gives the time
    assert article.language == "es"
    assert article.body.startswith("Los recortes pasan factura a los pacientes.")
    assert "Enviar a LinkedIn" not in article.body
    assert "Lo más visto" not in article.body


def test_job_title_after_the_name_is_no_second_author() -> None:
    """``by Tia Ghose, Staff Writer | October 29, 2014``: one author, whose title follows her name."""
    article = extract_page("unseen-en/np3-livescience.html")
    assert article.author == ["Tia Ghose"]
    assert article.title == "Magic Mushrooms Create a Hyperconnected Brain"
    assert (article.date or "").startswith("2014-10-29")
    assert article.language == "en"
    assert "Editor's Recommendations" not in article.body
    assert "6 Party Drugs That May Have Health Benefits" in [item.title for item in article.related]


def test_chartbeat_configuration_names_the_author() -> None:
    """The byline is an avatar and a link labelled "View Author Page"; the page's Chartbeat configuration
    (``_sf_async_config.authors``) names the author."""
    article = extract_page("unseen-en/goose3-techcrunch.html")
    assert article.author == ["Alexia Tsotsis"]
    assert article.date == "2011-08-13"
    assert article.body.startswith("The Huffington Post has come across this fascinating five-minute interview")
    assert "Popular Posts" not in article.body


def test_author_link_labelled_view_author_page_names_no_one() -> None:
    """Without its Chartbeat script the page credits its author by an avatar, the name in a ``javascript:`` link
    and a link to the author page labelled "View Author Page": the label is no name."""
    raw = (PAGES / "unseen-en" / "goose3-techcrunch.html").read_text(encoding="utf-8")
    article = newsmend.extract(re.sub(r"<script[^>]*>[^<]*_sf_async_config[^<]*</script>", "", raw))
    assert article.author == ["Alexia Tsotsis"]


def test_unrendered_template_source_is_no_article() -> None:
    """An app-shell page served before its script ran (La Nouvelle République, trafilatura
    ``tests/cache/lanouvellerepublique.fr.martin.html``) holds only Angular expressions (``{{nrco.…}}``) where the
    article will go: that is no text."""
    article = extract_page("unseen-en/traf-lanouvellerepublique.html")
    assert article.body is None
    assert "no-article" in article.flags


def test_signup_form_after_the_text_is_no_text() -> None:
    """A WordPress post (goose3 ``test_okaymarketing.html``) closes with a newsletter sign-up form inside the
    post's element: its title and pitch are no text, the post's own last paragraph stays."""
    article = extract_page("unseen-en/goose3-okaymarketing.html")
    assert article.author == ["Brian Jackson"]
    assert article.title == "How to Add Schema Markup to a Page in WordPress"
    assert "OKay Newsletter" not in article.body
    assert "Join over 500 visitors" not in article.body
    assert "To read more about the available schema types visit the official schema website." in article.body


def test_latin9_page_keeps_its_text_and_leaves_the_comments() -> None:
    """El Mundo (goose3 ``test_elmondo1.html``) is served in ISO-8859-15 and follows its story with readers'
    comments in the same column: the text decodes whole and the comments are no part of it."""
    article = extract_page("unseen-ml11/elmundo-eta-arrest-2012.html")
    assert article.encoding == "iso8859-15"
    assert article.language == "es"
    assert (article.date or "").startswith("2012-10-28")
    assert "Importante golpe a la banda terrorista ETA en Francia." in article.body
    assert article.body.endswith("por pertenecer en 2002 a Arrantzale, el aparato de captación de ETA.")
    assert "espejo del alma" not in article.body


def test_gannett_story_reads_its_byline_and_leaves_its_rails() -> None:
    """USA Today (goose3 ``test_usatoday_issue_74.html``): the byline's name without the outlet, the story
    without its share flyouts, highlights box and series rail; the series' stories are related items."""
    article = extract_page("unseen-en/goose3-usatoday.html")
    assert article.author == ["Jefferson Graham"]
    assert article.body.startswith("ANAHEIM, Calif. — Musicians often show off lots of ring bling")
    assert "Share This Story!" not in article.body
    assert "Talking Tech | 3 fun, free exercise tracking apps" in [item.title for item in article.related]


def test_cutline_classed_caption_is_listed() -> None:
    """USA Today sets a photo's caption in ``<span class="cutline">`` (the US papers' word for it) beside the
    credit's span: the line is the photo's caption."""
    article = extract_page("unseen-en/goose3-usatoday.html")
    assert len(article.captions) == 1
    assert article.captions[0].startswith("IK Multimedia's new iRings will go on sale in the spring.")
    assert "iRings will go on sale in the spring" not in article.body


def test_firma_byline_gives_the_name_without_the_place() -> None:
    """El Mundo's byline is ``<p class="firma">`` (the Spanish and Italian word), holding the name and, in
    ``span.localizacion``, the place it was written in: the name is the author, the place is none."""
    article = extract_page("unseen-ml11/elmundo-eta-arrest-2012.html")
    assert article.author == ["Ángeles Escrivá"]
