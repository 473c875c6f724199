#include "models/model_assign_dialog.h"

#include "common/formatting.h"
#include "common/theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

ModelAssignDialog::ModelAssignDialog(plan::PlanRepository& repository, const RoleCatalog& roles,
                                     const PlanModel& model, const std::optional<plan::Assignment>& current,
                                     QDate today, QWidget* parent)
    : QDialog(parent), m_repository(repository), m_roles(roles), m_model(model)
{
    setObjectName(u"modelAssignDialog"_s);
    setWindowTitle(tr("Assign model %1").arg(model.number));
    auto* heading = new QLabel(tr("Model %1: %2").arg(model.number).arg(model.title));
    heading->setWordWrap(true);
    setRole(heading, "subtitle");
    auto* planSays =
        new QLabel(tr("In the plan — lead: %1; cooperating: %2")
                       .arg(model.leadText.isEmpty() ? roleNames(roles, model.leadRoles) : model.leadText,
                            model.cooperating.isEmpty() ? u"—"_s : model.cooperating.join(u"; "_s)));
    planSays->setWordWrap(true);
    setRole(planSays, "hint");

    m_leadRole = new QComboBox;
    m_leadRole->setObjectName(u"assignLeadRole"_s);
    m_leadRole->setAccessibleName(tr("Lead unit"));
    m_coopRoles = new QListWidget;
    m_coopRoles->setObjectName(u"assignCooperatingRoles"_s);
    m_coopRoles->setAccessibleName(tr("Cooperating units"));
    m_coopRoles->setMaximumHeight(150);
    for (const Role& role : roles.roles()) {
        const QString name = roleNames(roles, {role.id});
        m_leadRole->addItem(name, role.id);
        auto* item = new QListWidgetItem(name, m_coopRoles);
        item->setData(Qt::UserRole, role.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_leadOfficer = new QLineEdit;
    m_leadOfficer->setObjectName(u"assignLeadOfficer"_s);
    m_leadOfficer->setAccessibleName(tr("Lead officer"));
    m_leadOfficer->setPlaceholderText(tr("The officer's full name (optional: else the unit leads)"));
    m_coopOfficers = new QLineEdit;
    m_coopOfficers->setObjectName(u"assignCooperatingOfficers"_s);
    m_coopOfficers->setAccessibleName(tr("Cooperating officers"));
    m_coopOfficers->setPlaceholderText(tr("Names separated by ';' (optional)"));
    m_date = new QDateEdit;
    m_date->setObjectName(u"assignDate"_s);
    m_date->setAccessibleName(tr("Assigned on"));
    m_date->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_date->setCalendarPopup(true);
    if (today.isValid())
        m_date->setDate(today);

    if (current) {
        setLeadRole(current->leadRole);
        setLeadOfficer(current->leadOfficerName);
        QStringList names;
        QStringList roleIds;
        for (const QString& who : current->cooperating)
            (roles.role(who) ? roleIds : names) << who;
        setCooperatingRoles(roleIds);
        setCooperatingOfficers(names.join(u"; "_s));
    } else {
        setLeadRole(model.leadRoles.value(0));
    }

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Lead &unit:"), m_leadRole);
    form->addRow(tr("Lead &officer:"), m_leadOfficer);
    form->addRow(tr("Cooperating u&nits:"), m_coopRoles);
    form->addRow(tr("Cooperating o&fficers:"), m_coopOfficers);
    form->addRow(tr("Assigned &on:"), m_date);

    m_error = new QLabel;
    m_error->setObjectName(u"assignError"_s);
    m_error->setWordWrap(true);
    setRole(m_error, "error");
    m_error->hide();

    auto* buttons = new QDialogButtonBox;
    m_save = buttons->addButton(tr("&Assign"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    setRole(m_save, "primary");
    m_save->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ModelAssignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ModelAssignDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(planSays);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void ModelAssignDialog::setLeadRole(const QString& roleId)
{
    const int i = m_leadRole->findData(roleId);
    if (i >= 0)
        m_leadRole->setCurrentIndex(i);
}

void ModelAssignDialog::setLeadOfficer(const QString& name)
{
    m_leadOfficer->setText(name);
}

void ModelAssignDialog::setCooperatingRoles(const QStringList& roleIds)
{
    for (int i = 0; i < m_coopRoles->count(); ++i) {
        QListWidgetItem* item = m_coopRoles->item(i);
        item->setCheckState(roleIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                  : Qt::Unchecked);
    }
}

void ModelAssignDialog::setCooperatingOfficers(const QString& names)
{
    m_coopOfficers->setText(names);
}

QString ModelAssignDialog::leadRole() const
{
    return m_leadRole->currentData().toString();
}

QStringList ModelAssignDialog::cooperating() const
{
    QStringList out;
    for (int i = 0; i < m_coopRoles->count(); ++i) {
        const QListWidgetItem* item = m_coopRoles->item(i);
        if (item->checkState() == Qt::Checked)
            out << item->data(Qt::UserRole).toString();
    }
    // Each entry is stored without commas (the repository joins them with commas), so a comma
    // separates names just as a semicolon does.
    static const QRegularExpression separators(u"[;,\\n]"_s);
    for (const QString& name : m_coopOfficers->text().split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = name.simplified();
        if (!trimmed.isEmpty() && !out.contains(trimmed))
            out << trimmed;
    }
    return out;
}

QString ModelAssignDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ModelAssignDialog::accept()
{
    if (leadRole().isEmpty()) {
        m_error->setText(tr("Lead unit: choose the unit that leads the model."));
        m_error->show();
        return;
    }
    if (cooperating().contains(leadRole())) {
        m_error->setText(tr("Cooperating units: %1 already leads the model; untick it.")
                             .arg(roleNames(m_roles, {leadRole()})));
        m_error->show();
        return;
    }
    auto saved = m_repository.assign(m_model.number, leadRole(), m_leadOfficer->text().simplified(),
                                     cooperating(), m_date->date());
    if (!saved) {
        m_error->setText(saved.message());
        m_error->show();
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace xaso::desktop
