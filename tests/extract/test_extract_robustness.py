"""extract() on bad input: a typed error or an Article with flags, never a crash, in bounded time."""

from __future__ import annotations

import gzip
from html import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsmend
from newsmend.content.scores import score_tree
from newsmend.errors import ConfigError, EmptyInputError, InputTypeError
from newsmend.extract import ExtractConfig
from newsmend.html import parse_html
from newsmend.html.parse import MAX_PATH_DEPTH

ARTICLE = "".join(f"<p>第{i}段，记者在现场看到，救援工作仍在紧张进行中。</p>" for i in range(8))
PAGE = f"<html><head><title>标题</title></head><body><div class='content'>{ARTICLE}</div></body></html>"


@pytest.mark.parametrize("data", [b"", b"   \n\t ", "", "  \n"])
def test_empty_input_is_a_typed_error(data: bytes | str) -> None:
    with pytest.raises(EmptyInputError):
        newsmend.extract(data)


@pytest.mark.parametrize("data", [None, 42, ["<p>x</p>"], {"html": "x"}])
def test_wrong_types_are_a_typed_error(data: object) -> None:
    with pytest.raises(InputTypeError, match="bytes or str"):
        newsmend.extract(data)  # type: ignore[arg-type]


def test_bytearray_and_memoryview_are_bytes() -> None:
    raw = PAGE.encode("utf-8")
    assert newsmend.extract(bytearray(raw)).body == newsmend.extract(memoryview(raw)).body == newsmend.extract(raw).body


def test_bad_options_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="unknown option"):
        newsmend.extract(PAGE, no_such_option=True)
    with pytest.raises(ConfigError, match="max_bytes"):
        ExtractConfig(max_bytes=0)
    with pytest.raises(InputTypeError):
        newsmend.extract(PAGE, config=ExtractConfig(), repair=False)


def test_binary_junk_gives_no_article_and_says_why() -> None:
    junk = bytes(range(256)) * 64
    article = newsmend.extract(junk)
    assert article.body is None and article.title is None
    assert {"binary", "no-article"} <= set(article.flags)


def test_gzip_body_is_inflated_before_extraction() -> None:
    article = newsmend.extract(gzip.compress(PAGE.encode("gbk")))
    plain = newsmend.extract(PAGE.encode("gbk"))
    assert article.body == plain.body and article.title == plain.title
    assert "decompressed" in article.flags


def test_page_without_article_is_flagged() -> None:
    menu = "".join(f"<li><a href='/c{i}'>频道{i}</a></li>" for i in range(40))
    article = newsmend.extract(f"<html><body><ul>{menu}</ul><div class='footer'>版权所有</div></body></html>")
    assert article.body is None
    assert "no-article" in article.flags


def test_huge_page_is_truncated_with_a_flag() -> None:
    filler = "<div class='ad'><a href='/x'>广告链接</a></div>" * 1_200_000  # ~50 MB
    article = newsmend.extract((PAGE.replace("</body>", filler + "</body>")).encode("utf-8"))
    assert "truncated" in article.flags
    assert article.body is not None
    assert "救援工作仍在紧张进行中" in article.body


def test_deep_nesting_and_unclosed_markup() -> None:
    deep = "<html><body>" + "<div>" * 100_000 + ARTICLE
    article = newsmend.extract(deep)
    assert article.body is not None
    assert "救援工作仍在紧张进行中" in article.body
    unclosed = "<html><body><div class='content'><p>" + "<p>".join(
        "记者在现场看到，救援工作仍在紧张进行中。" for _ in range(6)
    )
    assert "救援工作" in (newsmend.extract(unclosed).body or "")


def test_plain_text_that_mentions_tags_is_text() -> None:
    text = "据悉，该计划已得到确认。\n\n工程师表示，用 <b> 标记加粗只是一种写法，a < b 时也不影响。\n\n此举将加强合作。"
    article = newsmend.extract(text)
    assert article.body is not None
    assert "<b>" in article.body


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(min_size=1, max_size=4000))
def test_fuzz_random_bytes(raw: bytes) -> None:
    try:
        article = newsmend.extract(raw)
    except EmptyInputError:
        return
    assert isinstance(article, newsmend.Article)
    assert article.body is None or isinstance(article.body, str)


_TAGS = st.sampled_from(["div", "p", "span", "a", "table", "td", "li", "ul", "br", "script", "b", "h1", "section"])
_PIECES = st.one_of(
    _TAGS.map(lambda t: f"<{t}>"),
    _TAGS.map(lambda t: f"</{t}>"),
    st.sampled_from(["<a href='/x'>", "<div class='content'>", "<!--", "-->", "<", ">", "&amp;", "&#", "<![CDATA["]),
    st.text(alphabet="新闻记者报道，。的在是了abc <>&\"'\n", max_size=30),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=1, max_size=120).map("".join))
def test_fuzz_tag_soup(html: str) -> None:
    try:
        article = newsmend.extract("<html><body>" + html)
    except EmptyInputError:
        return
    assert isinstance(article, newsmend.Article)
    assert article.to_dict()["schema"]


def test_attribute_left_open_keeps_the_path_one_segment_per_element() -> None:
    # a quote a page left open swallows markup into the class: its ">" must not add a path segment, or the segments
    # and the element ids no longer pair up (zip(strict=True) raised in the wrapper stage)
    html = f"<html><body><div class='layout-sidebar><div class='story'>{ARTICLE}</div></div></body></html>"
    page = parse_html(html)
    assert all(len(b.path.split(">")) == len(b.ancestors) + 1 for b in page.blocks)
    assert "救援工作仍在紧张进行中" in (newsmend.extract(html).body or "")


def test_thread_nested_deeper_than_the_kept_path() -> None:
    # posts nested deeper than the parser keeps (MAX_PATH_DEPTH): a post's kept ancestors may miss the level the
    # thread grows to (tuple.index raised in growth); all posts stay
    text = "记者在现场看到，救援工作仍在紧张进行中，居民已经转移到安全地带，当地政府表示将继续组织力量搜救。" * 2

    def post(i: int, depth: int) -> str:
        nested = f"{'<div>' * depth}<p>{i}楼：{text}</p>{'</div>' * depth}"
        return f"<div class='post'><div class='post-body'>{nested}</div></div>"

    posts = post(0, 0) + "".join(post(i, 40) for i in range(1, 6))
    html = f"<html><body>{'<div>' * 40}<div class='thread'>{posts}</div>{'</div>' * 40}</body></html>"
    body = newsmend.extract(html).body or ""
    assert all(f"{i}楼" in body for i in range(6))


def test_a_container_first_seen_through_a_cut_path_keeps_its_parent() -> None:
    """A paragraph under ``div#page``, ``div#story`` and MAX_PATH_DEPTH - 2 more divs: the parser keeps its innermost
    MAX_PATH_DEPTH ids, so its chain opens at ``div#story`` and shows no parent. The paragraph after the divs, in
    ``div#story`` itself, shows ``div#page``, and the score tree must keep that parent (climbs stopped there)."""
    depth = MAX_PATH_DEPTH - 2
    paragraph = "<p>记者在现场看到，救援工作仍在紧张进行中。</p>"
    html = (
        f"<html><body><div id='page'><div id='story'>{'<div>' * depth}{paragraph}{'</div>' * depth}{paragraph}"
        "</div></div></body></html>"
    )
    page = parse_html(html)
    *_, page_div, story = page.blocks[-1].ancestors
    assert page.blocks[0].ancestors[0] == story  # the deep paragraph's kept chain opens at div#story
    assert score_tree(page, [1.0] * len(page.blocks)).parents[story] == page_div


_POST_CLASSES = st.sampled_from(["post", "comment", "content", "layout-sidebar", "footer", "sidebar-wrap"])
#: Nesting depths around the parser's kept path (MAX_PATH_DEPTH = 48): small integers alone seldom reach it.
_DEPTHS = st.sampled_from([0, 1, 3, 20, 40, 60])
_POST = st.tuples(_DEPTHS, _POST_CLASSES, st.sampled_from(["'", ""]))


@st.composite
def _mutated_thread(draw: st.DrawFn) -> str:
    """A thread as crawls damage one: posts nested at random depths (some deeper than the parser keeps) in elements
    whose class quote may be left open, so markup lands in the attribute."""
    text = "记者在现场看到，救援工作仍在紧张进行中，居民已经转移到安全地带。"
    posts = []
    for i, (depth, cls, quote) in enumerate(draw(st.lists(_POST, min_size=1, max_size=6))):
        nested = f"{'<div>' * depth}<p>{i}楼：{text}</p>{'</div>' * depth}"
        posts.append(f"<div class='{cls}{quote}><div class='post-body'>{nested}</div></div>")
    outer = draw(_DEPTHS)
    return f"<html><body>{'<div>' * outer}<div class='thread'>{''.join(posts)}</div></body></html>"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated_thread())
def test_fuzz_mutated_thread(html: str) -> None:
    article = newsmend.extract(html)
    assert article.body is None or "救援工作" in article.body


def test_addresses_that_do_not_parse_name_nothing() -> None:
    # a bracket of an IPv6 host left open or stray (a crawl's cut, a typo): urlsplit raises ValueError on it; the
    # canonical link then names no site, a related list's links stay as given
    items = "".join(
        f"<li><a href='http://[news.example.com/2024/05/story-{i}.html'>第{i}条新闻：救援工作仍在进行</a></li>"
        for i in range(6)
    )
    related = f"<div class='related'><h2>相关新闻</h2><ul>{items}</ul></div>"
    head = "<link rel='canonical' href='http://www.example.com]/a/1.html'><meta name='author' content='example'>"
    for html in (
        f"<html><body><div class='content'>{ARTICLE}</div>{related}</body></html>",
        f"<html><head>{head}</head><body><div class='content'>{ARTICLE}</div>{related}</body></html>",
    ):
        assert "救援工作仍在紧张进行中" in (newsmend.extract(html).body or "")
    assert "救援工作仍在紧张进行中" in (newsmend.extract(PAGE, url="http://[www.example.com/a").body or "")
    # an og:url so damaged names nothing either: the canonical link is the page's address (it raised ValueError)
    head = "<meta property='og:url' content='http://[www.example.com/a/1.html'>"
    head += "<link rel='canonical' href='http://www.example.com/a/1.html'>"
    article = newsmend.extract(f"<html><head>{head}</head><body><div class='content'>{ARTICLE}</div></body></html>")
    assert article.url == "http://www.example.com/a/1.html"


def test_related_links_to_one_long_word_are_read_in_linear_time() -> None:
    # an attribute a crawl ran on: a link's address is one word of 50 000 letters; the slug test searched it from
    # every letter (quadratic: the old code takes minutes here). No story address, so no story list.
    word = "x" * 50_000
    headline = "条新闻：救援工作仍在进行"
    items = "".join(f"<li><a href='/{word}{letter}'>第{i}{headline}</a></li>" for i, letter in enumerate("abcdef"))
    html = f"<html><body><div class='content'>{ARTICLE}</div><div><ul>{items}</ul></div></body></html>"
    article = newsmend.extract(html)
    assert "救援工作仍在紧张进行中" in (article.body or "")


#: Addresses as damaged pages give them: brackets of an IPv6 host open or stray, ports and hosts of any text, a word
#: a crawl ran on.
_HREFS = st.one_of(
    st.text(alphabet="[]:/?#@%.-_ax1中", max_size=40),
    st.sampled_from(["http://", "//", "/", "http://[", "https://a]b/", "http://h:99999/", "http://x\uff03y/"]).flatmap(
        lambda start: st.text(alphabet="[]:/-ab7", max_size=20).map(lambda rest: start + rest)
    ),
    st.integers(1_000, 20_000).map(lambda n: "/" + "x" * n),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_HREFS, min_size=1, max_size=8), _HREFS)
def test_fuzz_damaged_addresses(hrefs: list[str], canonical: str) -> None:
    items = "".join(f"<li><a href='{escape(h, quote=True)}'>第{i}条新闻：救援工作仍在进行</a></li>"
                    for i, h in enumerate(hrefs))
    head = f"<link rel='canonical' href='{escape(canonical, quote=True)}'>"
    page = f"<html><head>{head}</head><body><div class='content'>{ARTICLE}</div><ul>{items}</ul></body></html>"
    assert "救援工作仍在紧张进行中" in (newsmend.extract(page, url=canonical or None).body or "")


def test_line_of_many_open_template_braces_is_read_in_linear_time() -> None:
    # a line opening 60 000 template expressions that never close: the template test searched the rest of the line
    # from every "{{" (quadratic: the old code takes minutes here); it is no template source, so it stays
    line = "{{x}} " + "{{x " * 60_000
    article = newsmend.extract(f"<html><body><div class='content'>{ARTICLE}<p>{line}</p></div></body></html>")
    assert "救援工作仍在紧张进行中" in (article.body or "")
