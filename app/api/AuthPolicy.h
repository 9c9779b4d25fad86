#pragma once

#include "api/UrlScope.h"

#include <QByteArray>
#include <QUrl>

namespace sdanim::api {

// Who may see the API token when output files are fetched. It goes only to URLs inside the API
// base's UrlScope (checked again for every redirect hop); output files are fetched without it.
// Some accounts' delivery URLs need it anyway (the OpenAPI text says so, spec §6), hence one retry
// with the token on 401/403 from a Replicate host, over https only. Never any other host.
struct AuthPolicy
{
    QUrl apiBase;
    QByteArray token;

    bool sendsTokenTo(const QUrl &url) const { return !token.isEmpty() && UrlScope(apiBase).contains(url); }
    bool mayRetryWithToken(const QUrl &url) const { return !token.isEmpty() && UrlScope::mayRetryWithToken(url); }
    // The Authorization header value, "Bearer <token>".
    QByteArray authorizationHeader() const { return QByteArrayLiteral("Bearer ") + token; }
};

} // namespace sdanim::api
