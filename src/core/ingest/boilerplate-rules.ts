/**
 * Boilerplate pattern families: the furniture a scraper drags in around an article (subscription and
 * notification pleas, comment prompts, login notices, "read more" links, share buttons, ad markers).
 * Each family is generic — phrased the way sites in general word these things — and carries a reason and
 * a human explanation so the UI can show what was removed and why. Donation appeals and bulleted teasers
 * need context (neighbouring paragraphs, the article's vocabulary) and live in their own files.
 * Approach after Kohlschütter et al., "Boilerplate Detection using Shallow Text Features" (WSDM 2010):
 * boilerplate lines are short and made of a small, recurring vocabulary; long prose lines are content.
 */
import type { BoilerplateReason } from '../model/article';

/** A family of boilerplate lines. */
export interface BoilerplateFamily {
  readonly reason: BoilerplateReason;
  readonly explanation: string;
  /** Lines longer than this are prose, never this family (a sentence may mention "subscribe"). */
  readonly maxLength: number;
  readonly patterns: readonly RegExp[];
}

/**
 * Length caps: boilerplate lines are short. 160–200 characters is about two lines of a notice; the longest
 * notices seen in scraped news ("Please refresh the page or navigate to another page on the site to be
 * automatically logged in…") stay under 200, while article paragraphs that merely mention a newsletter or
 * a comment run longer and read as prose.
 */
const SHORT = 120;
const NOTICE = 200;

export const BOILERPLATE_FAMILIES: readonly BoilerplateFamily[] = [
  {
    reason: 'notification',
    explanation: 'asks the reader to turn on notifications',
    maxLength: NOTICE,
    patterns: [
      /^(?:stay up to date|get|turn on|enable|allow|receive)\b.*\bnotifications?\b/i,
      /\bnotifications?\b.*\b(?:managed|settings|preferences)\b/i,
      /\bpush notifications?\b/i,
      /^(?:alerts?|notifications?) (?:on|off|enabled|disabled)$/i,
    ],
  },
  {
    reason: 'subscription',
    explanation: 'asks the reader to subscribe or sign up',
    maxLength: NOTICE,
    patterns: [
      /^(?:sign up|subscribe|register|join|get)\b.*\b(?:newsletters?|e-?mails?|inbox|updates|briefing|bulletin|digest|alerts?)\b/i,
      // "Start the day smarter ☀️ …", "Today's top headlines delivered to you daily.": a newsletter's pitch.
      /^start (?:the|your) day smarter\b/i,
      /^(?:today['\u2019]s )?top (?:headlines|stories) delivered to (?:you|your inbox)\b/i,
      /\b(?:our|your) (?:[\w-]+ )?(?:newsletters?|inbox|briefing|digest)\b/i,
      /^(?:the |our |a )?(?:[\w-]+ )?newsletter\b.*\b(?:sign up|subscribe|inbox|delivered|free)\b/i,
      /^(?:sign up|subscribe)(?: now| today| here| for free)?[.!:]?$/i,
      /\b(?:already a subscriber|subscribe to continue|subscribers? only|become a (?:member|subscriber)|start (?:your )?free trial|unlock (?:this|unlimited|full) (?:article|access))\b/i,
      /\bdelivered (?:straight |directly )?to your inbox\b/i,
      // "Subscribe from £4 a month", "Join for just $1": a price plea.
      /(?:^|[.!?]\s+)(?:subscribe|sign up|join)(?: (?:today|now|us))? (?:from|for|at)(?: (?:just|only))? [£$€]\s?\d/i,
      // "Support local journalism: subscribe to the Courier from just £1 for your first month",
      // "… – become a Backline Review member from £3 a month": the plea after a call to support.
      /(?:^|[.!?:\u2013\u2014-]\s+)(?:subscribe|sign up|join|become an? [\w' -]{0,40}?(?:member|subscriber|supporter))\b[^.!?]{0,60}?\b(?:from|for|at) (?:just |only )?[£$€]\s?\d/i,
      // "… is free to read, but it is not free to produce."
      /\bfree to read\b.*\b(?:not free|costs?|support|subscri|donat)/i,
      /^by (?:signing up|subscribing|clicking)\b/i,
      // "I would like to be emailed about offers, event and updates from …": a sign-up box's tick.
      /^i would like to (?:be emailed|receive (?:emails|updates|offers))\b/i,
      /\bprivacy (?:policy|notice)\b.*\b(?:sign(?:ing)? up|subscri|email)\b/i,
    ],
  },
  {
    reason: 'donation',
    explanation: 'asks the reader to support or donate',
    maxLength: NOTICE,
    patterns: [
      /^your (?:support|donation|contribution|gift)\b.*\b(?:helps?|allows?|makes?|keeps?|enables?|means?|matters?)\b/i,
      /^(?:please )?(?:donate|make a (?:donation|contribution)|support (?:us|our (?:journalism|work|reporting)|independent journalism))\b/i,
      /^(?:support|donate to) (?:us|our journalism|independent journalism)\b/i,
    ],
  },
  {
    reason: 'comments',
    explanation: 'comment-section prompt',
    maxLength: NOTICE,
    patterns: [
      /^(?:\d+ |no |view |show |hide |load |read |see )?comments?(?: \(\d+\))?[.:]?$/i,
      /^(?:leave|post|add|write) a (?:comment|reply)\b/i,
      /^join (?:our|the) (?:comment|commenting|discussion|conversation)/i,
      /^join (?:[\w-]+ )?(?:conversations?|discussions?|debates?)\b.*\b(?:readers?|replies|comment)/i,
      /\bfollow other \S+(?: \S+)? readers\b/i,
      /^(?:comments? (?:are|have been) (?:closed|disabled|open)|be the first to comment|have your say)\b/i,
      /^(?:most )?(?:popular|newest|oldest) comments?$/i,
    ],
  },
  {
    reason: 'login',
    explanation: 'login or registration notice',
    maxLength: NOTICE,
    patterns: [
      /^thank you for (?:registering|signing up|subscribing)\b/i,
      /\brefresh (?:the|your) (?:page|browser)\b.*\blogged in\b/i,
      /\b(?:to be|you are|you're) (?:now |automatically )?logged in\b/i,
      /^(?:log ?in|sign ?in|register|create (?:an|a free|your) account)\b.*\b(?:to (?:continue|comment|read)|account|free)\b/i,
      /^(?:already have an account|not a member|forgot (?:your )?password)\b/i,
      /^(?:log ?in|sign ?in|log ?out|sign ?out|register)$/i,
    ],
  },
  {
    reason: 'read-more',
    explanation: 'link to read more elsewhere',
    maxLength: NOTICE,
    patterns: [
      /^(?:source:\s*)?read (?:the )?(?:full|whole|original|complete) (?:article|story|report|piece)\b/i,
      /^(?:read|see) (?:more|also)\b\s*[:\-–—]/i,
      /^(?:read|see) more(?: (?:here|at|on)\b.*)?$/i,
      /^(?:continue|keep) reading\b/i,
      /^(?:click|tap) here (?:to|for)\b/i,
      /^(?:related(?: articles?| stories| content| topics| links)?|explore more on (?:these|this) topics?|topics|tags|more on this story|more from \S+|recommended(?: for you)?|most read|trending(?: now)?|you may also like|what to read next)\s*[:\-–—]?$/i,
      /^(?:related|more|watch|listen)\s*:\s*\S/i,
      /^source\s*:\s*(?:read|click|via)\b/i,
    ],
  },
  {
    reason: 'share',
    explanation: 'share or follow buttons',
    maxLength: SHORT,
    patterns: [
      /^(?:(?:share|tweet|email|e-mail|print|copy(?: link)?|save|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|messenger|flipboard|telegram|bluesky)\b[\s|•·/,]*){1,10}$/i,
      /^(?:share|send|email) (?:this|the) (?:article|story|page|link)\b/i,
      /^(?:click|tap) to (?:share|email|print)\b/i,
      /^follow (?:us|@\S+) on\b/i,
      /^share (?:on|via|with) \S+/i,
      /^(?:reuse|republish|license) this (?:content|article|story)$/i,
      /^reprints? (?:and|&) permissions$/i,
      /^(?:share )?(?:opens|open) in (?:a )?new (?:window|tab)$/i,
    ],
  },
  {
    reason: 'advertisement',
    explanation: 'advertisement marker',
    maxLength: SHORT,
    patterns: [
      /^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| links?)?|promoted(?: content| stories| links?)?|paid (?:content|post|partner content))$/i,
      /^(?:story|article|content) continues (?:below|after)\b/i,
      /^scroll (?:down )?to continue\b/i,
      /^(?:close|skip) (?:ad|advert|advertisement)$/i,
      // "We may earn a commission from links on this page": an affiliate disclosure.
      /^we (?:may|might) earn (?:a )?(?:small )?(?:commission|money)\b/i,
      /^this (?:article|post|page|story) (?:contains|may contain) affiliate links\b/i,
    ],
  },
  {
    reason: 'navigation',
    explanation: 'site navigation',
    maxLength: SHORT,
    patterns: [
      /^(?:back to top|jump to|toggle navigation|menu|home|close|open menu|search|select page)$/i,
      // "Skip to main contentSkip to navigation": accessibility links, often glued together.
      /^(?:(?:skip|jump)(?: directly)? to (?:the )?(?:main )?(?:content|navigation|search|footer|menu)\s*)+$/i,
      /^(?:home|news)\s*(?:[>›»/|]\s*[\w' -]+){1,5}$/i,
      /^(?:previous|next) (?:article|story|page)\b/i,
      // "Media ID: 55357060", "Caption:" with nothing after it: a picture's labels, not its caption.
      /^(?:(?:media|image|photo|picture|video|asset) id\s*:?\s*[\w-]+|(?:caption|image caption|photo caption)\s*:?)$/i,
      // "Share Adjust Comment Print": a toolbar's buttons, glued into one line.
      /^(?:(?:share|adjust|comment|comments|print|email|e-mail|save|tweet|facebook|twitter|whatsapp|text size|font size|listen|bookmark|copy link|reprints?)\s*){2,}$/i,
      // "Now Reading:", "Text size Aa Aa": a page's reading widgets.
      /^(?:now reading|reading now|most read|read next|up next)\s*:?$/i,
      /^text size(?:\s+a+)*$/i,
      // "Placeholder while article actions load": a widget's stand-in text.
      /^placeholder while [\w ]{1,40} loads?$/i,
      // "Loading article content": a page's placeholder while it loads.
      /^loading(?: article)?(?: content| comments| video)?(?:\s*(?:\.\.\.|\u2026))?$/i,
      // "1 / 4", "Image 2 of 12": a picture gallery's counter.
      /^(?:(?:image|photo|picture|slide)\s+)?\d{1,2}\s*(?:\/|of)\s*\d{1,2}$/i,
      /^(?:cookie|cookies)\b.*\b(?:accept|consent|settings|policy)\b/i,
    ],
  },
  {
    reason: 'navigation',
    explanation: "the site's notice that the page is unavailable, or a section label",
    maxLength: SHORT,
    patterns: [
      // "Oops. Our website is temporarily unavailable in your location. We are working hard to get
      // it back online.": a block page's notice, not the article.
      /^oops[.!]*$/i,
      /^(?:our|this) (?:website|site|page|content) is (?:temporarily )?(?:unavailable|not available)\b/i,
      /^we(?: are|'re) working hard to (?:get|bring) (?:it|the site|things) back online\.?$/i,
      /^(?:take part in|vote in) our poll\.?$|^go to our website\.?$/i,
      // A section label on a line of its own ("PRIVACY", "News").
      /^(?:news|sport|sports|opinion|business|politics|world|lifestyle|entertainment|privacy|video|videos|breaking news|most popular|quick links|more headlines)\s*:?$/i,
      // A page's widgets and labels: "Article content", "Accessibility links", "Make us your home
      // page", "Play Live Radio", "Next Up:", "Available On Air Stations", "Edition: English",
      // "Play video", "Media playback is unsupported on your device", a player's "0:00".
      /^(?:article content|accessibility links|make us your home ?page|play live radio|next up\s*:?|available on air stations|play video|watch (?:live|now|video))$/i,
      /^edition\s*:\s*\p{L}+$/iu,
      // "Watch CBS News": a link to the outlet's channel; "Quantcast": a consent banner's vendor.
      /^[Ww]atch (?:\p{Lu}[\p{L}&]*\s?){1,3}$/u,
      /^\(?(?:view |read |see )?our (?:privacy|cookie) (?:policy|notice)\)?\.?$/i,
      /^(?:quantcast|onetrust|cookiebot|trustarc)\b/i,
      /^media playback is (?:unsupported|not supported) on your device$/i,
      /^(?:\d{1,2}:\d{2}\s*)+$/,
      // An image's labels left without their text ("Image source, Getty Images", "Media caption,").
      /^(?:image source|media caption|image caption)\s*,?(?:\s+[\p{L} /&.-]{0,40})?$/iu,
    ],
  },
  {
    reason: 'navigation',
    explanation: 'live data widget (scores, prices) of the site',
    maxLength: NOTICE,
    patterns: [
      // "Live scores: Pellham United 0-0 Saxby Town (HT) | …", "Markets: FTSE 100 7,412 ▲0.3%"
      /^(?:live (?:scores?|results|blog)|latest scores|scores?|markets?|market data|share price)\s*[:|–-]\s*\S/i,
    ],
  },
  {
    reason: 'metadata',
    explanation: 'relative publication time (no date to read)',
    maxLength: SHORT,
    patterns: [
      /^(?:(?:published|updated|posted|last updated)\s*:?\s*)?(?:\d+|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago$/i,
      /^(?:published|updated|posted)\s*:?\s*(?:just now|today|yesterday)$/i,
      // "- Published", a bare label whose time the scraper dropped.
      /^[-\u2013\u2022]?\s*(?:published|updated|last updated|posted)\s*:?$/i,
      /^\d+ min(?:ute)?s? read$/i,
      // "6:32am Mon 27 February": a time stamp on a line of its own.
      /^\d{1,2}[:.]\d{2}\s*(?:am|pm)\b[\s,]*(?:(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+(?:\s+\d{4})?$/iu,
      // An archive's notice: "This article is more than 9 years old".
      /^this (?:article|story|page) is (?:more|over) than (?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) old$/i,
    ],
  },
  {
    reason: 'metadata',
    explanation: "an image's file name left by the scraper",
    maxLength: SHORT,
    patterns: [
      // "newday intv massimo oluseyi comet landing_00004910.jpg": a picture's file name, no sentence.
      /^[^.!?]*\.(?:jpe?g|png|gif|webp|avif|tiff?)$/i,
      // "___-____-539771466649042954.thumb_head": a file's name with no extension, a long number in it.
      /^[\w.-]*\d{9,}[\w.-]*$/,
    ],
  },
  {
    reason: 'navigation',
    explanation: 'copyright or legal notice of the site',
    maxLength: SHORT,
    patterns: [
      /^(?:©|\(c\)|copyright\b)/i,
      /\ball rights reserved\b/i,
      /^(?:terms (?:of (?:use|service)|and conditions)|privacy policy|cookie policy)(?:\s*[|•·]\s*\S.*)?$/i,
    ],
  },
];

/** A line with no letter or digit: separators ("* * *", "—"), lone bullets, stray punctuation. */
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;

/**
 * Find the boilerplate family a single line belongs to.
 * @param line one normalised, trimmed line or block text.
 * @returns the family, or null when the line reads as content.
 */
export function matchBoilerplateLine(line: string): Pick<BoilerplateFamily, 'reason' | 'explanation'> | null {
  if (NO_WORDS.test(line)) return { reason: 'empty', explanation: 'separator or stray punctuation' };
  for (const family of BOILERPLATE_FAMILIES) {
    if (line.length > family.maxLength) continue;
    if (family.patterns.some((re) => re.test(line)))
      return { reason: family.reason, explanation: family.explanation };
  }
  return null;
}
