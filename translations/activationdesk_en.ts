<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>ActivationSheet</name>
        <message>
            <source>SIMULATION</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ESU activation sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulation: for training only, not a real Windows activation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operating system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Program and year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partial product key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installation ID (read this to the activation line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmation ID (write each group of six digits in its box)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back at the machine, type the confirmation ID group by group into Activation Desk; each group is checked as it is typed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CatalogText</name>
        <message>
            <source>Windows 7 SP1 ESU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows Server 2008 / 2008 R2 ESU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows Server 2012 / 2012 R2 ESU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows 10 ESU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, Year %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows 7 SP1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows Server 2008 SP2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows Server 2008 R2 SP1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows Server 2012</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows Server 2012 R2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows 10 22H2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown Windows version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>official (Microsoft)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>community sources</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>unknown backend "%1" (use simulated or windows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown command "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>actdesk: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run "actdesk help" for the list of commands.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SIMULATION: simulated machine, not a real Windows activation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up a simulated machine first: actdesk simulate init --os win7</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown option %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is neither a program/year from the catalog (see "actdesk programs") nor an activation ID: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown OS "%1" (use win7, win2008, win2008r2, win2012, win2012r2 or win10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>status takes at most one activation ID or "all"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Machine: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No ESU product is present. Install the prerequisite updates first:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>partial key %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>install-key needs exactly one product key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installed product key XXXXX-XXXXX-XXXXX-XXXXX-%1 for %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>iid needs the activation ID or program/year (for example win7-esu-y1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installation ID for %1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>apply needs the confirmation ID and the activation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmation ID deposited for %1. License status: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check needs an installation ID or a confirmation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 digits found: an installation ID has 63 or 54 digits, a confirmation ID 48.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid confirmation ID: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid installation ID (%1 digits): %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--name needs a machine name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--iid-length must be 54 or 63</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected argument "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulated machine %1 (%2) created in %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ESU prerequisite updates are missing: installing an ESU key will fail with 0xC004F050.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>simulate cid needs an installation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SIMULATED activation centre: this confirmation ID works only on a simulated machine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>simulate needs "init" or "cid"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown simulate command "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sheet needs the PDF file to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No ESU year on this machine is waiting for activation: install its product key first.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote %n activation sheet(s) to %1.</source>
            <translation>
                <numerusform>Wrote %n activation sheet(s) to %1.</numerusform>
                <numerusform>Wrote %n activation sheet(s) to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>qr needs an installation ID and --png FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote the QR code of %1 to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: actdesk [global options] COMMAND [arguments]

Commands:
  programs [--os OS]            list the ESU programs and years (the catalog)
  status [ID|all]               licence status of the ESU products (slmgr /dlv)
  install-key KEY|- [--for ID]  install an ESU product key (slmgr /ipk); - reads it from stdin
  iid ID                        show the installation ID (slmgr /dti)
  apply CID ID                  deposit a confirmation ID and verify (slmgr /atp)
  check ID                      check an installation or confirmation ID
  simulate init [--os OS] [--name NAME] [--missing-prerequisites] [--iid-length 54|63]
                                set up a simulated machine (training, tests)
  simulate cid IID              the simulated activation centre

ID is an activation ID (GUID) or a program/year name such as win7-esu-y1.
The slmgr spellings /ipk, /dti, /atp and /dlv are accepted too.

Global options:
  --backend simulated|windows   licensing backend (simulated off Windows)
  --state DIR                   where the simulated machine lives
  --catalog FILE                an administrator's catalog override file
  --json                        machine-readable output
  --lang en|ja                  language of messages

Exit status: 0 success, 1 invalid input or failed operation, 2 usage error,
3 environment problem (no simulated machine, backend or catalog unusable).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>actdesk: warning: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>succeeded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invalid input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partial key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--outcome takes succeeded or failed, not "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 takes a date (YYYY-MM-DD) or an ISO 8601 time, not "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--limit takes a number, not "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>choose either --csv or --json</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n entries in %1</source>
            <translation>
                <numerusform>%n entries in %1</numerusform>
                <numerusform>%n entries in %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Journal (every install-key, iid and apply step is recorded):
  journal [--machine NAME] [--iid IID] [--partial-key KEY] [--program ID]
          [--outcome succeeded|failed] [--since DATE] [--until DATE] [--limit N] [--csv]
                                list journal entries, newest first (DATE: YYYY-MM-DD, UTC)
  --journal URL                 the journal: a file path (default: per-user journal.sqlite)
                                or postgresql://user@host:port/database for a shared one</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message>
            <source>installation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>confirmation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>product key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>activation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A product key uses only B C D F G H J K M P Q R T V W X Y, 2 3 4 6 7 8 9 and one N, with optional hyphens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An activation ID uses only 0-9, a-f and hyphens, optionally in braces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only digits, spaces and hyphens are allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The %1 is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The %1 is not readable text (it is not UTF-8).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group %1 of the %2 contains "%3". %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The %1 contains "%2" at position %3. %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group %1 of the %2 has %3 digits; it needs %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The product key has %1 characters; it needs 25 (five groups of five).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The activation ID has %1 hexadecimal digits; it needs 32.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The confirmation ID has %1 digits; it needs 48 (eight groups A-H of six).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The installation ID has %1 digits; it needs 63 (nine groups of seven) or 54 (nine groups of six).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group %1 of the %2 is wrong: its last digit does not match the others. Check that group again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Groups %1 of the %2 are wrong: their last digits do not match the others. Check those groups again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group %1 of the %2 is not complete: %3 of %4 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The product key contains the letter N more than once (again at position %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run Activation Desk as an administrator (elevated) and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the key. For an ESU key, install the prerequisite updates listed for this machine (including the ESU licensing preparation package), restart, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the product key for typing mistakes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This key is blocked. Contact your Microsoft licensing partner for a new key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Install the ESU product key for this year first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This ESU year is not present on the machine. Check the activation ID, and install the prerequisite updates if no ESU year is listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the confirmation ID group by group and enter it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This confirmation ID belongs to a different installation ID. Generate the installation ID again and obtain a new confirmation ID for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hardware changed since the installation ID was generated. Generate a new installation ID and obtain a new confirmation ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait a moment and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The licensing service cannot be used. See the details below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note the code and look it up with "slui.exe 0x2a %1" on the machine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Access denied: this step needs administrator rights.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The licensing service rejected a value as invalid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The licence status could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The product key is invalid or cannot be used on this machine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The product key is blocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The licensing service has no such value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No product key is installed for this ESU year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ESU product (activation ID) was not found on this machine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The confirmation ID is invalid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The confirmation ID has the wrong format or length.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The installation ID and the confirmation ID do not match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The confirmation ID is not bound to this machine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The confirmation ID could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The licensing service is stopping.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another activation is in progress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The licensing backend is not available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The licensing service reported an error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complete the step "%1" first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, line %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Catalog %1: the line cannot be read (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Catalog %1: format %2 is not supported by this version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Catalog %1: the field "%2" is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Catalog %1: "%2" is not a valid value for "%3".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Catalog %1: the activation ID %2 is used twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlicensed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licensed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In grace period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Machine and prerequisites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Program and year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verify</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalText</name>
        <message>
            <source>"%1" is not a journal location (%2). Give a file path or postgresql://user@host:port/database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database driver %1 is not installed, so the journal %2 cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal file %1 cannot be opened or written (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal file %1 is damaged or is not an Activation Desk journal (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal %1 was written by a newer version of Activation Desk (schema version %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal %1 is in use by another program and stayed locked for too long. Try again when the other program has finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot connect to the journal database %1 (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal %1 reported an error (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A fresh journal was started beside it: %1. The old file was kept unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a fresh journal beside it? The old file is kept unchanged, so it can be rescued later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The activation continues, but its steps are not journaled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This step was not written to the journal.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalView</name>
        <message>
            <source>Search machine, IID, CID, key, program…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All outcomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Succeeded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No journal is open.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entries</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n entries</source>
            <translation>
                <numerusform>%1 of %n entries</numerusform>
                <numerusform>%1 of %n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>only the newest %n are loaded</source>
            <translation>
                <numerusform>only the newest %n are loaded</numerusform>
                <numerusform>only the newest %n are loaded</numerusform>
            </translation>
        </message>
        <message>
            <source>The CSV file %1 could not be written: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export journal as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %n entries to %1.</source>
            <translation>
                <numerusform>Exported %n entries to %1.</numerusform>
                <numerusform>Exported %n entries to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Time (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partial key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select an entry to see all its details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extended PID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Machine ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operating system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tool version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Technical detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invalid input</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
