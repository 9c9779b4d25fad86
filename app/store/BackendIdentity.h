#pragma once

#include "api/Backend.h"

#include <QString>
#include <QUrl>

namespace sdanim::store {

// Which server a prediction ran on, as the history stores it (never with credentials).
struct BackendIdentity
{
    QString name;             // "cloud", "cog", "emulator"
    QString baseUrl;          // sanitized API base (http://127.0.0.1:PORT/v1, https://api.replicate.com/v1)
    // false when predictions die with the server: the in-process emulator and Cog containers.
    bool resumable = true;

    static QString nameOf(api::Backend::Kind kind);
    // `inProcess`: the server lives in this process (the offline emulator started by the app).
    static BackendIdentity of(api::Backend::Kind kind, const QUrl &baseUrl, bool inProcess);
};

} // namespace sdanim::store
