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
        <message>
            <source>Activation line</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArgumentText</name>
        <message>
            <source>%1 is %2 bytes long; at most %3 bytes (UTF-8) are allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 holds the control or invisible character %2, which is not allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not valid text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 looks like a product key. A product key is never written into a name or a reason: give it where a key is asked for</source>
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
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 (%3)</source>
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
            <source>%1 has no item waiting for a confirmation ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the QR code could not be made</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s) did not succeed; each one says why.</source>
            <translation>
                <numerusform>%n item(s) did not succeed; each one says why.</numerusform>
                <numerusform>%n item(s) did not succeed; each one says why.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeskOnline</name>
        <message>
            <source>--endpoint must be an https address, or http to a loopback address (127.0.0.1, ::1, localhost)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--proxy must be http://HOST:PORT or socks5://HOST:PORT, without a user name (ACTDESK_PROXY_USER and ACTDESK_PROXY_PASSWORD give it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--ca-file must name a PEM file with at least one certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--limit must be a number from 1 to 16</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>desk online needs at least one transfer file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reuse the confirmation ID in the journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>simulated machine: not sent to Microsoft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>send to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1 (%2): %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Dry run: %n request(s) would be sent; nothing was sent or changed.</source>
            <translation>
                <numerusform>Dry run: %n request(s) would be sent; nothing was sent or changed.</numerusform>
                <numerusform>Dry run: %n request(s) would be sent; nothing was sent or changed.</numerusform>
            </translation>
        </message>
        <message>
            <source>The MAK of extended PID %1 has %2 activation(s) left, and this batch asks for %3: the items beyond that will fail with 0x7F.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>actdesk: warning: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>actdesk: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This request comes from a simulated machine: it is never sent to Microsoft. Answer it with "actdesk desk simulate".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1 (%2): confirmation ID %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1 (%2): confirmation ID %3, reused from the journal (no MAK activation spent)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 answered online, %2 from the journal, %3 failed, %4 not answered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>desk remaining needs one extended PID (as `actdesk desk list` shows it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MAK of extended PID %1 has %2 activation(s) left.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ElevatedRestart</name>
        <message>
            <source>the administrator prompt was declined.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows could not start it (%1).</source>
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
        <message>
            <source>Catalog %1 cannot be opened: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Catalog %1 is larger than %2 MB, and an override catalog is a short text file. Check that the right file was given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a named pipe (FIFO)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a socket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a special file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a folder, not a file. Nothing was read or changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is %2, not a file: it was not opened, and nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is %1, not a file; it was left as it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group %1 of the %2 is wrong: one of its digits was misheard or mistyped, not necessarily the last. Ask for the whole group again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Groups %1 of the %2 are wrong: in each, one of the digits was misheard or mistyped, not necessarily the last. Ask for those whole groups again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed. Free some space on that disk and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk that holds the simulated machine is full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the simulated machine's operating system is not one that can be simulated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the installation ID groups must be 6 or 7 digits long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the ESU licensing preparation package is not installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no ESU product on this machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the installation ID is not this product's current one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A product key uses only %1, %2 and one N, with optional hyphens.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuiCommandLine</name>
        <message>
            <source>Activation Desk: offline activation of Windows Extended Security Updates (ESU) licences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show this help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the window: en or ja (default: the system language, or $ACTDESK_LANG).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licensing backend: simulated or windows (default: %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>backend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory of the simulated machine (default: $ACTDESK_STATE, or %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An administrator's ESU catalog file that adds to or overrides the built-in one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected argument "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown backend "%1" (use simulated or windows).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal: a file path or postgresql://user@host:port/database (default: $ACTDESK_JOURNAL, or %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>url</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GuiComposition</name>
        <message>
            <source>A simulated machine was set up for you: %1 (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer the requests on a USB stick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take an installation ID by phone and read the confirmation ID back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Journal off: nothing is being recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desk: transfer files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restarted as administrator. The key typed before could not be carried over (another account); type it again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdShape</name>
        <message>
            <source>Confirmation ID group %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installation ID group %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product key group %1</source>
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
        <message>
            <source>You chose to continue without a journal: nothing from this session is recorded. The old file was kept unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk that holds the journal %1 is full (%2). The journal is not damaged: free some space on that disk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal %1 is on read-only media or in a read-only folder (%2): it can be read, but nothing can be written to it.</source>
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
        <message>
            <source>⚠ Nothing is being recorded in this session: there is no journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is being recorded in this session.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OnlineText</name>
        <message>
            <source>Not sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MAK has reached its activation limit (service error %1). Ask for more activations in the Microsoft 365 admin center or Volume Licensing Service Center, or use another MAK; the machine stays unlicensed until then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Microsoft has blocked this product key (service error %1). Check with Microsoft licensing support that the key is valid for this ESU program and year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The product key is not valid (service error %1). Check that the right ESU key is installed on the machine, then make a new request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key on the machine is of the wrong type (service error %1): online activation needs a MAK. Install the ESU MAK and make a new request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The activation service did not accept the installation ID (service error %1). Make a new request on the machine and check the installation ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The activation service reported error %1. Try again later; if it persists, activate by phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The activation service's answer was larger than 1 MB and was not read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The activation service's answer contained a document type declaration or an entity and was not read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The activation service's answer was incomplete or damaged (%1). Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The activation service's answer was not the expected one (%1). Check the endpoint.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The activation service sent a confirmation ID that fails its check digits; it was not used. Try again, or activate by phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No connection to the activation service (%1). Nothing more was sent; the items not answered stay waiting. Check the network or the proxy and run it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The proxy asks for a user name and password (HTTP 407). Nothing more was sent; the items not answered stay waiting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The activation service's certificate was not trusted (%1). Nothing more was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled. The answers already received are kept; the other items stay waiting.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The activation service answered HTTP %1 (after %n attempt(s)). The item stays waiting; try again later.</source>
            <translation>
                <numerusform>The activation service answered HTTP %1 (after %n attempt(s)). The item stays waiting; try again later.</numerusform>
                <numerusform>The activation service answered HTTP %1 (after %n attempt(s)). The item stays waiting; try again later.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The activation service did not answer in time (after %n attempt(s)). The item stays waiting; try again later.</source>
            <translation>
                <numerusform>The activation service did not answer in time (after %n attempt(s)). The item stays waiting; try again later.</numerusform>
                <numerusform>The activation service did not answer in time (after %n attempt(s)). The item stays waiting; try again later.</numerusform>
            </translation>
        </message>
        <message>
            <source>Online options (desk online, desk remaining; Microsoft's BatchActivation service, as VAMT
uses it; needs a MAK):
  --endpoint is for tests and private mirrors: https, or http to a loopback address only.
  --proxy http://HOST:PORT (default: the system's proxy); a proxy asking for a password gets
  ACTDESK_PROXY_USER and ACTDESK_PROXY_PASSWORD from the environment, never stored.
  --limit N: at most N requests at once (default 4).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResumeTicket</name>
        <message>
            <source>The typed key could not be protected for the restart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a file Activation Desk wrote for a restart.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TransferText</name>
        <message>
            <source>export needs the transfer file, optionally followed by activation IDs or program/year names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No ESU product is present on this machine. Install the prerequisite updates first (see "actdesk status").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to request: no ESU product on this machine has a product key installed and is still unlicensed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved in %1. Take the file to the activation desk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import needs exactly one transfer file</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s) for other machines skipped (left untouched).</source>
            <translation>
                <numerusform>%n item(s) for other machines skipped (left untouched).</numerusform>
                <numerusform>%n item(s) for other machines skipped (left untouched).</numerusform>
            </translation>
        </message>
        <message>
            <source>No item in %1 is for this machine (%2, id %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked the applied items in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The licences above are applied, but %1 could not be updated: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>desk list needs exactly one transfer file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--status must be pending, answered, failed or applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Machine: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[simulated machine]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extended PID: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installation ID: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmation ID: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal already holds a confirmation ID for this installation ID (%1). Reuse it with "actdesk desk answer %2 %3": that saves a MAK activation.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s).</source>
            <translation>
                <numerusform>%n item(s).</numerusform>
                <numerusform>%n item(s).</numerusform>
            </translation>
        </message>
        <message>
            <source>desk answer needs the transfer file, the item and its confirmation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>desk answer needs the confirmation ID: the journal holds none for item %1's installation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>actdesk: warning: the journal holds a different confirmation ID for this installation ID (%1). Check which one is right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reused the confirmation ID already in the journal: no new activation was needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1 answered: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1 already had this confirmation ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>desk fail needs the transfer file, the item and the reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1 marked failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>desk simulate needs exactly one transfer file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SIMULATION: the simulated activation centre answers. Its confirmation IDs work only on simulated machines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1 (%2): SIMULATED confirmation ID %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No item is waiting for an answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>desk export-csv needs the transfer file and the CSV file to write</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n pending item(s) written to %1.</source>
            <translation>
                <numerusform>%n pending item(s) written to %1.</numerusform>
                <numerusform>%n pending item(s) written to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>desk import-csv needs the transfer file and the CSV file to read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV line %1: item %2 answered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV line %1: item %2 already had this confirmation ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV line %1: item %2 has no confirmation ID yet; left as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV line %1: item %2 not answered. %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 cannot be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 is too large to be a transfer file (%2 bytes; a transfer file has at most %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not an Activation Desk transfer file: its first line is not "%2 &lt;version&gt;".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The transfer file %1 was made by a newer version of Activation Desk (format version %2; this version reads format version %3). Update Activation Desk on this computer to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The transfer file %1 has format version %2, which no version of Activation Desk writes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The transfer file %1 is incomplete: it ends at line %2 without its closing digest line. It was probably cut short while being copied or written (for example a USB stick removed too early). Save it again where it was made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 of %2 is not readable text (not UTF-8, or a control character): the file is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 of %2 is longer than any line of a transfer file: the file is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 of %2 is not part of the transfer file format: the file is damaged or was edited by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 of %2: the field "%3" of item %4 contains a backslash sequence the format does not use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 of %2: the field "%3" appears before the first item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 of %2: item %3 has a field "%4" that this format version does not have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 of %2: the field "%3" appears twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1 (line %2 of %3) lacks the field "%4".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 of %2: item %3 appears twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 of %2: the field "%3" of item %4 looks like it holds a full product key. A transfer file must never hold one; remove it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 of %2: the field "%3" of item %4 has an impossible value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 of %2: the field "%3" of item %4 has an impossible value: "%5".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 of %2: the field "%3" of item %4 is not valid. %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 of %2: item %3 is "%4" but its field "%5" is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 of %2: item %3 is "%4" but its field "%5" is filled in; it must be empty for that status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1 (line %2 of %3) was changed or damaged after it was written: its digest does not match its content. Nothing was changed; save the request or the answers again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The transfer file %1 says (line %2) that it holds %3 items, but %4 were found: items were removed or added by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The list of items in %1 was changed by hand (items reordered or replaced): the file digest on line %2 does not match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 of %2 comes after the end of the file's content: the file is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be written: the stick or folder is read-only, or you lack permission (%2). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing %1 failed part-way (%2). The previous file is intact; check the stick (is it full or was it removed?) and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was changed by someone else while it was being saved. Nothing was written; try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no item "%1" in the file (give the item id, or at least its first %2 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" matches several items (%2): give more characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1 is %2: it cannot be changed that way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1: the installation ID "%2" is not the one item %3 asked for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1 comes from a real machine: the simulated activation centre does not answer it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1 of %2: a quoted cell is not closed properly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The CSV file %1 has no column "%2".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: request saved (item %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: request saved (item %2), replacing this machine's earlier request %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the same request is already waiting in the file (item %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the file already holds the answer for this installation ID (item %2); run "actdesk import" to apply it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: already licensed; no request needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no product key is installed; install the ESU key first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: this ESU product is not present on this machine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (item %2): confirmation ID applied; the product is licensed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (item %2): already licensed; nothing was deposited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (item %2): the desk has not answered this request yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (item %2): the desk could not obtain a confirmation ID: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (item %2): refused. The installation ID of this machine is no longer the one in the request (the key was reinstalled or the hardware changed), so this confirmation ID cannot work. Export a new request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (item %2): refused: no product key is installed for it any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (item %2): this ESU product is not present on this machine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (item %2): the confirmation ID was not accepted. %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (item %2): the confirmation ID was deposited but the product is %3, not licensed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>actdesk: warning: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal could not be searched for confirmation IDs already obtained: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waiting for a confirmation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>applied on the machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for a confirmation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied on the machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item %1 already has a different confirmation ID. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add --replace to overwrite it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a transfer file: the CSV would replace it and every request in it. Give the CSV another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the confirmation ID given for desk answer is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The CSV file %1 is not UTF-8 text (it looks like UTF-16, as "Unicode Text" is saved). Save it as "CSV UTF-8" and import it again.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 is in use by %2 (process %3 on %4), which is saving it. Nothing was changed; try again when it has finished. If that program has stopped on another computer, its lock (%5) is released by itself after %n minute(s).</source>
            <translation>
                <numerusform>%1 is in use by %2 (process %3 on %4), which is saving it. Nothing was changed; try again when it has finished. If that program has stopped on another computer, its lock (%5) is released by itself after %n minute(s).</numerusform>
                <numerusform>%1 is in use by %2 (process %3 on %4), which is saving it. Nothing was changed; try again when it has finished. If that program has stopped on another computer, its lock (%5) is released by itself after %n minute(s).</numerusform>
            </translation>
        </message>
        <message>
            <source>another program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is in use by another program, which is saving it. Nothing was changed; try again when it has finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be written: its folder does not exist. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This machine's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already holds these requests; nothing was changed. Take the file to the activation desk.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VerbTable</name>
        <message>
            <source>Licences on this machine:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal (every install-key, iid and apply step is recorded):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer files (USB stick or share; format: docs/transfer-format.md):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The desk (answering the requests in a transfer file):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper and phone camera:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID is an activation ID (GUID) or a program/year name such as win7-esu-y1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desk options: --by NAME (who answers; default user@host), --replace (change an answer).
ITEM is an item id or its first characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: actdesk [global options] COMMAND [arguments]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Global options:
  --backend simulated|windows   licensing backend (simulated off Windows)
  --state DIR                   where the simulated machine lives
  --catalog FILE                an administrator's catalog override file
  --journal URL                 the journal: a file path (default: per-user journal.sqlite)
                                or postgresql://user@host:port/database for a shared one
  --json                        machine-readable output: one JSON object on stdout, errors
                                included ("ok": false)
  --lang en|ja                  language of messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit status: 0 success, 1 invalid input or failed operation, 2 usage error,
3 environment problem (no simulated machine, backend or catalog unusable, or a transfer
file that could not be read or written, which is then left unchanged).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list the ESU programs and years (the catalog)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>licence status of the ESU products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>install an ESU product key; - reads it from stdin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show the installation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deposit a confirmation ID and verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check an installation or confirmation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>set up a simulated machine (training, tests)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the simulated activation centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list journal entries, newest first (DATE: YYYY-MM-DD, UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>save this machine's activation requests into FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>apply the answers in FILE that are meant for this machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the items in FILE (S: pending, answered, failed, applied)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>record the confirmation ID for an item (without CID: reuse
the one the journal already holds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mark an item failed, with the reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>training: the simulated centre answers every open item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the pending installation IDs, for a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>confirmation IDs back from a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>printable activation sheet(s): IID in large groups, its QR
code and boxes A-H for the CID; for this machine's pending
ESU years, or for every pending item of a transfer file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a QR code of the IID (digits only unless --name is given)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 needs one of these commands: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown %1 command "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no --json output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>get confirmation IDs for every waiting item from Microsoft's BatchActivation
service and save them into the files; a CID already in the journal is
reused (no MAK activation spent); simulated machines are never sent to Microsoft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how many activations the MAK has left</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::AboutDialog</name>
        <message>
            <source>About Activation Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activation Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline activation of Windows Extended Security Updates (ESU) licences by phone, USB or paper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free software under the MIT licence. Built with Qt %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::ActivationCentreWindow</name>
        <message>
            <source>Activation centre (simulation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SIMULATION: these confirmation IDs work only on the simulated machine, never on a real one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste or type the installation ID the caller reads out, then press Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Installation ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmation ID to read back:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Read aloud, one group at a time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulated confirmation ID for this installation ID. Read it back group by group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the activation centre (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get &amp;confirmation ID</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::ApplyPage</name>
        <message>
            <source>Apply and verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the summary, then apply the confirmation ID. Activation Desk gives it to Windows and reads the licence status again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Machine:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Program and year:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmation ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Apply and verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ Not activated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ Status unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows accepted the confirmation ID, but the status is still "%1". Check that the right ESU year was chosen, then generate a new installation ID and call again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is activated on %2. This machine can now install the ESU security updates for this year.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::CallCentreView</name>
        <message>
            <source>&amp;New call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Training mode (Simulation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SIMULATION — training mode: confirmation IDs come from the simulated activation centre and work only on simulated machines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. The caller's installation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caller's &amp;machine name (optional):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Program / year:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Installation ID, as the caller reads it out (groups 1–9):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. The confirmation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Confirmation ID from the activation line (groups A–H):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Read it back to the caller →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3. Read back, group by group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not finish, &amp;because:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calls this shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulation: this confirmation ID comes from the simulated centre and works only on simulated machines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the whole installation ID first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type all eight groups (A–H) of the confirmation ID first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read group A to the caller; tick it when they confirm, then go on to B.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call could not be written to the journal (%1). Note it by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (Simulation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick every group A–H once the caller has confirmed it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call journaled. Ready for the next caller.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type why the call could not be finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call journaled as failed. Ready for the next caller.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Your calls of the last %n hour(s), from the journal</source>
            <translation>
                <numerusform>Your calls of the last %n hour(s), from the journal</numerusform>
                <numerusform>Your calls of the last %n hour(s), from the journal</numerusform>
            </translation>
        </message>
        <message>
            <source>The calls of this shift could not be read from the journal (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Journal as failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The computer name looks like a full product key. Product keys are never recorded: remove it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reason holds what looks like a full product key. Product keys are never recorded: remove it, or keep only its last five characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installation ID length:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>63 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>54 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>9 groups of 7 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>9 groups of 6 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask the simulated centre (Simulation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Done — journal the call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. caller hung up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activation line: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::ConfirmationIdPage</name>
        <message>
            <source>You can also paste the whole confirmation ID into any group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The installation ID has changed since this confirmation ID was typed, so it was cleared. A new confirmation ID is needed for the new installation ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer on a USB stick? Open the desk's response instead of typing:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open response from the desk…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The agent confirmed these digits: appl&amp;y them anyway (Windows checks them again)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report on the desk's response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the confirmation ID as the agent reads it, group by group, A to H. Each group is checked as you type: if a group is marked wrong, ask the agent to repeat that whole group. F8 goes to the first wrong group.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::DamagedJournalDialog</name>
        <message>
            <source>The journal cannot be used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal cannot be used. The activation is not affected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is kept exactly as it is, whatever you choose, so it can be rescued later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A fresh journal goes in the same folder, beside the old file, and records this session from now on. Without a journal, the activation works the same, but nothing from this session is recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start a fresh journal beside it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue &amp;without a journal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::DeskQueueView</name>
        <message>
            <source>&amp;Open transfer files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Training mode (Simulation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SIMULATION — training mode: confirmation IDs come from the simulated activation centre and work only on simulated machines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests waiting in the open transfer files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installation ID — read it to the activation centre:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Confirmation ID from the activation centre (groups A–H):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Use the confirmation ID from the journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Record answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. the activation line reported error 0xC004C008</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mark failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open transfer files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer files (*.adtx);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a transfer file to see the requests waiting in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a request in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2 — %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmation ID: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(Simulation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already obtained: the journal holds a confirmation ID for this installation ID (%1, machine %2). Use it instead of calling again — that saves a MAK activation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It was applied successfully before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type all eight groups (A–H) of the confirmation ID first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the reason first (for example the error the activation line gave).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fi&amp;ll from the simulated centre (Simulation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print sheets…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One activation sheet per request still waiting for its confirmation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;answers to the files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;ve sheets as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Why it failed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter the requests: machine, program, status or file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::DeviceWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help (F1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::GroupedIdDisplay</name>
        <message>
            <source>Copy &amp;digits only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy &amp;grouped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied the digits without separators.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied the groups, separated by hyphens.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::HelpDialog</name>
        <message>
            <source>How phone activation works</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activating ESU by phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An ESU licence cannot be activated from "Activate Windows" in Control Panel (System and Security &gt; System). That only activates Windows itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extended Security Updates (ESU) are a separate licence for each year. On a machine without an Internet connection, each year is activated by phone with this wizard, or with slmgr in an elevated command prompt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before you call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Install the prerequisite updates this machine needs, in the order shown on the first page, and restart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Have the ESU product key (MAK) for the year you are activating at hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the ESU year. Each year has its own activation ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Install the ESU product key (slmgr /ipk).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate the installation ID for that year's activation ID (slmgr /dti).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call the Microsoft activation line for your country or region and read out the installation ID, group by group. Read aloud shows one group at a time in large digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the confirmation ID the agent reads back: eight groups, A to H. A group marked wrong has a typing mistake; ask for that group again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply the confirmation ID and check that the status is "Licensed" (slmgr /atp, then slmgr /dlv).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While the yellow SIMULATION banner is shown, Activation Desk works on a simulated machine for training. Use Simulation &gt; Activation centre as the activation line: its confirmation IDs work only on the simulated machine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without a phone line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan the QR code on the installation ID step with a phone: it holds the digits only, for the activation web page or the desk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the activation sheet, or save it as PDF: the desk writes the confirmation ID into boxes A to H, and you type it back in here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a request for the desk on a USB stick; at the desk the answers are saved into the same file. Back here, "Open response from the desk" on the confirmation ID step applies the answer meant for this machine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter or Alt+N: next step. Alt+B: back. F1: this help. In the ID fields a complete group moves on by itself, a key typed at the end of a full group goes into the next one (a wrong group stays marked, so keep typing along with the agent), Backspace in an empty group goes back to the previous one, and F8 goes to the first wrong group with its digits selected, to type the whole group again. In Read aloud, Space or the Right arrow shows the next group; Backspace or the Left arrow goes back; Esc closes it. Ctrl+1 to Ctrl+4 switch between the tabs: this machine, the desk, the call centre and the journal.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::InstallationIdPage</name>
        <message>
            <source>Call the Microsoft activation line for your country or region. When asked, read out these nine groups. The agent then reads you the confirmation ID: write it down or type it on the next page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Read aloud, one group at a time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the &amp;activation centre (simulation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulation: the simulated activation centre plays the part of the activation line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For: %1 (activation ID %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan with a phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include &amp;machine name in the QR code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No phone line? Take the installation ID to the activation desk on paper or on a USB stick:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print sheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;ve sheet as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save request for the des&amp;k</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For every ESU year of this machine that still needs activation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only for %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QR code of the installation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the activation sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The activation sheet was sent to the printer. Write the confirmation ID in boxes A–H and type it on the next page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the activation sheet as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the activation sheet in %1. Print it, write the confirmation ID in boxes A–H, and type it on the next page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activation line: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::MachinePage</name>
        <message>
            <source>Activation Desk reads the licensing state of this machine. ESU can be activated only when the ESU licences, which the prerequisite updates add, are present.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Computer name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ESU licences on this machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ESU licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installed key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Check again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ending in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No ESU licence is present on this machine yet, so an ESU key cannot be installed (it would fail with 0xC004F050).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Install these updates in this order, restart the machine, then choose Check again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Install the ESU licensing preparation package for this Windows version, restart, then choose Check again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ESU licences are present, but these prerequisite updates were not found. Install them if installing the key fails:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ESU licences are present. Choose Next to pick the year to activate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the licence state of this machine…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The simulated machine has not answered for %n second(s). Its state folder may be on a slow or disconnected drive. This page fills in by itself when it answers.</source>
            <translation>
                <numerusform>The simulated machine has not answered for %n second(s). Its state folder may be on a slow or disconnected drive. This page fills in by itself when it answers.</numerusform>
                <numerusform>The simulated machine has not answered for %n second(s). Its state folder may be on a slow or disconnected drive. This page fills in by itself when it answers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Windows' licensing service has not answered for %n second(s). It can take a few minutes after the machine starts. If this stays: open Services (services.msc), check that "Software Protection" is running or start it, and wait. This page fills in by itself when Windows answers.</source>
            <translation>
                <numerusform>Windows' licensing service has not answered for %n second(s). It can take a few minutes after the machine starts. If this stays: open Services (services.msc), check that "Software Protection" is running or start it, and wait. This page fills in by itself when Windows answers.</numerusform>
                <numerusform>Windows' licensing service has not answered for %n second(s). It can take a few minutes after the machine starts. If this stays: open Services (services.msc), check that "Software Protection" is running or start it, and wait. This page fills in by itself when Windows answers.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::MainWindow</name>
        <message>
            <source>SIMULATION: this is a simulated Windows machine for training and tests. Nothing here changes a real licence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Simulation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up a simulated &amp;machine...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activation &amp;centre...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;How phone activation works</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Activation Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every step of every activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The licensing service cannot be used, so nothing can be activated.
%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activation Desk (simulation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activation Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Machine %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulated licensing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (simulated licensing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new simulated machine is ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit Activation Desk?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you typed (a product key or confirmation ID) has not been used yet and will be lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep working</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activate this machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activate this machine step by step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::ProductKeyPage</name>
        <message>
            <source>Install a &amp;different key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Install key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key goes to Windows only. Activation Desk never saves it, and once it is installed shows only its last five characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A key is already installed for %1. Keep it, or install a different one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the ESU product key (MAK) for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Use the installed key %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows installed this key for %1, so the activation continues with that year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key installed. Only its last five characters are kept:
%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installing a product key needs an administrator, and Activation Desk is not running as one: Windows would refuse the key (0xC004F025). Close Activation Desk and start it again with "Run as administrator".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restart as administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installing a product key needs an administrator, and Activation Desk is not running as one: Windows would refuse the key (0xC004F025). Choose Restart as administrator: Activation Desk comes back at this step, with the year and anything you typed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activation Desk could not restart as administrator: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The product key for %1 is installed. Choose Next to get the installation ID.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::ProgramPage</name>
        <message>
            <source>Choose the ESU year to activate. The first year that is not licensed yet is already selected. Years are activated one at a time, in order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ESU programs and years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Program and year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status on this machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activation ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy activation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not present on this machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source of this activation ID: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This year is already licensed on this machine. Activating it again is possible but not needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This year is not present on this machine. Installing its key will fail until the prerequisite updates are installed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::ReadAloudDialog</name>
        <message>
            <source>Read aloud: confirmation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read aloud: installation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space or →: next group    Backspace or ←: back    Esc: close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::ReadAloudView</name>
        <message>
            <source>← Previous group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next group →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group %1 of %2 (last group)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish reading →</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::ReadBackPanel</name>
        <message>
            <source>Confirmed by caller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group %1 confirmed by caller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmation ID group %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The confirmation ID appears here for reading back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ All eight groups confirmed by the caller.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read each group to the caller and tick it when they confirm it: %1 of 8 confirmed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::SimulatedMachineDialog</name>
        <message>
            <source>Set up a simulated machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SIMULATION: for training and tests only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usual for this Windows version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>54 digits (9 groups of 6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>63 digits (9 groups of 7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ESU &amp;prerequisite updates are installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Windows version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Computer name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Installation ID length:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The simulated machine is kept in %1. Setting up a new one replaces it, including its keys and licences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Set up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::StepList</name>
        <message>
            <source>Apply and verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current step: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current step, done: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::TransferActions</name>
        <message>
            <source>Activation Desk transfer files (*.adtx);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the request for the activation desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No ESU product is present on this machine. Install the prerequisite updates first (see step 1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the file already holds the desk's answer. Open it on the next page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: this request was already in the file, waiting for the desk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: already licensed, no request needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no product key installed; install the ESU key first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: not present on this machine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was saved: no ESU year of this machine needs a request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request for %1 saved in %2. Take it to the activation desk; open the answer on the next page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the response from the activation desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was applied and nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: applied. Licensed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: already licensed; nothing to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: not answered yet. The desk has not entered a confirmation ID for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the desk could not get a confirmation ID. Reason given: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: refused. The installation ID of this machine has changed since the request was saved (the key was reinstalled or the hardware changed), so this answer cannot work. Save a new request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: refused. No product key is installed for it any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the confirmation ID was not accepted. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the confirmation ID was given to Windows, but the product is %2, not licensed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file holds no request from this machine (%1). Was the request saved on this machine?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s) for other machines left untouched.</source>
            <translation>
                <numerusform>%n item(s) for other machines left untouched.</numerusform>
                <numerusform>%n item(s) for other machines left untouched.</numerusform>
            </translation>
        </message>
        <message>
            <source>The licences above are applied, but the file could not be updated: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::desk::DeskController</name>
        <message>
            <source>%1 is already open with answers not saved yet. Save them first.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Opened %1: %n request(s) waiting for a confirmation ID.</source>
            <translation>
                <numerusform>Opened %1: %n request(s) waiting for a confirmation ID.</numerusform>
                <numerusform>Opened %1: %n request(s) waiting for a confirmation ID.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved. Take the file back to the machines to apply the answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer was kept but could not be written to the journal (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer recorded for %1. Save when you are done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 marked failed. Save when you are done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulation: the simulated centre answered %1. This confirmation ID works only on simulated machines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal could not be searched for a confirmation ID already obtained.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No request is waiting for a confirmation ID: no sheet to make.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the activation sheets</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Sent %n activation sheet(s) to the printer.</source>
            <translation>
                <numerusform>Sent %n activation sheet(s) to the printer.</numerusform>
                <numerusform>Sent %n activation sheet(s) to the printer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the activation sheets as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Saved %n activation sheet(s) in %1.</source>
            <translation>
                <numerusform>Saved %n activation sheet(s) in %1.</numerusform>
                <numerusform>Saved %n activation sheet(s) in %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>actdesk::ui::desk::DeskOnlinePanel</name>
        <message>
            <source>Proxy sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The proxy asks for a user name and password. They are used for this fetch only and never saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get confirmation &amp;IDs online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask Microsoft's activation service (as VAMT does, for a MAK) for every request still waiting; confirmation IDs already in the journal are reused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Number of activations left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel onlin&amp;e fetch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reused from the journal: no MAK activation spent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simulated machine: not sent to Microsoft (use training mode)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No request is waiting: there is no MAK to ask about.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MAK of extended PID %1 has %2 activation(s) left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MAK of extended PID %1 has %2 activation(s) left, and this fetch asks for %3: the requests beyond that will fail with 0x7F.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answered: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answered, but the item no longer takes an answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 answered online, %2 from the journal, %3 failed, %4 not answered. Save the answers to the files when you are done.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>actdesk::ui::desk::DeskQueueModel</name>
        <message>
            <source>%1 (simulated machine)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — Simulation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (not saved yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Machine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Program / year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Installation ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
