// Progressive enhancement: a live "N characters left" under every textarea with data-maxlength.
// Without JavaScript the server still checks the length and explains the error beside the field.

function describe(remaining: number, lang: string): string {
  const count = new Intl.NumberFormat(lang).format(Math.abs(remaining));
  const plural = new Intl.PluralRules(lang).select(Math.abs(remaining));
  if (lang.startsWith('es')) {
    return remaining >= 0
      ? `Quedan ${count} ${plural === 'one' ? 'carácter' : 'caracteres'}`
      : `Sobran ${count} ${plural === 'one' ? 'carácter' : 'caracteres'}`;
  }
  return remaining >= 0
    ? `${count} ${plural === 'one' ? 'character' : 'characters'} left`
    : `${count} ${plural === 'one' ? 'character' : 'characters'} too many`;
}

for (const field of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-maxlength]')) {
  const max = Number(field.dataset.maxlength);
  if (!Number.isFinite(max) || max <= 0) continue;
  const status = document.createElement('p');
  status.className = 'char-count';
  status.id = `${field.id || field.name}-count`;
  status.setAttribute('aria-live', 'polite');
  field.insertAdjacentElement('afterend', status);
  field.setAttribute('aria-describedby', `${field.getAttribute('aria-describedby') ?? ''} ${status.id}`.trim());
  const lang = document.documentElement.lang || 'en';
  const update = () => {
    const remaining = max - field.value.length;
    status.textContent = describe(remaining, lang);
    status.classList.toggle('char-count--over', remaining < 0);
  };
  field.addEventListener('input', update);
  update();
}
