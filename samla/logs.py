"""Logging helpers for settings.LOGGING."""

import logging


class WithoutTraceback(logging.Filter):
    """Keeps the message, drops the traceback: for refusals that are the
    client's doing (a Host that is not ours), where a traceback says nothing
    and fills the log of a server that scanners knock on all day."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = None
        record.exc_text = None
        return True
