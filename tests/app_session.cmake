# The real app killed with SIGKILL mid-session, and a second copy on the same data folder;
# included from tests/CMakeLists.txt.
if(TARGET unknot)
  add_test(NAME "app: killed mid-session, the log survives; one copy per data folder"
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/app_session_test.py
            $<TARGET_FILE:unknot> 6)
  set_tests_properties("app: killed mid-session, the log survives; one copy per data folder"
    PROPERTIES TIMEOUT 180)
endif()
if(TARGET unknot)
  add_test(NAME "app: the window shows first, the user's routines and history follow"
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/app_startup_test.py
            $<TARGET_FILE:unknot> ${PROJECT_SOURCE_DIR})
  set_tests_properties("app: the window shows first, the user's routines and history follow"
    PROPERTIES TIMEOUT 120)
endif()
# Never locked out: empty, garbage and dead copies' locks are taken over, a live copy is raised,
# a lock from another computer asks (answered with keys in Xvfb).
if(TARGET unknot)
  add_test(NAME "app: a stale or foreign lock never locks the person out"
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/lock_test.py $<TARGET_FILE:unknot>)
  set_tests_properties("app: a stale or foreign lock never locks the person out"
    PROPERTIES TIMEOUT 120)
  unknot_test_may_skip("app: a stale or foreign lock never locks the person out")
endif()
# Under ulimit -f the app is not killed by SIGXFSZ: the write fails like on a full disk, and it says so.
if(TARGET unknot)
  add_test(NAME "app: a file-size limit is a full disk, not a silent death"
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/file_size_limit_test.py
            $<TARGET_FILE:unknot>)
  set_tests_properties("app: a file-size limit is a full disk, not a silent death"
    PROPERTIES TIMEOUT 60)
endif()
# A read-only data folder (with and without -wal/-shm, and a dead copy's lock): the app starts,
# says at once that sessions cannot be saved and why, plays, and changes nothing.
if(TARGET unknot)
  add_test(NAME "app: a read-only data folder is said at start, in words, and left unchanged"
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scripts/read_only_test.py
            $<TARGET_FILE:unknot>)
  set_tests_properties("app: a read-only data folder is said at start, in words, and left unchanged"
    PROPERTIES TIMEOUT 120)
endif()
# scripts/crash_trials.sh with a small N: the real app killed at random moments of a session;
# 0 corrupt databases, 0 lost committed steps, every cut-short session marked interrupted.
if(TARGET unknot)
  add_test(NAME "app: crash trials, 12 kills: 0 corrupt, 0 lost, all interrupted"
    COMMAND ${CMAKE_COMMAND} -E env UNKNOT=$<TARGET_FILE:unknot>
            bash ${PROJECT_SOURCE_DIR}/scripts/crash_trials.sh 12)
  set_tests_properties("app: crash trials, 12 kills: 0 corrupt, 0 lost, all interrupted"
    PROPERTIES TIMEOUT 180)
endif()
