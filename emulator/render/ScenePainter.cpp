#include "emulator/render/ScenePainter.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QRadialGradient>

#include <algorithm>
#include <cmath>

namespace sdanim::emulator {

namespace {

constexpr int kPadding = 3;

QString labelTitle()
{
    return QCoreApplication::translate("sdanim::emulator::ScenePainter",
                                       "OFFLINE PREVIEW \u2014 not Stable Diffusion");
}

QFont labelFont(int width, int height, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::clamp(std::min(width, height) / 32, 8, 16));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferFullHinting);
    return font;
}

QRect titleRect(int width, const QFont &font)
{
    return QFontMetrics(font).boundingRect(QRect(0, 0, width - 2 * kPadding, 10000),
                                           Qt::TextWordWrap | Qt::AlignLeft, labelTitle());
}

void fillHills(QPainter &painter, const QList<double> &heights, const QColor &color, double w, double h)
{
    QPainterPath path;
    path.moveTo(0, h);
    for (int i = 0; i < heights.size(); ++i)
        path.lineTo(w * i / (heights.size() - 1), h * heights[i]);
    path.lineTo(w, h);
    path.closeSubpath();
    painter.fillPath(path, color);
}

} // namespace

int ScenePainter::labelHeight(int width, int height)
{
    const QFont title = labelFont(width, height, true);
    const QFont prompt = labelFont(width, height, false);
    return kPadding + titleRect(width, title).height() + QFontMetrics(prompt).height() + kPadding;
}

void ScenePainter::paint(QImage &target, const KeyframeScene &scene, const QString &prompt)
{
    const double w = target.width(), h = target.height(), m = std::min(w, h);
    {
        QPainter painter(&target);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);

        const QPointF middle(w / 2, h / 2);
        const double reach = std::hypot(w, h) / 2;
        const QPointF dir(std::cos(scene.gradientAngle) * reach, std::sin(scene.gradientAngle) * reach);
        QLinearGradient sky(middle - dir, middle + dir);
        sky.setColorAt(0, scene.skyTop);
        sky.setColorAt(0.55, scene.skyMiddle);
        sky.setColorAt(1, scene.skyBottom);
        painter.fillRect(target.rect(), sky);

        const QPointF glowCenter(scene.glowCenter.x() * w, scene.glowCenter.y() * h);
        const double glowRadius = scene.glowRadius * m;
        QRadialGradient glow(glowCenter, glowRadius);
        QColor transparent = scene.glowColor;
        transparent.setAlphaF(0);
        glow.setColorAt(0, scene.glowColor);
        glow.setColorAt(0.45, scene.glowColor);
        glow.setColorAt(1, transparent);
        painter.setBrush(glow);
        painter.drawEllipse(glowCenter, glowRadius, glowRadius);

        fillHills(painter, scene.farHills, scene.farHillColor, w, h);

        for (const KeyframeScene::Blob &blob : scene.blobs) {
            const QPointF center(blob.center.x() * w, blob.center.y() * h);
            QPolygonF outline;
            outline.reserve(blob.outline.size());
            for (const QPointF &p : blob.outline)
                outline.append(center + p * m);
            QRadialGradient fill(center - QPointF(0.3, 0.3) * blob.radius * m, blob.radius * m * 1.4);
            fill.setColorAt(0, blob.inner);
            fill.setColorAt(1, blob.outer);
            painter.setBrush(fill);
            painter.drawPolygon(outline);
        }

        fillHills(painter, scene.nearHills, scene.nearHillColor, w, h);
    }
    paintLabel(target, prompt);
}

void ScenePainter::paintLabel(QImage &target, const QString &prompt)
{
    const int w = target.width(), h = target.height();
    const QFont titleFont = labelFont(w, h, true);
    const QFont promptFont = labelFont(w, h, false);
    const QRect title = titleRect(w, titleFont);
    const int band = labelHeight(w, h);
    const int top = h - band;

    QPainter painter(&target);
    painter.fillRect(QRect(0, top, w, band), QColor(0, 0, 0, 185));
    painter.setPen(Qt::white);
    painter.setFont(titleFont);
    painter.drawText(QRect(kPadding, top + kPadding, w - 2 * kPadding, title.height()),
                     Qt::TextWordWrap | Qt::AlignLeft, labelTitle());
    painter.setFont(promptFont);
    const QFontMetrics metrics(promptFont);
    const QString shown = metrics.elidedText(prompt.simplified(), Qt::ElideRight, w - 2 * kPadding);
        painter.drawText(QRect(kPadding, top + kPadding + title.height(), w - 2 * kPadding, metrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, shown);
}

} // namespace sdanim::emulator
