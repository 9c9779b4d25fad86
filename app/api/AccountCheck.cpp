#include "api/AccountCheck.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

namespace sdanim::api {

namespace {
QString shortened(QString text)
{
    text = text.simplified();
    if (text.size() > AccountCheck::MaxNameChars)
        text = text.left(AccountCheck::MaxNameChars - 1) + QChar(0x2026);
    return text;
}
} // namespace

AccountCheck::AccountCheck(const QUrl &apiBase, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_apiBase(apiBase), m_network(network ? network : new QNetworkAccessManager(this))
{
}

AccountCheck::~AccountCheck()
{
    cancel();
}

QString AccountCheck::formatProblem(const QString &token)
{
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty())
        return tr("Paste your Replicate API token first (replicate.com/account/api-tokens).");
    if (trimmed.toUtf8().size() > MaxTokenBytes)
        return tr("This is longer than any Replicate API token (more than %1 bytes); paste only the token.")
            .arg(MaxTokenBytes);
    for (const QChar c : trimmed) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return tr("A token has no spaces or line breaks inside; paste only the token.");
    }
    return {};
}

void AccountCheck::cancel()
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
    }
    m_call = nullptr;
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
}

void AccountCheck::check(const QString &tokenText)
{
    cancel();
    const QString problem = formatProblem(tokenText);
    if (!problem.isEmpty()) {
        // Asynchronous like the network answer, so callers may connect afterwards.
        QTimer::singleShot(0, this, [this, problem] { emit rejected(problem, 0); });
        return;
    }
    const QByteArray token = tokenText.trimmed().toUtf8();
    m_client = new ApiClient(m_network, m_apiBase, token, this);
    ApiCall *call = m_client->get(m_client->endpoint(QStringLiteral("/account")), this);
    // One retry for a 5xx or a dropped connection; a 401 is never retried.
    call->setMaxAttempts(2);
    m_call = call;
    const QString host = m_apiBase.host();
    connect(call, &ApiCall::finished, this, [this, call, token, host] {
        m_call = nullptr;
        if (m_client) {
            m_client->deleteLater();
            m_client = nullptr;
        }
        if (!call->isOk()) {
            const ApiError error = call->error();
            QString message;
            if (error.httpStatus == 401)
                message = tr("%1 did not accept this token (HTTP 401). Copy it again from "
                             "replicate.com/account/api-tokens; nothing was saved.")
                              .arg(host);
            else if (error.isNetworkError())
                message = tr("Could not reach %1 to check the token (%2). Nothing was saved; check the connection, "
                             "or go on offline.")
                              .arg(host, error.networkError.isEmpty() ? tr("no response") : error.networkError);
            else
                message = error.userMessage() + QLatin1Char(' ') + tr("Nothing was saved.");
            emit rejected(message, error.httpStatus);
            return;
        }
        const QJsonObject account = call->json().object();
        const QString username = shortened(account.value(QLatin1String("username")).toString());
        if (username.isEmpty()) {
            emit rejected(tr("%1 answered, but not with a Replicate account (no username); check the API base URL. "
                             "Nothing was saved.")
                              .arg(host),
                          call->httpStatus());
            return;
        }
        emit accepted(token, username, shortened(account.value(QLatin1String("name")).toString()));
    });
}

} // namespace sdanim::api
