"""How plausible a string is as real text, character by character: the judge between a span and its re-decoding.

A re-decoding replaces a span by a string of a different length made of different characters, so the word-level
language model (:mod:`newsmend.repair.lm`) cannot compare them; a sum of per-character log-frequencies can. Han,
kana and Hangul characters score their wordfreq Chinese frequency (wordfreq maps traditional characters onto
simplified counts, so genuine traditional text is not penalised; jieba's dictionary is not used here because it
holds mojibake characters such as 涓 with high counts). Other characters score by Unicode category. Scores are
log10 units (Zipf - 9): 的 -1.2, 参 -4.4, 涓 -6, an unknown character -9, junk (controls, U+FFFD, private use) -12.
"""

from __future__ import annotations

import importlib.util
import itertools
import logging
import math
import re
import sys
import unicodedata
from array import array
from bisect import bisect_left
from collections import Counter
from functools import cache, lru_cache
from pathlib import Path

from newsmend.repair.convert import CHAR_MEMO, memoised
from newsmend.repair.model_cache import cached, wordfreq_chinese_files

#: Zipf frequency -> log10 probability per character (wordfreq's Zipf scale is log10 per billion words).
_ZIPF_OFFSET = 9.0
#: Score of a Han/kana/Hangul character wordfreq has never seen.
UNSEEN = -9.0
#: Controls, U+FFFD, private-use and unassigned characters: never wanted in repaired text (format characters
#: such as the soft hyphen are real text: they score as symbols).
JUNK = -12.0
#: Latin-1 letters and signs: legitimate in European names, but the stuff of Latin-1/cp1252 mojibake.
LATIN1 = -6.0
#: Other letters (Greek, Cyrillic, Latin Extended): plausible in their own texts, rare in Chinese news.
OTHER_LETTER = -7.0
#: The punctuation of Chinese prose (full-width marks, quotes, ellipsis, dash, middle dot): as plausible as a
#: common character. Needed to tell 。 from the other characters of U+3000-U+303F when a hole hides its bytes.
#: Most frequent first: each later mark scores a hair lower, so an undecidable hole prefers 。 to 、.
COMMON_PUNCTUATION = "，。、“”：；？！（）《》…—·‘’「」『』【】〈〉"
CJK_PUNCTUATION = -2.0
_PUNCTUATION_STEP = 0.01
#: Other punctuation and symbols of the blocks Chinese text uses (general punctuation, CJK symbols, full-width
#: forms: ※, 〃, ＠ ...).
OTHER_SYMBOL = -5.0
#: Symbols from anywhere else (braille, box drawing, dingbats, math): what a wrong decoding often produces.
RARE_SYMBOL = -8.0
#: ASCII letters and digits: free when they stay, but a re-decoding that turns a Han character into one must
#: pay for it (GBK trail bytes 0x40-0x7E are ASCII).
ASCII_ALNUM = -3.0
_TEXT_SYMBOL_BLOCKS = ((" ", "⁯"), ("　", "〿"), ("＀", "￯"))

_JUNK_CATEGORIES = frozenset({"Cc", "Co", "Cs", "Cn"})
_WIDE_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")


@lru_cache(maxsize=1)
def _wide_zipf() -> dict[str, float]:
    """wordfreq's Chinese Zipf frequency of every Han, kana and Hangul letter it has seen (12,872). Asking
    wordfreq itself costs its import and its Chinese word list (0.3 s), paid by the first page any process meets
    whose text the mojibake stage looks into, so the answers are derived once per machine
    (:func:`~newsmend.repair.model_cache.cached`, keyed on wordfreq's Chinese files) and loaded in milliseconds."""
    return cached("wordfreq-wide-letters", _wide_letter_frequencies, (Path(__file__), *wordfreq_chinese_files()))


def _wide_letter_frequencies() -> dict[str, float]:
    """:func:`_wide_zipf`'s table: every letter of the wide scripts in Unicode, asked of wordfreq (which loads
    jieba; its start-up chatter silenced), kept where the frequency is not 0."""
    import jieba
    import wordfreq

    jieba.setLogLevel(logging.WARNING)
    letters = map(chr, range(sys.maxunicode + 1))
    wide = (ch for ch in letters if unicodedata.category(ch).startswith("L") and _is_wide_letter(ch))
    return {ch: zipf for ch in wide if (zipf := wordfreq.zipf_frequency(ch, "zh"))}


def _is_wide_letter(ch: str) -> bool:
    """Whether the letter ``ch`` is Han, kana or Hangul (its Unicode name says so)."""
    return unicodedata.name(ch, "").startswith(_WIDE_SCRIPTS)


#: :func:`char_score`, :func:`script_of` and :func:`_is_mark` keep their answers for as many characters as the
#: character-level conversions (:data:`~newsmend.repair.convert.CHAR_MEMO`): the speed benchmark's damaged rows ask
#: about 8k-23k distinct characters.
@memoised(CHAR_MEMO)
def char_score(ch: str) -> float:
    """log10-like plausibility of one character in (mostly Chinese) text; kept per character (the lossy rows ask
    1.5-1.8 million times: a :class:`~newsmend.repair.convert.Memo`'s lookup, called in C)."""
    if ch < "\x80":
        return ASCII_ALNUM if ch.isalnum() else 0.0 if ch.isprintable() or ch in "\t\n\r" else JUNK
    category = unicodedata.category(ch)
    if ch == "\ufffd" or category in _JUNK_CATEGORIES:
        return JUNK
    if ch in COMMON_PUNCTUATION:
        return CJK_PUNCTUATION - _PUNCTUATION_STEP * COMMON_PUNCTUATION.index(ch)
    if category.startswith("Z"):
        return LATIN1 if ch == "\xa0" else OTHER_SYMBOL
    if ch <= "\xff":
        return LATIN1
    if category.startswith("L") and _is_wide_letter(ch):
        zipf = _wide_zipf().get(ch)
        return max(zipf - _ZIPF_OFFSET, UNSEEN) if zipf else UNSEEN
    if category.startswith("L"):
        return OTHER_LETTER
    return OTHER_SYMBOL if any(lo <= ch <= hi for lo, hi in _TEXT_SYMBOL_BLOCKS) else RARE_SYMBOL


def text_score(text: str) -> float:
    """Sum of :func:`char_score` over ``text`` (higher is more plausible)."""
    return sum(map(char_score, text))


#: The wordfreq languages written in each script whose text GBK/Big5 or Latin-1 mojibake can resemble (wordfreq
#: has no Thai or Devanagari word lists; those scripts are never marks of any mojibake family anyway).
SCRIPT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "LATIN": ("fr", "de", "es", "pt", "it", "nl", "pl", "cs", "sk", "sl", "sh", "hu", "ro", "tr", "vi", "sv",
              "da", "nb", "fi", "is", "lt", "lv", "ca", "en", "id", "ms", "fil"),
    "CYRILLIC": ("ru", "uk", "bg", "mk", "sh"),
    "GREEK": ("el",),
    "ARABIC": ("ar", "fa", "ur"),
    "HEBREW": ("he",),
    "KANA": ("ja",),
    "HANGUL": ("ko",),
}
#: Scripts written without spaces between words: a run is segmented into dictionary words.
_UNSPACED = frozenset({"KANA", "HANGUL"})
#: Longest word tried when segmenting an unspaced run (Japanese kana words rarely exceed 8 characters).
MAX_SEGMENT = 8
#: Score of a well-formed word of a spaced script no word list knows (a name): one Latin-1 letter's worth, so
#: a ten-letter Greek surname is not a string of ten rare letters, and a short word of Latin-1 letters (ßß) is
#: not beaten by the one rare hanzi its bytes make in GBK (哌, -5.3; calibrated on the negative hypothesis test).
UNKNOWN_WORD = LATIN1
#: ... and of such a word that mixes ASCII and other Latin letters: as plausible as a rare word (Zipf 5), so
#: that no one- or two-character Han re-decoding beats it (calibrated on the negative hypothesis test, where
#: "ßb" read as GBK is 遙, -5.3).
MIXED_WORD = -4.0
_NBSP_BY_ASCII = re.compile("(?<=[ -~])\u00a0|\u00a0(?=[ -~])")
#: Word characters besides letters and marks: the soft hyphen only hints a line break inside a word.
_IN_WORD = "\u00ad"


@memoised(CHAR_MEMO)
def script_of(ch: str) -> str | None:
    """The script of a letter (``"LATIN"``, ``"CYRILLIC"``, ``"KANA"``, ``"HAN"`` ...), None for other characters;
    the first word of its Unicode name is its script for every letter newsmend meets."""
    if not unicodedata.category(ch).startswith("L"):
        return None
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    if first in ("HIRAGANA", "KATAKANA") or name == "KATAKANA-HIRAGANA PROLONGED SOUND MARK":
        return "KANA"
    return "HAN" if first == "CJK" else first or None


class WordTable:
    """A script's merged word list, looked up by binary search over its sorted words, kept as one string with
    their offsets and frequencies as packed arrays: loading is one :mod:`marshal` read, where building a dict of
    the 313k Latin words cost 0.1-0.2 s per script and process. A process looks up few words (3,115 lookups over
    the 798 dev pages, about 20 string comparisons each)."""

    def __init__(self, text: str, starts: bytes, freqs: bytes) -> None:
        self._text = text  # the words, sorted by code point, each followed by "\n"
        self._starts = array("I", starts)  # where each word starts, and the text's end last
        self._freqs = array("d", freqs)

    def __len__(self) -> int:
        return len(self._freqs)

    def _word(self, index: int) -> str:
        return self._text[self._starts[index] : self._starts[index + 1] - 1]

    def get(self, word: str) -> float | None:
        """The word's frequency, None if the list does not hold it."""
        index = bisect_left(range(len(self)), word, key=self._word)
        return self._freqs[index] if index < len(self) and self._word(index) == word else None


@cache
def _word_frequencies(script: str) -> WordTable:
    """Word -> best frequency over the script's languages (wordfreq's small lists: words above ~1 per million),
    loaded once per process on the first span that needs it. Merging the lists costs 0.8 s for the 27 Latin
    languages, paid by every CLI call and worker that meets European text, so the merged table is derived once
    per machine (:func:`~newsmend.repair.model_cache.cached`) and loaded as a :class:`WordTable` in milliseconds.
    wordfreq itself (0.2 s to import) is imported only to build the table: its files are found without running
    it."""
    spec = importlib.util.find_spec("wordfreq")
    data = Path(spec.origin).with_name("data") if spec and spec.origin else Path()
    lists = [data / f"small_{lang}.msgpack.gz" for lang in SCRIPT_LANGUAGES[script]]
    parts = cached(f"wordfreq-{script.lower()}", lambda: _merged_frequencies(script), (Path(__file__), *lists))
    return WordTable(*parts)


def _merged_frequencies(script: str) -> tuple[str, bytes, bytes]:
    """:class:`WordTable`'s parts for a script's lists merged. ASCII words are left out: mojibake always cuts into
    a non-ASCII one, and ASCII names earn :data:`UNKNOWN_WORD` anyway."""
    import wordfreq

    merged: dict[str, float] = {}
    for lang in SCRIPT_LANGUAGES[script]:
        for word, freq in wordfreq.get_frequency_dict(lang, wordlist="small").items():
            if not word.isascii() and "\n" not in word and freq > merged.get(word, 0.0):
                merged[word] = freq
    words = sorted(merged)
    starts = array("I", itertools.accumulate((len(word) + 1 for word in words), initial=0))
    freqs = array("d", [merged[word] for word in words])
    return "".join(f"{word}\n" for word in words), starts.tobytes(), freqs.tobytes()


def _word_score(word: str, script: str) -> float | None:
    """log10 frequency of a whole word in the languages of its script, None if no language knows it."""
    freq = _word_frequencies(script).get(unicodedata.normalize("NFC", word.replace(_IN_WORD, "")).lower())
    return math.log10(freq) if freq else None


def _segment_score(run: str, script: str) -> float:
    """Best segmentation of an unspaced run into dictionary words (unknown characters at their Chinese score)."""
    best = [0.0] + [-math.inf] * len(run)
    for end in range(1, len(run) + 1):
        best[end] = best[end - 1] + char_score(run[end - 1])
        for start in range(max(0, end - MAX_SEGMENT), end):
            score = _word_score(run[start:end], script)
            if score is not None:
                best[end] = max(best[end], best[start] + score)
    return best[-1]


def _runs(text: str) -> list[tuple[str, str | None]]:
    """``text`` cut into runs of letters of one script (its combining marks and soft hyphens stay inside) and runs of
    other characters (script None). Grouped by :func:`itertools.groupby` (a C loop: this runs over whole widened
    windows); only the marks right after a run of letters are looked at one by one."""
    texts: list[str] = []
    scripts: list[str | None] = []  # the script of each run of texts
    for script, group in itertools.groupby(text, script_of):
        if script is not None:
            if scripts and scripts[-1] == script:  # the same script again after a mark that joined the run
                texts[-1] += "".join(group)
            else:
                texts.append("".join(group))
                scripts.append(script)
            continue
        chars, joined = "".join(group), 0
        last = scripts[-1] if scripts else None
        if last:  # marks right after letters continue their run
            while joined < len(chars) and (chars[joined] == _IN_WORD or _marks_script(chars[joined], last)):
                joined += 1
            texts[-1] += chars[:joined]
        if joined < len(chars):
            texts.append(chars[joined:])
            scripts.append(None)
    return list(zip(texts, scripts, strict=True))


@memoised(CHAR_MEMO)
def _is_mark(ch: str) -> bool:
    """A combining mark (Unicode category M*)."""
    return unicodedata.category(ch).startswith("M")


@cache
def _marks_script(ch: str, script: str) -> bool:
    """Whether ``ch`` is a combining mark that can sit on letters of ``script``: a generic one (``COMBINING ACUTE
    ACCENT``, used by every script) or one of that script's own (``DEVANAGARI VOWEL SIGN AA``). A Samaritan vowel
    sign after Latin letters is what UTF-8 bytes read as cp1252 make (``à\xa0Ÿ`` → U+081F), never writing."""
    if not _is_mark(ch):
        return False
    first = unicodedata.name(ch, "").split(" ", 1)[0]
    return first == "COMBINING" or first == script or (script == "KANA" and first in ("HIRAGANA", "KATAKANA"))


def own_script_score(text: str) -> float:
    """Plausibility of ``text`` as real text in whatever scripts it is written in: each run of letters scores the
    better of its Chinese per-character score and its word frequency in the languages of its script.

    :func:`text_score` alone judges everything as Chinese, where a Russian word is a string of rare letters and
    any Han re-decoding of it looks better; a word its own languages know is plausible as it stands. A spaced
    script's run earns the word credit only as a whole word (letters of another script right next to it, as in
    mojibake that interleaves kana, Greek and Cyrillic with hanzi, do not make a word; a Latin letter does: Latin
    look-alikes typed into Cyrillic or Greek words are common, and no CJK mojibake makes ASCII letters; and a Latin
    word stays a word next to hanzi, as in Chinese text that quotes English). Everything else (Han, other
    characters) scores as Chinese, summed in one call; a combining mark with no letter of its script to sit on is
    junk (only a wrong decoding makes one).
    """
    runs = _runs(_spaces(text))
    plain = "".join([run for run, script in runs if script not in SCRIPT_LANGUAGES])
    loose = "".join([run for run, script in runs if script is None])
    total = text_score(plain) + sum(JUNK - char_score(ch) for ch in loose if _is_mark(ch))
    for n, (run, script) in enumerate(runs):
        if script not in SCRIPT_LANGUAGES:
            continue
        touches = script not in _UNSPACED and script != "LATIN" and any(
            0 <= m < len(runs) and runs[m][1] not in (None, script, "LATIN") for m in (n - 1, n + 1))
        total += _run_score(run, script, touches)
    return total


@lru_cache(maxsize=65536)
def _run_score(run: str, script: str, touches: bool) -> float:
    """One run of letters of a script with word lists, as :func:`own_script_score` scores it; cached because
    mojibake repeats its runs (the same few hundred byte pairs make every Latin-1 word of a GBK text).
    ``touches``: letters of another non-Latin script sit right next to the run, so it is no whole word."""
    chinese = text_score(run)
    if script in _UNSPACED:
        return max(chinese, _segment_score(run, script))
    word = None if touches else _word_score(run, script)
    if word is None and not touches and _well_formed(run):
        word = MIXED_WORD if script == "LATIN" and _mixes_ascii(run) else UNKNOWN_WORD
    return chinese if word is None else max(chinese, word)


def own_script_bounds(text: str) -> tuple[float, float]:
    """A floor and a ceiling of :func:`own_script_score` of ``text``, from per-character scores alone: cheap on
    a whole page of Latin-1 mojibake, where cutting into runs and looking up each run is not (the caller skips
    the exact score when the bounds already decide).

    Every term of the exact score is at most 0 (character scores, ``log10`` of a frequency, :data:`UNKNOWN_WORD`,
    :data:`MIXED_WORD`). Floor: a run of letters scores at least its Chinese score, so the exact score is at
    least the Chinese score of all of ``text`` plus the junk penalty of every combining mark (only the marks
    with no letter before them pay it; each payment is at most 0). Ceiling: characters that are neither letters,
    combining marks nor the soft hyphen always land in the runs of other characters and score as Chinese there,
    and so do letters of a script without word lists (Han: :data:`SCRIPT_LANGUAGES`), in runs of their own script;
    leaving every other (non-positive) term out can only raise the sum. Counted per distinct character. (Without
    the Han letters, the ceiling of UTF-8 read as GBK is its punctuation alone, and the exact scores were computed
    for every re-decoding of it.)"""
    floor = ceiling = 0.0
    for ch, count in Counter(_spaces(text)).items():
        score = char_score(ch)
        if _is_mark(ch):
            floor += JUNK * count
            continue
        floor += score * count
        if ch != _IN_WORD and script_of(ch) not in SCRIPT_LANGUAGES:
            ceiling += score * count
    return floor, ceiling


def _well_formed(word: str) -> bool:
    """A word as writers case it (lower, UPPER or Title), at least two letters: a name the word lists miss.
    Mojibake mixes cases at random (ÄãºÃ)."""
    letters = word.replace(_IN_WORD, "")
    return len(letters) >= 2 and (letters.islower() or letters.isupper() or letters.istitle())


def _mixes_ascii(word: str) -> bool:
    """ASCII and non-ASCII letters in one word (Straße, Müller): European spelling. GBK read as Latin-1 makes
    words of high bytes only (both bytes of a GB2312 character are 0xA1 or above)."""
    return any(ch.isascii() for ch in word) and not word.isascii()


def _spaces(text: str) -> str:
    """No-break spaces next to ASCII are the spaces of European typography (12,50 €, « oui »), not byte 0xA0."""
    return _NBSP_BY_ASCII.sub(" ", text)
