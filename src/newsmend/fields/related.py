"""Related and latest-news lists as data: each item a :class:`~newsmend.article.RelatedLink`.

On HTML pages an item is a block holding one headline link (:func:`headline_link`), found after the body in three
ways (:func:`list_items_after`):

1. under a list heading (``相关推荐``, ``Related stories``) or a label over story links one a line in its element
   (``Lesen Sie auch:``), until the list runs out, with the time lines between its items that date them; a row of
   topics or tags under it, one a long name, is none, and a heading in the site's menu (a side drawer's ``更多``
   headings) or naming market data (``相關行情``: tickers follow) opens none;
2. without a heading, as a run of sibling boxes of one kind (``ul>li``, ``div>div.item``), each holding one headline
   link and maybe a time, a source, a channel, a comment count or a thumbnail: portals build their recommended,
   latest and most-read lists so;
3. right under the text, as one block of headline links run together in its element, no box each
   (``div.articleList`` of ``<a>`` elements): each link an item.

Story boxes the body leaves out between its lines or right under its last one (a ``Further Reading`` sidebar,
``div.related_links``) are items too, with the date line each box prints after its headline
(:func:`_with_box_dates`), and so are the lists under a heading the body leaves out between its lines
(``Mehr zum Thema``, ``延伸阅读`` and two or three linked headlines set inside the text), read as way 1 reads them
(:func:`story_links_between`).

An item's ``title`` is its headline without a pager's label, a pointer's or a list's bullet opening it
(``下一篇``, ``Next article:``, ``Related:``, ``•``) or the rank a most-read list numbers it with (``1``, ``2``,
``3``… glued to the headline: :func:`_ranks_dropped`); its ``url`` resolves against the base address the caller
gives (the page's ``<base href>`` or its own address).

An item's ``time`` is the full date its own box states (``2019-09-09 17:55``, ``2024年5月13日``), the ``datetime`` of
a ``<time>`` there where its text shows no date or the day alone (``<time datetime="2023-11-02T10:09:32+01:00">10:09
</time>``: :func:`_stated_time`), or its link's text when a list prints its items' dates there
(``headline<span>2024-05-15</span>``: :func:`_stamps_moved`); a relative or yearless one the box states only so
(``3小时前``, ``昨天 18:20``, ``05-13``) stays None, since a page does not say when it was rendered and the article's
own date does not anchor it. Its ``channel`` is the one the box names: a bracketed tag before the headline
(``【财经】``), an element classed as the channel (``div.news-channel``), or the words after the time
(``2019-09-09 17:55 香港``).

On crawled text an item is a headline line, often followed by a ``2023-05-03 16:37 channel`` line that dates it, or
a piece of a ``headline 评论 N`` strip.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise, takewhile

from newsmend.article import RelatedLink
from newsmend.blocks import Block, Link, common_length, goes_nowhere
from newsmend.content.paths import containers, is_furniture, label_tag, label_tokens
from newsmend.content.values import AGE_UNIT, CJK_RELATIVE_AGE, LIST_MARKS, names_registration
from newsmend.fields.dates import find_date, parse_date
from newsmend.fields.lines import (
    CHANNEL_MAX_CHARS,
    COLONS,
    LABELS,
    beside_stamp,
    clean,
    comment_strip_items,
    fold,
    han_count,
    is_comment_strip,
    is_list_heading,
    is_market_heading,
    is_separator,
    is_site_notice,
    pointer_label,
    time_list_entry,
)
from newsmend.fields.title import join_address, norm, registered_domain, split_address
from newsmend.fields.trim import is_short_label

#: Shortest text kept as a related headline (shorter link texts are "more", "1", "›").
MIN_TITLE_CHARS = 4
#: Marks ending a link to more of something (``查看全部评论>>``, ``More »``): no headline ends with them (``→`` does:
#: ``…这些地方或有暴雨→``).
MORE_MARKS = (">>", "»", "＞＞")
#: Marks a list ends a headline it shortened with (``…``, ``...``): the link's title attribute may give it whole.
ELLIPSES = ("…", "...")
#: Blocks after the body searched for headline lists under a heading.
LIST_WINDOW = 60
#: Share of a block's text inside its links for the block to be a list item whatever the text beside its headline.
ITEM_MIN_LINK_DENSITY = 0.8
#: Characters beside the headline link in an item's block: a full time and a channel, source or comment count
#: (``2019-09-09 17:55 国内``, ``【财经】``, ``评论 12``, a rank ``01``); more is a teaser or prose. Set on the
#: gne-zh-unlabelled pages: such text on their list items runs to 11 characters (``2019年10月20日``, ``评论 151 赞
#: 1``); 24 leaves room for a time with seconds and a channel.
ITEM_EXTRA_MAX_CHARS = 24
#: The stops, commas and colons of a sentence or a label: a line beside a stamp that holds one is no source's name.
_NOTE_MARKS_RE = re.compile(r"[,，、。.:：;；!?！？]")
#: Elements that hold a card's headline (:func:`_card_headline`), and words of a class or id naming one
#: (``p.img-title-inner``, ``div.StoryDescriptionBlock__title``).
_HEADLINE_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_HEADLINE_TOKENS = frozenset(("title", "headline", "heading"))
#: Shortest list headline: Han characters, or words for alphabetic text (shorter links are menus, tags, names).
ITEM_MIN_HAN, ITEM_MIN_WORDS = 6, 3
#: Fewest words of a headline in a heading element that its address's slug repeats (:func:`_headed_story`): one
#: word is a section's name.
HEADED_MIN_WORDS = 2
#: No shorter text passes either headline rule (a cheap test first: most links are short menu entries).
_HEADLINE_MIN_CHARS = min(ITEM_MIN_HAN, 2 * ITEM_MIN_WORDS - 1)
#: Blocks of a feed post after its header (:func:`_under_post_header`): its text, a reader's question, the answer
#: (the sina live feeds of gne-zh-unlabelled hold one to three).
POST_MAX_LINES = 3
#: Fewest item lines (:func:`_single_item`) that must follow a label in its own element for the label to head a
#: list (:func:`_labels_items`): a read-also box of story links set one a line under ``Lesen Sie auch:``
#: (unseen-en5's der-farang page holds five). On the 798 dev pages 2 changes none; 1 adds one item, right (a Polish
#: paper's ``Czytaj też:<br><a>…</a>`` after its text, trafilatura-eval t0494); the label and the item's headline
#: test keep tags and menus out (labels over items in other elements took Wikipedia's categories and share buttons).
LABEL_MIN_ITEMS = 1
#: Non-item blocks tolerated inside a list (counters, teasers) before the list is over.
LIST_MAX_GAP = 3
#: Least share of the link lines standing in an item's element (its siblings, each one link) that are headlines
#: for the element to list stories (:func:`_in_tag_row`): fewer, and it is a row of topics or tags in which one
#: long name passes for a headline (``弗拉基米爾·普京`` among ``朝鮮``, ``金正恩``, ``軍事``: a British broadcaster's
#: related topics under ``相關主題內容``, thirty-fourth audit).
SIBLING_HEADLINE_MIN_SHARE = 0.5
#: Fewest sibling boxes that make a list without a heading (gne-zh-unlabelled: the portals' lists hold 3 to 40
#: items; two boxes alike are as often a pair of promotions).
BOX_LIST_MIN_ITEMS = 3
#: Boxes of a run too short for a list alone that joins a list beside it (:func:`_box_lists`): a lead pair above
#: the rest of a tab's stories (a film site's tabs on the magic-html bench). Single boxes beside a list are not
#: taken: on the extraction bench most were a box of another kind (a duty roster, a commenter, a promotion).
SHORT_RUN_ITEMS = BOX_LIST_MIN_ITEMS - 1
#: Blocks after the body within which a heading-less list must start: the lists a reader meets after the article
#: and beside it, not the page's far columns and footers. Set on the gne-zh-unlabelled pages: their lists start 2
#: to 172 blocks after the body (a right column after 60 readers' comments); only 163's side column, after a
#: 40-box recommendation list, starts 500 blocks on.
BOX_LIST_WINDOW = 180
#: Blocks after the body within which a list of headline links run together in one element must stand
#: (:func:`_run_together_lists`): right under the text, as the Hong Kong dailies' related lists do (the next block,
#: ninety-second audit). On the dev pages such blocks 2-4 blocks after the body list related or latest stories; a side
#: column's stands 8 after, blog archives, licence lines and footers' link rows 13-102.
RUN_TOGETHER_WINDOW = 4
#: Levels between an item's box and its headline block (``li>div.more-mode>div.title-box``: 2); set on the
#: gne-zh-unlabelled pages, whose item boxes hold their headline one or two levels down.
BOX_MAX_DEPTH = 3
#: Most headline-long links in one item's box (the headline, its source's or a keyword's link): an element whose
#: children hold more is a column of lists, not a list.
BOX_MAX_HEADLINES = 3
#: Share of a heading-less list's items leading to distinct sites from which it lists sites, not stories (the
#: friend links in a government or company footer: one site per item; a story list stays on one or two sites).
SITE_LIST_MIN_HOST_SHARE = 0.8
#: Share of a heading-less list's items that must lead to a story's address (:func:`_story_url`). Set on the
#: extraction bench: the portals' lists all do, a French site's menus of subscriptions and services (3-6 words a
#: link) hardly any.
STORY_URL_MIN_SHARE = 0.8
#: Words of a story's slug in its address (``deux-ans-et-demi-en-macronie``); a section's name has fewer
#: (``points-de-vente``).
SLUG_MIN_WORDS = 4
#: Words in the class or id of a list's element or of its boxes that mark no story list: readers' comments (a user's
#: link and a time in every box), advertising, menus, tag clouds, pagination, sharing buttons, overlays shown on a
#: click or hover (a tooltip's sign-in link, a popover's trial offer: fundus jp_Nikkei's ``初割で無料体験する``).
_NO_LIST_TOKENS = frozenset(
    (
        "comment", "comments", "reply", "replies", "ad", "ads", "advert", "advertisement", "sponsor", "sponsored",
        "nav", "navbar", "navigation", "menu", "tag", "tags", "pagination", "pager", "share", "sharing", "social",
        "footer", "friend", "catlinks", "categories", "tooltip", "popover",
    )
)  # fmt: skip
#: Words in the class or id of an element that ends a list under a heading when the list's items enter it: the
#: site's menus, tag clouds, pagination and ads after the list (of :data:`_NO_LIST_TOKENS`, not the words that also
#: name story lists on the extraction bench: ``hot_comment`` (most-commented stories), ``Comment`` (a paper's opinion
#: section), ``r-reads-footer`` (recommended reads), sharing widgets holding recommendations).
_LIST_END_TOKENS = _NO_LIST_TOKENS - {"comment", "comments", "reply", "replies", "footer", "share", "sharing", "social"}
#: Words of :data:`_NO_LIST_TOKENS` naming a menu, and words naming stories: an element named by both is a menu of
#: stories, a story list. Set on the extraction bench, where the only elements so named hold stories: a paper's
#: related coverage under its heading (``ol.story-menu.menu``), a column's dated stories (``div#nav`` around
#: ``li.article_item`` boxes).
_MENU_TOKENS = frozenset(("nav", "navbar", "navigation", "menu"))
#: The words of :data:`_MENU_TOKENS` naming a site's menu in a heading's element (:func:`_in_site_menu`): only
#: ``menu``. Not ``nav``: the tabs over a daily's ranking boxes are ``div.yytj_nav`` (readability-testpages youth,
#: whose boxes list stories).
_SITE_MENU_TOKENS = frozenset(("menu",))
#: The page's own elements, whose classes name the page (``body.has-navbar``, ``body.menu-open``), none of its parts.
_PAGE_TAGS = frozenset(("html", "body"))
_STORY_TOKENS = frozenset(("story", "stories", "news", "article", "articles", "headlines"))
#: Elements whose lists are the site's, not the article's: menus and page footers (a ``path`` segment's tag).
_NO_LIST_TAGS = frozenset(("nav", "footer"))
#: Words in the class or id of an element, at any depth above a list, naming the site's shop: its lists lead to
#: products on sale (a sports site's ``div#shop-home-mod.shopping-box > div.product > div.product-wrapper > ul`` of
#: team gear beside a column, eighty-fifth audit). Not ``product``: a trade magazine's latest stories are
#: ``ol.product`` (trafilatura-eval t0049).
_SHOP_TOKENS = frozenset(("shop", "shopping"))
#: A style utility's class: a property, its value as a number and the screen sizes it applies to (``mt_2_ad``,
#: ``fs_24_32_ad``, ``mb_150_ad``: a French daily's related box, whose ``_ad`` suffixes made it read as an ad's,
#: unseen-ml1). A number between words is a value, not a name; a number ending a class numbers a slot
#: (``ad_pave-1``), whose words name what it holds.
_UTILITY_CLASS_RE = re.compile(r"\.[a-z]+(?:[-_]\d+)+[-_][a-z]+(?=[.#~>]|$)")
#: Class and id labels whose words are remembered (a page has a few hundred distinct ones).
LABEL_CACHE_SIZE = 4096
#: Link texts and addresses whose headline and story tests are remembered: the list searches after the body, the
#: repair's reach past them, the story links between the body's lines and the related items read the same links
#: of a page again (over the 798 dev pages: 48k headline tests of 27k distinct texts, 26k address tests of 11k).
LINK_CACHE_SIZE = 4096
#: Words in the class or id of an element in an item's box that holds the item's channel (``div.news-channel``).
_CHANNEL_TOKENS = frozenset(("channel", "category", "cate", "column"))
#: A channel in brackets before an item's headline (``【财经】``, ``[国内]``).
_BRACKETED_RE = re.compile(
    r"^[【\[［(（]\s*(?P<channel>[^】\]］)）]{1," + str(CHANNEL_MAX_CHARS) + r"})\s*[】\]］)）]$"
)
#: Addresses no story is at: a script, an anchor, a mail address, a phone number to dial (``tel:``, ``sms:``: a
#: financial platform's footer box ``Rufen Sie uns an: <a href="tel:…">+49 (0) 40 / …</a>`` after a wiki article).
_NOT_STORY_SCHEMES = ("javascript:", "#", "mailto:", "tel:", "sms:")
#: A path a feed is at, no story (``/feed/``, ``/rss``, ``/data/rss/1.0/kdw/feed.rdf``, ``/atom.xml``): a blog's
#: side column links ``最新記事の購読 RSS`` (subscribe to the latest posts) to ``/feed/`` (unseen-ja1).
_FEED_PATH_RE = re.compile(r"/(?:feed|rss|atom)/?$|\.(?:rss|rdf|atom)$|/(?:feed|rss|atom)\.xml$", re.I)
#: A search's terms in an address's query (``/web?query=…``, ``/s?wd=…``, ``/search?q=…``, ``?keyword=…``): where
#: the path names no story (:func:`_search_address`), the link runs a search engine's or a site's search for the
#: words, whose results page no story is at (a 2016 portal's ``相关推荐`` box of search terms beside its related
#: stories, unseen-zh32). A story's address may carry its referrer's terms (``/question/2210782210022678068.html
#: ?word=…``).
_SEARCH_QUERY_RE = re.compile(r"(?:^|&)(?:q|query|wd|word|keyword|keywords|search)=[^&]", re.I)
#: A pager's label opening the link to the next or previous story (``<span>下一篇</span> <span>headline</span>``: a
#: Hong Kong daily's next-story link, unseen-zh18; ``上一篇：``, ``Next article:``): no part of the headline. English
#: words need the colon (``Next steps for …`` is a headline).
_PAGER_LABEL_RE = re.compile(
    r"^(?:[上下前后]一(?:篇|则|条)\s*[:：]?|(?:next|previous|prev)(?: (?:article|post|story))?\s*:)\s*(?=\S)", re.I
)
#: A relative time standing alone (``3小时前``, ``刚刚``, ``昨天 18:20``, ``1 week, 3 days ago``).
_RELATIVE_TIME_RE = re.compile(
    rf"(?:{CJK_RELATIVE_AGE}|刚刚|(?:今天|昨天|前天)\s*\d{{1,2}}:\d{{2}})"
    rf"|(?:\d+\s+{AGE_UNIT},?\s*)+ago",
    re.I,
)
_WORDISH_RE = re.compile(r"[^\W\d_]")
#: A slug's words: the runs of Latin letters and digits an address made from a headline keeps
#: (:func:`_headed_story`).
_SLUG_WORD_RE = re.compile(r"[a-z0-9]+")
#: A letter or a digit: what makes a space-split part of a headline a word (:func:`_word_count`).
_ALNUM_RE = re.compile(r"[^\W_]")
#: A list's link to its whole listing, as the whole label: an interface verb, ``all`` or ``more`` and at most two
#: words of what it lists (``View All Posts``, ``See more stories »`` opening and closing a 2014 culture site's
#: popular-posts list, unseen-en26; ``See All Stories`` under a city magazine's ``Most Popular`` list, ``See more
#: latest``, forty-fourth audit): a button of the list, no story's headline, which says more (``See all the photos
#: from the royal wedding``).
_MORE_LINK_RE = re.compile(r"(?:see|view|show|browse)\s+(?:all|more)(?:\s+[^\W\d_]+){0,2}\s*[»›>→]?", re.I)
#: An advertisement's mark beside its link (``Ad•``, ``Sponsored``, ``广告``, ``推广``).
_AD_MARK_RE = re.compile(r"(?:^|\s)(?:Ad|AD|Sponsored|Promoted)\b|广告|廣告|推广|推廣|赞助|贊助")
#: Labels naming a story's source (``文章来源``, ``Source``), folded and lowercased: a link after one and its colon
#: (``文章來源：<a>original headline</a>``: a 2023 Taiwanese daily's credit of the foreign story it retold, thirtieth
#: audit) credits where the text comes from and is no other story.
_SOURCE_LABELS = frozenset(label.lower() for label in LABELS["source"])
_DIGIT_RE = re.compile(r"\d")
#: The opening of an address written without its scheme whose first segment is a host's ``www.`` name: read as
#: ``//www.…``, a host and not a relative path: the segment runs to a slash, a query, a fragment or the end (taken
#: whole, ``++``), and holds a dot between two of its characters. Written as a name, a dot and the rest to the segment's
#: end, each dot of a 50 kB segment (``a.a.a.…``) closed by a space was tried, the rest rescanned: 11.5 s to fail.
_SCHEMELESS_HOST_RE = re.compile(r"^(?=www\.(?=[^/?#\s]++(?:[/?#]|$))[^/?#\s]+\.[^/?#\s])", re.I)
#: A link shortener's address: one path segment that is a code of letters in both cases and digits (base 62:
#: ``/47aG2t4``, ``/WGj73x``), no query. It names no story but a redirect, the campaign links a Taiwanese
#: broadcaster closes its stories with (``div.guangxuan``: four red ``bit.ly`` promotions, unseen-zh16, unseen-zh22);
#: a story's id is a number or a lower-case code inside a longer path.
_SHORT_LINK_RE = re.compile(r"/(?=[0-9A-Za-z]*[a-z])(?=[0-9A-Za-z]*[A-Z])(?=[0-9A-Za-z]*\d)[0-9A-Za-z]{5,10}/?")
#: A slug opens where a word does (the look-behind): a search from every letter of one long word (an address of
#: 100 000 letters, an attribute a crawl ran on) took quadratic time, and a slug starting inside a word starts at it.
_SLUG_RE = re.compile(r"(?<![^/\W_])[^/\W_]+(?:[-_][^/\W_]+){" + str(SLUG_MIN_WORDS - 1) + ",}", re.UNICODE)
#: A number or a Latin word inside a Chinese headline (``945``, ``5.4``, ``AI``), or a run of two kana or more inside
#: a Japanese one (``ばらまき``, ``なし``, ``ゴルフ``: a word, an inflection or a loanword, as a Latin word is): each
#: counts like a Han character. A kana alone is a particle (``の``, ``へ``), no word: ``編集委員の目`` is a column's
#: name beside its story's headline. The katakana middle dot (``・``, U+30FB) joins words and is none.
_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:\.[0-9]+)?|[\u3041-\u309f\u30a0-\u30fa\u30fc-\u30ff]{2,}")
#: A tally ending a Chinese link's text: numbers standing apart after its words, bare or bracketed with a unit
#: (``name 10 (1次)``, ``巴中 (0)``): a score or a count beside a name, no headline words. A number inside the words
#: (``日本确诊945例``, ``确诊 945 例``) or after a Latin word (``Mate 60``) is one of them.
_TALLY_RE = re.compile(r"(?<![A-Za-z])(?:\s+(?:\d+(?:[.,]\d+)*|[(（]\d+[\u3400-\u9fff]?[)）]))+$")
#: A countdown: a label, a colon and a span of time in units to the end (``剩餘時間: 0天8小時``, the free-reading
#: timer over each of a 2018 Hong Kong financial daily's editor's picks, ninety-second audit; ``Time left: 2 days
#: 8 hours``), read folded: a box's timer, no headline. The spaces around a unit's comma are taken whole (``*+``):
#: handed back one by one to the space after the comma, a label's unit and 50 kB of spaces took 31 s to fail.
_COUNTDOWN_RE = re.compile(
    rf"[^:：]{{1,12}}[:：]\s*(?:\d+\s*(?:秒|分钟|分|小时|天|周|个月|年|{AGE_UNIT})\s*+,?\s*+)+", re.I
)
#: A clock time, with the day it falls on (``今天 12:08:48``), or a relative time (``3小时前``) in a Chinese link's
#: text: a stamp, no headline words (a live feed's ``name 今天 12:08:48`` header is a name, not a headline). Its
#: units are the simplified ones of :data:`~newsmend.content.values.CJK_AGE_UNIT` but years: inside a link's words
#: ``N年前`` is the headline's (``捡到4年前漂流瓶``; read as a stamp it lost magic-html article-39dd62c5 that related
#: item). A clock's spaces start after no space and an age's number after no digit: searched over a long run of
#: either, each start backtracked over the rest (20 kB of spaces or of digits took 9 to 10 s, 50 kB of spaces 21 s).
_STAMP_WORDS_RE = re.compile(
    r"(?:(?:今天|昨天|前天)|(?<!\s))\s*\d{1,2}:\d{2}(?::\d{2})?|(?<!\d)\d+\s*(?:秒|分钟|小时|天|周|个月)前"
)
#: Fewest items of a page's lists with a date at one end of their titles for those dates to be the items' stamps, not
#: their headlines' words (:func:`_stamps_moved`). Set on the 798 bench pages: the lists printing a date in their
#: links hold 2 (a paper's related coverage) to 15 such items; the dates that are a headline's stand on one item.
STAMPED_MIN_ITEMS = 2
#: Fewest items of a list whose titles open with their ranks in order (``1``, ``2``, ``3``, …) for those numbers to be
#: the list's ranks, not its headlines' words (:func:`_ranks_dropped`): a most-read box prints each rank in an element
#: of its own inside the link (``<a><strong>1</strong><span>headline</span></a>``), which the link's text glues to the
#: headline (``1Mort de …``: a 2019 French site's ``Les plus lus`` box, twenty-first audit). Headlines opening with a
#: number (``3 Ways to …``) do not follow one another in counting order.
RANKED_MIN_ITEMS = 3
#: A rank opening an item's title: one or two digits, then the headline's first letter (after spaces, if any).
_RANK_RE = re.compile(r"(\d{1,2})\s*(?=[^\W\d_])")
#: What may stand between a stamp and the headline it dates (``headline | 2024-05-15``), and the brackets around one.
_STAMP_SEPARATORS = " -–—|｜/·•:：,，"
_OPENERS, _CLOSERS = ("(", "（", "[", "［"), (")", "）", "]", "］")
#: A clock time after a stamp's date behind a separator the date reading does not join (``20.10.2021 - 10:24``).
_CLOCK_AFTER_RE = re.compile(r"[\s\-–—|,]*(\d{1,2}:\d{2}(?::\d{2})?)\s*")
_START, _END = "start", "end"


def list_items_after(blocks: list[Block], end: int) -> list[int]:
    """Indices of the blocks of headline lists after the body (ending at ``end``), in page order: the items under a
    list heading (:func:`_heading_lists`) and the boxes of heading-less lists with their time and channel lines
    (:func:`_box_lists`), and the blocks holding a list's headline links run together (:func:`_run_together_lists`)."""
    return sorted({*_heading_lists(blocks, end), *_box_lists(blocks, end), *_run_together_lists(blocks, end)})


def story_links_between(blocks: list[Block], body: list[int], base_url: str | None) -> list[int]:
    """Indices of the blocks between the body's first and last lines that the body left out, and of the run of them
    right after its last line inside the element holding the whole body (in no ``<aside>``: a side column's
    promotions), that are one story's headline link in a box named as furniture below the element of the body's
    first line (:func:`_in_story_box`): the boxes a site sets between its paragraphs or beside them to point to its
    other stories (Ars Technica's "Further Reading" sidebars, ``div.pullbox.sidebar``), or right under the text (a
    Tokyo daily's ``div.related_links``, ``【関連記事】<a>…</a>`` twice, found between only while a tooltip after it
    was read as text), or a line in any box that labels its link as a list heading does (:func:`_labelled_pointer`:
    ``Related article: <a>…</a>``, whose label says the link leads to a story), and the items of a list under a
    heading the body left out between its lines (:func:`_lists_between`: ``Mehr zum Thema`` over two linked
    headlines inside a German weekly's story). A boxed link leads to a story's address (:func:`_story_url`); each
    leads to one on the page's own site (``base_url``; relative links without it): an embed's link to a social
    network, a share button or a source elsewhere is none. A boxed link comes with the line dating it in its box
    (:func:`_with_box_dates`)."""
    if not body:
        return []
    kept, first, site = set(body), blocks[body[0]].path, registered_domain(base_url or "")

    def own_site(link: Link) -> bool:
        return registered_domain(join_address(base_url or "", link.href)) == site

    def story_box_link(i: int) -> bool:
        block = blocks[i]
        if not block.links:
            return False
        boxed = _in_story_box(first, block.path)  # cached by path
        link = headline_link(block)
        return (
            link is not None
            and ((boxed and _story_url(link.href)) or _labelled_pointer(block, link))
            and own_site(link)
        )

    boxed = [i for i in range(body[0] + 1, body[-1]) if i not in kept and story_box_link(i)]
    between = sorted({*_with_box_dates(blocks, boxed), *_lists_between(blocks, body, own_site)})
    held = containers(blocks[body[0]])
    depth = common_length(held, containers(blocks[body[-1]]))
    if not depth:
        return between

    def under_text(i: int) -> bool:  # in the element holding the whole body, in no side column (its promotions)
        return (
            blocks[i].within(held[depth - 1])
            and not any(label_tag(label) == "aside" for label in blocks[i].path.split(">"))
            and story_box_link(i)
        )

    return between + _with_box_dates(blocks, list(takewhile(under_text, range(body[-1] + 1, len(blocks)))))


def _with_box_dates(blocks: list[Block], items: list[int]) -> list[int]:
    """The ``items`` (headline blocks), each followed by the line right after it that dates it in its own box: a
    linkless line that dates an item as a list's time lines do (:func:`_dates_item`), standing right in an element
    that holds the item (a 2014 British daily's inline related box, ``<li><p><a>headline</a></p><span
    class="relContDate">30 Dec 2014</span></li>``, seventy-third audit). :func:`related_links` reads it as the
    item's time, as it reads a list's."""
    dated: list[int] = []
    for i in items:
        dated.append(i)
        after = i + 1
        if after < len(blocks) and after not in items and _dates_box(blocks[after], blocks[i]):
            dated.append(after)
    return dated


def _dates_box(line: Block, item: Block) -> bool:
    """``line`` stands right in an element holding ``item`` and dates it (:func:`_dates_item`), no link."""
    return not line.links and item.within(line.container) and _dates_item(line)


def _lists_between(blocks: list[Block], body: list[int], own_site: Callable[[Link], bool]) -> list[int]:
    """The items of the headline lists the body left out between two of its lines (:func:`_heading_lists`, read
    up to the body's next line): a heading or a label set inside the text over a few linked headlines (``Mehr zum
    Thema`` and two stories inside a German weekly's text, ``延伸阅读`` and three inside a portal's story, the text
    going on under them), each leading to a story on the page's own site (:func:`_points_to_story`); a list none
    of whose items does is none, its time lines too."""
    items: list[int] = []
    for end, stop in pairwise(body):
        listed = _heading_lists(blocks, end, stop) if stop - end > 1 else []
        stories = [i for i in listed if blocks[i].links and _points_to_story(blocks[i].links[0], own_site)]
        if stories:
            items += [i for i in listed if i in stories or not blocks[i].links]
    return items


def _points_to_story(link: Link, own_site: Callable[[Link], bool]) -> bool:
    """The link leads to a story's address (:func:`_story_url`) on the page's own site: inside the text a list's
    link to a section (``More on Amazon`` to ``/business/amazon/`` over a 2019 daily's related stories) is none."""
    return _story_url(link.href) and own_site(link)


def _labelled_pointer(block: Block, link: Link) -> bool:
    """The line is a list heading's words and the headline link after them (``Related article: <a>Josie Cunningham is
    engaged</a>``, four such lines closing a 2014 celebrity magazine's story, thirty-ninth audit), or a link opening
    with such a label of its own (:func:`~newsmend.fields.lines.pointer_label`: ``<a>Related: SpaceX Rocket …</a>``,
    a 2016 broadcaster's story, seventy-seventh audit): a pointer to another story set in the text's own box,
    however plainly it is styled."""
    shown = _collapsed(link.text)
    label = block.text.partition(shown)[0].strip()
    return is_list_heading(label) if label else bool(pointer_label(shown))


@lru_cache(maxsize=LABEL_CACHE_SIZE)
def _in_story_box(first: str, path: str) -> bool:
    """``path`` lies in an element the body's first line (at ``first``) is not in that is named as furniture
    (:func:`~newsmend.content.paths.is_furniture`: ``sidebar``, ``related``, ``recommended``), and in none that is a
    ``<nav>`` or ``<footer>`` or is named like no story list (:data:`_NO_LIST_TOKENS`: a share bar, comments, an
    ad)."""
    labels = path.split(">")
    below = labels[common_length(labels, first.split(">")) :]
    if any(label_tag(label) in _NO_LIST_TAGS or _names_no_list(label) for label in below):
        return False
    return any(is_furniture(label) for label in below)


def list_window(blocks: list[Block], end: int) -> range:
    """The blocks after the body (ending at ``end``) that :func:`list_items_after` reads whatever they hold: the
    :data:`LIST_WINDOW` blocks a heading's list may stand in and the :data:`BOX_LIST_WINDOW` blocks a heading-less
    list must start in."""
    return range(end + 1, min(len(blocks), end + 1 + max(LIST_WINDOW, BOX_LIST_WINDOW)))


def list_reach_beyond(blocks: list[Block], end: int) -> list[int]:
    """The blocks past :func:`list_window` that :func:`list_items_after` may read, given the window's blocks as they
    will be searched: a heading-less list that starts in the window may run on past it, but only inside the
    elements its first items' boxes stand in (:func:`_near`), so the search reads a block there (an item, a line of
    its box) and the :data:`POST_MAX_LINES` blocks before it (:func:`_under_post_header`), nothing else. Lets a
    caller that must repair the blocks before the search (a page read in the wrong charset) repair only these."""
    window = list_window(blocks, end)
    opened: set[int] = set()
    for i in window:
        if blocks[i].links and headline_link(blocks[i]) is not None:
            opened.update(_near(blocks[i]))
    reached: set[int] = set()
    for i in range(window.stop, len(blocks)):
        if not opened.isdisjoint(blocks[i].ancestors):
            reached.update(range(max(window.stop, i - POST_MAX_LINES), i + 1))
    return sorted(reached)


def _heading_lists(blocks: list[Block], end: int, stop: int | None = None) -> list[int]:
    """Item blocks (:func:`_single_item`) under a list heading (``相关推荐``, ``Related stories``) or a label over
    item lines (:func:`_opens_list`), until the list runs out, and the time lines between them (:func:`_dates_item`),
    which date the item whose card they stand in (:func:`related_links`: ``<a><span>2023/08/24 05:30</span>
    <h3>headline</h3></a>``, a 2023 Taiwanese daily's related news, thirtieth audit) or the one before them; links
    in a menu or footer the heading is not in (:func:`_left_for_no_list`) and a row of topics or tags
    (:func:`_in_tag_row`) are none; a heading in the site's menu (:func:`_in_site_menu`) opens no list, and a
    heading naming market data (:func:`~newsmend.fields.lines.is_market_heading`) ends the list: tickers follow.
    The search ends :data:`LIST_WINDOW` blocks on, or sooner before ``stop`` (the body's next line, for a list set
    inside the text)."""
    items: list[int] = []
    gap = LIST_MAX_GAP + 1
    heading = ""
    rows: dict[int, bool] = {}
    for i in range(end + 1, min(end + 1 + LIST_WINDOW, len(blocks) if stop is None else stop)):
        block = blocks[i]
        if not block.links and is_market_heading(block.text):
            gap = LIST_MAX_GAP + 1  # a box of tickers ends the list before it
        elif _opens_list(blocks, i):
            gap, heading = (LIST_MAX_GAP + 1, "") if _in_site_menu(block.path) else (0, block.path)
        elif (
            gap <= LIST_MAX_GAP
            and _single_item(block)
            and not _left_for_no_list(heading, block.path)
            and not _in_tag_row(blocks, i, rows)
        ):
            items.append(i)
            gap = 0
        elif gap <= LIST_MAX_GAP and _dates_item(block):
            items.append(i)  # a time line: the list goes on as far past it as before it
        else:
            gap += 1  # a menu's or a footer's link after the list is no item
    return items


def _dates_item(block: Block) -> bool:
    """A line of a list that dates an item: a headline list's time line (``2023-05-03 16:37 国内``, at most one link)
    or, linkless, a full date alone in any form the date reading knows (``2015年8月4日``, ``4. Mai 2016``: a
    Japanese appliance news site's related stories each set one in a ``p.date`` under the headline, unseen-ml6),
    which :func:`_item_note` reads as the item's time; or a short line (:data:`ITEM_EXTRA_MAX_CHARS`, at most one
    link) holding a ``<time>`` whose ``datetime`` states a date (:func:`_stamped`: a French daily's card, ``<time
    datetime="2023-11-02T10:09:32+01:00">10:09</time> | BILAN``, unseen-ml7). A labelled date (``Date 19.01.2020``)
    is no item's: a side column states the article's own so beside the list."""
    if len(block.links) <= 1 and time_list_entry(block.text):
        return True
    text = clean(block.text)
    if block.times and len(block.links) <= 1 and len(text) <= ITEM_EXTRA_MAX_CHARS and _stamped(block):
        return True
    return not block.links and _is_time_only(text) and parse_date(text) is not None


def _in_tag_row(blocks: list[Block], i: int, rows: dict[int, bool]) -> bool:
    """Item block ``i`` stands in a row of at least :data:`BOX_LIST_MIN_ITEMS` sibling link lines (the run of blocks
    around it right in its element, each one link, in boxes of its own kind) of which fewer than
    :data:`SIBLING_HEADLINE_MIN_SHARE` are headlines (:func:`_is_headline`): a row of topics or tags, one of them a
    name long enough for a headline, not a list of stories. A card's lines (a kicker, the headline, a time, a
    channel) stand in boxes of different kinds and make no row. ``rows`` holds the verdict of every block of a row
    already read, so that a long list is walked once, not once per item."""
    if i in rows:
        return rows[i]
    item = blocks[i]
    start = end = i
    while start > 0 and _sibling_link(blocks[start - 1], item):
        start -= 1
    while end + 1 < len(blocks) and _sibling_link(blocks[end + 1], item):
        end += 1
    count = end + 1 - start
    headlines = sum(_is_headline(blocks[k].links[0].text) for k in range(start, end + 1))
    tags = count >= BOX_LIST_MIN_ITEMS and headlines < SIBLING_HEADLINE_MIN_SHARE * count
    rows.update(dict.fromkeys(range(start, end + 1), tags))
    return tags


def _sibling_link(block: Block, item: Block) -> bool:
    """``block`` is one link standing right in the element ``item`` stands in, in a box of the same kind (the last
    label of their paths: ``li.tag``)."""
    return (
        block.parent == item.parent
        and len(block.links) == 1
        and block.path.rpartition(">")[2] == item.path.rpartition(">")[2]
    )


def _opens_list(blocks: list[Block], i: int) -> bool:
    """Block ``i`` heads a list: a list heading (``相关推荐``, ``Related stories``) or a label over item lines
    (:func:`_labels_items`)."""
    block = blocks[i]
    if block.link_density < ITEM_MIN_LINK_DENSITY and is_list_heading(block.text):  # the cheap test first
        return True
    return not block.links and _labels_items(blocks, i)


def _labels_items(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is a label (a few words and a colon: :func:`~newsmend.fields.trim.is_short_label`) over
    at least :data:`LABEL_MIN_ITEMS` item lines in its own element (lines split by ``<br>`` share it): a box of
    story links one a line under a label in any language (``Lesen Sie auch:``, ``Czytaj też:``, ``Lire aussi :``),
    a list whatever words its heading uses; the items go on as under a list heading."""
    text = clean(blocks[i].text)
    label = text[:-1].rstrip() if text.endswith((":", "：")) else ""
    if not label or not is_short_label(label):
        return False
    element = blocks[i].container
    lines = blocks[i + 1 : i + 1 + LABEL_MIN_ITEMS]
    return len(lines) == LABEL_MIN_ITEMS and all(line.container == element and _single_item(line) for line in lines)


@lru_cache(maxsize=LABEL_CACHE_SIZE)
def _left_for_no_list(heading: str, path: str) -> bool:
    """``path`` lies in an element the list heading at ``heading`` is not in that is a ``<nav>`` or ``<footer>`` or
    is named like a menu, tags, pagination or an ad (:data:`_LIST_END_TOKENS`): a site's links after the list."""
    labels, above = path.split(">"), heading.split(">")
    shared = common_length(labels, above)
    return any(label_tag(label) in _NO_LIST_TAGS or _ends_list(label) for label in labels[shared:])


@lru_cache(maxsize=LABEL_CACHE_SIZE)
def _in_site_menu(path: str) -> bool:
    """``path`` runs through an element below the body named as a menu (:data:`_SITE_MENU_TOKENS`) and not as
    stories (:func:`_names_one_of`): a heading there titles the site's sections, topics or columns, no list of
    stories beside the article (a 2024 Taiwanese news site's side drawer, ``div#side-menu.side-menu``, heads its
    topic and column links with ``火線話題 閱讀更多`` and ``精選特輯 閱讀更多``: unseen-zh26). Not a ``<footer>``
    as such: an article's own footer holds its related posts (WordPress's ``Related Posts`` under the story's tags,
    a 2014 culture site, unseen-en26)."""
    return any(
        label_tag(label) not in _PAGE_TAGS and _names_one_of(label_tokens(label), _SITE_MENU_TOKENS)
        for label in path.split(">")
    )


@lru_cache(maxsize=LABEL_CACHE_SIZE)
def _ends_list(label: str) -> bool:
    return _names_one_of(_name_tokens(label), _LIST_END_TOKENS)


def _name_tokens(label: str) -> list[str]:
    """The :func:`~newsmend.content.paths.label_tokens` of a ``tag#id.class`` label without its style utilities'
    classes (:data:`_UTILITY_CLASS_RE`), whose words name a property and a screen size, not what the element
    holds."""
    return label_tokens(_UTILITY_CLASS_RE.sub("", label) if _UTILITY_CLASS_RE.search(label) else label)


def _names_one_of(tokens: list[str], words: frozenset[str]) -> bool:
    """The class and id words ``tokens`` hold one of ``words``, unless all those they hold name a menu and others
    name stories (:data:`_STORY_TOKENS`): a menu of stories is a story list."""
    found = words.intersection(tokens)
    return bool(found) and not (found <= _MENU_TOKENS and not _STORY_TOKENS.isdisjoint(tokens))


def _single_item(block: Block) -> bool:
    """A block that is all one headline link (:data:`ITEM_MIN_LINK_DENSITY`): with no boxes to tell items apart,
    a line beside a link (a commenter's name and place, a source with its comment count) is no item. Each line of a
    card (one link around block elements: ``<a><h3>…</h3><span>date</span></a>``) is a block of its own; which
    of them is the headline :func:`related_links` decides. A card's headline element may hold fewer words
    (:func:`_headed_story`)."""
    if len(block.links) != 1 or block.link_density < ITEM_MIN_LINK_DENSITY or time_list_entry(block.text):
        return False
    link = block.links[0]
    return _is_story_href(link.href) and (_is_headline(link.text) or _headed_story(block, link))


def _headed_story(block: Block, link: Link) -> bool:
    """A link in a heading element or one whose class names a title (:func:`_names_headline`) whose words are the
    slug its address ends with, an id after them at most (``Nondenominational Carols`` to
    ``…/2013/12/23/nondenominational-carols``, a 2014 magazine's related card, thirty-ninth audit;
    ``…/mission-impossible-81234.html``) is a story's headline however few its words: the site made the
    address from it, and the address names one story (:func:`_story_url`: a date, an id). A section's link in the
    card's kicker (``Shouts & Murmurs`` to ``/magazine/shouts-murmurs``) names none; nor do a page's buttons
    (``Reader comments`` to ``newscomm-44391.php``)."""
    words = _SLUG_WORD_RE.findall(link.text.lower())
    if len(words) < HEADED_MIN_WORDS or not _names_headline(block.path.rsplit(">", 1)[-1]):
        return False
    segment = split_address(link.href).path.rstrip("/").rsplit("/", 1)[-1]
    slug = _SLUG_WORD_RE.findall(segment.lower().rsplit(".", 1)[0])
    made_from = slug[: len(words)] == words and all(word.isdigit() for word in slug[len(words) :])
    return made_from and _story_url(link.href)


def headline_link(block: Block) -> Link | None:
    """The link of a list item's block: its one link long enough for a headline, to a page that can be a story
    (not a script, an anchor, a button's empty fragment, a mail address or a site's home page), shown in the
    block's own text (a link around a card's lines gives each line its part), with at most
    :data:`ITEM_EXTRA_MAX_CHARS` of other text beside it unless links cover :data:`ITEM_MIN_LINK_DENSITY` of the
    block. A line opening with a time (``2019-09-09 17:55 香港``) dates the item before it and is none, and so are
    an item marked as an ad beside its link (:data:`_AD_MARK_RE`) and a link after a source label crediting where
    the text comes from (:func:`_credits_source`)."""
    links = block.links
    longest = len(links[0].text) if len(links) == 1 else max((len(link.text) for link in links), default=0)
    if len(block.text) - longest > ITEM_EXTRA_MAX_CHARS and block.link_density < ITEM_MIN_LINK_DENSITY:
        return None  # prose or a strip with links in it (the test below, before any link is read)
    link = _only_headline(block.links)
    if link is None or time_list_entry(block.text):
        return None
    shown = _collapsed(link.text)
    if shown not in block.text or not _is_story_href(link.href):
        return None
    if _AD_MARK_RE.search(block.text.replace(shown, " ")):  # the item is an advertisement
        return None
    if _credits_source(block.text.partition(shown)[0]):
        return None
    if len(block.text) - len(shown) > ITEM_EXTRA_MAX_CHARS and block.link_density < ITEM_MIN_LINK_DENSITY:
        return None
    return link


def _credits_source(before: str) -> bool:
    """The text before an item's link is a source label and its colon (:data:`_SOURCE_LABELS`): the link is the
    story's source, no item (the cheap test first: most items have nothing before their link)."""
    label = before.strip()
    return label.endswith((":", "：")) and fold(label[:-1]).strip().lower() in _SOURCE_LABELS


def _only_headline(links: list[Link]) -> Link | None:
    """The one link of ``links`` long enough for a headline (:func:`_is_headline`), None if none or several (the
    search stops at the second: a menu's row of links costs two tests, not one per link)."""
    found = None
    for link in links:
        if len(link.text) >= _HEADLINE_MIN_CHARS and _is_headline(link.text):
            if found is not None:
                return None
            found = link
    return found


def _collapsed(text: str) -> str:
    """Whitespace runs as one space, as in a block's text (not :func:`~newsmend.fields.lines.clean`: every link of
    the page's end passes here, and its cache is for the lines fields read)."""
    return " ".join(text.split())


@lru_cache(maxsize=LINK_CACHE_SIZE)
def _is_headline(title: str) -> bool:
    """Long enough for a headline: :data:`ITEM_MIN_HAN` Han characters, numbers and Latin words (``日本确诊945例``,
    ``当电商拥抱AI``; marks, stamps and tallies do not count: ``巴中 (0)`` is a tag, ``某某今天 12:08`` a feed's
    header, ``某某 10 (1次)`` a ranked name), or :data:`ITEM_MIN_WORDS` words (:func:`_word_count`); and not a
    list's link to its listing (:data:`_MORE_LINK_RE`: ``View All Posts``), a time alone (a post's permalink:
    ``2018年6月24日 00:55``, ``1 week, 3 days ago``), a site's notice (:func:`~newsmend.fields.lines.is_site_notice`:
    a sidebar's ``Subscribe to our newsletters`` and ``Like MLive on Facebook`` boxes after a local news site's
    special report, unseen-en30) or a site's registration number (``沪公网安备…号``, the last link of a Chinese
    page's footer)."""
    if len(title) < _HEADLINE_MIN_CHARS:
        return False
    han = han_count(title)
    if han:
        words = _headline_words(title)
        long_enough = (han if words is title else han_count(words)) + len(_WORD_RE.findall(words)) >= ITEM_MIN_HAN
    else:
        long_enough = _word_count(title) >= ITEM_MIN_WORDS
    if not long_enough or _MORE_LINK_RE.fullmatch(title) or is_site_notice(title):
        return False
    return not _is_time_only(title) and not names_registration(title)  # the costly tests last


def _word_count(title: str) -> int:
    """The words of a headline in a spaced script: its space-split parts holding a letter or a digit. A mark standing
    alone is no word: a section's name ``Shouts & Murmurs`` is two words, not a three-word headline (a 2014
    magazine's related cards link their section over their headline, thirty-ninth audit)."""
    return sum(1 for part in title.split() if _ALNUM_RE.search(part))


def _headline_words(title: str) -> str:
    """A Chinese link's text without what is no word of a headline: its clock and relative times
    (:data:`_STAMP_WORDS_RE`) and a tally at its end (:data:`_TALLY_RE`); ``title`` itself when it holds neither
    (cheap tests first: most texts end in a word and hold no time)."""
    return _without_tally(_without_stamps(title)[0])


def _without_stamps(text: str) -> tuple[str, int]:
    """``text`` with its clock and relative times (:data:`_STAMP_WORDS_RE`) blanked, and how many there were;
    ``text`` itself when it holds no ``:`` or ``前`` (a cheap test first: most link texts hold no time)."""
    return _STAMP_WORDS_RE.subn(" ", text) if ":" in text or "前" in text else (text, 0)


def _without_tally(text: str) -> str:
    """``text`` without the tally at its end (:data:`_TALLY_RE`), ``text`` itself when it ends in no number or
    bracket (a cheap test first)."""
    return _TALLY_RE.sub("", text) if text[-1:].isdigit() or text.endswith((")", "）")) else text


def _is_time_only(title: str) -> bool:
    """A time alone: a relative one (:data:`_RELATIVE_TIME_RE`), a countdown (:data:`_COUNTDOWN_RE`) or a date with
    no word beside it."""
    if _RELATIVE_TIME_RE.fullmatch(title.strip()) or _is_countdown(title.strip()):
        return True
    found = find_date(title)
    return found is not None and not _WORDISH_RE.search(title[: found[1]] + title[found[2] :])


def _is_countdown(title: str) -> bool:
    """A countdown (:data:`_COUNTDOWN_RE`), read folded; a title with no colon is none (a cheap test first: most
    titles hold none)."""
    has_colon = any(mark in title for mark in COLONS)
    return has_colon and _COUNTDOWN_RE.fullmatch(fold(title)) is not None


@lru_cache(maxsize=LINK_CACHE_SIZE)
def _is_story_href(href: str) -> bool:
    """Not a script, an anchor, a mail address, a phone number (:data:`_NOT_STORY_SCHEMES`), nor a site's home page
    (``http://fgw.example.gov.cn``, ``/``); a home page with a query is a page (``http://forum.example.cn/?p=219529990``).
    An address ending in an empty fragment (``…/amazon-alexa-gadgets/#``) is a script's button that goes nowhere: a
    business magazine's ``Share on Facebook`` over its story's own address was its only related story. Nor a search
    for words (:func:`_search_address`): its results are no story; nor a feed (:data:`_FEED_PATH_RE`): a reader
    subscribes to it."""
    if not href or href.lower().startswith(_NOT_STORY_SCHEMES) or goes_nowhere(href):
        return False
    parts = split_address(href)
    if _search_address(parts.path, parts.query) or _FEED_PATH_RE.search(parts.path):
        return False
    return parts.path not in ("", "/") or bool(parts.query)


def _run_together_lists(blocks: list[Block], end: int) -> list[int]:
    """Blocks within :data:`RUN_TOGETHER_WINDOW` after the body (ending at ``end``) holding a list's items as links
    run together in one element, no box each (``<div class="articleList"><a>…</a> <a>…</a> …</div>``, a 2018 Hong
    Kong daily's related stories under a heading drawn as a picture, ninety-second audit): :data:`BOX_LIST_MIN_ITEMS`
    links or more, each a headline with no time in it (:func:`_is_headline`: a menu's entries are words;
    :func:`_without_stamps`: a feed's entries open with their age, ``6小时前 …``), covering
    :data:`ITEM_MIN_LINK_DENSITY` of the block, leading to stories (:func:`_lists_stories`) on a site or two
    (:func:`_lists_sites`), the block's own element named like no comments, ads or menus and in no ``<nav>`` or
    ``<footer>`` (:func:`_named_no_list`; the element around it may be named for the pager beside the list)."""
    found = []
    for i in range(end + 1, min(len(blocks), end + 1 + RUN_TOGETHER_WINDOW)):
        block = blocks[i]
        links = block.links
        if len(links) < BOX_LIST_MIN_ITEMS or block.link_density < ITEM_MIN_LINK_DENSITY:
            continue
        if not all(_is_headline(shown := _collapsed(link.text)) and not _without_stamps(shown)[1] for link in links):
            continue
        own = block.path.count(">") + 2  # the depth at which _named_no_list reads the block's own element alone
        if not _lists_sites(links) and _lists_stories(links) and not _named_no_list(blocks, [i], own):
            found.append(i)
    return found


def _search_address(path: str, query: str) -> bool:
    """An address that runs a search: its query gives the terms (:data:`_SEARCH_QUERY_RE`) and its path names no
    story (:func:`_names_story`: no number, no slug: ``/s``, ``/web``, ``/search/index.html``)."""
    return _SEARCH_QUERY_RE.search(query) is not None and not _names_story(path)


def _box_lists(blocks: list[Block], end: int) -> list[int]:
    """Heading-less lists starting within :data:`BOX_LIST_WINDOW` blocks after the body: elements holding at least
    :data:`BOX_LIST_MIN_ITEMS` children of one tag (the boxes) that each hold an item block (one with a
    :func:`headline_link`) at most :data:`BOX_MAX_DEPTH` levels down, and no more than :data:`BOX_MAX_HEADLINES`
    such blocks (a column of many lists is no list). An item block belongs to the innermost such element; the first
    in each box is the item, with the lines before and after it in the box that date it or name its channel
    (:func:`_box_notes`); a box whose item is a line of a feed post (:func:`_under_post_header`) has none. An
    element holding the body's last line is none of the boxes: it is the article's own, whose dateline would date
    a pointer set under the text (``LISTEN: <a>…</a>``) as an item of a list of the page's columns. Lists
    named like comments, ads or menus (:func:`_named_no_list`), leading to a different
    site each (:func:`_lists_sites`) or mostly not to stories (:func:`_lists_stories`) are none. A run of
    :data:`SHORT_RUN_ITEMS` boxes in an element beside a kept list's, of its tag and with boxes of its tag, joins
    the list when its items lead to stories on the list's sites: a lead pair with pictures above the rest."""
    lists: dict[tuple[int, str], dict[int, list[int]]] = {}
    depth_of: dict[tuple[int, str], int] = {}
    link_of: dict[int, Link] = {}
    opened: set[int] = set()  # elements holding an item block within the window: lists may go on past it
    window = end + 1 + BOX_LIST_WINDOW
    body_chain = containers(blocks[end]) if 0 <= end < len(blocks) else ()
    for i in range(end + 1, len(blocks)):
        block = blocks[i]
        if not block.links or (i >= window and opened.isdisjoint(_near(block))):
            continue
        link = headline_link(block)
        if link is None:
            continue
        link_of[i] = link
        chain, tags = containers(block), _path_tags(block.path)
        # an element holding the body's last line is the article's own, no item's box: its links are no item
        first = max(1, len(chain) - 1 - BOX_MAX_DEPTH, common_length(chain, body_chain))
        for depth in range(first, len(chain)):
            key = (chain[depth - 1], tags[depth])
            lists.setdefault(key, {}).setdefault(chain[depth], []).append(i)
            depth_of[key] = depth
        if i < window:
            opened.update(_near(block))
    found: dict[tuple[int, str], dict[int, list[int]]] = {}
    short: list[tuple[int, str]] = []  # runs too short for a list alone (:data:`SHORT_RUN_ITEMS` boxes)
    for key, boxes in lists.items():
        if len(boxes) < BOX_LIST_MIN_ITEMS:
            if len(boxes) == SHORT_RUN_ITEMS:
                short.append(key)
        elif all(len(held) <= BOX_MAX_HEADLINES for held in boxes.values()):
            found[key] = boxes
    owner: dict[int, tuple[int, str]] = {}
    for key in sorted(found, key=lambda k: depth_of[k]):  # deeper lists claim their blocks last, so they win
        for held in found[key].values():
            owner.update(dict.fromkeys(held, key))
    out: list[int] = []
    kept: dict[tuple[int, str, str, int], list[int]] = {}  # the items of each kind of kept list (:func:`_kind`)
    for key, boxes in found.items():
        items = [held[0] for held in boxes.values() if owner[held[0]] == key]
        if len(items) < BOX_LIST_MIN_ITEMS or items[0] >= window:
            continue
        links = [link_of[i] for i in items]
        if _named_no_list(blocks, items, depth_of[key]) or _lists_sites(links) or not _lists_stories(links):
            continue
        items = _story_items(blocks, items, link_of)
        if len(items) >= BOX_LIST_MIN_ITEMS:
            out += items + _box_notes(blocks, items, depth_of[key])
            kept.setdefault(_kind(blocks[items[0]], key, depth_of[key]), []).extend(items)
    shapes = {kind[2:] for kind in kept}  # box tags and depths: a cheap test before a run's kind
    for key in short:  # a run beside a kept list of its kind joins it
        boxes = lists[key]
        if (key[1], depth_of[key]) not in shapes:
            continue
        beside = kept.get(_kind(blocks[next(iter(boxes.values()))[0]], key, depth_of[key]))
        if beside is None or any(len(held) > BOX_MAX_HEADLINES for held in boxes.values()):
            continue
        items = [held[0] for held in boxes.values() if held[0] not in owner]
        if not items or items[0] >= window or _named_no_list(blocks, items, depth_of[key]):
            continue
        sites = {registered_domain(link_of[i].href) for i in beside}
        if all(_story_url(link_of[i].href) and registered_domain(link_of[i].href) in sites for i in items):
            items = _story_items(blocks, items, link_of)
            out += items + _box_notes(blocks, items, depth_of[key])
    return out


@lru_cache(maxsize=LABEL_CACHE_SIZE)
def _path_tags(path: str) -> tuple[str, ...]:
    """The element names of a block's ``path``, one a segment: every item block of a page's lists is placed by them
    at each of its box depths, and the items of one list share their path."""
    return tuple(label_tag(label) for label in path.split(">"))


def _kind(block: Block, key: tuple[int, str], depth: int) -> tuple[int, str, str, int]:
    """What lists beside each other share, for the list ``key`` at ``depth`` holding ``block``: their elements'
    parent, their elements' tag, their boxes' tag and their depth."""
    chain = containers(block)
    return (chain[depth - 2] if depth >= 2 else -1, label_tag(block.path.split(">")[depth - 1]), key[1], depth)


def _story_items(blocks: list[Block], items: list[int], link_of: dict[int, Link]) -> list[int]:
    """The items of a list that are no feed post's header (:func:`_repeated_posters`) or line
    (:func:`_under_post_header`)."""
    posters = _repeated_posters([link_of[i] for i in items])
    return [i for k, i in enumerate(items) if k not in posters and not _under_post_header(blocks, i)]


def _repeated_posters(links: list[Link]) -> set[int]:
    """Positions of the links that hold a time (:data:`_STAMP_WORDS_RE`) and lead to the address another of them
    leads to with the same words beside their times: a live feed's post headers (``name 今天 12:08:48``), one
    poster's posts, not stories (a story is listed once; a summary's headlines sharing one address differ in their
    words)."""
    if len({link.href for link in links}) == len(links):  # each to its own address (a cheap test first)
        return set()
    keys = [_poster_key(link) for link in links]
    counts = Counter(key for key in keys if key is not None)
    return {k for k, key in enumerate(keys) if key is not None and counts[key] > 1}


def _poster_key(link: Link) -> tuple[str, str] | None:
    """(address, words beside the time) of a link whose text holds a time, None if it holds none."""
    words, stamps = _without_stamps(link.text)
    return (link.href, " ".join(words.split())) if stamps else None


def _under_post_header(blocks: list[Block], i: int) -> bool:
    """The block follows, within :data:`POST_MAX_LINES` blocks and inside the same element, a heading that holds a
    clock or relative time and is no headline (``<h3>name<span>今天 12:08:48</span></h3>``): it is a line of a
    feed post (its text, a reader's question, the answer) under its poster's name, not a story's headline."""
    for k in range(max(0, i - POST_MAX_LINES), i):
        head = blocks[k]
        if (
            head.tag in _HEADLINE_TAGS
            and head.parent is not None
            and head.parent in blocks[i].ancestors
            and _STAMP_WORDS_RE.search(head.text) is not None
            and headline_link(head) is None
        ):
            return True
    return False


def _near(block: Block) -> tuple[int, ...]:
    """The enclosing elements that may hold the list of an item block: its box's parent and below."""
    return block.ancestors[-1 - BOX_MAX_DEPTH :]


def _named_no_list(blocks: list[Block], items: list[int], depth: int) -> bool:
    """The list sits in a ``<nav>``, a ``<footer>`` or the site's shop (:data:`_SHOP_TOKENS`), or its element, that
    element's parent or an item's box (or anything inside it) is named like readers' comments, ads, menus or tags
    (:data:`_NO_LIST_TOKENS`)."""
    path = blocks[items[0]].path  # the items share their ancestors above the boxes
    if any(label_tag(label) in _NO_LIST_TAGS or _names_shop(label) for label in path.split(">")):
        return True
    return any(_names_no_list(label) for i in items for label in blocks[i].path.split(">")[max(0, depth - 2) :])


@lru_cache(maxsize=LABEL_CACHE_SIZE)
def _names_shop(label: str) -> bool:
    """Whether a ``path`` segment names the site's shop (:data:`_SHOP_TOKENS`); the page's own elements name the
    page (``body.shop-enabled``), none of its parts."""
    return label_tag(label) not in _PAGE_TAGS and not _SHOP_TOKENS.isdisjoint(_name_tokens(label))


@lru_cache(maxsize=LABEL_CACHE_SIZE)
def _names_no_list(label: str) -> bool:
    return _names_one_of(_name_tokens(label), _NO_LIST_TOKENS)


def _lists_sites(links: list[Link]) -> bool:
    """Most items lead to sites no other item leads to: a list of sites (:data:`SITE_LIST_MIN_HOST_SHARE`)."""
    sites = {registered_domain(link.href) for link in links}
    return len(sites - {""}) >= SITE_LIST_MIN_HOST_SHARE * len(links)


def _lists_stories(links: list[Link]) -> bool:
    """At least :data:`STORY_URL_MIN_SHARE` of the items lead to a story's address (:func:`_story_url`): a menu's
    links lead to sections and services (``/abonnement``, ``/points-de-vente``, ``?page=backend``)."""
    return sum(1 for link in links if _story_url(link.href)) >= STORY_URL_MIN_SHARE * len(links)


def _story_url(href: str) -> bool:
    """An address naming one story: a number in its path or query (a date, an id: ``/19/0907/00/EOEC73F9.html``,
    ``doc-iihnzhfz1395364.shtml``, ``?p=219529990``) or a slug of :data:`SLUG_MIN_WORDS` words or more in its path
    or query (``/deux-ans-et-demi-en-macronie``; a site whose script takes the story's slug as a parameter:
    ``scan.php?page=news_item&px=Valve-Index-VR-Specs``); not a link shortener's code (:data:`_SHORT_LINK_RE`)."""
    parts = split_address(href)
    if not parts.query and _SHORT_LINK_RE.fullmatch(parts.path):
        return False
    return _names_story(parts.path + "?" + parts.query)


def _names_story(part: str) -> bool:
    """An address's ``part`` holds a number (a date, an id) or a slug of :data:`SLUG_MIN_WORDS` words or more."""
    return _DIGIT_RE.search(part) is not None or _SLUG_RE.search(part) is not None


def _box_notes(blocks: list[Block], run: list[int], depth: int) -> list[int]:
    """The blocks inside each item's box, before its headline or after it, that date it (a full date) or name its
    channel (an element classed as one, :data:`_CHANNEL_TOKENS`): a card may put its time above its headline. The
    line of a card's headline element linking where the item does (:func:`_card_headline`) is one too: the item
    found first may be the card's kicker (``a.dachzeile`` over ``a>h1``), and :func:`related_links` then takes the
    headline."""
    notes: list[int] = []
    for start, head, stop in zip([-1, *run[:-1]], run, [*run[1:], len(blocks)], strict=True):
        box = _element_at(blocks[head], depth)
        hrefs = {link.href for link in blocks[head].links}
        for span in (range(head - 1, start, -1), range(head + 1, stop)):
            for i in span:
                if _element_at(blocks[i], depth) != box:
                    break
                if _item_note(blocks[i]) != (None, None) or _card_headline(blocks[i], hrefs) is not None:
                    notes.append(i)
    return sorted(notes)


def _card_headline(block: Block, hrefs: set[str]) -> Link | None:
    """The link of a line in a heading element or one whose class names a title (:func:`_names_headline`) that
    leads only where a card's item does (``hrefs``) and is no mere mark (:data:`MIN_TITLE_CHARS`): the card's
    headline, however few its words (``Mission impossible``; the card's other line already passed for an item)."""
    links = block.links
    if not links or any(link.href not in hrefs for link in links) or len(clean(block.text)) < MIN_TITLE_CHARS:
        return None
    return links[0] if _names_headline(block.path.rsplit(">", 1)[-1]) else None


def _element_at(block: Block, depth: int) -> int | None:
    """The id of the block's enclosing element at ``depth`` (``containers(block)[depth]`` without building the tuple:
    every line after an item passes here), None if the block is not that deep."""
    ancestors = block.ancestors
    if depth < len(ancestors):
        return ancestors[depth]
    return block.container if depth == len(ancestors) else None


def _item_note(block: Block) -> tuple[str | None, str | None]:
    """(time, channel) stated by a block of an item's box that is no headline: ``2019-09-09 17:55 香港``, a date
    alone or a stamp beside a source's name (:func:`_dated_words`: a portal's recommended list sets the story's
    source before its stamp, ``每日经济新闻 2022-08-18 12:05:03``, a line too long for a note otherwise; ninetieth
    audit), or the first word of an element classed as the channel (:data:`_CHANNEL_TOKENS`) if it has letters."""
    text = clean(block.text)
    entry = time_list_entry(text)
    if entry:
        return _stated_time(block, parse_date(entry[0])), entry[1]
    labels = block.path.rsplit(">", 1)
    if _CHANNEL_TOKENS.intersection(label_tokens(labels[-1])):
        word = clean(block.links[0].text) if block.links else text.split(" ", 1)[0]
        named = 0 < len(word) <= CHANNEL_MAX_CHARS and _WORDISH_RE.search(word) is not None  # not a time, a rank
        return None, word if named else None
    if len(text) > ITEM_EXTRA_MAX_CHARS and (block.links or not _dated_words(text)):
        return None, None
    return _stated_time(block, None if block.links else parse_date(text)), None


def _dated_words(text: str) -> bool:
    """``text`` is a stamp with its clock and at most :data:`ITEM_EXTRA_MAX_CHARS` characters besides it, with no
    sentence's or label's marks among them (:data:`_NOTE_MARKS_RE`): a source's name before the stamp. A date that
    opens a teaser's sentence (``2023年11月28日，江西吉安…``), a subtitle's (``Anlässlich des 11. September 2001``) or
    a labelled one (``Letzter Beitrag: 20.09.2004, 12:52``, a forum thread's last reply) dates no item so."""
    rest = beside_stamp(text)
    return rest is not None and len(rest) <= ITEM_EXTRA_MAX_CHARS and _NOTE_MARKS_RE.search(rest) is None


def _stated_time(block: Block, shown: str | None) -> str | None:
    """The item's time from its block: the date its text shows (``shown``, None if none), or the stamp a ``<time
    datetime>`` there states (:func:`_stamped`) where the text shows no date (``10:09``, ``il y a 3 h``) or the day
    alone that the stamp falls on. A clock or a day the text shows wins over the stamp: a template may write its
    ``datetime`` on a 12-hour clock (``T06:17:38`` under ``18:17``, a British daily's list) or in another zone, a day
    off the one shown."""
    if not block.times or (shown and "T" in shown):
        return shown
    stamped = _stamped(block)
    if shown is None:
        return stamped
    return stamped if stamped and stamped.startswith(shown) else shown


def _stamped(block: Block) -> str | None:
    """The date the first ``<time datetime>`` of the block states (:attr:`~newsmend.blocks.Block.times`) that reads
    as one: the full stamp a box shows shortened (``10:09``, ``01/11/23``, ``il y a 3 h``). None without one."""
    return next((iso for stamp in block.times if (iso := parse_date(stamp))), None)


def related_links(
    blocks: list[Block], base_url: str | None = None, headline: str | None = None, own_url: str | None = None
) -> list[RelatedLink]:
    """The items of the given list blocks, in page order, each title once; links resolved against ``base_url``. The
    article's own ``headline`` is no related item (a latest-news list that holds the article), nor is a link to the
    page's own address (``own_url``, :func:`_same_page`): a ranking lists the article under the headline without the
    page number the page's title carries (``… (1/2)``, unseen-ja3). A block that is no headline but dates an item or
    names its channel (:func:`_item_note`) annotates the item before it; a card (:func:`_cards`) is one item, its other
    lines (a kicker, a time, a teaser) its notes."""
    items: list[RelatedLink] = []
    notes = _Notes(items)
    for card in _cards(blocks):
        count = len(items)
        _add_items(items, notes, card, base_url)
        if len(items) > count:
            notes.item_added(card[0])
    notes.flush()
    own = norm(headline or "")
    kept = [item for item in _ranks_dropped(_stamps_moved(items)) if not own or norm(item.title) != own]
    return _unique([item for item in kept if not own_url or not _same_page(item.url, own_url)])


def _same_page(address: str | None, own: str) -> bool:
    """``address`` (an item's, if it has one) names the page at ``own``: the same host (case aside), path (a closing
    slash aside) and query; the scheme and a fragment name no other page. An ``own`` address written without its
    scheme but opening with its host's ``www.`` (:data:`_SCHEMELESS_HOST_RE`: a Madrid daily's ``og:url``,
    ``www.elmundo.es/elmundo/2012/…``, whose most-read list names the story itself, ninety-third audit) names that
    host, not a path relative to the page."""
    a, b = split_address(address or ""), split_address(_SCHEMELESS_HOST_RE.sub("//", own, count=1))
    return bool(a.netloc) and (a.netloc.lower(), a.path.rstrip("/"), a.query) == (
        b.netloc.lower(),
        b.path.rstrip("/"),
        b.query,
    )


def _ranks_dropped(items: list[RelatedLink]) -> list[RelatedLink]:
    """The items without the ranks their titles open with where :data:`RANKED_MIN_ITEMS` or more items in a row
    count from 1 (``1…``, ``2…``, ``3…``): a ranked list's numbers, no part of its headlines."""
    kept = list(items)
    run: list[tuple[int, int]] = []  # (item, where its headline starts) of the items counted so far
    for k, item in enumerate([*items, None]):
        rank = _RANK_RE.match(item.title) if item else None
        number = int(rank.group(1)) if rank else 0
        if rank and number == len(run) + 1:
            run.append((k, rank.end()))
            continue
        if len(run) >= RANKED_MIN_ITEMS:
            for j, start in run:
                kept[j] = RelatedLink(items[j].title[start:], items[j].url, items[j].time, items[j].channel)
        run = [(k, rank.end())] if rank and number == 1 else []
    return kept


def _stamps_moved(items: list[RelatedLink]) -> list[RelatedLink]:
    """The items with the date their titles start or end with (:func:`_edge_stamp`) moved to their time: a list's
    items that print their date inside the link (``<a>headline<span>2024-05-15</span></a>``), at one end of the
    title on at least :data:`STAMPED_MIN_ITEMS` items whose titles stay distinct without it. A date on one item only
    is a headline's (``2000年5月7日普京就任俄罗斯总统``, ``… for Tuesday, May 28, 2024``), and so are dates that tell
    items apart (a series of cartoons or issues: ``La llorona del 26 de abril de 2022``, ``La llorona del 27 …``)."""
    stamps = [_edge_stamp(item.title) for item in items]
    moved = list(items)
    for side in (_START, _END):
        found = [(k, stamp) for k, stamp in enumerate(stamps) if stamp is not None and stamp[2] == side]
        titles = {items[k].title: stamp[0] for k, stamp in found}  # an item listed twice counts once
        if len(titles) < STAMPED_MIN_ITEMS or len(set(titles.values())) < len(titles):
            continue
        for k, (rest, iso, _) in found:
            item = items[k]
            moved[k] = RelatedLink(rest, item.url, item.time or iso, item.channel)
    return moved


def _edge_stamp(title: str) -> tuple[str, str, str] | None:
    """(the rest, the date in ISO, :data:`_START` or :data:`_END`) when a date the page's date reading knows
    (:func:`~newsmend.fields.dates.find_date`) opens or closes ``title`` (separators and a bracket pair around it
    looked through: ``headline 2024年5月24日``, ``04.05.2020 headline``, ``headline (July 25, 2016)``) and the rest
    still reads as a headline; None otherwise. A clock time after the date joins it (``headline20.10.2021 -
    10:24``)."""
    found = find_date(title)
    if found is None:
        return None
    iso, start, end = found
    before, after = title[:start], title[end:]
    clock = _CLOCK_AFTER_RE.fullmatch(after) if after else None
    if clock is not None:
        joined = find_date(f"{title[start:end]} {clock.group(1)}")
        iso, after = (joined[0] if joined else iso), ""
    if before.endswith(_OPENERS) and after.startswith(_CLOSERS):
        before, after = before[:-1], after[1:]
    if not after.strip(_STAMP_SEPARATORS):
        rest, side = before.rstrip(_STAMP_SEPARATORS), _END
    elif not before.strip(_STAMP_SEPARATORS):
        rest, side = after.lstrip(_STAMP_SEPARATORS), _START
    else:
        return None
    return (rest, iso, side) if _is_headline(rest) else None


def _add_items(items: list[RelatedLink], notes: _Notes, card: list[Block], base_url: str | None) -> None:
    """The items of one card or block, or its note (kept by ``notes`` until the next item)."""
    if len(card) > 1:
        _add_card(items, card, base_url)
        return
    block = card[0]
    text = clean(block.text)
    link = headline_link(block) if block.links else None
    note = _item_note(block) if link is None else (None, None)
    if link is not None:
        items.append(_item(block, link, base_url))
    elif note != (None, None):
        notes.add(block, note)
    elif is_comment_strip(text):
        items += [RelatedLink(title=t) for t in comment_strip_items(text)]
    elif block.links:
        items += [RelatedLink(clean(link.text), resolve_href(base_url, link.href)) for link in block.links]
    elif not is_separator(text) and not is_list_heading(text):
        items.append(RelatedLink(title=text))


@dataclass(slots=True)
class _Notes:
    """Notes (a time, a channel: :func:`_item_note`) waiting for the item they belong to: the item before them or,
    when they share a deeper element with it, the item after them (a box whose time stands above its headline)."""

    items: list[RelatedLink]
    last: tuple[int, Block] | None = None  # the latest item's index and block
    waiting: list[tuple[Block, tuple[str | None, str | None]]] = field(default_factory=list)

    def add(self, block: Block, note: tuple[str | None, str | None]) -> None:
        self.waiting.append((block, note))

    def item_added(self, block: Block) -> None:
        """Give the waiting notes to the item just added or to the one before it; ``block`` is the new item's."""
        new = (len(self.items) - 1, block)
        for note_block, note in self.waiting:
            # with no item before, the next one takes the note only inside the note's own parent element
            before = _shared_depth(note_block, self.last[1]) if self.last else len(note_block.ancestors) - 1
            if _shared_depth(note_block, block) > before:
                _annotate(self.items, new[0], *note)
            elif self.last:
                _annotate(self.items, self.last[0], *note)
        self.waiting.clear()
        self.last = new

    def flush(self) -> None:
        """Notes after the last item are its own."""
        for _, note in self.waiting:
            if self.last:
                _annotate(self.items, self.last[0], *note)
        self.waiting.clear()


def _shared_depth(a: Block, b: Block) -> int:
    """How many enclosing elements two blocks share (the length of their chains' common start)."""
    return common_length(containers(a), containers(b))


def _cards(blocks: list[Block]) -> list[list[Block]]:
    """The blocks in runs that are one card each: consecutive blocks whose links all lead to the one address the
    run's first block leads to (a link around a card's lines gives each line its part), until a block at the first
    one's ``path`` in another element (``container``; a line after a ``<br>`` is in the same one): that is the
    next card's first line, which may lead to the same address (a summary page's headlines, a feed's posts by one
    author); any other block alone."""
    runs: list[list[Block]] = []
    href: str | None = None
    first: Block | None = None
    for block in blocks:
        hrefs = {link.href for link in block.links}
        next_card = first is not None and block.path == first.path and block.container != first.container
        if href is not None and hrefs == {href} and not next_card:
            runs[-1].append(block)
            continue
        runs.append([block])
        href, first = (hrefs.pop() if len(hrefs) == 1 else None), block
    return runs


def _add_card(items: list[RelatedLink], card: list[Block], base_url: str | None) -> None:
    """A card's item: its headline line, the one a heading element or a class naming a title holds (``h3``,
    ``p.img-title-inner``: a kicker or a photo count comes before it), else the first with a
    :func:`headline_link`, unless such a line after that one links where it does (:func:`_card_headline`): a kicker
    over a headline whose words are too few to pass for one alone (``Mission impossible``). Its other lines date it
    or name its channel (:func:`_item_note`). A card with no headline line is no item."""
    heads = [(block, link) for block in card if (link := headline_link(block)) is not None]
    if not heads:
        return
    named = next((head for head in heads if _names_headline(head[0].path.rsplit(">", 1)[-1])), None)
    if named is None:  # a kicker over a headline too short to pass for one alone
        after = card[card.index(heads[0][0]) + 1 :]
        named = next(((line, link) for line in after if (link := _card_headline(line, {heads[0][1].href}))), None)
    block, link = named or heads[0]
    items.append(_item(block, link, base_url))
    for line in card:
        if line is not block:
            _annotate_last(items, *_item_note(line))


@lru_cache(maxsize=LABEL_CACHE_SIZE)
def _names_headline(label: str) -> bool:
    return label_tag(label) in _HEADLINE_TAGS or not _HEADLINE_TOKENS.isdisjoint(label_tokens(label))


def _item(block: Block, link: Link, base_url: str | None) -> RelatedLink:
    """An item from its block: the headline link, and the time and bracketed channel beside it. A Chinese
    headline's tally (a view or reply count, a score: ``… 16292``, ``… 35 (2次)``) and a bullet opening the link
    (:data:`LIST_MARKS`) are no part of its title; a headline the list cut short (``Phasing…``) is the link's
    title attribute, which gives it whole."""
    shown = clean(link.text)
    before, _, after = clean(block.text).partition(shown)
    bracketed = _BRACKETED_RE.match(before.strip())
    stamp = _stated_time(block, parse_date(f"{before} {after}") if before or after else None)
    channel = bracketed.group("channel").strip() if bracketed else None
    title = whole_title(shown, link.title) or (_without_tally(shown) if han_count(shown) else shown)
    title = title.lstrip(LIST_MARKS).lstrip()
    return RelatedLink(_without_label(title), resolve_href(base_url, link.href), stamp, channel)


def _without_label(title: str) -> str:
    """``title`` without the pager's label opening it (:data:`_PAGER_LABEL_RE`: ``下一篇 headline``) or a pointer's
    (:func:`~newsmend.fields.lines.pointer_label`: ``Related: headline``)."""
    m = _PAGER_LABEL_RE.match(fold(title))
    return title[m.end() :] if m else title[len(pointer_label(title)) :]


def cut_short(text: str) -> bool:
    """The link text ends with an ellipsis (:data:`ELLIPSES`): a list shortened its headline."""
    return text.endswith(ELLIPSES)


def whole_title(shown: str, title: str) -> str:
    """The headline a link's ``title`` attribute gives whole when the link shows it cut short (TechCrunch's
    ``… Phasing…`` under ``title="… Phasing Out Developer Access To The UDID"``), else "". Only a cut text is
    compared (most links end otherwise)."""
    if not title or not cut_short(shown):
        return ""
    head = shown.rstrip("".join(ELLIPSES) + " ")
    return title if len(title) >= len(head) and title.startswith(head) else ""


def resolve_href(base_url: str | None, href: str) -> str | None:
    """``href`` resolved against ``base_url`` when there is one (:func:`~newsmend.fields.title.join_address`); None
    for an empty ``href``."""
    if not href:
        return None
    return join_address(base_url, href) if base_url else href


def _annotate_last(items: list[RelatedLink], stamp: str | None, channel: str | None) -> None:
    """Give the item before a note the time and channel the note states, where the item has none."""
    if items:
        _annotate(items, len(items) - 1, stamp, channel)


def _annotate(items: list[RelatedLink], k: int, stamp: str | None, channel: str | None) -> None:
    """Give item ``k`` the time and channel a note states, where the item has none."""
    if stamp or channel:
        item = items[k]
        items[k] = RelatedLink(item.title, item.url, item.time or stamp, item.channel or channel)


def _unique(items: list[RelatedLink]) -> list[RelatedLink]:
    """First occurrence of each title wins, except that a dated copy replaces an undated one; "more" links
    (:data:`MORE_MARKS`, :data:`_MORE_LINK_RE`) and texts too short for a headline are no items."""
    by_title: dict[str, RelatedLink] = {}
    for item in items:
        if len(item.title) < MIN_TITLE_CHARS or item.title.endswith(MORE_MARKS) or _MORE_LINK_RE.fullmatch(item.title):
            continue
        seen = by_title.get(item.title)
        if seen is None or (seen.time is None and item.time is not None):
            by_title[item.title] = item
    return list(by_title.values())
