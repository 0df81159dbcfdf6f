/**
 * Attribution cues for `unattributed-quote`: a quotation is attributed when
 * one of these appears outside the quotation in its sentence, the sentence
 * before or the sentence after (same paragraph). Editors extend these lists.
 */

/** Speech and source verbs, every form that attributes. */
export const speechVerbs = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  'ask', 'asks', 'asked', 'asking',
  'write', 'writes', 'wrote', 'writing', 'written',
  'state', 'states', 'stated', 'stating',
  'note', 'notes', 'noted', 'noting',
  'explain', 'explains', 'explained', 'explaining',
  'recall', 'recalls', 'recalled', 'recalling',
  'remark', 'remarks', 'remarked',
  'continue', 'continues', 'continued',
  'reply', 'replies', 'replied', 'replying',
  'respond', 'responds', 'responded',
  'answer', 'answers', 'answered',
  'argue', 'argues', 'argued', 'arguing',
  'insist', 'insists', 'insisted',
  'declare', 'declares', 'declared', 'declaring',
  'announce', 'announces', 'announced', 'announcing',
  'acknowledge', 'acknowledges', 'acknowledged',
  'admit', 'admits', 'admitted',
  'warn', 'warns', 'warned', 'warning',
  'urge', 'urges', 'urged',
  'claim', 'claims', 'claimed',
  'comment', 'comments', 'commented',
  'observe', 'observes', 'observed',
  'suggest', 'suggests', 'suggested',
  'tweet', 'tweets', 'tweeted',
  'post', 'posts', 'posted',
  'testify', 'testifies', 'testified',
  'recount', 'recounts', 'recounted',
  'quip', 'quips', 'quipped',
  'joke', 'jokes', 'joked',
  'conclude', 'concludes', 'concluded',
  'describe', 'describes', 'described', 'describing',
  'put it', 'puts it',
  'read', 'reads',
  'exclaim', 'exclaims', 'exclaimed',
  'shout', 'shouts', 'shouted',
  'whisper', 'whispers', 'whispered',
  'promise', 'promises', 'promised',
  'emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasised',
  'stress', 'stresses', 'stressed',
  'predict', 'predicts', 'predicted',
  'confirm', 'confirms', 'confirmed',
  'insist', 'report', 'reports', 'reported',
  'quote', 'quotes', 'quoted', 'quoting',
  'cite', 'cites', 'cited',
  'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'feel', 'feels', 'felt',
  'find', 'finds', 'found', 'show', 'shows', 'showed', 'showing',
  'highlight', 'highlights', 'highlighted', 'underscore', 'underscores', 'underscored',
  'encourage', 'encourages', 'encouraged', 'mention', 'mentions', 'mentioned', 'mentioning',
  'point out', 'points out', 'pointed out', 'recommend', 'recommends', 'recommended', 'advise', 'advises', 'advised',
  'yell', 'yells', 'yelled', 'cry', 'cries', 'cried', 'chant', 'chanted', 'text', 'texted', 'email', 'emailed', 'called out',
  'wonder', 'wonders', 'wondered', 'wondering', 'thinking', 'share', 'shares', 'shared', 'sharing',
  'summarize', 'summarizes', 'summarized', 'summarise', 'summarised', 'muse', 'mused', 'enthuse', 'enthused',
  'speak', 'speaks', 'spoke', 'speaking', 'heard from', 'agree', 'agrees', 'agreed',
  'echo', 'echoes', 'echoed', 'remind', 'reminds', 'reminded', 'talk', 'talked', 'talks about'
]

/** Phrases that name a source without a speech verb. */
export const sourcePhrases = [
  'according to', 'in a statement', 'in an interview', 'in an email', 'in a letter', 'in a post',
  'in his words', 'in her words', 'in their words', 'in the words of', 'as one put it',
  'spokesperson', 'spokesman', 'spokeswoman', 'per the',
  'commenter', 'respondent', 'respondents', 'participant', 'participants', 'interviewee', 'interviewees',
  'attendee', 'attendees', 'words were', 'as advertised'
]

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
  'as in', 'famous', 'adage', 'saying', 'expression', 'maxim', 'proverb', 'cliché', 'cliche'
]

/** Capitalized words that start sentences without naming a source. */
export const sentenceStarters = [
  'The', 'A', 'An', 'In', 'On', 'At', 'It', 'Its', 'This', 'That', 'These', 'Those', 'We', 'But', 'And', 'So',
  'For', 'As', 'If', 'When', 'While', 'After', 'Before', 'With', 'Without', 'There', 'Here', 'Our', 'Their',
  'His', 'Her', 'You', 'Your', 'They', 'He', 'She', 'Then', 'Now', 'Also', 'Some', 'Many', 'Most', 'All', 'One',
  'To', 'By', 'From', 'Of', 'Even', 'Still', 'Yet', 'Or', 'Because', 'Since', 'Although', 'Though', 'What', 'Why',
  'How', 'Who', 'Where', 'Which', 'Each', 'Every', 'Other', 'Another', 'My', 'Not', 'No', 'Only', 'Just', 'Once',
  'During', 'Over', 'Under', 'Through', 'Instead', 'However', 'Finally', 'First', 'Second', 'Third', 'Last', 'Next',
  'Today', 'Yesterday', 'Recently', 'Later', 'Meanwhile', 'Perhaps', 'Maybe', 'Sometimes', 'Often', 'Several', 'Few',
  'Officials', 'People', 'Users', 'Everyone', 'Someone', 'Nobody', 'Anyone', 'Such', 'Despite', 'Until', 'Whether'
]
