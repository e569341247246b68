"""dronecalc extract: number words, figures found in running text, the seed article against the
hand-made reference case, fixtures of real reports, HTML, several drones, the command line."""
import importlib.util
import time
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dronecalc import ParseError, cli
from dronecalc.intake.case import load_case
from dronecalc.intake.extract import extract, extract_file, read_article, sentences
from dronecalc.intake.figures import parse
from dronecalc.intake.numbers import normalise, scan

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
SEED = ARTICLES / "green-zone-2021.txt"
REFERENCE = ROOT / "examples" / "cases" / "green-zone-2021.toml"


def _benchmark():
    spec = importlib.util.spec_from_file_location("bench_extract",
                                                  ROOT / "benchmarks" / "extract.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _draft_case(draft, tmp_path: Path, name: str = "draft.toml"):
    path = tmp_path / name
    path.write_text(draft.to_toml(), encoding="utf-8")
    return load_case(path)


# --------------------------------------------------------------------------- number words

@pytest.mark.parametrize("text, low, high, unit, kind, approximate", [
    ("three kilograms", 3, 3, "kg", "point", False),
    ("about an hour", 1, 1, "hour", "point", True),
    ("an hour", 1, 1, "hour", "point", False),
    ("half an hour", 0.5, 0.5, "hour", "point", False),
    ("an hour and a half", 1.5, 1.5, "hour", "point", False),
    ("two and a half hours", 2.5, 2.5, "hour", "point", False),
    ("a couple of hours", 2, 2, "hour", "point", True),
    ("twenty-five minutes", 25, 25, "minute", "point", False),
    ("one hundred and twenty minutes", 120, 120, "minute", "point", False),
    ("two thousand five hundred km", 2500, 2500, "km", "point", False),
    ("four-hour", 4, 4, "hour", "point", False),
    ("620-mile", 620, 620, "mile", "point", False),
    ("between 60 and 70 km/h", 60, 70, "km/h", "range", False),
    ("some 40 km", 40, 40, "km", "point", True),
    ("30 kilometers or more", 30, None, "km", "at-least", False),
    ("15 km at the most", None, 15, "km", "at-most", False),
    ("a maximum of 2,500 km", None, 2500, "km", "at-most", False),
    ("up to two hours", None, 2, "hour", "at-most", False),
    ("100 kilometres an hour", 100, 100, "km/h", "point", False),
    ("more than 120 minutes", 120, None, "minute", "at-least", False),
])
def test_spoken_figures_parse(text, low, high, unit, kind, approximate):
    figure = parse(text)
    assert figure.kind == kind and figure.approximate == approximate
    for end, want in ((figure.low, low), (figure.high, high)):
        assert (end is None) == (want is None)
        if want is not None:
            assert end.m_as(unit) == pytest.approx(want)


@pytest.mark.parametrize("text", ["dozens of km", "several kg", "a few minutes",
                                  "hundreds of kilometres"])
def test_vague_quantities_give_no_number(text):
    assert any(s.vague and s.value is None for s in scan(text))
    with pytest.raises(ParseError):
        parse(text)


@pytest.mark.parametrize("text", ["3 kg", "60-70 km/h", "6S", "320KV", "18,500 mAh",
                                  "more than 120 minutes", "a second drone", "~25 min"])
def test_text_without_number_words_is_unchanged(text):
    assert normalise(text) == text


def test_one_of_the_drones_is_no_count_and_a_second_is_no_time():
    draft = extract("One of the drones got through. A second drone was shot down.")
    assert draft.figures == []


@given(st.text(max_size=200))
def test_normalise_never_raises_and_parse_gives_a_figure_or_a_library_error(text):
    out = normalise(text)
    assert isinstance(out, str)
    try:
        parse(text)
    except ParseError:
        pass
    except Exception as exc:  # noqa: BLE001 - any other library error is fine too
        from dronecalc import DroneCalcError
        assert isinstance(exc, DroneCalcError)


def test_number_words_and_extraction_run_in_linear_time():
    # sentences, and one endless sentence (no capital after the full stops)
    for unit in ("One hundred and twenty three kilograms, between 60 and 70 km/h; a couple of "
                 "hours and dozens of drones over 40 km, it could not fly this distance. ",
                 "one hundred and twenty three kilograms, between 60 and 70 km/h; a couple of "
                 "hours and dozens of drones over 40 km. "):
        t0 = time.process_time()
        extract(unit * 20)
        t1 = time.process_time()
        extract(unit * 160)
        t2 = time.process_time()
        assert t2 - t1 < 24 * (t1 - t0) + 0.3      # 8x the text: far below quadratic (64x)
    t0 = time.process_time()
    normalise("nine " * 20000 + "kg")                # one long run of number words
    assert time.process_time() - t0 < 2.0


# --------------------------------------------------------------------------- running text

def _found(text):
    return [(f.written, f.guess, f.role) for f in extract(text).figures]


@pytest.mark.parametrize("sentence, written", [
    ("It flew at 60-70 km/h.", "60-70 km/h"),
    ("It flew at 60 to 70 km/h.", "60 to 70 km/h"),
    ("It flew at between 60 and 70 kilometres per hour.", "between 60 and 70 kilometres per hour"),
    ("It can stay aloft for more than 120 minutes.", "more than 120 minutes"),
    ("The drone has a range of up to 1,200 miles.", "up to 1,200 miles"),
    ("It carried a bomb of nearly 3 kg.", "nearly 3 kg"),
    ("It flew some 40 km.", "some 40 km"),
    ("It was carrying a missile weighing three kilograms.", "three kilograms"),
    ("It has a 620-mile range.", "620-mile"),
    ("It uses a 6S battery.", "6S"),
    ("Its motors are rated 320KV.", "320KV"),
])
def test_forms_of_figures_are_found_as_written(sentence, written):
    assert [w for w, _, _ in _found(sentence)] == [written]


@pytest.mark.parametrize("sentence", [
    "The Shahed-136 struck at 2am on 7 November.",
    "It used an RFD868x radio bought for $3,300 in 2014.",
    "Turnout was 45 % at 7pm.",
    "The Shahed 129 and the Matrice 100 were shown.",
])
def test_names_dates_times_money_are_not_figures(sentence):
    assert _found(sentence) == []


def test_feet_and_inches_are_one_figure_read_in_inches(tmp_path):
    draft = extract("The drone has a wingspan of 14 feet 9 inches.")
    (figure,) = draft.figures
    assert figure.written == "14 feet 9 inches" and figure.text == "177 in"
    _draft_case(draft, tmp_path)


def test_engine_names_glued_to_units_are_not_figures_and_type_names_count_drones():
    assert _found("It has a German-made 3W110i B2 engine.") == []
    draft = extract("There are only about 50 unused Lancets left.")
    assert [(f.written, f.counted) for f in draft.figures] == [
        ("about 50 unused Lancets", "drones")]


def test_a_doubted_ability_is_an_infeasibility_statement():
    draft = extract("The drone flew 90 km. An advisor doubted its ability to fly such a distance.")
    (statement,) = [i for i in draft.items if i.kind == "statement"]
    assert statement.asserts == "infeasible" and statement.refers == ("F1",)


@pytest.mark.parametrize("sentence, written, converted", [
    ("The drone Fotros has a range of 2,000 kilometers (1,250 miles).", "2,000 kilometers",
     "1,250 miles"),
    ("The device can carry up to 6.8 kilograms (roughly 15 pounds).", "up to 6.8 kilograms",
     "15 pounds"),
])
def test_a_conversion_in_brackets_is_one_figure_with_a_note(sentence, written, converted):
    (figure,) = extract(sentence).figures
    assert figure.written == written and converted in figure.notes[0]


@pytest.mark.parametrize("sentence, field, role", [
    ("The quadcopter was carrying a missile weighing 3 kg.", "payload_mass", "input"),
    ("It can carry up to 1.2 kilograms of payload.", "max_payload", "claim"),
    ("It has a top speed of 900 kilometers per hour.", "top_speed", "claim"),
    ("It can hover for 25 minutes.", "hover_time", "claim"),
    ("It has a maximum take-off weight of 650 kilograms.", "max_takeoff_mass", "input"),
    ("It was powered by 18500 mAh battery packs.", "battery_charge", "input"),
    ("Its motors were of 320 kilovolts.", "motor_kv", "input"),
    ("The drone travelled a distance of 7km.", "distance", "claim"),
    ("It could fly for a distance of 40km.", "range", "claim"),
    ("It has a flight time of 35 minutes.", "flight_time", "claim"),
    ("It cruises at 18,000 feet altitude.", "altitude", "input"),
    ("It was found 50 miles south of Kyiv.", "context", "context"),
    ("An hour later the camp burned.", "context", "context"),
])
def test_field_and_role_from_cue_words(sentence, field, role):
    ((_, got_field, got_role),) = _found(sentence)
    assert (got_field, got_role) == (field, role)


def test_a_hover_time_is_a_flight_time_claim_judged_hovering(tmp_path):
    draft = extract("The quadcopter can hover for 25 minutes.")
    (figure,) = draft.figures
    assert (figure.field, figure.mode) == ("flight_time", "hover")
    assert 'mode = "hover"' in draft.to_toml()
    _draft_case(draft, tmp_path)


def test_garbled_figures_are_flagged_by_the_field_rules():
    draft = extract("The quadcopter had four electric motors with a capacity of 320 kilovolts.")
    kv = next(f for f in draft.figures if f.field == "motor_kv")
    assert kv.flag.startswith("garbled") and "320 Kv" in kv.flag


def test_statement_claims_refer_to_the_figures_they_point_back_to():
    draft = extract(SEED.read_text())
    statement = next(i for i in draft.items if i.kind == "statement"
                     and "modified" in i.text)
    fields = {next(i for i in draft.items if i.id == r).field for r in statement.refers}
    assert statement.asserts == "infeasible" and fields == {"payload_mass", "speed", "distance"}


def test_sentences_do_not_split_at_abbreviations_or_decimals():
    body = "Brig. Gen. Gromov said it flew 1.5 km. Then it fell."
    assert [body[a:b] for a, b in sentences(body)] == [
        "Brig. Gen. Gromov said it flew 1.5 km.", "Then it fell."]


# --------------------------------------------------------------------------- the seed article

def _same_value(draft_fig, ref_fig) -> bool:
    a, b = draft_fig.value, ref_fig.value
    if a.kind != b.kind:
        return False
    return all((x is None and y is None) or (x is not None and y is not None and
               x.to_base_units().magnitude == pytest.approx(y.to_base_units().magnitude))
               for x, y in ((a.low, b.low), (a.high, b.high)))


def test_seed_article_draft_has_reference_figures_f2_to_f11(tmp_path):
    """F2-F11 of the hand-made case, each found with the right field and role (and value)."""
    reference = load_case(REFERENCE)
    draft = extract_file(str(SEED))
    case = _draft_case(draft, tmp_path)
    by_id = {i.id: i for i in draft.items}
    for ident in [f"F{n}" for n in range(2, 12)]:
        ref = reference.figures[ident]
        candidates = [f for f in case.figures.values()
                      if f.field == ref.field and f.role == ref.role]
        if ref.figure is not None:
            candidates = [f for f in candidates if _same_value(f, ref)]
        elif ref.field == "statement":
            candidates = [f for f in candidates if f.asserts == ref.asserts and
                          {by_id[r].field for r in f.refers} ==
                          {reference.figures[r].field for r in ref.refers}]
        else:                                          # radio F7, context F8: the part named
            key = {"F7": "RFD868x", "F8": "PDB"}[ident]
            candidates = [f for f in candidates if key in f.text]
        assert candidates, f"{ident} ({ref.field}, {ref.role}, {ref.text!r}) not in the draft"
        assert all(c.quote for c in candidates)


def test_seed_article_draft_is_a_draft_in_text_order_and_checks(tmp_path):
    from dronecalc.claims import checks
    draft = extract_file(str(SEED))
    text = draft.to_toml()
    assert "draft to be checked by a person" in text.splitlines()[1]
    assert [i.id for i in draft.items] == [f"F{n}" for n in range(1, len(draft.items) + 1)]
    assert [i.start for i in draft.items] == sorted(i.start for i in draft.items)
    case = _draft_case(draft, tmp_path)
    assert {f.problem for f in case.flags} == {"garbled", "underspecified"}
    result = checks.check(case, samples=2000, seed=0)
    verdicts = {f.check: f.verdict for f in result.findings}
    assert verdicts["endurance"] == "implausible" and verdicts["leg"] == "consistent"
    for f in case.figures.values():                   # quotes are verbatim sentences
        assert f.quote in " ".join(SEED.read_text().split())


def test_seed_draft_with_the_reference_assumptions_gives_the_reference_verdicts(tmp_path):
    """The draft plus the analyst's [assumptions] of the hand-made case judges every claim as
    the hand-made case does (the draft's own ids differ)."""
    from dronecalc.claims import checks
    reference = REFERENCE.read_text(encoding="utf-8")
    path = tmp_path / "draft.toml"
    path.write_text(extract_file(str(SEED)).to_toml() + "\n"
                    + reference[reference.index("[assumptions."):], encoding="utf-8")
    verdicts = [sorted((f.check, f.verdict) for f in checks.check(load_case(p), 2000, 0).findings)
                for p in (path, REFERENCE)]
    assert verdicts[0] == verdicts[1]


# --------------------------------------------------------------------------- fixtures

def _fixture_paths():
    """Every article, the held-out ones too (they are only loaded here, never scored)."""
    return sorted(p for p in ARTICLES.rglob("*") if p.suffix in (".txt", ".html"))


@pytest.mark.parametrize("path", _fixture_paths(), ids=lambda p: str(p.relative_to(ARTICLES)))
def test_every_fixture_draft_loads(path, tmp_path):
    header = path.read_text(encoding="utf-8")[:2000]
    if path != SEED:                                 # the project's own copy has no header
        assert "http" in header and ("Date:" in header or "published_time" in header), \
            "a fixture names its URL and date"
    case = _draft_case(extract_file(str(path)), tmp_path)
    assert case.title and case.source


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.expected.toml")), ids=lambda p: p.name)
def test_fixture_figures_fields_and_roles(path):
    bench = _benchmark()
    article = next(ARTICLES / (path.name[:-len(".expected.toml")] + s) for s in (".txt", ".html")
                   if (ARTICLES / (path.name[:-len(".expected.toml")] + s)).exists())
    expected = tomllib.loads(path.read_text(encoding="utf-8"))
    result = bench.score(extract_file(str(article)), expected)
    assert result["kind_ok"] and result["several_ok"] and result["statements_ok"]
    # per article a little below the overall targets: one miss in a short excerpt is allowed
    assert result["matched"] >= result["expected"] - 1
    assert result["found"] - result["matched"] <= 1
    assert result["field"] >= result["matched"] - 1
    assert result["role"] >= result["matched"] - 2


def test_fixtures_meet_the_targets_overall():
    bench = _benchmark()
    totals = dict(expected=0, found=0, matched=0, field=0, role=0)
    for article, expectations in bench.articles():
        r = bench.score(extract_file(str(article)),
                        tomllib.loads(expectations.read_text(encoding="utf-8")))
        for key in totals:
            totals[key] += r[key]
    assert totals["matched"] / totals["expected"] >= 0.95
    assert totals["matched"] / totals["found"] >= 0.90
    assert totals["field"] / totals["matched"] >= 0.90
    assert totals["role"] / totals["matched"] >= 0.80


# --------------------------------------------------------------------------- HTML, drones

def test_html_is_stripped_with_the_standard_library_and_never_fetched():
    article = read_article((ARTICLES / "shahed-ndtv.html").read_text(encoding="utf-8"))
    assert "<" not in article.body and "var range" not in article.body
    assert "minutes ago" not in article.body           # navigation dropped
    assert article.url.startswith("https://www.ndtv.com/") and article.date == "2026-02-28"
    draft = extract_file(str(ARTICLES / "shahed-ndtv.html"))
    assert [f.written for f in draft.figures] == ["a maximum of 2,500 km"]
    assert draft.title.startswith("Iran Sends Its Cheap")


def test_several_drones_are_kept_apart_and_flagged():
    draft = extract_file(str(ARTICLES / "fotros-rferl.txt"))
    assert draft.several_drones and any("split the draft" in w for w in draft.warnings)
    assert any("names no multirotor" in w for w in draft.warnings)
    drone = {f.written: f.drone for f in draft.figures}
    assert drone["1,700 kilometers"] == "Shahed 129" and drone["eight hours"] == "Yasseer"
    assert drone["up to 2,000 kilometers"] == "Fotros"
    assert "WARNING" in draft.to_toml()


def test_an_input_stated_twice_stays_loadable_with_a_note(tmp_path):
    draft = extract("The Karrar drone weighs 500 kilograms. The Fotros drone weighs 800 kilograms.")
    roles = [(f.written, f.role) for f in draft.figures]
    assert roles == [("500 kilograms", "input"), ("800 kilograms", "context")]
    assert "Karrar" in draft.figures[1].notes[-1]
    _draft_case(draft, tmp_path)


def test_drone_counts_and_kind_words():
    draft = extract_file(str(SEED))
    assert draft.kinds == ["quadcopter"]
    assert draft.drone_counts == ["three attack drones"]
    rotors = next(f for f in draft.figures if f.field == "rotors")
    assert rotors.text == "four" and rotors.written == "four electric motors"


@pytest.mark.parametrize("sentence, packs", [
    ("Its two 22,000 mAh 12S batteries keep it in the air for half an hour.", "two"),
    ("It flies on four 6S 16000 mAh packs.", "four"),
    ("It carries 2 batteries.", "2"),
    ("The drone was carrying six packs of a synthetic drug.", None),   # packs of a drug
    ("Six packs were found.", None),                                  # no battery word
])
def test_a_count_of_batteries_is_a_pack_count_and_its_figures_stay(sentence, packs, tmp_path):
    draft = extract(sentence)
    found = [f.text for f in draft.figures if f.field == "pack_count"]
    assert found == ([packs] if packs else [])
    if "mAh" in sentence:                     # the charge between count and noun is still read
        assert any(f.field == "battery_charge" for f in draft.figures)
        _draft_case(draft, tmp_path)


@pytest.mark.parametrize("sentence, conditioned", [
    ("A hexacopter weighing 32 kg took off with a 15-kilogram bomb and flew 12 km.", True),
    ("The quadcopter flew 12 km with its two grenades.", True),
    ("The quadcopter flew 12 km. It weighs 4 kg.", False),
])
def test_a_payload_carried_during_a_flight_conditions_the_claim(sentence, conditioned):
    claim = next(f for f in extract(sentence).figures if f.field in ("distance", "range"))
    assert (claim.with_payload is True) == conditioned


# --------------------------------------------------------------------------- command line

def test_cli_extract_writes_a_draft_that_check_accepts(tmp_path, capsys):
    out = tmp_path / "draft.toml"
    assert cli.main(["extract", str(SEED), "-o", str(out)]) == 0
    assert "wrote a draft" in capsys.readouterr().err
    assert cli.main(["case", str(out)]) == 0
    assert cli.main(["check", str(out), "--samples", "500"]) == 0


def test_cli_extract_reads_standard_input(monkeypatch, capsys):
    import io
    monkeypatch.setattr("sys.stdin", io.StringIO("It flew 7 km at 60-70 km/h."))
    assert cli.main(["extract", "-"]) == 0
    text = capsys.readouterr().out
    assert 'text = "7 km"' in text and 'text = "60-70 km/h"' in text


def test_cli_extract_missing_file_is_a_clean_error(tmp_path, capsys):
    assert cli.main(["extract", str(tmp_path / "none.txt")]) == 2
    err = capsys.readouterr().err
    assert "ARTICLE" in err and "Traceback" not in err


_PIECES = st.sampled_from(["\x7f", "\u2028", "\\", '"', "\t",
    "The drone", " carried", " a bomb weighing", " three kilograms", " 3 kg", " 60-70 km/h",
    " between 60 and 70 km/h", " more than 120 minutes", " 18500 mAh", " 320 kilovolts", " 6S",
    " four electric motors", " three attack drones", " could fly", " 40km", " a range of",
    " up to 1,200 miles", " (1,931 km)", " 7pm", " on 5 November", " Shahed-136", " quadcopter",
    " fixed-wing", " Pixhawk", " RFD900x", " would not be able to travel this distance",
    " at this speed", " unless modified", ".", ". ", "\n", " an hour", " half an hour",
    " dozens of", " a couple of hours", " 0 kg", " -5 km", " 1e9 kg", " 10 cells", " 2.5 s",
    " 12 metres wingspan", " 650 kilograms maximum take-off weight", " The \"Fotros\" drone",
    " nan km", " 99999999999999999999 km", " 5 hp", " 868 MHz", " 20 °C", " 9 feet 2 inches"])


@given(st.lists(_PIECES, max_size=25), st.text(max_size=30))
def test_any_article_gives_a_draft_that_loads(pieces, noise):
    import tempfile
    draft = extract("".join(pieces) + noise)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "draft.toml"
        path.write_text(draft.to_toml(), encoding="utf-8")
        case = load_case(path)
    assert list(case.figures) == [f"F{n}" for n in range(1, len(case.figures) + 1)]


def test_html_entities_line_breaks_and_an_unclosed_nav():
    page = ("<html><body><nav>menu<p>The drone&nbsp;flew 7&#160;km at 60&ndash;70 km/h.<br>"
            "It carried a 3&nbsp;kg bomb.</p></body></html>")
    draft = extract(page)
    assert [f.written.replace("\u00a0", " ") for f in draft.figures] == [
        "7 km", "60–70 km/h", "3 kg"]


def test_extract_piped_into_check_on_standard_input(monkeypatch, capsys):
    import io
    assert cli.main(["extract", str(SEED)]) == 0
    draft = capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO(draft))
    assert cli.main(["check", "-", "--samples", "500"]) == 0
    assert "IMPLAUSIBLE" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("not toml"))
    assert cli.main(["case", "-"]) == 2
    err = capsys.readouterr().err
    assert "standard input" in err and "Traceback" not in err


def test_a_spec_sheet_line_gives_each_figure_its_field():
    text = ("Specifications. Takeoff weight: 1050 g. Max flight time: 45 minutes. Max flight "
            "distance: 32 km. Max horizontal speed: 21 m/s. Battery: 5000 mAh, 15.4 V, 77 Wh.")
    fields = {f.written: f.field for f in extract(text).figures}
    assert fields == {"1050 g": "takeoff_mass", "45 minutes": "flight_time", "32 km": "range",
                      "21 m/s": "top_speed", "5000 mAh": "battery_charge",
                      "15.4 V": "battery_voltage", "77 Wh": "battery_energy"}


def test_a_cue_beyond_another_figure_of_its_dimension_is_that_figures():
    fields = [(f.written, f.field) for f in extract(
        "It weighs about 300 kg, carries a 50-kilogram warhead and flies far.").figures]
    # (the warhead is warhead_mass since review 22: a payload of its own field)
    assert fields == [("about 300 kg", "takeoff_mass"), ("50-kilogram", "warhead_mass")]


def test_a_wing_borne_article_is_drafted_with_its_kind_and_the_wing_ranges(tmp_path):
    draft = extract("The Shahed-136 is a delta-wing one-way attack drone. It weighs 200 kg, "
                    "carries a 50 kg warhead, flies at 185 km/h and has a range of 2,500 km.")
    airframe = next(f for f in draft.items if f.field == "airframe" and f.role == "input")
    assert airframe.text == "delta-wing"
    # 200 kg, 185 km/h and 2,500 km are ordinary for a one-way attack drone: no slip flags
    assert [f.flag for f in draft.figures if f.flag] == []
    assert any("no power plant" in w for w in draft.warnings)
    assert not any("names no multirotor" in w for w in draft.warnings)
    powered = extract("The fixed-wing drone weighs 200 kg and has a 50 hp petrol engine.")
    assert not any("no power plant" in w for w in powered.warnings)
    # an engine power in kW alone names no plant (a motor has one too; review 3, finding 2);
    # one in horsepower is a combustion engine's rating (trials_new5: intake.wing_inference.
    # HORSEPOWER), which check reads as a piston engine with a flag
    bare = extract("The fixed-wing drone weighs 200 kg and has a 37 kW engine.")
    assert any("no power plant" in w for w in bare.warnings)
    rated = extract("The fixed-wing drone weighs 200 kg and has a 50 hp engine.")
    assert not any("no power plant" in w for w in rated.warnings)


# --------------------------------------------------------------------------- third held-out set
# Bugs the passages of tests/fixtures/articles/heldout3/ showed (general, each written anew).

def test_a_spec_table_label_on_its_own_line_is_the_values_cue():
    draft = extract("Max Flight Time:\n41 min\nMax Service Ceiling Above Sea Level:\n"
                    "5,000 m (with 1671 propellers)\n")
    got = {f.written: (f.field, f.role) for f in draft.figures}
    assert got["41 min"] == ("flight_time", "claim")
    assert got["5,000 m"][0] == "service_ceiling"     # not a 5 km rotor diameter, nor the
    # altitude every claim is flown at (a ceiling drafted as an altitude input did that)
    assert not any(f.field == "rotors" for f in draft.figures)   # 1671 is a model number


def test_a_label_run_into_its_value_is_read():
    draft = extract("Total weight38 kg (without battery)\nMotor KV Value48 RPM/V\n"
                    "Diameter54 inch\n")
    got = {f.written: f.field for f in draft.figures}
    assert got.get("38 kg") in ("empty_mass", "takeoff_mass")
    assert got.get("48 RPM/V") == "motor_kv" and got.get("54 inch") == "rotor_diameter"
    assert [f.written for f in extract("It uses an RFD868x radio and a T40 frame.").figures] == []


def test_a_price_in_a_currency_code_is_no_drone_name():
    draft = extract("Priced at CNY125,000 (USD17,160), the drone can carry 30 kilograms.")
    assert draft.drones == []


@pytest.mark.parametrize("sentence, written, rotors", [
    ("DJI unveiled an eight-rotor drone that sprays crops.", "eight-rotor", "eight"),
    ("Its Propeller Model: 1671 propellers.", None, None),
])
def test_rotor_counts_joined_by_a_hyphen_and_implausible_counts(sentence, written, rotors):
    draft = extract(sentence)
    found = [(f.written, f.text) for f in draft.figures if f.field == "rotors"]
    assert found == ([(written, rotors)] if written else [])
    assert not any(f.counted == "drones" for f in draft.figures if f.kind == "count")


def test_an_hour_after_a_counted_noun_is_a_rate_not_a_flight_time():
    draft = extract("It can spray seven to 10 acres of farmland an hour and can fly for "
                    "about 12 minutes.")
    assert [f.written for f in draft.figures if f.field == "flight_time"] == ["about 12 minutes"]
    assert [f.written for f in extract("It stayed aloft for an hour.").figures] == ["an hour"]


def test_stacked_qualifiers_tolerances_and_box_sizes_are_one_figure_each(tmp_path):
    draft = extract("It weighs 44 pounds and is capable of carrying cargo weighing up to about "
                    "four pounds. Weight: 3770 ± 10 g. Dimensions: 365 x 215 x 195 mm.")
    got = {f.written: f for f in draft.figures}
    assert "up to about four pounds" in got and got["44 pounds"].field == "takeoff_mass"
    assert got["3770 ± 10 g"].text == "3760-3780 g"
    assert got["365 x 215 x 195 mm"].field == "context"
    _draft_case(draft, tmp_path)


def test_fixed_wings_in_the_plural_name_the_kind():
    assert "fixed-wing" in extract("The machine has rotors and fixed wings too.").kinds


def test_a_range_with_an_open_bound_says_how_to_write_it():
    from dronecalc.intake.figures import parse
    with pytest.raises(ParseError) as exc:
        parse("up to 30 to 40 kilograms")
    assert '"30-40 kilograms"' in str(exc.value) and '"up to 40 kilograms"' in str(exc.value)
    assert "km/h" not in str(exc.value)


@pytest.mark.parametrize("text", ["The quadcopters flew 5 km.", "Two hexacopters flew 5 km.",
                                  "It has " + "9" * 400 + " motors."])
def test_plural_kind_words_and_huge_counts_do_not_crash(text, tmp_path):
    # found by benchmarks/fuzz.py's extract target: KeyError 'quadcopters', OverflowError
    _draft_case(extract(text), tmp_path)


def test_a_long_article_gives_a_draft_the_case_reader_accepts(tmp_path):
    # fuzz: 2,000 repeated lines gave a draft over the case file's limits, which check refused
    from dronecalc.intake.case import MAX_FIGURES
    draft = extract("Title: " + "T" * 5000 + "\n\n" + "It flew 7 km at 60 km/h.\n" * 400)
    assert len(draft.items) == MAX_FIGURES and "split the article" in draft.to_toml()
    _draft_case(draft, tmp_path)


@pytest.mark.parametrize("sentence, text", [
    ("It has a range of 2,000-2,500 km.", "2,000-2,500 km"),     # 2,000 was read as a year
    ("It has a range of up to 2000-2500 km.", "2000-2500 km"),
    ("DJI's FlyCart 30 can carry goods up to 30 to 40 kilograms at a time.", "30 to 40 kilograms"),
])
def test_a_range_is_kept_whole_and_an_upper_bound_before_it_is_read_as_the_maximum(sentence,
                                                                                  text, tmp_path):
    (figure,) = extract(sentence).figures
    assert figure.text == text and figure.role == "claim"
    _draft_case(extract(sentence), tmp_path)
    assert [f.written for f in extract("From 2019 to 2021 it flew 5 km.").figures] == ["5 km"]


def test_allows_it_to_carry_is_a_capability():
    draft = extract("Removing one battery allows it to carry 40kg of weight.")
    assert [(f.written, f.role) for f in draft.figures] == [("40kg", "claim")]   # no pack count


def test_an_html_spec_table_reads_each_label_with_its_value(tmp_path):
    # a maker's page: the cells were separate lines, so no value had its label's cue words
    page = ("<html><body><table><tr><td>Max Flight Time</td><td>41 min</td></tr>"
            "<tr><th>Max Horizontal Speed</th><td>23 m/s</td></tr></table>"
            "<dl><dt>Weight</dt><dd>3770 ± 10 g</dd></dl><ul><li>Battery 5880 mAh</li></ul>"
            "</body></html>")
    draft = extract(page, "sheet.html")
    got = {f.written: f.field for f in draft.figures}
    assert got == {"41 min": "flight_time", "23 m/s": "top_speed",
                   "3770 ± 10 g": "takeoff_mass", "5880 mAh": "battery_charge"}
    assert next(f for f in draft.figures if f.written == "41 min").quote.startswith(
        "Max Flight Time: 41 min")
    _draft_case(draft, tmp_path)


def test_a_sentence_of_thousands_of_figures_is_read_in_linear_time():
    # fuzz: one pasted line of "1 m^2 m^2 ..." (5,000 figures in 20 KB) took 6 s, 100 KB hung;
    # every figure scanned the cue words of its window and compared itself with every other
    # (a wall-clock limit failed once on a loaded machine: compare the CPU time of 8x the text)
    small, large = ("It flew " + "1 m^2 " * n + "." for n in (410, 3300))
    t0 = time.process_time()
    extract(small)
    t1 = time.process_time()
    extract(large)
    t2 = time.process_time()
    assert t2 - t1 < 24 * (t1 - t0) + 0.3      # 8x the figures: far below quadratic (64x)


def test_a_claims_unit_slip_flag_in_the_draft_says_it_is_judged_as_written():
    # "up to 2,000 km" (NDTV, a long-range bomber, no kind word): the draft said "garbled,
    # read as 2 km" while check judges the claim as written, 2,000 km
    (figure,) = [f for f in extract("It's capable of flying up to 2,000 km and returning to "
                                    "base.").figures]
    assert figure.role == "claim" and "judged as written" in figure.flag
    assert "read as 2 km" not in figure.flag


# --------------------------------------------------------------------------- held-out 3 cases
CASES3 = ROOT / "tests" / "fixtures" / "cases" / "heldout3"
#: A fixed wing whose source names no power plant: no kind is guessed (each claim is read under
#: each plant, dronecalc.claims.plants); raybird states no take-off mass either, so each claim
#: is "not judged" under every plant, with the mass and what would name the power plant (the
#: claim contract). The cases without a take-off mass (wing-register, bomber-ndtv) get "not
#: judged" entries too.
_NO_POWER_PLANT = {"raybird-bbc"}


@pytest.mark.parametrize("path", sorted(CASES3.glob("*.toml")), ids=lambda p: p.stem)
def test_every_claim_of_a_real_case_is_judged_or_said_not_to_be(path):
    from dronecalc.claims import checks
    from test_contract import assert_one_verdict_or_not_judged
    case = load_case(path)
    result = checks.check(case, 400, 0)
    assert_one_verdict_or_not_judged(case, result)
    if path.stem in _NO_POWER_PLANT:
        assert case.kind is None and result.run.drawn == 0 and result.verdicts == {}
        for entry in result.not_judged:
            assert "does not say what powers the fixed wing" in entry.reason
            assert "engine_type" in entry.needs


@pytest.mark.parametrize("text", ["", "\x00\xff binary", "No numbers here at all."])
def test_an_article_without_figures_says_so_in_the_draft(text, tmp_path):
    draft = extract(text)
    assert "no figure with a unit was found" in draft.to_toml()
    _draft_case(draft, tmp_path)
    assert "no figure with a unit" not in extract("It flew 7 km.").to_toml()


def test_a_cue_word_run_into_the_next_cell_still_counts():
    # DJI's T40 page as stored: "Operating PayloadFull load 40 kg" gave no payload cue
    (figure,) = extract("Operating PayloadFull load 40 kg").figures
    assert figure.field in ("payload_mass", "max_payload")
    assert [f.field for f in extract("The arrangement was 5 km away.").figures] != ["range"]


def test_a_conversion_in_brackets_that_disagrees_is_named():
    (_, radius) = extract("With a payload of 318kg (700lb) per single 31km (57nm) radius "
                          "sortie.").figures
    assert "not the same figure" in radius.notes[0] and radius.text == "31km"
    (agrees,) = extract("It flew 2,000 kilometers (1,250 miles).").figures
    assert "read as the same figure" in agrees.notes[0]


def test_a_vertical_speed_on_a_spec_sheet_is_no_flight_speed():
    # a DJI-style sheet: "Max Ascent Speed: 8 m/s" was drafted as a speed claim, which check
    # would set beside a range or flight time as the speed they were flown at
    draft = extract("Max Ascent Speed: 8 m/s\nMax Horizontal Speed (at sea level, no wind): "
                    "21 m/s\n")
    assert [(f.written, f.field) for f in draft.figures] == [("8 m/s", "context"),
                                                              ("21 m/s", "top_speed")]


def test_a_run_of_thousands_separators_is_read_in_linear_time():
    # fuzz (seed 11): a pasted "1,234,234,..." run of 19 KB hung extract (every digit of it
    # rescanned the whole run)
    start = time.perf_counter()
    extract("It carries 1" + ",234" * 5000 + ",5 kg and weighs 2 kg.")
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize("without", ["its batteries", "the batteries", "its battery",
                                     "its packs", "the battery"])
def test_a_weight_without_the_batteries_is_the_empty_mass(without):
    """"weighs 9 kg without its batteries" (a police report's wording, review of 2026-12-05)
    is the machine without its packs, not its take-off mass: read as the take-off mass it left
    no room for the two stated 16 Ah packs and set the cell count aside as a conflict."""
    text = f"The hexacopter weighs 9 kg without {without} and carries a 2.5 kg package."
    fields = {f.text: f.field for f in extract(text).figures}
    assert fields["9 kg"] == "empty_mass", fields


@pytest.mark.parametrize("end", ["100 km/h.", "8 h.", "12 m/s.", "500 W."])
def test_a_one_letter_unit_ends_a_sentence(end):
    """"... at a cruise speed of 100 km/h. Analysts say modified versions have flown 1,200 km
    carrying 15 kg" had been one sentence (the 'h' read as an initial), so the second
    sentence's 15 kg became the first claim's payload (review of 2026-12-05); an initial
    still does not end one."""
    text = f"It cruises at {end} Analysts say another flew 40 km."
    assert len(sentences(text)) == 2, [text[a:b] for a, b in sentences(text)]
    assert len(sentences("Said J. Smith of the firm.")) == 1


def test_an_engine_model_is_not_the_drone():
    """"Fitted with a DLE-111 two-stroke gasoline engine" names the engine: the Mugin-5's
    flight time had been drafted as the DLE-111's (review of 2026-12-05)."""
    draft = extract("The Mugin-5 has a 5 m wingspan. Fitted with a DLE-111 two-stroke gasoline "
                    "engine, it can stay aloft for up to 8 hours.")
    assert {f.drone for f in draft.figures} == {"Mugin-5"}
