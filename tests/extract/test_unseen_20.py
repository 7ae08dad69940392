"""A twentieth audit on Chinese pages outside the dev set, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh16/``) are saved pages from another project's sample folder, read in
16,000-character pieces (their text kept as the page writes it, UTF-8 as declared): the three to five pieces of
each page's 5 to 18 that hold its head and its article region, the rest (inline style, scripts, menus) not read:

- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/cna/003.html``: a 2023 Taiwanese agency's
  international story compiled from wires, ``（中央社雪梨23日綜合外電報導）`` (a dateline crediting no reporter), no
  photo, the topic's label and position above the headline (``新聞專題 福島核處理水 3/110``), the translator and the
  copy editor closing the last paragraph before the ROC date code (``（譯者：王嘉語/核稿：嚴思祺）1120823``), hash
  tags, a links box for a tagged person and the focus news in the text's element (``cna-fukushima-2023.html``:
  its ``<head>`` cut to the article's metadata and JSON-LD (the Organization, SpeakableSpecification and WebSite
  JSON-LD cut), its inline style, the scripts, the share buttons' SVG icons and the topic feed's list of next
  stories (an attribute) cut; the channel menu taken from the thirteenth audit's trimmed frame of this template
  (``unseen-zh11/cna-2023.html``); the article its own, the focus news after three stories and the page after the
  article's closing banner cut);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/cna/005.html``: the agency's technology story,
  the reporter in the dateline's brackets (``（中央社記者蘇思云台北23日電）``), a newsletter sign-up box between two
  paragraphs (``div.SubscriptionInner``: its title ``訂閱《早安世界》電子報…``, an e-mail field, the field's error
  message and a thanks), the editor closing the last paragraph (``（編輯：楊凱翔）1120823``) (``cna-data-2023.html``:
  trimmed as the first, the menu the same frame's; the focus news box taken from the first page, the same day's);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/setn/002.html``: a 2023 Taiwanese
  broadcaster's consumer story, the byline ``記者林柏廷／台北報導`` as the text's first ``<p>``, a captioned photo
  line (``▲…（示意圖／記者許智超攝影）``, the image's alt text double-escaped: ``Pok&amp;eacute;mon``), ``&eacute;``
  in the text, a machine-written commentary and quiz above it and an embedded Facebook post closing it
  (``setn-pokemon-2023.html``: its ``<head>`` reduced as the thirteenth audit's page on this template
  (``unseen-zh11/setn-2023.html``) with its own values; the header's news ticker taken from that page's trimmed
  frame; the article, tag news, keywords and further reading its own, the scripts, the share and follow pop-ups,
  the ad slots, the quiz's second copy and the fourth further-reading story cut);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/ct/003.html``: a 2023 Taiwanese daily's
  cross-strait story, the reporter in JSON-LD and the byline's link (the outlet as the metadata author), a captioned
  lead figure, empty ``<p>``\\ s between the paragraphs, linked headlines and hash tags closing the text's element,
  the recommendations and the comment rules (``發表意見``, ``留言規則``) after it (``chinatimes-xi-2023.html``: its
  ``<head>`` cut to the article's metadata, JSON-LD and stylesheet; the main menu's channels between ``言論`` and
  ``汽車`` (a piece not read), the scripts, most ad slots and the right column's last ones cut, the fixed share bar
  shortened to three buttons, the recommendations to three of fifteen stories);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/tvbs/003.html``: a 2023 Taiwanese
  broadcaster's health story, the byline ``編輯 樓冠陞 報導`` over the publication and update times, a captioned lead
  photo (a ``<span>`` in ``div.img_box``), the text in a nested ``<html><body>`` of its own, ``<br>``-split, with
  two in-text ad slots, two pictures, an embedded Facebook post and three promotion links (``div.guangxuan``)
  closing it, the tags, the share bar (its ``訂閱`` link) and the further reading after it
  (``tvbs-shoe-2023.html``: its ``<head>`` reduced as the thirteenth audit's page on this template
  (``unseen-zh11/tvbs-2023.html``) with its own values and its data layer; the mobile menu and the ticker taken
  from that page's trimmed frame; the article its own, the ad slots' scripts, the font-size script and the
  analytics handlers cut, the further reading after three of nine stories cut).

None of them is in the dev set (by URL and by their sentences). newsmend read the daily's and the broadcasters'
pages right (the caption line written as a paragraph stays the text's first, by policy; the second broadcaster's
lead caption, a ``<span>`` above the text, is no caption field, as on the thirteenth audit's page). On the agency's
it read no author for the wire story and no editor for either (the closing credit's labels were left in the
prose), and it kept the sign-up box's three lines in the second text. Fixed: the labelled staff credit closing the
last paragraph is read as a meta line's values (``fields/lines.py``,
:func:`~newsmend.fields.lines.closing_credit_values`), with ``核稿`` an editor's label and ``譯者`` an author's; the
credit stays in the prose, as the closing reporters' do. The thirteenth audit's agency page reads its editor
(``李亨山``) since. ``subscription`` is a furniture word (``content/paths.py``). 0 of 798 dev pages change with each.
trafilatura finds the daily's reporter alone (and the second broadcaster's whole credit line as its author), opens
both agency texts with the headline, keeps the first broadcaster's byline line and sets the site's or section's
name in every title; it drops the sign-up box, which readability keeps; readability's titles agree with newsmend's.

The pages were not rebuilt whole on disk (70-290 KB each, most of it style, scripts and widget data): each fixture
was checked against the pieces read, its fields and the body's lines as the page's article region gives them.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend
from newsmend.content import is_furniture
from newsmend.fields.lines import LabelledValue, closing_credit_values

GUARDS = [
    # A wire story: the translator of the closing credit is the author; the dateline's brackets, the credit and
    # the date code stay in the text; the topic's label, the tags, the links box and the focus news stay out.
    Guard(
        "unseen-zh16/cna-fukushima-2023.html",
        "庫克群島總理：福島核處理水排放 太平洋島國存歧見",
        ["王嘉語"],
        "2023-08-23T17:27",
        "（中央社雪梨23日綜合外電報導）庫克群島總理、「太平洋島國論壇」輪值主席布朗表示",
        "「卡納克社會主義民族解放陣線」（FLNKS）。（譯者：王嘉語/核稿：嚴思祺）1120823",
        ("新聞專題", "3/110", "#IAEA", "俄羅斯攻擊烏克蘭糧食出口港", "聚焦新聞", "月船3號", "隱私權規範"),
    ),
    # The reporter of the dateline's brackets; the sign-up box between two paragraphs leaves the text.
    Guard(
        "unseen-zh16/cna-data-2023.html",
        "數位部：推動數據公益恪遵個資法 確保當事人權益",
        ["蘇思云"],
        "2023-08-23T20:47",
        "（中央社記者蘇思云台北23日電）數位部推動數據公益政策，遭台權會質疑弱化當事人權益。",
        "推動資料治理相關立法，以完備法制。（編輯：楊凱翔）1120823",
        ("訂閱", "電子報", "電子信箱", "感謝您的訂閱", "#數位部", "聚焦新聞", "隱私權規範"),
    ),
    # The reporter of the byline line, which leaves the text; the caption line opens it; the machine-written
    # commentary and quiz, the tag news, the further reading, the live box and the login prompt stay out.
    Guard(
        "unseen-zh16/setn-pokemon-2023.html",
        "「寶可夢中心」坐落信義區？偵探系網友翻證據：已經在裝修了",
        ["林柏廷"],
        "2023-09-04T19:30",
        "▲Pokémon Center TAIPEI似乎將坐落於信義區A11。",
        "上班的地點在台北市信義區，更加印證了坐落在信義區A11的傳聞。",
        ("記者林柏廷", "這篇文章報導了", "正確解答", "郭書瑤", "白斬雞壽司", "直播中", "颱風假", "登入看新聞"),
    ),
    # The reporter of JSON-LD and the byline's link, not the outlet; the figure's caption, the linked headlines,
    # the tags, the recommendations and the comment rules stay out.
    Guard(
        "unseen-zh16/chinatimes-xi-2023.html",
        "《華爾街日報》：習近平反對西式消費刺激經濟增長模式",
        ["陳柏廷"],
        "2023-08-28T12:07",
        "如何刺激消費拉動經濟復甦，呼籲派發現金劵的聲音始終不曾間斷。",
        "消費者手中即使有了錢，也不一定會花得更多。",
        ("摘自新華社", "牢牢把握新疆", "華爾街日報唱衰", "字級設定", "發表意見", "留言規則", "中時新聞網對留言系統"),
    ),
    # The editor who compiled the story (``編輯 X 報導``), not the outlet; the lead caption, the ad slots, the
    # promotion links, the tags, the share bar and the further reading stay out.
    Guard(
        "unseen-zh16/tvbs-shoe-2023.html",
        "3歲童突高燒！詭異水泡連成排 凶手竟是「這款鞋」",
        ["樓冠陞"],
        "2023-09-01T18:50",
        "有一名3歲男童先前與父母一起前往水上樂園玩耍，回家後竟離奇發高燒",
        "則應把束帶拉起來，以免在腳上留下傷口、引發蜂窩性組織炎。",
        ("元凶竟是一雙「膠鞋」。（圖", "今年太多好劇可以看", "#膠鞋", "訂閱", "延伸閱讀", "咖啡因含量超標", "發佈時間"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


@pytest.mark.parametrize(
    ("page", "editor"),
    [
        ("unseen-zh16/cna-fukushima-2023.html", "嚴思祺"),
        ("unseen-zh16/cna-data-2023.html", "楊凱翔"),
        ("unseen-zh11/cna-2023.html", "李亨山"),
    ],
)
def test_agency_pages_read_the_closing_editor(page: str, editor: str) -> None:
    """The agency's editor (``編輯``) or copy editor (``核稿``) closing the last paragraph is the editor field."""
    assert extract_page(page).editor == editor


def test_closing_staff_credit_values() -> None:
    """The labelled credits in the brackets after the last sentence (a date code may follow) are read as a meta
    line's values; a bracket inside a sentence, an unlabelled name and a label glued to a longer word are not."""
    assert closing_credit_values("……處1年以下有期徒刑。（編輯：李亨山）1120823") == [
        LabelledValue("editor", "编辑", "李亨山")
    ]
    assert closing_credit_values("……陣線」（FLNKS）。（譯者：王嘉語/核稿：嚴思祺）1120823") == [
        LabelledValue("author", "译者", "王嘉語"),
        LabelledValue("editor", "核稿", "嚴思祺"),
    ]
    assert closing_credit_values("當地居民（編輯：王某）說他看見了。") == []
    assert closing_credit_values("……舉行。（記者 張三）") == []
    assert closing_credit_values("……舉行。（資料來源：參考消息、海外網等）") == []


def test_closing_credit_stays_in_the_text() -> None:
    """A page whose last paragraph closes with the credit: the fields read it, the paragraph keeps it."""
    sentence = "市議會週一開會，經過長時間辯論後就明年的預算進行了表決，多數議員投了贊成票。"
    text = "".join(f"<p>第{i}段：{sentence}</p>" for i in range(3))
    last = f"<p>{sentence}（譯者：王小明/核稿：李大華）1120823</p>"
    article = newsmend.extract(f"<html><body><h1>市議會通過預算</h1><div>{text}{last}</div></body></html>")
    assert article.author == ["王小明"]
    assert article.editor == "李大華"
    assert article.paragraphs[-1].endswith("（譯者：王小明/核稿：李大華）1120823")


def test_subscription_box_is_furniture() -> None:
    """An element named for a subscription is a sign-up box: its title, the e-mail field's message and its thanks
    leave the text they stand in."""
    assert is_furniture("div.SubscriptionInner.mySubscriptionInner")
    assert is_furniture("div.newsletter-subscription__form")
    sentence = "市議會週一開會，經過長時間辯論後就明年的預算進行了表決，多數議員投了贊成票。"
    box = (
        "<div class='SubscriptionInner'><div>訂閱電子報 每天3分鐘掌握10件天下事</div>"
        "<input type='text' placeholder='請輸入電子信箱'><div>請輸入正確的電子信箱格式</div>"
        "<div>感謝您的訂閱！</div></div>"
    )
    text = "".join(f"<p>第{i}段：{sentence}</p>" for i in range(3))
    article = newsmend.extract(f"<html><body><h1>市議會通過預算</h1><div>{text}{box}{text}</div></body></html>")
    assert article.body is not None
    assert len(article.paragraphs) == 6
    assert "訂閱" not in article.body and "信箱" not in article.body
