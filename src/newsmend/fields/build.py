"""From a Page and its Selection to an Article: every field, and a body free of field lines.

Stages:

1. **Body**: the selected blocks become paragraphs, except the lines that are fields in disguise (bylines,
   labelled meta lines, editor lines, copyright notices), which move to their fields. Photo captions are all
   listed as captions, each once (but a caption's label alone: ``Photo``, ``圖像加註文字，``, a shortened copy
   of another, ``… during...``, and one another repeats with its credit in brackets after it); those the markup
   sets apart (``<figcaption>``, a caption class, a caption-shaped line in a ``<figure>``) leave the body, those
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
   script come from the body's characters. Relative links resolve against the page's ``<base href>`` where it
   gives one (:func:`_links_base`), as a browser resolves them.

Stages 1 to 3 are modules; this one runs them, and does stage 4 itself:
  ``trim``      the body without the boxes, promotion and trailing excerpts the selection kept in the article.
  ``evidence``  stages 1 and 2: the body's paragraphs and the field lines in and around it.
  ``readers``   stage 3: title, authors, date, source, editor and the headline lists, each from its evidence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsmend.article import Article
from newsmend.blocks import Block, Page
from newsmend.content import HEADINGS, Selection
from newsmend.fields.evidence import FixTexts, gather, read_metadata_body
from newsmend.fields.language import detect_language
from newsmend.fields.readers import (
    TITLE_META_KEYS,
    list_blocks,
    read_author_email,
    read_authors,
    read_credited_source,
    read_date,
    read_editor,
    read_meta_source,
    read_title,
    unique,
    without_named_tail,
)
from newsmend.fields.related import cut_short, related_links, resolve_href, story_links_between, whole_title
from newsmend.fields.title import norm, site_names, split_address
from newsmend.fields.trim import trim_body
from newsmend.repair.trail import Fix

#: Body lines, from its start, searched for a display headline (:func:`_without_display_headline`): the headline
#: stands first, after a kicker or a breadcrumb line at most.
HEADLINE_COPY_LINES = 2
#: What a caption's credited copy adds after it: the credit in brackets (``… on Dec. 14, 2015. (Luis Sinco / Los
#: Angeles Times)``), of at most 80 characters (an agency and two photographers' names).
_CREDIT_AFTER_RE = re.compile(r"\s*[(（][^()（）]{1,80}[)）]\s*")
LANG_META_KEYS = ("html:lang", "content-language", "og:locale", "language", "dc.language", "ld:inlanguage")


def build_article(
    page: Page, selection: Selection, repairs: list[Fix], flags: set[str], fix_texts: FixTexts | None = None
) -> Article:
    """The Article of ``page`` given the blocks ``selection`` chose as its body.

    ``fix_texts`` repairs the metadata texts a field takes (the chosen title, a body read from metadata); without
    it they are kept as the page states them.
    """
    blocks = page.blocks
    body = sorted(i for i in selection.body if 0 <= i < len(blocks))
    body = trim_body(blocks, body)
    page = replace(page, meta=_split_keys(page.meta))
    url = page.url or _own_address(page.meta)  # the page's own address: it dates and resolves links too
    base = _links_base(page.meta, url)  # what relative links resolve against
    sites = site_names(page.meta, url)
    title = read_title(page, selection, body, sites)
    if title is not None and fix_texts is not None:
        title = fix_texts([title])[0]
    body = _without_display_headline(blocks, body, page.meta, title)
    found = gather(page, selection, body, title, sites)
    all_flags = set(flags) | page.flags | selection.flags
    if not found.paragraphs:
        read_metadata_body(page.meta, found, title, fix_texts)
        all_flags |= {"body-from-metadata"} if found.paragraphs else set()
    credited = read_credited_source(found)
    source = credited or read_meta_source(page.meta, title)
    title = without_named_tail(title, source, found.copyrights)
    # The title is the article's text too: a Chinese question quoting a stack trace is mostly Latin letters in its
    # body, its title tells (magic-html forum-df28ea9a, gne-zh wechat-2's Python tip: both were read as English).
    text = "\n".join(filter(None, [title, *found.paragraphs])) if found.paragraphs else _text_of(page)
    language, script = detect_language(text, _first(page.meta, LANG_META_KEYS))
    if found.paragraphs:
        all_flags.discard("no-article")
    else:
        all_flags.add("no-article")
    # the outlet (the sites, the source) is no one, nor the column the headline opens with
    authors = read_authors(page.meta, found, [*sites, *filter(None, [source])], credited, language, title)
    return Article(
        title=title,
        author=authors,
        author_email=read_author_email(page.meta, found, authors),
        source=source,
        date=read_date(page.meta, url, found, language),
        paragraphs=found.paragraphs,
        captions=_captions(found.captions),
        copyright=found.copyrights[0] if found.copyrights else None,
        disclaimer=found.disclaimers[0] if found.disclaimers else None,
        editor=read_editor(found),
        language=language,
        script=script,
        url=url,
        related=related_links(
            _listed(blocks, _related(page, selection, body, base), repairs, fix_texts), base, title, url
        ),
        repairs=list(repairs),
        flags=sorted(all_flags),
        encoding=page.encoding,
    )


def _without_display_headline(
    blocks: list[Block], body: list[int], meta: dict[str, str], title: str | None
) -> list[int]:
    """The body without a heading among its first :data:`HEADLINE_COPY_LINES` lines that the page's metadata gives
    as its title (``og:title``, ``twitter:title``…) while the title chosen is another headline: the display headline
    set in the article's header (Spektrum's ``header>h2`` of kicker and title under a breadcrumb's ``h1``), not its
    text. A copy of the chosen title the field readers drop themselves (and read no byline in it)."""
    titles = {norm(meta[key]) for key in TITLE_META_KEYS if meta.get(key)} - {"", norm(title or "")}
    if not titles:
        return body
    head = body[:HEADLINE_COPY_LINES]
    copies = {i for i in head if blocks[i].tag in HEADINGS and norm(blocks[i].text) in titles}
    return [i for i in body if i not in copies] if copies else body


def _own_address(meta: dict[str, str]) -> str | None:
    """The address the page states as its own: its ``og:url``, unless that is its site's front page (no path)
    while its canonical link names a page of the same site. A news site's template filled ``og:url`` with the
    site's root on every story, the canonical link kept the story's address: the root is no story's address.
    An ``og:url`` without its scheme (``www.sohu.com/a/749607511_121846184``, a portal's template on every
    story, unseen-zh29) is no address either: the canonical link of the same host, which has one, is. A page that
    states no ``og:url`` names itself by its canonical link, when that is a full address (a blog platform's post
    whose ``<title>`` ends with the site, ``…-CSDN博客``, known as the site's by the address's domain: seventy-fifth
    audit), and so does one whose ``og:url`` names nothing (:func:`~newsmend.fields.title.split_address`: an
    address that does not parse, or one of a fragment or query mark alone)."""
    canonical = meta.get("link:canonical") or ""
    own = split_address(canonical)
    stated = meta.get("og:url") or ""
    given = split_address(stated)
    if not any(given):  # no og:url, or one that does not parse (``http://[www.example.com/a``)
        return canonical if own.scheme else None
    if not given.scheme:
        host = split_address("//" + stated.lstrip("/")).netloc
        return canonical if own.scheme and own.netloc == host else stated
    if given.path.strip("/"):
        return stated
    return canonical if own.path.strip("/") and own.netloc == given.netloc else stated


def _links_base(meta: dict[str, str], url: str | None) -> str | None:
    """The address the page's relative links resolve against: its ``<base href>`` (itself resolved against the
    page's own address, HTML's document base URL), else that address. A daily's pages set ``<base
    href="https://host/htm/">`` above ``../pns/…`` links: against the article's address they named no page."""
    return resolve_href(url, meta.get("html:base") or "") or url


def _related(page: Page, selection: Selection, body: list[int], url: str | None) -> list[int]:
    """The blocks related items are read from, in page order: the headline links set between the body's lines
    (:func:`story_links_between`) and the headline lists after it (:func:`list_blocks`)."""
    between = story_links_between(page.blocks, body, url) if page.is_html else []
    lists = list_blocks(page, selection, body)
    return sorted({*between, *lists}) if between else lists


def _captions(captions: list[str]) -> list[str]:
    """The captions, each once in the order first seen, less the shortened copies of others (:func:`~newsmend.
    fields.related.whole_title`): a script shows a caption's first words and an ellipsis until clicked (a 2014
    business news site's lead picture, ``… during...`` before the caption whole: unseen-en26); and less those
    another repeats with its credit after it (:func:`_credited_copy`): a 2016 local story's lead picture prints
    its caption, then the caption and credit together, for the lightbox (eighty-fifth audit)."""
    listed = unique(captions)
    return [
        c
        for c in listed
        if not any(other != c and (whole_title(c, other) or _credited_copy(c, other)) for other in listed)
    ]


def _credited_copy(caption: str, other: str) -> bool:
    """Whether ``other`` is ``caption`` with a credit in brackets after it (:data:`_CREDIT_AFTER_RE`)."""
    return other.startswith(caption) and _CREDIT_AFTER_RE.fullmatch(other, len(caption)) is not None


def _listed(blocks: list[Block], lists: list[int], repairs: list[Fix], fix_texts: FixTexts | None) -> list[Block]:
    """The headline lists' blocks, the title attributes of their cut-short links (:func:`cut_short`) repaired like
    their texts when the page's text needed repair (a page read in the wrong charset): such a title gives the
    related item its whole headline."""
    listed = [blocks[i] for i in lists]
    if repairs and fix_texts is not None:
        links = [link for block in listed for link in block.links if link.title and cut_short(link.text)]
        for link, fixed in zip(links, fix_texts([link.title for link in links]) if links else [], strict=True):
            link.title = fixed
    return listed


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
