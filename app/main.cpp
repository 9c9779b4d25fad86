#include "settings/AppSettings.h"
#include "ui/MainWindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    // Debian's Qt 6.4 GStreamer backend stalls on GIF; the FFmpeg backend plays GIF and MP4.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SD Animator"));
    QApplication::setApplicationName(QStringLiteral("sdanim"));
    sdanim::ui::MainWindow window(QObject::tr("Offline emulator (synthetic previews)"));
    window.show();
    return app.exec();
}
