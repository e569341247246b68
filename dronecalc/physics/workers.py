"""Chunks of a vectorised computation on every core: one forked process beside this one.

numpy's ufuncs release the GIL, but a chunk small enough to stay near a core's cache spends
much of its time in Python between ufunc calls, so threads mostly wait for each other
(two threads ran the performance chain slower than one, benchmarks/speed.py). A forked
child has its own interpreter: :func:`run_chunks` forks one for a large call; the child
inherits the inputs and the (still empty) outputs copy-on-write, so nothing is pickled,
computes chunks into its own copy of the outputs and reports each one through a pipe as it
finishes it; this process, between its own chunks, copies the reported chunks' slices out
of the child's memory with one ``process_vm_readv`` call each (a single kernel copy: the
child is a fork, so its slices sit at the same addresses as this process's), and lets the
child exit once it has them all.

Why not shared memory or the pipe itself: shared anonymous memory cannot use transparent
huge pages here (``shmem_enabled = never``), and faulting in its 4 kB pages cost ~3 us each
on this (virtual) machine, ~0.1 s for the 133 MB of outputs of 10^6 samples, while private
output arrays fault in 2 MB pages (~20 ms); sending the slices through the pipe (the
previous version) copied them twice and needed a thread here to receive them, which held
the GIL between reads. ``process_vm_readv`` copies the child's 66 MB in ~8 ms.

Scheduling needs no lock: this process takes chunks from the front, the child from the
back, each publishing its next index in a small shared array; where they meet both may
compute the same chunk, which is harmless (each chunk is pure and writes its own slice,
bitwise the same). This process computes any chunk it did not get whole from the child (a
child that failed or was killed, a copy refused), so the result never depends on the fork
succeeding. Small calls, systems other than Linux, processes running other Python threads
(a fork there could inherit a held lock) and systems where ``process_vm_readv`` is refused
stay in this process.
"""
from __future__ import annotations

import ctypes
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
#: copies cost a few milliseconds, ~1e4 samples of work.
FORK_MIN = 200_000
#: Whether ``process_vm_readv`` works here (None: not yet tried).
_VM_READ: bool | None = None


class _IOVec(ctypes.Structure):
    _fields_ = [("iov_base", ctypes.c_void_p), ("iov_len", ctypes.c_size_t)]


def _vm_reader():
    """libc's ``process_vm_readv`` with its argument types, or None where it does not work."""
    global _VM_READ
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        read = libc.process_vm_readv
    except (OSError, AttributeError):
        _VM_READ = False
        return None
    read.argtypes = [ctypes.c_int, ctypes.POINTER(_IOVec), ctypes.c_ulong,
                     ctypes.POINTER(_IOVec), ctypes.c_ulong, ctypes.c_ulong]
    read.restype = ctypes.c_ssize_t
    if _VM_READ is None:                         # refused by a seccomp filter, say
        src, dst = np.arange(4, dtype=np.int64), np.zeros(4, dtype=np.int64)
        local, remote = _IOVec(dst.ctypes.data, 32), _IOVec(src.ctypes.data, 32)
        _VM_READ = (read(os.getpid(), local, 1, remote, 1, 0) == 32
                    and bool(np.array_equal(src, dst)))
    return read if _VM_READ else None


def _can_fork(size: int) -> bool:
    # Linux only: on macOS a forked child of a process whose numpy uses Accelerate (and so
    # libdispatch) is not safe to run; elsewhere there is no fork
    return (PROCESSES > 1 and size >= FORK_MIN and sys.platform.startswith("linux")
            and threading.active_count() == 1 and _VM_READ is not False)


def _control(count: int) -> tuple[np.ndarray, mmap.mmap]:
    """The next front and back chunk indices, in shared memory."""
    buf = mmap.mmap(-1, 16)                               # MAP_SHARED | MAP_ANONYMOUS
    return np.frombuffer(buf, dtype=np.int64, count=2), buf


def _vectors(shared: dict, start: int, stop: int):
    """An iovec array over every output's ``[start:stop]`` (1-D contiguous arrays) and its
    total length [B]."""
    views = [val[start:stop] for val in shared.values()]
    iov = (_IOVec * len(views))(*(_IOVec(v.ctypes.data, v.nbytes) for v in views))
    return iov, sum(v.nbytes for v in views)


def run_chunks(work, size: int, chunk: int, shared: dict | None = None) -> None:
    """Call ``work(start, stop)`` on every chunk of ``range(size)``.

    ``shared``: the dict of 1-D output arrays ``work`` writes into, one entry per sample.
    Where a fork pays (:data:`FORK_MIN`, :data:`PROCESSES`), a child computes chunks from
    the back and this process copies its slices of those arrays out of it; otherwise (or
    without ``shared``) every chunk runs here, in order.
    """
    starts = list(range(0, size, chunk))
    read = None
    if (shared is not None and len(starts) >= 2 and _can_fork(size)
            and all(val.ndim == 1 and val.flags.c_contiguous for val in shared.values())):
        read = _vm_reader()
    if read is None:
        for s in starts:
            work(s, min(s + chunk, size))
        return
    nxt, _buf = _control(len(starts))
    nxt[:] = (0, len(starts) - 1)
    report_r, report_w = os.pipe()                   # child -> here: finished chunk indices
    release_r, release_w = os.pipe()                 # here -> child: end of file = exit now
    pid = os.fork()
    if pid == 0:                                     # the child: chunks from the back
        code = 1
        try:
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            os.close(report_r)
            os.close(release_w)
            j = int(nxt[1])
            while j >= int(nxt[0]):
                nxt[1] = j - 1
                work(starts[j], min(starts[j] + chunk, size))
                os.write(report_w, j.to_bytes(4, "little"))
                j -= 1
            os.close(report_w)                       # end of the reports
            os.read(release_r, 1)                    # alive until its slices are copied
            code = 0
        finally:
            os._exit(code)
    os.close(report_w)
    os.close(release_r)
    here = np.zeros(len(starts), dtype=bool)         # computed in this process
    copied = np.zeros(len(starts), dtype=bool)       # copied whole from the child
    pending = bytearray()

    def collect(block: bool) -> bool:
        """Copy the chunks the child reported; False once it has no more to report."""
        os.set_blocking(report_r, block)
        try:
            data = os.read(report_r, 4096)
        except BlockingIOError:
            return True
        pending.extend(data)
        whole = len(pending) // 4 * 4
        for j in np.frombuffer(bytes(pending[:whole]), dtype="<u4").tolist():
            if not here[j]:
                start = starts[j]
                iov, total = _vectors(shared, start, min(start + chunk, size))
                copied[j] = read(pid, iov, len(iov), iov, len(iov), 0) == total
        del pending[:whole]
        return bool(data)

    try:
        i = int(nxt[0])                              # this process: chunks from the front
        while i <= int(nxt[1]):
            nxt[0] = i + 1
            work(starts[i], min(starts[i] + chunk, size))
            here[i] = True
            i += 1
            collect(False)
        while collect(True):
            pass
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        raise
    finally:
        os.close(report_r)
        os.close(release_w)
        os.waitpid(pid, 0)
    for j in np.flatnonzero(~here & ~copied):        # nobody delivered it whole
        work(starts[j], min(starts[j] + chunk, size))
