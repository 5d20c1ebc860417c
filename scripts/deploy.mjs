// `npm run deploy`: pushes dist/ to the Apps Script project named in .clasp.json.
// Without a scriptId, clasp would fail with a stack trace; say what to do instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const claspJson = join(root, '.clasp.json');
const config = existsSync(claspJson) ? JSON.parse(readFileSync(claspJson, 'utf8')) : {};

if (!config.scriptId) {
  console.error(`No Apps Script project is linked yet (.clasp.json has no scriptId).

  1. npx clasp login
  2. Either create a new spreadsheet with a bound script:
       npx clasp create --type sheets --title "OKR Sheets" --rootDir dist
     or link an existing script: copy its Script ID (Apps Script editor → Project Settings) and run
       npx clasp clone <scriptId> --rootDir dist
     (both write .clasp.json; keep "rootDir": "dist")
  3. npm run deploy
`);
  process.exit(1);
}
if (config.rootDir !== 'dist') {
  console.error('.clasp.json must have "rootDir": "dist" (the build writes exactly what clasp uploads there).');
  process.exit(1);
}
const clasp = join(root, 'node_modules', '.bin', 'clasp');
const result = spawnSync(clasp, ['push', '--force'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
