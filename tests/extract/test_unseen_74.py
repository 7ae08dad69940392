"""A seventy-fourth audit on mainland Chinese news pages outside the dev set, and what newsmend reads on them.

The pages were saved as string literals in tests of other projects (``find_string`` names neither repository), read in
16,000-character pieces and transcribed, in ``tests/fixtures/pages/unseen-zh39/``:

- ``qq-xiangjiang-memorial-2021.html`` (a Go test's raw string, code index file 49402791648, 17,600 characters: the
  page twice, once in a commented-out ``main`` and once in ``TestLinkUtil``): a 2021 story on Tencent's news site
  (``new.qq.com``, the ``rain`` template the dev set's gne-zh qq-qq and the forty-eighth audit's rumour list use), a
  state broadcaster's app's piece on the memorial park of the Xiangjiang battle, ``跟随总书记的脚步
  忆浴血湘江悟苦难辉煌``: ``<meta name="apub:time">`` in a US clock's format (``4/26/2021, 10:52:40 AM``, the page's
  last update), the page-data script (``window.DATA``: the publishing account, ``"media": "央视新闻客户端"``, and
  ``"pubtime": "2021-04-26 10:36:29"``), empty boxes the scripts fill (the top bar, the tool column, the comments,
  the recommendations, the right column, the footer), the headline in an ``h1``, then in ``div.content-article`` an
  empty video box with the script pushing its data (``视频：时政马上评丨…，时长约4分57秒``) and 43 one-line ``<p
  class="one-p">`` paragraphs, a short line each, the story told as verse, between seven pictures (the template's
  head scripts but its page-data script, its ad, statistics and tracking scripts cut; 9,000 of 17,600 characters
  kept, the rest the Go code and the first copy);
- ``southcn-nansha-appointments-2019.html`` (a Java mail test's HTML body, code index file 36251017363, 4,600
  characters: the story's ``div.m-article`` as the page had it, no head; whole): a 2019 local government story on a
  provincial news site (``南方网``, an enp CMS template), a district congress's appointment of a deputy head,
  ``广州南沙审议通过干部任命，谢明任副区长``: the headline in an ``h2``, an empty subtitle, ``pubtime_baidu`` and
  ``来源：南方网`` over an empty ``author_baidu``, font-size buttons, the CMS's ``enpproperty`` record with an empty
  author, two paragraphs and three credit lines each in brackets (``【记者】柳时强``, ``【通讯员】罗瑞娴``,
  ``【校对】梁飞飞``), then ``编辑：林双英`` under the text;
- ``nfapp-foshan-auxiliary-police-2020.html`` (a Java test's string, code index file 8561696915, 7,100 characters:
  the story's body as a provincial daily's app serves it, paragraphs only, no headline or date; whole): a 2020
  story on a city's first rules for auxiliary police, its three sections each under two bold lines, three pictures
  with their titles in ``span.spanPicTitle``, and a credit block of four lines closing it (``【南方日报记者】夏小荔``,
  ``【实习生】胡一玮``, ``【通讯员】佛公选``, ``佛山市公安局供图``).

Neither is in the dev set (by their sentences). newsmend reads the Tencent story right: the headline, the page-data
script's publication time (not the metadata's later update), the 43 lines first to last, one a paragraph, as the page
sets them (trafilatura reads the same; readability opens with the headline); no caption, the pictures having no words.
Left as found: no source. The account's name stands only in the page-data script, under a key (``media``) that is
the platform's own; the dev set's page of this template reads no source from it either (magic-html article-1f930df3,
``"media":"经济日报"``), nor does trafilatura.

On the local story newsmend read the headline, the time, the source, the editor and the two paragraphs right, but kept
the three bracketed credit lines as the text's last paragraphs and read no author (trafilatura and readability keep them
too, and read no author). A label the page sets in brackets of its own separates its value as a colon would, but the
label regex knew colons, slashes, bars and spaces only. Fixed (``fields/lines.py``): ``_LABEL_RE`` takes the closing
bracket of a label's own brackets as its separator (:data:`~newsmend.fields.lines.LABEL_BRACKET_CLOSERS`), a label that
opens its line or a credit after a space or after another bracketed credit (``_opens_bracketed_credit``:
``【记者】张三【通讯员】李四``), not a word set in brackets within prose (``我们【记者】发现``), its value names for a
person's field (``_bracketed_value``: an interview's ``【记者】那么接下来呢`` is a question of the text); and ``通讯员``
(a correspondent, whom the dateline's ``（通讯员 张三）`` credits as a writer already) is an author label. The credit
lines are meta lines now: they leave the text's end, the reporter and the correspondent are the authors, the
proofreader's name no field's. The app story's block shows the same: its reporter's line (``【南方日报记者】夏小荔``,
the outlet before the role) was read already, as the source and the first author, but its intern's and its
correspondent's lines stayed as the text's last paragraphs; ``实习生`` (an intern, whom a spaced byline's ``实习生
李四`` credits as a writer already) is an author label too, and both lines leave the text for the authors. 0 of 798 dev
pages change. Left as found: the pictures' credit ``佛山市公安局供图`` (the police bureau supplied the pictures) closes
the text and is the last caption, as a line of its own under the credits (trafilatura keeps all four lines); the
pictures' titles (``span.spanPicTitle`` beside each picture in its paragraph) stay lines of the text and are no
captions.

Found while checking this audit's candidates against the bundled pages (three were bundled already: the forty-eighth
audit's rumour list, the fifty-first's ministry roundup and the fifty-third's self-media essay on buying one's boss milk
tea), and fixed: the fifty-first audit's roundup (``unseen-zh28/mee-weekly-roundup-2022.html``) lost the eight lines of
the lists two of its summaries set under them, each a mark, a few words and one link (``<div>▶ 典型案例丨<a>河北邯郸
钢铁行业去产能存在乱象 …</a></div>``: the five cases the summary above them says were published; ``▶ <a>一图读懂
《…》</a>``), which trafilatura and readability keep. Each is mostly link, so :func:`_keep` left it out as a related
headline; but a related headline stands in a box of its own or after the text, and these stand among the text's own
``<div>`` paragraphs, marked as a list's lines as a number marks a numbered list's entries (``content/pruning.py``,
:func:`_marked_entries`: a line opening with a list's mark, ``▶``, ``●``, ``■``, ``◆``, ..., left out as a link, under
no furniture hint and no interface wording after its mark, between kept prose blocks of an element holding
:data:`SECTION_TEXT_MIN_BLOCKS` of them, joins the text). The roundup reads 28 paragraphs, the eight lines in their
places (``test_unseen_51`` updated). 0 of 798 dev pages change.
"""

from __future__ import annotations

import pytest
from tests.support.pages import PAGES, Guard, assert_reads_right, extract_page

import newsmend
from newsmend.fields.lines import labelled_values

QQ = "unseen-zh39/qq-xiangjiang-memorial-2021.html"
SOUTHCN = "unseen-zh39/southcn-nansha-appointments-2019.html"
NFAPP = "unseen-zh39/nfapp-foshan-auxiliary-police-2020.html"
MEE = "unseen-zh28/mee-weekly-roundup-2022.html"

GUARDS = [
    # The headline, the page-data script's time, the first line to the last, one a paragraph; the video's data
    # and the account's name (in the scripts) out.
    Guard(
        QQ,
        "跟随总书记的脚步 忆浴血湘江悟苦难辉煌",
        None,
        "2021-04-26T10:36:29",
        "2018年11月",
        "就是对英烈最好的纪念",
        ("时政马上评", "视频：", "央视新闻客户端", "腾讯新闻"),
    ),
    # The headline, the reporter and the correspondent from their bracketed credit lines, the time, the two
    # paragraphs; the font buttons, the credit lines and the editor's line out.
    Guard(
        SOUTHCN,
        "广州南沙审议通过干部任命，谢明任副区长",
        ["柳时强", "罗瑞娴"],
        "2019-07-06T08:00",
        "7月2日，南沙区三届人大第36次常委会议举行。",
        "会议结束后，谢明、欧阳刘兵向宪法宣誓，正式就职。",
        ("字号", "【记者】", "【通讯员】", "校对", "梁飞飞", "编辑"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_verse_lines_are_the_paragraphs() -> None:
    """Each ``<p class="one-p">`` line is a paragraph of its own, in the page's order, and the publication time is the
    page-data script's, not the metadata's later update in a US clock's format; no source, no caption."""
    article = extract_page(QQ)
    assert len(article.paragraphs) == 43
    assert article.paragraphs[10:13] == ["2021年4月25日", "习近平总书记来到", "广西桂林全州县才湾镇"]
    assert article.source is None
    assert article.captions == []


def _paragraphs(raw: bytes) -> list[str]:
    return newsmend.extract(raw).paragraphs


def test_marked_lines_between_the_paragraphs_join_the_text() -> None:
    """The roundup's five ``▶ 典型案例丨<a>…</a>`` lines stand right after the summary announcing the five cases and
    before the next heading, and the three other marked lines under the sixth and eighth summaries in theirs."""
    paragraphs = _paragraphs((PAGES / MEE).read_bytes())
    assert paragraphs[7].endswith("集中公开对第二批5个典型案例进行通报。")
    assert paragraphs[8] == "▶ 典型案例丨河北邯郸钢铁行业去产能存在乱象 产业结构调整落实不力"
    assert paragraphs[12] == "▶ 典型案例丨新疆“乌昌石”区域大气污染防治推进不力 重污染天气多发"
    assert paragraphs[13].startswith("5.大气环境监测卫星成功发射")
    assert paragraphs[18] == "▶ 一图读懂《关于加强排污许可执法监管的指导意见》"
    assert sum(paragraph.startswith("▶") for paragraph in paragraphs) == 8


def test_unmarked_labelled_and_trailing_link_lines_stay_out() -> None:
    """Without the mark the lines are links under a label, a related headline's shape, and stay out; so do marked lines
    whose words say they are related reading (``▶ 相关阅读：<a>…</a>``), and a marked line after the text's last
    paragraph, where a list of related stories stands."""
    raw = (PAGES / MEE).read_bytes()
    assert not any("典型案例丨" in paragraph for paragraph in _paragraphs(raw.replace("▶".encode(), b"")))
    related = _paragraphs(raw.replace("典型案例丨".encode(), "相关阅读：".encode()))
    assert not any("相关阅读" in paragraph for paragraph in related)
    assert sum(paragraph.startswith("▶") for paragraph in related) == 3
    closing = '<div>　　▶ <a href="http://www.mee.gov.cn/">生态环境部召开四月例行新闻发布会</a></div>\n</div></div>'
    trailing = _paragraphs(raw.replace(b"</div></div>", closing.encode(), 1))
    assert trailing[-1].endswith("本书是生态环境部连续第五年出版的政务新媒体实录图书。")
    assert not any("例行新闻发布会" in paragraph for paragraph in trailing)


def test_bracketed_credit_lines_leave_the_text() -> None:
    """The local story: two paragraphs, the source of its info line, the editor under the text; the bracketed credits
    give the authors, the proofreader's name none."""
    article = extract_page(SOUTHCN)
    assert len(article.paragraphs) == 2
    assert article.source == "南方网"
    assert article.editor == "林双英"


def test_an_app_story_s_credit_block_gives_its_writers() -> None:
    """The app story's body alone: the reporter after the outlet's name, the intern and the correspondent are the
    authors, the outlet the source; the text runs from the first paragraph to the pictures' credit, the three credit
    lines out."""
    article = extract_page(NFAPP)
    assert article.author == ["夏小荔", "胡一玮", "佛公选"]
    assert article.source == "南方日报"
    assert article.paragraphs[0].startswith("7月3日，记者获悉，近期，《佛山市公安机关警务辅助人员管理办法》")
    assert article.paragraphs[-2].endswith("应当给予适当照顾。")
    assert article.paragraphs[-1] == "佛山市公安局供图"
    assert article.body is not None and "【" not in article.body


def test_a_label_in_its_own_brackets_separates_its_value() -> None:
    """``【记者】柳时强`` reads as ``记者：柳时强`` does; a second bracketed credit after the first, or after a space,
    is a credit of its own; a word set in brackets inside prose (``我们【记者】发现``), or after a bracketed tag that
    is no label, labels nothing."""
    assert [(v.field, v.value) for v in labelled_values("【记者】柳时强")] == [("author", "柳时强")]
    assert [(v.field, v.value) for v in labelled_values("[编辑]张三")] == [("editor", "张三")]
    assert [v.value for v in labelled_values("【记者】张三【通讯员】李四")] == ["张三", "李四"]
    assert [v.value for v in labelled_values("【记者】张三 【通讯员】李四")] == ["张三", "李四"]
    assert [(v.field, v.value) for v in labelled_values("【校对】梁飞飞")] == [("proofreader", "梁飞飞")]
    assert labelled_values("我们【记者】发现") == []
    assert labelled_values("【编前语】我们【记者】发现") == []
    assert labelled_values("【记者手记】今天") == []


def test_an_interview_s_bracketed_roles_stay_the_text() -> None:
    """A transcript sets its speakers' roles in brackets over what they say: a person's label in brackets takes names
    only (two to four Han characters each), so the reporter's questions stay lines of the text and credit no one."""
    assert labelled_values("【记者】您认为这次改革的意义是什么？") == []
    assert labelled_values("【记者】那么接下来呢") == []
    assert [v.value for v in labelled_values("【编辑】买买提·艾力")] == ["买买提·艾力"]
    raw = (PAGES / SOUTHCN).read_bytes().replace("【记者】柳时强".encode(), "【记者】那么接下来呢".encode())
    article = newsmend.extract(raw)
    assert article.author == ["罗瑞娴"]
    assert article.paragraphs[-1] == "【记者】那么接下来呢"


def test_a_correspondent_and_an_intern_are_writers() -> None:
    """``通讯员`` and ``实习生`` label an author after a colon or in their brackets, not in prose."""
    assert [(v.field, v.value) for v in labelled_values("通讯员：罗瑞娴")] == [("author", "罗瑞娴")]
    assert [(v.field, v.value) for v in labelled_values("【实习生】胡一玮")] == [("author", "胡一玮")]
    assert labelled_values("通讯员说这次活动很好") == []
    assert labelled_values("实习生们在工地上忙碌") == []
