"""A twenty-ninth audit on Chinese pages outside the dev set, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh19/``) are saved pages from another project's sample folder, read in
16,000-character pieces (their text kept as the page writes it, UTF-8 as declared): the pieces of each page's 11 to
20 that hold its head and its article region, the rest (inline style, scripts, menus) not read:

- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/cna/002.html``: a 2023 Taiwanese agency's
  cross-strait story, pretty-printed, its dateline crediting no reporter (``（中央社台北23日電）``: the agency, the
  place and the day glued), no photo, the desk's two editors slash-separated closing the last paragraph before the
  ROC date code (``（編輯：唐佩君/呂佳蓉）1120823``), hash tags and the focus news in the text's element
  (``cna-singles-2023.html``: its ``<head>`` cut to the article's metadata and JSON-LD (the Organization,
  SpeakableSpecification and WebSite JSON-LD and the inline style cut); the channel menu taken from the twentieth
  audit's trimmed frame of this template (``unseen-zh16/cna-data-2023.html``); the ticker and the article its own,
  the share buttons' SVG icons and the like box's second copy cut, the focus news after three stories and the
  page after the article cut);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/cna/004.html``: the agency's international
  story compiled from wires (``（中央社曼谷23日綜合外電報導）``), a captioned lead picture, two linked headlines
  between the first two paragraphs, the translator and the copy editor closing the last paragraph
  (``（譯者：何宏儒/核稿：楊昭彥）1120823``), then in the text's element a picture whose caption (``div.picinfo``) is
  closed by the agency's dated credit (``（為泰黨提供）中央社記者呂欣憓曼谷傳真 112年8月23日``: courtesy of the party,
  sent by the agency's reporter from Bangkok on 2023-08-23), the tags, a further-reading box, two boxes of links per
  person tagged (``<div><span>戴克辛</span></div><a>…</a><a>…</a>``), a second picture with the same caption and the
  focus news (``cna-thailand-2023.html``: trimmed as the first, the menu the same frame's; the pictures' ``srcset``
  lists cut, the focus news after three stories);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/cna/006.html``: the agency's local story, its
  reporter glued to the place in the dateline (``（中央社記者洪學廣高雄23日電）``), a captioned lead picture
  (``（圖取自Google地圖網頁google.com/maps）``), the editor closing the last paragraph, tags and a further-reading box
  of five stories (``cna-prison-2023.html``: its ``<head>`` cut to the article's metadata and JSON-LD as the
  first's; the header frame, share bar and focus news the second page's (the same day's), its headline, breadcrumb
  and time box set from this page's metadata as the template prints them (that piece not read); the picture,
  text, tags and further reading its own);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/setn/003.html``: a 2023 Taiwanese
  broadcaster's international story, the desk and the reporter as the text's first ``<p>``
  (``國際中心／許元馨報導``), a captioned photo line (``▲…（組合圖／資料照、翻攝自拜登臉書）``), three paragraphs, the
  tag news, a recommended topic and a sponsored headline after the text (``setn-g20-2023.html``: its ``<head>``
  reduced as the twentieth audit's page on this template (``unseen-zh16/setn-pokemon-2023.html``) with its own
  values; the header taken from that page's trimmed frame, its headline, date and links this page's; the article,
  tag news, keywords and further reading its own, the scripts, the live players and the ad slots cut, the further
  reading after three of eight stories);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/setn/004.html``: the broadcaster's reprint of
  a partner magazine's story, credited ``文／CTWANT`` in the text's first ``<p>`` and after the text (``<span
  class="reporter">`` with a copyright icon), a listen-to-the-news player over the headline (``聽新聞``), the lead
  caption in a ``<figcaption>``, a second picture's caption line between the paragraphs and the partner's own
  further-reading list closing the text's element (``延伸閱讀`` in ``<strong>`` over four links)
  (``setn-crabs-2023.html``: trimmed as the third on the same frame, the player's speed menu cut to four speeds,
  the further reading after three of eight stories);
- ChiaYuChang/NewsSentimentAnalyzer ``internal/server/parser/example/bbc/003.html``: a 2023 British broadcaster's
  Chinese analysis (traditional script) on the template of the nineteenth audit's pages, its byline a list under
  the headline of the writer's transliterated name glossed with its spelling (``<li>尼克·馬什（Nick Marsh）</li>``)
  and his title (``<li>BBC亞洲商業事務記者</li>``, the broadcaster's Asia business correspondent) over the date, the
  service as the JSON-LD author, five captioned figures, sub-heads, an ad slot, the topics, related stories and
  top stories after the text (``bbc-economy-2023.html``: its ``<head>`` reduced to its own metadata and JSON-LD;
  the header, menus and footer taken from the nineteenth audit's trimmed frame (``unseen-zh15/bbc-beltroad-2023.html``,
  the simplified-script link's story number changed to this page's); the article, topics, three related stories and
  the top stories its own, the pictures' ``srcset`` lists and lazy-load wrappers cut, the picks, most read and the
  data script cut).

None of them is in the dev set (by URL and by their sentences). On the agency's cross-strait story newsmend read
the outlet as ``中央社台`` and no editor. The dateline pattern for ``X…電`` took the longest outlet-like word,
and ``台`` (a broadcaster's suffix) of the place ``台北`` made ``中央社台`` one; where the outlet ends is now read
off the place glued after it: the shortest outlet that leaves a place of the dictionary, else the longest that
leaves two characters (``fields/people.py``; every agency story filed from Taipei, Taichung, Tainan or Taitung
without a reporter read so). The closing credit's pattern wanted a label before every slash; a label's several names
slash-separated are one value now (``fields/lines.py``), read as ``唐佩君、呂佳蓉``. On the wire story it read no
author and no editor (the closing credit was read off the body's last line, the second picture's caption), listed
no caption, and closed the text with a tagged person's name and both pictures' captions. Now: a line closed by an
agency's dated photo credit (``記者X攝|傳真 112年8月23日``) is a caption, the credit not counted in its length
(``fields/lines.py``); the titles over links the selection left out go from the body's end past the captions
among them, which keep their places (``fields/trim.py``); and the staff credit is read off the text's last
paragraph that is no caption (``fields/evidence.py``). The picture's caption stays in the text twice, as the page
sets it twice. 0 of 798 dev pages change with each. trafilatura finds no author or editor on either story, sets the
site's name in both titles, opens both texts with the headline and closes the wire story with the picture's
caption; readability opens both with the breadcrumb (``首頁 /``) and reads the wire story's article as one line; its
titles agree with newsmend's.

newsmend read the Taiwanese broadcaster's two pages right: the desk's reporter is the author, the photo line stays
the international story's first line (by policy) and the reprint's figcaption is listed and out of the text; the
partner's further reading is its related list. The reprint's author is the magazine as the page credits it
(``['CTWANT']``): no mechanism tells a partner's name in capitals from a writer's handle (a Chinese forum's
``JANINE`` on a dev page is a user's). trafilatura opens both texts with the credit line, closes the reprint's with
``延伸閱讀`` and finds no author; readability opens both with the credit line, reads the international story as one
line and closes the reprint's with ``延伸閱讀``.

On the agency's local story newsmend read no author: the reporter's name glued to the place is cut off where a
dictionary place begins, and jieba lists ``高雄`` (Kaohsiung) as no place (nor ``台中``, ``花蓮``, ``嘉義``: tagged
as names, or not listed). When no ending is a dictionary place, the place is now the last two characters (three
after a division word, ``彰化縣``) when a name's two characters stay (``fields/people.py``; 0 of 798 dev pages
change). trafilatura finds no reporter there either and opens the text with the headline; readability reads the
article as one line opening with the breadcrumb.

On the British broadcaster's analysis newsmend read the service (``BBC News 中文``) as the author: the writer over the
outlet's line over a date alone was read only for a name alone over the site's own name (``呂嘉鴻`` over
``BBC中文``). Now a name glossed with its spelling in brackets is the writer's name (its Han part), and the outlet's
line may be the site's name opening a staff title (``fields/evidence.py``, ``fields/title.py``,
``fields/people.py``); either alone left the service as the author. 0 of 798 dev pages change. trafilatura finds no
author, opens the text with the headline and keeps the site's name in the title; readability opens it with the
headline, the byline and the date run together in one line; its title agrees with newsmend's.

The pages were not rebuilt whole on disk (160-300 KB each, most of it style, scripts, SVG icons and menus): each
fixture was checked against the pieces read, its fields and the body's lines as the page's article region gives them.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend
from newsmend.fields.lines import closing_credit_values, is_caption
from newsmend.fields.people import dateline_reporters, dateline_source, glossed_name, is_job_title
from newsmend.fields.title import opens_with_site

GUARDS = [
    # The agency's own story without a reporter: no author; the dateline and the editors' credit stay in the prose;
    # the tags and the focus news stay out.
    Guard(
        "unseen-zh19/cna-singles-2023.html",
        "中國單身人口逾2億 專家說因年輕人太宅",
        None,
        "2023-08-23T15:33",
        "（中央社台北23日電）中國年輕未婚單身人口達2.39億人",
        "（編輯：唐佩君/呂佳蓉）1120823",
        ("#中國", "#環球時報", "聚焦新聞", "新北火化場", "請同意我們的隱私權規範"),
    ),
    # The wire story: the translator as author; the linked headlines, the tags, the further reading, the tagged
    # people's boxes and the focus news stay out; the picture set after the text closes it, its caption.
    Guard(
        "unseen-zh19/cna-thailand-2023.html",
        "泰王任命賽塔為總理 新政府親軍方成員備受爭議",
        ["何宏儒"],
        "2023-08-23T21:55",
        "（中央社曼谷23日綜合外電報導）泰國新總理賽塔今天在泰王瓦吉拉隆功認可下就職。",
        "中央社記者呂欣憓曼谷傳真 112年8月23日",
        ("3個月僵局落幕", "#帕拉育", "延伸閱讀", "支持者聚集聲援", "入監不到一天", "聚焦新聞", "（前中）"),
    ),
    # The reporter glued to a place the dictionary lacks; the editor; the tags and the further reading stay out.
    Guard(
        "unseen-zh19/cna-prison-2023.html",
        "高雄女監收容人突昏迷不治 獄方否認做登革熱防疫過勞死",
        ["洪學廣"],
        "2023-08-23T20:31",
        "（中央社記者洪學廣高雄23日電）高雄女監宋姓女收容人昨天晚上突然昏迷",
        "（編輯：陳仁華）1120823",
        ("#防疫", "延伸閱讀", "金山小編", "體操教練", "聚焦新聞", "圖取自Google地圖"),
    ),
    # The desk's reporter; the caption line opens the text (by policy); the tag news, the recommended topic, the
    # sponsored headline, the keywords and the further reading stay out.
    Guard(
        "unseen-zh19/setn-g20-2023.html",
        "拜習會生變！習近平不出席G20峰會 中國外交部曝「代替人選」",
        ["許元馨"],
        "2023-09-04T16:12",
        "▲習近平（左）不出席G20峰會。（組合圖／資料照、翻攝自拜登臉書）",
        "出席在印度新德里舉行的二十國集團領導人第十八次峰會。",
        ("國際中心", "印將在印中邊界軍演", "推薦專題", "女童自己掏萬元買書包", "#習近平", "延伸閱讀", "看更多"),
    ),
    # The partner credited as the page states it; the player, the lead caption, the partner's further reading, the
    # credit after the text, the disclaimer and the tag news stay out; the second picture's caption keeps its place.
    Guard(
        "unseen-zh19/setn-crabs-2023.html",
        "擔心吃到輻射海鮮…家用檢測儀賣翻 陸女「蒸大閘蟹測試」嚇傻",
        ["CTWANT"],
        "2023-09-03T08:24",
        "日本核處理水排海事件引發輿論關注，在各大電商平台，核輻射檢測儀成為暢銷爆款。不過",
        "再說民眾只是為了求安心，不需要把自己搞得更不安心。",
        ("聽新聞", "文／CTWANT", "延伸閱讀", "海釣驚見魚身上掛金手鐲", "免責聲明", "台積電熊本廠", "播放速度"),
    ),
    # The writer's glossed name over his title and the date; the figures' credits and captions, the ad slot, the
    # topics, related and top stories and the footer stay out; the sub-heads stay.
    Guard(
        "unseen-zh19/bbc-economy-2023.html",
        "中國經濟是一顆「定時炸彈」嗎？",
        ["尼克·馬什"],
        "2023-08-31T07:30",
        "過去六個月，中國經濟有一連串壞消息：GDP增速緩慢",
        "我猜他們忽略了某些對中國未來至關重要的東西。」",
        ("Nick Marsh", "BBC亞洲商業事務記者", "圖像來源", "中國新冠疫情後的復蘇一直緩慢。", "相關主題內容", "頭條新聞"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_agency_dateline_without_reporter_credits_the_agency() -> None:
    """The agency's own story: the outlet of ``（中央社台北23日電）`` is ``中央社`` and the editors of the closing
    credit are both named."""
    article = extract_page("unseen-zh19/cna-singles-2023.html")
    assert (article.source, article.editor, article.author) == ("中央社", "唐佩君、呂佳蓉", None)


def test_dateline_outlet_ends_where_the_place_begins() -> None:
    """An outlet glued to the place it filed from ends where a place begins: a broadcaster's suffix (``台``) opening
    the place is no part of the outlet, an outlet whose name holds a suffix (``中国新闻社``) keeps it whole, and a
    place the dictionary lacks is still no part of the outlet."""
    assert dateline_source("（中央社台北23日電）中國年輕未婚單身人口達2.39億人") == "中央社"
    assert dateline_source("（中央社台東縣23日電）颱風海葵外圍環流影響") == "中央社"
    assert dateline_source("（中央社台中23日電）台中市政府今天表示") == "中央社"
    assert dateline_source("中国新闻社北京5月3日电 国家统计局今天发布") == "中国新闻社"
    assert dateline_source("中央电视台北京5月3日电 国家统计局今天发布") == "中央电视台"
    assert dateline_source("今天是8月3日电视台开播的日子") is None


def test_reporters_glued_to_a_place_the_dictionary_lacks() -> None:
    """``洪學廣高雄``: the place the dictionary lacks is the last two characters (three after a division word); a
    dictionary place still decides where the names end, and a line leaving less than a name gives none."""
    assert dateline_reporters("（中央社記者洪學廣高雄23日電）高雄女監宋姓女收容人昨天晚上突然昏迷") == ["洪學廣"]
    assert dateline_reporters("（中央社記者張三、李四台中23日電）台中市政府今天表示") == ["張三", "李四"]
    assert dateline_reporters("（中央社記者王五彰化縣23日電）彰化縣政府今天表示") == ["王五"]
    assert dateline_reporters("（中央社記者沈佩瑤台北23日電）新北市政府今天表示") == ["沈佩瑤"]
    assert dateline_reporters("（中央社記者花蓮23日電）花蓮縣政府今天表示") == []


def test_closing_credit_reads_several_names_of_one_label() -> None:
    """``（編輯：張三/李四）`` names two editors; the translator's and copy editor's labelled credits still split at
    the slash before the second label; a slash between unlabelled names is no staff credit."""
    [editor] = closing_credit_values("才導致單身人口如此高。（編輯：唐佩君/呂佳蓉）1120823")
    assert (editor.field, editor.value) == ("editor", "唐佩君/呂佳蓉")
    values = closing_credit_values("將領有關連。（譯者：何宏儒/核稿：楊昭彥）1120823")
    assert [(v.field, v.value) for v in values] == [("author", "何宏儒"), ("editor", "楊昭彥")]
    assert closing_credit_values("他說。（張三/李四）") == []


def test_dated_agency_photo_credit_closes_a_caption() -> None:
    """A line closed by an agency's dated photo credit (sent or taken by its reporter) is a caption, however long
    the credit makes it; a sentence naming a reporter and a date is none."""
    caption = (
        "泰國為泰黨賽塔22日當選成為第30任總理，泰王瓦吉拉隆功批准賽塔的人事案，賽塔23日晚間獲正式任命，"
        "在為泰黨總部向泰王畫像行跪拜禮。（為泰黨提供）中央社記者呂欣憓曼谷傳真 112年8月23日"
    )
    assert is_caption(caption)
    assert is_caption("台北市長出席記者會。中央社記者張三攝 112年8月23日")
    assert not is_caption("中央社記者張三今天在記者會上說，颱風將在112年8月23日登陸。")


def test_wire_story_reads_the_credit_over_the_picture_after_the_text() -> None:
    """The picture set after the text: its caption is listed and stays in its place, and the staff credit closing
    the last paragraph before it is read; the tagged person's name between the boxes is gone."""
    article = extract_page("unseen-zh19/cna-thailand-2023.html")
    assert article.editor == "楊昭彥"
    assert len(article.captions) == 1 and article.captions[0].endswith("曼谷傳真 112年8月23日")
    assert article.paragraphs[7].endswith("（譯者：何宏儒/核稿：楊昭彥）1120823")
    assert article.paragraphs[8:] == article.captions * 2


def test_caption_after_a_tagged_links_box_keeps_its_place() -> None:
    """A box's title over links the selection left out goes from the body's end, past a picture's caption after
    it, which stays; the staff credit closing the last paragraph is read."""
    sentence = "市議會週一開會，經過長時間辯論後就明年的預算進行了表決，多數議員投了贊成票。"
    text = "".join(f"<p>第{i}段：{sentence}</p>" for i in range(4))
    links = "<a href='/a'>張三出席市議會預算審查會議</a><a href='/b'>張三談預算</a>"
    box = f"<div><div><span>張三</span></div>{links}</div>"
    picture = "<div><img src='x.jpg'><div class='picinfo'>市議會開會情形。中央社記者李四攝 112年8月23日</div></div>"
    html = (
        f"<html><body><h1>市議會通過預算</h1><div class='paragraph'>{text}"
        f"<p>{sentence}預算將送交市府執行。（編輯：王五）1120823</p>{box}{picture}</div></body></html>"
    )
    article = newsmend.extract(html)
    assert article.paragraphs[-1] == "市議會開會情形。中央社記者李四攝 112年8月23日"
    assert "張三" not in (article.body or "")
    assert article.editor == "王五"


def test_partner_reprint_lists_its_captions_and_further_reading() -> None:
    """The partner's story: its two pictures share one caption, listed once and kept once, in the second picture's
    place (the lead's figcaption is out of the text); the partner's further reading is the related list."""
    article = extract_page("unseen-zh19/setn-crabs-2023.html")
    caption = "▲日本核處理水排海事件引發輿論關注，在各大電商平台，核輻射檢測儀成為暢銷爆款。（圖／翻攝自微博）"
    assert article.captions == [caption]
    assert article.paragraphs.count(caption) == 1
    heads = ["海釣驚見魚身", "聽老公的話…", "爸娶繼母趕她", "扯！寶媽把咖"]
    assert [item.title[:6] for item in article.related[:4]] == heads


def test_glossed_writer_over_the_sites_staff_title_is_the_author() -> None:
    """A transliterated name glossed with its spelling, over the site's name opening a staff title, over a date
    alone: the Han name is the author; the service is no one."""
    article = extract_page("unseen-zh19/bbc-economy-2023.html")
    assert article.author == ["尼克·馬什"]
    assert "房地產危機和貧困家庭" in article.paragraphs


def test_glossed_name_and_site_staff_title() -> None:
    """The pieces: a glossed name's Han part (none for a plain or an unglossed line), a line ending in a job title,
    and a line the site's name opens and goes on from (not the name alone, not another outlet's)."""
    assert glossed_name("尼克·馬什（Nick Marsh）") == "尼克·馬什"
    assert glossed_name("呂嘉鴻") is None
    assert glossed_name("美國總統拜登（Joe Biden）將這個世界第二大經濟體描述為定時炸彈") is None
    assert is_job_title("BBC亞洲商業事務記者")
    assert not is_job_title("BBC News 中文")
    sites = ["BBC News 中文", "bbc"]
    assert opens_with_site("BBC亞洲商業事務記者", sites)
    assert not opens_with_site("BBC", sites)
    assert not opens_with_site("路透社記者", sites)
