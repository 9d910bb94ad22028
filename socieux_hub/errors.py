"""Refusals the hub answers with: an HTTP status, a machine code and a sentence for a person."""

from __future__ import annotations

from socieux_desktop.sync import protocol

NOT_SIGNED_IN = "not_signed_in"
BAD_CREDENTIALS = "bad_credentials"
FORBIDDEN = "forbidden"
UNKNOWN_RECORD = "unknown_record"
SCOPE_MOVED = "scope_moved"
CHANGE_CONFLICT = "change_conflict"
DEVICE_NOT_YOURS = "device_not_yours"
TOO_MANY_ATTEMPTS = "too_many_attempts"
BUSY = "busy"
RULE_VIOLATION = "rule_violation"
"""A push whose change breaks a rule of a record by itself (``domain.gate``): 422, the change named by its
position and id (and in the error's ``changes``), the rule by its code in the message."""
NOT_FOUND = "not_found"
METHOD_NOT_ALLOWED = "method_not_allowed"
INTERNAL_ERROR = "internal_error"

_STATUS = {
    protocol.MALFORMED_JSON: 400,
    protocol.UNSUPPORTED_PROTOCOL: 400,
    protocol.INVALID_REQUEST: 400,
    protocol.INVALID_CHANGE: 400,
    protocol.INVALID_CURSOR: 400,
    protocol.BATCH_TOO_LARGE: 413,
    protocol.BODY_TOO_LARGE: 413,
    protocol.UNSUPPORTED_ENCODING: 415,
    protocol.CLOCK_AHEAD: 422,
}


class HubError(Exception):
    """A request the hub refuses; nothing of it was applied."""

    def __init__(self, status: int, code: str, message: str, changes: tuple[str, ...] = (),
                 retry_after: int | None = None) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.changes = changes
        """The ids of the changes of a push that caused the refusal, when only some did."""
        self.retry_after = retry_after
        """Seconds to wait before asking again (the ``Retry-After`` header), for 429 and 503."""
        super().__init__(f"{status} {code}: {message}")

    @classmethod
    def from_protocol(cls, error: protocol.ProtocolError) -> HubError:
        return cls(_STATUS.get(error.code, 400), error.code, error.message)

    def body(self) -> protocol.ErrorBody:
        return protocol.ErrorBody(self.code, self.message, self.changes)


class HubSetupError(Exception):
    """The hub cannot start or run a command: a database it cannot use, a bad argument, a bad file."""
