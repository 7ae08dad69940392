"""HTML input: parse to blocks and page metadata (see :mod:`newsmend.html.parse`)."""

from newsmend.html.detect import looks_like_html
from newsmend.html.parse import parse_html

__all__ = ["looks_like_html", "parse_html"]
