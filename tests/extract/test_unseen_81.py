"""An eighty-first audit on Japanese news pages outside the dev set, and what newsmend reads on them.

The pages are saved pages from postlight/parser's ``fixtures/`` (copies the parser's fixture writer serialised again,
their ``<meta>`` values in ``value`` attributes and their text in character references), read in 16,000-character
pieces: the pieces holding the head and the article, assembled and trimmed of scripts, style sheets, ad slots,
social widgets and most menu and sidebar items (their text kept as the page writes it, character references
included), in ``tests/fixtures/pages/unseen-ja3/``:

- postlight/parser ``fixtures/www.itmedia.co.jp/1550977733079.html``: a 2019 Japanese PC magazine's column, the
  fourth part of a series on building a small PC, comparing two NVMe SSDs: a type label (``コラム``), the
  publication time (``2019年02月22日 14時30分 公開``), an ``<h1>`` of a kicker in ``<small>`` run into the headline
  in ``<big>`` (``さらば平成、さらば水冷、いくぜNUC：Intel NUCで最新SSDを比較してみた (1/2)``), a standfirst in
  ``<h2>``, the byline in brackets (``[田中宏昌，ITmedia]``), two paragraphs, a list of the series' parts, pictures
  each captioned in a ``<small>`` beside it, a subheading, the text, a pointer and pager to the second page, the
  copyright line, a share box, then a sidebar of the publisher's features and a ranking of the most read stories,
  the article itself fourth (``itmedia-nuc-ssd-2019.html``: the menus cut to a few items, the ranking to five, the
  later sidebar boxes (a second ranking, the archive calendar, the footer) cut; 70 KB to 28 KB);
- postlight/parser ``fixtures/weekly.ascii.jp/1555849300154.html``: a 2019 Japanese weekly's hands-on of a small
  phone, a blog posting in microdata: a breadcrumb, the date line, the ``<h1>``, the byline as Japanese magazines
  print it (``文●オカモト／ASCII編集部``: text by, the writer, after a slash the desk), which the microdata's author
  repeats, share buttons, then in the article body a lead, pictures in ``table.img`` with their captions in a cell
  under them, a two-line subheading, the text, a specification table, boxes of related sites and related stories,
  and after it the category, share buttons and the current issue (``ascii-palm-phone-2019.html``: the pieces
  holding the head and article, ten picture tables without captions and half the specification rows cut, the
  page's tail after the current issue cut; 56 KB to 20 KB);
- postlight/parser ``fixtures/www.gizmodo.jp/1555839535234.html``: a 2019 Japanese gadget blog's short news story on
  a toy-capsule machine taking transit cards, under a breadcrumb: the ``<h1>``, the time (``<time
  datetime="2019-04-19T20:00:00+09:00">``, where ``article:published_time`` states the same clock reading as UTC,
  ``…T20:00:00.000Z``), the writer beside an icon, a lead picture credited in its ``<figcaption>``, seven paragraphs
  and a second credited picture, a closing ``Source:`` line naming the press release's company, tags, share buttons
  and a sidebar ranking (``gizmodo-suica-gashapon-2019.html``: the inline SVG icons emptied, the menus, the ranking's
  other tabs and the page's tail cut; 84 KB to 18 KB).

None is in the dev set (by their sentences). On the column, read wrong and fixed: the title was the breadcrumb's first
link (``ITmedia PC USER >``), which names the site and is a part of the ``<title>``, standing over the type label and
the dateline of a page whose ``<h1>`` opens the body: the dated-heading reading took it for the headline of a page whose
metadata title names a channel (``fields/readers.py``, ``_dated_heading``: a title part naming the site is no headline;
0 dev pages change); the ``<h1>`` of kicker and headline opened the body, the metadata title being the headline alone
(``fields/title.py``, :func:`kicker_then_headline`, read in ``fields/evidence.py``'s ``_read_body``: a heading among the
body's first lines that runs a kicker into the headline, a kicker mark between them, is the headline as displayed; 3 dev
pages change, each right: magic-html article-f6d0929419b4ce71's ``Title:…`` line over an arXiv abstract,
trafilatura-eval t0373's and t0871's ``Kicker : Headline`` lines); the ranking's fourth item, the article itself under
its headline without the page number, was a related item (``fields/related.py``, ``_same_page``: a link to the page's
own address is no related item; 7 dev pages lose one such item each). Now: the metadata's headline (trafilatura takes
the whole ``<h1>``, kicker included; readability the whole ``<title>``), the byline's writer (trafilatura reads none),
the published time, the standfirst first and the text to the last caption, the related ranking without the article. Read
wrong and fixed later: the captions, ``<small>`` lines beside their pictures in a classless ``div``, stayed in the text,
unlisted (readability keeps them too, trafilatura drops them); each is now listed and out of the text
(``html/parse.py``: ``Block.picture_box``, the innermost element holding the block and the one picture set before it,
and a ``<small>`` kept in ``Block.inline``; ``fields/evidence.py``, ``_boxed_caption``: such a box holding no other
block, the block a caption's length with no link, its text mostly in ``<small>`` or the box a table's rows; 2 dev pages
change, each right: a Wikipedia infobox's two picture captions leave the text, a mountaineering site's lead picture's
line is listed). Left as found: the list of the series' parts, a box of links, stays out (trafilatura keeps it out too).
On the hands-on, read wrong and fixed: the author was the whole credit, role word and desk included
(``fields/readers.py``, ``_writer_credit``, read in ``_declared_names``: a Japanese writer's credit in the metadata
author names the writers alone; 0 dev pages change; trafilatura reads the whole credit). Read right: the headline, the
date, the lead first, the related stories, the related sites and the share and issue boxes out. Read wrong and fixed
later: the captions, each in a cell under its picture's in a ``table.img``, stayed in the text; six of the eight are now
listed and out of it (the same ``_boxed_caption``), the two after a picture table without a caption staying (two
pictures since the text before: no one picture's box). Left as found: each cell of the specification table a line of its
own (trafilatura and readability keep the table's text too). The blog story reads right: the headline, the writer, the
day and time, the seven paragraphs, the picture credits listed as captions, the tags, share buttons and ranking out
(trafilatura and readability keep the ``Source:`` line in the text). Read wrong and fixed later: the
date took the metadata's offset, ``+00:00``, where the page's ``<time>`` gives the same clock reading at ``+09:00`` (a
local clock reading stamped ``Z``; ``fields/dates.py``, :func:`shown_stamp`: a page ``<time>`` on the shown clock gives
its zone). Left as found: the source is the ``Source:`` line's company, the press release the story retells, where the
outlet would be the blog itself.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.fields.readers import _writer_credit
from newsmend.fields.related import _same_page
from newsmend.fields.title import kicker_then_headline, norm

GUARDS = [
    # The metadata's headline without the kicker, the byline's writer, the published time, the standfirst first and
    # the last paragraph last; the captions, the menus, the breadcrumb, the kicker, the series' list, the pointer and
    # pager to the second page, the copyright and share lines and the sidebar out.
    Guard(
        "unseen-ja3/itmedia-nuc-ssd-2019.html",
        "Intel NUCで最新SSDを比較してみた (1/2)",
        ["田中宏昌"],
        "2019-02-22T14:30",
        "Intelの超小型PC「NUC」を手に入れたとあるユーザーが",
        "モード切り替え時にはシステムの再起動が必要になります。",
        (
            "メディア",
            "ゲームモードの選択肢がありません",
            "Sponsored",
            "ITmedia PC USER >",
            "コラム",
            "さらば平成",
            "これまでの歩み",
            "ベンチマークテストの結果は",
            "次のページへ",
            "Copyright",
            "いいね",
            "総力特集",
            "アクセストップ10",
        ),
    ),
    # The headline, the writer without the role word and the desk, the published time, the lead first and the
    # specification table's last cell last; the menus, the breadcrumb, the share buttons, the related sites and
    # stories, the category and the current issue out.
    Guard(
        "unseen-ja3/ascii-palm-phone-2019.html",
        "普通に使える手のひらサイズの超小型スマホ「Palm Phone」の実機チェック",
        ["オカモト"],
        "2019-04-21T12:00",
        "FOXが国内販売代理店となり",
        "Type-C",
        (
            "iPhone,iPad",
            "グルメ",
            "スマホ・通信 >",
            "文●",
            "Tweet",
            "関連サイト",
            "関連記事",
            "Mi9 SE",
            "mixi",
            "あわせて読みたい",
            "No.1226",
            "さんをフォロー",
        ),
    ),
    # Read right: the headline, the writer, the day and time, the first paragraph first and the last before the
    # ``Source:`` line last; the menus, the breadcrumb, the picture credits (listed as captions), the source line,
    # the tags, the share buttons and the ranking out.
    Guard(
        "unseen-ja3/gizmodo-suica-gashapon-2019.html",
        "Suicaでガシャれる。電子マネー対応ガシャポンが稼働開始",
        ["小暮ひさのり"],
        "2019-04-19T20:00:00+09:00",
        "罪悪感薄めでグリグリ回せるやつ。",
        "SuicaがOKってことは、iPhoneで回せるよね？",
        (
            "CATEGORY",
            "タグ一覧へ",
            "PRODUCT",
            "Image:",
            "Source:",
            "Tags",
            "おもちゃ",
            "ツイート",
            "LINEで送る",
            "RANKING",
            "ペプシ",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_site_name_over_the_dateline_is_no_headline() -> None:
    """The breadcrumb's first link names the site and is a part of the ``<title>``; standing over the dateline it
    had been read as the headline (``fields.readers._dated_heading``). The headline the metadata gives stands."""
    article = extract_page("unseen-ja3/itmedia-nuc-ssd-2019.html")
    assert article.title == "Intel NUCで最新SSDを比較してみた (1/2)"
    assert article.source == "ITmedia PC USER"


def test_heading_of_kicker_and_headline_is_the_headline() -> None:
    """A heading running a kicker into the headline, a kicker mark between them, is the headline as displayed
    (``fields.title.kicker_then_headline``); a heading going on past the headline, or the headline alone, is not."""
    key = norm("Intel NUCで最新SSDを比較してみた (1/2)")
    assert kicker_then_headline("さらば平成、さらば水冷、いくぜNUC：Intel NUCで最新SSDを比較してみた (1/2)", key)
    assert kicker_then_headline("Klimaschutz: Storm closes schools", norm("Storm closes schools"))
    assert not kicker_then_headline("Intel NUCで最新SSDを比較してみた (1/2)", key)
    assert not kicker_then_headline("Storm closes schools: what parents need to know", norm("Storm closes schools"))
    assert not kicker_then_headline("Well-known storm closes schools", norm("known storm closes schools"))
    article = extract_page("unseen-ja3/itmedia-nuc-ssd-2019.html")
    assert all("さらば平成" not in p for p in article.paragraphs)


def test_link_to_the_page_itself_is_no_related_item() -> None:
    """The ranking lists the article under its headline without the page number; its link is the page's own address
    (``fields.related._same_page``), so it is no related item, while the ranking's other stories are."""
    article = extract_page("unseen-ja3/itmedia-nuc-ssd-2019.html")
    own = "https://www.itmedia.co.jp/pcuser/articles/1902/22/news089.html"
    assert article.url == own
    assert [item.title for item in article.related][3] == "最新のIntel NUCで自作して分かった2つの驚き"
    assert all(item.url != own for item in article.related)
    assert _same_page("http://WWW.example.com/a/b/#comments", "https://www.example.com/a/b")
    assert not _same_page("https://www.example.com/a/b?page=2", "https://www.example.com/a/b")
    assert not _same_page(None, "https://www.example.com/a/b")


def test_small_print_beside_its_picture_is_its_caption() -> None:
    """Each picture's box holds the picture and a ``<small>`` line, nothing else: the line is the picture's caption,
    listed and out of the text (``fields.evidence._boxed_caption``), the paragraphs around it kept."""
    article = extract_page("unseen-ja3/itmedia-nuc-ssd-2019.html")
    assert len(article.captions) == 7
    assert article.captions[0] == "Intelの新型NUCファミリーで最上位のベアボーンモデルとなる「NUC8i7BEH」"
    assert article.captions[-1] == "こちらは前モデルでの画面。ゲームモードの選択肢がありません"
    assert not set(article.captions) & set(article.paragraphs)
    assert any(p.startswith("一口にSSDといっても") for p in article.paragraphs)


def test_table_framing_a_picture_and_its_line_makes_a_caption() -> None:
    """A ``table.img`` of a picture's row and a text row under it frames the picture and its caption: the line is
    listed and out of the text (``fields.evidence._boxed_caption``); a line after two pictures (one table without a
    caption before its own) is no one picture's and stays."""
    article = extract_page("unseen-ja3/ascii-palm-phone-2019.html")
    assert article.captions[0] == "完全に片手に収まるスマホ「Palm Phone」が日本上陸"
    assert article.captions[-1] == "Antutu 7の結果はこのとおり"
    assert len(article.captions) == 6
    assert not set(article.captions) & set(article.paragraphs)
    assert "背面はガラス素材、側面はチタンカラーで高級感も" in article.paragraphs


def test_japanese_writer_credit_names_the_writer() -> None:
    """A Japanese magazine's credit as its byline prints it, role word, black circle, writer and desk after a slash,
    names the writer alone (``fields.readers._writer_credit``); a photographer's credit or a plain name is no such
    credit."""
    assert _writer_credit("文●オカモト／ASCII編集部") == ["オカモト"]
    assert _writer_credit("取材・文●山田 太郎、佐藤 花子") == ["山田 太郎", "佐藤 花子"]
    assert _writer_credit("写真●オカモト") is None
    assert _writer_credit("オカモト") is None
    assert extract_page("unseen-ja3/ascii-palm-phone-2019.html").author == ["オカモト"]
