"""Taking on the hub's id for the person: only for what never left the laptop."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from socieux_desktop.domain.model import Action, Expert, Mission, TeamMember, new_id
from socieux_desktop.store import models as m
from socieux_desktop.store.identity import OtherIdentity, adopt_expert_id
from socieux_desktop.store.sync_state import SyncAccount
from socieux_desktop.store.workbook import Workbook


def offline_work(workbook: Workbook) -> tuple[Expert, Mission]:
    me = Expert(new_id(), "Pedro Gómez", "pedro@example.es", "SEPE", "ES")
    workbook.set_profile(me)
    action = Action(new_id(), "PE-2026-02", "Green jobs in the Amazon", "Ministerio de Trabajo", "PE")
    mission = Mission(new_id(), "PE-M1", "Green jobs mission", action.id, date(2026, 4, 6), date(2026, 4, 17))
    workbook.save(action, mission, TeamMember(new_id(), mission.id, me.id))
    return me, mission


def test_the_profile_and_what_refers_to_it_take_the_hub_id(workbook: Workbook) -> None:
    me, mission = offline_work(workbook)
    hub_id = new_id()
    with Session(workbook.engine) as session, session.begin():
        assert adopt_expert_id(session, hub_id)
    assert workbook.profile() == Expert(hub_id, me.name, me.email, me.home_institution, me.country_code)
    assert workbook.get(Expert, me.id) is None
    assert [entry.expert.id for entry in workbook.mission_details(mission.id).team] == [hub_id]
    with Session(workbook.engine) as session:
        changes = list(session.scalars(select(m.ChangeRow)))
    text = repr([(c.entity_id, c.fields, c.previous) for c in changes])
    assert me.id not in text and hub_id in text
    assert workbook.pending_change_count() == len(changes)
    with Session(workbook.engine) as session, session.begin():
        assert not adopt_expert_id(session, hub_id)  # already done
        assert not adopt_expert_id(session, None)  # a coordinator has no expert id


def test_a_profile_already_sent_under_another_id_is_refused(workbook: Workbook) -> None:
    me, mission = offline_work(workbook)
    with Session(workbook.engine) as session, session.begin():
        session.execute(update(m.ChangeRow).values(server_seq=1))
    refused = pytest.raises(OtherIdentity, match="another person")
    with Session(workbook.engine) as session, session.begin(), refused:
        adopt_expert_id(session, new_id())
    assert workbook.profile() is not None and workbook.profile().id == me.id  # type: ignore[union-attr]
    assert [entry.expert.id for entry in workbook.mission_details(mission.id).team] == [me.id]


def test_signing_in_as_another_person_writes_nothing(workbook: Workbook) -> None:
    me, _mission = offline_work(workbook)
    with Session(workbook.engine) as session, session.begin():
        session.execute(update(m.ChangeRow).values(server_seq=1))
    with pytest.raises(OtherIdentity):
        workbook.sync_state.sign_in(SyncAccount("https://hub.socieux.eu", "pedro", new_id()), start_over=True)
    assert workbook.sync_state.account() is None
    assert workbook.setting("profile_expert_id") == me.id
