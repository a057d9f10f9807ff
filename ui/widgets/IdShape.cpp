// SPDX-License-Identifier: MIT
#include "IdShape.h"

namespace actdesk::ui {

IdShape IdShape::confirmationId()
{
    return IdShape{ids::IdType::ConfirmationId, 8, 6, 4};
}

IdShape IdShape::installationId(int groupLength)
{
    return IdShape{ids::IdType::InstallationId, 9, groupLength == 6 ? 6 : 7, 3};
}

QString IdShape::label(int index) const
{
    return QString::fromStdString(ids::groupLabel(type, index));
}

QString IdShape::accessibleName(int index) const
{
    switch (type) {
    case ids::IdType::ConfirmationId: return tr("Confirmation ID group %1").arg(label(index));
    case ids::IdType::InstallationId: return tr("Installation ID group %1").arg(label(index));
    case ids::IdType::ProductKey: return tr("Product key group %1").arg(index + 1);
    case ids::IdType::ActivationId: break;
    }
    return label(index);
}

QString IdShape::objectNamePrefix(int index) const
{
    switch (type) {
    case ids::IdType::ConfirmationId: return QStringLiteral("confirmationGroup") + label(index);
    case ids::IdType::InstallationId: return QStringLiteral("installationGroup") + label(index);
    case ids::IdType::ProductKey: return QStringLiteral("productKeyGroup%1").arg(index + 1);
    case ids::IdType::ActivationId: break;
    }
    return QStringLiteral("group%1").arg(index + 1);
}

} // namespace actdesk::ui
