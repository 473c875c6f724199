#pragma once
// The look of the desktop app: Fusion style, a calm blue palette, a font with Vietnamese glyphs,
// and the style sheet keyed on widget roles (property "role": title, subtitle, hint, error…).

#include <QFont>
#include <QString>

class QApplication;
class QWidget;

namespace xaso::desktop {

void applyTheme(QApplication& app);
QString appStyleSheet();
// The offscreen platform has no desktop font settings: pick an installed family with Vietnamese
// glyphs (Liberation Sans, else DejaVu Sans). Empty when neither is installed.
QString preferredUiFamily();
QFont monospaceFont(int pointSize);
// Sets the "role" property the style sheet keys on.
void setRole(QWidget* widget, const char* role);

} // namespace xaso::desktop
