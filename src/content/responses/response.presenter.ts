/** What clients see of a response: never rows, never other people's contact details. */
import type { ResponseResult } from './response.service.js';

/** The `POST /api/v1/responses` answer. */
export function presentResponseResult(result: ResponseResult) {
  return {
    id: result.response.id,
    kind: result.response.kind,
    journey: result.response.journey ? { id: result.response.journey.id, firstStep: result.firstStep } : null,
    prayerRequest: result.prayerRequest,
    crisis: result.crisis ? { kind: result.crisis.kind, resources: result.crisis.resources.map((r) => ({ name: r.name, contact: r.contact })) } : null,
  };
}
