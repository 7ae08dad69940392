"""Derived model tables cached on disk, so each new process loads them instead of rebuilding them.

The repair models derive their tables from jieba's dictionary (350k words) in pure Python, which costs one to two
seconds per process: paid by every CLI call, every pipeline worker and every Ray actor. The tables depend only on
the dictionary and on the code that derives them, so they are stored with :mod:`marshal` (the format jieba uses for
its own cache; fast, and safe for the plain dicts and floats stored here) under a key made of both. A cache that
cannot be read or written is never an error: the tables are built in memory as before.

Location: ``$NEWSMEND_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsmend``, else ``~/.cache/newsmend``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import mmap
import os
import sys
import tempfile
import time
from array import array
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any, TypeVar

from newsmend.errors import MissingDependencyError

T = TypeVar("T")

#: Environment variable naming the cache folder (tests and read-only deployments set it).
CACHE_ENV = "NEWSMEND_CACHE_DIR"


def cache_dir() -> Path:
    """The folder derived tables are stored in (not created until something is stored)."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newsmend"


def cached(name: str, build: Callable[[], T], sources: Iterable[Path]) -> T:
    """``build()``'s result, loaded from the cache when ``sources`` (the files it depends on: the dictionary and
    the module deriving the tables) are unchanged, else built and stored.

    The key hashes each source's bytes (hashed once while the file is unchanged: :class:`_DigestIndex`) and the
    Python version (marshal's format may change between versions); a source that cannot be read leaves nothing to
    key the table on, so it is built.
    """
    try:
        folder = cache_dir()
        path = folder / f"{name}-{_key(sources, folder)}.marshal"
    except OSError:
        return build()
    try:
        return _load(path)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    _store(path, value)
    _drop_stale(path, name)
    return value


#: Hex digits of a cache key (a 12-byte digest).
KEY_LENGTH = 24


def _key(sources: Iterable[Path], folder: Path) -> str:
    started = time.time_ns()
    digest = hashlib.blake2b(sys.version.encode(), digest_size=KEY_LENGTH // 2)
    index = _digest_index(folder)
    for source in sources:
        digest.update(index.digest(source, started))
    index.save()
    return digest.hexdigest()


#: File in the cache folder recording the digest of each source a process hashed, with the stat that identified it.
DIGEST_INDEX = "source-digests.marshal"

#: A file's identity as :func:`os.stat` gives it: size, modification and change times (ns), inode. Any write moves
#: the change time to the clock's present, which no program can set back; a reinstalled file has a new inode.
Stamp = tuple[int, int, int, int]

#: A digest is recorded only for a file last changed this long before it was hashed: a write in the same tick of
#: the file system's clock (1 to 10 ms on Linux, 2 s on FAT) would leave the stamp as it was; git's index guards
#: the same race.
SETTLED_NS = 2_000_000_000


class _DigestIndex:
    """The sources' digests, read from the folder's :data:`DIGEST_INDEX` and hashed where it has none for a file's
    present stamp. The sources are 37 MB (jieba's dictionary, wordfreq's Chinese lists, pypinyin's readings, the
    corpus of the context model): hashing them cost each new process up to 0.1 s before its first damaged page
    (the seed page's: 23 MB, 318M of its 4480M instructions). A missing, corrupt or unwritable index only costs
    that hashing."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._stored = _read_index(path)
        self._recent: dict[str, tuple[Stamp, bytes]] = {}  # hashed in this process, changed too lately to store
        self._changed = False

    def digest(self, source: Path, started: int) -> bytes:
        """``source``'s blake2b digest; ``started`` (ns, the clock of file times) precedes reading it."""
        stat = source.stat()
        stamp = (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)
        name = os.path.abspath(source)
        for known in (self._stored, self._recent):
            entry = known.get(name)
            if entry is not None and entry[0] == stamp:
                return entry[1]
        digest = _hash_file(source)
        if max(stat.st_mtime_ns, stat.st_ctime_ns) < started - SETTLED_NS:
            self._stored[name] = (stamp, digest)
            self._changed = True
        else:
            self._recent[name] = (stamp, digest)
        return digest

    def save(self) -> None:
        """Store the index if this process added to it, without the files since removed (an old installation's)."""
        if self._changed:
            _store(self._path, {name: entry for name, entry in self._stored.items() if os.path.exists(name)})
            self._changed = False


def _hash_file(source: Path) -> bytes:
    """The digest of a source's bytes (what its tables are keyed on)."""
    return hashlib.blake2b(source.read_bytes()).digest()


@lru_cache(maxsize=8)
def _digest_index(folder: Path) -> _DigestIndex:
    """The index of ``folder``, read once per process (one folder in use, a few in tests)."""
    return _DigestIndex(folder / DIGEST_INDEX)


def _read_index(path: Path) -> dict[str, tuple[Stamp, bytes]]:
    """The entries of a stored index that have its shape; none when it is missing or unreadable."""
    try:
        stored = _load(path)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(stored, dict):
        return {}
    return {name: entry for name, entry in stored.items() if _well_formed(name, entry)}


def _well_formed(name: object, entry: object) -> bool:
    """An entry as :class:`_DigestIndex` stores it (a file written by something else reads as no entry)."""
    return (isinstance(name, str) and isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[1], bytes)
            and isinstance(entry[0], tuple) and len(entry[0]) == 4 and all(type(n) is int for n in entry[0]))


#: A large table as :func:`cached` stores it, filed by the first character of its keys: the first characters in one
#: string, then where each one's keys and values end (``array("q")`` as bytes, byte offsets), then the keys (each
#: first character's joined by line breaks, UTF-8) and the values (a packed array) of all of them, one after the
#: other. Bytes, not a string per first character: unmarshalling decodes every string it reads, 12k of them of 9 MB
#: for jieba's dictionary (11.5 ms; the bytes 0.4 ms), where lookups reach a few hundred.
PackedShards = tuple[str, bytes, bytes, bytes, bytes]
#: The source that defines :data:`PackedShards`: among the sources of every table holding one, so that a table
#: stored in another shape is never read as this one.
PACKING_SOURCE = Path(__file__)


def pack_shards(table: Mapping[str, Any], typecode: str) -> PackedShards:
    """``table`` (non-empty keys without line breaks, values of the ``array`` ``typecode``: ``"q"`` counts, ``"d"``
    probabilities) packed for :func:`cached` and :class:`Shards`."""
    if any("\n" in key or not key for key in table):
        raise ValueError("a packed table's keys are separated by line breaks and cannot be empty or hold one")
    filed: dict[str, dict[str, Any]] = {}
    for key, value in table.items():
        filed.setdefault(key[0], {})[key] = value
    keys = ["\n".join(part).encode("utf-8") for part in filed.values()]
    values = [array(typecode, part.values()).tobytes() for part in filed.values()]
    return "".join(filed), _ends(keys), _ends(values), b"".join(keys), b"".join(values)


def _ends(parts: list[bytes]) -> bytes:
    """Where each of ``parts`` ends when they are joined, as :data:`PackedShards` stores it."""
    return array("q", accumulate(map(len, parts))).tobytes()


def _part(joined: bytes, ends: array[int], at: int) -> bytes:
    """The ``at``-th of the parts ``joined`` holds, which end at ``ends`` (:func:`_ends`)."""
    return joined[ends[at - 1] if at else 0:ends[at]]


class Shards(dict[str, dict[str, Any]]):
    """A table packed by :func:`pack_shards`, unpacked one first character at a time as lookups reach it:
    ``shards[key[0]].get(key)``. Building a dict of the whole table costs 0.1-0.15 s per 500k entries (a string and
    a hash per key), paid by the first damaged page a process meets; the Chinese it repairs reaches a few hundred
    first characters, 2% of the entries on the bench's People's Daily page. A lookup loop whose keys share their
    first character (the pieces a word segmentation tries from one position) takes its shard once."""

    def __init__(self, packed: PackedShards, typecode: str) -> None:
        super().__init__()
        self._firsts, key_ends, value_ends, self._keys, self._values = packed
        self._key_ends, self._value_ends = array("q", key_ends), array("q", value_ends)
        self._typecode = typecode

    def __missing__(self, first: str) -> dict[str, Any]:
        at = self._firsts.find(first)  # a few microseconds, once per first character a process meets
        shard: dict[str, Any] = {}
        if at >= 0:
            keys = _part(self._keys, self._key_ends, at).decode("utf-8").split("\n")
            shard = dict(zip(keys, array(self._typecode, _part(self._values, self._value_ends, at)), strict=True))
        self[first] = shard
        return shard

    def whole(self) -> dict[str, Any]:
        """Every entry in one dict: for deriving other tables, not for lookups."""
        return {key: value for first in self._firsts for key, value in self[first].items()}


def jieba_dictionary() -> Path:
    """The dictionary file jieba's default tokenizer reads (what the repair models and the place names of the
    fields stage derive their tables from), found without importing jieba (0.1 s: a cache hit must not pay it)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise MissingDependencyError("the repair models read jieba's dictionary: pip install jieba")
    return Path(spec.origin).with_name("dict.txt")


def _load(path: Path) -> Any:  # Any: whatever was stored; its readers check the shape they need
    """A stored value, unmarshalled from the file mapped into memory: :func:`marshal.load` on a file object reads
    each string and number through a Python-level ``readinto`` call, which took 3-5 times as long on the tables of
    many small strings (char-bigram: 0.13 s against 0.03-0.05 s), and reading the file whole first copies it into
    fresh memory (context-trigram, 17 MB: 20 ms, mapped 11 ms), paid by the first damaged page of each process. A
    file is replaced whole (:func:`_store`), never rewritten in place, so a mapping always reads one version; an
    empty file cannot be mapped (ValueError) and is rebuilt as a corrupt one is."""
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        return marshal.loads(mapped)


def _drop_stale(path: Path, name: str) -> None:
    """Remove the tables of ``name`` stored under other keys: each upgrade of newsmend, jieba or Python would
    otherwise leave its own copy behind (8 to 30 MB each). A process still running an older version rebuilds in
    memory if its file is gone; none reads another version's file."""
    for old in path.parent.glob(f"{name}-{'?' * KEY_LENGTH}.marshal"):
        if old != path:
            old.unlink(missing_ok=True)


def _store(path: Path, value: Any) -> None:  # Any: marshal checks what it can write (ValueError)
    """Write atomically (a concurrent reader sees the old file or the whole new one); give up quietly."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as f:
            marshal.dump(value, f)
        os.replace(tmp, path)
    except (OSError, ValueError):
        Path(tmp).unlink(missing_ok=True)


def wordfreq_chinese_files() -> list[Path]:
    """wordfreq's Chinese word lists and its Chinese tokenizer module (what tables derived from its Chinese
    frequencies are keyed on), found without importing wordfreq (0.2 s: a cache hit must not pay it)."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:
        raise MissingDependencyError("the repair models read wordfreq's word lists: pip install wordfreq")
    package = Path(spec.origin).parent
    return [package / "chinese.py", *sorted((package / "data").glob("*zh*"))]


def opencc_files() -> list[Path]:
    """OpenCC's compiled converter and its configurations and dictionaries (what tables derived from its
    conversions are keyed on), found without importing it."""
    spec = importlib.util.find_spec("opencc")
    if spec is None or spec.origin is None:
        raise MissingDependencyError("the repairs convert scripts with OpenCC: pip install opencc")
    library = Path(spec.origin).parent / "clib"
    return [*sorted(library.glob("opencc_clib*")), *sorted((library / "share" / "opencc").glob("*.*"))]
