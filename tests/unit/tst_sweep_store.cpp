#include "store/HistoryMigrations.h"
#include "store/HistoryStore.h"
#include "store/SweepStore.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;
using namespace sdanim::store;

namespace {

HistoryRecord record(const QString &id, int seed, qint64 createdMs)
{
    HistoryRecord r;
    r.id = id;
    r.backend = QStringLiteral("emulator");
    r.source = QStringLiteral("api");
    r.status = QStringLiteral("succeeded");
    r.input = QJsonObject{{"prompt_start", "a"}, {"prompt_end", "b"}, {"seed", seed}};
    r.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
    r.outputs << OutputFile{0, QStringLiteral("/tmp/%1.gif").arg(id), QString()};
    return r;
}

} // namespace

class TestSweepStore : public QObject
{
    Q_OBJECT
private slots:
    void aSweepComesBackWithItsCells()
    {
        QTemporaryDir dir;
        HistoryStore history(dir.filePath("h.sqlite"));
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QCOMPARE(history.schemaVersion(), HistoryMigrations::latestVersion());
        SweepStore sweeps(history);
        const QJsonObject spec{{"columns", QJsonObject{{"name", "seed"}, {"values", QJsonArray{1, 2}}}}};
        const QJsonObject base{{"prompt_start", "a"}, {"prompt_end", "b"}};
        const QDateTime created = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        const qint64 id = sweeps.create(spec, base, 1, 2, created);
        QVERIFY2(id > 0, qPrintable(sweeps.lastError()));

        HistoryRecord first = record("p1", 1, 1000), second = record("p2", 2, 2000), other = record("p3", 3, 3000);
        QVERIFY(history.insert(first) && history.insert(second) && history.insert(other));
        // Linked by the server id or the local id, whichever the row has.
        QVERIFY2(sweeps.link(id, "p2", 0, 1), qPrintable(sweeps.lastError()));
        QVERIFY(sweeps.link(id, "p1", 0, 0));
        QVERIFY(!sweeps.link(id, "no-such-prediction", 0, 0));
        QVERIFY(sweeps.lastError().contains("no-such-prediction"));

        auto got = sweeps.get(id);
        QVERIFY2(got, qPrintable(sweeps.lastError()));
        QCOMPARE(got->id, id);
        QCOMPARE(got->createdAt, created);
        QCOMPARE(got->spec, spec);
        QCOMPARE(got->baseInput, base);
        QCOMPARE(got->rows, 1);
        QCOMPARE(got->columns, 2);
        QCOMPARE(got->cells.size(), 2);
        QCOMPARE(got->cells.at(0).column, 0);
        QCOMPARE(got->cells.at(0).record.id, QStringLiteral("p1"));
        QCOMPARE(got->cells.at(0).record.outputs.size(), 1);
        QCOMPARE(got->cells.at(1).record.id, QStringLiteral("p2"));
        QCOMPARE(got->cells.at(1).record.input.value("seed").toInt(), 2);

        const auto member = sweeps.membership("p2");
        QVERIFY(member);
        QCOMPARE(member->sweepId, id);
        QCOMPARE(member->column, 1);
        QVERIFY(!sweeps.membership("p3"));

        // A cell run again shows its newest prediction.
        QVERIFY(sweeps.link(id, "p3", 0, 1));
        got = sweeps.get(id);
        QCOMPARE(got->cells.size(), 2);
        QCOMPARE(got->cells.at(1).record.id, QStringLiteral("p3"));
        // Soft-deleted predictions leave their cell to the one before; erased ones drop their link.
        QVERIFY(history.remove("p3"));
        QCOMPARE(sweeps.get(id)->cells.at(1).record.id, QStringLiteral("p2"));
        QVERIFY(history.erase("p3"));
        QVERIFY(history.restore("p2"));
        QVERIFY(history.erase("p1"));
        got = sweeps.get(id);
        QCOMPARE(got->cells.size(), 1);
        QCOMPARE(got->cells.first().record.id, QStringLiteral("p2"));
        QSqlQuery q(history.database());
        QVERIFY(q.exec("SELECT count(*) FROM sweep_cells") && q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        QVERIFY(!sweeps.get(id + 100));
        const qint64 newer = sweeps.create(spec, base, 1, 2, created.addSecs(60));
        const QList<SweepRecord> listed = sweeps.list();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.first().id, newer);
        QCOMPARE(sweeps.list(1).size(), 1);
    }

    // Schema 6: a cell's star (the compare grid) belongs to its prediction; a cell run again starts
    // unstarred, and a prediction outside every sweep cannot be starred.
    void starsStayWithTheirCell()
    {
        QTemporaryDir dir;
        HistoryStore history(dir.filePath("h.sqlite"));
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        SweepStore sweeps(history);
        const qint64 id = sweeps.create(QJsonObject{{"columns", QJsonObject{{"name", "seed"}}}}, QJsonObject{}, 1, 2);
        QVERIFY(id > 0);
        HistoryRecord s1 = record("s1", 1, 1000), s2 = record("s2", 2, 2000), s3 = record("s3", 3, 3000), loose = record("loose", 4, 4000);
        QVERIFY(history.insert(s1) && history.insert(s2) && history.insert(s3) && history.insert(loose));
        QVERIFY(sweeps.link(id, "s1", 0, 0) && sweeps.link(id, "s2", 0, 1));
        QVERIFY(!sweeps.get(id)->cells.at(1).starred);

        QVERIFY2(sweeps.setStarred("s2", true), qPrintable(sweeps.lastError()));
        auto got = sweeps.get(id);
        QVERIFY(!got->cells.at(0).starred);
        QVERIFY(got->cells.at(1).starred);
        QVERIFY(sweeps.setStarred("s2", false));
        QVERIFY(!sweeps.get(id)->cells.at(1).starred);

        QVERIFY(sweeps.setStarred("s2", true));
        QVERIFY(sweeps.link(id, "s3", 0, 1));   // run again
        got = sweeps.get(id);
        QCOMPARE(got->cells.at(1).record.id, QStringLiteral("s3"));
        QVERIFY(!got->cells.at(1).starred);

        QVERIFY(!sweeps.setStarred("loose", true));
        QVERIFY(sweeps.lastError().contains("loose"));
    }

    void linksJoinTheCallersTransaction()
    {
        QTemporaryDir dir;
        HistoryStore history(dir.filePath("h.sqlite"));
        QVERIFY(history.open());
        SweepStore sweeps(history);
        HistoryRecord r = record("p1", 1, 1000);
        QVERIFY(history.insert(r));
        qint64 id = 0;
        // Rolled back as a whole: neither the sweep nor the link stays.
        QVERIFY(!history.transaction([&] {
            id = sweeps.create({}, {}, 1, 1);
            return id > 0 && sweeps.link(id, "p1", 0, 0) && false;
        }));
        QVERIFY(id > 0);
        QVERIFY(!sweeps.get(id));
        QVERIFY(sweeps.list().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSweepStore)
#include "tst_sweep_store.moc"
