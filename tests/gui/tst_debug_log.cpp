// View → Debug Log: after a run against the emulator's Replicate API the pane lists the create
// (POST …/v1/predictions, 201) with its time, and the token is nowhere in the pane's model.
#include "api/Backend.h"
#include "api/RequestLog.h"
#include "session/BackendSession.h"
#include "session/InputModel.h"
#include "session/Run.h"
#include "session/RunController.h"
#include "settings/AppSettings.h"
#include "ui/DebugLogDock.h"
#include "ui/MainWindow.h"
#include "ui/RequestLogModel.h"
#include "support/EmulatorHarness.h"
#include "support/GuiApp.h"

#include <QAction>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;

class TestDebugLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qunsetenv("REPLICATE_BASE_URL");
    }

    void paneListsTheRequestsOfARunWithoutTheToken()
    {
        const QString token = QStringLiteral("r8_DebugPaneToken0123456789abcdef");
        testing::EmulatorHarness emulator(0.01, token);
        QVERIFY(emulator.started());
        QTemporaryDir dir;
        testing::GuiApp app(dir.path(), 0.01, [&](settings::AppSettings &s) {
            s.setBaseUrl(emulator.apiBase());
            s.setBackend(settings::AppSettings::BackendChoice::ReplicateCloud);
        });
        app.backends->setToken(token.toUtf8());
        app.backends->rebuild();
        QTRY_VERIFY(app.backends->backend() && app.backends->backend()->kind() == api::Backend::Kind::ReplicateCloud);

        ui::DebugLogDock *dock = app.window->debugLogDock();
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());   // hidden until asked for
        auto *action = app.window->findChild<QAction *>(QStringLiteral("debugLogAction"));
        QVERIFY(action);
        action->trigger();
        QTRY_VERIFY(dock->isVisible());

        QTRY_VERIFY_WITH_TIMEOUT(app.window->form() && !app.model()->schema().versionId().isEmpty(), 15000);
        app.setTinyInput();
        QTRY_VERIFY_WITH_TIMEOUT(app.window->runButton()->isEnabled(), 15000);
        app.window->startRun();
        session::Run *run = app.newRun(0);
        QVERIFY(run);
        const bool ended = QTest::qWaitFor([&] { return !run->isActive(); }, 30000);
        if (!ended)
            for (const api::RequestLogEntry &e : api::RequestLog::instance().entries())
                qWarning() << e.method << e.url << e.httpStatus << e.error << e.finished;
        QVERIFY(ended);
        if (run->state() != session::Run::State::Succeeded)
            for (const api::RequestLogEntry &e : api::RequestLog::instance().entries())
                qWarning() << e.method << e.url << e.httpStatus << e.error;
        QCOMPARE(run->state(), session::Run::State::Succeeded);

        ui::RequestLogModel *model = dock->model();
        QCOMPARE(dock->view()->model(), model);
        const QString create = emulator.apiBase().toString() + QStringLiteral("/predictions");
        int createRow = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < model->rowCount(); ++row) {
                    auto text = [&](int column) { return model->index(row, column).data().toString(); };
                    if (text(ui::RequestLogModel::MethodColumn) == QLatin1String("POST")
                        && text(ui::RequestLogModel::UrlColumn) == create
                        && text(ui::RequestLogModel::StatusColumn) == QLatin1String("201")) {
                        createRow = row;
                        return true;
                    }
                }
                return false;
            }(),
            10000);
        QVERIFY(model->index(createRow, ui::RequestLogModel::DurationColumn).data().toString().endsWith(QLatin1String(" ms")));
        QVERIFY(!model->index(createRow, ui::RequestLogModel::TimeColumn).data().toString().isEmpty());
        QCOMPARE(model->index(createRow, ui::RequestLogModel::AuthColumn).data().toString(), QStringLiteral("Bearer ***"));
        // The polls and the output download are there too, the download without the token.
        bool sawDownload = false;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, ui::RequestLogModel::UrlColumn).data().toString().endsWith(QLatin1String(".gif"))) {
                sawDownload = true;
                QCOMPARE(model->index(row, ui::RequestLogModel::AuthColumn).data().toString(), QString());
            }
        QVERIFY(sawDownload);

        // Nowhere, in any role of any cell, nor in the headers.
        QVERIFY(model->rowCount() >= 3);
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole), int(Qt::UserRole)}) {
                    const QString value = model->index(row, column).data(role).toString();
                    QVERIFY2(!value.contains(token) && !value.contains(QLatin1String("DebugPaneToken")), qPrintable(value));
                }
        for (const api::RequestLogEntry &e : api::RequestLog::instance().entries())
            QVERIFY(!e.url.contains(token) && !e.error.contains(token));
    }

    void logIsBoundedAndHidesQueryValues()
    {
        api::RequestLog &log = api::RequestLog::instance();
        QCOMPARE(api::RequestLog::displayUrl(QUrl(QStringLiteral("https://u:p@replicate.delivery/x/out.gif?sig=SECRET&e=1#f"))),
                 QStringLiteral("https://replicate.delivery/x/out.gif?sig=…&e=…"));
        QCOMPARE(api::RequestLog::displayUrl(QUrl(QStringLiteral("http://h/v1/r8_abc/x")), "r8_abc"),
                 QStringLiteral("http://h/v1/***/x"));
        ui::RequestLogModel model(&log);
        log.clear();
        QCOMPARE(model.rowCount(), 0);
        // More requests than the bound (to a closed port: each finishes quickly with an error).
        QNetworkAccessManager nam;
        const int total = api::RequestLog::MaxEntries + 5;
        int finished = 0;
        for (int i = 0; i < total; ++i) {
            QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:9/n%1").arg(i))));
            log.watch(reply);
            connect(reply, &QNetworkReply::finished, reply, [&finished, reply] {
                ++finished;
                reply->deleteLater();
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, total, 30000);
        QCOMPARE(log.entries().size(), api::RequestLog::MaxEntries);
        QCOMPARE(model.rowCount(), api::RequestLog::MaxEntries);
        QCOMPARE(log.entries().first().url, QStringLiteral("http://127.0.0.1:9/n5"));
        QCOMPARE(model.index(model.rowCount() - 1, ui::RequestLogModel::UrlColumn).data().toString(),
                 QStringLiteral("http://127.0.0.1:9/n%1").arg(total - 1));
        QTRY_COMPARE(model.index(model.rowCount() - 1, ui::RequestLogModel::StatusColumn).data().toString(),
                     QStringLiteral("failed"));
    }
};

QTEST_MAIN(TestDebugLog)
#include "tst_debug_log.moc"
