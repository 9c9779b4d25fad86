#pragma once

#include "model/ComputeUnits.h"

namespace sdanim::model {

// Seconds per compute unit, plus a fixed per-prediction overhead: predict_time ≈ overhead +
// Σ rate × units. The defaults are plausible for an Nvidia A100 (40GB) running the model's fp32
// diffusers 0.2.4 pipeline (docs/model.md explains them); RateFitter replaces them with what the
// user's own history shows. The emulator times its simulated runs with the defaults.
struct UnitRates
{
    double unet = 0.03;     // s per 512²-equivalent UNet batch element (≈ 0.06 s per CFG step)
    double vae = 0.08;      // s per VAE decode
    double film = 0.25;     // s per 512² FILM inference
    double encode = 0.01;   // s per video frame encoded
    double overhead = 1.0;  // s per prediction (pipeline set-up, safety checker, upload)

    static UnitRates defaults() { return {}; }
    double seconds(const ComputeUnits &u) const
    {
        return unet * u.unet + vae * u.vae + film * u.film + encode * u.encode;
    }
    double predictSeconds(const ComputeUnits &u) const { return overhead + seconds(u); }
};

} // namespace sdanim::model
