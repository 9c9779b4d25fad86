#include "api/AuthPolicy.h"

namespace sdanim::api {

namespace {
QString normalisedPath(const QUrl &url)
{
    QString path = url.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/'))) path.chop(1);
    return path;
}

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1);
}
} // namespace

bool AuthPolicy::isUnderApiBase(const QUrl &url) const
{
    if (!apiBase.isValid() || !url.isValid() || apiBase.host().isEmpty()) return false;
    if (url.scheme().compare(apiBase.scheme(), Qt::CaseInsensitive) != 0) return false;
    if (url.host().compare(apiBase.host(), Qt::CaseInsensitive) != 0) return false;
    if (effectivePort(url) != effectivePort(apiBase)) return false;
    if (!url.userInfo().isEmpty()) return false;
    // Segment-wise prefix: /v1 covers /v1 and /v1/predictions, not /v1evil or /v1/../x.
    const QString base = normalisedPath(apiBase);
    const QString path = normalisedPath(url);
    return base.isEmpty() || path == base || path.startsWith(base + QLatin1Char('/'));
}

bool AuthPolicy::isReplicateHost(const QString &host)
{
    QString h = host.toLower();
    if (h.endsWith(QLatin1Char('.'))) h.chop(1);   // fully-qualified form
    for (const char *domain : {"replicate.com", "replicate.delivery", "replicate.net"}) {
        const QString d = QLatin1String(domain);
        if (h == d || h.endsWith(QLatin1Char('.') + d)) return true;
    }
    return false;
}

} // namespace sdanim::api
