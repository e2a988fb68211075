import { describe, expect, it } from 'vitest';
import { LruCache } from './lru.cache.js';

describe('LruCache', () => {
  it('evicts the least recently used entry when full', () => {
    const c = new LruCache<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    c.get('a');
    c.set('c', 3);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe(1);
    expect(c.get('c')).toBe(3);
  });

  it('bounds total weight, always keeping the newest entry', () => {
    const c = new LruCache<number, Buffer>(10, (b) => b.length);
    c.set(1, Buffer.alloc(6));
    c.set(2, Buffer.alloc(4));
    expect(c.weight).toBe(10);
    c.set(3, Buffer.alloc(5));
    expect(c.get(1)).toBeUndefined();
    expect(c.weight).toBe(9);
    c.set(4, Buffer.alloc(50));
    expect(c.size).toBe(1);
    expect(c.get(4)?.length).toBe(50);
    c.set(4, Buffer.alloc(3));
    expect(c.weight).toBe(3);
  });
});
