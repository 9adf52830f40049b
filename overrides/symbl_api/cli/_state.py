"""The batch's state in SQLite: one row per input, written before and after each submission.

States: `pending` (to submit), `submitting` (the request may be on the wire), `submitted` (job
accepted; poll it), `done` (result written), `failed` (certainly not processed: retried on the
next run) and `unknown` (the submission may or may not have been accepted). A run killed while
a row is `submitting` leaves it to the next run as `unknown`, never as `pending`, so nothing is
submitted twice. WAL with synchronous=NORMAL survives a killed process (not a power cut) and
keeps each commit cheap.
"""

from __future__ import annotations

import fcntl
import os
import secrets
import sqlite3
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ._inputs import Source

STATES = ("pending", "submitting", "submitted", "done", "failed", "unknown")
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (
    id INTEGER PRIMARY KEY,
    location TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'pending',
    job_id TEXT,
    conversation_id TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    updated REAL NOT NULL
);
"""


class StateBusyError(Exception):
    """Another process is running a batch on the same state file."""


@dataclass(frozen=True)
class Item:
    id: int
    source: Source
    name: str
    state: str
    job_id: str | None
    conversation_id: str | None
    attempts: int
    error: str | None


class BatchState:
    """The rows of one batch; every change is committed before the method returns."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # One runner per state file: a second one would submit the same pending rows.
        self._lock = open(self.path.with_name(self.path.name + ".lock"), "w")  # noqa: SIM115
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock.close()
            raise StateBusyError(
                f"another batch is running on {self.path}; wait for it or use another --state"
            ) from None
        self._db = sqlite3.connect(self.path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        self._db.execute("INSERT OR IGNORE INTO meta VALUES ('token', ?)", (secrets.token_hex(4),))
        self._db.execute("INSERT OR IGNORE INTO meta VALUES ('created', ?)", (repr(time.time()),))
        self.token = self._meta("token")
        self.created = float(self._meta("created"))

    def _meta(self, key: str) -> str:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0])

    def close(self) -> None:
        self._db.close()
        self._lock.close()

    def add(self, sources: Iterable[Source]) -> int:
        """Record new inputs as pending (known ones are left as they are); how many were new."""
        now = time.time()
        with self._db:
            self._db.execute("BEGIN")
            before = self._db.execute("SELECT count(*) FROM items").fetchone()[0]
            self._db.executemany(
                "INSERT OR IGNORE INTO items (location, kind, updated) VALUES (?, ?, ?)",
                ((s.location, s.kind, now) for s in sources),
            )
            # The name carries a tag unique to this batch and item: it is how a submission of
            # unknown outcome is found again among the account's conversations.
            unnamed = self._db.execute("SELECT id, kind, location FROM items WHERE name = ''").fetchall()
            self._db.executemany(
                "UPDATE items SET name = ? WHERE id = ?",
                (
                    (f"{Source(kind, location).display_name} [{self.token}-{id_}]", id_)
                    for id_, kind, location in unnamed
                ),
            )
            return int(self._db.execute("SELECT count(*) FROM items").fetchone()[0]) - int(before)

    def recover(self) -> None:
        """After a kill: a row caught mid-submission has an unknown outcome; failures get retried."""
        now = time.time()
        with self._db:
            self._db.execute("BEGIN")
            self._db.execute(
                "UPDATE items SET state = 'unknown', error = 'interrupted while submitting', updated = ?"
                " WHERE state = 'submitting'",
                (now,),
            )
            self._db.execute("UPDATE items SET state = 'pending', updated = ? WHERE state = 'failed'", (now,))

    def items(self, *states: str) -> list[Item]:
        marks = ",".join("?" * len(states))
        rows = self._db.execute(
            "SELECT id, kind, location, name, state, job_id, conversation_id, attempts, error FROM items"
            f" WHERE state IN ({marks}) ORDER BY id",
            states,
        )
        return [Item(r[0], Source(r[1], r[2]), r[3], r[4], r[5], r[6], r[7], r[8]) for r in rows]

    def counts(self) -> Counter[str]:
        return Counter(dict(self._db.execute("SELECT state, count(*) FROM items GROUP BY state").fetchall()))

    def _set(self, item_id: int, state: str, sql: str = "", args: tuple[object, ...] = ()) -> None:
        self._db.execute(
            f"UPDATE items SET state = ?, updated = ?{sql} WHERE id = ?", (state, time.time(), *args, item_id)
        )

    def submitting(self, item_id: int) -> None:
        self._set(item_id, "submitting", ", attempts = attempts + 1, error = NULL")

    def submitted(self, item_id: int, job_id: str | None, conversation_id: str) -> None:
        self._set(item_id, "submitted", ", job_id = ?, conversation_id = ?", (job_id, conversation_id))

    def done(self, item_id: int) -> None:
        self._set(item_id, "done", ", error = NULL")

    def failed(self, item_id: int, error: str) -> None:
        self._set(item_id, "failed", ", error = ?", (error,))

    def pending(self, item_id: int, error: str | None = None) -> None:
        self._set(item_id, "pending", ", error = ?", (error,))

    def unknown(self, item_id: int, error: str) -> None:
        self._set(item_id, "unknown", ", error = ?", (error,))

    def note(self, item_id: int, error: str) -> None:
        """Record why a submitted item is still not done (it stays submitted)."""
        self._db.execute("UPDATE items SET error = ?, updated = ? WHERE id = ?", (error, time.time(), item_id))
