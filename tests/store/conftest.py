"""Fixtures shared by the store tests; a fixture one file uses stays in that file.

Hand-built extractions are in tests/support/store_fixtures.py, the seed outlets' records in
tests/support/compare_store_records.py, and the lock-waiting evidence in
tests/support/locks.py.
"""
