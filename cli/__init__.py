"""The command line: `claimdesk VERB ...` (no Textual here; the dashboard is claimdesk.tui)."""
