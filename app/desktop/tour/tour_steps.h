#pragma once
// The screens the tour visits, in order, driving the real widgets as an officer would.

#include <QDir>
#include <QStringList>

#include <functional>

class QWidget;

namespace xaso::desktop {

class AppWindow;
struct DesktopServices;

class TourSteps
{
public:
    TourSteps(AppWindow& window, DesktopServices& services, QDir outputDir);

    // A demo profile: chooser, create, recovery key, every section, settings, lock, wrong password,
    // recovery reset, chooser with the profile, and the settings page in English.
    bool runDemo();
    // An existing vault: unlock, every section its roles allow, settings, lock.
    bool runExisting(const QString& vaultPath, const QString& password);

    const QStringList& saved() const { return m_saved; }
    QString error() const { return m_error; }

private:
    bool snap(const QString& name, QWidget* overlay = nullptr);
    bool waitFor(const std::function<bool()>& condition, int timeoutMs = 30'000);
    bool unlock(const QString& password);
    bool visitSections(bool withDialog);
    // The record screens at work (tour_records.cpp): search, a form refusing a bad ID, the import
    // wizard's dry run, làm sạch, duplicates, household members, each record kind, a scan.
    bool visitRecordScreens();
    // The plan's screens at work (tour_plan.cpp): dashboards scrolled, a model and its progress
    // dialog, the report's second page, the enrolment dialog, the backup card.
    bool visitPlanScreens();
    bool fail(const QString& message);
    template <typename T> T* find(const QString& objectName);

    AppWindow& m_window;
    DesktopServices& m_services;
    QDir m_dir;
    QStringList m_saved;
    QString m_error;
    int m_counter = 0;
};

} // namespace xaso::desktop
