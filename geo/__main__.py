"""`python -m geo`: the command line (see geo/cli.py)."""
from .cli import main

raise SystemExit(main())
