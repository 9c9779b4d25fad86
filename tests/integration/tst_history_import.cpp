#include "support/ImportEmulator.h"

#include "api/ApiClient.h"
#include "emulator/EmulatorServer.h"
#include "schema/ModelSchema.h"
#include "settings/AppSettings.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <httplib.h>
#include <thread>

using namespace sdanim;

namespace {

const QByteArray kToken = "r8_import_test_token";

// The safety checker sees only the keyframe prompt, prompt_start (spec §9.4): every third is flagged.
QString importPrompt(int i)
{
    return QString::fromLatin1(i % 3 ? "import %1" : "import %1 nsfw").arg(i);
}

// True once every prediction in `ids` is listed by GET /v1/predictions (all pages) with a
// terminal status: the event the imports below wait for.
bool allTerminal(QNetworkAccessManager &nam, const QUrl &apiBase, const QStringList &ids)
{
    static const QStringList terminal{QStringLiteral("succeeded"), QStringLiteral("failed"), QStringLiteral("canceled")};
    QSet<QString> pending(ids.cbegin(), ids.cend());
    QUrl url(apiBase.toString() + QStringLiteral("/predictions"));
    for (int page = 0; url.isValid() && !url.isEmpty() && page < 100; ++page) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + kToken);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        const QJsonObject list = QJsonDocument::fromJson(reply->readAll()).object();
        for (const QJsonValue &entry : list.value(QStringLiteral("results")).toArray()) {
            const QJsonObject p = entry.toObject();
            if (terminal.contains(p.value(QStringLiteral("status")).toString()))
                pending.remove(p.value(QStringLiteral("id")).toString());
        }
        url = QUrl(list.value(QStringLiteral("next")).toString());
    }
    return pending.isEmpty();
}

struct ImportOutcome { int added = -1, updated = -1, unchanged = -1, skipped = -1, pages = 0; QString error; };

ImportOutcome runImport(api::ApiClient &client, store::AsyncHistoryStore &history, const store::BackendIdentity &backend)
{
    store::HistoryImporter importer(&client, &history, backend);
    ImportOutcome outcome;
    QObject::connect(&importer, &store::HistoryImporter::pageImported, [&](int page, int) { outcome.pages = page; });
    QObject::connect(&importer, &store::HistoryImporter::finished, [&](int a, int u, int n, int s) {
        outcome.added = a;
        outcome.updated = u;
        outcome.unchanged = n;
        outcome.skipped = s;
    });
    QObject::connect(&importer, &store::HistoryImporter::failed, [&](const api::ApiError &e) { outcome.error = e.userMessage(); });
    importer.start();
    QElapsedTimer timer;
    timer.start();
    while (outcome.added < 0 && outcome.error.isEmpty() && timer.elapsed() < 120000) QTest::qWait(20);
    history.waitForIdle();
    return outcome;
}

} // namespace

class TestHistoryImport : public QObject
{
    Q_OBJECT
private slots:
    void importsEveryPageWithoutDuplicates()
    {
        QTemporaryDir dir;
        emulator::EmulatorServer server(testing::importEmulatorOptions(kToken));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QNetworkAccessManager nam;
        const QStringList ids = testing::createPredictions(nam, server.apiBaseUrl(), kToken, 130, importPrompt);
        QCOMPARE(ids.size(), 130);
        QVERIFY(!ids.contains(QString()));

        store::AsyncHistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
        const auto backend = store::BackendIdentity::of(api::Backend::Kind::ReplicateCloud, server.apiBaseUrl(), false);
        // One of them is already known locally, still "processing" (e.g. the app was killed).
        store::HistoryRecord known;
        known.id = ids.at(5);
        known.localId = QStringLiteral("local-5");
        known.backend = backend.name;
        known.baseUrl = backend.baseUrl;
        known.status = QStringLiteral("processing");
        known.input = QJsonObject{{"prompt_start", "import 5"}};
        known.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(history.write(known.id, [known](store::HistoryStore &s) mutable { return s.insert(known); }).result());

        // Let the emulator finish them all, so the import sees terminal states.
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(nam, server.apiBaseUrl(), ids), 30000);
        api::ApiClient client(&nam, server.apiBaseUrl(), kToken);
        const ImportOutcome first = runImport(client, history, backend);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.pages, 2);                   // 100 per page, followed through `next`
        QCOMPARE(first.added, 129);
        QCOMPARE(first.updated, 1);
        QCOMPARE(first.unchanged, 0);
        store::HistoryQuery all;
        all.limit = 0;
        QCOMPARE(history.count(all).result(), 130);
        const auto updated = history.get(ids.at(5)).result();
        QVERIFY(updated);
        QCOMPARE(updated->localId, QStringLiteral("local-5"));
        QVERIFY(updated->isTerminal());
        QCOMPARE(updated->source, QStringLiteral("api"));
        const auto failed = history.get(ids.at(0)).result();   // i % 3 == 0: NSFW prompt
        QCOMPARE(failed->status, QStringLiteral("failed"));
        QVERIFY(failed->error.contains(QLatin1String("NSFW")));
        QCOMPARE(failed->input.value("prompt_start").toString(), QStringLiteral("import 0 nsfw"));
        // Newest first, like the server.
        QCOMPARE(history.list(all).result().first().id, ids.last());

        const ImportOutcome again = runImport(client, history, backend);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 130);
        QCOMPARE(again.skipped, 0);
        QCOMPARE(history.count(all).result(), 130);
    }

    // The account also holds predictions of other models, and list entries may be summaries
    // without `input` (spec §3.5). A proxy in front of the emulator turns every other entry of
    // each page into a summary and adds predictions of other models (one still running, one a
    // summary that names no model at all). Only this model's predictions are imported, each
    // summary completed by a GET, a few at a time; other models are never fetched in full.
    void importsOnlyThisModelAndCompletesSummaries()
    {
        emulator::EmulatorServer server(testing::importEmulatorOptions(kToken));
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QNetworkAccessManager nam;
        const QStringList ids = testing::createPredictions(nam, server.apiBaseUrl(), kToken, 130, importPrompt);
        QVERIFY(!ids.contains(QString()));
        QTRY_VERIFY_WITH_TIMEOUT(allTerminal(nam, server.apiBaseUrl(), ids), 30000);   // the emulator finished them

        const QUrl upstream = server.apiBaseUrl();
        httplib::Server proxy;
        const int port = proxy.bind_to_any_port("127.0.0.1");
        const QString proxyBase = QStringLiteral("http://127.0.0.1:%1/v1").arg(port);
        std::mutex lock;
        QStringList fetched;          // ids GET /v1/predictions/{id} was asked for
        int inFlight = 0, maxInFlight = 0;
        const QString foreignVersion = QStringLiteral("39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b");
        const QString olderVersion = QStringLiteral("a0cd8005509b9a5d9ba9b2b4d9cd4c1e9e0b73b6e2f1cd0b4ab3d5e6f7a8b9c0");
        auto foreignId = [](const char *kind, int page) {
            return (QLatin1String(kind) + QStringLiteral("%1").arg(page)).leftJustified(26, QLatin1Char('z'));
        };
        auto forward = [&](const std::string &pathAndQuery) {
            httplib::Client c(upstream.host().toStdString(), upstream.port());
            auto res = c.Get(pathAndQuery, httplib::Headers{{"Authorization", "Bearer " + kToken.toStdString()}});
            return res ? QJsonDocument::fromJson(QByteArray::fromStdString(res->body)).object() : QJsonObject();
        };
        auto sdxl = [&](int page) {
            return QJsonObject{{"id", foreignId("sdxlrunning", page)}, {"model", "stability-ai/sdxl"}, {"version", foreignVersion},
                               {"input", QJsonObject{{"prompt", "an astronaut"}}}, {"status", "processing"},
                               {"created_at", "2026-01-01T00:00:00Z"}, {"source", "web"},
                               {"urls", QJsonObject{{"get", proxyBase + "/predictions/" + foreignId("sdxlrunning", page)}}}};
        };
        auto otherFull = [&](int page) {
            return QJsonObject{{"id", foreignId("othersummary", page)}, {"model", "someone/upscaler"}, {"version", foreignVersion},
                               {"input", QJsonObject{{"image", "x"}}}, {"status", "succeeded"}, {"output", "https://x/y.png"},
                               {"created_at", "2026-01-01T00:00:01Z"}, {"source", "api"}};
        };
        proxy.Get(R"(/v1/predictions)", [&](const httplib::Request &req, httplib::Response &res) {
            std::string target = "/v1/predictions";
            if (req.has_param("cursor")) target += "?cursor=" + httplib::detail::encode_query_param(req.get_param_value("cursor"));
            QJsonObject body = forward(target);
            const int page = req.has_param("cursor") ? 2 : 1;
            QJsonArray results;
            int n = 0;
            for (const QJsonValue &v : body.value("results").toArray()) {
                QJsonObject o = v.toObject();
                if (n++ % 2 == 0) {   // a summary: what the JS client's README shows
                    QJsonObject summary;
                    for (const char *k : {"id", "version", "urls", "source", "status", "created_at", "started_at", "completed_at"})
                        if (o.contains(QLatin1String(k))) summary.insert(QLatin1String(k), o.value(QLatin1String(k)));
                    o = summary;
                }
                results.append(o);
            }
            results.append(sdxl(page));
            QJsonObject other = otherFull(page);   // listed as a summary, without model
            results.append(QJsonObject{{"id", other.value("id")}, {"version", foreignVersion}, {"status", "succeeded"},
                                       {"created_at", other.value("created_at")}});
            results.append(QJsonObject{{"id", foreignId("olderversion", page)}, {"model", "andreasjansson/stable-diffusion-animation"},
                                       {"version", olderVersion}, {"input", QJsonObject{{"prompt_start", "older"}, {"prompt_end", "version"}}},
                                       {"status", "succeeded"}, {"created_at", "2022-08-01T00:00:00Z"}});
            body.insert("results", results);
            const QString next = body.value("next").toString();
            if (!next.isEmpty()) {
                QUrl u(next);
                u.setHost(QStringLiteral("127.0.0.1"));
                u.setPort(port);
                body.insert("next", u.toString());
            }
            res.set_content(QJsonDocument(body).toJson().toStdString(), "application/json");
        });
        proxy.Get(R"(/v1/predictions/([0-9a-z]+))", [&](const httplib::Request &req, httplib::Response &res) {
            const QString id = QString::fromStdString(req.matches[1]);
            {
                std::lock_guard<std::mutex> g(lock);
                fetched << id;
                maxInFlight = qMax(maxInFlight, ++inFlight);
            }
            // Slow enough that requests the client sends together overlap here.
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            QJsonObject body;
            for (int p = 1; p <= 2; ++p) {
                if (id == foreignId("othersummary", p)) body = otherFull(p);
                if (id == foreignId("sdxlrunning", p)) body = sdxl(p);
            }
            if (body.isEmpty()) body = forward("/v1/predictions/" + id.toStdString());
            {
                std::lock_guard<std::mutex> g(lock);
                --inFlight;
            }
            res.set_content(QJsonDocument(body).toJson().toStdString(), "application/json");
        });
        std::thread proxyThread([&] { proxy.listen_after_bind(); });
        while (!proxy.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));

        QTemporaryDir dir;
        store::AsyncHistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
        const QUrl apiBase(proxyBase);
        const auto backend = store::BackendIdentity::of(api::Backend::Kind::ReplicateCloud, apiBase, false);
        api::ApiClient client(&nam, apiBase, kToken);
        const ImportOutcome outcome = runImport(client, history, backend);
        int fetchedFirst = 0;
        {
            std::lock_guard<std::mutex> g(lock);
            fetchedFirst = int(fetched.size());
        }
        // Again: what the history has finished is not fetched a second time.
        const ImportOutcome again = runImport(client, history, backend);
        proxy.stop();
        proxyThread.join();
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.unchanged, 132);
        QCOMPARE(int(fetched.size()) - fetchedFirst, 2);   // only the two that name no model

        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.pages, 2);
        QCOMPARE(outcome.added, 132);   // 130 of the current version, one older version per page
        QCOMPARE(outcome.skipped, 4);   // per page: the running SDXL one and the summary without a model
        store::HistoryQuery all;
        all.limit = 0;
        QCOMPARE(history.count(all).result(), 132);
        for (int p = 1; p <= 2; ++p) {
            QVERIFY(!history.get(foreignId("sdxlrunning", p)).result());
            QVERIFY(!history.get(foreignId("othersummary", p)).result());
            QVERIFY(history.get(foreignId("olderversion", p)).result());
        }
        // Summaries got their input (and the rest) from a GET.
        for (int i = 0; i < 130; ++i) {
            const auto r = history.get(ids.at(i)).result();
            QVERIFY2(r, qPrintable(ids.at(i)));
            QCOMPARE(r->input.value("prompt_start").toString(), QString::fromLatin1(i % 3 ? "import %1" : "import %1 nsfw").arg(i));
            QCOMPARE(r->model, QStringLiteral("andreasjansson/stable-diffusion-animation"));
            QVERIFY(r->isTerminal());
        }
        std::lock_guard<std::mutex> g(lock);
        // Only entries without input (or without a model to tell whose they are) were fetched.
        QCOMPARE(fetchedFirst, 65 + 2);
        QVERIFY(!fetched.contains(foreignId("sdxlrunning", 1)) && !fetched.contains(foreignId("sdxlrunning", 2)));
        QVERIFY(!fetched.contains(foreignId("olderversion", 1)));
        QVERIFY2(maxInFlight >= 1 && maxInFlight <= store::HistoryImporter::MaxConcurrentRequests,
                 qPrintable(QString::number(maxInFlight)));
        qInfo("at most %d GETs at once", maxInFlight);
    }

    // Web-created predictions are imported with their source; the absolute `next` URL is
    // followed as-is and the token goes only to the API base.
    void webPredictionsAndForeignNextUrls()
    {
        httplib::Server api, other;
        std::vector<std::string> authSeen, otherAuth;
        std::mutex lock;
        const int apiPort = api.bind_to_any_port("127.0.0.1");
        const int otherPort = other.bind_to_any_port("127.0.0.1");
        const std::string base = "http://127.0.0.1:" + std::to_string(apiPort) + "/v1";
        api.Get("/v1/predictions", [&](const httplib::Request &req, httplib::Response &res) {
            std::lock_guard<std::mutex> g(lock);
            authSeen.push_back(req.get_header_value("Authorization"));
            const bool second = req.has_param("cursor");
            if (second) authSeen.back() += " (page 2)";
            QJsonObject p{{"id", second ? "webwebwebwebwebwebwebwebwe" : "apiapiapiapiapiapiapiapiap"},
                          {"model", "andreasjansson/stable-diffusion-animation"}, {"version", "ca1f5e"},
                          {"input", QJsonObject{{"prompt_start", second ? "from the website" : "from the api"}}},
                          {"status", "succeeded"}, {"source", second ? "web" : "api"},
                          {"created_at", second ? "2026-01-01T00:00:00.123456789Z" : "2026-01-02T00:00:00Z"},
                          {"metrics", QJsonObject{{"predict_time", 12.5}}},
                          {"urls", QJsonObject{{"get", "x"}, {"web", "https://replicate.com/p/x"}}}};
            // Page 2's `next` points at another host (localhost, not 127.0.0.1).
            const QString next = second ? QStringLiteral("http://localhost:%1/v1/predictions?cursor=def").arg(otherPort)
                                        : QString::fromStdString(base) + QStringLiteral("/predictions?cursor=abc");
            const QJsonObject page{{"next", next}, {"previous", QJsonValue()}, {"results", QJsonArray{p}}};
            res.set_content(QJsonDocument(page).toJson().toStdString(), "application/json");
        });
        // The `next` host differs from the API base (localhost vs 127.0.0.1): it must not get the token.
        other.Get("/v1/predictions", [&](const httplib::Request &req, httplib::Response &res) {
            std::lock_guard<std::mutex> g(lock);
            otherAuth.push_back(req.get_header_value("Authorization"));
            res.status = 401;
            res.set_content("{\"title\":\"Unauthenticated\",\"detail\":\"You did not pass an authentication token\",\"status\":401}",
                            "application/problem+json");
        });
        std::thread apiThread([&] { api.listen_after_bind(); });
        std::thread otherThread([&] { other.listen_after_bind(); });
        while (!api.is_running() || !other.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));

        QTemporaryDir dir;
        store::AsyncHistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
        QNetworkAccessManager nam;
        const QUrl apiBase(QString::fromStdString(base));
        api::ApiClient client(&nam, apiBase, kToken);
        const auto backend = store::BackendIdentity::of(api::Backend::Kind::ReplicateCloud, apiBase, false);
        const ImportOutcome outcome = runImport(client, history, backend);
        api.stop();
        other.stop();
        apiThread.join();
        otherThread.join();

        // Both API pages were imported; the foreign page got no token and its 401 ends the import.
        QVERIFY(!outcome.error.isEmpty());
        QCOMPARE(outcome.pages, 2);
        QCOMPARE(authSeen.size(), size_t(2));
        QCOMPARE(QByteArray::fromStdString(authSeen.at(0)), "Bearer " + kToken);
        QCOMPARE(QByteArray::fromStdString(authSeen.at(1)), "Bearer " + kToken + " (page 2)");
        QCOMPARE(otherAuth.size(), size_t(1));
        QVERIFY(otherAuth.front().empty());
        const auto api1 = history.get(QStringLiteral("apiapiapiapiapiapiapiapiap")).result();
        QVERIFY(api1);
        QCOMPARE(api1->source, QStringLiteral("api"));
        QCOMPARE(api1->predictTime, 12.5);
        QVERIFY(qAbs(api1->costUsd - 12.5 * settings::AppSettings::DefaultPricePerSecondUsd) < 1e-12);
        const auto web = history.get(QStringLiteral("webwebwebwebwebwebwebwebwe")).result();
        QVERIFY(web);
        QCOMPARE(web->source, QStringLiteral("web"));
        QCOMPARE(web->input.value("prompt_start").toString(), QStringLiteral("from the website"));
        QCOMPARE(web->createdAt, QDateTime(QDate(2026, 1, 1), QTime(0, 0, 0, 123), Qt::UTC));
    }
};

// The in-process emulator renders GIFs, which draws text: a QGuiApplication is needed.
QTEST_MAIN(TestHistoryImport)
#include "tst_history_import.moc"
