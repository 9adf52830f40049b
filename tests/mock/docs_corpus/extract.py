"""Build requests.json from a checkout of Symbl's documentation (github.com/symblai/symbl-docs).

`python -m tests.mock.docs_corpus.extract PATH/TO/symbl-docs > tests/mock/docs_corpus/requests.json`

Every cURL command against api.symbl.ai/v1 in docs/ becomes one request: method, path, query,
Content-Type and body, with the file and line it came from. Bodies that are not valid JSON as
printed are repaired the way a reader would (a `#` comment dropped, a trailing comma removed,
text after the closing brace ignored) and the repair is noted; a body cut short is kept with
`"unreadable"` so the replay can check the mock refuses it. The replay is
tests/mock/test_docs_corpus.py.
"""

from __future__ import annotations

import json
import re
import shlex
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

_BLOCK = re.compile(r"```(?:shell|bash|sh|curl)?\n(.*?)```", re.S)
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_COMMENT = re.compile(r"\s+#[^\"\n]*$", re.M)


def _repair(text: str) -> tuple[Any, list[str]]:
    notes: list[str] = []
    try:
        return json.loads(text), notes
    except ValueError:
        pass
    fixed = _COMMENT.sub("", text)
    if fixed != text:
        notes.append("a # comment dropped")
    unfixed, fixed = fixed, _TRAILING_COMMA.sub(r"\1", fixed)
    if fixed != unfixed:
        notes.append("a trailing comma removed")
    try:
        value, end = json.JSONDecoder().raw_decode(fixed.strip())
    except ValueError:
        return None, [*notes, "unreadable"]
    if fixed.strip()[end:].strip():
        notes.append("text after the closing brace ignored")
    return value, notes


def _requests(source: str, block: str) -> list[dict[str, Any]]:
    lines = [line for line in block.splitlines() if not line.strip().startswith("#")]
    command = "\n".join(lines).replace("\\\n", " ").replace("$'", "'")
    found: list[dict[str, Any]] = []
    for piece in re.split(r"\n(?=\s*curl )", command):
        if "curl" not in piece:
            continue
        try:
            tokens = shlex.split(piece[piece.index("curl") :])
        except ValueError:
            continue
        method, url, content_type, data = None, None, None, None
        index = 1
        while index < len(tokens):
            token = tokens[index]
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if token in ("-X", "--request"):
                method, index = following, index + 2
            elif token in ("-H", "--header"):
                name, _, value = following.partition(":")
                if name.strip().lower() == "content-type":
                    content_type = value.strip()
                index += 2
            elif token in ("-d", "--data", "--data-raw", "--data-binary"):
                data, index = following, index + 2
            else:
                if token.startswith("http") and "api.symbl.ai/v1" in token:
                    url = token
                index += 1
        if url is None:
            continue
        parts = urlsplit(url)
        entry: dict[str, Any] = {
            "source": source,
            "method": (method or ("POST" if data is not None else "GET")).upper(),
            "path": parts.path,
            "query": parse_qsl(parts.query, keep_blank_values=True),
            "content_type": content_type,
        }
        if data is not None and data.startswith("@"):
            entry["upload"] = Path(data[1:]).suffix.lstrip(".")
        elif data is not None:
            entry["body"], entry["repairs"] = _repair(data)
            if "unreadable" in entry["repairs"]:
                entry["raw"] = data
        found.append(entry)
    return found


def main(root: Path) -> int:
    corpus: list[dict[str, Any]] = []
    for page in sorted((root / "docs").rglob("*.md*")):
        text = page.read_text(encoding="utf-8")
        for match in _BLOCK.finditer(text):
            if "curl" in match.group(1) and "api.symbl.ai/v1" in match.group(1):
                line = text[: match.start()].count("\n") + 1
                corpus += _requests(f"{page.relative_to(root).as_posix()}:{line}", match.group(1))
    json.dump(corpus, sys.stdout, indent=1, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
