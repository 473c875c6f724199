#include "protocol/value_codec.h"

#include "domain/changes/field_codec.h"

#include <QCoreApplication>

#include <cmath>

namespace xaso::sync {

QByteArray encodeValue(const QVariant& value)
{
    // A one-field list named "v" without its name and base version: type tag + payload.
    const QByteArray field = domain::encodeFields({{QStringLiteral("v"), value, 0}});
    return field.mid(3, field.size() - 3 - 4);
}

Result<QVariant> decodeValue(const QByteArray& bytes)
{
    QByteArray field("\x00\x01v", 3);
    field.append(bytes);
    field.append(QByteArray(4, '\0'));
    auto fields = domain::decodeFields(field);
    if (!fields || fields->size() != 1)
        return makeError(ErrorCode::Tampered,
                         QCoreApplication::translate("SyncProtocol", "A stored sync value is damaged."));
    return fields->first().value;
}

QByteArray digestForm(const QVariant& v)
{
    if (v.isNull())
        return QByteArray(1, '\0');
    QByteArray out(1, 'v');
    switch (v.typeId()) {
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
            out += QByteArray::number(qint64(d));
        else
            out += QByteArray::number(d, 'g', 17);
        break;
    }
    case QMetaType::QByteArray: out += "x" + v.toByteArray().toHex(); break;
    case QMetaType::QString: out += v.toString().toUtf8(); break;
    default: out += QByteArray::number(v.toLongLong()); break;
    }
    return out;
}

QString displayValue(const QVariant& v)
{
    if (v.isNull())
        return QStringLiteral("(empty)");
    if (v.typeId() == QMetaType::QByteArray)
        return QStringLiteral("(%1 bytes)").arg(v.toByteArray().size());
    return v.toString();
}

} // namespace xaso::sync
