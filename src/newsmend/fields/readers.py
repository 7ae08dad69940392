"""Stage 3 of field extraction: each field from the page's metadata and the :class:`~newsmend.fields.evidence.Evidence`.

Each field prefers the page's own metadata (``og:*``, ``article:*``, JSON-LD), then labelled lines, then weaker
shapes (a dateline ``（X讯）``, a copyright notice naming the outlet). Nothing is invented: a field with no evidence
is None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain, tee

from newsmend.blocks import Block, Page
from newsmend.content import HEADINGS, Selection
from newsmend.fields.dates import (
    as_utc,
    find_date,
    parse_date,
    short_year_date,
    shown_next_to_day,
    shown_stamp,
    url_date,
    url_month,
    zoned_stamp,
)
from newsmend.fields.evidence import DATELINE_MAX_CHARS, HEADING_TAGS, LIST_ROLES, Evidence, skipped_head
from newsmend.fields.lines import (
    AGENCY_CREDIT_LABEL,
    PHRASE_LABELS,
    PROVIDED_LABEL,
    RESPONSIBLE_EDITOR_LABELS,
    REVIEWER_LABELS,
    TRAILING_BY_LABEL,
    LabelledValue,
    clean,
    email_byline,
    has_han,
    is_update_stamp,
    labelled_values,
)
from newsmend.fields.people import (
    NOT_NAME_WORDS,
    SOURCE_MAX_CHARS,
    copyright_source,
    credit_line,
    dateline_source,
    is_company_name,
    is_outlet_name,
    pen_name,
    reporters_outlet,
    spells_handle,
    split_names,
    tidy_editor,
    tidy_source,
)
from newsmend.fields.related import list_items_after
from newsmend.fields.title import (
    Heading,
    address_labels,
    choose_title,
    drop_kicker,
    is_site,
    join_lines,
    names_own_site,
    norm,
    title_parts,
    title_tail,
)
from newsmend.html.meta import AUTHOR_HREFS_KEY, PAGE_TIMES_KEY, PARSELY_DATE_KEY, PUBLISHING_SYSTEM_DATE_KEY

#: The label :func:`~newsmend.fields.lines.labelled_values` gives a filing byline's names (``张三 发自 北京``).
FILED_LABEL = "发自"
#: A metadata value cut short by the platform (``고든의 블.. | 블로그``, a Naver blog's name cut to fit): a part
#: ending in ``..`` or ``…``; what it names can no longer be told.
_CUT_SHORT_RE = re.compile(r"(?:\.\.|…)(?=\s*(?:[|｜]|$))")
#: The possessive after an owner's name in a site's name (Korean 의, Chinese 的, Japanese の, English 's).
_POSSESSIVE_RE = re.compile(r"의|的|の|['’]s\b")
#: A word character as ``\w`` reads one: what may not touch a Latin name for it to stand as words of its own.
_WORD_CHAR_RE = re.compile(r"\w")
#: The marks that set a field apart from a name in a byline box (a job title, an affiliation): commas, Latin and
#: full-width.
_BOX_FIELD_MARKS = (",", "，")
#: Metadata keys declaring the page's language, read for the order of names in a byline.
_LANGUAGE_KEYS = ("html:lang", "og:locale", "content-language")
#: A Japanese person's name as bylines write it: family and given name, one to four kanji each (``々`` repeats
#: one), a space between.
_JAPANESE_NAME_RE = re.compile(r"[\u3400-\u9fff々]{1,4}[ \u3000][\u3400-\u9fff々]{1,4}")
#: A title's last part that may be a site's name (see without_named_tail) ...
_HAN_TAIL_RE = re.compile(r"[\u3400-\u9fff]{2,}")
#: ... and the copyright holder's name, the whole Han run next to a notice's mark (``版权所有 X``, ``© 2018 X``,
#: ``X版权所有``).
_HOLDER_RE = re.compile(r"(?:版权所有|©|copyright)[\s©:：\d–-]*([\u3400-\u9fff]+)|([\u3400-\u9fff]+)\s*版权所有", re.I)
#: Blocks between a heading and the body that may stand there for it to be a dated headline (the dateline, a
#: source or share line). Set on gne-zh's unlabelled pages (two headlines over a dateline); extract_bench:
#: trafilatura-eval non-zh titles 233 -> 235, every other count unchanged.
DATED_HEADING_GAP = 2
#: The date a data script states (``window.DATA.pubtime``): read last, after the metadata's last-update date (a
#: script may hold other items' data too; trafilatura-eval t0180 labels the update date of a page whose script
#: holds an older one).
SCRIPT_DATE_KEY = "script:date"
#: The time part of a stamp at midnight (``2012-06-24T00:00:00``): a day stored as a timestamp, no time of day.
_MIDNIGHT = "T00:00:00"
#: The first ``data-*`` attribute naming a date (``data-time``, ``data-publish-date``): read after the page's
#: datelines, since any element may carry one (a game card's release date beside a news story's dateline).
DATA_DATE_KEY = "data:date"
#: Publication-date keys, most trusted first. JSON-LD's ``dateCreated`` (read only where the object has no
#: ``datePublished``: ``html.meta.LD_STAND_INS``) comes after a ``<time>`` marked as the publication time, which
#: states the time as the page shows it (a business weekly's byline ``<time>`` with its New York offset beside
#: the same instant in UTC as ``dateCreated``, unseen-en21).
DATE_META_KEYS = (
    "ld:datepublished", "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "article.published", "publishdate", "publish-date", "publish_date", "pubdate",
    "pubtime", "og:pubdate", "published_time", "publication_date", "article:published",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created",
    "dc.date.created", "citation_publication_date", "date", "datecreated", "time:published", "ld:datecreated",
    "platform:date",
)  # fmt: skip
#: Date keys whose vendor states the time in UTC: Parse.ly's ``parsely-pub-date`` (every one of the 7 dev pages with
#: the tag writes ``Z``). A value without ``Z`` is UTC still, not the page's clock: a tabloid's
#: ``parsely-pub-date=2016-12-16T18:38:14`` beside ``sailthru.date=2016-12-16T13:38:14-0500`` and a byline ``Friday,
#: December 16, 2016, 1:38 PM`` (unseen-en40); read as UTC, the two zones state one instant and the byline's clock
#: picks New York's (:func:`~newsmend.fields.dates.shown_stamp`). The ``parsely-page`` JSON's ``pub_date``
#: (:data:`~newsmend.html.meta.PARSELY_DATE_KEY`), a last resort that dates a page alone, is left as written: the
#: one page seen stating it zone-less (unseen-en28's house feature, ``10:00:00``) gives no second witness.
_UTC_DATE_KEYS = frozenset({"parsely-pub-date"})
#: Other metadata keys that name a publication date (``article_date_original``, ``pub_date``) ...
_DATE_KEY_RE = re.compile(r"publish|pub_?date|date_?original|creat|issued|(?:^|[:._-])date(?:$|[:._-])", re.I)
#: ... unless they name another date.
_NOT_DATE_RE = re.compile(r"modif|updat|revis|expir|chang|edit|print|birth|start|end|valid|event|copy", re.I)
#: Metadata keys whose naming of a date or an author is remembered (:func:`_names_date`, :func:`_names_author`):
#: every page's keys are scanned for both, and pages share most keys (``og:*``, ``article:*``, a platform's own;
#: over the 798 dev pages: 19k keys of 1.25k distinct).
META_KEY_CACHE_SIZE = 4096
#: Metadata keys naming the last update (``article:modified_time``, ``dateModified``, ``og:updated_time``).
_MODIFIED_KEY_RE = re.compile(r"modif|updat", re.I)
#: What stands between a name and its e-mail in a metadata author value (``Jane Doe | jdoe@example.com``).
_NAME_EMAIL_SEPARATORS = " |/-,;:"
AUTHOR_META_KEYS = (
    "dc:creator", "dc.creator", "author", "ld:author", "article:author", "dcterms.creator", "byl",
    "sailthru.author", "parsely-author", "citation_author", "og:article:author", "article:author_name",
    "microdata:author",
)  # fmt: skip
#: Metadata keys naming the publisher: an author value that is one of these values word for word names the
#: outlet, not a person (El País: ``author``, ``DC.creator`` and ``DC.publisher`` all "Ediciones El País" over a
#: byline of two reporters; goose3's test_elpais page).
PUBLISHER_META_KEYS = ("publisher", "dc.publisher", "dcterms.publisher", "ld:publisher", "article:publisher")
#: The keys of :data:`PUBLISHER_META_KEYS` a page's ``<meta>`` elements name its publisher by (Dublin Core's and the
#: plain one), which name the outlet when neither the text nor ``og:site_name`` does (:func:`read_meta_source`). Of
#: the 798 dev pages 24 carry one; it names a person on 3 (a portfolio's owner, writers where a CMS puts the author),
#: and of the 6 pages where nothing else names the outlet, only on the portfolio's profile page
#: (:func:`_declared_publisher`). JSON-LD's publisher (``ld:publisher``) is not read here: on the dev pages without a
#: source it names a platform on several (``Blogger``, ``今日头条``, ``Wikimedia Foundation, Inc.``) and bloggers on
#: others.
PUBLISHER_NAME_KEYS = ("dc.publisher", "dcterms.publisher", "publisher")
#: What is no letter or digit of a name: dropped when a host name is compared with a written name.
_LETTERS_RE = re.compile(r"[\W_]+")
#: An ``og:site_name`` written as an account handle, Latin words joined by underscores without a space
#: (``Grazia_Live``, the site's Twitter handle beside a ``<title>`` ending ``| Grazia Daily``): no name as the outlet
#: writes it. Of the 798 dev pages two write an underscore in it, neither so (a blog's Chinese name, an unfilled
#: template field).
_HANDLE_RE = re.compile(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+")
#: Metadata titles whose tail may name the site without the tagline ``og:site_name`` adds (:func:`_site_name`), in
#: the order asked: the ``<title>``, then the ``og:title``.
SITE_TITLE_KEYS = ("html:title", "og:title")
#: Longest publisher name read from those keys: the dev pages' values run from 3 to 32 characters (``British
#: Broadcasting Corporation``); a Latin name spells in letters what the Han names that
#: :data:`~newsmend.fields.people.SOURCE_MAX_CHARS` bounds write in characters, and twice that leaves room for a
#: legal form.
PUBLISHER_MAX_CHARS = 2 * SOURCE_MAX_CHARS
#: Metadata keys naming the work or outlet the page translates or adapts (JSON-LD ``isBasedOn``, Courrier
#: international's ``articleSource``): an author value naming it credits that outlet, no one who wrote the page's
#: article (Courrier's ``og:article:author`` "The Wall Street Journal").
SOURCE_META_KEYS = ("ld:articlesource", "ld:isbasedon")
#: Other metadata keys that name the author (``cxenseparse:author``, ``data:author``), read after those above.
_AUTHOR_KEY_RE = re.compile(r"(?:^|[:._-])(?:author|writer)(?:$|[:._-]|_?names?$)", re.I)
#: A credited "name" ending in a job title is the author's title set after the name (``by Jane Doe, Staff Writer``,
#: ``Jane Doe, Senior Correspondent``, ``CNN Senior Supreme Court Analyst``), not a second person. Found on
#: newspaper3k's livescience.com1 page and newspaper4k's cnn_001. A group credited beside a person (``Aayush Gauba /
#: DjangoCon US Organizers``, ``Jane Doe and the Example Team``) is no person either: the post is the person's,
#: written for the group (python-readability's Django blog page).
_JOB_TITLE_RE = re.compile(
    r"(?:^|\s)(?:writer|editor|reporter|correspondent|contributor|columnist|journalist|producer|photographer|"
    r"critic|analyst|intern|staff|organi[sz]er|team|committee)s?$",
    re.I,
)
#: A credited "name" ending in an institution's word is the writer's institution set after the name (``By Joe
#: Matazzoni, Wikimedia Foundation``: a 2018 foundation blog's byline, twenty-first audit), no second person: the
#: comma that separates co-authors separates the affiliation too. Alone it stays, as a job title does (a post
#: credited to the institution). A media company's word ends one too (``By Ari Wasserman, Northeast Ohio Media
#: Group``: a 2014 regional news site's byline and metadata author, his newsroom after his name, thirty-fifth
#: audit): no surname is ``Group``, ``Media``, ``Network``, ``Newspapers`` or ``Agency``.
_INSTITUTION_RE = re.compile(
    r"(?:^|\s)(?:foundation|institute|institution|university|association|society|council|ministry|stiftung|"
    r"institut|universität|université|fondation|fundación|fondazione|group|media|network|newspaper|agency)s?$",
    re.I,
)
#: ... and so is a credited "name" that is one acronym (``By Martin Gerecke, CMS``: a German marketing weekly's guest
#: writer and his law firm, thirty-third audit; ``Jane Doe, AFP``): no person's name is a lone word in capitals.
_ACRONYM_RE = re.compile(r"[A-Z][A-Z&]{1,5}")
#: A column's name opening the headline, before ``》`` or in ``【】`` (``新聞透視》黑道變網紅…``: a 2023 Taiwanese
#: daily's news-analysis column, credited beside its reporter in the byline, the JSON-LD Person and the data layer as
#: ``胡欣男、新聞透視``; thirtieth audit): a credit naming it credits the column, no person. Not a colon: a headline
#: opens with the name of whoever it quotes (``某某：…``), who may be the writer of an opinion piece.
_HEADLINE_COLUMN_RE = re.compile(r"^\s*(?:【(?P<tag>[^】]{2,12})】|(?P<kicker>[^》《【\s]{2,12})》)")
#: A credited "name" holding the word author is a link's interface label (``View Author Page``, ``Author
#: Profile``, ``More from this author``), never a person's name: goose3's techcrunch1 page labels its author link so.
_AUTHOR_WORD_RE = re.compile(r"\bauthors?\b", re.I)
#: The badge a self-media platform sets beside an account's name in its author link (``<a class="author"><div>X
#: </div><span>企鹅号</span></a>``, a portal's copy of a Shanghai site's story, unseen-zh24; 百家号, 头条号): two Han
#: characters naming the platform, then 号 (account). It names the kind of account, never a person.
_ACCOUNT_BADGE_RE = re.compile(r"^[\u3400-\u9fff]{2}号$")
#: Shortest site acronym (``MDR``, ``BBC``, ``ORF``) a desk's credit opens with (:func:`_site_desk`).
SITE_ACRONYM_MIN_CHARS = 2
#: Words of each name the page's byline agrees on for it to stand over an unconfirmed metadata author (see
#: _byline_over_metadata). Read on the dev pages: the one-word names agreed on were a bio link's label piece
#: (HuffPost's ``Work``) and a fan-fiction site's user handle (readability's archive-of-our-own, labelled with its
#: metadata author).
OVERRIDE_NAME_MIN_WORDS = 2
#: A declared author written as one word of Latin script (``NEWSROOM``, an agency's ``AFP``, ``Web``, a handle
#: ``gabor_munier``): an account, a desk or a first name, never a person's full name (see _bylined_over_account).
#: Han names are written without spaces and stay full names (a Japanese daily's ``新間``).
_ACCOUNT_NAME_RE = re.compile(r"[^\s\u3400-\u9fff\u3040-\u30ff\uac00-\ud7af]+")
#: A place in an outlet's address as a metadata author value gives it after the outlet's name (``Example News,
#: Frankfurt, Germany``): one capitalised word.
_PLACE_WORD_RE = re.compile(r"[A-ZÀ-Þ][^\W\d_]+")
#: A copyright notice naming its holder: the mark or word, the years, ``by``, the holder (:func:`_copyright_writer`).
_COPYRIGHT_HOLDER_RE = re.compile(
    r"^(?:©|\(c\)|copyright)(?:\s*©)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?:by\s+)?(?P<name>[^\d©]+?)\.?$", re.I
)
#: Values a template writes where a name should stand (a flag's ``true``, an empty variable's ``null``).
_TEMPLATE_LITERALS = frozenset(("true", "false", "null", "none", "undefined"))
#: A conjunction before a lower-case word in a metadata author value joins the words of a phrase, not two people, whose
#: names are capitalised after it: the value names a desk or a section (``Zone Justice et faits divers -
#: ICI.Radio-Canada.ca``, a Canadian broadcaster's ``dc.creator``, was credited as ``Zone Justice`` and ``faits
#: divers``; sixty-second audit). A role word after it (``Jane Doe and staff``: :data:`NOT_NAME_WORDS`) still follows
#: a name.
_PHRASE_JOIN_RE = re.compile(r"\s(?:and|und|et|y|e)\s+(?P<word>[a-zà-ÿ][^\W\d_]*)")
#: Labels of ``twitter:labelN`` that introduce the author in ``twitter:dataN``.
_WRITTEN_BY_RE = re.compile(
    r"written by|verfasst von|geschrieben von|escrito por|écrit par|scritto da|author|autor|作者", re.I
)
#: A Han character: Chinese names stand in bylines without spaces around them, so they are found as substrings.
_HAN_RE = re.compile(r"[\u3400-\u9fff]")
#: A metadata author on a Chinese page that is lower-case Latin initials (``<meta name="author" content="ypp,zj">``,
#: a regional news site's template before the story's own ``<meta name="author" content="张宇晴">``: unseen-zh28):
#: the template makers' sign, no writer's name, which the page would write in Han characters or spell out.
_TEMPLATE_INITIALS_RE = re.compile(r"[a-z]{1,3}")
#: A metadata author that is a content system's account number, a few letters before it at most (``L_104268``: a
#: national daily's provincial channel sets its staff account in ``<meta name="author">`` and ``<meta
#: name="editor">`` alike, over a story credited in brackets under its text: unseen-zh35): no one's name.
_ACCOUNT_NUMBER_RE = re.compile(r"[A-Za-z]{0,4}[_-]?\d{3,}")
TITLE_META_KEYS = (
    "dc:title",
    "dc.title",
    "dcterms.title",
    "og:title",
    "ld:headline",
    "twitter:title",
    "parsely-title",
    "html:title",
)
#: Metadata titles written for sharing (Open Graph, Twitter cards), which SEO tools rewrite apart from the
#: headline the page shows.
SOCIAL_TITLE_KEYS = ("og:title", "twitter:title")
#: Blocks that may stand between a displayed ``<h1>`` and the body's first (a photo and its caption, the byline,
#: the date, share buttons): the dev pages' ``<h1>`` headlines confirmed by their metadata stand 0-9 blocks
#: before the body, most 0-5.
DISPLAYED_H1_GAP = 8


def list_blocks(page: Page, selection: Selection, body: list[int]) -> list[int]:
    """Blocks of headline lists: those the selection marked, and on HTML pages the lists after the body (``body``,
    as trimmed): the selection's when they were looked for after the same block, else looked for here."""
    marked = {i for i, role in selection.roles.items() if role in LIST_ROLES}
    if page.is_html and body:
        lists = selection.lists
        if lists is None or not selection.body or selection.body[-1] != body[-1]:  # looked for after another block
            lists = list_items_after(page.blocks, body[-1])
        marked.update(lists)
    return sorted(marked)


def read_title(page: Page, selection: Selection, body: list[int], sites: list[str]) -> str | None:
    """The headline, chosen (:func:`~newsmend.fields.title.choose_title`) among the selection's title block, the
    headings around the body (the body's opening ``<h2>`` too: a blog's post title under its banner ``<h1>``, and
    those :func:`_skipped_headings` finds; one that :func:`_opens_sections` ranks after the headings over the body)
    and the metadata titles; a dated heading over the body (:func:`_dated_heading`) wins when the title chosen is
    none of the headings (a metadata title naming a channel). On a plain-text page with headings, the first."""
    headings: list[Heading] = []
    if selection.title is not None and 0 <= selection.title < len(page.blocks):
        block = page.blocks[selection.title]
        headings.append(Heading(block.text, block.tag == "h1"))
    start = body[0] if body else len(page.blocks)
    if page.is_html:
        h_before = _headings_before(page.blocks[:start])
        opening = [page.blocks[i] for i in [start, *_skipped_headings(page, body)] if i < len(page.blocks)]
        h_open = [
            (Heading(b.text), _opens_sections(page, body, b.tag))
            for b in opening
            if b.tag in HEADING_TAGS and b.tag != "h1"
        ]
        h_after = [Heading(b.text, True) for b in page.blocks[start:] if b.tag == "h1"]
        headings += [h for h, section in h_open if not section] + h_before
        headings += [h for h, section in h_open if section] + h_after
    metas = [page.meta[k] for k in TITLE_META_KEYS if page.meta.get(k, "").strip()]
    if not page.is_html and headings:
        return clean(headings[0].text) or None
    social = any(page.meta.get(k, "").strip() for k in SOCIAL_TITLE_KEYS)
    displayed = _displayed_h1(page, start) if social else None
    title = choose_title([h for h in headings if h.text.strip()], metas, sites, displayed)
    dated = _dated_heading(page, body, sites)
    if dated and (title is None or all(norm(title) != norm(h.text) for h in headings)):
        return dated  # the metadata title names a channel or the site (``新闻动态--某某学会官网``)
    return drop_kicker(title, page.meta.get("html:kicker")) if title else None


def _headings_before(blocks: list[Block]) -> list[Heading]:
    """The heading blocks of ``blocks`` (those before the body), nearest first, a heading element broken into lines
    by ``<br>`` (heading blocks of one tag and one element, one after another) given whole too, its lines joined
    (:func:`~newsmend.fields.title.join_lines`), before its lines: a Hong Kong daily's two-line ``<h1>``
    (``港府拒帶頭停工　林鄭謊言遭狂轟<br/>「攞市民條命較飛」``, whose metadata confirmed the first line alone as most
    of the headline: ninety-second audit); a kicker set over the headline so is a line of its own still."""
    headings: list[Heading] = []
    run: list[Block] = []
    for block in [*blocks, None]:
        if run and (block is None or block.tag != run[-1].tag or block.container != run[-1].container):
            headings += [Heading(line.text, line.tag == "h1") for line in run]
            if len(run) > 1:
                headings.append(Heading(join_lines([line.text for line in run]), run[0].tag == "h1"))
            run = []
        if block is not None and block.tag in HEADING_TAGS:
            run.append(block)
    return headings[::-1]


def _opens_sections(page: Page, body: list[int], tag: str) -> bool:
    """A heading opening the body heads its first section when the body holds two or more headings of its tag (the
    heading itself among them when it is the body's first line; one skipped among the body's first lines needs two
    more): a post's numbered ``<h2>`` sections (``一、简介``, ``二、副本集角色``, … under the ``h1.postTitle`` of a
    cnblogs post saved without its ``<head>``), where a blog's post title over its text is the one heading of its
    rank."""
    return sum(page.blocks[i].tag == tag for i in body) > 1


def _skipped_headings(page: Page, body: list[int]) -> list[int]:
    """Blocks the selection skipped between the body's first lines (:func:`~newsmend.fields.evidence.skipped_head`)
    when no heading stands right over the body: a body opening unheaded may open with a line above the text (a
    phpBB forum's maintenance notice over the topic's ``h2.topic-title`` and first post: magic-html forum-5d5c1f0e
    had read the banner ``<h1>``, the forum's name). Under a heading the body opens with its own text, and a
    heading skipped further down heads another item (a slideshow's second slide, magic-html article-e8dff248)."""
    start = body[0] if body else 0
    if start == 0 or page.blocks[start - 1].tag in HEADINGS:
        return []
    return skipped_head(body)


def without_named_tail(title: str | None, source: str | None, notices: list[str]) -> str | None:
    """A Chinese title without a last part set off by a space that names the source or the copyright holder
    (``…技能大赛 某某医院`` over ``版权所有 某某医院``; ``…调研工作 东区办事处`` from ``来源于：东区办事处``): the
    site's or column's name, which titles append without a separator. The holder is the whole name next to the
    notice's mark (``版权所有``, ``©``), not any words the notice contains."""
    head, _, tail = (title or "").rpartition(" ")
    if not head or not _HAN_RE.search(head) or not _HAN_TAIL_RE.fullmatch(tail):
        return title
    holders = {name for notice in notices for m in _HOLDER_RE.finditer(notice) for name in m.groups() if name}
    return head.rstrip() if tail == source or tail in holders else title


def _displayed_h1(page: Page, start: int) -> str | None:
    """The ``<h1>`` nearest before the body's first block ``start`` (or that block), at most
    :data:`DISPLAYED_H1_GAP` blocks before it: the headline as the page shows it, when it is one."""
    for block in reversed(page.blocks[max(0, start - DISPLAYED_H1_GAP) : start + 1]):
        if block.tag == "h1":
            return block.text
    return None


def _dated_heading(page: Page, body: list[int], sites: list[str]) -> str | None:
    """The heading of any level standing over the body with the article's dateline between them (``<h5>`` title,
    ``发布时间：2019-05-18 来源：…``, then the text): the headline, on pages whose metadata title is a channel's.
    A line of another element (a table cell) stands there for the headline when it is one of the ``<title>``'s
    parts (``标题-栏目`` over ``<td>标题</td><td>发布时间：…</td>``) other than the part naming the site (one of
    ``sites``): a breadcrumb's first link, the site's name, stands over the dateline of a page whose ``<h1>`` opens
    its body (``ITmedia PC USER >`` over ``コラム`` and the day it was published, unseen-ja3)."""
    if not page.is_html or not body:
        return None
    start = body[0]
    parts = title_parts(page.meta.get("html:title", ""))
    for i in range(start - 1, max(-1, start - 1 - DATED_HEADING_GAP - 1), -1):
        block = page.blocks[i]
        heading = block.tag in HEADINGS
        if heading or (norm(block.text) in parts and not names_own_site(block.text, sites)):
            between = [clean(b.field_text) for b in page.blocks[i + 1 : start]]
            dated = any(len(t) <= DATELINE_MAX_CHARS and find_date(t) for t in between)
            if heading or dated:
                return (clean(block.text) or None) if dated else None
    return None


def read_author_email(meta: dict[str, str], found: Evidence, authors: list[str] | None) -> str | None:
    """The author's e-mail: the first a byline line gives, else the one a metadata author value sets after the
    name of one of the ``authors`` read (``Vickie Kavanagh | vkavanagh@oregonian.com`` in ``article_author`` and
    ``parsely-page``, a regional news network's template, whose byline box holds the same pair amid its links:
    unseen-en31, and MLive's in test_unseen_54). An address beside no credited name is a template's placeholder
    (a Chinese portal's ``<meta name="author" content="name, email@gmail.com">`` on every page) or a desk's."""
    if found.emails:
        return found.emails[0]
    keys = [*AUTHOR_META_KEYS, *_other_author_keys(meta)]
    pairs = (email_byline(meta[k]) for k in keys if "@" in meta.get(k, ""))
    return next((pair[1] for pair in pairs if pair and pair[0].strip(_NAME_EMAIL_SEPARATORS) in (authors or [])), None)


def read_authors(
    meta: dict[str, str],
    found: Evidence,
    sites: list[str],
    credited_source: str | None,
    language: str | None,
    headline: str | None = None,
) -> list[str] | None:
    """The authors :func:`_credited_authors` finds, without the column the ``headline`` opens with
    (:func:`_headline_column`), the job titles and affiliations a byline sets after a name (institutions, firms:
    :func:`_is_affiliation`; a credit that is a title or an affiliation alone stays: ``Gizmodo Staff``, ``Our Foreign
    Staff`` credit the desk) or the role it sets before a linked name (:func:`_linked_name`). ``language`` is the
    text's (a Chinese page's credits may give a pen name: :func:`_byline_names`)."""
    names = _credited_authors(meta, found, sites, credited_source, language)
    column = _headline_column(headline or "")
    if names and column:
        names = [n for n in names if norm(n) != column] or None
    people = [n for n in names or [] if not _JOB_TITLE_RE.search(n) and not _is_affiliation(n)]
    return unique([_linked_name(n, found.link_names) for n in people]) if people else names


def _headline_column(headline: str) -> str | None:
    """The column's name the headline opens with (:data:`_HEADLINE_COLUMN_RE`), normalised; None if none."""
    m = _HEADLINE_COLUMN_RE.match(headline)
    return norm(m.group("tag") or m.group("kicker")) if m else None


def _is_affiliation(name: str) -> bool:
    """A credited "name" that is the writer's institution or firm (:data:`_INSTITUTION_RE`, :data:`_ACRONYM_RE`)."""
    return bool(_INSTITUTION_RE.search(name) or _ACRONYM_RE.fullmatch(name))


def _linked_name(name: str, link_names: list[str]) -> str:
    """The label of the author-page link (``link_names``) that ``name`` ends with after words of its own, when it is
    a full name (:func:`_full_name`): the words before it are the writer's role as the byline sets it before the
    name (``FOCUS-Online-Experte Robin Tschöpe``, ``Gastautor X``), the link's label the person; else ``name``."""
    return next((link for link in link_names if name.endswith(" " + link) and _full_name(link)), name)


def _credited_authors(
    meta: dict[str, str], found: Evidence, sites: list[str], credited_source: str | None, language: str | None
) -> list[str] | None:
    """Authors: metadata, then byline lines (labelled or name + e-mail), then author-page links and blocks
    marked as bylines by their class. When metadata keys name different people (``author`` a producer,
    JSON-LD the reporters), the ones the page's byline confirms win. The site's own name is no byline, but when
    the metadata names only the outlet as the author and no person is credited anywhere, the outlet is what
    the page declares (agency and staff copy: ``<meta name="author" content="Example News">``) -- unless the
    text credits another outlet as the source (``来源：X``, ``X讯``): then the site republished X's article, and its
    name in every page's metadata (a portal's ``<meta name="author" content="网易">``) credits no one -- nor when the
    outlet is Chinese and the text credits it as the source: Chinese pages keep the outlet (来源) apart from the
    author (作者), so the outlet in ``article:author`` is the source again, not a byline -- nor when a Chinese page's
    metadata author is the site's own outlet-shaped name (:func:`~newsmend.fields.people.is_outlet_name`: a
    Taiwanese daily's template states ``自由時報電子報`` as the author of every page, its ``〔即時新聞／綜合報導〕``
    desk copy too: unseen-zh11); a blog named after its writer (pixnet's ``史蒂文的家_藍天``) keeps it, 0 of the 798
    dev pages change; nor when the metadata author is a company's registered name (``株式会社インプレス``, a Japanese
    publisher's template on every page of its sites, under a desk's ``AV Watch編集部`` byline: unseen-ja1): agency
    copy credits the agency, never its legal form (2 of the 798 dev pages change, both to their labelled None). An
    author value that the metadata also gives as the publisher is the outlet too; one it gives as the source of a
    translated or adapted story (:data:`SOURCE_META_KEYS`) credits no one here. A filing line in
    the text (``允中 发自 凹非寺``) names the writer and beats the rest: author links and metadata name whoever posted
    the story on the site (a WordPress post's ``由X发布`` link). When no credit names anyone, a copyright notice
    closing the text may name its writer (:func:`_copyright_writer`), who ranks before the metadata's outlet. A
    labelled credit in the text that names no person (a tech site's post closed by ``文/搜狐IT``, another portal's
    desk, under the site's own name as the metadata author: unseen-zh23) says who wrote the story: the metadata's
    outlet does not stand in for it. A metadata author the page credits as its editor is no writer when the page's
    credits name someone else (:func:`_without_editors`); on a Chinese page, lower-case Latin initials in the metadata
    (:data:`_TEMPLATE_INITIALS_RE`) sign the template's makers and name no one."""
    publishers = {norm(meta[k]) for k in PUBLISHER_META_KEYS if meta.get(k, "").strip()}
    sources = {norm(name) for k in SOURCE_META_KEYS for name in meta.get(k, "").split("; ") if name.strip()}
    sites = [*sites, *filter(None, [title_tail(meta)]), *address_labels(meta)]
    other_keys = _other_author_keys(meta)
    outlet: list[str] = []
    declared_people: list[list[str]] = []
    for key in [*AUTHOR_META_KEYS, *_labelled_twitter_data(meta), *other_keys]:
        value = meta.get(key, "")
        if value and "://" not in value and not _CUT_SHORT_RE.search(value) and not _no_writer(value, meta):
            declared = _declared_names(value, sites)
            if key == "author":
                declared += [n for n in _coauthors(meta) if n not in declared]
            declared = [n for n in declared if norm(n) not in sources]
            if language == "zh":
                declared = [n for n in declared if not _TEMPLATE_INITIALS_RE.fullmatch(n)]
            names = [] if norm(value) in publishers else [n for n in declared if not _outlet(n, sites)]
            if names and names not in declared_people:
                declared_people.append(names)
            outlet = outlet or [n for n in declared if not is_company_name(n)]
    japanese = any(meta.get(k, "").lower().startswith("ja") for k in _LANGUAGE_KEYS)
    chinese = language == "zh"
    leading, trailing = _byline_values(found)
    slugs = _author_slugs(meta)
    credited = [
        [
            n
            for n in unique(group)
            if (_owns_site(n, sites) or norm(n) in slugs or not is_site(n, sites))
            and not _AUTHOR_WORD_RE.search(n)
            and not _ACCOUNT_BADGE_RE.match(n)
            and not _site_desk(n, sites)
        ]
        for group in (
            found.byline_names + [n for v in leading for n in _byline_names(v, japanese, chinese)],
            found.link_names,
            [n for text in found.byline_blocks for n in _byline_names(text, japanese, chinese)],
            [n for v in trailing for n in _byline_names(v, japanese, chinese)],
        )
    ]
    filed = [n for v in found.labelled if v.field == "author" and v.label == FILED_LABEL for n in split_names(v.value)]
    if filed:
        return unique(filed)
    credits = [found.byline_names + found.values("author"), found.link_names, found.byline_blocks]
    declared_people = _without_editors(declared_people, credited, found)
    bylined = _bylined_over_account(declared_people, leading)
    if bylined:
        return bylined
    if declared_people:
        on_page = {norm(n) for group in credited for n in group}
        confirmed = next((names for names in declared_people if any(norm(n) in on_page for n in names)), None)
        if confirmed:
            lists = [*credits[0], *filter(_names_only_box, credits[2])]
            return _with_coauthors(_as_bylined(confirmed, credits), lists, on_page)
        phrased = [n for v in found.labelled if v.label.lower() in PHRASE_LABELS for n in split_names(v.value)]
        over = _byline_over_metadata(declared_people, credited, credits, phrased)
        return over or _as_bylined(declared_people[0], credits)
    if credited_source and (
        not any(is_site(n, [credited_source]) for n in outlet) or all(_HAN_RE.search(n) for n in outlet)
    ):
        outlet = []  # another outlet's article, or a Chinese page whose 来源 already names its own outlet
    if chinese and all(is_site(n, sites) and is_outlet_name(n) for n in outlet):
        outlet = []  # a Chinese outlet's own name, which its template states as every page's author
    if leading and not any(credited):
        outlet = []  # the text's own credit names a desk or another outlet (文/搜狐IT), which wrote it: not the site
    credited_names = _corroborated(credited, credits) or next((names for names in credited if names), None)
    return credited_names or _copyright_writer(found.closing_copyrights, sites) or outlet or None


def _without_editors(declared: list[list[str]], credited: list[list[str]], found: Evidence) -> list[list[str]]:
    """The metadata's author names (``declared``) without those the page credits as its editor (``编辑：X``,
    ``责任编辑：X``) when its credits (``credited``) name someone else: the content system's account that posted the
    story, not its writer (a national political advisory body's paper's site sets its editor in ``<meta
    name="author">``, the reporters in ``<meta name="editor">`` and its info bar ``作者:X Y Z``: unseen-zh28). With no
    other credit the metadata's name stays, as the dev set's annotators read it (a science portal's and a magazine's
    ``<meta name="author">`` over their ``责任编辑`` line alone)."""
    editors = {norm(name) for v in found.labelled if v.field == "editor" for name in split_names(v.value)}
    if not any(norm(name) not in editors for group in credited for name in group):
        return declared
    return [names for names in ([n for n in group if norm(n) not in editors] for group in declared) if names]


def _copyright_writer(notices: list[str], sites: list[str]) -> list[str] | None:
    """The person a copyright notice closing the text names (``notices``: those right after its last sentence),
    when nothing else credits anyone: ``© 2019 Sven Schreivogel`` under a guest text on a regional portal, its
    writer's; one person's full name (:func:`_full_name`) in the strict shape of a byline's, in Latin script (a
    Han holder, unspaced, cannot be told from an outlet's short name). The site, a company (``Example GmbH``) or
    an institution holding the rights is no writer."""
    for notice in notices:
        m = _COPYRIGHT_HOLDER_RE.match(clean(notice))
        name = m.group("name").strip() if m else ""
        person = not _outlet(name, sites) and not _INSTITUTION_RE.search(name)
        if person and _full_name(name) and not _HAN_RE.search(name) and split_names(name) == [name]:
            return [name]
    return None


#: A Japanese magazine's credit of its writer as a byline prints it (``文●オカモト／ASCII編集部``): the role word for
#: the text (``文``, text; ``取材・文``, reporting and text; ``文・写真``, text and photographs) before a black circle,
#: the writers (``、`` between two), then after a slash the desk or outlet they write for, no one's name.
_WRITER_CREDIT_RE = re.compile(
    r"^\s*(?:取材[・/／])?文(?:[・/／](?:写真|撮影))?\s*●\s*(?P<names>[^/／●]+?)\s*(?:[/／].*)?$"
)


def _writer_credit(value: str) -> list[str] | None:
    """The writers a Japanese credit ``value`` names (:data:`_WRITER_CREDIT_RE`); None when it is no such credit."""
    m = _WRITER_CREDIT_RE.match(clean(value))
    return [name.strip() for name in m.group("names").split("、") if name.strip()] if m else None


def _declared_names(value: str, sites: list[str]) -> list[str]:
    """The names a metadata author ``value`` declares. Taiwan's outlets write the byline there as they print it, a
    credit with the place the story was filed from or ``綜合`` (compiled) after a slash (``陳宥蓁／綜合報導``, a
    public broadcaster's 2023 story, unseen-zh10): its names are the reporters before the slash
    (:func:`~newsmend.fields.people.credit_line`, which also leaves a desk out); a Japanese magazine writes its
    writer's credit there as printed, role word, name and desk (``文●オカモト／ASCII編集部``: :func:`_writer_credit`,
    unseen-ja3); any other value is split as names.
    A value that is the site's name (``sites``) is one name, the outlet's, though it holds a separator (a magazine
    called ``Mac & i`` gave ``i``); one opening with the site's name, then single capitalised words after commas, is
    the outlet and its address (``Example News, Frankfurt, Germany`` gave the city and the country as two authors); one
    holding the site's name beside phrases of no name's shape is the outlet and its motto (``L-MAG – Das Magazin für
    Lesben``, a German magazine's site, trafilatura-eval t0641: the motto had been the author), while a person's
    name (``Jane Doe - Example News``) or a one-word handle beside it stays (a LiveJournal community's microdata
    naming the community and its poster, ``ohnotheydidnt; carmelasoprano``)."""
    credited = credit_line(value)
    if credited is None:
        credited = _writer_credit(value)
    if credited is not None:
        return credited
    names = split_names(value, strict=False)
    if len(names) > 1 and norm(value) in {norm(site) for site in sites}:
        return [clean(value)]
    outlet, *address = [part.strip() for part in value.split(",")]
    if address and is_site(outlet, sites) and all(_PLACE_WORD_RE.fullmatch(part) for part in address):
        return [outlet]
    if len(names) > 1 and any(is_site(name, sites) for name in names):
        return [name for name in names if is_site(name, sites) or split_names(name) or len(name.split()) == 1]
    return names


def _no_writer(value: str, meta: dict[str, str]) -> bool:
    """A metadata author value naming no writer: a template's literal (``data-author="true"``, a flag; Homeland's
    topic pages), a desk's or section's name, a phrase whose conjunction joins lower-case words
    (:data:`_PHRASE_JOIN_RE`), an account number (:data:`_ACCOUNT_NUMBER_RE`) or the makers of the software that
    generated the page (``<meta name="author" content="Discuz! Team and Comsenz UI Team">`` under ``<meta
    name="generator" content="Discuz! X3.3">``: the forum software's template credits its developers on every
    thread)."""
    if value.strip().lower() in _TEMPLATE_LITERALS or _ACCOUNT_NUMBER_RE.fullmatch(value.strip()):
        return True
    phrase = _PHRASE_JOIN_RE.search(value)
    if phrase and phrase.group("word").lower() not in NOT_NAME_WORDS:
        return True
    software = norm(meta.get("generator", "").split(" ", 1)[0])
    return bool(software) and software in {norm(word) for word in value.split()}


def _author_slugs(meta: dict[str, str]) -> set[str]:
    """The last path segments of the page's ``rel="author"`` links, normalised (``/author/creeny/`` -> ``creeny``):
    a credited name that one spells is the author's account, a person, though the site is named after it too (a
    blog hosted at ``creeny.wordpress.com``: trafilatura-eval t0097 read a category, ``Schönes``, over its
    ``von Creeny``)."""
    hrefs = meta.get(AUTHOR_HREFS_KEY, "").split("\n")
    return {norm(href.rstrip("/").rsplit("/", 1)[-1]) for href in hrefs if href.strip()}


def _byline_values(found: Evidence) -> tuple[list[str], list[str]]:
    """The page's labelled author values: those of lines opening with their label (``By Jane Doe``), then those
    of lines ending in a by-word and a name (:data:`~newsmend.fields.lines.TRAILING_BY_LABEL`), which rank after
    author links and byline blocks: a line's end catches a headline's ``Theorie von Lawinen`` (over the byline box
    ``Janic Cathomen, 01.12.2021``, trafilatura-eval t0550's labelled author), a tutorial's ``translated by X``
    (over its author's bio link, t0091). Over the 798 dev pages three change, all three to the writer. An agency's
    closing credit (:data:`~newsmend.fields.lines.AGENCY_CREDIT_LABEL`: ``(Reporting by X; Editing by Y)``) ranks
    with them: its reporters are the author only when no byline names one. A line opening with its label after the
    text's first paragraph (:attr:`~newsmend.fields.evidence.Evidence.closing_labelled`) ranks with them too when
    one stands over the text: a magazine's ``Ein Artikel von X | 27.01.2022`` under its
    headline, then the book its story presents credited ``von X, Y und Z`` at the text's end (trafilatura-eval
    t0702), whose authors had been read as the story's."""
    leading: list[LabelledValue] = []
    trailing: list[LabelledValue] = []
    for v in found.labelled:
        if v.field == "author":
            (trailing if v.label in (TRAILING_BY_LABEL, AGENCY_CREDIT_LABEL) else leading).append(v)
    head = [v for v in leading if v not in found.closing_labelled]
    if head:  # a byline at the text's head outranks a credit closing it (a book's ``von X, Y und Z``)
        trailing = [v for v in leading if v not in head] + trailing
        leading = head
    return [v.value for v in leading], [v.value for v in trailing]


def _bylined_over_account(declared_people: list[list[str]], bylines: list[str]) -> list[str] | None:
    """The full names (:data:`OVERRIDE_NAME_MIN_WORDS` words) the first labelled byline (of ``bylines``, the lines
    opening with their label: :func:`_byline_values`) credits (``By Russell Bruce``) when the metadata declares only
    one-word names (:data:`_ACCOUNT_NAME_RE`): a site posting commentary under its ``NEWSROOM`` account names that
    account in its metadata, its header's byline link and byline box alike, three credits outvoting the writer the
    text's byline names (Newsnet.scot); a CMS's user handle (``gabor_munier`` over ``Gàbor Muniér``) and an agency
    (Libération's ``AFP`` and a script's ``Web`` over ``Par Sébastien Farcis``) give way likewise. Only the first
    byline: the others a page's lines yield include a headline's trailing ``von St. Johannes`` (a church;
    trafilatura-eval t0304, whose Organization ``LN`` in JSON-LD gives way to its ``Von Cosima Künzel``, its labelled
    author). Over the 798 dev pages 4 change, each to its byline's writer (t0238 and t0304 to their labelled author;
    liberation-1's label keeps the ``Par``); with Han names counted as one-word ones, a Japanese daily's ``新間`` (its
    labelled author) lost to the English page's reporters."""
    declared = [n for names in declared_people for n in names]
    if not declared or not bylines or not all(_ACCOUNT_NAME_RE.fullmatch(n) for n in declared):
        return None
    if any(_mentions(bylines[0], n) for n in declared):  # ``von Siteadmin Jane Doe``: the byline names it too
        return None
    full = [n for n in split_names(bylines[0]) if len(n.split()) >= OVERRIDE_NAME_MIN_WORDS]
    return full or None


def _byline_over_metadata(
    declared_people: list[list[str]], credited: list[list[str]], credits: list[list[str]], phrased: list[str]
) -> list[str] | None:
    """The people two kinds of credit on the page agree on (:func:`_corroborated`: ``von <a href="/author/x">X</a>``
    in a byline), when the metadata names someone the page credits nowhere, not even within a credit's words
    (``Jane Doe Example News``): a theme's ``<meta name="author">`` naming the site's administrator (a
    WordPress ``dehlix`` over every post), a place (``Hamburg, Germany``), a desk. Each agreed name must be a full
    name (:data:`OVERRIDE_NAME_MIN_WORDS` words, or Han): a single word agreed on is as often a handle or a
    label's piece (a bio link's ``Senior Reporter, Work/Life``), which leaves the metadata's person standing. A
    credit phrase's names (``phrased``: ``Ein Interview von X mit Y``, ``Ein Artikel von X``) need no second kind:
    the phrase says who made the piece, where a by-word alone may close a headline or a reference (a WordPress
    poster's ``Paul Soldan`` over ``Ein Interview von Eugen Zentner mit Sonja Silberhorn.``, trafilatura-eval
    t0877)."""
    texts = [text for group in credits for text in group]
    if any(_mentions(text, n) for names in declared_people for n in names for text in texts):
        return None
    agreed = _corroborated(credited, credits) or phrased
    full = agreed and all(_HAN_RE.search(n) or len(n.split()) >= OVERRIDE_NAME_MIN_WORDS for n in agreed)
    return agreed if full else None


def _site_desk(name: str, sites: list[str]) -> bool:
    """A credit opening with the site's name as the page writes it in capitals, then more words: the outlet's desk
    or edition (``von Felix Fahnert, MDR SACHSEN-ANHALT`` under a German broadcaster's JSON-LD publisher ``MDR``,
    unseen-en9; ``BBC Scotland``), no person. A person's name opens with a given name, never with an acronym the
    page names itself by."""
    first, _, rest = name.partition(" ")
    return bool(rest) and len(first) >= SITE_ACRONYM_MIN_CHARS and first.isupper() and first in sites


def _owns_site(name: str, sites: list[str]) -> bool:
    """A credited ``name`` the site is named after (``고든의 블로그``, ``张三的博客``, ``Jane's blog``: the name, then a
    possessive): the blog's owner, a person, though the name is a piece of the site's name."""
    return any(_POSSESSIVE_RE.match(site, end) for site in sites for end in _ends_of(name, site))


def _byline_names(text: str, japanese: bool, chinese: bool) -> list[str]:
    """The names a byline ``text`` credits: on a page declared Japanese, a family and a given name of kanji with a
    space between (``山谷 剛史``) are one person's, where a Chinese byline's spaces separate people; on a Chinese
    page (``chinese``) a lone lowercase Latin word is the writer's pen name (:func:`pen_name`)."""
    line = clean(text)
    if japanese and _JAPANESE_NAME_RE.fullmatch(line):
        return [" ".join(line.split())]
    handle = pen_name(line) if chinese else None
    return [handle] if handle else split_names(text)


def _coauthors(meta: dict[str, str]) -> list[str]:
    """The names of repeated ``<meta name="author">`` tags after the first (``html:coauthors``), each a whole
    person's name in the strict shape of a byline's: an outlet's name (``한국일보``), a name with its job title
    (``신현주 기자``, ``Jane Doe, Staff Writer``) or an entry of a citation list (``H. Doe,``) is no co-author."""
    values = meta.get("html:coauthors", "").split("\n")
    return [v for v in values if split_names(v) == [v] and not is_outlet_name(v) and not _JOB_TITLE_RE.search(v)]


def _outlet(name: str, sites: list[str]) -> bool:
    """A metadata author that names an outlet, not a person: the site itself, a Han name ending like an outlet
    (an agency's ``<meta itemprop="author" content="某某通訊社">`` over a dateline that names the reporter), or
    the publishing company (``株式会社インプレス``)."""
    return is_site(name, sites) or is_outlet_name(name) or is_company_name(name)


def _corroborated(credited: list[list[str]], credits: list[list[str]]) -> list[str] | None:
    """The names that two kinds of credit on the page agree on (a byline or labelled line, a link to an author
    page, a block classed as byline), kept with the co-authors of the byline values naming them. A byline line
    that also caught a place or a person the story mentions (``Sri Lanka``, ``Von X | Kommentar``) loses them;
    None when no name is credited twice."""
    names = unique([n for group in credited for n in group])
    agreed = [n for n in names if sum(any(_mentions(text, n) for text in texts) for texts in credits) >= 2]
    if not agreed:
        return None
    kept = set(agreed)
    for text in credits[0]:
        in_value = split_names(text)
        if any(n in kept for n in in_value):
            kept.update(in_value)
    return [n for n in names if n in kept]


def _as_bylined(names: list[str], credits: list[list[str]]) -> list[str]:
    """The metadata's ``names`` as the page's credits (``credits``: byline lines, author links, byline boxes) write
    them when the metadata writes one all in lower case (``cindy mangomini`` in ``<meta name="author">`` and its
    Twitter card, ``By Cindy mangomini`` on the page: a lifestyle site's post, unseen-en16) or all in capitals
    (``MEG WAGNER`` in a tabloid's ``sailthru.author``, ``BY Meg Wagner`` in its byline: unseen-en40): the name a
    reader sees is the byline's. Metadata written in mixed case stays as it is (a byline in capitals is a style, not
    the name's spelling), and so does a name in capitals the credits write in capitals too."""
    return [_shown(n, [t for group in credits for t in group]) if n.islower() or n.isupper() else n for n in names]


def _shown(name: str, texts: list[str]) -> str:
    """``name`` as the first of ``texts`` that holds it as words of its own in another case writes it; else as it
    is. Only names the metadata writes in one case come here (rare), so a pattern per name costs nothing."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
    return next((m.group() for m in map(pattern.search, texts) if m and m.group() != name), name)


def _with_coauthors(names: list[str], bylines: list[str], on_page: set[str]) -> list[str]:
    """The metadata's confirmed ``names`` with the co-authors a byline value or a block classed as byline naming them
    credits beside them (``von Rudolf Fischer, Simon Kohler``; a French daily's ``<address class="authorsign">`` box
    ``Elsa Provenzano et Mickaël Bosredon`` under a JSON-LD Person naming the first: unseen-ml7): a CMS's metadata
    names the one account that posted the story, its byline everyone who wrote it (trafilatura-eval t0860's WordPress
    ``author``). Only a byline of full names
    (:func:`_full_name`) lends its names: a byline value goes on with the outlet and the writer's title (``By Eric
    Bradner, CNN``; ``Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology
    Project``), which split into "names" too; with any name allowed, 8 dev pages gained such a piece. Names the
    page credits nowhere once the site's name is set aside (``on_page``, normalised) are left out first: the
    byline's outlet (``By Jane Doe and John Roe, Example News``). Over the 798 dev pages two change: t0860 now reads
    its labelled pair, t0886 (labelled with the first) its byline's two."""
    kept = {norm(n) for n in names}
    out = list(names)
    for text in bylines:
        in_value = [n for n in split_names(text) if norm(n) in on_page]
        if any(norm(n) in kept for n in in_value) and all(_full_name(n) for n in in_value):
            out += [n for n in in_value if norm(n) not in kept and n not in out]
    return out


def _names_only_box(text: str) -> bool:
    """A block classed as byline that lists names alone, joined by a conjunction (``Elsa Provenzano et Mickaël
    Bosredon``): a comma in such a box sets a job title or an affiliation after a name (``Sarah Hinger , Staff
    Attorney, ACLU Racial Justice Program``, trafilatura-eval t0612's author box), pieces that would pass for
    co-authors."""
    return not any(mark in text for mark in _BOX_FIELD_MARKS)


def _full_name(name: str) -> bool:
    """A person's full name as bylines write it: Han, or :data:`OVERRIDE_NAME_MIN_WORDS` words and no job title or
    group (:data:`_JOB_TITLE_RE`)."""
    if _HAN_RE.search(name):
        return True
    return len(name.split()) >= OVERRIDE_NAME_MIN_WORDS and not _JOB_TITLE_RE.search(name)


def _mentions(text: str, name: str) -> bool:
    """``name`` stands in ``text`` as words of its own (Han names, written without spaces, as a substring)."""
    if _HAN_RE.search(name):
        return name in text
    folded = text.casefold()
    word = name.casefold()
    return any(
        not _WORD_CHAR_RE.match(folded[end - len(word) - 1 : end - len(word)] or " ")
        and not _WORD_CHAR_RE.match(folded[end : end + 1] or " ")
        for end in _ends_of(word, folded)
    )


def _ends_of(part: str, text: str) -> Iterator[int]:
    """Where each occurrence of ``part`` in ``text`` ends, overlapping ones too. The name tests above scan for
    their name so rather than compile a pattern of it: every page credits other names, and compiling one pattern
    per name was a tenth of the authors' reading (cProfile over the 798 dev pages: 812 compilations, 0.4 of 1.4 s
    in read_authors)."""
    start = text.find(part)
    while start >= 0:
        yield start + len(part)
        start = text.find(part, start + 1)


def _labelled_twitter_data(meta: dict[str, str]) -> list[str]:
    """``twitter:dataN`` keys whose ``twitter:labelN`` says "written by" (how SEO plugins state the author)."""
    return [f"twitter:data{n}" for n in range(1, 5) if _WRITTEN_BY_RE.search(meta.get(f"twitter:label{n}", ""))]


def read_date(meta: dict[str, str], url: str | None, found: Evidence, language: str | None) -> str | None:
    """Publication date: known metadata keys (software writes ``a/b/yyyy`` month first), other date-named
    keys, the URL, then the text: labelled values, meta lines (not an update stamp alone: :func:`is_update_stamp`),
    the lines under the headline and the one right above it, datelines above the body (nearest first), those
    skipped between the body's first lines (in order: a thread's first post's before its replies'), dates opening
    the body, dates right after it, a source credit's date (:func:`_credits_source_only`), the post's footer stamp
    further on (:attr:`~newsmend.fields.evidence.Evidence.post_stamps`); failing all of them, a
    ``data-*`` attribute's date, a Parse.ly ``parsely-page`` tag's (:data:`~newsmend.html.meta.PARSELY_DATE_KEY`),
    a publishing system's comment's (:data:`~newsmend.html.meta.PUBLISHING_SYSTEM_DATE_KEY`), the last-update date
    of the metadata, then the date a data script states. A text date without its time takes the time of a ``data-*``
    attribute's or a data script's stamp on that day (``Dec 9, 2016`` in a ``<time data-published="2016-12-09
    09:13:00Z">``: a sports site's story, unseen-en16); a stamp at midnight is a day stored as a timestamp (``2012-06-24
    00:00:00`` in a Chinese portal's data script) and gives none. A metadata day without its time takes it from the
    text's dates, then from a later metadata key's stamp on that day (``article:published_time=2014-12-30`` over a
    ``<time pubdate datetime="2014-12-30T07:00:00Z">`` in a British tabloid's byline, unseen-en21): the first key wins
    the day, not the precision. A metadata date before the month the page's address names (``/2014/05/``), when a date
    of the text falls in that month, is the template's stale value and is passed over: two witnesses outvote it
    (``article:published_time=2009-09-02`` on a magazine's blog post at ``/2014/05/`` dated ``On May 23, 2014``,
    unseen-en30). Alone, the address can be a placeholder (a public radio's story at ``/2026/01/01/`` dated May 2024
    by its metadata and its text). Metadata stating one instant in two zones give the stamp on the clock the page
    shows (:func:`~newsmend.fields.dates.shown_stamp`): the page's calendar day is its readers'. A stated stamp
    without its zone takes the one another metadata key states for its clock reading
    (:func:`~newsmend.fields.dates.zoned_stamp`). A stated day without a clock (the metadata's, or the address's when
    they state none) a day off the page's first own date, which shows its clock, gives way to it
    (:func:`~newsmend.fields.dates.shown_next_to_day`: a daily's print issue dated the morning after)."""
    weak = (SCRIPT_DATE_KEY, DATA_DATE_KEY, PARSELY_DATE_KEY, PUBLISHING_SYSTEM_DATE_KEY)
    other = (k for k in meta if k not in weak and _names_date(k))
    keys = [*DATE_META_KEYS, *other]
    day_first = None if language in (None, "en") else True
    credits = [line for line in found.meta_lines if _credits_source_only(line)]
    texts = [
        *found.values("date"),
        *[line for line in found.meta_lines if line not in credits and not is_update_stamp(line)],
        *found.headline_datelines,
        *found.over_headline,
        *reversed(found.datelines),
        *found.head_datelines,
        *found.body_datelines,
        *found.tail_datelines,
        *credits,
        *found.post_stamps,
    ]
    # where a two-digit year is read too (``Von: X | 31.10.23`` under the headline, ``02.12.19`` right above it)
    by_headline = {*found.headline_datelines, *found.over_headline}
    dated = _text_dates(texts, by_headline, day_first)
    metadata = (d for d in (_meta_date(meta, k) for k in keys) if d)
    month = url_month(url)
    if month:  # the text's dates, parsed once: they vouch for the address's month and then give the time
        text_dates = list(dated)
        dated = iter(text_dates)
        if any(d.startswith(month) for d in text_dates):
            metadata = (d for d in metadata if d[:7] >= month)
    stated = next(metadata, None) or url_date(url)
    if stated:
        dated, shown, first = tee(dated, 3)
        stamps = [d for d in (_meta_date(meta, k) for k in (*keys, *weak)) if d]
        # one reading per form of the stated date, so their order is free: zoned (shown_stamp), a clock without its
        # zone (zoned_stamp), a day alone (shown_next_to_day)
        on_shown_clock = (
            shown_stamp(stated, chain(stamps, _page_times(meta)), shown)
            or zoned_stamp(stated, stamps)
            or shown_next_to_day(stated, next(first, None))
        )
        later = (d for d in metadata if not d.startswith(_MIDNIGHT, len(stated)))
        return on_shown_clock or _with_time(stated, chain(dated, later))
    date = next(dated, None)
    data, script = _meta_date(meta, DATA_DATE_KEY), _meta_date(meta, SCRIPT_DATE_KEY)
    if date:
        return _with_time(date, (d for d in (data, script) if d and not d.startswith(_MIDNIGHT, len(date))))
    late = (_meta_date(meta, PARSELY_DATE_KEY), _meta_date(meta, PUBLISHING_SYSTEM_DATE_KEY))
    return data or next(filter(None, late), None) or _modified_date(meta) or script


def _page_times(meta: dict[str, str]) -> Iterator[str]:
    """The times the page's ``<time>`` elements state (:data:`~newsmend.html.meta.PAGE_TIMES_KEY`), in page order."""
    for value in meta.get(PAGE_TIMES_KEY, "").splitlines():
        date = parse_date(value, day_first=False)
        if date:
            yield date


def _text_dates(texts: list[str], by_headline: set[str], day_first: bool | None) -> Iterator[str]:
    """The dates ``texts`` state, in their order (a two-digit year read only by the headline)."""
    for text in texts:
        date = parse_date(text, day_first=day_first) or (short_year_date(text) if text in by_headline else None)
        if date:
            yield date


def _credits_source_only(line: str) -> bool:
    """A meta line opening with a source label, no other label in it, in a script without Han characters
    (``Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin`` closing a German hunting magazine's copy of
    a press release, trafilatura-eval t0704, labelled the 3rd): a date in it dates the source's release, so it is
    read after the page's own datelines. A Chinese strip states the page's date beside its source
    (``2017-03-10 09:58　来源：X``) and keeps its place."""
    values = labelled_values(line)
    return (
        bool(values)
        and all(value.field == "source" for value in values)
        and clean(line).lower().startswith(values[0].label.lower())
        and not has_han(line)
    )


@lru_cache(maxsize=META_KEY_CACHE_SIZE)
def _names_date(key: str) -> bool:
    """A metadata key naming the publication date (:data:`_DATE_KEY_RE`), not another date (:data:`_NOT_DATE_RE`)."""
    return _DATE_KEY_RE.search(key) is not None and _NOT_DATE_RE.search(key) is None


def _other_author_keys(meta: dict[str, str]) -> list[str]:
    """The page's metadata keys naming the author beyond :data:`AUTHOR_META_KEYS` (``article_author``), in order."""
    return [k for k in meta if _names_author(k) and k not in (*AUTHOR_META_KEYS, AUTHOR_HREFS_KEY)]


@lru_cache(maxsize=META_KEY_CACHE_SIZE)
def _names_author(key: str) -> bool:
    """A metadata key naming the author (:data:`_AUTHOR_KEY_RE`)."""
    return _AUTHOR_KEY_RE.search(key) is not None


def _with_time(day: str, dated: Iterator[str]) -> str:
    """``day`` (a date the metadata or the URL states without its time: ``publishdate=2019-06-15``,
    ``/20200911/``; or the text's) with the time of the first of ``dated`` on that day (``2019年06月15日08:18
    来源：…``)."""
    if "T" in day:
        return day
    return next((d for d in dated if d.startswith(day + "T")), day)


def _meta_date(meta: dict[str, str], key: str) -> str | None:
    """The date metadata ``key`` states (software writes ``a/b/yyyy`` month first), or None. A time without an
    offset under a key whose vendor states it in UTC (:data:`_UTC_DATE_KEYS`) is UTC's."""
    value = meta.get(key)
    date = parse_date(value, compact=True, day_first=False) if value else None
    return as_utc(date) if date and key in _UTC_DATE_KEYS else date


def _modified_date(meta: dict[str, str]) -> str | None:
    """Last resort: the date the page says it was last updated (reference pages state no other)."""
    for key in (k for k in meta if _MODIFIED_KEY_RE.search(k)):
        date = parse_date(meta[key], compact=True, day_first=False)
        if date:
            return date
    return None


def read_credited_source(found: Evidence) -> str | None:
    """The outlet the page's text credits: a ``来源：X`` line, the first paragraph's dateline, the outlet a dateline
    under the headline names unlabelled, the provider a note closing the text names (``（本文由X提供）``), a
    copyright notice."""
    text = "\n".join(found.paragraphs)
    sources = [v for v in found.labelled if v.field == "source"]
    candidates = [reporters_outlet(v.value, text) or tidy_source(v.value) for v in sources if v.label != PROVIDED_LABEL]
    if found.paragraphs:
        candidates.append(dateline_source(found.paragraphs[0]))
    candidates += found.dateline_outlets
    candidates += [tidy_source(v.value) for v in sources if v.label == PROVIDED_LABEL]
    candidates += [copyright_source(c) for c in found.copyrights]
    return next((c for c in candidates if c), None)


def read_meta_source(meta: dict[str, str], title: str | None = None) -> str | None:
    """The outlet the metadata names: the publishing account of a platform (a WeChat account), then
    ``og:site_name`` (on a platform, the platform's own name), then the publisher ``<meta>`` elements name
    (:func:`_declared_publisher`: BBC Chinese's ``DC.publisher``, its site's name only in its ``<title>``), then
    the ``application-name`` a metadata title ends with (:func:`_titled_application`)."""
    return (
        tidy_source(meta.get("platform:account", ""))
        or tidy_source(_site_name(meta))
        or _declared_publisher(meta, title)
        or _titled_application(meta)
    )


def _titled_application(meta: dict[str, str]) -> str | None:
    """``application-name`` when a metadata title ends with it (``… « CBS New York``): the name a site gives its
    pinned tab or app, which the title confirms is the site's, where no ``og:site_name`` or publisher names it (a
    2012 local broadcaster's WordPress pages). Unconfirmed, it may be the headline (:data:`~newsmend.fields.title.
    SITE_MAX_CHARS`) or a product's name."""
    name = meta.get("application-name", "")
    tails = (title_tail(meta, key) for key in SITE_TITLE_KEYS)
    return tidy_source(name) if name and any(tail and norm(tail) == norm(name) for tail in tails) else None


def _declared_publisher(meta: dict[str, str], title: str | None) -> str | None:
    """The first publisher :data:`PUBLISHER_NAME_KEYS` name, unless it is the page's ``title``: a page headed with
    its publisher's name is the publisher's page about themself (a portfolio's profile page, trafilatura-eval
    t0239: ``Jens Weber``, one of the two designers whose work the site shows), the name a person's, no outlet."""
    for key in PUBLISHER_NAME_KEYS:
        name = tidy_source(meta.get(key, ""), max_chars=PUBLISHER_MAX_CHARS)
        if name:
            return None if title and norm(name) == norm(title) else name
    return None


def _site_name(meta: dict[str, str]) -> str:
    """``og:site_name`` without the tagline a site may add to it (``少数派 - 高品质数字消费指南``): the part that
    the ``<title>``'s tail names (``… - 少数派``), or else the ``og:title``'s (a portal's ``<title>`` may end with
    the site's name and its channel run together, ``…|au Webポータル経済・ITニュース``, where its ``og:title`` ends
    ``…|au Webポータル``), unless the title asked ends with the whole of it (then its tail may be the tagline). Asked
    first, for a host name (``leparisien.fr``) or a host's label (``miamiherald``), the words of the tail that spell
    it (``… - Le Parisien``; ``… | Miami Herald``, whose folded title ends with the site: :func:`_spelled_host`), or the
    whole tail when the site's account (``twitter:site``) spells it, for an account handle (``Grazia_Live``) the tail
    its first word opens (:func:`_handle_owner`)."""
    site, handle = meta.get("og:site_name", ""), meta.get("twitter:site", "")
    parts = title_parts(site)
    for key in SITE_TITLE_KEYS:
        tail = title_tail(meta, key)
        written = (_spelled_host(tail, site, handle) or _handle_owner(tail, site)) if tail else None
        if written:
            return written
        if norm(meta.get(key, "")).endswith(norm(site)):
            return site
        if tail and norm(tail) in parts:
            return tail
    return site


def _spelled_host(tail: str, site: str, handle: str) -> str | None:
    """The words opening ``tail`` that spell ``site``, a host name (``leparisien.fr``) or the lower-case run of
    letters that names a host (``miamiherald``, a 2016 daily's ``og:site_name`` beside ``… | Miami Herald``),
    without their spaces and capitals (``Le Parisien``; ``VnExpress`` in ``VnExpress Kinh doanh``, the site's name
    before its channel's): the outlet's name as the ``<title>`` writes it. The whole tail when the site's account
    ``handle`` (``twitter:site``) spells it: a regional daily's host label ``northwales`` opens ``North Wales Live``,
    its account ``@northwaleslive`` names the brand whole (ninetieth audit). None when ``site`` is neither or no
    opening words spell it."""
    host = site.strip().removeprefix("www.")
    if " " in host or not ("." in host or (host.isalnum() and host.islower())):
        return None
    label = host.lower().rpartition(".")[0] or host
    letters, words = _letters(label), tail.split()
    for count in range(len(words), 0, -1):
        if _letters(" ".join(words[:count])) == letters:
            return tail if spells_handle(handle, tail) else " ".join(words[:count])
    return None


def _letters(text: str) -> str:
    """``text``'s letters and digits run together, lower-cased (:data:`_LETTERS_RE`): ``Miami Herald`` and the host
    label ``miamiherald`` both read ``miamiherald``, ``9to5Mac`` and ``9to5mac`` keep their digits."""
    return _LETTERS_RE.sub("", text.lower())


def _handle_owner(tail: str, site: str) -> str | None:
    """The title's ``tail`` when ``site`` is an account handle (:data:`_HANDLE_RE`) and the tail opens with its
    first word (``Grazia Daily`` for ``Grazia_Live``): the outlet the handle is named after, as the ``<title>``
    writes it. None otherwise: a tail of other words may be a channel's name, no owner of the handle."""
    if not _HANDLE_RE.fullmatch(site.strip()):
        return None
    first = site.strip().split("_", 1)[0].lower()
    words = tail.split()
    return tail if len(words) > 1 and words[0].lower() == first else None


def read_editor(found: Evidence) -> str | None:
    """The responsible editor: the first labelled editor value that tidies to a name, one labelled as the
    responsible editor (:data:`~newsmend.fields.lines.RESPONSIBLE_EDITOR_LABELS`) before other editors, a reviewer's
    (:data:`~newsmend.fields.lines.REVIEWER_LABELS`) only when no other editor is credited."""
    values = [v for v in found.labelled if v.field == "editor"]
    ranked = sorted(values, key=_editor_rank)  # stable: page order within each rank
    return next((e for e in (tidy_editor(v.value) for v in ranked) if e), None)


def _editor_rank(value: LabelledValue) -> int:
    """Where an editor's credit ranks (:func:`read_editor`): the responsible editor's label 0, other editors' 1, a
    reviewer's 2."""
    return 0 if value.label in RESPONSIBLE_EDITOR_LABELS else 2 if value.label in REVIEWER_LABELS else 1


def unique(items: list[str]) -> list[str]:
    """``items`` without repeats, in the order first seen (names and captions recur around a body)."""
    return list(dict.fromkeys(items))
