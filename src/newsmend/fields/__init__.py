"""Article fields: everything that turns a :class:`~newsmend.blocks.Page` and its
:class:`~newsmend.content.Selection` into an :class:`~newsmend.article.Article`.

``build_article`` is the entry point (``build``, running ``trim``, ``evidence`` and ``readers`` in turn); the other
submodules answer one question each (line shapes, dates, names, headline, related lists, language) and are usable
on their own.
"""

from newsmend.fields.build import build_article
from newsmend.fields.dates import parse_date
from newsmend.fields.language import detect_language
from newsmend.fields.people import split_names

__all__ = ["build_article", "detect_language", "parse_date", "split_names"]
