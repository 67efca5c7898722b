import { createNerRecognizer, type NerRecognizer } from '../../../src/detect/ner/index.js';

let shared: NerRecognizer | undefined;
/** One recognizer for all NER tests (construction loads the gazetteers once). */
export function ner(): NerRecognizer {
  shared ??= createNerRecognizer();
  return shared;
}

/** Texts of the findings of `entity` in `text`. */
export function spans(text: string, entity: string): string[] {
  return ner().analyze(text).filter((f) => f.entity === entity).map((f) => text.slice(f.start, f.end));
}
