"""Language and script of an article, from character counts: fast, no model.

Han without kana is Chinese; kana makes it Japanese, Hangul Korean. Simplified versus traditional Chinese is
decided by OpenCC: characters that its traditional-to-simplified table changes are traditional, those that the
simplified-to-traditional table changes are simplified. Latin-script text takes the page's declared
language when it has one, unless another language's function words outnumber its own several times over, else the
language whose function words it uses most.

>>> detect_language("市政府宣布启动老旧小区改造计划，首批涉及十二个街区。")
('zh', 'Hans')
>>> detect_language("The alliance plans to open an office in Tokyo, officials said.")
('en', 'Latn')
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import islice

from newsmend.repair.convert import converter

#: Characters looked at: enough for a stable vote, and keeps detection well under a millisecond.
SAMPLE_CHARS = 3000
#: Han characters converted to tell simplified from traditional (OpenCC costs several µs a character;
#: 150 characters hold dozens of script-specific ones on every dev page, a clear majority).
SCRIPT_SAMPLE_HAN = 150
#: Share of kana among Han+kana above which CJK text is Japanese (Chinese text has none; Japanese news ~30%+).
KANA_SHARE_JA = 0.05
#: Share of Han+kana among letters above which a page is CJK (Chinese pages quote Latin names and acronyms).
CJK_MIN_SHARE = 0.3
#: Function-word hits needed before a Latin-script language is named from the text alone.
MIN_FUNCTION_WORDS = 3
#: How many times the declared language's function-word hits another language's must reach for the text to
#: overrule the page's ``lang``: a bilingual site's template declares one language on every page (a German law
#: blog's English posts under ``<html lang="de">``: 144 English hits to 2 German ones in its 2019 editorial,
#: twenty-first audit), while a page in its declared language quotes another only in passing.
DECLARED_OVERRULED_RATIO = 4
#: Distinct function words the overruling language must use: running text uses many, while placeholder Latin
#: (``Lorem ipsum dolor sit amet … et …``) repeats one French-looking ``et`` (two readability test pages declared
#: ``en`` read as French without this).
OVERRULING_MIN_DISTINCT = 3

#: Character classes of the scripts told apart, each counted with one C-level pass (:data:`_OUTSIDE_RES`).
_SCRIPT_CLASSES = {
    "Hani": "\u3400-\u9fff\uf900-\ufaff",
    "Kana": "\u3040-\u30ff",
    "Hang": "\uac00-\ud7af\u1100-\u11ff",
    "Latn": "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f",
    "Cyrl": "\u0400-\u04ff",
    "Arab": "\u0600-\u06ff",
    "Hebr": "\u0590-\u05ff",
    "Grek": "\u0370-\u03ff",
    "Thai": "\u0e00-\u0e7f",
    "Deva": "\u0900-\u097f",
    "Beng": "\u0980-\u09ff",
    "Armn": "\u0530-\u058f",
    "Geor": "\u10a0-\u10ff",
}
_HAN_RE = re.compile(f"[{_SCRIPT_CLASSES['Hani']}]")
#: The runs of characters outside each script: deleting them leaves the script's characters, counted by the
#: length left. Runs are fewer than characters, so this is cheaper than finding each character (a ``findall``):
#: the script counts of the 798 dev bodies 40% faster.
_OUTSIDE_RES = {name: re.compile(f"[^{chars}]+") for name, chars in _SCRIPT_CLASSES.items()}
#: The scripts nearly every page holds; the others are counted only when one scan finds any of them (95% of the
#: bench pages' texts have none, and skipping their scans made the count a third cheaper when they were eight; they
#: are eleven since Bengali, Armenian and Georgian joined).
_COMMON_SCRIPTS = ("Hani", "Latn")
_RARE_RE = re.compile(f"[{''.join(chars for name, chars in _SCRIPT_CLASSES.items() if name not in _COMMON_SCRIPTS)}]")
#: The language a page written mostly in one of the other scripts is read as (its script's most used one).
_SCRIPT_LANG = {
    "Cyrl": "ru",
    "Arab": "ar",
    "Hebr": "he",
    "Grek": "el",
    "Thai": "th",
    "Deva": "hi",
    "Hang": "ko",
    "Beng": "bn",
    "Armn": "hy",
    "Geor": "ka",
}
#: Frequent function words per language, space-separated (split once per process).
FUNCTION_WORDS = {
    "en": "the and of to in is that for with was on are as by from this have it be",
    "de": "der die und das ist nicht mit den von zu sich des auf für ein eine dem im auch",
    "fr": "le la les et des est une dans du pour que qui pas sur au avec ce sont",
    "es": "el la los las y que del en por una con para es se como más al",
    "pt": "o os as e que do da em um uma para com não por dos das se mais",
    "it": "il la di che e per un una sono del della con non gli le nel",
    "nl": "de het een en van is dat op te in voor niet met zijn ook",
}
_FUNCTION_WORD_LISTS = {lang: vocab.split() for lang, vocab in FUNCTION_WORDS.items()}
_WORD_RE = re.compile(r"[^\W\d_]+")
_LANG_TAG_RE = re.compile(r"^([a-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|\d{3}))?$")


def script_counts(text: str) -> Counter[str]:
    sample = text[:SAMPLE_CHARS]
    scripts = _SCRIPT_CLASSES if _RARE_RE.search(sample) else _COMMON_SCRIPTS
    return Counter({name: n for name in scripts if (n := len(_OUTSIDE_RES[name].sub("", sample)))})


def chinese_script(text: str) -> str:
    """``Hant`` when more characters are traditional-only than simplified-only, else ``Hans``."""
    han = _HAN_RE.finditer(text[:SAMPLE_CHARS])  # read up to the sample's last Han character only
    sample = "".join(m.group() for m in islice(han, SCRIPT_SAMPLE_HAN))
    t2s, s2t = converter("t2s"), converter("s2t")
    simplified = t2s.convert(sample)
    traditional = s2t.convert(sample)
    if len(simplified) != len(sample) or len(traditional) != len(sample):  # phrase tables may change length
        return "Hans"
    trad = sum(a != b for a, b in zip(sample, simplified, strict=True))
    simp = sum(a != b for a, b in zip(sample, traditional, strict=True))
    return "Hant" if trad > simp else "Hans"


def detect_language(text: str, declared: str | None = None) -> tuple[str | None, str | None]:
    """(language, script) of ``text`` as BCP 47 subtags; ``declared`` is the page's own ``lang`` if any."""
    counts = script_counts(unicodedata.normalize("NFC", text[:SAMPLE_CHARS]))
    if not counts:
        return None, None
    han, kana = counts["Hani"], counts["Kana"]
    main = counts.most_common(1)[0][0]
    if han + kana >= CJK_MIN_SHARE * counts.total() and han + kana > counts["Hang"]:
        if kana > KANA_SHARE_JA * (han + kana):
            return "ja", "Jpan"
        return "zh", chinese_script(text)
    if main == "Latn":
        return _latin_language(text, _declared_language(declared)), "Latn"
    if main == "Hang":
        return "ko", "Kore"
    return _SCRIPT_LANG.get(main, _declared_language(declared)), main


def _declared_language(tag: str | None) -> str | None:
    m = _LANG_TAG_RE.match((tag or "").strip().lower())
    return m.group(1) if m else None


def _latin_language(text: str, declared: str | None) -> str | None:
    """The page's ``declared`` language, unless its function words are :data:`DECLARED_OVERRULED_RATIO` times
    rarer in ``text`` than another's, of which it uses :data:`OVERRULING_MIN_DISTINCT` different ones (a template's
    ``lang`` over a post in another language); undeclared, the language whose function words ``text`` uses most. A
    declared language without a word list stays."""
    words = Counter(map(str.lower, _WORD_RE.findall(text[:SAMPLE_CHARS])))
    scores = {lang: sum(map(words.__getitem__, vocab)) for lang, vocab in _FUNCTION_WORD_LISTS.items()}
    lang, hits = max(scores.items(), key=lambda kv: kv[1])
    named = lang if hits >= MIN_FUNCTION_WORDS else None
    if declared is None or declared not in scores:
        return declared or named
    varied = named is not None and sum(words[w] > 0 for w in _FUNCTION_WORD_LISTS[named]) >= OVERRULING_MIN_DISTINCT
    return named if varied and hits >= DECLARED_OVERRULED_RATIO * max(scores[declared], 1) else declared
