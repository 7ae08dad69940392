"""Plain-text pages: lines in, a Page of line blocks and the choice of which lines are the article.

Crawled text keeps a page's reading order but loses its markup: the headline, byline, paragraphs, captions,
copyright notice, editor line and the site's headline lists all arrive as lines (a Common Crawl WET record).
Other text is an article already (a FineWeb ``text``, another extractor's output). The article is found the
way a reader finds it: all of the text when nothing shows a page around it, else the longest stretch of prose
lines, with the captions and subheadings inside it.

Stages of :func:`select_text_main`:

1. **Shape** every line (:mod:`newsmend.fields.lines`): prose (a sentence end of any script or an emoji in its
   place, clause marks in a long line that no relative age ends, a long line of a script without marks), separator,
   byline or meta line, editor, copyright, caption, headline-list timestamp, comment strip, list heading (no bare
   link to more, ``更多``, no field with the list word in its value, ``问题标签： 后端相关``), English site notice
   (a cookie consent's, a trademark or licence notice's and a confirmation dialog's too; beside a cookie consent,
   every line naming cookies).
2. **Lists**: a line followed by a ``date time channel`` line is a list headline (when the page has
   :data:`MIN_TIMESTAMPED_ITEMS` of them and they do not date a thread's posts), so is a line ending a headline with its
   count of replies (``Fear Trump--Or Bust? 2 replies``, when the text holds :data:`COUNT_LINES_MIN`), and the short
   lines after a list heading are list items (but the headline over the stamp that dates the first paragraph; in a text
   without prose, the unbulleted lines after bulleted ones: a contents page under a bulleted menu). On a page, headlines
   printed twice in a row, or above and below their summary, are teaser cards', and a list heading of spaced words may
   run longer than a Han one (``Recommended For You``); a ticker's lines (a clock time and a headline) are list
   material, and so is a strip of cards without prose (a short line recurring at one step, each card's ``Now playing``,
   with short lines only between); below the copyright notice that closes a page, or a reprint notice that closes an
   article (``未经授权请勿转载``), prose is a site notice (a dialog's, a footer's, a site's description), and so
   is the readers' comments' below the heading that counts them, and the text below a reply form's notice or prompt
   or a confirmation dialog (``Are you sure?``) or an author box's heading (``About the author``); a forum's greeting
   (``Welcome to the ForumWP community``) and the prose under it are site notices.
3. **Body**: with no evidence of a page (list material, a breadcrumb, text going on after the closing line, a menu
   at the text's edges, a bulleted menu anywhere), the whole text; else the stretch with the highest score, prose
   counting its length (half of it for a line cut with an ellipsis or a short bulleted sentence; a line of code as
   prose, and a command between two), short lines a penalty (so do a teaser list's summaries, lone prose lines
   recurring at one period under headlines or excerpts cut with an ellipsis four in a row or at one period, excerpts
   closed by a link to the rest, ``…Read more``, a lone prose line under a headline counting its replies, and
   bulleted headlines, questions too), a menu's entries and a list's bulleted items twice that, a run of site
   notices more, list material and a copyright notice a wall, a list's further lines less (maximum-sum subarray),
   and the short lines right under its last paragraph that go on numbering its points, and the captions under those.
   On a thread, the other posts under the run's post header (its name and date lines, digits and weekday names
   aside, a bare clock reading no date line: a video's duration; or its one stamp line, ``发表于 <date>`` or
   ``<date> 发布``, such stamps dating no list's headlines, or a handle and a relative age in Han, ``马亮南生 10月前``,
   whichever starts more posts; else replies numbered in order from 1, ``#1``, ``#2``; else, below the run, each
   poster's handle printed twice over a date or a relative age in Han, ``鹿小町`` / ``鹿小町`` / ``2021-01-01
   10:34:38``) join it, each its own best run (the last post's above the first wall under it). On a thread of three
   posts or more, so does a post's one short line where it holds no run (a strip's line too), and so do the run's
   post's opening lines (under handles printed twice, from below the dateline above the run: a question's short
   lines) and its short lines below the run up to the next post's header (a post's list).
   A page whose prose outweighs none of its costs (titles and names, no paragraph: a journal's contents), or whose
   plain short lines' run outweighs its prose's many times (a blog written a phrase per line, a post listing items
   one per line), gives the run of its plain short lines (no menu entry, no list item, bulleted or numbered, no
   emoji picker's codes), each counting its length as prose does, from below the dateline among its first lines (the
   post's header: its headline, poster and date).
   On a page whose first or last line is its title naming one headline of its text (``headline - Site``, or the
   headline twice), a run below the first wall under that headline and under a dateline of its own is another story's
   (a portal's recommended story under its story of one paragraph): the titled story's best run, under a dateline
   too, is the body instead.
   On a page, an advert's label on its own line inside the body (``Advertisement``, ``广告``) is left out of it, and
   so are a thread's post headers of the handle printed twice (``客栈小K`` / ``客栈小K | 扫地 | 6天前``) and, on a
   thread, the short lines without digits printed three times or more (each post's ``Share``, ``Joined``).
4. **Title**: the headline over the article's byline or dateline, past the share buttons, captions and labels
   between them and the body; else the nearest headline-shaped line above the body, looking past bylines and
   datelines. A row of links (a pager's ``« Prev | Next »``) or a breadcrumb trail ending in the headline is none.
5. **Roles** for the remaining lines: byline, editor, copyright, caption, related, comment, boilerplate.

>>> page = parse_text_page("标题在这里\\n-\\n第一段正文，内容很长很长很长很长很长很长很长很长。", None)
>>> [b.text for b in page.blocks]
['标题在这里', '-', '第一段正文，内容很长很长很长很长很长很长很长很长。']
>>> select_text_main(page).body, select_text_main(page).title
([2], 0)
"""

from __future__ import annotations

import html
import re
import statistics
from collections import Counter
from itertools import pairwise

from newsmend.blocks import Block, Page
from newsmend.content import Selection
from newsmend.content.values import CJK_AGE_UNIT, RELATIVE_AGE
from newsmend.errors import InputTypeError
from newsmend.fields import lines as shape
from newsmend.fields.dates import MONTH_NAME_ALT, find_date

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
#: Score of a menu entry (:func:`_menu_entries`) inside the body: twice a short line's, so that a menu between
#: the article and a sentence-like line beyond it (a footer's, a teaser's) keeps that line out (calibrated on the
#: WET renderings of the dev pages: 2x and 2.5x score alike, 1.5x gains about half as much, 3.3x loses recall).
MENU_ITEM_COST = 2 * SHORT_LINE_COST
#: Menu-shaped lines in a row (at least) to be a menu's entries: a lone heading, a sign-off or a table's
#: header pair (``气候``, ``BR``, ``Release`` / ``Date``) is the article's (the label texts of the dev pages).
MENU_COST_RUN = 3
#: Times a line recurs in a page to be a thread's per-post furniture (a poster's name, ``Reply``) rather than a
#: menu's entry: a thread's posts are the article and these lines stand between them.
REPEATED_LINE_MIN = 2
#: Times a sentence recurs in a page to be a widget's label (an ad box's ``Why am I seeing this ad?`` under each
#: advert): it scores as a short line, not as prose. Twice is too few: an article may repeat a line (a price, a
#: refrain), and a forum page quotes a post (on the dev pages, twice lowered 14 WET renderings and 1 FineWeb-style
#: text; three times lowers 3 WET renderings, of threads that quote a post three times, and raises 10).
REPEATED_PROSE_MIN = 3
#: Times a sentence recurs in a page to be the site's own notice (:func:`_mark_repeated_prose`): out of the body.
#: Threads quote a post up to four times (a reply chain, each quote inside the labels) and four takes one such
#: thread (0.814 -> 0.640). On the WET renderings of the dev pages five: WET F1 0.8061 -> 0.8070 (zh 0.7916 ->
#: 0.7933, non-zh 0.8097 -> 0.8103; a Yahoo stream's story 0.153 -> 0.164, a detik story under its gallery's
#: caption 0.174 -> 0.323, a teaser stream's story 0.872 -> 0.997, three threads up), none down, fw unchanged; six
#: and ten alike without the teaser stream (0.8066, 0.8063). 245 lines of 20 pages are marked so outside the labels;
#: inside, 27 lines of 5 test pages (lorem ipsum, a story's refrain, a tool's output line), their scores unchanged.
SITE_PROSE_REPEATS_MIN = 5
#: A list item's bullet opening a line: renderers write an ``<li>`` so (resiliparse's plain text, which WET-style
#: pages are made with, writes ``• ``; Markdown ``* ``). A page's link lists are lists: on the WET renderings of the
#: dev pages 30,330 lines open with a bullet outside the label texts and 2,020 inside them.
_LIST_ITEM_RE = re.compile(r"^\s*[•·▪►*]\s")
#: A bulleted question is a headline, not a sentence of the article (``• Can you use a coin to restore a health
#: segment?``): link lists of questions (a Q&A site's ``Hot Network Questions``, a portal's question headlines) are
#: lists. On the WET renderings of the dev pages 374 bulleted prose lines of 84 pages end in a question mark outside
#: the label texts, 27 of 8 pages inside them; WET zh F1 0.740 -> 0.743, non-zh 0.763 -> 0.765, 8 pages up (a Q&A
#: thread 0 -> 0.359), none down, fw unchanged.
_QUESTION_ENDS = shape.QUESTION_ENDS
#: A digit: table cells and dates (``2014``, ``12d ago``) are no menu entries.
_DIGIT_RE = re.compile(r"\d")
#: Marks that open a line cut from a sentence at an inline element (the text goes on after a link).
_INLINE_MARKS = frozenset("、，,.）)：:;；")
#: A teaser card (a headline list's entry with its picture) renders its headline twice, as the picture's alt text
#: or title and as the link: a line the next text line repeats (:func:`_twins`), of at least :data:`TWIN_MIN_CHARS`
#: characters (a ``Reply`` under a ``Reply`` is no headline), is a teaser's when the page holds
#: :data:`TWIN_PAIRS_MIN` such pairs (one pair is the article's headline printed twice). Read on pages only (see
#: :func:`_shows_page`): a text that is all article keeps its twins (in whole texts they took a FineWeb-style text's
#: lines, fw F1 0.969 -> 0.965). On the WET renderings of the dev pages 2, 3 and 4 pairs score alike.
TWIN_MIN_CHARS = 8
TWIN_PAIRS_MIN = 3
#: Least share of a headline a cut copy keeps (clipped to a card's box: at 0.8 cut copies gain nothing on the dev
#: pages' WET renderings, non-zh F1 0.732).
TWIN_CUT_MIN_SHARE = 0.5
#: Text lines from a teaser card's headline to its copy below the summary (:func:`_mark_cards`: ``headline`` /
#: author / ``12 hours ago`` / summary / ``headline``), at most. On the dev pages' WET renderings 4 to 8 score alike,
#: 3 finds no card: WET non-zh F1 0.7663 -> 0.7698 (two pages of one site, 0.229 -> 0.992 and 0.515 -> 0.935), none
#: down, zh and fw unchanged. A headline the page holds more than twice is left out: per-card furniture (an author's
#: name, ``More about badges``) recurs so, around a thread's posts too (with it, 7 pages up and 3 down); a prose
#: headline (a question) takes a FineWeb-style thread's lines (0.988 -> 0.926).
CARD_MAX_LINES = 6
#: Text lines (at least) between a teaser card's two copies of its headline when its summary follows the second
#: (:func:`_meta_card`: ``• headline`` / section / source / ``200Comments`` / ``headline`` / summary, a portal's
#: stream with its cards' link printed as a list item and as the card's title): the card's meta lines. A picture's
#: caption printed twice around one share line (``caption`` / ``• Copy link`` / ``caption``, a tabloid's gallery)
#: is the article's: with one line, an article's captions and the paragraph after them leave its body (a tabloid's
#: story 0.841 -> 0.732). On the WET renderings of the dev pages, cards so (headlines the page holds exactly twice,
#: no prose between the copies, three or more cards) take 40 lines of 3 pages outside the labels and none inside
#: (a listing's table rows printed twice, figures mostly, are no headlines: :func:`_figures_row`): WET non-zh F1
#: 0.7911 -> 0.7925 (a Yahoo story among its stream's cards 0.358 -> 0.827), none down, zh and fw unchanged. One line
#: is a card's when the first copy is a list item and the line between is none (``• headline`` / columnist /
#: ``headline``, a portal's strip of linked columns inside its story; the gallery's copies stand around a bulleted
#: link): on the WET renderings of the dev pages 64 more lines of 6 pages, none inside the labels; WET non-zh F1
#: 0.8030 -> 0.8031 (a UOL story 0.585 -> 0.663), none down, zh and fw unchanged; with the line after the copy as
#: the card's summary, the story's next paragraph leaves it.
CARD_META_MIN_LINES = 2
_ELLIPSIS = ".…"
#: Weight of a prose line that ends in an ellipsis (:data:`_CUT_ENDS`): a teaser's excerpt cut to its box as often
#: as an article's trailing sentence (on the WET renderings of the dev pages, 75% of the characters of such body
#: lines are outside the label texts, 20% of other prose's). Half its length: non-zh F1 0.737 -> 0.742, zh and fw
#: unchanged; a quarter or none cost zh or fw (0.740 -> 0.733 zh; fw 0.969 -> 0.968, on the pages whose labels keep
#: cut lines), and so does a short line's cost.
CUT_LINE_WEIGHT = 0.5
_CUT_ENDS = ("...", "…")
#: Prose lines cut with an ellipsis in a row (at least, separators looked through) that are a teaser list's excerpts,
#: scored as short lines (:func:`_teaser_summaries`): an article ends a paragraph so now and then, a headline list
#: cut to its boxes at every line. On the WET renderings of the dev pages runs of 4 hold 105 lines outside the labels
#: and none inside; WET non-zh F1 0.7745 -> 0.7748 (two pages up: 0.916 -> 0.987, 0.944 -> 0.975), none down, zh and
#: fw unchanged. Runs of 3 or 2 gain more on WET (0.7753, 0.7768) but take a label's weekly contents, lines that
#: close an enumeration so (``Distributions: A look at Debian's 2015 DPL candidates; Debian, Fedora, ...``; fw
#: non-zh 0.9783 -> 0.9778, the text 0.995 -> 0.825). Cut lines recurring at one step are excerpts too, 4 or more
#: (a forum's sidebar of recent posts, ``• author`` / headline / ``excerpt...`` / ``Por author , 5 dias atrás``, whose
#: ten excerpts carried a thread's run into the sidebar): on the WET renderings of the dev pages 96 lines of 2 pages
#: (one forum's) leave the body, none inside the labels; WET non-zh F1 0.8271 -> 0.8290 (0.396 -> 0.813, 0.634 ->
#: 0.861), none down, zh and fw unchanged.
EXCERPT_RUN_MIN = 4
#: Lines clipped inside a word (:func:`_clipped`: a letter or digit right before the ellipsis, ``…and extra sailings
#: will run…``) in a row that are excerpts: a box cuts a teaser's text wherever it ends, an enumeration's ``, ...``
#: follows a mark or a space. Runs of 2 hold 140 lines outside the labels of the WET renderings of the dev pages and
#: none inside (the label texts none either); WET non-zh F1 0.7748 -> 0.7767 (two pages up: 0.365 -> 0.860, 0.809 ->
#: 0.982), none down, zh and fw unchanged; without the runs of 4 beside them, two pages fall back (0.987 -> 0.916).
CLIPPED_RUN_MIN = 2
#: A link to the rest of the text closing a line (``…(though no alcohol please). EventRead more``, ``…the space weather
#: is getting more intense. - Isaac Schultz Read More``, ``[…]``): the line is a teaser's excerpt, a summary of a text
#: that stands elsewhere, scored as a short line (:func:`_teaser_summaries`) however long: a slideshow's slides or a
#: sidebar's activity stream print their stories' openings so, and at a thousand characters one outweighed a thread. An
#: article's paragraph ends in a sentence or a cut, not in a link to itself. On the WET renderings of the dev pages 42
#: lines of 9 pages end so, 25 of them prose, one inside a label (the label of one slide of a slideshow whose WET text
#: all slides share); WET non-zh F1 0.8291 -> 0.8297 (a Gizmodo slideshow's story 0.302 -> 0.823, the same text labelled
#: with its fourth slide 0.347 -> 0.031, a bbPress thread under an activity stream 0.003 -> 0), zh and fw unchanged.
_READ_ON_RE = re.compile(
    r"(?:read more|continue reading|read the rest|keep reading|weiterlesen|lire la suite|leer más|leia mais"
    r"|leggi tutto|阅读全文|閱讀全文|查看全文|続きを読む|\[(?:…|\.\.\.)\])\s*[»›>→]*$",
    re.I,
)
#: Weight of a bulleted sentence shorter than :data:`LIST_SENTENCE_MAX_CHARS` (a list item that ends a sentence) in
#: the body's run: a page's link lists are written so more often than an article's points. On the WET renderings of
#: the dev pages, 148 such lines stand inside the labels and 311 outside (a teaser's one-line summary, a forum's
#: sidebar of thread titles, a footer's ``• Read our privacy policy.``); from 120 characters most stand inside (107
#: and 22): an article's points written as paragraphs. Half their length: WET zh F1 0.7595 -> 0.7600, non-zh
#: 0.7724 -> 0.7728, 4 pages up (0.349 -> 0.423, 0.761 -> 0.822), none down, fw unchanged; as short lines, 9 up and
#: 5 down (fw non-zh 0.975 -> 0.974); up to 80 characters 2 pages up, 200 takes a blog whose text is bulleted
#: paragraphs (0.901 -> 0.220).
LIST_SENTENCE_WEIGHT = 0.5
LIST_SENTENCE_MAX_CHARS = 120
#: A line opening with a copyright mark is the site's notice at any length (the shared bound,
#: :data:`~newsmend.fields.lines.COPYRIGHT_MAX_CHARS`, keeps out prose that mentions copyright): a long one adds its
#: terms (``Copyright 1995 - 2024 . All rights reserved. The content (including but not limited to text, photo…``).
#: The dev pages' labels open no line longer than 63 characters so; on their WET renderings non-zh F1 0.749 -> 0.751.
_COPYRIGHT_OPENING_RE = re.compile(r"(?:©|copyright\b|\(c\)\s*\d{4})", re.I)
#: A site's cookie consent speaks of cookies in its own voice (``These cookies are necessary for our website…``,
#: ``We and our partners use cookies…``), at any length: a consent box's paragraphs run past the site notices'
#: bound. On the dev pages' WET renderings 105 lines of 32 pages, and no line of their labels (an article on
#: tracking speaks of cookies, not of ``our`` cookies: the ACLU test page's four such lines); cookies with a web
#: word instead (``website``, ``browser``, ``privacy``) take those four too.
_COOKIE_RE = re.compile(r"\bcookies?\b", re.I)
_SITE_VOICE_RE = re.compile(r"\b(?:we|our|us)\b", re.I)
#: A site's legal notice in its footer: a trademark notice (``Valve, Counter-Strike, and Counter-Strike Online are
#: trademarks and /or registered trademarks of Valve Corporation.``), rights reserved, the site's content licence
#: (``This content, along with any associated source code and files, is licensed under…``): a site notice at any
#: length, no paragraph, so a thread's footer no longer outweighs its short posts. On the WET renderings of the dev
#: pages 38 lines of 18 pages outside the labels and one inside (a poster's signature); an article on trademarks or
#: licences speaks of them otherwise (``registered as a trademark``, ``Gecko … is licensed under the MPL``). WET zh
#: F1 0.743 -> 0.759 (two threads 0 -> 0.579 and 0 -> 0.765), non-zh 0.7698 -> 0.7699, 4 pages up, none down, fw
#: unchanged.
_LEGAL_NOTICE_RE = re.compile(
    r"\b(?:is|are) (?:a |the )?(?:registered )?trade ?marks? of\b"
    r"|\btrade ?marks? (?:and ?/ ?or|or) registered trade ?marks?\b"
    r"|\ball rights reserved\b"
    r"|\b(?:content|site|website|material|documents?)\b.{0,60}\blicensed under\b",
    re.I,
)
#: A confirmation dialog's line (``Are you sure?``, ``Are you sure that you want to perform this action? This action
#: is irreversible.``, ``…Are you sure you want to share it?``): a site notice at any length. Such dialogs and the
#: other modals printed with them (a forum's Markdown and emoji help) stand after the page's text in the WET
#: renderings, so the last of them closes the article as a reply form's line does (:func:`_mark_after_close`). On
#: the WET renderings of the dev pages 6 such lines of 4 pages and no line of the labels or of the label texts; the
#: close takes 7 more prose lines of 3 pages, none inside the labels; WET non-zh F1 0.8138 -> 0.8158 (two forum
#: threads under a FlaskBB dialog 0 -> 0.500 and 0.386 -> 0.521, a Yahoo story 0.903 -> 0.951), none down, zh and
#: fw unchanged; as a site notice alone, 0.8140 (the dialog's own help text still outweighed the posts).
_CONFIRM_RE = re.compile(r"^are you sure\?$|\bare you sure(?: that)? you want to\b", re.I)
#: A teaser list's summaries: a short prose line under each headline (and its source or date line), card after card, so
#: that lone prose lines (no prose line either side) recur at one period. Such a line scores as a short line when its
#: run holds :data:`SUMMARY_RUN_MIN` lines or more, at one step of at most :data:`SUMMARY_MAX_STEP` text lines, each
#: under a line of :data:`SUMMARY_HEADLINE_MIN_CHARS` or :data:`SUMMARY_HEADLINE_MIN_HAN` Han characters (a headline,
#: not a ``Step 1`` or ``秦朝`` subheading), and their median length is under :data:`SUMMARY_MAX_SHARE` of the page's
#: longest other prose line (an article's paragraphs outrun its teasers' summaries; a page of feature cards alone stays
#: whole). On the WET renderings of the dev pages: non-zh F1 0.755 -> 0.758, zh 0.740 -> 0.740, fw unchanged, 11 pages
#: up, none down. Steps of at most 3 lines, runs of 4 and headlines of 20 characters score alike (0.758) with fewer
#: pages up; steps of up to 6 lines lower two pages to 0 (zh 0.733), headlines of 12 characters a feature page (0.891 ->
#: 0.689), of 8 a FineWeb-style text (0.676 -> 0.618), runs of 2 a news page (0.966 -> 0.783), any step instead of one a
#: page to 0; without the length test zh falls to 0.733, at the full length to 0.737.
SUMMARY_RUN_MIN = 3
SUMMARY_MAX_STEP = 4
SUMMARY_HEADLINE_MIN_CHARS = 16
SUMMARY_MAX_SHARE = 0.5
#: Han characters that make a headline over a summary as :data:`SUMMARY_HEADLINE_MIN_CHARS` characters do
#: (:func:`_headline_long`): a Han character writes a word or half of one, and a Chinese stream's headlines run 10
#: to 15 of them as often as more (``法網前夕 斯威雅蒂盼在歷史留名``, ``袁偉豪可愛囝囝 融化徐小鳳``: 15 and 13
#: characters, each ending a run of cards). With :func:`_card_headline`, on the WET renderings of the dev pages 6
#: summaries of one Yahoo stream are read so (its ad boxes cut its cards into runs of three), none inside the labels
#: and none in the label texts; WET zh F1 0.7971 -> 0.8049 (that story 0.164 -> 0.820), none down, non-zh and fw
#: unchanged. 8 to 12 score alike; 6 reads a ticket listing's fields (``游客咨询电话：58792888``) as headlines
#: (0.994 -> 0.472). Alone, neither change reads a line otherwise.
SUMMARY_HEADLINE_MIN_HAN = 10
#: Lone prose lines at one step (at least) that are a teaser list's summaries under headlines of any length, such
#: as a site's directory in its footer (``ヨミドクター`` / ``yomiDr.（ヨミドクター）は、…サイトです。``,
#: twenty-two services in a row), the other tests (:func:`_teaser_run`) kept. On the WET renderings of the dev pages
#: runs of 8 take 50 more lines of 5 pages, none inside the labels; WET non-zh F1 0.7770 -> 0.7806 (a Yomiuri story
#: 0.001 -> 1.000, a Spanish one 0.594 -> 0.825), none down, zh and fw unchanged (10 lines of one label text, a
#: listicle's, are read so and stay in its body). Runs of 6 take an article's sections (13 label lines: a how-to
#: 0.824 -> 0.655, a blog 0.891 -> 0.558), 7 scores as 8, 10 keeps the Spanish page's.
DIRECTORY_RUN_MIN = 8
#: Lines per card (the step of a run of summaries) from which the summaries are a teaser list's at any length, when
#: the page holds a paragraph (:data:`PROSE_MIN_CHARS`) outside such runs: a card that holds a source or date line
#: beside its headline (``• 法新社·`` / headline / summary) is no section of the article, whose subheadings stand
#: one over each paragraph (at a step of 2 without the length test a thread loses its posts and two pages their
#: paragraphs: 0.864 -> 0.201, 0.855 -> 0.242, 0.959 -> 0.630; WET zh F1 0.743 -> 0.735). Summaries that are whole
#: paragraphs no longer carry the body on: WET zh F1 0.7425 -> 0.7431, non-zh 0.7653 -> 0.7663 (two pages up:
#: 0.063 -> 0.395, 0.101 -> 0.152), none down, fw unchanged; from 4 lines, no page changes. A page whose only
#: paragraphs are its cards keeps them (a feature page: 0.825 with them, 0 without).
SUMMARY_CARD_MIN_STEP = 3
#: Share of digits from which a line printed twice is a listing's row of figures, no teaser's headline
#: (:func:`_figures_row`, read by :func:`_meta_card`). It no longer tells a post's header from a card's headline
#: over a summary: a date does (:func:`_card_headline`: a thread's ``发布 #7 2024年5月17日星期五 01点31分``, a dev
#: thread at a step of 5 lines, keeps the length test), as the share took headlines that count
#: (``喬帥奪1100場勝利 球場慶祝37歲生日``: 6 digits of 20) for datelines.
FIGURES_MIN_DIGIT_SHARE = 0.25
#: Longest question or exclamation read as a headline beside a lone prose line (:func:`_lone_prose`): a teaser card's
#: title often asks or exclaims (``为什么最近ChatGPT这么火？`` / ``04-09`` / summary), ends a sentence so and passes
#: for prose, and then no summary under it was lone. Such a line is no paragraph beside a lone line and no summary
#: itself. On the WET renderings of the dev pages 17 more lines outside the labels are read as summaries, none
#: inside; WET zh F1 0.7678 -> 0.7731, non-zh 0.7876 -> 0.7891 (a CSDN post 0.423 -> 0.872, a horoscope 0.395 ->
#: 0.700, 3 more up), one down (a thread 0.804 -> 0.796), fw unchanged. 40 characters: 4 pages up, none down (WET
#: 0.7853); 80 scores as 60; from 100 a story's sections headed by questions (0.825 -> 0.594). Left a summary itself,
#: a run of questions under a Q&A's ``Related questions`` reads as summaries and leaves a label text (0.984 -> 0.982).
HEADLINE_SENTENCE_MAX_CHARS = 60
_HEADLINE_SENTENCE_ENDS = (*_QUESTION_ENDS, "!", "！")
#: Longest list heading of a script that spaces its words (``Recommended For You``, ``Related discussions``, ``Hot
#: Network Questions``), read on pages only (:func:`_mark_page_headings`): the shared bound,
#: :data:`~newsmend.fields.lines.LIST_HEADING_MAX_CHARS`, is set for Han headings (``相关推荐``), whose words are a
#: character or two. On the WET renderings of the dev pages, 17 to 24 characters: 4 such lines inside the labels
#: (``Related questions`` thrice, a Q&A label keeping its sidebar's heading) and 87 outside; WET non-zh F1 0.7699
#: -> 0.7712, 9 pages up (a tech news page 0.549 -> 0.745, two threads 0.586 -> 0.694 and 0.639 -> 0.730), 2 down
#: (a tag line after a bio, 0.870 -> 0.837; fw: a Q&A label holding its ``Related questions``, 0.988 -> 0.984), zh
#: and the fw rows unchanged. 28 and 32 characters take an article's own lines (WET 0.720 -> 0.696; fw 0.971 ->
#: 0.966).
LONG_LIST_HEADING_MAX_CHARS = 24
#: A list heading that invites the reader to more stories (``大家都在看``, ``你可能還想看``, ``You Might Also Like``,
#: ``More from CNN``, ``Mehr zum Thema``, ``Leggi anche``; the common ones of the languages the shared list words,
#: :func:`~newsmend.fields.lines.is_list_heading`, leave out), up to :data:`LONG_LIST_HEADING_MAX_CHARS` and ending
#: no sentence: list material on a page, a wall in the body's run. On the WET renderings of the dev pages 68 short
#: lines of pages so, all outside the labels (the label texts hold none; ``See also``, which stands inside three
#: encyclopedia labels, is left out); WET non-zh F1 0.7767 -> 0.7770 (6 pages up, 0.921 -> 0.955, 0.387 -> 0.402),
#: zh 0.7662 -> 0.7654 (a page whose one-line story a wall now parts from the teasers it was read with, 0.068 -> 0),
#: fw unchanged.
_READ_MORE_RE = re.compile(
    r"[都也]在看|[还還]想看|可能(?:[还還]?(?:[会會]?喜[欢歡]|感[兴興]趣|想看))|看了又看"
    r"|関連記事|あわせて読みたい|こちらもおすすめ|관련\s?기사|많이 본"
    r"|\b(?:you )?(?:may|might) (?:also )?like\b|\bmore (?:from|on this)\b|\bread next\b|\bwhat to read next\b"
    r"|\bmehr zum thema\b|\bauch interessant\b|\bdas könnte sie auch interessieren\b"
    r"|\bleggi anche\b|\bpotrebbe interessarti\b|\b(?:à )?lire aussi\b|\bsur le même sujet\b"
    r"|\blea también\b|\bte puede interesar\b|\bleia também\b|\bveja também\b|\blees ook\b|читайте также",
    re.I,
)
#: A word each of :data:`_READ_MORE_RE`'s headings holds, looked for in the lower-cased line first: the full pattern
#: tries its alternatives at every position of every short line, 5% of the selection's time over the WET
#: renderings of the dev pages, this one a fifth of that.
_READ_MORE_HINT_RE = re.compile(r"[看喜趣関読お기많]|like|more|next|thema|interes|anche|aussi|sujet|tamb|ook|читайте")
#: Score of list material (timestamps, list headlines, comment strips, list headings): the body spans a headline
#: list only when more of the article goes on after it. Larger than any paragraph a list item could pass for
#: (calibrated on the seed's related list: headlines of 10-40 characters).
LIST_COST = 200
#: Score of each further line of a run of list material (separators looked through), the first costing
#: :data:`LIST_COST`: a box of related headlines between an article's paragraphs (``Most Popular`` / section /
#: headline / author, ``Related Coverage`` and its headlines) cost the article's text after it at every line, and ten
#: lines outweighed any second half. On the WET renderings of the dev pages 30 runs of two or more such lines stand
#: between label paragraphs (23 pages), 432 elsewhere. WET non-zh F1 0.7728 -> 0.7745 (two pages of two sites up:
#: 0.508 -> 0.974, 0.878 -> 0.988), none down, zh and fw unchanged; 100 to 150 score alike, 90 or less takes a list
#: and the text after it into two articles (0.905 -> 0.666), 160 or more keeps one of the two pages cut.
LIST_RUN_LINE_COST = 125
#: Bonus of a prose line right above an editor's line (``（编辑：小何）``, ``责任编辑：``; separators looked
#: through) in the body's run: the editor signs the article off where it ends, so the text after the sign-off (a
#: recommendation strip of prose-like headlines, ``大家都在看``) must outweigh a list's wall to join it or to win
#: over a short article. On the WET renderings of the dev pages 14 prose lines stand so, 13 of them inside the labels
#: (the other a portal's notice above its editor line, after the article); WET zh F1 0.7543 -> 0.7662 (a sohu story
#: of three sentences 0 -> 1.000), non-zh and fw unchanged, none down; 50 to 400 score alike, and so does looking
#: past two short lines or bylines as well (24 lines, 23 inside). A copyright notice as a closer as well takes 72
#: prose lines, 56 outside the labels (a footer's blurb above its notice), and from a bonus of 75 loses a thread
#: (0.889 -> 0).
CLOSED_BONUS = float(LIST_COST)
#: Score of a site notice (cookie consent, sign-up box, share buttons, legal notice) in the body's run, for the first
#: of a run of notices (the others cost a short line): it is none of the article (on the WET renderings of the dev
#: pages 505 notice lines stand outside the labels, 6 inside: a label keeping a footer's link or a sign-up banner),
#: yet a share bar may stand between an article's paragraphs. WET non-zh F1 0.7718 -> 0.7724, 3 pages up (0.844 ->
#: 0.985, 0.837 -> 0.901), none down, zh and fw unchanged; 50 scores alike, 100 gains a page more but takes the
#: paragraph after a share bar of two buttons (the notices fixture), 150 loses a page; 100 on every notice gains 5
#: pages and takes that paragraph too.
NOTICE_COST = 75
#: Times the run of a page's plain short lines (:func:`_body_run`, each counting its length as prose does) must
#: outweigh the best run of its prose to be the body instead: a blog written a phrase per line (``ご訪問ありがとう
#: ございます♡`` / ``エミりんです♡``, 250 short lines around one advert's line of prose), a post listing a
#: collection one item per line, a gourmet's diary of short entries hold a line or two of prose beside several
#: times as much short text. On the WET renderings of the dev pages 5 pages change, all up: WET non-zh F1 0.8188 ->
#: 0.8244 (an Ameba post 0 -> 0.534, a gourmet listing 0.137 -> 0.817, a forum post of amplifiers 0.149 -> 0.747, a
#: Q&A thread 0.340 -> 0.438), zh 0.8519 -> 0.8569 (a Pixnet post 0.037 -> 0.460), none down. Ratios above 7.5 up
#: to 9.2 score alike, 10 keeps three of the five; 6 takes four pages down (a thread 0.833 -> 0.312, a story 0.976 ->
#: 0.276). Without :data:`_ORDERED_ITEM_RE`, a portal's rankings (``1. 1. 不倫もみ消し?…``)
#: outweighed a story's paragraph (two pages: 0.952 -> 0, 0.860 -> 0.117).
SHORT_TEXT_RATIO = 8.0
#: Timestamped headline lines needed before ``headline / date time channel`` pairs are read as a list.
MIN_TIMESTAMPED_ITEMS = 2
#: Sentence ends of scripts :data:`~newsmend.fields.lines.SENTENCE_END` leaves out (Arabic and Urdu ؟ ۔,
#: Devanagari । ॥, Myanmar ။, Khmer ។ ៕, Tibetan །, Ethiopic ። ፧, Armenian ։), and their clause marks (Arabic
#: ، ؛, Myanmar ၊, Ethiopic ፣ ፤): kept apart from the shared set, which the HTML path reads too.
SCRIPT_SENTENCE_END = "؟۔।॥။។៕།።፧։"
SCRIPT_CLAUSE_MARKS = "،؛၊፣፤"
#: Emoji and pictographs closing a line (with their joiners and variation selectors): posts and comments put them
#: after the sentence's end (``…fall in love with PKU!💗``, ``我喜欢这个设计理念！👍👍👍``), which prose looks
#: through. On the WET renderings of the dev pages 12 lines of 8 pages, 7 of them in the labels; non-zh F1
#: 0.751 -> 0.755 (a post of 0 -> 0.889), zh and fw unchanged.
_EMOJI_TAIL_RE = re.compile("[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d ]+$")
#: A pictograph (or a symbol in its emoji presentation, ``☺️``) among a line's closing emoji: a post or a blog puts
#: one in place of the sentence's end (``昔よく食べたなぁ☺️``, ``バクバク食べてましたよ😄``), and such a line of
#: :data:`PROSE_SHORT_CHARS` or more is prose. A bare symbol is no emoji (``Read more ➤``, ``Top ★``).
_PICTOGRAPH_RE = re.compile("[\U0001f000-\U0001faff\ufe0f]")
#: Scripts written without sentence marks or without spaces between words (Thai, Lao, Khmer, Myanmar): a line of
#: them this long is prose by its length alone (calibrated on newspaper4k's Thai and Burmese articles, whose
#: paragraphs run 150-600 characters, and the headlines of both, under 60).
UNMARKED_PROSE_CHARS = 80
_UNMARKED_SCRIPT_RE = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
#: Menu items: at most this many words, each of Han or kana at most this many characters, no marks.
MENU_ITEM_MAX_WORDS = 4
MENU_ITEM_MAX_CHARS = 6
#: Menu items in a row, above the first prose line or below the last (on a text holding a paragraph, a prose line of
#: :data:`PROSE_MIN_CHARS`), that make a site's menu: a page's navigation (on the dev pages, 323 of 427 WET
#: renderings held one above the first paragraph or below the last; of the 422 label texts, articles alone, 22:
#: list-like posts and threads, which are then read as pages).
MENU_RUN_MIN_LINES = 4
#: Times a line may recur in a text and still be a menu run's entry (:func:`_menu_run`): a site's menu names each
#: section once, or twice where the footer repeats the header's; a line recurring more often is a thread's per-post
#: furniture (a reply count's ``0``, a poster's name) or a formula's tokens rendered one per line (``a`` / ``x`` /
#: ``2``). On the dev pages no WET rendering changes (each keeps its evidence), two label texts lose theirs: fw
#: non-zh F1 0.9833 -> 0.9839 (a thread 0.734 -> 0.916, a MathJax page 0.304 -> 0.323), none down. At most once, six
#: WET renderings lose their menus (a thread 0.896 -> 0.645), one gains (0 -> 0.402): WET 0.7837 -> 0.7830.
MENU_RUN_REPEATS_MAX = 2
#: Bulleted menu entries in a row (:data:`_LIST_ITEM_RE`, :func:`_menu_item`) that show a page wherever they stand:
#: a portal's navigation written as lists comes before a one-line site slogan that passes for the first paragraph
#: (``WebMD: Better information. Better health.``), so no menu run stands above it. On the dev pages the label
#: texts hold one such run, of 4 (an Internet-Draft's list); 275 of their 427 WET renderings a run of 6 or more. 5
#: to 8 score alike (WET non-zh F1 0.757 -> 0.763, five pages up: webmd-1 0.379 -> 1.000, none down, fw unchanged);
#: 4 takes the Internet-Draft (fw non-zh 0.975 -> 0.973); 10 gains three pages of the five.
BULLET_MENU_MIN_LINES = 6
#: Words of a menu written on one line (at least), each a word of Han or kana of at most
#: :data:`MENU_WORD_MAX_CHARS` characters (portals' channel names: 视频, 博客, 国际新闻).
MENU_LINE_MIN_WORDS = 5
MENU_WORD_MAX_CHARS = 4
_MENU_WORD_RE = re.compile(rf"[\u3040-\u30ff\u3400-\u9fff]{{1,{MENU_WORD_MAX_CHARS}}}")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_MENU_MARK_RE = re.compile(r"[。！？!?.，,；;:：、|｜()（）\[\]【】]")
#: Text lines after an article's closing line (editor, copyright notice) beyond which they are a page's
#: (Chinese portals close the article with the editor's line and go on with lists; an article someone already
#: extracted ends there, or with a line or two of notes).
CLOSING_TAIL_LINES = 3
#: Share of the prose below a page's last copyright notice (a photo credit excepted) that must stand above it for
#: the notice to close the page (:func:`_mark_after_close`): the prose below it is then a dialog's or a footer's (a
#: cookie policy whose lines do not all name cookies, a browser warning, a rating box, a sidebar's blurbs), a site
#: notice, no article. A notice that opens a document or a site's menu (an Internet-Draft's, a BuzzFeed menu's
#: ``© 2024 BuzzFeed, Inc`` under a few menu exclamations) has little prose above it. On the WET renderings of the
#: dev pages 294 prose lines of 79 pages stand so, none inside the labels (one label text, a portal's, keeps one
#: such line, whose score is unchanged); WET non-zh F1 0.7926 -> 0.7967, zh 0.7822 -> 0.7893 (an NBC story over its
#: cookie policy 0.547 -> 0.939, a Polish sports story 0.453 -> 0.910, a forum thread above an uploader's warning
#: 0 -> 0.595, 4 more up), none down, fw unchanged. 0.05 to 0.35 score alike; 0.5 keeps the thread at 0, any
#: share (none required) takes BuzzFeed's story (0.611 -> 0); the first closing notice instead of the last takes a
#: thread's posts below a quoted post's notice (0.775 -> 0.359).
CLOSE_PROSE_SHARE = 0.25
#: A heading that counts the readers' comments under an article (``There are 13 comments``, ``3 thoughts on``,
#: ``Comments (74)``, ``Komentarze (10)``, ``49 条评论``; at most :data:`COMMENTS_HEADING_MAX_CHARS` characters): the
#: last such heading closes the article as a copyright notice closes the page (:func:`_mark_after_close`), the
#: comments' prose below it a site notice, when at least :data:`COMMENTS_ARTICLE_MIN_CHARS` of prose stand above it
#: (and :data:`CLOSE_PROSE_SHARE` of the prose below). A blog's comments (13 of them, longer than the post), a fan
#: fiction's (74) went on from the article's last paragraph over a few short lines; a thread's first post is short
#: and its replies, which a thread's labels keep, are the thread. On the WET renderings of the dev pages such
#: headings mark 120 more prose lines, none inside the labels (the label texts hold no such heading); WET non-zh F1
#: 0.7967 -> 0.8001 (a WordPress post 0.450 -> 1.000, a fan fiction's chapter 0.625 -> 0.995, a Polish sports story
#: 0.619 -> 0.855, a serial's chapter 0.968 -> 0.980), none down, zh and fw unchanged. 400 to 1500 characters score
#: alike; without that least, an image board's post of 350 characters loses its 101 comments (0.667 -> 0.456); any
#: short line holding a count and a comment word takes an article's lines (a Yahoo story 0.827 -> 0.216, an LWN
#: text 0.995 -> 0.825).
_COMMENTS_HEADING_RE = re.compile(
    r"(?:there (?:are|is) )?\d+\s+(?:comments?|responses?|thoughts? on)\b"
    r"|(?:comments?|kommentare|commentaires|comentarios|commenti|komentarze|yorumlar|reacties)\s*[(（]\d+[)）]$"
    r"|\d+\s*条?(?:评论|留言)",
    re.I,
)
COMMENTS_HEADING_MAX_CHARS = 40
COMMENTS_ARTICLE_MIN_CHARS = 1000
#: A site notice that asks the reader to reply or comment (a reply form's ``You must be logged in to reply to this
#: topic.``, ``Sign in to post a comment.``, ``Leave a Reply``): the last such notice closes the article or thread
#: above it as the last copyright notice closes the page (:func:`_mark_after_close`, with :data:`CLOSE_PROSE_SHARE`
#: of the prose below standing above it), and the prose below it (a sidebar's featured blurbs, a comment widget's
#: messages, a stream of teasers) is a site notice: a forum's sidebar outweighed its short thread. On the WET
#: renderings of the dev pages 72 prose lines of 8 pages, none inside the labels (every such notice in them stands
#: under the article: the forms of forums, blogs, news sites); WET non-zh F1 0.8032 -> 0.8076 (a thread 0.003 ->
#: 0.932, a Yahoo story over its comment widget 0.409 -> 0.903, a blog-hosted thread 0.663 -> 0.742), none down, zh
#: and fw unchanged. Without the share a thread under a short first post gains too (0.003 -> 0.397; WET 0.8054
#: instead of 0.8044), but a post's ``Leave a comment`` link in its meta line above it would close it.
_REPLY_FORM_RE = re.compile(r"\b(?:repl(?:y|ies)|comments?|respond)\b", re.I)
#: A copyright notice that names reprinting (``未经书面授权请勿转载``, ``转载请注明出处``, ``未經授權不得轉載``): a
#: reprint notice, which an outlet or a blogger prints under the article's last paragraph, so every one closes the
#: article above it (:func:`_close_at`), not the page's last notice alone. The prose below is the site's: its
#: description, a teaser's lines. On the WET renderings of the dev pages 13 such lines of 11 pages (2 inside the
#: labels, each closing its article); they close 48 prose lines of 7 pages, one inside a label (a relevance poll's
#: question under Tencent's notice, out of the body before too); WET zh F1 0.8051 -> 0.8076 (a health portal's
#: recipe 0.770 -> 0.979: its site's blurb and a teaser after the notice out), none down, non-zh and fw unchanged.
_REPRINT_RE = re.compile("转载|轉載")
#: An author box's heading on a line of its own (``About the author``, ``Editör Hakkında``, ``关于作者``): the box of
#: the writer's portrait and blurb that a news site or a blog prints under the article's last paragraph, so the last
#: such heading closes the article above it as a reply form's line does (:func:`_mark_after_close`, with
#: :data:`CLOSE_PROSE_SHARE` of the prose below standing above it), and the blurb and what follows (the site's
#: teasers) are site notices: the blurb is prose about the writer, no paragraph of the article, and carried its run on
#: (an Indian portal's ``ABOUT THE AUTHOR`` / ``Assistant News Editor at Indiatimes. He writes on…``, a Turkish
#: portal's ``Editör Hakkında`` / ``Sezer Yavuz, 20 Şubat 1994'te İstanbul'da doğdu…`` and its day's ticker after
#: it). The site's own ``About us`` is a menu's entry, no author box. On the WET renderings of the dev pages 14 lines
#: of 14 pages are such headings, two inside labels that keep their author boxes (CityLab's ``About the Author`` /
#: ``Sarah Archer`` / her one-line blurb, IAB's); they close 102 prose lines of 10 pages, one inside a label (that
#: blurb); WET non-zh F1 0.8321 -> 0.8340 (two Haber7 stories 0.654 -> 0.859 and 0.474 -> 0.782, two Indiatimes
#: stories 0.873 -> 0.909 and 0.905 -> 0.938, CityLab 0.908 -> 0.973: its teasers leave with the box), none down,
#: zh and fw unchanged.
_AUTHOR_BOX_RE = re.compile(
    r"(?:[•·]\s*)?(?:about the (?:author|writer|editor)s?|über (?:den|die) autor(?:in)?|à propos de l'auteur"
    r"|sobre (?:el|o|a) autora?|sull'autore|over de auteur|o autorze|об авторе|tentang penulis"
    r"|(?:editör|yazar) hakkında|关于作者|關於作者|作者简介|作者簡介|著者について|この記事を書いた人)\W*",
    re.I,
)
#: An advert's label on a line of its own (``Advertisement``, ``Sponsored``, ``Anzeige``, ``广告``): a page prints one
#: over each advert between the article's paragraphs, and it stood in the body, a short line inside the run. On a
#: page (evidence of one) it leaves the body, its score unchanged: a short line's cost, no wall, since the article
#: goes on under the advert. On the WET renderings of the dev pages 313 such lines, 15 of them on the 3 pages whose
#: labels hold such a line (a Chinese portal's 广告, an English site's Advertisement, a forum's); 170 stood in the
#: bodies, 7 of them on those pages; WET non-zh F1 0.8346 -> 0.8350, zh 0.8671 -> 0.8670, pooled 0.8410 -> 0.8413
#: (17 pages up, by up to 0.025: lazy-image-2 0.905 -> 0.929, a story 0.899 -> 0.924; two pages whose labels keep
#: the labels down, 0.882 -> 0.870 and 0.839 -> 0.834), fw unchanged. A text that is all article keeps them, as it
#: keeps its notices.
_AD_LABEL_RE = re.compile(
    r"advertisement|advertisment|sponsored|anzeige|werbung|publicidade|publicidad|publicité|pubblicità|reklam|iklan"
    r"|广告|廣告|広告|광고",
    re.I,
)
#: A forum's greeting to its readers (``• Greetings, and welcome to the World Affairs Board!``, ``Welcome to the
#: ForumWP community``), a banner over its description in the site's voice (``The World Affairs Board is the premier
#: forum for…``, ``This is where ForumWP customers can ask for support…``), printed above a thread or under a post:
#: :func:`_mark_greetings`. A greeting that names no forum opens a product page's or an article's own text (``Welcome
#: to Firefox Developer Edition`` over its lede: 0.891 -> 0.869 with any greeting), and a long line opening so is a
#: lede (``Welcome to DoctorX’s Barcelona lab, where…``). On the WET renderings of the dev pages 3 lines are such
#: greetings (2 of one forum's), none inside the labels: WET non-zh F1 0.8249 -> 0.8271 (a vBulletin thread 0 ->
#: 0.601, a ForumWP thread 0.410 -> 0.558, its sign-off lines BR / John now left out with the banner), none down.
_GREETING_RE = re.compile(
    r"(?:[•·]\s*)?(?:greetings,? and |a warm )?welcome to\b.*\b(?:community|forums?|board|message boards?)\b", re.I
)
#: A greeting's length, at most: a banner's heading, no paragraph.
GREETING_MAX_CHARS = 60
#: A reply form's prompt on a short line of its own (``Post Reply``, ``Add a comment``, ``Submit your solution``,
#: ``Post your comment``), the form's other sign: the last one closes the thread or article above it as a reply
#: form's notice does. On the WET renderings of the dev pages 22 pages hold one (three with label prose below the
#: last: a per-post button, a blog's mid-page link; the share keeps them); 131 more prose lines of 15 pages are
#: marked so, none inside the labels; WET non-zh F1 0.8076 -> 0.8094 (a Q&A thread under its answer form's
#: guidelines 0 -> 0.604, three threads up: 0.350 -> 0.382, 0.763 -> 0.787, 0.843 -> 0.860), one down (a Q&A
#: thread whose run moves from its answers to its question, 0.379 -> 0.336), zh and fw unchanged. In other languages
#: the prompt is the form's button alone on its line (``Comentar``, ``Antworten``, ``发表回复``): on the WET
#: renderings 5 pages hold one; WET non-zh F1 0.8094 -> 0.8097 (a Spanish story above its comment rules 0.825 ->
#: 0.905), none down; a bare ``回复`` / ``评论`` (each post's button, a story's toolbar) takes a Sohu story to 0. So
#: does the Indonesian button ``Komentar`` and the Turkish ``Yorum Yazın`` (write a comment) over a news site's
#: readers' comments (a Kompas story's ``Komentar`` / ``kalau emang mobil angkut barang dilarang masuk…``): on the WET
#: renderings of the dev pages 5 such lines of 5 pages, none inside the labels; they close 39 prose lines of 5 pages,
#: none inside the labels; WET non-zh F1 0.8340 -> 0.8346 (an Onedio story 0.423 -> 0.594: its emoji reactions and
#: members' comments out, two Kompas stories 0.796 -> 0.819 and 0.873 -> 0.889), none down, zh and fw
#: unchanged.
_REPLY_PROMPT_RE = re.compile(
    r"(?:post|add|leave|write|submit) (?:a |an |your )?(?:new )?(?:reply|comment|answer|solution)\b"
    r"|(?:(?:发表|我要|快速)(?:回复|评论|回帖)|antworten|beantworten|kommentieren|responder|comentar|répondre"
    r"|rispondi|odpowiedz|ответить|返信|コメントする|komentar|yorum yaz(?:ın)?)$",
    re.I,
)
#: A line that is only a count of answers, replies or comments (``2 answers``, ``15 replies``, ``58评论``): under each
#: headline of a list of questions or threads (a Q&A site's ``Related Questions``: ``question`` / ``2 answers``), it
#: is list material (a wall, :func:`_mark_count_lines`) when :data:`COUNT_LINES_MIN` of them stand within
#: :data:`COUNT_LIST_MAX_STEP` lines of another: the thread's own ``2 Answers`` heading above its answers stands
#: alone and stays (as a wall it cut a thread's question from its answers, 0.694 -> 0.585). The list's headlines
#: ask questions and passed for prose that outweighed a thread's short lines. On the WET renderings of the dev pages
#: 11 lines of 2 pages (two threads of one Q&A software), none inside the labels; WET F1 0.8077 -> 0.8091 (non-zh
#: 0.8103 -> 0.8121: a thread 0 -> 0.611), none down, zh and fw unchanged. A step of 2 to 4 lines scores alike;
#: 1 (counts in a row) finds no list.
_COUNT_LINE_RE = re.compile(r"\d+\s*(?:answers?|repl(?:y|ies)|comments?|回复|回答|评论)", re.I)
COUNT_LINES_MIN = 3
#: A list's headline with its count of replies, answers or comments on the same line (a forum's or a blog's list
#: of its articles: ``Fear Trump--Or Bust? 2 replies``, over its source, poster and opening paragraph). With
#: :data:`COUNT_LINES_MIN` of them on a page they are list material (:func:`_mark_counted_headlines`), evidence of
#: a page, and the lone prose line under each (bylines looked through) is its summary (:func:`_teaser_summaries`):
#: the summaries, whole paragraphs of 500 to 700 characters, outweighed the headlines' walls and carried a thread's
#: run through the list. Text stands before the count: a bare count is :data:`_COUNT_LINE_RE`'s (a feed's vote strip,
#: ``744 upvotes · 85 comments``, is read so too: list material either way). On the WET renderings of the dev pages
#: 110 such lines of 7 pages, none inside the labels; 2 pages change, two threads of one forum over its list (0.123 ->
#: 0.686, 0.400 -> 0.699: each list's 24 cards out), WET non-zh F1 0.8350 -> 0.8375, pooled 0.8413 -> 0.8433,
#: zh and FineWeb-style unchanged. The headlines alone, as evidence and walls, raise them 0.006 and 0.010.
_COUNTED_HEADLINE_RE = re.compile(rf"\S.*\s{_COUNT_LINE_RE.pattern}", re.I)
#: A news ticker's or a video list's item: a clock time, then a headline of three words or more (``14:44 Accusations
#: de viols : 14 militaires mis en cause``, a video's ``02:11 Detik-detik Bus …`` under its duration); no time of day
#: alone or with its zone (``6:00 PM``, ``1:57 PM ET``, ``9:30 p.m.–11:00 p.m. GMT+8``). With
#: :data:`TICKER_LINES_MIN` of them on a page they are list material (:func:`_mark_ticker`): a newspaper's live feed
#: beside its story went on from the story's last paragraph. On the WET renderings of the dev pages 26 such lines of
#: 4 pages, none inside the labels and none in the label texts (a live blog's entries put the time on a line of its
#: own: ``14:10`` / ``Séisme.`` / text); WET non-zh F1 0.8121 -> 0.8138 (Libération 0.402 -> 1.000), none down, zh
#: and fw unchanged; 2 to 5 lines alike.
_TICKER_RE = re.compile(r"(?:[01]?\d|2[0-3])[:h][0-5]\d\s+(?![ap]\.?m\.?\b|[AP]M\b|GMT|ET\b)[^\W\d_]\S*(?:\s+\S+){2,}")
TICKER_LINES_MIN = 3
#: A strip of cards without prose (:func:`_mark_card_strips`): a video playlist prints each video as a thumbnail's
#: name or caption, ``Video Ad Feedback``, its title, its duration, ``Now playing`` and ``- Source: CNN``, card after
#: card, short lines all, and the story's run went on over the strip into the thumbnails' long captions, prose. A short
#: line recurring at one step of :data:`STRIP_STEP_MIN` to :data:`STRIP_STEP_MAX` text lines, :data:`STRIP_CARDS_MIN`
#: times or more with no prose line between two copies, is each card's furniture, and the short lines from its first
#: copy to its last are list material: walls. A thread's posts hold prose between their headers' lines; a thread of
#: short replies so marked keeps them as posts (:func:`_thread_posts`). On the WET renderings of the dev pages 759
#: lines of 26 pages are marked so (sponsored link grids' ``Undo``, cookie dialogs' ``Always Active``, video strips,
#: a Q&A's profile cards), 60 of at least 8 characters inside labels, on 3 pages whose scores do not change (an
#: Airbnb listing's experiences, threads of one-line replies their posts rescue); 2 pages change, both up: two CNN
#: stories under their playlists 0.493 -> 0.753 and 0.914 -> 0.934 (the playlists' cards out); WET non-zh F1 0.8375
#: -> 0.8383, pooled 0.8433 -> 0.8440, zh and fw unchanged. Steps up to 6, 8 or 12 score alike; 5 copies keep the
#: second story's 4 cards, 3 take 4 pages down (a story's gallery of captions under ``Advertisement``, 0.841 ->
#: 0.717; a Kaskus thread's ``Kutip`` / ``Balas`` buttons, 0.899 -> 0.769).
STRIP_STEP_MIN = 3
STRIP_STEP_MAX = 8
STRIP_CARDS_MIN = 4
#: A bare clock reading alone on its line (``01:14``, ``1:02:33``): a video's duration on its card, which dates no post
#: (:func:`_dated`): a playlist's cards (``01:14`` / ``Now playing`` / ``- Source: CNN``) matched, digits folded, as a
#: thread's post headers over the story's dateline, and each card's thumbnail caption joined the body as a post. A
#: post's header dates it with a day or a label (``2021-01-01 10:34:38``, ``Posted May 7``, ``10:55 am #7018``). On
#: the WET renderings of the dev pages 113 such lines of 25 pages; 2 pages change, both up: two CNN stories under their
#: playlists 0.753 -> 0.991 and 0.934 -> 0.965 (the captions out); WET non-zh F1 0.8383 -> 0.8391, zh and fw unchanged.
_DURATION_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
COUNT_LIST_MAX_STEP = 2
#: Text lines above a story's first paragraph searched for its dateline (:func:`_dated_above`): a headline, an
#: author, a follow button and a date (``贵圈姨太`` / ``关注`` / ``2023-06-01 00:48``), a place or a label after it
#: (``来自福建`` / ``原创``) before the paragraph.
STORY_DATELINE_LINES = 3
#: A page's title as a renderer prints it on the text's first or last line (:func:`_titled_headline`): the headline,
#: then a bar or a dash and the site's name (``Obama admits US gun laws are his 'biggest frustration' - BBC News``,
#: ``标题_新浪网``); a dash or bar with a space after it (``headline - Site``, ``headline| Site``), or a full-width bar
#: or an underscore, which a headline's words do not hold.
_TITLE_SEPARATOR_RE = re.compile(r"\s*(?:[-|–—]\s|[_｜])")
#: Line kinds that show a page around the article (lists of other stories, comment strips, list headings).
EVIDENCE_KINDS = frozenset(("related", "comment", "list", "timestamp"))
#: Median length of the lines above a page's timestamps from which they date a thread's posts (replies run on;
#: a headline list's titles are 10-40 characters: the seed's, the dev pages' portal lists).
THREAD_POST_MIN_CHARS = 60
_MARK_RE = re.compile(f"[{re.escape(CLAUSE_MARKS + shape.SENTENCE_END + SCRIPT_CLAUSE_MARKS + SCRIPT_SENTENCE_END)}]")
#: Lines above the body searched for the headline.
TITLE_LOOKBACK = 6
#: Text lines above the body searched for the article's header (:func:`_header_title`: a headline over a byline or
#: a dateline), and text lines above the byline or dateline searched for its headline (past an author's name, a
#: section: ``headline`` / ``Jane Doe`` / ``May 6, 2024``). Share buttons, a picture's caption or label, a summary
#: or a video's furniture stand between the header and the first paragraph, and the closest headline-shaped line
#: was one of them (``Share on Reddit``, ``[PR]``, a caption). On the WET renderings of the 161 dev pages with a
#: labelled title, the title is the label's or holds it (or it holds the title, at half its length or more) on 39
#: pages instead of 15 (the same title on 33 instead of 14), one lost (a German story dated above its headline
#: takes the pager above the date); the label texts 132 -> 134; of all 427 WET renderings 106 titles change, read
#: by eye mostly from chrome to the headline, some wrong to still wrong (an author's name with the outlet's), one
#: right to wrong (a book's title under its ISBN line, which is dated). 20 and 30 lines alike, 10 loses five; a gap
#: of 1 finds 34, 3 finds 41 and loses one more (a currency box's credit read as a byline, the box's name taken).
#: Body F1 unchanged but one WET page (0.980 -> 0.989: its title line leaves the body).
TITLE_HEADER_LOOKBACK = 20
TITLE_HEADER_GAP = 2
#: Longest headline, in characters.
TITLE_MAX_CHARS = 100
#: Shortest headline, in characters.
TITLE_MIN_CHARS = 4
#: Most words of one link in a row of links between bars (:func:`_link_row`: ``« Vorige | Nächste »``,
#: ``Einloggen | Registrieren``); a site's name after a headline's bar follows a longer piece.
LINK_ROW_PIECE_MAX_WORDS = 2
#: Fewest parts of a breadcrumb trail that ends in the headline (:func:`_link_row`): two arrows, as one ``>`` may
#: stand in a headline.
TRAIL_MIN_PARTS = 3
#: Arrows and guillemets a pager's links carry (``« Vorige``, ``Next ›``), stripped before their words are counted.
_ARROWS = " «»‹›<>←→"
#: A thread's or a Q&A page's meta line: one label word, maybe with its colon, then its value (``Posted May 6``,
#: ``Viewed 456``, ``Asked Dec 22, 2022``): a stamp or a tally of the post below, no headline.
_META_LABEL_RE = re.compile(r"[^\W\d_]{2,}[:：]?\s+(?P<value>.+)")
#: A meta line's value: a month and a day or a year (``May 6``, ``6. Mai``, ``Jan 2013``), a relative time
#: (``3 weeks ago``, ``yesterday``), or a count of three digits or more, grouped or shortened (``456``,
#: ``16,487``, ``1.2k views``), maybe with a lower-case unit. A shorter number after a word is a headline's
#: (``Windows 11``, ``Top 10``), and so is a year (``Euro 2024``) or a version (``Kunena 6.3.1 released``): the
#: bench's texts held both (a forum's WET rendering, a FineWeb-style text), first taken for counts.
_META_VALUE_RE = re.compile(
    rf"(?:(?:{MONTH_NAME_ALT})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?|\d{{4}})|\d{{1,2}}\.?\s+(?:{MONTH_NAME_ALT})\.?)"
    rf"|{RELATIVE_AGE}|just now|today|yesterday"
    r"|(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d)?k)(?-i:\s+[a-z]+)?",
    re.I,
)

#: A line ending in a relative age (``Kenny listed a new event, The Legend of Houdini 1 week, 4 days ago``) is a stamp,
#: a stream entry's or a listed headline's (``…Policy4,824 comments - 18 hours ago``), no prose however many clause
#: marks it holds (:func:`_is_prose`): as prose an activity stream's entry outweighed a bbPress thread's short posts.
#: On the WET renderings of the dev pages 4 such lines of 3 pages were prose, none inside the labels; WET non-zh F1
#: 0.8297 -> 0.8309 (that thread 0 -> 0.397), zh and fw unchanged.
_AGE_END_RE = re.compile(rf"\b{RELATIVE_AGE}$", re.I)

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
NOTICE = "notice"
LIST = "list"
TEASER = "teaser"
#: A line of list material after another, as scored in the body's run (:data:`LIST_RUN_LINE_COST`): no line kind.
LIST_RUN = "list-run"
#: Shape kinds that carry a field and keep it as the line's role.
FIELD_KINDS = (BYLINE, EDITOR, COPYRIGHT, CAPTION)
#: Kinds of the lines inside the body's span that are the article's text: a caption between paragraphs is
#: part of it, as on HTML pages where a caption written as a paragraph stays in place.
BODY_KINDS = (PROSE, SHORT, CAPTION)
#: Line kinds that score as list material in the body's run (:func:`_score`). A site's copyright notice too (a
#: picture's credit excepted, :data:`CREDIT_MAX_WORDS`): it closes the article's page, and a text beyond it (a
#: cookie policy's dialog, a footer's blurbs) is none of the article. On the WET renderings of the dev pages 360
#: copyright lines stand outside the labels and 8 inside them, each at the article's edge (an Internet-Draft's
#: opening notice, a portal's reprint ban under the text). Scored as list material: WET non-zh F1 0.7712 -> 0.7718,
#: zh 0.7591 -> 0.7595, 9 pages up (0.820 -> 0.960), one down (0.996 -> 0.995), fw unchanged; half that cost gains
#: 6 pages and no zh, twice it loses two pages, a hard wall six (non-zh 0.7684).
WALL_KINDS = (RELATED, COMMENT, LIST, COPYRIGHT)
#: Words of a picture's credit (``©`` and a name, at most), which stays no wall (:func:`_photo_credit`): on the
#: dev pages' WET renderings six such lines stand between one article's paragraphs (``© Alamy``, ``© UC Global``,
#: ``© Noelia Páez/Instagram``); a site's notice names a year or its terms (``© 2024 NBC UNIVERSAL``).
CREDIT_MAX_WORDS = 4
#: A line of program code or of a shell session, as a how-to or a thread quotes it (``docker run -d \\``,
#: ``-e ENV=dev \\``, ``set http_proxy=http://127.0.0.1:59727``, ``# 设置代理``): a call, braces, an assignment or
#: option with ``=``, a statement's ``;`` or a continuation's ``\\`` at the end, ``->``, ``=>``, ``::``, or a prompt
#: or comment opening it. Such a short line (no bullet, no ``javascript:`` link) is the article's text, scored as
#: prose in the body's run (:func:`_code_line`): a listing of short lines cost a short line each and lost to the
#: sidebar's paragraphs. On the WET renderings of the dev pages 478 such lines stand inside the labels (29 pages) and
#: 53 outside (a wiki's formulas, template leftovers, ``Genre(s):``); short lines at large, 4 in 5 outside. WET F1
#: zh 0.7654 -> 0.7678, non-zh 0.7829 -> 0.7876 (a Docker how-to 0.204 -> 0.978, three threads quoting code 0 ->
#: 0.624, 0.161 -> 0.361, 0.353 -> 0.566; one page 0.555 -> 0.553), fw unchanged (a text given alone keeps every
#: line). Such lines end the run as prose does (a thread's answer may be code alone). Scored as nothing (neither
#: extending nor breaking the run), one page up instead of four (WET 0.7802); with ``//`` openers and without ASCII
#: words, a gossip site's ``// HEADLINE`` lines and ``ドル(円)`` quotes cost two pages (0.860 -> 0.462, 0.903 ->
#: 0.777). An assignment left empty (``export https_proxy=``, unsetting a variable) is one too: 2 more lines of 1
#: page, both inside its label; WET zh F1 0.8313 -> 0.8316 (a how-to 0.397 -> 0.422), none down, non-zh and fw
#: unchanged.
_CODE_RE = re.compile(r"[A-Za-z_][\w.]*\([^)]*\)|[{}]|\w\s?=(?:\s?\S|$)|;\s*$|\\\s*$|->|=>|::|^(?:\$|#!|>>>|#)\s", re.A)
#: Short lines (at most) between two code lines that are the listing's too (:func:`_listing_lines`): a shell
#: listing's commands of no code shape. On the WET renderings of the dev pages the body takes 3 more lines of 1 page,
#: all inside its label; WET zh F1 0.8304 -> 0.8313 (a how-to of proxy commands 0.320 -> 0.397), none down, non-zh
#: and fw unchanged; 1 to 4 score alike. Without the command shape, lines between an advert box's leaked markup
#: (``Undo``, ``Sponsored Links by``) join a story (13 lines outside the labels).
CODE_GAP_MAX = 2
#: A command line's shape: a lower-case ASCII word (the program) opening it, then ASCII arguments; an advert's or
#: a widget's lines between leaked markup (``Undo``, ``Sponsored Links by``) open in capitals.
_COMMAND_RE = re.compile(r"[a-z][\w.-]*(?: [ -~]+)?$", re.A)
#: A line of emoji shortcodes only (``:joy::joy::heart:``, a comment box's emoji picker printed as one line): its
#: ``::`` is no code's, and scored as prose of its length it outweighed a how-to's listing above it. On the WET
#: renderings of the dev pages 2 such lines of 2 pages (one blog platform's threads), none inside the labels; WET
#: F1 0.8070 -> 0.8077 (zh 0.7933 -> 0.7971: a how-to of command lines 0 -> 0.320; the other, whose article holds no
#: code, stays at 0), none down, non-zh and fw unchanged. Nor is it a plain short line (:func:`_short_weights`).
_EMOJI_CODES_RE = re.compile(r"(?::[\w+-]+:)+", re.A)
#: A listing's field (``成人票原价：279元``, ``游客咨询电话：58792888``, ``Posts: 22``): a label of 2 to 12
#: characters (8 scores alike on the WET renderings of the dev pages, 20 takes a tabloid's sentences cut at a colon:
#: 0.841 -> 0.788), no digits (``01:30`` is a time), a colon and a value. Where one label recurs with
#: :data:`LISTING_FIELD_VALUES_MIN` values or more, its lines are a listing's records (an article's table of tickets,
#: prices and phone numbers; a thread's per-post counts), scored as nothing in the body's run
#: (:func:`_listing_fields`): such an article cost a short line per field and lost to a sidebar's paragraphs. On the
#: WET renderings of the dev pages 302 such lines of 10 pages stand inside the labels and 240 of 26 outside (short
#: lines at large: 4 in 5 outside); WET zh F1 0.7731 -> 0.7822, non-zh 0.7925 -> 0.7926 (a ticket-price listing
#: 0.231 -> 0.994, a Yahoo story 0.959 -> 0.991, one more up), none down, fw unchanged. Scored as prose, two pages
#: fall (0.976 -> 0.687, 0.825 -> 0.589); with a digit required in the value, one page up instead of three.
_FIELD_RE = re.compile(r"([^：:\d]{2,12})[：:]\s*\S")
#: Values a field's label takes (at least) to be a listing's: 2 scores as 3 on the WET renderings, 4 loses a page
#: (0.991 -> 0.959).
LISTING_FIELD_VALUES_MIN = 3
#: Text lines above a thread's post that make its header (:func:`_thread_posts`): a poster's name and the post's
#: date or number (``Lezzup`` / ``May 7 at 10:31``, ``#2`` / ``2024年5月7日 10:31``), the same on every post,
#: digits aside. A thread's sidebar (``Top Posters In This Topic``, ``Popular Days``: list walls) or a run of
#: per-post chrome between two posts cost more than the next post is worth, and the body kept one post; where the
#: lines above the body's run make such a header, every post under the same header joins the body. On the WET
#: renderings of the dev pages 27 more lines of 7 threads (13 inside the labels; 9 a post's chrome between joined
#: posts, 5 the site's loading or sign-in messages under the last post), none elsewhere; WET F1 0.7980 -> 0.7993
#: (zh 0.7893 -> 0.7901, non-zh 0.8001 -> 0.8015: an IPS thread 0.677 -> 0.919, a discussion board 0.306 ->
#: 0.386, 5 more up), none down, fw unchanged. One line takes articles' other lines (a Mainichi story 0.995 ->
#: 0.926, 5 pages down), three loses a thread (0.730 -> 0.617); without the dated line, share bars above an article
#: and its teasers (``シェアする`` / ``ツイート``) join teasers (8 pages down, WET 0.8006), with bare counts too
#: (``All Share Services`` / ``0``) two.
POST_HEADER_LINES = 2
#: Short lines (at most) opening a post above its first prose line, between its header and the body's run
#: (``Hello Squarespace friends,``, a spoiler's ``Reveal hidden contents``): the header is looked for above them
#: too. On the WET renderings of the dev pages, 1 line: WET F1 0.7993 -> 0.8005, 2: 0.8007 (zh 0.7901 -> 0.7916,
#: non-zh 0.8015 -> 0.8029; threads 0 -> 0.212, 0.595 -> 0.762, 0.675 -> 0.843, 0.566 -> 0.655), 3 and 4 as 2; two
#: pages down, whose header's dated line is a video's duration (CNN, 0.921 -> 0.912) or a feed's post time over a
#: place line (an article beside its author's feed, 0.917 -> 0.882); fw unchanged. 3 since the weekday fold
#: (:data:`_WEEKDAY_RE`): a Flarum post's header, an edit mark (``• 已编辑``) and the post's two opening lines
#: (``介绍`` / ``国内做社区需要严格控制用户内容``) stand over its first prose line; WET zh F1 0.8094 -> 0.8117 (that
#: thread 0.361 -> 0.551), none down, non-zh and fw unchanged; 4 lowers an article (0.700 -> 0.686).
POST_LEAD_LINES_MAX = 3
#: Posts under one header (at least) that make a thread whose posts of one short line (``顶你``, ``同质化太严重了``:
#: :func:`_short_reply`) and whose first post's short opening lines join the body: a header printed twice is as often
#: a breadcrumb over and under a page (a Kunena board's) or a reply box's, and its "posts" the page's footer
#: (``Time to create page: 0.491 seconds``). On the WET renderings of the dev pages 15 more lines of 8 threads, all
#: inside the labels; with 2, a Kunena board's footer and lead lines too (0.560 -> 0.462) and a sidebar's heading.
THREAD_MIN_POSTS = 3
#: Times a short line without digits recurs on a thread (at least) to be each post's furniture
#: (:func:`_post_furniture`), left out of the body: a post's buttons and its poster's card (``Share on other sites``,
#: ``Joined``, a name) stand between the posts. On the WET renderings of the dev pages 8 pages change, 7 up (a XenForo
#: thread 0.831 -> 0.872, a bbPress thread 0.544 -> 0.597, a forum 0.847 -> 0.865, an Indonesian gallery story read
#: as a thread 0.127 -> 0.135: its caption printed under each picture out), 1 down (a thread whose label keeps its
#: posters' names and ``Reply`` buttons, 0.744 -> 0.719); WET non-zh F1 0.8454 -> 0.8457, zh and fw unchanged. Read
#: on every page (no thread needed), 85 pages up and 19 down and fw non-zh 0.9838 -> 0.9826: articles' and labels'
#: own repeated lines (a command listing's ``-u root \\``, table cells, a Reddit label's ``Reply``).
FURNITURE_REPEATS_MIN = 3
#: A poster's handle over a post (:func:`_name_header`), at most, in characters: one word, no headline.
HANDLE_MAX_CHARS = 24
#: A relative age in Han (``6天前``, ``1周前``, ``10月前``, ``3 小時前``): a post header's date as a forum prints it
#: (``客栈小K | 扫地 | 6天前``), which :func:`~newsmend.fields.dates.find_date` does not read (a page does not say when
#: it was rendered): the units of :data:`~newsmend.content.values.CJK_AGE_UNIT`, and a month without its measure
#: word (``10月前``), which a forum's header prints. Read in a header's date line only (a post's, :func:`_dates_post`;
#: a short-line run's, :func:`_dateline`; a handle's stamp, :func:`_age_stamp`): as any short line's meta line it
#: took a Q&A thread's posts (zh 0.8670 -> 0.8623). Its number starts after no digit, as
#: :data:`~newsmend.content.values.CJK_RELATIVE_AGE`'s does (a long line of digits searched in linear time).
_HAN_AGE_RE = re.compile(rf"(?<!\d)\d+\s*(?:{CJK_AGE_UNIT}|月)前")
#: A relative age in Han closing a line (:data:`_HAN_AGE_RE`), the stamp under a poster's handle (:func:`_age_stamp`).
_HAN_AGE_END_RE = re.compile(_HAN_AGE_RE.pattern + r"\s*$")
#: The stamp every post of handle-and-age stamps shares (:func:`_age_stamp`): the age, whatever its number and unit.
AGE_STAMP = "0前"
#: A space in a line: a handle is one word, a line with a space a headline or a sentence.
_SPACE_RE = re.compile(r"\s")
#: A reply's number in its header line (``gazeldx #1 1 月前``, ``#12``), read by :func:`_numbered_posts`. On the WET
#: renderings of the dev pages replies so numbered join the body on 1 page (a Homeland thread 0.753 -> 0.890: 5 lines
#: inside the label; outside it, a reply the label leaves out and the footer's blurb, the last reply's best run
#: under its one short line). Requiring a post's run to open under its header, which would keep the blurb out, loses
#: posts under long per-post furniture elsewhere (a forum's ``Post # 10`` / rank / name lines: 6 label lines of 2
#: threads). The first numbered reply may stand below the run past short lines (no prose between): a Kaskus thread
#: numbers its replies, not its opening post, and 20 lines of buttons and counts stand between them; its replies join
#: (0.705 -> 0.872: 10 lines inside the label, 6 replies the label leaves out), no other page changes.
_POST_NUMBER_RE = re.compile(r"(?:^|\s)#(\d+)(?:\s|$)")
#: A posting verb right after a date (``2020.06.09 09:42 发布``, ``2020.03.11 10:51发布于社区管理``): a forum's post
#: stamp, the label ``发表于`` (:func:`_post_stamp`) written after the date, under each poster's name. Such
#: stamps date a thread's posts, not a list's headlines (:func:`_thread`): the names above them are short, as a
#: list's headlines are, and the stamps were list material, walls between the replies. On the WET renderings of the
#: dev pages 8 such lines of 4 pages; 1 page changes, a BBSCloud thread 0.634 -> 0.866 (its replies join the opening
#: post); WET zh F1 0.8899 -> 0.8927, non-zh and fw unchanged.
_POSTING_VERB_RE = re.compile(r"\s*(?:发布|發佈|发表|發表)")
#: A number, folded to ``0`` when post headers are compared (``May 16`` and ``May 7`` alike).
_NUMBER_RE = re.compile(r"\d+")
#: A weekday's name, folded to ``0`` with the numbers when post headers are compared: a post's date names its day
#: (``发布 #4 2023年10月11日星期三``, ``Posted Monday, May 6``), which differs from post to post as its digits do,
#: and a thread's posts of other days stood under another header. On the WET renderings of the dev pages WET zh F1
#: 0.8076 -> 0.8094 (a Flarum thread 0.626 -> 0.778: its posts of Wednesday and Thursday join the Friday post the
#: body's run took), none down, non-zh and fw unchanged. The clock's half of the day (``10:55 am``, ``5:20 pm``,
#: ``上午``) differs so too: a bbPress thread's stamps of the morning and of the afternoon (:func:`_post_stamp`).
_WEEKDAY_RE = re.compile(
    r"(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b"
    r"|\b[ap]\.?m\b\.?|(?:上|下)午",
    re.I,
)
#: A character each of :data:`_CODE_RE`'s shapes holds, looked for first: one line in eight holds one on the WET
#: renderings of the dev pages, and the full pattern over every short line cost 2-3% of the selection's time.
_CODE_HINT_RE = re.compile(r"[(){}=;\\:>#$]")
#: A heading numbered as a section of a Chinese text (``四、相关命令汇总``: a Han numeral and the enumeration comma) is
#: the article's own, no list heading, whatever list word it holds (``相关`` here names related commands, not other
#: stories): read as one, it showed a page in an article given alone and cut it at the heading (fw non-zh F1 0.9783
#: -> 0.9808, that text 0.134 -> 1.000; WET unchanged). Of the dev pages' list headings so numbered one stands inside
#: the labels and none outside; numbered with digits, two stand outside (a blog's sidebar, ``2. 最新記事``) and none
#: inside, so digits are left out.
_SECTION_NUMBER_RE = re.compile(r"[一二三四五六七八九十]+、")
#: A numbered point opening a line (``6.微信扫码登录，无需绑定手机号``, ``2. Add a new APN``, ``3）``): its number.
_ITEM_NUMBER_RE = re.compile(r"(\d{1,2})[.、．)）]\s*\S")
#: An ordered list's item as the renderer writes it (``1. 不倫もみ消し? 10億円巡る間違い``, ``2. General``): a
#: list item as a bulleted one is, no plain short line of an article written in short lines (:func:`_body_run`):
#: a portal's rankings number their headlines so, and a ranking of 180 headlines outweighed a story's one paragraph.
_ORDERED_ITEM_RE = re.compile(r"\d{1,3}\.\s")
#: A bare link to more (``更多``, ``查看更多``, ``• 更多 >``, ``更多>>``) names no list: it expands the section above
#: it or leads to the rest of a list it closes, so it opens none (:func:`_shape`), though ``更多`` is a list word
#: (``更多新闻``). A poetry page prints one under each of its sections' headings (``译文及注释`` / ``更多`` / the
#: translation), and each was a wall in the poem's body. On the WET renderings of the dev pages 36 such lines of 24
#: pages, 3 of them lines of the labels (those three); WET zh F1 0.8117 -> 0.8163 (that page 0.579 -> 0.968), fw zh
#: 0.9792 -> 0.9801 (its text 0.900 -> 0.977), none down, non-zh unchanged.
_MORE_LINK_RE = re.compile(r"(?:[•·]\s*)?(?:查看)?更多\s*[>»›＞]*")
#: A footnote's citation mark on a line of its own (``[126]``, ``[126][127]``), as an encyclopedia's text rendered
#: one inline element per line prints it: it follows a claim, never a heading, so a list heading right above it is a
#: piece of the sentence cut at a link (``许多与`` / ``河北`` / ``相关的股票都一路暴涨甚至涨停`` / ``[126]``: ``相关``
#: opens it as it opens ``相关推荐``). Read as a list heading, it showed a page in an article given alone and cut it
#: there: fw zh F1 0.9740 -> 0.9796 (that text 0.537 -> 0.999), WET unchanged (three dev texts hold such marks).
_CITATION_RE = re.compile(r"(?:\[\d+\])+")


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
    _mark_cookie_policy(texts, kinds)
    stamped = kinds.count(TIMESTAMP) >= MIN_TIMESTAMPED_ITEMS  # a list's or a thread's: a page either way
    items = [_LIST_ITEM_RE.match(b.text) is not None for b in page.blocks]
    _mark_lists(texts, kinds, None if PROSE in kinds else items)
    evidence = stamped or _shows_page(texts, kinds, items)
    posts: list[int] = []
    named: tuple[list[int], int] = ([], 0)
    seen: Counter[str] = Counter()
    if evidence:
        _mark_page_headings(texts, kinds)
        _mark_teasers(texts, kinds, items)
        _mark_repeated_prose(texts, kinds)
        _mark_count_lines(texts, kinds)
        _mark_ticker(texts, kinds)
        _mark_card_strips(texts, kinds)
        _mark_after_close(texts, kinds)
        _mark_greetings(texts, kinds)
        scores, ends = _line_scores(texts, kinds, items)
        span = _body_run(texts, kinds, scores, ends)
        if span is not None:
            named = _name_headers(texts, kinds, _text_lines(kinds))  # read by the post finder and the chrome alike
            seen = Counter(texts)  # how often the page prints each line: a post's and a post's furniture's alike
            posts = _thread_posts(texts, kinds, items, span, scores, ends, named, seen)
            if not posts:
                span = _titled_story(texts, kinds, scores, ends, span)
    else:
        span = _whole(texts, kinds)
    if span is None:
        return Selection(body=[], roles=_roles(kinds, None), flags={"no-article"})
    start, end = span[0], _trailing_captions(texts, kinds, _next_items(texts, kinds, span[1]))
    kept = BODY_KINDS if evidence else (*BODY_KINDS, NOTICE)  # an article someone extracted keeps its notices
    body = sorted({i for i in range(start, end + 1) if kinds[i] in kept}.union(posts))
    if evidence:
        chrome = _name_header_lines(kinds, named) | (_post_furniture(texts, kinds, seen) if posts else set())
        body = [i for i in body if not _AD_LABEL_RE.fullmatch(texts[i]) and i not in chrome]
    title = _title_line(texts, kinds, items, start)
    roles = _roles(kinds, title)
    return Selection(body=body, title=title, roles=roles)


def _shape_key(text: str) -> str:
    """The line as shapes are judged: without inline ``(pinyin)`` annotations, which mirror damage injects
    into words (``評(píng)論``) and which selection sees because it runs before repair, and with HTML entities left
    escaped read as their characters: a teaser card's link may keep them (a title attribute escaped twice, ``•
    &#39;Growing Pains&#39; Star…`` over the card's ``'Growing Pains' Star…``), and its copies then differ. On the
    WET renderings of the dev pages 27 lines of 9 pages hold such an entity, none inside the labels; WET non-zh F1
    0.8031 -> 0.8032 (a Yahoo story among its stream's cards 0.377 -> 0.409), none down, zh and fw unchanged."""
    text = html.unescape(text) if "&" in text else text  # most lines hold no entity: the test first
    return _ANNOTATION_RE.sub("", shape.clean(text))


def _shape(text: str) -> str:
    """Stage 1: the kind of one line, from its form alone."""
    if not text or shape.is_separator(text):
        return SEPARATOR
    if shape.time_list_entry(text):
        return TIMESTAMP
    if shape.is_comment_strip(text):
        return COMMENT
    if shape.is_copyright(text) or _COPYRIGHT_OPENING_RE.match(text):
        return COPYRIGHT
    if shape.is_caption(text):
        return CAPTION
    if shape.is_site_notice(text) or _cookie_notice(text) or _legal_notice(text) or _confirm_dialog(text):
        return NOTICE
    values = shape.labelled_values(text)
    if any(v.field == EDITOR for v in values) and len(values) == 1:
        return EDITOR
    if shape.is_meta_line(text):
        return BYLINE
    if shape.is_list_heading(text) and not (
        _SECTION_NUMBER_RE.match(text) or _MORE_LINK_RE.fullmatch(text) or _value_field(text)
    ):
        return LIST
    return PROSE if _is_prose(text) else SHORT


def _value_field(text: str) -> bool:
    """A field whose list word stands in its value, not its label (``问题标签： 后端相关``, a Q&A page's tags: the tag
    ``后端相关`` holds ``相关``): it names no list (:data:`_FIELD_RE`), as ``相关推荐：`` or ``Latest: …`` do."""
    m = _FIELD_RE.match(text)
    return m is not None and not shape.is_list_heading(m.group(1))


def _cookie_notice(text: str) -> bool:
    """A cookie consent's line (:data:`_COOKIE_RE`, :data:`_SITE_VOICE_RE`): a site notice, whatever its length
    (on the WET renderings of the dev pages: non-zh F1 0.742 -> 0.749, zh and fw unchanged, no page lower)."""
    return _speaks_of_cookies(text) and _SITE_VOICE_RE.search(text) is not None


def _speaks_of_cookies(text: str) -> bool:
    """The line names cookies (:data:`_COOKIE_RE`). ``Cookie``, ``cookies``, ``COOKIES``: a substring test first, as
    the pattern costs five times as much over the 80k lines of the dev pages' WET renderings."""
    return ("ookie" in text or "OOKIE" in text) and _COOKIE_RE.search(text) is not None


def _mark_cookie_policy(texts: list[str], kinds: list[str]) -> None:
    """Stage 1 on a text holding a cookie consent's line (:func:`_cookie_notice`): every prose or short line that
    names cookies is the consent's or the site's cookie policy (``Strictly Necessary Cookies: These Cookies are
    required…``, ``Third-party Cookies``), a site notice, though it speaks in no site's voice. On the WET renderings
    of the dev pages 101 such lines of 17 pages, none inside the labels (the label texts hold no consent's line);
    WET non-zh F1 0.7891 -> 0.7900 (a cookie policy longer than its article, 0.382 -> 0.547; 0.667 -> 0.800), none
    down, zh and fw unchanged."""
    if any(_cookie_notice(texts[i]) for i, kind in enumerate(kinds) if kind == NOTICE):
        for i, text in enumerate(texts):
            if kinds[i] in (PROSE, SHORT) and _speaks_of_cookies(text):
                kinds[i] = NOTICE


def _confirm_dialog(text: str) -> bool:
    """A confirmation dialog's line (:data:`_CONFIRM_RE`). ``sure`` in any case as a substring first (``Are You
    Sure?`` in title case too), as for legal notices."""
    return "sure" in text.lower() and _CONFIRM_RE.search(text) is not None


def _legal_notice(text: str) -> bool:
    """A site's legal notice (:data:`_LEGAL_NOTICE_RE`): a site notice, whatever its length."""
    low = text.lower()  # a substring test first, as for cookies: the pattern costs more over every line
    if "trade" not in low and "reserved" not in low and "licensed" not in low:
        return False
    return _LEGAL_NOTICE_RE.search(text) is not None


def _is_prose(text: str) -> bool:
    """A paragraph: a sentence end of any script (emoji after it looked through, :data:`_EMOJI_TAIL_RE`) or a
    pictograph in its place (:data:`_PICTOGRAPH_RE`), clause marks in a long line that no relative age ends (a stamp,
    :data:`_AGE_END_RE`), or a long line of a script that writes none (:data:`UNMARKED_PROSE_CHARS`)."""
    core = _EMOJI_TAIL_RE.sub("", text) if _EMOJI_TAIL_RE.match(text[-1:]) else text  # few lines end so: test one
    if len(core) >= PROSE_SHORT_CHARS and (
        shape.ends_sentence(core)
        or core.rstrip(shape.CLOSERS)[-1:] in SCRIPT_SENTENCE_END
        or _PICTOGRAPH_RE.search(text, len(core)) is not None
    ):
        return True
    if len(text) < PROSE_MIN_CHARS or _AGE_END_RE.search(text) is not None:
        return False
    clauses = sum(text.count(c) for c in CLAUSE_MARKS + SCRIPT_CLAUSE_MARKS + SCRIPT_SENTENCE_END)
    if clauses >= PROSE_MIN_CLAUSES:
        return True
    return len(text) >= UNMARKED_PROSE_CHARS and bool(_UNMARKED_SCRIPT_RE.search(text))


def _mark_lists(texts: list[str], kinds: list[str], items: list[bool] | None) -> None:
    """Stage 2: headline lines of timestamped lists and the items after list headings become ``related``: the
    short lines after the heading, or, given ``items`` (which lines open with a bullet, for a text without prose),
    up to the first unbulleted one when the first is bulleted. A rendered list writes each of its items so; on a
    page of titles alone (a journal's contents under its menu's bulleted list) the text after it is the article,
    which :func:`_body_run` reads. On pages with prose, the lines after a bulleted list are chrome as often."""
    _unmark_cited_headings(texts, kinds)
    _mark_counted_headlines(texts, kinds)
    stamps = [i for i, k in enumerate(kinds) if k == TIMESTAMP]
    first_prose = next((i for i, k in enumerate(kinds) if k == PROSE), len(kinds))
    headlines: set[int | None] = set()
    for i in [i for i in stamps if i < first_prose and _next(kinds, i) == first_prose]:
        kinds[i] = BYLINE  # the stamp right above the first paragraph dates the article
        stamps.remove(i)
        headlines.add(_previous(kinds, i))  # and the line above it is the article's headline, no list's item
    if len(stamps) >= MIN_TIMESTAMPED_ITEMS and not _thread(texts, kinds, stamps):
        for i in stamps:
            kinds[i] = RELATED
            j = _previous(kinds, i)
            if j is not None and kinds[j] in (PROSE, SHORT):
                kinds[j] = RELATED
    else:
        for i in stamps:
            kinds[i] = BYLINE  # a lone ``date time`` line is the article's dateline, a thread's the posts'
    in_list, bulleted = False, False
    for i, text in enumerate(texts):
        if kinds[i] in (LIST, COMMENT):
            in_list, bulleted = shape.opens_list(text), False
        elif kinds[i] == SHORT and in_list and i not in headlines and not (bulleted and items and not items[i]):
            bulleted = bulleted or bool(items and items[i])
            kinds[i] = RELATED
        elif kinds[i] not in (SEPARATOR, RELATED):
            in_list = False


def _mark_counted_headlines(texts: list[str], kinds: list[str]) -> None:
    """Stage 2: short lines that end a headline with its count of replies (:data:`_COUNTED_HEADLINE_RE`) are a
    list's headlines when the text holds :data:`COUNT_LINES_MIN` of them: list material, as timestamped headlines
    are."""
    headlines = [i for i, kind in enumerate(kinds) if kind == SHORT and _counted_headline(texts[i])]
    if len(headlines) >= COUNT_LINES_MIN:
        for i in headlines:
            kinds[i] = RELATED


def _counted_headline(text: str) -> bool:
    """A headline ending in its count of replies, answers or comments (:data:`_COUNTED_HEADLINE_RE`)."""
    return _COUNTED_HEADLINE_RE.fullmatch(text) is not None


def _unmark_cited_headings(texts: list[str], kinds: list[str]) -> None:
    """Stage 2: a list heading that a citation mark follows (:data:`_CITATION_RE`, the next text line) is a short
    line, a piece of a sentence."""
    if LIST not in kinds:  # most texts hold no list heading
        return
    lines = _text_lines(kinds)
    for i, j in pairwise(lines):
        if kinds[i] == LIST and _CITATION_RE.fullmatch(texts[j]):
            kinds[i] = SHORT


def _mark_page_headings(texts: list[str], kinds: list[str]) -> None:
    """Stage 2 on a page: short lines of up to :data:`LONG_LIST_HEADING_MAX_CHARS` characters that name a list
    (:func:`_long_list_heading`) or invite the reader to more stories (:func:`_read_more_heading`) are list material,
    a wall in the body's run. Their items are left as they are (a teaser card's lines are no list items). A text
    that is all article keeps them: read as evidence of a page, they took FineWeb-style texts' lines (fw non-zh F1
    0.975 -> 0.974)."""
    for i, text in enumerate(texts):
        if (
            kinds[i] == SHORT
            and len(text) <= LONG_LIST_HEADING_MAX_CHARS
            and (_long_list_heading(text) or _read_more_heading(text))
        ):
            kinds[i] = LIST


def _long_list_heading(text: str) -> bool:
    """A line without Han or kana that names a list, longer than the shared bound (``Recommended For You``)."""
    return (
        len(text) > shape.LIST_HEADING_MAX_CHARS  # shorter ones were read
        and not _CJK_RE.search(text)
        and shape.is_list_heading(text, LONG_LIST_HEADING_MAX_CHARS)
    )


def _read_more_heading(text: str) -> bool:
    """A line that invites the reader to more stories (:data:`_READ_MORE_RE`), ending no sentence."""
    return (
        not shape.ends_sentence(text)
        and _READ_MORE_HINT_RE.search(text.lower()) is not None
        and _READ_MORE_RE.search(text) is not None
    )


def _mark_after_close(texts: list[str], kinds: list[str]) -> None:
    """Stage 2 on a page: the prose lines below the page's last copyright notice (a picture's credit excepted,
    :func:`_photo_credit`) and below each reprint notice (:data:`_REPRINT_RE`), below the last heading of readers'
    comments (:data:`_COMMENTS_HEADING_RE`, with :data:`COMMENTS_ARTICLE_MIN_CHARS` of prose above it) and below
    the last line of a reply form (:func:`_reply_form`), of a confirmation dialog (:func:`_confirm_dialog`) or of an
    author box's heading (:data:`_AUTHOR_BOX_RE`) are site notices when the prose above the line makes
    :data:`CLOSE_PROSE_SHARE` of the prose below it or more: the notice closes the page (a reprint notice or an
    author box its article), what follows it is a dialog's, a footer's or the site's, and the comments are no
    article's."""
    backwards = range(len(kinds) - 1, -1, -1)  # the last of each: looked for from the end
    notice = next((i for i in backwards if kinds[i] == COPYRIGHT and not _photo_credit(texts[i])), None)
    if notice is not None:
        _close_at(texts, kinds, notice, 0)
    for reprint in [i for i, kind in enumerate(kinds) if kind == COPYRIGHT and _REPRINT_RE.search(texts[i])]:
        _close_at(texts, kinds, reprint, 0)
    heading = next((i for i in backwards if kinds[i] in (SHORT, COMMENT) and _comments_heading(texts[i])), None)
    if heading is not None:
        _close_at(texts, kinds, heading, COMMENTS_ARTICLE_MIN_CHARS)
    form = next((i for i in backwards if _reply_form(texts[i], kinds[i])), None)
    if form is not None:
        _close_at(texts, kinds, form, 0)
    dialog = next((i for i in backwards if kinds[i] == NOTICE and _confirm_dialog(texts[i])), None)
    if dialog is not None:
        _close_at(texts, kinds, dialog, 0)
    box = next((i for i in backwards if kinds[i] == SHORT and _AUTHOR_BOX_RE.fullmatch(texts[i])), None)
    if box is not None:
        _close_at(texts, kinds, box, 0)


def _mark_greetings(texts: list[str], kinds: list[str]) -> None:
    """Stage 2 on a page: a forum's greeting to its community (:data:`_GREETING_RE`, at most
    :data:`GREETING_MAX_CHARS`) and the prose right under it (separators and bylines looked through) are site notices:
    the banner introduces the forum, above a thread or under a post, and its paragraphs outweighed a thread of short
    posts or joined a post's run."""
    for i, text in enumerate(texts):
        if kinds[i] in (PROSE, SHORT) and len(text) <= GREETING_MAX_CHARS and _GREETING_RE.match(text):
            kinds[i] = NOTICE
            j = _next(kinds, i)
            while j is not None and kinds[j] == PROSE:
                kinds[j] = NOTICE
                j = _next(kinds, j)


def _mark_repeated_prose(texts: list[str], kinds: list[str]) -> None:
    """Stage 2 on a page: prose printed :data:`SITE_PROSE_REPEATS_MIN` times or more is a site notice, a widget's
    text under each of its boxes (an ad box's ``Why don't you like this ad?`` / ``Thanks for your feedback…``
    between a stream's cards, a gallery's caption under each picture, a forum's ``Comment hidden…``): scored as a
    short line (:data:`REPEATED_PROSE_MIN`) it still joined the run and the body."""
    seen = Counter(texts)
    for i, kind in enumerate(kinds):
        if kind == PROSE and seen[texts[i]] >= SITE_PROSE_REPEATS_MIN:
            kinds[i] = NOTICE


def _mark_count_lines(texts: list[str], kinds: list[str]) -> None:
    """Stage 2 on a page: the short lines that only count a listed question's answers or a thread's replies
    (:data:`_COUNT_LINE_RE`), each near another (:data:`COUNT_LIST_MAX_STEP`), are a list's entries' counts when the
    page holds :data:`COUNT_LINES_MIN` of them: list material, walls between the list's headlines."""
    counted = [i for i, kind in enumerate(kinds) if kind == SHORT and _COUNT_LINE_RE.fullmatch(texts[i]) is not None]
    gaps = [b - a for a, b in pairwise(counted)]  # counted ascends: a line's nearest others are its neighbours
    listed = [
        i
        for n, i in enumerate(counted)
        if (n > 0 and gaps[n - 1] <= COUNT_LIST_MAX_STEP) or (n < len(gaps) and gaps[n] <= COUNT_LIST_MAX_STEP)
    ]
    if len(listed) >= COUNT_LINES_MIN:
        for i in listed:
            kinds[i] = LIST


def _mark_ticker(texts: list[str], kinds: list[str]) -> None:
    """Stage 2 on a page: the lines of a news ticker or a video list (:data:`_TICKER_RE`), when the page holds
    :data:`TICKER_LINES_MIN` of them, are list material: walls between the ticker's items and the article."""
    ticked = [i for i, kind in enumerate(kinds) if kind in (SHORT, PROSE) and _TICKER_RE.match(texts[i]) is not None]
    if len(ticked) >= TICKER_LINES_MIN:
        for i in ticked:
            kinds[i] = RELATED


def _mark_card_strips(texts: list[str], kinds: list[str]) -> None:
    """Stage 2 on a page: a strip of cards without prose, where one short line (no digits: a thread's reply counts,
    ``0``, recur as often) recurs :data:`STRIP_CARDS_MIN` times or more at one step of :data:`STRIP_STEP_MIN` to
    :data:`STRIP_STEP_MAX` text lines with no prose line between two copies, is list material from its first copy
    to its last: the copies are each card's furniture (``Video Ad Feedback``, ``Now playing``), the short lines
    between them the cards' titles, durations and thumbnails' names, no line of the article."""
    lines = _text_lines(kinds)
    where: dict[str, list[int]] = {}
    for n, i in enumerate(lines):
        if kinds[i] == SHORT and not _DIGIT_RE.search(texts[i]):
            where.setdefault(texts[i], []).append(n)
    prose = [kinds[i] == PROSE for i in lines]
    for found in where.values():
        runs = _periodic_runs(found, STRIP_CARDS_MIN, range(STRIP_STEP_MIN, STRIP_STEP_MAX + 1), prose)
        for run in runs:
            for i in lines[run[0] : run[-1] + 1]:
                if kinds[i] == SHORT:
                    kinds[i] = RELATED


def _reply_form(text: str, kind: str) -> bool:
    """A reply form's line: a site notice asking the reader to reply or comment (:data:`_REPLY_FORM_RE`), or a short
    line prompting them to post one (:data:`_REPLY_PROMPT_RE`)."""
    if kind == NOTICE:
        return _REPLY_FORM_RE.search(text) is not None
    return kind == SHORT and _REPLY_PROMPT_RE.match(text) is not None


def _comments_heading(text: str) -> bool:
    """A heading that counts readers' comments (:data:`_COMMENTS_HEADING_RE`)."""
    return len(text) <= COMMENTS_HEADING_MAX_CHARS and _COMMENTS_HEADING_RE.match(text) is not None


def _close_at(texts: list[str], kinds: list[str], i: int, least: int) -> None:
    """Line ``i`` closes the article when ``least`` characters of prose stand above it and :data:`CLOSE_PROSE_SHARE`
    of the prose below it: the prose lines below become site notices."""
    below = [j for j in range(i + 1, len(kinds)) if kinds[j] == PROSE]
    if not below:
        return
    need = max(least, CLOSE_PROSE_SHARE * sum(len(texts[j]) for j in below))
    above = 0
    for j in range(i):  # summed until it is enough: the article's paragraphs come first
        if kinds[j] == PROSE:
            above += len(texts[j])
            if above >= need:
                for k in below:
                    kinds[k] = NOTICE
                return


def _mark_teasers(texts: list[str], kinds: list[str], items: list[bool]) -> None:
    """Stage 2 on a page: the headline twins of teaser cards (:data:`TWIN_PAIRS_MIN`) become ``teaser``: no body
    lines, a short line's cost in the body's run (on the WET renderings of the dev pages: F1 zh 0.728 -> 0.740,
    non-zh 0.724 -> 0.732; as list material, a wall, the same F1 at a lower recall, 0.837 -> 0.820)."""
    lines = _text_lines(kinds)
    _mark_cards(texts, kinds, lines)
    _mark_meta_cards(texts, kinds, lines, items)
    pairs = [(i, j) for i, j in pairwise(lines) if _twins(texts[i], texts[j])]
    if len(pairs) < TWIN_PAIRS_MIN:
        return
    for i in {i for pair in pairs for i in pair}:
        if kinds[i] in (PROSE, SHORT):
            kinds[i] = TEASER


def _mark_cards(texts: list[str], kinds: list[str], lines: list[int]) -> None:
    """Stage 2 on a page: teaser cards that print their headline above and below their summary (the picture's
    title, then the link; :func:`_card`); with :data:`TWIN_PAIRS_MIN` such cards the headlines and summaries become
    ``teaser``."""
    seen = Counter(texts)
    cards = [card for n in range(len(lines)) if (card := _card(texts, kinds, lines, n, seen))]
    if len(cards) >= TWIN_PAIRS_MIN:
        for card in cards:
            for i in card:
                kinds[i] = TEASER


def _card(texts: list[str], kinds: list[str], lines: list[int], n: int, seen: Counter[str]) -> tuple[int, ...]:
    """Text line ``n`` (of ``lines``) opens a card: a short line of :data:`SUMMARY_HEADLINE_MIN_CHARS` or more that
    the page holds exactly twice, its copy at most :data:`CARD_MAX_LINES` text lines on with one prose line
    between them. The card's headline, summary and copy, or nothing."""
    i = lines[n]
    if kinds[i] != SHORT or len(texts[i]) < SUMMARY_HEADLINE_MIN_CHARS or seen[texts[i]] != 2:
        return ()
    for m in range(n + 2, min(n + CARD_MAX_LINES + 1, len(lines))):
        if texts[lines[m]] == texts[i]:
            prose = [lines[k] for k in range(n + 1, m) if kinds[lines[k]] == PROSE]
            return (i, prose[0], lines[m]) if len(prose) == 1 else ()
    return ()


def _mark_meta_cards(texts: list[str], kinds: list[str], lines: list[int], items: list[bool]) -> None:
    """Stage 2 on a page: teaser cards that print their headline twice around their meta lines, the summary after
    the second copy (:func:`_meta_card`; ``items``: the line opens with a bullet); with :data:`TWIN_PAIRS_MIN` such
    cards their lines become ``teaser``. A copy's bullet is looked through: the card's link is a list item, its
    title not."""
    keys = [_LIST_ITEM_RE.sub("", texts[i]) for i in lines]
    seen = Counter(keys)
    cards = [card for n in range(len(lines)) if (card := _meta_card(keys, kinds, lines, n, seen, items))]
    if len(cards) >= TWIN_PAIRS_MIN:
        for i in (i for card in cards for i in card):
            if kinds[i] in (PROSE, SHORT):
                kinds[i] = TEASER


def _meta_card(
    keys: list[str], kinds: list[str], lines: list[int], n: int, seen: Counter[str], items: list[bool]
) -> tuple[int, ...]:
    """Text line ``n`` (of ``lines``; ``keys``: their texts without bullets) opens a card: a line of
    :data:`SUMMARY_HEADLINE_MIN_CHARS` or more that the page holds exactly twice (per-card furniture recurs more)
    and mostly of words (:func:`_figures_row`: a listing's table rows of figures are printed twice too), its copy at
    most :data:`CARD_MAX_LINES` text lines on, no prose between and :data:`CARD_META_MIN_LINES` or more lines (the
    card's headline, copy and the prose line after the copy, its summary), or one line under a bulleted headline
    that is no list item itself (``• headline`` / columnist / ``headline``: the card's three lines; a linked column
    strip holds no summary). Else nothing."""
    key = keys[n]
    if len(key) < SUMMARY_HEADLINE_MIN_CHARS or seen[key] != 2 or kinds[lines[n]] not in (PROSE, SHORT):
        return ()
    if _figures_row(key):
        return ()
    m = next((m for m in range(n + 2, min(n + CARD_MAX_LINES + 1, len(lines))) if keys[m] == key), None)
    if m is None or any(kinds[lines[k]] == PROSE for k in range(n + 1, m)):
        return ()
    if m - n - 1 >= CARD_META_MIN_LINES:
        summary = (lines[m + 1],) if m + 1 < len(lines) and kinds[lines[m + 1]] == PROSE else ()
        return (lines[n], lines[m], *summary)
    return (lines[n], lines[n + 1], lines[m]) if items[lines[n]] and not items[lines[n + 1]] else ()


def _twins(a: str, b: str) -> bool:
    """Two lines are one headline printed twice: the same text, or one cut short of the other (a card's second
    copy is often clipped to its box, with or without an ellipsis: ``…刘亦菲等同框出席活动`` / ``…刘亦菲等同框出席活``),
    keeping :data:`TWIN_CUT_MIN_SHARE` of it (a paragraph opening with the headline's words is no copy). Counting
    cut copies: non-zh F1 0.732 -> 0.737, zh and fw unchanged."""
    if a[:TWIN_MIN_CHARS] != b[:TWIN_MIN_CHARS]:  # most neighbours part at once: no copy
        return False
    a, b = a.rstrip(_ELLIPSIS).rstrip(), b.rstrip(_ELLIPSIS).rstrip()
    short, long = sorted((a, b), key=len)
    return len(short) >= max(TWIN_MIN_CHARS, TWIN_CUT_MIN_SHARE * len(long)) and long.startswith(short)


def _thread(texts: list[str], kinds: list[str], stamps: list[int]) -> bool:
    """The timestamps date a thread's posts, not a list's headlines: most carry a posting verb after their date
    (:func:`_verb_stamp`), or the lines above them run longer than headlines do (median at least
    :data:`THREAD_POST_MIN_CHARS`) and most hold clause or sentence marks (a long headline of a script without marks,
    Thai, holds none)."""
    if sum(_verb_stamp(texts[i]) for i in stamps) * 2 > len(stamps):
        return True
    above = [texts[j] for j in (_previous(kinds, i) for i in stamps) if j is not None]
    if not above or statistics.median(len(t) for t in above) < THREAD_POST_MIN_CHARS:
        return False
    return sum(bool(_MARK_RE.search(t)) for t in above) * 2 > len(above)


def _shows_page(texts: list[str], kinds: list[str], items: list[bool]) -> bool:
    """Evidence of a page around the article: list material (:data:`EVIDENCE_KINDS`), a breadcrumb trail, text
    going on after the article's closing line, a bulleted menu anywhere (:func:`_bullet_menu`; ``items``: the
    line opens with a bullet), or a menu run above the text's first sentence or below its last (a text without a
    paragraph has neither: its menu-shaped lines are a code listing's or a note's, as two FineWeb-style
    texts of the dev pages are; fw zh F1 0.946 -> 0.965, their F1 0 -> 0.943 and 0.316 -> 0.902, non-zh unchanged;
    on the WET renderings one page, a demo forum of two one-line posts, falls from 0.667 to 0.146 and non-zh F1
    0.758 -> 0.757). Without it, the text is all article (a FineWeb ``text``, an article someone already
    extracted). The edges are the first and last prose lines of any length, not the paragraphs: a listing article's
    cards of short lines go on between its one-line notes (``初訪問。ジェラートを食べる。``) after its last paragraph,
    and a post's short sentences stand above or below its menu-shaped lines; fw non-zh F1 0.9808 -> 0.9833 (a food
    listing 0.169 -> 0.999, a thread 0.936 -> 0.963), WET non-zh 0.7806 -> 0.7829 (a tumblr post, now whole, 0.184
    -> 0.961), none down: two label texts and one WET rendering lose their evidence so, none other."""
    if any(k in EVIDENCE_KINDS for k in kinds) or any(shape.is_breadcrumb(t) for t in texts):
        return True
    if any(_closes_early(texts, kinds, i) for i, k in enumerate(kinds) if k in (EDITOR, COPYRIGHT)):
        return True
    if any(_menu_line(t) for t in texts) or _bullet_menu(texts, kinds, items):
        return True
    paragraphs = [i for i, k in enumerate(kinds) if k == PROSE and len(texts[i]) >= PROSE_MIN_CHARS]
    if not paragraphs:  # no paragraph to stand above or below: a code listing's or a note's short lines
        return False
    sentences = [i for i, k in enumerate(kinds) if k == PROSE]
    first, last = sentences[0], sentences[-1] + 1
    seen = Counter(texts)
    return _menu_run(texts, kinds, range(first), seen) or _menu_run(texts, kinds, range(last, len(kinds)), seen)


def _bullet_menu(texts: list[str], kinds: list[str], items: list[bool]) -> bool:
    """:data:`BULLET_MENU_MIN_LINES` bulleted menu entries in a row, anywhere in the text: a site's navigation
    written as a list (``• Allergies`` / ``• Arthritis`` / ``• Cancer``)."""
    entries = [
        item and kind == SHORT and _menu_item(text) for text, kind, item in zip(texts, kinds, items, strict=True)
    ]
    return any(_in_runs(entries, kinds, BULLET_MENU_MIN_LINES))


def _closes_early(texts: list[str], kinds: list[str], i: int) -> bool:
    """Line ``i`` (an editor line, a copyright notice) closes an article and more than :data:`CLOSING_TAIL_LINES`
    lines of text go on after it, holding less prose than stands before it (a notice that opens a document, as
    an Internet-Draft's does, closes nothing)."""
    after = [j for j in range(i + 1, len(kinds)) if kinds[j] in (PROSE, SHORT)]
    if len(after) <= CLOSING_TAIL_LINES:
        return False
    prose_before = sum(len(texts[j]) for j in range(i) if kinds[j] == PROSE)
    return prose_before > sum(len(texts[j]) for j in after if kinds[j] == PROSE)


def _menu_run(texts: list[str], kinds: list[str], lines: range, seen: Counter[str]) -> bool:
    """:data:`MENU_RUN_MIN_LINES` menu items (or site notices) in a row among ``lines`` (separators between them
    looked through), none recurring in the text more than :data:`MENU_RUN_REPEATS_MAX` times (``seen``), no piece of
    a sentence among them (:func:`_sentence_piece`): an article's sentence cut into lines at its inline links or
    code (``Sebanyak 35`` / ``kendaraan barang`` / ``dan``; ``set http_proxy``) is no menu. On the dev pages, 20 of
    the 422 label texts (articles alone) held a menu run and 6 of them hold none so (fw F1 0.9728 -> 0.9774: zh
    0.965 -> 0.974, a thread 0.243 -> 0.988; non-zh 0.975 -> 0.978, a thread 0.182 -> 0.996, an article 0.853 ->
    1.000; none down); of their 427 WET renderings 316 hold one and 5 none so (menus of lower-case entries:
    ``découvrir le sommaire``, ``search``), each a page by other evidence (WET unchanged). The cost's other tests as
    well (no digits, no line recurring twice) lose archive menus (``2016`` / ``2015``) that were a blog's only
    evidence (WET 0.7703 -> 0.7700, fw 0.9799)."""
    items = [
        i in lines
        and (kind == NOTICE or (kind == SHORT and _menu_item(texts[i]) and not _sentence_piece(texts, i)))
        and seen[texts[i]] <= MENU_RUN_REPEATS_MAX
        for i, kind in enumerate(kinds)
    ]
    return any(_in_runs(items, kinds, MENU_RUN_MIN_LINES))


def _sentence_piece(texts: list[str], i: int) -> bool:
    """Line ``i`` is a piece of a sentence an inline link cut into lines, no menu entry: it opens in lower case, or
    the line after it does or opens with a clause mark (``沧州市`` / ``、`` / ``任丘市``; ``Similar to`` /
    ``packages, the…``)."""
    after = texts[i + 1][:1] if i + 1 < len(texts) else ""
    return texts[i][:1].islower() or after.islower() or after in _INLINE_MARKS


def _menu_line(text: str) -> bool:
    """A menu written on one line: :data:`MENU_LINE_MIN_WORDS` words or more, each a few Han or kana characters
    (``视频 直播 博客 看点 政务``). Latin text is left out: a headline in title case has the same shape."""
    words = text.split()
    return len(words) >= MENU_LINE_MIN_WORDS and all(_MENU_WORD_RE.fullmatch(w) for w in words)


def _menu_item(text: str) -> bool:
    """A menu entry's shape: one to :data:`MENU_ITEM_MAX_WORDS` words, each of Han or kana at most
    :data:`MENU_ITEM_MAX_CHARS` characters (a phrase of a line of prose that spaces stand between, as blogs write
    Chinese without marks, is longer), and no punctuation."""
    words = text.split()
    if len(words) > MENU_ITEM_MAX_WORDS or _MENU_MARK_RE.search(text):
        return False
    return all(len(w) <= MENU_ITEM_MAX_CHARS or not _CJK_RE.search(w) for w in words)


def _whole(texts: list[str], kinds: list[str]) -> tuple[int, int] | None:
    """Stage 3 for a text that is all article: from its first line of text to its last, a headline-shaped
    first line left above it for stage 4; None when it has no line of text or is a menu: every line a menu item, and
    :data:`MENU_RUN_MIN_LINES` of them or more, as a menu run holds. Fewer are a note's lines (``Test``; ``abc`` /
    ``def`` / ``ghi``), the text given: on the WET renderings of the dev pages two readability test pages so, 0 ->
    1.000 each, WET non-zh F1 0.8396 -> 0.8455, no other page and no FineWeb-style text changes."""
    text_lines = [i for i, k in enumerate(kinds) if k in (PROSE, SHORT, NOTICE)]
    if not text_lines or (
        len(text_lines) >= MENU_RUN_MIN_LINES and all(kinds[i] == SHORT and _menu_item(texts[i]) for i in text_lines)
    ):
        return None  # nothing but menu items (``首页 / 新闻 / 体育 / 联系我们``): a menu, no article
    first = text_lines[0]
    if len(text_lines) > 1 and kinds[first] == SHORT and _headline_shaped(texts[first]):
        first = text_lines[1]
    return first, text_lines[-1]


def _item_number(text: str) -> int | None:
    """The number of the point a line opens (:data:`_ITEM_NUMBER_RE`); None for other lines."""
    m = _ITEM_NUMBER_RE.match(text)
    return int(m.group(1)) if m else None


def _next_items(texts: list[str], kinds: list[str], end: int) -> int:
    """Stage 3: the body's last line, past the short lines right under it (separators and bylines looked through:
    :func:`_next`) that go on numbering its points (``5.访客生成的短链接…`` / ``6.微信扫码登录…`` /
    ``7.微信内强开已红功能正在开发中``): an article's enumeration ends where its numbers stop, and its short last
    points cost more than they weighed. On the WET renderings of the dev pages 4 lines of 3 pages, all inside the
    labels; WET zh F1 0.8228 -> 0.8241 (a forum post 0.768 -> 0.879), non-zh 0.8167 -> 0.8167, none down, fw
    unchanged."""
    number = _item_number(texts[end])
    j = _next(kinds, end)
    while number is not None and j is not None and kinds[j] == SHORT and _item_number(texts[j]) == number + 1:
        end, number, j = j, number + 1, _next(kinds, j)
    return end


def _trailing_captions(texts: list[str], kinds: list[str], end: int) -> int:
    """Stage 3: the body's last line, past the captions right under it (separators and bylines looked through:
    :func:`_next`) long enough to describe their pictures (:data:`PROSE_MIN_CHARS`: no placeholder such as
    ``image.png`` or ``Photo``): the article's closing pictures, whose captions end no run (:func:`_max_run` ends on
    prose). On the WET renderings of the dev pages 3 lines of 1 page, all inside the label; WET zh F1 0.8163 ->
    0.8228 (a Xinhua story on a portal 0.452 -> 1.000), none down, non-zh unchanged. Placeholders too (any length)
    took two pages down (0.611 -> 0.579, 1.000 -> 0.999); the captions right above the run's first line too, a
    Sankei story 1.000 -> 0.955."""
    j = _next(kinds, end)
    while j is not None and kinds[j] == CAPTION and len(texts[j]) >= PROSE_MIN_CHARS:
        end, j = j, _next(kinds, j)
    return end


#: The kinds of line :func:`_next` looks through to the line it reads: separators, and bylines and meta lines (a
#: listed card's poster line between its headline and its summary, :func:`_teaser_summaries`).
_LOOKED_THROUGH = (SEPARATOR, BYLINE)


def _next(kinds: list[str], i: int) -> int | None:
    """The first line after line ``i`` that is neither a separator nor a byline or meta line; None if none."""
    return _nearest(kinds, i, 1, _LOOKED_THROUGH)


def _text_lines(kinds: list[str], among: range | None = None) -> list[int]:
    """The text lines (no separator) of the page, or of the lines ``among`` in their order (a stretch read downwards,
    or upwards from a line): what the stages count lines in, a blank line or a rule being none."""
    return [i for i in (range(len(kinds)) if among is None else among) if kinds[i] != SEPARATOR]


def _previous(kinds: list[str], i: int) -> int | None:
    """The first line before line ``i`` that is no separator; None if none."""
    return _nearest(kinds, i, -1, (SEPARATOR,))


def _nearest(kinds: list[str], i: int, step: int, skipped: tuple[str, ...]) -> int | None:
    """The first line from line ``i`` in the direction ``step`` (1 after, -1 before) whose kind is not one of
    ``skipped``; None if none."""
    j = i + step
    while 0 <= j < len(kinds) and kinds[j] in skipped:
        j += step
    return j if 0 <= j < len(kinds) else None


def _score(text: str, kind: str, menu: bool) -> float:
    """A line's weight in the body's run: prose its length, other text a cost (a menu entry's higher: ``menu``,
    from :func:`_menu_entries`; a site notice's higher still, :data:`NOTICE_COST`), list material and a copyright
    notice a wall (:data:`WALL_KINDS`), a list's further lines less (:data:`LIST_RUN_LINE_COST`)."""
    if kind == PROSE:
        return float(len(text))
    if kind in WALL_KINDS:
        return -float(LIST_COST)
    if kind == LIST_RUN:
        return -float(LIST_RUN_LINE_COST)
    if kind == NOTICE:
        return -float(NOTICE_COST)
    if kind in (SHORT, TEASER):
        return -float(MENU_ITEM_COST if menu else SHORT_LINE_COST)
    return 0.0  # separators and field lines neither extend nor break the body


def _menu_entries(texts: list[str], kinds: list[str], seen: Counter[str]) -> list[bool]:
    """Which short lines are a menu's entries: menu-item shaped (:func:`_menu_item`), without digits (table cells,
    dates: ``2014``, ``12d ago``), not repeated :data:`REPEATED_LINE_MIN` times (a thread's per-post ``Reply``),
    and no piece of a sentence (:func:`_sentence_piece`)."""
    out = []
    for i, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
        entry = kind == SHORT and _menu_item(text) and not _DIGIT_RE.search(text) and seen[text] < REPEATED_LINE_MIN
        out.append(entry and not _sentence_piece(texts, i))
    return _in_runs(out, kinds, MENU_COST_RUN)


def _in_runs(entries: list[bool], kinds: list[str], length: int) -> list[bool]:
    """``entries`` kept where ``length`` of them stand in a row (separators looked through): with
    :data:`MENU_COST_RUN`, a lone heading or sign-off of a menu's shape (``气候``, ``BR``) is the article's."""
    out = [False] * len(entries)
    run: list[int] = []
    for i, entry in enumerate([*entries, False]):
        if i < len(kinds) and kinds[i] == SEPARATOR:
            continue
        if entry:
            run.append(i)
            continue
        if len(run) >= length:
            for j in run:
                out[j] = True
        run = []
    return out


def _line_scores(texts: list[str], kinds: list[str], items: list[bool]) -> tuple[list[float], list[bool]]:
    """Stage 3: each line's score in the body's run, and whether a run may end on it (prose, or code,
    :func:`_code_line`, which scores as prose). A list item (``items``: the line opens with a bullet) costs as a
    menu's entry when short and counts as a short line when it ends no sentence or asks a question
    (:data:`_QUESTION_ENDS`): a page's lists are its menus, link lists and headline lists, whose clause-marked
    headlines pass for prose; an article's own list items are sentences or stand between its paragraphs, inside the
    span either way (on the WET renderings of the dev pages: non-zh F1 +0.011, zh unchanged; costing list items
    only, +0.008)."""
    seen = Counter(texts)
    menus = _menu_entries(texts, kinds, seen)
    summaries = _teaser_summaries(texts, kinds)
    code = _listing_lines(
        texts,
        kinds,
        items,
        [
            kind == SHORT and _CODE_HINT_RE.search(text) is not None and _code_line(text, item)
            for text, kind, item in zip(texts, kinds, items, strict=True)
        ],
    )
    fields = _listing_fields(texts, kinds)
    closed = {j for j in (_previous(kinds, i) for i, k in enumerate(kinds) if k == EDITOR) if j is not None}
    scores = []
    for i, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
        repeated = kind == PROSE and seen[text] >= REPEATED_PROSE_MIN  # an ad box's ``Why this ad?``, each time
        headline = kind == PROSE and items[i] and (not shape.ends_sentence(text) or text.endswith(_QUESTION_ENDS))
        scored = PROSE if code[i] else SHORT if repeated or headline or summaries[i] else kind
        if fields[i]:
            scored = SEPARATOR  # a listing's record: neither extends nor breaks the body
        j = _previous(kinds, i) if kind == NOTICE or kind in WALL_KINDS else None  # the kinds whose runs cost less
        if kind == NOTICE and j is not None and kinds[j] == NOTICE:
            scored = SHORT  # a share bar's or a footer's notices cost their run's first line's price once
        elif kind == COPYRIGHT and _photo_credit(text):
            scored = CAPTION  # a picture's credit between the paragraphs: no wall
        elif kind in WALL_KINDS and j is not None and kinds[j] in WALL_KINDS:
            scored = LIST_RUN  # a list's further lines: :data:`LIST_RUN_LINE_COST`
        score = _weight(text, scored, items[i]) * _score(text, scored, menus[i] or items[i])
        if i in closed and kind == PROSE:
            score += CLOSED_BONUS  # the article's last paragraph: what follows must outweigh a wall to join it
        scores.append(score)
    return scores, [kind == PROSE or c for kind, c in zip(kinds, code, strict=True)]


def _max_run(scores: list[float], ends: list[bool], lines: range) -> tuple[int, int] | None:
    """Stage 3: the maximum-sum run of ``lines`` (Kadane), trimmed to start and end on a line a run may end on
    (``ends``); None when no run scores above nothing."""
    best, best_span = 0.0, None
    total, start = 0.0, lines.start
    for i in lines:
        if total <= 0:
            total, start = 0.0, i
        total += scores[i]
        if total > best and ends[i]:
            best, best_span = total, (start, i)
    if best_span is None:
        return None
    return next(i for i in range(best_span[0], best_span[1] + 1) if ends[i]), best_span[1]


def _body_run(texts: list[str], kinds: list[str], scores: list[float], ends: list[bool]) -> tuple[int, int] | None:
    """Stage 3: the best run of the article's prose (:func:`_max_run`), or the best run of its plain short lines
    (weighed by :func:`_short_weights`) where the prose outweighs none of its costs (titles and names, no paragraph)
    or the short lines' run outweighs the prose's :data:`SHORT_TEXT_RATIO` times: an article written in short lines
    (a blog's phrase per line, a post's items one per line) holds a line or two of prose, an advert's or a caption's,
    which won alone. Such a run starts below its header's dateline (:func:`_below_dateline`)."""
    prose = _max_run(scores, ends, range(len(kinds)))
    weights, plain = _short_weights(texts, kinds, scores)
    short = _max_run(weights, plain, range(len(kinds)))
    if short is None or (
        prose is not None and _run_weight(weights, short) < SHORT_TEXT_RATIO * _run_weight(scores, prose)
    ):
        return prose
    return _below_dateline(texts, kinds, plain, short)


def _below_dateline(texts: list[str], kinds: list[str], plain: list[bool], span: tuple[int, int]) -> tuple[int, int]:
    """Stage 3 for a run of plain short lines (``span``; ``plain``: :func:`_short_weights`): it starts at the first
    plain short line or prose line below the first dateline (:func:`_dateline`) among its first
    :data:`TITLE_HEADER_LOOKBACK` text lines, the lines searched for an article's header: the headline, the author's
    name and the date above it are the post's header, and a site's menu of short lines above them ran into it (a
    LearnKu blog's ``首页`` / ``社区 Wiki`` / … / headline / ``my38778570 的个人博客 / 37 / 0 / 创建于 11个月前``, a
    BBSCloud post's headline, poster and ``2020.03.11 10:51发布于知产资料``). On the WET renderings of the dev pages 5
    pages change: 4 up (a BBSCloud post 0.629 -> 0.957, the LearnKu blog 0.489 -> 0.783, a developers.pub Q&A 0.511 ->
    0.571, an Ameba post 0.534 -> 0.536: headlines, menus, names and meta lines out), 1 down (a XenForo media page
    whose label keeps the picture's description above its date, 0.747 -> 0.708); WET zh F1 0.8931 -> 0.9012, non-zh
    0.8455 -> 0.8454, fw unchanged. 20 and 30 lines score alike, 10 keeps the blog's menu."""
    lines = _text_lines(kinds, range(span[0], span[1] + 1))[:TITLE_HEADER_LOOKBACK]
    dated = next((i for i in lines if _dateline(texts[i], kinds[i])), None)
    if dated is None:
        return span
    start = next((i for i in range(dated + 1, span[1] + 1) if plain[i] or kinds[i] == PROSE), None)
    return span if start is None else (start, span[1])


def _dateline(text: str, kind: str) -> bool:
    """A header's dated line: a byline, a meta line or a date (:func:`_header_line`), or a relative age in Han
    (:data:`_HAN_AGE_RE`: ``创建于 11个月前``, ``歪哦釉 | 83 | 1周前``)."""
    return _header_line(text, kind) or _HAN_AGE_RE.search(text) is not None


def _run_weight(weights: list[float], span: tuple[int, int]) -> float:
    """The sum of the weights of the lines of ``span``, both ends included."""
    return sum(weights[span[0] : span[1] + 1])


def _short_weights(texts: list[str], kinds: list[str], scores: list[float]) -> tuple[list[float], list[bool]]:
    """Stage 3 for :func:`_body_run`: each line's weight in a run of short lines, and which lines are plain short
    lines (no menu entry, no list item, bulleted or numbered, :data:`_ORDERED_ITEM_RE`: those costing
    :data:`SHORT_LINE_COST`, which count their length as prose does), the other lines weighing their costs. An
    editor's emoji picker (``:joy::joy::kissing_heart:…``, :data:`_EMOJI_CODES_RE`) is no plain short line: its
    one line of codes ran to 690 characters under a blog post's comment box, and its run outweighed the post's."""
    plain = [
        kind == SHORT
        and score == -SHORT_LINE_COST
        and _ORDERED_ITEM_RE.match(text) is None
        and _EMOJI_CODES_RE.fullmatch(text) is None
        for text, kind, score in zip(texts, kinds, scores, strict=True)
    ]
    weights = [float(len(text)) if p else score for text, p, score in zip(texts, plain, scores, strict=True)]
    return weights, plain


def _thread_posts(
    texts: list[str],
    kinds: list[str],
    items: list[bool],
    span: tuple[int, int],
    scores: list[float],
    ends: list[bool],
    named: tuple[list[int], int],
    seen: Counter[str],
) -> list[int]:
    """Stage 3 on a thread: the other posts of the post the body's run (``span``) took. The
    :data:`POST_HEADER_LINES` text lines above the run (or above up to :data:`POST_LEAD_LINES_MAX` short lines that
    open it: ``Hello friends,``), none of them prose and one dated or numbered (:func:`_dated`), are its post's
    header; where the same lines (digits and weekday names folded, :func:`_fold_date`: ``Posted May 6``, ``Posted
    May 7``) stand above other lines, each of those starts a post that runs to the next such header, and the best
    run of each post (:func:`_max_run`) joins the body. Failing that, one line stamping the post (:func:`_post_stamp`:
    a Discuz thread names each post's floor above it, ``楼主``, ``沙发``, ``板凳``) is its header, and failing that
    the replies' numbers in order (:func:`_numbered_posts`), and failing that the posters' handles printed twice over
    the replies below the run (:func:`_named_posts`, of the page's ``named`` headers) start the posts. On a thread of
    :data:`THREAD_MIN_POSTS` posts, the short lines opening the body's post join it (but its header's dated line and
    bulleted marks, ``items``: ``• 已编辑``), and so do its short lines below the run (:func:`_post_tail`)."""
    lines = _text_lines(kinds)
    first = lines.index(span[0])
    found = (
        _post_headers(texts, kinds, lines, first)
        or _numbered_posts(texts, kinds, lines, first, span[1])
        or _named_posts(texts, kinds, lines, first, span[1], named)
    )
    if found is None:
        return []
    starts, n, size = found
    posts = _posts(texts, kinds, lines, starts, n, span, scores, ends, size, seen)
    if len(starts) < THREAD_MIN_POSTS:
        return posts
    opening = [i for i in lines[n:first] if _post_line(texts[i], items[i])]
    return posts + opening + _post_tail(texts, kinds, items, lines, starts, size, span, seen)


def _post_tail(
    texts: list[str], kinds: list[str], items: list[bool], lines: list[int], starts: list[int], size: int,
    span: tuple[int, int], seen: Counter[str],
) -> list[int]:
    """Stage 3 on a thread of :data:`THREAD_MIN_POSTS` posts or more: the lines of the body's post below its run
    (``span``) up to the header of the first post below it (``starts``, headers of ``size`` text lines, of ``lines``):
    its short lines the page holds once (``seen``, each line's count), no menu entry's shape, no bulleted mark and no
    date or count (:func:`_dated`). A Flarum post lists its points and links one a line under its paragraph
    (``ad：广告引流``, ``https://github.com/HamCQ/flarum-ext-filter-plus``), and the run ended at the paragraph;
    per-post furniture (``Reply``, ``Helpful (4)``, ``Post # 6``) recurs or holds a count. On the WET renderings of the
    dev pages 7 threads change, 3 up (that thread 0.680 -> 0.878, a forum's answer 0.837 -> 0.921, an Indonesian thread
    0.899 -> 0.914), 4 down (a login prompt 1.000 -> 0.942, a reply the label leaves out 0.719 -> 0.707, a picture's
    file name under a signature 0.848 -> 0.837, a Q&A's tag field 0.802 -> 0.795); WET zh F1 0.9060 -> 0.9075, non-zh
    0.8457 -> 0.8459, fw unchanged. Every line of the body's kinds there, furniture too: 11 threads down."""
    below = [m for m in starts if lines[m] > span[1]]
    if not below:
        return []
    return [
        i
        for i in range(span[1] + 1, lines[below[0] - size])
        if kinds[i] in BODY_KINDS
        and _post_line(texts[i], items[i])
        and seen[texts[i]] == 1
        and not _menu_item(texts[i])
    ]


def _post_line(text: str, item: bool) -> bool:
    """A line around the body's run that may be its post's text (:func:`_thread_posts`'s opening lines,
    :func:`_post_tail`'s): no date or count (:func:`_dated`: the post's header, ``Helpful (4)``) and no bulleted mark
    (``item``: ``• 已编辑``)."""
    return not _dated(text) and not item


def _post_headers(
    texts: list[str], kinds: list[str], lines: list[int], first: int
) -> tuple[list[int], int, int] | None:
    """The text lines (of ``lines``) that start a post under the same header as the body's post, whose first line is
    text line ``first``; the text line where the body's post starts; and the header's size in text lines. Of the
    headers above the post (its name and date lines, its stamp line, over each of its opening lines), the one that
    starts the most posts: a poster's name holds a header to that poster's posts, and an IPS thread's stamp line
    (``Posted July 5, 2023``) stands under the name over every post. On the WET renderings of the dev pages 1 thread
    changes (0.212 -> 0.412: 14 posts instead of one poster's 3, 7 lines more, 5 of them the label's, 2 a quoted
    spoiler's it leaves out), WET non-zh F1 0.8309 -> 0.8315, none down, zh and fw unchanged."""
    folded: list[str | None] = []
    stamps: list[str | None] = []
    found: list[tuple[list[int], int, int]] = []
    for n in range(first, first - POST_LEAD_LINES_MAX - 1, -1):
        if n < POST_HEADER_LINES or (n < first and kinds[lines[n]] == PROSE):
            break
        above = lines[n - POST_HEADER_LINES : n]
        if not any(kinds[i] == PROSE for i in above) and any(_dated(texts[i]) for i in above):
            folded = folded or [None if kinds[i] == PROSE else _fold_date(texts[i]) for i in lines]
            header = folded[n - POST_HEADER_LINES : n]
            starts = [
                m
                for m in range(POST_HEADER_LINES, len(lines))
                if folded[m - 1] == header[-1] and folded[m - POST_HEADER_LINES : m] == header  # the line above first
            ]
            if len(starts) > 1:
                found.append((starts, n, POST_HEADER_LINES))
        stamps = stamps or [None if kinds[i] == PROSE else _post_stamp(texts[i]) for i in lines]
        if stamps[n - 1] is not None:
            starts = [m for m in range(1, len(lines)) if stamps[m - 1] == stamps[n - 1]]
            if len(starts) > 1:
                found.append((starts, n, 1))
    return max(found, key=lambda f: len(f[0]), default=None)


def _numbered_posts(
    texts: list[str], kinds: list[str], lines: list[int], first: int, end: int
) -> tuple[list[int], int, int] | None:
    """The text lines (of ``lines``) that start a reply under a short line numbering it (``gazeldx #1 1 月前``,
    :data:`_POST_NUMBER_RE`), with ``first`` and a header of one line, as :func:`_post_headers` gives them: where
    :data:`THREAD_MIN_POSTS` such lines or more number in order from 1 and the first stands inside the body's run
    (text line ``first`` to line ``end``) or below it with no prose between. A thread whose headers name each poster
    shares no header line, but numbers its replies; a Kaskus thread numbers its replies only, not the opening post
    the body's run took, and prints its reputation, quote and reply buttons, its replies' count and a reply box
    (``Tulis komentar menarik…``) between them, short lines all."""
    numbered: list[int] = []
    for n, i in enumerate(lines):
        m = _POST_NUMBER_RE.search(texts[i]) if kinds[i] == SHORT else None
        if m is not None and int(m.group(1)) == len(numbered) + 1:
            numbered.append(n + 1)
    if len(numbered) < THREAD_MIN_POSTS or not first < numbered[0]:
        return None
    return None if _prose_before(kinds, lines, end, numbered[0] - 1) else (numbered, first, 1)


def _named_posts(
    texts: list[str], kinds: list[str], lines: list[int], first: int, end: int, named: tuple[list[int], int]
) -> tuple[list[int], int, int] | None:
    """The text lines (of ``lines``) that start a post under its poster's name printed twice (:func:`_name_header`;
    ``named``, the page's such headers, :func:`_name_headers`), with ``first`` and the headers' size in text lines, as
    :func:`_post_headers` gives them: where
    :data:`THREAD_MIN_POSTS` such headers or more stand below the body's run (text line ``first`` to line ``end``),
    no prose between it and the first of them. A thread prints each poster's avatar over the handle's link, or the
    handle over a line of the handle, role and date (``Qbian`` / ``Qbian | java & go | 2024-01-06``), so two posts of
    different posters share no header line (:func:`_post_headers`), and its replies stand under the post the body's
    run took. On the WET renderings of the dev pages 2 threads change, both up (a BBS-GO thread of one-line replies
    0.340 -> 1.000, a Q&A thread's answer and thanks 0.564 -> 0.642): 10 lines, all inside the labels; WET zh F1
    0.8673 -> 0.8760, non-zh and fw unchanged. Any name twice over a date takes a portal's teaser cards (a headline
    printed twice over its dated summary; 4 pages down, 0.819 -> 0.768), and THREAD_MIN_POSTS headers anywhere take a
    NodeBB thread's, whose label is its opening post."""
    closing, size = named
    last = lines.index(end)
    starts = [n + 1 for n in closing]
    below = [n for n in starts if n > last]
    if len(below) < THREAD_MIN_POSTS:
        return None
    if _prose_before(kinds, lines, end, below[0] - size):
        return None
    return starts, _dated_opening(texts, kinds, lines, first), size


def _dated_opening(texts: list[str], kinds: list[str], lines: list[int], first: int) -> int:
    """The text line (of ``lines``) where the post holding the body's run, whose first line is text line ``first``,
    opens: below the nearest dateline (:func:`_dateline`) among the :data:`TITLE_HEADER_LOOKBACK` text lines above the
    run, the lines searched for an article's header, and past the menu-shaped lines right under it (a moderator's
    ``管理`` button under a post's date); ``first`` when none. A Q&A thread prints its question under the
    asker's name and date (``再睡一夏 | 455 | 2024-01-03``) in short lines and a paragraph above an error's message,
    and the run took the message alone: the question's lines above it, with the thread's posts found below
    (:func:`_named_posts`), join as a post's opening lines do. On the WET renderings of the dev pages 1 thread
    changes, 0.642 -> 0.802 (12 lines in, a moderation field and three picture names among them the label leaves
    out); WET zh F1 0.9041 -> 0.9060, non-zh and fw unchanged."""
    lookback = range(first - 1, max(first - TITLE_HEADER_LOOKBACK, 0) - 1, -1)
    for n in lookback:
        if _dateline(texts[lines[n]], kinds[lines[n]]):
            return next(m for m in range(n + 1, first + 1) if m == first or not _menu_item(texts[lines[m]]))
    return first


def _post_furniture(texts: list[str], kinds: list[str], seen: Counter[str]) -> set[int]:
    """Stage 3 on a thread (posts found, :func:`_thread_posts`): its short lines without digits printed
    :data:`FURNITURE_REPEATS_MIN` times or more (``seen``, each line's count), each post's furniture (``Link to
    comment`` / ``Share on other sites``, ``Joined`` / ``Messages`` / ``Reaction score``, ``Reveal hidden contents``, a
    poster's name), no text of the thread: they stood between its posts and the body kept them."""
    return {
        i
        for i, (text, kind) in enumerate(zip(texts, kinds, strict=True))
        if kind == SHORT and seen[text] >= FURNITURE_REPEATS_MIN and _DIGIT_RE.search(text) is None
    }


def _name_headers(texts: list[str], kinds: list[str], lines: list[int]) -> tuple[list[int], int]:
    """The text lines (of ``lines``) that close a post header of the handle printed twice (:func:`_name_header`), of
    the size in text lines most such headers have, and that size (no line and 0 when none does)."""
    sizes = [_name_header(texts, kinds, lines, n) for n in range(len(lines))]
    common = Counter(size for size in sizes if size).most_common(1)
    size = common[0][0] if common else 0
    return [n for n, s in enumerate(sizes) if size and s == size], size


def _name_header_lines(kinds: list[str], named: tuple[list[int], int]) -> set[int]:
    """Stage 3 on a thread: the lines of its posts' headers of the handle printed twice (``named``, as
    :func:`_name_headers` gives them), when the page holds :data:`THREAD_MIN_POSTS` of them or more: each poster's name
    over a line of the name, role and date (``客栈小K`` / ``客栈小K | 扫地 | 6天前``) is no text of the thread, and
    where the thread's posts are short lines the body's run of them took every header between them. On the WET
    renderings of the dev pages 5 threads hold such headers, 1 changes: a developers.pub Q&A 0.347 -> 0.511 (16 header
    lines out, none of them inside its label); WET zh F1 0.8880 -> 0.8899, non-zh and fw unchanged. The header lines
    every post finder gives (the name and date lines, stamps, numbers above each post, :func:`_thread_posts`) left out
    as well: 16 pages up, 1 down (a thread whose label keeps its posters' names and ages, 0.744 -> 0.729), pooled
    +0.0004 more, but those finders' headers are an article's share bar or menu printed twice as often (ars-1, a
    menu's ``Topics`` line) or a byline the label keeps (an LWN text's)."""
    lines = _text_lines(kinds)
    closing, size = named
    if len(closing) < THREAD_MIN_POSTS:
        return set()
    return {lines[m] for n in closing for m in range(n - size + 1, n + 1)}


def _dates_post(text: str) -> bool:
    """A post header's date line: a date (:func:`~newsmend.fields.dates.find_date`) or a relative age in Han
    (:data:`_HAN_AGE_RE`)."""
    return find_date(text) is not None or _HAN_AGE_RE.search(text) is not None


def _prose_before(kinds: list[str], lines: list[int], end: int, header: int) -> bool:
    """Whether a prose line stands between line ``end``, the body's run's last, and text line ``header`` (of
    ``lines``), where the first reply's header starts: replies found below the run join it only with none between
    (another text's)."""
    return any(kinds[i] == PROSE for i in lines[lines.index(end) + 1 : header])


def _name_header(texts: list[str], kinds: list[str], lines: list[int], n: int) -> int:
    """The size in text lines of the post header that text line ``n`` (of ``lines``) closes, a line holding a date or
    a relative age in Han (:func:`_dates_post`) under the poster's handle printed twice (:data:`HANDLE_MAX_CHARS`, no
    space: a headline printed twice is a teaser card's): the handle alone on the two lines above it, or alone above it
    and opening it; else 0."""
    if n < 2 or kinds[lines[n]] == PROSE:
        return 0
    name, dated = texts[lines[n - 1]], texts[lines[n]]
    if len(name) > HANDLE_MAX_CHARS or _SPACE_RE.search(name) or _dated(name) or not _dates_post(dated):
        return 0
    if texts[lines[n - 2]] == name:
        return 3
    return 2 if dated.startswith(name) and dated[len(name) : len(name) + 1] in (" ", "|") else 0


def _posts(
    texts: list[str],
    kinds: list[str],
    lines: list[int],
    starts: list[int],
    n: int,
    span: tuple[int, int],
    scores: list[float],
    ends: list[bool],
    size: int,
    seen: Counter[str],
) -> list[int]:
    """The body lines of the posts under the headers of ``size`` text lines ending at text lines ``starts`` (of
    ``lines``), each post's best run up to the next header (the last post's up to the first wall under its header,
    :func:`_wall_after`), but the post at ``n``, which holds the body's run (``span``); ``seen`` counts the page's
    lines (a reply the page holds once, :func:`_short_reply`)."""
    posts: list[int] = []
    for m, after in zip(starts, [*starts[1:], len(lines)], strict=True):
        stop = lines[after - size] if after < len(lines) else _wall_after(kinds, lines[m])
        if m != n and (lines[m] > span[1] or stop <= span[0]):
            run = _max_run(scores, ends, range(lines[m], stop))
            if run is not None:
                posts += [i for i in range(run[0], run[1] + 1) if kinds[i] in BODY_KINDS]
            elif len(starts) >= THREAD_MIN_POSTS:
                reply = lines[_reply_opening(texts, lines, m, after)]
                if _short_reply(reply, texts, kinds, seen, after == len(lines)):
                    posts.append(reply)
    return posts


def _reply_opening(texts: list[str], lines: list[int], m: int, after: int) -> int:
    """The text line (of ``lines``) where the post starting at text line ``m`` opens, before text line ``after``: past
    the reply's bare number on a line of its own under the header (``#1``, :data:`_POST_NUMBER_RE`), which is the
    header's. A BBSCloud thread prints it under each reply's stamp (``香樟树`` / ``2020.06.09 09:42 发布`` / ``#1`` /
    ``想听听关于生物医药类专利的改写``), and the number was taken for the reply of one short line. On the WET renderings
    of the dev pages 1 thread changes, 0.866 -> 0.904 (two replies' lines in, their numbers out); WET zh F1 0.8927 ->
    0.8931, non-zh and fw unchanged."""
    return m + 1 if m + 1 < after and _POST_NUMBER_RE.fullmatch(texts[lines[m]]) else m


def _titled_story(
    texts: list[str], kinds: list[str], scores: list[float], ends: list[bool], span: tuple[int, int]
) -> tuple[int, int]:
    """Stage 3 on a page whose title names a headline of its text (:func:`_titled_headline`): where the body's run
    (``span``) stands below the first wall under that headline and under a dateline of its own (:func:`_dated_above`),
    it is another story's (a portal prints a recommended story, its headline, author and date, under its story of
    one paragraph), and the best run of the titled story, from its headline to that wall, is the body instead when a
    dateline stands over it too: the title names the page's story."""
    headline = _titled_headline(texts, kinds)
    if headline is None:
        return span
    wall = _wall_after(kinds, headline)
    if wall >= span[0] or not _dated_above(texts, kinds, span[0], wall):
        return span
    story = _max_run(scores, ends, range(headline, wall))
    return story if story is not None and _dated_above(texts, kinds, story[0], headline) else span


def _dated_above(texts: list[str], kinds: list[str], i: int, top: int) -> bool:
    """Whether a story's dateline (:func:`_dateline`: a byline, a meta line, a line holding a date or a relative age in
    Han) stands among the :data:`STORY_DATELINE_LINES` text lines above line ``i``, below line ``top``."""
    above = _text_lines(kinds, range(i - 1, top, -1))[:STORY_DATELINE_LINES]
    return any(_dateline(texts[j], kinds[j]) for j in above)


def _titled_headline(texts: list[str], kinds: list[str]) -> int | None:
    """The line the page's title names: the text's first or last line is the page's ``<title>`` as a renderer prints
    it, a headline (:func:`_headline_shaped`, as long as :func:`_headline_long` asks) that one other line of the text
    holds, then a bar or a dash and the site's name (:data:`_TITLE_SEPARATOR_RE`), or the headline twice; None when no
    line or more than one is so named."""
    lines = _text_lines(kinds)
    edges = {texts[i] for i in lines[:1] + lines[-1:]}
    named = [
        i
        for i in lines[1:-1]
        if _headline_shaped(texts[i]) and _headline_long(texts[i]) and any(_titles(e, texts[i]) for e in edges)
    ]
    return named[0] if len(named) == 1 else None


def _titles(title: str, headline: str) -> bool:
    """``title`` is a page's title naming ``headline``: the headline, then a bar or a dash and more, or twice."""
    if not title.startswith(headline):
        return False
    rest = title[len(headline) :]
    return rest == headline or _TITLE_SEPARATOR_RE.match(rest) is not None


def _wall_after(kinds: list[str], i: int) -> int:
    """The first wall (:data:`WALL_KINDS`: list material, a copyright notice) at or below line ``i``, or the text's
    end: a thread's last post ends there. It ran to the text's end, and its best run was the footer's or a dialog's
    notice under the page's lists (``Related discussions`` / ``Something went wrong while trying to load…``, a
    portal's recommended headline) instead of the post's one line above them. On the WET renderings of the dev pages
    2 threads change, both up (a Flarum thread 0.746 -> 0.929: its last reply in, the loading notice out; a portal's
    story with its readers' comments 0.870 -> 0.894: a recommended headline out, one of its stream's in); WET non-zh
    F1 0.8391 -> 0.8396, zh 0.8670 -> 0.8673, fw unchanged."""
    return next((j for j in range(i, len(kinds)) if kinds[j] in WALL_KINDS), len(kinds))


def _short_reply(i: int, texts: list[str], kinds: list[str], seen: Counter[str], last: bool) -> bool:
    """Line ``i``, the first under a post's header (:func:`_reply_opening`) in a post holding no prose, is the
    post's text: a short line the page holds once (per-post furniture, ``回复``, recurs), and in the ``last`` post
    of no menu entry's shape (the last post runs to the page's end, and a sidebar's ``随机话题 换一换`` stands under
    it). Between two headers a reply of a menu entry's shape is the post's (``Nitip sendal``, ``赞一个``): a menu stands
    between no posts. On the WET renderings of the dev pages so 7 more lines of 3 threads, all inside the labels;
    WET zh F1 0.8569 -> 0.8572 (threads 0.890 -> 0.900, 0.672 -> 0.680), non-zh 0.8249 -> 0.8249 (a Kaskus thread
    0.872 -> 0.899), none down, fw unchanged. A card strip's line (:func:`_mark_card_strips`) is one too: a thread
    of one-line replies between the same buttons (``点赞`` / ``评论``) reads as a strip of cards without prose."""
    return kinds[i] in (SHORT, RELATED) and seen[texts[i]] == 1 and not (last and _menu_item(texts[i]))


def _fold_date(text: str) -> str:
    """A post header's line with its numbers and weekday names folded to ``0``: every post's header alike."""
    return _WEEKDAY_RE.sub("0", _NUMBER_RE.sub("0", text))


def _post_stamp(text: str) -> str | None:
    """A post's stamp: a label, then a date (``发表于 2024-4-5 23:20:45``, ``Posted May 7, 2024``), or a date, then
    the post's number (``2021-05-24 at 10:55 am #7018``, a bbPress thread's, :data:`_POST_NUMBER_RE`) or a posting
    verb (``2020.06.09 09:42 发布``, :data:`_POSTING_VERB_RE`), folded as
    :func:`_fold_date` folds and cut after the date (a post's place or links follow it), or a handle and a relative
    age in Han (:func:`_age_stamp`); None for any other line. A
    date alone dates a list's headline or an article as often as a post; a post's number is no headline's. On the WET
    renderings of the dev pages 1 thread changes (0.397 -> 0.544: two posts of its opening poster join, whose header
    named another poster than the body's post's, and the body's post's name and role lines with them), WET non-zh F1
    0.8315 -> 0.8319, zh and fw unchanged."""
    found = find_date(text)
    if found is None:
        return _age_stamp(text)
    if found[1] == 0 and _POST_NUMBER_RE.search(text[found[2] :]) is None and not _posting_verb(text, found[2]):
        return None
    return _fold_date(text[: found[2]].rstrip())  # the space before a verb cut off: every post's stamp alike


def _age_stamp(text: str) -> str | None:
    """A post's stamp of its poster's handle, then a relative age in Han closing the line (``马亮南生 10月前``,
    ``小诺抓 (楼主)10月前``, the handle glued to the age: ``小诺抓10月前``), as :data:`AGE_STAMP`: each post names its
    own poster, so the handle is no part of the stamp all posts share, and an age alone is a list's stamp as often.
    A reply box under each post (``0/200`` / ``表情 图片``) passed for the replies' header, and the opening post above
    the first box was left out. On the WET renderings of the dev pages 55 such lines of 9 pages; 1 thread changes,
    0.762 -> 1.000 (its opening post joins); WET zh F1 0.9012 -> 0.9041, non-zh and fw unchanged (an age alone as a
    stamp changes no page more)."""
    m = _HAN_AGE_END_RE.search(text)
    if m is None or not 0 < m.start() <= HANDLE_MAX_CHARS:
        return None
    return AGE_STAMP


def _verb_stamp(text: str) -> bool:
    """A post's stamp that opens with its date, then a posting verb (:data:`_POSTING_VERB_RE`)."""
    found = find_date(text)
    return found is not None and found[1] == 0 and _posting_verb(text, found[2])


def _posting_verb(text: str, end: int) -> bool:
    """A posting verb (:data:`_POSTING_VERB_RE`) right after the date that ends at ``end``."""
    return _POSTING_VERB_RE.match(text, end) is not None


def _dated(text: str) -> bool:
    """A line holding a number beside other characters: a date or a post's number (``May 7``, ``#2``). A bare number
    is a count of likes or shares, or a pager's page, and a bare clock reading a video's duration
    (:data:`_DURATION_RE`): neither dates a post."""
    return _DIGIT_RE.search(text) is not None and text.strip("0123456789 ") != "" and not _DURATION_RE.fullmatch(text)


def _listing_fields(texts: list[str], kinds: list[str]) -> list[bool]:
    """Which short lines are a listing's fields (:data:`_FIELD_RE`): those whose label the text holds with
    :data:`LISTING_FIELD_VALUES_MIN` values or more."""
    labels = [
        m.group(1) if kind == SHORT and ("：" in text or ":" in text) and (m := _FIELD_RE.match(text)) else None
        for text, kind in zip(texts, kinds, strict=True)
    ]
    values: dict[str, set[str]] = {}
    for label, text in zip(labels, texts, strict=True):
        if label is not None:
            values.setdefault(label, set()).add(text)
    return [label is not None and len(values[label]) >= LISTING_FIELD_VALUES_MIN for label in labels]


def _code_line(text: str, item: bool) -> bool:
    """A (short) line of code (:data:`_CODE_RE`), unbulleted (``item``: a list's entry is a link's text) and holding
    no ``javascript:`` link (a link's target leaked into its text, ``保存javascript:void(0)``)."""
    return (
        not item
        and "javascript:" not in text
        and _CODE_RE.search(text) is not None
        and _EMOJI_CODES_RE.fullmatch(text) is None
    )


def _listing_lines(texts: list[str], kinds: list[str], items: list[bool], code: list[bool]) -> list[bool]:
    """``code`` with the short lines between two code lines, up to :data:`CODE_GAP_MAX` in a row, unbulleted and
    shaped as commands (:data:`_COMMAND_RE`): a listing's commands of no code shape (``curl -v
    https://www.google.com``, ``source ~/.bashrc``) between its assignments and comments."""
    out = list(code)
    lines = _text_lines(kinds)
    marked = [n for n, i in enumerate(lines) if code[i]]
    for a, b in pairwise(marked):
        gap = lines[a + 1 : b]
        if 0 < len(gap) <= CODE_GAP_MAX and all(
            kinds[i] == SHORT and not items[i] and _COMMAND_RE.match(texts[i]) is not None for i in gap
        ):
            for i in gap:
                out[i] = True
    return out


def _photo_credit(text: str) -> bool:
    """A copyright line that credits a picture (``© Alamy``, ``© Noelia Páez/Instagram``): the mark, then a name of
    at most :data:`CREDIT_MAX_WORDS` words and no year. Pictures stand between an article's paragraphs, and so do
    their credits; a site's notice names its year or its terms."""
    return text.startswith("©") and len(text.split()) <= CREDIT_MAX_WORDS and not _DIGIT_RE.search(text)


def _weight(text: str, scored: str, item: bool) -> float:
    """The share of a prose line's length that counts in the body's run: half for an excerpt cut with an ellipsis
    (:data:`CUT_LINE_WEIGHT`) or a short bulleted sentence (``item``, :data:`LIST_SENTENCE_WEIGHT`), else all."""
    if scored != PROSE:
        return 1.0
    if text.endswith(_CUT_ENDS):
        return CUT_LINE_WEIGHT
    return LIST_SENTENCE_WEIGHT if item and len(text) < LIST_SENTENCE_MAX_CHARS else 1.0


def _teaser_summaries(texts: list[str], kinds: list[str]) -> list[bool]:
    """Prose lines that are a teaser list's summaries (:data:`SUMMARY_RUN_MIN`): lone prose lines under a
    headline-long line (any line, :data:`DIRECTORY_RUN_MIN` in a row), recurring at one period, shorter on the whole
    than half the page's longest other paragraph or in cards of :data:`SUMMARY_CARD_MIN_STEP` lines or more
    (:func:`_teaser_run`); excerpts cut with an ellipsis, :data:`EXCERPT_RUN_MIN` in a row or at one step
    (:data:`CLIPPED_RUN_MIN` clipped inside a word in a row: :func:`_excerpt_runs`); excerpts closed by a link to
    the rest (:data:`_READ_ON_RE`, ``…Read more``), each alone; and lone prose lines under a listed headline that
    counts its replies (:data:`_COUNTED_HEADLINE_RE`, bylines looked through: :data:`_LOOKED_THROUGH`)."""
    lines = _text_lines(kinds)
    lone = [n for n in range(1, len(lines)) if _lone_prose(texts, kinds, lines, n)]
    headed = [n for n in lone if _headline_long(texts[lines[n - 1]])]
    periodic = _periodic_runs(headed) + [run for run in _periodic_runs(lone) if len(run) >= DIRECTORY_RUN_MIN]
    inside = {lines[n] for run in periodic for n in run}
    article = max((len(texts[i]) for i, k in enumerate(kinds) if k == PROSE and i not in inside), default=0)
    out = _excerpt_runs(texts, kinds)
    for run in periodic:
        if _teaser_run(texts, kinds, lines, run, article):
            for n in run:
                out[lines[n]] = True
    for i, kind in enumerate(kinds):
        if kind == PROSE and _READ_ON_RE.search(texts[i]) is not None:
            out[i] = True  # an excerpt closed by a link to the rest
    for n in lone:
        j = _nearest(kinds, lines[n], -1, _LOOKED_THROUGH)
        if j is not None and kinds[j] == RELATED and _counted_headline(texts[j]):
            out[lines[n]] = True  # a listed headline's summary
    return out


def _excerpt_runs(texts: list[str], kinds: list[str]) -> list[bool]:
    """Prose lines cut with an ellipsis, :data:`EXCERPT_RUN_MIN` in a row or recurring at one step
    (:func:`_periodic_runs`: a card's headline and byline between them), or :data:`CLIPPED_RUN_MIN` clipped inside a
    word in a row (:func:`_clipped`): a headline list's excerpts."""
    cut = [kind == PROSE and text.endswith(_CUT_ENDS) for text, kind in zip(texts, kinds, strict=True)]
    if sum(cut) < min(EXCERPT_RUN_MIN, CLIPPED_RUN_MIN):  # most pages cut fewer lines than any run holds
        return [False] * len(kinds)
    clipped = [c and _clipped(text) for c, text in zip(cut, texts, strict=True)]
    excerpts = zip(_in_runs(cut, kinds, EXCERPT_RUN_MIN), _in_runs(clipped, kinds, CLIPPED_RUN_MIN), strict=True)
    out = [run or clipped_run for run, clipped_run in excerpts]
    lines = _text_lines(kinds)
    for run in _periodic_runs([n for n, i in enumerate(lines) if cut[i]]):
        if len(run) >= EXCERPT_RUN_MIN:
            for n in run:
                out[lines[n]] = True
    return out


def _clipped(text: str) -> bool:
    """A line cut with an ellipsis (:data:`_CUT_ENDS`) inside a word: a letter or digit right before it."""
    core = text.removesuffix("…").removesuffix("...")
    return core[-1:].isalnum()


def _teaser_run(texts: list[str], kinds: list[str], lines: list[int], run: list[int], article: int) -> bool:
    """Text lines ``run`` (of ``lines``), a run of lone prose lines, are a teaser list's summaries: in cards of
    :data:`SUMMARY_CARD_MIN_STEP` lines or more under headlines (not a thread's bylines or datelines) when the page
    holds a paragraph outside such runs (``article``: the longest), else when their median is under
    :data:`SUMMARY_MAX_SHARE` of it."""
    card = run[1] - run[0] >= SUMMARY_CARD_MIN_STEP  # a source or date line beside the headline: no section
    heads = [lines[n - 1] for n in run]
    if card and all(kinds[i] in (SHORT, TEASER) and _card_headline(texts[i]) for i in heads):
        return article >= PROSE_MIN_CHARS
    return statistics.median(len(texts[lines[n]]) for n in run) < SUMMARY_MAX_SHARE * article


def _headline_long(text: str) -> bool:
    """A line long enough to be a headline over a summary: :data:`SUMMARY_HEADLINE_MIN_CHARS` characters, or
    :data:`SUMMARY_HEADLINE_MIN_HAN` Han characters (a Chinese headline says as much in fewer)."""
    return len(text) >= SUMMARY_HEADLINE_MIN_CHARS or shape.han_count(text) >= SUMMARY_HEADLINE_MIN_HAN


def _card_headline(text: str) -> bool:
    """A card's headline over its summary: headline-shaped and dateless. A line holding a date heads a thread's post
    (``发布 #7 2024年5月17日星期五 01点31分``); a headline's numbers count (``喬帥奪1100場勝利 球場慶祝37歲生日``)."""
    return _headline_shaped(text) and find_date(text) is None


def _figures_row(text: str) -> bool:
    """A row of figures rather than a headline (a listing's table row): digits make :data:`FIGURES_MIN_DIGIT_SHARE`
    of the line or more."""
    return len(_DIGIT_RE.findall(text)) >= FIGURES_MIN_DIGIT_SHARE * len(text)


def _lone_prose(texts: list[str], kinds: list[str], lines: list[int], n: int) -> bool:
    """Text line ``n`` (of ``lines``) is prose with no paragraph either side: a teaser's summary under its headline,
    or a section's paragraph under its subheading. A short question or exclamation (:func:`_headline_sentence`) is
    a headline, no paragraph beside the line, and no summary itself."""
    if kinds[lines[n]] != PROSE or _headline_sentence(texts[lines[n]]) or _paragraph(texts, kinds, lines[n - 1]):
        return False
    return not (n + 1 < len(lines) and _paragraph(texts, kinds, lines[n + 1]))


def _paragraph(texts: list[str], kinds: list[str], i: int) -> bool:
    """Line ``i`` is prose and no headline (:func:`_headline_sentence`)."""
    return kinds[i] == PROSE and not _headline_sentence(texts[i])


def _headline_sentence(text: str) -> bool:
    """A question or exclamation of at most :data:`HEADLINE_SENTENCE_MAX_CHARS` characters."""
    return len(text) <= HEADLINE_SENTENCE_MAX_CHARS and text.endswith(_HEADLINE_SENTENCE_ENDS)


def _periodic_runs(
    positions: list[int],
    least: int = SUMMARY_RUN_MIN,
    steps: range = range(1, SUMMARY_MAX_STEP + 1),
    breaks: list[bool] | None = None,
) -> list[list[int]]:
    """Runs of at least ``least`` ``positions`` at one step, of ``steps`` (by default at most
    :data:`SUMMARY_MAX_STEP`), with no position marked in ``breaks`` between two of them."""
    runs: list[list[int]] = []
    run: list[int] = []
    for n in [*positions, None]:
        if (
            n is not None
            and run
            and n - run[-1] in steps
            and (len(run) < 2 or n - run[-1] == run[-1] - run[-2])
            and not (breaks and any(breaks[run[-1] + 1 : n]))
        ):
            run.append(n)
            continue
        if len(run) >= least:
            runs.append(run)
        run = [] if n is None else [n]
    return runs


def _title_line(texts: list[str], kinds: list[str], items: list[bool], start: int) -> int | None:
    """Stage 4: the headline over the article's byline or dateline (:func:`_header_title`); else the closest
    headline-shaped line above the body, past bylines, datelines, separators and a post's meta lines
    (:func:`_meta_line`)."""
    header = _header_title(texts, kinds, items, start)
    if header is not None:
        return header
    i, looked = start - 1, 0
    while i >= 0 and looked < TITLE_LOOKBACK:
        meta = _meta_line(texts[i])
        if kinds[i] in (SHORT, PROSE) and not meta and _headline_shaped(texts[i]):
            return i
        if kinds[i] not in (SEPARATOR, BYLINE, CAPTION) and not meta:
            looked += 1
        i -= 1
    return None


def _header_title(texts: list[str], kinds: list[str], items: list[bool], start: int) -> int | None:
    """The headline of the article's header: among the :data:`TITLE_HEADER_LOOKBACK` text lines above the body, the
    nearest byline or dateline (:func:`_header_line`) with a headline (:func:`_header_headline`) at most
    :data:`TITLE_HEADER_GAP` text lines above it, no list item (``items``: ``• Post your comment``). Share buttons, a
    picture's caption, a summary or a video's furniture often stand between the header and the first paragraph,
    past the closest headline-shaped line."""
    lines = _text_lines(kinds, range(start - 1, -1, -1))[:TITLE_HEADER_LOOKBACK]
    for n, i in enumerate(lines):
        if _header_line(texts[i], kinds[i]):
            above = lines[n + 1 : n + 1 + TITLE_HEADER_GAP]
            headline = next((j for j in above if not items[j] and _header_headline(texts[j], kinds[j])), None)
            if headline is not None:
                return headline
    return None


def _header_line(text: str, kind: str) -> bool:
    """A byline or a line holding a date (a dateline, a post's meta line): the article's header below its headline."""
    return kind == BYLINE or _meta_line(text) or find_date(text) is not None


def _header_headline(text: str, kind: str) -> bool:
    """A headline over a header: a headline-shaped line as long as a card's headline (:func:`_headline_long`: a
    name, a section or a share button is shorter) and no header line."""
    return kind in (SHORT, PROSE) and _headline_shaped(text) and _headline_long(text) and not _header_line(text, kind)


def _meta_line(text: str) -> bool:
    """A label and its date, relative time or count (:data:`_META_LABEL_RE`): a post's meta line, passed over as a
    byline is (a thread's ``Posted May 6`` or a Q&A page's ``Asked Dec 22, 2022`` above its first post is no
    title). The value's date is :func:`~newsmend.fields.dates.find_date`'s when it spans the whole value."""
    m = _META_LABEL_RE.fullmatch(text.strip())
    if m is None:
        return False
    value = m.group("value")
    if _META_VALUE_RE.fullmatch(value):
        return True
    found = find_date(value)
    return found is not None and found[1] == 0 and found[2] == len(value)


def _headline_shaped(text: str) -> bool:
    """A headline's shape: :data:`TITLE_MIN_CHARS` to :data:`TITLE_MAX_CHARS` characters, no clause or sentence mark
    at its end, and no navigation set on one line (:func:`_link_row`)."""
    core = text.rstrip(shape.CLOSERS)
    if not TITLE_MIN_CHARS <= len(text) <= TITLE_MAX_CHARS or (core and core[-1] in "。.，,；;：:"):
        return False
    return not _link_row(text)


def _link_row(text: str) -> bool:
    """Navigation set on one line, which a headline's length and shape do not tell from a headline: links between
    bars, each of at most :data:`LINK_ROW_PIECE_MAX_WORDS` words once arrows are stripped (a pager's ``« Vorige |
    Nächste »``, a menu's ``Home Page | Latest Posts | Links``; a headline that names its site after a bar holds
    longer pieces), or a trail of :data:`TRAIL_MIN_PARTS` parts or more whose parts before the last are a
    breadcrumb's (``Mac & i > News > 2015 > KW 15 > <the headline>``): the header's date stands next to such lines
    and the title stage took them for the headline above it."""
    pieces = text.split("|")
    if len(pieces) > 1 and all(len(p.strip(_ARROWS).split()) <= LINK_ROW_PIECE_MAX_WORDS for p in pieces):
        return True
    parts = shape.trail_parts(text)
    return len(parts) >= TRAIL_MIN_PARTS and all(0 < len(p) <= shape.BREADCRUMB_PART_MAX_CHARS for p in parts[:-1])


def _roles(kinds: list[str], title: int | None) -> dict[int, str]:
    """Stage 5: roles of the lines that are not body (field lines keep theirs wherever they stand)."""
    roles: dict[int, str] = {}
    for i, kind in enumerate(kinds):
        if kind in FIELD_KINDS or kind in (RELATED, COMMENT):
            roles[i] = kind
        elif kind == TEASER:
            roles[i] = RELATED
        elif kind in (SEPARATOR, LIST, NOTICE):
            roles[i] = BOILERPLATE
    if title is not None:
        roles.pop(title, None)
    return roles
