// Writes the generated part of the seed corpora with the project's own writers, so the seeds are
// real inputs: XLSX workbooks (io::XlsxWriter), signed batches, a change and a pull page (the
// sync encoders, signed with the fuzz device key), server requests carrying them, the key header
// of a freshly created vault, and backups of it (storage::VaultBackup) with cut and flipped
// variants. Text seeds (CSV, IDs, dates) are kept by hand in fuzz/corpus.
//   fuzz_seedgen <fuzz/corpus folder>
// Not a test; run it again when a format changes, and commit what it writes.

#include "fuzz_support.h"

#include "domain/changes/field_codec.h"
#include "domain/changes/hlc.h"
#include "io/xlsx_writer.h"
#include "protocol/batch.h"
#include "protocol/pull_page.h"
#include "protocol/request_auth.h"
#include "storage/migrations.h"
#include "storage/vault.h"
#include "storage/vault_backup.h"
#include "util/clock.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace xaso;
using namespace Qt::StringLiterals;

namespace {

QDir g_root;
int g_failures = 0;

void fail(const QString& what)
{
    std::fprintf(stderr, "fuzz_seedgen: %s\n", what.toLocal8Bit().constData());
    ++g_failures;
}

void save(const QString& rel, const QByteArray& bytes)
{
    const QString path = g_root.filePath(rel);
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        fail(u"cannot write "_s + path);
}

void writeXlsx(const QString& rel, const QString& sheet, const std::function<Status(io::XlsxWriter&)>& fill)
{
    io::XlsxWriter w;
    const QString path = g_root.filePath(rel);
    QDir().mkpath(QFileInfo(path).path());
    Status s = w.open(path, {sheet, {}, {}});
    if (s)
        s = fill(w);
    if (s)
        s = w.finish();
    if (!s)
        fail(rel + u": "_s + s.message());
}

sync::ChangeRecord change(qint64 seq, qint64 txn, sync::ChangeOp op, const QString& key, const QString& title)
{
    const qint64 ms = QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch() + seq * 1000;
    QByteArray fields;
    if (op != sync::ChangeOp::Delete)
        fields = domain::encodeFields({{u"title"_s, title, op == sync::ChangeOp::Update ? 1u : 0u},
                                       {u"amount"_s, qint64(seq * 150000), 0},
                                       {u"created_at_ms"_s, ms, 0},
                                       {u"body"_s, QVariant(), 0}});
    return {seq, txn, domain::HybridClock::pack(ms, 0), 0, op, u"notes"_s, key, fields};
}

QByteArray request(uint8_t flags, const QByteArray& head, const QByteArray& body)
{
    return QByteArray(1, char(flags)) + head + "\n\n" + body;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Backups of a real vault (fuzz_backup: a flags byte, then the file; 0x01 re-seals the digest).
// A second connection holds a read snapshot while rows are written, so the checkpoint before the
// copy cannot fold the WAL and the second backup carries a WAL image too.
void writeBackupSeeds(storage::Vault& vault, const QString& vaultPath, const QString& password,
                      const Clock& clock)
{
    const QString dir = QFileInfo(vaultPath).absolutePath();
    const QString plainPath = dir + u"/plain.xasobak"_s;
    if (auto w = storage::VaultBackup::write(vault, plainPath); !w)
        return fail(u"backup: "_s + w.message());
    const QByteArray plain = readAll(plainPath);
    save(u"backup/vault.xasobak"_s, QByteArray(1, '\x01') + plain);
    save(u"backup/cut_in_half.xasobak"_s, QByteArray(1, '\x00') + plain.left(plain.size() / 2));
    save(u"backup/cut_in_prefix.xasobak"_s, QByteArray(1, '\x00') + plain.left(37));
    QByteArray newer = plain.left(storage::VaultBackup::kPrefixBytes);
    newer[8] = 2; // format version 2
    save(u"backup/newer_format.xasobak"_s, QByteArray(1, '\x00') + newer);
    QByteArray lengths = plain.left(storage::VaultBackup::kPrefixBytes) + QByteArray(4, '\0');
    lengths[44] = 0; // database length 0 (bytes 44–51)
    lengths[45] = 0;
    lengths[46] = 0;
    save(u"backup/impossible_lengths.xasobak"_s, QByteArray(1, '\x00') + lengths);

    auto reader = storage::Vault::open(vaultPath, password, clock);
    if (!reader)
        return fail(u"backup reader: "_s + reader.message());
    storage::Database& rdb = (*reader)->db();
    if (!rdb.exec(u"BEGIN"_s) || !rdb.scalar(u"SELECT count(*) FROM sqlite_master"_s))
        return fail(u"backup reader: no snapshot"_s);
    storage::Database& db = vault.db();
    if (!db.exec(u"CREATE TABLE seed_notes (id INTEGER PRIMARY KEY, note TEXT)"_s) ||
        !db.exec(u"INSERT INTO seed_notes (note) VALUES ('Hộ nghèo xóm 3'), ('Hộ cận nghèo')"_s))
        return fail(u"backup: cannot write rows"_s);
    const QString walPath = dir + u"/wal.xasobak"_s;
    auto w = storage::VaultBackup::write(vault, walPath);
    (void)rdb.exec(u"ROLLBACK"_s);
    if (!w)
        return fail(u"backup with a WAL: "_s + w.message());
    const QByteArray withWal = readAll(walPath);
    if (withWal.size() <= plain.size())
        return fail(u"the second backup carries no WAL image"_s);
    save(u"backup/vault_with_wal.xasobak"_s, QByteArray(1, '\x01') + withWal);
    // A flipped byte inside the database image: past the re-sealed digest, refused by the keyed one.
    QByteArray flipped = plain;
    flipped[flipped.size() - storage::VaultBackup::kTrailerBytes - 4000] ^= 0x20;
    save(u"backup/image_flipped.xasobak"_s, QByteArray(1, '\x01') + flipped);
}

} // namespace

int main(int argc, char** argv)
{
    fuzz::initialize();
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seedgen <fuzz/corpus folder>\n");
        return 2;
    }
    g_root = QDir(QString::fromLocal8Bit(argv[1]));

    // XLSX: a resident list as officers keep them (title line, header, IDs as text, dates), and a
    // second workbook with numbers, booleans, empty cells and long text.
    writeXlsx(u"xlsx/residents.xlsx"_s, u"Danh sách"_s, [](io::XlsxWriter& w) -> Status {
        XASO_TRY(w.writeTextRow({u"UBND XÃ HƯNG ĐÔNG — DANH SÁCH NHÂN KHẨU"_s}));
        XASO_TRY(w.writeHeader(
            {u"STT"_s, u"Họ và tên"_s, u"Số CCCD"_s, u"Ngày sinh"_s, u"Giới tính"_s, u"Địa chỉ"_s}));
        XASO_TRY(
            w.writeRow({1, u"Nguyễn Văn An"_s, u"040085012345"_s, QDate(1985, 3, 5), u"Nam"_s, u"Xóm 3"_s}));
        XASO_TRY(w.writeRow({2, u"Trần Thị Bích Ngọc"_s, u"040190004321"_s, QDate(1990, 12, 31), u"Nữ"_s,
                             u"Xóm 5\nthôn Đông"_s}));
        return w.writeRow({3, u"Lê Đức Thắng"_s, u"001203000111"_s, QVariant(), u"Nam"_s, QVariant()});
    });
    writeXlsx(u"xlsx/mixed_cells.xlsx"_s, QString(), [](io::XlsxWriter& w) -> Status {
        XASO_TRY(w.writeHeader({u"Họ và tên"_s, u"Số CCCD"_s, u"Số tiền"_s, u"Đã nhận"_s, u"Ngày cấp"_s}));
        XASO_TRY(w.writeRow({u"Phạm Thị Hoa"_s, u"038186000777"_s, 1500000.5, true,
                             QDateTime(QDate(2024, 2, 29), QTime(9, 30), Qt::UTC)}));
        return w.writeRow({QString(120, QChar(0x1EA1)), QVariant(), -3, false, QDate(1900, 3, 1)});
    });

    // Sync: two transactions (insert, update, delete) in one signed batch, one change, a pull page.
    const QList<sync::ChangeRecord> changes = {
        change(1, 10, sync::ChangeOp::Insert, u"r-0001"_s, u"Hộ nghèo xóm 3"_s),
        change(2, 10, sync::ChangeOp::Insert, u"r-0002"_s, u"Hộ cận nghèo"_s),
        change(3, 11, sync::ChangeOp::Update, u"r-0001"_s, u"Hộ nghèo xóm 3 (đã sửa)"_s),
        change(4, 12, sync::ChangeOp::Delete, u"r-0002"_s, QString())};
    const crypto::SecureBytes secret = fuzz::fuzzSecretKey();
    sync::BatchHeader header;
    header.deviceId = fuzz::fuzzDeviceId();
    header.schemaVersion = quint32(storage::latestSchemaVersion());
    header.epoch = 0x1234;
    header.prevChainHash = sync::genesisChainHash(header.deviceId);
    const QByteArray batch = sync::encodeBatch(header, changes, secret);
    save(u"batch/batch_signed.bin"_s, batch);
    sync::BatchHeader continues = header;
    continues.flags = sync::kFlagTransactionContinues;
    save(u"batch/batch_one_change_continues.bin"_s, sync::encodeBatch(continues, changes.mid(0, 1), secret));
    save(u"batch/change_update.bin"_s, sync::encodeChange(changes.at(2)));
    sync::PullPage page;
    page.epoch = 0x1234;
    page.nextAfter = 17;
    page.more = true;
    page.changes = {{16, u"0123456789abcdef0123456789abcdef"_s, changes.at(0)},
                    {17, u"0123456789abcdef0123456789abcdef"_s, changes.at(3)}};
    save(u"batch/pull_page.bin"_s, sync::encodePullPage(page));

    // Server requests (layout in fuzz_server.cpp): each endpoint, signed and not.
    const QByteArray schema = "X-Xaso-Schema: " + QByteArray::number(storage::latestSchemaVersion());
    save(u"server/push_resigned.req"_s,
         request(0x04, "POST /push\nContent-Type: application/octet-stream", batch));
    save(u"server/push_as_is.req"_s, request(0x00, "POST /push", batch));
    save(u"server/pull_signed.req"_s, request(0x03, "GET /pull?epoch=4660&after=0", {}));
    save(u"server/pull_bad_query.req"_s, request(0x03, "GET /pull?epoch=-1&after=x&after=2", {}));
    save(u"server/status_signed.req"_s, request(0x01, "GET /status", {}));
    save(u"server/digest_signed.req"_s, request(0x03, "GET /digest", {}));
    save(u"server/status_unsigned.req"_s,
         request(0x00,
                 "GET /status\nX-Xaso-Device: " + fuzz::fuzzDeviceId().toLatin1() + "\nX-Xaso-Nonce: " +
                     QByteArray(32, 'a') + "\nX-Xaso-Signature: " + QByteArray(128, 'b') + "\n" + schema,
                 {}));
    save(u"server/enroll.req"_s,
         request(0x08, "POST /enroll\nContent-Type: application/json",
                 R"({"code":"@CODE@","device_id":"00112233445566778899aabbccddeeff","public_key":")" +
                     QByteArray(64, 'c') + R"("})"));
    save(u"server/enroll_bad.req"_s,
         request(0x00, "POST /enroll", R"({"code":12,"device_id":[],"public_key":null})"));
    save(u"server/not_found.req"_s, request(0x00, "DELETE /../etc?x=%zz#frag", "body"));

    // A key header from a real vault (the quick Argon2id limits, which parse() accepts as the floor).
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
    const QString vaultPath = dir.filePath(u"seed.xaso"_s);
    auto created =
        storage::Vault::create(vaultPath, u"Hưng-Đông#2026 an toàn"_s,
                               {u"Cán bộ fuzz"_s, {u"quan_tri"_s}, crypto::KdfLimits::interactive()}, clock);
    if (!created) {
        fail(u"vault: "_s + created.message());
    } else {
        writeBackupSeeds(*created->vault, vaultPath, u"Hưng-Đông#2026 an toàn"_s, clock);
        created->vault.reset();
        QFile f(storage::KeyHeader::pathFor(vaultPath));
        if (!f.open(QIODevice::ReadOnly))
            fail(u"cannot read the vault's key header"_s);
        else
            save(u"key_header/vault.header"_s, f.readAll());
    }
    std::fprintf(stderr, "fuzz_seedgen: %s\n", g_failures ? "FAILED" : "corpus written");
    return g_failures ? 1 : 0;
}
