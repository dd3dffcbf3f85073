/**
 * Words for what a party puts out or finds: messages ("a tweet from", "a statement released by")
 * and works ("according to a new book", "according to the investigation"). A document is no party
 * of its own and does nothing in the story; whose it is, is. Used by the attribution and actor
 * readings.
 */

/** What a party puts out ("a tweet from", "a statement by"): the party is whose it is. */
export const MESSAGES: ReadonlySet<string> = new Set([
  'tweet',
  'post',
  'message',
  'statement',
  'release',
  'email',
  'letter',
  'memo',
  'notice',
  'update',
  'bulletin',
  'video',
  'filing',
]);
/** Heads that name a document, not a source that can disagree ("according to a new book"). */
export const WORKS: ReadonlySet<string> = new Set([
  'book',
  'report',
  'study',
  'excerpt',
  'article',
  'statement',
  'document',
  'memoir',
  'letter',
  'survey',
  'poll',
  'data',
  'figure',
  'record',
  // What a body finds out, not a body: "according to the investigation" says whose work it is not.
  'investigation',
  'probe',
  'review',
  'analysis',
  'finding',
  'indictment',
  'affidavit',
  'complaint',
  'lawsuit',
  'ruling',
  'verdict',
  'judgment',
  'judgement',
  'decision',
  // An occasion of telling, whosever it was: "according to a latest briefing" ("brief" as lemmatised).
  'briefing',
  'brief',
]);

/** Whether a lemma names a message or a work ("statement", "report", "tweet"). */
export const isDocument = (lemma: string): boolean => MESSAGES.has(lemma) || WORKS.has(lemma);
