#include "cue_module/audio_lane.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QMediaDevices>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <future>
#include <vector>

namespace unknot::cues {

namespace {

constexpr int kQueuedMs = 30;       // what the stream holds ahead: the floor of every latency
constexpr int kFeedEveryMs = 5;     // how often the feeder tops the stream up
constexpr double kCorkAfterS = 8.0; // silence after which the stream is corked

Duration samples_to_duration(std::int64_t samples)
{
    return to_duration(double(samples) / kSampleRate);
}

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
        buffer_.assign(std::size_t(frames), 0);
        const qsizetype queued = (sink_->bufferSize() - sink_->bytesFree()) / 2;
        const TimePoint heard = Clock::now() + samples_to_duration(queued);
        const bool sounding = lane_.mix(buffer_.data(), frames, heard);
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
    QObject::connect(thread, &QThread::finished, lane->feeder_, &QObject::deleteLater);
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
    thread_->quit();
    thread_->wait();
}

TimePoint AudioLane::time_of(std::int64_t position) const
{
    return cursor_heard_ + samples_to_duration(position - cursor_);
}

// The next sample not yet handed to the stream; expected on the clock no earlier than now.
std::int64_t AudioLane::next_position() const
{
    const double late = to_seconds(Clock::now() - cursor_heard_);
    return cursor_ + std::max<std::int64_t>(0, std::int64_t(std::ceil(late * kSampleRate)));
}

AudioLane::Placed AudioLane::place(std::optional<Playing>& slot, const Clip& clip, float gain,
                                   std::int64_t at)
{
    slot = Playing{clip, at, gain};
    return {time_of(slot->at), time_of(slot->end())};
}

AudioLane::Placed AudioLane::play_sound(const Clip& clip, float gain)
{
    Placed placed;
    {
        const std::lock_guard lock(mutex_);
        placed = place(sound_, clip, gain, next_position());
    }
    wake();
    return placed;
}

AudioLane::Placed AudioLane::play_speech(const Clip& clip, float gain)
{
    Placed placed;
    {
        const std::lock_guard lock(mutex_);
        std::int64_t at = next_position();
        if (sound_)
            at = std::max(at, sound_->end());
        placed = place(speech_, clip, gain, at);
    }
    wake();
    return placed;
}

void AudioLane::stop_speech()
{
    const std::lock_guard lock(mutex_);
    speech_.reset();
}

std::optional<TimePoint> AudioLane::speech_end() const
{
    const std::lock_guard lock(mutex_);
    if (!speech_)
        return std::nullopt;
    return time_of(speech_->end());
}

void AudioLane::wake()
{
    QMetaObject::invokeMethod(feeder_, [feeder = feeder_] { feeder->wake(); });
}

bool AudioLane::mix(std::int16_t* out, std::int64_t frames, TimePoint heard)
{
    const std::lock_guard lock(mutex_);
    cursor_heard_ = heard;
    for (std::optional<Playing>* slot : {&sound_, &speech_}) {
        if (!*slot)
            continue;
        const Playing& p = **slot;
        const std::int64_t first = std::max(p.at, cursor_),
                           last = std::min(p.end(), cursor_ + frames);
        for (std::int64_t i = first; i < last; ++i) {
            const float sum = out[i - cursor_] + p.gain * p.clip->samples[std::size_t(i - p.at)];
            out[i - cursor_] = std::int16_t(std::clamp(sum, -32768.0f, 32767.0f));
        }
        if (p.end() <= cursor_ + frames)
            slot->reset();
    }
    cursor_ += frames;
    return sound_ || speech_;
}

} // namespace unknot::cues
