"""Priors: parameter tables with their sources, prior sets, and the fit on real machines."""
