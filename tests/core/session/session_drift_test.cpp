#include "core/session/coach.h"
#include "core/session/session_engine.h"
#include "session_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <tuple>

using namespace unknot;
using namespace std::chrono_literals;

namespace {

// Plays one session with jittery ticks, stalls and pauses, and checks it against the plan.
class JitteryPlayer {
public:
    JitteryPlayer(const CoachedSession& session, std::mt19937& rng)
        : plan_(session.plan), script_(session.script), engine_(session.plan, session.script),
          rng_(rng)
    {
        Duration t{};
        for (const Phase& p : plan_.phases) {
            starts_.push_back(t);
            t += to_duration(p.planned_seconds);
        }
        total_ = t;
    }

    int play()
    {
        record(engine_.start(origin_), origin_);
        int ticks = 0;
        while (!engine_.finished()) {
            const TimePoint next = now_ + step();
            press_done_if_due(next);
            record(engine_.advance(next), next);
            ++ticks;
            maybe_pause();
        }
        return ticks;
    }

    int stalls = 0;
    int pauses = 0;

    void check() const
    {
        check_phases();
        check_cues();
    }

private:
    Duration step()
    {
        if (std::uniform_int_distribution<int>(0, 99)(rng_) == 0 && ++stalls)
            return std::chrono::milliseconds(
                std::uniform_int_distribution<int>(1'000, 20'000)(rng_));
        return std::chrono::microseconds(std::uniform_int_distribution<int>(40'000, 160'000)(rng_));
    }

    void press_done_if_due(TimePoint next)
    {
        const Phase* phase = engine_.current_phase();
        if (!phase || !phase->self_paced())
            return;
        const int index = engine_.phase_index();
        const TimePoint due =
            origin_ + paused_ + starts_[index] + to_duration(phase->planned_seconds);
        REQUIRE(due >= now_);
        if (due <= next)
            record(engine_.done(due), due);
    }

    void maybe_pause()
    {
        if (engine_.finished() || std::uniform_int_distribution<int>(0, 199)(rng_) != 0)
            return;
        ++pauses;
        record(engine_.pause(now_), now_);
        const Duration length =
            std::chrono::milliseconds(std::uniform_int_distribution<int>(100, 60'000)(rng_));
        CHECK(engine_.advance(now_ + length / 2).empty());
        paused_ += length;
        record(engine_.resume(now_ + length), now_ + length);
    }

    void record(const Events& events, TimePoint now)
    {
        now_ = now;
        calls_.push_back(now - origin_ - paused_);
        for (const Event& e : events)
            log_.push_back({e, e.at - origin_ - paused_});
    }

    void check_phases() const
    {
        std::size_t started = 0, finished = 0;
        for (const auto& [e, active] : log_) {
            if (e.kind == EventKind::phase_started) {
                REQUIRE(e.phase == static_cast<int>(started));
                CHECK(active == starts_[started++]);
            } else if (e.kind == EventKind::phase_finished) {
                const Duration planned = to_duration(plan_.phases[finished].planned_seconds);
                CHECK(e.outcome == PhaseOutcome::done);
                CHECK(active == starts_[finished++] + planned);
            } else if (e.kind == EventKind::session_finished) {
                CHECK(active == total_);
                CHECK(e.active_seconds == Approx(to_seconds(total_)).margin(1e-9));
            }
        }
        CHECK(started == plan_.phases.size());
        CHECK(finished == plan_.phases.size());
        CHECK(engine_.elapsed_seconds(now_) == Approx(plan_.total_seconds()).margin(1e-9));
    }

    // An item fires exactly when the first call at or after it comes within kStaleCueSeconds.
    // Items of one phase never overlap, so the phase and the instant name one.
    void check_cues() const
    {
        using Key = std::pair<int, Duration::rep>;
        std::map<Key, CueItem> fired;
        for (const auto& [e, active] : log_)
            if (e.kind == EventKind::cue_due && e.phase >= 0)
                CHECK(fired.emplace(Key{e.phase, active.count()}, e.cue).second); // never twice
        std::size_t expected_fired = 0;
        for (std::size_t i = 0; i < plan_.phases.size(); ++i) {
            for (const CueItem& item : script_.phases[i].items) {
                const Duration due = starts_[i] + to_duration(item.at);
                const Duration seen = *std::lower_bound(calls_.begin(), calls_.end(), due);
                const auto it = fired.find(Key{static_cast<int>(i), due.count()});
                const bool should_fire = seen - due <= to_duration(kStaleCueSeconds);
                CHECK((it != fired.end()) == should_fire);
                if (it != fired.end())
                    CHECK(it->second == item);
                expected_fired += should_fire ? 1 : 0;
            }
        }
        CHECK(fired.size() == expected_fired);
    }

    const SessionPlan& plan_;
    const CueScript& script_;
    SessionEngine engine_;
    std::mt19937& rng_;
    std::vector<Duration> starts_;
    Duration total_{};
    const TimePoint origin_ = test::at(0);
    TimePoint now_ = origin_;
    Duration paused_{};
    std::vector<Duration> calls_; // active time of every call, in order
    std::vector<std::pair<Event, Duration>> log_;
};

} // namespace

TEST_CASE("10,000 jittery ticks with stalls and pauses end every phase at its deadline",
          "[session_engine][drift]")
{
    const test::SessionFixture fixture;
    const CoachedSession session = fixture.coached();
    std::mt19937 rng(20240611);
    int ticks = 0;
    int sessions = 0, stalls = 0, pauses = 0;
    while (ticks < 10'000) {
        JitteryPlayer player(session, rng);
        ticks += player.play();
        player.check();
        ++sessions;
        stalls += player.stalls;
        pauses += player.pauses;
    }
    CHECK(sessions >= 3);
    CHECK(stalls >= 50); // the run really went through stalls and pauses
    CHECK(pauses >= 20);
}

TEST_CASE("a timer set to next_due sees every cue and deadline exactly on time",
          "[session_engine][drift]")
{
    const test::SessionFixture fixture;
    const CoachedSession session = fixture.coached();
    const SessionPlan& plan = session.plan;
    SessionEngine engine(plan, session.script);
    Events log = engine.start(test::at(0));
    TimePoint phase_start = test::at(0);
    while (!engine.finished()) {
        Events events;
        TimePoint now;
        if (const std::optional<TimePoint> due = engine.next_due()) {
            now = *due;
            events = engine.advance(now);
        } else {
            REQUIRE(engine.current_phase()->self_paced());
            now = phase_start + to_duration(engine.current_phase()->planned_seconds);
            events = engine.done(now);
        }
        REQUIRE_FALSE(events.empty());
        for (const Event& e : events) {
            CHECK(e.at == now);
            if (e.kind == EventKind::phase_started)
                phase_start = e.at;
        }
        test::append(log, events);
    }
    std::size_t scheduled = session.script.completed.size();
    for (const PhaseScript& phase : session.script.phases)
        scheduled += phase.items.size();
    CHECK(test::only(log, EventKind::cue_due).size() == scheduled);
    CHECK(log.back().at == test::at(plan.total_seconds()));
}
