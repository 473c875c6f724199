#pragma once
// One record kind (welfare, labour, land, certified copies) as the generic record screen sees it:
// its fields described as data, and list / get / check / save / delete through the kind's own
// repository (validated, role-checked, audited there). Values travel as the repository's column
// maps (dates as ISO text), so one list model and one form serve the four kinds.

#include "domain/import/record_table.h"

#include <memory>

namespace xaso {
class RoleCatalog;
namespace storage {
class Vault;
}
namespace domain {
class RowMapper;
}
} // namespace xaso

namespace xaso::desktop {

struct FieldDef
{
    // CoOwners: a list of people with shares (land), edited in a table; the value is a
    // QVariantList of maps with the co-owner columns.
    enum class Type { Text, LongText, Date, Integer, Decimal, Choice, CoOwners };
    QString column;               // the repository's column name
    const char* labelSource = ""; // English, translated in the "RecordFields" context
    Type type = Type::Text;
    QList<std::pair<QString, const char*>> choices = {}; // key, English label ("RecordFields")
    bool listed = false;                                 // a column of the table
    bool newOnly = false;    // fixed once saved (the register number of a copy, …)
    bool formHidden = false; // computed or allocated: shown in the table only
    QString label() const;
    QString choiceLabel(const QString& key) const;
};

struct RecordRow
{
    domain::RecordMeta meta;
    domain::FieldMap fields;
};

class RecordScreenKind
{
public:
    virtual ~RecordScreenKind() = default;

    virtual QString sectionId() const = 0;  // "welfare", "labour", "land", "certified_copies"
    virtual QString ioName() const = 0;     // RecordKindIo name, e.g. "certified-copies"
    virtual QString title() const = 0;      // translated
    virtual QString searchHint() const = 0; // translated placeholder of the search box
    virtual const QList<FieldDef>& fields() const = 0;
    virtual QString categoryColumn() const = 0; // the field ListQuery::category filters on
    virtual bool hasScans() const { return false; }

    virtual Result<domain::Page<RecordRow>> list(const domain::ListQuery& query) = 0;
    virtual Result<RecordRow> get(const QString& id) = 0;
    // Field-level check of a form's values (nothing written); `original` null for a new record.
    virtual domain::Validation check(const domain::FieldMap& values, const RecordRow* original) = 0;
    // Inserts (original null) or updates. Returns the id and any warnings.
    virtual Result<domain::SaveOutcome> save(const domain::FieldMap& values, const RecordRow* original) = 0;
    virtual Status remove(const QString& id) = 0;
    // The sealed scan of a record, checked against its hash (certified copies).
    virtual Result<QByteArray> openScan(const QString& id)
    {
        Q_UNUSED(id);
        return makeError(ErrorCode::NotFound, {});
    }

    const FieldDef* field(const QString& column) const;
    QList<FieldDef> listedFields() const;
    // The text a cell shows: dates dd/MM/yyyy, choices by label, numbers grouped.
    QString display(const FieldDef& field, const QVariant& value) const;
};

// The four kinds, by section id; null for another id.
std::unique_ptr<RecordScreenKind> makeRecordKind(const QString& sectionId, storage::Vault& vault,
                                                 const RoleCatalog& roles);

} // namespace xaso::desktop

namespace xaso::desktop::kinds {
std::unique_ptr<RecordScreenKind> makeWelfare(storage::Vault& vault, const RoleCatalog& roles);
std::unique_ptr<RecordScreenKind> makeLabour(storage::Vault& vault, const RoleCatalog& roles);
std::unique_ptr<RecordScreenKind> makeLand(storage::Vault& vault, const RoleCatalog& roles);
std::unique_ptr<RecordScreenKind> makeCertifiedCopies(storage::Vault& vault, const RoleCatalog& roles);
} // namespace xaso::desktop::kinds
