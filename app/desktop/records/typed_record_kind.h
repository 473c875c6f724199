#pragma once
// RecordScreenKind over one typed repository: the record struct is converted to and from the column map
// with the kind's own toFields/fromRow, so the form edits exactly what the repository stores.
// An edit starts from the record as get() returned it (fields the form does not show are kept).

#include "records/record_kind.h"

#include <QHash>

#include <functional>

namespace xaso::desktop {

template <typename Record> class TypedScreenKind : public RecordScreenKind
{
public:
    struct Codec
    {
        std::function<domain::FieldMap(const Record&)> toFields;
        std::function<Record(const domain::StoredRow&)> fromRow;
        std::function<domain::Validation(Record&, bool isNew)> validate;
        std::function<Result<Record>(const QString& id)> get;
        std::function<Result<domain::Page<Record>>(const domain::ListQuery&)> list;
        std::function<Result<domain::SaveOutcome>(Record&, const domain::FieldMap& values)> insert;
        std::function<Result<domain::SaveOutcome>(const Record& original, const Record& edited)> update;
        std::function<Status(const QString& id)> remove;
    };

    void setCodec(Codec codec) { m_codec = std::move(codec); }

    Result<domain::Page<RecordRow>> list(const domain::ListQuery& query) override
    {
        auto page = m_codec.list(query);
        if (!page)
            return page.error();
        domain::Page<RecordRow> out{{}, page->hasMore, page->nextSortKey, page->nextId};
        for (const Record& r : std::as_const(page->items))
            out.items.append(RecordRow{r.meta, fieldsOf(r)});
        return out;
    }

    Result<RecordRow> get(const QString& id) override
    {
        auto r = m_codec.get(id);
        if (!r)
            return r.error();
        m_opened.insert(id, *r);
        return RecordRow{r->meta, fieldsOf(*r)};
    }

    domain::Validation check(const domain::FieldMap& values, const RecordRow* original) override
    {
        Record r = compose(values, original);
        const domain::Validation v = m_codec.validate(r, original == nullptr);
        domain::Validation out; // issues about parts of the record keyed to the form's fields
        for (const domain::FieldIssue& e : v.errors())
            out.addError(formField(e.field), formMessage(e.field, e.message));
        for (const domain::FieldIssue& w : v.warnings())
            out.addWarning(formField(w.field), formMessage(w.field, w.message));
        return out;
    }

    Result<domain::SaveOutcome> save(const domain::FieldMap& values, const RecordRow* original) override
    {
        Record r = compose(values, original);
        if (!original)
            return m_codec.insert(r, values);
        auto it = m_opened.constFind(original->meta.id);
        if (it == m_opened.cend())
            return makeError(ErrorCode::NotFound, {});
        return m_codec.update(*it, r);
    }

    Status remove(const QString& id) override { return m_codec.remove(id); }

private:
    // The record as it would be saved: the opened one (or a new one) with the form's values.
    Record compose(const domain::FieldMap& values, const RecordRow* original) const
    {
        Record base;
        if (original) {
            auto it = m_opened.constFind(original->meta.id);
            if (it != m_opened.cend())
                base = *it;
        }
        domain::StoredRow row{base.meta, m_codec.toFields(base)};
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!it.key().startsWith(QLatin1Char('_')))
                row.fields.insert(it.key(), it.value());
        }
        Record r = m_codec.fromRow(row);
        carryOver(base, r);
        applyExtras(values, r);
        return r;
    }

    domain::FieldMap fieldsOf(const Record& r) const
    {
        domain::FieldMap f = m_codec.toFields(r);
        addExtras(r, f);
        return f;
    }

protected:
    // Parts of the record that are not columns (land co-owners), kept across an edit.
    virtual void carryOver(const Record& from, Record& to) const
    {
        Q_UNUSED(from);
        Q_UNUSED(to);
    }
    // Form fields that are not columns (their names start with "_"): from the record, and back.
    virtual void addExtras(const Record& r, domain::FieldMap& fields) const
    {
        Q_UNUSED(r);
        Q_UNUSED(fields);
    }
    virtual void applyExtras(const domain::FieldMap& values, Record& r) const
    {
        Q_UNUSED(values);
        Q_UNUSED(r);
    }
    // The form field a validation issue belongs to.
    virtual QString formField(const QString& field) const { return field; }
    // The message as the form shows it (e.g. with the row of a co-owner it is about).
    virtual QString formMessage(const QString& field, const QString& message) const
    {
        Q_UNUSED(field);
        return message;
    }

private:
    Codec m_codec;
    QHash<QString, Record> m_opened;
};

} // namespace xaso::desktop
