#pragma once
// The import wizard: choose file → preview → column mapping (auto, editable) → dry run with the
// table of bad rows → import with a progress bar and Cancel (the vault stays unchanged) → the
// error report can be saved from the dry-run page.

#include "imports/import_wizard_pages.h"

#include <QWizard>

#include <memory>

namespace xaso::desktop {

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, PreviewPage, MappingPage, DryRunPage, CommitPage };

    // Takes the target; `imported` is emitted when rows were written (lists reload then).
    ImportWizard(std::unique_ptr<ImportTarget> target, QWidget* parent = nullptr);

    ImportSession& session() { return *m_session; }
    ImportFilePage* filePage() const { return m_file; }
    ImportDryRunPage* dryRunPage() const { return m_dryRun; }
    ImportCommitPage* commitPage() const { return m_commit; }

signals:
    void imported();

private:
    std::unique_ptr<ImportTarget> m_target;
    ImportSession* m_session;
    ImportFilePage* m_file;
    ImportDryRunPage* m_dryRun;
    ImportCommitPage* m_commit;
};

} // namespace xaso::desktop
