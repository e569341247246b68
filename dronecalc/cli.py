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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dronecalc", description=(
        "Check claims about a drone's payload, speed, endurance and range against physics."))
    sub = parser.add_subparsers(dest="command", required=True)
    show = sub.add_parser("case", help="load and validate a case file, list its flagged figures")
    show.add_argument("case_file")
    check = sub.add_parser(
        "check", help="test every claim of a case: consistent, needs checking or implausible")
    _monte_carlo_options(check)
    check.add_argument("--report", metavar="PATH",
                       help="also write a report with figures: PATH ending in .md (Markdown "
                            "and PNG files beside it) or .html (one file)")
    _monte_carlo_options(sub.add_parser(
        "estimate", help="endurance, range and best speeds of the machine a case describes"))
    extract = sub.add_parser(
        "extract", help="draft a case file from an article (.txt or .html; - for standard "
                        "input), for a person to check")
    extract.add_argument("article", help="the article's text: a .txt or .html file, or -")
    extract.add_argument("-o", "--output", metavar="CASE.toml",
                         help="write the draft there (default: standard output)")
    return parser


def main(argv: list[str] | None = None) -> int:
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
    elif args.command == "extract":
        return _extract(args.article, args.output)
    raise DroneCalcError(f"unknown command {args.command!r}")


def _extract(article: str, output: str | None) -> int:
    """``dronecalc extract``: the draft to standard output or to ``output``."""
    from .intake.extract import extract_file
    draft = extract_file(article)
    text = draft.to_toml()
    if output is None:
        sys.stdout.write(text)
        return 0
    from pathlib import Path
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise DroneCalcError("cannot write the draft", field="--output", value=output,
                             expected=f"a writable path ({exc.strerror or exc})") from None
    print(f"dronecalc: wrote a draft of {len(draft.items)} entries to {output}; check every "
          "entry against the article before relying on it", file=sys.stderr)
    return 0
