"""Command line: argument parsing and dispatch only (no physics, no formatting).

Every run ends with exit 0, or exit 2 and one line on standard error (a case file with
several problems lists each below it); Ctrl-C ends it with exit 130 and one line. No
traceback is printed unless ``DRONECALC_DEBUG=1`` is set.
"""
from __future__ import annotations

import argparse
import gc
import os
import re
import sys
import threading
import time

from .errors import DroneCalcError, InputValueError

#: Default Monte Carlo sample count (kept equal to ``uncertainty.DEFAULT_SAMPLES`` without
#: importing the physics just to show ``--help``).
DEFAULT_SAMPLES = 100_000


def _whole_number(check):
    """An argparse type: a whole number accepted by ``check`` (:mod:`dronecalc.engine.limits`)."""
    def convert(text: str) -> int:
        try:
            value = int(text.strip().replace("_", ""), 10) if len(text) <= 60 else None
        except ValueError:
            value = None
        if value is None:
            raise argparse.ArgumentTypeError(str(InputValueError(
                "not a whole number", value=text[:60], expected="digits only, e.g. 100000 "
                "(no exponent, decimal point or unit)"))) from None
        try:
            return check(value)
        except DroneCalcError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
    return convert


def _monte_carlo_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("case_file", help="a case file (TOML, see docs/case-format.md), or - "
                                           "for standard input")
    command.add_argument("--json", action="store_true", help="print JSON instead of text")
    from .engine import limits
    command.add_argument("--samples", type=_whole_number(limits.check_samples),
                         default=DEFAULT_SAMPLES,
                         help=f"Monte Carlo samples (default {DEFAULT_SAMPLES:,}; at most "
                              f"{limits.MAX_SAMPLES:,}, about 1 KB of memory each; fewer "
                              f"than {limits.MIN_VERDICT_SAMPLES:,} kept gives a warning)")
    command.add_argument("--seed", type=_whole_number(limits.check_seed), default=0,
                         help="random seed; the same seed gives the same output (default 0)")


#: The commands, with their one-line help (also what a mistyped command is matched against).
COMMANDS = {
    "case": "load and validate a case file, list its flagged figures",
    "check": "test every claim of a case: consistent, needs checking or implausible",
    "estimate": "endurance, range and best speeds of the machine a case describes",
    "extract": "draft a case file from an article (.txt or .html; - for standard input), "
               "for a person to check",
}


def build_parser() -> argparse.ArgumentParser:
    from . import __version__
    parser = argparse.ArgumentParser(prog="dronecalc", description=(
        "Check claims about a drone's payload, speed, endurance and range against physics."),
        epilog="example:\n  dronecalc check examples/cases/green-zone-2021.toml --report "
               "report.html\n\nEvery option is in docs/cli.md.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"dronecalc {__version__}",
                        help="print the version and exit")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                title="commands")
    show = sub.add_parser("case", help=COMMANDS["case"], description=COMMANDS["case"] + ".")
    show.add_argument("case_file", help="a case file (TOML, see docs/case-format.md), or - "
                                        "for standard input")
    check = sub.add_parser("check", help=COMMANDS["check"], description=COMMANDS["check"] + ".")
    _monte_carlo_options(check)
    check.add_argument("--report", metavar="PATH",
                       help="also write a report a reader can open or print: PATH ending in "
                            ".html (one self-contained file) or .md (Markdown, with SVG "
                            "pictures in PATH's <name>_files/ folder)")
    _monte_carlo_options(sub.add_parser("estimate", help=COMMANDS["estimate"],
                                        description=COMMANDS["estimate"] + "."))
    extract = sub.add_parser("extract", help=COMMANDS["extract"],
                             description=COMMANDS["extract"] + ".")
    extract.add_argument("article", help="the article's text: a .txt or .html file, or -")
    extract.add_argument("-o", "--output", metavar="CASE.toml",
                         help="write the draft there (default: standard output)")
    return parser


def _unknown_command(argv: list[str]) -> str | None:
    """A message for a first argument that is no command, with the closest one."""
    first = next((a for a in argv if not a.startswith("-")), None)
    if first is None or first in COMMANDS or any(a in ("-h", "--help", "--version")
                                                 for a in argv[:argv.index(first)]):
        return None
    from .intake.suggest import closest
    best = closest(first, COMMANDS)
    hint = f"; did you mean {best!r}?" if best else ""
    return (f"unknown command {first!r}{hint} (commands: {', '.join(COMMANDS)}; "
            "dronecalc --help lists them)")


def _unknown_option(argv: list[str], parser: argparse.ArgumentParser) -> str | None:
    """A message for an option the command does not take (argparse's own says only
    'unrecognized arguments'), with the closest one: ``--repot`` -> ``--report``."""
    command = next((a for a in argv if not a.startswith("-")), None)
    actions = parser._subparsers._group_actions[0].choices if parser._subparsers else {}
    if command not in actions:
        return None
    known = [o for action in actions[command]._actions for o in action.option_strings]
    for arg in argv[argv.index(command) + 1:]:
        if arg == "--":
            break
        name = arg.split("=", 1)[0]
        if not name.startswith("--") or any(o.startswith(name) for o in known):
            continue                      # a value, or a known option (or its abbreviation)
        from .intake.suggest import closest
        best = closest(name, known)
        hint = f"; did you mean {best!r}?" if best else ""
        options = ", ".join(o for o in known if o.startswith("--") and o != "--help")
        takes = f"options: {options}" if options else "it takes none but --help"
        return (f"unknown option {name!r} for {command}{hint} ({takes}; "
                f"dronecalc {command} --help describes them)")
    return None


def run() -> None:
    """The ``dronecalc`` command (and ``python -m dronecalc``): :func:`main`, then the end.

    Once the command's output is written (and flushed here), tearing the interpreter down
    (freeing numpy's, pint's and dronecalc's modules one object at a time) only costs time,
    ~15 ms of a 0.45 s check on the reference case; ``os._exit`` ends the process without it,
    with :func:`main`'s exit code. Every file dronecalc writes is closed before :func:`main`
    returns. Library use and the tests call :func:`main`, which returns as usual. The command
    alone also uses :mod:`dronecalc._codecache` (code Python generates at every start,
    compiled once and kept), saved before the end.
    """
    from . import _codecache
    _codecache.install()
    try:
        code = main()
    except SystemExit as exc:               # --help, --version and argparse's usage errors
        code = exc.code
    if code is None:
        code = 0
    elif not isinstance(code, int):         # as Python's own exit does with a message
        sys.stderr.write(f"{code}\n")
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):       # a closed pipe: nothing more can be said
            pass
    _codecache.save()
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # dronecalc does no linear algebra worth a thread pool; OpenBLAS's extra threads, started
    # when numpy loads, spin for ~0.05-0.07 s of CPU and slow a check on a busy machine
    # (benchmarks/speed.py --check-only). Only a default: a value the user set is kept, and
    # nothing changes once numpy is loaded (dronecalc used as a library).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    _pause_collector()
    try:
        return _main(argv)
    finally:
        _imports_done()


#: The collector pause of :func:`_pause_collector`: taken on the first call only, and
#: whether it is on now.
_PAUSE = {"first": True, "paused": False}


def _pause_collector() -> None:
    """Stop the cyclic garbage collector while the libraries load (first call only).

    numpy, pint and dronecalc create ~10^5 long-lived objects at import and none of them is
    garbage; the collector still ran ~100 times over them while they loaded, 25-40 ms of a
    0.5 s check (measured with ``gc.callbacks`` on the reference case), and once more over
    all of them as the interpreter ended (CPU after ``main`` returned: 52 ms, 14 ms once
    they are frozen; median of 10). :func:`_imports_done` moves what is loaded out of its
    reach (``gc.freeze``) and turns it back on, so the run itself is collected as usual.
    Nothing is computed differently; a collector the caller turned off stays off.
    """
    if _PAUSE["first"]:
        _PAUSE["first"] = False
        if gc.isenabled():
            gc.disable()
            _PAUSE["paused"] = True


def _imports_done() -> None:
    """After the imports: freeze what is loaded (``gc.freeze``), collect again as usual."""
    if _PAUSE["paused"]:
        _PAUSE["paused"] = False
        gc.freeze()
        gc.enable()


def _main(argv: list[str]) -> int:
    message = _unknown_command(argv)
    if message:
        _say(f"error: {message}")
        return 2
    try:
        parser = build_parser()
        message = _unknown_option(argv, parser)
        if message:
            _say(f"error: {message}")
            return 2
        args = parser.parse_args(argv)
        return _run(args)
    except KeyboardInterrupt:
        _say("interrupted (Ctrl-C); nothing was written")
        return 130
    except DroneCalcError as exc:
        _say(f"error: {exc}")
        return 2
    except MemoryError:
        _say("error: out of memory; run again with fewer --samples")
        return 2
    except BrokenPipeError:
        try:                        # the reader went away ("| head"): stay quiet at exit
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        _say("error: the output was closed before it was all written")
        return 2
    except Exception as exc:        # a bug: one line, never a traceback (DRONECALC_DEBUG=1)
        if os.environ.get("DRONECALC_DEBUG"):
            raise
        _say(f"internal error ({type(exc).__name__}: {_first_line(exc)}); please report it "
             "with the case file (DRONECALC_DEBUG=1 shows the traceback)")
        return 2


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0][:200] if text else "") or "no message"


#: Control characters other than tab and line break: a path or command word holding an ESC
#: would drive the terminal that shows the error (fuzz8: "case file ^[[31m..." was printed raw).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _say(message: str) -> None:
    message = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", message)
    _write(sys.stderr, f"dronecalc: {message}\n")


def _write(stream, text: str) -> None:
    """Write ``text``; characters the stream cannot encode (a file name with undecodable
    bytes, a title on a narrow console) are shown as backslash escapes, never an error."""
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding))
    except (OSError, ValueError):
        if stream is sys.stdout:
            raise
    stream.flush()


def _report_target(path: str) -> str:
    """``--report DIR`` (an existing folder) or ``--report DIR/`` (a path ending in a
    separator): ``DIR/report.html``; any other path as given. A folder had been refused as an
    "unknown report format", and ``out.html/`` wrote a file ``out.html`` (fuzz leads, ux9)."""
    from pathlib import Path
    if not path.strip():
        return path
    try:
        folder = path.endswith(("/", os.sep)) or Path(path).is_dir()
    except (OSError, ValueError):       # a path too long or with a NUL: check_target says so
        return path
    return str(Path(path) / "report.html") if folder else path


def _check_report_path(path: str) -> None:
    """Refuse a report path of unknown format, or one that cannot be written, before any
    computing (nothing is created)."""
    from pathlib import Path

    from .report.document import FORMATS, report_names
    from .report.files import check_target
    if not path.strip():
        raise DroneCalcError("an empty report path", field="--report", value=path,
                             expected="a file ending in " + " or ".join(sorted(FORMATS)))
    if Path(path).suffix.lower() not in FORMATS:
        raise DroneCalcError("unknown report format", field="--report", value=path,
                             expected="a file ending in " + " or ".join(sorted(FORMATS)))
    check_target(path, report_names(path), field="--report")


class _Progress:
    """An activity line on a terminal while a run takes long: elapsed seconds and a spinner.

    Shown on standard error only when both standard output and standard error are terminals
    and the output is text (never with ``--json``, never when piped), starting after
    :attr:`DELAY` seconds so that quick runs print nothing extra; erased when the run ends.
    It shows that the run is alive and how long it has taken, not a share done: the Monte
    Carlo reports no fraction done.
    """

    DELAY = 1.0
    FRAMES = "|/-\\"

    def __init__(self, label: str, enabled: bool) -> None:
        self.label, self.enabled = label, enabled
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._spin, daemon=True)
        self.shown = False

    def __enter__(self) -> "_Progress":
        if self.enabled:
            self.start = time.monotonic()
            self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.enabled:
            self.stop.set()
            self.thread.join()
            if self.shown:
                sys.stderr.write("\r\033[K")
                sys.stderr.flush()

    def _spin(self) -> None:
        if self.stop.wait(self.DELAY):
            return
        frame = 0
        while not self.stop.is_set():
            elapsed = time.monotonic() - self.start
            bar = "#" * (int(elapsed) % 20 + 1)
            sys.stderr.write(f"\r\033[Kdronecalc: {self.label} {self.FRAMES[frame % 4]} "
                             f"[{bar:<20}] {elapsed:.0f} s")
            sys.stderr.flush()
            self.shown, frame = True, frame + 1
            self.stop.wait(0.25)


def _show_progress(args: argparse.Namespace) -> bool:
    if getattr(args, "json", False) or os.environ.get("DRONECALC_NO_PROGRESS"):
        return False
    try:
        return sys.stdout.isatty() and sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _run(args: argparse.Namespace) -> int:
    if args.command == "case":
        from .claims.checks import load_machine, validate
        from .claims.unmodelled import refusal
        case = load_machine(args.case_file)     # as check and estimate load it (issue 10)
        if case.kind == "multirotor" and case.vehicle_class is not None:
            from .priors.tables import class_word
            class_word(case.vehicle_class)     # the class check refuses is refused here too
        beyond = validate(case)                # and the inputs check would refuse
        from .claims import plants
        from .report.text import flag_reading
        read_as = plants.candidates(case)   # a kind or plant left open: judged as each
        why = None if read_as else refusal(case) or beyond  # nothing judged: say so first
        _write(sys.stdout, case.title + "\n" + "".join(
            f"  flagged {flag.id}: {flag.problem}: {flag.text!r}{flag_reading(flag)}\n"
            for flag in case.flags)
            + ("" if case.flags else "  no figure flagged\n")
            + (f"  no vehicle model: {why.reason}; check will judge no claim (it needs "
               f"{why.needs})\n" if why else "")
            + (f"  left open: check judges each claim as {' and as '.join(read_as)} and "
               "folds the readings (a claim they disagree on needs checking)\n"
               if read_as else ""))
        return 0
    elif args.command in ("check", "estimate"):
        from .claims import checks
        from .engine import limits
        from .report import text as report
        _imports_done()
        if args.command == "check" and args.report is not None:
            args.report = _report_target(args.report)
            _check_report_path(args.report)
        case = checks.load_machine(args.case_file)
        if args.command == "check" and not case.claims:
            from .claims.unmodelled import refusal
            why = refusal(case)          # no kind models it: estimate would refuse it too
            raise DroneCalcError("nothing to check: the case states no claim", field=case.path,
                                 expected='figures with role = "claim" (or use dronecalc '
                                          'estimate for what the machine can do' + (
                                              f', which needs {why.needs}' if why else '')
                                          + ')')
        run = checks.check if args.command == "check" else checks.estimate
        label = (f"{'checking' if args.command == 'check' else 'estimating'} on "
                 f"{args.samples:,} machines")
        with _Progress(label, _show_progress(args)):
            result = run(case, args.samples, args.seed)
        if args.command == "check":
            text = report.check_json(result) if args.json else report.format_check(result)
            if args.report is not None:
                from .report.document import write_report
                written = write_report(result, args.report, case=case, seed=args.seed)
                _say(f"wrote {', '.join(str(p) for p in written)}")
        else:
            text = report.estimate_json(result) if args.json else report.format_estimate(result)
        warning = limits.thin_run_warning(result.run.kept, result.run.drawn)
        if warning and args.command == "estimate":     # no verdict: no one-in-a-thousand rule
            kept = result.run.kept                     # (ux7: estimate spoke of "the verdicts")
            warning = (f"the percentiles rest on {kept:,} buildable machine"
                       f"{'s' if kept != 1 else ''} (of {result.run.drawn:,} drawn): rerun "
                       "with more samples for steadier figures")
        if warning and result.run.drawn:          # no run at all (no machine to build): no rule
            _say(f"warning: {warning}")
        _write(sys.stdout, text)
        return 0
    elif args.command == "extract":
        return _extract(args.article, args.output)
    raise DroneCalcError(f"unknown command {args.command!r}")


def _extract(article: str, output: str | None) -> int:
    """``dronecalc extract``: the draft to standard output or to ``output``."""
    from .intake.extract import extract_file
    draft = extract_file(article)
    text = draft.to_toml()
    if output is None or output == "-":          # "-o -": standard output, as "-" reads stdin
        sys.stdout.write(text)                   # (it wrote a file named "-", fuzz8)
        return 0
    from pathlib import Path
    if not output.strip():
        raise DroneCalcError("an empty output path", field="--output", value=output,
                             expected="a file name such as draft.toml, or - for standard output")
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise DroneCalcError("cannot write the draft", field="--output", value=output,
                             expected=f"a writable path ({exc.strerror or exc})") from None
    entries = f"{len(draft.items)} entr{'y' if len(draft.items) == 1 else 'ies'}"
    _say(f"wrote a draft of {entries} to {output}; check every entry against the article "
         "before relying on it")
    if draft.warnings:           # in the draft's header too, but a user who wrote it to a
        import textwrap          # file sees this line first
        print(f"dronecalc: {len(draft.warnings)} warning(s), also at the top of the draft:",
              file=sys.stderr)
        for warning in draft.warnings:
            print(textwrap.fill(warning, 100, initial_indent="  - ", subsequent_indent="    ",
                                break_on_hyphens=False), file=sys.stderr)
    return 0
