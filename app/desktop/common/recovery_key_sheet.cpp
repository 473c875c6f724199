#include "common/recovery_key_sheet.h"

#include "common/formatting.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

QString recoveryKeySheetHtml(const QString& profileName, const QString& recoveryKey, const QDate& date)
{
    const QString heading = QCoreApplication::translate("RecoveryKeySheet", "Xã Số recovery key");
    const QString profileLine =
        QCoreApplication::translate("RecoveryKeySheet", "Profile: %1").arg(profileName.toHtmlEscaped());
    const QString dateLine = QCoreApplication::translate("RecoveryKeySheet", "Created on: %1").arg(formatDate(date));
    const QString advice = QCoreApplication::translate(
        "RecoveryKeySheet", "This key opens the profile if the password is forgotten. Keep this sheet locked away, "
                            "apart from the computer. Anyone holding it can read the profile's data.");
    return uR"(<html><body style="font-family: 'Liberation Sans', 'DejaVu Sans'; font-size: 12pt;">
<h1 style="font-size: 18pt;">%1</h1><p>%2<br/>%3</p>
<p style="font-family: 'Liberation Mono', 'DejaVu Sans Mono'; font-size: 20pt; font-weight: bold;
 border: 1px solid black; padding: 12px;">%4</p><p>%5</p></body></html>)"_s
        .arg(heading, profileLine, dateLine, recoveryKey.toHtmlEscaped(), advice.toHtmlEscaped());
}

void renderRecoveryKeySheet(QPagedPaintDevice& device, const QString& html)
{
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&device);
}

} // namespace xaso::desktop
