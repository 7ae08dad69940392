"""The output schema follows Article.to_dict, and the time limit holds in the main thread and in others."""

from __future__ import annotations

import contextlib
import threading
import time

import pytest

from newsmend import Article
from newsmend.pipeline.guard import DocumentTimeout, time_limit
from newsmend.pipeline.schema import ARTICLE_FIELDS, RECORD_SCHEMA, conform
from newsmend.repair import Fix


def test_the_schema_lists_article_to_dict_keys_in_order() -> None:
    assert [f.name for f in ARTICLE_FIELDS] == list(Article().to_dict())


def test_conform_orders_keys_and_fills_missing_ones() -> None:
    fix = Fix("punctuation", 2, 3, ",", "，", 0.9)
    row = {"repairs": [fix.to_dict()], "title": "标题", "id": "a", "extra": 1}
    out = conform(row, RECORD_SCHEMA)
    assert list(out) == RECORD_SCHEMA.names and out["title"] == "标题" and out["body"] is None
    assert list(out["repairs"][0]) == ["kind", "start", "end", "before", "after", "confidence"]


def _stubborn_wait(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        with contextlib.suppress(Exception):
            time.sleep(0.005)


def test_the_limit_stops_code_that_swallows_exceptions_in_the_main_thread() -> None:
    start = time.monotonic()
    with pytest.raises(DocumentTimeout), time_limit(0.2):
        _stubborn_wait(5)
    assert time.monotonic() - start < 2


def test_the_limit_works_in_other_threads_and_stays_quiet_when_met() -> None:
    outcomes: list[str] = []

    def work() -> None:
        with time_limit(1):
            _stubborn_wait(0.01)
        try:
            with time_limit(0.2):
                _stubborn_wait(5)
        except DocumentTimeout:
            outcomes.append("timeout")
        time.sleep(0.3)  # no late timeout may fire after the block
        outcomes.append("after")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert outcomes == ["timeout", "after"]
