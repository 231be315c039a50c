// Unknot: parses the command line once and runs the mode it names (app/modes.h).
#include "app/command_line.h"
#include "app/modes.h"

#include <QCoreApplication>

#include <csignal>

int main(int argc, char* argv[])
{
    // Past a file-size limit (ulimit -f) a write then fails with EFBIG, which the history and
    // the file writers report like a full disk, instead of the signal killing the app unsaid.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication::setApplicationName(QStringLiteral("unknot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UNKNOT_VERSION));
    const unknot::cli::Mode mode = unknot::cli::parse_command_line(argc, argv);
    return std::visit([&](const auto& m) { return unknot::app::run(m, {argc, argv}); }, mode);
}
