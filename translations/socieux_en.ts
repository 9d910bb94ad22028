<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About SOCIEUX+ Desktop</source>
            <translation>About SOCIEUX+ Desktop</translation>
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
            <translation>The offline workbook of SOCIEUX+ experts on mission: log your days, follow them against the days allocated and submit the mission's timesheet, with or without internet.</translation>
        </message>
        <message>
            <source>SOCIEUX+ is co-funded by the European Union.</source>
            <translation>SOCIEUX+ is co-funded by the European Union.</translation>
        </message>
        <message>
            <source>The data of this workspace is in:</source>
            <translation>The data of this workspace is in:</translation>
        </message>
        <message>
            <source>Licence: {licence}</source>
            <translation>Licence: {licence}</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <source>Passage deleted; it read “{quote}”</source>
            <translation>Passage deleted; it read “{quote}”</translation>
        </message>
        <message>
            <source>“{passage}”</source>
            <translation>“{passage}”</translation>
        </message>
        <message>
            <source>{author}, {date}</source>
            <translation>{author}, {date}</translation>
        </message>
        <message>
            <source>Resolved by {name}</source>
            <translation>Resolved by {name}</translation>
        </message>
        <message>
            <source>When commented, the passage read: “{quote}”</source>
            <translation>When commented, the passage read: “{quote}”</translation>
        </message>
        <message>
            <source>Select the passage to comment on in the text first.</source>
            <translation>Select the passage to comment on in the text first.</translation>
        </message>
        <message>
            <source>Write your comment first, then click “Comment on the selection”.</source>
            <translation>Write your comment first, then click “Comment on the selection”.</translation>
        </message>
        <message>
            <source>That passage is no longer in the text (it may have just been changed elsewhere). Select it again.</source>
            <translation>That passage is no longer in the text (it may have just been changed elsewhere). Select it again.</translation>
        </message>
        <message>
            <source>This comment was deleted meanwhile.</source>
            <translation>This comment was deleted meanwhile.</translation>
        </message>
        <message>
            <source>No comments. Select a passage in the text, write a comment above and click “Comment on the selection”.</source>
            <translation>No comments. Select a passage in the text, write a comment above and click “Comment on the selection”.</translation>
        </message>
        <message>
            <source>Your comment on the selected passage</source>
            <translation>Your comment on the selected passage</translation>
        </message>
        <message>
            <source>Comment on the selection</source>
            <translation>Comment on the selection</translation>
        </message>
        <message>
            <source>Ctrl+Enter in the comment field does the same</source>
            <translation>Ctrl+Enter in the comment field does the same</translation>
        </message>
        <message>
            <source>Show resolved comments</source>
            <translation>Show resolved comments</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Resolve</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Only the author of a comment can delete it.</source>
            <translation>Only the author of a comment can delete it.</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Comments</translation>
        </message>
        <message>
            <source>↳ {author}: {text}</source>
            <translation>↳ {author}: {text}</translation>
        </message>
        <message>
            <source>Write your reply in the comment field first, then click “Reply”.</source>
            <translation>Write your reply in the comment field first, then click “Reply”.</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Reply</translation>
        </message>
        <message>
            <source>Answer the chosen comment with the text of the comment field</source>
            <translation>Answer the chosen comment with the text of the comment field</translation>
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
    </context>
    <context>
        <name>DayLogModel</name>
        <message>
            <source>Merged with changes from another computer, this entry breaks a rule (both were kept; correct or delete one):</source>
            <translation>Merged with changes from another computer, this entry breaks a rule (both were kept; correct or delete one):</translation>
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
        <message>
            <source>History…</source>
            <translation>History…</translation>
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
            <translation>Status: {status}</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n word</numerusform>
                <numerusform>%n words</numerusform>
            </translation>
        </message>
        <message>
            <source>(untitled section)</source>
            <translation>(untitled section)</translation>
        </message>
        <message>
            <source>Share with counterparts</source>
            <translation>Share with counterparts</translation>
        </message>
        <message>
            <source>Submit to headquarters</source>
            <translation>Submit to headquarters</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Return with comments</source>
            <translation>Return with comments</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Add a section after this one</source>
            <translation>Add a section after this one</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Remove this section</source>
            <translation>Remove this section</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Section title</source>
            <translation>Section title</translation>
        </message>
        <message>
            <source>Write here. Markdown: # heading, - list item, **bold**, | table | cells |</source>
            <translation>Write here. Markdown: # heading, - list item, **bold**, | table | cells |</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Undo your last edit (Ctrl+Z); others' edits stay</source>
            <translation>Undo your last edit (Ctrl+Z); others' edits stay</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Redo (Ctrl+Shift+Z)</source>
            <translation>Redo (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Comments</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Column {number}</source>
            <translation>Column {number}</translation>
        </message>
        <message>
            <source>Insert a link</source>
            <translation>Insert a link</translation>
        </message>
        <message>
            <source>Address of the page (https://…):</source>
            <translation>Address of the page (https://…):</translation>
        </message>
        <message>
            <source>“{address}” is not a web address. Type an address such as https://socieux.eu, then insert the link again.</source>
            <translation>“{address}” is not a web address. Type an address such as https://socieux.eu, then insert the link again.</translation>
        </message>
        <message>
            <source>B</source>
            <comment>bold, as on Word's button</comment>
            <translation>B</translation>
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation>Bold (Ctrl+B)</translation>
        </message>
        <message>
            <source>I</source>
            <comment>italic, as on Word's button</comment>
            <translation>I</translation>
        </message>
        <message>
            <source>Italic (Ctrl+I)</source>
            <translation>Italic (Ctrl+I)</translation>
        </message>
        <message>
            <source>H1</source>
            <translation>H1</translation>
        </message>
        <message>
            <source>Heading 1 (Ctrl+1)</source>
            <translation>Heading 1 (Ctrl+1)</translation>
        </message>
        <message>
            <source>H2</source>
            <translation>H2</translation>
        </message>
        <message>
            <source>Heading 2 (Ctrl+2)</source>
            <translation>Heading 2 (Ctrl+2)</translation>
        </message>
        <message>
            <source>H3</source>
            <translation>H3</translation>
        </message>
        <message>
            <source>Heading 3 (Ctrl+3)</source>
            <translation>Heading 3 (Ctrl+3)</translation>
        </message>
        <message>
            <source>• List</source>
            <translation>• List</translation>
        </message>
        <message>
            <source>Bulleted list (Ctrl+Shift+8)</source>
            <translation>Bulleted list (Ctrl+Shift+8)</translation>
        </message>
        <message>
            <source>1. List</source>
            <translation>1. List</translation>
        </message>
        <message>
            <source>Numbered list (Ctrl+Shift+7)</source>
            <translation>Numbered list (Ctrl+Shift+7)</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>Insert a table</source>
            <translation>Insert a table</translation>
        </message>
        <message>
            <source>Link…</source>
            <translation>Link…</translation>
        </message>
        <message>
            <source>Insert a link (Ctrl+K)</source>
            <translation>Insert a link (Ctrl+K)</translation>
        </message>
        <message>
            <source>Insert image</source>
            <translation>Insert image</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff)</source>
            <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>This picture is larger than 20 MB: save it smaller (for instance as a JPEG of 2,000 pixels) and insert it again.</source>
            <translation>This picture is larger than 20 MB: save it smaller (for instance as a JPEG of 2,000 pixels) and insert it again.</translation>
        </message>
        <message>
            <source>This file could not be read: check that it is still there and that you may open it, then insert it again.</source>
            <translation>This file could not be read: check that it is still there and that you may open it, then insert it again.</translation>
        </message>
        <message>
            <source>This file is not a picture that can be printed: choose a PNG, JPEG, GIF, WebP, BMP or TIFF image.</source>
            <translation>This file is not a picture that can be printed: choose a PNG, JPEG, GIF, WebP, BMP or TIFF image.</translation>
        </message>
        <message>
            <source>Insert &amp;image…</source>
            <translation>Insert &amp;image…</translation>
        </message>
        <message>
            <source>Attach a picture from this computer to the deliverable and show it here</source>
            <translation>Attach a picture from this computer to the deliverable and show it here</translation>
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
            <translation>Title</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Words</translation>
        </message>
    </context>
    <context>
        <name>DeliverablesWidget</name>
        <message>
            <source>The file “{file}” could not be written ({reason}). Choose another folder, such as your documents, and export again.</source>
            <translation>The file “{file}” could not be written ({reason}). Choose another folder, such as your documents, and export again.</translation>
        </message>
        <message>
            <source>“{title}” was exported to “{file}”. Send this file to your colleague; they merge it with “Merge from file…”.</source>
            <translation>“{title}” was exported to “{file}”. Send this file to your colleague; they merge it with “Merge from file…”.</translation>
        </message>
        <message>
            <source>“{file}” holds another deliverable, not “{title}”. Choose the file exported from this deliverable, or merge this file into its own deliverable.</source>
            <translation>“{file}” holds another deliverable, not “{title}”. Choose the file exported from this deliverable, or merge this file into its own deliverable.</translation>
        </message>
        <message>
            <source>“{file}” cannot be merged: it is damaged or is not a deliverable file. Nothing was changed. Ask your colleague to export the deliverable again and merge the new file.</source>
            <translation>“{file}” cannot be merged: it is damaged or is not a deliverable file. Nothing was changed. Ask your colleague to export the deliverable again and merge the new file.</translation>
        </message>
        <message>
            <source>“{file}” brought nothing new: “{title}” already holds all of its text.</source>
            <translation>“{file}” brought nothing new: “{title}” already holds all of its text.</translation>
        </message>
        <message>
            <source>“{file}” was merged into “{title}”: the text now holds the edits of both copies.</source>
            <translation>“{file}” was merged into “{title}”: the text now holds the edits of both copies.</translation>
        </message>
        <message>
            <source>“{title}” is “{status}”: its text is locked, so a workshop cannot edit it. Reopen the deliverable first, then start the workshop.</source>
            <translation>“{title}” is “{status}”: its text is locked, so a workshop cannot edit it. Reopen the deliverable first, then start the workshop.</translation>
        </message>
        <message>
            <source>Export the deliverable to a file</source>
            <translation>Export the deliverable to a file</translation>
        </message>
        <message>
            <source>Deliverable files (*{suffix})</source>
            <translation>Deliverable files (*{suffix})</translation>
        </message>
        <message>
            <source>Merge a copy of the deliverable from a file</source>
            <translation>Merge a copy of the deliverable from a file</translation>
        </message>
        <message>
            <source>Deliverable files (*{suffix});;All files (*)</source>
            <translation>Deliverable files (*{suffix});;All files (*)</translation>
        </message>
        <message>
            <source>Workshop running</source>
            <translation>Workshop running</translation>
        </message>
        <message>
            <source>A workshop is editing this deliverable. End the workshop before closing it.</source>
            <translation>A workshop is editing this deliverable. End the workshop before closing it.</translation>
        </message>
        <message>
            <source>Choose a mission in the list to see its deliverables.</source>
            <translation>Choose a mission in the list to see its deliverables.</translation>
        </message>
        <message>
            <source>New deliverable…</source>
            <translation>New deliverable…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Export to file…</source>
            <translation>Export to file…</translation>
        </message>
        <message>
            <source>Merge from file…</source>
            <translation>Merge from file…</translation>
        </message>
        <message>
            <source>Start workshop…</source>
            <translation>Start workshop…</translation>
        </message>
        <message>
            <source>Export to PDF…</source>
            <translation>Export to PDF…</translation>
        </message>
        <message>
            <source>“{title}” was exported to “{file}”. It opens in Word and LibreOffice, with its comments.</source>
            <translation>“{title}” was exported to “{file}”. It opens in Word and LibreOffice, with its comments.</translation>
        </message>
        <message>
            <source>Export the deliverable to Word</source>
            <translation>Export the deliverable to Word</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Word documents (*.docx)</translation>
        </message>
        <message>
            <source>Import a Word document</source>
            <translation>Import a Word document</translation>
        </message>
        <message>
            <source>Word documents (*.docx);;All files (*)</source>
            <translation>Word documents (*.docx);;All files (*)</translation>
        </message>
        <message numerus="yes">
            <source>“{file}” was imported into “{title}”: %n section(s) added.</source>
            <translation>
                <numerusform>“{file}” was imported into “{title}”: %n section added.</numerusform>
                <numerusform>“{file}” was imported into “{title}”: %n sections added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s) came with it.</source>
            <translation>
                <numerusform>%n comment came with it.</numerusform>
                <numerusform>%n comments came with it.</numerusform>
            </translation>
        </message>
        <message>
            <source>Its tracked changes were accepted.</source>
            <translation>Its tracked changes were accepted.</translation>
        </message>
        <message>
            <source>Not carried over (copy them by hand if you need them): {items}.</source>
            <translation>Not carried over (copy them by hand if you need them): {items}.</translation>
        </message>
        <message numerus="yes">
            <source>%n text box(es)</source>
            <translation>
                <numerusform>%n text box</numerusform>
                <numerusform>%n text boxes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n footnote(s)</source>
            <translation>
                <numerusform>%n footnote</numerusform>
                <numerusform>%n footnotes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n endnote(s)</source>
            <translation>
                <numerusform>%n endnote</numerusform>
                <numerusform>%n endnotes</numerusform>
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
                <numerusform>%n embedded object or chart</numerusform>
                <numerusform>%n embedded objects or charts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n equation(s)</source>
            <translation>
                <numerusform>%n equation</numerusform>
                <numerusform>%n equations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n header(s) or footer(s)</source>
            <translation>
                <numerusform>%n header or footer</numerusform>
                <numerusform>%n headers or footers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s) whose passage could not be found</source>
            <translation>
                <numerusform>%n comment whose passage could not be found</numerusform>
                <numerusform>%n comments whose passage could not be found</numerusform>
            </translation>
        </message>
        <message>
            <source>“{file}” could not be made ({reason}). Try again; if it happens again, tell headquarters what you did.</source>
            <translation>“{file}” could not be made ({reason}). Try again; if it happens again, tell headquarters what you did.</translation>
        </message>
        <message>
            <source>“{file}” is an old Word document (.doc) or is protected by a password. Open it in Word or LibreOffice, save it as a Word document (.docx) without a password, then import that file.</source>
            <translation>“{file}” is an old Word document (.doc) or is protected by a password. Open it in Word or LibreOffice, save it as a Word document (.docx) without a password, then import that file.</translation>
        </message>
        <message>
            <source>“{file}” is not a Word document (.docx). Choose a .docx file; to bring in another kind of file, open it in Word or LibreOffice and save it as .docx first.</source>
            <translation>“{file}” is not a Word document (.docx). Choose a .docx file; to bring in another kind of file, open it in Word or LibreOffice and save it as .docx first.</translation>
        </message>
        <message>
            <source>“{file}” is damaged: its contents cannot be read. Open it in Word or LibreOffice, save it again as .docx, then import it. Nothing was changed.</source>
            <translation>“{file}” is damaged: its contents cannot be read. Open it in Word or LibreOffice, save it again as .docx, then import it. Nothing was changed.</translation>
        </message>
        <message>
            <source>“{file}” is too large to import. Remove its large images or split it into several documents, then import them one by one.</source>
            <translation>“{file}” is too large to import. Remove its large images or split it into several documents, then import them one by one.</translation>
        </message>
        <message>
            <source>“{file}” could not be opened ({reason}). Check that it is still there and that you may read it, then import it again.</source>
            <translation>“{file}” could not be opened ({reason}). Check that it is still there and that you may read it, then import it again.</translation>
        </message>
        <message>
            <source>Export to Word…</source>
            <translation>Export to Word…</translation>
        </message>
        <message>
            <source>Import from Word</source>
            <translation>Import from Word</translation>
        </message>
        <message>
            <source>As a new deliverable…</source>
            <translation>As a new deliverable…</translation>
        </message>
        <message>
            <source>As new sections of the selected deliverable…</source>
            <translation>As new sections of the selected deliverable…</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>History…</translation>
        </message>
    </context>
    <context>
        <name>ExportPdfDialog</name>
        <message>
            <source>Export the report as PDF</source>
            <translation>Export the report as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Mission {code} has no workshop yet, so nobody is on an attendance list. Start a workshop from a deliverable (Deliverables tab, “Start workshop…”), or tick “Blank list to print” for a paper workshop.</source>
            <translation>Mission {code} has no workshop yet, so nobody is on an attendance list. Start a workshop from a deliverable (Deliverables tab, “Start workshop…”), or tick “Blank list to print” for a paper workshop.</translation>
        </message>
        <message>
            <source>Mission {code} has no deliverable yet. Create one in the Deliverables tab (“New deliverable…”), then export it.</source>
            <translation>Mission {code} has no deliverable yet. Create one in the Deliverables tab (“New deliverable…”), then export it.</translation>
        </message>
        <message>
            <source>Choose the deliverable to export in the list, then export again.</source>
            <translation>Choose the deliverable to export in the list, then export again.</translation>
        </message>
        <message>
            <source>The chosen deliverable is no longer part of this mission. Close this window, open it again and choose another deliverable.</source>
            <translation>The chosen deliverable is no longer part of this mission. Close this window, open it again and choose another deliverable.</translation>
        </message>
        <message>
            <source>The chosen workshop is no longer part of this mission. Close this window, open it again and choose another workshop.</source>
            <translation>The chosen workshop is no longer part of this mission. Close this window, open it again and choose another workshop.</translation>
        </message>
        <message>
            <source>This mission is no longer in the workspace. Close this window and choose a mission in the list.</source>
            <translation>This mission is no longer in the workspace. Close this window and choose a mission in the list.</translation>
        </message>
        <message>
            <source>Choose French, English or Spanish as the report's language, then export again.</source>
            <translation>Choose French, English or Spanish as the report's language, then export again.</translation>
        </message>
        <message>
            <source>Choose the timesheet, the attendance list, a deliverable or the mission report, then export again.</source>
            <translation>Choose the timesheet, the attendance list, a deliverable or the mission report, then export again.</translation>
        </message>
        <message>
            <source>The file “{file}” could not be written ({reason}). Choose another folder, such as your documents, and export again.</source>
            <translation>The file “{file}” could not be written ({reason}). Choose another folder, such as your documents, and export again.</translation>
        </message>
        <message>
            <source>The PDF could not be made ({reason}). Nothing was written. Check your choice and export again.</source>
            <translation>The PDF could not be made ({reason}). Nothing was written. Check your choice and export again.</translation>
        </message>
        <message>
            <source>PDF exported</source>
            <translation>PDF exported</translation>
        </message>
        <message>
            <source>The report was written to “{file}”.</source>
            <translation>The report was written to “{file}”.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>Writing the PDF…</translation>
        </message>
        <message>
            <source>This mission has no workshop yet: tick “Blank list to print” to print a list that the participants sign on paper.</source>
            <translation>This mission has no workshop yet: tick “Blank list to print” to print a list that the participants sign on paper.</translation>
        </message>
        <message>
            <source>The list is printed empty, with the date left to fill in, for the participants to sign on paper.</source>
            <translation>The list is printed empty, with the date left to fill in, for the participants to sign on paper.</translation>
        </message>
        <message>
            <source>The list is printed empty, with the chosen workshop's date and deliverable, for the participants to sign on paper.</source>
            <translation>The list is printed empty, with the chosen workshop's date and deliverable, for the participants to sign on paper.</translation>
        </message>
        <message>
            <source>This mission has no deliverable yet.</source>
            <translation>This mission has no deliverable yet.</translation>
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
            <translation>Export PDF</translation>
        </message>
        <message>
            <source>Mission {code}: {title}</source>
            <translation>Mission {code}: {title}</translation>
        </message>
        <message>
            <source>Timesheet</source>
            <translation>Timesheet</translation>
        </message>
        <message>
            <source>Attendance list</source>
            <translation>Attendance list</translation>
        </message>
        <message>
            <source>Deliverable</source>
            <translation>Deliverable</translation>
        </message>
        <message>
            <source>Mission report</source>
            <translation>Mission report</translation>
        </message>
        <message>
            <source>No workshop yet</source>
            <translation>No workshop yet</translation>
        </message>
        <message>
            <source>No deliverable yet</source>
            <translation>No deliverable yet</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Report:</translation>
        </message>
        <message>
            <source>&amp;Workshop:</source>
            <translation>&amp;Workshop:</translation>
        </message>
        <message>
            <source>&amp;Blank list to print</source>
            <translation>&amp;Blank list to print</translation>
        </message>
        <message>
            <source>R&amp;ows to print:</source>
            <translation>R&amp;ows to print:</translation>
        </message>
        <message>
            <source>&amp;Deliverable:</source>
            <translation>&amp;Deliverable:</translation>
        </message>
        <message>
            <source>Written &amp;in:</source>
            <translation>Written &amp;in:</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
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
            <translation>My workspace</translation>
        </message>
        <message>
            <source>SOCIEUX+ Desktop — {workspace}</source>
            <translation>SOCIEUX+ Desktop — {workspace}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;New mission…</source>
            <translation>&amp;New mission…</translation>
        </message>
        <message>
            <source>&amp;Edit mission…</source>
            <translation>&amp;Edit mission…</translation>
        </message>
        <message>
            <source>E&amp;xport PDF…</source>
            <translation>E&amp;xport PDF…</translation>
        </message>
        <message>
            <source>&amp;Start my own workspace…</source>
            <translation>&amp;Start my own workspace…</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>Se&amp;ttings…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;About SOCIEUX+ Desktop</source>
            <translation>&amp;About SOCIEUX+ Desktop</translation>
        </message>
        <message>
            <source>This is a demo workspace: its missions are examples and it never syncs.</source>
            <translation>This is a demo workspace: its missions are examples and it never syncs.</translation>
        </message>
        <message>
            <source>Start my own workspace</source>
            <translation>Start my own workspace</translation>
        </message>
        <message>
            <source>&amp;Undo {command}</source>
            <translation>&amp;Undo {command}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo {command}</source>
            <translation>&amp;Redo {command}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
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
            <source>A deliverable that is “{deliverable_status}” cannot be {action}.</source>
            <translation>A deliverable that is “{deliverable_status}” cannot be {action}.</translation>
        </message>
        <message>
            <source>The deliverable has no text yet. Write it before sharing or submitting it.</source>
            <translation>The deliverable has no text yet. Write it before sharing or submitting it.</translation>
        </message>
        <message>
            <source>The deliverable is “{deliverable_status}”. Reopen it before changing its text.</source>
            <translation>The deliverable is “{deliverable_status}”. Reopen it before changing its text.</translation>
        </message>
        <message>
            <source>Only headquarters (a coordinator signed in to the app) can mark a deliverable {action}. Submit it to headquarters; they approve it or return it with comments.</source>
            <translation>Only headquarters (a coordinator signed in to the app) can mark a deliverable {action}. Submit it to headquarters; they approve it or return it with comments.</translation>
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
            <source>shared</source>
            <translation>shared</translation>
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
        <message>
            <source>Mission code</source>
            <translation>Mission code</translation>
        </message>
        <message>
            <source>Action code</source>
            <translation>Action code</translation>
        </message>
        <message>
            <source>Action title</source>
            <translation>Action title</translation>
        </message>
        <message>
            <source>Partner institution</source>
            <translation>Partner institution</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Activity code</source>
            <translation>Activity code</translation>
        </message>
        <message>
            <source>Activity title</source>
            <translation>Activity title</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Only headquarters (a coordinator signed in to the app) can mark a timesheet {action}. Submit it to headquarters; they approve it or return it.</source>
            <translation>Only headquarters (a coordinator signed in to the app) can mark a timesheet {action}. Submit it to headquarters; they approve it or return it.</translation>
        </message>
        <message>
            <source>The field “{field}” has {length} characters; it holds at most {max_length}. Shorten it.</source>
            <translation>The field “{field}” has {length} characters; it holds at most {max_length}. Shorten it.</translation>
        </message>
        <message>
            <source>The field “{field}” holds a character that is not text ({character} at position {position}), often left by a damaged copy and paste. Delete it, or type the text again.</source>
            <translation>The field “{field}” holds a character that is not text ({character} at position {position}), often left by a damaged copy and paste. Delete it, or type the text again.</translation>
        </message>
        <message>
            <source>The field “{field}” cannot hold {value}: it holds {expected}. Correct it and try again.</source>
            <translation>The field “{field}” cannot hold {value}: it holds {expected}. Correct it and try again.</translation>
        </message>
        <message>
            <source>A record of this kind has no field “{field}”. The record comes from a damaged file or another program; leave the field out.</source>
            <translation>A record of this kind has no field “{field}”. The record comes from a damaged file or another program; leave the field out.</translation>
        </message>
        <message>
            <source>{value} days cannot be allocated. Allocate zero or more days, in half-day steps, up to {max_days}.</source>
            <translation>{value} days cannot be allocated. Allocate zero or more days, in half-day steps, up to {max_days}.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Terms of reference</source>
            <translation>Terms of reference</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>Home institution</source>
            <translation>Home institution</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>Counterparts met</source>
            <translation>Counterparts met</translation>
        </message>
        <message>
            <source>Kind of day</source>
            <translation>Kind of day</translation>
        </message>
        <message>
            <source>Kind of deliverable</source>
            <translation>Kind of deliverable</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <source>Cross-cutting issues</source>
            <translation>Cross-cutting issues</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modality</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Timesheet status</source>
            <translation>Timesheet status</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>a whole number</translation>
        </message>
        <message>
            <source>a date written YYYY-MM-DD</source>
            <translation>a date written YYYY-MM-DD</translation>
        </message>
        <message>
            <source>a date and time (ISO 8601)</source>
            <translation>a date and time (ISO 8601)</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <source>one of these values: {choices}</source>
            <translation>one of these values: {choices}</translation>
        </message>
        <message>
            <source>a list of at most {max_items} different values</source>
            <translation>a list of at most {max_items} different values</translation>
        </message>
        <message>
            <source>a record id (1 to 36 letters, digits or dashes)</source>
            <translation>a record id (1 to 36 letters, digits or dashes)</translation>
        </message>
        <message>
            <source>a country code of two capital letters (ISO 3166-1)</source>
            <translation>a country code of two capital letters (ISO 3166-1)</translation>
        </message>
        <message>
            <source>base64 bytes</source>
            <translation>base64 bytes</translation>
        </message>
    </context>
    <context>
        <name>MissionDashboard</name>
        <message>
            <source>This mission no longer exists. Choose another mission in the list.</source>
            <translation>This mission no longer exists. Choose another mission in the list.</translation>
        </message>
        <message>
            <source>Choose a mission in the list, or create one.</source>
            <translation>Choose a mission in the list, or create one.</translation>
        </message>
        <message>
            <source>{code} – {title}</source>
            <translation>{code} – {title}</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>Timesheet: {status}</source>
            <translation>Timesheet: {status}</translation>
        </message>
        <message>
            <source>The timesheet is submitted: its days are locked and cannot be logged, changed or deleted. Reopen it to change them.</source>
            <translation>The timesheet is submitted: its days are locked and cannot be logged, changed or deleted. Reopen it to change them.</translation>
        </message>
        <message>
            <source>The timesheet is approved: its days are locked for good.</source>
            <translation>The timesheet is approved: its days are locked for good.</translation>
        </message>
        <message>
            <source>The timesheet was returned for changes. Reopen it to change its days, then submit it again.</source>
            <translation>The timesheet was returned for changes. Reopen it to change its days, then submit it again.</translation>
        </message>
        <message>
            <source>Total: {consumed} of {allocated} days</source>
            <translation>Total: {consumed} of {allocated} days</translation>
        </message>
        <message>
            <source>{expert} has used {consumed} of {allocated} days on “{activity}”.</source>
            <translation>{expert} has used {consumed} of {allocated} days on “{activity}”.</translation>
        </message>
        <message>
            <source>Check with your coordinator before logging more days.</source>
            <translation>Check with your coordinator before logging more days.</translation>
        </message>
        <message>
            <source>{consumed} of {allocated} days, {over} over</source>
            <translation>{consumed} of {allocated} days, {over} over</translation>
        </message>
        <message>
            <source>{consumed} of {allocated} days, {left} left</source>
            <translation>{consumed} of {allocated} days, {left} left</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>Expert</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Days allocated</source>
            <translation>Days allocated</translation>
        </message>
        <message>
            <source>No expert is on the team yet.</source>
            <translation>No expert is on the team yet.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>No counterpart is recorded yet.</source>
            <translation>No counterpart is recorded yet.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Partner institution</source>
            <translation>Partner institution</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modality</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <source>Cross-cutting issues</source>
            <translation>Cross-cutting issues</translation>
        </message>
        <message>
            <source>Edit mission…</source>
            <translation>Edit mission…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>The timesheet, an attendance list, a deliverable or the mission report, in French, English or Spanish.</source>
            <translation>The timesheet, an attendance list, a deliverable or the mission report, in French, English or Spanish.</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Timesheet</source>
            <translation>Timesheet</translation>
        </message>
        <message>
            <source>Submit timesheet</source>
            <translation>Submit timesheet</translation>
        </message>
        <message>
            <source>Send the logged days for approval; they are then locked.</source>
            <translation>Send the logged days for approval; they are then locked.</translation>
        </message>
        <message>
            <source>Reopen timesheet</source>
            <translation>Reopen timesheet</translation>
        </message>
        <message>
            <source>Unlock the days to change them; submit again afterwards.</source>
            <translation>Unlock the days to change them; submit again afterwards.</translation>
        </message>
        <message>
            <source>Days consumed and allocated</source>
            <translation>Days consumed and allocated</translation>
        </message>
        <message>
            <source>Per activity</source>
            <translation>Per activity</translation>
        </message>
        <message>
            <source>Per expert</source>
            <translation>Per expert</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Counterparts</source>
            <translation>Counterparts</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>History…</translation>
        </message>
        <message>
            <source>Every change of the mission's record, here and on the computers it synced with, with the values replaced</source>
            <translation>Every change of the mission's record, here and on the computers it synced with, with the values replaced</translation>
        </message>
    </context>
    <context>
        <name>MissionEditorDialog</name>
        <message>
            <source>Days are logged on the activity “{name}”, so it stays. Move or delete those days in the day log first.</source>
            <translation>Days are logged on the activity “{name}”, so it stays. Move or delete those days in the day log first.</translation>
        </message>
        <message>
            <source>{name} has days logged on this mission, so they stay on the team. Move or delete those days in the day log first.</source>
            <translation>{name} has days logged on this mission, so they stay on the team. Move or delete those days in the day log first.</translation>
        </message>
        <message>
            <source>Days on {activity}</source>
            <translation>Days on {activity}</translation>
        </message>
        <message>
            <source>New mission</source>
            <translation>New mission</translation>
        </message>
        <message>
            <source>Edit the mission</source>
            <translation>Edit the mission</translation>
        </message>
        <message>
            <source>&amp;Mission</source>
            <translation>&amp;Mission</translation>
        </message>
        <message>
            <source>&amp;Activities and team</source>
            <translation>&amp;Activities and team</translation>
        </message>
        <message>
            <source>Cou&amp;nterparts</source>
            <translation>Cou&amp;nterparts</translation>
        </message>
        <message>
            <source>Mission &amp;code</source>
            <translation>Mission &amp;code</translation>
        </message>
        <message>
            <source>Mission &amp;title</source>
            <translation>Mission &amp;title</translation>
        </message>
        <message>
            <source>Action c&amp;ode</source>
            <translation>Action c&amp;ode</translation>
        </message>
        <message>
            <source>Action t&amp;itle</source>
            <translation>Action t&amp;itle</translation>
        </message>
        <message>
            <source>&amp;Partner institution</source>
            <translation>&amp;Partner institution</translation>
        </message>
        <message>
            <source>Countr&amp;y</source>
            <translation>Countr&amp;y</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>&amp;End</source>
            <translation>&amp;End</translation>
        </message>
        <message>
            <source>Mo&amp;dality</source>
            <translation>Mo&amp;dality</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>Stat&amp;us</translation>
        </message>
        <message>
            <source>T&amp;hemes</source>
            <translation>T&amp;hemes</translation>
        </message>
        <message>
            <source>Cross-cutting i&amp;ssues</source>
            <translation>Cross-cutting i&amp;ssues</translation>
        </message>
        <message>
            <source>e.g. CI-2026-01-M1</source>
            <translation>e.g. CI-2026-01-M1</translation>
        </message>
        <message>
            <source>e.g. CI-2026-01</source>
            <translation>e.g. CI-2026-01</translation>
        </message>
        <message>
            <source>Choose a country</source>
            <translation>Choose a country</translation>
        </message>
        <message>
            <source>A&amp;ctivities of the action</source>
            <translation>A&amp;ctivities of the action</translation>
        </message>
        <message>
            <source>T&amp;eam</source>
            <translation>T&amp;eam</translation>
        </message>
        <message>
            <source>Days allocated to each expert on each activity; half days (0.5) are allowed.</source>
            <translation>Days allocated to each expert on each activity; half days (0.5) are allowed.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Add an activity</source>
            <translation>Add an activity</translation>
        </message>
        <message>
            <source>Remove the activity</source>
            <translation>Remove the activity</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Add an expert</source>
            <translation>Add an expert</translation>
        </message>
        <message>
            <source>Remove the expert</source>
            <translation>Remove the expert</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Add a counterpart</source>
            <translation>Add a counterpart</translation>
        </message>
        <message>
            <source>Remove the counterpart</source>
            <translation>Remove the counterpart</translation>
        </message>
        <message>
            <source>{name} is on the team twice. Remove one of the two rows.</source>
            <translation>{name} is on the team twice. Remove one of the two rows.</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;History…</translation>
        </message>
        <message>
            <source>The changes of the selected counterpart, of the days allocated in the selected cell of the team, or else of the mission; with the values they replaced.</source>
            <translation>The changes of the selected counterpart, of the days allocated in the selected cell of the team, or else of the mission; with the values they replaced.</translation>
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
            <translation>Country</translation>
        </message>
        <message>
            <source>Partner institution</source>
            <translation>Partner institution</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Days used / allocated</source>
            <translation>Days used / allocated</translation>
        </message>
    </context>
    <context>
        <name>MissionListWidget</name>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>Code, title, partner or country</source>
            <translation>Code, title, partner or country</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>S&amp;tatus</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation>C&amp;ountry</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>All countries</translation>
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
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Day log</source>
            <translation>Day log</translation>
        </message>
        <message>
            <source>Deliverables</source>
            <translation>Deliverables</translation>
        </message>
    </context>
    <context>
        <name>NewDeliverableDialog</name>
        <message>
            <source>New deliverable</source>
            <translation>New deliverable</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Written in:</source>
            <translation>&amp;Written in:</translation>
        </message>
        <message>
            <source>The deliverable starts with the sections of its kind, titled in the language it is written in. You can rename, add and remove sections afterwards.</source>
            <translation>The deliverable starts with the sections of its kind, titled in the language it is written in. You can rename, add and remove sections afterwards.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantModel</name>
        <message>
            <source>Removed</source>
            <translation>Removed</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Connected</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Joined at</source>
            <translation>Joined at</translation>
        </message>
        <message>
            <source>Writing in section</source>
            <translation>Writing in section</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connection</translation>
        </message>
        <message>
            <source>Read only</source>
            <translation>Read only</translation>
        </message>
        <message>
            <source>{state}, suggests</source>
            <translation>{state}, suggests</translation>
        </message>
    </context>
    <context>
        <name>RemoveSectionBox</name>
        <message>
            <source>Remove section</source>
            <translation>Remove section</translation>
        </message>
        <message>
            <source>Remove the section “{title}” and its text?</source>
            <translation>Remove the section “{title}” and its text?</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z) brings it back.</source>
            <translation>Undo (Ctrl+Z) brings it back.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>SaveVersionDialog</name>
        <message>
            <source>Give the version a name that says what it was for, such as “sent to the Ministry, 12 March”.</source>
            <translation>Give the version a name that says what it was for, such as “sent to the Ministry, 12 March”.</translation>
        </message>
        <message>
            <source>Save named version</source>
            <translation>Save named version</translation>
        </message>
        <message>
            <source>&amp;Name of this version of the text (for example “sent to the Ministry, 12 March”):</source>
            <translation>&amp;Name of this version of the text (for example “sent to the Ministry, 12 March”):</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Fill in your name: the day log proposes you by it.</source>
            <translation>Fill in your name: the day log proposes you by it.</translation>
        </message>
        <message>
            <source>“{email}” is not an e-mail address. Correct it or leave it empty.</source>
            <translation>“{email}” is not an e-mail address. Correct it or leave it empty.</translation>
        </message>
        <message>
            <source>Give your country as its two-letter code, for example FR or ES.</source>
            <translation>Give your country as its two-letter code, for example FR or ES.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>&amp;Interface language:</translation>
        </message>
        <message>
            <source>Your profile</source>
            <translation>Your profile</translation>
        </message>
        <message>
            <source>Who uses this workspace. The day log proposes you as the expert of new days.</source>
            <translation>Who uses this workspace. The day log proposes you as the expert of new days.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>&amp;Institution:</source>
            <translation>&amp;Institution:</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Country:</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>name@example.org</translation>
        </message>
        <message>
            <source>The administration you work for</source>
            <translation>The administration you work for</translation>
        </message>
        <message>
            <source>Two-letter code, e.g. FR</source>
            <translation>Two-letter code, e.g. FR</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to headquarters' hub</source>
            <translation>Sign in to headquarters' hub</translation>
        </message>
        <message>
            <source>&amp;Hub address</source>
            <translation>&amp;Hub address</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>&amp;User name</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>&amp;Password</translation>
        </message>
        <message>
            <source>https://hub.example.org</source>
            <translation>https://hub.example.org</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Sign in</translation>
        </message>
        <message>
            <source>This computer has no keychain the app can use: you will be signed in for this session only, and asked again when the app starts. Nothing is written to disk.</source>
            <translation>This computer has no keychain the app can use: you will be signed in for this session only, and asked again when the app starts. Nothing is written to disk.</translation>
        </message>
        <message>
            <source>Fill in the hub address, your user name and your password.</source>
            <translation>Fill in the hub address, your user name and your password.</translation>
        </message>
        <message>
            <source>A sync is running; try again when it is done.</source>
            <translation>A sync is running; try again when it is done.</translation>
        </message>
    </context>
    <context>
        <name>SignOutBox</name>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) not yet sent to headquarters.</source>
            <translation>
                <numerusform>%n change not yet sent to headquarters.</numerusform>
                <numerusform>%n changes not yet sent to headquarters.</numerusform>
            </translation>
        </message>
        <message>
            <source>If you sign out now, they stay on this computer but are not sent until you sign in again as the same person. To send them first, cancel and choose Sync now.</source>
            <translation>If you sign out now, they stay on this computer but are not sent until you sign in again as the same person. To send them first, cancel and choose Sync now.</translation>
        </message>
        <message>
            <source>Sign out without sending</source>
            <translation>Sign out without sending</translation>
        </message>
    </context>
    <context>
        <name>SyncMenu</name>
        <message>
            <source>S&amp;ync</source>
            <translation>S&amp;ync</translation>
        </message>
        <message>
            <source>Sign &amp;in…</source>
            <translation>Sign &amp;in…</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sync now</translation>
        </message>
        <message>
            <source>Sign &amp;out…</source>
            <translation>Sign &amp;out…</translation>
        </message>
    </context>
    <context>
        <name>SyncPanel</name>
        <message>
            <source>The hub refused the sync. It said: “{reason}”. Tell headquarters if you cannot correct it yourself.</source>
            <translation>The hub refused the sync. It said: “{reason}”. Tell headquarters if you cannot correct it yourself.</translation>
        </message>
        <message>
            <source>No connection to the hub. Your changes are kept on this computer. {retry}</source>
            <translation>No connection to the hub. Your changes are kept on this computer. {retry}</translation>
        </message>
        <message>
            <source>Your sign-in has ended. Sign in again ({sign_in}) to keep syncing; nothing is lost meanwhile.</source>
            <translation>Your sign-in has ended. Sign in again ({sign_in}) to keep syncing; nothing is lost meanwhile.</translation>
        </message>
        <message>
            <source>The hub had a problem on its side. Nothing is lost. {retry} Tell headquarters if this goes on.</source>
            <translation>The hub had a problem on its side. Nothing is lost. {retry} Tell headquarters if this goes on.</translation>
        </message>
        <message>
            <source>The hub's certificate could not be verified, so nothing was sent. On a hotel or airport Wi-Fi, open a web page first to sign in to the network. Otherwise check the hub address; if headquarters uses its own certificate authority, ask them for its file.</source>
            <translation>The hub's certificate could not be verified, so nothing was sent. On a hotel or airport Wi-Fi, open a web page first to sign in to the network. Otherwise check the hub address; if headquarters uses its own certificate authority, ask them for its file.</translation>
        </message>
        <message>
            <source>This is a demo workspace: it never syncs with headquarters, so its made-up missions stay out of the real data. Start your own workspace (File &gt; Start my own workspace…) and sign in from there.</source>
            <translation>This is a demo workspace: it never syncs with headquarters, so its made-up missions stay out of the real data. Start your own workspace (File &gt; Start my own workspace…) and sign in from there.</translation>
        </message>
        <message>
            <source>Changes made under the current sign-in are not sent yet. Sync them first, or sign out (and confirm) before signing in as someone else.</source>
            <translation>Changes made under the current sign-in are not sent yet. Sync them first, or sign out (and confirm) before signing in as someone else.</translation>
        </message>
        <message>
            <source>This version of the app and the hub do not speak the same sync protocol. Update the app, or ask headquarters.</source>
            <translation>This version of the app and the hub do not speak the same sync protocol. Update the app, or ask headquarters.</translation>
        </message>
        <message>
            <source>The hub refused changes to a mission you are not assigned to. Ask headquarters to assign you to it. The hub said: “{reason}”</source>
            <translation>The hub refused changes to a mission you are not assigned to. Ask headquarters to assign you to it. The hub said: “{reason}”</translation>
        </message>
        <message>
            <source>Some changes are for headquarters only: approving or returning a deliverable or a timesheet (or undoing what headquarters approved or returned), a mission's team and allocated days, other people's details. The hub refused them, and they were undone on this computer; the rest of your work, text included, was synced.</source>
            <translation>Some changes are for headquarters only: approving or returning a deliverable or a timesheet (or undoing what headquarters approved or returned), a mission's team and allocated days, other people's details. The hub refused them, and they were undone on this computer; the rest of your work, text included, was synced.</translation>
        </message>
        <message>
            <source>The sync stopped on an unexpected error ({reason}). Nothing is lost; try again, and tell headquarters if it goes on.</source>
            <translation>The sync stopped on an unexpected error ({reason}). Nothing is lost; try again, and tell headquarters if it goes on.</translation>
        </message>
        <message>
            <source>Something other than the hub answered: a network's sign-in page (as in hotels and airports), a proxy, or a wrong hub address. Open a web page in your browser to sign in to the network, or check the hub address. Your changes are kept on this computer. {retry}</source>
            <translation>Something other than the hub answered: a network's sign-in page (as in hotels and airports), a proxy, or a wrong hub address. Open a web page in your browser to sign in to the network, or check the hub address. Your changes are kept on this computer. {retry}</translation>
        </message>
        <message>
            <source>The hub is busy and asked to wait about {minutes} min. Nothing is lost. {retry}</source>
            <translation>The hub is busy and asked to wait about {minutes} min. Nothing is lost. {retry}</translation>
        </message>
        <message>
            <source>Your computer's clock is {amount} ahead of the hub's. Set this computer's date, time and time zone right in the system settings: your changes are synced all the same, but their dates come from this clock.</source>
            <translation>Your computer's clock is {amount} ahead of the hub's. Set this computer's date, time and time zone right in the system settings: your changes are synced all the same, but their dates come from this clock.</translation>
        </message>
        <message>
            <source>Your computer's clock is {amount} behind the hub's. Set this computer's date, time and time zone right in the system settings: your changes are synced all the same, but their dates come from this clock.</source>
            <translation>Your computer's clock is {amount} behind the hub's. Set this computer's date, time and time zone right in the system settings: your changes are synced all the same, but their dates come from this clock.</translation>
        </message>
        <message>
            <source>{count} minutes</source>
            <translation>{count} minutes</translation>
        </message>
        <message>
            <source>{count} hours</source>
            <translation>{count} hours</translation>
        </message>
        <message>
            <source>{count} days</source>
            <translation>{count} days</translation>
        </message>
        <message>
            <source>The app tries again by itself.</source>
            <translation>The app tries again by itself.</translation>
        </message>
        <message>
            <source>Sync &gt; Sign in…</source>
            <translation>Sync &gt; Sign in…</translation>
        </message>
        <message>
            <source>Then sign in again.</source>
            <translation>Then sign in again.</translation>
        </message>
        <message>
            <source>The user name or the password is wrong. Check both and try again; headquarters can reset your password.</source>
            <translation>The user name or the password is wrong. Check both and try again; headquarters can reset your password.</translation>
        </message>
        <message>
            <source>The hub cannot be reached. Check the hub address and your connection, then try again.</source>
            <translation>The hub cannot be reached. Check the hub address and your connection, then try again.</translation>
        </message>
        <message>
            <source>“{address}” is not a hub address. Write it like https://hub.example.org.</source>
            <translation>“{address}” is not a hub address. Write it like https://hub.example.org.</translation>
        </message>
        <message>
            <source>The hub address must start with https:// so that your password and your sign-in do not travel in clear (http:// is accepted only for a hub on this computer).</source>
            <translation>The hub address must start with https:// so that your password and your sign-in do not travel in clear (http:// is accepted only for a hub on this computer).</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Stopping the sync…</source>
            <translation>Stopping the sync…</translation>
        </message>
        <message>
            <source>Syncing… changes sent: {sent} of {to_send}; received: {received}</source>
            <translation>Syncing… changes sent: {sent} of {to_send}; received: {received}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop the sync after the changes under way; the next sync goes on from there</source>
            <translation>Stop the sync after the changes under way; the next sync goes on from there</translation>
        </message>
        <message>
            <source>Demo workspace</source>
            <translation>Demo workspace</translation>
        </message>
        <message>
            <source>Not signed in: Sync &gt; Sign in… to sync with headquarters.</source>
            <translation>Not signed in: Sync &gt; Sign in… to sync with headquarters.</translation>
        </message>
        <message>
            <source>Signed in as {user}</source>
            <translation>Signed in as {user}</translation>
        </message>
        <message>
            <source>Signed in as {user}, for this session only</source>
            <translation>Signed in as {user}, for this session only</translation>
        </message>
        <message>
            <source>Hub: {address}</source>
            <translation>Hub: {address}</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <source>Last sync: {when}</source>
            <translation>Last sync: {when}</translation>
        </message>
        <message>
            <source>Last sync: never</source>
            <translation>Last sync: never</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting</source>
            <translation>
                <numerusform>%n change waiting</numerusform>
                <numerusform>%n changes waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>Send your changes and receive headquarters' (F5)</source>
            <translation>Send your changes and receive headquarters' (F5)</translation>
        </message>
    </context>
    <context>
        <name>VersionsPanel</name>
        <message>
            <source>Choose a version, then “View” to read it or “Compare with current text” to see what changed since.</source>
            <translation>Choose a version, then “View” to read it or “Compare with current text” to see what changed since.</translation>
        </message>
        <message>
            <source>Changes since “{name}”: lines marked − (red) are gone, lines marked + (green) were added.</source>
            <translation>Changes since “{name}”: lines marked − (red) are gone, lines marked + (green) were added.</translation>
        </message>
        <message>
            <source>“{name}”, saved on {date} by {author} (read-only)</source>
            <translation>“{name}”, saved on {date} by {author} (read-only)</translation>
        </message>
        <message>
            <source>Save named version…</source>
            <translation>Save named version…</translation>
        </message>
        <message>
            <source>Keep the text as it is now under a name, to read it or compare with it later</source>
            <translation>Keep the text as it is now under a name, to read it or compare with it later</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Saved on</source>
            <translation>Saved on</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Named versions</source>
            <translation>Named versions</translation>
        </message>
        <message>
            <source>View</source>
            <translation>View</translation>
        </message>
        <message>
            <source>Compare with current text</source>
            <translation>Compare with current text</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>Welcome to SOCIEUX+ Desktop</source>
            <translation>Welcome to SOCIEUX+ Desktop</translation>
        </message>
        <message>
            <source>The workbook of your missions: it works without internet and keeps everything on this computer.</source>
            <translation>The workbook of your missions: it works without internet and keeps everything on this computer.</translation>
        </message>
        <message>
            <source>Choose a mission in the list, then log your days in its Day log tab.</source>
            <translation>Choose a mission in the list, then log your days in its Day log tab.</translation>
        </message>
        <message>
            <source>Write its deliverables in the Deliverables tab, alone or live with your counterparts in a workshop.</source>
            <translation>Write its deliverables in the Deliverables tab, alone or live with your counterparts in a workshop.</translation>
        </message>
        <message>
            <source>File &gt; Export PDF… gives the timesheet, the attendance list, a deliverable or the mission report.</source>
            <translation>File &gt; Export PDF… gives the timesheet, the attendance list, a deliverable or the mission report.</translation>
        </message>
        <message>
            <source>These missions are examples to try everything on; when you are ready, File &gt; Start my own workspace…</source>
            <translation>These missions are examples to try everything on; when you are ready, File &gt; Start my own workspace…</translation>
        </message>
        <message>
            <source>To send your work to headquarters, Sync &gt; Sign in… with the address your coordinator gives you.</source>
            <translation>To send your work to headquarters, Sync &gt; Sign in… with the address your coordinator gives you.</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>Got it</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialog</name>
        <message>
            <source>“{title}” is “{status}”: its text is locked, so a workshop cannot edit it. Reopen the deliverable first, then start the workshop.</source>
            <translation>“{title}” is “{status}”: its text is locked, so a workshop cannot edit it. Reopen the deliverable first, then start the workshop.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) connected</source>
            <translation>
                <numerusform>%n participant connected</numerusform>
                <numerusform>%n participants connected</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove a participant</source>
            <translation>Remove a participant</translation>
        </message>
        <message>
            <source>Remove {name} from the workshop? Their browser is disconnected at once and can no longer read or write the deliverable.</source>
            <translation>Remove {name} from the workshop? Their browser is disconnected at once and can no longer read or write the deliverable.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Another program (or another workshop) already uses port {port} on {address}. End the other workshop or close that program, then click Start again.</source>
            <translation>Another program (or another workshop) already uses port {port} on {address}. End the other workshop or close that program, then click Start again.</translation>
        </message>
        <message>
            <source>This computer no longer has the address {address}: the network may have been turned off or changed. Check the Wi-Fi or the hotspot, click Refresh and pick the network again.</source>
            <translation>This computer no longer has the address {address}: the network may have been turned off or changed. Check the Wi-Fi or the hotspot, click Refresh and pick the network again.</translation>
        </message>
        <message>
            <source>The workshop could not start on {address} ({reason}). Pick another network, or “This computer only” to try it alone, then click Start again.</source>
            <translation>The workshop could not start on {address} ({reason}). Pick another network, or “This computer only” to try it alone, then click Start again.</translation>
        </message>
        <message>
            <source>Allow &amp;writing</source>
            <translation>Allow &amp;writing</translation>
        </message>
        <message>
            <source>Make &amp;read-only</source>
            <translation>Make &amp;read-only</translation>
        </message>
        <message>
            <source>The workshop has ended: access is closed. The link and the PIN no longer work; what was written is in the deliverable, and the participants are on its attendance list.</source>
            <translation>The workshop has ended: access is closed. The link and the PIN no longer work; what was written is in the deliverable, and the participants are on its attendance list.</translation>
        </message>
        <message>
            <source>Participants open the link (or scan the code) on this network, type their name and the PIN, and write with you. Keep this window open during the workshop.</source>
            <translation>Participants open the link (or scan the code) on this network, type their name and the PIN, and write with you. Keep this window open during the workshop.</translation>
        </message>
        <message>
            <source>This computer only ({address})</source>
            <translation>This computer only ({address})</translation>
        </message>
        <message>
            <source>{network} ({address})</source>
            <translation>{network} ({address})</translation>
        </message>
        <message>
            <source>Workshop — {title}</source>
            <translation>Workshop — {title}</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Network</translation>
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation>&amp;Network:</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Re&amp;fresh</translation>
        </message>
        <message>
            <source>Pick the network the participants are on: the room's Wi-Fi, or the hotspot of this computer or of a phone. No internet is needed. “This computer only” lets you try the workshop alone.</source>
            <translation>Pick the network the participants are on: the room's Wi-Fi, or the hotspot of this computer or of a phone. No internet is needed. “This computer only” lets you try the workshop alone.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Link to open in a browser:</source>
            <translation>Link to open in a browser:</translation>
        </message>
        <message>
            <source>PIN:</source>
            <translation>PIN:</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>&amp;Copy link</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>Re&amp;move…</translation>
        </message>
        <message>
            <source>&amp;End workshop</source>
            <translation>&amp;End workshop</translation>
        </message>
        <message>
            <source>{name} ({author})</source>
            <translation>{name} ({author})</translation>
        </message>
        <message>
            <source>No named version yet: name one in the editor's Versions panel first.</source>
            <translation>No named version yet: name one in the editor's Versions panel first.</translation>
        </message>
        <message>
            <source>Everyone's changes, and those of whoever joins next, become suggestions you accept or reject in the deliverable editor</source>
            <translation>Everyone's changes, and those of whoever joins next, become suggestions you accept or reject in the deliverable editor</translation>
        </message>
        <message>
            <source>Restore a &amp;version</source>
            <translation>Restore a &amp;version</translation>
        </message>
        <message>
            <source>&amp;Undo all of {name}'s edits</source>
            <translation>&amp;Undo all of {name}'s edits</translation>
        </message>
        <message>
            <source>&amp;Undo all of a participant's edits</source>
            <translation>&amp;Undo all of a participant's edits</translation>
        </message>
        <message>
            <source>New &amp;PIN</source>
            <translation>New &amp;PIN</translation>
        </message>
        <message numerus="yes">
            <source>%n wrong PIN(s) in the last minute: joining waits {seconds} s for everyone. If someone is guessing, click New PIN and give the new one to the participants still to join.</source>
            <translation>
                <numerusform>%n wrong PIN in the last minute: joining waits {seconds} s for everyone. If someone is guessing, click New PIN and give the new one to the participants still to join.</numerusform>
                <numerusform>%n wrong PINs in the last minute: joining waits {seconds} s for everyone. If someone is guessing, click New PIN and give the new one to the participants still to join.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n wrong PIN(s) in the last minute. If someone is guessing, click New PIN and give the new one to the participants still to join.</source>
            <translation>
                <numerusform>%n wrong PIN in the last minute. If someone is guessing, click New PIN and give the new one to the participants still to join.</numerusform>
                <numerusform>%n wrong PINs in the last minute. If someone is guessing, click New PIN and give the new one to the participants still to join.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Everyone suggests</source>
            <translation>&amp;Everyone suggests</translation>
        </message>
        <message>
            <source>Let write &amp;directly</source>
            <translation>Let write &amp;directly</translation>
        </message>
        <message>
            <source>Make &amp;suggest</source>
            <translation>Make &amp;suggest</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Made on</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>New value</translation>
        </message>
        <message>
            <source>Value it replaced</source>
            <translation>Value it replaced</translation>
        </message>
    </context>
    <context>
        <name>LostChanges</name>
        <message>
            <source>Deleted on {device}; your changes to it went with it.</source>
            <translation>Deleted on {device}; your changes to it went with it.</translation>
        </message>
        <message>
            <source>{field}: your “{mine}” was replaced by “{theirs}” from {device}, which had not seen yours.</source>
            <translation>{field}: your “{mine}” was replaced by “{theirs}” from {device}, which had not seen yours.</translation>
        </message>
    </context>
    <context>
        <name>LostChangesDialog</name>
        <message>
            <source>Changes lost in merges</source>
            <translation>Changes lost in merges</translation>
        </message>
        <message>
            <source>When two computers change the same record before they sync, the later change wins. These changes of yours lost that way. Bring one back to write it again (it then wins everywhere at the next sync), or let it go: it stays in the record's history.</source>
            <translation>When two computers change the same record before they sync, the later change wins. These changes of yours lost that way. Bring one back to write it again (it then wins everywhere at the next sync), or let it go: it stays in the record's history.</translation>
        </message>
        <message>
            <source>No change of yours was lost in a merge.</source>
            <translation>No change of yours was lost in a merge.</translation>
        </message>
        <message>
            <source>&amp;Bring back</source>
            <translation>&amp;Bring back</translation>
        </message>
        <message>
            <source>&amp;Let go</source>
            <translation>&amp;Let go</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;History…</translation>
        </message>
        <message>
            <source>A status follows its workflow: change it from the mission's timesheet or the deliverable.</source>
            <translation>A status follows its workflow: change it from the mission's timesheet or the deliverable.</translation>
        </message>
        <message>
            <source>It cannot be brought back as it is: {reason}</source>
            <translation>It cannot be brought back as it is: {reason}</translation>
        </message>
        <message>
            <source>This record is no longer on this computer; sync, then try again.</source>
            <translation>This record is no longer on this computer; sync, then try again.</translation>
        </message>
    </context>
    <context>
        <name>LostChangesModel</name>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
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
            <translation>Title</translation>
        </message>
        <message>
            <source>Partner institution</source>
            <translation>Partner institution</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Home institution</source>
            <translation>Home institution</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modality</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Timesheet</source>
            <translation>Timesheet</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <source>Cross-cutting issues</source>
            <translation>Cross-cutting issues</translation>
        </message>
        <message>
            <source>Terms of reference</source>
            <translation>Terms of reference</translation>
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
            <translation>Role</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
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
            <source>Counterparts met</source>
            <translation>Counterparts met</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Action {code}</source>
            <translation>Action {code}</translation>
        </message>
        <message>
            <source>Activity {code}: {title}</source>
            <translation>Activity {code}: {title}</translation>
        </message>
        <message>
            <source>Expert {name}</source>
            <translation>Expert {name}</translation>
        </message>
        <message>
            <source>Mission {code}: {title}</source>
            <translation>Mission {code}: {title}</translation>
        </message>
        <message>
            <source>{expert} on the team</source>
            <translation>{expert} on the team</translation>
        </message>
        <message>
            <source>Days allocated to {expert}: {days}</source>
            <translation>Days allocated to {expert}: {days}</translation>
        </message>
        <message>
            <source>Counterpart {name}</source>
            <translation>Counterpart {name}</translation>
        </message>
        <message>
            <source>Day of {day}: {kind}, {place}</source>
            <translation>Day of {day}: {kind}, {place}</translation>
        </message>
        <message>
            <source>Deliverable “{title}”</source>
            <translation>Deliverable “{title}”</translation>
        </message>
        <message>
            <source>A record this computer does not have</source>
            <translation>A record this computer does not have</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>This computer</translation>
        </message>
        <message>
            <source>Another computer ({device})</source>
            <translation>Another computer ({device})</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Brought back</source>
            <translation>Brought back</translation>
        </message>
    </context>
    <context>
        <name>RecordHistoryDialog</name>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>{record} (deleted)</source>
            <translation>{record} (deleted)</translation>
        </message>
        <message>
            <source>Every change of this record, on this computer and on the others it synced with, newest first, with the value each change replaced. A value that lost in a merge stays here; bring it back from Sync &gt; Changes lost in merges.</source>
            <translation>Every change of this record, on this computer and on the others it synced with, newest first, with the value each change replaced. A value that lost in a merge stays here; bring it back from Sync &gt; Changes lost in merges.</translation>
        </message>
    </context>
    <context>
        <name>SetAside</name>
        <message>
            <source>It does not follow the sync protocol, so it could not be read ({detail}). A newer version of the app may read it; tell headquarters if this goes on.</source>
            <translation>It does not follow the sync protocol, so it could not be read ({detail}). A newer version of the app may read it; tell headquarters if this goes on.</translation>
        </message>
        <message>
            <source>The rules refuse it: {reason}</source>
            <translation>The rules refuse it: {reason}</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Refused: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SetAsideDialog</name>
        <message>
            <source>Changes set aside</source>
            <translation>Changes set aside</translation>
        </message>
        <message>
            <source>These changes came from other computers with the sync, but the rules refuse them or they cannot be read, so they were not applied: your records keep their values and the rest of the sync went on. They are kept here and apply by themselves if a later version of the rules accepts them; a corrected change from their author applies as usual.</source>
            <translation>These changes came from other computers with the sync, but the rules refuse them or they cannot be read, so they were not applied: your records keep their values and the rest of the sync went on. They are kept here and apply by themselves if a later version of the rules accepts them; a corrected change from their author applies as usual.</translation>
        </message>
        <message>
            <source>No change is set aside.</source>
            <translation>No change is set aside.</translation>
        </message>
    </context>
    <context>
        <name>SetAsideModel</name>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Why it was set aside</source>
            <translation>Why it was set aside</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
    </context>
    <context>
        <name>SyncReviewWidget</name>
        <message numerus="yes">
            <source>%n day entry(ies) to check in the day log</source>
            <translation>
                <numerusform>%n day entry to check in the day log</numerusform>
                <numerusform>%n day entries to check in the day log</numerusform>
            </translation>
        </message>
        <message>
            <source>Merged with changes from another computer, these entries break a rule around them. Both sides were kept: correct or delete an entry in the day log (marked with a warning sign), and the next sync forgets the warning.</source>
            <translation>Merged with changes from another computer, these entries break a rule around them. Both sides were kept: correct or delete an entry in the day log (marked with a warning sign), and the next sync forgets the warning.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) lost in merges – review</source>
            <translation>
                <numerusform>%n change lost in merges – review</numerusform>
                <numerusform>%n changes lost in merges – review</numerusform>
            </translation>
        </message>
        <message>
            <source>Changes of yours that a later change from another computer replaced, or whose record was deleted there. Bring them back or let them go.</source>
            <translation>Changes of yours that a later change from another computer replaced, or whose record was deleted there. Bring them back or let them go.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) set aside – review</source>
            <translation>
                <numerusform>%n change set aside – review</numerusform>
                <numerusform>%n changes set aside – review</numerusform>
            </translation>
        </message>
        <message>
            <source>Changes received from other computers that the rules refuse: they were not applied.</source>
            <translation>Changes received from other computers that the rules refuse: they were not applied.</translation>
        </message>
        <message>
            <source>Changes &amp;lost in merges…</source>
            <translation>Changes &amp;lost in merges…</translation>
        </message>
        <message>
            <source>Changes set &amp;aside…</source>
            <translation>Changes set &amp;aside…</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <source>(section deleted)</source>
            <translation>(section deleted)</translation>
        </message>
        <message>
            <source>Insert: %1</source>
            <translation>Insert: %1</translation>
        </message>
        <message>
            <source>Delete: %1</source>
            <translation>Delete: %1</translation>
        </message>
        <message>
            <source> (its place was deleted)</source>
            <translation> (its place was deleted)</translation>
        </message>
        <message>
            <source>No suggestions. Workshop participants you set to suggest write their changes here for you to accept or reject.</source>
            <translation>No suggestions. Workshop participants you set to suggest write their changes here for you to accept or reject.</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Accept</translation>
        </message>
        <message>
            <source>Make the chosen suggestion part of the text</source>
            <translation>Make the chosen suggestion part of the text</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>Re&amp;ject</translation>
        </message>
        <message>
            <source>Remove the chosen suggestion; the text stays as it is</source>
            <translation>Remove the chosen suggestion; the text stays as it is</translation>
        </message>
        <message>
            <source>Accept all</source>
            <translation>Accept all</translation>
        </message>
        <message>
            <source>Reject all</source>
            <translation>Reject all</translation>
        </message>
    </context>
</TS>
