"""`symbl conversations ...`: read conversations; `--format json` prints the API's JSON unchanged."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.table import Table

from .. import models
from .._errors import status_error
from ._common import client_options, make_client, out
from ._process import FORMATS

# Columns shown first when present; any other scalar field follows, up to MAX_COLUMNS.
TEXT_FIRST = ("text", "from", "type", "assignee", "dueBy", "score", "timeOffset")
ID_FIRST = ("id", "name", "startTime", "type")
MAX_COLUMNS = 5


def _cell(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("name") or value.get("id") or value.get("userId") or ""
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    return "" if value is None else str(value)


def render(body: Any) -> None:
    """A table of the items of a list answer, or of the fields of any other answer."""
    # A page or a list answer is one field holding the items ({"messages": [...]}).
    rows = next(iter(body.values())) if isinstance(body, dict) and len(body) == 1 else body
    if not isinstance(rows, list):
        table = Table("field", "value")
        for key, value in (body or {}).items():
            table.add_row(key, _cell(value))
        out().print(table)
        return
    dicts = [row for row in rows if isinstance(row, dict)]
    seen = [key for row in dicts for key in row if not isinstance(row[key], list) or key == "from"]
    preferred = TEXT_FIRST if "text" in seen else ID_FIRST
    columns = [k for k in preferred if k in seen] + [k for k in dict.fromkeys(seen) if k not in preferred]
    table = Table(caption=f"{len(rows)} item(s)")
    for key in columns[:MAX_COLUMNS]:
        # Ids are copied into the next command: never cut or wrapped; other cells wrap.
        table.add_column(key, overflow="fold", no_wrap=key == "id", min_width=len(key))
    for row in dicts:
        table.add_row(*(_cell(row.get(key)) for key in columns[:MAX_COLUMNS]))
    out().print(table)


def show(response: Any, output: str, text_field: str | None = None) -> None:
    if response.status_code >= 400:
        raise status_error(int(response.status_code), response.content, response.headers)
    if output == "json":
        # Exactly the bytes the API sent, for scripts and jq.
        click.echo(response.content.decode("utf-8"))
        return
    body = json.loads(response.content)
    if text_field is not None:
        # {"transcript": {"payload": "..."}}: the rendered text itself, ready to redirect to a file.
        inner = next(iter(body.values()), {}) if isinstance(body, dict) and len(body) == 1 else body
        click.echo(str(inner.get(text_field, "")))
        return
    render(body)


format_option = click.option("--format", "output", type=FORMATS, default="table", show_default=True)


@click.group("conversations")
def conversations() -> None:
    """Read processed conversations.

    \b
    Examples:
      symbl conversations list --limit 20
      symbl conversations messages 5815170693595136 --format json | jq '.messages[].text'
      symbl conversations transcript 5815170693595136 --as srt
    """


@conversations.command("list")
@click.option("--limit", type=int, default=100, show_default=True, help="Conversations per page.")
@click.option("--offset", type=int, default=0, show_default=True, help="Skip this many conversations.")
@format_option
@client_options
def list_(limit: int, offset: int, output: str, base_url: str | None, environment: str | None) -> None:
    """List conversations (one page; --offset pages on).

    \b
    Example:
      symbl conversations list --format json | jq -r '.conversations[].id'
    """
    with make_client(base_url, environment) as client:
        show(client.conversations.with_raw_response.list_conversations(limit=limit, offset=offset), output)


def _reader(name: str, operation: str, summary: str) -> None:
    @conversations.command(name, help=f"{summary}\n\n\b\nExample:\n  symbl conversations {name} CONVERSATION_ID")
    @click.argument("conversation_id")
    @format_option
    @client_options
    def command(conversation_id: str, output: str, base_url: str | None, environment: str | None) -> None:
        with make_client(base_url, environment) as client:
            show(getattr(client.conversations.with_raw_response, operation)(conversation_id), output)


_reader("get", "get_conversation", "A conversation's name, times, members and metadata.")
_reader("messages", "get_messages", "The transcript as messages (speaker, time, text).")
_reader("insights", "get_insights", "Questions, action items and follow-ups.")


@conversations.command("transcript")
@click.argument("conversation_id")
@click.option("--as", "as_", type=click.Choice(["markdown", "srt"]), default="markdown", show_default=True)
@format_option
@client_options
def transcript(conversation_id: str, as_: str, output: str, base_url: str | None, environment: str | None) -> None:
    """The transcript rendered as Markdown or SRT subtitles.

    \b
    Example:
      symbl conversations transcript 5815170693595136 --as srt > call.srt
    """
    content_type = {"markdown": "text/markdown", "srt": "text/srt"}[as_]
    body = models.FormattedTranscriptRequest(content_type=models.FormattedTranscriptRequestContentType(content_type))
    with make_client(base_url, environment) as client:
        raw = client.conversations.with_raw_response.get_formatted_transcript(conversation_id, body=body)
        show(raw, output, text_field="payload")
