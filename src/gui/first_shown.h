// Runs work that can wait until the window is on screen, so that it does not delay the first
// picture: start-up shows the library first and loads the rest behind it.
#pragma once

#include <functional>

class QWidget;

namespace unknot::gui {

// Calls `then` once, one event-loop turn after `window` is first exposed (mapped and drawn), or
// after a second at most when it is not (started minimised, on another workspace). Call right
// after `window.show()`; does nothing when the window has no native window.
void after_first_shown(QWidget& window, std::function<void()> then);

} // namespace unknot::gui
