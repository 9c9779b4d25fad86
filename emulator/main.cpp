// sdanim-emulator: the offline Replicate API + Cog container emulator as a standalone server.
#include "emulator/EmulatorCommandLine.h"
#include "emulator/EmulatorServer.h"

#include <QGuiApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // write() is async-signal-safe; the event loop picks the byte up and quits normally.
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    // The renderer draws text, which needs a QGuiApplication; there is usually no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sdanim-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SDANIM_VERSION));

    sdanim::emulator::EmulatorOptions options;
    QString error;
    switch (sdanim::emulator::EmulatorCommandLine::parse(app.arguments(), &options, &error)) {
    case sdanim::emulator::EmulatorCommandLine::Result::Run:
        break;
    case sdanim::emulator::EmulatorCommandLine::Result::ExitOk:
        std::fputs(qPrintable(error), stdout);
        return 0;
    case sdanim::emulator::EmulatorCommandLine::Result::Error:
        std::fprintf(stderr, "sdanim-emulator: %s\n", qPrintable(error));
        return 2;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        std::perror("sdanim-emulator: socketpair");
        return 1;
    }
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    sdanim::emulator::EmulatorServer server(options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "sdanim-emulator: %s\n", qPrintable(error));
        return 1;
    }
    // Scripts and tests parse these lines to find the ephemeral ports.
    std::printf("sdanim-emulator listening on %s\n", qPrintable(server.apiBaseUrl().toString()));
    std::printf("sdanim-emulator cog api on %s\n", qPrintable(server.cogBaseUrl().toString()));
    std::printf("sdanim-emulator control on %s\n", qPrintable(server.controlUrl().toString()));
    std::fflush(stdout);

    const int rc = app.exec();
    server.stop();
    std::printf("sdanim-emulator stopped\n");
    std::fflush(stdout);
    return rc;
}
