"""A twenty-first audit on European news and blog pages outside the dev set, and what newsmend reads on them.

(The pages and their guards follow below.)
"""

from __future__ import annotations

from newsmend.fields import split_names


def test_author_link_label_ending_in_a_preposition_is_no_name() -> None:
    """An author link's label set on the line before the name (``SHOW ALL ARTICLES OF<br>Jane Doe``) ends with
    the preposition leading to the name: no name; a name holding a particle, or ending in one that is a surname
    (``Minh Le``), stays."""
    assert split_names("SHOW ALL ARTICLES OF") == []
    assert split_names("Alle Artikel von") == []
    assert split_names("View All Posts By") == []
    assert split_names("Ursula von der Leyen") == ["Ursula von der Leyen"]
    assert split_names("Minh Le") == ["Minh Le"]
