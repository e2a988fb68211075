// Progressive enhancement for /churches: "Use my location" asks the browser for its position, puts it
// in the search form (lat, lng) and submits, so the results come back nearest first. Without
// JavaScript the button stays hidden and the text search works as it always does.

const form = document.getElementById('church-search') as HTMLFormElement | null;
const button = document.getElementById('near-me') as HTMLButtonElement | null;
const hint = document.getElementById('near-me-hint');
const status = document.getElementById('near-me-status');

function setHidden(name: string, value: string): void {
  if (!form) return;
  let input = form.querySelector<HTMLInputElement>(`input[type="hidden"][name="${name}"]`);
  if (!input) {
    input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    form.appendChild(input);
  }
  input.value = value;
}

if (form && button && 'geolocation' in navigator) {
  button.hidden = false;
  if (hint) hint.hidden = false;
  button.addEventListener('click', () => {
    button.disabled = true;
    if (status) status.textContent = button.dataset.locating ?? '';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        // Four decimals (about 11 m) is plenty to sort churches, and no more precise than needed.
        setHidden('lat', position.coords.latitude.toFixed(4));
        setHidden('lng', position.coords.longitude.toFixed(4));
        form.querySelector<HTMLInputElement>('input[name="page"]')?.remove();
        form.submit();
      },
      () => {
        button.disabled = false;
        if (status) status.textContent = button.dataset.denied ?? '';
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  });
}
