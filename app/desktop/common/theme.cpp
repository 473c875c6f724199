#include "common/theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

QString preferredUiFamily()
{
    const QStringList installed = QFontDatabase::families();
    for (const QString& family : {u"Liberation Sans"_s, u"DejaVu Sans"_s, u"Noto Sans"_s}) {
        if (installed.contains(family))
            return family;
    }
    return {};
}

QFont monospaceFont(int pointSize)
{
    QFont font;
    font.setFamilies({u"Liberation Mono"_s, u"DejaVu Sans Mono"_s, u"Consolas"_s, u"Courier New"_s});
    font.setStyleHint(QFont::Monospace);
    font.setPointSize(pointSize);
    return font;
}

void setRole(QWidget* widget, const char* role)
{
    widget->setProperty("role", QString::fromLatin1(role));
    // A role changed after the widget was styled (an error turning into a success) only shows
    // once the style sheet is applied again.
    if (widget->testAttribute(Qt::WA_WState_Polished)) {
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
    }
}

QString appStyleSheet()
{
    return uR"(
QWidget#startScreen, QWidget#workspacePages { background: #f3f5f9; }
QFrame#card { background: #ffffff; border: 1px solid #d5dce6; border-radius: 10px; }
QLabel[role="brand"] { font-size: 24pt; font-weight: 700; color: #17365d; }
QLabel[role="title"] { font-size: 17pt; font-weight: 600; color: #17365d; }
QLabel[role="subtitle"] { font-size: 11pt; color: #4f5b6b; }
QLabel[role="hint"] { color: #5d6878; }
QLabel[role="error"] { color: #b3261e; font-weight: 600; }
QLabel[role="success"] { color: #2e7d32; font-weight: 600; }
QLabel[role="countdown"] { color: #8a4b00; font-weight: 600; }
QLabel#recoveryKey { color: #10294a; background: #f7f9fc; border: 2px dashed #5877a3;
                     border-radius: 8px; padding: 18px; }
QListWidget#navigation { background: #17365d; color: #ffffff; border: none; font-size: 11pt;
                         outline: none; padding-top: 6px; }
QListWidget#navigation::item { padding: 9px 10px; border-left: 4px solid transparent; }
QListWidget#navigation::item:selected { background: #2b5488; border-left: 4px solid #f2c14e; color: #ffffff; }
QListWidget#navigation::item:hover:!selected { background: #21446f; }
QPushButton { padding: 6px 14px; }
QListWidget#profileList { font-size: 11pt; }
QListWidget#profileList::item { padding: 6px 4px; }
QPushButton[role="primary"] { background: #1f5fa8; color: #ffffff; border: 1px solid #1a5190;
                              border-radius: 5px; font-weight: 600; }
QPushButton[role="primary"]:hover { background: #2569b8; }
QPushButton[role="primary"]:focus { border: 2px solid #f2c14e; }
QPushButton[role="primary"]:disabled { background: #a9bad0; border-color: #a9bad0; }
QPushButton[role="link"] { border: none; background: transparent; color: #1f5fa8; text-decoration: underline;
                           padding: 2px 0px; text-align: left; }
QPushButton[role="link"]:focus { color: #0d3b73; font-weight: 600; }
QGroupBox { font-weight: 600; color: #17365d; border: 1px solid #d5dce6; border-radius: 8px;
            margin-top: 14px; padding: 12px 10px 10px 10px; background: #ffffff; }
QGroupBox::title { subcontrol-origin: margin; left: 12px; padding: 0 4px; }
QStatusBar { background: #e8edf4; color: #2d3a4b; }
QStatusBar QLabel { padding: 0 8px; }
)"_s;
}

void applyTheme(QApplication& app)
{
    if (QStyle* fusion = QStyleFactory::create(u"Fusion"_s))
        QApplication::setStyle(fusion);
    QPalette palette = QApplication::style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xf3, 0xf5, 0xf9));
    palette.setColor(QPalette::Highlight, QColor(0x1f, 0x5f, 0xa8));
    palette.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xa8));
    QApplication::setPalette(palette);
    if (QGuiApplication::platformName() == u"offscreen"_s) {
        const QString family = preferredUiFamily();
        if (!family.isEmpty())
            QApplication::setFont(QFont(family, 10));
    }
    app.setStyleSheet(appStyleSheet());
}

} // namespace xaso::desktop
