import { describe, expect, it } from 'vitest';
import { composeMail } from '../../platform/mail/compose-mail.js';
import { journeyMail, JOURNEY_LINKS } from './journey.mails.js';
import { JOURNEY_STEP_KEYS } from './journey.steps.js';

const base = { kind: 'received_christ' as const, firstName: 'Ana', site: 'prayer.example.org', total: 5, fromArticle: true, unsubscribeUrl: 'https://prayer.example.org/unsubscribe/tok.sig' };

describe('journey emails', () => {
  it('each step links to its next step page, in the reader’s language', () => {
    expect(JOURNEY_STEP_KEYS.map((k) => JOURNEY_LINKS[k]('en'))).toEqual([null, '/plans/john-21', '/bible/WEB/Matt/6#v9', '/churches', '/stories/new']);
    expect(JOURNEY_LINKS.daily('es')).toBe('/bible/RV1909/Matt/6#v9');
    const john = journeyMail({ ...base, locale: 'en', step: 'john', actionUrl: 'https://prayer.example.org/plans/john-21', position: 2 });
    expect(john.subject).toBe('Start reading the Gospel of John');
    expect(john.action).toEqual({ label: 'Open the reading plan', url: 'https://prayer.example.org/plans/john-21' });
    expect(john.reason).toBe('You receive this email because you responded to an article on prayer.example.org and agreed to follow-up messages (email 2 of 5).');
    const church = journeyMail({ ...base, locale: 'es', step: 'church', actionUrl: 'https://prayer.example.org/es/churches', position: 4 });
    expect(church.subject).toBe('Encontrar una iglesia');
    expect(church.greeting).toContain('Ana');
  });

  it('day 0 says what the response means for each kind, and the last email says it is the last', () => {
    expect(journeyMail({ ...base, locale: 'en', step: 'welcome', actionUrl: null, position: 1 }).paragraphs[0]).toContain('You told us you prayed to receive Christ.');
    expect(journeyMail({ ...base, kind: 'returning', locale: 'es', step: 'welcome', actionUrl: null, position: 1 }).paragraphs[0]).toContain('estás volviendo a Dios');
    const last = journeyMail({ ...base, locale: 'en', step: 'story', actionUrl: 'https://prayer.example.org/stories/new', position: 5 });
    expect(last.after).toEqual(['This is the last email of this series. We are glad you are here.']);
  });

  it('every email has both parts, says why, and carries one-click unsubscribe', () => {
    for (const step of JOURNEY_STEP_KEYS) {
      const mail = composeMail('ana@example.org', journeyMail({ ...base, locale: 'en', step, actionUrl: JOURNEY_LINKS[step]('en') ? `https://prayer.example.org${JOURNEY_LINKS[step]('en')}` : null, position: 1 }));
      expect(mail.text).toContain('agreed to follow-up messages');
      expect(mail.html).toContain('agreed to follow-up messages');
      expect(mail.headers).toMatchObject({ 'List-Unsubscribe': '<https://prayer.example.org/unsubscribe/tok.sig>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    }
  });
});
