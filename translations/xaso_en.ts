<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <location filename="../app/cli/commands_plan.cpp" line="145" />
            <source>History (%n update(s)):</source>
            <translation>
                <numerusform>History (%n update):</numerusform>
                <numerusform>History (%n updates):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/cli/commands_sync.cpp" line="141" />
            <source>%n candidate(s)</source>
            <translation>
                <numerusform>%n candidate</numerusform>
                <numerusform>%n candidates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportSession</name>
        <message numerus="yes">
            <location filename="../app/desktop/imports/import_session.cpp" line="92" />
            <source>Nothing was written: %n row(s) have errors.</source>
            <translation>
                <numerusform>Nothing was written: %n row have errors.</numerusform>
                <numerusform>Nothing was written: %n rows have errors.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResidentImport</name>
        <message numerus="yes">
            <location filename="../core/domain/residents/resident_import.cpp" line="172" />
            <source>%n row(s) have problems, so nothing was imported. The first: %1</source>
            <translation>
                <numerusform>%n row has problems, so nothing was imported. The first: %1</numerusform>
                <numerusform>%n rows have problems, so nothing was imported. The first: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::AppWindow</name>
        <message numerus="yes">
            <location filename="../app/desktop/main/app_window.cpp" line="48" />
            <source>Locked after %n minute(s) without use. Enter your password to continue.</source>
            <translation>
                <numerusform>Locked after %n minute without use. Enter your password to continue.</numerusform>
                <numerusform>Locked after %n minutes without use. Enter your password to continue.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::CleaningPage</name>
        <message numerus="yes">
            <location filename="../app/desktop/cleaning/cleaning_page.cpp" line="149" />
            <source>%n row(s) of the extract were skipped, the first: row %1: %2</source>
            <translation>
                <numerusform>%n row of the extract were skipped, the first: row %1: %2</numerusform>
                <numerusform>%n rows of the extract were skipped, the first: row %1: %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::DuplicatesPage</name>
        <message numerus="yes">
            <location filename="../app/desktop/cleaning/duplicates_page.cpp" line="110" />
            <source>%n pair(s) to review.</source>
            <translation>
                <numerusform>%n pair to review.</numerusform>
                <numerusform>%n pairs to review.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ImportPreviewPage</name>
        <message numerus="yes">
            <location filename="../app/desktop/imports/import_wizard_pages.cpp" line="114" />
            <source>Header found on row %1 of %2. Showing the first %n data row(s).</source>
            <translation>
                <numerusform>Header found on row %1 of %2. Showing the first %n data row.</numerusform>
                <numerusform>Header found on row %1 of %2. Showing the first %n data rows.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::RecordsPage</name>
        <message numerus="yes">
            <location filename="../app/desktop/records/records_page.cpp" line="181" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ResidentListTab</name>
        <message numerus="yes">
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="170" />
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="173" />
            <source>%n resident(s)</source>
            <translation>
                <numerusform>%n resident</numerusform>
                <numerusform>%n residents</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::SessionStatusBar</name>
        <message numerus="yes">
            <location filename="../app/desktop/main/session_status_bar.cpp" line="60" />
            <source>%Ln change(s) not yet synchronised</source>
            <translation>
                <numerusform>%Ln change not yet synchronised</numerusform>
                <numerusform>%Ln changes not yet synchronised</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::UnlockPage</name>
        <message numerus="yes">
            <location filename="../app/desktop/unlock/unlock_page.cpp" line="130" />
            <source>Too many wrong passwords. You can try again in %n minute(s).</source>
            <translation>
                <numerusform>Too many wrong passwords. You can try again in %n minute.</numerusform>
                <numerusform>Too many wrong passwords. You can try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/unlock/unlock_page.cpp" line="132" />
            <source>Too many wrong passwords. You can try again in %n second(s).</source>
            <translation>
                <numerusform>Too many wrong passwords. You can try again in %n second.</numerusform>
                <numerusform>Too many wrong passwords. You can try again in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
</TS>
