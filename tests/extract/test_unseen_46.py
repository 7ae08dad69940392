"""A forty-sixth audit on news pages in other languages than English and Chinese outside the dev set, and what
newsmend reads on them.

The pages are saved pages from adbar/htmldate's ``tests/eval/`` (2023 copies, in Japanese, French, Vietnamese,
Italian and Spanish) and ``tests/cache/`` (a 2019 French copy), read in 16,000-character pieces (the long ones in
the pieces holding the head and the article) and transcribed trimmed (script bodies emptied, the ``<script>``
elements kept; most menu, share and footer items cut, their text kept as the page writes it; the article's markup
as saved), in ``tests/fixtures/pages/unseen-ml1/``:

- adbar/htmldate ``tests/eval/article.auone.jp-tax.html``: a 2023 Japanese mobile carrier's news portal carrying a
  broadcaster's politics story (``TBS NEWS DIG``, named with the time ``11/02 19:16`` under the text and a
  ``元記事を読む`` link to the original), its ``og:site_name`` the portal's name and tagline (``au Webポータル|最新の
  ニュースをお届け！``), its ``<title>`` a shorter headline ending with the portal's name and the channel run together
  (``…|au Webポータル経済・ITニュース``), its ``og:title`` the headline and the portal's name; the speaker's name on
  a line of its own before his quote, two keyword links, a ``関連記事`` list of four stories (one a short headline,
  ``野党「ばらまき」「効果なし」``), a ``情報提供元の記事`` list of five of the broadcaster's, the genre menu and a side
  menu after it (``htmldate-auone-tax-cut.html``: the analytics, ad and recommendation scripts emptied, the share
  panel cut to two buttons and the side menu to a few items);
- adbar/htmldate ``tests/cache/loldf.org.html``: a 2019 Paris radio collective's SPIP page for a show on assisted
  reproduction law, its date shown in words (``jeudi 27 juin 2019``) in the microformats' ``<abbr
  class="published" title="2019-06-27T10:21:40Z">``, credited to the collective's account (``par loldf``, a
  ``vcard author`` link), an MP3 player and one paragraph of text, a ``Voir en ligne :`` link to a newspaper's
  op-ed after it, the attached documents, a ``Répondre à cet article`` link, the sections menu, a ``Dans la même
  rubrique`` list of ten shows (the page's own among them) and the keywords (``htmldate-loldf-pma.html``: whole,
  10,156 characters);
- adbar/htmldate ``tests/eval/leparisien.fr-Ciaran.html``: a 2023 Paris daily's storm story (Arc Publishing's
  template), its ``og:site_name`` the host name (``leparisien.fr``) where its ``<title>`` ends ``- Le Parisien``;
  a standfirst under the headline, the lead picture's caption and credit, the byline ``Par Thomas Lecomte`` and
  ``Le 2 novembre 2023 à 16h17``, four paragraphs with an ``À lire aussi`` pointer and a data map's empty slot
  between them, a ``Dans la rubrique Météo`` box of three stories after them whose elements carry style
  utilities' classes (``div.mt_150_nd.mt_2_ad.d_flex``), a ``Les plus lus`` rail of five, a comments button, a
  ``Météo`` row of story cards and the footer's shopping guide, services and subscription pitch
  (``htmldate-leparisien-ciaran-cut.html``: 32,843 of 253,159 characters: the head's scripts emptied and its app
  links cut, the menus cut to a few items, the SVG paths emptied, the cards' row to three, the footer to a few
  items, the site's JSON state after it cut; the article's markup from the breadcrumb to the rail as saved);
- adbar/htmldate ``tests/eval/VnExpress.net-Kinh-doanh.html``: a 2023 Vietnamese daily's business story, its
  ``og:site_name`` the host name (``vnexpress.net``) where its ``<title>`` ends with the site's and the section's
  names (``- VnExpress Kinh doanh``) and ``<meta name="author">`` names the site, the writer in JSON-LD and in a
  ``p.author_mail`` closing the text (``<strong>Anh Minh</strong>``); the date line over the headline, a
  standfirst, eleven paragraphs with a captioned photo and a chart's frame among them, share and back links after
  them, the related lists, comments and footer left to scripts (empty elements) (``htmldate-vnexpress-thue-cut.html``:
  20,850 of 220,401 characters: the head's 175,000 characters of inline CSS and scripts emptied, the menus cut to a
  few items, the SVG paths emptied; the article's markup as saved);
- adbar/htmldate ``tests/eval/Repubblica.it-Israele-Hamas.html``: a 2023 Roman daily's live blog on the Gaza war,
  JSON-LD crediting ``Repubblica.it`` as a ``Person`` and listing its updates (``LiveBlogPosting``), the headline, a
  video and a summary, the day's date and update time, two paragraphs of introduction, an in-text box of three
  story links and a dossier link, a ``Punti chiave`` index of the day's key posts, then each post in a
  ``section.liveblog__post``: a ``<time>`` with its clock time (``16:48``), an ``h2`` title and its paragraphs and
  pictures; a comments button, a video of the day, a ``Raccomandati per te`` list, ``© Riproduzione riservata`` and
  the footer (``htmldate-repubblica-liveblog-cut.html``: 38,206 of 403,740 characters: 9 of 79 posts kept, the
  first three and the last six, the index cut to five entries, the JSON-LD updates to two, the inline CSS and the
  scripts emptied, the menus and the footer cut to a few items; the kept posts' markup as saved);
- adbar/htmldate ``tests/eval/Infobae.com-Israel.html``: a 2023 Argentine daily's world story (Arc Publishing),
  JSON-LD crediting the outlet (``INFOBAE``, an ``Organization``), the headline and a subheadline, the date in the
  share bar (``02 Nov, 2023 11:08 a.m. EST``), eleven paragraphs and a subheading with three captioned photos,
  three ``Te puede interesar:`` story cards and ad slots among them, ``Temas Relacionados`` tags, an ``Últimas
  Noticias`` feed, a ``Lo Último`` rail and a ``Te Recomendamos`` list (``htmldate-infobae-gaza-cut.html``: 25,241
  of 1,318,302 characters: the head's polyfills and styles emptied, the pictures' ``srcset`` lists cut, the SVG
  paths emptied, the menus, the feeds and the rail cut to a few items, the page's JSON state after it cut).

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

On the show's page newsmend read the title, the text, the language and the date right, the account no author
(trafilatura credits ``Loldf``), the ``Voir en ligne`` link out (so do trafilatura and readability; readability's
title keeps the site's name); but the date had no time: the ``<abbr>``'s ``title`` was not read. Fixed
(``html/meta.py``, ``_time_value``): an ``<abbr>`` marked as the publication time gives its ISO ``title`` as a
``<time>`` gives its ``datetime`` (8 of 798 dev pages change, each the same calendar date as before, now with the
time and the zone their ``abbr.published`` states: readability-testpages 002, blogger, links-in-tables,
trafilatura-eval t0044, t0139, t0429, t0436, t0989). Left as found: the ``Dans la même rubrique`` list gives no
related item; its heading is a link in an ``<h2>`` and 21 characters long, and letting a heading element be
linked and run to 24 characters moved 18 dev pages' related lists (a news site's town sections, ``View More
Stories``, a health site's menu and ``Hot Network Questions``'s lists among them), too loose for one page's list.

On the daily's story newsmend read the headline, the writer, the time, the text from the standfirst to the last
paragraph (trafilatura reads the same; readability leaves the standfirst out), the caption apart and the pointer
out. Its ``Dans la rubrique`` box gave no related item: its boxes' classes ``mt_2_ad`` (margin 2 on all desktops)
held the word ``ad``. Fixed (``fields/related.py``, ``_name_tokens``): a style utility's class, a number between
its words, names nothing a list is judged by (0 of 798 dev pages change). Its ``source`` was the host name:
fixed (``fields/readers.py``, ``_spelled_host``): a ``<title>``'s tail spelling the ``og:site_name`` host without
its spaces and capitals is the outlet's written name (7 of 798 dev pages change, each from a host name to the
outlet's name as its title writes it: ``lastampa.it`` -> ``La Stampa``, ``die-tagespost.de`` -> ``Die
Tagespost``, ``ELESPECTADOR.COM`` -> ``EL ESPECTADOR``, ``Libération.fr`` -> ``Libération``, ``homify.de``,
``Factorio.com``, ``CareerCup.com``).

On the Vietnamese story newsmend read the headline, the writer (from JSON-LD, not the site the ``author`` tag
names; trafilatura reads him too), the time with its zone, the standfirst first and the last paragraph last, the
photo's caption apart and the closing name out of the text (readability keeps the date line and the name in it, and
the site's name in its title). Its ``source`` was the host name: the ``<title>``'s tail names the site and its
section; fixed with the daily's case (``fields/readers.py``, ``_spelled_host``): the words opening the tail that
spell the host are the outlet's name (1 more dev page changes: trafilatura-eval t0602 ``swr.online`` -> ``SWR``
from ``- SWR Sport``, right).

On the live blog newsmend read the headline, the date, the summary first and the last post's paragraph last, each
post's title and text, the Reuters credit as a caption, the notice as the copyright and the recommended stories as
related, but kept each post's clock time (``16:48``) as a paragraph of the text (trafilatura drops them; readability
drops the introduction). Fixed (``fields/trim.py``, ``_CLOCK_RE``): a line that is a clock time alone in an element
of its own stamps a post, as a date and time alone already did (1 of 798 dev pages changes: readability-testpages
cnet-svg-classes loses ``8:09``, a related video's duration in ``span.duration``, which its reference text keeps:
accepted, it is no text of the story). Left as found: the in-text box of three story links stays in the text, and
so does the ``Punti chiave`` heading whose index the text drops (trafilatura drops both). The JSON-LD ``Person``
``Repubblica.it`` is the site (its ``application-name``), credited with no person anywhere: the outlet the page
declares stands as the author, as for agency and staff copy (trafilatura gives ``Repubblica it``).

newsmend read the Argentine story right (the guard alone is the contribution): the headline without the site's
name, the outlet JSON-LD credits as the author (trafilatura gives none), the publication time, the subheadline
first and the text to its last paragraph with the subheading, the three captions apart, the story cards, the
tags, the feeds and the share bar out (trafilatura reads the same text without the subheadline; readability keeps
the cards' ``Te puede interesar:`` lines and the first caption in the text). Left as found: the cards' label opens
their related items' titles (``Te puede interesar: Israel advirtió …``); a label and a colon opening a link's text
is as often a headline's own first words (``Tempête Ciaran : des records …``).
"""

from __future__ import annotations

import pytest
from tests.support.pages import PAGES, Guard, assert_reads_right, extract_page

import newsmend
from newsmend.fields.readers import read_meta_source
from newsmend.fields.related import _is_headline, _name_tokens

AUONE = "unseen-ml1/htmldate-auone-tax-cut.html"
LOLDF = "unseen-ml1/htmldate-loldf-pma.html"
PARISIEN = "unseen-ml1/htmldate-leparisien-ciaran-cut.html"
VNEXPRESS = "unseen-ml1/htmldate-vnexpress-thue-cut.html"
REPUBBLICA = "unseen-ml1/htmldate-repubblica-liveblog-cut.html"
INFOBAE = "unseen-ml1/htmldate-infobae-gaza-cut.html"

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
    # Read right: the show's title without the site's name, the text's one paragraph, the collective's account
    # no author; the date with its time (see its test); the player, the op-ed link, the reply link, the menus out.
    Guard(
        LOLDF,
        "Sur la PMA avec les juristes Marie Mesnil et Laurence Brunet",
        None,
        "2019-06-27T10:21:40+00:00",
        "En début de semaine, Agnès Buzyn déclarait vouloir",
        "dans nos familles ?",
        ("Voir en ligne", "MP3", "Documents joints", "Répondre", "Rubriques", "Radiocascades", "Lutter ensemble"),
    ),
    # The writer, the metadata's time, the standfirst first and the last paragraph last; the caption apart, the
    # byline, the pointer, the section box, the rail, the cards and the footer out.
    Guard(
        PARISIEN,
        "Tempête Ciaran : des records de vent ont-ils été enregistrés près de chez vous ?",
        ["Thomas Lecomte"],
        "2023-11-02T15:17:04+00:00",
        "La tempête Ciaran s’abat sur la France depuis jeudi soir.",
        "Pas de quoi décoiffer un mouton corse cette fois.",
        (
            "REUTERS/Susana Vera",
            "Par Thomas",
            "16h17",
            "lire aussi",
            "nuit « apocalyptique »",
            "Dans la rubrique",
            "Koh-Lanta",
            "Les plus lus",
            "Journal du jour",
            "Voir tous les commentaires",
            "Guide Shopping",
            "offre numérique",
        ),
    ),
    # Read right: the writer JSON-LD names, the time with its zone, the standfirst first and the survey's paragraph
    # last; the date line, the caption, the closing name, the share and back links out.
    Guard(
        VNEXPRESS,
        "Ông Hồ Đức Phớc: Sẽ nâng mức giảm trừ gia cảnh tính thuế cá nhân khi sửa luật",
        ["Anh Minh"],
        "2023-11-02T19:20:45+07:00",
        "Bộ trưởng Tài chính Hồ Đức Phớc thừa nhận mức giảm trừ gia cảnh",
        "lớn hơn nhiều so với tỷ lệ 40% mà Bộ Tài chính xác định.",
        ("Thứ năm, 2/11/2023", "Ảnh: Hoàng Phong", "Anh Minh", "Chia sẻ", "Trở lại Kinh doanh", "Copy link"),
    ),
    # The live blog: the summary first, the first post's (last in time) paragraph last, the posts' titles and text
    # between; their clock times (see their test), the credit, the comments, the video, the recommended stories,
    # the notice and the footer out. The outlet declared as the author, the link box and the index's heading stay.
    Guard(
        REPUBBLICA,
        "Israele - Hamas, le news di oggi. Israele: “Gaza è accerchiata”. Media: “Raid su campo profughi Bureij, "
        "almeno 15 morti”. Idf: “Una milizia iraniana combatte con Hezbollah in Libano”",
        ["Repubblica.it"],
        "2023-11-01T23:01:00+00:00",
        "Idf: “Alto ufficiale israeliano ucciso a Gaza”.",
        "un sito di Hezbollah e una posizione di lancio di missili guidati anticarro.",
        (
            "16:48",
            "00:30",
            "(reuters)",
            "Sentieri di guerra",
            "Leggi i commenti",
            "commenti dei lettori",
            "Video del giorno",
            "Raccomandati per te",
            "Riproduzione riservata",
            "GEDI News Network",
        ),
    ),
    # Read right: the outlet as credited, the publication time, the subheadline first and the last paragraph last
    # with the subheading; the captions, the cards, the share bar, the tags, the feeds and the rail out.
    Guard(
        INFOBAE,
        "Israel comenzó su asalto al búnker terrorista de Hamas en ciudad de Gaza: "
        "“Es un área urbana densa y compleja”",
        ["INFOBAE"],
        "2023-11-02T15:08:40+00:00",
        "El Teniente General Herzi Halevi lo confirmó en una conferencia de prensa:",
        "lo que significa que al menos 247 personas fueron tomadas como rehenes el 7 de octubre.",
        (
            "02 Nov, 2023",
            "Compartir",
            "AP Foto",
            "REUTERS/Evelyn Hockstein",
            "Te puede interesar",
            "Temas Relacionados",
            "Últimas Noticias",
            "MÁS NOTICIAS",
            "Lo Último",
            "Te Recomendamos",
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


def test_published_time_in_an_abbr_title() -> None:
    """The show's date stands in words in an ``<abbr class="published">`` whose ``title`` is the ISO time (hAtom's
    abbr pattern): it is read as a ``<time>``'s ``datetime`` is (``html.meta._time_value``), so the date keeps
    its time and zone. An ``<abbr>`` whose ``title`` is words gives none, nor one marked as another time."""
    assert extract_page(LOLDF).date == "2019-06-27T10:21:40+00:00"
    raw = (PAGES / LOLDF).read_bytes()
    worded = raw.replace(b'title="2019-06-27T10:21:40Z"', b'title="le jeudi"')
    assert newsmend.extract(worded).date == "2019-06-27"
    updated = raw.replace(b'<abbr class="published"', b'<abbr class="updated"')
    assert newsmend.extract(updated).date == "2019-06-27"


def test_section_box_with_style_utility_classes_lists_its_stories() -> None:
    """The daily's ``Dans la rubrique Météo`` box sets each story in a ``div.mt_150_nd.mt_2_ad.d_flex``: style
    utilities (a margin on all desktops, ``_ad``), whose words named it as an ad's and its three stories no list. A
    class with a number between its words is a utility's (``fields.related._name_tokens``); a numbered slot's
    (``ad_pave-1``) still names an ad. The pointer comes first, the box's stories after it, then the rail."""
    titles = [item.title for item in extract_page(PARISIEN).related]
    assert titles[:4] == [
        "Tempête Ciaran : le récit d’une nuit « apocalyptique » en Bretagne",
        "« Ciaran serait arrivée lors des grandes marées, ça aurait été une catastrophe » à Asnelles",
        "Tempête Ciaran à Paris : des rafales de vent à 141 km/h au sommet de la tour Eiffel, 102 km/h à Montsouris",
        "« C’est Koh-Lanta à la maison » : en Bretagne, la vie dans le noir après la vigilance rouge",
    ]
    assert titles[4].startswith("Tempête Ciaran : une partie du RER A")
    assert _name_tokens("div.mt_150_nd.mt_2_ad.d_flex") == ["div", "d", "flex"]
    assert "ad" in _name_tokens("div.ad_pave-1")


def test_host_name_site_gives_way_to_the_written_name() -> None:
    """The daily's ``og:site_name`` is its host name (``leparisien.fr``) and its ``<title>`` ends with the name it
    spells (``- Le Parisien``): the outlet is the name as written (``fields.readers._spelled_host``). A tail naming
    another outlet leaves the host name."""
    assert extract_page(PARISIEN).source == "Le Parisien"
    meta = {"og:site_name": "leparisien.fr", "html:title": "Tempête Ciaran : des records - Le Parisien"}
    assert read_meta_source(meta) == "Le Parisien"
    assert read_meta_source({**meta, "html:title": "Tempête Ciaran : des records - Le Figaro"}) == "leparisien.fr"


def test_host_name_site_spelled_before_the_section_name() -> None:
    """The Vietnamese daily's ``<title>`` ends with the site's name and its section's (``- VnExpress Kinh
    doanh``): the words opening the tail that spell the host (``vnexpress.net``) are the outlet's name
    (``fields.readers._spelled_host``), the section's left out."""
    assert extract_page(VNEXPRESS).source == "VnExpress"
    meta = {"og:site_name": "swr.online", "html:title": "Krystal Rivers fällt aus - SWR Sport"}
    assert read_meta_source(meta) == "SWR"


def test_live_blog_posts_clock_times_leave_the_text() -> None:
    """Each post of the live blog stands under a ``<time>`` holding its clock time alone (``16:48``): when it was
    posted, no text of it (``fields.trim._CLOCK_RE``, as a date and time alone already were). Each post's title and
    paragraphs stay, in the page's order."""
    paragraphs = extract_page(REPUBBLICA).paragraphs
    assert not [p for p in paragraphs if p[:2].isdigit() and p[2:3] == ":"]
    titles = [p for p in paragraphs if p.startswith(("Oms: “A Gaza", "Netanyahu non ha", "Israele: “Colpite"))]
    assert titles == [
        "Oms: “A Gaza fermi 14 ospedali su 36, gli altri in sovraccarico”",
        "Netanyahu non ha approvato la benzina per ospedali di Gaza",
        "Israele: “Colpite due cellule terroristiche in Libano”",
    ]
    assert len(paragraphs) == 31
