"""A sixty-ninth audit on mainland Chinese news pages outside the dev set, and what newsmend reads on them.

The page is a search portal's news platform page saved whole as one line in a comment of a share-link module's
JavaScript (code index file 27558620966, 58,000 characters: ``find_string`` names no repository), read in
16,000-character pieces and transcribed trimmed (its text kept as the page writes it), in
``tests/fixtures/pages/unseen-zh37/``:

- ``baijiahao-shaoyang-integrity-2020.html``: a 2020 story on Baidu's news platform (``baijiahao.baidu.com``, the
  ``landingsuper`` template), an account's copy of a city's integrity series, ``「“廉洁单位”创建书记谈第十二期」
  黄艳娥：打造廉洁亮丽名片 推动大祥高质量发展``: ``<title>`` and ``<meta itemprop="dateUpdate" content="2020-10-10
  00:17:05">``, the platform's data script (``s_advert``: the content's address and the time the page was served,
  ``2020-10-13 09:34:51``), the search bar's header and sign-in menu, the headline in an ``h2``, the account's icon,
  its name (``湖南24小时``) over ``发布时间：10-10`` ``00:17`` and its badge (``湖南热点新闻官方帐号``), in
  ``div.article-content`` a video (``04:30``), the interview's heading and sub-heading, a picture and six paragraphs,
  the last closing with its writers in brackets (``……充盈正气。（陈湘林 罗俊）``), then the series' production
  credits a line each (``策划：市纪委监委、市委宣传部``, ``文稿：邵阳日报``, ``视频：邵阳广播电视台``), the editor's
  and the reviewer's lines (``编辑：陈湘林``, ``审核：彭茂华``), the series' account (``清廉邵阳``),
  ``【来源：清廉邵阳】`` and the reprinting outlet's notice (``声明：转载此文是出于传递更多信息之目的。……``), the
  report button, the right column's ``作者最新文章`` (three stories) and ``相关文章`` (one), an ad slot and the
  portal's footer (``京ICP证030173号``). Trimmed: the data script's domain map and session ids and the search
  globals cut to a few keys, the closing scripts (the feedback loader) to a line.

It is not in the dev set (by its sentences; the dev set's baijiahao pages are other stories).

newsmend read the headline, the date and time from the metadata (the heading line's ``10-10`` names no year), the
text from the interview's heading on (as trafilatura and readability do) and the reprint's notice as the copyright,
but closed the text with the three production credits, and so read no author, no editor and no source (trafilatura
and readability keep every line down to the notice in the text; trafilatura reads a teaser's headline as the title
and ``湖南`` as the author). Three mechanisms, each needed:

- the credits were prose: no label named them. Fixed (``fields/lines.py``, ``LABELS["crew"]``): ``策划``, ``统筹``,
  ``监制``, ``出品``, ``文稿``, ``视频``, ``摄像`` label credits no field keeps, after a colon and before names
  only (no clause's comma, no sentence's end: the video's note over unseen-zh25's text, ``视频：《山楂树》全球首映，
  张艺谋被逼问初恋。``, stays its line), so that their lines are credit lines and leave the text's end as an
  editor's line does;
- the writers' names in brackets closing the last paragraph hid its sentence's end, so the first credit line was
  not read as the one right after the text (only the last three body lines and that one may leave it). Fixed
  (``fields/lines.py``, :func:`~newsmend.fields.lines.ends_credited_sentence`, used by ``_is_sentence`` in
  ``fields/evidence.py`` and by ``is_meta_line``, which already looked through such a credit): a line ends a
  sentence once a credit in brackets closing it is looked through; the writers then came from the brackets
  (``closing_name``);
- the selection kept the notice but skipped the four short lines before it, and nothing read lines it skipped
  between the body's last lines (those between its first lines are read: ``skipped_head``). Fixed
  (``fields/evidence.py``, :func:`~newsmend.fields.evidence.skipped_tail`): they are read for their fields as the
  lines around the body are, giving the editor (the desk editor before the reviewer) and the source.

None of the 798 dev pages changes with the first two; 7 change with the last: five list one more caption, a
picture's line the selection skipped among the body's last lines (readability-testpages ehow-1's ``Placed on a
wooden slice (Lucy Akins)``, ehow-2's and nytimes-5's picture credits, folha's gallery figure caption,
trafilatura-eval t0115's ``Fotolia 755112 – deadline concept``); two (gne-zh thepaper-2 and thepaper-4, a WeChat
copy's credits ``编辑|禤志杰 责编|陈梦莹 校对|…``) gain an editor, none before (the responsible editor 陈梦莹 since the
responsible editor's label ranks first).
"""

from __future__ import annotations

from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend
from newsmend.fields.evidence import skipped_tail
from newsmend.fields.lines import ends_credited_sentence, is_meta_line, labelled_values

PAGE = "unseen-zh37/baijiahao-shaoyang-integrity-2020.html"

# The writers from the brackets closing the text, the date and time from the metadata, the interview's heading
# first and the credited paragraph last; the production credits, the editor's and reviewer's lines, the account's
# name, the source line, the notice, the side column and the footer out.
GUARD = Guard(
    PAGE,
    "「“廉洁单位”创建书记谈第十二期」黄艳娥：打造廉洁亮丽名片 推动大祥高质量发展",
    ["陈湘林", "罗俊"],
    "2020-10-10T00:17:05",
    "打造廉洁亮丽名片 推动大祥高质量发展",
    "成为党员干部的工作生活习惯和干事创业的充盈正气。（陈湘林 罗俊）",
    ("策划", "文稿", "视频：", "编辑：", "审核", "【来源", "声明", "作者最新文章", "相关文章", "京ICP证"),
)


def test_guard_page_reads_right() -> None:
    assert_reads_right(GUARD)


def test_platform_story_fields() -> None:
    """The platform's story: eight paragraphs, the desk editor (not the reviewer after them), the source line's
    account, the reprint's disclaimer (the footer's ``© Baidu`` the notice of rights), the account's recent stories
    first among the related ones."""
    article = extract_page(PAGE)
    assert len(article.paragraphs) == 8
    assert article.editor == "陈湘林"
    assert article.source == "清廉邵阳"
    assert article.disclaimer is not None and article.disclaimer.startswith("声明：转载此文是出于传递更多信息之目的。")
    assert article.copyright == "© Baidu"
    assert article.related[0].title == "《金刚川》10月25日上映，张译吴京李九霄魏晨奋勇迎战"


def test_production_credits_are_credit_lines() -> None:
    """A production credit (``策划：X``, ``视频：X``) is a credit line no field keeps; after a space, inside prose or
    before a video's title in a sentence (unseen-zh25's note over its text) the word labels nothing."""
    assert [(v.field, v.value) for v in labelled_values("策划：市纪委监委、市委宣传部")] == [
        ("crew", "市纪委监委、市委宣传部")
    ]
    assert is_meta_line("文稿：邵阳日报")
    assert is_meta_line("视频：邵阳广播电视台")
    assert not is_meta_line("视频 邵阳广播电视台")
    assert not is_meta_line("这次活动由市委宣传部策划，邵阳广播电视台摄像。")
    assert not is_meta_line("视频：《山楂树》全球首映，张艺谋被逼问初恋。")


def test_credited_sentence_ends_the_text() -> None:
    """A line ends a sentence once the credit in brackets closing it is looked through; a line of names in brackets
    alone, or one ending mid-clause, does not."""
    assert ends_credited_sentence("成为干事创业的充盈正气。（陈湘林 罗俊）")
    assert ends_credited_sentence("成为干事创业的充盈正气。")
    assert not ends_credited_sentence("（陈湘林 罗俊）")
    assert not ends_credited_sentence("据记者了解（陈湘林 罗俊）")


def test_skipped_tail_lines() -> None:
    """The blocks the selection skipped among the body's last four lines; none for a body without gaps."""
    assert skipped_tail([3, 4, 5, 6, 7, 12]) == [8, 9, 10, 11]
    assert skipped_tail([1, 5, 6]) == [2, 3, 4]
    assert skipped_tail([3, 4, 5]) == []
    assert skipped_tail([]) == []


_PARAGRAPHS = "".join(
    f"<p>第{n}段：大祥区以创建活动为载体，进一步改进干部作风、提升单位形象、净化政治生态，推动各项工作高质量发展。</p>"
    for n in range(1, 6)
)


def test_credits_between_text_and_notice_are_read() -> None:
    """Short credit lines between the text and a closing notice give the editor and the source, and stay out of
    the text."""
    html = (
        "<html><body><h1>打造廉洁亮丽名片</h1><div class='article-content'>"
        f"{_PARAGRAPHS}<p>策划：市委宣传部</p><p>编辑：张三</p><p>审核：李四</p><p>【来源：清廉邵阳】</p>"
        "<p>声明：转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益，请与本网联系，我们将及时更正、删除，谢谢。</p>"
        "</div></body></html>"
    )
    article = newsmend.extract(html)
    assert article.editor == "张三"
    assert article.source == "清廉邵阳"
    assert article.body is not None and "策划" not in article.body and "编辑" not in article.body
