/** Statistical tests and distances for drift-check: the public surface of this folder (see README.md). */
export { ksTest, type KsResult } from './ks.js';
export { ksPValue, KS_EXACT_MAX_N, type KsPValue } from './ks/p-value.js';
export { kolmogorovSf } from './ks/kolmogorov.js';
export { wassersteinTest, MIN_NORMALIZING_STD, type WassersteinOptions, type WassersteinResult } from './wasserstein.js';
export { chi2Test, chi2Contingency, type Chi2Result } from './chi2.js';
export { zTest, twoProportionZ, type ZTestResult } from './proportions.js';
export { numericBins, categoricalBins, linearQuantile, DEFAULT_BINS, type Binned } from './binning.js';
export { distanceTest, type DistanceMethod, type DistanceOptions, type DistanceResult } from './distance-test.js';
export { psi, jensenShannon, hellinger, PSI_EPSILON } from './distances.js';
export { bonferroni, benjaminiHochberg } from './correction.js';
export { chi2Sf, normalSf, erfc } from './special/distributions.js';
export { gammaP, gammaQ, logGamma } from './special/gamma.js';
export { OTHER, type CategoricalInput, type CategoryKey } from './categorical-sample.js';
export type { NumericInput } from './numeric-sample.js';
export { checkSizes, isResult, type EffectSize, type InsufficientData, type StatMethod, type StatOutcome, type StatResult } from './outcome.js';
export { mannWhitneyU, type MannWhitneyResult } from './mann-whitney.js';
