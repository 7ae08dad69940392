"""A fourth audit on Chinese pages outside the dev set, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh4/``) are saved pages from other extractors' sample folders, trimmed of
scripts, styles, ad slots and most of their navigation items and list entries:

- gaoconghello/GerapyAutoExtractor ``datasets/detail/finance_ifeng_com_8ilmtJ94bik.html``: a 2025 business-paper
  story on a portal's self-media platform (``ifeng-finance-2025.html``, its ``<head>`` reduced to the title the
  page's own analytics script states);
- virus-warnning/twnews ``twnews/samples/udn.html`` (commit 0abbd9d): a 2018 Taiwanese portal's copy of an agency
  story (``udn-2018.html``);
- gaoconghello/GerapyAutoExtractor ``datasets/detail/sspai_com_98488.html``: a 2025 tech magazine's travel column
  (``sspai-2025.html``, its second half cut, the header's menus and the author card's copies shortened) and
  ``datasets/detail/aibase_com_17403.html``, a 2025 AI news site's story (``aibase-2025.html``, two of its
  paragraphs and most of the menus cut);
- gaoconghello/GerapyAutoExtractor ``datasets/test/detail/163_com_JU7GGQVJ00097U7T_html.html``: a 2025 portal tech
  desk's story (``163-tech-2025.html``, its ``<head>`` reduced to the title the page's analytics script states, the
  menus and the comment box shortened);
- gaoconghello/GerapyAutoExtractor ``datasets/detail/qbitai_com_275909_html.html``: a 2025 tech outlet's WordPress
  post promoting a partner's webinar (``qbitai-promo-2025.html``, some of its paragraphs and list entries cut).

Each test states the mechanism the page showed.
"""

from __future__ import annotations

import pytest
from tests.support.pages import extract_page

from newsmend.fields.people import closing_name, dateline_credit, split_names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("马轶东 PF171", ["马轶东"]),
        ("陈琰 SN225", ["陈琰"]),
        ("张三 李四 SN225", ["张三", "李四"]),
        ("张三 李四", ["张三", "李四"]),
    ],
)
def test_staff_code_after_a_han_name(value: str, names: list[str]) -> None:
    """Portals print their editors' staff codes after the name (``责任编辑：陈琰 SN225``): no part of it."""
    assert split_names(value) == names


def test_portal_self_media_story_from_a_business_paper() -> None:
    """The paper's account (``证券时报``) is the source, the reporters stay unnamed (no author), the bracketed
    ``[责任编辑：X PF171]`` names the editor, the ``来自广东`` after the date is the poster's province, and the
    platform's ``特别声明`` is a notice."""
    article = extract_page("unseen-zh4/ifeng-finance-2025.html")
    assert article.title == "历史一刻，最高暴涨9800%"
    assert article.source == "证券时报"
    assert article.author is None
    assert article.editor == "马轶东"
    assert str(article.date) == "2025-04-23T00:59:39"
    assert article.body.startswith("又见“末日轮”狂欢。")
    assert article.body.endswith("全球经济和政治的不确定性依旧支撑黄金需求。")
    assert article.disclaimer is not None and article.disclaimer.startswith("“特别声明")


@pytest.mark.parametrize(
    ("words", "credit"),
    [
        (["中央社", "澎湖縣28日電"], ([], "中央社")),
        (["新华社", "北京3月5日电"], ([], "新华社")),
        (["澎湖縣28日電"], ([], None)),
    ],
)
def test_agency_dateline_after_the_date(words: list[str], credit: tuple[list[str], str | None]) -> None:
    """Under a portal's headline the agency's dateline follows the date with a space between the agency and where
    and when it filed (``2018-02-28 14:31 中央社 澎湖縣28日電``): the agency is the outlet, the filing no credit."""
    assert dateline_credit(words) == credit


def test_portal_copy_of_an_agency_story() -> None:
    """The agency that the line under the headline names (``中央社``, in an element classed ``…_author``) is the
    source, not an author; the portal's own name in ``<meta name="author">`` credits no one."""
    article = extract_page("unseen-zh4/udn-2018.html")
    assert article.title == "澎湖重度殘障男子 陳屍馬公水仙宮旁空屋"
    assert article.source == "中央社"
    assert article.author is None
    assert str(article.date).startswith("2018-02-28T14:31")
    assert len(article.paragraphs) == 4
    assert article.body.endswith("待檢察官前往相驗，了解真正死因。")
    assert "松菸槍擊案嫌犯 檢方聲押" in [item.title for item in article.related]  # the ideographic space tidied


def test_site_name_with_its_tagline() -> None:
    """``og:site_name`` adds the site's tagline (``少数派 - 高品质数字消费指南``) that the ``<title>``'s tail
    (``… - 少数派``) leaves out: the tail names the outlet. The title is the ``div#article-title`` over the
    author card (hidden tooltips repeat the name), the date the JSON-LD's, and the captions under the photos are
    captions. The header's popover inviting readers to write (``div.ss__feature__popover``) is no lead."""
    article = extract_page("unseen-zh4/sspai-2025.html")
    assert article.title == "城市漫步指南：在昆明，感受《漫长的季节》"
    assert article.source == "少数派"
    assert article.author == ["Sholmes"]
    assert str(article.date).startswith("2025-04-22T07:02:40")
    assert "宜良火车站旧址" in article.captions
    assert article.body.startswith("「城市风光」是一个很广义的词")
    assert article.body.endswith("不过我离开时，并没有收停车费。")
    assert "小红书：夏洛克克" not in article.body  # the author card's hidden tooltip


def test_site_story_with_its_daily_box_reads_right() -> None:
    """The AI news site's story: the date under the headline (``Apr 22, 2025``), the text without the box after it
    (``本文来自AIbase日报`` over the column's blurb), and the site's notice (``© 版权所有 …``)."""
    article = extract_page("unseen-zh4/aibase-2025.html")
    assert article.title == "Claude-3 IQ首超人类平均水平，Anthropic引领AI智能新纪元"
    assert str(article.date) == "2025-04-22"
    assert article.body.startswith("Anthropic的Claude-3模型在IQ测试中取得突破性进展")
    assert article.body.endswith("AIbase认为，Anthropic的开源精神与安全导向将推动AI生态的健康发展。")
    assert "AI日报" not in article.body
    assert article.copyright is not None and article.copyright.startswith("© 版权所有 AIbase基地")


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("……历史经验表明，苹果从未将新品的首发量产置于中国以外。（辰辰）", ["辰辰"]),
        ("……活动将先后在巴西、乌拉圭、阿根廷举行。（张三）", ["张三"]),
        ("……并可以用一年5折回购。(李四)", ["李四"]),
        ("……。（完）", []),
        ("……。（待续）", []),
        ("……。（资料图）", []),
        ("……。（新华社）", []),  # an agency
        ("……。（某某县发改局）", []),  # an office
        ("……。（北京）", []),  # a place
        ("记者采访了当地居民（王某）", []),  # inside the sentence
    ],
)
def test_bare_name_closing_the_text(paragraph: str, names: list[str]) -> None:
    """Portals' tech desks and provincial papers credit the writer with a bare name in brackets after the last
    sentence."""
    assert closing_name(paragraph) == names


def test_portal_tech_desk_story() -> None:
    """The writer's name in brackets closes the text (``……以外。（辰辰）``); ``来源: 网易科技报道`` under the headline
    names the source (``X报道``, reported by X), ``责任编辑：王凤枝_NT2541`` the editor (the staff code cut), ``北京``
    after the source the poster's province."""
    article = extract_page("unseen-zh4/163-tech-2025.html")
    assert article.title == '外媒：苹果折叠屏新机为何注定先在"中国制造"'
    assert article.author == ["辰辰"]
    assert article.source == "网易科技"  # ``网易科技报道``: reported by the desk
    assert article.editor == "王凤枝"
    assert str(article.date) == "2025-04-28T08:18:13"
    assert len(article.paragraphs) == 4
    assert article.body.endswith("（辰辰）")


def test_byline_under_a_post_info_bar_leaves_the_text() -> None:
    """The WordPress post's info bar (author link, date, time, ``来源：量子位``) and its summary open the body; the
    ``允中 发自 凹非寺`` byline after them is still at the text's edge: field lines before the first line of text do
    not push a byline off it, as captions do not."""
    article = extract_page("unseen-zh4/qbitai-promo-2025.html")
    assert article.title == "本周三！机器人与数字化转型应用解析，线上研讨会诚邀你来围观"
    assert str(article.date) == "2025-04-22T17:35:28"
    assert article.source == "量子位"
    assert "发自" not in article.body
    assert "公众号" not in article.body
    assert article.paragraphs[1] == "最近行业里对于大模型、机器人的投资讨论又热烈了起来。"
    assert article.captions == ["△搭载 NVIDIA RTX™ 5000 Ada （32GB）的企业 AI 工作站"]
