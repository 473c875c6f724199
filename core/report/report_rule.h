#pragma once
// The short horizontal rules of the document header (under the issuing body, the motto and the
// subject). QTextDocument has no paragraph borders, so a rule is an inline object: drawn as a vector
// line in the PDF, and written to the ODT as a thin black picture (the ODF writer only exports
// pictures among inline objects).

#include <QObject>
#include <QTextFormat>
#include <QTextObjectInterface>

namespace xaso {

enum ReportRuleFormat : int {
    ReportRuleObjectType = QTextFormat::UserObject + 1,
    ReportRuleWidth = QTextFormat::UserProperty + 1, // layout pixels, see ReportUnits
    ReportRuleHeight,                                // box height; the line sits in its middle
    ReportRuleThickness,
};

// Registered on a document's layout to draw ReportRuleObjectType characters.
class ReportRuleHandler final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;
};

} // namespace xaso
