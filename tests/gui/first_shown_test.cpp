#include "gui/first_shown.h"

#include <QTest>
#include <QWidget>
#include <QWindow>
#include <catch2/catch.hpp>

using namespace unknot;

TEST_CASE("work after the first picture runs once the window is exposed, and once only",
          "[gui][startup]")
{
    QWidget window;
    window.resize(400, 300);
    window.show();
    int calls = 0;
    bool exposed_then = false;
    gui::after_first_shown(window, [&] {
        ++calls;
        exposed_then = window.windowHandle()->isExposed();
    });
    CHECK(calls == 0); // not from inside show()
    REQUIRE(QTest::qWaitFor([&] { return calls > 0; }, 5000));
    CHECK(exposed_then);
    window.hide();
    window.show(); // exposed again: nothing more
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    CHECK(calls == 1);
}
