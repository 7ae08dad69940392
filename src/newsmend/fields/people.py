"""Who wrote it, who edited it, where it comes from: names out of bylines, meta values and datelines.

A byline value is a list of names with noise around it (``本报记者 张三 李四``, ``By Jane Doe and
John Smith``, ``张三_NB12345``, ``作者：未知``). These rules keep what is shaped like a person's name
and drop the rest, so that a field is None rather than wrong.

>>> split_names("张三、李四 摄")
['张三', '李四']
>>> split_names("By Jane Doe and John Smith")
['Jane Doe', 'John Smith']
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from newsmend.fields.dates import find_date
from newsmend.fields.lines import (
    BY_WORDS,
    CREW_TAIL_RE,
    DATE_PREPOSITIONS,
    LABELS,
    clean,
    fold,
    is_comment_heading,
    without_edge_marks,
)
from newsmend.fields.title import SITE_MIN_CHARS
from newsmend.repair.model_cache import cached, jieba_dictionary

#: Longest Chinese name (with ``·`` for transliterated foreign names, e.g. ``约翰·史密斯``).
HAN_NAME_MAX_CHARS = 12
#: Longest Chinese name written without ``·``: Han names have two to four characters, minority names written
#: whole a few more; a longer run is a name glued to link text (``向雪妮返回富达``).
HAN_PLAIN_NAME_MAX_CHARS = 6
#: Shortest Han credit read as an outlet when it ends like one (``新华社`` or ``某某台`` of three characters may
#: be a person's name: 社, 台 close given names too); kept from the name rule's first version, set on gne-zh.
HAN_OUTLET_MIN_CHARS = 4
#: Shortest Han name: where a name glued to its affiliation may end first.
HAN_NAME_MIN_CHARS = 2
#: A Han name glued to an affiliation that closes with an academic or institutional title (``张三北京大学经济学院
#: 教授``: a byline's ``作者：`` value at the foot of a commentary): an institution word, then the title.
_AFFILIATED_RE = re.compile(
    r"[\u3400-\u9fff]{3,}?(?:大学|学院|研究院|研究所|研究中心|科学院|社科院|党校)[\u3400-\u9fff]*?"
    r"(?:教授|研究员|讲师|主任|院长|所长|博士|博士生|研究生|学者|专家)"
)
#: Longest alphabetic name, in words (``Juan Carlos de la Vega``).
NAME_MAX_WORDS = 5
#: Longest source outlet name (``澎湃新闻·澎湃号·政务``).
SOURCE_MAX_CHARS = 30
#: Verbs with which a site credits itself for republishing another outlet's story after its name (``某某网收集``,
#: ``本站整理``); not ``综合`` (``自媒体综合`` names the source).
_COMPILED_RE = re.compile(r"(?:收集|整理|转载|轉載|转自|轉自|摘编|摘編|编译|編譯)$")
#: Marks a source value's ends lose (a label's colon, the brackets around a quoted name: ``（新华社）``, the bar
#: setting the next field apart: ``Source: PM | Duration: 3min 13sec``, a broadcaster's audio page), but for a
#: bracket closing one the name opened (:func:`~newsmend.fields.lines.without_edge_marks`): a Japanese site writes
#: its name's reading in brackets after it (``BUZZAP！（バザップ！）``, ``TECH+（テックプラス）``).
_SOURCE_EDGE_MARKS = " .:：()（）[]【】|｜"
#: ``X报道`` (reported by X) as a source value (``来源: 网易科技报道``): the outlet is X.
_REPORTED_RE = re.compile(r"(?<=[\u3400-\u9fff]{2})(?:报道|报导)$")
#: Several Han names, spaced, then the places they report from after a slash (``張三 李四／新北 台南報導``): two
#: places spaced apart gave ``李四／新北`` and ``台南報導`` as names (eighteenth audit, a 2023 public broadcaster's
#: story from two cities). One word before the slash is left whole: a desk or an outlet (``社會中心／台北報導``,
#: ``中央社／台北報導``) would be read as a name, and :func:`credit_line` reads such credits. Matched folded.
_NAMES_PLACES_REPORTED_RE = re.compile(
    r"^(?P<names>[\u3400-\u9fff]{2,4}(?:\s+[\u3400-\u9fff]{2,4})+)\s*[/／][\u3400-\u9fff\s]{2,20}?(?:报道|报导)$"
)

#: A photographer's credit after the writer's in one line (``文/张三 图/李四``, ``记者 张三 摄影 李四``): the
#: pictures' credit, no author's. Matched folded.
_PHOTO_CREDIT_RE = re.compile(r"\s+(?:(?:图|图片|摄影|摄)\s*[/／:：｜|丨]|摄影\s).*$")

_HAN_NAME_RE = re.compile(rf"^[\u3400-\u9fff][\u3400-\u9fff·•\-－]{{1,{HAN_NAME_MAX_CHARS - 1}}}$")
_HANGUL_NAME_RE = re.compile(r"^[\uac00-\ud7af]{2,5}$")
_PARTICLES = frozenset(["de", "da", "van", "von", "der", "den", "del", "la", "le", "di", "du", "bin", "al", "y", "-"])
#: Words a name never ends with but an author link's label does, the name on the line after it (``SHOW ALL ARTICLES
#: OF<br>Jane Doe``: a 2019 law blog's author box, twenty-first audit; ``Alle Artikel von``, ``View all posts by``):
#: the prepositions that lead to the name. Not the other particles: ``Le``, ``Du``, ``Di`` end Vietnamese and
#: Chinese names.
_LEADING_WORDS = frozenset(["of", "by", "von", "from"])
#: What a handle and the name it spells are compared by: their letters, lower-cased, without digits, signs or spaces
#: (``71187_predator`` and xenForo's ``predator.71187`` are ``Predator``, ``leena-simon`` is ``Leena Simon``,
#: ``@northwaleslive`` is ``North Wales Live``): a member's number or an account's year is the site's, no name's.
_NOT_LETTERS_RE = re.compile(r"[\W\d_]+")
#: The definite article opening an outlet's name (``The Plain Dealer``, ``The Times-Picayune`` after a writer's name
#: in a byline: a 2014 daily's, unseen-en26); no person's name opens with it.
_OUTLET_ARTICLE = "The"
_STAFF_CODE_RE = re.compile(r"_[A-Za-z]*\d+$")
#: A staff code after a Han name, set off by a space (``责任编辑：张三 SN225``, ``[责任编辑：李四 PF171]``): the
#: portals' editor codes (sina, ifeng; three dev pages of magic-html and gne-zh), no part of the name.
_HAN_STAFF_CODE_RE = re.compile(r"(?<=[\u3400-\u9fff])\s+[A-Z]{1,4}\d{2,6}$")
#: The office a reporter files from after her name, joined by an underscore (``林欣儀_台中``: a 2023 Taiwanese
#: daily's JSON-LD Person, data layer and byline link; thirtieth audit): a newsroom system's join of the reporter
#: and her city, as ``_NB12345`` joins her staff code (:data:`_STAFF_CODE_RE`); no Han name holds an underscore.
#: The name before it has two to four characters, a person's: a blog's name (``史蒂文的家_藍天``) runs longer.
_HAN_NAME_OFFICE_RE = re.compile(r"^(?P<name>[\u3400-\u9fff]{2,4})_[\u3400-\u9fff]{1,4}$")
_TRAILING_PAREN_RE = re.compile(r"\s*[(（][^)）]*[)）]?\s*$")
#: A transliterated name glossed with its original spelling in brackets (``琳达·普雷斯利（Linda Pressly）``), as
#: Chinese outlets print a foreign author's name: the Han name is the byline's.
_GLOSSED_NAME_RE = re.compile(r"^(?P<name>[\u3400-\u9fff][\u3400-\u9fff·•\-－]*)\s*[（(][A-Za-z][A-Za-z .'\-]*[)）]?$")
#: A desk's or an agency's sign-off in brackets after a writer's name (``Julia Hitz (eg)``, ``Peter Müller
#: (dpa)``, ``Jan Jansen (red.)``, ``X (eg/dpa)``): German and Dutch bylines close a name with the initials of the
#: editor who handled it or the agency it came through, in lower case, which no name is written in. The name before
#: is the writer's; the bracket, split as a name, cost her the byline (its words are no name's).
_SIGN_OFF_RE = re.compile(r"(?<=[^\W\d_])\s*[(（]\s*[a-zäöüß]{1,4}\.?(?:\s*[/,]\s*[a-zäöüß]{1,4}\.?)*\s*[)）]")
_NAME_SPLIT_RE = re.compile(r"\s*(?:[,，、;；/|｜&]|\s[-–—]\s|\band\b|\bund\b|\bet\b|\by\b(?=\s+[A-Z]))\s*")
#: A bar or a middle dot with spaces around it between a Latin-script byline's fields (name, place, date; a section
#: before the names: ``Politik · Jochen Bittner, Tina Hildebrandt``, a German weekly's e-paper, unseen-ml6); Han
#: bylines also use bars between co-authors (``张三｜李四``).
_FIELD_BAR_RE = re.compile(r"\s+[|｜·•]\s+")
_LATIN_RE = re.compile(r"[A-Za-z]")
#: Marks a byline sets between its names and the date after them (``By X - January 10, 2020``, ``X, 3 May 2023``).
_DATE_SEPARATORS = " -–—,·•"
#: ... or the preposition that introduces the date (``By Jane Doe on June 1, 2019``, ``von X am 3. Mai 2023``,
#: ``par X le 3 mai 2023``): lower case, so no name's last word.
_DATE_PREPOSITION_RE = re.compile(r"\s(?:" + "|".join(DATE_PREPOSITIONS) + r")$")
#: Labels of a page's last update, which a byline sets before the date after the names as it sets a publication
#: date's label (``Jane Doe Stand: 05. Februar 2020``: German ``Stand``, as of).
_UPDATE_LABELS = ("Stand", "Aktualisiert", "Zuletzt aktualisiert", "Updated", "Last updated", "Mis à jour")
#: A date's label closing the text before the date (:func:`_names_before_date`): a publication date's label
#: (:data:`~newsmend.fields.lines.LABELS`) or an update's, after a space, with its colon.
_DATE_LABEL_END_RE = re.compile(
    r"\s(?:" + "|".join(re.escape(label) for label in (*LABELS["date"], *_UPDATE_LABELS)) + r")\s*[:：]$", re.I
)
#: By-words and credit labels before a byline's names; ``Text`` may credit the pictures too (``Text & Fotos: X``,
#: ``Text und Bilder: X``: the writer took them), which split as names gave none.
_BY_PREFIX_RE = re.compile(
    rf"^(?:{BY_WORDS}|di|written by|posted by|text(?:\s*(?:&|und|and|\+)\s*(?:fotos?|bilder?|photos?))?:?)\s+",
    re.I,
)
#: Where a by-word introduced the names: the section or place set after them (``By Jane Doe in Politics``,
#: ``Written by X in Valve on 1 June 2019``, a blog's ``by X in Uncategorized``, ``par X à Paris``): a lower-case
#: preposition before a capitalised word, which no name holds (``en`` is not one: Dutch joins names with it).
_AFTER_NAMES_RE = re.compile(r"\s+(?:in|à)\s+[A-ZÀ-Þ].*$")
#: A role word before the names (``记者``, ``文：``) or after them, after a space or a slash: a Taiwanese
#: broadcaster's byline credits its translators ``張三 李四／編譯`` (the full-width slash as in its ``王五／台北報導``),
#: where the last name kept the ``／編譯`` (eighteenth audit, a 2023 public broadcaster's world story).
_ROLE_WORDS_RE = re.compile(
    r"^(?:本报|本网|本台|特约|实习|见习)?(?:记者|通讯员|作者|撰文|编译|整理)[:：/\s]*|^文\s*[:：/｜|丨]\s*"
    r"|[\s/／]*(?:摄影?|报道|编译|整理|综合报道|发自\S{0,8}|图/?文|撰文)$"
)
#: Values that say "no author", and interface words that sit where a name would (``E-Mail``, ``Mehr``, a story's
#: kind in a credit: ``快訊／台北報導``; ``报导``, Taiwan's ``報導`` folded, closing a credit as in
#: ``編輯 陳妍如 報導``, a 2023 broadcaster's byline read as two names: unseen-zh11).
NOT_NAMES = (
    "未知 佚名 匿名 网络 网络整理 本站 本站原创 原创 编辑部 记者 作者 小编 admin administrator unknown staff guest "
    "实习生 通讯员 摄影 摄影记者 编译 整理 整合 综合整理 报道 报导 综合 管理员 系统管理员 快讯 即时 专题 影音 视频 "
    "电子信箱 电子邮箱 联系邮箱 邮箱 信箱 联系电话 电话 传真 查看更多 更多 返回 返回首页 阅读原文 查看原文 名片 "
    "e-mail email mail name mehr more von by kontakt contact profil profile share teilen phd md mba jr sr"
)
#: ... as a set of words, which readers of other fields ask too (a role word after a conjunction follows a name).
NOT_NAME_WORDS = frozenset(NOT_NAMES.split())
#: A pen name written in Latin letters: one lowercase word of letters, digits and underscores, at least three
#: characters long, or a screen name running a few Han characters and a Latin word together either way round
#: (``潇湘demi``, ``python红红``, ``Alex陌``: a 2018 blog platform's writers, seventieth audit) (:func:`pen_name`).
_PEN_NAME_RE = re.compile(
    r"[a-z][a-z0-9_]{2,}|[\u4e00-\u9fff]{1,6}[a-z][a-z0-9_]+|[A-Za-z][a-z0-9_]+[\u4e00-\u9fff]{1,6}"
)
#: Words that are never pen names: :data:`NOT_NAMES` and the lowercase words a CMS prints where the author stands
#: naming a role or an account, no one.
_NOT_PEN_NAMES = NOT_NAME_WORDS | frozenset(
    ("editor", "webmaster", "anonymous", "user", "reporter", "writer", "author", "root", "system")
)
#: A link's label opens with an interface verb (``返回X`` back to X, ``查看X`` see X, ``点击X`` click X): standing
#: after the names of a byline (``作者：张三 李四<a>返回某某，查看更多</a>``), it is no name. So in Latin letters
#: (``See All Articles``, ``View all posts``, ``Show more``): the label of a link to the author's page in an
#: author box, three capitalised words a name's shape admits (a 2014 US opinion site's column was credited to
#: ``See All Articles``, thirty-fifth audit). No first name is one of these verbs followed by a space.
_INTERFACE_HEAD_RE = re.compile(r"^(?:返回|查看|点击|(?:see|view|show|click|browse|visit)\s)", re.I)
#: A Han credit ending in a job title is the title, not a name (``某某网专栏作者 张三``, ``新华社记者 李四``):
#: the name is the next part.
_TITLE_END_RE = re.compile(r"(?:记者|作者|作家|通讯员|评论员|撰稿人|编辑|主编|实习生|摄影师)$")
_AGENCY_SUFFIX = ("社", "网", "报", "台", "新闻", "日报", "晚报", "周刊", "客户端", "频道", "杂志", "通讯")
#: :data:`_AGENCY_SUFFIX` as a regular expression's group: the end of an outlet's name in a dateline.
_AGENCY_END = "(?:" + "|".join(_AGENCY_SUFFIX) + ")"
#: A desk, not a person, credited where reporters are (``國際中心／綜合報導``: the international desk).
_DESK_WORD = "(?:中心|编辑部|新闻部|小组)"
#: A dateline ``（X讯）`` in brackets opening the first paragraph: X the outlet, a kind of dispatch (``专讯`` an
#: exclusive, ``特讯`` a special one, ``快讯`` a flash) no part of its name (``【某報專訊】``: 某報).
_DATELINE_XUN_RE = re.compile(r"^[（(【\[]\s*(?P<src>[^（()）\s]{2,20}?)\s*[专特快]?讯")
#: A dateline ``（X报道）`` in brackets opening the first paragraph, X an outlet's name (:data:`_AGENCY_END`): Hong
#: Kong dailies open their own stories so (``(星島日報報道)``, unseen-zh18); a reporter's name there is no outlet.
_DATELINE_REPORTED_RE = re.compile(
    r"^[（(【\[]\s*(?P<src>[\u3400-\u9fff]{1,12}?" + _AGENCY_END + r")\s*(?:报道|报导)\s*[）)】\]]"
)
#: A dateline ``X讯`` opening the paragraph without brackets (``某某科技讯 北京时间…``, ``某某网10月4日讯（记者…）``,
#: ``某报快讯：``, cited: ``据X讯``): X, a word of its own before the date; not a word ending in 讯 (资讯, 通讯, 简讯,
#: 喜讯).
_DATELINE_BARE_XUN_RE = re.compile(
    r"^据?(?P<src>[^\s\d，,。：:；;（()）【】\[\]“”\"《》]{2,12}?)(?<![资通喜简音传短电闻])(?:\d{1,2}月\d{1,2}日)?快?讯"
    r"(?=[\s，,（(:：])"
)
#: A place in brackets after an outlet's name, spaced or glued: the city the outlet is based in, as a portal's info
#: bar printed its copies' sources (``来源: 京华时报(北京)``, a 2006 portal's story, sixtieth audit).
_BRACKETED_PLACE_RE = re.compile(r"\s*[（(](?P<place>[\u3400-\u9fff]{2,8})[）)]")
#: A credit in brackets opening the first paragraph: the outlet (or its desk), a slash and the reporter, as a
#: Taiwanese financial wire opens its stories (``【某某快報／張三】摩根士丹利…``, sixtieth audit): the bracket's
#: content read as :func:`_outlet_credit` reads a credit standing as a line of its own.
_BRACKETED_CREDIT_RE = re.compile(r"^[【〔\[［（(]\s*(?P<credit>[^【】〔〕\[\]［］（()）]{3,30}?)\s*[】〕\]］）)]")
#: The day an agency's dispatch is dated, its month optional (``9月13日``, ``23日``), before its ``电``.
_FILED_DAY = r"(?:\d{1,2}月)?\d{1,2}日"
#: ... also in the brackets opening the paragraph, as Taiwan's agencies print it (``（某某社記者張三台北19日電）``).
#: The place and day may run longer than a short word before ``电`` where a foreign city's name is transliterated
#: (``新华社符拉迪沃斯托克9月13日电``: Vladivostok in seven characters, then the date).
_DATELINE_JIZHE_RE = re.compile(
    r"^(?:[（(〔【\[]\s*)?据?(?P<src>[\u3400-\u9fff]{1,12}" + _AGENCY_END + r")"
    r"(?:记者|[\u3400-\u9fff]{1,12}" + _FILED_DAY + r"电|\S{0,8}电|快?讯)"
)
#: ... the shortest such outlet when ``记者`` follows it: the reporter's name may end like an outlet and the place
#: glued after it begin the ``…电`` the pattern above ends with (``（中央社記者沈佩瑤台北23日電）`` read
#: ``中央社記者沈佩瑤台``, the reporter's name then a piece of the source: a 2023 agency story, unseen-zh11).
_DATELINE_JIZHE_FIRST_RE = re.compile(
    r"^(?:[（(〔【\[]\s*)?据?(?P<src>[\u3400-\u9fff]{1,12}?" + _AGENCY_END + r")记者"
)
#: ... an outlet and the place it filed from glued before the day and ``电`` (``（某某社台北23日電）``,
#: ``新华社北京5月3日电``, ``（某某社曼谷23日綜合外電報導）``, ``某某社華盛頓23日專電``): where the outlet
#: ends is read off the place (:func:`_filed_outlet`), as :data:`_DATELINE_JIZHE_RE`, greedy, takes ``台`` (a
#: broadcaster's suffix) of ``台北`` into the outlet (``中央社台``: a 2023 agency story with no reporter, unseen-zh19).
_DATELINE_FILED_RE = re.compile(
    r"^(?:[（(〔【\[]\s*)?据?(?P<head>[\u3400-\u9fff]{2,24}?)" + _FILED_DAY + r"(?:专|综合外)?电"
)
#: The reporters a dateline credits in brackets: ``某报快讯（记者 张三）``, ``新华社北京5月3日电（记者 张三 李四）``,
#: ``本站讯（通讯员 张三 李四）`` (a correspondent writes the story the outlet runs under its own dateline); a
#: portal's own desk dates its stories ``报道`` and credits the writer ``文/`` before the camera's credit
#: (``网易娱乐9月13日报道 （文/少言 摄像/毛杰）``, a 2010 portal's story, forty-fifth audit: :data:`CREW_TAIL_RE`);
#: ``据X报道`` cites another outlet's report, no dateline of the page's own. The brackets may open the paragraph with no
#: dateline before them and a slash after the label (``（记者/张三)由某某执导的…``: a 2006 portal's copy of a daily's
#: story, sixtieth audit). The dateline may stand in brackets of its own and the reporters' outlet open theirs, as
#: Hong Kong dailies' sites print their own stories (``【文匯網訊】(香港文匯報記者 張三 李四)這一夜…``, a 2018 daily's
#: local story, ninety-first audit).
_DATELINE_REPORTERS_RE = re.compile(
    r"^(?!据[^（()）。，]*报道)(?:[^（()）。，]{2,30}?(?:讯|电|报道)[】\]]?\s*)?[（(]\s*"
    r"(?:本报|本台|本网|[\u3400-\u9fff]{1,12}?" + _AGENCY_END + r")?(?:特约|实习|见习|职工)?"
    r"(?:(?:记者|通讯员)\s*[/／]?|文\s*[/／])\s*(?P<names>[^（()）]{2,24})[）)]"
)
#: ... or, with no label, the names alone in the brackets after an agency's dispatch line
#: (``新华社北京11月21日电（黎云、吴旭）``: Xinhua's dispatches at times credit their writers so; a 2016 portal's
#: reprint, unseen-zh32): two names or more, set apart by ``、`` or spaces, for one word there is a genre's
#: (``（综述）``, ``（国际观察）``), no writer's.
_DATELINE_NAMES_RE = re.compile(
    r"^[^（()）。，]{2,30}?" + _FILED_DAY + r"专?电\s*[（(]\s*"
    r"(?P<names>[\u3400-\u9fff]{2,4}(?:(?:\s*、\s*|\s+)[\u3400-\u9fff]{2,4}){1,3})\s*[）)]"
)
#: The reporters a dateline in the brackets opening the paragraph credits after the outlet's ``记者``, as Taiwan's
#: outlets print it: glued to the place and day the story was filed from (``（某某社記者張三、李四台北19日電）``), or
#: before the place after a slash or a space (``〔記者張三／台北報導〕``, ``記者張三 台北報導``), or glued to it before
#: ``報導`` (``某某報記者張三台灣台北報導``). The glued forms need their place read off the end. A portal reprinting
#: the agency's story drops the brackets (``中央社記者張三台北28日電 行政院…``): the line then ends at a space, a comma
#: or the paragraph's end; names hold no sentence's marks, so a sentence is none.
_BRACKET_REPORTERS_RE = re.compile(
    r"^(?P<open>[（(〔【\[]\s*)?[\u3400-\u9fff]{0,12}?(?:特约|实习|见习)?记者\s*"
    r"(?P<names>[^（()）〔〕【】\[\]/／\d\s，,。：:；;]{2,40}?)\s*"
    r"(?:(?P<glued>\d{1,2}日电|报导|报道)|(?:[/／]\s*|(?<=\s))[\u3400-\u9fff]{2,8}(?:报导|报道))"
    r"(?(open)\s*[）)〕】\]]|(?=[\s，,]|$))"
)
#: A credit as Taiwan's dailies print it: the reporters, a slash, the place the story was filed from (or ``綜合``,
#: compiled) and ``報導`` (``張三／台中報導``, ``記者張三、李四／台北報導``), or the places, spaced, when a story
#: was filed from several (``張三／台北 高雄報導``). ``记者`` stands inside the names only after a comma, labelling the
#: next reporter (``記者張三、記者李四``): a word before a ``记者`` it is set or glued against (``今天 記者張三``, a day
#: before the credit) is none of the names ...
_CREDIT = (
    r"(?:记者\s*)?(?P<names>[\u3400-\u9fff](?:[、，,]\s*记者|(?!\s*记者)[\u3400-\u9fff、，,\s]){1,30}?)\s*[/／]\s*"
    r"(?:[\u3400-\u9fff]{2,8}\s+){0,2}[\u3400-\u9fff]{0,8}(?:报导|报道)"
)
#: ... closing a paragraph in brackets (``……釐清死因。（張三／台中報導）``) ...
_CLOSING_REPORTERS_RE = re.compile(r"[（(]\s*" + _CREDIT + r"\s*[）)]\s*$")
#: ... or, as mainland outlets print it, closing the text's last paragraph with the outlet's ``记者`` and no
#: place (``……对抗通货膨胀。（某台记者 张三）``, ``（记者 张三 李四）``, ``（某报驻东京记者 张三）``); a photographer's
#: credit (``（记者 张三 摄）``) is no author's.
_CLOSING_JIZHE_RE = re.compile(
    r"[（(]\s*(?:[\u3400-\u9fff]{1,12}?(?:驻[\u3400-\u9fff]{1,6})?)?(?:特约|实习|见习)?记者\s*"
    r"(?P<names>[\u3400-\u9fff][\u3400-\u9fff、，,\s]{1,23}?)\s*(?:报道|报导|采写)?\s*[）)]\s*$"
)
#: ... or with no brackets, ``记者`` and the names glued after the last sentence's stop, as district papers and
#: the government sites that run their copy print it (``……等参加会议。记者  张三``): names alone to the end, nothing
#: after them, so a sentence that goes on (``。记者张三表示……``) is none.
_CLOSING_BARE_JIZHE_RE = re.compile(
    r"[。！？!?”」』]\s*(?:特约|实习|见习)?记者\s*(?P<names>[\u3400-\u9fff]{2,4}(?:[、，,\s]+[\u3400-\u9fff]{2,4}){0,3})\s*$"
)
#: ... or, with no label at all, a name in brackets after the text's last sentence (``……以外。（辰辰）``,
#: ``……举行。（张三）``): the writer's credit as portals' tech desks and provincial papers print it (163 and sina
#: tech; gne-zh's shanxi-1 and sina-4). A bracket inside a sentence (``当地居民（王某）说``) stands before its stop.
#: The name has two to four Han characters, as Han names do, or a transliteration's ``·``: an office credited so is
#: longer (gne-zh's gzggw-1 closes with ``（德清县发改局）``). Several such names, spaced or listed, credit the
#: story's writers together (``……实现脱贫不返贫。（王嫚 李小玲 黄座登 王文）``, a 2016 provincial channel of a national
#: daily's site: unseen-zh35).
_CLOSING_NAME_RE = re.compile(
    r"[。！？!?”」』]\s*[（(]\s*(?P<name>[\u3400-\u9fff]{2,4}(?:[\s、，,]+[\u3400-\u9fff]{2,4}){0,4}"
    r"|[\u3400-\u9fff]+·[\u3400-\u9fff·]+)\s*[）)]\s*$"
)
#: Words that close a text in brackets and name no one (``（完）``, ``（待续）``, ``（全文完）``) ...
_CLOSING_MARKS = frozenset(
    (
        "完", "待续", "未完", "未完待续", "续", "续完", "全文", "全文完", "终", "结束",
        "上", "中", "下", "上篇", "中篇", "下篇",
    )
)  # fmt: skip
#: ... and the last characters of an office's short name (``（市发改委）``, ``（区教育局）``).
_OFFICE_ENDS = tuple("局厅委办部处院所站队")
#: The end of an outlet's name in a credit line: :data:`_AGENCY_END`, or ``新闻`` and one word after it
#: (``ETtoday新聞雲``, a news cloud).
_OUTLET_END = _AGENCY_END + r"|新闻[\u3400-\u9fff]?"
#: Words for the day a story was filed that a site prints before its credit line (``今天 記者張三／台北報導``: today,
#: yesterday), with no date to read in them.
_DAY_WORD = "(?:今天|今日|昨天|昨日|前天)"
#: What a credit line may open with before its ``记者``: the outlet's name and a space (``ETtoday新聞雲 記者張三／台北
#: 報導``; the name may open with Latin letters) or a day's word (:data:`_DAY_WORD`).
_CREDIT_LEAD = r"(?:[A-Za-z\u3400-\u9fff]{2,12}?(?:" + _OUTLET_END + r")\s+|" + _DAY_WORD + r"\s*)(?=记者)"
#: ... or standing as a line of its own at the top of the text (``記者張三／南市報導``), perhaps after a lead
#: (:data:`_CREDIT_LEAD`) ...
_CREDIT_LINE_RE = re.compile(r"^\s*(?:" + _CREDIT_LEAD + r")?" + _CREDIT + r"\s*$")
#: ... or, as a Taiwanese broadcaster's site prints it, the desk before the slash and the reporter glued to
#: ``報導`` after it (``生活中心／張三報導``, ``國際中心／綜合報導`` crediting no one: a 2023 typhoon story,
#: unseen-zh11).
_DESK_CREDIT_LINE_RE = re.compile(
    r"^\s*[\u3400-\u9fff]{1,8}" + _DESK_WORD + r"\s*[/／]\s*(?:记者\s*)?"
    r"(?P<names>[\u3400-\u9fff][\u3400-\u9fff、，,\s]{1,30}?)\s*(?:报导|报道)\s*$"
)
#: Characters of the place a Taiwanese agency's dateline glues after its reporters' names when jieba's dictionary
#: lacks it (``高雄``, ``台中``, ``花蓮``, ``嘉義``: tagged as names or not listed): a city's short name has two, a
#: county's one more, its division word (``彰化縣``: :data:`_COUNTY_ENDS`). Foreign places are in the dictionary.
FILING_PLACE_CHARS = 2
#: The division words closing a county's or a city's full name (``彰化縣``, ``台中市``), folded: one character more.
_COUNTY_ENDS = frozenset("县市")
#: What separates the names of a Han credit (``張三、李四``, ``張三 李四``), as :data:`_CREDIT` lists them.
_HAN_NAMES_SEPARATOR_RE = re.compile(r"[、，,\s]")
#: Shortest reporter's name read after a desk's slash (:func:`_desk_reporter`).
DESK_REPORTER_MIN_CHARS = 3
#: The outlet a republication credit names, its quotes and brackets aside (:data:`_REPUBLISHED_RE`,
#: :data:`_AUTHORISED_RE`).
_CREDITED_OUTLET = r"(?P<src>[^“”\"「」『』（()）:：，,。\s]{2,20}?)"
#: A republication credit closing a story an aggregator runs (``本文来自微信公众号 “X”（ID：x），作者：张三，某某经授权
#: 发布。``, ``本文转载自X，作者：张三``): the outlet, without the account's quotes and ID, then the authors. An
#: outlet ending in 自媒体 is a platform's disclaimer (``本文来自某某客户端自媒体，不代表…``), no outlet.
_REPUBLISHED_RE = re.compile(
    r"^本文(?:来自于|来自|来源于|转载自|转自|经授权转载自)\s*(?:微信公众号|公众号|微信号)?\s*[:：]?\s*[“\"「『]?"
    + _CREDITED_OUTLET
    + r"(?<!自媒体)[”\"」』]?\s*(?:[（(][^）)]{0,30}[）)])?\s*(?=[，,。]|$)"
    r"(?:[，,]\s*作者\s*[:：]\s*(?P<names>[^，,。；;]{2,30}))?"
)
#: A republication credit naming the outlet that authorised the copy (``本文由「X」授權轉載``, ``本文由X授权发布``,
#: ``本文经X授权转载``): a Taiwanese business magazine closes its copy of a daily's story with
#: ``（本文由「工商時報」授權轉載）``, in brackets, the outlet's name a link (unseen-zh26). The outlet, without its
#: quotes and the spaces field lines set where inline elements meet.
_AUTHORISED_RE = re.compile(
    r"^本文[由经]\s*[“\"「『]?\s*"
    + _CREDITED_OUTLET
    + r"\s*[”\"」』]?\s*经?授权(?:转载|转贴|刊登|刊载|发布)[。.]?$"
)
#: A company's legal form opening or closing its name: Japanese (``株式会社X``, ``X株式会社``, ``(株)X``), Korean
#: (``주식회사``, ``(주)``), Chinese (``有限公司``, ``股份公司``) and Latin ones (``Inc.``, ``Ltd``, ``GmbH``, and the
#: German registered association's ``e.V.``, a foundation's or a club's: ``Hanns-Seidel-Stiftung e.V.``).
_COMPANY_RE = re.compile(
    r"^(?:株式会社|有限会社|合同会社|주식회사|[(（](?:株|주)[)）]|㈱)"
    r"|(?:株式会社|有限会社|合同会社|주식회사|有限公司|有限責任公司|有限责任公司|股份公司)$"
    r"|,?\s(?:Inc|Ltd|LLC|Corp|Corporation|GmbH|PLC|Limited|S\.A|AG|Co\., Ltd|e\.\s?V)\.?$"
)
#: A credit ending in a desk's word (:data:`_DESK_WORD`): the desk, no person.
_DESK_END_RE = re.compile(_DESK_WORD + "$")
#: A Han byline opening with the outlet's desk or the outlet before a slash, the reporters after it, as Taiwan's
#: sites print it (``某報快訊／張三``: a news site's flash desk, then its reporter, a 2023 story: unseen-zh12;
#: ``某某新聞網／記者張三``, ``TVBS新聞網／張三``): the part before the slash is a desk (:data:`_DESK_WORD`, or
#: ``快讯``, the flash desk) or ends like an outlet (:data:`_OUTLET_END`), no person; an outlet's name may open
#: with Latin letters.
_DESK_PREFIX_RE = re.compile(
    r"^\s*[A-Za-z\u3400-\u9fff]{2,12}?(?:(?P<desk>" + _DESK_WORD + "|快讯)|" + _OUTLET_END + r")\s*[/／]\s*"
)

#: Longest column name after a site's own name in a republication credit (``本文来自AIbase日报``): a column or
#: channel word (``日报``, ``科技频道``, ``财经周刊``) with room for a qualifier; set on the unseen-zh4 AI news site.
COLUMN_MAX_CHARS = 6
#: Shortest Han site name matched at the start of a credit (two characters, ``新浪``, are a name; one is a word); a
#: Latin one needs :data:`~newsmend.fields.title.SITE_MIN_CHARS` (a domain label like ``qq`` or ``m`` opens names
#: by chance).
HAN_SITE_NAME_MIN_CHARS = 2
_COPYRIGHT_SOURCE_RE = re.compile(r"本文(?:系|为|是)(?P<src>[^，,。\s]{2,20}?)(?:独家|原创|特约|专稿|首发)*稿件")
#: Shortest Han outlet name read from a dateline without a label: a shorter word (two or three characters) is as
#: often a person's name, unless it ends like an outlet (``新华社``, ``中国网``). Set on gne-zh's unlabelled pages.
OUTLET_MIN_HAN_CHARS = 4
#: A slash between a dateline's words and the spaces around it (``張三 ／ 台北``, as a template's spans set it):
#: the words it joins are one credit, written ``張三/台北``.
_SLASH_GAP_RE = re.compile(r"\s*[/／]\s*")
_OUTLET_WORD_RE = re.compile(r"[\u3400-\u9fff][\u3400-\u9fff·]*")
#: Channel names stand where the outlet does (``2019-09-09 国内新闻``): a word opening with a channel's scope.
_CHANNEL_HEADS = frozenset(
    (
        *("国内", "国际", "社会", "财经", "体育", "娱乐", "科技", "时政"),
        *("军事", "本地", "地方", "要闻", "综合", "热点", "滚动"),
    )
)
#: The mark of a platform's own content opening a dateline (``原创 某某报 2019-09-09 16:01``).
_ORIGINAL_MARKS = frozenset({"原创", "原創"})
#: Where and when an agency's story was filed, as a word of its own after the agency's name (``中央社 澎湖縣28日電``
#: under a portal's headline, the agency's dateline with a space): no second credit beside the outlet.
_FILED_RE = re.compile(r"[\u3400-\u9fff]{2,8}" + _FILED_DAY + "电")
#: Sources that name the page's own site ("this paper", "original to this site"): no outlet is stated.
_SELF_SOURCES = frozenset(
    {"本报", "本网", "本台", "本站", "本刊", "本社", "网络", "综合", "原创", "本站原创", "本网原创"}
)
#: The buttons a portal sets right after the source line, to report the post (``举报``) or a mistake in it
#: (``纠错``): read with the line as the value's last word (``松科说娱乐 举报``, a self-media post's account on a
#: 2021 portal, unseen-zh21), no part of the outlet's name.
_SOURCE_BUTTONS = frozenset({"举报", "纠错"})
#: The label a platform prints beside a post's date for where it was sent from (``来自内蒙古自治区``, ``发布于北京``,
#: ``IP属地：广东``): the poster's location, not the outlet. ``来自``/``发自``/``发布于`` say "from" (a place, an app:
#: ``发自我的iPhone``), so the value must be a place; ``IP属地``/``属地`` say "location", so any value is one.
_POSTED_FROM_RE = re.compile(r"^(?:(?P<from>来自|发自|发布于)|IP属地|属地)\s*[:：·\-－]?\s*", re.I)
#: Words that end an administrative division's name (``辽宁省``, ``遵义市``, ``某某自治州``). jieba's dictionary lists
#: provinces and cities with and without them, but not every county or district: after a listed place they continue
#: it (``广东省深圳市``), and a posted-from value ending in one is a place even when it is not listed.
_DIVISION_RE = re.compile(r"特别行政区|自治[区州县]|地区|[省市县区州盟旗镇乡]")
_DIVISION_END_RE = re.compile(rf"(?:{_DIVISION_RE.pattern})$")
#: Shortest entry of jieba's dictionary read as a place: its one-character place entries (``德``, ``华``, ``青``,
#: ``威``) are abbreviations that also stand inside ordinary words and outlet names.
PLACE_MIN_CHARS = 2
#: Longest posted-from value read as an unlisted place by its division suffix (``来自某某某自治县``); the labels on
#: magic-html-bench's ifeng/qq/forum pages give at most six characters (``内蒙古自治区``).
POSTED_PLACE_MAX_CHARS = 10
_HAN_WORD_RE = re.compile(r"[\u3400-\u9fff]+")


def split_names(value: str, *, strict: bool = True) -> list[str]:
    """The person names in a byline value, in order, without duplicates (empty when none is name-shaped).

    ``strict=False`` is for metadata (``<meta name=author>``), where any short, digit-free value is a name, but an
    outlet's beside a person's (:data:`_OUTLET_ARTICLE`: ``Joanna Connors, The Plain Dealer``).
    """
    line = clean(value)
    text = _before_places(_after_desk(_HAN_STAFF_CODE_RE.sub("", _BY_PREFIX_RE.sub("", _cut(_PHOTO_CREDIT_RE, line)))))
    text = _SIGN_OFF_RE.sub("", text)
    office = _HAN_NAME_OFFICE_RE.match(text)
    text = office.group("name") if office else text
    if _LATIN_RE.search(text):  # a spaced bar or a date separates fields, not names: ``Name | Place | 08/01/2014``
        introduced = bool(_BY_PREFIX_RE.match(line))
        text = _names_field([_names_before_date(f, introduced=introduced) for f in _FIELD_BAR_RE.split(text)])
        if introduced:
            text = _AFTER_NAMES_RE.sub("", text)
    parts = _NAME_SPLIT_RE.split(text)
    if not _LATIN_RE.search(text):  # Chinese bylines separate names with spaces too
        parts = [q for p in parts for q in p.split()]
    tidied = [_tidy(part) for part in parts]
    beside_name = any(tidied)
    names: list[str] = []
    for part, tidy in zip(parts, tidied, strict=True):
        outlet = beside_name and part.split(maxsplit=1)[:1] == [_OUTLET_ARTICLE]
        name = tidy or (None if strict or outlet else _loose(part))
        if name and name not in names:
            names.append(name)
    return names


def _before_places(text: str) -> str:
    """A Han byline's names without the places reported from after them (:data:`_NAMES_PLACES_REPORTED_RE`)."""
    credit = _NAMES_PLACES_REPORTED_RE.match(fold(text))
    return text[: credit.end("names")] if credit else text


def _after_desk(text: str) -> str:
    """A Han byline without the desk or outlet credited before a slash (:data:`_DESK_PREFIX_RE`): the names stand
    after it. A place's report after the slash (``某某社／台北報導``, :data:`_REPORTED_RE`) or the place alone
    (``社會中心／高雄``: not a :func:`_desk_reporter`) is no name: such a credit stays whole (:func:`credit_line`
    reads the reports); a name labelled ``記者`` (``某某新聞網／記者張三``) is a reporter's at any length. After an
    outlet, not a desk, a name of two characters is read too (``ETtoday新聞雲／張三``): an outlet credits its
    reporter there, a desk the place it filed from."""
    desk = _DESK_PREFIX_RE.match(fold(text))
    rest = text[desk.end() :] if desk else ""
    after = fold(rest).split()
    if not desk or not after or _REPORTED_RE.search(after[0]):
        return text
    min_chars = DESK_REPORTER_MIN_CHARS if desk.group("desk") else HAN_NAME_MIN_CHARS
    return rest if after[0].startswith("记者") or _desk_reporter(after[0], min_chars) else text


def _tidy(part: str) -> str | None:
    """One name: role words and staff codes stripped; None unless it is shaped like a person's name."""
    glossed = _GLOSSED_NAME_RE.match(part.strip())
    part = glossed.group("name") if glossed else part
    name = _STAFF_CODE_RE.sub("", _cut(_ROLE_WORDS_RE, part.strip(" .:：()（）[]【】\"“”'"))).strip()
    key = fold(name)
    if not name or key.lower() in NOT_NAME_WORDS or _INTERFACE_HEAD_RE.match(key):
        return None
    if _AFFILIATED_RE.fullmatch(key):
        return _before_affiliation(name)
    if _HAN_NAME_RE.match(name):
        glued = len(name) > HAN_PLAIN_NAME_MAX_CHARS and not any(c in name for c in "·•-－")
        return None if is_outlet_name(name) or _TITLE_END_RE.search(key) or glued else name
    if _HANGUL_NAME_RE.match(name):
        return name
    words = name.split()
    if 1 <= len(words) <= NAME_MAX_WORDS and all(_name_word(w) for w in words):
        person = words[0][0].isupper() and words[0] != _OUTLET_ARTICLE and words[-1].lower() not in _LEADING_WORDS
        return name if person else None
    return None


def _before_affiliation(text: str) -> str | None:
    """The name before the affiliation glued after it (``张三北京大学经济学院教授``): the affiliation must open with a
    place name (``北京``), which tells where the name ends; None when none does (which characters are the name's is
    then unknown)."""
    for cut in range(HAN_NAME_MIN_CHARS, HAN_NAME_MIN_CHARS + 3):
        rest = text[cut:]
        if any(is_place_name(rest[:end]) for end in range(PLACE_MIN_CHARS, PLACE_MIN_CHARS + 3)):
            return text[:cut]
    return None


def is_company_name(name: str) -> bool:
    """A company's registered name (``株式会社インプレス``, ``某某有限公司``, ``Example Media Inc.``): what a
    publisher's pages state as the metadata author, no person."""
    return bool(_COMPANY_RE.search(name.strip()))


def spells_handle(handle: str, name: str) -> bool:
    """An account's or a member's ``handle`` (``@northwaleslive``, ``71187_predator``) is ``name``'s letters run
    together (:data:`_NOT_LETTERS_RE`): the name the account shows, not a login, a sign-up or a status label."""
    letters = _NOT_LETTERS_RE.sub("", handle.lower())
    return bool(letters) and letters == _NOT_LETTERS_RE.sub("", name.lower())


def pen_name(value: str) -> str | None:
    """The pen name (网名) a Chinese page's credit gives as one lowercase Latin word or a Han and Latin screen
    name (:data:`_PEN_NAME_RE`: ``maomaobear``, a 2015 portal column's ``span.con1_author``; ``潇湘demi``):
    Chinese bylines write a person's real name in Han characters, so a Latin word standing alone where the
    byline stands is the writer's handle, which :func:`split_names` turns down because a Latin person's name is
    capitalised. Only for Chinese pages: on Latin pages the lowercase words in author elements are as often
    interface or account words (``innen``, a blog's user name beside the real byline: 3 of the 798 dev pages'
    authors would gain one). None for a not-name (``admin``, ``guest``) or a role or account word (``editor``:
    :data:`_NOT_PEN_NAMES`)."""
    word = clean(value)
    return word if _PEN_NAME_RE.fullmatch(word) and word not in _NOT_PEN_NAMES else None


def glossed_name(text: str) -> str | None:
    """The Han name of a transliterated name glossed with its original spelling in brackets
    (``尼克·馬什（Nick Marsh）``: :data:`_GLOSSED_NAME_RE`), else None."""
    m = _GLOSSED_NAME_RE.match(clean(text))
    return m.group("name") if m else None


def is_job_title(text: str) -> bool:
    """``text`` ends in a job title (:data:`_TITLE_END_RE`: ``BBC亞洲商業事務記者``, ``某某网专栏作者``)."""
    return _TITLE_END_RE.search(fold(clean(text))) is not None


def is_outlet_name(name: str) -> bool:
    """A Han credit longer than a person's name that ends like an outlet (``中央通讯社``, ``某某日报``): what a page
    names as the author when the agency, not a reporter, is credited."""
    return len(name) >= HAN_OUTLET_MIN_CHARS and bool(_HAN_NAME_RE.match(name)) and fold(name).endswith(_AGENCY_SUFFIX)


def _cut(pattern: re.Pattern[str], text: str) -> str:
    """``pattern.sub("", text)`` with matches found in the folded text (traditional bylines too)."""
    spans = [m.span() for m in pattern.finditer(fold(text))]
    for start, end in reversed(spans):
        text = text[:start] + text[end:]
    return text


def _loose(part: str) -> str | None:
    """A metadata author value that is not name-shaped but still a credit (``AP``, ``Staff reporter``). The role
    words of :data:`NOT_NAMES` are matched folded, as :func:`_tidy` matches them: a traditional-script byline's
    words (``張三 攝影``, ``記者 張三``) gave ``攝影`` and ``記者`` as names (eighteenth audit). A Han part ending in
    a job title is the title, as in :func:`_tidy` (:data:`_TITLE_END_RE`): an international broadcaster's JSON-LD
    credits ``香港特約記者 麥燕庭`` (its Hong Kong correspondent, then her name), which gave two names (audit 19)."""
    name = _TRAILING_PAREN_RE.sub("", part).strip(" .:：()（）[]【】\"“”'")  # "Name (Reuters)" -> "Name"
    key = fold(name)
    if not name or key.lower() in NOT_NAME_WORDS or _TITLE_END_RE.search(key):
        return None
    if any(c.isdigit() or c in "@<>{}=" for c in name):
        return None
    return name if len(name.split()) <= NAME_MAX_WORDS and any(c.isalpha() for c in name) else None


def _name_word(word: str) -> bool:
    """A capitalised word of letters (any alphabet), an initial, or a lowercase particle (``van``, ``de``)."""
    if word.lower() in _PARTICLES:
        return True
    return word[0].isupper() and all(c.isalpha() or c in "'’.-" for c in word)


def tidy_editor(value: str) -> str | None:
    """The editor's name(s) from a ``责任编辑：X`` value, joined by ``、`` when several, as Chinese lists them, or by a
    comma when they are written in Latin letters (``Editing by Nick Macfie and Richard Chang``)."""
    names = split_names(value)
    return (", " if _LATIN_RE.search(value) else "、").join(names) if names else None


def tidy_source(value: str, *, reported: bool = True, max_chars: int = SOURCE_MAX_CHARS) -> str | None:
    """An outlet name from a ``来源：X`` value, cut before the next labelled field (the marks between them dropped),
    before a poster's location after it and, with ``reported``, before a closing ``报道`` (:data:`_REPORTED_RE`);
    None for "this site" words, a poster's location (:func:`poster_location`) and values over ``max_chars``."""
    first = re.split(r"\s{2,}|\s(?=\S+[:：])", without_edge_marks(clean(value), _SOURCE_EDGE_MARKS))[0]
    text = without_edge_marks(first, _SOURCE_EDGE_MARKS)
    text = "" if poster_location(text) else _before_compiler(_before_date(_before_place_or_button(text)))
    cut = _REPORTED_RE.search(fold(text)) if reported else None
    text = text[: cut.start()] if cut else text
    if not text or len(text) > max_chars or fold(text) in _SELF_SOURCES or text.startswith("http"):
        return None
    return text


def reporters_outlet(value: str, text: str) -> str | None:
    """The whole ``来源：X报道`` value when the article's ``text`` calls its reporters ``X报道记者``: then ``报道`` ends
    the outlet's own name (a business daily named so, ``21世纪经济报道``: unseen-zh6's 2015 portal copy), not the
    words "reported by" (``网易科技报道``, whose text says ``网易科技记者`` if anything)."""
    whole = tidy_source(value, reported=False)
    return whole if whole and _REPORTED_RE.search(fold(whole)) and f"{whole}记者" in text else None


def _before_place_or_button(text: str) -> str:
    """The words of a source value before a place, a button or a comment counter standing after them: platforms
    print the poster's location after the outlet with an icon for its label (``北青网-北京青年报 [icon]北京 举报``),
    and a place is no part of an outlet's name, in brackets or not (:data:`_BRACKETED_PLACE_RE`), nor a report button
    (:data:`_SOURCE_BUTTONS`) right after it, nor the link to the story's comments a portal's info bar sets there
    (``来源: 京华时报　网友评论 0 条``); whatever follows goes too."""
    seat = next((m for m in _BRACKETED_PLACE_RE.finditer(text) if m.start() and is_place_name(m.group("place"))), None)
    text = text[: seat.start()] if seat else text
    words = text.split(" ")
    cut = next((i for i in range(1, len(words)) if _after_outlet(words[i], words[i + 1 : i + 2])), len(words))
    return " ".join(words[:cut])


def _after_outlet(word: str, following: list[str]) -> bool:
    """A word a source line sets after the outlet's name (``following``: the word after it, if any): a place, a
    poster's location, a button, or a comment counter's label before its number (``网友评论 0``, ``跟贴 237``)."""
    if word in _SOURCE_BUTTONS or is_place_name(word) or poster_location(word) is not None:
        return True
    return bool(following) and following[0].isdigit() and is_comment_heading(word)


def _before_compiler(text: str) -> str:
    """A source value without the site that republished it after it (``新浪科技 某某网收集``, ``人民日报 本站整理``):
    the last word ends in a verb of gathering (:data:`_COMPILED_RE`), alone (``某某网 收集``: the site's name and
    the verb in two elements) or after the site's name; the outlet is the words before."""
    words = text.split(" ")
    if len(words) < 2 or not _COMPILED_RE.search(words[-1]):
        return text
    cut = 2 if _COMPILED_RE.fullmatch(words[-1]) else 1
    return " ".join(words[:-cut]) or text


def _before_date(text: str) -> str:
    """A source value without a date after it, nor the marks set between them (:data:`_DATE_SEPARATORS`): the
    page's time, set in the element after the source's, joins its value when the spans are read as one line
    (``来源：人民日报`` + ``2024-05-13 08:49``), a press release's credit dates the release after a comma
    (``Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022``); no outlet's name holds a date."""
    hit = find_date(text)
    return text[: hit[1]].rstrip(_DATE_SEPARATORS) if hit and hit[1] > 0 and text[hit[1] - 1].isspace() else text


def _names_field(fields: list[str]) -> str:
    """The field of a Latin-script byline that holds its names: the first, or where it names someone, the one with
    the most names of two words or more, then the most names, the first on a tie (``Jane Doe | London |
    08/01/2014``). A section or a desk may come first (``Politik · Jochen Bittner, Tina Hildebrandt``) and read as
    a name of one word. A first field naming no one leaves the line so: the fields after it are other things (a
    Q&A site's ``- user.18 May 04, 2008 | Report Duplicate | Flag``)."""

    def shape(field: str) -> tuple[int, int]:
        names = [name for part in _NAME_SPLIT_RE.split(field) if (name := _tidy(part))]
        return sum(" " in name for name in names), len(names)

    return max(fields, key=shape) if shape(fields[0])[1] else fields[0]


def _names_before_date(text: str, *, introduced: bool) -> str:
    """A Latin-script byline without the date set right after its names, as :func:`_before_date` cuts a source's
    (``von`` + ``Fred Hüning`` + ``31.10.2023`` read as one line; ``By X - January 10, 2020``), and without the
    mark between them, or, where a by-word ``introduced`` the names, the preposition (``By X on June 1, 2019``;
    without one, ``Veröffentlicht am 29. Dezember`` is a label, no name). A date under a date's label
    (:data:`_DATE_LABEL_END_RE`: ``Sara Zinnecker Stand: 05. Februar 2020``, a finance guide's byline) ends the
    names with its label; under any other label (a forum's ``Joined: 2015``) it is another field, whose label is no
    name: such a text stays whole (its digits name no one)."""
    head = _before_date(text)
    if head == text:
        return text
    if introduced:
        head = _DATE_PREPOSITION_RE.sub("", head).rstrip(_DATE_SEPARATORS)
    labelled = _DATE_LABEL_END_RE.search(head)
    if labelled:
        return head[: labelled.start()].rstrip(_DATE_SEPARATORS)
    return text if head.endswith((":", "：")) else head


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """The place names of jieba's dictionary (part-of-speech tag ``ns``: 17,706 in jieba 0.42). Shipped data rather
    than a hand list: it holds provinces, cities, counties and countries alike. Read from the dictionary once per
    machine and loaded from the cache after (:mod:`newsmend.repair.model_cache`): reading its 350k lines costs 0.3 s,
    which every process that meets a dateline credit would pay."""
    dictionary = jieba_dictionary()
    return cached("jieba-places", lambda: _read_place_names(dictionary), (Path(__file__), dictionary))


def _read_place_names(dictionary: Path) -> frozenset[str]:
    """The entries of jieba's ``dict.txt`` (``word count tag`` lines) tagged ``ns``, of two characters or more."""
    with dictionary.open(encoding="utf-8") as lines:
        entries = (line.split() for line in lines)
        return frozenset(e[0] for e in entries if len(e) == 3 and e[2] == "ns" and len(e[0]) >= PLACE_MIN_CHARS)


def is_place_name(word: str) -> bool:
    """Whether ``word`` is a place name and nothing more: places of jieba's dictionary one after another, each perhaps
    with division words after it (``内蒙古自治区``, ``广东省深圳市``, ``中国香港``; not ``北京日报``, ``华夏人文``).

    >>> is_place_name("辽宁省"), is_place_name("北京青年报")
    (True, False)
    """
    key = fold(word)
    if not _HAN_WORD_RE.fullmatch(key):
        return False
    places = _place_names()
    placed = [False] * (len(key) + 1)  # placed[i]: key[:i] splits into places and their division words
    for start in range(len(key)):
        if start and not placed[start]:
            continue
        for end in range(start + PLACE_MIN_CHARS, len(key) + 1):
            placed[end] = placed[end] or key[start:end] in places
        division = _DIVISION_RE.match(key, start) if start else None
        if division:
            placed[division.end()] = True
    return placed[len(key)]


def poster_location(value: str) -> str | None:
    """The place a posted-from label gives (``来自内蒙古自治区`` -> ``内蒙古自治区``, ``IP属地：广东`` -> ``广东``):
    where a post was sent from, which platforms print beside its date; None for other values (``来自新华社``).

    >>> poster_location("来自内蒙古自治区"), poster_location("新华社")
    ('内蒙古自治区', None)
    """
    text = clean(value)
    m = _POSTED_FROM_RE.match(fold(text))
    place = text[m.end() :].strip() if m else ""
    if not m or not place or not m.group("from"):  # no label, nothing after it, or a location label
        return place or None
    key = fold(place)
    if len(key) <= POSTED_PLACE_MAX_CHARS and _HAN_WORD_RE.fullmatch(key) and _DIVISION_END_RE.search(key):
        return place
    return place if is_place_name(place) else None


def dateline_source(paragraph: str) -> str | None:
    """The outlet a first paragraph credits itself to: ``（X讯）``, ``（X报道）``, ``X记者…``, ``X北京5月3日电``,
    ``X讯 …``, ``【X／张三】`` (:data:`_BRACKETED_CREDIT_RE`)."""
    text = clean(paragraph)
    for pattern in (
        _DATELINE_XUN_RE,
        _DATELINE_REPORTED_RE,
        _DATELINE_JIZHE_FIRST_RE,
        _DATELINE_FILED_RE,
        _DATELINE_JIZHE_RE,
        _DATELINE_BARE_XUN_RE,
    ):
        m = pattern.match(fold(text))
        if m and pattern is _DATELINE_FILED_RE:
            end = _filed_outlet(m.group("head"))
            if end:
                return tidy_source(text[m.start("head") : m.start("head") + end])
        elif m:
            return tidy_source(text[m.start("src") : m.end("src")])
    credit = _bracketed_credit(text)
    return credit_outlet(credit) if credit else None


def _filed_outlet(head: str) -> int:
    """The length of the outlet in ``head``, an outlet and the place its story was filed from glued together
    (``中央社台北``, ``中国新闻社北京``; folded): the shortest outlet (ending like one, :data:`_AGENCY_END`) that
    leaves a place of the dictionary (:func:`is_place_name`: ``中央社`` + ``台北``, not ``中央社台`` + ``北``), else
    the longest that leaves a place's length (:data:`PLACE_MIN_CHARS`: ``中央社`` + ``台中``, a place the dictionary
    lacks); 0 when no outlet ends so."""
    cuts = [k for k in range(1, len(head)) if head[:k].endswith(_AGENCY_SUFFIX)]
    placed = next((k for k in cuts if is_place_name(head[k:])), 0)
    return placed or next((k for k in reversed(cuts) if len(head) - k >= PLACE_MIN_CHARS), 0)


def dateline_credit(words: list[str]) -> tuple[list[str], str | None]:
    """The reporters and outlet a dateline under the headline names without labels, given its words with the date
    cut: one word that is an outlet (``某某日报``, ``新华社``), or name and outlet (``张三/某某日报``), or name and
    the place the reporter filed from (``李立達／台北``: a Taiwanese trade daily's byline, its ``記者…報導`` left out;
    fifty-fifth audit); nothing for other lines (a person's name alone, a channel, several words)."""
    kept = [w for w in words if w not in _ORIGINAL_MARKS and not _FILED_RE.fullmatch(fold(w))]
    rest = _SLASH_GAP_RE.sub("/", " ".join(kept)).split()
    if len(rest) != 1 or rest[0].endswith((":", "：")):  # a label the date is the value of (``最新更新：``)
        return [], None
    name, _, word = rest[0].rpartition("/")
    outlet = tidy_source(word)
    if outlet is None or not _OUTLET_WORD_RE.fullmatch(outlet) or fold(outlet[:2]) in _CHANNEL_HEADS:
        return [], None
    if is_place_name(outlet):  # where the post was sent from, printed without its label (``内蒙古自治区``), or
        return (split_names(name) if name else []), None  # where the reporter before it filed from (``張三／台北``)
    if len(outlet) < OUTLET_MIN_HAN_CHARS and not outlet.endswith(_AGENCY_SUFFIX):
        return [], None
    return (split_names(name) if name else []), outlet


def dateline_reporters(paragraph: str) -> list[str]:
    """The reporters a first paragraph's dateline credits in brackets (``（X記者張三台北19日電）`` without the place:
    see :data:`_BRACKET_REPORTERS_RE`, read first, as the dateline's outlet before the brackets is optional;
    ``X快讯（记者 张三 整合）``: names only; ``X北京5月3日电（张三、李四）``, unlabelled: :data:`_DATELINE_NAMES_RE`;
    ``【X／张三】``: see :data:`_BRACKETED_CREDIT_RE`)."""
    text = clean(paragraph)
    key = fold(text)
    m = _BRACKET_REPORTERS_RE.match(key)
    if m:
        names = text[m.start("names") : m.end("names")]
        return split_names(_before_filing_place(names) if m.group("glued") else names)
    m = _DATELINE_REPORTERS_RE.match(key)
    if m:
        return split_names(CREW_TAIL_RE.split(text[m.start("names") : m.end("names")], maxsplit=1)[0])
    m = _DATELINE_NAMES_RE.match(key)
    if m:
        return _bare_names(text[m.start("names") : m.end("names")])
    credit = _bracketed_credit(text)
    return (_outlet_credit(credit) or []) if credit else []


def _bracketed_credit(text: str) -> str | None:
    """The credit in the brackets ``text`` opens with (:data:`_BRACKETED_CREDIT_RE`) when it is an outlet's credit
    of its reporters (:func:`_outlet_credit`: ``某某快報／張三``); None for other brackets (a column's tag,
    ``【專題】``)."""
    m = _BRACKETED_CREDIT_RE.match(text)
    return m.group("credit") if m and _outlet_credit(m.group("credit")) else None


def _bare_names(value: str) -> list[str]:
    """The names of an unlabelled dateline credit (:data:`_DATELINE_NAMES_RE`) when every part is a person's name,
    none a place's (``（北京、上海）``: the places a story covers); none otherwise."""
    parts = value.replace("、", " ").split()
    names = split_names(value)
    return names if len(names) == len(parts) and not any(map(is_place_name, names)) else []


def closing_reporters(paragraph: str) -> list[str]:
    """The reporters a closing credit at the end of ``paragraph`` names (:data:`_CLOSING_REPORTERS_RE`, or
    :data:`_CLOSING_JIZHE_RE` or :data:`_CLOSING_BARE_JIZHE_RE`: the outlet's reporters, not the outlet)."""
    slashed = _credited(_CLOSING_REPORTERS_RE, paragraph)
    if slashed is not None:
        return slashed
    text = clean(paragraph)
    if "记者" not in text and "記者" not in text:
        return []
    key = fold(text)
    m = _CLOSING_JIZHE_RE.search(key) or _CLOSING_BARE_JIZHE_RE.search(key)
    if not m or "摄" in m.group("names"):
        return []
    return split_names(text[m.start("names") : m.end("names")])


def closing_name(paragraph: str) -> list[str]:
    """The writers bare names in brackets after the last sentence of ``paragraph`` credit
    (:data:`_CLOSING_NAME_RE`): each a person's name in the strict shape, none an outlet, a place or a closing
    mark."""
    m = _CLOSING_NAME_RE.search(clean(paragraph))
    if not m:
        return []
    names = [n for n in re.split(r"[\s、，,]+", m.group("name")) if n]
    return names if all(_closing_person(name) for name in names) else []


def _closing_person(name: str) -> bool:
    """``name`` in a closing bracket is a person's: no closing mark (``完``), no outlet's or office's name, no
    place, and one name as :func:`split_names` reads it."""
    key = fold(name)
    if key in _CLOSING_MARKS or key.endswith((*_AGENCY_SUFFIX, *_OFFICE_ENDS, "图")) or is_place_name(name):
        return False
    return split_names(name) == [name]


def credit_line(line: str) -> list[str] | None:
    """The reporters a line that is a credit and nothing else names (:data:`_CREDIT_LINE_RE`: possibly none, when
    it credits a desk); None for other lines. A desk's credit naming its reporter (:data:`_DESK_CREDIT_LINE_RE`,
    :func:`_desk_reporter`) comes first: :data:`_CREDIT_LINE_RE` reads ``生活中心／張三報導`` as a desk filing from
    the place ``張三``. Without ``報導``, the line may be an outlet's credit of its reporters (``ETtoday新聞雲／張三``:
    :func:`_outlet_credit`) or an agency's dateline standing alone (``中央社記者張三台北28日電``,
    ``新华社北京3月5日电（记者张三）``: :func:`_agency_dateline`). A day's word may open the line (``今天 記者張三／台北
    報導``: :data:`_CREDIT_LEAD`), never read as a name."""
    desk = [n for n in _credited(_DESK_CREDIT_LINE_RE, line) or [] if _desk_reporter(n)]
    if desk:
        return desk
    reported = _credited(_CREDIT_LINE_RE, line)
    return reported if reported is not None else _outlet_credit(line) or _agency_dateline(line)


def credit_outlet(line: str) -> str | None:
    """The outlet a credit line names (:func:`credit_line`): an agency's dateline (:func:`dateline_source`, after the
    page's date where a strip sets it first: ``2024-03-05 10:00 新华社北京3月5日电（记者张三）``, whose reporters
    :data:`_DATELINE_REPORTERS_RE` reads past the date) or the outlet before the slash of ``ETtoday新聞雲／張三``; a
    desk before the slash (``生活中心／``, ``某報快訊／``) is no outlet, and nor is anything before a credit that names
    no one."""
    text = clean(line)
    desk = _DESK_PREFIX_RE.match(fold(text))
    if desk and not desk.group("desk") and _outlet_credit(text):
        return tidy_source(text[: desk.end()].rstrip(" /／"))
    return dateline_source(_after_opening_date(text)) if _agency_dateline(text) else None


def _after_opening_date(text: str) -> str:
    """``text`` without the date (and time) it opens with, if it opens with one."""
    hit = find_date(text)
    return text[hit[2] :].lstrip() if hit and hit[1] == 0 else text


def _outlet_credit(line: str) -> list[str] | None:
    """The reporters of a line that is an outlet's (or a desk's) name, a slash and names (``ETtoday新聞雲／張三``,
    ``TVBS新聞網／記者張三 李四``): every word after the slash must be a name, else None."""
    text = clean(line)
    rest = _after_desk(text)
    if rest == text:
        return None
    words = rest.split()
    names = split_names(rest)
    return names if names and len(names) == len(words) else None


def _agency_dateline(line: str) -> list[str] | None:
    """The reporters of a line that is an agency's dateline and nothing else (``中央社記者張三台北28日電``, in
    brackets or not: :data:`_BRACKET_REPORTERS_RE`; or the reporters in brackets after it, as mainland agencies
    print it: ``新华社北京3月5日电（记者张三、李四）``, :data:`_DATELINE_REPORTERS_RE`, a paragraph of its own over
    the text); None for other lines, and for a photographer's credit (``（记者张三 摄）``): no author's. Either
    pattern needs its word or its closing bracket (a cheap test first: most lines asked hold neither)."""
    key = fold(clean(line))
    if "记者" not in key and ")" not in key and "）" not in key:
        return None
    matches = (_DATELINE_REPORTERS_RE.match(key), _BRACKET_REPORTERS_RE.match(key))
    whole = any(m and m.end() == len(key) and "摄" not in m.group("names") for m in matches)
    return (dateline_reporters(line) or None) if whole else None


def _desk_reporter(name: str, min_chars: int = DESK_REPORTER_MIN_CHARS) -> bool:
    """A name after a desk's slash (:data:`_DESK_CREDIT_LINE_RE`) that is a reporter's, not the place the desk
    filed from (``社會中心／高雄報導``): ``min_chars`` characters at least (:data:`DESK_REPORTER_MIN_CHARS` after a
    desk: the places Taiwan's credits name are two, 台北, 高雄, 南市, several of which jieba's dictionary lacks) and
    no place name."""
    return len(name) >= min_chars and not is_place_name(name) and not fold(name).endswith(("市", "县", "区"))


def _credited(pattern: re.Pattern[str], text: str) -> list[str] | None:
    """The reporters of the credit ``pattern`` finds in ``text``, desks and outlets (``某某社／台北報導``) left out;
    None when it finds none."""
    if "/" not in text and "／" not in text:  # every credit has its slash; most paragraphs hold none
        return None
    text = clean(text)
    m = pattern.search(fold(text))
    if not m:
        return None
    names = split_names(text[m.start("names") : m.end("names")])
    return [n for n in names if not _DESK_END_RE.search(fold(n)) and not fold(n).endswith(_AGENCY_SUFFIX)]


def _before_filing_place(names: str) -> str:
    """The names before the place a story was filed from, printed glued after them (``張三、李四台北``): the
    longest ending that is a place name goes. When no ending is one, the place is a Taiwanese city or county the
    dictionary lacks (:data:`FILING_PLACE_CHARS`: ``洪學廣高雄``, ``張三、李四台中``); nothing is left when the last
    name would be shorter than a name (which characters are the name's is then unknown)."""
    cut = next((i for i in range(1, len(names)) if is_place_name(names[i:])), None)
    if cut is None:
        cut = len(names) - FILING_PLACE_CHARS - (fold(names[-1:]) in _COUNTY_ENDS)
    last = _HAN_NAMES_SEPARATOR_RE.split(names[:cut])[-1] if cut > 0 else ""
    return names[:cut] if len(last) >= HAN_NAME_MIN_CHARS else ""


def republished_credit(line: str) -> tuple[str, list[str]] | None:
    """The outlet and the authors a republication credit names (:data:`_REPUBLISHED_RE`: ``本文来自微信公众号
    “X”（ID：x），作者：张三，某某经授权发布。``; :data:`_AUTHORISED_RE`: ``本文由「X」授權轉載``, in brackets or not);
    None for other lines. A bracketed ``(本文来自X，…)`` is no credit: a news app's hidden tagline under every story
    it runs names the app itself, whatever agency wrote the story (gne-zh-unlabelled thepaper-3)."""
    text = clean(line)
    m = _REPUBLISHED_RE.match(fold(text)) if text.startswith("本文") else None
    if m is None:
        text = _unbracketed(text)
        m = _AUTHORISED_RE.match(fold(text)) if text.startswith("本文") else None
    if not m or m.group("src") in NOT_NAME_WORDS:  # 本文来自网络: from the internet, no outlet
        return None
    names = text[m.start("names") : m.end("names")] if m.groupdict().get("names") else ""
    return text[m.start("src") : m.end("src")], split_names(names)


def _unbracketed(text: str) -> str:
    """``text`` without the bracket pair enclosing it whole (``（本文由X授權轉載）``), else ``text``."""
    if len(text) > 2 and text[0] in "（(" and text[-1] in "）)":
        return text[1:-1].strip()
    return text


def own_column(source: str, sites: list[str]) -> str:
    """The site itself when a republication credit ``source`` names one of its columns (``本文来自AIbase日报`` on
    the site whose ``og:site_name`` is ``AIbase``): the site's name followed by at most :data:`COLUMN_MAX_CHARS`
    characters, not running on in the same Latin word (``AIbaseX`` is another name). Otherwise ``source``."""
    folded = source.casefold()
    for site in sites:
        rest = folded[len(site) :].strip()
        shortest = SITE_MIN_CHARS if site.isascii() else HAN_SITE_NAME_MIN_CHARS
        if len(site) < shortest or not folded.startswith(site.casefold()) or not rest:
            continue
        if len(rest) <= COLUMN_MAX_CHARS and not (site[-1].isascii() and site[-1].isalnum() and rest[0].isascii()):
            return source[: len(site)]
    return source


def copyright_source(line: str) -> str | None:
    """The outlet named by a ``本文系X独家稿件`` notice."""
    text = clean(line)
    m = _COPYRIGHT_SOURCE_RE.search(fold(text))
    return tidy_source(text[m.start("src") : m.end("src")]) if m else None
