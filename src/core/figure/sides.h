// Which sides an exercise works: the routine model stores it, the figure mirrors by it.
#pragma once

namespace unknot {

// none: no sides; each: all of one side, then the other; alternate: sides alternate every rep.
enum class Sides { none, each, alternate };

// The side being done: none for an exercise without sides, or where no side is being done.
enum class Side { none, left, right };

} // namespace unknot
