#pragma once
// Helpers shared by the test suites: temp folders, fixture paths.

#include <QString>
#include <QTemporaryDir>

namespace xaso::test {

inline QString sourcePath(const QString& relative)
{
    return QStringLiteral(XASO_SOURCE_DIR "/") + relative;
}

} // namespace xaso::test
