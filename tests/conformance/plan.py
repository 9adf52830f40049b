"""The stateful plan: one small pass per operation that has links, derived from the spec.

A single state machine over all operations spends most of its steps on a few links (it picks
among every rule each step). A pass per link source instead holds only the shortest chain of
links from an operation that needs no id (a create, a submit, a list) to that source, the source
and its targets, so the source's links are most of what the machine can choose.
"""

from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass
from typing import Any

from .spec_links import Link, explicit_links, operations, path_parameters


@dataclass(frozen=True)
class Pass:
    source: str
    operation_ids: frozenset[str]
    chain: tuple[str, ...]  # roots first, ending at the source
    links: int  # how many links leave the source
    targets: frozenset[str]  # the operations those links lead to

    @property
    def max_steps(self) -> int:
        """Enough steps to walk the chain and then follow each of the source's links."""
        return len(self.chain) + self.links + 2

    def examples(self, base: int) -> int:
        """Scenarios to ask for: more for a source with many links (the conversation has 26)."""
        return base + self.links // 2


def _chain(spec: dict[str, Any], links: list[Link], source: str, roots: list[str]) -> tuple[str, ...] | None:
    """Shortest chain of links from one of `roots` to `source`.

    Operations with several links to the source's own targets (another submit for an append) are
    avoided when possible: the machine would otherwise follow their links instead of the source's.
    """
    targets = {link.target for link in links if link.source == source}
    into = {link.key for link in links if link.target in targets and link.source != source}
    into_targets = Counter(op_id for op_id, _ in into)
    noisy = {op_id for op_id, count in into_targets.items() if count > 1}
    creates = [root for root in roots if operations(spec)[root][1] == "post"]
    # A create first: a list may come back empty (filters, a fresh account) and lead nowhere.
    for starts, avoid in ((creates, noisy), (roots, noisy), (creates, set()), (roots, set())):
        chains: dict[str, tuple[str, ...]] = {root: (root,) for root in starts if root not in avoid}
        queue = deque(chains)
        while queue:
            current = queue.popleft()
            if current == source:
                return chains[current]
            for link in links:
                if link.source == current and link.target not in chains and link.target not in avoid - {source}:
                    chains[link.target] = (*chains[current], link.target)
                    queue.append(link.target)
    return None


def stateful_plan(spec: dict[str, Any], allowed: frozenset[str] | None = None) -> list[Pass]:
    """One pass per operation with outgoing links, in spec order (only `allowed` operations if given)."""
    links = [link for link in explicit_links(spec) if allowed is None or {link.source, link.target} <= allowed]
    ops = operations(spec)
    # Creates first: a chain from a list only works once something was created.
    roots = sorted((op_id for op_id in ops if not path_parameters(spec, op_id)), key=lambda o: ops[o][1] != "post")
    plan = []
    for source in dict.fromkeys(link.source for link in links):
        chain = (source,) if not path_parameters(spec, source) else _chain(spec, links, source, roots)
        if chain is None:
            continue  # nothing that needs no id leads there
        targets = {link.target for link in links if link.source == source}
        names = {link.name for link in links if link.source == source}
        plan.append(Pass(source, frozenset({*chain, *targets}), chain, len(names), frozenset(targets)))
    # Passes starting at a list read what earlier passes created, so they go last.
    return sorted(plan, key=lambda p: ops[p.chain[0]][1] == "get")
