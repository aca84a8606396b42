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
        <name>DryRunModel</name>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>warning</translation>
        </message>
        <message>
            <source>would be added</source>
            <translation>would be added</translation>
        </message>
        <message>
            <source>%1 records</source>
            <translation>%1 records</translation>
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
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>On track</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>At risk</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>No data yet</source>
            <translation>No data yet</translation>
        </message>
        <message>
            <source>propaganda activities</source>
            <translation>propaganda activities</translation>
        </message>
        <message>
            <source>participants reached</source>
            <translation>participants reached</translation>
        </message>
        <message>
            <source>materials handed out</source>
            <translation>materials handed out</translation>
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
            <source>Open the plan</source>
            <translation>Open the plan</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>This period</translation>
        </message>
        <message>
            <source>Year to date</source>
            <translation>Year to date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Targets and results</source>
            <translation>Targets and results</translation>
        </message>
        <message>
            <source>Next report deadlines</source>
            <translation>Next report deadlines</translation>
        </message>
        <message>
            <source>No plan imported yet. Import the yearly plan sent by the superior office (usually on a USB stick) to see its targets, your results and the report deadlines here.</source>
            <translation>No plan imported yet. Import the yearly plan sent by the superior office (usually on a USB stick) to see its targets, your results and the report deadlines here.</translation>
        </message>
        <message>
            <source>Import plan…</source>
            <translation>Import plan…</translation>
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
            <source>Year %1 so far:</source>
            <translation>Year %1 so far:</translation>
        </message>
        <message>
            <source>Plan in force: %1 (version %2, %3)</source>
            <translation>Plan in force: %1 (version %2, %3)</translation>
        </message>
        <message>
            <source>not entered</source>
            <translation>not entered</translation>
        </message>
        <message>
            <source>No more report deadlines this year.</source>
            <translation>No more report deadlines this year.</translation>
        </message>
        <message>
            <source>due</source>
            <translation>due</translation>
        </message>
        <message>
            <source>overdue by 1 day</source>
            <translation>overdue by 1 day</translation>
        </message>
        <message>
            <source>overdue by %1 days</source>
            <translation>overdue by %1 days</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>due today</translation>
        </message>
        <message>
            <source>1 day left</source>
            <translation>1 day left</translation>
        </message>
        <message>
            <source>%1 days left</source>
            <translation>%1 days left</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Import a records workbook</source>
            <translation>Import a records workbook</translation>
        </message>
        <message>
            <source>Choose the .xlsx workbook</source>
            <translation>Choose the .xlsx workbook</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;Check (dry run)</source>
            <translation>&amp;Check (dry run)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Nothing is written until you press Import; a single rejected cell imports nothing.</source>
            <translation>Nothing is written until you press Import; a single rejected cell imports nothing.</translation>
        </message>
        <message>
            <source>Records workbook</source>
            <translation>Records workbook</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>Cancelled; nothing was imported.</source>
            <translation>Cancelled; nothing was imported.</translation>
        </message>
        <message>
            <source>Rejected; nothing was imported.</source>
            <translation>Rejected; nothing was imported.</translation>
        </message>
        <message>
            <source>The workbook cannot be imported: %1</source>
            <translation>The workbook cannot be imported: %1</translation>
        </message>
        <message>
            <source>Checking the workbook…</source>
            <translation>Checking the workbook…</translation>
        </message>
        <message>
            <source>%1 cells rejected: correct the workbook and check again. Nothing was imported.</source>
            <translation>%1 cells rejected: correct the workbook and check again. Nothing was imported.</translation>
        </message>
        <message>
            <source>Ready: %1 records would be added.</source>
            <translation>Ready: %1 records would be added.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Imported %1 records.</source>
            <translation>Imported %1 records.</translation>
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
            <source>Residential units</source>
            <translation>Residential units</translation>
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
            <source>&amp;Import a records workbook…</source>
            <translation>&amp;Import a records workbook…</translation>
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
        <name>PlanImportDialog</name>
        <message>
            <source>Import the plan from the superior office</source>
            <translation>Import the plan from the superior office</translation>
        </message>
        <message>
            <source>Plug in the USB stick with the plan workbook (.xlsx), pick the workbook, check what it changes, then import. Nothing changes in your data before you press Import.</source>
            <translation>Plug in the USB stick with the plan workbook (.xlsx), pick the workbook, check what it changes, then import. Nothing changes in your data before you press Import.</translation>
        </message>
        <message>
            <source>Removable drives and plan workbooks</source>
            <translation>Removable drives and plan workbooks</translation>
        </message>
        <message>
            <source>Look for drives again</source>
            <translation>Look for drives again</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Choose a file…</translation>
        </message>
        <message>
            <source>No workbook chosen.</source>
            <translation>No workbook chosen.</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Found</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>No removable drive found. Plug in the USB stick, or choose a file.</source>
            <translation>No removable drive found. Plug in the USB stick, or choose a file.</translation>
        </message>
        <message>
            <source>no .xlsx workbook on this drive</source>
            <translation>no .xlsx workbook on this drive</translation>
        </message>
        <message>
            <source>Choose the plan workbook</source>
            <translation>Choose the plan workbook</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Workbook: %1</source>
            <translation>Workbook: %1</translation>
        </message>
        <message>
            <source>Checking the workbook…</source>
            <translation>Checking the workbook…</translation>
        </message>
        <message>
            <source>This workbook cannot be imported: problems found: %1. Nothing was changed. Send the list below to the superior office.</source>
            <translation>This workbook cannot be imported: problems found: %1. Nothing was changed. Send the list below to the superior office.</translation>
        </message>
        <message>
            <source>Plan %1, version %2, year %3: %4</source>
            <translation>Plan %1, version %2, year %3: %4</translation>
        </message>
        <message>
            <source>This version is already imported; nothing to do.</source>
            <translation>This version is already imported; nothing to do.</translation>
        </message>
        <message>
            <source>New plan: no plan is in force for that year yet.</source>
            <translation>New plan: no plan is in force for that year yet.</translation>
        </message>
        <message>
            <source>Changes against version %1 in force:</source>
            <translation>Changes against version %1 in force:</translation>
        </message>
        <message>
            <source>+ new plan %1 version %2 (%3 targets, %4 deadlines)</source>
            <translation>+ new plan %1 version %2 (%3 targets, %4 deadlines)</translation>
        </message>
        <message>
            <source>wording</source>
            <translation>wording</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>indicator</translation>
        </message>
        <message>
            <source>comparison</source>
            <translation>comparison</translation>
        </message>
        <message>
            <source>target value</source>
            <translation>target value</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>unit</translation>
        </message>
        <message>
            <source>period</source>
            <translation>period</translation>
        </message>
        <message>
            <source>section</source>
            <translation>section</translation>
        </message>
        <message>
            <source>target %1, %2: %3</source>
            <translation>target %1, %2: %3</translation>
        </message>
        <message>
            <source>new target</source>
            <translation>new target</translation>
        </message>
        <message>
            <source>target removed</source>
            <translation>target removed</translation>
        </message>
        <message>
            <source>new deadline</source>
            <translation>new deadline</translation>
        </message>
        <message>
            <source>deadline removed</source>
            <translation>deadline removed</translation>
        </message>
        <message>
            <source>catalogue entry added</source>
            <translation>catalogue entry added</translation>
        </message>
        <message>
            <source>catalogue entry removed</source>
            <translation>catalogue entry removed</translation>
        </message>
        <message>
            <source>catalogue entry changed</source>
            <translation>catalogue entry changed</translation>
        </message>
        <message>
            <source>settings:</source>
            <translation>settings:</translation>
        </message>
        <message>
            <source>This file cannot be read as a plan workbook. Nothing was changed.</source>
            <translation>This file cannot be read as a plan workbook. Nothing was changed.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
    </context>
    <context>
        <name>PlanView</name>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Import plan…</source>
            <translation>Import plan…</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Target (as worded in the plan)</source>
            <translation>Target (as worded in the plan)</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Target value</source>
            <translation>Target value</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Days left</translation>
        </message>
        <message>
            <source>Data from</source>
            <translation>Data from</translation>
        </message>
        <message>
            <source>Data to</source>
            <translation>Data to</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>In force from</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Targets</translation>
        </message>
        <message>
            <source>Report deadlines</source>
            <translation>Report deadlines</translation>
        </message>
        <message>
            <source>All imported versions</source>
            <translation>All imported versions</translation>
        </message>
        <message>
            <source>No plan is in force for %1. Import the plan sent by the superior office.</source>
            <translation>No plan is in force for %1. Import the plan sent by the superior office.</translation>
        </message>
        <message>
            <source>Plan %1, version %2 — issued by %3%4; reports go to %5.</source>
            <translation>Plan %1, version %2 — issued by %3%4; reports go to %5.</translation>
        </message>
        <message>
            <source>year</source>
            <translation>year</translation>
        </message>
        <message>
            <source>6 months</source>
            <translation>6 months</translation>
        </message>
        <message>
            <source>quarter</source>
            <translation>quarter</translation>
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
    <context>
        <name>RecordColumns</name>
        <message>
            <source>Residential unit</source>
            <translation>Residential unit</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organiser</translation>
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
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Owner committed</source>
            <translation>Owner committed</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Workers</translation>
        </message>
        <message>
            <source>Committed</source>
            <translation>Committed</translation>
        </message>
        <message>
            <source>Inspections</source>
            <translation>Inspections</translation>
        </message>
        <message>
            <source>Last inspection</source>
            <translation>Last inspection</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>Current state</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verified</translation>
        </message>
        <message>
            <source>Handled</source>
            <translation>Handled</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Violation</source>
            <translation>Violation</translation>
        </message>
        <message>
            <source>Fine (đồng)</source>
            <translation>Fine (đồng)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Age group</source>
            <translation>Age group</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <source>Kind of support</source>
            <translation>Kind of support</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Assessed on</translation>
        </message>
        <message>
            <source>Total score</source>
            <translation>Total score</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Recognition decision</source>
            <translation>Recognition decision</translation>
        </message>
        <message>
            <source>Decision date</source>
            <translation>Decision date</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>Effective</source>
            <translation>Effective</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Old name</source>
            <translation>Old name</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>New name</translation>
        </message>
        <message>
            <source>Merged into</source>
            <translation>Merged into</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(none yet)</translation>
        </message>
        <message>
            <source>Whole commune</source>
            <translation>Whole commune</translation>
        </message>
        <message>
            <source>(not merged)</source>
            <translation>(not merged)</translation>
        </message>
        <message>
            <source>Total:</source>
            <translation>Total:</translation>
        </message>
        <message>
            <source>Total score:</source>
            <translation>Total score:</translation>
        </message>
        <message>
            <source>Identity of the person — sensitive, optional</source>
            <translation>Identity of the person — sensitive, optional</translation>
        </message>
        <message>
            <source>Leave empty unless needed. Kept apart from the decision: never shown in lists, reports or report packages.</source>
            <translation>Leave empty unless needed. Kept apart from the decision: never shown in lists, reports or report packages.</translation>
        </message>
        <message>
            <source>Fine range: %1–%2 đồng</source>
            <translation>Fine range: %1–%2 đồng</translation>
        </message>
        <message>
            <source>Possible duplicate: %1 record(s) with the same date, unit and kind already exist. You can still save.</source>
            <translation>Possible duplicate: %1 record(s) with the same date, unit and kind already exist. You can still save.</translation>
        </message>
        <message>
            <source>This record cannot be changed: %1</source>
            <translation>This record cannot be changed: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>RecordFields</name>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>&amp;Residential unit:</source>
            <translation>&amp;Residential unit:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Topic:</source>
            <translation>&amp;Topic:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;itle:</translation>
        </message>
        <message>
            <source>e.g. Training for the volunteer social-work team</source>
            <translation>e.g. Training for the volunteer social-work team</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>&amp;Organiser:</translation>
        </message>
        <message>
            <source>D&amp;ays:</source>
            <translation>D&amp;ays:</translation>
        </message>
        <message>
            <source>&amp;Participants by role:</source>
            <translation>&amp;Participants by role:</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <source>e.g. CS01</source>
            <translation>e.g. CS01</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>On the register since:</source>
            <translation>On the register since:</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>A&amp;ddress:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Owner:</translation>
        </message>
        <message>
            <source>Owner signed the commitment on:</source>
            <translation>Owner signed the commitment on:</translation>
        </message>
        <message>
            <source>&amp;Workers:</source>
            <translation>&amp;Workers:</translation>
        </message>
        <message>
            <source>Workers who signed a co&amp;mmitment:</source>
            <translation>Workers who signed a co&amp;mmitment:</translation>
        </message>
        <message>
            <source>Closed on:</source>
            <translation>Closed on:</translation>
        </message>
        <message>
            <source>&amp;Business:</source>
            <translation>&amp;Business:</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>&amp;Team:</translation>
        </message>
        <message>
            <source>e.g. Interdisciplinary team 178</source>
            <translation>e.g. Interdisciplinary team 178</translation>
        </message>
        <message>
            <source>&amp;Findings:</source>
            <translation>&amp;Findings:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Outcome:</translation>
        </message>
        <message>
            <source>&amp;Handling:</source>
            <translation>&amp;Handling:</translation>
        </message>
        <message>
            <source>e.g. DP01</source>
            <translation>e.g. DP01</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Location:</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>D&amp;escription:</translation>
        </message>
        <message>
            <source>&amp;Hotspot:</source>
            <translation>&amp;Hotspot:</translation>
        </message>
        <message>
            <source>&amp;Event:</source>
            <translation>&amp;Event:</translation>
        </message>
        <message>
            <source>&amp;Received on:</source>
            <translation>&amp;Received on:</translation>
        </message>
        <message>
            <source>&amp;Content:</source>
            <translation>&amp;Content:</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>C&amp;hannel:</translation>
        </message>
        <message>
            <source>e.g. phone, in person, letter</source>
            <translation>e.g. phone, in person, letter</translation>
        </message>
        <message>
            <source>&amp;Verified on:</source>
            <translation>&amp;Verified on:</translation>
        </message>
        <message>
            <source>H&amp;andled on:</source>
            <translation>H&amp;andled on:</translation>
        </message>
        <message>
            <source>Decision &amp;number:</source>
            <translation>Decision &amp;number:</translation>
        </message>
        <message>
            <source>e.g. 12/QĐ-XPHC</source>
            <translation>e.g. 12/QĐ-XPHC</translation>
        </message>
        <message>
            <source>&amp;Violation:</source>
            <translation>&amp;Violation:</translation>
        </message>
        <message>
            <source>Decree:</source>
            <translation>Decree:</translation>
        </message>
        <message>
            <source>Article:</source>
            <translation>Article:</translation>
        </message>
        <message>
            <source>&amp;Fine (đồng):</source>
            <translation>&amp;Fine (đồng):</translation>
        </message>
        <message>
            <source>Additional measures:</source>
            <translation>Additional measures:</translation>
        </message>
        <message>
            <source>&amp;Sex:</source>
            <translation>&amp;Sex:</translation>
        </message>
        <message>
            <source>A&amp;ge group:</source>
            <translation>A&amp;ge group:</translation>
        </message>
        <message>
            <source>&amp;Issued by:</source>
            <translation>&amp;Issued by:</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identity</translation>
        </message>
        <message>
            <source>&amp;Kind of support:</source>
            <translation>&amp;Kind of support:</translation>
        </message>
        <message>
            <source>&amp;People supported:</source>
            <translation>&amp;People supported:</translation>
        </message>
        <message>
            <source>P&amp;artner:</source>
            <translation>P&amp;artner:</translation>
        </message>
        <message>
            <source>e.g. Social Policy Bank, health station</source>
            <translation>e.g. Social Policy Bank, health station</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>&amp;Assessed on:</source>
            <translation>&amp;Assessed on:</translation>
        </message>
        <message>
            <source>&amp;Score per criterion:</source>
            <translation>&amp;Score per criterion:</translation>
        </message>
        <message>
            <source>&amp;Result:</source>
            <translation>&amp;Result:</translation>
        </message>
        <message>
            <source>Recognition decision n&amp;umber:</source>
            <translation>Recognition decision n&amp;umber:</translation>
        </message>
        <message>
            <source>Decision date:</source>
            <translation>Decision date:</translation>
        </message>
        <message>
            <source>Decision issued by:</source>
            <translation>Decision issued by:</translation>
        </message>
        <message>
            <source>Residential &amp;unit:</source>
            <translation>Residential &amp;unit:</translation>
        </message>
        <message>
            <source>&amp;Change:</source>
            <translation>&amp;Change:</translation>
        </message>
        <message>
            <source>&amp;Effective from:</source>
            <translation>&amp;Effective from:</translation>
        </message>
        <message>
            <source>&amp;New name:</source>
            <translation>&amp;New name:</translation>
        </message>
        <message>
            <source>&amp;Merged into:</source>
            <translation>&amp;Merged into:</translation>
        </message>
        <message>
            <source>New training</source>
            <translation>New training</translation>
        </message>
        <message>
            <source>Edit training</source>
            <translation>Edit training</translation>
        </message>
        <message>
            <source>New prone business</source>
            <translation>New prone business</translation>
        </message>
        <message>
            <source>Edit prone business</source>
            <translation>Edit prone business</translation>
        </message>
        <message>
            <source>New inspection</source>
            <translation>New inspection</translation>
        </message>
        <message>
            <source>Edit inspection</source>
            <translation>Edit inspection</translation>
        </message>
        <message>
            <source>New hotspot</source>
            <translation>New hotspot</translation>
        </message>
        <message>
            <source>Edit hotspot</source>
            <translation>Edit hotspot</translation>
        </message>
        <message>
            <source>New hotspot event</source>
            <translation>New hotspot event</translation>
        </message>
        <message>
            <source>Edit hotspot event</source>
            <translation>Edit hotspot event</translation>
        </message>
        <message>
            <source>New tip-off</source>
            <translation>New tip-off</translation>
        </message>
        <message>
            <source>Edit tip-off</source>
            <translation>Edit tip-off</translation>
        </message>
        <message>
            <source>New penalty decision</source>
            <translation>New penalty decision</translation>
        </message>
        <message>
            <source>Edit penalty decision</source>
            <translation>Edit penalty decision</translation>
        </message>
        <message>
            <source>New reintegration support</source>
            <translation>New reintegration support</translation>
        </message>
        <message>
            <source>Edit reintegration support</source>
            <translation>Edit reintegration support</translation>
        </message>
        <message>
            <source>New healthy-commune assessment</source>
            <translation>New healthy-commune assessment</translation>
        </message>
        <message>
            <source>Edit healthy-commune assessment</source>
            <translation>Edit healthy-commune assessment</translation>
        </message>
        <message>
            <source>Rename or merge a residential unit</source>
            <translation>Rename or merge a residential unit</translation>
        </message>
        <message>
            <source>Edit change of a residential unit</source>
            <translation>Edit change of a residential unit</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <source>ID number:</source>
            <translation>ID number:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Renamed</source>
            <translation>Renamed</translation>
        </message>
        <message>
            <source>Merged into another unit</source>
            <translation>Merged into another unit</translation>
        </message>
    </context>
    <context>
        <name>RecordSpecs</name>
        <message>
            <source>renamed</source>
            <translation>renamed</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>merged</translation>
        </message>
        <message>
            <source>dissolved</source>
            <translation>dissolved</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Trainings</translation>
        </message>
        <message>
            <source>Topic:</source>
            <translation>Topic:</translation>
        </message>
        <message>
            <source>%1 trainings · %2 participants</source>
            <translation>%1 trainings · %2 participants</translation>
        </message>
        <message>
            <source>Prone businesses</source>
            <translation>Prone businesses</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>%1 businesses · %2 workers · %3 committed</source>
            <translation>%1 businesses · %2 workers · %3 committed</translation>
        </message>
        <message>
            <source>Inspections</source>
            <translation>Inspections</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Outcome:</translation>
        </message>
        <message>
            <source>%1 inspections</source>
            <translation>%1 inspections</translation>
        </message>
        <message>
            <source>Hotspots</source>
            <translation>Hotspots</translation>
        </message>
        <message>
            <source>%1 hotspots</source>
            <translation>%1 hotspots</translation>
        </message>
        <message>
            <source>Hotspot history</source>
            <translation>Hotspot history</translation>
        </message>
        <message>
            <source>Event:</source>
            <translation>Event:</translation>
        </message>
        <message>
            <source>%1 events</source>
            <translation>%1 events</translation>
        </message>
        <message>
            <source>Tip-offs and complaints</source>
            <translation>Tip-offs and complaints</translation>
        </message>
        <message>
            <source>%1 tip-offs · %2 handled</source>
            <translation>%1 tip-offs · %2 handled</translation>
        </message>
        <message>
            <source>Penalty decisions</source>
            <translation>Penalty decisions</translation>
        </message>
        <message>
            <source>Violation:</source>
            <translation>Violation:</translation>
        </message>
        <message>
            <source>%1 decisions · %2 đồng in fines</source>
            <translation>%1 decisions · %2 đồng in fines</translation>
        </message>
        <message>
            <source>Reintegration support</source>
            <translation>Reintegration support</translation>
        </message>
        <message>
            <source>%1 supports · %2 people</source>
            <translation>%1 supports · %2 people</translation>
        </message>
        <message>
            <source>Healthy-commune assessment</source>
            <translation>Healthy-commune assessment</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>Result:</translation>
        </message>
        <message>
            <source>%1 assessments</source>
            <translation>%1 assessments</translation>
        </message>
        <message>
            <source>Changes of residential units</source>
            <translation>Changes of residential units</translation>
        </message>
        <message>
            <source>%1 changes</source>
            <translation>%1 changes</translation>
        </message>
    </context>
    <context>
        <name>RecordView</name>
        <message>
            <source>All periods</source>
            <translation>All periods</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Search (e.g. dong finds Đông)</source>
            <translation>Search (e.g. dong finds Đông)</translation>
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
            <source>E&amp;xport…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
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
            <source>All units</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>Delete record</source>
            <translation>Delete record</translation>
        </message>
        <message>
            <source>Delete “%1”?</source>
            <translation>Delete “%1”?</translation>
        </message>
        <message>
            <source>“%1” has a history (inspections or events). Delete those first.</source>
            <translation>“%1” has a history (inspections or events). Delete those first.</translation>
        </message>
        <message>
            <source>Deleted “%1”.</source>
            <translation>Deleted “%1”.</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Export the list</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>UnitsList</name>
        <message>
            <source>Residential units</source>
            <translation>Residential units</translation>
        </message>
        <message>
            <source>Add or remove units in the unit profile. Select a unit to rename it or merge it into another with an effective date: its records and their history stay attached.</source>
            <translation>Add or remove units in the unit profile. Select a unit to rename it or merge it into another with an effective date: its records and their history stay attached.</translation>
        </message>
    </context>
    <context>
        <name>UnitsModel</name>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no (merged or dissolved)</source>
            <translation>no (merged or dissolved)</translation>
        </message>
    </context>
    <context>
        <name>UnitsView</name>
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
            <source>In use</source>
            <translation>In use</translation>
        </message>
    </context>
</TS>
