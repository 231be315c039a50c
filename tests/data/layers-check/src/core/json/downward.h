// Fine: json links base.
#pragma once
#include "core/base/problem.h"
#include "core/json/json_guard.h"
