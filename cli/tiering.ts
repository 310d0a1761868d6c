/**
 * How V8 optimises the command line's hot code (V8's flags are the process's: the worker threads started after this
 * get them too). V8's defaults suit a browser, where code runs briefly; a run over hundreds of pages spent about a
 * CPU second per thread compiling and recompiling the engine and parse5 with the optimising compiler, on top of the
 * checking itself. Measured on the bench's 320 pages, CPU seconds, in paired runs on a machine shared with other
 * work (each figure ± 5 %):
 * - four times the default budget before a function is optimised, so that its type feedback has settled: one
 *   thread ≈ 3.5 → 3.2, two ≈ 4.9 → 4.4 (fewer optimise–deoptimise rounds);
 * - half the default bytecode inlined into one optimised function (compiling the engine's big rule and table
 *   functions with everything they call inlined took up to 160 ms each): a further 5–10 % (one thread
 *   3.15–3.23 → 3.02–3.05, two 4.14–4.36 → 3.97–4.00); on 2,560 pages, where the steady state counts most, no slower.
 * Only when and how code is compiled changes: the findings and the output are the same bytes.
 * Called by the command line before the engine's code first runs (V8 gives a function its budget then).
 */
import { setFlagsFromString } from 'node:v8';

export function tuneTiering(): void {
  setFlagsFromString('--interrupt-budget=270336');
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=460');
}
