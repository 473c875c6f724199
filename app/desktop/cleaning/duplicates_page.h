#pragma once
// Probable duplicates: the same person recorded under two IDs (same folded name and birth date, or
// same phone and given name). The officer compares the two side by side and merges: the record
// kept takes what the other adds (household, checklist), the other is deleted. Audited as "merge".

#include "domain/residents/duplicates.h"
#include "main/section_registry.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace xaso::desktop {

class DuplicatesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DuplicatesPage(const SectionContext& context, QWidget* parent = nullptr);

    Status findDuplicates();
    QTableWidget* table() const { return m_table; }
    int pairCount() const { return int(m_pairs.size()); }
    // Merges the pair on `row`, keeping its first (or second) record.
    Status merge(int row, bool keepFirst);

signals:
    void recordsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void askMerge(bool keepFirst);
    void fill();
    void updateButtons();
    void retranslate();

    domain::Duplicates m_duplicates;
    bool m_canWrite;
    QList<domain::DuplicatePair> m_pairs;
    QLabel* m_intro;
    QLabel* m_status;
    QPushButton* m_find;
    QTableWidget* m_table;
    QPushButton* m_keepFirst;
    QPushButton* m_keepSecond;
};

} // namespace xaso::desktop
