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
import errno
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
#: Share of the samples, around the middle, cut into the short chunks of
#: :func:`chunk_bounds` (where the two processes meet).
FINE_SHARE = 0.3
#: glibc's ``malloc`` settings that :func:`keep_heap` applies once (``mallopt`` parameter
#: number: value): allocations below 4 MB from the heap (M_MMAP_THRESHOLD) and up to
#: 64 MB of freed heap kept rather than returned to the kernel (M_TRIM_THRESHOLD). None:
#: leave malloc alone.
MALLOC_SETTINGS: dict[int, int] | None = {-3: 4 << 20, -1: 64 << 20}
#: Whether :func:`keep_heap` has run in this process.
_HEAP_KEPT = False
#: Whether ``process_vm_readv`` works here (None: not yet tried).
_VM_READ: bool | None = None
#: Children that had not finished exiting when their call returned (see :func:`reap`).
_EXITING: list[int] = []


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


def keep_heap() -> None:
    """Apply :data:`MALLOC_SETTINGS` once per process (glibc only; nothing elsewhere).

    A chunk's temporaries are arrays of 64 kB to 3 MB, allocated and freed by the
    thousand. glibc serves those above its (adaptive) mmap threshold with fresh mappings
    and returns freed memory at the top of the heap once more than twice that threshold
    is free, so depending on the order of a chunk's allocations each chunk may fault in
    its temporaries' pages afresh: measured at 10^6 samples (one process), 880 page faults
    a call for the chain as it stood and 31,000-142,000 for variants that differ only in
    their temporaries, ~2 us each on this virtual machine (0.1-0.3 s a call). With these
    settings every variant measured took 370-960 faults. The price: this process keeps up
    to 64 MB of freed heap (the chain's temporaries at 32k samples are ~20 MB).
    """
    global _HEAP_KEPT
    if _HEAP_KEPT or not MALLOC_SETTINGS:
        return
    _HEAP_KEPT = True
    import platform
    if platform.libc_ver()[0] != "glibc":
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    for param, value in MALLOC_SETTINGS.items():
        mallopt(param, value)


def reap(block: bool = True) -> None:
    """Collect the forked children that :func:`run_chunks` left exiting (all, with ``block``).

    A child has delivered everything before its call returns; what is left is the kernel
    freeing its memory, a few milliseconds that run on the other core while this process
    goes on, so :func:`run_chunks` does not wait for them and collects them at its next
    call (until then an exited child is a zombie holding no memory).
    """
    for pid in list(_EXITING):
        try:
            done, _ = os.waitpid(pid, 0 if block else os.WNOHANG)
        except ChildProcessError:                # collected by someone else
            done = pid
        if done:
            _EXITING.remove(pid)


def _can_fork(size: int) -> bool:
    # Linux only: on macOS a forked child of a process whose numpy uses Accelerate (and so
    # libdispatch) is not safe to run; elsewhere there is no fork
    return (PROCESSES > 1 and size >= FORK_MIN and sys.platform.startswith("linux")
            and threading.active_count() == 1 and _VM_READ is not False)


def _control() -> tuple[np.ndarray, mmap.mmap]:
    """The next front and back chunk indices, in shared memory."""
    buf = mmap.mmap(-1, 16)                               # MAP_SHARED | MAP_ANONYMOUS
    return np.frombuffer(buf, dtype=np.int64, count=2), buf


def _vectors(shared: dict, start: int, stop: int):
    """An iovec array over every output's ``[start:stop]`` (1-D contiguous arrays) and its
    total length [B]."""
    views = [val[start:stop] for val in shared.values()]
    iov = (_IOVec * len(views))(*(_IOVec(v.ctypes.data, v.nbytes) for v in views))
    return iov, sum(v.nbytes for v in views)


def chunk_bounds(size: int, chunk: int, fine: int | None = None) -> list[tuple[int, int]]:
    """``(start, stop)`` of every chunk of ``range(size)``: ``chunk`` samples long, and with
    ``fine`` those of the middle :data:`FINE_SHARE` ``fine`` long.

    The two processes of :func:`run_chunks` meet near the middle; short chunks there keep
    the one that finishes first from waiting long for the other's last chunk, while long
    chunks elsewhere cost less Python per sample. In-process runs use the same bounds, so
    a result never depends on whether the call forked.
    """
    if not fine or fine >= chunk:
        edges = list(range(0, size, chunk))
    else:
        lo = int(size * (0.5 - 0.5 * FINE_SHARE))
        hi = size - lo
        edges = [*range(0, lo, chunk), *range(lo, hi, fine), *range(hi, size, chunk)]
    edges.append(size)
    return [(a, b) for a, b in zip(edges[:-1], edges[1:]) if b > a]


def even_bounds(size: int, chunk: int) -> list[tuple[int, int]]:
    """``(start, stop)`` of ``ceil(size / chunk)`` chunks of ``range(size)`` of (nearly) equal
    length, at most ``chunk``: no short chunk at the end paying a whole chunk's fixed cost."""
    count = max(1, -(-size // max(chunk, 1)))
    edges = [size * i // count for i in range(count + 1)]
    return [(a, b) for a, b in zip(edges[:-1], edges[1:]) if b > a]


def run_chunks(work, size: int, chunk: int, shared: dict | None = None,
               fine: int | None = None, solo: int | None = None) -> None:
    """Call ``work(start, stop)`` on every chunk of ``range(size)``.

    ``shared``: the dict of 1-D output arrays ``work`` writes into, one entry per sample.
    Where a fork pays (:data:`FORK_MIN`, :data:`PROCESSES`), a child computes chunks from
    the back (:func:`chunk_bounds` of ``chunk`` and ``fine``) and this process copies its
    slices of those arrays out of it; otherwise (or without ``shared``) every chunk runs
    here, in order: :func:`even_bounds` of ``solo`` where given (one process has no
    partner to meet in the middle, and longer chunks cost less Python per sample), else
    the same bounds as a fork. ``work`` must give each sample a result that does not
    depend on the chunk it falls in (elementwise arithmetic does).
    """
    bounds = chunk_bounds(size, chunk, fine)
    reap(block=False)
    read = None
    if (shared is not None and len(bounds) >= 2 and _can_fork(size)
            and all(val.ndim == 1 and val.flags.c_contiguous for val in shared.values())):
        read = _vm_reader()
    if read is None:
        for start, stop in (even_bounds(size, solo) if solo else bounds):
            work(start, stop)
        return
    nxt, _buf = _control()
    nxt[:] = (0, len(bounds) - 1)
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
                work(*bounds[j])
                os.write(report_w, j.to_bytes(4, "little"))
                j -= 1
            os.close(report_w)                       # end of the reports
            os.read(release_r, 1)                    # alive until its slices are copied
            code = 0
        finally:
            os._exit(code)
    os.close(report_w)
    os.close(release_r)
    here = np.zeros(len(bounds), dtype=bool)         # computed in this process
    copied = np.zeros(len(bounds), dtype=bool)       # copied whole from the child
    pending = bytearray()

    def collect(block: bool) -> bool:
        """Copy the chunks the child reported; False once it has no more to report."""
        global _VM_READ
        os.set_blocking(report_r, block)
        try:
            data = os.read(report_r, 4096)
        except BlockingIOError:
            return True
        pending.extend(data)
        whole = len(pending) // 4 * 4
        for j in np.frombuffer(bytes(pending[:whole]), dtype="<u4").tolist():
            if not here[j]:
                iov, total = _vectors(shared, *bounds[j])
                got = read(pid, iov, len(iov), iov, len(iov), 0)
                copied[j] = got == total
                if got < 0 and ctypes.get_errno() == errno.EPERM:
                    # reading another process refused (Yama ptrace_scope, a container's
                    # policy) though reading this one was allowed: later calls stay in
                    # one process instead of forking and redoing the child's chunks
                    _VM_READ = False
        del pending[:whole]
        return bool(data)

    try:
        i = int(nxt[0])                              # this process: chunks from the front
        while i <= int(nxt[1]):
            nxt[0] = i + 1
            work(*bounds[i])
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
        os.close(release_w)                          # the child exits
        _EXITING.append(pid)
        reap(block=False)
    for j in np.flatnonzero(~here & ~copied):        # nobody delivered it whole
        work(*bounds[j])
