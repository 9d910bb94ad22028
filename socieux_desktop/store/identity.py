"""Taking on the hub's name for the person at the first sign-in.

An expert may start a real workspace offline and say who they are (a profile: an ``Expert`` record with
an id made on the laptop), create missions with themselves on the team and log days, all before ever
signing in. Headquarters knows the same person under another id. At sign-in, records and changes that
never left the laptop are rewritten to the hub's id, so they go up with the first sync as the work of
the signed-in expert. Changes the hub already has are never rewritten: a profile that was already sent
under another id is refused (``OtherIdentity``).
"""

from __future__ import annotations

from typing import Any, Final

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from socieux_desktop.store import models as m

PROFILE_SETTING: Final = "profile_expert_id"
_EXPERT_REFERENCES: Final = (m.TeamMemberRow, m.AllocationRow, m.DayEntryRow)


class OtherIdentity(Exception):
    """The profile went to the hub under another id: this workspace is someone else's there."""

    def __init__(self) -> None:
        super().__init__("This workspace already synced as another person; sign in with that account, or "
                         "start a new workspace for this one.")


def adopt_expert_id(session: Session, hub_expert_id: str | None) -> bool:
    """Rewrite the profile's local id to ``hub_expert_id`` where it has not been sent yet, in ``session``'s
    (write) transaction; True if it did. Raises ``OtherIdentity`` when the profile was sent already."""
    setting = session.get(m.SettingRow, PROFILE_SETTING)
    local_id = setting.value if setting is not None else None
    if hub_expert_id is None or not isinstance(local_id, str) or local_id == hub_expert_id:
        return False
    sent = session.scalar(select(m.ChangeRow.id).where(
        m.ChangeRow.entity == "expert", m.ChangeRow.entity_id == local_id,
        m.ChangeRow.server_seq.is_not(None)).limit(1))
    if sent is not None:
        raise OtherIdentity
    local = session.get(m.ExpertRow, local_id)
    if local is not None:
        if session.get(m.ExpertRow, hub_expert_id) is None:
            session.add(m.ExpertRow(id=hub_expert_id, name=local.name, email=local.email,
                                    home_institution=local.home_institution, country_code=local.country_code,
                                    deleted=local.deleted))
            session.flush()
        for row_type in _EXPERT_REFERENCES:
            session.execute(update(row_type).where(row_type.expert_id == local_id)
                            .values(expert_id=hub_expert_id))
        session.delete(local)
    for change in session.scalars(select(m.ChangeRow).where(m.ChangeRow.server_seq.is_(None))):
        if change.entity == "expert" and change.entity_id == local_id:
            change.entity_id = hub_expert_id
        change.fields = _replaced(change.fields, local_id, hub_expert_id)
        if change.previous is not None:
            change.previous = _replaced(change.previous, local_id, hub_expert_id)
    session.merge(m.SettingRow(key=PROFILE_SETTING, value=hub_expert_id))
    return True


def _replaced(values: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """The values with the expert id ``old`` replaced (in ``id`` of an expert and in ``expert_id``)."""
    return {name: new if name in ("id", "expert_id") and value == old else value
            for name, value in values.items()}
