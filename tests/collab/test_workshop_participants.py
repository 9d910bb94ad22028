"""collab.workshop_participants alone: one device one participant, the limit, removal, sockets."""

from __future__ import annotations

from socieux_desktop.collab.workshop_participants import Person, Refused, Roster
from socieux_desktop.domain.model import Sex

DEVICE = "d3v1ce-0123456789abcdef"


def joined(roster: Roster, name: str, device: str | None = None, address: str = "10.0.0.5") -> Person:
    person = roster.join(address, name, "Ministère", Sex.FEMALE, device)
    assert isinstance(person, Person)
    return person


def test_one_device_is_one_participant() -> None:
    roster = Roster(max_participants=10)
    first = joined(roster, "Bob B", DEVICE)
    again = joined(roster, "Bob Bamba", DEVICE)
    assert again is first and again.participant.name == "Bob Bamba"
    assert len(roster.participants()) == 1
    assert joined(roster, "Bob B").participant.id != first.participant.id  # no device: another person
    assert roster.by_token(first.token) is first and roster.by_token("") is None


def test_full_counts_the_present_and_those_about_to_connect() -> None:
    roster = Roster(max_participants=1)
    awa = joined(roster, "Awa")
    assert roster.join("10.0.0.6", "Kouassi", "", None, None) is Refused.FULL
    roster.connected(awa, +1)
    roster.connected(awa, -1)  # left: room for someone else
    assert isinstance(roster.join("10.0.0.6", "Kouassi", "", None, None), Person)


def test_removal_revokes_the_token_the_device_and_the_address() -> None:
    roster = Roster(max_participants=10)
    awa = joined(roster, "Awa", DEVICE)
    assert roster.remove(awa.participant.id) and not roster.remove(awa.participant.id)
    assert roster.by_token(awa.token) is None
    assert roster.join("10.0.0.5", "Awa", "", None, "another-device-0123") is Refused.REMOVED
    assert roster.join("10.0.0.9", "Awa", "", None, DEVICE) is Refused.REMOVED
    local = joined(roster, "Local", address="127.0.0.1")
    roster.remove(local.participant.id)
    assert isinstance(roster.join("127.0.0.1", "Other", "", None, None), Person)  # loopback is shared


def test_sockets_modes_and_sections() -> None:
    roster = Roster(max_participants=10)
    awa = joined(roster, "Awa")
    roster.connected(awa, +1)
    roster.connected(awa, +1)
    assert roster.sockets(awa) == 2 and roster.participants()[0].connected
    assert roster.set_read_only(awa.participant.id, True)
    assert not roster.set_read_only(awa.participant.id, True)
    assert roster.in_section(awa, "s1") and not roster.in_section(awa, "s1")
    roster.all_disconnected()
    assert not roster.participants()[0].connected and roster.sockets(awa) == 0


def test_one_network_address_joins_a_few_people_only() -> None:
    roster = Roster(max_participants=100, per_address=2)
    joined(roster, "A")
    joined(roster, "B")
    assert roster.join("10.0.0.5", "C", "", None, None) is Refused.ADDRESS_FULL
    assert isinstance(roster.join("10.0.0.6", "C", "", None, None), Person)
    for n in range(3):  # "this computer only": everyone shares the address
        joined(roster, f"Local {n}", address="127.0.0.1")
