"""Per-article and per-story work on several cores or a Dask cluster, with output identical
to one process.

The pipeline hands over a stage as a plain function of a batch and the annotator
(``work(batch, annotator) -> list``): the per-article stages take a batch of articles, the
per-story comparison a batch of one story (and no annotator). ``run_batches`` runs it here, in
``jobs`` worker processes, or on Dask workers (``--dask local`` starts a cluster on this
machine; ``--scheduler tcp://HOST:PORT`` joins a running one), and yields the results in
input order, so what is written does not depend on where it ran. Only a few batches are in
flight at a time: memory stays flat however long the input is. ``workers`` keeps one pool or
cluster open across the stages of an audit.

Every worker loads its own copy of the engine once (an annotator pickles without its
loaded model); a worker is one process on one core, so N workers want N cores.
"""

from __future__ import annotations

import copy
import gc
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from quoteaudit.errors import QuoteAuditError

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

T = TypeVar("T")
Work = Callable[[list[Any], Any], list[Any]]  # (batch, annotator) -> one result per item

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


def available_cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


_worker_state = threading.local()


def _annotator_here(annotator):
    """This worker's copy of ANNOTATOR, made once per worker (per thread for in-process
    Dask workers) so the model loads once and no two threads share one pipeline. Work that
    annotates nothing (the per-story comparison) passes None."""
    if annotator is None:
        return None
    key = getattr(annotator, "cache_key", annotator.name)
    cached = getattr(_worker_state, "annotators", {})
    if key not in cached:
        cached[key] = copy.copy(annotator)
        _worker_state.annotators = cached
    return cached[key]


def _run(work: Work, batch: list, annotator, rules_dir: Path | None) -> list:
    """WORK in a worker, under the rules folder the parent runs with (`--rules DIR` is set
    in the parent after the workers may have started, and a Dask worker never saw it)."""
    from quoteaudit import rules

    if rules.active_rules() != rules_dir:
        rules.use_rules(rules_dir)
    return work(batch, _annotator_here(annotator))


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


def _warm_up() -> None:
    """A worker's first act: import the stages and read the lexicons, while the parent is
    still reading the input."""
    from quoteaudit.pipeline import warm_up

    warm_up()


_started: dict[int, ProcessPoolExecutor] = {}  # jobs -> a process pool started ahead of its run


def _process_pool(jobs: int) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork shares what this process has imported already, but a process that has loaded torch
    # can hang when forked: then each worker is a fresh interpreter (spawn) instead
    method = "spawn" if "torch" in sys.modules or sys.platform != "linux" else "fork"
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method), initializer=_warm_up)
    if method == "fork":
        # What this process holds now (modules, typer, pydantic) lives as long as the workers:
        # frozen, a forked worker's garbage collector never walks it, nor copies the pages it
        # would write to (the gc module's advice for a fork). On PolNeAR dev with --jobs 2: a
        # third fewer page faults in the workers, about 0.08 s less CPU and 0.05-0.1 s less wall time.
        gc.freeze()
    for _ in range(jobs):
        pool.submit(int)  # a worker is spawned per task submitted while none is idle (with fork: all at the first)
    return pool


def start_workers(runner: Runner) -> None:
    """Start RUNNER's worker processes now, so that they start up while the input is read;
    the next ``run_batches`` with the same runner uses them."""
    if runner.jobs > 1 and not runner.dask and runner.jobs not in _started:
        _started[runner.jobs] = _process_pool(runner.jobs)


Submit = Callable[..., Any]  # (function, *args) -> a future
_open: dict[Runner, tuple[Submit, int]] = {}  # runner -> its workers' submit and slots, while `workers` keeps them


@contextmanager
def workers(runner: Runner) -> Iterator[None]:
    """Keep RUNNER's workers (a process pool, or a Dask client and the cluster it started)
    for every ``run_batches`` inside, so the stages of one audit (per article, then per
    story) share one start-up rather than paying for a pool or cluster each."""
    if (runner.jobs == 1 and not runner.dask) or runner in _open:
        yield
        return
    opened = _dask(runner) if runner.dask else _pool(runner)
    with opened as submit_and_slots:
        _open[runner] = submit_and_slots
        try:
            yield
        finally:
            del _open[runner]


def run_batches(work: Work, batches: Iterable[list], annotator, runner: Runner = Runner()) -> Iterator:
    """WORK over each batch, results flattened in input order."""
    if runner.jobs == 1 and not runner.dask:
        for batch in batches:
            yield from work(batch, annotator)
        return
    from concurrent.futures.process import BrokenProcessPool

    with workers(runner):
        submit, slots = _open[runner]
        from quoteaudit.rules import active_rules

        futures = (submit(_run, work, batch, annotator, active_rules()) for batch in batches)
        try:
            yield from _ordered(futures, IN_FLIGHT * slots)
        except BrokenProcessPool:
            raise QuoteAuditError("a worker process stopped unexpectedly (out of memory?); try fewer --jobs") from None


@contextmanager
def _pool(runner: Runner) -> Iterator[tuple[Submit, int]]:
    with _started.pop(runner.jobs, None) or _process_pool(runner.jobs) as pool:
        yield pool.submit, runner.jobs


@contextmanager
def _dask(runner: Runner) -> Iterator[tuple[Submit, int]]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise QuoteAuditError("Dask is not installed: pip install 'quoteaudit[dask]'") from None
    import logging

    cluster = None
    address: LocalCluster | str | None
    if runner.dask == "local":
        workers = runner.jobs if runner.jobs > 1 else available_cores()
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None, silence_logs=logging.ERROR)
        address = cluster
    else:
        address = runner.dask
    try:
        client = Client(address, timeout="20s")
    except OSError as exc:
        if cluster:
            cluster.close()
        raise QuoteAuditError(f"cannot reach the Dask scheduler at {runner.dask}: {exc}") from None
    try:
        slots = sum(client.nthreads().values()) or 1
        yield (lambda *args: client.submit(*args, pure=False)), slots
    finally:
        client.close()
        if cluster:
            cluster.close()
