#include "sync/sync_texts.h"

#include "protocol/merge_engine.h"
#include "protocol/value_codec.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace xaso::desktop {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SyncTexts", text);
}
} // namespace

QString groupedFingerprint(const QString& hex)
{
    const QString upper = hex.toUpper();
    QString out;
    for (qsizetype i = 0; i < upper.size(); i += 4) {
        if (i > 0)
            out += (i % 32 == 0) ? u'\n' : u' ';
        out += upper.mid(i, 4);
    }
    return out;
}

QString syncErrorText(const Error& error, int httpStatus, SyncStep step)
{
    if (httpStatus == 429 ||
        (httpStatus >= 500 && (error.code == ErrorCode::Io || error.code == ErrorCode::Internal)))
        return tr("The commune server is busy. Nothing was lost; try again in a few minutes.");
    switch (error.code) {
    case ErrorCode::Cancelled:
        return tr("Synchronisation cancelled. Nothing was lost: changes not yet sent stay in this vault.");
    case ErrorCode::Io:
        return tr("The commune server could not be reached. Check the network cable or Wi-Fi and the server "
                  "address, then try again. Your changes stay in this vault.");
    case ErrorCode::Tampered:
        return step == SyncStep::Enrol ? tr("The server's certificate does not match the fingerprint you "
                                            "entered. Nothing was saved. "
                                            "Compare the fingerprint with the administrator again, group by "
                                            "group; if it is right, "
                                            "do not connect and tell the administrator.")
                                       : tr("The server's certificate does not match the one this device "
                                            "trusts. Nothing was sent. "
                                            "Do not continue; tell the administrator.");
    case ErrorCode::PermissionDenied:
        return step == SyncStep::Enrol ? tr("The server refused the enrolment code: it is wrong, already "
                                            "used or expired. Ask the "
                                            "administrator for a new code.")
                                       : tr("The server refused this device: it was revoked or its roles do "
                                            "not allow this. Ask the "
                                            "administrator. Changes not yet sent stay in this vault.");
    case ErrorCode::Unsupported:
        return tr("The server needs a newer version of Xã Số. Update the program, then synchronise again; "
                  "changes not yet sent stay in this vault.");
    case ErrorCode::NotFound:
        return tr("This device is not enrolled with the commune server yet. Use \"Enrol…\" first.");
    case ErrorCode::Conflict:
        return step == SyncStep::Enrol
                   ? tr("This vault is already enrolled with a server; nothing was changed.")
                   : tr("The server changed during the synchronisation (it may have been "
                        "restored from a backup). Synchronise again.");
    case ErrorCode::InvalidArgument:
        return step == SyncStep::Enrol
                   ? tr("The server did not accept the enrolment request. Check the address and the code.")
                   : tr("The server did not accept the data sent. Nothing was lost; tell the administrator.");
    default:
        return tr(
            "The synchronisation stopped because of an unexpected problem. Nothing was lost; try again, "
            "and tell the administrator if it happens again.");
    }
}

QString recordKindLabel(const QString& table)
{
    static const QHash<QString, const char*> labels{
        {u"residents"_s, QT_TRANSLATE_NOOP("SyncTexts", "Resident")},
        {u"digital_citizen"_s, QT_TRANSLATE_NOOP("SyncTexts", "Digital citizen checklist")},
        {u"households"_s, QT_TRANSLATE_NOOP("SyncTexts", "Household")},
        {u"welfare_beneficiaries"_s, QT_TRANSLATE_NOOP("SyncTexts", "Welfare beneficiary")},
        {u"labour_records"_s, QT_TRANSLATE_NOOP("SyncTexts", "Labour record")},
        {u"land_records"_s, QT_TRANSLATE_NOOP("SyncTexts", "Land record")},
        {u"land_co_owners"_s, QT_TRANSLATE_NOOP("SyncTexts", "Land co-owner")},
        {u"certified_copies"_s, QT_TRANSLATE_NOOP("SyncTexts", "Certified copy")},
        {u"sealed_files"_s, QT_TRANSLATE_NOOP("SyncTexts", "Scanned file")},
        {u"model_assignments"_s, QT_TRANSLATE_NOOP("SyncTexts", "Model assignment")},
        {u"model_progress"_s, QT_TRANSLATE_NOOP("SyncTexts", "Model progress")},
    };
    const auto it = labels.constFind(table);
    return it == labels.constEnd() ? table : tr(*it);
}

QString fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels{
        {u"deleted"_s, QT_TRANSLATE_NOOP("SyncTexts", "Deleted or kept")},
        {u"full_name"_s, QT_TRANSLATE_NOOP("SyncTexts", "Full name")},
        {u"birth_date"_s, QT_TRANSLATE_NOOP("SyncTexts", "Date of birth")},
        {u"sex"_s, QT_TRANSLATE_NOOP("SyncTexts", "Sex")},
        {u"phone"_s, QT_TRANSLATE_NOOP("SyncTexts", "Phone")},
        {u"permanent_address"_s, QT_TRANSLATE_NOOP("SyncTexts", "Permanent address")},
        {u"current_address"_s, QT_TRANSLATE_NOOP("SyncTexts", "Current address")},
        {u"hamlet_code"_s, QT_TRANSLATE_NOOP("SyncTexts", "Hamlet")},
        {u"household_id"_s, QT_TRANSLATE_NOOP("SyncTexts", "Household")},
        {u"relation_to_head"_s, QT_TRANSLATE_NOOP("SyncTexts", "Relation to the head")},
        {u"verification"_s, QT_TRANSLATE_NOOP("SyncTexts", "Verification state")},
        {u"note"_s, QT_TRANSLATE_NOOP("SyncTexts", "Note")},
    };
    const auto it = labels.constFind(field);
    if (it != labels.constEnd())
        return tr(*it);
    QString words = field;
    words.replace(u'_', u' ');
    return words;
}

QString conflictValueText(const QString& field, const QVariant& value)
{
    if (field == sync::MergeEngine::kDeletedField)
        return value.toLongLong() != 0 ? tr("Deleted") : tr("Kept (edited)");
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        return tr("(empty)");
    return sync::displayValue(value);
}

} // namespace xaso::desktop
