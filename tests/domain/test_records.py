from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from socieux_desktop.domain.model import (
    CrossCuttingIssue,
    DayEntry,
    DayKind,
    Mission,
    MissionStatus,
    Modality,
    Theme,
)
from socieux_desktop.domain.records import field_names, from_record, to_record


def test_mission_round_trips_through_a_json_record() -> None:
    mission = Mission("m", "PE-1", "Empleos verdes en la Amazonía", "a", date(2026, 5, 4), date(2026, 5, 15),
                      Modality.HYBRID, MissionStatus.PLANNED, themes=(Theme.GREEN_JOBS,),
                      cross_cutting_issues=(CrossCuttingIssue.ENVIRONMENT, CrossCuttingIssue.GENDER_EQUALITY))
    record = to_record(mission)
    assert record["start_date"] == "2026-05-04"
    assert record["modality"] == "hybrid"
    assert record["themes"] == ["green_jobs"]
    assert from_record(Mission, record) == mission


@given(st.dates(), st.sampled_from(DayKind), st.integers(1, 2), st.text(), st.lists(st.uuids().map(str)))
def test_day_entry_round_trips(day: date, kind: DayKind, half_days: int, place: str,
                               counterparts: list[str]) -> None:
    entry = DayEntry("e", "m", "x", "a", day, kind, half_days, place, "done", tuple(counterparts))
    assert from_record(DayEntry, to_record(entry)) == entry


def test_field_names_follow_the_dataclass() -> None:
    assert field_names(DayEntry)[:5] == ("id", "mission_id", "expert_id", "activity_id", "day")
