"""A fourth audit on Chinese pages outside the dev set, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh4/``) are saved pages from other extractors' sample folders, trimmed of
scripts, styles, ad slots and most of their navigation items and list entries:

- gaoconghello/GerapyAutoExtractor ``datasets/detail/finance_ifeng_com_8ilmtJ94bik.html``: a 2025 business-paper
  story on a portal's self-media platform (``ifeng-finance-2025.html``, its ``<head>`` reduced to the title the
  page's own analytics script states);
- virus-warnning/twnews ``twnews/samples/udn.html`` (commit 0abbd9d): a 2018 Taiwanese portal's copy of an agency
  story (``udn-2018.html``).

Each test states the mechanism the page showed.
"""

from __future__ import annotations

import pytest
from tests.support.pages import extract_page

from newsmend.fields.people import dateline_credit, split_names


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
    assert article.copyright is not None and article.copyright.startswith("“特别声明")


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
