/**
 * How soon V8 compiles a hot function with its optimizing compiler, for the command line's threads (V8's flags are
 * the process's: the worker threads started after this get it too). V8's default suits a browser, where code runs
 * briefly; a run over hundreds of pages spent about one CPU second per thread compiling and recompiling the engine
 * while its type feedback still changed. Four times the default budget waits for steadier feedback: ≈ 10 % less
 * CPU on the bench's 320 pages (one thread, and each of two), findings unchanged — only when code is compiled moves.
 * Called by the command line before the engine's code first runs (V8 gives a function its budget then).
 */
import { setFlagsFromString } from 'node:v8';

export function tuneTiering(): void {
  setFlagsFromString('--interrupt-budget=270336');
}
