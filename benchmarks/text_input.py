"""Plain-text input quality: does ``newsmend.extract`` keep the article when it gets text instead of HTML?

Two measures over the labelled dev pages with a body label (magic-html, readability-testpages, newspaper4k,
fundus), reported per set and split zh / non-zh, mean body F1 (the bench's 4-token shingle F1):

* **fw** (FineWeb-style ``text``): the label's title and body, which ARE the article, given as text. Everything
  should come back: mean F1 and recall, pages below 0.9 and at 0.
* **wet** (Common Crawl WET-style): the whole page rendered to text by resiliparse with ``main_content=False``
  (what WET files hold), given as text. newsmend's body against the label, beside the whole text's own F1
  (the baseline of keeping everything) and, with ``--html``, newsmend on the page's HTML (the ceiling).

Imports resiliparse (an anchor tool, in the ``bench`` extra) to render WET text, and the shared harness's
``score.py`` (next to ``--data``).

    python benchmarks/text_input.py --data ../shared/bench/data [--measures fw,wet] [--datasets a,b] [--html]
        [--json out.json] [--worst N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from types import ModuleType

import newsmend
from newsmend.errors import NewsmendError

DATASETS = ("magic-html-bench", "readability-testpages", "newspaper4k-fixtures", "fundus-fixtures-cjk")
#: Shortest FineWeb body label used, in characters (shorter labels are stubs, not articles).
FW_MIN_BODY_CHARS = 50
#: F1 under which a page counts as losing part of its article.
GOOD_F1 = 0.9


@dataclass(frozen=True, slots=True)
class Row:
    """One page's scores under one measure."""

    measure: str
    dataset: str
    page: str
    zh: bool
    f1: float
    precision: float
    recall: float
    whole: float | None = None
    html: float | None = None


def _score_module(data: Path) -> ModuleType:
    sys.path.insert(0, str(data.resolve().parent))
    import score  # the shared harness's metrics, next to the data folder

    return score


def _pages(data: Path, dataset: str) -> Iterator[tuple[str, dict[str, object], dict[str, object]]]:
    for line in (data / dataset / "index.jsonl").read_text("utf-8").splitlines():
        rec = json.loads(line)
        truth = json.loads((data / dataset / "truth" / f"{rec['id']}.json").read_text("utf-8"))
        if truth.get("body"):
            yield rec["id"], rec, truth


def _body(data: str | bytes) -> str:
    try:
        return newsmend.extract(data).body or ""
    except NewsmendError:
        return ""


def _wet_text(raw: bytes) -> str:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from resiliparse.parse.html import HTMLTree

    return str(extract_plain_text(HTMLTree.parse(bytes_to_str(raw, detect_encoding(raw))), main_content=False))


def run(data: Path, datasets: list[str], measures: list[str], html: bool) -> list[Row]:
    score = _score_module(data)
    rows: list[Row] = []
    for ds in datasets:
        for pid, rec, truth in _pages(data, ds):
            body = str(truth["body"])
            zh = str(rec.get("lang") or truth.get("lang") or "").startswith("zh")
            if "fw" in measures and len(body) >= FW_MIN_BODY_CHARS:
                text = f"{truth.get('title') or ''}\n{body}"
                f = score.shingle_f1(_body(text), body)
                rows.append(Row("fw", ds, pid, zh, f.f1, f.precision, f.recall))
            if "wet" in measures:
                raw = (data / ds / "pages" / f"{pid}.html").read_bytes()
                wet = _wet_text(raw)
                f = score.shingle_f1(_body(wet), body) if wet.strip() else None
                if f is None:
                    continue
                whole = score.shingle_f1(wet, body).f1
                ceiling = score.shingle_f1(_body(raw), body).f1 if html else None
                rows.append(Row("wet", ds, pid, zh, f.f1, f.precision, f.recall, whole, ceiling))
    return rows


def _mean(values: list[float | None]) -> str:
    got = [v for v in values if v is not None]
    return f"{statistics.mean(got):.3f}" if got else "-"


def report(rows: list[Row], datasets: list[str]) -> str:
    out = []
    for measure in ("fw", "wet"):
        mine = [r for r in rows if r.measure == measure]
        if not mine:
            continue
        out.append(f"\n## {measure}\n")
        if measure == "fw":
            out.append("| set | pages | F1 | P | R | < 0.9 | = 0 |\n|---|---|---|---|---|---|---|")
        else:
            out.append("| set | pages | F1 | P | R | whole text F1 | HTML F1 |\n|---|---|---|---|---|---|---|")
        groups = [(f"{ds} {'zh' if zh else 'non-zh'}", [r for r in mine if r.dataset == ds and r.zh == zh])
                  for ds in datasets for zh in (True, False)]  # fmt: skip
        groups += [("all zh", [r for r in mine if r.zh]), ("all non-zh", [r for r in mine if not r.zh]),
                   ("all", mine)]  # fmt: skip
        for name, group in groups:
            if not group:
                continue
            cells = [name, str(len(group)), _mean([r.f1 for r in group]), _mean([r.precision for r in group]),
                     _mean([r.recall for r in group])]  # fmt: skip
            if measure == "fw":
                cells += [str(sum(r.f1 < GOOD_F1 for r in group)), str(sum(r.f1 == 0 for r in group))]
            else:
                cells += [_mean([r.whole for r in group]), _mean([r.html for r in group])]
            out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/bench/data"), help="the bench's data folder")
    parser.add_argument("--datasets", default=",".join(DATASETS), help="comma-separated sets")
    parser.add_argument("--measures", default="fw,wet", help="fw, wet or both")
    parser.add_argument("--html", action="store_true", help="also score newsmend on the HTML (slower)")
    parser.add_argument("--json", type=Path, help="write every page's scores here")
    parser.add_argument("--worst", type=int, default=0, help="print the N lowest-F1 pages of each measure")
    args = parser.parse_args()
    datasets = args.datasets.split(",")
    rows = run(args.data, datasets, args.measures.split(","), args.html)
    print(report(rows, datasets))
    for measure in ("fw", "wet"):
        for r in sorted((r for r in rows if r.measure == measure), key=lambda r: r.f1)[: args.worst]:
            print(f"{measure} {r.f1:.3f} P {r.precision:.3f} R {r.recall:.3f} {r.dataset}/{r.page}")
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in rows], indent=0), "utf-8")


if __name__ == "__main__":
    main()
