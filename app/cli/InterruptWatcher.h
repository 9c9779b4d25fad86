#pragma once

#include <QObject>

class QSocketNotifier;

namespace sdanim::cli {

// Turns SIGINT/SIGTERM into a Qt signal (self-pipe; the handler only writes one byte), so the CLI
// can cancel its prediction before exiting.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;
    int count() const { return m_count; }

signals:
    void interrupted(int count);   // 1 on the first signal, 2 on the second, ...

private:
    QSocketNotifier *m_notifier = nullptr;
    int m_count = 0;
};

} // namespace sdanim::cli
