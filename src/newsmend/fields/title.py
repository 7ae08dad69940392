"""The headline: a heading of the page confirmed by its metadata, or the metadata title without the site name.

``<title>`` and ``og:title`` usually carry the site (``标题_新浪新闻``, ``Headline | Reuters``); the
``<h1>`` usually does not but is sometimes the site logo. So a heading wins when the metadata agrees with
it -- the heading most metadata titles confirm, when teasers repeat another one (``og:title`` is often a social
rewrite of the headline that ``<title>`` and JSON-LD carry); otherwise the metadata title is cut at its
separators and the parts naming the site (``og:site_name``, the URL's domain) are dropped, with those after a
site name that follows the headline (the site's slogan) and a part joining words to the site's name
(``…_关键词-CSDN博客``).

>>> strip_site("老旧小区改造计划启动_新浪新闻", ["新浪新闻"])
'老旧小区改造计划启动'
>>> strip_site("Storm closes schools | Example Times", [])
'Storm closes schools'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import SplitResult, urljoin, urlsplit

#: Share of the metadata title a heading must cover to count as the same headline (an h1 "Storm" is no headline).
HEADING_COVER_MIN = 0.6
#: Share of the whole a part must hold to be taken as the headline when no site name is recognised.
MAIN_PART_MIN_SHARE = 0.5
#: Share of a metadata title's headline (without the site name) that its opening up to a space between Han characters
#: must hold to be the headline's first line (:func:`_first_lines`): Hong Kong dailies run the headline and its deck
#: together in their metadata titles (``垃圾徵費欠細節 各界憂執行混亂 擬明年底推 料住宅管理費升1成``, the ``<h1>``
#: showing the first fourteen of 28 letters: ninety-second audit), while a shorter opening is a kicker's or a phrase
#: of the headline (``垃圾徵費欠細節``).
HEADLINE_LINE_MIN_SHARE = 0.5
#: Dice overlap of words (Han characters one by one) from which a displayed ``<h1>`` retells the metadata title in
#: other words (:func:`retells`). Calibrated on the dev pages whose social title differs from their ``<h1>``:
#: rewrites of one headline score 0.50-0.89 (trafilatura-eval t0322 0.75, t0765 0.50; BBC 中文's SEO line 0.63),
#: test pages' unrelated h1s sharing a word at most 0.40 (readability's metadata tests ``Test document title``).
REWRITE_MIN_DICE = 0.5

#: Shortest Latin site name matched inside a longer string (``m`` or ``cn`` match by accident; two Han
#: characters, like ``新浪``, are a name).
SITE_MIN_CHARS = 3
#: Longest site name (some pages put the headline in ``application-name``: such a value is no site name).
SITE_MAX_CHARS = 40
#: Characters a title part may add to a site name and still be the site (``Example News``, ``新浪新闻``).
SITE_EXTRA_CHARS = 4

#: Longest Chinese site or channel name recognised by its shape alone (``中国青年网``, ``国际新闻频道``).
CJK_SITE_MAX_CHARS = 8
#: A host name (``carta.info``, ``www.example.co.uk``, ``Booking.com``): a ``<title>`` or a credit of nothing but
#: one names the site, a page that knows no more of itself (no headline is a bare address). The top-level domain
#: is lower case, so that a glued name (``Mr.Smith``) is none.
_HOST_NAME_RE = re.compile(r"(?:[A-Za-z0-9-]+\.)+[a-z]{2,24}")
#: Chinese site and channel names end in one of these words; headlines rarely do, and a title part is
#: only tested after a separator has cut it off.
_CJK_SITE_RE = re.compile(
    r"[\u3400-\u9fff]{1," + str(CJK_SITE_MAX_CHARS - 1) + r"}(?:网|網|频道|頻道|在线|在線|官网|官網|客户端|新闻|新聞)"
)
#: Longest channel name between a Chinese headline and its site (``科技``, ``国际新闻``).
CJK_CHANNEL_MAX_CHARS = 4
_CJK_CHANNEL_RE = re.compile(r"[\u3400-\u9fff]{1," + str(CJK_CHANNEL_MAX_CHARS) + "}")
#: Permalink marks that documentation generators append to headings.
ANCHOR_MARKS = "¶#§ "
#: Format characters that pages put inside titles for line breaking (soft hyphen, zero-width space, word joiner,
#: BOM); joiners between emoji or Indic letters are kept.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
#: Quotes and brackets by their partner: a title's opening mark stays when its partner closes later (``"…" says X``,
#: ``【独家】…``, ``»Zitat« …`` as German quotes, ``«…»`` as French ones), a closing one when its partner opened
#: earlier; unpaired, they are decoration (``[> Name``).
_PARTNERS = dict(
    zip(
        "\"'“‘„‚«»‹›([{<（【《〈「『〔［｛＜〖",
        "\"'”’“‘»«›‹)]}>）】》〉」』〕］｝＞〗",
        strict=True,
    )
)
_CLOSERS = {close: opener for opener, close in _PARTNERS.items()}
#: Marks that start a title's first word when written against it (``¿Qué…``, ``#MeToo``, ``.NET``, ``-5 °C``,
#: ``$5bn``, ``'Til``, ``…und dann``) and marks that end a headline (``?``, ``…``, ``5%``, ``C++``, ``C#``, ``™``).
#: Symbol classes that decorate (math ``>``, ``|``, ``→``; modifiers ``^``); other symbols (currency, ``♡``, emoji,
#: ``★``) belong to a headline as written (a Japanese blog's ``…アイテム♡``, magic-html's article-0293c0b3).
_DECORATIVE_SYMBOLS = frozenset({"Sm", "Sk"})
_WORD_OPENERS = frozenset("¿¡#@.-+…'")
_ENDING_MARKS = frozenset(".!?…。！？‼⁉%‰°™®+#")
_SEPARATOR_RE = re.compile(r"\s+[|\-–—·•»«]{1,2}\s+|\s*[|｜_]\s*|\s*[-–—]{2,}\s*|\s+::\s+|\s*[【】]\s*")
#: A mark every separator holds (:func:`split_parts`): a search for one skips from mark to mark, while the separator
#: pattern, whose branches open with optional spaces, is tried at every position of a title (0.08 ms a page).
_SEPARATOR_MARK_RE = re.compile(r"[|\-–—·•»«｜_:【】]")
_LOOSE_SEPARATOR_RE = re.compile(r"[-–—]")
#: A Chinese ``<title>`` joining its parts by underscores (``标题__2007年第23号国务院公报_中国政府网``): portals
#: append channel and column names this way, headlines never hold an underscore, so with the site named last
#: every part past the first underscore is the site's.
_UNDERSCORE_TAIL_RE = re.compile(r"[\u3400-\u9fff》”）]\s*_+\s*\S")
_NON_WORD_RE = re.compile(r"[\W_]+")
#: A title that is the site's name with the headline in brackets after it (``成報新聞(標題)``: a 2018 Hong Kong
#: daily's ``og:title``, whose ``<title>`` names the paper alone, ninety-first audit): the brackets close the title.
_SITE_BRACKETS_RE = re.compile(r"(?P<site>[^()（）]{2,40}?)\s*[（(](?P<headline>.+)[）)]")
#: A space between two Han characters, which Chinese never writes: a heading's source line wrapped there
#: (``約\n台幣``, read as a space) or a saved copy's stray space (fifty-fifth audit's T客邦 page).
_HAN_GAP_RE = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
#: A character of Chinese or Japanese writing (kana, Han, the CJK marks and full-width forms) at either side of a
#: line break: lines joined there need no space (:func:`join_lines`).
_CJK_EDGE_RE = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
#: Texts whose comparison form :func:`norm` remembers: titles, headings and names are compared with many others
#: (over the 798 dev pages: 102k comparison forms of 18k distinct texts).
NORM_CACHE_SIZE = 4096
#: A word, or one Han character (Chinese headlines are not cut into words; their characters are compared).
_TOKEN_RE = re.compile(r"[\u3400-\u9fff]|[^\W_\u3400-\u9fff]+")
#: A web address written without its scheme (``www.example.com``) or with it.
_ADDRESS_RE = re.compile(r"(?<=//)[\w.-]+\.[a-z]{2,}|\bwww\.[\w.-]+\.[a-z]{2,}", re.I)
#: Labels of a host name that name no site (``www``, top-level domains).
_HOST_WORDS = frozenset({"www", "m", "com", "net", "org", "cn", "co", "uk", "news", ""})


@lru_cache(maxsize=NORM_CACHE_SIZE)
def norm(text: str) -> str:
    """Comparison form: NFKC, lowercase, letters and digits only."""
    return _NON_WORD_RE.sub("", unicodedata.normalize("NFKC", text).lower())


def tidy(text: str) -> str:
    """A title as shown: invisible marks (soft hyphens, zero-width spaces) dropped, whitespace collapsed, a
    trailing permalink mark cut."""
    return " ".join(text.translate(_INVISIBLE).split()).rstrip(ANCHOR_MARKS)


def without_marks(title: str) -> str:
    """``title`` without the marks at its ends that are no part of a headline: a site's decoration before a post
    title (``[> Name``, ``// Name``, ``» Name``) or after it (``Name //``, ``Name |``). Quotes and brackets that pair
    stay, as do marks written against the first word (:data:`_WORD_OPENERS`), a headline's ending marks
    (:data:`_ENDING_MARKS`) and symbols that are no decoration (:data:`_DECORATIVE_SYMBOLS`). A title of marks
    only is kept as it is."""
    start, end = 0, len(title)
    while start < end and _decorative(title, start, lead=True):
        start += 1
    while end > start and _decorative(title, end - 1, lead=False):
        end -= 1
    return title[start:end] if start < end else title


def _decorative(title: str, i: int, *, lead: bool) -> bool:
    """Whether ``title[i]``, at the title's start (``lead``) or end, is a space or a mark no headline holds there."""
    c = title[i]
    if c.isspace():
        return True
    kind = unicodedata.category(c)
    if kind[0] != "P" and kind not in _DECORATIVE_SYMBOLS:
        return False
    if lead:
        paired = c in _PARTNERS and _PARTNERS[c] in title[i + 1 :]
        if paired or c == "…" or title.startswith("...", i):
            return False  # an ellipsis opens a headline that goes on from another (``… und jetzt X``)
        if c not in _WORD_OPENERS:
            return True
        after = title[i:].lstrip(c)  # a run of one mark (``...und dann``) opens the word as one mark does
        return not (after and after[0].isalnum())
    paired = c in _CLOSERS and _CLOSERS[c] in title[:i]
    return not paired and c not in _ENDING_MARKS


def site_names(meta: dict[str, str], url: str | None) -> list[str]:
    """What the page calls itself: ``og:site_name``, ``application-name``, publisher, and the domain of its
    address ``url``."""
    names = [meta.get(k, "") for k in ("og:site_name", "application-name", "ld:publisher", "twitter:site")]
    titles = {norm(meta.get(k, "")) for k in ("og:title", "html:title")}
    kept = (n for n in names + _labels(url) if norm(n) and len(n) <= SITE_MAX_CHARS and norm(n) not in titles)
    return [n.lstrip("@") for n in kept]


def address_labels(meta: dict[str, str]) -> list[str]:
    """The domain labels of the addresses a page states for itself: its canonical link and the address its
    ``copyright`` notice names (``<meta name="copyright" content="www.example.com,版权所有">``). Read for the
    authors only: a site's handle standing as the metadata author (``<meta name="author" content="example">``)."""
    notice = _ADDRESS_RE.search(meta.get("copyright", ""))
    return [*_labels(meta.get("link:canonical")), *_labels("//" + notice.group(0) if notice else None)]


def _labels(address: str | None) -> list[str]:
    """The labels of ``address``'s host that may name the site (not ``www`` nor a top-level domain)."""
    host = split_address(address or "").hostname or ""
    return [p for p in host.split(".") if p not in _HOST_WORDS]


#: What an address that does not parse reads as: no host, no path, no query.
_NO_ADDRESS = urlsplit("")


def split_address(address: str) -> SplitResult:
    """``urlsplit`` of an address a page gives, which may be any text: a bracket of an IPv6 host left open or stray (a
    crawl's cut, a typo: ``http://[www.example.com/a``) or a host that NFKC folds into a separator makes ``urlsplit``
    raise ValueError. Such an address names nothing: no host, no path."""
    try:
        return urlsplit(address)
    except ValueError:
        return _NO_ADDRESS


#: Second-level labels under which a country's domains are registered (``sina.com.cn``, ``shanxi.gov.cn``).
_GENERIC_SECOND_LEVEL = frozenset(("com", "net", "org", "gov", "edu", "ac", "co"))


def registered_domain(href: str) -> str:
    """The registered domain a link leads to (``news.sina.com.cn`` → ``sina.com.cn``), "" for a relative link: a
    portal's channels live on subdomains of one site."""
    labels = split_address(href).netloc.lower().split(":", 1)[0].split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _GENERIC_SECOND_LEVEL else 2
    return ".".join(labels[-keep:]) if labels != [""] else ""


def join_address(base: str, address: str) -> str:
    """``address`` resolved against ``base`` (``urljoin``); ``address`` as given when either does not parse
    (:func:`split_address`)."""
    try:
        return urljoin(base, address)
    except ValueError:
        return address


def join_lines(lines: list[str]) -> str:
    """The lines of one heading as one line: joined without a space where the break falls between CJK characters
    (:data:`_CJK_EDGE_RE`: ``林鄭謊言遭狂轟`` and ``「攞市民條命較飛」``), with one elsewhere."""
    joined = ""
    for line in (line.strip() for line in lines):
        glued = bool(joined) and bool(_CJK_EDGE_RE.match(joined[-1])) and bool(_CJK_EDGE_RE.match(line[:1]))
        joined += line if glued or not joined else f" {line}"
    return joined


def split_parts(text: str) -> list[str]:
    """``text`` cut at the separators of a title's parts (:data:`_SEPARATOR_RE`); ``[text]`` without one."""
    return _SEPARATOR_RE.split(text) if _SEPARATOR_MARK_RE.search(text) else [text]


def title_tail(meta: dict[str, str], key: str = "html:title") -> str | None:
    """The last part of a ``<title>`` (or of the metadata title ``key`` names) cut at separators
    (``Headline_网易财经``): usually the site or channel."""
    parts = split_parts(meta.get(key, ""))
    return parts[-1].strip() or None if len(parts) > 1 else None


def title_parts(meta_title: str) -> frozenset[str]:
    """The comparison forms (:func:`norm`) of a metadata title's parts, cut at separators and at unspaced dashes
    (``标题-栏目``), when it has more than one."""
    parts = {norm(p) for p in [*split_parts(meta_title), *_LOOSE_SEPARATOR_RE.split(meta_title)]}
    parts.discard(norm(meta_title))
    parts.discard("")
    return frozenset(parts)


def is_site(part: str, sites: list[str]) -> bool:
    """``part`` names one of ``sites`` (see :func:`site_names`)."""
    return _is_site(part, sites)


def _is_site(part: str, sites: list[str]) -> bool:
    """``part`` names the site: equal to a site name, a piece of one, or one plus a short word (``新浪新闻``),
    or it has the shape of a Chinese site or channel name (``新华网``, ``教育频道``) or of a host name."""
    if names_own_site(part, sites):
        return True
    p = norm(part)
    return bool(p) and bool(_CJK_SITE_RE.fullmatch(p) or _host_name(part))


def names_own_site(part: str, sites: list[str]) -> bool:
    """``part`` names one of ``sites`` itself (equal to one, a piece of one, or one plus a short word), not merely
    by the shape of a site's name, which another outlet's has too (``中国新闻网`` on a portal's page)."""
    p = norm(part)
    return bool(p) and any(_names_site(p, norm(s)) for s in sites)


def opens_with_site(part: str, sites: list[str]) -> bool:
    """``part`` opens with one of ``sites`` (at least :data:`SITE_MIN_CHARS` of it) and goes on: the site's name
    before a word of its own (``BBC亞洲商業事務記者``, the site's Asia business correspondent)."""
    p = norm(part)
    return any(len(n) >= SITE_MIN_CHARS and p.startswith(n) and p != n for n in map(norm, sites))


def _host_name(part: str) -> bool:
    """``part`` is a host name alone (:data:`_HOST_NAME_RE`; the cheap test for a dot first)."""
    return "." in part and _HOST_NAME_RE.fullmatch(part.strip()) is not None


def _names_site(p: str, s: str) -> bool:
    if not s:
        return False
    if p == s or ((len(p) >= SITE_MIN_CHARS or not p.isascii()) and p in s):
        return True
    rest = p.replace(s, "", 1) if len(s) >= SITE_MIN_CHARS and s in p else None
    return rest is not None and len(rest) <= SITE_EXTRA_CHARS and not rest.isdigit()


def strip_site(title: str, sites: list[str], *, named_only: bool = False) -> str:
    """``title`` without the site-name (and channel) parts that sites append or prepend, or the headline a site's
    name holds in brackets (:data:`_SITE_BRACKETS_RE`). Without a part naming the site, the main part is kept when
    it dominates, unless ``named_only`` (the title is known whole)."""
    text = tidy(title)
    bracketed = _SITE_BRACKETS_RE.fullmatch(text)
    if bracketed and _is_site(bracketed.group("site"), sites):
        return bracketed.group("headline").strip()
    parts = [p for p in split_parts(text) if norm(p)]
    if len(parts) <= 1:
        loose = [p for p in _LOOSE_SEPARATOR_RE.split(text) if norm(p)]
        if len(loose) > 1 and (_is_site(loose[-1], sites) or _is_site(loose[0], sites)):
            parts = loose
        else:
            return text.strip()
    named = [_is_site(p, sites) or (i > 0 and _site_with_words(p, sites)) for i, p in enumerate(parts)]
    end = _headline_end(named)
    kept = [p for p, site in zip(parts[:end], named[:end], strict=True) if not site]
    if named[-1]:  # ``标题_科技_腾讯网``: short Han parts before the site name are channels
        while len(kept) > 1 and (_CJK_CHANNEL_RE.fullmatch(norm(kept[-1])) or _past_underscore(text, kept[-1])):
            kept.pop()
    if not kept:
        return text.strip()
    if len(kept) == 1:
        return kept[0].strip()
    if len(kept) < len(parts):  # the site was named: the headline is what it was attached to
        return _join_from(text, kept)
    longest = max(kept, key=len)
    dominant = not named_only and len(longest) >= MAIN_PART_MIN_SHARE * len(text)
    return longest.strip() if dominant else text.strip()


def _past_underscore(text: str, part: str) -> bool:
    """``part`` stands past the first underscore of the Chinese ``<title>`` ``text`` (:data:`_UNDERSCORE_TAIL_RE`),
    where channel and column names follow the headline; the headline before it may hold other separators
    (``dma-buf 由浅入深（七） —— alloc page 版本_…-CSDN博客``, whose second part had gone with the underscore's:
    seventy-fifth audit)."""
    tail = _UNDERSCORE_TAIL_RE.search(text)
    return tail is not None and text.rfind(part) > tail.start()


def _site_with_words(part: str, sites: list[str]) -> bool:
    """A title part after the first that joins the site's name and words of the site's own at an unspaced dash:
    the name then its slogan (``千人采茶 齐游名山万亩生态茶园_云贵旅游地理网-中南偏西 精彩云贵``, a 2016 regional travel
    portal whose slogan made its name the title's longest part, read as the headline over the story's ``<h1>``:
    unseen-zh35), or the search keywords a blog platform sets before its name (``dma-buf 由浅入深（七） —— alloc page
    版本_dma buf begin cpu access  dma bidirectional-CSDN博客``, a 2020 post whose keyword line outweighed the
    headline and was read as it: seventy-fifth audit)."""
    pieces = _LOOSE_SEPARATOR_RE.split(part)
    return len(pieces) > 1 and (_is_site(pieces[0], sites) or _is_site(pieces[-1], sites))


def _headline_end(named: list[bool]) -> int:
    """Where the headline's parts end in a title whose parts ``named`` the site or not: at the site's name when it
    stands after the headline, since what follows it is the site's too (``DOW Jones - Jahresendrally ade?! -
    Tagesanalyse - Tagesausblick.de - Ihr unabhängiges Analyseportal``, a 2012 German market analysis whose ``<h1>``
    went unconfirmed, twenty-third audit); at the title's end when the site opens it or goes unnamed."""
    if named[0]:
        return len(named)
    return next((i for i, site in enumerate(named) if site), len(named))


def _join_from(text: str, kept: list[str]) -> str:
    """The stretch of ``text`` from the first to the last kept part (separators inside a headline stay)."""
    start = text.find(kept[0])
    end = text.rfind(kept[-1]) + len(kept[-1])
    return text[start:end].strip() if 0 <= start < end else kept[0].strip()


class _MetaForms(NamedTuple):
    """A metadata title in the forms headings are compared with, computed once per page."""

    whole: str  # the title as is
    bare: str  # without the site name (and, when it dominates, without unnamed parts)
    key: str  # without the parts that name the site: titles with the same key are one vote
    parts: frozenset[str]  # the pieces between its separators
    lines: frozenset[str]  # the openings of ``bare`` that may be the headline's first line (:func:`_first_lines`)


def _meta_forms(meta_title: str, sites: list[str]) -> _MetaForms:
    named = norm(strip_site(meta_title, sites, named_only=True))
    bare = strip_site(meta_title, sites)
    return _MetaForms(norm(meta_title), norm(bare), named, title_parts(meta_title), _first_lines(bare))


def _first_lines(headline: str) -> frozenset[str]:
    """The comparison forms of the openings of ``headline`` that end at a space between Han characters
    (:data:`_HAN_GAP_RE`: Chinese writes none between words, so one parts a headline's lines) and hold
    :data:`HEADLINE_LINE_MIN_SHARE` of it: the headline's first line, when a metadata title runs the headline and
    its deck together (a heading showing the first line alone is the headline). A space in other scripts parts
    words: a blog's name over its post (``Chinese Pinyin Lyrics: Zhi Neng …``) is no line of its title."""
    whole = len(norm(headline))
    openings = (norm(headline[: m.start()]) for m in _HAN_GAP_RE.finditer(headline))
    return frozenset(o for o in openings if len(o) >= HEADLINE_LINE_MIN_SHARE * whole)


def _agreement(h: str, meta: _MetaForms) -> int:
    """2: the heading (normalised, ``h``) is the metadata title (whole, without the site name, most of it, or its
    headline's first line: :func:`_first_lines`); 1: it is one of the title's parts (a site logo in ``<h1>`` is a
    part too, so this is weaker); 0: neither. A part is never "most of" the title: a forum's name in the banner
    ``<h1>`` (``Debian User Forums``, 16 letters) holds 0.6 of a short topic's (``kernel compile eror chagelog -
    Debian User Forums``, magic-html forum-bf03d4e9) and had outranked the topic's ``<h2>`` as an ``<h1>`` confirmed
    whole."""
    if h in (meta.whole, meta.bare) or h in meta.lines:
        return 2
    if h in meta.parts:
        return 1
    return 2 if h in meta.whole and len(h) >= HEADING_COVER_MIN * len(meta.bare) else 0


#: Marks between a kicker and its headline (``Klimaschutz: Bohren …``, ``Corona – „Es kommt …“``).
_KICKER_GAP = " :-–—|·•»"


def drop_kicker(title: str, kicker: str | None) -> str:
    """``title`` without the ``kicker`` that opens it (a topic line printed above the headline, run into it by
    pages that put both in one ``<h1>`` or in their metadata title)."""
    if not kicker or not title.startswith(kicker):
        return title
    rest = title[len(kicker) :].lstrip(_KICKER_GAP)
    return rest if norm(rest) else title


#: A mark between a kicker and the headline it runs into in one heading: a colon or bar (full-width too, as Japanese
#: pages write ``…NUC：Intel NUCで…``), a dash or bullet; a hyphen only between spaces (one inside a word joins it).
_KICKER_MARK_RE = re.compile(r"\s*[:：|｜–—·•»]\s*|\s+-\s+")


def kicker_then_headline(line: str, title_key: str) -> bool:
    """``line`` is a kicker and the headline (``title_key``, normalised) run together, a kicker mark between them:
    a page that sets its topic line in the ``<h1>`` over a metadata title of the headline alone
    (``<h1><small>さらば平成、さらば水冷、いくぜNUC：</small><big>Intel NUCで最新SSDを比較してみた</big></h1>``,
    unseen-ja3). The line is the headline as displayed, no text of the story's."""
    return bool(title_key) and any(
        norm(line[: m.start()]) and norm(line[m.end() :]) == title_key for m in _KICKER_MARK_RE.finditer(line)
    )


def _opens_another(meta_title: str, meta_titles: list[str]) -> bool:
    """``meta_title`` is how another metadata title begins (``og:title`` ``A - B`` and ``<title>``
    ``A - B | Site``): the other one added the site, so no unnamed part of this one is cut off."""
    key = norm(meta_title)
    has_parts = len(split_parts(meta_title)) > 1
    return has_parts and any(norm(m) != key and norm(m).startswith(key) for m in meta_titles)


class Heading(NamedTuple):
    """A heading of the page: its text, and whether it is an ``<h1>`` (the element pages keep for the headline)."""

    text: str
    is_h1: bool = False


def _support(heading: Heading, metas: list[_MetaForms], sites: list[str]) -> tuple[int, bool, int]:
    """How many different metadata titles confirm ``heading`` as a whole, whether it is so confirmed and the
    ``<h1>``, and how many confirm it as a part. Titles equal but for the site name are one vote
    (``twitter:title`` is often ``og:title`` plus the site). A site logo in ``<h1>`` is a part of ``<title>``
    too, so an ``<h1>`` only outranks nearer headings when confirmed as a whole."""
    h = norm(heading.text)
    if not h or _is_site(heading.text, sites):
        return 0, False, 0
    levels: dict[str, int] = {}
    for meta in metas:
        levels[meta.key] = max(levels.get(meta.key, 0), _agreement(h, meta))
    whole = sum(v == 2 for v in levels.values())
    return whole, heading.is_h1 and whole > 0, sum(v == 1 for v in levels.values())


def retells(heading: str, meta_title: str) -> bool:
    """``heading`` tells the story of ``meta_title`` in other words (``DB Lounge: Kein Zugang mehr …`` shown over
    the social ``… Kein Zutritt mehr …``): they share :data:`REWRITE_MIN_DICE` of their words, and neither holds
    the other (a kicker over the headline, ``Klimaschutz: Headline``, or a part of it is no rewrite)."""
    h, m = norm(heading), norm(meta_title)
    if not h or not m or h in m or m in h:
        return False
    ours, theirs = _tokens(heading), _tokens(meta_title)
    return 2 * len(ours & theirs) >= REWRITE_MIN_DICE * (len(ours) + len(theirs))


def _retold(displayed: str, meta_titles: list[str], sites: list[str]) -> bool:
    """The ``displayed`` heading :func:`retells` one of the metadata titles (each without the site name) and holds
    none of them: SEO and social titles are each rewritten apart (an ``og:title`` worded for sharing, a
    ``<title>`` for search engines, trafilatura-eval t0464), so any one retelling the heading shows confirms it,
    while a heading holding one is a kicker run into the headline (``Holocaust-Gedenktag Erinnerung an …``)."""
    stripped = [strip_site(m, sites) for m in meta_titles]
    shown = norm(displayed)
    if any(norm(s) and norm(s) in shown for s in stripped):
        return False
    return any(retells(displayed, s) for s in stripped)


def _tokens(text: str) -> set[str]:
    """The words of ``text`` (:data:`_TOKEN_RE`), NFKC and lowercased."""
    return set(_TOKEN_RE.findall(unicodedata.normalize("NFKC", tidy(text)).lower()))


def choose_title(
    headings: list[Heading], meta_titles: list[str], sites: list[str], displayed: str | None = None
) -> str | None:
    """Headline from page headings (closest to the body first) and metadata titles (most specific first).

    A heading confirmed by the metadata wins; among several (a teaser ``<h2>`` repeating ``og:title`` above the
    ``<h1>`` that ``<title>`` and JSON-LD repeat), the one most metadata titles confirm, then the ``<h1>``.
    Otherwise the metadata title, unless the ``displayed`` heading (the ``<h1>`` over the body of a page that
    states a social title) :func:`retells` it or another metadata title (:func:`_retold`): social titles are
    rewritten for sharing and search engines (BBC 中文's SEO line over the headline it shows), while a heading naming
    the site or a section shares no words.
    """
    title = _chosen(headings, meta_titles, sites, displayed)
    return without_marks(title) if title else None


def _as_meta_joins(heading: str, meta_titles: list[str]) -> str:
    """The heading with the spaces it sets between Han characters (:data:`_HAN_GAP_RE`) dropped when a metadata
    title writes the headline without them: the page's own text for it, where the heading's were layout's."""
    joined = _HAN_GAP_RE.sub("", heading)
    return joined if joined != heading and any(joined in tidy(m) for m in meta_titles) else heading


def _chosen(headings: list[Heading], meta_titles: list[str], sites: list[str], displayed: str | None) -> str | None:
    """:func:`choose_title`'s choice, as the page writes it."""
    metas = [_meta_forms(m, sites) for m in meta_titles]
    votes = [(*_support(h, metas, sites), -i) for i, h in enumerate(headings)]
    best = max(range(len(headings)), key=votes.__getitem__, default=None)
    if best is not None and (votes[best][0] or votes[best][2]):
        return _as_meta_joins(tidy(headings[best].text), meta_titles)
    for meta_title in meta_titles:
        stripped = strip_site(meta_title, sites, named_only=_opens_another(meta_title, meta_titles))
        if stripped and not _is_site(stripped, sites):
            return tidy(displayed) if displayed and _retold(displayed, meta_titles, sites) else stripped
    for heading, _ in headings:
        if norm(heading) and not _is_site(heading, sites):
            return tidy(heading)
    return None
