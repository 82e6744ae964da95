/** A binary heap of (mentor, key) with lazy deletion; remembers every mentor pushed so distances can be reset. */
export class MinHeap {
  private nodes: Int32Array;
  private keys: Float64Array;
  private touched: Int32Array;
  private touchedCount = 0;
  private isTouched: Uint8Array;
  size = 0;

  constructor(m: number) {
    this.nodes = new Int32Array(Math.max(16, m));
    this.keys = new Float64Array(Math.max(16, m));
    this.touched = new Int32Array(Math.max(1, m));
    this.isTouched = new Uint8Array(Math.max(1, m));
  }

  /** Empties the heap and sets every mentor pushed since the last call back to Infinity, not done. */
  clearTouched(dist: Float64Array, done: Uint8Array): void {
    for (let t = 0; t < this.touchedCount; t++) {
      const j = this.touched[t]!;
      dist[j] = Infinity;
      done[j] = 0;
      this.isTouched[j] = 0;
    }
    this.touchedCount = 0;
    this.size = 0;
  }

  peek(): number {
    return this.nodes[0]!;
  }

  push(node: number, key: number): void {
    if (!this.isTouched[node]) {
      this.isTouched[node] = 1;
      this.touched[this.touchedCount++] = node;
    }
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
