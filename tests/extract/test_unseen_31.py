"""A thirty-first audit on mainland Chinese portal pages outside the dev set, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh21/``) are saved pages from two other projects' sample folders, read in
16,000-character pieces (the pieces of each page's 1 to 21 that hold its head and its article region; scripts,
styles, menus and lists after the article not all read). Four of the 2018 portal's saved pages declare no charset:
three are stored as UTF-8 without one, as saved; the agency copy is written back in GBK without one, as a crawler
meets a page whose charset only its HTTP header gave; the shell is written in GBK with its own ``gb2312``
declaration:

- rcy17/newsExtraction ``newsExtraction/input/2.html``: a 2018 portal's car channel, a new model's official
  pictures, the copyright line (``版权声明：本文版权为网易汽车所有…``) opening the text, a standfirst
  (``div.post_desc``), bracketed red sub-heads, a size table, price boxes and a gallery set between the text's
  three ``div#endText`` elements (the template nests them inside its paragraphs), the source line crediting the
  writer (``作者：柳絮``) and the editor with his staff code, a page list (``div.ep-pagenav``), the share bar, the
  comment box and the model's cards beside it (``163-auto-passat-2018.html``: its head's scripts and styles cut, the
  header menus taken from the tenth audit's trimmed frame of this template (``unseen-zh10/163-news-2018.html``), the
  model list, the share menus and the gallery's picture list cut to two or three entries, the gallery's scripts,
  the recommendations' and the page's closing scripts and the side after two competitors cut; UTF-8 as saved);
- the same folder's ``沙特遇害记者未婚妻要求归还遗体：政府知道在哪_网易新闻.html``: the news channel's copy of a
  Beijing portal's story, the original headline's note, an ad between the paragraphs and the editor's recap box
  (``<pre title="回顾">``: an earlier story's linked headline and summary) after them (``163-news-saudi-2018.html``:
  its head as the first page's with its own values, the header and the side on the same frame; UTF-8 as saved);
- the same folder's ``迎战中期选举！特朗普阵营花600万美元买60秒广告_网易新闻.html``: an agency's story copied, the
  template's ``<!-- 文章内容 -->`` markers in empty paragraphs (``163-news-trump-2018.html``: trimmed as the second;
  GBK, undeclared);
- the same folder's ``习近平_开创工运事业和工会工作新局面_网易新闻.html``: a broadcaster's story led by its video
  player, the video's linked title and an empty source (``（来源：~）``) under it, a fallback line in the player's
  script (``163-news-union-2018.html``: trimmed as the second, the player's styles and scripts shortened; UTF-8);
- the same folder's ``20.html``: the tech channel's page saved before its script filled it in, a head and an empty
  menu (``163-tech-shell-2018.html``: its inline script cut; GBK as declared);
- GeneralNewsExtractor/GeneralNewsExtractor ``visiable_test/mydrivers/1.html``: a 2020 tech site's story, the writer
  linked on the info line (``作者：宪瑞 编辑：宪瑞``) with its counters, tags and a share menu under the headline, a
  closing mark (``- THE END -``), the reprint line, tags and the editor after the text, rating and tipping boxes
  (``mydrivers-change5-2020.html``: a rendered capture whose every element carries its visibility and coordinates:
  those attributes cut, the ad and tracking scripts, the origin-trial metas and most menus cut, the hot list after
  six stories; UTF-8 as declared);
- the same folder's ``visiable_test/163/1.html``: a 2021 self-media post on the portal (its account as the source,
  a report button after it), the pictures' takedown notice (``图片来自网络，如有侵权，请联系删除。``) closing the
  text, the platform's statement, the comment box, the next post and the recommendations
  (``163-dy-laibin-2021.html``: the capture's attributes, the QR code's image data and the scripts cut, the menus
  shortened, the recommendations after two; UTF-8);
- the same folder's ``visiable_test/cmse/1.html``: a 2021 space agency's news page, paragraphs in ``<div>``\\ s, each
  unit's name as a bold sub-head, the pictures' bold lines after them, one paragraph repeated three times by the
  page itself (``cmse-station-2021.html``: the capture's attributes, the scripts and the footer's text cut, the
  menus as the page has them; UTF-8 as declared).

The folder's ``0.html`` and the bus story were audited before (``test_unseen_11.py``); its ``18.html`` is a fashion
story on that audit's template, left out; ``visiable_test/thepaper/1.html`` is the dev set's ``gne-zh-unlabelled``
thepaper-4 (the same address); ``visiable_test/021news/1.html`` holds over 200,000 characters of a comment widget's
styles before its article and was not read to it. None of the pages taken is in the dev set (by address and by
their sentences).

newsmend read the agency copy (undeclared GBK detected), the video-led story, the tech site's story and the agency's
news page right; on the tech site's story the closing mark stays the text's last line, as ``（完）`` does by policy,
and on the agency's page the pictures' bold lines stay in the text unlisted (no caption mark; reading a short line
after a picture as its caption listed the sub-heads that follow pictures too). On the car story the page list closed
the text (``分页导航：``, ``第01页：<headline>``): ``pagenav`` written as one word names page navigation, as
``page-nav`` does (``content/paths.py``; 0 of 798 dev pages change). On the self-media post the takedown notice was
listed as the only caption and stayed the text's last line: a takedown notice (``如有侵权…删除``, ``侵删``) is a
copyright notice and no caption (``fields/lines.py``; 0 dev pages change), and its source read ``松科说娱乐 举报``: a
report or correction button after the source line is no part of the outlet's name (``fields/people.py``; 0 dev pages
change). The car story's last sub-head (``【全文总结】``), set right after the gallery's closing lines, went with them
as a run of tiny lines: the text's own lines closing such a run, standing right in the element of the text after it
where the run's first line does not, stay (``content/pruning.py``; 2 of 798 dev pages change: a forum post's ``Hi!``
opening its text, as labelled, and an encyclopedia page's infobox, whose later lines were kept, now kept whole: its
truth is snippets only, none of them touched). Not changed: the recap box on the copied story loses its linked headline
and keeps its summary; the shell page's author is its metadata's (the portal's brand, ``网易``): with no text to
credit anyone or name another source, the page's declaration stands. trafilatura opens four of the portal's pages with
the headline, closes two with ``×`` (the instant-news box) and the car story with the recommendation tabs, keeps the
self-media post's English notice and the tech site's tipping line, finds no author anywhere and nothing on the shell;
readability opens the car story with its copyright line, closes the portal's copies and the tech site's story with the
editor's line and keeps the recap's headline; most of its titles keep the site's suffix.

The pages were not rebuilt whole on disk (4,000 to 329,000 characters each, most of it styles, scripts and capture
attributes): each fixture was checked against the pieces read, its fields and the body's lines as the page's article
region gives them.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend
from newsmend.content import is_furniture
from newsmend.fields.lines import is_caption, is_copyright
from newsmend.fields.people import tidy_source

GUARDS = [
    # The car channel's story: its copyright line opening the text is the copyright, the standfirst opens the text,
    # the sub-heads and the size table stay; the price boxes, the gallery, the page list, the share bar, the comment
    # box and the car cards beside it stay out; the author from the source line, the editor without his code.
    Guard(
        "unseen-zh21/163-auto-passat-2018.html",
        "10月31日上市 上汽大众全新帕萨特官图发布",
        ["柳絮"],
        "2018-10-12T17:44:55",
        "历经18年市场淬炼，帕萨特留下了超过250万台的销量",
        "上市后将和迈腾展开王者之争，这下中级车市场好看了！",
        ("版权声明", "询底价", "参考成交价", "张高清大图", "图集已浏览完毕", "分页导航", "第01页", "本文来源", "跟贴"),
    ),
    # A copy of an agency's story (GBK, no charset declared): the original headline's note opens the text; the
    # HTML comments' markers, the ad, the source and editor line and the side lists stay out.
    Guard(
        "unseen-zh21/163-news-trump-2018.html",
        "迎战中期选举！特朗普阵营花600万美元买60秒广告",
        None,
        "2018-10-30T10:55:18",
        "（原标题：迎战中期选举！特朗普竞选团队掷巨资买广告 为共和党拉票）",
        "他指出，等到2020年时，特朗普选举阵营会隆重推出“特朗普2.0”的版本。",
        ("文章内容", "本文来源", "范姜国一", "韩佳鹏", "分享到", "大家都爱看", "热点新闻"),
    ),
    # A broadcaster's story led by its video: the player's title link and its empty source stay out.
    Guard(
        "unseen-zh21/163-news-union-2018.html",
        "习近平:开创工运事业和工会工作新局面",
        None,
        "2018-10-29T20:57:34",
        "央视网消息（新闻联播）：中共中央总书记、国家主席、中央军委主席习近平29日上午",
        "丁薛祥、杨晓渡、陈希、郭声琨、黄坤明参加集体谈话。",
        ("团结动员亿万职工积极建功新时代 开创", "来源：~", "无法播放", "本文来源", "曾自航", "高梦鸽", "分享到"),
    ),
    # A portal's self-media post: the account is the source (its report button left out), no author; the rights
    # notice, the platform's statement, the comment box, the next post and the recommendations stay out.
    Guard(
        "unseen-zh21/163-dy-laibin-2021.html",
        "广西省发生了一起事件，位置在来宾市，画面曝光",
        None,
        "2021-02-18T07:02:10",
        "这几天，来宾市兴宾区飞龙路附近几十辆轿车被砸车窗的图片",
        "目前此案还在进一步。",
        ("如有侵权", "特别声明", "Notice:", "举报", "网友评论仅供", "阅读下一篇", "央视第一美女", "相关推荐", "跟贴"),
    ),
    # A copy of a Beijing portal's story: the original headline's note opens the text; the recap box the editor set
    # after it (``<pre title="回顾">``) loses its linked headline and keeps its summary, as trafilatura and
    # readability keep it; the source and editor line, the share bars and the side lists stay out.
    Guard(
        "unseen-zh21/163-news-saudi-2018.html",
        "沙特遇害记者未婚妻要求归还遗体：政府知道在哪",
        None,
        "2018-10-30T08:44:19",
        "（原标题：遇害沙特记者未婚妻：相信沙特政府知道尸体在哪）",
        "卡舒吉遭杀害是一起有预谋的犯罪。”",
        ("将继续审讯嫌犯", "本文来源", "史建磊", "吉国杰", "分享到", "用微信扫码二维码", "大家都爱看", "热点新闻"),
    ),
    # A tech site's story: the writer linked on the info line (also its editor), the site as the source, its
    # reprint line as the copyright; the closing mark stays (as ``（完）`` does); the download banner, the info line's
    # counters, the tags, the rating and tipping boxes and the hot list stay out.
    Guard(
        "unseen-zh21/mydrivers-change5-2020.html",
        "首次采样带回 嫦娥五号为什么是中国航天史上最复杂任务？一图看懂",
        ["宪瑞"],
        "2020-11-23T10:22:14",
        "这个月底，国内还有一次重要的航天发射任务——嫦娥五号",
        "THE END",
        ("人气", "评论", "转载请注明出处", "天文航天", "责任编辑", "文章价值打分", "打赏", "今日视点", "官方微信"),
    ),
    # A space agency's news page: paragraphs in ``<div>`` elements, each unit's name as a bold sub-head, the
    # pictures' bold lines kept in place (the page repeats one paragraph three times: so does the text); the source
    # line, the font buttons and the editor's line stay out.
    Guard(
        "unseen-zh21/cmse-station-2021.html",
        "载人航天工程全线备战空间站建造任务",
        None,
        "2021-01-05",
        "元旦佳节，当千家万户团聚喜迎新年时",
        "我们期待中国载人航天传承战斗精神、续写辉煌篇章！",
        ("发布日期", "信息来源", "字号", "打印", "责任编辑", "周雁", "首页", "综合新闻"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_page_list_closing_the_text_is_furniture() -> None:
    """``pagenav`` written as one word names page navigation as ``page-nav`` does: the car story's page list
    (``第01页：<headline>``) left its text; the story's own sub-heads and closing summary stay."""
    assert is_furniture("div.ep-pagenav")
    assert is_furniture("div.wp-pagenavi")
    article = extract_page("unseen-zh21/163-auto-passat-2018.html")
    assert {"【外形更动感】", "【内饰很熟悉】", "【增加插混动力】"} <= set(article.paragraphs)
    assert article.paragraphs[-1].startswith("尽管大众唯一一款全球中型车在中国")
    assert not any(line.startswith(("分页导航", "第01页")) for line in article.paragraphs)
    assert article.copyright == "版权声明：本文版权为网易汽车所有，转载请注明出处。"
    assert article.editor == "刘航"


def test_takedown_notice_is_a_notice_not_a_caption() -> None:
    """``图片来自网络，如有侵权，请联系删除`` (pictures from the web, removed on request) opens like a caption but is
    a rights notice: the self-media post's last line leaves its text for the copyright field; mid-text, a story's
    report of such a promise stays prose, and a picture's source alone is still a caption."""
    assert is_copyright("图片来自网络，如有侵权，请联系删除。")
    assert is_copyright("图片来源网络，侵删", mid_text=True)
    assert not is_caption("图片来自网络，如有侵权，请联系删除。")
    assert not is_copyright("平台表示，如有侵权将及时删除相关内容。", mid_text=True)
    assert is_caption("图片来自网络")
    article = extract_page("unseen-zh21/163-dy-laibin-2021.html")
    assert article.captions == []
    assert article.copyright == "图片来自网络，如有侵权，请联系删除。"
    assert article.paragraphs[-1] == "目前此案还在进一步。"


def test_report_button_after_the_source_is_no_part_of_it() -> None:
    """A portal's report (``举报``) or correction (``纠错``) button set right after the source line joins its value
    as a last word: the outlet is the words before it."""
    assert tidy_source("松科说娱乐 举报") == "松科说娱乐"
    assert tidy_source("新京报 纠错") == "新京报"
    assert tidy_source("北青网-北京青年报 北京 举报") == "北青网-北京青年报"
    assert extract_page("unseen-zh21/163-dy-laibin-2021.html").source == "松科说娱乐"


def test_page_shell_without_its_article_reads_its_head_alone() -> None:
    """A tech channel's page saved before its script filled it in (GBK, its charset declared): the head's title and
    time, no text (``no-article``)."""
    article = extract_page("unseen-zh21/163-tech-shell-2018.html")
    assert article.title == "多地iPhone用户遭盗刷 企业数据泄露的结无解？"
    assert str(article.date).startswith("2018-10-13T08:00:15")
    assert article.body is None
    assert "no-article" in article.flags


def test_text_line_closing_a_widget_run_stays() -> None:
    """A gallery's tiny closing lines (``图集已浏览完毕``, ``重新浏览``, its next sets' titles) run into the text's
    sub-head standing in the text's element: the widget's lines go, the sub-head stays over its paragraph. A run of
    tiny lines standing all in the text's element is judged as before."""
    sentence = "市议会周一开会，经过长时间辩论后就明年的预算进行了表决，多数议员投了赞成票。"
    text = "".join(f"<p>第{i}段：{sentence}</p>" for i in range(3))
    closing = ("图集已浏览完毕", "重新浏览", "下一图集", "返回")
    gallery = "<div class='gallery'>" + "".join(f"<div>{w}</div>" for w in closing) + "</div>"
    summary = f"<p>【全文总结】</p><p>{sentence}</p>"
    html = f"<html><body><h1>市议会通过预算</h1><div class='text'>{text}{gallery}{summary}</div></body></html>"
    article = newsmend.extract(html)
    assert article.paragraphs[-2:] == ["【全文总结】", sentence]
    assert "重新浏览" not in (article.body or "")
    assert "【全文总结】" in extract_page("unseen-zh21/163-auto-passat-2018.html").paragraphs
