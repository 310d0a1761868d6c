/**
 * A word's image → its text and how sure the reading is, by a text-line recognition model (PaddleOCR's PP-OCRv4
 * recogniser, run by the edge: onnxruntime-web in the document page's worker and on the command line). This module
 * makes the model's input (the image 48 pixels high, lightness scaled to -1…1) and reads its output: per step of
 * width, a probability for each character of the model's dictionary and for "none" (CTC, greedy).
 *
 * A table's cells hold numbers, and a model that reads Chinese takes a lone 0 for the letter o: where what was read
 * is only digits and look-alikes (o O l I | [ ]), the same output is read again with digits alone allowed.
 * A word's certainty is its least certain character's probability (for digits, among the digits), so one doubtful
 * digit marks the number.
 */
import type { Gray } from './image';

/** What runs the model: a batch of images (n × 3 × 48 × width, floats) → probabilities (n × steps × classes). */
export interface RecModel {
  run(
    input: Float32Array,
    dims: readonly [number, number, number, number],
  ): Promise<{ data: Float32Array; dims: readonly number[] }>;
}

export interface Reading {
  text: string;
  /** 0…1: the probability of the least certain character read. */
  confidence: number;
}

export const REC_HEIGHT = 48;

/** The model's classes: 0 is "none", then the dictionary's characters, then a space. */
export function classesOf(dictionary: string): string[] {
  return ['', ...dictionary.split(/\r?\n/).filter((c, i, all) => c || i < all.length - 1), ' '];
}

/** A word's image scaled to the model's height, lightness to -1…1, in its three channels: the model's input. */
export function inputOf(g: Gray): { data: Float32Array; dims: [number, number, number, number] } {
  const w = Math.max(8, Math.round((g.width * REC_HEIGHT) / g.height));
  const plane = REC_HEIGHT * w;
  const data = new Float32Array(3 * plane);
  for (let y = 0; y < REC_HEIGHT; y++) {
    for (let x = 0; x < w; x++) {
      // Area-average the source pixels this one covers: a 300 dpi word is shrunk several times.
      const sx0 = Math.floor((x * g.width) / w);
      const sx1 = Math.max(sx0 + 1, Math.floor(((x + 1) * g.width) / w));
      const sy0 = Math.floor((y * g.height) / REC_HEIGHT);
      const sy1 = Math.max(sy0 + 1, Math.floor(((y + 1) * g.height) / REC_HEIGHT));
      let sum = 0;
      for (let yy = sy0; yy < sy1; yy++) for (let xx = sx0; xx < sx1; xx++) sum += g.data[yy * g.width + xx]!;
      const v = sum / ((sy1 - sy0) * (sx1 - sx0)) / 127.5 - 1;
      for (let c = 0; c < 3; c++) data[c * plane + y * w + x] = v;
    }
  }
  return { data, dims: [1, 3, REC_HEIGHT, w] };
}

/**
 * What a model that reads Chinese makes of digits alone: the digits, letters and marks that look like them, or a
 * word of a few Latin letters (a lone 2 taken for N), which a report's tables and headings never hold.
 */
const NUMBER_LIKE = /^([\d０-９oODQlI|[\]SBZgb.,，。\-－]+|[A-Za-z\d]{1,3})$/;

/**
 * Greedy CTC over one image's steps, with all classes or with only those in `allowed` (and "none"). A character's
 * certainty is its best step's probability; among the allowed, its share of their probabilities (a lone 0 that the
 * model took for the letter o is still surely 0 and not 6; whether a character is there at all is "none"'s part).
 */
function greedy(probs: Float32Array, from: number, steps: number, classes: string[], allowed?: number[]): Reading {
  const C = classes.length;
  const sure: number[] = [];
  let text = '';
  let last = 0;
  for (let t = 0; t < steps; t++) {
    const row = from + t * C;
    let [best, p] = [0, probs[row]!];
    let share = 1;
    if (allowed) {
      // Where the model saw a character (of any kind but a thousands' comma), it is the likeliest of the allowed,
      // however unlikely.
      let [seen, q] = [0, probs[row]!];
      for (let k = 1; k < C; k++) if (probs[row + k]! > q) [seen, q] = [k, probs[row + k]!];
      if (seen && !/^[,，]$/.test(classes[seen]!)) p = -1;
      let sum = 0;
      for (const k of allowed) {
        sum += probs[row + k]!;
        if (probs[row + k]! > p) [best, p] = [k, probs[row + k]!];
      }
      if (best) share = p / sum;
    } else {
      for (let k = 1; k < C; k++) if (probs[row + k]! > p) [best, p] = [k, probs[row + k]!];
    }
    const certainty = allowed ? share : p;
    if (best && best !== last) {
      text += classes[best];
      sure.push(certainty);
    } else if (best && best === last) sure[sure.length - 1] = Math.max(sure[sure.length - 1]!, certainty);
    last = best;
  }
  return { text: text.trim(), confidence: sure.length ? Math.min(...sure) : 0 };
}

/**
 * The numeral 一 is a single stroke, which a recogniser takes for a dash as often as not: where a dash stands as a
 * heading's or an item's numeral (一、 （一）), it is 一.
 */
function numeralsOf(text: string): string {
  return text.replace(/^[—–－-](?=、)/, '一').replace(/([（(])[—–－-]([）)])/g, '$1一$2');
}

/** The model's output for a batch → each image's reading. */
export function readingsOf(out: { data: Float32Array; dims: readonly number[] }, classes: string[]): Reading[] {
  const [n, steps, C] = out.dims as [number, number, number];
  if (C !== classes.length) throw new Error(`model has ${C} classes, dictionary ${classes.length}`);
  const digits = [...'0123456789.-'].map((d) => classes.indexOf(d)).filter((k) => k > 0);
  const readings: Reading[] = [];
  for (let i = 0; i < n; i++) {
    const from = i * steps * C;
    const free = greedy(out.data, from, steps, classes);
    if (!NUMBER_LIKE.test(free.text)) {
      readings.push({ ...free, text: numeralsOf(free.text) });
      continue;
    }
    // A point is a number's only between digits: one at either end is a speck of the scan.
    const number = greedy(out.data, from, steps, classes, digits);
    readings.push({ ...number, text: number.text.replace(/^\.+|[.-]+$/g, '') });
  }
  return readings;
}

/**
 * Every word read, one a run: batches padded to their widest word cost more than the runs they save (measured: 24 s
 * a report one by one, 27 s by eights), and the padding changed what the model read in the narrower words.
 */
export async function recognize(images: Gray[], model: RecModel, classes: string[]): Promise<Reading[]> {
  const out: Reading[] = [];
  for (const image of images) {
    const input = inputOf(image);
    out.push(readingsOf(await model.run(input.data, input.dims), classes)[0]!);
  }
  return out;
}
