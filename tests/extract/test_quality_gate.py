"""The quality gate: real pages with labelled bodies, must-include / must-exclude snippets and an F1 floor.

The pages (``tests/fixtures/pages``) are copies of development pages (Chinese and English news, a teaser
list beside the article, a page declaring gb2312 over UTF-8 bytes, an article around a long quotation, a
Chinese forum topic with short replies). The floors can only be lowered on purpose, in a commit that says why.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

import newsmend

PAGES = Path(__file__).parent.parent / "fixtures" / "pages"
CASES = sorted(p.stem for p in PAGES.glob("*.html"))

#: Every page must reach this body F1 ...
PAGE_F1_FLOOR = 0.90
#: ... and the pages together this mean (measured 0.98 when the gate was set).
MEAN_F1_FLOOR = 0.95

_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W_]+")


def shingle_f1(found: str, truth: str, size: int = 4) -> float:
    """F1 over the multisets of 4-token shingles (each CJK character one token, punctuation ignored)."""

    def shingles(text: str) -> Counter[tuple[str, ...]]:
        tokens = _TOKEN.findall(text.lower())
        return Counter(tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)))

    got, want = shingles(found), shingles(truth)
    common = sum((got & want).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def _run(case: str) -> tuple[str, dict]:
    truth = json.loads((PAGES / f"{case}.json").read_text("utf-8"))
    article = newsmend.extract((PAGES / f"{case}.html").read_bytes(), url=truth.get("url"))
    return article.body or "", truth


@pytest.mark.parametrize("case", CASES)
def test_page_body(case: str) -> None:
    body, truth = _run(case)
    for snippet in truth["with"]:
        assert snippet in body, f"{case}: missing {snippet!r}"
    for snippet in truth["without"]:
        assert snippet not in body, f"{case}: leaked {snippet!r}"
    assert shingle_f1(body, truth["body"]) >= PAGE_F1_FLOOR


def test_mean_f1_floor() -> None:
    scores = []
    for case in CASES:
        body, truth = _run(case)
        scores.append(shingle_f1(body, truth["body"]))
    assert sum(scores) / len(scores) >= MEAN_F1_FLOOR


def test_gbk_encoded_page_gives_the_same_body() -> None:
    """The same page as GBK bytes (declared gbk) must decode and extract like its UTF-8 original."""
    raw = (PAGES / "gmw.html").read_bytes()
    html = raw.decode("utf-8").replace("charset=utf-8", "charset=gbk").replace("charset=UTF-8", "charset=gbk")
    utf8_body = newsmend.extract(raw).body
    gbk = newsmend.extract(html.encode("gbk", "replace"))
    assert gbk.encoding == "gb18030"
    assert gbk.body == utf8_body


def test_related_list_after_the_article_becomes_data() -> None:
    raw = (PAGES / "article-39dd62c5ba88ab41.html").read_bytes()
    related = newsmend.extract(raw).related
    assert "山东日照：小蓝莓助力农业发展" in [r.title for r in related]
    assert all(r.url for r in related)
    assert newsmend.extract(raw, include_related=False).related == []
