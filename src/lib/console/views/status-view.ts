// The status line (an aria-live region: rewritten only when its text changes,
// so screen readers are not flooded during the engine's download) and the
// error box: an explanation in the page's language, DuckDB's own message
// beside it.

import type { Locale } from '../../../i18n/ui.ts';
import { errorKind, readableError } from '../error-kind.ts';
import { refusalKind } from '../refusal.ts';
import { t } from '../text.ts';

export interface StatusElements {
  status: HTMLElement;
  error: HTMLElement;
}

export interface StatusView {
  set(text: string): void;
  text(): string;
  /** An error with its explanation; `detail` is shown as it is (DuckDB's message). */
  showError(explanation: string, detail: string): void;
  /** A failed query: a refusal by the lockdown or a mistake of a known kind explained, DuckDB's message kept. Returns whether it was a refusal. */
  showQueryError(message: string): { refused: boolean };
  hideError(): void;
}

export function createStatusView(el: StatusElements, locale: Locale, doc: Document = document): StatusView {
  const view: StatusView = {
    set(text) {
      if (el.status.textContent !== text) el.status.textContent = text;
    },
    text: () => el.status.textContent ?? '',
    showError(explanation, detail) {
      el.error.replaceChildren();
      const heading = doc.createElement('p');
      heading.className = 'error-heading';
      heading.textContent = explanation || t(locale, 'sql.error.heading');
      const pre = doc.createElement('pre');
      pre.textContent = detail;
      el.error.append(heading, pre);
      el.error.hidden = false;
    },
    showQueryError(raw) {
      const message = readableError(raw);
      const refusal = refusalKind(message);
      if (refusal) {
        view.showError(t(locale, `sql.refused.${refusal}`), message);
        return { refused: true };
      }
      const kind = errorKind(message);
      view.showError(kind ? t(locale, `sql.error.kind.${kind}`) : '', message);
      if (kind) {
        // DuckDB speaks English: say whose words follow.
        const label = doc.createElement('p');
        label.className = 'error-original';
        label.textContent = t(locale, 'sql.error.original');
        el.error.querySelector('pre')!.before(label);
      }
      return { refused: false };
    },
    hideError() {
      el.error.hidden = true;
      el.error.replaceChildren();
    },
  };
  return view;
}
