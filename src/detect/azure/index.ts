/**
 * Azure AI Language PII as a second detection engine (`--engine azure|both`).
 * See docs/azure-language.md. Start at engine.ts; categories.ts maps the
 * service's categories to our entities; split.ts/batch.ts keep requests within
 * the service limits.
 */
export { createAzureEngine, type AzureEngine, type AzureEngineStats, type AzureTextInput } from './engine.js';
export {
  azureOptionsFrom,
  assertEndpointAllowed,
  ENV_ENDPOINT,
  ENV_KEY,
  type AzureEngineOptions,
  type AzureFlags,
  type AzurePolicySection,
} from './options.js';
export { estimateAzureCost, type AzureCostEstimate, type EstimateOptions } from './estimate.js';
export { mergeFindings, specificity } from './merge.js';
export { AZURE_CATEGORY_ENTITY, azureCategoryToEntity, categoriesForEntities } from './categories.js';
export { SERVICE_LIMITS, SEND_LIMITS } from './limits.js';
