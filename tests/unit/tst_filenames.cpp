#include "api/FileNameSanitizer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim::api;

class TestFileNames : public QObject
{
    Q_OBJECT
private slots:
    void sanitize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "video.gif" << "video.gif";
        QTest::newRow("traversal") << "../../etc/passwd" << "passwd";
        QTest::newRow("windows traversal") << "..\\..\\Windows\\system.ini" << "system.ini";
        QTest::newRow("dot dot") << ".." << "output";
        QTest::newRow("dot") << "." << "output";
        QTest::newRow("empty") << "" << "output";
        QTest::newRow("only slashes") << "///" << "output";
        QTest::newRow("trailing slash") << "dir/" << "output";
        QTest::newRow("hidden") << ".bashrc" << "bashrc";
        QTest::newRow("many leading dots") << "...profile" << "profile";
        QTest::newRow("trailing dots and spaces") << "name.gif. . " << "name.gif";
        QTest::newRow("CON") << "CON" << "_CON";
        QTest::newRow("con with extension") << "con.gif" << "_con.gif";
        QTest::newRow("COM1") << "COM1.txt" << "_COM1.txt";
        QTest::newRow("lpt9") << "lpt9" << "_lpt9";
        QTest::newRow("COM is fine") << "COM.gif" << "COM.gif";
        QTest::newRow("CONSOLE is fine") << "CONSOLE.gif" << "CONSOLE.gif";
        QTest::newRow("windows reserved chars") << "a<b>c:d\"e|f?g*h.png" << "a_b_c_d_e_f_g_h.png";
        QTest::newRow("control chars") << QStringLiteral("out\nput\t\x01.png") << "out_put__.png";
        QTest::newRow("nul") << QString::fromUtf16(u"a\u0000b.png", 7) << "a_b.png";
        QTest::newRow("bidi override") << QStringLiteral("evil\u202Egnp.exe") << "evil_gnp.exe";
        QTest::newRow("unicode kept") << QStringLiteral("日本語-ñ-😀.gif") << QStringLiteral("日本語-ñ-😀.gif");
        QTest::newRow("decomposed to NFC") << QStringLiteral("cafe\u0301.gif") << QStringLiteral("caf\u00e9.gif");
        QTest::newRow("surrounding spaces") << "  output-0.png  " << "output-0.png";
        // Found by tests/fuzz/fuzz_filename: a Unicode space between dots kept a dot at either end.
        QTest::newRow("dot behind ideographic space") << QStringLiteral("x.\u3000.") << "x";
        QTest::newRow("dot after no-break space") << QStringLiteral(".\u00a0.name") << "name";
        // Found by tests/fuzz/fuzz_filename: the cut kept only replaced characters.
        QTest::newRow("only underscores after the cut") << QString(200, QLatin1Char('?')) + QStringLiteral("name") << "output";
        QTest::newRow("long device name keeps the limit")
            << QStringLiteral("CON...") + QString(100, QChar(0xFFFD))
            << QStringLiteral("_CON...") + QString(57, QChar(0xFFFD));
    }
    void sanitize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(FileNameSanitizer::sanitize(input), expected);
    }

    void fallbackIsUsedAndSanitised()
    {
        QCOMPARE(FileNameSanitizer::sanitize(QStringLiteral(".."), QStringLiteral("video.gif")), QStringLiteral("video.gif"));
        QCOMPARE(FileNameSanitizer::sanitize(QString(), QStringLiteral("../x/CON")), QStringLiteral("_CON"));
        QCOMPARE(FileNameSanitizer::sanitize(QString(), QStringLiteral("..")), QStringLiteral("output"));
    }

    void capsLengthKeepingExtension_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("ascii") << QString(1000, QLatin1Char('a')) + QStringLiteral(".gif") << ".gif";
        QTest::newRow("no extension") << QString(1000, QLatin1Char('b')) << "b";
        QTest::newRow("multibyte") << QString(400, QChar(0x65E5)) + QStringLiteral(".mp4") << ".mp4";
        QTest::newRow("emoji pairs") << QString(300, QChar(0xD83D)).replace(QString(QChar(0xD83D)), QStringLiteral("😀"))
                                            + QStringLiteral(".png")
                                     << ".png";
        QTest::newRow("absurd extension") << QStringLiteral("a.") + QString(500, QLatin1Char('x')) << "x";
        // Found by tests/fuzz/fuzz_filename: the cut landed after " ." and left a trailing space.
        QTest::newRow("cut before a dot") << QString(178, QLatin1Char('c')) + QStringLiteral(" .") + QString(300, QLatin1Char('d'))
                                          << "c";
    }
    void capsLengthKeepingExtension()
    {
        QFETCH(QString, input);
        QFETCH(QString, suffix);
        const QString name = FileNameSanitizer::sanitize(input);
        QVERIFY2(name.toUtf8().size() <= FileNameSanitizer::MaxBytes, qPrintable(QString::number(name.toUtf8().size())));
        QVERIFY(name.size() > 20);
        QVERIFY2(name.endsWith(suffix), qPrintable(name));
        for (qsizetype i = 0; i < name.size(); ++i)   // no surrogate was split
            if (name.at(i).isHighSurrogate()) QVERIFY(i + 1 < name.size() && name.at(++i).isLowSurrogate());
            else QVERIFY(!name.at(i).isLowSurrogate());
        // And the file system accepts it with the index prefix and QSaveFile's temporary suffix.
        QTemporaryDir dir;
        QFile f(QDir(dir.path()).filePath(FileNameSanitizer::indexedName(12345, name) + QStringLiteral(".XXXXXX")));
        QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(f.errorString()));
    }

    void namesFromUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("delivery") << "https://replicate.delivery/pbxt/abc123/video.gif" << "video.gif";
        QTest::newRow("query string") << "https://replicate.delivery/xezq/a/output.mp4?sig=abc&exp=1" << "output.mp4";
        QTest::newRow("fragment") << "https://x.replicate.delivery/a/output-3.png#frag" << "output-3.png";
        QTest::newRow("percent-encoded slash") << "https://h/a/..%2F..%2Fetc%2Fpasswd" << "passwd";
        QTest::newRow("percent-encoded space") << "http://localhost:8080/f/out%20put.gif" << "out put.gif";
        QTest::newRow("encoded dot dot") << "https://h/a/%2E%2E" << "output";
        QTest::newRow("no path") << "https://replicate.delivery" << "output";
        QTest::newRow("unicode") << QStringLiteral("https://h/p/%E6%97%A5%E6%9C%AC.gif") << QStringLiteral("日本.gif");
        QTest::newRow("data gif") << "data:image/gif;base64,R0lGODlh" << "output.gif";
        QTest::newRow("data mp4") << "data:video/mp4;base64,AAAA" << "output.mp4";
        QTest::newRow("data png upper") << "DATA:IMAGE/PNG;base64,AAAA" << "output.png";
        QTest::newRow("data plain text") << "data:,hello" << "output.txt";
        QTest::newRow("data without base64") << "data:text/plain;charset=utf-8,hi%20there" << "output.txt";
        QTest::newRow("data unknown type") << "data:application/x-nonexistent-type;base64,AAAA" << "output.bin";
        QTest::newRow("data hostile type") << "data:../../etc/passwd;base64,AAAA" << "output.bin";
        QTest::newRow("bare relative path") << "../../etc/passwd?x=1" << "passwd";
    }
    void namesFromUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(FileNameSanitizer::nameFromUrl(url), expected);
    }

    void indexedNames()
    {
        QCOMPARE(FileNameSanitizer::indexedName(0, QStringLiteral("output-0.png")), QStringLiteral("0-output-0.png"));
        QCOMPARE(FileNameSanitizer::indexedName(3, QStringLiteral("../CON")), QStringLiteral("3-_CON"));
        QCOMPARE(FileNameSanitizer::indexedName(7, QString()), QStringLiteral("7-output"));
        QCOMPARE(FileNameSanitizer::indexedNameFromUrl(12, QStringLiteral("data:video/mp4;base64,AAAA")),
                 QStringLiteral("12-output.mp4"));
        QCOMPARE(FileNameSanitizer::indexedNameFromUrl(1, QStringLiteral("https://replicate.delivery/a/b/video.gif?x")),
                 QStringLiteral("1-video.gif"));
        // Repeated names from different segments stay distinct (spec §9.2).
        QVERIFY(FileNameSanitizer::indexedName(1, QStringLiteral("output-1.png"))
                != FileNameSanitizer::indexedName(10, QStringLiteral("output-1.png")));
    }
};

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_filenames.moc"
