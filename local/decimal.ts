// Decimal rounding as a spreadsheet does it: on the number's 15 significant decimal digits, not on
// its binary value. A double such as 1.005 is really 1.00499999999999989…, and 0.4999999995 + 1e-9
// style nudges round 0.4999999995 up; a spreadsheet reads both as the decimals it displays (1.005,
// 0.4999999995) and rounds those, half away from zero: ROUND(1.005, 2) = 1.01, ROUND(0.4999999995) = 0,
// ROUND(21.9/0.2, 0) = 110 (21.9/0.2 is 109.49999999999998579 as a double, 109.5 in 15 digits).
//
// Sources: no Google page states how ROUND treats binary fractions (support.google.com/docs/answer/3093440
// says only that it rounds "according to standard rules"). Excel keeps 15 significant digits and rounds
// those (learn.microsoft.com "Floating-point arithmetic may give inaccurate results in Excel"; the engines
// that emulate it do the same: EPPlusSoftware/EPPlus#251 "15 significant figures … in rounding functions",
// handsontable/hyperformula#1746 "Excel returns 110 here, because it rounds each result to 15 significant
// digits", dream-num/univer#7244 verified 1.005 → 1.01 in Excel). Assumption, not observed: Sheets does
// the same, for ROUND/ROUNDUP/ROUNDDOWN and for what a number format displays. docs/ACCEPTANCE.md lists
// the cells to check by hand.

export type RoundingMode = 'half' | 'up' | 'down';

/**
 * `x` rounded to `places` decimals (negative: to tens, hundreds…) on its 15 significant digits:
 * 'half' = half away from zero (ROUND), 'up' = away from zero (ROUNDUP), 'down' = toward zero (ROUNDDOWN).
 */
export function roundDecimal(x: number, places: number, mode: RoundingMode = 'half'): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const sign = x < 0 ? -1 : 1;
  // d.dddddddddddddde±n: 15 significant digits, the first one at 10^n.
  const [mantissa = '0', exponent = '0'] = Math.abs(x).toExponential(14).split('e');
  const digits = mantissa.replace('.', '');
  const point = Number(exponent) + 1; // digits before the decimal point
  const keep = point + Math.trunc(places); // significant digits that stay
  // Nothing to round within the 15 digits: the number is kept as it is.
  if (keep >= digits.length) return x;
  const dropped = digits.slice(Math.max(keep, 0));
  const roundsAway = mode === 'up' ? /[1-9]/.test(dropped) : mode === 'half' ? keep >= 0 && Number(dropped[0]) >= 5 : false;
  const kept = keep > 0 ? Number(digits.slice(0, keep)) : 0;
  const result = Number(`${kept + (roundsAway ? 1 : 0)}e${-Math.trunc(places)}`);
  return result === 0 ? 0 : sign * result;
}

/** `x` with exactly `places` decimals, rounded as {@link roundDecimal}; "." as the decimal point, no sign for zero. */
export function toFixedDecimal(x: number, places: number): string {
  const rounded = roundDecimal(x, places);
  return (rounded === 0 ? 0 : rounded).toFixed(places);
}
