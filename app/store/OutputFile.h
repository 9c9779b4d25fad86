#pragma once

#include <QString>

namespace sdanim::store {

// A file of a prediction saved on this machine, in the prediction's output order.
struct OutputFile
{
    int index = 0;
    QString path;
    QString url;     // where it was downloaded from (may be a data: URI prefix only)
};

} // namespace sdanim::store
