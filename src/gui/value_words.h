// The routine format's equipment and focus ids as words for people, translated: "foam-roller" is
// "foam roller" ("Schaumstoffrolle" in German). Every list, table and handout that shows equipment
// or focus takes its words from here. An id without a word (a focus a routine file made up) shows
// as the id with spaces: "lower-ribs" -> "lower ribs".
#pragma once

#include <QString>

#include <string>
#include <vector>

namespace unknot::gui {

QString equipment_word(const std::string& id);
QString focus_word(const std::string& id);

// "foam roller, wall"
QString equipment_words(const std::vector<std::string>& ids);
QString focus_words(const std::vector<std::string>& ids);

// Whether `id` has a word of its own (for the test that every known id is translated).
bool has_equipment_word(const std::string& id);
bool has_focus_word(const std::string& id);

} // namespace unknot::gui
