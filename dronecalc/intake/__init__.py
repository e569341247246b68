"""Intake: what a report states, read and checked before any physics.

units (the one pint registry), figures (text -> :class:`Figure`), fields (what a figure speaks to,
plausible ranges, garbling), case files. Imports only :mod:`dronecalc.errors` and itself.
"""
