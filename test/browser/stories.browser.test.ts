import { describe, expect, it } from 'vitest';
import { hasChromium, seriousViolations, useBrowserSuite } from '../harness/browser.js';

const STORY = 'I stopped praying when my father died. A year later I read John 11 and wept, and I came back to God.';

describe.skipIf(!hasChromium)('stories in Chromium', () => {
  const web = useBrowserSuite({ env: { RATE_LIMIT_PER_MINUTE: '0' } });

  it('a visitor shares a story through the form, a moderator edits and publishes it, and it appears on /stories — axe finds no serious violation on the way', async () => {
    const visitor = await web.browser.newPage();
    await visitor.goto(`${web.base}/`);
    await visitor.getByRole('link', { name: 'Share your story' }).click();
    expect(await visitor.locator('h1').textContent()).toBe('Share your story');
    expect(await seriousViolations(visitor)).toEqual([]);

    // Sending nothing: the error summary, focused, links to each field.
    await visitor.getByRole('button', { name: 'Share my story' }).click();
    expect(await visitor.title()).toMatch(/^Error: Share your story/);
    const summary = visitor.locator('.error-summary');
    expect(await summary.textContent()).toContain('Write your story');
    expect(await summary.textContent()).toContain('Tick the box to give permission to publish your story');
    expect(await seriousViolations(visitor)).toEqual([]);
    await summary.getByRole('link', { name: 'Write your story' }).click();
    expect(await visitor.evaluate(() => document.activeElement?.id)).toBe('text');

    await visitor.getByLabel('Title (optional)').fill('Back home');
    await visitor.getByLabel('Your story').fill(`${STORY}\n\nThank you, Carmen Delgado.`);
    await visitor.getByLabel('Came back to God').check();
    await visitor.getByLabel('Your first name (optional)').fill('Daniel');
    await visitor.getByLabel('I agree that my story may be published on this site').check();
    await visitor.getByRole('button', { name: 'Share my story' }).click();
    expect(await visitor.locator('h1').textContent()).toBe('Thank you for sharing your story');
    expect(await seriousViolations(visitor)).toEqual([]);

    // Nothing is public before a moderator decides.
    await visitor.goto(`${web.base}/stories`);
    expect(await visitor.locator('.story-list').count()).toBe(0);

    const context = await web.signedInContext({ roles: ['moderator'], name: 'Mo', covenant: true });
    const moderator = await context.newPage();
    await moderator.goto(`${web.base}/moderation`);
    await moderator.getByRole('link', { name: 'Stories' }).click();
    expect(await moderator.locator('h1').textContent()).toBe('Stories to publish');
    expect(await moderator.locator('.queue-item').first().textContent()).toContain('Carmen D.');
    expect(await seriousViolations(moderator)).toEqual([]);
    const box = moderator.getByLabel('Text to publish');
    await box.fill(`${STORY}\n\nThank you, Carmen.`);
    await moderator.getByRole('button', { name: /^Publish/ }).click();
    expect(await moderator.locator('.notification-banner').textContent()).toContain('The story is published.');
    expect(await seriousViolations(moderator)).toEqual([]);
    await context.close();

    await visitor.goto(`${web.base}/stories`);
    const card = visitor.locator('.story-list li').first();
    expect(await card.locator('h2').textContent()).toBe('Back home');
    expect(await card.textContent()).toContain('From Daniel');
    expect(await card.textContent()).toContain('Came back to God');
    expect(await card.locator('.story-text p').allTextContents()).toEqual([STORY, 'Thank you, Carmen.']);
    expect(await seriousViolations(visitor)).toEqual([]);
    await card.getByRole('link', { name: 'Back home' }).click();
    expect(await visitor.locator('h1').textContent()).toBe('Back home');
    expect(await seriousViolations(visitor)).toEqual([]);

    // Readable at 400% zoom: no horizontal scrolling at 320 CSS pixels.
    await visitor.setViewportSize({ width: 320, height: 640 });
    await visitor.goto(`${web.base}/es/stories?language=all`);
    expect(await visitor.locator('h1').textContent()).toBe('Historias');
    expect(await visitor.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(visitor)).toEqual([]);
    await visitor.close();
  }, 120_000);
});
