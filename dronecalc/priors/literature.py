"""The literature efficiencies the issue-12 fits hold fixed (moved from :mod:`.efficiency_fit`,
which re-exports them, so that a check reads them without importing the fitting code)."""
from __future__ import annotations

#: Literature values the issue-12 fits hold fixed (the fitted scale absorbs their product).
_FM0, _ETA0, _U0 = 0.65, 0.80 * 0.95, 0.85
#: The same, by input name: the proportions in which a calibrated efficiency product is split
#: into figure of merit, drive efficiency and usable fraction (each scaled by the cube root of
#: the fitted factor, so their ratios stay those of the literature values).
LITERATURE_EFFICIENCIES: dict[str, float] = {"figure_of_merit": _FM0, "drive_efficiency": _ETA0,
                                             "usable_fraction": _U0}
