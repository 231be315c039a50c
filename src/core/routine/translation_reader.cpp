#include "core/routine/translation_reader.h"

#include "core/base/utf8.h"
#include "core/routine/field_reader.h"
#include "core/routine/routine_limits.h"

namespace unknot {

using nlohmann::json;

namespace {

using Keys = std::vector<std::string>;

const Keys kExerciseKeys{"name",      "summary",  "setup",       "instructions", "cues",
                         "breathing", "cautions", "preparation", "variations"};
const Keys kVariationKeys{"name", "description"};
const Keys kRoutineKeys{"title",       "summary",          "notes",  "red_flags",
                        "check_first", "before_you_start", "credit", "steps"};
const Keys kStepKeys{"title", "note"};

std::string items(std::size_t count)
{
    return std::to_string(count) + (count == 1 ? " item" : " items");
}

// Where a translation's value is checked against the original's value of the same key.
class TranslationReader {
public:
    TranslationReader(JsonChecker& checker, const json& translation, PointerTo pointer,
                      const json& original)
        : checker_(checker), fields_(checker, translation, pointer), original_(original)
    {}

    // Unknown keys, then keys the original does not have.
    void check_keys(const json& translation, PointerTo pointer, const Keys& translatable,
                    const char* original_name = "the original")
    {
        checker_.check_keys(translation, pointer, translatable, {});
        for (const auto& [key, value] : translation.items()) {
            if (std::find(translatable.begin(), translatable.end(), key) != translatable.end() &&
                !original_.contains(key))
                checker_.report(fields_.at(key), std::string(original_name) + " has no \"" + key +
                                                     "\" to translate");
        }
    }

    const json* find(std::string_view key) const
    {
        return original_.contains(key) ? fields_.find(key) : nullptr;
    }

    void text(std::string_view key, limits::Text limit, std::string& out) const
    {
        if (find(key))
            fields_.text(key, limit, out);
    }

    void texts(std::string_view key, limits::TextList limit, std::vector<std::string>& out) const
    {
        if (const json* value = find(key); value && same_length(*value, key))
            fields_.texts(key, limit, out);
    }

    // Instructions are plain texts: the pose ties come from the original.
    void instructions(std::vector<std::string>& out) const
    {
        const json* value = find("instructions");
        if (!value || !same_length(*value, "instructions"))
            return;
        const PointerTo list = fields_.to("instructions");
        for (std::size_t i = 0; i < value->size(); ++i) {
            const PointerTo item(list, i);
            if ((*value)[i].is_object())
                checker_.report(item.str(), "must be a string: a translation takes the pose ties "
                                            "from the original");
            else if (auto text = checker_.text((*value)[i], item, limits::instructions.max_chars))
                out.push_back(std::move(*text));
        }
        if (out.size() != value->size())
            out.clear();
    }

    // An array of the original's length (reported when it is not).
    bool same_length(const json& value, std::string_view key) const
    {
        if (!checker_.expect_array(value, fields_.to(key)))
            return false;
        const json& original = original_.at(key);
        if (!original.is_array() || original.size() == value.size())
            return true;
        checker_.report(fields_.at(key), "has " + items(value.size()) + ", the original has " +
                                             std::to_string(original.size()));
        return false;
    }

    const FieldReader& fields() const { return fields_; }
    const json& original(std::string_view key) const { return original_.at(key); }

private:
    JsonChecker& checker_;
    FieldReader fields_;
    const json& original_;
};

std::vector<Variation> variations(JsonChecker& checker, const TranslationReader& reader)
{
    std::vector<Variation> result;
    const json* value = reader.find("variations");
    if (!value || !reader.same_length(*value, "variations"))
        return result;
    const PointerTo list = reader.fields().to("variations");
    for (std::size_t i = 0; i < value->size(); ++i) {
        const PointerTo item(list, i);
        if (!checker.expect_object((*value)[i], item))
            continue;
        checker.check_keys((*value)[i], item, kVariationKeys, kVariationKeys);
        const FieldReader fields(checker, (*value)[i], item);
        Variation variation;
        fields.text("name", limits::variation_name, variation.name);
        fields.text("description", limits::variation_description, variation.description);
        result.push_back(std::move(variation));
    }
    return result;
}

ExerciseTranslation exercise_translation(JsonChecker& checker, const json& value, PointerTo pointer,
                                         const json& original)
{
    ExerciseTranslation result;
    TranslationReader reader(checker, value, pointer, original);
    reader.check_keys(value, pointer, kExerciseKeys);
    reader.text("name", limits::exercise_name, result.name);
    reader.text("summary", limits::exercise_summary, result.summary);
    reader.texts("setup", limits::setup, result.setup);
    reader.instructions(result.instructions);
    reader.texts("cues", limits::cues, result.cues);
    reader.texts("breathing", limits::breathing, result.breathing);
    reader.texts("cautions", limits::cautions, result.cautions);
    reader.texts("preparation", limits::preparation, result.preparation);
    result.variations = variations(checker, reader);
    return result;
}

RedFlags red_flags(JsonChecker& checker, const TranslationReader& reader)
{
    RedFlags result;
    const json* value = reader.find("red_flags");
    const PointerTo pointer = reader.fields().to("red_flags");
    if (!value || !checker.expect_object(*value, pointer))
        return result;
    const json& original = reader.original("red_flags");
    if (!original.is_object())
        return result;
    TranslationReader tiers(checker, *value, pointer, original);
    tiers.check_keys(*value, pointer, limits::red_flag_tiers(), "the original \"red_flags\"");
    tiers.texts("emergency", limits::red_flags, result.emergency);
    tiers.texts("doctor_soon", limits::red_flags, result.doctor_soon);
    tiers.texts("professional", limits::red_flags, result.professional);
    return result;
}

StepTranslation step_translation(JsonChecker& checker, const json& value, PointerTo pointer,
                                 const json& original)
{
    StepTranslation result;
    if (!checker.expect_object(value, pointer))
        return result;
    checker.check_keys(value, pointer, kStepKeys, {});
    const FieldReader fields(checker, value, pointer);
    if (fields.has("title") && !original.contains("timed"))
        checker.report(fields.at("title"), "the original step is not a timed step: it has no "
                                           "title to translate");
    else
        fields.text("title", limits::timed_title, result.title);
    if (fields.has("note") && !original.contains("note"))
        checker.report(fields.at("note"), "the original step has no \"note\" to translate");
    else
        fields.text("note", limits::note, result.note);
    return result;
}

std::vector<StepTranslation> steps(JsonChecker& checker, const TranslationReader& reader)
{
    std::vector<StepTranslation> result;
    const json* value = reader.find("steps");
    if (!value || !reader.same_length(*value, "steps"))
        return result;
    const json& original = reader.original("steps");
    const PointerTo list = reader.fields().to("steps");
    static const json no_step = json::object();
    for (std::size_t i = 0; i < value->size(); ++i) {
        const json& original_step = original[i].is_object() ? original[i] : no_step;
        result.push_back(step_translation(checker, (*value)[i], PointerTo(list, i), original_step));
    }
    return result;
}

RoutineTranslation routine_translation(JsonChecker& checker, const json& value, PointerTo pointer,
                                       const json& original)
{
    RoutineTranslation result;
    TranslationReader reader(checker, value, pointer, original);
    reader.check_keys(value, pointer, kRoutineKeys);
    reader.text("title", limits::routine_title, result.title);
    reader.text("summary", limits::routine_summary, result.summary);
    reader.texts("notes", limits::notes, result.notes);
    result.red_flags = red_flags(checker, reader);
    reader.texts("check_first", limits::check_first, result.check_first);
    reader.texts("before_you_start", limits::before_you_start, result.before_you_start);
    reader.text("credit", limits::credit, result.credit);
    result.steps = steps(checker, reader);
    return result;
}

// Each language code's object read by `read_one`.
template <class T, class ReadOne>
Translations<T> languages(JsonChecker& checker, const json& value, PointerTo pointer,
                          ReadOne read_one)
{
    Translations<T> result;
    if (!checker.expect_object(value, pointer))
        return result;
    for (const auto& [code, item] : value.items()) {
        const PointerTo at(pointer, code);
        if (!limits::is_language_code(code))
            checker.report(at.str(), "must be a language code of 2 or 3 lower-case letters such "
                                     "as \"de\", got " +
                                         quote_value(code));
        else if (checker.expect_object(item, at))
            result.emplace(code, read_one(item, at));
    }
    return result;
}

} // namespace

Translations<ExerciseTranslation> read_exercise_translations(JsonChecker& checker,
                                                             const json& value, PointerTo pointer,
                                                             const json& original)
{
    return languages<ExerciseTranslation>(
        checker, value, pointer, [&](const json& item, PointerTo at) {
            return exercise_translation(checker, item, at, original);
        });
}

Translations<RoutineTranslation> read_routine_translations(JsonChecker& checker, const json& value,
                                                           PointerTo pointer, const json& original)
{
    return languages<RoutineTranslation>(
        checker, value, pointer, [&](const json& item, PointerTo at) {
            return routine_translation(checker, item, at, original);
        });
}

} // namespace unknot
