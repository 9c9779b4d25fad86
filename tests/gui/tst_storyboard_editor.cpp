// The storyboard editor in the window: Run › Storyboard… opens it; four prompts make three
// transitions whose lengths, crossfades and estimate show before anything runs; Run makes one
// prediction per transition on the window's backend and shows the stitched file in the editor's
// preview with the transitions marked below it; Re-run selected sends one create and keeps the
// other runs; the project saves and opens again.
#include "api/OfflineEmulatorBackend.h"
#include "session/BackendSession.h"
#include "settings/TranslationLoader.h"
#include "support/EmulatorHarness.h"
#include "support/GuiApp.h"
#include "support/VideoProbe.h"
#include "ui/MainWindow.h"
#include "ui/PreviewGifPlayer.h"
#include "ui/PreviewPane.h"
#include "ui/StoryboardDialog.h"
#include "ui/StoryboardTimeline.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;

namespace {

void setSpin(ui::StoryboardDialog *dialog, int row, int column, int value)
{
    auto *box = qobject_cast<QSpinBox *>(dialog->transitionEditor(row, column));
    QVERIFY(box);
    box->setValue(value);
}

int creates(testing::GuiApp &app)
{
    auto *backend = qobject_cast<api::OfflineEmulatorBackend *>(app.backends->backend());
    return backend ? testing::countEmulatorRequests(backend->controlUrl(), "POST", "/v1/predictions") : -1;
}

} // namespace

class StoryboardEditorTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty(), "ffprobe is not installed (scripts/setup.sh installs ffmpeg)");
        // The English catalogue, as the app loads it: plurals read "17 frames", not "17 frame(s)".
        QVERIFY(settings::TranslationLoader::install(*qApp, QStringLiteral("en")));
    }

    void editRunPreviewRerunSaveAndOpen()
    {
        QTemporaryDir dir;
        testing::GuiApp app(dir.path(), 0.01);
        QTRY_VERIFY_WITH_TIMEOUT(app.backends->backend() != nullptr, 15000);
        auto *action = app.window->findChild<QAction *>(QStringLiteral("storyboardAction"));
        QVERIFY(action);
        action->trigger();
        ui::StoryboardDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = app.window->findChild<ui::StoryboardDialog *>()) != nullptr);
        QVERIFY(dialog->isVisible());

        // Four prompts: three transitions.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("storyboardAddPrompt")), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("storyboardAddPrompt")), Qt::LeftButton);
        QTableWidget *prompts = dialog->promptTable();
        QCOMPARE(prompts->rowCount(), 4);
        const QStringList texts{"a lighthouse at dusk", "a storm over the sea", "a calm harbour", "sunrise over the bay"};
        for (int i = 0; i < 4; ++i) prompts->item(i, 0)->setText(texts.at(i));
        QCOMPARE(dialog->storyboard().prompts, texts);
        QCOMPARE(dialog->transitionTable()->rowCount(), 3);

        dialog->findChild<QComboBox *>(QStringLiteral("storyboardWidth"))->setCurrentText("128");
        dialog->findChild<QComboBox *>(QStringLiteral("storyboardHeight"))->setCurrentText("128");
        dialog->findChild<QSpinBox *>(QStringLiteral("storyboardSteps"))->setValue(10);
        dialog->findChild<QSpinBox *>(QStringLiteral("storyboardFps"))->setValue(10);
        // Columns: 1 frames, 2 interpolation steps, 4 crossfade. Parts of 7, 17 and 5 frames.
        setSpin(dialog, 0, 1, 4);
        setSpin(dialog, 0, 2, 2);
        setSpin(dialog, 1, 1, 5);
        setSpin(dialog, 1, 2, 3);
        setSpin(dialog, 2, 1, 3);
        setSpin(dialog, 2, 2, 2);
        QVERIFY(!dialog->transitionEditor(2, 4)->isEnabled());   // the last has nothing to fade into

        // A crossfade longer than the parts allow: said next to it, and Run is off.
        setSpin(dialog, 0, 4, 9);
        QVERIFY2(dialog->problemLabel()->text().contains("a crossfade of 9 frames is longer"), qPrintable(dialog->problemLabel()->text()));
        QVERIFY(!dialog->runButton()->isEnabled());
        setSpin(dialog, 0, 4, 2);
        setSpin(dialog, 1, 4, 3);
        QVERIFY(dialog->problemLabel()->text().isEmpty());
        QVERIFY(dialog->runButton()->isEnabled());
        QCOMPARE(dialog->transitionTable()->item(1, 5)->text(), QStringLiteral("17 frames"));
        // The estimate of the whole storyboard before it runs.
        const QString estimate = dialog->estimateLabel()->text();
        QVERIFY2(estimate.startsWith("3 transitions, 24 frames (2.4 s)"), qPrintable(estimate));
        QVERIFY2(estimate.contains("whole storyboard: 3 runs") && estimate.contains("$"), qPrintable(estimate));

        QSignalSpy stitched(dialog, &ui::StoryboardDialog::stitched);
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QVERIFY(dialog->cancelButton()->isEnabled());
        QVERIFY(!dialog->promptTable()->isEnabled());
        QVERIFY(stitched.wait(480000));   // a cap: the ASan stage unwinds every malloc slowly (Qt leak suppressions need it here)
        const QString path = stitched.first().first().toString();
        QVERIFY2(QFileInfo(path).isFile(), qPrintable(path));
        QCOMPARE(testing::probedFrameCount(path), 24);
        QCOMPARE(creates(app), 3);
        QCOMPARE(dialog->preview()->currentFile(), path);
        QCOMPARE(dialog->timeline()->frameCount(), 24);
        QCOMPARE(dialog->timeline()->transitionStarts(), (QList<int>{0, 5, 19}));
        QCOMPARE(dialog->timeline()->transitionAt(6), 1);
        QCOMPARE(dialog->transitionTable()->item(0, 6)->text(), QStringLiteral("kept"));
        QVERIFY(dialog->promptTable()->isEnabled());
        QVERIFY(!dialog->cancelButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->timeline()->currentFrame() >= 0, 30000);   // the preview plays it
        const auto first = dialog->storyboard();
        if (!qEnvironmentVariableIsEmpty("SDANIM_SCREENSHOT_DIR")) {
            dialog->preview()->pause();
            dialog->preview()->animationPlayer()->seekFrame(6);
            QTest::qWait(500);
            dialog->grab().save(qEnvironmentVariable("SDANIM_SCREENSHOT_DIR") + QStringLiteral("/storyboard-editor.png"));
        }

        // Re-run the middle transition: one new create, the others kept.
        dialog->transitionTable()->selectRow(1);
        QVERIFY(dialog->rerunButton()->isEnabled());
        QTest::mouseClick(dialog->rerunButton(), Qt::LeftButton);
        QCOMPARE(dialog->transitionTable()->item(0, 6)->text(), QStringLiteral("kept"));
        QVERIFY(stitched.wait(480000));   // a cap: the ASan stage unwinds every malloc slowly (Qt leak suppressions need it here)
        QCOMPARE(creates(app), 4);
        const auto second = dialog->storyboard();
        QCOMPARE(second.transitions.at(0).predictionId, first.transitions.at(0).predictionId);
        QCOMPARE(second.transitions.at(2).predictionId, first.transitions.at(2).predictionId);
        QVERIFY(second.transitions.at(1).predictionId != first.transitions.at(1).predictionId);
        QCOMPARE(testing::probedFrameCount(path), 24);

        // Saved and opened again in a fresh editor: nothing left to run.
        const QString project = dir.filePath("story.json");
        QSignalSpy saved(dialog, &ui::StoryboardDialog::projectSaved);
        dialog->saveProject(project);
        QVERIFY(saved.wait(30000));
        dialog->close();
        QTRY_VERIFY(app.window->findChild<ui::StoryboardDialog *>() == nullptr);
        action->trigger();
        QTRY_VERIFY((dialog = app.window->findChild<ui::StoryboardDialog *>()) != nullptr);
        QSignalSpy loaded(dialog, &ui::StoryboardDialog::projectLoaded);
        dialog->openProject(project);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(dialog->storyboard().prompts, texts);
        QCOMPARE(dialog->timeline()->transitionStarts(), (QList<int>{0, 5, 19}));
        QVERIFY2(dialog->estimateLabel()->text().contains("to run now: nothing"), qPrintable(dialog->estimateLabel()->text()));
        QCOMPARE(dialog->transitionTable()->item(1, 6)->text(), QStringLiteral("kept"));

        // A bad project file: the reason in the editor, the storyboard left as it was.
        QFile bad(dir.filePath("bad.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": \"sdanim-storyboard\", \"version\": 9}");
        bad.close();
        QSignalSpy failed(dialog, &ui::StoryboardDialog::failed);
        dialog->openProject(bad.fileName());
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains("version 9"), qPrintable(failed.first().first().toString()));
        QCOMPARE(dialog->storyboard().prompts, texts);
    }

    // MP4: the stitched file plays in the video player and the strip still marks the transitions.
    void mp4StitchShowsAsVideo()
    {
        QTemporaryDir dir;
        testing::GuiApp app(dir.path(), 0.01);
        QTRY_VERIFY_WITH_TIMEOUT(app.backends->backend() != nullptr, 15000);
        app.window->findChild<QAction *>(QStringLiteral("storyboardAction"))->trigger();
        ui::StoryboardDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = app.window->findChild<ui::StoryboardDialog *>()) != nullptr);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("storyboardAddPrompt")), Qt::LeftButton);
        for (int i = 0; i < 3; ++i) dialog->promptTable()->item(i, 0)->setText(QStringLiteral("prompt %1").arg(i + 1));
        dialog->findChild<QComboBox *>(QStringLiteral("storyboardWidth"))->setCurrentText("128");
        dialog->findChild<QComboBox *>(QStringLiteral("storyboardHeight"))->setCurrentText("128");
        dialog->findChild<QSpinBox *>(QStringLiteral("storyboardSteps"))->setValue(10);
        dialog->findChild<QComboBox *>(QStringLiteral("storyboardFormat"))->setCurrentText("MP4");
        QCOMPARE(dialog->storyboard().outputFormat, QStringLiteral("mp4"));
        for (int row = 0; row < 2; ++row) {
            setSpin(dialog, row, 1, 3);
            setSpin(dialog, row, 2, 2);
        }
        setSpin(dialog, 0, 4, 1);   // parts of 5 frames, one blended: 9
        QSignalSpy stitched(dialog, &ui::StoryboardDialog::stitched);
        QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
        QVERIFY(stitched.wait(480000));   // a cap: the ASan stage unwinds every malloc slowly (Qt leak suppressions need it here)
        const QString path = stitched.first().first().toString();
        QVERIFY2(path.endsWith(".mp4"), qPrintable(path));
        QCOMPARE(testing::probedFrameCount(path), 9);
        QCOMPARE(dialog->preview()->kind(), ui::PreviewPane::Kind::Video);
        QCOMPARE(dialog->timeline()->transitionStarts(), (QList<int>{0, 4}));
        QTest::mouseClick(dialog->timeline(), Qt::LeftButton, {}, QPoint(dialog->timeline()->width() / 2, dialog->timeline()->height() / 2));
        QVERIFY(!dialog->preview()->isPlaying());
    }
};

QTEST_MAIN(StoryboardEditorTest)
#include "tst_storyboard_editor.moc"
