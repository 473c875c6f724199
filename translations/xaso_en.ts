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
            <location filename="../app/cli/commands_sync.cpp" line="165" />
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
            <location filename="../app/desktop/main/app_window.cpp" line="52" />
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
        <name>xaso::desktop::ModelDetailPanel</name>
        <message numerus="yes">
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="220" />
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Overdue by %n day</numerusform>
                <numerusform>Overdue by %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/models/model_detail_panel.cpp" line="333" />
            <source>Update history (%n)</source>
            <translation>
                <numerusform>Update history (%n)</numerusform>
                <numerusform>Update history (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ModelTreeModel</name>
        <message numerus="yes">
            <location filename="../app/desktop/models/model_tree_model.cpp" line="160" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/models/model_tree_model.cpp" line="228" />
            <source>Overdue: the deadline %1 passed %n day(s) ago.</source>
            <translation>
                <numerusform>Overdue: the deadline %1 passed %n day ago.</numerusform>
                <numerusform>Overdue: the deadline %1 passed %n days ago.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::ModelsPage</name>
        <message numerus="yes">
            <location filename="../app/desktop/models/models_page.cpp" line="257" />
            <source>%n model(s)</source>
            <translation>
                <numerusform>%n model</numerusform>
                <numerusform>%n models</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/models/models_page.cpp" line="260" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::OverviewPage</name>
        <message numerus="yes">
            <location filename="../app/desktop/overview/overview_page.cpp" line="348" />
            <source>%n model(s) past the deadline and not done.</source>
            <translation>
                <numerusform>%n model past the deadline and not done.</numerusform>
                <numerusform>%n models past the deadline and not done.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/overview/overview_page.cpp" line="352" />
            <source>The last %n weeks, up to the week of %1.</source>
            <translation>
                <numerusform>The last %n weeks, up to the week of %1.</numerusform>
                <numerusform>The last %n weeks, up to the week of %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::RecordsPage</name>
        <message numerus="yes">
            <location filename="../app/desktop/records/records_page.cpp" line="195" />
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
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="168" />
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/residents/resident_list_tab.cpp" line="171" />
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
            <location filename="../app/desktop/main/session_status_bar.cpp" line="69" />
            <source>%Ln change(s) not yet synchronised</source>
            <translation>
                <numerusform>%Ln change not yet synchronised</numerusform>
                <numerusform>%Ln changes not yet synchronised</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>xaso::desktop::SyncPage</name>
        <message numerus="yes">
            <location filename="../app/desktop/sync/sync_page.cpp" line="258" />
            <source>%n record field(s) were changed on two devices. Open each one, compare the values and keep the right one.</source>
            <translation>
                <numerusform>%n record field were changed on two devices. Open each one, compare the values and keep the right one.</numerusform>
                <numerusform>%n record fields were changed on two devices. Open each one, compare the values and keep the right one.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/sync/sync_page.cpp" line="324" />
            <source>Synchronised: %n change(s) sent</source>
            <translation>
                <numerusform>Synchronised: %n change sent</numerusform>
                <numerusform>Synchronised: %n changes sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/sync/sync_page.cpp" line="325" />
            <source>%n received</source>
            <translation>
                <numerusform>%n received</numerusform>
                <numerusform>%n received</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/desktop/sync/sync_page.cpp" line="327" />
            <source>%n new conflict(s) to review below.</source>
            <translation>
                <numerusform>%n new conflict to review below.</numerusform>
                <numerusform>%n new conflicts to review below.</numerusform>
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
    <context>
        <name>xaso::desktop::overview::HeadlineStrip</name>
        <message numerus="yes">
            <location filename="../app/desktop/overview/headline_strip.cpp" line="114" />
            <source>of the plan's %n models</source>
            <translation>
                <numerusform>of the plan's %n models</numerusform>
                <numerusform>of the plan's %n models</numerusform>
            </translation>
        </message>
    </context>
</TS>
