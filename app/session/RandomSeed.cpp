#include "session/RandomSeed.h"

#include <QRandomGenerator>

namespace sdanim::session {

qint64 RandomSeed::draw()
{
    return QRandomGenerator::global()->bounded(Max + 1);
}

} // namespace sdanim::session
