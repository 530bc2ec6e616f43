// Administrative division codes (GB/T 2260) at prefecture level: the first four digits of a resident ID.
// Hand-compiled from GB/T 2260 (current edition) plus the prefectures abolished since the 1980s, because
// IDs issued there stay valid for life (e.g. 4521 old Nanning prefecture, 3426 old Chaohu). Ranges are
// inclusive two-digit prefecture codes; province 71 (Taiwan), 81 (Hong Kong), 82 (Macao) and 83 (residence
// permits for Taiwan residents) use 00 only.
const PREFECTURES: Record<string, string> = {
  '11': '01-02',
  '12': '01-02',
  '13': '01-11 21-33',
  '14': '01-11 21-35',
  '15': '01-09 21-29',
  '21': '01-14 21-24',
  '22': '01-08 21-27',
  '23': '01-12 21-28',
  '31': '01-02',
  '32': '01-13 21-29',
  '33': '01-11 21-27',
  '34': '01-18 21-30',
  '35': '01-09 21-27',
  '36': '01-11 21-26',
  '37': '01-17 21-30',
  '41': '01-17 21-30 90',
  '42': '01-13 21-28 90',
  '43': '01-13 21-31',
  '44': '01-20 21-30 51-53',
  '45': '01-14 21-31',
  '46': '01-04 21-22 90',
  '50': '01-03',
  '51': '01-20 21-37',
  '52': '01-06 21-27',
  '53': '01-09 21-35',
  '54': '01-06 21-27',
  '61': '01-10 21-27',
  '62': '01-12 21-30',
  '63': '01-02 21-28',
  '64': '01-05 21-24',
  '65': '01-05 21-43 90',
  '71': '00',
  '81': '00',
  '82': '00',
  '83': '00',
};

/** Valid four-digit prefixes, indexed by their value (0–9999). */
const VALID = new Uint8Array(10000);
for (const [province, ranges] of Object.entries(PREFECTURES)) {
  for (const range of ranges.split(' ')) {
    const [from, to = from] = range.split('-').map(Number) as [number, number?];
    for (let code = from; code <= to; code += 1) VALID[Number(province) * 100 + code] = 1;
  }
}

/** Whether the first four digits of `digits` name a province and prefecture of GB/T 2260. */
export function isValidRegionPrefix(digits: string): boolean {
  let value = 0;
  for (let i = 0; i < 4; i += 1) {
    const digit = digits.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return false;
    value = value * 10 + digit;
  }
  return VALID[value] === 1;
}

/** Whether the first two digits name a province-level division. */
export function isValidProvince(digits: string): boolean {
  return Object.hasOwn(PREFECTURES, digits.slice(0, 2));
}
