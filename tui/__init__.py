"""The Textual dashboard and the `claimdesk` command line."""
