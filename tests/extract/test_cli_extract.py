"""``newsmend extract`` as users run it: a subprocess, each output format, errors on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent.parent / "fixtures"
ZH_TEXT = FIXTURES / "text" / "clean_article_zh.txt"
SEED = FIXTURES / "seed" / "000_164af92ece23cc05.txt"

HTML = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Storm closes schools across the region | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-01-08T07:30:00Z">
<meta name="author" content="Jane Doe">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Storm closes schools across the region</h1>
<p>Schools across the region closed on Monday as the storm brought heavy snow and strong wind to the area.</p>
<p>Officials said classes would resume once the roads had been cleared and power had been restored.</p>
<p>Parents were asked to check the district website for updates during the week.</p></article>
<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"""


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", "from newsmend.cli import main; main()", "extract", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_json_output_of_a_text_page() -> None:
    out = _run(str(ZH_TEXT), "--no-repair")
    assert out.returncode == 0, out.stderr.decode()
    doc = json.loads(out.stdout)
    assert doc["schema"] == "2"
    assert doc["title"] == "示范市启动老旧小区改造计划，首批涉及十二个街区"
    assert doc["author"] == ["王小明"] and doc["editor"] == "李华" and doc["source"] == "示范日报"
    assert len(doc["paragraphs"]) == 7 and doc["body"].startswith("（示范日报讯）")  # 5 paragraphs, 2 captions
    assert {"title": "全市中小学暑假安排公布", "url": None, "time": "2024-06-05T09:45", "channel": None} in doc[
        "related"
    ]


def test_markdown_output() -> None:
    out = _run(str(ZH_TEXT), "--format", "markdown", "--no-repair")
    assert out.returncode == 0, out.stderr.decode()
    md = out.stdout.decode("utf-8")
    assert md.startswith("# 示范市启动老旧小区改造计划，首批涉及十二个街区\n")
    assert "*王小明 · wangxiaoming@example.org · 示范日报*" in md
    assert "> 示范市住建局网站截图" in md and "Editor: 李华" in md
    assert "## Related" in md and "- 示范市地铁三号线将于年底通车 (2024-06-05T10:20 · 城市交通)" in md


def test_text_output_is_title_and_body_only() -> None:
    out = _run(str(ZH_TEXT), "-f", "text", "--no-repair")
    assert out.returncode == 0, out.stderr.decode()
    text = out.stdout.decode("utf-8")
    assert text.startswith("示范市启动老旧小区改造计划")
    for boilerplate in ("评论", "相关推荐", "责任编辑", "本文系", "wangxiaoming@"):
        assert boilerplate not in text


def test_html_from_standard_input_with_url() -> None:
    out = _run("-", "--url", "https://news.example.com/2024/01/08/storm.html", stdin=HTML.encode())
    assert out.returncode == 0, out.stderr.decode()
    doc = json.loads(out.stdout)
    assert doc["title"] == "Storm closes schools across the region"
    assert doc["author"] == ["Jane Doe"] and doc["date"] == "2024-01-08T07:30:00+00:00"
    assert (doc["language"], doc["script"]) == ("en", "Latn")
    assert doc["url"] == "https://news.example.com/2024/01/08/storm.html"
    assert "Home" not in doc["body"] and len(doc["paragraphs"]) == 3


def test_damaged_seed_is_repaired_by_default() -> None:
    out = _run(str(SEED))
    assert out.returncode == 0, out.stderr.decode()
    doc = json.loads(out.stdout)
    assert doc["author"] == ["杨蓉"] and doc["source"] == "观察者网"
    assert doc["repairs"] and "(guò)" not in doc["body"]


def test_missing_file_is_a_usage_error() -> None:
    out = _run("/nonexistent/page.html")
    assert out.returncode == 2
    assert b"newsmend: error:" in out.stderr and b"/nonexistent/page.html" in out.stderr


def test_empty_input_is_reported() -> None:
    out = _run("-", stdin=b"   \n")
    assert out.returncode == 1
    assert b"newsmend: error:" in out.stderr and b"empty" in out.stderr
