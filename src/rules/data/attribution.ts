/**
 * Attribution data for the quotation model (src/rules/quotes/): which verbs
 * report speech, which nouns head a speaker, which words make a quoted
 * phrase a mention. A configuration extends each list (`verbs`, `speakers`,
 * `mentionCues` options of `unattributed-quote`). Lists hold base forms where
 * the model derives the rest (see `verbForms`, `nounForms`).
 */

/**
 * Reporting verbs, by base form (every inflection is derived: say → says,
 * said, saying; irregular past forms are listed in `irregularVerbs`). Verbs
 * that have other senses (`add` 500 jobs, `report` a profit) attribute only
 * when used as reporting verbs (see `strictVerbs`).
 */
export const reportingVerbs = [
  'say', 'tell', 'add', 'ask', 'write', 'concede', 'complain', 'insist', 'state', 'note', 'explain', 'recall',
  'remark', 'continue', 'reply', 'respond', 'answer', 'argue', 'declare', 'announce', 'acknowledge', 'admit',
  'warn', 'urge', 'claim', 'comment', 'observe', 'suggest', 'tweet', 'testify', 'recount', 'quip', 'joke',
  'conclude', 'exclaim', 'shout', 'whisper', 'promise', 'emphasise', 'emphasize', 'stress', 'predict', 'confirm',
  'report', 'caution', 'counter', 'retort', 'maintain', 'contend', 'assert', 'affirm', 'allege', 'boast', 'lament',
  'agree', 'reckon', 'believe', 'think', 'feel', 'muse', 'enthuse', 'yell', 'cry', 'plead', 'protest', 'vow',
  'pledge', 'proclaim', 'grumble', 'sigh', 'snap', 'scoff', 'marvel', 'recommend', 'advise', 'estimate',
  'forecast', 'describe', 'summarise', 'summarize', 'point out', 'put it', 'speak', 'declare', 'demand', 'charge',
  'interject', 'begin', 'elaborate', 'wonder', 'hope', 'fear', 'worry', 'mention', 'reiterate', 'repeat',
  'clarify', 'indicate', 'acknowledge', 'email', 'text', 'chant', 'read', 'reveal', 'deny', 'issue', 'inform', 'assure',
  'concur', 'confide', 'exclaim', 'interrupt', 'object', 'opine', 'remind', 'say so', 'shrug', 'smile', 'laugh', 'beam',
  'sum up', 'recount', 'share', 'cite', 'talk about', 'encourage', 'find', 'show', 'post',
  'criticise', 'criticize', 'praise', 'attack', 'blast', 'slam', 'hit out', 'accuse', 'condemn', 'defend', 'dismiss', 'reject',
  'welcome', 'applaud', 'hail', 'question', 'challenge', 'rebut', 'refute', 'dispute'
]

/** Past forms that do not follow the rules (`say` → `said`). */
export const irregularVerbs: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], think: ['thought'], feel: ['felt'], speak: ['spoke', 'spoken'],
  cry: ['cried'], reply: ['replied'], testify: ['testified'], forecast: ['forecast'], begin: ['began', 'begun'],
  read: ['read'], 'put it': ['put it'], worry: ['worried'], clarify: ['clarified'], summarise: ['summarised'],
  snap: ['snapped'], quip: ['quipped'], plead: ['pled']
}

/**
 * Verbs with a common sense that reports nothing (`the firm added 500 jobs`, `reported a profit`,
 * `continued to fall`): they attribute only before a full stop, a comma, a colon, `that`, a quotation,
 * or after a quotation (`"…," he added`).
 */
export const strictVerbs = [
  'add', 'note', 'state', 'report', 'continue', 'answer', 'observe', 'suggest', 'predict', 'confirm', 'promise',
  'stress', 'recall', 'describe', 'estimate', 'forecast', 'counter', 'maintain', 'charge', 'begin', 'indicate',
  'read', 'text', 'email', 'admit', 'announce', 'claim', 'warn', 'ask', 'demand', 'agree', 'hope', 'fear',
  'worry', 'feel', 'believe', 'think', 'repeat', 'mention', 'recommend', 'advise', 'cry', 'speak', 'write',
  'reveal', 'deny', 'issue', 'inform', 'assure', 'object', 'remind', 'smile', 'laugh', 'beam', 'shrug', 'interrupt',
  'sum up', 'share', 'cite', 'talk about', 'encourage', 'find', 'show', 'post',
  'criticise', 'criticize', 'praise', 'attack', 'blast', 'slam', 'hit out', 'accuse', 'condemn', 'defend', 'dismiss', 'reject',
  'welcome', 'applaud', 'hail', 'question', 'challenge', 'rebut', 'refute', 'dispute'
]

/**
 * Strict verbs whose other sense is as likely after a person as after anything else (`he continued to work`,
 * `she read the report`): for the rest, a name or a personal pronoun before the verb makes it a reporting use.
 */
export const alwaysStrictVerbs = ['continue', 'read', 'text', 'email', 'begin', 'issue', 'charge', 'counter', 'share', 'report', 'estimate', 'forecast', 'post', 'find', 'show']

/** Nouns for what was said: before a colon, with a speaker earlier in the sentence (`Smith began with the quip: “…”`). */
export const speechNouns = [
  'quip', 'words', 'response', 'reply', 'answer', 'remark', 'remarks', 'comment', 'comments', 'message', 'statement',
  'warning', 'plea', 'question', 'verdict', 'view', 'assessment', 'conclusion', 'explanation', 'line', 'tweet', 'post',
  'advice', 'promise', 'pledge', 'claim', 'argument', 'reaction', 'summary', 'description', 'thoughts', 'opinion', 'motto',
  'takeaway', 'suggestion', 'output', 'result', 'error', 'vision', 'mission', 'mantra', 'slogan', 'credo', 'philosophy'
]

/** Verbs that, as an imperative, give the reader words to say (`Ask the customer: “…”`): the reader is the speaker. */
export const imperativeVerbs = ['ask', 'tell', 'say', 'remind', 'explain', 'reply', 'answer', 'respond', 'write', 'repeat', 'suggest', 'reiterate']

/** Phrases that name a source on their own, before it: `according to the ministry`, `in the words of Smith`. */
export const sourceLeads = ['according to', 'in the words of', 'quoting', 'citing', 'as quoted by', 'per', 'a quote from', 'a quote by', 'quote from', 'quote by', 'to quote',
  'as described in', 'as stated in', 'as noted in', 'as outlined in', 'as explained in', 'as written in', 'as put by']

/**
 * Nouns that head a speaker: people, organisations, documents (singular; plurals are derived).
 * A configuration's `speakers` join all three.
 * A noun phrase headed by one of these (`a senior official`, `the ministry`, `the report`) is a source.
 */
export const speakerNouns = {
  people: [
  'official', 'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'economist', 'minister', 'secretary', 'chairman',
  'chairwoman', 'chair', 'chief', 'executive', 'director', 'president', 'manager', 'trader', 'dealer', 'source',
  'expert', 'lawyer', 'attorney', 'critic', 'witness', 'resident', 'diplomat', 'worker', 'leader', 'officer',
  'governor', 'mayor', 'senator', 'congressman', 'congresswoman', 'representative', 'mp', 'member', 'researcher',
  'scientist', 'professor', 'author', 'strategist', 'banker', 'broker', 'investor', 'shareholder', 'observer',
  'commentator', 'consultant', 'adviser', 'advisor', 'aide', 'negotiator', 'delegate', 'envoy', 'ambassador',
  'judge', 'prosecutor', 'detective', 'inspector', 'superintendent', 'commissioner', 'chancellor', 'premier',
  'head', 'boss', 'founder', 'owner', 'partner', 'editor', 'reporter', 'correspondent', 'journalist', 'columnist',
  'campaigner', 'activist', 'protester', 'organiser', 'organizer', 'coach', 'manager', 'player', 'captain',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'player', 'champion', 'athlete', 'doctor', 'nurse',
  'teacher', 'student', 'pupil', 'child', 'children', 'kid', 'girl', 'boy', 'teenager', 'parent', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'friend', 'neighbour',
  'neighbor', 'colleague', 'customer', 'consumer', 'user', 'voter', 'farmer', 'owner', 'producer', 'supplier',
  'user', 'employee', 'staffer', 'participant', 'respondent', 'interviewee', 'attendee', 'commenter', 'speaker',
  'person', 'man', 'woman', 'people', 'staff', 'citizen', 'pensioner', 'shopper', 'fan', 'driver', 'passenger',
  'tourist', 'visitor', 'youngster', 'star', 'skipper', 'rider', 'jockey', 'trainer', 'batsman', 'bowler', 'pitcher',
  'quarterback', 'prop', 'hooker', 'winger', 'flanker', 'lock', 'centre', 'forward', 'keeper', 'full-back',
  'fly-half', 'scrum-half', 'number', 'boxer', 'golfer', 'swimmer', 'runner', 'sprinter', 'cyclist', 'rower',
  'legend', 'international', 'stakeholder', 'interviewer', 'nomination', 'nominator', 'reviewer', 'tester', 'mentor', 'newcomer', 'rookie', 'debutant', 'winner', 'loser', 'finalist', 'challenger', 'police', 'politician', 'candidate', 'lawmaker', 'legislator',
  'regulator', 'specialist', 'administrator', 'deputy', 'vice', 'treasurer', 'controller', 'auditor',
  'engineer', 'designer', 'developer', 'programmer', 'architect', 'planner', 'officer', 'lead', 'fellow',
  'veteran', 'victim', 'survivor', 'patient', 'scholar', 'historian', 'physicist', 'chemist', 'biologist',
  'trustee', 'governor', 'sheriff', 'marshal', 'general', 'colonel', 'captain', 'commander', 'admiral',
  'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'archbishop', 'priest', 'rabbi', 'imam',
  'insider', 'executive', 'opponent', 'supporter', 'ally', 'rival', 'team', 'panel', 'jury', 'crowd'
  ],
  organisations: [
  'ministry', 'department', 'agency', 'company', 'firm', 'group', 'bank', 'government', 'committee', 'council',
  'union', 'court', 'board', 'party', 'administration', 'office', 'commission', 'association', 'institute',
  'bureau', 'authority', 'army', 'military', 'airline', 'carrier', 'exchange', 'fund', 'newspaper', 'magazine',
  'paper', 'daily', 'broadcaster', 'network', 'station', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'co',
  'organisation', 'organization', 'federation', 'consortium', 'coalition', 'alliance', 'cabinet', 'parliament',
  'congress', 'senate', 'house', 'embassy', 'consulate', 'club', 'league', 'university', 'school', 'college',
  'hospital', 'foundation', 'charity', 'society', 'centre', 'center', 'watchdog', 'regulator', 'industry',
  'lobby', 'business', 'subsidiary', 'unit', 'division', 'operator', 'maker', 'manufacturer', 'producer',
  'retailer', 'supermarket', 'chain', 'insurer', 'lender', 'broker', 'brokerage', 'utility', 'state',
  'county', 'city', 'town', 'country', 'nation', 'kremlin', 'pentagon', 'treasury', 'fed', 'opec', 'staff'
  ],
  documents: [
  'report', 'statement', 'study', 'survey', 'letter', 'memo', 'document', 'filing', 'release', 'announcement',
  'prospectus', 'ruling', 'judgment', 'judgement', 'verdict', 'minutes', 'website', 'site', 'note', 'bulletin',
  'communique', 'text', 'petition', 'review', 'audit', 'analysis', 'paper', 'book', 'article', 'editorial',
  'post', 'blog', 'tweet', 'email', 'message', 'notice', 
  'guidance', 'guide', 'manual', 'summary', 'transcript', 'record',
  'records', 'poll', 'description', 'quote', 'research', 'sign', 'label', 'caption',
  'inscription', 'headline', 'slogan', 'advert', 'advertisement', 'ad', 'brochure', 'leaflet', 'manifesto',
  'constitution', 'treaty', 'agreement', 'contract', 'charter', 'declaration', 'resolution', 'motion', 'complaint',
  'lawsuit', 'suit', 'indictment', 'affidavit', 'testimony', 'interview', 'speech', 'address', 'briefing',
  'conference', 'hearing', 'source', 'sources', 'nomination', 'citation', 'testimonial', 'feedback'
  ]
}

/**
 * Words right before a quotation that make it a mention, not speech:
 * a name, a title, a label (`a program called “…”`).
 */
export const mentionCues = [
  'called', 'titled', 'entitled', 'named', 'dubbed', 'labeled', 'labelled', 'known as', 'termed',
  'the phrase', 'the term', 'the word', 'the words', 'the question', 'the prompt', 'the message',
  'the heading', 'the title', 'the button', 'the label', 'the slogan', 'the motto', 'the tagline',
  'click', 'select', 'choose', 'type', 'enter', 'search for', 'marked', 'reading',
  'published', 'for example', 'for instance', 'e.g.', 'such as', 'like', 'versus', 'vs.', 'the language to',
  'question of', 'questions of', 'questions like', 'text', 'help text', 'link', 'tab', 'menu', 'field', 'option',
  'phrase', 'motto', 'slogan', 'tagline', 'hashtag', 'keyword', 'keywords', 'term', 'terms',
  'notion of', 'idea of', 'idea that', 'concept of', 'mantra', 'principle of', 'became', 'or',
  'as in', 'famous', 'adage', 'saying', 'expression', 'maxim', 'proverb', 'cliché', 'cliche',
  'written on it', 'printed on it', 'inscribed', 'emblazoned with', 'engraved with', 'or simply',
  'simply put', 'put simply', 'in other words', 'in short', 'to determine', 'looks at', 'than', 'question',
  'mission to', 'goal to', 'goal of', 'aim to', 'vision of', 'the paper', 'the article', 'the book', 'the study', 'their paper',
  'his paper', 'her paper', 'a paper', 'an article', 'a book', 'a study'
]

/**
 * Nouns that name quoted words as a set phrase, not anyone's speech: a sentence about one of them
 * (`The mantra we use, “…”`), or one pointing back at the quotation (`“…” Users took this slogan to
 * heart`, `It’s a motto we share`), makes the quotation a mention.
 */
export const phraseNouns = [
  'mantra', 'motto', 'slogan', 'phrase', 'saying', 'tagline', 'adage', 'maxim', 'refrain', 'catchphrase',
  'watchword', 'jingle', 'proverb', 'rallying cry', 'battle cry', 'mission', 'mission statement', 'vision',
  'vision statement', 'creed', 'credo', 'strapline', 'pledge'
]

/**
 * Phrases of taking the floor: a sentence of a speaker and one of these, right before a quotation
 * that opens the next sentence, introduces the speaker's words (`The second team got up. “We present…”`).
 */
export const floorPhrases = [
  'got up', 'stood up', 'stood', 'rose', 'stepped up', 'stepped forward', 'took the floor', 'took the stage',
  'took the podium', 'took the microphone', 'took the mic', 'spoke up', 'piped up', 'chimed in', 'went first', 'went next'
]

/** Pronouns that name a speaker already named (`he said`, `"…," it said`). */
export const speakerPronouns = ['he', 'she', 'they', 'i', 'we', 'it', 'who', 'you', 'one', 'others', 'many', 'some', 'both', 'all', 'each', 'someone', 'everyone', 'nobody', 'somebody', 'anyone']

/** Capitalised words that start sentences without naming anyone (`The`, `But`); they never make a name alone. */
export const sentenceStarters = [
  'The', 'A', 'An', 'In', 'On', 'At', 'It', 'Its', 'This', 'That', 'These', 'Those', 'We', 'But', 'And', 'So',
  'For', 'As', 'If', 'When', 'While', 'After', 'Before', 'With', 'Without', 'There', 'Here', 'Our', 'Their',
  'His', 'Her', 'You', 'Your', 'They', 'He', 'She', 'Then', 'Now', 'Also', 'Some', 'Many', 'Most', 'All', 'One',
  'To', 'By', 'From', 'Of', 'Even', 'Still', 'Yet', 'Or', 'Because', 'Since', 'Although', 'Though', 'What', 'Why',
  'How', 'Who', 'Where', 'Which', 'Each', 'Every', 'Other', 'Another', 'My', 'Not', 'No', 'Only', 'Just', 'Once',
  'During', 'Over', 'Under', 'Through', 'Instead', 'However', 'Finally', 'First', 'Second', 'Third', 'Last', 'Next',
  'Today', 'Yesterday', 'Recently', 'Later', 'Meanwhile', 'Perhaps', 'Maybe', 'Sometimes', 'Often', 'Several', 'Few',
  'Such', 'Despite', 'Until', 'Whether', 'Asked', 'Speaking', 'Writing', 'Monday', 'Tuesday', 'Wednesday', 'Thursday',
  'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December', 'Earlier', 'Separately', 'Elsewhere', 'Overall', 'Indeed',
  // Sentence adverbs: a capital and a comma after them, as a name has (`Nonetheless, all O'Connor is…`).
  'Nonetheless', 'Nevertheless', 'Moreover', 'Furthermore', 'Additionally', 'Likewise', 'Similarly', 'Otherwise',
  'Consequently', 'Therefore', 'Thus', 'Hence', 'Besides', 'Again', 'Initially', 'Ultimately', 'Eventually',
  'Currently', 'Previously', 'Originally', 'Afterwards', 'Clearly', 'Obviously', 'Interestingly', 'Importantly',
  'Notably', 'Unfortunately', 'Fortunately', 'Surprisingly', 'Ironically', 'Admittedly', 'Certainly', 'Apparently',
  'Reportedly', 'Allegedly', 'Regardless', 'Accordingly', 'Conversely', 'Alternatively', 'Specifically', 'Generally',
  'Typically', 'Traditionally', 'Historically', 'Already', 'Soon', 'Tomorrow', 'Tonight', 'Together'
]
