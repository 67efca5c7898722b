import type { Finding } from '../../types.js';

/** A finding from the fast path; `judge` asks compromise to confirm or drop it. */
export interface Candidate extends Finding {
  judge: boolean;
}
