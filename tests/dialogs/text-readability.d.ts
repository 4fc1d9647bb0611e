// Types for the parts of text-readability the wording tests use (the package ships none).
declare module 'text-readability' {
  interface Readability {
    fleschKincaidGrade(text: string): number;
    fleschReadingEase(text: string): number;
    sentenceCount(text: string): number;
    lexiconCount(text: string, removePunctuation?: boolean): number;
  }
  const readability: Readability;
  export default readability;
}
