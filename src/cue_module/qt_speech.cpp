#include "cue_module/qt_speech.h"

#include <QLocale>
#include <QTextToSpeech>
#include <QVoice>

#include <algorithm>
#include <chrono>
#include <future>
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

// speech-dispatcher takes 6 s to start on an idle development machine, more on a busy one.
constexpr auto kAnswerWithin = std::chrono::seconds(12);

// Whether the engine starts within kAnswerWithin, tried with a throwaway QTextToSpeech on a thread
// of its own: speech-dispatcher's client waits forever on a daemon that accepts the connection and
// never replies, and a session must never wait for a voice for ever. (The engine itself must then
// be made on the GUI thread: QTextToSpeech keeps its engine outside its own object tree, so it
// cannot be moved across threads.) A thread that never returns is left behind.
bool answers_in_time(const QString& engine)
{
    auto answered = std::make_shared<std::promise<bool>>();
    std::future<bool> answer = answered->get_future();
    std::thread([answered, engine] {
        const QTextToSpeech probe(engine);
        answered->set_value(probe.state() != QTextToSpeech::Error);
    }).detach();
    return answer.wait_for(kAnswerWithin) == std::future_status::ready;
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
    if (!answers_in_time(engine)) {
        *why = QStringLiteral("did not answer within %1 s").arg(kAnswerWithin.count());
        return nullptr;
    }
    auto tts = std::make_unique<QTextToSpeech>(engine);
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
