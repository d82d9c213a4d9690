// The metrics webview's HTML, free of VS Code.
export { metricsChartHtml, type MetricsChartInput } from './chartHtml';
export type { ChartKind } from './svgChart';
export { createNonce } from './nonce';
