"""A fifth audit on Chinese and CJK pages outside the dev set, and what newsmend reads on them.

The first tests read pages of the fourth audit (``tests/fixtures/pages/unseen-zh4/``) that still read a field
wrong. The new pages (``tests/fixtures/pages/unseen-zh5/``) are saved pages from other projects' sample folders,
trimmed of scripts, styles, ad slots and most of their navigation items and list entries.

- postlight/parser ``fixtures/internet.watch.impress.co.jp/1550928400623.html``: a 2019 Japanese tech news site's
  story (``impress-iw-2019.html``: its navigation, side lists and all but three paragraphs cut, its text kept as the
  page writes it, in character references);
- gaoconghello/GerapyAutoExtractor ``datasets/detail/163_com_JU7JLCSV051481US_html.html``: a 2025 portal's
  self-media copy of a commentary site's exclusive (``163-dy-2025.html``: its ``<head>`` without scripts and styles,
  the menus, comments and recommendations shortened, about half of the paragraphs cut) and
  ``163_com_JU7RS4VJ00258105_html.html``, the portal's own midday market report (``163-money-2025.html``: its
  ``<head>`` reduced to the title the page's accessibility label states and its canonical link);
- postlight/parser ``fixtures/japan.cnet.com/1555118717655.html``: a 2019 Japanese tech site's weekly roundup
  column (``cnet-japan-2019.html``: menus, ads and most paragraphs cut, the text in character references as saved);
- postlight/parser ``fixtures/m.blog.naver.com/1675688085042.html``: a 2023 Korean science blog post on a portal's
  blog platform (``naver-blog-2023.html``: the menus and all but three paragraphs cut, the text in character
  references as saved).

Each test states the mechanism the page showed.
"""

from __future__ import annotations

import pytest
from tests.support.pages import extract_page

from newsmend.fields.dates import parse_date
from newsmend.fields.people import is_company_name, own_column


@pytest.mark.parametrize(
    ("source", "sites", "outlet"),
    [
        ("AIbase日报", ["AIbase", "aibase"], "AIbase"),
        ("aibase科技频道", ["aibase"], "aibase"),
        ("AIbaseX", ["AIbase"], "AIbaseX"),  # another name running on in the same word
        ("AIbase", ["AIbase"], "AIbase"),
        ("量子位", ["AIbase"], "量子位"),  # another outlet
        ("AIbase旗下某某研究院年度报告", ["AIbase"], "AIbase旗下某某研究院年度报告"),  # more than a column
        ("qq音乐", ["qq"], "qq音乐"),  # a domain label too short to open a name
        ("新浪财经频道", ["新浪"], "新浪"),
        ("新华社", ["新"], "新华社"),  # one Han character is a word
    ],
)
def test_credit_naming_a_column_of_the_site(source: str, sites: list[str], outlet: str) -> None:
    """A republication credit naming the site's own column (``本文来自AIbase日报``) credits the site."""
    assert own_column(source, sites) == outlet


def test_credit_naming_the_sites_own_column_is_the_site() -> None:
    """The AI news site's box after the text (``本文来自AIbase日报`` over the column's blurb) names its own daily
    column: the source is the site, as ``og:site_name`` (``AIbase``) calls it, not the column."""
    article = extract_page("unseen-zh4/aibase-2025.html")
    assert article.source == "AIbase"


def test_filing_byline_names_the_writer_over_the_poster() -> None:
    """The WordPress post's info bar and author box link the account that posted it (``由明敏发布``, twice); the
    text's own filing line (``允中 发自 凹非寺``) names the writer, and wins."""
    article = extract_page("unseen-zh4/qbitai-promo-2025.html")
    assert article.author == ["允中"]


def test_meta_tags_stating_value_for_content() -> None:
    """The saved page states every ``<meta>`` with ``value`` where HTML says ``content`` (``<meta value="INTERNET
    Watch" name="og:site_name">``: postlight's parser renames the attribute when it saves a page): what the page
    states all the same. Unread, the source had been none and the date the text's, without its time zone."""
    article = extract_page("unseen-zh5/impress-iw-2019.html")
    assert article.title is not None
    assert article.title.startswith("九州大・箱崎キャンパス跡地にスマートシティ建設計画")
    assert article.title.endswith("福岡市らが推進する「FUKUOKA Smart EAST」")
    assert str(article.date) == "2019-02-22T16:00:00+09:00"
    assert article.source == "INTERNET Watch"
    assert article.language == "ja"


@pytest.mark.parametrize(
    ("name", "company"),
    [
        ("株式会社インプレス", True),
        ("(株)日本経済新聞社", True),
        ("某某传媒有限公司", True),
        ("주식회사 한겨레신문", True),
        ("Example Media Inc.", True),
        ("Tourismus Salzburg GmbH", True),
        ("Hanns-Seidel-Stiftung e.V.", True),  # a foundation's metadata author (trafilatura-eval t0584)
        ("Wirtschaftsweiber e. V.", True),
        ("山谷 剛史", False),
        ("张三", False),
        ("Jane Doe", False),
    ],
)
def test_company_names(name: str, company: bool) -> None:
    """A company's legal form opens or closes its registered name."""
    assert is_company_name(name) is company


def test_japanese_byline_under_a_companys_metadata_author() -> None:
    """The metadata author is the publishing company (``株式会社インプレス``), no person; the writer stands in a
    list classed as the byline (``ul.author.list>li``), family and given name with a space between, one person on a
    page declared Japanese (a Chinese byline's spaces separate people)."""
    article = extract_page("unseen-zh5/impress-iw-2019.html")
    assert article.author == ["山谷 剛史"]


def test_portal_copy_of_a_commentary_sites_exclusive_reads_right() -> None:
    """The speaker and the transcriber credited in brackets under the editor's note (``【文/ X，整理/ Y】``), the
    source under the headline, and the ``本文系X独家稿件`` notice after the text, with the platform's notice kept out
    of the body."""
    article = extract_page("unseen-zh5/163-dy-2025.html")
    assert article.title == "能否终结数百年产业转移史，这是人工智能的一场“大考”"
    assert article.author == ["翟东升", "唐晓甫"]
    assert article.source == "观察者网"
    assert str(article.date) == "2025-04-28T09:13:09+08:00"
    assert article.body is not None and article.body.startswith("编者按：")
    assert article.body.endswith("以及这场大变局的进一步发展。谢谢大家！")
    assert "特别声明" not in article.body and "独家稿件" not in article.body
    assert article.copyright is not None and article.copyright.startswith("本文系观察者网独家稿件")


def test_portals_own_market_report_reads_right() -> None:
    """The portal's own desk: ``来源: X`` under the headline, the editor's line with a staff code after the text
    (``责任编辑：钟齐鸣_NF5619``), no author, and the hot comments below kept out."""
    article = extract_page("unseen-zh5/163-money-2025.html")
    assert article.title == "午评：创业板指半日跌0.55% 地产股集体大跌"
    assert article.author is None
    assert article.source == "网易财经"
    assert article.editor == "钟齐鸣"
    assert str(article.date) == "2025-04-28T11:36:38"
    assert len(article.paragraphs) == 6
    assert article.body is not None and article.body.endswith("创业板指跌0.55%。")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2023. 2. 5. 11:40", "2023-02-05T11:40"),  # Korean pages close each part with a dot
        ("2023. 2. 5.", "2023-02-05"),
        ("2019年04月13日 09時00分", "2019-04-13T09:00"),  # Japanese hour mark
        ("2023.05.03. Der Tag", "2023-05-03"),  # a sentence's stop, no time after it
    ],
)
def test_korean_and_japanese_date_forms(text: str, iso: str) -> None:
    """Korean and Japanese pages write the time after a dotted date and with 時."""
    assert parse_date(text) == iso


def test_blog_named_after_its_writer_with_a_cut_metadata_author() -> None:
    """The platform cuts the blog's name short in ``og:article:author`` (``고든의 블.. | 블로그``): no names can be
    told in it. The writer's nickname in ``div.blog_author`` (``고든``) is a piece of the blog's name (``고든의
    블로그``, Gordon's blog) and still the person: the blog is named after its owner. The dotted Korean date keeps
    its time."""
    article = extract_page("unseen-zh5/naver-blog-2023.html")
    assert article.title == "우유 섭취가 농업 초기 시대 인류의 몸집을 키웠다?"
    assert article.author == ["고든"]
    assert str(article.date) == "2023-02-05T11:40"
    assert article.language == "ko"
    assert article.body is not None and article.body.startswith("수렵 채집 생활을 하던 인류는")


def test_japanese_weekly_column_reads_right() -> None:
    """The columnist's name in ``span.writer`` beside the date (``2019年04月13日 09時00分``), the metadata stated in
    ``value`` attributes, and the title without the site's tail."""
    article = extract_page("unseen-zh5/cnet-japan-2019.html")
    assert article.title == "セキュリティとAI進化の両立なるか？--Appleニュース一気読み"
    assert article.author == ["松村太郎"]
    assert article.source == "CNET Japan"
    assert str(article.date) == "2019-04-13T09:00:00+09:00"
    assert article.body is not None and article.body.startswith("4月1日～4月7日のAppleに関連するCNET Japanのニュース")
    assert "メールマガジン" not in article.body
