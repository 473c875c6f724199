#pragma once
// The printed recovery-key sheet: the profile, the key in large monospace, and what to do with it.
// Rendered through QTextDocument onto any paged device (a printer, or a PDF when printing is
// not available).

#include <QDate>
#include <QString>

class QPagedPaintDevice;

namespace xaso::desktop {

QString recoveryKeySheetHtml(const QString& profileName, const QString& recoveryKey, const QDate& date);
void renderRecoveryKeySheet(QPagedPaintDevice& device, const QString& html);

} // namespace xaso::desktop
