/**
 * npm run check — runs the bundled command line (.output/cli/check.mjs), building it first when cli/ or core/
 * changed since (a build takes well under a second; checking whether one is needed, a millisecond).
 */
import { buildCli, CLI_BUNDLE, cliBundleIsFresh } from './build-cli.mjs';

if (!cliBundleIsFresh()) await buildCli();
const { main } = await import(CLI_BUNDLE);
process.exitCode = await main(process.argv.slice(2));
