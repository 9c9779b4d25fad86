#include "emulator/PredictionState.h"

namespace sdanim::emulator {

QString PredictionState::logsText() const
{
    QString text;
    for (const QString &line : logLines)
        text += line + QLatin1Char('\n');
    return text;
}

} // namespace sdanim::emulator
