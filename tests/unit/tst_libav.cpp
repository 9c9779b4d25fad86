#include "media/LibAv.h"

#include <QFile>
#include <QTest>

using sdanim::media::LibAv;

namespace {

// Whether a library whose file name starts with `prefix` is mapped into this process.
bool mapped(const QByteArray &prefix)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly)) return false;
    for (const QByteArray &line : maps.readAll().split('\n'))
        if (line.contains("/" + prefix)) return true;
    return false;
}

} // namespace

// FFmpeg is dlopened on first use (media::LibAv) so that starting the app does not pay for its
// dependency tree; these tests load it, use it, and point private loaders at what is not there.
class TestLibAv : public QObject
{
    Q_OBJECT
private slots:
    // First, before anything loads it: the core library (which this test links) does not link
    // libav, or the dynamic loader would be back to loading its ~120 libraries at every exec.
    void notLinked()
    {
        QVERIFY(!mapped("libavcodec.so"));
        QVERIFY(!mapped("libavformat.so"));
        QVERIFY(!mapped("libavutil.so"));
    }

    void buildSonamesMatchTheHeaders()
    {
        const LibAv::Libraries libraries = LibAv::Libraries::build();
        QCOMPARE(libraries.avutil, QStringLiteral("libavutil.so.%1").arg(LIBAVUTIL_VERSION_MAJOR));
        QCOMPARE(libraries.swscale, QStringLiteral("libswscale.so.%1").arg(LIBSWSCALE_VERSION_MAJOR));
        QCOMPARE(libraries.avcodec, QStringLiteral("libavcodec.so.%1").arg(LIBAVCODEC_VERSION_MAJOR));
        QCOMPARE(libraries.avformat, QStringLiteral("libavformat.so.%1").arg(LIBAVFORMAT_VERSION_MAJOR));
        QCOMPARE(libraries.avfilter, QStringLiteral("libavfilter.so.%1").arg(LIBAVFILTER_VERSION_MAJOR));
    }

    void systemLoadsAndResolvesEveryFunction()
    {
        QString error;
        const LibAv *av = LibAv::system(&error);
        QVERIFY2(av, qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY(mapped("libavcodec.so"));
#define SDANIM_CHECK_RESOLVED(library, name) QVERIFY2(av->name, #name);
        SDANIM_LIBAV_FUNCTIONS(SDANIM_CHECK_RESOLVED)
#undef SDANIM_CHECK_RESOLVED
        QCOMPARE(int(AV_VERSION_MAJOR(av->avcodec_version())), LIBAVCODEC_VERSION_MAJOR);
        // Callable: an encoder and a filter the exports use, and a frame round trip.
        QVERIFY(av->avcodec_find_encoder_by_name("gif"));
        QVERIFY(av->avfilter_get_by_name("buffersink"));
        AVFrame *frame = av->av_frame_alloc();
        QVERIFY(frame);
        av->av_frame_free(&frame);
        QVERIFY(!frame);
        // The same table every time.
        QCOMPARE(LibAv::system(), av);
    }

    void missingLibraryIsNamed()
    {
        LibAv::Libraries libraries = LibAv::Libraries::build();
        libraries.avcodec = QStringLiteral("/nonexistent/libavcodec.so.%1").arg(LIBAVCODEC_VERSION_MAJOR);
        QString error;
        QVERIFY(!LibAv::load(libraries, &error));
        QVERIFY2(error.contains(libraries.avcodec), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("cannot be loaded")), qPrintable(error));

        libraries = LibAv::Libraries::build();
        libraries.swscale = QStringLiteral("libsdanim-no-such-library.so.1");
        QVERIFY(!LibAv::load(libraries, &error));
        QVERIFY2(error.contains(QStringLiteral("libsdanim-no-such-library.so.1")), qPrintable(error));

        // A private loader's failure leaves the process's table alone.
        QString systemError;
        QVERIFY2(LibAv::system(&systemError), qPrintable(systemError));
    }

    void missingFunctionIsNamed()
    {
        // libavutil in libavfilter's place: it loads, but has none of libavfilter's functions
        // (avfilter_version is the first the table looks up there).
        LibAv::Libraries libraries = LibAv::Libraries::build();
        libraries.avfilter = libraries.avutil;
        QString error;
        QVERIFY(!LibAv::load(libraries, &error));
        QVERIFY2(error.contains(QStringLiteral("avfilter_version")), qPrintable(error));
        QVERIFY2(error.contains(libraries.avutil), qPrintable(error));
    }

    void privateLoaderWorks()
    {
        QString error;
        const std::unique_ptr<const LibAv> av = LibAv::load(LibAv::Libraries::build(), &error);
        QVERIFY2(av, qPrintable(error));
        QCOMPARE(av->avformat_version(), LibAv::system()->avformat_version());
    }
};

QTEST_GUILESS_MAIN(TestLibAv)
#include "tst_libav.moc"
