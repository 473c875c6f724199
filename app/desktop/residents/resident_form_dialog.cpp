#include "residents/resident_form_dialog.h"

#include "common/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

ResidentFormDialog::ResidentFormDialog(ResidentEditor& editor, const domain::Resident* original,
                                       const QStringList& hamlets, QWidget* parent)
    : QDialog(parent), m_editor(editor)
{
    setObjectName(u"residentForm"_s);
    if (original)
        m_original = *original;
    setWindowTitle(original ? tr("Edit resident") : tr("New resident"));
    setMinimumWidth(560);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    QLineEdit* id = addLine(u"personalId"_s, tr("12 digits, e.g. 040190012345"));
    id->setMaxLength(12);
    id->setReadOnly(original != nullptr); // the key of a record never changes
    addLine(u"fullName"_s, tr("e.g. Nguyễn Văn An"));
    addLine(u"birthDate"_s, tr("dd/mm/yyyy, or the year alone"));
    m_sex = new QComboBox;
    m_sex->setObjectName(u"sex"_s);
    m_sex->addItem(tr("(not known)"), QString());
    m_sex->addItem(tr("Male"), u"Nam"_s);
    m_sex->addItem(tr("Female"), u"Nữ"_s);
    addRow(u"sex"_s, m_sex);
    m_hamlet = new QComboBox;
    m_hamlet->setObjectName(u"hamlet"_s);
    m_hamlet->setEditable(true);
    m_hamlet->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_hamlet->addItem(QString());
    m_hamlet->addItems(hamlets);
    addRow(u"hamlet"_s, m_hamlet);
    addLine(u"phone"_s, tr("e.g. 0912 345 678"));
    addLine(u"oldCmnd"_s, tr("9 or 12 digits, if the person had one"));
    addLine(u"permanentAddress"_s);
    addLine(u"currentAddress"_s);
    addLine(u"relationToHead"_s, tr("e.g. Chủ hộ, Vợ, Con"));

    if (original) {
        const domain::ResidentInput in = ResidentEditor::inputOf(*original);
        m_edits[u"personalId"_s]->setText(in.personalId);
        m_edits[u"fullName"_s]->setText(in.fullName);
        m_edits[u"birthDate"_s]->setText(in.birthDate);
        m_edits[u"phone"_s]->setText(in.phone);
        m_edits[u"oldCmnd"_s]->setText(in.oldCmnd);
        m_edits[u"permanentAddress"_s]->setText(in.permanentAddress);
        m_edits[u"currentAddress"_s]->setText(in.currentAddress);
        m_edits[u"relationToHead"_s]->setText(in.relationToHead);
        m_sex->setCurrentIndex(std::max(0, m_sex->findData(in.sex)));
        m_hamlet->setCurrentText(in.hamlet);
    }

    m_saveError = new QLabel;
    m_saveError->setObjectName(u"saveError"_s);
    m_saveError->setWordWrap(true);
    setRole(m_saveError, "error");
    m_saveError->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    setRole(buttons->button(QDialogButtonBox::Save), "primary");
    connect(buttons, &QDialogButtonBox::accepted, this, &ResidentFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResidentFormDialog::reject);

    auto* hint = new QLabel(tr("Fields are checked as you leave them. A red message blocks saving; an amber "
                               "one is a warning to look at."));
    hint->setWordWrap(true);
    setRole(hint, "hint");
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(m_form);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);
    (original ? m_edits[u"fullName"_s] : id)->setFocus();
}

QLineEdit* ResidentFormDialog::addLine(const QString& fieldId, const QString& placeholder)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(fieldId);
    edit->setPlaceholderText(placeholder);
    m_edits.insert(fieldId, edit);
    connect(edit, &QLineEdit::editingFinished, this, [this, fieldId] {
        m_touched.insert(fieldId);
        showCheck(m_editor.check(input(), m_original ? &*m_original : nullptr), false);
    });
    addRow(fieldId, edit);
    return edit;
}

void ResidentFormDialog::addRow(const QString& fieldId, QWidget* editor)
{
    FieldWidgets w;
    w.editor = editor;
    w.error = new QLabel;
    w.error->setObjectName(u"error_"_s + fieldId);
    w.error->setWordWrap(true);
    setRole(w.error, "error");
    w.error->hide();
    w.warning = new QLabel;
    w.warning->setObjectName(u"warning_"_s + fieldId);
    w.warning->setWordWrap(true);
    setRole(w.warning, "countdown");
    w.warning->hide();
    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(editor);
    v->addWidget(w.error);
    v->addWidget(w.warning);
    const QString label = domain::ResidentValidator::fieldLabel(fieldId);
    editor->setAccessibleName(label);
    m_form->addRow(label, box);
    m_fields.insert(fieldId, w);
    m_order.append(fieldId);
}

domain::ResidentInput ResidentFormDialog::input() const
{
    domain::ResidentInput in;
    in.personalId = m_edits[u"personalId"_s]->text();
    in.fullName = m_edits[u"fullName"_s]->text();
    in.birthDate = m_edits[u"birthDate"_s]->text();
    in.sex = m_sex->currentData().toString();
    in.hamlet = m_hamlet->currentText();
    in.phone = m_edits[u"phone"_s]->text();
    in.oldCmnd = m_edits[u"oldCmnd"_s]->text();
    in.permanentAddress = m_edits[u"permanentAddress"_s]->text();
    in.currentAddress = m_edits[u"currentAddress"_s]->text();
    in.relationToHead = m_edits[u"relationToHead"_s]->text();
    return in;
}

void ResidentFormDialog::showCheck(const ResidentCheck& check, bool all)
{
    for (const QString& field : std::as_const(m_order)) {
        const FieldWidgets& w = m_fields[field];
        const bool show = all || m_touched.contains(field);
        const QString error = show ? check.errors.value(field).join(u'\n') : QString();
        const QString warning = show ? check.warnings.value(field).join(u'\n') : QString();
        w.error->setText(error);
        w.error->setVisible(!error.isEmpty());
        w.warning->setText(warning);
        w.warning->setVisible(!warning.isEmpty());
        // A screen reader hears the problem with the field.
        w.editor->setAccessibleDescription(error.isEmpty() ? warning : error);
    }
    // Messages add lines: grow the dialog so none is cut off.
    layout()->activate();
    resize(width(), std::max(height(), sizeHint().height()));
}

bool ResidentFormDialog::validateAll()
{
    const ResidentCheck check = m_editor.check(input(), m_original ? &*m_original : nullptr);
    showCheck(check, true);
    if (!check.ok()) {
        for (const QString& field : std::as_const(m_order)) {
            if (check.errors.contains(field)) {
                m_fields[field].editor->setFocus();
                break;
            }
        }
    }
    return check.ok();
}

QString ResidentFormDialog::errorText(const QString& fieldId) const
{
    const auto it = m_fields.constFind(fieldId);
    return it != m_fields.cend() && !it->error->isHidden() ? it->error->text() : QString();
}

QString ResidentFormDialog::warningText(const QString& fieldId) const
{
    const auto it = m_fields.constFind(fieldId);
    return it != m_fields.cend() && !it->warning->isHidden() ? it->warning->text() : QString();
}

void ResidentFormDialog::accept()
{
    m_saveError->hide();
    const ResidentCheck check = m_editor.check(input(), m_original ? &*m_original : nullptr);
    showCheck(check, true);
    if (!check.ok()) {
        validateAll();
        return;
    }
    auto saved = m_editor.save(check, m_original ? &*m_original : nullptr);
    if (!saved) {
        m_saveError->setText(saved.message());
        m_saveError->show();
        return;
    }
    m_savedId = check.resident.id;
    QDialog::accept();
}

} // namespace xaso::desktop
