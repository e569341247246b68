"""Engine: sampling, Monte Carlo, generous bounds and sensitivity (knows no claim, no wording)."""
