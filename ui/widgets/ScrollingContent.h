// SPDX-License-Identifier: MIT
#pragma once

class QScrollArea;
class QWidget;

namespace actdesk::ui {

// Puts `content` (a widget with its own layout) into a frameless scroll area that scrolls only
// when the window is too small for it, so a dense form is never squeezed and never forces the
// window larger than the screen. Focus moves on by itself in the ID fields, so the focused
// widget is kept in view. The scroll area itself is no Tab stop.
QScrollArea* scrollingContent(QWidget* content, QWidget* parent);

} // namespace actdesk::ui
