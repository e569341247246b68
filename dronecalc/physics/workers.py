"""Chunks of a vectorised computation on every core: one forked process beside this one.

numpy's ufuncs release the GIL, but a chunk small enough to stay in a core's cache spends
most of its time in Python between ufunc calls, so threads mostly wait for each other
(two threads ran the performance chain slower than one, benchmarks/speed.py). A forked
child has its own interpreter: :func:`run_chunks` forks one per extra core for a large
call, the child inherits the inputs (copy-on-write, nothing is pickled) and writes its
chunks into outputs the parent has moved to shared anonymous memory.

Scheduling needs no lock: the parent takes chunks from the front, the child from the back,
each publishing its next index in shared memory; where they meet both may compute the same
chunk, which is harmless (each chunk is pure and writes its own slice, bitwise the same).
The child marks each chunk done; after it exits the parent computes any chunk left unmarked
(a child that failed or was killed), so the result never depends on the fork succeeding.
Small calls, platforms without ``os.fork`` and processes running other Python threads (a
fork there could inherit a held lock) stay in this process.
"""
from __future__ import annotations

import mmap
import os
import signal
import threading

import numpy as np

#: Processes evaluating one large call (this one and PROCESSES - 1 forked children; only
#: one child is used: this machine has 2 cores). 1 = never fork.
PROCESSES = min(2, os.cpu_count() or 1)
#: Smallest call [samples] worth a fork: forking, the child's first-touch page faults and
#: its exit cost a few milliseconds, ~1e4 samples of work.
FORK_MIN = 200_000


def _shared_like(arrays: dict) -> tuple[dict, mmap.mmap]:
    """Empty arrays shaped like ``arrays``' values, in one shared anonymous mapping."""
    sizes = [(key, val.dtype, val.shape, -(-val.nbytes // 64) * 64)
             for key, val in arrays.items()]
    # shared, anonymous, its pages mapped at once (MAP_POPULATE: one call instead of a page
    # fault per 4 kB on first write, ~30 ns a sample of output)
    buf = mmap.mmap(-1, max(1, sum(s[3] for s in sizes)),
                    flags=mmap.MAP_SHARED | getattr(mmap, "MAP_POPULATE", 0))
    out, offset = {}, 0
    for key, dtype, shape, nbytes in sizes:
        count = int(np.prod(shape, dtype=np.int64))
        out[key] = np.frombuffer(buf, dtype=dtype, count=count, offset=offset).reshape(shape)
        offset += nbytes
    return out, buf


def _can_fork(size: int) -> bool:
    return (PROCESSES > 1 and size >= FORK_MIN and hasattr(os, "fork")
            and threading.active_count() == 1)


def run_chunks(work, size: int, chunk: int, shared: dict | None = None) -> None:
    """Call ``work(start, stop)`` on every chunk of ``range(size)``.

    ``shared``: the dict of output arrays ``work`` writes into (looked up at call time).
    Where a fork pays (:data:`FORK_MIN`, :data:`PROCESSES`), its arrays are replaced by
    shared-memory arrays of the same shape and dtype and a child computes chunks from the
    back; otherwise (or without ``shared``) every chunk runs here, in order.
    """
    starts = list(range(0, size, chunk))
    if shared is None or len(starts) < 2 or not _can_fork(size):
        for s in starts:
            work(s, min(s + chunk, size))
        return
    views, _buf = _shared_like(shared)
    shared.update(views)
    ctl, _ctl_buf = _shared_like({"next": np.zeros(2, np.int64),
                                  "done": np.zeros(len(starts), np.uint8)})
    nxt, done = ctl["next"], ctl["done"]
    nxt[:] = (0, len(starts) - 1)
    pid = os.fork()
    if pid == 0:                                     # the child: chunks from the back
        code = 1
        try:
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            j = int(nxt[1])
            while j >= int(nxt[0]):
                nxt[1] = j - 1
                work(starts[j], min(starts[j] + chunk, size))
                done[j] = 1
                j -= 1
            code = 0
        finally:
            os._exit(code)
    try:                                             # this process: chunks from the front
        i = int(nxt[0])
        while i <= int(nxt[1]):
            nxt[0] = i + 1
            work(starts[i], min(starts[i] + chunk, size))
            done[i] = 1
            i += 1
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise
    os.waitpid(pid, 0)
    for j in np.flatnonzero(done == 0):             # the child's chunks it did not finish
        work(starts[j], min(starts[j] + chunk, size))
