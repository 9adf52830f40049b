"""Build hook: the wheel carries the bundled spec as `symbl_mock/openapi.json`.

The mock (`acme-symbl-api-client[mock]`) serves the spec it was built with, so an installed
mock runs without this repository. The spec is bundled by the project's one bundler,
generator/bundle.py (loaded by path: the build environment has PyYAML, not the generator's
other dependencies). Editable installs skip this: they read spec/ directly.
"""

from __future__ import annotations

import importlib.util
import json
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
        found = importlib.util.spec_from_file_location("_symbl_bundle", root / "generator" / "bundle.py")
        assert found is not None and found.loader is not None, "generator/bundle.py is missing from the source"
        bundle = importlib.util.module_from_spec(found)
        found.loader.exec_module(bundle)
        doc = bundle.load_spec(root / "spec")
        out = Path(tempfile.mkdtemp(prefix="symbl-spec-")) / "openapi.json"
        out.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        build_data["force_include"][str(out)] = "symbl_mock/openapi.json"
