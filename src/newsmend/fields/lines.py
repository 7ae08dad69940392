"""Line shapes: what a short line of a news page is, judged from its form alone.

News pages, HTML or crawled text, carry their metadata in lines of a few recognisable shapes: a byline (``作者：X``,
``记者 X``, ``记者｜X``, the role in brackets of its own: ``【记者】X``, the role after the names: ``X / 文``, ``By Jane
Doe``, a phrase crediting the piece or the interview: ``Ein Interview von X mit Y``, a name run into an e-mail address),
a labelled meta line (``来源：X 时间：2023-05-03``, an update stamp among its values; or a header line opening with
its issuer in brackets before the date: ``[省发改委] 2016-04-01``), an editor line
(``责任编辑：X``, ``审核：X``), a copyright notice, a photo caption (or a caption's label alone: ``Photo``), the
``date time channel`` line of a headline list, a comment-count strip, a post's date and time alone, an outlet's tip
line (``报料热线：`` and its addresses), a news service's closing line giving its editors' contacts (``To contact
the editors responsible for this story: X at x@…``); and the staff credit an agency closes its text's last paragraph
with in brackets (``……。（編輯：X）1120823``; an English agency's ``(Reporting by X; Editing by Y)``), the paragraph
staying prose, or the note in brackets closing it that names who provided the text (``（本文訊息由X提供）``, the
source). Both plain-text selection (:mod:`newsmend.textpage`) and field extraction
(:mod:`newsmend.fields.build`) ask these questions, so they live here once. Written by hand because these are page
conventions, not a parsing problem a library solves.

Patterns are written in simplified Chinese and matched against :func:`fold`: the line with traditional
characters mapped to simplified ones (same length, so spans carry over to the original). That covers genuine
traditional pages and text that selection sees before repair (the mirror damage converts to traditional).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from newsmend.blocks import collapse_whitespace
from newsmend.content.values import SENT_TO_READERS, SIGN_UP, SIGN_UP_VERB
from newsmend.datetext import year_first
from newsmend.fields.dates import find_date
from newsmend.repair.convert import converter

#: Longest line still read as a caption. Calibrated on the seed page and gne-zh captions (15-50 chars).
CAPTION_MAX_CHARS = 90
#: Longest line read as a caption when marked at both ends (:data:`_FRAMED_CAPTION_RE`): a Taiwanese magazine's
#: lead photo caption repeats the story's opening sentences, 105 characters between its ▲ and its bracketed credit
#: (unseen-zh26). Twice :data:`CAPTION_MAX_CHARS` still keeps out the paragraphs a ▲ opens as a bullet.
FRAMED_CAPTION_MAX_CHARS = 180
#: Longest label (its closing comma or colon aside) read as a caption's label alone (:func:`is_caption_label`):
#: ``Image caption`` has 13 characters, ``圖像加註文字`` 6.
CAPTION_LABEL_MAX_CHARS = 16
#: Longest line read as a copyright notice (notices are one or two sentences).
COPYRIGHT_MAX_CHARS = 160
#: Longest line read as a labelled meta line (``来源：X 作者：Y 时间：...``); longer lines are prose.
META_LINE_MAX_CHARS = 120
#: Longest channel name after the timestamp of a headline-list line (``2023-05-03 16:37 <channel>``).
CHANNEL_MAX_CHARS = 16
#: Longest list heading (``相关推荐``, ``热门 Hot``, ``Related stories``).
LIST_HEADING_MAX_CHARS = 16
#: Longest part of a breadcrumb trail (``首页 > 国内新闻 > 正文``: channel names are short).
BREADCRUMB_PART_MAX_CHARS = 12
#: ``评论 N`` markers in one line that make it a comment-count strip rather than prose.
COMMENT_STRIP_MIN_MARKS = 2

#: Lines remembered by :func:`clean`, :func:`fold`, :func:`labelled_values` and :func:`time_list_entry`: every
#: shape question cleans and folds the same few hundred lines of a page, and several readers ask the same one
#: (over the 798 dev pages: 145k folds of 44k distinct texts, 22k meta-line readings of 13k, 35k list-entry
#: tests of 15k).
CLEAN_CACHE_SIZE = 4096

SENTENCE_END = "。！？!?….;；"
#: The marks closing a question: Latin, full-width (CJK) and Arabic.
QUESTION_ENDS = ("?", "？", "؟")
CLOSERS = "”’」』）)]】\"'"

_BULLETS = frozenset("-–—•·*▪►>")
_BULLET_RE = re.compile(r"^(?:[-–—•·*▪►>]\s+)+|(?:\s+[-–—•·*▪►])+$")
_WORDISH_RE = re.compile(r"[\w\u3400-\u9fff]")
#: A word of private-use characters only: an icon font's glyph (``\ue621`` before a paragraph), which no text
#: shows as a character.
_ICON_WORD_RE = re.compile(r"(?:^|\s)[\ue000-\uf8ff]+(?=\s|$)")
#: A private-use character, without which a line holds no icon word: one scan of a character class tells, where the
#: icon pattern tries its word start at every position (clean over the 798 dev pages' 24k paragraphs 40% faster).
_PRIVATE_USE_RE = re.compile(r"[\ue000-\uf8ff]")
_HAN_RE = re.compile(r"[\u3400-\u9fff]")
#: An e-mail address, in ASCII as pages print them: read in a byline, a contact line and an outlet's tip line.
EMAIL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_EMAIL_BYLINE_RE = re.compile(
    r"^[（(\[]?\s*(?P<name>[^\s@（(]{0,40}?(?:\s[^\s@（(]+){0,3}?)\s*[（(<:：]?\s*"
    rf"(?P<email>{EMAIL_RE.pattern})\s*[)）>\]]?$"
)
#: What no name before an address holds: a shell prompt's ``$`` or ``#``, an assignment's ``=``, a brace, a
#: backslash or a command's option (`` -T``): the line is a command writing an address (``如果输入$ ssh -T
#: git@github.com``, a step of a 2016 Q&A answer's Git guide, sixty-seventh audit), no byline.
_COMMAND_MARKS_RE = re.compile(r"[$=#{}\\]|(?:^|\s)-\w")
#: Words of a contact line's label (``客服信箱：services@…``, ``投稿邮箱``, ``E-mail:``): what stands before its
#: e-mail address names a mailbox, not the person a byline credits.
_CONTACT_LABEL_RE = re.compile(r"信箱|邮箱|邮件|e-?mail|联[系络]|客服|投稿|热线|contact", re.I)
#: An outlet's tip line: a label asking for news tips or submissions (``报料``, ``爆料``, ``投稿``, ``新闻热线``,
#: ``新闻线索``), a colon and nothing but e-mail addresses and phone numbers after it (``■明報報料熱線﹕inews@…/ 9181
#: 4676``, closing each story of a Hong Kong daily, unseen-zh18), or the outlet's mailbox (``信箱：netcenter@…``,
#: closing a 2018 Hong Kong daily's footer notice, ninety-first audit) or its contact address (``聯絡我們：
#: web_info@…``, opening a 2018 Hong Kong daily's footer notice, ninety-second audit). Not a hotline of the story's
#: subject (``咨询热线：…`` closing a story on a new public service is its text).
_TIP_LINE_RE = re.compile(
    r"^\W*(?P<label>[^\s:：﹕]{0,12}(?:报料|爆料|投稿|新闻热线|新闻线索|信箱|邮箱|电邮|联[系络]我们|(?i:e-?mail))"
    r"[^\s:：﹕]{0,6})"
    r"\s*[:：﹕]\s*"
    rf"(?:{EMAIL_RE.pattern}|\+?[\d()\s-]{{7,}}|[\s/、,，;；]|或)+$"
)
#: A takedown notice: the rights holder may have a borrowed item removed (``图片来自网络，如有侵权，请联系删除``,
#: closing a portal's self-media post, unseen-zh21; ``侵删``, "removed on infringement"): no caption though it names
#: the pictures (a credit banning reprints, ``图片来源：东方IC 版权作品 请勿转载``, is still one).
_TAKEDOWN_CLAUSE = r"如有侵权.{0,12}?删除"
_TAKEDOWN_RE = re.compile(rf"{_TAKEDOWN_CLAUSE}|侵删")
#: The disclaimer that the views are the author's, in either order (``观点仅代表作者本人``; ``仅代表作者观点，不代表X的
#: 观点或立场``, a 2018 Q&A portal's column under each post, sixty-seventh audit): a notice that states no rights.
_VIEWS_CLAUSE = r"观点仅(?:为|代表)作者|仅代表作者(?:本人|个人)?的?观点"
#: A disclaimer's clauses: a notice's label opening the line (``免责声明：``, ``特别声明：``, ``声明：``) and the
#: views clause (:data:`_VIEWS_CLAUSE`). Neither states any rights.
_DISCLAIMER_CLAUSE = rf"^[“\"]?(?:免责|特别)?声明[:：]|{_VIEWS_CLAUSE}"
_DISCLAIMER_RE = re.compile(_DISCLAIMER_CLAUSE)
#: A notice of rights: rights reserved or held (``版权所有``, ``©``, ``All rights reserved``), a reprint ban, a
#: republication's notice (``本文系X独家稿件``; a tech outlet's ``*本文系X获授权刊载，观点仅为作者所有`` closing a
#: partner's post, unseen-zh6) and a takedown notice (what a rights holder may have done with a borrowed item).
_RIGHTS_CLAUSE = (
    r"本文系.{0,30}?(?:稿件|授权(?:刊载|转载|发布|刊发))"
    r"|版权(?:所有|归|声明|属于)|未经.{0,16}?(?:授权|许可|同意).{0,6}?(?:不得|禁止|严禁|请勿)"
    rf"|转载请注明|禁止转载|不得转载|严禁转载|请勿转载|{_TAKEDOWN_RE.pattern}"
    r"|©|\(c\)\s*\d{4}|copyright\s|all rights reserved"
)
_RIGHTS_NOTICE_RE = re.compile(_RIGHTS_CLAUSE, re.I)
#: A copyright notice in the wide sense every field line reader uses: a notice of rights (:data:`_RIGHTS_CLAUSE`)
#: or a disclaimer (:data:`_DISCLAIMER_CLAUSE`), both of which leave the text; :func:`is_disclaimer` tells them apart.
_COPYRIGHT_RE = re.compile(rf"{_DISCLAIMER_CLAUSE}|{_RIGHTS_CLAUSE}", re.I)
#: The clauses of :data:`_COPYRIGHT_RE` that prose uses too (a law quoted in the text: ``未经被收集者同意，不得
#: 向他人提供个人信息``; a statement quoted after ``声明：``): in the middle of a text they need a notice's own
#: words as well. A disclaimer (``免责声明：``, ``声明：…仅供参考``) is a notice like a copyright line. A takedown
#: clause is one too: a story may report a platform's promise (``平台表示，如有侵权将及时删除``).
_COPYRIGHT_CLAUSE_RE = re.compile(
    rf"^声明[:：]|版权(?:归|属于)|未经.{{0,16}}?(?:授权|许可|同意).{{0,6}}?(?:不得|禁止|严禁)|{_TAKEDOWN_CLAUSE}"
)
#: What every clause of :data:`_COPYRIGHT_RE` holds once lower-cased (no other letter matches these under the
#: pattern's case folding, as ``ſ`` does ``s``): a line with none is no notice. The pattern opens with an alternation
#: of cased letters, tried at every position of each line; with these tests first, is_copyright costs the bench
#: pages 0.10 instead of 0.12-0.14 ms a page (folding to simplified characters is most of what is left).
_COPYRIGHT_MARKS = ("声明", "本文系", "观点", "版权", "未经", "转载", "侵", "©", "(c)", "copyr", "all r")
#: Caption marks. Besides the mainland ones, Taiwanese dailies' (read folded to simplified): a bracketed photo
#: credit closing the caption (``（图／X翻摄）``, ``（图翻摄自X）``, ``（图／记者X摄）``; ``图`` then a slash, colon
#: or 翻摄, so that ``（图表）`` is none), a bracketed picture credit closing it (``（资料图片）``, ``（新华社图片）``,
#: a Hong Kong broadcaster's ``（港台圖片）``: unseen-zh18) and a ▲ or ▼ opening a photo's line (a △ on mainland
#: broadcasters' and tech outlets' pages: ``△X（资料图）``, unseen-zh3's portal and tech pages). Checked on the LTN,
#: ETtoday and SETN pages of tests/fixtures/pages/unseen and on the dev pages, whose ▲ lines are all captions. A
#: photographer's credit in brackets closes a caption too (``（记者X摄）``, ``（新华社记者X 摄）``, where the bare
#: ``摄`` is not the last character): a Taiwanese daily's sports desk closes its lead photo's line so (unseen-zh17),
#: and a mainland daily's site the agency photo's line under its picture with the photographer's name alone
#: (``新华社发（X摄）``: unseen-zh35); a year of filming (``（2019年拍摄）``) is none, a reporter's ``拍摄`` one.
#: So does the picture's source in brackets, ``（取自X）`` (taken from X) or ``（X提供）`` (courtesy of X), as a
#: Taiwanese news site closes the captions set between its paragraphs (unseen-zh17); ``（本文由X提供）`` credits the
#: text, no picture (:data:`_PROVIDED_NOTE_RE`).
_CAPTION_MARK_RE = re.compile(
    r"(?:[（(]?(?:截图|截屏|资料图|示意图|供图|配图)[）)]?|摄|[（(]图[）)]|[（(]图(?:[／/:：]|翻摄)[^（）()]{0,30}[）)]"
    r"|[（(][^（）()]{0,12}图片[）)]"
    r"|[（(](?:[^（）()]{0,20}记者[^（）()]{1,30}|[^（）()]{1,30}(?<!拍))摄[）)]"
    r"|[（(]取自[^（）()]{1,30}[）)]|[（(](?!本文)[^（）()]{1,30}提供[）)]"
    r"|图[片像]?来源[:：]?.{0,30}|图源[:：]?.{0,30}|来源[:：].{0,20}图)$"
    r"|^(?:图[为片：:\d]|[（(]图|图/|[▲▼△])|图[片像]来源[:：，,]|图源[:：]"
    r"|^(?:photo|image|picture|caption)\b|\b(?:photo|image) credit|\((?:photo|image|picture)[:\s]"
    r"|\b(?:photo|image|picture|credit)\s*:\s*[^.。]{1,40}$",
    re.I,
)
#: What every alternative of :data:`_CAPTION_MARK_RE` holds once lower-cased (``mage`` for ``image``: under the
#: pattern's case folding ``ı`` matches ``i``, and no other letter matches these): a line with none is no caption.
#: The pattern is tried at every position of each line; with these tests first, is_caption costs the bench pages
#: 0.13 instead of 0.16 ms a page.
_CAPTION_MARKS = ("图", "截屏", "摄", "取自", "提供", "▲", "▼", "△", "photo", "mage", "cture", "capt", "cred")
#: A caption framed at both ends, read folded: a photo's mark opening it (▲▼△, as :data:`_CAPTION_MARK_RE` reads
#: them) and a bracketed picture credit closing it, ``图`` after at most a short kind word and before a slash or a
#: colon (``（示意圖／Unsplash）``, ``（資料圖／X）``, ``（圖／X）``). Either mark alone is read as before.
_FRAMED_CAPTION_RE = re.compile(r"^[▲▼△].*[（(][^（）()]{0,4}图[／/:：][^（）()]{1,30}[）)]$")
#: An agency's photo credit closing a caption with the day the photo was taken, the photographer's or the
#: sender's (``（X提供）中央社記者張三曼谷傳真 112年8月23日``: sent from Bangkok, the ROC date 112/08/23;
#: ``中央社記者張三攝 112年8月23日``): a Taiwanese agency closes every picture's caption so (unseen-zh19). It marks
#: a caption alone and is not counted in its length (:data:`CAPTION_MAX_CHARS`): the caption's words stand before it.
_DATED_PHOTO_CREDIT_RE = re.compile(r"记者[^（）()，。\s]{2,20}(?:摄|传真)\s*\d{2,4}年\d{1,2}月\d{1,2}日$")
#: A photographers' credit closing a line, read folded: ``摄`` last (``… 王铮 杨东辉 摄``, ``…⑧3陈更生 宋洁 摄``, a
#: provincial daily's captions under its pictures, unseen-zh42), a bracket after it allowed (``（新华社记者X摄）``).
_CLOSING_PHOTO_CREDIT_RE = re.compile(r"摄\s*[）)]?$")
#: A caption line that is a label alone, no caption: a caption word (``Photo``, ``Image``: the label a figure
#: sets beside its picture, read aloud to screen readers) or a short label closed by its comma or colon, the caption
#: standing in an element of its own after it (a British broadcaster's ``圖像加註文字，`` and ``Image caption,``
#: over every caption of its Chinese and English pages: unseen-zh15).
_CAPTION_LABEL_RE = re.compile(
    r"^(?:photo|image|picture|caption|video|illustration)$|^.{1," + str(CAPTION_LABEL_MAX_CHARS) + r"}[,，:：]$",
    re.I,
)
#: The year a headline list's timestamp opens with, 19xx or 20xx: a list's line opening with another number of four
#: digits (a count, a code) is no timestamp.
_TIMESTAMP_YEAR = r"(?:19|20)\d{2}"
#: A headline-list line's timestamp and channel: the date, its clock after it or before it (``05:35 2023/08/27``,
#: glued as ``05:352023/08/27`` where a list sets the hour and the date in spans of their own: a 2023 Taiwanese
#: daily's recommended list, thirtieth audit), then the channel.
_TIME_LIST_RE = re.compile(
    r"^(?:(?P<clock>\d{1,2}:\d{2}(?::\d{2})?)\s*)?"
    r"(?P<date>" + year_first(_TIMESTAMP_YEAR) + r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)"
    r"(?:\s+(?P<channel>[^\s:：].{0," + str(CHANNEL_MAX_CHARS - 1) + r"}?))?$"
)
#: A comment count (``评论：12``, ``12条评论``, ``3 comments``); its number starts after no digit: found over a line of
#: digits it was tried from every digit, each try backtracking over the rest (a 50 kB line of digits: 139 s in
#: select_text_main; now linear).
_COMMENT_MARK_RE = re.compile(r"评论\s*[:：]?\s*\d+|(?<!\d)\d+\s*(?:条评论|comments?\b)", re.I)
_BREADCRUMB_LABEL_RE = re.compile(r"^(?:您|你)?(?:现在|目前|当前)?(?:所在)?的?位置\s*[:：]\s*")
_BREADCRUMB_SEP_RE = re.compile(r"\s*(?:->|[>›»＞→])\s*")
_BREADCRUMB_HOME_RE = re.compile(r"^(?:首页|主页|网站首页|home)$", re.I)
#: An editor's label opening a line, in a bracket or not (``责任编辑：``, ``【责编：``) ...
_EDITOR_LABEL = r"^[\[【（(]?\s*(?P<label>责任编辑|责编)\s*[:：]"
_EDITOR_LINE_RE = re.compile(_EDITOR_LABEL)
#: ... and that credit with its name, the line going on after a space: a news site's line under its text sets the
#: editor in a span of its own before its notice (``<span>责任编辑：顾明</span> 澎湃新闻，未经授权不得转载。``,
#: unseen-zh27).
_EDITOR_CREDIT_RE = re.compile(_EDITOR_LABEL + r"\s*(?P<name>[^\s\]】）)]+)[\]】）)]?\s+")
#: Words of a heading over readers' comments; ``网友回应`` (readers' responses) is how a Taiwanese daily titles its
#: comment box (unseen-zh17).
_COMMENT_HEADING_RE = re.compile(r"评论|跟[帖贴]|留言|网友回应|\bcomments?\b|\breplies\b", re.I)
#: Words that name readers' posts and nothing else (``跟帖``, NetEase's ``跟贴``, ``留言``; ``评论`` also names an
#: outlet's commentary, ``最新评论`` its latest opinion pieces): a heading holding one lists comments, not stories,
#: whatever list word it holds (a portal marks each of its top comments ``热门跟贴``: unseen-zh6).
_READERS_POSTS_RE = re.compile(r"跟[帖贴]|留言")
#: Words that name market data (``相關行情``, related quotes; ``相關權證``, related warrants; ``报价``, quotes): a
#: heading over a box of tickers, each link a quote page (:func:`is_market_heading`). Not ``行情`` alone: a car
#: portal's ``降价行情`` lists its stories on price cuts.
_MARKET_DATA_RE = re.compile(r"相关行情|权证|报价")
#: ... and, whatever its length, a heading that counts the comments and names the post after the count in quotes
#: (WordPress's ``3 条评论 针对这篇 “X”``, ``12 thoughts on “X”``, ``4 Comments on "X"``).
_COUNTED_COMMENTS_RE = re.compile(
    r"^\d+\s*(?:条评论|条回复|comments?|responses?|replies|thoughts)\s*(?:针对这篇|关于|on|to)?\s*[“\"«‘']", re.I
)
#: The European languages' list titles (German, French, Spanish, Italian, Portuguese, Dutch) that fit
#: :data:`LIST_HEADING_MAX_CHARS`: ``Verwandte Themen`` over three linked headlines in a German aviation site's
#: picture box (unseen-en8), ``Weitere Themen``, ``Lire aussi``, ``Leggi anche``, ``Leia também``, ``Lees ook``.
#: Not Polish ``Zobacz także``: the plain-text reader takes such a heading in a WET rendering's middle for the
#: article's end (magic-html article-6679b81a's WET text: F1 0.45 -> 0, its cookie notice read instead).
#: ``其他新聞`` (other news) and ``同一主題`` (on the same topic) head a French broadcaster's Chinese story lists
#: (unseen-zh15, unseen-zh22); no dev page holds either. Japanese titles: ``関連記事`` (related stories, matched as
#: :func:`fold` gives it, ``関连记事``: the Japanese ``関`` has no simplified form, ``連`` and ``記`` do),
#: ``おすすめ記事`` (recommended stories), ``人気記事`` (popular stories) and ``アクセスランキング`` (most read) head
#: a Japanese appliance news site's lists (unseen-ml6). Not ``ランキング`` alone: a shop's box under a blog's post
#: labels a book's ``売り上げランキング: 6,808`` (sales rank; unseen-ja1).
_LIST_HEADING_RE = re.compile(
    r"相关|推荐|热门|热点|热榜|最新|排行|延伸阅读|猜你喜欢|更多|精彩|其他新闻|同一主题|関连(?:记事|ニュース)|おすすめ记事|人気记事"
    r"|アクセスランキング|\bhot\b|\brelated\b|\blatest\b|\bpopular\b"
    r"|\btrending\b|\bread more\b|\bmore (?:stories|news)\b|\brecommended\b|\bmost read\b"
    r"|\bverwandte (?:themen|artikel)\b|\bmehr zum thema\b|\bweitere (?:artikel|themen)\b|\bauch interessant\b"
    r"|\blesen sie auch\b|\bmeistgelesen|\blire aussi\b|\bles plus lus\b|\brelacionad[oa]s\b|\blo más leído\b"
    r"|\bleggi anche\b|\bcorrelati\b|\bpiù letti\b|\bleia também\b|\bmais lidas\b|\blees ook\b"
    r"|\bmeest gelezen\b|\bgerelateerd",
    re.I,
)

#: A short label and its colon opening a text, before more of it: :func:`pointer_label` tests whether the label is a
#: list title.
_POINTER_LABEL_RE = re.compile(rf"(?P<label>[^:：]{{1,{LIST_HEADING_MAX_CHARS}}})[:：]\s*(?=\S)")

#: A credit in brackets closing a paragraph after its last sentence, with the filing date's code a Taiwanese agency
#: sets after it (``……3萬元以下罰金。（編輯：李亨山）1120823``: the editor and the ROC date 112/08/23, a 2023
#: story, unseen-zh11): the paragraph is prose, its last sentence the story's, though the credit holds a label.
_CLOSING_CREDIT_RE = re.compile(r"[（(][^（()）]{1,30}[）)]\s*\d{0,8}\s*$")
#: ... made of labelled staff credits, slash-separated, each label before a colon (the desk editor's
#: ``（編輯：張三）``; a foreign desk's translator and copy editor, ``（譯者：張三/核稿：李四）1120823``, a 2023 agency
#: story, unseen-zh16), a label's several names slash-separated too (``（編輯：張三/李四）1120823``, the desk's two
#: editors: unseen-zh19): the credit's own values, read as a meta line's. A name in brackets without a label
#: (``（記者 張三）``, ``（張三）``) is the closing reporters' and names' shape (:mod:`newsmend.fields.people`).
_STAFF_CREDIT = r"[^/／:：]{1,6}[:：][^/／:：]{1,12}(?:[/／][^/／:：]{1,12})*"
_STAFF_CREDIT_RE = re.compile(rf"{_STAFF_CREDIT}(?:[/／]{_STAFF_CREDIT}){{0,3}}")
#: An agency's staff credits closing its copy in brackets, as Reuters sets them (``(Reporting by Jane Doe in London;
#: Additional reporting by X; Editing by Mark Potter)``), alone or after the last paragraph's last sentence: roles,
#: each with ``by`` and its names, set apart by semicolons. The bracket stays the text's (the labels of
#: magic-html-bench and the unseen-en19 Reuters guard keep it), its credits are fields.
_AGENCY_CREDITS_RE = re.compile(r"\((?P<credits>[^()]*?\bby\s[^()]*)\)$")
#: ... one credit: a role of at most three words, ``by`` and the names; the role's words say the field
#: (:data:`_AGENCY_ROLE_FIELDS`). Matched case-blind but for the names' capital.
_AGENCY_CREDIT_RE = re.compile(r"^(?P<role>(?i:[a-z]+(?:\s+[a-z]+){0,2}?))\s+(?i:by)\s+(?P<names>[A-Z].*)$")
#: The field an agency credit's role feeds: the reporters, the writer and the compiler wrote the copy (a byline
#: outranks them: :data:`AGENCY_CREDIT_LABEL`), the copy editor is the editor; additional reporting (a contributor),
#: graphics or pictures feed none.
_AGENCY_ROLE_FIELDS = {
    "reporting": "author", "writing": "author", "reporting and writing": "author", "compiled": "author",
    "compiling": "author", "editing": "editor", "edited": "editor",
}  # fmt: skip
#: The place a reporter filed from after their name (``Jane Doe in London``): no part of the name.
_FILED_IN_RE = re.compile(r"\s+in\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*")
#: A note in brackets closing the text that names who provided it (``（本文訊息由高通提供，內文與標題經 TechOrange
#: 修訂後刊登…）``, a 2024 Taiwanese tech site's press item, unseen-zh31; ``（本文由X提供）``): the text's source.
#: The note stays the text's, as magic-html's labels keep a closing ``（本文来源：…）`` note (article-e7518002), and
#: names the source only when the page names no other (:func:`~newsmend.fields.readers.read_credited_source`): a
#: press item's provider ranks below the desk or outlet credited over the text.
_PROVIDED_NOTE_RE = re.compile(
    r"[（(]\s*本文(?:讯息|信息|消息|内容|资料|稿件|新闻稿)?由(?P<name>[^，,。；;、：:（）()\s]{1,20})提供"
)
#: The label of the source read from a closing note (:func:`provided_source_values`).
PROVIDED_LABEL = "本文由…提供 (a closing note)"
#: The label of the values read from an agency's closing credit (:func:`agency_credit_values`): readers weigh its
#: reporters below the page's byline, as they weigh a line's trailing by-word (:data:`TRAILING_BY_LABEL`).
AGENCY_CREDIT_LABEL = "by (an agency's closing credit)"
#: The closing line by which a news service names the editors responsible for the story and how to reach them
#: (``To contact the editors responsible for this story: Jane Doe at jdoe@example.net, John Roe``, Bloomberg's
#: last line): the editor field's own words in English. The line stays the text's (the unseen-en26 Bloomberg guard,
#: trafilatura and readability keep it).
_CONTACT_EDITORS_RE = re.compile(
    r"^to contact the editors? responsible for this (?:story|article|report)\s*:\s*(?P<names>\S.*)$", re.I
)
#: An e-mail address after a contact line's name, with its ``at`` (``Jane Doe at jdoe@example.net``): it parts the
#: names as a comma does.
_AT_EMAIL_RE = re.compile(rf"(?:\s+at)?\s+{EMAIL_RE.pattern}[\s,;]*")
#: Longest line read as a call to action (an outlet's promotion is one or two short sentences).
CALL_TO_ACTION_MAX_CHARS = 100
#: Longest line read as a timestamp alone (:func:`is_timestamp`): ``#3 · April 24, 2024, 11:25 am`` has 29 characters,
#: ``May 12, 2024, 9:00 PM GMT+8`` 27; a longer line holding a date says more than when.
TIMESTAMP_MAX_CHARS = 40
#: An outlet's call to action to its readers: reply with a keyword (``回复【社保】查询…``), scan or press a QR code,
#: tap the platform's buttons (``点【在看】``, ``阅读原文``), download the app (``下载客户端还能获得专享福利``,
#: ``更多原创资讯请下载“X”APP``, a Taiwanese daily's ``點我下載APP`` link closing its text's element: unseen-zh11; an
#: app named in prose, ``市民可下载“X”客户端办理``, asks nothing), join as a
#: (paying) member (a Taiwanese agency's archive wall after an old story's lead: ``建議您加入中央社付費會員找尋您要
#: 的新聞``; prose tells of members, ``平台付费会员达1亿``, without inviting the reader to become one), like or follow
#: its page on a social network (a Hong Kong daily's ``想生活更精明，請讚好TOPick Facebook`` closing its text,
#: unseen-zh18; prose that tells of a page, ``他的Facebook专页有十万人关注``, asks nothing).
_CALL_TO_ACTION_RE = re.compile(
    r"回复\s*[【「“\"\[]|(?:扫描|长按|识别).{0,8}二维码|点.{0,4}【在看】|阅读原文|下载客户端"
    r"|(?:请|欢迎|立即|马上|点我|点此|点击)下载.{0,12}(?:客户端|APP|App|app)"
    r"|(?:请|欢迎|建议您?|立即|马上)(?:加入|成为|注册|开通).{0,12}会员"
    r"|(?:请|欢迎)(?:赞好|点赞|关注|追踪)[^。！？!?，,；;]{0,20}?(?:专页|微博|公众号|(?i:facebook|instagram|fb\b|ig\b))"
)
#: Every call to action holds one of these words (simplified or traditional): a cheap test before folding.
_CALL_TO_ACTION_HINT_RE = re.compile(
    r"回[复覆復]|二[维維][码碼]|在看|[阅閱][读讀]原文|下[载載]|[会會][员員]|[赞讚]好|[点點][赞讚]|[关關]注|追[踪蹤]"
)

#: Longest line read as a site notice (a consent or sign-up box is one to three sentences).
SITE_NOTICE_MAX_CHARS = 300
#: A site's notice to its readers in English, none of the article: cookie consent, newsletter sign-up, share
#: buttons, browser and JavaScript warnings, comment-box prompts, follow-us and skip links, a prompt to like or
#: follow the site on a social network as the whole line (``Like MLive on Facebook``), the privacy-policy link.
#: Matched 107 non-article lines of the dev pages' WET renderings (non-zh) and 6 article lines of all their labels (a
#: label keeping a footer's link or a sign-up banner). A sign-up is read by the wording pruning's newsletter prompt
#: reads (``content.values.SIGN_UP``, ``SENT_TO_READERS``, ``SIGN_UP_VERB``), which adds one line of those renderings,
#: none of a label (``Newsletter Signup``, a sign-up box's heading on readability-testpages ars-1).
_SITE_NOTICE_RE = re.compile(
    r"\b(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b|\bcookie (?:policy|settings|preferences)\b"
    r"|\baccept (?:all )?cookies\b"
    rf"|\b{SIGN_UP} (?:our|the|my)\b.{{0,40}}\b{SENT_TO_READERS}\b"
    rf"|\bnewsletter\b.{{0,40}}\b{SIGN_UP_VERB}\b"
    r"|^(?:like|follow) (?:\S+ ){1,3}on (?:facebook|twitter|instagram|linkedin|pinterest|youtube)\W*$"
    r"|\bshare (?:this|on) (?:article|story|post|page|facebook|twitter|x|linkedin|whatsapp|email)\b|\bclick to share\b"
    r"|\b(?:enable|turn on) javascript\b|\byour browser does not support\b"
    r"|\bplease (?:enable|upgrade)\b.{0,30}\bbrowser\b"
    r"|^(?:you must be logged in|(?:please )?(?:log|sign) in to (?:comment|reply|post)|comments are closed"
    r"|(?:please )?leave a (?:comment|reply))\b|\bfollow us on\b|\b(?:skip|jump) to (?:main )?content\b"
    r"|\bterms (?:of (?:use|service)|and conditions)\b.{0,40}\bprivacy\b|^\W*privacy (?:policy|notice)\W*$",
    re.I,
)
#: A piece of text every :data:`_SITE_NOTICE_RE` match holds (``cookie``, ``sign``, ``share``, ``privacy``, a social
#: network's name ...), searched in the lowered line: a case-sensitive literal alternation rules out most lines before
#: the pattern, whose twenty case-insensitive branches, most opening with ``\b``, are tried at every position (the
#: headline test's 13,799 link texts over the dev pages: 0.124 -> 0.023 s, the same answers; 394 pass it, 36 are
#: notices).
_SITE_NOTICE_MARKS_RE = re.compile(
    r"cookie|subscribe|sign|register|newsletter|facebook|twitter|instagram|linkedin|pinterest|youtube|follow us on"
    r"|share|javascript|browser|logged in|log in|comments are closed|leave a|skip to|jump to|privacy"
)
#: Letters ``re.I`` matches to an ASCII letter that ``str.lower`` does not lower to it (dotted and dotless i, long
#: s): a line holding one goes to the pattern whatever the marks say, so the answers stay the pattern's own.
_FOLDED_APART_RE = re.compile("[İıſ]")

#: Phrases crediting a piece to its writer, opening a line as a by-word does (:data:`LABELS`).
_CREDIT_PHRASES = (
    "Ein Artikel von", "Ein Beitrag von", "Ein Gastbeitrag von", "Ein Kommentar von", "Eine Reportage von",
    "An article by", "A story by",
)  # fmt: skip
#: ... and an interview's, whose value names the interviewer first, the interviewee after ``mit``/``with``.
_INTERVIEW_LABELS = (
    "Ein Interview von", "Interview by", "Interviewed by", "Das Gespräch führte", "Das Interview führte",
)  # fmt: skip
#: A line of one of them and names alone (capitalised words, particles, the interviewee's ``mit``/``with``): a
#: credit, though it closes with a full stop as a sentence does (``Ein Interview von X mit Y.``, trafilatura-eval
#: t0877's line under its standfirst); a sentence opening so goes on in lower-case words.
_CREDIT_PHRASE_RE = re.compile(
    rf"(?:{'|'.join(map(re.escape, (*_CREDIT_PHRASES, *_INTERVIEW_LABELS)))})"
    r"(?:\s+(?:[A-ZÀ-Þ][\w.'’-]*|mit|with|und|and|von|van|de|der|den))+\s*\.?"
)
#: The credit phrases and interview labels lower-cased, as a matched label is looked up (:data:`_SPACE_LABELS`, the
#: readers' phrased credits).
PHRASE_LABELS = frozenset(label.lower() for label in (*_CREDIT_PHRASES, *_INTERVIEW_LABELS))
#: The interviewer's credit under a Chinese interview (``采访：X``; after a colon only: :data:`_SPACE_LABELS`).
_HAN_INTERVIEW_LABEL = "采访"
#: Labels of meta lines, by the field they give. ``文`` counts only as ``文/``, ``文｜``, ``文：``; the slash may be
#: full-width, as Taiwan's outlets print their credits (``文／張三``, ``圖文／X``: text and pictures by X; a 2023
#: Taiwanese portal's copy of a partner's story, unseen-zh10, credited the portal itself for want of it).
#: German ``Quelle``, Spanish ``Fuente``, Italian and Portuguese ``Fonte`` label a source as ``Source`` does, after a
#: colon or a bar only (:func:`_label_allowed`): a German business weekly's ``23. März 2017 , aktualisiert … |
#: Quelle: Handelsblatt Online`` opened its text (goose3's test_wiwo page, unseen-en), and closing credits of
#: agency copy (``Quelle: TSV Bayer Dormagen``) stayed its last lines. Over the 798 dev pages 7 change: four such
#: lines leave three German texts' ends and one footnote (trafilatura-eval t0704 labels its line as no text), one
#: author goes (t0679's metadata outlet ``Handball-Bundesliga GmbH``, labelled none), sources change on the rest
#: (an Italian photo credit ``Fonte: iStock`` becomes one page's source).
LABELS: dict[str, tuple[str, ...]] = {
    # 核稿: the copy editor a Taiwanese agency credits last (``譯者：張三/核稿：李四``, unseen-zh16); 审核: the editor
    # who passed the story, credited alone or after the desk editor (``编辑：张三 审核：李四``): read after the others
    # (:data:`REVIEWER_LABELS`)
    "editor": ("责任编辑", "责编", "编辑", "核稿", "审核", "Editor", "Edited by"),
    # a credit no field keeps: read as a label so that it ends the value before it (编辑/X 校对/Y)
    "proofreader": ("校对",),
    # the production credits a feature closes with, a line each, before its editor's (``策划：市纪委监委``,
    # ``文稿：邵阳日报``, ``视频：邵阳广播电视台``, a 2020 portal's copy of a city's integrity series, unseen-zh37):
    # credits no field keeps, read as labels (after a colon only, before names: :func:`_label_allowed`) so that
    # their lines are credit lines, out of the text's end as the editor's line is
    "crew": ("策划", "统筹", "监制", "出品", "文稿", "视频", "摄像"),
    "source": (
        "本文来源", "文章来源", "新闻来源", "信息来源", "稿件来源", "稿源", "来源于", "来源", "出处", "Source",
        "Quelle", "Fuente", "Fonte",
    ),
    "author": (
        "作者",
        "撰文",
        "图文",
        "执笔",
        # the text's writer credited apart from the pictures' (``文字/寂寞堂口`` closing a 2007 portal's feature,
        # forty-fifth audit; ``文字：X 摄影：Y``)
        "文字",
        "译者",  # the translator who wrote a foreign desk's text (``譯者：張三``, unseen-zh16)
        # Japanese credits: the author (``著者：後藤大地``, a tech news site's byline link, unseen-ja1) and the writer
        # (``筆者``, folded as Chinese writes it)
        "著者",
        "笔者",
        "本报记者",
        "特约记者",
        "记者",
        # a correspondent or an intern who files the story with the reporter or alone (``记者 张三 通讯员 李四``,
        # ``【通讯员】李四`` closing a 2019 provincial site's local story, ``【实习生】胡一玮`` a 2020 provincial
        # daily's app story, seventy-fourth audit): a writer, as the dateline's ``（通讯员 张三）`` and a byline's
        # ``实习生 李四`` are (:mod:`newsmend.fields.people`)
        "通讯员",
        "实习生",
        "文",
        "By",
        "Author",
        "Written by",
        "Posted by",
        "Von",
        "Autor",
        "Autorin",
        "Geschrieben von",
        "Verfasst von",
        "Par",
        "Auteur",
        "Por",
        "Door",
        "Auteur",
        # a credit phrase naming the piece, then its writer (``Ein Artikel von X | 27.01.2022``, a German horse
        # magazine's info line, trafilatura-eval t0702); an interview's credits the interviewer, the one who wrote it
        # up (``Ein Interview von X mit Y``: :data:`_INTERVIEWEE_RE`; ``Das Gespräch führte X``; ``采访：X``)
        *_CREDIT_PHRASES,
        *_INTERVIEW_LABELS,
        _HAN_INTERVIEW_LABEL,
    ),
    "date": (
        "发布时间", "发布日期", "发表时间", "发表日期", "时间", "日期", "Published", "Published on", "Posted",
        "Posted on", "Date", "Veröffentlicht", "Veröffentlicht am", "Erschienen", "Erschienen am", "Datum",
        "Publié le", "Publié", "Publicado", "Publicado el", "Publicado em", "Pubblicato", "Pubblicato il",
        "Gepubliceerd", "Gepubliceerd op",
    ),
    # when the text was last revised: a stamp of the page's header (``Posted … | Updated …``), no field reads it (the
    # publication date is the article's); a label only before a date (:func:`_label_allowed`)
    "updated": (
        "Updated", "Last updated", "Aktualisiert", "Aktualisiert am", "Mis à jour", "Mis à jour le", "Actualizado",
        "Actualizado el", "Atualizado", "Atualizado em", "Aggiornato", "Aggiornato il",
    ),
}
#: Editor labels of the editor who reviews and passes the story, not the desk editor who edited it: a line crediting
#: both (``编辑：张三 审核：李四``) names the editor first, and a page that credits only the reviewer names them.
REVIEWER_LABELS = frozenset({"审核"})
#: Editor labels naming the responsible editor (责任编辑), whom the ``editor`` field reports: a credit block listing
#: the staff (``编辑|张三 责编|李四 校对|王五``, a government account's copy on a news platform) names the desk editor
#: first.
RESPONSIBLE_EDITOR_LABELS = frozenset({"责任编辑", "责编"})
_LABEL_TO_FIELD = {label.lower(): name for name, labels in LABELS.items() for label in labels}
_LABEL_ALT = "|".join(sorted((re.escape(lbl) for lbl in _LABEL_TO_FIELD), key=len, reverse=True))
#: The closing brackets of a label the page sets in brackets of its own (``【记者】柳时强``), as a colon would.
LABEL_BRACKET_CLOSERS = "】]"
#: Closing brackets and the opening bracket each pairs with (:func:`without_edge_marks`).
_CLOSING_BRACKETS = {")": "(", "）": "（", "]": "[", "】": "【"}
#: The brackets around a whole meta line (``【来源：X】``, ``(Author: X)``) ...
_LINE_EDGE_BRACKETS = "（()）【】[]"
#: ... and the marks around a labelled value: spaces, bars, slashes and commas between fields, and brackets.
_VALUE_EDGE_MARKS = " \u3000|｜/,，;；()（）[]【】"
#: The fields of a bracketed label whose value names people: a credit block names them (``【记者】柳时强``,
#: ``【通讯员】罗瑞娴``); an interview's transcript sets its speakers' roles so over what they say (``【记者】那么
#: 接下来呢``), which is no name and stays the text's (:data:`_BRACKETED_NAMES_RE`).
_PEOPLE_FIELDS = frozenset({"author", "editor", "proofreader"})
#: ... names of two to four Han characters (a minority's parts joined by a middle dot), several apart by spaces or
#: enumeration commas.
_BRACKETED_NAME = r"[\u3400-\u9fff]{2,4}(?:·[\u3400-\u9fff]{1,8})*"
_BRACKETED_NAMES_RE = re.compile(rf"{_BRACKETED_NAME}(?:[\s、，,]+{_BRACKETED_NAME})*")
#: A label, then its separator: a colon, a slash, a bar (``丨``, a Han stroke that Chinese sites print as one:
#: ``文丨张三``), the closing bracket of the label's own brackets (:data:`LABEL_BRACKET_CLOSERS`, a label the bracket
#: opened only: :func:`_label_allowed`), an at-sign standing for "at" (``posted @ 2011-03-07 23:12``: a blog's stamp,
#: before a date only) or a space.
_LABEL_RE = re.compile(
    r"(?:^|(?<=[\s\[【（(|｜/／,，]))(?P<label>" + _LABEL_ALT + r")\s*"
    rf"(?P<sep>[:：]|[/／｜|丨]|[{re.escape(LABEL_BRACKET_CLOSERS)}](?=\S)|@|\s+(?=\S))",
    re.I,
)
#: Prepositions that introduce the date after a byline's names (``By Jane Doe on June 1, 2019``, ``von X am 3. Mai
#: 2023``, ``par X le 3 mai 2023``): lower case, so no name's word.
DATE_PREPOSITIONS = ("on", "am", "vom", "le", "du", "el", "il", "op")
#: ... one of them with a digit soon after it (a month's name at most before the day) ends the names of a value a
#: by-word labels (``Posted by Jane Doe on July 13, 2026``, a 2026 framework blog's byline, unseen-en8).
_DATED_TAIL_RE = re.compile(r"\s+(?:" + "|".join(DATE_PREPOSITIONS) + r")\s+(?=[^\d]{0,12}\d)")
#: A span of clock times (``19:00-21:00``, ``14:30至16:00``): a date label before one gives an event's hours, as a
#: listing of lectures does under each heading (``时间：9月9日（周六）14:30-16:00``, unseen-zh27), where a
#: publication stamp names one instant. Its line is the text's, no meta line to leave it.
_CLOCK_SPAN_RE = re.compile(r"\d{1,2}[:：]\d{2}\s*[-–—~～至到]\s*\d{1,2}[:：]\d{2}")
#: The interviewee after an interviewer's name (``Ein Interview von X mit Y``, ``Interview by X with Y``): the one
#: who spoke, not who wrote the text up.
_INTERVIEWEE_RE = re.compile(r"\s+(?:mit|with|avec|con|com|met)\s+")
#: ... and the labels whose value names them both, lower-cased.
_INTERVIEW_KEYS = frozenset(label.lower() for label in (*_INTERVIEW_LABELS, _HAN_INTERVIEW_LABEL))
#: A photographer's or a camera operator's credit after a writer's names in the same credit (``文/少言 摄像/毛杰``,
#: the brackets under a 2010 portal's dateline, forty-fifth audit; ``记者 张三 摄影/李四``): the picture's or the
#: video's, no writer's; the names before it are the writer's.
CREW_TAIL_RE = re.compile(r"\s+(?:摄影|摄像|视频|图片?)\s*[/／:：丨|]")
#: The word for "by" before a writer's names, in the Latin-script languages of the dev sets: English, German,
#: French, Spanish and Portuguese, Dutch (an alternation; Italian's ``di`` and ``da`` are also words of a headline).
BY_WORDS = "by|von|par|por|door"
#: The label of a value read from a line's end (:data:`_TRAILING_BY_RE`), apart from a line opening with its label:
#: readers weigh it below other credits (a headline ending ``von Lawinen`` or a menu's ``Learning by Ear`` end so).
TRAILING_BY_LABEL = "by (at the line's end)"
#: A line ending in ``by <Name>`` (``Posted on May 3, 2024 by Jane Doe``) credits an author ...
_TRAILING_BY_RE = re.compile(rf"(?:^|[\s|·•,])(?:{BY_WORDS})\s+(?P<names>[A-Z][^\d|·•:]{{1,60}})$")
#: The last field of a line, after a bar or a middle dot (:func:`_before_dated_field`).
_LAST_FIELD_RE = re.compile(r"\s*[|｜·•]\s*(?P<field>[^|｜·•]+)$")
#: ... unless it credits a photo, a video, a sponsor, a supplier (``Kursdaten provided by Interactive Data``, a
#: market analysis's price data, twenty-third audit) or the people who made the website (``Made with ♥ by``,
#: ``Website by``, ``Theme by`` in a footer).
_MEDIA_CREDIT_RE = re.compile(
    r"photo|foto|image|bild|picture|illustration|graphic|video|grafik|sponsor|present|powered|brought|supported"
    r"|provided"
    r"|made with|design|develop|built|theme|hosted|website|webdesign|crafted",
    re.I,
)
#: Longest list of names after ``<outlet>记者`` (longer, or with clause marks, it is a sentence).
REPORTER_NAMES_MAX_CHARS = 24
_CLAUSE_RE = re.compile(r"[，。,；;：:！？!?]")
#: An outlet's name in a reporter's credit: Han characters ending like an outlet (社, 网, 报, 台, 新闻, 客户端).
_REPORTER_OUTLET = r"[\u3400-\u9fff]{1,12}(?:社|网|报|台|新闻|客户端)"
#: ``<outlet>记者 <names>`` (``新华社记者 张三``, ``央视网驻东京记者 李四``): the outlet and the reporters. The outlet
#: may be a group's news brand after the group's site and a middle dot (``东方网·纵相新闻记者 单珊``, a portal's
#: copy of a Shanghai site's story, unseen-zh24).
_OUTLET_REPORTER_RE = re.compile(
    rf"^(?P<src>(?:{_REPORTER_OUTLET}·)?{_REPORTER_OUTLET})(?:驻[\u3400-\u9fff]{1,6})?(?:特约|实习)?记者\s*(?=\S)"
)
#: ``<beat>记者：<names>``, a line to itself: a reporter credited with the beat they cover (``法庭記者：劉曉曦``
#: closing a 2018 Hong Kong daily's court story, ninety-second audit; ``首席记者``, ``驻东京记者``), the beat's two
#: or three characters opening the line, a colon after it and nothing but names to the line's end
#: (:data:`_BRACKETED_NAMES_RE`; prose addressing a reporter opens otherwise). A photographer's (``摄影记者``)
#: credits the pictures, no writer.
_BEAT_REPORTER_RE = re.compile(r"^(?P<beat>[\u3400-\u9fff]{2,3})记者\s*[:：]\s*(?P<names>\S.*)$")
#: ... the beats of the reporters who shoot the pictures or the video (folded), whose credit names no writer.
_PHOTOGRAPHER_BEATS = frozenset({"摄影", "图片", "摄像", "视频"})
#: ``记者<names>`` glued, a line to itself listing two reporters or more (``記者黃雄 、馮淑環`` closing a 2018 Hong
#: Kong daily's story, ninety-second audit): their credit. One word glued so may be a heading's (``记者手记``,
#: ``记者招待会``), so a list is asked for; a name ending in ``摄`` credits a photo.
_GLUED_REPORTERS_RE = re.compile(
    r"^(?:特约|实习|见习)?记者(?P<names>[\u3400-\u9fff]{2,4}(?:\s*[、，,]\s*[\u3400-\u9fff]{2,4}){1,3})$"
)
#: The endings of an issuing body's short name: a commission, bureau, department, office or ministry (委, 局, 厅,
#: 办, 部, 署), a court, academy or association (院, 会), an outlet (社, 报, 网, 台, 站), a centre, a government, a
#: group, a company, a bank, a school.
_ISSUER_SUFFIX = r"(?:委|局|厅|办|部|署|院|会|社|报|网|台|站|中心|政府|集团|公司|银行|大学|学校)"
#: The body that issued a text, named in brackets that open its header line right before the date, no label
#: (``[省发改委]  2016-04-01  字号：T | T`` under a provincial government portal's department news, sixty-fifth
#: audit): the source. The name must end as a body's does and a date must follow, so a tag opening a line
#: (``【编前语】2020年…``, ``【原创】``) or a commenter's place before a reply's time (``[网易上海网友]``) is none.
_BRACKETED_ISSUER_RE = re.compile(
    rf"^[\[【](?P<src>[\u3400-\u9fff]{{1,12}}{_ISSUER_SUFFIX})[\]】]\s*(?=\d{{4}}\s*[-/.年])"
)
#: The label of a source read from :data:`_BRACKETED_ISSUER_RE` (the page writes none).
ISSUER_LABEL = "[…] (a bracketed issuer before the date)"
#: A byline saying where the story was filed from, as WeChat-first outlets open a story (``张三 发自 北京``,
#: ``记者 张三 李四 发自 上海``): the names before ``发自``. A space on one side of ``发自`` at least keeps prose
#: out (``善良是发自本心的``): the names may be glued to it when the place stands apart (``白交发自 凹非寺``, a 2025
#: AI outlet's post: unseen-zh9). No dev page holds one, the unseen-zh3 audit's tech outlet does.
_SENT_FROM_RE = re.compile(
    r"^(?:(?:特约|实习|见习)?记者\s*)?(?P<names>[\u3400-\u9fff][\u3400-\u9fff、，,\s]{1,23}?)"
    r"(?:\s+发自\s*|发自\s+)[\u3400-\u9fff]{1,10}$"
)
#: A byline whose label is written for screen readers, a comma after it (``<span class="visually-hidden">Author,
#: </span>Name``), as the BBC's World Service pages in every language print it (unseen-zh3's BBC Chinese page:
#: ``Author, 张三（Jane Doe）& 李四（Li Si）``).
_SPOKEN_BYLINE_RE = re.compile(r"^Authors?,\s+(?P<names>\S.{0,79})$")
#: The masthead of a story first published on a WeChat public account: the outlet, a bar and the account
#: (``某某 | 公众号 AbcDef``): the outlet is the source, the line no text.
_ACCOUNT_LINE_RE = re.compile(r"^(?P<src>[^\s|｜:：]{2,16})\s*[|｜]\s*(?:微信)?公众号\s*[:：]?\s*[\w\-]{2,30}$")
#: Separators that count after a label, per label kind: ``文`` needs ``/`` or ``：``, ``By`` a space.
_SPACE_LABELS = frozenset(
    {
        "记者",
        "本报记者",
        "特约记者",
        "by",
        "written by",
        "posted by",
        "edited by",
        "von",
        "geschrieben von",
        "verfasst von",
        "par",
        "por",
        "door",
        *PHRASE_LABELS,
    }
)
#: The end of a line's text before a field that opens after a spaced bar (``tag | By Jane Doe``), where a by-word
#: opens its field as it opens a line.
_FIELD_OPENING_RE = re.compile(r"\s[|｜]\s*$")
#: Credit labels that count before a slash or a bar as before a colon (``文/张三``, ``编辑|张三 责编|李四``: a staff
#: credit block a government account's copy on a news platform sets under its text, one role a line).
_SLASH_LABELS = frozenset({"文", "文字", "图文", "作者", "撰文", "执笔", "编辑", "责编", "责任编辑", "校对"})
#: A reporter's label counts before a slash or a bar too, as mainland sites set a bar between the role and the names
#: (``记者｜张三 李四``, ``记者|张三``), unless a bar or a slash stands before it in the line: a menu's item between
#: bars (``首页 | 记者 | 评论``) labels nothing (:data:`_ITEM_MARK_RE`).
_REPORTER_LABELS = frozenset({"记者", "本报记者", "特约记者"})
_ITEM_MARK_RE = re.compile(r"[|｜/／丨]")
#: A credit that sets the role after the names and a slash or a bar (``张三 李四 / 文``, ``张三/文 李四/图``: the
#: writers, then the photographer), one such pair after another filling the line (:func:`_roles_after_names`).
#: Matched folded.
_ROLE_AFTER_NAMES_RE = re.compile(
    r"\s*(?P<names>[\u3400-\u9fff][\u3400-\u9fff·、，,\s]{1,30}?)\s*[/／｜|丨]\s*"
    r"(?P<role>图文|撰文|文|整理|编辑|摄影|摄|图)(?=\s|$)\s*"
)
#: The field each role of :data:`_ROLE_AFTER_NAMES_RE` credits; a photographer's (图, 摄, 摄影) no field keeps. Who
#: compiled a roundup (``杨卓君/整理`` over a weekly listing of lectures, unseen-zh27) wrote the text it gives: its
#: author, as the byline reader already takes ``整理`` after a name (``people._ROLE_WORDS_RE``).
_ROLE_FIELDS = {"图文": "author", "撰文": "author", "文": "author", "整理": "author", "编辑": "editor"}
#: A meta strip's parts (``发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 作者魏星``): between bars, Chinese labels
#: may run into their values, the bar (and the markup's spans) doing the separator's work.
_STRIP_BAR_RE = re.compile(r"\s*[|｜]\s*")
#: Labels of at least two Han characters, which read as a label glued to a value at a part's start (``文`` is
#: the first character of many words). A space may stand between them where label and value are two inline
#: elements (``来源<span>CSDN</span>``, read as :attr:`~newsmend.blocks.Block.field_text`: ``来源 CSDN``).
_GLUED_LABELS = sorted((x for x in _LABEL_TO_FIELD if len(x) >= 2 and _HAN_RE.match(x)), key=len, reverse=True)
_GLUED_LABEL_RE = re.compile(r"^(?P<label>" + "|".join(map(re.escape, _GLUED_LABELS)) + r")\s*(?=[^\s:：])")
#: Parts of a strip that must open with a glued label for the line to be a meta strip (one is a phrase).
GLUED_STRIP_MIN_LABELS = 2
#: The same labels with their colon, run into the value before them: adjacent ``<span>`` elements give
#: ``2019-09-26 12:11来源：X作者：Y``, no space left between a value and the next label. Counted in a line
#: holding :data:`GLUED_STRIP_MIN_LABELS` labels, or right after a digit (the time before it: ``14:07来源：X``);
#: ``消息来源：`` alone is a phrase that may open a sentence.
_RUN_ON_LABEL_RE = re.compile(r"(?P<label>" + "|".join(map(re.escape, _GLUED_LABELS)) + r")\s*(?P<sep>[:：])")


@dataclass(frozen=True, slots=True)
class LabelledValue:
    """One ``label：value`` pair of a meta line, with the field it feeds."""

    field: str
    label: str
    value: str


#: Colons that Big5 gives in compatibility forms (its ``︰``, U+FE30, and ``﹕``, U+FE55), which Hong Kong and Taiwan
#: pages write as the full-width colon (``記者︰張三``, a 2019 Hong Kong daily's credit lines: ninety-second audit;
#: ``■明報報料熱線﹕…``): folded to it, so that every label pattern reads them.
_COLON_FORMS = str.maketrans("︰﹕", "：：")
#: The colons a label may close with, as pages write them: the ASCII and full-width ones and Big5's two forms.
COLONS = ":：︰﹕"


@lru_cache(maxsize=CLEAN_CACHE_SIZE)
def fold(text: str) -> str:
    """``text`` with traditional characters as simplified (OpenCC t2s), when that keeps its length, and Big5's
    compatibility colons as the full-width one (:data:`_COLON_FORMS`)."""
    if not has_han(text):
        return text
    out: str = converter("t2s").convert(text)
    return (out if len(out) == len(text) else text).translate(_COLON_FORMS)


def _pieces(pattern: re.Pattern[str], text: str) -> Iterator[str]:
    """``pattern.split`` of ``text`` with the matches found in its folded form."""
    start = 0
    for m in pattern.finditer(fold(text)):
        yield text[start : m.start()]
        start = m.end()
    yield text[start:]


@lru_cache(maxsize=CLEAN_CACHE_SIZE)
def clean(text: str) -> str:
    """Collapse whitespace (a ``pre`` block keeps its line breaks) and drop list bullets around the line
    (``- 责任编辑: X `` → ``责任编辑: X``) and icon glyphs standing as words (:data:`_ICON_WORD_RE`)."""
    line = collapse_whitespace(_ICON_WORD_RE.sub(" ", text) if _PRIVATE_USE_RE.search(text) else text, lines=True)
    if line[:1] in _BULLETS or line[-1:] in _BULLETS:
        return _BULLET_RE.sub("", line)
    return line


def without_edge_marks(value: str, marks: str) -> str:
    """``value`` without the ``marks`` at its ends, keeping each closing bracket after it that pairs with a bracket
    the value itself opens (:data:`_CLOSING_BRACKETS`): the brackets of a reading, an aside or a desk's initials
    written into the value are part of it (``BUZZAP！（バザップ！）``, ``Julia Hitz (eg)``), the brackets around the
    whole value are not."""
    start = len(value) - len(value.lstrip(marks))
    text = value.strip(marks)
    for mark in value[start + len(text) :]:
        opener = _CLOSING_BRACKETS.get(mark)
        if opener is None or text.count(opener) <= text.count(mark):
            break
        text += mark
    return text


def is_separator(text: str) -> bool:
    """Nothing but punctuation and spaces: the ``-`` rows a crawler leaves between list items."""
    return not _WORDISH_RE.search(text)


def has_han(text: str) -> bool:
    return bool(_HAN_RE.search(text))


def han_count(text: str) -> int:
    """How many Han characters ``text`` holds (a Chinese headline's length, without digits and marks)."""
    return len(_HAN_RE.findall(text))


def ends_sentence(text: str) -> bool:
    """The line ends like a sentence (closing quotes and brackets looked through)."""
    core = text.rstrip().rstrip(CLOSERS)
    return bool(core) and (core[-1] in SENTENCE_END or (core[-1] == "." and not has_han(core[-3:])))


def ends_credited_sentence(text: str) -> bool:
    """The line ends like a sentence once a credit in brackets closing it is looked through
    (:data:`_CLOSING_CREDIT_RE`): ``……充盈正气。（陈湘林 罗俊）``, the writers' names after the story's last sentence
    (a 2020 portal's copy of a city's integrity series, unseen-zh37), ends the text as its sentence does."""
    return ends_sentence(_CLOSING_CREDIT_RE.sub("", text))


def is_tip_line(text: str) -> bool:
    """An outlet's tip line (:data:`_TIP_LINE_RE`): how to reach the newsroom, no text of the story it closes."""
    line = clean(text)
    return len(line) <= CALL_TO_ACTION_MAX_CHARS and bool(_TIP_LINE_RE.match(fold(line)))


def email_byline(text: str) -> tuple[str, str] | None:
    """``<name><email>`` (with or without a space or brackets): the (name, e-mail) pair, else None (also for a
    contact line, :data:`_CONTACT_LABEL_RE`, and a command line, :data:`_COMMAND_MARKS_RE`)."""
    m = _EMAIL_BYLINE_RE.match(clean(text))
    if not m or _CONTACT_LABEL_RE.search(fold(m.group("name"))) or _COMMAND_MARKS_RE.search(m.group("name")):
        return None
    return m.group("name").strip(" :：,，"), m.group("email")


def is_copyright(text: str, *, mid_text: bool = False) -> bool:
    """A copyright notice; ``mid_text`` for a line inside a text, where clauses prose shares do not count alone."""
    if len(text) > COPYRIGHT_MAX_CHARS:
        return False
    key = fold(text)
    if not holds_mark(key, _COPYRIGHT_MARKS):
        return False  # what the clauses of prose drop hold marks too: a line without any is no notice either way
    return bool(_COPYRIGHT_RE.search(_COPYRIGHT_CLAUSE_RE.sub("", key) if mid_text else key))


def is_disclaimer(text: str) -> bool:
    """A notice that disclaims and states no rights (:data:`_DISCLAIMER_CLAUSE` and no clause of
    :data:`_RIGHTS_CLAUSE`): ``本文仅代表作者个人观点。``, ``免责声明：本内容来自X平台创作者，不代表X的观点和
    立场。``, the article's ``disclaimer``. A line that also states rights (``本文系X独家稿件，文章内容纯属作者个人
    观点，未经授权，不得转载``) is a notice of rights, the ``copyright``: one line fills one field, so that the two
    fields hold the page's notices each once (a consumer showing both shows no line twice), and a reader after
    every disclaiming clause finds the rest in the copyright (the evidence's ``gather`` splits them)."""
    key = fold(text)
    return _DISCLAIMER_RE.search(key) is not None and _RIGHTS_NOTICE_RE.search(key) is None


def holds_mark(key: str, marks: tuple[str, ...]) -> bool:
    """Whether ``key`` lower-cased holds one of ``marks``: the C-speed pre-test of a case-insensitive pattern
    every match of which holds one (:data:`_COPYRIGHT_MARKS`, :data:`_CAPTION_MARKS`, the body trim's appeals)."""
    lowered = key.lower()
    return any(mark in lowered for mark in marks)


def is_caption(text: str) -> bool:
    """A photo caption: short and marked as one (``…截图``, ``图片来源：X``, ``X 摄``, ``图为…``), or closed by an
    agency's dated photo credit, which its length does not count (:data:`_DATED_PHOTO_CREDIT_RE`); and no takedown
    notice (:data:`_TAKEDOWN_RE`: it opens like a caption, ``图片来自网络，如有侵权…``). A caption framed by a
    photo's mark and a bracketed credit (:data:`_FRAMED_CAPTION_RE`) may be longer."""
    line = clean(text)
    key = fold(line)
    credit = _DATED_PHOTO_CREDIT_RE.search(key)
    longest = FRAMED_CAPTION_MAX_CHARS if _FRAMED_CAPTION_RE.match(key) else CAPTION_MAX_CHARS
    if not 0 < (credit.start() if credit else len(line)) <= longest:
        return False
    marked = credit is not None or (holds_mark(key, _CAPTION_MARKS) and bool(_CAPTION_MARK_RE.search(key)))
    return marked and not _TAKEDOWN_RE.search(key)


def is_credited_caption(text: str) -> bool:
    """A line closed by its photographers' credit (:data:`_CLOSING_PHOTO_CREDIT_RE`), no longer than a framed
    caption (:data:`FRAMED_CAPTION_MAX_CHARS`): set right under a picture
    (:attr:`~newsmend.blocks.Block.under_picture`), the picture and the credit mark it at both ends, as a newspaper
    captions its pictures in the running text (two of a 2010 spread's four captions hold 95 and 102 characters, more
    than an unframed caption's :data:`CAPTION_MAX_CHARS`: unseen-zh42)."""
    line = clean(text)
    return 0 < len(line) <= FRAMED_CAPTION_MAX_CHARS and _CLOSING_PHOTO_CREDIT_RE.search(fold(line)) is not None


def is_caption_label(text: str) -> bool:
    """A caption line that is only a label (:data:`_CAPTION_LABEL_RE`): ``Photo``, ``圖像加註文字，``."""
    return _CAPTION_LABEL_RE.match(clean(text)) is not None


def is_timestamp(text: str) -> bool:
    """A date with its clock time alone (``May 13th, 2024, 04:53 pm``, ``03.03.2011, 14:27``, ``#2 · March 29, 2024,
    11:07 am``): when a post or a comment was written, no sentence of it; marks and digits may stand beside it (a
    post's number), no word (``Posted on …``, ``Updated …`` are labelled values, read elsewhere)."""
    line = clean(text)
    if len(line) > TIMESTAMP_MAX_CHARS:
        return False
    rest = beside_stamp(line)  # None without a clock time: a day alone may be the text's (a diary's entry)
    return rest is not None and not any(ch.isalpha() for ch in rest)


def beside_stamp(line: str) -> str | None:
    """What ``line`` holds besides the date it shows (:func:`~newsmend.fields.dates.find_date`) when that date
    gives a clock time, else None: the words a stamp stands beside (a post's number, a source's name)."""
    found = find_date(line)
    if found is None or "T" not in found[0]:
        return None
    return line[: found[1]] + line[found[2] :]


@lru_cache(maxsize=CLEAN_CACHE_SIZE)
def time_list_entry(text: str) -> tuple[str, str | None] | None:
    """``2023-05-03 16:37 channel``: the timestamp (date first: ``2023/08/27 05:35`` for ``05:35 2023/08/27``) and
    channel of a headline-list line, else None (two clocks are no one time)."""
    m = _TIME_LIST_RE.match(clean(text))
    if not m:
        return None
    channel, clock, date = m.group("channel", "clock", "date")
    if channel and (_LABEL_RE.search(fold(channel)) or ends_sentence(channel)):
        return None
    if not clock:
        return date, channel
    return None if " " in date else (f"{date} {clock}", channel)


def comment_marks(text: str) -> int:
    return len(_COMMENT_MARK_RE.findall(fold(text)))


def is_comment_strip(text: str) -> bool:
    """A run of headlines with comment counts (``A 评论 0B 评论 159…``), or a lone ``评论 N``."""
    line = clean(text)
    marks = comment_marks(line)
    return marks >= COMMENT_STRIP_MIN_MARKS or (marks == 1 and not "".join(_pieces(_COMMENT_MARK_RE, line)).strip())


def comment_strip_items(text: str) -> list[str]:
    """The headlines of a comment strip: the pieces before each ``评论 N`` marker."""
    pieces = list(_pieces(_COMMENT_MARK_RE, clean(text)))[:-1]
    return [p.strip() for p in pieces if p.strip()]


def is_list_heading(text: str, max_chars: int = LIST_HEADING_MAX_CHARS) -> bool:
    """A short heading that opens a list of other stories (``相关推荐``, ``热门 Hot``, ``Most read``), of at most
    ``max_chars`` characters, naming no readers' posts (:data:`_READERS_POSTS_RE`)."""
    line = clean(text)
    if not 0 < len(line) <= max_chars or ends_sentence(line):
        return False
    key = fold(line)
    return bool(_LIST_HEADING_RE.search(key)) and _READERS_POSTS_RE.search(key) is None


def pointer_label(text: str) -> str:
    """The label opening a pointer's link text, with its colon and the space after it: a list title alone
    (:data:`_LIST_HEADING_RE`, matching the whole label) before a headline (``<a>Related: SpaceX Rocket Explosion
    Destroys …</a>``, a 2016 broadcaster's link set between its paragraphs, seventy-seventh audit); "" when the text
    opens with none. A title word opening a headline is no label (a gossip site's ``Hot Mess: Zoë Kravitz``, an
    agency's running story ``The Latest: …``)."""
    m = _POINTER_LABEL_RE.match(text)
    return m.group(0) if m and _LIST_HEADING_RE.fullmatch(fold(m.group("label")).strip()) else ""


def is_market_heading(text: str) -> bool:
    """A short heading naming market data (:data:`_MARKET_DATA_RE`): a financial news site's ``相關行情`` and
    ``相關權證`` over boxes of tickers after its story (``台積電法興(購) 槓桿5.32倍``, a quote page's link: a 2024
    Taiwanese financial news site, unseen-zh26). Its links are no stories, whatever list word it holds."""
    line = clean(text)
    short = 0 < len(line) <= LIST_HEADING_MAX_CHARS and not ends_sentence(line)
    return short and _MARKET_DATA_RE.search(fold(line)) is not None


def is_breadcrumb(text: str) -> bool:
    """A breadcrumb trail (``您所在的位置： 首页 > 快讯 > 公司``, ``Home › World``): a location label or the
    home page first, then short parts between arrows."""
    line = clean(text)
    label = _BREADCRUMB_LABEL_RE.match(fold(line))
    parts = trail_parts(line[label.end() :] if label else line)
    if len(parts) < 2 or any(not p or len(p) > BREADCRUMB_PART_MAX_CHARS for p in parts):
        return False
    return label is not None or _BREADCRUMB_HOME_RE.match(parts[0]) is not None


def trail_parts(text: str) -> list[str]:
    """The parts of a line between a breadcrumb trail's arrows (``首页 > 国内新闻 > 正文``); the line alone when it
    holds none."""
    return _BREADCRUMB_SEP_RE.split(text)


def is_site_notice(text: str) -> bool:
    """An English site notice (:data:`_SITE_NOTICE_RE`): ``We use cookies…``, ``Sign up for our newsletter``,
    ``Share on Facebook``, ``Privacy Policy``. The marks every notice holds are looked for first
    (:data:`_SITE_NOTICE_MARKS_RE`)."""
    if len(text) > SITE_NOTICE_MAX_CHARS:
        return False
    if _SITE_NOTICE_MARKS_RE.search(text.lower()) is None and _FOLDED_APART_RE.search(text) is None:
        return False
    return _SITE_NOTICE_RE.search(text) is not None


def is_call_to_action(text: str) -> bool:
    """A short line asking the reader to act for the outlet (see :data:`_CALL_TO_ACTION_RE`): promotion, not
    text, wherever it stands in the article's element."""
    line = clean(text)
    if not 0 < len(line) <= CALL_TO_ACTION_MAX_CHARS or not _CALL_TO_ACTION_HINT_RE.search(line):
        return False
    return bool(_CALL_TO_ACTION_RE.search(fold(line)))


def is_editor_line(text: str) -> bool:
    """A line opening with the responsible editor's label (``责任编辑：X``, ``[责任编辑:X]``): Chinese news pages
    close the article with it."""
    return _EDITOR_LINE_RE.match(fold(clean(text))) is not None


def editor_before(text: str) -> tuple[LabelledValue, str] | None:
    """The editor's credit opening ``text`` before more of the line (:data:`_EDITOR_CREDIT_RE`), and that rest;
    None when the line opens with none or the credit is all of it."""
    line = clean(text)
    m = _EDITOR_CREDIT_RE.match(fold(line))
    if m is None or m.end() == len(line):
        return None
    credit = LabelledValue("editor", line[m.start("label") : m.end("label")], line[m.start("name") : m.end("name")])
    return credit, line[m.end() :]


def is_comment_heading(text: str) -> bool:
    """A short heading over readers' comments (``全部评论 23条``, ``网友评论``, ``我要跟帖``, ``Comments (4)``), or one
    that counts them for the post it names (:data:`_COUNTED_COMMENTS_RE`)."""
    line = clean(text)
    if _COUNTED_COMMENTS_RE.match(fold(line)):
        return True
    return 0 < len(line) <= LIST_HEADING_MAX_CHARS and not ends_sentence(line) and bool(
        _COMMENT_HEADING_RE.search(fold(line))
    )


def opens_list(text: str) -> bool:
    """The line ends in a list heading (comment strips often run into the next list's heading)."""
    line = clean(text)
    return is_list_heading(line) or (
        is_comment_strip(line) and is_list_heading(list(_pieces(_COMMENT_MARK_RE, line))[-1])
    )


def account_source(text: str) -> str | None:
    """The outlet a WeChat account's masthead line names (:data:`_ACCOUNT_LINE_RE`); None for other lines."""
    line = clean(text)
    m = _ACCOUNT_LINE_RE.match(fold(line)) if "公众号" in line else None
    return line[m.start("src") : m.end("src")] if m else None


def labelled_values(text: str) -> list[LabelledValue]:
    """The ``label：value`` pairs of a meta line (``来源：X 作者：Y 时间：Z``), in order; [] for prose."""
    return list(_labelled_values(text))


@lru_cache(maxsize=CLEAN_CACHE_SIZE)
def _labelled_values(text: str) -> tuple[LabelledValue, ...]:
    """:func:`_read_labelled_values`, remembered as a tuple (each caller of :func:`labelled_values` gets a list of
    its own to extend)."""
    return tuple(_read_labelled_values(text))


def _read_labelled_values(text: str) -> list[LabelledValue]:
    """The pairs :func:`labelled_values` returns: the line's :func:`_line_values`, after the source that a bracketed
    issuer opening the line names (:data:`_BRACKETED_ISSUER_RE`) when no label names one."""
    values = _line_values(text)
    line = clean(text)
    issuer = _BRACKETED_ISSUER_RE.match(fold(line))
    if issuer and not any(v.field == "source" for v in values):
        return [LabelledValue("source", ISSUER_LABEL, line[issuer.start("src") : issuer.end("src")]), *values]
    return values


def _line_values(text: str) -> list[LabelledValue]:
    """The labelled pairs of the line and the values its unlabelled credits give (an account's masthead, a byline
    filed from a place, an outlet's reporters, glued values, names before their roles, a trailing ``by``)."""
    line = without_edge_marks(clean(text), _LINE_EDGE_BRACKETS)
    if not line or len(line) > META_LINE_MAX_CHARS:
        return []
    key = fold(line)
    found = _with_run_on_labels([m for m in _LABEL_RE.finditer(key) if _label_allowed(m, line)], key)
    account = account_source(line)
    if account:
        return [LabelledValue("source", "公众号", account)]
    sent = _SENT_FROM_RE.match(key) if "发自" in key else None
    if sent:
        return [LabelledValue("author", "发自", line[sent.start("names") : sent.end("names")])]
    spoken = _SPOKEN_BYLINE_RE.match(line) if line.startswith("Author") else None
    if spoken:
        return [LabelledValue("author", "Author", spoken.group("names"))]
    outlet = _OUTLET_REPORTER_RE.match(key)
    names = line[outlet.end() :].strip() if outlet else ""
    if outlet and not found and len(names) <= REPORTER_NAMES_MAX_CHARS and not _CLAUSE_RE.search(names):
        source = line[outlet.start("src") : outlet.end("src")]
        return [LabelledValue("source", "记者", source), LabelledValue("author", "记者", names)]
    reporters = _reporters_line(key) if not found else None
    if reporters is not None:
        return [LabelledValue("author", "记者", line[reporters:])]
    if not found and ("|" in line or "｜" in line):
        glued = _glued_values(line)
        if glued:
            return glued
    if not found:
        roles = _roles_after_names(line, key)
        if roles:
            return roles
    if not found:
        trailing = _TRAILING_BY_RE.search(_before_dated_field(line))
        if trailing and not _MEDIA_CREDIT_RE.search(line) and not _doubled(line):  # "… 2024 by Jane Doe"
            return [LabelledValue("author", TRAILING_BY_LABEL, trailing.group("names").strip())]
    out: list[LabelledValue] = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(line)
        value = without_edge_marks(line[m.end() : end], _VALUE_EDGE_MARKS)
        if value:
            label = m.group("label")
            field = _LABEL_TO_FIELD[label.lower()]
            if field == "author":
                if label.lower() in _SPACE_LABELS:
                    value = _DATED_TAIL_RE.split(value, maxsplit=1)[0]
                value = CREW_TAIL_RE.split(value, maxsplit=1)[0]
                if label.lower() in _INTERVIEW_KEYS:
                    value = _INTERVIEWEE_RE.split(value, maxsplit=1)[0]
            if field == "date" and _CLOCK_SPAN_RE.search(value):
                continue  # an event's hours (时间：9月8日（周五）19:00-21:00), not when the text was published
            if m.group("sep") in LABEL_BRACKET_CLOSERS and not _bracketed_value(field, value):
                continue
            out.append(LabelledValue(field, label, value))
    return out


def _reporters_line(key: str) -> int | None:
    """Where the names start in a line (folded, ``key``) that is a reporters' credit to itself: after their beat
    (:data:`_BEAT_REPORTER_RE`, not a photographer's) or glued to ``记者`` in a list (:data:`_GLUED_REPORTERS_RE`);
    None for any other line."""
    beat = _BEAT_REPORTER_RE.match(key)
    if beat and beat.group("beat") not in _PHOTOGRAPHER_BEATS and _BRACKETED_NAMES_RE.fullmatch(beat.group("names")):
        return beat.start("names")
    glued = _GLUED_REPORTERS_RE.match(key)
    return glued.start("names") if glued and "摄" not in glued.group("names") else None


def _with_run_on_labels(found: list[re.Match[str]], key: str) -> list[re.Match[str]]:
    """``found`` and the labels run into the value before them (:data:`_RUN_ON_LABEL_RE`), in order, when the line
    holds at least :data:`GLUED_STRIP_MIN_LABELS` labels in all or the label follows a digit."""
    starts = {m.start("label") for m in found}
    run_on = [
        m for m in _RUN_ON_LABEL_RE.finditer(key)
        if m.start() not in starts and not any(f.start() <= m.start() < f.end() for f in found)
    ]  # fmt: skip
    if len(found) + len(run_on) < GLUED_STRIP_MIN_LABELS:
        run_on = [m for m in run_on if key[m.start() - 1 : m.start()].isdigit()]
    if not run_on:
        return found
    return sorted([*found, *run_on], key=lambda m: m.start())


def _before_dated_field(line: str) -> str:
    """``line`` without the last field a bar or a middle dot sets apart when that field opens with a date
    (``Ein Artikel von X | 27.01.2022 - 12:45``): a byline's date after its names, which hid the credit before it
    from :data:`_TRAILING_BY_RE` (a name holds no digit); the line whole otherwise."""
    m = _LAST_FIELD_RE.search(line)
    dated = find_date(m.group("field")) if m else None
    return line[: m.start()] if m and dated and dated[1] == 0 else line


def _doubled(line: str) -> bool:
    """The line is one text twice (``by Xby X``, ``Sponsored LinksSponsored Links``): a widget's label written once
    per layout, glued by a text extractor; a byline credits its names once."""
    key = "".join(line.split())
    half = len(key) // 2
    return len(key) % 2 == 0 and half > 0 and key[:half] == key[half:]


def _roles_after_names(line: str, key: str) -> list[LabelledValue]:
    """The values of a line of credits each setting its role after the names (:data:`_ROLE_AFTER_NAMES_RE`:
    ``张三 李四 / 文``), ``key`` the line folded; [] unless such credits fill the whole line, one after another, and
    one of them is a field's (a photographer's credit alone is a caption's)."""
    out: list[LabelledValue] = []
    end = 0
    for m in _ROLE_AFTER_NAMES_RE.finditer(key):
        if m.start() != end:
            return []
        end = m.end()
        field = _ROLE_FIELDS.get(m.group("role"))
        if field:
            out.append(LabelledValue(field, m.group("role"), line[m.start("names") : m.end("names")]))
    return out if end == len(key) else []


def _glued_values(line: str) -> list[LabelledValue]:
    """The values of a meta strip whose parts open with labels run into their values (see
    :data:`_STRIP_BAR_RE`); [] unless :data:`GLUED_STRIP_MIN_LABELS` parts do."""
    out: list[LabelledValue] = []
    for part in _STRIP_BAR_RE.split(line):
        m = _GLUED_LABEL_RE.match(fold(part))
        if m:
            label = part[: m.end("label")]
            out.append(LabelledValue(_LABEL_TO_FIELD[m.group("label").lower()], label, part[m.end() :].strip()))
    return out if len(out) >= GLUED_STRIP_MIN_LABELS else []


#: A weekday's name before the date it opens, set apart by a comma (``Fri, ``, ``Tuesday, ``, ``Montag, ``, ``lundi,``):
#: English in full or cut to three letters, German, French, Spanish, Italian and Portuguese in full.
_WEEKDAY_RE = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|(?:segunda|terça|quarta|quinta|sexta)-feira)\.?,\s*",
    re.I,
)
#: The verb of a listing's sort control before a by-word (``Sort by: Direction:`` in a phpBB topic's display
#: options, ``Ordenar por: Fecha``): the words after it name a sort key, no author (magic-html forum-5d5c1f0e
#: credited 'Direction'), or a bar before it when the by-word opens a field (``Sort | By Date``).
_SORT_CONTROL_RE = re.compile(r"(?<![^\W\d_])(?:sort|order|ordenar|trier|ordina|classer)\s*[|｜]?\s*$", re.I)
#: A word opening in lower case: prose, where a line of names (an outlet, its city) has none.
LOWER_WORD_RE = re.compile(r"(?<![^\W\d_])[a-z]")
#: What may follow a labelled date that closes its line: the clock time (after a colon, a comma or ``at``) and a
#: zone's capitals (``November 29, 2016: 3:33 AM ET``, a business news site's stamp under its story); no word of
#: prose.
_CLOCK_TAIL_RE = re.compile(r"(?:[:,]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?\s*(?-i:[A-Z]{1,4})?", re.I)


def _label_allowed(m: re.Match[str], line: str) -> bool:
    """Labels need their own separator: ``：`` always, ``/`` after author labels (and a bar after a reporter's
    label, out of a menu: :data:`_REPORTER_LABELS`), a bar after source labels (``来源|X``), a space only for a bare
    ``记者 X`` or ``By X`` opening the line or a field of it after a spaced bar (``yas! | By Jane Doe | April 13,
    2020``: a viral site's header strip, its tag, byline and date, trafilatura-eval t0473) and followed by a name
    (``By the way`` is prose), an at-sign for a date label followed by a date (``posted @ 2011-03-07 23:12 飞林沙
    阅读(59890)``, the stamp a 2011 Chinese blog sets under its post: :data:`_LABEL_RE`), or for a date label opening
    the line and followed by a digit (``<strong>Datum</strong> 14.03.2023``: the markup sets the label apart where a
    colon would, as a German broadcaster's fact list under its story does, unseen-en8) or amid the line after names
    when its date closes the line (:func:`_closes_with_date`), in a line that is not one text twice (an ad widget's
    ``by Xby X``). No by-word of a sort control names an author (:data:`_SORT_CONTROL_RE`); a production credit's
    label counts after a colon before names only (:func:`_credits_names`)."""
    label, sep = m.group("label").lower(), m.group("sep").strip()
    if _LABEL_TO_FIELD[label] == "author" and _SORT_CONTROL_RE.search(line, 0, m.start()):
        return False
    if _LABEL_TO_FIELD[label] == "updated":
        return _opens_with_date(line, m)
    if _LABEL_TO_FIELD[label] == "crew":
        return sep in (":", "：") and _credits_names(line)
    if sep in (":", "："):
        return True
    if sep and sep in LABEL_BRACKET_CLOSERS:
        return _opens_bracketed_credit(line, m)
    if sep == "@":
        return _LABEL_TO_FIELD[label] == "date" and _opens_with_date(line, m)
    if sep and label in _REPORTER_LABELS:
        return _ITEM_MARK_RE.search(line, 0, m.start()) is None
    if sep:
        return label in _SLASH_LABELS or (sep in "|｜" and _LABEL_TO_FIELD[label] == "source")
    following = line[m.end() : m.end() + 1]
    starts = m.start() == 0 or _FIELD_OPENING_RE.search(line, 0, m.start()) is not None
    opens = label in _SPACE_LABELS and starts and (following.isupper() or has_han(following))
    dated = _LABEL_TO_FIELD[label] == "date" and (
        _closes_with_date(line, m)
        if m.start()
        else (following.isdigit() or _WEEKDAY_RE.match(line, m.end()) is not None) and _opens_with_date(line, m)
    )
    return (opens or dated) and not _doubled(line)


def _bracketed_value(field: str, value: str) -> bool:
    """Whether a bracketed label's value is a credit's: names for a person's field (:data:`_BRACKETED_NAMES_RE`),
    no clause for another (``【来源】新华社``), unlike the words an interview's speaker says after their role."""
    if field in _PEOPLE_FIELDS:
        return _BRACKETED_NAMES_RE.fullmatch(value) is not None
    return _CLAUSE_RE.search(value) is None


def _opens_bracketed_credit(line: str, m: re.Match[str]) -> bool:
    """Whether the bracketed label ``m`` opens a credit: the line's first (its opening bracket went with the line's
    edges), one after a space, or any in a line a bracketed credit opens (``【记者】张三【通讯员】李四``), not a word of
    prose set in brackets (``我们【记者】发现``)."""
    if m.start() == 0:
        return True
    before = line[: m.start()]
    if before[-1] not in "【[":
        return False
    rest = before[:-1]
    if not rest.strip() or rest[-1].isspace():
        return True
    first = _LABEL_RE.match(fold(line))
    return first is not None and first.group("sep") in LABEL_BRACKET_CLOSERS


def _credits_names(line: str) -> bool:
    """A production credit names its makers (``视频：邵阳广播电视台``): no clause's comma, no sentence's end. A
    video's note over the text is a title in a sentence (``视频：《山楂树》全球首映，张艺谋被逼问初恋。``, a 2010
    portal's story, unseen-zh25) and stays the text's."""
    return not ends_sentence(line) and "，" not in line and ", " not in line


def is_update_stamp(line: str) -> bool:
    """A meta line whose labelled values all say when the text was last revised (``Updated: 2024-05-20 14:41``):
    no publication date, whatever other date it prints."""
    values = labelled_values(line)
    return bool(values) and all(v.field == "updated" for v in values)


def _opens_with_date(line: str, m: re.Match[str]) -> bool:
    """A date opens the ``line`` after the label ``m`` (``Datum 14.03.2023``, ``Posted Fri, May 10, 2024``: a
    weekday and its comma may come first; ``Posted 3 weeks ago`` states none)."""
    rest = line[m.end() :].lstrip()
    hit = find_date(rest)
    return hit is not None and (hit[1] == 0 or _WEEKDAY_RE.fullmatch(rest[: hit[1]]) is not None)


def _closes_with_date(line: str, m: re.Match[str]) -> bool:
    """The date label ``m`` amid the ``line`` is followed by a date that closes it, a clock time and a zone at most
    after it (:data:`_CLOCK_TAIL_RE`), and only capitalised words (names: an outlet, a city) come before it:
    ``CNNMoney (New York) First published November 29, 2016: 3:33 AM ET``, the stamp under a business news site's
    story. Prose goes on after a date it names (``was published May 3, 2016 in a journal``) or has lower-case words
    before it (``It was published May 3, 2016``)."""
    rest = line[m.end() :]
    hit = find_date(rest)
    return (
        hit is not None
        and LOWER_WORD_RE.search(line, 0, m.start()) is None
        and not rest[: hit[1]].strip()
        and _CLOCK_TAIL_RE.fullmatch(rest[hit[2] :].rstrip()) is not None
    )


def closing_credit_values(paragraph: str) -> list[LabelledValue]:
    """The labelled staff credits in the brackets closing ``paragraph`` after its last sentence, before the filing
    date's code (:data:`_STAFF_CREDIT_RE`): ``……罰金。（編輯：張三）1120823`` credits the editor; or an agency's
    credits in brackets (:func:`agency_credit_values`), the editors it gives the contact of
    (:func:`contact_editor_values`) or the source a note names as the text's provider
    (:func:`provided_source_values`). The paragraph stays prose, the credit in it."""
    line = clean(paragraph)
    m = _CLOSING_CREDIT_RE.search(line)
    credit = m.group().rstrip("0123456789 ").strip("（()）") if m and ends_sentence(line[: m.start()]) else ""
    if _STAFF_CREDIT_RE.fullmatch(credit):
        return labelled_values(credit)
    return agency_credit_values(line) or contact_editor_values(line) or provided_source_values(line)


def provided_source_values(paragraph: str) -> list[LabelledValue]:
    """The source a note closing ``paragraph`` in brackets names as the text's provider (:data:`_PROVIDED_NOTE_RE`),
    alone or after the last sentence: ``……效率。（本文訊息由高通提供）`` credits 高通. [] unless the note's bracket
    is the last one and closes the paragraph."""
    line = clean(paragraph)
    m = _PROVIDED_NOTE_RE.search(fold(line))
    if not m or not line.endswith(("）", ")")) or max(line.rfind("（"), line.rfind("(")) != m.start():
        return []
    if m.start() and not ends_sentence(line[: m.start()]):
        return []
    return [LabelledValue("source", PROVIDED_LABEL, line[m.start("name") : m.end("name")])]


def contact_editor_values(paragraph: str) -> list[LabelledValue]:
    """The editors a closing contact line names (:data:`_CONTACT_EDITORS_RE`), without their e-mail addresses:
    ``To contact the editors responsible for this story: X at x@example.net Y, Z`` credits X, Y and Z."""
    m = _CONTACT_EDITORS_RE.match(clean(paragraph))
    names = _AT_EMAIL_RE.sub(", ", m.group("names")).strip(" ,;") if m else ""
    return [LabelledValue("editor", "To contact the editors", names)] if names else []


def agency_credit_values(paragraph: str) -> list[LabelledValue]:
    """The authors and the editor an agency's credits in brackets name (:data:`_AGENCY_CREDITS_RE`), closing
    ``paragraph`` alone or after its last sentence: ``(Reporting by X in Bangkok; Editing by Y)`` credits X as the
    author and Y as the editor. [] unless every part of the bracket is such a credit."""
    line = clean(paragraph)
    m = _AGENCY_CREDITS_RE.search(line) if line.endswith(")") else None
    if not m or (m.start() and not ends_sentence(line[: m.start()])):
        return []
    out: list[LabelledValue] = []
    for part in m.group("credits").split(";"):
        credit = _AGENCY_CREDIT_RE.match(part.strip())
        if not credit:
            return []
        field = _AGENCY_ROLE_FIELDS.get(" ".join(credit.group("role").lower().split()))
        if field:
            out.append(LabelledValue(field, AGENCY_CREDIT_LABEL, _FILED_IN_RE.sub("", credit.group("names"))))
    return out


def is_meta_line(text: str) -> bool:
    """A line made of labelled values, or a byline, rather than prose. A long line whose sentences end before a
    closing credit in brackets is prose (:data:`_CLOSING_CREDIT_RE`), and an agency's credits in brackets are
    the text's closing line (:func:`agency_credit_values`); a credit phrase and names closed by a full stop
    (:data:`_CREDIT_PHRASE_RE`) is a credit, not a sentence."""
    line = clean(text)
    phrased = _CREDIT_PHRASE_RE.fullmatch(line) is not None
    if ends_credited_sentence(line) and len(line) > LIST_HEADING_MAX_CHARS * 2 and not phrased:
        return False
    if agency_credit_values(line):
        return False
    return bool(labelled_values(line)) or ("@" in line and email_byline(line) is not None)  # an address has its @
