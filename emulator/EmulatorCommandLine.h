#pragma once

#include "emulator/EmulatorServer.h"

#include <QStringList>

namespace sdanim::emulator {

// The sdanim-emulator command line (docs/emulator.md lists every flag) → EmulatorOptions.
class EmulatorCommandLine
{
public:
    enum class Result { Run, ExitOk, Error };
    // On ExitOk `message` holds the help/version text; on Error a specific complaint.
    static Result parse(const QStringList &arguments, EmulatorOptions *options, QString *message);
};

} // namespace sdanim::emulator
