// citeproc-js ships no type declarations; these cover the calls the tests make.
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): Record<string, unknown>;
  }
  interface Engine {
    opt: { development_extensions: Record<string, boolean> };
    makeCitationCluster(cites: { id: string; locator?: string; label?: string }[]): string;
    updateItems(ids: string[]): void;
    makeBibliography(): [Record<string, unknown>, string[]];
  }
  const CSL: { Engine: new (sys: Sys, style: string, lang?: string) => Engine };
  export default CSL;
}
