#include "overview/overview_page.h"

#include "common/desktop_services.h"
#include "common/formatting.h"
#include "common/page_header.h"
#include "common/theme.h"
#include "common/vault_session.h"
#include "domain/plan/model_status.h"
#include "overview/chart_card.h"
#include "overview/headline_strip.h"
#include "overview/overview_charts.h"
#include "overview/overview_style.h"
#include "records/record_kind.h"
#include "util/clock.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {

// The catalog is reference data compiled into the program: read it once.
const ModelCatalog* planCatalog(QString* error)
{
    static const Result<ModelCatalog> loaded = ModelCatalog::load();
    if (!loaded) {
        *error = loaded.message();
        return nullptr;
    }
    return &*loaded;
}

constexpr int kCardHeight = 320;

} // namespace

OverviewPage::OverviewPage(const SectionContext& context, const SectionInfo& section, QWidget* parent)
    : QWidget(parent), m_context(context), m_section(section)
{
    setObjectName(u"overviewPage"_s);
    m_header = new PageHeader(section.iconPath);
    m_asOf = new QLabel;
    m_asOf->setObjectName(u"overviewAsOf"_s);
    setRole(m_asOf, "hint");
    m_refresh = new QPushButton;
    m_refresh->setObjectName(u"overviewRefresh"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_asOf, 1);
    toolbar->addWidget(m_refresh);

    m_headline = new overview::HeadlineStrip;

    if (storage::Vault* vault = context.session.vault()) {
        m_welfareKind = makeRecordKind(u"welfare"_s, *vault, context.services.roleCatalog);
        m_labourKind = makeRecordKind(u"labour"_s, *vault, context.services.roleCatalog);
    }

    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    grid->addWidget(addChartCard(u"groupProgressCard"_s), 0, 0);
    buildOverdueCard();
    grid->addWidget(m_cards.value(u"overdueCard"_s), 0, 1);
    grid->addWidget(addChartCard(u"weeklyCard"_s), 1, 0);
    grid->addWidget(addChartCard(u"verificationCard"_s), 1, 1);
    // Twenty hamlets with three bars each need the full width.
    grid->addWidget(addChartCard(u"coverageCard"_s), 2, 0, 1, 2);
    grid->addWidget(addChartCard(u"pyramidCard"_s), 3, 0);
    grid->addWidget(addChartCard(u"labourCard"_s), 3, 1);
    // Seventeen age bands need room for their labels.
    m_cards.value(u"pyramidCard"_s)->setMinimumHeight(440);
    grid->addWidget(addChartCard(u"welfareCard"_s), 4, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto* body = new QWidget;
    body->setObjectName(u"overviewBody"_s);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 4, 0);
    bodyLayout->setSpacing(12);
    bodyLayout->addWidget(m_headline);
    bodyLayout->addLayout(grid);
    bodyLayout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"overviewScroll"_s);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setStyleSheet(
        u"QScrollArea, QScrollArea > QWidget > QWidget#overviewBody { background: transparent; }"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 16);
    layout->addWidget(m_header);
    layout->addLayout(toolbar);
    layout->addWidget(scroll, 1);

    connect(m_refresh, &QPushButton::clicked, this, &OverviewPage::refresh);
    QWidget* previous = m_refresh;
    for (const QString& name : m_cardOrder) {
        setTabOrder(previous, m_cards.value(name)->saveButton());
        previous = m_cards.value(name)->saveButton();
    }
    retranslate();
}

OverviewPage::~OverviewPage() = default;

QList<overview::ChartCard*> OverviewPage::cards() const
{
    QList<overview::ChartCard*> out;
    for (const QString& name : m_cardOrder)
        out << m_cards.value(name);
    return out;
}

overview::ChartCard* OverviewPage::addChartCard(const QString& objectName)
{
    auto* view = new QChartView;
    view->setObjectName(objectName + u"Chart"_s);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(kCardHeight - 60);
    view->setFrameShape(QFrame::NoFrame);
    auto* card = new overview::ChartCard(objectName, view);
    card->setMinimumHeight(kCardHeight);
    m_cards.insert(objectName, card);
    m_cardOrder << objectName;
    return card;
}

void OverviewPage::buildOverdueCard()
{
    m_overdueTable = new QTableWidget(0, 5);
    m_overdueTable->setObjectName(u"overdueTable"_s);
    m_overdueTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overdueTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overdueTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overdueTable->verticalHeader()->hide();
    m_overdueTable->setWordWrap(false);
    m_overdueTable->setAlternatingRowColors(true);
    m_overdueTable->setFrameShape(QFrame::NoFrame);
    QHeaderView* h = m_overdueTable->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(1, QHeaderView::Stretch);
    h->setSectionResizeMode(2, QHeaderView::Interactive);
    m_overdueTable->setColumnWidth(2, 150);
    // Any row opens the models list filtered to the overdue ones (Enter or a click).
    auto open = [this] { emit navigateRequested(u"models"_s, u"status"_s, u"overdue"_s); };
    connect(m_overdueTable, &QTableWidget::cellClicked, this, open);
    connect(m_overdueTable, &QTableWidget::cellActivated, this, open);
    auto* card = new overview::ChartCard(u"overdueCard"_s, m_overdueTable);
    card->setMinimumHeight(kCardHeight);
    m_cards.insert(u"overdueCard"_s, card);
    m_cardOrder << u"overdueCard"_s;
}

void OverviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // figures changed on another page appear as soon as the dashboard is back
}

void OverviewPage::refresh()
{
    storage::Vault* vault = m_context.session.vault();
    if (!vault || !vault->isUnlocked())
        return;
    QString catalogError;
    const ModelCatalog* catalog = planCatalog(&catalogError);
    const QDate today = plan::todayFrom(m_context.services.clock);
    if (catalog) {
        m_data = loadOverviewData(*vault, *catalog, m_context.services.roleCatalog, today);
    } else {
        m_data = OverviewData{};
        m_data.today = today;
        m_data.groups.error = m_data.overdue.error = catalogError;
    }
    m_loadedAt = m_context.services.clock.now();
    redraw();
}

void OverviewPage::setChart(const QString& cardName, QChart* chart)
{
    overview::ChartCard* card = m_cards.value(cardName);
    QChartView* view = card->chartView();
    QChart* old = view->chart();
    view->setChart(chart);
    delete old; // setChart releases the old chart to us
    card->setError({});
}

QString OverviewPage::choiceLabel(const RecordScreenKind* kind, const QString& column,
                                  const QString& code) const
{
    if (code.isEmpty())
        return tr("(not recorded)");
    const FieldDef* field = kind ? kind->field(column) : nullptr;
    return field ? field->choiceLabel(code) : code;
}

void OverviewPage::redraw()
{
    const auto navigate = [this](const QString& section, const QString& key, const QString& value) {
        emit navigateRequested(section, key, value);
    };
    using namespace overview;
    m_headline->setHeadline(m_data.headline);

    if (m_data.groups.value)
        setChart(u"groupProgressCard"_s, groupProgressChart(*m_data.groups.value, navigate));
    else
        card(u"groupProgressCard"_s)->setError(m_data.groups.error);

    fillOverdue();

    if (m_data.weekly.value)
        setChart(u"weeklyCard"_s, weeklyChart(*m_data.weekly.value));
    else
        card(u"weeklyCard"_s)->setError(m_data.weekly.error);

    if (m_data.verification.value) {
        plan::VerificationStates residents{u"residents"_s, {}};
        for (const plan::VerificationStates& s : *m_data.verification.value) {
            if (s.kind == u"residents")
                residents = s;
        }
        setChart(u"verificationCard"_s, verificationChart(residents, u"residents"_s, navigate));
    } else {
        card(u"verificationCard"_s)->setError(m_data.verification.error);
    }

    if (m_data.coverage.value)
        setChart(u"coverageCard"_s, coverageChart(*m_data.coverage.value, navigate));
    else
        card(u"coverageCard"_s)->setError(m_data.coverage.error);

    if (m_data.pyramid.value)
        setChart(u"pyramidCard"_s, pyramidChart(*m_data.pyramid.value));
    else
        card(u"pyramidCard"_s)->setError(m_data.pyramid.error);

    const RecordScreenKind* labourKind = m_labourKind.get();
    if (m_data.labour.value)
        setChart(u"labourCard"_s, labourChart(
                                      *m_data.labour.value,
                                      [this, labourKind](const QString& code) {
                                          return choiceLabel(labourKind, u"status"_s, code);
                                      },
                                      navigate));
    else
        card(u"labourCard"_s)->setError(m_data.labour.error);

    const RecordScreenKind* welfareKind = m_welfareKind.get();
    if (m_data.welfare.value)
        setChart(u"welfareCard"_s, welfareChart(
                                       *m_data.welfare.value,
                                       [this, welfareKind](const QString& code) {
                                           return choiceLabel(welfareKind, u"clause"_s, code);
                                       },
                                       navigate));
    else
        card(u"welfareCard"_s)->setError(m_data.welfare.error);

    retranslate();
}

void OverviewPage::fillOverdue()
{
    overview::ChartCard* card = m_cards.value(u"overdueCard"_s);
    if (!m_data.overdue.value) {
        card->setError(m_data.overdue.error);
        return;
    }
    QList<plan::OverdueModel> rows = *m_data.overdue.value;
    // The longest late first: what the meeting should ask about.
    std::stable_sort(rows.begin(), rows.end(), [](const plan::OverdueModel& a, const plan::OverdueModel& b) {
        return a.daysLate > b.daysLate;
    });
    m_overdueTable->setRowCount(int(rows.size()));
    const QColor late = overview::statusColour(plan::ModelStatus::Overdue);
    for (int r = 0; r < rows.size(); ++r) {
        const plan::OverdueModel& m = rows[r];
        auto* number = new QTableWidgetItem(QString::number(m.modelNumber));
        number->setTextAlignment(Qt::AlignCenter);
        auto* title = new QTableWidgetItem(m.title);
        title->setToolTip(m.title);
        auto* lead = new QTableWidgetItem(m.lead);
        lead->setToolTip(m.lead);
        auto* deadline = new QTableWidgetItem(formatDate(m.deadline));
        auto* days = new QTableWidgetItem(overview::groupedNumber(m.daysLate));
        days->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        days->setForeground(late);
        QFont bold = days->font();
        bold.setBold(true);
        days->setFont(bold);
        QTableWidgetItem* items[] = {number, title, lead, deadline, days};
        for (int c = 0; c < 5; ++c)
            m_overdueTable->setItem(r, c, items[c]);
    }
    card->setError(rows.isEmpty() ? tr("No model is past its deadline.") : QString());
}

void OverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        redraw(); // axis labels and legends are drawn text: rebuild the charts in the new language
    QWidget::changeEvent(event);
}

void OverviewPage::retranslate()
{
    using overview::ChartCard;
    m_header->setTexts(m_section.title(), m_section.description());
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setAccessibleName(tr("Read the figures again"));
    m_refresh->setToolTip(tr("Read the figures again (F5)"));
    if (m_loadedAt.isValid())
        m_asOf->setText(tr("Figures as of %1; status of the models on %2.")
                            .arg(formatDateTime(m_loadedAt), formatDate(m_data.today)));
    m_overdueTable->setHorizontalHeaderLabels(
        {tr("No."), tr("Model"), tr("Lead"), tr("Deadline"), tr("Days late")});

    const Headline& h = m_data.headline;
    card(u"groupProgressCard"_s)->setTitle(tr("Progress of the models by group"));
    card(u"groupProgressCard"_s)
        ->setSummary(tr("%1 done, %2 in progress, %3 overdue of %4 models. Click a bar to open the group.")
                         .arg(h.done)
                         .arg(h.inProgress)
                         .arg(h.overdue)
                         .arg(h.models));
    card(u"overdueCard"_s)->setTitle(tr("Overdue models"));
    card(u"overdueCard"_s)
        ->setSummary(tr("%n model(s) past the deadline and not done.", nullptr,
                        m_data.overdue.value ? int(m_data.overdue.value->size()) : 0));
    card(u"weeklyCard"_s)->setTitle(tr("Records digitised per week"));
    card(u"weeklyCard"_s)
        ->setSummary(tr("The last %n weeks, up to the week of %1.", nullptr, 12)
                         .arg(formatDate(m_data.week.isValid() ? m_data.week.monday() : QDate())));
    card(u"verificationCard"_s)->setTitle(tr("Residents checked against the population data"));
    QStringList others;
    QString residentCounts;
    if (m_data.verification.value) {
        for (const plan::VerificationStates& s : *m_data.verification.value) {
            if (s.kind == u"residents") {
                residentCounts =
                    tr("%1 verified, %2 not yet, %3 mismatched, %4 not in the extract.")
                        .arg(overview::groupedNumber(s.verified), overview::groupedNumber(s.unverified),
                             overview::groupedNumber(s.mismatch), overview::groupedNumber(s.notFound));
                continue;
            }
            if (s.total() == 0)
                continue;
            others << tr("%1 %2").arg(overview::kindLabel(s.kind),
                                      overview::percentText(100.0 * double(s.verified) / double(s.total())));
        }
    }
    QString verificationSummary = residentCounts;
    if (!others.isEmpty())
        verificationSummary += u" "_s + tr("Verified in other records: %1.").arg(others.join(u"; "_s));
    card(u"verificationCard"_s)->setSummary(verificationSummary);
    card(u"coverageCard"_s)->setTitle(tr("Digital citizens by hamlet (model 19)"));
    card(u"coverageCard"_s)
        ->setSummary(tr("Share of each hamlet's residents with the service. Click a bar to "
                        "open the hamlet's residents."));
    card(u"pyramidCard"_s)->setTitle(tr("Population pyramid"));
    card(u"pyramidCard"_s)->setSummary(tr("Residents by five-year age band in %1.").arg(m_data.today.year()));
    card(u"labourCard"_s)->setTitle(tr("Labour status (models 33–34)"));
    card(u"labourCard"_s)->setSummary({});
    card(u"welfareCard"_s)->setTitle(tr("Welfare beneficiaries by category (model 32)"));
    card(u"welfareCard"_s)
        ->setSummary(tr("%1 beneficiaries; paid %2 a month in total.")
                         .arg(overview::groupedNumber(h.welfareBeneficiaries),
                              overview::dongText(h.welfareMonthlyTotal)));
}

QWidget* overviewPage(const SectionContext& context, const SectionInfo& section)
{
    return new OverviewPage(context, section);
}

} // namespace xaso::desktop
