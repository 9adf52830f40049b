"""Item 6: walking 10,000 conversations, `iter_list_conversations` against a raw httpx loop.

Both walk `GET /v1/conversations` with the same query (limit, offset, order, sort) and stop at
the first short page, so they make the same requests; the client also builds a typed
`Conversation` per item. Whole walks alternate; medians are compared.
"""

from __future__ import annotations

import gc

import httpx

from ._common import APP_ID, APP_SECRET, Metric, Options, log, median, profile_top, timed
from ._workload import ServedMock

PAGE_SIZE = 100


def run(opts: Options, mock: ServedMock, listed: int) -> list[Metric]:
    from symbl_api import Symbl

    headers = {"Authorization": f"Bearer {mock.token}"}
    expected = listed + len(mock.conversations)
    counts: dict[str, int] = {}
    with (
        Symbl(base_url=mock.url, app_id=APP_ID, app_secret=APP_SECRET) as client,
        httpx.Client(base_url=mock.url) as raw,
    ):

        def ours() -> None:
            counts["client"] = sum(1 for _ in client.conversations.iter_list_conversations(page_size=PAGE_SIZE))

        def theirs() -> None:
            offset, seen = 0, 0
            while True:
                params: dict[str, str | int] = {
                    "limit": PAGE_SIZE,
                    "offset": offset,
                    "order": "asc",
                    "sort": "conversation.startTime",
                }
                response = raw.get("/v1/conversations", params=params, headers=headers)
                response.raise_for_status()
                items = response.json()["conversations"]
                seen += len(items)
                offset += len(items)
                if len(items) < PAGE_SIZE:
                    break
            counts["raw"] = seen

        ours()
        theirs()  # warm-up
        if counts != {"client": expected, "raw": expected}:
            raise RuntimeError(f"walks saw {counts}, expected {expected} conversations each")
        rounds = opts.pick(5, 3)
        times: dict[str, list[float]] = {"client": [], "raw": []}
        for index in range(rounds):
            for name, fn in (
                (("client", ours), ("raw", theirs)) if index % 2 == 0 else (("raw", theirs), ("client", ours))
            ):
                gc.collect()
                times[name].append(timed(fn))
        profile = profile_top(ours)
    a, b = median(times["client"]), median(times["raw"])
    log(f"pagination: client {a:.2f} s, raw {b:.2f} s for {expected} conversations")
    return [
        Metric(
            key="pagination",
            item=f"6. walk {expected} conversations (page {PAGE_SIZE}): client / raw httpx loop",
            measured=f"{a:.2f} vs {b:.2f} s (median of {rounds})",
            ratio=round(a / b, 3),
            target=1.2,
            details={
                "conversations": expected,
                "page_size": PAGE_SIZE,
                "client_s": times["client"],
                "raw_s": times["raw"],
                "profile_of_client_walk": profile,
            },
        )
    ]
