"""A sixth audit on pages outside the dev set, and what newsmend reads on them.

The pages are saved pages from other projects' test folders, trimmed of scripts, styles, ad slots and most of their
menu items and list entries (their text kept as the page writes it, character references included):

Chinese (``tests/fixtures/pages/unseen-zh6/``):

- gaoconghello/GerapyAutoExtractor ``datasets/detail/qbitai_com_275618_html.html``: a 2025 tech outlet's WordPress
  post announcing a partner's conference (``qbitai-chinajoy-2025.html``);
- virus-warnning/twnews ``samples/cna.html`` (commit 3eded10, not the ``twnews/samples`` copy of the first audit):
  a 2016 Taiwanese agency story served after its archive time limit, one paragraph and a members' wall
  (``cna-2016.html``);
- gaoconghello/GerapyAutoExtractor ``datasets/detail/36kr_com_3261133011681417.html``: a 2025 tech aggregator's
  copy of a WeChat account's story (``36kr-openrca-2025.html``, a few middle paragraphs cut);
- gaoconghello/GerapyAutoExtractor ``datasets/test/detail/163_com_JU66R02J00259DLP_html.html``: a 2025 portal's
  finance story with its readers' comments (``163-money-walnut-2025.html``, a few paragraphs cut);
- chrislinan/cx-extractor-python ``RawHtml/1.html``: a 2015 portal's copy of a business daily's story, saved in
  GBK as served (``163-money-2015.html``, about half of the paragraphs cut);
- goose3/goose3 ``tests/data/content/test_bbc_chinese.html``: a 2012 BBC Chinese story on Hong Kong
  (``goose3-bbc-zh-2012.html``), quotes written as Windows-1252 character references (``&#0147;``). Found after
  the audit: the same story as the dev set's newspaper4k-fixtures ``chinese_article`` (another copy, trimmed), so it
  guards what the dev set already shows rather than testing generalisation.

German-language (``tests/fixtures/pages/unseen-en5/``), from adbar/htmldate ``tests/eval/``:

- ``Tageswoche.ch-weg.html``: a 2018 Swiss weekly's WordPress story under a header with a search overlay
  (``htmldate-tageswoche.html``);
- ``correctiv.org-Cannabis-Connection.html``: a 2023 investigative newsroom's story closing with a donation box
  (``htmldate-correctiv.html``, some paragraphs cut);
- ``der-farang.com-Grab-Bote.html``: a 2023 Thailand magazine's story with ads between its paragraphs and a
  two-digit year in its byline line (``htmldate-derfarang.html``);
- ``ak-kurier.de-Betzdorf.html``: a 2023 regional news site's story (``htmldate-akkurier.html``, its ``<head>``
  reduced to the charset);
- ``Volksstimme.ch-loehne.html``: a 2023 Swiss local paper's paywalled teaser (``htmldate-volksstimme.html``, its
  ``<head>`` reduced to the charset).

A seventh page of the audit, hpd.de's opinion piece from the same folder, is trafilatura-eval's t0868 (a dev page):
the Drupal comment mechanism it showed is tested on a page built like it (:func:`test_drupal_comments_are_no_posts`).
Each test states the mechanism the page showed.
"""

from __future__ import annotations

import pytest
from tests.support.pages import extract_page

import newsmend
from newsmend.fields.dates import short_year_date
from newsmend.fields.lines import is_call_to_action, is_copyright, is_list_heading
from newsmend.fields.people import reporters_outlet
from newsmend.fields.readers import read_meta_source


def test_republication_notice_is_copyright() -> None:
    """A tech outlet closes a partner's post with ``*本文系量子位获授权刊载，观点仅为作者所有``: the notice of an
    authorised republication and the disclaimer that the views are the author's, a copyright notice, not text."""
    article = extract_page("unseen-zh6/qbitai-chinajoy-2025.html")
    assert article.title == "2025ChinaJoy AIGC大会：破晓之光映照智能内容新版图"
    assert article.author is None  # the WordPress account (量子位的朋友们) is no person
    assert str(article.date) == "2025-04-22T10:57:56"
    assert article.source == "量子位"
    assert article.body is not None
    assert article.paragraphs[1].startswith("当辛顿的神经网络算法突破算力桎梏")
    assert article.body.endswith("了解更多详情可通过下方二维码前往CDEC官网站点查看。")
    assert "获授权刊载" not in article.body and "版权所有" not in article.body and "相关阅读" not in article.body
    assert article.copyright is not None and article.copyright.startswith("*本文系量子位获授权刊载")


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("*本文系量子位获授权刊载，观点仅为作者所有", True),
        ("平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台", True),
        ("本文系观察者网独家稿件", True),
        ("该公司获授权刊载相关广告后，观点引发争议。", False),  # no 本文系 before the words
    ],
)
def test_republication_and_views_notices(line: str, notice: bool) -> None:
    assert is_copyright(line) is notice


def test_members_wall_after_an_archived_story() -> None:
    """An agency's old story shows its lead paragraph and then ``您所瀏覽的新聞已過查詢時效。建議您加入中央社付費
    會員找尋您要的新聞。``: an invitation to join as a paying member, a call to action that leaves the body."""
    article = extract_page("unseen-zh6/cna-2016.html")
    assert article.title == "平鎮輪胎行惡火 疏散7人1女命喪"
    assert article.author == ["邱俊欽"]
    assert str(article.date) == "2016-03-19T08:15"
    assert article.body == (
        "（中央社記者邱俊欽桃園19日電）桃園市平鎮區一家輪胎行今天清晨發生大火，7人從火場中疏散；"
        "由於火勢延燒猛烈，一名62歲女子逃生不及，命喪火窟。"
    )


@pytest.mark.parametrize(
    ("line", "cta"),
    [
        ("您所瀏覽的新聞已過查詢時效。建議您加入中央社付費會員找尋您要的新聞。", True),
        ("欢迎成为本站会员，享受更多权益", True),
        ("该平台付费会员已突破1亿，同比增长20%。", False),  # prose about members invites no one
    ],
)
def test_membership_invitations(line: str, cta: bool) -> None:
    assert is_call_to_action(line) is cta


def test_wechat_copy_on_an_aggregator_reads_right() -> None:
    """A guard: the aggregator's copy of a WeChat account's story, the account as the source, its republication
    credit and the platform's notice out of the body, the paper's first author in the text no author. The summary
    box under the headline (``div.summary``), which the description repeats, is the story's standfirst and opens
    the text (a short Han lead the page's summary opens: the eleventh audit's broadcaster feature)."""
    article = extract_page("unseen-zh6/36kr-openrca-2025.html")
    assert article.title == "连Claude 3.5都败下阵来，大语言模型能否定位软件服务的故障根因？"
    assert article.author is None
    assert article.source == "机器之心"
    assert str(article.date).startswith("2025-04-22")
    assert article.paragraphs[0] == "大模型在软件工程领域的研究仍然是一片蓝海。"
    assert article.body is not None and article.paragraphs[1].startswith("论文的第一作者是香港中文大学（深圳）")
    assert article.body.endswith("激发更多软件工程任务上的大模型研究的产生。")
    assert "本文来自微信公众号" not in article.body and "信息存储空间" not in article.body


def test_top_comments_marked_hot_are_no_related_stories() -> None:
    """The portal marks each of its top readers' comments ``热门跟贴`` (its spelling of 跟帖): a heading naming
    readers' posts opens no story list, so the comments (``这脑袋喝六个核桃傻了吧``) are no related stories."""
    article = extract_page("unseen-zh6/163-money-walnut-2025.html")
    assert article.title == "“六个核桃”投资16亿进军半导体"
    assert article.source == "网易财经"
    assert article.editor == "逯文云"
    assert str(article.date) == "2025-04-27T20:09:46+08:00"
    assert article.body is not None and article.body.startswith("养元饮品4月25日下午披露")
    assert article.body.endswith("或许仍需等待时间的答案。")
    titles = [item.title for item in article.related]
    assert titles == [
        "印度尼西亚股票指数上涨0.7%至6,728.334点，为2月25日以来最高",
        "净利润从预盈变亏损 星光股份收警示函｜速读公告",
    ]


@pytest.mark.parametrize(
    ("heading", "opens"),
    [("热门跟贴", False), ("热门跟帖", False), ("最新留言", False), ("热门推荐", True), ("相关阅读", True)],
)
def test_headings_naming_readers_posts_open_no_story_list(heading: str, opens: bool) -> None:
    assert is_list_heading(heading) is opens


def test_business_daily_named_reported() -> None:
    """``来源：21世纪经济报道`` names a business daily whose name ends in 报道; its text calls its reporters
    ``21世纪经济报道记者``, so the closing 报道 is the name's, not "reported by". The page is served in GBK."""
    article = extract_page("unseen-zh6/163-money-2015.html")
    assert article.title == "八部委如何玩转互联网+：打造万物互联新生态"
    assert article.source == "21世纪经济报道"
    assert article.author == ["何苗", "张梦洁"]
    assert str(article.date) == "2015-05-21T05:03:58"
    assert article.body is not None and article.body.startswith("今年以来已有8部委为互联网+发声")
    assert article.body.endswith("也考验着政府开放数据的决心。")
    assert "本文来源" not in article.body and "网友评论" not in article.body


@pytest.mark.parametrize(
    ("value", "text", "outlet"),
    [
        ("21世纪经济报道", "……21世纪经济报道记者粗略统计……", "21世纪经济报道"),
        ("网易科技报道", "……网易科技记者……", None),  # the text names no 网易科技报道记者
        ("某某日报", "……某某日报记者……", None),  # no 报道 to keep
    ],
)
def test_reporters_outlet(value: str, text: str, outlet: str | None) -> None:
    assert reporters_outlet(value, text) == outlet


def test_bbc_chinese_2012_reads_right() -> None:
    """A guard: BBC Chinese's 2012 layout, its quotes as Windows-1252 references (``&#0147;撒谎&#0148;``), two
    captions out of the text, the related links under ``相关内容``."""
    article = extract_page("unseen-zh6/goose3-bbc-zh-2012.html")
    assert article.title == "港特首梁振英就住宅违建事件道歉"
    assert str(article.date).startswith("2012-12-10")
    assert article.body is not None and article.body.startswith("香港行政长官梁振英在各方压力下")
    assert article.body.endswith("民主党此前计划在星期三（11日）对梁振英提出不信任动议。")
    assert "“撒谎”" in article.body
    assert article.captions == [
        "梁振英同时遭到泛民主派和亲北京阵营议员质问。",
        "梁振英的山顶大宅于6月份被揭发存有违章建筑。",
    ]
    assert "梁振英定下出席违建事件质询日期" in [item.title for item in article.related]


def test_dublin_core_publisher_names_the_outlet() -> None:
    """BBC Chinese's 2012 page names its outlet nowhere in its text and has no ``og:site_name``; its ``<meta
    name="DC.publisher">`` declares the publisher, which names the outlet when nothing better does."""
    article = extract_page("unseen-zh6/goose3-bbc-zh-2012.html")
    assert article.source == "British Broadcasting Corporation"
    assert article.title == "港特首梁振英就住宅违建事件道歉"


@pytest.mark.parametrize(
    ("meta", "title", "source"),
    [
        ({"dc.publisher": "Nature Publishing Group", "publisher": "Springer Nature"}, "T", "Nature Publishing Group"),
        ({"dcterms.publisher": "Example Verlag", "og:site_name": "Example Online"}, "Ein Titel", "Example Online"),
        ({"publisher": "Evening Standard"}, "Turkey added to UK quarantine list", "Evening Standard"),
        ({"dc.publisher": "Jens Weber"}, "Jens Weber", None),  # a portfolio's page about its owner: a person
        ({"dc.publisher": "https://www.facebook.com/example"}, "Ein Titel", None),
    ],
)
def test_meta_source_reads_the_declared_publisher_last(meta: dict[str, str], title: str, source: str | None) -> None:
    assert read_meta_source(meta, title) == source


def test_search_overlays_help_line_is_no_lead() -> None:
    """The page header holds a search overlay whose form explains ``Mit einem Klick auf Enter geht die Suche los…``;
    walking up from the body for a lead set apart, a line in a form the body is not in stops the walk."""
    article = extract_page("unseen-en5/htmldate-tageswoche.html")
    assert article.title == "Wir sind dann mal weg (und dieser Titel muss auch weg! Oder?)"
    assert article.author == ["Ronja Beck"]
    assert str(article.date).startswith("2018-11-16")
    assert article.body is not None
    assert article.body.startswith("Wie ist das, wenn das Ende kurz bevorsteht?")
    assert article.body.endswith("Wir sind dann mal weg.")
    assert "Suche" not in article.body


def test_donation_box_closing_the_text() -> None:
    """A newsroom closes its story with a box (``Ihre Spende für unabhängigen Journalismus`` over ``Dieser Artikel
    wird von Spenden … finanziert`` and a ``Jetzt spenden`` button) that no class word names: a box closing the text
    that appeals for money and asks with a button leaves the body."""
    article = extract_page("unseen-en5/htmldate-correctiv.html")
    assert article.title == "Die Cannabis-Connection der Bundesrepublik: Snoop Dogg und Staatsauftrag"
    assert article.author == ["Gabriela Keller"]
    assert str(article.date).startswith("2023-10-25")
    assert article.body is not None and "Es geht um 10,4 Tonnen Cannabis" in article.paragraphs[1]
    assert article.body.endswith("„Vorreiter bei der Demokratisierung des Cannabismarktes“.")
    for furniture in ("Spende", "Mehr von CORRECTIV", "Schwarzmarkt droht"):
        assert furniture not in article.body


def test_two_digit_year_in_the_byline_line() -> None:
    """The line under the headline reads ``Von: Björn Jahner | 31.10.23``: no metadata dates the page, and the
    two-digit year is read there (and only there)."""
    article = extract_page("unseen-en5/htmldate-derfarang.html")
    assert article.title == "Frei erfunden: Grab-Bote fliegt nach Singapur"
    assert article.author == ["Björn Jahner"]
    assert str(article.date) == "2023-10-31"
    assert article.body is not None and article.body.startswith("BANGKOK: Ein TikTok-Video")
    assert article.body.endswith("im Vorfeld der Parlamentswahlen 2024 Werbung für sich zu machen.")
    for furniture in ("Sprachschule", "Online-Abo", "Leserkommentare", "Lesen Sie auch"):
        assert furniture not in article.body


def test_read_also_links_one_a_line_are_related_items() -> None:
    """The magazine closes its story with ``Lesen Sie auch:`` over five story links in the same element, one a line
    (``<br>`` between them): a label over item lines in its own element heads a list whatever words it uses, so
    each link is a related item, and neither the label nor the links are text."""
    article = extract_page("unseen-en5/htmldate-derfarang.html")
    titles = [item.title for item in article.related]
    assert titles == [
        "Thai Vietjet führt „Smart Path“ ein",
        "Nachtleben bis um 4 Uhr ab Neujahrsferien",
        "BMA baut neues Krankenhaus in Sai Mai",
        "Erhöhte Sicherheit an Halloween",
        "Ministerium unterstützt längere Öffnungszeiten",
    ]
    assert article.related[0].url == "https://der-farang.com/de/pages/thai-vietjet-fuehrt-smart-path-ein"
    assert article.body is not None
    assert not any(title in article.body for title in titles)


@pytest.mark.parametrize(
    ("text", "date"),
    [("Von:  Björn Jahner | 31.10.23", "2023-10-31"), ("1.2.95", "1995-02-01"), ("Version 1.2.3", None)],
)
def test_short_year_dates(text: str, date: str | None) -> None:
    assert short_year_date(text) == date


def test_regional_story_reads_right() -> None:
    """A guard: a regional site's story, the byline in italics beside the author's photo, the standfirst first, the
    newsletter box and the lists of other stories out of the body."""
    article = extract_page("unseen-en5/htmldate-akkurier.html")
    assert article.title == "Deutsche Bank schließt nach fast 60 Jahren Filiale in Betzdorf"
    assert article.author == ["Jennifer Patt"]
    assert str(article.date) == "2023-11-06"
    assert article.body is not None and article.body.startswith("Nach beinahe sechs Jahrzehnten")
    assert article.body.endswith("an die Filiale der Deutschen Bank in Olpe wenden. (JP)")
    assert "Newsletter" not in article.body and "Facebook" not in article.body


def test_paywalled_teaser_reads_right() -> None:
    """A guard: a paywalled teaser, two lines and the wall (``Möchten Sie weiterlesen?``), with a hidden template of
    the article element (``<h1>Article</h1>``) after it."""
    article = extract_page("unseen-en5/htmldate-volksstimme.html")
    assert article.title == "«Gute Löhne alleine reichen nicht»"
    assert str(article.date) == "2023-11-07"
    assert article.paragraphs[0] == "So bleibt man als Arbeitgeber attraktiv"
    assert article.body is not None and article.body.endswith("des bei Arbeitnehmern beliebtesten ...")
    assert "weiterlesen" not in article.body and "Abo" not in article.body


DRUPAL_PAGE = """<html><head><meta property="og:type" content="article"><title>Sie wissen (nicht), was sie tun</title>
</head><body><main><article class="node node-article"><h1>Sie wissen (nicht), was sie tun</h1>
<div class="field field-name-body"><div class="field-items"><div class="field-item even">
<p>Ohrenbetäubende Stille herrschte in der Queer-Community. Der Tod des Transmannes Malte C. jährte sich Anfang
September, und die neuartige Dimension homophober Straßengewalt geht in die Normalität über.</p>
<p>Ambiguitätstoleranz ist anstrengend und mit ihr lässt sich keine emotionsgeladene Mehrheit auf die Straße
bringen. Dichotome Weltbilder entlasten die eigene Verantwortung.</p>
<p>Wann wacht die Linke aus dem Dämmerschlaf der Wirklichkeitsverleugnung auf und besinnt sich zurück auf ihr
universalistisches Erbe? Hoffentlich zügig.</p></div></div></div>
<section id="comments" class="comments comment-wrapper"><h2>Kommentare</h2>
<article class="comment"><p class="submitted">Gerhard am 18. Oktober 2023</p>
<div class="field field-name-comment-body"><div class="field-items"><div class="field-item even">
<p>Dieser Spruch von Siegmund Freud trifft auf alle extremen Denkungsarten zu und macht deutlich, wie Hass und
Hetze, fernab jeglicher Vernunft, entsteht, und zwar überall dort, wo man es am wenigsten erwartet.</p>
<p>Und wenn man sich jetzt noch zusätzlich vergegenwärtigt, welch Antisemitismus an unseren Universitäten zutage
tritt, kommt man nicht umhin festzustellen, dass hier die letzten Jahre einiges schief gelaufen ist.</p>
</div></div></div></article>
<article class="comment"><p class="submitted">malte am 18. Oktober 2023</p>
<div class="field field-name-comment-body"><div class="field-items"><div class="field-item even">
<p>Viele richtige Gedanken, aber teilweise etwas unausgegoren. Inwiefern widersprechen sich Rechtsextremismus und
eine afghanische Herkunft? Ich sehe den Islamismus als eine Sonderform des Rechtsextremismus.</p>
</div></div></div></article></section></article></main></body></html>"""


def test_drupal_comments_are_no_posts() -> None:
    """Drupal wraps the story's text and each comment's text in the same field markup (``div.field>div.field-items>
    div.field-item``): on a page that declares an article whose text stands in no element named as replies, the
    text in the ``comments`` section is no post of a thread the story would grow over (hpd.de's opinion piece,
    trafilatura-eval t0868, had kept its ten comments)."""
    article = newsmend.extract(DRUPAL_PAGE.encode())
    assert article.body is not None and article.body.startswith("Ohrenbetäubende Stille")
    assert article.body.endswith("Hoffentlich zügig.")
    assert "Freud" not in article.body and "unausgegoren" not in article.body
