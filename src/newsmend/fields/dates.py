"""Dates as pages write them, to ISO 8601.

Handles ISO 8601 and its loose variants (``2023-05-03 16:37``, ``2023/5/3``, ``2023.05.03``), Chinese
dates (``2023年5月3日 16:37``), English month names (``May 3, 2023``, ``3 May 2023``), RFC 2822
(``Tue, 05 Dec 2023 10:00:00 GMT``) and, in metadata only, compact ``20230503``. The time is kept when
written, the UTC offset only when stated. Written by hand: dateutil fills missing fields from today's date
and guesses day/month order, and a news date must never be invented.

>>> parse_date("2023年5月3日 16:37")
'2023-05-03T16:37'
>>> parse_date("2023-05-03T16:37:00+0800")
'2023-05-03T16:37:00+08:00'
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

#: Plausible publication years: rejects phone numbers and ids that look like dates.
MIN_YEAR, MAX_YEAR = 1990, 2100

_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for name in names
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_TIME = (
    r"(?:\s*(?:T|日|,|at)?\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?(?:\.\d+)?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?"
)
_NUMERIC_RE = re.compile(
    r"(?<![\d.])(?P<y>\d{4})\s*(?:(?P<sep>[-/.])|年)\s*(?P<m>\d{1,2})\s*(?:(?P=sep)|月)\s*(?P<d>\d{1,2})(?!\d)\s*日?"
    + _TIME,
    re.I,
)
_MDY_RE = re.compile(
    r"\b(?P<mon>" + _MONTH_ALT + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b" + _TIME, re.I
)
_DMY_RE = re.compile(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?P<mon>" + _MONTH_ALT + r")\.?,?\s+(?P<y>\d{4})\b" + _TIME, re.I
)
_COMPACT_RE = re.compile(
    r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:T?(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?)?$"
)


def parse_date(value: str, *, compact: bool = False) -> str | None:
    """The first date in ``value`` as ISO 8601 (``YYYY-MM-DD[THH:MM[:SS][±HH:MM]]``), or None.

    ``compact=True`` also reads ``20230503`` (only safe in metadata, where a bare number is a date).
    """
    text = value.strip()
    if not text:
        return None
    if compact:
        m = _COMPACT_RE.match(text)
        if m:
            return _iso(m.groupdict(), int(m.group("m")))
    m = _NUMERIC_RE.search(text)
    if m:
        return _iso(m.groupdict(), int(m.group("m")))
    for pattern in (_MDY_RE, _DMY_RE):
        m = pattern.search(text)
        if m:
            return _iso(m.groupdict(), _MONTHS[m.group("mon").lower()])
    return _rfc2822(text)


def _iso(parts: dict[str, str | None], month: int) -> str | None:
    """Validate and format; None for impossible dates or years outside :data:`MIN_YEAR`..:data:`MAX_YEAR`."""
    try:
        day = dt.date(int(parts["y"] or 0), month, int(parts["d"] or 0))
    except ValueError:
        return None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        return None
    out = day.isoformat()
    if parts.get("H") is None:
        return out
    hour, minute = int(parts["H"] or 0), int(parts["M"] or 0)
    ampm = (parts.get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return out
    out += f"T{hour:02d}:{minute:02d}"
    if parts.get("S"):
        out += f":{int(parts['S'] or 0):02d}"
    return out + _offset(parts.get("tz"))


def _offset(tz: str | None) -> str:
    if not tz:
        return ""
    if tz.upper() in ("Z", "UTC", "GMT"):
        return "+00:00"
    digits = tz[1:].replace(":", "")
    return f"{tz[0]}{digits[:2]}:{digits[2:]}"


def _rfc2822(text: str) -> str | None:
    """``Tue, 05 Dec 2023 10:00:00 GMT`` through the standard library's mail-date parser."""
    parsed = email.utils.parsedate_tz(text)
    if not parsed:
        return None
    y, mo, d, h, mi, s = parsed[:6]
    parts = {"y": str(y), "d": str(d), "H": str(h), "M": f"{mi:02d}", "S": f"{s:02d}" if s else None}
    offset = parsed[9]
    if offset is not None:
        sign = "+" if offset >= 0 else "-"
        parts["tz"] = f"{sign}{abs(offset) // 3600:02d}:{abs(offset) % 3600 // 60:02d}"
    return _iso(parts, mo)
