#pragma once
// The recovery key, shown once right after the profile is created. The officer must tick "I have
// written it down" before going on; the key can also be printed. It is never stored: the label
// is cleared as soon as the page is left.

#include "common/card_page.h"

#include <QDate>

class QCheckBox;
class QLabel;
class QPushButton;

namespace xaso::desktop {

class RecoveryKeyPage : public CardPage
{
    Q_OBJECT
public:
    explicit RecoveryKeyPage(QWidget* parent = nullptr);

    void setRecoveryKey(const QString& key, const QString& profileName, const QDate& date);
    void clearKey();
    QString shownKey() const;

signals:
    void confirmed();

protected:
    void retranslate() override;

private:
    void print();

    QLabel* m_title;
    QLabel* m_explanation;
    QLabel* m_key;
    QLabel* m_warning;
    QCheckBox* m_written;
    QPushButton* m_print;
    QPushButton* m_continue;
    QString m_keyText;
    QString m_profileName;
    QDate m_date;
};

} // namespace xaso::desktop
