"""Where the tests find the repository's files: one definition for every test folder."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLE_DATA = REPO / "sample_data"
FIXTURES = REPO / "tests" / "fixtures"
# The shared folder beside the checkout (seed reports, their gold, the scorer): see CONTRIBUTING.md.
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
# One bundled article, for the command line's argument checks.
SAMPLE = SAMPLE_DATA / "jobs_factcheck_factdesk.md"
