#include "cue_module/pcm.h"

#include <QFile>
#include <QtEndian>

#include <cstring>

namespace unknot::cues {

namespace {

quint32 u32(const QByteArray& data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

quint16 u16(const QByteArray& data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

bool plays_here(const QByteArray& fmt)
{
    return fmt.size() >= 16 && u16(fmt, 0) == 1 /*PCM*/ && u16(fmt, 2) == 1 &&
           u32(fmt, 4) == kSampleRate && u16(fmt, 14) == 16;
}

} // namespace

Clip load_wav(const QString& path, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = path + QStringLiteral(": ") + file.errorString();
        return nullptr;
    }
    const QByteArray data = file.readAll();
    if (data.size() < 12 || !data.startsWith("RIFF") || data.mid(8, 4) != "WAVE") {
        *why = path + QStringLiteral(": not a WAV file");
        return nullptr;
    }
    QByteArray fmt;
    for (qsizetype at = 12; at + 8 <= data.size();) {
        const QByteArray id = data.mid(at, 4);
        const qsizetype size = u32(data, at + 4);
        const QByteArray body = data.mid(at + 8, size);
        if (id == "fmt ")
            fmt = body;
        if (id == "data" && plays_here(fmt)) {
            auto pcm = std::make_shared<Pcm>();
            pcm->samples.resize(body.size() / 2);
            for (std::size_t i = 0; i < pcm->samples.size(); ++i)
                pcm->samples[i] = qFromLittleEndian<qint16>(body.constData() + 2 * i);
            return pcm;
        }
        at += 8 + size + (size & 1);
    }
    *why = path + QStringLiteral(": not 16-bit mono PCM at %1 Hz").arg(kSampleRate);
    return nullptr;
}

} // namespace unknot::cues
