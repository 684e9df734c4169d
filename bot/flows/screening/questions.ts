/**
 * The screening questions, in the natural order of a patient 民政 worker: where you live →
 * who lives with you → age, disability, illness → work and income → property → family who
 * support you → recent emergencies or big expenses. Each question says which missing facts of
 * the ScreeningReport it settles; the engine asks only questions whose facts are missing, so no
 * resident answers a question that cannot change a verdict. Every answer is read by the one
 * extractor (bot/understand) with the question as context.
 */
import { disabilityQuestion, employedQuestion, illnessQuestion } from './health-questions.ts';
import { hukouQuestion, membersQuestion, regionQuestion, relationsQuestion } from './household-questions.ts';
import {
  basicPensionQuestion,
  depositsQuestion,
  incomeQuestion,
  propertyQuestion,
  supportPayerQuestion,
} from './money-questions.ts';
import { expenditureTypeQuestion, hardshipQuestion, obligorsQuestion } from './support-questions.ts';
import type { Question } from './answer-kit.ts';

export type { Parsed, Question, QuestionCtx } from './answer-kit.ts';
export {
  regionQuestion,
  membersQuestion,
  relationsQuestion,
  hukouQuestion,
  disabilityQuestion,
  illnessQuestion,
  employedQuestion,
};
export {
  incomeQuestion,
  basicPensionQuestion,
  supportPayerQuestion,
  propertyQuestion,
  depositsQuestion,
  obligorsQuestion,
  hardshipQuestion,
  expenditureTypeQuestion,
};

/** In the order asked. */
export const QUESTIONS: readonly Question[] = [
  regionQuestion,
  membersQuestion,
  relationsQuestion,
  hukouQuestion,
  disabilityQuestion,
  illnessQuestion,
  employedQuestion,
  incomeQuestion,
  basicPensionQuestion,
  supportPayerQuestion,
  propertyQuestion,
  depositsQuestion,
  obligorsQuestion,
  hardshipQuestion,
  expenditureTypeQuestion,
];

export function questionById(id: string): Question | undefined {
  return QUESTIONS.find((q) => q.id === id);
}

/** An answer's label in 我的回答: its own, or its question's (kept only once, here, not in every session). */
export function labelOf(entry: { question: string; label?: string }): string {
  return entry.label ?? questionById(entry.question)?.label ?? '';
}
