"""`symbl stream FILE.wav`: stream a recording over the real-time API and print the live transcript."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.live import Live
from rich.text import Text

from ..streaming import InsightResponseEvent, RecognitionResultEvent
from ._common import USAGE, Failure, client_options, err, make_client
from ._process import FORMATS

INSIGHT_TYPES = ["question", "action_item", "follow_up", "topic"]


@click.command("stream")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--realtime", is_flag=True, help="Send the audio at its own pace, as a live call would.")
@click.option("--name", help="Conversation name (default: the file name).")
@click.option(
    "--format",
    "output",
    type=FORMATS,
    default="table",
    show_default=True,
    help="table: final transcript lines on stdout; json: every server message, one JSON object a line.",
)
@client_options
def stream(
    file: Path, realtime: bool, name: str | None, output: str, base_url: str | None, environment: str | None
) -> None:
    """Stream a WAV recording to Symbl's real-time API and print the transcript as it comes.

    Interim captions show on stderr where a terminal is attached; final ones go to stdout as
    `Speaker: words`, insights to stderr. At the end the conversation id is printed, ready for
    `symbl conversations ...`.

    \b
    Examples:
      symbl stream examples/call.wav
      symbl stream call.wav --realtime --name "Standup"
      symbl stream call.wav --format json > events.jsonl
    """
    if not file.is_file():
        raise Failure(f"invalid FILE: {file} does not exist or is not a file", USAGE)
    config = {"insightTypes": INSIGHT_TYPES, "config": {"meetingTitle": name or file.name}}
    console = err()
    with (
        make_client(base_url, environment) as client,
        client.streaming.connect(config) as live_stream,
        Live(Text(""), console=console, transient=True, auto_refresh=False) as caption,
    ):
        live_stream.send_audio(str(file), realtime=realtime, background=True, finish=True)
        for event in live_stream:
            if output == "json":
                click.echo(json.dumps(dict(event.frame)))
            elif isinstance(event, RecognitionResultEvent) and event.transcript:
                if event.is_final:
                    speaker = (event.user or {}).get("name") or "Speaker"
                    caption.update(Text(""), refresh=True)
                    click.echo(f"{speaker}: {event.transcript}")
                elif console.is_terminal:
                    caption.update(Text(f"… {event.transcript}", style="dim"), refresh=True)
            elif isinstance(event, InsightResponseEvent):
                for insight in event.insights:
                    console.print(f"{insight.get('type')}: {insight.get('text')}", markup=False)
        conversation = live_stream.stop()
    console.print(f"conversation {conversation.conversation_id}")
    console.print(f"next: symbl conversations messages {conversation.conversation_id}")
