#include "api/DeploymentList.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

namespace sdanim::api {

DeploymentList::DeploymentList(const QUrl &apiBase, const QByteArray &token, QNetworkAccessManager *network,
                               QObject *parent)
    : QObject(parent), m_apiBase(apiBase), m_network(network ? network : new QNetworkAccessManager(this))
{
    m_client = new ApiClient(m_network, apiBase, token, this);
}

DeploymentList::~DeploymentList()
{
    cancel();
}

void DeploymentList::cancel()
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
    }
    m_call = nullptr;
}

void DeploymentList::fetch()
{
    cancel();
    m_found.clear();
    m_pages = 0;
    if (!m_client->hasToken()) {
        // Asynchronous like the network answer, so callers may connect afterwards.
        QTimer::singleShot(0, this, [this] {
            fail(tr("Deployments are listed with your Replicate API token; set one first."), 0);
        });
        return;
    }
    fetchPage(m_client->endpoint(QStringLiteral("/deployments")));
}

void DeploymentList::fetchPage(const QUrl &url)
{
    ApiCall *call = m_client->get(url, this);
    call->setMaxAttempts(2);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_call = nullptr;
        if (!call->isOk()) {
            const ApiError error = call->error();
            if (error.httpStatus == 401)
                fail(tr("%1 did not accept the API token (HTTP 401), so the deployments cannot be listed.")
                         .arg(m_apiBase.host()), 401);
            else if (error.isNetworkError())
                fail(tr("Could not reach %1 to list the deployments (%2).")
                         .arg(m_apiBase.host(), error.networkError.isEmpty() ? tr("no response") : error.networkError), 0);
            else
                fail(error.userMessage(), error.httpStatus);
            return;
        }
        const QJsonObject page = call->json().object();
        if (!page.value(QLatin1String("results")).isArray()) {
            fail(tr("%1 answered, but not with a list of deployments; check the API base URL.").arg(m_apiBase.host()),
                 call->httpStatus());
            return;
        }
        for (const QJsonValue &entry : page.value(QLatin1String("results")).toArray()) {
            if (m_found.size() >= MaxDeployments)
                break;
            if (const auto d = DeploymentInfo::fromJson(entry.toObject()))
                m_found << *d;
        }
        ++m_pages;
        const QUrl next(page.value(QLatin1String("next")).toString());
        if (next.isEmpty() || m_pages >= MaxPages || m_found.size() >= MaxDeployments) {
            emit finished(m_found);
            return;
        }
        if (!m_client->isUnderApiBase(next)) {
            fail(tr("The next page of deployments is not on %1; it was not fetched.").arg(m_apiBase.host()), 0);
            return;
        }
        fetchPage(next);
    });
}

void DeploymentList::fail(const QString &message, int httpStatus)
{
    m_found.clear();
    emit failed(message, httpStatus);
}

} // namespace sdanim::api
