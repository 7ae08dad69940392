"""From a Page and its Selection to an Article: every field, and a body free of field lines.

Stages:

1. **Body**: the selected blocks become paragraphs, except the lines that are fields in disguise (bylines,
   labelled meta lines, editor lines, copyright notices), which move to their fields. Photo captions are all
   listed as captions; those the markup sets apart (``<figcaption>``, a caption class) leave the body, those
   written as paragraphs of the running text (``图为…``, ``新华社记者 X 摄``) stay where they stand.
2. **Context**: the blocks just before and after the body (and those the selection gave a role) are read the
   same way; short lines before the body and under the headline are also datelines; links to author pages
   and blocks classed as bylines are credits.
3. **Fields**: each field prefers the page's own metadata (``og:*``, ``article:*``, JSON-LD), then
   labelled lines, then weaker shapes (a dateline ``（X讯）``, a copyright notice naming the outlet).
   Nothing is invented: a field with no evidence is None. A page whose markup holds no article (rendered by
   scripts) takes its body from metadata (JSON-LD ``articleBody``, a data script's article HTML), flagged
   ``body-from-metadata``.
4. **Lists, language, flags**: list blocks become :class:`~newsmend.article.RelatedLink` items; language and
   script come from the body's characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from newsmend.article import Article
from newsmend.blocks import Block, Page
from newsmend.content import HEADINGS, Selection, containers, element_kind, is_furniture
from newsmend.fields.dates import find_date, parse_date, url_date
from newsmend.fields.language import detect_language
from newsmend.fields.lines import (
    CALL_TO_ACTION_MAX_CHARS,
    COPYRIGHT_MAX_CHARS,
    EMAIL_RE,
    LIST_HEADING_MAX_CHARS,
    LabelledValue,
    clean,
    email_byline,
    ends_sentence,
    is_breadcrumb,
    is_call_to_action,
    is_caption,
    is_comment_heading,
    is_copyright,
    is_editor_line,
    is_list_heading,
    is_meta_line,
    is_separator,
    labelled_values,
)
from newsmend.fields.people import (
    copyright_source,
    dateline_reporters,
    dateline_source,
    split_names,
    tidy_editor,
    tidy_source,
)
from newsmend.fields.related import list_items_after, related_links
from newsmend.fields.title import (
    HEADING_COVER_MIN,
    Heading,
    choose_title,
    drop_kicker,
    is_site,
    norm,
    site_names,
    title_parts,
    title_tail,
)
from newsmend.html import looks_like_html, parse_html
from newsmend.repair.trail import Fix

#: Blocks before the body searched for byline and dateline (they sit within a few blocks of the headline).
CONTEXT_BEFORE = 12
#: Blocks after the body searched for editor, copyright and source lines.
CONTEXT_AFTER = 12
#: Longest line before the body read as a dateline (longer lines are teasers or prose).
DATELINE_MAX_CHARS = 80
#: A date starting within this many characters opens its paragraph (``27.1.2022 - Bei der …``) ...
DATE_LEAD_CHARS = 4
#: ... or follows a lead of at most this many words and characters, with no sentence mark (a press release's
#: ``Pressemitteilung vom 25. Januar 2022 | Berlin – …``, a dateline's ``Berlin, 3. Mai 2023 – …``).
DATE_LEAD_WORDS, DATE_LEAD_MAX_CHARS = 3, 30
#: Start of a long paragraph searched for its opening date (the lead, then room for the longest date and time).
LEAD_WINDOW_CHARS = DATE_LEAD_MAX_CHARS + DATELINE_MAX_CHARS
_SENTENCE_MARK_RE = re.compile(r"[.!?。！？;；]")

#: Repairs texts read from metadata (a title, a body's lines) and returns them, one per text: the page's
#: blocks were repaired before fields are built, but metadata is only known to be used once a field takes it.
FixTexts = Callable[[list[str]], list[str]]
#: A dateline with at most this many other characters leaves the body (``Datum 25.01.2022``).
DATELINE_REST_CHARS = 24
#: Blocks right after the body whose date counts, last of all (``Erstellt am: 01.11.2023``).
TAIL_DATELINE_BLOCKS = 2
#: Blocks after the headline read as its dateline (``<h1>``, then byline and date within a few blocks).
HEADLINE_WINDOW = 8
#: Body positions from the start where a dateline is looked for (a lead, a standfirst, then the date).
HEAD_DATELINE_LINES = 5
#: Body positions from either end where a byline or meta line is taken out of the body.
BODY_EDGE_LINES = 3

#: Most of the body's characters a box titled like a story list may hold and still be a box of teasers (the
#: teaser box on the gne-zh pages holds 10%); a larger one is the page's own list (a Q&A page's "更多回答" holds
#: half of the thread: magic-html zh lost 0.013 without this bound). Comment boxes have no bound: a news page's
#: comments outweigh its article.
STORY_BOX_MAX_SHARE = 0.25
#: Longest raw block text tested as a list or comment heading (those are at most LIST_HEADING_MAX_CHARS once
#: whitespace is collapsed; the raw text may hold runs of it).
HEADING_SCAN_MAX_CHARS = 4 * LIST_HEADING_MAX_CHARS

#: Longest interface label (a button or counter: ``字号``, ``关注``, ``图集``, ``+1``) that leaves the body when
#: it stands before the text's first sentence or after its last; closing marks in brackets (``（完）``) stay.
#: Calibrated on extract_bench: magic-html zh 0.9036 -> 0.9063 (three forum pages lose 0.01-0.02: a lone short reply).
UI_LABEL_MAX_CHARS = 2
_BRACKETS = "()（）[]【】<>《》"

#: A line behind a bracketed tag (``【专题】正文``): the tag is a column's, what follows the line's own.
_TAGGED_LINE_RE = re.compile(r"^\s*[【\[][^】\]]{1,20}[】\]]\s*(.+)$")
#: A title's last part that may be a site's name (see _without_named_tail) ...
_HAN_TAIL_RE = re.compile(r"[\u3400-\u9fff]{2,}")
#: ... and the copyright holder's name, the whole Han run next to a notice's mark (``版权所有 X``, ``© 2018 X``,
#: ``X版权所有``).
_HOLDER_RE = re.compile(
    r"(?:版权所有|©|copyright)[\s©:：\d–-]*([\u3400-\u9fff]+)|([\u3400-\u9fff]+)\s*版权所有", re.I
)

#: Blocks between a heading and the body that may stand there for it to be a dated headline (the dateline, a
#: source or share line). Set on gne-zh's unlabelled pages (two headlines over a dateline); extract_bench:
#: trafilatura-eval non-zh titles 233 -> 235, every other count unchanged.
DATED_HEADING_GAP = 2

#: Longest line that can be a field (the longest shape, a copyright notice, is 160 characters).
FIELD_LINE_MAX_CHARS = COPYRIGHT_MAX_CHARS
#: A template placeholder a CMS left in its stored article HTML (``$$ARTICLEAD$$``, ``%%AD_SLOT%%``).
_PLACEHOLDER_RE = re.compile(r"([^\w\s])\1*[A-Z0-9_]+\1+")
#: Element or class of a photo caption set apart by the markup (``figcaption``, ``p.imageCaption``,
#: ``div.photo__caption``, ``div.img-desc``) ...
_CAPTION_PATH_RE = re.compile(r"figcaption|caption|photo-?desc|img-?desc", re.I)
#: ... on the block's own element or its parent (``figcaption>p``); an ancestor further up is a container, whose
#: name says nothing about one line. Measured on the extraction bench's dev sets: the whole path scores the same
#: on every set but magic-html non-zh (+0.0004), and one misnamed wrapper would take a whole article.
CAPTION_PATH_SEGMENTS = 2
#: Roles (from the selection) whose blocks are list items.
LIST_ROLES = frozenset({"related", "comment"})
#: Roles whose blocks are read for fields.
FIELD_ROLES = frozenset({"byline", "dateline", "meta", "editor", "copyright", "caption", "source"})

#: The date a data script states (``window.DATA.pubtime``): read last, after the metadata's last-update date (a
#: script may hold other items' data too; trafilatura-eval t0180 labels the update date of a page whose script
#: holds an older one).
SCRIPT_DATE_KEY = "script:date"
DATE_META_KEYS = (
    "ld:datepublished", "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "article.published", "publishdate", "publish-date", "publish_date", "pubdate",
    "pubtime", "og:pubdate", "published_time", "publication_date", "article:published",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created",
    "dc.date.created", "citation_publication_date", "date", "ld:datecreated", "datecreated", "time:published",
    "data:date", "platform:date",
)  # fmt: skip
#: Other metadata keys that name a publication date (``article_date_original``, ``pub_date``) ...
_DATE_KEY_RE = re.compile(r"publish|pub_?date|date_?original|creat|issued|(?:^|[:._-])date(?:$|[:._-])", re.I)
#: ... unless they name another date.
_NOT_DATE_RE = re.compile(r"modif|updat|revis|expir|chang|edit|print|birth|start|end|valid|event|copy", re.I)
#: Metadata keys naming the last update (``article:modified_time``, ``dateModified``, ``og:updated_time``).
_MODIFIED_KEY_RE = re.compile(r"modif|updat", re.I)
AUTHOR_META_KEYS = (
    "dc:creator", "dc.creator", "author", "ld:author", "article:author", "dcterms.creator", "byl",
    "sailthru.author", "parsely-author", "citation_author", "og:article:author", "article:author_name",
    "microdata:author",
)  # fmt: skip
#: Other metadata keys that name the author (``cxenseparse:author``, ``data:author``), read after those above.
_AUTHOR_KEY_RE = re.compile(r"(?:^|[:._-])(?:author|writer)(?:$|[:._-]|_?names?$)", re.I)
#: Labels of ``twitter:labelN`` that introduce the author in ``twitter:dataN``.
_WRITTEN_BY_RE = re.compile(
    r"written by|verfasst von|geschrieben von|escrito por|écrit par|scritto da|author|autor|作者", re.I
)
#: Links to an author's page (``/author/jane-doe``, ``/autor/…``, ``/profil/…``): their text is a byline.
_AUTHOR_HREF_RE = re.compile(
    r"/(?:authors?|autor(?:en|in)?|auteurs?|autore|profil(?:e|es)?|people|staff|journalists?|writers?|reporters?)/",
    re.I,
)
#: Class or id of a block (or its parent) that holds the byline.
_BYLINE_CLASS_RE = re.compile(r"author|byline|autor|writer|creator|reporter|journalist|posted-by|entry-meta", re.I)
#: A Han character: Chinese names stand in bylines without spaces around them, so they are found as substrings.
_HAN_RE = re.compile(r"[\u3400-\u9fff]")
#: Longest block read as a byline by its class.
BYLINE_MAX_CHARS = 80
#: Words of a block's own class or id: one of them ``source`` marks the element holding the source outlet
#: (``div.date-source``, ``span.source``, ``p.article-source``; not ``div.sourcePopwin``).
_CLASS_WORD_RE = re.compile(r"[.#_\-]+")
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
LANG_META_KEYS = ("html:lang", "content-language", "og:locale", "language", "dc.language", "ld:inlanguage")
HEADING_TAGS = ("h1", "h2")


@dataclass(slots=True)
class _Evidence:
    """What the lines around and inside the body say, gathered in one pass."""

    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    copyrights: list[str] = field(default_factory=list)
    labelled: list[LabelledValue] = field(default_factory=list)
    byline_names: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    meta_lines: list[str] = field(default_factory=list)
    datelines: list[str] = field(default_factory=list)
    body_datelines: list[str] = field(default_factory=list)
    tail_datelines: list[str] = field(default_factory=list)
    headline_datelines: list[str] = field(default_factory=list)
    link_names: list[str] = field(default_factory=list)
    byline_blocks: list[str] = field(default_factory=list)

    def values(self, name: str) -> list[str]:
        return [v.value for v in self.labelled if v.field == name]

    def absorb(self, other: _Evidence) -> None:
        """Add everything ``other`` found to this evidence."""
        for name in self.__dataclass_fields__:
            getattr(self, name).extend(getattr(other, name))


def build_article(
    page: Page, selection: Selection, repairs: list[Fix], flags: set[str], fix_texts: FixTexts | None = None
) -> Article:
    """The Article of ``page`` given the blocks ``selection`` chose as its body.

    ``fix_texts`` repairs the metadata texts a field takes (the chosen title, a body read from metadata); without
    it they are kept as the page states them.
    """
    blocks = page.blocks
    body = sorted(i for i in selection.body if 0 <= i < len(blocks))
    body = _closed_by_editor(blocks, _without_promotion(blocks, _without_story_box(blocks, body)))
    page = replace(page, meta=_split_keys(page.meta))
    sites = site_names(page.meta, page.url)
    title = _title(page, selection, body, sites)
    if title is not None and fix_texts is not None:
        title = fix_texts([title])[0]
    found = _gather(page, selection, body, title)
    all_flags = set(flags) | page.flags | selection.flags
    if not found.paragraphs:
        _read_metadata_body(page.meta, found, title, fix_texts)
        all_flags |= {"body-from-metadata"} if found.paragraphs else set()
    credited = _credited_source(found)
    source = credited or _meta_source(page.meta)
    title = _without_named_tail(title, source, found.copyrights)
    language, script = detect_language("\n".join(found.paragraphs) or _text_of(page), _first(page.meta, LANG_META_KEYS))
    if found.paragraphs:
        all_flags.discard("no-article")
    else:
        all_flags.add("no-article")
    return Article(
        title=title,
        author=_authors(page.meta, found, [*sites, *filter(None, [source])], credited),  # the outlet is no person
        author_email=found.emails[0] if found.emails else None,
        source=source,
        date=_date(page.meta, page.url or page.meta.get("og:url"), found, language),
        paragraphs=found.paragraphs,
        captions=_unique(found.captions),
        copyright=found.copyrights[0] if found.copyrights else None,
        editor=_editor(found),
        language=language,
        script=script,
        url=page.url or page.meta.get("og:url") or None,
        related=related_links([blocks[i] for i in _list_blocks(page, selection, body)], page.url),
        repairs=list(repairs),
        flags=sorted(all_flags),
        encoding=page.encoding,
    )


def _closed_by_editor(blocks: list[Block], body: list[int]) -> list[int]:
    """The body up to the responsible editor's line in its second half (``责任编辑：X`` closes a Chinese news
    article): what follows in the same element is another story's excerpt or the site's notes. The line itself
    stays for the editor field, unless it names no one (a template's empty ``责任编辑：``)."""
    for pos in range(len(body) // 2, len(body)):
        text = blocks[body[pos]].text
        if is_editor_line(text):
            return body[: pos + 1] if labelled_values(text) else body[:pos]
    return body


def _without_promotion(blocks: list[Block], body: list[int]) -> list[int]:
    """The body without the outlet's promotion set in the article's element: a call to action in the body's
    second half with only short lines after it (``扫描下方二维码…``, ``回复【社保】查询…``, ``点【在看】``: an account's
    closing menu) and what follows it; a call to action opening the body in an element of its own (an app
    advert over the text: ``…下载客户端还能获得专享福利``)."""
    head = body[:2]
    if len(head) > 1 and containers(blocks[head[0]])[:-1] != containers(blocks[head[1]])[:-1]:
        body = body[1:] if is_call_to_action(blocks[head[0]].text) else body
    for pos in range(len(body) // 2, len(body)):
        if is_call_to_action(blocks[body[pos]].text) and all(
            len(clean(blocks[i].text)) <= CALL_TO_ACTION_MAX_CHARS for i in body[pos + 1 :]
        ):
            return body[:pos]
    return body


def _without_story_box(blocks: list[Block], body: list[int]) -> list[int]:
    """The body without a box at its end titled like a list of other stories (``延伸 · 推荐``, ``相关阅读``) or
    of readers' comments (``全部评论 23条``): teasers with their excerpts (a small share of the body, see
    :data:`STORY_BOX_MAX_SHARE`) or comments, set inside the article's element. The box is the lowest element
    holding the title's own element and the line after it: a wrapper (a title run into the text by ``<br>``
    opens no box) below the body's first line (not the article itself). Only lines that end no sentence may
    follow it (an article's own section titled ``最新进展`` is followed by more text). Such a title left last, over
    nothing (its list was never selected, or went with its box), goes too."""
    body = _without_furniture_box(blocks, _without_titled_box(blocks, body))
    while len(body) > 1 and _lists_title(blocks[body[-1]].text):
        body = body[:-1]
    return body


def _without_titled_box(blocks: list[Block], body: list[int]) -> list[int]:
    """The body without the first titled box of :func:`_without_story_box`."""
    for pos, i in enumerate(body[1:-1], start=1):
        if not _lists_title(blocks[i].text):
            continue
        comments = is_comment_heading(blocks[i].text)
        if comments and _leaves_text_element(blocks, body, pos):
            return body[:pos]
        box = _box(blocks, i, body[pos + 1], body[0])
        inside = None if box is None else _box_lines(blocks, body[pos:], box)
        if inside is None:
            continue
        share = sum(len(blocks[j].text) for j in inside) / sum(len(blocks[j].text) for j in body)
        if comments or share <= STORY_BOX_MAX_SHARE:
            return [j for j in body if j not in inside]
    return body


def _without_furniture_box(blocks: list[Block], body: list[int]) -> list[int]:
    """The body without a box in its second half whose class names furniture (``div.tuijian``) and whose
    story-list title the selection left out (``为你推荐`` over teasers whose headlines and times went as links):
    the excerpts it kept are teasers, whatever their share of a short article (two signals agree, where a title
    alone needs :data:`STORY_BOX_MAX_SHARE`). Only lines that end no sentence may follow the box, as for titled
    boxes."""
    chosen = set(body)
    for title in range(body[len(body) // 2], body[-1]) if body else ():
        if title in chosen or not _lists_title(blocks[title].text):
            continue
        after = [j for j in body if j > title]
        box = _box(blocks, title, after[0], body[0])
        if box is None or not is_furniture(blocks[title].path.split(">")[containers(blocks[title]).index(box)]):
            continue
        inside = _box_lines(blocks, after, box)
        if inside is not None:
            return [j for j in body if j not in inside]
    return body


def _box(blocks: list[Block], title: int, following: int, first: int) -> int | None:
    """The box a list title opens: the lowest element holding the title's block and the line ``following`` it,
    unless that is the title's own element (a title run into the text by ``<br>`` opens no box) or an element
    holding the body's ``first`` line (the article itself)."""
    after = containers(blocks[following])
    box = next((c for c in reversed(containers(blocks[title])) if c in after), None)
    return None if box is None or box == blocks[title].container or box in containers(blocks[first]) else box


def _box_lines(blocks: list[Block], lines: list[int], box: int) -> list[int] | None:
    """The ``lines`` inside ``box``, when none of the others (lines after the box) ends a sentence: a section of
    the article's own is followed by more text. None otherwise."""
    inside = [j for j in lines if box in containers(blocks[j])]
    return None if any(ends_sentence(clean(blocks[j].text)) for j in lines if j not in inside) else inside


def _lists_title(text: str) -> bool:
    """A title over a list of other stories or of comments (the length test first: most body lines are long)."""
    return len(text) <= HEADING_SCAN_MAX_CHARS and (is_comment_heading(text) or is_list_heading(text))


def _leaves_text_element(blocks: list[Block], body: list[int], pos: int) -> bool:
    """The title at ``pos`` follows the article's text element and opens a section of its own (a comment list):
    the element holding the line before it, below their common ancestor, holds several body lines and none
    after the title, and nothing after the title sits in an element of its kind (a forum's next posts do: they
    are the thread). The heading of a section inside the article stands between paragraphs, which are single
    lines each, so this never cuts an article at its own heading."""
    before, title = containers(blocks[body[pos - 1]]), containers(blocks[body[pos]])
    pairs = zip(before, title, strict=False)  # chains of different depths: compared as far as both go
    depth = next((d for d, (a, b) in enumerate(pairs) if a != b), min(len(before), len(title)))
    if depth >= len(before):
        return False
    element = before[depth]
    held = [j for j in body if element in containers(blocks[j])]
    if len(held) < 2 or held[-1] > body[pos]:
        return False
    kind = element_kind(blocks[body[pos - 1]].path.split(">")[depth])
    return not any(kind in map(element_kind, blocks[j].path.split(">")[depth:]) for j in body[pos + 1 :])


# ---- stages 1 and 2: reading lines -------------------------------------------------------------
def _gather(page: Page, selection: Selection, body: list[int], title: str | None) -> _Evidence:
    """Read the body, the context around it, credits (author links, byline blocks) and the headline's
    dateline into one :class:`_Evidence`."""
    blocks, found = page.blocks, _Evidence()
    _read_body(blocks, body, selection.roles, found, norm(title or ""))
    before, after = _context(len(blocks), body, selection)
    headline = _headline_index(page, selection, title)
    read = {*body, *before, *after}
    # Blocks skipped between the body's first lines, and those under a headline far above the body (a lead
    # photo, a gallery, ads in between): where bylines stand.
    skipped = [i for i in [*_skipped_head(body), *_under_headline(len(blocks), headline)] if i not in read]
    for i in before:
        _read_context(blocks[i], selection.roles.get(i), found, near=found.datelines)
    for i in dict.fromkeys(skipped):
        _read_context(blocks[i], selection.roles.get(i), found, near=None)
    edges = body[:BODY_EDGE_LINES] + body[-BODY_EDGE_LINES:]
    for i in [*before, *dict.fromkeys(edges + skipped), *after[:TAIL_DATELINE_BLOCKS]]:
        _read_credits(blocks[i], found)
    for i in after:
        near = found.tail_datelines if body and i - body[-1] <= TAIL_DATELINE_BLOCKS else None
        _read_context(blocks[i], selection.roles.get(i), found, near=near)
    found.headline_datelines = _after_headline(blocks, headline)
    if found.paragraphs:
        found.byline_names += dateline_reporters(found.paragraphs[0])
    return found


def _under_headline(n: int, index: int | None) -> range:
    """The blocks just under the headline (see :data:`HEADLINE_WINDOW`)."""
    return range(0) if index is None else range(index + 1, min(n, index + 1 + HEADLINE_WINDOW))


def _read_metadata_body(meta: dict[str, str], found: _Evidence, title: str | None, fix_texts: FixTexts | None) -> None:
    """A page whose markup holds no article (its text rendered by scripts) may still carry the text as metadata:
    JSON-LD ``articleBody``, a data script's article HTML, or the steps of a JSON-LD HowTo or Recipe. Its lines
    are repaired (``fix_texts``) and read like a body's."""
    text = meta.get("ld:articlebody") or meta.get("script:articlebody") or meta.get("ld:steps")
    if not text:
        return
    if looks_like_html(text):
        blocks = [b for b in parse_html(text).blocks if not _PLACEHOLDER_RE.fullmatch(b.text.strip())]
    else:
        blocks = [Block(line, tag="p") for line in text.splitlines() if line.strip()]
    if fix_texts is not None and blocks:
        for block, fixed in zip(blocks, fix_texts([b.text for b in blocks]), strict=True):
            block.text = fixed
    extra = _Evidence()
    _read_body(blocks, list(range(len(blocks))), {}, extra, norm(title or ""))
    found.absorb(extra)


def _skipped_head(body: list[int]) -> list[int]:
    """Blocks the selection left out between the body's first lines: a byline or a meta line standing between
    the standfirst and the text (``<p class="byline">Par …</p>`` after the first paragraph)."""
    if not body:
        return []
    chosen = set(body)
    return [i for i in range(body[0], body[min(BODY_EDGE_LINES, len(body) - 1)]) if i not in chosen]


# ---- reading one line ---------------------------------------------------------------------------
def _read_body(blocks: list[Block], body: list[int], roles: dict[int, str], found: _Evidence, title_key: str) -> None:
    """Paragraphs, minus the headline, a breadcrumb trail over the text, interface labels around it and the field
    lines (bylines, meta lines and datelines only near the body's ends)."""
    labels = _interface_labels(blocks, body)
    for pos, i in enumerate(body):
        text = clean(blocks[i].text)
        if not text or is_separator(text) or i in labels:
            continue
        if pos < BODY_EDGE_LINES and (_repeats_headline(text, title_key) or is_breadcrumb(text)):
            continue
        role = roles.get(i)
        if _set_apart(blocks[i]):
            found.captions.append(text)
            continue
        if role == "caption" or is_caption(text):
            found.captions.append(text)  # written in the running text: listed, and kept in its place
        elif _leaves_body(text, role, blocks[i].tag, found, pos, len(body)):
            continue
        found.paragraphs.append(text)


def _repeats_headline(text: str, title_key: str) -> bool:
    """The line is the headline, alone or behind a bracketed column tag (``【不忘初心 牢记使命】<headline>``: the
    metadata title's separators cut the tag off the chosen title, which may still carry a tail the line lacks:
    the line then opens it and covers :data:`HEADING_COVER_MIN` of it)."""
    if not title_key:
        return False
    tagged = _TAGGED_LINE_RE.match(text)
    rest = norm(tagged.group(1)) if tagged else ""
    return norm(text) == title_key or (title_key.startswith(rest) and len(rest) >= HEADING_COVER_MIN * len(title_key))


def _interface_labels(blocks: list[Block], body: list[int]) -> set[int]:
    """Lines of at most :data:`UI_LABEL_MAX_CHARS` characters, no bracket among them, before the body's first
    sentence or after its last (headings, ending in ``!`` or ``…``, are no sentences): the buttons and counters of
    the article's frame (``字号``, ``关注``, ``+1``)."""
    texts = [clean(blocks[i].text) for i in body]
    sentences = [
        pos for pos, text in enumerate(texts) if ends_sentence(text) and blocks[body[pos]].tag not in HEADING_TAGS
    ]
    if not sentences:
        return set()
    return {
        body[pos]
        for pos, text in enumerate(texts)
        if (pos < sentences[0] or pos > sentences[-1])
        and 0 < len(text) <= UI_LABEL_MAX_CHARS
        and not any(c in _BRACKETS for c in text)
    }


def _leaves_body(text: str, role: str | None, tag: str, found: _Evidence, pos: int, n: int) -> bool:
    """Record the body line at ``pos`` of ``n`` as a field when it is one (meta lines and datelines count only
    near the body's ends); True when it leaves the body."""
    near_edge = pos < BODY_EDGE_LINES or pos >= n - BODY_EDGE_LINES
    if _take_field(text, role, tag, found, meta_ok=near_edge):
        return True
    if pos < HEAD_DATELINE_LINES and _take_dateline(text, found.body_datelines):
        return True
    if pos >= n - BODY_EDGE_LINES and _is_bare_date(text):
        found.tail_datelines.insert(0, text)  # a date closing the body, before those after it
        return True
    return False


def _take_dateline(text: str, datelines: list[str]) -> bool:
    """Note a date opening a head paragraph or standing in a short line; True when the line is little else."""
    long = len(text) > DATELINE_MAX_CHARS
    hit = find_date(text[:LEAD_WINDOW_CHARS] if long else text)
    if hit is None or (long and not _opens_with_date(text, hit[1])):
        return False
    datelines.append(text)
    return len(text) - (hit[2] - hit[1]) <= DATELINE_REST_CHARS


def _opens_with_date(text: str, start: int) -> bool:
    """The date at ``start`` opens ``text``: nothing before it, or a short lead that is no sentence."""
    lead = text[:start]
    return start <= DATE_LEAD_CHARS or (
        start <= DATE_LEAD_MAX_CHARS and len(lead.split()) <= DATE_LEAD_WORDS and not _SENTENCE_MARK_RE.search(lead)
    )


def _led_by_date(text: str) -> bool:
    """A long block (a standfirst) that opens with its date."""
    hit = find_date(text[:LEAD_WINDOW_CHARS])
    return hit is not None and _opens_with_date(text, hit[1])


def _is_bare_date(text: str) -> bool:
    """A line that is a date and little else (``Stand: 21.01.2022``)."""
    hit = find_date(text) if len(text) <= DATELINE_MAX_CHARS else None
    return hit is not None and len(text) - (hit[2] - hit[1]) <= DATELINE_REST_CHARS


def _read_context(block: Block, role: str | None, found: _Evidence, *, near: list[str] | None) -> None:
    """A block around the body: its field, and (for ``near`` = the dateline list of its side) its date."""
    text = clean(block.text)
    if not text or role in LIST_ROLES or is_separator(text):
        return
    if role == "caption" or _set_apart(block):
        if near is not None and _is_bare_date(text):  # a date set in the lead photo's caption area
            near.append(text)
        else:
            found.captions.append(text)
        return
    _take_field(text, role, block.tag, found, meta_ok=True)
    if near is not None and (len(text) <= DATELINE_MAX_CHARS or _led_by_date(text)):
        near.append(text)


def _set_apart(block: Block) -> bool:
    """The markup makes the block a figure's caption, apart from the running text (``<figcaption>``, a caption
    class). Pages mark captions this way or write them as paragraphs; only the latter are part of the text."""
    near = ">".join(block.path.split(">")[-CAPTION_PATH_SEGMENTS:])
    return block.tag == "figcaption" or bool(_CAPTION_PATH_RE.search(near))


def _take_field(text: str, role: str | None, tag: str, found: _Evidence, *, meta_ok: bool) -> bool:
    """Record ``text`` as a field when it is one; False when it is ordinary text."""
    if len(text) > FIELD_LINE_MAX_CHARS and role not in FIELD_ROLES:
        return False  # a paragraph: no field line is this long (cheap exit, most body lines)
    if role == "copyright" or is_copyright(text, mid_text=not meta_ok):
        found.copyrights.append(text)
        # a notice may name the source (版权声明 来源：X); its other values (a footer's 更新时间) are the site's
        found.labelled += [v for v in labelled_values(text) if v.field == "source"]
        return True
    pair = email_byline(text) if "@" in text else None
    if pair:
        found.byline_names += split_names(pair[0])
        found.emails.append(pair[1])
        return True
    if (meta_ok or role in FIELD_ROLES) and is_meta_line(text):
        found.labelled += labelled_values(text)
        found.emails += EMAIL_RE.findall(text)
        found.meta_lines.append(text)
        return True
    return False


def _context(n: int, body: list[int], selection: Selection) -> tuple[list[int], list[int]]:
    """Indices read around the body: a window before (reaching back to the headline) and after it."""
    if not body:
        return [i for i in selection.roles if selection.roles[i] in FIELD_ROLES], []
    start, end = body[0], body[-1]
    first = max(0, start - CONTEXT_BEFORE)
    if selection.title is not None and selection.title < start:
        first = min(first, selection.title)
    chosen = set(body)
    before = [i for i in range(first, start) if i != selection.title]
    after = [i for i in range(end + 1, min(n, end + 1 + CONTEXT_AFTER))]
    extra = [i for i, r in selection.roles.items() if r in FIELD_ROLES and not first <= i <= end + CONTEXT_AFTER]
    inner = [i for i in range(start, end) if i not in chosen and selection.roles.get(i) in FIELD_ROLES]
    return before + inner, after + sorted(extra)


# ---- stage 3: fields ------------------------------------------------------------------------------
def _list_blocks(page: Page, selection: Selection, body: list[int]) -> list[int]:
    """Blocks of headline lists: those the selection marked, and on HTML pages the lists after the body."""
    marked = {i for i, role in selection.roles.items() if role in LIST_ROLES}
    if page.is_html and body:
        marked.update(list_items_after(page.blocks, body[-1]))
    return sorted(marked)


def _title(page: Page, selection: Selection, body: list[int], sites: list[str]) -> str | None:
    headings: list[Heading] = []
    if selection.title is not None and 0 <= selection.title < len(page.blocks):
        block = page.blocks[selection.title]
        headings.append(Heading(block.text, block.tag == "h1"))
    if page.is_html:
        start = body[0] if body else len(page.blocks)
        h_before = [Heading(b.text, b.tag == "h1") for b in reversed(page.blocks[:start]) if b.tag in HEADING_TAGS]
        h_after = [Heading(b.text, True) for b in page.blocks[start:] if b.tag == "h1"]
        headings += h_before + h_after
    metas = [page.meta[k] for k in TITLE_META_KEYS if page.meta.get(k, "").strip()]
    if not page.is_html and headings:
        return clean(headings[0].text) or None
    title = choose_title([h for h in headings if h.text.strip()], metas, sites)
    dated = _dated_heading(page, body)
    if dated and (title is None or all(norm(title) != norm(h.text) for h in headings)):
        return dated  # the metadata title names a channel or the site (``新闻动态--某某学会官网``)
    return drop_kicker(title, page.meta.get("html:kicker")) if title else None


def _without_named_tail(title: str | None, source: str | None, notices: list[str]) -> str | None:
    """A Chinese title without a last part set off by a space that names the source or the copyright holder
    (``…技能大赛 某某医院`` over ``版权所有 某某医院``; ``…调研工作 东区办事处`` from ``来源于：东区办事处``): the
    site's or column's name, which titles append without a separator. The holder is the whole name next to the
    notice's mark (``版权所有``, ``©``), not any words the notice contains."""
    head, _, tail = (title or "").rpartition(" ")
    if not head or not _HAN_RE.search(head) or not _HAN_TAIL_RE.fullmatch(tail):
        return title
    holders = {name for notice in notices for m in _HOLDER_RE.finditer(notice) for name in m.groups() if name}
    return head.rstrip() if tail == source or tail in holders else title


def _dated_heading(page: Page, body: list[int]) -> str | None:
    """The heading of any level standing over the body with the article's dateline between them (``<h5>`` title,
    ``发布时间：2019-05-18 来源：…``, then the text): the headline, on pages whose metadata title is a channel's.
    A line of another element (a table cell) stands there for the headline when it is one of the ``<title>``'s
    parts (``标题-栏目`` over ``<td>标题</td><td>发布时间：…</td>``)."""
    if not page.is_html or not body:
        return None
    start = body[0]
    parts = title_parts(page.meta.get("html:title", ""))
    for i in range(start - 1, max(-1, start - 1 - DATED_HEADING_GAP - 1), -1):
        block = page.blocks[i]
        heading = block.tag in HEADINGS
        if heading or norm(block.text) in parts:
            between = [clean(b.text) for b in page.blocks[i + 1 : start]]
            dated = any(len(t) <= DATELINE_MAX_CHARS and find_date(t) for t in between)
            if heading or dated:
                return (clean(block.text) or None) if dated else None
    return None


def _headline_index(page: Page, selection: Selection, title: str | None) -> int | None:
    """The block holding the headline: the selection's, else the first heading that reads as the title."""
    if selection.title is not None:
        return selection.title
    key = norm(title or "")
    heads = (i for i, b in enumerate(page.blocks) if b.tag in HEADING_TAGS and key and norm(b.text) == key)
    return next(heads, None)


def _after_headline(blocks: list[Block], index: int | None) -> list[str]:
    """Short lines just under the headline, where the dateline of most pages stands."""
    if index is None:
        return []
    window = (blocks[i] for i in _under_headline(len(blocks), index))
    return [t for t in (clean(b.text) for b in window) if len(t) <= DATELINE_MAX_CHARS or _led_by_date(t)]


def _authors(
    meta: dict[str, str], found: _Evidence, sites: list[str], credited_source: str | None
) -> list[str] | None:
    """Authors: metadata, then byline lines (labelled or name + e-mail), then author-page links and blocks
    marked as bylines by their class. When metadata keys name different people (``author`` a producer,
    JSON-LD the reporters), the ones the page's byline confirms win. The site's own name is no byline, but when
    the metadata names only the outlet as the author and no person is credited anywhere, the outlet is what
    the page declares (agency and staff copy: ``<meta name="author" content="Example News">``) -- unless the
    text credits another outlet as the source (``来源：X``, ``X讯``): then the site republished X's article, and its
    name in every page's metadata (a portal's ``<meta name="author" content="网易">``) credits no one."""
    sites = [*sites, *filter(None, [title_tail(meta)])]
    other_keys = [k for k in meta if _AUTHOR_KEY_RE.search(k) and k not in AUTHOR_META_KEYS]
    outlet: list[str] = []
    declared_people: list[list[str]] = []
    for key in [*AUTHOR_META_KEYS, *_labelled_twitter_data(meta), *other_keys]:
        value = meta.get(key, "")
        if value and "://" not in value:
            declared = split_names(value, strict=False)
            names = [n for n in declared if not is_site(n, sites)]
            if names and names not in declared_people:
                declared_people.append(names)
            outlet = outlet or declared
    credited = [
        [n for n in _unique(group) if not is_site(n, sites)]
        for group in (
            found.byline_names + [n for v in found.values("author") for n in split_names(v)],
            found.link_names,
            [n for text in found.byline_blocks for n in split_names(text)],
        )
    ]
    if declared_people:
        on_page = {norm(n) for group in credited for n in group}
        confirmed = (names for names in declared_people if any(norm(n) in on_page for n in names))
        return next(confirmed, declared_people[0])
    credits = [found.byline_names + found.values("author"), found.link_names, found.byline_blocks]
    if credited_source and not any(is_site(n, [credited_source]) for n in outlet):
        outlet = []
    return _corroborated(credited, credits) or next((names for names in credited if names), None) or outlet or None


def _corroborated(credited: list[list[str]], credits: list[list[str]]) -> list[str] | None:
    """The names that two kinds of credit on the page agree on (a byline or labelled line, a link to an author
    page, a block classed as byline), kept with the co-authors of the byline values naming them. A byline line
    that also caught a place or a person the story mentions (``Sri Lanka``, ``Von X | Kommentar``) loses them;
    None when no name is credited twice."""
    names = _unique([n for group in credited for n in group])
    agreed = [n for n in names if sum(any(_mentions(text, n) for text in texts) for texts in credits) >= 2]
    if not agreed:
        return None
    kept = set(agreed)
    for text in credits[0]:
        in_value = split_names(text)
        if any(n in kept for n in in_value):
            kept.update(in_value)
    return [n for n in names if n in kept]


def _mentions(text: str, name: str) -> bool:
    """``name`` stands in ``text`` as words of its own (Han names, written without spaces, as a substring)."""
    if _HAN_RE.search(name):
        return name in text
    return re.search(r"(?<!\w)" + re.escape(name.casefold()) + r"(?!\w)", text.casefold()) is not None


def _labelled_twitter_data(meta: dict[str, str]) -> list[str]:
    """``twitter:dataN`` keys whose ``twitter:labelN`` says "written by" (how SEO plugins state the author)."""
    return [f"twitter:data{n}" for n in range(1, 5) if _WRITTEN_BY_RE.search(meta.get(f"twitter:label{n}", ""))]


def _read_credits(block: Block, found: _Evidence) -> None:
    """Names linked to an author page, the text of blocks whose class says byline, and the outlet named by an
    element whose class says source."""
    for link in block.links:
        if _AUTHOR_HREF_RE.search(link.href):
            found.link_names += split_names(link.text)
    own = block.path.rsplit(">", 1)[-1]
    if _BYLINE_CLASS_RE.search(own) and len(block.text) <= BYLINE_MAX_CHARS:
        found.byline_blocks.append(block.text)
    if "source" in own.lower() and "source" in _CLASS_WORD_RE.split(own.lower()):
        outlet = _unlabelled_source(clean(block.text))
        if outlet:
            found.labelled.append(LabelledValue("source", "class", outlet))


def _unlabelled_source(text: str) -> str | None:
    """The outlet an element classed as the source names without a label (``2019年11月25日 18:57 参考消息``:
    the date cut, one word left); None when the line is labelled (read as a meta line) or says more."""
    if len(text) > DATELINE_MAX_CHARS or labelled_values(text):
        return None
    hit = find_date(text)
    rest = (text[: hit[1]] + " " + text[hit[2] :]).strip() if hit else text
    return tidy_source(rest) if rest and len(rest.split()) == 1 else None


def _date(meta: dict[str, str], url: str | None, found: _Evidence, language: str | None) -> str | None:
    """Publication date: known metadata keys (software writes ``a/b/yyyy`` month first), other date-named
    keys, the URL, then the text: labelled values, meta lines, datelines above the body (nearest first),
    dates opening the body, dates right after it; failing all of them, the last-update date of the metadata,
    then the date a data script states."""
    other = (k for k in meta if k != SCRIPT_DATE_KEY and _DATE_KEY_RE.search(k) and not _NOT_DATE_RE.search(k))
    keys = [*DATE_META_KEYS, *other]
    for key in keys:
        value = meta.get(key)
        date = parse_date(value, compact=True, day_first=False) if value else None
        if date:
            return date
    date = url_date(url)
    if date:
        return date
    day_first = None if language in (None, "en") else True
    texts = [
        *found.values("date"),
        *found.meta_lines,
        *found.headline_datelines,
        *reversed(found.datelines),
        *found.body_datelines,
        *found.tail_datelines,
    ]
    date = next((d for d in (parse_date(t, day_first=day_first) for t in texts) if d), None)
    script = meta.get(SCRIPT_DATE_KEY)
    return date or _modified_date(meta) or (parse_date(script, compact=True, day_first=False) if script else None)


def _modified_date(meta: dict[str, str]) -> str | None:
    """Last resort: the date the page says it was last updated (reference pages state no other)."""
    for key in (k for k in meta if _MODIFIED_KEY_RE.search(k)):
        date = parse_date(meta[key], compact=True, day_first=False)
        if date:
            return date
    return None


def _credited_source(found: _Evidence) -> str | None:
    """The outlet the page's text credits: a ``来源：X`` line, the first paragraph's dateline, a copyright notice."""
    candidates = [tidy_source(v) for v in found.values("source")]
    if found.paragraphs:
        candidates.append(dateline_source(found.paragraphs[0]))
    candidates += [copyright_source(c) for c in found.copyrights]
    return next((c for c in candidates if c), None)


def _meta_source(meta: dict[str, str]) -> str | None:
    """The outlet the metadata names: the publishing account of a platform (a WeChat account), then
    ``og:site_name`` (on a platform, the platform's own name)."""
    return tidy_source(meta.get("platform:account", "")) or tidy_source(meta.get("og:site_name", ""))


def _editor(found: _Evidence) -> str | None:
    return next((e for e in map(tidy_editor, found.values("editor")) if e), None)


# ---- helpers --------------------------------------------------------------------------------------
def _split_keys(meta: dict[str, str]) -> dict[str, str]:
    """RDFa lets one ``<meta property="og:title twitter:title">`` carry several names: index it under each."""
    out = dict(meta)
    for key, value in meta.items():
        for name in key.split() if " " in key else ():
            out.setdefault(name, value)
    return out


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((meta[k] for k in keys if meta.get(k)), None)


def _text_of(page: Page) -> str:
    """Fallback text for language detection when there is no body: the whole page."""
    return "\n".join(b.text for b in page.blocks)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
