"""An eighteenth audit on Chinese pages outside the dev set, and what newsmend reads on them.

The page (``tests/fixtures/pages/unseen-zh14/``) is a saved page from another project's sample folder, read in
16,000-character pieces (its text kept as the page writes it, UTF-8 as declared):

- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/pts/003.html``: a 2023 Taiwanese public
  broadcaster's world story crediting two translators ``鄭惟仁 鍾建剛／編譯`` (a space between the names, the
  role after a full-width slash) in the byline, the metadata and JSON-LD, the description as a lead block above
  the paragraphs, the editor ``卓冠齊/編輯`` and the tags after them, the story's topic list after the article
  (``pts-moon-2023.html``: its ``<head>`` reduced as the fifteenth audit's page on this template
  (``unseen-zh12/pts-yunlin-2023.html``) with its own values (its WebPage, VideoObject and ItemList JSON-LD cut);
  the body's idle-reader pop-up, header and menus taken from that page's trimmed frame; the article its own, the
  livewire state attribute dropped, the topic list shortened to three stories with their first tags);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/pts/004.html``: the same broadcaster's 2023
  society story crediting three reporters and two cities, ``陳冠勳 張梓嘉 溫正衡／新北 台南報導``, in the byline, the
  metadata and JSON-LD (``pts-drunk-2023.html``: trimmed as the first, its WebPage, VideoObject and ItemList
  JSON-LD and the twitter description cut, the share links above the text but two and those below it cut, the
  tags after the text but two, the related news after two stories with two tags each; the header frame is the
  fifteenth audit's page's, as above).

Neither is in the dev set (by URL and by their sentences). newsmend read both right but for the authors: the
first page's second translator kept the role, ``['鄭惟仁', '鍾建剛／編譯']`` (the metadata's loose reading keeps any
short value; a trailing role word was cut only after a space), the second page gave
``['陳冠勳', '張梓嘉', '溫正衡／新北', '台南報導']`` (the names were split at the spaces the places share). Fixed in
``fields/people.py``: a trailing role word after a slash goes (``_ROLE_WORDS_RE``); several spaced names before a
slash and the places' report keep only the names (``_NAMES_PLACES_REPORTED_RE``; one word before the slash is left
whole, a desk or an outlet); the loose reading matches role words folded (``攝影``, ``記者`` gave names). 0 of 798 dev
pages change with each. trafilatura gives both credits unsplit, the site's name in the titles and ends both texts
with the editor's line; readability's titles agree with newsmend's.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right

from newsmend.fields import split_names

GUARDS = [
    # Two translators before a full-width slash and their role: both names, without the role; the lead block
    # opens the text; the editor's line, the tags, the topic list, the pop-up and the menus stay out.
    Guard(
        "unseen-zh14/pts-moon-2023.html",
        "印度月船3號創全球登月球南極之先 尋水冰與地質分析",
        ["鄭惟仁", "鍾建剛"],
        "2023-08-23T23:31",
        "「月球飛船3號」探測器23日成功降落月球南極，印度成為史上第1個登陸月球南極的國家",
        "以尋找月球有水冰的證據並對表面土壤及岩石進行化學成分分析。",
        ("卓冠齊", "編輯", "編譯", "相關議題", "俄羅斯隔47年再登月", "此網頁已閒置超過5分鐘", "首頁"),
    ),
    # Three reporters and the two cities they report from, spaced alike: the three names, no city.
    Guard(
        "unseen-zh14/pts-drunk-2023.html",
        "新北酒駕男撞老翁致重傷搶救 車上3人遭連坐罰",
        ["陳冠勳", "張梓嘉", "溫正衡"],
        "2023-08-24T04:31",
        "24日凌晨，新北市五股一名70歲老翁在行走斑馬線時，遭到洪姓駕駛開車撞擊",
        "除了加強取締及用重罰，台灣酒駕防制社會關懷協會指出，教育面也得加把勁。",
        ("卓冠齊", "台南報導", "相關新聞", "陌生男闖進家中攻擊", "此網頁已閒置超過5分鐘", "首頁"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_metadata_credit_drops_traditional_role_words() -> None:
    """The metadata's loose reading matches role words folded, as the strict one does: a traditional-script
    credit's role (``攝影``, ``記者``, ``報導``, ``編譯``) is no name, whether after a space or (this page's shape)
    after a slash."""
    assert split_names("鄭惟仁 鍾建剛／編譯", strict=False) == ["鄭惟仁", "鍾建剛"]
    assert split_names("鄭惟仁 鍾建剛 編譯", strict=False) == ["鄭惟仁", "鍾建剛"]
    assert split_names("記者 張三", strict=False) == ["張三"]
    assert split_names("張三 攝影", strict=False) == ["張三"]


def test_spaced_names_before_the_places_they_report_from() -> None:
    """Several spaced names before a slash and the places' report are the names; one word before the slash (a
    desk, an outlet) stays a whole credit, as before."""
    assert split_names("陳冠勳 張梓嘉 溫正衡／新北 台南報導") == ["陳冠勳", "張梓嘉", "溫正衡"]
    assert split_names("陳冠勳 張梓嘉／新北報導", strict=False) == ["陳冠勳", "張梓嘉"]
    assert split_names("中央社／台北報導") == []
