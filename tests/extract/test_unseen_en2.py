"""English and other European news pages from outside the dev set (second audit), and what newsmend reads on them.

The pages come from Postlight Parser's test fixtures (``fixtures/<site>/<time>.html`` of postlight/parser, bundled
in ``tests/fixtures/pages/unseen-en2/`` without scripts, styles, SVG paths and most of their menus' items; the
fixtures write a ``<meta>``'s value as ``value=``, the pages as served wrote ``content=``, as here). Each test
states the mechanism the page showed, so that it holds on other sites too.
"""

from __future__ import annotations

from tests.support.pages import extract_page


def test_registration_wall_laid_over_the_text_is_no_text() -> None:
    """A magazine (Prospect, ``fixtures/www.prospectmagazine.co.uk``) ends its free excerpt with a registration
    wall inside the post's element (``div.subscribe_overlay``: "You have now reached your allowance of 3 free
    articles…", six paragraphs, a quarter of the text): an element laid over the page is no text, whatever its
    share."""
    article = extract_page("unseen-en2/postlight-prospect.html")
    assert article.title == "The Anglosphere: new enthusiasm for an old dream"
    assert article.author == ["Duncan Bell"]
    assert article.body.startswith("Theresa May’s government is frantically trying to square all sorts of circles")
    assert article.body.endswith("round which peace, co-operation and democracy can develop.”")
    assert "free articles" not in article.body
    assert "unsubscribe" not in article.body


def test_linked_section_headings_of_a_digest_are_its_text() -> None:
    """A newsletter's issue (ma.ttias.be's cron.weekly, ``fixtures/ma.ttias.be``) heads each item's paragraph with
    the item's name linked to it (``<h2><a href=…>GitHub is now free for teams</a></h2>``) among the paragraphs
    of the post's element: those headings are the text's, though they are links."""
    article = extract_page("unseen-en2/postlight-mattias.html")
    paragraphs = article.paragraphs
    assert "GitHub is now free for teams" in paragraphs
    heading = paragraphs.index("GitHub is now free for teams")
    assert paragraphs[heading + 1].startswith("This is a pretty big move on their part")
    assert "Wireguard VPN: Typical Setup" in paragraphs
    assert "Table of contents" not in article.body


def test_related_story_headline_set_in_the_text_stays_out() -> None:
    """NPR (``fixtures/www.npr.org``) sets a linked headline of an earlier story in a box of its own between two
    paragraphs (``div.bucketwrap.internallink>…>h3>a``): a heading over no paragraph of its element is no section of
    the text."""
    article = extract_page("unseen-en2/postlight-npr.html")
    assert "In Taped Confession, Charleston Church Shooter Says 'We All Know I Am Guilty'" not in article.body
    assert "A jury in Charleston, S.C., has found Dylann Roof guilty on all 33 counts" in article.body
    assert article.body.endswith("That trial is scheduled to begin Jan. 17.")


def test_story_slug_passed_to_a_script_names_a_story() -> None:
    """Phoronix (``fixtures/www.phoronix.com``) serves every story from one script and names it by a slug in the
    query (``scan.php?page=news_item&px=Valve-Index-VR-Specs``), a number in only some of them: the list of related
    news under the article is a list of stories, first among the related items."""
    article = extract_page("unseen-en2/postlight-phoronix.html")
    titles = [item.title for item in article.related]
    assert titles[0] == "Valve's Proton Pulls In Latest DXVK, Steam Networking Updates, Controller Layout Fixes"
    assert "Valve Reveals Specifications For Their Index VR Headset, Controllers & Base Stations" in titles
    assert article.body.startswith("With the start of a new month, Valve has published their software/hardware")
    assert "We Rely On Your Support" not in article.body


def test_byline_naming_section_date_and_comment_link() -> None:
    """Phoronix's ``div.author`` line gives the name, the section and the date, and a comment link (``Written by
    Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT. Add A Comment``, 81 characters): the names end
    before the section, and a byline block may be that long."""
    article = extract_page("unseen-en2/postlight-phoronix.html")
    assert article.author == ["Michael Larabel"]


def test_author_box_closing_the_text_leaves_the_body() -> None:
    """Le Monde (``fixtures/www.lemonde.fr``) closes the article's element with the author's name and post in
    ``section.author`` (``Cécile Ducourtieux (Bruxelles, bureau européen)``): no text, and the author is still the
    byline's."""
    article = extract_page("unseen-en2/postlight-lemonde.html")
    assert article.language == "fr"
    assert article.title == "Les sombres perspectives économiques de la Commission européenne"
    assert article.author == ["Cécile Ducourtieux"]
    assert (article.date or "").startswith("2019-05-07")
    assert "bureau européen" not in article.body
    assert "Le Conseil européen de fin juin pourrait à cet égard constituer un rendez-vous important" in article.body


def test_headline_cut_short_in_a_list_takes_its_link_title() -> None:
    """TechCrunch (goose3 ``test_techcrunch1.html``, bundled with the first audit) cuts its list headlines with an
    ellipsis (``Apple Sneaks A Big Change Into iOS 5: Phasing…``) and gives them whole in the link's ``title``
    attribute: the related item's title is the whole headline."""
    article = extract_page("unseen-en/goose3-techcrunch.html")
    titles = [item.title for item in article.related]
    assert "Apple Sneaks A Big Change Into iOS 5: Phasing Out Developer Access To The UDID" in titles
    assert not any(title.endswith("…") for title in titles)


def test_magazine_boxes_between_the_paragraphs_are_no_text() -> None:
    """Spektrum der Wissenschaft (``fixtures/www.spektrum.de``, German) sets boxes between its paragraphs: the issue
    the article appeared in (``aside.kiosk__magazine``: "Noch kein Abo? Jetzt abonnieren!"), inline adverts for its
    other magazines (``aside.kiosk__inline``: "Das könnte Sie auch interessieren"); after the text come the
    translation's copyright note, the readers' mail box and the sources. None of them is text."""
    article = extract_page("unseen-en2/postlight-spektrum.html")
    assert article.language == "de"
    assert article.author == ["Christie Wilcox"]
    assert article.date == "2022-07-19"  # the page's date, not its article id /2039026 read as a URL date
    assert "Auf den ersten Blick sind sie unsichtbar." in article.body
    assert article.body.startswith("Das bizarre Genom der größten Blütenpflanze der Welt offenbart")
    assert article.body.endswith("noch viele ihrer Geheimnisse.")
    for boilerplate in (
        "Jetzt abonnieren",
        "Das könnte Sie auch interessieren",
        "Quanta Magazine",
        "Schreiben Sie uns",
    ):
        assert boilerplate not in article.body


def test_figcaption_text_nested_deep_is_a_caption() -> None:
    """Spektrum nests each caption three elements down in its ``<figcaption>`` (``figcaption>div.row>div>div``):
    a caption all the same, listed and out of the text."""
    article = extract_page("unseen-en2/postlight-spektrum.html")
    caption = "Die größte Blume der Welt: Rafflesia arnoldii ist ein Parasit"
    assert any(c.startswith(caption) for c in article.captions)
    assert caption not in article.body


def test_display_headline_given_by_the_metadata_is_no_text() -> None:
    """Spektrum's ``h1`` is a breadcrumb's last item (``Genetik: Das Geheimnis der parasitischen Rafflesien``, the
    title chosen); the article's header shows the headline again as ``og:title`` gives it (``Genetik: Das Geheimnis
    der parasitischen Riesenblumen``, an ``h2`` of kicker and title over the standfirst): a headline, not text."""
    article = extract_page("unseen-en2/postlight-spektrum.html")
    assert "Das Geheimnis der parasitischen Riesenblumen" not in article.body


def test_video_promotion_and_sources_line_leave_the_story() -> None:
    """Opposing Views (``fixtures/www.opposingviews.com``) plays a "Popular Video" promotion between the story's
    paragraphs (``div.article-video-wrapper``, a player) and closes with its sources and photo credit: the story is
    the six paragraphs."""
    article = extract_page("unseen-en2/postlight-opposingviews.html")
    assert article.title == "Investor Icahn To Advise Trump On Finances, Regulation"
    assert article.author == ["Lauren Briggs"]
    assert (article.date or "").startswith("2016-12-21")
    assert len(article.paragraphs) == 6
    assert "Popular Video" not in article.body
    assert "Photo Credit" not in article.body
