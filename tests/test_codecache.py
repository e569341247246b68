"""The command's start-up code cache (``dronecalc/_codecache.py``, issue 14) builds the very
objects Python builds without it, and stays out of the way where it cannot help."""
from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from dronecalc import _codecache

ROOT = Path(__file__).resolve().parents[1]
CASE = "examples/cases/green-zone-2021.toml"
CHECK = ["check", "--json", "--samples", "5000", CASE]   # the imports do not depend on it
needs_311 = pytest.mark.skipif(not _codecache._supported(),
                               reason="the cache replaces Python 3.11's functions only")


def _command(args, cache: Path, **env):
    environment = dict(os.environ, DRONECALC_CODE_CACHE=str(cache), PYTHONPATH=str(ROOT))
    environment.pop("DRONECALC_NO_CODE_CACHE", None)
    environment.update(env)
    return subprocess.run([sys.executable, "-m", "dronecalc", *args], capture_output=True,
                          text=True, cwd=ROOT, env=environment, check=True).stdout


@needs_311
def test_check_output_is_the_same_with_a_cold_a_warm_and_no_cache(tmp_path):
    cache = tmp_path / "startup.marshal"
    off = _command(CHECK, cache, DRONECALC_NO_CODE_CACHE="1")
    assert not cache.exists()
    cold = _command(CHECK, cache)
    stamp = cache.stat().st_mtime_ns
    code = (                                # the warm run, checking what it took from the file
        "import io, contextlib, sys\n"
        "from dronecalc import _codecache as cc\n"
        "assert cc.install()\n"
        "from dronecalc import cli\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    cli.main(['check', '--json', '--samples', '5000', %r])\n"
        "s = cc._STATE\n"
        "assert s['loaded'] and s['new'] == 0, s['new']\n"      # tokenize's too (sorted)
        "for txt in s['used_dataclass']:\n"
        "    assert s['dataclass'][txt] == compile(txt, '<string>', 'exec', "
        "dont_inherit=True)\n"
        "for p, flags in s['used_re']:\n"
        "    assert cc._compile(p, flags) == s['original'](p, flags), p\n"
        "cc.save()\n"
        "print(len(s['used_dataclass']), len(s['used_re']))\n"
        "print(out.getvalue(), end='')\n" % CASE)
    counts, warm = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
        env=dict(os.environ, DRONECALC_CODE_CACHE=str(cache))).stdout.split("\n", 1)
    assert off == cold == warm
    used = [int(n) for n in counts.split()]
    assert used[0] > 300 and used[1] > 100          # pint's and dronecalc's, and re's
    assert cache.stat().st_mtime_ns == stamp        # nothing new: the file is not rewritten


@needs_311
def test_a_dataclass_built_through_the_cache_is_the_one_python_builds(monkeypatch):
    monkeypatch.setattr(_codecache, "_STATE", dict(_codecache._STATE, dataclass={}, new=0,
                                                   used_dataclass=set(),
                                                   missing=dataclasses.MISSING))

    def build():
        @dataclasses.dataclass(frozen=True, order=True)
        class Point:
            x: float
            y: "list[int]" = dataclasses.field(default_factory=list)
            z: int = 3
        return Point

    plain = build()
    monkeypatch.setattr(dataclasses, "_create_fn", _codecache._create_fn)
    first, again = build(), build()                 # compiled, then from the table
    assert _codecache._STATE["new"] > 0
    for name in ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__"):
        for other in (first, again):
            a, b = getattr(plain, name), getattr(other, name)
            assert a.__code__ == b.__code__ and a.__annotations__ == b.__annotations__
            assert a.__qualname__ == b.__qualname__ and a.__defaults__ == b.__defaults__
    assert again(1.0) == again(1.0, [], 3) and repr(again(2.0)) == repr(plain(2.0))
    with pytest.raises(dataclasses.FrozenInstanceError):
        again(1.0).x = 2.0


@needs_311
def test_a_pattern_whose_parsing_warns_is_never_cached_and_still_warns(monkeypatch):
    import re._compiler as compiler
    monkeypatch.setattr(_codecache, "_STATE", dict(
        _codecache._STATE, re={}, new=0, used_re=set(), original=compiler.compile,
        sre_compile=__import__("_sre").compile, debug=compiler.SRE_FLAG_DEBUG))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nested = _codecache._compile("[[a]", 0)      # FutureWarning: possible nested set
        assert caught and nested == compiler.compile("[[a]", 0)
    assert _codecache._STATE["re"] == {}
    named = _codecache._compile(r"(?P<word>\w+)-(\d)", re.IGNORECASE)
    assert named == compiler.compile(r"(?P<word>\w+)-(\d)", re.IGNORECASE)
    assert named.groupindex == {"word": 1} and named.match("Ab-3").group("word") == "Ab"
    assert _codecache._compile(r"(?P<word>\w+)-(\d)", re.IGNORECASE) == named   # cached


@needs_311
def test_a_damaged_or_foreign_file_is_ignored_and_replaced(tmp_path):
    import marshal
    cache = tmp_path / "startup.marshal"
    outputs = []
    for content in (b"\x00garbage", marshal.dumps((("another", "stamp"), {}, {}))):
        cache.write_bytes(content)
        outputs.append(_command(["case", CASE], cache))
        assert marshal.loads(cache.read_bytes())[0] == _codecache._stamp()  # rewritten whole
    assert outputs[0] == outputs[1] and outputs[0]


@needs_311
@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX file ownership")
def test_a_file_others_may_write_is_never_run_and_a_new_one_is_private(tmp_path, monkeypatch):
    """The cache holds code that is run: a planted or shared file (group- or world-writable)
    is not loaded, and the file the command writes is the user's alone (mode 0600)."""
    import marshal
    import stat
    cache = tmp_path / "startup.marshal"
    planted = {"def __create_fn__():\n def f():\n  pass\n return f": compile("1", "", "exec")}
    cache.write_bytes(marshal.dumps((_codecache._stamp(), planted, {})))
    monkeypatch.setenv("DRONECALC_CODE_CACHE", str(cache))
    monkeypatch.setattr(_codecache, "_STATE", dict(_codecache._STATE, loaded=False,
                                                   dataclass={}, re={}))
    for mode in (0o664, 0o646):
        cache.chmod(mode)
        _codecache._load()
        assert not _codecache._STATE["loaded"] and not _codecache._STATE["dataclass"]
    cache.chmod(0o644)
    _codecache._load()                                   # the user's own, written by no one else
    assert _codecache._STATE["loaded"] and _codecache._STATE["dataclass"] == planted
    cache.unlink()
    _command(["case", CASE], cache)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600


def test_a_zero_or_empty_switch_leaves_the_cache_on(monkeypatch):
    calls = []
    monkeypatch.setattr(_codecache, "_STATE", dict(_codecache._STATE, installed=False))
    monkeypatch.setattr(_codecache, "_supported", lambda: calls.append(1) and False)
    for value, reaches in (("0", True), ("", True), ("1", False), ("yes", False)):
        calls.clear()
        monkeypatch.setenv("DRONECALC_NO_CODE_CACHE", value)
        assert _codecache.install() is False               # _supported() is False here
        assert bool(calls) is reaches, value


def test_library_use_and_main_leave_dataclasses_and_re_alone():
    from dronecalc import cli
    import io
    import contextlib
    with contextlib.redirect_stdout(io.StringIO()):
        cli.main(["case", CASE])
    import re._compiler as compiler
    assert dataclasses._create_fn.__module__ == "dataclasses"
    assert compiler.compile.__module__ == "re._compiler"


@needs_311
def test_tokenizes_pattern_is_the_same_at_every_start_and_tokenizes_the_same():
    # tokenize joins its string prefixes in a set's order (a new pattern at every start's
    # hash seed); with the cache installed the order is sorted: one pattern for every seed,
    # and the same tokens as Python's own pattern of that start
    code = ("import tokenize, io, sys\n"
            "src = open(sys.argv[1]).read() + \"x = rb'a' + Rb'''b''' + f'c' + BR\\\"d\\\"\\n\"\n"
            "plain = [t[:4] for t in tokenize.generate_tokens(io.StringIO(src).readline)]\n"
            "from dronecalc import _codecache\n"
            "assert _codecache.install()\n"
            "again = [t[:4] for t in tokenize.generate_tokens(io.StringIO(src).readline)]\n"
            "assert again == plain\n"
            "print(tokenize.PseudoToken)\n")
    source = str(ROOT / "dronecalc" / "physics" / "chain.py")
    seen = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT),
                   DRONECALC_NO_CODE_CACHE="0", DRONECALC_CODE_CACHE=os.devnull)
        seen.add(subprocess.run([sys.executable, "-c", code, source], capture_output=True,
                                text=True, check=True, env=env).stdout)
    assert len(seen) == 1


def test_a_rewrite_keeps_only_this_runs_entries_of_an_overgrown_table(tmp_path, monkeypatch):
    target = tmp_path / "startup.marshal"
    monkeypatch.setenv("DRONECALC_CODE_CACHE", str(target))
    old = {f"def f{i}(): pass": compile(f"def f{i}(): pass", "<string>", "exec")
           for i in range(50)}
    used = set(list(old)[:10])
    state = dict(_codecache._STATE)
    monkeypatch.setattr(_codecache, "PRUNE_MIN", 20)
    monkeypatch.setattr(_codecache, "_STATE", dict(
        state, installed=True, pid=os.getpid(), loaded=True, new=5, dataclass=dict(old),
        re={}, used_dataclass=used, used_re=set()))
    _codecache.save()
    import marshal
    _, methods, _ = marshal.loads(target.read_bytes())
    assert set(methods) == used                 # 50 > max(20, 2 x 10): pruned
    monkeypatch.setattr(_codecache, "_STATE", dict(
        state, installed=True, pid=os.getpid(), loaded=True, new=5, dataclass=dict(old),
        re={}, used_dataclass=set(list(old)[:30]), used_re=set()))
    _codecache.save()
    _, methods, _ = marshal.loads(target.read_bytes())
    assert set(methods) == set(old)             # 50 <= 2 x 30: every entry kept
