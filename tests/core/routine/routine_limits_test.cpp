// The one limits table and routines/schema/routine.schema.json agree: every place the table names
// exists in the schema and states the same numbers and words. Change one without the other and
// this fails.
#include "core/routine/routine_limits.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

using namespace unknot;
using nlohmann::json;

namespace {

const json& schema()
{
    static const json doc = [] {
        std::ifstream in(std::string(UNKNOT_SOURCE_DIR) + "/routines/schema/routine.schema.json");
        return json::parse(in);
    }();
    return doc;
}

const json& definition(const std::string& ref)
{
    const std::string prefix = "#/$defs/";
    REQUIRE(ref.rfind(prefix, 0) == 0);
    return schema().at("$defs").at(ref.substr(prefix.size()));
}

// A keyword of a schema node, or of the definitions its "$ref" chain leads to.
std::optional<json> keyword(const json& node, const std::string& key)
{
    if (node.contains(key))
        return node.at(key);
    if (node.contains("$ref"))
        return keyword(definition(node.at("$ref").get<std::string>()), key);
    return std::nullopt;
}

// "exercise.setup": the property "setup" of "$defs/exercise".
json place(const std::string& name)
{
    const auto dot = name.find('.');
    const auto properties = keyword(schema().at("$defs").at(name.substr(0, dot)), "properties");
    REQUIRE(properties);
    REQUIRE(properties->contains(name.substr(dot + 1)));
    return properties->at(name.substr(dot + 1));
}

// The items of a list: the first alternative when an item may take several shapes.
json items_of(const json& node)
{
    const auto items = keyword(node, "items");
    REQUIRE(items);
    if (items->contains("anyOf"))
        return items->at("anyOf").at(0);
    return *items;
}

template <typename T> T number_or(const json& node, const std::string& key, T fallback)
{
    const auto value = keyword(node, key);
    return value ? value->get<T>() : fallback;
}

void check(const json& node, const limits::Limit& limit)
{
    if (const auto* range = std::get_if<IntRange>(&limit)) {
        CHECK(number_or<int>(node, "minimum", -1) == range->min);
        CHECK(number_or<int>(node, "maximum", -1) == range->max);
    } else if (const auto* number = std::get_if<NumberRange>(&limit)) {
        CHECK(number_or<double>(node, "minimum", -1) == number->min);
        CHECK(number_or<double>(node, "maximum", -1) == number->max);
    } else if (const auto* text = std::get_if<limits::Text>(&limit)) {
        CHECK(number_or<std::size_t>(node, "minLength", 0) == 1);
        CHECK(number_or<std::size_t>(node, "maxLength", 0) == text->max_chars);
    } else if (const auto* list = std::get_if<limits::TextList>(&limit)) {
        CHECK(number_or<std::size_t>(node, "minItems", 0) == list->items.min_items);
        CHECK(number_or<std::size_t>(node, "maxItems", 0) == list->items.max_items);
        CHECK(number_or<std::size_t>(items_of(node), "maxLength", 0) == list->max_chars);
    } else if (const auto* sizes = std::get_if<ListLimits>(&limit)) {
        CHECK(number_or<std::size_t>(node, "minItems", 0) == sizes->min_items);
        CHECK(number_or<std::size_t>(node, "maxItems", 0) == sizes->max_items);
    } else {
        const limits::Words& words = *std::get<const limits::Words*>(limit);
        const auto direct = keyword(node, "enum");
        const json values = direct ? *direct : keyword(items_of(node), "enum").value_or(json());
        CHECK(values == json(words));
    }
}

} // namespace

TEST_CASE("core: the limits table and the JSON Schema state the same limits", "[limits]")
{
    std::size_t places = 0;
    for (const limits::Entry& entry : limits::table()) {
        for (const std::string& name : entry.places) {
            INFO("schema place " << name);
            check(place(name), entry.limit);
            ++places;
        }
    }
    CHECK(places > 60);
}

TEST_CASE("core: the schema's language codes and red-flag tiers are the table's", "[limits]")
{
    const json& languages = schema().at("$defs").at("languages");
    CHECK(languages.at("propertyNames")
              .at("pattern")
              .get<std::string>()
              .rfind("^[a-z]{" + std::to_string(limits::language_min_chars) + "," +
                         std::to_string(limits::language_max_chars) + "}",
                     0) == 0);
    json tiers = json::array();
    for (const auto& [tier, value] : schema().at("$defs").at("redFlags").at("properties").items())
        tiers.push_back(tier);
    json expected(limits::red_flag_tiers());
    std::sort(expected.begin(), expected.end());
    CHECK(tiers == expected); // nlohmann orders object keys
    CHECK(limits::is_language_code("de"));
    CHECK(limits::is_language_code("gsw"));
    CHECK_FALSE(limits::is_language_code("DE"));
    CHECK_FALSE(limits::is_language_code("de-AT"));
    CHECK_FALSE(limits::is_language_code("d"));
}
