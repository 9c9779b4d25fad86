#include "api/OutputDownloader.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <httplib.h>

#include <atomic>
#include <mutex>
#include <thread>

using namespace sdanim::api;

namespace {

struct SeenRequest
{
    std::string target;         // as the client sent it (absolute-form through the proxy)
    std::string host;
    std::string authorization;
};

QByteArray payload(int size)
{
    QByteArray data(size, '\0');
    for (int i = 0; i < size; ++i) data[i] = char((i * 131 + (i >> 8)) & 0xff);
    return data;
}

// A local origin server (also usable as a forward HTTP proxy: requests then carry an absolute
// URL, which lets the tests talk to "files.replicate.delivery" without DNS). Paths:
//   .../ok/<n>            n bytes
//   .../drop/<k>/<n>      the first k requests announce n bytes and hang up halfway
//   .../status/<k>/<code> the first k requests answer <code>, then 200
//   .../auth/<n>          401 without "Authorization: Bearer secret-token", else n bytes
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
            m_requests.push_back({target, req.get_header_value("Host"), req.get_header_value("Authorization")});
        }
        const QString path = QString::fromStdString(target);
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const int at = [&] {
            for (const char *verb : {"ok", "drop", "status", "auth", "redirect-to-other"})
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
        d->download(0, m_server->url(QStringLiteral("127.0.0.1"), QStringLiteral("/v1/files/ok/10")), m_dir->path(), QStringLiteral("a"));
        d->download(1, m_server->url(QStringLiteral("localhost"), QStringLiteral("/v1/files/ok/10")), m_dir->path(), QStringLiteral("b"));
        d->download(2, m_server->url(QStringLiteral("127.0.0.1"), QStringLiteral("/v1evil/ok/10")), m_dir->path(), QStringLiteral("c"));
        d->download(3, m_server->url(QStringLiteral("127.0.0.1"), QStringLiteral("/v1/../x/ok/10")), m_dir->path(), QStringLiteral("d"));
        // A 401 from a host that is not Replicate's is never answered with the token.
        d->download(4, m_server->url(QStringLiteral("localhost"), QStringLiteral("/auth/10")), m_dir->path(), QStringLiteral("e"));
        // Redirected away from the API base: the next hop goes without the token.
        d->download(5, m_server->url(QStringLiteral("127.0.0.1"), QStringLiteral("/v1/redirect-to-other")), m_dir->path(), QStringLiteral("f"));
        QTRY_COMPARE_WITH_TIMEOUT(saved.size() + failed.size(), 6, 15000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), 4);
        QVERIFY(failed.at(0).at(1).toString().contains(QLatin1String("401")));

        int withToken = 0;
        for (const SeenRequest &r : m_server->requests()) {
            const bool underBase = r.host.rfind("127.0.0.1", 0) == 0 && r.target.rfind("/v1/", 0) == 0;
            if (!r.authorization.empty()) {
                ++withToken;
                QCOMPARE(QString::fromStdString(r.authorization), QStringLiteral("Bearer secret-token"));
            }
            QVERIFY2(r.authorization.empty() == !underBase, (r.host + r.target).c_str());
        }
        QCOMPARE(withToken, 2);   // /v1/files/ok/10 and /v1/redirect-to-other
        QCOMPARE(m_server->countContaining("/auth/10"), 1);
        QCOMPARE(m_server->countContaining("/ok/100"), 1);   // the redirect target was fetched
    }

    void replicateHostGetsOneRetryWithTheToken()
    {
        // Through the test server acting as an HTTP proxy, so the request really names a Replicate host.
        QNetworkAccessManager proxied;
        proxied.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), quint16(m_server->port())));
        auto *d = makeDownloader(&proxied);
        QSignalSpy saved(d, &OutputDownloader::saved);
        QSignalSpy failed(d, &OutputDownloader::failed);
        d->download(0, QStringLiteral("http://files.replicate.delivery/pbxt/abc/auth/2000"), m_dir->path(), QString());
        d->download(1, QStringLiteral("http://replicate.delivery.evil.example/auth/2000"), m_dir->path(), QStringLiteral("x"));
        d->download(2, QStringLiteral("http://api.replicate.com/auth/2000"), m_dir->path(), QStringLiteral("y"));
        QTRY_COMPARE_WITH_TIMEOUT(saved.size() + failed.size(), 3, 15000);
        QCOMPARE(saved.size(), 2);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), 1);

        std::map<std::string, std::vector<std::string>> authByHost;
        for (const SeenRequest &r : m_server->requests()) authByHost[r.host].push_back(r.authorization);
        // First without, then exactly once with the token.
        QCOMPARE(authByHost["files.replicate.delivery"], (std::vector<std::string>{"", "Bearer secret-token"}));
        QCOMPARE(authByHost["api.replicate.com"], (std::vector<std::string>{"", "Bearer secret-token"}));
        QCOMPARE(authByHost["replicate.delivery.evil.example"], (std::vector<std::string>{""}));
        QVERIFY(QFile::exists(QDir(m_dir->path()).filePath(QStringLiteral("2000"))));
    }

    void tokenRetryHappensOnlyOnce()
    {
        QNetworkAccessManager proxied;
        proxied.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), quint16(m_server->port())));
        auto *d = new OutputDownloader(&proxied, AuthPolicy{QUrl(QStringLiteral("https://api.replicate.com/v1")), "wrong"}, this);
        d->setInitialBackoffMs(20);
        QSignalSpy failed(d, &OutputDownloader::failed);
        d->download(0, QStringLiteral("http://files.replicate.delivery/auth/10"), m_dir->path(), QString());
        QVERIFY(failed.wait(10000));
        QCOMPARE(m_server->countContaining("/auth/10"), 2);
        QVERIFY(filesInDir().isEmpty());
    }

    void noTokenNoRetry()
    {
        QNetworkAccessManager proxied;
        proxied.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), quint16(m_server->port())));
        auto *d = new OutputDownloader(&proxied, AuthPolicy{}, this);
        QSignalSpy failed(d, &OutputDownloader::failed);
        d->download(0, QStringLiteral("http://files.replicate.delivery/auth/10"), m_dir->path(), QString());
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

    void authPolicyRules_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("under");
        QTest::newRow("same") << "https://api.replicate.com/v1" << "https://api.replicate.com/v1/predictions" << true;
        QTest::newRow("base itself") << "https://api.replicate.com/v1/" << "https://api.replicate.com/v1" << true;
        QTest::newRow("explicit default port") << "https://api.replicate.com/v1" << "https://api.replicate.com:443/v1/x" << true;
        QTest::newRow("host case") << "https://api.replicate.com/v1" << "https://API.Replicate.com/v1/x" << true;
        QTest::newRow("other port") << "https://api.replicate.com/v1" << "https://api.replicate.com:8443/v1/x" << false;
        QTest::newRow("http downgrade") << "https://api.replicate.com/v1" << "http://api.replicate.com/v1/x" << false;
        QTest::newRow("prefix lookalike") << "https://api.replicate.com/v1" << "https://api.replicate.com/v10/x" << false;
        QTest::newRow("dot dot escape") << "https://api.replicate.com/v1" << "https://api.replicate.com/v1/../admin" << false;
        QTest::newRow("subdomain") << "https://api.replicate.com/v1" << "https://evil.api.replicate.com/v1/x" << false;
        QTest::newRow("delivery") << "https://api.replicate.com/v1" << "https://replicate.delivery/pbxt/a/b.gif" << false;
        QTest::newRow("userinfo") << "https://api.replicate.com/v1" << "https://x@api.replicate.com/v1/x" << false;
        QTest::newRow("no base") << "" << "https://api.replicate.com/v1/x" << false;
    }
    void authPolicyRules()
    {
        QFETCH(QString, base);
        QFETCH(QString, url);
        QFETCH(bool, under);
        QCOMPARE((AuthPolicy{QUrl(base), "t"}.isUnderApiBase(QUrl(url))), under);
    }

    void replicateHosts()
    {
        for (const char *h : {"replicate.delivery", "pbxt.replicate.delivery", "api.replicate.com", "replicate.com",
                              "x.y.replicate.net", "REPLICATE.DELIVERY", "replicate.delivery."})
            QVERIFY2(AuthPolicy::isReplicateHost(QLatin1String(h)), h);
        for (const char *h : {"replicate.delivery.evil.com", "evilreplicate.delivery", "replicate.de", "localhost",
                              "127.0.0.1", "notreplicate.com", ""})
            QVERIFY2(!AuthPolicy::isReplicateHost(QLatin1String(h)), h);
    }
};

QTEST_GUILESS_MAIN(TestDownloader)
#include "tst_downloader.moc"
