"""`python -m symbl_api`: the `symbl` command line, when the `[cli]` extra is installed."""

import sys

try:
    from .cli import main
except ModuleNotFoundError as missing:  # click or rich: the library itself does not need them
    sys.exit(
        f"python -m symbl_api: the command line needs {missing.name!r}, which is not installed; "
        "install it with: pip install 'acme-symbl-api-client[cli]'"
    )

main()
