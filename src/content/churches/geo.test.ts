import { describe, expect, it } from 'vitest';
import { boundingBoxes, haversineKm } from './geo.js';

const madrid = { lat: 40.4168, lng: -3.7038 };
const chicago = { lat: 41.8781, lng: -87.6298 };

describe('haversine distance', () => {
  it('matches known great-circle distances', () => {
    // Madrid–Chicago is about 6,720 km; Madrid–Toledo about 67 km.
    expect(haversineKm(madrid, chicago)).toBeGreaterThan(6690);
    expect(haversineKm(madrid, chicago)).toBeLessThan(6750);
    expect(haversineKm(madrid, { lat: 39.8569, lng: -4.0238 })).toBeCloseTo(67.8, 0);
    expect(haversineKm(madrid, madrid)).toBe(0);
    // Antipodes: half the circumference, no NaN from rounding.
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(20015.1, 0);
  });
});

describe('bounding boxes', () => {
  const inside = (boxes: ReturnType<typeof boundingBoxes>, p: { lat: number; lng: number }) =>
    boxes.some((b) => p.lat >= b.minLat && p.lat <= b.maxLat && p.lng >= b.minLng && p.lng <= b.maxLng);

  it('holds every point within the radius, and not far points', () => {
    const boxes = boundingBoxes(madrid, 100);
    expect(boxes).toHaveLength(1);
    expect(inside(boxes, { lat: 39.8569, lng: -4.0238 })).toBe(true);
    expect(inside(boxes, chicago)).toBe(false);
  });

  it('splits in two across the antimeridian, keeping points on both sides', () => {
    const fiji = { lat: -17.7134, lng: 179.9 };
    const boxes = boundingBoxes(fiji, 200);
    expect(boxes).toHaveLength(2);
    for (const b of boxes) {
      expect(b.minLng).toBeGreaterThanOrEqual(-180);
      expect(b.maxLng).toBeLessThanOrEqual(180);
    }
    expect(inside(boxes, { lat: -17.5, lng: -179.5 })).toBe(true);
    expect(inside(boxes, { lat: -17.5, lng: 179.0 })).toBe(true);
    expect(inside(boxes, { lat: -17.5, lng: 170 })).toBe(false);
    expect(boundingBoxes({ lat: 10, lng: -179.95 }, 50)).toHaveLength(2);
  });

  it('takes every longitude when the circle reaches a pole, and the whole globe for a huge radius', () => {
    const [polar] = boundingBoxes({ lat: 89.5, lng: 10 }, 100);
    expect(polar).toEqual({ minLat: expect.any(Number), maxLat: 90, minLng: -180, maxLng: 180 });
    const [south] = boundingBoxes({ lat: -90, lng: 0 }, 10);
    expect(south.minLat).toBe(-90);
    expect(boundingBoxes(madrid, 25_000)).toEqual([{ minLat: -90, maxLat: 90, minLng: -180, maxLng: 180 }]);
    for (const b of [...boundingBoxes({ lat: 90, lng: 180 }, 1), ...boundingBoxes({ lat: 0, lng: -180 }, 1)]) {
      expect(Number.isFinite(b.minLng) && Number.isFinite(b.maxLat)).toBe(true);
    }
  });
});
