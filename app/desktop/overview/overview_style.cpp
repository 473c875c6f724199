#include "overview/overview_style.h"

#include "common/record_labels.h"
#include "common/theme.h"
#include "models/model_status_style.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace xaso::desktop::overview {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("OverviewPage", text);
}
} // namespace

// The models screen's words and colours (models/model_status_style.h), so a status looks the same
// on both screens.
QColor statusColour(plan::ModelStatus status)
{
    return modelStatusColor(status);
}

QString statusLabel(plan::ModelStatus status)
{
    return modelStatusLabel(status);
}

namespace {
// The record screens number the states (common/record_labels.h); the counters name them.
int stateNumber(const QString& stateCode)
{
    if (stateCode == u"verified")
        return 1;
    if (stateCode == u"mismatch")
        return 2;
    if (stateCode == u"not_found")
        return 3;
    return 0;
}
} // namespace

QColor verificationColour(const QString& stateCode)
{
    return desktop::verificationColour(stateNumber(stateCode));
}

QString verificationLabel(const QString& stateCode)
{
    return desktop::verificationLabel(stateNumber(stateCode));
}

QColor maleColour()
{
    return QColor(0x2f, 0x6f, 0xb5);
}

QColor femaleColour()
{
    return QColor(0xd0, 0x5a, 0x7e);
}

QColor otherColour()
{
    return QColor(0x8a, 0x93, 0x9e);
}

QColor seriesColour(int index)
{
    static const QColor colours[] = {QColor(0x1f, 0x5f, 0xa8), QColor(0x8e, 0x6c, 0x1a),
                                     QColor(0x2e, 0x7d, 0x32), QColor(0xb3, 0x26, 0x1e),
                                     QColor(0x6a, 0x3d, 0x9a), QColor(0x00, 0x83, 0x8f)};
    return colours[index % std::size(colours)];
}

QString kindLabel(const QString& kind)
{
    if (kind == u"residents")
        return tr("Residents");
    if (kind == u"households")
        return tr("Households");
    if (kind == u"welfare")
        return tr("Welfare beneficiaries");
    if (kind == u"labour")
        return tr("Workers");
    if (kind == u"land")
        return tr("Land and housing");
    if (kind == u"certified_copies")
        return tr("Certified copies");
    return kind;
}

QString shortKindLabel(const QString& kind)
{
    if (kind == u"welfare")
        return tr("Welfare");
    if (kind == u"land")
        return tr("Land");
    if (kind == u"certified_copies")
        return tr("Copies");
    return kindLabel(kind);
}

QString shortGroupLabel(int number, const QString& title, int maxChars)
{
    QString t = title;
    if (t.startsWith(u"Nhóm "_s))
        t = t.mid(5);
    if (!t.isEmpty())
        t[0] = t[0].toUpper();
    if (t.size() > maxChars) {
        qsizetype cut = t.lastIndexOf(u' ', maxChars - 1);
        if (cut < maxChars / 2)
            cut = maxChars - 1;
        t = t.left(cut).trimmed() + u"…"_s;
    }
    return u"%1. %2"_s.arg(number).arg(t);
}

QString groupedNumber(qint64 value)
{
    return QLocale().toString(value);
}

QString percentText(std::optional<double> value)
{
    if (!value)
        return u"—"_s;
    return QLocale().toString(*value, 'f', 1) + u"%"_s;
}

QString dongText(qint64 value)
{
    return tr("%1 đ").arg(groupedNumber(value));
}

void styleChart(QChart* chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont font = chart->font();
    const QString family = preferredUiFamily();
    if (!family.isEmpty())
        font.setFamily(family);
    font.setPointSize(9);
    chart->legend()->setFont(font);
}

} // namespace xaso::desktop::overview
