"""Type names of the airframe table (:data:`dronecalc.intake.airframes.AIRFRAME_WORDS`): what
public sources say each type *is*, with the source, and the :class:`Word` row every entry of
the table is.

A type name carries what its sources state: the layout ("Shahed-136": a fixed wing), the
power plant where a source names it (piston), and the planform where a source describes it
(a delta wing), so that the same aircraft gets the same priors whichever name a report uses
("Shahed 136" or "delta-wing"; priors.fixed_wing.DELTA_PRIORS). Where no source read states a
field it is left None, never guessed.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Word:
    """One row of :data:`~dronecalc.intake.airframes.AIRFRAME_WORDS`.

    Attributes
    ----------
    layouts : tuple of str
        The layouts (:data:`LAYOUTS`) the word is compatible with; more than one means the
        word alone is ambiguous.
    power : str or None
        The power plant the word implies (:data:`POWERS`), or None.
    rotors : int or None
        Lifting rotors the word implies (multirotor layout words only).
    source : str
        Why the word means this (for type names: where the type is described).
    rotor_layout : {"flat", "coaxial"} or None
        The rotor layout the word names (``physics.rotor_terms.COAXIAL_FACTORS``): "Y6" and
        "X8" are stacked pairs; None: the word does not say.
    planform : {"delta", "flying-wing"} or None
        The wing planform a type name's source describes, which sets the layout priors
        (``priors.fixed_wing.DELTA_PRIORS`` / ``FLYING_WING_PRIORS``); None: a tailed wing,
        or no source read says (the generic layout words "delta", "flying wing" are read by
        ``claims.fixed_wing`` itself).
    """

    layouts: tuple[str, ...]
    power: str | None = None
    rotors: int | None = None
    source: str = "generic English usage"
    rotor_layout: str | None = None
    planform: str | None = None


_FW = ("fixed-wing",)
#: Type names: lower-case names -> Word (a source for each).
TYPE_NAMES: dict[str, Word] = {
    "shahed-136": Word(_FW, "piston", source="delta-wing one-way attack drone (tech.wp.pl) with "
                       "'a 50 hp engine' (pplware.sapo.pt) that sounds 'like a moped or a "
                       "lawnmower' (Ukrainian Air Command via sq.com.ua)", planform="delta"),
    "shahed 136": Word(_FW, "piston", source="as shahed-136", planform="delta"),
    "shahed-131": Word(_FW, source="smaller sibling of the Shahed-136, 'similar in "
                       "construction' (tech.wp.pl): a delta as the 136 (the delta priors "
                       "since the first fixed-wing cases); the power plant is not stated there",
                       planform="delta"),
    "geran-2": Word(_FW, "piston", source="Russian designation of the Shahed-136 "
                    "(pplware.sapo.pt, tech.wp.pl): the same delta wing", planform="delta"),
    "geran 2": Word(_FW, "piston", source="as geran-2", planform="delta"),
    "geran-1": Word(_FW, source="Russian designation of the Shahed-131 (press reports); the "
                    "power plant is not sourced; a delta as the Shahed-131", planform="delta"),
    "samad-3": Word(_FW, source="Houthi long-range drone (hispantv.com); a fixed wing as its "
                    "sibling Samad-4 (5 m span, gazeteoksijen.com); power plant not sourced"),
    "samad": Word(_FW, source="Samad family, as samad-3"),
    "qasef": Word(_FW, source="Qasef: Houthi attack drone unveiled in 2017 (french.almanar.com."
                  "lb); listed among fixed-wing attack drones in issue #13; neither layout nor "
                  "power plant is stated by the sources read (layout: judgement)"),
    "qasef-2k": Word(_FW, source="as qasef"),
    "mugin-5": Word(_FW, "piston", source="Mugin-5 Pro: a 180 cc engine and a 30 L fuel tank "
                    "(maker's figures via dronemodelismo.com.br); twin-boom (wikimili.com)"),
    "mugin 5": Word(_FW, "piston", source="as mugin-5"),
    "skywalker x8": Word(_FW, "electric", source="Skywalker X8: a flying wing of about 2 m "
                         "span in EPO foam, flown on 4S packs and ~800 Kv motors (build log, "
                         "au.tono.my/log/20130328-airframe-assembly.html)",
                         planform="flying-wing"),
    "bayraktar tb2": Word(_FW, "piston", source="Baykar TB2: 'a sole 100hp Rotax 912' "
                          "(armyrecognition.com, 2022)"),
    "tb2": Word(_FW, "piston", source="as bayraktar tb2"),
    "scaneagle": Word(_FW, "piston", source="Insitu ScanEagle: a 'single-cylinder, two-stroke "
                      "3W-28 gasoline engine', later heavy fuel (flightglobal.com)"),
    "raven": Word(_FW, "electric", source="AeroVironment RQ-11 Raven: 'an electric motor "
                  "powered by rechargeable lithium batteries' (US Army via 4gwar.wordpress.com)"),
    "rq-11": Word(_FW, "electric", source="as raven"),
    # the US military's drones of USA Today's 2008 list (review 19: only the Predator was
    # known as a name, so four aircraft were drafted as one)
    "predator": Word(_FW, "piston", source="General Atomics RQ/MQ-1 Predator: 'a "
                     "high-performance turbo-supercharged Rotax 914 UL engine' "
                     "(militaryaerospace.com, 22 June 2005)"),
    "mq-1": Word(_FW, "piston", source="as predator"),
    "rq-1": Word(_FW, "piston", source="as predator"),
    "global hawk": Word(_FW, "jet", source="Northrop Grumman RQ-4 Global Hawk: 'powered by an "
                        "Allison Rolls-Royce AE3007H turbofan engine with 7,050 lbf thrust' "
                        "(afhistory.org, February 20, 2006)"),
    "rq-4": Word(_FW, "jet", source="as global hawk"),
    "shadow": Word(_FW, "piston", source="AAI/Textron RQ-7 Shadow: a twin-boom pusher "
                   "'powered by a single UEL AR-741 rotary engine' (spyflight.co.uk), 'the "
                   "existing piston engine built by UK firm UAV Engines' (flightglobal.com, "
                   "2016); a fuel-burning engine, the piston wing's plant"),
    "rq-7": Word(_FW, "piston", source="as shadow"),
    "puma": Word(_FW, "electric", source="AeroVironment Puma AE: 'battery-powered, ... the "
                 "company says' (governmentvideo.com)"),
    "switchblade": Word(_FW, "electric", source="AeroVironment Switchblade: 'very quiet, almost "
                        "silent electric motor' (konflikty.pl after defense-update.com)"),
    "lancet": Word(_FW, "electric", source="ZALA Lancet: 'an efficient electric motor' "
                   "(Interia via sputniknews.africa, 2023)"),
    "orlan-10": Word(_FW, source="STC Orlan-10: a fixed wing of 3.1 m span (dnevnik.hr); the "
                     "power plant is not stated by the sources read"),
    "orlan 10": Word(_FW, source="as orlan-10"),
    "aerosonde": Word(_FW, "piston", source="Textron Aerosonde: 'powered by a fueled, "
                      "reciprocating engine' (aero-news.net, 2023)"),
    "wingtraone": Word(("tailsitter",), source="Wingtra WingtraOne: 'VTOL tail-sitter mapping "
                       "drones' (api-evangelist/wingtra, a third-party description); the power "
                       "plant is not stated there"),
    "wingtra": Word(("tailsitter",), source="as wingtraone"),
    "quantum tron": Word(("vtol-quadplane",), source="Quantum-Systems TRON: two rotors that "
                         "tilt 90 degrees from vertical take-off to wing-borne flight "
                         "(es.digitaltrends.com); treated as a quadplane"),
    "deltaquad": Word(("vtol-quadplane",), "electric", source="DeltaQuad: VTOL flying wing, "
                      "LiPo 4S 23 Ah (maker's documentation, github.com/sanderux/dqdocs)",
                      planform="flying-wing"),
    # DJI multirotor models whose rotor count dronecalc/data/multirotors.toml records with its
    # source (DJI's SDK and spec pages): a news story naming one names its kind ("Maricopa's
    # DJI Matrice 600 ... six propellers", trials_new8, drafted no kind)
    **{name: Word(("multirotor",), rotors=n, source=f"DJI {name.title()}: {n} rotors "
                  "(dronecalc/data/multirotors.toml, the row of that name, with its source)")
       for name, n in (("matrice 600", 6), ("matrice 100", 4), ("matrice 210", 4),
                       ("matrice 300", 4), ("matrice 350", 4), ("matrice 30", 4),
                       ("inspire 1", 4), ("inspire 2", 4), ("mavic 3", 4), ("mavic 2", 4),
                       ("mavic pro", 4), ("phantom 4", 4), ("phantom 3", 4))},
    # DJI's agricultural sprayers (review 22: a blog on the Agras T70 drafted no kind): the
    # line is multirotors; the T70's rotor count is not in the data, so none is implied
    "agras t40": Word(("multirotor",), rotors=8, source="DJI Agras T40: 8 rotors "
                      "(dronecalc/data/multirotors.toml, the row of that name, from DJI's spec "
                      "page)"),
    "agras": Word(("multirotor",), source="DJI Agras: DJI's spraying multirotors (the T40 and "
                  "T30 rows of dronecalc/data/multirotors.toml, from DJI's spec pages); the "
                  "rotor count of a model not in the data is not implied"),
}
