"""A fifty-eighth audit on non-English news pages outside the dev set, and what newsmend reads on them.

The page is a saved page from adbar/htmldate's ``tests/eval/`` (a 2023 copy), read in 16,000-character pieces and
trimmed of its inline style sheets, scripts, the cookie consent dialog's tables, the share buttons' SVG paths, the
pictures' ``srcset`` lists and most menu, ticker and sidebar items (their text kept as the page writes it), in
``tests/fixtures/pages/unseen-ml3/``:

- adbar/htmldate ``tests/eval/islamische-zeitung.de-Krieg.html``: a 2023 German religious weekly's debate piece on
  the victims of the Gaza war, its categories and issue number over the headline, the date and the writer's
  avatar box under it (``Sulaiman Wilms``, also JSON-LD's author and ``twitter:data1``), a captioned lead picture,
  the standfirst set as an ``h4``, three subheadings, three in-text pictures each followed by a right-aligned
  bold credit paragraph (``Foto: A-One Rawan, Shutterstock``), share buttons, previous/next links, a comment form,
  a sidebar of ads, classifieds and the newest stories, and a footer notice closed by its web designer's credit
  (``Copyright 2001 - 2023 IZ Medien GmbH | Design & Implementation by [mslm dvlpmnt]``)
  (``htmldate-islamische-zeitung-humanitaet.html``).

Not in the dev set (by its sentences; the htmldate pages from other sites tried first, infosperber.ch's, are
trafilatura-eval t0872). Fixed: the designer's credit closing the footer notice left it (``| Design &
Implementation by``, the credit's bracketed link text dropped): a credit opening ``Design by`` or ``Design & X by``
is a designer's credit (``fields/evidence.py``, ``_CREDIT_OPENING``) that :func:`_without_credit` cuts at the bar.
Left as found: the three credit paragraphs after the in-text pictures stay in the text as the page sets them
(bold paragraphs of their own, no caption element; trafilatura keeps all three, readability too).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.fields.evidence import _without_credit

GUARDS = [
    # Read right but the notice: the writer from the avatar box, the published time, the standfirst first and the
    # last paragraph last; the ticker, the categories, the issue number, the share buttons, the previous/next
    # links, the comment form, the sidebar and the cookie bar out.
    Guard(
        "unseen-ml3/htmldate-islamische-zeitung-humanitaet.html",
        "Humanität im Krieg: Wer denkt an die Opfer?",
        ["Sulaiman Wilms"],
        "2023-10-26T13:12:55+02:00",
        "Humanität beweist sich im Krisenfall: Dazu gehört, bei den Opfern innezuhalten",
        "mit israelischen Terroropfern und palästinensischen Kriegsopfern zeitgleich mitzufühlen.",
        (
            "Ausgabe 341",
            "Naher Osten",
            "Pakistan: Regierung will",
            "twittern",
            "Vorherige:",
            "Schreibe einen Kommentar",
            "KLEINTRAKTOR",
            "Kaffee spendieren",
            "Akzeptieren",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_designers_credit_leaves_the_notice() -> None:
    """The footer's notice ran on into its web designer's credit, whose bracketed link text the reading dropped
    (``Copyright 2001 - 2023 IZ Medien GmbH | Design & Implementation by``). ``Design by`` and ``Design & X by`` open
    a designer's credit as ``Designed by`` did (``fields.evidence._CREDIT_OPENING``): the notice ends at the bar
    before it. A notice naming a design in its own words keeps it."""
    article = extract_page("unseen-ml3/htmldate-islamische-zeitung-humanitaet.html")
    assert article.copyright == "Copyright 2001 - 2023 IZ Medien GmbH"
    assert _without_credit("© 2024 Example Media | Design by Studio X") == "© 2024 Example Media"
    assert _without_credit("© 2024 Example Media | Design and Hosting by Studio X") == "© 2024 Example Media"
    assert _without_credit("© 2024 Design Week Ltd") == "© 2024 Design Week Ltd"
