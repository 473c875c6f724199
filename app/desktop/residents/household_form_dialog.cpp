#include "residents/household_form_dialog.h"

#include "common/theme.h"
#include "domain/residents/resident_repository.h"
#include "domain/residents/resident_search.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using xaso::domain::Deprivation;

namespace xaso::desktop {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kMatchLimit = 8;

QLabel* messageLabel(const QString& name, const char* role)
{
    auto* l = new QLabel;
    l->setObjectName(name);
    l->setWordWrap(true);
    setRole(l, role);
    l->hide();
    return l;
}

// Nghị định 07/2021 Điều 3: six dimensions of two indicators each, in the decree's order.
struct Dimension
{
    const char* title;
    std::array<std::pair<Deprivation, const char*>, 2> indicators;
    std::array<const char*, 2> objectNames;
};

const std::array<Dimension, 6>& dimensions()
{
    static const std::array<Dimension, 6> d{{
        {QT_TRANSLATE_NOOP("HouseholdFormDialog", "Employment"),
         {{{Deprivation::Employment, QT_TRANSLATE_NOOP("HouseholdFormDialog", "No stable job")},
           {Deprivation::Dependents,
            QT_TRANSLATE_NOOP("HouseholdFormDialog", "Dependents over half the household")}}},
         {"ind_employment", "ind_dependents"}},
        {QT_TRANSLATE_NOOP("HouseholdFormDialog", "Health"),
         {{{Deprivation::Nutrition, QT_TRANSLATE_NOOP("HouseholdFormDialog", "Malnourished child under 16")},
           {Deprivation::HealthInsurance,
            QT_TRANSLATE_NOOP("HouseholdFormDialog", "Someone aged 6+ without health insurance")}}},
         {"ind_nutrition", "ind_health_insurance"}},
        {QT_TRANSLATE_NOOP("HouseholdFormDialog", "Education"),
         {{{Deprivation::AdultEducation,
            QT_TRANSLATE_NOOP("HouseholdFormDialog", "Adult 16–30 without the expected schooling")},
           {Deprivation::ChildSchooling,
            QT_TRANSLATE_NOOP("HouseholdFormDialog", "Child 3–16 not at the right school level")}}},
         {"ind_adult_education", "ind_child_schooling"}},
        {QT_TRANSLATE_NOOP("HouseholdFormDialog", "Housing"),
         {{{Deprivation::HousingQuality, QT_TRANSLATE_NOOP("HouseholdFormDialog", "House not durable")},
           {Deprivation::HousingArea, QT_TRANSLATE_NOOP("HouseholdFormDialog", "Under 8 m² per person")}}},
         {"ind_housing_quality", "ind_housing_area"}},
        {QT_TRANSLATE_NOOP("HouseholdFormDialog", "Water and sanitation"),
         {{{Deprivation::DrinkingWater, QT_TRANSLATE_NOOP("HouseholdFormDialog", "No clean drinking water")},
           {Deprivation::Latrine, QT_TRANSLATE_NOOP("HouseholdFormDialog", "No hygienic latrine")}}},
         {"ind_drinking_water", "ind_latrine"}},
        {QT_TRANSLATE_NOOP("HouseholdFormDialog", "Information"),
         {{{Deprivation::Telecom, QT_TRANSLATE_NOOP("HouseholdFormDialog", "No telecommunication service")},
           {Deprivation::InformationAccess,
            QT_TRANSLATE_NOOP("HouseholdFormDialog", "No means of access to information")}}},
         {"ind_telecom", "ind_information_access"}},
    }};
    return d;
}

QString matchText(const domain::Resident& r)
{
    QString text = u"%1 — %2"_s.arg(r.fullName, r.id);
    if (!r.hamletCode.isEmpty())
        text += u" (%1)"_s.arg(r.hamletCode);
    return text;
}

} // namespace

HouseholdFormDialog::HouseholdFormDialog(storage::Vault& vault, const RoleCatalog& roles,
                                         const domain::Household* original, const QStringList& hamlets,
                                         QWidget* parent)
    : QDialog(parent), m_vault(vault), m_roles(roles), m_repository(vault, roles)
{
    setObjectName(u"householdForm"_s);
    if (original)
        m_original = *original;
    setWindowTitle(original ? tr("Edit household") : tr("New household"));
    setMinimumWidth(640);

    // Head: search the residents, choose one from the matches.
    m_headSearch = new QLineEdit;
    m_headSearch->setObjectName(u"headSearch"_s);
    m_headSearch->setPlaceholderText(tr("Type a name or a personal ID, then choose from the list"));
    m_headSearch->setAccessibleName(tr("Head of the household"));
    m_headSearch->installEventFilter(this);
    m_headMatches = new QListWidget;
    m_headMatches->setObjectName(u"headMatches"_s);
    m_headMatches->setAccessibleName(tr("Residents found"));
    m_headMatches->setFixedHeight(112);
    m_headChosen = new QLabel;
    m_headChosen->setObjectName(u"headChosen"_s);
    auto* headBox = new QWidget;
    auto* headLayout = new QVBoxLayout(headBox);
    headLayout->setContentsMargins(0, 0, 0, 0);
    headLayout->setSpacing(4);
    headLayout->addWidget(m_headSearch);
    headLayout->addWidget(m_headMatches);
    headLayout->addWidget(m_headChosen);

    m_address = new QLineEdit;
    m_address->setObjectName(u"address"_s);
    m_address->setAccessibleName(tr("Address"));
    m_address->setPlaceholderText(tr("e.g. Xóm 3, xã Hưng Đông"));
    m_hamlet = new QComboBox;
    m_hamlet->setObjectName(u"hamlet"_s);
    m_hamlet->setAccessibleName(tr("Hamlet"));
    m_hamlet->setEditable(true);
    m_hamlet->addItem(QString());
    m_hamlet->addItems(hamlets);
    m_status = new QComboBox;
    m_status->setObjectName(u"povertyStatus"_s);
    m_status->setAccessibleName(tr("Poverty status (Decree 07/2021)"));
    m_status->addItem(tr("Not poor"), int(domain::PovertyStatus::None));
    m_status->addItem(tr("Near-poor"), int(domain::PovertyStatus::NearPoor));
    m_status->addItem(tr("Poor"), int(domain::PovertyStatus::Poor));
    m_status->addItem(tr("Average living standard"), int(domain::PovertyStatus::Average));
    m_year = new QLineEdit;
    m_year->setObjectName(u"assessmentYear"_s);
    m_year->setAccessibleName(tr("Year of the review"));
    m_year->setPlaceholderText(tr("e.g. 2025"));
    m_year->setMaxLength(4);
    m_area = new QComboBox;
    m_area->setObjectName(u"areaType"_s);
    m_area->setAccessibleName(tr("Area"));
    m_area->addItem(tr("(not known)"), int(domain::AreaType::Unknown));
    m_area->addItem(tr("Rural"), int(domain::AreaType::Rural));
    m_area->addItem(tr("Urban"), int(domain::AreaType::Urban));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [&](const QString& label, const QString& field, QWidget* editor, QWidget* shown = nullptr) {
        auto* l = new QLabel(label);
        l->setBuddy(editor);
        form->addRow(l, withMessages(field, shown ? shown : editor));
        m_messages[field].editor = editor;
    };
    addRow(tr("&Head of the household"), u"head_id"_s, m_headSearch, headBox);
    addRow(tr("A&ddress"), u"address"_s, m_address);
    addRow(tr("Ha&mlet"), u"hamlet_code"_s, m_hamlet);
    addRow(tr("&Poverty status"), u"poverty_status"_s, m_status);
    addRow(tr("&Year of the review"), u"assessment_year"_s, m_year);
    addRow(tr("A&rea"), u"area_type"_s, m_area);

    // The 12 indicators, two per dimension, in a 3 × 2 grid of groups (reading order = tab order).
    auto* grid = new QGridLayout;
    int index = 0;
    for (const Dimension& d : dimensions()) {
        auto* group = new QGroupBox(tr(d.title));
        auto* v = new QVBoxLayout(group);
        for (int i = 0; i < 2; ++i) {
            auto* box = new QCheckBox(tr(d.indicators[size_t(i)].second));
            box->setObjectName(QString::fromLatin1(d.objectNames[size_t(i)]));
            box->setAccessibleName(box->text());
            m_indicators[size_t(d.indicators[size_t(i)].first)] = box;
            v->addWidget(box);
            connect(box, &QCheckBox::toggled, this, [this] { touch(u"deprivations"_s); });
        }
        grid->addWidget(group, index / 2, index % 2);
        ++index;
    }
    auto* indicatorBox = new QGroupBox(tr("Deprivations of basic social services (Decree 07/2021, Art. 3)"));
    indicatorBox->setObjectName(u"deprivations"_s);
    auto* indicatorLayout = new QVBoxLayout(indicatorBox);
    indicatorLayout->addLayout(grid);
    QWidget* indicators = withMessages(u"deprivations"_s, indicatorBox);
    m_messages[u"deprivations"_s].editor = indicatorBox;

    if (original) {
        m_address->setText(original->address);
        m_hamlet->setCurrentText(original->hamletCode);
        m_status->setCurrentIndex(std::max(0, m_status->findData(int(original->povertyStatus))));
        if (original->assessmentYear > 0)
            m_year->setText(QString::number(original->assessmentYear));
        m_area->setCurrentIndex(std::max(0, m_area->findData(int(original->areaType))));
        for (int i = 0; i < domain::kDeprivationCount; ++i) {
            const QSignalBlocker block(m_indicators[size_t(i)]);
            m_indicators[size_t(i)]->setChecked(original->deprivations[size_t(i)]);
        }
        // Offer the members first: a new head is usually one of them.
        if (auto members = m_repository.members(original->id)) {
            for (const domain::Resident& r : std::as_const(*members)) {
                auto* item = new QListWidgetItem(matchText(r), m_headMatches);
                item->setData(kIdRole, r.id);
                item->setData(kNameRole, r.fullName);
                if (r.id == original->headResidentId)
                    chooseHead(r.id, r.fullName);
            }
        }
        if (m_headId.isEmpty() && !original->headResidentId.isEmpty())
            chooseHead(original->headResidentId, QString());
    }
    if (m_headId.isEmpty())
        m_headChosen->setText(tr("No head chosen yet."));

    m_saveError = messageLabel(u"saveError"_s, "error");
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    setRole(buttons->button(QDialogButtonBox::Save), "primary");
    connect(buttons, &QDialogButtonBox::accepted, this, &HouseholdFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HouseholdFormDialog::reject);

    connect(m_headSearch, &QLineEdit::textEdited, this, &HouseholdFormDialog::searchHeads);
    auto choose = [this](QListWidgetItem* item) {
        if (item)
            chooseHead(item->data(kIdRole).toString(), item->data(kNameRole).toString());
    };
    connect(m_headMatches, &QListWidget::itemActivated, this, choose);
    connect(m_headMatches, &QListWidget::itemClicked, this, choose);
    connect(m_address, &QLineEdit::editingFinished, this, [this] { touch(u"address"_s); });
    connect(m_hamlet, &QComboBox::currentTextChanged, this, [this] { touch(u"hamlet_code"_s); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { touch(u"poverty_status"_s); });
    connect(m_year, &QLineEdit::editingFinished, this, [this] { touch(u"assessment_year"_s); });
    connect(m_area, &QComboBox::currentIndexChanged, this, [this] { touch(u"area_type"_s); });

    auto* hint = new QLabel(tr("Fields are checked as you leave them. A red message blocks saving; an amber "
                               "one is a warning to look at."));
    hint->setWordWrap(true);
    setRole(hint, "hint");
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(indicators);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);
    m_headSearch->setFocus();
}

QWidget* HouseholdFormDialog::withMessages(const QString& field, QWidget* editor)
{
    Messages m;
    m.error = messageLabel(u"error_"_s + field, "error");
    m.warning = messageLabel(u"warning_"_s + field, "countdown");
    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(editor);
    v->addWidget(m.error);
    v->addWidget(m.warning);
    m_messages.insert(field, m);
    m_order.append(field);
    return box;
}

void HouseholdFormDialog::searchHeads(const QString& text)
{
    m_headMatches->clear();
    if (text.trimmed().size() < 2)
        return;
    domain::ResidentSearch search(m_vault, m_roles);
    auto found = search.search(text.trimmed(), kMatchLimit);
    if (!found) {
        m_messages[u"head_id"_s].error->setText(found.message());
        m_messages[u"head_id"_s].error->show();
        return;
    }
    for (const domain::Resident& r : std::as_const(found->hits)) {
        auto* item = new QListWidgetItem(matchText(r), m_headMatches);
        item->setData(kIdRole, r.id);
        item->setData(kNameRole, r.fullName);
    }
    if (m_headMatches->count() > 0)
        m_headMatches->setCurrentRow(0);
}

void HouseholdFormDialog::chooseHead(const QString& residentId, const QString& fullName)
{
    m_headId = residentId;
    QString name = fullName;
    if (name.isEmpty()) {
        domain::ResidentRepository residents(m_vault, m_roles);
        if (auto r = residents.get(residentId))
            name = r->fullName;
    }
    m_headChosen->setText(name.isEmpty() ? tr("Head: %1").arg(residentId)
                                         : tr("Head: %1 (%2)").arg(name, residentId));
    m_headChosen->setAccessibleName(m_headChosen->text());
    touch(u"head_id"_s);
}

domain::Household HouseholdFormDialog::household() const
{
    domain::Household h = m_original.value_or(domain::Household());
    h.headResidentId = m_headId;
    h.address = m_address->text().trimmed();
    h.hamletCode = m_hamlet->currentText().trimmed();
    h.povertyStatus = domain::PovertyStatus(m_status->currentData().toInt());
    h.areaType = domain::AreaType(m_area->currentData().toInt());
    for (int i = 0; i < domain::kDeprivationCount; ++i)
        h.deprivations[size_t(i)] = m_indicators[size_t(i)]->isChecked();
    h.assessmentYear = 0;
    bool ok = false;
    const int year = m_year->text().trimmed().toInt(&ok);
    if (ok)
        h.assessmentYear = year;
    return h;
}

void HouseholdFormDialog::touch(const QString& field)
{
    if (!m_touched.contains(field))
        m_touched.append(field);
    showCheck(false);
}

void HouseholdFormDialog::showCheck(bool all)
{
    if (!layout())
        return; // still being built (the head of an opened household is set before the layout)
    QHash<QString, QStringList> errors, warnings;
    const QString yearText = m_year->text().trimmed();
    bool yearOk = yearText.isEmpty();
    if (!yearOk)
        yearText.toInt(&yearOk);
    if (!yearOk)
        errors[u"assessment_year"_s].append(tr("“%1” is not a year.").arg(yearText));
    auto check = m_repository.check(household());
    if (!check) {
        m_saveError->setText(check.message());
        m_saveError->show();
    } else {
        for (const domain::FieldIssue& e : check->errors())
            errors[e.field].append(e.message);
        for (const domain::FieldIssue& w : check->warnings())
            warnings[w.field].append(w.message);
    }
    for (const QString& field : std::as_const(m_order)) {
        const Messages& m = m_messages[field];
        const bool show = all || m_touched.contains(field);
        const QString e = show ? errors.value(field).join(u'\n') : QString();
        const QString w = show ? warnings.value(field).join(u'\n') : QString();
        m.error->setText(e);
        m.error->setVisible(!e.isEmpty());
        m.warning->setText(w);
        m.warning->setVisible(!w.isEmpty());
        m.editor->setAccessibleDescription(e.isEmpty() ? w : e); // a screen reader hears the problem
    }
    layout()->activate();
    resize(width(), std::max(height(), sizeHint().height()));
    if (all && !errors.isEmpty()) {
        for (const QString& field : std::as_const(m_order)) {
            if (errors.contains(field)) {
                m_messages[field].editor->setFocus();
                break;
            }
        }
    }
}

bool HouseholdFormDialog::validateAll()
{
    showCheck(true);
    for (const QString& field : std::as_const(m_order)) {
        if (!errorText(field).isEmpty())
            return false;
    }
    return true;
}

QString HouseholdFormDialog::errorText(const QString& field) const
{
    const auto it = m_messages.constFind(field);
    return it != m_messages.cend() && !it->error->isHidden() ? it->error->text() : QString();
}

QString HouseholdFormDialog::warningText(const QString& field) const
{
    const auto it = m_messages.constFind(field);
    return it != m_messages.cend() && !it->warning->isHidden() ? it->warning->text() : QString();
}

void HouseholdFormDialog::accept()
{
    m_saveError->hide();
    if (!validateAll())
        return;
    const domain::Household h = household();
    if (m_original) {
        Status s = m_repository.update(h);
        if (!s) {
            m_saveError->setText(s.message());
            m_saveError->show();
            return;
        }
        m_savedId = h.id;
    } else {
        auto id = m_repository.insert(h);
        if (!id) {
            m_saveError->setText(id.message());
            m_saveError->show();
            return;
        }
        m_savedId = *id;
    }
    QDialog::accept();
}

bool HouseholdFormDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_headSearch && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_headMatches->count() > 0) {
            QListWidgetItem* item =
                m_headMatches->currentItem() ? m_headMatches->currentItem() : m_headMatches->item(0);
            chooseHead(item->data(kIdRole).toString(), item->data(kNameRole).toString());
            return true;
        }
        if (key == Qt::Key_Down && m_headMatches->count() > 0) {
            m_headMatches->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace xaso::desktop
