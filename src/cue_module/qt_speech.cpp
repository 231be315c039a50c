#include "cue_module/qt_speech.h"

#include <QLocale>
#include <QTextToSpeech>
#include <QThread>
#include <QVoice>

#include <algorithm>
#include <chrono>
#include <future>
#include <mutex>
#include <thread>

namespace unknot::cues {

namespace {

constexpr double kCharactersPerSecond = 14; // at rate 0, for the expected end

class TextToSpeechOutput : public gui::SpeechOutput {
public:
    TextToSpeechOutput(std::unique_ptr<QTextToSpeech> tts, const gui::CueOutputOptions& options)
        : tts_(std::move(tts)), timeline_(options.timeline)
    {
        QObject::connect(tts_.get(), &QTextToSpeech::errorOccurred, tts_.get(),
                         [this](QTextToSpeech::ErrorReason, const QString& message) {
                             if (!failed_)
                                 qInfo("unknot: voice cues off (%s: %s)",
                                       qPrintable(tts_->engine()), qPrintable(message));
                             failed_ = true;
                         });
        QObject::connect(tts_.get(), &QTextToSpeech::stateChanged, tts_.get(),
                         [this](QTextToSpeech::State state) {
                             if (state != QTextToSpeech::Speaking)
                                 end_.reset();
                         });
    }

    void say(const QString& text) override
    {
        if (failed_ || text.isEmpty())
            return;
        const TimePoint now = Clock::now();
        const double seconds =
            double(text.size()) / kCharactersPerSecond / (1 + tts_->rate() * 0.5);
        end_ = now + to_duration(seconds);
        tts_->say(text);
        if (timeline_)
            timeline_->note(now, QStringLiteral("speech"),
                            {{QStringLiteral("text"), text}, {QStringLiteral("engine"), engine()}});
    }

    void stop() override
    {
        end_.reset();
        if (!failed_)
            tts_->stop();
        if (timeline_)
            timeline_->note(Clock::now(), QStringLiteral("speech_stop"), {});
    }

    bool working() const override { return !failed_; }
    QString engine() const override { return tts_->engine(); }
    bool speaking() const override { return expected_end().has_value(); }

    std::optional<TimePoint> expected_end() const override
    {
        if (end_ && tts_->state() == QTextToSpeech::Speaking)
            return std::max(*end_, Clock::now());
        return end_ && *end_ > Clock::now() ? end_ : std::nullopt;
    }

    QStringList voices() const override
    {
        QStringList names;
        for (const QVoice& voice : tts_->availableVoices())
            names << voice.name();
        return names;
    }

    void set_voice(const QString& name) override
    {
        if (!default_voice_)
            default_voice_ = tts_->voice();
        QVoice chosen = *default_voice_;
        for (const QVoice& voice : tts_->availableVoices())
            if (!name.isEmpty() && voice.name() == name)
                chosen = voice;
        tts_->setVoice(chosen);
    }

    void set_rate(double rate) override { tts_->setRate(std::clamp(rate, -1.0, 1.0)); }

private:
    std::unique_ptr<QTextToSpeech> tts_;
    gui::CueTimeline* timeline_;
    bool failed_ = false;
    std::optional<TimePoint> end_;
    std::optional<QVoice> default_voice_; // what the engine chose, before a voice was picked
};

constexpr auto kAnswerWithin = std::chrono::seconds(2);

// QTextToSpeech made on a thread of its own and handed to this one, or null when the engine has
// not answered within kAnswerWithin: speech-dispatcher's client waits forever on a daemon that
// accepts the connection and never replies, and a session must never wait for a voice. A thread
// that never returns is left behind; one that returns late deletes what it made.
std::unique_ptr<QTextToSpeech> make_in_time(const QString& engine)
{
    struct Handover {
        std::mutex mutex;
        std::promise<QTextToSpeech*> made;
        bool abandoned = false;
    };
    auto handover = std::make_shared<Handover>();
    QThread* here = QThread::currentThread();
    std::thread([handover, engine, here] {
        auto tts = std::make_unique<QTextToSpeech>(engine);
        const std::lock_guard lock(handover->mutex);
        if (handover->abandoned)
            return;
        tts->moveToThread(here);
        handover->made.set_value(tts.release());
    }).detach();
    std::future<QTextToSpeech*> made = handover->made.get_future();
    made.wait_for(kAnswerWithin);
    const std::lock_guard lock(handover->mutex);
    handover->abandoned = true;
    if (made.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
        return std::unique_ptr<QTextToSpeech>(made.get());
    return nullptr;
}

bool has_language(const QTextToSpeech& tts, const QString& language)
{
    const QList<QLocale> locales = tts.availableLocales();
    return std::any_of(locales.begin(), locales.end(),
                       [&](const QLocale& l) { return l.name().section(u'_', 0, 0) == language; });
}

} // namespace

std::unique_ptr<gui::SpeechOutput>
make_qt_speech(const QString& engine, const gui::CueOutputOptions& options, QString* why)
{
    if (!QTextToSpeech::availableEngines().contains(engine)) {
        *why = QStringLiteral("not installed");
        return nullptr;
    }
    std::unique_ptr<QTextToSpeech> tts = make_in_time(engine);
    if (!tts) {
        *why = QStringLiteral("did not answer within %1 s").arg(kAnswerWithin.count());
        return nullptr;
    }
    if (tts->state() == QTextToSpeech::Error) {
        *why = tts->errorString().isEmpty() ? QStringLiteral("did not start") : tts->errorString();
        return nullptr;
    }
    if (!has_language(*tts, options.language)) {
        *why = QStringLiteral("no voice for language '%1'").arg(options.language);
        return nullptr;
    }
    for (const QLocale& locale : tts->availableLocales())
        if (locale.name().section(u'_', 0, 0) == options.language) {
            tts->setLocale(locale);
            break;
        }
    return std::make_unique<TextToSpeechOutput>(std::move(tts), options);
}

} // namespace unknot::cues
