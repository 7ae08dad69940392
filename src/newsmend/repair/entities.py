"""HTML character references left in text, back to their characters: ``&amp;`` → ``&``, ``&ldquo;`` → ``“``.

A page escaped twice (``&amp;quot;`` in its source) shows the reference itself, and so does text copied out of
markup without unescaping it; readers and corpora want the character. A reference is replaced only when it is
complete (it ends in ``;``: ``AT&T``, ``R&D`` and ``&copy`` without one stay) and names a character by HTML5's
rules (Python's ``html.unescape``: the named table, and Windows-1252 for ``&#128;``-``&#159;``, so ``&#151;`` is
``—``); a reference to no character (``&#0;``, a surrogate) stays. References escaped more than once
(``&amp;amp;quot;``) are undone to the character. Text holding markup (``<p>``, ``</a>``) is left alone: there a
reference is the markup's own (ftfy decides so too). Written by hand around ``html.unescape`` because it
unescapes everything, incomplete references included, and records nothing.
"""

from __future__ import annotations

import html
import re

from newsmend.repair.config import RepairConfig
from newsmend.repair.fixer import Pass
from newsmend.repair.trail import Edit

#: A complete character reference, with any escapes of its ampersand (``&amp;amp;quot;``, ``&#38;lt;``).
REFERENCE = re.compile(
    r"&(?:(?:amp|#0*38|#[xX]0*26);)*(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: A tag: text that holds one is markup, whose references are its own.
MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
#: Confidence of a replacement: the reference names its character exactly.
CONFIDENCE = 0.99


def fix(text: str, config: RepairConfig, flags: frozenset[str]) -> Pass:
    """Each complete reference as its character, kind ``"html-entity"``; flag ``"html-entities"``.

    >>> [(e.start, e.end, e.after) for e in fix("Tom &amp; Jerry &#8220;OK&#8221;", RepairConfig(), frozenset()).edits]
    [(4, 9, '&'), (16, 23, '“'), (25, 32, '”')]
    """
    if "&" not in text or MARKUP.search(text):
        return Pass()
    edits = [Edit(m.start(), m.end(), after, "html-entity", CONFIDENCE)
             for m in REFERENCE.finditer(text) if (after := _character(m.group()))]
    return Pass(edits, frozenset({"html-entities"}) if edits else frozenset())


def _character(reference: str) -> str | None:
    """The character a :data:`REFERENCE` names, undoing every escape of its ampersand; None when it names none."""
    after = reference
    while REFERENCE.fullmatch(after):
        once = html.unescape(after)
        if once == after:
            return None
        after = once
    return after if after and after != "\ufffd" and (after.isprintable() or after.isspace()) else None
