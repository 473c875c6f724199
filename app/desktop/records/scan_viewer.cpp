#include "records/scan_viewer.h"

#include "common/theme.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

ScanViewer::ScanViewer(const QString& title, const QByteArray& bytes, QWidget* parent)
    : QDialog(parent), m_bytes(bytes)
{
    setObjectName(u"scanViewer"_s);
    setWindowTitle(tr("Scanned copy: %1").arg(title));
    m_image.loadFromData(bytes);
    m_picture = new QLabel;
    m_picture->setObjectName(u"scanPicture"_s);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setAccessibleName(tr("Scanned copy"));
    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_picture);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    auto* seal =
        new QLabel(tr("The seal and the hash of this file were checked: it is the file that was certified."));
    seal->setWordWrap(true);
    setRole(seal, "success");

    auto* zoomIn = new QPushButton(tr("Zoom &in"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    auto* zoomOut = new QPushButton(tr("Zoom &out"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    auto* save = new QPushButton(tr("&Save a copy…"));
    connect(zoomIn, &QPushButton::clicked, this, [this] { setZoom(m_zoom * 1.25); });
    connect(zoomOut, &QPushButton::clicked, this, [this] { setZoom(m_zoom / 1.25); });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the scan"));
        if (path.isEmpty())
            return;
        QSaveFile f(path);
        if (f.open(QIODevice::WriteOnly) && f.write(m_bytes) == m_bytes.size())
            f.commit();
    });
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &ScanViewer::reject);
    auto* tools = new QHBoxLayout;
    tools->addWidget(zoomIn);
    tools->addWidget(zoomOut);
    tools->addWidget(save);
    tools->addStretch();
    tools->addWidget(close);
    zoomIn->setEnabled(showsImage());
    zoomOut->setEnabled(showsImage());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(seal);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(tools);
    resize(760, 680);
    if (showsImage()) {
        // Fit the page to the window's width to start with.
        setZoom(std::min(1.0, 700.0 / std::max(1, m_image.width())));
    } else {
        m_picture->setText(
            tr("This file (%1 KB) is not a picture. Save a copy to open it with another program.")
                .arg(bytes.size() / 1024));
        m_picture->setWordWrap(true);
        m_scroll->setWidgetResizable(true);
    }
}

void ScanViewer::setZoom(double factor)
{
    m_zoom = std::clamp(factor, 0.1, 6.0);
    const QSize size = (QSizeF(m_image.size()) * m_zoom).toSize();
    m_picture->setPixmap(
        QPixmap::fromImage(m_image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_picture->resize(size);
}

} // namespace xaso::desktop
