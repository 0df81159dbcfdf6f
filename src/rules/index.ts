/** Every rule, in the order they run: the one list the preset, the docs and the reporters read. */
import duplicateParagraph from './duplicate-paragraph.ts'
import frontMatter from './front-matter.ts'
import inconsistentDate from './inconsistent-date.ts'
import repeatedHeadline from './repeated-headline.ts'
import repeatedWords from './repeated-words.ts'
import unattributedQuote from './unattributed-quote.ts'

export const rules = [duplicateParagraph, repeatedHeadline, unattributedQuote, inconsistentDate, repeatedWords, frontMatter]
export const ruleIds = rules.map((rule) => rule.ruleId)
/** Each rule's definition: id, level, summary, fix, options, examples, url. */
export const ruleInfo = rules.map((rule) => rule.info)

export {parseSetting, SOURCE, DOCS, type RuleInfo, type OptionSpec, type Example, type CopydeskMessage, type OtherPlace} from './define.ts'
