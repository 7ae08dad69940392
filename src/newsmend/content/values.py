"""Stage 1 of the selection: what each block is worth as article text.

A block's value is its non-link text, full when it reads like prose (sentence punctuation, CJK-aware) and
reduced otherwise, minus its link text and a fixed cost per block (menus, counters and tag clouds are many short
blocks), reduced under containers whose class/id/tag says boilerplate; a link naming an attached file (its name
with an extension, its size) is text of the block's own. Two cues from the page itself raise it:
the block the page's own summary (``og:description``) opens, and the paragraphs its JSON-LD ``articleBody``
repeats. The measures of a block (:class:`Stats`: characters, link characters, prose, legal notice) are read
once here and reused by the later stages, and so is the wording the later stages, the plain-text reader and the
fields all read alike (a list's marks, a relative age, a call to sign up for a newsletter).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from newsmend.blocks import Block, Page, common_length
from newsmend.content.paths import HEADINGS, block_demotion, containers

#: Sentence punctuation, full-width (Chinese/Japanese) and ASCII. Chinese prose has one mark per ~8-15 chars;
#: menus and link lists have none.
#: ASCII marks count when followed by a space, the end, or Han (mirror-damaged Chinese has ASCII commas). Written
#: as one class of every mark, then the test for the ASCII ones, so that the search skips from mark to mark (as an
#: alternation of two classes it tried every position of a block's text: 2.5x slower).
_PUNCT = re.compile(r"[，。、；：？！….,;:?!](?:(?<=[，。、；：？！…])|(?=\s|$|[\u3400-\u9fff]))")
#: A block is prose when it has at least one sentence mark and this many characters (calibrated on the zh
#: pages of magic-html-bench: shorter punctuated blocks are mostly labels like "来源：" or "分享到：").
PROSE_MIN_CHARS = 12
#: ...or when it is this long even without punctuation (long unpunctuated paragraphs occur in poems, lists).
PROSE_LONG_CHARS = 60
#: Value of a character of non-prose text relative to prose (short headings, captions, credits still count a
#: little so that a container of short paragraphs is not beaten by a long link list).
NON_PROSE_WEIGHT = 0.3
#: Penalty per link character: link text is navigation unless surrounded by more than as much plain text.
LINK_PENALTY = 1.0
#: Penalty per link character inside prose: inline links in a sentence are citations, not menus. Half the
#: penalty keeps a linked lead paragraph positive (dev sets: readability-testpages non-zh 0.914 -> 0.923,
#: fundus non-zh 0.823 -> 0.850; zh pages unchanged; 0 and 0.5 scored the same).
PROSE_LINK_PENALTY = 0.5
#: Fixed cost of a block, in characters: what separates a 40-item menu from a 2-paragraph article. Unpunctuated
#: lines that continue one element's text after a ``<br>`` (verse, lyrics, an address) do not pay it again: they
#: are one item. Punctuated ones still do (short replies in a comment list are lines of one element too; waiving
#: it for them lost a blog article to its comments on the zh dev pages).
BLOCK_COST = 4.0
#: Value kept under a container hinted as boilerplate (class/id/tag). Not zero: sites name article wrappers
#: oddly ("main-side", "share-content") and must not lose a long article to one token.
NEGATIVE_HINT_FACTOR = 0.2
#: A block whose links cover more than this share of its text is a link (list item, related headline).
MAX_LINK_DENSITY = 0.5
#: Links longer than this share are tolerated in long prose (inline citations): dense prose with many links.
PROSE_LINK_DENSITY = 0.7
#: A Chinese site's licence and registration numbers (ICP备/ICP证, 公网安备), which every Chinese site shows in its
#: footer and no headline holds.
_REGISTRATION = r"icp备|icp证|公网安备|京icp"
#: The word copyright as a notice states it: opening the block (``Copyright Guardian News & Media Limited``) or
#: beside a year or a copyright sign (``… Media Group, copyright 2016``, ``Copyright (c) 2019``). Not the word in
#: a sentence about it (``Es gibt mehr als das strikte Copyright.``, the standfirst of an Austrian tech site's
#: story on licences, unseen-ml2, read as a notice and left out of its text).
_COPYRIGHT_NOTICE = r"^\W*copyright|copyright\W*(?:\(c\)|\d{4})|\d{4}\W*copyright"
#: Legal notices in footers: long, punctuated, and never the article (site-independent wording). Written in
#: lower case and searched in the lowered text: a case-sensitive pattern keeps its literal-prefix scan (~3x
#: faster than ``re.I`` on block texts).
_LEGAL = re.compile(
    rf"©|\(c\)\s*\d{{4}}|{_COPYRIGHT_NOTICE}|all rights reserved|trademarks? of|registered trademarks?|"
    rf"版权所有|版權所有|{_REGISTRATION}|举报电话|不良信息举报"
)
_REGISTRATION_RE = re.compile(_REGISTRATION)
#: A piece of text every :data:`_LEGAL` match holds (``©``, ``(c)``, ``copyright``, ``trademark``, ``icp``, ``举报``
#: ...): a literal scan rules out most blocks at C speed before the pattern, whose branches opening with ``^`` and
#: a digit leave the regex engine no first character to skip to (the dev pages' blocks: 0.16 -> 0.05 s, the same
#: answers; 602 of 65,113 pass it, 412 are notices).
_LEGAL_MARKS = re.compile(r"©|\(c\)|copyright|all rights reserved|trademark|版权所有|版權所有|icp|公网安备|举报")
#: Legal notices are short: a longer block that mentions copyright is a paragraph about it (and the regex
#: then scans a fraction of the text). 400 and 1000 give the same output on every dev page.
LEGAL_MAX_CHARS = 400
#: Page metadata holding a summary that sites copy from the article's first sentence.
DESCRIPTION_KEYS = ("og:description", "description", "twitter:description", "ld:description")
#: Page metadata holding the headline: a summary that repeats one of these points at a copy of the headline
#: (a sticky top bar), not at the lead.
HEADLINE_KEYS = ("og:title", "twitter:title", "html:title", "ld:headline")
#: Characters of the summary that must occur in a block for it to be the lead (long enough to be unique
#: on a page, short enough to survive an edited summary).
LEAD_MATCH_CHARS = 16
#: The summary may start this many characters into the block (after a dateline; the longest on the dev
#: pages, "新华社记者 某某 某某 北京5月20日电", has 20).
LEAD_MAX_OFFSET = 24
#: Value added to the lead block: worth a long paragraph, so it decides between an article and a teaser
#: list of similar mass, but cannot lift a lone sentence over a whole article elsewhere.
LEAD_BONUS = 200.0
_SPACE = re.compile(r"\s+")
#: Extensions of picture files, as an alternation: the one list of what a file's name says is a picture, which an
#: attached file's name (:data:`_ATTACHMENT`), pruning's image address (a gallery's upload link, no printed address)
#: and the fields' link to a picture (a caption linked to its photo) all read.
PICTURE_EXTENSIONS = "jpe?g|png|gif|bmp|tiff?|svg|webp|avif|psd"
#: Extensions of the files a post or a story attaches for download: documents, sheets, slides, archives, pictures,
#: media and installers. A listed few, not any dotted word, so that a linked site name (``example.com``) stays a link.
_FILE_EXTENSIONS = (
    "pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|txt|csv|epub|mobi|zip|rar|7z|gz|tgz|bz2|xz|tar|iso|apk|exe|msi|dmg|"
    f"deb|rpm|{PICTURE_EXTENSIONS}|mp3|mp4|m4a|wav|flac|ogg|avi|mov|mkv|wmv|torrent"
)
#: A file's size as a download link gives it (``10.12MB``, ``245 KB``, ``1,2 Mo``, ``512 bytes``, ``3 字节``).
_FILE_SIZE = r"\d+(?:[.,]\d+)?\s*(?:[KMGT]i?B|[KMGT]o|bytes?|字节)"
#: A link whose whole text names an attached file: its name with an extension, its size (bracketed or not), or
#: both (``商标审查标准.pdf 10.12MB``, ``report.docx (245 KB)``). The attachment is what the post gives, no
#: navigation: its text counts as the block's own (a board's post of a title line over its one attachment scored
#: below the page's empty-list notice while the link counted against it). No slash in the name: a linked address
#: (``https://…/uploads/image.png``) is a link, not the file's name.
_ATTACHMENT = re.compile(
    rf"(?P<name>[^\n/\\]{{0,120}}?\.(?:{_FILE_EXTENSIONS}))?\s*(?P<size>[(\[（]?{_FILE_SIZE}[)\]）]?)?",
    re.IGNORECASE,
)
#: What every text :data:`_ATTACHMENT` counts holds: the dot before a file's extension or a digit of its size. Five
#: in six link texts hold neither (a menu's words, a headline), and one C-level search rules them out before the
#: pattern, whose lazy name runs over up to 120 characters looking for the dot.
_FILE_MARK = re.compile(r"[.\d]")
#: A slide counter opening a block: a slideshow's caption heading ("3/50 Star Wars boosts economy"); no date
#: ("5/3/2024": a slash or a digit follows).
_SLIDE_COUNTER = re.compile(r"\s*(\d{1,3})\s*/\s*(\d{1,3})(?![\d/])")
#: A slideshow counts at least this many slides (an article split in two pages counts "1/2").
MIN_SLIDES = 3
#: Prose beside a slideshow, as a share of the slideshow's own prose, that makes it a gallery set in a text rather
#: than the page's content (readability's share of the top candidate for a sibling, growth's SIBLING_SHARE). The one
#: dev page with both: the text is 0.4 of its gallery's captions (readability-testpages bug-1255978).
SLIDESHOW_TEXT_SHARE = 0.2
#: Typographic marks a list sets before each of its items, no word of an item: bullets, triangles, squares, diamonds,
#: stars (``▶ 典型案例丨<a>…</a>`` among a weekly digest's paragraphs, seventy-fourth audit; ``<a><div>•<span>headline
#: </span></div></a>`` in a 2024 Taiwanese magazine's ``最新文章`` box, unseen-zh26). Not the ASCII ``*``, ``-`` and
#: ``>`` or the guillemet ``»`` a line may open with as a quote or a sum. Pruning puts back a list's marked lines set
#: in the text; the related links' titles go without them.
LIST_MARKS = "•·▪►▸▷■□●○◆◇▶★☆※◎"
#: A unit of a relative age in English, singular or plural (``hour``, ``days``): the one wording pruning's post
#: stamps and edit notes, the plain-text meta lines and the related items' relative times read an age by.
AGE_UNIT = r"(?:second|minute|hour|day|week|month|year)s?"
#: A relative age (``3 weeks ago``, ``an hour ago``): a post's stamp or a list item's, never a date that anchors.
RELATIVE_AGE = rf"(?:an?|\d+)\s+{AGE_UNIT}\s+ago"
#: A unit of a relative age in Chinese, simplified or traditional (``小时``, ``分鐘``, ``个月``): what
#: :data:`CJK_RELATIVE_AGE` and the plain-text post headers' ages read, as :data:`AGE_UNIT` is in English.
CJK_AGE_UNIT = r"(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|年)"
#: A relative age in Chinese (``3小时前``, ``1周前``, ``5分鐘前``): a post's stamp or a list item's, as
#: :data:`RELATIVE_AGE` is in English. Its number starts after no digit: searched without it, a line of digits tried
#: the age from every digit, each try backtracking over the rest (a 20,000-digit line took 10 to 19 s; now linear).
CJK_RELATIVE_AGE = rf"(?<!\d)\d+\s*{CJK_AGE_UNIT}前"
#: Signing up for what a site sends its readers, in English: the verb (``sign up``, ``subscribe``, ``register``) ...
SIGN_UP_VERB = r"(?:sign up|signup|subscribe|register)"
#: ... as a call, a word urging it (``now``, ``today``, ``here``) and the preposition before what is offered (``Sign
#: up now for``, ``Subscribe to``) ...
SIGN_UP = rf"{SIGN_UP_VERB}(?: now| today| here)? (?:to|for)"
#: ... and what it offers (``newsletter``, ``email alerts``, ``updates``): the one wording pruning's newsletter prompt
#: and the fields' site notices read a sign-up by.
SENT_TO_READERS = r"(?:newsletters?|updates|emails?|alerts)"


def nonspace_chars(text: str) -> int:
    """Characters of ``text`` other than spaces, so that spaced and unspaced (CJK) text measure alike."""
    return len(text) - text.count(" ")


@dataclass(slots=True)
class Stats:
    """What the scorer knows about one block."""

    chars: int
    link_chars: int
    prose: bool
    legal: bool  # a copyright/licence/registration notice: page furniture however long

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


def punctuated(text: str) -> bool:
    """Whether ``text`` holds a sentence mark (:data:`_PUNCT`), which a prose block needs unless it is long."""
    return _PUNCT.search(text) is not None


def block_stats(block: Block) -> Stats:
    """Measure one block: its characters and link characters, whether it is prose, whether a legal notice."""
    chars = nonspace_chars(block.text)
    # a block without link text has none to give back to an attachment (a third of the blocks: no pass over the links)
    link_chars = min(max(0, block.link_chars - _attachment_chars(block)), chars) if block.link_chars else 0
    plain = chars - link_chars
    long_enough = plain >= PROSE_LONG_CHARS or (plain >= PROSE_MIN_CHARS and punctuated(block.text))
    dense = link_chars / chars if chars else 0.0
    prose = long_enough and dense <= (PROSE_LINK_DENSITY if plain >= PROSE_LONG_CHARS else MAX_LINK_DENSITY)
    legal = chars <= LEGAL_MAX_CHARS and _is_legal(block.text.lower())
    return Stats(chars, link_chars, prose and not legal, legal)


def _attachment_chars(block: Block) -> int:
    """Characters of ``block``'s links that name an attached file (:data:`_ATTACHMENT`): its own text, no link's."""
    return sum(len(link.text) for link in block.links if names_attachment(link.text))


def names_attachment(text: str) -> bool:
    """Whether a link's ``text`` is an attached file's name with its extension and/or its size (:data:`_ATTACHMENT`),
    nothing else."""
    if _FILE_MARK.search(text) is None:  # neither a name's extension nor a size
        return False
    match = _ATTACHMENT.fullmatch(text.strip())
    return match is not None and (match["name"] or match["size"]) is not None


def _is_legal(lowered: str) -> bool:
    """A legal notice (:data:`_LEGAL`) in lower-cased text, the cheap test (:data:`_LEGAL_MARKS`) first."""
    return _LEGAL_MARKS.search(lowered) is not None and _LEGAL.search(lowered) is not None


def slideshow_in_text(page: Page, stats: list[Stats], indices: list[int]) -> int | None:
    """The element of a slideshow set in a text, among the blocks ``indices`` (in reading order): blocks opening with
    the slide counters 1/N, 2/N ... N/N in order, at least :data:`MIN_SLIDES` of them, and the lowest container
    holding them all is the slideshow, when the prose among ``indices`` outside it is worth
    :data:`SLIDESHOW_TEXT_SHARE` of the slideshow's prose. Its captions are then a gallery beside the text (a
    newspaper's inline photo gallery of the week's business news inside a travel story), not the text. None
    otherwise: a gallery page's slides are its content."""
    counted = [(i, m) for i in indices if (m := _SLIDE_COUNTER.match(page.blocks[i].text)) is not None]
    total = len(counted)
    if total < MIN_SLIDES or any((int(m[1]), int(m[2])) != (k, total) for k, (_, m) in enumerate(counted, start=1)):
        return None
    chain = containers(page.blocks[counted[0][0]])
    shared = min(common_length(chain, containers(page.blocks[i])) for i, _ in counted)
    if not shared:
        return None
    show = chain[shared - 1]
    prose = [i for i in indices if stats[i].prose]
    inside = sum(stats[i].chars for i in prose if page.blocks[i].within(show))
    outside = sum(stats[i].chars for i in prose) - inside
    return show if outside >= SLIDESHOW_TEXT_SHARE * inside else None


def names_registration(text: str) -> bool:
    """Does ``text`` give a Chinese site's licence or registration number (a footer line, never a headline)?"""
    return _REGISTRATION_RE.search(text.lower()) is not None


def _value(stats: Stats, demotion: int, cost: float) -> float:
    plain = stats.chars - stats.link_chars
    good = 0.0 if stats.legal or demotion < -1 else plain if stats.prose else plain * NON_PROSE_WEIGHT
    if demotion < 0:
        good *= NEGATIVE_HINT_FACTOR
    penalty = PROSE_LINK_PENALTY if stats.prose else LINK_PENALTY
    return good - stats.link_chars * penalty - cost


def block_values(page: Page, stats: list[Stats], lead: int | None, *, hints: bool = True) -> list[float]:
    """Stage 1: every block's value, the ``lead`` block's raised by :data:`LEAD_BONUS`; ``hints=False``
    ignores class/id hints (for pages whose whole content sits in a container named like furniture)."""
    costs = [0.0 if not st.prose and _continues(page, i) else BLOCK_COST for i, st in enumerate(stats)]
    values = [
        _value(st, block_demotion(b, None) if hints else 0, cost)
        for b, st, cost in zip(page.blocks, stats, costs, strict=True)
    ]
    if lead is not None:
        values[lead] += LEAD_BONUS
    for i in _in_article_body(page, stats):
        values[i] += stats[i].chars - stats[i].link_chars
    return values


def _continues(page: Page, i: int) -> bool:
    """Whether block ``i`` continues the text of the element before it (the next line after a ``<br>``)."""
    return i > 0 and page.blocks[i - 1].container == page.blocks[i].container


def _in_article_body(page: Page, stats: list[Stats]) -> list[int]:
    """Prose blocks whose opening also occurs in the page's JSON-LD ``articleBody``: the publisher's own copy
    of the text marks the paragraphs that are the article (their value is doubled)."""
    body = _SPACE.sub("", html.unescape(page.meta.get("ld:articlebody", "")))
    if len(body) < LEAD_MATCH_CHARS:
        return []
    found = []
    for i, block in enumerate(page.blocks):
        if not stats[i].prose:
            continue
        opening = _opening(block.text, LEAD_MATCH_CHARS)
        if len(opening) == LEAD_MATCH_CHARS and opening in body:
            found.append(i)
    return found


def _opening(text: str, size: int) -> str:
    """The first ``size`` characters of ``text`` without whitespace (``\\s``, what ``str.split`` splits at): read
    from the text's head, twice as long, and from the whole text only when whitespace fills half of that head. The
    openings of a page's blocks are compared with its summaries, and a paragraph need not be copied whole for
    that (the whole texts cost 0.2 ms a page on the bench pages)."""
    head = "".join(text[: 2 * size].split())
    if len(head) >= size or len(text) <= 2 * size:
        return head[:size]
    return "".join(text.split())[:size]


def lead_block(page: Page, stats: list[Stats]) -> int | None:
    """The prose block that opens with the page's own summary (``og:description`` / ``description``).

    Sites fill the description with the article's first sentence, so the block holding it is almost always
    the lead: a cue that rescues short articles beside long teasers. The sentence may follow a dateline
    ("新华社北京5月20日电", "本报讯"), and a teaser of the same story in a boilerplate box does not count. A
    summary that only repeats the headline says nothing about the lead.
    """
    headlines = [_SPACE.sub("", page.meta.get(key, "")) for key in HEADLINE_KEYS]
    tried: set[str] = set()  # the keys often repeat one summary: a summary no block opened with is not sought again
    for key in DESCRIPTION_KEYS:
        whole = _SPACE.sub("", page.meta.get(key, ""))
        summary = whole[:LEAD_MATCH_CHARS]
        if len(summary) < LEAD_MATCH_CHARS or summary in tried or any(h.startswith(whole) for h in headlines):
            continue
        tried.add(summary)
        for i, block in enumerate(page.blocks):
            if not stats[i].prose or block.tag in HEADINGS or block_demotion(block, None) < 0:
                continue
            if 0 <= _opening(block.text, LEAD_MAX_OFFSET + LEAD_MATCH_CHARS).find(summary) <= LEAD_MAX_OFFSET:
                return i
    return None
