"""Strata's concurrent package: concurrent.futures (see its docstring)."""
