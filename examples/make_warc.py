"""Build the example archives from the pages in ``examples/pages/``, byte for byte the same on every run.

    python examples/make_warc.py

writes ``examples/crawl.warc.gz`` (a warcinfo record, then per page an HTTP request and response record, plus
one non-HTML response that readers must skip; each record its own gzip member, as crawlers write them) and
``examples/texts.jsonl.gz`` (WET-style text documents: the pages' visible text, the way Common Crawl's WET
files and FineWeb-like corpora carry it, plus the damaged seed text). Record ids, dates and gzip headers are
fixed, so the committed files only change when the pages do.
"""

from __future__ import annotations

import gzip
import io
import json
import uuid
from pathlib import Path

import charset_normalizer
from fastwarc.warc import WarcRecord, WarcRecordType
from selectolax.lexbor import LexborHTMLParser

HERE = Path(__file__).parent
DATE = "2024-05-01T00:00:00Z"

#: The page files put in the archive and the URL each was crawled from (per the dev set's labels).
ARCHIVED = {
    "zh-gb2312-t0511.html": ("https://web.archive.org/web/20120611024252/http://www.he.xin",
                             "text/html; charset=gb2312"),
    "zh-chinese_article_002.html": ("http://www.news.cn/fortune/2023-11/17/c_1129981476.htm", "text/html"),
    "en-cp1252-t0395.html": ("https://wordsmith.org/words/maudlin.html", "text/html"),
    "ja-article-452b8128babdcbc5.html": ("https://jp.theorychina.org.cn/c/2023-08-14/1478499.shtml",
                                         "text/html; charset=utf-8"),
}


def _record(kind: WarcRecordType, url: str | None, content_type: str, content: bytes) -> bytes:
    """One WARC record, gzip-compressed on its own, with an id derived from its URL and kind."""
    record = WarcRecord()
    urn = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{kind}:{url}")).encode()
    record.init_headers(record_type=kind, record_urn=urn)
    record.headers["WARC-Date"] = DATE
    if url:
        record.headers["WARC-Target-URI"] = url
    record.headers["Content-Type"] = content_type
    record.set_bytes_content(content)
    raw = io.BytesIO()
    record.write(raw, checksum_data=True)
    return gzip.compress(raw.getvalue(), mtime=0)


def _http_response(content_type: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body


def build_warc(path: Path) -> None:
    members = [_record(WarcRecordType.warcinfo, None, "application/warc-fields",
                       b"software: newsmend examples/make_warc.py\r\nformat: WARC File Format 1.1\r\n")]
    for name, (url, content_type) in ARCHIVED.items():
        request = f"GET / HTTP/1.1\r\nHost: {url.split('/')[2]}\r\n\r\n".encode("ascii")
        members.append(_record(WarcRecordType.request, url, "application/http; msgtype=request", request))
        body = (HERE / "pages" / name).read_bytes()
        members.append(_record(WarcRecordType.response, url, "application/http; msgtype=response",
                               _http_response(content_type, body)))
    robots = _http_response("text/plain", b"User-agent: *\nDisallow:\n")
    members.append(_record(WarcRecordType.response, "https://wordsmith.org/robots.txt",
                           "application/http; msgtype=response", robots))
    path.write_bytes(b"".join(members))


def build_texts(path: Path) -> None:
    rows = []
    for name, (url, _) in ARCHIVED.items():
        raw = (HERE / "pages" / name).read_bytes()
        tree = LexborHTMLParser(str(charset_normalizer.from_bytes(raw).best()))
        for node in tree.css("script, style, noscript"):
            node.decompose()
        lines = (tree.body.text(separator="\n") if tree.body else "").splitlines()
        text = "\n".join(line.strip() for line in lines if line.strip())
        rows.append({"id": f"wet-{Path(name).stem}", "url": url, "text": text})
    seed = next(HERE.glob("seed-*.txt"))
    rows.append({"id": f"wet-{seed.stem}", "url": None, "text": seed.read_text(encoding="utf-8")})
    payload = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")
    path.write_bytes(gzip.compress(payload, mtime=0))


if __name__ == "__main__":
    build_warc(HERE / "crawl.warc.gz")
    build_texts(HERE / "texts.jsonl.gz")
