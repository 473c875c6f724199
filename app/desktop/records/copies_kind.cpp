// Chứng thực (model 4) on the generic record screen. A new entry is certified: the register
// allocates its number and date, and the scan chosen in the form is sealed with it.

#include "records/typed_record_kind.h"

#include "domain/copies/certified_copy_repository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;
using Type = xaso::desktop::FieldDef::Type;

namespace xaso::desktop::kinds {

namespace {

const QList<FieldDef>& copyFields()
{
    static const QList<FieldDef> f{
        {u"number_text"_s,
         QT_TRANSLATE_NOOP("RecordFields", "Certification number"),
         Type::Text,
         {},
         true,
         true,
         true},
        {u"book_number"_s, QT_TRANSLATE_NOOP("RecordFields", "Book"), Type::Text, {}, true, true},
        {u"certified_on"_s,
         QT_TRANSLATE_NOOP("RecordFields", "Certified on"),
         Type::Date,
         {},
         true,
         true,
         true},
        {u"requester_name"_s, QT_TRANSLATE_NOOP("RecordFields", "Requested by"), Type::Text, {}, true},
        {u"original_doc_type"_s,
         QT_TRANSLATE_NOOP("RecordFields", "Original document"),
         Type::Text,
         {},
         true},
        {u"page_count"_s, QT_TRANSLATE_NOOP("RecordFields", "Pages"), Type::Integer, {}, true},
        {u"certifier_name"_s, QT_TRANSLATE_NOOP("RecordFields", "Certified by")},
        {u"certifier_title"_s,
         QT_TRANSLATE_NOOP("RecordFields", "Title of the certifier"),
         Type::Choice,
         {{u"Chủ tịch"_s, QT_TRANSLATE_NOOP("RecordFields", "Chairman")},
          {u"Phó Chủ tịch"_s, QT_TRANSLATE_NOOP("RecordFields", "Vice Chairman")}}},
        {u"agency"_s, QT_TRANSLATE_NOOP("RecordFields", "Agency")},
        {u"statement"_s, QT_TRANSLATE_NOOP("RecordFields", "Statement (lời chứng)"), Type::LongText},
        {u"hamlet_code"_s, QT_TRANSLATE_NOOP("RecordFields", "Hamlet")},
    };
    return f;
}

class CopiesKind final : public TypedScreenKind<domain::CertifiedCopy>
{
public:
    CopiesKind(storage::Vault& vault, const RoleCatalog& roles) : m_repo(vault, roles)
    {
        Codec c;
        c.toFields = domain::copies::toFields;
        c.fromRow = domain::copies::fromRow;
        c.validate = [&vault](domain::CertifiedCopy& copy, bool isNew) {
            const QDate today = domain::vietnamToday(vault.clock());
            if (isNew) {
                // The register gives the number and date at certification.
                copy.sequence = 1;
                copy.year = today.year();
                copy.certifiedOn = today;
            }
            domain::copies::normalise(copy);
            return domain::copies::validate(copy, today, isNew);
        };
        c.get = [this](const QString& id) { return m_repo.get(id); };
        c.list = [this](const domain::ListQuery& q) { return m_repo.list(q); };
        c.insert = [this](domain::CertifiedCopy& draft,
                          const domain::FieldMap& values) -> Result<domain::SaveOutcome> {
            std::optional<domain::ScanFile> scan;
            const QString path = values.value(u"_scan_path"_s).toString();
            if (!path.isEmpty()) {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    return makeError(ErrorCode::Io,
                                     QCoreApplication::translate("RecordKinds", "Cannot read %1: %2")
                                         .arg(path, file.errorString()));
                scan = domain::ScanFile{QFileInfo(path).fileName(),
                                        QMimeDatabase().mimeTypeForFile(path).name(), file.readAll()};
            }
            auto saved = m_repo.certify(draft, scan);
            if (!saved)
                return saved.error();
            return domain::SaveOutcome{saved->meta.id, {}};
        };
        c.update = [this](const domain::CertifiedCopy& o, const domain::CertifiedCopy& e) {
            return m_repo.update(o, e);
        };
        c.remove = [this](const QString& id) { return m_repo.remove(id); };
        setCodec(std::move(c));
    }
    QString sectionId() const override { return u"certified_copies"_s; }
    QString ioName() const override { return u"certified-copies"_s; }
    QString title() const override { return QCoreApplication::translate("RecordKinds", "Certified copies"); }
    QString searchHint() const override
    {
        return QCoreApplication::translate("RecordKinds", "Search by the requester's name…");
    }
    const QList<FieldDef>& fields() const override { return copyFields(); }
    QString categoryColumn() const override { return u"book_number"_s; }
    bool hasScans() const override { return true; }
    Result<QByteArray> openScan(const QString& id) override { return m_repo.openScan(id); }

private:
    domain::CertifiedCopyRepository m_repo;
};

} // namespace

std::unique_ptr<RecordScreenKind> makeCertifiedCopies(storage::Vault& vault, const RoleCatalog& roles)
{
    return std::make_unique<CopiesKind>(vault, roles);
}

} // namespace xaso::desktop::kinds
