"""Fixtures shared by the extraction tests; a fixture one file uses stays in that file.

The scorers are in tests/support/scoring.py and tests/support/compare_scoring.py.
"""
