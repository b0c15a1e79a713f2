#include "statusstyle.h"

#include <QApplication>
#include <QStyle>

namespace egress::ui {

QIcon StatusStyle::icon(rules::Status status)
{
    QStyle* style = QApplication::style();
    switch (status) {
    case rules::Status::Fail:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case rules::Status::Review:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case rules::Status::Pass:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    }
    return {};
}

QColor StatusStyle::background(rules::Status status)
{
    switch (status) {
    case rules::Status::Fail:
        return QColor(0xf4, 0xc7, 0xc3);
    case rules::Status::Review:
        return QColor(0xfc, 0xe8, 0xb2);
    case rules::Status::Pass:
        return {};
    }
    return {};
}

QString StatusStyle::label(rules::Status status)
{
    switch (status) {
    case rules::Status::Fail:
        return QObject::tr("Fail");
    case rules::Status::Review:
        return QObject::tr("Review");
    case rules::Status::Pass:
        return QObject::tr("Pass");
    }
    return {};
}

} // namespace egress::ui
