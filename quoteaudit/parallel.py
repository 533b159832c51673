"""Per-article work on several cores or a Dask cluster, with output identical to one process.

The pipeline hands over its per-article stage as a plain function of a batch of articles
and the annotator (``work(batch, annotator) -> list``). ``run_batches`` runs it here, in
``jobs`` worker processes, or on Dask workers (``--dask local`` starts a cluster on this
machine; ``--scheduler tcp://HOST:PORT`` joins a running one), and yields the results in
input order, so what is written does not depend on where it ran. Only a few batches are in
flight at a time: memory stays flat however long the input is.

Every worker loads its own copy of the engine once (an annotator pickles without its
loaded model) and gives torch its share of the cores, so two workers on two cores do not
fight over them.
"""

from __future__ import annotations

import copy
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from quoteaudit.errors import QuoteAuditError

T = TypeVar("T")
Work = Callable[[list, object], list]

# batches in flight per worker: one running, one waiting, so no worker waits on the parent
IN_FLIGHT = 2


@dataclass(frozen=True)
class Runner:
    """Where per-article work runs: ``jobs`` processes here, or on Dask when ``dask`` is
    "local" (a cluster of ``jobs`` workers on this machine) or a scheduler address."""

    jobs: int = 1
    dask: str | None = None

    def __post_init__(self):
        if self.jobs < 1:
            raise QuoteAuditError(f"--jobs must be 1 or more, not {self.jobs}")

    @property
    def local(self) -> bool:
        return self.jobs == 1 and not self.dask


_worker_state = threading.local()


def _annotator_here(annotator, threads: int | None):
    """This worker's copy of ANNOTATOR, made once per worker (per thread for in-process
    Dask workers) so the model loads once and no two threads share one pipeline."""
    key = (getattr(annotator, "cache_key", annotator.name), threads)
    cached = getattr(_worker_state, "annotators", {})
    if key not in cached:
        mine = copy.copy(annotator)
        if hasattr(mine, "threads") and threads:
            mine.threads = threads
        cached[key] = mine
        _worker_state.annotators = cached
    return cached[key]


def _run(work: Work, batch: list, annotator, threads: int | None) -> list:
    return work(batch, _annotator_here(annotator, threads))


def _ordered(futures: Iterable, window: int) -> Iterator:
    """Results of FUTURES in order, asking for at most WINDOW at a time (the iterable
    submits a batch as it is advanced)."""
    pending: deque = deque()
    for future in futures:
        pending.append(future)
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def run_batches(work: Work, batches: Iterable[list], annotator, runner: Runner = Runner()) -> Iterator:
    """WORK over each batch, results flattened in input order."""
    if runner.dask:
        yield from _on_dask(work, batches, annotator, runner)
        return
    if runner.jobs == 1:
        for batch in batches:
            yield from work(batch, annotator)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from quoteaudit.nlp.stanza_engine import available_cores

    threads = max(1, available_cores() // runner.jobs)
    # spawn: a fresh interpreter per worker; forking a process that has run torch can hang
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(runner.jobs, mp_context=context) as pool:
        futures = (pool.submit(_run, work, batch, annotator, threads) for batch in batches)
        yield from _ordered(futures, IN_FLIGHT * runner.jobs)


def _on_dask(work: Work, batches: Iterable[list], annotator, runner: Runner) -> Iterator:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise QuoteAuditError("Dask is not installed: pip install 'quoteaudit[dask]'") from None
    import logging

    from quoteaudit.nlp.stanza_engine import available_cores

    cluster = None
    if runner.dask == "local":
        workers = runner.jobs if runner.jobs > 1 else available_cores()
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, dashboard_address=None, silence_logs=logging.ERROR
        )
        address, threads = cluster, max(1, available_cores() // workers)
    else:
        address, threads = runner.dask, None  # a remote worker uses its own cores
    try:
        client = Client(address, timeout="20s")
    except OSError as exc:
        if cluster:
            cluster.close()
        raise QuoteAuditError(f"cannot reach the Dask scheduler at {runner.dask}: {exc}") from None
    try:
        slots = sum(client.nthreads().values()) or 1
        futures = (client.submit(_run, work, batch, annotator, threads, pure=False) for batch in batches)
        yield from _ordered(futures, IN_FLIGHT * slots)
    finally:
        client.close()
        if cluster:
            cluster.close()
