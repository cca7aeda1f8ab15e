// npm run eval:checker: precision and recall of the press-release checker on the labelled corpus
// (tests/fixtures/press-corpus/), per rule and overall, and the free-mode score of every text.
import { expect, it } from 'vitest';
import { evaluate, formatEvaluation, loadCorpus } from '../fixtures/press-corpus/evaluate';

it('evaluates the checker on the labelled corpus', () => {
  const corpus = loadCorpus();
  const evaluation = evaluate(corpus);
  console.log(`${corpus.length} texts\n\n${formatEvaluation(evaluation)}`);
  expect(evaluation.entries).toHaveLength(corpus.length);
});
