"""Import sqlite-utils without numpy.

sqlite-utils imports numpy (and tries pandas) at import time only to map their dtypes to column
types; numpy is installed here for scikit-learn and costs ~180 ms of start-up, more than the
rest of the store. We never hand numpy values to sqlite-utils, so hide numpy while it imports
— unless something in this process has loaded numpy already, in which case nothing changes.
"""

from __future__ import annotations

import sys

if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` fail fast
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]
