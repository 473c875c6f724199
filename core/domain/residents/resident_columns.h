#pragma once
// The columns of a resident list as officers' files name them, shared by the import (header
// matching), the export (its headers are the first alias of each field, so an export imports back)
// and làm sạch. Field ids are those of ResidentValidator::fieldLabel.

#include "io/column_mapping.h"

namespace xaso::domain::residents {

// Every importable field, in the export's column order. personalId and fullName are required.
const QList<io::FieldSpec>& fieldSpecs();
// The specs of the given field ids, in that order.
QList<io::FieldSpec> fieldSpecs(const QStringList& fieldIds);

} // namespace xaso::domain::residents
