#include "core/session/session_engine.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace unknot {

namespace {

Event make_event(EventKind kind, TimePoint at, int phase)
{
    Event event;
    event.kind = kind;
    event.at = at;
    event.phase = phase;
    return event;
}

void check(const SessionPlan& plan, const CueScript& script)
{
    if (!script.phases.empty() && script.phases.size() != plan.phases.size())
        throw std::invalid_argument("cue script: " + std::to_string(script.phases.size()) +
                                    " phases for a plan of " + std::to_string(plan.phases.size()));
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const Phase& phase = plan.phases[i];
        const bool bad_tempo = phase.tempo && !(*phase.tempo > 0 && std::isfinite(*phase.tempo));
        if (!(phase.planned_seconds >= 0 && std::isfinite(phase.planned_seconds)) || bad_tempo)
            throw std::invalid_argument("session plan phase " + std::to_string(i) +
                                        ": durations must be finite, tempo positive");
    }
}

} // namespace

SessionEngine::SessionEngine(SessionPlan plan, CueScript script)
    : plan_(std::move(plan)), script_(std::move(script))
{
    check(plan_, script_);
}

// ---- commands ----

Events SessionEngine::start(TimePoint now)
{
    if (state_ != State::idle)
        return {};
    last_now_ = now;
    origin_ = now;
    state_ = State::running;
    Events out;
    go_to(0, Duration{}, out);
    if (in_phase())
        catch_up(Duration{}, out);
    return out;
}

Events SessionEngine::pause(TimePoint now)
{
    if (state_ != State::running)
        return {};
    Events out;
    const Duration at = see(now);
    catch_up(at, out);
    if (state_ == State::running) {
        frozen_ = at;
        state_ = State::paused;
    }
    return out;
}

Events SessionEngine::resume(TimePoint now)
{
    if (state_ != State::paused)
        return {};
    see(now);
    origin_ = last_now_ - frozen_;
    state_ = State::running;
    Events out;
    catch_up(frozen_, out);
    return out;
}

Events SessionEngine::advance(TimePoint now)
{
    return act(now, [](Duration, Events&) {});
}

Events SessionEngine::skip(TimePoint now)
{
    return act(now,
               [this](Duration at, Events& out) { finish_phase(PhaseOutcome::skipped, at, out); });
}

Events SessionEngine::back(TimePoint now)
{
    return act(now, [this](Duration at, Events& out) {
        const bool just_started = at - phase_start_ < to_duration(kBackRestartSeconds);
        const int target = just_started && index_ > 0 ? index_ - 1 : index_;
        emit_finished(PhaseOutcome::skipped, at, out);
        go_to(target, at, out);
    });
}

Events SessionEngine::done(TimePoint now)
{
    return act(now, [this](Duration at, Events& out) {
        if (plan_.phases[index_].self_paced())
            finish_phase(PhaseOutcome::done, at, out);
    });
}

Events SessionEngine::hurts(TimePoint now)
{
    return act(now, [this](Duration at, Events& out) {
        const int step = plan_.phases[index_].step_index;
        int next = index_ + 1;
        while (next < static_cast<int>(plan_.phases.size()) &&
               plan_.phases[next].step_index == step)
            ++next;
        emit_finished(PhaseOutcome::stopped_for_pain, at, out);
        go_to(next, at, out);
    });
}

Events SessionEngine::stop(TimePoint now)
{
    if (state_ == State::idle) {
        last_now_ = now;
        origin_ = now;
        state_ = State::running;
        Events out;
        finish_session(SessionOutcome::stopped, Duration{}, out);
        return out;
    }
    return act(now, [this](Duration at, Events& out) {
        emit_finished(PhaseOutcome::stopped, at, out);
        finish_session(SessionOutcome::stopped, at, out);
    });
}

Events SessionEngine::stop_for_pain(TimePoint now)
{
    return act(now, [this](Duration at, Events& out) {
        emit_finished(PhaseOutcome::stopped_for_pain, at, out);
        finish_session(SessionOutcome::stopped, at, out);
    });
}

// ---- queries ----

int SessionEngine::phase_index() const
{
    return in_phase() ? index_ : -1;
}

const Phase* SessionEngine::current_phase() const
{
    return in_phase() ? &plan_.phases[index_] : nullptr;
}

std::optional<double> SessionEngine::remaining_seconds(TimePoint now) const
{
    const std::optional<Duration> end = in_phase() ? deadline() : std::nullopt;
    if (!end)
        return std::nullopt;
    return to_seconds(std::max(Duration{}, *end - active(now)));
}

double SessionEngine::phase_elapsed_seconds(TimePoint now) const
{
    return in_phase() ? to_seconds(phase_elapsed(now)) : 0.0;
}

double SessionEngine::elapsed_seconds(TimePoint now) const
{
    return to_seconds(active(now));
}

double SessionEngine::remaining_total_seconds(TimePoint now) const
{
    if (state_ == State::idle)
        return plan_.total_seconds();
    if (!in_phase())
        return 0.0;
    const auto later = plan_.phases.begin() + index_ + 1;
    const double after =
        std::accumulate(later, plan_.phases.end(), 0.0,
                        [](double sum, const Phase& p) { return sum + p.planned_seconds; });
    const double current = plan_.phases[index_].planned_seconds - phase_elapsed_seconds(now);
    return std::max(0.0, current) + after;
}

int SessionEngine::current_rep(TimePoint now) const
{
    const Phase* phase = current_phase();
    if (!phase || phase->kind != PhaseKind::reps || !phase->tempo)
        return 0;
    const auto rep = phase_elapsed(now) / to_duration(*phase->tempo) + 1;
    return static_cast<int>(std::min<decltype(rep)>(rep, phase->reps));
}

Side SessionEngine::current_side(TimePoint now) const
{
    const Phase* phase = current_phase();
    if (!phase)
        return Side::none;
    const int rep = current_rep(now);
    return rep > 0 ? rep_side(*phase, rep) : phase->side;
}

std::optional<TimePoint> SessionEngine::next_due() const
{
    if (state_ != State::running)
        return std::nullopt;
    std::optional<Duration> due = deadline();
    if (next_cue_ < cues().size()) {
        const Duration cue = phase_start_ + to_duration(cues()[next_cue_].at);
        due = due ? std::min(*due, cue) : cue;
    }
    if (!due)
        return std::nullopt;
    return origin_ + *due;
}

// ---- time ----

Duration SessionEngine::active(TimePoint now) const
{
    switch (state_) {
    case State::idle:
        return Duration{};
    case State::running:
        return std::max(now, last_now_) - origin_;
    case State::paused:
    case State::finished:
        break;
    }
    return frozen_;
}

TimePoint SessionEngine::real(Duration active_time) const
{
    return state_ == State::running ? origin_ + active_time : last_now_;
}

Duration SessionEngine::see(TimePoint now)
{
    last_now_ = std::max(last_now_, now);
    return active(last_now_);
}

Duration SessionEngine::phase_elapsed(TimePoint now) const
{
    const Duration end = deadline().value_or(Duration::max());
    return std::min(active(now), end) - phase_start_;
}

std::optional<Duration> SessionEngine::deadline() const
{
    const Phase& phase = plan_.phases[index_];
    if (phase.self_paced())
        return std::nullopt;
    return phase_start_ + to_duration(phase.planned_seconds);
}

// ---- transitions ----

Events SessionEngine::act(TimePoint now, const std::function<void(Duration, Events&)>& action)
{
    if (!in_phase())
        return {};
    Events out;
    const Duration at = see(now);
    catch_up(at, out);
    if (!in_phase())
        return out;
    action(at, out);
    if (in_phase())
        catch_up(at, out);
    return out;
}

void SessionEngine::catch_up(Duration now, Events& out)
{
    while (in_phase()) {
        const std::optional<Duration> end = deadline();
        fire_cues(end ? std::min(now, *end) : now, now, out);
        if (!end || *end > now)
            return;
        finish_phase(PhaseOutcome::done, *end, out);
    }
}

void SessionEngine::fire_cues(Duration until, Duration now, Events& out)
{
    const Duration stale = to_duration(kStaleCueSeconds);
    while (next_cue_ < cues().size()) {
        const CueItem& cue = cues()[next_cue_];
        const Duration due = phase_start_ + to_duration(cue.at);
        if (due > until)
            return;
        ++next_cue_;
        if (now - due > stale)
            continue;
        Event event = make_event(EventKind::cue_due, real(due), index_);
        event.cue = cue;
        out.push_back(std::move(event));
    }
}

void SessionEngine::emit_finished(PhaseOutcome outcome, Duration at, Events& out)
{
    Event event = make_event(EventKind::phase_finished, real(at), index_);
    event.outcome = outcome;
    event.active_seconds = to_seconds(at - phase_start_);
    out.push_back(std::move(event));
}

void SessionEngine::finish_phase(PhaseOutcome outcome, Duration at, Events& out)
{
    emit_finished(outcome, at, out);
    go_to(index_ + 1, at, out);
}

void SessionEngine::go_to(int index, Duration at, Events& out)
{
    if (index >= static_cast<int>(plan_.phases.size())) {
        finish_session(SessionOutcome::completed, at, out);
        return;
    }
    index_ = index;
    phase_start_ = at;
    next_cue_ = 0;
    out.push_back(make_event(EventKind::phase_started, real(at), index));
}

void SessionEngine::finish_session(SessionOutcome outcome, Duration at, Events& out)
{
    const TimePoint when = real(at);
    Event event = make_event(EventKind::session_finished, when, -1);
    event.session_outcome = outcome;
    event.active_seconds = to_seconds(at);
    out.push_back(std::move(event));
    fire_end_items(outcome, when, out);
    frozen_ = at;
    state_ = State::finished;
    outcome_ = outcome;
    index_ = -1;
    next_cue_ = 0;
}

void SessionEngine::fire_end_items(SessionOutcome outcome, TimePoint when, Events& out) const
{
    const bool completed = outcome == SessionOutcome::completed;
    for (const CueItem& item : completed ? script_.completed : script_.stopped) {
        Event event = make_event(EventKind::cue_due, when, -1);
        event.cue = item;
        out.push_back(std::move(event));
    }
}

const std::vector<CueItem>& SessionEngine::cues() const
{
    static const std::vector<CueItem> none;
    const auto index = static_cast<std::size_t>(index_);
    return index_ >= 0 && index < script_.phases.size() ? script_.phases[index].items : none;
}

} // namespace unknot
