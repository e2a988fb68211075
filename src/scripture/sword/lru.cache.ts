// A Map keeps insertion order, so re-inserting on hit and evicting the first key is an O(1) LRU.

/** A least-recently-used cache bounded by total weight (entry count by default, or e.g. bytes). */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();
  private total = 0;

  constructor(
    private readonly capacity: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  /** Returns the cached value and marks it most recently used. */
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  /** Stores a value, evicting least recently used ones while over capacity (the newest always stays). */
  set(key: K, value: V): void {
    const old = this.map.get(key);
    if (old !== undefined) {
      this.total -= this.weigh(old);
      this.map.delete(key);
    }
    this.map.set(key, value);
    this.total += this.weigh(value);
    while (this.total > this.capacity && this.map.size > 1) {
      const [k, v] = this.map.entries().next().value as [K, V];
      this.map.delete(k);
      this.total -= this.weigh(v);
    }
  }

  get size(): number {
    return this.map.size;
  }

  /** Total weight of what is cached. */
  get weight(): number {
    return this.total;
  }
}
