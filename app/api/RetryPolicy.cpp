#include "api/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace sdanim::api {

RetryPolicy::RetryPolicy() : RetryPolicy(Options{}) {}

RetryPolicy::RetryPolicy(Options options, std::function<double()> random)
    : m_options(options), m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

RetryPolicy::Reach RetryPolicy::reachOf(QNetworkReply::NetworkError error, bool gotHeaders)
{
    if (gotHeaders) return Reach::LostAfterSending;   // cut mid-body
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return Reach::NotConnected;
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:   // before any request byte; a refused certificate stays refused
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
        return Reach::Unreachable;
    default:
        return Reach::LostAfterSending;
    }
}

bool RetryPolicy::isRetryable(RequestKind kind, const ApiError &error, Reach reach) const
{
    if (reach == Reach::Unreachable) return false;
    if (kind == RequestKind::Create) {
        if (error.httpStatus == 429) return true;
        return error.isNetworkError() && reach == Reach::NotConnected;
    }
    if (error.isNetworkError()) return true;
    switch (error.httpStatus) {
    case 429: case 502: case 503: case 504: return true;
    default: return false;
    }
}

int RetryPolicy::backoffMs(int retryNumber) const
{
    const int n = std::max(1, retryNumber);
    const double step = m_options.baseDelayMs * std::pow(2.0, std::min(n - 1, 30));
    const double spread = 1.0 + m_options.jitter * (2.0 * m_random() - 1.0);
    const double ms = std::min<double>(step, m_options.maxDelayMs) * spread;
    return int(std::clamp<double>(ms, 0, m_options.maxDelayMs));
}

std::optional<int> RetryPolicy::delayBeforeRetry(RequestKind kind, int attemptsMade, const ApiError &error,
                                                 Reach reach) const
{
    if (attemptsMade >= m_options.maxAttempts || !isRetryable(kind, error, reach))
        return std::nullopt;
    if (error.retryAfterSeconds >= 0) {
        // The server's own hint wins; a little jitter keeps parallel jobs from retrying in lockstep.
        const double ms = error.retryAfterSeconds * 1000.0 + 250.0 * m_random();
        return int(std::min<double>(ms, m_options.maxDelayMs));
    }
    return backoffMs(attemptsMade);
}

} // namespace sdanim::api
