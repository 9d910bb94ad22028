"""The words of the PDFs in French, English and Spanish (the report's language, whatever the interface's).

A plain catalogue, not Qt's: the reports are made headless too and never import Qt. The names of the
domain's values (kinds of day, statuses, sexes, themes…) and of the countries are not written here but in
``domain.vocabulary``, which the interface reads too. Words follow the
glossary of DOMAIN.md. ``{name}`` placeholders are filled by ``text(language, key, **fields)``; every key
has the same placeholders in the three languages (tests/reports/test_texts.py checks it).
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from socieux_desktop.domain import vocabulary
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

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "footer.funding": "SOCIEUX+ is co-funded by the European Union, France, Spain and Belgium.",
        "footer.page": "page {page} of {pages}",
        "period": "from {start} to {end}",
        "yes": "yes",
        "no": "no",
        # the mission's facts
        "field.mission": "Mission",
        "field.action": "Action",
        "field.partner": "Partner institution",
        "field.country": "Country",
        "field.dates": "Dates",
        "field.modality": "Modality",
        "field.status": "Status",
        "field.timesheet_status": "Timesheet status",
        "field.workshop": "Workshop",
        "field.deliverable": "Deliverable",
        "field.started": "Started",
        "field.ended": "Ended",
        "field.date": "Date",
        "field.place": "Place",
        # timesheet
        "timesheet.title": "Timesheet",
        "timesheet.subject": "Timesheet of mission {code}",
        "timesheet.by_activity": "Days per expert and activity",
        "timesheet.by_kind": "Days per expert and kind of day",
        "timesheet.expert": "Expert",
        "timesheet.activity": "Activity",
        "timesheet.kind": "Kind of day",
        "timesheet.allocated": "Allocated days",
        "timesheet.worked": "Days worked",
        "timesheet.remaining": "Remaining",
        "timesheet.total": "Total",
        "timesheet.total_expert": "Total {name}",
        "timesheet.overrun": "over by {days}",
        "timesheet.overruns": "Days worked exceed the allocation: {lines}.",
        "timesheet.no_days": "No day has been logged on this mission yet.",
        "timesheet.no_team": "This mission has no expert in its team yet.",
        "timesheet.status_line": "Timesheet status: {status}",
        "timesheet.status_note.draft": "Draft: the expert has not submitted this timesheet yet.",
        "timesheet.status_note.submitted": "Submitted to headquarters; awaiting approval.",
        "timesheet.status_note.approved": "Approved by headquarters.",
        "timesheet.status_note.returned": "Returned by headquarters for changes.",
        "timesheet.days": "Days one by one",
        "timesheet.days_column": "Days",
        "timesheet.place_description": "Place, description",
        "timesheet.signatures": "Signatures",
        "timesheet.sign_expert": "The expert: {name}",
        "timesheet.sign_partner": "For the partner institution: {institution}",
        "timesheet.sign_partner_attests": "attests the days worked",
        "timesheet.sign_name": "Name and position",
        "timesheet.sign_date": "Date",
        "timesheet.sign_signature": "Signature",
        # attendance
        "attendance.title": "Attendance list",
        "attendance.subject": "Attendance list of a workshop of mission {code}",
        "attendance.number": "No.",
        "attendance.name": "Name",
        "attendance.institution": "Institution",
        "attendance.sex": "Sex",
        "attendance.signature": "Signature",
        "attendance.totals_sex": "Participants by sex",
        "attendance.totals_institution": "Participants by institution",
        "attendance.count": "Participants",
        "attendance.total": "Total",
        "attendance.no_institution": "(no institution given)",
        "attendance.none": "Nobody has joined this workshop.",
        "attendance.blank_note": "To fill in by hand during the workshop; please write clearly.",
        "attendance.sex_hint": "F / M",
        "attendance.in_progress": "in progress",
        # errors
        "error.language": "Unknown language “{language}”: use one of {languages}.",
        "error.kind": "Unknown report “{kind}”: use one of {kinds}.",
        "error.mission": "No mission has the id “{mission_id}” in this workspace.",
        "error.workshop": "No workshop of this mission has the id “{workshop_id}”.",
        "error.no_workshop": "Mission {code} has no workshop yet: start one from a deliverable "
                             "(Deliverables tab, Workshop), or print a blank attendance list with --blank.",
        "error.deliverable": "No deliverable of this mission has the id “{deliverable_id}”.",
        "error.choose_deliverable": "Say which deliverable (--deliverable ID); mission {code} has: {choices}",
        "error.no_deliverable": "Mission {code} has no deliverable yet.",
        "error.blank_rows": "A blank list has 1 to {most} rows, not {rows}: choose a number in that range.",
        "error.output": "Cannot write the PDF to {path} ({reason}): choose a folder you can write to.",
        # deliverables and the mission report
        "deliverable.field.kind": "Kind",
        "deliverable.field.title": "Title",
        "deliverable.field.language": "Language",
        "deliverable.subject": "{kind} of mission {code}",
        "deliverable.contents": "Contents",
        "deliverable.empty": "This deliverable is empty: nothing has been written in it yet.",
        "deliverable.empty_section": "Nothing has been written in this section yet.",
        "deliverable.image_unreadable": "[This file is not an image that can be printed: {path}]",
        # the Word file of a deliverable
        "docx.detached": "(on a passage since deleted: “{quote}”)",
        "mission_report.title": "Mission report",
        "mission_report.subject": "Report of mission {code}",
        "mission_report.facts": "The mission",
        "mission_report.activities": "Activities",
        "mission_report.themes": "Themes",
        "mission_report.cross_cutting": "Cross-cutting issues",
        "mission_report.team": "Team",
        "mission_report.counterparts": "Counterparts",
        "mission_report.none": "none",
        "mission_report.days": "Days allocated and consumed",
        "mission_report.by_activity": "By activity",
        "mission_report.by_expert": "By expert and activity",
        "mission_report.no_days": "No day has been allocated or logged on this mission yet.",
        "mission_report.workshops": "Workshops",
        "mission_report.participants": "Participants",
        "mission_report.women": "Women",
        "mission_report.men": "Men",
        "mission_report.sex_not_given": "Sex not given",
        "mission_report.no_workshops": "No workshop has been held on this mission yet.",
        "mission_report.deliverables": "Deliverables",
        "mission_report.no_deliverables": "This mission has no deliverable yet.",
        "mission_report.unknown": "(unknown)",
        # partner countries (as ui.labels lists them; another code prints as it is)
        # page furniture, signatures, attendance notices (issue 14)
        "header.funded": "Funded by the European Union",
        "and": "and",
        "header.mission": "Mission {code}",
        "watermark.draft": "DRAFT",
        "disclaimer": (
            "This document was produced with the financial support of the European Union. Its contents "
            "are the sole responsibility of {authors} and do not necessarily reflect the views of the "
            "European Union."),
        "disclaimer.authors_unknown": "the author(s)",
        "weekday.0": "Monday",
        "weekday.1": "Tuesday",
        "weekday.2": "Wednesday",
        "weekday.3": "Thursday",
        "weekday.4": "Friday",
        "weekday.5": "Saturday",
        "weekday.6": "Sunday",
        "date_with_weekday": "{weekday} {date}",
        "sign.place": "Place",
        "sign.place_date": "Place and date",
        "sign.stamp": "Stamp of the institution",
        "sign.hq": "For SOCIEUX+ headquarters: validation",
        "sign.hq_name": "Name of the coordinator",
        "sign.hq_decision": "Validated on",
        "attendance.times": "Time",
        "attendance.time_range": "from {start} to {end}",
        "attendance.time_from": "from {start}",
        "attendance.certify_title": "Certification by the organiser",
        "attendance.certify": (
            "I certify that the persons listed above attended this workshop on the date and at the "
            "place stated."),
        "attendance.organiser": "Name of the organiser",
        "attendance.privacy_title": "Personal data",
        "attendance.privacy": (
            "This list records the name, institution and sex of each participant. They are "
            "collected to prove attendance and for the gender-disaggregated reporting the European "
            "Union asks of the actions it funds. They are kept by SOCIEUX+ and its implementing "
            "agencies for the reporting of the action, and are not shared with anyone else. Stating "
            "one's sex is optional."),
        "deliverable.image_refused": ("[Image not printed: {path}. Only the pictures attached to this "
                                      "deliverable print; add it with Insert image… in the editor.]"),
    },
    "fr": {
        "footer.funding": "SOCIEUX+ est cofinancé par l’Union européenne, la France, l’Espagne "
                          "et la Belgique.",
        "footer.page": "page {page} sur {pages}",
        "period": "du {start} au {end}",
        "yes": "oui",
        "no": "non",
        "field.mission": "Mission",
        "field.action": "Action",
        "field.partner": "Institution partenaire",
        "field.country": "Pays",
        "field.dates": "Dates",
        "field.modality": "Modalité",
        "field.status": "Statut",
        "field.timesheet_status": "Statut de la feuille de temps",
        "field.workshop": "Atelier",
        "field.deliverable": "Livrable",
        "field.started": "Début",
        "field.ended": "Fin",
        "field.date": "Date",
        "field.place": "Lieu",
        "timesheet.title": "Feuille de temps",
        "timesheet.subject": "Feuille de temps de la mission {code}",
        "timesheet.by_activity": "Jours par expert et par activité",
        "timesheet.by_kind": "Jours par expert et par nature de journée",
        "timesheet.expert": "Expert",
        "timesheet.activity": "Activité",
        "timesheet.kind": "Nature de la journée",
        "timesheet.allocated": "Jours alloués",
        "timesheet.worked": "Jours travaillés",
        "timesheet.remaining": "Restant",
        "timesheet.total": "Total",
        "timesheet.total_expert": "Total {name}",
        "timesheet.overrun": "dépassement de {days}",
        "timesheet.overruns": "Les jours travaillés dépassent l’allocation : {lines}.",
        "timesheet.no_days": "Aucun jour n’a encore été saisi pour cette mission.",
        "timesheet.no_team": "Cette mission n’a encore aucun expert dans son équipe.",
        "timesheet.status_line": "Statut de la feuille de temps : {status}",
        "timesheet.status_note.draft": "Brouillon : l’expert n’a pas encore soumis cette feuille "
                                       "de temps.",
        "timesheet.status_note.submitted": "Soumise au siège ; en attente d’approbation.",
        "timesheet.status_note.approved": "Approuvée par le siège.",
        "timesheet.status_note.returned": "Renvoyée par le siège pour modification.",
        "timesheet.days": "Jours un par un",
        "timesheet.days_column": "Jours",
        "timesheet.place_description": "Lieu, description",
        "timesheet.signatures": "Signatures",
        "timesheet.sign_expert": "L’expert : {name}",
        "timesheet.sign_partner": "Pour l’institution partenaire : {institution}",
        "timesheet.sign_partner_attests": "atteste les jours travaillés",
        "timesheet.sign_name": "Nom et fonction",
        "timesheet.sign_date": "Date",
        "timesheet.sign_signature": "Signature",
        "attendance.title": "Liste de présence",
        "attendance.subject": "Liste de présence d’un atelier de la mission {code}",
        "attendance.number": "N°",
        "attendance.name": "Nom",
        "attendance.institution": "Institution",
        "attendance.sex": "Sexe",
        "attendance.signature": "Signature",
        "attendance.totals_sex": "Participants par sexe",
        "attendance.totals_institution": "Participants par institution",
        "attendance.count": "Participants",
        "attendance.total": "Total",
        "attendance.no_institution": "(institution non précisée)",
        "attendance.none": "Personne n’a rejoint cet atelier.",
        "attendance.blank_note": "À remplir à la main pendant l’atelier ; merci d’écrire lisiblement.",
        "attendance.sex_hint": "F / H",
        "attendance.in_progress": "en cours",
        "error.language": "Langue inconnue « {language} » : utilisez {languages}.",
        "error.kind": "Rapport inconnu « {kind} » : utilisez {kinds}.",
        "error.mission": "Aucune mission n’a l’identifiant « {mission_id} » dans cet espace de travail.",
        "error.workshop": "Aucun atelier de cette mission n’a l’identifiant « {workshop_id} ».",
        "error.no_workshop": "La mission {code} n’a encore aucun atelier : lancez-en un depuis un livrable "
                             "(onglet Livrables, Atelier), ou imprimez une liste de présence vierge avec "
                             "--blank.",
        "error.deliverable": "Aucun livrable de cette mission n’a l’identifiant « {deliverable_id} ».",
        "error.choose_deliverable": "Précisez le livrable (--deliverable ID) ; la mission {code} a : "
                                    "{choices}",
        "error.no_deliverable": "La mission {code} n’a encore aucun livrable.",
        "error.blank_rows": ("Une liste vierge a de 1 à {most} lignes, pas {rows} : choisissez un nombre "
                             "dans cet intervalle."),
        "error.output": "Impossible d’écrire le PDF dans {path} ({reason}) : choisissez un dossier où "
                        "vous pouvez écrire.",
        # deliverables and the mission report
        "deliverable.field.kind": "Type",
        "deliverable.field.title": "Titre",
        "deliverable.field.language": "Langue",
        "deliverable.subject": "{kind} de la mission {code}",
        "deliverable.contents": "Table des matières",
        "deliverable.empty": "Ce livrable est vide : rien n’y a encore été écrit.",
        "deliverable.empty_section": "Rien n’a encore été écrit dans cette section.",
        "deliverable.image_unreadable": "[Ce fichier n’est pas une image imprimable : {path}]",
        # the Word file of a deliverable
        "docx.detached": "(sur un passage supprimé depuis : « {quote} »)",
        "mission_report.title": "Rapport de mission",
        "mission_report.subject": "Rapport de la mission {code}",
        "mission_report.facts": "La mission",
        "mission_report.activities": "Activités",
        "mission_report.themes": "Thèmes",
        "mission_report.cross_cutting": "Thèmes transversaux",
        "mission_report.team": "Équipe",
        "mission_report.counterparts": "Homologues",
        "mission_report.none": "aucun",
        "mission_report.days": "Jours alloués et consommés",
        "mission_report.by_activity": "Par activité",
        "mission_report.by_expert": "Par expert et par activité",
        "mission_report.no_days": "Aucun jour n’a encore été alloué ni saisi sur cette mission.",
        "mission_report.workshops": "Ateliers",
        "mission_report.participants": "Participants",
        "mission_report.women": "Femmes",
        "mission_report.men": "Hommes",
        "mission_report.sex_not_given": "Sexe non précisé",
        "mission_report.no_workshops": "Aucun atelier n’a encore eu lieu sur cette mission.",
        "mission_report.deliverables": "Livrables",
        "mission_report.no_deliverables": "Cette mission n’a encore aucun livrable.",
        "mission_report.unknown": "(inconnu)",
        # partner countries (as ui.labels lists them; another code prints as it is)
        # page furniture, signatures, attendance notices (issue 14)
        "header.funded": "Financé par l’Union européenne",
        "and": "et",
        "header.mission": "Mission {code}",
        "watermark.draft": "BROUILLON",
        "disclaimer": (
            "Ce document a été réalisé avec le soutien financier de l’Union européenne. Son contenu "
            "relève de la seule responsabilité de {authors} et ne reflète pas nécessairement les "
            "opinions de l’Union européenne."),
        "disclaimer.authors_unknown": "son ou ses auteurs",
        "weekday.0": "lundi",
        "weekday.1": "mardi",
        "weekday.2": "mercredi",
        "weekday.3": "jeudi",
        "weekday.4": "vendredi",
        "weekday.5": "samedi",
        "weekday.6": "dimanche",
        "date_with_weekday": "{weekday} {date}",
        "sign.place": "Lieu",
        "sign.place_date": "Lieu et date",
        "sign.stamp": "Cachet de l’institution",
        "sign.hq": "Pour le siège de SOCIEUX+ : validation",
        "sign.hq_name": "Nom du coordinateur ou de la coordinatrice",
        "sign.hq_decision": "Validé le",
        "attendance.times": "Horaire",
        "attendance.time_range": "de {start} à {end}",
        "attendance.time_from": "à partir de {start}",
        "attendance.certify_title": "Certification par l’organisateur",
        "attendance.certify": (
            "Je certifie que les personnes inscrites ci-dessus ont participé à cet atelier à la date et"
            " au lieu indiqués."),
        "attendance.organiser": "Nom de l’organisateur ou de l’organisatrice",
        "attendance.privacy_title": "Données personnelles",
        "attendance.privacy": (
            "Cette liste enregistre le nom, l’institution et le sexe de chaque "
            "participant. Ces données sont recueillies pour attester la présence et pour les rapports "
            "ventilés par sexe que l’Union européenne demande aux actions qu’elle finance. Elles sont "
            "conservées par SOCIEUX+ et ses agences de mise en œuvre pour le suivi de l’action et ne "
            "sont communiquées à personne d’autre. Indiquer son sexe est facultatif."),
        "deliverable.image_refused": ("[Image non imprimée : {path}. Seules les images jointes à ce livrable "
                                      "s’impriment ; ajoutez-la avec Insérer une image… dans l’éditeur.]"),
    },
    "es": {
        "footer.funding": "SOCIEUX+ está cofinanciado por la Unión Europea, Francia, España y Bélgica.",
        "footer.page": "página {page} de {pages}",
        "period": "del {start} al {end}",
        "yes": "sí",
        "no": "no",
        "field.mission": "Misión",
        "field.action": "Acción",
        "field.partner": "Institución socia",
        "field.country": "País",
        "field.dates": "Fechas",
        "field.modality": "Modalidad",
        "field.status": "Estado",
        "field.timesheet_status": "Estado de la hoja de tiempo",
        "field.workshop": "Taller",
        "field.deliverable": "Entregable",
        "field.started": "Inicio",
        "field.ended": "Fin",
        "field.date": "Fecha",
        "field.place": "Lugar",
        "timesheet.title": "Hoja de tiempo",
        "timesheet.subject": "Hoja de tiempo de la misión {code}",
        "timesheet.by_activity": "Días por experto y actividad",
        "timesheet.by_kind": "Días por experto y tipo de jornada",
        "timesheet.expert": "Experto",
        "timesheet.activity": "Actividad",
        "timesheet.kind": "Tipo de jornada",
        "timesheet.allocated": "Días asignados",
        "timesheet.worked": "Días trabajados",
        "timesheet.remaining": "Restantes",
        "timesheet.total": "Total",
        "timesheet.total_expert": "Total {name}",
        "timesheet.overrun": "exceso de {days}",
        "timesheet.overruns": "Los días trabajados superan la asignación: {lines}.",
        "timesheet.no_days": "Todavía no se ha registrado ningún día en esta misión.",
        "timesheet.no_team": "Esta misión todavía no tiene ningún experto en su equipo.",
        "timesheet.status_line": "Estado de la hoja de tiempo: {status}",
        "timesheet.status_note.draft": "Borrador: el experto todavía no ha presentado esta hoja de tiempo.",
        "timesheet.status_note.submitted": "Presentada a la sede; pendiente de aprobación.",
        "timesheet.status_note.approved": "Aprobada por la sede.",
        "timesheet.status_note.returned": "Devuelta por la sede para cambios.",
        "timesheet.days": "Días uno por uno",
        "timesheet.days_column": "Días",
        "timesheet.place_description": "Lugar, descripción",
        "timesheet.signatures": "Firmas",
        "timesheet.sign_expert": "El experto: {name}",
        "timesheet.sign_partner": "Por la institución socia: {institution}",
        "timesheet.sign_partner_attests": "certifica los días trabajados",
        "timesheet.sign_name": "Nombre y cargo",
        "timesheet.sign_date": "Fecha",
        "timesheet.sign_signature": "Firma",
        "attendance.title": "Lista de asistencia",
        "attendance.subject": "Lista de asistencia de un taller de la misión {code}",
        "attendance.number": "N.º",
        "attendance.name": "Nombre",
        "attendance.institution": "Institución",
        "attendance.sex": "Sexo",
        "attendance.signature": "Firma",
        "attendance.totals_sex": "Participantes por sexo",
        "attendance.totals_institution": "Participantes por institución",
        "attendance.count": "Participantes",
        "attendance.total": "Total",
        "attendance.no_institution": "(institución no indicada)",
        "attendance.none": "Nadie se ha unido a este taller.",
        "attendance.blank_note": "Para rellenar a mano durante el taller; escriba con claridad, por favor.",
        "attendance.sex_hint": "M / H",
        "attendance.in_progress": "en curso",
        "error.language": "Idioma desconocido «{language}»: utilice {languages}.",
        "error.kind": "Informe desconocido «{kind}»: utilice {kinds}.",
        "error.mission": "Ninguna misión tiene el identificador «{mission_id}» en este espacio de trabajo.",
        "error.workshop": "Ningún taller de esta misión tiene el identificador «{workshop_id}».",
        "error.no_workshop": "La misión {code} todavía no tiene ningún taller: inicie uno desde un "
                             "entregable (pestaña Entregables, Taller), o imprima una lista de asistencia "
                             "en blanco con --blank.",
        "error.deliverable": "Ningún entregable de esta misión tiene el identificador «{deliverable_id}».",
        "error.choose_deliverable": "Indique el entregable (--deliverable ID); la misión {code} tiene: "
                                    "{choices}",
        "error.no_deliverable": "La misión {code} todavía no tiene ningún entregable.",
        "error.blank_rows": ("Una lista en blanco tiene de 1 a {most} filas, no {rows}: elija un número "
                             "en ese intervalo."),
        "error.output": "No se puede escribir el PDF en {path} ({reason}): elija una carpeta en la que "
                        "pueda escribir.",
        # deliverables and the mission report
        "deliverable.field.kind": "Tipo",
        "deliverable.field.title": "Título",
        "deliverable.field.language": "Idioma",
        "deliverable.subject": "{kind} de la misión {code}",
        "deliverable.contents": "Índice",
        "deliverable.empty": "Este entregable está vacío: todavía no se ha escrito nada en él.",
        "deliverable.empty_section": "Todavía no se ha escrito nada en esta sección.",
        "deliverable.image_unreadable": "[Este archivo no es una imagen que se pueda imprimir: {path}]",
        # the Word file of a deliverable
        "docx.detached": "(sobre un pasaje suprimido después: «{quote}»)",
        "mission_report.title": "Informe de misión",
        "mission_report.subject": "Informe de la misión {code}",
        "mission_report.facts": "La misión",
        "mission_report.activities": "Actividades",
        "mission_report.themes": "Temas",
        "mission_report.cross_cutting": "Temas transversales",
        "mission_report.team": "Equipo",
        "mission_report.counterparts": "Contrapartes",
        "mission_report.none": "ninguno",
        "mission_report.days": "Días asignados y consumidos",
        "mission_report.by_activity": "Por actividad",
        "mission_report.by_expert": "Por experto y actividad",
        "mission_report.no_days": "Todavía no se ha asignado ni registrado ningún día en esta misión.",
        "mission_report.workshops": "Talleres",
        "mission_report.participants": "Participantes",
        "mission_report.women": "Mujeres",
        "mission_report.men": "Hombres",
        "mission_report.sex_not_given": "Sexo no indicado",
        "mission_report.no_workshops": "Todavía no se ha celebrado ningún taller en esta misión.",
        "mission_report.deliverables": "Entregables",
        "mission_report.no_deliverables": "Esta misión todavía no tiene ningún entregable.",
        "mission_report.unknown": "(desconocido)",
        # partner countries (as ui.labels lists them; another code prints as it is)
        # page furniture, signatures, attendance notices (issue 14)
        "header.funded": "Financiado por la Unión Europea",
        "and": "y",
        "header.mission": "Misión {code}",
        "watermark.draft": "BORRADOR",
        "disclaimer": (
            "Este documento se ha realizado con la ayuda financiera de la Unión Europea. Su contenido "
            "es responsabilidad exclusiva de {authors} y no refleja necesariamente la opinión de la "
            "Unión Europea."),
        "disclaimer.authors_unknown": "su autor o sus autores",
        "weekday.0": "lunes",
        "weekday.1": "martes",
        "weekday.2": "miércoles",
        "weekday.3": "jueves",
        "weekday.4": "viernes",
        "weekday.5": "sábado",
        "weekday.6": "domingo",
        "date_with_weekday": "{weekday}, {date}",
        "sign.place": "Lugar",
        "sign.place_date": "Lugar y fecha",
        "sign.stamp": "Sello de la institución",
        "sign.hq": "Para la sede de SOCIEUX+: validación",
        "sign.hq_name": "Nombre del coordinador o de la coordinadora",
        "sign.hq_decision": "Validado el",
        "attendance.times": "Horario",
        "attendance.time_range": "de {start} a {end}",
        "attendance.time_from": "desde las {start}",
        "attendance.certify_title": "Certificación del organizador",
        "attendance.certify": (
            "Certifico que las personas que figuran en esta lista asistieron a este taller en la fecha "
            "y el lugar indicados."),
        "attendance.organiser": "Nombre del organizador o de la organizadora",
        "attendance.privacy_title": "Datos personales",
        "attendance.privacy": (
            "Esta lista registra el nombre, la institución y el sexo de cada participante. Se"
            " recogen para acreditar la asistencia y para los informes desglosados por sexo que la "
            "Unión Europea pide a las acciones que financia. Los conservan SOCIEUX+ y sus agencias de "
            "implementación para el seguimiento de la acción y no se comunican a nadie más. Indicar el "
            "sexo es opcional."),
        "deliverable.image_refused": ("[Imagen no impresa: {path}. Solo se imprimen las imágenes adjuntas a "
                                      "este entregable; añádala con Insertar imagen… en el editor.]"),
    },
}


_VOCABULARY_KEYS: dict[type[Enum], str] = {
    Modality: "modality", MissionStatus: "mission_status", TimesheetStatus: "timesheet_status",
    DayKind: "day_kind", TeamRole: "role", Sex: "sex", Theme: "mission_report.theme",
    CrossCuttingIssue: "mission_report.issue", DeliverableKind: "deliverable.kind",
    DeliverableStatus: "deliverable.status", DeliverableLanguage: "deliverable.language",
}


def _add_vocabulary() -> None:
    """The names of the domain's values and of the countries, from ``domain.vocabulary`` (written once
    for the interface and the PDFs), as ``<kind>.<value>`` and ``country.<code>`` keys."""
    for table in (vocabulary.LABELS, vocabulary.DELIVERABLE_LABELS):
        for value, words in table.items():
            for language, catalogue in TEXTS.items():
                catalogue[f"{_VOCABULARY_KEYS[type(value)]}.{value.value}"] = words[language]
    for code, words in vocabulary.COUNTRIES.items():
        for language, catalogue in TEXTS.items():
            catalogue[f"country.{code}"] = words[language]


_add_vocabulary()


def text(language: str, key: str, /, **fields: Any) -> str:
    """The text of ``key`` in ``language`` (English if the language is unknown), ``fields`` filled in.

    An unknown key raises ``KeyError``: a report never prints a key name instead of words."""
    catalogue = TEXTS.get(language, TEXTS["en"])
    template = catalogue[key]
    return template.format(**fields) if fields else template


def has_text(key: str) -> bool:
    return key in TEXTS["en"]
