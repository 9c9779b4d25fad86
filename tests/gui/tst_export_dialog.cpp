// The local re-export dialog (issue 12) from the preview's Export… button and the history's
// context menu: a preview of interpolated frames, an export that ends as a derived history entry,
// and a cancel that leaves nothing. SDANIM_SCREENSHOT_DIR=dir saves the dialog as export-dialog.png.

#include "support/GuiApp.h"
#include "support/VideoProbe.h"

#include "export/AnimationWriter.h"
#include "settings/TranslationLoader.h"
#include "export/DerivedOutput.h"
#include "store/HistoryStore.h"
#include "store/Sidecar.h"
#include "ui/ExportDialog.h"
#include "ui/HistoryItemDelegate.h"
#include "ui/HistoryListModel.h"
#include "ui/HistorySidebar.h"
#include "ui/PreviewPane.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace sdanim;

namespace {

constexpr int Frames = 12;

bool writeAnimation(const QString &path, exports::ExportFormat format, int frames, QSize size)
{
    exports::AnimationWriter writer;
    if (!writer.open(path, {format, size, 20, 0})) return false;
    for (int i = 0; i < frames; ++i) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((200 + i * 5) % 360, 120, 90));
        QPainter p(&image);
        p.setBrush(QColor::fromHsv(40, 220, 250));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(size.width() * (0.2 + 0.6 * i / frames), size.height() / 2.0), size.height() / 5.0, size.height() / 5.0);
        p.end();
        if (!writer.addFrame(image)) return false;
    }
    return writer.finish();
}

template<typename T>
int comboIndex(QComboBox *box, T value)
{
    return box->findData(int(value));
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_root;
    QString m_gif;
    const QString m_sourceId = QStringLiteral("p-export-source");

    static ui::ExportDialog *openFromPreview(testing::GuiApp &app, const QString &file)
    {
        auto *preview = app.window->findChild<ui::PreviewPane *>(QStringLiteral("previewPane"));
        if (!preview) return nullptr;
        preview->showFile(file);
        auto *action = preview->findChild<QAction *>(QStringLiteral("exportAction"));
        if (!action) return nullptr;
        if (!QTest::qWaitFor([action] { return action->isEnabled(); }, 60000)) return nullptr;
        action->trigger();
        ui::ExportDialog *dialog = nullptr;
        QTest::qWaitFor([&] { return (dialog = app.window->findChild<ui::ExportDialog *>()) != nullptr; }, 10000);
        return dialog;
    }

private slots:
    void initTestCase()
    {
        // The English catalogue, as the app loads it: it turns the %n texts into singular and plural.
        QVERIFY(settings::TranslationLoader::install(*qApp, QStringLiteral("en")));
        QVERIFY(m_root.isValid());
        m_gif = m_root.filePath(QStringLiteral("outputs/p-export-source/out.gif"));
        QDir().mkpath(QFileInfo(m_gif).absolutePath());
        QVERIFY(writeAnimation(m_gif, exports::ExportFormat::Gif, Frames, QSize(256, 192)));
        store::SidecarInfo info;
        info.predictionId = m_sourceId;
        info.backend = QStringLiteral("emulator");
        info.input = QJsonObject{{"prompt_start", "a harbour at dawn"}, {"prompt_end", "a harbour at night"}};
        info.outputIndex = 0;
        QVERIFY(store::Sidecar::write(info, m_gif));
    }

    void exportFromThePreview()
    {
        testing::GuiApp app(m_root.path(), 0.01);
        store::HistoryRecord source;
        source.localId = source.id = m_sourceId;
        source.backend = QStringLiteral("emulator");
        source.status = QStringLiteral("succeeded");
        source.input = QJsonObject{{"prompt_start", "a harbour at dawn"}, {"prompt_end", "a harbour at night"}};
        source.outputs = {store::OutputFile{0, m_gif, QString()}};
        QVERIFY(app.history->run([source](store::HistoryStore &s) mutable { return s.insert(source); }).result());

        ui::ExportDialog *dialog = openFromPreview(app, m_gif);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel *>(QStringLiteral("sourceInfo"))->text().contains(QStringLiteral("12 frames")), 60000);
        dialog->formatBox()->setCurrentIndex(comboIndex(dialog->formatBox(), exports::ExportFormat::Mp4));
        dialog->interpolationBox()->setCurrentIndex(comboIndex(dialog->interpolationBox(), exports::Interpolation::MotionCompensated));
        dialog->fpsBox()->setValue(40);
        dialog->pingPongBox()->setChecked(true);

        // The preview: the first frames as they will be exported, before the whole export.
        QSignalSpy previewed(dialog, &ui::ExportDialog::previewShown);
        QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
        QVERIFY(previewed.wait(60000));
        QCOMPARE(previewed.first().at(0).toInt(), 6);
        for (QLabel *label : dialog->previewLabels()) QVERIFY(!label->pixmap().isNull());

        const QString out = m_root.filePath(QStringLiteral("smooth.mp4"));
        dialog->setOutputPath(out);
        if (const QByteArray dir = qgetenv("SDANIM_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/export-dialog.png"));
        QSignalSpy exported(dialog, &ui::ExportDialog::exported);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QVERIFY(exported.wait(120000));
        QCOMPARE(exported.first().at(0).toString(), out);
        QCOMPARE(dialog->progressBar()->value(), dialog->progressBar()->maximum());
        QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("Exported to")), qPrintable(dialog->statusLabel()->text()));
        // 12 frames at 2×: 23; ping-pong: 44.
        const QJsonObject probe = testing::probeContainerAndStream(out);
        QCOMPARE(probe["codec_name"].toString(), QStringLiteral("h264"));
        QCOMPARE(probe["nb_read_frames"].toString().toInt(), 44);
        QCOMPARE(probe["r_frame_rate"].toString(), QStringLiteral("40/1"));

        const QString key = exported.first().at(1).toString();
        const auto derived = app.history->get(key).result();
        QVERIFY(derived);
        QVERIFY(derived->isDerived());
        QCOMPARE(derived->costUsd, 0.0);
        QCOMPARE(derived->backend, QString::fromLatin1(exports::DerivedOutput::BackendName));
        QCOMPARE(derived->derivedFrom()["source_prediction_id"].toString(), m_sourceId);
        QCOMPARE(derived->promptStart(), QStringLiteral("a harbour at dawn"));
        QVERIFY(store::Sidecar::read(out));

        // The history lists it, marked as a re-export and free.
        auto *sidebar = app.window->findChild<ui::HistorySidebar *>();
        QVERIFY(sidebar);
        QModelIndex row;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (int i = 0; i < sidebar->model()->rowCount(); ++i)
                if (sidebar->model()->index(i, 0).data(ui::HistoryListModel::KeyRole).toString() == key)
                    return (row = sidebar->model()->index(i, 0)).isValid();
            return false;
        }(), 60000);
        auto *delegate = qobject_cast<ui::HistoryItemDelegate *>(sidebar->view()->itemDelegate());
        QVERIFY(delegate);
        const QString detail = delegate->detailText(row);
        QVERIFY2(detail.startsWith(QStringLiteral("re-export")) && detail.contains(QStringLiteral("free")), qPrintable(detail));

        // The history's context menu opens the dialog for the entry's animation.
        dialog->close();
        QTRY_VERIFY_WITH_TIMEOUT(!app.window->findChild<ui::ExportDialog *>(), 10000);
        app.window->exportHistoryEntry(key);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->findChild<ui::ExportDialog *>() != nullptr, 60000);
        QVERIFY(app.window->findChild<ui::ExportDialog *>()->windowTitle().contains(QStringLiteral("smooth.mp4")));
    }

    void cancelLeavesNothing()
    {
        const QString big = m_root.filePath(QStringLiteral("big.gif"));
        QVERIFY(writeAnimation(big, exports::ExportFormat::Gif, 200, QSize(320, 240)));
        testing::GuiApp app(m_root.path(), 0.01);
        ui::ExportDialog *dialog = openFromPreview(app, big);
        QVERIFY(dialog);
        dialog->formatBox()->setCurrentIndex(comboIndex(dialog->formatBox(), exports::ExportFormat::WebM));
        dialog->interpolationBox()->setCurrentIndex(comboIndex(dialog->interpolationBox(), exports::Interpolation::MotionCompensated));
        dialog->fpsBox()->setValue(80);
        const QString out = m_root.filePath(QStringLiteral("canceled.webm"));
        dialog->setOutputPath(out);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->progressBar()->value() > 0, 120000);
        auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("exportCancel"));
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusLabel()->text().contains(QStringLiteral("canceled")), 60000);
        QVERIFY(dialog->exportButton()->isEnabled());
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(exports::AnimationWriter::partialPath(out)));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"
