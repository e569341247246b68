"""Writing output files atomically, and refusing a path that cannot be written before any work.

:func:`check_target` looks at a report path before the computation: an empty path, a
directory, a path under a file, a name longer than the file system allows, or a folder that
cannot be written are refused with :class:`~dronecalc.errors.OutputError`, so a long run
never ends in an error it could have given at once.

:func:`write_atomically` writes each file into a temporary file beside its target, flushed to
disk, then renames it over the target. On any failure (a full disk, a permission lost midway)
the temporary files, the files already renamed and the folders it created are removed:
nothing partial remains.
"""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from ..errors import OutputError

_TEMP_PREFIX = ".dronecalc-"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):   # no pathconf (Windows) or not a folder
        return 255


def check_target(path: str | os.PathLike, extra_names: tuple[str, ...] = (),
                 field: str = "path") -> Path:
    """Refuse a path that cannot take a new file, without writing anything that remains.

    Parameters
    ----------
    path : str or PathLike
        The file to be written.
    extra_names : tuple of str
        Further names to be created beside it (the ``<stem>_files`` folder of a Markdown
        report), checked for length too.
    field : str
        The argument's name in messages (``"--report"`` on the command line).

    Returns
    -------
    Path

    Raises
    ------
    OutputError
        Empty path, an existing directory, a parent that is a file, a name too long, or a
        folder that cannot be written.
    """
    text = os.fspath(path) if not isinstance(path, str) else path
    if not isinstance(text, str) or not text.strip():
        raise OutputError("an empty output path", field=field, value=text,
                          expected="a file name such as report.md or report.html")
    if "\0" in text:
        raise OutputError("a NUL character in the output path", field=field, value=text,
                          expected="a plain file name")
    target = Path(text)
    limit = 255
    for name in (*target.relative_to(target.anchor).parts, *extra_names):
        if len(os.fsencode(name)) > limit:      # checked first: stat() itself would fail
            raise OutputError(f"a name of {len(os.fsencode(name))} bytes is longer than file "
                              f"systems allow ({limit})", field=field, value=text,
                              expected=f"names of at most {limit} bytes")
    try:
        if target.is_dir():
            raise OutputError("the output path is a directory", field=field, value=text,
                              expected="a file name inside it, e.g. report.md")
        ancestor = target.parent
        while not ancestor.exists() and ancestor != ancestor.parent:
            ancestor = ancestor.parent
        if not ancestor.is_dir():
            raise OutputError(f"{str(ancestor)!r} is a file, not a folder", field=field,
                              value=text, expected="a path whose folders are folders")
    except OSError as exc:                      # a path too long in total, a loop of links
        raise OutputError(f"not a usable path: {exc.strerror or exc}", field=field,
                          value=text, expected="a shorter path to a writable folder") from None
    limit = _name_max(ancestor)
    for name in (*target.relative_to(target.anchor).parts, *extra_names):
        if len(os.fsencode(name)) > limit:
            raise OutputError(f"a name of {len(os.fsencode(name))} bytes is longer than the "
                              f"file system allows ({limit})", field=field, value=text,
                              expected=f"names of at most {limit} bytes")
    _probe(ancestor, text, field)
    return target


def _probe(folder: Path, text: str, field: str) -> None:
    """Create and remove one temporary file in ``folder``: the only sure test of writing."""
    try:
        fd, name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".probe", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write in {str(folder)!r}: {exc.strerror or exc}",
                          field=field, value=text, expected="a folder you can write to") \
            from None
    os.close(fd)
    os.unlink(name)


def write_atomically(files: list[tuple[Path, bytes]]) -> list[Path]:
    """Write every ``(path, data)`` pair, all or nothing; the last pair is renamed last.

    Returns
    -------
    list of Path
        The paths written, in the order given.

    Raises
    ------
    OutputError
        Any file system error, after removing everything this call created.
    """
    created_dirs: list[Path] = []
    temps: list[tuple[str, Path]] = []
    renamed: list[Path] = []
    mode = 0o666 & ~_umask()                # a report is for sharing: not mkstemp's 0600
    try:
        for path, data in files:
            _make_dirs(path.parent, created_dirs)
            fd, temp = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".tmp", dir=path.parent)
            temps.append((temp, path))
            os.chmod(temp, mode)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        for temp, path in temps:
            os.replace(temp, path)
            renamed.append(path)
    except BaseException as exc:            # also Ctrl-C: never leave half a report
        for temp, _ in temps:
            _remove(Path(temp))
        for path in renamed:
            _remove(path)
        for folder in reversed(created_dirs):
            try:
                folder.rmdir()
            except OSError:
                pass
        if isinstance(exc, OSError):
            why = "the disk is full" if exc.errno == errno.ENOSPC else exc.strerror or str(exc)
            where = getattr(exc, "filename", None) or (files[-1][0] if files else "")
            raise OutputError(f"cannot write the report: {why}; nothing was left behind",
                              field="path", value=str(where),
                              expected="a writable folder with free space") from None
        raise
    return [path for path, _ in files]


def _make_dirs(folder: Path, created: list[Path]) -> None:
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for one in reversed(missing):
        one.mkdir()
        created.append(one)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


__all__ = ["check_target", "write_atomically"]
