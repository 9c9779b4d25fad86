#include "api/DataUri.h"

#include <QtTest>

using namespace sdanim::api;

class TestDataUri : public QObject
{
    Q_OBJECT
private slots:
    void decodes_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<bool>("base64");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("extension");

        const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("png base64") << QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64())
                                    << "image/png" << true << png << "png";
        QTest::newRow("gif upper-case scheme and keyword")
            << QStringLiteral("DATA:image/GIF;BASE64,R0lGODlh") << "image/gif" << true << QByteArray("GIF89a") << "gif";
        QTest::newRow("mp4 with parameter")
            << QStringLiteral("data:video/mp4;name=output.mp4;base64,AAAAIGZ0eXBpc29t") << "video/mp4" << true
            << QByteArray("\0\0\0 ftypisom", 12) << "mp4";
        QTest::newRow("base64 with line breaks")
            << QStringLiteral("data:image/gif;base64,R0lG\r\nODlh") << "image/gif" << true << QByteArray("GIF89a") << "gif";
        QTest::newRow("base64 without padding") << QStringLiteral("data:text/plain;base64,YWI") << "text/plain" << true
                                                << QByteArray("ab") << "txt";
        QTest::newRow("base64url alphabet") << QStringLiteral("data:application/octet-stream;base64,-_8")
                                            << "application/octet-stream" << true << QByteArray("\xfb\xff") << "bin";
        QTest::newRow("percent-encoded base64") << QStringLiteral("data:text/plain;base64,YW%2Bi")
                                                << "text/plain" << true << QByteArray::fromBase64("YW+i") << "txt";
        QTest::newRow("plain percent-encoded") << QStringLiteral("data:text/plain;charset=utf-8,Hello%2C%20World%21")
                                               << "text/plain" << false << QByteArray("Hello, World!") << "txt";
        QTest::newRow("plain utf-8 percent") << QStringLiteral("data:text/plain;charset=UTF-8,caf%C3%A9")
                                             << "text/plain" << false << QByteArray("caf\xc3\xa9") << "txt";
        QTest::newRow("plain raw unicode") << QStringLiteral("data:text/plain,café") << "text/plain" << false
                                           << QByteArray("caf\xc3\xa9") << "txt";
        QTest::newRow("default media type") << QStringLiteral("data:,A%20brief%20note") << "text/plain" << false
                                            << QByteArray("A brief note") << "txt";
        QTest::newRow("only base64 keyword") << QStringLiteral("data:;base64,SGk=") << "text/plain" << true
                                             << QByteArray("Hi") << "txt";
        QTest::newRow("empty payload") << QStringLiteral("data:image/png;base64,") << "image/png" << true
                                       << QByteArray() << "png";
        QTest::newRow("json") << QStringLiteral("data:application/json,%7B%22a%22%3A1%7D") << "application/json"
                              << false << QByteArray("{\"a\":1}") << "json";
        QTest::newRow("comma inside payload") << QStringLiteral("data:text/csv,a,b,c") << "text/csv" << false
                                              << QByteArray("a,b,c") << "csv";
    }
    void decodes()
    {
        QFETCH(QString, uri);
        QFETCH(QString, mime);
        QFETCH(bool, base64);
        QFETCH(QByteArray, data);
        QFETCH(QString, extension);
        QVERIFY(DataUri::isDataUri(uri));
        QString error;
        const auto parsed = DataUri::parse(uri, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->mimeType(), mime);
        QCOMPARE(parsed->isBase64(), base64);
        QCOMPARE(parsed->data(), data);
        QCOMPARE(parsed->suggestedExtension(), extension);
    }

    void keepsCharset()
    {
        const auto parsed = DataUri::parse(QStringLiteral("data:text/plain;charset=utf-8,x"));
        QVERIFY(parsed);
        QCOMPARE(parsed->charset(), QStringLiteral("utf-8"));
        QCOMPARE(DataUri::parse(QStringLiteral("data:,x"))->charset(), QStringLiteral("US-ASCII"));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("https url") << "https://replicate.delivery/pbxt/a/out-0.png" << "Not a data: URI.";
        QTest::newRow("empty") << "" << "Not a data: URI.";
        QTest::newRow("no comma") << "data:image/png;base64" << "no comma";
        QTest::newRow("corrupt base64") << "data:image/png;base64,@@@not*base64" << "corrupt";
        QTest::newRow("bad padding") << "data:image/png;base64,YQ=x" << "corrupt";
        QTest::newRow("path in mime type") << "data:image/../../etc;base64,AAAA" << "invalid media type";
        QTest::newRow("mime without subtype") << "data:image;base64,AAAA" << "invalid media type";
    }
    void rejects()
    {
        QFETCH(QString, uri);
        QFETCH(QString, expectedError);
        QString error;
        QVERIFY(!DataUri::parse(uri, &error));
        QVERIFY2(error.contains(expectedError), qPrintable(error));
    }

    void extensionsForMimeTypes_data()
    {
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("extension");
        QTest::newRow("gif") << "image/gif" << "gif";
        QTest::newRow("png") << "image/png" << "png";
        QTest::newRow("jpeg") << "image/jpeg" << "jpg";
        QTest::newRow("mp4") << "video/mp4" << "mp4";
        QTest::newRow("case and params") << "Video/MP4; codecs=avc1" << "mp4";
        QTest::newRow("webm") << "video/webm" << "webm";
        QTest::newRow("unknown") << "application/x-sdanim-nonexistent" << "bin";
        QTest::newRow("garbage") << "../../x" << "bin";
    }
    void extensionsForMimeTypes()
    {
        QFETCH(QString, mime);
        QFETCH(QString, extension);
        QCOMPARE(DataUri::extensionForMimeType(mime), extension);
    }

    void decodesLargePayload()
    {
        QByteArray big(6 * 1024 * 1024, '\0');
        for (int i = 0; i < big.size(); ++i) big[i] = char(i * 7 + (i >> 9));
        const auto parsed = DataUri::parse(QByteArray("data:video/mp4;base64,") + big.toBase64());
        QVERIFY(parsed);
        QCOMPARE(parsed->data().size(), big.size());
        QVERIFY(parsed->data() == big);
    }
};

QTEST_GUILESS_MAIN(TestDataUri)
#include "tst_datauri.moc"
