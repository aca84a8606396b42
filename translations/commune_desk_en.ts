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
            <source>Log folder:</source>
            <translation>Log folder:</translation>
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
        <name>Actors</name>
        <message>
            <source>officer at this computer</source>
            <translation>officer at this computer</translation>
        </message>
        <message>
            <source>CommuneDesk (automatic)</source>
            <translation>CommuneDesk (automatic)</translation>
        </message>
        <message>
            <source>command line</source>
            <translation>command line</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Unit profile not set</source>
            <translation>Unit profile not set</translation>
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
        <name>AssessmentForm</name>
        <message>
            <source>Default criteria of CommuneDesk, not the official criteria: replace them with the criteria, points and result categories of the superior office's plan when it has them.</source>
            <translation>Default criteria of CommuneDesk, not the official criteria: replace them with the criteria, points and result categories of the superior office's plan when it has them.</translation>
        </message>
        <message>
            <source>This is the commune's self-assessment. It counts as recognised only once the recognition decision (number, date, issuer) is recorded below.</source>
            <translation>This is the commune's self-assessment. It counts as recognised only once the recognition decision (number, date, issuer) is recorded below.</translation>
        </message>
    </context>
    <context>
        <name>CaDialog</name>
        <message>
            <source>Trust a certificate authority</source>
            <translation>Trust a certificate authority</translation>
        </message>
        <message>
            <source>Packages signed with certificates this authority issued will be trusted for the units you list. Compare the fingerprint with the one the authority publishes.</source>
            <translation>Packages signed with certificates this authority issued will be trusted for the units you list. Compare the fingerprint with the one the authority publishes.</translation>
        </message>
        <message>
            <source>unit codes separated by commas, e.g. 26761, 26764</source>
            <translation>unit codes separated by commas, e.g. 26761, 26764</translation>
        </message>
        <message>
            <source>every unit</source>
            <translation>every unit</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Authority:</source>
            <translation>Authority:</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>Valid:</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint:</source>
            <translation>SHA-256 fingerprint:</translation>
        </message>
        <message>
            <source>Trusted for units:</source>
            <translation>Trusted for units:</translation>
        </message>
        <message>
            <source>The fingerprint matches the authority's published one</source>
            <translation>The fingerprint matches the authority's published one</translation>
        </message>
        <message>
            <source>Compare the fingerprint with the authority's first.</source>
            <translation>Compare the fingerprint with the authority's first.</translation>
        </message>
    </context>
    <context>
        <name>CertificateDialog</name>
        <message>
            <source>Replace the certificate</source>
            <translation>Replace the certificate</translation>
        </message>
        <message>
            <source>Register a certificate</source>
            <translation>Register a certificate</translation>
        </message>
        <message>
            <source>Read the fingerprint below to the unit over the phone and register the certificate only when it matches the one the unit reads on its screen.</source>
            <translation>Read the fingerprint below to the unit over the phone and register the certificate only when it matches the one the unit reads on its screen.</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>valid</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>not yet valid</source>
            <translation>not yet valid</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Subject:</translation>
        </message>
        <message>
            <source>Unit code in the certificate:</source>
            <translation>Unit code in the certificate:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>Valid:</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint:</source>
            <translation>SHA-256 fingerprint:</translation>
        </message>
        <message>
            <source>Unit code:</source>
            <translation>Unit code:</translation>
        </message>
        <message>
            <source>Unit name:</source>
            <translation>Unit name:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>The unit read me the same fingerprint</source>
            <translation>The unit read me the same fingerprint</translation>
        </message>
        <message>
            <source>Confirm the fingerprint with the unit first.</source>
            <translation>Confirm the fingerprint with the unit first.</translation>
        </message>
    </context>
    <context>
        <name>CertificateNames</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Unit code</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>Identifier</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Locality</source>
            <translation>Locality</translation>
        </message>
        <message>
            <source>Province or city</source>
            <translation>Province or city</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Other field (%1)</source>
            <translation>Other field (%1)</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>{value}: not a period; expected e.g. 2026-Q3, 2026-H1, 2026-9M, 2026, 2026-M07</source>
            <translation>{value}: not a period; expected e.g. 2026-Q3, 2026-H1, 2026-9M, 2026, 2026-M07</translation>
        </message>
        <message>
            <source>password file {path}: {reason}</source>
            <translation>password file {path}: {reason}</translation>
        </message>
        <message>
            <source>password file {path}: not UTF-8 text</source>
            <translation>password file {path}: not UTF-8 text</translation>
        </message>
        <message>
            <source>password file {path}: the first line is empty</source>
            <translation>password file {path}: the first line is empty</translation>
        </message>
        <message>
            <source>no database at {path} to restore into; give --db (a new laptop: copy the backup there, or use `records import WORKBOOK --create`)</source>
            <translation>no database at {path} to restore into; give --db (a new laptop: copy the backup there, or use `records import WORKBOOK --create`)</translation>
        </message>
        <message>
            <source>{reason}; restore from that window (Tệp → Khôi phục) or close it first</source>
            <translation>{reason}; restore from that window (Tệp → Khôi phục) or close it first</translation>
        </message>
        <message>
            <source>VALUE {value}: expected a whole number or yes/no</source>
            <translation>VALUE {value}: expected a whole number or yes/no</translation>
        </message>
        <message>
            <source>VALUE {value}: expected a whole number</source>
            <translation>VALUE {value}: expected a whole number</translation>
        </message>
        <message>
            <source>{code} is not an indicator entered by hand; those are: {codes}</source>
            <translation>{code} is not an indicator entered by hand; those are: {codes}</translation>
        </message>
        <message>
            <source>give either --units CODE[,CODE…] or --all</source>
            <translation>give either --units CODE[,CODE…] or --all</translation>
        </message>
        <message>
            <source>{folder} is not a folder</source>
            <translation>{folder} is not a folder</translation>
        </message>
        <message>
            <source>{period}: reports are quarterly, 6-monthly, 9-monthly or yearly</source>
            <translation>{period}: reports are quarterly, 6-monthly, 9-monthly or yearly</translation>
        </message>
        <message>
            <source>--date {value}: expected YYYY-MM-DD</source>
            <translation>--date {value}: expected YYYY-MM-DD</translation>
        </message>
        <message>
            <source>--number {value}: expected a whole number such as 7</source>
            <translation>--number {value}: expected a whole number such as 7</translation>
        </message>
        <message>
            <source>--amend needs the reason for the amendment</source>
            <translation>--amend needs the reason for the amendment</translation>
        </message>
        <message>
            <source>--token signs with the USB token: leave out --key and --password-file</source>
            <translation>--token signs with the USB token: leave out --key and --password-file</translation>
        </message>
        <message>
            <source>--token needs --pin-file F (the token's PIN on its first line)</source>
            <translation>--token needs --pin-file F (the token's PIN on its first line)</translation>
        </message>
        <message>
            <source>--token-lib, --token-label, --token-key and --pin-file go with --token</source>
            <translation>--token-lib, --token-label, --token-key and --pin-file go with --token</translation>
        </message>
        <message>
            <source>give --key K.p12 --password-file F, or --token --pin-file F</source>
            <translation>give --key K.p12 --password-file F, or --token --pin-file F</translation>
        </message>
        <message>
            <source>give either --trust FILE_OR_DIR or --no-trust, not both</source>
            <translation>give either --trust FILE_OR_DIR or --no-trust, not both</translation>
        </message>
        <message>
            <source>{path} exists; use --force to overwrite it</source>
            <translation>{path} exists; use --force to overwrite it</translation>
        </message>
        <message>
            <source>{path}: the template must be an .xlsx file</source>
            <translation>{path}: the template must be an .xlsx file</translation>
        </message>
        <message>
            <source>no plan is in force on that day; import one with 'plan import FILE'</source>
            <translation>no plan is in force on that day; import one with 'plan import FILE'</translation>
        </message>
        <message>
            <source>{what} {value}: expected YYYY-MM-DD or DD/MM/YYYY</source>
            <translation>{what} {value}: expected YYYY-MM-DD or DD/MM/YYYY</translation>
        </message>
        <message>
            <source>{what} {value}: expected a whole number such as 1350 or 1.350</source>
            <translation>{what} {value}: expected a whole number such as 1350 or 1.350</translation>
        </message>
        <message>
            <source>{file}: not valid UTF-8 JSON ({where})</source>
            <translation>{file}: not valid UTF-8 JSON ({where})</translation>
        </message>
        <message>
            <source>--cutoff {value}: expected YYYY-MM-DD</source>
            <translation>--cutoff {value}: expected YYYY-MM-DD</translation>
        </message>
        <message>
            <source>unexpected argument {value}: only `report numbers` takes a year</source>
            <translation>unexpected argument {value}: only `report numbers` takes a year</translation>
        </message>
        <message>
            <source>--out DIR is required: the folder to write the report into</source>
            <translation>--out DIR is required: the folder to write the report into</translation>
        </message>
        <message>
            <source>--out {path}: is a file; give the folder the report goes into</source>
            <translation>--out {path}: is a file; give the folder the report goes into</translation>
        </message>
        <message>
            <source>{value}: expected a year such as 2026</source>
            <translation>{value}: expected a year such as 2026</translation>
        </message>
        <message>
            <source>give the current password with --db-password-file (or $COMMUNE_DESK_DB_PASSWORD_FILE)</source>
            <translation>give the current password with --db-password-file (or $COMMUNE_DESK_DB_PASSWORD_FILE)</translation>
        </message>
        <message>
            <source>removing the password leaves personal data readable by anyone; repeat with --yes</source>
            <translation>removing the password leaves personal data readable by anyone; repeat with --yes</translation>
        </message>
        <message>
            <source>--comment {value}: expected INDICATOR_CODE=text</source>
            <translation>--comment {value}: expected INDICATOR_CODE=text</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Grey days are refused: a record cannot be dated after today.</source>
            <translation>Grey days are refused: a record cannot be dated after today.</translation>
        </message>
        <message>
            <source>Grey days are refused: after today, or in a period already signed (amend that period to change its records).</source>
            <translation>Grey days are refused: after today, or in a period already signed (amend that period to change its records).</translation>
        </message>
    </context>
    <context>
        <name>DryRunControls</name>
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
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
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
            <source>Not a CommuneDesk backup</source>
            <translation>Not a CommuneDesk backup</translation>
        </message>
        <message>
            <source>The chosen file is not a CommuneDesk backup: it is no database, and no key file lies beside it as beside an encrypted backup. Choose another backup; nothing was changed.</source>
            <translation>The chosen file is not a CommuneDesk backup: it is no database, and no key file lies beside it as beside an encrypted backup. Choose another backup; nothing was changed.</translation>
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
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>The operation was stopped as you asked.</source>
            <translation>The operation was stopped as you asked.</translation>
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
        <name>FormMessages</name>
        <message>
            <source>This does not stop saving.</source>
            <translation>This does not stop saving.</translation>
        </message>
    </context>
    <context>
        <name>HandValueDialog</name>
        <message>
            <source>Indicator entered by hand</source>
            <translation>Indicator entered by hand</translation>
        </message>
        <message>
            <source>Period: %1 (data %2 – %3)</source>
            <translation>Period: %1 (data %2 – %3)</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>&amp;Done?</source>
            <translation>&amp;Done?</translation>
        </message>
        <message>
            <source>&amp;Number:</source>
            <translation>&amp;Number:</translation>
        </message>
        <message>
            <source>&amp;Persons:</source>
            <translation>&amp;Persons:</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Value:</translation>
        </message>
        <message>
            <source>&amp;Out of:</source>
            <translation>&amp;Out of:</translation>
        </message>
        <message>
            <source>Population:</source>
            <translation>Population:</translation>
        </message>
        <message>
            <source>e.g. Plan no. 05/KH-UBND of 10/01/2026</source>
            <translation>e.g. Plan no. 05/KH-UBND of 10/01/2026</translation>
        </message>
        <message>
            <source>&amp;Evidence (document):</source>
            <translation>&amp;Evidence (document):</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ote:</translation>
        </message>
        <message>
            <source>Entered:</source>
            <translation>Entered:</translation>
        </message>
        <message>
            <source>This value cannot be changed: %1</source>
            <translation>This value cannot be changed: %1</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>of %1 %2 (%3, as of %4)</source>
            <translation>of %1 %2 (%3, as of %4)</translation>
        </message>
        <message>
            <source>%1: base figure not entered</source>
            <translation>%1: base figure not entered</translation>
        </message>
        <message>
            <source>Enter it now…</source>
            <translation>Enter it now…</translation>
        </message>
    </context>
    <context>
        <name>HandValuesView</name>
        <message>
            <source>yes/no</source>
            <translation>yes/no</translation>
        </message>
        <message>
            <source>count</source>
            <translation>count</translation>
        </message>
        <message>
            <source>persons of a population</source>
            <translation>persons of a population</translation>
        </message>
        <message>
            <source>share entered by hand</source>
            <translation>share entered by hand</translation>
        </message>
        <message>
            <source>Hand-entered indicators</source>
            <translation>Hand-entered indicators</translation>
        </message>
        <message>
            <source>Also indicators the plan does not use</source>
            <translation>Also indicators the plan does not use</translation>
        </message>
        <message>
            <source>Enter the value…</source>
            <translation>Enter the value…</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Shape</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Out of</source>
            <translation>Out of</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>Entered</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Targets</translation>
        </message>
        <message>
            <source>Each value has the shape its indicator states: yes or no, a count, persons of a population (never more than the population in force at the period's end), or a share with its denominator. Name the document that proves it. A value of a signed period cannot change.</source>
            <translation>Each value has the shape its indicator states: yes or no, a count, persons of a population (never more than the population in force at the period's end), or a share with its denominator. Name the document that proves it. A value of a signed period cannot change.</translation>
        </message>
        <message>
            <source>Current period of each target</source>
            <translation>Current period of each target</translation>
        </message>
        <message>
            <source>%1 of %2 values entered.</source>
            <translation>%1 of %2 values entered.</translation>
        </message>
        <message>
            <source>Base figure not entered for: %1.</source>
            <translation>Base figure not entered for: %1.</translation>
        </message>
        <message>
            <source>not entered</source>
            <translation>not entered</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>base figure not entered</source>
            <translation>base figure not entered</translation>
        </message>
    </context>
    <context>
        <name>HelpViewer</name>
        <message>
            <source>CommuneDesk user guide</source>
            <translation>CommuneDesk user guide</translation>
        </message>
        <message>
            <source>The user guide is missing</source>
            <translation>The user guide is missing</translation>
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
            <source>Superior office's target</source>
            <translation>Superior office's target</translation>
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
            <source>the superior office's; this commune's share: %1</source>
            <translation>the superior office's; this commune's share: %1</translation>
        </message>
        <message>
            <source>the superior office's target: this commune's contribution is shown</source>
            <translation>the superior office's target: this commune's contribution is shown</translation>
        </message>
        <message>
            <source>base figure not entered</source>
            <translation>base figure not entered</translation>
        </message>
        <message>
            <source>Comment of the superior office</source>
            <translation>Comment of the superior office</translation>
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
        <message>
            <source>sent on %1</source>
            <translation>sent on %1</translation>
        </message>
        <message>
            <source>(late)</source>
            <translation>(late)</translation>
        </message>
        <message>
            <source>receipt from the office imported on %1</source>
            <translation>receipt from the office imported on %1</translation>
        </message>
        <message>
            <source>no receipt from the office yet</source>
            <translation>no receipt from the office yet</translation>
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
            <source>From my own &amp;spreadsheet…</source>
            <translation>From my own &amp;spreadsheet…</translation>
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
            <source>Import it again anyway?</source>
            <translation>Import it again anyway?</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>Already imported</translation>
        </message>
        <message>
            <source>Not imported again; nothing was changed.</source>
            <translation>Not imported again; nothing was changed.</translation>
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
        <name>ImportProgress</name>
        <message>
            <source>Preparing your spreadsheet…</source>
            <translation>Preparing your spreadsheet…</translation>
        </message>
        <message>
            <source>Preparing your spreadsheet: {done} / {of} rows</source>
            <translation>Preparing your spreadsheet: {done} / {of} rows</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>Reading the file: {done} / {of} rows</source>
            <translation>Reading the file: {done} / {of} rows</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>Checking: {done} / {of} rows</source>
            <translation>Checking: {done} / {of} rows</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Writing…</translation>
        </message>
        <message>
            <source>Writing: {done} / {of} rows</source>
            <translation>Writing: {done} / {of} rows</translation>
        </message>
    </context>
    <context>
        <name>IssuedNumbersPanel</name>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Numbers given to reports dated in %1 (a number is used once per year; a report written again keeps its number): %2.</source>
            <translation>Numbers given to reports dated in %1 (a number is used once per year; a report written again keeps its number): %2.</translation>
        </message>
    </context>
    <context>
        <name>KeysWizard</name>
        <message>
            <source>Signing key</source>
            <translation>Signing key</translation>
        </message>
        <message>
            <source>Create the key</source>
            <translation>Create the key</translation>
        </message>
        <message>
            <source>Unit's official name:</source>
            <translation>Unit's official name:</translation>
        </message>
        <message>
            <source>Unit code:</source>
            <translation>Unit code:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>Password again:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Import the key</source>
            <translation>Import the key</translation>
        </message>
        <message>
            <source>.p12/.pfx file:</source>
            <translation>.p12/.pfx file:</translation>
        </message>
        <message>
            <source>Its password:</source>
            <translation>Its password:</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Key file:</source>
            <translation>Key file:</translation>
        </message>
        <message>
            <source>Create a new key</source>
            <translation>Create a new key</translation>
        </message>
        <message>
            <source>Import a .p12/.pfx</source>
            <translation>Import a .p12/.pfx</translation>
        </message>
        <message>
            <source>The existing key</source>
            <translation>The existing key</translation>
        </message>
        <message>
            <source>Export the certificate for the office…</source>
            <translation>Export the certificate for the office…</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Subject:</translation>
        </message>
        <message>
            <source>Validity:</source>
            <translation>Validity:</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint
(read it over the phone):</source>
            <translation>SHA-256 fingerprint
(read it over the phone):</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>unit code %1</source>
            <translation>unit code %1</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>valid</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>not yet valid</source>
            <translation>not yet valid</translation>
        </message>
        <message>
            <source>%1 to %2 (UTC) — %3</source>
            <translation>%1 to %2 (UTC) — %3</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>The password needs at least %1 characters.</translation>
        </message>
        <message>
            <source>The two passwords differ; type them again.</source>
            <translation>The two passwords differ; type them again.</translation>
        </message>
        <message>
            <source>Key created and saved in %1. Keep the password safe: without it the key cannot sign.</source>
            <translation>Key created and saved in %1. Keep the password safe: without it the key cannot sign.</translation>
        </message>
        <message>
            <source>Key file</source>
            <translation>Key file</translation>
        </message>
        <message>
            <source>Key files (*.p12 *.pfx)</source>
            <translation>Key files (*.p12 *.pfx)</translation>
        </message>
        <message>
            <source>Unit of the certificate</source>
            <translation>Unit of the certificate</translation>
        </message>
        <message>
            <source>The certificate carries no unit code. Is it the certificate of %1 (unit code %2)? Answer yes only if the provider issued it to this unit: the binding is recorded in the key file, and the receiving office must register this certificate for the unit.</source>
            <translation>The certificate carries no unit code. Is it the certificate of %1 (unit code %2)? Answer yes only if the provider issued it to this unit: the binding is recorded in the key file, and the receiving office must register this certificate for the unit.</translation>
        </message>
        <message>
            <source>Not imported: the certificate carries no unit code and it was not confirmed as this unit's.</source>
            <translation>Not imported: the certificate carries no unit code and it was not confirmed as this unit's.</translation>
        </message>
        <message>
            <source>Key imported into %1.</source>
            <translation>Key imported into %1.</translation>
        </message>
        <message>
            <source>Certificate chain checked: %1.</source>
            <translation>Certificate chain checked: %1.</translation>
        </message>
        <message>
            <source>Bound to unit %1 (confirmed by you); tell the receiving office to register this certificate for the unit.</source>
            <translation>Bound to unit %1 (confirmed by you); tell the receiving office to register this certificate for the unit.</translation>
        </message>
        <message>
            <source>The key opens with this password.</source>
            <translation>The key opens with this password.</translation>
        </message>
        <message>
            <source>Export the certificate</source>
            <translation>Export the certificate</translation>
        </message>
        <message>
            <source>Certificate (*.pem *.cer)</source>
            <translation>Certificate (*.pem *.cer)</translation>
        </message>
        <message>
            <source>Certificate written to %1: send it to the receiving office and read them the fingerprint over the phone.</source>
            <translation>Certificate written to %1: send it to the receiving office and read them the fingerprint over the phone.</translation>
        </message>
    </context>
    <context>
        <name>ListParts</name>
        <message>
            <source>Export the list</source>
            <translation>Export the list</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>The file could not be saved: %1</source>
            <translation>The file could not be saved: %1</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Show or hide the history of changes</source>
            <translation>Show or hide the history of changes</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>CommuneDesk is locked</source>
            <translation>CommuneDesk is locked</translation>
        </message>
        <message>
            <source>The window was locked to protect personal data. The database is closed.</source>
            <translation>The window was locked to protect personal data. The database is closed.</translation>
        </message>
        <message>
            <source>This database has no password: anyone can unlock it.</source>
            <translation>This database has no password: anyone can unlock it.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
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
            <source>Models</source>
            <translation>Models</translation>
        </message>
        <message>
            <source>Teams and groups</source>
            <translation>Teams and groups</translation>
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
            <source>Base figures</source>
            <translation>Base figures</translation>
        </message>
        <message>
            <source>Hand-entered indicators</source>
            <translation>Hand-entered indicators</translation>
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
            <source>Trust list</source>
            <translation>Trust list</translation>
        </message>
        <message>
            <source>Package intake</source>
            <translation>Package intake</translation>
        </message>
        <message>
            <source>Aggregation</source>
            <translation>Aggregation</translation>
        </message>
        <message>
            <source>&amp;Save a copy of the database to…</source>
            <translation>&amp;Save a copy of the database to…</translation>
        </message>
        <message>
            <source>Back up &amp;now into the backup folders</source>
            <translation>Back up &amp;now into the backup folders</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>User &amp;guide</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restore a backup…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Change password…</source>
            <translation>&amp;Change password…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Lock now</translation>
        </message>
        <message>
            <source>Choose a place, such as a USB stick, and write a checked copy of the database there.</source>
            <translation>Choose a place, such as a USB stick, and write a checked copy of the database there.</translation>
        </message>
        <message>
            <source>Write a checked backup now into the backups folder of the data folder (and the second backup folder chosen in Settings).</source>
            <translation>Write a checked backup now into the backups folder of the data folder (and the second backup folder chosen in Settings).</translation>
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
        <name>MappingDialog</name>
        <message>
            <source>Import from my own spreadsheet</source>
            <translation>Import from my own spreadsheet</translation>
        </message>
        <message>
            <source>Choose your .xlsx spreadsheet</source>
            <translation>Choose your .xlsx spreadsheet</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Propaganda activities</source>
            <translation>Propaganda activities</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Trainings</translation>
        </message>
        <message>
            <source>&amp;Read headers</source>
            <translation>&amp;Read headers</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation>&amp;Sheet:</translation>
        </message>
        <message>
            <source>&amp;Header row:</source>
            <translation>&amp;Header row:</translation>
        </message>
        <message>
            <source>Record &amp;kind:</source>
            <translation>Record &amp;kind:</translation>
        </message>
        <message>
            <source>Choose a spreadsheet: its columns are matched to our fields.</source>
            <translation>Choose a spreadsheet: its columns are matched to our fields.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Your header</source>
            <translation>Your header</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>First value</translation>
        </message>
        <message>
            <source>Our field</source>
            <translation>Our field</translation>
        </message>
        <message>
            <source>Your columns → our fields</source>
            <translation>Your columns → our fields</translation>
        </message>
        <message>
            <source>Preview of the first rows, as they will be read</source>
            <translation>Preview of the first rows, as they will be read</translation>
        </message>
        <message>
            <source>Dry run</source>
            <translation>Dry run</translation>
        </message>
        <message>
            <source>Your spreadsheet</source>
            <translation>Your spreadsheet</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>The spreadsheet cannot be read: %1</source>
            <translation>The spreadsheet cannot be read: %1</translation>
        </message>
        <message>
            <source>These headers were matched before: the same match is used again. Check it and press Check.</source>
            <translation>These headers were matched before: the same match is used again. Check it and press Check.</translation>
        </message>
        <message>
            <source>Suggested from your header names: correct any wrong line, then press Check.</source>
            <translation>Suggested from your header names: correct any wrong line, then press Check.</translation>
        </message>
        <message>
            <source>%1 rows below the header row.</source>
            <translation>%1 rows below the header row.</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(not imported)</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
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
            <source>The spreadsheet cannot be imported: %1</source>
            <translation>The spreadsheet cannot be imported: %1</translation>
        </message>
        <message>
            <source>Checking your spreadsheet…</source>
            <translation>Checking your spreadsheet…</translation>
        </message>
        <message>
            <source>%1 cells rejected: correct the match or your spreadsheet and check again. Nothing was imported.</source>
            <translation>%1 cells rejected: correct the match or your spreadsheet and check again. Nothing was imported.</translation>
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
            <source>Imported %1 records; the match is remembered for spreadsheets with these headers.</source>
            <translation>Imported %1 records; the match is remembered for spreadsheets with these headers.</translation>
        </message>
    </context>
    <context>
        <name>MissingFigures</name>
        <message>
            <source>Enter base figures…</source>
            <translation>Enter base figures…</translation>
        </message>
        <message>
            <source>Enter hand-entered values…</source>
            <translation>Enter hand-entered values…</translation>
        </message>
        <message>
            <source>Base figure not entered: %1.</source>
            <translation>Base figure not entered: %1.</translation>
        </message>
        <message>
            <source>Hand-entered values not entered yet: %1.</source>
            <translation>Hand-entered values not entered yet: %1.</translation>
        </message>
    </context>
    <context>
        <name>NumberField</name>
        <message>
            <source>A negative number is not allowed here: enter a number from %1 to %2.</source>
            <translation>A negative number is not allowed here: enter a number from %1 to %2.</translation>
        </message>
        <message>
            <source>Not a whole number: enter a number from %1 to %2.</source>
            <translation>Not a whole number: enter a number from %1 to %2.</translation>
        </message>
        <message>
            <source>Out of range: enter a number from %1 to %2.</source>
            <translation>Out of range: enter a number from %1 to %2.</translation>
        </message>
    </context>
    <context>
        <name>OfficeCaPanel</name>
        <message>
            <source>Certificate authorities</source>
            <translation>Certificate authorities</translation>
        </message>
        <message>
            <source>Trust a certificate authority…</source>
            <translation>Trust a certificate authority…</translation>
        </message>
        <message>
            <source>Import a revocation list (CRL)…</source>
            <translation>Import a revocation list (CRL)…</translation>
        </message>
        <message>
            <source>Authority</source>
            <translation>Authority</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint</source>
            <translation>SHA-256 fingerprint</translation>
        </message>
        <message>
            <source>Trusted</source>
            <translation>Trusted</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Removed</translation>
        </message>
        <message>
            <source>every unit</source>
            <translation>every unit</translation>
        </message>
        <message>
            <source>Revocation lists imported: %1 (%2 certificates revoked).</source>
            <translation>Revocation lists imported: %1 (%2 certificates revoked).</translation>
        </message>
        <message>
            <source>No revocation list (CRL) imported.</source>
            <translation>No revocation list (CRL) imported.</translation>
        </message>
        <message>
            <source>Choose the authority's certificate</source>
            <translation>Choose the authority's certificate</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.cer *.crt)</source>
            <translation>Certificates (*.pem *.cer *.crt)</translation>
        </message>
        <message>
            <source>Choose the revocation list</source>
            <translation>Choose the revocation list</translation>
        </message>
        <message>
            <source>Revocation lists (*.crl *.pem *.der)</source>
            <translation>Revocation lists (*.crl *.pem *.der)</translation>
        </message>
        <message>
            <source>Revocation list of %1 imported: %2 certificates revoked.</source>
            <translation>Revocation list of %1 imported: %2 certificates revoked.</translation>
        </message>
        <message>
            <source>This revocation list was imported before; nothing changed.</source>
            <translation>This revocation list was imported before; nothing changed.</translation>
        </message>
    </context>
    <context>
        <name>OfficeCertTexts</name>
        <message>
            <source>Register this certificate as your superior office?</source>
            <translation>Register this certificate as your superior office?</translation>
        </message>
        <message>
            <source>Name: %1</source>
            <translation>Name: %1</translation>
        </message>
        <message>
            <source>Unit code: %1</source>
            <translation>Unit code: %1</translation>
        </message>
        <message>
            <source>Valid until: %1</source>
            <translation>Valid until: %1</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint:</source>
            <translation>SHA-256 fingerprint:</translation>
        </message>
        <message>
            <source>Read the 16 groups to the office by phone: register only when they match. A certificate registered earlier is marked replaced.</source>
            <translation>Read the 16 groups to the office by phone: register only when they match. A certificate registered earlier is marked replaced.</translation>
        </message>
        <message>
            <source>The superior office's certificate</source>
            <translation>The superior office's certificate</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.cer *.crt)</source>
            <translation>Certificates (*.pem *.cer *.crt)</translation>
        </message>
        <message>
            <source>Certificate not registered</source>
            <translation>Certificate not registered</translation>
        </message>
        <message>
            <source>Register the office certificate</source>
            <translation>Register the office certificate</translation>
        </message>
        <message>
            <source>Office certificate registered</source>
            <translation>Office certificate registered</translation>
        </message>
        <message>
            <source>Plans and receipts signed by %1 are now recognised.</source>
            <translation>Plans and receipts signed by %1 are now recognised.</translation>
        </message>
    </context>
    <context>
        <name>OfficeCommentsPanel</name>
        <message>
            <source>%1 has not been acknowledged by the office yet.</source>
            <translation>%1 has not been acknowledged by the office yet.</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>accepted</translation>
        </message>
        <message>
            <source>has issues</source>
            <translation>has issues</translation>
        </message>
        <message>
            <source>%1: acknowledged by %2 on %3 (%4, revision %5).</source>
            <translation>%1: acknowledged by %2 on %3 (%4, revision %5).</translation>
        </message>
        <message>
            <source>No remark on any figure.</source>
            <translation>No remark on any figure.</translation>
        </message>
    </context>
    <context>
        <name>OfficeCompletenessView</name>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Late</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>numerators and denominators summed</source>
            <translation>numerators and denominators summed</translation>
        </message>
        <message>
            <source>share of units meeting the target</source>
            <translation>share of units meeting the target</translation>
        </message>
        <message>
            <source>Completeness and aggregation</source>
            <translation>Completeness and aggregation</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Aggregate and write the report…</source>
            <translation>Aggregate and write the report…</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Units expected</source>
            <translation>Units expected</translation>
        </message>
        <message>
            <source>Submitted (reporting rate)</source>
            <translation>Submitted (reporting rate)</translation>
        </message>
        <message>
            <source>On time (on-time rate)</source>
            <translation>On time (on-time rate)</translation>
        </message>
        <message>
            <source>Rejected only</source>
            <translation>Rejected only</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Unit code</translation>
        </message>
        <message>
            <source>Unit name</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Submitted on</source>
            <translation>Submitted on</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Numerator</source>
            <translation>Numerator</translation>
        </message>
        <message>
            <source>Denominator</source>
            <translation>Denominator</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Target met</source>
            <translation>Target met</translation>
        </message>
        <message>
            <source>No deadline is known for this period: import the plan in force to judge timeliness.</source>
            <translation>No deadline is known for this period: import the plan in force to judge timeliness.</translation>
        </message>
        <message>
            <source>Deadline: %1 (plan in force).</source>
            <translation>Deadline: %1 (plan in force).</translation>
        </message>
        <message>
            <source>Reported without being expected: %1.</source>
            <translation>Reported without being expected: %1.</translation>
        </message>
        <message>
            <source>(not expected)</source>
            <translation>(not expected)</translation>
        </message>
        <message>
            <source>Impossible figures, not summed: %1</source>
            <translation>Impossible figures, not summed: %1</translation>
        </message>
        <message>
            <source>Choose the folder for the office report</source>
            <translation>Choose the folder for the office report</translation>
        </message>
        <message>
            <source>Aggregating %1…</source>
            <translation>Aggregating %1…</translation>
        </message>
        <message>
            <source>Written: %1 and %2</source>
            <translation>Written: %1 and %2</translation>
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
            <source>no data</source>
            <translation>no data</translation>
        </message>
        <message>
            <source>(%1 left out)</source>
            <translation>(%1 left out)</translation>
        </message>
    </context>
    <context>
        <name>OfficeHomeView</name>
        <message>
            <source>Trust list</source>
            <translation>Trust list</translation>
        </message>
        <message>
            <source>Take in packages</source>
            <translation>Take in packages</translation>
        </message>
        <message>
            <source>Completeness and aggregation</source>
            <translation>Completeness and aggregation</translation>
        </message>
        <message>
            <source>Receiving office</source>
            <translation>Receiving office</translation>
        </message>
        <message>
            <source>%1 units are expected to report (active certificates in the trust list).</source>
            <translation>%1 units are expected to report (active certificates in the trust list).</translation>
        </message>
        <message>
            <source>Latest period received: &lt;b&gt;%1&lt;/b&gt; — %2 of %3 units submitted, %4 missing, %5 rejected.</source>
            <translation>Latest period received: &lt;b&gt;%1&lt;/b&gt; — %2 of %3 units submitted, %4 missing, %5 rejected.</translation>
        </message>
        <message>
            <source>No package has been taken in yet.</source>
            <translation>No package has been taken in yet.</translation>
        </message>
    </context>
    <context>
        <name>OfficeIntakeView</name>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>Superseded</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>Invalid</translation>
        </message>
        <message>
            <source>Untrusted</source>
            <translation>Untrusted</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Unit code</translation>
        </message>
        <message>
            <source>Unit name</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Package intake</source>
            <translation>Package intake</translation>
        </message>
        <message>
            <source>Take in a folder…</source>
            <translation>Take in a folder…</translation>
        </message>
        <message>
            <source>Take in from the drive</source>
            <translation>Take in from the drive</translation>
        </message>
        <message>
            <source>Find drives</source>
            <translation>Find drives</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Choose the folder or the USB stick with the packages received.</source>
            <translation>Choose the folder or the USB stick with the packages received.</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>All states</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>State:</translation>
        </message>
        <message>
            <source>Write receipt…</source>
            <translation>Write receipt…</translation>
        </message>
        <message>
            <source>History of the selected unit and period</source>
            <translation>History of the selected unit and period</translation>
        </message>
        <message>
            <source>No removable drive</source>
            <translation>No removable drive</translation>
        </message>
        <message>
            <source>Choose the folder of received packages</source>
            <translation>Choose the folder of received packages</translation>
        </message>
        <message>
            <source>Looking for packages in %1…</source>
            <translation>Looking for packages in %1…</translation>
        </message>
        <message>
            <source>Stopping after the current package…</source>
            <translation>Stopping after the current package…</translation>
        </message>
        <message>
            <source>already recorded</source>
            <translation>already recorded</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>verified</translation>
        </message>
        <message>
            <source>%1 of %2: %3 — %4</source>
            <translation>%1 of %2: %3 — %4</translation>
        </message>
        <message>
            <source>already recorded: %1</source>
            <translation>already recorded: %1</translation>
        </message>
        <message>
            <source>no package found</source>
            <translation>no package found</translation>
        </message>
        <message>
            <source>Stopped. %1. Press Resume to take in the rest; what was recorded is kept.</source>
            <translation>Stopped. %1. Press Resume to take in the rest; what was recorded is kept.</translation>
        </message>
        <message>
            <source>Done. %1.</source>
            <translation>Done. %1.</translation>
        </message>
        <message>
            <source>All periods</source>
            <translation>All periods</translation>
        </message>
        <message>
            <source>History of %1 (%2) for %3</source>
            <translation>History of %1 (%2) for %3</translation>
        </message>
        <message>
            <source>Choose a package in the ledger first.</source>
            <translation>Choose a package in the ledger first.</translation>
        </message>
    </context>
    <context>
        <name>OfficeTrustView</name>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Replaced</source>
            <translation>Replaced</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <source>Trust list</source>
            <translation>Trust list</translation>
        </message>
        <message>
            <source>Register a certificate…</source>
            <translation>Register a certificate…</translation>
        </message>
        <message>
            <source>Replace…</source>
            <translation>Replace…</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>Revoke…</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Unit code</translation>
        </message>
        <message>
            <source>Unit name</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint</source>
            <translation>SHA-256 fingerprint</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>%1 units expected to report (active certificates); %2 certificates in all.</source>
            <translation>%1 units expected to report (active certificates); %2 certificates in all.</translation>
        </message>
        <message>
            <source>Choose the unit's certificate</source>
            <translation>Choose the unit's certificate</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.cer *.crt)</source>
            <translation>Certificates (*.pem *.cer *.crt)</translation>
        </message>
        <message>
            <source>Revoke the certificate of %1 (%2)? No package signed with it will be trusted any more, whatever its date. Say why:</source>
            <translation>Revoke the certificate of %1 (%2)? No package signed with it will be trusted any more, whatever its date. Say why:</translation>
        </message>
        <message>
            <source>Revoke a certificate</source>
            <translation>Revoke a certificate</translation>
        </message>
    </context>
    <context>
        <name>PackageView</name>
        <message>
            <source>Report packages</source>
            <translation>Report packages</translation>
        </message>
        <message>
            <source>Signing key…</source>
            <translation>Signing key…</translation>
        </message>
        <message>
            <source>USB token…</source>
            <translation>USB token…</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Data locked</source>
            <translation>Data locked</translation>
        </message>
        <message>
            <source>Package SHA-256</source>
            <translation>Package SHA-256</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Sign and package…</source>
            <translation>Sign and package…</translation>
        </message>
        <message>
            <source>Amend…</source>
            <translation>Amend…</translation>
        </message>
        <message>
            <source>Verify a package file…</source>
            <translation>Verify a package file…</translation>
        </message>
        <message>
            <source>Import receipt…</source>
            <translation>Import receipt…</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Verification</source>
            <translation>Verification</translation>
        </message>
        <message>
            <source>Packages and amendments of the selected period:</source>
            <translation>Packages and amendments of the selected period:</translation>
        </message>
        <message>
            <source>signed, revision %1</source>
            <translation>signed, revision %1</translation>
        </message>
        <message>
            <source>amended (revision %1 reopened)</source>
            <translation>amended (revision %1 reopened)</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>accepted</translation>
        </message>
        <message>
            <source>has issues</source>
            <translation>has issues</translation>
        </message>
        <message>
            <source>acknowledged by the office on %1 (%2, revision %3)</source>
            <translation>acknowledged by the office on %1 (%2, revision %3)</translation>
        </message>
        <message>
            <source>%1 comment(s)</source>
            <translation>%1 comment(s)</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>signed</translation>
        </message>
        <message>
            <source>amended</source>
            <translation>amended</translation>
        </message>
        <message>
            <source>signed — checked: VALID</source>
            <translation>signed — checked: VALID</translation>
        </message>
        <message>
            <source>USB token %1, key %2: %3 (unit code %4), fingerprint %5</source>
            <translation>USB token %1, key %2: %3 (unit code %4), fingerprint %5</translation>
        </message>
        <message>
            <source>Signing key: %3 (unit code %4), fingerprint %5</source>
            <translation>Signing key: %3 (unit code %4), fingerprint %5</translation>
        </message>
        <message>
            <source>No signing key yet: create or import one with "Signing key…", or sign with a USB token.</source>
            <translation>No signing key yet: create or import one with "Signing key…", or sign with a USB token.</translation>
        </message>
        <message>
            <source>Signing key: %1 (its password is asked when signing)</source>
            <translation>Signing key: %1 (its password is asked when signing)</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Signing key</translation>
        </message>
        <message>
            <source>Password of the key file:</source>
            <translation>Password of the key file:</translation>
        </message>
        <message>
            <source>The key cannot be used: %1</source>
            <translation>The key cannot be used: %1</translation>
        </message>
        <message>
            <source>Choose a period first.</source>
            <translation>Choose a period first.</translation>
        </message>
        <message>
            <source>%1 is already signed. To issue a corrected package, amend it first (with the reason).</source>
            <translation>%1 is already signed. To issue a corrected package, amend it first (with the reason).</translation>
        </message>
        <message>
            <source>Not signed: %1</source>
            <translation>Not signed: %1</translation>
        </message>
        <message>
            <source>Not signed: nothing was locked.</source>
            <translation>Not signed: nothing was locked.</translation>
        </message>
        <message>
            <source>Save the package into</source>
            <translation>Save the package into</translation>
        </message>
        <message>
            <source>Writing, signing and checking the package…</source>
            <translation>Writing, signing and checking the package…</translation>
        </message>
        <message>
            <source>Signed %1, revision %2: %3 (read back and verified; it is safe to remove a USB stick). Records dated %4 to %5 are now locked.</source>
            <translation>Signed %1, revision %2: %3 (read back and verified; it is safe to remove a USB stick). Records dated %4 to %5 are now locked.</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Failed: %1</translation>
        </message>
        <message>
            <source>Only a signed period can be amended.</source>
            <translation>Only a signed period can be amended.</translation>
        </message>
        <message>
            <source>Amend</source>
            <translation>Amend</translation>
        </message>
        <message>
            <source>Why must %1 be corrected? The reason is kept in the audit log.</source>
            <translation>Why must %1 be corrected? The reason is kept in the audit log.</translation>
        </message>
        <message>
            <source>Not amended: state the reason (at least %1 characters).</source>
            <translation>Not amended: state the reason (at least %1 characters).</translation>
        </message>
        <message>
            <source>Not amended: %1</source>
            <translation>Not amended: %1</translation>
        </message>
        <message>
            <source>%1 reopened: its records can be corrected; sign it again to issue the next revision.</source>
            <translation>%1 reopened: its records can be corrected; sign it again to issue the next revision.</translation>
        </message>
        <message>
            <source>Package to verify</source>
            <translation>Package to verify</translation>
        </message>
        <message>
            <source>Report packages (*.zip)</source>
            <translation>Report packages (*.zip)</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>passed</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>FAILED</translation>
        </message>
        <message>
            <source>VALID: %1 — unit %2, period %3, revision %4. Note: %5</source>
            <translation>VALID: %1 — unit %2, period %3, revision %4. Note: %5</translation>
        </message>
        <message>
            <source>the signing time is the signer's own claim: offline there is no timestamp authority to confirm it</source>
            <translation>the signing time is the signer's own claim: offline there is no timestamp authority to confirm it</translation>
        </message>
        <message>
            <source>Package file (zip)</source>
            <translation>Package file (zip)</translation>
        </message>
        <message>
            <source>Package structure</source>
            <translation>Package structure</translation>
        </message>
        <message>
            <source>Files in their places</source>
            <translation>Files in their places</translation>
        </message>
        <message>
            <source>Package declaration</source>
            <translation>Package declaration</translation>
        </message>
        <message>
            <source>Package information</source>
            <translation>Package information</translation>
        </message>
        <message>
            <source>Checksum of a report file</source>
            <translation>Checksum of a report file</translation>
        </message>
        <message>
            <source>Checksum of a package file</source>
            <translation>Checksum of a package file</translation>
        </message>
        <message>
            <source>No file left out of the list</source>
            <translation>No file left out of the list</translation>
        </message>
        <message>
            <source>Number and size of the files</source>
            <translation>Number and size of the files</translation>
        </message>
        <message>
            <source>Digital signature</source>
            <translation>Digital signature</translation>
        </message>
        <message>
            <source>Signer in the trust list</source>
            <translation>Signer in the trust list</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Unit code</translation>
        </message>
        <message>
            <source>Certificate valid at signing</source>
            <translation>Certificate valid at signing</translation>
        </message>
        <message>
            <source>Report figures (report-data.json)</source>
            <translation>Report figures (report-data.json)</translation>
        </message>
        <message>
            <source>UNREADABLE: %1</source>
            <translation>UNREADABLE: %1</translation>
        </message>
        <message>
            <source>INVALID: %1 — see the failed checks below.</source>
            <translation>INVALID: %1 — see the failed checks below.</translation>
        </message>
        <message>
            <source>No record is dated in %1: the signed report will say that nothing was recorded. Sign it anyway?</source>
            <translation>No record is dated in %1: the signed report will say that nothing was recorded. Sign it anyway?</translation>
        </message>
        <message>
            <source>No data in this period</source>
            <translation>No data in this period</translation>
        </message>
        <message>
            <source>Not signed: %1 has no data.</source>
            <translation>Not signed: %1 has no data.</translation>
        </message>
    </context>
    <context>
        <name>PagePreview</name>
        <message>
            <source>Fit width</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
    </context>
    <context>
        <name>PasswordChangeDialog</name>
        <message>
            <source>Change the password</source>
            <translation>Change the password</translation>
        </message>
        <message>
            <source>Protect the database with a password</source>
            <translation>Protect the database with a password</translation>
        </message>
        <message>
            <source>Choose a new password</source>
            <translation>Choose a new password</translation>
        </message>
        <message>
            <source>The database is re-encrypted with the new password. Keep the new password safe.</source>
            <translation>The database is re-encrypted with the new password. Keep the new password safe.</translation>
        </message>
        <message>
            <source>This database holds personal data and is not encrypted yet. Choose a password to encrypt it; you will need it each time you open CommuneDesk. You can do this later, but until then the data can be read by anyone who has the file.</source>
            <translation>This database holds personal data and is not encrypted yet. Choose a password to encrypt it; you will need it each time you open CommuneDesk. You can do this later, but until then the data can be read by anyone who has the file.</translation>
        </message>
        <message>
            <source>You signed in with the recovery key. Choose a new password now; a new recovery key will be shown, and the old one stops working.</source>
            <translation>You signed in with the recovery key. Choose a new password now; a new recovery key will be shown, and the old one stops working.</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>Current password:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <source>Repeat the new password:</source>
            <translation>Repeat the new password:</translation>
        </message>
        <message>
            <source>Encrypt now</source>
            <translation>Encrypt now</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Too short: at least %1 characters</source>
            <translation>Too short: at least %1 characters</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Weak</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Fair</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Strong</translation>
        </message>
        <message>
            <source>Strength: %1</source>
            <translation>Strength: %1</translation>
        </message>
        <message>
            <source>a short sentence is easy to remember and hard to guess</source>
            <translation>a short sentence is easy to remember and hard to guess</translation>
        </message>
        <message>
            <source>The new password must have at least %1 characters.</source>
            <translation>The new password must have at least %1 characters.</translation>
        </message>
        <message>
            <source>The two new passwords are not the same.</source>
            <translation>The two new passwords are not the same.</translation>
        </message>
        <message>
            <source>Enter the current password.</source>
            <translation>Enter the current password.</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>The current password is wrong.</translation>
        </message>
    </context>
    <context>
        <name>PenaltyForm</name>
        <message>
            <source>Before the NĐ 282/2025 catalogue: %1 (code %2), %3 %4, fine %5 đồng, measures %6</source>
            <translation>Before the NĐ 282/2025 catalogue: %1 (code %2), %3 %4, fine %5 đồng, measures %6</translation>
        </message>
        <message>
            <source>Needs review (cần rà soát): %1</source>
            <translation>Needs review (cần rà soát): %1</translation>
        </message>
        <message>
            <source>A crime: the commune does not fine it; record it as referred to the police or investigators.</source>
            <translation>A crime: the commune does not fine it; record it as referred to the police or investigators.</translation>
        </message>
        <message>
            <source>%1: amounts not checked against the decree; type the article and the fine from the decision.</source>
            <translation>%1: amounts not checked against the decree; type the article and the fine from the decision.</translation>
        </message>
        <message>
            <source>Fine for this violator: %1–%2 đồng%3.</source>
            <translation>Fine for this violator: %1–%2 đồng%3.</translation>
        </message>
        <message>
            <source> (doubled for an organisation)</source>
            <translation> (doubled for an organisation)</translation>
        </message>
        <message>
            <source>A warning is possible.</source>
            <translation>A warning is possible.</translation>
        </message>
        <message>
            <source>Beyond the commune's competence (up to %1 đồng): record it as transferred to the competent level.</source>
            <translation>Beyond the commune's competence (up to %1 đồng): record it as transferred to the competent level.</translation>
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
            <source>I have read these warnings and still want to import this plan</source>
            <translation>I have read these warnings and still want to import this plan</translation>
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
            <source>Signature: signed by registered office (%1; SHA-256 %2…)</source>
            <translation>Signature: signed by registered office (%1; SHA-256 %2…)</translation>
        </message>
        <message>
            <source>Signature: unsigned — no .p7s signature file beside the workbook. You may still import it; it is recorded as unsigned.</source>
            <translation>Signature: unsigned — no .p7s signature file beside the workbook. You may still import it; it is recorded as unsigned.</translation>
        </message>
        <message>
            <source>Signature: signed by someone else: %1 (SHA-256 %2…), not the registered superior office. You may still import it; it is recorded with the signer.</source>
            <translation>Signature: signed by someone else: %1 (SHA-256 %2…), not the registered superior office. You may still import it; it is recorded with the signer.</translation>
        </message>
        <message>
            <source>Signature: tampered — the signature does not match the workbook (%1). The plan is refused.</source>
            <translation>Signature: tampered — the signature does not match the workbook (%1). The plan is refused.</translation>
        </message>
        <message>
            <source>This plan is refused: it was changed after it was signed, or the signature is forged. Nothing was changed.</source>
            <translation>This plan is refused: it was changed after it was signed, or the signature is forged. Nothing was changed.</translation>
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
            <source>Warning: this plan is not signed by the registered superior office and would replace the plan that is. Importing it asks for your confirmation.</source>
            <translation>Warning: this plan is not signed by the registered superior office and would replace the plan that is. Importing it asks for your confirmation.</translation>
        </message>
        <message>
            <source>Check before importing:</source>
            <translation>Check before importing:</translation>
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
        <message>
            <source>This plan is not signed by the registered superior office, and it would replace the plan in force that is signed by it:

%1

Import it anyway?</source>
            <translation>This plan is not signed by the registered superior office, and it would replace the plan in force that is signed by it:

%1

Import it anyway?</translation>
        </message>
        <message>
            <source>Replace a signed plan?</source>
            <translation>Replace a signed plan?</translation>
        </message>
        <message>
            <source>plan code</source>
            <translation>plan code</translation>
        </message>
        <message>
            <source>version</source>
            <translation>version</translation>
        </message>
        <message>
            <source>plan title</source>
            <translation>plan title</translation>
        </message>
        <message>
            <source>issuing office</source>
            <translation>issuing office</translation>
        </message>
        <message>
            <source>year</source>
            <translation>year</translation>
        </message>
        <message>
            <source>receiving office</source>
            <translation>receiving office</translation>
        </message>
        <message>
            <source>data cut-off</source>
            <translation>data cut-off</translation>
        </message>
        <message>
            <source>document number</source>
            <translation>document number</translation>
        </message>
        <message>
            <source>issued on</source>
            <translation>issued on</translation>
        </message>
        <message>
            <source>in force from</source>
            <translation>in force from</translation>
        </message>
        <message>
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <source>level</source>
            <translation>level</translation>
        </message>
        <message>
            <source>commune's share</source>
            <translation>commune's share</translation>
        </message>
        <message>
            <source>kind of period</source>
            <translation>kind of period</translation>
        </message>
        <message>
            <source>due</source>
            <translation>due</translation>
        </message>
        <message>
            <source>cut-off</source>
            <translation>cut-off</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>kind</translation>
        </message>
        <message>
            <source>label</source>
            <translation>label</translation>
        </message>
        <message>
            <source>in use</source>
            <translation>in use</translation>
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
            <source>Register the office certificate…</source>
            <translation>Register the office certificate…</translation>
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
        <message>
            <source>Signature: not checked (imported before signed plans)</source>
            <translation>Signature: not checked (imported before signed plans)</translation>
        </message>
        <message>
            <source>Signature: signed by the registered superior office (%1)</source>
            <translation>Signature: signed by the registered superior office (%1)</translation>
        </message>
        <message>
            <source>Signature: unsigned — not signed by the superior office</source>
            <translation>Signature: unsigned — not signed by the superior office</translation>
        </message>
        <message>
            <source>Signature: signed by someone else (%1), not the registered superior office</source>
            <translation>Signature: signed by someone else (%1), not the registered superior office</translation>
        </message>
        <message>
            <source>(superior office's target)</source>
            <translation>(superior office's target)</translation>
        </message>
        <message>
            <source>(superior office's target; this commune's share: %1)</source>
            <translation>(superior office's target; this commune's share: %1)</translation>
        </message>
        <message>
            <source>Superior office certificate: %1 — SHA-256 %2</source>
            <translation>Superior office certificate: %1 — SHA-256 %2</translation>
        </message>
        <message>
            <source>No superior office certificate registered: signed plans and receipts cannot be recognised yet.</source>
            <translation>No superior office certificate registered: signed plans and receipts cannot be recognised yet.</translation>
        </message>
    </context>
    <context>
        <name>PopulationDialog</name>
        <message>
            <source>Enter a base figure</source>
            <translation>Enter a base figure</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>(all staff together)</source>
            <translation>(all staff together)</translation>
        </message>
        <message>
            <source>(all levels)</source>
            <translation>(all levels)</translation>
        </message>
        <message>
            <source>e.g. Report no. 12/BC-CA of 05/01/2026 of the commune police</source>
            <translation>e.g. Report no. 12/BC-CA of 05/01/2026 of the commune police</translation>
        </message>
        <message>
            <source>A figure of the same kind and date replaces the earlier one, which stays in the history. Shares of people are taken of the figure in force at the end of each report period.</source>
            <translation>A figure of the same kind and date replaces the earlier one, which stays in the history. Shares of people are taken of the figure in force at the end of each report period.</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>&amp;Population:</source>
            <translation>&amp;Population:</translation>
        </message>
        <message>
            <source>&amp;Role (staff):</source>
            <translation>&amp;Role (staff):</translation>
        </message>
        <message>
            <source>&amp;Level (staff):</source>
            <translation>&amp;Level (staff):</translation>
        </message>
        <message>
            <source>&amp;Number:</source>
            <translation>&amp;Number:</translation>
        </message>
        <message>
            <source>Figure as of &amp;date:</source>
            <translation>Figure as of &amp;date:</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Source:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ote:</translation>
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
        <name>Populations</name>
        <message>
            <source>Residents</source>
            <translation>Residents</translation>
        </message>
        <message>
            <source>Households</source>
            <translation>Households</translation>
        </message>
        <message>
            <source>Workers at prone businesses</source>
            <translation>Workers at prone businesses</translation>
        </message>
        <message>
            <source>Teachers</source>
            <translation>Teachers</translation>
        </message>
        <message>
            <source>Pupils</source>
            <translation>Pupils</translation>
        </message>
        <message>
            <source>Staff working on prostitution prevention</source>
            <translation>Staff working on prostitution prevention</translation>
        </message>
    </context>
    <context>
        <name>PopulationsView</name>
        <message>
            <source>Base figures</source>
            <translation>Base figures</translation>
        </message>
        <message>
            <source>Year </source>
            <translation>Year </translation>
        </message>
        <message>
            <source>Enter a figure…</source>
            <translation>Enter a figure…</translation>
        </message>
        <message>
            <source>Show the history</source>
            <translation>Show the history</translation>
        </message>
        <message>
            <source>Withdraw the figure…</source>
            <translation>Withdraw the figure…</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Population</translation>
        </message>
        <message>
            <source>Role, level</source>
            <translation>Role, level</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>As of</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Shares of people (staff trained, workers, teachers, pupils and residents reached) are taken of these figures: of the report's year, the latest dated on or before the end of its period. A missing figure is said, never counted as 0.</source>
            <translation>Shares of people (staff trained, workers, teachers, pupils and residents reached) are taken of these figures: of the report's year, the latest dated on or before the end of its period. A missing figure is said, never counted as 0.</translation>
        </message>
        <message>
            <source>replaced %1</source>
            <translation>replaced %1</translation>
        </message>
        <message>
            <source>in force on %1</source>
            <translation>in force on %1</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>from %1</translation>
        </message>
        <message>
            <source>earlier figure</source>
            <translation>earlier figure</translation>
        </message>
        <message>
            <source>not entered</source>
            <translation>not entered</translation>
        </message>
        <message>
            <source>Entered by %1 on %2</source>
            <translation>Entered by %1 on %2</translation>
        </message>
        <message>
            <source>Staff working on the task in force on %1: %2</source>
            <translation>Staff working on the task in force on %1: %2</translation>
        </message>
        <message>
            <source>Staff working on the task: not entered</source>
            <translation>Staff working on the task: not entered</translation>
        </message>
        <message>
            <source>Not entered for %1: %2</source>
            <translation>Not entered for %1: %2</translation>
        </message>
        <message>
            <source>Withdraw the figure</source>
            <translation>Withdraw the figure</translation>
        </message>
        <message>
            <source>Withdraw %1 = %2 (as of %3)? It stays in the history.</source>
            <translation>Withdraw %1 = %2 (as of %3)? It stays in the history.</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>{value} is not an indicator entered by hand</source>
            <translation>{value} is not an indicator entered by hand</translation>
        </message>
        <message>
            <source>unknown period {value}; expected e.g. 2026-Q3, 2026-H1, 2026-9M, 2026</source>
            <translation>unknown period {value}; expected e.g. 2026-Q3, 2026-H1, 2026-9M, 2026</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>is required</translation>
        </message>
        <message>
            <source>must be a number, 0 or more</source>
            <translation>must be a number, 0 or more</translation>
        </message>
        <message>
            <source>is a yes/no indicator: 1 for yes, 0 for no</source>
            <translation>is a yes/no indicator: 1 for yes, 0 for no</translation>
        </message>
        <message>
            <source>is required: the number the share is taken of</source>
            <translation>is required: the number the share is taken of</translation>
        </message>
        <message>
            <source>must be a whole number, 0 or more</source>
            <translation>must be a whole number, 0 or more</translation>
        </message>
        <message>
            <source>must not exceed the denominator ({value})</source>
            <translation>must not exceed the denominator ({value})</translation>
        </message>
        <message>
            <source>a yes/no indicator has no denominator</source>
            <translation>a yes/no indicator has no denominator</translation>
        </message>
        <message>
            <source>a count has no denominator</source>
            <translation>a count has no denominator</translation>
        </message>
        <message>
            <source>the denominator is the population {value} entered apart (population set); leave it out</source>
            <translation>the denominator is the population {value} entered apart (population set); leave it out</translation>
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
            <source>unknown team or group {value}</source>
            <translation>unknown team or group {value}</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>must be a whole number</translation>
        </message>
        <message>
            <source>must be a year between 2000 and next year</source>
            <translation>must be a year between 2000 and next year</translation>
        </message>
        <message>
            <source>give both role and level, or neither for all staff together</source>
            <translation>give both role and level, or neither for all staff together</translation>
        </message>
        <message>
            <source>only staff are entered by role and level</source>
            <translation>only staff are entered by role and level</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>must not be negative</translation>
        </message>
        <message>
            <source>must not be in the future</source>
            <translation>must not be in the future</translation>
        </message>
        <message>
            <source>must lie in {year} or the year before</source>
            <translation>must lie in {year} or the year before</translation>
        </message>
        <message>
            <source>is required: say where the figure comes from</source>
            <translation>is required: say where the figure comes from</translation>
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
            <source>; did you mean '{name}'?</source>
            <translation>; did you mean '{name}'?</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>expected {expected}; found {found}{hint}</source>
            <translation>expected {expected}; found {found}{hint}</translation>
        </message>
        <message>
            <source>an empty cell</source>
            <translation>an empty cell</translation>
        </message>
        <message>
            <source>the date {date}</source>
            <translation>the date {date}</translation>
        </message>
        <message>
            <source>{value}% (a cell formatted as percent)</source>
            <translation>{value}% (a cell formatted as percent)</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <source>one of the sheets {sheets} or cat_&lt;catalogue&gt;</source>
            <translation>one of the sheets {sheets} or cat_&lt;catalogue&gt;</translation>
        </message>
        <message>
            <source>an unknown sheet</source>
            <translation>an unknown sheet</translation>
        </message>
        <message>
            <source>this sheet</source>
            <translation>this sheet</translation>
        </message>
        <message>
            <source>no sheet of that name</source>
            <translation>no sheet of that name</translation>
        </message>
        <message>
            <source>at most {rows} rows and {columns} columns</source>
            <translation>at most {rows} rows and {columns} columns</translation>
        </message>
        <message>
            <source>{rows} rows and {columns} columns</source>
            <translation>{rows} rows and {columns} columns</translation>
        </message>
        <message>
            <source>the header row with column names</source>
            <translation>the header row with column names</translation>
        </message>
        <message>
            <source>an empty row</source>
            <translation>an empty row</translation>
        </message>
        <message>
            <source>each column once</source>
            <translation>each column once</translation>
        </message>
        <message>
            <source>it a second time</source>
            <translation>it a second time</translation>
        </message>
        <message>
            <source>a known column name ({names})</source>
            <translation>a known column name ({names})</translation>
        </message>
        <message>
            <source>the column '{column}'</source>
            <translation>the column '{column}'</translation>
        </message>
        <message>
            <source>no such column</source>
            <translation>no such column</translation>
        </message>
        <message>
            <source>a typed value (formulas are not allowed; type the value itself)</source>
            <translation>a typed value (formulas are not allowed; type the value itself)</translation>
        </message>
        <message>
            <source>the formula {formula}</source>
            <translation>the formula {formula}</translation>
        </message>
        <message>
            <source>a text</source>
            <translation>a text</translation>
        </message>
        <message>
            <source>at most {limit} characters</source>
            <translation>at most {limit} characters</translation>
        </message>
        <message>
            <source>{count} characters</source>
            <translation>{count} characters</translation>
        </message>
        <message>
            <source>a whole number from {low} to {high}</source>
            <translation>a whole number from {low} to {high}</translation>
        </message>
        <message>
            <source>a date (a real date cell, or dd/mm/yyyy or dd/mm text)</source>
            <translation>a date (a real date cell, or dd/mm/yyyy or dd/mm text)</translation>
        </message>
        <message>
            <source>a value</source>
            <translation>a value</translation>
        </message>
        <message>
            <source>a percentage such as 30 or 30%</source>
            <translation>a percentage such as 30 or 30%</translation>
        </message>
        <message>
            <source>a whole number such as 60</source>
            <translation>a whole number such as 60</translation>
        </message>
        <message>
            <source> (a bare value of 1 or less in a percent column is ambiguous: write 1% or 100%, 0.5% or 50%)</source>
            <translation> (a bare value of 1 or less in a percent column is ambiguous: write 1% or 100%, 0.5% or 50%)</translation>
        </message>
        <message>
            <source>a percentage from 0% to 100%</source>
            <translation>a percentage from 0% to 100%</translation>
        </message>
        <message>
            <source>a whole number of 0 or more (unit is count)</source>
            <translation>a whole number of 0 or more (unit is count)</translation>
        </message>
        <message>
            <source>text without characters that cannot be seen</source>
            <translation>text without characters that cannot be seen</translation>
        </message>
        <message>
            <source>{char} at position {position}</source>
            <translation>{char} at position {position}</translation>
        </message>
        <message>
            <source>exactly one row of values under the header</source>
            <translation>exactly one row of values under the header</translation>
        </message>
        <message>
            <source>letters, digits, '.', '_' or '-' without spaces or diacritics</source>
            <translation>letters, digits, '.', '_' or '-' without spaces or diacritics</translation>
        </message>
        <message>
            <source>'calendar' or a day from 2 to 28 such as 15</source>
            <translation>'calendar' or a day from 2 to 28 such as 15</translation>
        </message>
        <message>
            <source>a date in {year}</source>
            <translation>a date in {year}</translation>
        </message>
        <message>
            <source>at least one target</source>
            <translation>at least one target</translation>
        </message>
        <message>
            <source>a code not used before (row {earlier} has it)</source>
            <translation>a code not used before (row {earlier} has it)</translation>
        </message>
        <message>
            <source>an indicator code of the catalogue (see docs/plan-template.md)</source>
            <translation>an indicator code of the catalogue (see docs/plan-template.md)</translation>
        </message>
        <message>
            <source>one of &gt;=, &lt;=, =</source>
            <translation>one of &gt;=, &lt;=, =</translation>
        </message>
        <message>
            <source>% or count</source>
            <translation>% or count</translation>
        </message>
        <message>
            <source>{units} for indicator {indicator}</source>
            <translation>{units} for indicator {indicator}</translation>
        </message>
        <message>
            <source>year, half or quarter</source>
            <translation>year, half or quarter</translation>
        </message>
        <message>
            <source>commune, office or an empty cell</source>
            <translation>commune, office or an empty cell</translation>
        </message>
        <message>
            <source>an empty cell (a commune quota belongs to a target of level office)</source>
            <translation>an empty cell (a commune quota belongs to a target of level office)</translation>
        </message>
        <message>
            <source>at least one reporting deadline</source>
            <translation>at least one reporting deadline</translation>
        </message>
        <message>
            <source>a date (dd/mm) or a rule such as 'day 10 of last month of quarter'</source>
            <translation>a date (dd/mm) or a rule such as 'day 10 of last month of quarter'</translation>
        </message>
        <message>
            <source>a date in {year} or early {next_year}</source>
            <translation>a date in {year} or early {next_year}</translation>
        </message>
        <message>
            <source>one deadline per period (row {earlier} already sets {period})</source>
            <translation>one deadline per period (row {earlier} already sets {period})</translation>
        </message>
        <message>
            <source>a date (dd/mm), a rule such as 'day 14 of last month of period', a day from 2 to 28, 'calendar' or an empty cell</source>
            <translation>a date (dd/mm), a rule such as 'day 14 of last month of period', a day from 2 to 28, 'calendar' or an empty cell</translation>
        </message>
        <message>
            <source>section or recipient</source>
            <translation>section or recipient</translation>
        </message>
        <message>
            <source>letters, digits, '_', '.', '-' without spaces or diacritics</source>
            <translation>letters, digits, '_', '.', '-' without spaces or diacritics</translation>
        </message>
        <message>
            <source>1 or 0</source>
            <translation>1 or 0</translation>
        </message>
        <message>
            <source>a date (a real date cell, or dd/mm/yyyy text)</source>
            <translation>a date (a real date cell, or dd/mm/yyyy text)</translation>
        </message>
        <message>
            <source>one letter (a, b, c …)</source>
            <translation>one letter (a, b, c …)</translation>
        </message>
        <message>
            <source>both fine_min and fine_max, or neither</source>
            <translation>both fine_min and fine_max, or neither</translation>
        </message>
        <message>
            <source>a fine_max not below fine_min</source>
            <translation>a fine_max not below fine_min</translation>
        </message>
        <message>
            <source>codes of the catalogue {catalogue} joined by ';'</source>
            <translation>codes of the catalogue {catalogue} joined by ';'</translation>
        </message>
        <message>
            <source>a date not before valid_from</source>
            <translation>a date not before valid_from</translation>
        </message>
        <message>
            <source>'crime' or 'administrative'</source>
            <translation>'crime' or 'administrative'</translation>
        </message>
        <message>
            <source>at least one entry</source>
            <translation>at least one entry</translation>
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
            <source>profile must be a JSON object</source>
            <translation>profile must be a JSON object</translation>
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
            <source>duplicate code {value}</source>
            <translation>duplicate code {value}</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>must be true or false</translation>
        </message>
        <message>
            <source>the signer signs every report: name them, or tick “complete later”</source>
            <translation>the signer signs every report: name them, or tick “complete later”</translation>
        </message>
        <message>
            <source>reports are addressed to it: name it, or tick “complete later”</source>
            <translation>reports are addressed to it: name it, or tick “complete later”</translation>
        </message>
        <message>
            <source>add at least one residential unit (thôn, tổ dân phố), or tick “complete later”</source>
            <translation>add at least one residential unit (thôn, tổ dân phố), or tick “complete later”</translation>
        </message>
        <message>
            <source>duplicate code '{value}'</source>
            <translation>duplicate code '{value}'</translation>
        </message>
        <message>
            <source>sheet {sheet}, row {row}, column {column} (cell {ref})</source>
            <translation>sheet {sheet}, row {row}, column {column} (cell {ref})</translation>
        </message>
        <message>
            <source>sheet {sheet}, row {row}, column {column}</source>
            <translation>sheet {sheet}, row {row}, column {column}</translation>
        </message>
        <message>
            <source>sheet {sheet}, row {row}, column {column} ({name})</source>
            <translation>sheet {sheet}, row {row}, column {column} ({name})</translation>
        </message>
        <message>
            <source>sheet {sheet}, row {row}</source>
            <translation>sheet {sheet}, row {row}</translation>
        </message>
        <message>
            <source>must be one of {value}</source>
            <translation>must be one of {value}</translation>
        </message>
        <message>
            <source>the signer's certificate is not in the office trust list</source>
            <translation>the signer's certificate is not in the office trust list</translation>
        </message>
        <message>
            <source>the certificate is registered for unit {registered}, the package says {claimed}</source>
            <translation>the certificate is registered for unit {registered}, the package says {claimed}</translation>
        </message>
        <message>
            <source>signed after the certificate was replaced ({reason})</source>
            <translation>signed after the certificate was replaced ({reason})</translation>
        </message>
        <message>
            <source>the certificate was revoked: {reason}</source>
            <translation>the certificate was revoked: {reason}</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>no reason given</translation>
        </message>
        <message>
            <source>the certificate is no longer trusted</source>
            <translation>the certificate is no longer trusted</translation>
        </message>
        <message>
            <source>{check} [{file}]: {message}</source>
            <translation>{check} [{file}]: {message}</translation>
        </message>
        <message>
            <source>{check}: {message}</source>
            <translation>{check}: {message}</translation>
        </message>
        <message>
            <source>the package carries demo data (Demo-Data: yes); it is never counted</source>
            <translation>the package carries demo data (Demo-Data: yes); it is never counted</translation>
        </message>
        <message>
            <source>revision {revision} of this unit and period was already received with another content (SHA-256 {sha}…); ask the unit which is right</source>
            <translation>revision {revision} of this unit and period was already received with another content (SHA-256 {sha}…); ask the unit which is right</translation>
        </message>
        <message>
            <source>revision {revision} of this unit and period is already filed</source>
            <translation>revision {revision} of this unit and period is already filed</translation>
        </message>
        <message>
            <source>supersedes revision(s) {revisions}</source>
            <translation>supersedes revision(s) {revisions}</translation>
        </message>
        <message>
            <source>{state}: {reason}</source>
            <translation>{state}: {reason}</translation>
        </message>
        <message>
            <source>(recorded earlier) {reason}</source>
            <translation>(recorded earlier) {reason}</translation>
        </message>
        <message>
            <source>same content as {source} already recorded</source>
            <translation>same content as {source} already recorded</translation>
        </message>
        <message>
            <source>same content as a package already recorded</source>
            <translation>same content as a package already recorded</translation>
        </message>
        <message>
            <source>same signed content as {source} already recorded (another zip of the same signed package)</source>
            <translation>same signed content as {source} already recorded (another zip of the same signed package)</translation>
        </message>
        <message>
            <source>{reason}, which was rejected: {earlier}</source>
            <translation>{reason}, which was rejected: {earlier}</translation>
        </message>
        <message>
            <source>zip [{size} bytes]: larger than the {limit} bytes a package may have; recorded, not copied</source>
            <translation>zip [{size} bytes]: larger than the {limit} bytes a package may have; recorded, not copied</translation>
        </message>
        <message>
            <source>note: it supersedes a package this office never received (SHA-256 {sha}…)</source>
            <translation>note: it supersedes a package this office never received (SHA-256 {sha}…)</translation>
        </message>
        <message>
            <source>cannot read the file ({detail})</source>
            <translation>cannot read the file ({detail})</translation>
        </message>
        <message>
            <source>in the {origin}</source>
            <translation>in the {origin}</translation>
        </message>
        <message>
            <source>the period {period} was signed (revision {revision}); amend it to change its records</source>
            <translation>the period {period} was signed (revision {revision}); amend it to change its records</translation>
        </message>
        <message>
            <source>unknown residential unit {value}</source>
            <translation>unknown residential unit {value}</translation>
        </message>
        <message>
            <source>is longer than {limit} characters</source>
            <translation>is longer than {limit} characters</translation>
        </message>
        <message>
            <source>looks like text in the legacy {kind} encoding; retype it in Unicode</source>
            <translation>looks like text in the legacy {kind} encoding; retype it in Unicode</translation>
        </message>
        <message>
            <source>must be a date</source>
            <translation>must be a date</translation>
        </message>
        <message>
            <source>must not be before {other}</source>
            <translation>must not be before {other}</translation>
        </message>
        <message>
            <source>unknown code {value} (catalogue {catalogue})</source>
            <translation>unknown code {value} (catalogue {catalogue})</translation>
        </message>
        <message>
            <source>a unit cannot be merged into itself</source>
            <translation>a unit cannot be merged into itself</translation>
        </message>
        <message>
            <source>name the units the split makes</source>
            <translation>name the units the split makes</translation>
        </message>
        <message>
            <source>a unit cannot be split into itself</source>
            <translation>a unit cannot be split into itself</translation>
        </message>
        <message>
            <source>only a split names successor units</source>
            <translation>only a split names successor units</translation>
        </message>
        <message>
            <source>role and level given twice</source>
            <translation>role and level given twice</translation>
        </message>
        <message>
            <source>is required: persons trained for the first time this year (0 if all were trained earlier this year)</source>
            <translation>is required: persons trained for the first time this year (0 if all were trained earlier this year)</translation>
        </message>
        <message>
            <source>persons trained for the first time ({value}) cannot exceed the attendances</source>
            <translation>persons trained for the first time ({value}) cannot exceed the attendances</translation>
        </message>
        <message>
            <source>is larger than the number of workers</source>
            <translation>is larger than the number of workers</translation>
        </message>
        <message>
            <source>unknown business {value}</source>
            <translation>unknown business {value}</translation>
        </message>
        <message>
            <source>unknown hotspot {value}</source>
            <translation>unknown hotspot {value}</translation>
        </message>
        <message>
            <source>a recognition decision goes with a result that meets the standard ({value})</source>
            <translation>a recognition decision goes with a result that meets the standard ({value})</translation>
        </message>
        <message>
            <source>must not be after the decision date</source>
            <translation>must not be after the decision date</translation>
        </message>
        <message>
            <source>must be digits only</source>
            <translation>must be digits only</translation>
        </message>
        <message>
            <source>must be empty for an organisation</source>
            <translation>must be empty for an organisation</translation>
        </message>
        <message>
            <source>is needed: it decides whether NĐ 144/2021 or NĐ 282/2025 applies (NĐ 282/2025 Điều 70)</source>
            <translation>is needed: it decides whether NĐ 144/2021 or NĐ 282/2025 applies (NĐ 282/2025 Điều 70)</translation>
        </message>
        <message>
            <source>act given twice</source>
            <translation>act given twice</translation>
        </message>
        <message>
            <source>{act} ({decree}) does not apply to an act that ended on {day}: choose an act of the decree in force that day (NĐ 282/2025 Điều 70)</source>
            <translation>{act} ({decree}) does not apply to an act that ended on {day}: choose an act of the decree in force that day (NĐ 282/2025 Điều 70)</translation>
        </message>
        <message>
            <source>several acts make one decision only under Điều 32–33 (mua dâm, bán dâm); record the other acts as separate cases</source>
            <translation>several acts make one decision only under Điều 32–33 (mua dâm, bán dâm); record the other acts as separate cases</translation>
        </message>
        <message>
            <source>must be the most serious act of the decision ({act}, {reference}): acts found together under Điều 32–33 are fined once, in its bracket; list the others as further acts with no fine</source>
            <translation>must be the most serious act of the decision ({act}, {reference}): acts found together under Điều 32–33 are fined once, in its bracket; list the others as further acts with no fine</translation>
        </message>
        <message>
            <source>{act} is a crime ({decree}, Điều {article}): it is not fined; record the case as referred to the police or investigators</source>
            <translation>{act} is a crime ({decree}, Điều {article}): it is not fined; record the case as referred to the police or investigators</translation>
        </message>
        <message>
            <source>a warning is not provided for {act}{reference}</source>
            <translation>a warning is not provided for {act}{reference}</translation>
        </message>
        <message>
            <source>must be 0 with a warning</source>
            <translation>must be 0 with a warning</translation>
        </message>
        <message>
            <source>must be 0: a transferred or referred case carries no fine (the competent level decides)</source>
            <translation>must be 0: a transferred or referred case carries no fine (the competent level decides)</translation>
        </message>
        <message>
            <source>is more than a year after the act ended: the time limit for a penalty has passed</source>
            <translation>is more than a year after the act ended: the time limit for a penalty has passed</translation>
        </message>
        <message>
            <source>a fine must be more than 0 (a warning is its own outcome)</source>
            <translation>a fine must be more than 0 (a warning is its own outcome)</translation>
        </message>
        <message>
            <source>must lie between {low} and {high} đồng for {act} ({reference}), doubled for an organisation</source>
            <translation>must lie between {low} and {high} đồng for {act} ({reference}), doubled for an organisation</translation>
        </message>
        <message>
            <source>must lie between {low} and {high} đồng for {act} ({reference})</source>
            <translation>must lie between {low} and {high} đồng for {act} ({reference})</translation>
        </message>
        <message>
            <source>must be 0: acts found together under Điều 32–33 are fined once, in the bracket of the most serious of them ({act}, {reference}), with “vi phạm nhiều lần” as an aggravating circumstance</source>
            <translation>must be 0: acts found together under Điều 32–33 are fined once, in the bracket of the most serious of them ({act}, {reference}), with “vi phạm nhiều lần” as an aggravating circumstance</translation>
        </message>
        <message>
            <source>{reference} {decree} ({act}: up to {high} đồng for an organisation) is beyond the commune's competence ({limit} đồng, {source}): record the case as transferred to the competent level</source>
            <translation>{reference} {decree} ({act}: up to {high} đồng for an organisation) is beyond the commune's competence ({limit} đồng, {source}): record the case as transferred to the competent level</translation>
        </message>
        <message>
            <source>{reference} {decree} ({act}: up to {high} đồng) is beyond the commune's competence ({limit} đồng, {source}): record the case as transferred to the competent level</source>
            <translation>{reference} {decree} ({act}: up to {high} đồng) is beyond the commune's competence ({limit} đồng, {source}): record the case as transferred to the competent level</translation>
        </message>
        <message>
            <source>is decided by the level the case goes to: leave it empty for a transferred or referred case</source>
            <translation>is decided by the level the case goes to: leave it empty for a transferred or referred case</translation>
        </message>
        <message>
            <source>{value} is not provided for this act</source>
            <translation>{value} is not provided for this act</translation>
        </message>
        <message>
            <source>{value} is never decided by a commune: record the case as transferred</source>
            <translation>{value} is never decided by a commune: record the case as transferred</translation>
        </message>
        <message>
            <source>must be a year between 2000 and this year</source>
            <translation>must be a year between 2000 and this year</translation>
        </message>
        <message>
            <source>criterion given twice</source>
            <translation>criterion given twice</translation>
        </message>
        <message>
            <source>unknown criterion {value}</source>
            <translation>unknown criterion {value}</translation>
        </message>
        <message>
            <source>certificate file {path} does not exist</source>
            <translation>certificate file {path} does not exist</translation>
        </message>
        <message>
            <source>the archive is damaged ({detail})</source>
            <translation>the archive is damaged ({detail})</translation>
        </message>
        <message>
            <source>{count} files, safe names and sizes</source>
            <translation>{count} files, safe names and sizes</translation>
        </message>
        <message>
            <source>is a symbolic link</source>
            <translation>is a symbolic link</translation>
        </message>
        <message>
            <source>is not a regular file (a pipe or a device)</source>
            <translation>is not a regular file (a pipe or a device)</translation>
        </message>
        <message>
            <source>cannot be checked ({detail})</source>
            <translation>cannot be checked ({detail})</translation>
        </message>
        <message>
            <source>the bag is larger than {limit} bytes</source>
            <translation>the bag is larger than {limit} bytes</translation>
        </message>
        <message>
            <source>no bagit.txt: the package is not one BagIt bag</source>
            <translation>no bagit.txt: the package is not one BagIt bag</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>is not UTF-8 text</translation>
        </message>
        <message>
            <source>line {number} is malformed or repeats a file</source>
            <translation>line {number} is malformed or repeats a file</translation>
        </message>
        <message>
            <source>is listed in the manifest but missing from the package</source>
            <translation>is listed in the manifest but missing from the package</translation>
        </message>
        <message>
            <source>checksum does not match (the file was changed)</source>
            <translation>checksum does not match (the file was changed)</translation>
        </message>
        <message>
            <source>is not a BagIt 1.0 declaration in UTF-8</source>
            <translation>is not a BagIt 1.0 declaration in UTF-8</translation>
        </message>
        <message>
            <source>is missing from the package</source>
            <translation>is missing from the package</translation>
        </message>
        <message>
            <source>the payload manifest lists a file outside data/</source>
            <translation>the payload manifest lists a file outside data/</translation>
        </message>
        <message>
            <source>is in data/ but not in the manifest (a file was added)</source>
            <translation>is in data/ but not in the manifest (a file was added)</translation>
        </message>
        <message>
            <source>is not covered by the tag manifest, so not by the signature</source>
            <translation>is not covered by the tag manifest, so not by the signature</translation>
        </message>
        <message>
            <source>lists payload files or itself</source>
            <translation>lists payload files or itself</translation>
        </message>
        <message>
            <source>is a tag file that the tag manifest does not list</source>
            <translation>is a tag file that the tag manifest does not list</translation>
        </message>
        <message>
            <source>missing {labels}</source>
            <translation>missing {labels}</translation>
        </message>
        <message>
            <source>Payload-Oxum says {oxum}, the payload is {actual} (octets.files)</source>
            <translation>Payload-Oxum says {oxum}, the payload is {actual} (octets.files)</translation>
        </message>
        <message>
            <source>over {member}: {detail}</source>
            <translation>over {member}: {detail}</translation>
        </message>
        <message>
            <source>valid over {member}, signed by {signer}</source>
            <translation>valid over {member}, signed by {signer}</translation>
        </message>
        <message>
            <source>the signer's certificate is in the trust list</source>
            <translation>the signer's certificate is in the trust list</translation>
        </message>
        <message>
            <source>the signer's certificate ({fingerprint}) is not in the trust list</source>
            <translation>the signer's certificate ({fingerprint}) is not in the trust list</translation>
        </message>
        <message>
            <source>the certificate is for unit code {code}, bag-info.txt says {claimed}</source>
            <translation>the certificate is for unit code {code}, bag-info.txt says {claimed}</translation>
        </message>
        <message>
            <source>the signature carries no signing time</source>
            <translation>the signature carries no signing time</translation>
        </message>
        <message>
            <source>signed {when} UTC, before the certificate's validity began ({day}); the signing time is the signer's own claim: offline there is no timestamp authority to confirm it</source>
            <translation>signed {when} UTC, before the certificate's validity began ({day}); the signing time is the signer's own claim: offline there is no timestamp authority to confirm it</translation>
        </message>
        <message>
            <source>signed {when} UTC, after the certificate expired ({day}); the signing time is the signer's own claim: offline there is no timestamp authority to confirm it</source>
            <translation>signed {when} UTC, after the certificate expired ({day}); the signing time is the signer's own claim: offline there is no timestamp authority to confirm it</translation>
        </message>
        <message>
            <source>signed {when} UTC, which is in the future; the signing time is the signer's own claim: offline there is no timestamp authority to confirm it</source>
            <translation>signed {when} UTC, which is in the future; the signing time is the signer's own claim: offline there is no timestamp authority to confirm it</translation>
        </message>
        <message>
            <source>signed {when} UTC, within the certificate's validity; the signing time is the signer's own claim: offline there is no timestamp authority to confirm it</source>
            <translation>signed {when} UTC, within the certificate's validity; the signing time is the signer's own claim: offline there is no timestamp authority to confirm it</translation>
        </message>
        <message>
            <source>is not valid UTF-8 JSON ({detail})</source>
            <translation>is not valid UTF-8 JSON ({detail})</translation>
        </message>
        <message>
            <source>schema is {schema} v{version}, expected {expected} v{expected_version}</source>
            <translation>schema is {schema} v{version}, expected {expected} v{expected_version}</translation>
        </message>
        <message>
            <source>{key} is {ours} but bag-info.txt says {theirs}</source>
            <translation>{key} is {ours} but bag-info.txt says {theirs}</translation>
        </message>
        <message>
            <source>indicators must be a list of objects with a code</source>
            <translation>indicators must be a list of objects with a code</translation>
        </message>
        <message>
            <source>files lists {name}, which is not in data/</source>
            <translation>files lists {name}, which is not in data/</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>unreadable</translation>
        </message>
        <message>
            <source>is not a report package: none of {names} is in it (neither at its top nor in the one folder inside)</source>
            <translation>is not a report package: none of {names} is in it (neither at its top nor in the one folder inside)</translation>
        </message>
        <message>
            <source>column {column} appears twice</source>
            <translation>column {column} appears twice</translation>
        </message>
        <message>
            <source>unknown column {column}</source>
            <translation>unknown column {column}</translation>
        </message>
        <message>
            <source>column {column} is missing</source>
            <translation>column {column} is missing</translation>
        </message>
        <message>
            <source>sheet {sheet} has more than {count} rows</source>
            <translation>sheet {sheet} has more than {count} rows</translation>
        </message>
        <message>
            <source>the workbook has no _profile sheet: it is not a CommuneDesk records workbook</source>
            <translation>the workbook has no _profile sheet: it is not a CommuneDesk records workbook</translation>
        </message>
        <message>
            <source>the _profile sheet names no unit (row 3 is empty)</source>
            <translation>the _profile sheet names no unit (row 3 is empty)</translation>
        </message>
        <message>
            <source>the workbook belongs to unit {code} ({name}); this database belongs to {own_code} ({own_name}): nothing was imported</source>
            <translation>the workbook belongs to unit {code} ({name}); this database belongs to {own_code} ({own_name}): nothing was imported</translation>
        </message>
        <message>
            <source>code and name are required</source>
            <translation>code and name are required</translation>
        </message>
        <message>
            <source>business code {value} is already used in the database</source>
            <translation>business code {value} is already used in the database</translation>
        </message>
        <message>
            <source>business code {value} is already used above</source>
            <translation>business code {value} is already used above</translation>
        </message>
        <message>
            <source>hotspot code {value} is already used in the database</source>
            <translation>hotspot code {value} is already used in the database</translation>
        </message>
        <message>
            <source>hotspot code {value} is already used above</source>
            <translation>hotspot code {value} is already used above</translation>
        </message>
        <message>
            <source>decision number in its year {value} is already used in the database</source>
            <translation>decision number in its year {value} is already used in the database</translation>
        </message>
        <message>
            <source>decision number in its year {value} is already used above</source>
            <translation>decision number in its year {value} is already used above</translation>
        </message>
        <message>
            <source>assessment year {value} is already used in the database</source>
            <translation>assessment year {value} is already used in the database</translation>
        </message>
        <message>
            <source>assessment year {value} is already used above</source>
            <translation>assessment year {value} is already used above</translation>
        </message>
        <message>
            <source>model code {value} is already used in the database</source>
            <translation>model code {value} is already used in the database</translation>
        </message>
        <message>
            <source>model code {value} is already used above</source>
            <translation>model code {value} is already used above</translation>
        </message>
        <message>
            <source>team code {value} is already used in the database</source>
            <translation>team code {value} is already used in the database</translation>
        </message>
        <message>
            <source>team code {value} is already used above</source>
            <translation>team code {value} is already used above</translation>
        </message>
        <message>
            <source>figures of model and quarter {value} are already in the database</source>
            <translation>figures of model and quarter {value} are already in the database</translation>
        </message>
        <message>
            <source>figures of model and quarter {value} are already given above</source>
            <translation>figures of model and quarter {value} are already given above</translation>
        </message>
        <message>
            <source>{name} was already imported on {when} ({count} records); importing it again would add its records twice: import it again only if that is what you want (--again)</source>
            <translation>{name} was already imported on {when} ({count} records); importing it again would add its records twice: import it again only if that is what you want (--again)</translation>
        </message>
        <message>
            <source>the import was cancelled; nothing was imported</source>
            <translation>the import was cancelled; nothing was imported</translation>
        </message>
        <message>
            <source>unknown sheet (ignored)</source>
            <translation>unknown sheet (ignored)</translation>
        </message>
        <message>
            <source>{value} is not a real date</source>
            <translation>{value} is not a real date</translation>
        </message>
        <message>
            <source>must be a date (dd/mm/yyyy), not {value}</source>
            <translation>must be a date (dd/mm/yyyy), not {value}</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>must be a number</translation>
        </message>
        <message>
            <source>must be a whole number, not {value}</source>
            <translation>must be a whole number, not {value}</translation>
        </message>
        <message>
            <source>must be a number, not text {value}</source>
            <translation>must be a number, not text {value}</translation>
        </message>
        <message>
            <source>must be 'có' or 'không', not {value}</source>
            <translation>must be 'có' or 'không', not {value}</translation>
        </message>
        <message>
            <source>must be text, not a date</source>
            <translation>must be text, not a date</translation>
        </message>
        <message>
            <source>holds a character that cannot be seen ({char}) at position {position}; delete it and type the text again</source>
            <translation>holds a character that cannot be seen ({char}) at position {position}; delete it and type the text again</translation>
        </message>
        <message>
            <source>must be act=amount pairs separated by ';' (e.g. nd282_d32_k2=2500000), not {value}</source>
            <translation>must be act=amount pairs separated by ';' (e.g. nd282_d32_k2=2500000), not {value}</translation>
        </message>
        <message>
            <source>the workbook has no sheet {sheet}</source>
            <translation>the workbook has no sheet {sheet}</translation>
        </message>
        <message>
            <source>the header row must be 1 or more</source>
            <translation>the header row must be 1 or more</translation>
        </message>
        <message>
            <source>row {row} of sheet {sheet} is empty: choose the row that holds the column headers</source>
            <translation>row {row} of sheet {sheet} is empty: choose the row that holds the column headers</translation>
        </message>
        <message>
            <source>no column is matched to the required field {field}</source>
            <translation>no column is matched to the required field {field}</translation>
        </message>
        <message>
            <source>set up the commune profile before importing records</source>
            <translation>set up the commune profile before importing records</translation>
        </message>
        <message>
            <source>a total row: skipped</source>
            <translation>a total row: skipped</translation>
        </message>
        <message>
            <source>the receipt is not a JSON object</source>
            <translation>the receipt is not a JSON object</translation>
        </message>
        <message>
            <source>expected {schema}</source>
            <translation>expected {schema}</translation>
        </message>
        <message>
            <source>version {version} is not supported (1 expected)</source>
            <translation>version {version} is not supported (1 expected)</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>expected 64 lower-case hex digits</source>
            <translation>expected 64 lower-case hex digits</translation>
        </message>
        <message>
            <source>expected a whole number from 1</source>
            <translation>expected a whole number from 1</translation>
        </message>
        <message>
            <source>expected one of {values}</source>
            <translation>expected one of {values}</translation>
        </message>
        <message>
            <source>missing office identity</source>
            <translation>missing office identity</translation>
        </message>
        <message>
            <source>missing date</source>
            <translation>missing date</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>expected a list</translation>
        </message>
        <message>
            <source>expected an indicator code and a text of at most 2000 characters</source>
            <translation>expected an indicator code and a text of at most 2000 characters</translation>
        </message>
        <message>
            <source>status {status}: expected {values}</source>
            <translation>status {status}: expected {values}</translation>
        </message>
        <message>
            <source>package {package} does not exist</source>
            <translation>package {package} does not exist</translation>
        </message>
        <message>
            <source>{name}: not a readable report package; no receipt written</source>
            <translation>{name}: not a readable report package; no receipt written</translation>
        </message>
        <message>
            <source>{name} (SHA-256 {sha}…) was not taken in on this desk; run 'office intake' on it first</source>
            <translation>{name} (SHA-256 {sha}…) was not taken in on this desk; run 'office intake' on it first</translation>
        </message>
        <message>
            <source>{name} was kept aside at intake ({state}: {reason}); a receipt for it can only say --status issues</source>
            <translation>{name} was kept aside at intake ({state}: {reason}); a receipt for it can only say --status issues</translation>
        </message>
        <message>
            <source>{name}: the receipt cannot be read ({detail}); it is refused</source>
            <translation>{name}: the receipt cannot be read ({detail}); it is refused</translation>
        </message>
        <message>
            <source>{name}: the signature does not check out ({detail}); the receipt was altered or forged and is refused</source>
            <translation>{name}: the signature does not check out ({detail}); the receipt was altered or forged and is refused</translation>
        </message>
        <message>
            <source>{name}: receipt.json is not UTF-8 JSON</source>
            <translation>{name}: receipt.json is not UTF-8 JSON</translation>
        </message>
        <message>
            <source>{name}: the receipt is for a package this commune did not make (SHA-256 {sha}…, {unit} {period} revision {revision}); the receipt is refused</source>
            <translation>{name}: the receipt is for a package this commune did not make (SHA-256 {sha}…, {unit} {period} revision {revision}); the receipt is refused</translation>
        </message>
        <message>
            <source>{name}: the receipt says {period} revision {revision}, but that package is {own_period} revision {own_revision} here; the receipt is refused</source>
            <translation>{name}: the receipt says {period} revision {revision}, but that package is {own_period} revision {own_revision} here; the receipt is refused</translation>
        </message>
        <message>
            <source>{name}: cannot be read ({detail})</source>
            <translation>{name}: cannot be read ({detail})</translation>
        </message>
        <message>
            <source>{name}: is a symbolic link, not a file; choose the file itself</source>
            <translation>{name}: is a symbolic link, not a file; choose the file itself</translation>
        </message>
        <message>
            <source>{name}: is not a regular file</source>
            <translation>{name}: is not a regular file</translation>
        </message>
        <message>
            <source>{name}: expected a file ending in {values}</source>
            <translation>{name}: expected a file ending in {values}</translation>
        </message>
        <message>
            <source>{name}: the file is empty</source>
            <translation>{name}: the file is empty</translation>
        </message>
        <message>
            <source>{name}: {st_size} bytes is more than the {max_bytes} bytes allowed</source>
            <translation>{name}: {st_size} bytes is more than the {max_bytes} bytes allowed</translation>
        </message>
        <message>
            <source>{name}: more than the {max_bytes} bytes allowed</source>
            <translation>{name}: more than the {max_bytes} bytes allowed</translation>
        </message>
        <message>
            <source>{name}: the backup is truncated or damaged ({size} bytes is not a whole number of database pages); use another backup</source>
            <translation>{name}: the backup is truncated or damaged ({size} bytes is not a whole number of database pages); use another backup</translation>
        </message>
        <message>
            <source>{name}: not a CommuneDesk backup, or a truncated copy of an encrypted one ({size} bytes is not a whole number of database pages); use another backup</source>
            <translation>{name}: not a CommuneDesk backup, or a truncated copy of an encrypted one ({size} bytes is not a whole number of database pages); use another backup</translation>
        </message>
        <message>
            <source>{name}, entry '{filename}'</source>
            <translation>{name}, entry '{filename}'</translation>
        </message>
        <message>
            <source>has an empty or overlong name</source>
            <translation>has an empty or overlong name</translation>
        </message>
        <message>
            <source>has control characters in its name</source>
            <translation>has control characters in its name</translation>
        </message>
        <message>
            <source>has an absolute path</source>
            <translation>has an absolute path</translation>
        </message>
        <message>
            <source>points outside the archive ('..')</source>
            <translation>points outside the archive ('..')</translation>
        </message>
        <message>
            <source>has a backslash or colon in its name</source>
            <translation>has a backslash or colon in its name</translation>
        </message>
        <message>
            <source>has an empty or '.' part in its path</source>
            <translation>has an empty or '.' part in its path</translation>
        </message>
        <message>
            <source>{name}: is not a zip archive (an .xlsx/.zip starts differently)</source>
            <translation>{name}: is not a zip archive (an .xlsx/.zip starts differently)</translation>
        </message>
        <message>
            <source>{name}: the archive is truncated or damaged (no central directory)</source>
            <translation>{name}: the archive is truncated or damaged (no central directory)</translation>
        </message>
        <message>
            <source>{name}: {declared} entries, more than the {max_entries} allowed</source>
            <translation>{name}: {declared} entries, more than the {max_entries} allowed</translation>
        </message>
        <message>
            <source>{name}: the archive is damaged ({detail})</source>
            <translation>{name}: the archive is damaged ({detail})</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>{where}: appears twice</source>
            <translation>{where}: appears twice</translation>
        </message>
        <message>
            <source>{where}: is a symbolic link</source>
            <translation>{where}: is a symbolic link</translation>
        </message>
        <message>
            <source>{where}: is encrypted</source>
            <translation>{where}: is encrypted</translation>
        </message>
        <message>
            <source>{where}: uses an unsupported compression method ({compress_type})</source>
            <translation>{where}: uses an unsupported compression method ({compress_type})</translation>
        </message>
        <message>
            <source>{where}: {size} bytes unpacked, more than the {max_bytes} allowed</source>
            <translation>{where}: {size} bytes unpacked, more than the {max_bytes} allowed</translation>
        </message>
        <message>
            <source>{where}: unpacks {times} times larger than stored (a zip bomb?)</source>
            <translation>{where}: unpacks {times} times larger than stored (a zip bomb?)</translation>
        </message>
        <message>
            <source>{name}: unpacks to more than the {max_total_bytes} bytes allowed</source>
            <translation>{name}: unpacks to more than the {max_total_bytes} bytes allowed</translation>
        </message>
        <message>
            <source>{where}: unpacks to more than it declares (a zip bomb); refused</source>
            <translation>{where}: unpacks to more than it declares (a zip bomb); refused</translation>
        </message>
        <message>
            <source>{where}: more than the {max_bytes} bytes allowed</source>
            <translation>{where}: more than the {max_bytes} bytes allowed</translation>
        </message>
        <message>
            <source>{where}: cannot be unpacked ({detail})</source>
            <translation>{where}: cannot be unpacked ({detail})</translation>
        </message>
        <message>
            <source>{name}: sheet '{sheet}' is too large: {where} lies outside the first {rows} rows and {columns} columns allowed</source>
            <translation>{name}: sheet '{sheet}' is too large: {where} lies outside the first {rows} rows and {columns} columns allowed</translation>
        </message>
        <message>
            <source>merged range {ref}</source>
            <translation>merged range {ref}</translation>
        </message>
        <message>
            <source>hyperlink range {ref}</source>
            <translation>hyperlink range {ref}</translation>
        </message>
        <message>
            <source>cell {ref}</source>
            <translation>cell {ref}</translation>
        </message>
        <message>
            <source>row {ref}</source>
            <translation>row {ref}</translation>
        </message>
        <message>
            <source>{name}: sheet '{sheet}' has a merged or linked range {ref} that is not a cell range</source>
            <translation>{name}: sheet '{sheet}' has a merged or linked range {ref} that is not a cell range</translation>
        </message>
        <message>
            <source>{name}: sheet '{sheet}': merged and linked ranges cover more than {count} cells (at {ref}); unmerge the cells and save again</source>
            <translation>{name}: sheet '{sheet}': merged and linked ranges cover more than {count} cells (at {ref}); unmerge the cells and save again</translation>
        </message>
        <message>
            <source>{name}: sheet '{sheet}' has a cell named {ref}, which is not a cell reference</source>
            <translation>{name}: sheet '{sheet}' has a cell named {ref}, which is not a cell reference</translation>
        </message>
        <message>
            <source>{name}: sheet '{sheet}': more than {count} cells in the workbook</source>
            <translation>{name}: sheet '{sheet}': more than {count} cells in the workbook</translation>
        </message>
        <message>
            <source>{name}: sheet '{sheet}' has a row numbered {ref}</source>
            <translation>{name}: sheet '{sheet}' has a row numbered {ref}</translation>
        </message>
        <message>
            <source>{name}: sheet '{sheet}', cell {cell} holds a formula; formulas are not imported (type the value itself, or paste values only)</source>
            <translation>{name}: sheet '{sheet}', cell {cell} holds a formula; formulas are not imported (type the value itself, or paste values only)</translation>
        </message>
        <message>
            <source>{name}: sheet '{sheet}', cell {cell} holds more than {count} characters (Excel's limit for one cell)</source>
            <translation>{name}: sheet '{sheet}', cell {cell} holds more than {count} characters (Excel's limit for one cell)</translation>
        </message>
        <message>
            <source>{name}: more than {count} different texts (shared strings)</source>
            <translation>{name}: more than {count} different texts (shared strings)</translation>
        </message>
        <message>
            <source>{name}: shared text number {number} holds more than {count} characters (Excel's limit for one cell)</source>
            <translation>{name}: shared text number {number} holds more than {count} characters (Excel's limit for one cell)</translation>
        </message>
        <message>
            <source>{name}, entry '{filename}': {problem}</source>
            <translation>{name}, entry '{filename}': {problem}</translation>
        </message>
        <message>
            <source>is not well-formed XML ({detail})</source>
            <translation>is not well-formed XML ({detail})</translation>
        </message>
        <message>
            <source>{name}: {count} sheets, more than the {limit} allowed</source>
            <translation>{name}: {count} sheets, more than the {limit} allowed</translation>
        </message>
        <message>
            <source>has a DOCTYPE declaration (entities are not allowed)</source>
            <translation>has a DOCTYPE declaration (entities are not allowed)</translation>
        </message>
        <message>
            <source>declares entities</source>
            <translation>declares entities</translation>
        </message>
        <message>
            <source>refers to an external entity</source>
            <translation>refers to an external entity</translation>
        </message>
        <message>
            <source>has no root element within its first megabyte</source>
            <translation>has no root element within its first megabyte</translation>
        </message>
        <message>
            <source>holds no XML element</source>
            <translation>holds no XML element</translation>
        </message>
        <message>
            <source>{where}: has a DTD or entities, which are not allowed ({kind})</source>
            <translation>{where}: has a DTD or entities, which are not allowed ({kind})</translation>
        </message>
        <message>
            <source>{where}: is not well-formed XML ({detail})</source>
            <translation>{where}: is not well-formed XML ({detail})</translation>
        </message>
        <message>
            <source>{name}: is not valid UTF-8 JSON ({kind})</source>
            <translation>{name}: is not valid UTF-8 JSON ({kind})</translation>
        </message>
        <message>
            <source>{name}: is a zip archive but not an Excel workbook (no {missing})</source>
            <translation>{name}: is a zip archive but not an Excel workbook (no {missing})</translation>
        </message>
        <message>
            <source>sheet {sheet} cannot be read ({kind})</source>
            <translation>sheet {sheet} cannot be read ({kind})</translation>
        </message>
        <message>
            <source>{name}: cannot be read as an Excel workbook ({kind})</source>
            <translation>{name}: cannot be read as an Excel workbook ({kind})</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: no such file</translation>
        </message>
        <message>
            <source>{name}: an old Excel 97-2003 (.xls) file or an encrypted workbook; open it in Excel or LibreOffice and save it as .xlsx without a password</source>
            <translation>{name}: an old Excel 97-2003 (.xls) file or an encrypted workbook; open it in Excel or LibreOffice and save it as .xlsx without a password</translation>
        </message>
        <message>
            <source>{name}: not an Excel workbook (.xlsx): the file is not a zip container</source>
            <translation>{name}: not an Excel workbook (.xlsx): the file is not a zip container</translation>
        </message>
        <message>
            <source>{name}: a Word document (.docx) renamed; expected an Excel workbook</source>
            <translation>{name}: a Word document (.docx) renamed; expected an Excel workbook</translation>
        </message>
        <message>
            <source>{name}: a PowerPoint file renamed; expected an Excel workbook</source>
            <translation>{name}: a PowerPoint file renamed; expected an Excel workbook</translation>
        </message>
        <message>
            <source>{name}: an OpenDocument file (.ods); save it as .xlsx</source>
            <translation>{name}: an OpenDocument file (.ods); save it as .xlsx</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>signed</translation>
        </message>
        <message>
            <source>amended</source>
            <translation>amended</translation>
        </message>
        <message>
            <source>ledger entry {seq} ({period} revision {revision}, {event}) copied back into the database</source>
            <translation>ledger entry {seq} ({period} revision {revision}, {event}) copied back into the database</translation>
        </message>
        <message>
            <source>{period}: state {old_state} revision {old_revision} moved to {state} revision {revision} from the ledger</source>
            <translation>{period}: state {old_state} revision {old_revision} moved to {state} revision {revision} from the ledger</translation>
        </message>
        <message>
            <source>is larger than {limit} bytes</source>
            <translation>is larger than {limit} bytes</translation>
        </message>
        <message>
            <source>holds NaN or Infinity, which are not numbers</source>
            <translation>holds NaN or Infinity, which are not numbers</translation>
        </message>
        <message>
            <source>is nested more than {limit} levels deep</source>
            <translation>is nested more than {limit} levels deep</translation>
        </message>
        <message>
            <source>{field}: is missing</source>
            <translation>{field}: is missing</translation>
        </message>
        <message>
            <source>{field}: must be {expected}, not {value}</source>
            <translation>{field}: must be {expected}, not {value}</translation>
        </message>
        <message>
            <source>{field}: must be at least {limit}, not {value}</source>
            <translation>{field}: must be at least {limit}, not {value}</translation>
        </message>
        <message>
            <source>{field}: must be at most {limit}, not {value}</source>
            <translation>{field}: must be at most {limit}, not {value}</translation>
        </message>
        <message>
            <source>{field}: {value} is not in the expected form</source>
            <translation>{field}: {value} is not in the expected form</translation>
        </message>
        <message>
            <source>{field}: is too long or too short</source>
            <translation>{field}: is too long or too short</translation>
        </message>
        <message>
            <source>{field}: has too many entries (at most {limit})</source>
            <translation>{field}: has too many entries (at most {limit})</translation>
        </message>
        <message>
            <source>{field}: must be one of {values}, not {value}</source>
            <translation>{field}: must be one of {values}, not {value}</translation>
        </message>
        <message>
            <source>{field}: {detail}</source>
            <translation>{field}: {detail}</translation>
        </message>
        <message>
            <source>{field}: holds control characters or broken Unicode</source>
            <translation>{field}: holds control characters or broken Unicode</translation>
        </message>
        <message>
            <source>{field}: {value} is not a period code such as 2026-Q3, 2026-H1, 2026-9M, 2026</source>
            <translation>{field}: {value} is not a period code such as 2026-Q3, 2026-H1, 2026-9M, 2026</translation>
        </message>
        <message>
            <source>{field}: {value} is not an indicator this software knows</source>
            <translation>{field}: {value} is not an indicator this software knows</translation>
        </message>
        <message>
            <source>{field}: indicator {value} appears more than once</source>
            <translation>{field}: indicator {value} appears more than once</translation>
        </message>
        <message>
            <source>{field}: numerator {numerator} is larger than denominator {denominator}; a share cannot exceed 100%</source>
            <translation>{field}: numerator {numerator} is larger than denominator {denominator}; a share cannot exceed 100%</translation>
        </message>
        <message>
            <source>supersedes_sha256: revision 1 supersedes nothing</source>
            <translation>supersedes_sha256: revision 1 supersedes nothing</translation>
        </message>
        <message>
            <source>supersedes_sha256: revision {revision} must name the SHA-256 of the package it replaces</source>
            <translation>supersedes_sha256: revision {revision} must name the SHA-256 of the package it replaces</translation>
        </message>
        <message>
            <source>created: {value} is not an ISO 8601 time with its offset</source>
            <translation>created: {value} is not an ISO 8601 time with its offset</translation>
        </message>
        <message>
            <source>created: {value} is before the period {period} began ({start})</source>
            <translation>created: {value} is before the period {period} began ({start})</translation>
        </message>
        <message>
            <source>created: {value} is after the signature's signing time {signed}</source>
            <translation>created: {value} is after the signature's signing time {signed}</translation>
        </message>
        <message>
            <source>this certificate ({fingerprint}…) expired on {day}; ask the unit for its current certificate</source>
            <translation>this certificate ({fingerprint}…) expired on {day}; ask the unit for its current certificate</translation>
        </message>
        <message>
            <source>chains to the trusted certificate authority {ca} (valid at the signing time {when} UTC)</source>
            <translation>chains to the trusted certificate authority {ca} (valid at the signing time {when} UTC)</translation>
        </message>
        <message>
            <source>the signer's certificate does not chain to a trusted certificate authority ({detail})</source>
            <translation>the signer's certificate does not chain to a trusted certificate authority ({detail})</translation>
        </message>
        <message>
            <source>a certificate in the chain had expired at the signing time ({detail})</source>
            <translation>a certificate in the chain had expired at the signing time ({detail})</translation>
        </message>
        <message>
            <source>a certificate in the chain was not yet valid at the signing time ({detail})</source>
            <translation>a certificate in the chain was not yet valid at the signing time ({detail})</translation>
        </message>
        <message>
            <source>the certificate chain is not valid ({detail})</source>
            <translation>the certificate chain is not valid ({detail})</translation>
        </message>
        <message>
            <source>the signer's certificate is not for signatures (key usage)</source>
            <translation>the signer's certificate is not for signatures (key usage)</translation>
        </message>
        <message>
            <source>the certificate of {subject} (serial {serial}) was revoked on {day} according to the imported CRL of {issuer}</source>
            <translation>the certificate of {subject} (serial {serial}) was revoked on {day} according to the imported CRL of {issuer}</translation>
        </message>
        <message>
            <source>the certificate authority {ca} is trusted for units {units}, not for unit {code}</source>
            <translation>the certificate authority {ca} is trusted for units {units}, not for unit {code}</translation>
        </message>
        <message>
            <source>the signer's certificate carries no unit code and the office has not bound it to a unit</source>
            <translation>the signer's certificate carries no unit code and the office has not bound it to a unit</translation>
        </message>
        <message>
            <source>the certificate is for unit {cert_code}, but the package says {code}</source>
            <translation>the certificate is for unit {cert_code}, but the package says {code}</translation>
        </message>
        <message>
            <source>{source} is not a certificate revocation list (CRL, .crl or .pem)</source>
            <translation>{source} is not a certificate revocation list (CRL, .crl or .pem)</translation>
        </message>
        <message>
            <source>the certificate chain in the file is not valid: {detail}</source>
            <translation>the certificate chain in the file is not valid: {detail}</translation>
        </message>
        <message>
            <source>{source}: the certificate is not for signatures (its key usage has neither digitalSignature nor nonRepudiation); ask the provider for a signing certificate</source>
            <translation>{source}: the certificate is not for signatures (its key usage has neither digitalSignature nor nonRepudiation); ask the provider for a signing certificate</translation>
        </message>
        <message>
            <source>unit code {code!r}: 1–20 letters or digits</source>
            <translation>unit code {code!r}: 1–20 letters or digits</translation>
        </message>
        <message>
            <source>the certificate is for unit code {cert_code}, not {code}; use this unit's certificate</source>
            <translation>the certificate is for unit code {cert_code}, not {code}; use this unit's certificate</translation>
        </message>
        <message>
            <source>{source}: the certificate carries no unit code; confirm the unit it belongs to (--unit-code CODE)</source>
            <translation>{source}: the certificate carries no unit code; confirm the unit it belongs to (--unit-code CODE)</translation>
        </message>
        <message>
            <source>{name} is not a certificate authority (basic constraints cA is not TRUE); register a unit's own certificate with 'office trust add'</source>
            <translation>{name} is not a certificate authority (basic constraints cA is not TRUE); register a unit's own certificate with 'office trust add'</translation>
        </message>
        <message>
            <source>{name} may not sign certificates (key usage lacks keyCertSign)</source>
            <translation>{name} may not sign certificates (key usage lacks keyCertSign)</translation>
        </message>
        <message>
            <source>the certificate authority {name} expired on {day}; ask for its renewed certificate</source>
            <translation>the certificate authority {name} expired on {day}; ask for its renewed certificate</translation>
        </message>
        <message>
            <source>CRL file {path} does not exist</source>
            <translation>CRL file {path} does not exist</translation>
        </message>
        <message>
            <source>{path}: the CRL's signature does not verify with the trusted authority {name}; the file is damaged or forged</source>
            <translation>{path}: the CRL's signature does not verify with the trusted authority {name}; the file is damaged or forged</translation>
        </message>
        <message>
            <source>the token's PKCS#11 module {path} does not exist; install the token's software or give its .dll/.so file (--token-lib)</source>
            <translation>the token's PKCS#11 module {path} does not exist; install the token's software or give its .dll/.so file (--token-lib)</translation>
        </message>
        <message>
            <source>no PKCS#11 module found for the USB token; install the token's software and give its .dll/.so file (--token-lib or COMMUNE_DESK_PKCS11_LIB)</source>
            <translation>no PKCS#11 module found for the USB token; install the token's software and give its .dll/.so file (--token-lib or COMMUNE_DESK_PKCS11_LIB)</translation>
        </message>
        <message>
            <source>{path} cannot be loaded as a PKCS#11 module ({detail})</source>
            <translation>{path} cannot be loaded as a PKCS#11 module ({detail})</translation>
        </message>
        <message>
            <source>the USB token was removed or stopped answering ({detail}); plug it in and try again</source>
            <translation>the USB token was removed or stopped answering ({detail}); plug it in and try again</translation>
        </message>
        <message>
            <source>no USB token labelled {label} is plugged in</source>
            <translation>no USB token labelled {label} is plugged in</translation>
        </message>
        <message>
            <source>no USB token is plugged in (or its software does not see it)</source>
            <translation>no USB token is plugged in (or its software does not see it)</translation>
        </message>
        <message>
            <source>several tokens are plugged in ({labels}); choose one with its label (--token-label)</source>
            <translation>several tokens are plugged in ({labels}); choose one with its label (--token-label)</translation>
        </message>
        <message>
            <source>the token's PIN is required</source>
            <translation>the token's PIN is required</translation>
        </message>
        <message>
            <source>; ONE try is left before the token locks</source>
            <translation>; ONE try is left before the token locks</translation>
        </message>
        <message>
            <source>; after a few wrong PINs the token locks</source>
            <translation>; after a few wrong PINs the token locks</translation>
        </message>
        <message>
            <source>wrong PIN for the token {label}{warning}</source>
            <translation>wrong PIN for the token {label}{warning}</translation>
        </message>
        <message>
            <source>the token's PIN is locked after too many wrong tries; the provider (or the token's PUK) can unlock it</source>
            <translation>the token's PIN is locked after too many wrong tries; the provider (or the token's PUK) can unlock it</translation>
        </message>
        <message>
            <source>the token holds no usable signing key with its certificate (keys found: {keys})</source>
            <translation>the token holds no usable signing key with its certificate (keys found: {keys})</translation>
        </message>
        <message>
            <source>the token holds several signing keys: {keys}; choose one with its label (--token-key)</source>
            <translation>the token holds several signing keys: {keys}; choose one with its label (--token-key)</translation>
        </message>
        <message>
            <source>the token session is closed; open the token again</source>
            <translation>the token session is closed; open the token again</translation>
        </message>
        <message>
            <source>{unit} was merged into {successor} on {date}: record it for {successor}</source>
            <translation>{unit} was merged into {successor} on {date}: record it for {successor}</translation>
        </message>
        <message>
            <source>{unit} was split into {successor} on {date}: record it for one of them</source>
            <translation>{unit} was split into {successor} on {date}: record it for one of them</translation>
        </message>
        <message>
            <source>{unit} was dissolved on {date}: it takes no records dated from then on</source>
            <translation>{unit} was dissolved on {date}: it takes no records dated from then on</translation>
        </message>
        <message>
            <source>the same figure (year, kind, role, level and date) is given above</source>
            <translation>the same figure (year, kind, role, level and date) is given above</translation>
        </message>
        <message>
            <source>a value for this indicator and period is given above</source>
            <translation>a value for this indicator and period is given above</translation>
        </message>
        <message>
            <source>{persons} persons ({who}) trained for the first time in {year} by {date} would exceed the {value} staff entered for them ({source}, as of {as_of}): check the persons, or correct the staff figure</source>
            <translation>{persons} persons ({who}) trained for the first time in {year} by {date} would exceed the {value} staff entered for them ({source}, as of {as_of}): check the persons, or correct the staff figure</translation>
        </message>
        <message>
            <source>{persons} persons ({who}) were already trained for the first time in {year} by {date}: the staff figure cannot be {value}</source>
            <translation>{persons} persons ({who}) were already trained for the first time in {year} by {date}: the staff figure cannot be {value}</translation>
        </message>
        <message>
            <source>{persons} persons reached ({what}) exceed the {value} of population {kind} ({source}, as of {as_of}): a share of people cannot pass 100 %</source>
            <translation>{persons} persons reached ({what}) exceed the {value} of population {kind} ({source}, as of {as_of}): a share of people cannot pass 100 %</translation>
        </message>
        <message>
            <source>{persons} persons were entered as reached ({what}): the population {kind} cannot be {value}</source>
            <translation>{persons} persons were entered as reached ({what}): the population {kind} cannot be {value}</translation>
        </message>
        <message>
            <source>all staff together</source>
            <translation>all staff together</translation>
        </message>
        <message>
            <source>the period {period} was signed (revision {revision}) with the figure in force at its end; amend it to change that figure</source>
            <translation>the period {period} was signed (revision {revision}) with the figure in force at its end; amend it to change that figure</translation>
        </message>
        <message>
            <source>{count} records of this unit are dated on or after this day; give them to the successor first, or choose a later day</source>
            <translation>{count} records of this unit are dated on or after this day; give them to the successor first, or choose a later day</translation>
        </message>
        <message>
            <source>must be an object of code: whole number, e.g. {example}</source>
            <translation>must be an object of code: whole number, e.g. {example}</translation>
        </message>
        <message>
            <source>must be a list of objects with role, level, attendees and persons (whole numbers), e.g. {example}</source>
            <translation>must be a list of objects with role, level, attendees and persons (whole numbers), e.g. {example}</translation>
        </message>
        <message>
            <source>must be a date (YYYY-MM-DD), not {value}</source>
            <translation>must be a date (YYYY-MM-DD), not {value}</translation>
        </message>
        <message>
            <source>must be an object with full_name, id_number, address</source>
            <translation>must be an object with full_name, id_number, address</translation>
        </message>
        <message>
            <source>the period {period} has not started: its data begin on {start}; its report can be made from that day</source>
            <translation>the period {period} has not started: its data begin on {start}; its report can be made from that day</translation>
        </message>
        <message>
            <source>a report of {period} cannot be dated {day}, before its period starts on {start}</source>
            <translation>a report of {period} cannot be dated {day}, before its period starts on {start}</translation>
        </message>
        <message>
            <source>the data cut-off {cutoff} is after the report's date {day}: a report never states data after its own date</source>
            <translation>the data cut-off {cutoff} is after the report's date {day}: a report never states data after its own date</translation>
        </message>
        <message>
            <source>the data cut-off {cutoff} is before the period {period} starts on {start}</source>
            <translation>the data cut-off {cutoff} is before the period {period} starts on {start}</translation>
        </message>
        <message>
            <source>a data cut-off inside the period {period} ({start} – {end}); found {found}</source>
            <translation>a data cut-off inside the period {period} ({start} – {end}); found {found}</translation>
        </message>
        <message>
            <source>a data cut-off on or before the due date {due} of {period}; found {found}</source>
            <translation>a data cut-off on or before the due date {due} of {period}; found {found}</translation>
        </message>
        <message>
            <source>the report of {period} is due on {due}, before its period ends on {end}, and no data cut-off on or before that day is given: each commune would count to the day it signs; state one, e.g. {example}</source>
            <translation>the report of {period} is due on {due}, before its period ends on {end}, and no data cut-off on or before that day is given: each commune would count to the day it signs; state one, e.g. {example}</translation>
        </message>
        <message>
            <source>a count of at most 1: {indicator} is yes or no for one commune, so {value} can never be met; if it is the superior office's total, set level to office (and commune_quota to the commune's share, if it has one)</source>
            <translation>a count of at most 1: {indicator} is yes or no for one commune, so {value} can never be met; if it is the superior office's total, set level to office (and commune_quota to the commune's share, if it has one)</translation>
        </message>
        <message>
            <source>a count of at most {population} (the commune's whole population behind {indicator}): {value} can never be met; if it is the superior office's total, set level to office</source>
            <translation>a count of at most {population} (the commune's whole population behind {indicator}): {value} can never be met; if it is the superior office's total, set level to office</translation>
        </message>
        <message>
            <source>unknown model {value}</source>
            <translation>unknown model {value}</translation>
        </message>
        <message>
            <source>residential unit {value} given twice</source>
            <translation>residential unit {value} given twice</translation>
        </message>
        <message>
            <source>is before the model was set up ({value})</source>
            <translation>is before the model was set up ({value})</translation>
        </message>
        <message>
            <source>must be a quarter such as 2026-Q1, not {value}</source>
            <translation>must be a quarter such as 2026-Q1, not {value}</translation>
        </message>
        <message>
            <source>must be a quarter that has begun, not {value}</source>
            <translation>must be a quarter that has begun, not {value}</translation>
        </message>
        <message>
            <source>ends before the model was set up ({value})</source>
            <translation>ends before the model was set up ({value})</translation>
        </message>
        <message>
            <source>is before the quarter began ({value})</source>
            <translation>is before the quarter began ({value})</translation>
        </message>
        <message>
            <source>sex and age group given twice</source>
            <translation>sex and age group given twice</translation>
        </message>
        <message>
            <source>role given twice</source>
            <translation>role given twice</translation>
        </message>
        <message>
            <source>{count} records still name it; change or delete them first</source>
            <translation>{count} records still name it; change or delete them first</translation>
        </message>
        <message>
            <source>{path} exists already; import into it without --create</source>
            <translation>{path} exists already; import into it without --create</translation>
        </message>
        <message>
            <source>the workbook's _profile sheet does not describe a unit; a new database needs it</source>
            <translation>the workbook's _profile sheet does not describe a unit; a new database needs it</translation>
        </message>
        <message>
            <source>the import of {name} started {when} was completed ({count} records saved)</source>
            <translation>the import of {name} started {when} was completed ({count} records saved)</translation>
        </message>
        <message>
            <source>the import of {name} started {when} did not finish; nothing of it was saved: import the workbook again</source>
            <translation>the import of {name} started {when} did not finish; nothing of it was saved: import the workbook again</translation>
        </message>
        <message>
            <source>the certificate of {name} expired on {day}; create a new key (keys new) or import a renewed one, and send its certificate to the receiving office</source>
            <translation>the certificate of {name} expired on {day}; create a new key (keys new) or import a renewed one, and send its certificate to the receiving office</translation>
        </message>
        <message>
            <source>the certificate of {name} is valid only from {when} UTC; check the computer's date and time</source>
            <translation>the certificate of {name} is valid only from {when} UTC; check the computer's date and time</translation>
        </message>
        <message>
            <source>{source} is not a PKCS#12 key file (.p12/.pfx)</source>
            <translation>{source} is not a PKCS#12 key file (.p12/.pfx)</translation>
        </message>
        <message>
            <source>{source}: wrong password (or a damaged file)</source>
            <translation>{source}: wrong password (or a damaged file)</translation>
        </message>
        <message>
            <source>{source} holds no private key, only certificates</source>
            <translation>{source} holds no private key, only certificates</translation>
        </message>
        <message>
            <source>{source} holds a private key but no certificate</source>
            <translation>{source} holds a private key but no certificate</translation>
        </message>
        <message>
            <source>{value} participants is more than three times the largest number for this unit in {year} ({low}–{high}, median {median}). Check it.</source>
            <translation>{value} participants is more than three times the largest number for this unit in {year} ({low}–{high}, median {median}). Check it.</translation>
        </message>
        <message>
            <source>{value} participants is less than a third of the smallest number for this unit in {year} ({low}–{high}, median {median}). Check it.</source>
            <translation>{value} participants is less than a third of the smallest number for this unit in {year} ({low}–{high}, median {median}). Check it.</translation>
        </message>
        <message>
            <source>it is the plan for {plan_year}, not for this year ({year})</source>
            <translation>it is the plan for {plan_year}, not for this year ({year})</translation>
        </message>
        <message>
            <source>it was issued by {issuer}, which does not name your province ({province})</source>
            <translation>it was issued by {issuer}, which does not name your province ({province})</translation>
        </message>
        <message>
            <source>it was issued by {issuer}; the plan in force was issued by {current}</source>
            <translation>it was issued by {issuer}; the plan in force was issued by {current}</translation>
        </message>
        <message>
            <source>it replaces version {version} of this plan, in force now: the targets and deadlines listed below change</source>
            <translation>it replaces version {version} of this plan, in force now: the targets and deadlines listed below change</translation>
        </message>
        <message>
            <source>it replaces another plan in force: {title} (version {version}); all its targets and deadlines give way to this plan's</source>
            <translation>it replaces another plan in force: {title} (version {version}); all its targets and deadlines give way to this plan's</translation>
        </message>
        <message>
            <source>names a district-level body (huyện, quận, thị xã): that level no longer exists since 01/7/2025; reports go to the province</source>
            <translation>names a district-level body (huyện, quận, thị xã): that level no longer exists since 01/7/2025; reports go to the province</translation>
        </message>
        <message>
            <source>names a "thị trấn": townships no longer exist since 01/7/2025</source>
            <translation>names a "thị trấn": townships no longer exist since 01/7/2025</translation>
        </message>
        <message>
            <source>names a Labour, Invalids and Social Affairs office (Lao động - Thương binh và Xã hội): it no longer exists; prostitution prevention is with the health department (Sở Y tế) since 01/3/2025</source>
            <translation>names a Labour, Invalids and Social Affairs office (Lao động - Thương binh và Xã hội): it no longer exists; prostitution prevention is with the health department (Sở Y tế) since 01/3/2025</translation>
        </message>
        <message>
            <source>names "thành phố {city}", a city of a province: a district-level unit that no longer exists since 01/7/2025</source>
            <translation>names "thành phố {city}", a city of a province: a district-level unit that no longer exists since 01/7/2025</translation>
        </message>
        <message>
            <source>number {number} of {year} is already used by the report of {period} dated {day}; choose another number (the next free one is {free})</source>
            <translation>number {number} of {year} is already used by the report of {period} dated {day}; choose another number (the next free one is {free})</translation>
        </message>
        <message>
            <source>no database at {path}; create one with `commune-desk profile set --file PROFILE.json`, `commune-desk demo` or `commune-desk records import WORKBOOK --create`, or give --db</source>
            <translation>no database at {path}; create one with `commune-desk profile set --file PROFILE.json`, `commune-desk demo` or `commune-desk records import WORKBOOK --create`, or give --db</translation>
        </message>
        <message>
            <source>{path} exists already; the office desk gets a database of its own: give another --db</source>
            <translation>{path} exists already; the office desk gets a database of its own: give another --db</translation>
        </message>
        <message>
            <source>{name}: not a CommuneDesk backup: it is no database, and no key file ({keys}) lies beside it as beside an encrypted backup; if it is a backup encrypted with a password, give that password (--db-password-file)</source>
            <translation>{name}: not a CommuneDesk backup: it is no database, and no key file ({keys}) lies beside it as beside an encrypted backup; if it is a backup encrypted with a password, give that password (--db-password-file)</translation>
        </message>
        <message>
            <source>{name}: not a CommuneDesk backup, or not encrypted with this password; use another backup or give the password it was made with</source>
            <translation>{name}: not a CommuneDesk backup, or not encrypted with this password; use another backup or give the password it was made with</translation>
        </message>
        <message>
            <source>the catalogue {catalogue} leaves out {codes}, used by {count} records of {year} stored here: lists and reports of {year} would show these codes instead of their names, and a records workbook holding them would be refused</source>
            <translation>the catalogue {catalogue} leaves out {codes}, used by {count} records of {year} stored here: lists and reports of {year} would show these codes instead of their names, and a records workbook holding them would be refused</translation>
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
            <source>Complete later: the signer, the receiving office and the residential units (the home page reminds you until they are filled in)</source>
            <translation>Complete later: the signer, the receiving office and the residential units (the home page reminds you until they are filled in)</translation>
        </message>
        <message>
            <source>Row %1, %2: %3</source>
            <translation>Row %1, %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ProfileReminder</name>
        <message>
            <source>Complete the profile…</source>
            <translation>Complete the profile…</translation>
        </message>
        <message>
            <source>the signer</source>
            <translation>the signer</translation>
        </message>
        <message>
            <source>the receiving office</source>
            <translation>the receiving office</translation>
        </message>
        <message>
            <source>the residential units (thôn, tổ dân phố)</source>
            <translation>the residential units (thôn, tổ dân phố)</translation>
        </message>
        <message>
            <source>The unit profile still lacks %1: reports cannot be signed and addressed properly until it has them.</source>
            <translation>The unit profile still lacks %1: reports cannot be signed and addressed properly until it has them.</translation>
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
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Drive</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>File Folder</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Shortcut</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Select All</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Step up</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Step &amp;down</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>What's This?</source>
            <translation>What's This?</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>File &amp;name:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Directory:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Choose</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Save As</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Find Directory</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Go back</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Forward</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Go forward</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Parent Directory</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Go to the parent directory</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Create New Folder</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Create a New Folder</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>List View</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Change to list view mode</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Detail View</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Change to detail view mode</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Sidebar</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>List of places and bookmarks</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Recent Places</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>New Folder</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;New Folder</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Rename</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Show &amp;hidden files</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Show </translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>All Files (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Directories</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Could not delete directory.</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Are you sure you want to delete '%1'?</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' is write protected.
Do you want to delete it anyway?</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 already exists.
Do you want to replace it?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
File not found.
Please verify the correct file name was given.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Date Modified</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>My Computer</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Computer</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Close without Saving</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Enter a value:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Select All</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Show Details...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Hide Details...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Save All</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Yes</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Yes to &amp;All</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;o to All</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abort</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignore</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Restore Defaults</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Print</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Options &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Options &lt;&lt;</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>All Pages</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Odd Pages</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>Even Pages</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>Local file</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>Write PDF file</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>Print To File ...</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>Print to File (PDF)</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>Invalid Pages Definition</translation>
        </message>
        <message>
            <source>The 'From' value cannot be greater than the 'To' value.</source>
            <translation>The 'From' value cannot be greater than the 'To' value.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 already exists.
Do you want to overwrite it?</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 is a directory.
Please choose a different file name.</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>File %1 is not writable.
Please choose a different file name.</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Collate</source>
            <translation>Collate</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>Color Mode</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Copies:</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>Current Page</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>Double Sided Printing</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>Grayscale</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Long side binding</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Off</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>Output Settings</translation>
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation>Page &amp;Set:</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>Pages from</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Print all</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>Print range</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Reverse</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Selection</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Short side binding</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Location:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>Output &amp;file:</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>P&amp;roperties</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Type:</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Scroll here</source>
            <translation>Scroll here</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Left edge</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Top</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Right edge</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>Bottom</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Page left</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Page up</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Page right</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Page down</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Scroll left</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Scroll up</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Scroll right</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Scroll down</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>Scroll Left</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>Scroll Right</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>Insert Unicode control character</source>
            <translation>Insert Unicode control character</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copy &amp;Link Location</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Select All</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Next</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Go Back</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Commit</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>e.g. the USB key with the signing key was lost</source>
            <translation>e.g. the USB key with the signing key was lost</translation>
        </message>
    </context>
    <context>
        <name>ReceiptImportDialog</name>
        <message>
            <source>Import a receipt from the superior office</source>
            <translation>Import a receipt from the superior office</translation>
        </message>
        <message>
            <source>The office sends a signed receipt (Bien-nhan_….zip) for each package it took in. Its signature and the package it names are checked before anything is stored.</source>
            <translation>The office sends a signed receipt (Bien-nhan_….zip) for each package it took in. Its signature and the package it names are checked before anything is stored.</translation>
        </message>
        <message>
            <source>Removable drives and receipt files</source>
            <translation>Removable drives and receipt files</translation>
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
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>No removable drive found. Plug in the USB stick, or choose a file.</source>
            <translation>No removable drive found. Plug in the USB stick, or choose a file.</translation>
        </message>
        <message>
            <source>no receipt file on this drive</source>
            <translation>no receipt file on this drive</translation>
        </message>
        <message>
            <source>Choose the receipt file</source>
            <translation>Choose the receipt file</translation>
        </message>
        <message>
            <source>Receipts (*.zip)</source>
            <translation>Receipts (*.zip)</translation>
        </message>
        <message>
            <source>Choose a receipt file first.</source>
            <translation>Choose a receipt file first.</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Refused: %1</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>accepted</translation>
        </message>
        <message>
            <source>has issues</source>
            <translation>has issues</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Already imported</source>
            <translation>Already imported</translation>
        </message>
        <message>
            <source>receipt from %1 (signed by the registered office) for %2, revision %3: %4</source>
            <translation>receipt from %1 (signed by the registered office) for %2, revision %3: %4</translation>
        </message>
        <message>
            <source>Note: revision %1 has since been superseded by a newer revision.</source>
            <translation>Note: revision %1 has since been superseded by a newer revision.</translation>
        </message>
    </context>
    <context>
        <name>ReceiptWriteDialog</name>
        <message>
            <source>Write a receipt</source>
            <translation>Write a receipt</translation>
        </message>
        <message>
            <source>Receipt for &lt;b&gt;%1&lt;/b&gt; (%2), period &lt;b&gt;%3&lt;/b&gt;, revision %4 — file %5</source>
            <translation>Receipt for &lt;b&gt;%1&lt;/b&gt; (%2), period &lt;b&gt;%3&lt;/b&gt;, revision %4 — file %5</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Has issues</source>
            <translation>Has issues</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Comment of the office (optional)</source>
            <translation>Comment of the office (optional)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>Choose a folder…</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Office key (.p12):</source>
            <translation>Office key (.p12):</translation>
        </message>
        <message>
            <source>Key password:</source>
            <translation>Key password:</translation>
        </message>
        <message>
            <source>Write to:</source>
            <translation>Write to:</translation>
        </message>
        <message>
            <source>Sign and write the receipt</source>
            <translation>Sign and write the receipt</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Remarks per indicator go back to the commune and are shown next to the figure concerned. Leave a line empty for no remark.</source>
            <translation>Remarks per indicator go back to the commune and are shown next to the figure concerned. Leave a line empty for no remark.</translation>
        </message>
        <message>
            <source>or a removable drive…</source>
            <translation>or a removable drive…</translation>
        </message>
        <message>
            <source>The office key</source>
            <translation>The office key</translation>
        </message>
        <message>
            <source>Key files (*.p12 *.pfx)</source>
            <translation>Key files (*.p12 *.pfx)</translation>
        </message>
        <message>
            <source>Write the receipt into</source>
            <translation>Write the receipt into</translation>
        </message>
        <message>
            <source>Choose the office key and the folder or drive to write to.</source>
            <translation>Choose the office key and the folder or drive to write to.</translation>
        </message>
        <message>
            <source>No receipt written: %1</source>
            <translation>No receipt written: %1</translation>
        </message>
        <message>
            <source>Receipt written to %1 (%2 comment(s)). Hand it to the commune with the USB stick.</source>
            <translation>Receipt written to %1 (%2 comment(s)). Hand it to the commune with the USB stick.</translation>
        </message>
    </context>
    <context>
        <name>RecordColumns</name>
        <message>
            <source>Residential unit</source>
            <translation>Residential unit</translation>
        </message>
        <message>
            <source>Carried out by</source>
            <translation>Carried out by</translation>
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
            <source>Attendances</source>
            <translation>Attendances</translation>
        </message>
        <message>
            <source>New persons</source>
            <translation>New persons</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organiser</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
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
            <source>Target groups</source>
            <translation>Target groups</translation>
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
            <source>Violator</source>
            <translation>Violator</translation>
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
            <source>Review</source>
            <translation>Review</translation>
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
            <source>Successor</source>
            <translation>Successor</translation>
        </message>
        <message>
            <source>Formed</source>
            <translation>Formed</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Activities carried out</source>
            <translation>Activities carried out</translation>
        </message>
        <message>
            <source>Dissolved</source>
            <translation>Dissolved</translation>
        </message>
        <message>
            <source>Set up</source>
            <translation>Set up</translation>
        </message>
        <message>
            <source>Units covered</source>
            <translation>Units covered</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Persons served</source>
            <translation>Persons served</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Women</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Men</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <source>Counted to</source>
            <translation>Counted to</translation>
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
            <source>(none)</source>
            <translation>(none)</translation>
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
            <source>Possible duplicate: %1 record(s) with the same date, unit and kind already exist.</source>
            <translation>Possible duplicate: %1 record(s) with the same date, unit and kind already exist.</translation>
        </message>
        <message>
            <source>This record cannot be changed: %1</source>
            <translation>This record cannot be changed: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>A number is not acceptable (see the message under it); correct it before saving.</source>
            <translation>A number is not acceptable (see the message under it); correct it before saving.</translation>
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
            <source>&amp;Violation:</source>
            <translation>&amp;Violation:</translation>
        </message>
        <message>
            <source>Other acts found together (Điều 32–33; the decision fines them once, with its own act):</source>
            <translation>Other acts found together (Điều 32–33; the decision fines them once, with its own act):</translation>
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
            <source>Carried out &amp;by:</source>
            <translation>Carried out &amp;by:</translation>
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
            <source>What was communicated, e.g. talk on the law on prostitution</source>
            <translation>What was communicated, e.g. talk on the law on prostitution</translation>
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
            <source>Target &amp;groups:</source>
            <translation>Target &amp;groups:</translation>
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
            <source>&amp;Split into:</source>
            <translation>&amp;Split into:</translation>
        </message>
        <message>
            <source>e.g. DCTXH</source>
            <translation>e.g. DCTXH</translation>
        </message>
        <message>
            <source>e.g. Volunteer social-work team of the commune</source>
            <translation>e.g. Volunteer social-work team of the commune</translation>
        </message>
        <message>
            <source>&amp;Formed on:</source>
            <translation>&amp;Formed on:</translation>
        </message>
        <message>
            <source>&amp;Members by role:</source>
            <translation>&amp;Members by role:</translation>
        </message>
        <message>
            <source>Dissolved on:</source>
            <translation>Dissolved on:</translation>
        </message>
        <message>
            <source>e.g. MH01</source>
            <translation>e.g. MH01</translation>
        </message>
        <message>
            <source>&amp;Kind of model:</source>
            <translation>&amp;Kind of model:</translation>
        </message>
        <message>
            <source>e.g. the province's social work centre</source>
            <translation>e.g. the province's social work centre</translation>
        </message>
        <message>
            <source>&amp;Set up on:</source>
            <translation>&amp;Set up on:</translation>
        </message>
        <message>
            <source>Residential &amp;units covered:</source>
            <translation>Residential &amp;units covered:</translation>
        </message>
        <message>
            <source>&amp;Model:</source>
            <translation>&amp;Model:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>&amp;Quarter:</source>
            <translation>&amp;Quarter:</translation>
        </message>
        <message>
            <source>&amp;Persons served for the first time this year:</source>
            <translation>&amp;Persons served for the first time this year:</translation>
        </message>
        <message>
            <source>S&amp;essions held:</source>
            <translation>S&amp;essions held:</translation>
        </message>
        <message>
            <source>&amp;Referrals made:</source>
            <translation>&amp;Referrals made:</translation>
        </message>
        <message>
            <source>Figures &amp;counted to:</source>
            <translation>Figures &amp;counted to:</translation>
        </message>
        <message>
            <source>New propaganda activity</source>
            <translation>New propaganda activity</translation>
        </message>
        <message>
            <source>Edit propaganda activity</source>
            <translation>Edit propaganda activity</translation>
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
            <source>Rename, merge, split or dissolve a residential unit</source>
            <translation>Rename, merge, split or dissolve a residential unit</translation>
        </message>
        <message>
            <source>New team or group</source>
            <translation>New team or group</translation>
        </message>
        <message>
            <source>Edit team or group</source>
            <translation>Edit team or group</translation>
        </message>
        <message>
            <source>New model</source>
            <translation>New model</translation>
        </message>
        <message>
            <source>Edit model</source>
            <translation>Edit model</translation>
        </message>
        <message>
            <source>New status of the model</source>
            <translation>New status of the model</translation>
        </message>
        <message>
            <source>Edit status of the model</source>
            <translation>Edit status of the model</translation>
        </message>
        <message>
            <source>New quarterly figures of the model</source>
            <translation>New quarterly figures of the model</translation>
        </message>
        <message>
            <source>Edit quarterly figures of the model</source>
            <translation>Edit quarterly figures of the model</translation>
        </message>
        <message>
            <source>Split into other units</source>
            <translation>Split into other units</translation>
        </message>
        <message>
            <source>Dissolved</source>
            <translation>Dissolved</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Individual</translation>
        </message>
        <message>
            <source>Household business</source>
            <translation>Household business</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Fine</source>
            <translation>Fine</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Transferred to the competent level</source>
            <translation>Transferred to the competent level</translation>
        </message>
        <message>
            <source>Referred to the police or investigators (crime)</source>
            <translation>Referred to the police or investigators (crime)</translation>
        </message>
        <message>
            <source>Operating</source>
            <translation>Operating</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Edit change of a residential unit</source>
            <translation>Edit change of a residential unit</translation>
        </message>
        <message>
            <source>Decision or letter &amp;number:</source>
            <translation>Decision or letter &amp;number:</translation>
        </message>
        <message>
            <source>e.g. 12/QĐ-XPHC; for a transfer the letter's number</source>
            <translation>e.g. 12/QĐ-XPHC; for a transfer the letter's number</translation>
        </message>
        <message>
            <source>Vi&amp;olator:</source>
            <translation>Vi&amp;olator:</translation>
        </message>
        <message>
            <source>Act &amp;ended on:</source>
            <translation>Act &amp;ended on:</translation>
        </message>
        <message>
            <source>Ou&amp;tcome:</source>
            <translation>Ou&amp;tcome:</translation>
        </message>
        <message>
            <source>Decision or transfer &amp;date:</source>
            <translation>Decision or transfer &amp;date:</translation>
        </message>
        <message>
            <source>Transferred or referred &amp;to:</source>
            <translation>Transferred or referred &amp;to:</translation>
        </message>
        <message>
            <source>e.g. Công an tỉnh; Cơ quan Cảnh sát điều tra Công an tỉnh</source>
            <translation>e.g. Công an tỉnh; Cơ quan Cảnh sát điều tra Công an tỉnh</translation>
        </message>
        <message>
            <source>Supplementary penalties:</source>
            <translation>Supplementary penalties:</translation>
        </message>
        <message>
            <source>Remedial measures:</source>
            <translation>Remedial measures:</translation>
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
            <source>split</source>
            <translation>split</translation>
        </message>
        <message>
            <source>dissolved</source>
            <translation>dissolved</translation>
        </message>
        <message>
            <source>needs review</source>
            <translation>needs review</translation>
        </message>
        <message>
            <source>operating</source>
            <translation>operating</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>paused</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation>%1 since %2</translation>
        </message>
        <message>
            <source>Whole commune</source>
            <translation>Whole commune</translation>
        </message>
        <message>
            <source>Propaganda activities</source>
            <translation>Propaganda activities</translation>
        </message>
        <message>
            <source>Form:</source>
            <translation>Form:</translation>
        </message>
        <message>
            <source>%1 activities · %2 participants · %3 materials handed out</source>
            <translation>%1 activities · %2 participants · %3 materials handed out</translation>
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
            <source>%1 trainings · %2 attendances · %3 persons trained for the first time</source>
            <translation>%1 trainings · %2 attendances · %3 persons trained for the first time</translation>
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
        <message>
            <source>Teams and groups</source>
            <translation>Teams and groups</translation>
        </message>
        <message>
            <source>%1 teams and groups · %2 members</source>
            <translation>%1 teams and groups · %2 members</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Models</translation>
        </message>
        <message>
            <source>%1 models</source>
            <translation>%1 models</translation>
        </message>
        <message>
            <source>Status of the model</source>
            <translation>Status of the model</translation>
        </message>
        <message>
            <source>Quarterly figures of the model</source>
            <translation>Quarterly figures of the model</translation>
        </message>
        <message>
            <source>%1 quarters · %2 persons · %3 sessions · %4 referrals</source>
            <translation>%1 quarters · %2 persons · %3 sessions · %4 referrals</translation>
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
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>Your recovery key</translation>
        </message>
        <message>
            <source>If you forget the password, this recovery key is the only way to open the database. It is shown only now. Print it or write it down and keep it locked away from the laptop. Anyone who has it can open the data.</source>
            <translation>If you forget the password, this recovery key is the only way to open the database. It is shown only now. Print it or write it down and keep it locked away from the laptop. Anyone who has it can open the data.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>I have printed or written down the recovery key</source>
            <translation>I have printed or written down the recovery key</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>CommuneDesk — recovery key</source>
            <translation>CommuneDesk — recovery key</translation>
        </message>
        <message>
            <source>Made on: %1</source>
            <translation>Made on: %1</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <source>Keep this paper locked away. Anyone who has it can open the data.</source>
            <translation>Keep this paper locked away. Anyone who has it can open the data.</translation>
        </message>
        <message>
            <source>Copied. Paste it somewhere safe, then clear the clipboard.</source>
            <translation>Copied. Paste it somewhere safe, then clear the clipboard.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Sent to the printer.</translation>
        </message>
        <message>
            <source>No printer found: save the recovery key</source>
            <translation>No printer found: save the recovery key</translation>
        </message>
        <message>
            <source>Text file (*.txt)</source>
            <translation>Text file (*.txt)</translation>
        </message>
        <message>
            <source>Saved to %1. Print it, then delete the file.</source>
            <translation>Saved to %1. Print it, then delete the file.</translation>
        </message>
    </context>
    <context>
        <name>RefField</name>
        <message>
            <source>Show the matches (↓)</source>
            <translation>Show the matches (↓)</translation>
        </message>
    </context>
    <context>
        <name>ReportView</name>
        <message>
            <source>I. Situation on the territory</source>
            <translation>I. Situation on the territory</translation>
        </message>
        <message>
            <source>III.1 Results achieved</source>
            <translation>III.1 Results achieved</translation>
        </message>
        <message>
            <source>III.2 Shortcomings and causes</source>
            <translation>III.2 Shortcomings and causes</translation>
        </message>
        <message>
            <source>IV. Tasks for the next period</source>
            <translation>IV. Tasks for the next period</translation>
        </message>
        <message>
            <source>V. Proposals</source>
            <translation>V. Proposals</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Prefilled with a draft written from the figures; edit freely. A section left as the draft follows the figures when they change.</source>
            <translation>Prefilled with a draft written from the figures; edit freely. A section left as the draft follows the figures when they change.</translation>
        </message>
        <message>
            <source>Back to the draft</source>
            <translation>Back to the draft</translation>
        </message>
        <message>
            <source>Print the "Kính gửi" line</source>
            <translation>Print the "Kính gửi" line</translation>
        </message>
        <message>
            <source>One recipient per line</source>
            <translation>One recipient per line</translation>
        </message>
        <message>
            <source>Number (Số):</source>
            <translation>Number (Số):</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Signer (from the profile):</source>
            <translation>Signer (from the profile):</translation>
        </message>
        <message>
            <source>Receiving office:</source>
            <translation>Receiving office:</translation>
        </message>
        <message>
            <source>Other recipients (Nơi nhận, after the receiving office):</source>
            <translation>Other recipients (Nơi nhận, after the receiving office):</translation>
        </message>
        <message>
            <source>Issued numbers</source>
            <translation>Issued numbers</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Save draft</translation>
        </message>
        <message>
            <source>Keeps the text and settings of this period's report in the database; writes no file</source>
            <translation>Keeps the text and settings of this period's report in the database; writes no file</translation>
        </message>
        <message>
            <source>Export Word/Excel…</source>
            <translation>Export Word/Excel…</translation>
        </message>
        <message>
            <source>Export to a USB stick…</source>
            <translation>Export to a USB stick…</translation>
        </message>
        <message>
            <source>the report's number in %1 (kept when written again): %2; see "Issued numbers"</source>
            <translation>the report's number in %1 (kept when written again): %2; see "Issued numbers"</translation>
        </message>
        <message>
            <source>Draft saved for %1 (no file written; use "Export Word/Excel…").</source>
            <translation>Draft saved for %1 (no file written; use "Export Word/Excel…").</translation>
        </message>
        <message>
            <source>Narrative</source>
            <translation>Narrative</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Office comments</source>
            <translation>Office comments</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Export the report into</source>
            <translation>Export the report into</translation>
        </message>
        <message>
            <source>Number already used</source>
            <translation>Number already used</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Not written: %1</source>
            <translation>Not written: %1</translation>
        </message>
        <message>
            <source>No data in this period</source>
            <translation>No data in this period</translation>
        </message>
        <message>
            <source>No record is dated in %1. The report will say that nothing was recorded. Export it anyway?</source>
            <translation>No record is dated in %1. The report will say that nothing was recorded. Export it anyway?</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Export anyway</source>
            <translation>Export anyway</translation>
        </message>
        <message>
            <source>The report is already there</source>
            <translation>The report is already there</translation>
        </message>
        <message>
            <source>%1 already holds %2. Replace it, or keep it and write "%3"?</source>
            <translation>%1 already holds %2. Replace it, or keep it and write "%3"?</translation>
        </message>
        <message>
            <source>Write "%1"</source>
            <translation>Write "%1"</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Replace</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Nothing was written.</translation>
        </message>
        <message>
            <source>Written and read back: %1 and %2.</source>
            <translation>Written and read back: %1 and %2.</translation>
        </message>
        <message>
            <source>The USB stick can be removed safely.</source>
            <translation>The USB stick can be removed safely.</translation>
        </message>
        <message>
            <source>No USB stick found. Plug one in, or use "Export Word/Excel…".</source>
            <translation>No USB stick found. Plug one in, or use "Export Word/Excel…".</translation>
        </message>
        <message>
            <source>Export onto:</source>
            <translation>Export onto:</translation>
        </message>
        <message>
            <source>not set: complete the unit profile</source>
            <translation>not set: complete the unit profile</translation>
        </message>
        <message>
            <source>No record is dated in %1: the report will say so.</source>
            <translation>No record is dated in %1: the report will say so.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <source>Cancelled; no file was left half-written.</source>
            <translation>Cancelled; no file was left half-written.</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Failed: %1</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Preparing the preview…</translation>
        </message>
        <message>
            <source>Preview: %1 pages (rendered by LibreOffice).</source>
            <translation>Preview: %1 pages (rendered by LibreOffice).</translation>
        </message>
        <message>
            <source>Preview rendered by CommuneDesk (LibreOffice is not installed); the Word file keeps the official layout.</source>
            <translation>Preview rendered by CommuneDesk (LibreOffice is not installed); the Word file keeps the official layout.</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Writing the report…</translation>
        </message>
        <message>
            <source>USB stick</source>
            <translation>USB stick</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Choose a backup. Before anything is replaced, the current database is kept aside in the backups folder.</source>
            <translation>Choose a backup. Before anything is replaced, the current database is kept aside in the backups folder.</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>daily</translation>
        </message>
        <message>
            <source>on exit</source>
            <translation>on exit</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>manual</translation>
        </message>
        <message>
            <source>Choose another file…</source>
            <translation>Choose another file…</translation>
        </message>
        <message>
            <source>Password that was valid when this backup was made</source>
            <translation>Password that was valid when this backup was made</translation>
        </message>
        <message>
            <source>No backup chosen.</source>
            <translation>No backup chosen.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>Restore this backup</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Choose a backup</translation>
        </message>
        <message>
            <source>Database (*.db)</source>
            <translation>Database (*.db)</translation>
        </message>
        <message>
            <source>This backup does not open with the current password. Type the password that was valid when it was made, then press Enter.</source>
            <translation>This backup does not open with the current password. Type the password that was valid when it was made, then press Enter.</translation>
        </message>
        <message>
            <source>This file is not a CommuneDesk backup, or it is encrypted with a password that is not the current one. Choose another backup, or type the password that was valid when it was made, then press Enter.</source>
            <translation>This file is not a CommuneDesk backup, or it is encrypted with a password that is not the current one. Choose another backup, or type the password that was valid when it was made, then press Enter.</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>(unit profile not set)</source>
            <translation>(unit profile not set)</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Unit:</translation>
        </message>
        <message>
            <source>Schema:</source>
            <translation>Schema:</translation>
        </message>
        <message>
            <source>Integrity check:</source>
            <translation>Integrity check:</translation>
        </message>
        <message>
            <source>Rows in the backup:</source>
            <translation>Rows in the backup:</translation>
        </message>
        <message>
            <source>Keyed checksum:</source>
            <translation>Keyed checksum:</translation>
        </message>
        <message>
            <source>matches</source>
            <translation>matches</translation>
        </message>
        <message>
            <source>cannot be checked on this computer (made elsewhere, or before checksums existed)</source>
            <translation>cannot be checked on this computer (made elsewhere, or before checksums existed)</translation>
        </message>
        <message>
            <source>Propaganda activities</source>
            <translation>Propaganda activities</translation>
        </message>
        <message>
            <source>Training courses</source>
            <translation>Training courses</translation>
        </message>
        <message>
            <source>Training participants</source>
            <translation>Training participants</translation>
        </message>
        <message>
            <source>Businesses</source>
            <translation>Businesses</translation>
        </message>
        <message>
            <source>Inspections</source>
            <translation>Inspections</translation>
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
            <source>Penalty decisions</source>
            <translation>Penalty decisions</translation>
        </message>
        <message>
            <source>Reintegration support</source>
            <translation>Reintegration support</translation>
        </message>
        <message>
            <source>Stored identities</source>
            <translation>Stored identities</translation>
        </message>
        <message>
            <source>Residential units</source>
            <translation>Residential units</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Plans</translation>
        </message>
        <message>
            <source>Change log entries</source>
            <translation>Change log entries</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Its keyed checksum cannot be checked on this computer: restore it only if you know where it comes from.</source>
            <translation>Its keyed checksum cannot be checked on this computer: restore it only if you know where it comes from.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Restore this backup?</translation>
        </message>
        <message>
            <source>The current database will be replaced by the backup %1. The current file is kept aside first. Continue?</source>
            <translation>The current database will be replaced by the backup %1. The current file is kept aside first. Continue?</translation>
        </message>
    </context>
    <context>
        <name>SavedBar</name>
        <message>
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Hide this message</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Already open</source>
            <translation>Already open</translation>
        </message>
        <message>
            <source>This database is already open in another CommuneDesk window. Switch to that window, or close it and start again.</source>
            <translation>This database is already open in another CommuneDesk window. Switch to that window, or close it and start again.</translation>
        </message>
        <message>
            <source>An import was interrupted</source>
            <translation>An import was interrupted</translation>
        </message>
        <message>
            <source>Wrong password or recovery key; try again.</source>
            <translation>Wrong password or recovery key; try again.</translation>
        </message>
        <message>
            <source>Signing ledger not checked</source>
            <translation>Signing ledger not checked</translation>
        </message>
        <message>
            <source>Daily backup failed</source>
            <translation>Daily backup failed</translation>
        </message>
        <message>
            <source>Daily backup incomplete</source>
            <translation>Daily backup incomplete</translation>
        </message>
        <message>
            <source>The database is closed.</source>
            <translation>The database is closed.</translation>
        </message>
        <message>
            <source>Backup on exit incomplete</source>
            <translation>Backup on exit incomplete</translation>
        </message>
        <message>
            <source>Backup on exit failed</source>
            <translation>Backup on exit failed</translation>
        </message>
        <message>
            <source>The backup was written and verified:</source>
            <translation>The backup was written and verified:</translation>
        </message>
        <message>
            <source>Backup incomplete</source>
            <translation>Backup incomplete</translation>
        </message>
        <message>
            <source>Backup written</source>
            <translation>Backup written</translation>
        </message>
        <message>
            <source>The backup %1 was restored.</source>
            <translation>The backup %1 was restored.</translation>
        </message>
        <message>
            <source>The previous database was kept at:</source>
            <translation>The previous database was kept at:</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Backup restored</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>The whole window changes to the new language as soon as you save.</source>
            <translation>The whole window changes to the new language as soon as you save.</translation>
        </message>
        <message>
            <source>e.g. Nguyễn Thị Lan, công chức Văn hóa - Xã hội</source>
            <translation>e.g. Nguyễn Thị Lan, công chức Văn hóa - Xã hội</translation>
        </message>
        <message>
            <source>The change history names this officer for every change made on this computer account. Leave it empty to show “the officer using this computer”.</source>
            <translation>The change history names this officer for every change made on this computer account. Leave it empty to show “the officer using this computer”.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>none (e.g. a USB stick)</source>
            <translation>none (e.g. a USB stick)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <source>Officer using this computer:</source>
            <translation>Officer using this computer:</translation>
        </message>
        <message>
            <source>Lock after idle time:</source>
            <translation>Lock after idle time:</translation>
        </message>
        <message>
            <source>Second backup folder:</source>
            <translation>Second backup folder:</translation>
        </message>
        <message>
            <source>Daily backups kept:</source>
            <translation>Daily backups kept:</translation>
        </message>
        <message>
            <source>Backups on exit kept:</source>
            <translation>Backups on exit kept:</translation>
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
            <source>Second backup folder</source>
            <translation>Second backup folder</translation>
        </message>
        <message>
            <source>The folder %1 does not exist. Plug in the USB stick or choose another folder.</source>
            <translation>The folder %1 does not exist. Plug in the USB stick or choose another folder.</translation>
        </message>
        <message>
            <source>The settings could not be saved: %1</source>
            <translation>The settings could not be saved: %1</translation>
        </message>
    </context>
    <context>
        <name>SignConfirmDialog</name>
        <message>
            <source>Sign and package %1</source>
            <translation>Sign and package %1</translation>
        </message>
        <message>
            <source>Sign and package the report of %1 (revision %2)</source>
            <translation>Sign and package the report of %1 (revision %2)</translation>
        </message>
        <message>
            <source>%1 has not ended: it runs until %2 (%3 more day(s)). Signed now, the report counts only up to %4: records dated up to that day are locked (no adding, changing or deleting until the period is amended with a reason), and activities after it will be missing from this report. Sign after the period ends unless a deadline forces you.</source>
            <translation>%1 has not ended: it runs until %2 (%3 more day(s)). Signed now, the report counts only up to %4: records dated up to that day are locked (no adding, changing or deleting until the period is amended with a reason), and activities after it will be missing from this report. Sign after the period ends unless a deadline forces you.</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Data locked:</source>
            <translation>Data locked:</translation>
        </message>
        <message>
            <source>records dated %1 (%2 record(s))</source>
            <translation>records dated %1 (%2 record(s))</translation>
        </message>
        <message>
            <source>Figures count up to:</source>
            <translation>Figures count up to:</translation>
        </message>
        <message>
            <source>Dated:</source>
            <translation>Dated:</translation>
        </message>
        <message>
            <source>Plan:</source>
            <translation>Plan:</translation>
        </message>
        <message>
            <source>The package holds:</source>
            <translation>The package holds:</translation>
        </message>
        <message>
            <source>the report (Word), its annex of figures (Excel), the figures for the receiving office's software (report-data.json) and your unit's digital signature.</source>
            <translation>the report (Word), its annex of figures (Excel), the figures for the receiving office's software (report-data.json) and your unit's digital signature.</translation>
        </message>
        <message>
            <source>Key figure</source>
            <translation>Key figure</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>This period</translation>
        </message>
        <message>
            <source>After signing, the %1 record(s) dated %2 are locked: they cannot be changed or deleted, and no record dated in those days can be added, until the period is amended (with a reason kept in the log).</source>
            <translation>After signing, the %1 record(s) dated %2 are locked: they cannot be changed or deleted, and no record dated in those days can be added, until the period is amended (with a reason kept in the log).</translation>
        </message>
        <message>
            <source>I have checked the figures and want to sign and lock this data now</source>
            <translation>I have checked the figures and want to sign and lock this data now</translation>
        </message>
        <message>
            <source>I know %1 has not ended and still want to sign and lock it now</source>
            <translation>I know %1 has not ended and still want to sign and lock it now</translation>
        </message>
        <message>
            <source>Sign and package</source>
            <translation>Sign and package</translation>
        </message>
        <message>
            <source>Key figures of the report:</source>
            <translation>Key figures of the report:</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to CommuneDesk</source>
            <translation>Sign in to CommuneDesk</translation>
        </message>
        <message>
            <source>Your full name (the change history names you)</source>
            <translation>Your full name (the change history names you)</translation>
        </message>
        <message>
            <source>Officer:</source>
            <translation>Officer:</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>SignInPanel</name>
        <message>
            <source>The database %1 is protected. Enter your password to open it.</source>
            <translation>The database %1 is protected. Enter your password to open it.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>I forgot my password: use the recovery key</source>
            <translation>I forgot my password: use the recovery key</translation>
        </message>
        <message>
            <source>Recovery key, e.g. ABCD-EFGH-…</source>
            <translation>Recovery key, e.g. ABCD-EFGH-…</translation>
        </message>
    </context>
    <context>
        <name>TokenDialog</name>
        <message>
            <source>Sign with a USB token</source>
            <translation>Sign with a USB token</translation>
        </message>
        <message>
            <source>Plug in the USB token. The signature is made on the token: the key never leaves it, and the PIN is used once and never stored.</source>
            <translation>Plug in the USB token. The signature is made on the token: the key never leaves it, and the PIN is used once and never stored.</translation>
        </message>
        <message>
            <source>the token's PKCS#11 module, e.g. C:\Windows\System32\…dll</source>
            <translation>the token's PKCS#11 module, e.g. C:\Windows\System32\…dll</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>only when several tokens are plugged in</source>
            <translation>only when several tokens are plugged in</translation>
        </message>
        <message>
            <source>only when the token holds several keys</source>
            <translation>only when the token holds several keys</translation>
        </message>
        <message>
            <source>PKCS#11 module:</source>
            <translation>PKCS#11 module:</translation>
        </message>
        <message>
            <source>Token label:</source>
            <translation>Token label:</translation>
        </message>
        <message>
            <source>Key label:</source>
            <translation>Key label:</translation>
        </message>
        <message>
            <source>PIN:</source>
            <translation>PIN:</translation>
        </message>
        <message>
            <source>Open the token</source>
            <translation>Open the token</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The token's PKCS#11 module</source>
            <translation>The token's PKCS#11 module</translation>
        </message>
        <message>
            <source>PKCS#11 modules (*.dll *.so *.dylib)</source>
            <translation>PKCS#11 modules (*.dll *.so *.dylib)</translation>
        </message>
    </context>
    <context>
        <name>TrainingLinesTable</name>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Attendances</source>
            <translation>Attendances</translation>
        </message>
        <message>
            <source>Of them, first time this year</source>
            <translation>Of them, first time this year</translation>
        </message>
        <message>
            <source>How many of these attendances are persons trained for the first time this year; 0 when all of them were already trained this year. STAFF_TRAINED counts these persons, never the attendances.</source>
            <translation>How many of these attendances are persons trained for the first time this year; 0 when all of them were already trained this year. STAFF_TRAINED counts these persons, never the attendances.</translation>
        </message>
        <message>
            <source>Total:</source>
            <translation>Total:</translation>
        </message>
        <message>
            <source>(not stated)</source>
            <translation>(not stated)</translation>
        </message>
        <message>
            <source>%1 attendances · %2 persons trained for the first time</source>
            <translation>%1 attendances · %2 persons trained for the first time</translation>
        </message>
    </context>
    <context>
        <name>UnitsList</name>
        <message>
            <source>Residential units</source>
            <translation>Residential units</translation>
        </message>
        <message>
            <source>Add or remove units in the unit profile. Select a unit to rename, merge, split or dissolve it with an effective date: its records and their history stay attached; from that date it leaves the shares of units and takes no new records.</source>
            <translation>Add or remove units in the unit profile. Select a unit to rename, merge, split or dissolve it with an effective date: its records and their history stay attached; from that date it leaves the shares of units and takes no new records.</translation>
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
