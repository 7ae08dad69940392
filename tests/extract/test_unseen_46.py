"""A forty-sixth audit on news pages in other languages than English and Chinese outside the dev set, and what
newsmend reads on them.

The pages are saved pages from adbar/htmldate's ``tests/eval/`` (2023 copies), read in 16,000-character pieces and
transcribed trimmed (script bodies emptied, the ``<script>`` elements kept; most menu, share and footer items cut,
their text kept as the page writes it), in ``tests/fixtures/pages/unseen-ml1/``:

- adbar/htmldate ``tests/eval/article.auone.jp-tax.html``: a 2023 Japanese mobile carrier's news portal carrying a
  broadcaster's politics story (``TBS NEWS DIG``, named with the time ``11/02 19:16`` under the text and a
  ``元記事を読む`` link to the original), its ``og:site_name`` the portal's name and tagline (``au Webポータル|最新の
  ニュースをお届け！``), its ``<title>`` a shorter headline ending with the portal's name and the channel run together
  (``…|au Webポータル経済・ITニュース``), its ``og:title`` the headline and the portal's name; the speaker's name on
  a line of its own before his quote, two keyword links, a ``関連記事`` list of four stories (one a short headline,
  ``野党「ばらまき」「効果なし」``), a ``情報提供元の記事`` list of five of the broadcaster's, the genre menu and a side
  menu after it (``htmldate-auone-tax-cut.html``: the analytics, ad and recommendation scripts emptied, the share
  panel cut to two buttons and the side menu to a few items).

None is in the dev set (by URL and by their sentences). newsmend read the portal's story right: the headline
without the portal's name (trafilatura keeps ``|au Webポータル``, readability gives the ``<title>``'s shorter
headline with the portal's name and channel), the metadata's time, the text from its first paragraph to its last
with the speaker's line (trafilatura and readability keep it too), the time and the broadcaster's name under it
out (trafilatura keeps both). The related list missed the short headline, its Han characters (``野党``, ``効果``)
too few for a headline; fixed (``fields/related.py``, ``_WORD_RE``): a run of two kana or more in a Japanese
headline counts as a word, as a Latin word does in a Chinese one (7 of 798 dev pages' related lists change: short
Japanese headlines read on three portals' and a blog's lists, a ranked list read whole, two cards' headlines read
for their sublines; a kicker taken for a card's headline on one page and a story dropped from a column box on
another). The portal's ``source`` was its name with the tagline: fixed (``fields/readers.py``, ``_site_name``): the
``og:title``'s tail names the site when the ``<title>``'s does not (0 of 798 dev pages change).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.fields.readers import read_meta_source
from newsmend.fields.related import _is_headline

AUONE = "unseen-ml1/htmldate-auone-tax-cut.html"

GUARDS = [
    # The headline without the portal's name, the metadata's time, the text from its first paragraph to its last
    # with the speaker's line before his quote; the time and the broadcaster's name under it, the link to the
    # original, the keywords, both lists and the menus out.
    Guard(
        AUONE,
        "減税は24年6月ボーナスのタイミングで 岸田総理が会見で明らかに",
        None,
        "2023-11-02T19:16:18+09:00",
        "政府が経済対策を決定したことを受け、岸田総理は先ほどから会見を行っています。",
        "「所得税減税とは矛盾しない」と話しました。",
        (
            "11/02 19:16",
            "TBS NEWS DIG",
            "元記事を読む",
            "岸田文雄政権",
            "関連記事",
            "ばらまき",
            "ジャンルで探す",
            "利用規約",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_short_japanese_headline_is_a_related_item() -> None:
    """The portal's ``関連記事`` list gives its four stories, the short one (``野党「ばらまき」「効果なし」``: four Han
    characters) among them: a run of two kana or more counts as a word of a Japanese headline
    (``fields.related._WORD_RE``), as a Latin word does in a Chinese one. A kana alone is a particle: a column's
    name (``編集委員の目``) or a menu item (``お問い合わせ``) stays no headline. The broadcaster's list follows."""
    article = extract_page(AUONE)
    assert [item.title for item in article.related[:4]] == [
        "首相、賃上げと減税「来夏実現」",
        "【速報】「デフレからの完全脱却のため」岸田首相が経済対策を説明",
        "野党「ばらまき」「効果なし」",
        "立憲・泉健太代表 岸田首相の経済対策を批判「メガネの度がズレている。バツです」",
    ]
    assert len(article.related) == 9
    assert article.related[4].url == "https://newsdig.tbs.co.jp/articles/-/800886"
    assert _is_headline("野党「ばらまき」「効果なし」")
    assert not _is_headline("編集委員の目")
    assert not _is_headline("お問い合わせ")
    assert not _is_headline("経済・IT")


def test_site_name_without_its_tagline_from_the_og_title() -> None:
    """The portal's ``og:site_name`` adds a tagline to its name (``au Webポータル|最新のニュースをお届け！``) and its
    ``<title>`` runs the name and the channel together (``…|au Webポータル経済・ITニュース``): the ``og:title``'s tail
    (``…|au Webポータル``) names the site (``fields.readers._site_name``). A metadata title ending with the whole
    site name leaves it as it is."""
    assert extract_page(AUONE).source == "au Webポータル"
    meta = {
        "og:site_name": "au Webポータル|最新のニュースをお届け！",
        "html:title": "減税は24年6月 首相会見で表明|au Webポータル経済・ITニュース",
        "og:title": "減税は24年6月ボーナスのタイミングで 岸田総理が会見で明らかに|au Webポータル",
    }
    assert read_meta_source(meta) == "au Webポータル"
    whole = {**meta, "og:title": "Headline|au Webポータル|最新のニュースをお届け！"}
    assert read_meta_source(whole) == meta["og:site_name"]
