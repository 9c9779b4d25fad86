#include "ui/HistoryItemDelegate.h"
#include "ui/DeferredIcon.h"

#include "export/DerivedOutput.h"
#include "ui/HistoryListModel.h"

#include <QApplication>
#include <QFileInfo>
#include <QPainter>
#include <QStyle>

namespace sdanim::ui {

QString HistoryItemDelegate::statusText(const QString &status)
{
    if (status == QLatin1String("succeeded"))
        return tr("Succeeded");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("canceled"))
        return tr("Canceled");
    if (status == QLatin1String("aborted"))
        return tr("Aborted");
    if (status == QLatin1String("starting"))
        return tr("Starting");
    if (status == QLatin1String("processing"))
        return tr("Processing");
    if (status == QLatin1String("creating"))
        return tr("Creating");
    if (status == QLatin1String("interrupted"))
        return tr("Interrupted");
    return status;
}

QString HistoryItemDelegate::timeText(const QDateTime &created, const QDateTime &now)
{
    if (!created.isValid())
        return {};
    const qint64 secondsAgo = created.secsTo(now);
    if (secondsAgo >= 0 && secondsAgo < 60)
        return tr("just now");
    const QDateTime local = created.toLocalTime();
    const QLocale locale;
    if (local.date() == now.toLocalTime().date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    if (local.daysTo(now.toLocalTime()) < 7)
        return tr("%1 %2").arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat),
                               locale.toString(local.time(), QLocale::ShortFormat));
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QString HistoryItemDelegate::durationText(double seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%1 s").arg(QLocale().toString(seconds, 'f', seconds < 10 ? 1 : 0));
    const int whole = int(seconds + 0.5);
    return tr("%1 min %2 s").arg(whole / 60).arg(whole % 60);
}

QString HistoryItemDelegate::detailText(const QModelIndex &index) const
{
    QStringList parts{statusText(index.data(HistoryListModel::StatusRole).toString()),
                      timeText(index.data(HistoryListModel::CreatedAtRole).toDateTime(), QDateTime::currentDateTime()),
                      durationText(index.data(HistoryListModel::DurationRole).toDouble()),
                      index.data(HistoryListModel::CostTextRole).toString()};
    // A local re-export: marked so it is not taken for a paid run (its link to the source is in the record).
    if (index.data(HistoryListModel::BackendRole).toString() == QLatin1String(exports::DerivedOutput::BackendName))
        parts.prepend(tr("re-export"));
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

QSize HistoryItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const HistoryListModel *>(index.model());
    const int thumb = model ? model->thumbnailSize().height() : 48;
    const int text = 3 * option.fontMetrics.lineSpacing();
    return QSize(200, std::max(thumb, text) + 2 * Padding);
}

void HistoryItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background and selection the way the platform style draws them.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto *model = qobject_cast<const HistoryListModel *>(index.model());
    const QSize thumbSize = model ? model->thumbnailSize() : QSize(48, 48);
    const QRect area = opt.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const QRect thumbRect(QPoint(area.left(), area.top() + (area.height() - thumbSize.height()) / 2), thumbSize);

    painter->save();
    const QImage thumb = index.data(HistoryListModel::ThumbnailRole).value<QImage>();
    if (!thumb.isNull()) {
        const QSize logical = (QSizeF(thumb.size()) / thumb.devicePixelRatio())
                                  .scaled(QSizeF(thumbSize), Qt::KeepAspectRatio).toSize();
        const QRect target(thumbRect.center() - QPoint(logical.width() / 2, logical.height() / 2), logical);
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(target, thumb);
    } else {
        // No picture (yet): an MP4 without intermediate frames, a run without output, or loading.
        const QString path = index.data(HistoryListModel::OutputPathRole).toString();
        const bool failed = index.data(HistoryListModel::ThumbnailFailedRole).toBool();
        QIcon icon;
        const QString status = index.data(HistoryListModel::StatusRole).toString();
        if (status == QLatin1String("failed") || status == QLatin1String("aborted") || status == QLatin1String("interrupted"))
            icon = DeferredIcon::standard(QStyle::SP_MessageBoxWarning);
        else if (status == QLatin1String("canceled"))
            icon = DeferredIcon::standard(QStyle::SP_DialogCancelButton);
        else if (status == QLatin1String("creating") || status == QLatin1String("starting")
                 || status == QLatin1String("processing"))
            icon = DeferredIcon::standard(QStyle::SP_BrowserReload);
        else if (failed && !path.isEmpty())
            icon = DeferredIcon::standard(QStyle::SP_MediaPlay);
        if (path.isEmpty() && icon.isNull()) {
            // Finished, but no file was kept on this machine: an empty frame, not a misleading icon.
            QColor frame = opt.palette.color(QPalette::Mid);
            frame.setAlphaF(0.5);
            painter->setPen(QPen(frame, 1, Qt::DashLine));
            painter->drawRect(thumbRect.adjusted(4, 4, -5, -5));
        }
        if (!icon.isNull()) {
            const int side = thumbSize.height() / 2;
            icon.paint(painter, QRect(thumbRect.center() - QPoint(side / 2, side / 2), QSize(side, side)));
        }
        if (failed && !path.isEmpty()) {
            QFont small = opt.font;
            small.setPointSizeF(small.pointSizeF() * 0.8);
            painter->setFont(small);
            painter->setPen(opt.palette.color(QPalette::PlaceholderText));
            painter->drawText(thumbRect, Qt::AlignHCenter | Qt::AlignBottom, QFileInfo(path).suffix().toUpper());
        }
    }

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dimColor = textColor;
    dimColor.setAlphaF(0.7);

    const QRect textRect = area.adjusted(thumbSize.width() + Padding, 0, 0, 0);
    const QFontMetrics fm(opt.font);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    const int lineHeight = fm.lineSpacing();
    const int top = textRect.top() + (textRect.height() - 3 * lineHeight) / 2;

    painter->setPen(textColor);
    painter->setFont(bold);
    painter->drawText(QRect(textRect.left(), top, textRect.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      boldFm.elidedText(index.data(HistoryListModel::PromptStartRole).toString(), Qt::ElideRight,
                                        textRect.width()));
    painter->setFont(opt.font);
    painter->drawText(QRect(textRect.left(), top + lineHeight, textRect.width(), lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(tr("→ %1").arg(index.data(HistoryListModel::PromptEndRole).toString()),
                                    Qt::ElideRight, textRect.width()));
    painter->setPen(dimColor);
    painter->drawText(QRect(textRect.left(), top + 2 * lineHeight, textRect.width(), lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(detailText(index), Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace sdanim::ui
