"""A fourth audit on Chinese pages outside the dev set, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh4/``) are saved pages from other extractors' sample folders, trimmed of
scripts, styles, ad slots and most of their navigation items and list entries:

- gaoconghello/GerapyAutoExtractor ``datasets/detail/finance_ifeng_com_8ilmtJ94bik.html``: a 2025 business-paper
  story on a portal's self-media platform (``ifeng-finance-2025.html``, its ``<head>`` reduced to the title the
  page's own analytics script states).

Each test states the mechanism the page showed.
"""

from __future__ import annotations

import pytest
from tests.support.pages import extract_page

from newsmend.fields.people import split_names


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
