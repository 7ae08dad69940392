"""Chinese and Taiwanese credit lines printed over the text: an outlet then its reporter after a slash, an agency's
dateline standing alone, one reporter filing from two places, a ``丨`` after ``文``, a photographer credited after
the writer. Each reader is checked on the line, and two trimmed pages (``tests/fixtures/pages/authors/``) end to end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsmend
from newsmend.fields.lines import labelled_values
from newsmend.fields.people import credit_line, credit_outlet, dateline_reporters, split_names

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
    ],
)
def test_credit_line_names_no_one_when_unsure(line: str) -> None:
    assert not credit_line(line)


def test_credit_outlet_is_the_outlet_not_the_desk() -> None:
    assert credit_outlet("ETtoday新聞雲／張三") == "ETtoday新聞雲"
    assert credit_outlet("中央社記者王大明台北28日電") == "中央社"
    assert credit_outlet("生活中心／張三報導") is None
    assert credit_outlet("某報快訊／張三") is None


def test_dateline_reporters_without_brackets_ends_at_the_space() -> None:
    assert dateline_reporters("中央社記者王大明台北28日電 行政院今天宣布新措施。") == ["王大明"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("文丨张三", ["张三"]),
        ("文/张三 图/李四", ["张三"]),  # the photographer is no author
        ("文：張三 攝影：李四", ["張三"]),
        ("記者 張三 攝影 李四", ["張三"]),
        ("记者 张三 李四 报道", ["张三", "李四"]),
        ("本报记者 张三 通讯员 李四", ["张三", "李四"]),
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
