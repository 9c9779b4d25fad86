#pragma once

#include <QStringList>

namespace sdanim::cli {

// `sdanim presets list|show|save|delete|import|export` (docs/cli.md). Values are validated
// against the model schema shipped with the app.
class PresetsCommand
{
public:
    explicit PresetsCommand(const QStringList &arguments) : m_arguments(arguments) {}
    int exec();

private:
    QStringList m_arguments;
};

} // namespace sdanim::cli
