"""A sixty-fifth audit on mainland Chinese news pages outside the dev set, and what newsmend reads on them.

The pages are five pages saved whole, as rendered in a browser (``avalonctrl`` attributes, injected share,
comment and dictionary style sheets, filled ad slots), as the string literals a Python 2 news parser's samples return
(``def getHtml(): return u'''<html>…'''``; code index files 19127320002, 508,000 characters, and 19272077071,
902,000 characters, of the same samples: ``find_string`` names no repository), read in 16,000-character pieces and
transcribed trimmed (their text kept as the pages write it), in ``tests/fixtures/pages/unseen-zh35/``:

- ``getHtml()``: a 2016 item of a provincial government portal's department news (``www.fujian.gov.cn``, a TRS CMS
  template, ``部门动态``), ``2016年我省重点流域生态补偿资金规模进一步增加``: the headline in an ``h3``, the header line
  ``[省发改委]  2016-04-01  字号：T | T`` (the issuing commission in brackets, no label, the date, the font-size
  buttons), one paragraph in ``div.TRS_Editor``, a ``相关链接：`` box holding one site-search link, share, error-report,
  mail-a-friend and print buttons, and a footer of seven link menus, the portal's links and ``主办：福建省人民政府办公厅
  承办：福建省经济信息中心`` over ``闽ICP备15003084号 版权所有：© Fujian Provincial People's Government.``
  (``fujian-gov-watershed-compensation-2016.html``: the injected style sheets cut to their first rules, the share
  and mail scripts to a line, the footer's seven ``<select>`` menus of about three hundred sites to three options
  each);
- ``getHtml1()``: a 2016 finance portal's copy of a news agency's dispatch (``finance.sina.com.cn``, rolling news),
  ``辽宁鞍山：生态树葬带起文明祭祀之风``, its text past 290,000 characters of injected style sheets (two copies of a
  share service's icon rules) and two copies of the portal's tracking script: ``article:published_time`` with its
  offset, ``mediaid`` and ``article:author`` naming the agency's site, the top bar's menus and sign-in box, the
  breadcrumb, the headline in ``h1#artibodyTitle``, ``2016年04月04日11:20`` and the agency's site linked as the
  source, comment, share, favourite, print and font-size buttons, five paragraphs in ``div#artibody`` (the first the
  dispatch's dateline, ``新华社沈阳4月4日专电（记者王炳坤）``, a 300×250 ad after it) closed by the stock forum's
  promotion (``进入【新浪财经股吧】讨论``), a WeChat QR picture, feedback links, the portal's wealth-management
  promotions, ad slots and a recommendation frame (``sina-finance-tree-burial-2016.html``: the style sheets cut to a
  rule each, the tracking scripts to a line, the menus to a few links, the ads' click addresses shortened; the comment
  box, related lists and footer after the financial planners' box were not transcribed);
- ``getHtml5()`` of the second file: a 2016 national daily's site's copy of its paper's story (``news.gmw.cn``, a
  Founder CMS template, the first of two pages), ``生态补偿探索候鸟保护新机制 让候鸟平安返乡``, its text past 170,000
  characters of injected comment and share style sheets: ``<meta name="publishdate">`` and ``<meta name="author">``
  naming the page's editor, the top bar, the channel menu, the breadcrumb, the headline in ``h1#articleTitle``,
  ``2016-04-14 05:49``, ``来源：光明网-《光明日报》`` and an empty ``span#author``, ten paragraphs in
  ``div#contentMain`` (the series' tag ``【多彩神州·春天的故事】`` first, a section heading, and under the picture the
  agency photo's line ``…新华社发（孙国树摄）``), ``[责任编辑:徐皓]``, the pager (``共2页``), the share bar, a mood
  poll, the comment box, the week's most-viewed pictures, the right column's editors' picks, picture tabs and
  rankings, and the footer ``光明网版权所有`` (``gmw-migratory-birds-2016.html``: the style sheets cut to a rule or
  two, the filled recommendation widget to its empty holder, the ad slots' and tracking scripts to a line or out,
  the comment box's emoticon and upload panels out, the channel menu and the right column's lists to fewer items);
- ``getHtml4()`` of the second file: a 2016 story of a regional travel portal (``云贵旅游地理网``, www.csunews.com and
  www.cntgol.com, a DedeCMS template declaring ``gb2312``), ``千人采茶 齐游名山万亩生态茶园``: ``<title>`` with the
  site's name and its slogan after an underscore (``_云贵旅游地理网-中南偏西 精彩云贵``), the description's content
  broken into attributes at its spaces (as the saved page has it), the bookmark bar, the logo in an ``h1``, ad
  banners, the channel menus and two provinces' city menus, the breadcrumb, the story's ``h1``, the info line
  ``时间:2016-04-03 15:41:36 | 来源:网络整理 | 编辑: | 作者:云贵旅游地理据网络整理 |``, in ``div.arccontent`` a
  table holding the content system's excerpt (``[导读]：春意盎然，…散发出淡``, cut mid-word), a picture and twenty
  paragraphs (two section headings among them), the share bar, ``相关文章`` (four links), the ``热点关注`` box,
  three channel boxes, the right column's lists and the footer's notice (``cntgol-tea-picking-2016.html``, encoded
  in GBK as the page declares: the head's scripts and the injected dictionary style sheet cut to a line, the city
  menus and the boxes' lists to fewer items, the video box not transcribed; the footer's one mis-decoded word,
  ``邮�䣺``, written as the page meant it, ``邮箱：``);
- ``getHtml3()`` of the second file: a 2016 story of a national daily's provincial channel
  (``cq.people.com.cn/n2/2016/0401/c365411-28065405.html``, declaring ``GB2312``),
  ``城口：2015年近8成贫困户获公益林生态效益补偿``: ``<title>`` with the channel's and the site's names,
  ``<meta name="author">`` and ``<meta name="editor">`` both ``L_104268``, ``<meta name="source" content="来源：人民网
  原创稿">``, the site's top bar with its sign-in form and channel menu, the channel's logo and menus, a search bar,
  the breadcrumb, the headline in ``div.m_title``, ``2016年04月01日15:51　 来源：人民网　 (责编：王嫚、张祎)``, a
  summary box (``div.m_zy>table.summary``) repeating the first paragraph without its dateline, four paragraphs in
  ``div.m_text`` (the first opening ``人民网重庆4月1日电``, the last closing with the writers in brackets,
  ``（王嫚 李小玲 黄座登 王文）``), the share bar, the comment form and its sign-in pop-ups, tabs of channel news, the
  right column (messages to local leaders, news and picture lists) and the footer
  (``people-chongqing-forest-compensation-2016.html``, encoded in GBK as the page declares: the injected style
  sheets cut to a rule, the scripts to a line or out, the menus, the sign-in options, the tabs and lists to fewer
  items; the footer's ``©`` written as ``&copy;``, which GBK cannot encode).

None is in the dev set (by their sentences; one dev page links to the government portal's front page, others are
2020s stories of the daily's site).

newsmend read the headline without the portal's names (trafilatura and readability keep
``_部门动态_中国福建--福建省人民政府门户网站``), the date, the one paragraph and nothing else (trafilatura's text holds
the header line and the ``相关链接`` box, readability's the breadcrumb and the header line) and the notice, but no
source: the header line names the issuing commission in brackets, unlabelled. Fixed (``fields/lines.py``,
:data:`~newsmend.fields.lines._BRACKETED_ISSUER_RE` in ``_read_labelled_values``): a line opening with a bracketed
name that ends as an issuing body's does (委, 局, 厅, 办, 部, 署, 院, 会, 社, 报, 网, 台, 中心, 政府, …), a date right
after it, names the text's source when no label names one; a tag opening a line (``【编前语】2020年…``, a dev page's
editor's note) or a commenter's place before a reply's time (``[网易上海网友]``, the dev set's 163 comment strips) is
none. 0 of the 798 dev pages change.

On the finance portal's copy newsmend read everything right: the headline without the portal's names (readability
keeps ``_新浪财经_新浪网``), the reporter from the dispatch's dateline (trafilatura credits no one), the published time
with its offset, the agency's site as the source, the five paragraphs from the dateline to the last, the forum's
promotion out (trafilatura's text closes with it).

On the daily's story newsmend read the headline without the paper's and the site's names and the pager's ``(1)``
(readability keeps ``(1)_光明日报 _光明网``), the date with its time (trafilatura's has the day alone), the ten
paragraphs, the editor from its line (readability's text closes with ``[责任编辑:徐皓]``), the source and the
notice, and as the author the metadata's name, the page's editor: the page credits no one else, and the dev set's
annotators read a page of the same site so (the project keeps it: ``_without_editors`` in ``fields/readers.py``).
The photo's line stayed in the text, as captions do, but was not listed as a caption: its credit names the
photographer alone in brackets, and only a reporter's (``（记者X摄）``) marked one. Fixed (``fields/lines.py``,
:data:`~newsmend.fields.lines._CAPTION_MARK_RE`): any name in brackets closed by ``摄`` closes a caption, a year of
filming (``（2019年拍摄）``) still none. 1 of the 798 dev pages changes: a provincial agency site's photo story
lists its closing ``新华社发（刘满仓摄）`` as a caption, its text unchanged.

On the travel portal's story newsmend read the site's name as the headline (``云贵旅游地理网-中南偏西``) and the
excerpt as the first paragraph (trafilatura and readability keep the excerpt and the title's site names too). The
title's part after the underscore, the site's name with its slogan, named no site newsmend knew, was the longer part
and so stood as the headline, and it confirmed the logo's ``h1`` as a whole over the story's. Fixed
(``fields/title.py``, ``_site_with_words`` in ``strip_site``): a part after the first that opens with a site's name
or shape, an unspaced dash after it, names the site; 0 of the 798 dev pages change. The excerpt: fixed
(``fields/trim.py``, ``_without_repeated_excerpt`` in ``trim_body``): a first body line whose words (punctuation,
quotes and spaces aside, a label like ``[导读]：`` dropped) the following lines repeat from their start, going on
past its end inside a line, is the content system's excerpt; whole lines printed twice stay. 1 of the 798 dev pages
changes: the gne-zh csdn page drops its ``摘要：`` line, which repeats its first paragraph's opening sentences. The
rest it read right: the date and time, ``网络整理`` as the source as the line states it, no author (the line credits
the site's compilation) nor editor (the label stands empty), the footer's notice, and ``相关文章`` first among the
related stories.

On the national daily's provincial story newsmend read the summary box alone as the text, and ``L`` as the author.
The box's cell opens with the page's description, so it is the lead block, whose bonus let its row outscore the
story's ``div.m_text``; the check that a lead in a summary box changes nothing looked only from that row down, below
``table.summary``. Fixed (``content/best.py``, ``_lead_container``): the lead's side is read from its top below the
common ancestor. The box then stood over the text as its first line, the lead without its dateline: fixed
(``fields/trim.py``, ``_without_repeated_excerpt``), an excerpt the next line repeats right after a dateline is one
too, unless that line is labelled as the first (a thread's ``1楼：``, ``2楼：``). The author: the metadata's account
number named ``L`` (fixed in ``fields/readers.py``, ``_no_writer``: an account number, :data:`_ACCOUNT_NUMBER_RE`,
names no one), and the writers' names in brackets closing the text went unread, as only one name was (fixed in
``fields/people.py``, ``closing_name``: several names, spaced or listed, each a person's). 0 of the 798 dev pages
change with any of the four. trafilatura decodes the page's bytes wrongly (given the text, it sets the headline
over the four paragraphs run into one line, the date without its time, no author); readability reads the text right
but keeps ``--重庆视窗--人民网`` in the title and names no author.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend
from newsmend.fields.lines import ISSUER_LABEL, is_caption, labelled_values
from newsmend.fields.people import closing_name
from newsmend.fields.title import strip_site

GUARDS = [
    # The headline without the portal's names, no author (the page credits none), the date from the header line,
    # the one paragraph; the header line, the related-links box, the buttons and the footer's menus out.
    Guard(
        "unseen-zh35/fujian-gov-watershed-compensation-2016.html",
        "2016年我省重点流域生态补偿资金规模进一步增加",
        None,
        "2016-04-01",
        "2015年，我省出台实施《福建省重点流域生态补偿办法》",
        "将进一步调动各市、县保护水生态环境的积极性。",
        ("省发改委", "字号", "相关链接", "页面纠错", "推荐给您的朋友", "当前位置", "福建日报", "主办："),
    ),
    # The reporter from the dispatch's dateline, the published time with its offset, the dateline first and the
    # last paragraph last; the top bar, the buttons, the ad, the forum's promotion and the promotions under the
    # text out.
    Guard(
        "unseen-zh35/sina-finance-tree-burial-2016.html",
        "辽宁鞍山：生态树葬带起文明祭祀之风",
        ["王炳坤"],
        "2016-04-04T11:20:30+08:00",
        "新华社沈阳4月4日专电（记者王炳坤）不修墓穴、不立碑",
        "精心呵护这片绿色和宁静。",
        ("新浪财经股吧", "我要反馈", "新浪理财师", "增大字体", "下次自动登录", "滚动新闻", "添加喜爱"),
    ),
    # The metadata's author (the page's editor: it credits no one else), the date and time from the info bar, the
    # series' tag first and the last paragraph of the first page last; the editor's line, the pager, the mood poll,
    # the comment box and the side columns out.
    Guard(
        "unseen-zh35/gmw-migratory-birds-2016.html",
        "生态补偿探索候鸟保护新机制 让候鸟平安返乡",
        ["徐皓"],
        "2016-04-14T05:49",
        "【多彩神州·春天的故事】",
        "“2014年11月28日更是曾经记录到1269只”。",
        ("责任编辑", "下一页", "共2页", "我有话说", "您此时的心情", "抢沙发", "一周图片排行榜", "值班总编推荐"),
    ),
    # The story's headline, not the site's name and slogan; no author (the info line credits the site's
    # compilation), the date and time from the info line, the first paragraph first (the excerpt over it out) and
    # the last last; the bookmark bar, the menus, the share bar and the boxes after the text out.
    Guard(
        "unseen-zh35/cntgol-tea-picking-2016.html",
        "千人采茶 齐游名山万亩生态茶园",
        None,
        "2016-04-03T15:41:36",
        "春意盎然，仙茶飘香，4月2日清明小长假第一天",
        "2015年，牛碾坪万亩观光茶园被评为“全国生态茶园示范基地”。",
        ("导读", "加入收藏", "网站地图", "分享到", "相关文章", "热点关注", "原创投稿", "申请链接"),
    ),
    # The writers in brackets closing the text, the date and time from the info line, the dateline's paragraph
    # first (the summary box over it out) and the credited last; the top bar, the menus, the comment form, the
    # tabs, the right column and the footer out.
    Guard(
        "unseen-zh35/people-chongqing-forest-compensation-2016.html",
        "城口：2015年近8成贫困户获公益林生态效益补偿",
        ["王嫚", "李小玲", "黄座登", "王文"],
        "2016-04-01T15:51",
        "人民网重庆4月1日电 近日，笔者获悉",
        "实现脱贫不返贫。（王嫚 李小玲 黄座登 王文）",
        ("责编", "微博看重庆", "我要留言", "善意回帖", "给地方领导留言", "重庆新闻", "京ICP证", "记住登录状态"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_portal_item_fields() -> None:
    """The portal's item: one paragraph (a body this short is still the text), the issuing commission as the
    source, the footer's notice as the copyright, no related stories (the one link searches the site)."""
    article = extract_page("unseen-zh35/fujian-gov-watershed-compensation-2016.html")
    assert len(article.paragraphs) == 1
    assert article.source == "省发改委"
    assert article.copyright == "版权所有：© Fujian Provincial People's Government."
    assert article.related == []


def test_agency_copy_fields() -> None:
    """The finance portal's copy: the agency's site the page links as the source, five paragraphs."""
    article = extract_page("unseen-zh35/sina-finance-tree-burial-2016.html")
    assert article.source == "新华网"
    assert len(article.paragraphs) == 5


def test_bracketed_issuer_before_the_date_is_the_source() -> None:
    """A bracketed body's name opening a header line, a date right after it, is the source the line names
    unlabelled (``[省发改委]  2016-04-01``); a labelled source in the line wins, and a bracketed tag or a
    commenter's place is no body."""
    assert [(v.field, v.label, v.value) for v in labelled_values("[省发改委]  2016-04-01  字号：T | T")] == [
        ("source", ISSUER_LABEL, "省发改委")
    ]
    assert [v.value for v in labelled_values("【新华社】2020-01-01 10:00")] == ["新华社"]
    assert [v.value for v in labelled_values("[市政府新聞辦]  2016年4月1日")] == ["市政府新聞辦"]
    labelled = labelled_values("[省发改委] 来源：福建日报 2016-04-01")
    assert [v.label for v in labelled if v.field == "source"] == ["来源"]
    assert labelled_values("【编前语】2020年1月，") == []
    assert labelled_values("[网易上海网友] 2019-05-01 10:00") == []
    assert labelled_values("【原创】2020-01-01") == []
    assert labelled_values("[省发改委] 生态补偿资金") == []


def test_daily_story_fields() -> None:
    """The daily's story: ten paragraphs, the agency photo's line kept among them and listed as the one caption,
    the editor, the source and the notice as the page writes them."""
    article = extract_page("unseen-zh35/gmw-migratory-birds-2016.html")
    caption = "4月9日，众多候鸟在内蒙古克什克腾旗达里诺尔湖流域的湖畔栖息、飞翔。新华社发（孙国树摄）"
    assert len(article.paragraphs) == 10
    assert article.captions == [caption]
    assert caption in article.paragraphs
    assert article.editor == "徐皓"
    assert article.source == "光明网-《光明日报》"
    assert article.copyright == "光明网版权所有"


def test_photographer_in_brackets_closes_a_caption() -> None:
    """A name in brackets closed by ``摄`` ends a photo's line (``新华社发（X摄）``), in either script; a year of
    filming in brackets and a bracket inside a sentence are none."""
    assert is_caption("4月9日，众多候鸟在湖畔栖息、飞翔。新华社发（孙国树摄）")
    assert is_caption("新华社发（刘满仓摄）")
    assert is_caption("候鳥在湖畔棲息。（孫國樹攝）")
    assert not is_caption("這部電影（2019年拍攝）")
    assert not is_caption("他说（摄影师在场）照片很清楚。")


def test_travel_portal_story_fields() -> None:
    """The travel portal's story: twenty paragraphs, the info line's source, the footer's notice, the four related
    stories first among the lists after the text."""
    article = extract_page("unseen-zh35/cntgol-tea-picking-2016.html")
    assert len(article.paragraphs) == 20
    assert article.source == "网络整理"
    assert article.editor is None
    assert article.copyright == "云贵旅游地理网-中南偏西 精彩云贵版权所有 网站内容来源为原创以及互联网 转载请声明出处"
    assert [r.title for r in article.related[:2]] == [
        "第六届成都采茶节在蒲江开幕",
        "进一步提升茶产业和乡村旅游融合发展 实现农业增效农民",
    ]


def test_site_name_with_slogan_is_no_headline() -> None:
    """A title part after the headline that opens with a site-shaped name, an unspaced dash and a slogan after
    it, is the site's; a headline holding such a dash keeps it."""
    assert (
        strip_site("千人采茶 齐游名山万亩生态茶园_云贵旅游地理网-中南偏西 精彩云贵", [])
        == "千人采茶 齐游名山万亩生态茶园"
    )
    assert strip_site("中美-会谈取得进展_新华网", []) == "中美-会谈取得进展"


_LINES = (
    "春意盎然，仙茶飘香，4月2日清明小长假第一天，蒙顶山茶文化旅游节的采茶活动在名山区中峰乡牛碾坪万亩生态观光茶园隆重举行。",
    "本次活动由雅安市委农工委、雅安市名山区人民政府主办，四川蒙顶山茶业有限公司、四川省贸易学校协办，1000余人参与。",
    "清晨，牛碾坪万亩生态观光茶园笼罩在氤氲雾气中，满眼的油绿，被春雨滋润后的春茶，萌发出嫩绿的茶芽，散发出淡淡的茶香。",
)


def _story(lead: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in _LINES)
    return f"<html><body><h1>千人采茶</h1><div class='arccontent'>{lead}{paragraphs}</div></body></html>"


def test_excerpt_the_text_repeats_is_no_text() -> None:
    """An excerpt over the text that its lines repeat, without its punctuation and cut mid-sentence, is no text;
    a paragraph printed twice stays twice."""
    excerpt = "[导读]：" + _LINES[0].replace("，", " ") + _LINES[1][:30]
    article = newsmend.extract(_story(f"<table><tr><td>{excerpt}</td></tr></table>"))
    assert article.paragraphs == list(_LINES)
    article = newsmend.extract(_story(f"<p>{_LINES[0]}</p>"))
    assert article.paragraphs == [_LINES[0], *_LINES]


def test_provincial_story_fields() -> None:
    """The provincial story: four paragraphs (the summary box, whose row outscores each of them by the lead's bonus,
    neither won nor stayed over them), the info line's source and editors."""
    article = extract_page("unseen-zh35/people-chongqing-forest-compensation-2016.html")
    assert len(article.paragraphs) == 4
    assert article.source == "人民网"
    assert article.editor == "王嫚、张祎"


def test_summary_repeated_after_a_dateline_is_no_text() -> None:
    """A summary over the text that its first paragraph repeats after a dateline is no text; an account number as
    the metadata author names no one."""
    text = [f"人民网雅安4月2日电 {_LINES[0]}", *_LINES[1:]]
    paragraphs = "".join(f"<p>{line}</p>" for line in [_LINES[0], *text])
    html = (
        "<html><head><meta name='author' content='L_104268'></head><body><h1>千人采茶</h1>"
        f"<div class='arccontent'>{paragraphs}</div></body></html>"
    )
    article = newsmend.extract(html)
    assert article.paragraphs == text
    assert article.author is None


def test_several_names_in_brackets_close_the_text() -> None:
    """Names in brackets after the last sentence, spaced or listed, are its writers; a place or an office among
    them makes none of them one."""
    assert closing_name("……实现脱贫不返贫。（王嫚 李小玲 黄座登 王文）") == ["王嫚", "李小玲", "黄座登", "王文"]
    assert closing_name("……正式开幕。（张三、李四）") == ["张三", "李四"]
    assert closing_name("……正式开幕。（北京 上海）") == []
    assert closing_name("……正式开幕。（张三 县发改局）") == []
