// Folding Vietnamese for search, so that "quang ninh" finds Quảng Ninh and
// "da nang" finds Đà Nẵng.
//
// Unicode decomposes every Vietnamese vowel into a base letter and combining
// marks (ấ = a + ̂ + ́, ư = u + ̛), so removing the marks leaves plain ASCII
// vowels. Đ/đ is a letter of its own (U+0110/U+0111, "D with stroke"): it has no
// decomposition, and a search that only strips marks never matches it with d.
// Pagefind ignores marks when a query has none (and ranks exact marks first),
// so what the index needs from us is a d-twin of every word written with đ.

const folded = new Map<string, string>();

/** Lower case, without tone or vowel marks, đ as d: "Đắk Lắk" → "dak lak", "Bà Rịa – Vũng Tàu" → "ba ria – vung tau". */
export function fold(text: string): string {
  // Letter by letter, each folded once (a combining mark, in text that came decomposed, folds to nothing):
  // the checker folds every excerpt, and normalising each whole text takes ten times as long.
  let out = '';
  for (const letter of text.toLowerCase()) {
    let f = folded.get(letter);
    if (f === undefined) {
      f = letter.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');
      folded.set(letter, f);
    }
    out += f;
  }
  return out;
}

/**
 * The words of a text that contain đ or Đ, written with d instead and keeping
 * every other mark ("Đà Nẵng" → ["Dà"], "Đồng Đăng" → ["Dồng", "Dăng"]): the
 * twins an index adds beside the text, so that an unaccented query ("da nang")
 * reaches the word while a query typed with đ still matches it exactly.
 */
export function dTwins(text: string): string[] {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]*[đĐ][\p{L}\p{N}]*/gu) ?? [];
  return [...new Set(words.map((w) => w.replace(/đ/gu, 'd').replace(/Đ/gu, 'D')))];
}

/** A text for the index: the text itself, then the d-twins of its words written with đ. */
export function withDTwins(text: string): string {
  const twins = dTwins(text);
  return twins.length ? `${text}\n${twins.join(' ')}` : text;
}

/** The words of a folded text: letters and digits, split on everything else. */
export function foldedWords(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
