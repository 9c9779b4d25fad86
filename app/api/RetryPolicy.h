#pragma once

#include "api/ApiError.h"

#include <QNetworkReply>

#include <functional>
#include <optional>

namespace sdanim::api {

// When to repeat a failed API call and how long to wait first (spec §5.5). Pure: the random
// source is injected, so the timing is unit-testable.
//
// - Reads (GET, and idempotent calls such as cancel) are retried on 429/502/503/504 and on
//   network errors, with exponential backoff and jitter, honouring the server's hint
//   (Retry-After header, body `retry_after`, "~Ns" text), capped at maxDelayMs.
// - Creating a prediction is retried ONLY on 429 (a throttled request was not executed) or when
//   the failure proves that no connection was made. A lost response, a timeout or a 5xx might
//   mean the prediction exists, so repeating it could start (and bill) a duplicate.
// - Nothing is retried that another attempt cannot fix (Reach::Unreachable): the host name does
//   not resolve, the server's TLS certificate is refused.
class RetryPolicy
{
public:
    enum class RequestKind { Idempotent, Create };
    // How far a failed attempt got: this decides whether a create could have been executed.
    enum class Reach {
        GotResponse,       // the server answered (an HTTP status)
        NotConnected,      // no connection was made, but one may be made later (refused)
        LostAfterSending,  // the request may have reached the server (or it is not known)
        Unreachable,       // no connection was made and none will be: do not retry
    };

    // What a transport error says about how far the request got. `gotHeaders`: the response had
    // begun (a status arrived) when it failed. Only errors that occur before a connection exists
    // prove the request never left; a temporary network failure, a proxy timeout or a reset can
    // all happen after it was sent.
    static Reach reachOf(QNetworkReply::NetworkError error, bool gotHeaders);

    struct Options
    {
        int maxAttempts = 8;          // attempts in total, the first one included
        int baseDelayMs = 500;        // first backoff step
        int maxDelayMs = 60000;       // cap for backoff and for server hints
        double jitter = 0.2;          // ± fraction of the backoff step
    };

    // random() returns a uniform value in [0, 1); default: QRandomGenerator::global().
    RetryPolicy();
    explicit RetryPolicy(Options options, std::function<double()> random = {});

    const Options &options() const { return m_options; }

    // Milliseconds to wait before attempt number `attemptsMade + 1`, or nullopt to give up.
    std::optional<int> delayBeforeRetry(RequestKind kind, int attemptsMade, const ApiError &error, Reach reach) const;

    bool isRetryable(RequestKind kind, const ApiError &error, Reach reach) const;
    // Exponential step for the n-th retry (1-based) with jitter, capped.
    int backoffMs(int retryNumber) const;

private:
    Options m_options;
    std::function<double()> m_random;
};

} // namespace sdanim::api
