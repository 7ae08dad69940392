"""Metadata texts a field takes (a ``<title>``, a JSON-LD ``articleBody``) go through the repair engine like
blocks do, and their fixes point into the documented ``Article.repairs`` frame extended by those texts."""

from __future__ import annotations

import json

import newsmend
from newsmend.html import parse_html

HEADLINE = "国务院常务会议部署稳就业政策措施"
PARAGRAPHS = [
    f"这是第{i}段正文，记者从会议上了解到，相关部门将进一步加大对重点群体的就业支持力度，确保政策落实到位。"
    for i in range(1, 5)
]


def _utf8_read_as_gbk(text: str) -> str:
    """The damage of a UTF-8 page decoded as GBK (undecodable bytes become U+FFFD)."""
    return text.encode("utf-8").decode("gbk", errors="replace")


def _page(title: str, body_html: str, head_extra: str = "") -> str:
    return f"<html><head><title>{title}</title>{head_extra}</head><body>{body_html}</body></html>"


def _frame(html: str, *metadata_texts: str) -> str:
    """The ``Article.repairs`` frame: the unrepaired blocks joined by newlines, then each metadata text taken."""
    return "\n".join([*(b.text for b in parse_html(html).blocks), *metadata_texts])


def test_a_damaged_title_is_repaired_and_its_fix_points_into_the_frame() -> None:
    damaged = _utf8_read_as_gbk(HEADLINE)
    html = _page(damaged, "<div class='content'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>")
    article = newsmend.extract(html.encode("utf-8"))
    assert article.title == HEADLINE
    assert article.paragraphs == PARAGRAPHS
    assert "mojibake" in article.flags
    frame = _frame(html, damaged)
    assert article.repairs
    for fix in article.repairs:
        assert frame[fix.start : fix.end] == fix.before
    assert newsmend.extract(html.encode("utf-8"), repair=False).title == damaged


def test_a_body_read_from_damaged_json_ld_is_repaired() -> None:
    damaged_lines = [_utf8_read_as_gbk(p) for p in PARAGRAPHS]
    ld = json.dumps({"@type": "NewsArticle", "headline": HEADLINE, "articleBody": "\n".join(damaged_lines)})
    html = _page(HEADLINE, "<div id='app'></div>", f'<script type="application/ld+json">{ld}</script>')
    article = newsmend.extract(html.encode("utf-8"))
    assert "body-from-metadata" in article.flags
    assert article.paragraphs == PARAGRAPHS
    frame = _frame(html, HEADLINE, "\n".join(damaged_lines))
    assert article.repairs
    for fix in article.repairs:
        assert frame[fix.start : fix.end] == fix.before


def test_clean_metadata_texts_get_no_fixes() -> None:
    html = _page(HEADLINE, "<div class='content'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>")
    article = newsmend.extract(html.encode("utf-8"))
    assert article.title == HEADLINE
    assert article.repairs == []
