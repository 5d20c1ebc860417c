// The identity of a key result: what names it across edits of the sheet. A row number is not an
// identity: a co-editor who inserts, deletes or sorts rows between a read and a write moves every
// key result under it. A key result is named by its own text and the text of its objective; the
// row is only where it is found today. Every write that names a key result (check-in, history)
// finds it again by this identity and refuses when it is not found exactly once.
import type { KeyResult, Objective, Plan } from './model';

/**
 * An opaque reference to a key result, stable while its text and its objective's text stay the
 * same (whatever rows move around it). Callers store and compare it; they never parse it.
 *
 * Shape: a string, "kr1:" followed by a JSON array [objective text, key-result text], each trimmed,
 * with inner runs of white space as one space and Unicode NFC, so that a re-typed or re-wrapped
 * cell names the same key result. Case and digits are kept: "Grow sign-ups to 200" and "… to 300"
 * are different key results.
 */
export function keyResultRef(objectiveText: string, keyResultText: string): string {
  return `kr1:${JSON.stringify([normalize(objectiveText), normalize(keyResultText)])}`;
}

function normalize(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** The ref of a parsed key result under its objective. */
export function refOf(kr: KeyResult, objective: Objective): string {
  return keyResultRef(objective.text.value ?? '', kr.text.value ?? '');
}

/** Where a key result is in a parsed plan today. */
export interface KeyResultPlace {
  kr: KeyResult;
  objective: Objective;
  team: string;
}

/**
 * The result of finding a key result by its ref: `found` exactly once; `missing` when no key
 * result has that identity any more (its text or its objective changed, or it was deleted);
 * `ambiguous` when two or more do (duplicates: a write would have to guess, so it is refused),
 * with their rows.
 */
export type FindResult = { ok: true; place: KeyResultPlace } | { ok: false; problem: 'missing' } | { ok: false; problem: 'ambiguous'; rows: number[] };

/** Every key result of the plan by its ref (a ref held by several key results maps to all of them). */
export function placesByRef(plan: Plan): Map<string, KeyResultPlace[]> {
  const map = new Map<string, KeyResultPlace[]>();
  for (const team of plan.teams) {
    for (const objective of team.objectives) {
      for (const kr of objective.keyResults) {
        const ref = refOf(kr, objective);
        const list = map.get(ref);
        const place = { kr, objective, team: team.name };
        if (list) list.push(place);
        else map.set(ref, [place]);
      }
    }
  }
  return map;
}

/**
 * Finds one key result by its ref in an index from `placesByRef`; with `team` (the team the list
 * showed it under), only among that team's key results, so two teams with the same objective and
 * key result text are told apart, and one whose row was deleted is never found in the other team.
 */
export function findByRef(index: Map<string, KeyResultPlace[]>, ref: string, team?: string): FindResult {
  const all = index.get(ref);
  const list = team === undefined ? all : all?.filter((p) => p.team.trim() === team.trim());
  if (!list || list.length === 0) return { ok: false, problem: 'missing' };
  if (list.length > 1) return { ok: false, problem: 'ambiguous', rows: list.map((p) => p.kr.row) };
  return { ok: true, place: list[0]! };
}

/** The key-result text and objective text a ref names (for messages), or null for a string that is no ref. */
export function describeRef(ref: string): { objective: string; keyResult: string } | null {
  if (!ref.startsWith('kr1:')) return null;
  try {
    const parsed: unknown = JSON.parse(ref.slice(4));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return { objective: parsed[0], keyResult: parsed[1] };
    }
  } catch {
    // Not a ref.
  }
  return null;
}
