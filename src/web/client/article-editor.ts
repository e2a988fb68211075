// Progressive enhancement of the article editor: the preview and the Scripture check follow the text
// as the author types (debounced), from the same server rendering the Preview button uses. Without
// JavaScript the Preview button does the same with a page load.

const form = document.querySelector<HTMLFormElement>('form.article-editor');
const FIELDS = ['title', 'slug', 'summary', 'tags', 'translation', 'language', 'publishAt', 'body'];
const DEBOUNCE_MS = 700;

if (form && form.dataset.previewUrl) {
  const url = form.dataset.previewUrl;
  const token = document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
  const previewBody = document.getElementById('article-preview-body');
  const checkBody = document.getElementById('article-check-body');
  const status = document.getElementById('article-preview-status');
  let timer: number | undefined;
  let sequence = 0;
  let lastProblems = -1;

  const update = async () => {
    const mine = ++sequence;
    const data = new FormData(form);
    const payload = Object.fromEntries(FIELDS.map((name) => [name, String(data.get(name) ?? '')]));
    try {
      const res = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': token },
        body: JSON.stringify(payload),
      });
      if (mine !== sequence) return;
      if (!res.ok) throw new Error(String(res.status));
      const body = (await res.json()) as { html: string; check: string; problems: number };
      // Both fragments are rendered and sanitized by the server (markdown.render.ts).
      if (previewBody) previewBody.innerHTML = body.html;
      if (checkBody) checkBody.innerHTML = body.check;
      // Announce only a change in the check's outcome, not every keystroke's re-render.
      if (status && body.problems !== lastProblems) status.textContent = `${form.dataset.msgUpdated ?? ''} ${checkBody?.querySelector('p')?.textContent ?? ''}`.trim();
      lastProblems = body.problems;
    } catch {
      if (mine === sequence && status) status.textContent = form.dataset.msgFailed ?? '';
    }
  };

  form.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void update(), DEBOUNCE_MS);
  });
}
