#pragma once
// One field value in canonical bytes (the same type tags as domain/changes/field_codec.h), as the
// sync state stores siblings and conflict candidates, plus the normal form the per-table digests
// hash: SQLite's column affinity may store 5 as 5.0 or '5', so numbers and text that print the same
// hash the same.

#include "util/result.h"

#include <QByteArray>
#include <QVariant>

namespace xaso::sync {

QByteArray encodeValue(const QVariant& value);
Result<QVariant> decodeValue(const QByteArray& bytes);
QByteArray digestForm(const QVariant& value);
// For people: a value as the conflicts list shows it.
QString displayValue(const QVariant& value);

} // namespace xaso::sync
