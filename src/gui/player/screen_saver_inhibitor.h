// Keeps the screen from blanking during a session through org.freedesktop.ScreenSaver on the
// session bus. Where there is no bus or no such service, it does nothing, silently.
#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace unknot::gui {

class ScreenSaverInhibitor : public QObject {
    Q_OBJECT
public:
    explicit ScreenSaverInhibitor(QObject* parent = nullptr);
    ~ScreenSaverInhibitor() override;

    void inhibit(const QString& reason); // asynchronous; never blocks the player
    void release();
    bool inhibited() const { return cookie_.has_value(); }

private:
    void on_reply(uint cookie);
    void uninhibit(uint cookie);

    bool wanted_ = false;
    bool pending_ = false;
    std::optional<uint> cookie_;
};

} // namespace unknot::gui
