#pragma once

// Header-only helpers for tests that run the `sdanim` CLI and `sdanim-emulator` as processes.

#include "store/HistoryStore.h"

#include <QFile>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace sdanim::testing {

// An isolated user: HOME, XDG data/config in a temporary folder, no session bus (so no keyring)
// and no token unless a test sets one.
struct CliHarness
{
    QTemporaryDir home;

    QString binary() const { return QStringLiteral(SDANIM_BINARY_DIR "/sdanim"); }
    QString dataDir() const { return home.filePath(QStringLiteral("data/sdanim")); }
    QString historyPath() const { return dataDir() + QStringLiteral("/history.sqlite"); }
    QString presetsDir() const { return dataDir() + QStringLiteral("/presets"); }
    QString outDir() const { return home.filePath(QStringLiteral("out")); }

    QProcessEnvironment environment(const QByteArray &token = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("REPLICATE_API_TOKEN"));
        env.remove(QStringLiteral("REPLICATE_BASE_URL"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        if (!token.isEmpty()) env.insert(QStringLiteral("REPLICATE_API_TOKEN"), QString::fromLatin1(token));
        return env;
    }

    void start(QProcess &process, const QStringList &arguments, const QByteArray &token = {}) const
    {
        process.setProcessEnvironment(environment(token));
        process.start(binary(), arguments);
    }

    // Rows of this user's history database as the processes left it: 0 before it exists, -1 when
    // it cannot be opened.
    int historyRowCount(bool includeDeleted = false) const
    {
        if (!QFile::exists(historyPath())) return 0;
        store::HistoryStore history(historyPath());
        if (!history.open()) return -1;
        store::HistoryQuery all;
        all.includeDeleted = includeDeleted;
        all.limit = 0;
        return history.count(all);
    }

    struct Result { int exitCode = -1; QString out; QString err; };

    // A run that hit its cap leaves where each of its threads was in the test's log (when gdb is
    // there), so a hang seen once on a loaded machine can be read afterwards.
    static void logStacks(qint64 pid)
    {
        QProcess gdb;
        gdb.start(QStringLiteral("gdb"), {QStringLiteral("-batch"), QStringLiteral("-p"), QString::number(pid),
                                          QStringLiteral("-ex"), QStringLiteral("thread apply all bt 20")});
        if (!gdb.waitForStarted(5000)) return;
        gdb.waitForFinished(120000);
        qWarning("stacks of the process that hit its cap (pid %lld):\n%s", pid, gdb.readAllStandardOutput().constData());
    }

    Result run(const QStringList &arguments, const QByteArray &token = {}, int timeoutMs = 45000) const
    {
        QProcess process;
        start(process, arguments, token);
        Result r;
        if (!process.waitForFinished(timeoutMs)) {
            logStacks(process.processId());
            process.kill();
            process.waitForFinished();
            r.err = QStringLiteral("TIMEOUT\n");
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        r.err += QString::fromLocal8Bit(process.readAllStandardError());
        return r;
    }
};

// A separately started `sdanim-emulator --port 0`, stopped by the destructor.
struct EmulatorProcess
{
    QProcess process;
    QUrl apiBase;
    QUrl control;

    bool start(const QStringList &extraArguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SDANIM_BINARY_DIR "/sdanim-emulator"), QStringList{QStringLiteral("--port"), QStringLiteral("0")} + extraArguments);
        static const QRegularExpression api(QStringLiteral("listening on (\\S+)"));
        static const QRegularExpression ctl(QStringLiteral("control on (\\S+)"));
        QString seen;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000 && (apiBase.isEmpty() || control.isEmpty())) {
            process.waitForReadyRead(200);
            seen += QString::fromLocal8Bit(process.readAllStandardOutput());
            if (auto m = api.match(seen); m.hasMatch()) apiBase = QUrl(m.captured(1));
            if (auto m = ctl.match(seen); m.hasMatch()) control = QUrl(m.captured(1));
        }
        return !apiBase.isEmpty() && !control.isEmpty();
    }

    ~EmulatorProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000)) process.kill();
            process.waitForFinished();
        }
    }
};

} // namespace sdanim::testing
