"""Tables of a workspace. Entity tables mirror ``domain.model`` field for field (dates as ISO text,
tuples as JSON lists) plus a ``deleted`` tombstone flag, so a row and a domain record have one shape."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class EntityRow(Base):
    __abstract__ = True
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)


class ActionRow(EntityRow):
    __tablename__ = "action"
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text)
    partner_institution: Mapped[str] = mapped_column(Text)
    country_code: Mapped[str] = mapped_column(String(2))


class ActivityRow(EntityRow):
    __tablename__ = "activity"
    action_id: Mapped[str] = mapped_column(ForeignKey("action.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text)


class ExpertRow(EntityRow):
    __tablename__ = "expert"
    name: Mapped[str] = mapped_column(Text)
    email: Mapped[str] = mapped_column(Text, default="")
    home_institution: Mapped[str] = mapped_column(Text, default="")
    country_code: Mapped[str] = mapped_column(String(2), default="")


class MissionRow(EntityRow):
    __tablename__ = "mission"
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text)
    action_id: Mapped[str] = mapped_column(ForeignKey("action.id"), index=True)
    start_date: Mapped[str] = mapped_column(String(10))
    end_date: Mapped[str] = mapped_column(String(10))
    modality: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    timesheet_status: Mapped[str] = mapped_column(String(16))
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    cross_cutting_issues: Mapped[list[str]] = mapped_column(JSON, default=list)
    terms_of_reference: Mapped[str] = mapped_column(Text, default="")


class TeamMemberRow(EntityRow):
    __tablename__ = "team_member"
    mission_id: Mapped[str] = mapped_column(ForeignKey("mission.id"), index=True)
    expert_id: Mapped[str] = mapped_column(ForeignKey("expert.id"))
    role: Mapped[str] = mapped_column(String(16))


class AllocationRow(EntityRow):
    __tablename__ = "allocation"
    mission_id: Mapped[str] = mapped_column(ForeignKey("mission.id"), index=True)
    expert_id: Mapped[str] = mapped_column(ForeignKey("expert.id"))
    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"))
    half_days: Mapped[int] = mapped_column(Integer)


class CounterpartRow(EntityRow):
    __tablename__ = "counterpart"
    mission_id: Mapped[str] = mapped_column(ForeignKey("mission.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    institution: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(Text, default="")
    sex: Mapped[str] = mapped_column(String(16))
    email: Mapped[str] = mapped_column(Text, default="")


class DayEntryRow(EntityRow):
    __tablename__ = "day_entry"
    __table_args__ = (Index("ix_day_entry_expert_day", "expert_id", "day"),)
    mission_id: Mapped[str] = mapped_column(ForeignKey("mission.id"), index=True)
    expert_id: Mapped[str] = mapped_column(ForeignKey("expert.id"))
    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"))
    day: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(16))
    half_days: Mapped[int] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    counterpart_ids: Mapped[list[str]] = mapped_column(JSON, default=list)


class DeliverableRow(EntityRow):
    __tablename__ = "deliverable"
    mission_id: Mapped[str] = mapped_column(ForeignKey("mission.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16))


class DeliverableUpdateRow(Base):
    """One CRDT update of a deliverable's text (``kind`` 'update'), or a snapshot that folds all the
    updates of that deliverable before it (``kind`` 'snapshot', the encoded state of a document).

    ``seq`` orders the rows of one deliverable on this device (a snapshot covers every row with a lower
    ``seq``). Not in the change log: text merges as CRDT updates, not field by field. ``server_seq`` is
    for the hub's sync of updates (set once the hub has the row; unused until then).
    """

    __tablename__ = "deliverable_update"
    __table_args__ = (UniqueConstraint("deliverable_id", "seq", name="uq_deliverable_update_seq"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    deliverable_id: Mapped[str] = mapped_column(ForeignKey("deliverable.id"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[str] = mapped_column(String(32))
    device_id: Mapped[str] = mapped_column(String(36))
    server_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)


class DeliverableImageRow(Base):
    """A picture attached to a deliverable: its text names it ``images/<name>``; the bytes are the file
    ``attachments/<sha256>`` of the workspace folder (content-addressed: one copy for every deliverable
    that holds the same picture). Not in the change log (yet): attachments are to travel in chunks."""

    __tablename__ = "deliverable_image"
    deliverable_id: Mapped[str] = mapped_column(ForeignKey("deliverable.id"), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    attached_at: Mapped[str] = mapped_column(String(32))


class WorkshopRow(Base):
    """One live co-editing workshop of a deliverable (``ended_at`` None while it runs, or if the app
    stopped before ending it). Not in the change log (yet)."""

    __tablename__ = "workshop"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    mission_id: Mapped[str] = mapped_column(ForeignKey("mission.id"), index=True)
    deliverable_id: Mapped[str] = mapped_column(ForeignKey("deliverable.id"))
    started_at: Mapped[str] = mapped_column(String(32))
    ended_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class WorkshopParticipantRow(Base):
    """Someone who joined a workshop from a browser (``id`` is the host's participant id); ``sex`` is
    None when they did not say."""

    __tablename__ = "workshop_participant"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    institution: Mapped[str] = mapped_column(Text, default="")
    sex: Mapped[str | None] = mapped_column(String(16), nullable=True)
    joined_at: Mapped[str] = mapped_column(String(32))
    read_only: Mapped[bool] = mapped_column(Boolean, default=False)


ROW_TYPES: dict[str, type[EntityRow]] = {
    "action": ActionRow,
    "activity": ActivityRow,
    "expert": ExpertRow,
    "mission": MissionRow,
    "team_member": TeamMemberRow,
    "allocation": AllocationRow,
    "counterpart": CounterpartRow,
    "day_entry": DayEntryRow,
    "deliverable": DeliverableRow,
}


class ChangeRow(Base):
    """One write of one record: the transactional outbox and the history of every record.

    ``fields`` holds the new values of the fields the write changed, ``previous`` their values before
    (so an overwritten value stays visible). ``seq`` counts the writes of ``device_id``; ``hlc`` orders
    writes across devices for field-level last-writer-wins. ``server_seq`` is set once the hub has the
    change (the outbox is what this device wrote that has no ``server_seq`` yet).
    """

    __tablename__ = "change"
    __table_args__ = (
        UniqueConstraint("device_id", "seq", name="uq_change_device_seq"),
        Index("ix_change_entity", "entity", "entity_id"),
        Index("ix_change_server_seq", "server_seq"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    previous: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
    server_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)


class MetaRow(Base):
    """Facts about this workspace on this device: device id, kind (demo or real), creation time."""

    __tablename__ = "workspace_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SettingRow(Base):
    """Preferences of the person using this workspace (language, profile); never synced."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class SetAsideChangeRow(Base):
    """A pulled change this workspace did not apply: the rules refuse it, or it could not be read. Kept
    whole (``change``, as it came) with the reason, so that the person sees it and a later version of the
    rules (or of the app) can apply it; never in the change log while it is here.

    ``id`` is the change's id, or ``seq:<server_seq>`` (or a made-up id) for a change too broken to name
    its own. ``reason_code`` and ``reason_params`` say why, for the interface to put in words;
    ``reason`` is the same in English, for logs and the CLI.
    """

    __tablename__ = "set_aside_change"
    __table_args__ = (Index("ix_set_aside_change_entity", "entity", "entity_id"),)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity: Mapped[str | None] = mapped_column(String(32), nullable=True)
    entity_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    server_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    device_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    change: Mapped[Any] = mapped_column(JSON)
    readable: Mapped[bool] = mapped_column(Boolean)
    reason_code: Mapped[str] = mapped_column(String(64))
    reason_params: Mapped[dict[str, str]] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text)
    set_aside_at: Mapped[str] = mapped_column(String(32))


class LostChangeRow(Base):
    """A write of this device that lost in a merge during a pull: a field value a later write from
    another device replaced without having seen it (``kind`` 'overwritten', with ``field``, ``mine`` and
    ``theirs``), or a record this device wrote that another device deleted (``kind`` 'deleted').

    ``state`` is 'open' until the person brings the value back ('brought_back') or lets it go
    ('dismissed'). The values themselves stay in the change log; this row only points at them.
    """

    __tablename__ = "lost_change"
    __table_args__ = (Index("ix_lost_change_state", "state"),
                      Index("ix_lost_change_entity", "entity", "entity_id"))
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))
    field: Mapped[str | None] = mapped_column(String(64), nullable=True)
    mine: Mapped[Any] = mapped_column(JSON, nullable=True)
    theirs: Mapped[Any] = mapped_column(JSON, nullable=True)
    my_change_id: Mapped[str] = mapped_column(String(36))
    their_change_id: Mapped[str] = mapped_column(String(36))
    their_device_id: Mapped[str] = mapped_column(String(64))
    their_created_at: Mapped[str] = mapped_column(String(40))
    found_at: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16))
    resolved_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


class PulledFindingRow(Base):
    """A rule around a day entry that the merge of pulled changes leaves broken (``gate.judge_change``'s
    findings through ``workbook.judge_pulled``): two days on one date, a locked timesheet, an expert off
    the team... The entry applied (both pushes were legitimate); the person is shown the finding until
    it no longer holds (one of the entries deleted or made a half day), when a later sync forgets it.

    ``code`` and ``params`` are the finding's (``domain.errors.Finding``) for the interface's words,
    ``english`` the same in English for logs and the CLI.
    """

    __tablename__ = "pulled_finding"
    entry_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    params: Mapped[dict[str, str]] = mapped_column(JSON)
    english: Mapped[str] = mapped_column(Text)
    found_at: Mapped[str] = mapped_column(String(32))
