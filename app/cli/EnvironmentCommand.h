#pragma once

#include <QObject>
#include <QStringList>

namespace sdanim::cli {

class CliEnvironment;

// Base of the commands that need the backend and the history (`run`, `history`): holds the
// arguments and the CliEnvironment, and tears them down in the one safe order.
class EnvironmentCommand : public QObject
{
    Q_OBJECT
public:
    explicit EnvironmentCommand(const QStringList &arguments, QObject *parent = nullptr);
    ~EnvironmentCommand() override;

protected:
    QStringList m_arguments;
    CliEnvironment *m_env = nullptr;
};

} // namespace sdanim::cli
