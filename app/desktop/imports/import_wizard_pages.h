#pragma once
// The five pages of the import wizard: file, preview, column mapping, dry run, import.

#include "imports/import_session.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace xaso::desktop {

class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportSession& session, QWidget* parent = nullptr);
    QLineEdit* pathEdit() const { return m_path; }
    bool isComplete() const override;
    bool validatePage() override; // reads the preview; stays here with the reason when it cannot

private:
    ImportSession& m_session;
    QLineEdit* m_path;
    QLabel* m_error;
};

class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    QTableWidget* table() const { return m_table; }

private:
    ImportSession& m_session;
    QLabel* m_info;
    QTableWidget* m_table;
};

class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    QTableWidget* table() const { return m_table; }

private:
    void refreshMissing();

    ImportSession& m_session;
    QTableWidget* m_table;
    QLabel* m_missing;
};

class ImportDryRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportDryRunPage(ImportSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    QTableWidget* errorTable() const { return m_errors; }
    QLabel* summary() const { return m_summary; }
    QCheckBox* skipInvalid() const { return m_skip; }
    QPushButton* saveReportButton() const { return m_saveReport; }

private:
    ImportSession& m_session;
    QLabel* m_summary;
    QTableWidget* m_errors;
    QCheckBox* m_skip;
    QPushButton* m_saveReport;
    bool m_ran = false;
};

class ImportCommitPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCommitPage(ImportSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* result() const { return m_result; }
    bool finished() const { return m_finished; }

signals:
    void importFinished(bool committed);

private:
    void start();

    ImportSession& m_session;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_result;
    bool m_finished = false;
};

} // namespace xaso::desktop
