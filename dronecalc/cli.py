"""Command line: argument parsing and dispatch only (no physics, no formatting)."""
from __future__ import annotations

import argparse
import sys

from .errors import DroneCalcError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dronecalc", description=(
        "Check claims about a drone's payload, speed, endurance and range against physics."))
    sub = parser.add_subparsers(dest="command", required=True)
    show = sub.add_parser("case", help="load and validate a case file, list its flagged figures")
    show.add_argument("case_file")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except DroneCalcError as exc:
        print(f"dronecalc: error: {exc}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    if args.command == "case":
        from .case import load_case
        case = load_case(args.case_file)
        print(case.title)
        for flag in case.flags:
            print(f"  flagged {flag.id}: {flag.problem}: {flag.text!r}")
        return 0
    raise DroneCalcError(f"unknown command {args.command!r}")
