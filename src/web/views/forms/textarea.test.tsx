import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { Translate } from '../../../platform/i18n/translate.js';
import { Textarea } from './textarea.js';

const t = ((key: string) => (key === 'form.errorPrefix' ? 'Error:' : key)) as Translate;

describe('Textarea', () => {
  it('labels the field, points it at its hint and error, and keeps what was typed (escaped)', () => {
    const html = render(<Textarea t={t} name="note" label="Your note" hint="Keep it short" error="Your note is too long" value={'<b>hi</b>'} maxLength={500} />);
    expect(html).toContain('<label class="label" for="note">Your note</label>');
    expect(html).toContain('<div class="hint" id="note-hint">Keep it short</div>');
    expect(html).toContain('<p class="error-message" id="note-error"><span class="visually-hidden">Error:</span> Your note is too long</p>');
    expect(html).toContain('aria-describedby="note-hint note-error"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('class="form-group form-group--error"');
    expect(html).toContain('&lt;b>hi&lt;/b></textarea>');
    // The count is the client script's job; the field itself never cuts text off.
    expect(html).toContain('data-maxlength="500"');
    expect(html).not.toContain(' maxlength=');
  });

  it('shows a character count only when given a limit, and no description when there is neither hint nor error', () => {
    const html = render(<Textarea t={t} name="reason" id="flag-reason" label="Why?" />);
    expect(html).toContain('id="flag-reason" name="reason" rows="6"');
    expect(html).not.toContain('data-maxlength');
    expect(html).not.toContain('aria-describedby');
    expect(html).not.toContain('error-message');
  });

  it('can be the page heading (a one-question page)', () => {
    expect(render(<Textarea t={t} name="text" label="What should we pray for?" labelIsHeading />)).toContain('<h1 class="label-wrapper"><label class="label" for="text">What should we pray for?</label></h1>');
  });
});
