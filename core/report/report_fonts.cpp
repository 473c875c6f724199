#include "report/report_fonts.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace xaso {

namespace {

const QString kFamily = kReportFontFamily.toString();

bool familyKnown()
{
    return QFontDatabase::families().contains(kFamily, Qt::CaseInsensitive);
}

} // namespace

QStringList reportFontFolders()
{
    QStringList folders{u"/usr/share/fonts/truetype/liberation2"_s,
                        u"/usr/share/fonts/truetype/liberation"_s};
    if (QCoreApplication::instance())
        folders.append(QDir(QCoreApplication::applicationDirPath()).filePath(u"fonts"_s));
    return folders;
}

Result<QString> ensureReportFont()
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate(
                             "ReportFonts", "The report needs a QGuiApplication to lay out its text."));
    }
    static QMutex mutex;
    const QMutexLocker locker(&mutex);
    if (familyKnown())
        return kFamily;

    static const QStringList styles{u"Regular"_s, u"Bold"_s, u"Italic"_s, u"BoldItalic"_s};
    const QStringList folders = reportFontFolders();
    for (const QString& folder : folders) {
        int loaded = 0;
        for (const QString& style : styles) {
            const QString file = QDir(folder).filePath(u"LiberationSerif-%1.ttf"_s.arg(style));
            if (QFileInfo::exists(file) && QFontDatabase::addApplicationFont(file) >= 0)
                ++loaded;
        }
        if (loaded > 0) {
            qCInfo(lcReport) << "loaded" << loaded << "Liberation Serif files from" << folder;
            break;
        }
    }
    if (!familyKnown()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("ReportFonts",
                                                     "The font Liberation Serif (LiberationSerif-Regular.ttf "
                                                     "and its bold and italic files) was not found in: %1. "
                                                     "Install the package fonts-liberation2.")
                             .arg(folders.join(u", "_s)));
    }
    return kFamily;
}

} // namespace xaso
