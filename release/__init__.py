"""Release workflow: `python -m release spec-diff|publish` (see README, "Releasing")."""
