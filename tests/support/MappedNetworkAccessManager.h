#pragma once
// Header-only: a QNetworkAccessManager that lets a test speak to "https://api.replicate.com" or
// "https://files.replicate.delivery" while every byte actually goes to a plain-http server on
// 127.0.0.1. The client code under test only ever sees the URLs it built itself, so its decisions
// (token or not, follow a redirect or not) are the ones it would take against the real hosts.
// Every request is recorded as the client made it: original URL and headers.

#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>

namespace sdanim::testing {

class MappedNetworkAccessManager : public QNetworkAccessManager
{
public:
    struct Sent
    {
        QUrl url;   // as the client asked for it, before mapping
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hasHeader(const QByteArray &name) const
        {
            for (const auto &h : headers)
                if (h.first.compare(name, Qt::CaseInsensitive) == 0) return true;
            return false;
        }
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers)
                if (h.first.compare(name, Qt::CaseInsensitive) == 0) return h.second;
            return {};
        }
    };

    // Requests for any host are sent to http://127.0.0.1:<port> with path and query unchanged.
    explicit MappedNetworkAccessManager(quint16 port, QObject *parent = nullptr)
        : QNetworkAccessManager(parent), m_port(port)
    {
    }

    QList<Sent> sent() const
    {
        QMutexLocker lock(&m_mutex);
        return m_sent;
    }
    QList<Sent> sentTo(const QString &scheme, const QString &host) const
    {
        QList<Sent> out;
        for (const Sent &s : sent())
            if (s.url.scheme() == scheme && s.url.host() == host) out << s;
        return out;
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        Sent s;
        s.url = request.url();
        for (const QByteArray &name : request.rawHeaderList()) s.headers.append({name, request.rawHeader(name)});
        {
            QMutexLocker lock(&m_mutex);
            m_sent.append(s);
        }
        QUrl local = request.url();
        local.setScheme(QStringLiteral("http"));
        local.setHost(QStringLiteral("127.0.0.1"));
        local.setPort(m_port);
        QNetworkRequest mapped(request);
        mapped.setUrl(local);
        return QNetworkAccessManager::createRequest(op, mapped, outgoingData);
    }

private:
    quint16 m_port;
    mutable QMutex m_mutex;
    QList<Sent> m_sent;
};

} // namespace sdanim::testing
