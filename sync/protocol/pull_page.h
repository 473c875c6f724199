#pragma once
// A page of the server's changes for one device: other devices' changes after the device's cursor,
// filtered by its roles, in server order. Byte layout in docs/sync-protocol.md, "Pull page".

#include "protocol/change.h"

#include <QList>

namespace xaso::sync {

struct PulledChange
{
    qint64 serverSeq = 0;
    QString deviceId; // the device that wrote the change
    ChangeRecord change;
};

struct PullPage
{
    quint64 epoch = 0;
    qint64 nextAfter = 0; // the cursor to ask from next (covers changes filtered out, too)
    bool more = false;
    QList<PulledChange> changes;
};

QByteArray encodePullPage(const PullPage& page);
Result<PullPage> decodePullPage(const QByteArray& bytes);

} // namespace xaso::sync
