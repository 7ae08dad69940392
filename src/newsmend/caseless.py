"""Case-insensitive patterns, searched at the regex engine's full speed in ASCII text.

The stages test class and id attributes, styles and element paths by the thousand for words written in any case
(``Byline``, ``DISPLAY:none``, ``div.photoDesc``). ``re.I`` folds the case at every position it tries and loses the
scan for a literal start: about six times slower on such text, nearly all of which is ASCII. ASCII text is
lowercased once and searched with the pattern compiled case-sensitively; other text keeps ``re.I``, whose folds
``str.lower`` does not make (``ı`` matches ``i``, ``ſ`` matches ``s``). Written by hand: the ``re`` module offers
no such mode.
"""

from __future__ import annotations

import re


class Caseless:
    """A pattern, written in lower case, found in text of any case (:meth:`found_in`)."""

    __slots__ = ("_any_case", "_lower_case")

    def __init__(self, pattern: str) -> None:
        self._any_case = re.compile(pattern, re.I)
        self._lower_case = re.compile(pattern)

    def found_in(self, text: str) -> bool:
        """Whether the pattern matches somewhere in ``text``, ignoring case."""
        if text.isascii():
            return self._lower_case.search(text.lower()) is not None
        return self._any_case.search(text) is not None
