#pragma once
// Password strength for profile passwords (Nghị định 85/2016 level 3 asks for strong passwords).
// A simple, explainable estimate: length and character classes, with penalties for repeats and
// sequences. Score 0–4; 3 or more is accepted.

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace xaso::crypto {

struct PasswordStrength
{
    int score = 0;      // 0 very weak … 4 strong
    QStringList hints;  // what would make it stronger, for a person
};

PasswordStrength evaluatePassword(const QString& password);
// Refuses a password scoring under 3, saying why.
Status checkPasswordAcceptable(const QString& password);

} // namespace xaso::crypto
