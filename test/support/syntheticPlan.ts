// A plan of any size in the template format of DESIGN §4, for benches and scale tests.
import type { CellValue } from '../../src/core/model';

export const TEMPLATE_HEADER = [
  'Team',
  'Objective ID',
  'Objective',
  'Parent',
  'Commitment',
  'Key result',
  'Owner',
  'Type',
  'Start',
  'Target',
  'Current',
  'Unit',
  'Weight',
  'Confidence',
  'Due',
  'Score',
  'Notes',
];

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * `keyResults` key results, four per objective, five objectives per team, in quarter 2026-Q4 as of
 * 2026-11-20; values vary deterministically so every band and status occurs.
 */
export function syntheticPlanGrid(keyResults: number): CellValue[][] {
  const grid: CellValue[][] = [
    ['Quarter', '2026-Q4'],
    ['Start', utc('2026-10-01')],
    ['End', utc('2026-12-31')],
    ['As of', utc('2026-11-20')],
    [],
    [...TEMPLATE_HEADER],
  ];
  for (let i = 0; i < keyResults; i++) {
    const objective = Math.floor(i / 4);
    const team = Math.floor(objective / 5);
    const first = i % 4 === 0;
    const decreasing = i % 5 === 1;
    const start = decreasing ? 120 : 10 * (i % 7);
    const target = decreasing ? 80 : start + 100;
    const progress = ((i * 37) % 110) / 100;
    grid.push([
      `Team ${team + 1}`,
      first ? `T${team + 1}-O${objective + 1}` : '',
      first ? `Delight the customers of segment ${String.fromCharCode(65 + (objective % 26))}` : '',
      '',
      first && objective % 3 === 0 ? 'committed' : '',
      `Move metric ${i + 1} from ${start} to ${target}`,
      `Owner ${i % 9}`,
      '',
      start,
      target,
      i % 11 === 0 ? '' : start + (target - start) * progress,
      'count',
      1,
      7,
      '',
      '',
      '',
    ]);
  }
  return grid;
}
