// make_user_routines SOURCE_DIR DIR [COUNT]: writes COUNT (default 1,000) user routine files into
// DIR, copies of SOURCE_DIR/routines/*.json under new ids (for the start-up benchmark's data dir).
#include "routine_files.h"

#include <exception>
#include <iostream>
#include <string>

int main(int argc, char* argv[])
{
    if (argc < 3 || argc > 4) {
        std::cerr << "usage: make_user_routines SOURCE_DIR DIR [COUNT]\n";
        return 2;
    }
    try {
        const int count = argc == 4 ? std::stoi(argv[3]) : 1000;
        unknot::bench::write_user_routines(unknot::bench::shipped_routine_sources(argv[1]), argv[2],
                                           count);
        std::cout << "wrote " << count << " routine files to " << argv[2] << "\n";
    } catch (const std::exception& error) {
        std::cerr << "make_user_routines: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
