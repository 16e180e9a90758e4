"""Requests written byte by byte on a socket, for what an HTTP library refuses to send:
request lines of megabytes, a Content-Length with no body behind it, endless chunked bodies."""

from __future__ import annotations

import socket
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

SEND_BUFFER = 64 * 1024  # small, so that what the server did not read stays with the client


@dataclass
class Exchange:
    status: int | None  # None when the server closed the connection before a status line arrived
    sent: int  # bytes the client got onto the wire before the server stopped reading
    reset: bool  # the server closed (reset) the connection while the client was still sending


def exchange(url: str, head: bytes, body: Iterable[bytes] = (), timeout: float = 60) -> Exchange:
    """Send `head` then `body`, stopping when the server shuts the connection; read the status line."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER)
        sent, reset = 0, False
        try:
            for piece in _chain(head, body):
                view = memoryview(piece)
                while view:
                    count = sock.send(view[:SEND_BUFFER])
                    sent += count
                    view = view[count:]
        except (BrokenPipeError, ConnectionResetError):
            reset = True
        return Exchange(_status(sock), sent, reset)


def _chain(head: bytes, body: Iterable[bytes]) -> Iterable[bytes]:
    yield head
    yield from body


def _status(sock: socket.socket) -> int | None:
    received = b""
    try:
        while b"\r\n" not in received:
            data = sock.recv(4096)
            if not data:
                break
            received += data
    except ConnectionResetError:
        pass
    if not received.startswith(b"HTTP/1.1 "):
        return None
    return int(received.split(b" ", 2)[1])
