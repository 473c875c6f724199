#pragma once
// A page of the start screens: one white card, centred, scrolling when the window is small.
// Subclasses fill cardLayout() and re-read their texts in retranslate().

#include <QWidget>

class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace xaso::desktop {

class CardPage : public QWidget
{
    Q_OBJECT
public:
    explicit CardPage(QWidget* parent = nullptr, int cardWidth = 560);

protected:
    QVBoxLayout* cardLayout() const { return m_cardLayout; }
    QLabel* addLabel(const char* role, const QString& objectName = {});
    // An indeterminate bar with a caption, hidden until setBusy(true).
    QWidget* addBusyIndicator();
    void setBusy(bool busy, const QString& caption = {});
    void changeEvent(QEvent* event) override;
    virtual void retranslate() {}

private:
    QVBoxLayout* m_cardLayout;
    QWidget* m_busy = nullptr;
    QLabel* m_busyCaption = nullptr;
};

} // namespace xaso::desktop
