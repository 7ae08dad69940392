"""An eighty-sixth audit on Chinese pages outside the dev set, and what newsmend reads on them: a school's site.

The search went after the page kinds the audits have fewer of (notices, school and government pages, pages pasted from
Word): ``find_string`` on the info lines of old CMS templates (``来源：本站原创``, ``【字体：``, ``【关闭窗口】``,
``打印本页``) found mostly templates and scrapers' snippets, and one mirror of a whole site: tangyixiao/Shaoxingyizhong,
the saved ASP.NET pages (PowerEasy CMS) of a provincial key high school (``绍兴市第一中学``), some 15,000
``Item/N.aspx`` articles from 2008 on. Read in 16,000-character pieces and trimmed of scripts, the admin-edit and
hit-counter snippets and most of the main menu (its ``新闻中心`` and ``莘莘学子`` lists kept), in
``tests/fixtures/pages/unseen-zh43/``:

- ``Item/3621.aspx``: a 2011 club report (``社团风采``): an ``h2.title``, an ``h3.subTitle`` repeating it, the info line
  (``文章来源：本站原创 作者：佚名 发布时间：2011年03月28日 点击数：``), then the text pasted from Word, the title set
  again in bold, one paragraph on the reading club's evening of Hai Zi's poems and ``附海子诗歌四首：`` in
  ``div.Section1``, the four poems (``《房屋》``, ``《面朝大海， 春暖花开》``, ``《月光》``, ``《跳伞塔》``), a ``<p>``
  per verse, in ``div.Section2``; a print button, the previous and next items, the sidebar's ``推荐阅读`` list of the
  club page's latest notices and the footer (``sxyz-club-haizi-2011.html``: the last three poems cut, the first kept
  whole, 46.7 KB to 19.7 KB; the full page was not assembled, the cut verses being more ``<p>`` lines of the same make).
- ``Item/3123.aspx``: a 2010 teacher's essay that won a city's prize (``教研成果``), of the same template: the
  ``h2.title`` (``绍兴市2010年高考征文一等奖——得其“意”而不忘“言”``), its subtitle in the ``h3.subTitle``
  (``——从高考导向看高中文言文教学``), the info line crediting ``作者：傅雅飞``, then the essay pasted from Word with no
  section divs, opening with its writer's school and name (``绍兴市第一中学 傅雅飞``) over twenty-odd paragraphs
  (``sxyz-essay-classical-chinese-2010.html``: the head, menu and footer as trimmed on the club report, which shares
  them; of the essay the writer's line, the first three paragraphs and the last three kept, 43.0 KB to 21.9 KB; the full
  page was not assembled).
- ``Item/4991.aspx``: a 2014 notice of the school's office (``学校公告`` > ``党政办``), the school's standing call for
  senior teachers: the same header (title, subtitle repeating it, info line with ``作者：佚名``), then the notice pasted
  from Word without section divs, a paragraph on the school, two bold labels each over a paragraph (``引进对象：``,
  ``录用程序：``) and three contact lines (address and post code, web address and the application mailbox, contacts and
  telephone numbers) (``sxyz-notice-talent-2014.html``: the article's piece read whole, the head, menu and footer as on
  the others; 30.4 KB to 19.0 KB).

None is in the dev set (by their sentences). On the club report, read wrong and fixed: of the text only the report's
paragraph was read. It won alone (the other lines are no prose) and grew over its section's two other lines as a thread
of posts of kind ``div.Section1``, and the verses in ``div.Section2``, outside those posts, went as their furniture (and
``附海子诗歌四首：`` with the widget run of tiny lines it opened). Word splits a document at its section breaks into
``div.Section1``, ``div.Section2`` (``WordSection1`` since Word 2010), parts of one text: they are now one element kind,
numbers aside (``content/paths.py``, ``_WORD_SECTION``), the verses lines of the posts (0 dev pages change). Then the
title set again in bold opened the text: a repeated headline leaves only among the body's first three lines, and the
title, subtitle and info line stood before it; the field lines that left before the text no longer count against that
edge (``fields/evidence.py``, as for bylines; 1 dev page changes, trafilatura-eval t0890's headline under its kicker,
right). Read right: the title, no author (``佚名``, anonymous), the day, the footer's copyright; the sidebar list, the
previous and next items and the print button out. Left as found: no source (``本站原创`` says the school wrote it); the
sidebar's latest notices are no related items. trafilatura keeps the sidebar list, the info line, the title three times
and the previous and next items, and dates the page 2025; readability and gne stop before the poems (gne splits the
date's figures into lines of their own) and gne reads ``佚名`` as the author.

On the essay, read wrong and fixed: its writer's school and name stayed the text's first paragraph. Once the lines
around the text are read, a first line that ends no sentence, is short and ends with a name a labelled author line gives
(``作者：X``), not one of the page's own names, leaves it: the byline a manuscript sets under its title
(``fields/evidence.py``, ``_names_credited_writer``; taking the names of bylines too took CNN's dateline lines,
``Washington CNN``, on 3 dev pages; as kept, 0 dev pages change). Read right: the title, the author from the info line,
the day, the essay from its first paragraph to its last, the subtitle out of the text (newsmend has no field for it).
trafilatura keeps the sidebar list, the title, the subtitle and the writer's line and dates the page 2007; readability
keeps the writer's line and drops the closing paragraph; gne reads the fields right.

The notice reads right: the title, no author (``佚名``), no author e-mail (the application mailbox is the school's, in
the text), the day, its paragraph on the school first and its contacts' line last, both labels kept over their
paragraphs and the address and mailbox lines in the text, where an applicant needs them; the repeated title, the info
line, the sidebar list and the item links out. trafilatura keeps the sidebar list, the title twice, the info line and
the previous and next items and dates the page 2015; readability keeps the titles and info line; gne splits the figures
into lines and reads ``佚名`` as the author.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.content.paths import element_kind
from newsmend.fields.evidence import Evidence, _names_credited_writer
from newsmend.fields.lines import labelled_values

GUARDS = [
    # Read right after the fixes: the title, no author, the day, the report's paragraph first and the first poem's
    # last verse last; the title set again in the text, the info line, the sidebar list and the item links out.
    Guard(
        "unseen-zh43/sxyz-club-haizi-2011.html",
        "朗诵社开展海子诗歌主题活动",
        None,
        "2011-03-28",
        "3月25日，我校朗诵社在团学活动室组织开展了名为“海子·孩子”的主题诗歌朗诵活动。",
        "遮蔽你也遮蔽我",
        ("文章来源", "佚名", "点击数", "推荐阅读", "社团课通知", "上一篇", "绿色联盟植树节活动纪实", "打印正文"),
    ),
    # Read right after the fix: the title, the info line's author, the day, the essay's first paragraph first and
    # its conclusion last; the subtitle, the writer's line, the sidebar list and the item links out.
    Guard(
        "unseen-zh43/sxyz-essay-classical-chinese-2010.html",
        "绍兴市2010年高考征文一等奖——得其“意”而不忘“言”",
        ["傅雅飞"],
        "2010-12-23",
        "浙江省自主命题至今已经七年。",
        "文言文教学都需要我们既得“意”又不忘“言”，哪一方面都不能偏废。",
        ("从高考导向看", "绍兴市第一中学 傅雅飞", "文章来源", "推荐阅读", "获奖名单", "2011年度各级教研课题"),
    ),
    # Read right: the title, no author, the day, the paragraph on the school first and the contacts' line last; the
    # repeated title, the info line, the sidebar list and the item links out.
    Guard(
        "unseen-zh43/sxyz-notice-talent-2014.html",
        "绍兴市第一中学面向全国引进高层次人才公告",
        None,
        "2014-12-31",
        "绍兴市第一中学是一所横跨三个世纪的百年名校，是浙江省首批一级重点中学。",
        "联系人及电话: 丁老师 0575—85338080 朱老师 18906858070",
        ("文章来源", "佚名", "推荐阅读", "主题党日活动", "新教师录用人选公告", "国际部报名通知", "打印正文"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_word_sections_are_one_kind() -> None:
    """The parts Word splits a document into are one element kind; a site's own numbered classes are not."""
    assert element_kind("div.Section1") == element_kind("div.Section2") == "div.Section"
    assert element_kind("div.WordSection3") == "div.WordSection"
    assert element_kind("div.col-1") != element_kind("div.col-2")
    assert element_kind("div.section1") == "div.section1"


def test_poems_pasted_from_word_stay_after_the_report() -> None:
    """The verses of the Word document's second section follow the report's lines, one line each, and the title set
    again over the report leaves the text."""
    paragraphs = extract_page("unseen-zh43/sxyz-club-haizi-2011.html").paragraphs
    assert paragraphs[1:4] == ["附海子诗歌四首：", "《房屋》", "你在早上"]
    assert len(paragraphs) == 19
    assert "朗诵社开展海子诗歌主题活动" not in paragraphs


def test_a_manuscripts_byline_opening_the_text_leaves_it() -> None:
    """The writer's unit and name over the essay go when an info line labels the name as the author; a line naming
    someone else, a sentence, or the page's own name stays."""
    found = Evidence(labelled=labelled_values("文章来源：本站原创 作者：傅雅飞 发布时间：2010年12月23日"))
    assert _names_credited_writer("绍兴市第一中学 傅雅飞", found, [])
    assert _names_credited_writer("傅雅飞", found, [])
    assert not _names_credited_writer("绍兴市第一中学 王小明", found, [])
    assert not _names_credited_writer("我们都知道傅雅飞。", found, [])
    outlet = Evidence(labelled=labelled_values("作者：Eric Bradner, CNN"))
    assert not _names_credited_writer("Washington CNN", outlet, ["CNN"])
    article = extract_page("unseen-zh43/sxyz-essay-classical-chinese-2010.html")
    assert article.author == ["傅雅飞"]
    assert len(article.paragraphs) == 6


def test_a_notices_labels_and_contact_lines_are_its_text() -> None:
    """The notice's bold labels stay over their paragraphs and its contact lines close it; the application mailbox
    is the school's, no author's address."""
    article = extract_page("unseen-zh43/sxyz-notice-talent-2014.html")
    assert article.paragraphs[1] == "引进对象："
    assert article.paragraphs[3] == "录用程序："
    assert article.paragraphs[-2] == "学校网址：www.sxyz.net 应聘邮箱:shaoxyz18970303@163.com"
    assert len(article.paragraphs) == 8
    assert article.author_email is None
