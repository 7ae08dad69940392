"""What a source value holds besides the outlet's name: a poster's location, the page's date.

A platform's "posted from <place>" label beside a post's date is where the poster was, not the outlet.

The values are copied from pages of the shared dev set (magic-html-bench): ifeng article headers (``来自内蒙古自治区``,
``来自北京市``), qq.com author and comment headers (``来自甘肃``, ``来自辽宁省``), forum posts (``IP属地:广西``,
``来自 - 重庆``), 163.com source lines (the location after the outlet, an icon for its label); the outlets are the
unlabelled datelines of gne-zh pages, which must stay outlets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsmend
from newsmend.fields.people import dateline_credit, is_place_name, poster_location, tidy_source

PAGES = Path(__file__).parent.parent / "fixtures" / "pages" / "sources"

#: Outlets read from unlabelled datelines of the dev pages (gne-zh-unlabelled, magic-html-bench).
OUTLETS = ("参考消息", "新京报", "环球网", "北京日报", "中国青年报", "中国网", "华夏人文", "每日经济新闻", "中国新闻网")


@pytest.mark.parametrize(
    ("label", "place"),
    [
        ("来自内蒙古自治区", "内蒙古自治区"),
        ("来自北京市", "北京市"),
        ("来自甘肃", "甘肃"),
        ("来自辽宁省", "辽宁省"),
        ("IP属地:广西", "广西"),
        ("来自 - 重庆", "重庆"),
        ("來自內蒙古自治區", "內蒙古自治區"),  # traditional script: the place kept as written
    ],
)
def test_posted_from_labels_give_a_place(label: str, place: str) -> None:
    assert poster_location(label) == place
    assert tidy_source(label) is None


@pytest.mark.parametrize("value", ["来自一点资讯", "来自 微博发布平台专业版", "发自我的iPhone", "新华社", *OUTLETS])
def test_other_values_are_no_poster_location(value: str) -> None:
    """``来自`` also names the app a post was sent with: only a place after it is a location."""
    assert poster_location(value) is None


def test_place_names_come_from_the_dictionary() -> None:
    assert all(map(is_place_name, ["内蒙古自治区", "辽宁省", "广东省深圳市", "中国香港", "四川南充"]))
    assert not any(map(is_place_name, [*OUTLETS, "中国市场", "北京青年报", "金融機関"]))


def test_dateline_place_is_no_outlet() -> None:
    """ifeng's dated line under the headline: ``2024年01月25日 18:03:35 来自内蒙古自治区``, the date cut."""
    assert dateline_credit(["来自内蒙古自治区"]) == ([], None)
    assert dateline_credit(["内蒙古自治区"]) == ([], None)  # the same line without its label
    assert [dateline_credit([o])[1] for o in OUTLETS] == list(OUTLETS)


def test_page_whose_dated_line_names_the_poster_location() -> None:
    """magic-html-bench article-97a2a5818ca17b03 (ifeng), scripts, styles and data attributes removed, and its
    account box too, so that the dated line is the only credit on the page: no outlet is stated."""
    art = newsmend.extract((PAGES / "ifeng-97a2a5818ca17b03.html").read_bytes())
    assert art.title == "巴以冲突，困住中国外贸人"
    assert art.date == "2024-01-25T18:03:35"
    assert art.source is None
    assert art.paragraphs[0].startswith("广东人Jenny 从未想过“巴以冲突”")


def test_place_after_the_outlet_ends_it() -> None:
    """163.com's line ``来源: 北青网-北京青年报 [icon]北京 举报``: the location and the report link are cut."""
    assert tidy_source("北青网-北京青年报 北京 举报") == "北青网-北京青年报"
    assert tidy_source("鞭牛士 北京 举报") == "鞭牛士"
    assert tidy_source("Flarum 中文社区") == "Flarum 中文社区"  # words after the first, but no place


def test_page_with_the_poster_location_after_the_source() -> None:
    """magic-html-bench article-bb5f5ce0c70bc623 (163.com), scripts, styles and data attributes removed."""
    art = newsmend.extract((PAGES / "163-bb5f5ce0c70bc623.html").read_bytes())
    assert art.title == "租户将车停自家院子要交“资源占用费”？村民打“12345”讨说法"
    assert art.source == "北青网-北京青年报"
    assert art.date == "2024-05-13T09:16:04+08:00"


def test_date_after_the_outlet_ends_it() -> None:
    assert tidy_source("光明网-《光明日报》 2024-05-20") == "光明网-《光明日报》"
    assert tidy_source("Reuters May 13, 2024") == "Reuters"


def test_page_whose_time_follows_the_source() -> None:
    """magic-html-bench article-a28ede747c822c44 (people.cn), scripts, styles and data attributes removed:
    ``<span>来源：<a>人民日报</a></span><span>2024-05-13 08:49</span>``."""
    art = newsmend.extract((PAGES / "people-a28ede747c822c44.html").read_bytes())
    assert art.title == "维护全人类共同利益需联手抵制保护主义"
    assert art.source == "人民日报"
    assert art.date == "2024-05-13T08:49"


#: A German press-release copy (the shape of trafilatura-eval t0704, a hunting magazine's 2022 post): the page's date
#: under the headline, the release's own date in the ``Quelle:`` credit closing the text.
RELEASE_COPY = (
    "<html lang='de'><head><title>Neue Online-Seminare</title></head><body><nav><a href='/'>Start</a>"
    "<a href='/jagd'>Jagd</a></nav><article><h1>Neue Online-Seminare</h1><p class='date'>3. Februar 2022</p>"
    "<p>Der Verband bietet ab März neue Online-Seminare für Presseobleute an, die in den Kreisgruppen arbeiten.</p>"
    "<p>Themen sind der Umgang mit den sozialen Medien sowie das Schreiben von Texten für die Lokalpresse.</p>"
    "<p>Die Teilnahme ist kostenlos, die Zahl der Plätze ist aber begrenzt und eine Anmeldung ist erforderlich.</p>"
    "<p>Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin</p></article>"
    "<footer><a href='/impressum'>Impressum</a></footer></body></html>"
)


def test_source_credit_closing_a_release_copy_leaves_the_text_and_dates_no_page() -> None:
    """``Quelle:`` labels a source as ``来源：`` does: the credit leaves the text, and its date (the release's) comes
    after the page's own dateline; the source is the outlet, without the comma set before that date."""
    article = newsmend.extract(RELEASE_COPY.encode())
    assert article.date is not None and article.date.startswith("2022-02-03")
    assert article.source == "Deutscher Jagdverband (DJV)"
    assert article.body is not None and "Quelle" not in article.body
    assert article.paragraphs[-1].startswith("Die Teilnahme ist kostenlos")


def test_a_closing_note_naming_the_texts_provider_is_the_source() -> None:
    """A Taiwanese tech site's press item (shaped after unseen-zh31's TechOrange page) closes with ``（本文訊息由台灣
    大哥大提供）`` and credits no one else: the provider is the source, where the footer's copyright had named the
    site; the note stays the text's last line, as magic-html's labels keep a closing source note, and is no
    picture's caption (``（X提供）`` alone is one)."""
    art = newsmend.extract((PAGES / "provided-note-press-item.html").read_bytes())
    assert art.source == "台灣大哥大"
    assert art.paragraphs[-1] == "（本文訊息由台灣大哥大提供）"
    assert art.captions == []


@pytest.mark.parametrize(
    ("paragraph", "source"),
    [
        ("（本文訊息由高通提供，內文與標題經 TechOrange 修訂後刊登。）", "高通"),
        ("預計年底前擴大至 30 個據點。（本文由台灣大哥大提供）", "台灣大哥大"),
        ("（本文内容由某某科技公司提供）", "某某科技公司"),
        ("（高通提供）", None),  # a picture's courtesy line: no text named
        ("記者會上，主辦單位表示（本文由主辦單位提供）相關資料將在會後公布。", None),  # the note does not close it
    ],
)
def test_provided_note_names_the_source(paragraph: str, source: str | None) -> None:
    from newsmend.fields.lines import provided_source_values

    assert [v.value for v in provided_source_values(paragraph)] == ([source] if source else [])


def test_a_source_line_outranks_the_provided_note() -> None:
    """A labelled ``来源：`` line names another outlet: the note's provider is the source only when none is named."""
    text = "市政府今天召开记者会，说明新的交通政策，预计下个月起在市区主要道路实施，并将持续评估成效。" * 2
    page = (
        "<html><head><title>交通新政下月实施</title></head><body><article><h1>交通新政下月实施</h1>"
        f"<p>来源：示范日报</p><p>{text}</p><p>{text}</p><p>{text}</p><p>（本文由示范市交通局提供）</p>"
        "</article></body></html>"
    )
    assert newsmend.extract(page.encode("utf-8")).source == "示范日报"
