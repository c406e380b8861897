"""Load generators for bench/abuse.py: plain http.client in threads, run in a process of their
own so that one load does not take the interpreter lock from another. No Django here: these
run under `spawn`, where importing Django models would need settings."""

from __future__ import annotations

import http.client
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Load:
    """`connections` clients each sending `method path` back to back for `seconds`."""

    port: int
    path: str
    connections: int
    seconds: float
    method: str = "GET"
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)


def _request_bytes(load: Load) -> bytes:
    headers = {"Host": f"127.0.0.1:{load.port}", "Connection": "close", **load.headers}
    if load.body is not None:
        headers["Content-Length"] = str(len(load.body))
    head = f"{load.method} {load.path} HTTP/1.1\r\n" + "".join(
        f"{name}: {value}\r\n" for name, value in headers.items()
    )
    return (head + "\r\n").encode() + (load.body or b"")


def hammer(load: Load) -> dict[str, float]:
    """Statuses counted over the run, with "seconds" the run took and "errors" for requests
    that got no answer. Each request is written and read on a raw socket (gunicorn's sync
    workers close the connection after each answer): the load costs the client as little as
    it can, so that the figures are the server's, not the load generator's."""
    counts: Counter[str] = Counter()
    lock = threading.Lock()
    deadline = time.monotonic() + load.seconds
    request = _request_bytes(load)

    def client() -> None:
        local: Counter[str] = Counter()
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", load.port), timeout=30) as sock:
                    sock.sendall(request)
                    first = sock.recv(65536)
                    while sock.recv(65536):
                        pass
                local[first[9:12].decode() or "errors"] += 1
            except OSError:
                local["errors"] += 1
        with lock:
            counts.update(local)

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(load.connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result: dict[str, float] = dict(counts)
    result["seconds"] = time.monotonic() - started
    return result


def burst(port: int, path: str, bodies: list[bytes], headers: dict[str, str]) -> list[int]:
    """One request per body, all let go at the same moment; their statuses (0: no answer)."""
    gate = threading.Barrier(len(bodies))
    statuses = [0] * len(bodies)

    def send(n: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        gate.wait()
        try:
            connection.request("POST", path, body=bodies[n], headers=headers)
            response = connection.getresponse()
            response.read()
            statuses[n] = response.status
        except OSError:
            statuses[n] = 0
        finally:
            connection.close()

    threads = [threading.Thread(target=send, args=(n,)) for n in range(len(bodies))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses
