"""The words for the domain's values and the partner countries, in the three languages, written once: the
interface (``ui.labels``) and the PDFs (``reports.texts``) both read them here, so a status or a country
is named the same on the screen and on paper (they differed: "Côte d'Ivoire" and "Côte d’Ivoire", "Viet Nam"
and "Vietnam").

Pure data: no Qt, no I/O. A label is written as it stands alone (a list, a table cell, after a colon):
capital first. ``count`` says a number with its noun in the plural form the number takes."""

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

LANGUAGES = ("en", "fr", "es")

LABELS: dict[Enum, dict[str, str]] = {
    Modality.ON_SITE: {"en": "On site", "fr": "Sur place", "es": "Presencial"},
    Modality.REMOTE: {"en": "Remote", "fr": "À distance", "es": "A distancia"},
    Modality.HYBRID: {"en": "Hybrid", "fr": "Hybride", "es": "Híbrida"},
    DayKind.ON_SITE_WORK: {"en": "On-site work", "fr": "Travail sur place", "es": "Trabajo presencial"},
    DayKind.REMOTE_WORK: {"en": "Remote work", "fr": "Travail à distance", "es": "Trabajo a distancia"},
    DayKind.TRAVEL: {"en": "Travel", "fr": "Voyage", "es": "Viaje"},
    DayKind.PREPARATION: {"en": "Preparation", "fr": "Préparation", "es": "Preparación"},
    DayKind.REPORTING: {"en": "Reporting", "fr": "Rédaction du rapport", "es": "Redacción del informe"},
    MissionStatus.PLANNED: {"en": "Planned", "fr": "Prévue", "es": "Prevista"},
    MissionStatus.ONGOING: {"en": "Ongoing", "fr": "En cours", "es": "En curso"},
    MissionStatus.COMPLETED: {"en": "Completed", "fr": "Terminée", "es": "Terminada"},
    MissionStatus.CANCELLED: {"en": "Cancelled", "fr": "Annulée", "es": "Cancelada"},
    TimesheetStatus.DRAFT: {"en": "Draft", "fr": "Brouillon", "es": "Borrador"},
    TimesheetStatus.SUBMITTED: {"en": "Submitted", "fr": "Soumis", "es": "Presentado"},
    TimesheetStatus.APPROVED: {"en": "Approved", "fr": "Approuvé", "es": "Aprobado"},
    TimesheetStatus.RETURNED: {
        "en": "Returned for changes",
        "fr": "Renvoyé pour modification",
        "es": "Devuelto para cambios",
    },
    TeamRole.LEAD_EXPERT: {"en": "Lead expert", "fr": "Expert principal", "es": "Experto principal"},
    TeamRole.EXPERT: {"en": "Expert", "fr": "Expert", "es": "Experto"},
    Sex.FEMALE: {"en": "Female", "fr": "Femme", "es": "Mujer"},
    Sex.MALE: {"en": "Male", "fr": "Homme", "es": "Hombre"},
    Sex.UNSPECIFIED: {"en": "Not specified", "fr": "Non précisé", "es": "No especificado"},
    Theme.PENSIONS: {"en": "Pensions", "fr": "Retraites", "es": "Pensiones"},
    Theme.HEALTH_COVERAGE: {
        "en": "Health insurance and universal health coverage",
        "fr": "Assurance maladie et couverture sanitaire universelle",
        "es": "Seguro de salud y cobertura sanitaria universal",
    },
    Theme.SOCIAL_ASSISTANCE: {
        "en": "Social assistance",
        "fr": "Assistance sociale",
        "es": "Asistencia social",
    },
    Theme.DISABILITY: {"en": "Disability", "fr": "Handicap", "es": "Discapacidad"},
    Theme.OLDER_PEOPLE: {"en": "Older people", "fr": "Personnes âgées", "es": "Personas mayores"},
    Theme.CHILDREN: {"en": "Children", "fr": "Enfance", "es": "Infancia"},
    Theme.MIGRANTS_ATYPICAL_WORKERS: {
        "en": "Migrants and atypical workers",
        "fr": "Migrants et travailleurs atypiques",
        "es": "Migrantes y trabajadores atípicos",
    },
    Theme.INFORMATION_SYSTEMS: {
        "en": "Information systems",
        "fr": "Systèmes d'information",
        "es": "Sistemas de información",
    },
    Theme.GOVERNANCE: {
        "en": "Governance, HR and finance of institutions",
        "fr": "Gouvernance, RH et finances des institutions",
        "es": "Gobernanza, RR. HH. y finanzas de las instituciones",
    },
    Theme.INFORMAL_ECONOMY: {
        "en": "Formalising the informal economy",
        "fr": "Formalisation de l'économie informelle",
        "es": "Formalización de la economía informal",
    },
    Theme.GREEN_JOBS: {"en": "Green jobs", "fr": "Emplois verts", "es": "Empleos verdes"},
    Theme.OCCUPATIONAL_SAFETY: {
        "en": "Occupational safety and health",
        "fr": "Santé et sécurité au travail",
        "es": "Seguridad y salud en el trabajo",
    },
    Theme.PUBLIC_EMPLOYMENT_SERVICES: {
        "en": "Public employment services",
        "fr": "Services publics de l'emploi",
        "es": "Servicios públicos de empleo",
    },
    Theme.VOCATIONAL_TRAINING: {
        "en": "Vocational training and skills",
        "fr": "Formation professionnelle et compétences",
        "es": "Formación profesional y competencias",
    },
    Theme.SOCIAL_DIALOGUE: {"en": "Social dialogue", "fr": "Dialogue social", "es": "Diálogo social"},
    CrossCuttingIssue.GENDER_EQUALITY: {
        "en": "Gender equality",
        "fr": "Égalité de genre",
        "es": "Igualdad de género",
    },
    CrossCuttingIssue.ENVIRONMENT: {"en": "Environment", "fr": "Environnement", "es": "Medio ambiente"},
    CrossCuttingIssue.REDUCING_INEQUALITY: {
        "en": "Reducing inequality",
        "fr": "Réduction des inégalités",
        "es": "Reducción de las desigualdades",
    },
}
"""The name of each value of the domain's enumerations (but the deliverables': ``DELIVERABLE_LABELS``)."""

DELIVERABLE_LABELS: dict[Enum, dict[str, str]] = {
    DeliverableKind.MISSION_REPORT: {
        "en": "Mission report",
        "fr": "Rapport de mission",
        "es": "Informe de misión",
    },
    DeliverableKind.DIAGNOSTIC: {"en": "Diagnostic", "fr": "Diagnostic", "es": "Diagnóstico"},
    DeliverableKind.RECOMMENDATIONS: {
        "en": "Recommendations",
        "fr": "Recommandations",
        "es": "Recomendaciones",
    },
    DeliverableKind.ACTION_PLAN: {"en": "Action plan", "fr": "Plan d'action", "es": "Plan de acción"},
    DeliverableKind.TRAINING_MATERIAL: {
        "en": "Training material",
        "fr": "Support de formation",
        "es": "Material de formación",
    },
    DeliverableKind.OTHER: {"en": "Other", "fr": "Autre", "es": "Otro"},
    DeliverableStatus.DRAFT: {"en": "Draft", "fr": "Brouillon", "es": "Borrador"},
    DeliverableStatus.SHARED: {
        "en": "Shared with counterparts",
        "fr": "Partagé avec les homologues",
        "es": "Compartido con las contrapartes",
    },
    DeliverableStatus.SUBMITTED: {
        "en": "Submitted to headquarters",
        "fr": "Soumis au siège",
        "es": "Enviado a la sede",
    },
    DeliverableStatus.APPROVED: {"en": "Approved", "fr": "Approuvé", "es": "Aprobado"},
    DeliverableStatus.RETURNED: {
        "en": "Returned with comments",
        "fr": "Renvoyé avec commentaires",
        "es": "Devuelto con comentarios",
    },
    DeliverableLanguage.FR: {"en": "French", "fr": "Français", "es": "Francés"},
    DeliverableLanguage.EN: {"en": "English", "fr": "Anglais", "es": "Inglés"},
    DeliverableLanguage.ES: {"en": "Spanish", "fr": "Espagnol", "es": "Español"},
}
"""Apart: a StrEnum member equals its value, so ``DeliverableStatus.SUBMITTED`` and
``TimesheetStatus.SUBMITTED`` would be one key of ``LABELS`` (and the timesheet would read "Submitted to
headquarters")."""

COUNTRIES: dict[str, dict[str, str]] = {
    "AL": {"en": "Albania", "fr": "Albanie", "es": "Albania"},
    "AM": {"en": "Armenia", "fr": "Arménie", "es": "Armenia"},
    "AR": {"en": "Argentina", "fr": "Argentine", "es": "Argentina"},
    "BJ": {"en": "Benin", "fr": "Bénin", "es": "Benín"},
    "BO": {"en": "Bolivia", "fr": "Bolivie", "es": "Bolivia"},
    "BF": {"en": "Burkina Faso", "fr": "Burkina Faso", "es": "Burkina Faso"},
    "CV": {"en": "Cabo Verde", "fr": "Cabo Verde", "es": "Cabo Verde"},
    "KH": {"en": "Cambodia", "fr": "Cambodge", "es": "Camboya"},
    "CM": {"en": "Cameroon", "fr": "Cameroun", "es": "Camerún"},
    "TD": {"en": "Chad", "fr": "Tchad", "es": "Chad"},
    "CO": {"en": "Colombia", "fr": "Colombie", "es": "Colombia"},
    "CR": {"en": "Costa Rica", "fr": "Costa Rica", "es": "Costa Rica"},
    "CI": {"en": "Côte d'Ivoire", "fr": "Côte d'Ivoire", "es": "Côte d'Ivoire"},
    "DO": {"en": "Dominican Republic", "fr": "République dominicaine", "es": "República Dominicana"},
    "EC": {"en": "Ecuador", "fr": "Équateur", "es": "Ecuador"},
    "EG": {"en": "Egypt", "fr": "Égypte", "es": "Egipto"},
    "SV": {"en": "El Salvador", "fr": "El Salvador", "es": "El Salvador"},
    "ET": {"en": "Ethiopia", "fr": "Éthiopie", "es": "Etiopía"},
    "GE": {"en": "Georgia", "fr": "Géorgie", "es": "Georgia"},
    "GH": {"en": "Ghana", "fr": "Ghana", "es": "Ghana"},
    "GT": {"en": "Guatemala", "fr": "Guatemala", "es": "Guatemala"},
    "HN": {"en": "Honduras", "fr": "Honduras", "es": "Honduras"},
    "ID": {"en": "Indonesia", "fr": "Indonésie", "es": "Indonesia"},
    "JO": {"en": "Jordan", "fr": "Jordanie", "es": "Jordania"},
    "KE": {"en": "Kenya", "fr": "Kenya", "es": "Kenia"},
    "MG": {"en": "Madagascar", "fr": "Madagascar", "es": "Madagascar"},
    "ML": {"en": "Mali", "fr": "Mali", "es": "Malí"},
    "MR": {"en": "Mauritania", "fr": "Mauritanie", "es": "Mauritania"},
    "MX": {"en": "Mexico", "fr": "Mexique", "es": "México"},
    "MA": {"en": "Morocco", "fr": "Maroc", "es": "Marruecos"},
    "MZ": {"en": "Mozambique", "fr": "Mozambique", "es": "Mozambique"},
    "NE": {"en": "Niger", "fr": "Niger", "es": "Níger"},
    "PY": {"en": "Paraguay", "fr": "Paraguay", "es": "Paraguay"},
    "PE": {"en": "Peru", "fr": "Pérou", "es": "Perú"},
    "PH": {"en": "Philippines", "fr": "Philippines", "es": "Filipinas"},
    "SN": {"en": "Senegal", "fr": "Sénégal", "es": "Senegal"},
    "TG": {"en": "Togo", "fr": "Togo", "es": "Togo"},
    "TN": {"en": "Tunisia", "fr": "Tunisie", "es": "Túnez"},
    "UA": {"en": "Ukraine", "fr": "Ukraine", "es": "Ucrania"},
    "UY": {"en": "Uruguay", "fr": "Uruguay", "es": "Uruguay"},
    "VN": {"en": "Viet Nam", "fr": "Viet Nam", "es": "Viet Nam"},
}
"""Partner countries by ISO 3166 code, as the United Nations name them in each language."""


def label_of(value: Enum, language: str) -> str:
    """The name of a domain value in ``language`` (English for a language not spoken)."""
    deliverable = isinstance(value, DeliverableKind | DeliverableStatus | DeliverableLanguage)
    words = (DELIVERABLE_LABELS if deliverable else LABELS)[value]
    return words.get(language, words["en"])


def country_of(code: str, language: str) -> str:
    """A partner country's name in ``language``; the code itself for a country not listed."""
    words = COUNTRIES.get(code.upper())
    return words.get(language, words["en"]) if words else code


PLURAL_FORMS: dict[str, dict[str, tuple[str, str]]] = {
    "day": {"en": ("day", "days"), "fr": ("jour", "jours"), "es": ("día", "días")},
}
"""Nouns that a number counts, singular and plural, by language."""


def count(number: float, noun: str, language: str, written: str | None = None) -> str:
    """``number`` (as ``written``, else as is) with ``noun`` in the form it takes: "1 day", "0 days",
    "1,5 jour" and "0 jour" in French (where 0 and numbers under 2 take the singular), "1 día", "0 días"."""
    singular, plural = PLURAL_FORMS[noun].get(language, PLURAL_FORMS[noun]["en"])
    one = abs(number) < 2 if language == "fr" else number == 1
    return f"{written if written is not None else number} {singular if one else plural}"
