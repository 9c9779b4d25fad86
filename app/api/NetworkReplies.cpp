#include "api/NetworkReplies.h"

#include <QNetworkReply>

namespace sdanim::api {

void NetworkReplies::abandon(QNetworkReply *reply, const QObject *receiver)
{
    if (!reply) return;
    reply->disconnect(receiver);
    reply->abort();
    reply->deleteLater();
}

} // namespace sdanim::api
