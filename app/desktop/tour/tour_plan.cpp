// The tour through the screens of the plan and the commune's week (issue 7): the dashboards
// scrolled through, a model's detail and its progress-update dialog, the weekly report's second
// page, the enrolment dialog of Đồng bộ, and the backup card of Cài đặt.

#include "tour/tour_steps.h"

#include "main/app_window.h"
#include "main/workspace.h"
#include "models/model_progress_dialog.h"
#include "models/models_page.h"
#include "reports/reports_page.h"
#include "sync/sync_page.h"

#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

bool TourSteps::visitPlanScreens()
{
    Workspace* workspace = m_window.workspace();
    if (workspace->showSection(u"overview"_s)) {
        if (auto* scroll = m_window.findChild<QScrollArea*>(u"overviewScroll"_s)) {
            QScrollBar* bar = scroll->verticalScrollBar();
            bar->setValue(bar->maximum() / 2);
            if (!snap(u"overview-charts"_s))
                return false;
            bar->setValue(bar->maximum());
            if (!snap(u"overview-charts-end"_s))
                return false;
            bar->setValue(0);
        }
    }
    if (workspace->showSection(u"models"_s)) {
        auto* page = qobject_cast<ModelsPage*>(workspace->currentPage());
        if (page && page->selectModel(19)) {
            if (!snap(u"models-detail"_s))
                return false;
            if (ModelProgressDialog* dialog = page->openProgress()) {
                waitFor([dialog] { return dialog->isVisible(); }, 2000);
                const bool ok = snap(u"model-progress-update"_s, dialog);
                dialog->reject();
                if (!ok)
                    return false;
            }
        }
    }
    if (workspace->showSection(u"reports"_s)) {
        auto* page = qobject_cast<ReportsPage*>(workspace->currentPage());
        if (page && waitFor([page] { return page->pageCount() > 1; }, 20'000)) {
            auto* next = m_window.findChild<QPushButton*>(u"nextPage"_s);
            if (next)
                next->click();
            if (!snap(u"report-page-2"_s))
                return false;
        }
    }
    if (workspace->showSection(u"sync"_s)) {
        if (auto* page = qobject_cast<SyncPage*>(workspace->currentPage())) {
            page->openEnrolDialog();
            if (auto* dialog = m_window.findChild<QDialog*>(u"enrolDialog"_s)) {
                waitFor([dialog] { return dialog->isVisible(); }, 2000);
                if (auto* url = dialog->findChild<QLineEdit*>(u"serverUrl"_s))
                    url->setText(u"https://192.168.1.10:8443"_s);
                if (auto* code = dialog->findChild<QLineEdit*>(u"enrolCode"_s))
                    code->setText(u"K7QM-2XRP-9HDA"_s);
                const bool ok = snap(u"sync-enrol"_s, dialog);
                dialog->reject();
                if (!ok)
                    return false;
            }
        }
    }
    if (workspace->showSection(u"settings"_s)) {
        auto* card = m_window.findChild<QWidget*>(u"backupCard"_s);
        QScrollArea* scroll = nullptr;
        for (QWidget* w = card; w && !scroll; w = w->parentWidget())
            scroll = qobject_cast<QScrollArea*>(w);
        if (card && scroll) {
            scroll->ensureWidgetVisible(card, 0, 0);
            if (!snap(u"settings-backup"_s))
                return false;
            scroll->verticalScrollBar()->setValue(0);
        }
    }
    return true;
}

} // namespace xaso::desktop
