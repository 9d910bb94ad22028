"""What the sync tells a person, in French, English and Spanish, without Qt: the words of ``socieux sync``.

The desktop app says the same sentences through Qt's translations (``ui/sync_panel.py``, whose templates
are these, word for word: tests/sync/test_texts.py compares them with the three ``.ts`` catalogues).
Which sentence a failure gets is decided here once (:func:`sentence_key`), for both.

A sentence may hold the parts that differ between the app and the command line: ``{retry}`` (what happens
next: the app tries again by itself; on the command line, run it again) and ``{sign_in}`` (where to sign
in). The command line's parts are in this catalogue (``cli.*``); the app's in ``ui/sync_panel.py``.

The command line speaks the language given with ``--lang``, else the one the workspace remembers (the
app's interface language setting), else the environment's (``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else
English (:func:`pick_language`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from socieux_desktop.sync.client import HUB_BUSY, NOT_THE_HUB, TLS_FAILURE, Problem, SyncError
from socieux_desktop.sync.protocol import HEADQUARTERS_ONLY, UNSUPPORTED_PROTOCOL

LANGUAGES: Final = ("fr", "en", "es")
DEFAULT_LANGUAGE: Final = "en"
LANGUAGE_SETTING: Final = "language"
"""The workspace setting that holds the interface language (the app's settings dialog writes it)."""
CLOCK_TOLERANCE_SECONDS: Final = 300.0
"""Beyond this, the person is told that their computer's clock is off."""

# The codes of SyncError that have their own sentence (the others get their category's).
DEMO_WORKSPACE: Final = "demo_workspace"
"""The code of the refusal to sync a demo workspace (``engine.refuse_demo``)."""
PENDING_CHANGES: Final = "pending_changes"
"""The code of the refusal to sign in as someone else, or out, while changes wait to be sent."""
FORBIDDEN: Final = "forbidden"
"""The hub's code for a write outside what the user may write (a mission they are not assigned to)."""
UNEXPECTED: Final = "unexpected"
"""The code given to a failure that is not a :class:`SyncError` (a bug, a disk error)."""
CODES: Final = (TLS_FAILURE, DEMO_WORKSPACE, PENDING_CHANGES, UNSUPPORTED_PROTOCOL, FORBIDDEN,
                HEADQUARTERS_ONLY, UNEXPECTED, NOT_THE_HUB, HUB_BUSY)

TEXTS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "problem.no_connection": "No connection to the hub. Your changes are kept on this computer. {retry}",
        "problem.login_needed": (
            "Your sign-in has ended. Sign in again ({sign_in}) to keep syncing; nothing is lost "
            "meanwhile."
        ),
        "problem.refused": (
            "The hub refused the sync. It said: “{reason}”. Tell headquarters if you cannot correct it "
            "yourself."
        ),
        "problem.hub_error": (
            "The hub had a problem on its side. Nothing is lost. {retry} Tell headquarters if this goes "
            "on."
        ),
        "code.tls_failure": (
            "The hub's certificate could not be verified, so nothing was sent. On a hotel or airport "
            "Wi-Fi, open a web page first to sign in to the network. Otherwise check the hub address; if "
            "headquarters uses its own certificate authority, ask them for its file."
        ),
        "code.demo_workspace": (
            "This is a demo workspace: it never syncs with headquarters, so its made-up missions stay "
            "out of the real data. Start your own workspace (File > Start my own workspace…) and sign in "
            "from there."
        ),
        "code.pending_changes": (
            "Changes made under the current sign-in are not sent yet. Sync them first, or sign out (and "
            "confirm) before signing in as someone else."
        ),
        "code.unsupported_protocol": (
            "This version of the app and the hub do not speak the same sync protocol. Update the app, or "
            "ask headquarters."
        ),
        "code.forbidden": (
            "The hub refused changes to a mission you are not assigned to. Ask headquarters to assign "
            "you to it. The hub said: “{reason}”"
        ),
        "code.headquarters_only": (
            "Some changes are for headquarters only: approving or returning a deliverable or a "
            "timesheet (or undoing what headquarters approved or returned), a mission's team and "
            "allocated days, other people's details. The hub refused them, and they were undone on this "
            "computer; the rest of your work, text included, was synced."
        ),
        "code.unexpected": (
            "The sync stopped on an unexpected error ({reason}). Nothing is lost; try again, and tell "
            "headquarters if it goes on."
        ),
        "code.not_the_hub": (
            "Something other than the hub answered: a network's sign-in page (as in hotels and "
            "airports), a proxy, or a wrong hub address. Open a web page in your browser to sign in to "
            "the network, or check the hub address. Your changes are kept on this computer. {retry}"
        ),
        "code.hub_busy": "The hub is busy and asked to wait about {minutes} min. Nothing is lost. {retry}",
        "clock.ahead": (
            "Your computer's clock is {amount} ahead of the hub's. Set this computer's date, time and "
            "time zone right in the system settings: your changes are synced all the same, but their "
            "dates come from this clock."
        ),
        "clock.behind": (
            "Your computer's clock is {amount} behind the hub's. Set this computer's date, time and time "
            "zone right in the system settings: your changes are synced all the same, but their dates "
            "come from this clock."
        ),
        "clock.minutes": "{count} minutes",
        "clock.hours": "{count} hours",
        "clock.days": "{count} days",
        "cli.retry": "Check the connection and run “socieux sync” again.",
        "cli.sign_in": "socieux login",
        "cli.synced": "Synced. Changes sent: {pushed}; received: {pulled}; waiting to be sent: {pending}.",
        "cli.progress": "Syncing… changes sent: {sent} of {to_send}; received: {received}",
        "cli.interrupted": (
            "Sync interrupted. Nothing is lost: what was not sent yet waits for the next “socieux sync”."
        ),
        "cli.findings": (
            "Day entries to check ({count}): merged with other computers' changes, they break a rule. "
            "Both sides were kept; correct or delete an entry in the day log, then run “socieux sync” "
            "again."
        ),
        "cli.workspace": "Cannot open the workspace: {reason}",
    },
    "fr": {
        "problem.no_connection": (
            "Pas de connexion au hub. Vos modifications sont conservées sur cet ordinateur. {retry}"
        ),
        "problem.login_needed": (
            "Votre connexion a expiré. Reconnectez-vous ({sign_in}) pour continuer à synchroniser ; rien "
            "n'est perdu entre-temps."
        ),
        "problem.refused": (
            "Le hub a refusé la synchronisation. Il a répondu : « {reason} ». Prévenez le siège si vous "
            "ne pouvez pas corriger vous-même."
        ),
        "problem.hub_error": (
            "Le hub a rencontré un problème de son côté. Rien n'est perdu. {retry} Prévenez le siège si "
            "cela continue."
        ),
        "code.tls_failure": (
            "Le certificat du hub n'a pas pu être vérifié : rien n'a été envoyé. Sur le Wi-Fi d'un hôtel "
            "ou d'un aéroport, ouvrez d'abord une page web pour vous connecter au réseau. Sinon, "
            "vérifiez l'adresse du hub ; si le siège utilise sa propre autorité de certification, "
            "demandez-lui son fichier."
        ),
        "code.demo_workspace": (
            "Ceci est un espace de démonstration : il n'est jamais synchronisé avec le siège, afin que "
            "ses missions fictives restent hors des données réelles. Démarrez votre propre espace "
            "(Fichier > Démarrer mon propre espace de travail…) et connectez-vous depuis celui-ci."
        ),
        "code.pending_changes": (
            "Des modifications faites sous la connexion actuelle ne sont pas encore envoyées. "
            "Synchronisez-les d'abord, ou déconnectez-vous (et confirmez) avant de vous connecter sous "
            "un autre nom."
        ),
        "code.unsupported_protocol": (
            "Cette version de l'application et le hub ne parlent pas le même protocole de "
            "synchronisation. Mettez à jour l'application ou contactez le siège."
        ),
        "code.forbidden": (
            "Le hub a refusé des modifications d'une mission à laquelle vous n'êtes pas affecté. "
            "Demandez au siège de vous y affecter. Le hub a répondu : « {reason} »"
        ),
        "code.headquarters_only": (
            "Certaines modifications sont réservées au siège : approuver ou renvoyer un livrable ou une "
            "feuille de temps (ou revenir sur ce que le siège a approuvé ou renvoyé), l’équipe d’une "
            "mission et ses jours alloués, les coordonnées d’autres personnes. Le serveur central les a "
            "refusées, et elles ont été annulées sur cet ordinateur ; le reste de votre travail, texte "
            "compris, a été synchronisé."
        ),
        "code.unexpected": (
            "La synchronisation s'est arrêtée sur une erreur inattendue ({reason}). Rien n'est perdu ; "
            "réessayez et prévenez le siège si cela continue."
        ),
        "code.not_the_hub": (
            "Ce n'est pas le hub qui a répondu, mais la page de connexion d'un réseau (comme dans les "
            "hôtels et les aéroports), un proxy, ou une mauvaise adresse de hub. Ouvrez une page web "
            "dans votre navigateur pour vous connecter au réseau, ou vérifiez l'adresse du hub. Vos "
            "modifications sont conservées sur cet ordinateur. {retry}"
        ),
        "code.hub_busy": (
            "Le hub est occupé et a demandé d'attendre environ {minutes} min. Rien n'est perdu. {retry}"
        ),
        "clock.ahead": (
            "L'horloge de votre ordinateur avance de {amount} sur celle du hub. Réglez la date, l'heure "
            "et le fuseau horaire de cet ordinateur dans les paramètres du système : vos modifications "
            "sont synchronisées quand même, mais leurs dates viennent de cette horloge."
        ),
        "clock.behind": (
            "L'horloge de votre ordinateur retarde de {amount} sur celle du hub. Réglez la date, l'heure "
            "et le fuseau horaire de cet ordinateur dans les paramètres du système : vos modifications "
            "sont synchronisées quand même, mais leurs dates viennent de cette horloge."
        ),
        "clock.minutes": "{count} minutes",
        "clock.hours": "{count} heures",
        "clock.days": "{count} jours",
        "cli.retry": "Vérifiez la connexion et relancez « socieux sync ».",
        "cli.sign_in": "socieux login",
        "cli.synced": (
            "Synchronisation faite. Modifications envoyées : {pushed} ; reçues : {pulled} ; en attente "
            "d'envoi : {pending}."
        ),
        "cli.progress": (
            "Synchronisation… modifications envoyées : {sent} sur {to_send} ; reçues : {received}"),
        "cli.interrupted": (
            "Synchronisation interrompue. Rien n'est perdu : ce qui n'est pas encore envoyé attend le "
            "prochain « socieux sync »."
        ),
        "cli.findings": (
            "Journées à vérifier ({count}) : fusionnées avec les modifications d'autres ordinateurs, elles "
            "enfreignent une règle. Les deux côtés sont conservés ; corrigez ou supprimez une saisie dans le "
            "journal des jours, puis relancez « socieux sync »."
        ),
        "cli.workspace": "Impossible d'ouvrir l'espace de travail : {reason}",
    },
    "es": {
        "problem.no_connection": "Sin conexión con el hub. Sus cambios se guardan en este ordenador. {retry}",
        "problem.login_needed": (
            "Su sesión ha terminado. Vuelva a iniciar sesión ({sign_in}) para seguir sincronizando; "
            "mientras tanto no se pierde nada."
        ),
        "problem.refused": (
            "El hub rechazó la sincronización. Respondió: «{reason}». Avise a la sede si no puede "
            "corregirlo usted."
        ),
        "problem.hub_error": (
            "El hub tuvo un problema de su lado. No se pierde nada. {retry} Avise a la sede si continúa."
        ),
        "code.tls_failure": (
            "No se pudo verificar el certificado del hub, así que no se envió nada. En el Wi-Fi de un "
            "hotel o de un aeropuerto, abra primero una página web para conectarse a la red. Si no, "
            "revise la dirección del hub; si la sede usa su propia autoridad de certificación, pídale su "
            "archivo."
        ),
        "code.demo_workspace": (
            "Este es un espacio de demostración: nunca se sincroniza con la sede, para que sus misiones "
            "ficticias queden fuera de los datos reales. Empiece su propio espacio (Archivo > Empezar mi "
            "propio espacio de trabajo…) e inicie sesión desde allí."
        ),
        "code.pending_changes": (
            "Hay cambios hechos con la sesión actual que aún no se han enviado. Sincronícelos primero, o "
            "cierre la sesión (y confirme) antes de iniciarla como otra persona."
        ),
        "code.unsupported_protocol": (
            "Esta versión de la aplicación y el hub no hablan el mismo protocolo de sincronización. "
            "Actualice la aplicación o consulte a la sede."
        ),
        "code.forbidden": (
            "El hub rechazó cambios en una misión a la que usted no está asignado. Pida a la sede que le "
            "asigne. El hub respondió: «{reason}»"
        ),
        "code.headquarters_only": (
            "Algunos cambios corresponden solo a la sede: aprobar o devolver un entregable o una hoja de "
            "tiempo (o deshacer lo que la sede aprobó o devolvió), el equipo de una misión y sus días "
            "asignados, los datos de otras personas. El servidor central los rechazó y se deshicieron en "
            "este equipo; el resto de su trabajo, texto incluido, se sincronizó."
        ),
        "code.unexpected": (
            "La sincronización se detuvo por un error inesperado ({reason}). No se pierde nada; vuelva a "
            "intentarlo y avise a la sede si continúa."
        ),
        "code.not_the_hub": (
            "No respondió el hub, sino la página de acceso de una red (como en hoteles y aeropuertos), "
            "un proxy o una dirección de hub equivocada. Abra una página web en su navegador para "
            "conectarse a la red, o revise la dirección del hub. Sus cambios se guardan en este "
            "ordenador. {retry}"
        ),
        "code.hub_busy": "El hub está ocupado y pidió esperar unos {minutes} min. No se pierde nada. {retry}",
        "clock.ahead": (
            "El reloj de su ordenador va {amount} adelantado respecto al del hub. Ajuste la fecha, la "
            "hora y la zona horaria de este ordenador en la configuración del sistema: sus cambios se "
            "sincronizan igualmente, pero sus fechas vienen de este reloj."
        ),
        "clock.behind": (
            "El reloj de su ordenador va {amount} atrasado respecto al del hub. Ajuste la fecha, la hora "
            "y la zona horaria de este ordenador en la configuración del sistema: sus cambios se "
            "sincronizan igualmente, pero sus fechas vienen de este reloj."
        ),
        "clock.minutes": "{count} minutos",
        "clock.hours": "{count} horas",
        "clock.days": "{count} días",
        "cli.retry": "Revise la conexión y vuelva a ejecutar «socieux sync».",
        "cli.sign_in": "socieux login",
        "cli.synced": (
            "Sincronización hecha. Cambios enviados: {pushed}; recibidos: {pulled}; en espera de envío: "
            "{pending}."
        ),
        "cli.progress": "Sincronizando… cambios enviados: {sent} de {to_send}; recibidos: {received}",
        "cli.interrupted": (
            "Sincronización interrumpida. No se pierde nada: lo que aún no se envió espera al próximo "
            "«socieux sync»."
        ),
        "cli.findings": (
            "Jornadas por revisar ({count}): fusionadas con los cambios de otros ordenadores, incumplen una "
            "regla. Se conservaron ambos lados; corrija o elimine una entrada en el registro de días y "
            "vuelva a ejecutar «socieux sync»."
        ),
        "cli.workspace": "No se puede abrir el espacio de trabajo: {reason}",
    },
}


def text(language: str, key: str, **fields: Any) -> str:
    """The entry ``key`` in ``language`` (English for a language the app does not speak), filled in."""
    catalogue = TEXTS.get(language, TEXTS[DEFAULT_LANGUAGE])
    return catalogue[key].format(**fields)


def sentence_key(problem: Problem | str, code: str = "", retry_after: float | None = None) -> str:
    """Which sentence tells this failure: its code's when it has one, else its category's."""
    if code == HUB_BUSY and retry_after is None:
        code = ""  # busy, but for how long the hub did not say: a hub problem like any other
    if code in CODES:
        return f"code.{code}"
    try:
        return f"problem.{Problem(problem).value}"
    except ValueError:
        return f"problem.{Problem.HUB_ERROR.value}"


def wait_minutes(retry_after: float | None) -> int:
    """A pause the hub asked for, in whole minutes for a person (at least one)."""
    return max(1, round((retry_after or 0.0) / 60))


def error_sentence(language: str, error: SyncError) -> str:
    """The command line's sentence for a failure (the app's status bar says the same)."""
    key = sentence_key(error.problem, error.code, error.retry_after)
    return text(language, key, reason=error.message, retry=text(language, "cli.retry"),
                sign_in=text(language, "cli.sign_in"), minutes=wait_minutes(error.retry_after))


def clock_parts(skew: float | None) -> tuple[str, str, int] | None:
    """For a clock ``skew`` seconds ahead of the hub's (negative: behind) beyond the tolerance: the
    sentence's key, the key of the amount's unit and the amount (always two or more, so that every
    language's plural fits); None within the tolerance or when not known."""
    if skew is None or abs(skew) <= CLOCK_TOLERANCE_SECONDS:
        return None
    size = abs(skew)
    if size < 2 * 3600:
        unit, count = "clock.minutes", round(size / 60)
    elif size < 2 * 86_400:
        unit, count = "clock.hours", round(size / 3600)
    else:
        unit, count = "clock.days", round(size / 86_400)
    return ("clock.ahead" if skew > 0 else "clock.behind"), unit, count


def clock_sentence(language: str, skew: float | None) -> str:
    """What to tell about this computer's clock; empty when it is right (within the tolerance)."""
    parts = clock_parts(skew)
    if parts is None:
        return ""
    key, unit, count = parts
    return text(language, key, amount=text(language, unit, count=count))


def pick_language(given: str | None, remembered: object, environ: Mapping[str, str]) -> str:
    """``--lang``, else the workspace's interface language, else the environment's locale, else English."""
    for candidate in (given, remembered):
        if isinstance(candidate, str) and candidate in LANGUAGES:
            return candidate
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:  # the first one set decides, as for any POSIX program ("C" and "POSIX": English)
            code = value.split(".")[0].split("_")[0].lower()
            return code if code in LANGUAGES else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE
