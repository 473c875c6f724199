#pragma once
// Stands in for a section whose screens are still being built: its title, what it is for, and a
// short note.

#include "main/section_registry.h"

#include <QWidget>

class QLabel;

namespace xaso::desktop {

class PageHeader;

class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const SectionInfo& section, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    SectionInfo m_section;
    PageHeader* m_header;
    QLabel* m_note;
};

} // namespace xaso::desktop
