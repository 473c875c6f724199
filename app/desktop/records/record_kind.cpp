#include "records/record_kind.h"

#include "common/formatting.h"

#include <QCoreApplication>
#include <QLocale>

namespace xaso::desktop {

QString FieldDef::label() const
{
    return QCoreApplication::translate("RecordFields", labelSource);
}

QString FieldDef::choiceLabel(const QString& key) const
{
    for (const auto& [k, text] : choices) {
        if (k == key)
            return QCoreApplication::translate("RecordFields", text);
    }
    return key;
}

const FieldDef* RecordScreenKind::field(const QString& column) const
{
    for (const FieldDef& f : fields()) {
        if (f.column == column)
            return &f;
    }
    return nullptr;
}

QList<FieldDef> RecordScreenKind::listedFields() const
{
    QList<FieldDef> out;
    for (const FieldDef& f : fields()) {
        if (f.listed)
            out.append(f);
    }
    return out;
}

QString RecordScreenKind::display(const FieldDef& field, const QVariant& value) const
{
    if (value.isNull())
        return {};
    switch (field.type) {
    case FieldDef::Type::Date:
        return formatDate(domain::fromIsoDate(value.toString()));
    case FieldDef::Type::Choice:
        return field.choiceLabel(value.toString());
    case FieldDef::Type::Integer:
        return QLocale().toString(value.toLongLong());
    case FieldDef::Type::Decimal:
        return QLocale().toString(value.toDouble(), 'g', 12);
    default:
        return value.toString();
    }
}

} // namespace xaso::desktop

namespace xaso::desktop {

std::unique_ptr<RecordScreenKind> makeRecordKind(const QString& sectionId, storage::Vault& vault,
                                                 const RoleCatalog& roles)
{
    if (sectionId == QLatin1StringView("welfare"))
        return kinds::makeWelfare(vault, roles);
    if (sectionId == QLatin1StringView("labour"))
        return kinds::makeLabour(vault, roles);
    if (sectionId == QLatin1StringView("land"))
        return kinds::makeLand(vault, roles);
    if (sectionId == QLatin1StringView("certified_copies"))
        return kinds::makeCertifiedCopies(vault, roles);
    return nullptr;
}

} // namespace xaso::desktop
