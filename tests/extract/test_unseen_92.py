"""A ninety-second audit on news pages outside the dev set, and what newsmend reads on them.

The pages are saved pages from a Hong Kong news reader's parser tests, read in 16,000-character pieces and transcribed
trimmed (their text kept as the pages write it, UTF-8 as declared); no whole copy was written out but of the one page
bundled whole: each trimmed page's reading was checked against the whole page as read in pieces, the cuts holding no
line of the text, headline, byline or footer notice, and the parts cut are named below:

- ayltai/hknews-backend ``src/test/resources/testdata/skypost_details.html``: a 2019 Hong Kong free daily's local story
  (the waste charge's missing details), a ``<title>`` and ``og:title`` running the headline and its deck together before
  the paper's, section's and edition's names (``垃圾徵費欠細節 各界憂執行混亂 擬明年底推 料住宅管理費升1成 - 晴報 - 港聞
  - 要聞 - D190424``), no ``og:site_name``, a reading-progress bar, the group's channel bar, a search box, the section
  carousel, a hidden notice, the lead picture, the ``<h1>`` showing the headline's first line alone, a section tag
  (``港聞``, a link) under it, share buttons and ``發佈時間: 2019/04/24``, ten paragraphs (three of them bold
  subheadings) closing with four credit lines (``記者︰脫芷晴``, with Big5's compatibility colon U+FE30,
  ``編輯：梁偉澄``, ``美術：``, ``攝影：``), two pictures, one captioned (``▲…``), a side column (``最新文章``,
  ``生活訊息``, a Facebook box), a ``您也可能喜歡...`` row of eight stories, the hidden metadata copies, a photo viewer,
  share buttons and a next-story button, and the footer (channel tags, ``香港經濟日報版權所有©2019`` twice, the second
  in the mobile menu) (``skypost-waste-charge-2019.html``: 73,524 characters to 22,959; the scripts and styles, the
  channel bar and the section carousel past four and eight entries, the side lists past three and two, the viewer's
  buttons and the footer's tag rows past a few cut; the story, its credits and the related row whole; the scripts from
  48,000 to 64,000 not read).
- ayltai/hknews-backend ``src/test/resources/testdata/headline_details.html``: a 2018 Hong Kong free daily's instant
  story (a murder trial's jury retiring), an off-canvas menu first in the body holding the contact lines and the notice
  split in two paragraphs (``Copyright 2018 hkheadline.com.`` / ``All rights reserved.``), a tool bar, the logo, menus,
  a search box, the section heading, the ``<h1>``, share buttons, ``<time>`` with ``2018-09-19T11:05:00Z`` over the
  local time it shows (``2018-09-19 11:05``), a captioned picture, the text in one ``<p>`` of ``<br><br>``-parted
  paragraphs closing with ``法庭記者：劉曉曦`` (the court reporter's credit), empty paragraph boxes, a Facebook call, a
  ``相關新聞`` list of ten, previous and next stories, a comments box, hidden tabs of the other sections' stories, a
  side column of picture captions, hidden daily news and a deals box, and the footer (a table of menus, the contact line
  ``聯絡我們： web_info@… Copyright 2018 hkheadline.com. All rights reserved.`` and group logos)
  (``headline-hui-jury-2018.html``: 71,608 characters to 24,448; the scripts, the menus past a few entries, the tabs
  past the first and its list past four, the side column to three captions and three daily stories cut; the story, its
  header, the related list and the footer's lines whole; the tabs and the side column's start, 32,000-48,000, not read).
- ayltai/hknews-backend ``src/test/resources/testdata/singtao_realtime_details.html``: a 2018 Hong Kong daily's instant
  story (a motorcyclist killed on the Fanling Highway), its ``<title>`` ending ``-- 星島日報``, a top bar of the group's
  sites, the logo, a weather box, the menus, a breadcrumb, the section heading, the ``<h1>``, the time line
  (``2018-09-19 15:13`` and the section), share buttons, three captioned pictures, the text in one ``<p>`` of three
  ``<br>``-parted paragraphs, a ``相關新聞`` box (a lead item with its teaser, then nine), previous and next stories, a
  comments box, a side column (instant news, today's highlights, two columns' tabs, a banner carousel) and the footer (a
  site menu, contact lines, apps, ``Copyright 2018 Sing Tao Ltd. All rights reserved.``)
  (``singtao-fanling-crash-2018.html``: 45,904 characters to 22,847, read whole; the scripts and styles, the menus and
  the side lists past a few entries and the related links' long addresses cut).

- ayltai/hknews-backend ``src/test/resources/testdata/hkej.html``: a 2018 Hong Kong financial daily's instant story
  (China's insurance regulator's letters to six insurers), its head holding some forty ad slots' scripts, an
  ``og:title`` naming the site first (``信報即時新聞 -- headline``), a skinner and a pop-up ad, the logo, login links, a
  search form, the site's icon menu and two menus, an index ticker, a back link, share and font tools, the time line
  ``今日 15:23`` (today, no date) and the section, the ``<h1>``, a thumbnail whose caption is only its links' ``title``
  attribute (``銀保監向6險企發監管函。(中新社資料圖片)``), three paragraphs, an empty related box, next and previous
  stories, the ``編輯推介`` cards (a free-reading countdown, ``剩餘時間: 0天8小時``, over each picture, the headline and
  the writer or desk in lines of their own), the ``熱門新聞`` column (headline, section and ``今日 13:13``), a site map
  frame, the footer (a menu, the data providers' line, an investment disclaimer, the notice
  ``信報財經新聞有限公司版權所有，不得轉載。<br />Copyright © 2018 Hong Kong Economic Journal Company Limited. All
  rights reserved.``) and the analytics and counter scripts, the counter stating ``publishDateTime`` as
  ``ejValue['publishDateTime']="2018-06-29 15:23:00"`` (``hkej-insurers-letters-2018.html``: 67,893 characters to
  22,110, read whole; the head's ad slots, the ad scripts and styles, the menus past a few entries, the editor's cards
  past five and the popular column past three cut, and of the scripts the analytics event and the counter's values but
  the visitor's address kept; the story, its time line and the footer whole).
- ayltai/hknews-backend ``src/test/resources/appledaily_details.html``: a 2018 Hong Kong daily's lead story (the
  government refusing to call a day off after typhoon Mangkhut), 170,582 characters of which most are scripts: a head of
  tracking and ad scripts, metadata (``og:title`` and the JSON-LD ``headline`` the headline in one line,
  ``datePublished``, the paper as ``og:site_name``), the group's header, a menu of icon links, the day
  (``2018年09月18日``) over a story menu its script fills, the ``<h1>`` in two lines (``港府拒帶頭停工　林鄭謊言遭狂轟
  <br/>「攞市民條命較飛」``), a view count, a video player's script, font and share tools, then the story: photo boxes
  (``div.photo_right``, ``div.photo_center``) each a link to the picture's large file around the thumbnail and its
  caption in a ``<span>`` (the ``alt`` text written out), the lead paragraph closing ``<br/><br/>記者：林俊謙``, two
  ``<h2>`` subheadings, nine more paragraphs in ``<br>``-parted ``<p>`` elements, an end mark; a previous and next box
  its script writes, the related stories under a heading drawn as a picture (``related_article.png``) as 24 links run
  together in ``div.articleList``, a Facebook box, the side column (a real-time box its script fills, tabs), the
  footer's menus, the group's links and ``© 2018 AD Internet Limited. All rights reserved. 版權所有 不得轉載``
  (``appledaily-typhoon-work-2018.html``: to 25,819 characters; the scripts and styles, the head's tracking, the menus
  past a few entries, the story menu's and the boxes' script data, the related links past ten cut; the story, its photo
  boxes and the footer's notice whole; the head's scripts, 16,000-32,000, and the story menu's script data,
  80,000-96,000, not read but for where they start and end).

- ayltai/hknews-backend ``src/test/resources/orientaldaily.html``: a 2018 Hong Kong daily's story (rats in a public
  housing estate), a template's page whose menus, story list, related boxes and footer its scripts fill: the ``<title>``
  and ``og:title`` naming the paper after the headline, the paper as ``og:site_name``, no date but in its addresses
  (``/cnt/news/20180720/…``), the on.cc bar, the section menu, the ``<h1>`` over the lead in ``div.leadin``, empty boxes
  for related stories, five photos each a link to the large picture around the thumbnail and its caption
  (``div.caption``; ``ul.photoCaption>li``, one in two lines, ``老鼠溫床<br>葵芳邨有樓層的垃圾桶未有蓋好。``), the
  text's paragraphs and three ``<h3>`` subheadings, the reporters' line ``記者黃雄 、馮淑環`` and the app-download line
  ``第一手消息請下載on.cc東網…``, previous and next buttons and the bottom menu
  (``orientaldaily-kwai-fong-rats-2018.html``: the page whole, 12,979 characters).

None is in the dev set (their sentences).

What newsmend read wrong, and what was fixed:

- the free daily's title was ``港聞``, its section tag: its ``<h1>`` (the headline's first line, 14 of the metadata
  headline's 28 letters) went unconfirmed, the metadata title kept the paper's and section's names (no site name known
  to cut them at), and the tag, a part of the ``<title>`` standing over the dated line, was taken as a dated heading. A
  heading that is the opening of a metadata title's headline up to a space between Han characters, and holds half of it
  or more, is its first line, confirmed as the headline (``fields/title.py``,
  :data:`~newsmend.fields.title.HEADLINE_LINE_MIN_SHARE`): ``垃圾徵費欠細節 各界憂執行混亂``. Spaces in other scripts
  part words, so a blog's name over its post's title (trafilatura-eval t0044) is no first line. 0 of 798 dev pages
  change.
- it had no writer: ``記者︰脫芷晴`` writes its colon in the form Big5 gives it (U+FE30; ``﹕``, U+FE55, too), which no
  label pattern read. The folded form every credit reader matches writes them as the full-width colon
  (``fields/lines.py``, ``fold``): ``["脫芷晴"]``, the line out of the text as the editor's was. 0 of 798 dev pages
  change.
- the court story had no writer and its text closed with ``法庭記者：劉曉曦``: a reporter credited with their beat
  before ``記者`` is a writer's credit line when nothing but names follow the colon (``fields/lines.py``,
  ``_BEAT_REPORTER_RE``; a photographer's ``攝影記者`` is not): ``["劉曉曦"]``, the text ending at the family's wait.
  Its notice was the footer line whole, opening with the contact line ``聯絡我們： web_info@hkheadline.com``: an
  outlet's contact address (``聯絡我們``) is a tip line as its mailbox is, and one opening a notice's line goes as one
  closing it did (``fields/evidence.py``, ``_without_tip_line``): ``Copyright 2018 hkheadline.com. All rights
  reserved.``. 3 of 798 dev pages change, all right: a Shanghai site's three stories (gne-zh-unlabelled thepaper-1, -3,
  -5) lose the tip line opening their notice (``澎湃新闻报料：4009-20-4009 澎湃新闻，未经授权不得转载`` now
  ``澎湃新闻，未经授权不得转载``); the beat's credit line changes none.
- the financial daily's story had no date: it shows only ``今日 15:23``, and its counter script sets the stamp by its
  name in brackets under a key the data-script reader did not spell (``publishDateTime``). A publication-time key may
  close with ``DateTime`` and be set as ``obj['key']=…`` (``html/meta.py``, ``_SCRIPT_DATE_RES``):
  ``2018-06-29T15:23:00`` (trafilatura reads the day). 0 of 798 dev pages change.
- its related stories were titled ``剩餘時間: 0天8小時``: each editor's card opens with the countdown of its free
  reading, linked where the headline is and long enough for a headline. A label, a colon and a span of time in units is
  a countdown, no headline (``fields/related.py``, ``_COUNTDOWN_RE`` in ``_is_time_only``): the cards' headlines
  (``行會拍板房策3招 勢難遏價``, …), then the popular column's. 0 of 798 dev pages change.
- the daily's lead story was titled ``港府拒帶頭停工 林鄭謊言遭狂轟``, its ``<h1>``'s first line: the ``<br/>`` in the
  heading made two heading blocks, and the first, most of the metadata headline, was confirmed as it. A heading element
  broken into lines is a heading whole too, its lines joined (without a space between CJK characters) and ranked before
  its lines (``fields/readers.py``, ``_headings_before``; ``fields/title.py``, ``join_lines``): ``港府拒帶頭停工
  林鄭謊言遭狂轟「攞市民條命較飛」`` (trafilatura reads the same; a kicker over a headline in one ``<h1>`` is a line
  still). 0 of 798 dev pages change.
- it had no captions: each photo's caption writes out the thumbnail's ``alt`` text inside the link opening the large
  picture, and a line so linked was taken for a name under an avatar; the boxes between the text's paragraphs were left
  out of the body and read by nothing. A link to a picture file is the picture's own (``fields/evidence.py``,
  ``_written_out_alt``), a line written out so and linked to its picture's file is a caption around the body
  (``_opens_its_picture`` in ``_read_context``) and among the blocks the body left out between its lines
  (``_left_out_captions``): the four captions with their photographers. Unlinked, such lines around the text stay fields
  (trying them so listed 19 dev pages' avatars' names, logos' words and ``Loading ...`` as captions: rejected). 0 of 798
  dev pages change.
- it had no related stories: the list's 24 links stand run together in one element, no box each, under a heading that is
  a picture. A block right under the text (:data:`~newsmend.fields.related.RUN_TOGETHER_WINDOW`, 4 blocks) holding three
  or more links, each a headline with no time in it, covering most of its text, leading to stories on a site or two, its
  own element named like no comments, ads or menus, is a list of its links (``fields/related.py``,
  ``_run_together_lists``): the ten. The ninety-first audit's Hong Kong daily's ``相關新聞`` links, run together so, are
  its related stories now (eight: its own entry and a repeat out). 4 of 798 dev pages change, all right: lists of the
  site's stories right under the text are read (a health portal's eight ``营养成分`` stories, magic-html
  article-0987b0ff61a8eca7; three product stories, trafilatura-eval t0553; a trade site's eight news links, t0571; a
  sports site's four ranked stories, t0690). Over the whole window of heading-less lists (180 blocks) 13 pages had
  changed, with a blog's archive months, feed entries opening with their age, licence lines and footers' rows: rejected.

- the rats story had no writer and its text closed with ``記者黃雄 、馮淑環``: ``記者`` glued to the names, on a line of
  its own, matched no credit (the bare form after a sentence's stop needs the stop). ``記者`` glued to a list of two
  names or more on a line to itself is the reporters' credit (``fields/lines.py``, ``_GLUED_REPORTERS_RE`` in
  ``_reporters_line``, beside the beat's form; one word glued so may be a heading's, ``记者手记``, and stays):
  ``["黃雄", "馮淑環"]``, the line out of the text. 0 of 798 dev pages change.

Read right before and left as found: the free daily's date, editor, caption (its ``▲`` kept, as captions are), notice
and its text to the last paragraph, its three subheadings in place; its source None (the paper is named only among the
``<title>``'s parts and in the footer's heading; the notice names its parent group, and notices give no source here).
Its related stories are the side column's and the row's (13). The court story's title, source (``og:site_name``),
caption, and related list (the ten, then the side column's captions without this story's own); its date is the
``<time>`` element's ``11:05:00+00:00``, the site's own mislabel of the local time it shows (left as the page states
it). The crash story read right throughout: its title without the paper's name, stamp, three captions, text whole
(trafilatura runs on into the section label, the title and the stamp; readability opens with the caption), related list,
the notice; no writer (the page credits none) and no source (the paper is named only after the ``<title>``'s ``--`` and
as the logo). The financial daily's title (its ``<h1>``, the ``og:title`` naming the site first), the site
(``og:site_name``), its three paragraphs were right; its notice is the footer line's first line (the English one after
its ``<br>`` left out), the investment disclaimer above it, unlabelled, is no disclaimer read; its caption, only an
attribute of the thumbnail's links, is none (as the twenty-fourth audit left a slide box's); no writer (none credited).
The daily's lead story's writer (``記者：林俊謙`` after the lead paragraph's ``<br/>``), date (``datePublished``), paper
and notice were right, its text whole from the dispatch to the last paragraph with the subheadings in place. The rats
story's title, paper and text (the lead to the last paragraph, the subheadings in place, the app line out) were right;
its date is the address's when one is given (``2018-07-20``, as the twenty-fourth audit's page of the same daily), none
without; its second photo's caption, two lines of one element, lists as two (``老鼠溫床`` and its sentence), left as
found; no notice or related stories (its scripts write them).
"""

from __future__ import annotations

import pytest
from tests.support.pages import PAGES, Guard, assert_reads_right, extract_page

import newsmend
from newsmend.fields.lines import fold, is_tip_line, labelled_values
from newsmend.fields.related import _is_time_only as is_time_only
from newsmend.fields.title import Heading, choose_title, join_lines
from newsmend.html import parse_html

SKYPOST = "unseen-zh48/skypost-waste-charge-2019.html"
HEADLINE = "unseen-zh48/headline-hui-jury-2018.html"
SINGTAO = "unseen-zh48/singtao-fanling-crash-2018.html"
HKEJ = "unseen-zh48/hkej-insurers-letters-2018.html"
APPLE = "unseen-zh48/appledaily-typhoon-work-2018.html"
ORIENTAL = "unseen-zh48/orientaldaily-kwai-fong-rats-2018.html"

GUARDS = [
    # The free daily's story: the headline's first line as its <h1> shows it, the reporter of the credit lines, the
    # day, the lead to the last paragraph; the section tag, the credit lines, the caption, the side column, the
    # related row and the footer out.
    Guard(
        SKYPOST,
        "垃圾徵費欠細節 各界憂執行混亂",
        ["脫芷晴"],
        "2019-04-24",
        "港府銳意明年底實施垃圾徵費，雖然未知相關草案能否順利通過",
        "強調收到投訴後不一定立即行動。",
        ("港聞", "發佈時間", "記者", "編輯", "美術", "攝影", "▲", "最新文章", "您也可能喜歡", "版權所有"),
    ),
    # The court story: its headline, the court reporter, the day, the lead to the family's wait; the menus, the
    # caption, the reporter's line, the Facebook call, the related list, the tabs and the footer out.
    Guard(
        HEADLINE,
        "【許金山案】法官完成引導 陪審團開始退庭商議",
        ["劉曉曦"],
        "2018-09-19",
        "中文大學醫學院麻醉及深切治療學系副教授許金山涉以充滿一氧化碳的瑜伽健身球",
        "各人表現從容自如，有說有笑地聊天。",
        ("登入", "即時新聞", "資料圖片", "法庭記者", "立即 like", "相關新聞", "天盛苑", "奪命車禍", "Copyright"),
    ),
    # The crash story: its headline without the paper's name, no writer, the stamp, the three paragraphs; the top bar,
    # the menus, the breadcrumb, the captions, the related box, the next stories, the side column and the footer out.
    Guard(
        SINGTAO,
        "【奪命車禍】好爸爸與親友「做節」後返家途中炒車亡 遺下愛妻兩稚女",
        None,
        "2018-09-19T15:13",
        "43歲姓李鐵騎士與親友「做節」後，返家途中駛經粉嶺公路時突失事遇車禍身亡",
        "請致電3661 3800與調查人員聯絡。",
        ("星島頭條網", "首頁", "警員在場調查", "相關新聞", "暴雨下粉嶺公路", "下一篇", "最新回應", "沽空", "Copyright"),
    ),
    # The financial daily's story: its headline, no writer, the stamp its counter script states, the three
    # paragraphs; the menus, the ticker, the time line, the caption, the next stories, the editor's cards, the
    # popular column and the footer out.
    Guard(
        HKEJ,
        "銀保監向6險企發監管函 劍指違規投資",
        None,
        "2018-06-29T15:23",
        "中國銀保監近日向6家保險企業開出監管函，劍指保險機構違規投資。",
        "未按規定進行監管報告和對外訊息披露等。",
        ("訂閱", "恒生指數", "返回前頁", "今日 15:23", "中新社", "下一篇", "剩餘時間", "熱門新聞", "投資意見", "版權"),
    ),
    # The daily's lead story: its two-line headline whole, the reporter, the day, the dispatch to the last paragraph;
    # the menus, the day line, the view count, the tools, the captions, the reporter's line, the related links, the
    # Facebook box, the side column and the footer out.
    Guard(
        APPLE,
        "港府拒帶頭停工 林鄭謊言遭狂轟「攞市民條命較飛」",
        ["林俊謙"],
        "2018-09-18",
        "【本報訊】「山竹」遠離香港，市民還未回氣",
        "故他認為特首絕對可以宣佈將昨天訂為公眾假期。",
        ("蘋果基金", "2018年09月18日", "128,967", "適中字型", "謝志輝攝", "記者：", "東鐵巴士", "返回最頂", "版權所有"),
    ),
    # The rats story: its headline, the reporters of the closing line, no date (the page states none), the lead to
    # the spokesmen's paragraph; the menus, the buttons, the captions, the reporters' line and the app line out.
    Guard(
        ORIENTAL,
        "公屋爆鼠患政府懶懶閒",
        ["黃雄", "馮淑環"],
        "None",
        "公共屋邨相繼淪為老鼠樂園！落成逾三十年的葵芳邨鼠患嚴重",
        "會繼續留意情況及採取適當行動。",
        ("東網主頁", "要聞港聞", "上一則", "黃雄攝", "垃圾桶未有蓋好", "記者", "第一手消息", "返回頁頂"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_free_daily_story_fields() -> None:
    """The editor of the credit lines, the caption as written, the notice, ten paragraphs with the subheadings in
    place."""
    article = extract_page(SKYPOST)
    assert article.editor == "梁偉澄"
    caption = "▲屋苑大廈每日處理大量垃圾，未來按照不同「入袋」方式，衍生的垃圾費用和處理成本難以估計，勢增市民負擔。"
    assert article.captions == [caption]
    assert article.copyright == "香港經濟日報版權所有©2019"
    assert len(article.paragraphs) == 10
    assert article.paragraphs[2] == "無講違規垃圾袋 如何處置"


def test_a_heading_showing_the_metadata_headline_s_first_line() -> None:
    """A heading that is the first line of the headline a metadata title runs together with its deck (cut at a space
    between Han characters, half of it or more) is the headline; an opening word, or a name over a Latin title's
    words, is not."""
    meta = ["垃圾徵費欠細節 各界憂執行混亂 擬明年底推 料住宅管理費升1成 - 晴報 - 港聞 - 要聞"]
    headings = [Heading("港聞"), Heading("垃圾徵費欠細節 各界憂執行混亂", is_h1=True)]
    assert choose_title(headings, meta, []) == "垃圾徵費欠細節 各界憂執行混亂"
    headline = "垃圾徵費欠細節 各界憂執行混亂 擬明年底推 料住宅管理費升1成"
    assert choose_title([Heading("垃圾徵費欠細節", is_h1=True)], meta, []) == headline
    lyrics = ["Chinese Pinyin Lyrics: Zhi Neng Xiang Nian Ni - Jam Hsiao Jing Teng (只能想念你 - 蕭敬騰)"]
    title = "Chinese Pinyin Lyrics: Zhi Neng Xiang Nian Ni"
    assert choose_title([Heading("Chinese Pinyin Lyrics", is_h1=True)], lyrics, []) == title


def test_big5_compatibility_colons_read_as_colons() -> None:
    """The colons Big5 gives as U+FE30 and U+FE55 label a credit as the full-width colon does; folding keeps the
    text's length, so values are cut from the line as written."""
    assert fold("記者︰張三") == "记者：张三"
    assert fold("報料熱線﹕9181 4676") == "报料热线：9181 4676"
    assert [(v.field, v.value) for v in labelled_values("記者︰脫芷晴")] == [("author", "脫芷晴")]
    assert [(v.field, v.value) for v in labelled_values("編輯﹕梁偉澄")] == [("editor", "梁偉澄")]


def test_court_story_fields() -> None:
    """The paper's name, the caption, the notice without the contact line opening its footer line, the related list
    (the ten, then the side column's other stories)."""
    article = extract_page(HEADLINE)
    assert article.source == "頭條日報 Headline Daily"
    assert article.captions == ["許金山涉以充滿一氧化碳的瑜伽健身球殺害妻子黃秀芬及次女。資料圖片"]
    assert article.copyright == "Copyright 2018 hkheadline.com. All rights reserved."
    assert len(article.paragraphs) == 6
    titles = [item.title for item in article.related]
    assert len(titles) == 12
    assert titles[0] == "【許金山案】被告自認膽小怕麻煩 妻女被毒死仍隱瞞遺失瑜珈球"
    assert "【許金山案】法官完成引導 陪審團開始退庭商議" not in titles


def test_a_reporter_credited_with_their_beat() -> None:
    """``<beat>記者：<names>`` on a line of its own credits the writer; a photographer's credit, a line addressing a
    reporter in prose and a beat too long to be one are none."""
    assert [(v.field, v.value) for v in labelled_values("法庭記者：劉曉曦")] == [("author", "劉曉曦")]
    assert [(v.field, v.value) for v in labelled_values("首席记者：张三 李四")] == [("author", "张三 李四")]
    assert labelled_values("攝影記者：張三") == []
    assert labelled_values("他對法庭記者：你好") == []
    assert labelled_values("法庭記者：今天的庭審持續了三個小時。") == []


def test_an_outlet_s_contact_address_is_its_contact_line() -> None:
    """``聯絡我們：`` and the outlet's address is how to reach it, as its mailbox is; a hotline of the story's subject
    stays a line of the text."""
    assert is_tip_line("聯絡我們： web_info@example.com")
    assert is_tip_line("联系我们：newsroom@example.com")
    assert not is_tip_line("咨询热线：12345678")
    assert not is_tip_line("聯絡我們的讀者很多。")


def test_crash_story_fields() -> None:
    """Three captions, the notice, three paragraphs, the related box's ten before the next stories."""
    article = extract_page(SINGTAO)
    assert article.captions == [
        "警員在場調查及檢走死者頭盔。",
        "粉嶺公路「綿羊仔」電單車失事撞水馬，再撼隔音屏障石牆死亡。",
        "警員在場調查。",
    ]
    assert article.copyright == "Copyright 2018 Sing Tao Ltd. All rights reserved."
    assert len(article.paragraphs) == 3
    assert article.related[0].title == "暴雨下粉嶺公路冧燈柱砸毀私家車 出九龍一度塞6公里"


def test_financial_daily_story_fields() -> None:
    """The site's name, the notice's first line, no caption, the editor's cards' headlines (not their countdowns)
    before the popular column's."""
    article = extract_page(HKEJ)
    assert article.source == "信報即時新聞"
    assert article.copyright == "信報財經新聞有限公司版權所有，不得轉載。"
    assert article.captions == []
    titles = [item.title for item in article.related]
    assert titles[:2] == ["行會拍板房策3招 勢難遏價", "無國界醫生梁屺瞻 戰火中行醫圓夢"]
    assert len(titles) == 7
    assert not any(title.startswith("剩餘時間") for title in titles)


def test_a_stamp_set_by_its_name_in_brackets() -> None:
    """A data script's publication stamp under ``publishDateTime``, set by its name in brackets, dates the page; a
    key of another time (the visitor's clock) does not."""
    html = """<html><head><script>var ejValue={}; ejValue['currentGMT']="2018-06-29T07:55:23+00:00";
    ejValue['publishDateTime']="2018-06-29 15:23:00";</script></head><body><p>正文。</p></body></html>"""
    assert parse_html(html).meta["script:date"] == "2018-06-29 15:23:00"
    assert "script:date" not in parse_html("<script>x['currentGMT']='2018-06-29T07:55:23'</script>").meta


def test_a_countdown_is_no_headline() -> None:
    """A label, a colon and a span of time in units is a box's timer; a headline quoting a span of time is a
    headline."""
    assert is_time_only("剩餘時間: 0天8小時")
    assert is_time_only("Time left: 2 days 8 hours")
    assert not is_time_only("特朗普：3天内做出决定")
    assert not is_time_only("倒计时：国庆假期还有7天")


def test_lead_story_fields() -> None:
    """The paper, the notice, the four captions with their photographers, eleven paragraphs with the subheadings in
    place, the ten related stories run together in one element."""
    article = extract_page(APPLE)
    assert article.source == "Apple Daily 蘋果日報"
    assert article.copyright == "© 2018 AD Internet Limited. All rights reserved. 版權所有 不得轉載"
    assert article.captions == [
        "大批上水居民昨在無巴士、火車及道路充滿倒塌大樹情況下趕上班，結果引爆交通大混亂。謝志輝攝",
        "特首林鄭月娥",
        "塌樹阻塞了堅尼地道，市民難以通過。許頌明攝",
        "上水站昨傍晚恢復通車，大批市民即湧入站內。黎樹雄攝",
    ]
    assert len(article.paragraphs) == 11
    assert article.paragraphs[2] == "運輸署：今晨開通幹道"
    titles = [item.title for item in article.related]
    assert titles[:2] == ["東鐵巴士齊跪低 勞工受難日", "的士冚旗揀客 照錶加數百元"]
    assert len(titles) == 10


_PARAGRAPHS = "".join(
    f"<p>第{n}段：市政府昨日公布新一年的預算案，議員經過長時間辯論後以大比數通過，多項民生措施將於下月起實施。</p>"
    for n in range(1, 4)
)


def test_a_heading_broken_into_lines_is_one_heading() -> None:
    """A heading element whose ``<br>`` breaks it into lines is the headline whole, its lines joined without a space
    between CJK characters and with one elsewhere; a kicker over the headline in one heading is a line still."""
    lines = ["港府拒帶頭停工　林鄭謊言遭狂轟", "「攞市民條命較飛」"]
    assert join_lines(lines) == "港府拒帶頭停工　林鄭謊言遭狂轟「攞市民條命較飛」"
    assert join_lines(["Council passes", "the budget"]) == "Council passes the budget"
    page = (
        "<html><head><meta property='og:title' content='預算案通過　多項措施下月實施「市民受惠」'></head><body>"
        f"<h1>預算案通過　多項措施下月實施<br/>「市民受惠」</h1><div>{_PARAGRAPHS}</div></body></html>"
    )
    assert newsmend.extract(page.encode()).title == "預算案通過 多項措施下月實施「市民受惠」"
    kicker = (
        "<html><head><meta property='og:title' content='預算案通過 多項措施下月實施'></head><body>"
        f"<h1>本地新聞<br/>預算案通過 多項措施下月實施</h1><div>{_PARAGRAPHS}</div></body></html>"
    )
    assert newsmend.extract(kicker.encode()).title == "預算案通過 多項措施下月實施"


def test_a_caption_linked_to_its_picture_file() -> None:
    """A line writing out its picture's ``alt`` text inside the link opening the picture's file is a caption, where
    the body leaves it out between its paragraphs too; a name linked after an avatar to a profile is none."""
    box = (
        "<div class='photo'><a href='/images/large/{0}.jpg'><img alt='{1}' src='/images/small/{0}.jpg'>"
        "<span>{1}</span></a></div>"
    )
    page = (
        "<html><head><title>預算案通過</title></head><body><h1>預算案通過</h1>"
        + box.format("p1", "議員在會上表決。記者甲攝")
        + f"<div>{_PARAGRAPHS}</div>"
        + box.format("p2", "市民在街頭看新聞。記者乙攝")
        + f"<div>{_PARAGRAPHS}</div>"
        + "<div class='card'><a href='/people/jane'><img alt='張小明'><span>張小明</span></a></div></body></html>"
    )
    assert newsmend.extract(page.encode()).captions == ["議員在會上表決。記者甲攝", "市民在街頭看新聞。記者乙攝"]


def test_headline_links_run_together_under_the_text() -> None:
    """A block right under the text holding three or more headline links to stories and nothing else is a list of
    them; a row of short menu links is none."""
    headlines = ["東鐵巴士齊跪低　勞工受難日", "的士冚旗揀客　照錶加數百元", "被困大圍站　花3小時到美孚"]
    links = "".join(f"<a href='/news/2018/09/18/{n}.html'>{title}</a> " for n, title in enumerate(headlines))
    menu = "".join(f"<a href='/section/{n}/'>{name}</a> " for n, name in enumerate(["港聞", "國際", "財經", "體育"]))
    page = (
        "<html><head><title>預算案通過</title></head><body><h1>預算案通過</h1>"
        f"<div class='story'>{_PARAGRAPHS}</div><div class='articleList'>{links}</div>"
        f"<div class='menu-row'>{menu}</div></body></html>"
    )
    titles = [item.title for item in newsmend.extract(page.encode()).related]
    assert titles == ["東鐵巴士齊跪低 勞工受難日", "的士冚旗揀客 照錶加數百元", "被困大圍站 花3小時到美孚"]


def test_the_ninety_first_audit_s_related_links_run_together() -> None:
    """The Hong Kong daily's ``相關新聞`` links of the ninety-first audit, run together in one element, are its
    related stories: eight, its own entry and a repeat out."""
    titles = [item.title for item in extract_page("unseen-zh47/wenweipo-mongkok-street-2018.html").related]
    assert len(titles) == 8
    assert titles[0] == "圖集｜旺角行人專用區的最後一日"
    assert "旺角「殺街」 有人轉場尖沙咀" not in titles


def test_rats_story_fields() -> None:
    """The paper, the day its address gives, the five photos' captions (the second's two lines apart), eight
    paragraphs with the subheadings in place."""
    raw = (PAGES / ORIENTAL).read_bytes()
    article = newsmend.extract(raw, url="http://orientaldaily.on.cc/cnt/news/20180720/00174_001.html")
    assert article.source == "東方日報"
    assert str(article.date).startswith("2018-07-20")
    assert article.captions[:3] == [
        "有老鼠光天化日之下在平台隙縫出沒，猖狂如入無人之境。（黃雄攝）",
        "老鼠溫床",
        "葵芳邨有樓層的垃圾桶未有蓋好。",
    ]
    assert len(article.captions) == 6
    assert len(article.paragraphs) == 8
    assert article.paragraphs[2] == "居民：房署淨係識派老鼠膠"


def test_reporters_glued_to_their_label_in_a_list() -> None:
    """``記者`` glued to two names or more on a line of its own credits them; one word glued so (a heading's) or a
    photographer's name does not."""
    assert [(v.field, v.value) for v in labelled_values("記者黃雄 、馮淑環")] == [("author", "黃雄 、馮淑環")]
    assert [(v.field, v.value) for v in labelled_values("记者张三、李四、王五")] == [("author", "张三、李四、王五")]
    assert labelled_values("记者手记") == []
    assert labelled_values("記者黃雄") == []
    assert labelled_values("记者张三摄、李四") == []
