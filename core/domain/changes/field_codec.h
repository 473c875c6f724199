#pragma once
// Canonical binary encoding of a record change's fields: the bytes that go into the outbox, that
// the sync protocol ships and signs, and that every replica decodes identically.
//   repeat: u16 name length, name (UTF-8), u8 type, value, u32 base version (big-endian)
//   types: 0 null, 1 int64, 2 double (IEEE-754 bits), 3 text (u32 length + UTF-8), 4 blob (u32 + bytes)
// Fields are sorted by name, so equal changes have equal bytes.

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

namespace xaso::domain {

struct FieldValue
{
    QString name;
    QVariant value;       // null, qint64, double, QString or QByteArray
    quint32 baseVersion = 0; // the field version the officer saw; 0 for a new record
    bool operator==(const FieldValue&) const = default;
};

QByteArray encodeFields(const QList<FieldValue>& fields);
// Names the byte offset at fault when the input is malformed.
Result<QList<FieldValue>> decodeFields(const QByteArray& bytes);

} // namespace xaso::domain
