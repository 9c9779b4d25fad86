#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace sdanim::api {

// Who may see the API token. It is only ever attached to URLs under apiBase (same scheme, host,
// port and path prefix); output files are fetched without it. Some accounts' delivery URLs need it
// anyway (the OpenAPI text says so, spec §6), hence one retry with the token on 401/403 from a
// Replicate host. Never any other host.
struct AuthPolicy
{
    QUrl apiBase;
    QByteArray token;

    bool isUnderApiBase(const QUrl &url) const;
    // replicate.com, replicate.delivery, replicate.net and their subdomains; nothing else.
    static bool isReplicateHost(const QString &host);
    bool mayRetryWithToken(const QUrl &url) const { return !token.isEmpty() && isReplicateHost(url.host()); }
    // The Authorization header value, "Bearer <token>".
    QByteArray authorizationHeader() const { return QByteArrayLiteral("Bearer ") + token; }
};

} // namespace sdanim::api
