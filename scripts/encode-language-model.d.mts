// Types of scripts/encode-language-model.mjs, for the codec's round-trip test.
export const KEY_BITS: number;
export function rankDigits(r: number): string;
export function encodeKeys(keys: readonly number[], rice: number): string;
export interface EncodedModel {
  keyBits: number;
  features: number;
  rice: number;
  keys: string;
  labelSets: string;
  featureSets: string;
  values: number[];
  featureValues: string;
}
export function encodeModel(
  model: ReadonlyArray<{
    floors: readonly number[];
    orders: ReadonlyArray<ReadonlyArray<readonly [string, number]>>;
  }>,
  keyBits?: number,
): EncodedModel;
