import sys

try:
    from . import _codecache
    _codecache.install()                    # before the libraries load (see its docstring)
    from .cli import run
except KeyboardInterrupt:                   # Ctrl-C while the libraries load
    sys.stderr.write("dronecalc: interrupted (Ctrl-C); nothing was written\n")
    raise SystemExit(130) from None

run()
