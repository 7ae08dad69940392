"""Credits an outlet closes its text with, read into fields: an agency's staff credits in brackets (Reuters'
``(Reporting by X; Editing by Y)``) and a news service's line giving its editors' contacts (Bloomberg's ``To
contact the editors responsible for this story: X at x@…``), both staying the text's last line; and what a Chinese
page's statistics counter writes after the text and in the footer, which is neither text nor notice.

``credits/agency-copy-no-byline.html`` is a wire story written for these tests in the agency's form (no byline
over the text, the credits in brackets closing it); the Reuters page of unseen-en19 is a guarded audit page whose
byline names the writer and whose brackets credit additional reporting and the editors; the Bloomberg page of
unseen-en26 is a guarded audit page closing with its reporter's and editors' contact lines.
``credits/zh-county-news-counter.html`` is a county news site's story written for these tests, CNZZ's counter
(``站长统计 | 今日IP[…]``) closing its text's element and 全景统计's line under the site's notice in the footer.
"""

from __future__ import annotations

from tests.support.pages import extract_page

from newsmend.fields.lines import agency_credit_values, contact_editor_values, is_meta_line

AGENCY_COPY = "credits/agency-copy-no-byline.html"
REUTERS = "unseen-en19/reuters-gmail-china.html"
BLOOMBERG = "unseen-en26/bloomberg-jobs-recovery.html"
COUNTER = "credits/zh-county-news-counter.html"


def test_agency_credits_name_the_authors_and_the_editor_when_no_byline_does() -> None:
    article = extract_page(AGENCY_COPY)
    assert article.author == ["Bart Meijer", "Gus Trompiz", "Toby Sterling"]
    assert article.editor == "Mark Potter"
    assert article.paragraphs[-1] == (
        "(Reporting by Bart Meijer in Amsterdam and Gus Trompiz in Paris; Writing by Toby Sterling; Editing by Mark"
        " Potter)"
    )


def test_a_byline_outranks_the_agency_credits_and_additional_reporting_credits_no_author() -> None:
    article = extract_page(REUTERS)
    assert article.author == ["Paul Carsten"]
    assert article.editor == "Nick Macfie, Richard Chang"
    assert article.paragraphs[-1].endswith("Editing by Nick Macfie and Richard Chang)")


def test_agency_credit_shapes() -> None:
    short = "(Reporting by Chayut Setboonsarng and Panarat Thepgumpanat; Editing by Martin Petty)"
    assert [(v.field, v.value) for v in agency_credit_values(short)] == [
        ("author", "Chayut Setboonsarng and Panarat Thepgumpanat"),
        ("editor", "Martin Petty"),
    ]
    assert not is_meta_line(short)  # the text's closing line, not a byline that leaves it
    closing = "The talks resume on Friday. (Compiled by Jane Doe; Editing by Mark Potter)"
    assert [v.field for v in agency_credit_values(closing)] == ["author", "editor"]
    assert agency_credit_values("(Photo by John Smith)") == []
    assert agency_credit_values("(Reporting by Jane Doe; see our full coverage)") == []  # every part a credit
    assert agency_credit_values("He was (by all accounts) calm.") == []


def test_the_editors_contact_line_names_the_editors_and_stays_the_text() -> None:
    article = extract_page(BLOOMBERG)
    assert article.editor == "Chris Wellisz, Gail DeGeorge, Carlos Torres"
    assert article.author == ["Steve Matthews", "Alex Tanzi"]
    assert article.paragraphs[-1].startswith("To contact the editors responsible for this story: Chris Wellisz")


def test_contact_editor_shapes() -> None:
    line = "To contact the editors responsible for this story: Jane Doe at jdoe@example.net; John Roe at jr@example.net"
    assert [v.value for v in contact_editor_values(line)] == ["Jane Doe, John Roe"]
    assert contact_editor_values("To contact the reporter on this story: Jane Doe in Atlanta at jdoe@example.net") == []


def test_a_statistics_counter_is_neither_text_nor_notice() -> None:
    article = extract_page(COUNTER)
    assert article.paragraphs[-1].startswith("县园林部门负责人表示")
    assert "统计" not in (article.body or "")
    assert article.copyright == "主办：某某县委宣传部 版权所有 © 2024 某某县新闻网"
    assert article.editor == "王芳"
