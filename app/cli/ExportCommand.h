#pragma once

#include "cli/EnvironmentCommand.h"
#include "export/ExportSettings.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

namespace sdanim::cli {

// `sdanim export INPUT [--format gif|mp4|webm|apng|png] [--fps N] [--interpolate mci|blend]
// [--quality fast|high] [--trim A:B] [--ping-pong] [--scale F] [--loop N] --out PATH [--no-history]`:
// re-exports a finished output locally (exports::OutputExporter), with progress on stderr and the
// new path on stdout, then records it as a derived history entry with a sidecar
// (exports::DerivedOutput). Bad values, an unreadable INPUT and settings the input cannot take
// (a trim past its end, interpolation to a lower rate) exit 2 before anything is written;
// Ctrl-C cancels and leaves no file (exit 130).
class ExportCommand : public EnvironmentCommand
{
    Q_OBJECT
public:
    explicit ExportCommand(const QStringList &arguments, QObject *parent = nullptr);
    int exec();

    // Parses the export options of `parser` into settings; false with a message naming the option.
    static bool settingsFrom(const QCommandLineParser &parser, const QString &outPath, exports::ExportSettings *settings,
                             QString *error);

private:
    bool m_record = true;
};

} // namespace sdanim::cli
