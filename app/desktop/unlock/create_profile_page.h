#pragma once
// Create a profile: the officer's name, their roles (from the role catalog, as check boxes), and a
// strong password typed twice. The vault is created in a worker; the recovery key page follows.

#include "common/card_page.h"

#include <QMap>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace xaso::desktop {

struct DesktopServices;
class NewPasswordFields;
class VaultSession;

class CreateProfilePage : public CardPage
{
    Q_OBJECT
public:
    CreateProfilePage(DesktopServices& services, VaultSession& session, QWidget* parent = nullptr);

    void reset();
    QStringList checkedRoles() const;
    QString displayName() const;

signals:
    void backRequested();

protected:
    void retranslate() override;

private:
    void updateCreateButton();
    void create();

    DesktopServices& m_services;
    VaultSession& m_session;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QGroupBox* m_rolesBox;
    QMap<QString, QCheckBox*> m_roles;
    NewPasswordFields* m_password;
    QLabel* m_error;
    QPushButton* m_back;
    QPushButton* m_create;
};

} // namespace xaso::desktop
