// The scoring module's public door: the answers schema, the types, and `assess`.
export { answersSchema, describeIssues } from './answers';
export type { Answers } from './answers';
export { aboutSchema } from './answers/about';
export { symptomsSchema } from './answers/symptoms';
export { timingSchema } from './answers/timing';
export { dietSchema } from './answers/diet';
export { lifestyleSchema } from './answers/lifestyle';
export { healthSchema } from './answers/health';
export { redFlagsSchema, warningSignsStepSchema } from './answers/red-flags';
export { assessmentSchema } from './assessment';
export type { Assessment, RankedFactor, Reason } from './assessment';
export * from './ids';
export { assess, SCORING_VERSION } from './assess';
