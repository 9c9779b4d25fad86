#include "store/BackendIdentity.h"

#include "store/HistoryRecord.h"

namespace sdanim::store {

QString BackendIdentity::nameOf(api::Backend::Kind kind)
{
    switch (kind) {
    case api::Backend::Kind::ReplicateCloud: return QStringLiteral("cloud");
    case api::Backend::Kind::LocalCog: return QStringLiteral("cog");
    case api::Backend::Kind::OfflineEmulator: return QStringLiteral("emulator");
    }
    return QStringLiteral("cloud");
}

BackendIdentity BackendIdentity::of(api::Backend::Kind kind, const QUrl &baseUrl, bool inProcess)
{
    BackendIdentity id;
    id.name = nameOf(kind);
    id.baseUrl = sanitizedUrl(baseUrl);
    id.resumable = !inProcess && kind != api::Backend::Kind::LocalCog;
    return id;
}

} // namespace sdanim::store
