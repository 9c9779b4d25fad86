#include "emulator/render/KeyframeScene.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

namespace sdanim::emulator {

namespace {

// SplitMix64: tiny, fast and fully specified, so the same prompt renders the same on every platform
// (std::uniform_real_distribution is implementation-defined).
class SplitMix {
public:
    explicit SplitMix(quint64 state) : m_state(state) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

quint64 promptHash(const QString &prompt)
{
    const QByteArray digest =
        QCryptographicHash::hash(prompt.trimmed().toUtf8(), QCryptographicHash::Sha256);
    return qFromLittleEndian<quint64>(digest.constData());
}

// Colour words steer the palette so "a red barn" and "a blue lake" look the part.
std::optional<double> keywordHue(const QString &prompt)
{
    struct Word { const char *word; double hue; };
    static constexpr Word kWords[] = {
        {"red", 0},      {"fire", 10},     {"sunset", 20},  {"orange", 30},  {"autumn", 32},
        {"gold", 45},    {"golden", 45},   {"desert", 42},  {"yellow", 55},  {"lime", 90},
        {"forest", 125}, {"green", 120},   {"teal", 175},   {"cyan", 185},   {"ocean", 200},
        {"sea", 200},    {"sky", 205},     {"blue", 225},   {"night", 235},  {"navy", 230},
        {"indigo", 250}, {"purple", 275},  {"violet", 280}, {"magenta", 300}, {"pink", 330},
        {"rose", 345},
    };
    const QStringList words = prompt.toLower().split(QRegularExpression(QStringLiteral("[^a-z]+")),
                                                     Qt::SkipEmptyParts);
    for (const QString &w : words)
        for (const Word &k : kWords)
            if (w == QLatin1String(k.word))
                return k.hue;
    return std::nullopt;
}

QColor hsv(double hue, double sat, double val, double alpha = 1.0)
{
    double h = std::fmod(hue, 360.0);
    if (h < 0)
        h += 360.0;
    return QColor::fromHsvF(float(h / 360.0), float(std::clamp(sat, 0.0, 1.0)),
                            float(std::clamp(val, 0.0, 1.0)), float(alpha));
}

double lerp(double a, double b, double t) { return a + (b - a) * t; }

QPointF lerp(QPointF a, QPointF b, double t) { return a + (b - a) * t; }

QColor lerp(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(lerp(a.redF(), b.redF(), t)), float(lerp(a.greenF(), b.greenF(), t)),
                            float(lerp(a.blueF(), b.blueF(), t)), float(lerp(a.alphaF(), b.alphaF(), t)));
}

QList<double> hills(SplitMix &layout, SplitMix &variation, double base, double amplitude)
{
    const double f1 = layout.uniform(1.0, 3.0), f2 = layout.uniform(3.0, 7.0);
    const double p1 = layout.uniform(0, 2 * std::numbers::pi) + variation.uniform(-0.6, 0.6);
    const double p2 = layout.uniform(0, 2 * std::numbers::pi) + variation.uniform(-0.6, 0.6);
    QList<double> heights;
    heights.reserve(KeyframeScene::kHillPoints);
    for (int i = 0; i < KeyframeScene::kHillPoints; ++i) {
        const double x = double(i) / (KeyframeScene::kHillPoints - 1) * 2 * std::numbers::pi;
        heights.append(base - amplitude * (0.65 * std::sin(f1 * x + p1) + 0.35 * std::sin(f2 * x + p2)));
    }
    return heights;
}

} // namespace

KeyframeScene KeyframeScene::fromPrompt(const QString &prompt, quint32 seed)
{
    const quint64 hash = promptHash(prompt);
    SplitMix layout(hash);
    SplitMix variation(hash ^ (quint64(seed) * 0xD1B54A32D192ED03ull + 0x2545F4914F6CDD1Dull));

    const double baseHue = keywordHue(prompt).value_or(layout.uniform(0, 360)) + variation.uniform(-14, 14);
    // Harmony scheme: analogous, complementary, triadic or split-complementary accents.
    static constexpr double kSchemes[4][2] = {{30, -30}, {180, 200}, {120, 240}, {150, 210}};
    const auto &scheme = kSchemes[layout.below(4)];
    const double accents[3] = {baseHue, baseHue + scheme[0], baseHue + scheme[1]};
    const double sat = layout.uniform(0.45, 0.9);
    const double val = layout.uniform(0.6, 0.95);

    KeyframeScene s;
    s.skyTop = hsv(baseHue + layout.uniform(-20, 20), sat * 0.55, std::min(1.0, val + 0.1));
    s.skyMiddle = hsv(accents[1] * 0.25 + baseHue * 0.75, sat, val * 0.85);
    s.skyBottom = hsv(accents[2], sat * 0.9, val * 0.6);
    s.gradientAngle = layout.uniform(0.3, 0.7) * std::numbers::pi + variation.uniform(-0.15, 0.15);

    s.glowCenter = QPointF(layout.uniform(0.2, 0.8) + variation.uniform(-0.06, 0.06),
                           layout.uniform(0.15, 0.45) + variation.uniform(-0.04, 0.04));
    s.glowRadius = layout.uniform(0.12, 0.3) * variation.uniform(0.9, 1.1);
    s.glowColor = hsv(accents[1] + 20, 0.25, 1.0, 0.9);

    s.farHills = hills(layout, variation, layout.uniform(0.55, 0.68), layout.uniform(0.04, 0.12));
    s.nearHills = hills(layout, variation, layout.uniform(0.76, 0.86), layout.uniform(0.03, 0.08));
    s.farHillColor = hsv(accents[1], sat * 0.7, val * 0.45);
    s.nearHillColor = hsv(accents[2], sat * 0.8, val * 0.28);

    static constexpr int kLobes[] = {0, 2, 3, 4, 5, 6, 7};
    for (int b = 0; b < kBlobCount; ++b) {
        Blob blob;
        blob.center = QPointF(layout.uniform(0.08, 0.92) + variation.uniform(-0.07, 0.07),
                              layout.uniform(0.12, 0.78) + variation.uniform(-0.05, 0.05));
        blob.radius = layout.uniform(0.05, 0.17) * variation.uniform(0.85, 1.15);
        const int lobes = kLobes[layout.below(7)];
        const double lobeDepth = lobes ? layout.uniform(0.08, 0.3) : 0.0;
        const int ripples = 8 + layout.below(5);
        const double rippleDepth = variation.uniform(0.0, 0.06);
        const double phase1 = variation.uniform(0, 2 * std::numbers::pi);
        const double phase2 = variation.uniform(0, 2 * std::numbers::pi);
        blob.outline.reserve(kOutlinePoints);
        for (int i = 0; i < kOutlinePoints; ++i) {
            const double phi = 2 * std::numbers::pi * i / kOutlinePoints;
            const double r = blob.radius *
                             std::max(0.2, 1 + lobeDepth * std::cos(lobes * phi + phase1) +
                                               rippleDepth * std::cos(ripples * phi + phase2));
            blob.outline.append(QPointF(r * std::cos(phi), r * std::sin(phi)));
        }
        const double hue = accents[b % 3] + layout.uniform(-20, 20);
        blob.inner = hsv(hue, sat * 0.6, 1.0, 0.92);
        blob.outer = hsv(hue + 15, std::min(1.0, sat * 1.2), val * 0.75, 0.55);
        s.blobs.append(blob);
    }
    return s;
}

KeyframeScene KeyframeScene::interpolate(const KeyframeScene &a, const KeyframeScene &b, double t)
{
    KeyframeScene s;
    s.skyTop = lerp(a.skyTop, b.skyTop, t);
    s.skyMiddle = lerp(a.skyMiddle, b.skyMiddle, t);
    s.skyBottom = lerp(a.skyBottom, b.skyBottom, t);
    s.gradientAngle = lerp(a.gradientAngle, b.gradientAngle, t);
    s.glowCenter = lerp(a.glowCenter, b.glowCenter, t);
    s.glowRadius = lerp(a.glowRadius, b.glowRadius, t);
    s.glowColor = lerp(a.glowColor, b.glowColor, t);
    s.farHillColor = lerp(a.farHillColor, b.farHillColor, t);
    s.nearHillColor = lerp(a.nearHillColor, b.nearHillColor, t);
    for (int i = 0; i < kHillPoints; ++i) {
        s.farHills.append(lerp(a.farHills[i], b.farHills[i], t));
        s.nearHills.append(lerp(a.nearHills[i], b.nearHills[i], t));
    }

    // Mid-transition the blobs spin around their centres and bow off the straight path; both terms
    // vanish at t = 0 and t = 1 so keyframes are reproduced exactly.
    const double bump = std::sin(std::numbers::pi * t);
    for (int i = 0; i < kBlobCount; ++i) {
        const Blob &from = a.blobs[i];
        const Blob &to = b.blobs[i];
        Blob blob;
        const QPointF path = to.center - from.center;
        const double direction = (i % 2) ? 1.0 : -1.0;
        blob.center = lerp(from.center, to.center, t) + QPointF(-path.y(), path.x()) * (0.35 * bump * direction);
        blob.radius = lerp(from.radius, to.radius, t);
        const double spin = direction * 0.9 * bump;
        const double c = std::cos(spin), sn = std::sin(spin);
        blob.outline.reserve(kOutlinePoints);
        for (int p = 0; p < kOutlinePoints; ++p) {
            const QPointF q = lerp(from.outline[p], to.outline[p], t);
            blob.outline.append(QPointF(q.x() * c - q.y() * sn, q.x() * sn + q.y() * c));
        }
        blob.inner = lerp(from.inner, to.inner, t);
        blob.outer = lerp(from.outer, to.outer, t);
        s.blobs.append(blob);
    }
    return s;
}

} // namespace sdanim::emulator
