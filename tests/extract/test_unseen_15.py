"""A fifteenth audit on Chinese pages outside the dev set, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh12/``) are saved pages from another project's sample folder, read in
16,000-character pieces (their text kept as the page writes it, UTF-8 as declared):

- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/xinhua/003.html``: a 2023 state agency's
  portal copy of a business daily's story on a newer, minified template (no ``<body>`` element: the header, text
  and side columns follow ``</head>`` directly; the keywords and description metas wrapped in ``<div>``\\ s), the
  daily as ``来源``, the reporter credited at the end of the last paragraph with a space (``（记者 杨啸林）``), the
  editor's line and an empty next-story box after the text (``xinhua-grain-2023.html``: the head's inline style
  block and the closing scripts cut);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/xinhua/004.html``: the same template around
  the agency's relay of a newspaper's article, the headline's two clauses split by an ideographic space, a
  reporter and an intern credited at the end of the last paragraph (``（记者郭倩、实习记者陈涵旸）``)
  (``xinhua-ai-2023.html``: cut the same way);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/pts/002.html``: a 2023 Taiwanese public
  broadcaster's short regional story, ``王威雄／雲林報導`` as the metadata, JSON-LD and byline author, the
  metadata's publication time (14:39) later than the JSON-LD's and the visible one (12:31), a video embed over
  a standfirst the description repeats, the editor's line ``洪詩宸/編輯``, tags, a breaking-news bar and related
  news around it (``pts-yunlin-2023.html``: its ``<head>`` reduced to the kept elements of the eleventh audit's
  page on this template (``unseen-zh10/pts-2023.html``) with its own values; the body's idle-reader pop-up, header
  and menus taken from that page's trimmed frame; the article its own, the livewire state attribute dropped, the
  related news shortened to one story with two tags);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/nytimes/001.html``: a 2023 American daily's
  Chinese edition (traditional script), its two reporters in capitals in ``<address>`` and the metadata, the
  text in ``div.article-paragraph`` blocks split by ad slots, captioned figures inside them, the reporters' cards,
  the translation credit and the English-version link in the article's footer, related and most-read lists
  after it (``nytimes-cn-2023.html``: the head's cookie strings, trackers and icons, the share links but two,
  the SVG logo's path and the footer's menus shortened; eleven of the 27 paragraphs, the related list after two
  stories and the most-read list after three cut);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/up/002.html``: a 2023 Taiwanese news
  site's food story credited ``上報快訊／鍾知諭`` (the site's flash desk, a slash, the reporter) in ``div.author``
  beside the time, a captioned photo, a ``（延伸閱讀：…）`` promotion, an Instagram embed and a Facebook post
  closing the text, tags, the editors' picks, the call for contributions and previous and next stories after it
  (``upmedia-raw-2023.html``: its ``<head>`` reduced as the eleventh audit's page on this template
  (``unseen-zh10/upmedia-2023.html``) with its own values; the header, the right column and the footer taken from
  that page's trimmed frame; the article its own, its ad scripts, the embed's SVG path and the bottom ads cut);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/ettoday/001.html``: a 2023 Taiwanese portal's
  flash political story, the headline opening ``快訊／``, the reporter's credit ``記者曾羿翔／綜合報導`` as the text's
  third paragraph under the photo and its caption line (a bold ``<p>``), the portal as the JSON-LD author and its
  Facebook page as the metadata author, the flash ticker, share and follow boxes and the copyright note after the
  text (``ettoday-hou-2023.html``: its ``<head>`` cut to the article's metadata, JSON-LD and stylesheet; the
  header, side tabs and footer taken from the eleventh audit's trimmed frame of this template
  (``unseen-zh10/ettoday-2023.html``, its story number changed to this page's); the article its own, its ad
  scripts cut, the ticker shortened to two stories).

None of them is in the dev set (by URL and by their sentences). Six read right (trafilatura finds none of the
Han authors, closes the broadcaster's text with the editor's line and opens it with the headline; readability
keeps the portal's name in the state agency's title); they guard the reading of a credit closing the last
paragraph, a page without ``<body>``, a desk-place byline with its standfirst, a translated story with its
reporters' cards and a reporter's credit under a caption line (which stays, as captions written as paragraphs
do). The news site's story had no author: its desk-first byline ``上報快訊／鍾知諭`` was one word with a slash in
it, not split (the slash split names only as ``/``); fixed by reading the names after a desk or outlet and its
slash (:func:`newsmend.fields.people.split_names`).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.fields.people import split_names

GUARDS = [
    # A page with no <body>: the text under the header is found all the same; the reporter credited at the end of
    # the last paragraph is the author; the editor, the correction link and the empty side columns stay out.
    Guard(
        "unseen-zh12/xinhua-grain-2023.html",
        "全球谷物产量接近历史最高",
        ["杨啸林"],
        "2023-09-13T10:28:22",
        "近日，联合国粮农组织发布最新谷物供求简报显示",
        "大米短缺及米价飙升将重创全球最脆弱的群体。（记者 杨啸林）",
        ("纠错", "责任编辑", "张欣烁", "阅读下一篇", "深度观察", "字体", "分享到", "来源：经济日报"),
    ),
    # The same template: a reporter and an intern in the closing credit are both authors, the intern's title is
    # not part of a name; the headline's ideographic space reads as a space.
    Guard(
        "unseen-zh12/xinhua-ai-2023.html",
        "国产大模型陆续向公众开放 人工智能赛道“百舸争流”",
        ["郭倩", "陈涵旸"],
        "2023-09-07T09:56:47",
        "新华社北京9月6日电 《经济参考报》9月6日刊发文章",
        "构建具有全球竞争力的产业生态。（记者郭倩、实习记者陈涵旸）",
        ("纠错", "责任编辑", "陈听雨", "阅读下一篇", "深度观察", "字体"),
    ),
    # A desk-place byline (``王威雄／雲林報導``) gives the reporter alone; the publication time is the one the
    # page shows (12:31 in Taipei), not the later metadata stamp; the standfirst opens the text; the editor's
    # line, the tags, the breaking-news bar and the related news stay out.
    Guard(
        "unseen-zh12/pts-yunlin-2023.html",
        "雲林垃圾轉換衍生燃料堆置 縣府盼修法放寬添加率",
        ["王威雄"],
        "2023-08-24T04:31:03",
        "為解決垃圾囤積問題，雲縣府2020年引進零廢棄資源化系統",
        "希望中央機關能協助相關法令規範，推廣廢棄物資源化。",
        (
            "洪詩宸",
            "編輯",
            "陸委會放寬陸客團",
            "相關新聞",
            "雲林化製廠屢傳排臭問題",
            "此網頁已閒置超過5分鐘",
            "發布時間",
        ),
    ),
    # A portal's flash story: the reporter's credit under the caption line is the author and leaves the text; the
    # caption line written as a paragraph stays (policy); the ticker, share and follow boxes and the note stay out.
    Guard(
        "unseen-zh12/ettoday-hou-2023.html",
        "快訊／侯友宜將有「重大宣布」！ 她喊：大家拭目以待",
        ["曾羿翔"],
        "2023-09-04T23:47",
        "▲國民黨總統參選人侯友宜。（圖／記者林敬旻攝）",
        "「堅定支持侯友宜」、「好期待」。",
        ("記者曾羿翔／綜合報導", "ET快訊", "柯文哲胞妹", "分享給朋友", "追蹤我們", "即時掌握政經新聞", "著作權聲明"),
    ),
    # An American daily's Chinese edition: the byline's capitals stay as the page writes them; the figures'
    # captions, the reporters' cards, the translation credit and the lists after the article stay out.
    Guard(
        "unseen-zh12/nytimes-cn-2023.html",
        "中國利用AI散播夏威夷山火陰謀論，對美虛假信息戰升溫",
        ["DAVID E. SANGER", "STEVEN LEE MYERS"],
        "2023-09-13T10:55:53",
        "上個月，當毀滅性的山火迅猛橫掃毛伊島時，中國越來越機敏的信息鬥士們抓住了機會。",
        "我認為國際社會應該劃定紅線、禁止這種行為。」",
        (
            "廣告",
            "Pool photo by Andy Wong",
            "夏威夷拉海納一個被山火毀壞的社區",
            "白宮和國家安全記者",
            "翻譯：紐約時報中文網",
            "點擊查看本文英文版",
            "相關報導",
            "最受歡迎",
            "青年失業率高企",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_desk_then_reporter_byline_names_the_reporter() -> None:
    """``上報快訊／鍾知諭`` credits the site's flash desk, then its reporter: the author is the reporter (it was
    none); the promotion line, the embeds, tags, picks and the call for contributions stay out of the text, the
    photo's caption (in the picture's box) too."""
    article = extract_page("unseen-zh12/upmedia-raw-2023.html")
    assert article.author == ["鍾知諭"]
    assert article.title == "名廚江振誠餐廳「RAW」沒摘米其林三星 IG全黑圖原因曝光"
    assert str(article.date).startswith("2023-09-01T09:25")
    assert article.paragraphs[0].startswith("國際名廚江振誠開設的餐廳「RAW」，連續多年拿下台北米其林二星")
    assert article.paragraphs[-1].endswith("沒什麼好分享的，大家成熟一點。")
    assert len(article.paragraphs) == 4
    assert article.body is not None
    for boilerplate in ("延伸閱讀", "湯瑪仕肉舖", "關鍵字", "編輯部推薦", "上報徵稿", "上一篇", "資料照片", "熱門"):
        assert boilerplate not in article.body


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("上報快訊／鍾知諭 2023年09月01日 09:25:00", ["鍾知諭"]),  # the audited page's byline element
        ("上報快訊/鍾知諭", ["鍾知諭"]),  # the ASCII slash: the desk is no name either
        ("TVBS新聞網／記者張三", ["張三"]),  # an outlet opening with Latin letters; a labelled reporter of two
        ("社會中心／高雄", []),  # the desk and the place it filed from: no one
        ("中央社／台北報導", []),  # the agency's report from a place: no one
    ],
)
def test_names_after_a_desk_and_its_slash(byline: str, names: list[str]) -> None:
    """The names a byline credits after its desk or outlet and a slash, and none where a place stands there."""
    assert split_names(byline) == names
