#pragma once
// The top row of Tổng quan: the figures the Vice Chairman reads out first — models done, in
// progress and overdue out of 38, residents and the share verified, model 19's VNeID coverage,
// welfare beneficiaries and what they are paid a month.

#include "overview/overview_data.h"

#include <QWidget>

class QLabel;

namespace xaso::desktop::overview {

class HeadlineStrip : public QWidget
{
    Q_OBJECT
public:
    explicit HeadlineStrip(QWidget* parent = nullptr);

    void setHeadline(const Headline& headline);
    // The figure shown on a tile ("5/38", "12.000"), by tile name: "done", "inProgress", "overdue",
    // "residents", "verified", "vneid", "welfare".
    QString figure(const QString& tile) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Tile
    {
        QString name;
        QLabel* value = nullptr;
        QLabel* caption = nullptr;
        QLabel* detail = nullptr;
    };
    Tile* tile(const QString& name);
    void retranslate();

    QList<Tile> m_tiles;
    Headline m_headline;
};

} // namespace xaso::desktop::overview
