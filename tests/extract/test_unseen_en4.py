"""English and other European news pages from outside the dev set (fourth audit), and what newsmend reads on them.

The pages come from other projects' test fixtures: Postlight Parser's (``fixtures/<site>/<time>.html`` of
postlight/parser; its fixtures write a ``<meta>``'s value as ``value=``, the pages as served wrote ``content=``, as
here) and htmldate's evaluation pages (``tests/eval/<site>-<word>.html`` of adbar/htmldate, 2023), bundled in
``tests/fixtures/pages/unseen-en4/`` without scripts (JSON-LD kept), styles, SVG paths and most of their menus'
items. Each test states the mechanism the page showed, so that it holds on other sites too.
"""

from __future__ import annotations

from tests.support.pages import extract_page


def test_further_reading_sidebars_between_the_paragraphs_are_related_stories() -> None:
    """Ars Technica (``fixtures/arstechnica.com``, page 1 of a feature) sets "Further Reading" sidebars
    (``div.pullbox.sidebar.story-sidebar``: a heading and a link to an earlier story) inside its paragraphs: the
    text stays whole and the sidebars' stories are related items, while the comment count and the share buttons
    between the same paragraphs are no stories. The deck under the headline (``h2[itemprop=description]``) opens
    the text, as the lead set apart above it does elsewhere."""
    article = extract_page("unseen-en4/postlight-arstechnica.html")
    assert article.title == "The connected renter: How to make your apartment smarter"
    assert article.author == ["Valentina Palladino"]
    assert (article.date or "").startswith("2016-08-10")
    assert article.paragraphs[0] == "Turning your rented space into a smart home can be tricky; we have some advice."
    assert article.paragraphs[1].startswith("Name a home appliance or product, and there's probably a smart version")
    assert article.body.endswith("without a specific reason or without informing management.")
    assert "Zigbee and Z-Wave" in article.paragraphs
    for boilerplate in ("Further Reading", "One year after Alexa", "reader comments", "Share this story", "Page:"):
        assert boilerplate not in article.body
    assert [item.title for item in article.related] == [
        "One year after Alexa: Amazon’s Echo has found a small but smart niche",
        "A thermostat that learns? Three months with the Nest",
    ]
    assert article.related[0].url == (
        "https://arstechnica.com/gadgets/2016/05/one-year-after-alexa-amazons-echo-has-found-a-small-but-smart-niche/"
    )


def test_short_text_under_a_video_keeps_its_four_paragraphs() -> None:
    """Channel 4 News (``tests/eval/channel4.com-Israel.html``, 2023) is a video page: a player, then four short
    paragraphs in ``div.article-main`` and a row of share buttons. The text is the four paragraphs, dated by the
    page's ``article:published_time``. The correspondent is named only by a link under the headline marked
    ``rel="author"`` (to ``/news/by/<name>``, no address an author page is known by): the HTML link type makes it
    an author-page link."""
    article = extract_page("unseen-en4/htmldate-channel4.html")
    assert article.language == "en"
    assert article.title == (
        "Israel hunts Hamas leaders in Gaza, foreigners and wounded allowed to leave for first time"
    )
    assert (article.date or "").startswith("2023-11-01")
    assert article.author == ["Lindsey Hilsum"]
    assert len(article.paragraphs) == 4
    assert article.body.startswith("For the first time in three weeks the border between Gaza and Egypt has opened")
    assert article.body.endswith("according to the Health Ministry in Gaza and 22 thousand have been wounded.")
    for boilerplate in ("Share", "Tweet", "Next on TV", "Catch up on TV"):
        assert boilerplate not in article.body


def test_outlet_presentation_box_after_the_text_stays_out() -> None:
    """Courrier international (``tests/eval/courrierinternational.com-Hamas.html``, 2023, French) translates a
    foreign paper's story: the lede in the article's header (``p.article-lede``) opens the text, a "Voir aussi" box
    between its paragraphs stays out, and after it four paragraphs presenting the source paper
    (``div.article-box-source``: "C'est la bible des milieux d'affaires…") are the outlet's note, not the story.
    The "Nos lecteurs ont lu aussi" cards are related items. The metadata author (``og:article:author``) is the
    translated paper, the one JSON-LD states as the ``articleSource``: no one who wrote this article."""
    article = extract_page("unseen-en4/htmldate-courrierinternational.html")
    assert article.language == "fr"
    assert article.title == "En vidéo : voilà à quoi ressemblent les tunnels du Hamas"
    assert article.author is None
    assert (article.date or "").startswith("2023-10-27")
    assert article.paragraphs[0].startswith("Les autorités israéliennes disent préparer une offensive terrestre")
    assert article.body.endswith("traduite et sous-titrée par Courrier international.")
    assert "“Une tâche extrêmement difficile”" in article.paragraphs
    for boilerplate in ("Voir aussi", "C’est la bible des milieux d’affaires", "Lire l’article original"):
        assert boilerplate not in article.body
    titles = [item.title for item in article.related]
    assert "Perspectives. Israël veut “éradiquer le Hamas”, et après ?" in titles
    assert len(titles) == 4


def test_blog_post_keeps_its_facts_and_drops_the_ad_box_and_photo_credits() -> None:
    """A taz blog post (``tests/eval/blogs.taz.de-FKK.html``, 2023, German, WordPress) sets a subscription ad box
    (``div.single-ad-box``: "Zeiten wie diese brauchen Seiten wie diese…") between its paragraphs and a ``© name``
    line under each photo; after the post come the previous and next posts, cards of stories on taz.de and a
    comment form. The text keeps its list of facts (lines after ``<br>``), without the ad, the credits or the
    form. The byline (``p.author``: ``<em>von</em><span>name</span><em>31.10.2023</em>``) reads as one line, the
    date right after the name: the date ends the names. Each card of the stories on taz.de links its kicker
    (``a.dachzeile``: "Krieg im Gazastreifen") and, under it, its headline (``a>h1``: "Mission impossible", two
    words): the headline is the related item's title."""
    article = extract_page("unseen-en4/htmldate-taz-blog.html")
    assert article.language == "de"
    assert article.title == "Schöne Pferde auf Warschauer Hinterhöfen"
    assert article.author == ["Fred Hüning"]
    assert (article.date or "").startswith("2023-10-31")
    assert "Ab und zu sei ein Hinweis in eigener Sache gestattet, liebe unbekannte FKK-LeserInnen!?" in (
        article.paragraphs
    )
    assert "Ausstellungsdauer: 4. November bis 2. Dezember 2023" in article.paragraphs
    assert article.body.endswith("streng limitierten fotografischen Produkte stehen zum Verkauf.")
    for boilerplate in ("Zeiten wie diese", "© Franca Wohlt", "Schreibe einen Kommentar", "vorheriger artikel"):
        assert boilerplate not in article.body
    assert [item.title for item in article.related] == [
        "Mission impossible",
        "WHO warnt vor Katastrophe in Gaza",
        "Rechter Spuk im Plenarsaal",
    ]


def test_kicker_left_alone_in_a_dropped_promotion_goes_with_it() -> None:
    """Le Monde in English (``tests/eval/lemonde.fr-Striking.html``, 2023; the page's ``<head>`` metadata left out
    here) sets an app advert between its paragraphs (``section.inread``: a ``div.inread__headline`` "New" over a
    link holding the advert's title, pitch and button) and "Read more" boxes of one link each. The advert's link
    goes as a link; its kicker, a short line left alone in the advert's element, goes with it. The capping dialog
    after the article (French) stays out."""
    article = extract_page("unseen-en4/htmldate-lemonde-en.html")
    assert article.language == "en"
    assert article.title == "Striking US auto union reaches tentative deal with Stellantis"
    assert (article.date or "").startswith("2023-10-29")
    assert article.body.startswith("Stellantis and the striking United Auto Workers union have reached a preliminary")
    assert article.body.endswith("A strike was called at GM's factory in Arlington, Texas, earlier this week.")
    assert "Back to work" in article.paragraphs
    assert "GM now the only automaker without a tentative deal" in article.paragraphs
    assert "New" not in article.paragraphs
    for boilerplate in ("Le Monde’s app", "Download", "Read more", "US President Biden makes history", "appareil"):
        assert boilerplate not in article.body


def test_subscription_banners_and_author_box_stay_out() -> None:
    """ak – analyse & kritik (``tests/eval/akweb.de-Antisemitismus.html``, 2023, German, WordPress blocks) sets a
    subscription banner between its paragraphs (``section.wp-block-ak-banner``: "1.000 neue Abos für ak", a pitch
    and a button), an author box after the text (``div.wp-block-ak-authors``: name, Instagram handle, biography)
    and a second banner under it. The text is the standfirst (``div.wp-block-ak-unterzeile``), the paragraphs, the
    section headings and the pull quotes; the author is read from the byline ("Von <a>Simin Jawabreh</a>")."""
    article = extract_page("unseen-en4/htmldate-akweb.html")
    assert article.language == "de"
    assert article.title == "… und jetzt der importierte Antisemitismus"
    assert article.author == ["Simin Jawabreh"]
    assert (article.date or "").startswith("2023-11-01")
    assert article.paragraphs[0].startswith("Böller, Freibäder, Clans – im Monatstakt")
    assert article.paragraphs[1].startswith("Ein Bild sorgte in Deutschland zuletzt für Aufsehen.")
    assert article.body.endswith("die im Kampf gegen Antisemitismus und Rassismus vereint zusammen kämpfen.")
    assert "Moralisch überhöhtes Selbstbild" in article.paragraphs
    assert "Von Simin Jawabreh" not in article.paragraphs
    for boilerplate in ("1.000 neue Abos", "Ich bin dabei", "absolviert gerade ihren Master", "Yes, du hast"):
        assert boilerplate not in article.body


def test_slider_headlines_in_caption_elements_are_no_photo_captions() -> None:
    """Raw Story (``fixtures/www.rawstory.com``, 2016, Postlight Parser) shows a slider of other stories above the
    article: each slide a photo and its headline, a heading that is one link to the story, in elements named
    captions (``li>div.flex-caption>div.gdl-slider-caption-wrapper>h2.gdl-slider-title>a``). A heading wholly
    linked to another page is a teaser, no photo's caption: the article's one caption is its photo credit."""
    article = extract_page("unseen-en4/postlight-rawstory.html")
    assert article.title == (
        "These 6 celebrities are refusing to play Trump’s inauguration as team scrambles to secure talent"
    )
    assert article.author == ["Tana Ganeva"]
    assert (article.date or "").startswith("2016-12-22")
    assert article.captions == ["(Photo: stock_photo_world / Shutterstock.com)"]
    assert article.paragraphs[0].startswith("As Inauguration Day approaches, Donald Trump’s team is reportedly")
    assert article.body.endswith("perhaps Rick Perry can pull double duty as Inauguration performer and incoming "
                                 "Energy Secretary.")
    assert "Harry Reid blasts" not in article.body


def test_byline_with_an_author_link_beats_the_theme_s_metadata_author() -> None:
    """carta.info (an htmldate evaluation page, ``tests/eval/``, 2012, German, WordPress) states
    ``<meta name="author" content="dehlix">`` on every page (its theme's, the site's administrator); the post's
    byline under the headline, ``von <a href="/author/…">Klaus-Peter Schöppner</a>, 8.5.12``, credits its author,
    twice (a byline and an author-page link), and names the metadata's user nowhere. Its ``<title>`` is the host
    name alone (``carta.info``): the site's, so the headline is the ``<h2>`` over the byline."""
    article = extract_page("unseen-en4/htmldate-carta.html")
    assert article.language == "de"
    assert article.title == "Der neue Trend: Muss- statt Wunschkoalition"
    assert article.author == ["Klaus-Peter Schöppner"]
    assert article.paragraphs[0].startswith("Die Landtagswahl zwischen Nord- und Ostsee gibt einen Vorgeschmack")
