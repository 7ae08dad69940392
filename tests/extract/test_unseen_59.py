"""A fifty-ninth audit on mainland Chinese news pages outside the dev set, and what newsmend reads on them.

The pages were saved whole as string literals in source files (a page kept as the input of a cleaning or parsing demo:
three in Python, one in Java; ``find_string`` gave the files, not their repositories' names), read in 16,000-character
pieces and transcribed trimmed (inline scripts and most style sheets cut, menus and the footer's link lists cut to a few
entries, their text kept as the page writes it), in ``tests/fixtures/pages/unseen-zh32/``:

- a ``clean.py`` (``# @Author : ysl``, a ``RemoveUseless`` cleaner whose ``__main__`` holds the page): a 2023 story of
  the CPPCC's news site (``rmzxb.com.cn``, a ZCMS template) reprinting a Xinhua feature for the tenth year of the two
  sessions, the headline in an ``<h1>`` after a breadcrumb ``<h1>`` (``首页>要闻``), ``<meta name="author">`` naming the
  site's editor (``朱建华``) and ``<meta name="editor">`` the three reporters (the two swapped), the remark line
  ``2023年02月27日 09:15 | 作者:董博婷 王秋韵 周晔 | 来源：新华社``, the text opening with Xinhua's dateline and the
  feature's title, then ``新华社记者董博婷、王秋韵、周晔``, closing ``（完）``, ``编辑：朱建华``, an app offer and a
  footer of friendly links and licences (``rmzxb-pomegranate-2023.html``: the channel comments, the share and WeChat
  scripts, the statistics code and the footer's style sheet cut, the friendly links to sixteen of thirty);
- a structure-analysis demo's ``sample_html`` (the file's first 20,000 characters are its analyser): a 2024 story of
  Hebei's provincial news site (``world.hebnews.cn``, a Founder CMS page: the text between ``<!--enpcontent-->``
  comments and an ``enpproperty`` record after it), two ``<meta name="author">`` (``ypp,zj``, then ``张宇晴``), ``<meta
  name="publishdate">`` with the time, the headline, ``2024-10-28 10:25:36　来源：人民日报客户端`` and font size buttons
  over the text, five paragraphs (three opening with a bold numbered head), ``责任编辑：张宇晴``, a next story link, a
  commented-out related box, a sidebar of promotions and recommended stories, a rights notice and the footer
  (``hebnews-pyramid-selling-2024.html``: the statistics, share, QR and app-bridge scripts, the sidebar's and footer's
  style sheets and most menu entries cut);
- a ``BeautifulSoup`` demo's ``text1111112``: a 2017 mobile page of The Paper (``m.thepaper.cn``, 翻书党 column), a
  weekly list of cultural lectures, the headline in ``h1.t_newsinfo``, the compiler's line ``杨卓君/整理``, ``2017-09-08
  10:30 来源：澎湃新闻``, the list in one ``div`` where each lecture is a picture, a bold ``city│title`` head and bold
  ``时间：`` / ``地点：`` / ``嘉宾：`` labels, every line closed by ``<br/>`` and an empty ``div.contheight``; a
  ``点击查看全文`` expander, ``责任编辑：顾明`` beside ``澎湃新闻，未经授权不得转载。``, a praise counter, a
  ``热门推荐`` list whose links are all ``javascript:void(0)``, and the footer's ``Copyright © 2014~2017 The Paper``
  the page the forty-eighth audit had bundled already, from another source (``unseen-zh27/thepaper-lectures-2017.html``,
  all twenty-five lectures kept): its guard here reads that copy;
- a Java test's ``StringUtils.clearHTML`` input (``TestStringUtils.clear``, 2016): a 2016 story of Sohu's news channel
  (``news.sohu.com``, ``charset=gb2312``) reprinting a Xinhua dispatch, the headline in ``h1[itemprop=headline]``, a
  comment tab, ``2016-11-21 15:39:27`` (``datePublished`` with its offset) and ``来源：新华网``, share, font size and
  print buttons, an ``original-tit`` box (``原标题：…``), five paragraphs opening ``新华社北京11月21日电（黎云、吴旭）``
  (the two writers without ``记者``), hidden microdata (an empty ``author``), ``(责任编辑：窦远行 UN833)``, a
  ``本文相关推荐`` box of search terms, a comment widget, lottery ads, a ``相关新闻`` box of six stories beside a
  ``相关推荐`` box of search terms (``www.sogou.com/web?query=…``), a right rail's search form and hot words, and the
  footer (``sohu-military-training-2016.html``, stored in GBK as its charset says: the ad scripts, the share and comment
  scripts, the style sheets and the right rail after its search box cut, the search-term boxes to four and three of
  twelve and six, the footer kept from its last links).

None is in the dev set (by their sentences and their sites).

newsmend reads the three right. On the CPPCC site's story: the headline (not the breadcrumb, as trafilatura titles it
``首页 > 要闻`` and opens its text with it), the three reporters from the remark line (not the editor the author meta
names; trafilatura credits no one), the remark line's time, Xinhua as the source, ``朱建华`` as the editor, the text
from the dateline to ``（完）`` without the reporters' line, the footer's notice as the copyright. Readability keeps the
whole text in one paragraph with the reporters' line. On Hebei's story: the headline without the site's name
(readability keeps ``_河北新闻网``), the time, the People's Daily app as the source, the editor, the five paragraphs and
nothing else (trafilatura opens with ``扫码阅读手机版`` and closes with the footer's app list), the recommended stories
as related. Left as found: the author is the editor the second author meta names (``张宇晴``, the ``责任编辑`` line's
name; trafilatura credits ``Ypp; Zj; 张宇晴``). The page names no writer, and the dev labels credit such a name: gmw's
page (readability-testpages, ``<meta name="author">`` and ``责任编辑：肖春芳``) and t0179 (trafilatura-eval, ``孔德明``
likewise) are labelled with the editor as author, so dropping a meta author the editor's line repeats would lose both.
On The Paper's list: the headline without the column and site (trafilatura and readability keep ``_翻书党_澎湃新闻-The
Paper``), the compiler as author, the time, the source, the editor, each lecture's head, labelled lines and description
as paragraphs of their own (readability runs them into one), the expander and the hot list out (its links lead nowhere,
so no related stories).

On Sohu's story the related list ran on from the six stories into the search terms beside them (``部队院校军事技能
比武`` → ``www.sogou.com/web?query=…``): a link whose query gives search terms (``query``, ``q``, ``wd``, ``word``,
``keyword``, ``search``) and whose path names no story (no number, no slug: ``/web``, ``/s``) runs a search, and its
results page is no related story (``fields/related.py``, :func:`_search_address` in ``_is_story_href``). 8 of 798 dev
pages change, each losing only search links: eastday's ``search/index.html?KeyWord=`` boxes (two pages, 8 each),
so.com's and its ``searchthrow`` redirect's ads (two pages, 13 and 16), baidu's ``/s?word=`` terms (a magic-html page
and baijiahao-4), a weibo forum's ``s.weibo.com/weibo?q=`` hot topics and hexun-1's so.com terms; a Q&A page's address
carrying its referrer's ``word=`` (``/question/2210782210022678068.html?…``) stays a story. Reading ``kw`` as a search's
key too dropped two of CNN's sponsored offers (``?kw=cnnmoneybp_…``: a tracking code): left out.

Sohu's story credited no one: its dateline names the two writers in brackets without ``记者``, as Xinhua's dispatches at
times credit their writers, and the microdata's author is empty (trafilatura credits no one either). The names alone in
the brackets after an agency's ``…日电``, two or more set apart by ``、`` or spaces, each a name and none a place, are
the reporters (``fields/people.py``, :data:`_DATELINE_NAMES_RE` in ``dateline_reporters``); one word there is a genre's
(``（综述）``, ``（国际观察）``), no writer's. 1 of 798 dev pages changes, right: gmw's reprint of a 2024 Xinhua story
(magic-html-bench, ``新华社北京5月19日电（刘艺、杨吉）``) credited the editor its author meta names (``张倩``, its
``责任编辑``) and now the two reporters. The rest newsmend read right: the headline without the portal's name
(readability keeps ``-搜狐新闻``), the time with its offset, the source (新华网), the editor without his staff code, the
five paragraphs (the ``原标题`` box, the buttons and the boxes out, as trafilatura and readability read them), the
footer's notice as the copyright.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.fields.people import dateline_reporters
from newsmend.fields.related import _is_story_href

RMZXB = "unseen-zh32/rmzxb-pomegranate-2023.html"
HEBNEWS = "unseen-zh32/hebnews-pyramid-selling-2024.html"
THEPAPER = "unseen-zh27/thepaper-lectures-2017.html"
SOHU = "unseen-zh32/sohu-military-training-2016.html"

GUARDS = [
    # Read right: the headline, the reporters, the remark line's time, the dateline to the closing mark; the
    # breadcrumb, the reporters' line, the editor's line, the app offer and the footer out.
    Guard(
        RMZXB,
        "十年两会·温暖记忆丨“种下石榴树，开出团结花”",
        ["董博婷", "王秋韵", "周晔"],
        "2023-02-27T09:15",
        "新华社乌鲁木齐2月26日电",
        "全国的朋友都能尝到我们的石榴有多甜！”（完）",
        ("首页", "新华社记者", "编辑：", "客户端下载", "友情链接", "京ICP备"),
    ),
    # The headline, the editor the author meta names (see the module's note), the time, the five paragraphs; the
    # QR line, the source line, the font buttons, the editor's line, the next link, the sidebar and the footer out.
    Guard(
        HEBNEWS,
        "最高检：1-9月检察机关共起诉组织、领导传销活动罪4627人",
        ["张宇晴"],
        "2024-10-28T10:25:36",
        "2024年1月至9月，全国检察机关起诉组织、领导传销活动罪4627人。",
        "避免误入网络传销“陷阱”。",
        ("扫码阅读", "来源：", "A+", "责任编辑", "下一篇", "热点推荐", "河北日报", "版权均为", "冀ICP备"),
    ),
    # Read right: the headline without column and site, the compiler, the time, the first lecture's head to the
    # last lecture's description; the byline, the expander, the editor's line, the hot list and the footer out.
    Guard(
        THEPAPER,
        "一周文化讲座｜书店与城市风格：书店对于城市有指标意义吗？",
        ["杨卓君"],
        "2017-09-08T10:30",
        "北京│从《劳燕》到《二十二》——战争与女性",
        "从崭新的角度为读者解读长沙的历史和文化。",
        ("整理", "来源：", "点击查看全文", "责任编辑", "热门推荐", "火车上偶遇", "下载", "Copyright"),
    ),
    # The dateline's two writers (see their test), the time, the dateline to the last paragraph; the original
    # title, the buttons, the editor's line, the search terms, the related boxes, the rail and the footer out.
    Guard(
        SOHU,
        "中央军委印发《加强实战化军事训练暂行规定》",
        ["黎云", "吴旭"],
        "2016-11-21T15:39:27",
        "新华社北京11月21日电（黎云、吴旭）经习近平主席批准",
        "不断提高军事训练实战化水平。",
        ("原标题", "我来说两句", "扫描到手机", "手机看新闻", "责任编辑", "本文相关推荐", "相关新闻", "体彩", "热词"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda g: g.page.split("/")[-1])
def test_unseen_59_page_reads_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_reprint_credits_the_remark_lines_reporters_and_the_sites_editor() -> None:
    # The remark line's three reporters are the authors and the author meta's name the editor, as the page's
    # 编辑 line says; Xinhua is the source and the reporters' line is no paragraph.
    article = extract_page(RMZXB)
    assert article.editor == "朱建华"
    assert article.source == "新华社"
    assert len(article.paragraphs) == 20
    assert article.paragraphs[0] == "新华社乌鲁木齐2月26日电题：“种下石榴树，开出团结花”"


def test_founder_page_reads_source_editor_and_sidebar_stories() -> None:
    # The source line's outlet (not the site), the editor's line, the sidebar's six recommended stories as related.
    article = extract_page(HEBNEWS)
    assert article.source == "人民日报客户端"
    assert article.editor == "张宇晴"
    assert len(article.paragraphs) == 5
    assert [item.title for item in article.related][:2] == [
        "数博会现场直击｜享受数字里的美好“食”光",
        "我的手机存照｜我用创业修补人生“缺憾”",
    ]
    assert len(article.related) == 6


def test_lecture_list_keeps_each_labelled_line_a_paragraph() -> None:
    # Each of the twenty-five lectures gives five paragraphs: its head, time, place, speakers and description, split
    # at the <br/> and empty div that close every line; the links that lead nowhere give no related stories.
    article = extract_page(THEPAPER)
    assert len(article.paragraphs) == 5 * 25
    assert article.paragraphs[1:4] == [
        "时间：9月8日（周五）19:00-21:00",
        "地点：朝阳区望京中环南路1号社科院研究生院D座2层单向空间",
        "嘉宾：郭柯（导演）、张翎（作家）",
    ]
    assert article.editor == "顾明"
    assert article.source == "澎湃新闻"
    assert article.related == []


def test_search_links_are_no_related_stories() -> None:
    # The six related stories stay; the search terms beside them and under the text (sogou's /web?query=) go.
    article = extract_page(SOHU)
    assert [item.url for item in article.related][-1] == "http://news.sohu.com/20160727/n461298986.shtml"
    assert len(article.related) == 6
    assert not any("sogou.com" in item.url for item in article.related)


@pytest.mark.parametrize(
    ("href", "story"),
    [
        ("http://www.sogou.com/web?query=%E4%B8%AD%E5%A4%AE&ie=utf8&p=31210100", False),
        ("https://www.baidu.com/s?wd=%E6%96%B0%E9%97%BB", False),
        ("https://example.com/search/index.html?KeyWord=%E6%96%B0", False),
        ("https://zhidao.baidu.com/question/2210782210022678068.html?qbl=relate_question_0&word=%E5%9C%B0", True),
        ("https://example.com/news/2016-11-21/why-the-city-changed-its-plans?q=x", True),
        ("https://example.com/article?id=473732465", True),
    ],
)
def test_search_address_is_no_story(href: str, story: bool) -> None:
    # Search terms in the query make a search only where the path names no story (no number, no slug).
    assert _is_story_href(href) is story


def test_reprint_reads_the_datelines_writers_source_and_editor() -> None:
    # The dateline's unlabelled writers are the authors, Xinhua's site the source, the editor without his code.
    article = extract_page(SOHU)
    assert article.author == ["黎云", "吴旭"]
    assert article.source == "新华网"
    assert article.editor == "窦远行"
    assert article.copyright is not None and article.copyright.startswith("Copyright © 2016 Sohu.com Inc.")


@pytest.mark.parametrize(
    ("paragraph", "reporters"),
    [
        ("新华社北京11月21日电（黎云、吴旭）经习近平主席批准，中央军委近日印发规定。", ["黎云", "吴旭"]),
        ("新华社北京5月19日电（刘艺 杨吉）中国科学院专家19日在北京介绍项目进展。", ["刘艺", "杨吉"]),
        ("新华社北京5月19日电（记者张三）中国科学院专家19日在北京介绍项目进展。", ["张三"]),
        ("新华社北京5月19日电（综述）中国科学院专家19日在北京介绍项目进展。", []),
        ("新华社北京5月19日电（国际观察）某国政府19日宣布新的政策。", []),
        ("新华社北京5月19日电（北京、上海）两地19日同时启动新的政策。", []),
        ("新华社北京5月19日电（上、下）某国政府19日宣布新的政策。", []),
    ],
)
def test_unlabelled_names_after_an_agency_dateline(paragraph: str, reporters: list[str]) -> None:
    # Two names or more alone in the brackets after 电 are the writers; a genre word, places or parts are none.
    assert dateline_reporters(paragraph) == reporters
