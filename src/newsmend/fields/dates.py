"""Dates as pages write them, to ISO 8601.

Handles ISO 8601 and its loose variants (``2023-05-03 16:37``, ``2023/5/3``, ``2023.05.03``, Korean
``2023. 5. 3. 16:37``), Chinese and Japanese dates (``2023年5月3日 16:37``, ``16時37分``, the Republic of China's
``民國112年5月3日``, WordPress's ``五月 3rd, 2023``), month names of Latin-script languages (``May 3, 2023``,
``3 May 2023``, ``15 mars 2020``), Arabic, Russian, Armenian and Bengali ones (``04 آب/اغسطس 2013``,
``18 января 2018``), RFC 2822 (``Tue, 05 Dec 2023 10:00:00 GMT``) and, in metadata only, compact ``20230503``.
The time is kept when written (after the date, or right before it in a whole value: ``14:36 2018/07/27``), the
UTC offset only when stated. Written by hand: dateutil fills missing fields from today's date
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
from collections.abc import Iterable
from functools import lru_cache

from newsmend.datetext import SHORT_YEAR, year_last

#: Plausible publication years: rejects phone numbers and ids that look like dates.
MIN_YEAR, MAX_YEAR = 1990, 2100

#: Month names and abbreviations (en, de, fr, es, pt, it, nl), by month number: the languages of the dev sets'
#: Latin-script pages. Space-separated; accents as written.
MONTH_NAMES = (
    "jan january januar janvier enero janeiro gennaio januari jän jänner ene",
    "feb february februar février fevrier febrero fevereiro febbraio februari fév fev",
    "mar march märz maerz mars marzo março marco maart mär",
    "apr april avril abril aprile avr abr",
    "may mai mayo maio maggio mei mag",
    "jun june juni juin junio junho giugno giu",
    "jul july juli juillet julio julho luglio juil lug",
    "aug august août aout agosto augustus ago",
    "sep sept september septembre septiembre setembro settembre set",
    "oct october oktober octobre octubre outubro ottobre okt out ott",
    "nov november novembre noviembre novembro",
    "dec december dezember décembre decembre diciembre dezembro dicembre dez déc dic",
)
#: Chinese month names, by month number: WordPress's Chinese locales translate PHP's month name and keep its
#: English day suffix and order (``十一月 6th, 2009``), read as :data:`_MDY_RE` reads ``November 6th, 2009``.
#: A name never matches inside a longer one: the month must not follow a letter or Han character.
CHINESE_MONTH_NAMES = (
    "一月",
    "二月",
    "三月",
    "四月",
    "五月",
    "六月",
    "七月",
    "八月",
    "九月",
    "十月",
    "十一月",
    "十二月",
)
#: Month names of other scripts by language, each month's names (by month number) parted by ``|``. Arabic: the Syriac
#: names of the Levant and Iraq (``آب``, ``كانون الثاني``), the Egyptian and Gulf borrowings from the Latin ones
#: (``أغسطس``, ``يناير``) with and without hamza, the Moroccan (``غشت``) and the Algerian and Tunisian (``أوت``) ones;
#: pan-Arab outlets write a Syriac name and its borrowed one parted by a slash (``04 آب/اغسطس 2013``: CNN Arabic's
#: line under the headline, eighty-eighth audit), read by :data:`_DMY_RE`'s second name. Russian and Armenian in the
#: genitive a date writes (``18 января 2018``, ``18 հունվարի 2018``: PanARMENIAN's line over the text, eighty-eighth
#: audit) and the nominative; Bengali in NFC (``০২ জানুয়ারি ২০২০``: Prothom Alo's line under the byline). All day
#: first, as these languages write dates; the digits may be the script's own (``٤ آب ٢٠١٣``), which ``\d`` reads.
OTHER_SCRIPT_MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "ar": (
        "كانون الثاني|يناير|جانفي", "شباط|فبراير|فيفري", "آذار|اذار|مارس", "نيسان|أبريل|ابريل|إبريل|أفريل|افريل",
        "أيار|ايار|مايو|ماي", "حزيران|يونيو|يونيه|جوان", "تموز|يوليو|يوليه|يوليوز|جويلية",
        "آب|اب|أغسطس|اغسطس|غشت|أوت|اوت", "أيلول|ايلول|سبتمبر|شتنبر", "تشرين الأول|تشرين الاول|أكتوبر|اكتوبر",
        "تشرين الثاني|نوفمبر|نونبر", "كانون الأول|كانون الاول|ديسمبر|دجنبر",
    ),
    "ru": (
        "января|январь|янв", "февраля|февраль|фев", "марта|март", "апреля|апрель|апр", "мая|май", "июня|июнь",
        "июля|июль", "августа|август|авг", "сентября|сентябрь|сен", "октября|октябрь|окт", "ноября|ноябрь|ноя",
        "декабря|декабрь|дек",
    ),
    "hy": (
        "հունվարի|հունվար", "փետրվարի|փետրվար", "մարտի|մարտ", "ապրիլի|ապրիլ", "մայիսի|մայիս", "հունիսի|հունիս",
        "հուլիսի|հուլիս", "օգոստոսի|օգոստոս", "սեպտեմբերի|սեպտեմբեր", "հոկտեմբերի|հոկտեմբեր", "նոյեմբերի|նոյեմբեր",
        "դեկտեմբերի|դեկտեմբեր",
    ),
    "bn": (
        "জানুয়ারি|জানুয়ারী", "ফেব্রুয়ারি|ফেব্রুয়ারী", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট|আগষ্ট",
        "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
    ),
}
_MONTHS = {name: i for i, names in enumerate(MONTH_NAMES, 1) for name in names.split()}
_MONTHS.update({name: i for i, name in enumerate(CHINESE_MONTH_NAMES, 1)})
_MONTHS.update(
    {
        name: i
        for months in OTHER_SCRIPT_MONTH_NAMES.values()
        for i, names in enumerate(months, 1)
        for name in names.split("|")
    }
)


def _alternation(names: Iterable[str]) -> str:
    """``names`` as a regular expression's alternation, longest first: a name that opens a longer one (``Mar``,
    ``March``) must not match in its place."""
    return "|".join(sorted(dict.fromkeys(names), key=len, reverse=True))


_MONTH_ALT = _alternation(_MONTHS)
#: The month names of :data:`MONTH_NAMES` alone (no Chinese ones, none of other scripts) as an alternation, for
#: patterns elsewhere that read a month in a Latin-script line (a thread's ``Posted May 6``: :mod:`newsmend.textpage`).
MONTH_NAME_ALT = _alternation(name for names in MONTH_NAMES for name in names.split())
#: A time after the date, with the words that join them (``T``, ``日``, ``at``, ``um``…, a field bar) or a time
#: zone's abbreviation set between them (``2018-07-02 HKT 12:58``: a Hong Kong broadcaster's line under the headline,
#: unseen-zh18; capitals ending in T, read as no offset, as one after the time is). French writes the hours with an
#: ``h`` before the minutes (``13 mars 2017 à 19 h 18``; a Canadian broadcaster's ``dc.date.created`` is
#: ``2017-03-13|19h18``, sixty-second audit), where ``时`` and ``:`` separate them elsewhere. A dash may join them
#: too, and Spanish spaces its meridiem's letters as the RAE writes them (``6 May 2022 - 2:00 a. m.``: a Colombian
#: daily's line over the headline, trafilatura-eval t0835). An at sign stands for ``at`` (``December 7, 2016 @ 3:53
#: PM``: a celebrity weekly's ``time.article-published-date``, eighty-ninth audit).
_TIME = (
    r"(?:\s*(?:T|日|,|\||[-–]|at|@|um|à|a las|às|alle|om|(?-i:[A-Z]{1,4}T))?\s*(?P<H>\d{1,2})\s*"
    r"(?:[:：时時]|h(?=\s*\d{2}))\s*(?P<M>\d{2})"
    r"(?:\s*[:：分]\s*(?P<S>\d{2}))?(?:\.\d+)?"
    r"\s*(?P<ampm>[ap](?:\.\s?)?m\.?)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?"
)
#: ``2023-05-03``, ``2023/5/3``, ``2023.05.03``, ``2023年5月3日``; Korean pages close each part with a dot
#: (``2023. 2. 5. 11:40``), the day's dot read when a time follows.
_NUMERIC_RE = re.compile(
    r"(?<![\d.])(?P<y>\d{4})\s*(?:(?P<sep>[-/.])|年)\s*(?P<m>\d{1,2})\s*(?:(?P=sep)|月)\s*(?P<d>\d{1,2})(?!\d)"
    r"\s*(?:日|\.(?=\s*\d{1,2}\s*[:：]))?" + _TIME,
    re.I,
)
_MDY_RE = re.compile(
    r"(?<!\w)(?P<mon>" + _MONTH_ALT + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?!\d)" + _TIME,
    re.I,
)
_DMY_RE = re.compile(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th|er|º)?(?:\.\s*|\s+)(?:de\s+)?(?P<mon>" + _MONTH_ALT + r")(?!\w)"
    r"(?:\s*/\s*(?:" + _MONTH_ALT + r")(?!\w))?\.?,?\s+(?:de\s+)?(?P<y>\d{4})(?!\d)" + _TIME,
    re.I,
)
#: ``11.11.2021``: day first with dots is the European order (dotted dates are never month first). A full stop may
#: close the year where no digit follows it (``Von Deutscher Tennis Bund 4. 2. 2022.``: a German federation's line
#: under the headline, trafilatura-eval t0695); ``1.2.2022.5`` is a version number.
_DMY_DOTS_RE = re.compile(
    r"(?<![\d.])" + year_last(r"\.", gap=r"\s?", names=("d", "m", "y")) + r"(?!\d|\.\d)" + _TIME, re.I
)
#: ``31.10.23``: a dotted date with a two-digit year, day first, as German-language pages print it in the line under
#: the headline (``Von: X | 31.10.23``: a Thailand magazine's story, unseen-en5) or right above it (a Berlin school's
#: ``02.12.19``), or month first where the second number is above 12 (``12.29.14``, an American byline). Read only
#: in those lines (:func:`short_year_date`): in running text such numbers are versions, scores and times.
_DMY_DOTS_SHORT_RE = re.compile(
    r"(?<![\d.])" + year_last(r"\.", SHORT_YEAR, names=("d", "m", "y")) + r"(?![\d.])" + _TIME, re.I
)
#: ``05/10/2022``: day or month first, told apart by a number above 12 or by the page's language.
_SLASHED_RE = re.compile(r"(?<![\d/])" + year_last("/", names=("a", "b", "y")) + r"(?![\d/])" + _TIME, re.I)
#: A date of the Republic of China's calendar (``中華民國107年3月13日``, ``民國107年3月13日``): year 1 is 1912, as
#: Taiwan's courts, agencies and many of its news pages date their texts. Read only with its era's name: a bare
#: ``107年`` is no year.
_ROC_RE = re.compile(
    r"(?:中[華华])?民[國国]\s*(?P<roc>\d{2,3})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})(?!\d)\s*日?" + _TIME
)
ROC_YEAR_OFFSET = 1911
_YEAR_RE = re.compile(r"\d{4}|民[國国]")
#: Texts whose first date :func:`find_date` remembers: the readers of datelines, meta lines, credits and list items
#: search the same lines of a page again (over the 798 dev pages: 56k searches of 25k distinct texts).
FIND_DATE_CACHE_SIZE = 4096
#: A clock time standing right before the date it belongs to, nothing between them but spaces (``14:36 2018/07/27``:
#: a Hong Kong daily's line under the headline, unseen-zh18). Read only where a whole value is parsed
#: (:func:`parse_date`): in running text a time before a date may be another event's.
_CLOCK_BEFORE_RE = re.compile(r"(?<![\d:：])(?P<H>\d{1,2})\s*[:：]\s*(?P<M>\d{2})\s*$")
#: The largest hour and minute a clock shows: a time past them is no time of day, and the date is read without it.
MAX_HOUR, MAX_MINUTE = 23, 59
_COMPACT_RE = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:T?(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?)?$")


def parse_date(value: str, *, compact: bool = False, day_first: bool | None = None) -> str | None:
    """The first date in ``value`` as ISO 8601 (``YYYY-MM-DD[THH:MM[:SS][±HH:MM]]``), or None.

    ``compact=True`` also reads ``20230503`` (only safe in metadata, where a bare number is a date).
    ``day_first`` settles ``05/10/2022`` (True: 5 October); left None, such dates are read only when one of
    the numbers is above 12.
    """
    text = value.strip()
    if compact:
        m = _COMPACT_RE.match(text)
        if m:
            return _iso(m.groupdict(), int(m.group("m")))
    found = find_date(text, day_first=day_first)
    if found is None:
        return _rfc2822(text)
    iso, start, _ = found
    return iso if "T" in iso else _with_clock_before(iso, text[:start])


def _with_clock_before(iso: str, before: str) -> str:
    """``iso`` with the clock time standing right before its date (:data:`_CLOCK_BEFORE_RE`), if one does."""
    m = _CLOCK_BEFORE_RE.search(before)
    if m is None or int(m.group("H")) > MAX_HOUR or int(m.group("M")) > MAX_MINUTE:
        return iso
    return f"{iso}T{int(m.group('H')):02d}:{m.group('M')}"


@lru_cache(maxsize=FIND_DATE_CACHE_SIZE)
def find_date(text: str, *, day_first: bool | None = None) -> tuple[str, int, int] | None:
    """The first date written in ``text``: (ISO 8601, start, end) of the match, or None."""
    if _YEAR_RE.search(text) is None:  # every shape has a four-digit year or an era: a cheap exit for most prose
        return None
    for pattern in (_NUMERIC_RE, _ROC_RE, _DMY_DOTS_RE, _MDY_RE, _DMY_RE, _SLASHED_RE):
        for m in pattern.finditer(text):
            parts = _day_month(m.groupdict(), day_first)
            iso = _iso(parts, int(parts["m"] or 0)) if parts else None
            if iso:
                return iso, m.start(), m.end()
    return None


def short_year_date(text: str) -> str | None:
    """The first ``dd.mm.yy`` date in ``text`` (:data:`_DMY_DOTS_SHORT_RE`) as ISO 8601, or None. A two-digit year
    is read in the span :data:`MIN_YEAR` opens: ``95`` is 1995, ``23`` is 2023. A second number above 12 is no
    month: the date is month first, as American sites print it in a byline (``By Jason Tabrys • 12.29.14``, a 2014
    culture site's post, forty-fourth audit)."""
    m = _DMY_DOTS_SHORT_RE.search(text)
    if m is None:
        return None
    year = int(m.group("y"))
    year += 1900 if 1900 + year >= MIN_YEAR else 2000
    day, month = int(m.group("d")), int(m.group("m"))
    if month > 12 >= day:
        day, month = month, day
    return _iso({**m.groupdict(), "d": str(day), "y": str(year)}, month)


def _day_month(parts: dict[str, str | None], day_first: bool | None) -> dict[str, str | None] | None:
    """``parts`` with a numeric month ``m`` and day ``d``; None when ``a/b/yyyy`` cannot be told apart."""
    if parts.get("mon"):
        return {**parts, "m": str(_MONTHS[(parts["mon"] or "").lower()])}
    if parts.get("roc"):
        return {**parts, "y": str(int(parts["roc"] or 0) + ROC_YEAR_OFFSET)}
    if parts.get("a") is None:
        return parts
    a, b = int(parts["a"] or 0), int(parts["b"] or 0)
    if a <= 12 and b <= 12 and day_first is None:
        return None
    first_is_day = a > 12 or (b <= 12 and bool(day_first))
    day, month = (a, b) if first_is_day else (b, a)
    return {**parts, "d": str(day), "m": str(month)}


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
    if hour > MAX_HOUR or minute > MAX_MINUTE:
        return out
    out += f"T{hour:02d}:{minute:02d}"
    if parts.get("S"):
        out += f":{int(parts['S'] or 0):02d}"
    return out + _offset(parts.get("tz"))


#: The offset written for UTC, whether stated as ``Z``, ``UTC``, ``GMT`` or ``+0000``.
_UTC_OFFSET = "+00:00"
#: How many calendar days apart a day-only metadata date and the page's shown stamp may be for the shown one to win
#: (:func:`shown_next_to_day`): a print issue's morning after, a zone's day edge.
ADJACENT_DAYS = 1


def _offset(tz: str | None) -> str:
    if not tz:
        return ""
    if tz.upper() in ("Z", "UTC", "GMT"):
        return _UTC_OFFSET
    digits = tz[1:].replace(":", "")
    return f"{tz[0]}{digits[:2]}:{digits[2:]}"


#: What every month name of the mail-date parser (``email._parseaddr._monthnames``: ``jan`` … ``december``)
#: starts with.
_MAIL_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _rfc2822(text: str) -> str | None:
    """``Tue, 05 Dec 2023 10:00:00 GMT`` through the standard library's mail-date parser, which reads a date only
    with an English month name (:data:`_MAIL_MONTHS`): a text without one is none, found with a few substring tests
    instead of the parser's splitting (6.4k of the 798 dev pages' texts end here, list items' side texts mostly)."""
    lowered = text.lower()
    if not any(month in lowered for month in _MAIL_MONTHS):
        return None
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


#: A date in a URL's path. Written run together (``/20230503``, ``/202305/03``) the day has two digits: a one-digit
#: day there would read an article id as a date (``/2039026`` is no 2039-02-06).
_URL_DATE_RE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})(?:[/_-](?P<m>\d{1,2})[/_-](?P<d>\d{1,2})|(?P<m2>\d{2})/?(?P<d2>\d{2}))(?=[/_.-]|$)"
)


#: A year and its month as two segments of a URL's path (``/2014/05/``), with or without a day after them: a
#: blog's address dates its post so (``/blogs/the-gq-eye/2014/05/how-to-pack.html``).
_URL_MONTH_RE = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>0[1-9]|1[0-2])/")


def url_month(url: str | None) -> str | None:
    """The month (``2014-05``) a URL path's year and month segments name, or None."""
    m = _URL_MONTH_RE.search(url.split("?", 1)[0]) if url else None
    return f"{m.group('y')}-{m.group('m')}" if m else None


#: A time with the UTC offset this module writes (:func:`_offset`).
_ZONED_RE = re.compile(r"T[\d:]+[+-]\d{2}:\d{2}$")
#: That offset alone.
_OFFSET_RE = re.compile(r"[+-]\d{2}:\d{2}")


def as_utc(date: str) -> str:
    """``date`` with UTC's offset when it states a time without one (``2016-12-16T18:38:14``): for stamps whose
    format is UTC by definition, so that they compare as instants with zoned ones (:func:`shown_stamp`)."""
    return date + _UTC_OFFSET if "T" in date and not _ZONED_RE.search(date) else date


def shown_stamp(stated: str, stamps: Iterable[str], dated: Iterable[str]) -> str | None:
    """The one of ``stamps`` (the metadata's other times, then the page's ``<time>`` elements') that states the
    instant of ``stated`` on the clock the page shows: the first of ``dated`` (the page's own dates) with a time reads
    its minute. Metadata keys may state one instant in different zones, and the page's date is its readers' calendar
    day: a Colombian daily's ``6 May 2022 - 2:00 a. m.`` over the headline, with
    ``datePublished=2022-05-05T21:00:00-05:00`` and ``article:published_time=2022-05-06T02:00:00.824Z``
    (trafilatura-eval t0835), is the 6th in UTC. The page's clock picks a stated zone, never makes one up: a page
    saved from a browser shows its visitor's zone (magic-html's rendered pages show Japanese blogs' times in China's).
    A UTC ``stated`` that reads the shown clock is that clock stamped ``Z`` by software that drops the zone, and a
    stamp reading the same clock in another zone states it (``article:published_time=2019-04-19T20:00:00.000Z``
    over a Japanese gadget blog's ``2019.04.19 20:00`` in a ``<time datetime="2019-04-19T20:00:00+09:00">``,
    unseen-ja3). None when ``stated`` is the shown one or none is."""
    if not _ZONED_RE.search(stated):  # no offset: no other zone to compare, and the page's dates are left unread
        return None
    shown = next((date for date in dated if "T" in date), None)
    instant = _instant(stated)
    if shown is None or instant is None:
        return None
    utc_clock = shown[:16] == stated[:16]
    if utc_clock and not stated.endswith(_UTC_OFFSET):
        return None
    on_shown_clock = (stamp for stamp in stamps if stamp[:16] == shown[:16])
    return next((stamp for stamp in on_shown_clock if _gives_zone(stamp, instant, utc_clock)), None)


def shown_next_to_day(day: str, first_shown: str | None) -> str | None:
    """The page's first own date (``first_shown``) when it shows a clock on the calendar day before or after ``day``,
    a stated date without a clock (the metadata's or the address's): the page's byline dates the story to its
    minute, where a day-only key states the daily's print issue, the morning after (``<meta name="date"
    content="2020-04-30">`` over a German daily's ``29.04.2020, 12:01 Uhr``, trafilatura-eval t0370), or a stamp's
    UTC calendar day read off as local. Further apart, the two dates disagree on more than the day's edge (an
    update, another story's date), and the stated date stands. None otherwise."""
    if "T" in day or not first_shown or "T" not in first_shown:
        return None
    try:
        apart = dt.date.fromisoformat(first_shown[:10]) - dt.date.fromisoformat(day[:10])
    except ValueError:
        return None
    return first_shown if abs(apart.days) == ADJACENT_DAYS else None


def _gives_zone(stamp: str, instant: dt.datetime, utc_clock: bool) -> bool:
    """Whether ``stamp``, on the shown clock, gives the zone of the published time: it states the same instant, or,
    where the stated stamp is that clock read as UTC (``utc_clock``), another zone's offset."""
    if not _ZONED_RE.search(stamp):
        return False
    if utc_clock:
        return not stamp.endswith(_UTC_OFFSET) and _instant(stamp) is not None
    return _instant(stamp) == instant


def zoned_stamp(stated: str, stamps: Iterable[str]) -> str | None:
    """The first of ``stamps`` (the metadata's other times) stating the clock reading of ``stated`` with its zone,
    when ``stated`` has a time and no zone: one key writes the stamp bare and another gives its offset (a 2016 sports
    column's ``datePublished=2016-12-19 19:19:00`` and its byline's ``<time datetime="2016-12-19 19:19:00 UTC">``,
    eighty-fifth audit). None otherwise: another clock reading is another instant or another event."""
    if "T" not in stated or _ZONED_RE.search(stated):
        return None
    return next((s for s in stamps if s.startswith(stated) and _OFFSET_RE.fullmatch(s, len(stated))), None)


def _instant(stamp: str) -> dt.datetime | None:
    """The instant a zoned stamp states; None when its offset is no zone's (``+99:00``, a day or more off UTC): the
    date reading passes such an offset through as written, and it states no instant to compare."""
    try:
        return dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None


def url_date(url: str | None) -> str | None:
    """The date a URL path spells (``/2023/05/03/``, ``/2023-05-03/``, ``/202305/03/``, ``/20230503/``)."""
    if not url:
        return None
    path = url.split("?", 1)[0]
    m = _URL_DATE_RE.search(path)
    if not m:
        return None
    return _iso({"y": m.group("y"), "d": m.group("d") or m.group("d2")}, int(m.group("m") or m.group("m2")))
