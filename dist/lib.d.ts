interface Data {
}
interface Point {
	/**
	 * Line in a source file (1-indexed integer).
	 */
	line: number;
	/**
	 * Column in a source file (1-indexed integer).
	 */
	column: number;
	/**
	 * Character in a source file (0-indexed integer).
	 */
	offset?: number | undefined;
}
interface Position {
	/**
	 * Place of the first character of the parsed source region.
	 */
	start: Point;
	/**
	 * Place of the first character after the parsed source region.
	 */
	end: Point;
}
interface Node$1 {
	/**
	 * Node type.
	 */
	type: string;
	/**
	 * Info from the ecosystem.
	 */
	data?: Data | undefined;
	/**
	 * Position of a node in a source document.
	 *
	 * Nodes that are generated (not in the original source document) must not
	 * have a position.
	 */
	position?: Position | undefined;
}
declare class VFileMessage extends Error {
	/**
	 * Create a message for `reason`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Options | null | undefined} [options]
	 *   Configuration (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | null | undefined} parent
	 *   Node or node-like, used for `ancestors` and `place`.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Point | Position | null | undefined} place
	 *   Place of message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {Node | NodeLike | null | undefined} parent
	 *   Node or node-like, used for `ancestors` and `place`.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {Point | Position | null | undefined} place
	 *   Place of message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns
	 *   Instance of `VFileMessage`.
	 */
	constructor(reason: string, options?: Options | null | undefined);
	/**
	 * Create a message for `reason`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Options | null | undefined} [options]
	 *   Configuration (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | null | undefined} parent
	 *   Node or node-like, used for `ancestors` and `place`.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Point | Position | null | undefined} place
	 *   Place of message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {Node | NodeLike | null | undefined} parent
	 *   Node or node-like, used for `ancestors` and `place`.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {Point | Position | null | undefined} place
	 *   Place of message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns
	 *   Instance of `VFileMessage`.
	 */
	constructor(reason: string, parent: Node$1 | NodeLike | null | undefined, origin?: string | null | undefined);
	/**
	 * Create a message for `reason`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Options | null | undefined} [options]
	 *   Configuration (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | null | undefined} parent
	 *   Node or node-like, used for `ancestors` and `place`.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Point | Position | null | undefined} place
	 *   Place of message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {Node | NodeLike | null | undefined} parent
	 *   Node or node-like, used for `ancestors` and `place`.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {Point | Position | null | undefined} place
	 *   Place of message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns
	 *   Instance of `VFileMessage`.
	 */
	constructor(reason: string, place: Point | Position | null | undefined, origin?: string | null | undefined);
	/**
	 * Create a message for `reason`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Options | null | undefined} [options]
	 *   Configuration (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | null | undefined} parent
	 *   Node or node-like, used for `ancestors` and `place`.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Point | Position | null | undefined} place
	 *   Place of message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {Node | NodeLike | null | undefined} parent
	 *   Node or node-like, used for `ancestors` and `place`.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {Point | Position | null | undefined} place
	 *   Place of message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns
	 *   Instance of `VFileMessage`.
	 */
	constructor(reason: string, origin?: string | null | undefined);
	/**
	 * Create a message for `reason`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Options | null | undefined} [options]
	 *   Configuration (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | null | undefined} parent
	 *   Node or node-like, used for `ancestors` and `place`.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Point | Position | null | undefined} place
	 *   Place of message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {Node | NodeLike | null | undefined} parent
	 *   Node or node-like, used for `ancestors` and `place`.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {Point | Position | null | undefined} place
	 *   Place of message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns
	 *   Instance of `VFileMessage`.
	 */
	constructor(cause: Error | VFileMessage, parent: Node$1 | NodeLike | null | undefined, origin?: string | null | undefined);
	/**
	 * Create a message for `reason`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Options | null | undefined} [options]
	 *   Configuration (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | null | undefined} parent
	 *   Node or node-like, used for `ancestors` and `place`.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Point | Position | null | undefined} place
	 *   Place of message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {Node | NodeLike | null | undefined} parent
	 *   Node or node-like, used for `ancestors` and `place`.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {Point | Position | null | undefined} place
	 *   Place of message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns
	 *   Instance of `VFileMessage`.
	 */
	constructor(cause: Error | VFileMessage, place: Point | Position | null | undefined, origin?: string | null | undefined);
	/**
	 * Create a message for `reason`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Options | null | undefined} [options]
	 *   Configuration (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | null | undefined} parent
	 *   Node or node-like, used for `ancestors` and `place`.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {Point | Position | null | undefined} place
	 *   Place of message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {string} reason
	 *   Reason for message, should use markdown.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {Node | NodeLike | null | undefined} parent
	 *   Node or node-like, used for `ancestors` and `place`.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {Point | Position | null | undefined} place
	 *   Place of message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 *   Original error cause of the message.
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (optional).
	 * @returns
	 *   Instance of `VFileMessage`.
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns
	 *   Instance of `VFileMessage`.
	 */
	constructor(cause: Error | VFileMessage, origin?: string | null | undefined);
	/**
	 * Stack of ancestor nodes surrounding the message.
	 *
	 * @type {Array<Node> | undefined}
	 */
	ancestors: Array<Node$1> | undefined;
	/**
	 * Starting column of message.
	 *
	 * @type {number | undefined}
	 */
	column: number | undefined;
	/**
	 * State of problem.
	 *
	 * * `true` — error, file not usable
	 * * `false` — warning, change may be needed
	 * * `undefined` — change likely not needed
	 *
	 * @type {boolean | null | undefined}
	 */
	fatal: boolean | null | undefined;
	/**
	 * Path of a file (used throughout the `VFile` ecosystem).
	 *
	 * @type {string | undefined}
	 */
	file: string | undefined;
	/**
	 * Starting line of error.
	 *
	 * @type {number | undefined}
	 */
	line: number | undefined;
	/**
	 * Place of message.
	 *
	 * @type {Point | Position | undefined}
	 */
	place: Point | Position | undefined;
	/**
	 * Reason for message, should use markdown.
	 *
	 * @type {string}
	 */
	reason: string;
	/**
	 * Category of message (example: `'my-rule'`).
	 *
	 * @type {string | undefined}
	 */
	ruleId: string | undefined;
	/**
	 * Namespace of message (example: `'my-package'`).
	 *
	 * @type {string | undefined}
	 */
	source: string | undefined;
	/**
	 * Specify the source value that’s being reported, which is deemed
	 * incorrect.
	 *
	 * @type {string | undefined}
	 */
	actual: string | undefined;
	/**
	 * Suggest acceptable values that can be used instead of `actual`.
	 *
	 * @type {Array<string> | undefined}
	 */
	expected: Array<string> | undefined;
	/**
	 * Long form description of the message (you should use markdown).
	 *
	 * @type {string | undefined}
	 */
	note: string | undefined;
	/**
	 * Link to docs for the message.
	 *
	 * > 👉 **Note**: this must be an absolute URL that can be passed as `x`
	 * > to `new URL(x)`.
	 *
	 * @type {string | undefined}
	 */
	url: string | undefined;
}
type NodeLike = object & {
	type: string;
	position?: Position | undefined;
};
type Options = {
	/**
	 * Stack of (inclusive) ancestor nodes surrounding the message (optional).
	 */
	ancestors?: Array<Node$1> | null | undefined;
	/**
	 * Original error cause of the message (optional).
	 */
	cause?: Error | null | undefined;
	/**
	 * Place of message (optional).
	 */
	place?: Point | Position | null | undefined;
	/**
	 * Category of message (optional, example: `'my-rule'`).
	 */
	ruleId?: string | null | undefined;
	/**
	 * Namespace of who sent the message (optional, example: `'my-package'`).
	 */
	source?: string | null | undefined;
};
type Options$1 = Options;
declare class VFile {
	/**
	 * Create a new virtual file.
	 *
	 * `options` is treated as:
	 *
	 * *   `string` or `Uint8Array` — `{value: options}`
	 * *   `URL` — `{path: options}`
	 * *   `VFile` — shallow copies its data over to the new file
	 * *   `object` — all fields are shallow copied over to the new file
	 *
	 * Path related fields are set in the following order (least specific to
	 * most specific): `history`, `path`, `basename`, `stem`, `extname`,
	 * `dirname`.
	 *
	 * You cannot set `dirname` or `extname` without setting either `history`,
	 * `path`, `basename`, or `stem` too.
	 *
	 * @param {Compatible | null | undefined} [value]
	 *   File value.
	 * @returns
	 *   New instance.
	 */
	constructor(value?: Compatible | null | undefined);
	/**
	 * Base of `path` (default: `process.cwd()` or `'/'` in browsers).
	 *
	 * @type {string}
	 */
	cwd: string;
	/**
	 * Place to store custom info (default: `{}`).
	 *
	 * It’s OK to store custom data directly on the file but moving it to
	 * `data` is recommended.
	 *
	 * @type {Data}
	 */
	data: Data$1;
	/**
	 * List of file paths the file moved between.
	 *
	 * The first is the original path and the last is the current path.
	 *
	 * @type {Array<string>}
	 */
	history: Array<string>;
	/**
	 * List of messages associated with the file.
	 *
	 * @type {Array<VFileMessage>}
	 */
	messages: Array<VFileMessage>;
	/**
	 * Raw value.
	 *
	 * @type {Value}
	 */
	value: Value;
	/**
	 * Source map.
	 *
	 * This type is equivalent to the `RawSourceMap` type from the `source-map`
	 * module.
	 *
	 * @type {Map | null | undefined}
	 */
	map: Map$1 | null | undefined;
	/**
	 * Custom, non-string, compiled, representation.
	 *
	 * This is used by unified to store non-string results.
	 * One example is when turning markdown into React nodes.
	 *
	 * @type {unknown}
	 */
	result: unknown;
	/**
	 * Whether a file was saved to disk.
	 *
	 * This is used by vfile reporters.
	 *
	 * @type {boolean}
	 */
	stored: boolean;
	/**
	 * Set basename (including extname) (`'index.min.js'`).
	 *
	 * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
	 * on windows).
	 * Cannot be nullified (use `file.path = file.dirname` instead).
	 *
	 * @param {string} basename
	 *   Basename.
	 * @returns {undefined}
	 *   Nothing.
	 */
	set basename(basename: string);
	/**
	 * Get the basename (including extname) (example: `'index.min.js'`).
	 *
	 * @returns {string | undefined}
	 *   Basename.
	 */
	get basename(): string | undefined;
	/**
	 * Set the full path (example: `'~/index.min.js'`).
	 *
	 * Cannot be nullified.
	 * You can set a file URL (a `URL` object with a `file:` protocol) which will
	 * be turned into a path with `url.fileURLToPath`.
	 *
	 * @param {URL | string} path
	 *   Path.
	 * @returns {undefined}
	 *   Nothing.
	 */
	set path(path: string | URL);
	/**
	 * Get the full path (example: `'~/index.min.js'`).
	 *
	 * @returns {string}
	 *   Path.
	 */
	get path(): string;
	/**
	 * Set the parent path (example: `'~'`).
	 *
	 * Cannot be set if there’s no `path` yet.
	 *
	 * @param {string | undefined} dirname
	 *   Dirname.
	 * @returns {undefined}
	 *   Nothing.
	 */
	set dirname(dirname: string | undefined);
	/**
	 * Get the parent path (example: `'~'`).
	 *
	 * @returns {string | undefined}
	 *   Dirname.
	 */
	get dirname(): string | undefined;
	/**
	 * Set the extname (including dot) (example: `'.js'`).
	 *
	 * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
	 * on windows).
	 * Cannot be set if there’s no `path` yet.
	 *
	 * @param {string | undefined} extname
	 *   Extname.
	 * @returns {undefined}
	 *   Nothing.
	 */
	set extname(extname: string | undefined);
	/**
	 * Get the extname (including dot) (example: `'.js'`).
	 *
	 * @returns {string | undefined}
	 *   Extname.
	 */
	get extname(): string | undefined;
	/**
	 * Set the stem (basename w/o extname) (example: `'index.min'`).
	 *
	 * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
	 * on windows).
	 * Cannot be nullified (use `file.path = file.dirname` instead).
	 *
	 * @param {string} stem
	 *   Stem.
	 * @returns {undefined}
	 *   Nothing.
	 */
	set stem(stem: string);
	/**
	 * Get the stem (basename w/o extname) (example: `'index.min'`).
	 *
	 * @returns {string | undefined}
	 *   Stem.
	 */
	get stem(): string | undefined;
	/**
	 * Create a fatal message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `true` (error; file not usable)
	 * and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {never}
	 *   Never.
	 * @throws {VFileMessage}
	 *   Message.
	 */
	fail(reason: string, options?: Options$1 | null | undefined): never;
	/**
	 * Create a fatal message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `true` (error; file not usable)
	 * and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {never}
	 *   Never.
	 * @throws {VFileMessage}
	 *   Message.
	 */
	fail(reason: string, parent: Node$1 | NodeLike$1 | null | undefined, origin?: string | null | undefined): never;
	/**
	 * Create a fatal message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `true` (error; file not usable)
	 * and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {never}
	 *   Never.
	 * @throws {VFileMessage}
	 *   Message.
	 */
	fail(reason: string, place: Point | Position | null | undefined, origin?: string | null | undefined): never;
	/**
	 * Create a fatal message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `true` (error; file not usable)
	 * and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {never}
	 *   Never.
	 * @throws {VFileMessage}
	 *   Message.
	 */
	fail(reason: string, origin?: string | null | undefined): never;
	/**
	 * Create a fatal message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `true` (error; file not usable)
	 * and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {never}
	 *   Never.
	 * @throws {VFileMessage}
	 *   Message.
	 */
	fail(cause: Error | VFileMessage, parent: Node$1 | NodeLike$1 | null | undefined, origin?: string | null | undefined): never;
	/**
	 * Create a fatal message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `true` (error; file not usable)
	 * and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {never}
	 *   Never.
	 * @throws {VFileMessage}
	 *   Message.
	 */
	fail(cause: Error | VFileMessage, place: Point | Position | null | undefined, origin?: string | null | undefined): never;
	/**
	 * Create a fatal message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `true` (error; file not usable)
	 * and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {never}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {never}
	 *   Never.
	 * @throws {VFileMessage}
	 *   Message.
	 */
	fail(cause: Error | VFileMessage, origin?: string | null | undefined): never;
	/**
	 * Create an info message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `undefined` (info; change
	 * likely not needed) and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {VFileMessage}
	 *   Message.
	 */
	info(reason: string, options?: Options$1 | null | undefined): VFileMessage;
	/**
	 * Create an info message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `undefined` (info; change
	 * likely not needed) and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {VFileMessage}
	 *   Message.
	 */
	info(reason: string, parent: Node$1 | NodeLike$1 | null | undefined, origin?: string | null | undefined): VFileMessage;
	/**
	 * Create an info message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `undefined` (info; change
	 * likely not needed) and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {VFileMessage}
	 *   Message.
	 */
	info(reason: string, place: Point | Position | null | undefined, origin?: string | null | undefined): VFileMessage;
	/**
	 * Create an info message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `undefined` (info; change
	 * likely not needed) and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {VFileMessage}
	 *   Message.
	 */
	info(reason: string, origin?: string | null | undefined): VFileMessage;
	/**
	 * Create an info message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `undefined` (info; change
	 * likely not needed) and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {VFileMessage}
	 *   Message.
	 */
	info(cause: Error | VFileMessage, parent: Node$1 | NodeLike$1 | null | undefined, origin?: string | null | undefined): VFileMessage;
	/**
	 * Create an info message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `undefined` (info; change
	 * likely not needed) and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {VFileMessage}
	 *   Message.
	 */
	info(cause: Error | VFileMessage, place: Point | Position | null | undefined, origin?: string | null | undefined): VFileMessage;
	/**
	 * Create an info message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `undefined` (info; change
	 * likely not needed) and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {VFileMessage}
	 *   Message.
	 */
	info(cause: Error | VFileMessage, origin?: string | null | undefined): VFileMessage;
	/**
	 * Create a message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `false` (warning; change may be
	 * needed) and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {VFileMessage}
	 *   Message.
	 */
	message(reason: string, options?: Options$1 | null | undefined): VFileMessage;
	/**
	 * Create a message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `false` (warning; change may be
	 * needed) and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {VFileMessage}
	 *   Message.
	 */
	message(reason: string, parent: Node$1 | NodeLike$1 | null | undefined, origin?: string | null | undefined): VFileMessage;
	/**
	 * Create a message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `false` (warning; change may be
	 * needed) and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {VFileMessage}
	 *   Message.
	 */
	message(reason: string, place: Point | Position | null | undefined, origin?: string | null | undefined): VFileMessage;
	/**
	 * Create a message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `false` (warning; change may be
	 * needed) and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {VFileMessage}
	 *   Message.
	 */
	message(reason: string, origin?: string | null | undefined): VFileMessage;
	/**
	 * Create a message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `false` (warning; change may be
	 * needed) and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {VFileMessage}
	 *   Message.
	 */
	message(cause: Error | VFileMessage, parent: Node$1 | NodeLike$1 | null | undefined, origin?: string | null | undefined): VFileMessage;
	/**
	 * Create a message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `false` (warning; change may be
	 * needed) and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {VFileMessage}
	 *   Message.
	 */
	message(cause: Error | VFileMessage, place: Point | Position | null | undefined, origin?: string | null | undefined): VFileMessage;
	/**
	 * Create a message for `reason` associated with the file.
	 *
	 * The `fatal` field of the message is set to `false` (warning; change may be
	 * needed) and the `file` field is set to the current file path.
	 * The message is added to the `messages` field on `file`.
	 *
	 * > 🪦 **Note**: also has obsolete signatures.
	 *
	 * @overload
	 * @param {string} reason
	 * @param {MessageOptions | null | undefined} [options]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {string} reason
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Node | NodeLike | null | undefined} parent
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {Point | Position | null | undefined} place
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @overload
	 * @param {Error | VFileMessage} cause
	 * @param {string | null | undefined} [origin]
	 * @returns {VFileMessage}
	 *
	 * @param {Error | VFileMessage | string} causeOrReason
	 *   Reason for message, should use markdown.
	 * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
	 *   Configuration (optional).
	 * @param {string | null | undefined} [origin]
	 *   Place in code where the message originates (example:
	 *   `'my-package:my-rule'` or `'my-rule'`).
	 * @returns {VFileMessage}
	 *   Message.
	 */
	message(cause: Error | VFileMessage, origin?: string | null | undefined): VFileMessage;
	/**
	 * Serialize the file.
	 *
	 * > **Note**: which encodings are supported depends on the engine.
	 * > For info on Node.js, see:
	 * > <https://nodejs.org/api/util.html#whatwg-supported-encodings>.
	 *
	 * @param {string | null | undefined} [encoding='utf8']
	 *   Character encoding to understand `value` as when it’s a `Uint8Array`
	 *   (default: `'utf-8'`).
	 * @returns {string}
	 *   Serialized file.
	 */
	toString(encoding?: string | null | undefined): string;
}
type NodeLike$1 = object & {
	type: string;
	position?: Position | undefined;
};
declare const emptyObjectSymbol: unique symbol;
type Compatible = Options$2 | URL | VFile | Value;
interface Map$1 {
	/**
	 * The generated file this source map is associated with.
	 */
	file: string;
	/**
	 * A string of base64 VLQs which contain the actual mappings.
	 */
	mappings: string;
	/**
	 * An array of identifiers which can be referenced by individual mappings.
	 */
	names: Array<string>;
	/**
	 * An array of contents of the original source files.
	 */
	sourcesContent?: Array<string> | undefined;
	/**
	 * The URL root from which all sources are relative.
	 */
	sourceRoot?: string | undefined;
	/**
	 * An array of URLs to the original source files.
	 */
	sources: Array<string>;
	/**
	 * Which version of the source map spec this map is following.
	 */
	version: number;
}
interface DataMap {
	[emptyObjectSymbol]?: never;
}
type Data$1 = Record<string, unknown> & Partial<DataMap>;
interface Options$2 {
	/**
	 * Arbitrary fields that will be shallow copied over to the new file.
	 */
	[key: string]: unknown;
	/**
	 * Set `basename` (name).
	 */
	basename?: string | null | undefined;
	/**
	 * Set `cwd` (working directory).
	 */
	cwd?: string | null | undefined;
	/**
	 * Set `data` (associated info).
	 */
	data?: Data$1 | null | undefined;
	/**
	 * Set `dirname` (path w/o basename).
	 */
	dirname?: string | null | undefined;
	/**
	 * Set `extname` (extension with dot).
	 */
	extname?: string | null | undefined;
	/**
	 * Set `history` (paths the file moved between).
	 */
	history?: Array<string> | null | undefined;
	/**
	 * Set `path` (current path).
	 */
	path?: URL | string | null | undefined;
	/**
	 * Set `stem` (name without extension).
	 */
	stem?: string | null | undefined;
	/**
	 * Set `value` (the contents of the file).
	 */
	value?: Value | null | undefined;
}
type Value = Uint8Array | string;
export type Format = "markdown" | "text";
interface LooseFrontMatter {
	/** Offset of the YAML text (after the opening fence). */
	offset: number;
	yaml: string;
	/** Offset just after the closing fence. */
	end: number;
}
export type Level = "off" | "warning" | "error";
/** A rule's setting: a level, or `[level, options]` (ESLint and unified-lint-rule style). */
export type RuleSetting = Level | [
	Level,
	Record<string, unknown>?
];
export interface Config {
	rules?: Record<string, RuleSetting>;
	/** Largest file, in bytes, that is linted; larger files are skipped with a message. */
	maxFileSize?: number;
	/** Per-file time budget in ms; a file that takes longer is skipped with a message (0: no budget). */
	fileTimeout?: number;
}
type BlockKind = "heading" | "paragraph";
interface Block {
	kind: BlockKind;
	/** Heading depth (1–6) for headings. */
	depth?: number;
	/** The whole block is bold (`**Headline**`). */
	strong: boolean;
	/** The whole block is in italics (`*caption*`): a caption or an editor's note. */
	emphasis: boolean;
	/** The list or blockquote the block sits in (0: the article itself). */
	container: number;
	/** Inside a list item. */
	inList: boolean;
	/** Inside a blockquote. */
	inQuote: boolean;
	/** A table written as pipes (`| a | b |`): data, not prose. */
	table: boolean;
	/** Starts with a bold label (`**Duration:** two weeks`): a field of a structured layout. */
	field: boolean;
	start: Point;
	end: Point;
	/** Plain text of the block (markup, HTML and template tags removed). */
	text: string;
	/** Holds an image with alt text: the retext side reads alt text, which `text` leaves out. */
	alt: boolean;
}
interface FrontMatterField {
	value: unknown;
	/** Where the field's line is in the file. */
	start: Point;
	end: Point;
}
interface ArticleInfo {
	format: "markdown" | "text";
	blocks: Block[];
	frontMatter: Record<string, FrontMatterField>;
	/** Offsets `[start, end]` of links, in order: a quotation that links to its source is attributed. */
	links: Array<[
		number,
		number
	]>;
}
type OptionType = "integer" | "number" | "string[]";
interface OptionSpec<T extends number | string[] = number | string[]> {
	type: OptionType;
	default: T;
	description: string;
	/** Smallest accepted value (numbers). */
	min?: number;
	/** Largest accepted value (numbers). */
	max?: number;
}
interface Example {
	title: string;
	/** Markdown unless given. */
	format?: "markdown" | "text";
	input: string;
	messages: string[];
	/** Options for the rule in this example. */
	options?: Record<string, unknown>;
}
/** What reporters and generated docs need of a rule. */
export interface RuleInfo {
	id: string;
	level: Exclude<Level, "off">;
	summary: string;
	fix: string;
	url: string;
	options: Record<string, OptionSpec>;
	examples: Example[];
}
/**
 * A certain fix: replace `range` (`[start, end]`, UTF-16 offsets in the
 * file's text without its byte order mark, as positions count) with `text`.
 * The shape is ESLint's, so editor integrations that apply ESLint fixes can
 * apply these.
 */
export interface Fix {
	range: [
		number,
		number
	];
	text: string;
}
export declare const SOURCE = "copydesk";
/** The other place a finding is about (the first copy, the headline). */
export interface OtherPlace {
	start: Point;
	end: Point;
	message: string;
}
export type CopydeskMessage = VFileMessage;
export declare const ruleIds: string[];
/** Each rule's definition: id, level, summary, fix, options, examples, url. */
export declare const ruleInfo: RuleInfo[];
/** Validates a config; throws a readable error on the first problem (unknown key, rule, level, option or type). */
export declare function checkConfig(config: Config): void;
interface Place {
	start: Point;
	end: Point;
}
export interface Attribution {
	/** The speaker or source as written (`Allan Leslie`, `he`, `the ministry`, `the report`); none for a layout or a bare credit. */
	speaker?: string;
	speakerAt?: Place;
	/** The cue as written: `said`, `according to`, `:`, `—`; or, for attribution by layout or context, what carries it. */
	cue: string;
	cueAt?: Place;
	/**
	 * How the source is linked: a reporting `verb`, `according-to`, a `colon` after a speaker, a `credit`
	 * line, a `continuation` of the previous quotation's speaker, an `introduction` (a paragraph ending
	 * in a colon that names the speaker), a `link` or `citation` to the document, or the `layout`
	 * (a Q&A answer, a pull quote).
	 */
	frame: "verb" | "according-to" | "colon" | "credit" | "continuation" | "introduction" | "link" | "citation" | "layout";
	/** Where the frame stands: in the quotation's own sentence, the sentence before or after, the paragraph before or after, or inside a multi-paragraph quotation. */
	where: "sentence" | "sentence-before" | "sentence-after" | "paragraph-before" | "paragraph-after" | "within";
}
export interface Quotation {
	/** The quoted words (paragraphs of a multi-paragraph quotation joined by a space). */
	text: string;
	words: number;
	start: Point;
	end: Point;
	/** Paragraphs the quotation runs over (a missing paragraph break inside one paragraph counts as one). */
	paragraphs: number;
	closed: boolean;
	/**
	 * `speech`: a quotation that needs a speaker; the others do not: `short` (under the word threshold:
	 * scare quotes, partial quotes), `title` (Title Case, no sentence punctuation), `mention` (after a
	 * mention cue, in a series of examples, used as a noun phrase), `fragment` (lower case: part of the
	 * writer's sentence), `markup` (a URL, an attribute).
	 */
	kind: "speech" | "short" | "title" | "mention" | "fragment" | "markup";
	attribution?: Attribution;
}
export interface UnbalancedMark extends Place {
	/**
	 * `unclosed`: a quotation never closed; `stray`: a mark with no partner; `reopened`: a quotation opens
	 * before the previous one closes (a closing mark or a paragraph break missing); `run-on`: a quotation
	 * runs over paragraphs that do not reopen it.
	 */
	kind: "unclosed" | "stray" | "reopened" | "run-on";
	/** Marks of this kind in the paragraph (`stray`, `reopened`) or paragraphs run over (`run-on`). */
	count: number;
}
export interface QuoteModel {
	quotations: Quotation[];
	unbalanced: UnbalancedMark[];
}
/** Set `fingerprint` on every message of `file`, whose positions count in `text`. */
export declare function fingerprint(file: VFile, text: string): void;
/** The processor of a format: unified's `parse` and `run` (the mdast and nlcst trees are the library's own business). */
export interface LintProcessor {
	parse(file: VFile): Node$1;
	run(tree: Node$1, file: VFile): Promise<Node$1>;
}
/** The preset's processor for a format and configuration: what `lint()` runs. */
export declare const createProcessor: (format: Format, config?: Config) => LintProcessor;
/** A rule: a retext plugin taking a setting, with its definition. */
export interface Rule {
	(setting?: RuleSetting): unknown;
	ruleId: string;
	level: Exclude<Level, "off">;
	info: RuleInfo;
}
/** Every rule, in the order they run. */
export declare const rules: Rule[];
export interface LintOptions {
	/** Path of the article: decides the format (`.md`, `.markdown` → Markdown) and names the file-name date. */
	path?: string;
	/** Force a format instead of reading it from the path. */
	format?: Format;
	config?: Config;
	/** A pipeline from `createProcessor` to use instead of the one for the format and config. */
	processor?: LintProcessor;
}
export declare function formatOf(path: string | undefined): Format;
/** Lint one article: parse and run the preset's processor for its format and config, messages sorted. */
export declare function lint(input: Compatible, options?: LintOptions): Promise<VFile>;
/**
 * The article's quotation model: every quotation with its words, span, kind and attribution (speaker
 * as written, cue, frame, where they stand), and every unbalanced quote mark. The configuration's
 * `unattributed-quote` options (`verbs`, `speakers`, `mentionCues`, `minWords`) apply; the rule runs even
 * where the configuration turns it off.
 */
export declare function quotes(input: Compatible, options?: LintOptions): Promise<QuoteModel>;

export {};
interface VFileMessage {
  /** The edit that fixes the finding, when it is certain (`expected` stays the human-readable form). */
  fix?: Fix
  /**
   * A hash of the finding's content (rule, path, the text of its span and of its other place, and
   * which of identical findings it is), not its line: the same finding keeps it when lines move.
   */
  fingerprint?: string
}
