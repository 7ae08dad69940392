"""Article extraction: raw page (bytes or str, HTML or plain text) → :class:`~newsmend.article.Article`.

The stages, in order (one function each below):
  1. ``_admit``      -- check the input type, refuse empty input, cut pages beyond ``max_bytes`` (flag
                        ``truncated``) so that time and memory stay bounded;
  2. ``_decode``     -- bytes → text (:mod:`newsmend.decode`, never raises; str input is taken as is; a gzip
                        body is inflated, binary data is flagged ``binary`` and holds no article);
  3. ``_parse``      -- HTML or plain text (detected by :func:`newsmend.html.looks_like_html`) → a Page of
                        blocks;
  4. ``_select``     -- main content (:func:`newsmend.content.select_main` for HTML, the text-page selector
                        for plain text), on the unrepaired blocks;
  5. ``_repair``     -- the repair engine on the body and the blocks around it joined by newlines (one call:
                        document context), split back; per-block repair if a repair changes the line count or a
                        fix spans two blocks; then, if they needed repair, the headline lists after it;
  6. ``_build``      -- fields (title, byline, date, ...) and the Article (:mod:`newsmend.fields`); the metadata
                        texts a field takes (a title from ``og:title``/``<title>``, a body from JSON-LD) are
                        repaired the same way when taken (:class:`_MetadataRepair`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import accumulate, islice

from newsmend.article import Article
from newsmend.blocks import Page
from newsmend.content import Selection, select_main
from newsmend.decode import decode
from newsmend.errors import ConfigError, EmptyInputError, InputTypeError
from newsmend.fields import build_article
from newsmend.fields.evidence import CONTEXT_AFTER, CONTEXT_BEFORE
from newsmend.fields.related import list_items_after, list_reach_beyond, list_window
from newsmend.html import looks_like_html, parse_html
from newsmend.options import make_config
from newsmend.repair import RepairConfig, repair
from newsmend.repair.trail import Fix
from newsmend.textpage import parse_text_page, select_text_main

#: Repair flags of damage that turns Han text into other characters (GBK or UTF-8 bytes read as Latin-1): the
#: unrepaired page's headline lists fail the Han-length headline test, so they are looked for again after repair.
_GARBLED_HAN_FLAGS = frozenset(("mojibake",))
#: Default size limit. The largest page of the dev sets is 3.1 MB; real article pages stay below 5 MB. A
#: larger input is cut to this many bytes (flag ``truncated``): parsing stays linear, memory ~10x the limit.
DEFAULT_MAX_BYTES = 8_000_000


@dataclass(frozen=True, slots=True)
class ExtractConfig:
    """Options of :func:`extract`, every default documented.

    repair:
        Run the repair engine (mojibake, mirror damage, script, punctuation) on the page text (default on).
    repair_config:
        How the repair engine behaves (:class:`~newsmend.repair.RepairConfig`).
    max_bytes:
        Inputs longer than this (bytes, or characters for str) are cut to it and flagged ``truncated``.
    include_related:
        Keep related/latest-news link lists as ``Article.related`` (default on).
    charset:
        The charset of an HTTP ``Content-Type`` header, when known; it outranks the page's own declaration.
    """

    repair: bool = True
    repair_config: RepairConfig = field(default_factory=RepairConfig)
    max_bytes: int = DEFAULT_MAX_BYTES
    include_related: bool = True
    charset: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.max_bytes, int) or self.max_bytes <= 0:
            raise ConfigError(f"ExtractConfig.max_bytes must be a positive int; got {self.max_bytes!r}")
        if not isinstance(self.repair_config, RepairConfig):
            got = type(self.repair_config).__name__
            raise ConfigError(f"ExtractConfig.repair_config must be a RepairConfig; got {got}")


@dataclass(slots=True)
class _Doc:
    """The state passed between stages."""

    text: str = ""
    encoding: str | None = None
    flags: set[str] = field(default_factory=set)
    repairs: list[Fix] = field(default_factory=list)
    utf8: bytes | None = None  # ``text`` as UTF-8 bytes when decoding had them (:attr:`~newsmend.decode.Decoded.utf8`)


def _admit(data: object, config: ExtractConfig) -> tuple[bytes | str, set[str]]:
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, (bytes, str)):
        raise InputTypeError(f"extract() takes bytes or str, got {type(data).__name__}")
    flags: set[str] = set()
    if len(data) > config.max_bytes:
        data, flags = data[: config.max_bytes], {"truncated"}
    if not data.strip():
        raise EmptyInputError("extract() got an empty page (no bytes or only whitespace)")
    return data, flags


def _decode(data: bytes | str, config: ExtractConfig, doc: _Doc) -> None:
    if isinstance(data, str):
        doc.text = data
        return
    decoded = decode(data, declared=config.charset, max_bytes=config.max_bytes)
    doc.text, doc.encoding, doc.utf8 = decoded.text, decoded.encoding, decoded.utf8
    doc.flags |= decoded.flags


def _parse(doc: _Doc, url: str | None) -> Page:
    if "binary" in doc.flags:  # no text to cut into blocks: the article is absent (flag no-article)
        return Page(blocks=[], is_html=False, url=url)
    if looks_like_html(doc.text):
        return parse_html(doc.text, url, utf8=doc.utf8)
    return parse_text_page(doc.text, url)


def _spans(page: Page, selection: Selection) -> tuple[range, list[int]]:
    """The blocks worth repairing: the body, the headline and the context windows fields read around them; and
    the blocks of the headline lists after the body (``selection.lists``) outside that window, wherever they stand.

    Repairing only these (instead of every menu item, or every block between the article and a list far below
    it) keeps repair cost proportional to the article; the selection itself runs on unrepaired text (its
    punctuation test accepts ASCII marks next to Han).
    """
    lists = set(selection.lists or ())
    marks = [*selection.body, *(i for i in selection.roles if i not in lists)]
    marks += [selection.title] if selection.title is not None else []
    window = range(0)
    if marks:
        window = range(max(0, min(marks) - CONTEXT_BEFORE), min(len(page.blocks), max(marks) + 1 + CONTEXT_AFTER))
    return window, sorted(lists.difference(window))


def _repair_texts(texts: list[str], config: ExtractConfig) -> tuple[list[str], list[Fix], set[str]]:
    """Repair ``texts`` in one call (document context), one call per text if lines would merge or split or a fix
    would span two lines.

    Fix offsets are into the texts joined by newlines; each fix lies in one text, and each repaired text keeps its
    lines (one, except a ``pre`` block's).
    """
    result = repair("\n".join(texts), config.repair_config)
    lines = result.text.split("\n")
    shape = [text.count("\n") + 1 for text in texts]
    if len(lines) == sum(shape) and not any("\n" in fix.before for fix in result.fixes):
        rows = iter(lines)
        return ["\n".join(islice(rows, n)) for n in shape], list(result.fixes), set(result.flags)
    repaired: list[str] = []
    fixes: list[Fix] = []
    flags: set[str] = set()
    offset = 0
    for text in texts:
        one = repair(text, config.repair_config)
        kept = one.text.count("\n") == text.count("\n")
        repaired.append(one.text if kept else one.text.replace("\n", " "))
        fixes += _shifted(one.fixes, offset)
        flags |= one.flags
        offset += len(text) + 1
    return repaired, fixes, flags


def _shifted(fixes: Iterable[Fix], offset: int) -> list[Fix]:
    return [replace(f, start=f.start + offset, end=f.end + offset) for f in fixes]


def _repair(page: Page, selection: Selection, config: ExtractConfig, doc: _Doc) -> None:
    """Repair the article's blocks, then, when they were damaged, its headline lists' blocks (:func:`_spans`): a
    page damaged by a mirror or a wrong decoding is damaged throughout, while on a clean page (most pages) the
    lists' headlines, often in other scripts and languages, would only cost time. When the damage garbled the Han
    text (:data:`_GARBLED_HAN_FLAGS`), the unrepaired page showed no headline lists: the blocks the list search
    reads are repaired (its window, then what it reaches past it from the repaired window, not the rest of a long
    page) and the lists looked for again. Fix offsets are into all blocks joined by newlines (the documented
    ``Article.repairs`` frame)."""
    window, lists = _spans(page, selection)
    frame = list(accumulate((len(b.text) + 1 for b in page.blocks), initial=0))  # each block's offset, unrepaired
    fixes, flags = _repair_blocks(page, list(window), frame, config)
    if page.is_html and config.include_related and selection.body and flags & _GARBLED_HAN_FLAGS:
        end = selection.body[-1]
        more, also = _repair_outside(page, list(list_window(page.blocks, end)), window, frame, config)
        beyond, also_beyond = _repair_outside(page, list_reach_beyond(page.blocks, end), window, frame, config)
        fixes, flags = fixes + more + beyond, flags | also | also_beyond
        _set_lists(selection, list_items_after(page.blocks, end))
    elif fixes and selection.lists:
        more, also = _repair_blocks(page, lists, frame, config)
        fixes, flags = fixes + more, flags | also
        _repair_links(page, selection.lists, config)
    doc.repairs, doc.flags = fixes, doc.flags | flags


def _repair_outside(
    page: Page, span: list[int], window: range, frame: list[int], config: ExtractConfig
) -> tuple[list[Fix], set[str]]:
    """Repair the blocks ``span`` not in the article's ``window`` (repaired already) and the link texts of all of
    them (:func:`_repair_links`: a list item's title is its link's text)."""
    fixes, flags = _repair_blocks(page, [i for i in span if i not in window], frame, config)
    _repair_links(page, span, config)
    return fixes, flags


def _set_lists(selection: Selection, lists: list[int]) -> None:
    """The headline lists' blocks after the body, each outside it in the role ``related``."""
    selection.lists = lists
    chosen = set(selection.body)
    for i in lists:
        if i not in chosen:
            selection.roles.setdefault(i, "related")


def _repair_links(page: Page, span: list[int], config: ExtractConfig) -> None:
    """Repair the link texts of the blocks ``span`` like the blocks: a related item's title is its link's text.
    Their fixes are not recorded again: each lies in its block's text, whose fixes are."""
    links = [link for i in span for link in page.blocks[i].links]
    if links:
        repaired, _, _ = _repair_texts([link.text for link in links], config)
        for link, text in zip(links, repaired, strict=True):
            link.text = text


def _repair_blocks(page: Page, span: list[int], frame: list[int], config: ExtractConfig) -> tuple[list[Fix], set[str]]:
    """Repair the blocks ``span`` in one call (:func:`_repair_texts`); their fixes placed in the ``frame`` (each
    block's offset in the unrepaired blocks joined by newlines)."""
    if not span:
        return [], set()
    texts = [page.blocks[i].text for i in span]
    joined = list(accumulate((len(text) + 1 for text in texts), initial=0))
    repaired, fixes, flags = _repair_texts(texts, config)
    for i, text in zip(span, repaired, strict=True):
        page.blocks[i].text = text
    placed = []
    for fix in fixes:  # each lies in one text (_repair_texts): shift it to where that block stands in the frame
        k = bisect_right(joined, fix.start) - 1
        placed += _shifted([fix], frame[span[k]] - joined[k])
    return placed, flags


@dataclass(slots=True)
class _MetadataRepair:
    """Repairs the metadata texts fields take (title, metadata body) when they take them.

    Their fixes extend the ``Article.repairs`` frame: each group of texts (the chosen title; the lines of a body
    read from metadata), joined by newlines, follows the unrepaired blocks' text (and the groups before it) after
    a newline, so offsets stay unique and ``before`` is always found at them.
    """

    config: ExtractConfig
    frame_chars: int
    frame_empty: bool
    fixes: list[Fix] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)

    def __call__(self, texts: list[str]) -> list[str]:
        repaired, fixes, flags = _repair_texts(texts, self.config)
        base = 0 if self.frame_empty else self.frame_chars + 1
        self.fixes += _shifted(fixes, base)
        self.flags |= flags
        self.frame_chars, self.frame_empty = base + sum(len(t) + 1 for t in texts) - 1, False
        return repaired


def _select(page: Page, config: ExtractConfig) -> Selection:
    """Main content; on HTML pages also the headline lists after it (``lists``; role ``related`` outside the
    body) when ``include_related``."""
    if not page.is_html:
        return select_text_main(page)
    selection = select_main(page)
    wanted = config.include_related and selection.body
    _set_lists(selection, list_items_after(page.blocks, selection.body[-1]) if wanted else [])
    return selection


def _build(page: Page, selection: Selection, doc: _Doc, fix_texts: _MetadataRepair | None) -> Article:
    article = build_article(page, selection, doc.repairs, doc.flags, fix_texts)
    if fix_texts is not None:  # the metadata texts' fixes and flags came in while fields were read
        article.repairs += fix_texts.fixes
        article.flags = sorted(set(article.flags) | fix_texts.flags)
    return article


def extract(
    data: bytes | str, url: str | None = None, config: ExtractConfig | None = None, **options: object
) -> Article:
    """Extract the article of a raw page: the stages in the module docstring.

    ``data`` is the raw page as fetched (bytes; decoded here) or already-decoded text, HTML or plain text.
    ``options`` are shorthand for :class:`ExtractConfig` fields. Raises
    :class:`~newsmend.errors.InputTypeError` for other types and :class:`~newsmend.errors.EmptyInputError`
    for empty input; a page without an article gives an Article with ``body=None`` and the flag
    ``no-article``.
    """
    if config is None:
        config = make_config(ExtractConfig, options)
    elif options:
        raise InputTypeError("pass either an ExtractConfig or keyword options, not both")
    admitted, flags = _admit(data, config)
    doc = _Doc(flags=flags)
    _decode(admitted, config, doc)
    page = _parse(doc, url)
    page.encoding = doc.encoding
    page.flags |= doc.flags
    selection = _select(page, config)
    doc.flags |= selection.flags
    fix_texts = None
    if config.repair:
        frame_chars = sum(len(b.text) + 1 for b in page.blocks) - 1  # before repair: the frame is unrepaired text
        fix_texts = _MetadataRepair(config, frame_chars, not page.blocks)
        _repair(page, selection, config, doc)
    article = _build(page, selection, doc, fix_texts)
    article.encoding = doc.encoding
    if not config.include_related:
        article.related = []
    return article
