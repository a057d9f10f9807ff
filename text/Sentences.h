// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace actdesk::text {

// Two translated sentences as one message. English puts a space between them; Japanese does
// not after its full stop (「…ません。 ジャーナル…」 reads as a stray gap), so no space follows
// a full-width sentence end.
QString joinSentences(const QString& first, const QString& second);

} // namespace actdesk::text
