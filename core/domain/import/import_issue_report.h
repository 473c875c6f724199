#pragma once
// The row-level error report of an import (row, column, problem), as CSV or, for a path ending in
// .xlsx, as a workbook: what an officer opens to fix the source list.

#include "domain/import/record_importer.h"

namespace xaso::domain {

Status writeImportIssues(const QString& path, const QList<ImportIssue>& issues);

} // namespace xaso::domain
