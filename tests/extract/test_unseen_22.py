"""A twenty-second audit on Chinese pages outside the dev set, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh17/``) are saved pages from another project's sample folder, read in
16,000-character pieces (their text kept as the page writes it, UTF-8 as declared): the pieces of each page's 1 to
14 that hold its head and its article region, the rest (inline style, scripts, menus, score tables) not all read:

- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/ltn/003.html``: a 2023 Taiwanese daily's
  sports channel (a template of its own), a baseball story credited ``〔體育中心／綜合報導〕`` (the sports desk,
  compiled: no one), the outlet as the metadata and JSON-LD author, the lead photo's caption closed by the
  photographer's bracketed credit (``江坤宇敲出再見全壘打。（記者廖耀東攝）``) in a ``<span>`` beside the image,
  inside the text's first ``<p>``, an ad's ``請繼續往下閱讀...`` line, an embedded video and an app promotion in the
  text, the related and recommended news and the comment box titled ``網友回應`` (a ``div.caption``) after it, a
  score table of the day's games above it (``ltn-sports-2023.html``: the head's scripts and styles, the header's
  scripts, the mobile menu and the idle-page scripts cut; the score table cut to two days of three games, the
  recommendations to three stories, the page after the comment box cut);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/up/004.html``: a 2023 Taiwanese news site's
  entertainment story (its ``流行`` channel), the writer linked over the date, the lead photo's caption in
  ``div.img``, four pictures in the text each followed by its caption in a grey box of its own, closed by the
  picture's source in brackets (``（取自微博）``, ``（車庫娛樂提供）``), a ``熱門閱讀`` box of three linked headlines
  closing the text's element, keywords, the editors' picks and the previous and next stories after it
  (``upmedia-actor-2023.html``: its ``<head>`` reduced as the fifteenth audit's page on this template
  (``unseen-zh13/upmedia-huawei-2023.html``) with its own values; the header, the right column and the footer
  taken from that page's trimmed frame; the article its own, its ad scripts cut, the picks after three stories);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/up/005.html``: the same site's typhoon story
  (its ``焦點`` channel), two writers linked over the date, the first after the flash desk's name
  (``上報快訊／鍾知諭``、``袁維駿``), sub-heads between empty ``<p>``\\ s, a bracketed further-reading pointer
  (``（延伸閱讀：…）``), the filing and update times as the text's last two headings (``出稿時間：8/29 14：00``), and
  the call for submissions after the keywords (``upmedia-typhoon-2023.html``: trimmed as the first, on the same
  frame, the picks after three stories);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/udn/global/002.html``: a 2023 Taiwanese
  portal's international desk, a story of its ``過去24小時`` desk credited ``轉角24小時`` (the desk, as a JSON-LD
  Person and under the headline), four captioned figures (``<figcaption>``, ``圖／路透社``), empty ``<p>``\\ s
  between the paragraphs, a follow-us line, the recommended reading, tags, the desk's and the latest stories after
  the text (``udn-global-soho-2023.html``: its ``<head>`` cut to the article's metadata and JSON-LD; the product
  menu's overlay, the right column and the footer taken from the thirteenth audit's trimmed frame of this template
  (``unseen-zh11/udn-global-2023.html``); the header, menu and article its own, the ad slots' scripts and styles
  cut, the desk's stories after three and the latest after two);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/ettoday/004.html``: a 2023 Taiwanese news
  site's flash story on a typhoon's school closures, two reporters and a place in the byline line
  (``記者楊漢聲、趙蔡州／台東報導``) under the caption line (``▲…（圖／記者楊漢聲攝）``), the second reporter alone in
  JSON-LD's ``creator`` (``469-趙蔡州``) and the data layer, the outlet as the JSON-LD author, a flash ticker,
  share and follow boxes and the copyright note after the text (``ettoday-typhoon-2023.html``: its ``<head>`` reduced
  as the fifteenth audit's page on this template (``unseen-zh13/ettoday-surf-2023.html``) with its own values and
  data layer; the header taken from that page's trimmed frame; the article its own, its ad scripts cut, the
  recommended reading after three stories and the other tabs cut);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/nhk/backstory/002.html``: a Japanese public
  broadcaster's feature in traditional script (2023-01), two correspondents (romanized names) comma-joined in one
  JSON-LD Person and linked on their cards over and under the text, the standfirst in ``div.p-article__read``,
  sub-heads, figures without captions and a video player closing the text with its label ``觀看影片 07:12``
  (``nhk-backstory-fuel-2023.html``, as saved).

None of them is in the dev set (by URL and by their sentences). newsmend read the portal's, the flash
story's and the typhoon story's pages right (the desk ``轉角24小時`` is no one's name, as the daily's desks
are none; the flash story's caption line stays the text's first, by policy). On the daily's sports page
its only caption was the comment box's title (``網友回應``), and the photo's caption line was neither listed
as a caption nor told from the text: a reporter's photo credit in brackets closing a line is now a
caption mark (``fields/lines.py``), the caption stays the text's first line (a caption written in the
running text keeps its place), and a comment box's heading classed as a caption is a box title
(``fields/evidence.py``, with ``网友回应`` among the comment-heading words): 1 of 798 dev pages changes,
better (a ``0 comments`` caption gone). On the news site's story the four captions between the
paragraphs were not listed: a picture's source in brackets (``（取自X）``, ``（X提供）``) closing a line is a
caption mark too (0 dev pages change); they stay in the text. The lead photo's caption in ``div.img``
(no caption class, and outside the text's element) is still no caption: reading caption marks in every
block around the body listed 17 dev pages' labels (``Photo``, ``Image``, ``▼ 2016 (136)``) as captions,
2 of them right, and was dropped. On the broadcaster's feature the player's label closed the text:
``观看视频``/``观看影片`` (watch the video) opening a line that is no prose is furniture's wording now
(``content/pruning.py``; 0 dev pages change). trafilatura finds no reporter or writer on the Taiwanese
pages (it reads the portal's desk as ``轉角``) and both correspondents on the feature, which it opens, as
readability does, after the standfirst; opens the news site's text with the lead photo's caption and
drops its captions between the paragraphs, opens the portal's with the headline and closes it with the
follow-us line and ``回應``, keeps the flash story's byline line and its ad's line, and sets the site's
name in every title; readability keeps the daily's app promotion, opens the portal's text with the
headline and closes the news site's stories with ``VIDEO`` and the update time; its titles agree with
newsmend's.

The pages were not rebuilt whole on disk but the feature (81-218 KB each, most of it style, scripts, menus and score
tables): each fixture was checked against the pieces read, its fields and the body's lines as the page's article
region gives them.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend
from newsmend.content.pruning import is_ui_wording
from newsmend.fields.lines import is_caption, is_comment_heading

GUARDS = [
    # The sports desk's compiled story: no author (the desk and the outlet are no one); the caption line opens the
    # text; the ad's line, the app promotion, the related and recommended news, the comment box and the score
    # table stay out.
    Guard(
        "unseen-zh17/ltn-sports-2023.html",
        "中職》隊友全楞住！江坤宇驚喜再見轟 兄弟休息室手忙腳亂網笑翻",
        None,
        "2023-08-24T11:41",
        "江坤宇敲出再見全壘打。（記者廖耀東攝）",
        "「阿坤表示：你們太慢了啦～下次記得先準備好」。",
        ("請繼續往下閱讀", "不用抽", "點我下載APP", "相關新聞", "G！POP", "推薦新聞", "網友回應", "歐力士", "馬林魚"),
    ),
    # The writer linked over the date; the captions between the paragraphs stay where they stand; the lead
    # photo's caption, the popular-reading box, the keywords, the picks, the neighbours and the footer stay out.
    Guard(
        "unseen-zh17/upmedia-actor-2023.html",
        "《知否》朱一龍博命演出災難片《峰爆》 冒失溫危險拍出「這1幕」大獲好評",
        ["李雨勳"],
        "2023-09-01T17:00",
        "以古偶劇《知否？知否？應是綠肥紅瘦》打開知名度的中國男星朱一龍",
        "想法設法逃出生天。（車庫娛樂提供）",
        ("敬業精神可嘉", "熱門閱讀", "趙麗穎現身張杰演唱會", "關鍵字", "編輯部推薦", "上一篇", "一人公司", "世代傳媒"),
    ),
    # Both writers, the flash desk's name before the first left out; the sub-heads stay; the further-reading
    # pointer, the filing and update times, the call for submissions and the neighbours stay out.
    Guard(
        "unseen-zh17/upmedia-typhoon-2023.html",
        "【蘇拉襲台】小三通「金門往返五通」明起全天停航 交通、活動異動一次看",
        ["鍾知諭", "袁維駿"],
        "2023-08-30T14:50",
        "颱風蘇拉來勢洶洶，中央氣象局發布陸上颱風警報",
        "前往高雄左營海軍新兵訓練中心報到。",
        ("上報快訊", "延伸閱讀", "出稿時間", "更新時間", "上報徵稿", "editor@upmedia.mg", "台灣黑熊", "民航局表示"),
    ),
    # The desk's story: no author; the figures' captions, the follow-us line, the recommended reading, the tags,
    # the desk's and the latest stories and the comment box stay out.
    Guard(
        "unseen-zh17/udn-global-soho-2023.html",
        "北京地產暴雷危機？SOHO中國欠稅案，與「潤」到美國的創辦人潘石屹",
        None,
        "2023-08-23T15:57",
        "「一家子早就『潤』了，留下一個欠稅負債爛攤子？」坐擁北京和上海商辦地產的龍頭集團",
        "對比潘石屹剛起家時的意氣風發、成為各類商業典範人物的形象頗有差距。",
        ("圖／路透社", "收看更多文章", "推薦閱讀", "恒大破產到金融危機", "作者文章", "轉角24小時", "最新文章", "最熱"),
    ),
    # Both reporters of the byline line, which leaves the text; the caption line opens it; the ad's line, the
    # flash ticker, the share and follow boxes, the copyright note and the recommended reading stay out.
    Guard(
        "unseen-zh17/ettoday-typhoon-2023.html",
        "快訊／台東縣宣布「2村、1校明停班課」 14學校明停課不停班",
        ["楊漢聲", "趙蔡州"],
        "2023-09-04T21:14",
        "▲海葵挾帶驚人風雨，導致台東傳出多起災情。（圖／記者楊漢聲攝）",
        "考量學生安全，5日照常上班、停止上課。",
        ("台東報導", "請繼續往下閱讀", "ET快訊", "柯文哲胞妹", "分享給朋友", "本文版權所有", "螯龍蝦堡"),
    ),
    # Both correspondents, split at the comma of the JSON-LD name; the standfirst opens the text; the cards' roles
    # and the player's label stay out.
    Guard(
        "unseen-zh17/nhk-backstory-fuel-2023.html",
        "為實現碳中和 航空業改用廢食用油",
        ["Sasaki Futo", "Okamoto Motoyoshi"],
        "2023-01-12T16:24",
        "航空業訂定了遠大的目標，希望在2050年達到淨零碳排。",
        "這樣人們就不會再感到飛行恥辱了。」",
        ("觀看影片", "07:12", "Correspondent", "Backstories", "NHK World"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_sports_page_lists_the_photo_caption_not_the_comment_box() -> None:
    """The daily's sports page: the photo's line closed by the photographer's credit is its caption (kept as the
    text's first line); the comment box's title is none."""
    article = extract_page("unseen-zh17/ltn-sports-2023.html")
    assert article.captions == ["江坤宇敲出再見全壘打。（記者廖耀東攝）"]
    assert article.paragraphs[1].startswith("〔體育中心／綜合報導〕中信兄弟金手套游擊手江坤宇")


def test_in_text_captions_closed_by_their_source_are_listed_and_kept() -> None:
    """The news site's four captions between the paragraphs, each closed by the picture's source in brackets, are
    listed as captions and keep their places in the text."""
    article = extract_page("unseen-zh17/upmedia-actor-2023.html")
    assert [caption.rpartition("。")[2] for caption in article.captions] == ["（取自微博）"] * 3 + ["（車庫娛樂提供）"]
    assert article.body is not None
    assert all(caption in article.paragraphs for caption in article.captions)


def test_bracketed_credits_close_a_caption() -> None:
    """A reporter's photo credit (``（記者X攝）``) or the picture's source (``（取自X）``, ``（X提供）``) in brackets
    closing a short line marks a caption, in either script; a bracket inside a sentence, a year of filming and a
    long paragraph are none."""
    assert is_caption("江坤宇敲出再見全壘打。（記者廖耀東攝）")
    assert is_caption("北京天安门广场（新华社记者张三 摄）")
    assert is_caption("朱一龍在《消失的她》扮演老婆離奇失蹤的男子，角色正邪難辨。（取自微博）")
    assert is_caption("朱一龍與黃志忠在《峰爆》飾演一對父子。（車庫娛樂提供）")
    assert not is_caption("他說當時（記者會上）場面很亂，大家都在找水。")
    assert not is_caption("這部電影（2019年拍攝）")
    assert not is_caption("市府表示，" + "相關補助將於下月起陸續發放，" * 6 + "（社會局提供）")


def test_comment_box_title_classed_as_caption_is_none() -> None:
    """``網友回應`` (readers' responses) heads a comment box; classed as a caption after the article, it is no
    photo's caption."""
    assert is_comment_heading("網友回應")
    sentence = "市議會週一開會，經過長時間辯論後就明年的預算進行了表決，多數議員投了贊成票。"
    text = "".join(f"<p>第{i}段：{sentence}</p>" for i in range(4))
    html = (
        f"<html><body><h1>市議會通過預算</h1><div class='text'>{text}</div>"
        "<div class='caption'>網友回應</div><div class='whitecon'><div class='fb-comments'></div></div>"
        "</body></html>"
    )
    article = newsmend.extract(html)
    assert article.captions == []
    assert len(article.paragraphs) == 4


def test_player_label_is_furniture() -> None:
    """A line opening with ``觀看影片``/``观看视频`` (watch the video) and no prose labels a player; prose opening so
    stays."""
    assert is_ui_wording("觀看影片 07:12")
    assert is_ui_wording("观看视频")
    sentence = "市議會週一開會，經過長時間辯論後就明年的預算進行了表決，多數議員投了贊成票。"
    text = "".join(f"<p>第{i}段：{sentence}</p>" for i in range(3))
    last = "<p>觀看影片的民眾超過十萬人，市府表示將在下週公布完整的會議紀錄，供市民查閱討論。</p>"
    player = "<div class='movie'><div id='player'></div><span>觀看影片 07:12</span></div>"
    article = newsmend.extract(f"<html><body><h1>市議會通過預算</h1><div>{text}{last}{player}</div></body></html>")
    assert article.paragraphs[-1].startswith("觀看影片的民眾超過十萬人")
    assert len(article.paragraphs) == 4
