"""A nineteenth audit on Chinese pages outside the dev set, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh15/``) are saved pages from another project's sample folder, read in
16,000-character pieces (their text kept as the page writes it, UTF-8 as declared):

- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/nytimes/002.html``,
  ``…/nytimes/003.html`` and ``…/nytimes/004.html``: three 2023 stories of an American daily's Chinese edition
  (traditional script) on the template of the fifteenth audit's page (``unseen-zh12/nytimes-cn-2023.html``): a
  business story by one reporter credited by her Chinese name (``艾莎``), with her card, the translation credit and
  the English-version link in the article's footer; a technology story by a reporter in capitals whose last
  paragraph is wrapped in a ``<span>``; a style essay whose footer holds the translator's credit alone; captioned
  figures with the agencies' credits in ``<cite>``, ad slots between the parts, related and most-read lists after
  (``nytimes-cn-business-2023.html``, ``nytimes-cn-iphone-2023.html``, ``nytimes-cn-xlogo-2023.html``: the head's
  cookie strings and trackers, the share links but two, the SVG logo's path and the footer's two menus cut, the
  related list after two stories and the most-read list after three; every paragraph kept);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/bbc/001.html``: a 2023 British
  broadcaster's Chinese story (traditional script), its byline a list under the headline (``<li>呂嘉鴻</li>
  <li>BBC中文</li>``) over the date, the JSON-LD author the service itself, every picture a ``<figure>`` holding the
  credit as a ``<p>`` in the picture's box (``圖像來源，Getty Images``) and the caption behind its screen-reader
  label (``<span>圖像加註文字，</span><p>…</p>``) in the figcaption, lists of links inside the text, sub-heads, then
  topics, related stories, top stories, picks, most read and the footer (``bbc-huawei-2023.html``: its 92,000
  characters of inline style, its scripts and SVG paths, the pictures' ``srcset`` lists, the menu's dropdown copy
  and the 110,000-character data script closing the page (not read past its start) cut; the related stories after
  three, the picks after two and the most read after three);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/bbc/002.html``: the same service's 2023
  analysis on the same template, minified, its byline ``<li>陳岩  </li><li>BBC中文記者</li>``, a video figure
  captioned behind ``音頻加註文字，``, and a second JSON-LD (the video) (``bbc-beltroad-2023.html``: its ``<head>``
  reduced to its own metadata and both JSON-LD scripts; the header, menus and footer taken from the first page's
  trimmed frame (the simplified-script link's story number changed to this page's); its article, topics, related
  stories and top stories its own, the picks, most read and data script cut). It was read after the fixes below
  and needed none beyond them; before them it read as the first page did (the service as author, the reporter's
  title opening the text, 5 credit paragraphs, two labels as captions).

None of them is in the dev set (by URL and by their sentences). The three daily's pages read right (trafilatura
takes the first one's reporter card as its author and opens each text with the headline; readability's titles
agree with newsmend's). The broadcaster's page did not: its author was the service (``['BBC News 中文']``), its
text opened with ``呂嘉鴻`` and ``BBC中文`` and held each picture's credit as a paragraph (6 of 40), and its captions
listed the label ``圖像加註文字，``. Fixed in ``fields/evidence.py``: a caption-shaped line inside a ``<figure>`` is
set apart as a figcaption is (8 dev pages change: figure labels and credits leave five bodies); short lines over a
date standing alone at the body's head are its header, no text (5 dev pages: a kicker, a byline, meta lines); the
writer's name over the site's own name over such a date is the byline (0 dev pages); and in ``fields/build.py``: a
caption's label alone is no caption (8 dev pages: ``Photo``, ``Image``, ``Foto:``). trafilatura finds no author
there, keeps the site's name in the title and opens the text with the headline; readability keeps a credit line.

A fifth page, ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/rfi/001.html``, is a 2023 French
international broadcaster's Chinese story (traditional script, 434,000 characters): a standfirst
(``p.t-content__chapo``) under the headline, then a labelled date line, the reading time, the picture with its
caption, the byline ``作者：香港特約記者 麥燕庭`` (a link to the author's page), a read-more interstitial with an ad,
paragraphs with bold sub-heads, an app promotion, share links, tags and two lists of other stories
(``rfi-typhoon-2023.html``: read in part, its head (the metadata and JSON-LD), its menus' last part and the
article with what follows it to the other stories' first item; the 200,000 characters of inline style before
the body, the inline SVG, the ``srcset`` lists, the menus read only in part and the rest of the page after the
first other story (not read) cut). Its JSON-LD credits ``香港特約記者 麥燕庭`` (the Hong Kong correspondent, then
her name), which the metadata's loose reading split into two names; and its standfirst was missing from the text.
Fixed in ``fields/people.py``: a Han part ending in a job title is no name there either (0 dev pages change);
in ``content/pruning.py``: ``chapo`` (the French press's word) names a standfirst, and only a long prose block
stops the search for one (1 dev page gains its standfirst). Not fixed here: its two lists of other stories (a tag
above each title inside the link) were read as no related links (their headings, ``同一主題`` and ``其他新聞``, are
list headings since the thirty-fourth audit).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right

import newsmend
from newsmend.fields.lines import is_caption_label
from newsmend.fields.people import split_names

GUARDS = [
    # A reporter credited by her Chinese name; her card, the translation credit, the captions' agency credits, the
    # ad labels and the related and most-read lists stay out.
    Guard(
        "unseen-zh15/nytimes-cn-business-2023.html",
        "中國充滿風險，為何跨國企業仍難以離開",
        ["艾莎"],
        "2023-09-11T10:30:47",
        "過去數十年裡，美國的企業老總們將中國視作一棵搖錢樹。",
        "企業高管們照常行事就是玩忽職守，」他說。",
        (
            "廣告",
            "Pool photo by Andy Wong",
            "波音公司在上海工廠",
            "時報上海分社社長",
            "翻譯：紐約時報中文網",
            "點擊查看本文英文版",
            "研究發現美國供應鏈仍高度依賴中國",
            "最受歡迎",
        ),
    ),
    # A last paragraph wrapped in a <span> closes the text; the reporter's card and the translator stay out (the text
    # speaks of TV ads itself: the ad slots' 廣告 labels are guarded on the other two pages).
    Guard(
        "unseen-zh15/nytimes-cn-iphone-2023.html",
        "蘋果發布iPhone 15系列，轉用USB-C接口",
        ["TRIPP MICKLE"],
        "2023-09-13T03:16:21",
        "過去10年裡，每年9月，蘋果都會召集世界各地的媒體參加一場營銷活動",
        "在美國，這款設備目前占智慧型手機銷量的50%以上，高於2018年的41%。",
        (
            "Justin Sullivan",
            "Jeff Chiu",
            "自舊金山報導科技議題",
            "翻譯：晉其角",
            "為什麼我看好蘋果Vision Pro",
            "最受歡迎",
        ),
    ),
    # A footer holding the translator's credit alone: no author from it.
    Guard(
        "unseen-zh15/nytimes-cn-xlogo-2023.html",
        "馬斯克為何對「X」情有獨鍾",
        ["STELLA BUGBEE"],
        "2023-07-27T01:07:48",
        "這個字母有它明顯的魅力。",
        "這也許是最符合X世代的結果。",
        ("廣告", "最重要的是，X是一種否定。", "Joel Saget", "翻譯：晉其角", "點擊查看本文英文版", "馬斯克正在拋棄"),
    ),
    # The byline list under the headline credits the writer and leaves the text; the pictures' credits and
    # caption labels, the lists of links inside the text and the boxes after it stay out.
    Guard(
        "unseen-zh15/bbc-huawei-2023.html",
        "華為：新款5G手機橫空出世 中國半導體突破美國封鎖？",
        ["呂嘉鴻"],
        "2023-09-12T07:56:32",
        "中國電子巨擘華為在8月底無預警「低調」發售新5G智慧型手機Mate 60 Pro",
        "該是中芯國際在未來5至10年內能做到的最好制程技術。",
        (
            "圖像來源",
            "圖像加註文字",
            "呂嘉鴻",
            "美日荷達成協議進一步限制對華晶片技術出口",
            "相關主題內容",
            "更多相關內容",
            "頭條新聞",
            "熱讀",
            "跳過此內容",
        ),
    ),
    # The same template on another story (read after the fixes, which it needed none beyond): the byline list's
    # second item is the service's reporter title (BBC中文記者), a video's caption label (音頻加註文字，) is no caption.
    Guard(
        "unseen-zh15/bbc-beltroad-2023.html",
        "「一帶一路」倡議十週年 改變世界的成敗與未來",
        ["陳岩"],
        "2023-09-10T05:42:14",
        "這個月，中國的「一帶一路」倡議提出已滿十週年",
        "中國把「一帶一路」倡議變為拓展這種雙邊關係的重要載體。",
        (
            "圖像來源",
            "圖像加註文字",
            "音頻加註文字",
            "你的器材不支持播放多媒體材料",
            "陳岩",
            "BBC中文記者",
            "中國老撾跨國鐵路通車",
            "相關主題內容",
            "頭條新聞",
        ),
    ),
    # The standfirst above the date line, the picture and the byline opens the text; the correspondent's title is
    # no name; the date line, reading time, interstitial, promotion, tags and other stories stay out.
    Guard(
        "unseen-zh15/rfi-typhoon-2023.html",
        "超強颱風「蘇拉」襲粵 深港澳停工停課 今晚風更勁 逾400航班受影響",
        ["麥燕庭"],
        "2023-09-01T07:49:42",
        "被形容為「完美風暴」的超強颱風「蘇拉」，連日令兩岸四地政府嚴陣以待",
        "而橫琴口岸亦會在下午3時許暫停通關。",
        (
            "發表時間",
            "11 分鐘",
            "香港特約記者",
            "繼續瀏覽後續",
            "下載法廣應用程序",
            "繼續閲讀相同主題内容",
            "颱風杜蘇芮挾暴雨轉向中國東北糧倉",
            "街站在港可能成絕響",
            "© 香港天文台",
        ),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def _figure_paragraphs() -> list[str]:
    """Four paragraphs of a story on a new phone, enough text for a page's body."""
    return [
        "華為在8月底無預警發售新款智慧型手機，在全球半導體高科技界引發高度關注，各國科技單位都在拆機研究其晶片的來源與製程。",
        "專家告訴記者，這款手機所用的七奈米晶片距離其他世界前沿晶片設計及代工的對手仍有一段距離，但進展之快出乎許多人的意料。",
        "有分析認為，美國可能會對中國半導體祭出更強烈的制裁，並擴大審查與中國半導體有關的產業鏈，以防止先進技術外流。",
        "台灣的評論者則說，接下來美國對全球半導體產業鏈的審查會越來越細，徹底盤整含有美國技術的公司與中國的關係。",
    ]


def _figure_page() -> bytes:
    """A story whose picture sits in a ``<figure>`` as the British broadcaster's Chinese pages set it: the credit
    as a ``<p>`` in the picture's box, the caption behind its screen-reader label in the ``<figcaption>``; and a
    pull quote in a figure of its own."""
    paragraphs = _figure_paragraphs()
    figure = (
        '<figure><div><div style="padding-bottom:56%"><img src="a.jpg" alt="x"><p role="text"><span>圖像來源，</span>'
        "<span>Getty Images</span></p></div></div><div><figcaption><span>圖像加註文字，</span>"
        "<p>華為門市外排隊的顧客。</p></figcaption></div></figure>"
    )
    quote = '<figure class="pullquote"><blockquote><p>「這是一場精心策劃的宣傳活動。」</p></blockquote></figure>'
    p = [f"<p>{text}</p>" for text in paragraphs]
    body = p[0] + figure + p[1] + quote + p[2] + p[3]
    head = "<html><head><title>華為新機</title></head><body><article><h1>華為新機</h1>"
    return f"{head}{body}</article></body></html>".encode()


def test_credit_line_in_a_figure_is_no_paragraph() -> None:
    """A caption-shaped line in a ``<figure>`` outside its ``<figcaption>`` (the picture's credit) leaves the body
    for the captions; a figure's line that reads as no caption (a pull quote) stays in the text."""
    article = newsmend.extract(_figure_page())
    assert "圖像來源，Getty Images" in article.captions
    assert "華為門市外排隊的顧客。" in article.captions
    assert not any("圖像來源" in p for p in article.paragraphs)
    assert "「這是一場精心策劃的宣傳活動。」" in article.paragraphs
    assert article.paragraphs[0].startswith("華為在8月底") and article.paragraphs[-1].startswith("台灣的評論者")


def test_caption_label_alone_is_no_caption() -> None:
    """A caption's label standing in an element of its own (``圖像加註文字，``, ``Image caption,``) or a figure's
    caption word (``Photo``) is listed as no caption; a caption with a label and its text stays one."""
    assert newsmend.extract(_figure_page()).captions == ["圖像來源，Getty Images", "華為門市外排隊的顧客。"]
    for label in ("圖像加註文字，", "Image caption,", "Photo", "Image", "Foto:"):
        assert is_caption_label(label)
    for caption in ("圖像來源，Getty Images", "Photo by Dan Seifert / The Verge", "iPhone 15 Pro。", "Obama"):
        assert not is_caption_label(caption)


def _listed_byline_page(outlet: str) -> bytes:
    """A story whose byline is a list under the headline, the writer's name then ``outlet``, over the date."""
    paragraphs = "".join(f"<p>{text}</p>" for text in _figure_paragraphs())
    head = (
        '<html><head><title>颱風逼近香港 - 範例新聞 中文</title><meta property="og:site_name" content="範例新聞 中文">'
        '<link rel="canonical" href="https://www.example.com/zhongwen/trad/news-1"></head>'
    )
    byline = f"<ul><li>王小明</li><li>{outlet}</li></ul><div><time>2023年9月12日</time></div>"
    return f"{head}<body><main><h1>颱風逼近香港</h1>{byline}{paragraphs}</main></body></html>".encode()


def test_lines_over_the_dateline_are_no_text() -> None:
    """Short lines opening the body over a date standing alone (the byline set as a list) leave the text."""
    article = newsmend.extract(_listed_byline_page("範例新聞中文"))
    assert article.paragraphs[0].startswith("華為在8月底")
    assert not any(p in ("王小明", "範例新聞中文", "2023年9月12日") for p in article.paragraphs)


def test_writer_listed_over_the_site_name() -> None:
    """The name over the site's own name over the date is the writer; over another word it is no one's."""
    assert newsmend.extract(_listed_byline_page("範例新聞中文")).author == ["王小明"]
    assert newsmend.extract(_listed_byline_page("香港")).author is None


def test_metadata_credit_with_a_correspondents_title() -> None:
    """A metadata author opening with the reporter's title (``香港特約記者 麥燕庭``, as the French international
    broadcaster's Chinese pages credit their Hong Kong correspondent in JSON-LD: rfi/001.html of the audited
    folder) names the reporter alone; the title is no second name, in the loose reading as in the strict one."""
    assert split_names("香港特約記者 麥燕庭", strict=False) == ["麥燕庭"]
    assert split_names("北京特派記者 張三", strict=False) == ["張三"]
    assert split_names("新华社记者", strict=False) == []
    assert split_names("Staff reporter", strict=False) == ["Staff reporter"]
    author = '[{"@type":"Person","name":"香港特約記者 麥燕庭"}]'
    ld = f'{{"@context":"http://schema.org","@type":"NewsArticle","author":{author}}}'
    paragraphs = "".join(f"<p>{text}</p>" for text in _figure_paragraphs())
    page = (
        f'<html><head><title>颱風逼近香港</title><script type="application/ld+json">{ld}</script></head>'
        f"<body><article><h1>颱風逼近香港</h1>{paragraphs}</article></body></html>"
    )
    assert newsmend.extract(page.encode()).author == ["麥燕庭"]


def test_chapo_over_a_date_line_opens_the_text() -> None:
    """A standfirst named as the French press names it (``p.t-content__chapo``) above a labelled date line, the
    reading time, the picture and the byline joins the text it leads; a short date line between is no prose that
    stops the search for it."""
    chapo = "被形容為「完美風暴」的超強颱風「蘇拉」，連日令兩岸四地政府嚴陣以待，在沒有造成傷亡地略過台灣後，逼近香港。"
    header = (
        f'<h1>颱風逼近香港</h1><p class="t-content__chapo">{chapo}</p>'
        '<div class="t-content__dates"><p class="m-pub-dates">發表時間： <time>01/09/2023 - 09:49</time></p>'
        "<div>11 分鐘</div></div><figure><img src='a.png'><figcaption>颱風結構緊密，風眼清晰可見</figcaption></figure>"
        '<div class="m-from-author"><span>作者：</span><a href="/tw/作者/x/">香港特約記者 麥燕庭</a></div>'
        "<div><div>廣告</div><button>繼續瀏覽後續</button></div>"
    )
    paragraphs = "".join(f"<p>{text}</p>" for text in _figure_paragraphs())
    page = f'<html><head><title>颱風逼近香港</title></head><body><article>{header}<div class="t-content__body">'
    article = newsmend.extract(f"{page}{paragraphs}</div></article></body></html>".encode())
    assert article.paragraphs[0] == chapo
    assert article.paragraphs[1].startswith("華為在8月底")
