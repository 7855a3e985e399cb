import socket
import struct
import threading
import time

import pytest
from django.core.mail import EmailMessage, get_connection

from cdp.smtp_sink import SmtpSink


def _send(port: int, ident: str) -> int:
    connection = get_connection(
        "django.core.mail.backends.smtp.EmailBackend", host="127.0.0.1", port=port, timeout=10
    )
    return EmailMessage(
        "s",
        "b",
        "a@example.org",
        ["b@example.org"],
        headers={"X-CDP-Notification": ident},
        connection=connection,
    ).send()


def _wait_until(predicate, timeout: float = 5) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail("the sink did not get there in time")
        time.sleep(0.01)


def test_the_sink_counts_each_notification_it_receives() -> None:
    sink = SmtpSink().start()
    try:
        for ident in ("1", "2", "2"):
            _send(sink.port, ident)
    finally:
        sink.stop()
    assert sink.received.messages == 3
    assert sink.received.notification_ids == {"1": 1, "2": 2}


def test_a_stalling_sink_records_the_message_and_holds_its_answer() -> None:
    sink = SmtpSink(stall=True).start()
    results: list[int] = []
    sender = threading.Thread(target=lambda: results.append(_send(sink.port, "7")))
    try:
        sender.start()
        _wait_until(lambda: sink.received.messages == 1)
        time.sleep(0.3)
        assert sender.is_alive()  # the client still waits for the "250"
        assert results == []
        sink.release()
        sender.join(timeout=5)
        assert results == [1]
        _send(sink.port, "8")  # released: later messages are answered at once
    finally:
        sink.stop()
    assert sink.received.notification_ids == {"7": 1, "8": 1}


def test_a_sender_that_dies_during_the_stall_leaves_the_sink_working(
    capsys: pytest.CaptureFixture[str],
) -> None:
    sink = SmtpSink(stall=True, stall_seconds=10).start()
    try:
        with socket.create_connection(("127.0.0.1", sink.port), timeout=5) as client:
            stream = client.makefile("rwb")

            def say(line: bytes) -> bytes:
                """Send a command (none for the greeting) and read its whole answer."""
                if line:
                    stream.write(line + b"\r\n")
                    stream.flush()
                while (answer := stream.readline())[3:4] == b"-":
                    pass
                return answer

            assert say(b"").startswith(b"220")
            for command in (b"EHLO x", b"MAIL FROM:<a@example.org>", b"RCPT TO:<b@example.org>"):
                assert say(command).startswith(b"250")
            assert say(b"DATA").startswith(b"354")
            stream.write(b"X-CDP-Notification: 9\r\nSubject: s\r\n\r\nb\r\n.\r\n")
            stream.flush()
            _wait_until(lambda: sink.received.messages == 1)
            stream.close()
            # An abortive close (RST), as a dropped connection: the held answer meets a reset.
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sink.release()
        time.sleep(0.3)
        assert _send(sink.port, "10") == 1
    finally:
        sink.stop()
    assert sink.received.notification_ids == {"9": 1, "10": 1}
    assert "Traceback" not in capsys.readouterr().err
