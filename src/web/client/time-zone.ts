// Progressive enhancement for the reading-plan start form: the time-zone select starts on the
// browser's own zone instead of the ministry's default. Without JavaScript (or when the browser's
// zone is not one the list offers) the default stays chosen and the reader can pick another.

const zone = (() => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
})();

for (const select of document.querySelectorAll<HTMLSelectElement>('[data-browser-zone] select')) {
  const option = zone ? Array.from(select.options).find((o) => o.value === zone) : undefined;
  if (option) select.value = option.value;
}
