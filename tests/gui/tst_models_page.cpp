// Mô hình Đề án 06 on a real unlocked vault: the 38 models under their 5 groups; a progress update
// typed into the dialog is stored (with its sealed evidence), shows in the history and changes the
// status; the fake clock moved past a deadline marks the model overdue; the dashboard's navigation
// filters; an assignment; and a profile that may only read the models sees the actions disabled.

#include "records_fixture.h"

#include "domain/plan/plan_repository.h"
#include "models/model_assign_dialog.h"
#include "models/model_detail_panel.h"
#include "models/model_filter_proxy.h"
#include "models/model_progress_dialog.h"
#include "models/model_status_style.h"
#include "models/model_tree_model.h"
#include "models/models_page.h"
#include "reference/model_catalog.h"

#include <QBrush>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace xaso;
using namespace xaso::desktop;

namespace {

// The page as the workspace builds it, over the window's unlocked session.
std::unique_ptr<ModelsPage> makePage(test::RecordsEnv& env)
{
    const SectionRegistry registry = SectionRegistry::standard();
    const SectionInfo* info = registry.find(u"models"_s);
    if (!info)
        return nullptr;
    const SectionContext context{env.env.services, env.window->session()};
    std::unique_ptr<ModelsPage> page(qobject_cast<ModelsPage*>(modelsPage(context, *info)));
    if (page) {
        page->resize(1280, 800);
        page->show();
    }
    return page;
}

QString statusKey(const ModelsPage& page, int model)
{
    return page.treeModel()->modelIndex(model).data(ModelTreeModel::StatusKeyRole).toString();
}

QString statusCell(const ModelsPage& page, int model)
{
    return page.treeModel()->modelIndex(model, ModelTreeModel::StatusColumn).data().toString();
}

} // namespace

class TestModelsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsTheModelsInTheirGroups();
    void progressUpdateIsStoredAndShown();
    void progressDialogRefusesBadValuesInline_data();
    void progressDialogRefusesBadValuesInline();
    void overdueModelIsMarkedAtAFakeDate();
    void navigationFilters();
    void assignmentShowsAsLead();
    void readOnlyProfileSeesActionsDisabled();

private:
    void setDate(QDate date) { m_env.env.manualClock.set(QDateTime(date, QTime(8, 0), Qt::UTC)); }

    test::RecordsEnv m_env;
    std::unique_ptr<ModelsPage> m_page;
    QTemporaryDir m_files;
};

void TestModelsPage::initTestCase()
{
    m_env.open({u"to_cong_tac_06"_s});
    QVERIFY(!QTest::currentTestFailed());
    m_page = makePage(m_env);
    QVERIFY(m_page);
    QVERIFY(m_page->canWrite());
}

void TestModelsPage::listsTheModelsInTheirGroups()
{
    const auto catalog = ModelCatalog::load();
    QVERIFY(catalog.ok());
    QCOMPARE(m_page->treeModel()->groupCount(), 5);
    QCOMPARE(m_page->treeModel()->modelCount(), 38);
    // What the view shows: five group rows, expanded, holding the catalog's models in order.
    QAbstractItemModel* shown = m_page->tree()->model();
    QCOMPARE(shown->rowCount(), 5);
    int total = 0;
    for (int g = 0; g < 5; ++g) {
        const QModelIndex group = shown->index(g, 0);
        QVERIFY(m_page->tree()->isExpanded(group));
        QVERIFY(m_page->tree()->isFirstColumnSpanned(g, {}));
        QCOMPARE(shown->rowCount(group), catalog->groups().at(g).modelCount);
        for (int r = 0; r < shown->rowCount(group); ++r) {
            const int number = shown->index(r, ModelTreeModel::NumberColumn, group).data().toInt();
            QCOMPARE(catalog->model(number)->group, g + 1);
            QVERIFY(!shown->index(r, ModelTreeModel::TitleColumn, group).data().toString().isEmpty());
            QVERIFY(!shown->index(r, ModelTreeModel::LeadColumn, group).data().toString().isEmpty());
            QVERIFY(!shown->index(r, ModelTreeModel::StatusColumn, group).data().toString().isEmpty());
        }
        total += shown->rowCount(group);
    }
    QCOMPARE(total, 38);
    // The deadline column: a date as dd/MM/yyyy, or the kind of deadline in words.
    QCOMPARE(m_page->treeModel()->modelIndex(19, ModelTreeModel::DeadlineColumn).data().toString(),
             u"30/10/2023"_s);
    QVERIFY(!m_page->treeModel()->modelIndex(22, ModelTreeModel::DeadlineColumn).data().toString().isEmpty());
    // At the fixture's date (23/11/2026) a recurring model is recurring, one with no date is not started.
    QCOMPARE(statusKey(*m_page, 22), u"recurring"_s);
    QCOMPARE(statusKey(*m_page, 2), u"not_started"_s);
    // Nothing selected: no detail, no action.
    QVERIFY(!m_page->assignButton()->isEnabled());
    QVERIFY(!m_page->progressButton()->isEnabled());
}

void TestModelsPage::progressUpdateIsStoredAndShown()
{
    QVERIFY(m_page->selectModel(1));
    QCOMPARE(m_page->selectedModel(), 1);
    QCOMPARE(m_page->detail()->modelNumber(), 1);
    QCOMPARE(statusKey(*m_page, 1), u"not_started"_s);
    QCOMPARE(m_page->detail()->historyTable()->rowCount(), 0);
    QVERIFY(m_page->progressButton()->isEnabled());

    const QString evidencePath = m_files.filePath(u"bien-ban-ra-soat.pdf"_s);
    const QByteArray evidence = "%PDF-1.4\n% biên bản rà soát dịch vụ công thiết yếu\n";
    {
        QFile f(evidencePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(evidence);
    }

    QPointer<ModelProgressDialog> dialog = m_page->openProgress();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Fill the widgets as an officer would.
    auto* status = dialog->findChild<QComboBox*>(u"progressStatus"_s);
    QVERIFY(status);
    status->setCurrentIndex(status->findData(u"in_progress"_s));
    QLineEdit* kpi = dialog->kpiEditor(u"essential_services"_s);
    QVERIFY(kpi);
    kpi->setFocus();
    test::typeText(kpi, u"12"_s);
    auto* narrative = dialog->findChild<QPlainTextEdit*>(u"progressNarrative"_s);
    QVERIFY(narrative);
    narrative->setPlainText(u"Đã rà soát 12 dịch vụ công thiết yếu trên Cổng dịch vụ công."_s);
    dialog->setEvidencePath(evidencePath);
    dialog->findChild<QPushButton*>(u"saveButton"_s)->click();
    QTRY_VERIFY(dialog.isNull()); // accepted and closed (deleted on close)

    // Stored: the repository has it, with the evidence sealed in the vault.
    const auto catalog = ModelCatalog::load();
    QVERIFY(catalog.ok());
    plan::PlanRepository repository(m_env.vault(), *catalog, m_env.env.roles);
    auto history = repository.history(1);
    QVERIFY2(history.ok(), qPrintable(history.message()));
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().status, plan::ReportedStatus::InProgress);
    QCOMPARE(history->first().kpiValues.value(u"essential_services"_s), 12.0);
    QCOMPARE(history->first().reportedOn, QDate(2026, 11, 23));
    QVERIFY(!history->first().evidenceFileId.isEmpty());

    // Shown: the status in the list, the history row, the KPI's current value, the evidence file.
    QCOMPARE(statusKey(*m_page, 1), u"in_progress"_s);
    QCOMPARE(statusCell(*m_page, 1), modelStatusLabel(plan::ModelStatus::InProgress));
    QCOMPARE(m_page->selectedModel(), 1);
    QTableWidget* rows = m_page->detail()->historyTable();
    QCOMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->item(0, 0)->text(), u"23/11/2026"_s);
    QCOMPARE(rows->item(0, 1)->text(), u"Cán bộ thử nghiệm"_s);
    QCOMPARE(rows->item(0, 2)->text(), reportedStatusLabel(plan::ReportedStatus::InProgress));
    QVERIFY(rows->item(0, 3)->text().contains(u"12"_s));
    QVERIFY(rows->item(0, 4)->text().startsWith(u"Đã rà soát 12"_s));
    QTableWidget* kpis = m_page->detail()->kpiTable();
    QCOMPARE(kpis->rowCount(), 1);
    QCOMPARE(kpis->item(0, 2)->text(), u"12"_s);
    QListWidget* files = m_page->detail()->evidenceList();
    QCOMPARE(files->count(), 1);
    QVERIFY(files->item(0)->text().contains(u"bien-ban-ra-soat.pdf"_s));
    const QString copy = m_files.filePath(u"copy.pdf"_s);
    const Status saved = m_page->saveEvidenceCopy(m_page->detail()->selectedEvidenceId(), copy);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QFile copied(copy);
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QCOMPARE(copied.readAll(), evidence);

    // A second update marks it done: done wins over any deadline. (An hour later: updates of the
    // same day are ordered by the time they were recorded.)
    m_env.env.manualClock.advanceMs(3'600'000);
    dialog = m_page->openProgress();
    QVERIFY(dialog);
    dialog->setStatus(plan::ReportedStatus::Done);
    dialog->setNarrative(u"Hoàn thành."_s);
    dialog->accept();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(statusKey(*m_page, 1), u"done"_s);
    QCOMPARE(rows->rowCount(), 2);
    QCOMPARE(rows->item(0, 2)->text(), reportedStatusLabel(plan::ReportedStatus::Done)); // newest first
    QCOMPARE(kpis->item(0, 2)->text(), u"12"_s); // not repeated: the earlier value stands
}

void TestModelsPage::progressDialogRefusesBadValuesInline_data()
{
    QTest::addColumn<QString>("kpiText");
    QTest::addColumn<QString>("narrative");
    QTest::addColumn<QString>("field");
    QTest::newRow("not a number") << u"mười hai"_s << u"x"_s << u"kpi:essential_services"_s;
    QTest::newRow("negative") << u"-3"_s << u"x"_s << u"kpi:essential_services"_s;
    QTest::newRow("nothing to report") << QString() << QString() << u"narrative"_s;
}

void TestModelsPage::progressDialogRefusesBadValuesInline()
{
    QFETCH(QString, kpiText);
    QFETCH(QString, narrative);
    QFETCH(QString, field);
    QVERIFY(m_page->selectModel(1));
    const int before = m_page->detail()->historyTable()->rowCount();
    QPointer<ModelProgressDialog> dialog = m_page->openProgress();
    QVERIFY(dialog);
    dialog->setKpiText(u"essential_services"_s, kpiText);
    dialog->setNarrative(narrative);
    dialog->findChild<QPushButton*>(u"saveButton"_s)->click();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!dialog->errorText(field).isEmpty());
    auto* message = dialog->findChild<QLabel*>(u"error_"_s + field);
    QVERIFY(message && message->isVisible());
    QCOMPARE(m_page->detail()->historyTable()->rowCount(), before);
    dialog->reject();
}

void TestModelsPage::overdueModelIsMarkedAtAFakeDate()
{
    // Model 19 (digital citizens) is due 30/10/2023.
    setDate(QDate(2023, 10, 30)); // the deadline day itself is not late
    m_page->reload();
    QCOMPARE(statusKey(*m_page, 19), u"not_started"_s);
    QVERIFY(!m_page->treeModel()->modelIndex(19).data(ModelTreeModel::OverdueRole).toBool());
    QVERIFY(!statusCell(*m_page, 19).startsWith(u"⚠"_s));

    setDate(QDate(2023, 11, 6));
    m_page->reload();
    const QModelIndex status = m_page->treeModel()->modelIndex(19, ModelTreeModel::StatusColumn);
    QCOMPARE(status.data(ModelTreeModel::StatusKeyRole).toString(), u"overdue"_s);
    QVERIFY(status.data(ModelTreeModel::OverdueRole).toBool());
    QVERIFY(status.data().toString().startsWith(u"⚠"_s));
    QCOMPARE(status.data(Qt::ForegroundRole).value<QBrush>().color(),
             modelStatusColor(plan::ModelStatus::Overdue));
    QVERIFY(status.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(u"7"_s)); // 7 days late
    // A model due later in 2023 is not overdue yet; the detail panel says by how much 19 is.
    QCOMPARE(statusKey(*m_page, 16), u"not_started"_s);
    QVERIFY(m_page->selectModel(19));
    QVERIFY(m_page->detail()->findChild<QLabel*>(u"detailStatus"_s)->text().startsWith(u"⚠"_s));

    setDate(QDate(2026, 11, 23));
    m_page->reload();
}

void TestModelsPage::navigationFilters()
{
    QAbstractItemModel* shown = m_page->tree()->model();
    m_page->applyNavigationFilter(u"group"_s, u"3"_s);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(ModelTreeModel::GroupNumberRole).toInt(), 3);
    QVERIFY(m_page->tree()->isExpanded(shown->index(0, 0)));
    QCOMPARE(m_page->groupBox()->currentData().toInt(), 3);

    m_page->applyNavigationFilter(u"clear"_s, {});
    m_page->applyNavigationFilter(u"status"_s, u"overdue"_s);
    QCOMPARE(m_page->statusBox()->currentData().toString(), u"overdue"_s);
    const int overdue = m_page->filter()->visibleModelCount();
    QVERIFY(overdue > 0);
    for (int g = 0; g < shown->rowCount(); ++g) {
        const QModelIndex group = shown->index(g, 0);
        for (int r = 0; r < shown->rowCount(group); ++r)
            QCOMPARE(shown->index(r, 0, group).data(ModelTreeModel::StatusKeyRole).toString(), u"overdue"_s);
    }
    // Group and status together: the dashboard's stacked bar for one group.
    m_page->applyNavigationFilter(u"group"_s, u"5"_s);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(m_page->filter()->visibleModelCount(), 6); // 33–38, all due by 2024

    // The text filter folds diacritics and finds a number.
    m_page->applyNavigationFilter(u"clear"_s, {});
    m_page->filterBox()->setText(u"19"_s);
    QCOMPARE(m_page->filter()->visibleModelCount(), 1);
    m_page->filterBox()->setText(u"cong dan so"_s);
    QVERIFY(m_page->filter()->visibleModelCount() >= 1);
    m_page->applyNavigationFilter(u"clear"_s, {});
    QCOMPARE(shown->rowCount(), 5);
    QCOMPARE(m_page->filter()->visibleModelCount(), 38);
}

void TestModelsPage::assignmentShowsAsLead()
{
    QVERIFY(m_page->selectModel(19));
    QPointer<ModelAssignDialog> dialog = m_page->openAssign();
    QVERIFY(dialog);
    dialog->setLeadRole(u"cong_an"_s);
    auto* officer = dialog->findChild<QLineEdit*>(u"assignLeadOfficer"_s);
    QVERIFY(officer);
    officer->setText(u"Nguyễn Văn An"_s);
    dialog->setCooperatingRoles({u"to_cong_tac_06"_s});
    dialog->setCooperatingOfficers(u"Trần Thị Bình; Lê Văn Cường"_s);
    QCOMPARE(dialog->cooperating(),
             (QStringList{u"to_cong_tac_06"_s, u"Trần Thị Bình"_s, u"Lê Văn Cường"_s}));
    dialog->findChild<QPushButton*>(u"saveButton"_s)->click();
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(m_page->treeModel()
                ->modelIndex(19, ModelTreeModel::LeadColumn)
                .data()
                .toString()
                .startsWith(u"Nguyễn Văn An"_s));
    auto* lead = m_page->detail()->findChild<QLabel*>(u"detailLead"_s);
    QVERIFY(lead->text().startsWith(u"Nguyễn Văn An"_s));
    auto* cooperating = m_page->detail()->findChild<QLabel*>(u"detailCooperating"_s);
    QVERIFY(cooperating->text().contains(u"Trần Thị Bình"_s));
}

void TestModelsPage::readOnlyProfileSeesActionsDisabled()
{
    test::RecordsEnv readOnly;
    readOnly.open({u"van_hoa_xa_hoi"_s}); // may read the models, not write them
    QVERIFY(!QTest::currentTestFailed());
    auto page = makePage(readOnly);
    QVERIFY(page);
    QVERIFY(!page->canWrite());
    QCOMPARE(page->treeModel()->modelCount(), 38);
    QVERIFY(page->selectModel(1));
    QCOMPARE(page->detail()->modelNumber(), 1);
    QVERIFY(!page->assignButton()->isEnabled());
    QVERIFY(!page->progressButton()->isEnabled());
    QVERIFY(page->findChild<QLabel*>(u"readOnlyNote"_s)->isVisible());
    QVERIFY(page->openProgress() == nullptr);
    QVERIFY(page->openAssign() == nullptr);
    QTest::keyClick(page->tree(), Qt::Key_U, Qt::ControlModifier);
    QVERIFY(page->findChildren<ModelProgressDialog*>().isEmpty());
}

QTEST_MAIN(TestModelsPage)
#include "tst_models_page.moc"
