"""An eleventh audit on Chinese pages outside the dev set, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh10/``) are saved pages from other projects' sample folders, trimmed of
scripts, styles, icons and most of their menu items and list entries (their text kept as the page writes it):

- rcy17/newsExtraction ``newsExtraction/input/0.html``: a 2018 portal's fashion story, picture-led, its paragraphs
  mostly without a full stop and two-character sub-heads between them, the source and editor line after the text
  and the channel's recommendation lists beside it; stored in GBK, the charset it declares (``163-lady-2018.html``,
  about half of the pictures and paragraphs and most of the menus cut);
- rcy17/newsExtraction ``newsExtraction/input/重庆公交坠江：已提取家属DNA以确认失联者身份_网易新闻.html``: the same
  portal's news-desk copy of a Beijing daily's story, the original headline over the text and bold sub-heads in it
  (``163-news-2018.html``, GBK, built on the first page's trimmed frame: the same template's menus, share bars and
  side lists; its ``<head>`` reduced to the charset and the title, some middle paragraphs cut);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/xinhua/001.html``: a 2023 state agency's
  story, its two reporters in the dateline's brackets separated by an ideographic space (``xinhua-2023.html``, its
  closing scripts and tracker cut);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/xinhua/002.html``: the agency's press
  conference report on the same template with a photo and its caption line inside the text, a related-news list
  after it (``xinhua-tao-2023.html``, its closing scripts and tracker cut);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/nhk/news/001.html``: a 2023 Japanese public
  broadcaster's traditional-Chinese short story, its JSON-LD dates written ``2023-09-13T17:48:56 JST+0900``
  (``nhk-zt-2023.html``, as saved);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/nhk/backstory/001.html``: the same
  broadcaster's feature, a one-sentence standfirst its description repeats set apart above the text, ``<h2>``
  sub-heads and figures in it, the reporter's card with its desk over and under it (``nhk-backstory-2023.html``, as
  saved);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/ct/001.html``: a 2023 Taiwanese daily's
  technology story, the outlet as the metadata author and the reporter in JSON-LD and the byline's link, a
  captioned lead photo, linked headlines of earlier stories and hash tags closing the text's element
  (``chinatimes-2023.html``, its scripts, most menus and the recommendation list shortened);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/up/001.html``: a 2023 Taiwanese news site's
  flash story credited to its flash desk, a ``（熱門點閱：…）`` promotion between its paragraphs and the call for
  contributions in a second text element after it (``upmedia-2023.html``, its styles, scripts, the header's menus
  and ads cut, the ticker and side lists shortened);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/ettoday/002.html``: a 2023 Taiwanese portal's
  copy of a partner magazine's story, credited ``圖文／CTWANT`` in the text under the photo's caption, shopping
  promotions and a further-reading list closing the text's element (``ettoday-2023.html``, its scripts, ads, most
  menus and the side tabs cut);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/pts/001.html``: a 2023 Taiwanese public
  broadcaster's explainer, its byline ``陳宥蓁／綜合報導`` in the metadata and over the text, a standfirst, ``<h2>``
  questions, a table and captioned figures in the text, the editor's line, tags and related news after it
  (``pts-2023.html``, its idle-reader pop-up, menus and JSON-LD lists shortened, the FAQ and ItemList JSON-LD cut).

None of them is in the dev set (by URL and by their sentences). Each test states what the page showed: the
fashion story's sub-heads, the Taiwanese broadcaster's metadata byline, the feature's short standfirst and the
portal's full-width credit and promotion title were read wrong, all fixed; the others read right and guard what
they show.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend
from newsmend.fields.lines import labelled_values

GUARDS = [
    # A portal's copy of a daily's story: the original headline's note opens the text, the bold sub-heads (one of
    # them the two-character ``解读``) stay in it; the source line, the editor's staff code and the icon's alt name
    # no author.
    Guard(
        "unseen-zh10/163-news-2018.html",
        "重庆公交坠江：已提取家属DNA以确认失联者身份",
        None,
        "2018-10-30T07:42:55",
        "（原标题：重庆公交坠江事故：已提取家属DNA以确认失联者身份）",
        "对存在隐患或达不到要求的防护设置，进行加固、增补。",
        ("本文来源", "责任编辑", "范姜国一", "刘效武", "大家都爱看", "分享到", "用微信扫码二维码", "热点新闻"),
    ),
    # An agency story: the reporters are the two names in the dateline's brackets (an ideographic space between
    # them); the correction button, the editor's line, the next-story link and the sidebar stay out.
    Guard(
        "unseen-zh10/xinhua-2023.html",
        "普京与金正恩举行会谈",
        ["陈畅", "华迪"],
        "2023-09-13T21:54:34",
        "新华社符拉迪沃斯托克9月13日电（记者陈畅",
        "并于12日早抵达俄边境城市哈桑。",
        ("纠错", "责任编辑", "刘笑冬", "阅读下一篇", "深度观察", "浙江“山海协作”20年纪事", "字体"),
    ),
    # The same template around a press conference: the photo's caption line stays in its place, the related-news
    # list after the text (headlines, summaries, dates) stays out.
    Guard(
        "unseen-zh10/xinhua-tao-2023.html",
        "2020至2022年台湾是美国最大的武器买家 国台办批民进党当局“卖台害台毁台”",
        ["刘欢", "赵博"],
        "2023-09-13T16:29:00",
        "新华社北京9月13日电（记者刘欢、赵博）",
        "到头来只会让国际社会更加清楚台湾是中国一部分的事实。”陈斌华说。",
        ("新闻链接", "为谋“独”已丧失基本理智", "纠错", "王佳宁", "阅读下一篇"),
    ),
    # A broadcaster's short story in traditional script: the JSON-LD publication time is read though its zone is
    # written ``JST+0900``; the JSON-LD author is the broadcaster itself, which the page declares as no one else.
    Guard(
        "unseen-zh10/nhk-zt-2023.html",
        "中國軍官代表團9月訪日計劃延期",
        ["NHK WORLD"],
        "2023-09-13T17:48:56",
        "據了解，中國人民解放軍軍官代表團原定於9月的訪日計劃將延期。",
        "今後的交流活動尚無明確計劃。",
        ("NHK WORLD-JAPAN News",),
    ),
    # A daily's story: the reporter the JSON-LD and the byline's link name, not the outlet the metadata author
    # states; the lead photo's caption, the linked headlines and hash tags closing the text's element, the
    # recommendation list stay out.
    Guard(
        "unseen-zh10/chinatimes-2023.html",
        "網紅行動電源爆炸 舊換新影響25萬人 業者緊急公告再道歉",
        ["陳駿碩"],
        "2023-08-25T19:04",
        "有許多網紅推薦、團購的行動電源日前發生爆炸意外",
        "墨子科技將直接免費提供一台全新的產品更換給用戶。",
        ("民眾提供", "她遭火吻差點沒命", "業者赴金門道歉", "#", "推薦閱讀", "字級設定", "複製連結"),
    ),
    # A flash story credited to the site's flash desk (no one); the promotion line between the paragraphs, the
    # photo's caption, the keywords, the call for contributions and the ticker stay out.
    Guard(
        "unseen-zh10/upmedia-2023.html",
        "海葵「路徑南修」恐直擊北台灣 預估今轉中颱並發布海警、明陸警",
        None,
        "2023-09-01T09:59",
        "輕颱海葵原本預估從台灣北部海域掠過",
        "提醒民眾需做好防颱準備。",
        ("熱門點閱", "超級藍月", "取自中央氣象局網站", "關鍵字", "上報徵稿", "最新消息", "編輯部推薦", "上報快訊"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_sub_heads_between_unpunctuated_paragraphs() -> None:
    """The fashion story's paragraphs mostly end without a full stop (``…透着一股学院派少女的感觉``), so its first
    sentence-ending line stands near its end; the two-character sub-head ``衬衫`` before it was read as a button of
    the frame. A short line between two longer lines of its own element is the text's sub-head: it stays, as the
    three-character ones always did; the source and editor line, the share bars and the side lists stay out."""
    article = extract_page("unseen-zh10/163-lady-2018.html")
    assert article.title == "比起脸 杨超越的穿搭才是真的直男斩！"
    assert article.author is None
    assert str(article.date).startswith("2018-10-08T18:39:47")
    assert article.paragraphs[0] == "昨天杨超越现身北京机场，准备出发去首尔拍摄新歌MV"
    assert article.paragraphs[-1] == "看完有没有学会锦鲤妹妹的穿搭呢？最后转发这篇杨超越，据说可以有好运哦！"
    for heading in ("格纹裙", "衬衫", "薄纱裙"):
        following = article.paragraphs[article.paragraphs.index(heading) + 1]
        assert len(following) > len(heading)
    for boilerplate in ("本文来源", "责任编辑", "杨雅婷", "刘序", "分享到", "大家都爱看", "女人推荐", "态度原创"):
        assert boilerplate not in article.body


def test_sub_head_between_posts_of_a_card_stays_a_label() -> None:
    """A poster card's counters (``主题``, ``帖子``, ``积分``: a forum's card table between two posts) stand in an
    element of their own, not between two paragraphs of one: they stay labels, as before."""
    post = "<p>这个版本的更新修复了很多问题，但是登录的时候还是会卡住一会儿</p>"
    card = "<table><tr><th>主题</th></tr><tr><th>帖子</th></tr><tr><td>积分</td></tr></table>"
    page = (
        "<html><body><h1>更新以后登录卡顿</h1><div class='thread'>"
        f"<div class='post'>{post}</div><div class='card'>{card}</div>"
        f"<div class='post'>{post.replace('问题', '毛病')}</div></div></body></html>"
    )
    body = newsmend.extract(page).body or ""
    assert "主题" not in body and "积分" not in body


def test_metadata_byline_with_filing_kind() -> None:
    """The broadcaster's metadata author is its printed byline, ``陳宥蓁／綜合報導`` (the reporter, a slash, ``綜合``
    for a compiled report and ``報導``): the author is the reporter alone. The standfirst opens the text, the
    ``<h2>`` questions and the table's cells stay in it, the captions, the in-text link to an earlier story, the
    editor's line, the tags, the table of contents and the related news stay out."""
    article = extract_page("unseen-zh10/pts-2023.html")
    assert article.title == "美韓軍演首納太空軍 一文了解太空軍是什麼"
    assert article.author == ["陳宥蓁"]
    assert str(article.date).startswith("2023-08-22")
    assert article.paragraphs[0].startswith("太空軍是美國軍隊6大軍種的最新分支")
    assert "美國太空軍如何分工？" in article.paragraphs
    assert "負責培訓和教育人員，並制定太空術語和戰術等。" in article.paragraphs
    assert article.paragraphs[-1].startswith("而同年12月，駐韓美軍也成立了美國太空軍的海外太空部隊")
    for boilerplate in ("（圖／美聯社）", "美韓例行軍演展開", "王介村", "目次", "相關新聞", "招募新血", "陸委會放寬"):
        assert boilerplate not in article.body


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("陳宥蓁／綜合報導", ["陳宥蓁"]),
        ("記者張三、李四／台北報導", ["張三", "李四"]),
        ("國際中心／綜合報導", []),  # a desk: no one
        ("張三", ["張三"]),
    ],
)
def test_metadata_author_credit(value: str, names: list[str]) -> None:
    page = (
        f'<html><head><meta name="author" content="{value}"></head><body><h1>標題</h1>'
        + "<p>市議會週一開會，經過長時間辯論後就明年的預算進行了表決，多數議員投了贊成票。</p>" * 5
        + "</body></html>"
    )
    assert (newsmend.extract(page).author or []) == names


def test_short_han_standfirst_the_description_repeats() -> None:
    """The feature's standfirst (``div.p-article__read``, 36 characters) stands above its text, and its
    description repeats it word for word: the lead, though shorter than the length a Latin lead needs. The
    reporter's name on the card (not the JSON-LD's corporate ``Person``), the JSON-LD date."""
    article = extract_page("unseen-zh10/nhk-backstory-2023.html")
    assert article.title == "面臨半導體人才短缺 台灣開設職業訓練課程"
    assert article.author == ["関谷智"]
    assert str(article.date).startswith("2023-08-17")
    assert article.paragraphs[0] == "晶圓代工產業居於全球領先地位的台灣，是如何培育支撐尖端科技業的人才呢?"
    assert article.paragraphs[1] == "半導體人才平均每月短缺3萬5000人?"
    assert article.paragraphs[-1].startswith("包含半導體產業在內，高度技術人才短缺是日本的重要課題")
    for boilerplate in ("Backstories", "国際部記者", "関谷智", "大學開設半導體職業訓練課程"):
        assert boilerplate not in article.body



def test_credit_with_a_full_width_slash() -> None:
    """The portal's copy credits its partner as ``圖文／CTWANT`` (text and pictures: CTWANT), with the full-width
    slash Taiwan's outlets print: a credit, read as the author and kept out of the text, not the portal the metadata
    and JSON-LD name. The photo's caption line stays in its place as running text; the promotions' links, their
    title (``省錢大作戰！超夯優惠等你GO``, a short line without a stop right before the links, in the text's element)
    and the further-reading list stay out."""
    article = extract_page("unseen-zh10/ettoday-2023.html")
    assert article.title == "超狂！大一新生從西藏走到四川報到入學 歷時2個月徒步上千公里"
    assert article.author == ["CTWANT"]
    assert str(article.date).startswith("2023-09-04T18:32")
    assert article.paragraphs[0].startswith("▲住在西藏的18歲三木旦·旺杰")
    assert article.paragraphs[1].startswith("9月是各大專院校的開學季節")
    assert article.paragraphs[-1].endswith("有時候感覺古人真的很厲害，在沒有網路的時候就開始浪跡天涯了」。")
    for boilerplate in ("圖文／CTWANT", "省錢大作戰", "限時", "延伸閱讀", "刑場靈異", "ET快訊", "著作權聲明"):
        assert boilerplate not in article.body


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("文／張三", ["張三"]),
        ("圖文／李四", ["李四"]),
        ("文/張三", ["張三"]),
        ("图文并茂的报道", []),  # prose: no separator after the label
    ],
)
def test_full_width_slash_credit(line: str, names: list[str]) -> None:
    found = [v.value for v in labelled_values(line) if v.field == "author"]
    assert found == names


@pytest.mark.parametrize(
    ("closing", "kept"),
    [
        ("好康優惠等你拿", False),  # a short line without a stop over the links: their title
        ("（完）", True),  # a closing mark in brackets stays
        ("市府表示將持續關注。", True),  # a sentence stays
    ],
)
def test_title_of_links_closing_the_text(closing: str, kept: bool) -> None:
    sentence = "市議會週一開會，經過長時間辯論後就明年第{}季的預算進行了表決，多數議員投了贊成票。"
    text = "".join(f"<p>{sentence.format(n)}</p>" for n in range(6))
    links = '<p><a href="/a">限時特價商品一</a></p><p><a href="/b">限時特價商品二</a></p>'
    page = f"<html><body><h1>標題</h1><div class='story'>{text}<p>{closing}</p>{links}</div></body></html>"
    assert (newsmend.extract(page).paragraphs[-1] == closing) is kept
