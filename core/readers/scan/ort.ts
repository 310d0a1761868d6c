/**
 * The recogniser run by ONNX Runtime. The runtime comes from the edge (onnxruntime-web: the document page's worker,
 * the command line), so the engine imports none; only the calls below are used, typed by their shape as pdf-pages.ts
 * types pdf.js.
 */
import type { Recogniser } from './page';
import { classesOf } from './recognize';

interface OrtTensor {
  data: unknown;
  dims: readonly number[];
}

/** The parts of onnxruntime-web (1.x) this module calls. */
export interface OrtLib {
  InferenceSession: {
    create(model: Uint8Array, options?: { executionProviders?: string[] }): Promise<OrtSession>;
  };
  Tensor: new (type: 'float32', data: Float32Array, dims: readonly number[]) => unknown;
}
interface OrtSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  run(feeds: Record<string, unknown>): Promise<Record<string, OrtTensor>>;
}

/** PaddleOCR's recogniser (an .onnx file) and its dictionary (one character a line), ready to read words. */
export async function recogniserOf(ort: OrtLib, model: Uint8Array, dictionary: string): Promise<Recogniser> {
  const session = await ort.InferenceSession.create(model, { executionProviders: ['wasm'] });
  const [input, output] = [session.inputNames[0]!, session.outputNames[0]!];
  return {
    classes: classesOf(dictionary),
    model: {
      async run(data, dims) {
        const out = (await session.run({ [input]: new ort.Tensor('float32', data, dims) }))[output]!;
        return { data: out.data as Float32Array, dims: out.dims };
      },
    },
  };
}
