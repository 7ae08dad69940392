"""An eightieth audit on Chinese news pages outside the dev set, and what newsmend reads on them.

The search first went after saved pages of the outlets outside the mainland (Hong Kong, Taiwan, Singapore, Malaysia
and the overseas Chinese editions): ``find_string`` on their ``og:site_name`` values (``聯合新聞網``, ``自由時報``,
``中央社 CNA``, ``香港01``, ``東方日報``, ``ETtoday新聞雲``, ``星洲网``, ``联合早报``, ``BBC News 中文``), their
``<title>`` suffixes, their bylines (``〔記者``, ``（中央社記者``, ``【明報專訊】``), their article containers
(``data-desc="內容頁"``, ``article-content__editor``, ``div.story[itemprop=articleBody]``) and their footers
(``自由時報版權所有不得轉載``, ``非經授權，不得轉載``) found only scrapers' selectors, tests' snippets, RSS samples and
templates (a PHP news board in a Taiwanese daily's header and footer, a JSP page of a city police site): no saved
page. The page guarded here is a mainland one, found by the full-width indentation its paragraphs open with
(``<p>　　本报讯``), read whole (one 10,175-character piece) and bundled whole, in
``tests/fixtures/pages/unseen-zh42/``:

- ``dahe-teachers-day-2010.html`` (code index file 30879230853, an ASP.NET skin-switching exercise built on a saved
  page): a 2010 spread of a provincial news portal (``大河网``) for Teachers' Day, reprinted from the province's daily:
  the exercise's own ``<title>`` (``在网页中实现皮肤切换``) and skin menu (``默认``, ``蓝皮肤``, ``灰皮肤``) over the
  portal's three menu lists, the headline in an ``h1`` (``河南专任教师达110万人 特别的爱给特别的你``), a ``div#msg``
  line with the time, the source and an empty author (``2010年09月10日09:14``, ``来源:大河网-河南日报``), six
  pictures, four of them captioned by a centred paragraph after them each closed by its photographers' credit
  (``王铮 杨东辉 摄``, ``⑧3陈更生 宋洁 摄``), then an editor's note and seven short stories under bold subheads,
  each with its own reporters (``（记者冯芸）``, ``本报讯（记者李铮通讯员王飞李永）``, ``□本报记者张靖本报通讯员郜敏``),
  and a sidebar ``<iframe>`` pointing at the saved page's files.

Not in the dev set (by its sentences). It reads right: the on-page headline as the title over the exercise's
``<title>`` (readability takes the latter), the time and the source from the header line (trafilatura the day and no
source), no author (seven stories, each with its reporters: none is the page's), the captions and the stories'
paragraphs as the page writes them, in order, the skin menu, the portal's menus and the sidebar out. Fixed: the
captions field listed two of the four captions (43 and 72 characters); the other two hold 95 and 102, over the 90
an unframed caption may hold (``fields.lines.CAPTION_MAX_CHARS``), though their photographers' credit closes them
too. Not counting the credit in the length, as the dated agency credit is not, would have left the second at 94,
still over. A line set right under a picture (``Block.under_picture``: an ``<img>`` since the previous block with
text, ``html.parse``) and closed by its photographers' credit (``摄`` last) is now a caption up to the framed
caption's 180 characters (``fields.lines.is_credited_caption``, ``fields.evidence._credited_under_picture``): the
picture and the credit mark it at both ends. The four are listed, and stay in their place in the text as captions
written as paragraphs do. No dev page changes (dump.py: 0 of 798 differ).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.fields.lines import FRAMED_CAPTION_MAX_CHARS, is_credited_caption
from newsmend.html.parse import parse_html

GUARDS = [
    # Read right: the on-page headline over the exercise's <title>, no author (seven stories, each with its own
    # reporters), the header line's time, the first caption first and the last story's closing line last; the
    # skin menu, the portal's menus and the sidebar out.
    Guard(
        "unseen-zh42/dahe-teachers-day-2010.html",
        "河南专任教师达110万人 特别的爱给特别的你",
        None,
        "2010-09-10T09:14",
        "9月9日，漯河市召陵区实验小学的学生们向老师敬礼",
        "在人们心中，李琳老师从未离开。",
        ("在网页中实现皮肤切换", "蓝皮肤", "焦点网谈", "濮阳", "来源:大河网"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_a_reprinted_spread_keeps_its_source_subheads_and_short_captions() -> None:
    """The header line's source is the article's (``大河网-河南日报``); the bold subheads stay lines of the text, in
    order."""
    article = extract_page("unseen-zh42/dahe-teachers-day-2010.html")
    assert article.source == "大河网-河南日报"
    assert article.paragraphs[4] == "编者按"
    assert article.paragraphs[6] == "110万“园丁”奉献三尺讲台"
    assert article.paragraphs[35] == "——追记太康县回族中学校长李琳"
    assert len(article.paragraphs) == 46


def test_credited_lines_under_pictures_are_captions() -> None:
    """The four lines under the spread's pictures, each closed by its photographers' credit, are its captions, the
    two longer than an unframed caption's 90 characters too (95 and 102), and stay in their place in the text."""
    article = extract_page("unseen-zh42/dahe-teachers-day-2010.html")
    assert [len(caption) for caption in article.captions] == [43, 72, 95, 102]
    assert article.captions[3].endswith("王铮 杨东辉 摄")
    assert article.paragraphs[:4] == article.captions


def test_a_line_closed_by_a_photo_credit_is_a_caption_only_under_a_picture() -> None:
    """``html.parse`` marks a block right under a picture, whether the picture stands in a paragraph of its own or
    opens the block; the credit alone, or the place alone, makes no caption."""
    credited = "学生们纷纷送鲜花给老师，以此表达自己对老师的感恩之情。" * 3 + "⑧3陈更生 宋洁 摄"
    assert is_credited_caption(credited)
    assert is_credited_caption("外交部发言人答记者问（新华社记者李学仁摄）")
    assert not is_credited_caption("记者昨天在现场拍摄时看到，学生们纷纷送鲜花给老师。")
    assert not is_credited_caption("摄" * (FRAMED_CAPTION_MAX_CHARS + 1))
    page = (
        f"<html><body><div><p><img src='a.jpg'> </p></div><p>{credited}</p><p>{credited}</p>"
        f"<p><img src='b.jpg'>图注 王铮 摄</p></body></html>"
    )
    blocks = parse_html(page).blocks
    assert [block.under_picture for block in blocks] == [True, False, True]
