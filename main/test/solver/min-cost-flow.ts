import type { Assignment, Objective, ScoreMatrix } from '../../matching/solver/index.ts';

/**
 * The previous solver, kept as the tests' oracle for instances too big for brute force: the
 * assignment as a min-cost flow, source → participant (1) → mentor (cost −score) → sink
 * (capacity). Successive shortest paths find the least cost for each flow value in turn, and that
 * cost is convex in the flow, so: 'score' stops at the first path that would lower the total;
 * 'count' goes on to a maximum flow, which is then the best-scoring maximum matching.
 */
export function minCostFlowAssignment(scores: ScoreMatrix, capacity: readonly number[], objective: Objective): Assignment {
  const n = scores.length;
  const m = capacity.length;
  const source = 0;
  const sink = n + m + 1;
  const mentorNode = (j: number) => n + 1 + j;
  let edges = n + m;
  let maxAbs = 0;
  for (const row of scores) {
    for (const s of row) {
      if (s === null) continue;
      edges++;
      if (Math.abs(s) > maxAbs) maxAbs = Math.abs(s);
    }
  }
  const graph = new FlowGraph(n + m + 2, edges);
  const potential = new Float64Array(n + m + 2);
  const mentorMin = new Float64Array(m); // least cost into each mentor: its starting potential
  const pairEdges: { i: number; j: number; e: number }[] = [];
  for (let j = 0; j < m; j++) if (capacity[j]! > 0) graph.addEdge(mentorNode(j), sink, capacity[j]!, 0);
  for (let i = 0; i < n; i++) {
    graph.addEdge(source, i + 1, 1, 0);
    const row = scores[i]!;
    for (let j = 0; j < m; j++) {
      const s = row[j];
      if (s === null || s === undefined || capacity[j]! === 0) continue;
      const e = graph.addEdge(i + 1, mentorNode(j), 1, -s);
      if (-s < mentorMin[j]!) mentorMin[j] = -s;
      pairEdges.push({ i, j, e });
    }
  }
  // Exact shortest distances on the DAG: participants 0, mentors the cheapest edge in (or 0), sink the least mentor.
  let sinkPotential = 0;
  for (let j = 0; j < m; j++) {
    potential[mentorNode(j)] = mentorMin[j]!;
    if (mentorMin[j]! < sinkPotential) sinkPotential = mentorMin[j]!;
  }
  potential[sink] = sinkPotential;
  // 'score' stops at the first path that would lower the total by more than rounding (1e-12 of the largest score).
  graph.run(source, sink, potential, objective === 'score' ? 1e-12 * Math.max(1, maxAbs) : Infinity);
  const pairs: [number, number][] = [];
  let total = 0;
  for (const { i, j, e } of pairEdges) {
    if (graph.residual(e) === 0) {
      pairs.push([i, j]);
      total += scores[i]![j]!;
    }
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { pairs, total };
}

/**
 * Min-cost flow by successive shortest paths: Dijkstra with node potentials (Johnson), the
 * potentials started exactly on the bipartite DAG (its negative costs need no Bellman-Ford), each
 * Dijkstra stopped as soon as the sink is settled. Unit capacities from the source, so every
 * augmentation carries one unit. Pure: typed arrays, no allocation per edge after building.
 */
export class FlowGraph {
  readonly nodes: number;
  private edgeCount = 0;
  private to: Int32Array;
  private cap: Int32Array;
  private cost: Float64Array;
  private next: Int32Array;
  readonly head: Int32Array;

  constructor(nodes: number, edgeHint: number) {
    this.nodes = nodes;
    const size = Math.max(2, edgeHint * 2);
    this.to = new Int32Array(size);
    this.cap = new Int32Array(size);
    this.cost = new Float64Array(size);
    this.next = new Int32Array(size);
    this.head = new Int32Array(nodes).fill(-1);
  }

  private grow(): void {
    const size = this.to.length * 2;
    const copy = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.to = copy(this.to, (n) => new Int32Array(n));
    this.cap = copy(this.cap, (n) => new Int32Array(n));
    this.cost = copy(this.cost, (n) => new Float64Array(n));
    this.next = copy(this.next, (n) => new Int32Array(n));
  }

  /** Adds u→v and its residual v→u; returns the forward edge's index (the reverse is index ^ 1). */
  addEdge(u: number, v: number, capacity: number, cost: number): number {
    if (this.edgeCount + 2 > this.to.length) this.grow();
    const e = this.edgeCount;
    this.to[e] = v;
    this.cap[e] = capacity;
    this.cost[e] = cost;
    this.next[e] = this.head[u]!;
    this.head[u] = e;
    this.to[e + 1] = u;
    this.cap[e + 1] = 0;
    this.cost[e + 1] = -cost;
    this.next[e + 1] = this.head[v]!;
    this.head[v] = e + 1;
    this.edgeCount += 2;
    return e;
  }

  residual(e: number): number {
    return this.cap[e]!;
  }

  /**
   * Pushes flow from source to sink one shortest path at a time. `stopWhenCostAbove`: stop before
   * a path whose real cost exceeds it (0 → only paths that lower the total cost; Infinity → a
   * maximum flow of least cost). `potential` must be feasible (no negative reduced cost on a
   * residual edge) at the start. Returns the flow pushed.
   */
  run(source: number, sink: number, potential: Float64Array, stopWhenCostAbove: number): number {
    const n = this.nodes;
    const dist = new Float64Array(n);
    const done = new Uint8Array(n);
    const via = new Int32Array(n);
    const heap = new MinHeap(n);
    const { to, cap, cost, next, head } = this;
    let flow = 0;
    for (;;) {
      dist.fill(Infinity);
      done.fill(0);
      heap.clear();
      dist[source] = 0;
      via[source] = -1;
      heap.push(source, 0);
      let reached = false;
      while (heap.size > 0) {
        const u = heap.pop();
        if (done[u]) continue;
        done[u] = 1;
        if (u === sink) {
          reached = true;
          break;
        }
        const du = dist[u]!;
        const pu = potential[u]!;
        for (let e = head[u]!; e !== -1; e = next[e]!) {
          if (cap[e]! <= 0) continue;
          const v = to[e]!;
          if (done[v]) continue;
          let reduced = cost[e]! + pu - potential[v]!;
          if (reduced < 0) reduced = 0; // rounding only: the potentials keep reduced costs ≥ 0
          const dv = du + reduced;
          if (dv < dist[v]!) {
            dist[v] = dv;
            via[v] = e;
            heap.push(v, dv);
          }
        }
      }
      if (!reached) break;
      const dSink = dist[sink]!;
      const realCost = dSink - potential[source]! + potential[sink]!;
      if (realCost > stopWhenCostAbove) break;
      for (let v = 0; v < n; v++) {
        const d = dist[v]!;
        potential[v] = potential[v]! + (d < dSink ? d : dSink);
      }
      for (let v = sink; v !== source; ) {
        const e = via[v]!;
        cap[e] = cap[e]! - 1;
        cap[e ^ 1] = cap[e ^ 1]! + 1;
        v = to[e ^ 1]!;
      }
      flow += 1;
    }
    return flow;
  }
}

/** A binary heap of (node, key) with lazy deletion: a node may be in it more than once. */
class MinHeap {
  private nodes: Int32Array;
  private keys: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(Math.max(16, capacity));
    this.keys = new Float64Array(Math.max(16, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  push(node: number, key: number): void {
    if (this.size === this.nodes.length) {
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.nodes = nodes;
      this.keys = keys;
    }
    let i = this.size++;
    const { nodes, keys } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      nodes[i] = nodes[parent]!;
      keys[i] = keys[parent]!;
      i = parent;
    }
    nodes[i] = node;
    keys[i] = key;
  }

  pop(): number {
    const { nodes, keys } = this;
    const top = nodes[0]!;
    const last = --this.size;
    if (last > 0) {
      const node = nodes[last]!;
      const key = keys[last]!;
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= last) break;
        if (child + 1 < last && keys[child + 1]! < keys[child]!) child += 1;
        if (keys[child]! >= key) break;
        nodes[i] = nodes[child]!;
        keys[i] = keys[child]!;
        i = child;
      }
      nodes[i] = node;
      keys[i] = key;
    }
    return top;
  }
}
