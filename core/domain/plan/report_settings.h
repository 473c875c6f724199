#pragma once
// Settings of the weekly report, kept in the vault's settings table under "report.<key>":
//   commune_name      place of the date line and name in the text      (default "Hưng Đông")
//   issuing_body      cơ quan ban hành, top left (printed in capitals)  ("UBND xã Hưng Đông")
//   superior_body     cơ quan chủ quản above it; empty since the 2025 reform removed districts
//   signer_authority  "TM. ỦY BAN NHÂN DÂN"
//   signer_deputy     "KT. CHỦ TỊCH"; empty when the Chairman signs
//   signer_title      "PHÓ CHỦ TỊCH"
//   signer_name       the signer's full name (empty until set)
//   number_prefix     the symbol after the number: "Số: 15/BC-UBND"      ("BC-UBND")
//   recipients        Nơi nhận, one per line (";" also separates when set)
// Reading needs no grant (nothing personal); setting needs Access::Write on "settings".

#include "reference/roles.h"
#include "storage/vault.h"

namespace xaso::plan {

struct ReportSettingsValues
{
    QString communeName;
    QString issuingBody;
    QString superiorBody;
    QString signerAuthority;
    QString signerDeputy;
    QString signerTitle;
    QString signerName;
    QString numberPrefix;
    QStringList recipients;
};

class ReportSettings
{
public:
    ReportSettings(storage::Vault& vault, const RoleCatalog& roles) : m_vault(vault), m_roles(roles) {}

    static QStringList keys();
    static QString defaultValue(const QString& key);
    static QString description(const QString& key); // English, translatable

    // The stored value, or the default when never set. An unknown key is refused, naming the keys.
    Result<QString> get(const QString& key);
    Result<bool> isSet(const QString& key);
    // Stores a value (trimmed; recipients normalised to one per line) with an audit row.
    Status set(const QString& key, const QString& value);

    Result<ReportSettingsValues> load();

private:
    Status checkKey(const QString& key) const;

    storage::Vault& m_vault;
    const RoleCatalog& m_roles;
};

} // namespace xaso::plan
