"""Script fixer: undo machine traditional-character conversion, or convert on request.

``script="auto"`` converts only when the traditional characters are an artifact: an earlier fixer raised
``"mirror-spam"`` or ``"converted-script"`` (the mirror converted simplified text one character at a time).
Genuine traditional text carries no such flag and stays untouched. The undo is context-aware: the candidates of a
character are the simplified characters whose character-level conversion gives it
(:func:`~newsmend.repair.convert.simplified_sources`, plus the variant pairs of ``data/char_variants.tsv`` that
other converters produce); where several remain (著 from 着 or from 著), the word language model picks the one
that fits its neighbours. ``"simplified"`` / ``"traditional"`` convert everything with OpenCC's phrase-aware
configs; ``"keep"`` never converts. One edit per changed run, kind ``"script"``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from operator import methodcaller, ne

from newsmend.repair.config import RepairConfig
from newsmend.repair.convert import CharTable, char_t2s, converter, is_han, simplified_sources
from newsmend.repair.fixer import Pass
from newsmend.repair.gbk import encode_char
from newsmend.repair.lm import default_model
from newsmend.repair.trail import Edit, new_edit

#: Flags that say the traditional characters of the text were made by a machine.
ARTIFACT_FLAGS = frozenset({"mirror-spam", "converted-script"})
#: Characters of context on each side when the language model chooses between candidates: enough for the
#: two-character words that decide most cases (象征着 / 著名), short enough to stay local.
CONTEXT = 3
#: Confidence of a one-candidate undo, of a choice the model made, and of a requested whole-text conversion.
CONF_SINGLE, CONF_CHOSEN, CONF_REQUESTED = 0.95, 0.8, 0.9


def fix(text: str, config: RepairConfig, flags: frozenset[str]) -> Pass:
    """Convert script where the options and the flags ask for it.

    >>> from newsmend.repair.config import RepairConfig
    >>> found = fix("象征著和平，著名學者", RepairConfig(), frozenset({"converted-script"}))
    >>> [(e.start, e.end, e.after) for e in found.edits]
    [(2, 3, '着'), (8, 9, '学')]
    """
    if config.script in ("simplified", "traditional"):
        target = "t2s" if config.script == "simplified" else "s2t"
        return Pass(_runs(text, converter(target).convert(text), "script", CONF_REQUESTED))
    if config.script != "auto" or not flags & ARTIFACT_FLAGS:
        return Pass()
    return Pass(_runs(text, undo_char_conversion(text), "script", CONF_SINGLE))


def undo_char_conversion(text: str) -> str:
    """Undo a character-by-character simplified -> traditional conversion, choosing by context where needed.

    >>> undo_char_conversion("這將象征著防務合作的新階段")
    '这将象征着防务合作的新阶段'
    """
    # Characters with one candidate are translated in one pass (C speed); only the ambiguous ones are visited.
    translated = text.translate(_UNDO)
    ambiguous = _AMBIGUOUS.intersection(text)  # every character of the text has been classified by now
    if not ambiguous:
        return translated
    out, model = list(translated), default_model()
    for match in re.finditer(f"[{''.join(ambiguous)}]", text):  # Han characters: nothing to escape
        k = match.start()
        left = "".join(out[max(0, k - CONTEXT):k])
        right = "".join(_plain(c) for c in text[k + 1:k + 1 + CONTEXT])
        out[k] = max(candidates(text[k]), key=lambda c: model.score(left + c + right))
    return "".join(out)


#: Characters :func:`_undone` met that have several candidates (left to the language model).
_AMBIGUOUS: set[str] = set()


def _undone(ch: str) -> str:
    """The one candidate of a character that has one, the character itself otherwise (an ambiguous one is also
    added to :data:`_AMBIGUOUS`)."""
    options = candidates(ch) if is_han(ch) else (ch,)
    if len(options) > 1:
        _AMBIGUOUS.add(ch)
        return ch
    return options[0]


#: The translation table of :func:`undo_char_conversion`, filled as characters are first met: classifying every
#: distinct character of each text again (a Python loop over ``set(text)``) was 4% of
#: ``benchmarks/repair_speed.py``'s mirror row; kept for the process, ``str.translate`` does it in C.
_UNDO = CharTable(_undone)


@lru_cache(maxsize=65536)
def candidates(ch: str) -> tuple[str, ...]:
    """The simplified characters ``ch`` may have come from; OpenCC's own choice first.

    The inverse of the character-level conversion plus the other converters' pairs of ``data/char_variants.tsv``,
    without traditional-only forms and without characters GBK cannot encode (the converted text went through GBK);
    when nothing is left, OpenCC's choice (為 -> 为).
    """
    found = list(dict.fromkeys([*simplified_sources().get(ch, ()), *_variants().get(ch, ())]))
    # A source that is itself a traditional-only form (鏈 for 鏈, beside 链) is not what simplified text holds;
    # the dictionary the model reads mixes scripts, so it must not get the choice.
    found = [c for c in found if char_t2s(c) == c and encode_char(c) is not None]
    first = char_t2s(ch)
    if encode_char(first) is None and encode_char(ch) is not None:  # GBK could not have carried it (頔, not 𬱖)
        first = ch
    return (first, *(c for c in found if c != first)) if first in found or not found else tuple(found)


def _plain(ch: str) -> str:
    """The first candidate, for right-hand context (not yet decided)."""
    return candidates(ch)[0] if is_han(ch) else ch


@lru_cache(maxsize=1)
def _variants() -> dict[str, tuple[str, ...]]:
    """traditional -> extra simplified sources from ``data/char_variants.tsv`` (converters other than OpenCC)."""
    table: dict[str, list[str]] = {}
    data = resources.files("newsmend").joinpath("data/char_variants.tsv").read_text("utf-8")
    for line in data.splitlines():
        if line and not line.startswith("#"):
            trad, simp = line.split("\t")[:2]
            table.setdefault(trad, []).append(simp)
    return {t: tuple(s) for t, s in table.items()}


def _runs(before: str, after: str, kind: str, confidence: float) -> list[Edit]:
    """One edit per maximal run of changed characters (conversions here keep the length)."""
    if len(before) != len(after):
        return [Edit(0, len(before), after, kind, confidence)] if before != after else []
    changed = bytes(map(ne, before, after))  # 1 where the texts differ: the runs are then found by a regex, in C
    return [new_edit((start, end, after[start:end], kind, confidence))
            for start, end in map(_span, _CHANGED_RUN.finditer(changed))]


_CHANGED_RUN = re.compile(b"\x01+")
_span = methodcaller("span")
