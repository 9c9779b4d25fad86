#pragma once

#include <QIcon>
#include <QPalette>

namespace sdanim::ui {

// Play/pause/step glyphs drawn in the palette's button text colour, for systems whose icon theme
// has no media icons (the style's fallback pixmaps are dark grey and vanish on a dark palette).
// Vector-drawn at every requested size, so they are sharp at any device pixel ratio.
class PreviewControlIcons
{
public:
    enum class Glyph { Play, Pause, StepBackward, StepForward };

    // The theme's icon when it has one, else the drawn glyph.
    static QIcon icon(Glyph glyph, const QPalette &palette);
    static QIcon drawn(Glyph glyph, const QPalette &palette);
};

} // namespace sdanim::ui
