#pragma once
// The top of a workspace page: the section's icon, title and one line saying what it is for.

#include <QWidget>

class QLabel;

namespace xaso::desktop {

class PageHeader : public QWidget
{
    Q_OBJECT
public:
    explicit PageHeader(const QString& iconPath, QWidget* parent = nullptr);
    void setTexts(const QString& title, const QString& description);
    QString title() const;

private:
    QLabel* m_title;
    QLabel* m_description;
};

} // namespace xaso::desktop
