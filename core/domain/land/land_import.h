#pragma once
// Land certificate lists into land_records and land_co_owners, through RecordImporter. One row
// per person on a certificate: rows with the same serial ("Số phát hành GCN"/"Số seri") form one
// certificate, whose parcel columns may be repeated or left blank on the following rows. The
// rows are kept until the end of the file, because the shares of a certificate can only be
// checked once all its rows are read; a certificate whose rows give no share at all is split
// equally among its people.

#include "domain/import/record_importer.h"
#include "domain/land/land_repository.h"

#include <QMap>

namespace xaso::domain {

class LandRowMapper final : public RowMapper
{
public:
    explicit LandRowMapper(LandRepository& repository) : m_repo(repository) {}

    QString kind() const override { return QString(RecordKind::Land); }
    QString table() const override { return land::kTable; }
    QList<io::FieldSpec> fieldSpecs() const override;
    void begin() override;
    Validation prepare(const ImportRow& row) override;
    bool buffersRows() const override { return true; }
    Status write(RecordWriter& writer) override;
    Result<int> finish(RecordWriter& writer, bool write, QList<ImportIssue>& errors) override;

private:
    struct PendingRow
    {
        int rowNumber = 0;
        LandRecord parcel; // parcel fields of this row (may be blank on continuation rows)
        LandCoOwner person;
        bool hasShare = false;
    };
    struct Certificate
    {
        QList<PendingRow> rows;
    };

    QString label(const QString& fieldId) const;

    LandRepository& m_repo;
    PendingRow m_pending;
    QList<QString> m_order; // serials in the order first seen
    QMap<QString, Certificate> m_certificates;
};

} // namespace xaso::domain
