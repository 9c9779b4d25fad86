// What the form says before anything runs (issue 7), through the real widgets: the model's own
// frame count and duration (spec §9.4), what FILM makes of the interpolation steps with the offer to
// snap to the smallest equivalent value, warnings next to their fields that never block Run, and the
// estimated run time and cost on the form and in each run row (documented defaults with an empty
// history, "learned from N runs" with one).
#include "model/AnimationPlan.h"
#include "model/RunEstimator.h"
#include "model/UnitRates.h"
#include "session/BackendSession.h"
#include "session/HistoryRateSource.h"
#include "session/InputModel.h"
#include "session/Run.h"
#include "session/RunController.h"
#include "session/RunEstimateText.h"
#include "session/RunEstimates.h"
#include "settings/AppSettings.h"
#include "store/AsyncHistoryStore.h"
#include "store/HistoryRecorder.h"
#include "store/HistoryStore.h"
#include "store/PresetStore.h"
#include "support/GuiApp.h"
#include "support/HistoryFixture.h"
#include "ui/EndPromptRow.h"
#include "ui/FieldEditor.h"
#include "ui/FieldNotes.h"
#include "ui/FieldRow.h"
#include "ui/MainWindow.h"
#include "ui/ParameterForm.h"
#include "ui/PromptEditor.h"
#include "ui/RunListView.h"
#include "ui/RunRow.h"
#include "ui/SettingsDialog.h"
#include "ui/StatusColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>
#include <memory>

using namespace sdanim;

namespace {

// The app (support/GuiApp.h) plus what these tests look at on the form.
struct App : testing::GuiApp
{
    explicit App(const QString &root) : GuiApp(root, 0.05) {}

    ui::FieldNotes *notes(const char *name) const { return row(name)->notes(); }
    QString summary() const { return prompts()->summaryLabel()->text(); }
    QDoubleSpinBox *spin(const char *name) const
    {
        return window->form()->findChild<QDoubleSpinBox *>(QLatin1String(name) + QStringLiteral("_spin"));
    }
    // The offers of a field that are on screen.
    QList<QToolButton *> visibleActions(const char *name) const
    {
        QList<QToolButton *> shown;
        for (QToolButton *b : notes(name)->actionButtons())
            if (b->isVisibleTo(window.get())) shown << b;
        return shown;
    }
};

QString estimateLine(const model::RunEstimator &estimator, const QJsonObject &input, double price)
{
    return QStringLiteral("Estimate: ")
        + session::RunEstimateText::describe(estimator.estimate(model::AnimationPlan::fromInput(input), price), false);
}

} // namespace

class TestPlanForm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<App> m_app;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app = std::make_unique<App>(m_dir.filePath(QStringLiteral("empty-history")));
        QVERIFY2(m_app->backends->backend(), qPrintable(m_app->backends->lastError()));
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    }

    void defaultsShowTheModelsFrameCount()
    {
        App &app = *m_app;
        // Defaults: N = 10 frame latents, FILM ×8 → 9·8 + 1 = 73 video frames, 3.65 s (spec §9.4).
        QVERIFY2(app.summary().contains(QStringLiteral("→ 73 video frame")), qPrintable(app.summary()));
        QVERIFY2(app.summary().endsWith(QStringLiteral("≈ 3.65 s at 20 fps")), qPrintable(app.summary()));
        // A fresh form's missing prompts are the Run bar's hint, not warnings.
        QVERIFY(!app.prompts()->startNotes()->isVisibleTo(app.window.get()));
        QVERIFY(!app.prompts()->endNotes()->isVisibleTo(app.window.get()));
        QVERIFY(!app.summary().contains(QStringLiteral("empty")));

        QTest::keyClicks(app.prompts()->startEdit(), QStringLiteral("a lighthouse at dawn"));
        QTest::keyClicks(app.prompts()->endRows().first()->lineEdit(), QStringLiteral("a lighthouse at night"));
        QTRY_VERIFY(app.window->runButton()->isEnabled());
        QVERIFY2(app.summary().startsWith(QStringLiteral("2 keyframe")), qPrintable(app.summary()));
        QVERIFY2(app.summary().contains(QStringLiteral("→ 73 video frame")), qPrintable(app.summary()));
        QVERIFY2(app.summary().endsWith(QStringLiteral("≈ 3.65 s at 20 fps")), qPrintable(app.summary()));
        QVERIFY(!app.summary().contains(QStringLiteral("back to the start")));
    }

    void filmStepsOfferTheSmallestEquivalent()
    {
        App &app = *m_app;
        ui::FieldNotes *notes = app.notes("num_interpolation_steps");
        QVERIFY(notes->isVisibleTo(app.window.get()));
        QVERIFY2(notes->text().startsWith(QStringLiteral("FILM doubles 3 time")), qPrintable(notes->text()));
        QVERIFY2(notes->text().endsWith(QStringLiteral(": ×8 — 5 to 8 give the same video")), qPrintable(notes->text()));
        QVERIFY(app.visibleActions("num_interpolation_steps").isEmpty());  // 5 is already the smallest

        app.spin("num_interpolation_steps")->setValue(4);
        QCOMPARE(app.model()->value(QStringLiteral("num_interpolation_steps")).toInt(), 4);
        QVERIFY2(notes->text().endsWith(QStringLiteral(": ×4 — 3 to 4 give the same video")), qPrintable(notes->text()));
        // ×4: 9·4 + 1 = 37 video frames.
        QVERIFY2(app.summary().contains(QStringLiteral("→ 37 video frame")), qPrintable(app.summary()));
        const QList<QToolButton *> offers = app.visibleActions("num_interpolation_steps");
        QCOMPARE(offers.size(), 1);
        QCOMPARE(offers.first()->text(), QStringLiteral("Use 3"));
        QVERIFY(!notes->labels().first()->property("warning").toBool());  // an explanation, not a warning
        QTest::mouseClick(offers.first(), Qt::LeftButton);
        QCOMPARE(app.model()->value(QStringLiteral("num_interpolation_steps")).toInt(), 3);
        QCOMPARE(app.spin("num_interpolation_steps")->value(), 3.0);
        QVERIFY2(app.summary().contains(QStringLiteral("→ 37 video frame")), qPrintable(app.summary()));  // the same video
        QVERIFY2(notes->text().endsWith(QStringLiteral(": ×4 — 3 to 4 give the same video")), qPrintable(notes->text()));
        QVERIFY(app.visibleActions("num_interpolation_steps").isEmpty());
        QVERIFY(app.window->runButton()->isEnabled());
    }

    void latentModeExplainsItsOwnCount()
    {
        App &app = *m_app;
        auto *film = app.window->form()->findChild<QCheckBox *>(QStringLiteral("film_interpolation_check"));
        QVERIFY(film);
        film->click();
        QCOMPARE(app.model()->value(QStringLiteral("film_interpolation")).toBool(), false);
        const QString text = app.notes("num_interpolation_steps")->text();
        QVERIFY2(text.startsWith(QStringLiteral("Latent interpolation: 3 frame")), qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("the last latent is never decoded")), qPrintable(text));
        QVERIFY(app.visibleActions("num_interpolation_steps").isEmpty());
        // (10 − 1) · 3 = 27 video frames, 1.35 s.
        QVERIFY2(app.summary().contains(QStringLiteral("→ 27 video frame")), qPrintable(app.summary()));
        QVERIFY2(app.summary().endsWith(QStringLiteral("≈ 1.35 s at 20 fps")), qPrintable(app.summary()));
        film->click();
        QCOMPARE(app.model()->value(QStringLiteral("film_interpolation")).toBool(), true);
        QVERIFY2(app.summary().contains(QStringLiteral("→ 37 video frame")), qPrintable(app.summary()));
    }

    void strengthWarningSitsOnItsFieldAndDoesNotBlock()
    {
        App &app = *m_app;
        ui::FieldNotes *notes = app.notes("prompt_strength");
        QVERIFY(!notes->isVisibleTo(app.window.get()));  // 0.8 is in the useful range
        app.spin("prompt_strength")->setValue(1.5);
        QCOMPARE(app.model()->value(QStringLiteral("prompt_strength")).toDouble(), 1.5);
        QVERIFY(notes->isVisibleTo(app.window.get()));
        QCOMPARE(notes->labels().size(), 1);
        QLabel *warning = notes->labels().first();
        QVERIFY(warning->property("warning").toBool());
        QVERIFY2(warning->text().startsWith(QStringLiteral("Strength 1.5 is above 1")), qPrintable(warning->text()));
        QCOMPARE(warning->palette().color(QPalette::WindowText), ui::StatusColors::warning(notes->palette()));
        // Not an error: the API accepts it, so Run stays available.
        QVERIFY(!app.row("prompt_strength")->errorLabel()->isVisibleTo(app.window.get()));
        QVERIFY(app.window->runButton()->isEnabled());
        QVERIFY(!app.window->runBlockedLabel()->isVisibleTo(app.window.get()));
        // Next to the field: right under the strength editor, above the next input's.
        QWidget *editor = app.row("prompt_strength")->editor();
        QWidget *next = app.row("num_animation_frames")->editor();
        const int notesTop = notes->mapTo(app.window.get(), QPoint(0, 0)).y();
        QVERIFY(notesTop >= editor->mapTo(app.window.get(), QPoint(0, editor->height())).y());
        QVERIFY(notesTop + notes->height() <= next->mapTo(app.window.get(), QPoint(0, 0)).y());
        // No other field carries it.
        QVERIFY(!app.notes("num_inference_steps")->isVisibleTo(app.window.get()));

        app.spin("prompt_strength")->setValue(0);
        QVERIFY2(notes->text().startsWith(QStringLiteral("Strength 0 is not above 0")), qPrintable(notes->text()));
        QVERIFY(app.window->runButton()->isEnabled());
        QTest::mouseClick(app.row("prompt_strength")->resetButton(), Qt::LeftButton);
        QVERIFY(!notes->isVisibleTo(app.window.get()));
    }

    void pingPongHintsAreMuted()
    {
        App &app = *m_app;
        ui::FieldNotes *notes = app.notes("gif_ping_pong");
        QVERIFY(notes->isVisibleTo(app.window.get()));
        QVERIFY2(notes->text().contains(QStringLiteral("never fully shows it")), qPrintable(notes->text()));
        QVERIFY(!notes->labels().first()->property("warning").toBool());
        QCOMPARE(notes->labels().first()->palette().color(QPalette::WindowText), notes->palette().color(QPalette::PlaceholderText));

        auto *pingPong = app.window->form()->findChild<QCheckBox *>(QStringLiteral("gif_ping_pong_check"));
        QVERIFY(pingPong);
        pingPong->click();
        QVERIFY2(notes->text().contains(QStringLiteral("whole extra segment")), qPrintable(notes->text()));
        // S = 2 (one back to the start), N = 2·10 + 1 = 21, ×4 → 20·4 + 1 = 81 video frames.
        QVERIFY2(app.summary().contains(QStringLiteral("(the last one back to the start)")), qPrintable(app.summary()));
        QVERIFY2(app.summary().contains(QStringLiteral("→ 81 video frame")), qPrintable(app.summary()));
        QVERIFY2(app.summary().endsWith(QStringLiteral("≈ 4.05 s at 20 fps")), qPrintable(app.summary()));
        pingPong->click();
        QVERIFY2(app.summary().contains(QStringLiteral("→ 37 video frame")), qPrintable(app.summary()));
    }

    void blankPromptsWarnWithoutBlocking()
    {
        App &app = *m_app;
        ui::PromptEditor *editor = app.prompts();
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        QCOMPARE(editor->endRows().size(), 2);
        QVERIFY(editor->endNotes()->isVisibleTo(app.window.get()));
        QVERIFY2(editor->endNotes()->text().startsWith(QStringLiteral("End prompt 2 is empty")), qPrintable(editor->endNotes()->text()));
        QVERIFY(editor->endNotes()->labels().first()->property("warning").toBool());
        QVERIFY2(app.summary().startsWith(QStringLiteral("3 keyframe")), qPrintable(app.summary()));
        QVERIFY2(app.summary().contains(QStringLiteral("(1 empty)")), qPrintable(app.summary()));
        QVERIFY(app.window->runButton()->isEnabled());
        QTest::mouseClick(editor->endRows().at(1)->removeButton(), Qt::LeftButton);
        QVERIFY(!editor->endNotes()->isVisibleTo(app.window.get()));
        QVERIFY(!app.summary().contains(QStringLiteral("empty")));

        // A start prompt of spaces is sent as it is (the model embeds ""): a warning under it.
        QLineEdit *start = editor->startEdit();
        const QString before = start->text();
        start->selectAll();
        QTest::keyClicks(start, QStringLiteral("  "));
        QVERIFY(editor->startNotes()->isVisibleTo(app.window.get()));
        QVERIFY2(editor->startNotes()->text().startsWith(QStringLiteral("The start prompt is empty")),
                 qPrintable(editor->startNotes()->text()));
        QVERIFY(app.window->runButton()->isEnabled());
        start->selectAll();
        QTest::keyClicks(start, before);
        QVERIFY(!editor->startNotes()->isVisibleTo(app.window.get()));
    }

    void estimateIsOnTheFormWithDefaultsWhenTheHistoryIsEmpty()
    {
        App &app = *m_app;
        QLabel *label = app.window->runEstimateLabel();
        QVERIFY(label->isVisibleTo(app.window.get()));
        // Nothing learned yet: the documented default rates, said so, at the default A100 price.
        QTRY_COMPARE(label->text(), estimateLine(model::RunEstimator(), app.model()->input(),
                                                 settings::AppSettings::DefaultPricePerSecondUsd));
        QVERIFY2(label->text().contains(QStringLiteral("documented A100 defaults")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QStringLiteral("$")), qPrintable(label->text()));  // the emulator stands in for the cloud
        // Above Run.
        QVERIFY(label->mapTo(app.window.get(), QPoint(0, 0)).y() < app.window->runButton()->mapTo(app.window.get(), QPoint(0, 0)).y());

        // More steps, more time.
        const QString before = label->text();
        app.spin("num_inference_steps")->setValue(100);
        QVERIFY(label->text() != before);
        QCOMPARE(label->text(), estimateLine(model::RunEstimator(), app.model()->input(),
                                             settings::AppSettings::DefaultPricePerSecondUsd));
        app.spin("num_inference_steps")->setValue(50);
        QCOMPARE(label->text(), before);

        // The price per second is a setting; the estimate follows it.
        ui::SettingsDialog dialog(app.settings.get(), app.backends.get(), app.window.get());
        QCOMPARE(dialog.priceEdit()->value(), settings::AppSettings::DefaultPricePerSecondUsd);
        dialog.priceEdit()->setValue(0.0023);
        dialog.accept();
        QCOMPARE(app.settings->pricePerSecondUsd(), 0.0023);
        app.window->runEstimates()->priceChanged();  // what MainWindow::openSettings connects to accepted()
        QCOMPARE(label->text(), estimateLine(model::RunEstimator(), app.model()->input(), 0.0023));
        QVERIFY(label->text() != before);
        app.settings->setPricePerSecondUsd(settings::AppSettings::DefaultPricePerSecondUsd);
        app.window->runEstimates()->priceChanged();
        QCOMPARE(label->text(), before);
    }

    void eachRunRowShowsItsEstimate()
    {
        App &app = *m_app;
        app.model()->setValue(QStringLiteral("width"), 128);
        app.model()->setValue(QStringLiteral("height"), 128);
        app.model()->setValue(QStringLiteral("num_animation_frames"), 2);
        QVERIFY(app.window->runButton()->isEnabled());
        QTest::mouseClick(app.window->runButton(), Qt::LeftButton);
        session::Run *run = app.newRun(0);
        QVERIFY(run);
        QCOMPARE(app.window->runController()->runs().size(), 1);
        ui::RunRow *row = app.window->runList()->rowFor(run);
        QVERIFY(row);
        QVERIFY(row->estimateLabel()->isVisibleTo(row));
        QCOMPARE(row->estimateLabel()->text(),
                 estimateLine(model::RunEstimator(), run->input(), settings::AppSettings::DefaultPricePerSecondUsd));
        // The form's estimate is for the same inputs, so the two agree.
        QCOMPARE(row->estimateLabel()->text(), app.window->runEstimateLabel()->text());
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), session::Run::State::Succeeded, 30000);
        // An emulator run is not a sample of Replicate's timing: still the defaults.
        QSignalSpy refitted(app.rates.get(), &session::HistoryRateSource::changed);
        QVERIFY(refitted.wait(10000));
        QVERIFY(app.rates->estimator().learnedFrom() == 0);
        QVERIFY(row->estimateLabel()->text().contains(QStringLiteral("documented A100 defaults")));
    }

    void estimateLearnsFromTheHistory()
    {
        // Eight finished cloud runs, timed by known rates: the estimate is now learned from them.
        const QString root = m_dir.filePath(QStringLiteral("learned"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/data")));
        {
            settings::AppSettings s(root + QStringLiteral("/settings.ini"));
            s.setValue(QStringLiteral("storage/dataDirectory"), root + QStringLiteral("/data"));
            store::HistoryStore history(s.historyDatabasePath());
            QString error;
            QVERIFY2(history.open(&error), qPrintable(error));
            const model::UnitRates rates{0.04, 0.1, 0.3, 0.02, 2.0};
            QList<store::HistoryRecord> records;
            const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
            for (int n = 0; n < 8; ++n) {
                store::HistoryRecord r = testsupport::syntheticRecord(n * 10 + 1, start);  // never n % 10 == 3: all succeeded
                r.input.insert(QStringLiteral("num_inference_steps"), 20 + 10 * n);
                r.input.insert(QStringLiteral("num_animation_frames"), 2 + n);
                r.input.insert(QStringLiteral("num_interpolation_steps"), 1 + (n * 5) % 16);
                r.input.insert(QStringLiteral("width"), n % 2 ? 256 : 512);
                r.input.insert(QStringLiteral("film_interpolation"), n % 3 != 0);
                r.predictTime = rates.predictSeconds(model::AnimationPlan::fromInput(r.input).totalUnits());
                records << r;
            }
            QVERIFY2(history.insertMany(records), qPrintable(history.lastError()));
        }
        App app(root);
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(app.rates->estimator().learnedFrom() == 8, 10000);
        QLabel *label = app.window->runEstimateLabel();
        QTRY_VERIFY2(label->text().contains(QStringLiteral("learned from 8 run")), qPrintable(label->text()));
        QCOMPARE(label->text(), estimateLine(app.rates->estimator(), app.model()->input(),
                                             settings::AppSettings::DefaultPricePerSecondUsd));
        QVERIFY(label->text() != estimateLine(model::RunEstimator(), app.model()->input(),
                                              settings::AppSettings::DefaultPricePerSecondUsd));
    }

    void cleanupTestCase()
    {
        m_app.reset();
    }
};

QTEST_MAIN(TestPlanForm)
#include "tst_plan_form.moc"
