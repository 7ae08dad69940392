"""Options of the repair engine: one immutable object, every default documented."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

from newsmend.errors import ConfigError

Script = Literal["auto", "simplified", "traditional", "keep"]
Punctuation = Literal["auto", "keep"]

_CHOICES = {"script": ("auto", "simplified", "traditional", "keep"), "punctuation": ("auto", "keep")}


@dataclass(frozen=True, slots=True)
class RepairConfig:
    """How :func:`newsmend.repair` behaves.

    script:
        ``"auto"`` (default) restores the original script only where a conversion is an artifact (a mirror
        converted simplified text to traditional character by character); genuine traditional text is kept.
        ``"simplified"`` / ``"traditional"`` convert everything (OpenCC, phrase-aware); ``"keep"`` never converts.
    punctuation:
        ``"auto"`` (default) turns ASCII punctuation back into full-width where it sits in Chinese context
        (never in URLs, e-mails, numbers, times or Latin phrases); ``"keep"`` leaves punctuation alone.
    entities:
        Turn HTML character references left in text (``&amp;``, ``&ldquo;``, ``&#151;``) into their characters.
    mojibake:
        Undo CJK mojibake (UTF-8 read as GBK/GB18030/Latin-1/cp1252, GBK read as Latin-1/cp1252/GB2312, Big5 read
        as GBK).
    mirror:
        Undo spam-mirror damage: injected ``(pinyin)`` annotations and the bytes they destroyed.
    """

    script: Script = "auto"
    punctuation: Punctuation = "auto"
    entities: bool = True
    mojibake: bool = True
    mirror: bool = True

    def __post_init__(self) -> None:
        for f in fields(self):
            allowed = _CHOICES.get(f.name)
            value = getattr(self, f.name)
            if allowed and value not in allowed:
                raise ConfigError(f"RepairConfig.{f.name} must be one of {', '.join(allowed)}; got {value!r}")
            if not allowed and not isinstance(value, bool):
                raise ConfigError(f"RepairConfig.{f.name} must be True or False; got {value!r}")
