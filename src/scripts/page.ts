// The little every page does in the browser: copy buttons (a citation, an
// embed code) that appear only where the clipboard can be used, and opening
// the collapsed table that holds the row a link points at (a map's province,
// a coverage cell), so a tap on a shape lands on its value. The header's
// search box wakes on first use (search-boot.ts).

import './search-boot.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-text')) {
  if (!navigator.clipboard) continue;
  const status = button.nextElementSibling?.classList.contains('copy-status') ? button.nextElementSibling : button.parentElement?.querySelector('.copy-status');
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = button.dataset.copy ?? document.getElementById(button.dataset.target ?? '')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = button.dataset.done ?? '';
    } catch {
      if (status) status.textContent = button.dataset.failed ?? '';
    }
  });
}

function revealTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  for (let details = target.closest('details'); details; details = details.parentElement?.closest('details') ?? null) details.open = true;
  target.scrollIntoView({ block: 'center' });
}
addEventListener('hashchange', revealTarget);
revealTarget();
