"""The one gate: every entity's rules of a record by itself, the statuses each role may give, and the
verdict on a change from elsewhere (rules around a day entry are findings there, never a refusal)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from socieux_desktop.domain.days import MAX_DAYS
from socieux_desktop.domain.deliverables import COORDINATOR, EXPERT, Deliverable, DeliverableKind
from socieux_desktop.domain.errors import Code, Finding, RuleViolation
from socieux_desktop.domain.gate import (
    CODE_MAX,
    EMAIL_MAX,
    ID_MAX,
    LONG_TEXT_MAX,
    MAX_UPDATE_BYTES,
    NAME_MAX,
    SPECS,
    TITLE_MAX,
    check_entity,
    check_record,
    check_status_change,
    check_text,
    judge_change,
    record_problem,
    text_limits,
)
from socieux_desktop.domain.model import (
    ENTITY_TYPES,
    Action,
    Activity,
    Allocation,
    Counterpart,
    DayEntry,
    DayKind,
    Expert,
    Mission,
    TeamMember,
    Theme,
    TimesheetStatus,
)
from socieux_desktop.domain.records import field_names, to_record
from socieux_desktop.domain.rules import DayEntryContext
from socieux_desktop.domain.sentences import SENTENCES

MISSION = Mission("m", "CI-2026-01-M1", "Diagnostic des centres sociaux", "a", date(2026, 3, 2),
                  date(2026, 3, 13), terms_of_reference="Diagnostic\n\tdes 129 centres sociaux.")
ENTRY = DayEntry("e", "m", "lan", "diag", date(2026, 3, 3), DayKind.ON_SITE_WORK, 2, "Abidjan",
                 "Atelier avec la Direction de l'Action Sociale.\nCompte rendu envoyé.")

GOOD: dict[str, dict[str, Any]] = {
    "action": to_record(Action("a", "CI-2026-01", "Qualité des services", "Direction de l'Action Sociale",
                               "CI")),
    "activity": to_record(Activity("diag", "a", "A1", "Diagnostic")),
    "expert": to_record(Expert("lan", "Nguyễn Thị Lan", "lan@example.eu", "CNSS", "")),
    "mission": to_record(MISSION),
    "team_member": to_record(TeamMember("t", "m", "lan")),
    "allocation": to_record(Allocation("al", "m", "lan", "diag", 20)),
    "counterpart": to_record(Counterpart("c", "m", "Awa Koné", "DAS", "Directrice")),
    "day_entry": to_record(ENTRY),
    "deliverable": to_record(Deliverable("d", "m", DeliverableKind.DIAGNOSTIC, "Diagnostic")),
    "workshop": {"id": "w", "mission_id": "m", "deliverable_id": "d",
                 "started_at": "2026-03-04T09:00:00.000+00:00",
                 "ended_at": ""},
    "workshop_participant": {"id": "p", "workshop_id": "w", "mission_id": "m", "name": "Kouassi Yao",
                             "institution": "DAS", "sex": "", "joined_at": "2026-03-04T09:05:00+00:00",
                             "read_only": False},
    "deliverable_update": {"id": "u", "deliverable_id": "d", "mission_id": "m", "data": "AAECAw=="},
}


def refusal(entity: str, **fields: object) -> Finding | None:
    return record_problem(entity, {**GOOD[entity], **fields})


def test_every_entity_has_a_rulebook_and_a_good_record_passes() -> None:
    assert set(SPECS) == {*ENTITY_TYPES, "workshop", "workshop_participant", "deliverable_update"}
    for name, cls in ENTITY_TYPES.items():
        assert tuple(SPECS[name]) == field_names(cls), name
    for entity, record in GOOD.items():
        assert tuple(record) == tuple(SPECS[entity])
        check_record(entity, record)
        check_record(entity, {**record, "deleted": True})


@pytest.mark.parametrize(("entity", "field", "limit"), [
    ("action", "code", CODE_MAX), ("action", "title", TITLE_MAX),
    ("action", "partner_institution", TITLE_MAX),
    ("activity", "code", CODE_MAX), ("activity", "title", TITLE_MAX),
    ("expert", "name", NAME_MAX), ("expert", "email", EMAIL_MAX), ("expert", "home_institution", TITLE_MAX),
    ("mission", "code", CODE_MAX), ("mission", "title", TITLE_MAX),
    ("mission", "terms_of_reference", LONG_TEXT_MAX),
    ("counterpart", "name", NAME_MAX), ("counterpart", "institution", TITLE_MAX),
    ("counterpart", "role", TITLE_MAX), ("counterpart", "email", EMAIL_MAX),
    ("day_entry", "place", TITLE_MAX), ("day_entry", "description", LONG_TEXT_MAX),
    ("deliverable", "title", TITLE_MAX),
    ("workshop_participant", "name", NAME_MAX), ("workshop_participant", "institution", TITLE_MAX),
])
def test_text_is_refused_one_character_past_its_limit(entity: str, field: str, limit: int) -> None:
    assert text_limits(entity)[field] == limit
    assert refusal(entity, **{field: "é" * limit}) is None
    assert refusal(entity, **{field: "é" * (limit + 1)}) == Finding(Code.TEXT_TOO_LONG, {
        "entity": entity, "field": field, "length": str(limit + 1), "max_length": str(limit)})


def test_a_3_mib_description_is_refused() -> None:
    found = refusal("day_entry", description="x" * 3 * 1024 * 1024)
    assert found is not None and found.code == Code.TEXT_TOO_LONG
    assert "3145728 characters; it holds at most 20000" in found.english


@pytest.mark.parametrize("bad", ["\ud800", "\udfff", "\x00", "\x1b", "\x7f", "\x85", "\x0b", "\x0c"])
@pytest.mark.parametrize(("entity", "field"), [
    ("action", "title"), ("expert", "name"), ("mission", "terms_of_reference"), ("counterpart", "role"),
    ("day_entry", "description"), ("day_entry", "place"), ("deliverable", "title"),
    ("workshop_participant", "name"), ("workshop_participant", "institution"),
])
def test_text_that_is_not_well_formed_is_refused_everywhere(bad: str, entity: str, field: str) -> None:
    found = refusal(entity, **{field: f"Koné{bad}x"})
    assert found == Finding(Code.INVALID_CHARACTERS, {"entity": entity, "field": field,
                                                      "character": f"U+{ord(bad):04X}", "position": "5"})


def test_tab_and_new_lines_only_in_multi_line_text() -> None:
    for text in ("a\tb", "a\nb", "a\r\nb"):
        assert refusal("day_entry", description=text) is None
        assert refusal("mission", terms_of_reference=text) is None
        found = refusal("day_entry", place=text)
        assert found is not None and found.code == Code.INVALID_CHARACTERS


def test_text_is_kept_as_written_not_normalised() -> None:
    decomposed = "Kone\u0301 \u2014 ‘DAS’ 🇨🇮 \u200b"  # a combining accent, a dash, a flag, a zero-width space
    assert refusal("counterpart", name=decomposed) is None
    check_text(decomposed, "name", max_length=NAME_MAX)


def test_check_text_refuses_blank_required_text() -> None:
    with pytest.raises(RuleViolation) as refused:
        check_text(" \u3000 ", "title", max_length=10, required=True)
    assert refused.value.code == Code.REQUIRED_FIELD


@pytest.mark.parametrize(("entity", "field"), [
    ("action", "code"), ("action", "title"), ("activity", "code"), ("activity", "title"), ("expert", "name"),
    ("mission", "code"), ("mission", "title"), ("counterpart", "name"), ("deliverable", "title"),
    ("workshop_participant", "name"),
])
def test_names_codes_and_titles_are_required(entity: str, field: str) -> None:
    expected = Finding(Code.REQUIRED_FIELD, {"entity": entity, "field": field})
    assert refusal(entity, **{field: "  "}) == expected


@pytest.mark.parametrize(("half_days", "refused"), [(1, False), (2, False), (0, True), (3, True), (7, True),
                                                    (-7, True), (-1, True), (2**40, True)])
def test_a_day_entry_is_a_half_or_a_full_day(half_days: int, refused: bool) -> None:
    found = refusal("day_entry", half_days=half_days)
    assert (found is not None) is refused
    if refused:
        assert found is not None and found.code == Code.INVALID_DAYS


@pytest.mark.parametrize(("half_days", "refused"), [(0, False), (1, False), (2 * MAX_DAYS, False),
                                                    (2 * MAX_DAYS + 1, True), (-1, True), (-10, True)])
def test_an_allocation_is_zero_or_more_half_days_up_to_a_year(half_days: int, refused: bool) -> None:
    found = refusal("allocation", half_days=half_days)
    assert (found is not None) is refused
    if half_days == -10:
        assert found is not None and found.code == Code.INVALID_ALLOCATION
        assert found.english.startswith("-5 days cannot be allocated. Allocate zero or more days")


@pytest.mark.parametrize(("entity", "field", "value", "expected"), [
    ("day_entry", "half_days", True, "whole_number"), ("day_entry", "half_days", "2", "whole_number"),
    ("allocation", "half_days", 1.5, "whole_number"),
    ("day_entry", "day", "2026-02-30", "date"), ("day_entry", "day", "20260302", "date"),
    ("day_entry", "day", 20260302, "date"), ("day_entry", "kind", "holiday", "choice"),
    ("mission", "themes", "pensions", "list"), ("mission", "themes", ["pensions", "pensions"], "list"),
    ("mission", "themes", ["fishing"], "choice"), ("mission", "timesheet_status", "paid", "choice"),
    ("deliverable", "status", "published", "choice"), ("deliverable", "language", "de", "choice"),
    ("counterpart", "sex", "", "choice"), ("team_member", "role", "boss", "choice"),
    ("day_entry", "counterpart_ids", ["c", "c"], "list"),
    ("day_entry", "counterpart_ids", ["c"] * 201, "list"),
    ("day_entry", "counterpart_ids", ["not an id"], "id"),
    ("day_entry", "mission_id", "x" * (ID_MAX + 1), "id"),
    ("day_entry", "expert_id", "", "id"), ("day_entry", "activity_id", None, "id"),
    ("action", "country_code", "ci", "country"), ("action", "country_code", "", "country"),
    ("expert", "country_code", "CIV", "country"), ("expert", "name", 3, "text"),
    ("workshop", "started_at", "yesterday", "time"), ("workshop", "started_at", "", "time"),
    ("workshop_participant", "read_only", 0, "boolean"), ("workshop_participant", "sex", "other", "choice"),
    ("deliverable_update", "data", "", "base64"), ("deliverable_update", "data", "AA=", "base64"),
    ("deliverable_update", "data", "A" * (4 * ((MAX_UPDATE_BYTES + 2) // 3) + 4), "base64"),
    ("expert", "deleted", "no", "boolean"),
])
def test_a_field_of_the_wrong_kind_is_refused(entity: str, field: str, value: object, expected: str) -> None:
    found = refusal(entity, **{field: value})
    assert found is not None and found.code == Code.INVALID_FIELD, found
    assert found.params["field"] == field and found.params["expected"] == expected


def test_empty_values_where_the_rules_allow_them() -> None:
    assert refusal("expert", country_code="", email="", home_institution="") is None
    assert refusal("workshop_participant", sex=None) is None
    assert refusal("workshop_participant", sex="female") is None
    assert refusal("workshop", ended_at=None) is None
    assert refusal("mission", themes=[t.value for t in Theme]) is None
    assert refusal("mission", terms_of_reference="") is None


def test_a_field_the_entity_lacks_and_an_unknown_entity_are_refused() -> None:
    expected = Finding(Code.UNKNOWN_FIELD, {"entity": "counterpart", "field": "age"})
    assert refusal("counterpart", age=40) == expected
    found = record_problem("invoice", {"id": "i"})
    assert found is not None and found.code == Code.UNKNOWN_FIELD


def test_a_partial_record_is_judged_on_the_fields_it_has() -> None:
    check_record("day_entry", {"description": "Relu le rapport."})
    check_record("mission", {"start_date": "2026-03-02"})
    with pytest.raises(RuleViolation):
        check_record("day_entry", {"half_days": 7})


def test_mission_dates_in_order_and_at_most_a_year() -> None:
    check_entity(replace(MISSION, end_date=MISSION.start_date))
    check_entity(replace(MISSION, end_date=date(2027, 3, 1)))  # 365 days
    with pytest.raises(RuleViolation) as refused:
        check_entity(replace(MISSION, end_date=date(2026, 3, 1)))
    assert refused.value.code == Code.END_BEFORE_START
    with pytest.raises(RuleViolation) as refused:
        check_entity(replace(MISSION, end_date=date(2027, 3, 3)))
    assert refused.value.code == Code.MISSION_TOO_LONG


def test_every_code_has_a_sentence_that_its_findings_fill_in() -> None:
    assert set(SENTENCES) == set(Code)
    for entity, record in GOOD.items():
        for field in record:
            for value in (None, "\x00", "x" * 30_000, -3):
                found = record_problem(entity, {**record, field: value})
                if found is not None:
                    assert found.english and "{" not in found.english, found


# --- workflow by role ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("before", "after", "role", "code"), [
    ("draft", "submitted", EXPERT, None), ("submitted", "draft", EXPERT, None),
    ("returned", "submitted", EXPERT, None), ("draft", "draft", EXPERT, None),
    ("submitted", "approved", EXPERT, Code.TIMESHEET_HEADQUARTERS_ONLY),
    ("submitted", "returned", EXPERT, Code.TIMESHEET_HEADQUARTERS_ONLY),
    ("submitted", "approved", COORDINATOR, None), ("submitted", "returned", COORDINATOR, None),
    ("draft", "approved", COORDINATOR, Code.TRANSITION_NOT_ALLOWED),
    ("approved", "draft", COORDINATOR, Code.TRANSITION_NOT_ALLOWED),
    (None, "draft", EXPERT, None), (None, "approved", EXPERT, Code.TIMESHEET_HEADQUARTERS_ONLY),
    (None, "approved", COORDINATOR, None),
])
def test_timesheet_statuses_by_role(before: str | None, after: str, role: str, code: Code | None) -> None:
    _assert_status_change("mission", before, after, role, code)


@pytest.mark.parametrize(("before", "after", "role", "code"), [
    ("draft", "shared", EXPERT, None), ("shared", "submitted", EXPERT, None),
    ("submitted", "draft", EXPERT, None),
    ("submitted", "approved", EXPERT, Code.HEADQUARTERS_ONLY),
    ("submitted", "returned", EXPERT, Code.HEADQUARTERS_ONLY),
    ("submitted", "approved", COORDINATOR, None), ("submitted", "returned", COORDINATOR, None),
    ("draft", "approved", COORDINATOR, Code.DELIVERABLE_TRANSITION_NOT_ALLOWED),
    ("approved", "draft", COORDINATOR, Code.DELIVERABLE_TRANSITION_NOT_ALLOWED),
    (None, "returned", EXPERT, Code.HEADQUARTERS_ONLY), (None, "shared", EXPERT, None),
])
def test_deliverable_statuses_by_role(before: str | None, after: str, role: str, code: Code | None) -> None:
    _assert_status_change("deliverable", before, after, role, code)


def _assert_status_change(entity: str, before: str | None, after: str, role: str, code: Code | None) -> None:
    if code is None:
        check_status_change(entity, before, after, role)
        return
    with pytest.raises(RuleViolation) as refused:
        check_status_change(entity, before, after, role)
    assert refused.value.code == code
    assert "{" not in str(refused.value)


# --- changes from elsewhere ---------------------------------------------------------------------------


def day_context(same_day: tuple[DayEntry, ...] = (), mission: Mission = MISSION) -> DayEntryContext:
    return DayEntryContext(mission=mission, activity_ids=frozenset({"diag"}),
                           team_expert_ids=frozenset({"lan"}),
                           same_day_entries=same_day, same_allocation_entries=same_day,
                           allocations=[Allocation("al", "m", "lan", "diag", 20)],
                           expert_name="Nguyễn Thị Lan",
                           activity_title="Diagnostic")


def test_a_merge_that_makes_two_days_on_one_date_is_a_finding_never_a_refusal() -> None:
    other_laptop = replace(ENTRY, id="e2")  # the same full day logged offline on the other laptop
    record = {**to_record(ENTRY), "deleted": False}
    verdict = judge_change("day_entry", record, record, context=day_context((other_laptop,)))
    assert verdict.accepted
    assert [f.code for f in verdict.findings] == [Code.MORE_THAN_ONE_DAY]
    assert verdict.findings[0].params["logged"] == "1"


def test_every_rule_around_a_day_is_a_finding_on_a_merge() -> None:
    locked = replace(MISSION, timesheet_status=TimesheetStatus.APPROVED)
    entry = replace(ENTRY, expert_id="someone", activity_id="other", day=date(2026, 4, 1))
    record = to_record(entry)
    verdict = judge_change("day_entry", record, record, context=day_context(mission=locked))
    assert verdict.accepted
    assert [f.code for f in verdict.findings] == [Code.TIMESHEET_LOCKED, Code.UNKNOWN_ACTIVITY,
                                                  Code.NOT_ON_TEAM,
                                                  Code.OUTSIDE_MISSION_DATES, Code.EXCEEDS_ALLOCATION]


def test_a_merge_breaking_a_record_rule_is_refused_naming_the_rule() -> None:
    record = to_record(ENTRY)
    verdict = judge_change("day_entry", {"half_days": 7}, {**record, "half_days": 7}, context=day_context())
    assert not verdict.accepted and verdict.refusal is not None
    assert verdict.refusal.code == Code.INVALID_DAYS and verdict.findings == ()


def test_a_change_that_loses_the_merge_is_still_judged() -> None:
    """Its fields are kept in the log and relayed even when a later write wins the record."""
    record = to_record(ENTRY)
    verdict = judge_change("day_entry", {"description": "a\ud800"}, record)
    assert verdict.refusal is not None and verdict.refusal.code == Code.INVALID_CHARACTERS


def test_the_replaced_values_must_be_well_formed_text() -> None:
    record = to_record(ENTRY)
    verdict = judge_change("day_entry", {"place": "Yamoussoukro"}, record, previous={"place": "Abi\x00djan"})
    assert verdict.refusal is not None and verdict.refusal.params["field"] == "place"
    long_before = judge_change("day_entry", {"place": "Yamoussoukro"}, record, previous={"place": "x" * 999})
    assert long_before.accepted  # only the text of what it replaced is judged, not its length


def test_an_update_before_its_insert_and_a_deleted_day_bring_no_finding() -> None:
    other_laptop = replace(ENTRY, id="e2")
    assert judge_change("day_entry", {"place": "Bouaké"}, {"place": "Bouaké"},
                        context=day_context((other_laptop,))).findings == ()
    record = {**to_record(ENTRY), "deleted": True}
    deleted = judge_change("day_entry", {"deleted": True}, record, context=day_context((other_laptop,)))
    assert deleted.findings == ()
