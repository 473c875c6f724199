#pragma once
// First screen: the profiles on this computer, "create a new profile", or open a vault file kept
// elsewhere (a USB stick, a shared folder).

#include "common/card_page.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace xaso::desktop {

class ProfileDirectory;

class ProfileChooserPage : public CardPage
{
    Q_OBJECT
public:
    explicit ProfileChooserPage(ProfileDirectory& profiles, QWidget* parent = nullptr);

    void refresh();
    int profileCount() const;

signals:
    void openRequested(const QString& vaultPath);
    void createRequested();

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void openSelected();
    void openFile();

    ProfileDirectory& m_profiles;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_listLabel;
    QLabel* m_empty;
    QListWidget* m_list;
    QPushButton* m_open;
    QPushButton* m_create;
    QPushButton* m_openFile;
};

} // namespace xaso::desktop
