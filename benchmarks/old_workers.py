"""The forked second process as it was before this round (frozen copy, kept out of the package).

``benchmarks/speed.py --fork-ab`` runs it against :mod:`dronecalc.physics.workers`: the child
streamed each finished chunk through a pipe that a thread of the parent copied into place.
Original docstring follows.
"""
# Chunks of a vectorised computation on every core: one forked process beside this one.
# 
# numpy's ufuncs release the GIL, but a chunk small enough to stay near a core's cache spends
# much of its time in Python between ufunc calls, so threads mostly wait for each other
# (two threads ran the performance chain slower than one, benchmarks/speed.py). A forked
# child has its own interpreter: :func:`run_chunks` forks one for a large call; the child
# inherits the inputs and the (still empty) outputs copy-on-write, so nothing is pickled,
# computes chunks into its own copy of the outputs and sends each chunk's slices back through
# a pipe as it finishes it (a thread here copies them in while this process computes).
# 
# Why a pipe and not shared memory: shared anonymous memory cannot use transparent huge
# pages here (``shmem_enabled = never``), and mapping its 4 kB pages cost ~7 us each on this
# (virtual) machine, ~250 ms for the 141 MB of outputs of 10^6 samples, while private output
# arrays fault in 2 MB pages (~25 ms) and a pipe moves the child's half in ~30 ms.
# 
# Scheduling needs no lock: the parent takes chunks from the front, the child from the back,
# each publishing its next index in a small shared array; where they meet both may compute
# the same chunk, which is harmless (each chunk is pure and writes its own slice, bitwise
# the same). The child marks the chunks it finished and sends exactly those; the parent
# computes any chunk nobody finished (a child that failed or was killed), so the result never
# depends on the fork succeeding. Small calls, systems other than Linux and processes running
# other Python threads (a fork there could inherit a held lock) stay in this process.
from __future__ import annotations

import mmap
import os
import signal
import sys
import threading

import numpy as np

#: Processes evaluating one large call (this one and one forked child; this machine has 2
#: cores). 1 = never fork.
PROCESSES = min(2, os.cpu_count() or 1)
#: Smallest call [samples] worth a fork: forking, the child's page faults, its exit and the
#: transfer cost a few milliseconds, ~1e4 samples of work.
FORK_MIN = 200_000
#: Pipe capacity asked for [B] (Linux F_SETPIPE_SZ; the default 64 kB means a switch of
#: process every 64 kB of results).
_PIPE_SIZE = 1 << 20


def _can_fork(size: int) -> bool:
    # Linux only: on macOS a forked child of a process whose numpy uses Accelerate (and so
    # libdispatch) is not safe to run; elsewhere there is no fork
    return (PROCESSES > 1 and size >= FORK_MIN and sys.platform.startswith("linux")
            and threading.active_count() == 1)


def _control(count: int) -> tuple[np.ndarray, np.ndarray, mmap.mmap]:
    """The next front and back chunk indices and per-chunk done marks, in shared memory."""
    buf = mmap.mmap(-1, 16 + count)                       # MAP_SHARED | MAP_ANONYMOUS
    nxt = np.frombuffer(buf, dtype=np.int64, count=2)
    done = np.frombuffer(buf, dtype=np.uint8, count=count, offset=16)
    return nxt, done, buf


def _slices(shared: dict, start: int, stop: int) -> list[memoryview]:
    """Byte views of every output's ``[start:stop]`` (1-D contiguous arrays)."""
    return [memoryview(val[start:stop]).cast("B") for val in shared.values()]


def _write_all(fd: int, view: memoryview) -> None:
    while view.nbytes:
        view = view[os.write(fd, view):]


def _read_into(fd: int, view: memoryview) -> bool:
    """Fill ``view`` from ``fd``; False at an early end of file (the child died)."""
    while view.nbytes:
        got = os.readv(fd, [view])
        if got == 0:
            return False
        view = view[got:]
    return True


def run_chunks(work, size: int, chunk: int, shared: dict | None = None) -> None:
    """Call ``work(start, stop)`` on every chunk of ``range(size)``.

    ``shared``: the dict of 1-D output arrays ``work`` writes into, one entry per sample.
    Where a fork pays (:data:`FORK_MIN`, :data:`PROCESSES`), a child computes chunks from
    the back and sends its slices of those arrays back; otherwise (or without ``shared``)
    every chunk runs here, in order.
    """
    starts = list(range(0, size, chunk))
    if (shared is None or len(starts) < 2 or not _can_fork(size)
            or any(val.ndim != 1 or not val.flags.c_contiguous for val in shared.values())):
        for s in starts:
            work(s, min(s + chunk, size))
        return
    nxt, done, _buf = _control(len(starts))
    nxt[:] = (0, len(starts) - 1)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:                                     # the child: chunks from the back
        code = 1
        try:
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            os.close(read)
            j = int(nxt[1])
            while j >= int(nxt[0]):
                nxt[1] = j - 1
                start, stop = starts[j], min(starts[j] + chunk, size)
                work(start, stop)
                done[j] = 2
                _write_all(write, memoryview(np.array([j], dtype=np.int64)).cast("B"))
                for view in _slices(shared, start, stop):
                    _write_all(write, view)
                j -= 1
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    received = np.zeros(len(starts), dtype=bool)
    partial = np.zeros(len(starts), dtype=bool)      # a transfer cut off inside it

    def receive():                                   # in a thread: readv releases the GIL
        head = np.zeros(1, dtype=np.int64)
        while _read_into(read, memoryview(head).cast("B")):
            j = int(head[0])
            ok = all(_read_into(read, view) for view in
                     _slices(shared, starts[j], min(starts[j] + chunk, size)))
            received[j], partial[j] = ok, not ok
            if not ok:
                break

    reader = threading.Thread(target=receive, daemon=True)
    try:
        try:
            import fcntl
            fcntl.fcntl(read, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
        except (ImportError, AttributeError, OSError):
            pass                                     # the default capacity works too
        reader.start()
        i = int(nxt[0])                              # this process: chunks from the front
        while i <= int(nxt[1]):
            nxt[0] = i + 1
            work(starts[i], min(starts[i] + chunk, size))
            done[i] = 1
            i += 1
        reader.join()
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        reader.join()
        raise
    finally:
        os.close(read)
        os.waitpid(pid, 0)
    for j in np.flatnonzero(~received & ((done != 1) | partial)):   # not here, not whole
        work(starts[j], min(starts[j] + chunk, size))
