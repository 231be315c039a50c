#include "core/figure/figure_format.h"

#include "core/base/suggest.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

namespace unknot {

using nlohmann::json;
using ordered = nlohmann::ordered_json;

namespace {

using Keys = std::vector<std::string>;

const Keys kFigureKeys{"view", "seconds", "props", "poses", "hold", "start", "keep_moving"};
const Keys kPropKeys{"type", "x", "y", "under", "between"};
const Keys kPoseKeys{"name", "at", "stay", "like", "ground", "x", "angles"};
const Keys kUnderTypes{"foam-roller", "tennis-ball", "massage-ball", "towel", "chair"};
const Keys kBetweenTypes{"band", "towel"};
const Keys kHeightTypes{"tennis-ball", "massage-ball"};
constexpr NumberRange kPlace{-3, 3, "metres"};

bool contains(const Keys& keys, std::string_view key)
{
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

std::string in_quotes(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

std::string number_text(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

std::string unknown_pose(const std::string& name, const Keys& names, const char* which)
{
    std::string message = std::string("no ") + which + "key pose named " + in_quotes(name);
    if (const auto suggestion = nearest_word(name, names))
        message += "; did you mean " + in_quotes(*suggestion) + "?";
    return message;
}

class FigureReader {
public:
    FigureReader(JsonChecker& checker, std::string pointer)
        : checker_(checker), pointer_(std::move(pointer))
    {}

    Figure read(const json& value);

private:
    JsonChecker& checker_;
    std::string pointer_;
    Keys names_; // key poses read so far
    std::map<std::string, std::string> first_seen_;
    double previous_end_ = 0;

    const json* find(const json& object, const std::string& key) const
    {
        const auto it = object.find(key);
        return it == object.end() ? nullptr : &*it;
    }
    std::vector<Prop> props(const json& value, const std::string& pointer);
    Prop prop(const json& value, const std::string& pointer);
    void prop_rules(const json& value, const std::string& pointer, const Prop& prop);
    std::vector<std::string> contacts(const json& value, const std::string& pointer,
                                      ListLimits limits);
    std::vector<KeyPose> poses(const json& value, const std::string& pointer);
    KeyPose pose(const json& value, const std::string& pointer, bool first);
    void timing(const json& value, const std::string& pointer, bool first, KeyPose& pose);
    void name(const json& value, const std::string& pointer, KeyPose& pose);
    std::map<std::string, double> angles(const json& value, const std::string& pointer);
    std::string pose_reference(const json& value, const std::string& pointer);
};

Figure FigureReader::read(const json& value)
{
    Figure figure;
    if (!checker_.expect_object(value, pointer_))
        return figure;
    checker_.check_keys(value, pointer_, kFigureKeys, {"poses"});
    if (const json* view = find(value, "view")) {
        if (const auto name = checker_.one_of(*view, pointer_ + "/view", view_names()))
            figure.view = static_cast<FigureView>(
                std::find(view_names().begin(), view_names().end(), *name) - view_names().begin());
    }
    if (const json* seconds = find(value, "seconds"))
        figure.seconds = checker_.number(*seconds, pointer_ + "/seconds", {1, 60, "seconds"})
                             .value_or(figure.seconds);
    if (const json* list = find(value, "props"))
        figure.props = props(*list, pointer_ + "/props");
    if (const json* list = find(value, "poses"))
        figure.poses = poses(*list, pointer_ + "/poses");
    if (const json* hold = find(value, "hold"))
        figure.hold = pose_reference(*hold, pointer_ + "/hold");
    if (const json* start = find(value, "start"))
        figure.start = pose_reference(*start, pointer_ + "/start");
    if (const json* moving = find(value, "keep_moving")) {
        if (moving->is_boolean())
            figure.keep_moving = moving->get<bool>();
        else
            checker_.report(pointer_ + "/keep_moving",
                            "must be true or false, got " + describe_json_type(*moving));
    }
    return figure;
}

std::vector<Prop> FigureReader::props(const json& value, const std::string& pointer)
{
    std::vector<Prop> result;
    if (!checker_.expect_array(value, pointer))
        return result;
    checker_.list_size(value, pointer, {0, 8});
    for (std::size_t i = 0; i < value.size(); ++i)
        result.push_back(prop(value[i], pointer + "/" + std::to_string(i)));
    return result;
}

Prop FigureReader::prop(const json& value, const std::string& pointer)
{
    Prop result;
    if (!checker_.expect_object(value, pointer))
        return result;
    checker_.check_keys(value, pointer, kPropKeys, {"type"});
    if (const json* type = find(value, "type"))
        result.type = checker_.one_of(*type, pointer + "/type", prop_types()).value_or("");
    if (const json* x = find(value, "x"))
        result.x = checker_.number(*x, pointer + "/x", kPlace);
    if (const json* y = find(value, "y"))
        result.y = checker_.number(*y, pointer + "/y", {0, 3, "metres"});
    if (const json* under = find(value, "under"))
        result.under = checker_.one_of(*under, pointer + "/under", contact_names()).value_or("");
    if (const json* between = find(value, "between"))
        result.between = contacts(*between, pointer + "/between", {2, 2});
    prop_rules(value, pointer, result);
    return result;
}

// Which keys fit which prop: only things that lie under the body can support it, only a band or
// a towel is held between two points, and only a ball is held up against a wall.
void FigureReader::prop_rules(const json& value, const std::string& pointer, const Prop& prop)
{
    if (prop.type.empty())
        return;
    const std::string kind = "a " + in_quotes(prop.type) + " prop";
    auto misplaced = [&](const char* key, bool allowed) {
        if (value.contains(key) && !allowed)
            checker_.report(pointer + "/" + key, in_quotes(key) + " does not belong in " + kind);
    };
    misplaced("under", contains(kUnderTypes, prop.type));
    misplaced("between", contains(kBetweenTypes, prop.type));
    misplaced("y", contains(kHeightTypes, prop.type) && !value.contains("under"));
    misplaced("x", !value.contains("under") && !value.contains("between") && prop.type != "mat");
    if (value.contains("under") && value.contains("between"))
        checker_.report(pointer, "a prop lies \"under\" one point or is held \"between\" two, "
                                 "not both");
    if (prop.type == "band" && !value.contains("between"))
        checker_.report(pointer, kind + " needs \"between\": the two points that hold it");
}

std::vector<std::string> FigureReader::contacts(const json& value, const std::string& pointer,
                                                ListLimits limits)
{
    std::vector<std::string> result;
    if (!checker_.expect_array(value, pointer))
        return result;
    checker_.list_size(value, pointer, limits);
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string item = pointer + "/" + std::to_string(i);
        const auto name = checker_.one_of(value[i], item, contact_names());
        if (name && std::find(result.begin(), result.end(), *name) != result.end())
            checker_.report(item, in_quotes(*name) + " is listed twice");
        else if (name)
            result.push_back(*name);
    }
    return result;
}

std::vector<KeyPose> FigureReader::poses(const json& value, const std::string& pointer)
{
    std::vector<KeyPose> result;
    if (!checker_.expect_array(value, pointer))
        return result;
    checker_.list_size(value, pointer, {1, 8});
    for (std::size_t i = 0; i < value.size(); ++i)
        result.push_back(pose(value[i], pointer + "/" + std::to_string(i), i == 0));
    return result;
}

KeyPose FigureReader::pose(const json& value, const std::string& pointer, bool first)
{
    KeyPose result;
    if (!checker_.expect_object(value, pointer))
        return result;
    checker_.check_keys(value, pointer, kPoseKeys, {"name", "at"});
    timing(value, pointer, first, result);
    if (const json* like = find(value, "like")) {
        if (const auto id = checker_.id(*like, pointer + "/like")) {
            if (contains(names_, *id))
                result.like = *id;
            else
                checker_.report(pointer + "/like", unknown_pose(*id, names_, "earlier "));
        }
    }
    if (const json* ground = find(value, "ground"))
        result.ground = contacts(*ground, pointer + "/ground", {1, 2});
    if (const json* x = find(value, "x"))
        result.x = checker_.number(*x, pointer + "/x", kPlace);
    if (const json* list = find(value, "angles"))
        result.angles = angles(*list, pointer + "/angles");
    name(value, pointer, result);
    return result;
}

// Key poses follow each other within one rep: the first at 0, each after the previous one's stay.
void FigureReader::timing(const json& value, const std::string& pointer, bool first, KeyPose& pose)
{
    if (const json* at = find(value, "at")) {
        if (const auto when = checker_.number(*at, pointer + "/at", {0, 1, {}})) {
            if (first && *when != 0)
                checker_.report(pointer + "/at",
                                "the first key pose must be at 0, got " + at->dump());
            else if (!first && *when >= 1)
                checker_.report(pointer + "/at",
                                "must be below 1 (the rep ends at 1), got " + at->dump());
            else if (!first && *when <= previous_end_)
                checker_.report(pointer + "/at", "must come after the previous key pose ends (" +
                                                     number_text(previous_end_) + "), got " +
                                                     at->dump());
            pose.at = *when;
        }
    }
    if (const json* stay = find(value, "stay")) {
        if (const auto length = checker_.number(*stay, pointer + "/stay", {0, 1, {}})) {
            if (pose.at + *length > 1 + 1e-9)
                checker_.report(pointer + "/stay", "must end by the end of the rep: at + stay "
                                                   "is " +
                                                       number_text(pose.at + *length) +
                                                       ", at most 1");
            pose.stay = *length;
        }
    }
    previous_end_ = std::max(previous_end_, pose.at + pose.stay);
}

void FigureReader::name(const json& value, const std::string& pointer, KeyPose& pose)
{
    const json* name = find(value, "name");
    if (!name)
        return;
    const auto id = checker_.id(*name, pointer + "/name");
    if (!id)
        return;
    const auto [it, added] = first_seen_.emplace(*id, pointer);
    if (!added)
        checker_.report(pointer + "/name", "duplicate key pose name " + in_quotes(*id) +
                                               " (first at " + it->second + ")");
    pose.name = *id;
    names_.push_back(*id);
}

std::map<std::string, double> FigureReader::angles(const json& value, const std::string& pointer)
{
    std::map<std::string, double> result;
    if (!checker_.expect_object(value, pointer))
        return result;
    checker_.check_keys(value, pointer, angle_names(), {});
    for (const auto& [key, degrees] : value.items()) {
        const auto joint = joint_named(key);
        if (!joint)
            continue;
        const AngleInfo& info = angle_info(*joint);
        const std::string at = pointer + "/" + key;
        if (const auto number = checker_.number(degrees, at, {info.min, info.max, "degrees"}))
            result[key] = *number;
    }
    return result;
}

std::string FigureReader::pose_reference(const json& value, const std::string& pointer)
{
    const auto id = checker_.id(value, pointer);
    if (!id)
        return {};
    if (!contains(names_, *id)) {
        checker_.report(pointer, unknown_pose(*id, names_, ""));
        return {};
    }
    return *id;
}

// Whole numbers are written without a decimal point ("90", not "90.0").
ordered number(double value)
{
    if (std::abs(value) < 1e9 && std::floor(value) == value)
        return static_cast<long long>(value);
    return value;
}

ordered prop_json(const Prop& prop)
{
    ordered result;
    result["type"] = prop.type;
    if (prop.x)
        result["x"] = number(*prop.x);
    if (prop.y)
        result["y"] = number(*prop.y);
    if (!prop.under.empty())
        result["under"] = prop.under;
    if (!prop.between.empty())
        result["between"] = prop.between;
    return result;
}

ordered angles_json(const std::map<std::string, double>& angles)
{
    ordered result = ordered::object();
    for (const std::string& name : angle_names()) {
        if (const auto it = angles.find(name); it != angles.end())
            result[name] = number(it->second);
    }
    for (const auto& [name, degrees] : angles) {
        if (!joint_named(name))
            result[name] = number(degrees);
    }
    return result;
}

ordered pose_json(const KeyPose& pose)
{
    ordered result;
    result["name"] = pose.name;
    result["at"] = number(pose.at);
    if (pose.stay != 0)
        result["stay"] = number(pose.stay);
    if (!pose.like.empty())
        result["like"] = pose.like;
    if (!pose.ground.empty())
        result["ground"] = pose.ground;
    if (pose.x)
        result["x"] = number(*pose.x);
    if (!pose.angles.empty())
        result["angles"] = angles_json(pose.angles);
    return result;
}

} // namespace

Figure read_figure(JsonChecker& checker, const json& value, const std::string& pointer)
{
    return FigureReader(checker, pointer).read(value);
}

ordered figure_json(const Figure& figure)
{
    ordered result;
    if (figure.view != FigureView::side)
        result["view"] = std::string(view_name(figure.view));
    if (figure.seconds != kDefaultRepSeconds)
        result["seconds"] = number(figure.seconds);
    if (!figure.props.empty()) {
        ordered props = ordered::array();
        for (const Prop& prop : figure.props)
            props.push_back(prop_json(prop));
        result["props"] = std::move(props);
    }
    ordered poses = ordered::array();
    for (const KeyPose& pose : figure.poses)
        poses.push_back(pose_json(pose));
    result["poses"] = std::move(poses);
    if (!figure.hold.empty())
        result["hold"] = figure.hold;
    if (!figure.start.empty())
        result["start"] = figure.start;
    if (figure.keep_moving)
        result["keep_moving"] = true;
    return result;
}

} // namespace unknot
