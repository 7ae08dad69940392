"""decode(): the fallback chain on real encodings, contrary declarations and garbage."""

from __future__ import annotations

import codecs
import gzip

from hypothesis import given
from hypothesis import strategies as st

from newsmend.decode import codec_for, declared_charset, decode

ZH = "据悉，该计划已得到日本和北约官员的确认，参与协调的国家驻日大使还声称此举将加强合作。"
ZH_HANT = "據悉，該計劃已得到日本和北約官員的確認，參與協調的國家駐日大使還聲稱此舉將加強合作。"


def page(body: str, charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}<title>t</title></head><body><p>{body}</p></body></html>"


def test_utf8_page_declaring_gb2312_is_utf8_with_flag() -> None:
    d = decode(page(ZH, "gb2312").encode("utf-8"))
    assert d.encoding == "utf-8"
    assert ZH in d.text
    assert "charset-mismatch" in d.flags


def test_gbk_bytes_declared_gb2312_decode_as_gb18030() -> None:
    # 镕 and 啰 are outside GB2312 but inside GBK: a strict gb2312 decoder would lose them
    text = ZH + "朱镕基啰嗦"
    d = decode(page(text, "gb2312").encode("gbk"))
    assert d.encoding == "gb18030"
    assert d.method == "declared"
    assert text in d.text
    assert not d.flags


def test_undeclared_legacy_encodings_are_detected() -> None:
    for text, enc in ((ZH, "gbk"), (ZH_HANT, "big5"), ("Größere Übungen für Mädchen wären schön.", "cp1252")):
        d = decode(page(text, None).encode(enc))
        assert text in d.text, (enc, d)


def test_wrong_latin1_declaration_over_gbk_bytes_is_rejected() -> None:
    d = decode(page(ZH * 3, "iso-8859-1").encode("gbk"))
    assert ZH in d.text
    assert d.method != "declared"


def test_boms_win() -> None:
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")):
        d = decode(bom + page(ZH, "gbk").encode(enc))
        assert d.method == "bom"
        assert ZH in d.text


def test_a_few_stray_bytes_in_declared_utf8_are_tolerated() -> None:
    raw = page(ZH, "utf-8").encode("utf-8").replace(b"<title>t", b"<title>K\xfcche")
    d = decode(raw)
    assert d.encoding == "utf-8"
    assert ZH in d.text
    assert "lossy-decode" in d.flags


def test_declarations_found_and_widened() -> None:
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=GBK">') == "GBK"
    assert declared_charset(b"<?xml version='1.0' encoding='big5'?><html>") == "big5"
    assert declared_charset(b"<p>no declaration</p>") is None
    assert codec_for("gb2312") == "gb18030"
    assert codec_for("ISO-8859-1") == "cp1252"
    assert codec_for("no-such-charset") is None


def test_http_declaration_outranks_page() -> None:
    raw = page(ZH_HANT, "gbk").encode("big5")
    assert ZH_HANT in decode(raw, declared="big5").text


def test_gzip_body_is_inflated_up_to_the_limit() -> None:
    raw = page(ZH, "gbk").encode("gbk")
    d = decode(gzip.compress(raw))
    assert ZH in d.text and "decompressed" in d.flags and "truncated" not in d.flags
    cut = decode(gzip.compress(raw * 50), max_bytes=len(raw))
    assert cut.text.count(ZH) == 1 and {"decompressed", "truncated"} <= cut.flags


def test_binary_data_is_flagged_but_text_with_a_stray_control_is_not() -> None:
    png_like = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    assert "binary" in decode(png_like).flags
    assert "binary" not in decode(page(ZH, "gbk").encode("gbk") + b"\x00").flags


@given(st.binary(max_size=2000))
def test_never_raises_on_random_bytes(raw: bytes) -> None:
    d = decode(raw)
    assert isinstance(d.text, str)
    assert 0.0 <= d.confidence <= 1.0


def test_utf8_bytes_are_kept_only_when_the_text_is_their_exact_decoding() -> None:
    page = "<p>据悉，该计划已得到确认。</p>"
    assert decode(page.encode("utf-8")).utf8 == page.encode("utf-8")
    assert decode(b"<p>plain ASCII</p>").utf8 == b"<p>plain ASCII</p>"
    assert decode(gzip.compress(page.encode("utf-8"))).utf8 == page.encode("utf-8")  # the inflated bytes
    assert decode(page.encode("gbk")).utf8 is None
    assert decode(codecs.BOM_UTF8 + page.encode("utf-8")).utf8 is None  # the text leaves the mark out
