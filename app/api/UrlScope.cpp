#include "api/UrlScope.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <optional>

namespace sdanim::api {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("sdanim::api::UrlScope", text); }

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1);
}

// The host as DNS sees it: punycode for Unicode labels, lower case. QUrl has already applied the
// IDNA mapping, so a fullwidth spelling of an ASCII host becomes that host, while a lookalike
// with a Cyrillic letter stays a different (xn--) name.
QString asciiHost(const QUrl &url) { return url.host(QUrl::FullyEncoded).toLower(); }

// The decoded segments after the leading '/', or nothing when servers could disagree about where
// the path leads: some decode %2F or treat '\' as a separator before resolving "..", and
// %2e%2e is ".." to most of them. Such paths are never produced by the API, so refusing them
// costs nothing.
std::optional<QStringList> unambiguousSegments(const QUrl &url)
{
    const QString encoded = url.path(QUrl::FullyEncoded);
    if (encoded.isEmpty()) return QStringList{};
    if (!encoded.startsWith(QLatin1Char('/'))) return std::nullopt;
    for (const char *bad : {"%2f", "%5c", "%00", "\\"})
        if (encoded.contains(QLatin1String(bad), Qt::CaseInsensitive)) return std::nullopt;
    QStringList segments;
    for (const QString &raw : encoded.mid(1).split(QLatin1Char('/'))) {
        const QString segment = QUrl::fromPercentEncoding(raw.toLatin1());
        if (segment == QLatin1String(".") || segment == QLatin1String("..")) return std::nullopt;
        segments << segment;
    }
    return segments;
}

enum class Problem { None, NoBase, NotHttp, UserInfo, PlainHttp, AmbiguousPath };

Problem problemOf(const QUrl &base)
{
    if (!base.isValid() || base.host().isEmpty()) return Problem::NoBase;
    const QString scheme = base.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) return Problem::NotHttp;
    if (!base.userInfo().isEmpty()) return Problem::UserInfo;
    if (scheme == QLatin1String("http") && !UrlScope::isLoopbackHost(base.host())) return Problem::PlainHttp;
    if (!unambiguousSegments(base)) return Problem::AmbiguousPath;
    return Problem::None;
}

} // namespace

UrlScope::UrlScope(const QUrl &apiBase)
    : m_base(apiBase)
{
    if (problemOf(apiBase) != Problem::None) return;
    m_scheme = apiBase.scheme().toLower();
    m_host = asciiHost(apiBase);
    m_port = effectivePort(apiBase);
    m_segments = *unambiguousSegments(apiBase);
    // "/v1/" and "/v1" name the same base.
    while (!m_segments.isEmpty() && m_segments.last().isEmpty()) m_segments.removeLast();
    m_valid = true;
}

QString UrlScope::problem() const
{
    const QString base = m_base.toDisplayString(QUrl::RemoveUserInfo);
    switch (problemOf(m_base)) {
    case Problem::None: return {};
    case Problem::NoBase: return tr("no valid API base URL is set");
    case Problem::NotHttp: return tr("the API base URL %1 is not an https address").arg(base);
    case Problem::UserInfo:
        return tr("the API base URL %1 contains a user name or password; the API token is not sent there").arg(base);
    case Problem::PlainHttp:
        return tr("the API base URL %1 uses plain http, so the API token is not sent to it: use https "
                  "(plain http is only allowed to this computer's loopback address, such as the emulator)")
            .arg(base);
    case Problem::AmbiguousPath:
        return tr("the API base URL %1 has a path that servers may read differently (\".\" or \"..\" "
                  "segments, encoded slashes or backslashes)").arg(base);
    }
    return {};
}

bool UrlScope::contains(const QUrl &url) const
{
    if (!m_valid || !url.isValid() || url.isRelative()) return false;
    if (url.scheme().toLower() != m_scheme) return false;
    if (!url.userInfo().isEmpty()) return false;
    if (asciiHost(url) != m_host) return false;
    if (effectivePort(url) != m_port) return false;
    const std::optional<QStringList> segments = unambiguousSegments(url);
    if (!segments || segments->size() < m_segments.size()) return false;
    for (qsizetype i = 0; i < m_segments.size(); ++i)
        if (segments->at(i) != m_segments.at(i)) return false;
    return true;
}

bool UrlScope::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool UrlScope::isReplicateHost(const QString &host)
{
    QString h = QString::fromLatin1(QUrl::toAce(host)).toLower();
    if (h.endsWith(QLatin1Char('.'))) h.chop(1);   // the fully-qualified spelling of the same name
    if (h.isEmpty()) return false;
    for (const char *domain : {"replicate.com", "replicate.delivery", "replicate.net"}) {
        const QString d = QLatin1String(domain);
        if (h == d || h.endsWith(QLatin1Char('.') + d)) return true;
    }
    return false;
}

bool UrlScope::mayRetryWithToken(const QUrl &url)
{
    return url.isValid() && url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
           && url.userInfo().isEmpty() && isReplicateHost(url.host());
}

} // namespace sdanim::api
