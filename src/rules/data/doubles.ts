/** Doubled words the `repeated-words` rule leaves alone. Editors extend these lists. */

/** Names that really double: places, people, bands, works (each written as the single word). */
export const doubledNames = [
  'Walla', 'Wagga', 'Baden', 'Bora', 'Pago', 'Sing', 'Duran', 'Mau', 'Tse', 'Bella', 'Sirhan', 'Humbert',
  'Major', 'Lang', 'Talk', 'Mahi', 'Dum', 'Tora', 'Cous', 'Bye', 'Chi', 'Phi', 'Boing'
]

/** Copulas and auxiliaries that double grammatically after a clause (`what it is is`, `what they do do`). */
export const copulas = ['is', 'was', 'are', 'were', 'do', 'does', 'did']

/** Words that open such a clause. */
export const clauseOpeners = ['what', 'whatever', 'all', 'where', 'how', 'why', 'who', 'whoever', 'thing', 'problem', 'point', 'question', 'truth', 'fact']
