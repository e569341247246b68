"""Error types: one base, clear messages, and nothing but library errors from the intake layer."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

import dronecalc
from dronecalc import (CaseError, DroneCalcError, InputValueError, MissingDependencyError,
                       ModelError, ParseError, UnitError)
from dronecalc.intake.fields import FIELDS, read_figure
from dronecalc.intake.figures import parse


@pytest.mark.parametrize("cls", [ParseError, UnitError, InputValueError, ModelError])
def test_value_errors_are_both_library_and_value_errors(cls):
    assert issubclass(cls, DroneCalcError) and issubclass(cls, ValueError)


def test_other_error_types():
    assert issubclass(CaseError, DroneCalcError)
    assert issubclass(MissingDependencyError, DroneCalcError)
    assert issubclass(MissingDependencyError, ImportError)


def test_message_names_field_value_and_expectation():
    err = UnitError("wrong dimension", field="vehicle.payload", value="3 m", expected="a mass")
    assert str(err) == "vehicle.payload: wrong dimension; got '3 m'; expected a mass"
    assert (err.field, err.value, err.expected) == ("vehicle.payload", "3 m", "a mass")


def test_case_error_lists_every_problem():
    err = CaseError("x.toml", ["a: bad", "b: worse"])
    assert err.problems == ["a: bad", "b: worse"]
    assert "2 problem(s) in case file x.toml" in str(err) and "  - b: worse" in str(err)


def test_public_names_resolve():
    for name in ("Figure", "parse", "read_figure", "FIELDS", "Case", "load_case"):
        assert getattr(dronecalc, name) is not None


@pytest.mark.parametrize("text", ["", "kg", "3 blargh", "NaN kg", "70-60 km/h", "1e999 kg"])
def test_parse_errors_are_library_errors_with_the_text(text):
    with pytest.raises(DroneCalcError) as info:
        parse(text)
    assert repr(text) in str(info.value)


@given(st.text(max_size=20), st.sampled_from(sorted(FIELDS) + ["nonsense"]))
def test_read_figure_raises_only_library_errors(text, field):
    try:
        read_figure(text, field)
    except DroneCalcError:
        pass
