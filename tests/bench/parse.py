"""Item 2: a large transcript (10,000 messages of 12 words, ~22 MB) into typed models, against
`json.loads` of the same bytes; and the memory the parsed result holds.

The typed parse is what the client does with a response body: `msgspec.json.decode(raw,
type=MessageList)`, straight from the bytes. Runs alternate, after a full collection each, with
nothing else big alive; medians are compared. Kept in the results as diagnostics: the same
ratio with the cyclic GC disabled, and a cProfile of one typed decode.

Memory: what the parsed result keeps allocated (tracemalloc, after a full collection), against
what `json.loads`'s dicts keep. The attrs models this package generated before held 92.9 MiB
against 84.6 MiB for `json.loads` (ratio 1.099, measured with this item's code); the target is
0.6 times that.
"""

from __future__ import annotations

import gc
import json
import tracemalloc
from collections.abc import Callable
from typing import Any

import msgspec

from ._common import Metric, Options, log, median, profile_top, timed
from ._workload import transcript_bytes

ATTRS_RETAINED_RATIO = 92.9 / 84.6  # the attrs models' result against json.loads (see above)


def _check_typed(parsed: Any, raw: bytes) -> None:
    """Every field of the transcript lands in a typed attribute: the first message turned back
    into a dict has the input's keys (at every level), and its times are datetimes."""
    import datetime

    first = parsed.messages[0]
    assert isinstance(first.words[0].start_time, datetime.datetime)
    expected = json.loads(raw)["messages"][0]
    again = first.to_dict()
    assert set(again) == set(expected) and set(again["words"][0]) == set(expected["words"][0]), "a field was lost"
    assert set(again["sentiment"]["polarity"]) == set(expected["sentiment"]["polarity"]), "a field was lost"


def _retained_mib(fn: Callable[[], object]) -> float:
    """MiB that the result of `fn` keeps allocated."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = fn()
        gc.collect()
        size = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    del result
    return size / 2**20


def _alternate(fns: dict[str, Callable[[], None]], rounds: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in fns}
    names = list(fns)
    for index in range(rounds):
        for name in names if index % 2 == 0 else reversed(names):
            gc.collect()
            times[name].append(timed(fns[name]))
    return times


def _profile_decode(raw: bytes) -> dict[str, Any]:
    from _symbl_api_generated.models.message_list import MessageList

    # With the GC off: its pauses would be charged to whichever function happened to allocate.
    gc.disable()
    try:
        return profile_top(lambda: msgspec.json.decode(raw, type=MessageList), count=15)
    finally:
        gc.enable()


def run(opts: Options) -> list[Metric]:
    from _symbl_api_generated.models.message_list import MessageList

    messages = opts.pick(10_000, 500)
    raw = transcript_bytes(messages)
    _check_typed(msgspec.json.decode(raw, type=MessageList), raw)  # also the warm-up

    def loads() -> None:
        json.loads(raw)

    def typed() -> None:
        msgspec.json.decode(raw, type=MessageList)

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
    profile = _profile_decode(raw)
    loads_mib = _retained_mib(lambda: json.loads(raw))
    typed_mib = _retained_mib(lambda: msgspec.json.decode(raw, type=MessageList))
    log(f"parse: result holds {typed_mib:.1f} MiB, json.loads {loads_mib:.1f} MiB")
    return [
        Metric(
            key="parse_transcript",
            item=f"2. transcript ({len(raw) / 1e6:.0f} MB, {messages} msgs): typed parse / json.loads",
            measured=f"{ours * 1e3:.0f} vs {base * 1e3:.0f} ms (median of {rounds})",
            ratio=round(ours / base, 3),
            target=0.7,
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
                "decode_profile": profile,
            },
        ),
        Metric(
            key="parse_retained_memory",
            item="2b. memory the parsed transcript holds / what json.loads' result holds",
            measured=f"{typed_mib:.1f} vs {loads_mib:.1f} MiB (attrs models: 1.099x)",
            ratio=round(typed_mib / loads_mib, 3),
            target=round(0.6 * ATTRS_RETAINED_RATIO, 3),
            details={"typed_mib": typed_mib, "json_loads_mib": loads_mib, "attrs_ratio": ATTRS_RETAINED_RATIO},
        ),
    ]
