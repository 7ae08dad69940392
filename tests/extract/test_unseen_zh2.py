"""A second audit on Chinese pages outside the dev set, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh2/``) are saved pages from other extractors' demo folders, trimmed of
scripts, styles, ad slots and, on the blog, of some of the article's paragraphs and sidebar items:
amumu-dev/cx-extractor ``demo/Perl/html/``: a 2009 WordPress blog post (``blog-alipay.html``), a 2009 politics
story of a national daily's site (``people-2009.html``, GB2312), an IT site's republished story
(``kuqin-2009.html``, GB2312) and three 2009 portals' entertainment stories (``sina-ent-2009.html``,
``qq-ent-2009.html``, ``sohu-ent-2009.html``: GB2312, the last with its ``<head>`` reduced to its title). The
Taiwanese agency story comes from the first audit's fixtures; virus-warnning/twnews ``twnews/samples/judicial.html``
is a Taiwanese court's auction notice (Big5, in ``<pre>``, its table and notice items shortened);
Gerapy/GerapyAutoExtractor ``samples/detail/china_news1.html`` a 2020 commentary on a news agency's site
(``chinanews-2020.html``, some paragraphs and the related list shortened); postlight/parser
``fixtures/www.qdaily.com.html`` a 2017 magazine story written in character references (``qdaily-2017.html``, its
second half and footer cut).
Each test states the mechanism the page showed.
"""

from __future__ import annotations

import pytest
from tests.support.pages import extract_page

from newsmend.fields.dates import parse_date
from newsmend.fields.lines import email_byline, is_comment_heading
from newsmend.fields.people import is_outlet_name, split_names, tidy_source


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("十一月 6th, 2009", "2009-11-06"),
        ("十二月 19, 2008", "2008-12-19"),
        ("一月 3rd, 2020 at 12:02", "2020-01-03T12:02"),
        ("2009年十一月", None),  # a month's archive link: no day, no date
    ],
)
def test_wordpress_chinese_locale_dates(text: str, iso: str | None) -> None:
    """WordPress's Chinese locales write the month's name and keep PHP's English day suffix and order."""
    assert parse_date(text) == iso


def test_blog_date_beside_a_category_link() -> None:
    """``<a href=".../category/misc">其它内容</a> 十一月 6th, 2009`` under the post's title: the date is read and
    the category's name, standing where news pages print the outlet, is no source."""
    article = extract_page("unseen-zh2/blog-alipay.html")
    assert article.title == "阿里巴巴：制造孤独的CEO"
    assert str(article.date) == "2009-11-06"
    assert article.source is None
    assert article.author == ["林涛"]


def test_agency_metadata_author_yields_to_the_datelines_reporter() -> None:
    """``<meta itemprop="author" content="中央通訊社">`` names the agency, the dateline
    ``（中央社記者邱俊欽桃園19日電）`` the reporter; the footer's ``客服信箱：services@…`` is a mailbox."""
    article = extract_page("unseen/twnews-cna.html")
    assert article.author == ["邱俊欽"]
    assert article.source == "中央社"


@pytest.mark.parametrize("name", ["中央通訊社", "新华通讯社", "某某日报", "某某电视台"])
def test_outlet_names(name: str) -> None:
    assert is_outlet_name(name)


@pytest.mark.parametrize("name", ["张三", "邱俊欽", "欧阳台", "新华社"])
def test_person_names_are_no_outlets(name: str) -> None:
    """Three characters ending like an outlet (``欧阳台``) may be a person's name: only longer ones count."""
    assert not is_outlet_name(name)


@pytest.mark.parametrize(
    "line", ["客服信箱：services@mail.example.com.tw", "投稿邮箱：tougao@example.cn", "E-mail: desk@example.de"]
)
def test_contact_lines_are_no_bylines(line: str) -> None:
    assert email_byline(line) is None


def test_a_name_and_address_is_still_a_byline() -> None:
    assert email_byline("张三 zhangsan@example.cn") == ("张三", "zhangsan@example.cn")


def test_daily_story_with_source_editor_and_dateline_reporter() -> None:
    """A 2009 GB2312 story: ``来源：`` beside the time, the reporter in the dateline's brackets, the editor in
    brackets under the text, and related links run into the article's element after an image."""
    article = extract_page("unseen-zh2/people-2009.html")
    assert article.title == "安徽司法行政系训诫预警：“揪揪耳朵”防腐败"
    assert article.source == "人民网-《人民日报》"
    assert article.author == ["钱伟"]
    assert article.editor == "刘则华"
    assert str(article.date).startswith("2009-11-09")
    assert article.paragraphs[-1].startswith("安徽省司法厅厅长孙建新说")


def test_sidebar_box_titles_classed_caption_are_no_photo_captions() -> None:
    """A sidebar titles its link lists with ``li.caption`` (``编辑推荐 热点文章``): list headings."""
    article = extract_page("unseen-zh2/kuqin-2009.html")
    assert article.captions == []
    assert article.title == "Sun股价持续回落 与甲骨文交易前景堪忧"
    assert str(article.date) == "2009-11-01"
    assert article.paragraphs[-1].startswith("高盛分析师沙拉·费拉尔")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("發文日期：中華民國107年3月13日", "2018-03-13"),
        ("民国108年1月2日 10:30", "2019-01-02T10:30"),
        ("107年3月13日", None),  # no era named: no year
    ],
)
def test_republic_of_china_calendar_dates(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_court_notice_dated_in_the_roc_calendar() -> None:
    """A Taiwanese court's notice states its date as ``發文日期：中華民國107年3月13日`` (year 107 = 2018)."""
    article = extract_page("unseen-zh2/judicial-notice.html")
    assert str(article.date) == "2018-03-13"


@pytest.mark.parametrize(
    ("name", "source", "date"),
    [("sina-ent-2009.html", "新浪娱乐", "2009-11-09T13:48"), ("qq-ent-2009.html", "腾讯音乐", "2009-11-09T11:30")],
)
def test_portal_channel_named_beside_the_date(name: str, source: str, date: str) -> None:
    """``http://ent.example.com 2009年11月09日11:30 某某音乐 我要评论(0)`` under a headline set in a ``<div>``: the
    site's address and the comment link name no one; the channel's name is the outlet."""
    article = extract_page(f"unseen-zh2/{name}")
    assert article.source == source
    assert str(article.date) == date
    assert article.author is None


def test_republishing_sites_credit_is_cut_from_the_source() -> None:
    """``来源：新浪科技</a>　<a>酷勤网</a>收集　2009-11-01``: the gathering site is no outlet."""
    assert extract_page("unseen-zh2/kuqin-2009.html").source == "新浪科技"


@pytest.mark.parametrize(
    ("value", "outlet"),
    [("人民日报 本站整理", "人民日报"), ("新浪财经-自媒体综合", "新浪财经-自媒体综合"), ("某某网 转载", "某某网 转载")],
)
def test_source_before_a_gathering_verb(value: str, outlet: str) -> None:
    """The verb closes a credit of its own; alone after one word it leaves the value whole (``综合`` names a feed)."""
    assert tidy_source(value) == outlet


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("方敏北京大学经济学院教授", ["方敏"]),
        ("李四中国社会科学院世界经济与政治研究所研究员", ["李四"]),
        ("张三清华大学教授", []),  # no place opens the affiliation: where the name ends is unknown
    ],
)
def test_name_glued_to_its_affiliation(value: str, names: list[str]) -> None:
    """A commentary's ``（作者：X北京大学经济学院教授）``: the name, then an affiliation opening with a place."""
    assert split_names(value) == names


def test_metadata_author_that_is_the_sites_handle() -> None:
    """``<meta name="author" content="chinanews">`` beside ``<meta name="copyright" content="www.chinanews.com,…">``:
    the site's handle, not a person; the commentary's closing ``（作者：方敏北京大学经济学院教授）`` names him."""
    article = extract_page("unseen-zh2/chinanews-2020.html")
    assert article.author == ["方敏"]
    assert article.editor == "陈海峰"
    assert str(article.date) == "2020-07-04T12:10"


def test_portal_story_with_source_span_and_editor_box() -> None:
    """``来源：<span id="media_span">X</span>`` and the time in a box of their own, ``div.editor`` under the text."""
    article = extract_page("unseen-zh2/sohu-ent-2009.html")
    assert article.title == "布兰妮在澳大利亚演唱会假唱 引起歌迷强烈不满"
    assert article.source == "搜狐娱乐"
    assert article.editor == "董文"
    assert str(article.date) == "2009-11-08T12:49"
    assert article.paragraphs[-1].startswith("澳大利亚政府已经参与到这项争端中")


def test_magazine_story_in_character_references() -> None:
    """Every Han character written as ``&#x…;``; the author in ``div.author > span.name``, the time beside it, the
    standfirst (``p.excerpt``, a shortened copy of the text) out of the body."""
    article = extract_page("unseen-zh2/qdaily-2017.html")
    assert article.title == "这个约会软件，想用你和对方的相似好恶来帮你找对象"
    assert article.author == ["谢若含"]
    assert str(article.date) == "2017-03-01T14:27:02"
    assert article.paragraphs[0].startswith("无法忍受乡村音乐？")


@pytest.mark.parametrize("line", ["3 条评论 针对这篇 “某篇文章”", "12 thoughts on “A post”", '4 Comments on "A post"'])
def test_headings_that_count_comments_for_the_post(line: str) -> None:
    assert is_comment_heading(line)


def test_blog_comments_leave_the_body() -> None:
    """The comments of a blog post (``h3#comments`` over ``ol.commentlist``) inside the post's element: the body
    ends with the article's last paragraph."""
    article = extract_page("unseen-zh2/blog-alipay.html")
    assert article.paragraphs[-1].endswith("彭蕾说。")
    assert not any("评论" in p for p in article.paragraphs)
