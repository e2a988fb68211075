import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { useIntercessionSuite } from '../../../test/factories/intercession.fixture.js';
import { createIntercessor } from '../../../test/factories/intercessor.factory.js';
import { endCommitmentsForRequest, parseDays } from './commitment.service.js';

const DAY = 24 * 60 * 60 * 1000;

it('takes 1 to 90 whole days, from JSON or a form', () => {
  expect(parseDays(7)).toBe(7);
  expect(parseDays(' 30 ')).toBe(30);
  for (const bad of [0, 91, 1.5, '7 days', '', null, undefined, -3, '1e1']) {
    expect(() => parseDays(bad)).toThrow(expect.objectContaining({ code: 'VALIDATION', details: { fields: { days: 'invalid' } } }));
  }
});

describeEachDialect('commitments', (get) => {
  const f = useIntercessionSuite(get);
  const endReasons = async () => (await f.db.selectFrom('commitments').select(['request_id', 'end_reason']).execute()).map((c) => c.end_reason);

  it('commits, lists with the day of the commitment, renews, and withdraws', async () => {
    const id = await f.seed({ firstName: 'Lucía Fernández', text: 'For my job, call 612 345 678', publicText: 'For my job, call [phone removed]' });
    const made = await f.intercession.commitments.commit(f.me, { requestId: id, days: 7 });
    expect(made.renewed).toBe(false);
    expect(made.commitment).toMatchObject({ requestId: id, days: 7, endsAt: new Date(f.clock.now.getTime() + 7 * DAY).toISOString() });
    f.clock.advance(2 * DAY + 1000);
    const mine = await f.intercession.commitments.listMine(f.me);
    expect(mine).toHaveLength(1);
    expect(mine[0].day).toBe(3);
    const { presentMyCommitment } = await import('./commitment.presenter.js');
    expect(presentMyCommitment(f.me, mine[0]).request).toMatchObject({ firstName: 'Lucía', text: 'For my job, call [phone removed]' });
    const again = await f.intercession.commitments.commit(f.me, { requestId: id, days: 3 });
    expect(again).toMatchObject({ renewed: true, commitment: { id: made.commitment.id, days: 3 } });
    await f.intercession.commitments.withdraw(f.me, { commitmentId: made.commitment.id });
    expect(await f.intercession.commitments.listMine(f.me)).toEqual([]);
    expect(await endReasons()).toEqual(['withdrawn']);
    await expect(f.intercession.commitments.withdraw(f.me, { commitmentId: made.commitment.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("refuses someone else's commitment, one's own request, and requests not open for prayer", async () => {
    const id = await f.seed();
    const { commitment } = await f.intercession.commitments.commit(f.me, { requestId: id, days: 5 });
    const other = await createIntercessor(f.accounts);
    await expect(f.intercession.commitments.withdraw(other, { commitmentId: commitment.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.intercession.commitments.commit(f.me, { requestId: await f.seed({ submittedBy: f.me.id }), days: 5 })).rejects.toMatchObject({ code: 'OWN_REQUEST' });
    await expect(f.intercession.commitments.commit(f.me, { requestId: await f.seed({ status: 'answered' }), days: 5 })).rejects.toMatchObject({ code: 'REQUEST_NOT_OPEN' });
    await expect(f.intercession.commitments.commit(f.me, { requestId: await f.seed({ visibility: 'pastoral' }), days: 5 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.intercession.commitments.commit(f.me, { requestId: id, days: 91 })).rejects.toMatchObject({ details: { fields: { days: 'invalid' } } });
  });

  it('end when the request is answered or closed (at once, through the function the requests area calls)', async () => {
    const answered = await f.seed();
    const closed = await f.seed();
    await f.intercession.commitments.commit(f.me, { requestId: answered, days: 30 });
    await f.intercession.commitments.commit(f.me, { requestId: closed, days: 30 });
    await f.db.transaction().execute(async (trx) => {
      await trx.updateTable('prayer_requests').set({ status: 'answered' }).where('id', '=', answered).execute();
      expect(await endCommitmentsForRequest(trx, answered, 'answered', f.clock.now)).toBe(1);
    });
    await f.db.updateTable('prayer_requests').set({ status: 'closed' }).where('id', '=', closed).execute();
    // Nobody called the function for this one: reading ends it.
    expect(await f.intercession.commitments.listMine(f.me)).toEqual([]);
    const rows = await f.db.selectFrom('commitments').select(['request_id', 'end_reason', 'ended_at']).execute();
    expect(Object.fromEntries(rows.map((r) => [r.request_id, r.end_reason]))).toEqual({ [answered]: 'answered', [closed]: 'closed' });
  });

  it('end when the days are done or the request expires, and feed the daily reminder only what runs', async () => {
    const short = await f.seed({ firstName: null });
    const expiring = await f.seed({ expiresAt: new Date(f.clock.now.getTime() + 2 * DAY) });
    const long = await f.seed();
    await f.intercession.commitments.commit(f.me, { requestId: short, days: 1 });
    await f.intercession.commitments.commit(f.me, { requestId: expiring, days: 10 });
    await f.intercession.commitments.commit(f.me, { requestId: long, days: 10 });
    expect((await f.intercession.commitments.dueForDigest(f.me.id)).map((c) => c.request.id).sort()).toEqual([short, expiring, long].sort());
    expect(await f.intercession.commitments.peopleToRemind()).toEqual([f.me.id]);
    f.clock.advance(3 * DAY);
    const due = await f.intercession.commitments.dueForDigest(f.me.id);
    expect(due.map((c) => c.request.id)).toEqual([long]);
    expect(due[0].day).toBe(4);
    const reasons = Object.fromEntries((await f.db.selectFrom('commitments').select(['request_id', 'end_reason']).execute()).map((r) => [r.request_id, r.end_reason]));
    expect(reasons).toEqual({ [short]: 'completed', [expiring]: 'expired', [long]: null });
    expect(await f.intercession.commitments.peopleConcernedWith(long)).toEqual([f.me.id]);
  });
});
