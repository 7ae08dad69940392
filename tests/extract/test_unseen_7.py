"""A seventh audit on pages outside the dev set, and what newsmend reads on them.

The pages are saved pages from other projects' test folders, trimmed of scripts, styles, icons and most of their
menu items, list entries and some middle paragraphs (their text kept as the page writes it, character references
included):

English (``tests/fixtures/pages/unseen-en6/``):

- buriy/python-readability ``pages/base/times-india-parliament/page.html``: a 2026 Indian daily's round-up of a
  day in parliament, its paragraphs set apart by empty ``span`` elements the stylesheet draws as line breaks and
  its lead picture captioned in a ``div.img_cptn`` (``toi-parliament-2026.html``);
- buriy/python-readability ``pages/base/un-news-global/page.html``: a 2026 story of the UN's news service, a
  Drupal page with the lead in one block and the text in another (``un-news-redsea-2026.html``);
- gaoconghello/GerapyAutoExtractor ``datasets/test/detail/venturebeat_com_intels_new_ceo_signals_…_numbers.html``:
  a 2025 US tech outlet's WordPress story with a video player's file names and a newsletter box in its text
  (``venturebeat-intel-2025.html``);
- gaoconghello/GerapyAutoExtractor ``datasets/detail/techcrunch_com_feds_accuse_uber_of_charging_…_consent.html``: a
  2025 US tech outlet's story, its ``<head>`` reduced to the charset (no title or date metadata left: the page's
  own markup must carry them) (``techcrunch-uber-2025.html``).

Chinese (``tests/fixtures/pages/unseen-zh7/``):

- z3mu/GerapyAutoExtractor ``detail.html``: a 2023 district government's copy of the district paper's story,
  closing with ``记者  李秋晨`` glued after the last sentence (``gov-cqcs-2023.html``).

None of them is in the dev set (by URL, and their stories date from 2023-2026). Each test states the mechanism the
page showed or, for a guard, what it reads right.
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

import newsmend
from newsmend.fields.people import closing_reporters


def test_empty_inline_break_between_sentences_ends_the_paragraph() -> None:
    """An Indian daily sets its paragraphs apart with ``<span class="id-r-component br"></span>``, empty elements
    its stylesheet draws as line breaks: a sentence's end glued to the next one's capital across such an element
    (``in 2024.Union minister``) is a break, not one run-on paragraph. The lead picture's ``div.img_cptn`` is its
    caption, not the body's first line."""
    article = extract_page("unseen-en6/toi-parliament-2026.html")
    assert article.title == (
        "Parliament showdown: Debate on anti-paper leak Bill delayed amid oppn uproar; CJP gives ultimatum to "
        "Centre, says may restart protest - top developments"
    )
    assert str(article.date) == "2026-07-27T19:26"
    assert article.paragraphs[0].startswith("NEW DELHI: The Monsoon Session of Parliament on Monday")
    assert article.paragraphs[0].endswith("alleged police action against protesting students.")
    assert article.paragraphs[1].startswith("The opposition also raised the alleged use of an AK-47 rifle")
    assert (
        "The legislation also proposes Special Fast Track Courts for such cases and seeks to strengthen the "
        "existing anti-paper leak law passed in 2024."
    ) in article.paragraphs
    assert article.paragraphs[-1] == (
        "Nearly 200 students allegedly detained after the July 22 and July 25 protests remained in custody for "
        "more than 24 hours across police stations in Patna, according to advocates."
    )
    assert article.body is not None
    assert "2024.Union" not in article.body and "Shah.Here" not in article.body
    assert "Debate on anti-paper leak Bill delayed amid oppn uproar; CJP gives ultimatum to Centre" in article.captions
    for boilerplate in ("Download the TOI app", "About the Author", "End of Article", "Bombay HC Allows Gadkari"):
        assert boilerplate not in article.body


@pytest.mark.parametrize(
    ("html", "paragraphs"),
    [
        # an empty element between a sentence's end and a capital: a break
        ('<p>It rained all day.<span class="br"></span>The match was called off at noon.</p>', 2),
        # an empty anchor likewise
        ('<p>It rained all day.<a id="p2"></a>The match was called off at noon.</p>', 2),
        # an element with text glued after a stop is the writer's typo, not a break
        ("<p>It rained all day.<b>The</b> match was called off at noon.</p>", 1),
        # no capital after the element: a word or number goes on (``3.<span></span>5``)
        ('<p>The index rose 3.<span class="x"></span>5 per cent on the day before it closed.</p>', 1),
    ],
)
def test_sentence_seam_at_an_empty_inline_element(html: str, paragraphs: int) -> None:
    second = "A second paragraph of the story goes on here. " * 6
    page = f"<html><body><article>{html}<p>{second}</p></article></body></html>"
    assert len(newsmend.extract(page).paragraphs) == paragraphs + 1


GUARDS = [
    # A Drupal story whose lead sits in a block of its own before the text's block; the newsletter panel, tags and
    # related stories stay out of the body, the outlet's account is no author.
    Guard(
        "unseen-en6/un-news-redsea-2026.html",
        "Middle East: UN warns against wider escalation after Houthi attacks in the Red Sea",
        None,
        "2026-07-24T12:06:28-04:00",
        "As fighting intensifies in the Middle East, the United Nations",
        "Moreover, “parties to the conflict should urgently work",
        ("Subscribe here", "LISTEN TO UN RADIO", "Related Stories", "UN maritime agency seeks"),
    ),
    # A WordPress tech story: the video player's file names, the figure captions and the newsletter box stay out.
    Guard(
        "unseen-en6/venturebeat-intel-2025.html",
        "Intel’s new CEO signals streamlining efforts but does not spell out exact layoff numbers",
        ["Dean Takahashi"],
        "2025-04-24T21:15:00+00:00",
        "Lip-Bu Tan, the new CEO of Intel, sent out a blunt message",
        "partly because of the caution it would generate among customers.",
        ("(1080p).mp4", "Stay in the know", "GB Daily", "Join the GamesBeat community"),
    ),
    # With no ``<head>`` metadata the headline, the author card and the date line of the hero block give the fields;
    # the picture credit, the share links and the topics list stay out of the body.
    Guard(
        "unseen-en6/techcrunch-uber-2025.html",
        "Feds accuse Uber of charging customers for subscriptions without consent",
        ["Rebecca Bellan"],
        "2025-04-21",
        "The Federal Trade Commission filed a lawsuit Monday against Uber",
        "would be “in excess of $1 billion” in 2024.",
        ("Image Credits", "Sign In", "Topics", "ridehail", "Transportation"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_district_story_credits_its_reporter_closing_the_text() -> None:
    """A district government's copy of the district paper's story ends its last paragraph with the reporter's
    credit, unbracketed: ``……等参加会议。记者  李秋晨``. The paper (来源) is the source, the reporter the author."""
    article = extract_page("unseen-zh7/gov-cqcs-2023.html")
    assert article.title == "我区组织参加数字重庆建设推进会"
    assert article.author == ["李秋晨"]
    assert article.source == "长寿新闻网"
    assert str(article.date) == "2023-11-03T09:50"
    assert article.paragraphs[0].startswith("10月31日，市委召开数字重庆建设推进会。")
    assert article.paragraphs[-1].startswith("区领导汤晓强、卓大林、张明万")
    assert article.body is not None
    assert "扫一扫" not in article.body and "版权所有" not in article.body and "网站地图" not in article.body


@pytest.mark.parametrize(
    ("paragraph", "reporters"),
    [
        ("区领导张三、李四等参加会议。记者  李秋晨", ["李秋晨"]),
        ("活动持续到晚上十点。实习记者 王小明 张大伟", ["王小明", "张大伟"]),
        ("他说。记者李明表示，此事仍在调查中", []),  # the sentence goes on after the name: no credit
        ("区领导张三等参加会议", []),  # no 记者 at all
    ],
)
def test_unbracketed_closing_credit(paragraph: str, reporters: list[str]) -> None:
    assert closing_reporters(paragraph) == reporters
