"""Item 2: a large transcript (10,000 messages of 12 words, ~22 MB) into typed models, against
`json.loads` of the same bytes.

The typed parse is what the client does with a response body: `MessageList.from_dict(
json.loads(raw))`, so the ratio is (loads + from_dict) / loads. Runs alternate, after a full
collection each, with nothing else big alive; medians are compared. Kept in the results as
diagnostics: the same ratio with the cyclic GC disabled, and a cProfile of one `from_dict`
(the part on top of json.loads, GC off): its top functions by own time.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from typing import Any

from ._common import Metric, Options, log, median, profile_top, timed
from ._workload import transcript_bytes


def _check_typed(parsed: Any) -> None:
    """Every field of the transcript lands in a typed attribute (none left as additional)."""
    first = parsed.messages[0]
    assert not first.additional_properties and first.words and not first.words[0].additional_properties


def _alternate(fns: dict[str, Callable[[], None]], rounds: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in fns}
    names = list(fns)
    for index in range(rounds):
        for name in names if index % 2 == 0 else reversed(names):
            gc.collect()
            times[name].append(timed(fns[name]))
    return times


def _profile_from_dict(raw: bytes) -> dict[str, Any]:
    from _symbl_api_generated.models.message_list import MessageList

    data = json.loads(raw)
    # With the GC off: its pauses would be charged to whichever function happened to allocate.
    gc.disable()
    try:
        return profile_top(lambda: MessageList.from_dict(data), count=15)
    finally:
        gc.enable()


def run(opts: Options) -> list[Metric]:
    from _symbl_api_generated.models.message_list import MessageList

    messages = opts.pick(10_000, 500)
    raw = transcript_bytes(messages)
    _check_typed(MessageList.from_dict(json.loads(raw)))  # also the warm-up; nothing big stays alive

    def loads() -> None:
        json.loads(raw)

    def typed() -> None:
        MessageList.from_dict(json.loads(raw))

    rounds = opts.pick(7, 3)
    times = _alternate({"loads": loads, "typed": typed}, rounds)
    base, ours = median(times["loads"]), median(times["typed"])
    log(f"parse: json.loads {base:.3f} s, typed {ours:.3f} s")
    # Diagnostics: the same with the cyclic GC off (allocating ~1.3M objects triggers many
    # collections), and a profile of from_dict alone.
    gc.disable()
    try:
        no_gc = _alternate({"loads": loads, "typed": typed}, opts.pick(3, 1))
    finally:
        gc.enable()
    profile = _profile_from_dict(raw)
    return [
        Metric(
            key="parse_transcript",
            item=f"2. transcript ({len(raw) / 1e6:.0f} MB, {messages} msgs): typed parse / json.loads",
            measured=f"{ours * 1e3:.0f} vs {base * 1e3:.0f} ms (median of {rounds})",
            ratio=round(ours / base, 3),
            target=1.0,
            details={
                "bytes": len(raw),
                "messages": messages,
                "words_per_message": 12,
                "json_loads_s": times["loads"],
                "typed_s": times["typed"],
                "gc_disabled": {
                    "json_loads_s": no_gc["loads"],
                    "typed_s": no_gc["typed"],
                    "ratio": round(median(no_gc["typed"]) / median(no_gc["loads"]), 3),
                },
                "from_dict_profile": profile,
            },
        )
    ]
