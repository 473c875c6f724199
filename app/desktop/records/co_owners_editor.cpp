#include "records/co_owners_editor.h"

#include "common/formatting.h"
#include "common/theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {

constexpr int kKeyRole = Qt::UserRole; // role column: "user" / "owner"; name column: the co-owner id
constexpr double kTolerance = 0.01;    // as the core's share check

QString roleLabel(const QString& key)
{
    return key == u"owner" ? CoOwnersEditor::tr("House owner") : CoOwnersEditor::tr("Land user");
}

std::optional<double> parseShare(const QString& text)
{
    QString t = text.trimmed();
    t.remove(u'%');
    t = t.trimmed().replace(u',', u'.');
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// The role cell is edited with a two-choice box, so the key (not the label) is stored.
class RoleDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* box = new QComboBox(parent);
        box->setObjectName(u"coOwnerRole"_s);
        box->setAccessibleName(CoOwnersEditor::tr("Role"));
        box->addItem(roleLabel(u"user"_s), u"user"_s);
        box->addItem(roleLabel(u"owner"_s), u"owner"_s);
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(kKeyRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        model->setData(index, box->currentData(), kKeyRole);
        model->setData(index, box->currentText(), Qt::DisplayRole);
    }
};

} // namespace

CoOwnersEditor::CoOwnersEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"coOwners"_s);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(u"coOwnerTable"_s);
    m_table->setItemDelegateForColumn(RoleColumn, new RoleDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(IdColumn, 130);
    m_table->setColumnWidth(ShareColumn, 80);
    m_table->setColumnWidth(RoleColumn, 120);
    m_table->setMinimumHeight(130);
    m_add = new QPushButton;
    m_add->setObjectName(u"addCoOwner"_s);
    m_remove = new QPushButton;
    m_remove->setObjectName(u"removeCoOwner"_s);
    m_sum = new QLabel;
    m_sum->setObjectName(u"coOwnerShareSum"_s);
    setRole(m_sum, "hint");

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_sum);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    setFocusProxy(m_table);

    connect(m_add, &QPushButton::clicked, this, &CoOwnersEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &CoOwnersEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        updateSum();
        emit edited();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this] { m_remove->setEnabled(!m_readOnly && m_table->currentRow() >= 0); });
    auto* insert = new QShortcut(QKeySequence(Qt::Key_Insert), m_table);
    insert->setContext(Qt::WidgetShortcut);
    connect(insert, &QShortcut::activated, this, &CoOwnersEditor::addRow);
    auto* del = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), m_table);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &CoOwnersEditor::removeCurrentRow);
    retranslate();
    updateSum();
}

int CoOwnersEditor::rowCount() const
{
    return m_table->rowCount();
}

void CoOwnersEditor::insertRow(const QVariantMap& owner)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* name = new QTableWidgetItem(owner.value(u"full_name"_s).toString());
    name->setData(kKeyRole, owner.value(u"id"_s).toString());
    m_table->setItem(row, NameColumn, name);
    m_table->setItem(row, IdColumn, new QTableWidgetItem(owner.value(u"resident_id"_s).toString()));
    const QVariant share = owner.value(u"share_percent"_s);
    m_table->setItem(
        row, ShareColumn,
        new QTableWidgetItem(share.isNull() ? QString() : QLocale().toString(share.toDouble(), 'g', 6)));
    m_table->item(row, ShareColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const QString role = owner.value(u"role"_s).toString() == u"owner" ? u"owner"_s : u"user"_s;
    auto* roleItem = new QTableWidgetItem(roleLabel(role));
    roleItem->setData(kKeyRole, role);
    m_table->setItem(row, RoleColumn, roleItem);
    if (m_readOnly) {
        for (int c = 0; c < ColumnCount; ++c)
            m_table->item(row, c)->setFlags(m_table->item(row, c)->flags() & ~Qt::ItemIsEditable);
    }
}

void CoOwnersEditor::setValue(const QVariantList& owners)
{
    m_table->setRowCount(0);
    for (const QVariant& o : owners)
        insertRow(o.toMap());
    updateSum();
}

QVariantList CoOwnersEditor::value() const
{
    QVariantList out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        auto text = [&](int c) {
            return m_table->item(r, c) ? m_table->item(r, c)->text().trimmed() : QString();
        };
        QVariantMap m;
        m.insert(u"id"_s, m_table->item(r, NameColumn)
                              ? m_table->item(r, NameColumn)->data(kKeyRole).toString()
                              : QString());
        m.insert(u"full_name"_s, text(NameColumn));
        m.insert(u"resident_id"_s, text(IdColumn).remove(u' '));
        const QString share = text(ShareColumn);
        const auto parsed = parseShare(share);
        m.insert(u"share_percent"_s, parsed ? QVariant(*parsed) : QVariant(share));
        m.insert(u"role"_s, m_table->item(r, RoleColumn)
                                ? m_table->item(r, RoleColumn)->data(kKeyRole).toString()
                                : u"user"_s);
        out.append(m);
    }
    return out;
}

QList<std::pair<int, QString>> CoOwnersEditor::unreadableShares() const
{
    QList<std::pair<int, QString>> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString text =
            m_table->item(r, ShareColumn) ? m_table->item(r, ShareColumn)->text() : QString();
        if (!parseShare(text))
            out.append({r + 1, text.trimmed()});
    }
    return out;
}

double CoOwnersEditor::shareSum() const
{
    double sum = 0;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (const auto s =
                parseShare(m_table->item(r, ShareColumn) ? m_table->item(r, ShareColumn)->text() : QString()))
            sum += *s;
    }
    return sum;
}

void CoOwnersEditor::addRow()
{
    if (m_readOnly)
        return;
    const double left = std::max(0.0, 100.0 - shareSum());
    insertRow({{u"share_percent"_s, left}});
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, NameColumn);
    m_table->setFocus();
    updateSum();
    emit edited();
}

void CoOwnersEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (m_readOnly || row < 0)
        return;
    m_table->removeRow(row);
    updateSum();
    emit edited();
}

void CoOwnersEditor::setRow(int row, const QString& name, const QString& personalId, const QString& share,
                            const QString& role)
{
    while (m_table->rowCount() <= row)
        insertRow({});
    const QSignalBlocker block(m_table);
    m_table->item(row, NameColumn)->setText(name);
    m_table->item(row, IdColumn)->setText(personalId);
    m_table->item(row, ShareColumn)->setText(share);
    m_table->item(row, RoleColumn)->setData(kKeyRole, role);
    m_table->item(row, RoleColumn)->setText(roleLabel(role));
    updateSum();
    emit edited();
}

void CoOwnersEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::AllEditTriggers);
}

void CoOwnersEditor::updateSum()
{
    const double sum = shareSum();
    m_sum->setText(tr("Shares: %1 % of 100 %").arg(QLocale().toString(sum, 'g', 6)));
    setRole(m_sum, m_table->rowCount() > 0 && std::abs(sum - 100.0) > kTolerance ? "countdown" : "hint");
    m_remove->setEnabled(!m_readOnly && m_table->currentRow() >= 0);
}

void CoOwnersEditor::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Full name"), tr("Personal ID"), tr("Share (%)"), tr("Role")});
    m_table->setAccessibleName(tr("Land users and house owners"));
    m_add->setText(tr("Add a co-owner"));
    m_add->setToolTip(tr("Add a land user or house owner (Insert in the table)"));
    m_add->setAccessibleName(tr("Add a co-owner"));
    m_remove->setText(tr("Remove the co-owner"));
    m_remove->setToolTip(tr("Remove the selected row (Ctrl+Delete in the table)"));
    m_remove->setAccessibleName(tr("Remove the co-owner"));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (QTableWidgetItem* role = m_table->item(r, RoleColumn)) {
            const QSignalBlocker block(m_table);
            role->setText(roleLabel(role->data(kKeyRole).toString()));
        }
    }
    updateSum();
}

void CoOwnersEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace xaso::desktop
