"""claimdesk: a keyboard-driven desk for triaging the claims in news reports.

The import package is assembled from the top-level folders of the source tree
(pyproject.toml's `package-dir`): `claimdesk.extract`, `claimdesk.store`,
`claimdesk.tui`, `claimdesk.cli` and `claimdesk.sample_data`. Imports go one way:
tui, cli -> store -> extract.
"""
