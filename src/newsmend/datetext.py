"""Numeric dates as pages write them (``2024-05-21``, ``21.05.2024``, ``5/21/2024``), as regular expressions.

Three readers look for these shapes: the date reader (``newsmend.fields.dates``: which day a line states), a
thread's post info line (``newsmend.content.pruning``: whether a short line is a post's stamp) and a headline
list's timestamp (``newsmend.fields.lines``). Content selection runs before the fields and does not import them,
so the shapes are written once here, below both; each reader adds the guards and the clock time it needs.
"""

from __future__ import annotations

#: A day or a month as a numeric date writes it: one or two digits.
_DAY_OR_MONTH = r"\d{1,2}"
#: A year in four digits (``2024``) ...
FULL_YEAR = r"\d{4}"
#: ... in two (``31.10.23``, ``5/21/24``: a board's stamp, a German byline) ...
SHORT_YEAR = r"\d{2}"
#: ... or either.
ANY_YEAR = rf"(?:{FULL_YEAR}|{SHORT_YEAR})"


def year_first(year: str = FULL_YEAR) -> str:
    """The year (``year``, a pattern: :data:`FULL_YEAR` or a reader's narrower one), month and day parted by a
    hyphen, slash or dot (``2024-04-07``, ``2024/5/13``, ``2024.05.13``)."""
    return rf"{year}[-/.]{_DAY_OR_MONTH}[-/.]{_DAY_OR_MONTH}"


def year_last(sep: str, year: str = FULL_YEAR, *, gap: str = "", names: tuple[str, str, str] | None = None) -> str:
    """Two numbers (day and month, in either order), then the year (``year``: :data:`FULL_YEAR`, :data:`SHORT_YEAR`
    or :data:`ANY_YEAR`), each of the first two closed by ``sep`` (a pattern: ``/``, ``\\.``) and ``gap``
    (``\\s?``: ``4. 2. 2022``). ``names`` names the three numbers' groups for a reader that takes them apart
    (``("d", "m", "y")``); without them the shape is one unnamed run, which a pattern may hold as often as it
    likes."""
    first, second, last = (f"(?P<{name}>" for name in names) if names else ("(?:",) * 3
    return f"{first}{_DAY_OR_MONTH}){sep}{gap}{second}{_DAY_OR_MONTH}){sep}{gap}{last}{year})"
