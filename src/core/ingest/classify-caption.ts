/**
 * Captions mixed into scraped text. Scrapers flatten a page, so photo and video captions land between the
 * paragraphs. News prose ends every paragraph with closing punctuation; captions, standfirsts and video
 * titles do not. So: a paragraph without closing punctuation is a caption, and a punctuated paragraph is
 * a caption only when it says it describes a picture (a photo credit, "This picture taken on …",
 * "pictured above", "Photo: …").
 */

/** Closing punctuation of a sentence, optionally followed by closing quotes or brackets. */
const CLOSES_SENTENCE = /[.!?…]["'”’»)\]]*$/u;

/**
 * A paragraph that stops on a comma, semicolon, colon or dash was cut short or introduces what follows
 * (a list, a quote): prose, not a caption.
 */
const CONTINUES = /[,;:–—-]["'”’»)\]]*$/u;

/** Picture credits and picture-describing phrases. */
const PICTURE_CUES: readonly RegExp[] = [
  /\((?:[^()]*\b(?:photo|photograph|picture|image|file|credit|getty|reuters|afp|ap|epa|pa|shutterstock|alamy|handout|pool)\b[^()]*)\)\s*[.!]?["'”’]?$/i,
  /^(?:photo|photograph|picture|image|video|credit|pictured|above|top|left|right|main picture|file photo)\s*[:|]/i,
  /^(?:image|photo|video|media) (?:source|caption|copyright|credit)\b/i,
  // "media captionNick Higham looks back …": the label glued to the caption by a scraper.
  /^(?:[Ii]mage|[Pp]hoto|[Vv]ideo|[Mm]edia) (?:source|caption|copyright|credit)(?=\p{Lu})/u,
  /\b(?:this|the|a) (?:picture|photo|photograph|image|handout photo|file photo|still|video grab) (?:taken|released|shows|showing|provided|dated|made)\b/i,
  /\b(?:pictured|seen|shown) (?:above|below|here|left|right|centre|center|in (?:this|the) (?:photo|picture|image))\b/i,
  /\b(?:via|photo by|photograph by|picture by|image by) (?:getty|reuters|afp|ap|epa|shutterstock|alamy)\b/i,
  /\b(?:photo|photograph|picture|image)\s*:\s*\S/i,
  // "Map shows the epicentre of the quake.—Courtesy DawnGIS": a credit after a dash at the end.
  /[.\u2014\u2013-]\s*courtesy\b(?: of)?\s*:?\s*\S[^.!?]{0,40}$/i,
];

/** Picture agencies a credit line names ("AFP/Getty", "Getty Images", "PA Wire"). */
const AGENCY = String.raw`(?:AFP|AP|PA(?: Wire| Media)?|EPA|Reuters|Getty(?: Images)?|Shutterstock|Alamy|Rex(?: Features)?|Bloomberg|Pool|Handout|Xinhua)`;

/** A line that is only a picture credit: "AFP/Getty", "Reuters", "AFP via Getty Images", "Reuters Zoom" (a button). */
const CREDIT_LINE = new RegExp(
  String.raw`^${AGENCY}(?:\s*(?:\/|,|&|and|via)\s*${AGENCY})*(?:\s+(?:Zoom|Enlarge|Expand))?$`,
  'i',
);

/** Whether a paragraph is only a picture credit ("AFP/Getty"): the line before it is the picture's caption. */
export const isCreditLine = (text: string): boolean => CREDIT_LINE.test(text.trim());

/**
 * Decide whether a paragraph is a caption.
 * @param text one paragraph (normalised, single line).
 * @param punctuated whether the article closes its paragraphs with punctuation (see
 *   {@link punctuatesParagraphs}); when it does not, only picture cues make a caption.
 * @returns true for a photo/video caption or another title-like line without closing punctuation.
 */
export function isCaption(text: string, punctuated = true): boolean {
  if (!CLOSES_SENTENCE.test(text)) return punctuated ? !CONTINUES.test(text) : describesPicture(text);
  return describesPicture(text);
}

/** Whether a paragraph says it describes a picture or video (a credit, "This picture taken on …"). */
export function describesPicture(text: string): boolean {
  return PICTURE_CUES.some((re) => re.test(text));
}

/**
 * Below this share of the text (in characters) in paragraphs that close with punctuation, a text does not punctuate its paragraphs
 * consistently (some scrapers drop final full stops), so a missing full stop says nothing about captions.
 * News prose closes nearly every paragraph (the seed articles: over 85% of their characters, captions counted);
 * one half leaves room for caption-heavy pages while catching texts that drop punctuation throughout.
 */
const MIN_PUNCTUATED_SHARE = 0.5;

/**
 * Does this text close its paragraphs with punctuation, so that a paragraph without it stands out?
 * @param paragraphs the candidate paragraphs (boilerplate and metadata already set aside).
 */
export function punctuatesParagraphs(paragraphs: readonly string[]): boolean {
  if (paragraphs.length === 0) return true;
  // Weighted by length: a short article with a few short furniture or caption lines is still prose.
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  const closed = paragraphs.filter((p) => CLOSES_SENTENCE.test(p)).reduce((n, p) => n + p.length, 0);
  return total === 0 || closed / total >= MIN_PUNCTUATED_SHARE;
}
