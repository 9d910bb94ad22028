<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Countries</name>
        <message>
            <source>Albania</source>
            <translation>Albanie</translation>
        </message>
        <message>
            <source>Armenia</source>
            <translation>Arménie</translation>
        </message>
        <message>
            <source>Argentina</source>
            <translation>Argentine</translation>
        </message>
        <message>
            <source>Benin</source>
            <translation>Bénin</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <translation>Bolivie</translation>
        </message>
        <message>
            <source>Burkina Faso</source>
            <translation>Burkina Faso</translation>
        </message>
        <message>
            <source>Cabo Verde</source>
            <translation>Cabo Verde</translation>
        </message>
        <message>
            <source>Cambodia</source>
            <translation>Cambodge</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <translation>Cameroun</translation>
        </message>
        <message>
            <source>Chad</source>
            <translation>Tchad</translation>
        </message>
        <message>
            <source>Colombia</source>
            <translation>Colombie</translation>
        </message>
        <message>
            <source>Costa Rica</source>
            <translation>Costa Rica</translation>
        </message>
        <message>
            <source>Côte d'Ivoire</source>
            <translation>Côte d'Ivoire</translation>
        </message>
        <message>
            <source>Dominican Republic</source>
            <translation>République dominicaine</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <translation>Équateur</translation>
        </message>
        <message>
            <source>Egypt</source>
            <translation>Égypte</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <translation>El Salvador</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <translation>Éthiopie</translation>
        </message>
        <message>
            <source>Georgia</source>
            <translation>Géorgie</translation>
        </message>
        <message>
            <source>Ghana</source>
            <translation>Ghana</translation>
        </message>
        <message>
            <source>Guatemala</source>
            <translation>Guatemala</translation>
        </message>
        <message>
            <source>Honduras</source>
            <translation>Honduras</translation>
        </message>
        <message>
            <source>Indonesia</source>
            <translation>Indonésie</translation>
        </message>
        <message>
            <source>Jordan</source>
            <translation>Jordanie</translation>
        </message>
        <message>
            <source>Kenya</source>
            <translation>Kenya</translation>
        </message>
        <message>
            <source>Madagascar</source>
            <translation>Madagascar</translation>
        </message>
        <message>
            <source>Mali</source>
            <translation>Mali</translation>
        </message>
        <message>
            <source>Mauritania</source>
            <translation>Mauritanie</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>Mexique</translation>
        </message>
        <message>
            <source>Morocco</source>
            <translation>Maroc</translation>
        </message>
        <message>
            <source>Mozambique</source>
            <translation>Mozambique</translation>
        </message>
        <message>
            <source>Niger</source>
            <translation>Niger</translation>
        </message>
        <message>
            <source>Paraguay</source>
            <translation>Paraguay</translation>
        </message>
        <message>
            <source>Peru</source>
            <translation>Pérou</translation>
        </message>
        <message>
            <source>Philippines</source>
            <translation>Philippines</translation>
        </message>
        <message>
            <source>Senegal</source>
            <translation>Sénégal</translation>
        </message>
        <message>
            <source>Togo</source>
            <translation>Togo</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <translation>Tunisie</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <translation>Ukraine</translation>
        </message>
        <message>
            <source>Uruguay</source>
            <translation>Uruguay</translation>
        </message>
        <message>
            <source>Viet Nam</source>
            <translation>Viet Nam</translation>
        </message>
    </context>
    <context>
        <name>DayEntryForm</name>
        <message>
            <source>Full day</source>
            <translation>Journée entière</translation>
        </message>
        <message>
            <source>Half day</source>
            <translation>Demi-journée</translation>
        </message>
        <message>
            <source>Change a day</source>
            <translation>Modifier une journée</translation>
        </message>
        <message>
            <source>Log a day</source>
            <translation>Saisir une journée</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>E&amp;xpert</source>
            <translation>E&amp;xpert</translation>
        </message>
        <message>
            <source>&amp;Kind of day</source>
            <translation>&amp;Type de journée</translation>
        </message>
        <message>
            <source>Ha&amp;lf or full day</source>
            <translation>De&amp;mi-journée ou journée</translation>
        </message>
        <message>
            <source>&amp;Activity</source>
            <translation>&amp;Activité</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Lieu</translation>
        </message>
        <message>
            <source>D&amp;escription</source>
            <translation>D&amp;escription</translation>
        </message>
        <message>
            <source>&amp;Counterparts</source>
            <translation>&amp;Homologues</translation>
        </message>
        <message>
            <source>Where, e.g. the institution's meeting room</source>
            <translation>Où, p. ex. la salle de réunion de l'institution</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Ce qui a été fait</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Mettre à jour</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Enter or Ctrl+Enter in any field</source>
            <translation>Entrée ou Ctrl+Entrée dans n'importe quel champ</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Nouvelle saisie</translation>
        </message>
        <message>
            <source>Escape</source>
            <translation>Échap</translation>
        </message>
    </context>
    <context>
        <name>DayLogCommand</name>
        <message>
            <source>Log the day of {date}</source>
            <translation>Saisir la journée du {date}</translation>
        </message>
        <message>
            <source>Change the day of {date}</source>
            <translation>Modifier la journée du {date}</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n day entry(ies)</source>
            <translation>
                <numerusform>Supprimer %n journée</numerusform>
                <numerusform>Supprimer %n journées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayLogModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Expert</translation>
        </message>
        <message>
            <source>Kind of day</source>
            <translation>Type de journée</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Counterparts</source>
            <translation>Homologues</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
    </context>
    <context>
        <name>DayLogWidget</name>
        <message>
            <source>Choose an expert and an activity first. If a list is empty, add the expert to the mission's team or an activity to its action.</source>
            <translation>Choisissez d'abord un expert et une activité. Si une liste est vide, ajoutez l'expert à l'équipe de la mission ou une activité à son action.</translation>
        </message>
        <message>
            <source>This list shows the days of every mission. Open a mission to log or change its days.</source>
            <translation>Cette liste montre les journées de toutes les missions. Ouvrez une mission pour saisir ou modifier ses journées.</translation>
        </message>
        <message>
            <source>This mission was deleted; its days can no longer be changed.</source>
            <translation>Cette mission a été supprimée ; ses journées ne peuvent plus être modifiées.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n journée</numerusform>
                <numerusform>%n journées</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {total} entries</source>
            <translation>{shown} journées sur {total}</translation>
        </message>
        <message>
            <source>Filter by date, kind of day, activity, place, description or counterpart (Ctrl+F)</source>
            <translation>Filtrer par date, type de journée, activité, lieu, description ou homologue (Ctrl+F)</translation>
        </message>
        <message>
            <source>Delete (Delete key)</source>
            <translation>Supprimer (touche Suppr)</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>On site</source>
            <translation>Sur place</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>À distance</translation>
        </message>
        <message>
            <source>Hybrid</source>
            <translation>Hybride</translation>
        </message>
        <message>
            <source>On-site work</source>
            <translation>Travail sur place</translation>
        </message>
        <message>
            <source>Remote work</source>
            <translation>Travail à distance</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Voyage</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Préparation</translation>
        </message>
        <message>
            <source>Reporting</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Soumise</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approuvée</translation>
        </message>
        <message>
            <source>Returned for changes</source>
            <translation>Renvoyée pour corrections</translation>
        </message>
        <message>
            <source>Lead expert</source>
            <translation>Expert principal</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Expert</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Femme</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Homme</translation>
        </message>
        <message>
            <source>Not specified</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>Pensions</source>
            <translation>Retraites</translation>
        </message>
        <message>
            <source>Health insurance and universal health coverage</source>
            <translation>Assurance maladie et couverture sanitaire universelle</translation>
        </message>
        <message>
            <source>Social assistance</source>
            <translation>Assistance sociale</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Handicap</translation>
        </message>
        <message>
            <source>Older people</source>
            <translation>Personnes âgées</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Enfance</translation>
        </message>
        <message>
            <source>Migrants and atypical workers</source>
            <translation>Migrants et travailleurs atypiques</translation>
        </message>
        <message>
            <source>Information systems</source>
            <translation>Systèmes d'information</translation>
        </message>
        <message>
            <source>Governance, HR and finance of institutions</source>
            <translation>Gouvernance, RH et finances des institutions</translation>
        </message>
        <message>
            <source>Formalising the informal economy</source>
            <translation>Formalisation de l'économie informelle</translation>
        </message>
        <message>
            <source>Green jobs</source>
            <translation>Emplois verts</translation>
        </message>
        <message>
            <source>Occupational safety and health</source>
            <translation>Santé et sécurité au travail</translation>
        </message>
        <message>
            <source>Public employment services</source>
            <translation>Services publics de l'emploi</translation>
        </message>
        <message>
            <source>Vocational training and skills</source>
            <translation>Formation professionnelle et compétences</translation>
        </message>
        <message>
            <source>Social dialogue</source>
            <translation>Dialogue social</translation>
        </message>
        <message>
            <source>Gender equality</source>
            <translation>Égalité entre les femmes et les hommes</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Environnement</translation>
        </message>
        <message>
            <source>Reducing inequality</source>
            <translation>Réduction des inégalités</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>“{value}” is not a valid date. Pick a date in the calendar or type it in full.</source>
            <translation>« {value} » n'est pas une date valide. Choisissez une date dans le calendrier ou saisissez-la en entier.</translation>
        </message>
        <message>
            <source>“{value}” is not a number of days. Log a half day (0.5) or a full day (1).</source>
            <translation>« {value} » n'est pas un nombre de jours. Saisissez une demi-journée (0,5) ou une journée entière (1).</translation>
        </message>
        <message>
            <source>{expert} already has {logged} day(s) logged on {day}, and a person can log at most one day on one date. Log a half day or choose another date.</source>
            <translation>{expert} a déjà {logged} jour(s) saisi(s) le {day}, et une personne peut saisir au plus une journée par date. Saisissez une demi-journée ou choisissez une autre date.</translation>
        </message>
        <message>
            <source>The timesheet of this mission is “{status}”. Reopen it before changing its days.</source>
            <translation>La feuille de temps de cette mission est « {status} ». Rouvrez-la avant de modifier ses journées.</translation>
        </message>
        <message>
            <source>The mission ends on {end}, before it starts on {start}. Correct one of the dates.</source>
            <translation>La mission se termine le {end}, avant son début le {start}. Corrigez l'une des dates.</translation>
        </message>
        <message>
            <source>A mission lasts at most {max_days} days; {days} days is too long. Check the dates.</source>
            <translation>Une mission dure au plus {max_days} jours ; {days} jours, c'est trop long. Vérifiez les dates.</translation>
        </message>
        <message>
            <source>The field “{field}” is required. Fill it in.</source>
            <translation>Le champ « {field} » est obligatoire. Remplissez-le.</translation>
        </message>
        <message>
            <source>This activity is not one of the mission's activities. Choose one from the list.</source>
            <translation>Cette activité ne fait pas partie des activités de la mission. Choisissez-en une dans la liste.</translation>
        </message>
        <message>
            <source>This expert is not on the mission's team. Add them to the team first.</source>
            <translation>Cet expert ne fait pas partie de l'équipe de la mission. Ajoutez-le d'abord à l'équipe.</translation>
        </message>
        <message>
            <source>A timesheet that is “{status}” cannot be {action}.</source>
            <translation>Une feuille de temps « {status} » ne peut pas être {action}.</translation>
        </message>
        <message>
            <source>No day is logged on this mission yet. Log days before submitting the timesheet.</source>
            <translation>Aucune journée n'est encore saisie sur cette mission. Saisissez des journées avant de soumettre la feuille de temps.</translation>
        </message>
        <message>
            <source>{expert} will have {consumed} day(s) on “{activity}”, more than the {allocated} allocated. Check with your coordinator before logging more.</source>
            <translation>{expert} aura {consumed} jour(s) sur « {activity} », plus que les {allocated} alloués. Voyez avec votre coordinateur avant d'en saisir davantage.</translation>
        </message>
        <message>
            <source>{day} is outside the mission's dates ({start} to {end}). Only preparation and reporting days usually are; check the date.</source>
            <translation>Le {day} est en dehors des dates de la mission (du {start} au {end}). Seules les journées de préparation et de rapport le sont habituellement ; vérifiez la date.</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>soumise</translation>
        </message>
        <message>
            <source>reopened</source>
            <translation>rouverte</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approuvée</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>renvoyée</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
    </context>
</TS>
