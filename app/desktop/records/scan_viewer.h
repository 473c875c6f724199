#pragma once
// Shows the scan of a certified copy, read through the repository (seal and hash checked: an
// altered file is refused, not shown). Images are shown with zoom; other files (PDF) can be saved
// to disk to open with another program.

#include <QDialog>

class QLabel;
class QScrollArea;

namespace xaso::desktop {

class ScanViewer : public QDialog
{
    Q_OBJECT
public:
    ScanViewer(const QString& title, const QByteArray& bytes, QWidget* parent = nullptr);
    bool showsImage() const { return !m_image.isNull(); }

private:
    void setZoom(double factor);

    QImage m_image;
    QLabel* m_picture;
    QScrollArea* m_scroll;
    QByteArray m_bytes;
    double m_zoom = 1.0;
};

} // namespace xaso::desktop
