#pragma once
// Header-only HTTP helper for the emulator integration tests (cpp-httplib client, blocking).

#include "emulator/EmulatorServer.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QThread>

#include <httplib.h>

#include <functional>
#include <memory>

namespace sdanim::testing {

// An emulator whose simulated delays take `timeScale` times as long (0.01: runs finish in moments).
inline emulator::EmulatorOptions fastEmulatorOptions(double timeScale = 0.01)
{
    emulator::EmulatorOptions o;
    o.timeScale = timeScale;
    return o;
}

// An emulator listening on ephemeral ports; nullptr, with the reason as a warning, when it cannot start.
inline std::unique_ptr<emulator::EmulatorServer> startEmulator(const emulator::EmulatorOptions &options)
{
    auto server = std::make_unique<emulator::EmulatorServer>(options);
    QString error;
    if (!server->start(&error)) {
        qWarning("emulator did not start: %s", qPrintable(error));
        return nullptr;
    }
    return server;
}

struct HttpResult
{
    bool ok = false;          // a complete response arrived
    int status = 0;
    QByteArray body;
    httplib::Headers headers;
    httplib::Error error = httplib::Error::Success;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString header(const char *name) const
    {
        const auto it = headers.find(name);
        return it == headers.end() ? QString() : QString::fromStdString(it->second);
    }
    bool hasHeader(const char *name) const { return headers.find(name) != headers.end(); }
};

class EmulatorHttp
{
public:
    explicit EmulatorHttp(quint16 port, const char *host = "127.0.0.1") : m_client(host, port)
    {
        m_client.set_read_timeout(70);
        m_client.set_keep_alive(false);
    }

    static httplib::Headers auth(const std::string &token = "r8_test_token")
    {
        return {{"Authorization", "Bearer " + token}};
    }

    HttpResult get(const QString &path, const httplib::Headers &headers = auth())
    {
        return wrap(m_client.Get(path.toStdString(), headers));
    }
    HttpResult post(const QString &path, const QByteArray &body, const httplib::Headers &headers = auth())
    {
        return wrap(m_client.Post(path.toStdString(), headers, body.toStdString(), "application/json"));
    }
    HttpResult post(const QString &path, const QJsonObject &body, const httplib::Headers &headers = auth())
    {
        return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
    HttpResult put(const QString &path, const QJsonObject &body, const httplib::Headers &headers = {})
    {
        return wrap(m_client.Put(path.toStdString(), headers, QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                                 "application/json"));
    }
    // Reads a whole streamed body (SSE) until the server ends it.
    HttpResult stream(const QString &path, const httplib::Headers &headers = {})
    {
        HttpResult r;
        auto res = m_client.Get(path.toStdString(), headers, [&](const char *data, size_t len) {
            r.body.append(data, qsizetype(len));
            return true;
        });
        r.error = res.error();
        if (res) {
            r.ok = true;
            r.status = res->status;
            r.headers = res->headers;
        }
        return r;
    }

    // Polls GET path until `done(json)` or the timeout; returns the last object.
    QJsonObject pollUntil(const QString &path, const std::function<bool(const QJsonObject &)> &done, int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        QJsonObject last;
        while (timer.elapsed() < timeoutMs) {
            last = get(path).json();
            if (done(last))
                break;
            QThread::msleep(20);
        }
        return last;
    }

    static bool isTerminal(const QJsonObject &p)
    {
        const QString s = p.value(QLatin1String("status")).toString();
        return s == QLatin1String("succeeded") || s == QLatin1String("failed") || s == QLatin1String("canceled")
               || s == QLatin1String("aborted");
    }

    static QString pathOf(const QString &url)
    {
        const int scheme = url.indexOf(QLatin1String("://"));
        return url.mid(url.indexOf(QLatin1Char('/'), scheme + 3));
    }

private:
    HttpResult wrap(const httplib::Result &res)
    {
        HttpResult r;
        r.error = res.error();
        if (res) {
            r.ok = true;
            r.status = res->status;
            r.body = QByteArray::fromStdString(res->body);
            r.headers = res->headers;
        }
        return r;
    }

    httplib::Client m_client;
};

// A small animation that renders in milliseconds.
inline QJsonObject tinyInput(const QString &start = QStringLiteral("a red cube"),
                             const QString &end = QStringLiteral("a blue sphere"))
{
    return QJsonObject{{QStringLiteral("prompt_start"), start},
                       {QStringLiteral("prompt_end"), end},
                       {QStringLiteral("width"), 128},
                       {QStringLiteral("height"), 128},
                       {QStringLiteral("num_animation_frames"), 3},
                       {QStringLiteral("num_interpolation_steps"), 2}};
}

inline QJsonObject createBody(const QJsonObject &input)
{
    return QJsonObject{{QStringLiteral("version"),
                        QStringLiteral("ca1f5e306e5721e19c473e0d094e6603f0456fe759c10715fcd6c1b79242d4a5")},
                       {QStringLiteral("input"), input}};
}

} // namespace sdanim::testing
