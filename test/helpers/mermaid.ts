// Mermaid's own parser for tests, given the DOM it wants by jsdom: what a real Mermaid would read
// from kwp's diagrams (nodes, edges, labels), without a browser.
import { JSDOM } from 'jsdom';

export interface FlowDb {
  getVertices(): Map<string, { id: string; text: string; type: string; classes: string[] }>;
  getEdges(): { start: string; end: string; text: string }[];
}
export interface Mermaid {
  parse(text: string): Promise<unknown>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: unknown }> };
}

/** The document Mermaid renders into; tests use it to read label HTML as text too. */
export const dom = new JSDOM('<!doctype html><html><body></body></html>');

/** Mermaid, loaded once with jsdom's window and document in place (call it in beforeAll). */
export async function loadMermaid(): Promise<Mermaid> {
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  return (await import('mermaid')).default as unknown as Mermaid;
}
