/** One slot read in storage order. */
export interface StoredSlot {
  readonly slot: number;
  /** Raw markup, '' for an empty slot. */
  readonly raw: string;
  /** True when the slot points at the same stored text as the slot before it (SWORD's linked verses). */
  readonly linked: boolean;
}

/** The verse index and text of one testament of a verse-keyed module (Bible or commentary). */
export interface VerseStore {
  /** Number of slots the index file holds. */
  readonly slotCount: number;
  /** Raw text of a slot, '' when empty or outside the index. */
  read(slot: number): string;
  /** True when a slot points at the same stored text as the slot before it. */
  isLinked(slot: number): boolean;
  /** Every slot in order, reading each block or file once. */
  scan(): IterableIterator<StoredSlot>;
}
