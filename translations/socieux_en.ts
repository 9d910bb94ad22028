<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
            <translation>Benin</translation>
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
            <translation>Cambodia</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <translation>Cameroon</translation>
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
            <translation>Dominican Republic</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <translation>Ecuador</translation>
        </message>
        <message>
            <source>Egypt</source>
            <translation>Egypt</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <translation>El Salvador</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <translation>Ethiopia</translation>
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
            <translation>Jordan</translation>
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
            <translation>Mauritania</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>Mexico</translation>
        </message>
        <message>
            <source>Morocco</source>
            <translation>Morocco</translation>
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
            <translation>Peru</translation>
        </message>
        <message>
            <source>Philippines</source>
            <translation>Philippines</translation>
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
            <translation>Tunisia</translation>
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
            <translation>Full day</translation>
        </message>
        <message>
            <source>Half day</source>
            <translation>Half day</translation>
        </message>
        <message>
            <source>Change a day</source>
            <translation>Change a day</translation>
        </message>
        <message>
            <source>Log a day</source>
            <translation>Log a day</translation>
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
            <translation>&amp;Kind of day</translation>
        </message>
        <message>
            <source>Ha&amp;lf or full day</source>
            <translation>Ha&amp;lf or full day</translation>
        </message>
        <message>
            <source>&amp;Activity</source>
            <translation>&amp;Activity</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Place</translation>
        </message>
        <message>
            <source>D&amp;escription</source>
            <translation>D&amp;escription</translation>
        </message>
        <message>
            <source>&amp;Counterparts</source>
            <translation>&amp;Counterparts</translation>
        </message>
        <message>
            <source>Where, e.g. the institution's meeting room</source>
            <translation>Where, e.g. the institution's meeting room</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>What was done</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Update</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Enter or Ctrl+Enter in any field</source>
            <translation>Enter or Ctrl+Enter in any field</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>New entry</translation>
        </message>
        <message>
            <source>Escape</source>
            <translation>Escape</translation>
        </message>
    </context>
    <context>
        <name>DayLogCommand</name>
        <message>
            <source>Log the day of {date}</source>
            <translation>Log the day of {date}</translation>
        </message>
        <message>
            <source>Change the day of {date}</source>
            <translation>Change the day of {date}</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n day entry(ies)</source>
            <translation>
                <numerusform>Delete %n day entry</numerusform>
                <numerusform>Delete %n day entries</numerusform>
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
            <translation>Kind of day</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Counterparts</source>
            <translation>Counterparts</translation>
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
            <translation>Choose an expert and an activity first. If a list is empty, add the expert to the mission's team or an activity to its action.</translation>
        </message>
        <message>
            <source>This list shows the days of every mission. Open a mission to log or change its days.</source>
            <translation>This list shows the days of every mission. Open a mission to log or change its days.</translation>
        </message>
        <message>
            <source>This mission was deleted; its days can no longer be changed.</source>
            <translation>This mission was deleted; its days can no longer be changed.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {total} entries</source>
            <translation>{shown} of {total} entries</translation>
        </message>
        <message>
            <source>Filter by date, kind of day, activity, place, description or counterpart (Ctrl+F)</source>
            <translation>Filter by date, kind of day, activity, place, description or counterpart (Ctrl+F)</translation>
        </message>
        <message>
            <source>Delete (Delete key)</source>
            <translation>Delete (Delete key)</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>On site</source>
            <translation>On site</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>Remote</translation>
        </message>
        <message>
            <source>Hybrid</source>
            <translation>Hybrid</translation>
        </message>
        <message>
            <source>On-site work</source>
            <translation>On-site work</translation>
        </message>
        <message>
            <source>Remote work</source>
            <translation>Remote work</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Travel</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Preparation</translation>
        </message>
        <message>
            <source>Reporting</source>
            <translation>Reporting</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>Ongoing</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Returned for changes</source>
            <translation>Returned for changes</translation>
        </message>
        <message>
            <source>Lead expert</source>
            <translation>Lead expert</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Expert</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Not specified</source>
            <translation>Not specified</translation>
        </message>
        <message>
            <source>Pensions</source>
            <translation>Pensions</translation>
        </message>
        <message>
            <source>Health insurance and universal health coverage</source>
            <translation>Health insurance and universal health coverage</translation>
        </message>
        <message>
            <source>Social assistance</source>
            <translation>Social assistance</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Disability</translation>
        </message>
        <message>
            <source>Older people</source>
            <translation>Older people</translation>
        </message>
        <message>
            <source>Children</source>
            <translation>Children</translation>
        </message>
        <message>
            <source>Migrants and atypical workers</source>
            <translation>Migrants and atypical workers</translation>
        </message>
        <message>
            <source>Information systems</source>
            <translation>Information systems</translation>
        </message>
        <message>
            <source>Governance, HR and finance of institutions</source>
            <translation>Governance, HR and finance of institutions</translation>
        </message>
        <message>
            <source>Formalising the informal economy</source>
            <translation>Formalising the informal economy</translation>
        </message>
        <message>
            <source>Green jobs</source>
            <translation>Green jobs</translation>
        </message>
        <message>
            <source>Occupational safety and health</source>
            <translation>Occupational safety and health</translation>
        </message>
        <message>
            <source>Public employment services</source>
            <translation>Public employment services</translation>
        </message>
        <message>
            <source>Vocational training and skills</source>
            <translation>Vocational training and skills</translation>
        </message>
        <message>
            <source>Social dialogue</source>
            <translation>Social dialogue</translation>
        </message>
        <message>
            <source>Gender equality</source>
            <translation>Gender equality</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Environment</translation>
        </message>
        <message>
            <source>Reducing inequality</source>
            <translation>Reducing inequality</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>“{value}” is not a valid date. Pick a date in the calendar or type it in full.</source>
            <translation>“{value}” is not a valid date. Pick a date in the calendar or type it in full.</translation>
        </message>
        <message>
            <source>“{value}” is not a number of days. Log a half day (0.5) or a full day (1).</source>
            <translation>“{value}” is not a number of days. Log a half day (0.5) or a full day (1).</translation>
        </message>
        <message>
            <source>{expert} already has {logged} day(s) logged on {day}, and a person can log at most one day on one date. Log a half day or choose another date.</source>
            <translation>{expert} already has {logged} day(s) logged on {day}, and a person can log at most one day on one date. Log a half day or choose another date.</translation>
        </message>
        <message>
            <source>The timesheet of this mission is “{status}”. Reopen it before changing its days.</source>
            <translation>The timesheet of this mission is “{status}”. Reopen it before changing its days.</translation>
        </message>
        <message>
            <source>The mission ends on {end}, before it starts on {start}. Correct one of the dates.</source>
            <translation>The mission ends on {end}, before it starts on {start}. Correct one of the dates.</translation>
        </message>
        <message>
            <source>A mission lasts at most {max_days} days; {days} days is too long. Check the dates.</source>
            <translation>A mission lasts at most {max_days} days; {days} days is too long. Check the dates.</translation>
        </message>
        <message>
            <source>The field “{field}” is required. Fill it in.</source>
            <translation>The field “{field}” is required. Fill it in.</translation>
        </message>
        <message>
            <source>This activity is not one of the mission's activities. Choose one from the list.</source>
            <translation>This activity is not one of the mission's activities. Choose one from the list.</translation>
        </message>
        <message>
            <source>This expert is not on the mission's team. Add them to the team first.</source>
            <translation>This expert is not on the mission's team. Add them to the team first.</translation>
        </message>
        <message>
            <source>A timesheet that is “{status}” cannot be {action}.</source>
            <translation>A timesheet that is “{status}” cannot be {action}.</translation>
        </message>
        <message>
            <source>No day is logged on this mission yet. Log days before submitting the timesheet.</source>
            <translation>No day is logged on this mission yet. Log days before submitting the timesheet.</translation>
        </message>
        <message>
            <source>{expert} will have {consumed} day(s) on “{activity}”, more than the {allocated} allocated. Check with your coordinator before logging more.</source>
            <translation>{expert} will have {consumed} day(s) on “{activity}”, more than the {allocated} allocated. Check with your coordinator before logging more.</translation>
        </message>
        <message>
            <source>{day} is outside the mission's dates ({start} to {end}). Only preparation and reporting days usually are; check the date.</source>
            <translation>{day} is outside the mission's dates ({start} to {end}). Only preparation and reporting days usually are; check the date.</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>submitted</translation>
        </message>
        <message>
            <source>reopened</source>
            <translation>reopened</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>returned</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
    </context>
</TS>
