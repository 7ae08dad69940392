"""Plain-text pages: lines in, a Page of line blocks and the choice of which lines are the article.

Crawled text keeps a page's reading order but loses its markup: the headline, byline, paragraphs, captions,
copyright notice, editor line and the site's headline lists all arrive as lines. The article is found the
way a reader finds it: the longest stretch of prose lines, with the captions and subheadings inside it.

Stages of :func:`select_text_main`:

1. **Shape** every line (:mod:`newsmend.fields.lines`): prose, separator, byline or meta line, editor,
   copyright, caption, headline-list timestamp, comment strip, list heading.
2. **Lists**: a line followed by a ``date time channel`` line is a list headline (when the page has
   :data:`MIN_TIMESTAMPED_ITEMS` of them), and the short lines after a list heading are list items.
3. **Body**: the stretch with the highest score, prose counting its length and everything else a penalty
   (maximum-sum subarray).
4. **Title**: the nearest headline-shaped line above the body, looking past bylines and datelines.
5. **Roles** for the remaining lines: byline, editor, copyright, caption, related, comment, boilerplate.

>>> page = parse_text_page("标题在这里\\n-\\n第一段正文，内容很长很长很长很长很长很长很长很长。", None)
>>> [b.text for b in page.blocks]
['标题在这里', '-', '第一段正文，内容很长很长很长很长很长很长很长很长。']
>>> select_text_main(page).body, select_text_main(page).title
([2], 0)
"""

from __future__ import annotations

import re

from newsmend.blocks import Block, Page
from newsmend.content import Selection
from newsmend.errors import InputTypeError
from newsmend.fields import lines as shape

#: A line at least this long with :data:`PROSE_MIN_CLAUSES` clause marks is prose even without final
#: punctuation (cut lines). Length alone is not enough: a headline inflated by inline ``(pinyin)`` annotations
#: (the mirror damage, selection runs before repair) passes 40 characters.
PROSE_MIN_CHARS = 40
PROSE_MIN_CLAUSES = 2
CLAUSE_MARKS = "，,、；;。："
#: Prose lines shorter than this count as short lines (a one-word exclamation is not a paragraph).
PROSE_SHORT_CHARS = 8
#: Score of a short non-prose line inside the body (a subheading costs little, a run of menu items a lot).
SHORT_LINE_COST = 12
#: Score of list material (timestamps, list headlines, comment strips, list headings): the body never
#: spans a headline list. Larger than any paragraph a list item could pass for (calibrated on the seed's
#: related list: headlines of 10-40 characters).
LIST_COST = 200
#: Timestamped headline lines needed before ``headline / date time channel`` pairs are read as a list.
MIN_TIMESTAMPED_ITEMS = 2
#: Lines above the body searched for the headline.
TITLE_LOOKBACK = 6
#: Longest headline, in characters.
TITLE_MAX_CHARS = 100
#: Shortest headline, in characters.
TITLE_MIN_CHARS = 4

#: An inline pinyin annotation after a Han character (or the ``?`` a broken byte left), with tone marks.
_ANNOTATION_RE = re.compile(r"(?<=[\u3400-\u9fff?])\?*\([a-zü\u0101-\u01dc\u00e0-\u00fa]{1,7}\)\??")

#: Line kinds; the field kinds double as roles in the Selection (the names content selection uses too).
PROSE = "prose"
TIMESTAMP = "timestamp"
COMMENT = "comment"
RELATED = "related"
BYLINE = "byline"
EDITOR = "editor"
COPYRIGHT = "copyright"
CAPTION = "caption"
BOILERPLATE = "boilerplate"
SHORT = "short"
SEPARATOR = "separator"
LIST = "list"
#: Shape kinds that carry a field and keep it as the line's role.
FIELD_KINDS = (BYLINE, EDITOR, COPYRIGHT, CAPTION)
#: Kinds of the lines inside the body's span that are the article's text: a caption between paragraphs is
#: part of it, as on HTML pages where a caption written as a paragraph stays in place.
BODY_KINDS = (PROSE, SHORT, CAPTION)


def parse_text_page(text: str, url: str | None) -> Page:
    """One ``line`` block per non-empty line of ``text``, in order."""
    if not isinstance(text, str):
        got = type(text).__name__
        raise InputTypeError(f"parse_text_page() takes decoded text (str), got {got}; extract() accepts raw bytes")
    blocks = [Block(text=line.strip(), tag="line") for line in text.splitlines() if line.strip()]
    return Page(blocks=blocks, is_html=False, url=url)


def select_text_main(page: Page) -> Selection:
    """The article's lines of a plain-text page, its headline line and the roles of the other lines."""
    texts = [_shape_key(b.text) for b in page.blocks]
    kinds = [_shape(t) for t in texts]
    _mark_lists(texts, kinds)
    span = _best_span(texts, kinds)
    if span is None:
        return Selection(body=[], roles=_roles(kinds, None), flags={"no-article"})
    start, end = span
    body = [i for i in range(start, end + 1) if kinds[i] in BODY_KINDS]
    title = _title_line(texts, kinds, start)
    roles = _roles(kinds, title)
    return Selection(body=body, title=title, roles=roles)


def _shape_key(text: str) -> str:
    """The line as shapes are judged: without inline ``(pinyin)`` annotations, which mirror damage injects
    into words (``評(píng)論``) and which selection sees because it runs before repair."""
    return _ANNOTATION_RE.sub("", shape.clean(text))


def _shape(text: str) -> str:
    """Stage 1: the kind of one line, from its form alone."""
    if not text or shape.is_separator(text):
        return SEPARATOR
    if shape.time_list_entry(text):
        return TIMESTAMP
    if shape.is_comment_strip(text):
        return COMMENT
    if shape.is_copyright(text):
        return COPYRIGHT
    if shape.is_caption(text):
        return CAPTION
    values = shape.labelled_values(text)
    if any(v.field == EDITOR for v in values) and len(values) == 1:
        return EDITOR
    if shape.is_meta_line(text):
        return BYLINE
    if shape.is_list_heading(text):
        return LIST
    if len(text) >= PROSE_SHORT_CHARS and shape.ends_sentence(text):
        return PROSE
    if len(text) >= PROSE_MIN_CHARS and sum(text.count(c) for c in CLAUSE_MARKS) >= PROSE_MIN_CLAUSES:
        return PROSE
    return SHORT


def _mark_lists(texts: list[str], kinds: list[str]) -> None:
    """Stage 2: headline lines of timestamped lists and the items after list headings become ``related``."""
    stamps = [i for i, k in enumerate(kinds) if k == TIMESTAMP]
    first_prose = next((i for i, k in enumerate(kinds) if k == PROSE), len(kinds))
    for i in [i for i in stamps if i < first_prose and _next(kinds, i) == first_prose]:
        kinds[i] = BYLINE  # the stamp right above the first paragraph dates the article
        stamps.remove(i)
    if len(stamps) >= MIN_TIMESTAMPED_ITEMS:
        for i in stamps:
            kinds[i] = RELATED
            j = _previous(kinds, i)
            if j is not None and kinds[j] in (PROSE, SHORT):
                kinds[j] = RELATED
    else:
        for i in stamps:
            kinds[i] = BYLINE  # a lone ``date time`` line is the article's dateline
    in_list = False
    for i, text in enumerate(texts):
        if kinds[i] in (LIST, COMMENT):
            in_list = shape.opens_list(text)
        elif kinds[i] == SHORT and in_list:
            kinds[i] = RELATED
        elif kinds[i] not in (SEPARATOR, RELATED):
            in_list = False


def _next(kinds: list[str], i: int) -> int | None:
    j = i + 1
    while j < len(kinds) and kinds[j] in (SEPARATOR, BYLINE):
        j += 1
    return j if j < len(kinds) else None


def _previous(kinds: list[str], i: int) -> int | None:
    j = i - 1
    while j >= 0 and kinds[j] == SEPARATOR:
        j -= 1
    return j if j >= 0 else None


def _score(text: str, kind: str) -> float:
    if kind == PROSE:
        return float(len(text))
    if kind in (RELATED, COMMENT, LIST):
        return -float(LIST_COST)
    if kind == SHORT:
        return -float(SHORT_LINE_COST)
    return 0.0  # separators and field lines neither extend nor break the body


def _best_span(texts: list[str], kinds: list[str]) -> tuple[int, int] | None:
    """Stage 3: the maximum-sum run of lines (Kadane), trimmed to start and end on prose."""
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
        if total <= 0:
            total, start = 0.0, i
        total += _score(text, kind)
        if total > best and kind == PROSE:
            best, best_span = total, (start, i)
    if best_span is None:
        return None
    first = next(i for i in range(best_span[0], best_span[1] + 1) if kinds[i] == PROSE)
    return first, best_span[1]


def _title_line(texts: list[str], kinds: list[str], start: int) -> int | None:
    """Stage 4: the closest headline-shaped line above the body, past bylines, datelines and separators."""
    i, looked = start - 1, 0
    while i >= 0 and looked < TITLE_LOOKBACK:
        if kinds[i] in (SHORT, PROSE) and _headline_shaped(texts[i]):
            return i
        if kinds[i] not in (SEPARATOR, BYLINE, CAPTION):
            looked += 1
        i -= 1
    return None


def _headline_shaped(text: str) -> bool:
    core = text.rstrip(shape.CLOSERS)
    return TITLE_MIN_CHARS <= len(text) <= TITLE_MAX_CHARS and not (core and core[-1] in "。.，,；;：:")


def _roles(kinds: list[str], title: int | None) -> dict[int, str]:
    """Stage 5: roles of the lines that are not body (field lines keep theirs wherever they stand)."""
    roles: dict[int, str] = {}
    for i, kind in enumerate(kinds):
        if kind in FIELD_KINDS or kind in (RELATED, COMMENT):
            roles[i] = kind
        elif kind in (SEPARATOR, LIST):
            roles[i] = BOILERPLATE
    if title is not None:
        roles.pop(title, None)
    return roles
