// The console's views without the engine or a browser (linkedom's DOM): the
// results view draws a precomputed answer labelled as such, pages it, and
// gives every cell its column's name for the phone layout; the status view
// explains a DuckDB error in the page's language beside DuckDB's message.

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { csvOf, fromCells, type ResultColumn } from '../../../src/lib/console/result-data.ts';
import { createResultsView, PAGE_SIZE, wholeNumber } from '../../../src/lib/console/views/results-view.ts';
import { createStatusView } from '../../../src/lib/console/views/status-view.ts';

const PAGE = `<section id="sql-result" hidden>
  <p id="summary"></p><p id="source"></p><p id="truncated" hidden></p>
  <table id="table"><thead></thead><tbody></tbody></table>
  <nav><button id="previous">‹</button><span id="info"></span><button id="next">›</button></nav>
</section><p id="status"></p><div id="error" hidden></div>`;

function page() {
  const { document } = parseHTML(`<html><body>${PAGE}</body></html>`);
  const doc = document as unknown as Document;
  const byId = (id: string) => doc.getElementById(id) as HTMLElement;
  return { doc, byId };
}

const columns: ResultColumn[] = [
  { name: 'place_name_vi', kind: 'string', type: 'Utf8' },
  { name: 'value', kind: 'number', type: 'Float64' },
  { name: 'note', kind: 'string', type: 'Utf8' },
];

describe('results view', () => {
  it('draws a precomputed answer at once, labelled, with a label on every cell', () => {
    const { doc, byId } = page();
    const view = createResultsView(
      {
        section: byId('sql-result'),
        summary: byId('summary'),
        source: byId('source'),
        truncated: byId('truncated'),
        table: byId('table') as HTMLTableElement,
        previous: byId('previous') as HTMLButtonElement,
        next: byId('next') as HTMLButtonElement,
        pageInfo: byId('info'),
      },
      'vi',
      doc,
    );
    const rows = Array.from({ length: 150 }, (_, i) => [`Tỉnh ${i}`, i * 1.5, i === 0 ? 'x'.repeat(60) : null]);
    view.show(fromCells(columns, rows, { sql: 'SELECT 1', computedAt: '2026-12-01T10:00:00Z' }));
    const section = byId('sql-result');
    expect(section.hidden).toBe(false);
    expect(section.getAttribute('data-answer')).toBe('precomputed');
    expect(byId('summary').textContent).toBe('150 dòng · tính sẵn');
    expect(byId('source').textContent).toMatch(/^Kết quả tính sẵn khi xây dựng trang \(2026-12-01\)/u);
    const body = byId('table').querySelector('tbody')!;
    expect(body.querySelectorAll('tr').length).toBe(PAGE_SIZE);
    const first = body.querySelector('tr')!.querySelectorAll('td');
    expect([...first].map((td) => td.getAttribute('data-label'))).toEqual(['place_name_vi', 'value', 'note']);
    expect(first[1].className).toBe('num');
    // Long text wraps in its own box; NULL is written out.
    expect(first[2].querySelector('.long')?.textContent).toBe('x'.repeat(60));
    expect(body.querySelectorAll('tr')[1].querySelectorAll('td')[2].textContent).toBe('NULL');
    expect(byId('info').textContent).toBe('Dòng 1–100 trên 150');
    expect(byId('previous').hasAttribute('disabled')).toBe(true);

    // Paging, then the live result replacing the precomputed one on the same page.
    byId('next').dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('click'));
    expect(byId('info').textContent).toBe('Dòng 101–150 trên 150');
    view.show({ ...fromCells(columns, rows, { sql: 'SELECT 1', computedAt: '' }), source: 'live', elapsedMs: 12, computedAt: null }, { keepPage: true });
    expect(section.getAttribute('data-answer')).toBe('live');
    expect(byId('info').textContent).toBe('Dòng 101–150 trên 150');
    expect(byId('summary').textContent).toBe('150 dòng · 12 ms');
    expect(byId('source').textContent).toBe('Kết quả do bộ máy SQL chạy trong trình duyệt của bạn.');
  });

  it('writes whole numbers the way each language groups them, as Intl does', () => {
    for (const n of [0, 7, 999, 1000, 1661, 100000, 1234567, -4500]) {
      expect(wholeNumber(n, 'vi')).toBe(new Intl.NumberFormat('vi-VN').format(n));
      expect(wholeNumber(n, 'en')).toBe(new Intl.NumberFormat('en-GB').format(n));
    }
  });

  it('writes CSV from cells, without the engine', () => {
    const data = fromCells(columns, [['a,b', 1.5, null]], { sql: '', computedAt: '' });
    expect(csvOf(data.columns, data.rowCount, data.rows)).toBe('place_name_vi,value,note\r\n"a,b",1.5,\r\n');
  });
});

describe('status view', () => {
  it('explains a known DuckDB error in the page’s language and keeps DuckDB’s message', () => {
    const { doc, byId } = page();
    const view = createStatusView({ status: byId('status'), error: byId('error') }, 'vi', doc);
    const message = 'Binder Error: Referenced column "no_such" not found in FROM clause!';
    expect(view.showQueryError(message)).toEqual({ refused: false });
    const error = byId('error');
    expect(error.hidden).toBe(false);
    expect(error.querySelector('.error-heading')?.textContent).toMatch(/^Không có cột này/u);
    expect(error.querySelector('.error-original')?.textContent).toBe('Thông báo gốc của DuckDB (tiếng Anh):');
    expect(error.querySelector('pre')?.textContent).toBe(message);
  });

  it('tells a refusal by the lockdown from a mistake, and an unknown error keeps a plain heading', () => {
    const { doc, byId } = page();
    const view = createStatusView({ status: byId('status'), error: byId('error') }, 'en', doc);
    expect(view.showQueryError('Permission Error: File system operations are disabled by configuration')).toEqual({ refused: true });
    expect(byId('error').querySelector('.error-heading')?.textContent).toMatch(/only reads the published tables/u);
    view.showQueryError('Out of Memory Error: failed to allocate');
    expect(byId('error').querySelector('.error-heading')?.textContent).toBe('Error');
    expect(byId('error').querySelector('.error-original')).toBeNull();
  });

  it('rewrites the status line only when its text changes', () => {
    const { doc, byId } = page();
    const view = createStatusView({ status: byId('status'), error: byId('error') }, 'en', doc);
    view.set('a');
    const node = byId('status').firstChild;
    view.set('a');
    expect(byId('status').firstChild).toBe(node);
  });
});
