"""The ``dronecalc`` command's cache of code Python generates at every start (issue 14).

A fresh ``dronecalc check`` spent 15 % of its instructions compiling code that is the same
at every start: the methods ``dataclasses`` writes as source text and compiles for each
class (~100 classes of numpy's, pint's and dronecalc's modules, ~620 ``exec`` calls, ~50 ms)
and the regular expressions modules compile at import (~150 patterns through ``re``'s
pure-Python parser, ~25 ms). Python caches a module's bytecode (``__pycache__``), not these.
This module keeps both in one file of the user's cache folder, as Python keeps a ``.pyc``:

- a dataclass method's code object, keyed by the exact source text ``dataclasses`` builds
  (compiled as ``exec`` compiles it: no inherited ``__future__`` flags);
- a regular expression's compiled program (the arguments ``re`` hands to ``_sre.compile``),
  keyed by the pattern and its flags; a pattern whose parsing warned is never cached.

The result is the very object the uncached path builds (same code, same pattern: ``==``
compares a pattern's program); ``tests/test_codecache.py`` checks both and the check output.
Only the command uses it (:func:`dronecalc.cli.run`, ``python -m dronecalc``): a library
user's ``dataclasses`` and ``re`` are left alone. Only on Python 3.11, whose private
functions it replaces (``dataclasses._create_fn``, ``re._compiler.compile``), checked
against their code at start; the file holds Python's and the regex engine's version stamps
and is ignored on any mismatch, read error or damage, and written atomically (a temporary
file renamed, readable and writable by the user only) only when a run compiled something new
(:data:`MIN_NEW`). ``DRONECALC_NO_CODE_CACHE=1`` (any value but empty or 0) turns it off. The
folder is ``$XDG_CACHE_HOME/dronecalc`` (``~/.cache/dronecalc``; ``~/Library/Caches/dronecalc``
on macOS, ``%LOCALAPPDATA%\\dronecalc`` on Windows); ``DRONECALC_CODE_CACHE=FILE`` names another
file. Like a ``.pyc`` file, the cache holds code that is run: a file that is not the user's
own, or that group or others may write, is never read (:func:`_trusted`).
"""
from __future__ import annotations

import marshal
import os
import sys

#: Version of this file's layout; a change makes older files be ignored.
FORMAT = 1
#: Entries kept per kind before a file is rewritten with only the last run's entries.
LIMIT = 5000
#: A rewrite also keeps only this run's entries of a kind whose table holds more than
#: PRUNE_RATIO times as many as this run used (and more than PRUNE_MIN): code edited in a
#: source tree, other versions and other commands leave entries no run uses again, and the
#: whole file is read at every start (2026-12-02: a shared cache of 2.6 MB, 651 methods
#: and 898 patterns, cost ~170 M instructions to read, against ~70 M for the 612 kB of a
#: check's own 460 and 153). Two commands' entries (check, extract) stay side by side.
PRUNE_RATIO = 2
PRUNE_MIN = 1000
#: New entries that make a run rewrite an existing file.
MIN_NEW = 2

#: ``_create_fn``'s default for ``return_type`` (``dataclasses.MISSING``; ``None`` means
#: ``-> None``), without importing dataclasses where the cache is not used.
_MISSING = object()

_CODE = type((lambda: None).__code__)           # types.CodeType, without importing types

#: This process's cache: the tables read (text -> code object; (pattern, flags) -> program),
#: what this run used of them and how many entries it added.
_STATE = {"installed": False, "pid": None, "loaded": False, "new": 0, "dataclass": {},
          "re": {}, "used_dataclass": set(), "used_re": set()}


def folder() -> str:
    """The cache folder (see the module's docstring)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~")
    elif sys.platform == "darwin":
        base = os.path.join(os.path.expanduser("~"), "Library", "Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"),
                                                                 ".cache")
    return os.path.join(base, "dronecalc")


def path() -> str:
    """The cache file: ``DRONECALC_CODE_CACHE`` if set, else one per Python in :func:`folder`."""
    return (os.environ.get("DRONECALC_CODE_CACHE")
            or os.path.join(folder(), f"startup-{sys.implementation.cache_tag}.marshal"))


def _stamp() -> tuple:
    import _sre
    from importlib.util import MAGIC_NUMBER
    return (FORMAT, MAGIC_NUMBER, _sre.MAGIC, sys.version)


def _supported() -> bool:
    """Python 3.11 with the two functions this module replaces as it knows them."""
    if sys.version_info[:2] != (3, 11) or sys.implementation.name != "cpython":
        return False
    import dataclasses
    import re._compiler as compiler
    create, comp = getattr(dataclasses, "_create_fn", None), getattr(compiler, "compile", None)
    if create is None or comp is None:
        return False
    return ("->_return_type" in create.__code__.co_consts
            and create.__code__.co_varnames[:6] == ("name", "args", "body", "globals",
                                                    "locals", "return_type")
            and comp.__code__.co_varnames[:2] == ("p", "flags")
            and {"_parser", "_code", "_sre", "isstring"} <= set(comp.__code__.co_names))


def install() -> bool:
    """Use the cache in this process from now on (once; True if it is in use); and, cache
    or not, :mod:`dronecalc._leanmeta`'s stand-in for ``importlib.metadata``."""
    from . import _leanmeta
    _leanmeta.install()
    if _STATE["installed"]:
        return True
    if os.environ.get("DRONECALC_NO_CODE_CACHE", "0") not in ("", "0") or not _supported():
        return False
    _STATE.update(installed=True, pid=os.getpid())
    _load()
    import _sre
    import dataclasses
    import re._compiler as compiler
    _STATE.update(original=compiler.compile, sre_compile=_sre.compile,
                  debug=compiler.SRE_FLAG_DEBUG, missing=dataclasses.MISSING)
    dataclasses._create_fn = _create_fn
    compiler.compile = _compile
    _sorted_string_prefixes()
    return True


def _sorted_string_prefixes() -> None:
    """``tokenize``'s patterns with their string prefixes in sorted order.

    ``tokenize`` joins the prefixes ('', 'b', 'Rb', 'f' ...) in a set's iteration order,
    which changes with every start's hash seed, so its token pattern (pint's unit parser
    uses it) was a new pattern at every start: compiled anew (~13 M instructions) and, one
    permutation per run, piling up in the file (110 of a shared file's 898 patterns, 61 % of
    their program). The order does not change what a pattern matches: every prefix is
    followed by a quote and consists of letters only, so at most one of them can match
    before the quote (Python's own tokenize relies on this, with its order changing from
    run to run). Left alone unless the module is laid out as Python 3.11's."""
    try:
        import tokenize
        prefixes = tokenize._all_string_prefixes()
        current = tokenize.group(*prefixes)
        canonical = tokenize.group(*sorted(prefixes))
        if tokenize.StringPrefix != current or current == canonical:
            return
        names = ("StringPrefix", "Triple", "String", "PlainToken", "Token", "ContStr",
                 "PseudoExtras", "PseudoToken")
        values = {name: getattr(tokenize, name) for name in names}
        if not all(type(v) is str for v in values.values()):
            return
        for name, value in values.items():
            setattr(tokenize, name, value.replace(current, canonical))
        tokenize._compile.cache_clear()
    except Exception:                       # another layout: leave it as it is
        pass


def _trusted(handle) -> bool:
    """The open file is the user's own and only the user may write it (POSIX; a file someone
    else could have written or replaced is never run, whatever folder it is in)."""
    if not hasattr(os, "getuid"):
        return True
    import stat
    info = os.fstat(handle.fileno())
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _load() -> None:
    try:
        with open(path(), "rb") as handle:
            if not _trusted(handle):
                return                      # another user's or a shared file: never run it
            data = marshal.loads(handle.read())
        if (isinstance(data, tuple) and len(data) == 3 and data[0] == _stamp()
                and isinstance(data[1], dict) and isinstance(data[2], dict)):
            _STATE["dataclass"], _STATE["re"], _STATE["loaded"] = data[1], data[2], True
    except Exception:
        pass                                # no cache, or an unreadable one: compile as usual


def save() -> None:
    """Write the cache if this run compiled something new (never raises)."""
    if (not _STATE["installed"] or _STATE["pid"] != os.getpid() or not _STATE["new"]
            or (_STATE["loaded"] and _STATE["new"] < MIN_NEW)):
        return
    _STATE["new"] = 0
    tables = []
    for kind in ("dataclass", "re"):
        table, used = _STATE[kind], _STATE["used_" + kind]
        if len(table) > LIMIT or len(table) > max(PRUNE_MIN, PRUNE_RATIO * len(used)):
            table = {k: v for k, v in table.items() if k in used}    # stale: this run's only
        tables.append(table)
    target = path()
    temporary = f"{target}.{os.getpid()}.tmp"
    try:
        if os.path.dirname(target):
            os.makedirs(os.path.dirname(target), exist_ok=True)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with open(descriptor, "wb") as handle:          # private: see _trusted
            handle.write(marshal.dumps((_stamp(), *tables)))
        os.replace(temporary, target)
    except Exception:                       # unwritable folder, full disk: no cache
        try:
            os.remove(temporary)
        except OSError:
            pass


def _create_fn(name, args, body, *, globals=None, locals=None, return_type=_MISSING):
    """``dataclasses._create_fn`` of Python 3.11, line for line, but for where the code
    object comes from (the cache, or ``compile`` as ``exec`` of the text would do)."""
    if return_type is _MISSING:
        return_type = _STATE["missing"]
    if locals is None:
        locals = {}
    return_annotation = ''
    if return_type is not _STATE["missing"]:
        locals['_return_type'] = return_type
        return_annotation = '->_return_type'
    args = ','.join(args)
    body = '\n'.join(f'  {b}' for b in body)
    txt = f' def {name}({args}){return_annotation}:\n{body}'
    local_vars = ', '.join(locals.keys())
    txt = f"def __create_fn__({local_vars}):\n{txt}\n return {name}"
    code = _STATE["dataclass"].get(txt)
    if type(code) is not _CODE:             # not cached (or a damaged entry)
        code = compile(txt, "<string>", "exec", dont_inherit=True)
        _STATE["dataclass"][txt] = code
        _STATE["new"] += 1
    _STATE["used_dataclass"].add(txt)
    ns = {}
    exec(code, globals, ns)
    return ns['__create_fn__'](**locals)


def _compile(p, flags=0):
    """``re._compiler.compile``: a pattern given as text (without DEBUG) from its cached
    program, else compiled as ``re`` does and its program kept."""
    if type(p) not in (str, bytes) or type(flags) is not int or flags & _STATE["debug"]:
        return _STATE["original"](p, flags)
    key = (p, flags)
    found = _STATE["re"].get(key)
    if found is None:
        found = _program(p, flags)
        if found is None:                   # parsing warned: compiled, never cached
            return _STATE["original"](p, flags)
        _STATE["re"][key] = found
        _STATE["new"] += 1
    _STATE["used_re"].add(key)
    try:
        final_flags, code, groups, groupindex, indexgroup = found
        return _STATE["sre_compile"](p, final_flags, code, groups, dict(groupindex),
                                     indexgroup)
    except Exception:                       # a damaged entry: compiled as usual
        return _STATE["original"](p, flags)


def _program(pattern, flags):
    """What ``re._compiler.compile`` passes to ``_sre.compile`` for ``pattern``, or None if
    parsing it warned (a warning is shown once per pattern, as without the cache)."""
    import warnings

    import re._compiler as compiler
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        parsed = compiler._parser.parse(pattern, flags)
        code = compiler._code(parsed, flags)
    if caught:
        return None
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    # plain ints: re's opcodes are an int subclass, which marshal does not write
    return (int(flags | parsed.state.flags), [int(op) for op in code],
            int(parsed.state.groups - 1), dict(groupindex), tuple(indexgroup))
