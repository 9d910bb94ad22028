<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About SOCIEUX+ Desktop</source>
            <translation>À propos de SOCIEUX+ Desktop</translation>
        </message>
        <message>
            <source>SOCIEUX+ Desktop</source>
            <translation>SOCIEUX+ Desktop</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>The offline workbook of SOCIEUX+ experts on mission: log your days, follow them against the days allocated and submit the mission's timesheet, with or without internet.</source>
            <translation>Le carnet de travail hors ligne des experts SOCIEUX+ en mission : saisissez vos journées, suivez-les par rapport aux jours alloués et soumettez la feuille de temps de la mission, avec ou sans internet.</translation>
        </message>
        <message>
            <source>SOCIEUX+ is co-funded by the European Union.</source>
            <translation>SOCIEUX+ est cofinancé par l'Union européenne.</translation>
        </message>
        <message>
            <source>The data of this workspace is in:</source>
            <translation>Les données de cet espace de travail se trouvent dans :</translation>
        </message>
        <message>
            <source>Licence: {licence}</source>
            <translation>Licence : {licence}</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <source>Passage deleted; it read “{quote}”</source>
            <translation>Passage supprimé ; il disait « {quote} »</translation>
        </message>
        <message>
            <source>“{passage}”</source>
            <translation>« {passage} »</translation>
        </message>
        <message>
            <source>{author}, {date}</source>
            <translation>{author}, {date}</translation>
        </message>
        <message>
            <source>Resolved by {name}</source>
            <translation>Résolu par {name}</translation>
        </message>
        <message>
            <source>When commented, the passage read: “{quote}”</source>
            <translation>Au moment du commentaire, le passage disait : « {quote} »</translation>
        </message>
        <message>
            <source>Select the passage to comment on in the text first.</source>
            <translation>Sélectionnez d’abord dans le texte le passage à commenter.</translation>
        </message>
        <message>
            <source>Write your comment first, then click “Comment on the selection”.</source>
            <translation>Écrivez d’abord votre commentaire, puis cliquez sur « Commenter la sélection ».</translation>
        </message>
        <message>
            <source>That passage is no longer in the text (it may have just been changed elsewhere). Select it again.</source>
            <translation>Ce passage n’est plus dans le texte (il vient peut-être d’être modifié ailleurs). Sélectionnez-le à nouveau.</translation>
        </message>
        <message>
            <source>This comment was deleted meanwhile.</source>
            <translation>Ce commentaire a été supprimé entre-temps.</translation>
        </message>
        <message>
            <source>No comments. Select a passage in the text, write a comment above and click “Comment on the selection”.</source>
            <translation>Aucun commentaire. Sélectionnez un passage du texte, écrivez un commentaire ci-dessus et cliquez sur « Commenter la sélection ».</translation>
        </message>
        <message>
            <source>Your comment on the selected passage</source>
            <translation>Votre commentaire sur le passage sélectionné</translation>
        </message>
        <message>
            <source>Comment on the selection</source>
            <translation>Commenter la sélection</translation>
        </message>
        <message>
            <source>Ctrl+Enter in the comment field does the same</source>
            <translation>Ctrl+Entrée dans le champ du commentaire fait de même</translation>
        </message>
        <message>
            <source>Show resolved comments</source>
            <translation>Afficher les commentaires résolus</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Résoudre</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Only the author of a comment can delete it.</source>
            <translation>Seul l’auteur d’un commentaire peut le supprimer.</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
        <message>
            <source>↳ {author}: {text}</source>
            <translation>↳ {author} : {text}</translation>
        </message>
        <message>
            <source>Write your reply in the comment field first, then click “Reply”.</source>
            <translation>Écrivez d’abord votre réponse dans le champ du commentaire, puis cliquez sur « Répondre ».</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Répondre</translation>
        </message>
        <message>
            <source>Answer the chosen comment with the text of the comment field</source>
            <translation>Répondre au commentaire choisi avec le texte du champ du commentaire</translation>
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
    </context>
    <context>
        <name>DayLogModel</name>
        <message>
            <source>Merged with changes from another computer, this entry breaks a rule (both were kept; correct or delete one):</source>
            <translation>Fusionnée avec les modifications d'un autre ordinateur, cette saisie enfreint une règle (les deux ont été conservées ; corrigez-en ou supprimez-en une) :</translation>
        </message>
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
        <message>
            <source>History…</source>
            <translation>Historique…</translation>
        </message>
    </context>
    <context>
        <name>DeliverableEditor</name>
        <message>
            <source>{title} ({kind})</source>
            <translation>{title} ({kind})</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Statut : {status}</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n mot</numerusform>
                <numerusform>%n mots</numerusform>
            </translation>
        </message>
        <message>
            <source>(untitled section)</source>
            <translation>(section sans titre)</translation>
        </message>
        <message>
            <source>Share with counterparts</source>
            <translation>Partager avec les homologues</translation>
        </message>
        <message>
            <source>Submit to headquarters</source>
            <translation>Soumettre au siège</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approuver</translation>
        </message>
        <message>
            <source>Return with comments</source>
            <translation>Renvoyer avec commentaires</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Add a section after this one</source>
            <translation>Ajouter une section après celle-ci</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove this section</source>
            <translation>Retirer cette section</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Section title</source>
            <translation>Titre de la section</translation>
        </message>
        <message>
            <source>Write here. Markdown: # heading, - list item, **bold**, | table | cells |</source>
            <translation>Écrivez ici. Markdown : # titre, - élément de liste, **gras**, | cellules | de tableau |</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Undo your last edit (Ctrl+Z); others' edits stay</source>
            <translation>Annuler votre dernière modification (Ctrl+Z) ; celles des autres restent</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Rétablir (Ctrl+Maj+Z)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Column {number}</source>
            <translation>Colonne {number}</translation>
        </message>
        <message>
            <source>Insert a link</source>
            <translation>Insérer un lien</translation>
        </message>
        <message>
            <source>Address of the page (https://…):</source>
            <translation>Adresse de la page (https://…) :</translation>
        </message>
        <message>
            <source>“{address}” is not a web address. Type an address such as https://socieux.eu, then insert the link again.</source>
            <translation>« {address} » n’est pas une adresse web. Saisissez une adresse comme https://socieux.eu, puis insérez à nouveau le lien.</translation>
        </message>
        <message>
            <source>B</source>
            <comment>bold, as on Word's button</comment>
            <translation>G</translation>
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation>Gras (Ctrl+B)</translation>
        </message>
        <message>
            <source>I</source>
            <comment>italic, as on Word's button</comment>
            <translation>I</translation>
        </message>
        <message>
            <source>Italic (Ctrl+I)</source>
            <translation>Italique (Ctrl+I)</translation>
        </message>
        <message>
            <source>H1</source>
            <translation>T1</translation>
        </message>
        <message>
            <source>Heading 1 (Ctrl+1)</source>
            <translation>Titre 1 (Ctrl+1)</translation>
        </message>
        <message>
            <source>H2</source>
            <translation>T2</translation>
        </message>
        <message>
            <source>Heading 2 (Ctrl+2)</source>
            <translation>Titre 2 (Ctrl+2)</translation>
        </message>
        <message>
            <source>H3</source>
            <translation>T3</translation>
        </message>
        <message>
            <source>Heading 3 (Ctrl+3)</source>
            <translation>Titre 3 (Ctrl+3)</translation>
        </message>
        <message>
            <source>• List</source>
            <translation>• Liste</translation>
        </message>
        <message>
            <source>Bulleted list (Ctrl+Shift+8)</source>
            <translation>Liste à puces (Ctrl+Maj+8)</translation>
        </message>
        <message>
            <source>1. List</source>
            <translation>1. Liste</translation>
        </message>
        <message>
            <source>Numbered list (Ctrl+Shift+7)</source>
            <translation>Liste numérotée (Ctrl+Maj+7)</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tableau</translation>
        </message>
        <message>
            <source>Insert a table</source>
            <translation>Insérer un tableau</translation>
        </message>
        <message>
            <source>Link…</source>
            <translation>Lien…</translation>
        </message>
        <message>
            <source>Insert a link (Ctrl+K)</source>
            <translation>Insérer un lien (Ctrl+K)</translation>
        </message>
        <message>
            <source>Insert image</source>
            <translation>Insérer une image</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff)</source>
            <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>This picture is larger than 20 MB: save it smaller (for instance as a JPEG of 2,000 pixels) and insert it again.</source>
            <translation>Cette image dépasse 20 Mo : enregistrez-la plus petite (par exemple en JPEG de 2 000 pixels) et insérez-la de nouveau.</translation>
        </message>
        <message>
            <source>This file could not be read: check that it is still there and that you may open it, then insert it again.</source>
            <translation>Ce fichier n’a pas pu être lu : vérifiez qu’il est toujours là et que vous pouvez l’ouvrir, puis insérez-le de nouveau.</translation>
        </message>
        <message>
            <source>This file is not a picture that can be printed: choose a PNG, JPEG, GIF, WebP, BMP or TIFF image.</source>
            <translation>Ce fichier n’est pas une image imprimable : choisissez une image PNG, JPEG, GIF, WebP, BMP ou TIFF.</translation>
        </message>
        <message>
            <source>Insert &amp;image…</source>
            <translation>Insérer une &amp;image…</translation>
        </message>
        <message>
            <source>Attach a picture from this computer to the deliverable and show it here</source>
            <translation>Joindre au livrable une image de cet ordinateur et l’afficher ici</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Suggestions</translation>
        </message>
    </context>
    <context>
        <name>DeliverableTableModel</name>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Mots</translation>
        </message>
    </context>
    <context>
        <name>DeliverablesWidget</name>
        <message>
            <source>The file “{file}” could not be written ({reason}). Choose another folder, such as your documents, and export again.</source>
            <translation>Le fichier « {file} » n’a pas pu être écrit ({reason}). Choisissez un autre dossier, par exemple vos documents, et exportez à nouveau.</translation>
        </message>
        <message>
            <source>“{title}” was exported to “{file}”. Send this file to your colleague; they merge it with “Merge from file…”.</source>
            <translation>« {title} » a été exporté dans « {file} ». Envoyez ce fichier à votre collègue ; il le fusionne avec « Fusionner depuis un fichier… ».</translation>
        </message>
        <message>
            <source>“{file}” holds another deliverable, not “{title}”. Choose the file exported from this deliverable, or merge this file into its own deliverable.</source>
            <translation>« {file} » contient un autre livrable que « {title} ». Choisissez le fichier exporté depuis ce livrable, ou fusionnez ce fichier dans son propre livrable.</translation>
        </message>
        <message>
            <source>“{file}” cannot be merged: it is damaged or is not a deliverable file. Nothing was changed. Ask your colleague to export the deliverable again and merge the new file.</source>
            <translation>« {file} » ne peut pas être fusionné : il est endommagé ou n’est pas un fichier de livrable. Rien n’a été modifié. Demandez à votre collègue d’exporter à nouveau le livrable et fusionnez le nouveau fichier.</translation>
        </message>
        <message>
            <source>“{file}” brought nothing new: “{title}” already holds all of its text.</source>
            <translation>« {file} » n’apporte rien de nouveau : « {title} » contient déjà tout son texte.</translation>
        </message>
        <message>
            <source>“{file}” was merged into “{title}”: the text now holds the edits of both copies.</source>
            <translation>« {file} » a été fusionné dans « {title} » : le texte contient maintenant les modifications des deux copies.</translation>
        </message>
        <message>
            <source>“{title}” is “{status}”: its text is locked, so a workshop cannot edit it. Reopen the deliverable first, then start the workshop.</source>
            <translation>« {title} » est « {status} » : son texte est verrouillé, un atelier ne peut donc pas le modifier. Rouvrez d’abord le livrable, puis lancez l’atelier.</translation>
        </message>
        <message>
            <source>Export the deliverable to a file</source>
            <translation>Exporter le livrable dans un fichier</translation>
        </message>
        <message>
            <source>Deliverable files (*{suffix})</source>
            <translation>Fichiers de livrable (*{suffix})</translation>
        </message>
        <message>
            <source>Merge a copy of the deliverable from a file</source>
            <translation>Fusionner une copie du livrable depuis un fichier</translation>
        </message>
        <message>
            <source>Deliverable files (*{suffix});;All files (*)</source>
            <translation>Fichiers de livrable (*{suffix});;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Workshop running</source>
            <translation>Atelier en cours</translation>
        </message>
        <message>
            <source>A workshop is editing this deliverable. End the workshop before closing it.</source>
            <translation>Un atelier modifie ce livrable. Terminez l’atelier avant de le fermer.</translation>
        </message>
        <message>
            <source>Choose a mission in the list to see its deliverables.</source>
            <translation>Choisissez une mission dans la liste pour voir ses livrables.</translation>
        </message>
        <message>
            <source>New deliverable…</source>
            <translation>Nouveau livrable…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Export to file…</source>
            <translation>Exporter dans un fichier…</translation>
        </message>
        <message>
            <source>Merge from file…</source>
            <translation>Fusionner depuis un fichier…</translation>
        </message>
        <message>
            <source>Start workshop…</source>
            <translation>Lancer un atelier…</translation>
        </message>
        <message>
            <source>Export to PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>“{title}” was exported to “{file}”. It opens in Word and LibreOffice, with its comments.</source>
            <translation>« {title} » a été exporté dans « {file} ». Il s’ouvre dans Word et LibreOffice, avec ses commentaires.</translation>
        </message>
        <message>
            <source>Export the deliverable to Word</source>
            <translation>Exporter le livrable vers Word</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documents Word (*.docx)</translation>
        </message>
        <message>
            <source>Import a Word document</source>
            <translation>Importer un document Word</translation>
        </message>
        <message>
            <source>Word documents (*.docx);;All files (*)</source>
            <translation>Documents Word (*.docx);;Tous les fichiers (*)</translation>
        </message>
        <message numerus="yes">
            <source>“{file}” was imported into “{title}”: %n section(s) added.</source>
            <translation>
                <numerusform>« {file} » a été importé dans « {title} » : %n section ajoutée.</numerusform>
                <numerusform>« {file} » a été importé dans « {title} » : %n sections ajoutées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s) came with it.</source>
            <translation>
                <numerusform>%n commentaire l’accompagnait.</numerusform>
                <numerusform>%n commentaires l’accompagnaient.</numerusform>
            </translation>
        </message>
        <message>
            <source>Its tracked changes were accepted.</source>
            <translation>Ses modifications suivies ont été acceptées.</translation>
        </message>
        <message>
            <source>Not carried over (copy them by hand if you need them): {items}.</source>
            <translation>Non repris (copiez-les à la main si vous en avez besoin) : {items}.</translation>
        </message>
        <message numerus="yes">
            <source>%n text box(es)</source>
            <translation>
                <numerusform>%n zone de texte</numerusform>
                <numerusform>%n zones de texte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n footnote(s)</source>
            <translation>
                <numerusform>%n note de bas de page</numerusform>
                <numerusform>%n notes de bas de page</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n endnote(s)</source>
            <translation>
                <numerusform>%n note de fin</numerusform>
                <numerusform>%n notes de fin</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n image</numerusform>
                <numerusform>%n images</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n embedded object(s) or chart(s)</source>
            <translation>
                <numerusform>%n objet incorporé ou graphique</numerusform>
                <numerusform>%n objets incorporés ou graphiques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n equation(s)</source>
            <translation>
                <numerusform>%n équation</numerusform>
                <numerusform>%n équations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n header(s) or footer(s)</source>
            <translation>
                <numerusform>%n en-tête ou pied de page</numerusform>
                <numerusform>%n en-têtes ou pieds de page</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s) whose passage could not be found</source>
            <translation>
                <numerusform>%n commentaire dont le passage est introuvable</numerusform>
                <numerusform>%n commentaires dont le passage est introuvable</numerusform>
            </translation>
        </message>
        <message>
            <source>“{file}” could not be made ({reason}). Try again; if it happens again, tell headquarters what you did.</source>
            <translation>« {file} » n’a pas pu être créé ({reason}). Réessayez ; si cela se reproduit, dites au siège ce que vous avez fait.</translation>
        </message>
        <message>
            <source>“{file}” is an old Word document (.doc) or is protected by a password. Open it in Word or LibreOffice, save it as a Word document (.docx) without a password, then import that file.</source>
            <translation>« {file} » est un ancien document Word (.doc) ou est protégé par un mot de passe. Ouvrez-le dans Word ou LibreOffice, enregistrez-le comme document Word (.docx) sans mot de passe, puis importez ce fichier.</translation>
        </message>
        <message>
            <source>“{file}” is not a Word document (.docx). Choose a .docx file; to bring in another kind of file, open it in Word or LibreOffice and save it as .docx first.</source>
            <translation>« {file} » n’est pas un document Word (.docx). Choisissez un fichier .docx ; pour importer un autre type de fichier, ouvrez-le d’abord dans Word ou LibreOffice et enregistrez-le en .docx.</translation>
        </message>
        <message>
            <source>“{file}” is damaged: its contents cannot be read. Open it in Word or LibreOffice, save it again as .docx, then import it. Nothing was changed.</source>
            <translation>« {file} » est endommagé : son contenu ne peut pas être lu. Ouvrez-le dans Word ou LibreOffice, enregistrez-le à nouveau en .docx, puis importez-le. Rien n’a été modifié.</translation>
        </message>
        <message>
            <source>“{file}” is too large to import. Remove its large images or split it into several documents, then import them one by one.</source>
            <translation>« {file} » est trop volumineux pour être importé. Retirez ses grandes images ou divisez-le en plusieurs documents, puis importez-les un par un.</translation>
        </message>
        <message>
            <source>“{file}” could not be opened ({reason}). Check that it is still there and that you may read it, then import it again.</source>
            <translation>« {file} » n’a pas pu être ouvert ({reason}). Vérifiez qu’il est toujours là et que vous pouvez le lire, puis importez-le à nouveau.</translation>
        </message>
        <message>
            <source>Export to Word…</source>
            <translation>Exporter vers Word…</translation>
        </message>
        <message>
            <source>Import from Word</source>
            <translation>Importer depuis Word</translation>
        </message>
        <message>
            <source>As a new deliverable…</source>
            <translation>Comme nouveau livrable…</translation>
        </message>
        <message>
            <source>As new sections of the selected deliverable…</source>
            <translation>Comme nouvelles sections du livrable sélectionné…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historique…</translation>
        </message>
    </context>
    <context>
        <name>ExportPdfDialog</name>
        <message>
            <source>Export the report as PDF</source>
            <translation>Exporter le rapport en PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Mission {code} has no workshop yet, so nobody is on an attendance list. Start a workshop from a deliverable (Deliverables tab, “Start workshop…”), or tick “Blank list to print” for a paper workshop.</source>
            <translation>La mission {code} n’a pas encore d’atelier, personne n’est donc sur une liste de présence. Lancez un atelier depuis un livrable (onglet Livrables, « Lancer un atelier… »), ou cochez « Liste vierge à imprimer » pour un atelier sur papier.</translation>
        </message>
        <message>
            <source>Mission {code} has no deliverable yet. Create one in the Deliverables tab (“New deliverable…”), then export it.</source>
            <translation>La mission {code} n’a pas encore de livrable. Créez-en un dans l’onglet Livrables (« Nouveau livrable… »), puis exportez-le.</translation>
        </message>
        <message>
            <source>Choose the deliverable to export in the list, then export again.</source>
            <translation>Choisissez dans la liste le livrable à exporter, puis exportez à nouveau.</translation>
        </message>
        <message>
            <source>The chosen deliverable is no longer part of this mission. Close this window, open it again and choose another deliverable.</source>
            <translation>Le livrable choisi ne fait plus partie de cette mission. Fermez cette fenêtre, rouvrez-la et choisissez un autre livrable.</translation>
        </message>
        <message>
            <source>The chosen workshop is no longer part of this mission. Close this window, open it again and choose another workshop.</source>
            <translation>L’atelier choisi ne fait plus partie de cette mission. Fermez cette fenêtre, rouvrez-la et choisissez un autre atelier.</translation>
        </message>
        <message>
            <source>This mission is no longer in the workspace. Close this window and choose a mission in the list.</source>
            <translation>Cette mission n’est plus dans l’espace de travail. Fermez cette fenêtre et choisissez une mission dans la liste.</translation>
        </message>
        <message>
            <source>Choose French, English or Spanish as the report's language, then export again.</source>
            <translation>Choisissez le français, l’anglais ou l’espagnol comme langue du rapport, puis exportez à nouveau.</translation>
        </message>
        <message>
            <source>Choose the timesheet, the attendance list, a deliverable or the mission report, then export again.</source>
            <translation>Choisissez la feuille de temps, la liste de présence, un livrable ou le rapport de mission, puis exportez à nouveau.</translation>
        </message>
        <message>
            <source>The file “{file}” could not be written ({reason}). Choose another folder, such as your documents, and export again.</source>
            <translation>Le fichier « {file} » n’a pas pu être écrit ({reason}). Choisissez un autre dossier, par exemple vos documents, et exportez à nouveau.</translation>
        </message>
        <message>
            <source>The PDF could not be made ({reason}). Nothing was written. Check your choice and export again.</source>
            <translation>Le PDF n’a pas pu être créé ({reason}). Rien n’a été écrit. Vérifiez votre choix et exportez à nouveau.</translation>
        </message>
        <message>
            <source>PDF exported</source>
            <translation>PDF exporté</translation>
        </message>
        <message>
            <source>The report was written to “{file}”.</source>
            <translation>Le rapport a été écrit dans « {file} ».</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>Écriture du PDF…</translation>
        </message>
        <message>
            <source>This mission has no workshop yet: tick “Blank list to print” to print a list that the participants sign on paper.</source>
            <translation>Cette mission n’a pas encore d’atelier : cochez « Liste vierge à imprimer » pour imprimer une liste que les participants signent sur papier.</translation>
        </message>
        <message>
            <source>The list is printed empty, with the date left to fill in, for the participants to sign on paper.</source>
            <translation>La liste est imprimée vide, la date restant à remplir, pour que les participants la signent sur papier.</translation>
        </message>
        <message>
            <source>The list is printed empty, with the chosen workshop's date and deliverable, for the participants to sign on paper.</source>
            <translation>La liste est imprimée vide, avec la date et le livrable de l’atelier choisi, pour que les participants la signent sur papier.</translation>
        </message>
        <message>
            <source>This mission has no deliverable yet.</source>
            <translation>Cette mission n’a pas encore de livrable.</translation>
        </message>
        <message>
            <source>{date}, {time} — {deliverable}</source>
            <translation>{date}, {time} — {deliverable}</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Exporter en PDF</translation>
        </message>
        <message>
            <source>Mission {code}: {title}</source>
            <translation>Mission {code} : {title}</translation>
        </message>
        <message>
            <source>Timesheet</source>
            <translation>Feuille de temps</translation>
        </message>
        <message>
            <source>Attendance list</source>
            <translation>Liste de présence</translation>
        </message>
        <message>
            <source>Deliverable</source>
            <translation>Livrable</translation>
        </message>
        <message>
            <source>Mission report</source>
            <translation>Rapport de mission</translation>
        </message>
        <message>
            <source>No workshop yet</source>
            <translation>Pas encore d’atelier</translation>
        </message>
        <message>
            <source>No deliverable yet</source>
            <translation>Pas encore de livrable</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Rapport :</translation>
        </message>
        <message>
            <source>&amp;Workshop:</source>
            <translation>&amp;Atelier :</translation>
        </message>
        <message>
            <source>&amp;Blank list to print</source>
            <translation>Liste &amp;vierge à imprimer</translation>
        </message>
        <message>
            <source>R&amp;ows to print:</source>
            <translation>Li&amp;gnes à imprimer :</translation>
        </message>
        <message>
            <source>&amp;Deliverable:</source>
            <translation>&amp;Livrable :</translation>
        </message>
        <message>
            <source>Written &amp;in:</source>
            <translation>Rédigé &amp;en :</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Demo</source>
            <translation>Démo</translation>
        </message>
        <message>
            <source>My workspace</source>
            <translation>Mon espace de travail</translation>
        </message>
        <message>
            <source>SOCIEUX+ Desktop — {workspace}</source>
            <translation>SOCIEUX+ Desktop — {workspace}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>&amp;New mission…</source>
            <translation>&amp;Nouvelle mission…</translation>
        </message>
        <message>
            <source>&amp;Edit mission…</source>
            <translation>&amp;Modifier la mission…</translation>
        </message>
        <message>
            <source>E&amp;xport PDF…</source>
            <translation>E&amp;xporter en PDF…</translation>
        </message>
        <message>
            <source>&amp;Start my own workspace…</source>
            <translation>&amp;Démarrer mon propre espace de travail…</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>Paramè&amp;tres…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;About SOCIEUX+ Desktop</source>
            <translation>À &amp;propos de SOCIEUX+ Desktop</translation>
        </message>
        <message>
            <source>This is a demo workspace: its missions are examples and it never syncs.</source>
            <translation>Ceci est un espace de démonstration : ses missions sont des exemples et il n'est jamais synchronisé.</translation>
        </message>
        <message>
            <source>Start my own workspace</source>
            <translation>Démarrer mon propre espace de travail</translation>
        </message>
        <message>
            <source>&amp;Undo {command}</source>
            <translation>&amp;Annuler {command}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo {command}</source>
            <translation>&amp;Rétablir {command}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
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
            <source>A deliverable that is “{deliverable_status}” cannot be {action}.</source>
            <translation>Un livrable « {deliverable_status} » ne peut pas être {action}.</translation>
        </message>
        <message>
            <source>The deliverable has no text yet. Write it before sharing or submitting it.</source>
            <translation>Le livrable n'a pas encore de texte. Rédigez-le avant de le partager ou de le soumettre.</translation>
        </message>
        <message>
            <source>The deliverable is “{deliverable_status}”. Reopen it before changing its text.</source>
            <translation>Le livrable est « {deliverable_status} ». Rouvrez-le avant de modifier son texte.</translation>
        </message>
        <message>
            <source>Only headquarters (a coordinator signed in to the app) can mark a deliverable {action}. Submit it to headquarters; they approve it or return it with comments.</source>
            <translation>Seul le siège (un coordinateur connecté à l’application) peut marquer un livrable comme {action}. Soumettez-le au siège ; il l’approuve ou le renvoie avec des commentaires.</translation>
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
            <source>shared</source>
            <translation>partagé</translation>
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
        <message>
            <source>Mission code</source>
            <translation>Code de la mission</translation>
        </message>
        <message>
            <source>Action code</source>
            <translation>Code de l'action</translation>
        </message>
        <message>
            <source>Action title</source>
            <translation>Titre de l'action</translation>
        </message>
        <message>
            <source>Partner institution</source>
            <translation>Institution partenaire</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Activity code</source>
            <translation>Code de l'activité</translation>
        </message>
        <message>
            <source>Activity title</source>
            <translation>Titre de l'activité</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Only headquarters (a coordinator signed in to the app) can mark a timesheet {action}. Submit it to headquarters; they approve it or return it.</source>
            <translation>Seul le siège (un coordinateur connecté à l’application) peut marquer une feuille de temps comme {action}. Soumettez-la au siège ; il l’approuve ou la renvoie pour modification.</translation>
        </message>
        <message>
            <source>The field “{field}” has {length} characters; it holds at most {max_length}. Shorten it.</source>
            <translation>Le champ « {field} » compte {length} caractères ; il en contient au plus {max_length}. Raccourcissez-le.</translation>
        </message>
        <message>
            <source>The field “{field}” holds a character that is not text ({character} at position {position}), often left by a damaged copy and paste. Delete it, or type the text again.</source>
            <translation>Le champ « {field} » contient un caractère qui n’est pas du texte ({character} en position {position}), souvent laissé par un copier-coller abîmé. Supprimez-le ou saisissez le texte à nouveau.</translation>
        </message>
        <message>
            <source>The field “{field}” cannot hold {value}: it holds {expected}. Correct it and try again.</source>
            <translation>Le champ « {field} » ne peut pas contenir {value} : il contient {expected}. Corrigez-le et réessayez.</translation>
        </message>
        <message>
            <source>A record of this kind has no field “{field}”. The record comes from a damaged file or another program; leave the field out.</source>
            <translation>Un enregistrement de ce type n’a pas de champ « {field} ». Il provient d’un fichier abîmé ou d’un autre programme ; retirez ce champ.</translation>
        </message>
        <message>
            <source>{value} days cannot be allocated. Allocate zero or more days, in half-day steps, up to {max_days}.</source>
            <translation>{value} jours ne peuvent pas être alloués. Allouez zéro jour ou plus, par demi-journées, jusqu’à {max_days}.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Terms of reference</source>
            <translation>Termes de référence</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>Home institution</source>
            <translation>Institution d’origine</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Counterparts met</source>
            <translation>Homologues rencontrés</translation>
        </message>
        <message>
            <source>Kind of day</source>
            <translation>Type de journée</translation>
        </message>
        <message>
            <source>Kind of deliverable</source>
            <translation>Type de livrable</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>Cross-cutting issues</source>
            <translation>Questions transversales</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalité</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Timesheet status</source>
            <translation>Statut de la feuille de temps</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>text</source>
            <translation>du texte</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un nombre entier</translation>
        </message>
        <message>
            <source>a date written YYYY-MM-DD</source>
            <translation>une date écrite AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>a date and time (ISO 8601)</source>
            <translation>une date et une heure (ISO 8601)</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>vrai ou faux</translation>
        </message>
        <message>
            <source>one of these values: {choices}</source>
            <translation>l’une de ces valeurs : {choices}</translation>
        </message>
        <message>
            <source>a list of at most {max_items} different values</source>
            <translation>une liste d’au plus {max_items} valeurs différentes</translation>
        </message>
        <message>
            <source>a record id (1 to 36 letters, digits or dashes)</source>
            <translation>un identifiant d’enregistrement (1 à 36 lettres, chiffres ou tirets)</translation>
        </message>
        <message>
            <source>a country code of two capital letters (ISO 3166-1)</source>
            <translation>un code de pays de deux lettres majuscules (ISO 3166-1)</translation>
        </message>
        <message>
            <source>base64 bytes</source>
            <translation>des octets en base64</translation>
        </message>
    </context>
    <context>
        <name>MissionDashboard</name>
        <message>
            <source>This mission no longer exists. Choose another mission in the list.</source>
            <translation>Cette mission n'existe plus. Choisissez une autre mission dans la liste.</translation>
        </message>
        <message>
            <source>Choose a mission in the list, or create one.</source>
            <translation>Choisissez une mission dans la liste, ou créez-en une.</translation>
        </message>
        <message>
            <source>{code} – {title}</source>
            <translation>{code} – {title}</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <source>Timesheet: {status}</source>
            <translation>Feuille de temps : {status}</translation>
        </message>
        <message>
            <source>The timesheet is submitted: its days are locked and cannot be logged, changed or deleted. Reopen it to change them.</source>
            <translation>La feuille de temps est soumise : ses journées sont verrouillées et ne peuvent être ni saisies, ni modifiées, ni supprimées. Rouvrez-la pour les modifier.</translation>
        </message>
        <message>
            <source>The timesheet is approved: its days are locked for good.</source>
            <translation>La feuille de temps est approuvée : ses journées sont définitivement verrouillées.</translation>
        </message>
        <message>
            <source>The timesheet was returned for changes. Reopen it to change its days, then submit it again.</source>
            <translation>La feuille de temps a été renvoyée pour corrections. Rouvrez-la pour modifier ses journées, puis soumettez-la à nouveau.</translation>
        </message>
        <message>
            <source>Total: {consumed} of {allocated} days</source>
            <translation>Total : {consumed} jours sur {allocated}</translation>
        </message>
        <message>
            <source>{expert} has used {consumed} of {allocated} days on “{activity}”.</source>
            <translation>{expert} a utilisé {consumed} jours sur {allocated} pour « {activity} ».</translation>
        </message>
        <message>
            <source>Check with your coordinator before logging more days.</source>
            <translation>Voyez avec votre coordinateur avant de saisir d'autres journées.</translation>
        </message>
        <message>
            <source>{consumed} of {allocated} days, {over} over</source>
            <translation>{consumed} jours sur {allocated}, {over} de trop</translation>
        </message>
        <message>
            <source>{consumed} of {allocated} days, {left} left</source>
            <translation>{consumed} jours sur {allocated}, il en reste {left}</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Expert</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Days allocated</source>
            <translation>Jours alloués</translation>
        </message>
        <message>
            <source>No expert is on the team yet.</source>
            <translation>Aucun expert n'est encore dans l'équipe.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>No counterpart is recorded yet.</source>
            <translation>Aucun homologue n'est encore enregistré.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Partner institution</source>
            <translation>Institution partenaire</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalité</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>Cross-cutting issues</source>
            <translation>Questions transversales</translation>
        </message>
        <message>
            <source>Edit mission…</source>
            <translation>Modifier la mission…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>The timesheet, an attendance list, a deliverable or the mission report, in French, English or Spanish.</source>
            <translation>La feuille de temps, une liste de présence, un livrable ou le rapport de mission, en français, en anglais ou en espagnol.</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Timesheet</source>
            <translation>Feuille de temps</translation>
        </message>
        <message>
            <source>Submit timesheet</source>
            <translation>Soumettre la feuille de temps</translation>
        </message>
        <message>
            <source>Send the logged days for approval; they are then locked.</source>
            <translation>Envoyer les journées saisies pour approbation ; elles sont alors verrouillées.</translation>
        </message>
        <message>
            <source>Reopen timesheet</source>
            <translation>Rouvrir la feuille de temps</translation>
        </message>
        <message>
            <source>Unlock the days to change them; submit again afterwards.</source>
            <translation>Déverrouiller les journées pour les modifier ; soumettez à nouveau ensuite.</translation>
        </message>
        <message>
            <source>Days consumed and allocated</source>
            <translation>Jours consommés et alloués</translation>
        </message>
        <message>
            <source>Per activity</source>
            <translation>Par activité</translation>
        </message>
        <message>
            <source>Per expert</source>
            <translation>Par expert</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <source>Counterparts</source>
            <translation>Homologues</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historique…</translation>
        </message>
        <message>
            <source>Every change of the mission's record, here and on the computers it synced with, with the values replaced</source>
            <translation>Toutes les modifications de la fiche de la mission, ici et sur les ordinateurs avec lesquels elle s'est synchronisée, avec les valeurs remplacées</translation>
        </message>
    </context>
    <context>
        <name>MissionEditorDialog</name>
        <message>
            <source>Days are logged on the activity “{name}”, so it stays. Move or delete those days in the day log first.</source>
            <translation>Des journées sont saisies sur l'activité « {name} » : elle est conservée. Déplacez ou supprimez d'abord ces journées dans le journal.</translation>
        </message>
        <message>
            <source>{name} has days logged on this mission, so they stay on the team. Move or delete those days in the day log first.</source>
            <translation>{name} a des journées saisies sur cette mission et reste donc dans l'équipe. Déplacez ou supprimez d'abord ces journées dans le journal.</translation>
        </message>
        <message>
            <source>Days on {activity}</source>
            <translation>Jours sur {activity}</translation>
        </message>
        <message>
            <source>New mission</source>
            <translation>Nouvelle mission</translation>
        </message>
        <message>
            <source>Edit the mission</source>
            <translation>Modifier la mission</translation>
        </message>
        <message>
            <source>&amp;Mission</source>
            <translation>&amp;Mission</translation>
        </message>
        <message>
            <source>&amp;Activities and team</source>
            <translation>&amp;Activités et équipe</translation>
        </message>
        <message>
            <source>Cou&amp;nterparts</source>
            <translation>&amp;Homologues</translation>
        </message>
        <message>
            <source>Mission &amp;code</source>
            <translation>&amp;Code de la mission</translation>
        </message>
        <message>
            <source>Mission &amp;title</source>
            <translation>&amp;Titre de la mission</translation>
        </message>
        <message>
            <source>Action c&amp;ode</source>
            <translation>C&amp;ode de l'action</translation>
        </message>
        <message>
            <source>Action t&amp;itle</source>
            <translation>T&amp;itre de l'action</translation>
        </message>
        <message>
            <source>&amp;Partner institution</source>
            <translation>Institution &amp;partenaire</translation>
        </message>
        <message>
            <source>Countr&amp;y</source>
            <translation>Pa&amp;ys</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Début</translation>
        </message>
        <message>
            <source>&amp;End</source>
            <translation>&amp;Fin</translation>
        </message>
        <message>
            <source>Mo&amp;dality</source>
            <translation>Mo&amp;dalité</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>Stat&amp;ut</translation>
        </message>
        <message>
            <source>T&amp;hemes</source>
            <translation>T&amp;hèmes</translation>
        </message>
        <message>
            <source>Cross-cutting i&amp;ssues</source>
            <translation>Questions tran&amp;sversales</translation>
        </message>
        <message>
            <source>e.g. CI-2026-01-M1</source>
            <translation>p. ex. CI-2026-01-M1</translation>
        </message>
        <message>
            <source>e.g. CI-2026-01</source>
            <translation>p. ex. CI-2026-01</translation>
        </message>
        <message>
            <source>Choose a country</source>
            <translation>Choisissez un pays</translation>
        </message>
        <message>
            <source>A&amp;ctivities of the action</source>
            <translation>A&amp;ctivités de l'action</translation>
        </message>
        <message>
            <source>T&amp;eam</source>
            <translation>É&amp;quipe</translation>
        </message>
        <message>
            <source>Days allocated to each expert on each activity; half days (0.5) are allowed.</source>
            <translation>Jours alloués à chaque expert pour chaque activité ; les demi-journées (0,5) sont possibles.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Add an activity</source>
            <translation>Ajouter une activité</translation>
        </message>
        <message>
            <source>Remove the activity</source>
            <translation>Retirer l'activité</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Add an expert</source>
            <translation>Ajouter un expert</translation>
        </message>
        <message>
            <source>Remove the expert</source>
            <translation>Retirer l'expert</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Add a counterpart</source>
            <translation>Ajouter un homologue</translation>
        </message>
        <message>
            <source>Remove the counterpart</source>
            <translation>Retirer l'homologue</translation>
        </message>
        <message>
            <source>{name} is on the team twice. Remove one of the two rows.</source>
            <translation>{name} figure deux fois dans l'équipe. Retirez l'une des deux lignes.</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;Historique…</translation>
        </message>
        <message>
            <source>The changes of the selected counterpart, of the days allocated in the selected cell of the team, or else of the mission; with the values they replaced.</source>
            <translation>Les modifications de l'homologue sélectionné, des jours alloués de la case sélectionnée de l'équipe, ou sinon de la mission, avec les valeurs qu'elles ont remplacées.</translation>
        </message>
    </context>
    <context>
        <name>MissionListModel</name>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>{consumed} / {allocated}</source>
            <translation>{consumed} / {allocated}</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Partner institution</source>
            <translation>Institution partenaire</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Days used / allocated</source>
            <translation>Jours utilisés / alloués</translation>
        </message>
    </context>
    <context>
        <name>MissionListWidget</name>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>Code, title, partner or country</source>
            <translation>Code, titre, partenaire ou pays</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>S&amp;tatut</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>Pa&amp;ys</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Tous les pays</translation>
        </message>
        <message numerus="yes">
            <source>%n mission(s)</source>
            <translation>
                <numerusform>%n mission</numerusform>
                <numerusform>%n missions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MissionPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Day log</source>
            <translation>Journal des journées</translation>
        </message>
        <message>
            <source>Deliverables</source>
            <translation>Livrables</translation>
        </message>
    </context>
    <context>
        <name>NewDeliverableDialog</name>
        <message>
            <source>New deliverable</source>
            <translation>Nouveau livrable</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>&amp;Written in:</source>
            <translation>&amp;Rédigé en :</translation>
        </message>
        <message>
            <source>The deliverable starts with the sections of its kind, titled in the language it is written in. You can rename, add and remove sections afterwards.</source>
            <translation>Le livrable commence avec les sections de son type, titrées dans la langue de rédaction. Vous pourrez ensuite renommer, ajouter et retirer des sections.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantModel</name>
        <message>
            <source>Removed</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Connecté</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Parti</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Joined at</source>
            <translation>Arrivé à</translation>
        </message>
        <message>
            <source>Writing in section</source>
            <translation>Écrit dans la section</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Read only</source>
            <translation>Lecture seule</translation>
        </message>
        <message>
            <source>{state}, suggests</source>
            <translation>{state}, suggère</translation>
        </message>
    </context>
    <context>
        <name>RemoveSectionBox</name>
        <message>
            <source>Remove section</source>
            <translation>Retirer la section</translation>
        </message>
        <message>
            <source>Remove the section “{title}” and its text?</source>
            <translation>Retirer la section « {title} » et son texte ?</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z) brings it back.</source>
            <translation>Annuler (Ctrl+Z) la fait revenir.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
    </context>
    <context>
        <name>SaveVersionDialog</name>
        <message>
            <source>Give the version a name that says what it was for, such as “sent to the Ministry, 12 March”.</source>
            <translation>Donnez à la version un nom qui dit à quoi elle a servi, par exemple « envoyée au ministère, 12 mars ».</translation>
        </message>
        <message>
            <source>Save named version</source>
            <translation>Enregistrer une version nommée</translation>
        </message>
        <message>
            <source>&amp;Name of this version of the text (for example “sent to the Ministry, 12 March”):</source>
            <translation>&amp;Nom de cette version du texte (par exemple « envoyée au ministère, 12 mars ») :</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Fill in your name: the day log proposes you by it.</source>
            <translation>Indiquez votre nom : le journal vous propose sous ce nom.</translation>
        </message>
        <message>
            <source>“{email}” is not an e-mail address. Correct it or leave it empty.</source>
            <translation>« {email} » n'est pas une adresse électronique. Corrigez-la ou laissez le champ vide.</translation>
        </message>
        <message>
            <source>Give your country as its two-letter code, for example FR or ES.</source>
            <translation>Indiquez votre pays par son code à deux lettres, par exemple FR ou ES.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>&amp;Langue de l'interface :</translation>
        </message>
        <message>
            <source>Your profile</source>
            <translation>Votre profil</translation>
        </message>
        <message>
            <source>Who uses this workspace. The day log proposes you as the expert of new days.</source>
            <translation>Qui utilise cet espace de travail. Le journal vous propose comme expert des nouvelles journées.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;Courriel :</translation>
        </message>
        <message>
            <source>&amp;Institution:</source>
            <translation>&amp;Institution :</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>nom@example.org</translation>
        </message>
        <message>
            <source>The administration you work for</source>
            <translation>L'administration pour laquelle vous travaillez</translation>
        </message>
        <message>
            <source>Two-letter code, e.g. FR</source>
            <translation>Code à deux lettres, p. ex. FR</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to headquarters' hub</source>
            <translation>Se connecter au hub du siège</translation>
        </message>
        <message>
            <source>&amp;Hub address</source>
            <translation>Adresse du &amp;hub</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>Nom d'&amp;utilisateur</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>Mot de &amp;passe</translation>
        </message>
        <message>
            <source>https://hub.example.org</source>
            <translation>https://hub.example.org</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Se connecter</translation>
        </message>
        <message>
            <source>This computer has no keychain the app can use: you will be signed in for this session only, and asked again when the app starts. Nothing is written to disk.</source>
            <translation>Cet ordinateur n'a pas de trousseau utilisable par l'application : vous serez connecté pour cette session seulement, et on vous le redemandera au prochain démarrage. Rien n'est écrit sur le disque.</translation>
        </message>
        <message>
            <source>Fill in the hub address, your user name and your password.</source>
            <translation>Indiquez l'adresse du hub, votre nom d'utilisateur et votre mot de passe.</translation>
        </message>
        <message>
            <source>A sync is running; try again when it is done.</source>
            <translation>Une synchronisation est en cours ; réessayez lorsqu'elle sera terminée.</translation>
        </message>
    </context>
    <context>
        <name>SignOutBox</name>
        <message>
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) not yet sent to headquarters.</source>
            <translation>
                <numerusform>%n modification pas encore envoyée au siège.</numerusform>
                <numerusform>%n modifications pas encore envoyées au siège.</numerusform>
            </translation>
        </message>
        <message>
            <source>If you sign out now, they stay on this computer but are not sent until you sign in again as the same person. To send them first, cancel and choose Sync now.</source>
            <translation>Si vous vous déconnectez maintenant, elles restent sur cet ordinateur mais ne seront envoyées que lorsque la même personne se reconnectera. Pour les envoyer d'abord, annulez et choisissez Synchroniser maintenant.</translation>
        </message>
        <message>
            <source>Sign out without sending</source>
            <translation>Se déconnecter sans envoyer</translation>
        </message>
    </context>
    <context>
        <name>SyncMenu</name>
        <message>
            <source>S&amp;ync</source>
            <translation>S&amp;ynchronisation</translation>
        </message>
        <message>
            <source>Sign &amp;in…</source>
            <translation>Se &amp;connecter…</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Sign &amp;out…</source>
            <translation>Se &amp;déconnecter…</translation>
        </message>
    </context>
    <context>
        <name>SyncPanel</name>
        <message>
            <source>The hub refused the sync. It said: “{reason}”. Tell headquarters if you cannot correct it yourself.</source>
            <translation>Le hub a refusé la synchronisation. Il a répondu : « {reason} ». Prévenez le siège si vous ne pouvez pas corriger vous-même.</translation>
        </message>
        <message>
            <source>No connection to the hub. Your changes are kept on this computer. {retry}</source>
            <translation>Pas de connexion au hub. Vos modifications sont conservées sur cet ordinateur. {retry}</translation>
        </message>
        <message>
            <source>Your sign-in has ended. Sign in again ({sign_in}) to keep syncing; nothing is lost meanwhile.</source>
            <translation>Votre connexion a expiré. Reconnectez-vous ({sign_in}) pour continuer à synchroniser ; rien n'est perdu entre-temps.</translation>
        </message>
        <message>
            <source>The hub had a problem on its side. Nothing is lost. {retry} Tell headquarters if this goes on.</source>
            <translation>Le hub a rencontré un problème de son côté. Rien n'est perdu. {retry} Prévenez le siège si cela continue.</translation>
        </message>
        <message>
            <source>The hub's certificate could not be verified, so nothing was sent. On a hotel or airport Wi-Fi, open a web page first to sign in to the network. Otherwise check the hub address; if headquarters uses its own certificate authority, ask them for its file.</source>
            <translation>Le certificat du hub n'a pas pu être vérifié : rien n'a été envoyé. Sur le Wi-Fi d'un hôtel ou d'un aéroport, ouvrez d'abord une page web pour vous connecter au réseau. Sinon, vérifiez l'adresse du hub ; si le siège utilise sa propre autorité de certification, demandez-lui son fichier.</translation>
        </message>
        <message>
            <source>This is a demo workspace: it never syncs with headquarters, so its made-up missions stay out of the real data. Start your own workspace (File &gt; Start my own workspace…) and sign in from there.</source>
            <translation>Ceci est un espace de démonstration : il n'est jamais synchronisé avec le siège, afin que ses missions fictives restent hors des données réelles. Démarrez votre propre espace (Fichier &gt; Démarrer mon propre espace de travail…) et connectez-vous depuis celui-ci.</translation>
        </message>
        <message>
            <source>Changes made under the current sign-in are not sent yet. Sync them first, or sign out (and confirm) before signing in as someone else.</source>
            <translation>Des modifications faites sous la connexion actuelle ne sont pas encore envoyées. Synchronisez-les d'abord, ou déconnectez-vous (et confirmez) avant de vous connecter sous un autre nom.</translation>
        </message>
        <message>
            <source>This version of the app and the hub do not speak the same sync protocol. Update the app, or ask headquarters.</source>
            <translation>Cette version de l'application et le hub ne parlent pas le même protocole de synchronisation. Mettez à jour l'application ou contactez le siège.</translation>
        </message>
        <message>
            <source>The hub refused changes to a mission you are not assigned to. Ask headquarters to assign you to it. The hub said: “{reason}”</source>
            <translation>Le hub a refusé des modifications d'une mission à laquelle vous n'êtes pas affecté. Demandez au siège de vous y affecter. Le hub a répondu : « {reason} »</translation>
        </message>
        <message>
            <source>Some changes are for headquarters only: approving or returning a deliverable or a timesheet (or undoing what headquarters approved or returned), a mission's team and allocated days, other people's details. The hub refused them, and they were undone on this computer; the rest of your work, text included, was synced.</source>
            <translation>Certaines modifications sont réservées au siège : approuver ou renvoyer un livrable ou une feuille de temps (ou revenir sur ce que le siège a approuvé ou renvoyé), l’équipe d’une mission et ses jours alloués, les coordonnées d’autres personnes. Le serveur central les a refusées, et elles ont été annulées sur cet ordinateur ; le reste de votre travail, texte compris, a été synchronisé.</translation>
        </message>
        <message>
            <source>The sync stopped on an unexpected error ({reason}). Nothing is lost; try again, and tell headquarters if it goes on.</source>
            <translation>La synchronisation s'est arrêtée sur une erreur inattendue ({reason}). Rien n'est perdu ; réessayez et prévenez le siège si cela continue.</translation>
        </message>
        <message>
            <source>Something other than the hub answered: a network's sign-in page (as in hotels and airports), a proxy, or a wrong hub address. Open a web page in your browser to sign in to the network, or check the hub address. Your changes are kept on this computer. {retry}</source>
            <translation>Ce n'est pas le hub qui a répondu, mais la page de connexion d'un réseau (comme dans les hôtels et les aéroports), un proxy, ou une mauvaise adresse de hub. Ouvrez une page web dans votre navigateur pour vous connecter au réseau, ou vérifiez l'adresse du hub. Vos modifications sont conservées sur cet ordinateur. {retry}</translation>
        </message>
        <message>
            <source>The hub is busy and asked to wait about {minutes} min. Nothing is lost. {retry}</source>
            <translation>Le hub est occupé et a demandé d'attendre environ {minutes} min. Rien n'est perdu. {retry}</translation>
        </message>
        <message>
            <source>Your computer's clock is {amount} ahead of the hub's. Set this computer's date, time and time zone right in the system settings: your changes are synced all the same, but their dates come from this clock.</source>
            <translation>L'horloge de votre ordinateur avance de {amount} sur celle du hub. Réglez la date, l'heure et le fuseau horaire de cet ordinateur dans les paramètres du système : vos modifications sont synchronisées quand même, mais leurs dates viennent de cette horloge.</translation>
        </message>
        <message>
            <source>Your computer's clock is {amount} behind the hub's. Set this computer's date, time and time zone right in the system settings: your changes are synced all the same, but their dates come from this clock.</source>
            <translation>L'horloge de votre ordinateur retarde de {amount} sur celle du hub. Réglez la date, l'heure et le fuseau horaire de cet ordinateur dans les paramètres du système : vos modifications sont synchronisées quand même, mais leurs dates viennent de cette horloge.</translation>
        </message>
        <message>
            <source>{count} minutes</source>
            <translation>{count} minutes</translation>
        </message>
        <message>
            <source>{count} hours</source>
            <translation>{count} heures</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} jours</translation>
        </message>
        <message>
            <source>The app tries again by itself.</source>
            <translation>L'application réessaie d'elle-même.</translation>
        </message>
        <message>
            <source>Sync &gt; Sign in…</source>
            <translation>Synchronisation &gt; Se connecter…</translation>
        </message>
        <message>
            <source>Then sign in again.</source>
            <translation>Puis reconnectez-vous.</translation>
        </message>
        <message>
            <source>The user name or the password is wrong. Check both and try again; headquarters can reset your password.</source>
            <translation>Le nom d'utilisateur ou le mot de passe est incorrect. Vérifiez les deux et réessayez ; le siège peut réinitialiser votre mot de passe.</translation>
        </message>
        <message>
            <source>The hub cannot be reached. Check the hub address and your connection, then try again.</source>
            <translation>Le hub est injoignable. Vérifiez son adresse et votre connexion, puis réessayez.</translation>
        </message>
        <message>
            <source>“{address}” is not a hub address. Write it like https://hub.example.org.</source>
            <translation>« {address} » n'est pas une adresse de hub. Écrivez-la comme https://hub.example.org.</translation>
        </message>
        <message>
            <source>The hub address must start with https:// so that your password and your sign-in do not travel in clear (http:// is accepted only for a hub on this computer).</source>
            <translation>L'adresse du hub doit commencer par https:// pour que votre mot de passe et votre connexion ne circulent pas en clair (http:// n'est accepté que pour un hub sur cet ordinateur).</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Stopping the sync…</source>
            <translation>Arrêt de la synchronisation…</translation>
        </message>
        <message>
            <source>Syncing… changes sent: {sent} of {to_send}; received: {received}</source>
            <translation>Synchronisation… modifications envoyées : {sent} sur {to_send} ; reçues : {received}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop the sync after the changes under way; the next sync goes on from there</source>
            <translation>Arrêter la synchronisation après les modifications en cours ; la prochaine synchronisation reprendra là</translation>
        </message>
        <message>
            <source>Demo workspace</source>
            <translation>Espace de démonstration</translation>
        </message>
        <message>
            <source>Not signed in: Sync &gt; Sign in… to sync with headquarters.</source>
            <translation>Non connecté : Synchronisation &gt; Se connecter… pour synchroniser avec le siège.</translation>
        </message>
        <message>
            <source>Signed in as {user}</source>
            <translation>Connecté en tant que {user}</translation>
        </message>
        <message>
            <source>Signed in as {user}, for this session only</source>
            <translation>Connecté en tant que {user}, pour cette session seulement</translation>
        </message>
        <message>
            <source>Hub: {address}</source>
            <translation>Hub : {address}</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>Last sync: {when}</source>
            <translation>Dernière synchronisation : {when}</translation>
        </message>
        <message>
            <source>Last sync: never</source>
            <translation>Dernière synchronisation : jamais</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n modification en attente</numerusform>
                <numerusform>%n modifications en attente</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Send your changes and receive headquarters' (F5)</source>
            <translation>Envoyer vos modifications et recevoir celles du siège (F5)</translation>
        </message>
    </context>
    <context>
        <name>VersionsPanel</name>
        <message>
            <source>Choose a version, then “View” to read it or “Compare with current text” to see what changed since.</source>
            <translation>Choisissez une version, puis « Afficher » pour la lire ou « Comparer au texte actuel » pour voir ce qui a changé depuis.</translation>
        </message>
        <message>
            <source>Changes since “{name}”: lines marked − (red) are gone, lines marked + (green) were added.</source>
            <translation>Modifications depuis « {name} » : les lignes marquées − (en rouge) ont disparu, celles marquées + (en vert) ont été ajoutées.</translation>
        </message>
        <message>
            <source>“{name}”, saved on {date} by {author} (read-only)</source>
            <translation>« {name} », enregistrée le {date} par {author} (lecture seule)</translation>
        </message>
        <message>
            <source>Save named version…</source>
            <translation>Enregistrer une version nommée…</translation>
        </message>
        <message>
            <source>Keep the text as it is now under a name, to read it or compare with it later</source>
            <translation>Garder le texte tel qu’il est maintenant sous un nom, pour le relire ou le comparer plus tard</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Saved on</source>
            <translation>Enregistrée le</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Named versions</source>
            <translation>Versions nommées</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Compare with current text</source>
            <translation>Comparer au texte actuel</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome</source>
            <translation>Bienvenue</translation>
        </message>
        <message>
            <source>Welcome to SOCIEUX+ Desktop</source>
            <translation>Bienvenue dans SOCIEUX+ Desktop</translation>
        </message>
        <message>
            <source>The workbook of your missions: it works without internet and keeps everything on this computer.</source>
            <translation>Le carnet de travail de vos missions : il fonctionne sans internet et garde tout sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Choose a mission in the list, then log your days in its Day log tab.</source>
            <translation>Choisissez une mission dans la liste, puis saisissez vos journées dans son onglet Journal des journées.</translation>
        </message>
        <message>
            <source>Write its deliverables in the Deliverables tab, alone or live with your counterparts in a workshop.</source>
            <translation>Rédigez ses livrables dans l'onglet Livrables, seul ou en direct avec vos homologues lors d'un atelier.</translation>
        </message>
        <message>
            <source>File &gt; Export PDF… gives the timesheet, the attendance list, a deliverable or the mission report.</source>
            <translation>Fichier &gt; Exporter en PDF… produit la feuille de temps, la liste de présence, un livrable ou le rapport de mission.</translation>
        </message>
        <message>
            <source>These missions are examples to try everything on; when you are ready, File &gt; Start my own workspace…</source>
            <translation>Ces missions sont des exemples pour tout essayer ; quand vous êtes prêt, Fichier &gt; Démarrer mon propre espace de travail…</translation>
        </message>
        <message>
            <source>To send your work to headquarters, Sync &gt; Sign in… with the address your coordinator gives you.</source>
            <translation>Pour envoyer votre travail au siège : Synchronisation &gt; Se connecter… avec l'adresse que vous donne votre coordinateur.</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>J'ai compris</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialog</name>
        <message>
            <source>“{title}” is “{status}”: its text is locked, so a workshop cannot edit it. Reopen the deliverable first, then start the workshop.</source>
            <translation>« {title} » est « {status} » : son texte est verrouillé, un atelier ne peut donc pas le modifier. Rouvrez d’abord le livrable, puis lancez l’atelier.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) connected</source>
            <translation>
                <numerusform>%n participant connecté</numerusform>
                <numerusform>%n participants connectés</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove a participant</source>
            <translation>Retirer un participant</translation>
        </message>
        <message>
            <source>Remove {name} from the workshop? Their browser is disconnected at once and can no longer read or write the deliverable.</source>
            <translation>Retirer {name} de l’atelier ? Son navigateur est déconnecté aussitôt et ne peut plus lire ni écrire le livrable.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Another program (or another workshop) already uses port {port} on {address}. End the other workshop or close that program, then click Start again.</source>
            <translation>Un autre programme (ou un autre atelier) utilise déjà le port {port} sur {address}. Terminez l’autre atelier ou fermez ce programme, puis cliquez à nouveau sur Démarrer.</translation>
        </message>
        <message>
            <source>This computer no longer has the address {address}: the network may have been turned off or changed. Check the Wi-Fi or the hotspot, click Refresh and pick the network again.</source>
            <translation>Cet ordinateur n’a plus l’adresse {address} : le réseau a peut-être été coupé ou a changé. Vérifiez le Wi-Fi ou le point d’accès, cliquez sur Actualiser et choisissez à nouveau le réseau.</translation>
        </message>
        <message>
            <source>The workshop could not start on {address} ({reason}). Pick another network, or “This computer only” to try it alone, then click Start again.</source>
            <translation>L’atelier n’a pas pu démarrer sur {address} ({reason}). Choisissez un autre réseau, ou « Cet ordinateur seulement » pour l’essayer seul, puis cliquez à nouveau sur Démarrer.</translation>
        </message>
        <message>
            <source>Allow &amp;writing</source>
            <translation>Autoriser l’é&amp;criture</translation>
        </message>
        <message>
            <source>Make &amp;read-only</source>
            <translation>Mettre en &amp;lecture seule</translation>
        </message>
        <message>
            <source>The workshop has ended: access is closed. The link and the PIN no longer work; what was written is in the deliverable, and the participants are on its attendance list.</source>
            <translation>L’atelier est terminé : l’accès est fermé. Le lien et le code PIN ne fonctionnent plus ; ce qui a été écrit est dans le livrable, et les participants figurent sur sa liste de présence.</translation>
        </message>
        <message>
            <source>Participants open the link (or scan the code) on this network, type their name and the PIN, and write with you. Keep this window open during the workshop.</source>
            <translation>Les participants ouvrent le lien (ou scannent le code) sur ce réseau, saisissent leur nom et le code PIN, et écrivent avec vous. Gardez cette fenêtre ouverte pendant l’atelier.</translation>
        </message>
        <message>
            <source>This computer only ({address})</source>
            <translation>Cet ordinateur seulement ({address})</translation>
        </message>
        <message>
            <source>{network} ({address})</source>
            <translation>{network} ({address})</translation>
        </message>
        <message>
            <source>Workshop — {title}</source>
            <translation>Atelier — {title}</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation>&amp;Réseau :</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Actua&amp;liser</translation>
        </message>
        <message>
            <source>Pick the network the participants are on: the room's Wi-Fi, or the hotspot of this computer or of a phone. No internet is needed. “This computer only” lets you try the workshop alone.</source>
            <translation>Choisissez le réseau sur lequel se trouvent les participants : le Wi-Fi de la salle, ou le point d’accès de cet ordinateur ou d’un téléphone. Aucune connexion Internet n’est nécessaire. « Cet ordinateur seulement » permet d’essayer l’atelier seul.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Démarrer</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <source>Link to open in a browser:</source>
            <translation>Lien à ouvrir dans un navigateur :</translation>
        </message>
        <message>
            <source>PIN:</source>
            <translation>Code PIN :</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>&amp;Copier le lien</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>Reti&amp;rer…</translation>
        </message>
        <message>
            <source>&amp;End workshop</source>
            <translation>&amp;Terminer l’atelier</translation>
        </message>
        <message>
            <source>{name} ({author})</source>
            <translation>{name} ({author})</translation>
        </message>
        <message>
            <source>No named version yet: name one in the editor's Versions panel first.</source>
            <translation>Aucune version nommée pour l’instant : nommez-en d’abord une dans le panneau Versions de l’éditeur.</translation>
        </message>
        <message>
            <source>Everyone's changes, and those of whoever joins next, become suggestions you accept or reject in the deliverable editor</source>
            <translation>Les modifications de chacun, et de qui rejoindra ensuite, deviennent des suggestions que vous acceptez ou refusez dans l’éditeur du livrable</translation>
        </message>
        <message>
            <source>Restore a &amp;version</source>
            <translation>Restaurer une &amp;version</translation>
        </message>
        <message>
            <source>&amp;Undo all of {name}'s edits</source>
            <translation>&amp;Annuler toutes les modifications de {name}</translation>
        </message>
        <message>
            <source>&amp;Undo all of a participant's edits</source>
            <translation>&amp;Annuler toutes les modifications d’un participant</translation>
        </message>
        <message>
            <source>New &amp;PIN</source>
            <translation>Nouveau code &amp;PIN</translation>
        </message>
        <message numerus="yes">
            <source>%n wrong PIN(s) in the last minute: joining waits {seconds} s for everyone. If someone is guessing, click New PIN and give the new one to the participants still to join.</source>
            <translation>
                <numerusform>%n code PIN incorrect dans la dernière minute : l’accès attend {seconds} s pour tout le monde. Si quelqu’un essaie de deviner, cliquez sur Nouveau code PIN et donnez-le aux participants qui doivent encore rejoindre l’atelier.</numerusform>
                <numerusform>%n codes PIN incorrects dans la dernière minute : l’accès attend {seconds} s pour tout le monde. Si quelqu’un essaie de deviner, cliquez sur Nouveau code PIN et donnez-le aux participants qui doivent encore rejoindre l’atelier.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n wrong PIN(s) in the last minute. If someone is guessing, click New PIN and give the new one to the participants still to join.</source>
            <translation>
                <numerusform>%n code PIN incorrect dans la dernière minute. Si quelqu’un essaie de deviner, cliquez sur Nouveau code PIN et donnez-le aux participants qui doivent encore rejoindre l’atelier.</numerusform>
                <numerusform>%n codes PIN incorrects dans la dernière minute. Si quelqu’un essaie de deviner, cliquez sur Nouveau code PIN et donnez-le aux participants qui doivent encore rejoindre l’atelier.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Everyone suggests</source>
            <translation>&amp;Tout le monde suggère</translation>
        </message>
        <message>
            <source>Let write &amp;directly</source>
            <translation>Laisser écrire &amp;directement</translation>
        </message>
        <message>
            <source>Make &amp;suggest</source>
            <translation>Mettre en mode &amp;suggestion</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Fait sur</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Nouvelle valeur</translation>
        </message>
        <message>
            <source>Value it replaced</source>
            <translation>Valeur remplacée</translation>
        </message>
    </context>
    <context>
        <name>LostChanges</name>
        <message>
            <source>Deleted on {device}; your changes to it went with it.</source>
            <translation>Supprimé sur {device} ; vos modifications ont disparu avec lui.</translation>
        </message>
        <message>
            <source>{field}: your “{mine}” was replaced by “{theirs}” from {device}, which had not seen yours.</source>
            <translation>{field} : votre « {mine} » a été remplacé par « {theirs} » venu de {device}, qui n'avait pas vu le vôtre.</translation>
        </message>
    </context>
    <context>
        <name>LostChangesDialog</name>
        <message>
            <source>Changes lost in merges</source>
            <translation>Modifications perdues lors des fusions</translation>
        </message>
        <message>
            <source>When two computers change the same record before they sync, the later change wins. These changes of yours lost that way. Bring one back to write it again (it then wins everywhere at the next sync), or let it go: it stays in the record's history.</source>
            <translation>Quand deux ordinateurs modifient le même enregistrement avant de se synchroniser, la modification la plus récente l'emporte. Les modifications ci-dessous, faites ici, ont été écartées ainsi. Rétablissez-en une pour l'écrire à nouveau (elle l'emporte alors partout à la prochaine synchronisation), ou abandonnez-la : elle reste dans l'historique de l'enregistrement.</translation>
        </message>
        <message>
            <source>No change of yours was lost in a merge.</source>
            <translation>Aucune de vos modifications n'a été perdue lors d'une fusion.</translation>
        </message>
        <message>
            <source>&amp;Bring back</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Let go</source>
            <translation>&amp;Abandonner</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;Historique…</translation>
        </message>
        <message>
            <source>A status follows its workflow: change it from the mission's timesheet or the deliverable.</source>
            <translation>Un statut suit son circuit de validation : changez-le depuis la feuille de temps de la mission ou le livrable.</translation>
        </message>
        <message>
            <source>It cannot be brought back as it is: {reason}</source>
            <translation>Impossible de la rétablir telle quelle : {reason}</translation>
        </message>
        <message>
            <source>This record is no longer on this computer; sync, then try again.</source>
            <translation>Cet enregistrement n'est plus sur cet ordinateur ; synchronisez, puis réessayez.</translation>
        </message>
    </context>
    <context>
        <name>LostChangesModel</name>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
    </context>
    <context>
        <name>RecordHistory</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Partner institution</source>
            <translation>Institution partenaire</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Home institution</source>
            <translation>Institution d'origine</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalité</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Timesheet</source>
            <translation>Feuille de temps</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>Cross-cutting issues</source>
            <translation>Questions transversales</translation>
        </message>
        <message>
            <source>Terms of reference</source>
            <translation>Termes de référence</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Expert</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
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
            <source>Counterparts met</source>
            <translation>Homologues rencontrés</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Action {code}</source>
            <translation>Action {code}</translation>
        </message>
        <message>
            <source>Activity {code}: {title}</source>
            <translation>Activité {code} : {title}</translation>
        </message>
        <message>
            <source>Expert {name}</source>
            <translation>Expert {name}</translation>
        </message>
        <message>
            <source>Mission {code}: {title}</source>
            <translation>Mission {code} : {title}</translation>
        </message>
        <message>
            <source>{expert} on the team</source>
            <translation>{expert} dans l'équipe</translation>
        </message>
        <message>
            <source>Days allocated to {expert}: {days}</source>
            <translation>Jours alloués à {expert} : {days}</translation>
        </message>
        <message>
            <source>Counterpart {name}</source>
            <translation>Homologue {name}</translation>
        </message>
        <message>
            <source>Day of {day}: {kind}, {place}</source>
            <translation>Journée du {day} : {kind}, {place}</translation>
        </message>
        <message>
            <source>Deliverable “{title}”</source>
            <translation>Livrable « {title} »</translation>
        </message>
        <message>
            <source>A record this computer does not have</source>
            <translation>Un enregistrement absent de cet ordinateur</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Cet ordinateur</translation>
        </message>
        <message>
            <source>Another computer ({device})</source>
            <translation>Un autre ordinateur ({device})</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Supprimé</translation>
        </message>
        <message>
            <source>Brought back</source>
            <translation>Rétabli</translation>
        </message>
    </context>
    <context>
        <name>RecordHistoryDialog</name>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>{record} (deleted)</source>
            <translation>{record} (supprimé)</translation>
        </message>
        <message>
            <source>Every change of this record, on this computer and on the others it synced with, newest first, with the value each change replaced. A value that lost in a merge stays here; bring it back from Sync &gt; Changes lost in merges.</source>
            <translation>Toutes les modifications de cet enregistrement, sur cet ordinateur et sur ceux avec lesquels il s'est synchronisé, les plus récentes d'abord, avec la valeur que chacune a remplacée. Une valeur perdue lors d'une fusion reste ici ; rétablissez-la depuis Synchroniser &gt; Modifications perdues lors des fusions.</translation>
        </message>
    </context>
    <context>
        <name>SetAside</name>
        <message>
            <source>It does not follow the sync protocol, so it could not be read ({detail}). A newer version of the app may read it; tell headquarters if this goes on.</source>
            <translation>Elle ne suit pas le protocole de synchronisation et n'a pas pu être lue ({detail}). Une version plus récente de l'application pourra peut-être la lire ; prévenez le siège si cela continue.</translation>
        </message>
        <message>
            <source>The rules refuse it: {reason}</source>
            <translation>Les règles la refusent : {reason}</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Refusée : {reason}</translation>
        </message>
    </context>
    <context>
        <name>SetAsideDialog</name>
        <message>
            <source>Changes set aside</source>
            <translation>Modifications mises de côté</translation>
        </message>
        <message>
            <source>These changes came from other computers with the sync, but the rules refuse them or they cannot be read, so they were not applied: your records keep their values and the rest of the sync went on. They are kept here and apply by themselves if a later version of the rules accepts them; a corrected change from their author applies as usual.</source>
            <translation>Ces modifications sont venues d'autres ordinateurs avec la synchronisation, mais les règles les refusent ou elles sont illisibles : elles n'ont pas été appliquées, vos enregistrements gardent leurs valeurs et le reste de la synchronisation a continué. Elles sont conservées ici et s'appliquent d'elles-mêmes si une version ultérieure des règles les accepte ; une modification corrigée par leur auteur s'applique normalement.</translation>
        </message>
        <message>
            <source>No change is set aside.</source>
            <translation>Aucune modification n'est mise de côté.</translation>
        </message>
    </context>
    <context>
        <name>SetAsideModel</name>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Why it was set aside</source>
            <translation>Pourquoi elle a été mise de côté</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçue</translation>
        </message>
    </context>
    <context>
        <name>SyncReviewWidget</name>
        <message numerus="yes">
            <source>%n day entry(ies) to check in the day log</source>
            <translation>
                <numerusform>%n journée à vérifier dans le journal des jours</numerusform>
                <numerusform>%n journées à vérifier dans le journal des jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Merged with changes from another computer, these entries break a rule around them. Both sides were kept: correct or delete an entry in the day log (marked with a warning sign), and the next sync forgets the warning.</source>
            <translation>Fusionnées avec les modifications d'un autre ordinateur, ces saisies enfreignent une règle. Les deux côtés ont été conservés : corrigez ou supprimez une saisie dans le journal des jours (marquée d'un signe d'avertissement), et la synchronisation suivante oublie l'avertissement.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) lost in merges – review</source>
            <translation>
                <numerusform>%n modification perdue lors des fusions – voir</numerusform>
                <numerusform>%n modifications perdues lors des fusions – voir</numerusform>
            </translation>
        </message>
        <message>
            <source>Changes of yours that a later change from another computer replaced, or whose record was deleted there. Bring them back or let them go.</source>
            <translation>Vos modifications qu'une modification plus récente d'un autre ordinateur a remplacées, ou dont l'enregistrement y a été supprimé. Rétablissez-les ou abandonnez-les.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) set aside – review</source>
            <translation>
                <numerusform>%n modification mise de côté – voir</numerusform>
                <numerusform>%n modifications mises de côté – voir</numerusform>
            </translation>
        </message>
        <message>
            <source>Changes received from other computers that the rules refuse: they were not applied.</source>
            <translation>Modifications reçues d'autres ordinateurs que les règles refusent : elles n'ont pas été appliquées.</translation>
        </message>
        <message>
            <source>Changes &amp;lost in merges…</source>
            <translation>Modifications &amp;perdues lors des fusions…</translation>
        </message>
        <message>
            <source>Changes set &amp;aside…</source>
            <translation>Modifications mises de &amp;côté…</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <source>(untitled)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <source>(section deleted)</source>
            <translation>(section supprimée)</translation>
        </message>
        <message>
            <source>Insert: %1</source>
            <translation>Insérer : %1</translation>
        </message>
        <message>
            <source>Delete: %1</source>
            <translation>Supprimer : %1</translation>
        </message>
        <message>
            <source> (its place was deleted)</source>
            <translation> (son emplacement a été supprimé)</translation>
        </message>
        <message>
            <source>No suggestions. Workshop participants you set to suggest write their changes here for you to accept or reject.</source>
            <translation>Aucune suggestion. Les participants de l’atelier que vous mettez en mode suggestion écrivent ici leurs modifications, que vous acceptez ou refusez.</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Accepter</translation>
        </message>
        <message>
            <source>Make the chosen suggestion part of the text</source>
            <translation>Intégrer la suggestion choisie au texte</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>Re&amp;fuser</translation>
        </message>
        <message>
            <source>Remove the chosen suggestion; the text stays as it is</source>
            <translation>Retirer la suggestion choisie ; le texte reste tel quel</translation>
        </message>
        <message>
            <source>Accept all</source>
            <translation>Tout accepter</translation>
        </message>
        <message>
            <source>Reject all</source>
            <translation>Tout refuser</translation>
        </message>
    </context>
</TS>
