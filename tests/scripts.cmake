# Script tests, included OPTIONALLY from tests/CMakeLists.txt.

# The JSON Schema accepts the shipped routines and good fixtures and rejects the structurally bad ones.
add_test(NAME "schema: routines and fixtures"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_schema.py ${PROJECT_SOURCE_DIR})

# The print-only command-line modes and their exit codes, run as a user would.
if(TARGET unknot)
  add_test(NAME "cli: validate, list, exit codes"
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/cli_test.sh $<TARGET_FILE:unknot> ${PROJECT_SOURCE_DIR})
endif()
