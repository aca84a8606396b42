<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About CommuneDesk</source>
            <translation>About CommuneDesk</translation>
        </message>
        <message>
            <source>Offline desktop tool for commune-level prostitution-prevention work.</source>
            <translation>Offline desktop tool for commune-level prostitution-prevention work.</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Data folder:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <source>Licence: MIT</source>
            <translation>Licence: MIT</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Unit profile not set</source>
            <translation>Unit profile not set</translation>
        </message>
        <message>
            <source>Wrong password; try again.</source>
            <translation>Wrong password; try again.</translation>
        </message>
        <message>
            <source>Back up the database</source>
            <translation>Back up the database</translation>
        </message>
        <message>
            <source>Database (*.db)</source>
            <translation>Database (*.db)</translation>
        </message>
        <message>
            <source>Backup written</source>
            <translation>Backup written</translation>
        </message>
        <message>
            <source>The backup was written and verified:
%1</source>
            <translation>The backup was written and verified:
%1</translation>
        </message>
    </context>
    <context>
        <name>ErrorMessages</name>
        <message>
            <source>Password needed</source>
            <translation>Password needed</translation>
        </message>
        <message>
            <source>This database is encrypted. Enter its password to open it.</source>
            <translation>This database is encrypted. Enter its password to open it.</translation>
        </message>
        <message>
            <source>Wrong password</source>
            <translation>Wrong password</translation>
        </message>
        <message>
            <source>The password does not open this database. Try again.</source>
            <translation>The password does not open this database. Try again.</translation>
        </message>
        <message>
            <source>Database is not encrypted</source>
            <translation>Database is not encrypted</translation>
        </message>
        <message>
            <source>This database is stored without a password; open it without the password file.</source>
            <translation>This database is stored without a password; open it without the password file.</translation>
        </message>
        <message>
            <source>Newer database</source>
            <translation>Newer database</translation>
        </message>
        <message>
            <source>This database was written by a newer version of CommuneDesk. Install the newer version to open it; nothing was changed.</source>
            <translation>This database was written by a newer version of CommuneDesk. Install the newer version to open it; nothing was changed.</translation>
        </message>
        <message>
            <source>Not a CommuneDesk database</source>
            <translation>Not a CommuneDesk database</translation>
        </message>
        <message>
            <source>The chosen file is not a CommuneDesk database.</source>
            <translation>The chosen file is not a CommuneDesk database.</translation>
        </message>
        <message>
            <source>Database unavailable</source>
            <translation>Database unavailable</translation>
        </message>
        <message>
            <source>The database cannot be used right now: it may be open in another program, read-only, or on a removed USB stick, or the disk is full.</source>
            <translation>The database cannot be used right now: it may be open in another program, read-only, or on a removed USB stick, or the disk is full.</translation>
        </message>
        <message>
            <source>Period is signed</source>
            <translation>Period is signed</translation>
        </message>
        <message>
            <source>This record lies in a signed report period and cannot be changed. Amend the period first.</source>
            <translation>This record lies in a signed report period and cannot be changed. Amend the period first.</translation>
        </message>
        <message>
            <source>Record not found</source>
            <translation>Record not found</translation>
        </message>
        <message>
            <source>The record no longer exists; the list has been refreshed.</source>
            <translation>The record no longer exists; the list has been refreshed.</translation>
        </message>
        <message>
            <source>Cannot continue</source>
            <translation>Cannot continue</translation>
        </message>
        <message>
            <source>The operation could not be completed.</source>
            <translation>The operation could not be completed.</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>CommuneDesk ran into an unexpected error. Your saved data is safe. The details were written to:
%1
Please send this file to your support contact.</source>
            <translation>CommuneDesk ran into an unexpected error. Your saved data is safe. The details were written to:
%1
Please send this file to your support contact.</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>created</source>
            <translation>created</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>restored</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Select a row to see its history.</source>
            <translation>Select a row to see its history.</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <source>Propaganda activities</source>
            <translation>Propaganda activities</translation>
        </message>
        <message>
            <source>Participants reached</source>
            <translation>Participants reached</translation>
        </message>
        <message>
            <source>Materials handed out</source>
            <translation>Materials handed out</translation>
        </message>
        <message>
            <source>Record a propaganda activity…</source>
            <translation>Record a propaganda activity…</translation>
        </message>
        <message>
            <source>Open the propaganda list</source>
            <translation>Open the propaganda list</translation>
        </message>
        <message>
            <source>Unit profile</source>
            <translation>Unit profile</translation>
        </message>
        <message>
            <source>Unit code: %1</source>
            <translation>Unit code: %1</translation>
        </message>
        <message>
            <source>Province: %1</source>
            <translation>Province: %1</translation>
        </message>
        <message>
            <source>%1 residential units</source>
            <translation>%1 residential units</translation>
        </message>
        <message>
            <source>Unit profile not set</source>
            <translation>Unit profile not set</translation>
        </message>
        <message>
            <source>Open “Unit profile” to describe your commune.</source>
            <translation>Open “Unit profile” to describe your commune.</translation>
        </message>
        <message>
            <source>Year %1 so far</source>
            <translation>Year %1 so far</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Propaganda</source>
            <translation>Propaganda</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Businesses</source>
            <translation>Businesses</translation>
        </message>
        <message>
            <source>Hotspots</source>
            <translation>Hotspots</translation>
        </message>
        <message>
            <source>Tip-offs</source>
            <translation>Tip-offs</translation>
        </message>
        <message>
            <source>Penalties</source>
            <translation>Penalties</translation>
        </message>
        <message>
            <source>Reintegration support</source>
            <translation>Reintegration support</translation>
        </message>
        <message>
            <source>Healthy commune</source>
            <translation>Healthy commune</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Report packages</source>
            <translation>Report packages</translation>
        </message>
        <message>
            <source>Unit profile</source>
            <translation>Unit profile</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <source>DEMO DATA — fictional commune, not for reporting</source>
            <translation>DEMO DATA — fictional commune, not for reporting</translation>
        </message>
        <message>
            <source>Unprotected: this database is not encrypted</source>
            <translation>Unprotected: this database is not encrypted</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Back up the database…</source>
            <translation>&amp;Back up the database…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About CommuneDesk</source>
            <translation>&amp;About CommuneDesk</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Database password</source>
            <translation>Database password</translation>
        </message>
        <message>
            <source>The database %1 is encrypted. Enter its password:</source>
            <translation>The database %1 is encrypted. Enter its password:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>This area is not built yet in this version of CommuneDesk.</source>
            <translation>This area is not built yet in this version of CommuneDesk.</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>is required</source>
            <translation>is required</translation>
        </message>
        <message>
            <source>must lie between {first} and today</source>
            <translation>must lie between {first} and today</translation>
        </message>
        <message>
            <source>unknown form {code}</source>
            <translation>unknown form {code}</translation>
        </message>
        <message>
            <source>is longer than {n} characters</source>
            <translation>is longer than {n} characters</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>must be a whole number</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>must not be negative</translation>
        </message>
        <message>
            <source>is implausibly large</source>
            <translation>is implausibly large</translation>
        </message>
        <message>
            <source>unknown residential unit {code}</source>
            <translation>unknown residential unit {code}</translation>
        </message>
        <message>
            <source>expected {expected}; found {found}{hint}</source>
            <translation>expected {expected}; found {found}{hint}</translation>
        </message>
        <message>
            <source>is required: 1–20 letters or digits</source>
            <translation>is required: 1–20 letters or digits</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>must be text</translation>
        </message>
        <message>
            <source>unknown field</source>
            <translation>unknown field</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>must be an object</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>must be a list</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>must be true or false</translation>
        </message>
        <message>
            <source>duplicate code '{value}'</source>
            <translation>duplicate code '{value}'</translation>
        </message>
        <message>
            <source>must be one of {value}</source>
            <translation>must be one of {value}</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Set up your unit</source>
            <translation>Set up your unit</translation>
        </message>
        <message>
            <source>Unit profile</source>
            <translation>Unit profile</translation>
        </message>
        <message>
            <source>Commune-level unit</source>
            <translation>Commune-level unit</translation>
        </message>
        <message>
            <source>Receiving office</source>
            <translation>Receiving office</translation>
        </message>
        <message>
            <source>e.g. Hòa Mỹ</source>
            <translation>e.g. Hòa Mỹ</translation>
        </message>
        <message>
            <source>official unit code, e.g. 10351</source>
            <translation>official unit code, e.g. 10351</translation>
        </message>
        <message>
            <source>used in “Xã Hòa Mỹ, ngày …”; empty = from kind and name</source>
            <translation>used in “Xã Hòa Mỹ, ngày …”; empty = from kind and name</translation>
        </message>
        <message>
            <source>e.g. Sở Y tế tỉnh Thanh Hóa</source>
            <translation>e.g. Sở Y tế tỉnh Thanh Hóa</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Unit code:</source>
            <translation>Unit code:</translation>
        </message>
        <message>
            <source>Province:</source>
            <translation>Province:</translation>
        </message>
        <message>
            <source>Place name in documents:</source>
            <translation>Place name in documents:</translation>
        </message>
        <message>
            <source>Receiving office:</source>
            <translation>Receiving office:</translation>
        </message>
        <message>
            <source>Signer's name:</source>
            <translation>Signer's name:</translation>
        </message>
        <message>
            <source>Signer's title:</source>
            <translation>Signer's title:</translation>
        </message>
        <message>
            <source>Signing authority:</source>
            <translation>Signing authority:</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Add unit</source>
            <translation>Add unit</translation>
        </message>
        <message>
            <source>Remove unit</source>
            <translation>Remove unit</translation>
        </message>
        <message>
            <source>Residential units (thôn, tổ dân phố …)</source>
            <translation>Residential units (thôn, tổ dân phố …)</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>Signer</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Welcome to CommuneDesk. Describe the unit this database belongs to; you can change it later under “Unit profile”.</source>
            <translation>Welcome to CommuneDesk. Describe the unit this database belongs to; you can change it later under “Unit profile”.</translation>
        </message>
        <message>
            <source>Row %1, %2: %3</source>
            <translation>Row %1, %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ProfileView</name>
        <message>
            <source>Unit profile</source>
            <translation>Unit profile</translation>
        </message>
        <message>
            <source>Edit profile…</source>
            <translation>Edit profile…</translation>
        </message>
        <message>
            <source>The profile is not set yet.</source>
            <translation>The profile is not set yet.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Unit code</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>Place name in documents</source>
            <translation>Place name in documents</translation>
        </message>
        <message>
            <source>Receiving office</source>
            <translation>Receiving office</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>Signer</translation>
        </message>
        <message>
            <source>Residential units</source>
            <translation>Residential units</translation>
        </message>
    </context>
    <context>
        <name>PropagandaDialog</name>
        <message>
            <source>Edit propaganda activity</source>
            <translation>Edit propaganda activity</translation>
        </message>
        <message>
            <source>New propaganda activity</source>
            <translation>New propaganda activity</translation>
        </message>
        <message>
            <source>— choose a form —</source>
            <translation>— choose a form —</translation>
        </message>
        <message>
            <source>What was communicated, e.g. talk on the law on prostitution</source>
            <translation>What was communicated, e.g. talk on the law on prostitution</translation>
        </message>
        <message>
            <source>Whole commune</source>
            <translation>Whole commune</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>&amp;Form:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Participants:</source>
            <translation>&amp;Participants:</translation>
        </message>
        <message>
            <source>&amp;Materials handed out:</source>
            <translation>&amp;Materials handed out:</translation>
        </message>
        <message>
            <source>&amp;Residential unit:</source>
            <translation>&amp;Residential unit:</translation>
        </message>
        <message>
            <source>Target &amp;groups:</source>
            <translation>Target &amp;groups:</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>&amp;Organiser:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>PropagandaTableModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Residential unit</source>
            <translation>Residential unit</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Materials</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organiser</translation>
        </message>
        <message>
            <source>Whole commune</source>
            <translation>Whole commune</translation>
        </message>
    </context>
    <context>
        <name>PropagandaView</name>
        <message>
            <source>All periods</source>
            <translation>All periods</translation>
        </message>
        <message>
            <source>All forms</source>
            <translation>All forms</translation>
        </message>
        <message>
            <source>Search title, organiser, note (e.g. dong finds Đông)</source>
            <translation>Search title, organiser, note (e.g. dong finds Đông)</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Materials</translation>
        </message>
        <message>
            <source>Residential unit</source>
            <translation>Residential unit</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Target groups</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organiser</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Unit:</translation>
        </message>
        <message>
            <source>Form:</source>
            <translation>Form:</translation>
        </message>
        <message>
            <source>Propaganda activities</source>
            <translation>Propaganda activities</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>%1 activities · %2 participants · %3 materials handed out</source>
            <translation>%1 activities · %2 participants · %3 materials handed out</translation>
        </message>
        <message>
            <source>Delete activity</source>
            <translation>Delete activity</translation>
        </message>
        <message>
            <source>Delete the activity “%1” of %2?</source>
            <translation>Delete the activity “%1” of %2?</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>Deleted “%1”.</translation>
        </message>
    </context>
</TS>
