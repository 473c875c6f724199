#include "main/workspace.h"

#include "common/desktop_services.h"
#include "common/vault_session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QMetaMethod>
#include <QShortcut>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

Workspace::Workspace(const SectionRegistry& registry, const SectionContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"workspace"_s);
    const QStringList roles = context.session.vault() ? context.session.vault()->profile().roles : QStringList();
    m_sections = registry.visibleFor(context.services.roleCatalog, roles);

    m_navigation = new QListWidget;
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFixedWidth(230);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const SectionInfo& s : std::as_const(m_sections)) {
        auto* item = new QListWidgetItem(QIcon(s.iconPath), QString(), m_navigation);
        item->setData(Qt::UserRole, s.id);
    }
    m_stack = new QStackedWidget;
    m_stack->setObjectName(u"workspacePages"_s);
    m_stack->setAttribute(Qt::WA_StyledBackground);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &Workspace::activateRow);
    for (int i = 0; i < std::min<int>(9, int(m_sections.size())); ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (m_busy)
                return;
            m_navigation->setCurrentRow(i);
            m_navigation->setFocus();
        });
    }
    auto* next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this, [this] { step(1); });
    auto* previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this, [this] { step(-1); });
    retranslate();
    if (!m_sections.isEmpty())
        m_navigation->setCurrentRow(0);
}

QStringList Workspace::sectionIds() const
{
    QStringList ids;
    for (const SectionInfo& s : m_sections)
        ids << s.id;
    return ids;
}

bool Workspace::showSection(const QString& id)
{
    const int row = int(sectionIds().indexOf(id));
    if (row < 0 || (m_busy && id != currentSectionId()))
        return false;
    m_navigation->setCurrentRow(row);
    return true;
}

QString Workspace::currentSectionId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_sections.size() ? m_sections.at(row).id : QString();
}

QWidget* Workspace::currentPage() const
{
    return m_stack->currentWidget();
}

void Workspace::activateRow(int row)
{
    if (row < 0 || row >= m_sections.size())
        return;
    const SectionInfo& section = m_sections.at(row);
    QWidget* page = m_pages.value(section.id);
    if (!page) {
        page = section.factory ? section.factory(m_context, section) : placeholderPage(m_context, section);
        m_pages.insert(section.id, page);
        m_stack->addWidget(page);
        connectNavigation(page);
    }
    m_stack->setCurrentWidget(page);
    emit sectionChanged(section.id);
}

bool Workspace::navigate(const QString& sectionId, const QString& filterKey, const QString& filterValue)
{
    if (!showSection(sectionId))
        return false;
    QWidget* target = m_pages.value(sectionId);
    if (!target || filterKey.isEmpty())
        return true;
    const QMetaObject* meta = target->metaObject();
    if (meta->indexOfMethod("applyNavigationFilter(QString,QString)") < 0)
        return true;
    return QMetaObject::invokeMethod(target, "applyNavigationFilter", Qt::DirectConnection,
                                     Q_ARG(QString, filterKey), Q_ARG(QString, filterValue));
}

void Workspace::connectNavigation(QWidget* page)
{
    const QMetaObject* meta = page->metaObject();
    const QMetaObject* self = metaObject();
    if (const int signal = meta->indexOfSignal("navigateRequested(QString,QString,QString)"); signal >= 0) {
        const int slot = self->indexOfMethod("navigateTo(QString,QString,QString)");
        QObject::connect(page, meta->method(signal), this, self->method(slot), Qt::QueuedConnection);
    }
    if (const int signal = meta->indexOfSignal("busyChanged(bool)"); signal >= 0)
        QObject::connect(page, meta->method(signal), this, self->method(self->indexOfMethod("setBusy(bool)")));
}

void Workspace::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_navigation->setEnabled(!busy);
    emit busyChanged(busy);
}

void Workspace::navigateTo(const QString& sectionId, const QString& filterKey, const QString& filterValue)
{
    navigate(sectionId, filterKey, filterValue);
}

void Workspace::step(int delta)
{
    const int count = m_navigation->count();
    if (count == 0 || m_busy)
        return;
    m_navigation->setCurrentRow((m_navigation->currentRow() + delta + count) % count);
    m_navigation->setFocus();
}

void Workspace::retranslate()
{
    m_navigation->setAccessibleName(tr("Sections"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem* item = m_navigation->item(i);
        const SectionInfo& s = m_sections.at(i);
        item->setText(s.title());
        item->setToolTip(i < 9 ? tr("%1 (Ctrl+%2)").arg(s.description()).arg(i + 1) : s.description());
    }
}

void Workspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace xaso::desktop
