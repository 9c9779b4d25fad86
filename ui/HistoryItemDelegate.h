#pragma once

#include <QStyledItemDelegate>

namespace sdanim::ui {

// Paints one history row: thumbnail (or a format icon), the start and end prompts, and a detail
// line with status, time, duration and estimated cost. Colours come from the palette only.
class HistoryItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "Succeeded", "Failed", … for a status value of the API or the history.
    static QString statusText(const QString &status);
    // "just now", "14:32", "Mon 14:32" or a date, depending on how long ago.
    static QString timeText(const QDateTime &created, const QDateTime &now);
    // "42 s", "3 min 5 s"; empty when unknown.
    static QString durationText(double seconds);
    QString detailText(const QModelIndex &index) const;

private:
    static constexpr int Padding = 6;
};

} // namespace sdanim::ui
