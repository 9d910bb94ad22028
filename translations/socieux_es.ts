<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About SOCIEUX+ Desktop</source>
            <translation>Acerca de SOCIEUX+ Desktop</translation>
        </message>
        <message>
            <source>SOCIEUX+ Desktop</source>
            <translation>SOCIEUX+ Desktop</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Versión {version}</translation>
        </message>
        <message>
            <source>The offline workbook of SOCIEUX+ experts on mission: log your days, follow them against the days allocated and submit the mission's timesheet, with or without internet.</source>
            <translation>El cuaderno de trabajo sin conexión de los expertos de SOCIEUX+ en misión: registre sus días, compárelos con los días asignados y envíe la hoja de tiempo de la misión, con o sin internet.</translation>
        </message>
        <message>
            <source>SOCIEUX+ is co-funded by the European Union.</source>
            <translation>SOCIEUX+ está cofinanciado por la Unión Europea.</translation>
        </message>
        <message>
            <source>The data of this workspace is in:</source>
            <translation>Los datos de este espacio de trabajo están en:</translation>
        </message>
        <message>
            <source>Licence: {licence}</source>
            <translation>Licencia: {licence}</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <source>Passage deleted; it read “{quote}”</source>
            <translation>Pasaje eliminado; decía «{quote}»</translation>
        </message>
        <message>
            <source>“{passage}”</source>
            <translation>«{passage}»</translation>
        </message>
        <message>
            <source>{author}, {date}</source>
            <translation>{author}, {date}</translation>
        </message>
        <message>
            <source>Resolved by {name}</source>
            <translation>Resuelto por {name}</translation>
        </message>
        <message>
            <source>When commented, the passage read: “{quote}”</source>
            <translation>Al comentarlo, el pasaje decía: «{quote}»</translation>
        </message>
        <message>
            <source>Select the passage to comment on in the text first.</source>
            <translation>Seleccione primero en el texto el pasaje que quiere comentar.</translation>
        </message>
        <message>
            <source>Write your comment first, then click “Comment on the selection”.</source>
            <translation>Escriba primero su comentario y luego haga clic en «Comentar la selección».</translation>
        </message>
        <message>
            <source>That passage is no longer in the text (it may have just been changed elsewhere). Select it again.</source>
            <translation>Ese pasaje ya no está en el texto (quizá acaba de cambiarse en otro lugar). Vuelva a seleccionarlo.</translation>
        </message>
        <message>
            <source>This comment was deleted meanwhile.</source>
            <translation>Este comentario se eliminó mientras tanto.</translation>
        </message>
        <message>
            <source>No comments. Select a passage in the text, write a comment above and click “Comment on the selection”.</source>
            <translation>No hay comentarios. Seleccione un pasaje del texto, escriba un comentario arriba y haga clic en «Comentar la selección».</translation>
        </message>
        <message>
            <source>Your comment on the selected passage</source>
            <translation>Su comentario sobre el pasaje seleccionado</translation>
        </message>
        <message>
            <source>Comment on the selection</source>
            <translation>Comentar la selección</translation>
        </message>
        <message>
            <source>Ctrl+Enter in the comment field does the same</source>
            <translation>Ctrl+Intro en el campo del comentario hace lo mismo</translation>
        </message>
        <message>
            <source>Show resolved comments</source>
            <translation>Mostrar los comentarios resueltos</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Resolver</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Only the author of a comment can delete it.</source>
            <translation>Solo el autor de un comentario puede eliminarlo.</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <source>↳ {author}: {text}</source>
            <translation>↳ {author}: {text}</translation>
        </message>
        <message>
            <source>Write your reply in the comment field first, then click “Reply”.</source>
            <translation>Escriba primero su respuesta en el campo del comentario y luego haga clic en «Responder».</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Responder</translation>
        </message>
        <message>
            <source>Answer the chosen comment with the text of the comment field</source>
            <translation>Responder al comentario elegido con el texto del campo del comentario</translation>
        </message>
    </context>
    <context>
        <name>DayEntryForm</name>
        <message>
            <source>Full day</source>
            <translation>Día completo</translation>
        </message>
        <message>
            <source>Half day</source>
            <translation>Medio día</translation>
        </message>
        <message>
            <source>Change a day</source>
            <translation>Modificar un día</translation>
        </message>
        <message>
            <source>Log a day</source>
            <translation>Registrar un día</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <source>E&amp;xpert</source>
            <translation>E&amp;xperto</translation>
        </message>
        <message>
            <source>&amp;Kind of day</source>
            <translation>&amp;Tipo de día</translation>
        </message>
        <message>
            <source>Ha&amp;lf or full day</source>
            <translation>&amp;Medio día o día completo</translation>
        </message>
        <message>
            <source>&amp;Activity</source>
            <translation>&amp;Actividad</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Lugar</translation>
        </message>
        <message>
            <source>D&amp;escription</source>
            <translation>D&amp;escripción</translation>
        </message>
        <message>
            <source>&amp;Counterparts</source>
            <translation>&amp;Contrapartes</translation>
        </message>
        <message>
            <source>Where, e.g. the institution's meeting room</source>
            <translation>Dónde, p. ej. la sala de reuniones de la institución</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Lo que se hizo</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Enter or Ctrl+Enter in any field</source>
            <translation>Intro o Ctrl+Intro en cualquier campo</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Nuevo registro</translation>
        </message>
        <message>
            <source>Escape</source>
            <translation>Esc</translation>
        </message>
    </context>
    <context>
        <name>DayLogCommand</name>
        <message>
            <source>Log the day of {date}</source>
            <translation>Registrar el día {date}</translation>
        </message>
        <message>
            <source>Change the day of {date}</source>
            <translation>Modificar el día {date}</translation>
        </message>
    </context>
    <context>
        <name>DayLogModel</name>
        <message>
            <source>Merged with changes from another computer, this entry breaks a rule (both were kept; correct or delete one):</source>
            <translation>Fusionada con los cambios de otro ordenador, esta entrada incumple una regla (se conservaron ambas; corrija o elimine una):</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Experto</translation>
        </message>
        <message>
            <source>Kind of day</source>
            <translation>Tipo de día</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Counterparts</source>
            <translation>Contrapartes</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Misión</translation>
        </message>
    </context>
    <context>
        <name>DayLogWidget</name>
        <message>
            <source>Choose an expert and an activity first. If a list is empty, add the expert to the mission's team or an activity to its action.</source>
            <translation>Elija primero un experto y una actividad. Si una lista está vacía, añada el experto al equipo de la misión o una actividad a su acción.</translation>
        </message>
        <message>
            <source>This list shows the days of every mission. Open a mission to log or change its days.</source>
            <translation>Esta lista muestra los días de todas las misiones. Abra una misión para registrar o modificar sus días.</translation>
        </message>
        <message>
            <source>This mission was deleted; its days can no longer be changed.</source>
            <translation>Esta misión fue eliminada; sus días ya no se pueden modificar.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n registro</numerusform>
                <numerusform>%n registros</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {total} entries</source>
            <translation>{shown} de {total} registros</translation>
        </message>
        <message>
            <source>Filter by date, kind of day, activity, place, description or counterpart (Ctrl+F)</source>
            <translation>Filtrar por fecha, tipo de día, actividad, lugar, descripción o contraparte (Ctrl+F)</translation>
        </message>
        <message>
            <source>Delete (Delete key)</source>
            <translation>Eliminar (tecla Supr)</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historial…</translation>
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
            <translation>Estado: {status}</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n palabra</numerusform>
                <numerusform>%n palabras</numerusform>
            </translation>
        </message>
        <message>
            <source>(untitled section)</source>
            <translation>(sección sin título)</translation>
        </message>
        <message>
            <source>Share with counterparts</source>
            <translation>Compartir con las contrapartes</translation>
        </message>
        <message>
            <source>Submit to headquarters</source>
            <translation>Enviar a la sede</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Aprobar</translation>
        </message>
        <message>
            <source>Return with comments</source>
            <translation>Devolver con comentarios</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add a section after this one</source>
            <translation>Añadir una sección después de esta</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove this section</source>
            <translation>Quitar esta sección</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Section title</source>
            <translation>Título de la sección</translation>
        </message>
        <message>
            <source>Write here. Markdown: # heading, - list item, **bold**, | table | cells |</source>
            <translation>Escriba aquí. Markdown: # título, - elemento de lista, **negrita**, | celdas | de tabla |</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo your last edit (Ctrl+Z); others' edits stay</source>
            <translation>Deshacer su último cambio (Ctrl+Z); los cambios de los demás se mantienen</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Rehacer (Ctrl+Mayús+Z)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versiones</translation>
        </message>
        <message>
            <source>Column {number}</source>
            <translation>Columna {number}</translation>
        </message>
        <message>
            <source>Insert a link</source>
            <translation>Insertar un enlace</translation>
        </message>
        <message>
            <source>Address of the page (https://…):</source>
            <translation>Dirección de la página (https://…):</translation>
        </message>
        <message>
            <source>“{address}” is not a web address. Type an address such as https://socieux.eu, then insert the link again.</source>
            <translation>«{address}» no es una dirección web. Escriba una dirección como https://socieux.eu y vuelva a insertar el enlace.</translation>
        </message>
        <message>
            <source>B</source>
            <comment>bold, as on Word's button</comment>
            <translation>N</translation>
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation>Negrita (Ctrl+B)</translation>
        </message>
        <message>
            <source>I</source>
            <comment>italic, as on Word's button</comment>
            <translation>C</translation>
        </message>
        <message>
            <source>Italic (Ctrl+I)</source>
            <translation>Cursiva (Ctrl+I)</translation>
        </message>
        <message>
            <source>H1</source>
            <translation>T1</translation>
        </message>
        <message>
            <source>Heading 1 (Ctrl+1)</source>
            <translation>Título 1 (Ctrl+1)</translation>
        </message>
        <message>
            <source>H2</source>
            <translation>T2</translation>
        </message>
        <message>
            <source>Heading 2 (Ctrl+2)</source>
            <translation>Título 2 (Ctrl+2)</translation>
        </message>
        <message>
            <source>H3</source>
            <translation>T3</translation>
        </message>
        <message>
            <source>Heading 3 (Ctrl+3)</source>
            <translation>Título 3 (Ctrl+3)</translation>
        </message>
        <message>
            <source>• List</source>
            <translation>• Lista</translation>
        </message>
        <message>
            <source>Bulleted list (Ctrl+Shift+8)</source>
            <translation>Lista con viñetas (Ctrl+Mayús+8)</translation>
        </message>
        <message>
            <source>1. List</source>
            <translation>1. Lista</translation>
        </message>
        <message>
            <source>Numbered list (Ctrl+Shift+7)</source>
            <translation>Lista numerada (Ctrl+Mayús+7)</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabla</translation>
        </message>
        <message>
            <source>Insert a table</source>
            <translation>Insertar una tabla</translation>
        </message>
        <message>
            <source>Link…</source>
            <translation>Enlace…</translation>
        </message>
        <message>
            <source>Insert a link (Ctrl+K)</source>
            <translation>Insertar un enlace (Ctrl+K)</translation>
        </message>
        <message>
            <source>Insert image</source>
            <translation>Insertar imagen</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>This picture is larger than 20 MB: save it smaller (for instance as a JPEG of 2,000 pixels) and insert it again.</source>
            <translation>Esta imagen supera los 20 MB: guárdela más pequeña (por ejemplo, como JPEG de 2000 píxeles) e insértela de nuevo.</translation>
        </message>
        <message>
            <source>This file could not be read: check that it is still there and that you may open it, then insert it again.</source>
            <translation>No se ha podido leer este archivo: compruebe que sigue ahí y que puede abrirlo, y vuelva a insertarlo.</translation>
        </message>
        <message>
            <source>This file is not a picture that can be printed: choose a PNG, JPEG, GIF, WebP, BMP or TIFF image.</source>
            <translation>Este archivo no es una imagen que se pueda imprimir: elija una imagen PNG, JPEG, GIF, WebP, BMP o TIFF.</translation>
        </message>
        <message>
            <source>Insert &amp;image…</source>
            <translation>Insertar &amp;imagen…</translation>
        </message>
        <message>
            <source>Attach a picture from this computer to the deliverable and show it here</source>
            <translation>Adjuntar al entregable una imagen de este ordenador y mostrarla aquí</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Sugerencias</translation>
        </message>
    </context>
    <context>
        <name>DeliverableTableModel</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Palabras</translation>
        </message>
    </context>
    <context>
        <name>DeliverablesWidget</name>
        <message>
            <source>The file “{file}” could not be written ({reason}). Choose another folder, such as your documents, and export again.</source>
            <translation>No se pudo escribir el archivo «{file}» ({reason}). Elija otra carpeta, por ejemplo sus documentos, y vuelva a exportar.</translation>
        </message>
        <message>
            <source>“{title}” was exported to “{file}”. Send this file to your colleague; they merge it with “Merge from file…”.</source>
            <translation>«{title}» se exportó a «{file}». Envíe este archivo a su colega; lo fusionará con «Fusionar desde un archivo…».</translation>
        </message>
        <message>
            <source>“{file}” holds another deliverable, not “{title}”. Choose the file exported from this deliverable, or merge this file into its own deliverable.</source>
            <translation>«{file}» contiene otro entregable, no «{title}». Elija el archivo exportado desde este entregable, o fusione este archivo en su propio entregable.</translation>
        </message>
        <message>
            <source>“{file}” cannot be merged: it is damaged or is not a deliverable file. Nothing was changed. Ask your colleague to export the deliverable again and merge the new file.</source>
            <translation>«{file}» no se puede fusionar: está dañado o no es un archivo de entregable. No se cambió nada. Pida a su colega que vuelva a exportar el entregable y fusione el archivo nuevo.</translation>
        </message>
        <message>
            <source>“{file}” brought nothing new: “{title}” already holds all of its text.</source>
            <translation>«{file}» no aportó nada nuevo: «{title}» ya contiene todo su texto.</translation>
        </message>
        <message>
            <source>“{file}” was merged into “{title}”: the text now holds the edits of both copies.</source>
            <translation>«{file}» se fusionó en «{title}»: el texto contiene ahora los cambios de ambas copias.</translation>
        </message>
        <message>
            <source>“{title}” is “{status}”: its text is locked, so a workshop cannot edit it. Reopen the deliverable first, then start the workshop.</source>
            <translation>«{title}» está «{status}»: su texto está bloqueado, así que un taller no puede editarlo. Reabra primero el entregable y luego inicie el taller.</translation>
        </message>
        <message>
            <source>Export the deliverable to a file</source>
            <translation>Exportar el entregable a un archivo</translation>
        </message>
        <message>
            <source>Deliverable files (*{suffix})</source>
            <translation>Archivos de entregable (*{suffix})</translation>
        </message>
        <message>
            <source>Merge a copy of the deliverable from a file</source>
            <translation>Fusionar una copia del entregable desde un archivo</translation>
        </message>
        <message>
            <source>Deliverable files (*{suffix});;All files (*)</source>
            <translation>Archivos de entregable (*{suffix});;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Workshop running</source>
            <translation>Taller en curso</translation>
        </message>
        <message>
            <source>A workshop is editing this deliverable. End the workshop before closing it.</source>
            <translation>Un taller está editando este entregable. Termine el taller antes de cerrarlo.</translation>
        </message>
        <message>
            <source>Choose a mission in the list to see its deliverables.</source>
            <translation>Elija una misión en la lista para ver sus entregables.</translation>
        </message>
        <message>
            <source>New deliverable…</source>
            <translation>Nuevo entregable…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Export to file…</source>
            <translation>Exportar a un archivo…</translation>
        </message>
        <message>
            <source>Merge from file…</source>
            <translation>Fusionar desde un archivo…</translation>
        </message>
        <message>
            <source>Start workshop…</source>
            <translation>Iniciar un taller…</translation>
        </message>
        <message>
            <source>Export to PDF…</source>
            <translation>Exportar a PDF…</translation>
        </message>
        <message>
            <source>“{title}” was exported to “{file}”. It opens in Word and LibreOffice, with its comments.</source>
            <translation>«{title}» se ha exportado a «{file}». Se abre en Word y LibreOffice, con sus comentarios.</translation>
        </message>
        <message>
            <source>Export the deliverable to Word</source>
            <translation>Exportar el entregable a Word</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documentos de Word (*.docx)</translation>
        </message>
        <message>
            <source>Import a Word document</source>
            <translation>Importar un documento de Word</translation>
        </message>
        <message>
            <source>Word documents (*.docx);;All files (*)</source>
            <translation>Documentos de Word (*.docx);;Todos los archivos (*)</translation>
        </message>
        <message numerus="yes">
            <source>“{file}” was imported into “{title}”: %n section(s) added.</source>
            <translation>
                <numerusform>«{file}» se ha importado en «{title}»: %n sección añadida.</numerusform>
                <numerusform>«{file}» se ha importado en «{title}»: %n secciones añadidas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s) came with it.</source>
            <translation>
                <numerusform>Incluía %n comentario.</numerusform>
                <numerusform>Incluía %n comentarios.</numerusform>
            </translation>
        </message>
        <message>
            <source>Its tracked changes were accepted.</source>
            <translation>Se aceptaron sus cambios registrados.</translation>
        </message>
        <message>
            <source>Not carried over (copy them by hand if you need them): {items}.</source>
            <translation>No se han incorporado (cópielos a mano si los necesita): {items}.</translation>
        </message>
        <message numerus="yes">
            <source>%n text box(es)</source>
            <translation>
                <numerusform>%n cuadro de texto</numerusform>
                <numerusform>%n cuadros de texto</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n footnote(s)</source>
            <translation>
                <numerusform>%n nota al pie</numerusform>
                <numerusform>%n notas al pie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n endnote(s)</source>
            <translation>
                <numerusform>%n nota final</numerusform>
                <numerusform>%n notas finales</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n imagen</numerusform>
                <numerusform>%n imágenes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n embedded object(s) or chart(s)</source>
            <translation>
                <numerusform>%n objeto incrustado o gráfico</numerusform>
                <numerusform>%n objetos incrustados o gráficos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n equation(s)</source>
            <translation>
                <numerusform>%n ecuación</numerusform>
                <numerusform>%n ecuaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n header(s) or footer(s)</source>
            <translation>
                <numerusform>%n encabezado o pie de página</numerusform>
                <numerusform>%n encabezados o pies de página</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s) whose passage could not be found</source>
            <translation>
                <numerusform>%n comentario cuyo pasaje no se ha encontrado</numerusform>
                <numerusform>%n comentarios cuyo pasaje no se ha encontrado</numerusform>
            </translation>
        </message>
        <message>
            <source>“{file}” could not be made ({reason}). Try again; if it happens again, tell headquarters what you did.</source>
            <translation>No se ha podido crear «{file}» ({reason}). Inténtelo de nuevo; si vuelve a ocurrir, explique a la sede lo que hizo.</translation>
        </message>
        <message>
            <source>“{file}” is an old Word document (.doc) or is protected by a password. Open it in Word or LibreOffice, save it as a Word document (.docx) without a password, then import that file.</source>
            <translation>«{file}» es un documento de Word antiguo (.doc) o está protegido con contraseña. Ábralo en Word o LibreOffice, guárdelo como documento de Word (.docx) sin contraseña e importe ese archivo.</translation>
        </message>
        <message>
            <source>“{file}” is not a Word document (.docx). Choose a .docx file; to bring in another kind of file, open it in Word or LibreOffice and save it as .docx first.</source>
            <translation>«{file}» no es un documento de Word (.docx). Elija un archivo .docx; para importar otro tipo de archivo, ábralo antes en Word o LibreOffice y guárdelo como .docx.</translation>
        </message>
        <message>
            <source>“{file}” is damaged: its contents cannot be read. Open it in Word or LibreOffice, save it again as .docx, then import it. Nothing was changed.</source>
            <translation>«{file}» está dañado: no se puede leer su contenido. Ábralo en Word o LibreOffice, guárdelo de nuevo como .docx e impórtelo. No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>“{file}” is too large to import. Remove its large images or split it into several documents, then import them one by one.</source>
            <translation>«{file}» es demasiado grande para importarlo. Quite sus imágenes grandes o divídalo en varios documentos e impórtelos uno a uno.</translation>
        </message>
        <message>
            <source>“{file}” could not be opened ({reason}). Check that it is still there and that you may read it, then import it again.</source>
            <translation>No se ha podido abrir «{file}» ({reason}). Compruebe que sigue ahí y que puede leerlo, e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>Export to Word…</source>
            <translation>Exportar a Word…</translation>
        </message>
        <message>
            <source>Import from Word</source>
            <translation>Importar desde Word</translation>
        </message>
        <message>
            <source>As a new deliverable…</source>
            <translation>Como nuevo entregable…</translation>
        </message>
        <message>
            <source>As new sections of the selected deliverable…</source>
            <translation>Como nuevas secciones del entregable seleccionado…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historial…</translation>
        </message>
    </context>
    <context>
        <name>ExportPdfDialog</name>
        <message>
            <source>Export the report as PDF</source>
            <translation>Exportar el informe en PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Mission {code} has no workshop yet, so nobody is on an attendance list. Start a workshop from a deliverable (Deliverables tab, “Start workshop…”), or tick “Blank list to print” for a paper workshop.</source>
            <translation>La misión {code} todavía no tiene taller, así que nadie figura en una lista de asistencia. Inicie un taller desde un entregable (pestaña Entregables, «Iniciar un taller…») o marque «Lista en blanco para imprimir» para un taller en papel.</translation>
        </message>
        <message>
            <source>Mission {code} has no deliverable yet. Create one in the Deliverables tab (“New deliverable…”), then export it.</source>
            <translation>La misión {code} todavía no tiene entregables. Cree uno en la pestaña Entregables («Nuevo entregable…») y luego expórtelo.</translation>
        </message>
        <message>
            <source>Choose the deliverable to export in the list, then export again.</source>
            <translation>Elija en la lista el entregable que desea exportar y vuelva a exportar.</translation>
        </message>
        <message>
            <source>The chosen deliverable is no longer part of this mission. Close this window, open it again and choose another deliverable.</source>
            <translation>El entregable elegido ya no forma parte de esta misión. Cierre esta ventana, ábrala de nuevo y elija otro entregable.</translation>
        </message>
        <message>
            <source>The chosen workshop is no longer part of this mission. Close this window, open it again and choose another workshop.</source>
            <translation>El taller elegido ya no forma parte de esta misión. Cierre esta ventana, ábrala de nuevo y elija otro taller.</translation>
        </message>
        <message>
            <source>This mission is no longer in the workspace. Close this window and choose a mission in the list.</source>
            <translation>Esta misión ya no está en el espacio de trabajo. Cierre esta ventana y elija una misión de la lista.</translation>
        </message>
        <message>
            <source>Choose French, English or Spanish as the report's language, then export again.</source>
            <translation>Elija francés, inglés o español como idioma del informe y vuelva a exportar.</translation>
        </message>
        <message>
            <source>Choose the timesheet, the attendance list, a deliverable or the mission report, then export again.</source>
            <translation>Elija la hoja de tiempo, la lista de asistencia, un entregable o el informe de misión y vuelva a exportar.</translation>
        </message>
        <message>
            <source>The file “{file}” could not be written ({reason}). Choose another folder, such as your documents, and export again.</source>
            <translation>No se pudo escribir el archivo «{file}» ({reason}). Elija otra carpeta, por ejemplo sus documentos, y vuelva a exportar.</translation>
        </message>
        <message>
            <source>The PDF could not be made ({reason}). Nothing was written. Check your choice and export again.</source>
            <translation>No se pudo crear el PDF ({reason}). No se escribió nada. Compruebe su elección y vuelva a exportar.</translation>
        </message>
        <message>
            <source>PDF exported</source>
            <translation>PDF exportado</translation>
        </message>
        <message>
            <source>The report was written to “{file}”.</source>
            <translation>El informe se escribió en «{file}».</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>Escribiendo el PDF…</translation>
        </message>
        <message>
            <source>This mission has no workshop yet: tick “Blank list to print” to print a list that the participants sign on paper.</source>
            <translation>Esta misión todavía no tiene taller: marque «Lista en blanco para imprimir» para imprimir una lista que los participantes firman en papel.</translation>
        </message>
        <message>
            <source>The list is printed empty, with the date left to fill in, for the participants to sign on paper.</source>
            <translation>La lista se imprime vacía, con la fecha por rellenar, para que los participantes la firmen en papel.</translation>
        </message>
        <message>
            <source>The list is printed empty, with the chosen workshop's date and deliverable, for the participants to sign on paper.</source>
            <translation>La lista se imprime vacía, con la fecha y el entregable del taller elegido, para que los participantes la firmen en papel.</translation>
        </message>
        <message>
            <source>This mission has no deliverable yet.</source>
            <translation>Esta misión todavía no tiene entregables.</translation>
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
            <translation>Exportar a PDF</translation>
        </message>
        <message>
            <source>Mission {code}: {title}</source>
            <translation>Misión {code}: {title}</translation>
        </message>
        <message>
            <source>Timesheet</source>
            <translation>Hoja de tiempo</translation>
        </message>
        <message>
            <source>Attendance list</source>
            <translation>Lista de asistencia</translation>
        </message>
        <message>
            <source>Deliverable</source>
            <translation>Entregable</translation>
        </message>
        <message>
            <source>Mission report</source>
            <translation>Informe de misión</translation>
        </message>
        <message>
            <source>No workshop yet</source>
            <translation>Todavía no hay taller</translation>
        </message>
        <message>
            <source>No deliverable yet</source>
            <translation>Todavía no hay entregables</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Informe:</translation>
        </message>
        <message>
            <source>&amp;Workshop:</source>
            <translation>&amp;Taller:</translation>
        </message>
        <message>
            <source>&amp;Blank list to print</source>
            <translation>Lista en &amp;blanco para imprimir</translation>
        </message>
        <message>
            <source>R&amp;ows to print:</source>
            <translation>Fi&amp;las que imprimir:</translation>
        </message>
        <message>
            <source>&amp;Deliverable:</source>
            <translation>&amp;Entregable:</translation>
        </message>
        <message>
            <source>Written &amp;in:</source>
            <translation>Redactado &amp;en:</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Demo</source>
            <translation>Demo</translation>
        </message>
        <message>
            <source>My workspace</source>
            <translation>Mi espacio de trabajo</translation>
        </message>
        <message>
            <source>SOCIEUX+ Desktop — {workspace}</source>
            <translation>SOCIEUX+ Desktop — {workspace}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;New mission…</source>
            <translation>&amp;Nueva misión…</translation>
        </message>
        <message>
            <source>&amp;Edit mission…</source>
            <translation>&amp;Modificar la misión…</translation>
        </message>
        <message>
            <source>E&amp;xport PDF…</source>
            <translation>E&amp;xportar a PDF…</translation>
        </message>
        <message>
            <source>&amp;Start my own workspace…</source>
            <translation>&amp;Empezar mi propio espacio de trabajo…</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;About SOCIEUX+ Desktop</source>
            <translation>&amp;Acerca de SOCIEUX+ Desktop</translation>
        </message>
        <message>
            <source>This is a demo workspace: its missions are examples and it never syncs.</source>
            <translation>Este es un espacio de demostración: sus misiones son ejemplos y nunca se sincroniza.</translation>
        </message>
        <message>
            <source>Start my own workspace</source>
            <translation>Empezar mi propio espacio de trabajo</translation>
        </message>
        <message>
            <source>&amp;Undo {command}</source>
            <translation>&amp;Deshacer {command}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo {command}</source>
            <translation>&amp;Rehacer {command}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>“{value}” is not a valid date. Pick a date in the calendar or type it in full.</source>
            <translation>«{value}» no es una fecha válida. Elija una fecha en el calendario o escríbala completa.</translation>
        </message>
        <message>
            <source>“{value}” is not a number of days. Log a half day (0.5) or a full day (1).</source>
            <translation>«{value}» no es un número de días. Registre medio día (0,5) o un día completo (1).</translation>
        </message>
        <message>
            <source>{expert} already has {logged} day(s) logged on {day}, and a person can log at most one day on one date. Log a half day or choose another date.</source>
            <translation>{expert} ya tiene {logged} día(s) registrado(s) el {day}, y una persona puede registrar como máximo un día por fecha. Registre medio día o elija otra fecha.</translation>
        </message>
        <message>
            <source>The timesheet of this mission is “{status}”. Reopen it before changing its days.</source>
            <translation>La hoja de tiempo de esta misión está «{status}». Reábrala antes de modificar sus días.</translation>
        </message>
        <message>
            <source>The mission ends on {end}, before it starts on {start}. Correct one of the dates.</source>
            <translation>La misión termina el {end}, antes de empezar el {start}. Corrija una de las fechas.</translation>
        </message>
        <message>
            <source>A mission lasts at most {max_days} days; {days} days is too long. Check the dates.</source>
            <translation>Una misión dura como máximo {max_days} días; {days} días es demasiado. Revise las fechas.</translation>
        </message>
        <message>
            <source>The field “{field}” is required. Fill it in.</source>
            <translation>El campo «{field}» es obligatorio. Rellénelo.</translation>
        </message>
        <message>
            <source>This activity is not one of the mission's activities. Choose one from the list.</source>
            <translation>Esta actividad no es una de las actividades de la misión. Elija una de la lista.</translation>
        </message>
        <message>
            <source>This expert is not on the mission's team. Add them to the team first.</source>
            <translation>Este experto no forma parte del equipo de la misión. Añádalo primero al equipo.</translation>
        </message>
        <message>
            <source>A timesheet that is “{status}” cannot be {action}.</source>
            <translation>Una hoja de tiempo «{status}» no puede ser {action}.</translation>
        </message>
        <message>
            <source>No day is logged on this mission yet. Log days before submitting the timesheet.</source>
            <translation>Todavía no hay días registrados en esta misión. Registre días antes de enviar la hoja de tiempo.</translation>
        </message>
        <message>
            <source>A deliverable that is “{deliverable_status}” cannot be {action}.</source>
            <translation>Un entregable «{deliverable_status}» no puede ser {action}.</translation>
        </message>
        <message>
            <source>The deliverable has no text yet. Write it before sharing or submitting it.</source>
            <translation>El entregable todavía no tiene texto. Redáctelo antes de compartirlo o enviarlo.</translation>
        </message>
        <message>
            <source>The deliverable is “{deliverable_status}”. Reopen it before changing its text.</source>
            <translation>El entregable está «{deliverable_status}». Reábralo antes de modificar su texto.</translation>
        </message>
        <message>
            <source>Only headquarters (a coordinator signed in to the app) can mark a deliverable {action}. Submit it to headquarters; they approve it or return it with comments.</source>
            <translation>Solo la sede (un coordinador conectado a la aplicación) puede marcar un entregable como {action}. Envíelo a la sede; ella lo aprueba o lo devuelve con comentarios.</translation>
        </message>
        <message>
            <source>{expert} will have {consumed} day(s) on “{activity}”, more than the {allocated} allocated. Check with your coordinator before logging more.</source>
            <translation>{expert} tendrá {consumed} día(s) en «{activity}», más de los {allocated} asignados. Consulte con su coordinador antes de registrar más.</translation>
        </message>
        <message>
            <source>{day} is outside the mission's dates ({start} to {end}). Only preparation and reporting days usually are; check the date.</source>
            <translation>El {day} está fuera de las fechas de la misión (del {start} al {end}). Normalmente solo lo están los días de preparación e informe; revise la fecha.</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>enviada</translation>
        </message>
        <message>
            <source>shared</source>
            <translation>compartido</translation>
        </message>
        <message>
            <source>reopened</source>
            <translation>reabierta</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>aprobada</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>devuelta</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Mission code</source>
            <translation>Código de la misión</translation>
        </message>
        <message>
            <source>Action code</source>
            <translation>Código de la acción</translation>
        </message>
        <message>
            <source>Action title</source>
            <translation>Título de la acción</translation>
        </message>
        <message>
            <source>Partner institution</source>
            <translation>Institución socia</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Activity code</source>
            <translation>Código de la actividad</translation>
        </message>
        <message>
            <source>Activity title</source>
            <translation>Título de la actividad</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Only headquarters (a coordinator signed in to the app) can mark a timesheet {action}. Submit it to headquarters; they approve it or return it.</source>
            <translation>Solo la sede (un coordinador conectado a la aplicación) puede marcar una hoja de tiempo como {action}. Envíela a la sede; ella la aprueba o la devuelve para cambios.</translation>
        </message>
        <message>
            <source>The field “{field}” has {length} characters; it holds at most {max_length}. Shorten it.</source>
            <translation>El campo «{field}» tiene {length} caracteres; admite como máximo {max_length}. Acórtelo.</translation>
        </message>
        <message>
            <source>The field “{field}” holds a character that is not text ({character} at position {position}), often left by a damaged copy and paste. Delete it, or type the text again.</source>
            <translation>El campo «{field}» contiene un carácter que no es texto ({character} en la posición {position}), a menudo dejado por un copiar y pegar dañado. Bórrelo o escriba el texto de nuevo.</translation>
        </message>
        <message>
            <source>The field “{field}” cannot hold {value}: it holds {expected}. Correct it and try again.</source>
            <translation>El campo «{field}» no puede contener {value}: contiene {expected}. Corríjalo y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>A record of this kind has no field “{field}”. The record comes from a damaged file or another program; leave the field out.</source>
            <translation>Un registro de este tipo no tiene el campo «{field}». Procede de un archivo dañado o de otro programa; quite ese campo.</translation>
        </message>
        <message>
            <source>{value} days cannot be allocated. Allocate zero or more days, in half-day steps, up to {max_days}.</source>
            <translation>No se pueden asignar {value} días. Asigne cero días o más, por medias jornadas, hasta {max_days}.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Terms of reference</source>
            <translation>Términos de referencia</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>Home institution</source>
            <translation>Institución de origen</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <source>Counterparts met</source>
            <translation>Contrapartes con quienes trabajó</translation>
        </message>
        <message>
            <source>Kind of day</source>
            <translation>Tipo de día</translation>
        </message>
        <message>
            <source>Kind of deliverable</source>
            <translation>Tipo de entregable</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Cross-cutting issues</source>
            <translation>Temas transversales</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Timesheet status</source>
            <translation>Estado de la hoja de tiempo</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un número entero</translation>
        </message>
        <message>
            <source>a date written YYYY-MM-DD</source>
            <translation>una fecha escrita AAAA-MM-DD</translation>
        </message>
        <message>
            <source>a date and time (ISO 8601)</source>
            <translation>una fecha y una hora (ISO 8601)</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>verdadero o falso</translation>
        </message>
        <message>
            <source>one of these values: {choices}</source>
            <translation>uno de estos valores: {choices}</translation>
        </message>
        <message>
            <source>a list of at most {max_items} different values</source>
            <translation>una lista de como máximo {max_items} valores distintos</translation>
        </message>
        <message>
            <source>a record id (1 to 36 letters, digits or dashes)</source>
            <translation>un identificador de registro (de 1 a 36 letras, cifras o guiones)</translation>
        </message>
        <message>
            <source>a country code of two capital letters (ISO 3166-1)</source>
            <translation>un código de país de dos letras mayúsculas (ISO 3166-1)</translation>
        </message>
        <message>
            <source>base64 bytes</source>
            <translation>bytes en base64</translation>
        </message>
    </context>
    <context>
        <name>MissionDashboard</name>
        <message>
            <source>This mission no longer exists. Choose another mission in the list.</source>
            <translation>Esta misión ya no existe. Elija otra misión de la lista.</translation>
        </message>
        <message>
            <source>Choose a mission in the list, or create one.</source>
            <translation>Elija una misión de la lista o cree una.</translation>
        </message>
        <message>
            <source>{code} – {title}</source>
            <translation>{code} – {title}</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>del {start} al {end}</translation>
        </message>
        <message>
            <source>Timesheet: {status}</source>
            <translation>Hoja de tiempo: {status}</translation>
        </message>
        <message>
            <source>The timesheet is submitted: its days are locked and cannot be logged, changed or deleted. Reopen it to change them.</source>
            <translation>La hoja de tiempo está enviada: sus días están bloqueados y no se pueden registrar, modificar ni eliminar. Reábrala para modificarlos.</translation>
        </message>
        <message>
            <source>The timesheet is approved: its days are locked for good.</source>
            <translation>La hoja de tiempo está aprobada: sus días quedan bloqueados definitivamente.</translation>
        </message>
        <message>
            <source>The timesheet was returned for changes. Reopen it to change its days, then submit it again.</source>
            <translation>La hoja de tiempo fue devuelta para cambios. Reábrala para modificar sus días y envíela de nuevo.</translation>
        </message>
        <message>
            <source>Total: {consumed} of {allocated} days</source>
            <translation>Total: {consumed} de {allocated} días</translation>
        </message>
        <message>
            <source>{expert} has used {consumed} of {allocated} days on “{activity}”.</source>
            <translation>{expert} ha usado {consumed} de {allocated} días en «{activity}».</translation>
        </message>
        <message>
            <source>Check with your coordinator before logging more days.</source>
            <translation>Consulte con su coordinador antes de registrar más días.</translation>
        </message>
        <message>
            <source>{consumed} of {allocated} days, {over} over</source>
            <translation>{consumed} de {allocated} días, {over} de más</translation>
        </message>
        <message>
            <source>{consumed} of {allocated} days, {left} left</source>
            <translation>{consumed} de {allocated} días, quedan {left}</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Experto</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Days allocated</source>
            <translation>Días asignados</translation>
        </message>
        <message>
            <source>No expert is on the team yet.</source>
            <translation>Todavía no hay ningún experto en el equipo.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>No counterpart is recorded yet.</source>
            <translation>Todavía no hay ninguna contraparte registrada.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Partner institution</source>
            <translation>Institución socia</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Actividades</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Cross-cutting issues</source>
            <translation>Temas transversales</translation>
        </message>
        <message>
            <source>Edit mission…</source>
            <translation>Modificar la misión…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportar a PDF…</translation>
        </message>
        <message>
            <source>The timesheet, an attendance list, a deliverable or the mission report, in French, English or Spanish.</source>
            <translation>La hoja de tiempo, una lista de asistencia, un entregable o el informe de misión, en francés, inglés o español.</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Misión</translation>
        </message>
        <message>
            <source>Timesheet</source>
            <translation>Hoja de tiempo</translation>
        </message>
        <message>
            <source>Submit timesheet</source>
            <translation>Enviar la hoja de tiempo</translation>
        </message>
        <message>
            <source>Send the logged days for approval; they are then locked.</source>
            <translation>Enviar los días registrados para su aprobación; quedan entonces bloqueados.</translation>
        </message>
        <message>
            <source>Reopen timesheet</source>
            <translation>Reabrir la hoja de tiempo</translation>
        </message>
        <message>
            <source>Unlock the days to change them; submit again afterwards.</source>
            <translation>Desbloquear los días para modificarlos; después, enviar de nuevo.</translation>
        </message>
        <message>
            <source>Days consumed and allocated</source>
            <translation>Días consumidos y asignados</translation>
        </message>
        <message>
            <source>Per activity</source>
            <translation>Por actividad</translation>
        </message>
        <message>
            <source>Per expert</source>
            <translation>Por experto</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>Counterparts</source>
            <translation>Contrapartes</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historial…</translation>
        </message>
        <message>
            <source>Every change of the mission's record, here and on the computers it synced with, with the values replaced</source>
            <translation>Todos los cambios de la ficha de la misión, aquí y en los ordenadores con los que se sincronizó, con los valores sustituidos</translation>
        </message>
    </context>
    <context>
        <name>MissionEditorDialog</name>
        <message>
            <source>Days are logged on the activity “{name}”, so it stays. Move or delete those days in the day log first.</source>
            <translation>Hay días registrados en la actividad «{name}», así que se mantiene. Mueva o elimine primero esos días en el registro.</translation>
        </message>
        <message>
            <source>{name} has days logged on this mission, so they stay on the team. Move or delete those days in the day log first.</source>
            <translation>{name} tiene días registrados en esta misión, así que sigue en el equipo. Mueva o elimine primero esos días en el registro.</translation>
        </message>
        <message>
            <source>Days on {activity}</source>
            <translation>Días en {activity}</translation>
        </message>
        <message>
            <source>New mission</source>
            <translation>Nueva misión</translation>
        </message>
        <message>
            <source>Edit the mission</source>
            <translation>Modificar la misión</translation>
        </message>
        <message>
            <source>&amp;Mission</source>
            <translation>&amp;Misión</translation>
        </message>
        <message>
            <source>&amp;Activities and team</source>
            <translation>&amp;Actividades y equipo</translation>
        </message>
        <message>
            <source>Cou&amp;nterparts</source>
            <translation>Co&amp;ntrapartes</translation>
        </message>
        <message>
            <source>Mission &amp;code</source>
            <translation>&amp;Código de la misión</translation>
        </message>
        <message>
            <source>Mission &amp;title</source>
            <translation>&amp;Título de la misión</translation>
        </message>
        <message>
            <source>Action c&amp;ode</source>
            <translation>Có&amp;digo de la acción</translation>
        </message>
        <message>
            <source>Action t&amp;itle</source>
            <translation>Tí&amp;tulo de la acción</translation>
        </message>
        <message>
            <source>&amp;Partner institution</source>
            <translation>Institución &amp;socia</translation>
        </message>
        <message>
            <source>Countr&amp;y</source>
            <translation>Pa&amp;ís</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Inicio</translation>
        </message>
        <message>
            <source>&amp;End</source>
            <translation>&amp;Fin</translation>
        </message>
        <message>
            <source>Mo&amp;dality</source>
            <translation>Mo&amp;dalidad</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>Est&amp;ado</translation>
        </message>
        <message>
            <source>T&amp;hemes</source>
            <translation>T&amp;emas</translation>
        </message>
        <message>
            <source>Cross-cutting i&amp;ssues</source>
            <translation>Temas trans&amp;versales</translation>
        </message>
        <message>
            <source>e.g. CI-2026-01-M1</source>
            <translation>p. ej. CI-2026-01-M1</translation>
        </message>
        <message>
            <source>e.g. CI-2026-01</source>
            <translation>p. ej. CI-2026-01</translation>
        </message>
        <message>
            <source>Choose a country</source>
            <translation>Elija un país</translation>
        </message>
        <message>
            <source>A&amp;ctivities of the action</source>
            <translation>A&amp;ctividades de la acción</translation>
        </message>
        <message>
            <source>T&amp;eam</source>
            <translation>E&amp;quipo</translation>
        </message>
        <message>
            <source>Days allocated to each expert on each activity; half days (0.5) are allowed.</source>
            <translation>Días asignados a cada experto en cada actividad; se admiten medios días (0,5).</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Add an activity</source>
            <translation>Añadir una actividad</translation>
        </message>
        <message>
            <source>Remove the activity</source>
            <translation>Quitar la actividad</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Add an expert</source>
            <translation>Añadir un experto</translation>
        </message>
        <message>
            <source>Remove the expert</source>
            <translation>Quitar el experto</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <source>Add a counterpart</source>
            <translation>Añadir una contraparte</translation>
        </message>
        <message>
            <source>Remove the counterpart</source>
            <translation>Quitar la contraparte</translation>
        </message>
        <message>
            <source>{name} is on the team twice. Remove one of the two rows.</source>
            <translation>{name} figura dos veces en el equipo. Quite una de las dos filas.</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;Historial…</translation>
        </message>
        <message>
            <source>The changes of the selected counterpart, of the days allocated in the selected cell of the team, or else of the mission; with the values they replaced.</source>
            <translation>Los cambios de la contraparte seleccionada, de los días asignados de la celda seleccionada del equipo, o si no de la misión, con los valores que sustituyeron.</translation>
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
            <translation>Código</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Misión</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Partner institution</source>
            <translation>Institución socia</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Days used / allocated</source>
            <translation>Días usados / asignados</translation>
        </message>
    </context>
    <context>
        <name>MissionListWidget</name>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>Code, title, partner or country</source>
            <translation>Código, título, socio o país</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>Es&amp;tado</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>Pa&amp;ís</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Todos los países</translation>
        </message>
        <message numerus="yes">
            <source>%n mission(s)</source>
            <translation>
                <numerusform>%n misión</numerusform>
                <numerusform>%n misiones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MissionPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <source>Day log</source>
            <translation>Registro de días</translation>
        </message>
        <message>
            <source>Deliverables</source>
            <translation>Entregables</translation>
        </message>
    </context>
    <context>
        <name>NewDeliverableDialog</name>
        <message>
            <source>New deliverable</source>
            <translation>Nuevo entregable</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Written in:</source>
            <translation>&amp;Redactado en:</translation>
        </message>
        <message>
            <source>The deliverable starts with the sections of its kind, titled in the language it is written in. You can rename, add and remove sections afterwards.</source>
            <translation>El entregable empieza con las secciones de su tipo, tituladas en el idioma de redacción. Después puede renombrar, añadir y quitar secciones.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantModel</name>
        <message>
            <source>Removed</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Conectado</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Se fue</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <source>Joined at</source>
            <translation>Llegó a las</translation>
        </message>
        <message>
            <source>Writing in section</source>
            <translation>Escribe en la sección</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Conexión</translation>
        </message>
        <message>
            <source>Read only</source>
            <translation>Solo lectura</translation>
        </message>
        <message>
            <source>{state}, suggests</source>
            <translation>{state}, sugiere</translation>
        </message>
    </context>
    <context>
        <name>RemoveSectionBox</name>
        <message>
            <source>Remove section</source>
            <translation>Quitar la sección</translation>
        </message>
        <message>
            <source>Remove the section “{title}” and its text?</source>
            <translation>¿Quitar la sección «{title}» y su texto?</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z) brings it back.</source>
            <translation>Deshacer (Ctrl+Z) la recupera.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
    </context>
    <context>
        <name>SaveVersionDialog</name>
        <message>
            <source>Give the version a name that says what it was for, such as “sent to the Ministry, 12 March”.</source>
            <translation>Dé a la versión un nombre que diga para qué fue, por ejemplo «enviada al Ministerio, 12 de marzo».</translation>
        </message>
        <message>
            <source>Save named version</source>
            <translation>Guardar una versión con nombre</translation>
        </message>
        <message>
            <source>&amp;Name of this version of the text (for example “sent to the Ministry, 12 March”):</source>
            <translation>&amp;Nombre de esta versión del texto (por ejemplo «enviada al Ministerio, 12 de marzo»):</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Fill in your name: the day log proposes you by it.</source>
            <translation>Indique su nombre: el registro de días le propone con él.</translation>
        </message>
        <message>
            <source>“{email}” is not an e-mail address. Correct it or leave it empty.</source>
            <translation>«{email}» no es una dirección de correo. Corríjala o deje el campo vacío.</translation>
        </message>
        <message>
            <source>Give your country as its two-letter code, for example FR or ES.</source>
            <translation>Indique su país con su código de dos letras, por ejemplo FR o ES.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>&amp;Idioma de la interfaz:</translation>
        </message>
        <message>
            <source>Your profile</source>
            <translation>Su perfil</translation>
        </message>
        <message>
            <source>Who uses this workspace. The day log proposes you as the expert of new days.</source>
            <translation>Quién usa este espacio de trabajo. El registro de días le propone como experto de los días nuevos.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;Correo electrónico:</translation>
        </message>
        <message>
            <source>&amp;Institution:</source>
            <translation>&amp;Institución:</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>nombre@example.org</translation>
        </message>
        <message>
            <source>The administration you work for</source>
            <translation>La administración para la que trabaja</translation>
        </message>
        <message>
            <source>Two-letter code, e.g. FR</source>
            <translation>Código de dos letras, p. ej. ES</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to headquarters' hub</source>
            <translation>Iniciar sesión en el hub de la sede</translation>
        </message>
        <message>
            <source>&amp;Hub address</source>
            <translation>Dirección del &amp;hub</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>Nombre de &amp;usuario</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Contraseña</translation>
        </message>
        <message>
            <source>https://hub.example.org</source>
            <translation>https://hub.example.org</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Iniciar sesión</translation>
        </message>
        <message>
            <source>This computer has no keychain the app can use: you will be signed in for this session only, and asked again when the app starts. Nothing is written to disk.</source>
            <translation>Este ordenador no tiene un llavero que la aplicación pueda usar: iniciará sesión solo para esta sesión y se le volverá a pedir al arrancar. No se escribe nada en el disco.</translation>
        </message>
        <message>
            <source>Fill in the hub address, your user name and your password.</source>
            <translation>Indique la dirección del hub, su nombre de usuario y su contraseña.</translation>
        </message>
        <message>
            <source>A sync is running; try again when it is done.</source>
            <translation>Hay una sincronización en curso; vuelva a intentarlo cuando termine.</translation>
        </message>
    </context>
    <context>
        <name>SignOutBox</name>
        <message>
            <source>Sign out</source>
            <translation>Cerrar sesión</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) not yet sent to headquarters.</source>
            <translation>
                <numerusform>%n cambio aún no enviado a la sede.</numerusform>
                <numerusform>%n cambios aún no enviados a la sede.</numerusform>
            </translation>
        </message>
        <message>
            <source>If you sign out now, they stay on this computer but are not sent until you sign in again as the same person. To send them first, cancel and choose Sync now.</source>
            <translation>Si cierra la sesión ahora, se quedan en este ordenador pero no se envían hasta que la misma persona vuelva a iniciar sesión. Para enviarlos antes, cancele y elija Sincronizar ahora.</translation>
        </message>
        <message>
            <source>Sign out without sending</source>
            <translation>Cerrar sesión sin enviar</translation>
        </message>
    </context>
    <context>
        <name>SyncMenu</name>
        <message>
            <source>S&amp;ync</source>
            <translation>Sin&amp;cronización</translation>
        </message>
        <message>
            <source>Sign &amp;in…</source>
            <translation>&amp;Iniciar sesión…</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sincronizar ahora</translation>
        </message>
        <message>
            <source>Sign &amp;out…</source>
            <translation>&amp;Cerrar sesión…</translation>
        </message>
    </context>
    <context>
        <name>SyncPanel</name>
        <message>
            <source>The hub refused the sync. It said: “{reason}”. Tell headquarters if you cannot correct it yourself.</source>
            <translation>El hub rechazó la sincronización. Respondió: «{reason}». Avise a la sede si no puede corregirlo usted.</translation>
        </message>
        <message>
            <source>No connection to the hub. Your changes are kept on this computer. {retry}</source>
            <translation>Sin conexión con el hub. Sus cambios se guardan en este ordenador. {retry}</translation>
        </message>
        <message>
            <source>Your sign-in has ended. Sign in again ({sign_in}) to keep syncing; nothing is lost meanwhile.</source>
            <translation>Su sesión ha terminado. Vuelva a iniciar sesión ({sign_in}) para seguir sincronizando; mientras tanto no se pierde nada.</translation>
        </message>
        <message>
            <source>The hub had a problem on its side. Nothing is lost. {retry} Tell headquarters if this goes on.</source>
            <translation>El hub tuvo un problema de su lado. No se pierde nada. {retry} Avise a la sede si continúa.</translation>
        </message>
        <message>
            <source>The hub's certificate could not be verified, so nothing was sent. On a hotel or airport Wi-Fi, open a web page first to sign in to the network. Otherwise check the hub address; if headquarters uses its own certificate authority, ask them for its file.</source>
            <translation>No se pudo verificar el certificado del hub, así que no se envió nada. En el Wi-Fi de un hotel o de un aeropuerto, abra primero una página web para conectarse a la red. Si no, revise la dirección del hub; si la sede usa su propia autoridad de certificación, pídale su archivo.</translation>
        </message>
        <message>
            <source>This is a demo workspace: it never syncs with headquarters, so its made-up missions stay out of the real data. Start your own workspace (File &gt; Start my own workspace…) and sign in from there.</source>
            <translation>Este es un espacio de demostración: nunca se sincroniza con la sede, para que sus misiones ficticias queden fuera de los datos reales. Empiece su propio espacio (Archivo &gt; Empezar mi propio espacio de trabajo…) e inicie sesión desde allí.</translation>
        </message>
        <message>
            <source>Changes made under the current sign-in are not sent yet. Sync them first, or sign out (and confirm) before signing in as someone else.</source>
            <translation>Hay cambios hechos con la sesión actual que aún no se han enviado. Sincronícelos primero, o cierre la sesión (y confirme) antes de iniciarla como otra persona.</translation>
        </message>
        <message>
            <source>This version of the app and the hub do not speak the same sync protocol. Update the app, or ask headquarters.</source>
            <translation>Esta versión de la aplicación y el hub no hablan el mismo protocolo de sincronización. Actualice la aplicación o consulte a la sede.</translation>
        </message>
        <message>
            <source>The hub refused changes to a mission you are not assigned to. Ask headquarters to assign you to it. The hub said: “{reason}”</source>
            <translation>El hub rechazó cambios en una misión a la que usted no está asignado. Pida a la sede que le asigne. El hub respondió: «{reason}»</translation>
        </message>
        <message>
            <source>Some changes are for headquarters only: approving or returning a deliverable or a timesheet (or undoing what headquarters approved or returned), a mission's team and allocated days, other people's details. The hub refused them, and they were undone on this computer; the rest of your work, text included, was synced.</source>
            <translation>Algunos cambios corresponden solo a la sede: aprobar o devolver un entregable o una hoja de tiempo (o deshacer lo que la sede aprobó o devolvió), el equipo de una misión y sus días asignados, los datos de otras personas. El servidor central los rechazó y se deshicieron en este equipo; el resto de su trabajo, texto incluido, se sincronizó.</translation>
        </message>
        <message>
            <source>The sync stopped on an unexpected error ({reason}). Nothing is lost; try again, and tell headquarters if it goes on.</source>
            <translation>La sincronización se detuvo por un error inesperado ({reason}). No se pierde nada; vuelva a intentarlo y avise a la sede si continúa.</translation>
        </message>
        <message>
            <source>Something other than the hub answered: a network's sign-in page (as in hotels and airports), a proxy, or a wrong hub address. Open a web page in your browser to sign in to the network, or check the hub address. Your changes are kept on this computer. {retry}</source>
            <translation>No respondió el hub, sino la página de acceso de una red (como en hoteles y aeropuertos), un proxy o una dirección de hub equivocada. Abra una página web en su navegador para conectarse a la red, o revise la dirección del hub. Sus cambios se guardan en este ordenador. {retry}</translation>
        </message>
        <message>
            <source>The hub is busy and asked to wait about {minutes} min. Nothing is lost. {retry}</source>
            <translation>El hub está ocupado y pidió esperar unos {minutes} min. No se pierde nada. {retry}</translation>
        </message>
        <message>
            <source>Your computer's clock is {amount} ahead of the hub's. Set this computer's date, time and time zone right in the system settings: your changes are synced all the same, but their dates come from this clock.</source>
            <translation>El reloj de su ordenador va {amount} adelantado respecto al del hub. Ajuste la fecha, la hora y la zona horaria de este ordenador en la configuración del sistema: sus cambios se sincronizan igualmente, pero sus fechas vienen de este reloj.</translation>
        </message>
        <message>
            <source>Your computer's clock is {amount} behind the hub's. Set this computer's date, time and time zone right in the system settings: your changes are synced all the same, but their dates come from this clock.</source>
            <translation>El reloj de su ordenador va {amount} atrasado respecto al del hub. Ajuste la fecha, la hora y la zona horaria de este ordenador en la configuración del sistema: sus cambios se sincronizan igualmente, pero sus fechas vienen de este reloj.</translation>
        </message>
        <message>
            <source>{count} minutes</source>
            <translation>{count} minutos</translation>
        </message>
        <message>
            <source>{count} hours</source>
            <translation>{count} horas</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} días</translation>
        </message>
        <message>
            <source>The app tries again by itself.</source>
            <translation>La aplicación lo vuelve a intentar sola.</translation>
        </message>
        <message>
            <source>Sync &gt; Sign in…</source>
            <translation>Sincronización &gt; Iniciar sesión…</translation>
        </message>
        <message>
            <source>Then sign in again.</source>
            <translation>Después vuelva a iniciar sesión.</translation>
        </message>
        <message>
            <source>The user name or the password is wrong. Check both and try again; headquarters can reset your password.</source>
            <translation>El nombre de usuario o la contraseña no son correctos. Revise ambos y vuelva a intentarlo; la sede puede restablecer su contraseña.</translation>
        </message>
        <message>
            <source>The hub cannot be reached. Check the hub address and your connection, then try again.</source>
            <translation>No se puede contactar con el hub. Revise su dirección y su conexión y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>“{address}” is not a hub address. Write it like https://hub.example.org.</source>
            <translation>«{address}» no es una dirección de hub. Escríbala como https://hub.example.org.</translation>
        </message>
        <message>
            <source>The hub address must start with https:// so that your password and your sign-in do not travel in clear (http:// is accepted only for a hub on this computer).</source>
            <translation>La dirección del hub debe empezar por https:// para que su contraseña y su sesión no viajen sin cifrar (http:// solo se acepta para un hub en este ordenador).</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Stopping the sync…</source>
            <translation>Deteniendo la sincronización…</translation>
        </message>
        <message>
            <source>Syncing… changes sent: {sent} of {to_send}; received: {received}</source>
            <translation>Sincronizando… cambios enviados: {sent} de {to_send}; recibidos: {received}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop the sync after the changes under way; the next sync goes on from there</source>
            <translation>Detener la sincronización tras los cambios en curso; la próxima sincronización seguirá desde ahí</translation>
        </message>
        <message>
            <source>Demo workspace</source>
            <translation>Espacio de demostración</translation>
        </message>
        <message>
            <source>Not signed in: Sync &gt; Sign in… to sync with headquarters.</source>
            <translation>Sesión no iniciada: Sincronización &gt; Iniciar sesión… para sincronizar con la sede.</translation>
        </message>
        <message>
            <source>Signed in as {user}</source>
            <translation>Sesión iniciada como {user}</translation>
        </message>
        <message>
            <source>Signed in as {user}, for this session only</source>
            <translation>Sesión iniciada como {user}, solo para esta sesión</translation>
        </message>
        <message>
            <source>Hub: {address}</source>
            <translation>Hub: {address}</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <source>Last sync: {when}</source>
            <translation>Última sincronización: {when}</translation>
        </message>
        <message>
            <source>Last sync: never</source>
            <translation>Última sincronización: nunca</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n cambio pendiente</numerusform>
                <numerusform>%n cambios pendientes</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <source>Send your changes and receive headquarters' (F5)</source>
            <translation>Enviar sus cambios y recibir los de la sede (F5)</translation>
        </message>
    </context>
    <context>
        <name>VersionsPanel</name>
        <message>
            <source>Choose a version, then “View” to read it or “Compare with current text” to see what changed since.</source>
            <translation>Elija una versión y luego «Ver» para leerla o «Comparar con el texto actual» para ver qué cambió desde entonces.</translation>
        </message>
        <message>
            <source>Changes since “{name}”: lines marked − (red) are gone, lines marked + (green) were added.</source>
            <translation>Cambios desde «{name}»: las líneas marcadas con − (en rojo) desaparecieron, las marcadas con + (en verde) se añadieron.</translation>
        </message>
        <message>
            <source>“{name}”, saved on {date} by {author} (read-only)</source>
            <translation>«{name}», guardada el {date} por {author} (solo lectura)</translation>
        </message>
        <message>
            <source>Save named version…</source>
            <translation>Guardar una versión con nombre…</translation>
        </message>
        <message>
            <source>Keep the text as it is now under a name, to read it or compare with it later</source>
            <translation>Guardar el texto tal como está ahora con un nombre, para leerlo o compararlo más tarde</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Saved on</source>
            <translation>Guardada el</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Named versions</source>
            <translation>Versiones con nombre</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Ver</translation>
        </message>
        <message>
            <source>Compare with current text</source>
            <translation>Comparar con el texto actual</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome</source>
            <translation>Bienvenida</translation>
        </message>
        <message>
            <source>Welcome to SOCIEUX+ Desktop</source>
            <translation>Bienvenido a SOCIEUX+ Desktop</translation>
        </message>
        <message>
            <source>The workbook of your missions: it works without internet and keeps everything on this computer.</source>
            <translation>El cuaderno de trabajo de sus misiones: funciona sin internet y lo guarda todo en este ordenador.</translation>
        </message>
        <message>
            <source>Choose a mission in the list, then log your days in its Day log tab.</source>
            <translation>Elija una misión en la lista y registre sus jornadas en su pestaña Registro de días.</translation>
        </message>
        <message>
            <source>Write its deliverables in the Deliverables tab, alone or live with your counterparts in a workshop.</source>
            <translation>Redacte sus entregables en la pestaña Entregables, solo o en directo con sus contrapartes en un taller.</translation>
        </message>
        <message>
            <source>File &gt; Export PDF… gives the timesheet, the attendance list, a deliverable or the mission report.</source>
            <translation>Archivo &gt; Exportar a PDF… genera la hoja de tiempo, la lista de asistencia, un entregable o el informe de misión.</translation>
        </message>
        <message>
            <source>These missions are examples to try everything on; when you are ready, File &gt; Start my own workspace…</source>
            <translation>Estas misiones son ejemplos para probarlo todo; cuando esté listo, Archivo &gt; Empezar mi propio espacio de trabajo…</translation>
        </message>
        <message>
            <source>To send your work to headquarters, Sync &gt; Sign in… with the address your coordinator gives you.</source>
            <translation>Para enviar su trabajo a la sede: Sincronización &gt; Iniciar sesión… con la dirección que le da su coordinador.</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>Entendido</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialog</name>
        <message>
            <source>“{title}” is “{status}”: its text is locked, so a workshop cannot edit it. Reopen the deliverable first, then start the workshop.</source>
            <translation>«{title}» está «{status}»: su texto está bloqueado, así que un taller no puede editarlo. Reabra primero el entregable y luego inicie el taller.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) connected</source>
            <translation>
                <numerusform>%n participante conectado</numerusform>
                <numerusform>%n participantes conectados</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove a participant</source>
            <translation>Retirar a un participante</translation>
        </message>
        <message>
            <source>Remove {name} from the workshop? Their browser is disconnected at once and can no longer read or write the deliverable.</source>
            <translation>¿Retirar a {name} del taller? Su navegador se desconecta de inmediato y ya no puede leer ni escribir el entregable.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Another program (or another workshop) already uses port {port} on {address}. End the other workshop or close that program, then click Start again.</source>
            <translation>Otro programa (u otro taller) ya usa el puerto {port} en {address}. Termine el otro taller o cierre ese programa y vuelva a hacer clic en Iniciar.</translation>
        </message>
        <message>
            <source>This computer no longer has the address {address}: the network may have been turned off or changed. Check the Wi-Fi or the hotspot, click Refresh and pick the network again.</source>
            <translation>Este equipo ya no tiene la dirección {address}: quizá la red se apagó o cambió. Compruebe el wifi o el punto de acceso, haga clic en Actualizar y vuelva a elegir la red.</translation>
        </message>
        <message>
            <source>The workshop could not start on {address} ({reason}). Pick another network, or “This computer only” to try it alone, then click Start again.</source>
            <translation>El taller no pudo iniciarse en {address} ({reason}). Elija otra red, o «Solo este equipo» para probarlo a solas, y vuelva a hacer clic en Iniciar.</translation>
        </message>
        <message>
            <source>Allow &amp;writing</source>
            <translation>Permitir &amp;escribir</translation>
        </message>
        <message>
            <source>Make &amp;read-only</source>
            <translation>Poner en solo &amp;lectura</translation>
        </message>
        <message>
            <source>The workshop has ended: access is closed. The link and the PIN no longer work; what was written is in the deliverable, and the participants are on its attendance list.</source>
            <translation>El taller ha terminado: el acceso está cerrado. El enlace y el PIN ya no funcionan; lo escrito está en el entregable y los participantes figuran en su lista de asistencia.</translation>
        </message>
        <message>
            <source>Participants open the link (or scan the code) on this network, type their name and the PIN, and write with you. Keep this window open during the workshop.</source>
            <translation>Los participantes abren el enlace (o escanean el código) en esta red, escriben su nombre y el PIN, y redactan con usted. Mantenga esta ventana abierta durante el taller.</translation>
        </message>
        <message>
            <source>This computer only ({address})</source>
            <translation>Solo este equipo ({address})</translation>
        </message>
        <message>
            <source>{network} ({address})</source>
            <translation>{network} ({address})</translation>
        </message>
        <message>
            <source>Workshop — {title}</source>
            <translation>Taller — {title}</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation>&amp;Red:</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Ac&amp;tualizar</translation>
        </message>
        <message>
            <source>Pick the network the participants are on: the room's Wi-Fi, or the hotspot of this computer or of a phone. No internet is needed. “This computer only” lets you try the workshop alone.</source>
            <translation>Elija la red en la que están los participantes: el wifi de la sala o el punto de acceso de este equipo o de un teléfono. No hace falta internet. «Solo este equipo» permite probar el taller a solas.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Iniciar</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Taller</translation>
        </message>
        <message>
            <source>Link to open in a browser:</source>
            <translation>Enlace para abrir en un navegador:</translation>
        </message>
        <message>
            <source>PIN:</source>
            <translation>PIN:</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>&amp;Copiar el enlace</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>Re&amp;tirar…</translation>
        </message>
        <message>
            <source>&amp;End workshop</source>
            <translation>&amp;Terminar el taller</translation>
        </message>
        <message>
            <source>{name} ({author})</source>
            <translation>{name} ({author})</translation>
        </message>
        <message>
            <source>No named version yet: name one in the editor's Versions panel first.</source>
            <translation>Todavía no hay ninguna versión con nombre: nombre primero una en el panel Versiones del editor.</translation>
        </message>
        <message>
            <source>Everyone's changes, and those of whoever joins next, become suggestions you accept or reject in the deliverable editor</source>
            <translation>Los cambios de todos, y de quien se una después, se convierten en sugerencias que usted acepta o rechaza en el editor del entregable</translation>
        </message>
        <message>
            <source>Restore a &amp;version</source>
            <translation>Restaurar una &amp;versión</translation>
        </message>
        <message>
            <source>&amp;Undo all of {name}'s edits</source>
            <translation>&amp;Deshacer todos los cambios de {name}</translation>
        </message>
        <message>
            <source>&amp;Undo all of a participant's edits</source>
            <translation>&amp;Deshacer todos los cambios de un participante</translation>
        </message>
        <message>
            <source>New &amp;PIN</source>
            <translation>Nuevo &amp;PIN</translation>
        </message>
        <message numerus="yes">
            <source>%n wrong PIN(s) in the last minute: joining waits {seconds} s for everyone. If someone is guessing, click New PIN and give the new one to the participants still to join.</source>
            <translation>
                <numerusform>%n PIN incorrecto en el último minuto: el acceso espera {seconds} s para todos. Si alguien intenta adivinarlo, haga clic en Nuevo PIN y déselo a los participantes que aún deben unirse.</numerusform>
                <numerusform>%n PIN incorrectos en el último minuto: el acceso espera {seconds} s para todos. Si alguien intenta adivinarlo, haga clic en Nuevo PIN y déselo a los participantes que aún deben unirse.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n wrong PIN(s) in the last minute. If someone is guessing, click New PIN and give the new one to the participants still to join.</source>
            <translation>
                <numerusform>%n PIN incorrecto en el último minuto. Si alguien intenta adivinarlo, haga clic en Nuevo PIN y déselo a los participantes que aún deben unirse.</numerusform>
                <numerusform>%n PIN incorrectos en el último minuto. Si alguien intenta adivinarlo, haga clic en Nuevo PIN y déselo a los participantes que aún deben unirse.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Everyone suggests</source>
            <translation>&amp;Todos sugieren</translation>
        </message>
        <message>
            <source>Let write &amp;directly</source>
            <translation>Dejar escribir &amp;directamente</translation>
        </message>
        <message>
            <source>Make &amp;suggest</source>
            <translation>Poner en modo &amp;sugerencia</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Hecho en</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Valor nuevo</translation>
        </message>
        <message>
            <source>Value it replaced</source>
            <translation>Valor sustituido</translation>
        </message>
    </context>
    <context>
        <name>LostChanges</name>
        <message>
            <source>Deleted on {device}; your changes to it went with it.</source>
            <translation>Eliminado en {device}; sus cambios se fueron con él.</translation>
        </message>
        <message>
            <source>{field}: your “{mine}” was replaced by “{theirs}” from {device}, which had not seen yours.</source>
            <translation>{field}: su «{mine}» fue sustituido por «{theirs}» desde {device}, que no había visto el suyo.</translation>
        </message>
    </context>
    <context>
        <name>LostChangesDialog</name>
        <message>
            <source>Changes lost in merges</source>
            <translation>Cambios perdidos al fusionar</translation>
        </message>
        <message>
            <source>When two computers change the same record before they sync, the later change wins. These changes of yours lost that way. Bring one back to write it again (it then wins everywhere at the next sync), or let it go: it stays in the record's history.</source>
            <translation>Cuando dos ordenadores cambian el mismo registro antes de sincronizarse, gana el cambio más reciente. Estos cambios suyos perdieron así. Recupere uno para escribirlo de nuevo (entonces gana en todas partes en la próxima sincronización), o déjelo: queda en el historial del registro.</translation>
        </message>
        <message>
            <source>No change of yours was lost in a merge.</source>
            <translation>Ningún cambio suyo se perdió al fusionar.</translation>
        </message>
        <message>
            <source>&amp;Bring back</source>
            <translation>&amp;Recuperar</translation>
        </message>
        <message>
            <source>&amp;Let go</source>
            <translation>&amp;Dejar</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;Historial…</translation>
        </message>
        <message>
            <source>A status follows its workflow: change it from the mission's timesheet or the deliverable.</source>
            <translation>Un estado sigue su circuito: cámbielo desde la hoja de tiempo de la misión o el entregable.</translation>
        </message>
        <message>
            <source>It cannot be brought back as it is: {reason}</source>
            <translation>No se puede recuperar tal cual: {reason}</translation>
        </message>
        <message>
            <source>This record is no longer on this computer; sync, then try again.</source>
            <translation>Este registro ya no está en este ordenador; sincronice y vuelva a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>LostChangesModel</name>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
    </context>
    <context>
        <name>RecordHistory</name>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Partner institution</source>
            <translation>Institución socia</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Home institution</source>
            <translation>Institución de origen</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Timesheet</source>
            <translation>Hoja de tiempo</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Cross-cutting issues</source>
            <translation>Temas transversales</translation>
        </message>
        <message>
            <source>Terms of reference</source>
            <translation>Términos de referencia</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Misión</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Experto</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Counterparts met</source>
            <translation>Contrapartes con quienes se reunió</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Action {code}</source>
            <translation>Acción {code}</translation>
        </message>
        <message>
            <source>Activity {code}: {title}</source>
            <translation>Actividad {code}: {title}</translation>
        </message>
        <message>
            <source>Expert {name}</source>
            <translation>Experto {name}</translation>
        </message>
        <message>
            <source>Mission {code}: {title}</source>
            <translation>Misión {code}: {title}</translation>
        </message>
        <message>
            <source>{expert} on the team</source>
            <translation>{expert} en el equipo</translation>
        </message>
        <message>
            <source>Days allocated to {expert}: {days}</source>
            <translation>Días asignados a {expert}: {days}</translation>
        </message>
        <message>
            <source>Counterpart {name}</source>
            <translation>Contraparte {name}</translation>
        </message>
        <message>
            <source>Day of {day}: {kind}, {place}</source>
            <translation>Jornada del {day}: {kind}, {place}</translation>
        </message>
        <message>
            <source>Deliverable “{title}”</source>
            <translation>Entregable «{title}»</translation>
        </message>
        <message>
            <source>A record this computer does not have</source>
            <translation>Un registro que este ordenador no tiene</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Este ordenador</translation>
        </message>
        <message>
            <source>Another computer ({device})</source>
            <translation>Otro ordenador ({device})</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modificado</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>Brought back</source>
            <translation>Recuperado</translation>
        </message>
    </context>
    <context>
        <name>RecordHistoryDialog</name>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>{record} (deleted)</source>
            <translation>{record} (eliminado)</translation>
        </message>
        <message>
            <source>Every change of this record, on this computer and on the others it synced with, newest first, with the value each change replaced. A value that lost in a merge stays here; bring it back from Sync &gt; Changes lost in merges.</source>
            <translation>Todos los cambios de este registro, en este ordenador y en los que se sincronizó con él, los más recientes primero, con el valor que sustituyó cada uno. Un valor perdido al fusionar queda aquí; recupérelo desde Sincronizar &gt; Cambios perdidos al fusionar.</translation>
        </message>
    </context>
    <context>
        <name>SetAside</name>
        <message>
            <source>It does not follow the sync protocol, so it could not be read ({detail}). A newer version of the app may read it; tell headquarters if this goes on.</source>
            <translation>No sigue el protocolo de sincronización, así que no se pudo leer ({detail}). Una versión más reciente de la aplicación quizá la lea; avise a la sede si esto continúa.</translation>
        </message>
        <message>
            <source>The rules refuse it: {reason}</source>
            <translation>Las reglas la rechazan: {reason}</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Rechazada: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SetAsideDialog</name>
        <message>
            <source>Changes set aside</source>
            <translation>Cambios apartados</translation>
        </message>
        <message>
            <source>These changes came from other computers with the sync, but the rules refuse them or they cannot be read, so they were not applied: your records keep their values and the rest of the sync went on. They are kept here and apply by themselves if a later version of the rules accepts them; a corrected change from their author applies as usual.</source>
            <translation>Estos cambios llegaron de otros ordenadores con la sincronización, pero las reglas los rechazan o no se pueden leer, así que no se aplicaron: sus registros conservan sus valores y el resto de la sincronización siguió. Se guardan aquí y se aplican solos si una versión posterior de las reglas los acepta; un cambio corregido por su autor se aplica como siempre.</translation>
        </message>
        <message>
            <source>No change is set aside.</source>
            <translation>Ningún cambio está apartado.</translation>
        </message>
    </context>
    <context>
        <name>SetAsideModel</name>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Why it was set aside</source>
            <translation>Por qué se apartó</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibido</translation>
        </message>
    </context>
    <context>
        <name>SyncReviewWidget</name>
        <message numerus="yes">
            <source>%n day entry(ies) to check in the day log</source>
            <translation>
                <numerusform>%n jornada por revisar en el registro de días</numerusform>
                <numerusform>%n jornadas por revisar en el registro de días</numerusform>
            </translation>
        </message>
        <message>
            <source>Merged with changes from another computer, these entries break a rule around them. Both sides were kept: correct or delete an entry in the day log (marked with a warning sign), and the next sync forgets the warning.</source>
            <translation>Fusionadas con los cambios de otro ordenador, estas entradas incumplen una regla. Se conservaron ambos lados: corrija o elimine una entrada en el registro de días (marcada con un signo de advertencia), y la siguiente sincronización olvida la advertencia.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) lost in merges – review</source>
            <translation>
                <numerusform>%n cambio perdido al fusionar – revisar</numerusform>
                <numerusform>%n cambios perdidos al fusionar – revisar</numerusform>
            </translation>
        </message>
        <message>
            <source>Changes of yours that a later change from another computer replaced, or whose record was deleted there. Bring them back or let them go.</source>
            <translation>Cambios suyos que un cambio más reciente de otro ordenador sustituyó, o cuyo registro se eliminó allí. Recupérelos o déjelos.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) set aside – review</source>
            <translation>
                <numerusform>%n cambio apartado – revisar</numerusform>
                <numerusform>%n cambios apartados – revisar</numerusform>
            </translation>
        </message>
        <message>
            <source>Changes received from other computers that the rules refuse: they were not applied.</source>
            <translation>Cambios recibidos de otros ordenadores que las reglas rechazan: no se aplicaron.</translation>
        </message>
        <message>
            <source>Changes &amp;lost in merges…</source>
            <translation>Cambios &amp;perdidos al fusionar…</translation>
        </message>
        <message>
            <source>Changes set &amp;aside…</source>
            <translation>Cambios &amp;apartados…</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <source>(section deleted)</source>
            <translation>(sección eliminada)</translation>
        </message>
        <message>
            <source>Insert: %1</source>
            <translation>Insertar: %1</translation>
        </message>
        <message>
            <source>Delete: %1</source>
            <translation>Borrar: %1</translation>
        </message>
        <message>
            <source> (its place was deleted)</source>
            <translation> (su lugar fue eliminado)</translation>
        </message>
        <message>
            <source>No suggestions. Workshop participants you set to suggest write their changes here for you to accept or reject.</source>
            <translation>No hay sugerencias. Los participantes del taller que pone en modo sugerencia escriben aquí sus cambios para que usted los acepte o rechace.</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Aceptar</translation>
        </message>
        <message>
            <source>Make the chosen suggestion part of the text</source>
            <translation>Incorporar la sugerencia elegida al texto</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>Re&amp;chazar</translation>
        </message>
        <message>
            <source>Remove the chosen suggestion; the text stays as it is</source>
            <translation>Quitar la sugerencia elegida; el texto queda como está</translation>
        </message>
        <message>
            <source>Accept all</source>
            <translation>Aceptar todas</translation>
        </message>
        <message>
            <source>Reject all</source>
            <translation>Rechazar todas</translation>
        </message>
    </context>
</TS>
