// SPDX-License-Identifier: MIT
#pragma once

#include "ids/IdError.h"

#include <QCoreApplication>
#include <QString>

namespace actdesk::ui {

// How a grouped digit ID is laid out on screen: how many groups, how long, how many per row,
// and what each group is called ("A".."H" for confirmation IDs, "1".."9" for installation IDs).
struct IdShape
{
    Q_DECLARE_TR_FUNCTIONS(IdShape)

public:
    ids::IdType type = ids::IdType::ConfirmationId;
    int groups = 8;
    int groupLength = 6;
    int columns = 4; // groups per row

    static IdShape confirmationId();                    // 8 groups of 6, A-H
    static IdShape installationId(int groupLength = 7); // 9 groups of 7 (63) or of 6 (54), 1-9

    int totalDigits() const { return groups * groupLength; }
    QString label(int index) const;            // "C" / "3"
    QString accessibleName(int index) const;   // "Confirmation ID group C"
    QString objectNamePrefix(int index) const; // "confirmationGroupC" / "installationGroup3"
};

} // namespace actdesk::ui
