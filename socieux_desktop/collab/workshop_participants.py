"""The people of a workshop: who joined (a device once), their tokens, modes and open sockets.

Thread-safe (a lock of its own): the workshop host's loop thread joins and connects people, the app's
thread reads the list, changes modes and removes people. ``Participant`` values are snapshots.
"""

from __future__ import annotations

import ipaddress
import secrets
import threading
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum

from socieux_desktop.domain.model import Sex


@dataclass(frozen=True, slots=True)
class Participant:
    """Someone who joined the workshop (a snapshot: ``WorkshopHost.participants()`` gives fresh ones)."""

    id: str
    name: str
    institution: str
    sex: Sex | None
    joined_at: datetime
    read_only: bool = False
    suggest: bool = False
    """Writes suggestions (collab/suggestions.py) instead of text: the guard lets them write nothing else."""
    connected: bool = False
    removed: bool = False
    section: str | None = None


@dataclass(slots=True)
class Person:
    """A participant and what only the host knows of them (a roster entry, changed under its lock)."""

    participant: Participant
    token: str
    address: str = ""
    connections: int = 0
    ever_connected: bool = False


class Refused(StrEnum):
    REMOVED = "removed"
    FULL = "full"
    ADDRESS_FULL = "address_full"


def is_loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


class Roster:
    def __init__(self, max_participants: int, per_address: int = 10) -> None:
        self.max_participants = max_participants
        self.per_address = per_address
        """Participants joining from one network address (not loopback: "this computer only" is one
        address for everyone): someone with the PIN cannot fill the workshop with made-up people."""
        self._lock = threading.Lock()
        self._people: dict[str, Person] = {}
        self._tokens: dict[str, str] = {}
        self._devices: dict[str, str] = {}  # the browser's device token -> participant id
        self._removed_addresses: set[str] = set()  # a removed person's device may not join again
        self.everyone_suggests = False
        """Newcomers suggest (collab/suggestions.py) rather than write, as the expert set for everyone."""

    def join(self, address: str, name: str, institution: str, sex: Sex | None,
             device: str | None) -> Person | Refused:
        """A new participant, or the one who joined from this device before (a reopened tab: the same
        person, their details as given now); or why not."""
        with self._lock:
            if address in self._removed_addresses:
                return Refused.REMOVED
            known = self._people.get(self._devices.get(device, "")) if device else None
            if known is not None:
                if known.participant.removed:
                    return Refused.REMOVED
                known.participant = replace(known.participant, name=name, institution=institution, sex=sex)
                return known
            occupied = sum(1 for p in self._people.values() if not p.participant.removed
                           and (p.connections or not p.ever_connected))
            if occupied >= self.max_participants:
                return Refused.FULL
            if not is_loopback(address) and sum(
                    1 for p in self._people.values() if p.address == address) >= self.per_address:
                return Refused.ADDRESS_FULL
            participant = Participant(id=str(uuid.uuid4()), name=name, institution=institution, sex=sex,
                                      joined_at=datetime.now(UTC), suggest=self.everyone_suggests)
            person = Person(participant, secrets.token_urlsafe(32), address)
            self._people[participant.id] = person
            self._tokens[person.token] = participant.id
            if device:
                self._devices[device] = participant.id
            return person

    def address_removed(self, address: str) -> bool:
        with self._lock:
            return address in self._removed_addresses

    def by_token(self, token: str) -> Person | None:
        if not token:
            return None
        with self._lock:
            participant_id = self._tokens.get(token)
            return self._people.get(participant_id) if participant_id is not None else None

    def participants(self) -> list[Participant]:
        with self._lock:
            return [person.participant for person in self._people.values()]

    def has(self, participant_id: str) -> bool:
        with self._lock:
            return participant_id in self._people

    def set_read_only(self, participant_id: str, read_only: bool) -> bool:
        """Whether the mode changed. ``KeyError`` for an unknown participant."""
        with self._lock:
            person = self._people[participant_id]
            if person.participant.read_only == read_only or person.participant.removed:
                return False
            person.participant = replace(person.participant, read_only=read_only)
            return True

    def set_suggesting(self, participant_id: str, suggest: bool) -> bool:
        """Whether the mode changed. ``KeyError`` for an unknown participant."""
        with self._lock:
            person = self._people[participant_id]
            if person.participant.suggest == suggest or person.participant.removed:
                return False
            person.participant = replace(person.participant, suggest=suggest)
            return True

    def remove(self, participant_id: str) -> bool:
        """Revoke the token (and, on a network, the device's address); whether it changed anything.
        ``KeyError`` for an unknown participant."""
        with self._lock:
            person = self._people[participant_id]
            if person.participant.removed:
                return False
            person.participant = replace(person.participant, removed=True)
            self._tokens.pop(person.token, None)
            if not is_loopback(person.address):  # on "this computer only" everyone shares the address
                self._removed_addresses.add(person.address)
            return True

    def sockets(self, person: Person) -> int:
        with self._lock:
            return person.connections

    def connected(self, person: Person, delta: int) -> None:
        with self._lock:
            person.connections = max(0, person.connections + delta)
            person.ever_connected = True
            person.participant = replace(person.participant, connected=person.connections > 0)

    def in_section(self, person: Person, section: str | None) -> bool:
        """Record where the person writes; whether it changed."""
        with self._lock:
            changed = person.participant.section != section
            person.participant = replace(person.participant, section=section)
            return changed

    def all_disconnected(self) -> None:
        with self._lock:
            for person in self._people.values():
                person.connections = 0
                person.participant = replace(person.participant, connected=False)
