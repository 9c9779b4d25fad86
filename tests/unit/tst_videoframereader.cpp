#include "emulator/render/Mp4Encoder.h"
#include "media/VideoFrameReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using sdanim::media::VideoFrameReader;

// The history's thumbnail of an MP4 run that saved no intermediate frame is the video's first
// frame, decoded from an MP4 the emulator's encoder wrote.
class TestVideoFrameReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_mp4 = m_dir.filePath(QStringLiteral("video.mp4"));
        sdanim::emulator::Mp4Encoder encoder;
        QVERIFY2(encoder.open(m_mp4, 256, 128, 10), qPrintable(encoder.errorString()));
        // The first frame is orange, every later one blue: the thumbnail must be the first.
        for (int i = 0; i < 12; ++i) {
            QImage frame(256, 128, QImage::Format_RGB32);
            frame.fill(i == 0 ? QColor(230, 120, 20) : QColor(20, 40, 220));
            QVERIFY2(encoder.addFrame(frame), qPrintable(encoder.errorString()));
        }
        QVERIFY2(encoder.finish(), qPrintable(encoder.errorString()));
    }

    void firstFrameScaledToTheBound()
    {
        QString error;
        const QImage image = VideoFrameReader::firstFrame(m_mp4, QSize(96, 96), &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QCOMPARE(image.size(), QSize(96, 48));  // 2:1 kept, fits the bound
        const QColor centre = image.pixelColor(48, 24);
        QVERIFY2(qAbs(centre.red() - 230) < 24 && qAbs(centre.green() - 120) < 24 && qAbs(centre.blue() - 20) < 24,
                 qPrintable(centre.name()));
    }

    void fullSizeWithoutABound()
    {
        const QImage image = VideoFrameReader::firstFrame(m_mp4);
        QCOMPARE(image.size(), QSize(256, 128));
    }

    void brokenFilesFailWithAReason()
    {
        const QString zeros = m_dir.filePath(QStringLiteral("zeros.mp4"));
        QFile file(zeros);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(1000, '\0'));
        file.close();
        QString error;
        QVERIFY(VideoFrameReader::firstFrame(zeros, QSize(64, 64), &error).isNull());
        QVERIFY2(error.contains(QStringLiteral("zeros.mp4")), qPrintable(error));

        // Cut in the middle, as a download stopped half-way: no crash, no picture or a picture.
        QFile whole(m_mp4);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QString cut = m_dir.filePath(QStringLiteral("cut.mp4"));
        QFile half(cut);
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write(whole.read(whole.size() / 3));
        half.close();
        error.clear();
        const QImage image = VideoFrameReader::firstFrame(cut, QSize(64, 64), &error);
        QVERIFY(image.isNull() ? !error.isEmpty() : image.width() == 64);

        error.clear();
        QVERIFY(VideoFrameReader::firstFrame(m_dir.filePath(QStringLiteral("missing.mp4")), {}, &error).isNull());
        QVERIFY(!error.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_mp4;
};

QTEST_GUILESS_MAIN(TestVideoFrameReader)
#include "tst_videoframereader.moc"
