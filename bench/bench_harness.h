#pragma once
// A small benchmark harness: wall-clock timing (QElapsedTimer), percentiles, peak resident memory
// per phase (VmHWM, reset through /proc/self/clear_refs), and the results as a table and as JSON.
// Benchmarks measure; nothing here asserts a time.

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <cmath>
#include <limits>

namespace xaso::bench {

// One line of the table: a figure, its same-run baseline (when there is one) and its target.
struct Figure
{
    QString group;
    QString name;
    double value = 0;
    QString unit;
    double baseline = std::numeric_limits<double>::quiet_NaN();
    QString baselineName;
    QString baselineUnit; // empty: the same unit as the value
    QString target;       // as DESIGN.md states it, empty when there is none
    int met = -1;         // -1: no target, 0: missed, 1: met
    double peakMiB = 0;   // peak resident memory of the process during the phase
    double ratio() const { return std::isnan(baseline) || baseline == 0 ? std::nan("") : value / baseline; }
};

// Peak RSS (VmHWM) in MiB; resetPeak() makes the next reading start from the current RSS.
double peakRssMiB();
double currentRssMiB();
bool resetPeak();
// DESIGN.md's memory target: a peak under 300 MB (10^6 bytes, so under 286.1 MiB).
inline bool underMemoryTarget(double peakMiB)
{
    return peakMiB * 1048576.0 < 300e6;
}

// Nearest-rank percentile of the samples (p in 0..100); the list is sorted in place.
double percentile(QList<double>& samples, double p);

class Stopwatch
{
public:
    Stopwatch() { m_timer.start(); }
    double ms() const { return m_timer.nsecsElapsed() / 1e6; }
    double seconds() const { return m_timer.nsecsElapsed() / 1e9; }

private:
    QElapsedTimer m_timer;
};

class Results
{
public:
    void add(const Figure& f);
    const QList<Figure>& figures() const { return m_figures; }
    void setMeta(const QString& key, const QString& value) { m_meta.append({key, value}); }

    QString table() const;
    bool writeJson(const QString& path) const;

private:
    QList<Figure> m_figures;
    QList<QPair<QString, QString>> m_meta;
};

// The machine, for the README: CPU model, core count, RAM.
QString cpuModel();
int cpuCount();
double totalRamGiB();

} // namespace xaso::bench
