#pragma once
// The colours and words Tổng quan uses, one per status across every chart (a model that is done is
// the same green in the group bars, the headline and the models screen, whose words and colours
// these reuse), and the interface-language names of the
// codes the counters carry (record kinds; labour statuses and welfare categories are named by
// the record screens' field choices, records/record_kind.h).

#include "domain/plan/plan_types.h"

#include <QColor>
#include <QString>

#include <optional>

class QChart;

namespace xaso::desktop::overview {

QColor statusColour(plan::ModelStatus status);
QString statusLabel(plan::ModelStatus status);

// Làm sạch states by their counter code: "unverified", "verified", "mismatch", "not_found".
QColor verificationColour(const QString& stateCode);
QString verificationLabel(const QString& stateCode);

QColor maleColour();
QColor femaleColour();
QColor otherColour();
// A colour per series of a multi-line chart (record kinds), stable by index.
QColor seriesColour(int index);

QString kindLabel(const QString& kind);      // "residents" → "Residents" (translated)
QString shortKindLabel(const QString& kind); // for a crowded legend: "land" → "Land"
// "Nhóm 1: …" shortened for an axis: the group's number and the title cut at a word.
QString shortGroupLabel(int number, const QString& title, int maxChars = 34);

// "1.234.567" in the interface language (Vietnamese grouping by default).
QString groupedNumber(qint64 value);
// "12,5%" / "12.5%"; "—" when there is no value.
QString percentText(std::optional<double> value);
// "31.500.000 đ".
QString dongText(qint64 value);

// The common look of every chart: no animation (screenshots), the app's font, a light background.
void styleChart(QChart* chart);

} // namespace xaso::desktop::overview
