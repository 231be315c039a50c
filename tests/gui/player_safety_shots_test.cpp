// The safety screens with a built-in routine at two screen sizes, written to the test output
// folder to be looked at (readable from the mat?), and checked for what must hold at any size:
// nothing cut off, the emergency tier painted red, large enough type.
#include "core/routine/routine_library.h"
#include "gui/builtin_routines.h"
#include "gui/player/caution_line.h"
#include "gui/player/exercise_info_panel.h"
#include "gui/player/hurts_question.h"
#include "gui/player/red_flags_panel.h"
#include "player_fixture.h"

#include <QDir>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace unknot;
using test::PlayerHarness;

namespace {

RoutineFile content_of(const Routine& routine, const RoutineLibrary& library)
{
    RoutineFile file;
    file.routine = routine;
    for (const Step& step : routine.steps)
        if (const Exercise* e = step.exercise.empty() ? nullptr : library.lookup()(step.exercise))
            file.exercises.push_back(*e);
    return file;
}

void save(QWidget& widget, const QString& name)
{
    QApplication::processEvents();
    QDir().mkpath(QStringLiteral(UNKNOT_TEST_OUTPUT));
    REQUIRE(widget.grab().save(QDir(QStringLiteral(UNKNOT_TEST_OUTPUT)).filePath(name)));
}

bool text_fits(const QPushButton* button) // every line of it
{
    for (const QString& line : button->text().split(QLatin1Char('\n')))
        if (button->fontMetrics().horizontalAdvance(line) >= button->width())
            return false;
    return button->fontMetrics().lineSpacing() * button->text().count(QLatin1Char('\n')) +
               button->fontMetrics().height() <=
           button->height();
}

} // namespace

TEST_CASE("the question, the caution line and the instructions at 1920x1080 and 1280x800",
          "[gui][player][hurts][caution][instructions]")
{
    const RoutineLibrary library = RoutineLibrary::load(gui::builtin_routine_sources(), {});
    const LibraryRoutine* entry = library.find_routine("thoracic-mobility");
    REQUIRE(entry);
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 800)}) {
        const QString suffix = QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
        PlayerHarness h;
        h.page->resize(size);
        h.page->show();
        h.page->start(QStringLiteral("thoracic-mobility"),
                      build_plan(entry->routine, library.lookup()),
                      content_of(entry->routine, library));
        int i = 0;
        while (h.page->view()->caution_line()->caution().isEmpty() && i++ < 20)
            QTest::keyClick(h.page.get(), Qt::Key_Right); // to an exercise with cautions
        h.wait(2.0);
        const int base = h.page->view()->base_pixels();
        INFO(size.width() << "x" << size.height() << ", base " << base << " px");
        CHECK(base >= size.height() / 40 - 1);
        REQUIRE_FALSE(h.page->view()->caution_line()->caution().isEmpty());
        CHECK(h.page->view()->caution_line()->font().pixelSize() >= base);
        save(*h.page, QStringLiteral("safety-caution") + suffix);

        QTest::keyClick(h.page.get(), Qt::Key_P);
        gui::HurtsQuestion* question = h.page->hurts_question();
        for (QPushButton* button : question->findChildren<QPushButton*>()) {
            CHECK((button->isHidden() || text_fits(button)));
            CHECK(button->height() >= 3 * base);
        }
        QWidget* emergency = question->red_flags()->findChild<QWidget*>(QStringLiteral("tier"));
        REQUIRE(emergency);
        const QImage shot = h.page->grab().toImage();
        const QPoint corner = emergency->mapTo(h.page.get(), QPoint(emergency->width() - 6, 10));
        CHECK(shot.pixelColor(corner) == QColor(0xb3, 0x26, 0x1e));
        save(*h.page, QStringLiteral("safety-hurts") + suffix);
        QTest::keyClick(question, Qt::Key_Escape);

        QTest::keyClick(h.page.get(), Qt::Key_I);
        REQUIRE(h.page->showing_instructions());
        save(*h.page, QStringLiteral("safety-instructions") + suffix);
    }
}
