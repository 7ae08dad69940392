"""Plain-text pages: line blocks and the choice of the article's lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmend.blocks import Page
from newsmend.errors import InputTypeError
from newsmend.fields import build_article
from newsmend.fields.lines import clean, is_site_notice
from newsmend.textpage import Selection, parse_text_page, select_text_main

FIXTURES = Path(__file__).parent.parent / "fixtures" / "text"
#: A short news article's two paragraphs, and a page that prints them under a menu and a headline (lines 0-6: the
#: body is [5, 6], the title 4): the page many tests below add one kind of site text to.
FERRY_ARTICLE = [
    "The harbour ferry will run every twenty minutes instead of every half hour from Monday, officials said.",
    "Evening sailings are extended by an hour in summer, and the first crossing now leaves at six.",
]
FERRY_PAGE = ["Home", "News", "Sport", "Weather", "Harbour ferry timetable changes from Monday", *FERRY_ARTICLE]

#: Characters that make up line shapes: Han, punctuation of both widths, digits, dashes, label words.
ALPHABET = list("新闻记者编辑来源图片截图评论相关推荐文章系稿件版权。，！？：:,.?!-() 0123456789@abcXYZ\t")


def select_lines(lines: list[str]) -> Selection:
    """The selection of a text page made of ``lines`` (no URL)."""
    return select_text_main(parse_text_page("\n".join(lines), None))


def _page(name: str) -> Page:
    return parse_text_page((FIXTURES / name).read_text("utf-8"), None)


def title_text(page: Page, sel: Selection) -> str:
    """The text of the line the selection took as the headline (the test fails when it took none)."""
    assert sel.title is not None
    return page.blocks[sel.title].text


def test_one_line_block_per_non_empty_line() -> None:
    page = parse_text_page("标题\n\n  第一段。  \r\n\n第二段。\n", "https://example.org/a")
    assert [b.text for b in page.blocks] == ["标题", "第一段。", "第二段。"]
    assert {b.tag for b in page.blocks} == {"line"}
    assert not page.is_html and page.url == "https://example.org/a"


def test_bytes_are_refused_with_a_pointer_to_extract() -> None:
    with pytest.raises(InputTypeError, match="extract"):
        parse_text_page(b"\xe6\xa0\x87\xe9\xa2\x98", None)  # type: ignore[arg-type]


def test_body_title_and_field_roles_on_a_chinese_page() -> None:
    page = _page("clean_article_zh.txt")
    sel = select_text_main(page)
    texts = [page.blocks[i].text for i in sel.body]
    assert title_text(page, sel) == "示范市启动老旧小区改造计划，首批涉及十二个街区"
    assert texts[0].startswith("（示范日报讯）") and texts[-1].startswith("住建局表示")
    assert len(texts) == 7
    # the captions between the paragraphs are part of the text, in their place; fields list them as captions
    assert texts[2] == "改造前的街区航拍照片。图片来源：示范市住建局" and texts[5] == "示范市住建局网站截图"
    roles = {page.blocks[i].text: r for i, r in sel.roles.items()}
    assert roles["王小明wangxiaoming@example.org"] == "byline"
    assert roles["改造前的街区航拍照片。图片来源：示范市住建局"] == "caption"
    assert roles["示范市住建局网站截图"] == "caption"
    assert roles["本文系示范日报独家稿件，未经授权，不得转载。"] == "copyright"
    assert roles["- 责任编辑: 李华"] == "editor"
    assert roles["“今年的夏天特别热！”"] == "related"
    assert roles["图书馆延长开放时间"] == "related"
    assert roles["2024-06-05 10:20 城市交通 -"] == "related"


def test_no_list_item_or_comment_strip_in_the_body() -> None:
    page = _page("clean_article_zh.txt")
    body = "\n".join(page.blocks[i].text for i in select_text_main(page).body)
    for leak in ("评论", "夜市", "2024-06-05", "特别热", "相关推荐", "责任编辑"):
        assert leak not in body


def test_english_page() -> None:
    page = _page("clean_article_en.txt")
    sel = select_text_main(page)
    assert title_text(page, sel) == "City council approves new cycling lanes"
    body = [page.blocks[i].text[:12] for i in sel.body]
    assert body == ["The city cou", "Supporters s", "Cyclists rid", "Construction"]
    assert sel.roles[1] == "byline" and sel.roles[2] == "byline"
    assert sel.roles[5] == "caption"  # a body line, and a caption
    assert sel.roles[8] == "related" and sel.roles[9] == "related"


def test_a_caption_after_the_last_paragraph_is_no_body_line() -> None:
    page = parse_text_page(
        "示范市新建三座公园\n"
        "示范市今年将新建三座城市公园，总面积约四十公顷，预计年底前陆续开放。\n"
        "新公园将配套建设健身步道、儿童游乐区和停车场，方便周边居民使用。\n"
        "图为建设中的公园。示范日报记者 张三 摄\n",
        None,
    )
    sel = select_text_main(page)
    assert sel.body == [1, 2] and sel.roles[3] == "caption"


@pytest.mark.parametrize("text", ["", "\n\n", "-\n-\n", "首页\n新闻\n体育\n联系我们"])
def test_pages_without_prose_have_no_article(text: str) -> None:
    sel = select_text_main(parse_text_page(text, None))
    assert sel.body == [] and "no-article" in sel.flags


def test_a_text_of_fewer_menu_shaped_lines_than_a_menu_holds_is_the_article() -> None:
    # a readability test page's WET text: three links' words, fewer lines than a menu run (MENU_RUN_MIN_LINES)
    sel = select_text_main(_page("short_note_links_en.txt"))
    assert sel.body == [0, 1, 2] and "no-article" not in sel.flags
    assert select_text_main(parse_text_page(" Test", None)).body == [0]


def test_a_lone_timestamp_under_the_title_is_a_dateline_not_a_list() -> None:
    text = (
        "城市新闻标题\n2024-06-05 10:20\n这是一段足够长的正文内容，用来说明城市新闻的具体情况和后续安排，共有两句话。\n"
    )
    page = parse_text_page(text, None)
    sel = select_text_main(page)
    assert sel.title == 0 and sel.body == [2] and sel.roles[1] == "byline"


def test_dateline_above_the_first_paragraph_survives_a_later_list() -> None:
    text = (
        "城市新闻标题\n2024-06-05 10:20\n"
        "这是一段足够长的正文内容，用来说明城市新闻的具体情况和后续安排，共有两句话。\n"
        "地铁新线年底通车\n2024-06-04 09:00 城市\n暑假安排公布\n2024-06-03 08:00\n"
    )
    page = parse_text_page(text, None)
    sel = select_text_main(page)
    assert sel.title == 0 and sel.body == [2] and sel.roles[1] == "byline"
    assert [sel.roles[i] for i in (3, 4, 5, 6)] == ["related"] * 4


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(ALPHABET), max_size=60), max_size=30))
def test_any_text_gives_an_article_made_of_its_own_lines(lines: list[str]) -> None:
    page = parse_text_page("\n".join(lines), None)
    sel = select_text_main(page)
    art = build_article(page, sel, [], set())
    assert set(sel.body) <= set(range(len(page.blocks))) and set(sel.roles) <= set(range(len(page.blocks)))
    texts = {clean(b.text) for b in page.blocks}
    assert all(p in texts for p in art.paragraphs)
    assert (art.body is None) == ("no-article" in art.flags)


def _body_texts(page) -> list[str]:
    return [page.blocks[i].text for i in select_text_main(page).body]


def test_an_article_without_page_evidence_comes_back_whole() -> None:
    # a list, a verse and short headings inside the article: no menu, list heading, timestamp or comment strip
    page = _page("whole_article_en.txt")
    sel = select_text_main(page)
    assert sel.title == 0
    assert sel.body == list(range(1, len(page.blocks)))


def test_short_lines_without_marks_are_kept_when_nothing_shows_a_page() -> None:
    # a blog post of short lines, one with a stop: it had kept that line alone
    page = _page("whole_forum_ja.txt")
    sel = select_text_main(page)
    assert title_text(page, sel) == "週末の山歩きの記録"
    assert _body_texts(page)[0] == "朝六時に駅を出発" and _body_texts(page)[-1] == "また来月も行きたい"


def test_a_menu_run_at_the_edges_shows_a_page_and_stays_out() -> None:
    page = _page("menu_then_article_en.txt")
    sel = select_text_main(page)
    assert title_text(page, sel) == "Harbour ferry timetable changes from Monday"
    assert [page.blocks[i].text[:12] for i in sel.body] == ["The harbour ", "Evening sail"]


@pytest.mark.parametrize(
    "pieces",
    [
        # a sentence an inline link cut into lines above the first paragraph (lower-case pieces between them)
        ["Around 35", "freight trucks", "and", "pickup trucks", "crossing the"],
        # a question's commands, each on its line above the paragraph that explains them
        ["Proxy for cmd", "set http_proxy", "set https_proxy", "git config", "npm config"],
    ],
)
def test_pieces_of_a_sentence_or_code_above_the_first_paragraph_are_no_menu(pieces: list[str]) -> None:
    # five menu-shaped lines in a row had shown a page, and the body kept only the paragraphs after them
    lines = [
        "Trucks fined on the Pasupati flyover",
        *pieces,
        "Pasupati Flyover were fined on Monday morning, the city's traffic police told reporters.",
        "Officers stopped the vehicles at both ends of the flyover, which is closed to heavy traffic at rush hour.",
    ]
    sel = select_lines(lines)
    assert sel.title == 0 and sel.body == list(range(1, len(lines)))


@pytest.mark.parametrize(
    "paragraph",
    [
        # Thai writes no sentence marks: a long line of it is prose by its length
        "เช้าวันนี้ฝนตกหนักในตัวเมือง ทำให้ถนนหลายสายมีน้ำท่วมขัง เจ้าหน้าที่เทศบาลได้ออกมาเร่งระบายน้ำ"
        " และขอให้ประชาชนเลี่ยงเส้นทางริมคลองจนถึงช่วงเย็น",
        # Urdu closes with ۔, Hindi with ।
        "شہر میں آج صبح شدید بارش ہوئی جس سے کئی سڑکوں پر پانی کھڑا ہو گیا۔",
        "आज सुबह शहर में भारी बारिश हुई और कई सड़कों पर पानी भर गया।",
    ],
)
def test_paragraphs_of_scripts_with_other_sentence_marks_or_none_are_prose(paragraph: str) -> None:
    page = parse_text_page(f"Home\nNews\nSport\nWeather\n{paragraph}\n{paragraph}", None)
    assert select_text_main(page).body == [4, 5]


def test_a_menu_written_on_one_line_shows_a_page() -> None:
    text = (
        "示范市新建三座公园\n"
        "示范市今年将新建三座城市公园，总面积约四十公顷，预计年底前陆续开放。\n"
        "新公园将配套建设健身步道、儿童游乐区和停车场，方便周边居民使用。\n"
        "加载中\n"
        "视频 直播 美图 博客 看点 政务\n"
        "首页 导航 反馈 登录\n"
    )
    page = parse_text_page(text, None)
    assert select_text_main(page).body == [1, 2]


def test_text_going_on_after_the_editor_line_shows_a_page() -> None:
    lines = ["示范市新建三座公园", "示范市今年将新建三座城市公园，总面积约四十公顷，预计年底前陆续开放。"]
    lines += ["责任编辑：李华"]
    lines += ["阅读下一篇", "深度观察", "示范市地铁新线年底通车", "示范市图书馆延长开放时间"]
    assert select_lines(lines).body == [1]


def test_menu_entries_between_the_article_and_a_footer_sentence_keep_the_footer_out() -> None:
    lines = ["Home", "World", "Business", "Sport", "Harbour ferry timetable changes from Monday"]
    lines += FERRY_ARTICLE
    lines += ["Privacy", "Terms", "Careers", "Get the morning briefing in your inbox every day."]
    assert select_lines(lines).body == [5, 6]


def test_a_threads_repeated_lines_and_an_articles_lone_headings_are_no_menu() -> None:
    # a poster's name and a reply button recur between the posts; a heading stands alone: the thread stays whole
    lines = ["Home", "Forums", "Members", "Search", "Choosing a tent for a wet autumn"]
    post = "I am planning three nights in the hills next month and my old tent leaked at every seam last year."
    lines += [post, "Reply", "Hill Walker", "Quote", "Share"]
    lines += ["Any tunnel tent with taped seams will do, but pitch it with the door away from the wind, honestly."]
    lines += ["Reply", "Hill Walker", "Quote", "Share"]
    lines += ["Thanks, that is exactly what I needed to hear before buying one this weekend, much appreciated."]
    assert select_lines(lines).body == [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]


def test_english_site_notices_leave_the_body_and_do_not_extend_it() -> None:
    # share buttons inside the text are dropped; a sign-up box and a cookie notice after it add nothing
    page = _page("notices_page_en.txt")
    sel = select_text_main(page)
    assert title_text(page, sel) == "Library opens a second floor of study rooms"
    assert [page.blocks[i].text[:12] for i in sel.body] == ["The city lib", "Rooms can be", "The board sa"]
    assert {sel.roles[i] for i in (0, 8, 9, 11, 12, 13)} == {"boilerplate"}


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("We use cookies to ensure that we give you the best experience on our website.", True),
        ("Subscribe to our weekly newsletter for the latest updates", True),
        ("Share this article", True),
        ("You must be logged in to post a comment.", True),
        ("Privacy Policy", True),
        ("The council's privacy policy review found three breaches last year.", False),
        ("Viewers can now leave a comment on videos shared by professionals.", False),
        ("The bakery shares its recipes with the neighbourhood school.", False),
    ],
)
def test_site_notice_shape(line: str, notice: bool) -> None:
    assert is_site_notice(line) is notice


@pytest.mark.parametrize("line", ["PRİVACY POLİCY", "Click to ſhare", "Enable JavaScrıpt"])
def test_site_notice_marks_keep_the_patterns_case_folding(line: str) -> None:
    """The marks every notice holds are looked for in the lowered line first; the pattern's ``re.I`` also matches the
    dotted capital I, the dotless i and the long s to ASCII letters, which lowering does not give: such a line still
    reaches the pattern, and is the notice it was."""
    assert is_site_notice(line)


def test_timestamps_under_long_posts_date_a_thread_not_a_headline_list() -> None:
    # the lines above the stamps are replies with clause marks, longer than headlines: the thread is the article
    page = _page("thread_zh.txt")
    body = _body_texts(page)
    assert body[0].startswith("周末去郊外露营") and body[-1].startswith("水库那边")
    assert sum(t.startswith(("我上个月", "太阳能路灯")) for t in body) == 2


def test_a_line_of_chinese_phrases_set_apart_by_spaces_is_no_menu_entry() -> None:
    # a blog writing its clauses between spaces, without marks: no menu run, the post comes back whole
    page = _page("spaced_phrases_zh.txt")
    sel = select_text_main(page)
    assert sel.title == 0 and sel.body == list(range(1, len(page.blocks)))


def test_a_notice_opening_a_document_closes_nothing() -> None:
    # an Internet-Draft's copyright line stands above its text: no page evidence, the document is kept to its end
    page = _page("notice_first_en.txt")
    sel = select_text_main(page)
    assert sel.roles[1] == "copyright"
    assert page.blocks[sel.body[-1]].text == "Example Org"


def test_a_sentence_the_page_repeats_is_a_widgets_label_not_prose() -> None:
    # an ad box's labels under each advert: three times each, they no longer carry the body into the adverts
    page = _page("repeated_ad_labels_en.txt")
    sel = select_text_main(page)
    assert title_text(page, sel) == "Tram line to the airport will open in the spring"
    assert sel.body == [5, 6]


#: A site menu rendered as a list, above the article of the tests below.
BULLETED_MENU = ["Home", "• News", "• Sport", "• Weather", "• Culture"]


def test_a_bulleted_headline_list_after_the_article_stays_out() -> None:
    # the headlines' commas make them prose-like; their bullets show a list, which no longer extends the body
    lines = [*BULLETED_MENU, "Council approves new budget for schools"]
    lines += ["The city council approved on Tuesday a budget that raises school funding by four percent, a rise."]
    lines += ["Teachers' unions welcomed the vote, though they said the increase would not cover rising costs."]
    lines += ["More from the city"]
    lines += ["• Mayor signs housing bill, promising two thousand new homes by next year, with more to follow"]
    lines += ["• Storm damages roofs across the north of the city, utilities say, as crews work overnight"]
    lines += ["• Bridge closure extended, commuters told to use ferries, buses and trains until spring"]
    lines += ["• Local bakery wins national award, owner thanks customers, staff and suppliers alike"]
    page = parse_text_page("\n".join(lines), None)
    sel = select_text_main(page)
    assert title_text(page, sel) == "Council approves new budget for schools"
    assert sel.body == [6, 7]


def test_an_articles_own_bulleted_sentences_stay_in_the_body() -> None:
    # list items that are sentences, between the article's paragraphs, are its text
    lines = [*BULLETED_MENU, "What changes for cyclists from Monday"]
    lines += ["The council's new cycling rules take effect on Monday, and three of them matter to most riders."]
    lines += ["• Lights are required after dusk on every road."]
    lines += ["• Riders may use bus lanes between seven and ten in the morning."]
    lines += ["The council said the rules would be reviewed after a year, once accident figures are in."]
    assert select_lines(lines).body == [6, 7, 8, 9]


def test_teaser_cards_headlines_printed_twice_stay_out_of_the_body() -> None:
    # each card prints its headline twice (the picture's alt text, the link; one clipped to its box): questions,
    # sentences by their marks
    lines = ["Home", "News", "Sport", "Weather", "Culture", "Harbour ferry timetable changes from Monday"]
    lines += FERRY_ARTICLE
    bridge = "Will the bridge closure really last until the spring?"
    baker = "Who is the baker behind the city's award-winning bread?"
    tram = "Is the new tram line to the airport worth the wait?"
    for headline, copy in [(bridge, bridge), (baker, baker), (tram, "Is the new tram line to the airport worth…")]:
        lines += [headline, copy, "Read more"]
    page = parse_text_page("\n".join(lines), None)
    sel = select_text_main(page)
    assert title_text(page, sel) == "Harbour ferry timetable changes from Monday"
    assert sel.body == [6, 7]
    assert sel.roles[8] == sel.roles[9] == "related"


def test_teaser_cards_whose_link_escapes_its_quotes_twice_stay_out() -> None:
    # a stream's cards: the link's copy keeps its quotes as escaped entities (a title attribute escaped twice), the
    # card's title has them; read as characters, the copies are one headline printed twice
    lines = [*FERRY_PAGE]
    for headline in [
        "'Ferry' or 'bridge': which will commuters choose this winter?",
        "Is the 'new' tram line to the airport worth the wait?",
        "Who is the 'quay baker' behind the city's award-winning bread?",
    ]:
        lines += ["• " + headline.replace("'", "&#39;"), headline, "Coast Courier"]
    sel = select_lines(lines)
    assert sel.body == [5, 6] and sel.title == 4
    assert all(sel.roles[i] == "related" for i in (7, 8, 10, 11, 13, 14))


def test_a_headline_printed_twice_over_an_article_is_no_teaser() -> None:
    lines = ["Home", "News", "Sport", "Weather", "Harbour ferry timetable changes from Monday"]
    lines += ["Harbour ferry timetable changes from Monday"]
    lines += FERRY_ARTICLE
    sel = select_lines(lines)
    assert sel.body == [6, 7] and 4 not in sel.roles and 5 not in sel.roles


def test_excerpts_cut_with_an_ellipsis_weigh_half_and_leave_the_teasers_out() -> None:
    # each teaser: headline, date, an excerpt cut to its box, a link; whole, the excerpts outweighed the short lines
    lines = ["Home", "News", "Sport", "Weather", "Culture", "Harbour ferry timetable changes from Monday"]
    lines += FERRY_ARTICLE
    for headline, excerpt in [
        ("Bridge closure extended", "Commuters are told to use the ferries…"),
        ("Bakery wins national award", "The owner thanked her customers and staff..."),
    ]:
        lines += [headline, "May 3", excerpt, "Continue reading"]
    assert select_lines(lines).body == [6, 7]


def test_a_headline_list_of_excerpts_cut_with_an_ellipsis_stays_out() -> None:
    # four excerpts in a row, each cut to its box: at half their length they had carried the body on
    lines = [*FERRY_PAGE, "More from the harbour"]
    lines += [
        "Commuters are told to use the ferries while the bridge is closed for repairs, and extra sailings will run…",
        "The bakery on the quay has won a national award for its bread, and its owner thanked her customers and…",
        "Fishing boats will be moved to the new pontoons next week, the harbour master said on Friday, after a…",
        "A new cycle path along the seafront will open in June, linking the ferry terminal with the town centre…",
    ]
    assert select_lines(lines).body == [5, 6]


def test_two_excerpts_clipped_inside_a_word_stay_out_but_an_enumerations_ellipsis_stays_in() -> None:
    # a teaser box cuts its text wherever it ends (a letter before the ellipsis); ``, ...`` closes a list of names
    teasers = [
        "Commuters are told to use the ferries while the bridge is closed for repairs, and extra sailings will ru…",
        "The bakery on the quay has won a national award for its bread, and its owner thanked her customers and st…",
    ]
    assert select_lines([*FERRY_PAGE, "More from the harbour", *teasers]).body == [5, 6]
    notes = [
        "Routes affected this week: the northern crossing, the island service, the evening shuttle, ...",
        "Operators who have signed the new agreement: Harbour Lines, Bay Ferries, Island Link, ...",
    ]
    assert select_lines([*FERRY_PAGE, *notes]).body == [5, 6, 7, 8]


def test_a_cookie_consents_long_paragraphs_are_notices_not_the_article() -> None:
    consent = (
        "When you visit any of our websites, it may store or retrieve information on your browser, mostly in the form"
        " of cookies. This information might be about you, your preferences or your device and is mostly used to make"
        " the site work as you expect it to. The information does not usually directly identify you, but it can give"
        " you a more personalized web experience. Because we respect your right to privacy, you can choose not to"
        " allow some types of cookies."
    )
    necessary = "These cookies are necessary for the website to function and cannot be switched off in our systems."
    lines = [*FERRY_PAGE]
    lines += ["Cookie Preference Center", consent, "Strictly Necessary Cookies", necessary]
    sel = select_lines(lines)
    assert sel.body == [5, 6] and sel.roles[8] == sel.roles[10] == "boilerplate"


def test_an_article_on_tracking_cookies_keeps_its_paragraphs() -> None:
    lines = ["Home", "News", "Sport", "Weather", "How advertisers follow you from site to site"]
    lines += ["Nearly every website with a share button tells the advertiser about your visit, cookies or not."]
    lines += ["Third-party cookies let a tracker recognise the same browser on thousands of sites, researchers found."]
    lines += ["Blocking them helps, but fingerprinting still identifies most browsers, the study concludes."]
    assert select_lines(lines).body == [5, 6, 7]


def test_a_long_copyright_notice_after_the_article_is_no_paragraph() -> None:
    notice = (
        "Copyright 1995 - 2024 . All rights reserved. The content (including but not limited to text, photo,"
        " multimedia information, etc) published in this site belongs to the newspaper and may not be reproduced."
    )
    lines = [*FERRY_PAGE]
    lines += ["About us", "Contact us", notice]
    sel = select_lines(lines)
    assert sel.body == [5, 6] and sel.roles[9] == "copyright"


def test_a_post_ending_in_emoji_after_its_sentence_is_prose() -> None:
    post = (
        "Why do our students love the old campus? Join Ruben and Maggie on a walk from the lake to the library,"
        " and find your own reasons to fall in love with it! 💗"
    )
    lines = ["Home", "Explore", "Notifications", "Messages", "University News", post, "0:45", "Reply", "Repost", "Like"]
    lines += ["Who to follow", "Something went wrong. Try reloading.", "Terms of Service"]
    assert select_lines(lines).body == [5]


def test_a_teaser_lists_short_summaries_under_headlines_stay_out_of_the_body() -> None:
    lines = [*FERRY_PAGE]
    lines += ["More from the coast"]
    for headline, summary, section in [
        ("Bridge closure extended into June", "Commuters are told to use the ferries instead.", "Transport"),
        ("Bakery on the quay wins national award", "The owner thanked her customers and her staff.", "Business"),
        ("Lifeboat crew rescues two kayakers", "Both were brought ashore cold but unhurt.", "Local"),
    ]:
        lines += [headline, summary, section]
    sel = select_lines(lines)
    assert sel.body == [5, 6] and sel.title == 4


def test_feature_cards_that_are_the_whole_page_stay_in_the_body() -> None:
    lines = ["Home", "Download", "Support", "Blog", "Developer Edition"]
    for name, summary in [
        ("Page Inspector", "Examine the HTML and CSS of any page and modify its structure and layout."),
        ("Web Console", "See the messages a page logs and run JavaScript against the page."),
        ("JavaScript Debugger", "Step through the code and examine or modify its state to track down bugs."),
    ]:
        lines += [f"Learn more about the {name}", summary]
    page = parse_text_page("\n".join(lines), None)
    assert select_text_main(page).body == [6, 7, 8, 9, 10]


def test_a_note_of_short_lines_without_a_paragraph_is_all_article() -> None:
    lines = ["Fixing missing npm dependencies", "Preface", "Every new project fails to install", "Solution"]
    lines += ["Install depcheck", "npm i -g depcheck", "Check dependencies", "depcheck", "Install what is missing"]
    lines += ["npm i left-pad"]
    sel = select_lines(lines)
    assert sel.body == list(range(1, 10)) and sel.title == 0


def test_a_bulleted_menu_below_the_sites_slogan_shows_a_page() -> None:
    # the slogan passes for the first paragraph, so no menu run stands above it; the bulleted menu shows the page
    lines = ["Skip to content", "Example Health: Better information. Better health.", "Health A-Z"]
    lines += ["• Allergies", "• Arthritis", "• Cancer", "• Depression", "• Diabetes", "• Eye Health"]
    lines += ["Get Started", "Babies who eat peanuts early may avoid allergy"]
    lines += ["Giving peanut foods to babies early in life may cut their risk of a peanut allergy, a study finds."]
    lines += ["Parents should ask their doctor first, the researchers said, as some babies need a test before."]
    page = parse_text_page("\n".join(lines), None)
    sel = select_text_main(page)
    assert sel.body == [11, 12] and sel.title == 10


def test_a_bulleted_list_of_questions_after_the_answers_stays_out() -> None:
    # a Q&A page's sidebar of other questions: each a sentence by its mark, a headline by its bullet
    lines = [*BULLETED_MENU, "Duplo bricks: the six and the nine"]
    lines += ["The green brick is the six: if it were the nine, the yellow bricks on the left would fall."]
    lines += ["Hot Network Questions"]
    lines += ["• How should a PhD student deal with a colleague who runs a private business during working hours?"]
    lines += ["• Can you use a coin to restore a health segment after you have reached zero in the game?"]
    lines += ["• Why is a dictionary of integers incompatible with a dictionary of integers or strings?"]
    lines += ["• Which signals (Wi-Fi, mobile phone and GPS) can reliably be blocked by aluminium foil?"]
    page = parse_text_page("\n".join(lines), None)
    sel = select_text_main(page)
    assert sel.body == [6] and sel.title == 5


def test_a_teaser_lists_whole_paragraph_summaries_stay_out_of_the_body() -> None:
    # each card: its source, its headline, a summary as long as the article's paragraphs
    lines = [*FERRY_PAGE]
    lines += ["Others are reading"]
    for source, headline, summary in [
        (
            "• Coast Daily·",
            "Bridge closure extended into June",
            "Commuters are told to use the ferries and buses"
            " while engineers replace the bridge's bearings, a job the council now expects to finish in June.",
        ),
        (
            "• City Wire·",
            "Bakery on the quay wins national award",
            "The owner thanked her customers and her staff"
            " after the bakery's sourdough won the national prize, the first for a shop outside the capital.",
        ),
        (
            "• Coast Daily·",
            "Lifeboat crew rescues two kayakers",
            "Both kayakers were brought ashore cold but unhurt"
            " after the lifeboat crew found them clinging to a buoy two miles off the harbour wall at dusk.",
        ),
    ]:
        lines += [source, headline, summary]
    sel = select_lines(lines)
    assert sel.body == [5, 6] and sel.title == 4


def test_teaser_cards_printing_their_headline_around_the_summary_stay_out() -> None:
    # each card: its headline (the picture's title), author, age, a whole-paragraph summary, the headline as a link
    lines = [*FERRY_PAGE]
    lines += ["More from the coast"]
    for headline, author, summary in [
        (
            "Bridge closure extended into June",
            "Ann Lee",
            "Commuters are told to use the ferries and buses while"
            " engineers replace the bridge's bearings, a job the council now expects to finish in June.",
        ),
        (
            "Bakery on the quay wins national award",
            "Tom Hart",
            "The owner thanked her customers and her staff"
            " after the bakery's sourdough won the national prize, the first for a shop outside the capital.",
        ),
        (
            "Lifeboat crew rescues two kayakers",
            "Ann Lee",
            "Both kayakers were brought ashore cold but unhurt after"
            " the lifeboat crew found them clinging to a buoy two miles off the harbour wall at dusk.",
        ),
    ]:
        lines += [headline, author, "12 hours ago", summary, headline]
    sel = select_lines(lines)
    assert sel.body == [5, 6] and sel.title == 4
    assert sel.roles[8] == sel.roles[11] == sel.roles[12] == "related"


def test_teaser_cards_printing_their_headline_around_their_meta_lines_stay_out() -> None:
    # a portal's stream: each card's link as a list item, its section, source and comment count, the headline as the
    # card's title, then the summary; the article above keeps its body, the summaries stay out
    lines = [*FERRY_PAGE]
    for headline, section, summary in [
        (
            "Bridge closure extended into June",
            "Travel",
            "Commuters are told to use the ferries and buses while"
            " engineers replace the bridge's bearings, a job the council now expects to finish in June.",
        ),
        (
            "Bakery on the quay wins national award",
            "Food",
            "The owner thanked her customers and her staff"
            " after the bakery's sourdough won the national prize, the first for a shop outside the capital.",
        ),
        (
            "Lifeboat crew rescues two kayakers",
            "News",
            "Both kayakers were brought ashore cold but unhurt after"
            " the lifeboat crew found them clinging to a buoy two miles off the harbour wall at dusk.",
        ),
    ]:
        lines += [f"• {headline}", section, "Coast Courier", "12 Comments. Click to view comments", headline, summary]
    sel = select_lines(lines)
    assert sel.body == [5, 6] and sel.title == 4
    assert sel.roles[7] == sel.roles[11] == sel.roles[12] == "related"


def test_a_column_strip_printing_each_link_above_and_below_its_author_stays_out() -> None:
    # a portal's columns strip inside the article: each column's link as a list item, its columnist, the headline as
    # the card's title (one meta line between the copies, the first bulleted); the article's paragraphs around it
    # stay the body, the strip's lines are teasers
    lines = [*FERRY_PAGE]
    for headline, author in [
        ("The harbour deserves a better bridge", "Ann Cole"),
        ("Why the quay market must stay open late", "Ravi Shah"),
        ("Our lifeboat crews need more volunteers", "Tom Reed"),
        ("A bakery, a prize and a town's pride", "Mia Lund"),
    ]:
        lines += [f"• {headline}", author, headline]
    lines += [
        "The council says the new timetable follows a survey in which most passengers asked for more frequent"
        " crossings at the start and the end of the working day, when the queues at the terminal are longest.",
    ]
    sel = select_lines(lines)
    assert sel.body == [5, 6, len(lines) - 1] and sel.title == 4
    assert all(sel.roles[i] == "related" for i in (7, 8, 9, 18))


def test_a_pictures_caption_printed_around_its_gallery_link_stays_in_the_body() -> None:
    # a gallery's captions, each printed twice around its link to the gallery (one line between the copies): the
    # article's, no teaser cards
    lines = [*FERRY_PAGE[:5], *FERRY_ARTICLE]
    for caption in [
        "The new ferry leaves the harbour on its first crossing",
        "Passengers queue at the terminal before the six o'clock sailing",
        "The harbour master checks the timetable on the quay",
    ]:
        lines += [caption, "• View gallery", caption]
    lines += [
        "The council says the new timetable follows a survey in which most passengers asked for more frequent"
        " crossings at the start and the end of the working day, when the queues at the terminal are longest.",
    ]
    sel = select_lines(lines)
    assert sel.body == list(range(5, len(lines)))


def test_a_sentence_piece_before_a_citation_mark_is_no_list_heading() -> None:
    # an encyclopedia's article given alone, one inline element per line: 相关 opens a piece of a sentence that a
    # footnote's mark follows, no list heading; nothing shows a page, the whole text is the article
    lines = [
        "新区的设立",
        "新区设立的消息公布以后，周边城市的交通、产业和人口规划都随之调整，多个部门发布了配套的政策文件。",
        "其他影响",
        "新区的设立对股市和房价造成了很大的影响",
        "[12]",
        "。许多与",
        "新区",
        "相关的股票都一路暴涨甚至涨停",
        "[12]",
        "[13]",
        "。当地的房价更是波动极大，新区设立前后的成交价格相差数倍，当地政府随后关闭了多个售楼处并暂停了房产过户。",
        "[14]",
        "新区的规划纲要在次年公布，提出先建设起步区，再逐步扩展到整个新区的范围，并为此安排了专门的财政资金。",
    ]
    sel = select_lines(lines)
    assert sel.body == list(range(1, len(lines)))


def test_an_articles_listing_of_fields_stays_in_the_body() -> None:
    # a travel story's table of tickets: each attraction's price and phone as ``label：value`` lines, the labels
    # recurring; the listing is the article's, not short lines that part its paragraphs from each other
    lines = ["首页", "新闻", "体育", "旅游", "旅游日景点门票半价"]
    lines += ["本报记者报道：今年旅游日期间，全市多家景点推出门票半价优惠，市民和游客可以在三天内凭有效证件购票入园。"]
    for n, (name, price, phone) in enumerate(
        [("滨江公园", "80", "58792888"), ("野生动物园", "165", "58036000"), ("自然博物馆", "30", "62620116")], 1
    ):
        lines += [f"{n}、{name}", f"成人票原价：{price}元", f"游客咨询电话：{phone}"]
    lines += [
        "以上优惠仅在旅游日期间有效，部分景点需要提前在网上预约，具体安排请以各景点发布的公告为准，出行前请留意天气。"
    ]
    lines += ["相关推荐", "城市公园周末延长开放时间", "地铁新线路下月试运营"]
    lines += [
        "本站是一个面向全市居民的综合新闻网站，每天发布本地新闻、生活服务和便民信息，"
        "欢迎广大读者投稿并提出意见和建议，我们会认真对待每一条留言。"
    ]
    sel = select_lines(lines)
    assert sel.title == 4 and sel.body == list(range(5, 16))


def test_a_threads_replies_under_datelines_are_no_teaser_summaries() -> None:
    # each reply: the poster, a dateline with its floor number, one line of text: no card, the replies stay
    lines = ["首页", "社区", "文档", "扩展", "插件安装后无法启动怎么办"]
    lines += ["我在服务器上安装了这个插件，按照文档修改了配置文件，但是重启之后一直报错，日志里提示找不到依赖。"]
    lines += ["请问有人遇到过同样的问题吗？我已经试过清除缓存和重新安装，都没有用。"]
    for floor, (user, reply) in enumerate(
        [
            ("小明", "我之前也遇到过，是因为依赖的版本不对，你看一下配置里的版本号是不是写错了。"),
            ("阿强", "可以先用命令行手动安装一次缺失的依赖，再重启服务，一般就能正常启动了。"),
            ("老王", "楼上说得对，另外记得检查一下目录的权限，权限不够也会出现一样的报错。"),
        ],
        start=2,
    ):
        lines += [user, f"发布 #{floor} 2024年5月17日星期五 01点3{floor}分", reply]
    assert select_lines(lines).body == list(range(5, 16))


def test_a_sites_legal_notice_outweighs_no_threads_posts() -> None:
    # a thread of two short posts over a footer whose trademark notice is longer than both
    legal = (
        "Valve, Counter-Strike, and Counter-Strike Online are trademarks and/or registered trademarks of Valve"
        " Corporation. All other trademarks are property of their respective owners, and this site is not"
        " affiliated with or endorsed by them in any way."
    )
    lines = ["Home", "Forums", "Members", "Search", "Game cuts off the edges in full screen"]
    lines += ["My screen is 2560 by 1440 and the game cuts off its edges in full screen; the resolution did not help."]
    lines += ["Reply", "Quote"]
    lines += ["Try turning off display scaling in the game's compatibility settings."]
    lines += ["About", "Contact", "Privacy", "Terms", legal]
    sel = select_lines(lines)
    assert sel.body == [5, 6, 7, 8] and sel.title == 4 and sel.roles[13] == "boilerplate"


def test_a_long_english_list_heading_on_a_page_ends_the_body() -> None:
    # ``Recommended For You`` is longer than a Han list heading may be; on a page it still heads a list
    lines = [*FERRY_PAGE]
    lines += ["Recommended For You", "Bridge closure on the coast road extended into June"]
    lines += ["Commuters are told to use the ferries and buses while engineers replace the bridge's bearings, a job"]
    lines[-1] += " the council now expects to finish in June."
    page = parse_text_page("\n".join(lines), None)
    sel = select_text_main(page)
    assert sel.body == [5, 6] and sel.title == 4 and sel.roles[7] == "boilerplate"


def test_a_long_english_list_heading_in_a_whole_article_is_kept() -> None:
    # an article someone already extracted shows no page: its own heading stays with its paragraphs
    lines = ["Five ferries for the harbour", "The council ordered five ferries for the harbour route this spring."]
    lines += ["Recommended Reading List", "The council's report on the route explains why the old boats were retired."]
    page = parse_text_page("\n".join(lines), None)
    assert select_text_main(page).body == [1, 2, 3]


def test_the_text_beyond_a_sites_copyright_notice_is_not_the_article() -> None:
    # a terms dialog rendered after the footer: prose, but past the page's closing notice
    lines = [*FERRY_PAGE]
    lines += ["© 2024 Harbour News Ltd"]
    lines += ["These terms explain what you may do with the articles, pictures and videos on this site and in the app."]
    page = parse_text_page("\n".join(lines), None)
    sel = select_text_main(page)
    assert sel.body == [5, 6] and sel.title == 4 and sel.roles[7] == "copyright"


def test_a_site_notice_keeps_the_blurb_after_it_out_of_the_body() -> None:
    # a newsletter box under the article, then the site's blurb: a sentence, but past a notice
    lines = [*FERRY_PAGE]
    lines += ["Sign up for our newsletter to get the day's news"]
    lines += ["Our reporters cover the harbour and the council every day."]
    sel = select_lines(lines)
    assert sel.body == [5, 6] and sel.title == 4 and sel.roles[7] == "boilerplate"


def test_a_list_of_short_bulleted_sentences_after_the_article_stays_out() -> None:
    # other stories written as one-sentence list items, each with its source and day: they weigh half
    lines = [*FERRY_PAGE]
    lines += ["Around the coast"]
    for sentence, day in [
        ("• The ferry company ordered two new boats.", "Tuesday"),
        ("• The bridge reopens to cyclists next week.", "Monday"),
        ("• The lifeboat crew rescued two kayakers.", "Sunday"),
    ]:
        lines += ["Coast Daily", day, sentence]
    sel = select_lines(lines)
    assert sel.body == [5, 6] and sel.title == 4


def test_an_articles_bulleted_points_written_as_paragraphs_keep_their_weight() -> None:
    lines = ["Home", "News", "Sport", "Weather", "What the new ferry timetable changes"]
    lines += ["The harbour ferry will run every twenty minutes instead of every half hour from Monday, officials said."]
    lines += ["Share", "Tweet", "Email"]
    lines += [
        "• Evening sailings are extended by an hour in summer, so the last boat from the quay now leaves at eleven.",
        "• The first crossing leaves at six instead of seven, which the council says will help early shift workers.",
    ]
    assert select_lines(lines).body == [5, 6, 7, 8, 9, 10]


def test_a_pictures_credit_between_paragraphs_is_no_wall() -> None:
    # ``© Alamy`` under a picture inside the article: a credit, not the site's closing notice
    lines = ["Home", "News", "Sport", "Weather", "Harbour ferry timetable changes from Monday"]
    lines += ["The harbour ferry will run every twenty minutes instead of every half hour, officials said."]
    lines += ["© Alamy"]
    lines += ["Evening sailings are extended by an hour in summer, and the first crossing now leaves at six."]
    lines += ["The council said the new timetable would be reviewed after the first three months of service."]
    sel = select_lines(lines)
    assert sel.body == [5, 7, 8] and sel.title == 4


#: A report's twelve paragraphs of about 200 characters, for a box of other stories to stand between its two halves.
HARBOUR_REPORT = [
    f"The harbour board met on {day} to discuss the ferry timetable, and its members heard from residents, "
    f"operators and the council's transport officers about delays on the {route} route this {season}."
    for day in ("Monday", "Tuesday", "Wednesday")
    for route, season in (("northern", "spring"), ("southern", "summer"), ("eastern", "autumn"), ("western", "winter"))
]


def test_a_box_of_other_stories_between_paragraphs_leaves_the_article_whole() -> None:
    # each of the box's seven lines had cost a whole wall (1,400), more than either half of the report (1,200)
    box = ["Most Popular", *(f"Council approves {n} new bus shelters for the old town" for n in range(2, 8))]
    lines = ["Home", "News", "Sport", "Weather", "Harbour board hears ferry complaints"]
    lines += [*HARBOUR_REPORT[:6], *box, *HARBOUR_REPORT[6:]]
    sel = select_lines(lines)
    assert sel.title == 4
    assert [lines[i] for i in sel.body] == HARBOUR_REPORT
    assert all(sel.roles[i] == "related" for i in range(12, 11 + len(box)))  # the headlines under the heading


def test_a_short_article_signed_off_by_its_editor_outweighs_the_strip_after_it() -> None:
    # a portal's story of three sentences, its editor's sign-off and disclaimer, then a strip of prose-like headlines
    # longer than the story: the sign-off marks where the article ends
    lines = ["• 新闻", "• 体育", "• 汽车", "• 房产", "• 旅游", "• 教育", "示范队主场大胜晋级决赛"]
    lines += ["2024-05-20 06:48"]
    story = ["昨晚示范队在主场以130比109战胜对手，晋级决赛。", "对手的主力后卫第三节受伤离场。"]
    story += ["他全场得到17分9助攻。"]
    lines += story
    lines += ["（编辑：小李）", "声明：该文观点仅代表作者本人，本平台仅提供信息存储空间服务。", "首赞", "阅读 (17万)"]
    lines += ["大家都在看"]
    lines += ["讲真！这位演员的新造型，究竟谁顶得住嘛！", "广告 夏季大促来袭！野生海参才这个价！"]
    lines += ["二婚的他，三婚的他，四婚的他，没赢过八婚的他！", "身高一米八，体重六十五公斤，这身材谁扛得住？"]
    page = parse_text_page("\n".join(lines), None)
    sel = select_text_main(page)
    assert [page.blocks[i].text for i in sel.body] == story
    assert title_text(page, sel) == "示范队主场大胜晋级决赛"


@pytest.mark.parametrize(
    "heading", ["Mehr zum Thema", "Leggi anche", "You Might Also Like", "大家都在看", "你可能還想看"]
)
def test_a_heading_inviting_to_more_stories_ends_the_body(heading: str) -> None:
    # the stories under it are written as sentences: without the heading's wall they carried the body on
    lines = [*FERRY_PAGE, heading]
    lines += ["The lighthouse on the north pier reopens to visitors after a year of repairs."]
    lines += ["Fishermen say the new quay wall has already cut the damage from winter storms."]
    sel = select_lines(lines)
    assert sel.body == [5, 6] and sel.title == 4 and sel.roles[7] == "boilerplate"


def test_a_footers_directory_of_the_sites_services_stays_out_of_the_body() -> None:
    # each service's name (shorter than a headline) over a one-sentence blurb, eight in a row
    services = ["Harbour Jobs", "Tide Tables", "Ferry Club", "Quay Shop", "Boat Sales", "Coast Radio", "Pier Cam"]
    services += ["Sail School"]
    lines = [*FERRY_PAGE, "Our other sites"]
    for name in services:
        lines += [name, f"{name} serves the readers on the coast."]
    sel = select_lines(lines)
    assert sel.body == [5, 6] and sel.title == 4


def test_a_numbered_section_heading_naming_related_things_is_the_articles_own() -> None:
    # ``四、相关命令汇总`` (section four, a summary of the related commands): 相关 makes a list heading's word, but a
    # heading numbered as the article's section opens no list of other stories, and the text stays whole
    lines = ["前言：本文以几个实际的例子，分享自己部署容器服务的经验，脚本初步加工后可直接使用。"]
    lines += ["一、部署配置中心", "docker stop apollo && docker rm apollo", "docker run -p 8080:8080 apollo"]
    lines += ["部署完成后，打开浏览器访问本机的8080端口，就可以看到配置中心的页面了。"]
    lines += ["四、相关命令汇总", "以下是一些可能会经常用到的命令，这里也简单列一下："]
    lines += ["docker ps -a", "docker logs -f apollo"]
    sel = select_lines(lines)
    assert sel.body == list(range(len(lines)))


def test_a_listings_short_cards_between_its_one_line_notes_show_no_page() -> None:
    # a food writer's month of meals given alone: each place's card (name, dish, street, hours) is menu-shaped, but
    # the writer's short notes go on after the last paragraph, so the cards stand inside the text, not below it
    lines = ["Our food writer ate out every day for a month; here is where she went and what she thought of it."]
    for place, street, note in [
        ("Harbour Cafe", "Quay Street", "First visit. The chips were crisp."),
        ("Pier Bakery", "Mill Lane", "Good bread, better coffee."),
        ("Noodle Bar", "High Street", "Back again. Still the best broth."),
    ]:
        lines += [place, "Lunch", street, "Open Daily", note]
    assert select_lines(lines).body == list(range(len(lines)))


def test_a_how_tos_code_listing_is_article_text_between_its_paragraphs() -> None:
    # a Docker how-to on a blog page: its listing is short lines that the sidebar's paragraph outweighed at a short
    # line's cost each; lines of code weigh as prose, so the listing and the paragraph after it stay in the body
    lines = ["Home", "Blog", "Archive", "About", "Running Kafka and ZooKeeper with Docker on one host"]
    lines += ["The two containers below share a network, so the broker finds ZooKeeper by its container name."]
    lines += [
        "docker network create kafka-net",
        "docker run -d --name zookeeper \\",
        "--network=kafka-net \\",
        "-e ALLOW_ANONYMOUS_LOGIN=yes \\",
        "bitnami/zookeeper:3.9",
        "docker run -d --name kafka \\",
        "--network=kafka-net \\",
        "-p 9092:9092 \\",
        "-e KAFKA_CFG_ZOOKEEPER_CONNECT=zookeeper:2181 \\",
        "bitnami/kafka:3.4",
        "# check that the broker is up",
        "docker logs -f kafka",
    ]
    lines += ["Give the broker half a minute to register before you create a topic."]
    lines += ["Popular posts", "Why we moved our small services off Kubernetes and onto one machine, and what it"]
    lines[-1] += " cost us in the first year: a long look at the bills, the outages and the nights spent on call."
    sel = select_lines(lines)
    assert sel.body == list(range(5, 19)) and sel.title == 4


def test_a_comment_boxs_emoji_picker_is_no_code() -> None:
    # a blog's how-to of command lines only, above its comment box: the box's emoji picker prints its shortcodes on
    # one line whose ``::`` read as code, and that line's length outweighed the listing; shortcodes alone are no code
    lines = ["Home", "Blog", "Archive", "About", "Setting a proxy for the shell on Windows and Ubuntu"]
    lines += [
        "set http_proxy=http://127.0.0.1:7890 & set https_proxy=http://127.0.0.1:7890",
        "curl -v https://www.example.com",
        "set http_proxy= & set https_proxy=",
        "export https_proxy=http://127.0.0.1:7890",
        "export http_proxy=http://127.0.0.1:7890",
    ]
    lines += ["Report", "Recommended posts:", "Caching npm packages behind a proxy", "Comments: 0", "No comments yet."]
    lines += ["Be kind: discussions are for learning from each other."]
    faces = ("joy", "kissing_heart", "heart", "heart_eyes", "blush", "grin", "+1", "relaxed", "pensive", "smile")
    lines += ["".join(f":{face}::{face}:" for face in faces * 3), "Markdown help"]
    sel = select_lines(lines)
    assert sel.body == list(range(5, 10)) and sel.title == 4


def test_a_qa_threads_related_questions_with_their_answer_counts_are_a_list() -> None:
    # a Q&A thread under its site's list of related questions, each question over its count of answers: the count
    # lines are the list's, walls between its headlines, whose question marks passed for prose that outweighed the
    # thread; the thread's own answers heading, alone, is no list's
    lines = ["Questions", "Tags", "Users", "Add question", "Mail from the server is rejected by the SMTP relay"]
    lines += ["The same mailbox settings work in another app, and here every message is rejected. What is wrong?"]
    lines += ["Share", "asked Dec 22, 2022", "1 Answers", "Set the From name to your own name, not to the address"]
    lines += ["Share", "answered Dec 23, 2022", "Related Questions"]
    for question, count in [
        ("How to configure nginx to work with the server on docker?", "2 answers"),
        ("How to fully back up the site and restore it?", "1 answers"),
        ("How to configure SSL?", "1 answers"),
        ("How to modify the footer sections?", "2 answers"),
    ]:
        lines += [question, count]
    sel = select_lines(lines)
    assert sel.body[0] == 5 and max(sel.body) < 12 and sel.title == 4


def test_a_threads_reply_counters_below_its_last_post_are_no_menu() -> None:
    # a thread given alone: under each reply its vote counters (``0`` / ``0``) and the poster's name, status and age;
    # lines recurring three times or more are no site menu's entries, so nothing shows a page and all of it comes back
    lines = ["Mark threads as read", "Hi,", "There should be a way to see which threads I have already read."]
    lines += ["Can that be fixed, or is there a setting for it somewhere?", "BR", "Anna"]
    lines += ["Ola Nordmann", "Member", "2 years", "This belongs in the support forum; it works here."]
    lines += ["2", "replies", "0", "0", "Anna Berg", "Member", "2 years"]
    lines += ["I see now that this only hides the threads I opened, not the ones with new posts since", "0", "0"]
    sel = select_lines(lines)
    assert sel.body == list(range(1, len(lines))) and sel.title == 0


def test_teaser_cards_titled_with_questions_leave_their_summaries_out() -> None:
    # a card's title that asks a question ends a sentence and passes for prose; it is a headline, so the short
    # summary under it is lone, the cards' summaries recur at one step and the cards no longer outweigh the article
    lines = [*FERRY_PAGE, "Popular"]
    for title, summary, age in [
        ("Will the new ferries be ready by summer?", "The yard says the first hull is afloat.", "3 hours ago"),
        ("Who pays for the longer evening service?", "The council and the operator share it.", "5 hours ago"),
        ("Can cyclists still take the early boat?", "Bikes still ride free before seven.", "8 hours ago"),
    ]:
        lines += [title, summary, age]
    sel = select_lines(lines)
    assert sel.body == [5, 6] and sel.title == 4 and sel.roles[7] == "boilerplate"


def test_a_cookie_policys_lines_beside_a_consent_are_notices_though_in_no_sites_voice() -> None:
    # the consent speaks as the site (``we``), the policy after it of Cookies as a defined term: beside the consent,
    # each line naming cookies is a site notice, and the policy, longer than the article, no longer wins
    lines = [*FERRY_PAGE, "We use cookies to improve your experience on our site."]
    lines += [
        "Strictly Necessary Cookies: These Cookies are required for the site to work, including for system"
        " administration, security and fraud prevention, and cannot be switched off.",
        "Analytics Cookies: These Cookies collect data about how visitors use the pages, which pages they visit"
        " most often and whether they get error messages from them.",
        "Advertising Cookies: These Cookies are set by advertising partners to build a profile of your interests"
        " and show you relevant adverts on other sites.",
    ]
    sel = select_lines(lines)
    assert sel.body == [5, 6] and sel.title == 4 and all(sel.roles[i] == "boilerplate" for i in range(7, 11))


def test_the_prose_of_a_dialog_below_the_sites_copyright_notice_is_no_article() -> None:
    # a privacy dialog rendered after the footer, longer than the article: its paragraphs name no cookies and would
    # outweigh the notice's wall; below the notice that closes the page they are the site's, no article
    lines = [*FERRY_PAGE, "© 2024 Harbour News Ltd", "Your privacy choices"]
    lines += [
        "Interest-based advertising: most advertisers offer a way to opt out of adverts chosen from what you read,"
        " and you can do so on each of their pages listed below.",
        "Mobile settings: you may manage how your device shares its advertising identifier in its own settings,"
        " under privacy, where you can also reset it at any time.",
        "Connected devices: for smart televisions and streaming boxes, review the device's own settings to limit"
        " how the apps on it collect what you watch.",
    ]
    sel = select_lines(lines)
    assert sel.body == [5, 6] and sel.title == 4 and all(sel.roles[i] == "boilerplate" for i in range(9, 12))


def test_a_copyright_notice_opening_a_document_closes_nothing() -> None:
    # a report's notice above its text (a short note, then the notice, then the chapters): little prose stands above
    # it, so the text below is the article
    lines = ["Contents", "About", "Download", "Search", "Harbour traffic report 2024"]
    lines += ["Prepared for the port authority.", "© 2024 Port Authority. All rights reserved."]
    lines += [
        "Ferry traffic across the harbour grew by a tenth last year, most of it on the evening crossings that"
        " commuters use on their way home from the city.",
        "Freight held steady, while the number of cruise calls doubled after the new terminal opened in spring.",
    ]
    sel = select_lines(lines)
    assert sel.body == [7, 8]


def test_a_blogs_comments_below_the_heading_counting_them_leave_the_body() -> None:
    # the post, its share bar, then ``There are 3 comments`` and the readers' comments, longer than the post: the
    # heading closes the article, and the comments' sentences are no article's
    post = [
        "The harbour ferry will run every twenty minutes instead of every half hour from Monday, officials said at a"
        " briefing on Friday, after a year of complaints about crowded boats at the morning peak.",
        "Evening sailings are extended by an hour in summer, and the first crossing now leaves at six, which the"
        " operator says will take a third of the commuters off the seven o'clock boat.",
        "The council pays for the extra crossings out of the parking levy for two years, and will then look at the"
        " numbers again before it decides whether to keep them.",
        "Cyclists keep their free places on the early boats, though bikes are limited to twenty a crossing from June.",
        "The new timetable is posted at the piers and on the operator's site, where the old one stays up for a week.",
        "Two of the older boats go to the yard in the autumn for new engines, and a chartered ferry stands in for"
        " them until they come back, so the timetable holds through the winter.",
        "Passengers can send their views on the changes to the council until the end of the month, by post or at the"
        " two public meetings in the ferry terminal.",
    ]
    lines = ["Home", "News", "Sport", "Weather", "Harbour ferry timetable changes from Monday", *post, "Share this:"]
    lines += ["• Facebook", "• Twitter", "There are 3 comments"]
    for name, comment in [
        (
            "Anna · March 10, 2017 at 8:12 AM",
            "About time too. I have stood on that pier in the rain for twenty minutes"
            " every morning this winter while the boat sat full at the other side, and I know I was not alone there.",
        ),
        (
            "Ben · March 10, 2017 at 9:30 AM",
            "Twenty minutes is still too long at the peak. The old timetable had a"
            " boat every quarter of an hour before the cuts, and nobody has explained why we cannot go back to that.",
        ),
        (
            "Carla · March 10, 2017 at 11:05 AM",
            "Good news for the evenings, but what about the weekends? The Sunday"
            " boats are the worst of the lot, and the summer crowds on the island make them worse every single year.",
        ),
    ]:
        lines += [name, comment, "• Reply"]
    sel = select_lines(lines)
    assert sel.body == list(range(5, 12)) and sel.title == 4


def test_a_sidebars_blurbs_below_a_threads_reply_form_are_no_thread() -> None:
    # a forum's thread, its reply form's sign-in notice, then the sidebar's featured blurbs, longer than the posts:
    # the notice closes the thread, and the blurbs are the site's
    lines = ["Forums", "Members", "Search", "Help", "Last ferry on Sundays"]
    lines += ["harbourfan", "Posted March 10"]
    lines += [
        "The timetable at the pier says the last boat leaves at ten, but the operator's site says half past nine.",
        "Does anyone know which one is right? I do not want to be stuck on the island again.",
        "You must be logged in to reply to this topic.",
        "Featured: the harbour's own magician once made the evening ferry disappear in front of a full pier, and"
        " the crowd still talks about the night the boat came back with the wrong name painted on its side.",
        "Featured: our members' guide to the island's walks covers every path from the pier to the lighthouse, with"
        " maps, timings and the best places to wait out the rain before the last boat home.",
        "Featured: a year of the new timetable, told by the crews who sail it, the passengers who ride it and the"
        " harbour master who had to make the two fit on the same pier every morning.",
    ]
    sel = select_lines(lines)
    assert sel.body == [7, 8] and all(sel.roles[i] == "boilerplate" for i in range(9, 13))


def test_an_answer_forms_guidelines_below_a_short_question_are_no_thread() -> None:
    # a Q&A site's question of two sentences, then the answer form: its prompt, then the site's guidelines for
    # answering, longer than the question; the prompt closes the thread, the guidelines are the site's
    lines = ["Questions", "Tags", "Users", "Ask a Question", "Last ferry on Sundays"]
    lines += [
        "Does anyone know when the last ferry leaves the island on Sundays in winter?",
        "The pier's board and the operator's site disagree, and I do not want to be stuck there overnight.",
        "Submit your solution",
        "When answering a question please:",
        "1. Read the question carefully and answer what was asked, not what you think should have been asked.",
        "2. Remember that English is not everyone's first language, so be lenient with spelling and grammar.",
        "3. If a question is unclear, ask for clarification in a comment instead of guessing at what it means.",
    ]
    sel = select_lines(lines)
    assert sel.body == [5, 6] and all(sel.roles[i] == "boilerplate" for i in (9, 10, 11))


def test_a_short_posts_comments_stay_its_thread() -> None:
    # an image board's post of two sentences, then its comments under their count: too little stands above the
    # heading for an article it closes, and the comments are the thread (the heading's wall parts them from the post)
    lines = ["Home", "New post", "Sign in", "Sign up", "Found this on the beach this morning"]
    lines += ["Washed up after the storm last night. Does anyone know what kind of shell it is?", "3 Comments"]
    lines += ["Best", "Newest", "Oldest", "shellfan • 2d ago"]
    lines += ["That is a whelk egg case, not a shell. They wash up by the hundred after a big blow.", "Upvote"]
    lines += ["beachcomber • 2d ago", "Looks like a whelk to me as well. Put it back in the water if it is still wet."]
    sel = select_lines(lines)
    assert sel.body == [11, 12, 13, 14]


def test_a_threads_replies_past_a_sidebar_join_its_first_post() -> None:
    # a forum prints a sidebar of lists between the question and its answers: the answers' post header (``Share`` /
    # ``Posted May 7``, the question's own, the date aside) starts a post each, and each post joins the body
    lines = ["Forums", "Members", "Search", "Help", "Custom banner image on every blog post"]
    lines += ["johngo", "Member", "Share", "Posted May 6"]
    lines += [
        "I would like the same image to go at the top of all of my blog posts, as the old template allowed.",
        "Last week I moved my site to the new version, and now all I have is a gradient in the header.",
        "Can someone offer some custom code for me to do this?",
    ]
    lines += ["Popular Days", "May 7", "2 posts", "May 6", "1 post", "Most Popular Posts", "johngo", "May 7"]
    lines += ["tuanphan", "Moderator", "Share", "Posted May 7"]
    lines += ["Add a section to the footer with your image, then move it to the top of every post with some code."]
    lines += ["johngo", "Member", "Share", "Posted May 7", "This is the perfect solution, thank you so much."]
    sel = select_lines(lines)
    assert sel.body == [9, 10, 11, 24, 29]


def test_a_share_bar_with_a_bare_count_is_no_posts_header() -> None:
    # the article and a teaser below the related list each open under the same share bar and its count: a bare
    # count dates no post, so the teaser's sentence stays out
    lines = [*FERRY_PAGE[:5], "Share", "0", *FERRY_ARTICLE, "Related stories", "Island buses change too"]
    lines += ["Share", "0", "The island's buses will meet every ferry from Monday, the operator said today."]
    sel = select_lines(lines)
    assert sel.body == [7, 8]


def test_a_posts_greeting_above_its_first_sentence_hides_no_header() -> None:
    # the question opens with a greeting, a short line between its header and its first sentence: the header is
    # looked for above the greeting too, and the answer under the same header past the sidebar joins the body
    lines = ["Forums", "Members", "Search", "Help", "Custom banner image on every blog post"]
    lines += ["johngo", "Member", "Share", "Posted May 6", "Hello friends,"]
    lines += [
        "I would like the same image to go at the top of all of my blog posts, as the old template allowed.",
        "Last week I moved my site to the new version, and now all I have is a gradient in the header.",
        "Can someone offer some custom code for me to do this?",
    ]
    lines += ["Popular Days", "May 7", "2 posts", "May 6", "1 post", "Most Popular Posts", "johngo", "May 7"]
    lines += ["tuanphan", "Moderator", "Share", "Posted May 7"]
    lines += ["Add a section to the footer with your image, then move it to the top of every post with some code."]
    sel = select_lines(lines)
    assert sel.body == [10, 11, 12, 25]


def test_a_comment_forms_rules_below_a_spanish_story_are_no_article() -> None:
    # a Spanish story of two paragraphs, then its comment form's button (``Comentar``) and the site's rules for
    # comments, longer than the story: the button closes the article, the rules are the site's
    lines = ["Portada", "Local", "Deportes", "Opinión", "El ferry del puerto saldrá cada veinte minutos"]
    lines += [
        "El ferry del puerto saldrá cada veinte minutos en lugar de cada media hora a partir del lunes, según"
        " informaron ayer las autoridades portuarias.",
        "Los trayectos de la tarde se alargan una hora en verano, y la primera travesía saldrá a las seis.",
        "Comentar",
        "Normas de uso y aviso legal",
        "El contenido de los comentarios es la opinión de los usuarios o internautas y no la de este periódico,"
        " que no se hace responsable de lo que en ellos se publica.",
        "No está permitido verter comentarios contrarios a las leyes, injuriantes, ilícitos o lesivos a terceros,"
        " ni mensajes publicitarios de ningún tipo.",
        "Este periódico se reserva el derecho de eliminar cualquier comentario inapropiado sin previo aviso y de"
        " bloquear a los usuarios que incumplan estas normas.",
    ]
    sel = select_lines(lines)
    assert sel.body == [5, 6] and all(sel.roles[i] == "boilerplate" for i in (9, 10, 11))


def test_a_sentence_printed_under_every_picture_is_the_sites() -> None:
    # a story whose gallery prints the same caption-like sentence under each of its five pictures, between the
    # paragraphs, on a page with a menu: the sentence is the gallery's, not the story's, and stays out of the body
    gallery = "Passengers board the harbour ferry at the pier on Monday morning, the first day of the new timetable."
    paragraphs = [
        "The harbour ferry will run every twenty minutes instead of every half hour from Monday, officials said.",
        "Evening sailings are extended by an hour in summer, and the first crossing now leaves at six.",
        "The operator said the change follows a year of complaints about crowded boats at the morning peak.",
        "Two more boats have been leased from a neighbouring port to keep the new timetable running.",
        "Fares stay the same for now, but the operator will review them at the end of the summer season.",
    ]
    lines = ["• Home", "• News", "• Sport", "• Weather", "Harbour ferry timetable changes from Monday"]
    for paragraph in paragraphs:
        lines += [gallery, paragraph]
    sel = select_lines(lines)
    assert sel.body == [6, 8, 10, 12, 14] and all(sel.roles[i] == "boilerplate" for i in (5, 7, 9, 11, 13))


@pytest.mark.parametrize("meta", [["Posted May 6", "Viewed 456"], ["Asked Dec 22, 2023", "Modified 3 weeks ago"]])
def test_a_threads_meta_lines_above_its_first_post_are_no_title(meta: list[str]) -> None:
    # a forum thread (or a Q&A page) prints its stamp and view count between its title and its first post: the
    # title is the line above them, not the nearest short line
    lines = [
        "Forums",
        "Gardening",
        "Tomato leaves turning yellow from the bottom up",
        *meta,
        "2024-05-06 09:12 greenthumb",
        "My tomato plants are about a month old and the lowest leaves are turning yellow, then brown, and falling"
        " off. I water them every other day and they get full sun most of the afternoon.",
        "2024-05-06 11:40 rosemary_k",
        "That sounds like early blight or simply the plant shedding old leaves. Pull off the affected leaves, water"
        " at the base rather than over the foliage, and mulch so soil does not splash up.",
        "2024-05-07 08:05 greenthumb",
        "Thanks, I will try mulching this weekend and water in the morning instead of the evening.",
        "Reply",
    ]
    page = parse_text_page("\n".join(lines), None)
    sel = select_text_main(page)
    assert title_text(page, sel) == "Tomato leaves turning yellow from the bottom up" and 6 in sel.body


def test_a_chinese_streams_cards_under_short_or_counting_headlines_are_teasers() -> None:
    # a Yahoo story above its stream of cards (source line, headline, summary), cut by ad boxes into runs of three:
    # headlines of 13 to 15 Han characters and headlines that count (1100場勝利) head cards, so the stream's
    # summaries no longer outweigh the story's four short paragraphs
    page = _page("teaser_stream_ads_zh.txt")
    sel = select_text_main(page)
    assert sel.body == [8, 9, 10, 11]
    assert page.blocks[8].text.startswith("（法新社羅馬19日電）")


def test_the_headline_over_the_dateline_is_the_title_past_share_buttons() -> None:
    # a Japanese story's header (headline, then the reporter and the date), then five share buttons, a picture's
    # label and an ad mark: the closest headline-shaped line to the first paragraph was the ad mark [PR]
    page = _page("header_under_share_ja.txt")
    sel = select_text_main(page)
    assert title_text(page, sel) == "宮崎県で震度5弱、高知と宮崎に1メートルの津波注意報　気象庁"
    assert sel.body == [26, 27]


def test_a_tickers_timed_headlines_after_the_story_stay_out() -> None:
    # a newspaper's live feed under its story (14:44 headline, a time alone over a summary, tweets): its timed
    # headlines are list material, walls that keep the feed's summaries out of the story's four paragraphs
    page = _page("ticker_after_story_fr.txt")
    sel = select_text_main(page)
    assert sel.body == [27, 28, 29, 30]
    assert page.blocks[27].text.startswith("Un troisième Français a été tué")


def test_a_confirmation_dialog_after_a_thread_closes_it() -> None:
    # a forum thread of short posts, then its page's modals: a confirmation dialog and the editor's Markdown and
    # emoji help, whose sentences outweighed the posts; the dialog is a site notice and closes the thread
    page = _page("thread_under_dialog_en.txt")
    sel = select_text_main(page)
    assert {28, 29} <= set(sel.body)
    assert not any(page.blocks[i].text.startswith(("Are you sure", "To enter emoji")) for i in sel.body)


def test_a_confirmation_dialog_in_title_case_closes_the_thread_too() -> None:
    # the same thread under its dialog written in title case, as many sites set a dialog's question
    text = (FIXTURES / "thread_under_dialog_en.txt").read_text("utf-8").replace("Are you sure", "Are You Sure")
    page = parse_text_page(text, None)
    sel = select_text_main(page)
    assert page.blocks[43].text == "Are You Sure?"
    assert {28, 29} <= set(sel.body)
    assert not any(page.blocks[i].text.startswith(("Are You Sure", "To enter emoji")) for i in sel.body)


def test_a_pager_or_a_trail_beside_the_dateline_is_no_title() -> None:
    # a German tech story dated above its headline: the pager (« Vorige | Nächste ») and the breadcrumb trail ending
    # in the headline stand above the date, and the header's headline was looked for above the date first
    page = _page("pager_over_dateline_de.txt")
    sel = select_text_main(page)
    assert page.blocks[24].text.split() == ["«", "Vorige", "|", "Nächste", "»"]
    assert page.blocks[23].text.startswith("Mac & i > News >")
    assert title_text(page, sel) == "1Password für Mac generiert Einmal-Passwörter"
    assert sel.body == [27, 28, 29, 30, 31, 32]


def test_a_headline_naming_its_site_after_a_bar_stays_the_title() -> None:
    lines = [*FERRY_PAGE[:4], "Harbour ferry timetable changes from Monday | Harbour Gazette", *FERRY_ARTICLE]
    sel = select_lines(lines)
    assert sel.title == 4 and sel.body == [5, 6]


def test_a_reprint_notice_closes_the_article_above_it() -> None:
    # a health portal's recipe ends with its reprint notice (未经书面授权请勿转载), then the site's description and a
    # teaser's comma-laden line, prose that outweighed the notice's wall; the page's footer notice comes much later
    page = _page("reprint_notice_zh.txt")
    sel = select_text_main(page)
    assert page.blocks[25].text.endswith("请勿转载。") and sel.roles[25] == "copyright"
    assert sel.body == list(range(10, 25))


def test_a_threads_post_headers_naming_their_weekday_are_one_header() -> None:
    # a Flarum thread whose post headers name the weekday beside the date (``发布 #8 2024年5月17日星期五 02点09分``):
    # the body's run is a Friday post, and the posts of Wednesday and Thursday stood under another header
    page = _page("thread_weekdays_zh.txt")
    sel = select_text_main(page)
    assert page.blocks[21].text == "发布 #1 2024年5月15日星期三 20点20分"
    assert page.blocks[78].text == "发布 #8 2024年5月17日星期五 02点09分"
    assert {22, 28, 59, 64, 74, 79, 84} <= set(sel.body)


def test_a_post_opening_with_three_short_lines_under_its_header_leads_the_thread() -> None:
    # a Flarum thread's first post: its header (``• 2023年10月2日`` / ``发布 #1 …``), an edit mark and two short
    # opening lines stand over its first prose line; the replies under the same header join the body
    page = _page("thread_edited_post_zh.txt")
    sel = select_text_main(page)
    assert [page.blocks[i].text for i in (21, 22, 23)] == ["发布 #1 2023年10月2日星期一 13点56分", "• 已编辑", "介绍"]
    assert page.blocks[59].text.startswith("发布 #5")
    assert {25, 26, 60, 69} <= set(sel.body)


def test_a_bare_link_to_more_under_a_sections_heading_opens_no_list() -> None:
    # a poetry page: the poem, then its translation and notes, background and appreciation, each section's heading
    # over a bare ``更多`` (more) link; read as list headings, those links walled the poem off from its sections
    page = _page("more_links_poem_zh.txt")
    sel = select_text_main(page)
    assert [page.blocks[i].text for i in (21, 22, 37)] == ["译文及注释", "更多", "更多"]
    assert {14, 20, 24, 30, 33, 39, 43, 44} <= set(sel.body)
    assert not any(page.blocks[i].text.startswith("转载请注明") for i in sel.body)


def test_the_captions_under_an_articles_last_paragraph_join_the_body() -> None:
    # a news agency's story on a portal: one paragraph, then its three photos' captions, then the portal's comment
    # box and stream; the body's run ends on prose, and the captions were left out
    page = _page("closing_photos_zh.txt")
    sel = select_text_main(page)
    assert page.blocks[34].text.startswith("5月19日，在多米尼加首都圣多明各")
    assert page.blocks[37].text == "举报"
    assert sel.body == [33, 34, 35, 36]


def test_the_headline_over_the_dateline_under_a_list_heading_is_the_title() -> None:
    # the same story: its headline follows the portal's navigation under ``• 推荐``, and as that list's item it was
    # no headline to the title stage; the dateline right above the first paragraph shows it heads the article
    page = _page("closing_photos_zh.txt")
    sel = select_text_main(page)
    assert [page.blocks[i].text for i in (2, 32)] == ["• 推荐", "2024-05-20 14:33·新华社"]
    assert title_text(page, sel) == "现总统阿比纳德尔宣布赢得多米尼加总统选举"
    assert sel.body == [33, 34, 35, 36]


def test_a_placeholder_caption_under_the_last_paragraph_stays_out() -> None:
    # a picture's file name under the last paragraph (``image.png``) describes no picture: it is no caption to keep
    lines = [*FERRY_PAGE, "image.png", "Related stories", "Ferry fares rise in May"]
    sel = select_lines(lines)
    assert sel.body == [5, 6]


def test_short_points_that_go_on_numbering_the_last_paragraphs_join_the_body() -> None:
    # a forum post of seven numbered points, the last two short lines without a stop (``6.微信扫码登录…``): they go
    # on numbering the points above them and are the post's, not the comment box's chrome below
    page = _page("numbered_points_zh.txt")
    sel = select_text_main(page)
    assert page.blocks[13].text == "7.微信内强开已红功能正在开发中"
    assert sel.body == [7, 8, 9, 10, 11, 12, 13]


def test_a_short_line_numbered_out_of_turn_stays_out() -> None:
    # the points stop at 2; a short ``5.`` line below (a pager's, a list's) numbers no point of the article
    lines = [*FERRY_PAGE[:5], "1. " + FERRY_ARTICLE[0], "2. " + FERRY_ARTICLE[1], "5. Next page", "Related stories"]
    sel = select_lines(lines)
    assert sel.body == [5, 6]


def test_a_discuz_threads_floors_and_one_line_replies_join_the_body() -> None:
    # a Discuz thread: each post's floor (楼主, 沙发, 板凳, 地板) over its stamp line (发表于 <date> | 只看该作者 来自 -
    # <place>), so no two posts share a two-line header; the stamp cut after its date is the header, and each reply of
    # one short line under it joins the body, with the first post's opening line
    page = _page("thread_floors_zh.txt")
    sel = select_text_main(page)
    assert [page.blocks[i].text for i in (52, 80, 103)] == ["楼主", "沙发", "板凳"]
    assert page.blocks[81].text.startswith("发表于 2024-4-11 11:52:24 | 只看该作者 来自 - 湖北")
    assert {54, 55, 57, 82, 105, 128} <= set(sel.body)
    assert not {52, 53, 80, 81, 83} & set(sel.body)  # floors, stamps and the per-post 回复


def test_a_header_printed_twice_makes_no_thread_of_one_line_posts() -> None:
    # the same thread with its last two posts cut: two posts under one stamp are no thread of short replies
    text = (FIXTURES / "thread_floors_zh.txt").read_text("utf-8").splitlines()
    page = parse_text_page("\n".join(line for line in text if "2024-4-14" not in line and "2024-5-6" not in line), None)
    sel = select_text_main(page)
    assert page.blocks[82].text.startswith("顶你")
    assert 82 not in sel.body


def test_blog_lines_closing_on_an_emoji_are_prose() -> None:
    # an Ameba blog post: half its lines close on an emoji in place of a sentence mark (昔よく食べたなぁ☺️ /
    # バクバク食べてましたよ😄), and as short lines they cut the post to its four marked sentences
    page = _page("emoji_ends_blog_ja.txt")
    sel = select_text_main(page)
    assert [page.blocks[i].text for i in (29, 41)] == ["昔よく食べたなぁ☺️", "やっぱ美味しいね😆"]
    assert sel.body == list(range(29, 42))
    assert title_text(page, sel) == "懐かしーーい"


def test_commands_between_a_listings_code_lines_are_its_own() -> None:
    # a how-to of proxy settings: its commands (source ~/.bashrc / echo $https_proxy) have no code's shape, and
    # as short lines between its assignments and comments they ended the body before the listing's last part
    page = _page("command_listing_zh.txt")
    sel = select_text_main(page)
    assert [page.blocks[i].text for i in (30, 31, 34)] == ["source ~/.bashrc", "echo $https_proxy", "# 恢复代理"]
    assert set(range(20, 35)) <= set(sel.body)


def test_an_assignment_left_empty_is_a_line_of_code() -> None:
    # the same how-to unsets its proxy variables (export https_proxy=): lines of its listing, as a set value's are
    page = _page("command_listing_zh.txt")
    sel = select_text_main(page)
    assert [page.blocks[i].text for i in (35, 36)] == ["export https_proxy=", "export http_proxy="]
    assert sel.body == list(range(20, 37))


def test_a_threads_replies_numbered_in_order_join_the_body() -> None:
    # a Homeland thread: each reply's header is one line naming its poster and numbering it (gazeldx #1 1 月前 /
    # msl12 #2 1 月前 / …), so no two share a header line; the numbers run in order from the reply inside the body's
    # run, and the replies join it (a quoted number, 对 gazeldx #3 回复, numbers none)
    page = _page("thread_numbered_replies_zh.txt")
    sel = select_text_main(page)
    assert [page.blocks[i].text for i in (15, 20, 22)] == ["gazeldx #1 1 月前", "gazeldx #3 1 月前", "lehf #4 1 月前"]
    assert {12, 16, 21, 26, 28, 33, 35} <= set(sel.body)
    assert 23 not in sel.body  # the quoted number's line


def test_numbered_replies_below_the_opening_post_join_it_past_short_lines() -> None:
    # a Kaskus thread numbers its replies (#1, #2, …), not the opening post the body's run takes, and prints 20 short
    # lines between them (reputation, quote and reply buttons, the replies' count, a reply box): no prose between,
    # so the replies join the body
    page = _page("thread_numbered_replies_id.txt")
    sel = select_text_main(page)
    assert [page.blocks[i].text for i in (53, 73, 84)] == ["Ngantuk.. maaf ya... Masih panjang ceritanya", "#1", "#2"]
    assert set(range(41, 53)) <= set(sel.body)
    assert {74, 85, 94, 128} <= set(sel.body)
    assert not {73, 75, 84, 86} & set(sel.body)  # the replies' numbers and reputation lines


def test_a_reply_of_a_menu_entrys_shape_between_two_posts_is_the_posts() -> None:
    # the Kaskus thread's one-line replies of a few words without marks (Nitip sendal, tamat karna digantung) have a
    # menu entry's shape; between two headers they are replies (a sidebar stands under the last post, not between)
    page = _page("thread_numbered_replies_id.txt")
    sel = select_text_main(page)
    assert [page.blocks[i].text for i in (136, 144)] == ["Nitip sendal", "tamat karna digantung"]
    assert {111, 136, 144, 152} <= set(sel.body)


def test_a_field_whose_value_holds_a_list_word_is_no_list_heading() -> None:
    # a Q&A page's tags (问题标签： 后端相关): the tag holds 相关, but a field's value names no list; as a list heading
    # it made the question's comments below it a wall of list items, and the body was a sidebar's headline
    page = _page("qa_tag_field_zh.txt")
    sel = select_text_main(page)
    assert page.blocks[7].text == "问题标签： 后端相关"
    assert {10, 14, 21, 25, 37} <= set(sel.body)  # the question's title (2) stands above the asker's dateline
    assert max(sel.body) < 40  # the sidebar's headlines below 没有更多了 stay out


def test_an_emoji_pickers_codes_are_no_plain_short_line() -> None:
    # a blog post of short lines only (安装 depcheck / 检查依赖 / …): the comment box's emoji picker below it prints its
    # codes as one line of 690 characters (:joy::joy:…), and the run of plain short lines around it outweighed the post
    page = _page("emoji_picker_post_zh.txt")
    sel = select_text_main(page)
    assert page.blocks[41].text.startswith(":joy::joy::kissing_heart:")
    assert {16, 18, 20, 21, 22, 23} <= set(sel.body)
    assert 41 not in sel.body


def test_a_run_of_short_lines_starts_below_its_posts_dateline() -> None:
    # the blog's menu, headline and meta line (``my38778570 的个人博客 / 37 / 0 / 创建于 11个月前``) above the post
    page = _page("emoji_picker_post_zh.txt")
    sel = select_text_main(page)
    assert page.blocks[14].text.endswith("创建于 11个月前") and min(sel.body) == 15


def test_a_forums_greeting_and_its_description_are_site_notices() -> None:
    # a vBulletin thread under the forum's banner (• Greetings, and welcome to the World Affairs Board! / The World
    # Affairs Board is the premier forum for…): the banner's paragraphs outweighed the thread's short posts
    page = _page("forum_greeting_en.txt")
    sel = select_text_main(page)
    assert page.blocks[16].text == "• Greetings, and welcome to the World Affairs Board!"
    assert not {16, 17, 18} & set(sel.body)
    assert {60, 61, 62} <= set(sel.body)


def test_excerpts_cut_with_an_ellipsis_at_one_step_are_a_lists() -> None:
    # a forum thread over its sidebar of recent posts (• author / headline / excerpt… / Por author , 5 dias atrás):
    # the excerpts stand four lines apart, none in a row, and carried the post's run on into the sidebar
    page = _page("recent_posts_sidebar_pt.txt")
    sel = select_text_main(page)
    assert [page.blocks[i].text[-3:] for i in (44, 48, 52)] == ["...", "...", "..."]
    assert set(range(28, 32)) <= set(sel.body)
    assert not set(range(44, 100)) & set(sel.body)  # the first card, over its excerpt, stays in


def test_a_page_without_a_paragraph_gives_its_run_of_plain_short_lines() -> None:
    # a forum's post of a file (商标的资料 / 商标审查标准.pdf 10.12MB): no line is prose, so no run outweighs its
    # costs; the plain short lines below the post's header (headline / poster / ``2020.03.11 10:51发布于知产资料``),
    # no menu's entries nor the latest posts' list, are it
    page = _page("file_post_zh.txt")
    sel = select_text_main(page)
    assert [page.blocks[i].text for i in (6, 7, 10, 11)] == [
        "商标审查标准",
        "软唐知产小傅",
        "商标的资料",
        "商标审查标准.pdf 10.12MB",
    ]
    assert sel.body == [9, 10, 11]


def test_a_text_without_prose_ends_a_list_with_its_bullets() -> None:
    # a journal's contents page: the bulleted menu under 新书推荐 期刊要览 ends at • 关于我们, and the unbulleted
    # breadcrumb, issue title and the contents' titles and authors after it are no list's items but the article
    page = _page("journal_contents_zh.txt")
    sel = select_text_main(page)
    texts = [page.blocks[i].text for i in (23, 26, 31)]
    assert texts == ["新书推荐 期刊要览", "• 关于我们", "习近平新时代中国特色社会主义思想研究"]
    assert sel.body == list(range(27, 73))


def test_short_lines_outweighing_the_prose_many_times_are_the_body() -> None:
    # a forum's media page: the post lists a collection one amplifier per line (2 x JMP 100 HW Full stacks / …) around
    # two prose lines, and the prose's best run was its last line alone; the run of plain short lines outweighs it
    # SHORT_TEXT_RATIO times and is the body, without the menus above it or the latest posts' list below it
    page = _page("short_lines_post_en.txt")
    sel = select_text_main(page)
    assert [page.blocks[i].text for i in (49, 60)] == [
        "2 x JMP 100 HW Full stacks",
        "which includes, Marshall Cabs, lots of fenders, leslie guitar speakers cabinets and more.",
    ]
    assert set(range(47, 62)) <= set(sel.body)
    assert min(sel.body) > 28 and max(sel.body) < 78


def test_a_rankings_numbered_headlines_are_no_plain_short_lines() -> None:
    # a portal's story of one paragraph over its rankings, an ordered list per ranking (1. 1. 不倫もみ消し? …): list
    # items, so their 180 headlines do not outweigh the paragraph as an article of short lines would
    page = _page("ranking_lists_ja.txt")
    sel = select_text_main(page)
    assert page.blocks[17].text.startswith("元兵庫県明石市長の泉房穂氏")
    assert page.blocks[27].text.startswith("1. 1. ")
    assert sel.body == [17, 18, 19]


def test_excerpts_closed_by_a_link_to_the_rest_are_teasers() -> None:
    # a story over its slideshow, each slide another story's headline, caption and opening, closed by a link to the
    # rest (…a new fusion record. - Isaac Schultz Read More): as prose the slides' openings joined the story's run
    page = _page("slideshow_read_more_en.txt")
    sel = select_text_main(page)
    assert page.blocks[21].text.endswith("- George Dvorsky")
    assert [page.blocks[i].text[-9:] for i in (31, 41, 51)] == ["Read More"] * 3
    assert sel.body == list(range(14, 22))


def test_a_line_ending_in_a_relative_age_is_a_stamp() -> None:
    # a bbPress thread over its sidebar's activity stream (Kenny listed a new event, The Legend of Houdini 1 week, 4
    # days ago): its two commas made the entry's stamp prose, and its run outweighed the thread's short posts
    page = _page("activity_stream_thread_en.txt")
    sel = select_text_main(page)
    assert page.blocks[105].text.endswith("1 week, 4 days ago")
    assert {20, 28, 32} <= set(sel.body)
    assert max(sel.body) < 40


def test_a_threads_post_header_is_the_one_starting_the_most_posts() -> None:
    # an IPS thread prints each post's poster's name over its stamp (sethoflagos / Posted July 5, 2023): the header of
    # name lines above the body's post started that poster's posts only, the stamp line above it starts every post
    page = _page("thread_stamp_header_en.txt")
    sel = select_text_main(page)
    assert [page.blocks[i].text for i in (13, 21)] == ["Posted July 5, 2023"] * 2
    assert {22, 57, 76, 95, 96} <= set(sel.body)
    assert max(sel.body) < 143  # the sign-in box under the last post stays out


def test_a_threads_lines_printed_three_times_are_its_posts_furniture() -> None:
    # the IPS thread's spoiler button over three posts' hidden quotes (Reveal hidden contents): no text of the thread
    page = _page("thread_stamp_header_en.txt")
    body = [page.blocks[i].text for i in select_text_main(page).body]
    assert "Reveal hidden contents" not in body
    assert page.blocks[22].text in body and page.blocks[57].text in body  # the posts stay


def test_a_date_then_a_posts_number_is_a_posts_stamp() -> None:
    # a bbPress thread stamps each post with its date and number (2021-05-24 at 10:55 am #7018), no label before the
    # date; the stamps of morning and afternoon posts alike, the opening poster's posts join the body's post
    page = _page("activity_stream_thread_en.txt")
    sel = select_text_main(page)
    assert [page.blocks[i].text for i in (21, 25)] == [
        "• 2021-05-24 at 10:55 am #7018",
        "• 2023-05-17 at 5:20 pm #8617",
    ]
    assert {10, 24, 28, 32} <= set(sel.body)


def test_an_author_boxs_heading_closes_the_article() -> None:
    # a news portal's story over its author box (ABOUT THE AUTHOR / the writer's name twice / Assistant News Editor at
    # Indiatimes. He writes on…) and its visual stories: the writer's blurb is prose, and it carried the story's run on
    page = _page("author_box_en.txt")
    sel = select_text_main(page)
    assert page.blocks[31].text == "ABOUT THE AUTHOR"
    assert page.blocks[34].text.startswith("Assistant News Editor at Indiatimes.")
    assert sel.body == list(range(19, 31))


def test_a_comment_button_in_another_language_closes_the_article() -> None:
    # an Indonesian story over its readers' comments (Komentar / kalau emang mobil angkut barang dilarang masuk…): the
    # comment form's button alone on its line, as Comentar or Antworten are, and the comment's prose no paragraph
    page = _page("comment_button_id.txt")
    sel = select_text_main(page)
    assert page.blocks[29].text == "Komentar"
    assert page.blocks[30].text.startswith("kalau emang mobil angkut barang")
    assert max(sel.body) == 26


def test_an_adverts_label_leaves_the_body_and_the_article_goes_on_under_it() -> None:
    # a HuffPost story printing Advertisement over each advert between its paragraphs: the labels stood in the body,
    # short lines inside the run; they leave it, and the paragraphs under them stay
    page = _page("advert_labels_en.txt")
    sel = select_text_main(page)
    ads = [i for i, b in enumerate(page.blocks) if b.text == "Advertisement"]
    assert ads == [30, 33, 37, 43]
    assert not set(ads) & set(sel.body)
    assert {29, 31, 35, 38, 44, 47} <= set(sel.body)


def test_a_list_of_headlines_counting_their_replies_is_no_article() -> None:
    # a forum's article and its replies over the poster's list of articles, each headline ending in its count of
    # replies (Fear Trump--Or Bust? 2 replies) over its source, poster and opening paragraph: the text showed no page,
    # and as a page the paragraphs outweighed the headlines' walls; the list is list material, its paragraphs summaries
    page = _page("counted_headlines_en.txt")
    sel = select_text_main(page)
    assert page.blocks[48].text == "Fear Trump--Or Bust? 2 replies"
    assert page.blocks[51].text.startswith("As Trump continues to show leads")
    assert {8, 19, 24, 29, 34} <= set(sel.body)
    assert max(sel.body) == 34


def test_a_strip_of_cards_without_prose_is_no_article() -> None:
    # a CNN story under its video playlist, each video a card of short lines (thumbnail / Video Ad Feedback / title /
    # duration / Now playing / - Source: CNN): the story's run went on over the cards, short lines all, to a
    # thumbnail's long caption; the lines each card repeats make the strip list material
    page = _page("video_playlist_en.txt")
    sel = select_text_main(page)
    titles = [95, 101, 107, 113]
    assert page.blocks[101].text.startswith("Bernie Sanders responds to ad")
    assert not set(titles) & set(sel.body)
    assert page.blocks[118].text.startswith("Donald Trump brought bombastic rhetoric")
    assert {118, 119, 120, 121, 122, 127} <= set(sel.body)


def test_a_video_duration_dates_no_post() -> None:
    # the same playlist: each card's duration (01:14) over its Now playing line was read as a thread's post header
    # (a dated line), the line above the story's dateline; each card's thumbnail caption, prose, joined as a post
    page = _page("video_playlist_en.txt")
    sel = select_text_main(page)
    captions = [39, 63, 93]
    assert page.blocks[93].text.startswith("WASHINGTON, DC - NOVEMBER 17")
    assert page.blocks[114].text == "02:18"
    assert not set(captions) & set(sel.body)
    assert 118 in sel.body


def test_a_threads_last_post_ends_at_the_first_wall() -> None:
    # a Flarum thread's last reply stands above the page's "Related discussions" list and a loading notice: the
    # last post ran to the text's end, and its best run was that notice, not the reply
    page = _page("last_post_footer_it.txt")
    texts = [b.text for b in page.blocks]
    reply = texts.index("Grazie mille Daniele sempre sul pezzo. Efficiente e celere❤️")
    notice = next(i for i, t in enumerate(texts) if t.startswith("Something went wrong while trying to load"))
    sel = select_text_main(page)
    assert texts[sel.body[0]].startswith("Buongiorno, c’è stata la migrazione")
    assert reply in sel.body
    assert notice not in sel.body


def test_replies_under_a_handle_printed_twice_join_the_thread() -> None:
    # a BBS-GO thread prints each poster's avatar over the handle's link (鹿小町 / 鹿小町 / 2021-01-01 10:34:38), so
    # no two posts of different posters share a header; the one-line replies under the opening post are the thread's
    page = _page("twice_named_thread_zh.txt")
    texts = [b.text for b in page.blocks]
    sel = select_text_main(page)
    replies = ["可以的 好好休息开开心心过年 年后继续努力", "元旦快乐！", "羡慕！！！", "我已经放假了， 哈哈哈"]
    assert texts[sel.body[0]] == "又 双 叒 要放假了 元旦要来啦！！！！！"
    assert all(texts.index(reply) in sel.body for reply in replies)
    assert not {i for i, t in enumerate(texts) if t in ("点赞", "评论", "鹿小町")} & set(sel.body)


def test_the_page_title_names_the_story_over_a_recommended_one() -> None:
    # a portal's story of one paragraph under its headline and date, a recommended story (headline, author, date,
    # twenty paragraphs) under a list heading below it; the last line is the page's title, the headline twice
    page = _page("titled_story_zh.txt")
    sel = select_text_main(page)
    assert [page.blocks[i].text[:10] for i in sel.body] == ["【#美官员否认伊朗直"]


def test_post_headers_of_a_handle_printed_twice_over_a_han_age_leave_the_body() -> None:
    # a Q&A thread's WET text: each reply under its poster's name over the name, role and relative age
    page = _page("qa_tag_field_zh.txt")
    body = [page.blocks[i].text for i in select_text_main(page).body]
    assert "已优化下载体验" in body and "现在确实可以了 感谢" in body
    assert not {"客栈小K", "客栈小K | 扫地 | 6天前", "歪哦釉 [作者] | 5天前", "ZG | 1周前"} & set(body)


def test_stamps_with_a_posting_verb_after_the_date_date_a_threads_posts() -> None:
    # a BBSCloud thread's WET text: each reply under its poster's name over ``2020.06.09 09:42 发布``
    page = _page("verb_stamp_thread_zh.txt")
    body = [page.blocks[i].text for i in select_text_main(page).body]
    assert any(line.startswith("大家还记得之前的直播课程吗？") for line in body)
    assert {"可惜，我生物的不怎么熟悉啊。", "机械的会有。"} <= set(body)


def test_a_replys_bare_number_under_its_header_is_no_reply_text() -> None:
    page = _page("verb_stamp_thread_zh.txt")  # ``香樟树`` / ``2020.06.09 09:42 发布`` / ``#1`` / the reply
    body = [page.blocks[i].text for i in select_text_main(page).body]
    assert "想听听关于生物医药类专利的改写" in body and "#1" not in body


def test_a_posts_handle_and_relative_age_stamp_it() -> None:
    # ``小诺抓10月前`` / the opening post, ``马亮南生 10月前`` / a reply, ``小诺抓 (楼主)10月前`` / a reply: three
    # posters' stamps, and the reply box under each post (``0/200`` / ``表情 图片``) passed for the replies' header
    body = _body_texts(_page("age_stamp_thread_zh.txt"))
    assert body[0] == "花了1天半的时间买了4个平板，总算是解决了。。"
    assert "花钱就可以解决问题嘛？" in body and "小诺抓10月前" not in body


def test_a_questions_lines_under_its_dateline_open_its_thread() -> None:
    # the question under ``再睡一夏 | 455 | 2024-01-03``: short lines and a paragraph above the error message the
    # body's run took, then the answers under each poster's handle printed twice (``Qbian`` / ``Qbian | java & go |``)
    body = _body_texts(_page("qa_question_lines_zh.txt"))
    assert "我尝试在开发者客栈新添加一个功能，尝试新建一个页面，用于可视化数据库内的数据。" in body
    assert "但是运行后会报错" in body and "感谢大佬的指导。" in body
    assert "再睡一夏 | 455 | 2024-01-03" not in body


def test_a_threads_post_runs_to_the_next_posts_header() -> None:
    # a Flarum post lists its points and commands one a line under its paragraph, above the next post's header
    page = _page("thread_edited_post_zh.txt")
    body = _body_texts(page)
    assert "ad：广告引流" in body and "https://github.com/HamCQ/flarum-ext-filter-plus" in body
    assert not any(text.startswith("发布 #4") for text in body)
