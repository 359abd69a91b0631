/** The fake GitHub REST API for tests: `const gh = await startFakeGitHub()`. */
export { startFakeGitHub, type FakeGitHub, type RecordedRequest, type TokenAccess } from './server.js';
export { secondaryRateLimit, primaryRateLimit, type FaultSpec } from './faults.js';
export { FakeState, type Json, type RepoState } from './state.js';
export type { WorkflowRunSeed } from './seed.js';
