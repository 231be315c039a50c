#include "core/routine/routine_validation.h"

#include "core/figure/figure_format.h"
#include "core/json/json_checker.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>

namespace unknot {

using nlohmann::json;

namespace {

using Keys = std::vector<std::string>;

const Keys kFileKeys{"format", "exercises", "routine"};
const Keys kExerciseKeys{"id",    "name",       "summary",      "instructions",
                         "cues",  "cautions",   "equipment",    "focus",
                         "sides", "variations", "illustration", "figure"};
const Keys kVariationKeys{"name", "description"};
const Keys kRoutineKeys{"id",
                        "title",
                        "summary",
                        "focus",
                        "weekly_target",
                        "lead_in",
                        "notes",
                        "see_a_professional",
                        "credit",
                        "steps"};
const Keys kHoldStepKeys{"exercise", "hold", "sets", "rest_between_sets", "rest_after", "note"};
const Keys kRepsStepKeys{"exercise",          "reps",       "tempo", "sets",
                         "rest_between_sets", "rest_after", "note"};
const Keys kExerciseStepKeys{"exercise",          "hold",       "reps", "tempo", "sets",
                             "rest_between_sets", "rest_after", "note"};
const Keys kTimedStepKeys{"timed", "seconds", "rest_after", "note"};
const Keys kRestStepKeys{"rest", "note"};
const Keys kAllStepKeys{"exercise",   "hold", "reps",  "tempo",   "sets", "rest_between_sets",
                        "rest_after", "note", "timed", "seconds", "rest"};
const Keys kEquipment{"foam-roller", "tennis-ball", "massage-ball", "wall",     "towel",
                      "chair",       "band",        "mat",          "heat-pack"};
const Keys kSides{"none", "each", "alternate"};

bool contains(const Keys& keys, std::string_view key)
{
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

std::string in_quotes(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

// Reads the fields of one object; each reader leaves its output alone when the value is wrong.
// The object's members are listed once: a step is asked about a dozen keys, and a flat list of a
// few members answers faster than the object's tree (loading 1,000 routines asks 500,000 times).
class FieldReader {
public:
    FieldReader(JsonChecker& checker, const json& object, PointerTo pointer)
        : checker_(checker), object_(object), pointer_(pointer)
    {
        for (const auto& [key, value] : object.items()) {
            if (count_ == members_.size())
                break; // more members than any valid object has: find() asks the object
            members_[count_++] = {key, &value};
        }
    }

    const json* find(std::string_view key) const
    {
        if (count_ == members_.size()) {
            const auto it = object_.find(key);
            return it == object_.end() ? nullptr : &*it;
        }
        for (std::size_t i = 0; i < count_; ++i) {
            if (members_[i].first == key)
                return members_[i].second;
        }
        return nullptr;
    }
    bool has(std::string_view key) const { return find(key) != nullptr; }
    std::string at(std::string_view key) const { return to(key).str(); }
    PointerTo to(std::string_view key) const { return PointerTo(pointer_, key); }

    void integer(std::string_view key, IntRange range, int& out) const
    {
        if (const json* value = find(key))
            out = checker_.integer(*value, to(key), range).value_or(out);
    }
    void text(std::string_view key, std::size_t max_chars, std::string& out) const
    {
        if (const json* value = find(key))
            out = checker_.text(*value, to(key), max_chars).value_or(out);
    }
    void texts(std::string_view key, ListLimits limits, std::size_t max_chars,
               std::vector<std::string>& out) const
    {
        if (const json* value = find(key))
            out = checker_.texts(*value, to(key), limits, max_chars);
    }
    void id(std::string_view key, std::string& out) const
    {
        if (const json* value = find(key))
            out = checker_.id(*value, to(key)).value_or(out);
    }
    void ids(std::string_view key, std::vector<std::string>& out) const
    {
        if (const json* value = find(key))
            out = checker_.ids(*value, to(key));
    }

private:
    JsonChecker& checker_;
    const json& object_;
    PointerTo pointer_;
    std::array<std::pair<std::string_view, const json*>, 16> members_{};
    std::size_t count_ = 0;
};

class DocumentReader {
public:
    explicit DocumentReader(JsonChecker& checker) : checker_(checker) {}

    RoutineFile file(const json& document);

private:
    JsonChecker& checker_;

    std::vector<Exercise> exercises(const json& value, const std::string& pointer);
    Exercise exercise(const json& value, const std::string& pointer);
    std::vector<std::string> equipment(const json& value, const std::string& pointer);
    std::vector<Variation> variations(const json& value, const std::string& pointer);
    void illustration(const FieldReader& fields, std::string& out);
    Routine routine(const json& value, const std::string& pointer);
    std::vector<Step> steps(const json& value, const std::string& pointer);
    Step step(const json& value, PointerTo pointer);
    std::optional<StepKind> step_kind(const FieldReader& fields, const json& value,
                                      PointerTo pointer);
    void step_fields(const FieldReader& fields, Step& step);
    bool format_is_newer(const json& document);
    void format(const json& document, RoutineFile& file);
};

bool DocumentReader::format_is_newer(const json& document)
{
    const auto it = document.find("format");
    if (it == document.end() || !it->is_number())
        return false;
    const double version = it->get<double>();
    if (std::floor(version) != version || version <= kFormatVersion)
        return false;
    checker_.report("/format", "this file needs a newer version of Unknot (format " + it->dump() +
                                   "; this version reads format " + std::to_string(kFormatVersion) +
                                   ")");
    return true;
}

void DocumentReader::format(const json& document, RoutineFile& file)
{
    const auto it = document.find("format");
    if (it == document.end())
        return;
    if (const auto version = checker_.integer(
            *it, "/format",
            {std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), {}})) {
        if (*version == kFormatVersion)
            file.format = *version;
        else
            checker_.report("/format",
                            "must be " + std::to_string(kFormatVersion) + ", got " + it->dump());
    }
}

RoutineFile DocumentReader::file(const json& document)
{
    RoutineFile file;
    if (!document.is_object()) {
        checker_.report("", "expected a JSON object at the top level, got " +
                                describe_json_type(document));
        return file;
    }
    if (format_is_newer(document))
        return file;
    checker_.check_keys(document, "", kFileKeys, {"format"});
    format(document, file);
    FieldReader fields(checker_, document, "");
    if (!fields.has("exercises") && !fields.has("routine"))
        checker_.report("", "a file needs \"exercises\", \"routine\" or both");
    if (const json* value = fields.find("exercises"))
        file.exercises = exercises(*value, "/exercises");
    if (const json* value = fields.find("routine"))
        file.routine = routine(*value, "/routine");
    return file;
}

std::vector<Exercise> DocumentReader::exercises(const json& value, const std::string& pointer)
{
    std::vector<Exercise> result;
    if (!checker_.expect_array(value, pointer))
        return result;
    std::map<std::string, std::string> first_seen; // id -> pointer
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string item = pointer + "/" + std::to_string(i);
        Exercise parsed = exercise(value[i], item);
        if (parsed.id.empty())
            continue;
        const auto [it, added] = first_seen.emplace(parsed.id, item);
        if (!added)
            checker_.report(item + "/id", "duplicate exercise id " + in_quotes(parsed.id) +
                                              " (first at " + it->second + ")");
        result.push_back(std::move(parsed));
    }
    return result;
}

Exercise DocumentReader::exercise(const json& value, const std::string& pointer)
{
    Exercise result;
    if (!checker_.expect_object(value, pointer))
        return result;
    checker_.check_keys(value, pointer, kExerciseKeys, {"id", "name", "summary", "instructions"});
    const FieldReader fields(checker_, value, pointer);
    fields.id("id", result.id);
    fields.text("name", 80, result.name);
    fields.text("summary", 300, result.summary);
    fields.texts("instructions", {1, 20}, 500, result.instructions);
    fields.texts("cues", {0, 20}, 500, result.cues);
    fields.texts("cautions", {0, 20}, 500, result.cautions);
    if (const json* list = fields.find("equipment"))
        result.equipment = equipment(*list, fields.at("equipment"));
    fields.ids("focus", result.focus);
    if (const json* sides = fields.find("sides")) {
        if (const auto name = checker_.one_of(*sides, fields.to("sides"), kSides))
            result.sides = *name == "each"        ? Sides::each
                           : *name == "alternate" ? Sides::alternate
                                                  : Sides::none;
    }
    if (const json* list = fields.find("variations"))
        result.variations = variations(*list, fields.at("variations"));
    illustration(fields, result.illustration);
    if (const json* figure = fields.find("figure"))
        result.figure = read_figure(checker_, *figure, fields.at("figure"));
    return result;
}

std::vector<std::string> DocumentReader::equipment(const json& value, const std::string& pointer)
{
    std::vector<std::string> result;
    if (!checker_.expect_array(value, pointer))
        return result;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string item = pointer + "/" + std::to_string(i);
        const auto name = checker_.one_of(value[i], item, kEquipment);
        if (name && contains(result, *name))
            checker_.report(item, in_quotes(*name) + " is listed twice");
        else if (name)
            result.push_back(*name);
    }
    return result;
}

std::vector<Variation> DocumentReader::variations(const json& value, const std::string& pointer)
{
    std::vector<Variation> result;
    if (!checker_.expect_array(value, pointer))
        return result;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string item = pointer + "/" + std::to_string(i);
        if (!checker_.expect_object(value[i], item))
            continue;
        checker_.check_keys(value[i], item, kVariationKeys, kVariationKeys);
        const FieldReader fields(checker_, value[i], item);
        Variation variation;
        fields.text("name", 80, variation.name);
        fields.text("description", 500, variation.description);
        result.push_back(std::move(variation));
    }
    return result;
}

void DocumentReader::illustration(const FieldReader& fields, std::string& out)
{
    const json* value = fields.find("illustration");
    if (value == nullptr)
        return;
    const auto name = checker_.text(*value, fields.to("illustration"), 64);
    if (!name)
        return;
    if (name->find_first_of("/\\") != std::string::npos || name->find("..") != std::string::npos)
        checker_.report(fields.at("illustration"),
                        "must be a plain file name without /, \\ or .., got " + in_quotes(*name));
    else
        out = *name;
}

Routine DocumentReader::routine(const json& value, const std::string& pointer)
{
    Routine result;
    if (!checker_.expect_object(value, pointer))
        return result;
    checker_.check_keys(value, pointer, kRoutineKeys, {"id", "title", "summary", "steps"});
    const FieldReader fields(checker_, value, pointer);
    fields.id("id", result.id);
    fields.text("title", 80, result.title);
    fields.text("summary", 300, result.summary);
    fields.ids("focus", result.focus);
    fields.integer("weekly_target", {1, 14, {}}, result.weekly_target);
    fields.integer("lead_in", {0, 60, "seconds"}, result.lead_in_seconds);
    fields.texts("notes", {0, 20}, 1000, result.notes);
    fields.texts("see_a_professional", {0, 20}, 1000, result.see_a_professional);
    fields.text("credit", 300, result.credit);
    if (const json* list = fields.find("steps"))
        result.steps = steps(*list, fields.at("steps"));
    return result;
}

std::vector<Step> DocumentReader::steps(const json& value, const std::string& pointer)
{
    std::vector<Step> result;
    if (!checker_.expect_array(value, pointer))
        return result;
    checker_.list_size(value, pointer, {1, 100});
    result.reserve(value.size());
    const PointerTo list(pointer);
    for (std::size_t i = 0; i < value.size(); ++i)
        result.push_back(step(value[i], PointerTo(list, i)));
    return result;
}

Step DocumentReader::step(const json& value, PointerTo pointer)
{
    Step result;
    if (!checker_.expect_object(value, pointer))
        return result;
    const FieldReader fields(checker_, value, pointer);
    if (const auto kind = step_kind(fields, value, pointer))
        result.kind = *kind;
    step_fields(fields, result);
    return result;
}

// The kind of a step with exactly one kind of key, the keys it takes and the keys it needs.
struct StepShape {
    StepKind kind;
    const Keys& allowed;
    Keys required;
    const char* name;
};

StepShape step_shape(const FieldReader& fields)
{
    if (fields.has("timed"))
        return {StepKind::timed, kTimedStepKeys, {"timed", "seconds"}, "a timed step"};
    if (fields.has("rest"))
        return {StepKind::rest, kRestStepKeys, {"rest"}, "a rest step"};
    if (fields.has("hold") == fields.has("reps")) // both or neither: reported by the caller
        return {StepKind::hold, kExerciseStepKeys, {"exercise"}, "an exercise step"};
    if (fields.has("reps"))
        return {StepKind::reps, kRepsStepKeys, {"exercise"}, "a reps step"};
    return {StepKind::hold, kHoldStepKeys, {"exercise"}, "a hold step"};
}

// Tells the kind of a step by its keys and checks that its keys fit that kind.
std::optional<StepKind> DocumentReader::step_kind(const FieldReader& fields, const json& value,
                                                  PointerTo pointer)
{
    const bool exercise = fields.has("exercise") || fields.has("hold") || fields.has("reps");
    const int kinds = int{exercise} + int{fields.has("timed")} + int{fields.has("rest")};
    if (kinds != 1) {
        checker_.report(pointer.str(), kinds == 0 ? "a step needs \"exercise\" (with \"hold\" or "
                                                    "\"reps\"), \"timed\" or \"rest\""
                                                  : "a step is either an exercise, \"timed\" or "
                                                    "\"rest\"; this one mixes them");
        checker_.check_keys(value, pointer, kAllStepKeys, {});
        return std::nullopt;
    }
    if (exercise && fields.has("hold") == fields.has("reps"))
        checker_.report(pointer.str(), fields.has("hold")
                                           ? "a step has either \"hold\" or \"reps\", not both"
                                           : "an exercise step needs \"hold\" or \"reps\"");
    const StepShape shape = step_shape(fields);
    checker_.check_keys(value, pointer, kAllStepKeys, shape.required);
    for (const auto& [key, item] : value.items()) {
        if (contains(kAllStepKeys, key) && !contains(shape.allowed, key))
            checker_.report(fields.at(key), in_quotes(key) + " does not belong in " + shape.name);
    }
    return shape.kind;
}

void DocumentReader::step_fields(const FieldReader& fields, Step& step)
{
    fields.id("exercise", step.exercise);
    fields.integer("hold", {1, 3600, "seconds"}, step.hold_seconds);
    fields.integer("reps", {1, 500, {}}, step.reps);
    if (const json* tempo = fields.find("tempo"))
        step.tempo = checker_.number(*tempo, fields.to("tempo"), {0.5, 30, "seconds"});
    fields.integer("sets", {1, 20, {}}, step.sets);
    fields.integer("rest_between_sets", {0, 600, "seconds"}, step.rest_between_sets);
    fields.integer("rest_after", {0, 600, "seconds"}, step.rest_after);
    fields.text("note", 500, step.note);
    fields.text("timed", 80, step.title);
    fields.integer("seconds", {1, 3600, "seconds"}, step.seconds);
    fields.integer("rest", {1, 600, "seconds"}, step.seconds);
}

} // namespace

RoutineFile read_routine_document(const json& document, const std::string& file_name,
                                  Problems& problems)
{
    JsonChecker checker(file_name, problems);
    return DocumentReader(checker).file(document);
}

} // namespace unknot
