#include "cue_module/espeak_speech.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <QJsonObject>

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace unknot::cues {

namespace {

constexpr int kWordsPerMinute = 165; // at rate 0: a little slower than espeak-ng's 175, for clarity

int words_per_minute(double rate)
{
    return int(kWordsPerMinute + rate * (rate < 0 ? 45 : 85)); // 120 .. 250
}

int collect(short* wav, int samples, espeak_EVENT* events)
{
    auto* out = static_cast<std::vector<std::int16_t>*>(events->user_data);
    if (wav && samples > 0)
        out->insert(out->end(), wav, wav + samples);
    return 0;
}

// "en" matches "en", "en-us", "en-gb-scotland", ...: the languages a voice speaks are a list of a
// priority byte and a name each, ending with an empty name.
bool speaks(const espeak_VOICE& voice, const QByteArray& language)
{
    for (const char* p = voice.languages; *p; p += std::strlen(p + 1) + 2) {
        const QByteArray name(p + 1);
        if (name == language || name.startsWith(language + '-'))
            return true;
    }
    return false;
}

struct Job {
    QString text;
    std::uint64_t generation = 0;
    TimePoint asked{};
};

class EspeakSpeech : public gui::SpeechOutput {
public:
    EspeakSpeech(std::shared_ptr<AudioLane> lane, const gui::CueOutputOptions& options)
        : lane_(std::move(lane)), language_(options.language.toUtf8()), timeline_(options.timeline)
    {}

    ~EspeakSpeech() override
    {
        {
            const std::lock_guard lock(mutex_);
            quit_ = true;
        }
        wake_.notify_one();
        if (worker_.joinable())
            worker_.join();
        lane_->stop_speech();
    }

    // Starts the worker, which owns espeak-ng (it is not thread-safe); empty when it works.
    QString start()
    {
        std::promise<QString> started;
        worker_ = std::thread([this, &started] { run(started); });
        return started.get_future().get();
    }

    void say(const QString& text) override
    {
        const bool cutting = lane_->speech_end().has_value();
        const std::int64_t silent_from = lane_->stop_speech();
        if (cutting)
            note(Clock::now(), QStringLiteral("speech_cut"),
                 {{QStringLiteral("from"), double(silent_from)}});
        if (text.isEmpty())
            return;
        {
            const std::lock_guard lock(mutex_);
            job_ = Job{text, ++generation_, Clock::now()};
        }
        wake_.notify_one();
    }

    void stop() override
    {
        {
            const std::lock_guard lock(mutex_);
            ++generation_;
            job_.reset();
        }
        const std::int64_t silent_from = lane_->stop_speech();
        note(Clock::now(), QStringLiteral("speech_stop"),
             {{QStringLiteral("from"), double(silent_from)}});
    }

    bool working() const override { return !lane_->failed(); }
    QString engine() const override { return QStringLiteral("espeak-ng"); }
    QStringList voices() const override { return voice_names_; }

    void set_voice(const QString& name) override
    {
        const std::lock_guard lock(mutex_);
        voice_ = name;
    }

    void set_rate(double rate) override
    {
        const std::lock_guard lock(mutex_);
        rate_ = std::clamp(rate, -1.0, 1.0);
    }

    bool speaking() const override { return expected_end().has_value(); }

    std::optional<TimePoint> expected_end() const override
    {
        {
            const std::lock_guard lock(mutex_);
            if (job_ || synthesising_) // a few milliseconds: the clip is not placed yet
                return Clock::now() + to_duration(0.1);
        }
        return lane_->speech_end();
    }

private:
    void run(std::promise<QString>& started)
    {
        const QString error = initialise();
        started.set_value(error);
        if (!error.isEmpty())
            return;
        std::unique_lock lock(mutex_);
        for (;;) {
            wake_.wait(lock, [this] { return quit_ || job_; });
            if (quit_)
                return;
            const Job job = *std::exchange(job_, std::nullopt);
            synthesising_ = true;
            apply_settings();
            lock.unlock();
            speak(job);
            lock.lock();
            synthesising_ = false;
        }
    }

    QString initialise()
    {
        espeak_ng_InitializePath(nullptr);
        espeak_ng_ERROR_CONTEXT context = nullptr;
        if (espeak_ng_Initialize(&context) != ENS_OK) {
            espeak_ng_ClearErrorContext(&context);
            return QStringLiteral("its data did not load (package espeak-ng-data)");
        }
        espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
        if (espeak_ng_GetSampleRate() != kSampleRate)
            return QStringLiteral("it synthesises at %1 Hz").arg(espeak_ng_GetSampleRate());
        espeak_SetSynthCallback(collect);
        for (const espeak_VOICE** v = espeak_ListVoices(nullptr); *v; ++v)
            if (speaks(**v, language_))
                voices_.push_back(*v);
        if (voices_.empty() || espeak_ng_SetVoiceByName(language_.constData()) != ENS_OK)
            return QStringLiteral("no voice for language '%1'").arg(QString::fromUtf8(language_));
        for (const espeak_VOICE* v : voices_)
            voice_names_ << QString::fromUtf8(v->name);
        voice_names_.removeDuplicates();
        return {};
    }

    // With the lock held.
    void apply_settings()
    {
        if (voice_ != applied_voice_) {
            const auto chosen = std::find_if(voices_.begin(), voices_.end(), [&](auto* v) {
                return QString::fromUtf8(v->name) == voice_;
            });
            espeak_ng_SetVoiceByName(chosen == voices_.end() ? language_.constData()
                                                             : (*chosen)->identifier);
            applied_voice_ = voice_;
        }
        espeak_ng_SetParameter(espeakRATE, words_per_minute(rate_), 0);
    }

    void speak(const Job& job)
    {
        auto pcm = std::make_shared<Pcm>();
        const QByteArray text = job.text.toUtf8();
        const TimePoint began = Clock::now();
        espeak_ng_Synthesize(text.constData(), std::size_t(text.size()) + 1, 0, POS_CHARACTER, 0,
                             espeakCHARS_UTF8, nullptr, &pcm->samples);
        const double synth_ms = to_seconds(Clock::now() - began) * 1000;
        {
            const std::lock_guard lock(mutex_);
            if (job.generation != generation_)
                return; // stopped or replaced while it was being made
            placed_ = lane_->play_speech(pcm, 1.0f);
        }
        note(job.asked, QStringLiteral("speech"),
             {{QStringLiteral("text"), job.text},
              {QStringLiteral("engine"), engine()},
              {QStringLiteral("synth_ms"), synth_ms},
              {QStringLiteral("start"), seconds(placed_.start)},
              {QStringLiteral("end"), seconds(placed_.end)},
              {QStringLiteral("first"), double(placed_.first)},
              {QStringLiteral("last"), double(placed_.last)}});
    }

    static double seconds(TimePoint t) { return to_seconds(t.time_since_epoch()); }

    void note(TimePoint at, const QString& what, const QJsonObject& details) const
    {
        if (timeline_)
            timeline_->note(at, what, details);
    }

    std::shared_ptr<AudioLane> lane_;
    const QByteArray language_;
    gui::CueTimeline* timeline_;
    std::thread worker_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<Job> job_;
    std::uint64_t generation_ = 0;
    bool synthesising_ = false;
    bool quit_ = false;
    QString voice_;
    QString applied_voice_;
    double rate_ = 0;
    AudioLane::Placed placed_;
    std::vector<const espeak_VOICE*> voices_; // of the language, in espeak-ng's order
    QStringList voice_names_;
};

} // namespace

std::unique_ptr<gui::SpeechOutput> make_espeak_speech(std::shared_ptr<AudioLane> lane,
                                                      const gui::CueOutputOptions& options,
                                                      QString* why)
{
    auto speech = std::make_unique<EspeakSpeech>(std::move(lane), options);
    *why = speech->start();
    if (!why->isEmpty())
        return nullptr;
    return speech;
}

} // namespace unknot::cues
