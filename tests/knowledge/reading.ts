// Reading grade (Flesch-Kincaid) of the words LegCheck shows, sentence by sentence. Used by
// tests/knowledge/reading-grade.test.ts and `npm run bench:reading` (scripts/reading-grade.ts).
// The rules (what counts as a sentence, how numbers count) are in
// docs/decisions/010-reading-grade.md. flesch-kincaid and syllable are devDependencies: nothing
// here may be imported from src.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/**
 * Who reads a text: the results page, the start page, the questions (their hints and "why we
 * ask"), the hints under single choices (mostly lists of medicine names), or nobody yet.
 */
export type ReadingGroup = 'results' | 'start' | 'questions' | 'hints' | 'unshown';

/** One piece of prose people read, with where it lives. */
export interface ReadingText {
  readonly group: ReadingGroup;
  /** The file the words are written in, e.g. 'src/knowledge/nutrients.ts'. */
  readonly file: string;
  /** Where in that file, e.g. 'NUTRIENTS.iron.role'. */
  readonly path: string;
  readonly text: string;
}

/** One graded sentence. */
export interface GradedSentence {
  readonly group: ReadingGroup;
  readonly file: string;
  readonly path: string;
  readonly sentence: string;
  readonly words: number;
  readonly syllables: number;
  /** Flesch-Kincaid grade (US school year) of this sentence alone. */
  readonly grade: number;
}

/** The most the main results text may read at, overall (US school year 8: reading age 13-14). */
export const RESULTS_GRADE_LIMIT = 8;

/**
 * The most any one sentence people read may score: grade 12, the end of school. A sentence that
 * names a medicine or a test scores high even when it is short, so one sentence may go past the
 * overall limit, but not past what a school leaver reads.
 */
export const SENTENCE_GRADE_CEILING = 12;

/** A piece with fewer words than this is a list fragment ("Adults: 15 mcg."), not graded. */
export const MIN_SENTENCE_WORDS = 4;

// A sentence ends with a full stop, ! or ?, perhaps inside a closing quote or bracket. A piece
// without one is a label or a list item ("You already take magnesium"), read at a glance.
const ENDS_A_SENTENCE = /[.!?]["”’)]*$/u;

// A sentence ends at ., ! or ? followed by a space and a capital, digit, quote or bracket. A decimal
// point (0.75) has no space after it, and "e.g." is followed by a small letter, so neither splits.
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“‘(])/u;

/**
 * The text split into sentences, list fragments left out: a piece is a sentence when it ends with
 * a full stop, ! or ? and has at least MIN_SENTENCE_WORDS words.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((piece) => piece.trim())
    .filter((piece) => ENDS_A_SENTENCE.test(piece) && wordsOf(piece).length >= MIN_SENTENCE_WORDS);
}

/** The words of a sentence: runs between spaces and dashes that hold a letter or a digit. */
export function wordsOf(sentence: string): string[] {
  return sentence
    .split(/[\s–—]+/u)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((token) => /[\p{L}\p{N}]/u.test(token));
}

/**
 * Syllables of one word. `syllable` counts a figure ("4,000", "0.75") as none; read aloud it has
 * at least one, and counting none would make sentences full of figures look easier than they read.
 */
export function syllablesOf(word: string): number {
  return Math.max(1, syllable(word));
}

/**
 * The words a sentence is graded on: all but those in brackets. The knowledge base writes a plain
 * phrase and puts the medical name after it in brackets ("a blood test for muscle damage (creatine
 * kinase, CK)"), so the plain phrase carries the meaning and the name is there to match a letter
 * or a packet. A reader who skips it still understands the sentence.
 */
export function gradedWordsOf(sentence: string): string[] {
  return wordsOf(sentence.replace(/\([^()]*\)/gu, ' '));
}

function counts(sentences: readonly string[]): {
  sentence: number;
  word: number;
  syllable: number;
} {
  let word = 0;
  let syllables = 0;
  for (const sentence of sentences) {
    const words = gradedWordsOf(sentence);
    word += words.length;
    syllables += words.reduce((sum, w) => sum + syllablesOf(w), 0);
  }
  return { sentence: sentences.length, word, syllable: syllables };
}

/** Flesch-Kincaid grade of sentences read together: total words, sentences and syllables. */
export function gradeOf(sentences: readonly string[]): number {
  return fleschKincaid(counts(sentences));
}

/**
 * Every sentence of the texts, graded. A sentence written twice (a food note on several foods)
 * counts once, where it first appears, so repeats do not weigh on the overall grade.
 */
export function gradeSentences(texts: readonly ReadingText[]): GradedSentence[] {
  const seen = new Set<string>();
  const graded: GradedSentence[] = [];
  for (const { group, file, path, text } of texts) {
    for (const sentence of sentencesOf(text)) {
      const key = `${group}\u0000${sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const { word, syllable: syllables } = counts([sentence]);
      graded.push({
        group,
        file,
        path,
        sentence,
        words: word,
        syllables,
        grade: gradeOf([sentence]),
      });
    }
  }
  return graded;
}

/** The overall grade of one group's sentences, read together. */
export function groupGrade(graded: readonly GradedSentence[], group: ReadingGroup): number {
  return gradeOf(graded.filter((s) => s.group === group).map((s) => s.sentence));
}

/** The hardest sentences first. */
export function hardest(graded: readonly GradedSentence[], count: number): GradedSentence[] {
  return graded.toSorted((a, b) => b.grade - a.grade).slice(0, count);
}

/** One line of a report: grade, words, where, and the sentence. */
export function reportLine(s: GradedSentence): string {
  return `${s.grade.toFixed(1).padStart(5)}  ${String(s.words).padStart(2)} words  ${s.file} ${s.path}\n       ${s.sentence}`;
}
