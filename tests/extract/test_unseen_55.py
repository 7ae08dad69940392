"""A fifty-fifth audit on Taiwanese pages from the source the forty-seventh used, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh30/``) were saved in 2024 as JavaScript template strings (``export
const x = `…```: the browser's DOM after its scripts ran, as a scraper's tests hold them) in lostmypillow/dms-scrape's
``test/``, read in 16,000-character pieces (those holding the head and the article region; 76,000 to 88,000
characters a page) and transcribed trimmed: most menu items cut, SVG paths emptied, asset names shortened, the
sidebars' ad slots and the footer cut. The saver's copy breaks long lines, some between two characters of a word
(``可變電 壓調整``); those are kept as saved:

- ``test/techbangtest.js``: a 2024 tech site's news story on a VR headset (``techbang.com``), the headline in an
  ``<h1>`` whose source line the saver broke with a stray space between two characters (``約 台幣10300元起``;
  ``<title>`` and ``og:title`` write ``約台幣``), the byline a link to the writer's member page named by his lower-case
  handle (``<a class="nickname" href="/users/janus">janus</a>``) and ``發表於 2024年9月26日 08:27``, the text in
  ``div.article-content`` with lazy pictures between the paragraphs (no captions), a closing list of three
  ``延伸閱讀：`` links, share buttons, tags, an author box, a LINE offer, follow links, the comment rules and a
  ``熱門文章`` and ``活動課程`` sidebar (``techbang-quest3s-2024.html``: the menus cut to a few entries, the
  sidebar's boxes to three items and one, the footer cut);
- ``test/saydigitest.js``: a 2024 WordPress tech blog's news item on a chip maker's broadband deal
  (``saydigi.com``), the headline in an ``<h1>`` over the body box, the writer's byline twice (a mobile copy above
  the text and the left column's author box, each ``span.vcard.author`` with an ``/author/`` link, the date and a
  ``瀏覽：… views`` counter), ``<meta name="author">``, the text in ``div.cttt`` with a picture whose long ``title``
  and ``alt`` only describe it (no visible caption) and an empty paragraph, a LINE share button, the tags under
  ``Related Items`` and the author's description (``saydigi-mediatek-wifi7-2024.html``: the menus cut to a few
  entries, the share buttons' scripts cut; the part of the page after the author box, not read, cut);
- ``test/tested/digitimes2.js``: a 2024 Taiwanese tech trade daily's story on Dell's AI servers
  (``digitimes.com.tw``), ``<meta name="Author" content="DIGITIMES">`` (the outlet), the byline under the
  ``<h1>`` in two list items, the reporter's name in a span a script links to a search and the place after a
  slash (``李立達 ／台北``), then ``<time>2024/09/25 02:40</time>``, the text in ``p.main_p`` (a style sheet in the
  first, an embedded video closing the second), the photo and its caption in ``div#story_action`` closing the text,
  ``責任編輯：蔡雨婷``, save, print and forward links and a ``相關報導`` box of three cards
  (``digitimes-dell-ai-2024.html``: the menus cut to a few entries, the sprite and icons cut, the search box's
  keywords to three; the page after the related box, not read, cut).

None is in the dev set (by their sentences and their sites).

On the tech site's page the text, the time (``article:published_time``, the byline's 08:27 in Taipei) and the
related list (the three ``延伸閱讀`` links, then the sidebar's stories) were read right (trafilatura keeps the
``延伸閱讀`` lines as the text's end; readability reads the text alone, right). The title kept the saver's space
(``約 台幣``): a space between two Han characters of the chosen heading is dropped when a metadata title writes
the headline without it (``fields/title.py``, ``_as_meta_joins``); it moves none of the 798 dev pages. Left as found
then: no author. The handle is lower case, which no name written as a name is, and ``/users/`` is no author-page
address; reading a member-page link whose text is the handle in its address as the poster changed the author of 10
magic-html forum threads (repliers credited: a css-tricks thread's ``thompsonmax, helson`` over its starter), and 7
when only links above the text were read, where it then missed this page's byline: rejected. Since the
twenty-fourth session a member's display name that its page's address spells is one name whatever its shape,
where bylines stand (``fields/evidence.py``, ``_handle_name``): the byline's ``janus`` is the writer.

newsmend read the blog's item right: the headline without the site's name (trafilatura keeps ``- SayDigi | 點子科技
生活``), the writer (as trafilatura), the time, the text from the lead to the last paragraph, the picture's
description out (no caption), the counter, the tags and the author box out. Left as found: the spaces the saver's
line breaks left between two characters (``可變電 壓調整``, ``歐洲 一線``), which trafilatura and readability keep
too and a browser that renders a line break as a space shows (the forty-seventh audit left them so).

On the trade daily's page the title, the time, the text, the caption (listed, and closing the text in its place as
captions in the running text do), the editor (``蔡雨婷``), the related cards and the source were read right; the
author was the outlet the metadata names (``DIGITIMES``): the byline under the headline, a name, a slash and a
place with no ``記者`` or ``報導`` around them, credited no one. A dateline line before a date standing alone
that is a name and, after a slash, a place (``張三／台北``, the slash spaced or not) names the reporter filing from
there (``fields/people.py``, ``dateline_credit``, :data:`_SLASH_GAP_RE`): the reporter is the author (trafilatura
credits no one and opens its text with the headline and ``- 李立達 ／台北``; readability keeps the editor's line).
It moves none of the 798 dev pages.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right

from newsmend.fields.people import dateline_credit
from newsmend.fields.title import Heading, choose_title

TECHBANG = "unseen-zh30/techbang-quest3s-2024.html"
SAYDIGI = "unseen-zh30/saydigi-mediatek-wifi7-2024.html"
DIGITIMES = "unseen-zh30/digitimes-dell-ai-2024.html"

GUARDS = [
    # The headline as its metadata writes it, the time, the text from the lead to the last paragraph; the further
    # reading links, the tags, the author box, the LINE offer, the comment rules and the sidebar out.
    Guard(
        TECHBANG,
        "Meta Quest 3S眼鏡發佈：升級Snapdragon XR2 Gen 2 、彩透鏡頭支援穿透模式，約台幣10300元起",
        ["janus"],
        "2024-09-26T00:27",
        "Meta Platforms（META.O）舉行的Meta Connect 2024活動正式開始",
        "內建 4324 毫安時電池（續航至高 2.5 小時）。",
        ("延伸閱讀", "#價格", "作者", "產業編輯", "ChatGPT", "關注T客邦", "留言", "熱門文章", "活動課程"),
    ),
    # Read right: the writer, the time, the text from the lead to the last paragraph; the site's name, the
    # picture's description, the counter, the share button, the tags and the author box out.
    Guard(
        SAYDIGI,
        "聯發科技與達發科技晶片獲歐洲一線電信業者採用，2025 年推出 Wi-Fi 7 及 10G-PON 服務",
        ["Kisplay"],
        "2024-09-30T09:09",
        "IC 設計公司聯發科技（MediaTek）攜手其子公司達發科技（AIROHA）",
        "滿足不同地區和市場的需求。",
        ("SayDigi", "新聞圖片", "長期的承諾", "瀏覽", "views", "Related", "Airoha", "總編輯"),
    ),
    # The reporter of the byline under the headline, the time, the text from the lead to the caption closing it; the
    # byline, the style sheet, the editor's line, the page's links, the related cards and the search box out.
    Guard(
        DIGITIMES,
        "受惠AI伺服器動能強 戴爾：工作站需求升溫",
        ["李立達"],
        "2024-09-25T02:40",
        "台灣戴爾科技集團總經理廖仁祥指出，戴爾手中有1,000個AI專案正在同時進行",
        "戴爾指出，AI伺服器需求強，甚至外溢到工作站市場。李建樑攝",
        ("李立達", "text-decoration", "責任編輯", "儲存", "列印", "意見反應", "相關報導", "印度消費者", "熱門關鍵字"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda g: g.page.split("/")[-1])
def test_unseen_55_page_reads_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_heading_takes_metadata_joins_between_han_characters() -> None:
    # The <h1>'s stray space between two characters goes when og:title writes them together; a space beside Latin
    # text stays as both write it, and a heading no metadata title writes unspaced keeps its spaces.
    heading = Heading("Quest 3S眼鏡發佈：彩透鏡頭支援穿透模式，約 台幣10300元起", is_h1=True)
    meta = "Quest 3S眼鏡發佈：彩透鏡頭支援穿透模式，約台幣10300元起 | T客邦"
    assert choose_title([heading], [meta], ["T客邦"]) == "Quest 3S眼鏡發佈：彩透鏡頭支援穿透模式，約台幣10300元起"
    spaced = Heading("台、歐盟6G合作 30家台廠搶進", is_h1=True)
    assert choose_title([spaced], ["台、歐盟6G合作 30家台廠搶進 - 工商時報"], ["工商時報"]) == spaced.text
    poem = Heading("春眠 不覺曉", is_h1=True)
    assert choose_title([poem], ["春眠 不覺曉 | 詩"], ["詩"]) == "春眠 不覺曉"


def test_dateline_of_name_and_filing_place_credits_the_reporter() -> None:
    # A name and the place after a slash (spaced or not) is the reporter filing from there; an outlet after the
    # slash stays the outlet, and a place alone names no one.
    assert dateline_credit(["李立達", "／", "台北"]) == (["李立達"], None)
    assert dateline_credit(["李立達／台北"]) == (["李立達"], None)
    assert dateline_credit(["张三/某某日报"]) == (["张三"], "某某日报")
    assert dateline_credit(["内蒙古自治区"]) == ([], None)
