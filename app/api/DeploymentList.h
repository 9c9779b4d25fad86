#pragma once

#include "api/DeploymentInfo.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace sdanim::api {

class ApiCall;
class ApiClient;

// Fetches the account's deployments, GET <apiBase>/deployments and every `next` page, through
// ApiClient (so the token goes only to the API base and pages elsewhere are refused). Bounded:
// at most MaxPages pages and MaxDeployments entries. Asynchronous: `finished` or `failed`.
class DeploymentList : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxPages = 20;
    static constexpr int MaxDeployments = 1000;

    // `network` may be shared; null: the list owns one.
    DeploymentList(const QUrl &apiBase, const QByteArray &token, QNetworkAccessManager *network = nullptr,
                   QObject *parent = nullptr);
    ~DeploymentList() override;

    // A fetch in flight is abandoned (no signal) when a new one starts.
    void fetch();
    void cancel();
    bool isRunning() const { return !m_call.isNull(); }

signals:
    void finished(const QList<sdanim::api::DeploymentInfo> &deployments);
    // A sentence for the user; httpStatus 0 when no HTTP answer came (network, refused page).
    void failed(const QString &message, int httpStatus);

private:
    void fetchPage(const QUrl &url);
    void fail(const QString &message, int httpStatus);

    QUrl m_apiBase;
    QNetworkAccessManager *m_network;
    ApiClient *m_client = nullptr;
    QPointer<ApiCall> m_call;
    QList<DeploymentInfo> m_found;
    int m_pages = 0;
};

} // namespace sdanim::api
