"""A nineteenth audit on Chinese pages outside the dev set, and what newsmend reads on them (unseen-zh15)."""

from __future__ import annotations

import newsmend
from newsmend.fields.lines import is_caption_label


def _figure_paragraphs() -> list[str]:
    """Four paragraphs of a story on a new phone, enough text for a page's body."""
    return [
        "華為在8月底無預警發售新款智慧型手機，在全球半導體高科技界引發高度關注，各國科技單位都在拆機研究其晶片的來源與製程。",
        "專家告訴記者，這款手機所用的七奈米晶片距離其他世界前沿晶片設計及代工的對手仍有一段距離，但進展之快出乎許多人的意料。",
        "有分析認為，美國可能會對中國半導體祭出更強烈的制裁，並擴大審查與中國半導體有關的產業鏈，以防止先進技術外流。",
        "台灣的評論者則說，接下來美國對全球半導體產業鏈的審查會越來越細，徹底盤整含有美國技術的公司與中國的關係。",
    ]


def _figure_page() -> bytes:
    """A story whose picture sits in a ``<figure>`` as the British broadcaster's Chinese pages set it: the credit
    as a ``<p>`` in the picture's box, the caption behind its screen-reader label in the ``<figcaption>``; and a
    pull quote in a figure of its own."""
    paragraphs = _figure_paragraphs()
    figure = (
        '<figure><div><div style="padding-bottom:56%"><img src="a.jpg" alt="x"><p role="text"><span>圖像來源，</span>'
        "<span>Getty Images</span></p></div></div><div><figcaption><span>圖像加註文字，</span>"
        "<p>華為門市外排隊的顧客。</p></figcaption></div></figure>"
    )
    quote = '<figure class="pullquote"><blockquote><p>「這是一場精心策劃的宣傳活動。」</p></blockquote></figure>'
    p = [f"<p>{text}</p>" for text in paragraphs]
    body = p[0] + figure + p[1] + quote + p[2] + p[3]
    head = "<html><head><title>華為新機</title></head><body><article><h1>華為新機</h1>"
    return f"{head}{body}</article></body></html>".encode()


def test_credit_line_in_a_figure_is_no_paragraph() -> None:
    """A caption-shaped line in a ``<figure>`` outside its ``<figcaption>`` (the picture's credit) leaves the body
    for the captions; a figure's line that reads as no caption (a pull quote) stays in the text."""
    article = newsmend.extract(_figure_page())
    assert "圖像來源，Getty Images" in article.captions
    assert "華為門市外排隊的顧客。" in article.captions
    assert not any("圖像來源" in p for p in article.paragraphs)
    assert "「這是一場精心策劃的宣傳活動。」" in article.paragraphs
    assert article.paragraphs[0].startswith("華為在8月底") and article.paragraphs[-1].startswith("台灣的評論者")


def test_caption_label_alone_is_no_caption() -> None:
    """A caption's label standing in an element of its own (``圖像加註文字，``, ``Image caption,``) or a figure's
    caption word (``Photo``) is listed as no caption; a caption with a label and its text stays one."""
    assert newsmend.extract(_figure_page()).captions == ["圖像來源，Getty Images", "華為門市外排隊的顧客。"]
    for label in ("圖像加註文字，", "Image caption,", "Photo", "Image", "Foto:"):
        assert is_caption_label(label)
    for caption in ("圖像來源，Getty Images", "Photo by Dan Seifert / The Verge", "iPhone 15 Pro。", "Obama"):
        assert not is_caption_label(caption)


def _listed_byline_page(outlet: str) -> bytes:
    """A story whose byline is a list under the headline, the writer's name then ``outlet``, over the date."""
    paragraphs = "".join(f"<p>{text}</p>" for text in _figure_paragraphs())
    head = (
        '<html><head><title>颱風逼近香港 - 範例新聞 中文</title><meta property="og:site_name" content="範例新聞 中文">'
        '<link rel="canonical" href="https://www.example.com/zhongwen/trad/news-1"></head>'
    )
    byline = f"<ul><li>王小明</li><li>{outlet}</li></ul><div><time>2023年9月12日</time></div>"
    return f"{head}<body><main><h1>颱風逼近香港</h1>{byline}{paragraphs}</main></body></html>".encode()


def test_lines_over_the_dateline_are_no_text() -> None:
    """Short lines opening the body over a date standing alone (the byline set as a list) leave the text."""
    article = newsmend.extract(_listed_byline_page("範例新聞中文"))
    assert article.paragraphs[0].startswith("華為在8月底")
    assert not any(p in ("王小明", "範例新聞中文", "2023年9月12日") for p in article.paragraphs)


def test_writer_listed_over_the_site_name() -> None:
    """The name over the site's own name over the date is the writer; over another word it is no one's."""
    assert newsmend.extract(_listed_byline_page("範例新聞中文")).author == ["王小明"]
    assert newsmend.extract(_listed_byline_page("香港")).author is None
