"""A forty-seventh audit on Taiwanese news pages from a source no audit had used, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh26/``) are pages saved in 2024 as JavaScript template strings
(``export const x = `…```: the browser's DOM after its scripts ran, as a scraper's tests hold them) in
lostmypillow/dms-scrape's ``test/``, read in 16,000-character pieces (the pieces holding the head, the article
region and the footer; 32,000 to 94,000 characters a page) and transcribed trimmed: most menu items cut (their text
kept as the page writes it), a picture's ``srcset`` cut to one entry, SVG paths emptied, ad slots' loading
skeletons and the sidebars' empty boxes cut. The saver's copy sets stray spaces inside some words (``知情人 士透露``,
``鉅 亨網新聞中心``, ``壹 蘋新聞網``); they are kept as saved:

- ``test/wealthtest.js``: a 2024 business magazine's copy of a daily's story on low-orbit satellites
  (``wealth.com.tw``, a React page whose classes are hashes, no ``<html>``, ``<head>`` or ``<body>`` tag: the
  saved DOM starts at its ``<title>``), the byline ``文｜、<a>工商時報</a>`` (the daily as writer), the lead photo's
  caption in a span under an empty picture box (``▲…（示意圖／Unsplash）``, 105 characters), the text in two boxes
  split by an ad slot, closed by ``（本文由「工商時報」授權轉載）`` and a ``延伸閱讀：`` list of three of the daily's
  stories, keywords, ``你可能還想看`` cards, ``熱門文章`` and ``最新文章`` boxes (each headline in its link after a
  bullet ``•``), the footer's address line with the notice glued to it (``wealth-satellite-2024.html``: the menus
  and the card boxes cut to two or three items);
- ``test/insidetest.js`` (named for another site, holding the daily's own page): the same daily's story on a
  6G cooperation (``ctee.com.tw``), the reporter's name in the credit list under the headline and the subtitle
  (``<h2 class="sub-title">``), ad slots between the paragraphs, ``相關新聞``, ``熱門日報新聞`` and an idle-screen
  ``熱門新聞 TOP 3`` box, the footer twice (a menu clone and the footer) (``ctee-6g-2024.html``: the menus cut to
  a few entries each, the menu clone after the page and the lightbox's markup cut);
- ``test/cnyestest.js``: a 2024 financial news site's story on a chip-subsidy loan (``news.cnyes.com``, a
  Next.js page), the desk's credit and time in one line (``鉅 亨網新聞中心 2024-09-30 15:10``), the lead picture
  in a ``<figure>`` with its ``<figcaption>``, each paragraph in a ``<section>`` between empty ones, ticker links
  inside the text, tags, ``相關行情`` and ``相關權證`` boxes of quotes, a ``延伸閱讀`` list, previous and next stories
  and a ``人氣排行`` box (``cnyes-intel-2024.html``: the menus cut to a few entries, the quote box to three tickers,
  the popularity box to three items, the sidebar's loading skeletons cut);
- ``test/tested/nextapple.js``: a 2024 news site's business story (``tw.nextapple.com``) whose ``<body>`` is
  hidden (``style="display: none;"``: its scripts show it once loaded), the headline in the breadcrumb, the
  reporter's credit ``壹 蘋新聞網 / 呂承哲 綜合報導`` under it, the lead paragraph in a ``<blockquote>`` in the
  header (``【記者呂承哲／台北報導】…``), the picture and caption, the text, tags, a ``點擊閱讀下一則新聞`` box with the
  next story's headline, a ``相關新聞`` card column and a side drawer of the site's features, topics and columns
  under headings with ``閱讀更多`` links (``nextapple-owlting-2024.html``: the menus cut to a few entries, the card
  column to three cards, the drawer's icons emptied; the part of the page between the third card and the
  footer's notice, not read, reduced to two icon links);
- ``test/compotechtest.js``: a 2024 electronics trade magazine's news item (``compotechasia.com``, a press
  release, no address in its metadata), the byline ``本文作者：<a>AMD</a>`` and the time, a ``前言：`` standfirst
  (``div.intro``), the text in ``<div>``s of spans split by empty ones, a sub-head, a ``相關資源`` list of three
  unlinked bulleted lines closing it, ``本月熱點`` and ``欄目熱點`` boxes in the right column and a centred footer
  with the notice and contacts (``compotech-amd-fpga-2024.html``: the second copy of the menu, ``#falsenav``, cut,
  the menus to a few entries, the hot-spot boxes to six and three items, the weather widget's frame kept).

None is in the dev set (by their sentences and their sites). A broadcaster's page (``test/tested/setntest.js``,
whose template an earlier audit bundled) and the longest ones (``chinatest.js``, 439,000 characters;
``techrangetest.js``, 281,000) were not taken.

newsmend read the daily's page right: the reporter (trafilatura credits ``工商時報 林淑惠``), the time, the text
from the lead to the last paragraph, the subtitle, the lists and the footer out, the footer's notice. On the
magazine's copy the 105-character caption opened the text unlisted: a caption marked by ▲ was read only up to 90
characters. A line framed as a caption at both ends, a photo's mark opening it and a bracketed picture credit
closing it (``（示意圖／X）``), is one up to 180 (``fields/lines.py``, ``_FRAMED_CAPTION_RE``): it is listed, and
kept in its place as captions in the running text are. The closing ``（本文由「工商時報」授權轉載）`` stayed the
text's last paragraph and the page had no source; a republication credit naming the outlet that authorised it
(``本文由X授權轉載``, in brackets or not) is read as the others (``fields/people.py``, ``_AUTHORISED_RE``): the
daily is the source and the line leaves the text. The ``最新文章`` box's bullets opened its headlines (``•LINE Pay
申請上市案…``), one story listed twice; a typographic bullet opening a link is a list mark (``fields/related.py``,
``_BULLET_MARKS``). Left as found: no notice (the footer's line glues it after the address in hashed classes, no
footer element), no author (the byline names the daily). trafilatura keeps the credit line and dates the story by a
card (2022-03-21); readability keeps one paragraph.

On the financial site's page the text, time and caption were read right (no author: the desk's credit, which
without the saver's stray space, ``鉅亨網新聞中心``, is read as the source; trafilatura opens the text with the
headline and closes it with ``下一篇``); the related list opened with a warrant's quote
page under ``相關權證`` (``台積電法興(購) 槓桿5.32倍``). A heading naming market data (``相關行情``, ``權證``,
``報價``) ends the story list instead of opening one (``fields/lines.py``, ``is_market_heading``;
``fields/related.py``). The news site's page read as empty (``no-article``): the walk dropped its hidden body.
The body a page hides until its scripts run is walked (``html/parse.py``, ``_walk``); the text then ran on into
the next-story box (``點擊閱讀下一則新聞`` and the next headline): ``閱讀下一則``/``點擊閱讀下一篇`` opening a line is
a pager's label (``content/pruning.py``, ``_BOILERPLATE``), and the box leaves. Its lead, set in the header's
``<blockquote>``, opens the text with the reporter's bracketed credit, as the site's other credits read
(trafilatura drops the lead; readability reads the headline alone). The drawer's ``火線話題 閱讀更多`` and ``精選
特輯 閱讀更多`` headings (``更多`` makes a list heading) listed its topic and column links after the three related
cards; a heading in a ``<nav>``, a ``<footer>`` or an element below the body named as a menu (``div.side-menu``)
titles the site's sections and opens no list (``fields/related.py``, ``_in_site_menu``). Each change moves none of
the 798 dev pages.

newsmend read the trade magazine's item right: the time, the standfirst first and the text to its last paragraph,
the unlinked ``相關資源`` lines out (trafilatura and readability keep them), the notice, the hot-spot stories as its
related list. Left as found: no author (the byline credits the company issuing the release); the first
``欄目熱點`` item's title opens with its channel's label (``新聞Ansys 協助…``: the label's ``<em>`` and the
headline's ``<span>`` share the link, where the other items set the headline in a box of its own); the line break
the saver left inside a word of the standfirst reads as a space (``為先 進駕駛``), as in the browser.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend
from newsmend.content.pruning import is_ui_wording
from newsmend.fields.lines import is_caption, is_list_heading, is_market_heading
from newsmend.fields.people import republished_credit

WEALTH = "unseen-zh26/wealth-satellite-2024.html"
CTEE = "unseen-zh26/ctee-6g-2024.html"
CNYES = "unseen-zh26/cnyes-intel-2024.html"
NEXTAPPLE = "unseen-zh26/nextapple-owlting-2024.html"
COMPOTECH = "unseen-zh26/compotech-amd-fpga-2024.html"

GUARDS = [
    # The lead photo's caption first (listed: see its test), the text to its last paragraph; the credit line, the
    # daily's stories, the keywords, the cards, the boxes and the footer out.
    Guard(
        WEALTH,
        "低軌衛星10月底罩全台 金寶等8檔概念股可注意",
        None,
        "2024-10-18T17:34",
        "▲我國低軌衛星布局進入收割期",
        "整合多軌群星網路服務資源，推動國內衛星產業發展。",
        ("授權轉載", "延伸閱讀", "印度衝5G基建", "關鍵字", "你可能還想看", "熱門文章", "最新文章", "WEALTH MAGAZINE"),
    ),
    # Read right: the reporter, the time, the lead to the last paragraph; the subtitle, the share labels, the
    # lists, the idle box, the cookie notice and the footer out.
    Guard(
        CTEE,
        "台、歐盟6G合作 30家台廠搶進",
        ["林淑惠"],
        "2024-10-09T03:00",
        "台、歐盟6G合作向前衝！",
        "象徵台灣在6G技術研發的關鍵突破。",
        ("獲歐盟認證", "已將目前網頁", "相關新聞", "必比登", "熱門日報新聞", "客服專線", "cookies", "閒置"),
    ),
    # The desk's credit is no author; the text from its first section to its last, the ticker links in place; the
    # caption, the bulletin, the tags, the quote boxes, the lists and the sidebar out.
    Guard(
        CNYES,
        "報導：英特爾和美國政府將在年底前完成85億美元晶片融資",
        None,
        "2024-09-30T15:10",
        "知情人 士透露，英特爾 (INTC-US) 和美國政府",
        "所利用的生成式人工智慧熱潮生產出廣受青睞的晶片。",
        ("新聞中心", "shutterstock", "免費論壇", "文章標籤", "相關行情", "台積電法興", "延伸閱讀", "上一篇", "排行"),
    ),
    # The hidden body read; the lead in the header's blockquote first, with its credit; the caption, the tags, the
    # next-story box, the share buttons, the cards and the footer out.
    Guard(
        NEXTAPPLE,
        "奧丁丁集團獲美國 Stellar 基金會策略性投資 募資金額達8位數美元",
        ["呂承哲"],
        "2024-08-12T02:47",
        "【記者呂承哲／台北報導】全球領先的區塊鏈技術金融科技公司奧丁丁集團",
        "一起探索在 Web3 領域優化支付流程的所有可能性。」",
        ("綜合報導", "奧丁丁集團提供", "點擊閱讀", "中東局勢", "贊助壹蘋", "相關新聞", "著作權所有"),
    ),
    # Read right: the standfirst first, the sub-head kept, the text to its last paragraph; the byline, the
    # related-resources lines, the columns' boxes and the footer out.
    Guard(
        COMPOTECH,
        "AMD為ADAS系統及數位座艙推出尺寸更小、成本最佳化的車規級FPGA系列",
        None,
        "2024-09-19T09:20",
        "AMD Artix™ UltraScale+™車規級（XA）AU7P FPGA專為能源效率和空間受限的應用而設計",
        "如欲瞭解更多資訊，請參閱AMD汽車專區。",
        ("本文作者", "前言", "點擊", "相關資源", "更多關於", "本月熱點", "欄目熱點", "陸克文化", "聯繫電話"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_fields_around_the_texts() -> None:
    """The sources, notices, captions and related stories the pages state, as read."""
    ctee = extract_page(CTEE)
    assert (ctee.source, ctee.copyright) == (
        "工商時報",
        "Copyright © 2024 工商財經數位股份有限公司 China Times Group, All Rights Reserved.",
    )
    assert [r.title for r in ctee.related][:3] == [
        "這問題無法杜絕 必比登推介名店雙月突宣布青島店熄燈",
        "台中飯店業者祭優惠 搶食爵士音樂節住房與餐飲商機",
        "網購包材減量上路滿周年 電商須定期檢視減量情形",
    ]
    cnyes = extract_page(CNYES)
    assert cnyes.captions == ["報導：英特爾和美國將在年底前完成85億美元晶片融資(圖:shutterstock)"]
    assert (cnyes.author, cnyes.source, cnyes.copyright) == (None, None, None)
    nextapple = extract_page(NEXTAPPLE)
    assert nextapple.copyright == "© 2024 Nextapple News. All rights reserved."
    assert nextapple.captions == [
        "奧丁丁集團宣布獲得美國 Stellar 基金會策略性 投資，完成八位數美元新一輪募資。奧丁丁集團提供"
    ]
    assert [r.title for r in nextapple.related][:3] == [
        "中東局勢引發投資人不安 美股開低",
        "具備多人座大空間！ 鴻海全新電動車Model U影片曝光",
        "山陀兒颱風越晚風雨越大 宜蘭縣3地點1級、2級淹水警戒",
    ]
    assert len(nextapple.paragraphs) == 8
    compotech = extract_page(COMPOTECH)
    assert compotech.copyright == "Copyright © 2002-2023 COMPOTECH ASIA. 陸克文化 版權所有"
    assert "AMD在汽車領域的發展" in compotech.paragraphs
    assert [r.title for r in compotech.related][-2:] == [
        "新一波電動車製造商選擇 NVIDIA DRIVE 實現自動駕駛",
        "GSMA 推出成熟度路線圖，電訊行業將領先部署負責任的人工智能",
    ]


def test_headings_in_a_site_menu_open_no_list() -> None:
    """The side drawer (``div#side-menu.side-menu``) heads its topics and columns with ``火線話題 閱讀更多``: the
    related stories are the three cards of the ``相關新聞`` column, none of the drawer's links. The same heading
    in the article's own element opens its list."""
    related = extract_page(NEXTAPPLE).related
    assert [r.url for r in related] == [
        "https://tw.nextapple.com/finance/20241002/E59B570B36E5C4C0E2BAE1E124D3C216",
        "https://tw.nextapple.com/finance/20241002/A8AF5FBB1238C5B27B4BDAAF530F4DCF",
        "https://tw.nextapple.com/finance/20241002/6EBFC08246ED51F91471278A5AE2FA47",
    ]
    sentence = "市議會周一開會，經過長時間辯論後就明年的預算進行了表決，多數議員投了贊成票。"
    headline = "市府公布第{}季施政報告 預算執行率創新高"
    items = "".join(f"<li><a href='/news/2024/{i}.html'>{headline.format(i)}</a></li>" for i in range(3))
    for box in ("div class='side-menu'", "div class='more-box'"):
        page = (
            "<html><head><meta charset='utf-8'><title>市議會通過預算</title></head><body><h1>市議會通過預算</h1>"
            f"<div class='article'>{f'<p>{sentence}</p>' * 3}</div>"
            f"<{box}><div>熱門話題 閱讀更多</div><ul>{items}</ul></div></body></html>"
        ).encode()
        listed = len(newsmend.extract(page, url="https://example.com/news/2024/9.html").related)
        assert listed == (0 if "menu" in box else 3)


def test_caption_framed_at_both_ends_may_be_long() -> None:
    """A line opened by a photo's mark (▲) and closed by a bracketed picture credit (``（示意圖／Unsplash）``) is a
    caption up to 180 characters: the magazine's lead caption repeats its first sentences in 105. Either mark
    alone still needs a caption's usual length (90), and a framed line longer than 180 is text."""
    caption = (
        "▲我國低軌衛星布局進入收割期，中華電信去年與全球低軌衛星市占排名第二的Eutelsat OneWeb簽署台灣低軌衛星"
        "獨家代理合約之後，預定10月底完成全台覆蓋。（示意圖／Unsplash）"
    )
    assert is_caption(caption)
    assert not is_caption(caption.removesuffix("（示意圖／Unsplash）") + "，象徵台灣進入低軌衛星通訊時代。")
    assert not is_caption(caption.removeprefix("▲"))
    assert not is_caption("▲" + "中華電信董事長簡志誠表示，地面站10月底即可24小時覆蓋。" * 7 + "（圖／記者攝）")
    assert extract_page(WEALTH).captions == [caption]


def test_authorised_copy_names_its_source() -> None:
    """``本文由「X」授權轉載`` (copied with X's leave), in brackets or not, names X the source, and the line leaves
    the text. A bracketed ``(本文来自X，…)`` stays no credit: a news app's hidden tagline names the app itself."""
    assert republished_credit("（本文由「工商時報」授權轉載）") == ("工商時報", [])
    assert republished_credit("本文经新华社授权发布。") == ("新华社", [])
    assert republished_credit("本文经授权转载") is None
    assert republished_credit("(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)") is None
    article = extract_page(WEALTH)
    assert article.source == "工商時報"
    assert article.paragraphs[-1].startswith("中華電信繼去年與低軌衛星業者OneWeb簽署獨家代理協議後")


def test_bullets_in_links_are_no_headline_words() -> None:
    """The ``最新文章`` box sets ``•`` inside each link before the headline: each headline is listed once, without
    it, beside the daily's three stories and the cards; the article's own headline in ``熱門文章`` is no item."""
    titles = [r.title for r in extract_page(WEALTH).related]
    assert not any(t.startswith("•") for t in titles)
    assert titles.count("LINE Pay申請上市案 獲證交所董事會通過") == 1
    assert titles[:3] == [
        "印度衝5G基建 台鏈跟著旺",
        "搭AI熱 OCP峰會 台廠新品齊發",
        "CSP加重設計地位 台積、聯發科、世芯 拉風",
    ]
    assert titles[-1] == "力積電法說》回應日本SBI「不誠實」指控 黃崇仁提雙方兩大分歧：建廠成本嚇死人！"
    assert "低軌衛星10月底罩全台 金寶等8檔概念股可注意" not in titles


def test_market_data_heading_lists_no_stories() -> None:
    """``相關行情`` and ``相關權證`` head boxes of quote pages: the warrant's link is no related story, the
    ``延伸閱讀`` list after them is. ``行情`` alone (a car portal's ``降价行情``) names stories; both stay list
    headings for the body's trims."""
    assert is_market_heading("相關權證") and is_market_heading("相關行情") and is_market_heading("最新报价")
    assert not is_market_heading("降价行情") and not is_market_heading("延伸閱讀")
    assert is_list_heading("相關行情")
    related = extract_page(CNYES).related
    assert related[0].title == "高通若成功收購英特爾 對台積電影響微乎其微？"
    assert not any("warrant" in (r.url or "") for r in related)


def test_hidden_body_is_read() -> None:
    """A body hidden until the page's scripts show it is read; hidden elements inside it still are not."""
    sentence = "市議會周一開會，經過長時間辯論後就明年的預算進行了表決，多數議員投了贊成票。"
    page = (
        "<html><head><meta charset='utf-8'><title>市議會通過預算</title></head><body style='display: none;'>"
        f"<h1>市議會通過預算</h1><div class='article'>{f'<p>{sentence}</p>' * 3}"
        "<div style='display:none'><p>這段文字被隱藏，讀者看不見，不是本文的一部分。</p></div></div></body></html>"
    ).encode()
    article = newsmend.extract(page)
    assert article.paragraphs == [sentence] * 3
    assert "no-article" not in extract_page(NEXTAPPLE).flags


def test_next_story_box_leaves_the_text() -> None:
    """``點擊閱讀下一則新聞`` (click to read the next story) is a pager's label, as ``下一篇`` is: the box under the
    tags holding it and the next story's headline leaves the text's end."""
    assert is_ui_wording("點擊閱讀下一則新聞") and is_ui_wording("阅读下一篇：")
    assert not is_ui_wording("他呼籲讀者閱讀下一則報導前先查證來源。")
    article = extract_page(NEXTAPPLE)
    assert article.paragraphs[-1].startswith("王俊凱表示：「展望未來")
    assert "點擊閱讀下一則新聞" not in article.captions
