"""Command line: argument parsing and dispatch only (no physics, no formatting)."""
from __future__ import annotations

import argparse
import sys

from .errors import DroneCalcError

#: Default Monte Carlo sample count (kept equal to ``uncertainty.DEFAULT_SAMPLES`` without
#: importing the physics just to show ``--help``).
DEFAULT_SAMPLES = 100_000


def _whole_number(minimum: int):
    """An argparse type: a whole number no smaller than ``minimum``."""
    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}: {text!r}")
        return value
    return convert


def _monte_carlo_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("case_file", help="a case file (TOML, see docs/case-format.md)")
    command.add_argument("--json", action="store_true", help="print JSON instead of text")
    command.add_argument("--samples", type=_whole_number(1), default=DEFAULT_SAMPLES,
                         help=f"Monte Carlo samples (default {DEFAULT_SAMPLES:,})")
    command.add_argument("--seed", type=_whole_number(0), default=0,
                         help="random seed; the same seed gives the same output (default 0)")


#: The commands, with their one-line help (also what a mistyped command is matched against).
COMMANDS = {
    "case": "load and validate a case file, list its flagged figures",
    "check": "test every claim of a case: consistent, needs checking or implausible",
    "estimate": "endurance, range and best speeds of the machine a case describes",
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
    show.add_argument("case_file", help="a case file (TOML, see docs/case-format.md)")
    check = sub.add_parser("check", help=COMMANDS["check"], description=COMMANDS["check"] + ".")
    _monte_carlo_options(check)
    check.add_argument("--report", metavar="PATH",
                       help="also write a report a reader can open or print: PATH ending in "
                            ".html (one self-contained file) or .md (Markdown, with SVG "
                            "pictures in PATH's <name>_files/ folder)")
    _monte_carlo_options(sub.add_parser("estimate", help=COMMANDS["estimate"],
                                        description=COMMANDS["estimate"] + "."))
    return parser


def suggest(word: str, choices) -> str | None:
    """The closest of ``choices`` to a mistyped ``word``, or None (difflib's ratio >= 0.6)."""
    import difflib
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def _unknown_command(argv: list[str]) -> str | None:
    """A message for a first argument that is no command, with the closest one."""
    first = next((a for a in argv if not a.startswith("-")), None)
    if first is None or first in COMMANDS or any(a in ("-h", "--help", "--version")
                                                 for a in argv[:argv.index(first)]):
        return None
    best = suggest(first, COMMANDS)
    hint = f"; did you mean {best!r}?" if best else ""
    return (f"unknown command {first!r}{hint} (commands: {', '.join(COMMANDS)}; "
            "dronecalc --help lists them)")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    message = _unknown_command(argv)
    if message:
        print(f"dronecalc: error: {message}", file=sys.stderr)
        return 2
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except DroneCalcError as exc:
        print(f"dronecalc: error: {exc}", file=sys.stderr)
        return 2


def _check_report_path(path: str) -> None:
    """Refuse a report path of unknown format before any computing."""
    from pathlib import Path

    from .report.document import FORMATS
    if Path(path).suffix.lower() not in FORMATS:
        raise DroneCalcError("unknown report format", field="--report", value=path,
                             expected="a file ending in " + " or ".join(sorted(FORMATS)))


def _run(args: argparse.Namespace) -> int:
    if args.command == "case":
        from .intake.case import load_case
        case = load_case(args.case_file)
        print(case.title)
        for flag in case.flags:
            print(f"  flagged {flag.id}: {flag.problem}: {flag.text!r}")
        return 0
    elif args.command in ("check", "estimate"):
        from .claims import checks
        from .report import text as report
        case = checks.load_machine(args.case_file)
        if args.command == "check":
            if args.report:
                _check_report_path(args.report)
            result = checks.check(case, args.samples, args.seed)
            text = report.check_json(result) if args.json else report.format_check(result)
            if args.report:
                from .report.document import write_report
                written = write_report(result, args.report, case=case, seed=args.seed)
                print(f"dronecalc: wrote {', '.join(str(p) for p in written)}", file=sys.stderr)
        else:
            result = checks.estimate(case, args.samples, args.seed)
            text = report.estimate_json(result) if args.json else report.format_estimate(result)
        sys.stdout.write(text)
        return 0
    raise DroneCalcError(f"unknown command {args.command!r}")
