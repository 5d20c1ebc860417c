// Placeholder replaced when the engine lands.
export function okrScore(start: number, target: number, current: number): number {
  const s = (current - start) / (target - start);
  return Math.min(1, Math.max(0, s));
}
