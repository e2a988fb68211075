/** The emails of a follow-up journey, one per step, and the pastors' alert for crisis language in a response. */
import type { Locale } from '../../platform/i18n/locale.js';
import { translator } from '../../platform/i18n/translate.js';
import { mailGreeting, type MailContent } from '../../platform/mail/compose-mail.js';
import { pastorCrisisMail } from '../../prayer/notifications/mails/mail-format.js';
import type { JourneyStepKey } from './journey.steps.js';
import type { ResponseKind } from './response.types.js';

/** Where each step's button leads (paths on this site; other areas build those pages). */
export const JOURNEY_LINKS: Readonly<Record<JourneyStepKey, (locale: Locale) => string | null>> = {
  welcome: () => null,
  john: () => '/plans/john-21',
  daily: (locale) => (locale === 'es' ? '/bible/RV1909/Matt/6#v9' : '/bible/WEB/Matt/6#v9'),
  church: () => '/churches',
  story: () => '/stories/new',
};

/** What a step's email needs. */
export interface JourneyMailInput {
  readonly locale: Locale;
  readonly step: JourneyStepKey;
  readonly kind: ResponseKind;
  readonly firstName: string | null;
  readonly site: string;
  /** Absolute address of the step's link, when it has one. */
  readonly actionUrl: string | null;
  /** This email's place in the journey (1-based) and the number of emails in it. */
  readonly position: number;
  readonly total: number;
  readonly fromArticle: boolean;
  readonly unsubscribeUrl: string;
}

/** The content of one journey email. */
export function journeyMail(input: JourneyMailInput): MailContent {
  const t = translator(input.locale);
  const paragraphs: Record<JourneyStepKey, string[]> = {
    welcome: [t(`journey.welcome.${input.kind}`), t('journey.welcome.next')],
    john: [t('journey.john.body'), t('journey.john.plan')],
    daily: [t('journey.daily.body'), t('journey.daily.habit')],
    church: [t('journey.church.body')],
    story: [t('journey.story.body')],
  };
  const actions: Record<JourneyStepKey, string | null> = {
    welcome: null,
    john: t('journey.john.action'),
    daily: t('journey.daily.action'),
    church: t('journey.church.action'),
    story: t('journey.story.action'),
  };
  const label = actions[input.step];
  const params = { site: input.site, step: input.position, total: input.total };
  return {
    locale: input.locale,
    subject: t(`journey.${input.step}.subject`),
    greeting: mailGreeting(input.locale, input.firstName),
    paragraphs: paragraphs[input.step],
    ...(label && input.actionUrl ? { action: { label, url: input.actionUrl } } : {}),
    ...(input.position === input.total ? { after: [t('journey.story.last')] } : {}),
    reason: input.fromArticle ? t('journey.reason', params) : t('journey.reasonNoArticle', params),
    unsubscribeUrl: input.unsubscribeUrl,
  };
}

/** To a pastor: a response carries crisis language; a link to it, never the person's words. */
export function responseCrisisMail(input: { locale: Locale; name: string | null; site: string; kinds: readonly string[]; at: string; url: string; unsubscribeUrl: string }): MailContent {
  return pastorCrisisMail(input, { subject: 'responseCrisis.subject', body: 'responseCrisis.body', private: 'responseCrisis.private', action: 'responseCrisis.action' });
}
