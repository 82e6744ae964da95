"""scipy's linear_sum_assignment on the same instance as `koble match solve` (bench/matching.ts).

    /usr/bin/python3 bench/scipy_lsa.py INSTANCE.json [--objective score|count] [--rounds 1]

The instance is the CLI's input: {"scores": (number|null)[][] participants x mentors, "capacity": int[]}.
Capacity-expanded: mentor j becomes capacity[j] identical slot columns. Every participant may stay
unmatched: one "unmatched" column per participant (cost 0 for 'score'; for 'count' a cost larger
than any difference in total, as in main/matching/solver). A null pair is forbidden (cost +inf,
which scipy never assigns). Minimises cost = -score. Prints one JSON line:
{"total", "matched", "solveMs" (linear_sum_assignment alone, the median of --rounds), "repeatsMs"
(the rounds after the first, to take out of the wall time), "buildMs", "shape"}.
Exit 4 when scipy is missing.
"""
import json
import sys
import time

try:
    import numpy as np
    from scipy.optimize import linear_sum_assignment
except ImportError as error:  # pragma: no cover
    print(json.dumps({"error": f"scipy missing: {error}"}))
    sys.exit(4)


def main() -> None:
    path = sys.argv[1]
    objective = "score"
    if "--objective" in sys.argv:
        objective = sys.argv[sys.argv.index("--objective") + 1]
    rounds = 1
    if "--rounds" in sys.argv:
        rounds = max(1, int(sys.argv[sys.argv.index("--rounds") + 1]))
    with open(path, encoding="utf8") as f:
        instance = json.load(f)
    started = time.perf_counter()
    scores = np.array([[np.nan if s is None else s for s in row] for row in instance["scores"]], dtype=np.float64).reshape(len(instance["scores"]), len(instance["capacity"]))
    capacity = np.array(instance["capacity"], dtype=np.int64)
    n, m = scores.shape
    capacity = np.minimum(capacity, n)
    allowed = ~np.isnan(scores)
    max_abs = float(np.abs(scores[allowed]).max()) if allowed.any() else 0.0
    unmatched = 0.0 if objective == "score" else 4.0 * max(1, n) * max(1.0, max_abs) + 1.0
    cost_pairs = np.where(allowed, -np.nan_to_num(scores), np.inf)
    slot_mentor = np.repeat(np.arange(m), capacity)
    cost = np.empty((n, slot_mentor.size + n), dtype=np.float64)
    cost[:, : slot_mentor.size] = cost_pairs[:, slot_mentor]
    cost[:, slot_mentor.size :] = unmatched
    build_ms = (time.perf_counter() - started) * 1000
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        rows, cols = linear_sum_assignment(cost)
        times.append((time.perf_counter() - started) * 1000)
    solve_ms = sorted(times)[len(times) // 2]
    repeats_ms = sum(times[1:])  # the rounds after the first: not part of one end-to-end run
    real = cols < slot_mentor.size
    rows, mentors = rows[real], slot_mentor[cols[real]]
    total = float(scores[rows, mentors].sum())
    print(json.dumps({"total": total, "matched": int(real.sum()), "solveMs": solve_ms, "repeatsMs": repeats_ms, "buildMs": build_ms, "shape": list(cost.shape)}))


if __name__ == "__main__":
    main()
