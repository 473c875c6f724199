#include "util/logging.h"

Q_LOGGING_CATEGORY(lcCrypto, "xaso.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "xaso.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVault, "xaso.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDomain, "xaso.domain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIo, "xaso.io", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReport, "xaso.report", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReference, "xaso.reference", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "xaso.sync", QtInfoMsg)
