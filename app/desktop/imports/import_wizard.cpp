#include "imports/import_wizard.h"

using namespace Qt::StringLiterals;

namespace xaso::desktop {

ImportWizard::ImportWizard(std::unique_ptr<ImportTarget> target, QWidget* parent)
    : QWizard(parent), m_target(std::move(target))
{
    setObjectName(u"importWizard"_s);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::DisabledBackButtonOnLastPage);
    setWindowTitle(tr("Import: %1").arg(m_target->title()));
    setMinimumSize(820, 560);
    m_session = new ImportSession(*m_target, this);
    m_file = new ImportFilePage(*m_session);
    m_dryRun = new ImportDryRunPage(*m_session);
    m_commit = new ImportCommitPage(*m_session);
    setPage(FilePage, m_file);
    setPage(PreviewPage, new ImportPreviewPage(*m_session));
    setPage(MappingPage, new ImportMappingPage(*m_session));
    setPage(DryRunPage, m_dryRun);
    setPage(CommitPage, m_commit);
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Close"));
    connect(m_commit, &ImportCommitPage::importFinished, this, [this](bool committed) {
        if (committed)
            emit imported();
    });
}

} // namespace xaso::desktop
