"""A minimal local SMTP server that records what it receives (benchmarks and fault tests only)."""

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

    def _reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")
        self.wfile.flush()

    def handle(self) -> None:
        self._reply("220 cdp-sink ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.strip().upper()
            if command.startswith((b"EHLO", b"HELO")):
                self._reply("250-cdp-sink")
                self._reply("250 8BITMIME")
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
                self._reply("250 Queued")
            elif command == b"QUIT":
                self._reply("221 Bye")
                return
            else:
                self._reply("502 Not implemented")


class SmtpSink(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.received = Received()
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def start(self) -> "SmtpSink":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
