#pragma once

#include "emulator/ModelRunPlan.h"

#include <QImage>

#include <memory>

namespace sdanim::emulator {

class SimulatedPrediction;

// Produces a prediction's real files (intermediate PNGs, then the GIF/MP4) in yield order and tells
// the prediction when each one is on disk. Runs on a worker thread; stops early when canceled.
class OutputRenderer
{
public:
    static void render(const std::shared_ptr<SimulatedPrediction> &prediction);
    // The PNG content of an intermediate output (null for the video).
    static QImage still(const ModelRunPlan &plan, const ModelRunPlan::Output &output);
};

} // namespace sdanim::emulator
