#include "core/routine/routine_validation.h"

#include "core/base/suggest.h"
#include "core/figure/figure_format.h"
#include "core/json/json_checker.h"
#include "core/routine/field_reader.h"
#include "core/routine/routine_limits.h"
#include "core/routine/side_text.h"
#include "core/routine/translation_reader.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace unknot {

using nlohmann::json;

namespace {

using Keys = std::vector<std::string>;

const Keys kFileKeys{"format", "exercises", "routine"};
const Keys kExerciseKeys{"id",           "name",         "summary",   "setup",
                         "instructions", "cues",         "breathing", "cautions",
                         "preparation",  "equipment",    "focus",     "sides",
                         "variations",   "illustration", "figure",    "translations"};
const Keys kInstructionKeys{"text", "pose"};
const Keys kVariationKeys{"name", "description"};
const Keys kRoutineKeys{"id",
                        "title",
                        "summary",
                        "focus",
                        "weekly_target",
                        "lead_in",
                        "notes",
                        "see_a_professional",
                        "red_flags",
                        "check_first",
                        "before_you_start",
                        "credit",
                        "source_file",
                        "steps",
                        "translations"};
const Keys kHoldStepKeys{"exercise",   "hold", "sets",       "rest_between_sets",
                         "rest_after", "note", "progression"};
const Keys kRepsStepKeys{"exercise",          "reps",       "tempo", "sets",
                         "rest_between_sets", "rest_after", "note",  "progression"};
const Keys kExerciseStepKeys{"exercise",          "hold",       "reps", "tempo",      "sets",
                             "rest_between_sets", "rest_after", "note", "progression"};
const Keys kTimedStepKeys{"timed", "seconds", "exercise", "rest_after", "note"};
const Keys kRestStepKeys{"rest", "note"};
const Keys kAllStepKeys{"exercise",   "hold", "reps",  "tempo",   "sets", "rest_between_sets",
                        "rest_after", "note", "timed", "seconds", "rest", "progression"};
const Keys kProgressionKeys{"hold", "reps", "sets"};
const Keys kDoseRangeKeys{"start", "target", "step"};

// Keys that only format 2 knows; a format-1 file that uses one is told to say "format": 2.
const Keys kFormat2ExerciseKeys{"setup", "breathing", "preparation", "translations"};
const Keys kFormat2RoutineKeys{"red_flags", "check_first", "before_you_start", "source_file",
                               "translations"};

// Where strings are not texts for people (ids, names of things, figures), and where choices are
// allowed in a routine: in its steps (check_references, which knows the sides of every exercise,
// reports a choice in a step of an exercise without sides).
const Keys kNotTextInExercise{"id",           "equipment", "focus", "sides",
                              "illustration", "figure",    "pose"};
const Keys kNotTextInRoutine{"id", "focus", "source_file", "exercise"};
const Keys kNone{};
const Keys kSidedInRoutine{"steps"};

constexpr int kFirstFormat = 1;

bool contains(const Keys& keys, std::string_view key)
{
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

std::string in_quotes(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

std::string needs_format_2()
{
    return "needs \"format\": 2 at the top of the file";
}

class DocumentReader {
public:
    explicit DocumentReader(JsonChecker& checker) : checker_(checker) {}

    RoutineFile file(const json& document);

private:
    JsonChecker& checker_;
    int format_ = kFirstFormat;

    void newer_keys(const json& object, PointerTo pointer, const Keys& keys);
    struct TextKeys {
        const Keys& skip;  // not texts for people
        const Keys& sided; // side choices allowed below these
    };
    void side_choices(const json& value, PointerTo pointer, TextKeys keys, bool allowed);
    void side_choices_in(std::string_view text, PointerTo pointer, bool allowed);
    std::vector<Exercise> exercises(const json& value, const std::string& pointer);
    Exercise exercise(const json& value, const std::string& pointer);
    std::vector<Instruction> instructions(const json& value, PointerTo pointer);
    std::optional<Instruction> instruction(const json& value, PointerTo pointer);
    void pose_ties(const Exercise& exercise, PointerTo pointer);
    std::vector<std::string> equipment(const json& value, const std::string& pointer);
    std::vector<Variation> variations(const json& value, const std::string& pointer);
    Routine routine(const json& value, const std::string& pointer);
    void red_flags(const FieldReader& fields, RedFlags& out);
    std::vector<Step> steps(const json& value, const std::string& pointer);
    Step step(const json& value, PointerTo pointer);
    std::optional<StepKind> step_kind(const FieldReader& fields, const json& value,
                                      PointerTo pointer);
    void step_fields(const FieldReader& fields, Step& step);
    std::optional<Progression> progression(const FieldReader& fields, StepKind kind);
    std::optional<DoseRange> dose_range(const FieldReader& fields, std::string_view key,
                                        IntRange range);
    bool format_is_newer(const json& document);
    void format(const json& document);
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

void DocumentReader::format(const json& document)
{
    const auto it = document.find("format");
    if (it == document.end())
        return;
    if (const auto version = checker_.integer(
            *it, "/format",
            {std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), {}})) {
        if (*version >= kFirstFormat && *version <= kFormatVersion)
            format_ = *version;
        else
            checker_.report("/format", "must be " + std::to_string(kFirstFormat) + " or " +
                                           std::to_string(kFormatVersion) + ", got " + it->dump());
    }
}

// In a format-1 file, each key of `keys` that the object has is reported where it is.
void DocumentReader::newer_keys(const json& object, PointerTo pointer, const Keys& keys)
{
    if (format_ >= 2)
        return;
    for (const auto& [key, value] : object.items()) {
        if (contains(keys, key))
            checker_.report(PointerTo(pointer, key).str(), needs_format_2());
    }
}

// Every text under `value`, a file's own or a translation, follows the side-choice rules.
void DocumentReader::side_choices(const json& value, PointerTo pointer, TextKeys keys, bool allowed)
{
    if (value.is_string()) {
        side_choices_in(value.get_ref<const std::string&>(), pointer, allowed);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            side_choices(value[i], PointerTo(pointer, i), keys, allowed);
    } else if (value.is_object()) {
        for (const auto& [key, item] : value.items()) {
            if (!contains(keys.skip, key))
                side_choices(item, PointerTo(pointer, key), keys,
                             allowed || contains(keys.sided, key));
        }
    }
}

void DocumentReader::side_choices_in(std::string_view text, PointerTo pointer, bool allowed)
{
    if (format_ < 2) { // braces were plain text in format 1; a choice needs format 2
        if (has_side_choice(text))
            checker_.report(pointer.str(),
                            "a side choice such as {left|right} " + needs_format_2());
        return;
    }
    const std::size_t brace = text.find_first_of("{}");
    if (brace == std::string_view::npos)
        return;
    if (!allowed) {
        checker_.report(pointer.str(), "side choices such as {left|right} are only for the texts "
                                       "of an exercise with \"sides\": \"each\" or \"alternate\" "
                                       "and the steps that use one");
        return;
    }
    if (const auto error = check_side_choices(text))
        checker_.report(pointer.str(),
                        "character " + std::to_string(error->column) + ": " + error->message);
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
    format(document);
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

Sides sides_named(const std::string& name)
{
    return name == "each" ? Sides::each : name == "alternate" ? Sides::alternate : Sides::none;
}

Exercise DocumentReader::exercise(const json& value, const std::string& pointer)
{
    Exercise result;
    if (!checker_.expect_object(value, pointer))
        return result;
    checker_.check_keys(value, pointer, kExerciseKeys, {"id", "name", "summary", "instructions"});
    newer_keys(value, pointer, kFormat2ExerciseKeys);
    const FieldReader fields(checker_, value, pointer);
    fields.id("id", result.id);
    fields.text("name", limits::exercise_name, result.name);
    fields.text("summary", limits::exercise_summary, result.summary);
    fields.texts("setup", limits::setup, result.setup);
    if (const json* list = fields.find("instructions"))
        result.instructions = instructions(*list, fields.to("instructions"));
    fields.texts("cues", limits::cues, result.cues);
    fields.texts("breathing", limits::breathing, result.breathing);
    fields.texts("cautions", limits::cautions, result.cautions);
    fields.texts("preparation", limits::preparation, result.preparation);
    if (const json* list = fields.find("equipment"))
        result.equipment = equipment(*list, fields.at("equipment"));
    fields.ids("focus", result.focus);
    if (const json* sides = fields.find("sides")) {
        if (const auto name = checker_.one_of(*sides, fields.to("sides"), limits::sides()))
            result.sides = sides_named(*name);
    }
    if (const json* list = fields.find("variations"))
        result.variations = variations(*list, fields.at("variations"));
    fields.file_name("illustration", limits::illustration, result.illustration);
    if (const json* figure = fields.find("figure"))
        result.figure = read_figure(checker_, *figure, fields.at("figure"));
    pose_ties(result, pointer);
    if (const json* translations = fields.find("translations"))
        result.translations =
            read_exercise_translations(checker_, *translations, fields.to("translations"), value);
    side_choices(value, pointer, {kNotTextInExercise, kNone}, result.sides != Sides::none);
    return result;
}

std::vector<Instruction> DocumentReader::instructions(const json& value, PointerTo pointer)
{
    std::vector<Instruction> result;
    if (!checker_.expect_array(value, pointer))
        return result;
    checker_.list_size(value, pointer, limits::instructions.items);
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (auto item = instruction(value[i], PointerTo(pointer, i)))
            result.push_back(std::move(*item));
    }
    return result;
}

// A text, or (format 2) {"text": ..., "pose": ...}: the text tied to a key pose of the figure.
std::optional<Instruction> DocumentReader::instruction(const json& value, PointerTo pointer)
{
    const std::size_t max_chars = limits::instructions.max_chars;
    if (!value.is_object()) {
        if (auto text = checker_.text(value, pointer, max_chars))
            return Instruction(std::move(*text));
        return std::nullopt;
    }
    if (format_ < 2) {
        checker_.report(pointer.str(), "an instruction tied to a pose " + needs_format_2());
        return std::nullopt;
    }
    checker_.check_keys(value, pointer, kInstructionKeys, kInstructionKeys);
    const FieldReader fields(checker_, value, pointer);
    Instruction result;
    fields.text("text", limits::Text{max_chars}, result.text);
    if (const json* pose = fields.find("pose"))
        result.pose = checker_.text(*pose, fields.to("pose"), kMaxIdChars).value_or(std::string());
    if (result.text.empty() || result.pose.empty())
        return std::nullopt;
    return result;
}

void DocumentReader::pose_ties(const Exercise& exercise, PointerTo pointer)
{
    std::vector<std::string> names;
    if (exercise.figure) {
        for (const KeyPose& pose : exercise.figure->poses)
            names.push_back(pose.name);
    }
    const PointerTo list(pointer, "instructions");
    for (std::size_t i = 0; i < exercise.instructions.size(); ++i) {
        const std::string& pose = exercise.instructions[i].pose;
        if (pose.empty() || contains(names, pose))
            continue;
        const std::string where = PointerTo(PointerTo(list, i), "pose").str();
        if (!exercise.figure) {
            checker_.report(where, "ties to the key pose " + in_quotes(pose) +
                                       ", but the exercise has no \"figure\"");
            continue;
        }
        std::string message = "the figure has no key pose " + in_quotes(pose);
        if (const auto suggestion = nearest_word(pose, names))
            message += "; did you mean " + in_quotes(*suggestion) + "?";
        checker_.report(where, message);
    }
}

std::vector<std::string> DocumentReader::equipment(const json& value, const std::string& pointer)
{
    std::vector<std::string> result;
    if (!checker_.expect_array(value, pointer))
        return result;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string item = pointer + "/" + std::to_string(i);
        const auto name = checker_.one_of(value[i], item, limits::equipment());
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
        fields.text("name", limits::variation_name, variation.name);
        fields.text("description", limits::variation_description, variation.description);
        result.push_back(std::move(variation));
    }
    return result;
}

Routine DocumentReader::routine(const json& value, const std::string& pointer)
{
    Routine result;
    if (!checker_.expect_object(value, pointer))
        return result;
    checker_.check_keys(value, pointer, kRoutineKeys, {"id", "title", "summary", "steps"});
    newer_keys(value, pointer, kFormat2RoutineKeys);
    const FieldReader fields(checker_, value, pointer);
    fields.id("id", result.id);
    fields.text("title", limits::routine_title, result.title);
    fields.text("summary", limits::routine_summary, result.summary);
    fields.ids("focus", result.focus);
    fields.integer("weekly_target", limits::weekly_target, result.weekly_target);
    fields.integer("lead_in", limits::lead_in, result.lead_in_seconds);
    fields.texts("notes", limits::notes, result.notes);
    red_flags(fields, result.red_flags);
    fields.texts("check_first", limits::check_first, result.check_first);
    fields.texts("before_you_start", limits::before_you_start, result.before_you_start);
    fields.text("credit", limits::credit, result.credit);
    fields.file_name("source_file", limits::source_file, result.source_file);
    if (const json* list = fields.find("steps"))
        result.steps = steps(*list, fields.at("steps"));
    if (const json* translations = fields.find("translations"))
        result.translations =
            read_routine_translations(checker_, *translations, fields.to("translations"), value);
    side_choices(value, pointer, {kNotTextInRoutine, kSidedInRoutine}, false);
    return result;
}

// Format 1 says see_a_professional; format 2 says red_flags with three tiers instead.
void DocumentReader::red_flags(const FieldReader& fields, RedFlags& out)
{
    if (fields.has("see_a_professional") && format_ >= 2)
        checker_.report(fields.at("see_a_professional"),
                        "format 2 says \"red_flags\": {\"professional\": [...]} instead");
    else
        fields.texts("see_a_professional", limits::red_flags, out.professional);
    const json* value = fields.find("red_flags");
    if (value == nullptr || !checker_.expect_object(*value, fields.to("red_flags")))
        return;
    checker_.check_keys(*value, fields.to("red_flags"), limits::red_flag_tiers(), {});
    const FieldReader tiers(checker_, *value, fields.to("red_flags"));
    tiers.texts("emergency", limits::red_flags, out.emergency);
    tiers.texts("doctor_soon", limits::red_flags, out.doctor_soon);
    tiers.texts("professional", limits::red_flags, out.professional);
}

std::vector<Step> DocumentReader::steps(const json& value, const std::string& pointer)
{
    std::vector<Step> result;
    if (!checker_.expect_array(value, pointer))
        return result;
    checker_.list_size(value, pointer, limits::steps);
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

// Tells the kind of a step by its keys and checks that its keys fit that kind. A timed step may
// name an exercise (format 2): it borrows the exercise's texts.
std::optional<StepKind> DocumentReader::step_kind(const FieldReader& fields, const json& value,
                                                  PointerTo pointer)
{
    const bool exercise = fields.has("hold") || fields.has("reps") ||
                          (fields.has("exercise") && !fields.has("timed"));
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
    if (shape.kind == StepKind::timed && format_ < 2 && fields.has("exercise"))
        checker_.report(fields.at("exercise"), "a timed step with an exercise " + needs_format_2());
    return shape.kind;
}

void DocumentReader::step_fields(const FieldReader& fields, Step& step)
{
    fields.id("exercise", step.exercise);
    fields.integer("hold", limits::hold, step.hold_seconds);
    fields.integer("reps", limits::reps, step.reps);
    if (const json* tempo = fields.find("tempo"))
        step.tempo = checker_.number(*tempo, fields.to("tempo"), limits::tempo);
    fields.integer("sets", limits::sets, step.sets);
    fields.integer("rest_between_sets", limits::rest_between_sets, step.rest_between_sets);
    fields.integer("rest_after", limits::rest_after, step.rest_after);
    fields.text("note", limits::note, step.note);
    fields.text("timed", limits::timed_title, step.title);
    fields.integer("seconds", limits::timed_seconds, step.seconds);
    fields.integer("rest", limits::rest, step.seconds);
    step.progression = progression(fields, step.kind);
}

// A step's progression (format 2): the hold (hold steps) or the reps (reps steps), and the sets,
// each from a start to a target by a step; at least one of them.
std::optional<Progression> DocumentReader::progression(const FieldReader& fields, StepKind kind)
{
    const json* value = fields.find("progression");
    if (value == nullptr)
        return std::nullopt;
    const PointerTo pointer = fields.to("progression");
    if (format_ < 2) {
        checker_.report(pointer.str(), "\"progression\" " + needs_format_2());
        return std::nullopt;
    }
    if (!checker_.expect_object(*value, pointer))
        return std::nullopt;
    checker_.check_keys(*value, pointer, kProgressionKeys, {});
    if (value->empty()) {
        checker_.report(pointer.str(), "a progression needs \"hold\", \"reps\" or \"sets\"");
        return std::nullopt;
    }
    const FieldReader ranges(checker_, *value, pointer);
    if (kind != StepKind::hold && ranges.has("hold"))
        checker_.report(ranges.at("hold"), "only a hold step's hold can progress");
    if (kind != StepKind::reps && ranges.has("reps"))
        checker_.report(ranges.at("reps"), "only a reps step's reps can progress");
    Progression result;
    result.hold = dose_range(ranges, "hold", limits::hold);
    result.reps = dose_range(ranges, "reps", limits::reps);
    result.sets = dose_range(ranges, "sets", limits::sets);
    return result;
}

std::optional<DoseRange> DocumentReader::dose_range(const FieldReader& fields, std::string_view key,
                                                    IntRange range)
{
    const json* value = fields.find(key);
    if (value == nullptr || !checker_.expect_object(*value, fields.to(key)))
        return std::nullopt;
    const PointerTo pointer = fields.to(key);
    checker_.check_keys(*value, pointer, kDoseRangeKeys, kDoseRangeKeys);
    const FieldReader parts(checker_, *value, pointer);
    DoseRange result{-1, -1, -1};
    parts.integer("start", range, result.start);
    parts.integer("target", range, result.target);
    parts.integer("step", range, result.step); // the limits' minimum is 1 for all three
    if (result.start < 0 || result.target < 0 || result.step < 0)
        return std::nullopt;
    if (result.target < result.start) {
        checker_.report(parts.at("target"), "the target must not be below the start (" +
                                                std::to_string(result.start) + ")");
        return std::nullopt;
    }
    return result;
}

} // namespace

RoutineFile read_routine_document(const json& document, const std::string& file_name,
                                  Problems& problems)
{
    JsonChecker checker(file_name, problems);
    return DocumentReader(checker).file(document);
}

} // namespace unknot
