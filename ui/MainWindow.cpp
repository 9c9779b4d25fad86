#include "ui/MainWindow.h"

#include <QLabel>
#include <QStatusBar>

namespace sdanim::ui {

MainWindow::MainWindow(const QString &backendName, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("SD Animator"));
    auto *backendLabel = new QLabel(tr("Backend: %1").arg(backendName), this);
    backendLabel->setObjectName(QStringLiteral("backendLabel"));
    statusBar()->addPermanentWidget(backendLabel);
    resize(1280, 800);
}

} // namespace sdanim::ui
