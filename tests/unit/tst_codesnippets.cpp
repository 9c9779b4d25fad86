#include "export/CodeSnippets.h"
#include "schema/ModelSchema.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace sdanim::exports;

class TestCodeSnippets : public QObject
{
    Q_OBJECT

    static constexpr const char *Token = "r8_SeCrEtT0kEnValue1234567890abcdefXYZ";

    SnippetTarget cloudTarget() const
    {
        SnippetTarget t;
        t.baseUrl = QUrl(QStringLiteral("https://api.replicate.com/v1"));
        t.model = QStringLiteral("andreasjansson/stable-diffusion-animation");
        t.version = sdanim::schema::ModelSchema::pinnedVersionId();
        t.input = QJsonObject{{QStringLiteral("prompt_start"), QStringLiteral("a cat's \"hat\"")},
                              {QStringLiteral("prompt_end"), QStringLiteral("a dog | a bird")},
                              {QStringLiteral("gif_ping_pong"), true},
                              {QStringLiteral("film_interpolation"), false},
                              {QStringLiteral("guidance_scale"), 7.5},
                              {QStringLiteral("seed"), 42}};
        t.tokenToMask = QString::fromLatin1(Token);
        return t;
    }

    void assertNoTokenTrace(const QString &snippet)
    {
        const QString token = QString::fromLatin1(Token);
        QVERIFY2(!snippet.contains(token), qPrintable(snippet));
        // Not even a recognisable piece of it.
        QVERIFY2(!snippet.contains(token.mid(3, 12)), qPrintable(snippet));
        QVERIFY2(!snippet.contains(token.right(10)), qPrintable(snippet));
    }

private slots:
    void tokenNeverAppears_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<bool>("cog");
        for (int cog = 0; cog < 2; ++cog) {
            QTest::addRow("curl/%d", cog) << 0 << bool(cog);
            QTest::addRow("python/%d", cog) << 1 << bool(cog);
            QTest::addRow("node/%d", cog) << 2 << bool(cog);
        }
    }

    void tokenNeverAppears()
    {
        QFETCH(int, which);
        QFETCH(bool, cog);
        SnippetTarget t = cloudTarget();
        if (cog) {
            t.api = SnippetTarget::Api::Cog;
            t.baseUrl = QUrl(QStringLiteral("http://localhost:5000"));
        }
        // The token pasted into a prompt by mistake must be scrubbed too.
        t.input.insert(QStringLiteral("prompt_start"), QStringLiteral("oops ") + QString::fromLatin1(Token));
        const QString s = which == 0 ? CodeSnippets::curl(t) : which == 1 ? CodeSnippets::python(t) : CodeSnippets::node(t);
        assertNoTokenTrace(s);
        QVERIFY(s.contains(CodeSnippets::maskedToken()));
        if (!cog && which != 1)
            QVERIFY(s.contains(QStringLiteral("REPLICATE_API_TOKEN")));
    }

    void curlBodyIsTheInput()
    {
        const SnippetTarget t = cloudTarget();
        const QString s = CodeSnippets::curl(t);
        QVERIFY(s.contains(QStringLiteral("'https://api.replicate.com/v1/predictions'")));
        QVERIFY(s.contains(QStringLiteral("Authorization: Bearer $REPLICATE_API_TOKEN")));
        const int start = s.indexOf(QStringLiteral("-d '")) + 4;
        QVERIFY(start > 4);
        QString body = s.mid(start, s.lastIndexOf(QLatin1Char('\'')) - start);
        body.replace(QStringLiteral("'\\''"), QStringLiteral("'"));  // undo the shell quoting
        QJsonParseError err;
        const QJsonObject parsed = QJsonDocument::fromJson(body.toUtf8(), &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(parsed.value(QStringLiteral("version")).toString(), t.version);
        QCOMPARE(parsed.value(QStringLiteral("input")).toObject(), t.input);
    }

    void pythonUsesPythonLiterals()
    {
        const QString s = CodeSnippets::python(cloudTarget());
        QVERIFY(s.contains(QStringLiteral("import replicate")));
        QVERIFY(s.contains(QStringLiteral("\"andreasjansson/stable-diffusion-animation:") + sdanim::schema::ModelSchema::pinnedVersionId()));
        QVERIFY(s.contains(QStringLiteral("\"gif_ping_pong\": True")));
        QVERIFY(s.contains(QStringLiteral("\"film_interpolation\": False")));
        QVERIFY(s.contains(QStringLiteral("\"seed\": 42")));
        QVERIFY(s.contains(QStringLiteral("\"prompt_start\": \"a cat's \\\"hat\\\"\"")));
        QVERIFY(!s.contains(QStringLiteral("true")));
    }

    void nodeUsesEnvironmentToken()
    {
        const QString s = CodeSnippets::node(cloudTarget());
        QVERIFY(s.contains(QStringLiteral("auth: process.env.REPLICATE_API_TOKEN")));
        QVERIFY(s.contains(QStringLiteral("\"gif_ping_pong\": true")));
    }

    void cogSnippetsTargetTheContainer()
    {
        SnippetTarget t = cloudTarget();
        t.api = SnippetTarget::Api::Cog;
        t.baseUrl = QUrl(QStringLiteral("http://localhost:5000/"));
        const QString c = CodeSnippets::curl(t);
        QVERIFY(c.contains(QStringLiteral("'http://localhost:5000/predictions'")));
        QVERIFY(!c.contains(QStringLiteral("Authorization")));
        QVERIFY(CodeSnippets::python(t).contains(QStringLiteral("requests.post(")));
        QVERIFY(CodeSnippets::node(t).contains(QStringLiteral("fetch(\"http://localhost:5000/predictions\"")));
    }
};

QTEST_GUILESS_MAIN(TestCodeSnippets)
#include "tst_codesnippets.moc"
