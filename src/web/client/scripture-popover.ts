// Progressive enhancement: the verse text of every Scripture link (`a[data-osis]`) in a popover.
// Mouse: on hover (it stays while the pointer is over the link or the popover). Keyboard: on focus,
// Escape closes it. Screen readers: the link is described by the popover (aria-describedby) while it
// is open. Touch: the first tap shows the verse, a second tap follows the link. Without JavaScript,
// or when the passage cannot be fetched, the link simply opens the chapter.

interface Shown {
  reference: string;
  translation: string;
  text: string;
}

const lang = document.documentElement.lang || 'en';
const words = lang.startsWith('es')
  ? { loading: 'Cargando…', failed: 'No se pudo cargar el pasaje. Abre el enlace para leerlo.', tapAgain: 'Toca otra vez el enlace para abrir el capítulo.' }
  : { loading: 'Loading…', failed: 'The passage could not be loaded. Open the link to read it.', tapAgain: 'Tap the link again to open the chapter.' };
const MAX_TEXT = 600;
const cache = new Map<string, Promise<Shown | null>>();

let popover: HTMLDivElement | null = null;
let current: HTMLAnchorElement | null = null;
let showTimer: number | undefined;
let hideTimer: number | undefined;
let lastPointer = '';

function box(): HTMLDivElement {
  if (popover) return popover;
  popover = document.createElement('div');
  popover.id = 'scripture-popover';
  popover.className = 'scripture-popover';
  popover.setAttribute('role', 'tooltip');
  popover.hidden = true;
  popover.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
  popover.addEventListener('mouseleave', () => scheduleHide());
  document.body.append(popover);
  return popover;
}

/** The translation a link opens, from its address (`/bible/WEB/John/3#v16`, maybe after `/es`). */
function translationOf(link: HTMLAnchorElement): string {
  const match = /\/bible\/([^/]+)\//.exec(new URL(link.href, location.href).pathname);
  return match ? decodeURIComponent(match[1]) : '';
}

function load(osis: string, translation: string): Promise<Shown | null> {
  const key = `${translation}|${osis}`;
  let found = cache.get(key);
  if (!found) {
    const query = new URLSearchParams({ ref: osis, ...(translation ? { translation } : {}) });
    found = fetch(`/api/v1/passages?${query}`, { headers: { accept: 'application/json' }, credentials: 'same-origin' })
      .then(async (res) => {
        if (!res.ok) return null;
        const body = (await res.json()) as { reference: string; translation: { code: string }; passages: Array<{ text: string }> };
        let text = body.passages.map((p) => p.text).join(' ').trim();
        if (text.length > MAX_TEXT) text = `${text.slice(0, MAX_TEXT).replace(/\s+\S*$/, '')} …`;
        return { reference: body.reference, translation: body.translation.code, text };
      })
      .catch(() => null);
    cache.set(key, found);
  }
  return found;
}

function fill(parts: { reference?: string; translation?: string; text: string; hint?: string }): void {
  const el = box();
  el.replaceChildren();
  if (parts.reference) {
    const head = document.createElement('p');
    head.className = 'scripture-popover__ref';
    const ref = document.createElement('strong');
    ref.textContent = parts.reference;
    head.append(ref);
    if (parts.translation) head.append(` (${parts.translation})`);
    el.append(head);
  }
  const text = document.createElement('p');
  text.className = 'scripture-popover__text';
  text.textContent = parts.text;
  el.append(text);
  if (parts.hint) {
    const hint = document.createElement('p');
    hint.className = 'scripture-popover__hint';
    hint.textContent = parts.hint;
    el.append(hint);
  }
}

function place(link: HTMLAnchorElement): void {
  const el = box();
  const rect = link.getBoundingClientRect();
  const width = Math.min(el.offsetWidth || 320, window.innerWidth - 16);
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
  const below = rect.bottom + 8;
  const above = rect.top - el.offsetHeight - 8;
  const top = below + el.offsetHeight > window.innerHeight && above > 0 ? above : below;
  el.style.left = `${left + window.scrollX}px`;
  el.style.top = `${top + window.scrollY}px`;
}

function show(link: HTMLAnchorElement, touch = false): void {
  window.clearTimeout(hideTimer);
  if (current && current !== link) current.removeAttribute('aria-describedby');
  current = link;
  const el = box();
  const hint = touch ? words.tapAgain : undefined;
  fill({ text: words.loading, hint });
  el.hidden = false;
  link.setAttribute('aria-describedby', el.id);
  place(link);
  void load(link.dataset.osis ?? '', translationOf(link)).then((found) => {
    if (current !== link) return;
    fill(found ? { ...found, hint } : { text: words.failed, hint });
    place(link);
    // Re-pointing the description makes screen readers that announced "Loading…" read the verse.
    link.removeAttribute('aria-describedby');
    link.setAttribute('aria-describedby', el.id);
  });
}

function hide(): void {
  window.clearTimeout(showTimer);
  window.clearTimeout(hideTimer);
  if (popover) popover.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = null;
}

function scheduleHide(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 300);
}

function linkOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-osis]') : null;
}

document.addEventListener('pointerdown', (event) => {
  lastPointer = event.pointerType;
});

document.addEventListener('mouseover', (event) => {
  const link = linkOf(event.target);
  if (!link || lastPointer === 'touch') return;
  window.clearTimeout(showTimer);
  window.clearTimeout(hideTimer);
  if (current !== link) showTimer = window.setTimeout(() => show(link), 150);
});

document.addEventListener('mouseout', (event) => {
  const link = linkOf(event.target);
  if (!link) return;
  window.clearTimeout(showTimer);
  if (current === link) scheduleHide();
});

document.addEventListener('focusin', (event) => {
  const link = linkOf(event.target);
  if (link) show(link);
});

document.addEventListener('focusout', (event) => {
  if (linkOf(event.target) === current) hide();
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && popover && !popover.hidden) {
    event.preventDefault();
    hide();
  }
});

document.addEventListener('click', (event) => {
  const link = linkOf(event.target);
  if (link && lastPointer === 'touch' && (current !== link || popover?.hidden)) {
    // First tap: show the verse; the next tap on the same link follows it.
    event.preventDefault();
    show(link, true);
    return;
  }
  if (!link && popover && !popover.hidden && !(event.target instanceof Node && popover.contains(event.target))) hide();
});

window.addEventListener('resize', () => {
  if (current) place(current);
});
