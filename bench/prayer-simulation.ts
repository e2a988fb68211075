/**
 * A simulation of the intercession loop at a large ministry's scale: 100,000 requests and 1,000
 * intercessors over 90 simulated days, in memory and in seconds. The dispatcher orders requests with the
 * real scoring function (`compareNeed` from src/prayer/dispatch/dispatch.score.ts) and the real rules:
 * urgent ones first until their first prayer, pastoral requests to pastors only, languages the intercessor prays in, never a request
 * they prayed for in the last 24 hours, nothing past its 30-day expiry. Two peers run on exactly the
 * same arrivals and the same intercessor schedule: a random pick (a shared list read at random) and
 * newest first (a list read from the top, as most prayer walls are). (An earlier what-if run here showed
 * that urgency lasting a request's whole life starved non-urgent pastoral requests; the dispatcher now
 * lets urgency jump the queue only until the first prayer.)
 *
 * Model: arrivals are a Poisson process over the 90 days (any hour); 75% English, 25% Spanish; 1% urgent
 * (crisis, so pastoral), 4% pastoral, the rest for the team. Intercessors: 5% pastors; 65% pray in
 * English only, 15% Spanish only, 20% both; each prays at their own rate (exponential, mean 4 a day),
 * only between 06:00 and 23:00. A prayer takes no simulated time. Figures are over requests that
 * arrived after a 30-day warm-up (when the pool is full): time to first prayer for those that arrived
 * by day 89, and prayers per request over those whose whole 30-day life lies inside the simulation.
 *
 * The need dispatcher keeps one heap per (visibility, language, urgency, prayer count), ordered by age:
 * within one count the oldest request is always the most in need (the score falls with age), so only the
 * heaps' heads can win, and `compareNeed` picks among them. Every 5,000th pick is checked against a full
 * scan of every eligible request with `compareNeed`.
 */
import { compareNeed, DAY_MS, needScore } from '../src/prayer/dispatch/dispatch.score.js';
import { mulberry32 } from '../src/platform/seeded-random.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.parse('2026-01-01T00:00:00.000Z');

/** Simulation sizes and rates; the defaults are those described above. */
export interface SimulationOptions {
  requests: number;
  intercessors: number;
  days: number;
  warmupDays: number;
  lifetimeDays: number;
  prayersPerIntercessorDay: number;
  seed: number;
}

export const DEFAULT_SIMULATION: SimulationOptions = {
  requests: 100_000,
  intercessors: 1_000,
  days: 90,
  warmupDays: 30,
  lifetimeDays: 30,
  prayersPerIntercessorDay: 4,
  seed: 20260101,
};

type Lang = 0 | 1;
type Vis = 0 | 1; // 0 team, 1 pastoral

interface Req {
  readonly idx: number;
  readonly id: string;
  readonly created: number;
  readonly createdAt: string;
  readonly lang: Lang;
  readonly vis: Vis;
  readonly urgent: boolean;
  count: number;
  firstPrayed: number;
  expired: boolean;
}

interface Person {
  readonly langs: readonly Lang[];
  readonly pastor: boolean;
  readonly rate: number;
  /** When they last prayed for each request (the 24-hour rule). */
  readonly recent: Map<number, number>;
}


const exponential = (random: () => number, mean: number) => -Math.log(1 - random()) * mean;

/** Adds `activeMs` of praying time to `t`, skipping the quiet hours (23:00–06:00 UTC). */
function addActive(t: number, activeMs: number): number {
  let at = t;
  let left = activeMs;
  for (;;) {
    const day = Math.floor(at / DAY) * DAY;
    const open = day + 6 * HOUR;
    const close = day + 23 * HOUR;
    if (at < open) at = open;
    if (at >= close) {
      at = day + DAY + 6 * HOUR;
      continue;
    }
    if (at + left <= close) return at + left;
    left -= close - at;
    at = day + DAY + 6 * HOUR;
  }
}

/** A binary min-heap. */
class Heap<T> {
  private readonly items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  peek(): T | undefined {
    return this.items[0];
  }
  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m])) m = l;
        if (r < a.length && this.less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

/** What a dispatcher does: give `person` a request at `now`, or none. */
interface Dispatcher {
  add(r: Req): void;
  pick(person: Person, now: number): Req | undefined;
  /** The chosen request was prayed for (its count already moved). */
  prayed(r: Req): void;
}

/** Shared eligibility: visibility, language, expiry, the 24-hour rule. */
function eligible(person: Person, r: Req, now: number, lifetimeMs: number): boolean {
  if (r.expired || now >= r.created + lifetimeMs) return false;
  if (r.vis === 1 && !person.pastor) return false;
  if (!person.langs.includes(r.lang)) return false;
  const last = person.recent.get(r.idx);
  return last === undefined || now - last >= DAY;
}

/** The requests of one (visibility, language, urgency), one heap per prayer count, oldest first in each. */
interface Group {
  readonly vis: Vis;
  readonly lang: Lang;
  readonly urgent: boolean;
  readonly byCount: Array<Heap<Req>>;
}

const olderFirst = (a: Req, b: Req) => a.created < b.created || (a.created === b.created && a.id < b.id);

/** The dispatcher of src/prayer/dispatch, in memory. */
class NeedDispatcher implements Dispatcher {
  private readonly groups: Group[] = [];
  private readonly active = new Set<Req>();
  picks = 0;
  verified = 0;

  constructor(private readonly lifetimeMs: number) {
    for (const urgent of [true, false]) for (const vis of [0, 1] as const) for (const lang of [0, 1] as const) this.groups.push({ vis, lang, urgent, byCount: [] });
  }

  /** The request as compareNeed sees it. */
  private view(r: Req) {
    return { urgent: r.urgent, prayerCount: r.count, createdAt: r.createdAt, id: r.id };
  }

  private heap(r: Req): Heap<Req> {
    const group = this.groups.find((g) => g.vis === r.vis && g.lang === r.lang && g.urgent === r.urgent)!;
    while (group.byCount.length <= r.count) group.byCount.push(new Heap<Req>(olderFirst));
    return group.byCount[r.count];
  }

  add(r: Req): void {
    this.heap(r).push(r);
    this.active.add(r);
  }

  /** The chosen request already left its heap in `pick`; it joins the heap of its new count. */
  prayed(r: Req): void {
    this.heap(r).push(r);
  }

  /** The eligible head of one heap (expired heads leave for good; recently prayed ones are set aside and put back). */
  private head(h: Heap<Req>, person: Person, now: number, aside: Array<[Heap<Req>, Req]>): Req | undefined {
    for (;;) {
      const top = h.peek();
      if (!top) return undefined;
      if (now >= top.created + this.lifetimeMs) {
        h.pop();
        top.expired = true;
        this.active.delete(top);
        continue;
      }
      if (eligible(person, top, now, this.lifetimeMs)) return top;
      aside.push([h, h.pop()!]);
    }
  }

  /**
   * The most needed eligible request, as compareNeed orders them: urgent ones nobody has prayed for jump
   * the queue; then, among the heads of the heaps (the oldest of each prayer count), the lowest needScore
   * (an urgent request's divided by URGENT_WEIGHT), ties settled by compareNeed. A head with no prayers
   * scores 0, the least possible, so when one exists the heaps of prayed-for requests are not looked at.
   */
  pick(person: Person, now: number): Req | undefined {
    const at = new Date(now);
    const aside: Array<[Heap<Req>, Req]> = [];
    let best: [Req, Heap<Req>] | undefined;
    const better = (candidate: [Req, Heap<Req>]) => !best || compareNeed(this.view(candidate[0]), this.view(best[0]), at) < 0;
    const groups = this.groups.filter((g) => (g.vis === 0 || person.pastor) && person.langs.includes(g.lang));
    // Unprayed heads: the urgent ones first (compareNeed says so), else the oldest of the rest.
    for (const g of groups) {
      const h = g.byCount[0];
      const r = h && this.head(h, person, now, aside);
      if (r && better([r, h])) best = [r, h];
    }
    if (!best) {
      let lowest = Infinity;
      let ties: Array<[Req, Heap<Req>]> = [];
      for (const g of groups) {
        for (let count = 1; count < g.byCount.length; count++) {
          const h = g.byCount[count];
          const r = this.head(h, person, now, aside);
          if (!r) continue;
          const score = needScore(count, (now - r.created) / DAY_MS, g.urgent);
          if (score < lowest) {
            lowest = score;
            ties = [[r, h]];
          } else if (score === lowest) ties.push([r, h]);
        }
      }
      for (const tie of ties) if (better(tie)) best = tie;
    }
    // The chosen one leaves its heap (it is that heap's head now); the ones set aside go back.
    if (best && best[1].pop() !== best[0]) throw new Error('simulation: the chosen request was not at the head of its heap');
    for (const [h, r] of aside) h.push(r);
    this.picks++;
    if (best && this.picks % 5000 === 0) this.verify(person, now, best[0]);
    return best?.[0];
  }

  /** Checks a pick against a full scan of every eligible request with compareNeed. */
  private verify(person: Person, now: number, chosen: Req): void {
    const at = new Date(now);
    let best: Req | undefined = chosen;
    for (const r of this.active) if (r !== chosen && eligible(person, r, now, this.lifetimeMs) && compareNeed(this.view(r), this.view(best), at) < 0) best = r;
    if (best !== chosen) throw new Error(`simulation: pick ${this.picks} chose ${chosen.id}, a full scan chose ${best?.id}`);
    this.verified++;
  }
}

/** A shared list read at random: any eligible request, chosen uniformly. */
class RandomDispatcher implements Dispatcher {
  private readonly pools = new Map<string, Req[]>();
  constructor(
    private readonly lifetimeMs: number,
    private readonly random: () => number,
  ) {}
  add(r: Req): void {
    const key = `${r.vis}|${r.lang}`;
    const pool = this.pools.get(key) ?? [];
    pool.push(r);
    this.pools.set(key, pool);
  }
  prayed(): void {}
  pick(person: Person, now: number): Req | undefined {
    const pools = [...this.pools].filter(([key]) => (key[0] === '0' || person.pastor) && person.langs.includes(Number(key[2]) as Lang));
    const total = pools.reduce((n, [, p]) => n + p.length, 0);
    for (let tries = 0; tries < 64 && total > 0; tries++) {
      let k = Math.floor(this.random() * total);
      for (const [, pool] of pools) {
        if (k >= pool.length) {
          k -= pool.length;
          continue;
        }
        const r = pool[k];
        if (now >= r.created + this.lifetimeMs) {
          // Expired: swap-remove, and draw again.
          pool[k] = pool[pool.length - 1];
          pool.pop();
          r.expired = true;
          return this.pick(person, now);
        }
        if (eligible(person, r, now, this.lifetimeMs)) return r;
        break;
      }
    }
    return undefined;
  }
}

/** A list read from the top: the newest eligible request. */
class NewestDispatcher implements Dispatcher {
  private readonly lists = new Map<string, Req[]>();
  constructor(private readonly lifetimeMs: number) {}
  add(r: Req): void {
    const key = `${r.vis}|${r.lang}`;
    const list = this.lists.get(key) ?? [];
    list.push(r);
    this.lists.set(key, list);
  }
  prayed(): void {}
  pick(person: Person, now: number): Req | undefined {
    let best: Req | undefined;
    for (const [key, list] of this.lists) {
      if ((key[0] === '1' && !person.pastor) || !person.langs.includes(Number(key[2]) as Lang)) continue;
      for (let i = list.length - 1; i >= 0; i--) {
        const r = list[i];
        if (now >= r.created + this.lifetimeMs) break;
        if (eligible(person, r, now, this.lifetimeMs)) {
          if (!best || r.created > best.created) best = r;
          break;
        }
      }
    }
    return best;
  }
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Gini coefficient of non-negative values (0: every request prayed for equally often). */
function gini(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const sum = sorted.reduce((a, b) => a + b, 0);
  if (n === 0 || sum === 0) return 0;
  let weighted = 0;
  sorted.forEach((v, i) => (weighted += (i + 1) * v));
  return (2 * weighted) / (n * sum) - (n + 1) / n;
}

const r1 = (v: number) => Math.round(v * 10) / 10;
const r3 = (v: number) => Math.round(v * 1000) / 1000;

/** Runs one dispatcher over the world `seed` makes; returns its figures. */
function run(kind: 'need' | 'random' | 'newest', o: SimulationOptions) {
  // Seeded, so every run (and every peer) sees the same world.
  const random = mulberry32(o.seed);
  const lifetimeMs = o.lifetimeDays * DAY;
  const end = START + o.days * DAY;

  // The same world for every dispatcher: arrivals and people from the seed, then each one's schedule.
  const requests: Req[] = [];
  let t = START;
  const meanGap = (o.days * DAY) / o.requests;
  for (let i = 0; i < o.requests; i++) {
    t += exponential(random, meanGap);
    const roll = random();
    const vis: Vis = roll < 0.05 ? 1 : 0;
    requests.push({
      idx: i,
      id: `r${String(i).padStart(6, '0')}`,
      created: Math.round(t),
      createdAt: new Date(Math.round(t)).toISOString(),
      lang: random() < 0.75 ? 0 : 1,
      vis,
      urgent: roll < 0.01,
      count: 0,
      firstPrayed: NaN,
      expired: false,
    });
  }
  const people: Person[] = [];
  for (let i = 0; i < o.intercessors; i++) {
    const l = random();
    people.push({
      langs: l < 0.65 ? [0] : l < 0.8 ? [1] : [0, 1],
      pastor: random() < 0.05,
      rate: exponential(random, o.prayersPerIntercessorDay),
      recent: new Map(),
    });
  }
  const schedule = mulberry32(o.seed ^ 0x5eed);
  const pick = kind === 'random' ? mulberry32(o.seed ^ 0xabc) : () => 0;
  const dispatcher: Dispatcher =
    kind === 'need'
      ? new NeedDispatcher(lifetimeMs)
      : kind === 'random'
        ? new RandomDispatcher(lifetimeMs, pick)
        : new NewestDispatcher(lifetimeMs);

  // Each intercessor's next prayer time, in praying hours (06:00–23:00): a heap of (time, person).
  const activeShare = 17 / 24;
  const nextGap = (p: Person) => (p.rate > 0 ? exponential(schedule, (DAY * activeShare) / p.rate) : Infinity);
  const events = new Heap<[number, number]>((a, b) => a[0] < b[0]);
  people.forEach((p, i) => events.push([addActive(START, nextGap(p)), i]));

  let next = 0;
  let prayers = 0;
  let idle = 0;
  while (events.size > 0) {
    const [at, who] = events.pop()!;
    if (at >= end) break;
    while (next < requests.length && requests[next].created <= at) dispatcher.add(requests[next++]);
    const person = people[who];
    const r = dispatcher.pick(person, at);
    if (r) {
      const old = r.count;
      r.count++;
      if (old === 0) r.firstPrayed = at;
      person.recent.set(r.idx, at);
      dispatcher.prayed(r);
      prayers++;
    } else idle++;
    // Forget prayers older than a day now and then, so the 24-hour sets stay small.
    if (person.recent.size > 64) for (const [k, v] of person.recent) if (at - v >= DAY) person.recent.delete(k);
    events.push([addActive(at, nextGap(person)), who]);
  }

  const warm = START + o.warmupDays * DAY;
  const waits = requests.filter((r) => r.created >= warm && r.created < end - DAY);
  const full = requests.filter((r) => r.created >= warm && r.created + lifetimeMs <= end);
  return {
    dispatcher: kind,
    prayers,
    idleTurns: idle,
    ...(dispatcher instanceof NeedDispatcher ? { picksCheckedAgainstFullScan: dispatcher.verified } : {}),
    ...figures(waits, full, end),
    byKind: {
      team: figures(waits.filter((r) => r.vis === 0), full.filter((r) => r.vis === 0), end),
      pastoral: figures(waits.filter((r) => r.vis === 1 && !r.urgent), full.filter((r) => r.vis === 1 && !r.urgent), end),
      urgent: figures(waits.filter((r) => r.urgent), full.filter((r) => r.urgent), end),
    },
  };
}

/** Time to first prayer (hours) over `waits`, and prayers per request over `full` (whole lives). */
function figures(waits: readonly Req[], full: readonly Req[], end: number) {
  const hours = waits.map((r) => ((Number.isNaN(r.firstPrayed) ? end : r.firstPrayed) - r.created) / HOUR).sort((a, b) => a - b);
  const counts = full.map((r) => r.count).sort((a, b) => a - b);
  return {
    timeToFirstPrayerHours: {
      requests: waits.length,
      p50: r1(percentile(hours, 50)),
      p95: r1(percentile(hours, 95)),
      max: r1(hours[hours.length - 1]),
      neverPrayed: waits.filter((r) => Number.isNaN(r.firstPrayed)).length,
    },
    prayersPerRequest: {
      requests: counts.length,
      min: counts[0],
      p50: percentile(counts, 50),
      p95: percentile(counts, 95),
      max: counts[counts.length - 1],
      mean: r3(counts.reduce((a, b) => a + b, 0) / counts.length),
      gini: r3(gini(counts)),
      neverPrayed: counts.filter((c) => c === 0).length,
    },
  };
}

/** The simulation with the need dispatcher and both peers; also how long it took. */
export function simulationBenchmark(options: Partial<SimulationOptions> = {}) {
  const o = { ...DEFAULT_SIMULATION, ...options };
  const started = performance.now();
  const need = run('need', o);
  const needSeconds = (performance.now() - started) / 1000;
  const random = run('random', o);
  const newest = run('newest', o);
  return {
    model: o,
    runSeconds: { need: r1(needSeconds), all: r1((performance.now() - started) / 1000) },
    need,
    peers: { random, newest },
  };
}
