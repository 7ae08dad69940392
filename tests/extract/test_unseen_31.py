"""A thirty-first audit on mainland Chinese portal pages outside the dev set, and what newsmend reads on them.

(Provisional: the pages and findings are stated in full when the audit closes.)
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.content import is_furniture
from newsmend.fields.lines import is_caption, is_copyright
from newsmend.fields.people import tidy_source

GUARDS = [
    # The car channel's story: its copyright line opening the text is the copyright, the standfirst opens the text,
    # the sub-heads and the size table stay; the price boxes, the gallery, the page list, the share bar, the comment
    # box and the car cards beside it stay out; the author from the source line, the editor without his code.
    Guard(
        "unseen-zh21/163-auto-passat-2018.html",
        "10月31日上市 上汽大众全新帕萨特官图发布",
        ["柳絮"],
        "2018-10-12T17:44:55",
        "历经18年市场淬炼，帕萨特留下了超过250万台的销量",
        "上市后将和迈腾展开王者之争，这下中级车市场好看了！",
        ("版权声明", "询底价", "参考成交价", "张高清大图", "图集已浏览完毕", "分页导航", "第01页", "本文来源", "跟贴"),
    ),
    # A copy of an agency's story (GBK, no charset declared): the original headline's note opens the text; the
    # HTML comments' markers, the ad, the source and editor line and the side lists stay out.
    Guard(
        "unseen-zh21/163-news-trump-2018.html",
        "迎战中期选举！特朗普阵营花600万美元买60秒广告",
        None,
        "2018-10-30T10:55:18",
        "（原标题：迎战中期选举！特朗普竞选团队掷巨资买广告 为共和党拉票）",
        "他指出，等到2020年时，特朗普选举阵营会隆重推出“特朗普2.0”的版本。",
        ("文章内容", "本文来源", "范姜国一", "韩佳鹏", "分享到", "大家都爱看", "热点新闻"),
    ),
    # A broadcaster's story led by its video: the player's title link and its empty source stay out.
    Guard(
        "unseen-zh21/163-news-union-2018.html",
        "习近平:开创工运事业和工会工作新局面",
        None,
        "2018-10-29T20:57:34",
        "央视网消息（新闻联播）：中共中央总书记、国家主席、中央军委主席习近平29日上午",
        "丁薛祥、杨晓渡、陈希、郭声琨、黄坤明参加集体谈话。",
        ("团结动员亿万职工积极建功新时代 开创", "来源：~", "无法播放", "本文来源", "曾自航", "高梦鸽", "分享到"),
    ),
    # A portal's self-media post: the account is the source (its report button left out), no author; the rights
    # notice, the platform's statement, the comment box, the next post and the recommendations stay out.
    Guard(
        "unseen-zh21/163-dy-laibin-2021.html",
        "广西省发生了一起事件，位置在来宾市，画面曝光",
        None,
        "2021-02-18T07:02:10",
        "这几天，来宾市兴宾区飞龙路附近几十辆轿车被砸车窗的图片",
        "目前此案还在进一步。",
        ("如有侵权", "特别声明", "Notice:", "举报", "网友评论仅供", "阅读下一篇", "央视第一美女", "相关推荐", "跟贴"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_page_list_closing_the_text_is_furniture() -> None:
    """``pagenav`` written as one word names page navigation as ``page-nav`` does: the car story's page list
    (``第01页：<headline>``) left its text; the story's own sub-heads and closing summary stay."""
    assert is_furniture("div.ep-pagenav")
    assert is_furniture("div.wp-pagenavi")
    article = extract_page("unseen-zh21/163-auto-passat-2018.html")
    assert {"【外形更动感】", "【内饰很熟悉】", "【增加插混动力】"} <= set(article.paragraphs)
    assert article.paragraphs[-1].startswith("尽管大众唯一一款全球中型车在中国")
    assert not any(line.startswith(("分页导航", "第01页")) for line in article.paragraphs)
    assert article.copyright == "版权声明：本文版权为网易汽车所有，转载请注明出处。"
    assert article.editor == "刘航"


def test_takedown_notice_is_a_notice_not_a_caption() -> None:
    """``图片来自网络，如有侵权，请联系删除`` (pictures from the web, removed on request) opens like a caption but is
    a rights notice: the self-media post's last line leaves its text for the copyright field; mid-text, a story's
    report of such a promise stays prose, and a picture's source alone is still a caption."""
    assert is_copyright("图片来自网络，如有侵权，请联系删除。")
    assert is_copyright("图片来源网络，侵删", mid_text=True)
    assert not is_caption("图片来自网络，如有侵权，请联系删除。")
    assert not is_copyright("平台表示，如有侵权将及时删除相关内容。", mid_text=True)
    assert is_caption("图片来自网络")
    article = extract_page("unseen-zh21/163-dy-laibin-2021.html")
    assert article.captions == []
    assert article.copyright == "图片来自网络，如有侵权，请联系删除。"
    assert article.paragraphs[-1] == "目前此案还在进一步。"


def test_report_button_after_the_source_is_no_part_of_it() -> None:
    """A portal's report (``举报``) or correction (``纠错``) button set right after the source line joins its value
    as a last word: the outlet is the words before it."""
    assert tidy_source("松科说娱乐 举报") == "松科说娱乐"
    assert tidy_source("新京报 纠错") == "新京报"
    assert tidy_source("北青网-北京青年报 北京 举报") == "北青网-北京青年报"
    assert extract_page("unseen-zh21/163-dy-laibin-2021.html").source == "松科说娱乐"
