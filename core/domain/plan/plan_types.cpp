#include "domain/plan/plan_types.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace xaso::plan {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PlanTypes", text);
}

} // namespace

QString reportedStatusKey(ReportedStatus status)
{
    switch (status) {
    case ReportedStatus::NotStarted:
        return u"not_started"_s;
    case ReportedStatus::InProgress:
        return u"in_progress"_s;
    case ReportedStatus::Done:
        return u"done"_s;
    case ReportedStatus::Blocked:
        return u"blocked"_s;
    }
    return {};
}

Result<ReportedStatus> parseReportedStatus(const QString& key)
{
    const QString k = key.trimmed().toLower().replace(u'-', u'_');
    for (ReportedStatus s : {ReportedStatus::NotStarted, ReportedStatus::InProgress, ReportedStatus::Done,
                             ReportedStatus::Blocked}) {
        if (reportedStatusKey(s) == k)
            return s;
    }
    return makeError(ErrorCode::InvalidArgument,
                     tr("Unknown status '%1'; use not_started, in_progress, done or blocked.").arg(key));
}

QString modelStatusKey(ModelStatus status)
{
    switch (status) {
    case ModelStatus::NotStarted:
        return u"not_started"_s;
    case ModelStatus::InProgress:
        return u"in_progress"_s;
    case ModelStatus::Done:
        return u"done"_s;
    case ModelStatus::Blocked:
        return u"blocked"_s;
    case ModelStatus::Recurring:
        return u"recurring"_s;
    case ModelStatus::Overdue:
        return u"overdue"_s;
    }
    return {};
}

QString modelStatusLabelVi(ModelStatus status)
{
    switch (status) {
    case ModelStatus::NotStarted:
        return u"Chưa triển khai"_s;
    case ModelStatus::InProgress:
        return u"Đang triển khai"_s;
    case ModelStatus::Done:
        return u"Hoàn thành"_s;
    case ModelStatus::Blocked:
        return u"Vướng mắc"_s;
    case ModelStatus::Recurring:
        return u"Thường xuyên"_s;
    case ModelStatus::Overdue:
        return u"Chậm tiến độ"_s;
    }
    return {};
}

QString encodeKpiValues(const KpiValues& values)
{
    // QMap iterates in key order: the text is canonical. 'g' with 15 digits round-trips the
    // values officers type (counts, percentages with a few decimals) without noise digits.
    QStringList items;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        items << it.key() + u'=' + QString::number(it.value(), 'g', 15);
    return items.join(u';');
}

Result<KpiValues> decodeKpiValues(const QString& text)
{
    KpiValues values;
    const QStringList items = text.split(u';', Qt::SkipEmptyParts);
    for (const QString& raw : items) {
        const QString item = raw.trimmed();
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            return makeError(ErrorCode::InvalidArgument,
                             tr("'%1': a KPI value is written id=value.").arg(item));
        const QString id = item.left(eq).trimmed();
        QString number = item.mid(eq + 1).trimmed();
        number.replace(u',', u'.'); // a Vietnamese decimal comma
        bool ok = false;
        const double value = number.toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return makeError(ErrorCode::InvalidArgument, tr("'%1': the value is not a number.").arg(item));
        values.insert(id, value);
    }
    return values;
}

QString formatKpiNumber(double value)
{
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    const double rounded = std::round(value * 10.0) / 10.0;
    if (rounded == std::floor(rounded))
        return vi.toString(qint64(rounded));
    return vi.toString(rounded, 'f', 1);
}

} // namespace xaso::plan
