// Unknot: parses the command line once and runs the mode it names (app/modes.h).
#include "app/command_line.h"
#include "app/modes.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("unknot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UNKNOT_VERSION));
    const unknot::cli::Mode mode = unknot::cli::parse_command_line(argc, argv);
    return std::visit([&](const auto& m) { return unknot::app::run(m, {argc, argv}); }, mode);
}
