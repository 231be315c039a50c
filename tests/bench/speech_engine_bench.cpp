// Says utterances through one speech engine of the cue module, for tests/bench/cue_latency.py,
// which records them through PulseAudio and measures them: say() -> sound (latency), stop() ->
// silence. Notes every call in the cue timeline (UNKNOT_CUE_LOG).
//   speech_engine_bench ENGINE LANGUAGE UTTERANCES STOPS
// Prints one JSON line: {"engine", "language", "made": true|false, "why", "voices"}.
#include "gui/player/cue_outputs.h"
#include "gui/player/cue_timeline_file.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    std::unique_ptr<gui::SpeechOutput> speech =
        outputs ? outputs->make_speech_output(outputs->have_audio_output(), options, &why)
                : nullptr;
    QJsonObject result{{QStringLiteral("engine"), engine},
                       {QStringLiteral("language"), options.language},
                       {QStringLiteral("made"), speech != nullptr},
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
