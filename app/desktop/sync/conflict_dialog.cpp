#include "sync/conflict_dialog.h"

#include "domain/kinds/derived_refresh.h"
#include "reference/roles.h"

#include "common/formatting.h"
#include "common/theme.h"
#include "sync/conflict_details.h"
#include "sync/sync_texts.h"

#include "protocol/merge_engine.h"
#include "protocol/value_codec.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {
enum Column { Base, Mine, Theirs };
}

ConflictDialog::ConflictDialog(storage::Vault& vault, const sync::ConflictInfo& conflict, QWidget* parent)
    : QDialog(parent), m_vault(vault), m_conflict(conflict)
{
    setObjectName(u"conflictDialog"_s);
    setMinimumWidth(680);
    m_base = conflictBaseValue(vault.db(), conflict);
    m_record = conflictRecordText(vault.db(), conflict);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    const char* names[] = {"baseValue", "mineValue", "theirsValue"};
    for (int c = 0; c < 3; ++c) {
        auto* frame = new QFrame;
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setStyleSheet(c == Base ? u"QFrame { background: #f3f5f8; border-radius: 6px; }"_s
                                       : u"QFrame { background: #ffffff; border: 1px solid #c9d3e0; "
                                         "border-radius: 6px; }"_s);
        m_columnTitles[c] = new QLabel;
        m_columnTitles[c]->setStyleSheet(u"font-weight: 600; color: #17365d; border: none;"_s);
        m_values[c] = new QLabel;
        m_values[c]->setObjectName(QString::fromLatin1(names[c]));
        m_values[c]->setWordWrap(true);
        m_values[c]->setTextFormat(Qt::PlainText);
        m_values[c]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values[c]->setStyleSheet(u"font-size: 13pt; border: none;"_s);
        m_origins[c] = new QLabel;
        m_origins[c]->setWordWrap(false); // short lines with explicit breaks: no clipped wrap
        m_origins[c]->setStyleSheet(u"color: #5d6878; border: none;"_s);
        auto* col = new QVBoxLayout(frame);
        col->addWidget(m_columnTitles[c]);
        col->addWidget(m_values[c]);
        col->addWidget(m_origins[c]);
        col->addStretch();
        grid->addWidget(frame, 0, c);
        grid->setColumnStretch(c, 1);
    }

    m_editLabel = new QLabel;
    m_edit = new QLineEdit;
    m_edit->setObjectName(u"editedValue"_s);
    m_editLabel->setBuddy(m_edit);
    m_keepEdited = new QPushButton;
    m_keepEdited->setObjectName(u"keepEdited"_s);
    auto* editRow = new QHBoxLayout;
    editRow->addWidget(m_editLabel);
    editRow->addWidget(m_edit, 1);
    editRow->addWidget(m_keepEdited);
    const bool deleteConflict = conflict.field == sync::MergeEngine::kDeletedField;
    m_editLabel->setVisible(!deleteConflict);
    m_edit->setVisible(!deleteConflict);
    m_keepEdited->setVisible(!deleteConflict);

    m_error = new QLabel;
    m_error->setObjectName(u"conflictError"_s);
    setRole(m_error, "error");
    m_error->setWordWrap(true);
    m_error->hide();

    m_keepMine = new QPushButton;
    m_keepMine->setObjectName(u"keepMine"_s);
    m_keepTheirs = new QPushButton;
    m_keepTheirs->setObjectName(u"keepTheirs"_s);
    m_close = new QPushButton;
    m_close->setObjectName(u"conflictClose"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_keepTheirs);
    buttons->addStretch();
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addSpacing(6);
    layout->addLayout(editRow);
    layout->addWidget(m_error);
    layout->addSpacing(6);
    layout->addLayout(buttons);

    const sync::ConflictCandidate* mine = candidate(true);
    const sync::ConflictCandidate* theirs = candidate(false);
    m_keepMine->setEnabled(mine != nullptr);
    m_keepTheirs->setEnabled(theirs != nullptr);
    const sync::ConflictCandidate* winner = nullptr;
    for (const sync::ConflictCandidate& k : conflict.candidates) {
        if (k.winner)
            winner = &k;
    }
    if (winner)
        m_edit->setText(winner->value.isNull() ? QString() : sync::displayValue(winner->value));

    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolve(sync::ConflictService::Keep::Mine); });
    connect(m_keepTheirs, &QPushButton::clicked, this,
            [this] { resolve(sync::ConflictService::Keep::Theirs); });
    connect(m_keepEdited, &QPushButton::clicked, this,
            [this] { resolve(sync::ConflictService::Keep::Value); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    setTabOrder(m_edit, m_keepEdited);
    setTabOrder(m_keepEdited, m_keepMine);
    setTabOrder(m_keepMine, m_keepTheirs);
    setTabOrder(m_keepTheirs, m_close);
    retranslate();
    adjustSize();
}

const sync::ConflictCandidate* ConflictDialog::candidate(bool mine) const
{
    // Candidates come best first: the first active one of each side is what Keep picks.
    for (const sync::ConflictCandidate& k : m_conflict.candidates) {
        if (k.active && k.mine == mine)
            return &k;
    }
    return nullptr;
}

QString ConflictDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ConflictDialog::retranslate()
{
    setWindowTitle(tr("Resolve a conflict"));
    m_summary->setText(tr("%1 %2: the field \"%3\" was changed on two devices before they synchronised. "
                          "Choose the value to keep; your choice is sent with the next synchronisation.")
                           .arg(recordKindLabel(m_conflict.table), m_record, fieldLabel(m_conflict.field)));
    m_columnTitles[Base]->setText(tr("Before both changes"));
    m_columnTitles[Mine]->setText(tr("Mine (this device)"));
    m_columnTitles[Theirs]->setText(tr("Theirs (other device)"));
    m_values[Base]->setText(m_base ? conflictValueText(m_conflict.field, *m_base)
                                   : tr("not known on this device"));
    m_origins[Base]->setText(m_base ? tr("as last written on this device") : QString());
    const sync::ConflictCandidate* sides[] = {nullptr, candidate(true), candidate(false)};
    for (int c = Mine; c <= Theirs; ++c) {
        const sync::ConflictCandidate* k = sides[c];
        m_values[c]->setText(k ? conflictValueText(m_conflict.field, k->value) : tr("no value"));
        if (!k) {
            m_origins[c]->clear();
            continue;
        }
        QString origin = tr("changed %1\non device %2")
                             .arg(formatDateTime(QDateTime::fromMSecsSinceEpoch(k->hlc >> 16, Qt::UTC)),
                                  k->deviceId.left(8).toUpper());
        if (k->winner)
            origin += u'\n' + tr("Shown for now on every device.");
        m_origins[c]->setText(origin);
        m_values[c]->setAccessibleName(m_columnTitles[c]->text() + u": "_s + m_values[c]->text());
    }
    m_editLabel->setText(tr("Or &type the correct value:"));
    m_edit->setAccessibleName(tr("Value to keep"));
    m_keepEdited->setText(tr("Keep &this value"));
    m_keepEdited->setAccessibleName(tr("Keep the typed value"));
    m_keepMine->setText(tr("Keep &mine"));
    m_keepMine->setAccessibleName(tr("Keep the value from this device"));
    m_keepTheirs->setText(tr("Keep t&heirs"));
    m_keepTheirs->setAccessibleName(tr("Keep the value from the other device"));
    m_close->setText(tr("Decide later"));
    m_close->setAccessibleName(tr("Close without resolving"));
}

void ConflictDialog::resolve(sync::ConflictService::Keep keep)
{
    sync::ConflictService service(m_vault);
    // Search entries and dashboard counters follow the resolved record, as after a pull.
    const auto roles = RoleCatalog::load();
    std::unique_ptr<domain::RemoteChangeFollower> follower;
    if (roles) {
        if (auto created = domain::RemoteChangeFollower::create(m_vault, *roles))
            follower = std::move(*created);
    }
    Status done = makeError(ErrorCode::Internal, u"The role and welfare catalogs could not be read."_s);
    if (follower) {
        service.setRecordHooks(follower->beforeHook(), follower->afterHook());
        done = service.resolve(m_conflict.id, keep, m_edit->text().trimmed());
    }
    if (!done) {
        m_error->setText(done.code() == ErrorCode::Conflict
                             ? tr("This conflict was already settled, on this or another device. Close and "
                                  "synchronise to see the result.")
                             : tr("The choice could not be saved. Nothing was changed; try again."));
        m_error->setToolTip(done.message());
        m_error->show();
        return;
    }
    accept();
}

void ConflictDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace xaso::desktop
