"""Class words credit a line whatever way the page writes them: a block's own element and the inline elements in
it are split into words by one reading (:func:`newsmend.content.paths.class_tokens`), camelCase included."""

from __future__ import annotations

import newsmend
from newsmend.content.paths import class_tokens

_PARAGRAPH = "<p>第{i}段：市政府当天宣布，新建的三座污水处理厂已经全部投入运行，日处理能力合计达到三十万吨。</p>"
_TEXT = "".join(_PARAGRAPH.format(i=i) for i in range(4))


def _page(head: str, tail: str = "") -> bytes:
    return (
        f"<html><body><article><h1>三座污水处理厂投入运行</h1>{head}<div class='text'>{_TEXT}{tail}</div>"
        "</article></body></html>"
    ).encode()


def test_class_words_split_camel_case_and_separators_and_leave_out_the_tag() -> None:
    assert class_tokens("div.index_sourceTitleText_wlTy-") == ("index", "source", "title", "text", "wl", "ty")
    assert class_tokens("p#articleSource.date-source") == ("article", "source", "date", "source")
    assert class_tokens("label.author") == ("author",)
    assert class_tokens("div") == ()


def test_an_element_classed_source_in_camel_case_names_the_outlet() -> None:
    """``<div class="sourceTitle">示范日报</div>`` over the text, no label and no date beside it: the class says
    source as ``div.source-title`` does."""
    for cls in ("sourceTitle", "source-title"):
        article = newsmend.extract(_page(f"<div class='{cls}'>示范日报</div>"))
        assert article.source == "示范日报", cls


def test_a_camel_case_tag_strip_closing_the_text_leaves_the_body() -> None:
    """``<div class="articleTags">污水|环保|民生</div>`` after the last paragraph: the article's tags, not text."""
    for cls in ("articleTags", "article-tags"):
        article = newsmend.extract(_page("", f"<div class='{cls}'>污水|环保|民生</div>"))
        assert article.paragraphs[-1].startswith("第3段"), cls


def test_an_inline_label_element_classed_author_is_the_byline() -> None:
    """``<label class="author">``: the tag is no class word, so ``label`` (the caption before a value when it is a
    class word) does not hide the byline."""
    line = "<p class='meta'><span class='time'>2024-01-25 18:03</span> <label class='author'>张三</label></p>"
    assert newsmend.extract(_page(line)).author == ["张三"]
