"""Do no harm: genuine text in any script comes back from the mojibake fixer unchanged, with no fixes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmend.repair import repair

CASES = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "mojibake" / "negative_cases.json")
                   .read_text("utf-8"))

#: Alphabets of scripts whose letters GBK rows 4-8 or Latin-1 share with mojibake (Cyrillic, Greek, kana,
#: Latin-1 letters), plus others a multilingual corpus holds; drawn into word-shaped strings.
ALPHABETS = {
    "cyrillic": "абвгдежзийклмнопрстуфхцчшщъыьэюяё",
    "greek": "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώ",
    "greek-upper": "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ",
    "cyrillic-upper": "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЫЭЮЯ",
    "latin1": "abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿß",
    "arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "hebrew": "אבגדהוזחטיכלמנסעפצקרשת",
    "hangul": "가나다라마바사아자차카타파하서울시는",
}


def only_mojibake(text: str):  # type: ignore[no-untyped-def]
    return repair(text, mirror=False, script="keep", punctuation="keep")


@pytest.mark.parametrize("case", CASES, ids=[f"{n}-{c['lang']}" for n, c in enumerate(CASES)])
def test_genuine_text_is_unchanged(case: dict[str, str]) -> None:
    result = only_mojibake(case["text"])
    assert result.text == case["text"]
    assert not result.fixes and not {f for f in result.flags if f.startswith("mojibake")}


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """Words of one alphabet, as drawn or capitalised, some with a soft hyphen between two of their letters,
    with spaces, commas and no-break spaces between them."""
    alphabet = ALPHABETS[draw(st.sampled_from(sorted(ALPHABETS)))]
    words = draw(st.lists(st.text(alphabet, min_size=2, max_size=12), min_size=1, max_size=12))
    # Capitalised as writers do: one capital letter (Python upper-cases ß to "SS", which no text writes).
    words = [w[:1].upper() + w[1:] if draw(st.booleans()) and len(w[:1].upper()) == 1 else w for w in words]
    cuts = [draw(st.integers(0, len(w) - 1)) for w in words]
    words = [f"{w[:c]}\u00ad{w[c:]}" if c else w for w, c in zip(words, cuts, strict=True)]
    seps = draw(st.lists(st.sampled_from([" ", ", ", "\u00a0", ". "]), min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps, strict=True)).strip()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentences())
def test_random_non_cjk_text_is_unchanged(text: str) -> None:
    result = only_mojibake(text)
    assert result.text == text and not result.fixes


@pytest.mark.parametrize("text", ["Voilà\u00a0Ÿ", "Déjà\u00a0Ÿour"])
def test_a_mark_of_another_script_is_no_repair(text: str) -> None:
    """``à\\xa0Ÿ`` read back as UTF-8 is U+081F, a Samaritan vowel sign: sitting on Latin letters it is no
    writing, so the cp1252 reading stays (found by the hypothesis test above)."""
    result = only_mojibake(text)
    assert result.text == text and not result.fixes
