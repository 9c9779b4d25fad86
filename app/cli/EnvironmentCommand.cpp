#include "cli/EnvironmentCommand.h"

#include "cli/CliEnvironment.h"

namespace sdanim::cli {

EnvironmentCommand::EnvironmentCommand(const QStringList &arguments, QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
{
}

EnvironmentCommand::~EnvironmentCommand()
{
    // Jobs, importers and resume managers use the backend and the history the environment owns:
    // they go first.
    const QObjectList owned = children();
    for (QObject *child : owned) delete child;
    delete m_env;
}

} // namespace sdanim::cli
