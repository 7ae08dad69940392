"""A twelfth audit on English and European pages outside the dev set, and what newsmend reads on them.

The pages are saved pages from other projects' test folders, trimmed of scripts, styles, ad slots, most of their
``<head>`` (the charset, title, description, Open Graph, article and JSON-LD metadata kept) and most of their menu
items and list entries (their text kept as the page writes it, character references included), in
``tests/fixtures/pages/unseen-en9/``:

- adbar/htmldate ``tests/eval/lepoint.fr-terrorisme.html``: a 2023 French weekly's court report, three ``À LIRE
  AUSSI`` pointers to other stories set inside its paragraphs, a newsletter box between them, a captioned picture
  glued into one, its readers' comments and the sidebar's story lists after it (``lepoint-imam-2023.html``).

None of them is in the dev set (by URL and by their sentences).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

GUARDS: list[Guard] = []


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_pointers_set_inside_paragraphs_leave_them() -> None:
    """The weekly sets ``<span>À LIRE AUSSI <strong><a>headline</a></strong></span>`` inside three paragraphs,
    after a sentence or at a line's start: a story-list label at a sentence's start, then a linked headline, is a
    pointer to another page, cut from the paragraph, whose sentences around it stay (trafilatura keeps the three,
    as newsmend did). The newsletter box, the picture's caption, the comments and the sidebar stay out too."""
    article = extract_page("unseen-en9/lepoint-imam-2023.html")
    assert article.title == "Apologie du terrorisme : un imam de Beaucaire condamné à de la prison avec sursis"
    assert article.author == ["Henri Frasque"]
    assert str(article.date).startswith("2023-11-02T15:57")
    assert article.paragraphs[0].startswith("« Vous combattrez les juifs et aurez le dessus sur eux")
    assert article.paragraphs[-1].endswith("Le procureur réclamait huit mois ferme.")
    assert "la race, ou la religion ». Son domicile et la mosquée ont été perquisitionnés" in article.body
    assert any(p.startswith("C'est ce que viendront confirmer, tour à tour") for p in article.paragraphs)
    assert any(p.startswith("« Vous devez le juger sans céder à la passion") for p in article.paragraphs)
    for boilerplate in (
        "À LIRE AUSSI",
        "Antisémitisme : retour au Moyen Âge",
        "les images insoutenables du pogrom",
        "Le journal du soir",
        "Corinne Serfati et Andrea Assor-Doukhan.",
        "Commentaires",
        "Nos juges",
        "Les plus lus",
    ):
        assert boilerplate not in article.body
