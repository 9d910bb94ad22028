<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>Countries</name>
        <message>
            <source>Albania</source>
            <translation>Albania</translation>
        </message>
        <message>
            <source>Armenia</source>
            <translation>Armenia</translation>
        </message>
        <message>
            <source>Argentina</source>
            <translation>Argentina</translation>
        </message>
        <message>
            <source>Benin</source>
            <translation>Benín</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <translation>Bolivia</translation>
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
            <translation>Camboya</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <translation>Camerún</translation>
        </message>
        <message>
            <source>Chad</source>
            <translation>Chad</translation>
        </message>
        <message>
            <source>Colombia</source>
            <translation>Colombia</translation>
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
            <translation>República Dominicana</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <translation>Ecuador</translation>
        </message>
        <message>
            <source>Egypt</source>
            <translation>Egipto</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <translation>El Salvador</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <translation>Etiopía</translation>
        </message>
        <message>
            <source>Georgia</source>
            <translation>Georgia</translation>
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
            <translation>Indonesia</translation>
        </message>
        <message>
            <source>Jordan</source>
            <translation>Jordania</translation>
        </message>
        <message>
            <source>Kenya</source>
            <translation>Kenia</translation>
        </message>
        <message>
            <source>Madagascar</source>
            <translation>Madagascar</translation>
        </message>
        <message>
            <source>Mali</source>
            <translation>Malí</translation>
        </message>
        <message>
            <source>Mauritania</source>
            <translation>Mauritania</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>México</translation>
        </message>
        <message>
            <source>Morocco</source>
            <translation>Marruecos</translation>
        </message>
        <message>
            <source>Mozambique</source>
            <translation>Mozambique</translation>
        </message>
        <message>
            <source>Niger</source>
            <translation>Níger</translation>
        </message>
        <message>
            <source>Paraguay</source>
            <translation>Paraguay</translation>
        </message>
        <message>
            <source>Peru</source>
            <translation>Perú</translation>
        </message>
        <message>
            <source>Philippines</source>
            <translation>Filipinas</translation>
        </message>
        <message>
            <source>Senegal</source>
            <translation>Senegal</translation>
        </message>
        <message>
            <source>Togo</source>
            <translation>Togo</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <translation>Túnez</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <translation>Ucrania</translation>
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
        <message numerus="yes">
            <source>Delete %n day entry(ies)</source>
            <translation>
                <numerusform>Eliminar %n día</numerusform>
                <numerusform>Eliminar %n días</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayLogModel</name>
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
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>On site</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>A distancia</translation>
        </message>
        <message>
            <source>Hybrid</source>
            <translation>Híbrida</translation>
        </message>
        <message>
            <source>On-site work</source>
            <translation>Trabajo presencial</translation>
        </message>
        <message>
            <source>Remote work</source>
            <translation>Trabajo a distancia</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Viaje</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Preparación</translation>
        </message>
        <message>
            <source>Reporting</source>
            <translation>Informe</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prevista</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminada</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Enviada</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprobada</translation>
        </message>
        <message>
            <source>Returned for changes</source>
            <translation>Devuelta para cambios</translation>
        </message>
        <message>
            <source>Lead expert</source>
            <translation>Experto principal</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Experto</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Mujer</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Hombre</translation>
        </message>
        <message>
            <source>Not specified</source>
            <translation>No especificado</translation>
        </message>
        <message>
            <source>Pensions</source>
            <translation>Pensiones</translation>
        </message>
        <message>
            <source>Health insurance and universal health coverage</source>
            <translation>Seguro de salud y cobertura sanitaria universal</translation>
        </message>
        <message>
            <source>Social assistance</source>
            <translation>Asistencia social</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Discapacidad</translation>
        </message>
        <message>
            <source>Older people</source>
            <translation>Personas mayores</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Infancia</translation>
        </message>
        <message>
            <source>Migrants and atypical workers</source>
            <translation>Migrantes y trabajadores atípicos</translation>
        </message>
        <message>
            <source>Information systems</source>
            <translation>Sistemas de información</translation>
        </message>
        <message>
            <source>Governance, HR and finance of institutions</source>
            <translation>Gobernanza, RR. HH. y finanzas de las instituciones</translation>
        </message>
        <message>
            <source>Formalising the informal economy</source>
            <translation>Formalización de la economía informal</translation>
        </message>
        <message>
            <source>Green jobs</source>
            <translation>Empleos verdes</translation>
        </message>
        <message>
            <source>Occupational safety and health</source>
            <translation>Seguridad y salud en el trabajo</translation>
        </message>
        <message>
            <source>Public employment services</source>
            <translation>Servicios públicos de empleo</translation>
        </message>
        <message>
            <source>Vocational training and skills</source>
            <translation>Formación profesional y competencias</translation>
        </message>
        <message>
            <source>Social dialogue</source>
            <translation>Diálogo social</translation>
        </message>
        <message>
            <source>Gender equality</source>
            <translation>Igualdad de género</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Medio ambiente</translation>
        </message>
        <message>
            <source>Reducing inequality</source>
            <translation>Reducción de las desigualdades</translation>
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
    </context>
</TS>
