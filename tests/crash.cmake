# The crash test, included from tests/CMakeLists.txt: a child process records a session
# step by step and core_tests kills it with SIGKILL at random moments.
add_executable(crash_child ${CMAKE_CURRENT_SOURCE_DIR}/core-crash/crash_child.cpp)
target_link_libraries(crash_child PRIVATE unknot_core)
target_sources(core_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/core-crash/crash_test.cpp)
target_compile_definitions(core_tests PRIVATE UNKNOT_CRASH_CHILD="$<TARGET_FILE:crash_child>")
add_dependencies(core_tests crash_child)
