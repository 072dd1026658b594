/** Word shapes and casing classes used as features. */

/** `Putin` → `Xxxxx`, `U.S.` → `X.X.`, `1996-08-22` → `dddd-dd-dd`. */
export function shape(w: string): string {
  let s = '';
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) s += 'X';
    else if (c >= 97 && c <= 122) s += 'x';
    else if (c >= 48 && c <= 57) s += 'd';
    else if (c < 128) s += w[i];
    else {
      const ch = w[i]!;
      s += /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/u.test(ch) ? 'd' : ch;
    }
  }
  return s;
}

/** The shape with runs of the same class collapsed: `Xxxxx` → `Xx`, `dddd-dd-dd` → `d-d-d`. */
export function shortShape(w: string): string {
  const s = shape(w);
  let out = '';
  for (const ch of s) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

export function isCapitalised(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}

/** Every letter upper case and at least two letters (`NATO`, `U.S.`). */
export function isAllCaps(w: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
}

/** `NATO` → `Nato`, `MCDONALD` → `Mcdonald`. */
export function titleCase(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
}
