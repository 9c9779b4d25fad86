#pragma once

#include <QMainWindow>

namespace sdanim::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &backendName, QWidget *parent = nullptr);
};

} // namespace sdanim::ui
