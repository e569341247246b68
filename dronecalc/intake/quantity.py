r"""The one way to give an SI function its Quantity front: units read from its docstring.

The physics core works on SI floats and arrays (``_hover_power(thrust, air_density, ...)``).
Its public twin takes pint Quantities or figure strings and returns a Quantity. Instead of
writing the conversions by hand in every public function, the public function is declared with
its signature and its numpydoc docstring only, and :func:`quantity_api` builds the body from
the units in the docstring's brackets, as fluids' ``wraps_numpydoc`` does
(https://fluids.readthedocs.io/fluids.units.html): the documented unit and the converted unit
can never disagree.

.. code-block:: python

    @quantity_api(_ideal_hover_power, positive=("air_density", "disk_area"))
    def ideal_hover_power(thrust, air_density, disk_area):
        r'''Ideal hover power of one rotor.

        Parameters
        ----------
        thrust : Quantity or str
            Rotor thrust [N].
        air_density : Quantity or str
            Air density [kg/m^3].
        disk_area : Quantity or str
            Disk area [m^2].

        Returns
        -------
        Quantity
            Ideal induced power [W].
        '''

Rules: a parameter whose description has a ``[unit]`` is converted with
:func:`~dronecalc.intake.units.to_si` to that unit (``[-]`` means dimensionless), validated as
``to_si`` does (no negatives unless ``minimum`` says otherwise, no zero for ``positive``); a
parameter without a bracket is passed on as it is (a method name, a chemistry). The first
bracket of the Returns section is the unit attached to the result. A bracket that pint cannot
read is a programming error raised when the module is imported, not when a user calls it.
"""
from __future__ import annotations

import functools
import inspect
import re
from typing import Callable, Iterable, Mapping

from .registry import Q_, ureg
from .units import to_si

_SECTION = re.compile(r"^\s*(Parameters|Returns|Raises|Notes|Examples|References|See Also)\s*\n"
                      r"\s*-+\s*$", re.M)
_PARAM = re.compile(r"^(\w+(?:, \w+)*)(?: : [^\n]*)?$", re.M)   # "name : type" or "a, b : type"
_BRACKET = re.compile(r"\[([^\[\]]+)\]")


def _sections(doc: str) -> dict[str, str]:
    doc = inspect.cleandoc(doc)
    marks = list(_SECTION.finditer(doc))
    out = {}
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(doc)
        out[mark.group(1)] = doc[mark.end():end]
    return out


def _unit_of(text: str, where: str) -> str | None:
    match = _BRACKET.search(text)
    if match is None:
        return None
    unit = match.group(1).strip()
    if unit == "-":
        return ""
    try:
        ureg.Unit(unit)
    except Exception as exc:                      # a typo in a docstring: fail at import
        raise ValueError(f"{where}: docstring unit [{unit}] is not a pint unit") from exc
    return unit


def docstring_units(doc: str, where: str = "function") -> tuple[dict[str, str | None], str | None]:
    """The unit of every parameter (None: passed on as it is) and of the result.

    Parameters
    ----------
    doc : str
        A numpydoc docstring.
    where : str
        The function's name, for the error message.

    Returns
    -------
    (dict, str or None)
        Parameter name -> unit text (``""`` dimensionless), and the Returns unit.
    """
    sections = _sections(doc or "")
    params: dict[str, str | None] = {}
    text = "\n" + sections.get("Parameters", "").strip("\n")
    heads = list(_PARAM.finditer(text))
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        for name in head.group(1).split(","):
            params[name.strip()] = _unit_of(text[head.end():end], f"{where}({name.strip()})")
    returns = _unit_of(sections.get("Returns", ""), f"{where} (Returns)")
    return params, returns


def quantity_api(core: Callable, *, positive: Iterable[str] = (),
                 minimum: Mapping[str, float | None] | None = None):
    """Decorator: the decorated signature and docstring become a Quantity front of ``core``.

    Parameters
    ----------
    core : callable
        The SI function; called with the converted arguments in the decorated signature's
        order.
    positive : iterable of str
        Parameters that must be > 0.
    minimum : mapping of str to float or None
        Smallest allowed value per parameter in its documented unit (default 0: no negatives;
        None: any sign).

    Returns
    -------
    callable
        A decorator.
    """
    positive = frozenset(positive)
    minimum = dict(minimum or {})

    def decorate(public: Callable) -> Callable:
        units, returns = docstring_units(public.__doc__, public.__name__)
        signature = inspect.signature(public)
        names = list(signature.parameters)
        unknown = (positive | set(minimum)) - set(names)
        if unknown:
            raise ValueError(f"{public.__name__}: no parameter named {sorted(unknown)}")
        missing = [n for n in names if n not in units]
        if missing:
            raise ValueError(f"{public.__name__}: parameters {missing} are not documented")

        @functools.wraps(public)
        def front(*args, **kwargs):
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            si = {}
            for name, value in bound.arguments.items():
                unit = units[name]
                if unit is None or value is None:
                    si[name] = value
                else:
                    si[name] = to_si(value, unit, name, minimum=minimum.get(name, 0.0),
                                     positive=name in positive)
            out = core(*(si[n] for n in names))
            return out if returns is None else Q_(out, returns)

        return front

    return decorate
