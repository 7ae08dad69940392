"""A twenty-ninth audit on Chinese pages outside the dev set, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh19/``) are saved pages from another project's sample folder, read in
16,000-character pieces (their text kept as the page writes it, UTF-8 as declared): the pieces of each page's 12 to
20 that hold its head and its article region, the rest (inline style, scripts, menus) not read:

- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/cna/002.html``: a 2023 Taiwanese agency's
  cross-strait story, pretty-printed, its dateline crediting no reporter (``（中央社台北23日電）``: the agency, the
  place and the day glued), no photo, the desk's two editors slash-separated closing the last paragraph before the
  ROC date code (``（編輯：唐佩君/呂佳蓉）1120823``), hash tags and the focus news in the text's element
  (``cna-singles-2023.html``: its ``<head>`` cut to the article's metadata and JSON-LD (the Organization,
  SpeakableSpecification and WebSite JSON-LD and the inline style cut); the channel menu taken from the twentieth
  audit's trimmed frame of this template (``unseen-zh16/cna-data-2023.html``); the ticker and the article its own,
  the share buttons' SVG icons and the like box's second copy cut, the focus news after three stories and the
  page after the article cut);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/cna/004.html``: the agency's international
  story compiled from wires (``（中央社曼谷23日綜合外電報導）``), a captioned lead picture, two linked headlines
  between the first two paragraphs, the translator and the copy editor closing the last paragraph
  (``（譯者：何宏儒/核稿：楊昭彥）1120823``), then in the text's element a picture whose caption (``div.picinfo``) is
  closed by the agency's dated credit (``（為泰黨提供）中央社記者呂欣憓曼谷傳真 112年8月23日``: courtesy of the party,
  sent by the agency's reporter from Bangkok on 2023-08-23), the tags, a further-reading box, two boxes of links per
  person tagged (``<div><span>戴克辛</span></div><a>…</a><a>…</a>``), a second picture with the same caption and the
  focus news (``cna-thailand-2023.html``: trimmed as the first, the menu the same frame's; the pictures' ``srcset``
  lists cut, the focus news after three stories).

None of them is in the dev set (by URL and by their sentences). On the first page newsmend read the outlet as
``中央社台`` and no editor. The dateline pattern for ``X…電`` took the longest outlet-like word, and ``台`` (a
broadcaster's suffix) of the place ``台北`` made ``中央社台`` one; where the outlet ends is now read off the place
glued after it: the shortest outlet that leaves a place of the dictionary, else the longest that leaves two
characters (``fields/people.py``; every agency story filed from Taipei, Taichung, Tainan or Taitung without a
reporter read so). The closing credit's pattern wanted a label before every slash; a label's several names
slash-separated are one value now (``fields/lines.py``), read as ``唐佩君、呂佳蓉``. On the second page it read no
author and no editor (the closing credit was read off the body's last line, the second picture's caption), listed
no caption, and closed the text with a tagged person's name and both pictures' captions. Now: a line closed by an
agency's dated photo credit (``記者X攝|傳真 112年8月23日``) is a caption, the credit not counted in its length
(``fields/lines.py``); the titles over links the selection left out go from the body's end past the captions
among them, which keep their places (``fields/trim.py``); and the staff credit is read off the text's last
paragraph that is no caption (``fields/evidence.py``). The picture's caption stays in the text twice, as the page
sets it twice. 0 of 798 dev pages change with each. trafilatura finds no author or editor on either page, sets the
site's name in both titles, opens both texts with the headline and closes the second with the picture's caption;
readability opens both with the breadcrumb (``首頁 /``) and reads the second page's article as one line; its titles
agree with newsmend's.

The pages were not rebuilt whole on disk (180-300 KB each, most of it style, SVG icons and menus): each fixture
was checked against the pieces read, its fields and the body's lines as the page's article region gives them.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend
from newsmend.fields.lines import closing_credit_values, is_caption
from newsmend.fields.people import dateline_source

GUARDS = [
    # The agency's own story without a reporter: no author; the dateline and the editors' credit stay in the prose;
    # the tags and the focus news stay out.
    Guard(
        "unseen-zh19/cna-singles-2023.html",
        "中國單身人口逾2億 專家說因年輕人太宅",
        None,
        "2023-08-23T15:33",
        "（中央社台北23日電）中國年輕未婚單身人口達2.39億人",
        "（編輯：唐佩君/呂佳蓉）1120823",
        ("#中國", "#環球時報", "聚焦新聞", "新北火化場", "請同意我們的隱私權規範"),
    ),
    # The wire story: the translator as author; the linked headlines, the tags, the further reading, the tagged
    # people's boxes and the focus news stay out; the picture set after the text closes it, its caption.
    Guard(
        "unseen-zh19/cna-thailand-2023.html",
        "泰王任命賽塔為總理 新政府親軍方成員備受爭議",
        ["何宏儒"],
        "2023-08-23T21:55",
        "（中央社曼谷23日綜合外電報導）泰國新總理賽塔今天在泰王瓦吉拉隆功認可下就職。",
        "中央社記者呂欣憓曼谷傳真 112年8月23日",
        ("3個月僵局落幕", "#帕拉育", "延伸閱讀", "支持者聚集聲援", "入監不到一天", "聚焦新聞", "（前中）"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_agency_dateline_without_reporter_credits_the_agency() -> None:
    """The agency's own story: the outlet of ``（中央社台北23日電）`` is ``中央社`` and the editors of the closing
    credit are both named."""
    article = extract_page("unseen-zh19/cna-singles-2023.html")
    assert (article.source, article.editor, article.author) == ("中央社", "唐佩君、呂佳蓉", None)


def test_dateline_outlet_ends_where_the_place_begins() -> None:
    """An outlet glued to the place it filed from ends where a place begins: a broadcaster's suffix (``台``) opening
    the place is no part of the outlet, an outlet whose name holds a suffix (``中国新闻社``) keeps it whole, and a
    place the dictionary lacks is still no part of the outlet."""
    assert dateline_source("（中央社台北23日電）中國年輕未婚單身人口達2.39億人") == "中央社"
    assert dateline_source("（中央社台東縣23日電）颱風海葵外圍環流影響") == "中央社"
    assert dateline_source("（中央社台中23日電）台中市政府今天表示") == "中央社"
    assert dateline_source("中国新闻社北京5月3日电 国家统计局今天发布") == "中国新闻社"
    assert dateline_source("中央电视台北京5月3日电 国家统计局今天发布") == "中央电视台"
    assert dateline_source("今天是8月3日电视台开播的日子") is None


def test_closing_credit_reads_several_names_of_one_label() -> None:
    """``（編輯：張三/李四）`` names two editors; the translator's and copy editor's labelled credits still split at
    the slash before the second label; a slash between unlabelled names is no staff credit."""
    [editor] = closing_credit_values("才導致單身人口如此高。（編輯：唐佩君/呂佳蓉）1120823")
    assert (editor.field, editor.value) == ("editor", "唐佩君/呂佳蓉")
    values = closing_credit_values("將領有關連。（譯者：何宏儒/核稿：楊昭彥）1120823")
    assert [(v.field, v.value) for v in values] == [("author", "何宏儒"), ("editor", "楊昭彥")]
    assert closing_credit_values("他說。（張三/李四）") == []


def test_dated_agency_photo_credit_closes_a_caption() -> None:
    """A line closed by an agency's dated photo credit (sent or taken by its reporter) is a caption, however long
    the credit makes it; a sentence naming a reporter and a date is none."""
    caption = (
        "泰國為泰黨賽塔22日當選成為第30任總理，泰王瓦吉拉隆功批准賽塔的人事案，賽塔23日晚間獲正式任命，"
        "在為泰黨總部向泰王畫像行跪拜禮。（為泰黨提供）中央社記者呂欣憓曼谷傳真 112年8月23日"
    )
    assert is_caption(caption)
    assert is_caption("台北市長出席記者會。中央社記者張三攝 112年8月23日")
    assert not is_caption("中央社記者張三今天在記者會上說，颱風將在112年8月23日登陸。")


def test_wire_story_reads_the_credit_over_the_picture_after_the_text() -> None:
    """The picture set after the text: its caption is listed and stays in its place, and the staff credit closing
    the last paragraph before it is read; the tagged person's name between the boxes is gone."""
    article = extract_page("unseen-zh19/cna-thailand-2023.html")
    assert article.editor == "楊昭彥"
    assert len(article.captions) == 1 and article.captions[0].endswith("曼谷傳真 112年8月23日")
    assert article.paragraphs[7].endswith("（譯者：何宏儒/核稿：楊昭彥）1120823")
    assert article.paragraphs[8:] == article.captions * 2


def test_caption_after_a_tagged_links_box_keeps_its_place() -> None:
    """A box's title over links the selection left out goes from the body's end, past a picture's caption after
    it, which stays; the staff credit closing the last paragraph is read."""
    sentence = "市議會週一開會，經過長時間辯論後就明年的預算進行了表決，多數議員投了贊成票。"
    text = "".join(f"<p>第{i}段：{sentence}</p>" for i in range(4))
    links = "<a href='/a'>張三出席市議會預算審查會議</a><a href='/b'>張三談預算</a>"
    box = f"<div><div><span>張三</span></div>{links}</div>"
    picture = "<div><img src='x.jpg'><div class='picinfo'>市議會開會情形。中央社記者李四攝 112年8月23日</div></div>"
    html = (
        f"<html><body><h1>市議會通過預算</h1><div class='paragraph'>{text}"
        f"<p>{sentence}預算將送交市府執行。（編輯：王五）1120823</p>{box}{picture}</div></body></html>"
    )
    article = newsmend.extract(html)
    assert article.paragraphs[-1] == "市議會開會情形。中央社記者李四攝 112年8月23日"
    assert "張三" not in (article.body or "")
    assert article.editor == "王五"
