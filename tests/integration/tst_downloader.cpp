#include "api/DownloadFileWriter.h"
#include "api/OutputDownloader.h"
#include "support/MappedNetworkAccessManager.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <httplib.h>

#include <atomic>
#include <mutex>
#include <thread>

using namespace sdanim::api;
using sdanim::testing::MappedNetworkAccessManager;

namespace {

struct SeenRequest
{
    std::string target;         // as the client sent it (absolute-form through the proxy)
    std::string host;
    std::string authorization;
    std::string marker;         // the `n` query parameter, when the test set one
};

QByteArray payload(int size)
{
    QByteArray data(size, '\0');
    for (int i = 0; i < size; ++i) data[i] = char((i * 131 + (i >> 8)) & 0xff);
    return data;
}

// A local origin server (tests that need "https://files.replicate.delivery" reach it through
// MappedNetworkAccessManager, so no DNS or TLS is involved). Paths:
//   .../ok/<n>            n bytes
//   .../drop/<k>/<n>      the first k requests announce n bytes and hang up halfway
//   .../status/<k>/<code> the first k requests answer <code>, then 200
//   .../auth/<n>          401 without "Authorization: Bearer secret-token", else n bytes
//   .../chunked/<n>       n bytes without Content-Length (chunked)
//   .../redirect-to-other 302 to http://localhost:<port>/ok/100
class TestServer
{
public:
    TestServer()
    {
        m_server.Get(R"(.*)", [this](const httplib::Request &req, httplib::Response &res) { handle(req, res); });
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        while (!m_server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ~TestServer()
    {
        m_server.stop();
        m_thread.join();
    }
    int port() const { return m_port; }
    QString url(const QString &host, const QString &path) const
    {
        return QStringLiteral("http://%1:%2%3").arg(host).arg(m_port).arg(path);
    }
    std::vector<SeenRequest> requests()
    {
        std::lock_guard lock(m_mutex);
        return m_requests;
    }
    int countContaining(const std::string &part)
    {
        int n = 0;
        for (const auto &r : requests()) n += r.target.find(part) != std::string::npos;
        return n;
    }

private:
    int hits(const std::string &key)
    {
        std::lock_guard lock(m_mutex);
        return ++m_hits[key];
    }

    void handle(const httplib::Request &req, httplib::Response &res)
    {
        const std::string target = req.path;
        {
            std::lock_guard lock(m_mutex);
            m_requests.push_back({target, req.get_header_value("Host"), req.get_header_value("Authorization"),
                                  req.get_param_value("n")});
        }
        const QString path = QString::fromStdString(target);
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const int at = [&] {
            for (const char *verb : {"ok", "drop", "status", "auth", "chunked", "redirect-to-other"})
                if (parts.contains(QLatin1String(verb))) return int(parts.indexOf(QLatin1String(verb)));
            return -1;
        }();
        if (at < 0) {
            res.status = 404;
            return;
        }
        const QString verb = parts.at(at);
        auto arg = [&](int i) { return parts.value(at + i).toInt(); };
        auto sendBytes = [&res](int n) {
            const QByteArray data = payload(n);
            res.set_content(data.constData(), size_t(data.size()), "application/octet-stream");
        };
        if (verb == QLatin1String("ok")) {
            sendBytes(arg(1));
        } else if (verb == QLatin1String("chunked")) {
            const int n = arg(1);
            res.set_chunked_content_provider("application/octet-stream", [n](size_t offset, httplib::DataSink &sink) {
                if (offset >= size_t(n)) {
                    sink.done();
                    return true;
                }
                const QByteArray part = payload(n).mid(int(offset), 10000);
                return sink.write(part.constData(), size_t(part.size()));
            });
        } else if (verb == QLatin1String("drop")) {
            const int failing = arg(1);
            const int n = arg(2);
            if (hits(target) > failing) {
                sendBytes(n);
                return;
            }
            // Content-Length promises n bytes; the provider gives up halfway and httplib closes the socket.
            res.set_content_provider(size_t(n), "application/octet-stream",
                                     [n](size_t offset, size_t, httplib::DataSink &sink) {
                                         if (offset >= size_t(n / 2)) return false;
                                         const QByteArray half = payload(n).left(n / 2);
                                         sink.write(half.constData(), size_t(half.size()));
                                         return true;
                                     });
        } else if (verb == QLatin1String("status")) {
            if (hits(target) > arg(1)) {
                sendBytes(1000);
            } else {
                res.status = arg(2);
                res.set_content("{\"detail\":\"nope\"}", "application/json");
            }
        } else if (verb == QLatin1String("auth")) {
            if (req.get_header_value("Authorization") == "Bearer secret-token") {
                sendBytes(arg(1));
            } else {
                res.status = 401;
                res.set_content("{\"detail\":\"Unauthenticated\"}", "application/json");
            }
        } else {
            res.status = 302;
            res.set_header("Location", url(QStringLiteral("localhost"), QStringLiteral("/ok/100")).toStdString());
        }
    }

    httplib::Server m_server;
    std::thread m_thread;
    int m_port = 0;
    std::mutex m_mutex;
    std::vector<SeenRequest> m_requests;
    std::map<std::string, int> m_hits;
};

// Which thread touched the file for which operation (DownloadFileWriter's disk observer).
std::mutex g_diskMutex;
std::vector<std::pair<std::string, QThread *>> g_diskAccesses;

void recordDiskAccess(const char *operation)
{
    std::lock_guard lock(g_diskMutex);
    g_diskAccesses.emplace_back(operation, QThread::currentThread());
}

} // namespace

class TestDownloader : public QObject
{
    Q_OBJECT
private:
    TestServer *m_server = nullptr;
    QTemporaryDir *m_dir = nullptr;
    QNetworkAccessManager *m_nam = nullptr;

    AuthPolicy policy() const
    {
        return AuthPolicy{QUrl(m_server->url(QStringLiteral("127.0.0.1"), QStringLiteral("/v1"))), "secret-token"};
    }
    OutputDownloader *makeDownloader(QNetworkAccessManager *nam = nullptr)
    {
        auto *d = new OutputDownloader(nam ? nam : m_nam, policy(), this);
        d->setInitialBackoffMs(20);
        d->setMaxAttempts(4);
        return d;
    }
    QStringList filesInDir() const { return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::System); }

private slots:
    void init()
    {
        m_server = new TestServer;
        m_dir = new QTemporaryDir;
        m_nam = new QNetworkAccessManager;
    }
    void cleanup()
    {
        delete m_nam;
        delete m_dir;
        delete m_server;
    }

    void savesCompleteFile()
    {
        auto *d = makeDownloader();
        QSignalSpy saved(d, &OutputDownloader::saved);
        d->download(3, m_server->url(QStringLiteral("localhost"), QStringLiteral("/ok/250000")), m_dir->path(),
                    QStringLiteral("3-video.gif"));
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.at(0).at(0).toInt(), 3);
        const QString path = saved.at(0).at(1).toString();
        QCOMPARE(path, QDir(m_dir->path()).absoluteFilePath(QStringLiteral("3-video.gif")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == payload(250000));
        QCOMPARE(filesInDir(), QStringList{QStringLiteral("3-video.gif")});
    }

    void theReceivingThreadNeverTouchesTheFile()
    {
        // The rule "the UI thread never blocks on disk": writes, the commit (its fsync) and the
        // open all happen on another thread than the one that receives the body.
        {
            std::lock_guard lock(g_diskMutex);
            g_diskAccesses.clear();
        }
        sdanim::api::DownloadFileWriter::setDiskObserver(recordDiskAccess);
        auto *d = makeDownloader();
        QSignalSpy saved(d, &OutputDownloader::saved);
        d->download(0, m_server->url(QStringLiteral("localhost"), QStringLiteral("/ok/3000000")), m_dir->path(),
                    QStringLiteral("big.gif"));
        const bool ok = saved.wait(15000);
        sdanim::api::DownloadFileWriter::setDiskObserver(nullptr);
        QVERIFY(ok);
        QCOMPARE(QFileInfo(saved.at(0).at(1).toString()).size(), qint64(3000000));
        std::lock_guard lock(g_diskMutex);
        int writes = 0;
        int commits = 0;
        for (const auto &[operation, thread] : g_diskAccesses) {
            QVERIFY2(thread != QThread::currentThread(), operation.c_str());
            writes += operation == "write";
            commits += operation == "commit";
        }
        QVERIFY(writes >= 1);
        QCOMPARE(commits, 1);
    }

    void droppedMidFileIsRetriedToACompleteFile()
    {
        auto *d = makeDownloader();
        QSignalSpy saved(d, &OutputDownloader::saved);
        QSignalSpy retrying(d, &OutputDownloader::retrying);
        d->download(0, m_server->url(QStringLiteral("localhost"), QStringLiteral("/drop/2/400000")), m_dir->path(),
                    QStringLiteral("out.mp4"));
        QVERIFY(saved.wait(15000));
        // The server cuts the first two bodies. QNAM itself silently re-sends a request whose reused
        // keep-alive connection was closed, so how many of the two cuts surface as our own retries
        // varies; what must hold is that both cuts were survived and the saved file is complete.
        QVERIFY(retrying.size() >= 1);
        QVERIFY(m_server->countContaining("/drop/2/400000") >= 3);
        QFile f(saved.at(0).at(1).toString());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.size(), qint64(400000));
        QVERIFY(f.readAll() == payload(400000));
        QCOMPARE(filesInDir(), QStringList{QStringLiteral("out.mp4")});   // no temporary leftovers
    }

    void neverLeavesATruncatedFile()
    {
        // An older complete copy must survive a failed attempt untouched; nothing partial appears.
        const QString target = QDir(m_dir->path()).filePath(QStringLiteral("old.gif"));
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous content");
        old.close();

        auto *d = makeDownloader();
        d->setMaxAttempts(2);
        QSignalSpy failed(d, &OutputDownloader::failed);
        d->download(1, m_server->url(QStringLiteral("localhost"), QStringLiteral("/drop/9/300000")), m_dir->path(),
                    QStringLiteral("new.gif"));
        d->download(2, m_server->url(QStringLiteral("localhost"), QStringLiteral("/drop/9/200000")), m_dir->path(),
                    QStringLiteral("old.gif"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 15000);
        QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("2 attempts")), qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(filesInDir(), QStringList{QStringLiteral("old.gif")});
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous content"));
        QCOMPARE(d->pendingCount(), 0);
    }

    void serverErrorsAreRetried()
    {
        auto *d = makeDownloader();
        QSignalSpy saved(d, &OutputDownloader::saved);
        QSignalSpy retrying(d, &OutputDownloader::retrying);
        d->download(0, m_server->url(QStringLiteral("localhost"), QStringLiteral("/status/2/503")), m_dir->path(), QString());
        QVERIFY(saved.wait(10000));
        QCOMPARE(retrying.size(), 2);
        QVERIFY(retrying.at(0).at(3).toString().contains(QLatin1String("503")));
        QCOMPARE(QFileInfo(saved.at(0).at(1).toString()).fileName(), QStringLiteral("503"));   // name from the URL
        QCOMPARE(QFileInfo(saved.at(0).at(1).toString()).size(), qint64(1000));
    }

    void goneFileFailsAtOnceWithAClearMessage()
    {
        auto *d = makeDownloader();
        QSignalSpy failed(d, &OutputDownloader::failed);
        d->download(4, m_server->url(QStringLiteral("localhost"), QStringLiteral("/status/9/404")) + QStringLiteral("?sig=SECRET"),
                    m_dir->path(), QStringLiteral("x.png"));
        QVERIFY(failed.wait(10000));
        const QString message = failed.at(0).at(1).toString();
        QVERIFY2(message.contains(QLatin1String("404")) && message.contains(QLatin1String("hour")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("SECRET")), qPrintable(message));   // signed query kept out of messages
        QCOMPARE(m_server->countContaining("/status/9/404"), 1);
        QVERIFY(filesInDir().isEmpty());
    }

    void hostileFileNameStaysInTheTargetFolder()
    {
        auto *d = makeDownloader();
        QSignalSpy saved(d, &OutputDownloader::saved);
        const QString sub = QDir(m_dir->path()).filePath(QStringLiteral("pred/inner"));
        d->download(0, m_server->url(QStringLiteral("localhost"), QStringLiteral("/ok/10")), sub, QStringLiteral("../../evil.bin"));
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.at(0).at(1).toString(), QDir(sub).absoluteFilePath(QStringLiteral("evil.bin")));
        QVERIFY(!QFile::exists(QDir(m_dir->path()).filePath(QStringLiteral("evil.bin"))));
    }

    void tokenOnlyGoesToTheApiBase()
    {
        auto *d = makeDownloader();
        QSignalSpy saved(d, &OutputDownloader::saved);
        QSignalSpy failed(d, &OutputDownloader::failed);
        struct Case
        {
            const char *host;
            const char *path;
            bool token;
        };
        const QList<Case> cases = {
            {"127.0.0.1", "/v1/files/ok/10", true},
            {"localhost", "/v1/files/ok/10", false},
            {"127.0.0.1", "/v1evil/ok/10", false},
            {"127.0.0.1", "/v1/../x/ok/10", false},
            // A 401 from a host that is not Replicate's is never answered with the token.
            {"localhost", "/auth/10", false},
            // Redirected away from the API base: the next hop goes without the token.
            {"127.0.0.1", "/v1/redirect-to-other", true},
            // Hostile spellings of a path outside /v1 (servers and proxies that decode %2F or
            // treat a backslash as a separator would route them out of the API base).
            {"127.0.0.1", "/v1/a%2f..%2f..%2fx/ok/10", false},
            {"127.0.0.1", "/v1/x%5C..%5C/ok/10", false},
            {"127.0.0.1", "/v1/./ok/10", false},
            {"127.0.0.1", "/v1/a/%2e%2e/ok/10", false},
        };
        for (int i = 0; i < cases.size(); ++i)
            d->download(i, m_server->url(QLatin1String(cases[i].host), QLatin1String(cases[i].path)) + QStringLiteral("?n=%1").arg(i),
                        m_dir->path(), QStringLiteral("f%1").arg(i));
        QTRY_COMPARE_WITH_TIMEOUT(saved.size() + failed.size(), int(cases.size()), 15000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), 4);
        QVERIFY(failed.at(0).at(1).toString().contains(QLatin1String("401")));

        int withToken = 0;
        for (const SeenRequest &r : m_server->requests()) {
            // Requests without a marker are the redirect's second hop (to localhost).
            const bool expected = !r.marker.empty() && cases.value(std::stoi(r.marker)).token;
            if (!r.authorization.empty()) {
                ++withToken;
                QCOMPARE(QString::fromStdString(r.authorization), QStringLiteral("Bearer secret-token"));
            }
            QVERIFY2(r.authorization.empty() == !expected, (r.host + r.target + " n=" + r.marker).c_str());
        }
        QCOMPARE(withToken, 2);   // /v1/files/ok/10 and /v1/redirect-to-other
        QCOMPARE(m_server->countContaining("/auth/10"), 1);
        QCOMPARE(m_server->countContaining("/ok/100"), 1);   // the redirect target was fetched
    }

    void replicateHostGetsOneRetryWithTheTokenOverHttpsOnly()
    {
        // The client asks for https://files.replicate.delivery/…; the bytes go to the local server.
        MappedNetworkAccessManager mapped(quint16(m_server->port()));
        auto *d = makeDownloader(&mapped);
        QSignalSpy saved(d, &OutputDownloader::saved);
        QSignalSpy failed(d, &OutputDownloader::failed);
        d->download(0, QStringLiteral("https://files.replicate.delivery/pbxt/abc/auth/2000"), m_dir->path(), QStringLiteral("a"));
        d->download(1, QStringLiteral("https://replicate.delivery.evil.example/auth/2000"), m_dir->path(), QStringLiteral("b"));
        d->download(2, QStringLiteral("https://api.replicate.com/auth/2000"), m_dir->path(), QStringLiteral("c"));
        // Plain http: the token would cross the network readable by anyone on the way.
        d->download(3, QStringLiteral("http://files.replicate.delivery/pbxt/abc/auth/2000"), m_dir->path(), QStringLiteral("d"));
        QTRY_COMPARE_WITH_TIMEOUT(saved.size() + failed.size(), 4, 15000);
        QCOMPARE(saved.size(), 2);
        QMap<int, QString> failures;
        for (const auto &f : failed) failures.insert(f.at(0).toInt(), f.at(1).toString());
        QCOMPARE(failures.keys(), (QList<int>{1, 3}));
        QVERIFY2(failures.value(3).contains(QLatin1String("401")), qPrintable(failures.value(3)));

        auto authOf = [&](const QString &scheme, const QString &host) {
            QList<QByteArray> auth;
            for (const auto &s : mapped.sentTo(scheme, host)) auth << s.header("Authorization");
            return auth;
        };
        // First without, then exactly once with the token.
        QCOMPARE(authOf("https", "files.replicate.delivery"), (QList<QByteArray>{"", "Bearer secret-token"}));
        QCOMPARE(authOf("https", "api.replicate.com"), (QList<QByteArray>{"", "Bearer secret-token"}));
        QCOMPARE(authOf("https", "replicate.delivery.evil.example"), (QList<QByteArray>{""}));
        QCOMPARE(authOf("http", "files.replicate.delivery"), (QList<QByteArray>{""}));
        QVERIFY(QFile::exists(QDir(m_dir->path()).filePath(QStringLiteral("a"))));
        QVERIFY(!QFile::exists(QDir(m_dir->path()).filePath(QStringLiteral("d"))));
    }

    void tokenRetryHappensOnlyOnce()
    {
        MappedNetworkAccessManager mapped(quint16(m_server->port()));
        auto *d = new OutputDownloader(&mapped, AuthPolicy{QUrl(QStringLiteral("https://api.replicate.com/v1")), "wrong"}, this);
        d->setInitialBackoffMs(20);
        QSignalSpy failed(d, &OutputDownloader::failed);
        d->download(0, QStringLiteral("https://files.replicate.delivery/auth/10"), m_dir->path(), QString());
        QVERIFY(failed.wait(10000));
        QCOMPARE(m_server->countContaining("/auth/10"), 2);
        QVERIFY(filesInDir().isEmpty());
    }

    void noTokenNoRetry()
    {
        MappedNetworkAccessManager mapped(quint16(m_server->port()));
        auto *d = new OutputDownloader(&mapped, AuthPolicy{}, this);
        QSignalSpy failed(d, &OutputDownloader::failed);
        d->download(0, QStringLiteral("https://files.replicate.delivery/auth/10"), m_dir->path(), QString());
        QVERIFY(failed.wait(10000));
        QCOMPARE(m_server->countContaining("/auth/10"), 1);
    }

    void dataUrisAreDecodedAndSaved()
    {
        auto *d = makeDownloader();
        QSignalSpy saved(d, &OutputDownloader::saved);
        QSignalSpy failed(d, &OutputDownloader::failed);
        const QByteArray big = payload(3 * 1024 * 1024);
        d->download(0, QStringLiteral("data:video/mp4;base64,") + QString::fromLatin1(big.toBase64()), m_dir->path(), QString());
        d->download(1, QStringLiteral("data:text/plain,hello%20world"), m_dir->path(), QStringLiteral("1-note.txt"));
        d->download(2, QStringLiteral("data:image/png;base64,***"), m_dir->path(), QString());
        d->download(3, QStringLiteral("ftp://example.com/x.gif"), m_dir->path(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(saved.size() + failed.size(), 4, 15000);
        QCOMPARE(saved.size(), 2);
        QMap<int, QString> paths;
        for (const auto &s : saved) paths.insert(s.at(0).toInt(), s.at(1).toString());
        QCOMPARE(QFileInfo(paths.value(0)).fileName(), QStringLiteral("output.mp4"));
        QFile video(paths.value(0));
        QVERIFY(video.open(QIODevice::ReadOnly));
        QVERIFY(video.readAll() == big);
        QFile note(paths.value(1));
        QVERIFY(note.open(QIODevice::ReadOnly));
        QCOMPARE(note.readAll(), QByteArray("hello world"));
        QMap<int, QString> errors;
        for (const auto &f : failed) errors.insert(f.at(0).toInt(), f.at(1).toString());
        QVERIFY2(errors.value(2).contains(QLatin1String("base64")), qPrintable(errors.value(2)));
        QVERIFY2(errors.value(3).contains(QLatin1String("ftp://example.com/x.gif")), qPrintable(errors.value(3)));
        QCOMPARE(filesInDir().size(), 2);
    }

    void abortAllStopsTransfersWithoutFiles()
    {
        auto *d = makeDownloader();
        d->setInitialBackoffMs(5000);   // sits in its retry wait
        QSignalSpy failed(d, &OutputDownloader::failed);
        QSignalSpy retrying(d, &OutputDownloader::retrying);
        d->download(0, m_server->url(QStringLiteral("localhost"), QStringLiteral("/status/9/500")), m_dir->path(), QString());
        QVERIFY(retrying.wait(10000));
        d->abortAll();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(1).toString().contains(QLatin1String("canceled")));
        QCOMPARE(d->pendingCount(), 0);
        QVERIFY(filesInDir().isEmpty());
    }

    void policyDecidesThroughTheUrlScope()
    {
        // The downloader asks the same UrlScope as ApiClient (tst_urlscope has the hostile cases).
        const AuthPolicy p{QUrl(QStringLiteral("https://api.replicate.com/v1")), "t"};
        QVERIFY(p.sendsTokenTo(QUrl(QStringLiteral("https://api.replicate.com/v1/files/x"))));
        QVERIFY(!p.sendsTokenTo(QUrl(QStringLiteral("https://api.replicate.com/v1/%2e%2e/x"))));
        QVERIFY(!AuthPolicy{}.sendsTokenTo(QUrl(QStringLiteral("https://api.replicate.com/v1/files/x"))));
        QVERIFY(p.mayRetryWithToken(QUrl(QStringLiteral("https://pbxt.replicate.delivery/a.gif"))));
        QVERIFY(!p.mayRetryWithToken(QUrl(QStringLiteral("http://pbxt.replicate.delivery/a.gif"))));
        QVERIFY(!(AuthPolicy{p.apiBase, {}}.mayRetryWithToken(QUrl(QStringLiteral("https://pbxt.replicate.delivery/a.gif")))));
    }

    void streamedBodyOverTheCapLeavesNoFile()
    {
        // No Content-Length: the cap holds while the body arrives.
        auto *d = makeDownloader();
        d->setMaxFileBytes(100 * 1024);
        QCOMPARE(d->maxFileBytes(), qint64(100 * 1024));
        QSignalSpy saved(d, &OutputDownloader::saved);
        QSignalSpy failed(d, &OutputDownloader::failed);
        QSignalSpy retrying(d, &OutputDownloader::retrying);
        d->download(0, m_server->url(QStringLiteral("localhost"), QStringLiteral("/chunked/300000")), m_dir->path(), QStringLiteral("big"));
        d->download(1, m_server->url(QStringLiteral("localhost"), QStringLiteral("/chunked/90000")), m_dir->path(), QStringLiteral("small"));
        QTRY_COMPARE_WITH_TIMEOUT(saved.size() + failed.size(), 2, 15000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), 0);
        const QString message = failed.at(0).at(1).toString();
        QVERIFY2(message.contains(QLatin1String("larger than the download limit of 100 KiB")), qPrintable(message));
        QCOMPARE(retrying.size(), 0);
        QCOMPARE(m_server->countContaining("/chunked/300000"), 1);
        QCOMPARE(filesInDir(), QStringList{QStringLiteral("small")});
    }

    void announcedBodyOverTheCapIsNotFetched()
    {
        auto *d = makeDownloader();
        d->setMaxFileBytes(1024);
        QSignalSpy failed(d, &OutputDownloader::failed);
        d->download(0, m_server->url(QStringLiteral("localhost"), QStringLiteral("/ok/250000")), m_dir->path(), QStringLiteral("x"));
        QVERIFY(failed.wait(10000));
        const QString message = failed.at(0).at(1).toString();
        QVERIFY2(message.contains(QLatin1String("the file is 244.1 KiB, more than the download limit of 1 KiB")),
                 qPrintable(message));
        QCOMPARE(m_server->countContaining("/ok/250000"), 1);
        QVERIFY(filesInDir().isEmpty());
    }

    void dataUriOverTheCapIsNotDecoded()
    {
        auto *d = makeDownloader();
        d->setMaxFileBytes(3072);
        QSignalSpy saved(d, &OutputDownloader::saved);
        QSignalSpy failed(d, &OutputDownloader::failed);
        d->download(0, QStringLiteral("data:image/gif;base64,") + QString::fromLatin1(payload(3073).toBase64()), m_dir->path(), QString());
        d->download(1, QStringLiteral("data:image/gif;base64,") + QString::fromLatin1(payload(3072).toBase64()), m_dir->path(), QStringLiteral("1.gif"));
        QTRY_COMPARE_WITH_TIMEOUT(saved.size() + failed.size(), 2, 15000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), 0);
        QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("more than the limit of 3 KiB")),
                 qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(filesInDir(), QStringList{QStringLiteral("1.gif")});
    }
};

QTEST_GUILESS_MAIN(TestDownloader)
#include "tst_downloader.moc"
