"""A fifty-seventh audit on Taiwanese pages from the source the forty-seventh and fifty-fifth used, and what
newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh31/``) were saved in 2024 as JavaScript template strings (``export
const x = `…```: the browser's DOM after its scripts ran, as a scraper's tests hold them) in lostmypillow/dms-scrape's
``test/``, read in 16,000-character pieces (those holding the head and the article region: 80,000 of 183,886
characters and 48,000 of 281,013) and transcribed trimmed: most menu items cut, SVG paths emptied, tracking
attributes cut, the ad slots but a few cut, the sidebars' lists to three items:

- ``test/bnexttest.js``: a 2024 Taiwanese business magazine's story on AMD's AI PC chips (``bnext.com.tw``), the
  headline in an ``<h1>`` (and a mobile copy in a ``div``) over a standfirst, tags and the writer's name linked to
  an ``/author/`` page, ``2024.10.14`` and the section above it, ``<meta name="my:publish_date">`` with the time,
  an SEO title in ``<title>`` and ``og:title`` worded otherwise (``AMD推AI PC新晶片！商用AI PC是什麼…``), the text
  in ``div.article-content`` opening with a ``<blockquote>`` of two lead paragraphs, three pictures in picture
  widgets (``div.widget.picture>div.wrapper``: the ``<picture>``, then ``div.inf`` holding ``div.description``, the
  caption, and ``div.from`` its credit ``圖／ 孫嘉君攝影``), ``<h2>`` and ``<h3>`` subheads, a newsletter offer
  between two paragraphs, a closing ``延伸閱讀：`` link in a ``<blockquote>``, ``責任編輯：林美欣``, a further
  reading box of two links, the tags again, a ranking sidebar and the next story the page scrolls on to
  (``bnext-amd-ai-pc-2024.html``: the newsletter form's token and the next story, not read past its headline,
  cut);
- ``test/techrangetest.js``: a 2024 Taiwanese tech site's item on Qualcomm's Snapdragon X Plus (``buzzorange.com/
  techorange``, an Elementor WordPress theme), the headline in an ``<h1>`` the saver broke across two lines, the
  byline a desk account (``產業動態``, linked to ``/author/industry-update/`` beside its avatar, and
  ``twitter:data1``), ``<time>2024-09-05</time>`` and ``article:published_time``, the text in the post-content
  widget with a ``<figure>`` and its ``<figcaption>``, a closing ``<blockquote>`` of links to the press kit and a
  note in brackets that the text came from Qualcomm, a share box, a tag box and a ``熱門文章`` sidebar
  (``techorange-snapdragon-x-plus-2024.html``: the menus of the header's three navigations cut to a few entries;
  the page after the sidebar's first box, not read, cut).

Neither is in the dev set (by their sentences and their sites).

newsmend read the writer, the time (17:29 in Taipei), the text from the standfirst's lead to the last paragraph
with its subheads, the editor (``林美欣``) and the ``延伸閱讀`` link as related right, the newsletter offer, the
tags, the further reading box and the sidebar out; trafilatura and readability read the text alike but keep the
editor's line (readability the ``延伸閱讀`` line too), and trafilatura credits no one. The three captions and
their credits were six lines of the text, none listed: a ``div`` whose class has the word picture alone is a
picture widget, its lines the picture's caption as a ``<figcaption>``'s are, wherever they nest below it
(``fields/evidence.py``, :data:`_IN_PICTURE_WIDGET_RE` in ``_caption_path``); trafilatura and readability keep
them in the text. It moves none of the 798 dev pages. Left as found: the title is the metadata's SEO wording, not
the ``<h1>`` (which only the mobile copy, no heading, writes again: the limit the twenty-second session's
benchmark note names, an ``og:title`` beating a displayed ``<h1>`` no heading confirms), as trafilatura and
readability read it.

newsmend read the tech site's item right: the headline without the site's name (trafilatura keeps ``| TechOrange
科技報橘``), the time, the text from the lead to the closing note, the caption listed and out of the text (as
trafilatura), the share, tag and sidebar boxes out, the sidebar's stories as related. Left as found: the desk
account's name is read as the source, not the author (no person writes it; the closing note credits Qualcomm,
read as the source only on a page that names no other: ``lines.provided_source_values``).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend

BNEXT = "unseen-zh31/bnext-amd-ai-pc-2024.html"
TECHORANGE = "unseen-zh31/techorange-snapdragon-x-plus-2024.html"

GUARDS = [
    # The writer, the time, the text from the standfirst's lead to the last paragraph; the captions and credits, the
    # newsletter offer, the related link, the editor's line, the further reading box, the tags and the sidebar out.
    Guard(
        BNEXT,
        "AMD推AI PC新晶片！商用AI PC是什麼，和一般AI PC有何不同？",
        ["孫嘉君"],
        "2024-10-14T17:29",
        "IC設計大廠超微（AMD）於美國時間10月10日在舊金山舉辦",
        "滲透率將達到40%。",
        ("超微發表新一代商用AI PC", "圖／", "電子報", "訂閱", "延伸閱讀", "OneWeb", "責任編輯", "＃AMD", "即時熱門"),
    ),
    # Read right: the headline without the site's name, the time, the text from the lead to the closing note; the
    # caption, the share and tag boxes and the sidebar out.
    Guard(
        TECHORANGE,
        "高通推出全新 8 核 Snapdragon X Plus，將效能領先地位擴展到更多的 Copilot+ PC 使用者",
        None,
        "2024-09-05T11:17:48",
        "高通技術公司在 2024 年柏林消費性電子展（IFA 2024）展前宣布推出 8 核 Snapdragon X Plus",
        "本文訊息由高通提供",
        ("實現如閃電般迅速的反應速度和效率，提供 61% 更快的 CPU 效能。", "分享本文", "議題標籤", "熱門文章", "Lean 3"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda g: g.page.split("/")[-1])
def test_unseen_57_page_reads_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_magazine_lists_picture_widget_lines_as_captions() -> None:
    # Each widget's caption and its credit are listed once, the editor and the related link read.
    article = extract_page(BNEXT)
    assert article.captions == [
        "超微發表新一代商用AI PC「Ryzen AI PRO 300」系列處理器",
        "圖／ 業者提供",
        "Ryzen AI PRO 300系列處理器NPU算力與競爭對手商用產品比較，優於英特爾、蘋果",
        "圖／ 孫嘉君攝影",
        "在近2年間，Ryzen處理器的NPU算力由10TOPS、16TOP進步到50至55TOPS",
    ]
    assert article.editor == "林美欣"
    assert [item.url for item in article.related] == ["https://www.bnext.com.tw/article/80871/dht-oneweb-leo"]


PARAGRAPH = "<p>{}</p>".format("這是一段新聞正文，記者在現場採訪了多位居民，了解事件的經過與影響。" * 3)


def _widget_page(box_class: str) -> str:
    """A story whose second paragraph's picture sits in a ``div`` of ``box_class`` with a line under it."""
    return (
        f"<html><head><title>測試</title></head><body><article><h1>測試新聞標題</h1>{PARAGRAPH}"
        f'<div class="{box_class}"><div class="wrapper"><picture><img src="a.jpg"></picture>'
        '<div class="inf"><div class="description">市長在記者會上說明新的交通政策</div></div></div></div>'
        f"{PARAGRAPH}{PARAGRAPH}</article></body></html>"
    )


def test_picture_widget_line_is_a_caption_at_any_depth() -> None:
    # The class word picture alone makes the box a picture widget: its line is a caption, out of the text.
    article = newsmend.extract(_widget_page("widget picture"))
    assert article.captions == ["市長在記者會上說明新的交通政策"]
    assert article.body is not None and "市長在記者會上" not in article.body


def test_compound_picture_class_keeps_its_line_as_text() -> None:
    # A compound class (a picture story, a picture's text column) names no widget: its line stays the text's.
    article = newsmend.extract(_widget_page("picture-story"))
    assert article.captions == []
    assert article.body is not None and "市長在記者會上說明新的交通政策" in article.body
