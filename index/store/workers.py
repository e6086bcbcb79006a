"""Per-article work spread over the machine's cores.

The first pass (`summaries`) and an update's checks of repairs (`rechecks`) are plain
process pools. The second pass (`AnalysisRun`) runs in worker processes that each write
their own Whoosh segment, as Whoosh's multi-segment writer does, so that analysing and
indexing an article happen in the same process and only the small catalog entry travels
back to the parent; fewer articles are analysed and indexed by the parent itself, and an
article a check repaired again into other spaces comes back from the check analysed, with
its records, for the parent to index. Workers are forked from the parent and die with it.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import queue
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from whoosh.index import Index

from index.corpus import Stamp
from index.extract.names.aliases import AliasTable
from index.repair import Vocabulary
from index.store.article import Analysis, Recheck, Summary, analyse, read_summary, recheck
from index.store.catalog import unpack
from index.store.pool import Writer
from index.store.records import Record
from index.store.writing import IndexBuildError

WORKER_DIED = "a worker process died (killed, or out of memory?); the index is as it was"
"""What stops a build or an update whose worker died: its work is lost, so the run stops
rather than waiting for it (a killed worker of a process pool is replaced silently)."""

PARALLEL_MIN = 24
"""Articles from which worker processes pay for their start-up."""
BATCH = 16
"""Articles handed to a worker at a time."""

_CONTEXT = mp.get_context("fork")


def cores() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def summaries(
    corpus_dir: Path, items: Sequence[tuple[str, Stamp]], tick: Callable[[], None]
) -> Mapped[Summary]:
    """The first pass over `items` (path, stamp), in parallel when there are many."""
    return _mapped(lambda item: read_summary(corpus_dir, *item), items, tick)


def rechecks(
    corpus_dir: Path,
    items: Sequence[tuple[Summary, frozenset[str], float, bytes, tuple[int, ...]]],
    vocabulary: Vocabulary,
    former: Vocabulary,
    aliases: AliasTable,
    tick: Callable[[], None],
) -> Mapped[Recheck | None]:
    """`recheck` of each of `items` (summary, moved keys concerning it, penalty, packed
    words, restored spaces) against `vocabulary` and `former`, in parallel when there are
    many (the workers are forked with the vocabularies and `aliases`, which are never
    pickled, and unpack the words); an article repaired into other spaces comes back
    analysed."""

    def work(item: tuple[Summary, frozenset[str], float, bytes, tuple[int, ...]]) -> Recheck | None:
        summary, concerning, penalty, packed, kept = item
        return recheck(
            corpus_dir, summary, vocabulary, former, concerning, penalty, unpack(packed), kept,
            aliases,
        )  # fmt: skip

    return _mapped(work, items, tick)


T = TypeVar("T")
R = TypeVar("R")
_JOB: Callable[[Any], Any] | None = None
"""The work of a pool's workers, set before they are forked (so never pickled)."""


def _mapped(work: Callable[[T], R], items: Sequence[T], tick: Callable[[], None]) -> Mapped[R]:
    """`work` of each of `items` in order, over every core when there are many (the
    workers start at once, so the caller may do other work before it reads them); `tick`
    after each."""
    if len(items) < PARALLEL_MIN or cores() == 1:
        return Mapped(map(work, items), tick)
    pool = _CONTEXT.Pool(cores(), initializer=_pool_start, initargs=(work,))
    batches = [items[start : start + BATCH] for start in range(0, len(items), BATCH)]
    workers = list(pool._pool)  # (the pool starts others in place of those that die)
    return Mapped(_flat(pool.imap(_pool_batch, batches), workers), tick, pool)


def _flat(batches: Any, workers: list[Any]) -> Iterator[Any]:
    """The results of a pool's batches, one by one; one of `workers` dying stops them."""
    while True:
        try:
            batch = batches.next(timeout=1.0)
        except StopIteration:
            return
        except mp.TimeoutError:
            batch = []
        if any(worker.exitcode is not None for worker in workers):
            raise IndexBuildError(WORKER_DIED) from None
        yield from batch


class Mapped(Iterator[R]):
    """Results as they come, from a pool of workers (or computed here, without one);
    the pool ends with the last result, or at `close` (also on leaving a `with`).

    A worker killed (out of memory, say) takes its batch with it, and the pool, which
    starts another, would wait for that batch for ever: a dead worker stops the run."""

    def __init__(self, results: Iterator[R], tick: Callable[[], None], pool: Any = None) -> None:
        self._results, self._tick, self._pool = results, tick, pool

    def __next__(self) -> R:
        try:
            done = next(self._results)
        except BaseException:  # the end, a worker's error or an interruption
            self.close()
            raise
        self._tick()
        return done

    def close(self) -> None:
        """Stop the workers (results not read yet are lost)."""
        if self._pool is not None:
            pool, self._pool = self._pool, None
            _terminate(pool)

    def __enter__(self) -> Mapped[R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


STOP_WAIT = 2.0
"""Seconds `_terminate` waits for the pool's task queue to be free."""


def _terminate(pool: Any) -> None:
    """`pool.terminate()`, which takes the task queue's lock once the workers are told to
    stop, and in CPython waits for it for ever when a worker holds it and never lets go:
    killed while reading a task, or left waiting for one after another died (under load,
    it hung after a killed worker one time in two). Still waiting after `STOP_WAIT`, the
    workers are killed and the lock let go for it: the queue goes with them. An error
    of `terminate` is raised here, as it was when called here (never printed by the
    thread)."""
    failed: list[BaseException] = []

    def stop() -> None:
        try:
            pool.terminate()
        except BaseException as error:  # raised by the caller below
            failed.append(error)

    stopper = threading.Thread(target=stop, daemon=True)
    stopper.start()
    stopper.join(STOP_WAIT)
    if stopper.is_alive():
        for worker in list(pool._pool):
            if worker.exitcode is None:
                worker.kill()
        try:
            pool._inqueue._rlock.release()
        except ValueError:  # free already
            pass
        stopper.join(STOP_WAIT)
    if failed:
        raise failed[0]


def _indexed(
    writer: Writer, analysed: Iterable[tuple[Analysis, list[Record]]]
) -> Iterator[Analysis]:
    """Each analysed article, once `writer` has its records."""
    for analysis, records in analysed:
        for record in records:
            writer.add_document(**record)
        yield analysis


def _failure(results: Any) -> tuple[str, BaseException]:
    """The error a stopped worker sent before it stopped (a full disk), among the results
    waiting; or its death, when it sent none."""
    while True:
        try:
            kind, value = results.get_nowait()
        except queue.Empty:
            return "error", IndexBuildError(WORKER_DIED)
        if kind == "error":
            return kind, value


def _pool_start(work: Callable[[Any], Any]) -> None:
    global _JOB
    _worker_start()
    _JOB = work


def _pool_batch(items: Sequence[Any]) -> list[Any]:
    assert _JOB is not None
    return [_JOB(item) for item in items]


def _worker_start() -> None:
    _orphan_guard()
    _quiet_collector()


def _quiet_collector() -> None:
    """Spare a worker the cyclic collector's walks over what it inherited and caches.

    The objects forked from the parent are frozen out of collection, and collections
    run far less often: the work makes few cycles, and each full collection would walk
    every cached word of the process.
    """
    gc.freeze()
    gc.set_threshold(200_000, 50, 1000)


def _orphan_guard() -> None:
    """Ask the kernel to end this worker when its parent dies (kill -9 included)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass


POOL_MB = 12
"""Megabytes of postings a worker's writer pools before it sorts them to a run on disk
(`pool.TermPool`; Whoosh's default is 128). With Whoosh's own pool, at 3,000 synthetic
articles, the build's process tree peaked at 676 MB with 128 and 517 MB with 32, in the
same time (58 and 55 s); a process writing them held 22 MB less with 12 than with 32."""


class AnalysisRun:
    """The second pass: analyses stream back; `segments` holds the workers' segments."""

    def __init__(
        self,
        ix: Index,
        corpus_dir: Path,
        vocabulary: Vocabulary,
        aliases: AliasTable,
        writer: Writer,
    ) -> None:
        self.ix, self.corpus_dir, self.writer = ix, corpus_dir, writer
        self.vocabulary, self.aliases = vocabulary, aliases
        self.segments: list[Any] = []
        self._workers: list[Any] = []

    def stop(self) -> None:
        """Stop the workers of a run its caller left (an error, a cancelled build) at
        once: the run's generator, left suspended, would stop them only when collected,
        and meanwhile they write in a folder the caller may be removing."""
        for worker in self._workers:
            if worker.is_alive():
                worker.kill()
        for worker in self._workers:
            worker.join(timeout=5)
        self._workers = []

    @staticmethod
    def forks(items: Sequence[Summary]) -> bool:
        """Whether `run` of `items` forks worker processes."""
        return len(items) >= PARALLEL_MIN and cores() > 1

    def run(self, items: Sequence[Summary]) -> Iterator[Analysis]:
        """Analyse and index `items`; yields each catalog entry as it is done."""
        if not self.forks(items):
            yield from self._here(items)
        else:
            yield from self._parallel(items, min(cores(), 1 + len(items) // PARALLEL_MIN))

    def _here(self, items: Sequence[Summary]) -> Iterator[Analysis]:
        return self.index(self._analysed(items))

    def _analysed(self, items: Sequence[Summary]) -> Iterator[tuple[Analysis, list[Record]]]:
        for summary in items:
            done = analyse(self.corpus_dir, summary, self.vocabulary, self.aliases)
            if done is not None:
                yield done

    def index(self, analysed: Iterable[tuple[Analysis, list[Record]]]) -> Iterator[Analysis]:
        """Index articles analysed already (here, or by the workers checking repairs)."""
        return _indexed(self.writer, analysed)

    def _parallel(self, items: Sequence[Summary], procs: int) -> Iterator[Analysis]:
        jobs: Any = _CONTEXT.Queue()
        results: Any = _CONTEXT.Queue(maxsize=4 * BATCH * procs)
        for start in range(0, len(items), BATCH):
            jobs.put(list(items[start : start + BATCH]))
        for _ in range(procs):
            jobs.put(None)
        workers = [
            _CONTEXT.Process(target=self._work, args=(jobs, results), daemon=True)
            for _ in range(procs)
        ]
        for worker in workers:
            worker.start()
        self._workers = workers
        try:
            yield from self._collect(results, workers)
        finally:
            for channel in (jobs, results):
                channel.cancel_join_thread()  # a stopped build must not wait on unsent jobs
                channel.close()

    def _collect(self, results: Any, workers: list[Any]) -> Iterator[Analysis]:
        try:
            yield from self._results(results, workers)
        finally:
            for worker in workers:
                if worker.is_alive():
                    worker.kill()
                    worker.join(timeout=5)

    def _results(self, results: Any, workers: list[Any]) -> Iterator[Analysis]:
        finished = 0
        while finished < len(workers):
            try:
                kind, value = results.get(timeout=1.0)
            except queue.Empty:
                if not any(w.is_alive() for w in workers):
                    raise IndexBuildError(WORKER_DIED) from None
                continue
            if any(w.exitcode for w in workers) and kind != "error":
                kind, value = _failure(results)  # a worker stopped: its batch is lost
            if kind == "analysis":
                yield value
            elif kind == "segment":
                finished += 1
                if value is not None:
                    self.segments.append(value)
            else:
                raise value  # an OSError (a full disk) keeps its kind for the caller
        for worker in workers:
            worker.join()

    def _work(self, jobs: Any, results: Any) -> None:
        _orphan_guard()
        _quiet_collector()
        writer = Writer(self.ix, _lk=False, limitmb=POOL_MB)
        try:
            while (batch := jobs.get()) is not None:
                for analysis in _indexed(writer, self._analysed(batch)):
                    results.put(("analysis", analysis))
            segment = writer._finalize_segment() if writer._added else None
            if segment is None:
                writer._close_segment()
            results.put(("segment", segment))
        except BaseException as error:  # reported to the parent, which stops the build
            failure = error if isinstance(error, OSError) else RuntimeError(f"{error!r}")
            results.put(("error", failure))
            results.close()
            results.join_thread()
            os._exit(1)  # the parent says what failed; no worker traceback on the terminal
