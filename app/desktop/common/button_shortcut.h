#pragma once
// A keyboard shortcut that presses a button — only while the button is visible and enabled, so
// the same keys on a hidden page or a disabled action do nothing.

#include <QKeySequence>

class QPushButton;
class QWidget;

namespace xaso::desktop {

void addButtonShortcut(QWidget* owner, const QKeySequence& keys, QPushButton* target,
                       Qt::ShortcutContext context = Qt::WidgetWithChildrenShortcut);

} // namespace xaso::desktop
