// The sections of the main window, in navigation order (issue 6). Each row: id, title,
// description, icon, the record kind whose Read access shows it, and the page factory. To put a
// real screen in place of a placeholder, change that row's factory, e.g.
//     [](const SectionContext& c, const SectionInfo&) { return new ResidentsPage(c); }

#include "main/section_registry.h"

#include "models/models_page.h"
#include "overview/overview_page.h"
#include "records/records_page.h"
#include "reports/reports_page.h"
#include "reference/roles.h"
#include "residents/households_page.h"
#include "residents/residents_page.h"
#include "settings/settings_page.h"
#include "sync/sync_page.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {
QWidget* settingsPage(const SectionContext& context, const SectionInfo& section)
{
    return new SettingsPage(context, section);
}
} // namespace

SectionRegistry SectionRegistry::standard()
{
    const QString reports = QString(RecordKind::Reports);
    SectionRegistry r;
    r.add({u"overview"_s, QT_TRANSLATE_NOOP("Sections", "Overview"),
           QT_TRANSLATE_NOOP("Sections",
                             "Progress of the 38 models and of digitisation, for the weekly meeting."),
           u":/xaso/icons/overview.svg"_s, reports, overviewPage});
    r.add({u"residents"_s, QT_TRANSLATE_NOOP("Sections", "Residents"),
           QT_TRANSLATE_NOOP("Sections", "Residents of the commune, searchable by name or personal ID."),
           u":/xaso/icons/residents.svg"_s, QString(RecordKind::Residents), residentsPage});
    r.add({u"households"_s, QT_TRANSLATE_NOOP("Sections", "Households"),
           QT_TRANSLATE_NOOP("Sections", "Households, their members and poverty status."),
           u":/xaso/icons/households.svg"_s, QString(RecordKind::Households), householdsPage});
    r.add(
        {u"welfare"_s, QT_TRANSLATE_NOOP("Sections", "Social welfare"),
         QT_TRANSLATE_NOOP("Sections", "Social protection beneficiaries, categories and monthly allowances."),
         u":/xaso/icons/welfare.svg"_s, QString(RecordKind::Welfare), recordsPage});
    r.add({u"labour"_s, QT_TRANSLATE_NOOP("Sections", "Labour"),
           QT_TRANSLATE_NOOP("Sections", "Labour supply and demand: employment, training and insurance."),
           u":/xaso/icons/labour.svg"_s, QString(RecordKind::Labour), recordsPage});
    r.add({u"land"_s, QT_TRANSLATE_NOOP("Sections", "Land and housing"),
           QT_TRANSLATE_NOOP("Sections", "Land users and house owners, certificates and parcels."),
           u":/xaso/icons/land.svg"_s, QString(RecordKind::Land), recordsPage});
    r.add({u"certified_copies"_s, QT_TRANSLATE_NOOP("Sections", "Certification"),
           QT_TRANSLATE_NOOP("Sections", "The register of certified electronic copies."),
           u":/xaso/icons/certified_copies.svg"_s, QString(RecordKind::CertifiedCopies), recordsPage});
    r.add({u"models"_s, QT_TRANSLATE_NOOP("Sections", "Project 06 models"),
           QT_TRANSLATE_NOOP("Sections", "The 38 models of the plan: assignments, deadlines and progress."),
           u":/xaso/icons/models.svg"_s, QString(RecordKind::Models), modelsPage});
    r.add({u"reports"_s, QT_TRANSLATE_NOOP("Sections", "Reports"),
           QT_TRANSLATE_NOOP("Sections", "The weekly report to the city, previewed and saved as PDF or ODT."),
           u":/xaso/icons/reports.svg"_s, reports, reportsPage});
    r.add({u"sync"_s, QT_TRANSLATE_NOOP("Sections", "Synchronisation"),
           QT_TRANSLATE_NOOP("Sections", "Exchange changes with the commune server and resolve conflicts."),
           u":/xaso/icons/sync.svg"_s, QString(), syncPage});
    // Every profile may change its own language, auto-lock delay and password.
    r.add({u"settings"_s, QT_TRANSLATE_NOOP("Sections", "Settings"),
           QT_TRANSLATE_NOOP("Sections", "Language, automatic locking, the password, the report settings and backups."),
           u":/xaso/icons/settings.svg"_s, QString(), settingsPage});
    return r;
}

} // namespace xaso::desktop
