"""`claimdesk serve`: the dashboard in a browser (textual-serve), one app per visitor.

Each visitor's page runs its own `claimdesk open --db PATH` process, so each is a
reviewer of the same live desk. textual-serve has no login: the server listens on the
loopback address unless told `--public`, and then says so; docs/cli.md shows a reverse
proxy with authentication in front of it.
"""

from __future__ import annotations

import argparse
import ipaddress
import shlex
import sys
from pathlib import Path

from claimdesk.cli.common import CliError, add_db_option

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
NO_LOGIN = (
    "textual-serve has no login: anyone who reaches {url} can read and mark this desk; "
    "put it behind a reverse proxy with authentication (docs/cli.md, `serve`)"
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve",
        help="the dashboard in a browser (textual-serve), one app per visitor",
        description="Serve the dashboard over HTTP: every visitor gets their own dashboard "
        "on the same live desk. Listens on 127.0.0.1 unless --public.",
    )
    add_db_option(p)
    p.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help=f"address to listen on (default: {DEFAULT_HOST}; another needs --public)",
    )
    p.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT})"
    )
    p.add_argument(
        "--public",
        action="store_true",
        help="allow an address other than loopback (there is no login: use a proxy)",
    )
    p.add_argument(
        "--public-url",
        metavar="URL",
        help="the address browsers use, when a reverse proxy is in front "
        "(e.g. https://desk.example.org)",
    )
    p.set_defaults(func=run_serve)


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}") from None
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"not a port number (1-65535): {value!r}")
    return port


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and localhost: reachable from this machine only."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def visitor_command(path: Path | str) -> str:
    """The shell command textual-serve runs for each visitor: this claimdesk's dashboard."""
    return shlex.join([sys.executable, "-m", "claimdesk", "open", "--db", str(path)])


def run_serve(args: argparse.Namespace) -> int:
    from claimdesk.store.backend import store_target
    from claimdesk.store.config import ConfigError, load_config
    from claimdesk.store.pg_conn import redacted

    if not is_loopback(args.host) and not args.public:
        raise CliError(
            f"--host {args.host} listens beyond this machine and textual-serve has no login; "
            "add --public to mean it (and put a reverse proxy with authentication in front)",
            2,
        )
    try:
        from textual_serve.server import Server
    except ImportError:
        raise CliError("claimdesk serve needs textual-serve: pip install textual-serve") from None
    try:  # every visitor's dashboard would refuse a bad file: refuse it once, here
        from claimdesk.tui.app import ClaimdeskApp

        ClaimdeskApp.check_config(load_config())
    except ConfigError as exc:
        raise CliError(str(exc)) from None
    target = store_target(args.db)
    if isinstance(target, str):  # a server desk: every visitor's dashboard on it
        path: Path | str = target
        shown, name = redacted(target), redacted(target).rsplit("/", 1)[-1].split("?")[0]
    else:
        path = target.resolve()
        if not path.parent.is_dir():
            raise CliError(f"no directory {path.parent} for the store {path}")
        shown, name = str(path), path.name
    url = args.public_url or f"http://{_url_host(args.host)}:{args.port}"
    if args.public:
        print(f"claimdesk: warning: {NO_LOGIN.format(url=url)}", file=sys.stderr)
    print(f"claimdesk: serving the desk {shown} at {url} (ctrl+c stops)", file=sys.stderr)
    server = Server(
        visitor_command(path),
        host=args.host,
        port=args.port,
        title=f"claimdesk — {name}",
        public_url=args.public_url.rstrip("/") if args.public_url else None,
    )
    try:
        server.serve()
    except OSError as exc:
        raise CliError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
    return 0


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host
