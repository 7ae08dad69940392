"""The charset of a page's HTTP response reaches the decoder, in a run and in the Ray Data step."""

from __future__ import annotations

import pyarrow as pa

from newsmend.pipeline.documents import Document
from newsmend.pipeline.steps import StepOptions, load_extractor, process_document
from newsmend.ray import Extract

#: Latin-1 bytes, which ISO-8859-15 reads the same: only the header can say it is ISO-8859-15 (the detector
#: reads Windows-1252).
PAGE = ("<html><body><article><p>Le café est servi au comptoir, dit-on à Paris, où la clientèle préfère "
        "l'espresso.</p></article></body></html>").encode("latin-1")


def _encoding(doc: Document, **options: object) -> str:
    outcome = process_document(doc, load_extractor(None), StepOptions(timeout=30, extract_options=dict(options)))
    assert outcome.record is not None
    return outcome.record["encoding"]


def test_a_documents_http_charset_is_used_unless_the_run_names_one() -> None:
    assert _encoding(Document(0, "a", "x.warc", PAGE)) == "cp1252"
    assert _encoding(Document(0, "a", "x.warc", PAGE, charset="iso-8859-15")) == "iso8859-15"
    assert _encoding(Document(0, "a", "x.warc", PAGE, charset="iso-8859-15"), charset="cp1252") == "cp1252"


def test_the_ray_step_reads_a_charset_column() -> None:
    table = pa.table({"html": [PAGE, PAGE], "charset": ["iso-8859-15", None], "id": ["declared", "not"]})
    rows = {row["id"]: row for row in Extract()(table).to_pylist()}
    assert rows["declared"]["encoding"] == "iso8859-15" and rows["not"]["encoding"] == "cp1252"
