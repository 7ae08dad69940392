"""A sixty-third audit on Chinese forum threads outside the dev set, and what newsmend reads on them.

The reference convention (magic-html's forum pages, read as pairs of page and truth): a thread's text is its title
and its posts' text, short replies and quoted posts included; the column beside each post (the poster's name, rank,
points, online state, motto) and the post's info line (floor, date, buttons) are not text.

The pages are saved pages of a Discuz! 7 board (2009-2010, GBK as declared) from howardrotterdam/backup-1984bbs, read
in 16,000-character pieces and transcribed trimmed (the inline chat script, most of the viewer's menu, the comment
markup of each poster's buttons and the tabs of the markup cut; each post's markup and text as the page has it,
encoded back to GBK), in ``tests/fixtures/pages/unseen-zh34/``:

- howardrotterdam/backup-1984bbs ``sbb4891/4国家局域网研究所/2009-12-28
  现在的网络环境，哪种翻墙手段最安全？VPN or SSH or HTTP代理？.php``: a board's thread on which proxy is safest, a
  banner and a notice over it, eleven posts, each a table whose author column (``td.postauthor``) holds the poster's
  linked name and, for six of them, the motto the poster set (``p.customstatus``:
  ``很乐意在意想不到的时候捅你一刀的沉默看客``, ``从属: 人类社会进步的原动力 - 懒人``), and whose content column
  holds the floor and date line, the text (``div#postmessage_…``) and the quote and reply buttons; a quick-reply
  form, the board's staff list and a footer (``1984bbs-vpn-ssh-2010.html``: all eleven posts kept).

Neither is in the dev set (by their sentences). On the proxy thread newsmend read the title, the first poster, the
date and every post's text, short replies included, but kept three posters' mottos as replies of their own (the ones
punctuated like prose: ``内心抗争的屁民一个——“为什么要给畜牲自由？…” @huicn``); the other three went as short
lines outside the posts. Fixed (``content/pruning.py``, ``_GLUED_POSTER_ENDINGS``): a class word ending in a
poster-card word glued after another word (``postauthor``, as ``postprofile`` was listed) names the poster's card,
whose lines leave a thread however punctuated. 0 of 798 dev pages change (no dev thread names its cards so).
trafilatura reads the banner notice and two posters' columns of the proxy thread; readability keeps the posts but
drops the three one-line replies.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

from newsmend.content.pruning import _names_poster

VPN = "unseen-zh34/1984bbs-vpn-ssh-2010.html"

GUARDS = [
    # Read right once the mottos go: the title, the first poster, the first post's date, the first post first and
    # the last reply last; the banner, the notice, the mottos, the info lines, the buttons, the form and the staff
    # list out.
    Guard(
        VPN,
        "现在的网络环境，哪种翻墙手段最安全？VPN or SSH or HTTP代理？",
        ["rhythmofwolf"],
        "2009-12-28T15:25",
        "现在能用https就用https，能翻墙用国外IP就用国外IP。",
        "不当出头鸟就行了,他们也不可能每个人都监控的",
        (
            "能截图的截图",
            "发布新话题与讨论建议及审查说明",
            "内心抗争的屁民一个",
            "人类社会进步的原动力",
            "中共国十大特征",
            "沉默看客",
            "只看该作者",
            "快速回复主题",
            "顾问",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_glued_poster_word_names_the_card() -> None:
    """Discuz! 7 sets each poster's column as ``td.postauthor``: the class word glues ``author`` after ``post``, and
    the prose-like mottos in it stayed as replies. A class word ending in a long poster-card word names the card
    (``pruning._GLUED_POSTER_ENDINGS``); a short word glued so (``autor`` in ``postautor``) or a card word opening
    another (``authority``) names none."""
    assert _names_poster("td.postauthor")
    assert _names_poster("div.userprofile")
    assert not _names_poster("td.postautor")
    assert not _names_poster("div.authority")
    paragraphs = extract_page(VPN).paragraphs
    assert "安全只是个程度，像在这留下的，如果有必要某些人还是能看到" in paragraphs
    assert not any("人类社会进步的原动力" in p or "为什么要给畜牲自由" in p for p in paragraphs)
    assert len(paragraphs) == 16
