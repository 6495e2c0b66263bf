"""`python -m claimdesk`: the same command line as the `claimdesk` script."""

import sys

from claimdesk.cli.main import main

sys.exit(main())
