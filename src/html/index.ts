export { type AnalyzeHtmlOptions, analyzeHtml } from './analyze-html.js';
export { htmlRange } from './source-map.js';
