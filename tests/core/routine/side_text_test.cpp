// Side choices: "{left|right}" renders by the side being done, and every way to get one wrong is
// found with its character position.
#include "core/routine/side_text.h"

#include <catch2/catch.hpp>

using namespace unknot;

TEST_CASE("side text: a choice shows the side being done, and the left one without a side",
          "[side]")
{
    const std::string text = "Lie on your {left|right} side and lift your {right|left} arm.";
    CHECK(side_text(text, Side::left) == "Lie on your left side and lift your right arm.");
    CHECK(side_text(text, Side::right) == "Lie on your right side and lift your left arm.");
    CHECK(side_text(text, Side::none) == "Lie on your left side and lift your right arm.");
}

TEST_CASE("side text: choices of several words and of any language", "[side]")
{
    CHECK(side_text("Leg dich auf die {linke|rechte} Seite.", Side::right) ==
          "Leg dich auf die rechte Seite.");
    CHECK(side_text("{Cross the left arm over|Cross the right arm over} the other.", Side::right) ==
          "Cross the right arm over the other.");
    CHECK(side_text("Öffne den Arm nach {links|rechts} — langsam.", Side::left) ==
          "Öffne den Arm nach links — langsam.");
}

TEST_CASE("side text: text without a well-formed choice is kept as it is", "[side]")
{
    for (const char* text : {"No choice here.", "A { stray brace.", "Braces {without a bar}.",
                             "A bar | outside.", "{|empty left}", "{a|b|c}", "}{"}) {
        INFO(text);
        CHECK(side_text(text, Side::right) == text);
        CHECK_FALSE(has_side_choice(text));
    }
    CHECK(has_side_choice("x {a|b} y"));
    CHECK(side_text("{a|b} and a { stray", Side::right) == "b and a { stray");
}

TEST_CASE("side choices: each broken rule is found at its character", "[side]")
{
    struct Case {
        const char* text;
        std::size_t column;
        const char* message;
    };
    const Case cases[] = {
        {"Lie on your {left|right side.", 13, "\"{\" is never closed with \"}\""},
        {"Lie on your left|right} side.", 23, "\"}\" without a \"{\" before it"},
        {"Bend {a {b|c}|d}.", 9,
         "side choices cannot be nested (the \"{\" at character 6 is still "
         "open)"},
        {"Bend your {knee} now.", 11,
         "a side choice needs one \"|\" between the left and the right text, as in {left|right}"},
        {"Turn {back|up|over}.", 14, "a side choice has only one \"|\""},
        {"Turn {|right}.", 6, "the left choice is empty"},
        {"Turn {left|  }.", 11, "the right choice is empty"},
        {"Öffne den Arm nach {links|}.", 26, "the right choice is empty"}, // Ö is one character
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const auto error = check_side_choices(c.text);
        REQUIRE(error);
        CHECK(error->column == c.column);
        CHECK(error->message == c.message);
    }
    CHECK_FALSE(check_side_choices("Lie on your {left|right} side, {right|left} arm up."));
    CHECK_FALSE(check_side_choices("No braces at all | not even a choice."));
}
