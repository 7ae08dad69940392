"""Regressions found by reading newsmend's output on real Chinese news pages it was never scored on.

The pages (``tests/fixtures/pages/zh-unlabelled``) are copies of unlabelled pages of Chinese news sites with
their scripts, styles and HTML comments removed (same extraction as the originals). They have no labelled body,
so each test asserts the one mechanism it guards, on the page's own text.
"""

from __future__ import annotations

import re
from pathlib import Path

import newsmend
from newsmend.blocks import Block
from newsmend.fields.lines import (
    LabelledValue,
    clean,
    is_breadcrumb,
    is_call_to_action,
    is_copyright,
    labelled_values,
)
from newsmend.fields.people import dateline_credit, dateline_reporters, dateline_source, split_names, tidy_source
from newsmend.fields.related import related_links
from newsmend.fields.title import strip_site, title_parts

PAGES = Path(__file__).parent.parent / "fixtures" / "pages" / "zh-unlabelled"
_TIMESTAMP_LINE = re.compile(r"^(?:19|20)\d{2}-\d{2}-\d{2} \d{2}:\d{2}")


def _extract(name: str) -> newsmend.Article:
    return newsmend.extract((PAGES / f"{name}.html").read_bytes())


def test_page_wrapper_of_the_articles_kind_does_not_make_the_column_a_thread() -> None:
    """The article sits in ``div.content`` and so does the whole page (``body>div.content``): matching the
    post kind anywhere on a path took the column's headline list (``date time channel`` lines) as posts."""
    article = _extract("guancha-3")
    assert article.paragraphs[0].startswith("据中新网9月9日报道")
    assert not any(_TIMESTAMP_LINE.match(p) for p in article.paragraphs)
    assert len(article.related) >= 10  # the headline list is data, not text


def test_comment_box_after_the_article_leaves_the_body() -> None:
    """Readers' comments in a box titled ``热门评论 10条`` at the end of the article's column are no text."""
    article = _extract("guancha-3")
    assert article.paragraphs[-1] == "记者通过电子邮件联系了富士康，截至发稿时，尚未收到回应。"
    assert len(article.paragraphs) == 6


def test_comment_section_after_the_text_element_leaves_the_body() -> None:
    """``评论（191）`` sits beside the article's text element, not in a box with the comments: the comments
    follow in elements of their own, none in the text element, so the title and all after it go."""
    article = _extract("thepaper-1")
    assert article.paragraphs[-1] == "（原题为《是“收割韭菜”还是“回归理性”》）"
    assert not any(p.startswith("评论") or p == "别再共享了，就是租借" for p in article.paragraphs)


def test_section_heading_named_like_comments_keeps_the_text_after_it() -> None:
    """An article's own section titled ``专家评论`` stands between single paragraphs: nothing is cut."""
    sentence = "业内人士表示，共享充电宝的价格调整与运营成本上升有关，消费者需要理性看待。"
    paragraphs = [f"<p>第{i}段：{sentence}</p>" for i in range(3)]
    html = (
        "<html><body><div class='article'><h1>共享充电宝涨价调查</h1>"
        f"{paragraphs[0]}{paragraphs[1]}<h2>专家评论</h2>{paragraphs[2]}</div></body></html>"
    )
    article = newsmend.extract(html.encode())
    assert sum(p.startswith("第") for p in article.paragraphs) == 3


def test_teaser_box_titled_like_a_story_list_leaves_the_body() -> None:
    """A ``延伸 · 推荐`` box inside the article's element holds another story's excerpt."""
    article = _extract("163-5")
    assert article.paragraphs[-1] == "归根结底，打击拦截电信诈骗也得精准拦截，在已有技术手段下尽量避免误伤。"
    assert not any("延伸" in p or p.startswith("近日，四川江油一社区女民警") for p in article.paragraphs)
    assert article.editor == "史建磊"


def test_large_box_titled_like_a_list_is_the_pages_own_list() -> None:
    """A box titled ``更多回答`` holding much of the page (a Q&A thread's other answers) stays."""
    answers = "".join(
        f"<div class='answer'><p>第{i}位答主认为，震级不算高，但震源较浅，所以很多城市都有明显震感。</p></div>"
        for i in range(4)
    )
    html = (
        "<html><body><div class='main'><h1>为什么这次地震多地震感明显？</h1>"
        "<div class='question'><p>昨晚的地震让很多城市都感到了摇晃，想请教一下原因是什么，和震源深度有关吗？</p>"
        "<p>我住在十八楼，当时吊灯晃了好几秒，家里人都醒了，邻居也纷纷下楼，这种情况以前从来没有遇到过。</p>"
        "<p>查了一下新闻，说是海上发生的地震，离我们这里有几百公里，为什么还会有这么强的震感呢？</p></div>"
        f"<div class='more'><div class='header'><h4>更多回答</h4></div><div class='list'>{answers}</div></div>"
        "</div></body></html>"
    )
    article = newsmend.extract(html.encode())
    assert sum("位答主认为" in p for p in article.paragraphs) == 4


def test_summary_repeating_the_headline_does_not_mark_the_lead() -> None:
    """``og:description`` equal to ``og:title`` opens the sticky top bar's copy of the headline: taking it for
    the lead chose the bar and left no article."""
    article = _extract("sina-2")
    assert "no-article" not in article.flags
    assert article.paragraphs[0].startswith("新京报快讯（记者 裴剑飞）")
    assert len(article.paragraphs) == 3
    assert article.editor == "霍琦"


def test_job_title_before_a_name_is_not_a_name() -> None:
    assert split_names("文/观察者网专栏作者 王文") == ["王文"]
    assert split_names("新华社记者 李四") == ["李四"]
    assert split_names("本报特约评论员 张三") == ["张三"]
    assert split_names("记者 张三 李四") == ["张三", "李四"]


def test_contact_labels_are_not_names() -> None:
    """A contact line (``电子信箱：x@y``) is shaped like a name run into an e-mail address."""
    assert split_names("电子信箱") == []
    assert split_names("联系邮箱") == []


def test_this_site_original_is_no_source() -> None:
    assert tidy_source("本站原创") is None
    assert tidy_source("新京报") == "新京报"


def test_breadcrumb_over_the_text_leaves_the_body() -> None:
    """``您所在的位置： 首页 > 快讯 > …`` sits in the article's column above the headline."""
    article = _extract("stcn-1")
    assert article.paragraphs[0].startswith("证券时报e公司讯")
    assert not any(p.startswith("您所在的位置") for p in article.paragraphs)


def test_breadcrumb_shapes() -> None:
    assert is_breadcrumb("当前位置：新闻中心 > 正文")
    assert is_breadcrumb("Home › World › Asia")
    assert not is_breadcrumb("设置 > 通用 > 关于本机")  # a menu path in a how-to is text
    assert not is_breadcrumb("3 > 2 是对的，因为三大于二，这是常识。")


def test_editor_line_closes_the_article() -> None:
    """``责任编辑：`` closes the article; another story's excerpt in a blockquote after it is no text, and the
    empty label is no paragraph either."""
    article = _extract("njxfhn-1")
    assert article.paragraphs[-1] == "采写：南都记者 余毅菁 向雪妮"
    assert not any(p.startswith(("责任编辑", "港铁公司", "香港警方")) for p in article.paragraphs)


def test_name_glued_to_link_text_is_no_name() -> None:
    """``作者：余毅菁 向雪妮返回富达，查看更多``: the second name runs into a link's text."""
    assert split_names("余毅菁 向雪妮返回富达，查看更多") == ["余毅菁"]
    assert split_names("约翰·史密斯") == ["约翰·史密斯"]
    assert split_names("欧阳修 司马相如") == ["欧阳修", "司马相如"]


def test_interface_labels_around_the_text_leave_the_body() -> None:
    """A gallery tab over the text (``图集``) and a like counter after it (``+1``) are the frame's."""
    article = _extract("xinhuanet-1")
    assert article.paragraphs[0].startswith("新华社巴黎12月9日电")
    assert "图集" not in article.paragraphs and "+1" not in article.paragraphs


def test_font_size_button_under_a_headline_ending_in_a_mark_leaves_the_body() -> None:
    """``字号`` stands under the headline; the headline ends in ``!``/``…`` but is no sentence of the text.
    The editor line closes the text: the proofreader and keywords after it go."""
    article = _extract("thepaper-5")
    assert article.paragraphs[0].startswith("此前，发烧、咳嗽被认为是新冠病毒感染的最主要症状")
    assert article.paragraphs[-1].endswith("对疾控至关重要。")  # the app promotion after it goes too
    assert article.editor == "李跃群"


def test_closing_mark_in_brackets_stays() -> None:
    sentence = "业内人士表示，共享充电宝的价格调整与运营成本上升有关，消费者需要理性看待。"
    paragraphs = f"<p>{sentence}</p><p>{sentence}</p><p>（完）</p>"
    html = f"<html><body><div class='article'><h1>调查</h1>{paragraphs}</div></body></html>"
    assert newsmend.extract(html.encode()).paragraphs[-1] == "（完）"


def test_publication_time_stated_only_in_a_data_script() -> None:
    """The page renders its dateline from ``window.DATA = {"pubtime": "2019-09-07 19:02:26", …}``: no zone is
    stated, so none is added."""
    assert _extract("qq-qq").date == "2019-09-07T19:02:26"


def test_text_dateline_outranks_a_data_script_date() -> None:
    sentence = "业内人士表示，共享充电宝的价格调整与运营成本上升有关，消费者需要理性看待。"
    html = (
        "<html><head><script>var DATA = {pubtime: '2001-01-01 08:00'};</script></head><body><div class='article'>"
        f"<h1>调查</h1><div class='info'>2019-09-24 09:10 来源：某报</div><p>{sentence}</p><p>{sentence}</p>"
        "</div></body></html>"
    )
    assert newsmend.extract(html.encode()).date == "2019-09-24T09:10"


def test_underscore_joined_column_before_the_site_is_no_headline() -> None:
    """A government portal's ``<title>``: headline, column (``2007年第23号国务院公报``) and site joined by ``_``."""
    title = "关于批准发行特别国债的决议__2007年第23号国务院公报_中国政府网"
    assert strip_site(title, []) == "关于批准发行特别国债的决议"
    assert strip_site("Storm - what comes next | Example Times", ["Example Times"]) == "Storm - what comes next"


def test_law_quoted_in_the_text_is_no_copyright_notice() -> None:
    """``未经被收集者同意，不得向他人提供个人信息`` in the middle of the text quotes a law: the paragraph stays, and the
    page's notice is its footer's."""
    article = _extract("qq-2")
    assert article.copyright == "Copyright © 1998 - 2019 Tencent. All Rights Reserved"
    assert any(p.startswith("2017年6月1日开始实行的《网络安全法》") for p in article.paragraphs)


def test_copyright_shapes_in_the_middle_of_a_text() -> None:
    assert is_copyright("本文系某某网独家稿件，未经授权，不得转载。", mid_text=True)
    assert is_copyright("Copyright © 2024 Example News. All rights reserved.", mid_text=True)
    assert not is_copyright("法律规定，未经被收集者同意，不得向他人提供个人信息。", mid_text=True)
    assert is_copyright("未经授权，不得转载。")
    assert is_copyright("39健康网(www.39.net)专稿，未经书面授权请勿转载。")  # 请勿: "please do not"
    assert is_copyright("免责声明：本文来自客户端自媒体，不代表本网的观点和立场。", mid_text=True)
    assert is_copyright("声明：本网力求信息真实、准确，文章提及内容仅供参考。")
    assert not is_copyright("声明：我们将依法维护自身权益。", mid_text=True)


def test_disclaimer_closing_the_text_is_a_notice() -> None:
    article = _extract("qq-qq")
    assert article.disclaimer is not None and article.disclaimer.startswith("免责声明：")
    assert article.copyright == "Copyright © 1998 - 2019 Tencent. All Rights Reserved"  # the footer's
    assert not any(p.startswith("免责声明") for p in article.paragraphs)


def test_dated_heading_over_the_text_beats_a_channel_title() -> None:
    """``<title>新闻动态--…官网``: the headline is the ``<h5>`` over the dateline (``发布时间：… 来源：…``)."""
    article = _extract("gsc-1")
    assert article.title == "2019年中国人文地理学术年会在重庆•西南大学成功举行！"
    assert article.author is None  # the contact box's 电子信箱 line names no one


def test_confirmed_headline_stays_over_a_dated_subheading() -> None:
    sentence = "业内人士表示，共享充电宝的价格调整与运营成本上升有关，消费者需要理性看待。"
    html = (
        "<html><head><title>共享充电宝涨价调查_某某网</title></head><body><h1>共享充电宝涨价调查</h1>"
        f"<div class='article'><h3>记者手记</h3><div>2019-09-24 09:10</div><p>{sentence}</p><p>{sentence}</p>"
        "</div></body></html>"
    )
    assert newsmend.extract(html.encode()).title == "共享充电宝涨价调查"


def test_reporters_credited_in_the_dateline_are_the_authors() -> None:
    """``新京报快讯（记者 裴剑飞）``: the reporter is the author; the ``article:author`` naming the outlet the
    dateline credits is no person."""
    article = _extract("sina-2")
    assert article.author == ["裴剑飞"]
    assert article.source == "新京报"
    assert _extract("xinhuanet-1").author == ["唐霁"]  # 新华社巴黎12月9日电（记者唐霁）


def test_dateline_reporter_shapes() -> None:
    assert dateline_reporters("某某网10月4日讯（记者张三 整合） 国庆长假过半。") == ["张三"]
    assert dateline_reporters("新华社北京5月3日电（记者 张三 李四）记者从有关部门获悉。") == ["张三", "李四"]
    assert dateline_reporters("据报道（图）今日开幕，记者到场。") == []


def test_list_or_comment_title_left_last_leaves_the_body() -> None:
    """``相关资讯请关注:…`` or ``评论（0）`` closing the selection titles nothing of the article."""
    sentence = "业内人士表示，共享充电宝的价格调整与运营成本上升有关，消费者需要理性看待。"
    for last in ("相关资讯请关注:某某专区", "评论（0）", "Comments (3)"):
        html = (
            f"<html><body><div class='article'><h1>调查</h1><p>{sentence}</p><p>{sentence}</p>"
            f"<div class='more'>{last}</div></div></body></html>"
        )
        assert newsmend.extract(html.encode()).paragraphs == [sentence, sentence], last


def test_copyright_notice_naming_the_source_gives_the_source() -> None:
    """``版权声明 来源：当代商报 时间：…`` is read as the notice it starts with, and still names the source."""
    article = _extract("cjddsb-1")
    assert article.source == "当代商报"
    assert article.date == "2019-09-23T14:34:05"


def test_wechat_article_dates_from_the_platform_script_and_credits_the_account() -> None:
    """A WeChat article shows its time and account only once scripts run: the platform's script holds the
    creation time in Unix seconds (UTC: the page states no zone) and the account, which is the outlet (the
    ``og:site_name`` names the platform)."""
    first, second = _extract("wechat-1"), _extract("wechat-2")
    assert (first.date, first.source, first.author) == ("2020-02-12T14:17:54+00:00", "爱否科技", None)
    assert (second.date, second.source, second.author) == ("2020-02-11T10:47:50+00:00", "未闻Code", ["kingname"])


def test_wechat_account_written_through_html_decode() -> None:
    """Later WeChat templates wrap the account in the platform's ``htmlDecode`` and write the time bare."""
    html = (
        "<html><head><meta property='og:site_name' content='微信公众平台'><script>\n"
        'var nickname = htmlDecode("M&amp;A观察");\nvar ct = 1706846400;\n</script></head><body>'
        "<div id='js_content'><p>这是一篇公众号文章的正文，讲述了一家公司的并购过程。</p></div></body></html>"
    )
    article = newsmend.extract(html.encode())
    assert (article.date, article.source) == ("2024-02-02T04:00:00+00:00", "M&A观察")


def _wechat_page(script: str) -> bytes:
    body = "<div id='js_content'><p>这是一篇公众号文章的正文，讲述了一家公司的并购过程。</p></div>"
    return f"<html><head><script>{script}</script></head><body>{body}</body></html>".encode()


def test_wechat_templates_spell_time_and_account_several_ways() -> None:
    """Other templates: ``var createTime`` as a date string (kept as written, no zone), ``var create_time =
    "…" * 1``, and the picture-post data object (``nick_name: JsDecode('…')`` with JavaScript escapes)."""
    dated = newsmend.extract(_wechat_page("var nickname = \"某号\";\nvar createTime = '2023-05-25 17:05';"))
    assert (dated.date, dated.source) == ("2023-05-25T17:05", "某号")
    timed = newsmend.extract(_wechat_page('var nickname = "某号";\nvar create_time = "1774536479" * 1;'))
    assert timed.date == "2026-03-26T14:47:59+00:00"
    script = "var d = {nick_name: JsDecode('M\\x26A观察'), create_time: JsDecode('1709280000')};"
    data = newsmend.extract(_wechat_page(script))
    assert (data.date, data.source) == ("2024-03-01T08:00:00+00:00", "M&A观察")


def test_a_time_variable_outside_the_platform_script_is_no_date() -> None:
    """``var ct`` in a script without the platform's account variable is some other counter."""
    html = (
        "<html><head><script>var ct = 1706846400;</script></head><body>"
        "<div><p>这是一篇没有日期的文章，它的脚本里有一个名为ct的变量，但那不是发布时间。</p></div></body></html>"
    )
    assert newsmend.extract(html.encode()).date is None


def test_portal_name_in_the_metadata_credits_no_one_when_the_text_names_another_source() -> None:
    """A portal writes its own name as every page's ``author`` (``<meta name="author" content="网易">``); the
    article it republished names its source (``来源：新京报``): the portal is neither author nor source."""
    article = _extract("163-5")
    assert (article.author, article.source) == (None, "新京报")


def test_meta_strip_with_labels_run_into_their_values() -> None:
    """``发表于…| 来源CSDN| 作者魏星``: between bars, labels glued to their values are labels; the site's name in
    the ``author`` metadata gives way to the credited person."""
    article = _extract("csdn-1")
    assert (article.author, article.source) == (["魏星"], "CSDN")
    assert labelled_values("活动由作者协会主办 | 来源广泛的资助") == []  # one glued label is a phrase


def test_ad_widget_attribution_is_no_byline() -> None:
    """An ad widget's ``by Xby X`` (its label written once per layout) after the article credits no author."""
    assert _extract("hexun-1").author is None
    assert labelled_values("By Jane Doe") == [LabelledValue("author", "By", "Jane Doe")]


def test_element_classed_as_source_names_the_outlet() -> None:
    """``<div class="date-source">2019年11月25日 18:57 <a class="source">参考消息</a></div>``: the outlet after the
    date in an element whose class says source is the source."""
    assert _extract("sina-1").source == "参考消息"


def test_app_advert_over_the_text_leaves_the_body() -> None:
    """A call to action in an element of its own over the article's text (``…下载客户端还能获得专享福利哦！``)."""
    article = _extract("sina-4")
    assert article.paragraphs[0].startswith("新浪科技讯 北京时间9月11日凌晨消息")
    assert not any("下载客户端" in p for p in article.paragraphs)


def test_account_menu_closing_the_article_leaves_the_body() -> None:
    """``扫描下方二维码…``, ``回复【社保】查询…``, ``点【在看】``: an account's menu after the text goes with the short
    lines after it."""
    article = _extract("thepaper-2")
    assert not any(is_call_to_action(p) for p in article.paragraphs)
    assert article.paragraphs[-1] == "这么高大上的邮轮母港"


def test_instructions_with_bracketed_buttons_mid_text_are_text() -> None:
    """Steps naming a site's buttons (``点击【互动】板块``) are the article's text, not a call to action."""
    steps = "在搜索引擎搜索【中国政府网】平台，转至【首页】后，点击【互动】板块，随后选择【我要留言】选项。"
    assert not is_call_to_action(steps)
    assert is_call_to_action("1、回复【公租房】查看最新消息")


def test_title_tail_naming_the_copyright_holder_is_cut() -> None:
    """``…技能大赛 <hospital>`` with ``版权所有 <hospital>`` in the footer: the space-separated tail is the site."""
    article = _extract("zyyfy-1")
    assert article.title is not None and article.title.endswith("专业技能大赛")
    assert article.copyright is not None and article.title not in article.copyright


def test_title_tail_naming_the_source_is_cut() -> None:
    """``…开展调研工作 <column>`` whose text credits ``来源于：<column>``: the tail is the column, the source."""
    article = _extract("zsnews-1")
    assert article.source is not None and article.title is not None
    assert article.title.endswith("调研工作") and not article.title.endswith(article.source)


def test_title_ending_in_an_ordinary_word_keeps_it() -> None:
    """A short last word that the footer happens to contain is no holder's name."""
    html = (
        "<html><head><title>市民广场 今晚开放</title></head><body><h1>市民广场 今晚开放</h1><div class='text'>"
        "<p>市民广场经过半年改造，今晚正式对公众开放，周边道路同步恢复通行，市民可以前往参观。</p></div>"
        "<p>版权所有 今晚开放日报社</p></body></html>"
    )
    assert newsmend.extract(html.encode()).title == "市民广场 今晚开放"


def test_closing_app_promotion_leaves_the_body() -> None:
    """``(本文来自X，更多原创资讯请下载“X”APP)`` closing the text asks the reader to install the outlet's app."""
    article = _extract("thepaper-5")
    assert not any("APP" in p for p in article.paragraphs)
    assert article.paragraphs[-1].endswith("对疾控至关重要。")
    assert not is_call_to_action("市民可下载“北京交警”客户端办理相关业务。")


def test_furniture_box_of_teasers_after_a_short_article_leaves_the_body() -> None:
    """``<div class="tuijian"><h2>为你推荐</h2>…`` after a one-paragraph article: the selection dropped the teasers'
    linked headlines and times but kept their excerpts, which outweigh a quarter of the short text. The class
    and the title both say story list."""
    article = _extract("stcn-1")
    assert len(article.paragraphs) == 1 and article.paragraphs[0].startswith("证券时报e公司讯")
    assert article.disclaimer is not None and article.disclaimer.startswith("声明：")


def test_cell_over_the_dateline_that_the_title_names_is_the_headline() -> None:
    """``<title>标题-栏目</title>`` and ``<td>标题</td><td>来源: | 发布时间: …</td>`` over the text: the cell is one
    of the ``<title>``'s parts standing over the dateline, so the channel tail after the unspaced dash goes."""
    assert _extract("sxmu-1").title == "中华人民共和国监察法"
    assert title_parts("中华人民共和国监察法-纪检") == frozenset({"中华人民共和国监察法", "纪检"})


def test_credits_with_slashed_editor_label_leave_the_body() -> None:
    """``…供稿 摄影/X 编辑/Y`` closing the text: the editor label takes a slash like ``文/``; a proofreader's
    ``校对/Z`` ends the editor's value."""
    article = _extract("zyyfy-1")
    assert article.editor == "苏芳"
    assert not any("编辑/" in p for p in article.paragraphs)
    assert [v.field for v in labelled_values("编辑/张三 校对/李四")] == ["editor", "proofreader"]


def test_profile_card_button_is_no_name() -> None:
    """A blog's author box holds a ``名片`` (profile card) button where a name would stand."""
    assert split_names("名片") == []
    assert split_names("史蒂文 名片") == ["史蒂文"]


def test_headline_repeated_behind_a_column_tag_leaves_the_body() -> None:
    """``【不忘初心 牢记使命】<headline>`` opening the text is the headline under its column's tag."""
    article = _extract("zyyfy-1")
    assert article.paragraphs[0].startswith("本站讯")
    assert not any(p.startswith("【") for p in article.paragraphs)


def test_labels_run_into_the_value_before_them_are_read() -> None:
    """``<div class="info">2019-09-26 12:11<span>来源：X</span><span>作者：Y</span></div>``: adjacent spans leave no
    space before a label, so the strip's source and author were missed and the metadata's ``author`` (the outlet)
    was taken for the byline."""
    article = _extract("stcn-1")
    assert article.author == ["李在山"]
    assert article.source == "证券时报网"
    assert labelled_values("2019-09-26 12:11来源：某某网责任编辑：王五") == [
        LabelledValue("source", "来源", "某某网"),
        LabelledValue("editor", "责任编辑", "王五"),
    ]
    assert labelled_values("消息来源：某地通讯社。") == []  # one run-on label is a phrase


def test_label_run_into_the_time_before_it_is_read() -> None:
    """``<p>2019-08-13 14:07<span>来源：X</span></p>`` under the headline: the one label follows the time with no
    space. The header's source is read first, as on the other copy of this article whose header has the space
    (``来源|…`` closing the republished text had been taken for want of it)."""
    assert _extract("thepaper-2").source == "澎湃新闻·澎湃号·政务"
    assert labelled_values("2019-08-13 14:07来源：某某网") == [LabelledValue("source", "来源", "某某网")]


def test_writer_label_with_a_slash_is_a_byline() -> None:
    """``执笔/A、B&C`` opens the text: the writers' credit, which leaves the body for the author field."""
    article = _extract("huanqiu-1")
    assert article.author == ["叨叨姐", "胡一刀", "李小飞刀"]
    assert not any(p.startswith("执笔") for p in article.paragraphs)


def test_bare_dateline_names_the_source() -> None:
    """``某某科技讯 北京时间…`` opens the text: the outlet's dateline without brackets names the source; words that
    end in 讯 (资讯, 喜讯) and "this site" (本站讯) name none."""
    assert _extract("sina-4").source == "新浪科技"
    assert dateline_source("某某网10月4日讯（记者张三 整合） 国庆") == "某某网"
    assert dateline_source("某报快讯（记者 张三）今日") == "某报"
    assert dateline_source("今日资讯，股市") is None
    assert dateline_source("喜讯！我校") is None
    assert dateline_source("本站讯（通讯员 张三）为") is None
    assert dateline_source("据某某社讯，昨日") == "某某社"  # cited (据): the outlet whose report this is


def test_correspondents_in_the_datelines_brackets_are_authors() -> None:
    """``本站讯（职工通讯员 X Y）``: the correspondents who wrote the story are its byline."""
    assert _extract("zyyfy-1").author == ["李琴雯", "刘会"]
    assert dateline_reporters("本报讯（记者 张三 通讯员 李四）昨日") == ["张三", "李四"]


def test_system_administrator_is_no_editor() -> None:
    """``（责任编辑：系统管理员）``: the CMS account that posted the page, not a person."""
    article = _extract("cmse-1")
    assert article.editor is None
    assert split_names("系统管理员") == []



def test_data_attribute_date_yields_to_the_dateline() -> None:
    """``<a data-time="2018-06-29">PC</a>`` (a game card's release date) stands before the story's dateline
    ``2019-09-05 11:10`` under the headline: a ``data-*`` date is read after the page's datelines."""
    assert _extract("gamersky-gamersky").date == "2019-09-05T11:10"


def test_day_the_metadata_states_takes_the_datelines_time() -> None:
    """``<meta name="publishdate" content="2019-06-15">`` and ``2019年06月15日08:18 来源：…`` under the headline: the
    metadata states the day, the dateline the time of that day."""
    assert _extract("people-1").date == "2019-06-15T08:18"


def test_outlet_in_the_dateline_under_the_headline_is_the_source() -> None:
    """``原创 某某报 2019-09-09 16:01:46`` and ``张三/某某日报`` over ``2019-09-24 09:10`` under the headline: the one
    word beside the date names the outlet (and the name before a slash its reporter); a word glued to the date
    (``频道栏目2019-09-23 07:48``: spans without a space) is several and names nothing."""
    assert _extract("toutiao-3").source == "南方都市报"
    thepaper = _extract("thepaper-1")
    assert (thepaper.source, thepaper.author) == ("中国青年报", ["石佳"])
    assert dateline_credit(["金融市场", "棱镜"]) == ([], None)  # qq-2's line: two words (its source is classed)
    assert dateline_credit(["国内新闻"]) == ([], None)  # a channel
    assert dateline_credit(["张三"]) == ([], None)  # a person's name alone
    assert dateline_credit(["新华社"]) == ([], "新华社")


def test_chinese_outlet_credited_as_the_source_is_no_author() -> None:
    """``<meta property="article:author" content="新浪科技">`` on a page whose dateline credits 新浪科技 as the
    source: Chinese pages keep 来源 apart from 作者, so the outlet is the source, not the author (the writer is the
    bare name in brackets closing the text, ``……换新iPhone。(李楠)``)."""
    article = _extract("sina-4")
    assert (article.source, article.author) == ("新浪科技", ["李楠"])
    assert _extract("sina-1").author is None


def test_headline_behind_a_badge_leaves_the_body() -> None:
    """``<h2 class="title"><i>原创</i>标题</h2>`` opens a gallery's text: the headline again, behind the platform's
    badge, is no paragraph."""
    article = _extract("toutiao-2")
    assert article.title == "最不愁吃肉的国家：顿顿有肉吃，却要靠中国运输蔬菜水果"
    assert not any(p.endswith(article.title) for p in article.paragraphs)


def test_icon_glyph_before_a_paragraph_is_no_text() -> None:
    """``<i class="iconfont">&#xe621;</i> 发布…`` opens the text: a private-use glyph standing as a word is an icon
    font's; one inside a word (a site's own character for a rare name) stays."""
    article = _extract("ednchina-1")
    assert article.paragraphs[0].startswith("发布含光800芯片时")
    assert clean("\ue621 正文 \ue622") == "正文"
    assert clean("张\ue000三说") == "张\ue000三说"


def test_own_headline_in_a_latest_news_list_is_no_related_item() -> None:
    """A topic page's list after the text holds the article itself: its own headline is no related story."""
    article = _extract("readhub-readhub")
    assert article.title is not None and article.related
    assert all(item.title != article.title for item in article.related)


def test_more_link_in_a_list_is_no_related_item() -> None:
    """``查看全部评论>>`` heads the list after the text: a link to more, not a story; a headline ending in ``→``
    (``…或有暴雨→``) is one."""
    article = _extract("ifeng-ifeng")
    assert article.related
    assert not any(item.title.endswith(">>") for item in article.related)
    assert related_links([Block("冷空气来啦！多地或有暴雨→", tag="li")])[0].title == "冷空气来啦！多地或有暴雨→"


def test_tag_strip_at_the_end_of_the_text_leaves_the_body() -> None:
    """``<div class="meta-tag">20190926|国贸|增长率|全球经济</div>`` closes the text: the article's tags, no paragraph;
    a field line in a tags element (``<div class="p-tags">责任编辑：X</div>``) is still read."""
    article = _extract("mingridapan-1")
    assert article.paragraphs[-1].endswith("。")
    assert not any("|" in p for p in article.paragraphs)
    assert _extract("xinhuanet-1").editor == "尹世杰"
