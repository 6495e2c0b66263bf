"""An ingest batch's server write, overlapping the extraction that feeds it.

During a batch, each finished new article's rows are handed to a writer thread that COPYs
them into the desk's tables inside one open transaction, while the main thread goes on
preparing the next articles (and the server maintains its indexes in its own process).
At the batch's end the rest of the write (articles ingested again, orphans, the revision
bump and NOTIFY) runs in that same transaction, and it commits: all of the batch or none
of it, as when everything was written at the end.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from claimdesk.store.pg_rows import CLAIM_COLUMNS

_ROWS, _FINISH, _ABORT = "rows", "finish", "abort"


class CopyStream:
    """One transaction on `conn`, owned by a thread of its own until finish() or abort():
    nothing else may use `conn` meanwhile."""

    def __init__(self, conn: Any, check: Callable[[Any], None]) -> None:
        self._queue: queue.Queue[tuple[Any, ...]] = queue.Queue(maxsize=16)
        self.error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(conn, check), name="claimdesk-pg-writer", daemon=True
        )
        self._thread.start()

    def put(self, articles: list[tuple[Any, ...]], claims: list[tuple[Any, ...]]) -> None:
        """Rows to COPY: articles as (id, doc), claims as CLAIM_COLUMNS; the writer gives
        them `ord`s after the desk's last, in the order they come."""
        if self.error is None:
            self._queue.put((_ROWS, articles, claims))

    def finish(self, final: Callable[[Any], None]) -> None:
        """Run `final(conn)` in the transaction, commit, and re-raise the writer's error."""
        self._queue.put((_FINISH, final))
        self._thread.join()
        if self.error is not None:
            raise self.error

    def abort(self) -> None:
        """Roll back everything sent."""
        self._queue.put((_ABORT,))
        self._thread.join()

    def _run(self, conn: Any, check: Callable[[Any], None]) -> None:
        ended = False  # the main thread sent its last job (finish or abort)
        try:
            with conn.transaction():
                check(conn)
                row = conn.execute("SELECT coalesce(max(ord), 0) FROM claims").fetchone()
                claim_ord = row[0] + 1
                row = conn.execute("SELECT coalesce(max(ord), -1) FROM articles").fetchone()
                article_ord = row[0] + 1
                while True:
                    job = self._queue.get()
                    if job[0] == _FINISH:
                        ended = True
                        job[1](conn)
                        return
                    if job[0] == _ABORT:
                        ended = True
                        raise _Aborted
                    with conn.cursor().copy("COPY articles (ord, id, doc) FROM STDIN") as cp:
                        for art in job[1]:
                            cp.write_row((article_ord, *art))
                            article_ord += 1
                    with conn.cursor().copy(f"COPY claims (ord, {CLAIM_COLUMNS}) FROM STDIN") as cp:
                        for claim in job[2]:
                            cp.write_row((claim_ord, *claim))
                            claim_ord += 1
        except _Aborted:
            return
        except BaseException as exc:
            self.error = exc
            if not ended:
                self._drain()

    def _drain(self) -> None:
        """After an error: take what the main thread still sends until it stops."""
        while True:
            job = self._queue.get()
            if job[0] in (_FINISH, _ABORT):
                return


class _Aborted(Exception):
    """The batch gave up: roll back."""
