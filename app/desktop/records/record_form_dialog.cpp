#include "records/record_form_dialog.h"

#include "common/formatting.h"
#include "common/theme.h"
#include "records/co_owners_editor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {
QLabel* messageLabel(const QString& name, const char* role)
{
    auto* l = new QLabel;
    l->setObjectName(name);
    l->setWordWrap(true);
    setRole(l, role);
    l->hide();
    return l;
}

QDate parseFormDate(const QString& text)
{
    for (const QString& format : {u"d/M/yyyy"_s, u"d-M-yyyy"_s, u"d.M.yyyy"_s, u"yyyy-MM-dd"_s}) {
        const QDate d = QDate::fromString(text, format);
        if (d.isValid())
            return d;
    }
    return {};
}
} // namespace

RecordFormDialog::RecordFormDialog(RecordScreenKind& kind, const RecordRow* original, QWidget* parent)
    : QDialog(parent), m_kind(kind)
{
    setObjectName(u"recordForm"_s);
    if (original)
        m_original = *original;
    setWindowTitle(original ? tr("Edit: %1").arg(kind.title()) : tr("New: %1").arg(kind.title()));
    setMinimumWidth(600);
    auto* body = new QWidget;
    m_form = new QFormLayout(body);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const FieldDef& f : kind.fields()) {
        if (f.formHidden)
            continue;
        const QVariant value = original ? original->fields.value(f.column) : QVariant();
        QWidget* editor = makeEditor(f, value, original && f.newOnly);
        editor->setObjectName(f.column);
        editor->setAccessibleName(f.label());
        m_editors.insert(f.column, editor);
        Messages m{messageLabel(u"error_"_s + f.column, "error"),
                   messageLabel(u"warning_"_s + f.column, "countdown")};
        m_messages.insert(f.column, m);
        auto* box = new QWidget;
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(editor);
        v->addWidget(m.error);
        v->addWidget(m.warning);
        m_form->addRow(f.label(), box);
    }
    if (kind.hasScans() && !original) {
        auto* path = new QLineEdit;
        path->setObjectName(u"scanPath"_s);
        path->setReadOnly(true);
        path->setAccessibleName(tr("Scanned file"));
        auto* browse = new QPushButton(tr("Choose…"));
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString file =
                QFileDialog::getOpenFileName(this, tr("Choose the scanned copy"), QString(),
                                             tr("Scans (*.png *.jpg *.jpeg *.pdf);;All files (*)"));
            if (!file.isEmpty())
                setScanPath(file);
        });
        auto* row = new QHBoxLayout;
        row->addWidget(path, 1);
        row->addWidget(browse);
        m_form->addRow(tr("Scanned file"), row);
    }
    auto* scroll = new QScrollArea;
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_general = messageLabel(u"saveError"_s, "error");
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    setRole(buttons->button(QDialogButtonBox::Save), "primary");
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordFormDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    resize(640, 640);
}

QWidget* RecordFormDialog::makeEditor(const FieldDef& field, const QVariant& value, bool readOnly)
{
    const QString column = field.column;
    auto touched = [this, column] {
        m_touched.insert(column);
        showCheck(false);
    };
    switch (field.type) {
    case FieldDef::Type::CoOwners: {
        auto* owners = new CoOwnersEditor;
        owners->setValue(value.toList());
        owners->setReadOnly(readOnly);
        connect(owners, &CoOwnersEditor::edited, this, touched);
        return owners;
    }
    case FieldDef::Type::Choice: {
        auto* box = new QComboBox;
        box->addItem(QString(), QString());
        for (const auto& [key, label] : field.choices)
            box->addItem(QCoreApplication::translate("RecordFields", label), key);
        box->setCurrentIndex(std::max(0, box->findData(value.toString())));
        box->setEnabled(!readOnly);
        connect(box, &QComboBox::activated, this, touched);
        return box;
    }
    case FieldDef::Type::LongText: {
        auto* edit = new QPlainTextEdit(value.toString());
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(70);
        edit->setReadOnly(readOnly);
        return edit;
    }
    default: {
        auto* edit = new QLineEdit(m_kind.display(field, value));
        if (field.type == FieldDef::Type::Date)
            edit->setPlaceholderText(tr("dd/mm/yyyy"));
        edit->setReadOnly(readOnly);
        connect(edit, &QLineEdit::editingFinished, this, touched);
        return edit;
    }
    }
}

QString RecordFormDialog::textOf(const QString& column) const
{
    QWidget* w = m_editors.value(column);
    if (auto* box = qobject_cast<QComboBox*>(w))
        return box->currentData().toString();
    if (auto* text = qobject_cast<QPlainTextEdit*>(w))
        return text->toPlainText().trimmed();
    if (auto* line = qobject_cast<QLineEdit*>(w))
        return line->text().trimmed();
    return {};
}

void RecordFormDialog::setText(const QString& column, const QString& text)
{
    QWidget* w = m_editors.value(column);
    if (auto* box = qobject_cast<QComboBox*>(w))
        box->setCurrentIndex(std::max(0, box->findData(text)));
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
        plain->setPlainText(text);
    else if (auto* line = qobject_cast<QLineEdit*>(w))
        line->setText(text);
}

void RecordFormDialog::setScanPath(const QString& path)
{
    m_scanPath = path;
    if (auto* edit = findChild<QLineEdit*>(u"scanPath"_s))
        edit->setText(path);
}

domain::FieldMap RecordFormDialog::values(QHash<QString, QString>* errors) const
{
    domain::FieldMap out;
    for (const FieldDef& f : m_kind.fields()) {
        if (!m_editors.contains(f.column) || (m_original && f.newOnly))
            continue;
        if (f.type == FieldDef::Type::CoOwners) {
            auto* owners = qobject_cast<CoOwnersEditor*>(m_editors.value(f.column));
            const auto unreadable = owners->unreadableShares();
            if (!unreadable.isEmpty() && errors) {
                QStringList lines;
                for (const auto& [row, text] : unreadable)
                    lines.append(text.isEmpty()
                                     ? tr("Row %1: the share is missing.").arg(row)
                                     : tr("Row %1: the share “%2” is not a number.").arg(row).arg(text));
                errors->insert(f.column, lines.join(u'\n'));
            }
            if (unreadable.isEmpty())
                out.insert(f.column, owners->value());
            continue;
        }
        const QString text = textOf(f.column);
        QVariant v;
        bool ok = true;
        switch (f.type) {
        case FieldDef::Type::Date:
            if (!text.isEmpty()) {
                const QDate d = parseFormDate(text);
                ok = d.isValid();
                v = domain::dateOrNull(d);
            }
            break;
        case FieldDef::Type::Integer:
            if (!text.isEmpty()) {
                QString digits = text;
                digits.remove(u'.').remove(u',').remove(u' ');
                v = digits.toLongLong(&ok);
            }
            break;
        case FieldDef::Type::Decimal:
            if (!text.isEmpty())
                v = QString(text).replace(u',', u'.').toDouble(&ok);
            break;
        default:
            v = text;
        }
        if (!ok) {
            if (errors)
                errors->insert(f.column, f.type == FieldDef::Type::Date
                                             ? tr("%1: “%2” is not a date (dd/mm/yyyy).").arg(f.label(), text)
                                             : tr("%1: “%2” is not a number.").arg(f.label(), text));
            continue;
        }
        out.insert(f.column, v);
    }
    if (!m_scanPath.isEmpty())
        out.insert(u"_scan_path"_s, m_scanPath);
    return out;
}

bool RecordFormDialog::showCheck(bool all)
{
    QHash<QString, QString> parseErrors;
    const domain::FieldMap v = values(&parseErrors);
    const domain::Validation check = m_kind.check(v, m_original ? &*m_original : nullptr);
    QHash<QString, QStringList> errors, warnings;
    for (auto it = parseErrors.cbegin(); it != parseErrors.cend(); ++it)
        errors[it.key()].append(it.value());
    QStringList general;
    for (const domain::FieldIssue& e : check.errors()) {
        if (parseErrors.contains(e.field))
            continue; // the text did not parse: that message says more
        if (m_messages.contains(e.field))
            errors[e.field].append(e.message);
        else
            general.append(e.message);
    }
    for (const domain::FieldIssue& w : check.warnings())
        warnings[m_messages.contains(w.field) ? w.field : QString()].append(w.message);
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const bool show = all || m_touched.contains(it.key());
        const QString e = show ? errors.value(it.key()).join(u'\n') : QString();
        const QString w = show ? warnings.value(it.key()).join(u'\n') : QString();
        it->error->setText(e);
        it->error->setVisible(!e.isEmpty());
        it->warning->setText(w);
        it->warning->setVisible(!w.isEmpty());
        m_editors.value(it.key())->setAccessibleDescription(e.isEmpty() ? w : e);
    }
    general += warnings.value(QString());
    m_general->setText(all ? general.join(u'\n') : QString());
    m_general->setVisible(all && !general.isEmpty());
    layout()->activate();
    return check.ok() && parseErrors.isEmpty();
}

bool RecordFormDialog::validateAll()
{
    return showCheck(true);
}

QString RecordFormDialog::errorText(const QString& column) const
{
    const auto it = m_messages.constFind(column);
    return it != m_messages.cend() && !it->error->isHidden() ? it->error->text() : QString();
}

QString RecordFormDialog::warningText(const QString& column) const
{
    const auto it = m_messages.constFind(column);
    return it != m_messages.cend() && !it->warning->isHidden() ? it->warning->text() : QString();
}

void RecordFormDialog::accept()
{
    if (!validateAll())
        return;
    auto saved = m_kind.save(values(), m_original ? &*m_original : nullptr);
    if (!saved) {
        m_general->setText(saved.message());
        m_general->show();
        return;
    }
    m_savedId = saved->id;
    QDialog::accept();
}

} // namespace xaso::desktop
