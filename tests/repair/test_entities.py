"""HTML character references left in text: replaced by their characters, recorded, and never guessed."""

from __future__ import annotations

import pytest

from newsmend.repair import apply_fixes, repair


def test_references_become_their_characters_and_every_one_is_recorded() -> None:
    damaged = "Tom &amp; Jerry said &#8220;hi&#8221; &mdash; and left&#x2026;"
    result = repair(damaged)
    assert result.text == "Tom & Jerry said “hi” — and left…"
    assert [f.before for f in result.fixes] == ["&amp;", "&#8220;", "&#8221;", "&mdash;", "&#x2026;"]
    assert {f.kind for f in result.fixes} == {"html-entity"} and "html-entities" in result.flags
    assert apply_fixes(damaged, result.fixes) == result.text


def test_chinese_quotes_keep_their_width() -> None:
    # ftfy's defaults would make these ASCII; the references name the full-width marks.
    assert repair("他说&ldquo;你好&rdquo;&#65292;然后离开&hellip;").text == "他说“你好”，然后离开…"


@pytest.mark.parametrize(("damaged", "meant"), [
    ("a &#151; b", "a — b"),  # 0x80-0x9F are Windows-1252's, as in browsers
    ("&amp;amp;quot;twice&amp;quot;", "\"twice\""),  # escaped more than once
    ("&#38;lt;b&#38;gt;", "<b>"),
    ("100&nbsp;km", "100\u00a0km"),
])
def test_escaped_references_are_undone_to_the_character(damaged: str, meant: str) -> None:
    result = repair(damaged)
    assert result.text == meant
    assert repair(result.text).text == result.text


@pytest.mark.parametrize("text", [
    "AT&T and R&D; &copy 2020",  # no reference: no ; or no such name
    "<p>Tom &amp; Jerry</p>",  # markup: its references are its own
    "a&#0;b &#xD800; &#1;",  # references to no character
])
def test_what_names_no_character_or_is_markup_stays(text: str) -> None:
    result = repair(text)
    assert result.text == text and not result.fixes


def test_switched_off() -> None:
    assert repair("Tom &amp; Jerry", entities=False).text == "Tom &amp; Jerry"
