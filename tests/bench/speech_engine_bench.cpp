// Says utterances through one speech engine of the cue module, for tests/bench/cue_latency.py,
// which records them through PulseAudio and measures them: say() -> sound (latency), stop() ->
// silence. Notes every call in the cue timeline (UNKNOT_CUE_LOG).
//   speech_engine_bench ENGINE LANGUAGE UTTERANCES STOPS
// Prints one JSON line: {"engine", "language", "made": true|false, "made_ms", "why", "voices"}.
// ENGINE "raw-flite" (or raw-speechd) is Qt's QTextToSpeech used directly, as Unknot did before:
// every utterance is tried even after an error, to count how many are heard.
#include "gui/player/cue_outputs.h"
#include "gui/player/cue_timeline_file.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextToSpeech>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace unknot;

namespace {

const char* const kEnglish[] = {"Get ready: thread the needle, left side.",
                                "Halfway.",
                                "Switch sides, right.",
                                "Rest. Next: cat camel.",
                                "Three.",
                                "Keep your neck long and breathe out slowly.",
                                "Well done. Session complete.",
                                "Hold it there, shoulders away from your ears."};
const char* const kGerman[] = {"Mach dich bereit: Faden einfädeln, links.",
                               "Halbzeit.",
                               "Seite wechseln, rechts.",
                               "Pause. Als Nächstes: Katze und Kuh.",
                               "Drei.",
                               "Halte den Nacken lang und atme langsam aus.",
                               "Gut gemacht. Einheit beendet.",
                               "Halte die Position, Schultern weg von den Ohren."};
constexpr double kGapS = 2.5; // between utterances: each is heard alone
constexpr double kStopAfterS = 0.8;

// QTextToSpeech as it is, noting each say() and stop() in the timeline.
class RawSpeech : public gui::SpeechOutput {
public:
    RawSpeech(const QString& engine, gui::CueTimeline* timeline)
        : tts_(engine), engine_(engine), timeline_(timeline)
    {}
    bool made() const { return tts_.state() != QTextToSpeech::Error; }
    void say(const QString& text) override
    {
        timeline_->note(Clock::now(), QStringLiteral("speech"),
                        {{QStringLiteral("text"), text}, {QStringLiteral("engine"), engine_}});
        tts_.say(text);
    }
    void stop() override
    {
        timeline_->note(Clock::now(), QStringLiteral("speech_stop"), {});
        tts_.stop();
    }

private:
    QTextToSpeech tts_;
    QString engine_;
    gui::CueTimeline* timeline_;
};

std::unique_ptr<gui::SpeechOutput> make_raw(const QString& engine, gui::CueTimeline* timeline,
                                            QString* why)
{
    auto raw = std::make_unique<RawSpeech>(engine, timeline);
    if (!raw->made()) {
        *why = QStringLiteral("did not start");
        return nullptr;
    }
    return raw;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 5) {
        std::fprintf(stderr, "usage: speech_engine_bench ENGINE LANGUAGE UTTERANCES STOPS\n");
        return 2;
    }
    const QString engine = QString::fromLocal8Bit(argv[1]);
    qputenv("UNKNOT_SPEECH_ENGINES", argv[1]);
    const auto timeline = gui::CueTimelineFile::from_environment();
    gui::CueOutputOptions options;
    options.language = QString::fromLocal8Bit(argv[2]);
    options.timeline = timeline.get();
    const int utterances = QByteArray(argv[3]).toInt(), stops = QByteArray(argv[4]).toInt();
    gui::CueOutputFactory* outputs =
        gui::load_cue_outputs({QStringLiteral(UNKNOT_CUE_MODULE_BUILD_DIR)});
    QString why;
    const TimePoint making = Clock::now();
    const bool raw = engine.startsWith(QStringLiteral("raw-"));
    std::unique_ptr<gui::SpeechOutput> speech =
        raw       ? make_raw(engine.mid(4), timeline.get(), &why)
        : outputs ? outputs->make_speech_output(outputs->have_audio_output(), options, &why)
                  : nullptr;
    QJsonObject result{{QStringLiteral("engine"), engine},
                       {QStringLiteral("language"), options.language},
                       {QStringLiteral("made"), speech != nullptr},
                       {QStringLiteral("made_ms"), to_seconds(Clock::now() - making) * 1000},
                       {QStringLiteral("why"), why},
                       {QStringLiteral("voices"),
                        speech ? QJsonArray::fromStringList(speech->voices()) : QJsonArray()}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    if (!speech)
        return 0;
    const auto& texts = options.language == QStringLiteral("de") ? kGerman : kEnglish;
    int step = 0;
    std::function<void()> next = [&] {
        const int n = step++;
        if (n < utterances) {
            speech->say(QString::fromUtf8(texts[n % std::size(texts)]));
            QTimer::singleShot(int(kGapS * 1000), next);
        } else if (n < utterances + stops) {
            speech->say(QString::fromUtf8(texts[5]) + QStringLiteral(" ") +
                        QString::fromUtf8(texts[7]));
            QTimer::singleShot(int(kStopAfterS * 1000), [&] {
                speech->stop();
                QTimer::singleShot(int((kGapS - kStopAfterS) * 1000), next);
            });
        } else {
            app.quit();
        }
    };
    QTimer::singleShot(1000, next);
    return app.exec();
}
