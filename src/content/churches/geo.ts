// Great-circle distance and the bounding boxes that prefilter a distance search in SQL.

/** Mean Earth radius in kilometres (IUGG), the usual figure for haversine distances. */
export const EARTH_RADIUS_KM = 6371.0088;

/** A point in WGS 84 degrees. */
export interface LatLng {
  readonly lat: number;
  readonly lng: number;
}

/** A latitude/longitude rectangle; never crosses the antimeridian (such a box is split in two). */
export interface GeoBox {
  readonly minLat: number;
  readonly maxLat: number;
  readonly minLng: number;
  readonly maxLng: number;
}

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** The haversine (great-circle) distance between two points, in kilometres. */
export function haversineKm(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  // min() guards against rounding just above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The boxes that hold every point within `radiusKm` of `centre` (J. P. Matuschek's method): a latitude
 * band, and the widest longitude span at that band. A circle that reaches a pole takes every longitude;
 * one that crosses the antimeridian becomes two boxes, one each side of it.
 */
export function boundingBoxes(centre: LatLng, radiusKm: number): GeoBox[] {
  const angular = radiusKm / EARTH_RADIUS_KM;
  if (angular >= Math.PI) return [{ minLat: -90, maxLat: 90, minLng: -180, maxLng: 180 }];
  const lat = rad(centre.lat);
  const minLat = lat - angular;
  const maxLat = lat + angular;
  if (minLat <= -Math.PI / 2 || maxLat >= Math.PI / 2) {
    return [{ minLat: Math.max(-90, deg(minLat)), maxLat: Math.min(90, deg(maxLat)), minLng: -180, maxLng: 180 }];
  }
  const dLng = Math.asin(Math.min(1, Math.sin(angular) / Math.cos(lat)));
  const lowLat = deg(minLat);
  const highLat = deg(maxLat);
  const west = centre.lng - deg(dLng);
  const east = centre.lng + deg(dLng);
  if (east - west >= 360) return [{ minLat: lowLat, maxLat: highLat, minLng: -180, maxLng: 180 }];
  if (west < -180) {
    return [
      { minLat: lowLat, maxLat: highLat, minLng: west + 360, maxLng: 180 },
      { minLat: lowLat, maxLat: highLat, minLng: -180, maxLng: east },
    ];
  }
  if (east > 180) {
    return [
      { minLat: lowLat, maxLat: highLat, minLng: west, maxLng: 180 },
      { minLat: lowLat, maxLat: highLat, minLng: -180, maxLng: east - 360 },
    ];
  }
  return [{ minLat: lowLat, maxLat: highLat, minLng: west, maxLng: east }];
}
