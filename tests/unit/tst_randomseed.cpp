// The seeds the app draws for a run left on "random": the full non-negative 31-bit range
// (0 … 2^31 − 1), not the model's own 0 … 65535 for an omitted seed, so a user's runs rarely share
// one. With 400 draws, all of them ≤ 65535 by chance has probability 2^-6000: the checks below
// cannot fail for a correct implementation and cannot pass for the old one.
#include "session/InputModel.h"
#include "session/RandomSeed.h"

#include <QSet>
#include <QtTest>

using namespace sdanim;

class TestRandomSeed : public QObject
{
    Q_OBJECT

    static void verifyRange(const QList<qint64> &seeds)
    {
        qint64 highest = 0;
        for (qint64 s : seeds) {
            QVERIFY(s >= 0);
            QVERIFY(s <= session::RandomSeed::Max);
            highest = std::max(highest, s);
        }
        QVERIFY2(highest > 65535, qPrintable(QString::number(highest)));
        QVERIFY(QSet<qint64>(seeds.cbegin(), seeds.cend()).size() > seeds.size() * 9 / 10);
    }

private slots:
    void drawSpansThirtyOneBits()
    {
        QCOMPARE(session::RandomSeed::Max, qint64(2147483647));
        QList<qint64> seeds;
        for (int i = 0; i < 400; ++i) seeds << session::RandomSeed::draw();
        verifyRange(seeds);
    }

    void formDrawsFromTheFullRange()
    {
        session::InputModel model;
        QList<qint64> random, unlocked, locking;
        for (int i = 0; i < 400; ++i) {
            model.drawRandomSeed();
            random << qint64(model.value(QStringLiteral("seed")).toDouble());
        }
        model.setSeedLocked(false);
        for (int i = 0; i < 400; ++i)
            unlocked << qint64(model.prepareRunInput().value(QLatin1String("seed")).toDouble());
        for (int i = 0; i < 400; ++i) {
            model.setSeedLocked(false);
            model.setValue(QStringLiteral("seed"), QJsonValue());
            model.setSeedLocked(true);   // locking "random" keeps a concrete seed
            locking << qint64(model.value(QStringLiteral("seed")).toDouble());
        }
        verifyRange(random);
        verifyRange(unlocked);
        verifyRange(locking);
    }
};

QTEST_MAIN(TestRandomSeed)
#include "tst_randomseed.moc"
