#include "bench_harness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>

#include <algorithm>

#include <malloc.h>

using namespace Qt::StringLiterals;

namespace xaso::bench {

namespace {

// A "Key:   123 kB" line of /proc/self/status (or /proc/meminfo) in MiB; 0 when absent.
double procKiB(const char* file, const QByteArray& key)
{
    QFile f(QString::fromLatin1(file));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(key)) {
            const QList<QByteArray> parts = line.mid(key.size()).simplified().split(' ');
            return parts.value(0).toDouble();
        }
    }
    return 0;
}

QString number(double v)
{
    if (std::isnan(v))
        return u"—"_s;
    if (std::fabs(v) >= 1000)
        return QString::number(v, 'f', 0);
    if (std::fabs(v) >= 10)
        return QString::number(v, 'f', 1);
    return QString::number(v, 'f', 3);
}

} // namespace

double peakRssMiB()
{
    return procKiB("/proc/self/status", "VmHWM:") / 1024.0;
}

double currentRssMiB()
{
    return procKiB("/proc/self/status", "VmRSS:") / 1024.0;
}

bool resetPeak()
{
    // Hand freed heap back first, so the last phase's garbage is not counted against the next.
    malloc_trim(0);
    // Linux ≥ 4.0: writing 5 resets the peak RSS to the current RSS.
    QFile f(u"/proc/self/clear_refs"_s);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write("5") == 1;
}

double percentile(QList<double>& samples, double p)
{
    if (samples.isEmpty())
        return std::nan("");
    std::sort(samples.begin(), samples.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

void Results::add(const Figure& f)
{
    m_figures.append(f);
}

QString Results::table() const
{
    QString out;
    out += u"| Figure | Value | Baseline (same run) | Ratio | Target | Met | Peak MiB |\n"_s;
    out += u"|---|---:|---|---:|---|:-:|---:|\n"_s;
    for (const Figure& f : m_figures) {
        const QString baseline =
            std::isnan(f.baseline)
                ? u"—"_s
                : u"%1 %2 (%3)"_s.arg(number(f.baseline), f.baselineUnit.isEmpty() ? f.unit : f.baselineUnit,
                                      f.baselineName);
        const QString met = f.met < 0 ? u"—"_s : f.met ? u"yes"_s : u"**no**"_s;
        out += u"| %1: %2 | %3 %4 | %5 | %6 | %7 | %8 | %9 |\n"_s.arg(
            f.group, f.name, number(f.value), f.unit, baseline, number(f.ratio()), f.target, met,
            QString::number(f.peakMiB, 'f', 0));
    }
    return out;
}

bool Results::writeJson(const QString& path) const
{
    QJsonObject root;
    QJsonObject meta;
    for (const auto& [k, v] : m_meta)
        meta.insert(k, v);
    root.insert(u"meta"_s, meta);
    QJsonArray figures;
    for (const Figure& f : m_figures) {
        QJsonObject o{{u"group"_s, f.group}, {u"name"_s, f.name},     {u"value"_s, f.value},
                      {u"unit"_s, f.unit},   {u"target"_s, f.target}, {u"peakMiB"_s, f.peakMiB}};
        if (!std::isnan(f.baseline)) {
            o.insert(u"baseline"_s, f.baseline);
            o.insert(u"baselineName"_s, f.baselineName);
            o.insert(u"ratio"_s, f.ratio());
        }
        if (f.met >= 0)
            o.insert(u"met"_s, f.met == 1);
        figures.append(o);
    }
    root.insert(u"figures"_s, figures);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson());
    return file.commit();
}

QString cpuModel()
{
    QFile f(u"/proc/cpuinfo"_s);
    if (f.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray& line : lines)
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return u"unknown"_s;
}

int cpuCount()
{
    return QThread::idealThreadCount();
}

double totalRamGiB()
{
    return procKiB("/proc/meminfo", "MemTotal:") / 1024.0 / 1024.0;
}

} // namespace xaso::bench
