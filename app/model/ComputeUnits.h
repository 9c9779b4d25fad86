#pragma once

namespace sdanim::model {

// The work of (part of) one prediction in the four kinds that take GPU or CPU time (spec §9.5, as
// issue 7 lists them):
//   unet   — UNet evaluations × batch (2 with classifier-free guidance) × latent pixels / 64²
//            (so one unit is one 512×512 evaluation of one batch element)
//   vae    — VAE decodes
//   film   — FILM inferences × pixels / 512²
//   encode — video frames encoded
// Why decodes and frames are counts rather than pixel-scaled: every video frame is either a decoded
// latent or a FILM output, so pixel-scaled VAE + FILM units would equal the pixel-scaled frame count
// (minus the two keyframes) for every input and no history could tell the encode rate apart. As
// counts they separate as soon as the history holds two sizes.
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
