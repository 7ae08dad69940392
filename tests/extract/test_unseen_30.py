"""A thirtieth audit on Chinese pages outside the dev set, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh20/``) are saved pages from another project's sample folder, read in
16,000-character pieces (their text kept as the page writes it, UTF-8 as declared): the pieces of each page's 1 to
9 that hold its head and its article region, the rest (inline style, scripts, menus, ad bidding tables) not all
read:

- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/ct/004.html``: a 2023 Taiwanese daily's
  military desk retelling a foreign story, the writer in the JSON-LD Person, the data layer and the byline's link,
  the outlet as the metadata author, a captioned lead photo, two captioned videos in the text (the first opening
  it), 64 empty ``<p>`` after the last paragraph, the foreign story credited ``文章來源：`` with a link to it, three
  linked headlines and hash tags closing the text's element, the recommended reading (each item's hour and date in
  spans of their own, the hour first) and the comment rules after it (``chinatimes-f16-2023.html``: the head's
  scripts but the data layer cut, the menu shortened to three of its channels, the right column's ad slots and the
  page's closing scripts cut, the recommendations to three stories);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/ct/005.html``: the same daily's story by a
  reporter credited ``林欣儀_台中`` (her name, an underscore and the city she files from) in the JSON-LD Person, the
  data layer and the byline's link, the paper ``中時`` as the byline's source, a captioned lead photo closed by her
  credit (``(林欣儀攝)``) (``chinatimes-jobs-2023.html``: its ``<head>`` reduced as the first page's with its own
  values and data layer, built on the first page's trimmed frame; the article, the breadcrumb and the
  recommendations its own, three stories);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/ct/006.html``: the same daily's printed
  news-analysis column, its headline opening with the column's name (``新聞透視》黑道變網紅…``), credited
  ``胡欣男、新聞透視`` (the reporter and the column) in the JSON-LD Person, the data layer and the byline (the
  reporter linked, the column after him), no recommended reading (``chinatimes-gangs-2023.html``: built as the
  second);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/ltn/004.html``: a 2023 Taiwanese daily's
  printed politics story, two reporters and a place in the bracketed credit opening the text
  (``〔記者吳正庭、甘孟霖／金門報導〕``), the outlet as the metadata and JSON-LD author (the JSON-LD in the body), the
  lead photo's caption as a paragraph in ``div.photo``, a sub-head in an ``<h4>`` inside a ``<p>`` (the metadata
  description runs it into the lead), an ad's ``請繼續往下閱讀...`` line and an app promotion in the text, the related
  news (an ad among them), the previous and next stories and the desk's most read after it
  (``ltn-kinmen-2023.html``: its ``<head>`` reduced as the thirteenth audit's page on this template
  (``unseen-zh11/ltn-reporter-2023.html``) with its own values, built on that page's trimmed frame; the breadcrumb,
  the JSON-LD, the article and the lists after it its own, the most read cut to two stories);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/up/006.html``: a 2023 Taiwanese news site's
  column (its ``評論`` channel) by its editor-in-chief, linked over the date, the lead photo's caption in ``div.img``,
  empty ``<p>``\\ s between the paragraphs, the writer's note closing the text (``※作者為《上報》總主筆``), an empty
  editors' picks box, the opinion page's follow box and the call for submissions after it
  (``upmedia-column-2023.html``: its ``<head>`` reduced as the twenty-second audit's pages on this template
  (``unseen-zh17/upmedia-typhoon-2023.html``) with its own values, built on that page's trimmed frame; the article,
  the keywords, the picks and the neighbours its own);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/udn/news/003.html``: a 2023 Taiwanese portal's
  news desk, a backstage story (its headline opening ``新聞幕後／``), credited ``聯合報／記者張睿廷／新北即時報導``
  under the headline (the reporter linked) and in the JSON-LD Person, the portal as the metadata author, a captioned
  cover figure, empty ``<p>``\\ s between the paragraphs, keywords, a scripted teaser and the further reading after
  the text (``udn-news-backstage-2023.html``: its ``<head>`` cut to the article's metadata, data layer and JSON-LD,
  built on the thirteenth audit's trimmed frame of this template (``unseen-zh11/udn-news-2023.html``); the breaking
  news, the article and the further reading its own, three stories);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/nhk/news/002.html``: a Japanese public
  broadcaster's short story in traditional script (2023-09), the JSON-LD dates written ``2023-09-13T17:48:56
  JST+0900``, the broadcaster as the JSON-LD author (``nhk-tigerair-2023.html``, as saved).

None of them is in the dev set (by URL and by their sentences). newsmend read the Taiwanese daily's printed story,
the news site's column, the portal's story and the broadcaster's right (the broadcaster is the author it declares,
as on the eleventh audit's page of this template; the column's closing note is the writer's, kept as written). On
the first daily's pages four things were wrong, each fixed by a mechanism none of the 798 dev pages' readings
changes under:

- the reporter read ``林欣儀_台中``: a Han name of two to four characters, an underscore and one to four Han
  characters is the name and the office it files from, as ``_NB12345`` is a staff code (``fields/people.py``);
- the column's analysis read two authors, ``胡欣男`` and ``新聞透視``: a credit equal to the column's name that opens
  the headline before ``》`` or in ``【】`` is no author (``fields/readers.py``; not before a colon: a headline opens
  with the name of whoever it quotes);
- the foreign story's English headline, linked after ``文章來源：``, was the first related item: a link after a
  source label and its colon credits the story's source (``fields/related.py``);
- every recommended item's time was None: its line reads ``05:352023/08/27``, the hour before the date, which a
  headline-list line may now write (``fields/lines.py``).

On the other daily's printed story the related items' times (a ``<span>`` over the headline inside each item's
link, under the list's heading) were None: a time line under a list heading is now read with the items
(``fields/related.py``; 1 of the 798 dev pages changes, better: a science site's three recommendations gain their
dates). Still open: that list keeps an ad among its items (``a.L1ad`` to an ad server's click address).

trafilatura reads the reporter as ``林欣儀 台中`` and the authors as ``胡欣男、新聞透視``, finds no writer on the
printed story, the column and the broadcaster's story, reads the portal's byline whole (``記者張睿廷／新北即時報導``)
and opens its text with the headline, as it opens the printed story's, opens the column with the lead photo's
caption and sets the site's name in the titles; readability returns no text on the military story, closes the
reporter's story and the analysis with hash tags and the printed story with the app promotion's link; both keep the
column's closing note. Their texts otherwise agree with newsmend's.

The pages were not rebuilt whole on disk but the broadcaster's (58-133 KB each, most of it style, scripts, menus and
ad tables): each fixture was checked against the pieces read, its fields and the body's lines as the page's article
region gives them.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend
from newsmend.fields.lines import time_list_entry
from newsmend.fields.people import split_names

GUARDS = [
    # The writer of the JSON-LD Person and the byline's link, not the outlet; the videos' captions, the source's
    # credit, the linked headlines, the hash tags, the recommendations and the comment rules stay out.
    Guard(
        "unseen-zh20/chinatimes-f16-2023.html",
        "42架F-16戰機給烏克蘭 它要討回9年前慘劇公道",
        ["楊幼蘭"],
        "2023-08-28T09:37:21",
        "荷蘭將提供烏克蘭多達42架F-16 戰機，以協助基輔對抗俄羅斯。",
        "而荷蘭會竭盡全力，以確保為烏克蘭伸張正義。",
        ("馬航MH17班機2014年在烏東", "訂閱影音", "文章來源", "The Netherlands", "難怪打不停", "#", "推薦閱讀"),
    ),
    # The reporter without the office after her name's underscore; the lead photo's caption, the linked headlines
    # and the recommendations stay out.
    Guard(
        "unseen-zh20/chinatimes-jobs-2023.html",
        "畢業即失業？ 他求職四處碰壁 青年計畫協助進入職場",
        ["林欣儀"],
        "2023-08-28T17:00:39",
        "去年大學畢業的陳靖因缺乏工作經驗",
        "盼尚未利用者能善用政府資源。",
        ("林欣儀攝", "特休換錢", "就業勞動部", "推薦閱讀", "賴清德恐涉賄選"),
    ),
    # The reporter, not the column the headline opens with; the lead photo's caption and the hash tags stay out.
    Guard(
        "unseen-zh20/chinatimes-gangs-2023.html",
        "新聞透視》黑道變網紅 斷金流才是反制之道",
        ["胡欣男"],
        "2023-08-28T04:10",
        "40年前一清專案，意外造就黑金政治",
        "才能反制黑幫氣焰。",
        ("本報資料照片", "新聞透視", "一清專案明仁", "發表意見"),
    ),
    # Both reporters of the bracketed credit, which opens the text; the sub-head stays; the photo's caption, the
    # ad's line, the app promotion, the related news, the neighbours and the most read stay out.
    Guard(
        "unseen-zh20/ltn-kinmen-2023.html",
        "侯、郭金門較勁 地方政要選邊站",
        ["吳正庭", "甘孟霖"],
        "2023-08-24T05:30",
        "〔記者吳正庭、甘孟霖／金門報導〕國民黨總統參選人侯友宜昨在金門縣參加八二三砲戰的紀念活動",
        "讓侯友宜笑開懷。",
        ("讀者提供", "請繼續往下閱讀", "不用抽", "相關新聞", "向北京喊話", "上一則", "政治今日熱門"),
    ),
    # The columnist linked over the date; his closing note stays; the lead photo's caption, the keywords, the call
    # for submissions and the neighbours stay out.
    Guard(
        "unseen-zh20/upmedia-column-2023.html",
        "陳嘉宏專欄：柯文哲的心靈雞湯",
        ["陳嘉宏"],
        "2023-09-01T07:02",
        "柯文哲說，要知道現在的選情如何",
        "※作者為《上報》總主筆",
        ("攝影：楊約翰", "關鍵字", "上報徵稿", "editor@upmedia.mg", "上一篇", "國民黨為何總是不團結"),
    ),
    # The linked reporter, not the paper or the place of the credit; the cover's caption, the keywords, the teaser
    # and the further reading stay out.
    Guard(
        "unseen-zh20/udn-news-backstage-2023.html",
        "新聞幕後／侯友宜與郭台銘前天見過面 預計周三咖啡會",
        ["張睿廷"],
        "2023-08-29T00:21:05",
        "鴻海創辦人郭台銘昨天宣布參加總統選戰，引起熱議。",
        "勝利的都會是民進黨總統參選人賴清德。",
        ("聯合報系資料照片", "新北即時報導", "2024總統選舉", "不自認是老二", "延伸閱讀", "吳顯森"),
    ),
    # The broadcaster's short story: the JSON-LD time read though its zone is written ``JST+0900``; the JSON-LD
    # author is the broadcaster, which the page declares as no one else.
    Guard(
        "unseen-zh20/nhk-tigerair-2023.html",
        "台灣虎航將推出日本鳥取包機航班",
        ["NHK WORLD"],
        "2023-09-13T17:48:56",
        "鳥取縣知事平井伸治與台灣的航空公司代表進行會談",
        "也希望能在近期開通定期航線。」",
        ("NHK WORLD-JAPAN News",),
    ),
]

SENTENCE = "市議會週一開會，經過長時間辯論後就明年的預算進行了表決，多數議員投了贊成票。"


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_reporter_office_after_an_underscore_is_no_part_of_her_name() -> None:
    """``林欣儀_台中`` credits the reporter and the city she files from, in metadata as in a byline; a blog's longer
    name joined so stays whole, and a staff code goes as before."""
    assert split_names("林欣儀_台中") == ["林欣儀"]
    assert split_names("林欣儀_台中", strict=False) == ["林欣儀"]
    assert split_names("史蒂文的家_藍天", strict=False) == ["史蒂文的家_藍天"]
    assert split_names("张三_NB12345") == ["张三"]
    assert extract_page("unseen-zh20/chinatimes-jobs-2023.html").author == ["林欣儀"]


def test_column_the_headline_opens_with_is_no_author() -> None:
    """A credit equal to the column's name opening the headline (before ``》`` or in ``【】``) is the column; a
    headline opening with a name before a colon quotes that person, who may be the writer."""
    text = "".join(f"<p>第{i}段：{SENTENCE}</p>" for i in range(4))

    def authors(headline: str, credit: str) -> list[str] | None:
        html = (
            f"<html><head><meta name='author' content='{credit}'></head>"
            f"<body><h1>{headline}</h1><div class='text'>{text}</div></body></html>"
        )
        return newsmend.extract(html).author

    assert authors("財經觀察》市議會通過預算", "張大同、財經觀察") == ["張大同"]
    assert authors("【財經觀察】市議會通過預算", "張大同、財經觀察") == ["張大同"]
    assert authors("張大同：市議會通過預算", "張大同") == ["張大同"]
    assert extract_page("unseen-zh20/chinatimes-gangs-2023.html").author == ["胡欣男"]


def test_link_after_a_source_label_is_no_related_item() -> None:
    """The foreign story ``文章來源：`` links to is the retold story's source; the linked headlines after it are
    related stories."""
    article = extract_page("unseen-zh20/chinatimes-f16-2023.html")
    titles = [item.title for item in article.related]
    assert titles[:3] == [
        "難怪打不停！俄用美技術猛造巡弋飛彈轟烏克蘭",
        "F-35危險逼近Su-35戰機 俄怒了",
        "俄Su-25戰機慘遭碎屍 烏克蘭拿來做這個",
    ]
    assert not any("businessinsider" in item.url for item in article.related)


def test_clock_before_the_date_dates_a_list_item() -> None:
    """A headline-list line may write the hour before the date, spaced or glued where the two stand in spans of
    their own; two clocks are no one time."""
    assert time_list_entry("05:352023/08/27") == ("2023/08/27 05:35", None)
    assert time_list_entry("05:35 2023/08/27 國際") == ("2023/08/27 05:35", "國際")
    assert time_list_entry("05:35 2023/08/27 06:00") is None
    article = extract_page("unseen-zh20/chinatimes-jobs-2023.html")
    dated = [(item.time, item.channel) for item in article.related if item.time]
    assert dated == [("2023-08-26T20:42", "政治"), ("2023-08-25T16:10", "生活"), ("2023-08-28T12:23", "財經")]


def test_time_line_over_a_headline_in_a_listed_card_dates_it() -> None:
    """The related news under its heading: each card's time, set over its headline inside the item's link, dates
    the item; the ad among them has none."""
    article = extract_page("unseen-zh20/ltn-kinmen-2023.html")
    times = {item.title: item.time for item in article.related[:4]}
    assert times == {
        "向北京喊話 郭台銘：共軍擾台 不如媽祖繞台": "2023-08-24T05:30",
        "緬懷823殉國將士 蔡英文主祭 邀侯友宜陪祭": "2023-08-24T05:30",
        "捷運商圈優勢 美麗島站區將再現風華": None,
        "糗！ 柯文哲致敬823砲戰 年份寫成1947": "2023-08-24T05:30",
    }
