#pragma once

#include <QString>
#include <QUrl>

namespace sdanim::api {

// The one answer to "may the API token travel to this URL?", used by every request that could
// carry it (ApiClient for API calls, streams and the history import; DownloadTask for files and
// each redirect hop).
//
// A base can receive the token at all only over https, or over plain http when its host is a
// loopback address (the offline emulator on 127.0.0.1). A URL is inside the scope when it has the
// base's scheme, exactly the base's host (compared in its ASCII/punycode form, so a lookalike
// Unicode host or a trailing dot does not match), the same effective port, no user info, and a path
// that is the base's path or continues it segment by segment (/v1 covers /v1 and /v1/x, never
// /v1evil). Paths that different servers could route differently are refused outright rather than
// normalised: dot segments in any spelling (., .., %2e%2e), encoded slashes (%2F) and backslashes.
class UrlScope
{
public:
    UrlScope() = default;
    explicit UrlScope(const QUrl &apiBase);

    QUrl base() const { return m_base; }
    // False when no URL at all may receive the token (no base, or plain http to a remote host).
    bool isValid() const { return m_valid; }
    // Why the base cannot receive the token: a translated clause for "Could not reach the server
    // (%1)."-style messages; empty when it can.
    QString problem() const;

    bool contains(const QUrl &url) const;

    // 127.0.0.0/8, ::1 (also IPv4-mapped) and "localhost".
    static bool isLoopbackHost(const QString &host);
    // replicate.com, replicate.delivery, replicate.net and their subdomains; nothing else.
    static bool isReplicateHost(const QString &host);
    // A file URL that may be retried once with the token after a 401/403 (some accounts' delivery
    // URLs need it, spec §6): https on a Replicate host only, never plain http.
    static bool mayRetryWithToken(const QUrl &url);

private:
    QUrl m_base;
    QString m_scheme;
    QString m_host;
    int m_port = -1;
    QStringList m_segments;   // the base path's segments, decoded; empty for "/" or ""
    bool m_valid = false;
};

} // namespace sdanim::api
