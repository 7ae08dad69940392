"""Stage 4 of the selection: which blocks inside the chosen container are the article's text.

Link lists and blocks that are boilerplate by hint or by wording are dropped (prose under a furniture hint only when
boxes of that kind hold little of the article's prose; list items that are linked sentences stay when article prose
follows them, and so do a web or e-mail address the text prints, a sentence naming its links as a list's items, the
linked entries going on with the count of the text's numbered list and the linked lines of a list the text marks between
its paragraphs, and in a thread a post's line labelling its one link or printing the addresses it links); so are a
slideshow set in the text, an embed's placeholder left unrendered (``[Embed]``) or its credit line (``A photo posted by
X (@x) on …``) and runs of tiny lines (a widget's, not one paragraph's lines nor the text's own lines closing the run);
in a thread, so are the short lines outside the posts (author, date, counters, a count alone) unless a line of prose
shares their paragraph (or their element, its own lines running unbroken), a post's info line giving its date and clock
time or its age (a motto in brackets aside), its edit note, a signature set beside its text (not among its paragraphs),
and what follows its last post; a deleted or hidden post's notice (its engine's stand-in for the text), a post's
reactions line (the members who thanked or liked it) and a thread's summary notice (its count of replies and when it
last moved) go anywhere; in an article, a pull quote or a list whose every item is a sentence, lifted from the text
(with the short heading over it), and a card for another story (an ``<article>`` element under a linked title, or an
element classed as a teaser under a linked heading); headings and label lines over what was dropped go with it, and so
do short lines left alone in a box whose other lines went. A lead paragraph set apart just above it joins it, and so
does the one the page's own summary opens past a fact box of short lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from newsmend.blocks import Block, Page
from newsmend.content.growth import Choice, declares_article
from newsmend.content.paths import (
    BYLINE_WORDS,
    CODE_TAGS,
    HEADINGS,
    QUOTE_WORDS,
    REPLY_WORDS,
    SIGNATURE_WORD,
    TABLE_CELLS,
    block_demotion,
    class_tokens,
    containers,
    element_kind,
    kind_path,
    label_classes,
    label_hint,
    label_tag,
    label_tokens,
    names_reply,
    path_demotion,
    signed_post,
    story_element_at,
)
from newsmend.content.values import (
    AGE_UNIT,
    CJK_RELATIVE_AGE,
    LIST_MARKS,
    MAX_LINK_DENSITY,
    PICTURE_EXTENSIONS,
    PROSE_MIN_CHARS,
    RELATIVE_AGE,
    SENT_TO_READERS,
    SIGN_UP,
    Stats,
    nonspace_chars,
    slideshow_in_text,
)
from newsmend.datetext import ANY_YEAR, year_first, year_last
from newsmend.html.parse import ITEM_MARK
from newsmend.repair.convert import converter, is_han

#: Prose under a furniture hint inside the article stays when the boxes of that kind hold at least this share
#: of the article's prose (an oddly named wrapper, a listicle's item footers), else they are boxes in it (related
#: posts with excerpts, an author bio): readability-testpages non-zh +0.0021, magic-html non-zh +0.0015,
#: trafilatura-eval non-zh +0.0015, fundus non-zh +0.0009, zh pooled -0.0002. 0.15 gains less, 0.35 drops the
#: body of a page under a "footer" wrapper; boxes counted one by one instead of by kind cut up a listicle.
HINTED_BOX_SHARE = 0.25
#: Hint words of a media player's box, whose short lines are its status and error lines at any share
#: (``很抱歉，当前视频播放失败``, ``错误代码：…``: a quarter of a short video page's caption, magic-html zh) ...
_MEDIA_BOX_TOKENS = frozenset(("player",))
#: ... when they are shorter than this (the player box of another magic-html page holds the video's transcript,
#: sentences of 80-300 characters; the status lines seen are 12-20).
MEDIA_STATUS_MAX_CHARS = 40
#: Words of a furniture box laid over the page (``div.subscribe_overlay``: a registration wall set in a magazine's
#: post after its free paragraphs, a quarter of the text): its lines go at any share. Only a box already named as
#: furniture (:func:`_hinted_box`) counts, so a page wrapper named ``#overlay`` (USA Today's) keeps its article.
_OVERLAY_BOX_TOKENS = frozenset(("overlay",))
#: Characters (non-space) a quoted block must hold to be read as a pull quote repeating the text: a shorter one
#: (a word or two set big) may match any paragraph by chance. The pull quotes seen run 40-200.
PULL_QUOTE_MIN_CHARS = 25
#: A pull quote may lift a sentence cut short: its words stand in one paragraph, in their order, in runs of at least
#: this many words (``… about human motive, [venality, capacity for double-crossing,] and yet still come to work
#: every day``, a 2014 political magazine's letter, forty-fourth audit) ...
PULL_QUOTE_RUN_MIN_WORDS = 4
#: ... and at most this many runs: a quotation made of many short pieces of a paragraph is a paraphrase's, not
#: a lifted sentence ...
PULL_QUOTE_MAX_RUNS = 3
#: ... when the quote holds this many words or more: a shorter one set in a quotation's element is a title (a
#: table's ``Most active OpenOffice developers`` in a news weekly's ``blockquote``, readability-testpages lwn-1,
#: whose next paragraph says ``the most active OpenOffice developers``); the pull quotes seen hold 18-25.
PULL_QUOTE_MIN_WORDS = 8
#: A word as a pull quote and its paragraph are compared word by word: letters, digits and the marks inside a word.
_QUOTE_WORD_RE = re.compile(r"\w+(?:['’\-]\w+)*")
#: Marks a pull quote may set around the words it lifts from a paragraph ...
_QUOTE_MARKS = "\"'“”‘’«»„ "
#: ... and the stop it may close them with where the paragraph's sentence goes on (``… work and pray.`` lifted
#: from ``… work and pray, ranging from …``).
_SENTENCE_STOPS = ".!?…"
#: The lead set apart above the body joins it when it is prose of at least this many characters (40 and 80
#: score alike on the non-zh dev sets; 80 loses short Chinese leads)...
RECOVER_MIN_CHARS = 40
#: ...with fewer than this many other blocks between it and the body (an author, a date, a reading time): 3 -> 4
#: trafilatura-eval non-zh 0.9139 -> 0.9170, readability +0.0003, magic-html non-zh -0.0001, fundus non-zh
#: -0.0005; 5 loses magic-html non-zh 0.0018 more (its labels leave standfirsts out).
RECOVER_GAP = 4
#: Class words of the element of a standfirst set under the headline, recovered above the body even when it is no
#: prose (:func:`_names_summary`). Not ``desc``/``description``: a photo's description is named so (readability's
#: aktualne page, ``div.article__photo__desc``). The French press calls the standfirst the chapô (``chapeau``): a
#: French international broadcaster's Chinese story sets its lead in ``p.t-content__chapo`` (audit 19).
_DECK_TOKENS = frozenset(
    ("standfirst", "dek", "deck", "lede", "subtitle", "subhead", "summary", "excerpt", "intro", "chapo", "chapeau")
)
#: Blocks above the point where the walk for the lead gave up (:data:`RECOVER_GAP`) searched for a block named as
#: a deck (:func:`_deck_above`): the Guardian's standfirst stands 8 blocks above its text (a video caption, the
#: byline, five share buttons).
DECK_REACH = 6
#: ...and searched for the block the page's own summary opens (``og:description``) in Han text (:func:`_far_lead`):
#: a fact box of name/value lines between the lead and the text (a Chinese encyclopedia's entry: 16 lines of
#: ``中文名``, ``别 名``, ``所属地区``… under its lead, magic-html article-21475f4b 0.884 -> 0.946, the one dev page
#: that changes). 14 misses that lead (15 blocks beyond); 30 also takes a Japanese magazine's standfirst above its
#: table of contents, 19 blocks over its text, which magic-html's label leaves out (article-ae46e665 0.926 -> 0.909).
SUMMARY_REACH = 16
#: A widget is a run of at least WIDGET_RUN consecutive non-prose blocks shorter than WIDGET_MAX_CHARS
#: (a video player's "2.0X / 1.5X / 高清 / 标清" or "点赞 / 收藏 / 分享"); headings and datelines come alone.
WIDGET_RUN = 4
WIDGET_MAX_CHARS = 10
#: A heading over no kept text is a box title when at most this long ("Related articles", "Share this:", "Das
#: könnte Sie auch interessieren!"); the longer ones on the dev pages (trafilatura-eval, 60-100 characters)
#: are pull quotes and interview questions set as headings.
BOX_TITLE_MAX_CHARS = 50
#: A date with its month in words, day first or month first (vBulletin's ``24 Apr 18``, ``May 10, 2024``, ``July
#: 5th, 2023``): what a post's stamp gives with its clock (:data:`_POST_STAMP_RE`) and an edit note opens or closes
#: with (:data:`_EDIT_NOTE_RE`). The month is any word of its length (``Sept``, ``September``), no name list being
#: at hand below the fields.
_WORDED_DATE = r"(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{2,4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
#: A post's info line in a thread: a date with its clock time (``2024-04-07 02:34:58``, ``2024/5/13 8:44``), the
#: year last too, slashed or dotted (``5/21/2024 4:47:57 AM``, ``21.05.2024 14:33``, spaced as the date reader reads
#: it: ``21. 5. 2024 14:33``), its year in two digits too (the numeric shapes are :mod:`newsmend.datetext`'s, which
#: the date reader builds its own from), the month in words too (:data:`_WORDED_DATE`: vBulletin's ``24 Apr
#: 18,, 23:50``, ``on May 10, 2024, 10:23 am``), or the post's age (``ahaha - 2 years ago (last modified 2 years
#: ago)``, ``asked an hour ago by X``; in Chinese, :data:`~newsmend.content.values.CJK_RELATIVE_AGE`: a Q&A site's
#: ``歪哦釉 | 83 | 1周前``, the asker, reputation and age over the question)...
_POST_STAMP_RE = re.compile(
    r"(?<!\d)(?:(?:"
    + "|".join((year_first(), year_last("/", ANY_YEAR), year_last(r"\.", ANY_YEAR, gap=r"\s?")))
    + "|" + _WORDED_DATE + ")"
    r"[,\s]+(?:at\s+)?\d{1,2}:\d{2}"
    rf"|{RELATIVE_AGE}\b|{CJK_RELATIVE_AGE})"
)
#: A sentence's full stop (a label's colon and a list's comma are an info line's marks: ``Posted by: X, 5/21/2024``).
_FULL_STOP = re.compile(r"[。！？]|[.!?](?=\s|$)")
#: ...on a line no longer than this that is no prose, beside the poster's name, votes and place (a film site's short
#: reviews: ``3302 有用 小咸鱼 看过 2024-04-07 02:34:58 江苏``, 30-40 characters; an edit note, 35).
POST_INFO_MAX_CHARS = 60
#: An aside in brackets, ASCII or full-width (a poster's motto beside the name on a post's info line).
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
#: A post's edit note in a thread: the board's stamp saying who last changed the post and when, the words opening
#: the line (phpBB's ``Last edited by X on 29 Jan 2014 19:53, edited 1 time in total.``, vBulletin's ``Last edited by
#: X; 22 Apr 22,, 09:08.``, XenForo's ``Last edited: Jan 3, 2020``, SMF's ``« Last Edit: …``, Invision's ``Edited by
#: X, …``, and, dated first, ``Edited July 5, 2023 by X``, ``Edited 3 hours ago by X``; Vanilla's stamp and note
#: in one, ``March 2, 2022 edited March 2, 2022``), their German, Dutch, French, Italian, Spanish and Portuguese
#: wordings, Discuz!'s ``本帖最后由 X 于 … 编辑``). No labelled dev thread keeps one (magic-html forum-717e9d39 drops
#: its vBulletin note, forum-44996889 two dated-first Invision notes). The date such a note opens or closes with is
#: :data:`_WORDED_DATE` (``July 5, 2023``, ``5 July 2023``).
_EDIT_NOTE_RE = re.compile(
    rf"«?\s*(?:last\s+edit|edited\s+by\b|(?:{_WORDED_DATE}\s+)?edited\s+(?:on\s+)?(?:{_WORDED_DATE}"
    rf"|\d+\s+{AGE_UNIT}\s+ago)(?:[^.!?]{{0,25}}?\bby\b|\s*$)"
    r"|zuletzt\s+(?:bearbeitet|geändert)\b|laatst\s+bewerkt\b"
    r"|dernière\s+(?:édition|modification)\b|ultima\s+modifica\b|última\s+(?:edición|edição)\b"
    r"|editado\s+(?:por|pela)\b|本帖最[后後]由)",
    re.I,
)
#: ...on a line no longer than this that holds a digit (the note's date): the notes seen run 25-75 characters; a
#: reply's sentence that opens so (``Edited by hand, the file …``) runs on, and dates nothing.
EDIT_NOTE_MAX_CHARS = 90
#: A count of a thread's replies as a whole line: a number (``1,139``, ``15.4K``) and a reply word
#: (:data:`~newsmend.content.paths.REPLY_WORDS`, and the same words in the other languages of the dev sets' Latin-script
#: pages: German, French, Spanish, Portuguese, Italian, Dutch). Stack Exchange and other Q&A engines head the answers
#: with ``2 Answers`` (its Portuguese site ``5 Respostas``: seventy-ninth audit); no labelled dev body holds such a
#: line, seven dev bodies did.
_REPLY_COUNT_WORDS = REPLY_WORDS | frozenset(
    (
        *("antwort", "antworten", "kommentar", "kommentare"),
        *("réponse", "réponses", "commentaire", "commentaires"),
        *("respuesta", "respuestas", "comentario", "comentarios"),
        *("resposta", "respostas", "comentário", "comentários"),
        *("risposta", "risposte", "commento", "commenti"),
        *("antwoord", "antwoorden", "reactie", "reacties"),
    )
)
_REPLY_COUNT = rf"\d[\d.,]*[KkMm]?\s+(?:{'|'.join(sorted(_REPLY_COUNT_WORDS))})\s*$"
#: A widget's stand-in until its script runs: a loading message as the whole line, after at most one word of the
#: button it will be (WordPress's likes widget prints ``Like Loading...`` under its ``Like this:`` label, which goes
#: with it; German blogs ``Liken Lade …``; a poll ``Loading ...``; Chinese pages ``加载中``, Taiwanese ``載入中``). A
#: Latin word needs its ellipsis: two labelled dev bodies keep a bare ``Loading`` line. Over the 798 dev pages 6
#: bodies lose such lines, none of them labelled text. An English one naming the widget it stands for, after at
#: most one word, needs none (``Loading Photo Gallery`` in a gallery's box inside a local news story's text,
#: unseen-en30).
_LOADING = (
    r"(?:\S+\s+)?(?:(?:Loading|Lade|Laden|Chargement|Cargando|Carregando|Caricamento)\s*(?:\.{3}|…)"
    r"|Loading\s+(?:\w+\s+)?(?:gallery|slideshow|player|video|photos|comments)\s*(?:\.{3}|…)?"
    r"|(?:加载|载入)中(?:\.{3}|…)?)\s*$"
)
#: A forum's prompt to sign in before taking part, as the whole line: ``You must be logged in to reply to this
#: topic.`` (bbPress), ``Please Login or Register to create posts and topics.`` (Asgaros), ``Please Log in or Create
#: an account to join the conversation.``, ``Please Sign up or sign in to vote.`` (a Q&A site's rating box), Stack
#: Exchange's ``You must log in to answer this question.`` under the answers (its Portuguese site's ``Você deve fazer
#: log-in para responder a esta pergunta.``, its Spanish one's ``Debes iniciar sesión para responder …``: seventy-ninth
#: audit), after a short sentence greeting the visitor too (Vanilla's ``It looks like you're new here. Sign in or
#: register to get started.``): the engine's wording for a visitor, no post's. A bare ``Register to vote …`` is a
#: sentence of an election story.
_SIGN_IN = (
    r"(?:[^.!?]{1,40}[.!]\s+)?"
    r"(?:(?:you must (?:be )?(?:logged|signed|log|sign) in|(?:please\s+(?:log\s?in|sign\s?in|sign\s?up|register)"
    r"|(?:log|sign)\s?in)\b[^.!?]{0,30}?)\s+to (?:reply|comment|post|create|vote|participate|join|answer|get started)"
    r"|(?:você )?deve fazer log-?in para (?:responder|comentar|participar)"
    r"|debes iniciar sesión para (?:responder|comentar|participar))\b[^.!?]{0,40}[.!]?\s*$"
)
#: The Chinese words for replying (commenting, posting) and for logging in, which a board's sign-in prompt pairs
#: (:data:`_SIGN_IN_ZH`).
_REPLY_ZH = "(?:回复|回應|回应|回覆|评论|評論|发言|發言|回帖|发帖|發帖)"
_LOG_IN_ZH = "(?:登录|登錄|登入)"
#: The sign-in prompt (:data:`_SIGN_IN`) on Chinese boards, as the whole line: ``回应请先 登录 , 或 注册`` (to
#: reply, first log in or sign up: a 2008 Douban group topic under its replies, seventy-eighth audit), Discuz!'s
#: ``您需要登录后才可以回帖 登录 | 立即注册``, ``请登录后再评论``: a word for replying and one for logging in, in
#: either order, with a few words after (the prompt's links). A post asks no one to log in to reply.
_SIGN_IN_ZH = (
    rf"(?:.{{0,4}}{_REPLY_ZH}\s*请先\s*(?:{_LOG_IN_ZH}|注册|註冊)"
    rf"|.{{0,4}}(?:请先?|請先?|需要?)\s*{_LOG_IN_ZH}\s*(?:后|後|以后|以後)?\s*(?:才(?:可以|能))?\s*再?\s*"
    rf"{_REPLY_ZH})[^。！？]{{0,20}}$"
)
#: A prompt to press the page's share button, as the whole line: ``Share this with all of your girlfriends by
#: clicking the Share button below.`` closing a 2014 viral site's post (sixty-first audit): the site's call to its
#: visitor: a story's sentence names no button of the page it stands in.
_SHARE_PROMPT = (
    r"share (?:this|it)\b[^.!?]{0,60}?\b(?:click|tapp?|press)(?:ing)? the share button\b[^.!?]{0,20}[.!]?\s*$"
)
#: A prompt to sign up for the site's newsletter, as the whole line, one short sentence before it at most: ``Can't
#: get enough of Us? Sign up now for the Us Weekly newsletter packed with the latest celeb news, hot pics and more!``
#: closing a 2016 celebrity weekly's story (eighty-ninth audit), ``Sign up for CNN Opinion's newsletter.`` (magic-html
#: article-8eb264e2, whose label leaves it out, as article-5319d331's leaves Mashable's): the site's call to its
#: visitor; a story's sentence about a newsletter goes on past the invitation or names no sign-up. The sign-up's
#: wording is the one the fields' site notices read (:data:`~newsmend.content.values.SIGN_UP`, what it offers
#: :data:`~newsmend.content.values.SENT_TO_READERS`: ``Sign up for our email alerts.`` too).
_NEWSLETTER_PROMPT = (
    rf"(?:[^.!?]{{0,60}}[.!?]\s+)?{SIGN_UP} [^.!?]{{0,60}}?\b{SENT_TO_READERS}\b[^.!?]{{0,80}}[.!]?\s*$"
)
#: The post a deleted or hidden post's notice names (``This comment``, ``Post``), and who took it away (``by a
#: moderator``): one wording for both notices below.
_NOTICED_POST = r"(?:this )?(?:comment|post|reply|message|answer)"
_REMOVER = r"(?:the|its) author|a moderator|the moderators?"
#: A deleted or hidden post's stand-in, as the whole line: the engine's notice where the post's text was
#: (``该评论已删除`` among a Q&A thread's nested replies, NodeBB's ``此回复已被删除！``, reddit's ``[deleted]``, ``This
#: comment has been removed by a moderator.``) or where it folded the post away (CareerCup's ``Comment hidden because of
#: low score. Click to expand.`` over each voted-down answer): the notice is no one's words.
_DELETED_POST = (
    r"(?:(?:该|該|此|这|這|这条|這條)?(?:评论|評論|回复|回覆|回帖|帖子|楼层|樓層|回答|留言)(?:已经?|已經)被?(?:删除|刪除|屏蔽)"
    r"|\[(?:deleted|removed)\]"
    rf"|{_NOTICED_POST} (?:has been|was) (?:deleted|removed)(?: by (?:{_REMOVER}))?"
    rf"|{_NOTICED_POST} (?:(?:is|was|has been) )?(?:hidden|collapsed)"
    rf"(?: (?:because of|due to|for) (?:a )?low (?:score|rating)| by (?:{_REMOVER}))?"
    r"(?:\s*[.!]\s*(?:click|tap) (?:here )?to (?:expand|show|view|see)(?: it)?)?)\s*[.!。！]?\s*$"
)
#: A post's reactions, as the whole line: the board's list of the members who thanked, liked or reacted to a post
#: under it (Kunena's ``The following user(s) said Thank You: a, b, c``, vBulletin's ``The Following 2 Users Say
#: Thank You to X For This Useful Post:``, Asgaros's ``a and b have reacted to this post.``, a news forum's ``87 people
#: like this.``): the engine's tally of a button's presses, no poster's words. A count of people opens the liking
#: line, so that a sentence saying what people like stays.
_REACTIONS = (
    r"(?:the following (?:\d+ )?(?:users?|members?)(?:\(s\))? (?:said|says?|would like to) thanks?\b(?: you)?"
    r"[^:]{0,60}:.*"
    r"|[^.!?]{1,200} (?:has|have) reacted to this (?:post|comment|reply|message|topic|answer)"
    r"|(?:\d[\d,.]*[km]?|one|a) (?:people|persons?|users?|members?|others?) (?:like|likes|liked) this"
    r"(?: (?:post|comment|reply|message|answer))?)\s*[.!]?\s*$"
)
#: A thread's summary notice, as the whole line: the engine's count of the topic's posts and posters and when it last
#: moved (bbPress's ``This topic has 4 replies, 2 voices, and was last updated 1 year ago by Kenny.``, set over and
#: under the posts; ``This forum has 12 topics, 40 replies, and was last updated …`` on a forum's page), no poster's
#: words. Four magic-html forum pages print it; no label keeps it. ``{1,120}`` bounds what follows ``last updated``,
#: when the topic moved and by whom, up to a stop: 19 to 36 characters on those four pages (``1 year ago by Kenny``,
#: ``4 years, 4 months ago by thompsonmax``), a poster's long name well inside it; a line going on for more is prose.
_THREAD_SUMMARY = (
    r"this (?:topic|forum|thread) has \d[\d,.]* [^\W\d]+(?:, \d[\d,.]* [^\W\d]+)*,? and was last updated "
    r"[^.!?]{1,120}[.!]?\s*$"
)
#: A spoiler toggle's label (see :data:`_BOILERPLATE`): the button that shows a post's hidden part, not its text.
_SPOILER_TOGGLE = (
    r"(?:reveal|show|hide|view)\s+(?:(?:the\s+)?hidden\s+contents?|(?:the\s+)?spoilers?)|spoilers?|(?:显示|查看)隐藏内容"
)
#: Whole-line wording that is no text however the block's measures read it (an ellipsis or a full stop makes these
#: lines prose, which the other wording spares), also above the body, where a lead is looked for.
_PROMPT_LINE = re.compile(
    f"(?:{_LOADING}|{_SIGN_IN}|{_SIGN_IN_ZH}|{_SHARE_PROMPT}|{_NEWSLETTER_PROMPT}|{_DELETED_POST}|{_REACTIONS}"
    f"|{_THREAD_SUMMARY})",
    re.I,
)
#: UI wording that marks a block as page furniture, in Chinese and English (generic labels, not site strings).
#: ``播报`` (read aloud) and ``编辑`` (edit) only as the whole line: the buttons an online encyclopedia sets beside
#: every section title (magic-html article-21475f4b 0.852 -> 0.884, no other dev page changes); ``编辑：`` opens an
#: editor's credit, which the fields read. ``观看视频``/``观看影片`` (watch the video) labels a player, often with
#: its length (``觀看影片 07:12`` closing a Japanese broadcaster's traditional-script feature: unseen-zh17). A count
#: of replies as the whole line (``2 Answers``, ``15 Comments``: :data:`_REPLY_COUNT`) is a thread's counter, a
#: heading between the question and its answers. ``What's this?`` as the whole line is a help link's label beside a
#: widget (a 2016 tech news site's share-velocity graph, whose ``div.caption`` it is: it was listed as a photo
#: caption, unseen-en15); so are ``Open`` and ``Close`` as the whole line, a toggle's labels (a 2014 business news
#: site's ``span.caption_tab`` opening its lead picture's caption was listed as one, unseen-en26); so is a spoiler
#: toggle's label (``Reveal hidden contents``, ``Show spoiler``, ``Spoiler``: Invision sets one over every hidden
#: answer of a puzzle thread, magic-html forum-44996889, four lines, unlabelled; ``显示隐藏内容``). ``Sponsored``,
#: ``Anzeige``, ``Werbung`` as the whole line label an ad slot set between the paragraphs (an Indian portal's native
#: ad, a Bavarian daily's: 4 dev bodies lose such lines, none labelled text; magic-html article-b6c37cfc 0.948 ->
#: 0.976). ``Story continued below`` (``Story continues below advertisement``, ``Article continues below``) as the
#: whole line is the same slot's label in the sentence some templates print over it (a 2016 politics site's
#: ``p.story-continued`` between a story's second and third paragraphs, eighty-third audit; no dev page holds one).
#: A loading message as the whole line (:data:`_LOADING`) is a script's stand-in, a sign-in prompt
#: (:data:`_SIGN_IN`) a forum engine's. A web statistics counter's label as the whole line, or before its readings
#: after a bar (``站长统计 | 今日IP[1234] | 今日PV[5678]``: CNZZ's widget in a Chinese footer; 全景统计, 百度统计,
#: 量子统计, CNZZ, 51LA, named by their products, since ``人口统计`` alone may be a paragraph's sub-head) is the
#: counter's widget. ``阅读下一篇`` (``阅读下一则``, ``点击阅读下一条``: click to read the next story) labels a pager
#: as ``下一篇`` does (a 2024 Taiwanese news site's next-story box under its tags, unseen-zh26). ``本回答由``
#: and ``本回答被`` (this answer was … by) open a Q&A engine's note on how an answer was chosen under it
#: (``本回答由电脑网络分类达人 郭强推荐``, ``本回答被提问者采纳``: a 2016 Q&A page's best answer, sixty-seventh
#: audit), no answer's text. ``免责声明``, ``特别声明``, ``版权声明`` as the whole line head a notice's box (a 2018
#: Q&A portal's column sets ``特别声明`` over its disclaimer under each post, the same audit): the notice's label, which
#: the fields read as its notice is read, no text's sub-head.
_BOILERPLATE = re.compile(
    r"^(?:分享到|分享至|上一篇|下一篇|(?:点击)?阅读下一[篇则条]|相关推荐|相关阅读|相关新闻|相关文章|热门推荐|"
    r"热门文章|热点新闻|猜你喜欢|延伸阅读|推荐阅读|扫一扫|扫描二维码|打开APP|打开客户端|点击进入|发表评论|网友评论|"
    r"查看评论|我要评论|观看(?:视频|影片)|返回顶部|返回首页|举报|收藏|点赞|关注我们|Share|Tweet|Related|Read more|"
    r"Advertisement|Sign up|Log in|Subscribe|"
    rf"(?:播报|编辑|(?:免责|特别|版权)声明|What['’]?s this\?|Open|Close|Sponsored|Anzeige|Werbung|{_SPOILER_TOGGLE}"
    r"|(?:story|article) continue[sd] below(?: (?:the )?advertisement)?)\s*$|"
    rf"{_REPLY_COUNT}|"
    rf"{_LOADING}|{_SIGN_IN}|"
    r"(?:站长|全景|百度|量子|cnzz|51la)统计\s*(?:[|｜].*)?$|本回答(?:由|被))",
    re.I,
)
#: A slider's arrow as the whole line, outside a table's cells (a 2016 agency story's three-picture slider set
#: ``div.slider-left`` and ``div.slider-right`` on each slide: six lines of its text, seventy-seventh audit); in a
#: cell the word is a value (an encyclopedia's infobox, ``Driving side`` ``left``: readability-testpages
#: wikipedia-2).
_ARROW_LINE = re.compile(r"^(?:Left|Right)\s*$", re.I)
#: An embed's placeholder as the whole line: the word in brackets an editor's embed (a tweet, a video, a picture)
#: leaves where its script did not run (a 2016 lifestyle listicle's ``<attachment data-type="embed">[Embed]
#: </attachment>``, four lines between its numbered tips, eighty-fifth audit): no text of the article, in a table
#: cell too.
_EMBED_PLACEHOLDER = re.compile(
    r"^\[(?:Embed|Embedded content|Tweet|Video|Image|Photo|Gallery|Iframe|Instagram)\]\s*$", re.I
)
#: An embedded social post's credit line as the whole line, the poster's name and handle and the day it was posted:
#: ``A photo posted by xoxo, Joanne (@ladygaga) on Dec 5, 2016 at 9:10am PST`` under a picture embedded in a 2016
#: celebrity weekly's story (eighty-ninth audit), ``A post shared by X (@x) on …``: the embed's furniture, which
#: its code prints under the post, no sentence of the article. Read in its case, where the placeholder is not: the
#: placeholder's word is one an editor or a publishing system types (``[embed]``, ``[Embed]``, ``[TWEET]``), the
#: credit the embed code's own sentence, printed in one case (each of its six occurrences in the dev pages and the
#: fixtures: ``A post shared by``, ``A photo posted by``).
_EMBED_CREDIT = re.compile(r"^A (?:photo|video|post) (?:shared|posted) by [^()\n]{1,80}\(@[\w.]+\) on \w.{0,60}$")
#: An affiliate disclosure as a line of its own, one sentence saying the site may earn a commission, alone or from
#: the links or purchases it names (``We may earn a commission from links on this page.`` over a science roundup's
#: text, ``G/O Media may get a commission`` over a sports blog's shopping box, unseen-en16; a forum's ``This site may
#: earn a commission from merchant links like Ebay, Amazon, and others.`` between its posts): the site's notice, not
#: the text, punctuated like prose. A commission of a stated kind (``may earn a commission of 5% on each sale``) is
#: a text's subject.
_DISCLOSURE_LINE = re.compile(
    r"^[^.!?]{0,40}\bmay (?:earn|get|receive|make) (?:a )?(?:small )?commission"
    r"(?: (?:from|on|through|via|for|if|when)\b[^.!?]{0,90}"
    r"\b(?:links?|purchases?|buy|products?|affiliates?)\b[^.!?]{0,60})?"
    r"[.!]?$",
    re.I,
)
#: Characters at a block's start read for that wording, in simplified form (the longest word is 13 characters):
#: traditional pages print the same labels (``相關新聞``, ``延伸閱讀``, ``猜你喜歡``).
BOILERPLATE_PREFIX_CHARS = 16
#: Short lines that are text alone in their element: headings (:func:`_drop_empty_headings` judges them) and table
#: cells (data).
_KEPT_SHORT_TAGS = HEADINGS | TABLE_CELLS
#: Cells of a table inside the article are data even when they are links (a filmography, a list of results):
#: readability-testpages non-zh 0.9354 -> 0.9387, other sets within 0.0003. Linked paragraphs are not ("Read
#: also: ..." teasers inside the body; keeping them lost trafilatura-eval 0.004 and fundus 0.019).
_LINKED_TEXT_TAGS = TABLE_CELLS
#: Elements whose links may dominate and still be text when they carry PROSE_MIN_CHARS of their own: all sets
#: gain (readability-testpages non-zh +0.0021, magic-html non-zh +0.0017, fundus non-zh +0.0062, zh pooled
#: +0.0006) but trafilatura-eval (-0.0005, one leak); with ``div`` too magic-html gains 0.0008 less.
_ANNOTATED_LINK_TAGS = frozenset(("p", "li"))
#: A line that is a web address alone (its own link's text, as a forum prints a pasted address): the text shows the
#: reader where to look (a reply's "You can see the views here:" above it, a post's sources); a related story or a
#: menu item is linked by its title. Over the 798 dev pages 18 bodies gain such lines, 12 magic-html pages better
#: (forum-58167e71 0.775 -> 0.992, forum-4d0c2c01 0.925 -> 0.995, forum-62846b49 0.485 -> 0.619), two worse (a
#: columnist's page after an article, article-9c962e02 0.957 -> 0.951; forum-539e0253, whose labels stop before the
#: post holding the address, 0.398 -> 0.394); magic-html non-zh 0.86216 -> 0.86508, zh 0.92336 -> 0.92369,
#: readability-testpages 0.96864 -> 0.96872 (lazy-image-1's sources), trafilatura-eval snippets unchanged. An e-mail
#: address alone is one too, ``@`` or its spelled-out ``(at)`` (a university's press release closing with its
#: contacts' obfuscated ``naugustin(at)geomar.de`` links, twenty-third audit, lost them and kept the names): 2 dev
#: pages change, trafilatura-eval t0595 keeps its press contact's line beside its web address, readability-testpages
#: medium-1 its writer's address, which the byline reader then takes (its body as before).
_ADDRESS_LINE = re.compile(r"(?:https?://|www\.)\S+|[\w.%+-]+(?:@|\s?[(\[]at[)\]]\s?)[\w-]+(?:\.[\w-]+)+", re.I)
#: ...unless it is an image file's address: a gallery's link printing its file, no text (a forum's uploads,
#: magic-html forum-5b0ef856 0.765 -> 0.749 without this exception).
_IMAGE_FILE = re.compile(rf"\.(?:{PICTURE_EXTENSIONS})$", re.I)
#: A line that is a count alone (``2``, ``15.4K``, ``1,139``, ``504万``): in a thread, outside the post it was found
#: from, a vote, view or reply counter, whatever kind of element holds it: a Q&A engine prints each comment's score in
#: the comment's own ``li.comment`` (comments stay, :attr:`Choice.comments`), an atomic-CSS page's counters share the
#: posts' meaningless classes, a question list's vote/answer/view columns sit in the post's own kind. 5 of 798 dev
#: pages change, counters out, all better: magic-html forum-a055a6fb 0.615 -> 0.701, forum-c5feac45 0.691 -> 0.718,
#: forum-1f95e149 0.786 -> 0.812, forum-3bea25af 0.802 -> 0.824, forum-f7682fdb 0.499 -> 0.503 (magic-html non-zh
#: +0.0009 by the dump scorer, snippets unchanged). A caption's year (``2012`` under a figure) is the text's (see
#: :data:`_COUNTED_TAGS`: readability-testpages medium-1's went).
_COUNT_LINE = re.compile(r"\d[\d.,]*[KkMm万亿]?")
#: Elements whose count alone is the text's own: a table's cell, a heading, a code block, a picture's caption.
_COUNTED_TAGS = _KEPT_SHORT_TAGS | CODE_TAGS | frozenset(("figcaption",))
#: Kept prose blocks the element of a linked heading must hold for the heading to be a section's of the text (a
#: digest's items, a ranked list's entries, a manual's ``¶``-marked titles: 5 to 67 on the bench), not a teaser's
#: over its excerpt (a teaser's box holds its excerpt alone: 1 or 2 on the bench's news lists). readability-testpages
#: non-zh +0.0007 (yahoo-1, videos-1, toc-missing, mercurial), other sets unchanged.
SECTION_TEXT_MIN_BLOCKS = 4
#: What joins the items of a list within a sentence: commas (the CJK enumeration comma too), semicolons, spaces and
#: the conjunctions ("and", "or", 和, 与, 及(び), と, や, 및). Nothing else may stand between the links of a sentence
#: enumerating them (:func:`enumerates_links`).
_LIST_JOINER = re.compile(r"(?:[\s、，,;；&]|\band\b|\bor\b|和|与|及び?|と|や|및)+", re.I)
#: A sentence's closing mark, a closing quote or bracket after it allowed.
_SENTENCE_END = re.compile(r"\s*[。．.!?！？][」』）)\"'’”]?\s*")
#: Words of a writer's own that close a sentence: a letter, then the sentence's mark (a closing quote or bracket
#: after it allowed) and the space before what follows (spaced scripts: CJK sentences run on unspaced).
_OWN_SENTENCE_END = re.compile(r"\w[.!?][\"'’”)]?\s+$")
#: Marks a label ends with (``Tags:``, ``関連記事：``): words before the links that end so name what the links are.
_LABEL_END = re.compile(r"[:：]\s*$")
#: The number a list's entry opens with, and its mark (``12. <a>…</a>``, ``3) …``): the entry's place in a list the
#: text counts through.
_ENTRY_NUMBER_RE = re.compile(r"(\d{1,3})[.)]")
#: Fewest links a sentence enumerates (one link after a few words is a teaser's "Read also <a>…</a>.").
ENUMERATED_MIN_LINKS = 2
#: A list item wholly linked is text when it is a sentence of at least this many words and more article prose
#: follows it: readability-testpages non-zh +0.0017 (changelogs, lists of works), other sets unchanged; 6 takes
#: related headlines between paragraphs (trafilatura-eval -0.0005). Spaced languages only (a CJK item is one word).
LINKED_ITEM_WORDS = 9


#: Block elements that are one paragraph of a text held by their parent (:func:`_text_element`).
_PARAGRAPH_TAGS = frozenset(("p", "li", "blockquote", "pre", "dd"))


def _matches(block: Block, signature: tuple[str, ...]) -> bool:
    """Whether ``block`` sits in a container of the kind ``signature`` (anywhere on its path)."""
    return ">" + ">".join(signature) + ">" in kind_path(block.path)


def _in_posts(block: Block, choice: Choice) -> bool:
    """Whether ``block`` sits in one of the thread's posts: of its posts' kind or one of their other shapes
    (:attr:`~newsmend.content.growth.Choice.shapes`)."""
    return choice.posts is not None and any(_matches(block, kind) for kind in (choice.posts, *choice.shapes))


def _text_element(block: Block) -> int:
    """The element holding ``block``'s text: its own, or its parent's for a paragraph, list item, quotation or code
    block (a post's text is a run of them)."""
    return block.parent if block.tag in _PARAGRAPH_TAGS and block.parent is not None else block.container


def _keep(
    block: Block, st: Stats, choice: Choice, lead_box: int | None = None, prose_lines: frozenset[int] = frozenset()
) -> bool:
    """Whether a block inside the chosen container is article text: not a link (unless a table cell, see
    :data:`_LINKED_TEXT_TAGS`, or a thread post's labelled link, :func:`_labelled_post_link`). In a thread, short
    lines outside the posts (and outside the post it was found from) are their furniture: author, date, counters,
    buttons; those sit in elements of their own, so text loose in the thread's own element is the thread's (a line
    between two paragraphs), and so is the text of the element holding the block the page's summary opens
    (``lead_box``): the post the thread answers, whose text the page's own summary quotes (a question above the
    answers and comments that grew into the thread, outside the post it was found from: Stack Exchange, magic-html
    forum-d4654175 0.860 -> 0.933). A count alone outside that post is a counter (:func:`_is_counter`), in a post's
    kind or a question's comments too. A poster's card (:func:`_on_poster_card`) goes whole, its rank heading and
    its punctuated ``Joined: 4 months ago`` too. In a thread found by its posts' kind (not by reply names), the
    lines of a paragraph holding prose (``prose_lines``, :func:`_prose_paragraphs`) are no furniture, and those
    printing the addresses they link (:func:`_prints_addresses`) no link list. A slider's arrow alone outside a
    table cell (:data:`_ARROW_LINE`) and an embed's placeholder or credit line (:func:`_is_embed_furniture`) are no
    text."""
    dense = st.link_density > MAX_LINK_DENSITY and not st.prose
    in_prose = block.container in prose_lines
    printed = in_prose and _prints_addresses(block)
    if dense and not _linked_text(block, st) and not _labelled_post_link(block, choice) and not printed:
        return False
    thread = choice.posts is not None and (choice.strict or not st.prose) and block.tag not in HEADINGS
    outside = _outside_post(block, choice, lead_box)
    if choice.posts is not None and outside:
        own = _in_posts(block, choice)  # a line of the posts' own kind
        furniture = thread and not own and not (choice.comments and _in_reply(block)) and not in_prose
        if furniture or (_on_poster_card(block) and not own) or _is_counter(block):
            return False
    top = choice.top
    if _PROMPT_LINE.match(block.text) or is_disclosure(block.text) or (not st.prose and is_ui_wording(block.text)):
        return False
    if (_ARROW_LINE.match(block.text) and block.tag not in TABLE_CELLS) or _is_embed_furniture(block.text):
        return False
    demotion = block_demotion(block, top)
    return demotion == 0 or (demotion == -1 and st.prose)


def _prose_paragraphs(page: Page, stats: list[Stats], inside: list[int]) -> frozenset[int]:
    """The paragraph elements (``<p>``) inside the chosen container that hold a line of prose, and the other elements
    whose own lines, one of them prose, run unbroken (:func:`_runs_unbroken`: a post's text set in ``<br>`` lines
    straight in a ``<div>``): in a thread, the other ``<br>`` lines of such a paragraph are its text, however short, not
    a post's furniture (the poster's name, date and counters stand in elements of their own). A group's opening post
    pasting a list of sites (``1 People(人物）<br>http://people.aol.com/…<br>娱乐 全球五十位最XX的人``) under its first
    sentence lost every line but that sentence (seventy-eighth audit). Only in a thread found by its posts' kind: one
    found by its replies' names (:attr:`~newsmend.content.growth.Choice.strict`) leaves out prose outside them too, an
    author's box or the comment rules (read so on every thread, 10 dev pages changed, five for the worse: a blog's
    author box, a trackback line, a news site's comment rules). Over the 798 dev pages two keep such a line: a comment's
    greeting over its question (trafilatura-eval t0479 ``hi there!``) and a picture's credit under its caption's prose
    (t0019, a worse line accepted). The unbroken lines of other elements: four dev pages keep such lines, a question's
    ``What I have tried:`` and its line (magic-html forum-fd153ac6), a post's link and the label over it, a post's
    source line, and a code-sharing widget's ``Max Patch`` (labelled in a later post, not in this one)."""
    lines: dict[int, list[int]] = {}
    for i in inside:
        lines.setdefault(page.blocks[i].container, []).append(i)
    return frozenset(
        page.blocks[i].container
        for i in inside
        if stats[i].prose and (page.blocks[i].tag == "p" or _runs_unbroken(lines[page.blocks[i].container]))
    )


def _runs_unbroken(lines: list[int]) -> bool:
    """Whether an element's own lines (block indices) are two or more in a row, no other element's line between: a
    text set in lines by ``<br>`` (a question's ``What I have tried:`` and the line under it in its ``<div>``), not a
    box whose lines a child element interrupts (a comment's text, the commenter's link in a ``<div>`` of its own, then
    its relative date: ``3 hours ago``)."""
    return len(lines) > 1 and lines[-1] - lines[0] == len(lines) - 1


def _prints_addresses(block: Block) -> bool:
    """Whether every link of ``block`` prints the web or e-mail address it leads to (:func:`_shows_address`), as a
    poster pastes them after a site's name (``3 Time（时代）<a>http://www.time.com/</a>``): the addresses are the
    post's text, where a menu or a teaser links by a title."""
    return bool(block.links) and all(_shows_address(link.text.strip()) for link in block.links)


def _labelled_post_link(block: Block, choice: Choice) -> bool:
    """Whether ``block`` is a thread post's line labelling its one link (``Source: <a>Systems Analysis and Design
    Methods</a>``, ``Ref.: <a>https://…</a>``, ``Repository: <a>GitHub - …</a>``): a paragraph or list item of the
    posts' own kind whose words before the link end as a label (:data:`_LABEL_END`). A poster names the source,
    the setting or the reference so, and the labels keep it; in an article the same shape is a teaser (``Related:
    <a>…</a>``), so only a thread's posts are read so. Over the 798 dev pages four forum threads gain such a line,
    each in its labelled body (magic-html forum non-zh 0.8211 -> 0.8213, zh 0.8265 -> 0.8267); a podcast page read
    as a thread gains its ``Lizenz: CC-BY 4.0`` line beside its other listing lines (trafilatura-eval t0118)."""
    if block.tag not in _ANNOTATED_LINK_TAGS or not _in_posts(block, choice):
        return False
    around = _around_one_link(block)
    return around is not None and bool(around[0].strip()) and _LABEL_END.search(around[0]) is not None


def _is_counter(block: Block) -> bool:
    """Whether ``block`` is a count alone (:data:`_COUNT_LINE`) in an element of its own: no table cell, heading, code
    block or caption, whose number is the text's."""
    return block.tag not in _COUNTED_TAGS and _COUNT_LINE.fullmatch(block.text.strip()) is not None


def _outside_post(block: Block, choice: Choice, lead_box: int | None) -> bool:
    """Whether ``block`` stands outside the post the thread was found from and the text element the page's summary
    opens, in an element of its own inside the chosen container (not loose in it)."""
    held = containers(block)
    return block.container != choice.top and choice.post not in held and lead_box not in held


def is_ui_wording(text: str) -> bool:
    """Whether ``text`` opens with the wording of page furniture (:data:`_BOILERPLATE`: ``相关新闻``, ``分享到``,
    ``Related``), in either Chinese script: only the start is converted, once per distinct start, and the rest follows
    it unconverted, so that wording that must be the whole line (``编辑``, ``2 Answers``) is not read at the cut."""
    start = text[:BOILERPLATE_PREFIX_CHARS]
    return bool(_BOILERPLATE.match(text) or _BOILERPLATE.match(_simplified(start) + text[len(start) :]))


def _is_embed_furniture(text: str) -> bool:
    """Whether ``text`` is what an embedded post leaves as a line of its own: its placeholder
    (:data:`_EMBED_PLACEHOLDER`) or its credit line (:data:`_EMBED_CREDIT`)."""
    return _EMBED_PLACEHOLDER.match(text) is not None or _EMBED_CREDIT.match(text) is not None


def is_disclosure(text: str) -> bool:
    """Whether ``text`` is an affiliate disclosure alone (:data:`_DISCLOSURE_LINE`): no text of the article's,
    whether it stands among the paragraphs or over them, where the lead is looked for (:func:`_recover_lead`)."""
    return _DISCLOSURE_LINE.match(text) is not None


@lru_cache(maxsize=4096)
def _simplified(text: str) -> str:
    """``text`` in simplified characters (OpenCC t2s), as wording lists are written."""
    return converter("t2s").convert(text) if any(map(is_han, text)) else text


def _in_reply(block: Block) -> bool:
    """Whether a block sits in a container named as replies (:data:`~newsmend.content.paths.REPLY_WORDS`) below the
    innermost question-and-answer item on its path (the answer list around the Answer items is named so too)."""
    labels = block.path.split(">")
    start = next((j + 1 for j in range(len(labels) - 1, -1, -1) if ITEM_MARK in labels[j]), 0)
    return any(names_reply(label) for label in labels[start:])


def _linked_text(block: Block, st: Stats) -> bool:
    """Whether a block dense with links is text all the same: a table cell (:data:`_LINKED_TEXT_TAGS`), or a
    paragraph or list item with words of its own beside its links (a changelog entry, a glossary line: "<a>Bug
    1677080</a> - the window loses focus", a sentence enumerating its links, one linked sentence after one of its
    own: :func:`enumerates_links`, :func:`_links_own_sentence`), or a web address the text prints
    (:func:`_shows_address`), unlike a menu item or a related headline, which are links only."""
    if block.tag in _LINKED_TEXT_TAGS or _linked_item(block, st) or _shows_address(block.text.strip()):
        return True
    if block.tag not in _ANNOTATED_LINK_TAGS:
        return False
    return st.chars - st.link_chars >= PROSE_MIN_CHARS or enumerates_links(block) or _links_own_sentence(block)


def enumerates_links(block: Block) -> bool:
    """Whether a block is one sentence naming its links as the items of a list: words of its own before the first
    link that are no label (:data:`_LABEL_END`), only list joiners between the links (:data:`_LIST_JOINER`) and the
    sentence's closing mark after the last (``販売ショップは<a>…本店</a>、<a>…館</a>、<a>…アーク</a>。``, the shops
    selling a product: a CJK sentence of that kind has fewer words of its own than :data:`PROSE_MIN_CHARS`). A menu
    or a tag line runs its links without a subject before them or a sentence's end after them. The body's trim
    (:mod:`newsmend.fields.trim`) keeps such a sentence closing the text, no label line."""
    split = _around_links(block)
    if split is None or len(split[0]) < ENUMERATED_MIN_LINKS:
        return False
    gaps, tail = split
    lead, joins = gaps[0].strip(), gaps[1:]
    return (
        bool(lead)
        and _LABEL_END.search(lead) is None
        and all(_LIST_JOINER.fullmatch(join) for join in joins)
        and _SENTENCE_END.fullmatch(tail) is not None
    )


def _links_own_sentence(block: Block) -> bool:
    """Whether a block's one link is a sentence of the writer's after a sentence of their own: the words before it
    close a sentence (:data:`_OWN_SENTENCE_END`) and a sentence's mark closes the link (``Oh, RiRi. <a>You truly are
    an icon</a>.``, a 2014 fashion blog post's opening paragraph, its words linked to an older post; forty-ninth
    audit). A teaser's ``Read also <a>…</a>.`` or a label's ``Related: <a>…</a>`` ends no sentence before its
    link."""
    around = _around_one_link(block)
    if around is None:
        return False
    lead, tail = around
    return _OWN_SENTENCE_END.search(lead) is not None and _SENTENCE_END.fullmatch(tail) is not None


def _around_one_link(block: Block) -> tuple[str, str] | None:
    """The text before and after a block's link when it has one link only (found in its text), else None."""
    split = _around_links(block)
    return (split[0][0], split[1]) if split is not None and len(split[0]) == 1 else None


def _around_links(block: Block) -> tuple[list[str], str] | None:
    """A block's text cut at its links: the text before each link (from the end of the one before) and the text
    after the last; None when a link's text is not found in order."""
    text, pos, gaps = block.text, 0, []
    for link in block.links:
        start = text.find(link.text, pos) if link.text else -1
        if start < 0:
            return None
        gaps.append(text[pos:start])
        pos = start + len(link.text)
    return gaps, text[pos:]


def _shows_address(text: str) -> bool:
    """Whether a line is a web or e-mail address alone (:data:`_ADDRESS_LINE`), not an image file's
    (:data:`_IMAGE_FILE`)."""
    return _ADDRESS_LINE.fullmatch(text) is not None and _IMAGE_FILE.search(text) is None


def _linked_item(block: Block, st: Stats) -> bool:
    """A list item that is one linked sentence of :data:`LINKED_ITEM_WORDS` words or more (an entry of a
    changelog or of a list of works), unlike a menu entry; :func:`_drop_trailing_link_items` tells it from a
    related story's headline."""
    return block.tag == "li" and st.link_density > MAX_LINK_DENSITY and len(block.text.split()) >= LINKED_ITEM_WORDS


def _drop_trailing_link_items(page: Page, body: list[int], stats: list[Stats]) -> list[int]:
    """Stage 4a, after the boxes: linked sentences after the article's last prose, or before its first, are its
    list of related stories, not its text (those between its paragraphs are). Sites set that list above the text as
    often as below it (a Spanish daily's two ``<li>`` pointers, a kicker and a linked headline each, floated beside
    the first paragraph: seventeenth audit); above it, items linking into the page itself (``href="#…"``) are its
    table of contents, text that stays (readability-testpages mercurial lost two such entries without that). A short
    heading right before the list above the text is its title (``Verwandte Themen`` over a German aviation site's
    three linked headlines, unseen-en8) and goes with it: prose follows it, so :func:`_drop_empty_headings` keeps
    it."""
    items = {
        i
        for i in body
        if not stats[i].prose
        and _linked_item(page.blocks[i], stats[i])
        and stats[i].chars - stats[i].link_chars < PROSE_MIN_CHARS  # no words of its own beside the link
    }
    if not items:
        return body
    prose = [i for i in body if stats[i].prose and i not in items]
    if not prose:
        return body
    first, last = prose[0], prose[-1]
    above = {i for i in items if i < first and not _in_page(page.blocks[i])}
    gone = {i for i in items if i > last} | above
    before = [i for i in body if i < min(above)] if above else []
    if before and _box_title(page.blocks[before[-1]]):
        gone.add(before[-1])
    return [i for i in body if i not in gone]


def _box_title(block: Block) -> bool:
    """Whether ``block`` is a short heading (:data:`BOX_TITLE_MAX_CHARS`), the title a box of links may have; not an
    ``h1``, the page's headline, which a list set right under it does not title."""
    return block.tag in HEADINGS and block.tag != "h1" and nonspace_chars(block.text) <= BOX_TITLE_MAX_CHARS


def _in_page(block: Block) -> bool:
    """Whether every link of ``block`` points into the page itself (a table of contents' entry)."""
    return all(link.href.startswith("#") for link in block.links)


def _hinted_box(block: Block, top: int) -> str | None:
    """The kind (:func:`element_kind`) of the outermost element inside ``top`` whose class/id/tag says furniture, if
    any: the box a prose block sits in."""
    labels, ids = block.path.split(">"), containers(block)
    start = ids.index(top) + 1 if top in ids else 0
    for label in labels[start:]:
        if not label.startswith(("body", "html")) and label_hint(label) < 0:
            return element_kind(label)
    return None


def _is_aside(kind: str) -> bool:
    """Whether a box's kind is an ``<aside>``: the markup itself says its text stands beside the article's, at any
    share of it (a video module's transcript set in a health article, 40% of its text: magic-html article-3f58e213
    0.633 -> 0.982). A quotation set as an aside (Discourse's ``aside.quote``) is no box at all
    (:func:`~newsmend.content.paths.label_hint`)."""
    return label_tag(kind) == "aside"


def _drop_hinted_boxes(page: Page, body: list[int], stats: list[Stats], top: int) -> list[int]:
    """Stage 4a: prose under a furniture hint inside the article (kept by :func:`_keep`: sites name article
    wrappers oddly) goes when the boxes of its kind hold less than :data:`HINTED_BOX_SHARE` of the article's
    prose: related posts with their excerpts, an author bio, a newsletter pitch. Boxes of one kind that hold
    much of it are the article's own parts (a listicle's item footers, a post footer with the answers); a media
    player's short lines are its own at any share (see :data:`_MEDIA_BOX_TOKENS`), and so are the lines of a box
    laid over the page (:data:`_OVERLAY_BOX_TOKENS`); an ``<aside>`` box goes at any share (:func:`_is_aside`). Code
    listings are never a box's text, whatever their wrapper is named (a highlighter's "code-toolbar")."""
    boxes: dict[str, list[int]] = {}
    for i in body:
        box = None if page.blocks[i].tag in CODE_TAGS else _hinted_box(page.blocks[i], top)
        if box is not None:
            boxes.setdefault(box, []).append(i)
    if not boxes:
        return body
    total = sum(stats[i].chars for i in body if stats[i].prose)
    drop = {
        i
        for members in boxes.values()
        if sum(stats[i].chars for i in members if stats[i].prose) < HINTED_BOX_SHARE * total
        for i in members
    }
    drop.update(
        i
        for kind, members in boxes.items()
        if _MEDIA_BOX_TOKENS.intersection(label_tokens(kind))
        for i in members
        if stats[i].chars < MEDIA_STATUS_MAX_CHARS
    )
    drop.update(
        i for kind, members in boxes.items() if _OVERLAY_BOX_TOKENS.intersection(label_tokens(kind)) for i in members
    )
    drop.update(i for kind, members in boxes.items() if _is_aside(kind) for i in members)
    return [i for i in body if i not in drop]


def _drop_widget_runs(page: Page, body: list[int], stats: list[Stats], choice: Choice) -> list[int]:
    """Stage 4b: drop runs of :data:`WIDGET_RUN` or more tiny non-prose blocks (player controls, counters,
    button rows) that sit inside the article container; table cells are data, never widgets, and neither are
    the posts of a thread (a run of replies like "同问", "顶") nor the lines of one paragraph or list item set apart
    by line breaks (:func:`_paragraph_lines`), nor the text's own lines that close the run
    (:func:`_text_lines_closing`)."""
    out: list[int] = []
    run: list[int] = []
    for i in [*body, -1]:
        tiny = i >= 0 and not stats[i].prose and stats[i].chars < WIDGET_MAX_CHARS
        if tiny and page.blocks[i].tag not in TABLE_CELLS and not _in_posts(page.blocks[i], choice):
            run.append(i)
            continue
        if len(run) < WIDGET_RUN or _paragraph_lines(page, run):
            out += run
        else:
            out += run[len(run) - _text_lines_closing(page, run, i) :]
        run = []
        if i >= 0:
            out.append(i)
    return out


def _text_lines_closing(page: Page, run: list[int], after: int) -> int:
    """How many of the last blocks of a widget's ``run`` stand right in the element of the block ``after`` it while
    the run's first does not: lines of the text the widget runs into, not the widget's (a sub-head, ``【全文总结】``,
    opening the last part of a car story right after its gallery's closing lines, a 2018 portal's page,
    unseen-zh21). 0 when the whole run stands in that element, or at the body's end (``after`` -1)."""
    if after < 0:
        return 0
    parent = page.blocks[after].parent
    if page.blocks[run[0]].parent == parent:
        return 0
    kept = 0
    while kept < len(run) and page.blocks[run[-1 - kept]].parent == parent:
        kept += 1
    return kept


#: Elements whose text line breaks may set apart as lines of their own: a paragraph, a list item.
_LINED_TAGS = frozenset(("p", "li"))


def _paragraph_lines(page: Page, run: list[int]) -> bool:
    """The blocks of ``run`` are lines of one ``<p>`` or ``<li>`` that line breaks set apart, with what that element
    holds between them: a poem's verses (``At school`` / ``I loan`` / ``My sister`` in a columnist's piece,
    unseen-en9), an address, a list item's bold lines each over a captioned picture set in it (``什么是代理？``,
    ``正向代理``: a 2018 blog tutorial, seventieth audit); a widget's controls are elements of their own."""
    first = page.blocks[run[0]]
    if first.tag not in _LINED_TAGS:
        return False
    return all(page.blocks[i].within(first.container) for i in run)


def _drop_empty_headings(page: Page, body: list[int]) -> list[int]:
    """Stage 4c: a heading that heads no kept text is the title of a box the earlier stages dropped ("Related
    articles" over a link list, "Share this:" over buttons, "Comments" over a form): it goes too. A heading's
    text is what follows it up to the next heading of its level or above; deeper headings in between are its
    subsections, and a heading right before a kept one is of its group (a headline split over two elements, a
    kicker, a subtitle). Only short headings are titles of boxes: longer ones are text set as headings (a
    standfirst, a pull quote, an interview's questions). A body of headings only keeps them (a forum title is
    an answer). A label line (:func:`_is_label`) goes when the block after it went."""
    tags = [page.blocks[i].tag for i in body]
    if all(tag in HEADINGS for tag in tags):
        return body
    heads_text = [True] * len(body)
    following = len(tags)  # position of the nearest kept non-heading block after the current one
    next_at_level = {level: len(tags) for level in range(1, 7)}  # nearest heading of each level after it
    for pos in range(len(tags) - 1, -1, -1):
        tag = tags[pos]
        if tag not in HEADINGS:
            following = pos
            continue
        level = int(tag[1])
        end = min(next_at_level[x] for x in range(1, level + 1))
        grouped = pos + 1 < len(body) and body[pos + 1] == body[pos] + 1 and tags[pos + 1] in HEADINGS
        heads_text[pos] = (
            following < end
            or (grouped and heads_text[pos + 1])
            or nonspace_chars(page.blocks[body[pos]].text) > BOX_TITLE_MAX_CHARS
        )
        next_at_level[level] = pos
    chosen = set(body)
    return [
        i
        for i, keep in zip(body, heads_text, strict=True)
        if keep and (i + 1 in chosen or not _is_label(page.blocks[i].text))
    ]


def _drop_box_remnants(page: Page, stats: list[Stats], body: list[int], top: int) -> list[int]:
    """Stage 4c: a short line that is no prose (:data:`BOX_TITLE_MAX_CHARS`) left alone in a box whose other lines
    all went (a promotion's kicker, ``div.inread__headline`` "New" over a linked app advert; a box's title that is
    no heading element) goes with them. The box is the element holding the line's own, inside the chosen
    container; its lines stand next to each other in reading order, so only the line's neighbours are read. Until
    none is left: a box's remnants of boxes inside it go first, then its own (a picture's lazy loader ``Laden...``
    beside the caption lines of its ``<figcaption>``, trafilatura-eval t0212, twice; a table of contents' title
    ``目次`` beside its 'open the contents' button, magic-html article-ae46e665). The kept lines' set is built once
    and shrinks with them (it was built anew for every line asked: quadratic in the body's length)."""
    chosen = set(body)
    while remnants := {i for i in body if _alone_in_box(page, stats, chosen, i, top)}:
        body = [i for i in body if i not in remnants]
        chosen -= remnants
    return body


def _alone_in_box(page: Page, stats: list[Stats], chosen: set[int], i: int, top: int) -> bool:
    """Whether block ``i`` is a short non-prose line, not a heading or a cell, whose box (:func:`_drop_box_remnants`)
    holds other lines and none of them is kept (the walk stops at the first kept one)."""
    block = page.blocks[i]
    if stats[i].prose or block.tag in _KEPT_SHORT_TAGS or nonspace_chars(block.text) > BOX_TITLE_MAX_CHARS:
        return False
    box = top if block.parent is None else block.parent
    if box == top or top not in block.ancestors:
        return False
    others = 0
    for span in (range(i - 1, -1, -1), range(i + 1, len(page.blocks))):
        for j in span:
            if box not in page.blocks[j].ancestors:
                break
            if j in chosen:
                return False
            others += 1
    return others > 0


#: The class word of a card for another story set in the text (:func:`_teaser_at`).
_TEASER_WORD = "teaser"


def _drop_teaser_cards(page: Page, stats: list[Stats], body: list[int], inside: list[int], top: int) -> list[int]:
    """Stage 4a, on a page that is no thread: an ``<article>`` element set inside the chosen container which holds a
    linked line (its title, a heading or not) and no kept prose is a card for another story (its kicker, byline,
    date, a 'view content' button), no part of the text: its lines go with its linked title, which went as a link.
    The markup says the card is an article of its own; its title links away. 3 of 798 dev pages change, all better:
    magic-html article-f88779ee 0.921 -> 0.933 and article-c8cb0eb6 0.892 -> 0.902 (an Italian tech section's
    in-text cards), article-1786ad30 0.730 -> 0.756 (a Turkish site's embed cards). In a thread a post may be an
    ``<article>`` under its poster's linked name (Flarum: a one-line reply '赞一个' went, magic-html forum-81abaa70
    0.997 -> 0.982). The title need not be a heading: cards set their title as a ``<span>`` inside the link as often
    (a UK politics site's two ``Featured`` press-release cards between the paragraphs left their kicker
    ``Featured`` twice in the text: seventeenth audit); that takes 1 more dev page, better (trafilatura-eval t0780:
    three ``Lesetipp`` kickers of in-text reading-tip cards out). An element classed as a teaser
    (:func:`_teaser_below`) holding a heading that links away is such a card whatever prose it holds, the other
    story's lead (a 2016 daily's embedded video box, ``div.teaser`` with a linked ``h4.title``, that story's lead and
    its credit, unseen-en34; trafilatura-eval t0535's reading-tip cards under ``Das könnte Sie auch
    interessieren!``, 1 dev page); a teaser box whose linked line is no heading is a post's own meta box (a German
    blog's ``div.shout_post_teaser``, its date and linked author: t0053 lost them and took its kicker as its lead)."""
    linked = [page.blocks[i] for i in inside if stats[i].link_density > MAX_LINK_DENSITY]
    cards = {_article_below(block, top) for block in linked} - {None}
    teasers = {_teaser_below(block, top) for block in linked if block.tag in HEADINGS} - {None}
    if not cards and not teasers:
        return body
    cards -= {c for i in body if stats[i].prose for c in containers(page.blocks[i])}
    cards |= teasers
    return [i for i in body if not cards.intersection(containers(page.blocks[i]))]


def _article_below(block: Block, top: int) -> int | None:
    """The innermost ``<article>`` element holding ``block`` (:func:`story_element_at`) below the container ``top``,
    if any."""
    return _element_below(block, top, story_element_at(block.path))


def _teaser_below(block: Block, top: int) -> int | None:
    """The innermost element classed as a teaser holding ``block`` (:func:`_teaser_at`) below the container
    ``top``, if any."""
    return _element_below(block, top, _teaser_at(block.path))


def _element_below(block: Block, top: int, at: int) -> int | None:
    """The element at position ``at`` of the block's path when it stands below the container ``top``."""
    ids = containers(block)
    return ids[at] if top in ids and at > ids.index(top) else None


@lru_cache(maxsize=4096)
def _teaser_at(path: str) -> int:
    """Position of the innermost segment of ``path`` whose class words name a teaser (``div.teaser``: a 2016
    daily's embedded video box between its paragraphs, its linked title over the other story's lead and credit,
    unseen-en34); -1 without one."""
    labels = path.split(">")
    return max((j for j, label in enumerate(labels) if _TEASER_WORD in class_tokens(label)), default=-1)


def _is_label(text: str) -> bool:
    """A short line ending in a colon ("Weiterlesen:", "Kontakt:", "相关阅读："): it introduces the block after
    it, so it goes when that block went."""
    return text.endswith((":", "：")) and nonspace_chars(text) <= BOX_TITLE_MAX_CHARS


def _recover_lead(page: Page, stats: list[Stats], body: list[int], summary: int | None) -> list[int]:
    """Stage 4d: the lead paragraphs sites set apart above the body (a teaser, intro or excerpt element in the header of
    the article) join it: walking up from the body past fewer than :data:`RECOVER_GAP` other blocks (a byline, a date, a
    short quoted line, an affiliate disclosure) at a time, each prose block of :data:`RECOVER_MIN_CHARS` under no worse
    hint than the body's first block, a ``<header>`` element not counting (the article's own holds its standfirst;
    trafilatura-eval non-zh 0.9098 -> 0.9139, magic-html and newspaper4k non-zh -0.0007, whose labels leave standfirsts
    out); the first one under a worse hint stops the walk, and one in the byline (:func:`_in_byline`) or a whole-line
    prompt (:data:`_PROMPT_LINE`: a forum's ``Please Login or Register to create posts and topics.``) is passed as a
    short line is. Not when the body holds the block the page's summary opens: that is the lead. That block
    (``summary``, :func:`~newsmend.content.values.lead_block`) standing above the body in Han text is a lead however
    short: :data:`RECOVER_MIN_CHARS` counts characters as Latin text spends them, and Han text spends about a third as
    many on the same sentence (a Japanese broadcaster's traditional-Chinese feature: ``div.p-article__read``, 36
    characters over its text, which its description repeats word for word; unseen-zh10). A Latin one stays bound by the
    length: magic-html's labels leave a 39-character standfirst out (article-bc20eb58, the only dev page a length-free
    rule changed). Where the walk gives up, a deck or, in Han text, the block the page's summary opens may still
    stand above (:func:`_deck_above`, :func:`_far_lead`)."""
    if not body:
        return body
    floor = block_demotion(page.blocks[body[0]], None)
    found: list[int] = []
    skipped = 0
    for i in range(body[0] - 1, -1, -1):
        st = stats[i]
        short_ok = i == summary and any(map(is_han, page.blocks[i].text))
        lead = (st.prose or _deck_heading(page.blocks[i])) and (st.chars >= RECOVER_MIN_CHARS or short_ok)
        lead = lead and not _PROMPT_LINE.match(page.blocks[i].text)
        if lead and (path_demotion(_without_headers(page.blocks[i].path), 0) < floor or _in_own_form(page, i, body[0])):
            break
        if not lead or _in_byline(page.blocks[i]) or is_disclosure(page.blocks[i].text):
            skipped += 1
            if skipped >= RECOVER_GAP:
                found += _deck_above(page, stats, i, floor, _far_lead(page, [*found, *body], summary))
                break
            continue
        found.append(i)
        skipped = 0
    return [*reversed(found), *body]


def _far_lead(page: Page, body: list[int], summary: int | None) -> int | None:
    """The block the page's summary opens (``summary``) when it may be the lead beyond the walk's reach: in Han text
    (Chinese sites set the lead, their 摘要, in a box of its own above a fact box or a toolbar, as they set it apart
    however short: :func:`_recover_lead`), and no copy of its text in the ``body``. In Latin text the block out of
    reach is a standfirst the labels and audits leave out as often as they keep it (two Polish sports pages' leads
    in, an English tech site's standfirst out of its magic-html label, a British daily's and a French magazine's
    left out by the audits that guard them), and a copy is in the text already (a Brazilian daily sets its standfirst
    twice, for the narrow and the wide layout, trafilatura-eval t0825). None otherwise."""
    if summary is None or not any(map(is_han, page.blocks[summary].text)):
        return None
    text = page.blocks[summary].text
    return None if any(page.blocks[j].text == text for j in body) else summary


def _in_byline(block: Block) -> bool:
    """The block stands in the byline: its element, its parent or their parent is named for the author
    (:data:`BYLINE_WORDS`: ``div.byline>div.byline-content>p.author-title-or-tagline``). Its prose is the author's
    tagline (``Palestinian American writer based in Ramallah.``, a 2026 broadcaster's opinion page: unseen-en7), no
    lead: the walk passes it as it passes the name and the date."""
    return any(not BYLINE_WORDS.isdisjoint(class_tokens(label)) for label in block.path.rsplit(">", 3)[-3:])


#: Class and id words of a poster's card beside each post of a thread (:func:`_on_poster_card`): an author's
#: (:data:`BYLINE_WORDS`), a poster's, a profile's (phpBB's ``dl.postprofile``); and of the signature under each
#: post (Asgaros's ``div.signature``: a motto repeated under every post of its poster; magic-html forum-717e9d39
#: 0.879 -> 0.941, forum-74b53348 0.562 -> 0.625, forum-dd58d570 0.568 -> 0.614). Only here, in a thread outside
#: the posts' kind: as a furniture word of every page it also took Le Monde's byline (``signature``) and turned Stack
#: Exchange's ``div.post-signature`` user cards into related links; a signature inside the posts' own element
#: (FlaskBB's ``div.post-content>div.post-signature``, kept by the labels) stays.
_POSTER_WORDS = BYLINE_WORDS | {"poster", "profile", "postprofile", "userinfo", SIGNATURE_WORD}
#: ...and a class word (not an id's) naming the user: ``div.spUserSection``, Stack Exchange's ``div.user-info``
#: (magic-html forum-a7f7b83e 0.925 -> 0.991, forum-be673eda 0.859 -> 0.914). An id names one element: a section's
#: anchor ``div#user-gameplay-customisation`` over a heading of the text (trafilatura-eval t0513) is no card.
_USER_WORD = "user"
#: Fewest letters of a card word read at the end of a class word glued after another (:data:`_GLUED_POSTER_ENDINGS`):
#: a long one (``author``, ``poster``, ``userinfo``) ends no unrelated word; a short one may (``autor``) and counts
#: as a whole word only.
GLUED_POSTER_WORD_MIN_CHARS = 6
#: Of the card words (:data:`_POSTER_WORDS`), the long ones, which still name the card glued after another word, its
#: last: Discuz! 6/7's author column ``td.postauthor`` beside each post, whose ``p.customstatus`` motto (``从属:
#: 人类社会进步的原动力 - 懒人``) read as a reply of its own (a 2010 Discuz! board's thread, sixty-third audit).
_GLUED_POSTER_ENDINGS = tuple(sorted(w for w in _POSTER_WORDS if len(w) >= GLUED_POSTER_WORD_MIN_CHARS))


#: Levels of a block's path read for the signature it stands in (:func:`_signature_at`): its own element and its
#: parent. Invision's signature holds its lines a level deeper (``p`` in ``div.ipsType_richText`` in the element its
#: ``data-role`` names); read there too, it left two Squarespace threads, one of whose labels keeps a helper's
#: signature and one of which does not (magic-html forum-79ca5580 0.959 -> 0.583, forum-ebc78eae 0.917 -> 0.949).
SIDE_SIGNATURE_LEVELS = 2


def _drop_side_signatures(page: Page, body: list[int]) -> list[int]:
    """Stage 4c, in a thread: the body without the signatures set beside a post's text (:func:`_signature_at`): an
    element named as the poster's signature whose parent holds none of the post's lines of its own, the post's text
    standing in a sibling element (vBulletin 5's ``div.b-post__hide-when-deleted`` over ``div.OLD__post-content`` and
    ``div.post-signature``). A poster's motto under every post, however long: a quotation of 343 characters won a
    thread's scoring over its three short posts, so the posts' kind came from its path and it stayed as a post's
    text (magic-html forum-62846b49). A signature inside the post's text element, among its paragraphs (wpForo's
    ``div.wpforo-post-content>div.wpforo-post-signature``, FlaskBB's ``div.post-content>div.post-signature``), is
    kept by the labels and stays."""
    signatures = {i: at for i in body if (at := _signature_at(page.blocks[i])) is not None}
    if not signatures:
        return body
    own = {_text_element(page.blocks[i]) for i in body if i not in signatures}
    return [i for i in body if i not in signatures or signatures[i] in own]


def _signature_at(block: Block) -> int | None:
    """The parent of the element named as a signature (:func:`~newsmend.content.paths.names_signature`) that is
    ``block``'s element or its parent (:data:`SIDE_SIGNATURE_LEVELS`), if any."""
    return signed_post(block, len(containers(block)) - 1, SIDE_SIGNATURE_LEVELS)


def _on_poster_card(block: Block) -> bool:
    """The block's element or its parent is named for the poster (:func:`_names_poster`): in a thread, outside the
    posts, the card beside each post (FlaskBB's ``div.author>div.author-title>h5`` rank, wpForo's
    ``div.author-data>div.author-joined``, other boards' "Joined: Jan 2013", "Posts: 16,487" lines).
    Two levels, not :func:`_in_byline`'s three: WordPress marks each comment ``li.comment-author-NAME``, and a
    comment's text sits three levels below it (trafilatura-eval t0350 lost its comments that way)."""
    return any(_names_poster(label) for label in block.path.rsplit(">", 2)[-2:])


@lru_cache(maxsize=4096)
def _names_poster(label: str) -> bool:
    """Whether a path segment's id or class words name the author (:data:`_POSTER_WORDS`), or its class words a user
    (:data:`_USER_WORD`)."""
    words = class_tokens(label)
    if not _POSTER_WORDS.isdisjoint(words) or any(word.endswith(_GLUED_POSTER_ENDINGS) for word in words):
        return True
    return _USER_WORD in label_tokens(label_classes(label))


def _in_own_form(page: Page, i: int, first: int) -> bool:
    """Block ``i`` stands in a ``<form>`` the body's first block is not in: a search box's or sign-in box's help
    line (``Mit einem Klick auf Enter geht die Suche los…``, a search overlay set in the page's header above a
    WordPress post, unseen-en5), never a lead. A form holding the whole page (ASP.NET's) holds the body too."""
    return _form_depth(page.blocks[i].path) > _form_depth(page.blocks[first].path)


def _form_depth(path: str) -> int:
    """How many ``<form>`` elements ``path`` stands in."""
    return sum(label_tag(x) == "form" for x in path.split(">"))


def _deck_above(page: Page, stats: list[Stats], start: int, floor: int, summary: int | None) -> list[int]:
    """A prose block or heading named as a deck (:func:`_names_summary`) within :data:`DECK_REACH` blocks above
    ``start``, where the walk for the lead gave up, or the prose block the page's own summary opens (``summary``)
    within :data:`SUMMARY_REACH`, when only short lines stand between (the Guardian's ``div.content__standfirst``
    above its video caption, byline and five share buttons; a French broadcaster's ``p.t-content__chapo`` above its
    ``發表時間：`` date line, reading time, picture and byline, audit 19; an encyclopedia's lead above its fact box:
    a short line is one whether or not it reads as prose); [] at the first other prose block of
    :data:`RECOVER_MIN_CHARS`. The summary names its block as surely as a deck's class word names a deck."""
    for i in range(start - 1, max(start - 1 - max(DECK_REACH, SUMMARY_REACH), -1), -1):
        block = page.blocks[i]
        long = stats[i].chars >= RECOVER_MIN_CHARS
        named = start - i <= DECK_REACH and (_deck_heading(block) or (stats[i].prose and _names_summary(block)))
        if long and (named or (stats[i].prose and i == summary)):
            return [i] if path_demotion(_without_headers(block.path), 0) >= floor else []
        if long and stats[i].prose:
            return []
    return []


def _deck_heading(block: Block) -> bool:
    """A heading element named as a deck (:func:`_names_summary`): a standfirst set as a subtitle."""
    return block.tag in HEADINGS and _names_summary(block)


def _names_summary(block: Block) -> bool:
    """The block's element or the one holding it is named as a standfirst (:data:`_DECK_TOKENS`: ``h2.dek``,
    ``div.content__standfirst>p``): a deck under the headline, prose or not (a quoted line without a stop:
    Observer's)."""
    return any(not _DECK_TOKENS.isdisjoint(class_tokens(label)) for label in block.path.rsplit(">", 2)[-2:])


@lru_cache(maxsize=4096)
def _without_headers(path: str) -> str:
    """``path`` with its ``<header>`` elements read as plain ``<div>`` ones: an article's header holds its
    standfirst, so for a lead above the body the tag alone is no furniture hint, but its class words still are
    (a site's masthead, ``header#masthead.site-header``, holds the site's tagline, not a lead)."""
    return ">".join("div" + x[len("header") :] if label_tag(x) == "header" else x for x in path.split(">"))


def _linked_headings(page: Page, stats: list[Stats], chosen: Choice, inside: list[int], kept: list[int]) -> list[int]:
    """``kept`` with the headings of the article's own sections that are links (a digest's or a review's
    ``<h2><a>item</a></h2>`` over its paragraph): a heading :func:`_keep` left out only as a link (under no
    furniture hint, no interface wording) that stands in the element of the kept prose block right after it. A
    related story's headline set in the text (``div.bucketblock>h3>a``) stands in a box of its own, away from the
    paragraphs' element, and so does a teaser's (``div.news-item>h2>a`` over its excerpt): the element a section's
    heading stands in holds :data:`SECTION_TEXT_MIN_BLOCKS` kept prose blocks."""
    held = set(kept)
    candidates = [
        i for i in inside if page.blocks[i].tag in HEADINGS and page.blocks[i].links and i not in held and i + 1 in held
    ]
    if not candidates:  # most pages: no linked heading over kept text (no count of the paragraphs' elements)
        return kept
    prose_in = Counter(page.blocks[i].parent for i in _kept_prose(page, stats, kept))
    out = []
    for i in candidates:
        block, after = page.blocks[i], page.blocks[i + 1]
        parent = block.parent
        if (
            stats[i + 1].prose
            and after.tag not in HEADINGS
            and after.parent == parent
            and parent is not None
            and prose_in[parent] >= SECTION_TEXT_MIN_BLOCKS
            and _left_as_link(block, chosen, block.text)
        ):
            out.append(i)
    return sorted(held.union(out)) if out else kept


def _kept_prose(page: Page, stats: list[Stats], kept: list[int]) -> list[int]:
    """The kept prose blocks that stand in an element: the paragraphs whose element a linked line between or above
    them must share to be the text's own (:func:`_linked_headings`, :func:`_marked_entries`)."""
    return [i for i in kept if stats[i].prose and page.blocks[i].parent is not None]


def _left_as_link(block: Block, chosen: Choice, words: str) -> bool:
    """:func:`_keep` left ``block`` out only as a link: it stands under no furniture hint inside the chosen container
    and its ``words`` (its text, or the text after a list's mark) are no interface wording (``Read more``,
    ``Share``). Such a line may be the text's own linked heading or list entry."""
    return block_demotion(block, chosen.top) == 0 and not is_ui_wording(words)


def _numbered_entries(page: Page, chosen: Choice, inside: list[int], kept: list[int]) -> list[int]:
    """``kept`` with the entries of the text's numbered list that are mostly links: a paragraph or list item
    :func:`_keep` left out as a link (under no furniture hint, no interface wording) whose number
    (:data:`_ENTRY_NUMBER_RE`) follows that of the kept entry before it in their element. A 2014 culture site's
    list of thirteen lost its last two, ``12. <strong>This godawful, <a>treacle-coated cover of …</a></strong>``
    and ``13. <a><strong>The disrespectful, racist right wing media circus …</strong></a>`` after ``11. Ariel
    Pink. …`` (unseen-en26; trafilatura and readability keep them). A list of related headlines numbers links
    alone: no kept entry opens its count."""
    held, out = set(kept), []
    counted: dict[int, int] = {}  # element -> number of the last kept entry in it
    for i in inside:
        block = page.blocks[i]
        if block.parent is None or block.tag not in _ANNOTATED_LINK_TAGS:
            continue
        number = _entry_number(block.text)
        if i in held:  # a kept block goes on with its element's count, or ends it
            if number is None:
                counted.pop(block.parent, None)
            else:
                counted[block.parent] = number
        elif (
            number is not None
            and counted.get(block.parent) == number - 1
            and block.links
            and _left_as_link(block, chosen, block.text)
        ):
            out.append(i)
            counted[block.parent] = number
    return sorted(held.union(out)) if out else kept


def _marked_entries(page: Page, stats: list[Stats], chosen: Choice, inside: list[int], kept: list[int]) -> list[int]:
    """``kept`` with the entries of a list the text marks (:data:`LIST_MARKS`) that are mostly links: lines
    :func:`_keep` left out as links (under no furniture hint, no interface wording after the mark) standing between
    kept prose blocks of their own element, an element holding :data:`SECTION_TEXT_MIN_BLOCKS` kept prose blocks
    (``<div>▶ 典型案例丨<a>河北邯郸钢铁行业去产能存在乱象 …</a></div>`` among a weekly digest's ``<div>`` paragraphs,
    which trafilatura and readability keep). A related story's linked headline stands in a box of its own, or
    after the text's last paragraph, where :func:`_keep` leaves it out."""
    held = set(kept)
    candidates = [i for i in inside if i not in held and page.blocks[i].links and _opens_with_mark(page.blocks[i].text)]
    if not candidates:  # most pages: no marked line left out
        return kept
    prose = _kept_prose(page, stats, kept)
    prose_in = Counter(page.blocks[i].parent for i in prose)
    out = []
    for i in candidates:
        block = page.blocks[i]
        parent = block.parent
        if (
            parent is not None
            and prose_in[parent] >= SECTION_TEXT_MIN_BLOCKS
            and any(j < i and page.blocks[j].parent == parent for j in prose)
            and any(j > i and page.blocks[j].parent == parent for j in prose)
            and _left_as_link(block, chosen, block.text.lstrip().lstrip(LIST_MARKS).lstrip())
        ):
            out.append(i)
    return sorted(held.union(out)) if out else kept


def _opens_with_mark(text: str) -> bool:
    """Whether ``text`` opens with a list's mark (:data:`LIST_MARKS`)."""
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in LIST_MARKS


def _entry_number(text: str) -> int | None:
    """The number ``text`` opens with as a list's entry (:data:`_ENTRY_NUMBER_RE`), or None."""
    m = _ENTRY_NUMBER_RE.match(text.lstrip())
    return int(m.group(1)) if m else None


def _is_post_info(block: Block, st: Stats) -> bool:
    """Whether ``block`` is a post's info line in a thread: no prose, at most :data:`POST_INFO_MAX_CHARS`, holding a
    date with its clock time (:data:`_POST_STAMP_RE`); or its edit note (:func:`_is_edit_note`). The line saying who
    wrote a post and when, with its votes and the poster's place, sits inside the post's own element on some boards
    (a film site's short reviews: ``span.comment-info``), where the short lines outside the posts are no help; a
    reply's text states no clock time bare of a sentence. A motto the poster set, in brackets after the name,
    makes no prose of it (``双城糖果 (4月十几号是纪念日？) 2008-08-22 08:34:35``: Douban's reply heads,
    :data:`_BRACKETED`), nor do a label's colon and a list's comma without a sentence's full stop (:data:`_FULL_STOP`:
    ``Reply 1 - Posted by: X 5/21/2024 4:47:57 AM (No. 1721835)``, ``On 7/5/2023 at 10:35 PM, X said:``) unless the
    line opens with its stamp: an article's dateline (``2015-07-04 15:31:53 来源: 第一财经日报``), whose date and source
    the fields read; nor do the commas of a stamp that is the whole line (vBulletin's ``24 Apr 18,, 23:50``)."""
    line = _BRACKETED.sub(" ", block.text).strip()
    plain = not st.prose or not (_FULL_STOP.search(line) or _POST_STAMP_RE.match(line))
    short = plain and nonspace_chars(block.text) <= POST_INFO_MAX_CHARS
    stamped = short and _POST_STAMP_RE.search(block.text) is not None
    return stamped or _POST_STAMP_RE.fullmatch(block.text.strip()) is not None or _is_edit_note(block.text)


def _is_edit_note(text: str) -> bool:
    """Whether ``text`` is a post's edit note (:data:`_EDIT_NOTE_RE`, at most :data:`EDIT_NOTE_MAX_CHARS`, dated):
    the board's stamp under the post, prose-shaped (``…, edited 1 time in total.``) and dated in words, which the
    numeric stamp test misses."""
    line = text.strip()
    dated = any(c.isdigit() for c in line)
    return dated and len(line) <= EDIT_NOTE_MAX_CHARS and _EDIT_NOTE_RE.match(line) is not None


def _drop_after_posts(page: Page, body: list[int], choice: Choice, lead_box: int | None) -> list[int]:
    """Stage 4c, on a page that declares no article: a thread's text ends with its last post. What follows it
    outside the posts (and outside the post it was found from, the text the page's summary opens and, for a
    question's thread, the replies) is the thread's furniture, prose or not: the answer box's help under the last
    answer (CodeProject wraps its whole page in one ASP.NET form, so the box sits in no form of its own), a login
    prompt, an offer of help by e-mail, a licence line. Not on a page that declares an article
    (:func:`~newsmend.content.growth.declares_article`): there a "thread" of look-alike sections may end before the
    story's last section or its readers' comments (a how-to's tips, a blog's comments: magic-html article-cb4a1e41
    0.493 -> 0.485, trafilatura-eval t0333 lost two of its six kept lines, forum-566030b8 0.78 -> 0.66, a closing
    notice the labels keep). Dev pages: 14 of 798 change, magic-html non-zh 0.8586 -> 0.8598 (forum-ed1ddec0
    0.762 -> 0.934, forum-ebc78eae 0.922 -> 0.943), trafilatura-eval snippets 0.932 -> 0.934 (four leaked
    boilerplate snippets out); magic-html zh 0.92527 -> 0.92516 (article-9f4c1adb: its reprint notice goes, and
    the body trimming downstream then drops a byline line the labels keep)."""
    last = max((i for i in body if _in_posts(page.blocks[i], choice)), default=None)
    if last is None:
        return body
    return [
        i
        for i in body
        if i <= last
        or _in_posts(page.blocks[i], choice)
        or not _outside_post(page.blocks[i], choice, lead_box)
        or (choice.comments and _in_reply(page.blocks[i]))
    ]


def _drop_slideshow(page: Page, stats: list[Stats], body: list[int]) -> list[int]:
    """Stage 4a: a slideshow set in the text (:func:`~newsmend.content.values.slideshow_in_text`) goes whole, its
    counters, captions and credits: a gallery beside the story, not the story."""
    show = slideshow_in_text(page, stats, body)
    if show is None:
        return body
    return [i for i in body if not page.blocks[i].within(show)]


@lru_cache(maxsize=4096)
def _in_quote(path: str) -> bool:
    """Whether a block of element path ``path`` sits in a quotation's element: a ``<blockquote>`` or a box whose
    class says it quotes (``div.pullquote``, ``aside.quote``). Cached, and read as its parent's path and one more
    segment: a text's paragraphs share a few paths, and a new path's parent is nearly always cached already, so it
    costs one segment's words, not a dozen (as :func:`~newsmend.content.paths.path_hints`)."""
    head, _, label = path.rpartition(">")
    quotes = label_tag(label) == "blockquote" or not QUOTE_WORDS.isdisjoint(label_tokens(label))
    return quotes or (bool(head) and _in_quote(head))


def _drop_pull_quotes(page: Page, body: list[int]) -> list[int]:
    """Stage 4a': a pull quote, a quotation's block whose words (:data:`PULL_QUOTE_MIN_CHARS` or more, without
    the marks around them) stand word for word in another paragraph of the text outside a quotation: a magazine
    lifts a sentence of its story and sets it big between paragraphs (``The focus of her investigation was on how
    nuns live, work and pray.``, a news site's ``blockquote``, unseen-en25), or, a sentence of
    :data:`PULL_QUOTE_MIN_WORDS` words or more, cut short or written in other capitals and marks, its pieces
    standing in one paragraph in their order (:func:`_abridged_from`). A reader reads it once, where the story
    says it; a quotation of words said elsewhere (an e-mail, a tweet, a speech) stands in the text once and
    stays. So is a list each of whose items is a sentence lifted so (:func:`_list_items`,
    :func:`_sentence_lifted`), with the short heading right before it, its title: a highlights box over the text,
    its bullets two sentences of the story cut short (an Indian daily's ``<h4>Highlights</h4>``, ninetieth audit)."""
    quoted = {i for i in body if _in_quote(page.blocks[i].path)}
    lists = _list_items(page, body)
    if not quoted and not lists:
        return body
    listed = {i for items in lists.values() for i in items}
    lifted_from = _lifted_test([page.blocks[i].text for i in body if i not in quoted and i not in listed])
    drop = {i for i in quoted if lifted_from(page.blocks[i].text)}
    for items in lists.values():
        if all(_sentence_lifted(page.blocks[i].text, lifted_from) for i in items):
            title = page.blocks[items[0] - 1] if items[0] > 0 else None
            titled = title is not None and title.tag in HEADINGS and nonspace_chars(title.text) <= BOX_TITLE_MAX_CHARS
            drop.update([*items, items[0] - 1] if titled else items)
    return [i for i in body if i not in drop]


def _list_items(page: Page, body: list[int]) -> dict[int, list[int]]:
    """The body's list items (``<li>`` blocks) by the list element they stand in (their parent)."""
    lists: dict[int, list[int]] = {}
    for i in body:
        block = page.blocks[i]
        parent = block.parent
        if block.tag == "li" and parent is not None:
            lists.setdefault(parent, []).append(i)
    return lists


def _sentence_lifted(text: str, lifted_from: Callable[[str], bool]) -> bool:
    """``text`` holds :data:`PULL_QUOTE_MIN_WORDS` words or more between spaces and is lifted from the text
    (``lifted_from``): a sentence repeated, where a list's address or name (a forum post's ``http://…?page=2`` it
    quotes again later, magic-html forum-cb3f1408) is no summary of it."""
    return len(text.split()) >= PULL_QUOTE_MIN_WORDS and lifted_from(text)


def _lifted_test(prose: list[str]) -> Callable[[str], bool]:
    """A test of whether a line's words (:data:`PULL_QUOTE_MIN_CHARS` or more, without the marks around them) are
    lifted from one of the ``prose`` paragraphs: standing in it word for word, or a sentence of
    :data:`PULL_QUOTE_MIN_WORDS` words or more abridged from it (:func:`_abridged_from`)."""
    # each paragraph's words and their set, read once a line is no exact copy: a line holding a word the paragraph
    # lacks cannot be abridged from it, a C-speed test before the word-by-word walk
    prose_words: list[tuple[list[str], frozenset[str]]] = []

    def lifted_from(text: str) -> bool:
        words = text.strip(_QUOTE_MARKS).rstrip(_SENTENCE_STOPS)
        if nonspace_chars(words) < PULL_QUOTE_MIN_CHARS:
            return False
        if any(words in paragraph for paragraph in prose):
            return True
        if not prose_words:
            prose_words.extend((found, frozenset(found)) for found in map(_quote_words, prose))
        lifted = _quote_words(words)
        return len(lifted) >= PULL_QUOTE_MIN_WORDS and any(
            kept.issuperset(lifted) and _abridged_from(lifted, paragraph) for paragraph, kept in prose_words
        )

    return lifted_from


def _quote_words(text: str) -> list[str]:
    """The words of ``text`` as a pull quote and its paragraph are compared: casefolded, marks between them
    dropped."""
    return _QUOTE_WORD_RE.findall(text.casefold())


def _abridged_from(quote: list[str], text: list[str]) -> bool:
    """The ``quote``'s words stand in ``text`` in their order, in at most :data:`PULL_QUOTE_MAX_RUNS` runs of
    :data:`PULL_QUOTE_RUN_MIN_WORDS` words or more, each run the longest one found after the previous: the
    sentence a pull quote lifts with words left out between its pieces."""
    at = start = runs = 0
    while at < len(quote):
        length, end = 0, start
        for j in range(start, len(text) - PULL_QUOTE_RUN_MIN_WORDS + 1):
            n = 0
            while at + n < len(quote) and j + n < len(text) and quote[at + n] == text[j + n]:
                n += 1
            if n > length:
                length, end = n, j + n
        runs += 1
        if length < PULL_QUOTE_RUN_MIN_WORDS or runs > PULL_QUOTE_MAX_RUNS:
            return False
        at, start = at + length, end
    return runs > 0


def prune(page: Page, stats: list[Stats], chosen: Choice) -> list[int]:
    """Stage 4: the indices of the blocks inside the chosen container that are article text, in reading order: kept
    block by block (:func:`_keep`) with the linked headings of its sections (:func:`_linked_headings`), the linked
    entries of its numbered list (:func:`_numbered_entries`) and the linked lines of a list it marks
    (:func:`_marked_entries`), then without the hinted boxes, trailing related links and a slideshow set in the text;
    in an article without pull quotes and lists lifted from the text (:func:`_drop_pull_quotes`) and another story's
    cards; without widget runs and empty headings; then in an article without the short lines left alone in a box
    (:func:`_drop_box_remnants`), in a thread without what follows its last post (unless the page declares an
    article), the signatures beside its posts' text (:func:`_drop_side_signatures`) and its posts' info lines and
    edit notes (:func:`_is_post_info`); and with the lead set apart above it unless the body holds the block the
    page's summary opens."""
    inside = [i for i, b in enumerate(page.blocks) if b.within(chosen.top)]
    lead_box = _text_element(page.blocks[chosen.lead]) if chosen.lead is not None else None
    by_kind = chosen.posts is not None and not chosen.strict  # a thread found by its posts' kind
    prose_lines = _prose_paragraphs(page, stats, inside) if by_kind else frozenset()
    kept = [i for i in inside if _keep(page.blocks[i], stats[i], chosen, lead_box, prose_lines)]
    kept = _numbered_entries(page, chosen, inside, _linked_headings(page, stats, chosen, inside, kept))
    kept = _marked_entries(page, stats, chosen, inside, kept)
    kept = _drop_trailing_link_items(page, _drop_hinted_boxes(page, kept, stats, chosen.top), stats)
    kept = _drop_slideshow(page, stats, kept)
    if chosen.posts is None:  # a thread's posts quote the posts they answer; they may be <article> elements too
        kept = _drop_teaser_cards(page, stats, _drop_pull_quotes(page, kept), inside, chosen.top)
    body = _drop_empty_headings(page, _drop_widget_runs(page, kept, stats, chosen))
    if chosen.posts is None:  # a thread's short replies are its text (their boxes hold the poster's furniture)
        body = _drop_box_remnants(page, stats, body, chosen.top)
    elif not declares_article(page):
        body = _drop_after_posts(page, body, chosen, lead_box)
    if chosen.posts is not None:
        body = [i for i in _drop_side_signatures(page, body) if not _is_post_info(page.blocks[i], stats[i])]
    if chosen.lead is None or chosen.lead not in body:
        body = _recover_lead(page, stats, body, chosen.lead)
    return body
