"""An eighth audit on pages outside the dev set, and what newsmend reads on them.

The pages are saved pages from other projects' test folders, trimmed of scripts, styles, icons, inline SVG paths, a
player's data attribute and most of their menu items and list entries (their text kept as the page writes it,
character references included):

English (``tests/fixtures/pages/unseen-en7/``):

- buriy/python-readability ``pages/base/africanews-ghana-repatriation/page.html``: a 2026 pan-African
  broadcaster's short wire story, its sidebar of the day's headlines with times before the article and its related
  and same-country teasers beside it (``africanews-ghana-2026.html``);
- buriy/python-readability ``pages/base/nasa-astronaut-return/page.html``: a 2026 space agency's WordPress image
  article, two paragraphs under a lead picture credited in its figcaption, the mega-menu's featured cards before it
  (``nasa-williams-2026.html``).

Chinese (``tests/fixtures/pages/unseen-zh8/``):

- gaoconghello/GerapyAutoExtractor ``datasets/detail/aibase_com_17404.html``: a 2025 AI news site's Next.js story
  with a video, bold sub-heads, a key-points blockquote, then the column's promo box, the copyright line and a
  grid of recommended stories (``aibase-cart-2025.html``).

None of them is in the dev set (by URL and by their sentences; their stories date from 2025-2026). All three read
right but for the broadcaster's date (see its test), so they stand as guards.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

GUARDS = [
    # A WordPress image article: the agency's web team is no author, the picture's credit line (``NASA/Bill
    # Ingalls``) is a caption, the featured cards of the menu and the footer's mission line stay out.
    Guard(
        "unseen-en7/nasa-williams-2026.html",
        "NASA Astronaut Chris Williams Returns to Earth",
        None,
        "2026-07-27",
        "NASA astronaut Chris Williams is all smiles in this July 26, 2026, photo",
        "Image credit: NASA/Bill Ingalls",
        ("Hubble Spies One-Sided Spiral", "min read", "HQ Web Team", "NASA explores the unknown", "Join Us"),
    ),
    # A Next.js story: the bold sub-heads and the key points stay in; the column's promo box, its credit line, the
    # copyright notice, the tags and the recommended stories stay out; the site's name is no author.
    Guard(
        "unseen-zh8/aibase-cart-2025.html",
        "超强AI电商购物助手!Add To Cart AI:可理解文本、语音、图像，帮用户找到产品",
        None,
        "2025-04-22",
        "在当今快速发展的电商行业中，AI电商购物助手发展也备受关注。",
        "该工具已与 WooCommerce、Magento 和 Shopify 等多个电商平台成功对接。",
        (
            "本文来自AIbase日报",
            "欢迎来到【AI日报】栏目",
            "日报组创作",
            "版权所有",
            "相关AI新闻推荐",
            "Trae v1.3.0",
            "扫码查看",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_wire_story_beside_a_headline_sidebar() -> None:
    """The broadcaster's page sets a sidebar of the day's headlines (each with its time) before the article and
    teasers of related stories beside it: the body is the seven paragraphs of the story alone, the headline the
    ``h1`` without the site's suffix, and the byline's desk (``By Rédaction Africanews``) the credit, as the dev
    set's truth keeps a desk's credit (``Redaktion``).

    Its date is left unasserted: the page's JSON-LD ``datePublished`` (2026-07-26 14:19, the story's creation in
    the CMS, as its player data's ``createdAt`` shows) wins over the day its URL, its malformed
    ``article:published_time`` (``2026-07-27CEST10:42:45+02:00``) and its player data's ``publishedAt`` state
    (2026-07-27). Preferring another source over JSON-LD when they disagree was measured on the dev set: of the
    seven labelled pages whose JSON-LD day differs from the URL's or another metadata date, JSON-LD's day is right
    on five (the URL's or the other key's wrong), so no rule was adopted."""
    article = extract_page("unseen-en7/africanews-ghana-2026.html")
    assert article.title == "Ghana repatriating another 1,000 nationals from South Africa"
    assert article.author == ["Rédaction Africanews"]
    assert len(article.paragraphs) == 7
    assert article.paragraphs[0] == (
        "Ghana says it has begun repatriating another 1,000 nationals from South Africa due to ongoing anti-migrant "
        "sentiment in the country."
    )
    assert article.paragraphs[-1].endswith("rising unemployment has fueled anger against foreign workers.")
    assert article.body is not None
    for boilerplate in ("Just In", "Kaduna State", "Related articles", "Ghanaians ask ICC", "Copyright", "View more"):
        assert boilerplate not in article.body
