"""`symbl-mock --port 8700` / `python -m symbl_mock --port 8700`: serve the mock in the foreground."""

from __future__ import annotations

import argparse
import socket
import sys

import uvicorn

from ._app import create_app
from ._server import uvicorn_config
from ._settings import MockSettings, SettingsError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="symbl-mock", description="Serve the mock Symbl.ai REST API.")
    parser.add_argument("--port", type=int, default=8700, help="port on 127.0.0.1 (default 8700)")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--log-level", default="info", help="uvicorn log level (default info)")
    parser.add_argument("--public-url", help="base of the URLs the mock hands out (default: the address it listens on)")
    args = parser.parse_args(argv)
    try:
        settings = MockSettings.from_env()
        if args.public_url:
            settings.public_url = args.public_url.rstrip("/")
    except SettingsError as exc:
        print(f"symbl_mock: {exc}", file=sys.stderr)
        return 2
    app = create_app(settings)
    # Large bodies are validated in a worker thread; a shorter GIL switch interval (default 5 ms)
    # lets the event loop keep answering other clients meanwhile.
    sys.setswitchinterval(0.0005)
    # IPPROTO_TCP explicitly: only then does asyncio set TCP_NODELAY on accepted connections;
    # without it every small response waits ~40 ms for Nagle's algorithm and delayed ACKs.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        print(f"symbl_mock: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    sock.listen(4096)  # connections made as soon as the URL is printed wait in the backlog
    port = sock.getsockname()[1]
    url = f"http://{args.host}:{port}"
    faults = settings.faults
    print(f"Symbl mock listening on {url}  (spec: {url}/openapi.json)", flush=True)
    apps = ", ".join(repr(a) for a in settings.accounts())
    print(f"  apps: {apps} (credentials from {settings.credentials_source}; more with SYMBL_MOCK_APPS)", flush=True)
    print(
        f"  jobs take {settings.job_seconds:g} s (SYMBL_MOCK_JOB_SECONDS); tokens live {settings.token_seconds} s "
        f"(SYMBL_MOCK_TOKEN_SECONDS); at most {settings.max_jobs} concurrent jobs (SYMBL_MOCK_MAX_JOBS)",
        flush=True,
    )
    print(f"  faults: {faults if faults.enabled else 'off'} (SYMBL_MOCK_FAULTS)", flush=True)
    config = uvicorn_config(
        app, host=args.host, port=port, log_level=args.log_level, header_timeout=settings.header_timeout
    )
    uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
