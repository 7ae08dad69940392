"""What a page says about itself: ``<title>``, ``<meta>`` tags, JSON-LD, ``<html lang>``, canonical link.

Keys are lowercased:

- ``html:title``, ``html:lang``, ``link:canonical``;
- ``html:base``: the first ``<base href>``, the address the page's relative links are resolved against (HTML's
  document base URL) where it is not the page's own (a daily's ``<base href="https://host/htm/">`` under
  ``../pns/…`` links);
- every ``<meta name|property|itemprop>`` under its own name (first occurrence wins), and microdata or RDFa
  ``content`` on other elements (``<span itemprop="datePublished" content="…">``) likewise; not the microdata of
  a list's entries (:func:`_in_list_entry`), which describes the stories a list links to;
- ``parsely-title`` and ``parsely-author`` also from the JSON of a Parse.ly ``parsely-page`` tag, where the page
  has no tag of that name (the vendor's older form), and its ``pub_date`` as ``parsely:pubdate``, a last resort
  for the field readers, and the date a Founder publishing system's comment states (``enp:pubtime``), another;
- ``html:coauthors``: the other values of repeated ``<meta name="author">`` tags, one a line (the Guardian names
  each co-author in a tag of its own; the standard name has no list syntax), for the field readers to judge;
- JSON-LD fields of the first article-like object as ``ld:<field>`` (``ld:headline``, ``ld:author``,
  ``ld:datepublished`` ...; ``ld:datecreated`` only where it has no publication date), and the dates of an
  object in Baidu's vocabulary as schema.org's (:data:`CAMBRIAN_FIELDS`);
  several JSON-LD authors are joined by ``"; "``;
- ``time:published``: the ``datetime`` of the first ``<time>`` marked as the publication time (``pubdate``, a
  class or itemprop naming publication, its own or its holders' class two levels up, a byline box holding it or a
  box holding it beside the byline), or the ISO
  ``title`` of an ``<abbr>`` so marked (the microformats' ``<abbr class="published" title="2019-06-27T10:21:40Z">
  jeudi 27 juin 2019</abbr>``: hAtom's pattern, which SPIP's and older blog templates print);
- ``html:times``: the machine-readable time of every ``<time>`` (ISO ``<abbr>``) of the page, marked or not, one
  a line in page order: witnesses of the zone of a clock reading the metadata states, never a date alone
  (:data:`PAGE_TIMES_KEY`);
- ``microdata:author``: names of schema.org microdata authors
  (``<span itemprop="author"><span itemprop="name">Jane Doe</span></span>``), joined by ``"; "``; not those of a
  picture's, a video's or a sound's item (a figure's photographer), nor a reply's (a thread's comment, an answer);
- ``html:author-hrefs``: the ``href`` of every link marked ``rel="author"`` (HTML's link type for the page
  author's page), one a line: the field readers take such a link's text as a credit where it stands near the
  article, as they do a link to an ``/author/`` page;
- ``html:author-accounts``: the one account name such links show where their address spells it
  (``<a rel="author" href="/author/oradmin/">oradmin</a>``), read as an author key after the named ones (a user
  handle no byline shape takes for a name: trafilatura-eval t0413 and t0421 read their labelled author so; over
  the 798 dev pages two more change, the fan-fiction site's work to its writer's handle where readability labels
  the site's organisation, and salon-1's related authors to the page's own);
- ``data:date`` and ``data:author``: the first ``data-*`` attribute naming a date (``data-publish-date``,
  ``data-deploy-dt``) and an author (``data-author``, ``data-byline-writer-name``);
- ``html:kicker``: the kicker opening an ``<h1>`` in its own element
  (``<h1><span class="kicker">Klimaschutz</span><span>Headline</span></h1>``);
- ``ld:steps``: the text of the first JSON-LD HowTo or Recipe with steps, as HTML: its description, the lists it
  gives before the steps (ingredients, tools, supplies) and the steps (``step``, ``recipeInstructions``: plain
  strings, ``HowToStep`` texts, ``HowToSection`` and ``HowToStep`` names over their ``itemListElement``); a how-to
  page rendered by scripts carries its text only there;
- ``script:articlebody``: the longest article text (HTML or plain) that a page's data scripts carry under an
  article-body key (``"contentHtml": "…"`` in a Next.js or React Query state): script-rendered pages have no
  other copy of their text;
- ``script:date``: the first date a data script states under a publication-time key (``"pubtime": "2019-09-07
  19:02:26"`` in a portal's ``window.DATA``): some pages render their dateline from it;
- ``script:author``: the authors a page's Chartbeat configuration names (``_sf_async_config.authors = "…"``):
  news sites set it from the story's byline, which their markup may show only as an avatar or a link;
- ``platform:date`` and ``platform:account``: on WeChat public-account articles (mp.weixin.qq.com, whose
  ``og:site_name`` is the platform's name), the publication time and the account that published the article,
  from the platform's page script (``var ct = "1581517074"``, Unix seconds, given in UTC since the page states
  no zone, or a date string as the script writes it, but the day the script says the page shows, ``var
  publish_time = "2016-09-03"``, where the two lie days apart or the script states no creation time; ``var
  nickname = htmlDecode("…")``, ``nick_name: JsDecode('…')``): the page shows neither before its scripts run.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html import escape, unescape
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

#: JSON-LD ``@type`` values that describe the page's article (schema.org CreativeWork subtypes used by news).
ARTICLE_TYPES = frozenset(
    (
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting", "posting",
        "socialmediaposting", "webpage", "liveblogposting", "opinionnewsarticle", "backgroundnewsarticle",
        "scholarlyarticle", "techarticle", "howto", "recipe", "review", "creativework"
    )
)
#: The key listing the links a page marks ``rel="author"``, one ``href`` a line, which are author-page links
#: whatever their address says (Channel 4 News's ``/news/by/<name>``).
AUTHOR_HREFS_KEY = "html:author-hrefs"
#: The ``pub_date`` of a Parse.ly ``parsely-page`` tag's JSON (:func:`_parsely_page`): a name no date pattern of the
#: readers matches, since it dates a page only when nothing else does.
PARSELY_DATE_KEY = "parsely:pubtime"
#: The ``<date>`` of the comment a Founder publishing system writes into each story it renders (``<!--enpproperty
#: <articleid>32754452</articleid><date>2019-04-18 11:18:16.0</date>…/enpproperty-->``, on the sites of national
#: and regional Chinese dailies): the time the system stored for the story, under a name no date pattern of the
#: readers matches, since it dates only a page that states no other date (the story's region as a scraper kept
#: it, with no ``<head>``: a photo story of a national daily's site, unseen-zh29).
PUBLISHING_SYSTEM_DATE_KEY = "enp:pubtime"
_PUBLISHING_SYSTEM_DATE_RE = re.compile(
    r"<!--\s*enpproperty\s*<articleid>[^<]*</articleid>\s*<date>([^<]{8,40})</date>"
)
#: The key listing the time of every ``<time>`` (ISO ``<abbr>``), one a line: the first of a page is as often a
#: comment's or a sidebar story's as the story's, so the readers take one only to give the zone of a clock reading
#: the metadata states (:func:`newsmend.fields.dates.shown_stamp`), under a name no date pattern of theirs matches.
PAGE_TIMES_KEY = "html:times"
#: The key giving the account name those links show (:func:`_account`) when they show one: a forum's or blog's user
#: handle (``oradmin``, ``ThE_PaiN``), which no byline shape takes for a name. Links to several accounts are a list's
#: (a Q&A theme's related questions, each ``asked by`` its poster: two magic-html forum pages) and name none.
AUTHOR_ACCOUNTS_KEY = "html:author-accounts"
#: What a name and an address's segment are compared without (spaces, hyphens, dots, underscores).
_WORD_RE = re.compile(r"[\W_]+")
#: JSON-LD fields copied into ``Page.meta``.
LD_FIELDS = (
    "headline",
    "name",
    "author",
    "datepublished",
    "datecreated",
    "datemodified",
    "description",
    "articlebody",
    "publisher",
    "inlanguage",
    "articlesource",
    "isbasedon",
)
#: The context of Baidu's search-resource vocabulary (``"@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld"``),
#: in which Chinese sites describe a page in JSON-LD without a ``@type`` (a blog platform's posts, a magazine's
#: stories: 9 of the 798 dev pages) ...
CAMBRIAN_CONTEXT = "ziyuan.baidu.com/contexts/cambrian"
#: ... and its fields read as the schema.org fields that mean the same: the time the page was published and last
#: updated. Not its ``title``, the ``<title>`` with the site's name. A blog platform's post shows over its text the
#: time of the latest post its widget recommends (``最新推荐文章于 2025-10-14 15:13:29 发布``), which stood as the
#: post's date where the vocabulary's ``pubDate`` gave ``2020-01-12T20:06:09`` (seventy-fifth audit).
CAMBRIAN_FIELDS = {"pubdate": "datepublished", "update": "datemodified"}
#: JSON-LD fields read only where the object lacks the field they stand in for: schema.org's ``dateCreated`` is any
#: creative work's, ``datePublished`` an article's own (a 2014 adoption site's essay gives only the former). Not
#: ``creator`` for a missing ``author``: on two audited blogs it names the outlet or a placeholder account
#: (``Parse.ly``, ``CH Contributor``), no writer.
LD_STAND_INS = {"datecreated": "datepublished"}
#: JSON-LD fields naming people or organisations (a name, an object with a ``name``, or a list of them): the
#: author, the publisher, and the work or outlet the article translates or adapts (schema.org's ``isBasedOn``;
#: Courrier international writes ``articleSource``). Not ``sourceOrganization``: the organisation the author works
#: for, which the dev pages set to their own outlet (Engadget, Yonhap, The New York Times).
LD_NAME_FIELDS = frozenset(("author", "publisher", "articlesource", "isbasedon"))
#: JSON-LD fields that name an outlet, read without the ``Person`` objects they may give: a personal blog's
#: publisher is its owner (Yoast SEO's ``"@type": ["Person", "Organization"]``), a person whose name as the
#: outlet's would keep the blog's author from being credited (trafilatura-eval t0080 lost "Andreas Kalt" so).
LD_OUTLET_FIELDS = frozenset(("publisher",))
#: JSON-LD ``@type`` values of a text written as steps (schema.org HowTo and its subtype Recipe).
HOWTO_TYPES = frozenset(("howto", "recipe"))
#: Fields of a HowTo or Recipe that hold its steps, in reading order ...
HOWTO_STEP_FIELDS = ("step", "recipeinstructions")
#: ... and the lists it gives before them (a list of strings or of ``HowToTool``/``HowToSupply`` objects).
HOWTO_LIST_FIELDS = ("recipeingredient", "tool", "supply")
#: A JSON-LD text that holds markup (``"<p>Um eine …</p>"``), not plain text.
_MARKUP_RE = re.compile(r"<[a-zA-Z/][^>]*>")
#: JSON-LD fields that may hold markup, kept as written; the others are plain text that CMSs write with HTML
#: entities (``Olive &#038; Herb``, ``&quot;`` in 5 of the labelled dev pages' headlines), which are decoded.
LD_MARKUP_FIELDS = frozenset(("articlebody",))
#: Class or itemprop of a ``<time>`` element holding the publication time (``entry-date published``, WordPress).
_PUBLISHED_TIME_RE = re.compile(r"publish|pubdate|post-?date|entry-date|date-?created|created", re.I)
#: An ``<abbr>``'s ``title`` that is an ISO 8601 date (with its time and zone maybe): the machine-readable value the
#: microformats' abbr pattern gives the date shown (an abbreviation's expansion is words).
_ISO_DATE_RE = re.compile(r"\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}|\s*$)")
#: A class naming the byline box (``post-byline``, ``byline-sections``): a ``<time>`` within it, however unmarked,
#: dates the story the byline signs (a 2014 home magazine's ``div.post-byline > ul > li > time``, its only date
#: apart from an analytics tag's JSON, forty-ninth audit) ...
_BYLINE_BOX_RE = re.compile(r"byline", re.I)
#: ... when one of the elements holding it, at most this many levels up (the time's ``<li>``, their list, the box).
TIME_HOLDER_DEPTH = 3
#: ... or when its box, at most this many levels up (its ``<p>``, the meta box), holds the byline's element as a child
#: of its own: the time set beside the byline (``footer.meta > p.byline + p.timestamp > time``, a 2016 politics
#: site's story, eighty-third audit). Children only: a teaser's card holds its byline deeper, under its own header
#: box beside the one holding its time, and a list's other stories stand before the story on such pages.
BESIDE_BYLINE_DEPTH = 2
#: Elements holding a ``<time>`` whose class marks it as the publication time (:data:`_PUBLISHED_TIME_RE`): its
#: holder, and the one above it (``li.date-published > span.date-original-reading-time > time``, the time beside a
#: reading time in a 2016 sports column's author list, eighty-fifth audit).
MARK_HOLDER_DEPTH = 2
#: ... unless it names another time.
_OTHER_TIME_RE = re.compile(r"updat|modif|edit|comment", re.I)
#: ``data-*`` attribute names that hold a date or time: ending in ``date``, ``dt``, ``time``, ``published`` ...
_DATA_DATE_RE = re.compile(r"^data-(?:[a-z0-9]+-)*(?:date|dt|datetime|time|published|pubdate)$")
#: ... unless they name another time or person (an update, a re-publication, a comment, an expiry, an editor).
_DATA_OTHER_RE = re.compile(r"updat|modif|edit|comment|expir|-re-|^data-re-|start|end|now|server|cache", re.I)
#: ``data-*`` attribute names that hold an author's name (``data-author``, ``data-byline-writer-name``).
_DATA_AUTHOR_RE = re.compile(r"^data-(?:[a-z0-9]+-)*(?:author|writer)(?:-name)?$")
#: Every ``data-*`` name in the page source (a superset of its attribute names): the candidates for the two
#: patterns above, found by one C-speed scan instead of reading every element's attributes. The prefix is matched
#: in lower case, as every page of the dev sets writes it: a literal prefix scans ~8x faster than a
#: case-insensitive one (0.15 vs 1.3 ms on a median page); an attribute spelt ``DATA-AUTHOR`` is not read.
_DATA_NAME_RE = re.compile(r"data-[a-zA-Z0-9-]+")
#: Class of the element opening an ``<h1>`` that holds its kicker (the topic line above a headline, which
#: the headline's own text does not include); the names used by news CMSs in the dev sets and their docs.
_KICKER_CLASS_RE = re.compile(
    r"kicker|overline|dachzeile|spitzmarke|topline|roofline|eyebrow|titleheader|supertitle|subtitle|pre-?title"
    r"|pre-?headline",
    re.I,
)
#: Headings looked at for a kicker (the article's ``<h1>`` is among the first few of a page).
KICKER_MAX_HEADINGS = 3
#: Microdata authors read (a page lists its own authors first; more are related stories' credits).
MAX_MICRODATA_AUTHORS = 4
#: Longest microdata author text taken as a name (longer is a bio or a whole byline block).
MICRODATA_NAME_MAX_CHARS = 60
#: Microdata item types of a picture, a video or a sound, and of a reply: an ``itemprop="author"`` whose nearest item
#: is one of them credits that media (``<figure itemscope itemtype="http://schema.org/ImageObject">`` … ``<small
#: itemprop="author">Photograph by X</small>``) or that reply (a thread's ``itemprop="comment"`` posts, each a
#: ``schema.org/Comment`` naming its poster; an answer to a question), not the article.
_OTHER_ITEM_RE = re.compile(
    r"schema\.org/(?:ImageObject|VideoObject|AudioObject|MediaObject|Photograph|Comment|Answer)\b", re.I
)
#: A JSON-LD script larger than this is not parsed (embedded data dumps, not metadata).
MAX_LD_CHARS = 500_000
#: Keys under which data scripts (``__NEXT_DATA__``, React Query or Redux state) hold an article's text.
SCRIPT_BODY_KEYS = (
    "articleBody", "articleBodyHtml", "contentHtml", "content_html", "bodyHtml", "body_html", "articleHtml",
    "article_body",
)  # fmt: skip
#: Shortest script-held article text kept (shorter strings under these keys are teasers or empty templates).
SCRIPT_BODY_MIN_CHARS = 200
#: A JSON string under one of :data:`SCRIPT_BODY_KEYS`; read with a pattern because these scripts are
#: JavaScript (``window["x"].push({…})``), not JSON documents.
_SCRIPT_BODY_RE = re.compile(r'"(?:' + "|".join(SCRIPT_BODY_KEYS) + r')"\s*:\s*"((?:[^"\\]++|\\.)*+)"')
#: A date string (year first) that a data script (``window.DATA = {…}``) states under a publication-time key
#: (``pubtime``, ``pub_date``, ``publishTime``, ``publishedAt``, ``publishDateTime`` ...; quoted or bare, or set
#: by its name in brackets: ``ejValue['publishDateTime']="2018-06-29 15:23:00"``, the counter script of a 2018 Hong
#: Kong financial daily whose page shows only ``今日 15:23``, ninety-second audit). Two patterns, one per case of
#: the key's ``p``, each opening with a literal ``pub``/``Pub`` so that the search skips through megabytes of script
#: text at C speed: an alternation of whole keys cost 1.3 s over the 798 bench pages, one pattern opening with
#: ``[pP]ub`` (a character class, tested at every position) 0.1 s, these two 0.03 s.
_SCRIPT_DATE_RES = tuple(
    re.compile(
        first + r"(?:lish(?:ed)?)?(?:_?[tT]ime|_?[dD]ate(?:_?[tT]ime)?|At|_at)\b[\"']?\]?\s*[:=]\s*"
        r"[\"']((?:19|20)\d{2}-\d{1,2}-\d{1,2}[^\"'\\]{0,20})[\"']"
    )
    for first in ("pub", "Pub")
)
#: WeChat article pages' script values (platform markup, in the templates' several spellings): the creation
#: time (``var ct = "1581517074"``, ``var create_time = "…" * 1``, ``var createTime = '2023-05-25 17:05'``,
#: ``create_time: JsDecode('…')``), in Unix seconds or as the page's own date string ...
_WECHAT_TIME_RE = re.compile(
    r"\b(?:ct|create_time|createTime)\s*[:=]\s*(?:JsDecode\()?[\"']?(\d{9,10}\b|(?:19|20)\d{2}-\d{1,2}-\d{1,2}[^\"'\\]{0,9})"
)
#: ... the day the page shows under the headline (``var publish_time = "2016-09-03" || "";``, the ``em#post-date``
#: text), which a creation time on another day gives way to: a message created as a draft and published later (a 2016
#: preview of an education company's manual, created ``ct = "1467458454"``, 2 July, shown 3 September: eighty-seventh
#: audit) ...
_WECHAT_SHOWN_DAY_RE = re.compile(r"publish_time(?<!\wpublish_time)\s*=\s*[\"']((?:19|20)\d{2}-\d{2}-\d{2})[\"']")
#: ... the most days a creation time in UTC and the day shown in the page's zone lie apart for one instant ...
WECHAT_ZONE_DAYS = 1
#: ... the calendar day a creation time opens with, its month and day zero-padded or not ...
_SCRIPT_DAY_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
#: ... and the publishing account's name (``var nickname = htmlDecode("…")``, ``nick_name: JsDecode('…')``): one
#: pattern per spelling, each opening with its literal word (``var``, ``nick_name``) and testing the word boundary
#: before it by a lookbehind after it, so that the search scans for that word at C speed (a pattern opening with
#: ``\b`` is tried at every position: 0.08 ms a page on the bench pages, where 40 scripts hold ``nick``).
_WECHAT_ACCOUNT_RES = tuple(
    re.compile(key + r"\s*(?:htmlDecode\(|JsDecode\()?([\"'])((?:(?!\1)[^\\\n]|\\.){1,200})\1")
    for key in (r"var(?<!\wvar)\s+nickname\s*=", r"nick_name(?<!\wnick_name)\s*:")
)
#: The microdata property of a list's entries (schema.org ``ItemList``'s ``itemListElement``), matched lowercase.
_LIST_ENTRY_PROP = "itemlistelement"
#: The story's authors as Chartbeat's analytics configuration states them, in a news page's own script
#: (``_sf_async_config.authors = "Jane Doe"``, or ``authors: 'Jane Doe'`` in the ``_sf_async_config`` object);
#: a script expression (``= window.x.author``) or an empty string states none. Found on goose3's techcrunch1 page,
#: whose only other credit is a gravatar link labelled "View Author Page".
_CHARTBEAT_AUTHORS_RE = re.compile(r"\bauthors\s*[:=]\s*([\"'])([^\"'\\\n]{1,200})\1")
#: The escapes of a JavaScript string literal (``\x26``, ``\u4e2d``, ``\"``).
_JS_ESCAPE_RE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(.))")
#: Longest account name kept (WeChat allows 30 characters; longer is some other string).
WECHAT_ACCOUNT_MAX_CHARS = 30
#: XHTML-era pages wrap script bodies in ``<![CDATA[ … ]]>`` (often behind ``//`` or ``/* */``): not JSON.
_CDATA_RE = re.compile(r"^\s*(?://|/\*)?\s*<!\[CDATA\[(?:\s*\*/)?|(?://|/\*)?\s*\]\]>\s*(?:\*/)?\s*$")


def _names(value: Any, nodes: dict[str, dict[str, Any]] | None = None, people: bool = True) -> list[str]:
    """Person/organisation names from a JSON-LD value (string, object with ``name``, or a list). An object with
    no ``name`` but an ``@id`` refers to a node stated elsewhere on the page (``nodes``, by ``@id``), as Yoast SEO
    writes every WordPress post's author: ``"author": {"@id": ".../#/schema/person/…"}`` in the article, the
    ``Person`` with its ``name`` further down the ``@graph``. Of the 798 dev pages 38 refer to their author so; the
    reference was read as no author, and on 3 labelled pages no other metadata or byline named one
    (trafilatura-eval t0215, t0314, t0479). Without ``people`` an object typed ``Person`` names no one: see
    :data:`LD_OUTLET_FIELDS`."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        node = value if "name" in value else (nodes or {}).get(str(value.get("@id")), {})
        return [] if not people and "person" in _ld_type(node) else _names(node.get("name"))
    if isinstance(value, list):
        return [n for item in value for n in _names(item, nodes, people)]
    return []


def _ld_objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD document, flattening lists and ``@graph``."""
    todo = [data]
    while todo:
        item = todo.pop(0)
        if isinstance(item, list):
            todo.extend(item)
        elif isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if graph is not None:
                todo.append(graph)


def _ld_type(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


@dataclass(slots=True)
class _Elements:
    """The elements the readers of this module take, each list in document order (:func:`_elements`)."""

    #: attributes of those with ``content``, and of ``<meta>`` tags that name it ``value``: pages saved by
    #: Mercury/postlight's parser, which renames the attribute (its fixtures of Impress Watch, CNET Japan), and a
    #: Blogger template (trafilatura's blog.python.org page); browsers ignore it, but it is what the page states
    content: list[dict[str, str | None]] = field(default_factory=list)
    ld_scripts: list[LexborNode] = field(default_factory=list)
    data_scripts: list[LexborNode] = field(default_factory=list)  # inline scripts but JSON-LD
    authors: list[LexborNode] = field(default_factory=list)  # ``itemprop~="author"``
    headings: list[LexborNode] = field(default_factory=list)  # ``h1``
    times: list[LexborNode] = field(default_factory=list)  # ``time[datetime]``, ``abbr[title]``
    canonical: str | None = None  # the first ``link[rel=canonical]``'s ``href`` ("" if it has none)
    base: str | None = None  # the first ``base[href]``'s ``href``
    author_hrefs: list[str] = field(default_factory=list)  # ``a[rel~=author]``, each ``href`` once
    accounts: list[str] = field(default_factory=list)  # their texts their address spells (:func:`_account`), each once


#: Every element a reader of this module takes, in one query: lexbor walks the whole tree once per query, and one
#: query for all costs a sixth of one per reader (about 4% of extraction on the bench's pages).
_ELEMENTS_SELECTOR = (
    'script, [content], meta[value], [itemprop~="author"], h1, time[datetime], abbr[title], link[rel="canonical"], '
    'a[rel~="author"], base[href]'
)


def _elements(tree: LexborHTMLParser) -> _Elements:
    """Sort the elements of :data:`_ELEMENTS_SELECTOR` by what they are, as the selectors of each would (lexbor
    compares ``type`` and ``rel`` values ignoring ASCII case, ``itemprop`` words exactly)."""
    found = _Elements()
    for node in tree.css(_ELEMENTS_SELECTOR):
        attrs, tag = node.attributes, node.tag
        if "content" in attrs:
            if "itemprop" not in attrs or not _in_list_entry(node):
                found.content.append(attrs)
        elif tag == "meta":  # ``<meta name="og:title" value="…">``: ``content`` under another name
            found.content.append({**attrs, "content": attrs.get("value")})
        if tag == "script":
            if (attrs.get("type") or "").lower() == "application/ld+json":
                found.ld_scripts.append(node)
            elif "src" not in attrs:
                found.data_scripts.append(node)
        elif tag == "h1":
            found.headings.append(node)
        elif _time_value(tag, attrs):
            found.times.append(node)
        elif tag == "link" and found.canonical is None and (attrs.get("rel") or "").lower() == "canonical":
            found.canonical = attrs.get("href") or ""
        elif tag == "base" and found.base is None:
            found.base = attrs.get("href") or ""
        elif tag == "a" and "author" in (attrs.get("rel") or "").lower().split():
            href = (attrs.get("href") or "").strip()
            if href and href not in found.author_hrefs:
                found.author_hrefs.append(href)
            account = _account(node.text(deep=True), href)
            if account and account not in found.accounts:
                found.accounts.append(account)
        if "author" in (attrs.get("itemprop") or "").split():
            found.authors.append(node)
    return found


def _in_list_entry(node: LexborNode) -> bool:
    """The element's microdata property is one of a list's entry: an ancestor up to the nearest item is an
    ``itemListElement``, or that item is an ``ItemList``. A sidebar's list of a partner's stories gives each its
    ``<meta itemprop="datePublished" content="2015-01-01T19:03:05Z">``, which dated a 2014 small-business story
    it stood beside (thirty-fifth audit): the page's own microdata is the article's, not its list's."""
    parent = node.parent
    while parent is not None:
        attrs = parent.attributes
        if _LIST_ENTRY_PROP in (attrs.get("itemprop") or "").lower().split():
            return True
        if "itemscope" in attrs:
            return (attrs.get("itemtype") or "").rstrip("/").lower().endswith("itemlist")
        parent = parent.parent
    return False


def _ld_documents(scripts: list[LexborNode]) -> list[Any]:
    """The parsed JSON-LD documents of the page's scripts, skipping empty, oversized and broken ones."""
    documents = []
    for script in scripts:
        raw = script.text(deep=True) or ""
        if "<![CDATA[" in raw or "]]>" in raw:  # what the pattern needs (its search is tried at every position)
            raw = _CDATA_RE.sub("", raw)
        if not raw or len(raw) > MAX_LD_CHARS:
            continue
        try:
            documents.append(json.loads(raw))
        except ValueError:  # broken JSON-LD is common; the rest of the page is still usable
            continue
    return documents


def _in_cambrian(obj: dict[str, Any]) -> bool:
    """The JSON-LD object ``obj`` is stated in Baidu's vocabulary (:data:`CAMBRIAN_CONTEXT`)."""
    context = obj.get("@context")
    return isinstance(context, str) and CAMBRIAN_CONTEXT in context


def _read_cambrian(obj: dict[str, Any], out: dict[str, str]) -> None:
    """Put the dates of a JSON-LD object in Baidu's vocabulary into ``out`` under the schema.org fields' keys
    (:data:`CAMBRIAN_FIELDS`), unless an object read before gave them."""
    lowered = {str(k).lower(): v for k, v in obj.items()}
    for theirs, ours in CAMBRIAN_FIELDS.items():
        value = lowered.get(theirs)
        if isinstance(value, str) and value.strip() and f"ld:{ours}" not in out:
            out[f"ld:{ours}"] = value.strip()


def _account(text: str, href: str) -> str | None:
    """The text of a ``rel="author"`` link when the last segment of its address spells it (``<a rel="author"
    href="/author/oradmin/">oradmin</a>``): the name of the account the post is published under."""
    name = " ".join(text.split())
    slug = href.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    return name if name and _WORD_RE.sub("", name).lower() == _WORD_RE.sub("", slug).lower() else None


def _json_ld(scripts: list[LexborNode]) -> dict[str, str]:
    out: dict[str, str] = {}
    documents = _ld_documents(scripts)
    nodes = {obj["@id"]: obj for data in documents for obj in _ld_objects(data) if isinstance(obj.get("@id"), str)}
    for data in documents:
        for obj in _ld_objects(data):
            if _in_cambrian(obj):
                _read_cambrian(obj, out)
            if not _ld_type(obj) & ARTICLE_TYPES:
                continue
            lowered = {str(k).lower(): v for k, v in obj.items()}
            for key in LD_FIELDS:
                if key in LD_STAND_INS and LD_STAND_INS[key] in lowered:
                    continue
                value = lowered.get(key)
                names = _names(value, nodes, key not in LD_OUTLET_FIELDS) if key in LD_NAME_FIELDS else None
                text = "; ".join(names) if names is not None else value if isinstance(value, str) else None
                if text and key not in LD_MARKUP_FIELDS:
                    text = unescape(text)
                if text and f"ld:{key}" not in out:
                    out[f"ld:{key}"] = text.strip()
            if "ld:steps" not in out and _ld_type(obj) & HOWTO_TYPES:
                steps = _steps_html(lowered)
                if steps:
                    out["ld:steps"] = steps
    return out


def _steps_html(howto: dict[str, Any]) -> str | None:
    """``ld:steps`` of a HowTo or Recipe object (keys lowercased), or ``None`` when it states no steps."""
    steps = [piece for key in HOWTO_STEP_FIELDS for piece in _step_pieces(howto.get(key))]
    if not steps:
        return None
    description = howto.get("description")
    parts = [_as_html(description)] if isinstance(description, str) and description.strip() else []
    for key in HOWTO_LIST_FIELDS:
        items = _names(howto.get(key))
        if items:
            parts.append("<ul>" + "".join(f"<li>{escape(unescape(item))}</li>" for item in items) + "</ul>")
    return "".join([*parts, *steps])


def _step_pieces(value: Any) -> list[str]:
    """The HTML of a HowTo's steps (see ``ld:steps``): a step with a text is that text; a step or section without
    one is its name as a heading over its own items (``HowToStep`` → ``HowToDirection``, ``HowToSection`` →
    ``HowToStep``)."""
    if isinstance(value, str):
        return [_as_html(value)] if value.strip() else []
    if isinstance(value, list):
        return [piece for item in value for piece in _step_pieces(item)]
    if not isinstance(value, dict):
        return []
    lowered = {str(k).lower(): v for k, v in value.items()}
    text = lowered.get("text")
    if isinstance(text, str) and text.strip():
        return [_as_html(text)]
    inner = _step_pieces(lowered.get("itemlistelement"))
    name = lowered.get("name")
    heading = [f"<h3>{escape(unescape(name.strip()))}</h3>"] if inner and isinstance(name, str) and name.strip() else []
    return heading + inner


def _as_html(text: str) -> str:
    """A JSON-LD text as HTML: markup as written, plain text (entities decoded) as an escaped paragraph."""
    return text if _MARKUP_RE.search(text) else f"<p>{escape(unescape(text.strip()))}</p>"


def page_meta(tree: LexborHTMLParser, source: str | None = None) -> dict[str, str]:
    """Collect the metadata keys described in the module docstring.

    ``source`` is the HTML the tree was parsed from (serialised from the tree when not given): scanning it tells
    which ``data-*`` attributes exist at all, so that pages without date or author attributes skip their search.
    """
    meta: dict[str, str] = {}
    title = tree.css_first("title")
    if title is not None:
        meta["html:title"] = " ".join(title.text(deep=True).split())
    html = tree.css_first("html")
    if html is not None and html.attributes.get("lang"):
        meta["html:lang"] = (html.attributes.get("lang") or "").strip().lower()
    elements = _elements(tree)
    if elements.canonical:
        meta["link:canonical"] = elements.canonical.strip()
    if elements.base and elements.base.strip():
        meta["html:base"] = elements.base.strip()
    if elements.author_hrefs:
        meta[AUTHOR_HREFS_KEY] = "\n".join(elements.author_hrefs)
    if len(elements.accounts) == 1:
        meta[AUTHOR_ACCOUNTS_KEY] = elements.accounts[0]
    coauthors: list[str] = []
    for attrs in elements.content:
        key = attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or attrs.get("http-equiv")
        content = (attrs.get("content") or "").strip()
        if key and content:
            key = key.strip().lower()
            if key == "author" and meta.get(key, content) != content and content not in coauthors:
                coauthors.append(content)
            meta.setdefault(key, content)
    if coauthors:
        meta["html:coauthors"] = "\n".join(coauthors)
    for key, value in _parsely_page(meta.get("parsely-page", "")).items():
        meta.setdefault(key, value)
    for key, value in _json_ld(elements.ld_scripts).items():
        meta.setdefault(key, value)
    scripts = [script.text(deep=True) or "" for script in elements.data_scripts]
    html_text = (tree.html or "") if source is None else source
    found = {
        "time:published": _published_time(elements.times),
        PAGE_TIMES_KEY: "\n".join(filter(None, (_time_value(node.tag, node.attributes) for node in elements.times))),
        "html:kicker": _kicker(elements.headings),
        "microdata:author": _microdata_authors(elements.authors),
        "script:articlebody": _script_body(scripts),
        "script:date": _script_date(scripts),
        "script:author": _chartbeat_authors(scripts),
        **_data_attributes(tree, html_text),
        PUBLISHING_SYSTEM_DATE_KEY: _publishing_system_date(html_text),
        **_wechat(scripts),
    }
    meta.update((key, value) for key, value in found.items() if value)
    return meta


def _parsely_page(content: str) -> dict[str, str]:
    """The title and author(s) of a Parse.ly ``parsely-page`` tag's JSON (``{"title": …, "author": …}``, the
    analytics vendor's older form of its ``parsely-title`` and ``parsely-author`` tags) under those two keys: a 2014
    tech magazine's feature states its displayed headline only there and in its ``<h1>``, its ``og:title`` a search
    line (unseen-en19). Its ``pub_date`` under :data:`PARSELY_DATE_KEY`, no date key the readers trust: on a 2014
    regional news site's page it is minutes off the time the page shows, which its label keeps (newspaper4k-fixtures
    cleveland.com1), so it dates only a page that states no other date."""
    if not content.lstrip().startswith("{"):
        return {}
    try:
        data = json.loads(content)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    authors = data.get("authors") or data.get("author")
    values = {
        "parsely-title": data.get("title"),
        "parsely-author": "; ".join(a for a in authors if isinstance(a, str)) if isinstance(authors, list) else authors,
        PARSELY_DATE_KEY: data.get("pub_date"),
    }
    return {key: value.strip() for key, value in values.items() if isinstance(value, str) and value.strip()}


def _publishing_system_date(html: str) -> str | None:
    """The date a Founder publishing system's comment states for the story (:data:`PUBLISHING_SYSTEM_DATE_KEY`)."""
    found = _PUBLISHING_SYSTEM_DATE_RE.search(html) if "enpproperty" in html else None
    return found.group(1).strip() if found else None


def _wechat(scripts: list[str]) -> dict[str, str]:
    """``platform:date`` and ``platform:account`` of a WeChat article (see the module docstring). The account's
    variable marks the platform's page: without it a ``ct`` or ``create_time`` is some other script's value."""
    named = (_first_match(_WECHAT_ACCOUNT_RES, text) for text in scripts if "nick" in text)
    account = next(filter(None, named), None)
    if account is None:
        return {}
    out: dict[str, str] = {}
    name = " ".join(unescape(_JS_ESCAPE_RE.sub(_js_char, account.group(2))).split())
    if name and len(name) <= WECHAT_ACCOUNT_MAX_CHARS:
        out["platform:account"] = name
    when = _first_group(scripts, _WECHAT_TIME_RE.search)
    if when is not None and when.isdigit():
        out["platform:date"] = dt.datetime.fromtimestamp(int(when), dt.timezone.utc).isoformat()
    elif when is not None:
        out["platform:date"] = when.strip()
    shown = _first_group(scripts, _WECHAT_SHOWN_DAY_RE.search)
    if shown is not None and not _near_day(out.get("platform:date"), shown):
        out["platform:date"] = shown
    return out


def _near_day(stamp: str | None, day: str) -> bool:
    """``stamp`` falls on ``day`` or within :data:`WECHAT_ZONE_DAYS` of it (a UTC stamp of the shown day). The
    script may write its creation time's month and day unpadded (``2016-9-3 10:00``, :data:`_WECHAT_TIME_RE`)."""
    parts = _SCRIPT_DAY_RE.match(stamp) if stamp else None
    try:
        apart = abs(dt.date(*map(int, parts.groups())) - dt.date.fromisoformat(day)) if parts else None
    except ValueError:
        return False
    return apart is not None and apart.days <= WECHAT_ZONE_DAYS


def _first_group(scripts: list[str], search: Callable[[str], re.Match[str] | None]) -> str | None:
    """The first group of the first of ``scripts`` in which ``search`` finds its value."""
    return next((m.group(1) for text in scripts for m in [search(text)] if m), None)


def _first_match(patterns: tuple[re.Pattern[str], ...], text: str) -> re.Match[str] | None:
    """The first match in ``text`` of any of ``patterns`` (the spellings of one pattern, each searched for its
    literal opening): what one pattern of their alternation would find."""
    found = [m for m in (pattern.search(text) for pattern in patterns) if m]
    return min(found, key=re.Match.start) if found else None


def _script_date(scripts: list[str]) -> str | None:
    """``script:date``: the first date string a data script states under a publication-time key
    (:data:`_SCRIPT_DATE_RES`)."""
    return _first_group(scripts, lambda text: _first_match(_SCRIPT_DATE_RES, text))


def _chartbeat_authors(scripts: list[str]) -> str | None:
    """The authors a script configuring Chartbeat names (:data:`_CHARTBEAT_AUTHORS_RE`), else None."""
    for text in scripts:
        if "_sf_async_config" in text:
            m = _CHARTBEAT_AUTHORS_RE.search(text, text.index("_sf_async_config"))
            if m and m.group(2).strip():
                return " ".join(m.group(2).split())
    return None


def _js_char(m: re.Match[str]) -> str:
    """The character a JavaScript string escape stands for."""
    code = m.group(1) or m.group(2)
    return chr(int(code, 16)) if code else m.group(3)


def _script_body(scripts: list[str]) -> str | None:
    """The longest string a data script holds under an article-body key, unescaped (see the module docstring)."""
    best = ""
    for text in scripts:
        for m in _SCRIPT_BODY_RE.finditer(text):
            if len(m.group(1)) > max(len(best), SCRIPT_BODY_MIN_CHARS - 1):
                best = m.group(1)
    if not best:
        return None
    try:
        return json.loads(f'"{best}"').strip() or None
    except ValueError:  # a JavaScript-only escape (``\x41``) that JSON does not know: no usable text
        return None


def _microdata_authors(authors: list[LexborNode]) -> str | None:
    """Names of ``itemprop="author"`` elements (their ``itemprop="name"`` child, else their own short text), but
    those of a media item or a reply (:func:`_credits_other_item`)."""
    names: list[str] = []
    for node in authors[:MAX_MICRODATA_AUTHORS]:
        if "content" in node.attributes or _credits_other_item(node):
            continue  # a <meta itemprop="author" content> is read with the other meta tags
        named = node.css_first('[itemprop~="name"]')
        text = " ".join((named if named is not None else node).text(deep=True).split())
        if text and len(text) <= MICRODATA_NAME_MAX_CHARS and text not in names:
            names.append(text)
    return "; ".join(names) or None


def _credits_other_item(node: LexborNode) -> bool:
    """The item an ``itemprop`` element belongs to is its nearest ancestor marked ``itemscope`` (microdata's
    rule): whether that item is a picture, a video, a sound or a reply (:data:`_OTHER_ITEM_RE`). A magazine's
    figures credit their photographers so, and each credit was read as the article's author; a forum's replies
    name their posters so, and the first replies' posters were read as the thread's authors beside its opener."""
    parent = node.parent
    while parent is not None and "itemscope" not in parent.attributes:
        parent = parent.parent
    return parent is not None and _OTHER_ITEM_RE.search(parent.attributes.get("itemtype") or "") is not None


def _kicker(headings: list[LexborNode]) -> str | None:
    """The text of a kicker element opening an ``<h1>`` that has more text after it."""
    for heading in headings[:KICKER_MAX_HEADINGS]:
        first = heading.child
        while first is not None and first.tag == "-text" and not (first.text_content or "").strip():
            first = first.next
        if first is None or first.tag == "-text" or not _KICKER_CLASS_RE.search(first.attributes.get("class") or ""):
            continue
        kicker = " ".join(first.text(deep=True).split())
        whole = " ".join(heading.text(deep=True).split())
        if kicker and len(whole) > len(kicker) + 1:
            return kicker
    return None


def _data_attributes(tree: LexborHTMLParser, source: str) -> dict[str, str]:
    """``data:date`` and ``data:author`` from the first ``data-*`` attributes naming a publication date or an
    author (``data-deploy-dt``, ``data-byline-writer-name``): some pages state them nowhere else.

    Only the elements carrying a candidate name are read (a CSS query returns them in document order), so the
    first match is the same as in a walk over every element of the body.
    """
    root = tree.body
    names = {
        name
        for name in {found.lower() for found in _DATA_NAME_RE.findall(source)}
        if (_DATA_DATE_RE.match(name) or _DATA_AUTHOR_RE.match(name)) and not _DATA_OTHER_RE.search(name)
    }
    out: dict[str, str] = {}
    if root is None or not names:
        return out
    for node in (root, *root.css(",".join(f"[{name}]" for name in sorted(names)))):
        for name, value in node.attributes.items():
            if name not in names or not (value and value.strip()):
                continue
            if _DATA_DATE_RE.match(name):
                out.setdefault("data:date", value.strip())
            else:
                out.setdefault("data:author", value.strip())
        if len(out) == 2:
            break
    return out


def _time_value(tag: str | None, attrs: dict[str, str | None]) -> str:
    """The machine-readable time an element gives: a ``<time>``'s ``datetime``, an ``<abbr>``'s ``title`` when it is
    an ISO date (:data:`_ISO_DATE_RE`); "" for any other element."""
    if tag == "time":
        return (attrs.get("datetime") or "").strip()
    if tag != "abbr":
        return ""
    title = attrs.get("title") or ""
    return title.strip() if _ISO_DATE_RE.match(title) else ""


def _published_time(times: list[LexborNode]) -> str | None:
    """The ``datetime`` of the first ``<time>`` (the ``title`` of the first ``<abbr>``) marked as the publication
    time, by itself or by the elements holding it (:data:`MARK_HOLDER_DEPTH`: ``<li class="date-published"><time
    datetime="2014-12-22T09:50:00">Dec 22, 2014</time></li>``, a 2014 city magazine's byline list, forty-fourth
    audit; a span between them, eighty-fifth) or by a byline box holding it
    (:data:`_BYLINE_BOX_RE`) or set beside the byline (:func:`_beside_byline`); the first ``<time>`` of a page is as
    often a comment's or a sidebar story's, so unmarked ones are not read."""
    for node in times:
        attrs = node.attributes
        value = _time_value(node.tag, attrs)
        holders = _holder_classes(node)
        marks = " ".join(filter(None, (attrs.get("class"), attrs.get("itemprop"), *holders[:MARK_HOLDER_DEPTH])))
        marked = (
            _PUBLISHED_TIME_RE.search(marks) or any(_BYLINE_BOX_RE.search(c) for c in holders) or _beside_byline(node)
        )
        if value and ("pubdate" in attrs or (marked and not _OTHER_TIME_RE.search(marks))):
            return value
    return None


def _beside_byline(node: LexborNode) -> bool:
    """Whether one of the boxes holding ``node``, at most :data:`BESIDE_BYLINE_DEPTH` levels up, has a child whose
    class names the byline: the time and the byline side by side in the story's meta box."""
    parent = node.parent
    for _ in range(BESIDE_BYLINE_DEPTH):
        if parent is None:
            return False
        child = parent.child
        while child is not None:
            if child.tag != "-text" and _BYLINE_BOX_RE.search(child.attributes.get("class") or ""):
                return True
            child = child.next
        parent = parent.parent
    return False


def _holder_classes(node: LexborNode) -> list[str]:
    """The classes of the :data:`TIME_HOLDER_DEPTH` elements holding ``node``, nearest first (empty for an
    element without one, or above the root)."""
    classes: list[str] = []
    parent = node.parent
    for _ in range(TIME_HOLDER_DEPTH):
        classes.append((parent.attributes.get("class") or "") if parent is not None else "")
        parent = parent.parent if parent is not None else None
    return classes
