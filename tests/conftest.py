"""Fixtures for every test folder (none yet: the dashboard keeps no module state, so a
test has nothing to save or restore; each folder's conftest.py holds its own)."""
