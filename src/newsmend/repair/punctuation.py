"""Full-width punctuation back in Chinese context: ``据悉,该计划`` → ``据悉，该计划``.

Mirrors and converters flatten ``，：？（）！；`` to ASCII. Chinese prose writes them full-width, Latin text
and machine strings (URLs, e-mails, numbers, times) ASCII. The rule, one compiled regex pass:

* ``, ; :`` become full-width when the character right before them is Chinese (Han, kana, full-width or CJK
  punctuation, or a closing ” ’ after such text). So ``1,000``, ``3:2``, ``16:37``, ``http://`` and
  ``a@b.com`` never change (a digit or Latin letter precedes), and ``时间:16:37`` gives ``时间：16:37``.
  ``, ;`` also when a Han character follows them (``16:37,共`` → ``16:37，共``; ``1,000`` has a digit).
* ``? !`` also need the clause to end there: the next character is the end, a space or line break, a closing
  quote/bracket, or another ``?``/``!`` (for ``!`` also Chinese text) -- a ``?`` glued to the next character or
  punctuation is more often a lost character (an encoder's replacement) than a question mark: left alone.
  A run that ends in ``!`` (``好不好?!``) follows the rule for ``!``.
* ``(…)`` becomes ``（…）`` as a pair when the character before it is Chinese (or a ” closing Chinese text, as
  in ``计划”(ITPP)``) or its content holds Chinese --
  Chinese news writes ``（ITPP）`` full-width -- except teaching pinyin after a Han character (``对(duì)``),
  which stays ASCII. Parentheses in Latin context (``Python (language)``, ``(1)`` at a line start) stay.

Only documents whose marks were flattened are converted (:func:`_flattened`). Flattening makes an ASCII mark and a
flattened full-width one identical byte for byte, so in such a document a few more context classes are decided by
how often Chinese text writes them full-width (:func:`_prior_run`, :func:`_lone_paren`); the base rule above also
decides *whether* a document was flattened, and stays strict so that clean text with habitual ASCII marks is never
touched.
Written by hand: no library converts punctuation width by context.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsmend.repair.config import RepairConfig
from newsmend.repair.fixer import Pass
from newsmend.repair.trail import new_edit

#: Confidence of a width change: the context rule is reliable in prose, and the change is easy to undo.
CONFIDENCE = 0.9
#: Passes until nothing changes: a converted mark is Chinese context for the next one (中,,文 or 中(甲),乙),
#: so one pass would leave work for a second call; every change keeps the length, so offsets stay valid.
MAX_PASSES = 4
#: Share of ASCII marks (in Chinese context, among all ，：？（）！； and their ASCII forms) from which a document
#: counts as flattened. Calibrated on the bench's clean Chinese pages: 53 of 161 have habitual ASCII marks, at
#: most half of their marks (one forum page: 9 of 18); the seed's flattened page has 134 of 134.
FLATTENED_SHARE = 0.6
#: The flag of the mirror fixer: spam mirrors flatten punctuation (see docs/damage.md).
MIRROR_FLAG = "mirror-spam"
_FULL_MARKS = "，：？（）！；"
#: Length from which a run of ``? !`` after Chinese is written punctuation in a flattened document (``???``,
#: ``!!!``); a ``?`` alone or doubled before Han or a mark is more often a character an encoder lost.
WRITTEN_RUN = 3
#: Longest parenthesised content considered (longer "parentheses" are usually unbalanced text, not a pair).
MAX_PAREN = 80

FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}

_CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\U00020000-\U0003134f"
_CLOSING_QUOTES = "”’"
#: Teaching pinyin: lower-case Latin letters with tone marks, syllables separated by spaces (of either width)
#: or apostrophes.
_PINYIN = re.compile("[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ' \u3000]+")
_HAN_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_HAN = re.compile(f"[{_HAN_KANA}]")
#: What may follow a ? or ! that ends a clause: not punctuation (認?， is a lost character), and for ? not a Han
#: character either (區域?雄安: encoders write ? for characters they cannot encode).
_CLAUSE_END = re.compile(f"[\\s{_CLOSING_QUOTES}\"')）」』》?!]|$")
_EXCLAMATION_END = re.compile(f"[\\s{_HAN_KANA}{_CLOSING_QUOTES}\"')）」』》?!]|$")
#: The nearest character that is not white space.
_SOLID = re.compile(r"\s*(\S)")


@lru_cache(maxsize=2)
def _pattern(prior: bool) -> re.Pattern[str]:
    """Candidates: runs of , ; : ? !, bracketed pairs on one line, and (``prior``) lone brackets; the context is
    checked in Python. Every branch starts with a literal character set, so the regex engine skips ahead in C
    between candidates. Without ``prior`` (the check for flattening, run on every text) lone brackets are not
    candidates at all, which keeps clean text fast."""
    lone = "|[()]" if prior else ""
    return re.compile(f"(?P<run>[,;:?!]+)|\\((?P<inside>[^()\\n]{{0,{MAX_PAREN}}})\\){lone}")


def fix(text: str, config: RepairConfig, flags: frozenset[str]) -> Pass:
    """One edit per converted character, kind ``"punctuation"``.

    >>> [e.after for e in fix("据悉,该计划(草案)已通过!", RepairConfig(), frozenset()).edits]
    ['，', '（', '）', '！']
    >>> fix("对(duì) at 16:37, see (1)", RepairConfig(), frozenset()).edits
    []
    """
    if not _CJK_CHAR.search(text) or not _flattened(text, flags):  # no Chinese context anywhere: one C scan
        return Pass()
    changed: dict[int, str] = {}
    for _ in range(MAX_PASSES):
        found = _scan(text, prior=True)
        if not found:
            break
        changed.update(found)
        chars = list(text)
        for i, ch in found.items():
            chars[i] = ch
        text = "".join(chars)
    edits = [new_edit((i, i + 1, ch, "punctuation", CONFIDENCE)) for i, ch in sorted(changed.items())]
    return Pass(edits, frozenset({"punctuation"}) if edits else frozenset())


def _flattened(text: str, flags: frozenset[str]) -> bool:
    """Was this document's punctuation flattened to ASCII (by a mirror or a converter)?

    Chinese writers mix in ASCII marks by habit (``(GDP)``, ``张三;李四``) while most of their marks stay
    full-width; flattening turns all of them. So: a known mirror, or prose (an ASCII comma in Chinese context)
    whose ASCII marks in Chinese context are at least :data:`FLATTENED_SHARE` of all such marks. Counted with
    the base rule only: the prior classes are decided by what flattened text looks like, so they cannot be
    evidence that a text was flattened.
    """
    if MIRROR_FLAG in flags:
        return True
    found = _scan(text, prior=False)
    if "，" not in found.values():
        return False  # no comma to restore: a list or a table (张三;李四), not flattened prose
    full = sum(text.count(ch) for ch in _FULL_MARKS)
    return len(found) >= FLATTENED_SHARE * (len(found) + full)


def _scan(text: str, prior: bool) -> dict[int, str]:
    """Offset -> full-width mark for every ASCII mark in Chinese context (one regex pass); ``prior`` adds the
    context classes of flattened documents (:func:`_prior_run`, :func:`_lone_paren`)."""
    found: dict[int, str] = {}
    for m in _pattern(prior).finditer(text):
        start, end = m.span()
        run, inside = m.group("run"), m.group("inside")
        if run is not None:  # a run of marks (中??? or 中,,文) changes as a whole
            if _chinese_run(text, start, end, run) or (prior and _prior_run(text, start, end, run)):
                found.update((i, FULL_WIDTH[text[i]]) for i in range(start, end))
            elif prior and (marks := _unknown_then(text, start, run)):
                found.update((i, FULL_WIDTH[text[i]]) for i in range(end - marks, end))
        elif inside is not None:
            if _chinese_parens(text, start, inside, prior):
                found[start], found[end - 1] = "（", "）"
        elif _lone_paren(text, start):
            found[start] = FULL_WIDTH[text[start]]
    return found


def _chinese_run(text: str, start: int, end: int, run: str) -> bool:
    """Is the run of ASCII marks ``text[start:end]`` Chinese punctuation that lost its width?"""
    if text[end:end + 1] == " ":
        return False  # "吗, 还有": typed in ASCII style by a person, not flattened
    if start and _chinese_before(text, start - 1):
        if run[-1] == "!":  # 好不好?! ends the clause whatever follows it
            return bool(_EXCLAMATION_END.match(text, end))
        if "?" in run:
            return bool(_CLAUSE_END.match(text, end))
        return True
    return not run.strip(",;") and bool(_HAN.match(text, end))


def _prior_run(text: str, start: int, end: int, run: str) -> bool:
    """The run classes Chinese text writes full-width, for a document known to be flattened. Counted on the 161
    clean Chinese truth bodies of the repair bench (79 simplified, 82 traditional), marks and neighbours
    width-folded as flattening leaves them; every class holds marks of several documents:

    * ``, ;`` right after ``%`` (``增长3.5%,达到``, ``5.2%;其中``): 64 full-width, 0 ASCII;
    * ``, ;`` that start a line (extraction put the words before them on a line of their own: ``名单⏎,2020年``):
      61 full-width, 0 ASCII;
    * ``:`` right before Han, whatever precedes it (``App:打开``, ``(hǎo):好``): 18 full-width,
      0 ASCII (the base rule wants Chinese before it, as ``16:37`` and ``http://`` have none after it);
    * ``,`` and a space between Han characters (``好了, 我们``): 6 full-width, 3 ASCII (the base rule reads it as
      typed in ASCII style);
    * ``, ;`` right after ``?`` that follows Chinese (``支持?,这``: an emoji or another character GBK cannot
      encode, or a ？, became ``?``): 9 full-width, 0 ASCII; only those marks change (see :func:`_unknown_then`);
    * a run of :data:`WRITTEN_RUN` or more ``? !`` after Chinese, whatever follows it (``第19号???财务``,
      ``我的天!!!**``, ``代码???</strong>``): 15 full-width, 0 ASCII in 6 documents. Such a run is written, not
      characters an encoder lost: in the mirror damage simulator 410 of 516 runs of three ``?`` were written marks
      (the mirror search reads them so too); where they were lost characters, ``？？？`` is no further from the
      original than ``???``.

    Classes with a split vote keep the base rule: ``(NBC)`` 4 ASCII against ``(LPR)`` 9 full-width, ``9:45``
    35 ASCII against 7, ``12,345`` 8 full-width but from one document. The marks flattening leaves alone
    (``。``/``.``, ``“”``/``"``, ``…``/``...``, ``——``/``--``) were tried as a document-convention signal and
    rejected: the simplified documents that put ASCII ``"``, ``.`` or ``...`` next to Han write 60 of 1,714
    (3.5%) of these marks ASCII, no more than the rest, and the documents with habitual ASCII marks show none.
    """
    before = text[start - 1] if start else ""
    if len(run) >= WRITTEN_RUN and not run.strip("?!"):
        return bool(start) and _chinese_before(text, start - 1)
    if before in ("%", "\n", "\r", ""):
        return not run.strip(",;")
    if run == ":":
        return bool(_HAN.match(text, end))
    return run == "," and text[end:end + 1] == " " and bool(_HAN.match(before)) and bool(_HAN.match(text, end + 1))


def _unknown_then(text: str, start: int, run: str) -> int:
    """How many ``, ;`` end the run ``run`` at ``start`` when it is ``?`` (characters an encoder could not write,
    left as they are) then those marks, after Chinese (a :func:`_prior_run` class); else 0."""
    marks = len(run) - len(run.lstrip("?"))
    tail = run[marks:]
    return len(tail) if marks and tail and not tail.strip(",;") and start and _chinese_before(text, start - 1) else 0


def _chinese_parens(text: str, start: int, inside: str, prior: bool) -> bool:
    """Is ``(inside)`` at ``start`` a pair of Chinese parentheses that lost their width? An empty pair only in
    a flattened document (``50元()我``: 2 full-width, 0 ASCII after Chinese; ``f()`` stays)."""
    after_chinese = bool(start) and _chinese_before(text, start - 1)
    if not inside:
        return prior and after_chinese
    if after_chinese and _PINYIN.fullmatch(inside) and not inside.isspace():
        return False  # 对(duì): teaching pinyin keeps its ASCII brackets
    return after_chinese or bool(_CJK_CHAR.search(inside))


def _lone_paren(text: str, start: int) -> bool:
    """A parenthesis with no partner on its line (extraction put the bracketed words on lines of their own:
    ``地区(⏎甲县⏎乙县⏎)``) is Chinese when the nearest characters on both sides, past spaces and line breaks, are
    Chinese: 20 full-width, 0 ASCII in the bench's truth bodies."""
    before = start - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    after = _SOLID.match(text, start + 1)
    return before >= 0 and _chinese_before(text, before) and bool(after and _CJK_CHAR.match(after.group(1)))


def _chinese_before(text: str, i: int) -> bool:
    """Does Chinese text end at ``text[i]``: a CJK character, or closing quotes right after one (``计划”(ITPP)``)?
    A quote closing Latin text is no Chinese context (Polish ``„Kultura”(2017)``, ``„bandycki”,``)."""
    while i >= 0 and text[i] in _CLOSING_QUOTES:
        i -= 1
    return i >= 0 and bool(_CJK_CHAR.match(text, i))
