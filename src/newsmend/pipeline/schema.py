"""The output schema: :meth:`Article.to_dict` plus where each document came from (``docs/output-schema.md``).

One explicit Arrow schema serves the Parquet writer, the Ray building block and the key order of JSON lines,
so every shard of every engine has the same columns in the same order.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

_STR = pa.string()
_STRS = pa.list_(_STR)

#: Where the document came from: its stable id, the input file, and the URL / date the input gave for it.
INPUT_FIELDS = [
    pa.field("id", _STR),
    pa.field("source_file", _STR),
    pa.field("input_url", _STR),
    pa.field("input_date", _STR),
]

FIX_TYPE = pa.struct([("kind", _STR), ("start", pa.int64()), ("end", pa.int64()), ("before", _STR),
                      ("after", _STR), ("confidence", pa.float64())])
RELATED_TYPE = pa.struct([("title", _STR), ("url", _STR), ("time", _STR), ("channel", _STR)])

#: The fields of :meth:`newsmend.Article.to_dict`, in its order (a test keeps the two in step).
ARTICLE_FIELDS = [
    pa.field("schema", _STR),
    pa.field("title", _STR),
    pa.field("author", _STRS),
    pa.field("author_email", _STR),
    pa.field("source", _STR),
    pa.field("date", _STR),
    pa.field("body", _STR),
    pa.field("paragraphs", _STRS),
    pa.field("captions", _STRS),
    pa.field("copyright", _STR),
    pa.field("disclaimer", _STR),
    pa.field("editor", _STR),
    pa.field("language", _STR),
    pa.field("script", _STR),
    pa.field("url", _STR),
    pa.field("encoding", _STR),
    pa.field("related", pa.list_(RELATED_TYPE)),
    pa.field("repairs", pa.list_(FIX_TYPE)),
    pa.field("flags", _STRS),
]

RECORD_SCHEMA = pa.schema(INPUT_FIELDS + ARTICLE_FIELDS)

#: One row per document that failed: which one, and why.
ERROR_SCHEMA = pa.schema([*INPUT_FIELDS[:3], pa.field("error_type", _STR), pa.field("message", _STR)])


def conform(row: dict[str, Any], schema: pa.Schema) -> dict[str, Any]:
    """``row`` with exactly the schema's keys in its order (nested structs too), missing ones ``None``.

    Rows built in a worker and rows read back from Arrow then serialise to the same bytes.
    """
    return {f.name: _conform_value(row.get(f.name), f.type) for f in schema}


def _conform_value(value: Any, kind: pa.DataType) -> Any:
    if value is None:
        return None
    if pa.types.is_list(kind) and pa.types.is_struct(kind.value_type):
        struct = kind.value_type
        return [{struct.field(i).name: item.get(struct.field(i).name) for i in range(struct.num_fields)}
                for item in value]
    if pa.types.is_list(kind):
        return list(value)
    if pa.types.is_string(kind) and not isinstance(value, str):
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    return value
