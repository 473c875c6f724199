#include "domain/kinds/record_kind_io.h"

#include "domain/copies/certified_copy_import.h"
#include "domain/labour/labour_import.h"
#include "domain/land/land_import.h"
#include "domain/residents/household_import.h"
#include "domain/residents/household_list.h"
#include "domain/welfare/welfare_import.h"

#include "io/csv_writer.h"
#include "io/xlsx_writer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace xaso::domain {
namespace {

// One typed repository with its mapper; the export reads through the same table spec.
template <typename Repository, typename Mapper> class TypedKindIo final : public RecordKindIo
{
public:
    template <typename... RepoArgs, typename... MapperArgs>
    TypedKindIo(storage::Vault& vault, const RoleCatalog& roles, QString sheet, std::tuple<RepoArgs...> repoArgs,
                std::tuple<MapperArgs...> mapperArgs)
        : RecordKindIo(vault, roles),
          m_sheet(std::move(sheet)),
          m_repo(std::make_from_tuple<Repository>(std::tuple_cat(std::tie(vault, roles), repoArgs))),
          m_mapper(std::make_from_tuple<Mapper>(std::tuple_cat(std::tie(m_repo), mapperArgs)))
    {
    }

    RowMapper& mapper() override { return m_mapper; }
    // How a typed search becomes the stored key, when the kind's search column is not a folded name.
    void setSearchKey(std::function<QString(const QString&)> key) { m_searchKey = std::move(key); }
    Result<qint64> exportTo(const QString& path, const RecordExportOptions& options) override
    {
        RecordExportOptions o = options;
        if (o.sheetName.isEmpty())
            o.sheetName = m_sheet;
        if (!o.searchKey)
            o.searchKey = m_searchKey;
        return RecordExport(m_vault, m_repo.access(), Repository::tableSpec(), m_mapper.fieldSpecs()).exportTo(path, o);
    }

private:
    QString m_sheet;
    std::function<QString(const QString&)> m_searchKey;
    Repository m_repo;
    Mapper m_mapper;
};

class HouseholdKindIo final : public RecordKindIo
{
public:
    HouseholdKindIo(storage::Vault& vault, const RoleCatalog& roles) : RecordKindIo(vault, roles), m_mapper(vault, roles) {}
    RowMapper& mapper() override { return m_mapper; }
    // The import's columns, so the file imports back: head, address, classification, indicators.
    // Of the list's filters households have the hamlet only.
    Result<qint64> exportTo(const QString& path, const RecordExportOptions& options) override
    {
        QStringList headers;
        for (const io::FieldSpec& f : m_mapper.fieldSpecs())
            headers.append(f.displayName());
        const bool xlsx = path.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
        io::XlsxWriter xlsxOut;
        io::CsvWriter csvOut;
        if (xlsx) {
            io::XlsxWriter::Options o;
            o.sheetName = options.sheetName.isEmpty() ? u"Hộ gia đình"_s : options.sheetName;
            XASO_TRY(xlsxOut.open(path, o));
            XASO_TRY(xlsxOut.writeHeader(headers));
        } else {
            XASO_TRY(csvOut.open(path));
            XASO_TRY(csvOut.writeRow(headers));
        }
        HouseholdList list(m_vault, m_roles);
        QString after;
        qint64 count = 0;
        do {
            auto page = list.page(options.filter.hamlet, after, 1000);
            if (!page)
                return page.error();
            for (const HouseholdListEntry& e : std::as_const(page->rows)) {
                const Household& h = e.household;
                QStringList cells{h.headResidentId, e.headName, h.address, h.hamletCode,
                                  povertyLabel(h.povertyStatus),
                                  h.assessmentYear > 0 ? QString::number(h.assessmentYear) : QString(),
                                  h.areaType == AreaType::Urban   ? u"Thành thị"_s
                                  : h.areaType == AreaType::Rural ? u"Nông thôn"_s
                                                                  : QString()};
                for (int i = 0; i < kDeprivationCount; ++i)
                    cells.append(h.deprived(Deprivation(i)) ? u"x"_s : QString());
                XASO_TRY(xlsx ? xlsxOut.writeTextRow(cells) : csvOut.writeRow(cells));
                ++count;
            }
            after = page->nextAfterId;
            if (options.progress && !options.progress(count))
                return makeError(ErrorCode::Cancelled,
                                 QCoreApplication::translate("RecordKindIo",
                                                             "The export was cancelled; no file was written."));
        } while (!after.isEmpty());
        XASO_TRY(xlsx ? xlsxOut.finish() : csvOut.finish());
        return count;
    }

private:
    static QString povertyLabel(PovertyStatus s)
    {
        const QString key = povertyStatusKey(s);
        for (const Choice& c : HouseholdRowMapper::povertyChoices()) {
            if (c.code == key)
                return c.labels.constFirst();
        }
        return {};
    }
    HouseholdRowMapper m_mapper;
};

} // namespace

QStringList RecordKindIo::names()
{
    return {u"households"_s, u"welfare"_s, u"labour"_s, u"land"_s, u"certified-copies"_s};
}

Result<std::unique_ptr<RecordKindIo>> RecordKindIo::make(const QString& name, storage::Vault& vault,
                                                         const RoleCatalog& roles, const QString& copyBook)
{
    if (name == u"households")
        return std::unique_ptr<RecordKindIo>(new HouseholdKindIo(vault, roles));
    if (name == u"welfare") {
        static auto rules = WelfareRules::load();
        if (!rules)
            return rules.error();
        return std::unique_ptr<RecordKindIo>(new TypedKindIo<WelfareRepository, WelfareRowMapper>(
            vault, roles, u"Bảo trợ xã hội"_s, std::tuple<const WelfareRules&>(*rules), std::tuple<>()));
    }
    if (name == u"labour")
        return std::unique_ptr<RecordKindIo>(new TypedKindIo<LabourRepository, LabourRowMapper>(
            vault, roles, u"Lao động"_s, std::tuple<>(), std::tuple<>()));
    if (name == u"land") {
        auto io = std::make_unique<TypedKindIo<LandRepository, LandRowMapper>>(
            vault, roles, u"Đất đai và nhà ở"_s, std::tuple<>(), std::tuple<>());
        io->setSearchKey(land::serialSearchKey); // the list searches the serial, not a name
        return std::unique_ptr<RecordKindIo>(std::move(io));
    }
    if (name == u"certified-copies")
        return std::unique_ptr<RecordKindIo>(new TypedKindIo<CertifiedCopyRepository, CertifiedCopyRowMapper>(
            vault, roles, u"Chứng thực"_s, std::tuple<>(), std::tuple<QString>(copyBook)));
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("RecordKindIo", "Unknown record kind “%1”; use one of: %2.")
                         .arg(name, u"residents, "_s + names().join(u", "_s)));
}

Result<ImportReport> RecordKindIo::import(const QString& path, const ImportOptions& options)
{
    return RecordImporter(m_vault, m_roles).run(path, mapper(), options);
}

} // namespace xaso::domain
