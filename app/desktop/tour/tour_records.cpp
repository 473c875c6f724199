// The tour through the record screens (issue 6): each step drives the real widgets as an officer
// would and saves a picture; dialogs are drawn over the dimmed window.

#include "tour/tour_steps.h"

#include "cleaning/cleaning_page.h"
#include "cleaning/duplicates_page.h"
#include "common/desktop_services.h"
#include "common/list_toolbar.h"
#include "common/vault_session.h"
#include "imports/import_wizard.h"
#include "main/app_window.h"
#include "main/workspace.h"
#include "records/record_form_dialog.h"
#include "records/records_page.h"
#include "residents/households_page.h"
#include "residents/resident_form_dialog.h"
#include "residents/resident_list_model.h"
#include "residents/resident_list_tab.h"
#include "residents/residents_page.h"
#include "tour/tour_seed.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QStringList& lines)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write("\xEF\xBB\xBF");
        f.write(lines.join(u"\r\n"_s).toUtf8());
    }
    return path;
}

QString date(const domain::Resident& r)
{
    return r.birthDate.isValid() ? r.birthDate.toString(u"dd/MM/yyyy"_s) : QString::number(r.birthYear);
}

} // namespace

bool TourSteps::visitRecordScreens()
{
    Workspace* workspace = m_window.workspace();
    storage::Vault& vault = *m_window.session().vault();
    const QString seeded = seedTourRecords(vault, m_services.roleCatalog);
    Q_UNUSED(seeded); // a kind the profile may not write stays empty; its screen is still shown
    QTemporaryDir temp;

    if (!workspace->showSection(u"residents"_s))
        return true; // a profile without residents: nothing more to show
    auto* residents = qobject_cast<ResidentsPage*>(workspace->currentPage());
    if (!residents)
        return fail(u"the residents page did not open"_s);
    ResidentListTab* list = residents->listTab();
    list->reload();
    list->refreshHamlets();
    if (!snap(u"residents-list"_s))
        return false;
    QLineEdit* search = list->toolbar()->searchBox();
    search->setText(u"nguyen van"_s);
    list->toolbar()->flushSearch();
    if (!snap(u"residents-search"_s))
        return false;
    search->clear();
    list->toolbar()->flushSearch();

    // A form refusing a malformed ID, and one warning that the ID says another birth year.
    if (ResidentFormDialog* form = list->openNew()) {
        form->lineEdit(u"personalId"_s)->setText(u"04009000123"_s);
        form->lineEdit(u"fullName"_s)->setText(u"Trần Văn Hưng"_s);
        form->lineEdit(u"birthDate"_s)->setText(u"12/03/1985"_s);
        form->validateAll();
        const bool ok = snap(u"resident-form-bad-id"_s, form);
        form->lineEdit(u"personalId"_s)->setText(u"040090001999"_s);
        form->validateAll();
        const bool warned = ok && snap(u"resident-form-warning"_s, form);
        form->reject();
        if (!warned)
            return false;
    }

    // The import wizard's dry run on a list with two bad rows.
    QList<domain::Resident> sample;
    for (int r = 0; r < std::min(40, list->model()->rowCount()); ++r)
        sample.append(*list->model()->residentAt(r));
    const QString importFile =
        writeFile(temp, u"danh-sach-xom-5.csv"_s,
                  {u"DANH SÁCH NHÂN KHẨU XÓM 5 — NĂM 2026"_s,
                   u"STT,Họ và tên,Số định danh cá nhân,Ngày sinh,Giới tính,Thôn/Xóm"_s,
                   u"1,Lê Văn An,040090009101,02/02/1990,Nam,Xóm 5"_s,
                   u"2,Lê Thị Bình,04019000910,03/03/1990,Nữ,Xóm 5"_s,
                   u"3,Lê Văn Cường,040090009103,31/02/1990,Nam,Xóm 5"_s,
                   u"4,Lê Thị Dung,040192009104,04/04/1990,Nữ,Xóm 5"_s,
                   u"5,Lê Văn Em,040095009105,05/05/1995,Nam,Xóm 5"_s});
    if (ImportWizard* wizard = list->openImport()) {
        wizard->filePage()->pathEdit()->setText(importFile);
        wizard->next();
        bool ok = snap(u"import-preview"_s, wizard);
        wizard->next();
        ok = ok && snap(u"import-mapping"_s, wizard);
        wizard->next();
        ok = ok && snap(u"import-dry-run"_s, wizard);
        wizard->close();
        if (!ok)
            return false;
    }

    // Làm sạch: an extract that agrees with most of the sample and differs on two people.
    QStringList extract{u"TRÍCH XUẤT DỮ LIỆU DÂN CƯ — CÔNG AN XÃ"_s,
                        u"STT,Số định danh cá nhân,Họ và tên,Ngày sinh,Giới tính"_s};
    for (int i = 0; i < sample.size(); ++i) {
        const domain::Resident& r = sample.at(i);
        QString birth = date(r);
        QString name = r.fullName;
        if (i == 3 && r.birthDate.isValid())
            birth = r.birthDate.addDays(40).toString(u"dd/MM/yyyy"_s);
        if (i == 7)
            name = name.section(u' ', 0, 0) + u" Thị Hạnh"_s;
        const QString sex = r.sex ? (*r.sex == Sex::Male ? u"Nam"_s : u"Nữ"_s) : QString();
        extract << u"%1,%2,%3,%4,%5"_s.arg(i + 1).arg(r.id, name, birth, sex);
    }
    residents->tabs()->setCurrentWidget(residents->cleaningTab());
    CleaningPage* cleaning = residents->cleaningTab();
    const QString extractFile = writeFile(temp, u"trich-xuat-cong-an.csv"_s, extract);
    // A partial extract: those not in it keep their state.
    if (auto* missing = cleaning->findChild<QWidget*>(u"markMissing"_s))
        missing->setProperty("checked", false);
    auto compared = cleaning->runComparison(extractFile);
    Q_UNUSED(compared);
    if (auto* tree = cleaning->mismatchTree(); tree->topLevelItemCount() > 0)
        tree->setCurrentItem(tree->topLevelItem(0));
    if (!snap(u"cleaning-review"_s))
        return false;
    residents->tabs()->setCurrentWidget(residents->duplicatesTab());
    (void)residents->duplicatesTab()->findDuplicates();
    if (!snap(u"duplicates"_s))
        return false;
    residents->tabs()->setCurrentIndex(0);

    if (workspace->showSection(u"households"_s)) {
        if (auto* households = qobject_cast<HouseholdsPage*>(workspace->currentPage())) {
            households->model()->reload();
            households->selectRow(0);
            if (!snap(u"households-members"_s))
                return false;
        }
    }

    for (const QString& id : {u"welfare"_s, u"labour"_s, u"land"_s, u"certified_copies"_s}) {
        if (!workspace->showSection(id))
            continue;
        auto* page = qobject_cast<RecordsPage*>(workspace->currentPage());
        if (!page)
            continue;
        if (id == u"certified_copies"_s && page->model()->rowCount() > 0 &&
            page->model()->rowAt(0)->fields.value(u"file_id"_s).toString().isEmpty())
            (void)certifySampleCopy(vault, m_services.roleCatalog); // newest first: it comes on top
        page->model()->reload();
        if (!snap(u"records-"_s + id))
            return false;
        if (page->model()->rowCount() == 0)
            continue;
        page->table()->selectRow(0);
        if (id == u"certified_copies"_s) {
            // The first entry that has its scan (entries imported from an old register may not).
            for (int r = 0; r < page->model()->rowCount(); ++r) {
                if (!page->model()->rowAt(r)->fields.value(u"file_id"_s).toString().isEmpty()) {
                    page->table()->selectRow(r);
                    break;
                }
            }
            if (QWidget* viewer = page->showScan()) {
                const bool ok = snap(u"certified-copy-scan"_s, viewer);
                viewer->close();
                if (!ok)
                    return false;
            }
        } else if (id == u"welfare"_s) {
            if (RecordFormDialog* form = page->openSelected()) {
                const bool ok = snap(u"welfare-form"_s, form);
                form->reject();
                if (!ok)
                    return false;
            }
        }
    }
    return true;
}

} // namespace xaso::desktop
