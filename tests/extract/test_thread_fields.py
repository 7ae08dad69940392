"""Fields of forum threads and Q&A pages: the words of a poster's card are no author or date, and the thread's
date and title are its first post's (shapes of wpForo, bbPress and Asgaros threads)."""

from __future__ import annotations

import newsmend

NAV = (
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/forum/'>Forums</a></li>"
    "<li><a href='/members/'>Members</a></li></ul></nav>"
)
FOOTER = "<footer><p>Powered by a forum plugin. All rights reserved.</p></footer>"
POSTS = [
    (
        "Margaret Holloway",
        "Eminent Member",
        "Joined: 4 months ago",
        "I bought a second-hand table last week and the surface feels uneven near the net posts. Has anyone "
        "levelled a table like this without taking the frame apart, and which shims did you use for it?",
    ),
    (
        "Daniel Okafor",
        "New Member",
        "Joined: 3 weeks ago",
        "Put a spirit level on each half first, then adjust the feet one quarter turn at a time. The frame "
        "rarely needs shims unless the floor itself slopes, which garages often do near the door.",
    ),
    (
        "Margaret Holloway",
        "Eminent Member",
        "Joined: 4 months ago",
        "Thank you, the floor was the problem after all. Two quarter turns on the left feet and the ball now "
        "bounces the same on both halves of the table, which is what I had hoped for all along.",
    ),
]


def _wpforo_post(name: str, rank: str, joined: str, text: str) -> str:
    card = (
        "<div class='wpf-left'><div class='author-data'>"
        f"<div class='author-name'><a href='/participant/{name.split()[0].lower()}/'>{name}</a></div>"
        f"<div class='author-title'>{rank}</div><div class='author-joined'>{joined}</div>"
        "<div class='author-posts'>Posts: 22</div></div></div>"
    )
    post = f"<div class='wpforo-post'>{card}<div class='wpf-right'><p>{text}</p></div></div>"
    return f"<div class='post-wrap'>{post}</div>"


def test_a_posters_rank_is_no_author() -> None:
    """wpForo prints each poster's rank (``div.author-title``) and join date in the card beside the post; the
    element's class names the author and the rank both. The rank is a detail of the card: no author."""
    posts = "".join(_wpforo_post(*post) for post in POSTS)
    html = (
        "<html><head><title>Levelling a table - Forum</title></head><body>"
        f"{NAV}<main><h1>Levelling a table</h1><div class='wpforo-thread'>{posts}</div></main>{FOOTER}"
        "</body></html>"
    )
    authors = newsmend.extract(html.encode()).author or []
    assert authors[:1] == ["Margaret Holloway"]
    assert not {"Eminent Member", "New Member"} & set(authors)
