#include "overview/overview_charts.h"

#include "overview/overview_style.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCollator>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace xaso::desktop::overview {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("OverviewPage", text);
}

QFont smallFont(const QChart* chart)
{
    QFont f = chart->legend()->font();
    f.setPointSize(8);
    return f;
}

QChart* newChart()
{
    auto* chart = new QChart;
    styleChart(chart);
    return chart;
}

QBarSet* newSet(const QString& code, const QString& label, const QColor& colour)
{
    auto* set = new QBarSet(label);
    set->setObjectName(code);
    set->setColor(colour);
    set->setBorderColor(colour);
    set->setLabelColor(colour.lightnessF() < 0.6 ? Qt::white : QColor(0x17, 0x36, 0x5d));
    return set;
}

// A value axis from 0 to a round number just above `max`, with whole-number labels.
QValueAxis* countAxis(const QChart* chart, qreal max, const QString& title = {})
{
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max<qreal>(max, 1));
    axis->applyNiceNumbers();
    axis->setLabelFormat(u"%.0f"_s);
    axis->setLabelsFont(smallFont(chart));
    if (!title.isEmpty()) {
        axis->setTitleText(title);
        axis->setTitleFont(smallFont(chart));
    }
    return axis;
}

QBarCategoryAxis* categoryAxis(const QChart* chart, const QStringList& categories)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsFont(smallFont(chart));
    axis->setGridLineVisible(false);
    return axis;
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

// 1, 2, 5 × 10^n: a step that cuts `max` into about `parts` pieces.
qreal niceStep(qreal max, int parts)
{
    const qreal raw = std::max<qreal>(max / parts, 1);
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (qreal m : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

void sortHamlets(QList<plan::HamletCoverage>& hamlets)
{
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    collator.setNumericMode(true);
    std::sort(hamlets.begin(), hamlets.end(),
              [&](const plan::HamletCoverage& a, const plan::HamletCoverage& b) {
                  return collator.compare(a.hamlet, b.hamlet) < 0;
              });
}

QChart* groupProgressChart(const QList<plan::GroupProgress>& groups, const Navigate& navigate)
{
    QChart* chart = newChart();
    auto* series = new QHorizontalStackedBarSeries;
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    series->setBarWidth(0.6);
    // Done first so the bars read left to right from finished to late; blocked and ongoing appear
    // only when some model has them.
    const plan::ModelStatus order[] = {plan::ModelStatus::Done,       plan::ModelStatus::InProgress,
                                       plan::ModelStatus::Recurring,  plan::ModelStatus::Blocked,
                                       plan::ModelStatus::NotStarted, plan::ModelStatus::Overdue};
    QStringList categories;
    int widest = 0;
    // Group 1 at the top: a horizontal bar axis draws its first category at the bottom.
    QList<plan::GroupProgress> reversed(groups.rbegin(), groups.rend());
    for (const plan::GroupProgress& g : reversed) {
        categories << shortGroupLabel(g.group, g.title);
        widest = std::max(widest, g.models);
    }
    for (plan::ModelStatus s : order) {
        int total = 0;
        for (const plan::GroupProgress& g : reversed)
            total += g.count(s);
        const bool optional = s == plan::ModelStatus::Recurring || s == plan::ModelStatus::Blocked;
        if (optional && total == 0)
            continue;
        QBarSet* set = newSet(plan::modelStatusKey(s), statusLabel(s), statusColour(s));
        for (const plan::GroupProgress& g : reversed)
            set->append(g.count(s));
        QObject::connect(set, &QBarSet::clicked, chart, [navigate, reversed](int index) {
            if (index >= 0 && index < reversed.size())
                navigate(u"models"_s, u"group"_s, QString::number(reversed[index].group));
        });
        series->append(set);
    }
    attach(chart, series, countAxis(chart, widest, tr("Models")), categoryAxis(chart, categories));
    return chart;
}

QChart* weeklyChart(const QList<plan::WeeklySeries>& all)
{
    QChart* chart = newChart();
    QStringList weeks;
    qint64 max = 0;
    if (!all.isEmpty()) {
        for (const auto& [key, count] : all.first().weeks) {
            auto week = plan::IsoWeek::parse(key);
            // Twelve dates do not fit side by side in half the page; week numbers do.
            weeks << (week ? tr("W%1").arg(week->week) : key);
        }
    }
    auto* x = categoryAxis(chart, weeks);
    x->setTitleText(tr("Week of the year"));
    x->setTitleFont(smallFont(chart));
    QList<QLineSeries*> lines;
    for (int i = 0; i < all.size(); ++i) {
        auto* line = new QLineSeries;
        line->setObjectName(all[i].kind);
        line->setName(shortKindLabel(all[i].kind)); // six entries share the legend's one line
        QPen pen(seriesColour(i));
        pen.setWidthF(2.2);
        line->setPen(pen);
        line->setPointsVisible(true);
        for (int w = 0; w < all[i].weeks.size(); ++w) {
            line->append(w, qreal(all[i].weeks[w].second));
            max = std::max(max, all[i].weeks[w].second);
        }
        lines << line;
    }
    auto* y = countAxis(chart, qreal(max), tr("Records added"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* line : lines) {
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    return chart;
}

QChart* verificationChart(const plan::VerificationStates& states, const QString& sectionId,
                          const Navigate& navigate)
{
    QChart* chart = newChart();
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* series = new QPieSeries;
    series->setHoleSize(0.5);
    series->setPieSize(0.85);
    const qint64 total = states.total();
    const std::pair<QString, qint64> parts[] = {{u"verified"_s, states.verified},
                                                {u"unverified"_s, states.unverified},
                                                {u"mismatch"_s, states.mismatch},
                                                {u"not_found"_s, states.notFound}};
    for (const auto& [code, count] : parts) {
        const QString share = total > 0 ? percentText(100.0 * double(count) / double(total)) : u"—"_s;
        // The legend has a third of the card: the state and its share; the counts are in the card's summary.
        auto* slice = new QPieSlice(tr("%1 %2").arg(verificationLabel(code), share), qreal(count));
        slice->setObjectName(code);
        slice->setColor(verificationColour(code));
        slice->setBorderColor(Qt::white);
        series->append(slice);
        QObject::connect(slice, &QPieSlice::clicked, chart,
                         [navigate, sectionId, code] { navigate(sectionId, u"verification"_s, code); });
    }
    chart->addSeries(series);
    return chart;
}

QChart* coverageChart(QList<plan::HamletCoverage> hamlets, const Navigate& navigate)
{
    sortHamlets(hamlets);
    QChart* chart = newChart();
    auto* series = new QBarSeries;
    series->setBarWidth(0.8);
    struct Measure
    {
        QString code;
        QString label;
        QColor colour;
        qint64 plan::HamletCoverage::*field;
    };
    const Measure measures[] = {
        {u"vneid"_s, tr("VNeID level 2"), QColor(0x1f, 0x5f, 0xa8), &plan::HamletCoverage::vneid},
        {u"epayment"_s, tr("E-payment account"), QColor(0x2e, 0x7d, 0x32), &plan::HamletCoverage::epayment},
        {u"signature"_s, tr("Digital signature"), QColor(0xd9, 0x8c, 0x1f),
         &plan::HamletCoverage::signature}};
    QStringList categories;
    for (const plan::HamletCoverage& h : hamlets)
        categories << (h.hamlet.isEmpty() ? tr("(no hamlet)") : h.hamlet);
    for (const Measure& m : measures) {
        QBarSet* set = newSet(m.code, m.label, m.colour);
        for (const plan::HamletCoverage& h : hamlets)
            set->append(h.residents > 0 ? 100.0 * double(h.*m.field) / double(h.residents) : 0.0);
        QObject::connect(set, &QBarSet::clicked, chart, [navigate, hamlets](int index) {
            if (index >= 0 && index < hamlets.size())
                navigate(u"residents"_s, u"hamlet"_s, hamlets[index].hamlet);
        });
        series->append(set);
    }
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(u"%.0f%%"_s);
    y->setLabelsFont(smallFont(chart));
    y->setTitleText(tr("Share of the hamlet's residents"));
    y->setTitleFont(smallFont(chart));
    auto* x = categoryAxis(chart, categories);
    if (categories.size() > 8)
        x->setLabelsAngle(-45);
    attach(chart, series, x, y);
    return chart;
}

QChart* pyramidChart(const QList<plan::PyramidBand>& bands)
{
    QChart* chart = newChart();
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.9);
    QBarSet* male = newSet(u"male"_s, tr("Male"), maleColour());
    QBarSet* female = newSet(u"female"_s, tr("Female"), femaleColour());
    QStringList categories;
    qint64 max = 0;
    for (const plan::PyramidBand& b : bands) {
        categories << b.label();
        male->append(-qreal(b.male)); // drawn to the left of the axis
        female->append(qreal(b.female));
        max = std::max({max, b.male, b.female});
    }
    series->append(male);
    series->append(female);
    // The value axis reads as people on both sides: labels at ±k·step showing the absolute count.
    const qreal step = niceStep(qreal(std::max<qint64>(max, 1)), 3);
    const int steps = int(std::ceil(qreal(std::max<qint64>(max, 1)) / step));
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-steps * step, steps * step);
    x->setStartValue(-steps * step);
    for (int k = -steps; k <= steps; ++k) {
        // Category labels must be unique: the left side's carry an invisible zero-width space.
        QString label = QLocale().toString(qint64(std::abs(k) * step));
        if (k < 0)
            label += QChar(0x200B);
        x->append(label, k * step);
    }
    x->setLabelsFont(smallFont(chart));
    x->setTitleText(tr("Residents"));
    x->setTitleFont(smallFont(chart));
    auto* y = categoryAxis(chart, categories);
    y->setTruncateLabels(false); // "0–4" … "80+" are short; the layout would elide them anyway
    attach(chart, series, x, y);
    return chart;
}

QChart* labourChart(const QList<plan::LabourStatusRow>& rows, const CodeLabel& statusLabel,
                    const Navigate& navigate)
{
    QChart* chart = newChart();
    auto* series = new QStackedBarSeries;
    series->setBarWidth(0.55);
    series->setLabelsVisible(true);
    QBarSet* male = newSet(u"male"_s, tr("Male"), maleColour());
    QBarSet* female = newSet(u"female"_s, tr("Female"), femaleColour());
    QBarSet* other = newSet(u"other"_s, tr("Not recorded"), otherColour());
    QStringList categories;
    qint64 max = 0;
    bool anyOther = false;
    for (const plan::LabourStatusRow& r : rows) {
        categories << statusLabel(r.status);
        male->append(qreal(r.male));
        female->append(qreal(r.female));
        other->append(qreal(r.other));
        anyOther = anyOther || r.other > 0;
        max = std::max(max, r.male + r.female + r.other);
    }
    QList<QBarSet*> sets{male, female};
    if (anyOther)
        sets << other;
    else
        delete other;
    for (QBarSet* set : sets) {
        QObject::connect(set, &QBarSet::clicked, chart, [navigate, rows](int index) {
            if (index >= 0 && index < rows.size())
                navigate(u"labour"_s, u"category"_s, rows[index].status);
        });
        series->append(set);
    }
    attach(chart, series, categoryAxis(chart, categories), countAxis(chart, qreal(max), tr("People")));
    return chart;
}

QChart* welfareChart(const plan::WelfareSummary& summary, const CodeLabel& categoryLabel,
                     const Navigate& navigate)
{
    QChart* chart = newChart();
    chart->legend()->hide();
    auto* series = new QHorizontalBarSeries;
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    QBarSet* set = newSet(u"beneficiaries"_s, tr("Beneficiaries"), QColor(0x6a, 0x3d, 0x9a));
    QStringList categories;
    qint64 max = 0;
    // The first category is drawn at the bottom: reverse so clause 1 reads at the top.
    QList<plan::WelfareCategoryRow> rows(summary.categories.rbegin(), summary.categories.rend());
    for (const plan::WelfareCategoryRow& r : rows) {
        categories << categoryLabel(r.category);
        set->append(qreal(r.beneficiaries));
        max = std::max(max, r.beneficiaries);
    }
    QObject::connect(set, &QBarSet::clicked, chart, [navigate, rows](int index) {
        if (index >= 0 && index < rows.size())
            navigate(u"welfare"_s, u"category"_s, rows[index].category);
    });
    series->append(set);
    attach(chart, series, countAxis(chart, qreal(max), tr("Beneficiaries")), categoryAxis(chart, categories));
    return chart;
}

} // namespace xaso::desktop::overview
