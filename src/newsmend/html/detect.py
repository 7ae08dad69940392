"""Is a text HTML? A text that mentions ``<`` or even ``<b>`` is not HTML; a page with markup structure is."""

from __future__ import annotations

import re

#: Only the head of a document decides (a doctype or ``<html>`` comes first; markup-heavy pages show tags
#: within the first few KB).
DETECT_SCAN_CHARS = 20_000
#: Distinct tags from :data:`_STRUCTURE` needed when there is no doctype/``<html>`` (one stray ``<p>`` in a
#: plain-text article must not make it HTML; fragments like ``<div><p>..</p></div>`` still pass).
MIN_STRUCTURE_TAGS = 2

_DOCUMENT = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])", re.I | re.S
)
_STRUCTURE = re.compile(
    r"</?(p|div|br|span|a|li|ul|ol|table|tr|td|h[1-6]|body|head|title|meta|script|style|article|section|img)"
    r"(?:\s[^<>]*)?/?>",
    re.I,
)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML document or fragment rather than plain text.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>新闻</p></body></html>")
    True
    >>> looks_like_html("如果 a < b 且 b > c，那么……")
    False
    """
    head = text[:DETECT_SCAN_CHARS]
    if _DOCUMENT.match(head):
        return True
    tags = {m.group(1).lower() for m in _STRUCTURE.finditer(head)}
    return len(tags) >= MIN_STRUCTURE_TAGS
