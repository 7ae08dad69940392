"""HTML → blocks and page metadata: block boundaries, pruning, links, paths, metadata, hostile markup."""

from __future__ import annotations

from pathlib import Path

from newsmend import extract
from newsmend.caseless import Caseless
from newsmend.html import looks_like_html, parse_html
from newsmend.html.parse import INVISIBLE_MARK


def texts(html: str) -> list[str]:
    return [b.text for b in parse_html(html).blocks]


def test_blocks_follow_block_boundaries_and_br() -> None:
    html = "<div>导语<p>第一段，<b>加粗</b>文字。<br>第二行。</p>尾巴</div><ul><li>甲</li><li>乙</li></ul>"
    assert texts(html) == ["导语", "第一段，加粗文字。", "第二行。", "尾巴", "甲", "乙"]


def test_invisible_and_non_text_elements_are_dropped() -> None:
    html = (
        "<body><script>var a = '脚本';</script><style>p{}</style><p>可见。</p>"
        "<p hidden>隐藏一</p><p style='display: none'>隐藏二</p><div aria-hidden='true'>隐藏三</div>"
        "<noscript>无脚本</noscript><button>分享</button><!-- 注释 --></body>"
    )
    assert texts(html) == ["可见。"]


def test_ruby_readings_are_text_only_where_the_page_brackets_them() -> None:
    # Furigana over every kanji (children's news) is a reading aid above the line; a reading in <rp> brackets is
    # how the page says it reads without ruby (a name's reading, as print gives it).
    aid = "<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくす。</p>"
    named = "<p><ruby><rb>尹錫悦</rb><rp>（</rp><rt>ユンソンニョル</rt><rp>）</rp></ruby>大統領は宣言した。</p>"
    assert texts(aid + named) == ["子どもへの虐待をなくす。", "尹錫悦（ユンソンニョル）大統領は宣言した。"]


def test_whitespace_is_collapsed() -> None:
    assert texts("<p>  北京\n\n  时间 \t 上午  </p>") == ["北京 时间 上午"]


def test_a_preformatted_block_keeps_its_lines() -> None:
    listing = "<pre><code>pip install foo\n\n  foo --init   <a href='/x'>now</a>\n</code></pre><p>Then  run it.</p>"
    assert texts(listing) == ["pip install foo\nfoo --init now", "Then run it."]
    before, after = "Install it with pip, the installer. " * 4, "It reads the files and writes the output. " * 4
    html = f"<html><body><article><h1>Installing the tool</h1><p>{before}</p>{listing}<p>{after}</p></article>"
    article = extract(html)
    assert "pip install foo\nfoo --init now" in article.paragraphs
    assert "```\npip install foo\nfoo --init now\n```" in article.to_markdown()


def test_links_and_link_characters() -> None:
    block = parse_html("<p>详见<a href='/a'>这篇报道</a>和<a href='/b'>那篇</a>。</p>").blocks[0]
    assert [(link.text, link.href) for link in block.links] == [("这篇报道", "/a"), ("那篇", "/b")]
    assert block.link_chars == 6
    assert 0 < block.link_density < 1


def test_paths_and_containers_expose_the_dom() -> None:
    html = "<div id='main' class='article body'><p>一。</p><p>二。</p></div><div class='side'><p>三</p></div>"
    one, two, three = parse_html(html).blocks
    assert one.path == "body>div#main.article.body>p"
    assert one.tag == "p"
    assert one.ancestors == two.ancestors != three.ancestors
    assert one.container != two.container


def test_metadata_title_meta_and_json_ld() -> None:
    html = """<html lang="zh-CN"><head><title>标题 - 网站</title>
    <meta property="og:title" content="标题"><meta name="Author" content="张三">
    <link rel="canonical" href="https://example.com/a">
    <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "网站"},
      {"@type": "NewsArticle", "headline": "标题", "datePublished": "2024-05-20T08:00:00+08:00",
       "author": [{"@type": "Person", "name": "李四"}, {"name": "王五"}]}]}</script>
    <script type="application/ld+json">{ broken json</script></head><body><p>正文。</p></body></html>"""
    meta = parse_html(html).meta
    assert meta["html:title"] == "标题 - 网站"
    assert meta["html:lang"] == "zh-cn"
    assert meta["og:title"] == "标题"
    assert meta["author"] == "张三"
    assert meta["link:canonical"] == "https://example.com/a"
    assert meta["ld:headline"] == "标题"
    assert meta["ld:datepublished"] == "2024-05-20T08:00:00+08:00"
    assert meta["ld:author"] == "李四; 王五"


def test_metadata_elements_are_read_as_their_selectors_match_them() -> None:
    """One query finds every element the metadata readers take; each is read as its own selector would: ``type`` and
    ``rel`` values in any case, the first canonical link only, a ``<meta itemprop=author>`` as a meta tag."""
    html = """<html><head><link rel="Canonical" href=" https://example.com/first "><link rel="canonical"
    href="https://example.com/second"><meta itemprop="author" content="张三">
    <script type="Application/LD+JSON">{"@type": "NewsArticle", "headline": "标题"}</script>
    <script src="/app.js">var nickname = "外部";</script>
    <script>window.DATA = {"pubtime": "2019-09-07 19:02:26"}</script></head>
    <body><h1><span class="kicker">专题</span>标题正文</h1><time datetime="2020-01-01">旧</time>
    <time class="pubdate" datetime="2024-05-20T08:00:00+08:00">今天</time>
    <div itemprop="author"><span itemprop="name">李四</span></div><p>正文。</p></body></html>"""
    meta = parse_html(html).meta
    assert meta["link:canonical"] == "https://example.com/first"
    assert meta["author"] == "张三"
    assert meta["microdata:author"] == "李四"
    assert meta["ld:headline"] == "标题"
    assert meta["script:date"] == "2019-09-07 19:02:26"
    assert meta["time:published"] == "2024-05-20T08:00:00+08:00"
    assert meta["html:kicker"] == "专题"
    assert "platform:account" not in meta  # an external script's text is no data script


def test_deeply_nested_markup_is_walked_without_recursion() -> None:
    depth = 100_000
    closed = "<div>" * depth + "<p>深处的文字。</p>" + "</div>" * depth
    for html in (closed, "<div>" * depth + "<p>深处的文字。"):
        page = parse_html(html)
        assert [b.text for b in page.blocks] == ["深处的文字。"]
        assert page.blocks[0].path.count(">") < 100
        assert "deep-nesting" in page.flags


def test_unclosed_and_broken_markup() -> None:
    html = "<html><body><div><p>第一段。<p>第二段。<div><span>未闭合<table><tr><td>格子"
    assert texts(html) == ["第一段。", "第二段。", "未闭合", "格子"]


def test_html_detection() -> None:
    assert looks_like_html("<!DOCTYPE html><html><head></head><body></body></html>")
    assert looks_like_html("<?xml version='1.0'?>\n<html><body>x</body></html>")
    assert looks_like_html("<div class='a'><p>片段</p></div>")
    assert not looks_like_html("如果 a < b 且 b > c，则 a < c。")
    assert not looks_like_html("用 <b> 表示加粗是一种写法。")
    assert not looks_like_html("北京时间上午九点，新闻发布会召开。\n记者：张三")


def test_mathml_is_inline_text_of_its_sentence_without_its_tex_source() -> None:
    html = (
        "<p>There are two solutions to <math><semantics><mrow><mi>a</mi><msup><mi>x</mi><mn>2</mn></msup>"
        "<mo>+</mo><mi>c</mi><mo>=</mo><mn>0</mn></mrow><annotation encoding='application/x-tex'>ax^2+c=0"
        "</annotation></semantics></math> when a is not zero.</p>"
    )
    page = parse_html(html)
    assert [b.text for b in page.blocks] == ["There are two solutions to a x 2 + c = 0 when a is not zero."]
    assert page.blocks[0].path == "body>p"


def test_link_around_block_elements_is_a_link_of_each_block_its_text_is_in() -> None:
    """A card built as one link around a headline and a date: each block gets the link with its own text, and a
    link closing after its block leaves no link to the block after it."""
    html = (
        "<ul><li><a href='/a1'><h3>First headline here</h3><span>2024-05-13</span></a></li>"
        "<li><a href='/a2'><h3>Second headline here</h3><span>2024-05-14</span></a></li></ul>"
        "<div><a href='/x'><p>包在链接里的一段</p></a></div><p>其后一段，无链接。</p>"
    )
    blocks = parse_html(html).blocks
    assert [(b.text, [(link.text, link.href) for link in b.links], b.link_chars) for b in blocks] == [
        ("First headline here", [("First headline here", "/a1")], 19),
        ("2024-05-13", [("2024-05-13", "/a1")], 10),
        ("Second headline here", [("Second headline here", "/a2")], 20),
        ("2024-05-14", [("2024-05-14", "/a2")], 10),
        ("包在链接里的一段", [("包在链接里的一段", "/x")], 8),
        ("其后一段，无链接。", [], 0),
    ]


def test_an_article_inside_one_link_is_no_link_text() -> None:
    """An article left inside an unclosed ``<a>`` (broken markup): past WRAPPER_MIN_CHARS the link is a wrapper, so
    no block it spans holds link text or the link, and the article is extracted."""
    sentence = "段正文，讲述了某地发生的事情以及各方的回应和后续的安排，内容较为详细。"
    paragraphs = "".join(f"<p>这是第{i}{sentence}</p>" for i in range(30))
    html = f"<body><div class='content'><a href='/story/1.html'><h1>某地发生一件事</h1>{paragraphs}</div></body>"
    blocks = parse_html(html).blocks
    assert len(blocks) == 31
    assert all(b.link_chars == 0 and not b.links for b in blocks)
    article = extract(html)
    assert article.body is not None
    assert article.body.count("段正文") == 30


def test_card_links_of_a_real_related_list_give_each_line_its_part() -> None:
    """toutiao's 相关推荐 cards (trimmed real page): one link around a thumbnail's photo count and a headline; the
    headline's block holds the headline as its link, not ``9图`` glued before it."""
    page = (Path(__file__).parent.parent / "fixtures" / "pages" / "zh-unlabelled" / "toutiao-2.html").read_bytes()
    blocks = parse_html(page.decode("utf-8")).blocks
    cards = [b for b in blocks if "sibling-item" in b.path]
    assert len(cards) >= 16
    for count, headline in zip(cards[::2], cards[1::2], strict=True):
        assert count.text.endswith("图")
        assert [link.text for link in count.links] == [count.text]
        assert [link.text for link in headline.links] == [headline.text]
        assert headline.links[0].href == count.links[0].href
        assert headline.link_density == 1.0


def test_script_link_around_paragraphs_is_no_link() -> None:
    """A ``javascript:`` link wrapping blocks points nowhere: its text is plain text; a menu link is a link."""
    html = (
        "<body><a href='javascript:void(0)'>展开<p>第一段，点击展开全文。</p><p>第二段。</p>尾巴</a>"
        "<a href='javascript:'>打印</a><p><a href='/menu'>菜单</a></p></body>"
    )
    blocks = parse_html(html).blocks
    assert [(b.text, b.link_chars, len(b.links)) for b in blocks] == [
        ("展开", 2, 0),
        ("第一段，点击展开全文。", 0, 0),
        ("第二段。", 0, 0),
        ("尾巴打印", 2, 1),
        ("菜单", 2, 1),
    ]


def test_question_and_answer_items_are_marked_on_their_path_segment() -> None:
    page = parse_html(
        "<div itemscope itemtype='https://schema.org/Question' class='q'><div class='answer' itemscope "
        "itemtype='http://schema.org/Answer/'><p>An answer.</p></div><div itemtype='https://schema.org/Person'>"
        "<p>A person.</p></div></div>"
    )
    assert [b.path for b in page.blocks] == [
        "body>div.q~item:Question>div.answer~item:Answer>p",
        "body>div.q~item:Question>div>p",
    ]


def _marked_invisible(html: str) -> dict[str, bool]:
    """Each block's text and whether its path marks it invisible."""
    return {b.text: INVISIBLE_MARK in b.path for b in parse_html(html).blocks}


def test_elements_hidden_by_their_class_are_marked_invisible_unless_shown_on_wide_screens() -> None:
    marked = _marked_invisible(
        "<div class='pages'><div class='page'><p>Shown.</p></div><div class='page page_hidden'><p>Page two.</p></div>"
        "<div class='box hidden'><p>Variant.</p></div><div class='d-none d-md-block'><p>Desktop.</p></div>"
        "<div class='overflow-hidden qu-overflow--hidden'><p>Clipped.</p></div></div>"
    )
    assert marked == {"Shown.": False, "Page two.": True, "Variant.": True, "Desktop.": False, "Clipped.": False}


def test_hiding_styles_are_read_in_any_case_and_beside_non_ascii_text() -> None:
    marked = _marked_invisible(
        "<p STYLE='DISPLAY : None'>Hidden.</p><p style=\"font-family:'微软雅黑'; display:none\">隐藏。</p>"
        "<div style='Visibility: HIDDEN'><p>Revealed by a script.</p></div>"
        "<div style=\"font-family:'宋体'; visibility:hidden\"><p>脚本显示。</p></div><p style='color:red'>Shown.</p>"
    )
    assert marked == {"Revealed by a script.": True, "脚本显示。": True, "Shown.": False}


def test_caseless_patterns_match_as_re_ignorecase_does() -> None:
    """ASCII text is lowercased and searched case-sensitively; other text keeps re.I's own folds."""
    credit = Caseless(r"byline|source")
    assert credit.found_in("Article-BYLINE") and credit.found_in("作者 Source")
    assert Caseless(r"visibility").found_in("viſibility")  # re.I folds the long s; str.lower does not
    assert not credit.found_in("By Line") and not Caseless(r"(?<![a-z])pic").found_in("EPIC")


def test_credit_classes_of_inline_elements_are_read_in_any_case() -> None:
    block = parse_html(
        "<div>2024-01-02<span class='ByLine'>Jane Roe</span><span id='作者 AUTHOR'>张三</span>"
        "<span class='tag'>Politics</span></div>"
    ).blocks[0]
    assert block.inline == (("span.ByLine", "Jane Roe"), ("span#作者 AUTHOR", "张三"))


def test_breaks_fall_only_where_inline_elements_meet_without_space() -> None:
    block = parse_html(
        "<div><span>来源：甲</span><span>作者：乙</span> <span>编辑</span><b></b><i>丙</i>\n<em>丁</em></div>"
    ).blocks[0]
    assert block.text == "来源：甲作者：乙 编辑丙 丁"
    assert block.breaks == (4, 11)
    assert block.field_text == "来源：甲 作者：乙 编辑 丙 丁"


def test_a_page_escaped_twice_shows_its_characters() -> None:
    body = "<p>Stocks rose on Friday &amp;#151; the third day in a row &amp;#151; as investors bought bank shares.</p>"
    article = extract(f"<html><body><article><h1>Markets rally</h1>{body * 3}</article></body></html>")
    assert article.paragraphs[0] == "Stocks rose on Friday — the third day in a row — as investors bought bank shares."
    assert "html-entities" in article.flags
    assert {(f.kind, f.before, f.after) for f in article.repairs} == {("html-entity", "&#151;", "—")}


def test_a_page_parsed_from_its_utf8_bytes_is_the_page_parsed_from_its_text() -> None:
    html = (
        "<html lang='zh'><head><title>标题</title><meta property='og:title' content='标题'></head><body>"
        "<div class='article'><p>第一段，<a href='/a'>链接</a>文字。<br>第二行。</p><pre>代码\n  缩进</pre></div>"
        "</body></html>"
    )
    assert parse_html(html, utf8=html.encode("utf-8")) == parse_html(html)


_BLOG_POST = """<html><head><title>Island befreit sich von den Bankstern – der Film | TV Orange</title></head><body>
<div class="post"><h1>Island befreit sich von den Bankstern – der Film</h1>
<div class="meta"><div class="date">2. August 2012</div>By <a href="http://tv-orange.de/author/oradmin/"
 title="Beiträge von oradmin" rel="author">oradmin</a></div>
<div class="entry"><p>Der Film erzählt, wie Island nach dem Zusammenbruch seiner Banken einen anderen Weg ging als
der Rest Europas, und lässt die Menschen zu Wort kommen, die ihn erzwungen haben.</p>
<p>Die Regisseure begleiteten die Proteste über zwei Jahre und sprachen mit Politikern, Bankern und Bürgern.</p>
</div></div>{related}</body></html>"""


def test_an_author_link_spelling_its_address_names_the_account() -> None:
    """A WordPress theme's ``By <a rel="author" href="/author/oradmin/">oradmin</a>``: a user handle, which no
    byline shape takes for a name, credited by the link type and the address alike."""
    assert extract(_BLOG_POST.format(related="")).author == ["oradmin"]
    related = "".join(
        f'<li><a href="/q/{n}/">Question {n}</a> asked by <a href="/author/{h}/" rel="author">{h}</a></li>'
        for n, h in enumerate(["alexis_soto", "achindemo"])
    )
    html = _BLOG_POST.format(related=f"<ul>{related}</ul>").replace('rel="author">oradmin', ">oradmin")
    assert extract(html).author is None  # links to several accounts are a list's, naming no one
