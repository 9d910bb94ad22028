"""Translated names of the domain's enumerations and of partner countries.

Source texts are marked with ``QT_TRANSLATE_NOOP`` so lupdate collects them; ``label`` translates at the
moment of display, so a language switch shows at once.
"""

from __future__ import annotations

from enum import Enum

from socieux_desktop.domain.deliverables import DeliverableKind, DeliverableLanguage, DeliverableStatus
from socieux_desktop.domain.model import (
    CrossCuttingIssue,
    DayKind,
    MissionStatus,
    Modality,
    Sex,
    TeamRole,
    Theme,
    TimesheetStatus,
)
from socieux_desktop.ui.qt import QT_TRANSLATE_NOOP, translate

_CONTEXT = "Labels"

_LABELS: dict[Enum, str] = {
    Modality.ON_SITE: QT_TRANSLATE_NOOP("Labels", "On site"),
    Modality.REMOTE: QT_TRANSLATE_NOOP("Labels", "Remote"),
    Modality.HYBRID: QT_TRANSLATE_NOOP("Labels", "Hybrid"),
    DayKind.ON_SITE_WORK: QT_TRANSLATE_NOOP("Labels", "On-site work"),
    DayKind.REMOTE_WORK: QT_TRANSLATE_NOOP("Labels", "Remote work"),
    DayKind.TRAVEL: QT_TRANSLATE_NOOP("Labels", "Travel"),
    DayKind.PREPARATION: QT_TRANSLATE_NOOP("Labels", "Preparation"),
    DayKind.REPORTING: QT_TRANSLATE_NOOP("Labels", "Reporting"),
    MissionStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    MissionStatus.ONGOING: QT_TRANSLATE_NOOP("Labels", "Ongoing"),
    MissionStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
    MissionStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    TimesheetStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    TimesheetStatus.SUBMITTED: QT_TRANSLATE_NOOP("Labels", "Submitted"),
    TimesheetStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
    TimesheetStatus.RETURNED: QT_TRANSLATE_NOOP("Labels", "Returned for changes"),
    TeamRole.LEAD_EXPERT: QT_TRANSLATE_NOOP("Labels", "Lead expert"),
    TeamRole.EXPERT: QT_TRANSLATE_NOOP("Labels", "Expert"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"),
    Sex.MALE: QT_TRANSLATE_NOOP("Labels", "Male"),
    Sex.UNSPECIFIED: QT_TRANSLATE_NOOP("Labels", "Not specified"),
    Theme.PENSIONS: QT_TRANSLATE_NOOP("Labels", "Pensions"),
    Theme.HEALTH_COVERAGE: QT_TRANSLATE_NOOP("Labels", "Health insurance and universal health coverage"),
    Theme.SOCIAL_ASSISTANCE: QT_TRANSLATE_NOOP("Labels", "Social assistance"),
    Theme.DISABILITY: QT_TRANSLATE_NOOP("Labels", "Disability"),
    Theme.OLDER_PEOPLE: QT_TRANSLATE_NOOP("Labels", "Older people"),
    Theme.CHILDREN: QT_TRANSLATE_NOOP("Labels", "Children"),
    Theme.MIGRANTS_ATYPICAL_WORKERS: QT_TRANSLATE_NOOP("Labels", "Migrants and atypical workers"),
    Theme.INFORMATION_SYSTEMS: QT_TRANSLATE_NOOP("Labels", "Information systems"),
    Theme.GOVERNANCE: QT_TRANSLATE_NOOP("Labels", "Governance, HR and finance of institutions"),
    Theme.INFORMAL_ECONOMY: QT_TRANSLATE_NOOP("Labels", "Formalising the informal economy"),
    Theme.GREEN_JOBS: QT_TRANSLATE_NOOP("Labels", "Green jobs"),
    Theme.OCCUPATIONAL_SAFETY: QT_TRANSLATE_NOOP("Labels", "Occupational safety and health"),
    Theme.PUBLIC_EMPLOYMENT_SERVICES: QT_TRANSLATE_NOOP("Labels", "Public employment services"),
    Theme.VOCATIONAL_TRAINING: QT_TRANSLATE_NOOP("Labels", "Vocational training and skills"),
    Theme.SOCIAL_DIALOGUE: QT_TRANSLATE_NOOP("Labels", "Social dialogue"),
    CrossCuttingIssue.GENDER_EQUALITY: QT_TRANSLATE_NOOP("Labels", "Gender equality"),
    CrossCuttingIssue.ENVIRONMENT: QT_TRANSLATE_NOOP("Labels", "Environment"),
    CrossCuttingIssue.REDUCING_INEQUALITY: QT_TRANSLATE_NOOP("Labels", "Reducing inequality"),
}

# Apart: a StrEnum member equals its value, so DeliverableStatus.SUBMITTED and TimesheetStatus.SUBMITTED
# would be one key of _LABELS (and the timesheet would read "Submitted to headquarters").
_DELIVERABLE_LABELS: dict[Enum, str] = {
    DeliverableKind.MISSION_REPORT: QT_TRANSLATE_NOOP("Labels", "Mission report"),
    DeliverableKind.DIAGNOSTIC: QT_TRANSLATE_NOOP("Labels", "Diagnostic"),
    DeliverableKind.RECOMMENDATIONS: QT_TRANSLATE_NOOP("Labels", "Recommendations"),
    DeliverableKind.ACTION_PLAN: QT_TRANSLATE_NOOP("Labels", "Action plan"),
    DeliverableKind.TRAINING_MATERIAL: QT_TRANSLATE_NOOP("Labels", "Training material"),
    DeliverableKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    DeliverableStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    DeliverableStatus.SHARED: QT_TRANSLATE_NOOP("Labels", "Shared with counterparts"),
    DeliverableStatus.SUBMITTED: QT_TRANSLATE_NOOP("Labels", "Submitted to headquarters"),
    DeliverableStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
    DeliverableStatus.RETURNED: QT_TRANSLATE_NOOP("Labels", "Returned with comments"),
    DeliverableLanguage.FR: QT_TRANSLATE_NOOP("Labels", "French"),
    DeliverableLanguage.EN: QT_TRANSLATE_NOOP("Labels", "English"),
    DeliverableLanguage.ES: QT_TRANSLATE_NOOP("Labels", "Spanish"),
}
_DELIVERABLE_ENUMS = (DeliverableKind, DeliverableStatus, DeliverableLanguage)

_COUNTRIES: dict[str, str] = {
    "AL": QT_TRANSLATE_NOOP("Countries", "Albania"),
    "AM": QT_TRANSLATE_NOOP("Countries", "Armenia"),
    "AR": QT_TRANSLATE_NOOP("Countries", "Argentina"),
    "BJ": QT_TRANSLATE_NOOP("Countries", "Benin"),
    "BO": QT_TRANSLATE_NOOP("Countries", "Bolivia"),
    "BF": QT_TRANSLATE_NOOP("Countries", "Burkina Faso"),
    "CV": QT_TRANSLATE_NOOP("Countries", "Cabo Verde"),
    "KH": QT_TRANSLATE_NOOP("Countries", "Cambodia"),
    "CM": QT_TRANSLATE_NOOP("Countries", "Cameroon"),
    "TD": QT_TRANSLATE_NOOP("Countries", "Chad"),
    "CO": QT_TRANSLATE_NOOP("Countries", "Colombia"),
    "CR": QT_TRANSLATE_NOOP("Countries", "Costa Rica"),
    "CI": QT_TRANSLATE_NOOP("Countries", "Côte d'Ivoire"),
    "DO": QT_TRANSLATE_NOOP("Countries", "Dominican Republic"),
    "EC": QT_TRANSLATE_NOOP("Countries", "Ecuador"),
    "EG": QT_TRANSLATE_NOOP("Countries", "Egypt"),
    "SV": QT_TRANSLATE_NOOP("Countries", "El Salvador"),
    "ET": QT_TRANSLATE_NOOP("Countries", "Ethiopia"),
    "GE": QT_TRANSLATE_NOOP("Countries", "Georgia"),
    "GH": QT_TRANSLATE_NOOP("Countries", "Ghana"),
    "GT": QT_TRANSLATE_NOOP("Countries", "Guatemala"),
    "HN": QT_TRANSLATE_NOOP("Countries", "Honduras"),
    "ID": QT_TRANSLATE_NOOP("Countries", "Indonesia"),
    "JO": QT_TRANSLATE_NOOP("Countries", "Jordan"),
    "KE": QT_TRANSLATE_NOOP("Countries", "Kenya"),
    "MG": QT_TRANSLATE_NOOP("Countries", "Madagascar"),
    "ML": QT_TRANSLATE_NOOP("Countries", "Mali"),
    "MR": QT_TRANSLATE_NOOP("Countries", "Mauritania"),
    "MX": QT_TRANSLATE_NOOP("Countries", "Mexico"),
    "MA": QT_TRANSLATE_NOOP("Countries", "Morocco"),
    "MZ": QT_TRANSLATE_NOOP("Countries", "Mozambique"),
    "NE": QT_TRANSLATE_NOOP("Countries", "Niger"),
    "PY": QT_TRANSLATE_NOOP("Countries", "Paraguay"),
    "PE": QT_TRANSLATE_NOOP("Countries", "Peru"),
    "PH": QT_TRANSLATE_NOOP("Countries", "Philippines"),
    "SN": QT_TRANSLATE_NOOP("Countries", "Senegal"),
    "TG": QT_TRANSLATE_NOOP("Countries", "Togo"),
    "TN": QT_TRANSLATE_NOOP("Countries", "Tunisia"),
    "UA": QT_TRANSLATE_NOOP("Countries", "Ukraine"),
    "UY": QT_TRANSLATE_NOOP("Countries", "Uruguay"),
    "VN": QT_TRANSLATE_NOOP("Countries", "Viet Nam"),
}


def label(value: Enum) -> str:
    """The translated name of an enumeration value, e.g. ``DayKind.TRAVEL`` -> "Voyage"."""
    if isinstance(value, _DELIVERABLE_ENUMS):
        return translate(_CONTEXT, _DELIVERABLE_LABELS[value])
    return translate(_CONTEXT, _LABELS[value])


def country_name(code: str) -> str:
    """The translated name of a partner country; the code itself when the country is not listed."""
    source = _COUNTRIES.get(code.upper())
    return translate("Countries", source) if source else code


def country_codes() -> list[str]:
    return sorted(_COUNTRIES)
