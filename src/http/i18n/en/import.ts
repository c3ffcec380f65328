/**
 * The English messages of importing a summary: choosing it, and reviewing what was read.
 */
export const importMessages = {
  import: {
    title: 'Import a summary',
    intro:
      'Choose a summary in Markdown, AsciiDoc or plain text. You will see what was read from it, next to the text, and can correct it before anything is saved.',
    file: 'Summary file (.md, .txt or .adoc)',
    upload: 'Read the summary',
    review: 'Review before saving',
    reviewIntro: 'Nothing has been saved yet. Correct what was read wrongly, then save.',
    save: 'Save the meeting',
    checkAgain: 'Check again without saving',
    checked:
      'Checked again with your corrections: the earlier outcomes proposed below follow the body and date you gave. Nothing has been saved yet.',
    saved: 'Saved.',
    sameBody: (written: string) => `Is “${written}” a body you already record?`,
    sameBodyYes: (name: string) => `Yes: it is the ${name}`,
    sameBodyNo: (written: string) => `No: “${written}” is a new body`,
    several: (n: number) => `This file holds ${n} meetings; each is saved.`,
    tooMany: (count: number, most: number) =>
      `The form holds ${count.toLocaleString('en')} meetings; at most ${most} are saved from one import.`,
    noFile: 'Choose a file, or paste the text of a summary.',
    or: 'or',
    paste: 'Paste the text of a summary',
    sourceHeading: 'The text',
    sourceOf: (name: string) => `The text of ${name}`,
    recordHeading: 'What was read',
    tooLarge: 'The file is too large; a summary over 10 MB is refused.',
  },
};
