#include "tour/tour_steps.h"

#include "common/app_settings.h"
#include "common/desktop_services.h"
#include "common/idle_watcher.h"
#include "common/vault_session.h"
#include "main/app_window.h"
#include "main/workspace.h"
#include "settings/change_password_dialog.h"
#include "unlock/recovery_key_page.h"
#include "unlock/start_screen.h"
#include "unlock/unlock_page.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QThread>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {
const QString kDemoName = u"Trần Thị Mai"_s;
const QString kDemoPassword = u"Hưng Đông#2026 an toàn"_s;
} // namespace

TourSteps::TourSteps(AppWindow& window, DesktopServices& services, QDir outputDir)
    : m_window(window), m_services(services), m_dir(std::move(outputDir))
{
}

template <typename T> T* TourSteps::find(const QString& objectName)
{
    // Only the visible one: several pages reuse names such as "backButton".
    for (T* candidate : m_window.findChildren<T*>(objectName)) {
        if (candidate->isVisible())
            return candidate;
    }
    m_error = u"no visible widget named %1"_s.arg(objectName);
    return nullptr;
}

bool TourSteps::fail(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool TourSteps::waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

bool TourSteps::snap(const QString& name, QWidget* overlay)
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    QPixmap picture = m_window.grab();
    if (overlay) {
        // A dialog is its own window: draw it over the dimmed main window, as a person sees it.
        QPainter painter(&picture);
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 70));
        const QPixmap dialog = overlay->grab();
        const QPoint at((picture.width() - dialog.width()) / 2, (picture.height() - dialog.height()) / 2);
        painter.fillRect(QRect(at, dialog.size()).adjusted(-1, -1, 1, 1), QColor(0x5d, 0x68, 0x78));
        painter.drawPixmap(at, dialog);
    }
    const QString file = u"%1-%2.png"_s.arg(++m_counter, 2, 10, QLatin1Char('0')).arg(name);
    if (!picture.save(m_dir.filePath(file)))
        return fail(u"cannot write %1"_s.arg(m_dir.filePath(file)));
    m_saved << file;
    return true;
}

bool TourSteps::unlock(const QString& password)
{
    auto* field = find<QLineEdit>(u"password"_s);
    auto* button = find<QPushButton>(u"unlockButton"_s);
    if (!field || !button)
        return false;
    field->setText(password);
    button->click();
    if (!waitFor([this] { return m_window.workspace() != nullptr || !m_window.session().isBusy(); }) ||
        !waitFor([this] { return !m_window.session().isBusy(); }))
        return fail(u"unlock did not finish"_s);
    if (!m_window.workspace())
        return fail(u"unlock failed: %1"_s.arg(m_window.startScreen()->unlockPage()->errorText()));
    return true;
}

bool TourSteps::visitSections(bool withDialog)
{
    Workspace* workspace = m_window.workspace();
    for (const QString& id : workspace->sectionIds()) {
        workspace->showSection(id);
        if (!snap(u"section-"_s + id))
            return false;
    }
    if (!withDialog || !workspace->showSection(u"settings"_s))
        return true;
    auto* change = find<QPushButton>(u"changePassword"_s);
    if (!change)
        return false;
    change->click();
    auto* dialog = m_window.findChild<ChangePasswordDialog*>();
    if (!dialog || !waitFor([dialog] { return dialog->isVisible(); }, 2000))
        return fail(u"the change-password dialog did not open"_s);
    dialog->findChild<QLineEdit*>(u"currentPassword"_s)->setText(kDemoPassword);
    dialog->findChild<QLineEdit*>(u"newPassword"_s)->setText(u"Mật khẩu mới 2026!"_s);
    const bool ok = snap(u"change-password"_s, dialog);
    dialog->reject();
    return ok;
}

bool TourSteps::runDemo()
{
    StartScreen* start = m_window.startScreen();
    start->showChooser();
    if (!snap(u"profile-chooser-empty"_s))
        return false;
    start->showCreate();
    auto* name = find<QLineEdit>(u"displayName"_s);
    auto* role = find<QCheckBox>(u"role_lanh_dao"_s);
    auto* password = find<QLineEdit>(u"newPassword"_s);
    auto* repeat = find<QLineEdit>(u"repeatPassword"_s);
    auto* create = find<QPushButton>(u"createButton"_s);
    if (!name || !role || !password || !repeat || !create)
        return false;
    name->setText(kDemoName);
    role->setChecked(true);
    // Roles that may write records, so the tour can show the forms and the import at work.
    for (const QString& writer :
         {u"role_cong_an"_s, u"role_van_hoa_xa_hoi"_s, u"role_dia_chinh"_s, u"role_tu_phap_ho_tich"_s}) {
        if (auto* box = find<QCheckBox>(writer))
            box->setChecked(true);
    }
    m_error.clear();
    password->setText(kDemoPassword);
    repeat->setText(kDemoPassword);
    if (!snap(u"create-profile"_s))
        return false;
    if (!create->isEnabled())
        return fail(u"the create button stayed disabled"_s);
    create->click();
    if (!waitFor([start] { return start->currentPage() == start->recoveryKeyPage(); }))
        return fail(u"the recovery key page did not appear"_s);
    find<QCheckBox>(u"confirmWritten"_s)->setChecked(true);
    if (!snap(u"recovery-key"_s))
        return false;
    find<QPushButton>(u"continueButton"_s)->click();
    if (!waitFor([this] { return m_window.workspace() != nullptr; }))
        return fail(u"the main window did not open"_s);
    if (!visitSections(true) || !visitRecordScreens() || !visitPlanScreens())
        return false;

    // Auto-lock for real, with the delay shortened.
    const qint64 threshold = m_window.idleWatcher().thresholdMs();
    m_window.idleWatcher().setThresholdMs(100);
    const bool locked = waitFor([this] { return m_window.workspace() == nullptr; }, 10'000);
    m_window.idleWatcher().setThresholdMs(threshold);
    if (!locked)
        return fail(u"auto-lock did not happen"_s);
    if (!snap(u"unlock-after-auto-lock"_s))
        return false;
    find<QLineEdit>(u"password"_s)->setText(u"mat khau sai"_s);
    find<QPushButton>(u"unlockButton"_s)->click();
    if (!waitFor([start] { return !start->unlockPage()->errorText().isEmpty(); }))
        return fail(u"no message for a wrong password"_s);
    if (!snap(u"unlock-wrong-password"_s))
        return false;
    find<QPushButton>(u"useRecoveryKey"_s)->click();
    if (!snap(u"recovery-reset"_s))
        return false;
    start->showChooser();
    if (!snap(u"profile-chooser"_s))
        return false;
    find<QPushButton>(u"openProfile"_s)->click();
    if (!unlock(kDemoPassword))
        return false;

    // The same window in English, switched live from Cài đặt, then back to Vietnamese.
    m_window.workspace()->showSection(u"settings"_s);
    auto* language = find<QComboBox>(u"languageCombo"_s);
    if (!language)
        return false;
    language->setCurrentIndex(language->findData(u"en"_s));
    const bool english = snap(u"settings-english"_s);
    m_window.workspace()->showSection(u"overview"_s);
    const bool englishOverview = english && snap(u"overview-english"_s);
    m_window.workspace()->showSection(u"settings"_s);
    language->setCurrentIndex(language->findData(u"vi"_s));
    return englishOverview;
}

bool TourSteps::runExisting(const QString& vaultPath, const QString& password)
{
    m_window.openVault(vaultPath);
    if (!snap(u"unlock"_s) || !unlock(password))
        return false;
    if (!visitSections(false) || !visitRecordScreens() || !visitPlanScreens())
        return false;
    m_window.lockNow();
    return snap(u"locked"_s);
}

} // namespace xaso::desktop
