"""The on-disk cache of derived model tables: built once, loaded after, rebuilt when a source changes, and never
an error when the folder cannot be used."""

from __future__ import annotations

import marshal
import math
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import wordfreq

from newsmend.repair import model_cache
from newsmend.repair.bigram import bigram_model, bigram_tables
from newsmend.repair.lm import (
    WORDFREQ_LONGEST,
    char_model,
    char_tables,
    default_model,
    jieba_frequencies,
    wordfreq_prefixes,
    wordfreq_zh,
)
from newsmend.repair.model_cache import CACHE_ENV, Shards, cache_dir, cached, pack_shards
from newsmend.repair.mojibake.choice import _unwritable, unwritable
from newsmend.repair.plausibility import SCRIPT_LANGUAGES, UNSEEN


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "source.txt"
    path.write_text("dictionary v1", encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder


def counting_build(calls: list[int]):
    def build() -> tuple[dict[str, float], list[int]]:
        calls.append(1)
        return {"ab": 0.5, "的": 1.0}, [1, 2]

    return build


def test_built_once_then_loaded_from_disk(store: Path, source: Path) -> None:
    calls: list[int] = []
    first = cached("t", counting_build(calls), [source])
    second = cached("t", counting_build(calls), [source])
    assert first == second == ({"ab": 0.5, "的": 1.0}, [1, 2])
    assert len(calls) == 1
    assert cache_dir() == store and len(list(store.glob("t-*.marshal"))) == 1


def test_a_changed_source_rebuilds_and_replaces_the_old_tables(store: Path, source: Path) -> None:
    calls: list[int] = []
    cached("t", counting_build(calls), [source])
    cached("t-other", counting_build(calls), [source])
    source.write_text("dictionary v2", encoding="utf-8")
    cached("t", counting_build(calls), [source])
    assert len(calls) == 3
    assert len(list(store.glob("t-*.marshal"))) == 2 and len(list(store.glob("t-other-*.marshal"))) == 1


@pytest.mark.parametrize("garbage", [b"\x00garbage", b"", marshal.dumps(({"ab": 0.5},))[:-3]])  # empty, cut short
def test_a_corrupt_file_rebuilds(store: Path, source: Path, garbage: bytes) -> None:
    calls: list[int] = []
    cached("t", counting_build(calls), [source])
    (entry,) = store.glob("t-*.marshal")
    entry.write_bytes(garbage)
    assert cached("t", counting_build(calls), [source]) == ({"ab": 0.5, "的": 1.0}, [1, 2])
    assert len(calls) == 2


def test_an_unusable_folder_still_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    calls: list[int] = []
    assert cached("t", counting_build(calls), [source]) == ({"ab": 0.5, "的": 1.0}, [1, 2])
    assert not list(tmp_path.glob("**/*.tmp"))


def test_a_packed_table_is_unpacked_a_first_character_at_a_time(store: Path, source: Path) -> None:
    table = {"中": 3, "中国": 5, "国": 2, "a": 1, "ab": 7, "\U00020000x": 4}
    shards = Shards(cached("t", lambda: pack_shards(table, "q"), [source]), "q")
    assert shards["中"] == {"中": 3, "中国": 5} and shards["\U00020000"] == {"\U00020000x": 4} and shards["z"] == {}
    assert list(shards) == ["中", "\U00020000", "z"] and shards.whole() == table


def test_the_forms_a_codec_cannot_write_from_the_cache_equal_a_fresh_derivation() -> None:
    for target in ("big5", "gbk", "utf-8"):
        assert unwritable(target) == _unwritable(target)
    assert unwritable("big5")[0] == "爲" and unwritable("utf-8") == ()


def test_the_lattice_model_from_the_cache_equals_a_fresh_build() -> None:
    model = bigram_model()
    assert (model._inside.whole(), model._end, model._start, model._followers) == bigram_tables(jieba_frequencies()[0])
    assert os.environ[CACHE_ENV]


def test_the_char_model_from_the_cache_equals_a_fresh_build() -> None:
    model = char_model()
    tables = (model._log_uni, model._uni, model._cond.whole(), model._after, model._before)
    assert tables == char_tables(jieba_frequencies()[0])


def test_readings_come_from_the_cache_without_importing_pypinyin(tmp_path: Path) -> None:
    """pypinyin builds the table once; a later process repairing the seed page's annotations never imports it (its
    phrase dictionary would otherwise sit in memory for the garbage collector to walk)."""
    seed = next((Path(__file__).resolve().parent.parent / "fixtures" / "seed").glob("000_*.txt"))
    script = (
        "import sys\n"
        "from newsmend.repair.readings import _gbk_readings, reading\n"
        "import re\n"
        "from newsmend import repair\n"
        "assert reading('國') == 'guó' and reading('長') == 'zhǎng' and len(_gbk_readings()) > 20000\n"
        f"page = open({str(seed)!r}, encoding='utf-8').read()\n"
        "fixed, annotation = repair(page), re.compile('[(][a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+[)]')\n"
        "print(bool(annotation.search(page)), bool(annotation.search(fixed.text)), 'pypinyin' in sys.modules)\n"
    )
    env = {**os.environ, CACHE_ENV: str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
            for _ in range(2)]
    assert runs[0].stdout.split() == ["True", "False", "True"]  # built the table: pypinyin was needed
    assert runs[1].stdout.split() == ["True", "False", "False"]


def test_an_unreadable_source_builds_without_caching(store: Path, tmp_path: Path) -> None:
    calls: list[int] = []
    assert cached("t", counting_build(calls), [tmp_path / "missing.txt"]) == ({"ab": 0.5, "的": 1.0}, [1, 2])
    assert len(calls) == 1 and not list(store.glob("t-*"))


def test_word_frequencies_from_the_cache_equal_wordfreq_lists_merged(tmp_path: Path) -> None:
    """The merged word table of a script, loaded from the cache in a later process without importing wordfreq,
    holds each non-ASCII word at its best frequency over the script's languages."""
    script = (
        "import sys\n"
        "from newsmend.repair.plausibility import _word_frequencies\n"
        "table = _word_frequencies('CYRILLIC')\n"
        "print(len(table), round(table.get('привет'), 12), table.get('zzzz'), 'wordfreq' in sys.modules)\n"
    )
    env = {**os.environ, CACHE_ENV: str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
            for _ in range(2)]
    merged: dict[str, float] = {}
    for lang in SCRIPT_LANGUAGES["CYRILLIC"]:
        for word, freq in wordfreq.get_frequency_dict(lang, wordlist="small").items():
            if not word.isascii():
                merged[word] = max(freq, merged.get(word, 0.0))
    expected = f"{len(merged)} {round(merged['привет'], 12)}"
    assert runs[0].stdout.split() == [*expected.split(), "None", "True"]  # built: wordfreq was needed
    assert runs[1].stdout.split() == [*expected.split(), "None", "False"]


def test_character_scores_from_the_cache_equal_wordfreq_without_importing_it(tmp_path: Path) -> None:
    """Han, kana and Hangul letters score wordfreq's Chinese Zipf frequency (traditional letters their simplified
    form's, unseen ones UNSEEN) from a table derived once per machine: a later process scores them without
    importing wordfreq."""
    letters = "的参參涓ぃ한𠀀"
    script = (
        "import sys\n"
        "from newsmend.repair.plausibility import char_score\n"
        f"print(*[char_score(ch) for ch in {letters!r}], 'wordfreq' in sys.modules)\n"
    )
    env = {**os.environ, CACHE_ENV: str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
            for _ in range(2)]
    zipfs = [wordfreq.zipf_frequency(ch, "zh") for ch in letters]  # scores are Zipf - 9 (log10 per character)
    expected = [str(max(zipf - 9.0, UNSEEN) if zipf else UNSEEN) for zipf in zipfs]
    assert runs[0].stdout.split() == [*expected, "True"]  # built: wordfreq was needed
    assert runs[1].stdout.split() == [*expected, "False"]


def test_the_word_models_from_the_cache_equal_their_sources() -> None:
    import jieba

    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    model = default_model()
    assert model._freq.whole() == tokenizer.FREQ and jieba_frequencies() == (tokenizer.FREQ, tokenizer.total)
    assert model.log_total == math.log(tokenizer.total)
    assert model.characters() == {ch for word, freq in tokenizer.FREQ.items() if freq for ch in word}
    words = wordfreq.get_frequency_dict("zh", wordlist="best")
    assert wordfreq_zh().whole() == words
    assert wordfreq_prefixes().keys() == {word[:k] for word in words if len(word) <= WORDFREQ_LONGEST
                                   for k in range(2, len(word)) if word[:k] not in words}


@pytest.fixture
def hashed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The names of the sources hashed from here on, each a new process (its index read afresh)."""
    names: list[str] = []
    hash_file = model_cache._hash_file

    def counting(source: Path) -> bytes:
        names.append(source.name)
        return hash_file(source)

    monkeypatch.setattr(model_cache, "_hash_file", counting)
    model_cache._digest_index.cache_clear()
    yield names
    model_cache._digest_index.cache_clear()


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every source counts as changed long before it is hashed (a test's files were written just now)."""
    monkeypatch.setattr(model_cache, "SETTLED_NS", -10**12)


def new_process() -> None:
    model_cache._digest_index.cache_clear()


@pytest.mark.usefixtures("settled")
def test_a_later_process_takes_an_unchanged_sources_digest_from_the_index(store: Path, source: Path,
                                                                         hashed: list[str]) -> None:
    calls: list[int] = []
    first = cached("t", counting_build(calls), [source])
    new_process()
    assert cached("t", counting_build(calls), [source]) == first
    assert hashed == ["source.txt"] and len(calls) == 1 and (store / model_cache.DIGEST_INDEX).is_file()


@pytest.mark.usefixtures("settled")
def test_a_source_changed_after_it_was_indexed_is_hashed_again(store: Path, source: Path, hashed: list[str]) -> None:
    calls: list[int] = []
    cached("t", counting_build(calls), [source])
    source.write_text("dictionary v2", encoding="utf-8")  # the same size
    new_process()
    cached("t", counting_build(calls), [source])
    assert hashed == ["source.txt", "source.txt"] and len(calls) == 2


def test_a_source_changed_just_before_it_was_hashed_is_not_indexed(store: Path, source: Path,
                                                                  hashed: list[str]) -> None:
    """A write in the same tick of the file system's clock would leave its stamp unchanged: such a digest serves
    only the process that computed it."""
    calls: list[int] = []
    cached("t", counting_build(calls), [source])
    cached("t-other", counting_build(calls), [source])
    new_process()
    cached("t", counting_build(calls), [source])
    assert hashed == ["source.txt", "source.txt"] and len(calls) == 2
    assert not (store / model_cache.DIGEST_INDEX).exists()


@pytest.mark.parametrize("garbage", [b"\x00garbage", marshal.dumps([1, 2]), marshal.dumps({"a": (1, b"x")})])
@pytest.mark.usefixtures("settled")
def test_a_corrupt_index_costs_only_the_hashing(store: Path, source: Path, hashed: list[str], garbage: bytes) -> None:
    calls: list[int] = []
    cached("t", counting_build(calls), [source])
    (store / model_cache.DIGEST_INDEX).write_bytes(garbage)
    new_process()
    assert cached("t", counting_build(calls), [source]) == ({"ab": 0.5, "的": 1.0}, [1, 2])
    new_process()
    cached("t", counting_build(calls), [source])
    assert hashed == ["source.txt", "source.txt"] and len(calls) == 1  # the second process stored the index again


@pytest.mark.usefixtures("settled")
def test_an_unwritable_index_costs_only_the_hashing(store: Path, source: Path, hashed: list[str]) -> None:
    (store / model_cache.DIGEST_INDEX).mkdir(parents=True)
    calls: list[int] = []
    for _ in range(2):
        new_process()
        assert cached("t", counting_build(calls), [source]) == ({"ab": 0.5, "的": 1.0}, [1, 2])
    assert hashed == ["source.txt", "source.txt"] and len(calls) == 1
    assert not list(store.glob("*.tmp"))


@pytest.mark.usefixtures("settled")
def test_a_removed_source_leaves_the_index(store: Path, tmp_path: Path, source: Path, hashed: list[str]) -> None:
    gone = tmp_path / "old-install.txt"
    gone.write_text("dictionary v0", encoding="utf-8")
    cached("t-old", counting_build([]), [gone])
    gone.unlink()
    new_process()
    cached("t", counting_build([]), [source])
    stored = marshal.loads((store / model_cache.DIGEST_INDEX).read_bytes())
    assert list(stored) == [str(source)]
