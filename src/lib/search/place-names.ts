// Every name a place goes by, for search and for reading sentences: its
// Vietnamese and English names, the other spellings recorded for provinces
// ("Bắc Cạn", "TP.HCM", "Thừa Thiên Huế"), a district's or ward's name without
// its level ("Ba Đình" for "Quận Ba Đình"), and the ways of naming the whole
// country.

import type { PlaceRow } from '../data/site-index.ts';

/** Ways of naming the whole country in a sentence. */
const COUNTRY_ALIASES = ['Việt Nam', 'Vietnam', 'cả nước', 'toàn quốc', 'nationwide', 'the country'];

/** "Quận Ba Đình" → "Ba Đình": the name without its level, as articles often write it. */
const LEVEL_PREFIX = /^(?:Quận|Huyện|Thị xã|Thành phố|Thị trấn|Phường|Xã)\s+/u;

/** The other spellings recorded for a province: its note reads "Còn được viết: Bắc Cạn; …" (data/reference/provinces_63.csv). */
function recordedAliases(note: string | null): string[] {
  const m = note ? /^Còn được viết: (.+)$/u.exec(note) : null;
  return m
    ? m[1]
        .split(';')
        .map((a) => a.replace(/\s*\(.*\)$/u, '').trim())
        .filter(Boolean)
    : [];
}

/** The names of a place other than name_vi and name_en. */
export function placeAliases(place: Pick<PlaceRow, 'level' | 'name_vi' | 'note_vi'>): string[] {
  if (place.level === 'country') return COUNTRY_ALIASES;
  return [...recordedAliases(place.note_vi), ...(LEVEL_PREFIX.test(place.name_vi) ? [place.name_vi.replace(LEVEL_PREFIX, '')] : [])];
}

/** The order places of one name are listed in: the country, provinces (63, then 34), districts, wards, groups, facilities. */
export const LEVEL_ORDER: Record<string, number> = { country: 0, province: 1, province_2025: 2, district: 3, ward: 4, ward_group: 5, facility: 6 };
