"""A minimal local SMTP server that records what it receives (benchmarks and fault tests only).

`SmtpSink(stall=True)` holds the answer to each message: the message is recorded as soon as its
DATA is read, and the "250" that tells the client it was accepted waits until `release()` (or
`stall_seconds`). That is the moment a sender can die between "the server has the email" and
"the sender knows it".
"""

import re
import socketserver
import threading
from collections import Counter
from dataclasses import dataclass, field

HEADER = re.compile(rb"^X-CDP-Notification:\s*(\S+)", re.MULTILINE | re.IGNORECASE)


@dataclass
class Received:
    lock: threading.Lock = field(default_factory=threading.Lock)
    notification_ids: Counter[str] = field(default_factory=Counter)
    messages: int = 0

    def add(self, data: bytes) -> None:
        match = HEADER.search(data)
        with self.lock:
            self.messages += 1
            if match:
                self.notification_ids[match.group(1).decode()] += 1


class _Handler(socketserver.StreamRequestHandler):
    server: "SmtpSink"
    # Each answer leaves in one segment at once: Nagle's algorithm plus the client's delayed ACK
    # would otherwise add ~40 ms to every message (a 10-fold slowdown for the benchmarks).
    disable_nagle_algorithm = True

    def _reply(self, *lines: str) -> None:
        self.wfile.write(b"".join(line.encode() + b"\r\n" for line in lines))
        self.wfile.flush()

    def handle(self) -> None:
        try:
            self._converse()
        except ConnectionError:
            return  # the client went away (a killed sender): nothing to answer

    def _converse(self) -> None:
        self._reply("220 cdp-sink ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.strip().upper()
            if command.startswith((b"EHLO", b"HELO")):
                self._reply("250-cdp-sink", "250 8BITMIME")
            elif command.startswith((b"MAIL", b"RCPT", b"RSET", b"NOOP")):
                self._reply("250 OK")
            elif command == b"DATA":
                self._reply("354 End data with <CR><LF>.<CR><LF>")
                chunks = []
                while True:
                    data_line = self.rfile.readline()
                    if not data_line or data_line in (b".\r\n", b".\n"):
                        break
                    chunks.append(data_line)
                self.server.received.add(b"".join(chunks))
                self.server.gate.wait(self.server.stall_seconds)
                self._reply("250 Queued")
            elif command == b"QUIT":
                self._reply("221 Bye")
                return
            else:
                self._reply("502 Not implemented")


class SmtpSink(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port: int = 0, *, stall: bool = False, stall_seconds: float = 60.0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.received = Received()
        self.gate = threading.Event()  # set: answer each message at once
        self.stall_seconds = stall_seconds
        if not stall:
            self.gate.set()
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def start(self) -> "SmtpSink":
        self._thread.start()
        return self

    def release(self) -> None:
        """Answer the held messages and stop holding new ones."""
        self.gate.set()

    def stop(self) -> None:
        self.release()
        self.shutdown()
        self.server_close()
