#pragma once
// Picks the ISO week of the weekly report: previous / next, and back to the current week. Weeks
// that have not begun (after the current one, by the injected clock) cannot be chosen, since the
// report of such a week is refused.

#include "domain/plan/iso_week.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QPushButton;

namespace xaso::desktop {

class WeekChooser : public QWidget
{
    Q_OBJECT
public:
    explicit WeekChooser(QWidget* parent = nullptr);

    plan::IsoWeek week() const { return m_week; }
    // The current week; later weeks are not offered.
    void setCurrentWeek(const plan::IsoWeek& current);
    void setWeek(const plan::IsoWeek& week);

signals:
    void weekChanged(const xaso::plan::IsoWeek& week);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    plan::IsoWeek m_current;
    plan::IsoWeek m_week;
    QToolButton* m_previous;
    QLabel* m_label;
    QToolButton* m_next;
    QPushButton* m_thisWeek;
};

} // namespace xaso::desktop
