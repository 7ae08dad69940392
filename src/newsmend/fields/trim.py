"""The body before it is read: what the selection kept in the article's element that is not the article.

Chinese news pages set more in the article's element than the article: a box of other stories or of readers'
comments at its end, the outlet's promotion around it, another story's excerpt after the responsible editor's
line. Their lines are prose, so the selection keeps them; their titles and positions give them away.
:func:`trim_body` cuts them before any line is read for a field.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from newsmend.blocks import Block
from newsmend.content import HEADINGS, TABLE_CELLS, containers, element_kind, is_furniture, label_tag
from newsmend.content.paths import BYLINE_WORDS, class_tokens, element_label, in_named_element, named_kind
from newsmend.content.pruning import enumerates_links
from newsmend.content.values import LEAD_MAX_OFFSET
from newsmend.fields.lines import (
    CALL_TO_ACTION_MAX_CHARS,
    LIST_HEADING_MAX_CHARS,
    QUESTION_ENDS,
    agency_credit_values,
    clean,
    ends_sentence,
    holds_mark,
    is_call_to_action,
    is_caption,
    is_comment_heading,
    is_editor_line,
    is_list_heading,
    is_timestamp,
    is_tip_line,
    labelled_values,
)

#: Most of the body's characters a box titled like a story list may hold and still be a box of teasers (the
#: teaser box on the gne-zh pages holds 10%); a larger one is the page's own list (a Q&A page's "更多回答" holds
#: half of the thread: magic-html zh lost 0.013 without this bound). Comment boxes have no bound: a news page's
#: comments outweigh its article.
STORY_BOX_MAX_SHARE = 0.25
#: Least share of a line's characters inside template expressions (``{{ … }}``) for the line to be a template's
#: unrendered source: an app-shell page (Angular, Vue, Handlebars) served before its script filled it in shows
#: only these (trafilatura's lanouvellerepublique.fr test page: 100% of its two lines). On the 798 bench pages the
#: one body line holding ``{{`` is a forum post's code at 7%.
TEMPLATE_SOURCE_MIN_SHARE = 0.5
#: Most of the body's characters a form after the text may hold and still be furniture (a sign-up, a poll, a
#: rating widget, an answer box: 2-12% on the bench pages and goose3's okaymarketing page); a forum's form around
#: its replies holds 40% and more (magic-html forum-539e0253, forum-ebc78eae lost their answers without this bound).
FORM_MAX_SHARE = 0.25
#: Longest line of such a box at the body's end taken as the author's name and post; longer ones are a biography
#: in sentences, which the selection's furniture hints (``author-bio``) already weigh. Le Monde's line is 47
#: characters; 80 is the byline bound of the field readers.
AUTHOR_BOX_MAX_CHARS = 80
#: Class words naming the element that states a post's metadata, alone or closing a glued word: WordPress's
#: ``p.postmetadata`` (its classic theme's ``This entry was posted on … and is filed under …``), ``entry-meta``, a
#: German portal's ``div.newsArticleMeta``. Its lines say when, by whom and under what the text was filed, none of
#: the text. Not a word opening one: ``metabox`` names a box of any content.
_META_WORDS = ("meta", "metadata")
#: A line closing the body that is a label and links (MacRumors' ``div.linkback``: ``Related Roundup: <a>iPad Pro</a>``,
#: ``Filed under: <a>…</a>, <a>…</a>``) points elsewhere: navigation, not text. Its label is at most this many
#: characters and words before the colon (a label names a kind of link; a sentence's clause before a colon is
#: longer) ...
LINK_LABEL_MAX_CHARS, LINK_LABEL_MAX_WORDS = 30, 4
#: ... and its links cover at least this share of the characters after it (separators aside: commas, spaces).
LINK_LABEL_MIN_LINKED = 0.9
#: Elements whose timestamp alone is text: a heading (a live blog's entry), a table's cell, code.
_DATA_OR_HEADING_TAGS = HEADINGS | TABLE_CELLS | frozenset(("pre", "code"))
#: The newsroom's sign-off closing a text: the writer's and the editor's initials in brackets, lower case, parted by a
#: slash (``(vyp/kna)``, ``(hal/ara)``: an Indonesian portal's convention, sixty-second audit). No sentence of the
#: story; a lone agency's name (``(dpa)``) has no slash and stays.
_INITIALS_SIGNOFF_RE = re.compile(r"\(\s*[a-z]{2,4}(?:\s*/\s*[a-z]{2,4})+\s*\)")
#: A clock time alone (``16:48``, ``9:05 pm``): a live blog's entries each stand under one (a 2023 Roman daily's
#: ``<time>`` over each post, unseen-ml1). The colon is asked for: ``16.48`` may be a number of the text.
_CLOCK_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?")
#: Separators between the links of such a line.
_LINK_SEPARATORS_RE = re.compile(r"[\s,;|/·•]+")
#: Least share of the body's characters the article's text element holds (:func:`_without_appeal_box`): when the
#: paragraphs' parent holding the most holds less, the text sits in many wrappers (HuffPost's ``div.cli-text``, a
#: few paragraphs each) and the element holding them all is the text element.
TEXT_ELEMENT_SHARE = 0.5
#: Longest line read as a button: the appeal box asks for the money with one (``Jetzt spenden``), where a note closing
#: an article that welcomes donations in a sentence (netzpolitik.org's research credit, trafilatura-eval t0276) is
#: the article's own and has none.
BUTTON_MAX_CHARS = 30
#: Words of an appeal for money, in the languages of the dev pages: ``donate``, German ``Spende``/``spenden``,
#: French ``faire un don``, Spanish ``donación``, Italian ``donazione``, ``捐款``/``捐赠``, the plea for support
#: (``support us``, ``unterstützen Sie uns``, ``soutenez-nous``) and for a contribution (HuffPost's ``Contribute as
#: little as $2 to keep our news free for all.``, its box's only line of these words). A box of the article's text
#: element that closes the body and holds one (:func:`_without_appeal_box`) asks readers to pay for the journalism:
#: a German newsroom's ``Ihre Spende für unabhängigen Journalismus`` box with its ``Jetzt spenden`` button
#: (unseen-en5), a law blog's ``please <a>support</a> us so that we can … stay independent`` (twenty-first audit), no
#: class word naming it a donation box.
_APPEAL_RE = re.compile(
    r"\bdonat(?:e|es|ion|ions|ing)\b|\bspende\b|\bspenden\b|\bun don\b|\bdonaci[oó]n\b|\bdonazione\b|捐款|捐赠"
    r"|\bsupport us\b|\bunterstützen sie uns\b|\bsoutenez-nous\b|\bcontribute\b",
    re.I,
)
#: What every spelling of :data:`_APPEAL_RE` holds once lower-cased: ``捐``, ``don``, ``pende``, ``support``,
#: ``unterstütz``, ``soutenez`` or ``contribute`` (no other letter matches these under the pattern's case folding, as
#: ``ſ`` does ``s``). The pattern opens with ``\b`` and is tried at every position of the body's second half (0.4 ms
#: a page on the bench); this test (:func:`holds_mark`) runs at C speed.
_APPEAL_MARKS = ("捐", "don", "pende", "support", "unterstütz", "soutenez", "contribute")
#: Labels opening a note on how to cite the article (``SUGGESTED CITATION Steinbeis, Maximilian: The First Decade,
#: VerfBlog, 2019/7/13, https://…``: a 2019 law blog's appendix, twenty-first audit; ``Cite as:``, ``How to cite this
#: article``, German ``Zitiervorschlag``/``Zitierhinweis``, French ``Pour citer cet article``, Spanish ``Cómo
#: citar``): the page's reference to itself, closing the text as academic blogs and journals set it.
_CITATION_NOTE_RE = re.compile(
    r"(?:suggested citation|cite (?:as|this (?:article|post))|how to cite(?: this (?:article|post))?|zitiervorschlag"
    r"|zitierhinweis|(?:pour )?citer cet article|c[oó]mo citar)\b",
    re.I,
)
#: Fewest links after a label without a colon for the line to be a label and links (``Abgelegt unter <a>1337</a>,
#: <a>Coding</a>, <a>Spiele</a>``, a German blog's filing line): one link after a few words is a sentence's own.
UNMARKED_LABEL_MIN_LINKS = 2
#: Longest raw block text tested as a list or comment heading (those are at most LIST_HEADING_MAX_CHARS once
#: whitespace is collapsed; the raw text may hold runs of it).
HEADING_SCAN_MAX_CHARS = 4 * LIST_HEADING_MAX_CHARS


#: Fewest word characters (punctuation and spaces aside) of an excerpt opening the body that its text repeats
#: (:func:`_without_repeated_excerpt`): a sentence's worth, so that a short line the next one happens to open
#: with (a section heading run into its paragraph) is never taken for one. The regional travel portal's is 140.
EXCERPT_MIN_CHARS = 30
#: A short label opening an excerpt, bracketed or not, and its colon (``[导读]：``, ``摘要：``).
_EXCERPT_LABEL_RE = re.compile(r"^[\[［【(（]?\w{1,6}[\]］】)）]?\s*[:：]\s*")
#: What two copies of a text are compared by: their word characters, without the punctuation, quotes and spaces a
#: content system drops when it cuts an excerpt (``蒙茶仙子“春·采茶”活动`` as ``蒙茶仙子春采茶活动``).
_NON_WORD_RE = re.compile(r"[\W_]+")


def _without_repeated_excerpt(blocks: list[Block], body: list[int]) -> list[int]:
    """``body`` without its first line when the lines after it repeat that line's words from their start, or right
    after a dateline (within :data:`~newsmend.content.values.LEAD_MAX_OFFSET` characters): the content system's
    excerpt of the text set over it, cut short (``[导读]：春意盎然，…散发出淡`` in a table over a 2016 regional
    travel portal's story; a tech portal's ``摘要：`` over its first paragraph, the gne-zh csdn page) or a summary
    box repeating the lead without its dateline (a 2016 provincial channel of a national daily's site,
    ``table.summary`` over ``人民网重庆4月1日电 近日，…``: unseen-zh35), no text of its own. A label opening the
    excerpt (:data:`_EXCERPT_LABEL_RE`) is not compared. Whole lines copied from the start stay: a page that prints a
    paragraph twice (a test page's lorem ipsum, a caption repeated as a line) prints it so, and the labels keep
    both; so do lines labelled alike (a thread's ``1楼：`` and ``2楼：`` over one text), where no dateline stands
    before the copy."""
    if len(body) < 2:
        return body
    lead = _NON_WORD_RE.sub("", _EXCERPT_LABEL_RE.sub("", clean(blocks[body[0]].text)))
    if len(lead) < EXCERPT_MIN_CHARS:
        return body
    following, ends = "", set()
    for i in body[1:]:
        following += _NON_WORD_RE.sub("", clean(blocks[i].text))
        ends.add(len(following))
        if len(following) >= len(lead) + LEAD_MAX_OFFSET:
            break
    at = following.find(lead, 0, LEAD_MAX_OFFSET + len(lead))
    copied_whole = at == 0 and len(lead) in ends
    labelled_alike = at > 0 and _EXCERPT_LABEL_RE.match(clean(blocks[body[1]].text)) is not None  # a post's ``2楼：``
    return body[1:] if at >= 0 and not copied_whole and not labelled_alike else body


def _closed_by_editor(blocks: list[Block], body: list[int]) -> list[int]:
    """The body up to the responsible editor's line in its second half (``责任编辑：X`` closes a Chinese news
    article) or an agency's closing credits in brackets there (``(Reporting by X; Editing by Y)``:
    :func:`~newsmend.fields.lines.agency_credit_values`, closing an English agency's copy): what follows in the same
    element is another story's excerpt or the site's notes (the leads of a 2016 agency story's ``Next In Business
    News`` cards, seventy-seventh audit). The line itself stays, the credits as the text's last line and the
    editor's for the editor field, unless it names no one (a template's empty ``责任编辑：``)."""
    for pos in range(len(body) // 2, len(body)):
        text = blocks[body[pos]].text
        if is_editor_line(text):
            return body[: pos + 1] if labelled_values(text) else body[:pos]
        if agency_credit_values(text):
            return body[: pos + 1]
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
    opens no box) below the body's first line (not the article itself), whose items the title and that line do not
    stand in alike (a reply among replies: :func:`_alike_items`). Only lines that end no sentence may
    follow it (an article's own section titled ``最新进展`` is followed by more text). Such a title left last, over
    nothing (its list was never selected, or went with its box), goes too."""
    body = _without_furniture_box(blocks, _without_titled_box(blocks, body))
    while len(body) > 1 and _lists_title(blocks[body[-1]].text):
        body = body[:-1]
    return body


def _without_titled_box(blocks: list[Block], body: list[int]) -> list[int]:
    """The body without the first titled box of :func:`_without_story_box`."""
    under: dict[int, list[int]] | None = None  # built at the first title: most bodies have none
    for pos, i in enumerate(body[1:-1], start=1):
        if not _lists_title(blocks[i].text):
            continue
        under = under or _positions_under(blocks, body)
        comments = is_comment_heading(blocks[i].text)
        if comments and _leaves_text_element(blocks, body, pos, under):
            return body[:pos]
        box = _box(blocks, i, body[pos + 1], body[0])
        if box is None:
            continue
        held = under[box]
        lines, inside = body[pos:], [body[k] for k in held[bisect_left(held, pos) :]]
        kept = _box_lines(blocks, lines, inside) or _link_list(blocks, inside)
        if kept is None:
            continue
        share = sum(len(blocks[j].text) for j in kept) / sum(len(blocks[j].text) for j in body)
        if comments or share <= STORY_BOX_MAX_SHARE:
            return _without(body, kept)
    return body


def _positions_under(blocks: list[Block], body: list[int]) -> dict[int, list[int]]:
    """The positions in ``body`` of the lines under each element, in order: read once for all the titles of a body,
    not once per title (a fuzzed giant table of short cells, each read as a list title, was quadratic: 7 s for 451
    KB, over 30 s for 2 MB)."""
    under: dict[int, list[int]] = {}
    for pos, j in enumerate(body):
        for cid in containers(blocks[j]):
            under.setdefault(cid, []).append(pos)
    return under


def _without(body: list[int], lines: list[int]) -> list[int]:
    """``body`` without ``lines`` (a set: a box may hold thousands of a body's lines)."""
    dropped = set(lines)
    return [j for j in body if j not in dropped]


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
        if box is None or not is_furniture(element_label(blocks[title], box)):
            continue
        inside = _box_lines(blocks, after, [j for j in after if blocks[j].within(box)])
        if inside is not None:
            return _without(body, inside)
    return body


def _box(blocks: list[Block], title: int, following: int, first: int) -> int | None:
    """The box a list title opens: the lowest element holding the title's block and the line ``following`` it,
    unless that is the title's own element (a title run into the text by ``<br>`` opens no box), an element
    holding the body's ``first`` line (the article itself) or one whose items the title and that line stand in
    alike (:func:`_alike_items`)."""
    after = containers(blocks[following])
    box = next((c for c in reversed(containers(blocks[title])) if c in after), None)
    if box is None or box == blocks[title].container or blocks[first].within(box):
        return None
    return None if _alike_items(blocks[title], blocks[following], box) else box


def _alike_items(title: Block, following: Block, box: int) -> bool:
    """Whether ``title`` and the line ``following`` it stand in items of ``box`` of one named kind (a class or an
    id: ``li.comment-item``), as the replies of a thread do: the "title" is then one item's own text among its
    like (a reply reading ``不错，推荐了``, good, recommended: a Chinese forum's short replies name lists' words), no
    heading over the items. A box title stands in an element of its own kind (``h3``, ``div.hd``) over its items;
    bare tags (``p``, ``li``) are alike in any box and say nothing."""
    kinds = {element_kind(_item_label(block, box)) for block in (title, following)}
    return len(kinds) == 1 and named_kind(kinds.pop())


def _item_label(block: Block, box: int) -> str:
    """The path segment of the element right under ``box`` that holds ``block`` (its own when none is between)."""
    labels, held = block.path.split(">"), containers(block)
    return labels[min(held.index(box) + 1, len(labels) - 1)]


def _box_lines(blocks: list[Block], lines: list[int], inside: list[int]) -> list[int] | None:
    """The ``lines`` ``inside`` a box, when none of the others (lines after the box) ends a sentence: a section of
    the article's own is followed by more text. None otherwise."""
    held = set(inside)
    return None if any(ends_sentence(clean(blocks[j].text)) for j in lines if j not in held) else inside


def _link_list(blocks: list[Block], inside: list[int]) -> list[int] | None:
    """The lines ``inside`` a box when all but its title (the first) are links and nothing else
    (:data:`LINK_LABEL_MIN_LINKED` of their characters): a list of other stories' headlines, wherever it stands,
    text following it or not (``Verwandte Themen`` over three linked headlines in the picture box set before a
    German aviation site's story, unseen-en8). None otherwise."""
    items = inside[1:]
    linked = all(blocks[j].link_chars >= LINK_LABEL_MIN_LINKED * len(blocks[j].text) for j in items)
    return inside if items and linked else None


def _lists_title(text: str) -> bool:
    """A title over a list of other stories or of comments (the length test first: most body lines are long)."""
    return len(text) <= HEADING_SCAN_MAX_CHARS and (is_comment_heading(text) or is_list_heading(text))


def _leaves_text_element(blocks: list[Block], body: list[int], pos: int, under: dict[int, list[int]]) -> bool:
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
    held = under[element]
    if len(held) < 2 or held[-1] > pos:
        return False
    kind = element_kind(blocks[body[pos - 1]].path.split(">")[depth])
    return not any(kind in map(element_kind, blocks[j].path.split(">")[depth:]) for j in body[pos + 1 :])


def _is_post_timestamp(block: Block) -> bool:
    """A line that is a date and clock time alone (:func:`~newsmend.fields.lines.is_timestamp`), or a clock time
    alone (:data:`_CLOCK_RE`), in an element of its own: when a post or a comment was written (a thread's ``May
    13th, 2024, 04:53 pm`` over each reply, a forum's ``#2 · March 29, 2024, 11:07 am``, a live blog's ``16:48`` over
    each entry of the day), no text of it. Punctuated, the selection took it for prose. Not a heading (a live blog's
    time titles its entry), a table cell or code, whose timestamps are data."""
    if block.tag in _DATA_OR_HEADING_TAGS:
        return False
    return _CLOCK_RE.fullmatch(block.text.strip()) is not None or is_timestamp(block.text)


def _is_template_source(text: str) -> bool:
    """The line is mostly template expressions (:data:`TEMPLATE_SOURCE_MIN_SHARE`): a script never rendered it."""
    if "{{" not in text:
        return False
    return _template_chars(text) >= TEMPLATE_SOURCE_MIN_SHARE * len(text.strip())


def _template_chars(text: str) -> int:
    """The characters of ``text`` inside template expressions, each from a ``{{`` to the first ``}}`` after it. Found
    with ``str.find``: a regex search (``{{.*?}}``) rescanned the rest of the text from every ``{{`` no ``}}``
    follows, quadratic (a fuzzed table of 9 000 cells holding ``{`` took 13 s)."""
    total, start = 0, text.find("{{")
    while start >= 0:
        end = text.find("}}", start + 2)
        if end < 0:
            break
        total += end + 2 - start
        start = text.find("{{", end + 2)
    return total


def _without_forms(blocks: list[Block], body: list[int]) -> list[int]:
    """The body without the lines of a ``<form>`` in its second half that does not hold its first line and holds
    a small share of its text (:data:`FORM_MAX_SHARE`): a newsletter sign-up, a poll, a rating or comment form set
    inside the article's element after the text. A form around the whole page (ASP.NET sites) holds the first line
    too; a forum's form around its replies holds much of the text: both stay."""
    second_half = body[len(body) // 2 :]
    if not any("form" in blocks[i].path for i in second_half):  # most bodies hold no form: no paths split
        return body
    first = set(containers(blocks[body[0]]))
    by_form: dict[int, list[int]] = {}
    for i in second_half:
        labels = blocks[i].path.split(">")
        own = [c for c, label in zip(containers(blocks[i]), labels, strict=False) if label_tag(label) == "form"]
        outer = next((c for c in own if c not in first), None)
        if outer is not None:
            by_form.setdefault(outer, []).append(i)
    total = sum(len(blocks[i].text) for i in body)
    gone = {
        i
        for lines in by_form.values()
        if sum(len(blocks[i].text) for i in lines) <= FORM_MAX_SHARE * total
        for i in lines
    }
    return [i for i in body if i not in gone]


def _without_author_box(blocks: list[Block], body: list[int]) -> list[int]:
    """The body without its last lines when they stand in an element named for the author (:data:`BYLINE_WORDS`: Le
    Monde's ``section.author``, ``Cécile Ducourtieux (Bruxelles, bureau européen)``) below the element holding the
    body's first line, and are short lines that end no sentence: the name and post of the author presenting itself
    after the text. They leave the body and are read after it, as bylines are."""
    return _without_closing_box(blocks, body, _in_author_box)


def _without_meta_box(blocks: list[Block], body: list[int]) -> list[int]:
    """The body without its last lines when they stand in an element named for the post's metadata
    (:data:`_META_WORDS`) below the element holding the body's first line: a blog's closing ``p.postmetadata`` set
    inside its entry's element (``This entry was posted on Sunday, December 30th, 2012 at 3:00 pm and is filed under
    Personal, Technology.``, after the writer's blurb), a post's view counter (``Post Views: 22``), the date line
    under a news text. They leave the body and are read after it, as bylines are."""
    return _without_closing_box(blocks, body, _in_meta_box)


def _without_closing_box(blocks: list[Block], body: list[int], in_box: Callable[[Block, set[int]], bool]) -> list[int]:
    """The body without the run of its last lines that stand in a box closing it: ``in_box`` of the line and the
    containers of the body's first line (a box holding that line holds the text)."""
    first = set(containers(blocks[body[0]])) if body else set()
    return _without_closing(blocks, body, lambda block: in_box(block, first))


def _in_meta_box(block: Block, first: set[int]) -> bool:
    """The block stands in an element named for the post's metadata (a class word ending in one of
    :data:`_META_WORDS`) that does not hold ``first`` (the containers of the body's first line)."""
    return in_named_element(block, first, lambda label: any(word.endswith(_META_WORDS) for word in class_tokens(label)))


def _without_links_title(blocks: list[Block], body: list[int]) -> list[int]:
    """The body without its last lines while the last titles links the selection left out right after it, or asks
    what they answer: a short line ending no sentence (:func:`_titles_links`) or a short question
    (:func:`_asks_reader`) whose next line in the page, in the same element, is all link
    (:data:`LINK_LABEL_MIN_LINKED`). A home magazine's call for readers' projects closing a remodel's story in the
    text's element (``Have a remodel or a DIY project to share with us?<br><a>Submit it here!</a>``, seventy-third
    audit) kept its question once its link went. A portal's shopping promotion closing a partner's story
    (``省錢大作戰！超夯優惠等你GO`` over two product links, inside the text's element; unseen-zh10) kept its title as
    the text's last line once its links went. The links may be the text of the title's own parent (:func:`_parent_box`):
    a Taiwanese agency closes its text's element with a box of links per person tagged
    (``<div><div>林金富</div><a>…</a><a>…</a></div>``, two such boxes: unseen-zh11). A picture's caption among or
    after such titles stays, in its place: the same agency sets a picture with its caption after its boxes
    (``<div><span>戴克辛</span></div><a>…</a>…<div class=picinfo>…</div>``: unseen-zh19). The links may stand inside
    the line's own element, the sentence going on with them (:func:`_holds`, :func:`_runs_on`): a Q&A engine's notice
    under the answers (``Not the answer you're looking for? Browse other questions tagged <ul>…</ul> or …``); a line
    of marks alone after it (the notice's closing ``.``) goes with it."""
    end = len(body)
    captions: list[int] = []
    stops: list[int] = []  # lines of marks alone, which go with the title they close
    while end > 1 and body[end - 1] + 1 < len(blocks):
        title, after = blocks[body[end - 1]], blocks[body[end - 1] + 1]
        text = clean(title.text)
        if is_caption(text) or not any(c.isalnum() for c in text):
            (captions if is_caption(text) else stops).insert(0, body[end - 1])
            end -= 1
            continue
        within = _holds(title, after)
        titles = _titles_links(text) or _asks_reader(text) or (within and _runs_on(text))
        linked = bool(after.links) and after.link_density >= LINK_LABEL_MIN_LINKED
        together = within or after.parent == title.parent or _parent_box(title, after, blocks[body[end - 2]])
        if not (titles and linked and together):
            break
        body = body[: end - 1] + body[end:]
        end -= 1
        stops = []
    return sorted(body[:end] + stops + captions)


def _holds(title: Block, after: Block) -> bool:
    """``after`` stands inside ``title``'s own element: the line's words go on with it, as a sentence goes on with a
    list of links set in it (``Not the answer you're looking for? Browse other questions tagged <ul>…</ul> or <a>ask
    your own question</a>.``, a Q&A engine's notice under the answers)."""
    return title.container in after.ancestors


def _runs_on(text: str, max_chars: int = CALL_TO_ACTION_MAX_CHARS) -> bool:
    """A line of at most ``max_chars`` (:data:`~newsmend.fields.lines.CALL_TO_ACTION_MAX_CHARS` unless told) ending
    no sentence: its sentence goes on past it, as a title's words go on in what it titles (:func:`_titles_links`)."""
    return 0 < len(text) <= max_chars and not ends_sentence(text)


def _titles_links(text: str) -> bool:
    """A short line ending no sentence (at most :data:`LIST_HEADING_MAX_CHARS`), not a bracketed closing mark such
    as ``（完）``: a title over the links after it."""
    return _runs_on(text, LIST_HEADING_MAX_CHARS) and text[0] not in "（(【["


def _asks_reader(text: str) -> bool:
    """A short question (at most :data:`~newsmend.fields.lines.CALL_TO_ACTION_MAX_CHARS`): over a link it is a
    prompt that the link answers (``Have a remodel or a DIY project to share with us?`` over ``Submit it here!``).
    The line's own question, not one it quotes: ``Simak Video "Penyakit Jantung Penyakit Orang Tua?"`` over its
    video's link names the video by its title (an Indonesian portal's pointer, the sixty-second audit's guard)."""
    return 0 < len(text) <= CALL_TO_ACTION_MAX_CHARS and text.endswith(QUESTION_ENDS)


def _parent_box(title: Block, after: Block, before: Block) -> bool:
    """``after`` is the text of the element holding ``title``'s element (its ancestors are the title's without the
    last, its path the title's without its own tag), a box of its own: the body's line ``before`` the title is not
    inside it. A paragraph over its text element's own closing link (a source credit, ``FMW/Bloomberg``, over
    ``Kommentare lesen``: trafilatura-eval t0863) shares that element with the paragraphs above it and stays."""
    if not title.ancestors or after.ancestors != title.ancestors[:-1]:
        return False
    return after.path == title.path.rsplit(">", 1)[0] and before.ancestors[: len(title.ancestors)] != title.ancestors


def _signs_off(text: str) -> bool:
    """The line is the newsroom's initials sign-off alone (:data:`_INITIALS_SIGNOFF_RE`)."""
    return _INITIALS_SIGNOFF_RE.fullmatch(clean(text)) is not None


def _without_closing(blocks: list[Block], body: list[int], leaves: Callable[[Block], bool]) -> list[int]:
    """The body without the run of its last lines (never its first line) for which ``leaves`` holds."""
    end = len(body)
    while end > 1 and leaves(blocks[body[end - 1]]):
        end -= 1
    return body[:end]


def _in_author_box(block: Block, first: set[int]) -> bool:
    """The block is a short line ending no sentence (:data:`AUTHOR_BOX_MAX_CHARS`) in an element named for the
    author that does not hold ``first`` (the containers of the body's first line)."""
    text = clean(block.text)
    if not text or len(text) > AUTHOR_BOX_MAX_CHARS or ends_sentence(text):
        return False
    return in_named_element(block, first, lambda label: not BYLINE_WORDS.isdisjoint(class_tokens(label)))


def _without_appeal_box(blocks: list[Block], body: list[int]) -> list[int]:
    """The body without a box closing it inside the article's text element (the element whose children hold the most
    of its characters or, when they hold less than :data:`TEXT_ELEMENT_SHARE`, :func:`_holding_most`) when a line of
    the box appeals for money (:data:`_APPEAL_RE`), the box holds at most :data:`FORM_MAX_SHARE` of the body's
    characters and something to click to pay (:func:`_calls_to_pay`): the box is the text element's child holding the
    body's last line, and it holds only a closing run of the body's lines (paragraphs after it would make it part of
    the text)."""
    if len(body) < 2 or not any(_appeals(blocks[i].text) for i in body[len(body) // 2 :]):
        return body  # most bodies close with no appeal: no element counted
    mass: dict[int, int] = {}
    for i in body:  # by the element holding each line's own element (a paragraph's parent)
        parent = containers(blocks[i])[-2:][0]
        mass[parent] = mass.get(parent, 0) + len(blocks[i].text)
    text_element = max(mass, key=mass.__getitem__)
    total = sum(len(blocks[i].text) for i in body)
    if mass[text_element] < TEXT_ELEMENT_SHARE * total:  # the text set in many wrappers: the element holding them
        text_element = _holding_most(blocks, body, total)
    chain = containers(blocks[body[-1]])
    if text_element not in chain[:-1]:
        return body
    box = chain[chain.index(text_element) + 1]
    start = len(body)
    while start > 1 and blocks[body[start - 1]].within(box):
        start -= 1
    run = body[start:]
    if any(blocks[i].within(box) for i in body[:start]) or not any(_appeals(blocks[i].text) for i in run):
        return body
    if sum(len(blocks[i].text) for i in run) > FORM_MAX_SHARE * total:
        return body
    return body[:start] if any(b.within(box) and _calls_to_pay(b) for b in blocks) else body


def _holding_most(blocks: list[Block], body: list[int], total: int) -> int:
    """The innermost element holding :data:`TEXT_ELEMENT_SHARE` of the body's characters (``total``), a line's own
    element aside: the article's text element when its paragraphs sit in wrappers of a few each."""
    mass: dict[int, int] = {}
    depth: dict[int, int] = {}
    for i in body:
        for level, cid in enumerate(containers(blocks[i])[:-1]):
            mass[cid] = mass.get(cid, 0) + len(blocks[i].text)
            depth[cid] = level
    return max((cid for cid in mass if mass[cid] >= TEXT_ELEMENT_SHARE * total), key=depth.__getitem__)


def _appeals(text: str) -> bool:
    """``text`` appeals for money (:data:`_APPEAL_RE`), tested first for what the pattern needs."""
    return holds_mark(text, _APPEAL_MARKS) and bool(_APPEAL_RE.search(text))


def _calls_to_pay(block: Block) -> bool:
    """What the reader clicks to pay: a button (:func:`_is_button`), or the appeal's own words linked in its
    sentence (``please <a>support</a> us``); a sentence that welcomes donations links none of its appeal."""
    if _is_button(block):
        return True
    if not block.links or not _appeals(block.text):
        return False
    spans = [m.span() for m in _APPEAL_RE.finditer(block.text)]
    starts = [block.text.find(link.text) for link in block.links if link.text.strip()]
    return any(begin <= at < end for at in starts if at >= 0 for begin, end in spans)


def _is_button(block: Block) -> bool:
    """A short line that is all link (:data:`BUTTON_MAX_CHARS`): a button (``Jetzt spenden``, ``Donate now``)."""
    text = clean(block.text)
    return bool(block.links) and 0 < len(text) <= BUTTON_MAX_CHARS and block.link_chars >= len(block.text)


def _without_citation_note(blocks: list[Block], body: list[int]) -> list[int]:
    """The body without the notes on how to cite it closing it (:data:`_CITATION_NOTE_RE`): metadata set as a line,
    no text of the article."""
    return _without_closing(blocks, body, lambda block: bool(_CITATION_NOTE_RE.match(clean(block.text))))


def _without_link_labels(blocks: list[Block], body: list[int]) -> list[int]:
    """The body without the labelled link lines closing it (:data:`LINK_LABEL_MAX_CHARS`): ``Related Roundup: iPad
    Pro`` after the last paragraph names a page to go to. Lines after the body are still read for fields (a
    ``Source: <a>X</a>`` line gives its source there)."""
    return _without_closing(blocks, body, _is_link_label_line)


def _label_split(block: Block, text: str) -> tuple[str, str] | None:
    """The line's label and what follows it: the words before its colon, or, with none, those before its first link
    when it has several (``| Abgelegt unter <a>1337</a>, <a>Coding</a>``: the separators around the label go). None
    for an address's colon (``http://…``) or a line with no such label."""
    label, colon, value = text.partition(":")
    if colon:
        return None if value.startswith("//") else (label, value)
    first = clean(block.links[0].text)
    at = text.find(first) if first and len(block.links) >= UNMARKED_LABEL_MIN_LINKS else -1
    label = _LINK_SEPARATORS_RE.sub(" ", text[:at]).strip() if at > 0 else ""
    return (label, text[at:]) if any(c.isalpha() for c in label) else None


def is_short_label(label: str) -> bool:
    """A label's words before its colon, short enough to name links (:data:`LINK_LABEL_MAX_CHARS`,
    :data:`LINK_LABEL_MAX_WORDS`): ``Related Roundup``, ``Lesen Sie auch``."""
    return len(label) <= LINK_LABEL_MAX_CHARS and len(label.split()) <= LINK_LABEL_MAX_WORDS


def _is_link_label_line(block: Block) -> bool:
    """``Label: <a>x</a>, <a>y</a>``: a short label, a colon and links covering what follows it; without the colon,
    a short label before two links or more (:data:`UNMARKED_LABEL_MIN_LINKS`), unless the line is a sentence naming
    its links as a list's items (:func:`~newsmend.content.pruning.enumerates_links`:
    ``販売ショップは<a>…</a>、<a>…</a>。`` names the shops selling a product)."""
    if not block.links or enumerates_links(block):
        return False
    split = _label_split(block, clean(block.text))
    if split is None or not is_short_label(split[0]):
        return False
    rest = _LINK_SEPARATORS_RE.sub("", split[1])
    linked = sum(len(_LINK_SEPARATORS_RE.sub("", link.text)) for link in block.links)
    return bool(rest) and linked >= LINK_LABEL_MIN_LINKED * len(rest)


def trim_body(blocks: list[Block], body: list[int]) -> list[int]:
    """The selected ``body``, cut in this order: without lines of unrendered template source
    (:func:`_is_template_source`) and posts' timestamps (:func:`_is_post_timestamp`); without an excerpt of the text set
    over it (:func:`_without_repeated_excerpt`); without a form after the text (:func:`_without_forms`); then without
    what closes it: the note on how to cite it (:func:`_without_citation_note`), a box appealing for money
    (:func:`_without_appeal_box`), the author's box (:func:`_without_author_box`), the post's metadata
    (:func:`_without_meta_box`), the labelled link lines, a colon after the label or not (:func:`_without_link_labels`),
    the outlet's tip line (:func:`~newsmend.fields.lines.is_tip_line`) or its initials sign-off (:func:`_signs_off`:
    ``(vyp/kna)``) and a title, a question or a sentence running on into links over links left out after it
    (:func:`_without_links_title`); last, without a box of other stories or comments at its end
    (:func:`_without_story_box`), the outlet's promotion (:func:`_without_promotion`) and what follows the responsible
    editor's line or an agency's closing credits (:func:`_closed_by_editor`)."""
    lines = [i for i in body if not _is_template_source(blocks[i].text) and not _is_post_timestamp(blocks[i])]
    lines = _without_repeated_excerpt(blocks, lines)
    body = _without_appeal_box(blocks, _without_citation_note(blocks, _without_forms(blocks, lines)))
    body = _without_link_labels(blocks, _without_meta_box(blocks, _without_author_box(blocks, body)))
    body = _without_closing(blocks, body, lambda block: is_tip_line(block.text) or _signs_off(block.text))
    body = _without_links_title(blocks, body)
    return _closed_by_editor(blocks, _without_promotion(blocks, _without_story_box(blocks, body)))
