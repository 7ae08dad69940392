"""The Article: what :func:`newsmend.extract` returns, and its JSON schema.

Fields are ``None`` when the page does not state them; nothing is invented. ``to_dict`` is the documented,
versioned output used by the CLI and the corpus pipeline (bump :data:`SCHEMA_VERSION` on any change).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from newsmend.repair.trail import Fix

#: Version of the dict/JSON layout produced by :meth:`Article.to_dict`. "2": ``disclaimer`` (after ``copyright``)
#: holds the notice that disclaims and states no rights, which "1" gave as the ``copyright`` when the page stated
#: no rights; ``copyright`` holds notices of rights only.
SCHEMA_VERSION = "2"


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """An item of a related/latest-news list: these become data instead of body text."""

    title: str
    url: str | None = None
    time: str | None = None
    channel: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        """The fields in their order, as :func:`dataclasses.asdict` gives them, without its deep copy of each value
        (strings: nothing to copy), a quarter of its cost (the 7,467 items of the 798 dev pages: 0.045 -> 0.011 s)."""
        return {name: getattr(self, name) for name in _RELATED_FIELDS}


#: The names of :class:`RelatedLink`'s fields, in order (read once: :meth:`RelatedLink.to_dict` runs per item).
_RELATED_FIELDS = tuple(f.name for f in fields(RelatedLink))


@dataclass(slots=True)
class Article:
    """A news article and its fields.

    ``body`` is the paragraphs joined by blank lines (``None`` when the page holds no article, with a flag saying
    why). ``date`` is ISO 8601 (with the UTC offset when the page states a time zone). ``repairs`` are the fixes of
    the repair engine, with offsets into the extracted, unrepaired text of the page (its blocks joined by newlines,
    followed, one newline apart, by the metadata texts a field took: the title, then a body read from metadata).
    ``copyright`` is the page's notice of rights (``© 2019 X. All rights reserved.``, ``本文系X独家稿件，未经授权，
    不得转载。``); ``disclaimer`` its notice that disclaims and states no rights (``本文仅代表作者个人观点。``,
    ``免责声明：…``). A line doing both is the copyright alone, so each notice fills one field.
    """

    title: str | None = None
    author: list[str] | None = None
    author_email: str | None = None
    source: str | None = None
    date: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    copyright: str | None = None
    disclaimer: str | None = None
    editor: str | None = None
    language: str | None = None
    script: str | None = None
    url: str | None = None
    related: list[RelatedLink] = field(default_factory=list)
    repairs: list[Fix] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    encoding: str | None = None

    @property
    def body(self) -> str | None:
        return "\n\n".join(self.paragraphs) if self.paragraphs else None

    @property
    def text(self) -> str | None:
        """The body with the title on top: what a corpus wants as ``text``."""
        parts = [p for p in (self.title, self.body) if p]
        return "\n\n".join(parts) if parts else None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict; see ``docs/schema.md``."""
        out: dict[str, Any] = {"schema": SCHEMA_VERSION}
        for name in ("title", "author", "author_email", "source", "date"):
            out[name] = getattr(self, name)
        out["body"] = self.body
        out["paragraphs"] = list(self.paragraphs)
        for name in ("captions", "copyright", "disclaimer", "editor", "language", "script", "url", "encoding"):
            value = getattr(self, name)
            out[name] = list(value) if isinstance(value, list) else value
        out["related"] = [r.to_dict() for r in self.related]
        out["repairs"] = [f.to_dict() for f in self.repairs]
        out["flags"] = sorted(self.flags)
        return out

    def to_markdown(self) -> str:
        """A readable rendering: title, byline, body, captions and related links."""
        lines: list[str] = []
        if self.title:
            lines += [f"# {self.title}", ""]
        byline = " · ".join(x for x in (", ".join(self.author or []), self.author_email, self.source, self.date) if x)
        if byline:
            lines += [f"*{byline}*", ""]
        for p in self.paragraphs:
            lines += [f"```\n{p}\n```" if "\n" in p else p, ""]  # a <pre>'s lines, kept as they are
        for c in self.captions:
            lines += [f"> {c}", ""]
        for label, value in (("Copyright", self.copyright), ("Disclaimer", self.disclaimer), ("Editor", self.editor)):
            if value:
                lines += [f"{label}: {value}", ""]
        if self.related:
            lines += ["## Related", ""]
            for r in self.related:
                title = f"[{r.title}]({r.url})" if r.url else r.title
                extra = " · ".join(x for x in (r.time, r.channel) if x)
                lines.append(f"- {title}" + (f" ({extra})" if extra else ""))
            lines.append("")
        return "\n".join(lines).rstrip() + "\n"
