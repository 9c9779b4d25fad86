#include "api/NetworkReplies.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace sdanim::api {

namespace {
constexpr const char *TooLargeProperty = "sdanim_bodyOverLimit";
}

void NetworkReplies::abandon(QNetworkReply *reply, const QObject *receiver)
{
    if (!reply) return;
    reply->disconnect(receiver);
    reply->abort();
    reply->deleteLater();
}

void NetworkReplies::limitBody(QNetworkReply *reply, qint64 maxBytes)
{
    if (!reply) return;
    const auto check = [reply, maxBytes](qint64 bytes) {
        if (bytes <= maxBytes || exceededLimit(reply)) return;
        reply->setProperty(TooLargeProperty, true);
        reply->abort();
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, check] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid()) check(length.toLongLong());
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [check](qint64 received, qint64) { check(received); });
}

bool NetworkReplies::exceededLimit(const QNetworkReply *reply)
{
    return reply && reply->property(TooLargeProperty).toBool();
}

} // namespace sdanim::api
