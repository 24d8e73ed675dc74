// The one refusal the console makes itself. The engine's lockdown refuses
// LOAD, ATTACH, COPY … TO, SET and every read of another file or URL, with
// its own message; INSTALL it accepts without a word (DuckDB-WASM fetches
// extensions only on LOAD), so a link carrying it would look as if it had
// worked. The console refuses it before it reaches the engine.

/** The first word (two for FORCE INSTALL) of each statement, upper-cased, skipping comments and quoted text. */
export function statementKeywords(sql: string): string[] {
  const statements: string[] = [];
  let words: string[] = [];
  let i = 0;
  const end = () => {
    if (words.length > 0) statements.push(words.join(' '));
    words = [];
  };
  while (i < sql.length) {
    const c = sql[i];
    const next = sql[i + 1];
    if (c === '-' && next === '-') {
      const newline = sql.indexOf('\n', i);
      i = newline < 0 ? sql.length : newline + 1;
    } else if (c === '/' && next === '*') {
      const close = sql.indexOf('*/', i + 2);
      i = close < 0 ? sql.length : close + 2;
    } else if (c === "'" || c === '"') {
      // A doubled quote inside is an escaped quote: scanning on covers it.
      let j = i + 1;
      while (j < sql.length && !(sql[j] === c && sql[j + 1] !== c)) j += sql[j] === c ? 2 : 1;
      i = j + 1;
      if (words.length < 2) words.push('');
    } else if (c === '$' && /^\$[A-Za-z_]*\$/u.test(sql.slice(i))) {
      const tag = /^\$[A-Za-z_]*\$/u.exec(sql.slice(i))![0];
      const close = sql.indexOf(tag, i + tag.length);
      i = close < 0 ? sql.length : close + tag.length;
      if (words.length < 2) words.push('');
    } else if (c === ';') {
      end();
      i += 1;
    } else if (/[A-Za-z_]/u.test(c)) {
      const word = /^[A-Za-z_][A-Za-z_0-9]*/u.exec(sql.slice(i))![0];
      if (words.length < 2) words.push(word.toUpperCase());
      i += word.length;
    } else {
      if (!/\s/u.test(c) && words.length < 2) words.push('');
      i += 1;
    }
  }
  end();
  return statements.map((s) => (s.startsWith('FORCE INSTALL') ? 'FORCE INSTALL' : s.split(' ')[0])).filter((k) => k !== '');
}

/** The refused keyword, if any statement in the text installs an extension. */
export function refusedStatement(sql: string): string | null {
  return statementKeywords(sql).find((k) => k === 'INSTALL' || k === 'FORCE INSTALL') ?? null;
}
