#include "api/PredictionJob.h"
#include "settings/AppSettings.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryMigrations.h"
#include "store/HistoryRecorder.h"
#include "store/HistoryStore.h"
#include "store/ResumeManager.h"
#include "store/Sidecar.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;
using namespace sdanim::store;

namespace {

// A job whose signals the test fires by hand, in the order a real backend would.
class ScriptedJob : public api::PredictionJob
{
public:
    explicit ScriptedJob(const QJsonObject &input) { m_input = input; }
    void start() override {}
    void cancel() override {}
    void setPrediction(const api::Prediction &p) { m_prediction = p; }
    void addLocalFile(const QString &path) { m_localFiles << path; }
};

api::Prediction predictionFrom(const char *json)
{
    return api::Prediction::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
}

HistoryRecord makeRecord(int i, const QString &status = QStringLiteral("succeeded"))
{
    HistoryRecord r;
    r.id = QStringLiteral("pred%1").arg(i, 22, 10, QLatin1Char('0'));
    r.backend = QStringLiteral("emulator");
    r.baseUrl = QStringLiteral("http://127.0.0.1:1234/v1");
    r.model = QStringLiteral("andreasjansson/stable-diffusion-animation");
    r.status = status;
    r.input = QJsonObject{{"prompt_start", QStringLiteral("a red castle number %1 at dawn with many towers").arg(i)},
                          {"prompt_end", i % 10 == 0 ? QStringLiteral("a blue lake") : QStringLiteral("a green forest")},
                          {"num_animation_frames", 10}};
    r.createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60);
    r.predictTime = 10 + i % 7;
    r.costUsd = 0;
    return r;
}

QString dbPath(const QTemporaryDir &dir) { return dir.filePath(QStringLiteral("history.sqlite")); }

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseIsWalFullAndLatestSchema()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("sub/folder/history.sqlite")));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), HistoryMigrations::latestVersion());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        {
            db.setDatabaseName(store.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));   // persistent per file
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }

    void migratesVersion1Database()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(dbPath(dir));
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &sql : HistoryMigrations::statements(1)) QVERIFY2(q.exec(sql), qPrintable(sql));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            auto insertRow = [&](const QString &table, const QVariantList &values) {
                QStringList marks(values.size(), QStringLiteral("?"));
                QSqlQuery insert(db);
                insert.prepare(QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(table, marks.join(QLatin1Char(','))));
                for (const QVariant &v : values) insert.addBindValue(v);
                return insert.exec();
            };
            const QString input = QStringLiteral("{\"prompt_start\":\"an old lighthouse\",\"prompt_end\":\"a storm\"}");
            QVERIFY(insertRow(QStringLiteral("predictions"),
                              {QStringLiteral("oldpred0000000000000000000"), QStringLiteral("cloud"),
                               QStringLiteral("https://api.replicate.com/v1"),
                               QStringLiteral("andreasjansson/stable-diffusion-animation"), QStringLiteral("ca1f5e"), input,
                               QStringLiteral("succeeded"), 1700000000000LL, 1700000001000LL, 1700000031000LL,
                               QStringLiteral("Using seed: 1"), QString(), QStringLiteral("{\"predict_time\":30.5}"), 0.035}));
            QVERIFY(insertRow(QStringLiteral("predictions"),
                              {QStringLiteral("oldpred1111111111111111111"), QStringLiteral("cloud"), QString(), QString(),
                               QString(), QStringLiteral("not json"), QStringLiteral("processing"), 1700000100000LL,
                               QVariant(), QVariant(), QString(), QString(), QVariant(), QVariant()}));
            QVERIFY(insertRow(QStringLiteral("outputs"),
                              {QStringLiteral("oldpred0000000000000000000"), 0, QStringLiteral("/tmp/x/video.gif"),
                               QStringLiteral("https://replicate.delivery/x/video.gif")}));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        HistoryStore store(dbPath(dir));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), HistoryMigrations::latestVersion());
        const auto old = store.get(QStringLiteral("oldpred0000000000000000000"));
        QVERIFY(old);
        QCOMPARE(old->promptStart(), QStringLiteral("an old lighthouse"));
        QCOMPARE(old->predictTime, 30.5);
        QCOMPARE(old->costUsd, 0.035);
        QCOMPARE(old->createdAt, QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC));
        QCOMPARE(old->outputs.size(), 1);
        QCOMPARE(old->outputs.first().path, QStringLiteral("/tmp/x/video.gif"));
        // The migrated rows take part in the new features: search, status filter, soft delete.
        HistoryQuery q;
        q.search = QStringLiteral("lighthouse");
        const auto rows = store.list(q);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().thumbnailPath, QStringLiteral("/tmp/x/video.gif"));
        QCOMPARE(rows.first().durationSeconds, 30.5);
        QCOMPARE(store.nonTerminal().size(), 1);
        QVERIFY(store.remove(QStringLiteral("oldpred1111111111111111111")));
        QCOMPARE(store.count({}), 1);
        // A row whose server id is not known yet is now possible.
        HistoryRecord pending;
        pending.localId = QStringLiteral("local-1");
        pending.backend = QStringLiteral("cloud");
        pending.status = QStringLiteral("creating");
        QVERIFY2(store.insert(pending), qPrintable(store.lastError()));
    }

    void refusesNewerSchemaWithoutTouchingIt()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v99"));
            db.setDatabaseName(dbPath(dir));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (x)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v99"));
        HistoryStore store(dbPath(dir));
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(QLatin1String("newer SD Animator")) && error.contains(QLatin1String("99")), qPrintable(error));
        HistoryStore again(dbPath(dir));
        QVERIFY(!again.open());
    }

    void insertGetUpdateUpsert()
    {
        QTemporaryDir dir;
        HistoryStore store(dbPath(dir));
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        HistoryRecord r = makeRecord(1, QStringLiteral("processing"));
        r.outputs << OutputFile{0, QStringLiteral("/o/output-0.png"), QStringLiteral("https://x/output-0.png")};
        QVERIFY(store.insert(r));
        QVERIFY(r.rowId > 0);
        HistoryRecord dup = makeRecord(1);
        QVERIFY(!store.insert(dup));     // same id: refused, not duplicated
        QCOMPARE(store.count({}), 1);

        auto got = store.get(r.id);
        QVERIFY(got);
        QCOMPARE(got->input, r.input);
        QCOMPARE(got->status, QStringLiteral("processing"));
        QCOMPARE(got->outputs.size(), 1);
        got->status = QStringLiteral("succeeded");
        got->logs = QStringLiteral("Using seed: 4\nSaving GIF");
        QVERIFY(store.update(*got));
        QCOMPARE(store.get(r.id)->logs, got->logs);

        HistoryRecord other = makeRecord(2);
        QVERIFY(store.upsert(other));
        other.error = QStringLiteral("changed");
        QVERIFY(store.upsert(other));
        QCOMPARE(store.count({}), 2);
        QCOMPARE(store.get(other.id)->error, QStringLiteral("changed"));
        QVERIFY(!store.get(QStringLiteral("nope")));
    }

    void pagingSearchAndStatusFilter()
    {
        QTemporaryDir dir;
        HistoryStore store(dbPath(dir));
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        QList<HistoryRecord> records;
        for (int i = 0; i < 250; ++i) records << makeRecord(i, i % 5 == 0 ? QStringLiteral("failed") : QStringLiteral("succeeded"));
        QVERIFY2(store.insertMany(records), qPrintable(store.lastError()));
        QCOMPARE(store.count({}), 250);

        // Pages are disjoint, newest first, and cover everything.
        QStringList seen;
        QDateTime previous;
        for (int offset = 0; offset < 250; offset += 100) {
            HistoryQuery q;
            q.offset = offset;
            q.limit = 100;
            const auto rows = store.list(q);
            QCOMPARE(rows.size(), qMin(100, 250 - offset));
            for (const HistoryRow &row : rows) {
                if (previous.isValid()) QVERIFY(row.createdAt < previous);
                previous = row.createdAt;
                seen << row.id;
            }
        }
        QCOMPARE(seen.first(), records.last().id);
        seen.removeDuplicates();
        QCOMPARE(seen.size(), 250);

        HistoryQuery search;
        search.search = QStringLiteral("BLUE lake");    // case-insensitive, either prompt
        QCOMPARE(store.count(search), 25);
        search.statuses = {QStringLiteral("failed")};
        QCOMPARE(store.count(search), 25);              // i % 10 == 0 implies i % 5 == 0
        HistoryQuery byNumber;
        byNumber.search = QStringLiteral("number 123 at");
        const auto one = store.list(byNumber);
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().promptStart, QStringLiteral("a red castle number 123 at dawn with …"));
        QCOMPARE(one.first().promptEnd, QStringLiteral("a green forest"));
        HistoryQuery wildcard;
        wildcard.search = QStringLiteral("%");           // LIKE metacharacters are literal
        QCOMPARE(store.count(wildcard), 0);
    }

    void softDeleteAndUndo()
    {
        QTemporaryDir dir;
        HistoryStore store(dbPath(dir));
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        HistoryRecord a = makeRecord(1), b = makeRecord(2);
        QVERIFY(store.insert(a) && store.insert(b));
        QVERIFY(store.remove(a.id));
        QCOMPARE(store.count({}), 1);
        QCOMPARE(store.list({}).first().id, b.id);
        QVERIFY(store.get(a.id)->isDeleted());
        HistoryQuery all;
        all.includeDeleted = true;
        QCOMPARE(store.count(all), 2);
        QVERIFY(store.restore(a.id));
        QCOMPARE(store.count({}), 2);
        QVERIFY(!store.get(a.id)->isDeleted());
        // Purge only takes rows deleted before the cutoff.
        QVERIFY(store.remove(b.id));
        QCOMPARE(store.purgeDeleted(QDateTime::currentDateTimeUtc().addSecs(-60)), 0);
        QCOMPARE(store.purgeDeleted(QDateTime::currentDateTimeUtc().addSecs(60)), 1);
        QVERIFY(!store.get(b.id));
        QVERIFY(!store.remove(QStringLiteral("missing")));
    }

    void nonTerminalForResume()
    {
        QTemporaryDir dir;
        HistoryStore store(dbPath(dir));
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        const QStringList statuses{"starting", "processing", "succeeded", "failed", "canceled", "aborted", "creating"};
        for (int i = 0; i < statuses.size(); ++i) {
            HistoryRecord r = makeRecord(i, statuses.at(i));
            QVERIFY(store.insert(r));
        }
        QStringList found;
        for (const HistoryRecord &r : store.nonTerminal()) found << r.status;
        QCOMPARE(found, (QStringList{"starting", "processing", "creating"}));
    }

    void fiveThousandRowsStayFast()
    {
        QTemporaryDir dir;
        HistoryStore store(dbPath(dir));
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        QList<HistoryRecord> records;
        for (int i = 0; i < 5000; ++i) {
            HistoryRecord r = makeRecord(i);
            r.logs = QString(2000, QLatin1Char('x'));   // realistic row weight
            r.outputs << OutputFile{0, QStringLiteral("/out/%1/output-0.png").arg(i), QString()};
            records << r;
        }
        QElapsedTimer timer;
        timer.start();
        QVERIFY(store.insertMany(records));
        qInfo("5000 inserts in one transaction: %lld ms", timer.elapsed());

        timer.restart();
        HistoryQuery page;
        page.limit = 100;
        page.offset = 0;
        auto rows = store.list(page);
        const qint64 firstPage = timer.elapsed();
        QCOMPARE(rows.size(), 100);
        QCOMPARE(rows.first().thumbnailPath, QStringLiteral("/out/4999/output-0.png"));
        timer.restart();
        page.offset = 4900;
        rows = store.list(page);
        const qint64 lastPage = timer.elapsed();
        QCOMPARE(rows.last().id, records.first().id);
        timer.restart();
        HistoryQuery search;
        search.search = QStringLiteral("number 4321 ");
        QCOMPARE(store.list(search).size(), 1);
        QCOMPARE(store.count({}), 5000);
        const qint64 searchAndCount = timer.elapsed();
        qInfo("first page %lld ms, last page %lld ms, search+count %lld ms", firstPage, lastPage, searchAndCount);
        // Generous bounds for a shared 2-core CI machine; typical values are a few ms.
        QVERIFY(firstPage < 250);
        QVERIFY(lastPage < 250);
        QVERIFY(searchAndCount < 500);

        // The newest-first list walks the index instead of sorting the table.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
        {
            db.setDatabaseName(store.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT row_id FROM predictions p WHERE p.deleted_at IS NULL"
                                          " ORDER BY p.created_at DESC, p.row_id DESC LIMIT 100")));
            QString plan;
            while (q.next()) plan += q.value(3).toString() + QLatin1Char('\n');
            QVERIFY2(plan.contains(QLatin1String("predictions_by_created")) && !plan.contains(QLatin1String("TEMP B-TREE")),
                     qPrintable(plan));
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("plan"));
    }

    void asyncStoreRunsOffTheCallingThread()
    {
        QTemporaryDir dir;
        {
            // Deleted a week ago: gone when the store opens. Deleted yesterday: still restorable.
            HistoryStore direct(dbPath(dir));
            QVERIFY(direct.open());
            HistoryRecord old = makeRecord(100), recent = makeRecord(101);
            old.deletedAt = QDateTime::currentDateTimeUtc().addDays(-AsyncHistoryStore::DeletedRetentionDays - 1);
            recent.deletedAt = QDateTime::currentDateTimeUtc().addDays(-1);
            QVERIFY(direct.insert(old) && direct.insert(recent));
        }
        AsyncHistoryStore history(dbPath(dir));
        QVERIFY(!history.get(makeRecord(100).id).result());
        QVERIFY(history.get(makeRecord(101).id).result());
        QVERIFY(history.remove(makeRecord(101).id).result());   // already deleted: stays deleted
        QVERIFY(history.restore(makeRecord(101).id).result());
        QVERIFY(history.write(makeRecord(101).id, [](HistoryStore &s) { return s.erase(makeRecord(101).id); }).result());
        QTest::qWait(50);   // deliver the `changed` signals of the writes above
        QCOMPARE(history.open().result(), QString());
        const QThread *worker = history.run([](HistoryStore &) { return QThread::currentThread(); }).result();
        QVERIFY(worker != QThread::currentThread());
        QSignalSpy changed(&history, &AsyncHistoryStore::changed);
        HistoryRecord r = makeRecord(7);
        QVERIFY(history.write(r.id, [r](HistoryStore &s) mutable { return s.insert(r); }).result());
        QCOMPARE(history.list({}).result().size(), 1);
        QVERIFY(changed.wait(2000));
        QCOMPARE(changed.first().first().toString(), r.id);
        // A second store on the same file (another thread, like a CLI next to the GUI) sees the row.
        HistoryStore direct(dbPath(dir));
        QVERIFY2(direct.open(), qPrintable(direct.lastError()));
        QVERIFY(direct.contains(r.id));
    }

    void recorderInsertsOnCreateAndFollowsTheJob()
    {
        QTemporaryDir dir;
        AsyncHistoryStore history(dbPath(dir));
        HistoryRecorder recorder(&history);
        const QJsonObject input{{"prompt_start", "a cat"}, {"prompt_end", "a dog"}, {"width", 256}};
        ScriptedJob job(input);
        const QString key = recorder.track(&job, BackendIdentity::of(api::Backend::Kind::ReplicateCloud,
                                                                    QUrl("https://user:secret@api.replicate.com/v1?x=1"), false));
        history.waitForIdle();
        HistoryStore direct(dbPath(dir));
        QVERIFY2(direct.open(), qPrintable(direct.lastError()));
        // Written before the server answered.
        auto row = direct.get(key);
        QVERIFY(row);
        QCOMPARE(row->status, QStringLiteral("creating"));
        QCOMPARE(row->input, input);
        QCOMPARE(row->baseUrl, QStringLiteral("https://api.replicate.com/v1"));

        const api::Prediction created = predictionFrom(
            "{\"id\":\"abcdefghijklmnopqrstuvwxyz\",\"model\":\"andreasjansson/stable-diffusion-animation\",\"version\":\"ca1f5e\","
                "\"input\":{\"prompt_start\":\"a cat\",\"prompt_end\":\"a dog\",\"width\":256},\"status\":\"starting\",\"logs\":\"\","
                "\"error\":null,\"created_at\":\"2026-03-01T10:00:00.123456Z\","
                "\"urls\":{\"get\":\"https://api.replicate.com/v1/predictions/abcdefghijklmnopqrstuvwxyz\","
                "\"cancel\":\"https://api.replicate.com/v1/predictions/abcdefghijklmnopqrstuvwxyz/cancel\","
                "\"web\":\"https://replicate.com/p/abcdefghijklmnopqrstuvwxyz\"}}");
        job.setPrediction(created);
        emit job.created(created);
        history.waitForIdle();
        row = direct.get(QStringLiteral("abcdefghijklmnopqrstuvwxyz"));
        QVERIFY(row);
        QCOMPARE(row->localId, key);
        QCOMPARE(row->status, QStringLiteral("starting"));
        QCOMPARE(row->webUrl, QStringLiteral("https://replicate.com/p/abcdefghijklmnopqrstuvwxyz"));

        const api::Prediction running = predictionFrom(
            "{\"id\":\"abcdefghijklmnopqrstuvwxyz\",\"status\":\"processing\",\"logs\":\"Using seed: 7\\nGenerating frame 0 of keyframe 0\\n\","
                "\"started_at\":\"2026-03-01T10:00:05Z\",\"output\":[\"https://replicate.delivery/pbxt/a/output-0.png\"]}");
        job.setPrediction(running);
        emit job.updated(running);
        const QString file = dir.filePath(QStringLiteral("output-0.png"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("png");
        f.close();
        emit job.outputSaved(0, file);
        history.waitForIdle();
        row = direct.get(key);
        QCOMPARE(row->status, QStringLiteral("processing"));
        QVERIFY(row->logs.contains(QLatin1String("Using seed: 7")));
        QCOMPARE(row->outputs.size(), 1);
        QCOMPARE(row->outputs.first().url, QStringLiteral("https://replicate.delivery/pbxt/a/output-0.png"));
        const auto sidecar = Sidecar::read(file);
        QVERIFY(sidecar);
        QCOMPARE(sidecar->predictionId, QStringLiteral("abcdefghijklmnopqrstuvwxyz"));
        QCOMPARE(sidecar->input, input);

        const api::Prediction done = predictionFrom(
            "{\"id\":\"abcdefghijklmnopqrstuvwxyz\",\"status\":\"succeeded\",\"logs\":\"Using seed: 7\\nSaving GIF\\n\","
                "\"started_at\":\"2026-03-01T10:00:05Z\",\"completed_at\":\"2026-03-01T10:01:05Z\","
                "\"metrics\":{\"predict_time\":60.0,\"total_time\":65.2},"
                "\"output\":[\"https://replicate.delivery/pbxt/a/output-0.png\",\"https://replicate.delivery/pbxt/a/video.gif\"]}");
        job.setPrediction(done);
        emit job.finished(done);
        history.waitForIdle();
        row = direct.get(key);
        QCOMPARE(row->status, QStringLiteral("succeeded"));
        QCOMPARE(row->predictTime, 60.0);
        QCOMPARE(row->metrics.value("total_time").toDouble(), 65.2);
        QVERIFY(qAbs(row->costUsd - 60.0 * settings::AppSettings::DefaultPricePerSecondUsd) < 1e-9);
        QCOMPARE(row->outputUrls.size(), 2);
        QCOMPARE(direct.count({}), 1);
    }

    void recorderDropsRefusedCreatesAndKeepsUncertainOnes()
    {
        QTemporaryDir dir;
        AsyncHistoryStore history(dbPath(dir));
        HistoryRecorder recorder(&history);
        ScriptedJob refused(QJsonObject{{"prompt_start", "x"}});
        ScriptedJob lost(QJsonObject{{"prompt_start", "y"}, {"prompt_end", "z"}});
        const auto backend = BackendIdentity::of(api::Backend::Kind::OfflineEmulator, QUrl("http://127.0.0.1:9/v1"), true);
        const QString k1 = recorder.track(&refused, backend);
        const QString k2 = recorder.track(&lost, backend);
        emit refused.createFailed(api::ApiError::fromResponse(422, "{\"title\":\"Input validation failed\",\"status\":422}"));
        api::ApiError network;
        network.networkError = QStringLiteral("Connection reset");
        emit lost.createFailed(network);
        history.waitForIdle();
        HistoryStore direct(dbPath(dir));
        QVERIFY2(direct.open(), qPrintable(direct.lastError()));
        QVERIFY(!direct.contains(k1));
        QCOMPARE(direct.get(k2)->status, QStringLiteral("interrupted"));
        QVERIFY(!direct.get(k2)->resumable);
    }

    void resumeMarksWhatCanNeverBeFollowed()
    {
        QTemporaryDir dir;
        AsyncHistoryStore history(dbPath(dir));
        HistoryRecorder recorder(&history);
        auto add = [&](int i, const QString &status, bool resumable, const QString &baseUrl, bool withId,
                       int ageSeconds) -> QString {
            HistoryRecord r = makeRecord(i, status);
            if (!withId) {
                r.id.clear();
                r.localId = QStringLiteral("local-%1").arg(i);
            }
            r.resumable = resumable;
            r.baseUrl = baseUrl;
            r.createdAt = QDateTime::currentDateTimeUtc().addSecs(-ageSeconds);
            const bool ok = history.write(r.key(), [r](HistoryStore &s) mutable { return s.insert(r); }).result();
            return ok ? r.key() : QString();
        };
        const QString inProcess = add(1, QStringLiteral("processing"), false, QStringLiteral("http://127.0.0.1:1/v1"), true, 5);
        const QString staleCreate = add(2, QStringLiteral("creating"), true, QStringLiteral("https://api.replicate.com/v1"), false, 3600);
        const QString freshCreate = add(3, QStringLiteral("creating"), true, QStringLiteral("https://api.replicate.com/v1"), false, 5);
        const QString otherServer = add(4, QStringLiteral("starting"), true, QStringLiteral("http://127.0.0.1:2/v1"), true, 5);
        const QString done = add(5, QStringLiteral("succeeded"), true, QStringLiteral("https://api.replicate.com/v1"), true, 5);
        QVERIFY(!inProcess.isEmpty() && !staleCreate.isEmpty() && !freshCreate.isEmpty() && !otherServer.isEmpty() && !done.isEmpty());

        ResumeManager resume(&history, &recorder, nullptr,
                             BackendIdentity{QStringLiteral("cloud"), QStringLiteral("https://api.replicate.com/v1"), true});
        QSignalSpy finished(&resume, &ResumeManager::allFinished);
        QSignalSpy interrupted(&resume, &ResumeManager::markedInterrupted);
        resume.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toInt(), 0);
        history.waitForIdle();
        QCOMPARE(interrupted.size(), 2);
        QCOMPARE(history.get(inProcess).result()->status, QStringLiteral("interrupted"));
        QVERIFY(history.get(inProcess).result()->error.contains(QLatin1String("offline emulator")));
        QCOMPARE(history.get(staleCreate).result()->status, QStringLiteral("interrupted"));
        QCOMPARE(history.get(freshCreate).result()->status, QStringLiteral("creating"));   // maybe another process
        QCOMPARE(history.get(otherServer).result()->status, QStringLiteral("starting"));   // for when it is used again
        QCOMPARE(history.get(done).result()->status, QStringLiteral("succeeded"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_history_store.moc"
