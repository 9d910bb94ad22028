"""The first sections of a new deliverable, per kind and language.

These titles are document content in the deliverable's own language (chosen when it is created), not
interface text: they stay as written whatever language the interface later switches to, so they live
here as plain strings rather than in the Qt catalogues (``collab`` never imports Qt).
"""

from __future__ import annotations

from socieux_desktop.domain.deliverables import DeliverableKind, DeliverableLanguage

K = DeliverableKind
L = DeliverableLanguage

TEMPLATES: dict[DeliverableKind, dict[DeliverableLanguage, tuple[str, ...]]] = {
    K.MISSION_REPORT: {
        L.EN: ("Introduction", "Context", "Activities", "Findings", "Recommendations", "Next steps"),
        L.FR: ("Introduction", "Contexte", "Activités", "Constats", "Recommandations", "Prochaines étapes"),
        L.ES: ("Introducción", "Contexto", "Actividades", "Hallazgos", "Recomendaciones", "Próximos pasos"),
    },
    K.DIAGNOSTIC: {
        L.EN: ("Summary", "Scope and method", "Current situation", "Strengths", "Weaknesses and gaps",
               "Conclusions"),
        L.FR: ("Synthèse", "Champ et méthode", "Situation actuelle", "Points forts",
               "Faiblesses et lacunes", "Conclusions"),
        L.ES: ("Resumen", "Alcance y método", "Situación actual", "Fortalezas", "Debilidades y brechas",
               "Conclusiones"),
    },
    K.RECOMMENDATIONS: {
        L.EN: ("Summary", "Context", "Recommendations", "Conditions for implementation", "Follow-up"),
        L.FR: ("Synthèse", "Contexte", "Recommandations", "Conditions de mise en œuvre", "Suivi"),
        L.ES: ("Resumen", "Contexto", "Recomendaciones", "Condiciones de implementación", "Seguimiento"),
    },
    K.ACTION_PLAN: {
        L.EN: ("Objectives", "Actions", "Responsibilities", "Timeline", "Resources", "Monitoring"),
        L.FR: ("Objectifs", "Actions", "Responsabilités", "Calendrier", "Ressources", "Suivi"),
        L.ES: ("Objetivos", "Acciones", "Responsabilidades", "Calendario", "Recursos", "Seguimiento"),
    },
    K.TRAINING_MATERIAL: {
        L.EN: ("Learning objectives", "Audience", "Programme", "Content", "Exercises", "Evaluation"),
        L.FR: ("Objectifs pédagogiques", "Public", "Programme", "Contenu", "Exercices", "Évaluation"),
        L.ES: ("Objetivos de aprendizaje", "Público", "Programa", "Contenido", "Ejercicios", "Evaluación"),
    },
    K.OTHER: {
        L.EN: ("Introduction",),
        L.FR: ("Introduction",),
        L.ES: ("Introducción",),
    },
}


def template_titles(kind: DeliverableKind, language: DeliverableLanguage) -> tuple[str, ...]:
    """The section titles a new deliverable of ``kind`` written in ``language`` starts with."""
    return TEMPLATES[kind][language]
