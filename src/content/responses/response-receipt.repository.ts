/** SQL of response receipts: claiming a sending, recording what it stored, and forgetting old ones. */
import type { Kysely } from 'kysely';
import type { ResponseReceiptTable, Tables } from '../../platform/db/tables.js';

export class ResponseReceiptRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Claims a sending; false when it was claimed already (the same form sent again). */
  async claim(key: string, at: string): Promise<boolean> {
    const result = await this.db.insertInto('response_receipts').values({ key, response_id: null, sealed_link: null, created_at: at }).onConflict((oc) => oc.column('key').doNothing()).executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** Records the response a claimed sending stored (inside the response's transaction). */
  async complete(key: string, responseId: string, sealedLink: string | null): Promise<void> {
    await this.db.updateTable('response_receipts').set({ response_id: responseId, sealed_link: sealedLink }).where('key', '=', key).execute();
  }

  /** A receipt, or undefined. */
  async find(key: string): Promise<ResponseReceiptTable | undefined> {
    return this.db.selectFrom('response_receipts').selectAll().where('key', '=', key).executeTakeFirst();
  }

  /** Gives up a claim whose sending failed, so that sending the form again is tried afresh. */
  async release(key: string): Promise<void> {
    await this.db.deleteFrom('response_receipts').where('key', '=', key).where('response_id', 'is', null).execute();
  }

  /** Deletes receipts made before `before`; returns how many. */
  async deleteBefore(before: string): Promise<number> {
    const result = await this.db.deleteFrom('response_receipts').where('created_at', '<', before).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
