#pragma once
// Vietnamese text normalisation for input and search (DOMAIN.md, "Vietnamese text").

#include <QString>
#include <QStringList>

namespace xaso::text {

// NFC-normalise and trim; collapse runs of white space to one space. Use on every input string
// (Excel and Mac files often carry NFD).
QString normalizeInput(const QString& s);

// Search key: NFD, drop combining marks, map đ/Đ → d, lower-case, collapse white space.
// "Nguyễn Văn Dũng" → "nguyen van dung"; "Đặng" → "dang".
QString foldForSearch(const QString& s);

// The folded words of a name, each once, in the order they first appear:
// "Nguyễn Thị Nguyệt" → {"nguyen", "thi", "nguyet"}. These fill the search-token table
// (DESIGN.md: prefix search through an indexed token column instead of FTS).
QStringList searchTokens(const QString& fullName);
// The distinct words of an already folded text, in order (searchTokens() without folding again).
QStringList distinctWords(const QString& folded);

} // namespace xaso::text
