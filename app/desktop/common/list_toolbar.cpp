#include "common/list_toolbar.h"

#include "common/record_labels.h"
#include "domain/residents/resident.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

ListToolbar::ListToolbar(const QString& searchPlaceholder, QWidget* parent) : QWidget(parent)
{
    m_search = new QLineEdit;
    m_search->setObjectName(u"searchBox"_s);
    m_search->setPlaceholderText(searchPlaceholder);
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setMinimumWidth(220);
    m_hamlet = new QComboBox;
    m_hamlet->setObjectName(u"hamletFilter"_s);
    m_hamlet->setAccessibleName(tr("Hamlet"));
    m_hamlet->addItem(tr("All hamlets"), QString());
    m_hamlet->setMinimumContentsLength(12);
    m_state = new QComboBox;
    m_state->setObjectName(u"stateFilter"_s);
    m_state->setAccessibleName(tr("Verification state"));
    m_state->addItem(tr("All states"), -1);
    for (int s = 0; s < kVerificationStateCount; ++s)
        m_state->addItem(verificationLabel(s), s);
    m_categoryLabel = new QLabel;
    m_category = new QComboBox;
    m_category->setObjectName(u"categoryFilter"_s);
    m_categoryLabel->setBuddy(m_category);
    m_categoryLabel->hide();
    m_category->hide();
    m_categoryLabel->setWordWrap(true); // captions such as "Nhóm đối tượng (Nghị định 20/2021, Điều 5)"
    m_categoryLabel->setMaximumWidth(170);
    // Combo boxes size themselves to their longest item by default: a welfare clause or a làm
    // sạch state in Vietnamese would widen the whole window past a 1366-pixel laptop screen. They
    // keep a sensible width instead (the full text is in the drop-down list).
    const std::pair<QComboBox*, int> widths[] = {{m_hamlet, 10}, {m_state, 12}, {m_category, 16}};
    for (const auto& [box, chars] : widths) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(chars);
    }

    auto* hamletLabel = new QLabel(tr("&Hamlet:"));
    hamletLabel->setBuddy(m_hamlet);
    auto* stateLabel = new QLabel(tr("S&tate:"));
    stateLabel->setBuddy(m_state);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addSpacing(8);
    layout->addWidget(hamletLabel);
    layout->addWidget(m_hamlet, 1);
    layout->addWidget(stateLabel);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_categoryLabel);
    layout->addWidget(m_category, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { emit searchChanged(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, &ListToolbar::flushSearch);
    connect(m_hamlet, &QComboBox::currentIndexChanged, this, &ListToolbar::filtersChanged);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ListToolbar::filtersChanged);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ListToolbar::filtersChanged);
    // Anywhere in the window (also from the section list): only the toolbar of the page shown
    // is visible, and a hidden widget's shortcut does not fire, so pages do not collide.
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
}

void ListToolbar::setHamlets(const QStringList& codes)
{
    const QString current = hamlet();
    const QSignalBlocker block(m_hamlet);
    while (m_hamlet->count() > 1)
        m_hamlet->removeItem(1);
    for (const QString& code : codes)
        m_hamlet->addItem(code, code);
    m_hamlet->setCurrentIndex(std::max(0, m_hamlet->findData(current)));
}

void ListToolbar::setCategories(const QString& caption, const QList<std::pair<QString, QString>>& choices)
{
    const QSignalBlocker block(m_category);
    m_category->clear();
    m_category->addItem(tr("All"), QString());
    for (const auto& [label, key] : choices)
        m_category->addItem(label, key);
    m_categoryLabel->setText(caption);
    m_category->setAccessibleName(caption);
    m_categoryLabel->setVisible(!choices.isEmpty());
    m_category->setVisible(!choices.isEmpty());
}

QString ListToolbar::searchText() const
{
    return m_search->text();
}

QString ListToolbar::hamlet() const
{
    return m_hamlet->currentData().toString();
}

std::optional<int> ListToolbar::state() const
{
    const int s = m_state->currentData().toInt();
    return s < 0 ? std::nullopt : std::optional<int>(s);
}

QString ListToolbar::category() const
{
    return m_category->currentData().toString();
}

bool ListToolbar::applyFilter(const QString& key, const QString& value)
{
    QComboBox* box = nullptr;
    QVariant data(value);
    if (key == u"hamlet")
        box = m_hamlet;
    else if (key == u"category")
        box = m_category;
    else if (key == u"verification") {
        const auto state = domain::verificationFromKey(value);
        if (!state)
            return false;
        box = m_state;
        data = int(*state);
    }
    const int index = box ? box->findData(data) : -1;
    if (index < 0)
        return false;
    const bool sameIndex = box->currentIndex() == index;
    m_search->clear();
    m_debounce->stop();
    box->setCurrentIndex(index); // emits filtersChanged when it moves
    if (sameIndex)
        emit filtersChanged();
    return true;
}

void ListToolbar::flushSearch()
{
    m_debounce->stop();
    emit searchChanged(m_search->text());
}

} // namespace xaso::desktop
