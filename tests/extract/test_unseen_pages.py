"""Pages from sites and templates outside the dev set, and what newsmend reads on them.

The pages are saved news pages from other extractors' test fixtures (``tests/fixtures/pages/unseen/``, trimmed of
scripts, styles and most of their menus' items): a Taiwanese agency story (virus-warnning/twnews
``twnews/samples/cna.html``) and five Taiwanese outlets' stories (``ltn.html``, ``chinatimes.html``,
``appledaily.html``, and ``ettoday.html`` and ``setn.html`` with their ``<head>`` reduced to the title the page
states), all in traditional script. Each test states the mechanism the page showed, so that it holds on other
sites too.
"""

from __future__ import annotations

import pytest
from tests.support.pages import extract_page

from newsmend.content.pruning import is_ui_wording
from newsmend.fields.lines import is_caption
from newsmend.fields.people import (
    closing_reporters,
    credit_line,
    dateline_credit,
    dateline_reporters,
    dateline_source,
)


@pytest.mark.parametrize(
    ("paragraph", "source", "reporters"),
    [
        ("（中央社記者邱俊欽桃園19日電）桃園市平鎮區一家輪胎行今天清晨發生大火", "中央社", ["邱俊欽"]),
        ("（中央社記者王揚宇、呂欣憓台北19日電）總統今天表示", "中央社", ["王揚宇", "呂欣憓"]),
        ("〔記者張三、李四／高雄報導〕市府今天表示", None, ["張三", "李四"]),
        ("新华社北京5月3日电（记者 张三 李四）今天", "新华社", ["张三", "李四"]),
        ("〔即時新聞／綜合報導〕2008年，台北市萬華區發生", None, []),
    ],
)
def test_bracketed_datelines_credit_outlet_and_reporters(
    paragraph: str, source: str | None, reporters: list[str]
) -> None:
    """Taiwan's outlets open a story with its dateline in brackets: the outlet, ``記者``, the reporters glued to
    the place and day filed from (``（X記者張三台北19日電）``), or the reporters and place apart
    (``〔記者張三／台北報導〕``)."""
    assert dateline_source(paragraph) == source
    assert dateline_reporters(paragraph) == reporters


def test_a_name_glued_to_an_unknown_place_leaves_the_place_two_characters() -> None:
    """When no ending of ``張三某某`` is a place of the dictionary, the place is its last two characters (a Taiwanese
    city the dictionary lacks, ``高雄``: twenty-ninth audit); a name shorter than two characters is no name, so
    ``張某某`` gives no reporter."""
    assert dateline_reporters("（中央社記者張三某某19日電）今天") == ["張三"]
    assert dateline_reporters("（中央社記者張某某19日電）今天") == []


def test_a_labelled_date_names_no_outlet() -> None:
    """``最新更新：2016/03/19 10:48`` under a headline: the word before the date is the date's label."""
    assert dateline_credit(["最新更新："]) == ([], None)
    assert dateline_credit(["新华社"]) == ([], "新华社")


def test_agency_page_reads_the_dateline_not_the_update_label() -> None:
    article = extract_page("unseen/twnews-cna.html")
    assert article.title == "平鎮輪胎行惡火 疏散7人1女命喪"
    assert article.source == "中央社"
    assert str(article.date).startswith("2016-03-19")
    assert article.paragraphs[0].startswith("（中央社記者邱俊欽桃園19日電）")


@pytest.mark.parametrize("text", ["相關新聞", "相关新闻", "延伸閱讀", "猜你喜歡", "分享到", "Related"])
def test_furniture_wording_is_read_in_either_script(text: str) -> None:
    assert is_ui_wording(text)


@pytest.mark.parametrize("text", ["報導指出，由於該屋有7名共有人", "下月將法拍的房子位在萬大路一帶。"])
def test_prose_is_no_furniture_wording(text: str) -> None:
    assert not is_ui_wording(text)


def test_box_title_classed_caption_is_no_photo_caption() -> None:
    """A daily titles its boxes with ``div.caption`` (``相關新聞``, ``網友回應``): the titles are no captions."""
    article = extract_page("unseen/twnews-ltn.html")
    assert article.title == "10年前父親掐死兒後自縊... 凶宅下月拍開價425萬"
    assert "相關新聞" not in article.captions
    assert article.paragraphs[-1].startswith("從內政部實價登錄網站來看")
    assert str(article.date).startswith("2018-07-31")


def test_picture_text_around_the_body_is_a_caption() -> None:
    """A daily sets its lead photo's caption in ``div.pictext`` above the story: a caption, and the byline linked to
    the reporter's page still credits the story."""
    article = extract_page("unseen/twnews-chinatimes.html")
    assert article.captions == ["士林一年邁母子在住處上吊身亡。"]
    assert article.author == ["謝明俊"]
    assert article.paragraphs[0].startswith("北市士林區葫蘆街一處民宅")


@pytest.mark.parametrize(
    ("paragraph", "reporters"),
    [
        ("警方已勘驗現場並報請相驗，將進一步釐清死因。（王煌忠／台中報導）", ["王煌忠"]),
        ("市府今天表示將持續追蹤。（記者張三、李四／台北報導）", ["張三", "李四"]),
        ("（國際中心／綜合報導）", []),  # a desk
        ("今天下雨。（中央社／台北報導）", []),  # an outlet
        ("〔即時新聞／綜合報導〕2008年，台北市萬華區發生", []),  # a dateline opening the text, no closing credit
    ],
)
def test_closing_credits_name_the_reporters(paragraph: str, reporters: list[str]) -> None:
    """Taiwan's dailies close a story with its credit in brackets: reporters, slash, the place filed from, 報導."""
    assert closing_reporters(paragraph) == reporters


def test_daily_credits_the_reporter_closing_its_story() -> None:
    """The credit closes the story's text, before the paper's help-line box: the reporter is the author."""
    article = extract_page("unseen/twnews-appledaily.html")
    assert article.title == "和男友口角鎖門吞藥 女墜樓不治"
    assert article.author == ["王煌忠"]
    assert str(article.date).startswith("2016-05-21")
    assert article.captions == ["台中市賴姓女子酒後與男友發生口角後，從5樓租屋處墬落身亡。王煌忠攝"]


@pytest.mark.parametrize(
    ("line", "reporters"),
    [
        ("記者林悅／南市報導", ["林悅"]),
        ("記者張三、李四／台北報導", ["張三", "李四"]),
        ("國際中心／綜合報導", []),  # a desk: a credit line, no reporter
        ("快訊／台北報導", []),  # the story's kind
        ("44歲陳姓客運司機，7日凌晨以狗鍊在住處後陽台上吊尋短", None),
    ],
)
def test_credit_lines(line: str, reporters: list[str] | None) -> None:
    assert credit_line(line) == reporters


def test_credit_line_over_the_text_is_the_byline() -> None:
    """``記者林悅／南市報導`` stands as a line of its own under the lead photo: the byline, out of the text."""
    article = extract_page("unseen/twnews-ettoday.html")
    assert article.author == ["林悅"]
    assert "記者林悅／南市報導" not in article.paragraphs
    assert str(article.date).startswith("2017-12-09")


def test_desk_credit_over_the_text_leaves_it_and_names_no_one() -> None:
    """``社會中心／綜合報導`` (the society desk, compiled) opens the text of another outlet: out of the text, no
    author."""
    article = extract_page("unseen/twnews-setn.html")
    assert article.title == "與母爭吵疑失足墜樓 男子送醫搶救不治"
    assert article.paragraphs[0].startswith("新北市新店區中正路")
    assert article.author is None
    assert str(article.date).startswith("2018-02-21")


@pytest.mark.parametrize(
    ("name", "caption"),
    [
        ("twnews-ltn.html", "下月將法拍的房子位在萬大路一帶。（圖翻攝自google map）"),
        ("twnews-setn.html", "▲▼警消到場時高姓男子已無生命跡象。（圖／翻攝畫面）"),
    ],
)
def test_taiwanese_photo_credit_marks_a_caption_in_the_text(name: str, caption: str) -> None:
    """Taiwanese dailies close a photo's caption with a bracketed credit (``（圖／X翻攝）``, ``（圖翻攝自X）``) and
    open it with ▲ or ▼: the line is listed as a caption (and kept in its place in the text)."""
    article = extract_page(f"unseen/{name}")
    assert caption in article.captions


def test_a_long_caption_with_a_reporters_photo_credit_is_a_caption() -> None:
    """ETtoday's caption under the story's photo runs 76 characters and ends ``（圖／記者X翻攝）``."""
    article = extract_page("unseen/twnews-ettoday.html")
    assert len(article.captions) == 1
    assert article.captions[0].startswith("▲台南市永康分局報請台南地檢署檢察官")
    assert article.captions[0].endswith("（圖／記者林悅翻攝）")


@pytest.mark.parametrize("text", ["市府公布的統計（圖表）", "他說：「這是圖／文的合作。」今天起實施。"])
def test_a_chart_or_a_slash_in_prose_is_no_photo_credit(text: str) -> None:
    assert not is_caption(text)
