"""A local stand-in for Slack's Socket Mode WebSocket: hands the app envelopes, records its acks.

Just enough of RFC 6455 for slack_sdk's built-in client on a plain ws:// port: the
upgrade handshake, text frames both ways, pong for ping, and close.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import struct
import threading
import time
from typing import Any

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
TEXT, CLOSE, PING, PONG = 0x1, 0x8, 0x9, 0xA


class SocketModeStandIn:
    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._connection: socket.socket | None = None
        self._send_lock = threading.Lock()
        self.received: list[dict[str, Any]] = []
        self.connections = 0  # how many times the app has connected
        threading.Thread(target=self._accept, name="socket-mode-standin", daemon=True).start()

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self._listener.getsockname()[1]}/link/?ticket=test"

    def wait_connected(self, times: int = 1, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while self.connections < times:
            if time.monotonic() > deadline:
                raise AssertionError("the Socket Mode client did not connect")
            time.sleep(0.02)

    def send(self, message: dict[str, Any]) -> None:
        assert self._connection is not None
        self._frame(TEXT, json.dumps(message, ensure_ascii=False).encode())

    def wait_for_ack(self, envelope_id: str, timeout: float = 10) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in list(self.received):
                if message.get("envelope_id") == envelope_id:
                    return message
            time.sleep(0.02)
        raise AssertionError(f"no ack for envelope {envelope_id}; received {self.received}")

    def drop(self) -> None:
        """Cut the current connection without a close frame, as a lost network would."""
        assert self._connection is not None
        self._connection.shutdown(socket.SHUT_RDWR)
        self._connection.close()

    def stop(self) -> None:
        for sock in (self._connection, self._listener):
            if sock is not None:
                sock.close()

    # --- the protocol ------------------------------------------------------------------------
    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            self._handshake(connection)
            self._connection = connection
            self.connections += 1
            threading.Thread(target=self._read, args=(connection,), daemon=True).start()

    def _handshake(self, connection: socket.socket) -> None:
        request = b""
        while b"\r\n\r\n" not in request:
            request += connection.recv(4096)
        headers = dict(line.split(": ", 1) for line in request.decode().split("\r\n")[1:] if ": " in line)
        key = next(v for k, v in headers.items() if k.lower() == "sec-websocket-key").strip()
        accept = base64.b64encode(hashlib.sha1((key + WS_GUID).encode()).digest()).decode()
        connection.sendall(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            f"Sec-WebSocket-Accept: {accept}\r\n\r\n").encode())

    def _read(self, connection: socket.socket) -> None:
        try:
            while True:
                opcode, payload = _read_frame(connection)
                if opcode == TEXT:
                    self.received.append(json.loads(payload))
                elif opcode == PING:
                    self._frame(PONG, payload)
                elif opcode == CLOSE:
                    return
        except (OSError, ConnectionError):
            return

    def _frame(self, opcode: int, payload: bytes) -> None:
        size = len(payload)
        if size < 126:
            header = struct.pack("!BB", 0x80 | opcode, size)
        elif size < 65536:
            header = struct.pack("!BBH", 0x80 | opcode, 126, size)
        else:
            header = struct.pack("!BBQ", 0x80 | opcode, 127, size)
        with self._send_lock:
            assert self._connection is not None
            self._connection.sendall(header + payload)


def _read_exactly(connection: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = connection.recv(size - len(data))
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data


def _read_frame(connection: socket.socket) -> tuple[int, bytes]:
    first, second = _read_exactly(connection, 2)
    size = second & 0x7F
    if size == 126:
        size = struct.unpack("!H", _read_exactly(connection, 2))[0]
    elif size == 127:
        size = struct.unpack("!Q", _read_exactly(connection, 8))[0]
    mask = _read_exactly(connection, 4) if second & 0x80 else b"\0\0\0\0"
    payload = bytes(b ^ mask[i % 4] for i, b in enumerate(_read_exactly(connection, size)))
    return first & 0x0F, payload
