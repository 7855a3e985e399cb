from django.core.mail import EmailMessage, get_connection

from cdp.smtp_sink import SmtpSink


def test_the_sink_counts_each_notification_it_receives() -> None:
    sink = SmtpSink().start()
    try:
        connection = get_connection(
            "django.core.mail.backends.smtp.EmailBackend", host="127.0.0.1", port=sink.port
        )
        for ident in ("1", "2", "2"):
            EmailMessage(
                "s",
                "b",
                "a@example.org",
                ["b@example.org"],
                headers={"X-CDP-Notification": ident},
                connection=connection,
            ).send()
    finally:
        sink.stop()
    assert sink.received.messages == 3
    assert sink.received.notification_ids == {"1": 1, "2": 2}
