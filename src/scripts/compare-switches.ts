// The compare page's switches (63 or 34 provinces; persons or per 100,000)
// are radio buttons that work with CSS alone. This keeps them in the address
// too, in the explorer's words: ?system=34&per=100k is read on arrival (any
// other value is ignored, and the page's default stays) and written with
// history.replaceState on every change, so a link or the language switch
// keeps the view.

const SCALES: Record<string, string> = { persons: 'count', '100k': 'per100k' };

export function startCompareSwitches(): void {
  const box = document.querySelector<HTMLElement>('.compare');
  if (!box) return;
  const check = (id: string) => {
    const radio = document.getElementById(id) as HTMLInputElement | null;
    if (radio) radio.checked = true;
  };
  const params = new URLSearchParams(location.search);
  const system = params.get('system');
  const per = params.get('per');
  if (system === '63' || system === '34') check(`system-${system}`);
  if (per !== null && Object.hasOwn(SCALES, per)) check(`scale-${SCALES[per]}`);
  box.addEventListener('change', () => {
    const systemNow = box.querySelector<HTMLInputElement>('input[name="system"]:checked')?.value ?? '63';
    const scaleNow = box.querySelector<HTMLInputElement>('input[name="scale"]:checked')?.value ?? 'count';
    history.replaceState(null, '', `${location.pathname}?system=${systemNow}&per=${scaleNow === 'per100k' ? '100k' : 'persons'}${location.hash}`);
    document.dispatchEvent(new CustomEvent('vnrehab:address'));
  });
}
