// The settings dialog's "Run on" choice against the emulator with two deployments: the table lists
// them with hardware and min/max instances (fetched in the background), picking one and pressing OK
// saves it, and the next run from the window is created on the deployment's endpoint. A token the
// server refuses and a backend without deployments are said under the table.
#include "api/ReplicateBackend.h"
#include "session/InputModel.h"
#include "session/Run.h"
#include "session/RunController.h"
#include "ui/DeploymentPicker.h"
#include "ui/SettingsDialog.h"
#include "support/EmulatorHarness.h"
#include "queue/QueueStore.h"
#include "support/GuiApp.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace sdanim;

namespace {

const QString kToken = QStringLiteral("r8_DeploymentDialogToken0123456789");

} // namespace

class TestSettingsDeployments : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::EmulatorHarness> m_emu;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<testing::GuiApp> m_app;

    QString cell(QTableWidget *table, int row, int column) const
    {
        QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    }

    int postsTo(const QString &path)
    {
        return m_emu->countRequests(QStringLiteral("POST"), path);
    }

private slots:
    void initTestCase()
    {
        qunsetenv("REPLICATE_BASE_URL");
    }

    void init()
    {
        m_emu = std::make_unique<testing::EmulatorHarness>(0.01, kToken);
        QVERIFY(m_emu->started());
        m_emu->control("POST", QStringLiteral("/deployments"),
                       QJsonObject{{"owner", "acme"}, {"name", "anim"}, {"hardware", "gpu-a100-large"},
                                   {"min_instances", 1}, {"max_instances", 3}});
        m_emu->control("POST", QStringLiteral("/deployments"),
                       QJsonObject{{"owner", "acme"}, {"name", "preview"}, {"hardware", "gpu-t4"}, {"max_instances", 2}});
        m_dir = std::make_unique<QTemporaryDir>();
        const QUrl base = m_emu->apiBase();
        m_app = std::make_unique<testing::GuiApp>(m_dir->path(), 0.01, [base](settings::AppSettings &s) {
            s.setBaseUrl(base);
            s.setBackend(settings::AppSettings::BackendChoice::ReplicateCloud);
        });
        m_app->backends->setToken(kToken.toUtf8());
        m_app->backends->rebuild();
        QTRY_VERIFY(m_app->backends->backend() && m_app->backends->backend()->kind() == api::Backend::Kind::ReplicateCloud);
    }

    void cleanup()
    {
        m_app.reset();
        m_dir.reset();
        m_emu.reset();
    }

    void listsPicksAndRunsOnADeployment()
    {
        testing::GuiApp &app = *m_app;
        ui::SettingsDialog dialog(app.settings.get(), app.backends.get(), app.window.get());
        dialog.show();
        ui::DeploymentPicker *picker = dialog.deploymentPicker();
        QVERIFY(picker->versionButton()->isChecked());   // the default: the model version
        QTableWidget *table = picker->table();
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 60000);
        QCOMPARE(cell(table, 0, ui::DeploymentPicker::NameColumn), QStringLiteral("acme/anim"));
        QCOMPARE(cell(table, 0, ui::DeploymentPicker::HardwareColumn), QStringLiteral("gpu-a100-large"));
        QCOMPARE(cell(table, 0, ui::DeploymentPicker::MinColumn), QStringLiteral("1"));
        QCOMPARE(cell(table, 0, ui::DeploymentPicker::MaxColumn), QStringLiteral("3"));
        QCOMPARE(cell(table, 1, ui::DeploymentPicker::NameColumn), QStringLiteral("acme/preview"));
        QCOMPARE(cell(table, 1, ui::DeploymentPicker::HardwareColumn), QStringLiteral("gpu-t4"));
        QCOMPARE(cell(table, 1, ui::DeploymentPicker::MinColumn), QStringLiteral("0"));
        QCOMPARE(cell(table, 1, ui::DeploymentPicker::MaxColumn), QStringLiteral("2"));
        QVERIFY2(picker->statusLabel()->text().contains(QLatin1String("2")), qPrintable(picker->statusLabel()->text()));
        QVERIFY(picker->versionButton()->isChecked());   // listing picks nothing by itself

        // "A deployment" without a row picked is refused next to the table; nothing is saved.
        picker->deploymentButton()->setChecked(true);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(picker->statusLabel()->text().contains(QLatin1String("Pick one")));
        QCOMPARE(app.settings->deployment(), QString());

        table->selectRow(1);
        QVERIFY(picker->deploymentButton()->isChecked());
        QCOMPARE(picker->current(), QStringLiteral("acme/preview"));
        QVERIFY2(!picker->statusLabel()->text().contains(QLatin1String("Pick one")), qPrintable(picker->statusLabel()->text()));
        if (!qEnvironmentVariableIsEmpty("SDANIM_SCREENSHOT"))
            dialog.grab().save(qEnvironmentVariable("SDANIM_SCREENSHOT"));
        dialog.accept();
        QCOMPARE(app.settings->deployment(), QStringLiteral("acme/preview"));
        QTRY_VERIFY(qobject_cast<api::ReplicateBackend *>(app.backends->backend())
                    && qobject_cast<api::ReplicateBackend *>(app.backends->backend())->deployment() == QLatin1String("acme/preview"));

        QTRY_VERIFY_WITH_TIMEOUT(app.window->form() && !app.model()->schema().versionId().isEmpty(), 60000);
        app.setTinyInput();
        QTRY_VERIFY_WITH_TIMEOUT(app.window->runButton()->isEnabled(), 60000);
        app.window->startRun();
        session::Run *run = app.newRun(0);
        QVERIFY(run);
        QVERIFY(QTest::qWaitFor([&] { return !run->isActive(); }, 60000));
        QCOMPARE(run->state(), session::Run::State::Succeeded);
        QCOMPARE(postsTo(QStringLiteral("/v1/deployments/acme/preview/predictions")), 1);
        QCOMPARE(postsTo(QStringLiteral("/v1/predictions")), 0);
        // The Run went through the queue, its job added for the deployment.
        const QList<queue::QueueJob> jobs = app.history->run([](store::HistoryStore &s) { return queue::QueueStore(s).list(); }).result();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().deployment, QStringLiteral("acme/preview"));

        // Reopened, the dialog shows the saved choice selected.
        ui::SettingsDialog again(app.settings.get(), app.backends.get(), app.window.get());
        again.show();
        QTRY_COMPARE_WITH_TIMEOUT(again.deploymentPicker()->table()->rowCount(), 2, 60000);
        QVERIFY(again.deploymentPicker()->deploymentButton()->isChecked());
        QCOMPARE(again.deploymentPicker()->current(), QStringLiteral("acme/preview"));
        // Back to the model version.
        again.deploymentPicker()->versionButton()->setChecked(true);
        again.accept();
        QCOMPARE(app.settings->deployment(), QString());
    }

    void saysWhyThereIsNoList()
    {
        testing::GuiApp &app = *m_app;
        app.backends->setToken("r8_refused");
        ui::SettingsDialog dialog(app.settings.get(), app.backends.get(), app.window.get());
        dialog.show();
        ui::DeploymentPicker *picker = dialog.deploymentPicker();
        QTRY_VERIFY_WITH_TIMEOUT(picker->statusLabel()->text().contains(QLatin1String("401")), 60000);
        QCOMPARE(picker->table()->rowCount(), 0);
        QVERIFY(picker->refreshButton()->isEnabled());

        // The right token typed into the dialog lists them (without saving anything).
        dialog.tokenEdit()->setText(kToken);
        QTest::mouseClick(picker->refreshButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(picker->table()->rowCount(), 2, 60000);

        QComboBox *backend = dialog.backendBox();
        backend->setCurrentIndex(backend->findData(int(settings::AppSettings::BackendChoice::OfflineEmulator)));
        QTRY_VERIFY(picker->statusLabel()->text().contains(QLatin1String("Replicate cloud")));
        QCOMPARE(picker->table()->rowCount(), 0);
        QVERIFY(!picker->deploymentButton()->isEnabled());
    }
};

QTEST_MAIN(TestSettingsDeployments)
#include "tst_settings_deployments.moc"
