"""`python -m symbl_api.cli`: the same as the `symbl` command."""

from . import main

main()
