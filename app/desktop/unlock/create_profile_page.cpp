#include "unlock/create_profile_page.h"

#include "common/desktop_services.h"
#include "common/formatting.h"
#include "common/new_password_fields.h"
#include "common/profile_directory.h"
#include "common/theme.h"
#include "common/vault_session.h"
#include "reference/roles.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

CreateProfilePage::CreateProfilePage(DesktopServices& services, VaultSession& session, QWidget* parent)
    : CardPage(parent, 640), m_services(services), m_session(session)
{
    m_title = addLabel("title");
    m_subtitle = addLabel("subtitle");

    m_name = new QLineEdit;
    m_name->setObjectName(u"displayName"_s);
    m_name->setMaxLength(80);
    m_nameLabel = new QLabel;
    m_nameLabel->setBuddy(m_name);

    m_rolesBox = new QGroupBox;
    m_rolesBox->setObjectName(u"rolesBox"_s);
    auto* grid = new QGridLayout(m_rolesBox);
    int index = 0;
    for (const Role& role : services.roleCatalog.roles()) {
        auto* box = new QCheckBox;
        box->setObjectName(u"role_"_s + role.id);
        connect(box, &QCheckBox::toggled, this, &CreateProfilePage::updateCreateButton);
        grid->addWidget(box, index / 2, index % 2);
        m_roles.insert(role.id, box);
        ++index;
    }

    // One form for name, roles and password, so the labels line up.
    m_password = new NewPasswordFields;
    m_password->formLayout()->insertRow(0, m_nameLabel, m_name);
    m_password->formLayout()->insertRow(1, m_rolesBox);
    cardLayout()->addWidget(m_password);
    m_error = addLabel("error", u"createError"_s);
    m_error->setVisible(false);
    addBusyIndicator();

    m_back = new QPushButton;
    m_back->setObjectName(u"backButton"_s);
    m_create = new QPushButton;
    m_create->setObjectName(u"createButton"_s);
    setRole(m_create, "primary");
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_create);
    cardLayout()->addLayout(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CreateProfilePage::updateCreateButton);
    connect(m_password, &NewPasswordFields::validityChanged, this, &CreateProfilePage::updateCreateButton);
    connect(m_password, &NewPasswordFields::returnPressed, this, &CreateProfilePage::create);
    connect(m_create, &QPushButton::clicked, this, &CreateProfilePage::create);
    connect(m_back, &QPushButton::clicked, this, &CreateProfilePage::backRequested);
    connect(&m_session, &VaultSession::failed, this,
            [this](VaultSession::Operation op, const QString& message, bool) {
                if (op != VaultSession::Operation::Create)
                    return;
                m_error->setText(message);
                m_error->setVisible(true);
            });
    connect(&m_session, &VaultSession::busyChanged, this, [this](bool busy) {
        setBusy(busy, tr("Creating the encrypted profile… this takes a few seconds."));
        updateCreateButton();
    });
    retranslate();
    updateCreateButton();
}

void CreateProfilePage::reset()
{
    m_name->clear();
    for (QCheckBox* box : std::as_const(m_roles))
        box->setChecked(false);
    m_password->clear();
    m_error->setVisible(false);
    m_name->setFocus();
}

QStringList CreateProfilePage::checkedRoles() const
{
    QStringList ids;
    // In catalog order, so profiles list roles the same way everywhere.
    for (const Role& role : m_services.roleCatalog.roles()) {
        if (m_roles.value(role.id)->isChecked())
            ids << role.id;
    }
    return ids;
}

QString CreateProfilePage::displayName() const
{
    return m_name->text().trimmed();
}

void CreateProfilePage::updateCreateButton()
{
    m_create->setEnabled(!m_session.isBusy() && !displayName().isEmpty() && !checkedRoles().isEmpty() &&
                         m_password->isValid());
}

void CreateProfilePage::create()
{
    if (!m_create->isEnabled())
        return;
    m_error->setVisible(false);
    auto path = m_services.profiles.newVaultPath(displayName());
    if (!path) {
        m_error->setText(path.message());
        m_error->setVisible(true);
        return;
    }
    storage::CreateOptions options{displayName(), checkedRoles(), m_services.kdfLimits};
    m_session.createProfile(*path, m_password->password(), options);
}

void CreateProfilePage::retranslate()
{
    m_title->setText(tr("Create a profile"));
    m_subtitle->setText(tr("Your records are encrypted with your password. Choose the roles you hold in the "
                           "commune: they decide which sections you see."));
    m_nameLabel->setText(tr("Your &full name:"));
    m_name->setAccessibleName(tr("Full name"));
    m_name->setPlaceholderText(tr("e.g. Nguyễn Thị Hoa"));
    m_rolesBox->setTitle(tr("Roles"));
    const bool vi = interfaceIsVietnamese();
    for (const Role& role : m_services.roleCatalog.roles()) {
        QCheckBox* box = m_roles.value(role.id);
        box->setText(vi ? role.nameVi : role.nameEn);
        box->setAccessibleName(tr("Role: %1").arg(box->text()));
    }
    m_back->setText(tr("&Back"));
    m_create->setText(tr("Create &profile"));
}

} // namespace xaso::desktop
