"""Bytes → text, never raising, with a documented fallback chain.

The chain, first match wins:
  1. ``bom``       -- a byte-order mark (UTF-8, UTF-16, UTF-32) is authoritative.
  2. ``utf-8``     -- bytes that decode as strict UTF-8 and hold non-ASCII text are UTF-8, whatever the
                      page declares (servers and templates often keep a stale ``gb2312`` declaration after a
                      move to UTF-8); a contrary declaration adds the flag ``charset-mismatch``.
  3. ``declared``  -- the HTTP header (``declared=``) or the page's own ``<meta charset>`` / ``http-equiv``
                      / XML declaration, widened to its superset as browsers do (gb2312/gbk → gb18030,
                      latin-1 → cp1252, big5 → big5hkscs ...) and *verified*: rejected when it yields too many
                      replacement characters or text that looks like mojibake (Latin-1 declared over GBK).
  4. ``nearly-utf-8`` -- UTF-8 with a few broken sequences (a truncated download, one bad byte).
  5. ``detected``  -- charset-normalizer's best guess, verified the same way.
  6. ``fallback``  -- GB18030 or UTF-8 with replacement characters, whichever loses fewer bytes; flag
                      ``lossy-decode``.

Before the chain, a gzip body (a crawler that stored the response without undoing its ``Content-Encoding``) is
inflated, up to a limit (flags ``decompressed``, and ``truncated`` at the limit). After it, text that holds
control characters no page has is flagged ``binary`` (an image, a PDF, an executable, random bytes): there is no
article to find in it.
"""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass, field, replace

#: Only the head of a page is searched for a declaration (browsers prescan 1024 bytes; real pages put the
#: ``<meta charset>`` after long ``<script>``/``<style>`` blocks, seen up to ~20 KB on the dev sets).
DECLARATION_SCAN_BYTES = 65536

#: A decoding is rejected when more than this share of its non-ASCII characters are U+FFFD. Calibrated on
#: the dev pages: correct decodings stay below 0.1 %, wrong multi-byte ones exceed 5 %.
MAX_REPLACEMENT_SHARE = 0.01

#: ...but a handful of stray bytes is tolerated whatever the share (a UTF-8 page with one Latin-1 ``alt`` text
#: had 3-4 of them among ~100 non-ASCII characters on the dev sets).
MAX_STRAY_REPLACEMENTS = 8

#: "Nearly UTF-8" accepts at most this share of broken sequences among non-ASCII characters (a page cut
#: mid-character or with one stray Latin-1 byte; wrong guesses of legacy pages are far above 10 %).
NEARLY_UTF8_SHARE = 0.005

#: A single-byte decoding "looks like mojibake" when more than this share of its non-ASCII characters are
#: Latin-1 supplement letters/symbols sitting next to each other -- what GBK/Big5/UTF-8 bytes read as
#: Latin-1/cp1252 look like (genuine Western text puts accented letters between ASCII letters).
MOJIBAKE_RUN_SHARE = 0.5

#: charset-normalizer is slow on very large inputs; it sees this many bytes (enough for a confident guess).
DETECTOR_SAMPLE_BYTES = 200_000

#: Decoded text is binary data when more than this share of its first :data:`BINARY_SAMPLE_CHARS` characters are
#: control characters (C0 other than whitespace, and DEL). The dev sets' 798 pages have at most 0.007%; random
#: bytes give 15%, an executable 76%.
BINARY_CONTROL_SHARE = 0.01
BINARY_SAMPLE_CHARS = 65536

#: A gzip body is inflated to at most this many bytes unless the caller gives a limit (a decompression bomb
#: stops there; the extractor passes its own page-size limit).
MAX_INFLATED_BYTES = 8_000_000

_GZIP_MAGIC = b"\x1f\x8b"
#: The control characters counted by :func:`_is_binary` (C0 but tab, line feed, form feed and carriage return;
#: DEL), as the bytes UTF-8 encodes them to: no other character's encoding holds these bytes.
_CONTROL_BYTES = bytes((*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F))

#: Browsers decode a declared legacy charset with its superset (WHATWG Encoding Standard).
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "ascii": "cp1252",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "tis_620": "cp874",
    "iso8859_11": "cp874",
}
_SINGLE_BYTE_PREFIXES = ("cp125", "latin", "iso8859", "cp874", "koi8", "mac")

_META_CHARSET = re.compile(rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{2,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-zA-Z0-9_.:-]{2,40})""", re.I)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Latin-1 supplement plus the cp1252 extras (Œ œ Š š Ÿ Ž ž ƒ ˆ ˜ and the – … ™ block).
_HIGH_LATIN_RUN = re.compile(
    r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]{2,}"
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and how it was obtained.

    ``method`` is the step of the chain that decided (``bom``, ``utf-8``, ``declared``, ``nearly-utf-8``,
    ``detected``, ``fallback``, ``ascii``); ``declared`` the charset the page (or header) claimed, if any;
    ``confidence`` a rough 0..1 score; ``flags`` e.g. ``charset-mismatch``, ``lossy-decode``; ``utf8`` the bytes
    ``text`` is the strict UTF-8 decoding of (methods ``utf-8`` and ``ascii``: 98% of the bench pages), for a
    parser that reads UTF-8 bytes (``text.encode("utf-8")`` again, without encoding it), else None.
    """

    text: str
    encoding: str
    method: str
    confidence: float
    declared: str | None = None
    flags: frozenset[str] = field(default_factory=frozenset)
    utf8: bytes | None = field(default=None, repr=False, compare=False)  # the input itself: not shown or compared


def codec_for(label: str | None) -> str | None:
    """The Python codec for a charset label, widened to its browser superset; ``None`` if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'").lower()).name
    except (LookupError, ValueError):
        return None
    name = name.replace("-", "_")
    return _SUPERSETS.get(name, name).replace("_", "-") if name in _SUPERSETS else codecs.lookup(name).name


def declared_charset(data: bytes) -> str | None:
    """The charset the document declares about itself (XML declaration or ``<meta>``), as written."""
    head = data[:DECLARATION_SCAN_BYTES]
    found = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return found.group(1).decode("ascii", "replace") if found else None


def _replacement_share(text: str) -> float:
    non_ascii = len(_NON_ASCII.findall(text))
    return text.count("\ufffd") / non_ascii if non_ascii else 0.0


def _looks_like_mojibake(text: str) -> bool:
    """True when a single-byte decoding shows the runs of Latin-1 symbols that multi-byte text turns into."""
    non_ascii = len(_NON_ASCII.findall(text))
    if non_ascii < 20:
        return False
    in_runs = sum(len(m) for m in _HIGH_LATIN_RUN.findall(text))
    return in_runs > MOJIBAKE_RUN_SHARE * non_ascii


def _verified(data: bytes, codec: str) -> str | None:
    """``data`` decoded with ``codec`` if the result is plausible, else ``None``."""
    try:
        text = data.decode(codec, "replace")
    except (LookupError, ValueError):
        return None
    if text.count("\ufffd") > MAX_STRAY_REPLACEMENTS and _replacement_share(text) > MAX_REPLACEMENT_SHARE:
        return None
    if codec.startswith(_SINGLE_BYTE_PREFIXES) and _looks_like_mojibake(text):
        return None
    return text


def _detect(data: bytes) -> str | None:
    import charset_normalizer  # imported here: only pages with no usable declaration need it

    best = charset_normalizer.from_bytes(data[:DETECTOR_SAMPLE_BYTES]).best()
    return codec_for(best.encoding) if best is not None else None


def decode(data: bytes, declared: str | None = None, max_bytes: int = MAX_INFLATED_BYTES) -> Decoded:
    """Decode page bytes by the chain in the module docstring; never raises.

    ``declared`` is the charset of an HTTP ``Content-Type`` header when known (it outranks the page's own);
    ``max_bytes`` bounds what a gzip body inflates to.

    >>> decode("<p>据悉，该计划已得到日本和北约官员的确认。</p>".encode("gbk")).text
    '<p>据悉，该计划已得到日本和北约官员的确认。</p>'
    >>> d = decode('<meta charset="gb2312">新闻'.encode("utf-8"))
    >>> d.encoding, sorted(d.flags)
    ('utf-8', ['charset-mismatch'])
    """
    data, inflated = _inflated(data, max_bytes)
    decoded = _decode_chain(data, declared)
    flags = inflated | ({"binary"} if _is_binary(decoded.text) else set())
    return replace(decoded, flags=decoded.flags | flags) if flags else decoded


def _inflated(data: bytes, max_bytes: int) -> tuple[bytes, frozenset[str]]:
    """``data`` inflated when it is a gzip stream (up to ``max_bytes``), with the flags that says; else as is. A
    stream that fails to inflate is left for the chain (it is then most likely binary)."""
    if not data.startswith(_GZIP_MAGIC):
        return data, frozenset()
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes)
    except zlib.error:
        return data, frozenset()
    cut = bool(inflater.unconsumed_tail)
    return out, frozenset({"decompressed", "truncated"} if cut else {"decompressed"})


def _is_binary(text: str) -> bool:
    """More than :data:`BINARY_CONTROL_SHARE` control characters in the sample; counted as the bytes a C-level
    ``translate`` deletes from its UTF-8 form, three times cheaper than a regex over every page's head."""
    sample = text[:BINARY_SAMPLE_CHARS]
    raw = sample.encode("utf-8", "surrogatepass")
    return len(raw) - len(raw.translate(None, _CONTROL_BYTES)) > BINARY_CONTROL_SHARE * len(sample)


def _decode_chain(data: bytes, declared: str | None) -> Decoded:
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(bom_codec, "replace"), bom_codec, "bom", 1.0)
    label = declared or declared_charset(data)
    codec = codec_for(label)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if text.isascii():
            return Decoded(text, codec or "ascii", "ascii", 1.0, label, utf8=data)
        mismatch = frozenset({"charset-mismatch"} if codec not in (None, "utf-8", "cp1252") else ())
        return Decoded(text, "utf-8", "utf-8", 0.99, label, mismatch, utf8=data)
    if codec:
        declared_text = _verified(data, codec)
        if declared_text is not None:
            flags = frozenset({"lossy-decode"} if "\ufffd" in declared_text else ())
            return Decoded(declared_text, codec, "declared", 0.9, label, flags)
    utf8 = data.decode("utf-8", "replace")
    mismatch = frozenset({"charset-mismatch"} if codec else ())
    if _replacement_share(utf8) <= NEARLY_UTF8_SHARE:
        return Decoded(utf8, "utf-8", "nearly-utf-8", 0.8, label, mismatch | {"lossy-decode"})
    guess = _detect(data)
    if guess and guess != codec:
        detected = _verified(data, guess)
        if detected is not None:
            return Decoded(detected, guess, "detected", 0.6, label, mismatch)
    gb = data.decode("gb18030", "replace")
    fallback, used = (gb, "gb18030") if gb.count("\ufffd") < utf8.count("\ufffd") else (utf8, "utf-8")
    return Decoded(fallback, used, "fallback", 0.2, label, mismatch | {"lossy-decode"})
