"""Article extraction (being written): see the issue for the data flow."""

from __future__ import annotations

from dataclasses import dataclass

from newsmend.article import Article


@dataclass(frozen=True, slots=True)
class ExtractConfig:
    """Options of :func:`extract`."""

    repair: bool = True


def extract(data: bytes | str, url: str | None = None, **options: object) -> Article:
    """Placeholder until extraction lands."""
    return Article(url=url)
