"""Chinese and Taiwanese credit lines printed over the text: an outlet then its reporter after a slash, an agency's
dateline standing alone (a Taiwanese agency's, or a mainland one's with its reporters in brackets), one reporter
filing from two places, a ``丨`` after ``文``, a bar after ``记者``, the role after the names (``张三 李四 / 文``), a
day's word before the credit, a photographer credited after the writer, several labels in one line, the editor's
shapes (``责编：``, ``编辑/``, ``审核：``). Each reader is checked on the line, and four trimmed pages
(``tests/fixtures/pages/authors/``) end to end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsmend
from newsmend.fields.evidence import Evidence
from newsmend.fields.lines import is_meta_line, labelled_values
from newsmend.fields.people import credit_line, credit_outlet, dateline_reporters, dateline_source, split_names
from newsmend.fields.readers import read_editor

PAGES = Path(__file__).parent.parent / "fixtures" / "pages" / "authors"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("ETtoday新聞雲／張三", ["張三"]),  # an outlet, then its reporter: two characters are a name there
        ("TVBS新聞網／記者張三 李四", ["張三", "李四"]),
        ("中央社記者王大明台北28日電", ["王大明"]),  # an agency's dateline, its brackets dropped
        ("（中央社記者王大明台北28日電）", ["王大明"]),
        ("中央社記者歐陽大明、李小華華盛頓28日電", ["歐陽大明", "李小華"]),  # the place read off by jieba's list
        ("張三／台北 高雄報導", ["張三"]),  # one reporter, two places
        ("記者張三、李四／台北報導", ["張三", "李四"]),
        ("ETtoday新聞雲 記者張三／台北報導", ["張三"]),  # the outlet's name before the labelled credit
        ("記者張三 台北報導", ["張三"]),  # a space for the slash
        ("某某報記者張三台灣台北報導", ["張三"]),  # the places glued after the name
        ("今天 記者張三／台北報導", ["張三"]),  # a day's word before the credit is no name
        ("昨天记者张三／台北报道", ["张三"]),
        ("記者張三、記者李四／台北報導", ["張三", "李四"]),  # 記者 labelling the next reporter
        ("新华社北京3月5日电（记者张三、李四）", ["张三", "李四"]),  # a mainland agency's dateline on its own
        ("新華社北京3月5日電（記者張三）", ["張三"]),
        ("本报讯（记者 张三 通讯员 李四）", ["张三", "李四"]),
    ],
)
def test_credit_line_reads_the_reporters(line: str, names: list[str]) -> None:
    assert credit_line(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "社會中心／高雄",  # a desk and the place it filed from
        "三立新聞網／台北",  # an outlet and a place (jieba's dictionary lists 台北)
        "中央社記者王大明28日電",  # no place: where the name ends is unknown
        "記者會議報導",  # no place after the name either
        "中央社記者會上張三說明政策28日電後續",  # a sentence, not a dateline standing alone
        "ETtoday新聞雲／張三表示 政府將繼續推動",  # a sentence after the slash
        "某某 記者張三／台北報導",  # an unknown word before the credit: where the names start is unknown
        "新华社北京3月5日电（记者张三 摄）",  # a photographer's credit
        "新华社北京3月5日电（记者张三）今天，国务院新闻办公室举行发布会。",  # the dateline opens the text
    ],
)
def test_credit_line_names_no_one_when_unsure(line: str) -> None:
    assert not credit_line(line)


def test_credit_outlet_is_the_outlet_not_the_desk() -> None:
    assert credit_outlet("ETtoday新聞雲／張三") == "ETtoday新聞雲"
    assert credit_outlet("中央社記者王大明台北28日電") == "中央社"
    assert credit_outlet("生活中心／張三報導") is None
    assert credit_outlet("某報快訊／張三") is None
    assert credit_outlet("新华社北京3月5日电（记者张三、李四）") == "新华社"
    assert credit_outlet("本报讯（记者 张三）") is None  # "this paper": the page names no outlet
    assert credit_outlet("2024-03-05 10:00 新华社北京3月5日电（记者张三）") == "新华社"  # a strip's date first


def test_dateline_source_after_a_long_place_name() -> None:
    """A foreign city transliterated in seven characters (Vladivostok) ran past the place a dateline allowed."""
    assert dateline_source("新华社符拉迪沃斯托克9月13日电（记者陈畅　华迪）俄罗斯总统…") == "新华社"


def test_dateline_reporters_without_brackets_ends_at_the_space() -> None:
    assert dateline_reporters("中央社記者王大明台北28日電 行政院今天宣布新措施。") == ["王大明"]


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("（記者張三台北19日電）今天舉行。", ["張三"]),
        ("（記者張三、李四台北19日電）今天舉行。", ["張三", "李四"]),
        ("（记者张三北京报道）今天举行。", ["张三"]),
        ("（記者張三／台北報導）今天舉行。", ["張三"]),
        ("（记者/张三)由某某执导的电影。", ["张三"]),
    ],
)
def test_dateline_reporters_in_opening_brackets_without_an_outlet(paragraph: str, names: list[str]) -> None:
    """Brackets opening the paragraph with no dateline before them: the reporters without the place they filed
    from (the bracketed reading, :data:`_BRACKET_REPORTERS_RE`, before the dateline's, whose outlet is optional)."""
    assert dateline_reporters(paragraph) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("文丨张三", ["张三"]),
        ("文/张三 图/李四", ["张三"]),  # the photographer is no author
        ("文：張三 攝影：李四", ["張三"]),
        ("記者 張三 攝影 李四", ["張三"]),
        ("记者 张三 李四 报道", ["张三", "李四"]),
        ("本报记者 张三 通讯员 李四", ["张三", "李四"]),
        ("记者|张三", ["张三"]),  # a bar between the role and the names
        ("记者｜张三 李四", ["张三", "李四"]),
        ("記者 | 張三", ["張三"]),
        ("张三 李四 / 文", ["张三", "李四"]),  # the role after the names
        ("張三、李四／文", ["張三", "李四"]),
        ("张三/文 李四/图", ["张三"]),  # the photographer after the writer
        ("文 / 张三\u3000图 / 李四", ["张三"]),
    ],
)
def test_labelled_credit_names(line: str, names: list[str]) -> None:
    values = [v.value for v in labelled_values(line) if v.field == "author"] or [line]
    assert [n for v in values for n in split_names(v)] == names


def test_outlet_then_reporter_over_the_text() -> None:
    """A Taiwanese broadcaster's page (unseen-zh11's setn story, trimmed) with its credit printed as the outlet, a
    slash and the reporter (``三立新聞網／林上``): no author was read, and the line stayed in the text."""
    art = newsmend.extract((PAGES / "outlet-then-reporter.html").read_bytes())
    assert art.author == ["林上"]
    assert art.source == "三立新聞網"
    assert not any("三立新聞網" in p for p in art.paragraphs)


def test_agency_dateline_standing_alone_over_the_text() -> None:
    """The agency's story (unseen-zh11's cna story, trimmed) as a portal reprints it: the dateline a paragraph of
    its own without its brackets (``中央社記者沈佩瑤台北23日電``); the reporter was not read."""
    art = newsmend.extract((PAGES / "agency-dateline-alone.html").read_bytes())
    assert art.author == ["沈佩瑤"]
    assert art.source == "中央社"
    assert art.paragraphs[0].startswith("媒體報導")


def test_role_after_names_needs_the_whole_line() -> None:
    """A slash and a role word inside a longer line is no credit; a photographer's credit alone credits no author."""
    assert labelled_values("他说张三 / 文章写得很好") == []
    assert labelled_values("李四/摄") == []


def test_reporter_label_in_a_menu_labels_nothing() -> None:
    """``记者`` between a menu's bars is an item, not a label before the item after it."""
    assert labelled_values("首页 | 新闻 | 记者 | 评论") == []
    assert labelled_values("首页|记者|评论") == []


@pytest.mark.parametrize(
    ("line", "values"),
    [
        ("来源：人民日报  作者：张三  编辑：李四", [("source", "人民日报"), ("author", "张三"), ("editor", "李四")]),
        (
            "來源：人民日報\u3000作者：張三\u3000編輯：李四",
            [("source", "人民日報"), ("author", "張三"), ("editor", "李四")],
        ),
        ("记者｜张三 李四", [("author", "张三 李四")]),  # a bar after the reporter's label
        ("記者|張三", [("author", "張三")]),
        ("张三 李四 / 文", [("author", "张三 李四")]),  # the role after the names
        ("责编：李四", [("editor", "李四")]),
        ("编辑/李四", [("editor", "李四")]),
        ("審核：李四", [("editor", "李四")]),
        ("张三/文 李四/编辑", [("author", "张三"), ("editor", "李四")]),
    ],
)
def test_labels_in_one_line(line: str, values: list[tuple[str, str]]) -> None:
    assert [(v.field, v.value) for v in labelled_values(line)] == values


@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("编辑：张三 审核：李四", "张三"),
        ("审核：李四 责任编辑：张三", "张三"),  # the reviewer only when no other editor is credited
        ("審核：李四", "李四"),
        ("编辑：张三 责任编辑：李四", "李四"),  # the responsible editor, whom the field reports, before the desk editor
        ("编辑/张三 责编：李四 审核：王五", "李四"),
        ("编辑|张三 责编|李四 校对|王五", "李四"),  # a staff block's bars (a government account's copy)
    ],
)
def test_responsible_editor_first_and_the_reviewer_last(line: str, editor: str) -> None:
    assert read_editor(Evidence(labelled=labelled_values(line))) == editor


def test_closing_reporters_of_this_paper() -> None:
    """``（本报记者 张三）`` closing the last paragraph, simplified and traditional."""
    text = "这是一个很长的段落，用来说明新闻的内容。" * 8
    for closing, names in (("（本报记者 张三）", ["张三"]), ("（本報記者 張三 李四）", ["張三", "李四"])):
        page = f"<article><h1>某地举行活动</h1><p>{text}</p><p>{text}{closing}</p></article>"
        assert newsmend.extract(page.encode()).author == names


def test_agency_dateline_on_its_own_line() -> None:
    """A Xinhua story (unseen-zh10's, trimmed) as a site reprints it: the dateline with its reporters in brackets a
    paragraph of its own over the text, no 来源 line. The reporters were read but not the agency (main read the
    headline the mobile header repeats over the date as the outlet): the agency is the source, and the line leaves
    the text."""
    art = newsmend.extract((PAGES / "agency-dateline-own-line.html").read_bytes())
    assert art.author == ["陈畅", "华迪"]
    assert art.source == "新华社"
    assert art.editor == "刘笑冬"
    assert art.paragraphs[0].startswith("俄罗斯总统普京")


def test_agency_dateline_never_overrules_a_stated_source() -> None:
    """The same page with the site's 来源 line: the source the page states stays."""
    html = (PAGES / "agency-dateline-own-line.html").read_text("utf-8")
    head = '<div class="head-line clearfix">'
    stated = html.replace(head, f'<div class="source">来源：新华网</div>\n{head}')
    art = newsmend.extract(stated.encode())
    assert art.source == "新华网"
    assert art.author == ["陈畅", "华迪"]


def test_repeated_headline_over_the_date_is_no_outlet() -> None:
    """The same page without the dateline: its mobile header repeats the headline over the date standing alone,
    which was read as the outlet (source '普京与金正恩举行会谈'); the page names none."""
    html = (PAGES / "agency-dateline-own-line.html").read_text("utf-8")
    undated = html.replace("<p>　　新华社符拉迪沃斯托克9月13日电（记者陈畅　华迪）</p>", "")
    art = newsmend.extract(undated.encode())
    assert art.source is None
    assert art.date == "2023-09-13T21:54:34"


def test_reporters_after_a_bar_over_the_text() -> None:
    """A district news site's story (zh-unlabelled's zsnews page, trimmed) crediting its reporters ``记者｜梁志强
    何家明`` under the headline, and closing with ``编辑/龙慧　审核：何卫东``: no author was read."""
    art = newsmend.extract((PAGES / "reporters-after-a-bar.html").read_bytes())
    assert art.author == ["梁志强", "何家明"]
    assert art.editor == "龙慧"
    assert not any("梁志强" in p for p in art.paragraphs)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Author: Julia Hitz (eg)", ["Julia Hitz"]),  # trafilatura-eval t0985's credit closing the text
        ("Von Peter Müller (dpa)", ["Peter Müller"]),
        ("Von Anna Berg (ab/dpa) und Jan de Vries (red.)", ["Anna Berg", "Jan de Vries"]),
        ("Autor: Julia Hitz (eg) | 12.03.2021", ["Julia Hitz"]),
        ("(Author: Julia Hitz)", ["Julia Hitz"]),  # brackets around the whole line still go
    ],
)
def test_desk_initials_after_a_name_sign_off(line: str, names: list[str]) -> None:
    """A German or Dutch byline closes the writer's name with the desk's or agency's initials in brackets: the
    value keeps its closing bracket (it lost it, and the name its shape), and the sign-off is no part of the name."""
    values = [v.value for v in labelled_values(line) if v.field == "author"]
    assert [n for v in values for n in split_names(v)] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45", ["Pamela Sladky"]),  # t0702's info line
        ("Ein Artikel von Miriam Ruhenstroth, veröffentlicht am 23.01.2020", ["Miriam Ruhenstroth"]),
        ("Posted on May 3, 2024 by Jane Doe · May 3, 2024", ["Jane Doe"]),  # a by-word's credit before a dated field
        ("Ein Interview von Anna Berg mit Olaf Scholz", ["Anna Berg"]),  # the interviewer, not the interviewee
        ("Interview by Jane Doe with John Smith", ["Jane Doe"]),
        ("Das Gespräch führte Anna Berg.", ["Anna Berg"]),
        ("采访：张三", ["张三"]),
    ],
)
def test_credit_phrases_name_the_writer(line: str, names: list[str]) -> None:
    """A credit phrase naming the piece before its writer (``Ein Artikel von``), a date's field after a bar, and an
    interview's credit, whose writer is the interviewer."""
    values = [v.value for v in labelled_values(line) if v.field == "author"]
    assert [n for v in values for n in split_names(v)] == names


def test_byline_over_the_text_outranks_a_book_credit_closing_it() -> None:
    """trafilatura-eval t0702, trimmed: the info line under the headline credits the writer (``Ein Artikel von X |
    27.01.2022 - 12:45``); the book the story presents, credited ``von X, Y und Z`` at the text's end, had given
    its three authors as the story's."""
    art = newsmend.extract((PAGES / "article-by-over-a-book-credit.html").read_bytes())
    assert art.author == ["Pamela Sladky"]
    assert "Ein Artikel von" not in art.body


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Ein Interview von Eugen Zentner mit Sonja Silberhorn.", True),  # trafilatura-eval t0877, under its standfirst
        ("Das Gespräch führte Anna Berg.", True),
        ("Ein Beitrag von Spiegel Online berichtete gestern über den Fall.", False),  # a sentence opening so
    ],
)
def test_a_credit_phrase_closed_by_a_full_stop_is_a_credit(line: str, credit: bool) -> None:
    assert is_meta_line(line) is credit


def test_an_interview_credit_outranks_the_poster_in_the_metadata() -> None:
    """trafilatura-eval t0877, trimmed: ``<meta name="author">`` names the WordPress account that posted the interview,
    credited nowhere on the page; the credit under the standfirst names its interviewer (``Ein Interview von Eugen
    Zentner mit Sonja Silberhorn.``), the writer, and leaves the text. Its interviewee is no author."""
    art = newsmend.extract((PAGES / "interview-credit-over-poster.html").read_bytes())
    assert art.author == ["Eugen Zentner"]
    assert "Ein Interview von" not in art.body
