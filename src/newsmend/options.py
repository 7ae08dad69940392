"""Keyword-argument shorthand for the immutable config objects (``repair(s, script="keep")``)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

from newsmend.errors import ConfigError

T = TypeVar("T")


def make_config(cls: type[T], options: dict[str, Any]) -> T:
    """Build ``cls(**options)``, naming the unknown option and the known ones instead of a bare TypeError."""
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(set(options) - known)
    if unknown:
        raise ConfigError(
            f"unknown option(s) {', '.join(unknown)} for {cls.__name__}; known: {', '.join(sorted(known))}"
        )
    return cls(**options)
