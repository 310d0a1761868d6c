/**
 * Writes test/fixtures/<name>.expected.json from what the engine finds now. Run it after a deliberate change
 * and read the diff: these files are the golden record the tests hold the engine to.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, analyzeFixture, fixtureNames, summarize } from '../test/helpers';

for (const name of fixtureNames()) {
  const a = analyzeFixture(name);
  const body = a.isReport ? { isReport: true, findings: summarize(a.findings) } : { isReport: false, findings: [] };
  writeFileSync(join(FIXTURES, `${name}.expected.json`), `${JSON.stringify(body, null, 2)}\n`);
  console.log(`${name}: ${body.findings.length} findings`);
}
