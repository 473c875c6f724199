#pragma once
// Words the Đồng bộ screens share: a certificate fingerprint in groups an officer can read aloud,
// the sync library's error codes as sentences an officer understands, and the names of record
// kinds and fields as a conflict shows them.

#include "util/result.h"

#include <QString>
#include <QVariant>

namespace xaso::desktop {

// "1A2B 3C4D …" in upper case, eight groups of four per line (two lines for SHA-256).
QString groupedFingerprint(const QString& hex);

// What went wrong with a sync or an enrolment, for the officer. `httpStatus` is the last HTTP
// status the server answered (0 when none), which tells "busy" (429, 5xx) from "unreachable".
enum class SyncStep { Sync, Enrol };
QString syncErrorText(const Error& error, int httpStatus, SyncStep step);

QString recordKindLabel(const QString& table);
QString fieldLabel(const QString& field);
// A conflict value as the officer reads it; `field` picks the words for a delete conflict.
QString conflictValueText(const QString& field, const QVariant& value);

} // namespace xaso::desktop
