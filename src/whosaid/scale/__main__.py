"""`python -m whosaid.scale INPUT... OUTPUT`: the Spark job (see whosaid.scale.job)."""

import sys

from whosaid.scale.job import main

sys.exit(main())
