#pragma once

// The parts of an api::Backend a test fake does not care about: an offline backend named "fake"
// with the pinned schema, no connection check and no resume. A fake overrides createJob (and
// resumeJob when it follows predictions).

#include "api/Backend.h"

namespace sdanim::testing {

class FakeBackendBase : public api::Backend
{
public:
    Kind kind() const override { return Kind::OfflineEmulator; }
    QString displayName() const override { return QStringLiteral("fake"); }
    void loadSchema() override {}
    schema::ModelSchema schema() const override { return schema::ModelSchema::pinned(); }
    api::PredictionJob *resumeJob(const api::Prediction &, QObject *) override { return nullptr; }
    void checkConnection() override {}
    void setRunEstimator(const model::RunEstimator &) override {}
};

} // namespace sdanim::testing
