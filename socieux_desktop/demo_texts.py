"""The texts of the demo's deliverables, in each mission's working language (French for Côte d'Ivoire and
Togo, Spanish for Peru and Mexico), drawn from the real cases of SOCIEUX+. Plain data: ``demo`` builds the
CRDT documents, their comments and versions from it.

A section is ``(title, body)``; bodies are the Markdown-like text the editor and the PDFs read (headings,
lists, bold, tables).
"""

from __future__ import annotations

Sections = tuple[tuple[str, str], ...]

# -- Côte d'Ivoire, mission 1: the diagnostic of the 129 social centres (approved) -----------------------

CI_DIAGNOSTIC: Sections = (
    ("Synthèse", """\
Le réseau des **129 centres sociaux** de la Direction de l'Action Sociale (DAS) est le premier point de \
contact de l'État avec les ménages vulnérables. La mission a visité douze centres à Abidjan et à Bouaké, \
rencontré 64 travailleurs sociaux et examiné les registres d'activité de 2024 et 2025.

Trois constats dominent :

- la qualité de l'accueil est bonne, mais elle repose sur l'engagement des agents plus que sur des \
procédures écrites ;
- le suivi des dossiers est presque entièrement sur papier, ce qui empêche la DAS de connaître le nombre \
de personnes accompagnées et la durée de leur prise en charge ;
- l'orientation vers les autres services (santé, état civil, programmes de transferts monétaires) dépend \
des relations personnelles entre agents, non de conventions entre institutions.

La mission recommande de définir un **paquet minimum de services** commun aux 129 centres et d'en faire \
la base du cahier des charges prévu à l'activité 2."""),
    ("Champ et méthode", """\
Le diagnostic couvre les trois fonctions d'un centre social : l'accueil et l'écoute, la gestion des cas, \
l'orientation vers d'autres services. Il ne traite pas des infrastructures, qui font l'objet d'un \
inventaire séparé du ministère.

La méthode a combiné :

1. une revue documentaire (textes organiques de la DAS, rapports annuels, guide du travailleur social de \
2019) ;
2. des visites de douze centres choisis avec la DAS pour représenter les zones urbaines, périurbaines et \
rurales ;
3. des entretiens individuels et collectifs avec 64 agents, dont 41 femmes ;
4. un atelier de restitution le 12 février 2026 avec les chefs de centre et la Direction.

Les données d'activité ont été saisies à partir des registres papier par l'équipe de la DAS ; elles sont \
indicatives pour les centres dont les registres étaient incomplets."""),
    ("Situation actuelle", """\
| Indicateur | Abidjan | Bouaké | Ensemble des centres visités |
|---|---|---|---|
| Agents par centre (moyenne) | 7,5 | 4,0 | 5,8 |
| Personnes reçues par mois (moyenne) | 310 | 145 | 228 |
| Dossiers ouverts avec un plan d'accompagnement | 38 % | 22 % | 31 % |
| Centres disposant d'un ordinateur en état de marche | 5 sur 6 | 2 sur 6 | 7 sur 12 |

Les femmes représentent près de **70 % des personnes reçues**, le plus souvent pour des questions \
d'enfants (état civil, scolarisation, pension alimentaire). Les personnes handicapées et les personnes \
âgées sont peu présentes dans les registres, alors que les agents disent les recevoir souvent : elles \
sont reçues sans qu'un dossier soit ouvert."""),
    ("Points forts", """\
- Des agents formés (diplôme de l'Institut National de Formation Sociale pour 80 % d'entre eux) et très \
attachés à leur mission.
- Une bonne implantation dans les quartiers : les centres sont connus des chefs de communauté et des \
associations de femmes.
- Des expériences locales qui fonctionnent et peuvent être étendues, comme la permanence commune avec \
l'état civil au centre de Yopougon, qui a permis d'établir 412 extraits de naissance en 2025."""),
    ("Faiblesses et lacunes", """\
- **Pas de procédure écrite commune** : chaque centre a ses propres fiches d'accueil, et aucune ne \
renseigne le sexe, l'âge ou le handicap de façon systématique.
- **Un suivi des cas interrompu** : faute de rendez-vous planifiés, 60 % des dossiers ouverts en 2024 \
n'ont eu aucune suite après le premier entretien.
- **Une orientation sans retour** : les centres orientent vers les hôpitaux et les programmes de \
transferts sans savoir si la personne a été reçue.
- **Des données qui ne remontent pas** : les rapports mensuels sont envoyés à la DAS, mais ne sont ni \
consolidés ni analysés."""),
    ("Conclusions", """\
La qualité des services des centres sociaux peut progresser rapidement sans moyens nouveaux importants, \
à condition de **décrire ce que chaque centre doit offrir** et de **suivre ce qu'il fait réellement**. \
La mission propose que l'activité 2 produise, avec la DAS :

1. un paquet minimum de services, décrit service par service ;
2. un dossier unique de la personne accompagnée, sur papier puis dans un système d'information simple ;
3. une dizaine d'indicateurs de qualité, ventilés par sexe, suivis chaque trimestre.

Ces trois éléments formeront le cahier des charges des services des centres sociaux, puis le socle de la \
stratégie nationale prévue à l'activité 3."""),
)

# -- Côte d'Ivoire, mission 2: the specifications (a draft co-edited in a workshop) ----------------------

CI_SPECIFICATIONS_FIRST: Sections = (
    ("Introduction", """\
Le présent cahier des charges décrit les services que chacun des **129 centres sociaux** doit offrir, la \
manière de les rendre et les informations à recueillir. Il fait suite au diagnostic de février 2026, \
approuvé par la Direction de l'Action Sociale."""),
    ("Paquet minimum de services", """\
Chaque centre social offre au moins les services suivants :

1. **Accueil, écoute et information** sur les droits et les programmes sociaux.
2. **Gestion de cas** : évaluation de la situation, plan d'accompagnement, rendez-vous de suivi.
3. **Orientation accompagnée** vers la santé, l'état civil, l'éducation et les programmes de transferts \
monétaires.
4. **Médiation familiale** et appui aux démarches de pension alimentaire."""),
    ("Dossier de la personne accompagnée", """\
Un dossier unique est ouvert pour toute personne reçue plus d'une fois. Il comprend une fiche \
d'identification, l'évaluation de la situation et le plan d'accompagnement."""),
    ("Indicateurs de qualité", """\
À définir avec les chefs de centre lors de l'atelier du 18 novembre."""),
)

CI_SPECIFICATIONS_AFTER_WORKSHOP: dict[int, str] = {
    2: """\
Un dossier unique est ouvert pour toute personne reçue plus d'une fois. Il comprend :

- une **fiche d'identification** : nom, sexe, âge, situation de handicap, composition du ménage, \
numéro d'identification s'il existe ;
- l'**évaluation de la situation**, selon la grille commune annexée ;
- le **plan d'accompagnement**, avec les démarches convenues, les services vers lesquels la personne est \
orientée et la date du prochain rendez-vous ;
- les **retours d'orientation** : chaque orientation reçoit une réponse du service d'accueil, notée au \
dossier.

Le dossier reste dans le centre ; seules les données statistiques, sans nom, remontent à la DAS.""",
    3: """\
Les participants à l'atelier du 18 novembre ont retenu dix indicateurs, calculés chaque trimestre par \
chaque centre et ventilés par sexe :

| N° | Indicateur | Cible 2027 |
|---|---|---|
| 1 | Personnes reçues (nouvelles et anciennes) | suivi |
| 2 | Dossiers ouverts avec un plan d'accompagnement | 60 % |
| 3 | Dossiers ayant eu au moins un rendez-vous de suivi | 50 % |
| 4 | Orientations ayant reçu un retour du service d'accueil | 40 % |
| 5 | Délai moyen entre le premier accueil et le plan d'accompagnement | 15 jours |
| 6 | Personnes handicapées accompagnées | suivi |
| 7 | Personnes âgées accompagnées | suivi |
| 8 | Extraits de naissance obtenus après orientation | suivi |
| 9 | Agents ayant suivi la formation au dossier unique | 100 % |
| 10 | Rapports trimestriels transmis à la DAS dans le délai | 90 % |""",
}

CI_SPECIFICATIONS_LATER: dict[int, str] = {
    0: """\
Le présent cahier des charges décrit les services que chacun des **129 centres sociaux** doit offrir, la \
manière de les rendre et les informations à recueillir. Il fait suite au diagnostic de février 2026, \
approuvé par la Direction de l'Action Sociale, et aux travaux de l'atelier du 18 novembre 2026, qui a \
réuni la Direction, des chefs de centre et le service des systèmes d'information.

Il s'adresse aux chefs de centre, aux travailleurs sociaux et aux directions régionales. Il sera mis à \
l'essai dans dix centres pilotes au premier semestre 2027.""",
}

CI_SPECIFICATIONS_NEW_SECTION = ("Système d'information", """\
Le dossier unique est d'abord tenu sur papier, avec des fiches imprimées identiques dans tous les centres. \
Dans les dix centres pilotes, il est saisi dans une application simple, utilisable **sans connexion** et \
synchronisée avec la DAS lorsque le réseau le permet.

Exigences minimales de l'application :

- fonctionner sur les ordinateurs existants des centres ;
- protéger les données personnelles : accès par agent, aucune donnée nominative hors du centre ;
- produire automatiquement les dix indicateurs du trimestre ;
- permettre l'export des statistiques au format tableur pour la DAS.""")

# -- Togo, mission 1: the diagnostic of universal health coverage (returned with comments) ---------------

TG_DIAGNOSTIC: Sections = (
    ("Synthèse", """\
Le Togo a lancé l'**Assurance Maladie Universelle (AMU)** en 2024 pour étendre la couverture santé, \
jusqu'ici limitée aux agents publics et aux salariés du secteur formel. L'Institut National d'Assurance \
Maladie (INAM) en est l'opérateur. Deux ans après le lancement, environ 28 % de la population est \
couverte ; l'objectif est de 60 % en 2028.

Le principal obstacle est l'**affiliation des travailleurs de l'économie informelle**, qui représentent \
près de neuf actifs sur dix. Leurs revenus irréguliers rendent difficile le paiement d'une cotisation \
mensuelle, et les mutuelles de santé qui les couvraient restent peu articulées avec l'INAM."""),
    ("Champ et méthode", """\
La mission a examiné trois questions, définies avec l'INAM : le financement de l'AMU, l'affiliation de \
l'économie informelle et l'achat des soins auprès des formations sanitaires.

Elle s'est appuyée sur les données de l'INAM (affiliations, cotisations, dépenses de 2024 et 2025), sur \
des entretiens à Lomé et à Kara et sur un atelier avec la Fédération des mutuelles de santé du Togo."""),
    ("Situation actuelle", """\
| Population | Personnes | Couvertes par l'AMU | Taux |
|---|---|---|---|
| Agents publics et ayants droit | 410 000 | 395 000 | 96 % |
| Salariés du secteur privé formel | 520 000 | 350 000 | 67 % |
| Travailleurs de l'économie informelle | 6 100 000 | 780 000 | 13 % |
| Personnes indigentes (prise en charge par l'État) | 900 000 | 640 000 | 71 % |

Les cotisations des travailleurs informels couvrent moins du tiers de leurs dépenses de soins : le \
régime est équilibré aujourd'hui grâce aux excédents du régime des agents publics, ce qui ne durera pas \
si l'affiliation progresse."""),
    ("Points forts", """\
- Un opérateur unique, l'INAM, reconnu et doté d'un système d'information qui fonctionne.
- Un engagement politique fort, inscrit dans la feuille de route gouvernementale.
- Un réseau de mutuelles de santé proches des travailleurs informels, notamment des femmes commerçantes."""),
    ("Faiblesses et lacunes", """\
- Une cotisation forfaitaire unique, trop élevée pour les revenus les plus faibles et trop basse pour les \
autres.
- Des délais de remboursement des formations sanitaires de 90 jours en moyenne, qui découragent l'accueil \
des assurés.
- Peu de données ventilées par sexe : on ne sait pas combien de femmes de l'économie informelle sont \
affiliées en leur nom propre."""),
    ("Conclusions", """\
L'AMU a posé ses bases. Pour atteindre l'objectif de 2028, la mission recommande d'étudier une \
cotisation modulée selon le revenu déclaré, une affiliation par l'intermédiaire des mutuelles et des \
associations professionnelles, et un financement public ciblé sur les personnes indigentes."""),
)

# Headquarters' comments on the returned diagnostic: (section, passage, comment).
TG_HEADQUARTERS_COMMENTS: tuple[tuple[int, str, str], ...] = (
    (2, "ce qui ne durera pas", "Merci de chiffrer cette affirmation : quel déficit prévoyez-vous, et à "
                                 "quel horizon, si le taux d'affiliation de l'économie informelle double ?"),
    (4, "Peu de données ventilées par sexe", "L'égalité de genre est une question transversale de l'action : "
     "proposez un indicateur et la façon de le produire avec l'INAM."),
    (5, "une cotisation modulée selon le revenu déclaré", "Ces recommandations doivent figurer dans un "
     "livrable distinct (activité A2, feuille de route). Ici, gardez les conclusions du diagnostic."),
)

# -- Peru, mission 1: the diagnostic of green jobs (submitted) --------------------------------------------

PE_DIAGNOSTIC: Sections = (
    ("Resumen", """\
El Perú cuenta con un potencial importante de **empleos verdes** en la agricultura sostenible, la gestión \
forestal, el turismo de naturaleza, la gestión de residuos y las energías renovables. El Ministerio de \
Trabajo y Promoción del Empleo (MTPE) quiere que el Servicio Nacional del Empleo oriente a las personas \
que buscan trabajo hacia estos sectores y que la formación profesional responda a sus necesidades.

El diagnóstico identifica **catorce ocupaciones verdes** con demanda creciente y propone tres líneas de \
trabajo: un catálogo de competencias verdes, la inclusión de estas ocupaciones en el sistema de \
intermediación laboral y programas piloto con los gobiernos regionales de la Amazonía."""),
    ("Alcance y método", """\
La misión se realizó a distancia entre el 9 y el 20 de marzo de 2026. Se revisaron las estadísticas de la \
Encuesta Nacional de Hogares, las ofertas registradas por el Servicio Nacional del Empleo en 2025 y los \
estudios de la OIT sobre empleos verdes en América Latina. Se entrevistó a veinte actores: el MTPE, el \
Servicio Nacional del Empleo, el Gobierno Regional de San Martín, dos cooperativas cafetaleras y una \
empresa de reciclaje."""),
    ("Situación actual", """\
| Sector | Empleos | Ocupaciones demandadas | Mujeres |
|---|---|---|---|
| Agricultura sostenible y agroforestería | 210 000 | técnico en café orgánico, promotor agroforestal | 31 % |
| Gestión forestal | 45 000 | guardabosque, técnico en manejo forestal | 12 % |
| Turismo de naturaleza | 60 000 | guía de turismo vivencial | 48 % |
| Reciclaje y gestión de residuos | 38 000 | recicladora formalizada, operario de planta | 57 % |
| Energías renovables | 9 000 | instalador de paneles solares | 6 % |

La mayoría de estos empleos son **informales** y se concentran en las regiones, mientras que la oferta de \
formación técnica se concentra en Lima."""),
    ("Fortalezas", """\
- Una voluntad política clara, expresada en la Política Nacional de Empleo Decente.
- Un Servicio Nacional del Empleo con presencia en las 25 regiones.
- Experiencias regionales exitosas, como la certificación de competencias de recicladoras en Lima \
Metropolitana."""),
    ("Debilidades y brechas", """\
- No existe una definición operativa de empleo verde compartida por las instituciones.
- Las ocupaciones verdes no figuran en la clasificación que usa el sistema de intermediación.
- Las mujeres están poco presentes en las ocupaciones técnicas mejor remuneradas (energías renovables, \
manejo forestal)."""),
    ("Conclusiones", """\
El diagnóstico confirma el interés de una **hoja de ruta de empleos verdes** elaborada con los gobiernos \
regionales de la Amazonía (actividad A2). Se propone empezar por San Martín, donde ya existen \
cooperativas organizadas y un equipo regional de empleo comprometido, y medir desde el inicio la \
participación de las mujeres."""),
)

# -- Mexico: the programme of the study visit (a draft being prepared) -----------------------------------

MX_PROGRAMME: Sections = (
    ("Introducción", """\
Una delegación del **Instituto Mexicano del Seguro Social (IMSS)** visitará la Seguridad Social española \
del 7 al 11 de diciembre de 2026. La visita tiene por objeto conocer la afiliación y la recaudación de la \
Tesorería General de la Seguridad Social (TGSS), la gestión de las pensiones en el Instituto Nacional de \
la Seguridad Social (INSS) y los servicios digitales para la ciudadanía."""),
    ("Programa", """\
| Día | Institución | Tema |
|---|---|---|
| Lunes 7 | TGSS | Afiliación, inscripción de empresas y sistema RED |
| Martes 8 | TGSS | Recaudación, cotización de trabajadores autónomos y de plataformas |
| Miércoles 9 | INSS | Reconocimiento y cálculo de las pensiones |
| Jueves 10 | INSS | Incapacidad temporal y prestaciones familiares |
| Viernes 11 | Sede electrónica | Servicios digitales; sesión de conclusiones |"""),
    ("Participantes", """\
- Guadalupe Hernández, jefa de la delegación (IMSS)
- Ramón Ortiz Salgado, coordinador de pensiones (IMSS)
- Tres personas más por confirmar, de las áreas de afiliación y de servicios digitales"""),
)
