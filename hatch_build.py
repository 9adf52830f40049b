"""Build hook: the wheel carries the bundled spec as `symbl_mock/openapi.json`.

The mock (`acme-symbl-api-client[mock]`) serves the spec it was built with, so an installed
mock runs without this repository. It is bundled by the generator's own code
(generator/bundle.py: it needs only PyYAML, which the build environment has); the real-time
channels come from the generated table (`_symbl_api_generated._realtime`) in the same wheel.
Editable installs skip this: they read spec/ directly.
"""

from __future__ import annotations

import importlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class BundledSpecHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        sys.path.insert(0, str(root))
        try:
            bundle = importlib.import_module("generator.bundle")
        finally:
            sys.path.remove(str(root))
        openapi = bundle.load_spec(root / "spec")
        folder = Path(tempfile.mkdtemp(prefix="symbl-spec-"))
        (folder / "openapi.json").write_text(
            json.dumps(openapi, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
        build_data["force_include"][str(folder / "openapi.json")] = "symbl_mock/openapi.json"
