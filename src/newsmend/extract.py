"""Article extraction: raw page (bytes or str, HTML or plain text) → :class:`~newsmend.article.Article`.

The stages, in order (one function each below):
  1. ``_admit``      -- check the input type, refuse empty input, cut pages beyond ``max_bytes`` (flag
                        ``truncated``) so that time and memory stay bounded;
  2. ``_decode``     -- bytes → text (:mod:`newsmend.decode`, never raises; str input is taken as is);
  3. ``_parse``      -- HTML or plain text (detected by :func:`newsmend.html.looks_like_html`) → a Page of
                        blocks;
  4. ``_select``     -- main content (:func:`newsmend.content.select_main` for HTML, the text-page selector
                        for plain text), on the unrepaired blocks;
  5. ``_repair``     -- the repair engine on the body and the blocks around it joined by newlines (one call:
                        document context), split back; per-block repair if a repair changes the line count;
  6. ``_build``      -- fields (title, byline, date, ...) and the Article (:mod:`newsmend.fields`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from newsmend.article import Article
from newsmend.blocks import Page
from newsmend.content import Selection, select_main
from newsmend.decode import decode
from newsmend.errors import ConfigError, EmptyInputError, InputTypeError
from newsmend.fields import build_article
from newsmend.fields.build import CONTEXT_AFTER, CONTEXT_BEFORE
from newsmend.fields.related import list_items_after
from newsmend.html import looks_like_html, parse_html
from newsmend.options import make_config
from newsmend.repair import RepairConfig, repair
from newsmend.repair.trail import Fix
from newsmend.textpage import parse_text_page, select_text_main

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
    decoded = decode(data, declared=config.charset)
    doc.text, doc.encoding = decoded.text, decoded.encoding
    doc.flags |= decoded.flags


def _parse(doc: _Doc, url: str | None) -> Page:
    if looks_like_html(doc.text):
        return parse_html(doc.text, url)
    return parse_text_page(doc.text, url)


def _span(page: Page, selection: Selection) -> range:
    """The blocks worth repairing: the body, the headline and the context windows fields read around it.

    Repairing only these (instead of every menu item) keeps repair cost proportional to the article; the
    selection itself runs on unrepaired text (its punctuation test accepts ASCII marks next to Han).
    """
    marks = [*selection.body, *selection.roles, *([selection.title] if selection.title is not None else [])]
    if not marks:
        return range(0)
    first = max(0, min(marks) - CONTEXT_BEFORE)
    return range(first, min(len(page.blocks), max(marks) + 1 + CONTEXT_AFTER))


def _repair(page: Page, span: range, config: ExtractConfig, doc: _Doc) -> None:
    """Repair the blocks of ``span`` in one call (document context); one call per block if lines would merge
    or split. Fix offsets are into all blocks joined by newlines (the documented ``Article.repairs`` frame).
    """
    if not span:
        return
    texts = [page.blocks[i].text for i in span]
    base = sum(len(b.text) + 1 for b in page.blocks[: span.start])
    result = repair("\n".join(texts), config.repair_config)
    lines = result.text.split("\n")
    if len(lines) == len(texts):
        repaired, flags = lines, set(result.flags)
        fixes = [replace(f, start=f.start + base, end=f.end + base) for f in result.fixes]
    else:
        repaired, fixes, flags, offset = [], [], set(), base
        for text in texts:
            one = repair(text, config.repair_config)
            repaired.append(one.text.replace("\n", " "))
            fixes += [replace(f, start=f.start + offset, end=f.end + offset) for f in one.fixes]
            flags |= one.flags
            offset += len(text) + 1
    for i, text in zip(span, repaired, strict=True):
        page.blocks[i].text = text
    doc.repairs, doc.flags = fixes, doc.flags | flags


def _select(page: Page, config: ExtractConfig) -> Selection:
    """Main content; on HTML pages also the headline lists after it (role ``related``) when
    ``include_related``."""
    if not page.is_html:
        return select_text_main(page)
    selection = select_main(page)
    if config.include_related and selection.body:
        chosen = set(selection.body)
        for i in list_items_after(page.blocks, selection.body[-1]):
            if i not in chosen:
                selection.roles.setdefault(i, "related")
    return selection


def _build(page: Page, selection: Selection, doc: _Doc) -> Article:
    return build_article(page, selection, doc.repairs, doc.flags)


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
    if config.repair:
        _repair(page, _span(page, selection), config, doc)
    article = _build(page, selection, doc)
    article.encoding = doc.encoding
    if not config.include_related:
        article.related = []
    return article
