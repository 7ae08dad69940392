"""A thirteenth audit on Chinese pages outside the dev set, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh11/``) are saved pages from another project's sample folder, read in
16,000-character pieces and trimmed of scripts, styles, ad slots, trackers and most of their menu items and list
entries (their text kept as the page writes it, UTF-8 as declared):

- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/ltn/001.html``: a 2023 Taiwanese daily's
  flash story, credited ``〔即時新聞／綜合報導〕`` (the flash desk, compiled: no one), the outlet's name as every
  page's metadata author, the lead photo's caption as a paragraph in ``div.photo``, an app promotion closing the
  text's element, the related news, previous and next stories, the day's most read and the idle-page pop-up
  around it (``ltn-2023.html``: the head's scripts, the IE warning's and the header's scripts, the mobile menu, the
  right column and the footer's channel menu cut; the age gate, the header's menu and the footer's service links
  kept, shortened);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/ltn/002.html``: the same daily's story by a
  reporter, ``〔記者吳柏軒／台北報導〕`` opening the text under the photo's caption (``ltn-reporter-2023.html``,
  its ``<head>`` reduced to the first page's kept elements with its own values, built on the first page's trimmed
  frame: the same template's header, age gate and footer; the article, the related news and the breadcrumb its own);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/udn/global/001.html``: a 2023 Taiwanese
  portal's international column, the columnist in JSON-LD and under the headline, the portal as the metadata
  author, captioned figures between the paragraphs, a linked ``▌前情提要`` line, the recommended reading, tags,
  a sponsorship form, the columnist's card and the author's and latest stories after the text
  (``udn-global-2023.html``: the ad and tracking scripts cut, the product menu, the sidebar and the lists
  shortened, seven middle paragraphs cut).
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/udn/news/002.html``: the same portal's news
  desk, a 2023 politics story, the reporter linked in ``聯合報／記者沈能元／台北即時報導`` under the headline and in
  JSON-LD, the portal as the metadata author, a captioned cover figure, a listen-to-the-news player, a closing
  statement in a ``<blockquote>``, keywords, a scripted teaser, the further-reading and related-news lists after
  the text (``udn-news-2023.html``: the head's scripts and ads cut, the channel bar and product menu shortened,
  the lists shortened to three stories, the sidebar and the page footer cut).
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/setn/001.html``: a 2023 Taiwanese
  broadcaster's typhoon story, credited ``生活中心／賴俊佑報導`` (the desk, then the reporter glued to ``報導``) over
  its pictures, a captioned photo line (``▼▲…（圖／翻攝自 中央氣象局）``) written as a paragraph, a machine-written
  commentary and quiz (``ai_area``: long prose) between the headline and the text, the outlet as the metadata and
  JSON-LD author, tag news, a recommended topic, further reading and a live box after it (``setn-2023.html``: the
  head's scripts and styles, the header's menus, scripts and ads cut, the news ticker and lists shortened, the
  live box's player and everything after it cut).
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/cna/001.html``: a 2023 Taiwanese agency's
  story, the reporter in the dateline's brackets glued to the place (``（中央社記者沈佩瑤台北23日電）``), the agency
  as the metadata and JSON-LD author, a captioned photo, the editor's credit and the ROC date code closing the last
  paragraph (``（編輯：李亨山）1120823``), hash tags, further reading, a links box per tagged person and the focus
  news in the text's element (``cna-2023.html``: 192 KB of inline style and the scripts cut, the channel menu
  shortened to two channels, the share buttons' SVG icons and the focus news after three stories cut, the page
  after the article's closing banner cut).
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/tvbs/001.html``: a 2023 Taiwanese
  broadcaster's typhoon story, the byline ``編輯 陳妍如 報導`` over the publication and update times, the outlet as
  the metadata author, a captioned lead photo, the text in a nested ``<html><body>`` of its own with ``<br>``-split
  paragraphs and figures, promotion links closing it, the topic's story list, tags and share bar after it
  (``tvbs-2023.html``: the head's 16 KB of ad scripts, the menus' scripts and most channels, the ticker's items
  and the ad slots' scripts cut; the page after the share bar cut).

None of them is in the dev set (by URL and by their sentences). The daily's flash story was read wrong three ways
(the outlet as its author, the photo's caption opening the text, the app promotion closing it), all fixed; its
reporter's story the same three (the caption over the dateline hid the reporter's credit from the author reader,
so the outlet was the author there too), fixed by the same changes; the column read right and guards what it
shows. The broadcaster's story credited no one: its desk-first credit was read as a desk filed from a place
(fixed); its caption line stays in the text, as captions written as paragraphs do. The agency's story lost its
last paragraph to the editor's credit closing it (read as a meta line), had no author (the dateline's outlet read
as ``中央社記者沈佩瑤台``) and closed with the tagged people's names over their link boxes: all fixed. The second
broadcaster's byline gave ``報導`` as a second name (fixed).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend
from newsmend.fields.lines import is_call_to_action
from newsmend.fields.people import credit_line

GUARDS = [
    # A portal's column: the columnist from JSON-LD and the line under the headline, not the portal the metadata
    # author names; the figures' captions, the linked earlier-story line, the recommended reading, the sponsorship
    # form, the columnist's card and the story lists stay out.
    Guard(
        "unseen-zh11/udn-global-2023.html",
        "當選的代價？泰國新總理斯雷塔，為泰黨向保皇派低頭的執政賭局",
        ["徐子軒"],
        "2023-08-25T15:40:06",
        "泰國自大選以來經歷長達3個月的僵局",
        "逐漸消失在歷史裡。",
        ("圖／美聯社", "前情提要", "推薦閱讀", "收看更多文章", "贊助", "amor fati", "作者文章", "最新文章", "最熱"),
    ),
    # A portal's politics story: the linked reporter of the byline and JSON-LD over the portal; the closing
    # statement in a blockquote stays, the cover's caption, the player, the keywords and both lists stay out.
    Guard(
        "unseen-zh11/udn-news-2023.html",
        "家暴說是否道歉？楊志良晚間發表聲明 對這群人道歉了",
        ["沈能元"],
        "2023-08-28T21:50:21",
        "前衛生署長楊志良昨參與鴻海集團創辦人郭台銘「主流民意大聯盟」新竹造勢表示",
        "絕不道歉，而且嚴厲譴責，應予推翻。」",
        ("記者沈能元／攝影", "聽新聞", "2024總統選舉", "延伸閱讀", "相關新聞", "快訊", "柯文哲郭台銘29日同台", "訂閱"),
    ),
    # A broadcaster's story: the byline's editor alone (``編輯 陳妍如 報導``: the closing 報導 no name); the text's
    # nested document read, its promotion links, the lead photo's caption, the topic list and the tags stay out.
    Guard(
        "unseen-zh11/tvbs-2023.html",
        "海葵會變強烈颱風「紅色警戒區壟罩全台」 日本預測路徑曝",
        ["陳妍如"],
        "2023-09-01T10:07",
        "今年第11號颱風「海葵」將，根據日本氣象廳公布的最新預測路徑",
        "陪您掌握海葵颱風最新動態，敬請鎖定。",
        ("翻攝自氣象廳網站", "今年太多好劇", "免費索票", "颱風專區-海葵颱風", "河堤封閉", "#沖繩", "下載TVBS新聞APP"),
    ),
    # A daily's story by a reporter: the dateline's reporter once the photo's caption over it is set apart; the
    # caption, the app promotion, the related news and the age gate stay out.
    Guard(
        "unseen-zh11/ltn-reporter-2023.html",
        "日本核廢水正式排海 原能會：啟動放射性物質擴散預報系統",
        ["吳柏軒"],
        "2023-08-24T20:28:49",
        "〔記者吳柏軒／台北報導〕日本福島第一核電廠核廢水今（24）日中午開始排放入海。",
        "符合日本政府承諾的年排放量22兆貝克以下。",
        ("圖取自原能會網站", "下載APP", "相關新聞", "食藥署監測", "限制級", "熱門推播"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_flash_story_of_a_daily() -> None:
    """The daily's flash story: its desk credit names no one and the metadata author is the outlet's own name,
    so no author; the lead photo's caption (a paragraph in ``div.photo``) and the app promotion closing the text's
    element stay out, the related news, the age gate and the idle pop-up too."""
    article = extract_page("unseen-zh11/ltn-2023.html")
    assert article.title == "瓦格納首腦疑墜機亡 航跡追蹤網站：墜機前30秒出現問題"
    assert article.author is None
    assert str(article.date).startswith("2023-08-24T09:17:45")
    assert article.paragraphs[0].startswith("〔即時新聞／綜合報導〕1架巴西航空工業公司製造的")
    assert article.paragraphs[-1].endswith("與兵變後載著普里格津飛往白俄羅斯的飛機相同。")
    assert len(article.paragraphs) == 4
    assert article.captions and article.captions[0].startswith("航跡追蹤網站「flightradar24」指出，搭載普里格津飛機")
    for boilerplate in ("（美聯社）", "下載APP", "活動辦法", "相關新聞", "上一則", "限制級", "熱門推播", "請繼續往下"):
        assert boilerplate not in article.body


def test_outlet_name_as_chinese_metadata_author() -> None:
    """A Chinese page whose metadata author is its site's own outlet-shaped name credits no one; a blog named
    after its writer (the site's name is no outlet's) keeps it as the author."""
    text = "<p>市議會週一開會，經過長時間辯論後就明年的預算進行了表決，多數議員投了贊成票。</p>" * 5
    page = (
        '<html><head><meta property="og:site_name" content="{site}"><meta name="author" content="{site}">'
        "</head><body><h1>市議會通過預算</h1>" + text + "</body></html>"
    )
    assert newsmend.extract(page.format(site="某某時報電子報")).author is None
    assert newsmend.extract(page.format(site="小明的部落格")).author == ["小明的部落格"]


def test_caption_in_a_photo_box_only() -> None:
    """A paragraph in ``div.photo`` is the photo's caption; one in a box with a compound class (``div.photo-story``)
    is running text."""
    text = "<p>市議會週一開會，經過長時間辯論後就明年的預算進行了表決，多數議員投了贊成票。</p>" * 4
    caption = "<p>議員在會場表決。（資料照）</p>"
    for box, is_caption in (("photo", True), ("photo-story", False)):
        figure = f"<div class='{box}'><img src='a.jpg'>{caption}</div>"
        page = f"<html><body><h1>市議會通過預算</h1><div class='text'>{figure}{text}</div></body></html>"
        article = newsmend.extract(page)
        assert (article.paragraphs[0] != "議員在會場表決。（資料照）") == is_caption


@pytest.mark.parametrize(
    ("line", "promotes"),
    [
        ("不用抽 不用搶 現在用APP看新聞 保證天天中獎 點我下載APP 按我看活動辦法", True),
        ("点击下载客户端，参与抽奖", True),
        ("市民可下載「台北通」APP辦理", False),  # an app named in prose asks nothing
    ],
)
def test_app_download_call(line: str, promotes: bool) -> None:
    assert is_call_to_action(line) == promotes


def test_desk_first_credit() -> None:
    """The broadcaster's story: the reporter after the desk's slash (``生活中心／賴俊佑報導``) is the author, not the
    outlet the metadata and JSON-LD name; the machine-written commentary and quiz above the text, the tag news,
    the further reading and the live box stay out."""
    article = extract_page("unseen-zh11/setn-2023.html")
    assert article.title == "海葵遠離！台灣本島今晚20:30解除陸警 未來4天全台有雨"
    assert article.author == ["賴俊佑"]
    assert str(article.date).startswith("2023-09-04T18:35")
    assert article.paragraphs[-1].startswith("海葵颱風對台灣的影響逐漸減弱")
    assert any(p.startswith("海葵颱風強度持續減弱") for p in article.paragraphs[:2])
    for boilerplate in ("生活中心", "這篇文章報導了", "正確答案", "台7甲線道路中斷", "推薦專題", "蔡依林樹", "直播中"):
        assert boilerplate not in article.body


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("生活中心／賴俊佑報導", ["賴俊佑"]),
        ("國際中心／綜合報導", []),  # compiled by the desk: no one
        ("社會中心／台北報導", []),  # the place the desk filed from
        ("政治中心／台中報導", []),  # a place jieba's dictionary lacks: two characters
        ("記者張三／台北報導", ["張三"]),
        ("生活中心今天報導了一則消息", None),
    ],
)
def test_credit_line(line: str, names: list[str] | None) -> None:
    assert credit_line(line) == names


def test_agency_story_closing_credit() -> None:
    """The agency's story: the reporter from the dateline's brackets (the outlet read as ``中央社``, not
    ``中央社記者沈佩瑤台``); the last paragraph stays whole with the editor's credit and date code closing it; the
    tagged people's names over their link boxes, the hash tags, further reading, focus news and the photo's caption
    stay out."""
    article = extract_page("unseen-zh11/cna-2023.html")
    assert article.title == "新北攤商涉用豬肉混充羊肉 最重可罰400萬加坐牢"
    assert article.author == ["沈佩瑤"]
    assert article.source == "中央社"
    assert str(article.date).startswith("2023-08-23T15:06")
    assert article.paragraphs[0].startswith("（中央社記者沈佩瑤台北23日電）媒體報導")
    assert article.paragraphs[-1].startswith("根據中華民國刑法255條規定")
    assert "處1年以下有期徒刑、拘役或3萬元以下罰金。" in article.paragraphs[-1]
    assert "林金富" not in article.paragraphs and "劉芳銘" not in article.paragraphs
    for boilerplate in ("#食藥署", "延伸閱讀", "巴沙魚", "聚焦新聞", "示意圖", "聽新聞", "隱私權規範"):
        assert boilerplate not in article.body


def test_links_box_titles_leave_the_end() -> None:
    """Boxes of links, each titled in an element of its own, closing the text's element: their titles leave the
    body's end; a credit line over its text element's own closing link stays."""
    sentence = "市議會週一開會，經過長時間辯論後就明年的預算進行了表決，多數議員投了贊成票。"
    text = "".join(f"<p>第{i}段：{sentence}</p>" for i in range(4))
    boxes = "".join(
        f"<div class='more'><div class='more-title'>{name}</div><a href='/n/{i}'>另一則新聞的標題第{i}號</a></div>"
        for i, name in enumerate(("王大明", "李小華"))
    )
    page = f"<html><body><h1>市議會通過預算</h1><div class='text'>{text}{boxes}</div></body></html>"
    assert newsmend.extract(page).paragraphs[-1].startswith("第3段")
    credit = "<p>市府新聞處</p><a href='#comments'>看留言</a>"
    page = f"<html><body><h1>市議會通過預算</h1><div class='text'>{text}{credit}</div></body></html>"
    assert newsmend.extract(page).paragraphs[-1] == "市府新聞處"
