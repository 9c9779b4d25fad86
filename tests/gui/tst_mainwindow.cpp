// End to end through the real widgets against the in-process offline emulator (tiny time scale),
// with settings, history, presets and outputs in a temporary directory.
#include "api/Backend.h"
#include "api/OfflineEmulatorBackend.h"
#include "session/BackendSession.h"
#include "session/InputModel.h"
#include "session/PresetLibrary.h"
#include "session/Run.h"
#include "session/RunController.h"
#include "settings/AppSettings.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/PresetStore.h"
#include "store/Sidecar.h"
#include "ui/EndPromptRow.h"
#include "ui/FieldNotes.h"
#include "ui/FieldRow.h"
#include "ui/HistoryListModel.h"
#include "ui/HistorySidebar.h"
#include "ui/MainWindow.h"
#include "ui/NumericField.h"
#include "ui/ParameterForm.h"
#include "ui/PreviewGifPlayer.h"
#include <QMediaPlayer>
#include "ui/PreviewPane.h"
#include "ui/PromptEditor.h"
#include "ui/RunListView.h"
#include "ui/RunRow.h"
#include "ui/SeedField.h"
#include "ui/SettingsDialog.h"
#include "queue/QueueStore.h"
#include "support/GuiApp.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>
#include <memory>

using namespace sdanim;

namespace {

const char *const kToken = "r8_GuiTestToken0123456789abcdefghijABCD";

// One app instance (services + window) on a data folder; a second one on the same folder is a restart.
struct App : testing::GuiApp
{
    explicit App(const QString &root)
        : GuiApp(root, 0.1, [](settings::AppSettings &s) { s.setNotificationsEnabled(true); })
    {
    }
};

QString fieldError(const App &app, const char *name)
{
    QLabel *label = app.row(name)->errorLabel();
    return label->isVisibleTo(app.window.get()) ? label->text() : QString();
}

} // namespace

// A job the test drives by hand, for server answers the emulator cannot be asked for on demand.
class ScriptedJob : public api::PredictionJob
{
public:
    explicit ScriptedJob(const QJsonObject &input) { m_input = input; }
    void start() override { m_running = true; }
    void cancel() override {}
};

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<App> m_app;
    QString m_firstRunKey;
    QString m_sidecar;

    void fillSmallAnimation(App &app, const QString &start, const QString &end)
    {
        QLineEdit *startEdit = app.prompts()->startEdit();
        startEdit->clear();
        QTest::keyClicks(startEdit, start);
        QLineEdit *endEdit = app.prompts()->endRows().first()->lineEdit();
        endEdit->clear();
        QTest::keyClicks(endEdit, end);
        // Small and quick: the emulator renders real files.
        auto *width = qobject_cast<QComboBox *>(app.window->form()->findChild<QComboBox *>(QStringLiteral("width_combo")));
        QVERIFY(width);
        width->setCurrentIndex(width->findText(QStringLiteral("128")));
        emit width->activated(width->currentIndex());
        auto *height = app.window->form()->findChild<QComboBox *>(QStringLiteral("height_combo"));
        height->setCurrentIndex(height->findText(QStringLiteral("128")));
        emit height->activated(height->currentIndex());
        app.window->form()->findChild<QDoubleSpinBox *>(QStringLiteral("num_animation_frames_spin"))->setValue(4);
        app.window->form()->findChild<QDoubleSpinBox *>(QStringLiteral("num_interpolation_steps_spin"))->setValue(2);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app = std::make_unique<App>(m_dir.path());
        QVERIFY2(m_app->backends->backend(), qPrintable(m_app->backends->lastError()));
        QCOMPARE(m_app->backends->backend()->kind(), api::Backend::Kind::OfflineEmulator);
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    }

    void backendBadgeNamesTheEmulator()
    {
        QVERIFY(m_app->window->backendBadge()->text().contains(QStringLiteral("emulator"), Qt::CaseInsensitive));
        QVERIFY(m_app->window->previewPane()->isOfflinePreview());
    }

    void emptyFormCannotRun()
    {
        QVERIFY(!m_app->window->runButton()->isEnabled());
        QVERIFY(m_app->window->runBlockedLabel()->text().startsWith(QStringLiteral("Fill in Start prompt")));
        QVERIFY(m_app->window->runBlockedLabel()->text().endsWith(QStringLiteral("End prompts to run.")));
    }

    void invalidValueIsRejectedOnItsField()
    {
        App &app = *m_app;
        fillSmallAnimation(app, QStringLiteral("a red fox"), QStringLiteral("a blue bird"));
        QTRY_VERIFY(app.window->runButton()->isEnabled());
        QCOMPARE(app.model()->value(QStringLiteral("prompt_end")).toString(), QStringLiteral("a blue bird"));

        // Typed into the spin box: out of the schema's range, the server's own message shows on the field.
        QDoubleSpinBox *steps = app.window->form()->findChild<QDoubleSpinBox *>(QStringLiteral("num_inference_steps_spin"));
        steps->selectAll();
        QTest::keyClicks(steps, QStringLiteral("600"));
        QTest::keyClick(steps, Qt::Key_Return);
        QCOMPARE(app.model()->value(QStringLiteral("num_inference_steps")).toInt(), 600);
        QCOMPARE(fieldError(app, "num_inference_steps"), QStringLiteral("Must be less than or equal to 500"));
        QVERIFY(!app.window->runButton()->isEnabled());
        QVERIFY(app.window->runBlockedLabel()->text().contains(QStringLiteral("Must be less than or equal to 500")));

        // A seed that is not a number gets the server's type error.
        QLineEdit *seed = app.window->form()->findChild<QLineEdit *>(QStringLiteral("seed_edit"));
        QTest::keyClicks(seed, QStringLiteral("abc"));
        QCOMPARE(fieldError(app, "seed"), QStringLiteral("Invalid type. Expected: integer, given: string"));
        seed->clear();
        QTest::keyClicks(seed, QStringLiteral("x"));
        QTest::keyClick(seed, Qt::Key_Backspace);
        QVERIFY(fieldError(app, "seed").isEmpty());

        // Reset to default repairs the field.
        QTest::mouseClick(app.row("num_inference_steps")->resetButton(), Qt::LeftButton);
        QCOMPARE(app.model()->value(QStringLiteral("num_inference_steps")).toInt(), 50);
        QVERIFY(fieldError(app, "num_inference_steps").isEmpty());
        QVERIFY(app.window->runButton()->isEnabled());
    }

    void endPromptsCanBeAddedReorderedRemoved()
    {
        App &app = *m_app;
        ui::PromptEditor *editor = app.prompts();
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        QCOMPARE(editor->endRows().size(), 2);
        // The API accepts an empty end prompt (the model embeds ""): a warning, not a refusal.
        QVERIFY(app.window->runButton()->isEnabled());
        QVERIFY(editor->endNotes()->isVisibleTo(editor));
        QVERIFY(editor->endNotes()->text().contains(QStringLiteral("End prompt 2 is empty")));
        QTest::keyClicks(editor->endRows().at(1)->lineEdit(), QStringLiteral("a green frog"));
        QCOMPARE(app.model()->value(QStringLiteral("prompt_end")).toString(), QStringLiteral("a blue bird | a green frog"));
        QVERIFY(!editor->endNotes()->isVisibleTo(editor));
        // 3 prompts, F = 4: N = 8 latents, FILM ×2 (n = 2) → 7·2 + 1 = 15 video frames (spec §9.4).
        QVERIFY2(editor->summaryLabel()->text().contains(QStringLiteral("→ 15 video frame")), qPrintable(editor->summaryLabel()->text()));
        QTest::mouseClick(editor->endRows().at(1)->upButton(), Qt::LeftButton);
        QCOMPARE(app.model()->value(QStringLiteral("prompt_end")).toString(), QStringLiteral("a green frog | a blue bird"));
        QTest::mouseClick(editor->endRows().at(0)->removeButton(), Qt::LeftButton);
        QCOMPARE(editor->endRows().size(), 1);
        QCOMPARE(app.model()->value(QStringLiteral("prompt_end")).toString(), QStringLiteral("a blue bird"));
        // 2 prompts: N = 4 → 3·2 + 1 = 7 video frames.
        QVERIFY2(editor->summaryLabel()->text().contains(QStringLiteral("→ 7 video frame")), qPrintable(editor->summaryLabel()->text()));
        QVERIFY(app.window->runButton()->isEnabled());
    }

    void runShowsProgressLogsAndPreview()
    {
        App &app = *m_app;
        app.window->form()->findChild<QCheckBox *>(QStringLiteral("intermediate_output_check"))->setChecked(true);
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        QTest::keyClick(app.window.get(), Qt::Key_Return, Qt::ControlModifier);  // Ctrl+Enter runs
        session::Run *run = app.newRun(0);
        QVERIFY(run);
        QCOMPARE(app.window->runController()->runs().size(), 1);
        ui::RunRow *row = app.window->runList()->rowFor(run);
        QVERIFY(row);
        // The seed was drawn for this run and shows in the form.
        QVERIFY(run->input().value(QStringLiteral("seed")).isDouble());
        QCOMPARE(app.model()->value(QStringLiteral("seed")), run->input().value(QStringLiteral("seed")));

        double highest = 0;
        QObject::connect(run, &session::Run::progressChanged, row, [&highest](double f) { highest = qMax(highest, f); });
        QTRY_VERIFY_WITH_TIMEOUT(row->logView()->toPlainText().contains(QStringLiteral("Generating frame")), 20000);
        QVERIFY(row->logView()->toPlainText().contains(QStringLiteral("Using seed: %1").arg(run->input().value(QStringLiteral("seed")).toInt())));
        QTRY_VERIFY_WITH_TIMEOUT(run->state() == session::Run::State::Succeeded, 30000);
        QVERIFY(highest > 0);
        QCOMPARE(row->progressBar()->value(), row->progressBar()->maximum());
        QVERIFY(!run->videoFile().isEmpty());
        QVERIFY(QFile::exists(run->videoFile()));
        QCOMPARE(run->intermediateFiles().size(), 1 + 1 * (4 - 1));  // spec §9.2
        QTRY_COMPARE(app.window->previewPane()->currentFile(), run->videoFile());
        QVERIFY(app.window->previewPane()->filmstripCount() >= 4);
        // The emulator's GIF animates in the preview.
        ui::PreviewGifPlayer *gif = app.window->previewPane()->animationPlayer();
        QTRY_VERIFY_WITH_TIMEOUT(gif->currentFrame() >= 0, 10000);
        const int firstFrame = gif->currentFrame();
        QTRY_VERIFY_WITH_TIMEOUT(gif->currentFrame() != firstFrame, 5000);
        m_firstRunKey = run->predictionId();
        m_sidecar = store::Sidecar::pathFor(run->videoFile());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_sidecar), 10000);
    }

    void reuseSeedOfARun()
    {
        App &app = *m_app;
        session::Run *run = app.window->runController()->runs().first();
        const int used = run->input().value(QStringLiteral("seed")).toInt();
        app.model()->resetToDefault(QStringLiteral("seed"));
        QVERIFY(!app.model()->isSeedLocked());
        app.window->reuseSeedOf(run);
        QCOMPARE(app.model()->value(QStringLiteral("seed")).toInt(), used);
        QVERIFY(app.model()->isSeedLocked());
        QCOMPARE(app.window->form()->findChild<QLineEdit *>(QStringLiteral("seed_edit"))->text(), QString::number(used));
        QCOMPARE(app.model()->prepareRunInput().value(QStringLiteral("seed")).toInt(), used);
        app.model()->resetToDefault(QStringLiteral("seed"));
    }

    void cancelSecondRunWhileFirstContinues()
    {
        App &app = *m_app;
        app.window->form()->findChild<QCheckBox *>(QStringLiteral("intermediate_output_check"))->setChecked(false);
        // A slower run first, then one to cancel: both in flight at once (the queue's default limit
        // for the emulator, as for Replicate, is more than one).
        const QString backendKey = queue::QueueStore::backendKey(app.backends->identity());
        const queue::QueueSettings settings = app.history->run([](store::HistoryStore &s) { return queue::QueueStore(s).settings(); }).result();
        QVERIFY(!settings.concurrency.contains(backendKey));
        QVERIFY(settings.concurrencyFor(backendKey) >= 2);
        app.window->form()->findChild<QDoubleSpinBox *>(QStringLiteral("num_inference_steps_spin"))->setValue(150);
        const qsizetype before = app.window->runController()->runs().size();
        QTest::mouseClick(app.window->runButton(), Qt::LeftButton);
        session::Run *first = app.newRun(before);
        QVERIFY(first);
        app.model()->setValue(QStringLiteral("prompt_start"), QStringLiteral("a second run to cancel"));
        app.window->form()->findChild<QDoubleSpinBox *>(QStringLiteral("num_inference_steps_spin"))->setValue(500);
        QTest::mouseClick(app.window->runButton(), Qt::LeftButton);
        session::Run *second = app.newRun(before + 1);
        QVERIFY(second);
        QVERIFY(first != second);
        QCOMPARE(app.window->runController()->activeCount(), 2);
        QCOMPARE(app.window->runList()->selectedRun(), second);
        QTRY_VERIFY_WITH_TIMEOUT(second->state() != session::Run::State::Creating, 10000);
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        QTest::keyClick(app.window.get(), Qt::Key_Escape);  // Esc cancels the selected run
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), session::Run::State::Canceled, 15000);
        QVERIFY(first->isActive() || first->state() == session::Run::State::Succeeded);
        QTRY_COMPARE_WITH_TIMEOUT(first->state(), session::Run::State::Succeeded, 30000);
        QVERIFY(app.window->runList()->rowFor(second)->stateLabel()->text().contains(QStringLiteral("Canceled")));
        app.window->form()->findChild<QDoubleSpinBox *>(QStringLiteral("num_inference_steps_spin"))->setValue(50);
    }

    void failedPredictionShowsItsError()
    {
        App &app = *m_app;
        app.model()->setValue(QStringLiteral("prompt_start"), QStringLiteral("something nsfw"));
        const qsizetype before = app.window->runController()->runs().size();
        QTest::mouseClick(app.window->runButton(), Qt::LeftButton);
        session::Run *run = app.newRun(before);
        QVERIFY(run);
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), session::Run::State::Failed, 20000);
        ui::RunRow *row = app.window->runList()->rowFor(run);
        QVERIFY(row->errorLabel()->isVisibleTo(row));
        QVERIFY(row->errorLabel()->text().contains(QStringLiteral("NSFW content detected")));
        app.model()->setValue(QStringLiteral("prompt_start"), QStringLiteral("a red fox"));
    }

    void serverRejectionsLandOnTheirFields()
    {
        App &app = *m_app;
        QVERIFY(app.window->runButton()->isEnabled());
        auto *job = new ScriptedJob(app.model()->input());
        session::Run *run = app.window->runController()->adopt(job, QStringLiteral("scripted-422"));
        const QByteArray body = R"({"title":"Input validation failed","status":422,)"
                                R"("detail":"- input.guidance_scale: Must be less than or equal to 19\n",)"
                                R"("invalid_fields":[{"type":"number_lte","field":"input.guidance_scale",)"
                                R"("description":"Must be less than or equal to 19"}]})";
        emit job->createFailed(api::ApiError::fromResponse(422, body));
        QCOMPARE(run->state(), session::Run::State::Rejected);
        QCOMPARE(fieldError(app, "guidance_scale"), QStringLiteral("Must be less than or equal to 19"));
        QVERIFY(!app.window->runButton()->isEnabled());
        ui::RunRow *row = app.window->runList()->rowFor(run);
        QVERIFY(row->errorLabel()->text().contains(QStringLiteral("marked in the form")));
        // Editing the field clears the server's mark.
        app.model()->setValue(QStringLiteral("guidance_scale"), 7.0);
        QVERIFY(fieldError(app, "guidance_scale").isEmpty());
        QVERIFY(app.window->runButton()->isEnabled());

        // 401/402/429: the row says what to do.
        for (int status : {401, 402, 429}) {
            auto *other = new ScriptedJob(app.model()->input());
            session::Run *r = app.window->runController()->adopt(other, QStringLiteral("scripted-%1").arg(status));
            const api::ApiError error = api::ApiError::fromResponse(status, R"({"title":"x","status":)" + QByteArray::number(status) + "}", "7");
            emit other->createFailed(error);
            QCOMPARE(app.window->runList()->rowFor(r)->errorLabel()->text(), error.userMessage());
            QVERIFY(!error.userMessage().isEmpty());
        }
        QVERIFY(app.window->runList()->rowFor(app.window->runController()->runs().first())->errorLabel()->text().contains(QStringLiteral("7")));
        for (session::Run *r : app.window->runController()->runs())
            if (r->predictionId().isEmpty() && !r->isActive()) app.window->runController()->dismiss(r);
    }

    void stuckInStartingOffersCancel()
    {
        App &app = *m_app;
        app.settings->setValue(QStringLiteral("network/stuckStartingSeconds"), 1);
        app.backends->rebuild();  // the new job options take effect
        auto *emulator = qobject_cast<api::OfflineEmulatorBackend *>(app.backends->backend());
        QVERIFY(emulator);
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(emulator->controlUrl().toString() + QStringLiteral("/faults")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(nam.post(request, QByteArray("{\"stuck_starting\": 1}")));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

        const qsizetype before = app.window->runController()->runs().size();
        QTest::mouseClick(app.window->runButton(), Qt::LeftButton);
        session::Run *run = app.newRun(before);
        QVERIFY(run);
        ui::RunRow *row = app.window->runList()->rowFor(run);
        QTRY_VERIFY_WITH_TIMEOUT(row->stuckLabel()->isVisibleTo(row), 10000);
        QVERIFY(row->stuckLabel()->text().contains(QStringLiteral("Still starting")));
        auto *cancel = row->findChild<QPushButton *>();
        QVERIFY(cancel);
        const auto buttons = row->findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            if (b != row->cancelButton() && b->isVisibleTo(row)) QTest::mouseClick(b, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), session::Run::State::Canceled, 15000);
        app.settings->setValue(QStringLiteral("network/stuckStartingSeconds"), 300);
        app.backends->rebuild();
        // The replaced backends had no run in flight any more: they are gone, not leaked.
        QCOMPARE(app.backends->retiredCount(), 0);
    }

    void runsAreInTheHistory()
    {
        App &app = *m_app;
        ui::HistoryListModel *history = app.window->historySidebar()->model();
        QTRY_VERIFY_WITH_TIMEOUT(history->rowOfKey(m_firstRunKey) >= 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(history->totalCount() >= 5, 10000);
        // Ctrl+F goes to the history search.
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        QTest::keyClick(app.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(app.window->historySidebar()->searchField()->hasFocus());
        app.window->historySidebar()->setSearchText(QStringLiteral("cancel"));
        QTRY_COMPARE_WITH_TIMEOUT(history->totalCount(), 1, 10000);
        app.window->historySidebar()->setSearchText(QString());
        QTRY_VERIFY_WITH_TIMEOUT(history->totalCount() >= 5, 10000);
    }

    void historyEntryLoadsBackIntoTheForm()
    {
        App &app = *m_app;
        app.model()->setValue(QStringLiteral("prompt_start"), QStringLiteral("something else entirely"));
        app.model()->setValue(QStringLiteral("num_animation_frames"), 30);
        app.window->historySidebar()->loadInputs(m_firstRunKey);
        QTRY_COMPARE_WITH_TIMEOUT(app.prompts()->startEdit()->text(), QStringLiteral("a red fox"), 10000);
        QCOMPARE(app.model()->value(QStringLiteral("num_animation_frames")).toInt(), 4);
        QCOMPARE(app.model()->value(QStringLiteral("intermediate_output")).toBool(), true);
        QVERIFY(app.model()->isSeedLocked());  // the run's seed comes back, locked
        // Showing it puts its video in the preview.
        app.window->previewPane()->clear();
        app.window->showHistoryEntry(m_firstRunKey);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->previewPane()->currentFile().endsWith(QStringLiteral(".gif")), 10000);
    }

    void presetSavesAndReapplies()
    {
        App &app = *m_app;
        app.model()->setValue(QStringLiteral("guidance_scale"), 12.5);
        app.model()->setValue(QStringLiteral("output_format"), QStringLiteral("mp4"));
        app.window->savePreset(QStringLiteral("My look"));
        QTRY_VERIFY_WITH_TIMEOUT(app.window->presetLibrary()->find(QStringLiteral("My look")).has_value(), 10000);
        QVERIFY(QFile::exists(app.settings->presetsDirectory()));
        app.model()->resetAll();
        QCOMPARE(app.model()->value(QStringLiteral("guidance_scale")).toDouble(), 7.5);
        QVERIFY(app.window->applyPreset(QStringLiteral("My look")));
        QCOMPARE(app.model()->value(QStringLiteral("guidance_scale")).toDouble(), 12.5);
        auto *format = app.window->form()->findChild<QComboBox *>(QStringLiteral("output_format_combo"));
        QCOMPARE(format->currentText(), QStringLiteral("MP4"));
        QCOMPARE(app.prompts()->startEdit()->text(), QStringLiteral("a red fox"));
        // A built-in preset only touches its own inputs.
        QVERIFY(app.window->applyPreset(store::PresetStore::builtIns().first().name));
        QCOMPARE(app.model()->value(QStringLiteral("width")).toInt(), 256);
        QCOMPARE(app.prompts()->startEdit()->text(), QStringLiteral("a red fox"));
    }

    void copyAsCodeMasksTheToken()
    {
        App &app = *m_app;
        app.backends->setToken(QByteArray(kToken));
        // Even a token pasted into a prompt by mistake is scrubbed.
        app.model()->setValue(QStringLiteral("prompt_start"), QStringLiteral("oops ") + QLatin1String(kToken));
        for (const QString &language : {QStringLiteral("curl"), QStringLiteral("python"), QStringLiteral("node")}) {
            app.window->copyCodeSnippet(language);
            const QString copied = QApplication::clipboard()->text();
            QVERIFY2(!copied.isEmpty(), qPrintable(language));
            QVERIFY2(!copied.contains(QLatin1String(kToken)), qPrintable(copied));
            QVERIFY2(!copied.contains(QLatin1String(kToken).mid(3, 16)), qPrintable(copied));
            QVERIFY(copied.contains(QStringLiteral("oops <REPLICATE_API_TOKEN>")));
        }
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("process.env.REPLICATE_API_TOKEN")));
        app.model()->setValue(QStringLiteral("prompt_start"), QStringLiteral("a red fox"));
    }

    void droppingASidecarLoadsItsInputs()
    {
        App &app = *m_app;
        QVERIFY(QFile::exists(m_sidecar));
        app.model()->resetAll();
        app.model()->setValue(QStringLiteral("prompt_start"), QStringLiteral("nothing like it"));
        for (const QString &path : {m_sidecar, m_sidecar.chopped(5)}) {  // the sidecar, then the GIF itself
            app.model()->setValue(QStringLiteral("prompt_start"), QStringLiteral("nothing like it"));
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(path)});
            const QPoint pos = app.window->rect().center();
            QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(app.window.get(), &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(app.window.get(), &drop);
            QCOMPARE(app.prompts()->startEdit()->text(), QStringLiteral("a red fox"));
            QCOMPARE(app.model()->value(QStringLiteral("width")).toInt(), 128);
            QCOMPARE(app.model()->value(QStringLiteral("num_interpolation_steps")).toInt(), 2);
        }
        // A file without a sidecar is refused with a message, and the form is untouched.
        QFile junk(m_dir.filePath(QStringLiteral("junk.gif")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("GIF89a");
        junk.close();
        QString error;
        QVERIFY(!app.window->loadInputsFromFile(junk.fileName(), &error));
        QVERIFY(error.contains(QStringLiteral("junk.gif")));
        QCOMPARE(app.prompts()->startEdit()->text(), QStringLiteral("a red fox"));
    }

    // A sidecar that is there but broken is not reported as missing: the status bar says what is wrong.
    void brokenSidecarSaysWhyInTheStatusBar()
    {
        App &app = *m_app;
        const QString gif = m_dir.filePath(QStringLiteral("broken.gif"));
        QFile output(gif);
        QVERIFY(output.open(QIODevice::WriteOnly));
        output.write("GIF89a");
        output.close();
        const QString before = app.prompts()->startEdit()->text();
        const QList<std::pair<QByteArray, QString>> cases{
            {R"({"format":"sdanim-output","version":1,"input":{"prompt_start":"x"})", QStringLiteral("is not valid JSON")},
            {R"({"name":"someone else"})", QStringLiteral("is not an SD Animator sidecar")},
            {R"({"format":"sdanim-output","version":1,"input":"prompt"})", QStringLiteral("the field \"input\"")},
        };
        for (const auto &[content, expected] : cases) {
            QFile sidecar(store::Sidecar::pathFor(gif));
            QVERIFY(sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate));
            sidecar.write(content);
            sidecar.close();
            QString error;
            QVERIFY(!app.window->loadInputsFromFile(gif, &error));
            QVERIFY2(error.contains(expected) && !error.contains(QLatin1String("not found")), qPrintable(error));
            QCOMPARE(app.window->statusBar()->currentMessage(), error);
            QCOMPARE(app.prompts()->startEdit()->text(), before);
        }
    }

    void notificationWhenInactive()
    {
        App &app = *m_app;
        QSignalSpy notified(app.window.get(), &ui::MainWindow::notificationShown);
        QWidget other;
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        QVERIFY(!app.window->isActiveWindow());
        app.model()->setValue(QStringLiteral("width"), 128);
        app.model()->setValue(QStringLiteral("height"), 128);
        const qsizetype before = app.window->runController()->runs().size();
        app.window->startRun();
        session::Run *run = app.newRun(before);
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(!run->isActive(), 30000);
        QTRY_COMPARE(notified.size(), 1);
        QVERIFY(notified.first().at(1).toString().contains(QStringLiteral("a red fox")));
    }

    void settingsDialogTestsAndSaves()
    {
        App &app = *m_app;
        ui::SettingsDialog dialog(app.settings.get(), app.backends.get(), app.window.get());
        dialog.show();
        QComboBox *backend = dialog.backendBox();
        backend->setCurrentIndex(backend->findData(int(settings::AppSettings::BackendChoice::OfflineEmulator)));
        QVERIFY(!dialog.tokenEdit()->isEnabled());  // the emulator needs no token
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testButton()->isEnabled(), 15000);
        QVERIFY2(dialog.testResult()->text().startsWith(QStringLiteral("Connected")), qPrintable(dialog.testResult()->text()));

        auto *notifications = dialog.findChildren<QCheckBox *>().first();
        QVERIFY(notifications->isChecked());
        notifications->setChecked(false);
        api::Backend *before = app.backends->backend();
        dialog.accept();
        QVERIFY(!app.settings->notificationsEnabled());
        QVERIFY(app.backends->backend() != before);  // rebuilt from the saved settings
        QVERIFY(app.window->backendBadge()->text().contains(QStringLiteral("emulator"), Qt::CaseInsensitive));
        app.settings->setNotificationsEnabled(true);
    }

    void messageColoursFollowADarkPalette()
    {
        App &app = *m_app;
        const QPalette original = QApplication::palette();
        const auto badgeLightness = [&] { return app.window->backendBadge()->palette().color(QPalette::WindowText).lightness(); };
        QVERIFY(badgeLightness() < 128);  // dark text on the light default palette
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        QTRY_VERIFY(badgeLightness() >= 128);  // still readable on the dark window
        QApplication::setPalette(original);
        QTRY_VERIFY(badgeLightness() < 128);
    }

    void restartFindsHistoryAndForm()
    {
        m_app->model()->setValue(QStringLiteral("prompt_start"), QStringLiteral("kept across restarts"));
        m_app->model()->reuseSeed(4242);
        m_app->window->resize(1234, 777);
        m_app.reset();  // closes the window: geometry and form are saved

        m_app = std::make_unique<App>(m_dir.path());
        App &app = *m_app;
        QCOMPARE(app.prompts()->startEdit()->text(), QStringLiteral("kept across restarts"));
        QCOMPARE(app.model()->value(QStringLiteral("seed")).toInt(), 4242);
        QVERIFY(app.model()->isSeedLocked());
        QCOMPARE(app.window->size(), QSize(1234, 777));
        ui::HistoryListModel *history = app.window->historySidebar()->model();
        QTRY_VERIFY_WITH_TIMEOUT(history->totalCount() >= 6, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(history->rowOfKey(m_firstRunKey) >= 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->presetLibrary()->find(QStringLiteral("My look")).has_value(), 10000);
    }

    // Last, so the run counts the tests above rely on are untouched.
    void mp4RunPlaysInThePreview()
    {
        App &app = *m_app;
        app.model()->setValue(QStringLiteral("prompt_start"), QStringLiteral("a paper boat"));
        app.model()->setValue(QStringLiteral("output_format"), QStringLiteral("mp4"));
        app.window->form()->findChild<QCheckBox *>(QStringLiteral("intermediate_output_check"))->setChecked(false);
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        const int before = int(app.window->runController()->runs().size());
        QTest::keyClick(app.window.get(), Qt::Key_Return, Qt::ControlModifier);
        session::Run *run = app.newRun(before);
        QVERIFY(run);
        QCOMPARE(int(app.window->runController()->runs().size()), before + 1);
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), session::Run::State::Succeeded, 30000);
        QVERIFY(run->videoFile().endsWith(QLatin1String(".mp4")));
        ui::PreviewPane *preview = app.window->previewPane();
        QTRY_COMPARE_WITH_TIMEOUT(preview->currentFile(), run->videoFile(), 10000);
        QCOMPARE(preview->kind(), ui::PreviewPane::Kind::Video);
        QTRY_VERIFY_WITH_TIMEOUT(preview->mediaPlayer()->position() > 100, 10000);  // it really plays
    }

    void cleanupTestCase()
    {
        m_app.reset();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
