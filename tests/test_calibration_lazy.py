"""priors.calibration re-exports the fitting modules' names but imports them at first use."""
import subprocess
import sys

from dronecalc.priors import calibrated_file, calibration, disk_fit, efficiency_fit


def test_lazy_names_are_the_modules_own():
    for module, names in calibration._LAZY.items():
        source = {"calibrated_file": calibrated_file, "disk_fit": disk_fit,
                  "efficiency_fit": efficiency_fit}.get(module)
        for name in names:
            value = getattr(calibration, name)
            if source is not None:
                assert value is getattr(source, name)
    assert calibration._CALIBRATED == calibrated_file._CALIBRATED_FILE
    assert calibration.LITERATURE_EFFICIENCIES is efficiency_fit.LITERATURE_EFFICIENCIES
    assert set(calibration._LAZY_NAMES) <= set(dir(calibration))


def test_unknown_name_is_an_attribute_error():
    try:
        calibration.no_such_name
    except AttributeError as err:
        assert "no_such_name" in str(err)
    else:
        raise AssertionError("no AttributeError")


def test_reading_the_calibrated_file_imports_no_fit():
    code = ("import sys; from dronecalc.priors import calibration as c; c.calibrated_parameters();"
            "c.efficiency_law(2.0, rotors=4); c.effective_disk_loading(2.0);"
            "print([m for m in sys.modules if m.rsplit('.', 1)[-1] in "
            "('disk_fit', 'efficiency_fit', 'curve_check', 'calibrated_file')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout
