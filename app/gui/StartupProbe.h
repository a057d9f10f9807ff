// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace actdesk::app::gui {

// For the smoke test and the start-up benchmark: with ACTDESK_QUIT_AFTER_SHOW set, the
// application quits as soon as `window` has been painted for the first time: in order with
// "1" (the smoke test), or at once, without running later work or shutting down, with
// "measure" (the start-up benchmark, which times the way to the first painted window only),
// or, with "measure-machine", as soon as step 1 has read the machine after that paint.
void quitAfterFirstPaintIfRequested(QWidget& window);
// True with ACTDESK_QUIT_AFTER_SHOW set: nobody is there to answer a question.
bool startupProbeRequested();

} // namespace actdesk::app::gui
