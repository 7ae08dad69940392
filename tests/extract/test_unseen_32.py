"""A thirty-second audit on English news pages outside the dev set, and what newsmend reads on them."""

from __future__ import annotations

from tests.support.pages import PAGES, extract_page

import newsmend
from newsmend.content.pruning import is_disclosure
from newsmend.html import parse_html

HELLOGIGGLES = "unseen-en16/postlight-hellogiggles-holiday-outfit.html"
SPORTS = "unseen-en16/postlight-247sports-houston-coach.html"
DEADSPIN = "unseen-en16/postlight-deadspin-nationals-espinosa.html"


def test_link_text_broken_over_source_lines_counts_as_its_words() -> None:
    """The lifestyle post's shopping list writes one shop's name in a link broken over two source lines (``<a
    href=…>Go\\n                Jane</a>``): its indentation counted as link text (23 of the item's 32 characters),
    so the item was read as a link list's and left the text, the list's sixth of seven. A link's characters are
    counted as the block's text holds them (``html.parse``, whitespace runs made one space): 7."""
    html = '<p>6. Green faux suede heels, <a href="http://example.com/shoe">Go\n                Jane</a>, $29</p>'
    (block,) = parse_html(html).blocks
    assert block.text == "6. Green faux suede heels, Go Jane, $29"
    assert block.link_chars == len("Go Jane")
    article = extract_page(HELLOGIGGLES)
    items = [p for p in article.paragraphs if p[:2] in {f"{n}." for n in range(1, 8)}]
    assert [p.split(".")[0] for p in items] == [str(n) for n in range(1, 8)]
    assert "6. Green faux suede heels, Go Jane, $29" in items


def test_lower_case_metadata_name_takes_the_bylines_writing() -> None:
    """The post's metadata writes its author all in lower case (``<meta name="author" content="cindy
    mangomini">``, the Twitter card's ``Written by`` the same), its two bylines ``By Cindy mangomini``: the author
    was the metadata's spelling. A name the metadata writes in lower case is given as the page's credits write it
    (``fields.readers._as_bylined``); metadata with capitals keeps its own."""
    assert extract_page(HELLOGIGGLES).author == ["Cindy mangomini"]
    raw = (PAGES / HELLOGIGGLES).read_bytes().replace(b'content="cindy mangomini"', b'content="CINDY MANGOMINI"')
    assert newsmend.extract(raw).author == ["CINDY MANGOMINI"]


def test_text_date_takes_the_time_of_a_data_stamp_on_its_day() -> None:
    """The sports story's byline dates it ``Dec 9, 2016`` in a ``<time data-published="2016-12-09 09:13:00Z">``
    with no ``datetime``: the date was the day alone. A text date without its time takes the time of the
    ``data-*`` attribute's (or a data script's) stamp on that day (``fields.readers.read_date``); a stamp on another
    day, or one at midnight (a day stored as a timestamp), gives none."""
    assert extract_page(SPORTS).date == "2016-12-09T09:13:00+00:00"
    raw = (PAGES / SPORTS).read_bytes()
    assert newsmend.extract(raw.replace(b"2016-12-09 09:13:00Z", b"2016-12-08 09:13:00Z")).date == "2016-12-09"
    assert newsmend.extract(raw.replace(b"2016-12-09 09:13:00Z", b"2016-12-09 00:00:00")).date == "2016-12-09"


def test_shopping_box_set_in_the_text_leaves_it() -> None:
    """The sports blog sets a shopping box between two paragraphs (``div.js_commerce-inset-permalink``: a product's
    name and pitch, ``Buy at Elixinol``, ``Use the promo code INVENTORY25``): its pitch, a sentence, was a paragraph of
    the text. A box classed for commerce is furniture (``content.paths._NEGATIVE_TOKENS``), like a promotion's."""
    article = extract_page(DEADSPIN)
    assert article.body is not None
    for line in ("CBD", "Elixinol", "promo code", "G/O Media may get a commission"):
        assert line not in article.body
    before = next(i for i, p in enumerate(article.paragraphs) if p.startswith("He is also a very good and rangy"))
    assert article.paragraphs[before + 1].startswith("Problem is, the Nats have Trea Turner playing center field")


def test_affiliate_disclosure_alone_is_no_text() -> None:
    """The sports blog's shopping box opens with ``G/O Media may get a commission``; the network's other sites set
    ``We may earn a commission from links on this page.`` over a post's text, where the lead is looked for, and a
    forum's ``This site may earn a commission from merchant links like Ebay, Amazon, and others.`` between its posts:
    punctuated like prose, each was a paragraph. One sentence saying the site may earn a commission is the site's
    notice (``content.pruning.is_disclosure``); a text that explains affiliate links at more length stays."""
    assert is_disclosure("G/O Media may get a commission")
    assert is_disclosure("We may earn a commission from links on this page.")
    assert is_disclosure("This site may earn a commission from merchant links like Ebay, Amazon, and others.")
    assert not is_disclosure("Just a heads up, some of the links are affiliate links. We may earn a commission.")
    assert not is_disclosure("The agent may earn a commission of 5% on each sale, the contract says, and more later.")
    raw = (PAGES / DEADSPIN).read_bytes().replace(b"js_commerce-inset-permalink", b"js_inset-permalink")
    body = newsmend.extract(raw).body
    assert body is not None and "commission" not in body


def test_copyright_notice_without_the_footer_links_before_it() -> None:
    """The blog's menu closes with a footer line of four links and the notice, glued as the page shows them
    (``AdvertisingPrivacyJobsTerms of Use© 2022 G/O Media``): the whole line was the copyright. The notice is the
    line after its links when every link comes before it (``fields.evidence._notice_alone``); with the holder
    linked too, the line stays whole."""
    assert extract_page(DEADSPIN).copyright == "© 2022 G/O Media"
    raw = (PAGES / DEADSPIN).read_bytes().replace(b"&#xA9; 2022 G/O Media", b'&#xA9; 2022 <a href="/">G/O Media</a>')
    assert newsmend.extract(raw).copyright == "AdvertisingPrivacyJobsTerms of Use© 2022 G/O Media"
