"""Do this machine's two CPUs behave as two cores? And how busy were they with other work?

Run: ``python benchmarks/cores.py [ROUNDS]`` (about 10 s a round). issue 14 measured two
processes of the performance chain giving almost no gain over one and asked whether the two
vCPUs share one physical core (SMT) or memory bandwidth. This prints

1. what the guest is told: ``lscpu``'s threads per core and each CPU's
   ``topology/thread_siblings_list`` (a KVM guest sees what the hypervisor declares, which
   need not be how its vCPUs sit on the host);
2. the measurement: two numpy loops, each alone on CPU 0 and on CPU 1, then on both at once
   (a forked child pinned to CPU 1), CPU time and wall time of each process (the ratio: the
   larger of each CPU's time at once over its time alone): a
   *compute* loop on 16 kB arrays (sqrt, multiply, add, divide in float32; L1-resident, no
   memory traffic) and a *memory* loop (adds over 64 MB arrays: streams from DRAM). Two
   SMT siblings would each take ~1.5-2x the CPU time for the compute loop when both run
   (the core's vector units are shared); two cores take the same time. Shared memory
   bandwidth shows as a longer memory loop only;
3. for every measurement, the share of the machine's CPU time that *other* processes used
   meanwhile (``/proc/stat`` busy time less this process tree's): a figure taken while that
   share is high measures the other work, not the code.

:func:`others_busy` is what ``benchmarks/speed.py`` uses to print that share beside its
own timings.
"""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import time

import numpy as np


def _stat() -> tuple[int, int]:
    """Busy and total jiffies of the whole machine (``/proc/stat``'s first line)."""
    with open("/proc/stat") as fh:
        fields = [int(x) for x in fh.readline().split()[1:]]
    idle = fields[3] + fields[4]                       # idle + iowait
    return sum(fields) - idle, sum(fields)


def _own_cpu() -> float:
    """CPU seconds of this process and its reaped children."""
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


class others_busy:
    """Context manager: ``.share`` = the machine's CPU time used by other processes during
    the block, as a share of all its CPUs' time (0: the machine was otherwise idle; 0.5 on
    two CPUs: one of them was taken). Linux only; NaN elsewhere."""

    def __enter__(self):
        self.share = float("nan")
        try:
            self._stat0 = _stat()
        except OSError:
            self._stat0 = None
        self._own0 = _own_cpu()
        return self

    def __exit__(self, *exc):
        if self._stat0 is None:
            return False
        busy1, total1 = _stat()
        hz = os.sysconf("SC_CLK_TCK")
        total = (total1 - self._stat0[1]) / hz
        own = _own_cpu() - self._own0
        if total > 0:
            self.share = max(0.0, ((busy1 - self._stat0[0]) / hz - own) / total)
        return False


def _loop(kind: str, reps: int) -> tuple[float, float]:
    """CPU and wall seconds of one numpy loop (see the module docstring)."""
    if kind == "compute":
        a = np.random.default_rng(0).random(4096, dtype=np.float32) + 1.0
        b = np.empty_like(a)
    else:
        a = np.random.default_rng(0).random(16 << 20, dtype=np.float32)
        b = np.empty_like(a)
        np.add(a, a, out=b)                            # pages faulted in before timing
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(reps):
        if kind == "compute":
            np.sqrt(a, out=b)
            np.multiply(b, a, out=b)
            np.add(b, a, out=b)
            np.divide(b, a, out=b)
        else:
            np.add(a, a, out=b)
    return time.process_time() - cpu, time.perf_counter() - wall


def _pair(kind: str, reps: int) -> tuple[float, float, float, float]:
    """The loop on CPU 0 here and on CPU 1 in a forked child at once: (cpu, wall) of each."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.sched_setaffinity(0, {1})
            cpu, wall = _loop(kind, reps)
            os.write(w, f"{cpu} {wall}".encode())
        finally:
            os._exit(0)
    os.close(w)
    cpu, wall = _loop(kind, reps)
    os.waitpid(pid, 0)
    child = os.read(r, 100).split()
    os.close(r)
    return cpu, wall, float(child[0]), float(child[1])


REPS = {"compute": 60_000, "memory": 30}


def wait_idle(timeout: float = 30.0, idle: float = 0.9, step: float = 0.3) -> float:
    """Wait until the machine's CPUs were at least ``idle`` idle over ``step`` seconds, at
    most ``timeout`` seconds; returns the last idle share seen."""
    end = time.perf_counter() + timeout
    while True:
        busy0, total0 = _stat()
        time.sleep(step)
        busy1, total1 = _stat()
        share = 1.0 - (busy1 - busy0) / max(total1 - total0, 1)
        if share >= idle or time.perf_counter() >= end:
            return share


def main(rounds: int = 3) -> None:
    if not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2:
        print("needs Linux and two CPUs")
        return
    lscpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines()
    keep = ("Model name", "Thread(s) per core", "Core(s) per socket", "Hypervisor vendor",
            "L2 cache",
            "L3 cache")
    print("lscpu: " + "; ".join(" ".join(line.split()) for line in lscpu
                                 if line.split(":")[0].strip() in keep))
    siblings = []
    for cpu in range(os.cpu_count() or 0):
        path = f"/sys/devices/system/cpu/cpu{cpu}/topology/thread_siblings_list"
        try:
            with open(path) as fh:
                siblings.append(f"cpu{cpu}: {fh.read().strip()}")
        except OSError:
            siblings.append(f"cpu{cpu}: ?")
    print("thread siblings (as the guest is told): " + ", ".join(siblings))
    saved = os.sched_getaffinity(0)
    print("loop      alone on CPU 0 | alone on CPU 1       both at once: CPU 0 | CPU 1"
          "           CPU-time ratio  others' share")
    try:
        for _ in range(rounds):
            wait_idle()                                  # at most 30 s: others' share says
            for kind, reps in REPS.items():
                with others_busy() as busy:
                    os.sched_setaffinity(0, {0})
                    solo = _loop(kind, reps)
                    os.sched_setaffinity(0, {1})
                    solo1 = _loop(kind, reps)
                    os.sched_setaffinity(0, {0})
                    both = _pair(kind, reps)
                    os.sched_setaffinity(0, saved)
                ratio = max(both[0] / solo[0], both[2] / solo1[0])
                print(f"{kind:<8} cpu {solo[0]:.3f} | {solo1[0]:.3f} wall {solo[1]:.3f} | "
                      f"{solo1[1]:.3f} s   cpu {both[0]:.3f} wall {both[1]:.3f} | cpu "
                      f"{both[2]:.3f} wall {both[3]:.3f} s   {ratio:.2f}x          "
                      f"{busy.share:.0%}")
    finally:
        os.sched_setaffinity(0, saved)
    print("a compute ratio near 1.0 with others' share near 0 % means two cores; SMT siblings "
          "would show ~1.5-2x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
