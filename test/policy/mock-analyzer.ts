// Shared vi.mock target: policy tests use the fake analyzer, not the detection engine under development.
export { fakeAnalyzer as createAnalyzer } from '../transform/helpers/fake-analyzer.js';
