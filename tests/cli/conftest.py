"""Fixtures shared by the command-line tests; a fixture one file uses stays in that file.

The in-process runner and the article the verbs ingest are plain helpers, in
tests/support/cli.py.
"""
