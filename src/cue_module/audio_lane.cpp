#include "cue_module/audio_lane.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QMediaDevices>
#include <QThread>
#include <QTimer>

#include <future>
#include <vector>

namespace unknot::cues {

namespace {

constexpr int kQueuedMs = 30;       // what the stream holds ahead: the floor of every latency
constexpr int kFeedEveryMs = 5;     // how often the feeder tops the stream up
constexpr double kCorkAfterS = 8.0; // silence after which the stream is corked

} // namespace

// Owns the QAudioSink on the lane's thread and keeps its buffer topped up.
class LaneFeeder : public QObject {
public:
    explicit LaneFeeder(AudioLane& lane) : lane_(lane) {}

    QString open()
    {
        QAudioFormat format;
        format.setSampleFormat(QAudioFormat::Int16);
        format.setSampleRate(kSampleRate);
        format.setChannelCount(1);
        const QAudioDevice device = QMediaDevices::defaultAudioOutput();
        if (device.isNull())
            return QStringLiteral("no audio output");
        sink_ = std::make_unique<QAudioSink>(device, format);
        sink_->setBufferSize(format.bytesForDuration(kQueuedMs * 1000));
        io_ = sink_->start();
        if (!io_)
            return QStringLiteral("the audio output did not open (error %1)").arg(sink_->error());
        timer_.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer_, &QTimer::timeout, this, [this] { feed(); });
        timer_.start(kFeedEveryMs);
        feed();
        return {};
    }

    void wake()
    {
        if (corked_) {
            sink_->resume();
            corked_ = false;
            timer_.start(kFeedEveryMs);
        }
        last_sound_ = Clock::now();
        feed();
    }

private:
    void feed()
    {
        if (sink_->state() == QAudio::StoppedState && sink_->error() != QAudio::NoError) {
            lane_.set_failed();
            timer_.stop();
            return;
        }
        const std::int64_t frames = sink_->bytesFree() / 2;
        if (frames <= 0)
            return;
        buffer_.resize(std::size_t(frames));
        const qsizetype queued = (sink_->bufferSize() - sink_->bytesFree()) / 2;
        const bool sounding = lane_.mix(buffer_.data(), frames, Clock::now(),
                                        to_duration(double(queued) / kSampleRate));
        io_->write(reinterpret_cast<const char*>(buffer_.data()), frames * 2);
        const TimePoint now = Clock::now();
        if (sounding)
            last_sound_ = now;
        else if (to_seconds(now - last_sound_) > kCorkAfterS)
            cork();
    }

    void cork()
    {
        sink_->suspend();
        corked_ = true;
        timer_.stop();
    }

    AudioLane& lane_;
    std::unique_ptr<QAudioSink> sink_;
    QIODevice* io_ = nullptr;
    QTimer timer_{this}; // a child: it moves to the lane's thread with the feeder
    std::vector<std::int16_t> buffer_;
    TimePoint last_sound_ = Clock::now();
    bool corked_ = false;
};

std::shared_ptr<AudioLane> AudioLane::open(QString* why)
{
    std::shared_ptr<AudioLane> lane(new AudioLane);
    auto* thread = new QThread;
    thread->setObjectName(QStringLiteral("unknot audio"));
    lane->thread_ = std::unique_ptr<QThread>(thread);
    lane->feeder_ = new LaneFeeder(*lane);
    lane->feeder_->moveToThread(thread);
    thread->start(QThread::TimeCriticalPriority);
    std::promise<QString> opened;
    QMetaObject::invokeMethod(lane->feeder_, [&] { opened.set_value(lane->feeder_->open()); });
    const QString error = opened.get_future().get();
    if (!error.isEmpty()) {
        *why = error;
        return nullptr;
    }
    return lane;
}

AudioLane::~AudioLane()
{
    // The sink is closed and freed on its own thread, before that thread ends.
    QMetaObject::invokeMethod(
        feeder_, [feeder = feeder_] { delete feeder; }, Qt::BlockingQueuedConnection);
    thread_->quit();
    thread_->wait();
}

AudioLane::Placed AudioLane::play_sound(const Clip& clip, float gain)
{
    Placed placed;
    {
        const std::lock_guard lock(mutex_);
        placed = mixer_.play_sound(clip, gain, Clock::now());
    }
    wake();
    return placed;
}

AudioLane::Placed AudioLane::play_speech(const Clip& clip, float gain)
{
    Placed placed;
    {
        const std::lock_guard lock(mutex_);
        placed = mixer_.play_speech(clip, gain, Clock::now());
    }
    wake();
    return placed;
}

std::int64_t AudioLane::stop_speech()
{
    const std::lock_guard lock(mutex_);
    return mixer_.stop_speech();
}

std::optional<TimePoint> AudioLane::speech_end() const
{
    const std::lock_guard lock(mutex_);
    return mixer_.speech_end(Clock::now());
}

bool AudioLane::mix(std::int16_t* out, std::int64_t frames, TimePoint now, Duration queued)
{
    const std::lock_guard lock(mutex_);
    return mixer_.mix(out, frames, now, queued);
}

void AudioLane::wake()
{
    QMetaObject::invokeMethod(feeder_, [feeder = feeder_] { feeder->wake(); });
}

} // namespace unknot::cues
