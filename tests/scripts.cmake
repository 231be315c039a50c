# Script tests, included OPTIONALLY from tests/CMakeLists.txt.

# The JSON Schema accepts the shipped routines and good fixtures and rejects the structurally bad ones.
add_test(NAME "schema: routines and fixtures"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check_schema.py ${PROJECT_SOURCE_DIR})
