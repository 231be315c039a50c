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
