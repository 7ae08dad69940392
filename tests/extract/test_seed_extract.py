"""The seed page through ``extract()``: a damaged mirror copy of a news article, crawled as text.

The must-show fields are compared exactly; the long lists compare punctuation width folded (NFKC), so that
a stray half-width mark in one related headline reports as a repair issue, not here.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from newsmend import Article, extract

SEED = Path(__file__).parent.parent / "fixtures" / "seed" / "000_164af92ece23cc05.txt"


def _fold(text: str | None) -> str | None:
    return unicodedata.normalize("NFKC", text) if text is not None else None


@lru_cache(maxsize=2)
def _seed(repair: bool = True) -> Article:
    return extract(SEED.read_bytes(), repair=repair)


def test_headline_byline_and_source() -> None:
    art = _seed()
    assert art.title == "针对中俄？日媒曝北约拟在东京设立亚洲首个联络处"
    assert art.author == ["杨蓉"]
    assert art.author_email == "yangrong@guancha.cn"
    assert art.source == "观察者网"
    assert art.editor == "杨蓉"
    assert art.date is None  # the page states no date for the article itself


def test_copyright_leaves_the_body_and_captions_are_listed_in_place() -> None:
    art = _seed()
    assert art.copyright == "本文系观察者网独家稿件，未经授权，不得转载。"
    assert len(art.captions) == 2
    assert art.captions[0] == "《日经亚洲》报道截图"
    assert art.captions[1].startswith("当地时间1月31日") and art.captions[1].endswith("图片来源：日本外务省")
    # the captions stand between the paragraphs (the crawled text keeps no markup setting them apart)
    assert [art.paragraphs[2], art.paragraphs[8]] == art.captions
    body = art.body or ""
    for moved in ("本文系", "责任编辑", "yangrong@"):
        assert moved not in body


def test_every_body_paragraph_and_nothing_else() -> None:
    art = _seed()
    assert len(art.paragraphs) == 19  # 17 paragraphs and the 2 captions between them
    assert _fold(art.paragraphs[0]).startswith("(观察者网讯)据《日经亚洲》3日报道")
    assert art.paragraphs[-1].startswith("毛宁表示")
    body = art.body or ""
    for leak in ("评论", "最新闻", "Hot", "相关推荐", "2023-05-03", "乌克兰之殇"):
        assert leak not in body
    assert not any(r.title in body for r in art.related)


def test_related_items_with_time_and_channel() -> None:
    related = _seed().related
    first = related[0]
    assert first.title == "“我也是看新闻才知道，太糟了！”"
    assert (first.time, first.channel) == ("2023-05-03T16:37", "乌克兰之殇")
    dated = [r for r in related if r.time]
    assert len(dated) == 19 and all(r.time.startswith("2023-05-0") for r in dated)
    assert sum(r.channel is None for r in dated) == 9
    undated = {_fold(r.title) for r in related if r.time is None}
    assert _fold("“中国正投入万亿美元，我们却在这胡搞”") in undated  # the last item of the hot list
    assert len(related) == len({r.title for r in related})


def test_language_script_and_repair_record() -> None:
    art = _seed()
    assert (art.language, art.script) == ("zh", "Hans")
    assert art.repairs and "mirror-spam" in art.flags


def test_structure_is_found_on_the_damaged_text_alone() -> None:
    art = _seed(repair=False)
    assert art.author_email == "yangrong@guancha.cn"
    assert len(art.paragraphs) == 19 and len(art.captions) == 2
    assert art.paragraphs[2] == art.captions[0] and art.paragraphs[8] == art.captions[1]
    assert art.copyright is not None and art.copyright.startswith("本文系")
    assert art.script == "Hant"


def test_repair_keeps_one_line_per_block() -> None:
    """extract() repairs the page's lines in one call and needs them back one for one; when a fix adds or
    removes a line break it falls back to line-by-line repair, which loses the document's context (the
    byline and the related list then stay in traditional characters)."""
    from newsmend.repair import repair
    from newsmend.textpage import parse_text_page

    texts = [b.text for b in parse_text_page(SEED.read_text("utf-8"), None).blocks]
    fixed = repair("\n".join(texts)).text.split("\n")
    assert len(fixed) == len(texts), [f for f in repair("\n".join(texts)).fixes if "\n" in f.after]
