"""A twelfth audit on English and European pages outside the dev set, and what newsmend reads on them.

The pages are saved pages from other projects' test folders, trimmed of scripts, styles, ad slots, most of their
``<head>`` (the charset, title, description, Open Graph, article and JSON-LD metadata kept) and most of their menu
items and list entries (their text kept as the page writes it, character references included), in
``tests/fixtures/pages/unseen-en9/``:

- adbar/htmldate ``tests/eval/lepoint.fr-terrorisme.html``: a 2023 French weekly's court report, three ``À LIRE
  AUSSI`` pointers to other stories set inside its paragraphs, a newsletter box between them, a captioned picture
  glued into one, its readers' comments and the sidebar's story lists after it (``lepoint-imam-2023.html``);
- flairNLP/fundus ``tests/ressources/MDRParser.html``: a 2023 German public broadcaster's regional politics story,
  a kicker and the headline in its ``h1``, the byline crediting the reporter and the regional desk, teasers
  with pictures between its paragraph groups and a titled teaser box after them (``mdr-haushalt-2023.html``: the
  teasers' image attributes and ``<noscript>`` copies, the menus and the page after the last teaser box cut);
- adbar/htmldate ``tests/eval/breakingnews.ie-Molly.html``: a 2023 Irish news site's court report (Tailwind CSS),
  an update time opening its text, a topics list, a ``Read More`` grid and a ``Most read`` sidebar after it
  (``breakingnews-corbett-2023.html``: its style sheet, SVG paths and the pictures' long encoded addresses cut);
- postlight/parser ``fixtures/med.stanford.edu/1586865924397.html``: a 2020 university newsroom's press release
  (Adobe Experience Manager), the writer's byline box with a biography and the institution's boilerplate after
  the text, related news and media contacts beside it (``stanford-toilet-2020.html``: most middle paragraphs,
  menu items and the responsive image sources cut; the fixture's ``value=`` written ``content=`` as served);
- codelucas/newspaper ``tests/data/html/french_article.html``: a 2016 French TV magazine's story, ``>>> <a>…</a>``
  pointers to other stories between its paragraphs, a ``Ça parle de`` and an ``À lire aussi`` box beside it
  (``teleloisirs-rampling-2016.html``: the video carousel, the story wall and the image addresses shortened);
- adbar/htmldate ``tests/eval/aerotelegraph.com-Jetstream.html``: a 2023 Swiss aviation site's WordPress story
  (Tailwind CSS), a kicker over the headline, a picture gallery whose caption sits in utility-classed ``div``s,
  a ``Mehr zum Thema`` list, a feedback link and a jobs sidebar after it (``aerotelegraph-jetstream-2023.html``:
  the style sheets, the responsive image sources, the gallery's lightbox copies and most menu items cut);
- buriy/python-readability ``pages/dragnet/sciencedaily-com-03d6e790/page.html``: a 2020 science news site's
  release (Bootstrap), its date, source and summary in a fact list over the text, the story's source, journal
  reference and citation tabs, related stories and the sidebar's lists after it (``sciencedaily-attosecond-2020.html``:
  scripts, ad slots and most menu and list items cut);
- buriy/python-readability ``pages/dragnet/edsurge-com-04c44b3f/page.html``: a 2020 education news site's column,
  a guide note over the text, the column's note between rules, a child's poem in one ``<p>`` of ``<br>`` lines, the
  columnist's bio, topic buttons, ``Next Up`` and ``Trending`` after it (``edsurge-homeschooling-2020.html``:
  scripts, share bars' addresses, image sources and about half of the paragraphs cut);
- buriy/python-readability ``pages/dragnet/womenandhollywood-com-05e04c48/page.html``: a 2020 film-industry news
  site's WordPress post with no date or author metadata, its headline in the lead ``<figure>``'s caption, a
  ``BY`` byline link and a date span, a video embed, tags, highlights and related posts around it
  (``womenandhollywood-epstein-2020.html``: scripts, menu items, image sources and list entries cut).

None of them is in the dev set (by URL and by their sentences). The Irish report, the TV magazine's story, the
film site's post and the aviation story read right (but for the last one's picture caption, see its test) and guard
what they show; the weekly, the broadcaster, the newsroom, the science news site and the education column showed
the mechanisms their tests state, fixed but for the newsroom's biography and boilerplate, the broadcaster's ``h1``
and teaser labels and the science site's repeated summary (see their tests).
"""

from __future__ import annotations

import pytest
from tests.support.pages import Guard, assert_reads_right, extract_page

GUARDS = [
    # The JSON-LD person is the author, the headline drops the site's name, the text runs from the update time (a
    # line all three tools keep: ``Updated: 9.45pm`` states no date, so no date label reads it) to the last quote;
    # the caption, the share bar, the ad labels, the topics, the ``Read More`` grid and ``Most read`` stay out.
    Guard(
        "unseen-en9/breakingnews-corbett-2023.html",
        "Molly and Tom Martens sentenced over death of Jason Corbett",
        ["Muireann Duffy"],
        "2023-11-08T20:26:28",
        "Updated: 9.45pm",
        '"I was a piece in her chessboard," Ms Corbett told the court.',
        (
            "Tom and Molly Martens (pictured)",
            "Share this article",
            "Advertisement",
            "Topics",
            "Read More",
            "What the papers say",
            "Most read",
        ),
    ),
    # The byline's and the metadata's writer, the published time; the text's three paragraphs without the
    # ``>>>`` pointers between them (trafilatura keeps the three), the side boxes, the tags and the story wall.
    Guard(
        "unseen-en9/teleloisirs-rampling-2016.html",
        "C à vous : accusée de racisme, Charlotte Rampling répond ! (VIDEO)",
        ["Sylvain Trinel"],
        "2016-01-22T20:06:19",
        "En marge de l’annonce des nominations pour les Oscars 2016",
        "Pas sûr que ces explications de Charlotte Rampling suffisent à calmer la polémique.",
        (
            ">>>",
            "George Clooney réagit",
            "Ça parle de",
            "À lire aussi",
            "Broadchurch",
            "Capture France 5",
            "Les + populaires TV",
            "Ceci peut vous interesser",
        ),
    ),
    # No metadata but og:title: the byline link's name, the date span, the five paragraphs; the caption, the tags,
    # the highlights, the related posts and the newsletter popup stay out.
    Guard(
        "unseen-en9/womenandhollywood-epstein-2020.html",
        "Trailer Watch: Jeffrey Epstein Docuseries “Filthy Rich” Highlights a Broken System",
        ["Laura Berger"],
        "2020-05-14",
        "An investigation into the life and death of disgraced tycoon Jeffrey Epstein",
        "“Jeffrey Epstein: Filthy Rich” premieres on Netflix May 27.",
        ("Haley Robson", "Docuseries", "Highlights", "RELATED", "Relic", "Join our weekly newsletter", "View All"),
    ),
]


@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.page)
def test_guard_pages_read_right(guard: Guard) -> None:
    assert_reads_right(guard)


def test_pointers_set_inside_paragraphs_leave_them() -> None:
    """The weekly sets ``<span>À LIRE AUSSI <strong><a>headline</a></strong></span>`` inside three paragraphs,
    after a sentence or at a line's start: a story-list label at a sentence's start, then a linked headline, is a
    pointer to another page, cut from the paragraph, whose sentences around it stay (trafilatura keeps the three,
    as newsmend did). The newsletter box, the picture's caption, the comments and the sidebar stay out too."""
    article = extract_page("unseen-en9/lepoint-imam-2023.html")
    assert article.title == "Apologie du terrorisme : un imam de Beaucaire condamné à de la prison avec sursis"
    assert article.author == ["Henri Frasque"]
    assert str(article.date).startswith("2023-11-02T15:57")
    assert article.paragraphs[0].startswith("« Vous combattrez les juifs et aurez le dessus sur eux")
    assert article.paragraphs[-1].endswith("Le procureur réclamait huit mois ferme.")
    assert "la race, ou la religion ». Son domicile et la mosquée ont été perquisitionnés" in article.body
    assert any(p.startswith("C'est ce que viendront confirmer, tour à tour") for p in article.paragraphs)
    assert any(p.startswith("« Vous devez le juger sans céder à la passion") for p in article.paragraphs)
    for boilerplate in (
        "À LIRE AUSSI",
        "Antisémitisme : retour au Moyen Âge",
        "les images insoutenables du pogrom",
        "Le journal du soir",
        "Corinne Serfati et Andrea Assor-Doukhan.",
        "Commentaires",
        "Nos juges",
        "Les plus lus",
    ):
        assert boilerplate not in article.body


def test_picture_credits_and_desk_credit() -> None:
    """The broadcaster credits every picture in a ``div.mediaInfo`` (``Bildrechte: dpa``), the lead picture's
    caption beside it, and closes with a box of teasers titled ``Mehr zu Finanzen in Sachsen-Anhalt``. An element
    named as a picture's or media item's info or credit holds a caption; a heading that ends no sentence closing
    the paragraphs heads nothing once its box's lines left. The byline's ``MDR SACHSEN-ANHALT`` opens with the
    site's acronym (JSON-LD publisher ``MDR``): the desk, no second author.

    Left: the ``h1`` opens the body (its kicker and a headline the metadata does not repeat: ``Beschluss kommende
    Woche geplant Kontrolle "nicht mehr möglich": …``; trafilatura keeps it too), and two teasers leave their
    pictures' labels (``4 min``, ``mit Audio``). Every paragraph group and teaser repeats
    ``div.mod>div.boxCon>div.box``, so the selection reads the page as a thread, whose short lines it keeps; letting
    the box remnants go on threads of pages declaring an article, and counting a box's other short lines as gone,
    took forum replies, table cells and a taxonomy on 46 dev pages, so it was not adopted. Dropping an ``h1``
    opening the body loses readability-testpages, whose expected output keeps it."""
    article = extract_page("unseen-en9/mdr-haushalt-2023.html")
    assert article.title == "Grüne in Sachsen-Anhalt beklagen fehlende Kontrolle für den Haushalt 2023"
    assert article.author == ["Felix Fahnert"]
    assert str(article.date).startswith("2023-03-14T13:38")
    assert any(p.startswith("Die Grünen in Sachsen-Anhalts Landtag beklagen, dass") for p in article.paragraphs[:2])
    assert article.paragraphs[-1] == (
        "Zu den Vorwürfen der Grünen läuft eine Anfrage von MDR SACHSEN-ANHALT beim Finanzministerium."
    )
    assert "Bildrechte: dpa" in article.captions
    assert article.paragraphs[0].startswith("Beschluss kommende Woche geplant")  # left (see above)
    assert article.body is not None
    for boilerplate in (
        "Bildrechte",
        "Der Grünen-Finanzpolitiker Olaf Meister und seine Landtagsfraktion",
        "Mehr zu Finanzen",
        "Grüne kritisieren Aufstellung des Landeshaushalts",
        "Landkreis Harz und Finanzministerium",
        "Kultur in Sachsen-Anhalt bekommt mehr Geld",
        "Zum Inhalt dieser Seite",
        "Standort:",
    ):
        assert boilerplate not in article.body


def test_newsroom_release_with_byline_box() -> None:
    """The newsroom states the date only in two spans (``Apr 6`` ``2020``) and credits its writer in a byline box
    under the text (``By <span itemprop="author">Hanae Armitage</span>``): both are read, the pictures' captions
    are set apart and the related news, media contacts and the COVID-19 panel stay out.

    Left in the body: the writer's one-line biography in the byline box (``Hanae Armitage is a science writer …``)
    and the institution's boilerplate after it (``Stanford Medicine integrates research …``; trafilatura keeps the
    boilerplate too, not the biography). Dropping a short line of an element named for the author wherever it
    stands took forum posts, comments and a journal's guide for authors on 24 dev pages; dropping it only among
    the body's last lines when its element holds no other line still took comments of three (trafilatura-eval
    t0350, t0479, t0535) and not this biography (its box holds the byline too), so no rule was adopted."""
    article = extract_page("unseen-en9/stanford-toilet-2020.html")
    assert article.title == "‘Smart toilet’ monitors for signs of disease"
    assert article.author == ["Hanae Armitage"]
    assert str(article.date) == "2020-04-06"
    assert article.paragraphs[0].startswith("A disease-detecting “precision health” toilet can sense")
    assert any(p.startswith("This study was funded by the National Institutes of Health") for p in article.paragraphs)
    assert "James Strommer" in article.captions
    assert article.body is not None
    for boilerplate in ("Related News", "Media Contacts", "Margarita Gallardo", "COVID-19 Updates", "Apr 6", "Tweet"):
        assert boilerplate not in article.body


def test_gallery_caption_without_caption_markup() -> None:
    """The aviation site reads right but for its gallery's caption: the kicker (``Starker Jetstream``) and the
    site's name leave the title, the byline link and the metadata give the writer, the standfirst opens the text,
    the ``Mehr zum Thema`` list, the feedback link, the comment note and the jobs sidebar stay out.

    Left in the body: the picture's caption (``Flugzeug am Himmel: …``), set in Tailwind utility-classed ``div``s
    of a ``div.gallery`` beside the photo credit's link (trafilatura keeps it too, readability not). Reading short
    lines under an element named for a gallery, slider or carousel as captions would touch 487 body lines of dev
    pages, among them a live ticker's and an imprint's whole text (trafilatura-eval t0475, t0357) whose wrappers are
    named so: no rule was adopted."""
    article = extract_page("unseen-en9/aerotelegraph-jetstream-2023.html")
    assert article.title == "Jets fliegen mit bis zu 1250 Kilometer pro Stunde über Atlantik"
    assert article.author == ["Stefan Eiselin"]
    assert str(article.date).startswith("2023-11-07T09:11:10")
    assert article.paragraphs[0].startswith("American Airlines, Delta, Lot: Flugzeuge vieler Airlines")
    assert article.paragraphs[-1].endswith("Sie ist die aerodynamisch wichtige Geschwindigkeit.")
    assert article.paragraphs[1] == "Flugzeug am Himmel: Über em Atlantik rekordschnell unterwegs."  # left (see above)
    assert article.body is not None
    for boilerplate in ("Starker Jetstream", "Mehr zum Thema", "Sturm pustet", "Feedback", "Kommentare", "Stellen"):
        assert boilerplate not in article.body


def test_parts_with_ids_and_no_class_are_no_thread() -> None:
    """The science site sets its text in ``div#text`` and, after it, the story's source in ``div#story_source``,
    the journal reference in ``div#journal_references`` and the citations in ``div#citations``, none with a class:
    read as one kind (``div.``), they passed for a thread's posts, and the body grew over the fact list
    (``Date:``, ``Source:``, ``Summary:``), the sponsored slot, the references and the related stories. An element
    with an id and no class is of the kind its id names, numbers aside (``div#post_12`` and ``div#post_13`` are one
    kind): 0 of the 798 dev pages change.

    Left: the summary opens the body twice, as the fact list's ``Summary:`` value and as the text's ``p.lead``
    (trafilatura and readability read it once). Passing over a lead above the body that repeats a line the body
    opens with, or a lead found before, changes 4 dev pages: two lose a repeated paragraph, a forum a profile line,
    and readability-testpages yahoo-2 a photo caption its expected output holds twice (non-zh mean 0.962 ->
    0.961), so it was not adopted."""
    article = extract_page("unseen-en9/sciencedaily-attosecond-2020.html")
    assert article.title == "Attosecond physics: Quantum brakes in molecules"
    assert article.author is None  # a university's release: no person is credited
    assert str(article.date) == "2020-05-20"
    assert article.paragraphs[0].startswith("Physicists have measured the flight times of electrons")
    assert article.paragraphs[1] == article.paragraphs[0]  # left (see above)
    assert article.paragraphs[-1].endswith("who leads the group that conducted the majority of the theoretical work.")
    assert article.body is not None
    for boilerplate in (
        "Date:",
        "Summary:",
        "sponsored opportunity",
        "Story Source",
        "Journal Reference",
        "Cite This Page",
        "Probing molecular environment",
        "Right-Handed and Left-Handed Molecules",
        "Below are relevant articles",
    ):
        assert boilerplate not in article.body


def test_short_lines_of_one_paragraph_are_no_widget() -> None:
    """The columnist quotes her son's poem, one ``<p>`` of ``<br>`` lines, five of them under ten characters in a
    row (``At school`` / ``I loan`` / ``My sister`` / ``Creeper`` / ``Shirt``): a run of tiny lines reads as a
    widget's controls, and they went, leaving the poem's first and last lines. Lines of one paragraph set apart by
    line breaks are its text (a widget's controls are elements of their own): 0 of the 798 dev pages change. The
    byline's ``(Columnist)`` leaves the name; the guide note over the text, the bio, the topic buttons, ``Next Up``
    and ``Trending`` stay out."""
    article = extract_page("unseen-en9/edsurge-homeschooling-2020.html")
    assert article.title == "What Homeschooling During COVID-19 Taught Me About My College Teaching"
    assert article.author == ["Bonni Stachowiak"]
    assert str(article.date).startswith("2020-05-18T15:26:05")
    assert article.paragraphs[0].startswith("While I have always wanted to be a parent")
    assert article.paragraphs[-1].endswith("catching glimpses of the power of learning—and its messiness.")
    poem = ["Minecraft day", "At school", "I loan", "My sister", "Creeper", "Shirt", "For minecraft day", "The best"]
    start = article.paragraphs.index("Minecraft day")
    assert article.paragraphs[start : start + len(poem)] == poem
    assert article.body is not None
    for boilerplate in (
        "This article is part of the guide",
        "host of the long-running podcast",
        "Next Up",
        "Trending",
        "A Faculty Perspective",
        "Like this article",
        "Digital Learning in Higher Ed",
    ):
        assert boilerplate not in article.body
