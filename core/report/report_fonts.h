#pragma once
// The report's typeface: Liberation Serif, metric-compatible with the Times New Roman that
// Nghị định 30/2020 names, so line breaks match what the city sees in Word.

#include "util/result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace xaso {

inline constexpr QStringView kReportFontFamily = u"Liberation Serif";

// Folders searched for LiberationSerif-{Regular,Bold,Italic,BoldItalic}.ttf when the family is not
// installed: the Debian package folders and a "fonts" folder beside the program (Windows bundles).
QStringList reportFontFolders();

// Makes sure the family is known to QFontDatabase, loading the files from reportFontFolders() if
// needed. Needs a QGuiApplication. Fails with a message naming the folders searched.
Result<QString> ensureReportFont();

} // namespace xaso
