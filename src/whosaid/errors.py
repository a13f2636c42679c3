"""The catalogue of whosaid's user-facing errors, each with a code a user can search for."""

from __future__ import annotations


class WhosaidError(Exception):
    """An error about an input, reported to the user as one line."""

    code = "W000"

    def __init__(self, subject: str, reason: str) -> None:
        self.subject = subject
        self.reason = reason
        super().__init__(f"[{self.code}] {subject}: {reason}")


class InputError(WhosaidError):
    code = "W001"


class OptionError(WhosaidError):
    code = "W002"


class ModelError(WhosaidError):
    code = "W003"


class StoreError(WhosaidError):
    code = "W004"
