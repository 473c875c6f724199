#include "common/button_shortcut.h"

#include <QPushButton>
#include <QShortcut>

namespace xaso::desktop {

void addButtonShortcut(QWidget* owner, const QKeySequence& keys, QPushButton* target, Qt::ShortcutContext context)
{
    auto* s = new QShortcut(keys, owner);
    s->setContext(context);
    QObject::connect(s, &QShortcut::activated, target, [target] {
        if (target->isVisible() && target->isEnabled())
            target->click();
    });
}

} // namespace xaso::desktop
