#pragma once

namespace sdanim::model {

// The work of (part of) one prediction in the four kinds that take GPU or CPU time (spec §9.5),
// each normalised to a 512×512 frame so one rate fits every size:
//   unet   — UNet evaluations × batch (2 with classifier-free guidance) × latent pixels / 64²
//   vae    — VAE decodes × pixels / 512²
//   film   — FILM inferences × pixels / 512²
//   encode — video frames encoded × pixels / 512²
struct ComputeUnits
{
    double unet = 0;
    double vae = 0;
    double film = 0;
    double encode = 0;

    ComputeUnits &operator+=(const ComputeUnits &o)
    {
        unet += o.unet;
        vae += o.vae;
        film += o.film;
        encode += o.encode;
        return *this;
    }
    friend ComputeUnits operator+(ComputeUnits a, const ComputeUnits &b) { return a += b; }
    bool isZero() const { return unet == 0 && vae == 0 && film == 0 && encode == 0; }
};

} // namespace sdanim::model
