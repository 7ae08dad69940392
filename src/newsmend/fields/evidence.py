"""Stages 1 and 2 of field extraction: read the body and the lines around it into one :class:`Evidence`.

The body's lines become paragraphs, except those that are fields in disguise (bylines, labelled meta lines, editor
lines, copyright notices; an e-mail address alone only near the body's ends), which move to their fields, and a
manuscript's byline opening the text (its writer's unit and name, the writer a labelled line already credits), which
goes; photo captions set apart by the markup (or by a box of the picture and the line alone) leave the body, those
written as running text (a caption mark, or the ``alt`` text of the picture right before the line repeated) stay, and
a line repeating its picture's ``alt`` text inside the link opening the picture's file is a caption around the body and
among the lines it left out too. The
frame's buttons and counters around the text leave it (a sub-head between two paragraphs of its element, or a heading or
paragraph opening the body over its element's next line, stays, as do the cells of a table row pairing a label with its
value), and so do headings closing the body over no text and pointers to other stories set inside a paragraph (``À LIRE
AUSSI`` and a linked headline) or closing it (a link inviting the reader on to the full story:
``>>>更多内容，点击阅读``, ``Read more``; one after the last sentence to the site's front page: ``返回搜狐，查看更多``).
The blocks just before and after the body (and those the selection gave a role or skipped among the body's first and
last lines) are read the same way, but for a teaser card above the headline (a block in an ``<article>`` element not
holding the headline), which is its own story's; the values labelled after the text's first paragraph are noted as
such (a credit there may be a reference the text closes with), and past the blocks after the body the post's own
element gives its footer's stamp; short lines before the body, under the headline and the one right above
it are also datelines; links to author pages (and, from under the headline to the text's first lines, to a member's page
whose handle the label spells) and blocks classed as bylines are credits (less their parts a bar sets apart that are a
date alone; with the members a board's signing line links after its "by"; none in a thread's next post), in the
headline's own header above it too, and so are the reporters, names and labelled staff (``（編輯：X）``, ``(Reporting by
X; Editing by Y)``) in the brackets closing the text, which stay in it. A copyright notice that is one link to another
site is that site's credit, no notice of the page; a notice that disclaims and states no rights
(``本文仅代表作者个人观点。``, ``免责声明：…``) is the page's disclaimer, apart from its notices of rights; with none of
these read around the text but in a side column, the page's footer states one, however far after the text, or else the
page's closing line; one that opens as a republication credit (``本文来自X，作者：Y，转载请注明…``) names the writer
too. A notice is kept as a person would copy it off its line, without the registration numbers, the menu, the links, the
newsroom's tip line, the footer's other sentences before it and the software's or theme's credit the line sets around it
(none when it is the credit's or a statistics counter's own); an editor's credit opening its line is the editor's. Every
field reader (:mod:`newsmend.fields.readers`) then weighs the same evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import takewhile

from newsmend.blocks import Block, Link, Page, common_length, goes_nowhere
from newsmend.caseless import Caseless
from newsmend.content import HEADINGS, TABLE_CELLS, Selection, containers, is_furniture, label_tag
from newsmend.content.paths import TABLE_PARTS, class_tokens, element_kind, element_label, in_reply_beside, label_tokens
from newsmend.content.pruning import is_ui_wording
from newsmend.content.values import DESCRIPTION_KEYS, PICTURE_EXTENSIONS
from newsmend.fields.dates import find_date
from newsmend.fields.lines import (
    BY_WORDS,
    CALL_TO_ACTION_MAX_CHARS,
    CAPTION_MAX_CHARS,
    COLONS,
    COPYRIGHT_MAX_CHARS,
    EMAIL_RE,
    LOWER_WORD_RE,
    LabelledValue,
    account_source,
    clean,
    closing_credit_values,
    editor_before,
    email_byline,
    ends_credited_sentence,
    ends_sentence,
    is_breadcrumb,
    is_caption,
    is_caption_label,
    is_comment_heading,
    is_copyright,
    is_credited_caption,
    is_disclaimer,
    is_list_heading,
    is_meta_line,
    is_separator,
    is_tip_line,
    labelled_values,
)
from newsmend.fields.people import (
    closing_name,
    closing_reporters,
    credit_line,
    credit_outlet,
    dateline_credit,
    dateline_reporters,
    glossed_name,
    is_job_title,
    own_column,
    republished_credit,
    spells_handle,
    split_names,
    tidy_source,
)
from newsmend.fields.title import (
    HEADING_COVER_MIN,
    address_labels,
    is_site,
    kicker_then_headline,
    names_own_site,
    norm,
    opens_with_site,
    registered_domain,
    split_address,
)
from newsmend.html import looks_like_html, parse_html
from newsmend.html.meta import AUTHOR_HREFS_KEY
from newsmend.html.parse import PICTURE_TEXT

#: The label a republication credit's outlet is recorded under (``本文来自X``); read against the site's names.
REPUBLISHED_LABEL = "本文来自"
#: Blocks before the body searched for byline and dateline (they sit within a few blocks of the headline).
CONTEXT_BEFORE = 12
#: Blocks after the body searched for editor, copyright and source lines.
CONTEXT_AFTER = 12
#: Words of a path segment that place a block in the page's footer (``<footer>``, ``div#footer``,
#: ``div.site-footer``, the short ``div.foot`` of a 2007-2012 portal's template: forty-fifth audit) or its notice's
#: own box (a tabloid's ``p#copyright``, a magazine's ``div#copyright`` under its partner feeds: thirty-sixth
#: audit), where the page's own copyright notice stands however far after the text; ``pie`` is Spanish's word for
#: it (``pie de página``: a Madrid daily's ``div#pie`` holds its site map and its notice, ninety-third audit) ...
_FOOTER_WORDS = frozenset({"footer", "foot", "copyright", "pie"})
#: ... and in a side column (``<aside>``, ``div.sidebar``, ``div#right-rail``), whose widgets credit their own data.
_SIDE_COLUMN_WORDS = frozenset({"aside", "sidebar", "rail"})
#: Largest share of a footer line's characters in links for it to be read as a notice: a menu is all links.
FOOTER_NOTICE_MAX_LINK_SHARE = 0.5
#: Least share of a line's characters in links for it to be one of the links closing the page's last element after
#: its notice (:func:`_before_closing_links`): a legal link is its line's whole text.
CLOSING_LINK_MIN_DENSITY = 0.9
#: The rights' mark, as a notice writes it; each pattern of what a notice holds below opens with it.
_RIGHTS_MARK = r"©|\(c\)"
#: ... alone: what a sentence of a footer's notice may open with however short (:func:`_opens_notice`).
_RIGHTS_MARK_RE = re.compile(_RIGHTS_MARK, re.I)
#: What a notice written as a link holds besides the word: the mark or a year (:func:`_notice_link`).
_NOTICE_LINK_RE = re.compile(_RIGHTS_MARK + r"|\b(?:19|20)\d{2}\b", re.I)
#: What a notice may hold before its holder's name: the mark, the word, years and the separators between them
#: (:func:`_holder_link`).
_NOTICE_OPENING_RE = re.compile(r"(?:" + _RIGHTS_MARK + r"|copyright|(?:19|20)\d{2}|[\s,.\-–])+", re.I)
#: What states rights in a footer line: the mark, the word, the reservation (``版权所有``: all rights reserved).
_RIGHTS_RE = re.compile(_RIGHTS_MARK + r"|copyright|all rights reserved|版权所有|版權所有", re.I)
#: What a notice states and a link to the statement's page does not: the mark, a year, the rights held
#: (:func:`_links_to_notice`, :func:`_whole_link_notice`).
_STATED_RIGHTS_RE = re.compile(_RIGHTS_MARK + r"|\d{4}|版权所有|all rights reserved", re.I)
#: What opens a software's, theme's or designer's credit (``Powered by WordPress``, ``Built with GeneratePress``,
#: ``Made with love``; the designer's work named or paired with another, ``Design by X``, ``Design & Implementation
#: by [X]`` closing a German religious weekly's footer notice, fifty-eighth audit): not after a letter, since a
#: footer glues it to the holder (``Cycling ’74Made with …``).
_CREDIT_OPENING = (
    r"(?<![^\W\d_])(?:(?:proudly\s+)?powered\s+by|platform\s+by|built\s+with|made\s+with"
    r"|design(?:ed)?(?:\s*(?:&|and)\s*[^\W\d_]+)?\s+(?:with|by)|developed\s+by|created\s+(?:using|with))\b"
)
#: A software's credit before the mark: the notice is the software's (``Powered By MyBB, © 2002-2024 MyBB Group``).
_SOFTWARE_CREDIT_RE = re.compile(rf"{_CREDIT_OPENING}|\bsoftware\b", re.I)
#: A web statistics counter named as a notice's holder (``Copyright © 2006-2015 全景统计``, the line 全景统计's counter
#: writes into a poetry site's footer, magic-html article-777ddd63; CNZZ's 站长统计, 百度统计; ``统计``: statistics):
#: the counter's notice, no page's. Matched on the notice without its mark, years and rights words.
_COUNTER_HOLDER_RE = re.compile(r"^[\W\d_]*(?:[\u3400-\u9fff]{2,4}统计|cnzz(?:\.com)?|51\.la)[\W\d_]*$", re.I)
#: A word of letters, where the holder's name stands.
_LETTER_WORD_RE = re.compile(r"[^\W\d_]+")
#: The fewest letters of a word that names a holder (``Kunena``; ``by``, ``the`` name none).
HOLDER_WORD_MIN_CHARS = 4
#: Where a footer's long line is split into the parts a notice may open it with (:func:`_opening_notice`): the space
#: after a sentence's closing mark, or a bar between fields. Not a spaced dash, which joins a notice's years.
_NOTICE_PART_END_RE = re.compile(r"(?<=[.!?])\s+|\s*[|｜]\s*")
#: ... and after a word's closing mark only, where a notice is looked for among a line's sentences: a number's
#: stop is a German ordinal's (``am 5. November``).
_WORD_SENTENCE_END_RE = re.compile(r"(?<=[^\W\d_][.!?])\s+")
#: A colon, as labels write it (:data:`~newsmend.fields.lines.COLONS`).
_COLON_RE = re.compile(f"[{COLONS}]")
#: Where a line may go on with another statement: after a full stop (Chinese or Latin) or at a space.
_STATEMENT_BREAK_RE = re.compile(r"(?<=[。！？.!?])\s*|\s+")
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
#: A pointer to another story set inside a paragraph (:func:`_without_set_in_teasers`): a story-list label of at most
#: this many words (``À LIRE AUSSI``, ``Lesen Sie auch:``, ``Leggi anche``) ...
SET_IN_LABEL_WORDS = 3
#: ... then a link whose text is a headline of at least this many words (a word or two linked after ``Read more``
#: is the sentence's own link: ``Read more here.``).
SET_IN_HEADLINE_WORDS = 3
#: A link closing a paragraph whose label invites the reader on to the full story (:func:`_without_pointer_link`):
#: ``更多内容，点击阅读`` after each summary of a ministry's weekly roundup (unseen-zh28), ``阅读全文``, ``查看详情``,
#: ``Read more``, ``Continue reading``; the whole label, in either Chinese script: a sentence's own linked words stay.
_READ_ON_LABEL_RE = re.compile(
    r"(?:(?:更多|详细|詳細)?(?:内容|內容)[，,：:\s]*)?(?:点击|點擊)?(?:阅读|閱讀|查看)(?:全文|更多|详情|詳情)?"
    r"|(?:阅读|閱讀|查看)?(?:全文|更多内容|更多內容|详情|詳情)|read more|read the full (?:story|article)"
    r"|continue reading|full story",
    re.I,
)
#: Arrows and pointers a page sets before such a link (``>>>``, ``»``, ``→``, ``▶``).
_READ_ON_ARROWS = " >»›→▶＞"
#: Blocks right after the body whose date counts, last of all (``Erstellt am: 01.11.2023``).
TAIL_DATELINE_BLOCKS = 2
#: Blocks after the headline read as its dateline (``<h1>``, then byline and date within a few blocks).
HEADLINE_WINDOW = 8
#: Blocks right above the headline whose credits count, inside the element around the headline's own box
#: (:func:`_over_headline_box`): a writer's picture and name, a kicker, then the ``<h1>``.
OVER_HEADLINE_CREDIT_BLOCKS = 3
#: Body positions from the start where a dateline is looked for (a lead, a standfirst, then the date).
HEAD_DATELINE_LINES = 5
#: A paragraph's last sentence signed by its writer after a dash (``… fact from fiction. -- Sandstrom``, ``… I loved
#: this book. — Ami Bray, Loganberry Books``): a roundup's items each close so, and the text's last sentence is the
#: last item's (a 2014 daily's book list, whose every review was signed: the first line after its last unsigned
#: sentence, a book's ``Beverly Donofrio; illustrated by Barbara McClintock``, was read as a credit under the text
#: and left it, unseen-en26).
_SIGNED_RE = re.compile(r"[.!?…][\"'”’)]?\s+(?:-\s?-|—|–)\s*[^\W\d_][^.!?]{0,60}$")
#: Class and id words of a box listing other stories (``div.related``, ``ul.recommended``): the credits of its cards
#: are theirs (:func:`_in_story_box`).
_STORY_BOX_WORDS = frozenset(("related", "recommend", "recommended", "recommendations"))
#: Body positions from either end where a byline or meta line is taken out of the body.
BODY_EDGE_LINES = 3
#: Paragraphs read for the dateline's reporters (:func:`~newsmend.fields.people.dateline_reporters`): the text's
#: first, or a later one under an editor's summary, a video's note and picture captions, which a 2010 portal's
#: template sets over the paragraph its dateline opens (forty-fifth audit).
DATELINE_PARAGRAPHS = 6
#: Longest interface label (a button or counter: ``字号``, ``关注``, ``图集``, ``+1``) that leaves the body when
#: it stands before the text's first sentence or after its last; closing marks in brackets (``（完）``) stay.
#: Calibrated on extract_bench: magic-html zh 0.9036 -> 0.9063 (three forum pages lose 0.01-0.02: a lone short reply).
UI_LABEL_MAX_CHARS = 2
_BRACKETS = "()（）[]【】<>《》"
#: Elements a text sets its sub-heads in: headings, and paragraphs (a bold line, ``<p><b>前言</b></p>``); one
#: opening the body is no interface label (:func:`_in_text_flow`).
_SUBHEAD_TAGS = HEADINGS | {"p"}
#: A line behind a bracketed tag (``【专题】正文``): the tag is a column's, what follows the line's own.
_TAGGED_LINE_RE = re.compile(r"^\s*[【\[][^】\]]{1,20}[】\]]\s*(.+)$")
#: Longest badge a platform glues before the headline in its heading element (``<h2><i>原创</i>标题</h2>``, 独家,
#: 置顶): two Han characters, so that a heading is never taken for the headline plus a word of its own.
HEADLINE_BADGE_MAX_CHARS = 2
#: A link to a named section of the page itself (``#comments``, ``#zw_cyhd``): a jump, not a reference.
_IN_PAGE_HREF_RE = re.compile(r"^#[A-Za-z]")
#: Longest line that can be a field (the longest shape, a copyright notice, is 160 characters).
FIELD_LINE_MAX_CHARS = COPYRIGHT_MAX_CHARS
#: A template placeholder a CMS left in its stored article HTML (``$$ARTICLEAD$$``, ``%%AD_SLOT%%``).
_PLACEHOLDER_RE = re.compile(r"([^\w\s])\1*[A-Z0-9_]+\1+")
#: Element or class of a photo caption set apart by the markup (``figcaption``, ``p.imageCaption``,
#: ``div.photo__caption``, ``div.img-desc``, the US papers' ``p.cutline``, the word without its vowels as a family of
#: Indian news sites writes it: ``div.img_cptn`` under the lead picture, whose caption otherwise opened the body) ...
#: A picture's or a media item's info, credit or subtitle element (a German public broadcaster's
#: ``div.mediaInfo`` holding ``span.mediaSubtitle`` and ``span.mediaRights``: ``Bildrechte: dpa``, under the lead
#: picture and every teaser's picture, unseen-en9) is one too, and so is a picture's ``cap`` or ``cred`` as the
#: class's last word (a 2014 magazine's ``div.sl-art-illo-cap``, ``illo`` an illustration, holding the lead
#: picture's caption and its ``span.sl-art-illo-cred`` credit, which opened its text: unseen-en31). The picture's
#: word is needed: ``p.has-drop-cap``, a paragraph opening with a large initial, is text (with ``cap`` alone after
#: a separator 2 of the 798 dev pages lost such a paragraph to the captions; with the picture's word none change).
_CAPTION_PATH = Caseless(
    r"figcaption|caption|cptn|cutline|photo-?desc|img-?desc"
    r"|(?:media|image|photo|picture)[-_]?(?:info|credits?|rights|subtitle)"
    r"|(?:illo|img|image|photo|pic|picture)[-_]?(?:cap|cred)(?=[.~#>]|$)"
)
#: ... and, around the body only, a picture's text as Chinese sites name it (``div.pictext``, ``p.pic_txt``:
#: :data:`~newsmend.html.parse.PICTURE_TEXT`), on the block's element or its parent or on inline elements holding
#: most of its text (``<strong class="article_img_desc">`` under a US magazine's lead picture, folded into the
#: story's ``div``: unseen-en29). Inside the body such lines stay text: readability's expected output keeps them
#: (gmw.html, zh 0.9790 -> 0.9766 if not).
_PICTURE_TEXT = Caseless(PICTURE_TEXT)
#: ... and a paragraph or a ``div`` whose parent has a class that is the word photo alone (``div.photo>p``, a
#: Taiwanese daily's lead photo and its caption line, which opened its text: unseen-zh11; ``div.photo>div.credit``,
#: a 2014 magazine's lead picture and its credit ``NBC``, which opened its essay: unseen-en19); a compound class
#: (``div.photo-story``, ``div.photoText``) may hold running text. 0 of the 798 dev pages change (with ``pic``,
#: ``img`` and ``image`` as class words too, 15 did, 8 losing running text; with the ``div`` child, none). The box's
#: own text is its caption too (``div.photo.changeSpace`` holding the picture's ``<p>`` and ``span.newsCaption``: a
#: British tabloid's two pictures, whose captions were paragraphs of its text, unseen-en29; 0 of 798 dev pages change).
#: The word is also ``foto``, as Spanish, Italian, Portuguese, German and Dutch pages write it (``div.foto`` holding a
#: Madrid daily's lead picture and the ``<p>`` of its caption, which opened its text: ninety-third audit; 0 of 798 dev
#: pages change).
_PICTURE_BOX_RE = re.compile(r"\.(?:photo|foto)(?=[.~]|$)", re.I)
#: Elements read as the lines of a picture's box (:data:`_PICTURE_BOX_RE`) when they are its children.
_PICTURE_BOX_LINE_TAGS = frozenset({"p", "div"})
#: ... and a box of text whose own class places a picture (``div.image-none``, ``div.image-right``: a blog editor's
#: in-text picture, the ``<img>``, a ``<br>`` and the caption in italics in one box; a 2017 city news story's five
#: in-text captions were paragraphs of its text: unseen-en15). Only a ``div`` or a ``p``: a story card classed so
#: (``article.image-left``, a teaser with its picture on the left, trafilatura-eval t0812) holds a teaser's text.
#: 0 of the 798 dev pages change.
_ALIGNED_PICTURE_RE = re.compile(r"\.image-(?:none|left|right|center)(?=[.~#]|$)", re.I)
_ALIGNED_PICTURE_TAGS = frozenset({"div", "p"})
#: ... on the block's own element or its parent (``figcaption>p``); an ancestor further up is a container, whose
#: name says nothing about one line. Measured on the extraction bench's dev sets: the whole path scores the same
#: on every set but magic-html non-zh (+0.0004), and one misnamed wrapper would take a whole article.
CAPTION_PATH_SEGMENTS = 2
#: Block paths whose caption and credit tests are remembered (:func:`_caption_path`, :func:`_credit_path`): a page's
#: blocks share a few hundred paths (its paragraphs one), and each is tested for every block read in and around the
#: body.
PATH_CACHE_SIZE = 4096
#: A link to a picture file: a caption linked to the photo it describes (its larger version) stays a caption.
_PICTURE_HREF_RE = re.compile(rf"\.(?:{PICTURE_EXTENSIONS})(?:[?#]|$)", re.I)
#: Roles (from the selection) whose blocks are list items.
LIST_ROLES = frozenset({"related", "comment"})
#: Roles whose blocks are read for fields.
FIELD_ROLES = frozenset({"byline", "dateline", "meta", "editor", "copyright", "caption", "source"})
#: A link to a listing of one section's stories (WordPress's ``/category/misc``, ``/tag/x``, ``?cat=3``, a German
#: CMS's ``/kategorie/x``, ``/schlagwort/x``): its text names a section, which blogs print beside the date under
#: the headline where news pages print the outlet, and a topic in a byline's line (:func:`_without_places_and_tags`).
_SECTION_HREF_RE = re.compile(
    r"/(?:categor(?:y|ies)|kategorien?|tags?|schlagw(?:ort|örter)e?|topics?|sections?)/|[?&](?:cat|tag)=", re.I
)
_ADDRESS_RE = re.compile(r"(?:https?://|www\.)\S", re.I)
#: The mark a dateline under the headline sets between the date and the writer's name after it (``11.12.2019 -
#: Jane Doe``, a school project's blog): a dash, a bar or a dot, the name alone after it.
_DATED_WRITER_RE = re.compile(r"^\s*[-–—|·•]\s*(?P<name>[^-–—|·•]+)$")
#: Words of a writer's name read after a date with no label (:func:`_dated_writer`): a full name, given and family;
#: a single word after a date is as often a place (``3. Mai 2023 - Berlin``) or a section.
DATED_WRITER_MIN_WORDS = 2
#: Path segments of a writer's own page, which a query may name as a path does.
_WRITER_SEGMENTS = r"authors?|autor(?:en|in)?|auteurs?|autore|journalists?|writers?|reporters?"
#: An address of an author's page, whose link's text is a byline (``/author/jane-doe``, ``/autor/…``,
#: ``/profil/…``): a people segment (``/author/``, ``/staff/``) and the person's own part after it, or a writer's
#: segment and a query naming them (``/daily/author?un=蝌蚪五线谱``, a 2018 Q&A portal's column byline,
#: sixty-seventh audit; a profile's query is as often the reader's own account page). A path ending at the segment is
#: the index of a site's people, or a channel named so: a 2008 portal's menu of entertainment channels links its
#: stars' channel (``明星`` to ``http://ent.163.com/people/``), which credited the story to ``明星`` (sixtieth audit).
_AUTHOR_HREF_RE = re.compile(
    rf"/(?:{_WRITER_SEGMENTS}|profil(?:e|es)?|people|staff)/(?=[^/?#\s])|/(?:{_WRITER_SEGMENTS})\?\w+=(?=[^&#\s])",
    re.I,
)
#: Links to a member's page on a community site (``/user/leena-simon``, ``/members/71187_predator.html``): the byline
#: of a blog or community post under its headline, but the same paths serve every commenter and forum replier and
#: the reader's own account (``/user/register`` labelled ``Registrieren``, ``/member/reg_top/``), so such a link
#: credits only where a byline stands (:func:`_byline_zone`) and when its label is the name its address ends with
#: (:func:`_names_handle`).
_HANDLE_HREF_RE = re.compile(r"/(?:users?|members?)/(?P<handle>[^/?#]+?)(?:\.[a-z]{2,5})?/?(?:[?#]|$)", re.I)
#: A bulletin board's link to a member's profile by its number (phpBB's ``memberlist.php?mode=viewprofile&u=2258``, a
#: mirror's ``memberlist3d77.html?mode=viewprofile&u=2258``; vBulletin's ``member.php?u=15736``): the address spells
#: no handle, so :func:`_names_handle` cannot read it ...
_MEMBER_PROFILE_RE = re.compile(r"[?&]mode=viewprofile\b|(?:^|/)member\.php\?(?:u|userid)=\d", re.I)
#: ... but a post's signing line names its poster after the board's word for "by" right before the link (phpBB's
#: ``#1 Post by <a>dbenham</a> » 27 Apr 2011 23:57``: :data:`~newsmend.fields.lines.BY_WORDS`, and Italian's
#: ``da``/``di``, which before a member's profile link are no headline's words).
_POSTED_BY_RE = re.compile(rf"(?:^|\s)(?:{BY_WORDS}|da|di)\s*$", re.I)
#: The address of a profile page (:func:`_linked_name_in_box`): a path with no query, not a document's
#: (``/u/4b26c7f789d9``, not a mobile site's ``…/2019050315127.html`` labelled ``手机版`` nor a member list filtered
#: by a query labelled ``Supporter``).
_PROFILE_HREF_RE = re.compile(r"[^?#\s]*(?<!\.html)(?<!\.htm)(?<!\.shtml)(?<!\.php)", re.I)
#: Class or id of a block (or of the list holding it as an item: Impress Watch's ``ul.author.list>li``) that holds
#: the byline; ``firma`` (es/it, not inside ``confirmation``)
#: and ``auteur`` (fr) too. ``signature`` is left out: it names e-mail and forum signatures as well (on the dev pages
#: it only added a forum post's signature line to an author list, magic-html forum-13e5e1dc).
_BYLINE_CLASS_RE = re.compile(
    r"author|byline|autor|auteur|(?<![a-z])firma|writer|creator|reporter|journalist|posted-by|entry-meta", re.I
)
#: Class words of an inline element naming a place in a byline (El Mundo's ``<p class="firma">X |
#: <span class="localizacion">Madrid</span></p>``): a place is no name. It changes no author on the dev pages.
_PLACE_WORDS = frozenset({"localizacion", "localisation", "location", "place", "city"})
#: A label closing a line with no value after it but separators, once the tags it labelled are out.
_EMPTIED_LABEL_RE = re.compile(r"[^\W\d_]+\s*[:：][\s,;，、|·]*$")
#: Class words of an inline element holding a photo's caption (USA Today's ``<p><span class="cutline">…</span>
#: <span class="credit">(Photo: X)</span></p>``; a French blog platform's ``<div class="media media-image"><img>
#: <span class="legend">…</span></div>`` between the paragraphs, whose captions were lines of the text and whose
#: ``… © E.B`` credit its copyright: the word French sites name a caption by, ``légende``). Not ``caption``: inline
#: ``span.caption`` elements on the dev pages hold interface labels too ('Perbesar', 'Next', 'Advertisement:';
#: magic-html zh body F1 0.924 -> 0.913). ``cptn``, the word shortened as an Indian daily's template writes it
#: (``span.img_cptn`` between its highlights box and its text, ninetieth audit; ``div.img_cptn`` on its other pages,
#: :data:`_CAPTION_PATH`), names nothing else ...
_INLINE_CAPTION_WORDS = frozenset({"cutline", "legend", "legende", "cptn"})
#: ... but an inline ``span.caption`` beside the picture's credit in its line (a class word of :data:`_INLINE_CREDIT_
#: WORDS`) is one: a 2014 business site's lead picture, ``<img>``, ``<span class="source">Shamil Zhumatov/REUTERS
#: </span>`` and ``<span class="caption">A Sukhoi Su-24 jet fighter drops flares…</span>`` set in the first
#: paragraph's tag, opened its text (thirty-fifth audit); no interface label has a credit beside it.
_INLINE_CREDIT_WORDS = frozenset({"source", "credit", "credits"})
_CREDITED_CAPTION_WORDS = _INLINE_CAPTION_WORDS | _INLINE_CREDIT_WORDS | {"caption"}
#: ... and so is an inline ``span.caption`` holding a sentence of this many words or more (a 2016 local news site's
#: in-text picture box, ``div.entry_widget_large>span.adv-photo-large>img`` and ``span.photo-data>span.caption``
#: holding ``Jake Frith, special agent with the Alabama Attorney General's office, talks about …``, opened its text:
#: seventy-seventh audit): an interface label (``Next``, ``Perbesar``, ``Advertisement:``) is no sentence.
CAPTION_SENTENCE_MIN_WORDS = 4
#: A caption's inline element ending a word or a sentence, and the next opening with a Latin capital: glued, they
#: are two lines of the caption (:func:`_caption_line`). A closing bracket ends one too (a 2023 Berlin daily's
#: ``span.article_image-container-caption`` ``… (Symbolbild)`` and ``span…-source`` ``Westend61/Imago`` side by side
#: in a flex row: eighty-eighth audit); not a quotation mark, which may open the next element's words
#: (``the "<a>Beehive</a>"``: readability-testpages wikipedia-2).
_GLUED_END_RE = re.compile(r"[A-Za-z0-9.!?)\]]$")
_GLUED_START_RE = re.compile(r"[A-Z]")
#: A ``<figcaption>`` element anywhere above the block: however deep it nests its text
#: (``figcaption>div>div>p``), a figure's caption holds no running text, unlike an ancestor merely classed like one.
_IN_FIGCAPTION_RE = re.compile(r"(?:^|>)figcaption(?=[.#>]|$)")
#: ... and a ``div`` anywhere above it whose class has the word picture alone: a picture widget, the box an editor
#: sets around an in-text ``<picture>`` and the lines under it (a 2024 Taiwanese business magazine's
#: ``div.widget.picture>div.wrapper>div.inf>div.description`` and ``div.from`` holding ``圖／ 業者提供``: three
#: captions and their credits were lines of its text, unseen-zh31). Like a ``<figcaption>``, it holds the picture
#: and what is said of it, no running text; a compound class (``div.picture-story``) may.
_IN_PICTURE_WIDGET_RE = re.compile(r"(?:^|>)div(?:[#.][^>]*)?\.picture(?=[.#>~]|$)")
#: A ``<figure>`` element anywhere above the block: a line in it that reads as a caption or a credit
#: (:func:`~newsmend.fields.lines.is_caption`) belongs to the figure's picture even outside its ``<figcaption>``
#: (a 2023 British broadcaster's Chinese pages set ``圖像來源，Getty Images`` as a ``<p>`` in the picture's box,
#: the caption in the figcaption beside it: unseen-zh15), where a caption written into the running text stays.
_IN_FIGURE_RE = re.compile(r"(?:^|>)figure(?=[.#>~]|$)")
#: A heading whose own parent is a ``<figure>`` (``figure>h3``): the label of the media the figure embeds (a video
#: player's ``Ars Video`` over its empty title, a 2025 US tech outlet's interlude: unseen-en7), no heading of the
#: running text, which never nests its headings in a figure. It leaves the body and is no caption either (a comment
#: module's ``figure#Comments>h2`` on a readability test page would have listed ``Comments``); every dev page's
#: output identical.
_FIGURE_HEADING_RE = re.compile(r"(?:^|>)figure(?:[.#][^>]*)?>h[1-6](?:[.#][^>]*)?$")
#: ... and an element whose id is WordPress's for a captioned picture anywhere above the block: the ``[caption]``
#: shortcode writes the picture and its caption in ``<div id="attachment_123">`` (``<figure>`` in HTML5 themes), the
#: id kept where a theme renames the ``wp-caption`` class (a 2014 Texas daily's opinion blog writes
#: ``div#attachment_48266.inline-width.alignnone>div.sts.meta`` holding ``div.ssCredit`` and the caption, which
#: opened its text: unseen-en32). Like a ``<figcaption>``, the box holds the picture and what is said of it,
#: however deep, no running text.
_IN_ATTACHMENT_RE = re.compile(r"(?:^|>)[a-z][a-z0-9]*#attachment_\d+(?=[.#>~]|$)")
#: A table or a part of one holding rows (:func:`_boxed_caption`): the picture's row and the caption's share it.
_TABLE_FRAMES = TABLE_PARTS | {"table"}
#: ... which makes its block a caption when it holds this share of the block's text at least (the rest being the
#: credit; USA Today's holds 58 of 80 characters): a paragraph with one such phrase in it stays text.
INLINE_CAPTION_MIN_SHARE = 0.5
#: Fewest letters and digits a listed caption holds: a line of one is a control's glyph in a caption's box
#: (``<div class="caption-toggle">i</div>``, the info button beside a 2016 daily's gallery caption, unseen-en34).
CAPTION_MIN_CHARS = 2
#: Longest block read as a byline by its class: a line that gives the name, the section, the date and a comment
#: link (Phoronix's ``div.author``, 81 characters) is one; no dev page's fields change between 80 and 120.
BYLINE_MAX_CHARS = 120
HEADING_TAGS = ("h1", "h2")
#: The bar setting a byline's parts apart (a date, the names, a place: ``October 14, 2009 | Marc Lifsher``).
_BYLINE_BAR_RE = re.compile(r"\s*[|｜]\s*")
#: A letter or a digit: what a date's part of a byline holds beyond its date when it holds more.
_WORDISH_RE = re.compile(r"[^\W_]")
#: A clock time or an English weekday's name beside a date (``16:23, Thu, Nov 2, 2023``): the date's own part of a
#: dateline (:func:`_dates_only`).
_DATE_COMPANION_RE = re.compile(
    r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])"
    r"|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\b\.?",
    re.I,
)
#: Class words of an inline element holding a byline's names (``span.author``, ``a.byline__name``) ...
_INLINE_AUTHOR_WORDS = frozenset(("author", "byline", "autor", "writer", "creator", "reporter"))
#: ... or, beside them or ``source``, naming something else: a comment's or another post's author, the box
#: presenting the author (bio, avatar, post count), the label before a value (``span.source-prefix`` holding
#: ``From:``), an image's source. Read on the dev sets' pages: every other word beside them marked a credit.
_INLINE_OTHER_WORDS = frozenset(
    ("comment", "comments", "recent", "related", "box", "bio", "about", "description", "avatar", "count",
     "postcount", "prefix", "label", "image", "img", "photo", "icon")
)  # fmt: skip
#: Class or id words of an element holding a member's join date (``dd.profile-joined``, Simple:Press's
#: ``div.spPostUserRegistered``, ``div.author-registered``): its date is the poster's, not the post's.
_JOINED_WORDS = frozenset(("joined", "registered", "since", "regdate"))
#: Class words beside an author word (:data:`_BYLINE_CLASS_RE`) naming a detail of the author's card, not the name:
#: a forum poster's rank or user group (wpForo's ``div.author-title`` 'Eminent Member', bbPress's
#: ``div.bbp-author-role`` 'Participant', Asgaros's ``div.post-author-block-group`` 'Supporter'), join date, post
#: count, likes, reputation, avatar (``div.author-registered`` 'Joined: Apr 2002', ``div.author-totalposts``, the
#: initial ``div.author-picture`` shows for a missing photo), the card's buttons (MyBB's ``div.author_buttons``
#: 'Find', beside ``div.author_statistics`` 'Country:'), a byline's job title (``p.author-title``). Read on the
#: dev pages' forums, where each such line had been credited as the thread's author. ``content``: the element holds
#: what the author wrote, not the name (a Q&A site's question in ``div.authorContent56435``: its answer count
#: 'Answers' and its tags had been credited). Not ``posts``: a Q&A site's ``div.posts-author-info`` holds the asker's
#: name.
_AUTHOR_DETAIL_WORDS = _JOINED_WORDS | frozenset(
    ("title", "role", "rank", "group", "level", "badge", "totalposts", "likes", "reputation", "stats", "statistics",
     "location", "avatar", "picture", "buttons", "content")
)  # fmt: skip
#: Class words of an element holding the article's tags, and the longest tag strip (a few keywords; set on gne-zh's
#: unlabelled pages, where one strip is 20 characters).
_TAG_CLASS_WORDS = frozenset({"tag", "tags", "keyword", "keywords"})
TAG_STRIP_MAX_CHARS = 60


@dataclass(slots=True)
class Evidence:
    """What the lines around and inside the body say, gathered in one pass."""

    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    #: Notices read around the text: while gathering, every one (:func:`~newsmend.fields.lines.is_copyright`);
    #: once gathered, those stating rights, the page's own first (:func:`_page_copyrights`).
    copyrights: list[str] = field(default_factory=list)
    #: The notices that disclaim and state no rights (:func:`~newsmend.fields.lines.is_disclaimer`), split off the
    #: copyrights once gathered.
    disclaimers: list[str] = field(default_factory=list)
    #: The copyright notice standing right after the text's last sentence (``© 2019 Jane Doe``): the text's own.
    closing_copyrights: list[str] = field(default_factory=list)
    labelled: list[LabelledValue] = field(default_factory=list)
    #: The labelled values read after the text's first paragraph (in its lines, after it), also in :attr:`labelled`:
    #: a credit there may be a reference the text closes with (a book's ``von X, Y und Z``), which a byline over the
    #: text outranks.
    closing_labelled: list[LabelledValue] = field(default_factory=list)
    byline_names: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    meta_lines: list[str] = field(default_factory=list)
    datelines: list[str] = field(default_factory=list)
    body_datelines: list[str] = field(default_factory=list)
    tail_datelines: list[str] = field(default_factory=list)
    headline_datelines: list[str] = field(default_factory=list)
    #: The short line right above the headline (:func:`_over_headline`), where some templates date the story.
    over_headline: list[str] = field(default_factory=list)
    head_datelines: list[str] = field(default_factory=list)
    #: The meta lines past the window read after the body that stay in the post's own element
    #: (:func:`_post_tail`): its footer's stamp, the last place a date is looked for in the text.
    post_stamps: list[str] = field(default_factory=list)
    dateline_outlets: list[str] = field(default_factory=list)
    link_names: list[str] = field(default_factory=list)
    byline_blocks: list[str] = field(default_factory=list)

    def values(self, name: str) -> list[str]:
        return [v.value for v in self.labelled if v.field == name]

    def close_from(self, start: int) -> None:
        """Count the labelled values read since :attr:`labelled` held ``start`` as read after the text's first
        paragraph (:attr:`closing_labelled`)."""
        self.closing_labelled += self.labelled[start:]

    def absorb(self, other: Evidence) -> None:
        """Add everything ``other`` found to this evidence."""
        for name in self.__dataclass_fields__:
            getattr(self, name).extend(getattr(other, name))


def gather(page: Page, selection: Selection, body: list[int], title: str | None, sites: list[str]) -> Evidence:
    """Read the body, the context around it, credits (author links, byline blocks) and the headline's
    dateline into one :class:`Evidence`; ``sites`` are the page's names for itself
    (:func:`~newsmend.fields.title.site_names`), which a republication credit's outlet is read against."""
    blocks, found = page.blocks, Evidence()
    decks = frozenset(norm(page.meta[key]) for key in DESCRIPTION_KEYS if page.meta.get(key))
    _read_body(blocks, body, selection.roles, found, norm(title or ""), decks, _own_domain(page))
    headline = _headline_index(page, selection, title, body)
    before, after = _context(len(blocks), body, selection, headline)
    read = {*body, *before, *after}
    # Blocks skipped between the body's first lines, and those under a headline far above the body (a lead
    # photo, a gallery, ads in between): where bylines stand. The dates of the first are datelines, kept in order
    # (head_datelines): a thread whose body opens above its first post (a notice) dates it there, before replies.
    head = [i for i in skipped_head(body) if i not in read]
    skipped = [*head, *(i for i in _under_headline(len(blocks), headline) if i not in read and i not in head)]
    # a teaser card above the headline credits and dates its own story (_in_other_article)
    before = [i for i in before if not _in_other_article(blocks, i, headline)]
    for i in before:
        if not _is_headline(blocks[i], i, headline, title):
            _read_context(blocks[i], selection.roles.get(i), found, near=found.datelines)
    for i in skipped:
        _read_context(blocks[i], selection.roles.get(i), found, near=found.head_datelines if i in head else None)
    after_text = len(found.labelled)
    for i in skipped_tail(body):
        if i not in read and i not in skipped:
            _read_context(blocks[i], selection.roles.get(i), found, near=None)
    found.close_from(after_text)
    inside = _skipped_between(body, body[0], body[-1]) if body else []
    _left_out_captions(blocks, [i for i in inside if i not in skipped], found)
    edges = body[:BODY_EDGE_LINES] + body[-BODY_EDGE_LINES:]
    author_hrefs = frozenset(page.meta.get(AUTHOR_HREFS_KEY, "").split("\n")) - {""}
    over = _over_headline_box(blocks, headline)
    zone = _byline_zone(headline, body)
    # a thread's next post's poster credits the reply, not the thread (_first_post_head)
    first_post = _first_post_head(blocks, body, sorted(skipped))
    for i in [*before, *dict.fromkeys(edges + [i for i in skipped if i in first_post]), *after[:TAIL_DATELINE_BLOCKS]]:
        _read_credits(blocks[i], found, author_hrefs, handles=i in zone)
    for i in over:
        if i not in read and i not in skipped:
            _read_credits(blocks[i], found, author_hrefs, over_headline=True)
    after_text = len(found.labelled)
    _read_after(blocks, body, after, selection, found)
    found.close_from(after_text)
    found.post_stamps = _post_stamps(blocks, headline, body, after, selection)
    read_around = [*before, *body, *after]
    notices = _own_copyrights(blocks, read_around, found.copyrights, _own_domain(page))
    found.disclaimers = [notice for notice in notices if is_disclaimer(notice)]
    rights = [notice for notice in notices if notice not in found.disclaimers]
    found.copyrights = _page_copyrights(blocks, read_around, body, rights)
    found.headline_datelines = _after_headline(blocks, headline)
    found.over_headline = _over_headline(blocks, headline)
    own_names = [*sites, *address_labels(page.meta)]
    sections = _section_names(blocks, headline)
    # a date past the body's end may be the story's (a podcast's under its short note), a credit not (_text_end)
    credited = _after_headline(blocks, headline, _text_end(body, headline))
    _read_dateline_credits(credited, found, sections, own_names, norm(title or ""))
    found.labelled = [
        replace(v, value=own_column(v.value, sites)) if v.label == REPUBLISHED_LABEL else v for v in found.labelled
    ]
    opening_line = found.paragraphs[0] if found.paragraphs else ""
    if opening_line not in found.captions and _names_credited_writer(opening_line, found, sites):
        del found.paragraphs[0]  # the manuscript's byline over the text, its writer credited around it
    if found.paragraphs:
        opening = found.paragraphs[:DATELINE_PARAGRAPHS]
        found.byline_names += next(filter(None, map(dateline_reporters, opening)), [])
        closing = next(filter(None, map(closing_reporters, reversed(found.paragraphs))), [])
        last = _last_prose(found)
        found.byline_names += closing or closing_name(last)
        found.labelled += closing_credit_values(last)
    return found


def _last_prose(found: Evidence) -> str:
    """The text's last paragraph that is no caption: the pictures set after the text (a Taiwanese agency's, their
    captions kept in their places: unseen-zh19) stand after the paragraph the staff credit closes."""
    return next((p for p in reversed(found.paragraphs) if p not in found.captions), found.paragraphs[-1])


def _read_after(blocks: list[Block], body: list[int], after: list[int], selection: Selection, found: Evidence) -> None:
    """The blocks after the body read as :func:`_read_context` reads them (a date within
    :data:`TAIL_DATELINE_BLOCKS` of the body's end is its own), but for the bylines under a story list's heading
    (``Lesen Sie auch``, ``Related content``: :func:`is_list_heading`): a teaser's ``Von X`` credits its own story
    (a Swiss weekly's interview credited the writer of the car review teased under it beside its interviewers,
    twenty-first audit), and but for those in a box named for other stories (:func:`_in_story_box`), headed or not.
    The footer's copyright and an editor's line after the list still count."""
    listed = False
    for i in after:
        listed = listed or is_list_heading(clean(blocks[i].text))
        near = found.tail_datelines if body and i - body[-1] <= TAIL_DATELINE_BLOCKS else None
        count = len(found.labelled)
        _read_context(blocks[i], selection.roles.get(i), found, near=near)
        if listed or _in_story_box(blocks[i].path):
            found.labelled[count:] = [v for v in found.labelled[count:] if v.field != "author"]


@lru_cache(maxsize=PATH_CACHE_SIZE)
def _in_story_box(path: str) -> bool:
    """The path runs through an element whose class or id words name a list of other stories
    (:data:`_STORY_BOX_WORDS`): a card's ``by X`` there credits its own story (a 2014 design magazine's related
    cards, ``div.related>div.feature>div.author`` ``by Josh Rubin``, gave the travel story a second author:
    unseen-en26)."""
    return _path_names(path, _STORY_BOX_WORDS)


def _own_domain(page: Page) -> str:
    """The registered domain of the page's address (its own, else its canonical or ``og:url`` one); "" if none."""
    address = page.url or page.meta.get("link:canonical") or page.meta.get("og:url") or ""
    return registered_domain(address)


def _own_copyrights(blocks: list[Block], read: list[int], copyrights: list[str], domain: str) -> list[str]:
    """``copyrights`` but for a notice whose whole text is one link to another site (:func:`_credits_other_site`):
    an embedded widget's vendor credit (``<a href="https://www.messengerpeople.com/">© MessengerPeople</a>`` under a
    messenger box after a German marketing weekly's column, thirty-third audit; a map's ``© OpenStreetMap``), no
    notice of the page's rights."""
    if not domain or not copyrights:
        return copyrights
    foreign = {clean(blocks[i].text) for i in read if _credits_other_site(blocks[i], domain)}
    return [c for c in copyrights if c not in foreign]


def _page_copyrights(blocks: list[Block], read: list[int], body: list[int], copyrights: list[str]) -> list[str]:
    """``copyrights`` when one of them stands outside a side column (:func:`_in_side_column`); else the page's
    footer states its notice (:func:`_footer_copyrights`), however far after the text it stands: tags, author
    boxes, comment links and a site map set a newspaper's ``© Copyright by the Boston Herald and Herald Media.``
    32 blocks after its text (thirty-fifth audit). A notice in a side column gives way to the footer's: a
    scoreboard widget's ``© 2013 STATS LLC. All rights reserved.`` in a 2014 regional news site's sidebar credits
    the widget's data; with no notice in the footer it stays (a Swiss broadcaster's ``© Telebasel`` in its
    sidebar menu, trafilatura-eval t0314). ``copyrights`` are notices of rights only: a line that disclaims the views
    (``本文仅代表作者个人观点。`` under a 2019 commentary) is the page's disclaimer, and its footer's notice is still
    looked for."""
    sides = [blocks[i] for i in read if _in_side_column(blocks[i].path)] if copyrights else []
    side = {_notice_alone(block, clean(block.text)) for block in sides}
    if any(c not in side for c in copyrights):
        return copyrights
    start = body[-1] + 1 if body else len(blocks)
    return _footer_copyrights(blocks, start) or _closing_notice(blocks, start) or copyrights


def _footer_copyrights(blocks: list[Block], start: int) -> list[str]:
    """The notices of rights in the page's footer (:func:`_in_footer`) from block ``start`` on, as the page shows
    them (:func:`_footer_notice`); those written as one link (:func:`_whole_link_notice`) only when it states no other:
    a widget's vendor links its credit too (``<a href="https://www.messengerpeople.com/">© MessengerPeople</a>``
    over a marketing weekly's footer notice, ``© dfv Mediengruppe``: unseen-en17)."""
    footer = [block for block in blocks[start:] if _in_footer(block.path)]
    notices = [(notice, _whole_link_notice(block)) for block in footer if (notice := _footer_notice(block))]
    return [notice for notice, linked in notices if not linked] or [notice for notice, linked in notices if linked]


def _closing_notice(blocks: list[Block], start: int) -> list[str]:
    """The notice of rights that closes the page, its last block (from block ``start`` on), in a footer or not: a
    2014 guide site sets ``© 2015 About.com — All rights reserved.`` in a ``span.copyright`` of a bar under its
    ``<footer>`` (``div#basement``), the page's last line (sixty-first audit). Nothing after it, it is the page's
    own notice, as a footer's is. Outside a footer only a line with no link is: a microblog's closing
    ``Copyright © 2009-2024 营业执照`` names no holder but its business licence's link. The links that close the
    notice's own element after it are no line after it (:func:`_before_closing_links`), nor are the linked lines of
    a list inside the element whose own text the notice is (:func:`_holding_closing_links`)."""
    lines = [block for block in blocks[start:] if block.text.strip()]
    last = _before_closing_links(lines)
    if last is not None and last.links:
        last = _holding_closing_links(lines)
    notice = _footer_notice(last) if last is not None and not last.links else None
    return [notice] if notice else []


def _before_closing_links(lines: list[Block]) -> Block | None:
    """The last of ``lines`` before the links that close its element: a page's fine print lists its notice first
    and its legal links after it in one element (``<ul><li>Copyright 2014 Pew Research Center</li><li><a>Terms
    &amp; Conditions</a></li>…``, a 2014 research centre's fine print under its footer, sixty-eighth audit), each
    item a link alone (:data:`CLOSING_LINK_MIN_DENSITY`) and a line of the element the line before it stands in.
    The last line when no such links close the page; None without lines."""
    pos = len(lines) - 1
    while pos > 0 and lines[pos].parent == lines[pos - 1].parent:
        if lines[pos].link_density < CLOSING_LINK_MIN_DENSITY:
            break
        pos -= 1
    return lines[pos] if lines else None


def _holding_closing_links(lines: list[Block]) -> Block | None:
    """The line whose own element holds every line after it, each holding a link: a footer box writes its notice
    as its own text and its legal lines in a list inside it (``<div><strong>&copy; 2012 Unidad Editorial…</strong>
    <ul class="avisos"><li><a>Aviso legal</a></li>…<li>Publicación digital controlada por <a>OJD</a></li></ul>
    </div>``, a Madrid daily's footer box, ninety-third audit): the box's fine print, no line after its notice,
    however few of an item's words its link takes. None when a line without a link closes the page first."""
    for pos in range(len(lines) - 2, -1, -1):
        if not lines[pos + 1].links:
            return None
        box = lines[pos].container
        if all(line.within(box) for line in lines[pos + 1 :]):
            return lines[pos]
    return None


def _footer_notice(block: Block) -> str | None:
    """The block's notice of rights as the page shows it (:func:`_opening_notice`, :func:`_notice_alone`): a line
    that states the rights (:func:`_states_rights`), not a menu of links holding a ``版权声明`` (copyright
    statement) link, which reads as a notice near the text, nor a picture's credit (``Bild: © X/AdobeStock`` under
    a footer's teaser)."""
    notice = _opening_notice(clean(block.text))
    if not notice or not _states_rights(notice) or is_caption(notice):
        return None
    shown = _notice_alone(block, notice)
    return shown if shown and _menu_share(block, shown) <= FOOTER_NOTICE_MAX_LINK_SHARE else None


def _menu_share(block: Block, shown: str) -> float:
    """The share of a footer line's characters in links other than a notice's own (:func:`_notice_link`), from where
    its notice as shown (``shown``, :func:`_notice_alone`) opens in the line as read (:func:`clean`: the bullets at
    its ends are none of its characters, ``· © 2024 <a>Hahn-Tech, LLC</a> · … ·``): a notice written as one link to
    the outlet's rights policy (``<a class="copyright">Tous droits réservés © Société Radio-Canada 2017</a>`` beside
    the logo's link, a Canadian broadcaster's footer: sixty-second audit) is the notice, no menu item; so is a line
    that is one link alone when it is a notice opening with the rights' mark or word (:func:`_whole_link_notice`),
    where a lone link is a teaser's linked picture credit as often. The links the line opens with before its notice
    count for nothing, nor do their characters: a sports network's footer box sets its logo's and two corporate links
    before ``© 2016 <a>Vox Media</a>, Inc. All Rights Reserved`` (eighty-ninth audit), a notice all the same. Nor do
    the links that close it after the notice when nothing else does (:func:`_links_only`): a portal's footer line
    sets nine corporate links after ``© 1997-2022 网易公司版权所有`` (ninetieth audit), a menu of its own after the
    notice; words between the links there (``Powered by``, ``Theme: X``) leave the line's links counted."""
    if not block.text or _whole_link_notice(block):
        return 0.0
    alone = len(block.links) == 1
    notices = 0 if alone else sum(len(link.text) for link in block.links if _notice_link(link))
    notices += sum(len(link.text) for link in block.links if _holder_link(link, shown))
    text = clean(block.text)
    found = text.find(shown)
    start = max(found, 0)
    after = text[found + len(shown) :] if found >= 0 else ""
    tail = after if _links_only(block, after) else ""
    around = _labels_chars(block, text[:start]) + _labels_chars(block, tail)
    return max(0, block.link_chars - notices - around) / max(1, len(text) - start - len(tail))


def _holder_link(link: Link, shown: str) -> bool:
    """The link's label is the holder closing the notice as shown (``shown``), nothing before it but the rights' mark
    or word and years (:data:`_NOTICE_OPENING_RE`: ``&copy; <a><strong>EDICIONES EL PA&Iacute;S, S.L.</strong></a>``
    in a Madrid daily's footer list, the holder linked to its corporate pages, ninety-third audit): the notice's own
    words, no menu item."""
    label = clean(link.text)
    if not label or len(shown) <= len(label) or not shown.endswith(label):
        return False
    opening = shown[: -len(label)]
    return _NOTICE_OPENING_RE.fullmatch(opening) is not None and _RIGHTS_RE.search(opening) is not None


def _links_only(block: Block, text: str) -> bool:
    """``text`` holds nothing but the block's links' labels and the separators between them
    (:data:`_LINK_SEPARATORS`): a menu, no words of the line's own."""
    return not _without_labels(block, text, " ")[0].strip(_LINK_SEPARATORS)


def _labels_chars(block: Block, text: str) -> int:
    """How many of ``text``'s characters the block's links' labels take, each link counted once where its label
    stands: a label the line repeats (the logo's ``Vox Media`` and the holder's) is two links' only where it is."""
    return _without_labels(block, text, "")[1]


def _without_labels(block: Block, text: str, fill: str) -> tuple[str, int]:
    """``text`` with each of the block's links' labels replaced by ``fill`` once, where it first stands, and the
    characters the labels took."""
    rest, chars = text, 0
    for link in block.links:
        label = clean(link.text)
        if label and label in rest:
            rest, chars = rest.replace(label, fill, 1), chars + len(label)
    return rest, chars


def _notice_link(link: Link) -> bool:
    """The link's text is a copyright notice (a footer's notice linking to the outlet's rights policy) with the mark
    or a year (:data:`_NOTICE_LINK_RE`): a link naming the rights page (``View privacy policy, copyright and trust
    info``) is a menu item."""
    text = clean(link.text)
    return _NOTICE_LINK_RE.search(text) is not None and is_copyright(text)


def _whole_link_notice(block: Block) -> bool:
    """The block's whole text is one link that opens with the rights' mark or word (:data:`_RIGHTS_RE`) and states them
    (:data:`_STATED_RIGHTS_RE`: ``<a href="/copyright.htm">&#169; 2013 ABC</a>`` in a broadcaster's footer list,
    ``© 2017 The New York Times Company`` linked to its owner's site): the notice itself, linked to the terms it
    states, where a menu's link only names them (``Copyright policy``, ``View privacy policy, copyright and trust
    info``) or credits a picture (``Bild: © fotomek/AdobeStock``)."""
    text = clean(block.text)
    if len(block.links) != 1 or clean(block.links[0].text) != text:
        return False
    return _RIGHTS_RE.match(text) is not None and _STATED_RIGHTS_RE.search(text) is not None


def _opening_notice(text: str) -> str | None:
    """``text`` when it is a copyright notice; else, for a line too long to be one (:data:`COPYRIGHT_MAX_CHARS`),
    its opening parts (:data:`_NOTICE_PART_END_RE`: sentences, or fields after a bar) while each is a notice: a footer's
    line runs on into the terms of use (``WIRED.com © 2015 Condé Nast. All rights reserved. Use of this Site
    constitutes acceptance of our User Agreement …``, a 2014 tech magazine's, thirty-sixth audit) or into the
    imprint's address and hours (``© Schaub Medien AG «Volksstimme» | Schaub Medien AG | Hauptstrasse 31-33 | …``, a
    Swiss regional weekly's, sixty-second audit)."""
    if is_copyright(text):
        return text
    if len(text) <= COPYRIGHT_MAX_CHARS:
        return None
    start = end = 0
    for part_end in _NOTICE_PART_END_RE.finditer(text + " | "):  # the bar closes the last part
        if not is_copyright(text[start : part_end.start()]):
            break
        start, end = part_end.end(), part_end.start()
    notice = text[:end]
    return notice if notice and len(notice) <= COPYRIGHT_MAX_CHARS else None


def _states_rights(text: str) -> bool:
    """A footer line that states its holder's rights (:data:`_RIGHTS_RE`) and names something besides the mark and
    the years (``© 2022`` alone names no holder) other than a statistics counter (:func:`_counters_notice`), not
    after a software's credit (:data:`_SOFTWARE_CREDIT_RE`: ``Powered by phpBB® Forum Software © phpBB Limited``
    is the forum software's notice, no page's)."""
    mark = _RIGHTS_RE.search(text)
    if mark is None or _SOFTWARE_CREDIT_RE.search(text[: mark.start()]):
        return False
    return _names_holder(text) and not _counters_notice(text)


def _counters_notice(text: str) -> bool:
    """The notice names a web statistics counter as its holder alone (:data:`_COUNTER_HOLDER_RE`): the counter's
    widget wrote it, the page states nothing."""
    return _COUNTER_HOLDER_RE.match(_RIGHTS_RE.sub(" ", text)) is not None


@lru_cache(maxsize=PATH_CACHE_SIZE)
def _in_footer(path: str) -> bool:
    """The path runs through the page's footer or its notice's box: a ``<footer>`` element or one whose class or id
    is the word footer, foot or copyright (``div#footer``, ``div.site-footer``, ``div.foot``, ``p#copyright``:
    :data:`_FOOTER_WORDS`)."""
    return _path_names(path, _FOOTER_WORDS)


@lru_cache(maxsize=PATH_CACHE_SIZE)
def _in_side_column(path: str) -> bool:
    """The path runs through a side column (an ``<aside>``, ``div.sidebar``, ``div#right-rail``:
    :data:`_SIDE_COLUMN_WORDS`) and not through a footer (:func:`_in_footer`), whose own widgets hold the page's
    notice."""
    return _path_names(path, _SIDE_COLUMN_WORDS) and not _in_footer(path)


def _path_names(path: str, words: frozenset[str]) -> bool:
    """Some element on ``path`` has a tag, class or id word among ``words`` (:func:`label_tokens`). A substring test
    first: each such word stands in the lower-cased path, and most paths hold none."""
    lowered = path.lower()
    if not any(word in lowered for word in words):
        return False
    return any(not words.isdisjoint(label_tokens(segment)) for segment in path.split(">"))


def _credits_other_site(block: Block, domain: str) -> bool:
    """The block's text is one link, to an absolute address on a registered domain other than ``domain``, and its
    element is not the page's copyright box (a science magazine's ``div.copyright`` holding ``<a href="https://www.
    dpa.com/de/">© dpa/Spektrum.de</a>`` under a news agency's text: trafilatura-eval t0212)."""
    if len(block.links) != 1 or clean(block.links[0].text) != clean(block.text):
        return False
    if "copyright" in label_tokens(_own_segments(block.path)):
        return False
    other = registered_domain(block.links[0].href)
    return bool(other) and other != domain


def _under_headline(n: int, index: int | None) -> range:
    """The blocks just under the headline (see :data:`HEADLINE_WINDOW`)."""
    return range(0) if index is None else range(index + 1, min(n, index + 1 + HEADLINE_WINDOW))


def read_metadata_body(meta: dict[str, str], found: Evidence, title: str | None, fix_texts: FixTexts | None) -> None:
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
    extra = Evidence()
    _read_body(blocks, list(range(len(blocks))), {}, extra, norm(title or ""), frozenset())
    found.absorb(extra)


def skipped_head(body: list[int]) -> list[int]:
    """Blocks the selection left out between the body's first lines: a byline or a meta line standing between
    the standfirst and the text (``<p class="byline">Par …</p>`` after the first paragraph)."""
    if not body:
        return []
    return _skipped_between(body, body[0], body[min(BODY_EDGE_LINES, len(body) - 1)])


def skipped_tail(body: list[int]) -> list[int]:
    """Blocks the selection left out between the body's last lines: the short credit lines between the text and a
    closing notice it kept (``编辑：X``, ``审核：Y``, ``【来源：Z】`` over the reprint's ``声明：…``, a 2020 portal's
    copy of a city's integrity series, unseen-zh37), which no other reading reaches."""
    if not body:
        return []
    return _skipped_between(body, body[max(len(body) - 1 - BODY_EDGE_LINES, 0)], body[-1])


def _skipped_between(body: list[int], start: int, end: int) -> list[int]:
    """The blocks from ``start`` up to ``end`` that are not in ``body``."""
    chosen = set(body)
    return [i for i in range(start, end) if i not in chosen]


def _first_post_head(blocks: list[Block], body: list[int], head: list[int]) -> list[int]:
    """The skipped lines ``head`` (in page order) up to a thread's next post (:func:`_next_of_kind`: the posts of a
    Discuz! 7 thread are ``div.mainbox`` boxes whose poster column and info line the selection skips), where credits
    are read: what follows is a reply's poster, not the thread's. The skipped head reaches :data:`BODY_EDGE_LINES`
    body lines down, and a one-line first post put the second poster among the thread's authors (a 2010 board's
    thread, sixty-third audit). A byline in a layout's next row stays when the row before it holds body lines alone
    (a standfirst), and so does one in a box holding no text after it. A line in an element named as a reply that
    holds none of the body's first line (:func:`~newsmend.content.paths.in_reply_beside`) opens a reply too, of
    another make than the post: a Max forum's first replier (``li#reply-…``) was credited beside its opener
    (magic-html forum-60136ae2), and an image board's first commenter (``div.GalleryComment-byLine``) as the author
    of a post that is its description alone (forum-b7baf39d)."""
    opening = set(containers(blocks[body[0]])) if body else set()
    for n, i in enumerate(head):
        if in_reply_beside(blocks[i], opening) or any(
            _next_of_kind(blocks, body, j, i, head[:n]) for j in body if j < i
        ):
            return head[:n]
    return head


def _next_of_kind(blocks: list[Block], body: list[int], earlier: int, later: int, skipped: list[int]) -> bool:
    """Whether block ``later`` stands in an element of the same kind (:func:`element_kind`) as one holding body
    block ``earlier`` and no block of its own (a sibling box, not two lines of one box), the first element holding
    one of the ``skipped`` blocks too and the second a body block after ``later``: two posts, each with lines the
    selection skipped (its poster, its date) and text."""
    held, holding = containers(blocks[earlier]), containers(blocks[later])
    k = common_length(held, holding)
    if k >= min(len(held), len(holding)) - 1:
        return False
    if element_kind(blocks[earlier].path.split(">")[k]) != element_kind(blocks[later].path.split(">")[k]):
        return False
    own = holding[: k + 1]
    return any(containers(blocks[s])[: k + 1] == held[: k + 1] for s in skipped) and any(
        containers(blocks[j])[: k + 1] == own for j in body if j > later
    )


def _read_body(
    blocks: list[Block],
    body: list[int],
    roles: dict[int, str],
    found: Evidence,
    title_key: str,
    decks: frozenset[str],
    domain: str = "",
) -> None:
    """Paragraphs, minus the headline (a heading opening with it gives the deck after it, :func:`_deck_after_headline`,
    of the page's summaries ``decks``; one closing with it after a kicker is it, as displayed:
    :func:`~newsmend.fields.title.kicker_then_headline`), a breadcrumb trail over the text, interface labels around it
    and the field lines (bylines, meta lines and datelines only near the body's ends). Headings that end no sentence
    closing the paragraphs head no text: the title of a box of teasers whose lines all left, the last as captions (a
    German broadcaster's ``Mehr zu Finanzen in Sachsen-Anhalt`` over its teasers' picture credits, unseen-en9); a
    heading saying a sentence is the text's (trafilatura-eval t0074's ``… Es stützt seine Version.``). A link closing a
    paragraph that points on (:func:`_without_pointer_link`) leaves it; ``domain`` is the page's registered domain,
    whose front page such a link may lead to."""
    labels = _interface_labels(blocks, body)
    bounds = _sentence_bounds(blocks, body, [clean(blocks[i].text) for i in body])
    closing = bounds[1] + 1 if bounds else None  # the line right after the text's last sentence
    header = max(_header_lines(blocks, body, title_key), _lines_over_dateline(blocks, body, title_key))
    # Captions before the text's first line, field lines before it (the author, date and source lines of a
    # post's info bar) and the headline or trail repeated over it do not push a byline off the edge: a photo's
    # lines, a WordPress info bar or the story's own heading over the text. Nor do they push the headline off it
    # when the text sets it again: a school site's notice, its info line between the title and the title set in
    # bold over the report (eighty-sixth audit).
    uncounted_ahead = 0  # lines before the text's first that the body's edge does not count (those above)
    headings = 0  # paragraphs closing the body so far that are headings
    tail_start = None  # where the values read after the text's first paragraph start in found.labelled
    for pos, i in enumerate(body):
        text = clean(blocks[i].text)
        if not text or is_separator(text) or i in labels:
            continue
        lead = pos - uncounted_ahead < BODY_EDGE_LINES  # within the body's edge, the lines it does not count aside
        if lead and (_repeats_headline(text, title_key) or is_breadcrumb(text)):
            uncounted_ahead += 1
            continue
        if lead and blocks[i].tag in HEADINGS:
            if kicker_then_headline(text, title_key):
                uncounted_ahead += 1
                continue
            text = _deck_after_headline(text, title_key, decks)
        if found.paragraphs and tail_start is None:
            tail_start = len(found.labelled)
        role = roles.get(i)
        if _media_label(blocks[i].path):
            uncounted_ahead += lead
            continue
        if _set_apart(blocks[i]) or _boxed_caption(blocks, i):
            _list_caption(found, _caption_line(blocks[i], text))
            uncounted_ahead += lead
            continue
        if pos == closing and is_copyright(text):
            found.closing_copyrights.append(text)
        if role == "caption" or is_caption(text) or _written_out_alt(blocks[i], text) or _credited_under_picture(
            blocks[i], text
        ):
            _list_caption(found, text)  # written in the running text: listed, and kept in its place
            uncounted_ahead += lead
        elif _leaves_body(
            blocks[i], text, role, found, pos - uncounted_ahead, len(body) - uncounted_ahead,
            after_text=pos == closing and not _in_comments(blocks[i].path),
        ):
            uncounted_ahead += not found.paragraphs
            continue
        elif (pos < BODY_EDGE_LINES or pos >= len(body) - BODY_EDGE_LINES) and _is_tag_strip(blocks[i], text):
            continue  # a field line in the tags' element (``<div class="p-tags">责任编辑：X</div>``) was read above
        text = _without_set_in_teasers(blocks[i], text)
        if pos >= header and (text := _without_pointer_link(blocks[i], text, domain)):
            found.paragraphs.append(text)
            headings = headings + 1 if blocks[i].tag in HEADINGS and not ends_sentence(text) else 0
    if 0 < headings < len(found.paragraphs):
        del found.paragraphs[-headings:]  # titles over no text
    if tail_start is not None:
        found.close_from(tail_start)


def _names_credited_writer(text: str, found: Evidence, sites: list[str]) -> bool:
    """A line (the text's first) that ends with the name of a writer a labelled line around the text credits
    (``作者：X``), no longer than a dateline (:data:`DATELINE_MAX_CHARS`: room for the writer's school or unit before
    the name) and ending no sentence: the byline of a manuscript set at the head of its text (``绍兴市第一中学
    傅雅飞`` under a school site's ``作者：傅雅飞``, an essay that won a city's prize: eighty-sixth audit), as a
    paper sets its writer's unit and name under its title. The info line already
    gave the author. The page's own names (``sites``) are no writer: a news site's ``By X, CNN`` credits its outlet
    too, and the dateline line over its text (``Washington CNN``) is no byline."""
    words = text.split()
    if not words or len(text) > DATELINE_MAX_CHARS or ends_sentence(text):
        return False
    names = {name for value in found.values("author") for name in split_names(value)}
    return words[-1] in names - set(sites)


def _header_lines(blocks: list[Block], body: list[int], title_key: str) -> int:
    """How many lines open the body before its headline: a heading among its first :data:`BODY_EDGE_LINES` lines
    that repeats the title, when every line before it is short (:data:`DATELINE_MAX_CHARS`) and ends no sentence.
    Those lines are the article's header set over the headline in the text's element (a kicker, the desk's name,
    the time of the last update: ``<h5>Flughafenbetreiber</h5><div class="date">12:03 Uhr UPDATE</div><h1>…``, a
    German aviation site's story, unseen-en8), read for their fields but no text. 0 without such a headline."""
    for pos, i in enumerate(body[:BODY_EDGE_LINES]):
        if pos and blocks[i].tag in HEADINGS and _repeats_headline(clean(blocks[i].text), title_key):
            lines = [clean(blocks[j].text) for j in body[:pos]]
            return pos if all(len(t) <= DATELINE_MAX_CHARS and not ends_sentence(t) for t in lines) else 0
    return 0


def _lines_over_dateline(blocks: list[Block], body: list[int], title_key: str) -> int:
    """How many lines open the body over its dateline: a date standing alone (:func:`_is_bare_date`) among its
    first :data:`HEAD_DATELINE_LINES` lines, when every line before it but the headline is short
    (:data:`DATELINE_MAX_CHARS`) and ends no sentence. Those lines are the article's header under the headline, the
    byline set as a list of the writer's name and outlet (``<li>呂嘉鴻</li><li>BBC中文</li>`` over ``2023年9月12日``,
    a British broadcaster's Chinese page: unseen-zh15), read for their fields but no text. 0 without such a date; a
    date in a table cell is a table's value (an infobox's ``Founded`` row), no dateline."""
    for pos, i in enumerate(body[:HEAD_DATELINE_LINES]):
        if pos and blocks[i].tag not in TABLE_CELLS and _is_bare_date(clean(blocks[i].text)):
            lines = [t for j in body[:pos] if not _repeats_headline(t := clean(blocks[j].text), title_key)]
            return pos if all(len(t) <= DATELINE_MAX_CHARS and not ends_sentence(t) for t in lines) else 0
    return 0


def _is_tag_strip(block: Block, text: str) -> bool:
    """The article's tags at an end of the text (``<div class="meta-tag">20190926|国贸|增长率</div>``): an element
    whose own class or id has the word tag(s) or keyword(s), holding no sentence and at most
    :data:`TAG_STRIP_MAX_CHARS` characters."""
    tagged = not _TAG_CLASS_WORDS.isdisjoint(_own_words(block))
    return tagged and len(text) <= TAG_STRIP_MAX_CHARS and not ends_sentence(text)


def _own_words(block: Block) -> tuple[str, ...]:
    """Words of the class and id of the block's own element, split as an inline element's are
    (:func:`~newsmend.content.paths.class_tokens`: ``div.meta-tags`` and ``div.metaTags`` alike)."""
    return class_tokens(block.path.rsplit(">", 1)[-1])


def _repeats_headline(text: str, title_key: str) -> bool:
    """The line is the headline, alone or behind a bracketed column tag (``【不忘初心 牢记使命】<headline>``: the
    metadata title's separators cut the tag off the chosen title, which may still carry a tail the line lacks:
    the line then opens it and covers :data:`HEADING_COVER_MIN` of it), or behind a badge glued to it
    (``原创<headline>``, :data:`HEADLINE_BADGE_MAX_CHARS`)."""
    if not title_key:
        return False
    tagged = _TAGGED_LINE_RE.match(text)
    rest = norm(tagged.group(1)) if tagged else ""
    key = norm(text)
    badged = key.endswith(title_key) and len(key) - len(title_key) <= HEADLINE_BADGE_MAX_CHARS
    return badged or (title_key.startswith(rest) and len(rest) >= HEADING_COVER_MIN * len(title_key))


def _deck_after_headline(text: str, title_key: str, decks: frozenset[str]) -> str:
    """A heading's words after the headline it opens with, when they are one of the page's summaries (``decks``,
    its ``og:description`` or ``description``…): the standfirst the page sets in the headline's own element
    (``<h1><span class="headline">I Wish Someone Had Told Me This Before I Became a Politician</span>
    <span class="caption">A letter to a young liberal</span></h1>``, a 2014 political magazine's letter, forty-fourth
    audit), which a reader sees under the headline as its deck. ``text`` itself otherwise: words going on from a
    title the metadata cut short are the headline's own (a forum's ``TradeStation Solutions for Beginners to Gurus``
    under the title ``TradeStation Solutions``, a fire-engine history's ``… - Teil 49 – Büssing-NAG (Baujahre 1931 –
    1945)`` under ``… - Teil 49``)."""
    if not decks or not title_key or not norm(text).startswith(title_key):
        return text
    words = text.split()
    for k in range(1, len(words)):
        if norm(" ".join(words[:k])) == title_key:
            deck = " ".join(words[k:])
            return deck if norm(deck) in decks else text
    return text


def _interface_labels(blocks: list[Block], body: list[int]) -> set[int]:
    """Lines of at most :data:`UI_LABEL_MAX_CHARS` characters, no bracket among them, before the body's first
    sentence or after its last (headings, ending in ``!`` or ``…``, are no sentences): the buttons and counters of
    the article's frame (``字号``, ``关注``, ``+1``), but not a sub-head between two paragraphs of its own element
    (:func:`_in_text_flow`), nor a cell of a row pairing a label with its value (:func:`_labelled_row`)."""
    texts = [clean(blocks[i].text) for i in body]
    bounds = _sentence_bounds(blocks, body, texts)
    if bounds is None:
        return set()
    first, last = bounds
    outside = [*range(first), *range(last + 1, len(texts))]
    return {
        body[pos]
        for pos in outside
        if 0 < len(texts[pos]) <= UI_LABEL_MAX_CHARS
        and not any(c in _BRACKETS for c in texts[pos])
        and not _in_text_flow(blocks, body, texts, pos)
        and not _labelled_row(blocks, body[pos])
    }


def _labelled_row(blocks: list[Block], i: int) -> bool:
    """The block ``i`` is a cell of a table row that pairs a label with its value: a header cell (``th``) right
    before a data cell (``td``) of the same row, or that data cell. Such a row is a table's data, however short
    (an encyclopedia's infobox over its lead, ``<th>国家</th><td>东汉</td>``, ``<th>字</th><td>孟德</td>``:
    seventy-fifth audit); a forum's poster card sets its labels in cells after their counts (``<th><p>19</p>主题
    </th>``) and stays a label."""
    cell = blocks[i]
    if cell.tag == "th":
        pair = blocks[i + 1] if i + 1 < len(blocks) else None
        return pair is not None and pair.tag == "td" and pair.parent == cell.parent
    if cell.tag == "td":
        return i > 0 and blocks[i - 1].tag == "th" and blocks[i - 1].parent == cell.parent
    return False


def _sentence_bounds(blocks: list[Block], body: list[int], texts: list[str]) -> tuple[int, int] | None:
    """The body positions of the text's first sentence and its last (``texts``: the body lines, cleaned), each
    looked for from its end of the body (most lines end one); None when no line ends a sentence."""
    first = next((pos for pos, text in enumerate(texts) if _is_sentence(text, blocks[body[pos]])), None)
    if first is None:
        return None
    last = next(pos for pos in range(len(texts) - 1, first - 1, -1) if _is_sentence(texts[pos], blocks[body[pos]]))
    return first, last


def _in_text_flow(blocks: list[Block], body: list[int], texts: list[str], pos: int) -> bool:
    """The body line at ``pos`` stands between two longer lines of its own parent element: a sub-head in the text's
    flow (``<p>衬衫</p>`` between two paragraphs of a fashion story's text element), not a button of the article's
    frame, which sits in an element of its own. Picture-led Chinese copy ends most paragraphs without a full stop,
    so its first sentence can stand near its end and the sub-heads before it lay outside the text's sentences (a
    2018 portal's fashion story, unseen-zh10); a forum's poster card (``主题``, ``帖子``, ``积分`` in the card's
    table between two posts) is another element than the posts around it and stays a label. A heading or a
    paragraph opening the body over a longer line of its parent heads the text's first section (``<h3>前言</h3>``
    over a blog post's first paragraph, a 2020 CSDN post; ``<p><b>前言</b></p>``, a 2020 column post: seventy-fifth
    audit); a frame's buttons are set in elements of their own."""
    if pos >= len(body) - 1 or (pos == 0 and blocks[body[0]].tag not in _SUBHEAD_TAGS):
        return False
    parent = blocks[body[pos]].parent
    near = (pos - 1, pos + 1) if pos else (pos + 1,)
    return parent is not None and all(
        blocks[body[n]].parent == parent and len(texts[n]) > UI_LABEL_MAX_CHARS for n in near
    )


def _is_sentence(text: str, block: Block) -> bool:
    """A body line ending like a sentence that is no heading (headings ending in ``!`` or ``…`` are none), its
    writer's signature after it looked through (:data:`_SIGNED_RE`), or the writers' credit in brackets closing it
    (:func:`~newsmend.fields.lines.ends_credited_sentence`)."""
    return (ends_credited_sentence(text) or _SIGNED_RE.search(text) is not None) and block.tag not in HEADING_TAGS


def _leaves_body(
    block: Block, text: str, role: str | None, found: Evidence, pos: int, n: int, *, after_text: bool
) -> bool:
    """Record the body line at ``pos`` of ``n`` (``block``, cleaned to ``text``) as a field when it is one (meta
    lines and datelines count only near the body's ends); True when it leaves the body. A meta line right after
    the text's last sentence (``after_text``) stands at its end too: a credit block under the text followed by
    more lines that end no sentence (``Auteur : X``, ``Edition : Y``, a box's heading, a dated teaser: an
    international broadcaster's French page, trafilatura-eval t0606) was read as text, four lines from the end.
    Any line after the last sentence was too many: a reference list's ``图文：X[引用日期…]`` gave a wrong date, a
    comment's ``Kommentar von X`` an author; a comment's first line is none either (:func:`_in_comments`)."""
    near_edge = pos < BODY_EDGE_LINES or pos >= n - BODY_EDGE_LINES or after_text
    if _take_field(block, text, role, found, meta_ok=near_edge):
        return True
    head, tail = pos < HEAD_DATELINE_LINES, pos >= n - BODY_EDGE_LINES
    if not head and not tail:
        return False  # the body's middle holds no dateline: its lines are not read as one
    line = _field_line(block, text)
    if head and (_take_dateline(line, found.body_datelines) or _linked_byline(block, line)):
        return True
    if tail and _is_bare_date(line):
        found.tail_datelines.insert(0, line)  # a date closing the body, before those after it
        return True
    return False


def _take_dateline(text: str, datelines: list[str]) -> bool:
    """Note a date opening a head paragraph or standing in a short line; True when the line is little else."""
    long = len(text) > DATELINE_MAX_CHARS
    hit = find_date(text[:LEAD_WINDOW_CHARS] if long else text)
    if hit is None or (long and not _opens_with_date(text, hit[1])):
        return False
    datelines.append(text)
    return len(text) - (hit[2] - hit[1]) <= DATELINE_REST_CHARS or (not long and _dates_only(text))


def _dates_only(line: str) -> bool:
    """A line of dates, each with its clock time and weekday (:data:`_DATE_COMPANION_RE`), and capitalised labels at
    most (``16:23, Thu, Nov 2, 2023 | UPDATED: 16:32, Thu, Nov 2, 2023``, a British tabloid's line under its
    standfirst, the first of its paragraphs: unseen-en29): once they are out, no more than
    :data:`DATELINE_REST_CHARS` and no word in lower case (:data:`~newsmend.fields.lines.LOWER_WORD_RE`: a sentence
    naming a date and a time has some; a dateline's labels, ``UPDATED:``, ``Published``, are capitalised) is left."""
    while (hit := find_date(line)) is not None:
        line = line[: hit[1]] + " " + line[hit[2] :]
    rest = clean(_DATE_COMPANION_RE.sub(" ", line))
    return len(rest) <= DATELINE_REST_CHARS and LOWER_WORD_RE.search(rest) is None


def _linked_byline(block: Block, line: str) -> bool:
    """A short line of links to author pages (:data:`_AUTHOR_HREF_RE`) and dates with little else, once the names
    and every date are out (:data:`DATELINE_REST_CHARS`): the byline and dateline of a post's header, read for both
    fields but no text (``<a href="/authors/x">X</a> / February 11, 2026 · Updated February 11, 2026``, a 2026
    language project's blog, unseen-en8)."""
    names = [link.text.strip() for link in block.links if _AUTHOR_HREF_RE.search(link.href)]
    if not names or len(line) > DATELINE_MAX_CHARS:
        return False
    for name in names:
        line = line.replace(name, " ")
    dated = False
    while (hit := find_date(line)) is not None:
        line, dated = line[: hit[1]] + line[hit[2] :], True
    return dated and len(clean(line)) <= DATELINE_REST_CHARS


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


def _left_out_captions(blocks: list[Block], left_out: list[int], found: Evidence) -> None:
    """The captions among the blocks the selection left out between the body's lines (``left_out``): lines writing
    out the ``alt`` text of the picture right before them and linked to its file (:func:`_opens_its_picture`), a
    photo box the text runs around (``<div class="photo_center"><a href="…jpg"><img alt="X"><span>X</span></a>
    </div>`` between two paragraphs of a 2018 Hong Kong daily's story, ninety-second audit), which no other reading
    reaches."""
    for i in left_out:  # a picture's line first: most left-out lines are none, and need no cleaning
        if blocks[i].pictured and _opens_its_picture(blocks[i], text := clean(blocks[i].text)):
            _list_caption(found, text)


def _read_context(block: Block, role: str | None, found: Evidence, *, near: list[str] | None) -> None:
    """A block around the body: its field, and (for ``near`` = the dateline list of its side) its date. A block set
    apart as a caption, or writing out its picture's ``alt`` text linked to its file (:func:`_opens_its_picture`),
    is a caption."""
    text = clean(block.text)
    if not text or role in LIST_ROLES or is_separator(text):
        return
    line = _field_line(block, text)
    apart = (
        _set_apart(block)
        or _picture_text_path(block.path)
        or _picture_text_inline(block)
        or _opens_its_picture(block, text)
    )
    if role == "caption" or (apart and not _box_title(text) and not _teaser(block, text)):
        if near is not None and _is_bare_date(line):  # a date set in the lead photo's caption area
            near.append(line)
        else:
            _list_caption(found, _caption_line(block, text))
        return
    _take_field(block, text, role, found, meta_ok=True, line=line)
    if near is not None and not _joined_path(block.path) and (len(line) <= DATELINE_MAX_CHARS or _led_by_date(line)):
        near.append(line)


@lru_cache(maxsize=PATH_CACHE_SIZE)
def _joined_path(path: str) -> bool:
    """The block's own element is named for a member's join date (:data:`_JOINED_WORDS`): a poster's card beside
    each post of a thread (``Joined: 2023-10-30 14:51``, ``Member Since: August 29, 2011``), whose date is no
    publication date."""
    return not _JOINED_WORDS.isdisjoint(label_tokens(path.rsplit(">", 1)[-1]))


def _teaser(block: Block, text: str) -> bool:
    """A heading whose whole text is one link to another page (not to a picture): a slider's headline over its
    photo (``li>div.flex-caption>h2>a``), a teaser for a story set where captions stand, no caption of a picture
    here. Captions are no headings: a caption wholly linked (to a photo's page) stays one."""
    if block.tag not in HEADINGS or len(block.links) != 1:
        return False
    link = block.links[0]
    return clean(link.text) == text and not link.href.startswith("#") and not _PICTURE_HREF_RE.search(link.href)


def _without_pointer_link(block: Block, text: str, domain: str) -> str:
    """``text`` without a link closing it that points the reader on, and the arrows set before it: one whose whole
    label invites the reader on to the full story (:data:`_READ_ON_LABEL_RE`: a ministry's weekly roundup closes each
    summary with ``&gt;&gt;&gt;<a href="…">更多内容，点击阅读</a>``, more, click to read: unseen-zh28, a pointer to
    the story the summary abridges), or one after the text's last sentence that leads to the front page of the site
    (:func:`_leads_home`, on ``domain``): a portal's template glues ``<a href="https://www.sohu.com/?…">返回搜狐，查看更多
    </a>`` (back to the portal) or ``返回腾讯网首页>>`` into the last paragraph, whatever its label says. Neither is
    words of the text. A line that is the link alone is left to the selection."""
    closing = _closing_link(block, text)
    if closing is None:
        return text
    link, label = closing
    rest = text[: -len(label)].rstrip(_READ_ON_ARROWS)
    read_on = _READ_ON_LABEL_RE.fullmatch(label.strip(_READ_ON_ARROWS + ".…")) is not None
    if read_on or (_leads_home(link.href, domain) and ends_sentence(rest)):
        return rest or text
    return text


def _leads_home(href: str, domain: str) -> bool:
    """``href`` is the front page of the site at ``domain`` (the page's registered domain; "" if unknown): the root
    of one of its hosts, whatever query it carries (a portal's tracking ``?pref=article``), or the relative ``/``."""
    target = split_address(href.strip())
    if target.netloc:
        return bool(domain) and target.path in ("", "/") and registered_domain(href.strip()) == domain
    return target.path == "/" and not target.fragment


def _closing_link(block: Block, line: str) -> tuple[Link, str] | None:
    """The block's last link and its label (cleaned) when ``line`` ends with that label and holds more than it: a
    link closing a line of words, which :func:`_without_pointer_link` and :func:`_without_closing_control` judge by
    its label or its target."""
    last = block.links[-1] if block.links else None
    label = clean(last.text) if last is not None else ""
    if last is None or not label or not line.endswith(label) or len(line) == len(label):
        return None
    return last, label


def _without_set_in_teasers(block: Block, text: str) -> str:
    """``text`` without the pointers to other stories set inside it: a story-list label (:func:`is_list_heading`,
    :data:`SET_IN_LABEL_WORDS`) opening the line or a new sentence, then at once a link to a headline
    (:data:`SET_IN_HEADLINE_WORDS`). A French weekly sets ``<span>À LIRE AUSSI <a>Antisémitisme : retour au Moyen
    Âge</a></span>`` between two sentences of its paragraphs (unseen-en9): the headline belongs to another page,
    and trafilatura keeps it as newsmend did. A label must stand where a sentence starts, so a link after ``the
    related`` in a clause stays the text's."""
    for link in block.links:
        headline = clean(link.text)
        if len(headline.split()) < SET_IN_HEADLINE_WORDS or (at := text.find(headline)) <= 0:
            continue
        words = text[:at].split()
        for count in range(min(SET_IN_LABEL_WORDS, len(words)), 0, -1):
            label, before = " ".join(words[-count:]), " ".join(words[:-count])
            if label[0].isalnum() and is_list_heading(label) and (not before or ends_sentence(before)):
                return _without_set_in_teasers(block, clean(f"{before} {text[at + len(headline) :]}"))
    return text


def _box_title(text: str) -> bool:
    """A box's title classed as a caption (``div.caption`` holding ``相關新聞``, a sidebar's ``li.caption`` holding
    ``编辑推荐 热点文章``, ``網友回應`` over a comment box): furniture's wording, a story list's or the comments'
    heading, not a photo's caption."""
    return is_ui_wording(text) or is_list_heading(text) or is_comment_heading(text)


def _caption_line(block: Block, text: str) -> str:
    """A caption set apart by the markup as its reader sees it: a space where two of its inline elements' texts
    meet glued between a word's or a sentence's end and a capital (:func:`_glued_sentences`: a picture's
    ``span.source`` credit and ``span.caption`` glued as ``REUTERSA Sukhoi…``, a caption and its credit as
    ``2015.Ronald C. Modra / Getty Images``); ``text`` is its cleaned text, the line itself without such edges.
    A control closing it goes (:func:`_without_closing_control`)."""
    line = clean(block.spaced_text(_glued_sentences)) if block.breaks else text
    return _without_closing_control(block, line)


def _without_closing_control(block: Block, line: str) -> str:
    """``line`` without the label of a link closing it that goes nowhere (:func:`~newsmend.blocks.goes_nowhere`):
    a script's toggle showing or hiding the caption, no words of it (a 2014 business news site's lead picture,
    ``… short of that level.<a href="#"> Close</a>`` and a shortened copy ``… during...<a href="#"> Read
    More</a>``: unseen-en26)."""
    closing = _closing_link(block, line)
    if closing is None or not goes_nowhere(closing[0].href):
        return line
    return line[: -len(closing[1])].rstrip()


def _glued_sentences(before: str, after: str) -> bool:
    """Two inline elements' texts meet where one ends a word or a sentence and the next opens with a Latin capital
    (:data:`_GLUED_END_RE`, :data:`_GLUED_START_RE`): a line break the stylesheet draws, no inline link or bracket
    (``Privacy Notice.``, ``(Large preview)``) nor a Han or kana run, which needs no space."""
    return _GLUED_END_RE.search(before) is not None and _GLUED_START_RE.match(after) is not None


def _written_out_alt(block: Block, text: str) -> bool:
    """A caption line the page wrote twice: as the ``alt`` text of the picture right before it and under it
    (:attr:`~newsmend.blocks.Block.pictured`; a portal's ``<p class="f_center"><img alt="华人游行支援"><br>
    华人游行支援</p>``, a 2012 portal's picture and the line after it, unseen-zh23), no longer than a caption. A
    link is none: a name linked after its avatar (a forum's posters, a writer's card) names a person; but a link to a
    picture file (:data:`_PICTURE_HREF_RE`) is the picture's own, opening it larger (``<a href="…/large/18la1p1.jpg">
    <img alt="X"><span>X</span></a>``, each photo of a 2018 Hong Kong daily's story: ninety-second audit)."""
    own = all(_PICTURE_HREF_RE.search(link.href) for link in block.links)
    return block.pictured and own and len(text) <= CAPTION_MAX_CHARS


def _opens_its_picture(block: Block, text: str) -> bool:
    """A line writing out its picture's ``alt`` text (:func:`_written_out_alt`) inside links to the picture's file
    (the picture and the line one link opening it larger): a lightbox's caption, wherever it stands. Unlinked, such a
    line around the text may be a name under its avatar or a logo's word (a search box's ``Suche``), which only a
    line of the text is taken to caption."""
    return bool(block.links) and _written_out_alt(block, text)


def _credited_under_picture(block: Block, text: str) -> bool:
    """A line right under a picture (:attr:`~newsmend.blocks.Block.under_picture`) closed by its photographers'
    credit (:func:`~newsmend.fields.lines.is_credited_caption`): the picture's caption, however long its words run."""
    return block.under_picture and is_credited_caption(text)


def _list_caption(found: Evidence, text: str) -> None:
    """``text`` listed as a caption, unless it is a caption's label alone (``Photo``, ``圖像加註文字，``:
    :func:`~newsmend.fields.lines.is_caption_label`) or a control's glyph (:data:`CAPTION_MIN_CHARS`), which say
    nothing of the picture."""
    if not is_caption_label(text) and sum(map(str.isalnum, text)) >= CAPTION_MIN_CHARS:
        found.captions.append(text)


def _field_line(block: Block, text: str) -> str:
    """The block's line as field readers read it (its :attr:`~newsmend.blocks.Block.field_text`: a space where
    two inline elements' texts meet, so a value ends with its element); ``text`` is its cleaned text, the line
    itself when the block has no such edge. A link to a section of the page itself (``来源：X<a href="#comments">
    参与互动</a>``) is an interface control standing after a value, never part of one: its text goes."""
    line = clean(block.field_text) if block.breaks else text
    for link in block.links:
        if not link.href.startswith("#") or not _IN_PAGE_HREF_RE.match(link.href):  # most links: a startswith
            continue
        label = link.text.strip()
        if label and label in line:
            head, _, tail = line.rpartition(label)
            line = clean(f"{head} {tail}")
    return line


def _set_apart(block: Block) -> bool:
    """The markup makes the block a figure's caption, apart from the running text (``<figcaption>``, a caption
    class). Pages mark captions this way or write them as paragraphs; only the latter are part of the text."""
    if block.tag == "figcaption" or _caption_path(block.path) or _in_picture_box(block.path):
        return True
    if _in_figure(block.path) and is_caption(block.text):
        return True
    return _inline_caption(block)


def _boxed_caption(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is the caption of the picture it shares a box with: the innermost element holding it and the one
    picture set before it (:attr:`~newsmend.blocks.Block.picture_box`) holds no other block, the block is a caption's
    length with no link, and the box says it frames the picture: its text is fine print (:func:`_in_fine_print`:
    ``<div><a><img></a><small>Intelの新型NUC…</small></div>``, a Japanese PC magazine's pictures, unseen-ja3) or the
    box is a table of the picture's cell and the text's (``<table class="img"><tr><th><img></th></tr><tr><td>…``, a
    Japanese weekly's, unseen-ja3: the rows' ``tbody`` holds both, :data:`_TABLE_FRAMES`). Text in the body's type
    beside a picture in another box stays text: a short paragraph under a lone picture may be the story's own."""
    block = blocks[i]
    box = block.picture_box
    if box < 0 or block.links or len(block.text) > CAPTION_MAX_CHARS:
        return False
    if any(0 <= j < len(blocks) and blocks[j].within(box) for j in (i - 1, i + 1)):
        return False  # the box holds more text: no picture's own
    return _in_fine_print(block) or label_tag(element_label(block, box)) in _TABLE_FRAMES


def _in_fine_print(block: Block) -> bool:
    """``<small>`` elements hold most of the block's text (:data:`INLINE_CAPTION_MIN_SHARE`)."""
    return _holds_most(block, sum(len(text) for label, text in block.inline if label_tag(label) == "small"))


def _inline_caption(block: Block) -> bool:
    """Inline elements named as a caption (:data:`_INLINE_CAPTION_WORDS`, or ``caption`` beside a credit:
    :data:`_INLINE_CREDIT_WORDS`, or holding a sentence: :func:`_caption_sentence`) or, in a ``<figure>``, as the
    picture's credit alone (a 2016 morning show's ``figure.entry-img > img + small.entry-img-credit``, ``Courtesy
    of Zillow`` under each of eight pictures, stood as lines of the text: eighty-fifth audit) hold most of the
    block's text (:data:`INLINE_CAPTION_MIN_SHARE`). Not in a form's ``<legend>``, which titles a group of fields
    however its theme classes the text (``legend>span.fieldset-legend`` over a comment form's text formats). A block
    without inline elements (97% of those asked) holds no such text: the cheap exit before any label is read."""
    if block.tag == "legend" or not block.inline:
        return False
    parts = [(class_tokens(label), text) for label, text in block.inline]
    credited = any(not _INLINE_CREDIT_WORDS.isdisjoint(tokens) for tokens, _ in parts)
    beside = any("caption" in t for t, _ in parts) or _in_figure(block.path)
    words = _CREDITED_CAPTION_WORDS if credited and beside else _INLINE_CAPTION_WORDS
    held = sum(
        len(text)
        for tokens, text in parts
        if not words.isdisjoint(tokens) or ("caption" in tokens and _caption_sentence(text))
    )
    return _holds_most(block, held)


def _holds_most(block: Block, held: int) -> bool:
    """Whether ``held`` characters of the block's inline elements (:attr:`~newsmend.blocks.Block.inline`) are most of
    its text as parsed (:data:`INLINE_CAPTION_MIN_SHARE`): what the markup says the line is, it mostly is."""
    return held > 0 and held >= INLINE_CAPTION_MIN_SHARE * len(block.parsed or block.text)


def _caption_sentence(text: str) -> bool:
    """An inline caption element's text is a sentence of :data:`CAPTION_SENTENCE_MIN_WORDS` words or more: what
    is said of a picture, where an interface label classed so (``Next``, ``Advertisement:``) is none."""
    return ends_sentence(text) and len(text.split()) >= CAPTION_SENTENCE_MIN_WORDS


@lru_cache(maxsize=PATH_CACHE_SIZE)
def _media_label(path: str) -> bool:
    """The path is a heading's in a ``<figure>`` (:data:`_FIGURE_HEADING_RE`): the embedded media's label."""
    return "figure" in path and _FIGURE_HEADING_RE.search(path) is not None  # a substring test first


@lru_cache(maxsize=PATH_CACHE_SIZE)
def _caption_path(path: str) -> bool:
    """The path sets its block apart as a caption: a ``<figcaption>``, a picture widget or a WordPress picture's
    box (:data:`_IN_ATTACHMENT_RE`) above it, or its own element or its parent named as one (:data:`_CAPTION_PATH`)."""
    in_figcaption = "figcaption" in path and _IN_FIGCAPTION_RE.search(path)  # a substring test first
    in_widget = "picture" in path and _IN_PICTURE_WIDGET_RE.search(path)
    in_attachment = "#attachment_" in path and _IN_ATTACHMENT_RE.search(path)
    return bool(in_figcaption or in_widget or in_attachment or _CAPTION_PATH.found_in(_own_segments(path)))


@lru_cache(maxsize=PATH_CACHE_SIZE)
def _in_figure(path: str) -> bool:
    """The path runs through a ``<figure>`` element (:data:`_IN_FIGURE_RE`)."""
    return "figure" in path and _IN_FIGURE_RE.search(path) is not None  # a substring test first


@lru_cache(maxsize=PATH_CACHE_SIZE)
def _in_picture_box(path: str) -> bool:
    """A paragraph or ``div`` that is a picture's box (:data:`_PICTURE_BOX_RE`) or whose parent element is one, or a
    box of text classed as an aligned picture (:data:`_ALIGNED_PICTURE_RE`): the box holds the picture and the line
    under it, its caption or credit."""
    segments = path.rsplit(">", 2)
    own = segments[-1]
    if label_tag(own) in _ALIGNED_PICTURE_TAGS and (_ALIGNED_PICTURE_RE.search(own) or _PICTURE_BOX_RE.search(own)):
        return True
    return len(segments) == 3 and label_tag(own) in _PICTURE_BOX_LINE_TAGS and bool(_PICTURE_BOX_RE.search(segments[1]))


@lru_cache(maxsize=PATH_CACHE_SIZE)
def _picture_text_path(path: str) -> bool:
    """The block's own element or its parent is named as a picture's text (:data:`_PICTURE_TEXT`)."""
    return _PICTURE_TEXT.found_in(_own_segments(path))


def _picture_text_inline(block: Block) -> bool:
    """Inline elements named as a picture's text (:data:`_PICTURE_TEXT`) hold most of the block's text
    (:data:`INLINE_CAPTION_MIN_SHARE`), as :func:`_inline_caption` asks of a caption's."""
    held = sum(len(text) for label, text in block.inline if _PICTURE_TEXT.found_in(label))
    return _holds_most(block, held)


def _own_segments(path: str) -> str:
    """The block's own element and its parent in its ``path`` (:data:`CAPTION_PATH_SEGMENTS`), where a caption's
    name stands."""
    return ">".join(path.split(">")[-CAPTION_PATH_SEGMENTS:])


#: What a footer sets between its links and after the last one (``About | Privacy · Terms``).
_LINK_SEPARATORS = " |·•/-–—"
#: A Latin letter or digit opening a link's label: a sentence in Latin letters may go on into it.
_LATIN_START_RE = re.compile(r"[A-Za-z0-9\u00c0-\u024f]")
#: A word that leads a sentence on into what follows it (``under a``, ``Part of``, ``by``): lower case, short.
_LEADING_WORD_RE = re.compile(r"(?<![^\s])[a-zà-ÿ]{1,5}$")
#: The abbreviations of China's provinces and regions, which open a site's registration numbers (``沪ICP备``).
_PROVINCES = "京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕秦吉闽贵黔粤青藏川蜀宁琼港澳台"
#: A registration number's label and the number (``沪ICP备14003370号``, ``浙 ICP 备 17005035 号 -1``,
#: ``晋公网安备 14010502050691号``, an online culture licence ``京网文【2023】1034-029号``) with the province's
#: abbreviation before it (:data:`_PROVINCES`): the site's licences, which a Chinese footer sets after its notice
#: or before it.
_REGISTRATION_RE = re.compile(
    rf"[{_PROVINCES}]?\s*(?:ICP\s*[备证]|公网安备|公安网备|网文(?=[【\[]))\s*号?\s*[:：]?\s*"
    r"(?:[^\s|,，。号]{0,30}号(?:\s*-\s*\d+)?|[A-Za-z0-9\-－]*)",
    re.I,
)
#: The bars and spaced dots a footer sets between its notice and its menu (``© 2019 X | Impressum | Datenschutz``);
#: a dot glued between words is a name's (``尼克·马什``).
_MENU_BAR_RE = re.compile(r"\s*[|｜]\s*|\s+[·•]\s+")
#: Items after the notice's bars at least to be a menu: one name after a bar is the notice's (``© dpa | Kay
#: Nietfeld``, a picture's credit and its photographer).
MENU_MIN_ITEMS = 2
#: Where a part of a footer line ends: a sentence's end, a bar, a spaced dot or dash.
_PART_END_RE = re.compile(r"(?<=[.!?])\s+|\s*[|｜]\s*|\s+[·•\-–—]\s+|\s*[—–]\s*")
#: A credit after the notice: its opening words (:data:`_CREDIT_OPENING`), a theme or template named, a
#: software's version (``WordPress 4.8.12``, ``rev 2024.5.24.9787``, ``(v0.4.0)``; a date's year has four digits).
_CREDIT_RE = re.compile(
    rf"(?P<opening>{_CREDIT_OPENING})|\b(?:themes?|template)\b|(?P<version>\bv\d+(?:\.\d+)+\b|\b\d+\.\d+\.\d{{1,3}}\b)",
    re.I,
)
#: Rights reserved, in the languages the bench's footers write it in (``Todos los derechos reservados``, ``Alle
#: Rechte vorbehalten``): a part of a notice that states rights without the mark.
_RESERVED_RE = re.compile(
    r"\b(?:rights|derechos|direitos|droits|rechte|diritti|prawa)\b.{0,24}?"
    r"(?:reserved|reservados|réservés|vorbehalten|riservati|zastrzeżone)|riproduzione riservata|hakkı saklıdır",
    re.I,
)


def _notice_alone(block: Block, text: str) -> str | None:
    """The copyright notice of a line as a person would copy it, without what the line sets around it: the
    registration numbers of a Chinese footer (:func:`_without_registration`), a menu after bars
    (:func:`_without_menu`), the links it opens or closes with (:func:`_without_end_links`), the newsroom's tip line
    closing it (:func:`_without_tip_line`), the sentences before the one stating the rights
    (:func:`_from_rights_sentence`) and a software's or theme's credit before it (:func:`_without_leading_credit`)
    or after it (:func:`_without_credit`), in that order; None when the notice is the credit's own (``© 2023 X
    (v0.4.0)``, ``Powered by FlaskBB © 2013 - 2024 by the FlaskBB Team``) or a statistics counter's
    (:func:`_counters_notice`)."""
    stated = _without_tip_line(_without_end_links(block, _without_menu(_without_registration(text))))
    notice = _without_leading_credit(_from_rights_sentence(stated))
    return _without_credit(notice) if notice and not _counters_notice(notice) else None


def _without_leading_credit(text: str) -> str | None:
    """A notice without the software's credit its line opens with (:data:`_SOFTWARE_CREDIT_RE` before the mark, as
    :func:`_states_rights` reads a far footer's line): the part after the credit's (:data:`_PART_END_RE`:
    ``Powered by WordPress | © 2024 Jane's Garden`` -> ``© 2024 Jane's Garden``). None when the notice runs on in
    the credit's own part (``Powered by FlaskBB © 2013 - 2024 by the FlaskBB Team``, a forum software's footer on
    every forum it runs) or its holder is a word of the credit (``Powered by Kunena Forum · © 2008 - 2024
    Kunena``): the software's notice, no page's."""
    mark = _RIGHTS_RE.search(text)
    credit = _SOFTWARE_CREDIT_RE.search(text, 0, mark.start()) if mark else None
    if mark is None or credit is None:
        return text
    part_ends = list(_PART_END_RE.finditer(text, credit.end(), mark.start()))
    if not part_ends:
        return None
    notice = text[part_ends[-1].end() :]
    credited = _holder_words(text[credit.end() : part_ends[-1].start()])
    return None if credited & _holder_words(notice) else notice


def _holder_words(text: str) -> set[str]:
    """The words of ``text`` that may name a holder, lower-cased: those of :data:`HOLDER_WORD_MIN_CHARS` letters or
    more, besides the mark's and the rights' words (:data:`_RIGHTS_RE`)."""
    return {w for w in _LETTER_WORD_RE.findall(_RIGHTS_RE.sub(" ", text).lower()) if len(w) >= HOLDER_WORD_MIN_CHARS}


def _without_tip_line(text: str) -> str:
    """``text`` without the outlet's tip line closing it after a stop or a space
    (``澎湃新闻，未经授权不得转载。新闻报料：4009-20-4009``, a news site's line under its text, unseen-zh27) or
    opening it before one (``聯絡我們： web_info@… Copyright 2018 …``, a 2018 Hong Kong daily's footer line,
    ninety-second audit: the longest such opening): how to reach the newsroom
    (:func:`~newsmend.fields.lines.is_tip_line`), no part of the notice."""
    opening = _opening_tip_line(text)
    rest = text[opening.end() :] if opening is not None else text
    closing = next((m for m in _inner_breaks(rest) if is_tip_line(rest[m.end() :])), None)
    return rest[: closing.start()] if closing is not None else rest


def _opening_tip_line(text: str) -> re.Match[str] | None:
    """The break after the longest tip line opening ``text`` (:func:`~newsmend.fields.lines.is_tip_line`), None
    without one. Only breaks past a colon and within a tip line's length are tried: a tip line labels its addresses
    with a colon (a notice's spaces are many, its prefixes' tests each a cleaning and a fold)."""
    colon = _COLON_RE.search(text, 0, CALL_TO_ACTION_MAX_CHARS)
    if colon is None:
        return None
    breaks = [m for m in _inner_breaks(text) if colon.end() <= m.start() <= CALL_TO_ACTION_MAX_CHARS]
    return next((m for m in reversed(breaks) if is_tip_line(text[: m.start()])), None)


def _inner_breaks(text: str) -> list[re.Match[str]]:
    """Where ``text`` may go on with another statement (:data:`_STATEMENT_BREAK_RE`), not at its ends."""
    return [m for m in _STATEMENT_BREAK_RE.finditer(text) if m.start() > 0 and m.end() < len(text)]


def _from_rights_sentence(text: str) -> str:
    """``text`` from its first sentence that is a notice (:func:`~newsmend.fields.lines.is_copyright`) on: the
    sentences before it are the footer's other statements (``The Onion is not intended for readers under 18 years
    of age. ©Copyright 2015 Onion Inc. All rights reserved``, a 2014 satirical paper's footer line, forty-fourth
    audit); ``text`` itself when its first sentence is one or none is (a cheap test first: most notices open with
    their mark), or when a sentence before states rights reserved in words (``Todos os direitos reservados. …
    Campo Grande News © 2020.``, trafilatura-eval t0826: the notice's own). Sentences end after a word's stop, not
    a number's (``Veröffentlicht am 5. November 2023, 14:09 / ©5min.at``, trafilatura-eval t0922, is one)."""
    sentences = _WORD_SENTENCE_END_RE.split(text)
    if len(sentences) < 2 or _opens_notice(sentences[0]):
        return text
    first = next((k for k, sentence in enumerate(sentences) if _opens_notice(sentence)), None)
    if first is None or any(map(_states_reserved, sentences[:first])):
        return text
    return " ".join(sentences[first:])


def _opens_notice(sentence: str) -> bool:
    """A sentence of a footer line that is a notice (:func:`~newsmend.fields.lines.is_copyright`) or opens with the
    rights' mark (:data:`_RIGHTS_MARK`): ``(c) Kakaku.com, Inc.`` before ``All Rights Reserved.`` holds the
    notice's holder, which a ``(c)`` without a year does not make a notice alone (a list's third item opens so)."""
    return is_copyright(sentence) or _RIGHTS_MARK_RE.match(sentence) is not None


def _names_holder(text: str) -> bool:
    """Whether ``text`` names something besides the mark, the word, the years (``© 2022`` alone names no one) and a
    site's registration numbers with their labels (:data:`_REGISTRATION_RE`, :data:`_EMPTIED_LABEL_RE`: ``Copyright
    © 2008-2019备案号：粤ICP备09109218号``, a financial paper's footer line, names none)."""
    bare = " ".join(_EMPTIED_LABEL_RE.sub("", piece) for piece in _REGISTRATION_RE.split(text))
    return _LETTER_WORD_RE.search(_RIGHTS_RE.sub("", bare)) is not None


def _states_reserved(text: str) -> bool:
    """A part of a footer line that states rights: a notice, or rights reserved in words (:data:`_RESERVED_RE`)."""
    return is_copyright(text) or _RESERVED_RE.search(text) is not None


def _without_registration(text: str) -> str:
    """The notice among a line's registration numbers (:data:`_REGISTRATION_RE`): the first stretch between them
    that is a notice naming its holder, without the label left before a number (``备案序号：``); ``text`` when
    none is (``Copyright © 2014~2019 The Paper All rights reserved.上海东方报业有限公司 | 沪ICP证：沪B2-20170116 |
    沪ICP备14003370号`` -> its opening; ``京ICP备16016202号-1 版权所有：中国科协`` -> what follows the number)."""
    if _REGISTRATION_RE.search(text) is None:
        return text
    for piece in _REGISTRATION_RE.split(text):
        notice = _EMPTIED_LABEL_RE.sub("", piece).strip(_LINK_SEPARATORS)
        if is_copyright(notice) and _names_holder(notice):
            return notice
    return text


def _without_end_links(block: Block, text: str) -> str:
    """A copyright notice without the links its footer line opens and closes with, glued as the page shows them
    (``AdvertisingPrivacyJobsTerms of Use© 2022 G/O Media``, a sports blog's menu footer, unseen-en16; ``© 2015 X.
    All rights reserved About X.comHPMG NEWS SITEMAP``): only links, the rest a notice that names its holder. With
    links opening the line, every other link closes it or stands in the notice after its rights' mark
    (:func:`_holds_after_mark`): the notice's own linked holder (``<a>Vox Media</a><a>Advertise with us</a><a>Jobs @
    Vox Media</a> © 2016 <a>Vox Media</a>, Inc. All Rights Reserved``, a sports network's footer box, eighty-ninth
    audit); one before the mark (a menu with a ``版权声明`` link) keeps the line whole, as does a closing link that is
    the holder's name. A linked rights word opens the notice (``<a>Copyright</a> © 2020 …``): no link to cut. A
    link that is the notice itself (:func:`_notice_link`) is none of them."""
    labels = [link.text for link in block.links if link.text and link.text in text and not _notice_link(link)]
    rest, opening = text, 0
    for label in labels:
        opened = rest.lstrip(_LINK_SEPARATORS)
        if not opened.startswith(label) or _RIGHTS_RE.match(label):  # the notice's own word linked opens it
            break
        rest, opening = opened[len(label) :], opening + 1
    closings = [rest]
    closing = [label.rstrip(_LINK_SEPARATORS + ".") for label in labels[opening:]]  # its full stop is the line's
    for n in range(len(closing) - 1, -1, -1):
        closed = rest.rstrip(_LINK_SEPARATORS + ".")
        shown = _closing_label(closed, closing[n])
        if not shown or _in_sentence(closed[: -len(shown)], closing[n], closing[:n]):
            break
        rest = closed[: -len(shown)].rstrip() + _bracket_stop(shown, rest[len(closed) :])
        closings.append(rest)
    if opening:  # every link after the opening ones closes the line or is the notice's own
        closings = [c for k, c in enumerate(closings) if _holds_after_mark(c, labels[opening : len(labels) - k])]
    for candidate in reversed(closings):
        notice = candidate.strip(_LINK_SEPARATORS) if opening else candidate.rstrip(_LINK_SEPARATORS)
        if notice and is_copyright(notice) and _names_holder(notice):
            return notice
    return text


def _holds_after_mark(notice: str, labels: list[str]) -> bool:
    """Each of ``labels`` stands in ``notice`` after its rights' mark or word (:data:`_RIGHTS_RE`): links of the
    notice's own words, its holder's name (``© 2016 <a>Vox Media</a>, Inc.``), no menu's. True without labels."""
    mark = _RIGHTS_RE.search(notice)
    return not labels or (mark is not None and all(label in notice[mark.end() :] for label in labels))


def _closing_label(closed: str, label: str) -> str:
    """How a link's label closes a footer line, as the line shows it: the label, or the label in brackets (``All
    rights reserved (<a>About Us</a>).``, a regional news site's footer, unseen-en25), the brackets the link's own;
    empty when the line ends otherwise."""
    for shown in (label, f"({label})"):
        if label and closed.endswith(shown):
            return shown
    return ""


def _bracket_stop(shown: str, after: str) -> str:
    """The full stop a line sets after a bracketed closing link (``reserved (<a>About Us</a>).``): the notice's own
    sentence ends there, so the stop stays with the notice; an unbracketed link's stop is the link's line's."""
    return "." if shown.startswith("(") and "." in after else ""


def _in_sentence(before: str, label: str, earlier: list[str]) -> bool:
    """Whether a link closing a line ends its sentence: a word that leads on (:data:`_LEADING_WORD_RE`), a comma,
    colon or ampersand and a space before a Latin label (``Content available under a <a>Creative Commons
    license</a>``, ``Part of <a>Springer Nature</a>``, ``For reprint rights: <a>Times Syndication Service</a>``,
    ``<a>Impressum</a> & <a>Datenschutz</a>``, one menu item of two links), not a separator, a glued
    menu (``Coaching-MagazinImpressum``), the link before it (``Entries RSS Comments RSS``), a change of script
    (``Baidu 使用百度前必读``) nor a name or a sentence's last word (``Made in NYC <a>Ad Choices</a>``, a business
    weekly's footer, unseen-en21)."""
    stripped = before.rstrip()
    if stripped == before or (earlier and stripped.endswith(earlier[-1])):
        return False
    leads_on = stripped[-1:] in (",", ":", ";", "&") or _LEADING_WORD_RE.search(stripped) is not None
    return leads_on and _LATIN_START_RE.match(label) is not None


def _without_menu(text: str) -> str:
    """A notice without the menu its line sets after bars (:data:`_MENU_BAR_RE`): the line up to its last part
    that states rights, when a menu follows it (:data:`MENU_MIN_ITEMS`) and it names the holder (``© Le Monde.fr |
    Fréquentation certifiée par l'OJD | CGV | Mentions légales``, ``X 版权所有 | 不良信息举报电话：… | …``);
    ``© 2020 | X | Y`` stays whole."""
    bars = list(_MENU_BAR_RE.finditer(text))
    ends, stops = [0] + [bar.end() for bar in bars], [bar.start() for bar in bars] + [len(text)]
    rights = [n for n, (start, stop) in enumerate(zip(ends, stops, strict=True)) if _states_reserved(text[start:stop])]
    if not rights or len(stops) - 1 - rights[-1] < MENU_MIN_ITEMS:
        return text
    notice = text[: stops[rights[-1]]]
    return notice if _names_holder(notice) else text


def _without_credit(text: str) -> str | None:
    """A notice without a software's, theme's or designer's credit closing its line (:data:`_CREDIT_RE`: ``© 2015
    X. Theme: Y von Z. Proudly powered by WordPress.``, ``© 2024 X • Built with GeneratePress``, ``Copyright © X
    Powered by Invision Community``): the line up to the part the credit opens, when nothing after it states rights
    (``… Powered by Indiatimes Lifestyle Network. All rights reserved`` stays). None when what is left names no
    holder (``Copyright © 2021 | WordPress Theme von MH Themes``, ``© 2022 Powered by BBS-GO``) or a version stands
    in the notice's own part (``© 2023 PaoPao.info (v0.4.0)``, a forum software's): the credit's notice, no page's."""
    mark = _RIGHTS_RE.search(text)
    credit = _CREDIT_RE.search(text, mark.end()) if mark else None
    if mark is None or credit is None or _states_reserved(text[credit.end() :]):
        return text
    part_ends = list(_PART_END_RE.finditer(text, mark.end(), credit.start()))
    if part_ends:
        cut = part_ends[-1].start()
    elif credit.group("version"):
        return None
    elif credit.group("opening"):
        cut = credit.start()
    else:
        return text  # a theme's name in the notice's own words (``© 2020 X on the Foodie Pro Theme``)
    notice = text[:cut].rstrip(_LINK_SEPARATORS)
    return notice if _names_holder(notice) else None


#: Links a line holds at least to be a menu of them (``关于我们| 网站地图| 版权声明| 联系我们``): a footer's row
#: of links to the site's pages, one of which is its copyright statement's page.
MENU_MIN_LINKS = 3
#: A label and what it states after its colon (``版权声明：转载须经…``): a notice, no link's label.
_LABELLED_STATEMENT_RE = re.compile(r"[:：]\s*\S")


def _links_to_notice(block: Block) -> bool:
    """A menu whose copyright words are only a link's label (``新华社简介 公司官网 联系我们 我要链接 版权声明 法律
    顾问…``, a news agency's footer, unseen-zh23; a sports body's ``Copyright sowie allg. Geschäftsbedingungen``
    among its legal pages): the line links to the site's statement and states nothing, so it is no notice. A
    notice in the line decides otherwise: outside its links (``<a>About</a> | <a>Privacy</a> | <a>Terms</a> © 2022
    X``, :func:`_notice_alone`) or as a link of its own (a blog's ``<a>© X 2020</a> · <a>WordPress</a> · …``).
    A line that is one such link alone is one too (``<a>View privacy policy, copyright and trust info</a>`` under
    a story, ``<h1><a>版权声明</a></h1>`` over a side box), unless a statement follows its label (a daily's linked
    ``版权声明：转载须经版权人书面授权并注明来源``: readability-testpages gmw)."""
    if len(block.links) == 1 and clean(block.links[0].text) == clean(block.text):
        return _STATED_RIGHTS_RE.search(block.text) is None and _LABELLED_STATEMENT_RE.search(block.text) is None
    if len(block.links) < MENU_MIN_LINKS:
        return False
    rest = block.text
    for link in block.links:
        rest = rest.replace(link.text, " ", 1)
    labels = [link.text for link in block.links if is_copyright(link.text)]
    return not is_copyright(rest) and not any(_STATED_RIGHTS_RE.search(label) for label in labels)


def _take_field(
    block: Block, text: str, role: str | None, found: Evidence, *, meta_ok: bool, line: str | None = None
) -> bool:
    """Record ``block`` (cleaned to ``text``) as a field when it is one; False when it is ordinary text. Values are
    read from its :func:`_field_line` (``line``, when the caller read it already); a copyright notice is kept as
    the page shows it."""
    if len(text) > FIELD_LINE_MAX_CHARS and role not in FIELD_ROLES:
        return False  # a paragraph: no field line is this long (cheap exit, most body lines)
    line = _field_line(block, text) if line is None else line
    republished = republished_credit(line) if meta_ok and line.lstrip("（(").startswith("本文") else None
    if role == "copyright" or (is_copyright(text, mid_text=not meta_ok) and not _links_to_notice(block)):
        credit = editor_before(text)
        if credit is not None:  # <span>责任编辑：X</span> 澎湃新闻，未经授权不得转载。: the editor's, then the notice
            found.labelled.append(credit[0])
            text = credit[1]
        found.copyrights += filter(None, [_notice_alone(block, text)])
        # a notice may name the source (版权声明 来源：X); its other values (a footer's 更新时间) are the site's
        found.labelled += [v for v in labelled_values(line) if v.field == "source"]
        # and, opening as a republication credit, the writer: 本文来自博客园，作者：X，转载请注明原文链接 (a blog
        # platform's signature under every post, whose author box its script fills: seventy-fifth audit)
        found.byline_names += republished[1] if republished is not None else []
        return True
    if republished is not None:  # 本文来自微信公众号“X”，作者：Y，…经授权发布。
        found.labelled.append(LabelledValue("source", REPUBLISHED_LABEL, republished[0]))
        found.byline_names += republished[1]
        return True
    credited = credit_line(line) if meta_ok else None
    if credited is not None:  # 記者張三／台北報導 over the text
        found.byline_names += credited
        found.dateline_outlets += filter(None, [credit_outlet(line)])
        return True
    pair = email_byline(line) if "@" in line else None
    if pair and not pair[0] and _menu_item(block.path):
        return True  # a menu's entry that is a bare address is the site's contact (``redaktion@…``): no one's
    if pair and (pair[0] or meta_ok):  # a bare address amid the text is a contact it gives (``écrivez à X :``)
        found.byline_names += split_names(pair[0])
        found.emails.append(pair[1])
        return True
    # a meta line counts near the body's ends; an account's masthead (某某 | 公众号 X) is never text
    may_leave = meta_ok or role in FIELD_ROLES or account_source(line) is not None
    if may_leave and is_meta_line(line):
        found.labelled += labelled_values(line)
        found.emails += EMAIL_RE.findall(line)
        found.meta_lines.append(line)
        return True
    return False


def _context(n: int, body: list[int], selection: Selection, headline: int | None) -> tuple[list[int], list[int]]:
    """Indices read around the body: a window before (reaching back to the headline, the selection's or the one
    :func:`_headline_index` finds) and after it."""
    if not body:
        return [i for i in selection.roles if selection.roles[i] in FIELD_ROLES], []
    start, end = body[0], body[-1]
    first = max(0, start - CONTEXT_BEFORE)
    for index in (selection.title, headline):
        if index is not None and index < start:
            first = min(first, index)
    chosen = set(body)
    before = [i for i in range(first, start) if i != selection.title]
    after = [i for i in range(end + 1, min(n, end + 1 + CONTEXT_AFTER))]
    extra = [i for i, r in selection.roles.items() if r in FIELD_ROLES and not first <= i <= end + CONTEXT_AFTER]
    inner = [i for i in range(start, end) if i not in chosen and selection.roles.get(i) in FIELD_ROLES]
    return before + inner, after + sorted(extra)


def _post_stamps(
    blocks: list[Block], headline: int | None, body: list[int], after: list[int], selection: Selection
) -> list[str]:
    """The meta lines (a labelled date) of the blocks past ``after`` that stay in the post's own element
    (:func:`_post_tail`). Only their stamps count: the element may hold a list of comments or teasers, whose other
    lines credit and date their own items."""
    if not body:
        return []
    tail = Evidence()
    for i in _post_tail(blocks, headline, body[0], after[-1] + 1 if after else body[-1] + 1):
        _read_context(blocks[i], selection.roles.get(i), tail, near=None)
    return tail.meta_lines


def _post_tail(blocks: list[Block], headline: int | None, start: int, past: int) -> list[int]:
    """The blocks from ``past`` on that stay in the post's own element, the innermost one holding the headline over
    the body and the body's first line, when it closes before the page ends: the post's footer, however many
    widgets precede its stamp (a cnblogs post's ``posted @ 2018-03-13 21:51 美码师 阅读(5101)`` line closing its
    ``div.post``, fifteen blocks past the text, after a signature box, the category and tag lines, the buttons, the
    author box and the previous and next links: eighty-seventh audit; a 2020 international broadcaster's story,
    trafilatura-eval t0985, whose ``Date 19.01.2020`` info list closes its article box after the teasers)."""
    if headline is None or headline >= start:
        return []
    depth = common_length(blocks[headline].ancestors, blocks[start].ancestors)
    own = blocks[start].ancestors[depth - 1] if depth else None
    if own is None or own in blocks[-1].ancestors:
        return []
    return list(takewhile(lambda i: own in blocks[i].ancestors, range(past, len(blocks))))


def _is_headline(block: Block, index: int, headline: int | None, title: str | None) -> bool:
    """The block is the headline and reads as the title: it names the story's subject, no field. A German
    headline ending ``von`` + a name (``Eine Hommage an Vicco von Bülow, Deutschlands größten Humoristen``, a
    Belgian German-language daily's TV tip, fifty-eighth audit) read as a byline's ``von`` (by) and gave the story
    the author ``Bülow``."""
    return index == headline and bool(title) and norm(block.text) == norm(title or "")


def _headline_index(page: Page, selection: Selection, title: str | None, body: list[int]) -> int | None:
    """The block holding the headline: the selection's, else the first heading that reads as the title, else the
    first block before the body that reads as it (older portals set the headline in a styled ``<div>``)."""
    if selection.title is not None:
        return selection.title
    key = norm(title or "")
    if not key:
        return None
    blocks = page.blocks
    head = next((i for i, b in enumerate(blocks) if b.tag in HEADING_TAGS and norm(b.text) == key), None)
    if head is not None or not body:
        return head
    return next((i for i in range(min(body[0], len(blocks))) if norm(blocks[i].text) == key), None)


def _after_headline(blocks: list[Block], index: int | None, end: int | None = None) -> list[str]:
    """Short lines just under the headline, where the dateline of most pages stands, above block ``end`` if given;
    not a poster's join date (:func:`_joined_path`), which a thread's first card sets there."""
    if index is None:
        return []
    window = (blocks[i] for i in _under_headline(end or len(blocks), index) if not _joined_path(blocks[i].path))
    lines = (_field_line(b, clean(b.text)) for b in window)
    return [t for t in lines if len(t) <= DATELINE_MAX_CHARS or _led_by_date(t)]


def _text_end(body: list[int], headline: int | None) -> int | None:
    """The block after the body's last when the body runs on under the headline: where the lines that may credit
    the story end. A short story's text ends within the headline's window, and what follows it is the page's: a
    related list's heading over its items' dates (``相關新聞`` over ``2024/10/17 16:05``) read as the outlet the
    dateline names (a 2024 Taiwanese financial wire's story of three paragraphs, sixtieth audit)."""
    return body[-1] + 1 if body and headline is not None and body[-1] > headline else None


def _over_headline(blocks: list[Block], index: int | None) -> list[str]:
    """The short line right above the headline, inside the element holding it (its ``<header>``): a template may set
    the story's date there instead of under it (``<span>02.12.19</span><h1>…</h1>``: a 2019 Berlin school's news
    item, twenty-first audit); a kicker or a section's name stands there as often. Not a lead photo's caption: a
    date in its sentence is the photo's (a bare date there is read with the lines before the body)."""
    if not index:
        return []
    above, element = blocks[index - 1], containers(blocks[index])[:-1]
    line = clean(above.text)
    inside = containers(above)[: len(element)] == element
    if not inside or len(line) > DATELINE_MAX_CHARS or _set_apart(above) or _picture_text_path(above.path):
        return []
    return [line]


def _over_headline_box(blocks: list[Block], index: int | None) -> list[int]:
    """The blocks within :data:`OVER_HEADLINE_CREDIT_BLOCKS` above the headline inside the element around the
    headline's own box: a commentary's header may name its guest writer above the kicker and the ``<h1>``
    (``article.ArticleHeaderComment`` holding ``div.Author>span.Author_name`` and ``div.subject>h1``: a German
    marketing weekly's guest column, thirty-third audit), far above a body that lead, sharing buttons and a list of
    stories beside it push down. Only their credits are read (an author link, an element classed as a byline)."""
    if not index:
        return []
    element = containers(blocks[index])[:-2]
    start = max(0, index - OVER_HEADLINE_CREDIT_BLOCKS)
    return [i for i in range(start, index) if containers(blocks[i])[: len(element)] == element]


def _in_other_article(blocks: list[Block], index: int, headline: int | None) -> bool:
    """Whether the block above the headline stands in an ``<article>`` element that does not hold the headline: a
    teaser card, which HTML marks as an article of its own (a 2016 politics site's utility bar of
    ``article.story-frag`` cards, each with its ``By Matthew Nussbaum and Burgess Everett`` byline linked
    ``rel="author"``, within the window read before its story's ``<h1>``: they were read as the story's authors,
    eighty-third audit). The outermost such element decides; cards whose path reads as the headline's own (the
    same classes at the same depth) are not told apart, and are read as before."""
    if headline is None or index >= headline:
        return False
    path = blocks[index].path.split(">")
    own = blocks[headline].path.split(">")
    depth = next((d for d, step in enumerate(path) if step.split(".")[0] == "article"), None)
    return depth is not None and own[: depth + 1] != path[: depth + 1]


def _byline_zone(headline: int | None, body: list[int]) -> range:
    """The blocks where a byline stands: from under the headline (which may open the body) to the body's first
    :data:`BODY_EDGE_LINES` lines after it; none when the headline is unknown or stands after the body's start."""
    if headline is None or not body or headline > body[0]:
        return range(0)
    opening = [i for i in body if i > headline][:BODY_EDGE_LINES]
    return range(headline + 1, opening[-1] + 1) if opening else range(0)


def _names_handle(link: Link) -> bool:
    """``link`` leads to a member's page (:data:`_HANDLE_HREF_RE`) whose handle its label spells: the member's
    display name, where a login, a sign-up or a status label (``Offline``) spells none (:func:`spells_handle`)."""
    m = _HANDLE_HREF_RE.search(link.href)
    return m is not None and spells_handle(m.group("handle"), link.text)


def _handle_name(text: str) -> str:
    """A member's display name as its page's link spells it, whatever its words' shape (``Catch more fish``,
    ``strato2009``), less the ``@`` of a mention (``By @KajMagnus``)."""
    return clean(text).removeprefix("@")


def _read_credits(
    block: Block, found: Evidence, author_hrefs: frozenset[str], over_headline: bool = False, handles: bool = False
) -> None:
    """Names linked to an author page (by its address, or marked so: ``author_hrefs``; a member's page only where
    ``handles``: :data:`_HANDLE_HREF_RE`, its label the member's one name where it is no person's name-shaped:
    :func:`_handle_name`), the text of elements whose class says byline (and the posters a board's signing line there
    names: :func:`_signed_posters`), and the outlet named by an element whose class says source: the block's inline
    elements (``<span class="source">X</span>`` in a line of several values) before the block's own element. An
    inline element's text counts as it stands in the block's text (repair may have changed it since parsing);
    ``over_headline`` for a block above the headline in its header (:func:`_credits_inline`)."""
    for link in block.links:
        handle = handles and _names_handle(link)
        if handle or _AUTHOR_HREF_RE.search(link.href) or link.href.strip() in author_hrefs:
            found.link_names += split_names(link.text) or ([_handle_name(link.text)] if handle else [])
    if block.inline and _credits_inline(block, over_headline):
        for label, text in block.inline:
            if text in block.text:
                _read_inline_credit(class_tokens(label), text, found)
    byline, source = _credit_path(block.path)
    if (byline or _linked_name_in_box(block)) and len(block.text) <= BYLINE_MAX_CHARS:
        found.byline_blocks.append(_without_dates(_without_places_and_tags(block)))
        found.byline_names += _signed_posters(block)
    if source:
        _read_outlet(block.field_text, found)


def _signed_posters(block: Block) -> list[str]:
    """The posters a byline block's signing line names: each link to a member's profile by its number
    (:data:`_MEMBER_PROFILE_RE`) right after the board's word for "by" (:data:`_POSTED_BY_RE`). A board's member
    goes by a handle (``dbenham``, ``EvtimDjerekarov``), no name's shape, which the line's link and its ``by`` vouch
    for; only the thread's opening post's line is read for credits (:func:`_first_post_head`)."""
    text = block.text
    names = []
    for link in block.links:
        at = text.find(link.text) if link.text.strip() else -1
        if at > 0 and _MEMBER_PROFILE_RE.search(link.href) and _POSTED_BY_RE.search(text[:at]):
            names.append(link.text.strip())
    return names


def _linked_name_in_box(block: Block) -> bool:
    """A block that is one link to a profile page (:data:`_PROFILE_HREF_RE`) alone, set in a box classed as a
    byline: a 2018 Chinese blog platform's header (seventieth audit) sets ``div.author>div.info``, and in it
    ``<span class="name"><a href="/u/4b26c7f789d9">`` and the writer's name: the box's inner wrapper, which
    :func:`_credit_path` does not read as a byline by its own class, holds the writer's linked name. Interface
    labels in such a box (``关注``, ``发布于``) are buttons or plain text, no link that is all the block says; a
    menu of the site's writers (``ul#menu-authors>li``) credits no one."""
    *_, holder, parent, _own = ["", "", *block.path.rsplit(">", 3)[-3:]]
    if not _BYLINE_CLASS_RE.search(parent) or _aside(holder) or _aside(parent):
        return False
    if not _AUTHOR_DETAIL_WORDS.isdisjoint(class_tokens(parent)) or len(block.links) != 1:
        return False
    link = block.links[0]
    return link.text.strip() == block.text.strip() and bool(_PROFILE_HREF_RE.fullmatch(link.href.strip()))


@lru_cache(maxsize=PATH_CACHE_SIZE)
def _credit_path(path: str) -> tuple[bool, bool]:
    """Whether a block at ``path`` is a byline by its element's class (or an item of a list so classed), and whether
    its element's class says source (see :func:`_read_credits`). An item of a list in page furniture is a menu's
    entry, no source whatever its class says: a 2014 investing site tags its section menu's items with tracking
    classes (``li.qs-source-ifltnvpnv0000001``), and a one-word item (``Basics``) had been read as the outlet
    (forty-first audit). A source element in a header's bar (``div.top-bar>div.date-source>span.source``) stays."""
    *_, holder, parent, own = ["", "", *path.rsplit(">", 3)[-3:]]
    # ul.author.list>li, one name an item; not a menu of the site's authors nor a forum post's author pane
    listed = label_tag(own) == "li" and _BYLINE_CLASS_RE.search(parent) and not _aside(holder) and not _aside(parent)
    byline = bool(listed or _BYLINE_CLASS_RE.search(own)) and _AUTHOR_DETAIL_WORDS.isdisjoint(class_tokens(own))
    source = "source" in own.lower() and "source" in class_tokens(own) and not _menu_item(path)
    return byline, source


def _menu_item(path: str) -> bool:
    """A block at ``path`` that is a list item (``li``) inside page furniture: an entry of a menu."""
    segments = path.split(">")
    return label_tag(segments[-1]) == "li" and any(is_furniture(s) for s in segments[:-1])


def _aside(segment: str) -> bool:
    """A path segment of page furniture (a menu, a sidebar) or of comments: where a site lists people who did not
    write the article."""
    return is_furniture(segment) or _names_comments(segment)


def _names_comments(segment: str) -> bool:
    """A path segment whose class or id words name comments (``div.comment-list``, ``li#comments-3``)."""
    return any(t.startswith("comment") for t in label_tokens(segment))


def _in_comments(path: str) -> bool:
    """A block at ``path`` stands in the comments (:func:`_names_comments`): a body that ran on into them credits
    its commenters there (``Kommentar von X``), no writer."""
    return any(_names_comments(segment) for segment in path.split(">"))


def _without_places_and_tags(block: Block) -> str:
    """The block's :attr:`~newsmend.blocks.Block.field_text` without the texts of its inline elements classed as
    a place (:data:`_PLACE_WORDS`), which bylines set beside the names (``X | Madrid``), nor those of its links to
    tag or category pages (:data:`_SECTION_HREF_RE`): a blog theme's meta line holds the date, the author and the
    post's tags (``November 26, 2017 tlow btw17, Bundestagswahl``: a tag was read as the author, t0173), and
    without the label left with no value then (``Kategorie:``)."""
    line = block.field_text
    for label, text in block.inline:
        if not _PLACE_WORDS.isdisjoint(class_tokens(label)):
            line = line.replace(text, " ")
    tags = [link.text.strip() for link in block.links if _SECTION_HREF_RE.search(link.href) and link.text.strip()]
    for tag in tags:
        line = line.replace(tag, " ")
    return _EMPTIED_LABEL_RE.sub(" ", line) if tags else line


def _without_dates(line: str) -> str:
    """A byline ``line`` without the parts, set apart by bars, that are a date alone (``October 14, 2009 | Marc
    Lifsher``, an archive's byline box, named no one): the names stand in the other parts."""
    parts = _BYLINE_BAR_RE.split(line)
    kept = [part for part in parts if not _date_alone(part)]
    return " | ".join(kept) if kept and len(kept) < len(parts) else line


def _date_alone(text: str) -> bool:
    """A date and nothing else with a letter or a digit in it (a clock time counts as the date's)."""
    hit = find_date(text)
    return hit is not None and _WORDISH_RE.search(text[: hit[1]] + text[hit[2] :]) is None


def _credits_inline(block: Block, over_headline: bool = False) -> bool:
    """Whether the block's inline elements may credit the article: not in page furniture (a sidebar's recent
    posts, a related list; a ``<header>`` is where bylines stand) nor in comments (a commenter's ``span.author``)
    or a caption (an image's source). The headline's own header (``over_headline``: :func:`_over_headline_box`)
    holds no comments, whatever its classes say: ``article.ArticleHeaderComment`` and its
    ``div.ArticleHeaderComment_author`` head a commentary (a German marketing weekly's guest column)."""
    segments = block.path.split(">")
    if _set_apart(block) or any(is_furniture(s) and label_tag(s) != "header" for s in segments):
        return False
    return over_headline or not any(_names_comments(s) for s in segments)


def _read_inline_credit(tokens: tuple[str, ...], text: str, found: Evidence) -> None:
    """The credit an inline element's class states for its ``text`` (tokens of ``span.entry-author``): a byline
    (:data:`_INLINE_AUTHOR_WORDS`) or the source outlet (``source``), unless a word beside it names something
    else (:data:`_INLINE_OTHER_WORDS`)."""
    if not _INLINE_OTHER_WORDS.isdisjoint(tokens) or not _AUTHOR_DETAIL_WORDS.isdisjoint(tokens):
        return
    if not _INLINE_AUTHOR_WORDS.isdisjoint(tokens) and len(text) <= BYLINE_MAX_CHARS:
        found.byline_blocks.append(text)
    elif "source" in tokens:
        _read_outlet(text, found)


def _read_outlet(text: str, found: Evidence) -> None:
    """The outlet an element classed as the source names (see :func:`_unlabelled_source`)."""
    outlet = _unlabelled_source(clean(text))
    if outlet:
        found.labelled.append(LabelledValue("source", "class", outlet))


def _section_names(blocks: list[Block], index: int | None) -> frozenset[str]:
    """The texts of the links to a section's listing (:data:`_SECTION_HREF_RE`) just under the headline."""
    window = (blocks[i] for i in _under_headline(len(blocks), index))
    return frozenset(clean(link.text) for b in window for link in b.links if _SECTION_HREF_RE.search(link.href))


def _read_dateline_credits(
    lines: list[str], found: Evidence, sections: frozenset[str], sites: list[str], title_key: str
) -> None:
    """The outlet (and reporters) the dated lines under the headline name without labels, in the line of the date
    (``新华社 2020-01-03 18:13``, ``原创 某某报 2019-09-09 16:01:46``) or, over a date standing alone, in the line
    before it (``张三/某某日报`` over ``2019-09-24 09:10``): see :func:`~newsmend.fields.people.dateline_credit`.
    A section's name (``sections``: a blog's category link beside the date), the site's address and an interface
    link (``http://ent.example.com 2009年11月09日11:30 某某音乐 我要评论(0)``) are no outlet and leave the others.
    A word must stand apart from the date: spans glued without a space (``频道栏目2019-09-23``) are several. Over a
    date standing alone, the name and the outlet may stand in two lines when the outlet is the site itself
    (:func:`~newsmend.fields.title.names_own_site` of ``sites``, its names for itself: another outlet's line
    under a portal's headline may follow an interface label, ``播报文章`` over ``中国新闻网``): see
    :func:`_writer_over_outlet`. A line naming no outlet may name its writer after the date and a dash
    (:func:`_dated_writer`: ``11.12.2019 - Jane Doe``). The headline repeated over a date standing alone (``title_key``,
    normalised: a mobile header's copy of it, ``<h1>`` then the date, under the desktop one) names no outlet: a news
    agency's page so credited its own headline as the source."""
    for pos, text in enumerate(lines):
        hit = find_date(text) if not labelled_values(text) else None
        if hit is None:
            continue
        end = hit[1] + len(text[hit[1] : hit[2]].rstrip())  # the match takes the space after a time (its zone's)
        before, after = text[: hit[1]], text[end:]
        if (before and not before[-1].isspace()) or (after and not after[0].isspace()):
            continue
        words = _naming_words((before + " " + after).split(), sections)
        alone = not words
        if alone and pos > 0 and _undated_value(lines[pos - 1]) and not _repeats_headline(lines[pos - 1], title_key):
            words = lines[pos - 1].split()
        names, outlet = dateline_credit(words)
        names = names or ([] if outlet or before.strip() else _dated_writer(after))
        if alone and pos > 1 and not names and _site_line(lines[pos - 1], sites):
            names = _writer_over_outlet(lines[pos - 2], sites, title_key)
        if outlet:
            found.dateline_outlets.append(outlet)
        if outlet or names:
            found.byline_names += names
            return


def _dated_writer(after: str) -> list[str]:
    """The writer a Latin-script dateline names after its date and a mark (:data:`_DATED_WRITER_RE`: ``11.12.2019
    - Amelie Loevenich``), ``after`` being the line's text after the date: one person's full name in the strict
    shape of a byline's (:data:`DATED_WRITER_MIN_WORDS` words: Han names, unspaced, are one); [] for any other line
    (a Han line's word beside a date is read by :func:`~newsmend.fields.people.dateline_credit`, outlets only)."""
    m = _DATED_WRITER_RE.match(after)
    name = m.group("name").strip() if m else ""
    full = len(name.split()) >= DATED_WRITER_MIN_WORDS
    return [name] if full and split_names(name) == [name] else []


def _undated_value(line: str) -> bool:
    """A line under the headline that holds no date and no labelled value: one that may credit someone."""
    return find_date(line) is None and not labelled_values(line)


def _site_line(line: str, sites: list[str]) -> bool:
    """The outlet's line of a byline set in two lines: the site's own name (``BBC中文``, ``BBC中文記者``:
    :func:`~newsmend.fields.title.names_own_site`), or the site's name opening a staff title (``BBC亞洲商業事務記者``,
    its Asia business correspondent: unseen-zh19)."""
    return names_own_site(line, sites) or (is_job_title(line) and opens_with_site(line, sites))


def _writer_over_outlet(name_line: str, sites: list[str], title_key: str) -> list[str]:
    """The writer of a byline set in two lines over a date standing alone, ``name_line`` over the outlet's line: a
    person's name alone (one name in the strict shape) that is no name of the site (``呂嘉鴻`` over ``BBC中文`` over
    ``2023年9月12日``: a British broadcaster's Chinese page lists the writer and the service as two items under the
    headline, its metadata naming only itself: unseen-zh15), a foreign name glossed with its spelling in brackets
    too (``尼克·馬什（Nick Marsh）``: unseen-zh19). Nor the words the headline opens with (``title_key``,
    normalised): the series' name a press office sets over itself and the day in a transcript's header (``Weekly
    Address`` over ``The White House`` over ``April 11, 2015`` under ``Weekly Address: Tuition-Free Community
    College``, ninetieth audit). [] for any other line."""
    key = norm(name_line)
    if is_site(name_line, sites) or not _undated_value(name_line) or (key and title_key.startswith(key)):
        return []
    name = glossed_name(name_line) or name_line
    return [name] if split_names(name_line) == [name] else []


def _naming_words(words: list[str], sections: frozenset[str]) -> list[str]:
    """The words of a dateline that may name someone, without those that name no one: a section's name, a web
    address (a portal's channel prints its own beside the date), interface wording (``我要评论(0)``, ``分享到``)
    with what is left of its count in elements of their own (``0``, ``)``: no letter)."""
    out: list[str] = []
    dropped = False
    for word in words:
        if word in sections or _ADDRESS_RE.match(word) or is_ui_wording(word):
            dropped = True
        elif not (dropped and not any(c.isalpha() for c in word)):
            dropped = False
            out.append(word)
    return out


def _unlabelled_source(text: str) -> str | None:
    """The outlet an element classed as the source names without a label (``2019年11月25日 18:57 参考消息``:
    the date cut, one word left); None when the line is labelled (read as a meta line) or says more, or when the
    word left is a label whose value the page left empty (``<span class="source"> 来源： </span>``, a county
    daily's app template with no outlet filled in: ``来源`` had been read as the outlet, fifty-third audit)."""
    if len(text) > DATELINE_MAX_CHARS or labelled_values(text):
        return None
    hit = find_date(text)
    rest = (text[: hit[1]] + " " + text[hit[2] :]).strip() if hit else text
    if not rest or len(rest.split()) != 1 or _EMPTIED_LABEL_RE.fullmatch(rest):
        return None
    return tidy_source(rest)
