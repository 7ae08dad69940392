"""``newsmend repair`` and ``newsmend extract``: one document in, result on stdout."""

from __future__ import annotations

import json
from enum import Enum
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from newsmend.cli.io import fail, read_input, report_error
from newsmend.errors import NewsmendError

if TYPE_CHECKING:
    from newsmend.repair.engine import RepairResult


class ScriptChoice(str, Enum):
    auto = "auto"
    simplified = "simplified"
    traditional = "traditional"
    keep = "keep"


class PunctChoice(str, Enum):
    auto = "auto"
    keep = "keep"


class OutputFormat(str, Enum):
    json = "json"
    markdown = "markdown"
    text = "text"


def repair_command(
    path: Annotated[str, typer.Argument(help="Text file to repair (UTF-8), or - for standard input.")],
    report: Annotated[bool, typer.Option("--report", help="Also print a table of every fix on stderr.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print text, fixes and flags as JSON instead.")] = False,
    script: Annotated[
        ScriptChoice, typer.Option(help="Script to restore: auto undoes machine conversion only.")
    ] = ScriptChoice.auto,
    punctuation: Annotated[
        PunctChoice, typer.Option(help="auto: full-width punctuation back in Chinese context.")
    ] = PunctChoice.auto,
) -> None:
    """Restore damaged Chinese text: mirror (pinyin) damage, mojibake, HTML entities, script and punctuation artifacts.

    Examples:

        newsmend repair page.txt > fixed.txt

        newsmend repair page.txt --report      # what changed, where, and how sure
    """
    from newsmend.repair import repair

    raw = read_input(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{path}: not UTF-8 text (byte {e.start}); use `newsmend extract` for raw pages in other encodings")
    try:
        result = repair(text, script=script.value, punctuation=punctuation.value)
    except NewsmendError as e:
        report_error(path, e)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
        return
    typer.echo(result.text, nl=False)
    if report:
        _print_fixes(result)


def _print_fixes(result: RepairResult) -> None:
    console = Console(stderr=True)
    table = Table(title=f"{len(result.fixes)} fixes · flags: {', '.join(sorted(result.flags)) or 'none'}")
    for col in ("kind", "span", "before", "after", "conf."):
        table.add_column(col)
    for f in result.fixes:
        table.add_row(f.kind, f"{f.start}-{f.end}", repr(f.before)[1:-1], repr(f.after)[1:-1], f"{f.confidence:.2f}")
    console.print(table)


def extract_command(
    path: Annotated[str, typer.Argument(help="A page: HTML (any encoding) or extracted text; - for standard input.")],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="json, markdown or text.")
    ] = OutputFormat.json,
    url: Annotated[str | None, typer.Option(help="The page's URL (for relative links and the site name).")] = None,
    no_repair: Annotated[bool, typer.Option("--no-repair", help="Do not repair the extracted text.")] = False,
) -> None:
    """Extract the article of one page: title, author, date, body, captions, related links, repairs.

    Examples:

        newsmend extract page.html                      # JSON

        newsmend extract page.txt --format markdown
    """
    from newsmend.extract import extract

    raw = read_input(path)
    try:
        article = extract(raw, url=url, repair=not no_repair)
    except NewsmendError as e:
        report_error(path, e)
    if output_format is OutputFormat.json:
        typer.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=1))
    elif output_format is OutputFormat.markdown:
        typer.echo(article.to_markdown(), nl=False)
    else:
        typer.echo(article.text or "")
