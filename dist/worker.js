import {createRequire as __copydeskRequire} from 'node:module'; const require = __copydeskRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all3) => {
  for (var name2 in all3)
    __defProp(target, name2, { get: all3[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === ALIAS;
    var isDocument = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === DOC;
    var isMap2 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === MAP;
    var isPair = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === PAIR;
    var isScalar2 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SCALAR;
    var isSeq = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SEQ;
    function isCollection(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node2) => (isScalar2(node2) || isCollection(node2)) && !!node2.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP2 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node2)) {
        const cd = visit_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        visit_(null, node2, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP2;
    visit2.REMOVE = REMOVE;
    function visit_(key, node2, visitor, path) {
      const ctrl = callVisitor(key, node2, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node2)) {
          path = Object.freeze(path.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = visit_(i, node2.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node2)) {
          path = Object.freeze(path.concat(node2));
          const ck = visit_("key", node2.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = visit_("value", node2.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node2)) {
        const cd = await visitAsync_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        await visitAsync_(null, node2, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP2;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node2, visitor, path) {
      const ctrl = await callVisitor(key, node2, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node2)) {
          path = Object.freeze(path.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = await visitAsync_(i, node2.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node2)) {
          path = Object.freeze(path.concat(node2));
          const ck = await visitAsync_("key", node2.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = await visitAsync_("value", node2.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node2, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node2, path);
      if (identity.isMap(node2))
        return visitor.Map?.(key, node2, path);
      if (identity.isSeq(node2))
        return visitor.Seq?.(key, node2, path);
      if (identity.isPair(node2))
        return visitor.Pair?.(key, node2, path);
      if (identity.isScalar(node2))
        return visitor.Scalar?.(key, node2, path);
      if (identity.isAlias(node2))
        return visitor.Alias?.(key, node2, path);
      return void 0;
    }
    function replaceNode(key, path, node2) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node2;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node2;
        else
          parent.value = node2;
      } else if (identity.isDocument(parent)) {
        parent.contents = node2;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags2) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags2);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name2 = parts.shift();
        switch (name2) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name2}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source2, onError) {
        if (source2 === "!")
          return "!";
        if (source2[0] !== "!") {
          onError(`Not a valid tag: ${source2}`);
          return null;
        }
        if (source2[1] === "<") {
          const verbatim = source2.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source2} is invalid.`);
            return null;
          }
          if (source2[source2.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source2.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source2} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source2;
        onError(`Could not resolve tag: ${source2}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag2) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag2.startsWith(prefix))
            return handle + escapeTagName(tag2.substring(prefix.length));
        }
        return tag2[0] === "!" ? tag2 : `!<${tag2}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags2 = {};
          visit2.visit(doc.contents, (_key, node2) => {
            if (identity.isNode(node2) && node2.tag)
              tags2[node2.tag] = true;
          });
          tagNames = Object.keys(tags2);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node2) {
          if (node2.anchor)
            anchors.add(node2.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name2 = `${prefix}${i}`;
        if (!exclude.has(name2))
          return name2;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source2) => {
          aliasObjects.push(source2);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source2 of aliasObjects) {
            const ref = sourceObjects.get(source2);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source2;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value2, arg, ctx) {
      if (Array.isArray(value2))
        return value2.map((v, i) => toJS(v, String(i), ctx));
      if (value2 && typeof value2.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value2))
          return value2.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value2, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value2.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value2 === "bigint" && !ctx?.keep)
        return Number(value2);
      return value2;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source2) {
        super(identity.ALIAS);
        this.source = source2;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node2) => {
              if (identity.isAlias(node2) || identity.hasAnchor(node2))
                nodes.push(node2);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node2 of nodes) {
          if (node2 === this)
            break;
          if (node2.anchor === this.source)
            found = node2;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source2 = this.resolve(ctx.doc, ctx);
        if (!source2) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source2).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node2, anchors2) {
      if (identity.isAlias(node2)) {
        const source2 = node2.resolve(doc);
        const anchor = anchors2 && source2 && anchors2.get(source2);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node2)) {
        let count = 0;
        for (const item of node2.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node2)) {
        const kc = getAliasCount(doc, node2.key, anchors2);
        const vc = getAliasCount(doc, node2.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value2) => !value2 || typeof value2 !== "function" && typeof value2 !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value2) {
        super(identity.SCALAR);
        this.value = value2;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value2, tagName, tags2) {
      if (tagName) {
        const match = tags2.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags2.find((t) => t.identify?.(value2) && !t.format);
    }
    function createNode(value2, tagName, ctx) {
      if (identity.isDocument(value2))
        value2 = value2.contents;
      if (identity.isNode(value2))
        return value2;
      if (identity.isPair(value2)) {
        const map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value2);
        return map2;
      }
      if (value2 instanceof String || value2 instanceof Number || value2 instanceof Boolean || typeof BigInt !== "undefined" && value2 instanceof BigInt) {
        value2 = value2.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value2 && typeof value2 === "object") {
        ref = sourceObjects.get(value2);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value2));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value2, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value2, tagName, schema.tags);
      if (!tagObj) {
        if (value2 && typeof value2.toJSON === "function") {
          value2 = value2.toJSON();
        }
        if (!value2 || typeof value2 !== "object") {
          const node3 = new Scalar.Scalar(value2);
          if (ref)
            ref.node = node3;
          return node3;
        }
        tagObj = value2 instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value2) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node2 = tagObj?.createNode ? tagObj.createNode(ctx.schema, value2, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value2, ctx) : new Scalar.Scalar(value2);
      if (tagName)
        node2.tag = tagName;
      else if (!tagObj.default)
        node2.tag = tagObj.tag;
      if (ref)
        ref.node = node2;
      return node2;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value2) {
      let v = value2;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value2) {
        if (isEmptyPath(path))
          this.add(value2);
        else {
          const [key, ...rest] = path;
          const node2 = this.get(key, true);
          if (identity.isCollection(node2))
            node2.addIn(rest, value2);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node2 = this.get(key, true);
        if (identity.isCollection(node2))
          return node2.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node2 = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node2) ? node2.value : node2;
        else
          return identity.isCollection(node2) ? node2.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node2) => {
          if (!identity.isPair(node2))
            return false;
          const n = node2.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node2 = this.get(key, true);
        return identity.isCollection(node2) ? node2.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value2) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value2);
        } else {
          const node2 = this.get(key, true);
          if (identity.isCollection(node2))
            node2.setIn(rest, value2);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text3, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text3;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text3.length <= endStep)
        return text3;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text3, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text3[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text3[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text3, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next2 = text3[i + 1];
            if (next2 && next2 !== " " && next2 !== "\n" && next2 !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text3[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text3;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text3;
      if (onFold)
        onFold();
      let res = text3.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold2 = folds[i2];
        const end2 = folds[i2 + 1] || text3.length;
        if (fold2 === 0)
          res = `
${indent}${text3.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold2])
            res += `${text3[fold2]}\\`;
          res += `
${indent}${text3.slice(fold2 + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text3, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text3[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text3[++i];
        } else {
          do {
            ch = text3[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text3[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value2, ctx) {
      const json = JSON.stringify(value2);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value2, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value2.includes("\n") || /[ \t]\n|\n[ \t]/.test(value2))
        return doubleQuotedString(value2, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      const res = "'" + value2.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value2, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value2.includes('"');
        const hasSingle = value2.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value2, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value: value2 }, ctx, onComment, onChompKeep) {
      const { blockQuote: blockQuote2, commentString, lineWidth } = ctx.options;
      if (!blockQuote2 || /\n[\t ]+$/.test(value2)) {
        return quotedString(value2, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value2) ? "  " : "");
      const literal = blockQuote2 === "literal" ? true : blockQuote2 === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value2, lineWidth, indent.length);
      if (!value2)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value2.length; endStart > 0; --endStart) {
        const ch = value2[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value2.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value2 === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value2 = value2.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value2.length; ++startEnd) {
        const ch = value2[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value2.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value2 = value2.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value2.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote2 !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value2 = value2.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value2}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value: value2 } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value2.includes("\n") || inFlow && /[[\]{},]/.test(value2)) {
        return quotedString(value2, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value2)) {
        return implicitKey || inFlow || !value2.includes("\n") ? quotedString(value2, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value2.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value2)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value2, ctx);
        }
      }
      const str = value2.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag2) => tag2.default && tag2.tag !== "tag:yaml.org,2002:str" && tag2.test?.test(str);
        const { compat, tags: tags2 } = ctx.doc.schema;
        if (tags2.some(test) || compat?.some(test))
          return quotedString(value2, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags2, item) {
      if (item.tag) {
        const match = tags2.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags2.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags2.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name2} value`);
      }
      return tagObj;
    }
    function stringifyProps(node2, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node2) || identity.isCollection(node2)) && node2.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag2 = node2.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag2)
        props.push(doc.directives.tagString(tag2));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node2 = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node2));
      const props = stringifyProps(node2, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node2, ctx, onComment, onChompKeep) : identity.isScalar(node2) ? stringifyString.stringifyString(node2, ctx, onComment, onChompKeep) : node2.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node2) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value: value2 }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value2 == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value2 == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value2 == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value2)) {
        vsb = !!value2.spaceBefore;
        vcb = value2.commentBefore;
        valueComment = value2.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value2 && typeof value2 === "object")
          value2 = doc.createNode(value2);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value2))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value2) && !value2.flow && !value2.tag && !value2.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value2, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value2)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow4 = ctx.inFlow ?? value2.flow ?? value2.items.length === 0;
        if (hasNewline || !flow4) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value2) => value2 === MERGE_KEY || typeof value2 === "symbol" && value2.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag2) => tag2.tag === merge.tag && tag2.default);
    function addMergeToJSMap(ctx, map2, value2) {
      const source2 = resolveAliasValue(ctx, value2);
      if (identity.isSeq(source2))
        for (const it of source2.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source2))
        for (const it of source2)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source2);
    }
    function mergeValue(ctx, map2, value2) {
      const source2 = resolveAliasValue(ctx, value2);
      if (!identity.isMap(source2))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source2.toJSON(null, ctx, Map);
      for (const [key, value3] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key))
            map2.set(key, value3);
        } else if (map2 instanceof Set) {
          map2.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
          Object.defineProperty(map2, key, {
            value: value3,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value2) {
      return ctx && identity.isAlias(value2) ? value2.resolve(ctx.doc, ctx) : value2;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value: value2 }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value2);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map2, value2);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value2, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value2, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node2 of ctx.anchors.keys())
          strCtx.anchors.add(node2.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value2, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value2, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value2 = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value2;
      }
      clone(schema) {
        let { key, value: value2 } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value2))
          value2 = value2.clone(schema);
        return new _Pair(key, value2);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow4 = ctx.inFlow ?? collection.flow;
      const stringify2 = flow4 ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema);
        const add4 = (key, value2) => {
          if (typeof replacer === "function")
            value2 = replacer.call(obj, key, value2);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value2 !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key, value2, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value2] of obj)
            add4(key, value2);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add4(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map2.items.sort(schema.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node2 = it?.value;
        return (!keepScalar && identity.isScalar(node2) ? node2.value : node2) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value2) {
        this.add(new Pair.Pair(key, value2), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value2) {
        this.items.push(value2);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value2) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value2))
          prev.value = value2;
        else
          this.items[idx] = value2;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string3 = {
      identify: (value2) => typeof value2 === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string3;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value2) => value2 == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source: source2 }, ctx) => typeof source2 === "string" && nullTag.test.test(source2) ? source2 : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value2) => typeof value2 === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source: source2, value: value2 }, ctx) {
        if (source2 && boolTag.test.test(source2)) {
          const sv = source2[0] === "t" || source2[0] === "T";
          if (value2 === sv)
            return source2;
        }
        return value2 ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag: tag2, value: value2 }) {
      if (typeof value2 === "bigint")
        return String(value2);
      const num = typeof value2 === "number" ? value2 : Number(value2);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value2, -0) ? "-0" : JSON.stringify(value2);
      if (!format2 && minFractionDigits && (!tag2 || tag2 === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node2) {
        const num = Number(node2.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node2 = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node2.minFractionDigits = str.length - dot - 1;
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node2, radix, prefix) {
      const { value: value2 } = node2;
      if (intIdentify(value2) && value2 >= 0)
        return prefix + value2.toString(radix);
      return stringifyNumber.stringifyNumber(node2);
    }
    var intOct = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map2.map,
      seq.seq,
      string3.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map2 = require_map();
    var seq = require_seq();
    function intIdentify(value2) {
      return typeof value2 === "bigint" || Number.isInteger(value2);
    }
    var stringifyJSON = ({ value: value2 }) => JSON.stringify(value2);
    var jsonScalars = [
      {
        identify: (value2) => typeof value2 === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => value2 == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => typeof value2 === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value: value2 }) => intIdentify(value2) ? value2.toString() : JSON.stringify(value2)
      },
      {
        identify: (value2) => typeof value2 === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map2.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value2) => value2 instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value: value2 }, ctx, onComment, onChompKeep) {
        if (!value2)
          return "";
        const buf = value2;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value2;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value2 = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys2 = Object.keys(it);
            if (keys2.length === 1) {
              key = keys2[0];
              value2 = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys2.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value2, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair of this.items) {
          let key, value2;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value2 = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value2);
        }
        return map2;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value2) => value2 instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value: value2, source: source2 }, ctx) {
      const boolObj = value2 ? trueTag : falseTag;
      if (source2 && boolObj.test.test(source2))
        return source2;
      return value2 ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value2) => value2 === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value2) => value2 === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node2) {
        const num = Number(node2.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node2 = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node2.minFractionDigits = f.length;
        }
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node2, radix, prefix) {
      const { value: value2 } = node2;
      if (intIdentify(value2)) {
        const str = value2.toString(radix);
        return value2 < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node2);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node2) => intStringify(node2, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value2) {
        if (typeof value2 !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value2}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value2) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value2) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value2 of iterable) {
            if (typeof replacer === "function")
              value2 = replacer.call(iterable, value2, value2);
            set2.items.push(Pair.createPair(value2, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value2) => value2 instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node2) {
      let { value: value2 } = node2;
      let num = (n) => n;
      if (typeof value2 === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value2) || !isFinite(value2))
        return stringifyNumber.stringifyNumber(node2);
      let sign = "";
      if (value2 < 0) {
        sign = "-";
        value2 *= num(-1);
      }
      const _60 = num(60);
      const parts = [value2 % _60];
      if (value2 < 60) {
        parts.unshift(0);
      } else {
        value2 = (value2 - parts[0]) / _60;
        parts.unshift(value2 % _60);
        if (value2 >= 60) {
          value2 = (value2 - parts[0]) / _60;
          parts.unshift(value2);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value2) => typeof value2 === "bigint" || Number.isInteger(value2),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value2) => value2 instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month2, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month2 - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value: value2 }) => value2?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map2.map,
      seq.seq,
      string3.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map2.map, seq.seq, string3.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map2.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags2 = schemaTags;
      if (!tags2) {
        if (Array.isArray(customTags))
          tags2 = [];
        else {
          const keys2 = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys2} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag2 of customTags)
          tags2 = tags2.concat(tag2);
      } else if (typeof customTags === "function") {
        tags2 = customTags(tags2.slice());
      }
      if (addMergeTag)
        tags2 = tags2.concat(merge.merge);
      return tags2.reduce((tags3, tag2) => {
        const tagObj = typeof tag2 === "string" ? tagsByName[tag2] : tag2;
        if (!tagObj) {
          const tagName = JSON.stringify(tag2);
          const keys2 = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys2}`);
        }
        if (!tags3.includes(tagObj))
          tags3.push(tagObj);
        return tags3;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map2 = require_map();
    var seq = require_seq();
    var string3 = require_string();
    var tags2 = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags2.getTags(compat, "compat") : compat ? tags2.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags2.coreKnownTags : {};
        this.tags = tags2.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map2.map });
        Object.defineProperty(this, identity.SCALAR, { value: string3.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value2, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value2 === void 0 ? null : this.createNode(value2, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value2) {
        if (assertCollection(this.contents))
          this.contents.add(value2);
      }
      /** Adds a value to the document. */
      addIn(path, value2) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value2);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node2, name2) {
        if (!node2.anchor) {
          const prev = anchors.anchorNames(this);
          node2.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
        }
        return new Alias.Alias(node2.anchor);
      }
      createNode(value2, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value2 = replacer.call({ "": value2 }, "", value2);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow: flow4, keepUndefined, onTagObj, tag: tag2 } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node2 = createNode.createNode(value2, tag2, ctx);
        if (flow4 && identity.isCollection(node2))
          node2.flow = true;
        setAnchors();
        return node2;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value2, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value2, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value2) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value2);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value2);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value2) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value2;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value2);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value2);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name2, pos, code, message) {
        super();
        this.name = name2;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow: flow4, indicator: indicator2, next: next2, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag2 = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token2 of tokens) {
        if (reqSpace) {
          if (token2.type !== "space" && token2.type !== "newline" && token2.type !== "comma")
            onError(token2.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token2.type !== "comment" && token2.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token2.type) {
          case "space":
            if (!flow4 && (indicator2 !== "doc-start" || next2?.type !== "flow-collection") && token2.source.includes("	")) {
              tab = token2;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token2, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token2.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token2.source;
              else if (!found || indicator2 !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token2.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag2)
              newlineAfterProp = token2;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token2, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token2.source.endsWith(":"))
              onError(token2.offset + token2.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token2;
            start ?? (start = token2.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag2)
              onError(token2, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag2 = token2;
            start ?? (start = token2.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator2:
            if (anchor || tag2)
              onError(token2, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token2.source} indicator`);
            if (found)
              onError(token2, "UNEXPECTED_TOKEN", `Unexpected ${token2.source} in ${flow4 ?? "collection"}`);
            found = token2;
            atNewline = indicator2 === "seq-item-ind" || indicator2 === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow4) {
              if (comma)
                onError(token2, "UNEXPECTED_TOKEN", `Unexpected , in ${flow4}`);
              comma = token2;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token2, "UNEXPECTED_TOKEN", `Unexpected ${token2.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next2 && next2.type !== "space" && next2.type !== "newline" && next2.type !== "comma" && (next2.type !== "scalar" || next2.source !== "")) {
        onError(next2.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next2?.type === "block-map" || next2?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag: tag2,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search2) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search2));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag2) {
      const NodeClass = tag2?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value: value2 } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value2,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value2?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value2, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset, commentEnd ?? offset];
      return map2;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag2) {
      const NodeClass = tag2?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value: value2 } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value2,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value2) {
            if (value2?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node2 = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value2, onError);
        offset = node2.range[2];
        seq.items.push(node2);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token2 of end) {
          const { source: source2, type } = token2;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token2, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source2.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source2;
              hasSpace = true;
              break;
            default:
              onError(token2, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source2.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token2) => token2 && (token2.type === "block-map" || token2.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag2) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag2?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value: value2 } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value2) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value2))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value2,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value2) {
            if ("source" in value2 && value2.source?.[0] === ":")
              onError(value2, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value2))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token2, onError, tagName, tag2) {
      const coll = token2.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token2, onError, tag2) : token2.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token2, onError, tag2) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token2, onError, tag2);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token2, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token2.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token2.type === "block-map" ? "map" : token2.type === "block-seq" ? "seq" : token2.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token2, onError, tagName);
      }
      let tag2 = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag2) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag2 = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token2, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token2, onError, tagName, tag2);
      const res = tag2.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node2 = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node2.range = coll.range;
      node2.tag = tagName;
      if (tag2?.format)
        node2.format = tag2.format;
      return node2;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines2(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content3 = lines[i][1];
        if (content3 === "" || content3 === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value3 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value3, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content3] = lines[i];
        if (content3 === "" || content3 === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content3.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value2 = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value2 += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content3] = lines[i];
        offset += indent.length + content3.length + 1;
        const crlf = content3[content3.length - 1] === "\r";
        if (crlf)
          content3 = content3.slice(0, -1);
        if (content3 && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content3.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value2 += sep + indent.slice(trimIndent) + content3;
          sep = "\n";
        } else if (indent.length > trimIndent || content3[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value2 += sep + indent.slice(trimIndent) + content3;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content3 === "") {
          if (sep === "\n")
            value2 += "\n";
          else
            sep = "\n";
        } else {
          value2 += sep + content3;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value2 += "\n" + lines[i][0].slice(trimIndent);
          if (value2[value2.length - 1] !== "\n")
            value2 += "\n";
          break;
        default:
          value2 += "\n";
      }
      const end = start + header.length + scalar2.source.length;
      return { value: value2, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict2, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source: source2 } = props[0];
      const mode = source2[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source2.length; ++i) {
        const ch = source2[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source2}`);
      let hasSpace = false;
      let comment = "";
      let length = source2.length;
      for (let i = 1; i < props.length; ++i) {
        const token2 = props[i];
        switch (token2.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token2.source.length;
            break;
          case "comment":
            if (strict2 && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token2, "MISSING_CHAR", message);
            }
            length += token2.source.length;
            comment = token2.source.substring(1);
            break;
          case "error":
            onError(token2, "UNEXPECTED_TOKEN", token2.message);
            length += token2.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token2.type}`;
            onError(token2, "UNEXPECTED_TOKEN", message);
            const ts = token2.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source2) {
      const split = source2.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict2, onError) {
      const { offset, type, source: source2, end } = scalar2;
      let _type;
      let value2;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value2 = plainValue(source2, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value2 = singleQuotedValue(source2, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value2 = doubleQuotedValue(source2, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source2.length, offset + source2.length]
          };
      }
      const valueEnd2 = offset + source2.length;
      const re = resolveEnd.resolveEnd(end, valueEnd2, strict2, onError);
      return {
        value: value2,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd2, re.offset]
      };
    }
    function plainValue(source2, onError) {
      let badChar = "";
      switch (source2[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source2[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source2[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source2);
    }
    function singleQuotedValue(source2, onError) {
      if (source2[source2.length - 1] !== "'" || source2.length === 1)
        onError(source2.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source2.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source2) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source2);
      if (!match)
        return source2;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source2)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source2);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source2, onError) {
      let res = "";
      for (let i = 1; i < source2.length - 1; ++i) {
        const ch = source2[i];
        if (ch === "\r" && source2[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold: fold2, offset } = foldNewline(source2, i);
          res += fold2;
          i = offset;
        } else if (ch === "\\") {
          let next2 = source2[++i];
          const cc = escapeCodes[next2];
          if (cc)
            res += cc;
          else if (next2 === "\n") {
            next2 = source2[i + 1];
            while (next2 === " " || next2 === "	")
              next2 = source2[++i + 1];
          } else if (next2 === "\r" && source2[i + 1] === "\n") {
            next2 = source2[++i + 1];
            while (next2 === " " || next2 === "	")
              next2 = source2[++i + 1];
          } else if (next2 === "x" || next2 === "u" || next2 === "U") {
            const length = next2 === "x" ? 2 : next2 === "u" ? 4 : 8;
            res += parseCharCode(source2, i + 1, length, onError);
            i += length;
          } else {
            const raw = source2.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next2 = source2[i + 1];
          while (next2 === " " || next2 === "	")
            next2 = source2[++i + 1];
          if (next2 !== "\n" && !(next2 === "\r" && source2[i + 2] === "\n"))
            res += i > wsStart ? source2.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source2[source2.length - 1] !== '"' || source2.length === 1)
        onError(source2.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source2, offset) {
      let fold2 = "";
      let ch = source2[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source2[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold2 += "\n";
        offset += 1;
        ch = source2[offset + 1];
      }
      if (!fold2)
        fold2 = " ";
      return { fold: fold2, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source2, offset, length, onError) {
      const cc = source2.substr(offset, length);
      const ok3 = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok3 ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source2.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token2, tagToken, onError) {
      const { value: value2, type, comment, range } = token2.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token2, onError) : resolveFlowScalar.resolveFlowScalar(token2, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag2;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag2 = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag2 = findScalarTagByName(ctx.schema, value2, tagName, tagToken, onError);
      else if (token2.type === "scalar")
        tag2 = findScalarTagByTest(ctx, value2, token2, onError);
      else
        tag2 = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag2.resolve(value2, (msg) => onError(tagToken ?? token2, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token2, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value2);
      }
      scalar2.range = range;
      scalar2.source = value2;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag2.format)
        scalar2.format = tag2.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value2, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag2 of schema.tags) {
        if (!tag2.collection && tag2.tag === tagName) {
          if (tag2.default && tag2.test)
            matchWithTest.push(tag2);
          else
            return tag2;
        }
      }
      for (const tag2 of matchWithTest)
        if (tag2.test?.test(value2))
          return tag2;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value2, token2, onError) {
      const tag2 = schema.tags.find((tag3) => (tag3.default === true || atKey && tag3.default === "key") && tag3.test?.test(value2)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag3) => tag3.default && tag3.test?.test(value2)) ?? schema[identity.SCALAR];
        if (tag2.tag !== compat.tag) {
          const ts = directives.tagString(tag2.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token2, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag2;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before2, pos) {
      if (before2) {
        pos ?? (pos = before2.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before2[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before2[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before2[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token2, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag: tag2 } = props;
      let node2;
      let isSrcToken = true;
      switch (token2.type) {
        case "alias":
          node2 = composeAlias(ctx, token2, onError);
          if (anchor || tag2)
            onError(token2, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node2 = composeScalar.composeScalar(ctx, token2, tag2, onError);
          if (anchor)
            node2.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node2 = composeCollection.composeCollection(CN, ctx, token2, props, onError);
            if (anchor)
              node2.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token2, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token2.type === "error" ? token2.message : `Unsupported token (type: ${token2.type})`;
          onError(token2, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node2 ?? (node2 = composeEmptyNode(ctx, token2.offset, void 0, null, props, onError));
      if (anchor && node2.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node2) || typeof node2.value !== "string" || node2.tag && node2.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag2 ?? token2, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment) {
        if (token2.type === "scalar" && token2.source === "")
          node2.comment = comment;
        else
          node2.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node2.srcToken = token2;
      return node2;
    }
    function composeEmptyNode(ctx, offset, before2, pos, { spaceBefore, comment, anchor, tag: tag2, end }, onError) {
      const token2 = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before2, pos),
        indent: -1,
        source: ""
      };
      const node2 = composeScalar.composeScalar(ctx, token2, tag2, onError);
      if (anchor) {
        node2.anchor = anchor.source.substring(1);
        if (node2.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment) {
        node2.comment = comment;
        node2.range[2] = end;
      }
      return node2;
    }
    function composeAlias({ options }, { offset, source: source2, end }, onError) {
      const alias = new Alias.Alias(source2.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source2.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd2 = offset + source2.length;
      const re = resolveEnd.resolveEnd(end, valueEnd2, options.strict, onError);
      alias.range = [offset, valueEnd2, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value: value2, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value2 ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value2 && (value2.type === "block-map" || value2.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value2 ? composeNode.composeNode(ctx, value2, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source: source2 } = src;
      return [offset, offset + (typeof source2 === "string" ? source2.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source2 = prelude[i];
        switch (source2[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source2.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source2, code, message, warning) => {
          const pos = getErrorPos(source2);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset2 = -1) {
        for (const token2 of tokens)
          yield* this.next(token2);
        yield* this.end(forceDoc, endOffset2);
      }
      /** Advance the composer by one CST token. */
      *next(token2) {
        if (node_process.env.LOG_STREAM)
          console.dir(token2, { depth: null });
        switch (token2.type) {
          case "directive":
            this.directives.add(token2.source, (offset, message, warning) => {
              const pos = getErrorPos(token2);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token2.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token2, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token2, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token2.source);
            break;
          case "error": {
            const msg = token2.source ? `${token2.message}: ${JSON.stringify(token2.source)}` : token2.message;
            const error = new errors.YAMLParseError(getErrorPos(token2), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token2), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token2.end, token2.offset + token2.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token2), "UNEXPECTED_TOKEN", `Unsupported token ${token2.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset2 = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset2, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset2, endOffset2];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token2, strict2 = true, onError) {
      if (token2) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token2.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token2, strict2, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict: strict2 } }, token2, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value2, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source2 = stringifyString.stringifyString({ type, value: value2 }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source2[0]) {
        case "|":
        case ">": {
          const he = source2.indexOf("\n");
          const head = source2.substring(0, he);
          const body = source2.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source: source2, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source: source2, end };
        default:
          return { type: "scalar", offset, indent, source: source2, end };
      }
    }
    function setScalarValue(token2, value2, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token2 ? token2.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token2.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token2.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source2 = stringifyString.stringifyString({ type, value: value2 }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source2[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token2, source2);
          break;
        case '"':
          setFlowScalarValue(token2, source2, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token2, source2, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token2, source2, "scalar");
      }
    }
    function setBlockScalarValue(token2, source2) {
      const he = source2.indexOf("\n");
      const head = source2.substring(0, he);
      const body = source2.substring(he + 1) + "\n";
      if (token2.type === "block-scalar") {
        const header = token2.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token2.source = body;
      } else {
        const { offset } = token2;
        const indent = "indent" in token2 ? token2.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token2 ? token2.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token2))
          if (key !== "type" && key !== "offset")
            delete token2[key];
        Object.assign(token2, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token2, source2, type) {
      switch (token2.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token2.type = type;
          token2.source = source2;
          break;
        case "block-scalar": {
          const end = token2.props.slice(1);
          let oa = source2.length;
          if (token2.props[0].type === "block-scalar-header")
            oa -= token2.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token2.props;
          Object.assign(token2, { type, source: source2, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token2.offset + source2.length;
          const nl = { type: "newline", offset, indent: token2.indent, source: "\n" };
          delete token2.items;
          Object.assign(token2, { type, source: source2, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token2 ? token2.indent : -1;
          const end = "end" in token2 && Array.isArray(token2.end) ? token2.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token2))
            if (key !== "type" && key !== "offset")
              delete token2[key];
          Object.assign(token2, { type, indent, source: source2, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token2) {
      switch (token2.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token2.props)
            res += stringifyToken(tok);
          return res + token2.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token2.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token2.start.source;
          for (const item of token2.items)
            res += stringifyItem(item);
          for (const st of token2.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token2);
          if (token2.end)
            for (const st of token2.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token2.source;
          if ("end" in token2 && token2.end)
            for (const st of token2.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value: value2 }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value2)
        res += stringifyToken(value2);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP2 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP2;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index2] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index2];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token2 = item[field];
        if (token2 && "items" in token2) {
          for (let i = 0; i < token2.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token2.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token2.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM2 = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token2) => !!token2 && "items" in token2;
    var isScalar2 = (token2) => !!token2 && (token2.type === "scalar" || token2.type === "single-quoted-scalar" || token2.type === "double-quoted-scalar" || token2.type === "block-scalar");
    function prettyToken(token2) {
      switch (token2) {
        case BOM2:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token2);
      }
    }
    function tokenType(source2) {
      switch (source2) {
        case BOM2:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source2[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM2;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source2, incomplete = false) {
        if (source2) {
          if (typeof source2 !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source2 : source2;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next2 = this.next ?? "stream";
        while (next2 && (incomplete || this.hasChars(1)))
          next2 = yield* this.parseNext(next2);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next2 = this.buffer[indent + offset + 1];
            if (next2 === "\n" || !next2 && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next2) {
        switch (next2) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next2 = this.charAt(1);
            if (this.flowKey || isEmpty(next2) || next2 === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next2 = this.buffer[i2 + 1];
              if (!next2 && !this.atEnd)
                return this.setNext("block-scalar");
              if (next2 === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next2 = this.buffer[i + 1];
            if (isEmpty(next2) || inFlow && flowIndicatorChars.has(next2))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next2 = this.buffer[i + 1];
            if (ch === "\r") {
              if (next2 === "\n") {
                i += 1;
                ch = "\n";
                next2 = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next2 === "#" || inFlow && flowIndicatorChars.has(next2))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list3, type) {
      for (let i = 0; i < list3.length; ++i)
        if (list3[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list3) {
      for (let i = 0; i < list3.length; ++i) {
        switch (list3[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token2) {
      switch (token2?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source2) {
      if (source2.length < 1e5)
        Array.prototype.push.apply(target, source2);
      else
        for (let i = 0; i < source2.length; ++i)
          target.push(source2[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source2, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source2, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source2) {
        this.source = source2;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source2));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source2.length;
          return;
        }
        const type = cst.tokenType(source2);
        if (!type) {
          const message = `Not a YAML token: ${source2}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source: source2 });
          this.offset += source2.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source2.length);
              break;
            case "space":
              if (this.atNewLine && source2[0] === " ")
                this.indent += source2.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source2.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source2.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token2 = error ?? this.stack.pop();
        if (!token2) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token2;
        } else {
          const top = this.peek(1);
          if (token2.type === "block-scalar") {
            token2.indent = "indent" in top ? top.indent : 0;
          } else if (token2.type === "flow-collection" && top.type === "document") {
            token2.indent = 0;
          }
          if (token2.type === "flow-collection")
            fixFlowSeqItems(token2);
          switch (top.type) {
            case "document":
              top.value = token2;
              break;
            case "block-scalar":
              top.props.push(token2);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token2, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token2;
              } else {
                Object.assign(it, { key: token2, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token2 });
              else
                it.value = token2;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token2, sep: [] });
              else if (it.sep)
                it.value = token2;
              else
                Object.assign(it, { key: token2, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token2);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token2.type === "block-map" || token2.type === "block-seq")) {
            const last = token2.items[token2.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token2.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token2.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token2.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar2.end) {
            sep = scalar2.end;
            sep.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token2) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token2.end)
              token2.end.push(this.sourceToken);
            else
              token2.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source2, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source2)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source2, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source2, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source2, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source2), true, source2.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source2, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source2, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value2, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value2 === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value2) && !_replacer)
        return value2.toString(options);
      return new Document.Document(value2, _replacer, options).toString(options);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/format/format.js
var require_format = __commonJS({
  "node_modules/format/format.js"(exports, module) {
    (function() {
      var namespace;
      if (typeof module !== "undefined") {
        namespace = module.exports = format2;
      } else {
        namespace = (function() {
          return this || (1, eval)("this");
        })();
      }
      namespace.format = format2;
      namespace.vsprintf = vsprintf;
      if (typeof console !== "undefined" && typeof console.log === "function") {
        namespace.printf = printf;
      }
      function printf() {
        console.log(format2.apply(null, arguments));
      }
      function vsprintf(fmt, replacements) {
        return format2.apply(null, [fmt].concat(replacements));
      }
      function format2(fmt) {
        var argIndex = 1, args = [].slice.call(arguments), i = 0, n = fmt.length, result = "", c, escaped = false, arg, tmp, leadingZero = false, precision, nextArg = function() {
          return args[argIndex++];
        }, slurpNumber = function() {
          var digits2 = "";
          while (/\d/.test(fmt[i])) {
            digits2 += fmt[i++];
            c = fmt[i];
          }
          return digits2.length > 0 ? parseInt(digits2) : null;
        };
        for (; i < n; ++i) {
          c = fmt[i];
          if (escaped) {
            escaped = false;
            if (c == ".") {
              leadingZero = false;
              c = fmt[++i];
            } else if (c == "0" && fmt[i + 1] == ".") {
              leadingZero = true;
              i += 2;
              c = fmt[i];
            } else {
              leadingZero = true;
            }
            precision = slurpNumber();
            switch (c) {
              case "b":
                result += parseInt(nextArg(), 10).toString(2);
                break;
              case "c":
                arg = nextArg();
                if (typeof arg === "string" || arg instanceof String)
                  result += arg;
                else
                  result += String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
                result += parseInt(nextArg(), 10);
                break;
              case "f":
                tmp = String(parseFloat(nextArg()).toFixed(precision || 6));
                result += leadingZero ? tmp : tmp.replace(/^0/, "");
                break;
              case "j":
                result += JSON.stringify(nextArg());
                break;
              case "o":
                result += "0" + parseInt(nextArg(), 10).toString(8);
                break;
              case "s":
                result += nextArg();
                break;
              case "x":
                result += "0x" + parseInt(nextArg(), 10).toString(16);
                break;
              case "X":
                result += "0x" + parseInt(nextArg(), 10).toString(16).toUpperCase();
                break;
              default:
                result += c;
                break;
            }
          } else if (c === "%") {
            escaped = true;
          } else {
            result += c;
          }
        }
        return result;
      }
    })();
  }
});

// node_modules/extend/index.js
var require_extend = __commonJS({
  "node_modules/extend/index.js"(exports, module) {
    "use strict";
    var hasOwn = Object.prototype.hasOwnProperty;
    var toStr = Object.prototype.toString;
    var defineProperty = Object.defineProperty;
    var gOPD = Object.getOwnPropertyDescriptor;
    var isArray = function isArray2(arr) {
      if (typeof Array.isArray === "function") {
        return Array.isArray(arr);
      }
      return toStr.call(arr) === "[object Array]";
    };
    var isPlainObject2 = function isPlainObject3(obj) {
      if (!obj || toStr.call(obj) !== "[object Object]") {
        return false;
      }
      var hasOwnConstructor = hasOwn.call(obj, "constructor");
      var hasIsPrototypeOf = obj.constructor && obj.constructor.prototype && hasOwn.call(obj.constructor.prototype, "isPrototypeOf");
      if (obj.constructor && !hasOwnConstructor && !hasIsPrototypeOf) {
        return false;
      }
      var key;
      for (key in obj) {
      }
      return typeof key === "undefined" || hasOwn.call(obj, key);
    };
    var setProperty = function setProperty2(target, options) {
      if (defineProperty && options.name === "__proto__") {
        defineProperty(target, options.name, {
          enumerable: true,
          configurable: true,
          value: options.newValue,
          writable: true
        });
      } else {
        target[options.name] = options.newValue;
      }
    };
    var getProperty = function getProperty2(obj, name2) {
      if (name2 === "__proto__") {
        if (!hasOwn.call(obj, name2)) {
          return void 0;
        } else if (gOPD) {
          return gOPD(obj, name2).value;
        }
      }
      return obj[name2];
    };
    module.exports = function extend2() {
      var options, name2, src, copy, copyIsArray, clone;
      var target = arguments[0];
      var i = 1;
      var length = arguments.length;
      var deep = false;
      if (typeof target === "boolean") {
        deep = target;
        target = arguments[1] || {};
        i = 2;
      }
      if (target == null || typeof target !== "object" && typeof target !== "function") {
        target = {};
      }
      for (; i < length; ++i) {
        options = arguments[i];
        if (options != null) {
          for (name2 in options) {
            src = getProperty(target, name2);
            copy = getProperty(options, name2);
            if (target !== copy) {
              if (deep && copy && (isPlainObject2(copy) || (copyIsArray = isArray(copy)))) {
                if (copyIsArray) {
                  copyIsArray = false;
                  clone = src && isArray(src) ? src : [];
                } else {
                  clone = src && isPlainObject2(src) ? src : {};
                }
                setProperty(target, { name: name2, newValue: extend2(deep, clone, copy) });
              } else if (typeof copy !== "undefined") {
                setProperty(target, { name: name2, newValue: copy });
              }
            }
          }
        }
      }
      return target;
    };
  }
});

// src/engine/worker.ts
import { parentPort } from "node:worker_threads";

// src/engine/lint-file.ts
import { readFileSync, statSync } from "node:fs";

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value2) {
  if (!value2 || typeof value2 !== "object") {
    return "";
  }
  if ("position" in value2 || "type" in value2) {
    return position(value2.position);
  }
  if ("start" in value2 || "end" in value2) {
    return position(value2);
  }
  if ("line" in value2 || "column" in value2) {
    return point(value2);
  }
  return "";
}
function point(point4) {
  return index(point4 && point4.line) + ":" + index(point4 && point4.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value2) {
  return value2 && typeof value2 === "number" ? value2 : 1;
}

// node_modules/vfile-message/lib/index.js
var VFileMessage = class extends Error {
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
  // eslint-disable-next-line complexity
  constructor(causeOrReason, optionsOrParentOrPlace, origin) {
    super();
    if (typeof optionsOrParentOrPlace === "string") {
      origin = optionsOrParentOrPlace;
      optionsOrParentOrPlace = void 0;
    }
    let reason = "";
    let options = {};
    let legacyCause = false;
    if (optionsOrParentOrPlace) {
      if ("line" in optionsOrParentOrPlace && "column" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("start" in optionsOrParentOrPlace && "end" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("type" in optionsOrParentOrPlace) {
        options = {
          ancestors: [optionsOrParentOrPlace],
          place: optionsOrParentOrPlace.position
        };
      } else {
        options = { ...optionsOrParentOrPlace };
      }
    }
    if (typeof causeOrReason === "string") {
      reason = causeOrReason;
    } else if (!options.cause && causeOrReason) {
      legacyCause = true;
      reason = causeOrReason.message;
      options.cause = causeOrReason;
    }
    if (!options.ruleId && !options.source && typeof origin === "string") {
      const index2 = origin.indexOf(":");
      if (index2 === -1) {
        options.ruleId = origin;
      } else {
        options.source = origin.slice(0, index2);
        options.ruleId = origin.slice(index2 + 1);
      }
    }
    if (!options.place && options.ancestors) {
      const parent = options.ancestors[options.ancestors.length - 1];
      if (parent) {
        options.place = parent.position;
      }
    }
    const start = options.place && "start" in options.place ? options.place.start : options.place;
    this.ancestors = options.ancestors || void 0;
    this.cause = options.cause || void 0;
    this.column = start ? start.column : void 0;
    this.fatal = void 0;
    this.file = "";
    this.message = reason;
    this.line = start ? start.line : void 0;
    this.name = stringifyPosition(options.place) || "1:1";
    this.place = options.place || void 0;
    this.reason = this.message;
    this.ruleId = options.ruleId || void 0;
    this.source = options.source || void 0;
    this.stack = legacyCause && options.cause && typeof options.cause.stack === "string" ? options.cause.stack : "";
    this.actual = void 0;
    this.expected = void 0;
    this.note = void 0;
    this.url = void 0;
  }
};
Object.defineProperties(VFileMessage.prototype, {
  file: { configurable: true, enumerable: true, value: "", writable: true },
  name: { configurable: true, enumerable: true, value: "", writable: true },
  reason: { configurable: true, enumerable: true, value: "", writable: true },
  message: { configurable: true, enumerable: true, value: "", writable: true },
  stack: { configurable: true, enumerable: true, value: "", writable: true },
  column: { configurable: true, enumerable: true, writable: true },
  line: { configurable: true, enumerable: true, writable: true },
  ancestors: { configurable: true, enumerable: true, writable: true },
  cause: { configurable: true, enumerable: true, writable: true },
  fatal: { configurable: true, enumerable: true, writable: true },
  place: { configurable: true, enumerable: true, writable: true },
  ruleId: { configurable: true, enumerable: true, writable: true },
  source: { configurable: true, enumerable: true, writable: true }
});

// node_modules/vfile/lib/minpath.js
import { default as default2 } from "node:path";

// node_modules/vfile/lib/minproc.js
import { default as default3 } from "node:process";

// node_modules/vfile/lib/minurl.js
import { fileURLToPath } from "node:url";

// node_modules/vfile/lib/minurl.shared.js
function isUrl(fileUrlOrPath) {
  return Boolean(
    fileUrlOrPath !== null && typeof fileUrlOrPath === "object" && "href" in fileUrlOrPath && fileUrlOrPath.href && "protocol" in fileUrlOrPath && fileUrlOrPath.protocol && // @ts-expect-error: indexing is fine.
    fileUrlOrPath.auth === void 0
  );
}

// node_modules/vfile/lib/index.js
var order = (
  /** @type {const} */
  [
    "history",
    "path",
    "basename",
    "stem",
    "extname",
    "dirname"
  ]
);
var VFile = class {
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
  constructor(value2) {
    let options;
    if (!value2) {
      options = {};
    } else if (isUrl(value2)) {
      options = { path: value2 };
    } else if (typeof value2 === "string" || isUint8Array(value2)) {
      options = { value: value2 };
    } else {
      options = value2;
    }
    this.cwd = "cwd" in options ? "" : default3.cwd();
    this.data = {};
    this.history = [];
    this.messages = [];
    this.value;
    this.map;
    this.result;
    this.stored;
    let index2 = -1;
    while (++index2 < order.length) {
      const field2 = order[index2];
      if (field2 in options && options[field2] !== void 0 && options[field2] !== null) {
        this[field2] = field2 === "history" ? [...options[field2]] : options[field2];
      }
    }
    let field;
    for (field in options) {
      if (!order.includes(field)) {
        this[field] = options[field];
      }
    }
  }
  /**
   * Get the basename (including extname) (example: `'index.min.js'`).
   *
   * @returns {string | undefined}
   *   Basename.
   */
  get basename() {
    return typeof this.path === "string" ? default2.basename(this.path) : void 0;
  }
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
  set basename(basename) {
    assertNonEmpty(basename, "basename");
    assertPart(basename, "basename");
    this.path = default2.join(this.dirname || "", basename);
  }
  /**
   * Get the parent path (example: `'~'`).
   *
   * @returns {string | undefined}
   *   Dirname.
   */
  get dirname() {
    return typeof this.path === "string" ? default2.dirname(this.path) : void 0;
  }
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
  set dirname(dirname) {
    assertPath(this.basename, "dirname");
    this.path = default2.join(dirname || "", this.basename);
  }
  /**
   * Get the extname (including dot) (example: `'.js'`).
   *
   * @returns {string | undefined}
   *   Extname.
   */
  get extname() {
    return typeof this.path === "string" ? default2.extname(this.path) : void 0;
  }
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
  set extname(extname) {
    assertPart(extname, "extname");
    assertPath(this.dirname, "extname");
    if (extname) {
      if (extname.codePointAt(0) !== 46) {
        throw new Error("`extname` must start with `.`");
      }
      if (extname.includes(".", 1)) {
        throw new Error("`extname` cannot contain multiple dots");
      }
    }
    this.path = default2.join(this.dirname, this.stem + (extname || ""));
  }
  /**
   * Get the full path (example: `'~/index.min.js'`).
   *
   * @returns {string}
   *   Path.
   */
  get path() {
    return this.history[this.history.length - 1];
  }
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
  set path(path) {
    if (isUrl(path)) {
      path = fileURLToPath(path);
    }
    assertNonEmpty(path, "path");
    if (this.path !== path) {
      this.history.push(path);
    }
  }
  /**
   * Get the stem (basename w/o extname) (example: `'index.min'`).
   *
   * @returns {string | undefined}
   *   Stem.
   */
  get stem() {
    return typeof this.path === "string" ? default2.basename(this.path, this.extname) : void 0;
  }
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
  set stem(stem) {
    assertNonEmpty(stem, "stem");
    assertPart(stem, "stem");
    this.path = default2.join(this.dirname || "", stem + (this.extname || ""));
  }
  // Normal prototypal methods.
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
  fail(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = true;
    throw message;
  }
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
  info(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = void 0;
    return message;
  }
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
  message(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = new VFileMessage(
      // @ts-expect-error: the overloads are fine.
      causeOrReason,
      optionsOrParentOrPlace,
      origin
    );
    if (this.path) {
      message.name = this.path + ":" + message.name;
      message.file = this.path;
    }
    message.fatal = false;
    this.messages.push(message);
    return message;
  }
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
  toString(encoding) {
    if (this.value === void 0) {
      return "";
    }
    if (typeof this.value === "string") {
      return this.value;
    }
    const decoder2 = new TextDecoder(encoding || void 0);
    return decoder2.decode(this.value);
  }
};
function assertPart(part, name2) {
  if (part && part.includes(default2.sep)) {
    throw new Error(
      "`" + name2 + "` cannot be a path: did not expect `" + default2.sep + "`"
    );
  }
}
function assertNonEmpty(part, name2) {
  if (!part) {
    throw new Error("`" + name2 + "` cannot be empty");
  }
}
function assertPath(path, name2) {
  if (!path) {
    throw new Error("Setting `" + name2 + "` requires `path` to be set too");
  }
}
function isUint8Array(value2) {
  return Boolean(
    value2 && typeof value2 === "object" && "byteLength" in value2 && "byteOffset" in value2
  );
}

// node_modules/vfile-sort/lib/index.js
function compareMessage(a, b) {
  return compareNumber(a, b, "line") || compareNumber(a, b, "column") || compareBoolean(a, b, "fatal") || compareString(a, b, "source") || compareString(a, b, "ruleId") || compareString(a, b, "reason");
}
function compareBoolean(a, b, field) {
  return scoreNullableBoolean(a[field]) - scoreNullableBoolean(b[field]);
}
function compareNumber(a, b, field) {
  return (a[field] || 0) - (b[field] || 0);
}
function compareString(a, b, field) {
  return String(a[field] || "").localeCompare(String(b[field] || ""));
}
function scoreNullableBoolean(value2) {
  return value2 ? 0 : value2 === false ? 1 : 2;
}

// src/parse/prepare.ts
var import_yaml = __toESM(require_dist(), 1);

// src/text/memo.ts
var article = 0;
var LIMIT = 4096;
function newArticle() {
  article++;
}
function articleCache() {
  let map2 = /* @__PURE__ */ new Map();
  let owner = article;
  return () => {
    if (owner !== article || map2.size >= LIMIT) {
      map2 = /* @__PURE__ */ new Map();
      owner = article;
    }
    return map2;
  };
}
function memoize(compute2) {
  const cache4 = articleCache();
  return (key) => {
    const map2 = cache4();
    let value2 = map2.get(key);
    if (value2 === void 0 && !map2.has(key)) map2.set(key, value2 = compute2(key));
    return value2;
  };
}

// src/parse/prepare.ts
function prepare(value2, format2) {
  const bom = value2.charCodeAt(0) === 65279;
  const source2 = bom ? value2.slice(1) : value2;
  if (format2 !== "markdown") return { value: source2, source: source2, bom };
  let prepared = source2;
  const loose = findLooseFrontMatter(prepared);
  if (loose) prepared = prepared.slice(0, loose.offset) + blank(prepared.slice(loose.offset, loose.end)) + prepared.slice(loose.end);
  const bodyStart = loose?.end ?? frontMatterEnd(prepared);
  prepared = limitMarkup(maskTemplates(prepared, bodyStart), bodyStart);
  return { value: prepared, source: source2, bom, loose };
}
function copydeskPrepare(options) {
  const parse3 = this.parser;
  if (!parse3) throw new Error("copydeskPrepare: use it after the parser");
  this.parser = function(doc, file) {
    newArticle();
    const prepared = prepare(doc, options.format);
    file.data.bom = prepared.bom;
    file.data.source = prepared.source;
    if (prepared.loose) file.data.looseFrontMatter = prepared.loose;
    file.value = prepared.value;
    return parse3(prepared.value, file);
  };
}
function copydeskRestore() {
  return function(_tree, file) {
    restore(file);
  };
}
function restore(file) {
  if (file.data.source !== void 0) file.value = file.data.source;
}
function frontMatterEnd(value2) {
  if (!/^---[ \t]*\r?\n/.test(value2)) return 0;
  const close2 = /\r?\n---[ \t]*(?:\r?\n|$)/g;
  close2.lastIndex = 3;
  const match = close2.exec(value2);
  return match ? match.index + match[0].length : 0;
}
var MAX_TAG = 1e4;
function maskTemplates(value2, from = 0) {
  const nextCloser = { "%}": -1, "}}": -1 };
  let out = "";
  let last = 0;
  let index2 = value2.indexOf("{", from);
  while (index2 !== -1) {
    const second = value2[index2 + 1];
    if (second === "%" || second === "{") {
      const wanted = second === "%" ? "%}" : "}}";
      if (nextCloser[wanted] !== -2 && nextCloser[wanted] < index2 + 2) {
        const found = value2.indexOf(wanted, index2 + 2);
        nextCloser[wanted] = found === -1 ? -2 : found;
      }
      const close2 = nextCloser[wanted];
      if (close2 >= 0 && close2 - index2 <= MAX_TAG) {
        const end = close2 + 2;
        const inLink = value2[index2 - 1] === "(" && value2[index2 - 2] === "]";
        out += value2.slice(last, index2) + (inLink ? "x".repeat(end - index2) : blank(value2.slice(index2, end)));
        last = end;
        index2 = value2.indexOf("{", end);
        continue;
      }
    }
    index2 = value2.indexOf("{", index2 + 1);
  }
  return last === 0 ? value2 : out + value2.slice(last);
}
function blank(text3) {
  return text3.replace(/[^\r\n]/g, " ");
}
var fence = /^---[ \t]*$/;
function findLooseFrontMatter(value2) {
  let offset = 0;
  let sawBlank = false;
  while (offset < value2.length) {
    const eol = lineEnd(value2, offset);
    const line = value2.slice(offset, eol);
    if (line.trim() !== "") {
      if (!sawBlank || !fence.test(line)) return void 0;
      break;
    }
    sawBlank = true;
    offset = next(value2, eol);
    if (offset > 1e4) return void 0;
  }
  if (offset >= value2.length) return void 0;
  const yamlStart = next(value2, lineEnd(value2, offset));
  let cursor = yamlStart;
  while (cursor < value2.length) {
    const eol = lineEnd(value2, cursor);
    if (fence.test(value2.slice(cursor, eol))) {
      return { offset: yamlStart, yaml: value2.slice(yamlStart, cursor), end: eol };
    }
    cursor = next(value2, eol);
  }
  return void 0;
}
function lineEnd(value2, from) {
  const n = value2.indexOf("\n", from);
  const r = value2.indexOf("\r", from);
  const end = n === -1 ? r : r === -1 ? n : Math.min(n, r);
  return end === -1 ? value2.length : end;
}
function next(value2, eol) {
  if (value2[eol] === "\r" && value2[eol + 1] === "\n") return eol + 2;
  return eol + 1;
}
var MAX_NESTING = 32;
var MAX_RUN = 32;
var MAX_DELIMITERS = 2e3;
function limitMarkup(value2, from = 0) {
  const ranges = [];
  let runs = 0;
  let closers = 0;
  let lineStart2 = true;
  let blankLine2 = true;
  let i = from;
  while (i < value2.length) {
    const ch = value2.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      if (blankLine2) runs = closers = 0;
      lineStart2 = blankLine2 = true;
      i++;
      continue;
    }
    if (lineStart2) {
      i = containerPrefix(value2, i, ranges);
      lineStart2 = false;
      continue;
    }
    if (ch !== 32 && ch !== 9) blankLine2 = false;
    if (ch === 42 || ch === 95) {
      let end = i + 1;
      while (value2.charCodeAt(end) === ch) end++;
      if (end - i > MAX_RUN || ++runs > MAX_DELIMITERS) ranges.push([i, end]);
      i = end;
      continue;
    }
    if (ch === 93 && ++closers > MAX_DELIMITERS) ranges.push([i, i + 1]);
    i++;
  }
  if (ranges.length === 0) return value2;
  let out = "";
  let last = 0;
  for (const [a, b] of ranges) {
    out += value2.slice(last, a) + " ".repeat(b - a);
    last = b;
  }
  return out + value2.slice(last);
}
function containerPrefix(value2, i, ranges) {
  let depth = 0;
  let blankFrom = -1;
  for (; ; ) {
    while (value2[i] === " " || value2[i] === "	") i++;
    let end = -1;
    const ch = value2[i];
    if (ch === ">") end = i + 1;
    else if ((ch === "-" || ch === "*" || ch === "+") && (value2[i + 1] === " " || value2[i + 1] === "	")) end = i + 1;
    else if (ch >= "0" && ch <= "9") {
      let j = i;
      while (j - i < 9 && value2[j] >= "0" && value2[j] <= "9") j++;
      if ((value2[j] === "." || value2[j] === ")") && (value2[j + 1] === " " || value2[j + 1] === "	")) end = j + 1;
    }
    if (end === -1) break;
    if (++depth > MAX_NESTING && blankFrom === -1) blankFrom = i;
    i = end;
  }
  if (blankFrom !== -1) ranges.push([blankFrom, i]);
  return i;
}
var MAX_YAML_NESTING = 100;
var MAX_YAML_LENGTH = 256 * 1024;
function yamlTooDeep(yaml) {
  return nestingBound(yaml) > MAX_YAML_NESTING && lexedTooDeep(yaml);
}
function lexedTooDeep(yaml) {
  let flow4 = 0;
  let onLine = 0;
  const indents = [];
  let lineStart2 = true;
  let text3 = false;
  let blockScalar = false;
  for (const token2 of new import_yaml.Lexer().lex(yaml)) {
    if (text3) {
      text3 = false;
      continue;
    }
    const type = import_yaml.CST.tokenType(token2);
    if (type === "doc-mode") continue;
    if (type === "newline") {
      onLine = 0;
      lineStart2 = true;
      continue;
    }
    if (type === "scalar") text3 = true;
    if (lineStart2) {
      lineStart2 = false;
      if (type === "scalar" && blockScalar) blockScalar = false;
      else if (type !== "comment") {
        const indent = type === "space" ? token2.length : 0;
        while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
      }
    }
    if (type === "block-scalar-header") blockScalar = true;
    else if (type === "flow-seq-start" || type === "flow-map-start") flow4++;
    else if (type === "flow-seq-end" || type === "flow-map-end") flow4 = Math.max(0, flow4 - 1);
    else if (type === "seq-item-ind" || type === "explicit-key-ind" || type === "map-value-ind") onLine++;
    if (flow4 + onLine + indents.length > MAX_YAML_NESTING) return true;
  }
  return false;
}
function nestingBound(yaml) {
  let bound = 1;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml.charCodeAt(i);
    if (c === 10 || c === 13 || c === 91 || c === 123 || c === 45 || c === 63 || c === 58) bound++;
  }
  return bound;
}

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/micromark-util-character/index.js
var asciiAlpha = regexCheck(/[A-Za-z]/);
var asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);
var asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
function asciiControl(code) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code !== null && (code < 32 || code === 127)
  );
}
var asciiDigit = regexCheck(/\d/);
var asciiHexDigit = regexCheck(/[\dA-Fa-f]/);
var asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEnding(code) {
  return code !== null && code < -2;
}
function markdownLineEndingOrSpace(code) {
  return code !== null && (code < 0 || code === 32);
}
function markdownSpace(code) {
  return code === -2 || code === -1 || code === 32;
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u"));
var unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex) {
  return check;
  function check(code) {
    return code !== null && code > -1 && regex.test(String.fromCharCode(code));
  }
}

// node_modules/fault/index.js
var import_format = __toESM(require_format(), 1);
var fault = Object.assign(create(Error), {
  eval: create(EvalError),
  range: create(RangeError),
  reference: create(ReferenceError),
  syntax: create(SyntaxError),
  type: create(TypeError),
  uri: create(URIError)
});
function create(Constructor) {
  FormattedError.displayName = Constructor.displayName || Constructor.name;
  return FormattedError;
  function FormattedError(format2, ...values) {
    const reason = format2 ? (0, import_format.default)(format2, ...values) : format2;
    return new Constructor(reason);
  }
}

// node_modules/micromark-extension-frontmatter/lib/to-matters.js
var own = {}.hasOwnProperty;
var markers = {
  yaml: "-",
  toml: "+"
};
function toMatters(options) {
  const result = [];
  let index2 = -1;
  const presetsOrMatters = Array.isArray(options) ? options : options ? [options] : ["yaml"];
  while (++index2 < presetsOrMatters.length) {
    result[index2] = matter(presetsOrMatters[index2]);
  }
  return result;
}
function matter(option) {
  let result = option;
  if (typeof result === "string") {
    if (!own.call(markers, result)) {
      throw fault("Missing matter definition for `%s`", result);
    }
    result = {
      type: result,
      marker: markers[result]
    };
  } else if (typeof result !== "object") {
    throw fault("Expected matter to be an object, not `%j`", result);
  }
  if (!own.call(result, "type")) {
    throw fault("Missing `type` in matter `%j`", result);
  }
  if (!own.call(result, "fence") && !own.call(result, "marker")) {
    throw fault("Missing `marker` or `fence` in matter `%j`", result);
  }
  return result;
}

// node_modules/micromark-extension-frontmatter/lib/syntax.js
function frontmatter(options) {
  const matters = toMatters(options);
  const flow4 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    const code = fence2(matter2, "open").charCodeAt(0);
    const construct = createConstruct(matter2);
    const existing = flow4[code];
    if (Array.isArray(existing)) {
      existing.push(construct);
    } else {
      flow4[code] = [construct];
    }
  }
  return {
    flow: flow4
  };
}
function createConstruct(matter2) {
  const anywhere = matter2.anywhere;
  const frontmatterType = (
    /** @type {TokenType} */
    matter2.type
  );
  const fenceType = (
    /** @type {TokenType} */
    frontmatterType + "Fence"
  );
  const sequenceType = (
    /** @type {TokenType} */
    fenceType + "Sequence"
  );
  const valueType = (
    /** @type {TokenType} */
    frontmatterType + "Value"
  );
  const closingFenceConstruct = {
    tokenize: tokenizeClosingFence,
    partial: true
  };
  let buffer;
  let bufferIndex = 0;
  return {
    tokenize: tokenizeFrontmatter,
    concrete: true
  };
  function tokenizeFrontmatter(effects, ok3, nok) {
    const self = this;
    return start;
    function start(code) {
      const position3 = self.now();
      if (
        // Indent not allowed.
        position3.column === 1 && // Normally, only allowed in first line.
        (position3.line === 1 || anywhere)
      ) {
        buffer = fence2(matter2, "open");
        bufferIndex = 0;
        if (code === buffer.charCodeAt(bufferIndex)) {
          effects.enter(frontmatterType);
          effects.enter(fenceType);
          effects.enter(sequenceType);
          return openSequence(code);
        }
      }
      return nok(code);
    }
    function openSequence(code) {
      if (bufferIndex === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code)) {
          effects.enter("whitespace");
          return openSequenceWhitespace(code);
        }
        return openAfter(code);
      }
      if (code === buffer.charCodeAt(bufferIndex++)) {
        effects.consume(code);
        return openSequence;
      }
      return nok(code);
    }
    function openSequenceWhitespace(code) {
      if (markdownSpace(code)) {
        effects.consume(code);
        return openSequenceWhitespace;
      }
      effects.exit("whitespace");
      return openAfter(code);
    }
    function openAfter(code) {
      if (markdownLineEnding(code)) {
        effects.exit(fenceType);
        effects.enter("lineEnding");
        effects.consume(code);
        effects.exit("lineEnding");
        buffer = fence2(matter2, "close");
        bufferIndex = 0;
        return effects.attempt(closingFenceConstruct, after2, contentStart);
      }
      return nok(code);
    }
    function contentStart(code) {
      if (code === null || markdownLineEnding(code)) {
        return contentEnd(code);
      }
      effects.enter(valueType);
      return contentInside(code);
    }
    function contentInside(code) {
      if (code === null || markdownLineEnding(code)) {
        effects.exit(valueType);
        return contentEnd(code);
      }
      effects.consume(code);
      return contentInside;
    }
    function contentEnd(code) {
      if (code === null) {
        return nok(code);
      }
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return effects.attempt(closingFenceConstruct, after2, contentStart);
    }
    function after2(code) {
      effects.exit(frontmatterType);
      return ok3(code);
    }
  }
  function tokenizeClosingFence(effects, ok3, nok) {
    let bufferIndex2 = 0;
    return closeStart;
    function closeStart(code) {
      if (code === buffer.charCodeAt(bufferIndex2)) {
        effects.enter(fenceType);
        effects.enter(sequenceType);
        return closeSequence(code);
      }
      return nok(code);
    }
    function closeSequence(code) {
      if (bufferIndex2 === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code)) {
          effects.enter("whitespace");
          return closeSequenceWhitespace(code);
        }
        return closeAfter(code);
      }
      if (code === buffer.charCodeAt(bufferIndex2++)) {
        effects.consume(code);
        return closeSequence;
      }
      return nok(code);
    }
    function closeSequenceWhitespace(code) {
      if (markdownSpace(code)) {
        effects.consume(code);
        return closeSequenceWhitespace;
      }
      effects.exit("whitespace");
      return closeAfter(code);
    }
    function closeAfter(code) {
      if (code === null || markdownLineEnding(code)) {
        effects.exit(fenceType);
        return ok3(code);
      }
      return nok(code);
    }
  }
}
function fence2(matter2, prop) {
  return matter2.marker ? pick(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick(matter2.fence, prop)
  );
}
function pick(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/escape-string-regexp/index.js
function escapeStringRegexp(string3) {
  if (typeof string3 !== "string") {
    throw new TypeError("Expected a string");
  }
  return string3.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}

// node_modules/mdast-util-frontmatter/lib/index.js
function frontmatterFromMarkdown(options) {
  const matters = toMatters(options);
  const enter = {};
  const exit2 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    enter[matter2.type] = opener(matter2);
    exit2[matter2.type] = close;
    exit2[matter2.type + "Value"] = value;
  }
  return { enter, exit: exit2 };
}
function opener(matter2) {
  return open;
  function open(token2) {
    this.enter({ type: matter2.type, value: "" }, token2);
    this.buffer();
  }
}
function close(token2) {
  const data = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok("value" in node2);
  this.exit(token2);
  node2.value = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
}
function value(token2) {
  this.config.enter.data.call(this, token2);
  this.config.exit.data.call(this, token2);
}
function frontmatterToMarkdown(options) {
  const unsafe = [];
  const handlers = {};
  const matters = toMatters(options);
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    handlers[matter2.type] = handler(matter2);
    const open = fence3(matter2, "open");
    unsafe.push({
      atBreak: true,
      character: open.charAt(0),
      after: escapeStringRegexp(open.charAt(1))
    });
  }
  return { unsafe, handlers };
}
function handler(matter2) {
  const open = fence3(matter2, "open");
  const close2 = fence3(matter2, "close");
  return handle;
  function handle(node2) {
    return open + (node2.value ? "\n" + node2.value : "") + "\n" + close2;
  }
}
function fence3(matter2, prop) {
  return matter2.marker ? pick2(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick2(matter2.fence, prop)
  );
}
function pick2(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/remark-frontmatter/lib/index.js
var emptyOptions = "yaml";
function remarkFrontmatter(options) {
  const self = (
    /** @type {Processor} */
    this
  );
  const settings = options || emptyOptions;
  const data = self.data();
  const micromarkExtensions = data.micromarkExtensions || (data.micromarkExtensions = []);
  const fromMarkdownExtensions = data.fromMarkdownExtensions || (data.fromMarkdownExtensions = []);
  const toMarkdownExtensions = data.toMarkdownExtensions || (data.toMarkdownExtensions = []);
  micromarkExtensions.push(frontmatter(settings));
  fromMarkdownExtensions.push(frontmatterFromMarkdown(settings));
  toMarkdownExtensions.push(frontmatterToMarkdown(settings));
}

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions2 = {};
function toString(value2, options) {
  const settings = options || emptyOptions2;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value2, includeImageAlt, includeHtml);
}
function one(value2, includeImageAlt, includeHtml) {
  if (node(value2)) {
    if ("value" in value2) {
      return value2.type === "html" && !includeHtml ? "" : value2.value;
    }
    if (includeImageAlt && "alt" in value2 && value2.alt) {
      return value2.alt;
    }
    if ("children" in value2) {
      return all(value2.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value2)) {
    return all(value2, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index2 = -1;
  while (++index2 < values.length) {
    result[index2] = one(values[index2], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value2) {
  return Boolean(value2 && typeof value2 === "object");
}

// node_modules/character-entities/index.js
var characterEntities = {
  AElig: "\xC6",
  AMP: "&",
  Aacute: "\xC1",
  Abreve: "\u0102",
  Acirc: "\xC2",
  Acy: "\u0410",
  Afr: "\u{1D504}",
  Agrave: "\xC0",
  Alpha: "\u0391",
  Amacr: "\u0100",
  And: "\u2A53",
  Aogon: "\u0104",
  Aopf: "\u{1D538}",
  ApplyFunction: "\u2061",
  Aring: "\xC5",
  Ascr: "\u{1D49C}",
  Assign: "\u2254",
  Atilde: "\xC3",
  Auml: "\xC4",
  Backslash: "\u2216",
  Barv: "\u2AE7",
  Barwed: "\u2306",
  Bcy: "\u0411",
  Because: "\u2235",
  Bernoullis: "\u212C",
  Beta: "\u0392",
  Bfr: "\u{1D505}",
  Bopf: "\u{1D539}",
  Breve: "\u02D8",
  Bscr: "\u212C",
  Bumpeq: "\u224E",
  CHcy: "\u0427",
  COPY: "\xA9",
  Cacute: "\u0106",
  Cap: "\u22D2",
  CapitalDifferentialD: "\u2145",
  Cayleys: "\u212D",
  Ccaron: "\u010C",
  Ccedil: "\xC7",
  Ccirc: "\u0108",
  Cconint: "\u2230",
  Cdot: "\u010A",
  Cedilla: "\xB8",
  CenterDot: "\xB7",
  Cfr: "\u212D",
  Chi: "\u03A7",
  CircleDot: "\u2299",
  CircleMinus: "\u2296",
  CirclePlus: "\u2295",
  CircleTimes: "\u2297",
  ClockwiseContourIntegral: "\u2232",
  CloseCurlyDoubleQuote: "\u201D",
  CloseCurlyQuote: "\u2019",
  Colon: "\u2237",
  Colone: "\u2A74",
  Congruent: "\u2261",
  Conint: "\u222F",
  ContourIntegral: "\u222E",
  Copf: "\u2102",
  Coproduct: "\u2210",
  CounterClockwiseContourIntegral: "\u2233",
  Cross: "\u2A2F",
  Cscr: "\u{1D49E}",
  Cup: "\u22D3",
  CupCap: "\u224D",
  DD: "\u2145",
  DDotrahd: "\u2911",
  DJcy: "\u0402",
  DScy: "\u0405",
  DZcy: "\u040F",
  Dagger: "\u2021",
  Darr: "\u21A1",
  Dashv: "\u2AE4",
  Dcaron: "\u010E",
  Dcy: "\u0414",
  Del: "\u2207",
  Delta: "\u0394",
  Dfr: "\u{1D507}",
  DiacriticalAcute: "\xB4",
  DiacriticalDot: "\u02D9",
  DiacriticalDoubleAcute: "\u02DD",
  DiacriticalGrave: "`",
  DiacriticalTilde: "\u02DC",
  Diamond: "\u22C4",
  DifferentialD: "\u2146",
  Dopf: "\u{1D53B}",
  Dot: "\xA8",
  DotDot: "\u20DC",
  DotEqual: "\u2250",
  DoubleContourIntegral: "\u222F",
  DoubleDot: "\xA8",
  DoubleDownArrow: "\u21D3",
  DoubleLeftArrow: "\u21D0",
  DoubleLeftRightArrow: "\u21D4",
  DoubleLeftTee: "\u2AE4",
  DoubleLongLeftArrow: "\u27F8",
  DoubleLongLeftRightArrow: "\u27FA",
  DoubleLongRightArrow: "\u27F9",
  DoubleRightArrow: "\u21D2",
  DoubleRightTee: "\u22A8",
  DoubleUpArrow: "\u21D1",
  DoubleUpDownArrow: "\u21D5",
  DoubleVerticalBar: "\u2225",
  DownArrow: "\u2193",
  DownArrowBar: "\u2913",
  DownArrowUpArrow: "\u21F5",
  DownBreve: "\u0311",
  DownLeftRightVector: "\u2950",
  DownLeftTeeVector: "\u295E",
  DownLeftVector: "\u21BD",
  DownLeftVectorBar: "\u2956",
  DownRightTeeVector: "\u295F",
  DownRightVector: "\u21C1",
  DownRightVectorBar: "\u2957",
  DownTee: "\u22A4",
  DownTeeArrow: "\u21A7",
  Downarrow: "\u21D3",
  Dscr: "\u{1D49F}",
  Dstrok: "\u0110",
  ENG: "\u014A",
  ETH: "\xD0",
  Eacute: "\xC9",
  Ecaron: "\u011A",
  Ecirc: "\xCA",
  Ecy: "\u042D",
  Edot: "\u0116",
  Efr: "\u{1D508}",
  Egrave: "\xC8",
  Element: "\u2208",
  Emacr: "\u0112",
  EmptySmallSquare: "\u25FB",
  EmptyVerySmallSquare: "\u25AB",
  Eogon: "\u0118",
  Eopf: "\u{1D53C}",
  Epsilon: "\u0395",
  Equal: "\u2A75",
  EqualTilde: "\u2242",
  Equilibrium: "\u21CC",
  Escr: "\u2130",
  Esim: "\u2A73",
  Eta: "\u0397",
  Euml: "\xCB",
  Exists: "\u2203",
  ExponentialE: "\u2147",
  Fcy: "\u0424",
  Ffr: "\u{1D509}",
  FilledSmallSquare: "\u25FC",
  FilledVerySmallSquare: "\u25AA",
  Fopf: "\u{1D53D}",
  ForAll: "\u2200",
  Fouriertrf: "\u2131",
  Fscr: "\u2131",
  GJcy: "\u0403",
  GT: ">",
  Gamma: "\u0393",
  Gammad: "\u03DC",
  Gbreve: "\u011E",
  Gcedil: "\u0122",
  Gcirc: "\u011C",
  Gcy: "\u0413",
  Gdot: "\u0120",
  Gfr: "\u{1D50A}",
  Gg: "\u22D9",
  Gopf: "\u{1D53E}",
  GreaterEqual: "\u2265",
  GreaterEqualLess: "\u22DB",
  GreaterFullEqual: "\u2267",
  GreaterGreater: "\u2AA2",
  GreaterLess: "\u2277",
  GreaterSlantEqual: "\u2A7E",
  GreaterTilde: "\u2273",
  Gscr: "\u{1D4A2}",
  Gt: "\u226B",
  HARDcy: "\u042A",
  Hacek: "\u02C7",
  Hat: "^",
  Hcirc: "\u0124",
  Hfr: "\u210C",
  HilbertSpace: "\u210B",
  Hopf: "\u210D",
  HorizontalLine: "\u2500",
  Hscr: "\u210B",
  Hstrok: "\u0126",
  HumpDownHump: "\u224E",
  HumpEqual: "\u224F",
  IEcy: "\u0415",
  IJlig: "\u0132",
  IOcy: "\u0401",
  Iacute: "\xCD",
  Icirc: "\xCE",
  Icy: "\u0418",
  Idot: "\u0130",
  Ifr: "\u2111",
  Igrave: "\xCC",
  Im: "\u2111",
  Imacr: "\u012A",
  ImaginaryI: "\u2148",
  Implies: "\u21D2",
  Int: "\u222C",
  Integral: "\u222B",
  Intersection: "\u22C2",
  InvisibleComma: "\u2063",
  InvisibleTimes: "\u2062",
  Iogon: "\u012E",
  Iopf: "\u{1D540}",
  Iota: "\u0399",
  Iscr: "\u2110",
  Itilde: "\u0128",
  Iukcy: "\u0406",
  Iuml: "\xCF",
  Jcirc: "\u0134",
  Jcy: "\u0419",
  Jfr: "\u{1D50D}",
  Jopf: "\u{1D541}",
  Jscr: "\u{1D4A5}",
  Jsercy: "\u0408",
  Jukcy: "\u0404",
  KHcy: "\u0425",
  KJcy: "\u040C",
  Kappa: "\u039A",
  Kcedil: "\u0136",
  Kcy: "\u041A",
  Kfr: "\u{1D50E}",
  Kopf: "\u{1D542}",
  Kscr: "\u{1D4A6}",
  LJcy: "\u0409",
  LT: "<",
  Lacute: "\u0139",
  Lambda: "\u039B",
  Lang: "\u27EA",
  Laplacetrf: "\u2112",
  Larr: "\u219E",
  Lcaron: "\u013D",
  Lcedil: "\u013B",
  Lcy: "\u041B",
  LeftAngleBracket: "\u27E8",
  LeftArrow: "\u2190",
  LeftArrowBar: "\u21E4",
  LeftArrowRightArrow: "\u21C6",
  LeftCeiling: "\u2308",
  LeftDoubleBracket: "\u27E6",
  LeftDownTeeVector: "\u2961",
  LeftDownVector: "\u21C3",
  LeftDownVectorBar: "\u2959",
  LeftFloor: "\u230A",
  LeftRightArrow: "\u2194",
  LeftRightVector: "\u294E",
  LeftTee: "\u22A3",
  LeftTeeArrow: "\u21A4",
  LeftTeeVector: "\u295A",
  LeftTriangle: "\u22B2",
  LeftTriangleBar: "\u29CF",
  LeftTriangleEqual: "\u22B4",
  LeftUpDownVector: "\u2951",
  LeftUpTeeVector: "\u2960",
  LeftUpVector: "\u21BF",
  LeftUpVectorBar: "\u2958",
  LeftVector: "\u21BC",
  LeftVectorBar: "\u2952",
  Leftarrow: "\u21D0",
  Leftrightarrow: "\u21D4",
  LessEqualGreater: "\u22DA",
  LessFullEqual: "\u2266",
  LessGreater: "\u2276",
  LessLess: "\u2AA1",
  LessSlantEqual: "\u2A7D",
  LessTilde: "\u2272",
  Lfr: "\u{1D50F}",
  Ll: "\u22D8",
  Lleftarrow: "\u21DA",
  Lmidot: "\u013F",
  LongLeftArrow: "\u27F5",
  LongLeftRightArrow: "\u27F7",
  LongRightArrow: "\u27F6",
  Longleftarrow: "\u27F8",
  Longleftrightarrow: "\u27FA",
  Longrightarrow: "\u27F9",
  Lopf: "\u{1D543}",
  LowerLeftArrow: "\u2199",
  LowerRightArrow: "\u2198",
  Lscr: "\u2112",
  Lsh: "\u21B0",
  Lstrok: "\u0141",
  Lt: "\u226A",
  Map: "\u2905",
  Mcy: "\u041C",
  MediumSpace: "\u205F",
  Mellintrf: "\u2133",
  Mfr: "\u{1D510}",
  MinusPlus: "\u2213",
  Mopf: "\u{1D544}",
  Mscr: "\u2133",
  Mu: "\u039C",
  NJcy: "\u040A",
  Nacute: "\u0143",
  Ncaron: "\u0147",
  Ncedil: "\u0145",
  Ncy: "\u041D",
  NegativeMediumSpace: "\u200B",
  NegativeThickSpace: "\u200B",
  NegativeThinSpace: "\u200B",
  NegativeVeryThinSpace: "\u200B",
  NestedGreaterGreater: "\u226B",
  NestedLessLess: "\u226A",
  NewLine: "\n",
  Nfr: "\u{1D511}",
  NoBreak: "\u2060",
  NonBreakingSpace: "\xA0",
  Nopf: "\u2115",
  Not: "\u2AEC",
  NotCongruent: "\u2262",
  NotCupCap: "\u226D",
  NotDoubleVerticalBar: "\u2226",
  NotElement: "\u2209",
  NotEqual: "\u2260",
  NotEqualTilde: "\u2242\u0338",
  NotExists: "\u2204",
  NotGreater: "\u226F",
  NotGreaterEqual: "\u2271",
  NotGreaterFullEqual: "\u2267\u0338",
  NotGreaterGreater: "\u226B\u0338",
  NotGreaterLess: "\u2279",
  NotGreaterSlantEqual: "\u2A7E\u0338",
  NotGreaterTilde: "\u2275",
  NotHumpDownHump: "\u224E\u0338",
  NotHumpEqual: "\u224F\u0338",
  NotLeftTriangle: "\u22EA",
  NotLeftTriangleBar: "\u29CF\u0338",
  NotLeftTriangleEqual: "\u22EC",
  NotLess: "\u226E",
  NotLessEqual: "\u2270",
  NotLessGreater: "\u2278",
  NotLessLess: "\u226A\u0338",
  NotLessSlantEqual: "\u2A7D\u0338",
  NotLessTilde: "\u2274",
  NotNestedGreaterGreater: "\u2AA2\u0338",
  NotNestedLessLess: "\u2AA1\u0338",
  NotPrecedes: "\u2280",
  NotPrecedesEqual: "\u2AAF\u0338",
  NotPrecedesSlantEqual: "\u22E0",
  NotReverseElement: "\u220C",
  NotRightTriangle: "\u22EB",
  NotRightTriangleBar: "\u29D0\u0338",
  NotRightTriangleEqual: "\u22ED",
  NotSquareSubset: "\u228F\u0338",
  NotSquareSubsetEqual: "\u22E2",
  NotSquareSuperset: "\u2290\u0338",
  NotSquareSupersetEqual: "\u22E3",
  NotSubset: "\u2282\u20D2",
  NotSubsetEqual: "\u2288",
  NotSucceeds: "\u2281",
  NotSucceedsEqual: "\u2AB0\u0338",
  NotSucceedsSlantEqual: "\u22E1",
  NotSucceedsTilde: "\u227F\u0338",
  NotSuperset: "\u2283\u20D2",
  NotSupersetEqual: "\u2289",
  NotTilde: "\u2241",
  NotTildeEqual: "\u2244",
  NotTildeFullEqual: "\u2247",
  NotTildeTilde: "\u2249",
  NotVerticalBar: "\u2224",
  Nscr: "\u{1D4A9}",
  Ntilde: "\xD1",
  Nu: "\u039D",
  OElig: "\u0152",
  Oacute: "\xD3",
  Ocirc: "\xD4",
  Ocy: "\u041E",
  Odblac: "\u0150",
  Ofr: "\u{1D512}",
  Ograve: "\xD2",
  Omacr: "\u014C",
  Omega: "\u03A9",
  Omicron: "\u039F",
  Oopf: "\u{1D546}",
  OpenCurlyDoubleQuote: "\u201C",
  OpenCurlyQuote: "\u2018",
  Or: "\u2A54",
  Oscr: "\u{1D4AA}",
  Oslash: "\xD8",
  Otilde: "\xD5",
  Otimes: "\u2A37",
  Ouml: "\xD6",
  OverBar: "\u203E",
  OverBrace: "\u23DE",
  OverBracket: "\u23B4",
  OverParenthesis: "\u23DC",
  PartialD: "\u2202",
  Pcy: "\u041F",
  Pfr: "\u{1D513}",
  Phi: "\u03A6",
  Pi: "\u03A0",
  PlusMinus: "\xB1",
  Poincareplane: "\u210C",
  Popf: "\u2119",
  Pr: "\u2ABB",
  Precedes: "\u227A",
  PrecedesEqual: "\u2AAF",
  PrecedesSlantEqual: "\u227C",
  PrecedesTilde: "\u227E",
  Prime: "\u2033",
  Product: "\u220F",
  Proportion: "\u2237",
  Proportional: "\u221D",
  Pscr: "\u{1D4AB}",
  Psi: "\u03A8",
  QUOT: '"',
  Qfr: "\u{1D514}",
  Qopf: "\u211A",
  Qscr: "\u{1D4AC}",
  RBarr: "\u2910",
  REG: "\xAE",
  Racute: "\u0154",
  Rang: "\u27EB",
  Rarr: "\u21A0",
  Rarrtl: "\u2916",
  Rcaron: "\u0158",
  Rcedil: "\u0156",
  Rcy: "\u0420",
  Re: "\u211C",
  ReverseElement: "\u220B",
  ReverseEquilibrium: "\u21CB",
  ReverseUpEquilibrium: "\u296F",
  Rfr: "\u211C",
  Rho: "\u03A1",
  RightAngleBracket: "\u27E9",
  RightArrow: "\u2192",
  RightArrowBar: "\u21E5",
  RightArrowLeftArrow: "\u21C4",
  RightCeiling: "\u2309",
  RightDoubleBracket: "\u27E7",
  RightDownTeeVector: "\u295D",
  RightDownVector: "\u21C2",
  RightDownVectorBar: "\u2955",
  RightFloor: "\u230B",
  RightTee: "\u22A2",
  RightTeeArrow: "\u21A6",
  RightTeeVector: "\u295B",
  RightTriangle: "\u22B3",
  RightTriangleBar: "\u29D0",
  RightTriangleEqual: "\u22B5",
  RightUpDownVector: "\u294F",
  RightUpTeeVector: "\u295C",
  RightUpVector: "\u21BE",
  RightUpVectorBar: "\u2954",
  RightVector: "\u21C0",
  RightVectorBar: "\u2953",
  Rightarrow: "\u21D2",
  Ropf: "\u211D",
  RoundImplies: "\u2970",
  Rrightarrow: "\u21DB",
  Rscr: "\u211B",
  Rsh: "\u21B1",
  RuleDelayed: "\u29F4",
  SHCHcy: "\u0429",
  SHcy: "\u0428",
  SOFTcy: "\u042C",
  Sacute: "\u015A",
  Sc: "\u2ABC",
  Scaron: "\u0160",
  Scedil: "\u015E",
  Scirc: "\u015C",
  Scy: "\u0421",
  Sfr: "\u{1D516}",
  ShortDownArrow: "\u2193",
  ShortLeftArrow: "\u2190",
  ShortRightArrow: "\u2192",
  ShortUpArrow: "\u2191",
  Sigma: "\u03A3",
  SmallCircle: "\u2218",
  Sopf: "\u{1D54A}",
  Sqrt: "\u221A",
  Square: "\u25A1",
  SquareIntersection: "\u2293",
  SquareSubset: "\u228F",
  SquareSubsetEqual: "\u2291",
  SquareSuperset: "\u2290",
  SquareSupersetEqual: "\u2292",
  SquareUnion: "\u2294",
  Sscr: "\u{1D4AE}",
  Star: "\u22C6",
  Sub: "\u22D0",
  Subset: "\u22D0",
  SubsetEqual: "\u2286",
  Succeeds: "\u227B",
  SucceedsEqual: "\u2AB0",
  SucceedsSlantEqual: "\u227D",
  SucceedsTilde: "\u227F",
  SuchThat: "\u220B",
  Sum: "\u2211",
  Sup: "\u22D1",
  Superset: "\u2283",
  SupersetEqual: "\u2287",
  Supset: "\u22D1",
  THORN: "\xDE",
  TRADE: "\u2122",
  TSHcy: "\u040B",
  TScy: "\u0426",
  Tab: "	",
  Tau: "\u03A4",
  Tcaron: "\u0164",
  Tcedil: "\u0162",
  Tcy: "\u0422",
  Tfr: "\u{1D517}",
  Therefore: "\u2234",
  Theta: "\u0398",
  ThickSpace: "\u205F\u200A",
  ThinSpace: "\u2009",
  Tilde: "\u223C",
  TildeEqual: "\u2243",
  TildeFullEqual: "\u2245",
  TildeTilde: "\u2248",
  Topf: "\u{1D54B}",
  TripleDot: "\u20DB",
  Tscr: "\u{1D4AF}",
  Tstrok: "\u0166",
  Uacute: "\xDA",
  Uarr: "\u219F",
  Uarrocir: "\u2949",
  Ubrcy: "\u040E",
  Ubreve: "\u016C",
  Ucirc: "\xDB",
  Ucy: "\u0423",
  Udblac: "\u0170",
  Ufr: "\u{1D518}",
  Ugrave: "\xD9",
  Umacr: "\u016A",
  UnderBar: "_",
  UnderBrace: "\u23DF",
  UnderBracket: "\u23B5",
  UnderParenthesis: "\u23DD",
  Union: "\u22C3",
  UnionPlus: "\u228E",
  Uogon: "\u0172",
  Uopf: "\u{1D54C}",
  UpArrow: "\u2191",
  UpArrowBar: "\u2912",
  UpArrowDownArrow: "\u21C5",
  UpDownArrow: "\u2195",
  UpEquilibrium: "\u296E",
  UpTee: "\u22A5",
  UpTeeArrow: "\u21A5",
  Uparrow: "\u21D1",
  Updownarrow: "\u21D5",
  UpperLeftArrow: "\u2196",
  UpperRightArrow: "\u2197",
  Upsi: "\u03D2",
  Upsilon: "\u03A5",
  Uring: "\u016E",
  Uscr: "\u{1D4B0}",
  Utilde: "\u0168",
  Uuml: "\xDC",
  VDash: "\u22AB",
  Vbar: "\u2AEB",
  Vcy: "\u0412",
  Vdash: "\u22A9",
  Vdashl: "\u2AE6",
  Vee: "\u22C1",
  Verbar: "\u2016",
  Vert: "\u2016",
  VerticalBar: "\u2223",
  VerticalLine: "|",
  VerticalSeparator: "\u2758",
  VerticalTilde: "\u2240",
  VeryThinSpace: "\u200A",
  Vfr: "\u{1D519}",
  Vopf: "\u{1D54D}",
  Vscr: "\u{1D4B1}",
  Vvdash: "\u22AA",
  Wcirc: "\u0174",
  Wedge: "\u22C0",
  Wfr: "\u{1D51A}",
  Wopf: "\u{1D54E}",
  Wscr: "\u{1D4B2}",
  Xfr: "\u{1D51B}",
  Xi: "\u039E",
  Xopf: "\u{1D54F}",
  Xscr: "\u{1D4B3}",
  YAcy: "\u042F",
  YIcy: "\u0407",
  YUcy: "\u042E",
  Yacute: "\xDD",
  Ycirc: "\u0176",
  Ycy: "\u042B",
  Yfr: "\u{1D51C}",
  Yopf: "\u{1D550}",
  Yscr: "\u{1D4B4}",
  Yuml: "\u0178",
  ZHcy: "\u0416",
  Zacute: "\u0179",
  Zcaron: "\u017D",
  Zcy: "\u0417",
  Zdot: "\u017B",
  ZeroWidthSpace: "\u200B",
  Zeta: "\u0396",
  Zfr: "\u2128",
  Zopf: "\u2124",
  Zscr: "\u{1D4B5}",
  aacute: "\xE1",
  abreve: "\u0103",
  ac: "\u223E",
  acE: "\u223E\u0333",
  acd: "\u223F",
  acirc: "\xE2",
  acute: "\xB4",
  acy: "\u0430",
  aelig: "\xE6",
  af: "\u2061",
  afr: "\u{1D51E}",
  agrave: "\xE0",
  alefsym: "\u2135",
  aleph: "\u2135",
  alpha: "\u03B1",
  amacr: "\u0101",
  amalg: "\u2A3F",
  amp: "&",
  and: "\u2227",
  andand: "\u2A55",
  andd: "\u2A5C",
  andslope: "\u2A58",
  andv: "\u2A5A",
  ang: "\u2220",
  ange: "\u29A4",
  angle: "\u2220",
  angmsd: "\u2221",
  angmsdaa: "\u29A8",
  angmsdab: "\u29A9",
  angmsdac: "\u29AA",
  angmsdad: "\u29AB",
  angmsdae: "\u29AC",
  angmsdaf: "\u29AD",
  angmsdag: "\u29AE",
  angmsdah: "\u29AF",
  angrt: "\u221F",
  angrtvb: "\u22BE",
  angrtvbd: "\u299D",
  angsph: "\u2222",
  angst: "\xC5",
  angzarr: "\u237C",
  aogon: "\u0105",
  aopf: "\u{1D552}",
  ap: "\u2248",
  apE: "\u2A70",
  apacir: "\u2A6F",
  ape: "\u224A",
  apid: "\u224B",
  apos: "'",
  approx: "\u2248",
  approxeq: "\u224A",
  aring: "\xE5",
  ascr: "\u{1D4B6}",
  ast: "*",
  asymp: "\u2248",
  asympeq: "\u224D",
  atilde: "\xE3",
  auml: "\xE4",
  awconint: "\u2233",
  awint: "\u2A11",
  bNot: "\u2AED",
  backcong: "\u224C",
  backepsilon: "\u03F6",
  backprime: "\u2035",
  backsim: "\u223D",
  backsimeq: "\u22CD",
  barvee: "\u22BD",
  barwed: "\u2305",
  barwedge: "\u2305",
  bbrk: "\u23B5",
  bbrktbrk: "\u23B6",
  bcong: "\u224C",
  bcy: "\u0431",
  bdquo: "\u201E",
  becaus: "\u2235",
  because: "\u2235",
  bemptyv: "\u29B0",
  bepsi: "\u03F6",
  bernou: "\u212C",
  beta: "\u03B2",
  beth: "\u2136",
  between: "\u226C",
  bfr: "\u{1D51F}",
  bigcap: "\u22C2",
  bigcirc: "\u25EF",
  bigcup: "\u22C3",
  bigodot: "\u2A00",
  bigoplus: "\u2A01",
  bigotimes: "\u2A02",
  bigsqcup: "\u2A06",
  bigstar: "\u2605",
  bigtriangledown: "\u25BD",
  bigtriangleup: "\u25B3",
  biguplus: "\u2A04",
  bigvee: "\u22C1",
  bigwedge: "\u22C0",
  bkarow: "\u290D",
  blacklozenge: "\u29EB",
  blacksquare: "\u25AA",
  blacktriangle: "\u25B4",
  blacktriangledown: "\u25BE",
  blacktriangleleft: "\u25C2",
  blacktriangleright: "\u25B8",
  blank: "\u2423",
  blk12: "\u2592",
  blk14: "\u2591",
  blk34: "\u2593",
  block: "\u2588",
  bne: "=\u20E5",
  bnequiv: "\u2261\u20E5",
  bnot: "\u2310",
  bopf: "\u{1D553}",
  bot: "\u22A5",
  bottom: "\u22A5",
  bowtie: "\u22C8",
  boxDL: "\u2557",
  boxDR: "\u2554",
  boxDl: "\u2556",
  boxDr: "\u2553",
  boxH: "\u2550",
  boxHD: "\u2566",
  boxHU: "\u2569",
  boxHd: "\u2564",
  boxHu: "\u2567",
  boxUL: "\u255D",
  boxUR: "\u255A",
  boxUl: "\u255C",
  boxUr: "\u2559",
  boxV: "\u2551",
  boxVH: "\u256C",
  boxVL: "\u2563",
  boxVR: "\u2560",
  boxVh: "\u256B",
  boxVl: "\u2562",
  boxVr: "\u255F",
  boxbox: "\u29C9",
  boxdL: "\u2555",
  boxdR: "\u2552",
  boxdl: "\u2510",
  boxdr: "\u250C",
  boxh: "\u2500",
  boxhD: "\u2565",
  boxhU: "\u2568",
  boxhd: "\u252C",
  boxhu: "\u2534",
  boxminus: "\u229F",
  boxplus: "\u229E",
  boxtimes: "\u22A0",
  boxuL: "\u255B",
  boxuR: "\u2558",
  boxul: "\u2518",
  boxur: "\u2514",
  boxv: "\u2502",
  boxvH: "\u256A",
  boxvL: "\u2561",
  boxvR: "\u255E",
  boxvh: "\u253C",
  boxvl: "\u2524",
  boxvr: "\u251C",
  bprime: "\u2035",
  breve: "\u02D8",
  brvbar: "\xA6",
  bscr: "\u{1D4B7}",
  bsemi: "\u204F",
  bsim: "\u223D",
  bsime: "\u22CD",
  bsol: "\\",
  bsolb: "\u29C5",
  bsolhsub: "\u27C8",
  bull: "\u2022",
  bullet: "\u2022",
  bump: "\u224E",
  bumpE: "\u2AAE",
  bumpe: "\u224F",
  bumpeq: "\u224F",
  cacute: "\u0107",
  cap: "\u2229",
  capand: "\u2A44",
  capbrcup: "\u2A49",
  capcap: "\u2A4B",
  capcup: "\u2A47",
  capdot: "\u2A40",
  caps: "\u2229\uFE00",
  caret: "\u2041",
  caron: "\u02C7",
  ccaps: "\u2A4D",
  ccaron: "\u010D",
  ccedil: "\xE7",
  ccirc: "\u0109",
  ccups: "\u2A4C",
  ccupssm: "\u2A50",
  cdot: "\u010B",
  cedil: "\xB8",
  cemptyv: "\u29B2",
  cent: "\xA2",
  centerdot: "\xB7",
  cfr: "\u{1D520}",
  chcy: "\u0447",
  check: "\u2713",
  checkmark: "\u2713",
  chi: "\u03C7",
  cir: "\u25CB",
  cirE: "\u29C3",
  circ: "\u02C6",
  circeq: "\u2257",
  circlearrowleft: "\u21BA",
  circlearrowright: "\u21BB",
  circledR: "\xAE",
  circledS: "\u24C8",
  circledast: "\u229B",
  circledcirc: "\u229A",
  circleddash: "\u229D",
  cire: "\u2257",
  cirfnint: "\u2A10",
  cirmid: "\u2AEF",
  cirscir: "\u29C2",
  clubs: "\u2663",
  clubsuit: "\u2663",
  colon: ":",
  colone: "\u2254",
  coloneq: "\u2254",
  comma: ",",
  commat: "@",
  comp: "\u2201",
  compfn: "\u2218",
  complement: "\u2201",
  complexes: "\u2102",
  cong: "\u2245",
  congdot: "\u2A6D",
  conint: "\u222E",
  copf: "\u{1D554}",
  coprod: "\u2210",
  copy: "\xA9",
  copysr: "\u2117",
  crarr: "\u21B5",
  cross: "\u2717",
  cscr: "\u{1D4B8}",
  csub: "\u2ACF",
  csube: "\u2AD1",
  csup: "\u2AD0",
  csupe: "\u2AD2",
  ctdot: "\u22EF",
  cudarrl: "\u2938",
  cudarrr: "\u2935",
  cuepr: "\u22DE",
  cuesc: "\u22DF",
  cularr: "\u21B6",
  cularrp: "\u293D",
  cup: "\u222A",
  cupbrcap: "\u2A48",
  cupcap: "\u2A46",
  cupcup: "\u2A4A",
  cupdot: "\u228D",
  cupor: "\u2A45",
  cups: "\u222A\uFE00",
  curarr: "\u21B7",
  curarrm: "\u293C",
  curlyeqprec: "\u22DE",
  curlyeqsucc: "\u22DF",
  curlyvee: "\u22CE",
  curlywedge: "\u22CF",
  curren: "\xA4",
  curvearrowleft: "\u21B6",
  curvearrowright: "\u21B7",
  cuvee: "\u22CE",
  cuwed: "\u22CF",
  cwconint: "\u2232",
  cwint: "\u2231",
  cylcty: "\u232D",
  dArr: "\u21D3",
  dHar: "\u2965",
  dagger: "\u2020",
  daleth: "\u2138",
  darr: "\u2193",
  dash: "\u2010",
  dashv: "\u22A3",
  dbkarow: "\u290F",
  dblac: "\u02DD",
  dcaron: "\u010F",
  dcy: "\u0434",
  dd: "\u2146",
  ddagger: "\u2021",
  ddarr: "\u21CA",
  ddotseq: "\u2A77",
  deg: "\xB0",
  delta: "\u03B4",
  demptyv: "\u29B1",
  dfisht: "\u297F",
  dfr: "\u{1D521}",
  dharl: "\u21C3",
  dharr: "\u21C2",
  diam: "\u22C4",
  diamond: "\u22C4",
  diamondsuit: "\u2666",
  diams: "\u2666",
  die: "\xA8",
  digamma: "\u03DD",
  disin: "\u22F2",
  div: "\xF7",
  divide: "\xF7",
  divideontimes: "\u22C7",
  divonx: "\u22C7",
  djcy: "\u0452",
  dlcorn: "\u231E",
  dlcrop: "\u230D",
  dollar: "$",
  dopf: "\u{1D555}",
  dot: "\u02D9",
  doteq: "\u2250",
  doteqdot: "\u2251",
  dotminus: "\u2238",
  dotplus: "\u2214",
  dotsquare: "\u22A1",
  doublebarwedge: "\u2306",
  downarrow: "\u2193",
  downdownarrows: "\u21CA",
  downharpoonleft: "\u21C3",
  downharpoonright: "\u21C2",
  drbkarow: "\u2910",
  drcorn: "\u231F",
  drcrop: "\u230C",
  dscr: "\u{1D4B9}",
  dscy: "\u0455",
  dsol: "\u29F6",
  dstrok: "\u0111",
  dtdot: "\u22F1",
  dtri: "\u25BF",
  dtrif: "\u25BE",
  duarr: "\u21F5",
  duhar: "\u296F",
  dwangle: "\u29A6",
  dzcy: "\u045F",
  dzigrarr: "\u27FF",
  eDDot: "\u2A77",
  eDot: "\u2251",
  eacute: "\xE9",
  easter: "\u2A6E",
  ecaron: "\u011B",
  ecir: "\u2256",
  ecirc: "\xEA",
  ecolon: "\u2255",
  ecy: "\u044D",
  edot: "\u0117",
  ee: "\u2147",
  efDot: "\u2252",
  efr: "\u{1D522}",
  eg: "\u2A9A",
  egrave: "\xE8",
  egs: "\u2A96",
  egsdot: "\u2A98",
  el: "\u2A99",
  elinters: "\u23E7",
  ell: "\u2113",
  els: "\u2A95",
  elsdot: "\u2A97",
  emacr: "\u0113",
  empty: "\u2205",
  emptyset: "\u2205",
  emptyv: "\u2205",
  emsp13: "\u2004",
  emsp14: "\u2005",
  emsp: "\u2003",
  eng: "\u014B",
  ensp: "\u2002",
  eogon: "\u0119",
  eopf: "\u{1D556}",
  epar: "\u22D5",
  eparsl: "\u29E3",
  eplus: "\u2A71",
  epsi: "\u03B5",
  epsilon: "\u03B5",
  epsiv: "\u03F5",
  eqcirc: "\u2256",
  eqcolon: "\u2255",
  eqsim: "\u2242",
  eqslantgtr: "\u2A96",
  eqslantless: "\u2A95",
  equals: "=",
  equest: "\u225F",
  equiv: "\u2261",
  equivDD: "\u2A78",
  eqvparsl: "\u29E5",
  erDot: "\u2253",
  erarr: "\u2971",
  escr: "\u212F",
  esdot: "\u2250",
  esim: "\u2242",
  eta: "\u03B7",
  eth: "\xF0",
  euml: "\xEB",
  euro: "\u20AC",
  excl: "!",
  exist: "\u2203",
  expectation: "\u2130",
  exponentiale: "\u2147",
  fallingdotseq: "\u2252",
  fcy: "\u0444",
  female: "\u2640",
  ffilig: "\uFB03",
  fflig: "\uFB00",
  ffllig: "\uFB04",
  ffr: "\u{1D523}",
  filig: "\uFB01",
  fjlig: "fj",
  flat: "\u266D",
  fllig: "\uFB02",
  fltns: "\u25B1",
  fnof: "\u0192",
  fopf: "\u{1D557}",
  forall: "\u2200",
  fork: "\u22D4",
  forkv: "\u2AD9",
  fpartint: "\u2A0D",
  frac12: "\xBD",
  frac13: "\u2153",
  frac14: "\xBC",
  frac15: "\u2155",
  frac16: "\u2159",
  frac18: "\u215B",
  frac23: "\u2154",
  frac25: "\u2156",
  frac34: "\xBE",
  frac35: "\u2157",
  frac38: "\u215C",
  frac45: "\u2158",
  frac56: "\u215A",
  frac58: "\u215D",
  frac78: "\u215E",
  frasl: "\u2044",
  frown: "\u2322",
  fscr: "\u{1D4BB}",
  gE: "\u2267",
  gEl: "\u2A8C",
  gacute: "\u01F5",
  gamma: "\u03B3",
  gammad: "\u03DD",
  gap: "\u2A86",
  gbreve: "\u011F",
  gcirc: "\u011D",
  gcy: "\u0433",
  gdot: "\u0121",
  ge: "\u2265",
  gel: "\u22DB",
  geq: "\u2265",
  geqq: "\u2267",
  geqslant: "\u2A7E",
  ges: "\u2A7E",
  gescc: "\u2AA9",
  gesdot: "\u2A80",
  gesdoto: "\u2A82",
  gesdotol: "\u2A84",
  gesl: "\u22DB\uFE00",
  gesles: "\u2A94",
  gfr: "\u{1D524}",
  gg: "\u226B",
  ggg: "\u22D9",
  gimel: "\u2137",
  gjcy: "\u0453",
  gl: "\u2277",
  glE: "\u2A92",
  gla: "\u2AA5",
  glj: "\u2AA4",
  gnE: "\u2269",
  gnap: "\u2A8A",
  gnapprox: "\u2A8A",
  gne: "\u2A88",
  gneq: "\u2A88",
  gneqq: "\u2269",
  gnsim: "\u22E7",
  gopf: "\u{1D558}",
  grave: "`",
  gscr: "\u210A",
  gsim: "\u2273",
  gsime: "\u2A8E",
  gsiml: "\u2A90",
  gt: ">",
  gtcc: "\u2AA7",
  gtcir: "\u2A7A",
  gtdot: "\u22D7",
  gtlPar: "\u2995",
  gtquest: "\u2A7C",
  gtrapprox: "\u2A86",
  gtrarr: "\u2978",
  gtrdot: "\u22D7",
  gtreqless: "\u22DB",
  gtreqqless: "\u2A8C",
  gtrless: "\u2277",
  gtrsim: "\u2273",
  gvertneqq: "\u2269\uFE00",
  gvnE: "\u2269\uFE00",
  hArr: "\u21D4",
  hairsp: "\u200A",
  half: "\xBD",
  hamilt: "\u210B",
  hardcy: "\u044A",
  harr: "\u2194",
  harrcir: "\u2948",
  harrw: "\u21AD",
  hbar: "\u210F",
  hcirc: "\u0125",
  hearts: "\u2665",
  heartsuit: "\u2665",
  hellip: "\u2026",
  hercon: "\u22B9",
  hfr: "\u{1D525}",
  hksearow: "\u2925",
  hkswarow: "\u2926",
  hoarr: "\u21FF",
  homtht: "\u223B",
  hookleftarrow: "\u21A9",
  hookrightarrow: "\u21AA",
  hopf: "\u{1D559}",
  horbar: "\u2015",
  hscr: "\u{1D4BD}",
  hslash: "\u210F",
  hstrok: "\u0127",
  hybull: "\u2043",
  hyphen: "\u2010",
  iacute: "\xED",
  ic: "\u2063",
  icirc: "\xEE",
  icy: "\u0438",
  iecy: "\u0435",
  iexcl: "\xA1",
  iff: "\u21D4",
  ifr: "\u{1D526}",
  igrave: "\xEC",
  ii: "\u2148",
  iiiint: "\u2A0C",
  iiint: "\u222D",
  iinfin: "\u29DC",
  iiota: "\u2129",
  ijlig: "\u0133",
  imacr: "\u012B",
  image: "\u2111",
  imagline: "\u2110",
  imagpart: "\u2111",
  imath: "\u0131",
  imof: "\u22B7",
  imped: "\u01B5",
  in: "\u2208",
  incare: "\u2105",
  infin: "\u221E",
  infintie: "\u29DD",
  inodot: "\u0131",
  int: "\u222B",
  intcal: "\u22BA",
  integers: "\u2124",
  intercal: "\u22BA",
  intlarhk: "\u2A17",
  intprod: "\u2A3C",
  iocy: "\u0451",
  iogon: "\u012F",
  iopf: "\u{1D55A}",
  iota: "\u03B9",
  iprod: "\u2A3C",
  iquest: "\xBF",
  iscr: "\u{1D4BE}",
  isin: "\u2208",
  isinE: "\u22F9",
  isindot: "\u22F5",
  isins: "\u22F4",
  isinsv: "\u22F3",
  isinv: "\u2208",
  it: "\u2062",
  itilde: "\u0129",
  iukcy: "\u0456",
  iuml: "\xEF",
  jcirc: "\u0135",
  jcy: "\u0439",
  jfr: "\u{1D527}",
  jmath: "\u0237",
  jopf: "\u{1D55B}",
  jscr: "\u{1D4BF}",
  jsercy: "\u0458",
  jukcy: "\u0454",
  kappa: "\u03BA",
  kappav: "\u03F0",
  kcedil: "\u0137",
  kcy: "\u043A",
  kfr: "\u{1D528}",
  kgreen: "\u0138",
  khcy: "\u0445",
  kjcy: "\u045C",
  kopf: "\u{1D55C}",
  kscr: "\u{1D4C0}",
  lAarr: "\u21DA",
  lArr: "\u21D0",
  lAtail: "\u291B",
  lBarr: "\u290E",
  lE: "\u2266",
  lEg: "\u2A8B",
  lHar: "\u2962",
  lacute: "\u013A",
  laemptyv: "\u29B4",
  lagran: "\u2112",
  lambda: "\u03BB",
  lang: "\u27E8",
  langd: "\u2991",
  langle: "\u27E8",
  lap: "\u2A85",
  laquo: "\xAB",
  larr: "\u2190",
  larrb: "\u21E4",
  larrbfs: "\u291F",
  larrfs: "\u291D",
  larrhk: "\u21A9",
  larrlp: "\u21AB",
  larrpl: "\u2939",
  larrsim: "\u2973",
  larrtl: "\u21A2",
  lat: "\u2AAB",
  latail: "\u2919",
  late: "\u2AAD",
  lates: "\u2AAD\uFE00",
  lbarr: "\u290C",
  lbbrk: "\u2772",
  lbrace: "{",
  lbrack: "[",
  lbrke: "\u298B",
  lbrksld: "\u298F",
  lbrkslu: "\u298D",
  lcaron: "\u013E",
  lcedil: "\u013C",
  lceil: "\u2308",
  lcub: "{",
  lcy: "\u043B",
  ldca: "\u2936",
  ldquo: "\u201C",
  ldquor: "\u201E",
  ldrdhar: "\u2967",
  ldrushar: "\u294B",
  ldsh: "\u21B2",
  le: "\u2264",
  leftarrow: "\u2190",
  leftarrowtail: "\u21A2",
  leftharpoondown: "\u21BD",
  leftharpoonup: "\u21BC",
  leftleftarrows: "\u21C7",
  leftrightarrow: "\u2194",
  leftrightarrows: "\u21C6",
  leftrightharpoons: "\u21CB",
  leftrightsquigarrow: "\u21AD",
  leftthreetimes: "\u22CB",
  leg: "\u22DA",
  leq: "\u2264",
  leqq: "\u2266",
  leqslant: "\u2A7D",
  les: "\u2A7D",
  lescc: "\u2AA8",
  lesdot: "\u2A7F",
  lesdoto: "\u2A81",
  lesdotor: "\u2A83",
  lesg: "\u22DA\uFE00",
  lesges: "\u2A93",
  lessapprox: "\u2A85",
  lessdot: "\u22D6",
  lesseqgtr: "\u22DA",
  lesseqqgtr: "\u2A8B",
  lessgtr: "\u2276",
  lesssim: "\u2272",
  lfisht: "\u297C",
  lfloor: "\u230A",
  lfr: "\u{1D529}",
  lg: "\u2276",
  lgE: "\u2A91",
  lhard: "\u21BD",
  lharu: "\u21BC",
  lharul: "\u296A",
  lhblk: "\u2584",
  ljcy: "\u0459",
  ll: "\u226A",
  llarr: "\u21C7",
  llcorner: "\u231E",
  llhard: "\u296B",
  lltri: "\u25FA",
  lmidot: "\u0140",
  lmoust: "\u23B0",
  lmoustache: "\u23B0",
  lnE: "\u2268",
  lnap: "\u2A89",
  lnapprox: "\u2A89",
  lne: "\u2A87",
  lneq: "\u2A87",
  lneqq: "\u2268",
  lnsim: "\u22E6",
  loang: "\u27EC",
  loarr: "\u21FD",
  lobrk: "\u27E6",
  longleftarrow: "\u27F5",
  longleftrightarrow: "\u27F7",
  longmapsto: "\u27FC",
  longrightarrow: "\u27F6",
  looparrowleft: "\u21AB",
  looparrowright: "\u21AC",
  lopar: "\u2985",
  lopf: "\u{1D55D}",
  loplus: "\u2A2D",
  lotimes: "\u2A34",
  lowast: "\u2217",
  lowbar: "_",
  loz: "\u25CA",
  lozenge: "\u25CA",
  lozf: "\u29EB",
  lpar: "(",
  lparlt: "\u2993",
  lrarr: "\u21C6",
  lrcorner: "\u231F",
  lrhar: "\u21CB",
  lrhard: "\u296D",
  lrm: "\u200E",
  lrtri: "\u22BF",
  lsaquo: "\u2039",
  lscr: "\u{1D4C1}",
  lsh: "\u21B0",
  lsim: "\u2272",
  lsime: "\u2A8D",
  lsimg: "\u2A8F",
  lsqb: "[",
  lsquo: "\u2018",
  lsquor: "\u201A",
  lstrok: "\u0142",
  lt: "<",
  ltcc: "\u2AA6",
  ltcir: "\u2A79",
  ltdot: "\u22D6",
  lthree: "\u22CB",
  ltimes: "\u22C9",
  ltlarr: "\u2976",
  ltquest: "\u2A7B",
  ltrPar: "\u2996",
  ltri: "\u25C3",
  ltrie: "\u22B4",
  ltrif: "\u25C2",
  lurdshar: "\u294A",
  luruhar: "\u2966",
  lvertneqq: "\u2268\uFE00",
  lvnE: "\u2268\uFE00",
  mDDot: "\u223A",
  macr: "\xAF",
  male: "\u2642",
  malt: "\u2720",
  maltese: "\u2720",
  map: "\u21A6",
  mapsto: "\u21A6",
  mapstodown: "\u21A7",
  mapstoleft: "\u21A4",
  mapstoup: "\u21A5",
  marker: "\u25AE",
  mcomma: "\u2A29",
  mcy: "\u043C",
  mdash: "\u2014",
  measuredangle: "\u2221",
  mfr: "\u{1D52A}",
  mho: "\u2127",
  micro: "\xB5",
  mid: "\u2223",
  midast: "*",
  midcir: "\u2AF0",
  middot: "\xB7",
  minus: "\u2212",
  minusb: "\u229F",
  minusd: "\u2238",
  minusdu: "\u2A2A",
  mlcp: "\u2ADB",
  mldr: "\u2026",
  mnplus: "\u2213",
  models: "\u22A7",
  mopf: "\u{1D55E}",
  mp: "\u2213",
  mscr: "\u{1D4C2}",
  mstpos: "\u223E",
  mu: "\u03BC",
  multimap: "\u22B8",
  mumap: "\u22B8",
  nGg: "\u22D9\u0338",
  nGt: "\u226B\u20D2",
  nGtv: "\u226B\u0338",
  nLeftarrow: "\u21CD",
  nLeftrightarrow: "\u21CE",
  nLl: "\u22D8\u0338",
  nLt: "\u226A\u20D2",
  nLtv: "\u226A\u0338",
  nRightarrow: "\u21CF",
  nVDash: "\u22AF",
  nVdash: "\u22AE",
  nabla: "\u2207",
  nacute: "\u0144",
  nang: "\u2220\u20D2",
  nap: "\u2249",
  napE: "\u2A70\u0338",
  napid: "\u224B\u0338",
  napos: "\u0149",
  napprox: "\u2249",
  natur: "\u266E",
  natural: "\u266E",
  naturals: "\u2115",
  nbsp: "\xA0",
  nbump: "\u224E\u0338",
  nbumpe: "\u224F\u0338",
  ncap: "\u2A43",
  ncaron: "\u0148",
  ncedil: "\u0146",
  ncong: "\u2247",
  ncongdot: "\u2A6D\u0338",
  ncup: "\u2A42",
  ncy: "\u043D",
  ndash: "\u2013",
  ne: "\u2260",
  neArr: "\u21D7",
  nearhk: "\u2924",
  nearr: "\u2197",
  nearrow: "\u2197",
  nedot: "\u2250\u0338",
  nequiv: "\u2262",
  nesear: "\u2928",
  nesim: "\u2242\u0338",
  nexist: "\u2204",
  nexists: "\u2204",
  nfr: "\u{1D52B}",
  ngE: "\u2267\u0338",
  nge: "\u2271",
  ngeq: "\u2271",
  ngeqq: "\u2267\u0338",
  ngeqslant: "\u2A7E\u0338",
  nges: "\u2A7E\u0338",
  ngsim: "\u2275",
  ngt: "\u226F",
  ngtr: "\u226F",
  nhArr: "\u21CE",
  nharr: "\u21AE",
  nhpar: "\u2AF2",
  ni: "\u220B",
  nis: "\u22FC",
  nisd: "\u22FA",
  niv: "\u220B",
  njcy: "\u045A",
  nlArr: "\u21CD",
  nlE: "\u2266\u0338",
  nlarr: "\u219A",
  nldr: "\u2025",
  nle: "\u2270",
  nleftarrow: "\u219A",
  nleftrightarrow: "\u21AE",
  nleq: "\u2270",
  nleqq: "\u2266\u0338",
  nleqslant: "\u2A7D\u0338",
  nles: "\u2A7D\u0338",
  nless: "\u226E",
  nlsim: "\u2274",
  nlt: "\u226E",
  nltri: "\u22EA",
  nltrie: "\u22EC",
  nmid: "\u2224",
  nopf: "\u{1D55F}",
  not: "\xAC",
  notin: "\u2209",
  notinE: "\u22F9\u0338",
  notindot: "\u22F5\u0338",
  notinva: "\u2209",
  notinvb: "\u22F7",
  notinvc: "\u22F6",
  notni: "\u220C",
  notniva: "\u220C",
  notnivb: "\u22FE",
  notnivc: "\u22FD",
  npar: "\u2226",
  nparallel: "\u2226",
  nparsl: "\u2AFD\u20E5",
  npart: "\u2202\u0338",
  npolint: "\u2A14",
  npr: "\u2280",
  nprcue: "\u22E0",
  npre: "\u2AAF\u0338",
  nprec: "\u2280",
  npreceq: "\u2AAF\u0338",
  nrArr: "\u21CF",
  nrarr: "\u219B",
  nrarrc: "\u2933\u0338",
  nrarrw: "\u219D\u0338",
  nrightarrow: "\u219B",
  nrtri: "\u22EB",
  nrtrie: "\u22ED",
  nsc: "\u2281",
  nsccue: "\u22E1",
  nsce: "\u2AB0\u0338",
  nscr: "\u{1D4C3}",
  nshortmid: "\u2224",
  nshortparallel: "\u2226",
  nsim: "\u2241",
  nsime: "\u2244",
  nsimeq: "\u2244",
  nsmid: "\u2224",
  nspar: "\u2226",
  nsqsube: "\u22E2",
  nsqsupe: "\u22E3",
  nsub: "\u2284",
  nsubE: "\u2AC5\u0338",
  nsube: "\u2288",
  nsubset: "\u2282\u20D2",
  nsubseteq: "\u2288",
  nsubseteqq: "\u2AC5\u0338",
  nsucc: "\u2281",
  nsucceq: "\u2AB0\u0338",
  nsup: "\u2285",
  nsupE: "\u2AC6\u0338",
  nsupe: "\u2289",
  nsupset: "\u2283\u20D2",
  nsupseteq: "\u2289",
  nsupseteqq: "\u2AC6\u0338",
  ntgl: "\u2279",
  ntilde: "\xF1",
  ntlg: "\u2278",
  ntriangleleft: "\u22EA",
  ntrianglelefteq: "\u22EC",
  ntriangleright: "\u22EB",
  ntrianglerighteq: "\u22ED",
  nu: "\u03BD",
  num: "#",
  numero: "\u2116",
  numsp: "\u2007",
  nvDash: "\u22AD",
  nvHarr: "\u2904",
  nvap: "\u224D\u20D2",
  nvdash: "\u22AC",
  nvge: "\u2265\u20D2",
  nvgt: ">\u20D2",
  nvinfin: "\u29DE",
  nvlArr: "\u2902",
  nvle: "\u2264\u20D2",
  nvlt: "<\u20D2",
  nvltrie: "\u22B4\u20D2",
  nvrArr: "\u2903",
  nvrtrie: "\u22B5\u20D2",
  nvsim: "\u223C\u20D2",
  nwArr: "\u21D6",
  nwarhk: "\u2923",
  nwarr: "\u2196",
  nwarrow: "\u2196",
  nwnear: "\u2927",
  oS: "\u24C8",
  oacute: "\xF3",
  oast: "\u229B",
  ocir: "\u229A",
  ocirc: "\xF4",
  ocy: "\u043E",
  odash: "\u229D",
  odblac: "\u0151",
  odiv: "\u2A38",
  odot: "\u2299",
  odsold: "\u29BC",
  oelig: "\u0153",
  ofcir: "\u29BF",
  ofr: "\u{1D52C}",
  ogon: "\u02DB",
  ograve: "\xF2",
  ogt: "\u29C1",
  ohbar: "\u29B5",
  ohm: "\u03A9",
  oint: "\u222E",
  olarr: "\u21BA",
  olcir: "\u29BE",
  olcross: "\u29BB",
  oline: "\u203E",
  olt: "\u29C0",
  omacr: "\u014D",
  omega: "\u03C9",
  omicron: "\u03BF",
  omid: "\u29B6",
  ominus: "\u2296",
  oopf: "\u{1D560}",
  opar: "\u29B7",
  operp: "\u29B9",
  oplus: "\u2295",
  or: "\u2228",
  orarr: "\u21BB",
  ord: "\u2A5D",
  order: "\u2134",
  orderof: "\u2134",
  ordf: "\xAA",
  ordm: "\xBA",
  origof: "\u22B6",
  oror: "\u2A56",
  orslope: "\u2A57",
  orv: "\u2A5B",
  oscr: "\u2134",
  oslash: "\xF8",
  osol: "\u2298",
  otilde: "\xF5",
  otimes: "\u2297",
  otimesas: "\u2A36",
  ouml: "\xF6",
  ovbar: "\u233D",
  par: "\u2225",
  para: "\xB6",
  parallel: "\u2225",
  parsim: "\u2AF3",
  parsl: "\u2AFD",
  part: "\u2202",
  pcy: "\u043F",
  percnt: "%",
  period: ".",
  permil: "\u2030",
  perp: "\u22A5",
  pertenk: "\u2031",
  pfr: "\u{1D52D}",
  phi: "\u03C6",
  phiv: "\u03D5",
  phmmat: "\u2133",
  phone: "\u260E",
  pi: "\u03C0",
  pitchfork: "\u22D4",
  piv: "\u03D6",
  planck: "\u210F",
  planckh: "\u210E",
  plankv: "\u210F",
  plus: "+",
  plusacir: "\u2A23",
  plusb: "\u229E",
  pluscir: "\u2A22",
  plusdo: "\u2214",
  plusdu: "\u2A25",
  pluse: "\u2A72",
  plusmn: "\xB1",
  plussim: "\u2A26",
  plustwo: "\u2A27",
  pm: "\xB1",
  pointint: "\u2A15",
  popf: "\u{1D561}",
  pound: "\xA3",
  pr: "\u227A",
  prE: "\u2AB3",
  prap: "\u2AB7",
  prcue: "\u227C",
  pre: "\u2AAF",
  prec: "\u227A",
  precapprox: "\u2AB7",
  preccurlyeq: "\u227C",
  preceq: "\u2AAF",
  precnapprox: "\u2AB9",
  precneqq: "\u2AB5",
  precnsim: "\u22E8",
  precsim: "\u227E",
  prime: "\u2032",
  primes: "\u2119",
  prnE: "\u2AB5",
  prnap: "\u2AB9",
  prnsim: "\u22E8",
  prod: "\u220F",
  profalar: "\u232E",
  profline: "\u2312",
  profsurf: "\u2313",
  prop: "\u221D",
  propto: "\u221D",
  prsim: "\u227E",
  prurel: "\u22B0",
  pscr: "\u{1D4C5}",
  psi: "\u03C8",
  puncsp: "\u2008",
  qfr: "\u{1D52E}",
  qint: "\u2A0C",
  qopf: "\u{1D562}",
  qprime: "\u2057",
  qscr: "\u{1D4C6}",
  quaternions: "\u210D",
  quatint: "\u2A16",
  quest: "?",
  questeq: "\u225F",
  quot: '"',
  rAarr: "\u21DB",
  rArr: "\u21D2",
  rAtail: "\u291C",
  rBarr: "\u290F",
  rHar: "\u2964",
  race: "\u223D\u0331",
  racute: "\u0155",
  radic: "\u221A",
  raemptyv: "\u29B3",
  rang: "\u27E9",
  rangd: "\u2992",
  range: "\u29A5",
  rangle: "\u27E9",
  raquo: "\xBB",
  rarr: "\u2192",
  rarrap: "\u2975",
  rarrb: "\u21E5",
  rarrbfs: "\u2920",
  rarrc: "\u2933",
  rarrfs: "\u291E",
  rarrhk: "\u21AA",
  rarrlp: "\u21AC",
  rarrpl: "\u2945",
  rarrsim: "\u2974",
  rarrtl: "\u21A3",
  rarrw: "\u219D",
  ratail: "\u291A",
  ratio: "\u2236",
  rationals: "\u211A",
  rbarr: "\u290D",
  rbbrk: "\u2773",
  rbrace: "}",
  rbrack: "]",
  rbrke: "\u298C",
  rbrksld: "\u298E",
  rbrkslu: "\u2990",
  rcaron: "\u0159",
  rcedil: "\u0157",
  rceil: "\u2309",
  rcub: "}",
  rcy: "\u0440",
  rdca: "\u2937",
  rdldhar: "\u2969",
  rdquo: "\u201D",
  rdquor: "\u201D",
  rdsh: "\u21B3",
  real: "\u211C",
  realine: "\u211B",
  realpart: "\u211C",
  reals: "\u211D",
  rect: "\u25AD",
  reg: "\xAE",
  rfisht: "\u297D",
  rfloor: "\u230B",
  rfr: "\u{1D52F}",
  rhard: "\u21C1",
  rharu: "\u21C0",
  rharul: "\u296C",
  rho: "\u03C1",
  rhov: "\u03F1",
  rightarrow: "\u2192",
  rightarrowtail: "\u21A3",
  rightharpoondown: "\u21C1",
  rightharpoonup: "\u21C0",
  rightleftarrows: "\u21C4",
  rightleftharpoons: "\u21CC",
  rightrightarrows: "\u21C9",
  rightsquigarrow: "\u219D",
  rightthreetimes: "\u22CC",
  ring: "\u02DA",
  risingdotseq: "\u2253",
  rlarr: "\u21C4",
  rlhar: "\u21CC",
  rlm: "\u200F",
  rmoust: "\u23B1",
  rmoustache: "\u23B1",
  rnmid: "\u2AEE",
  roang: "\u27ED",
  roarr: "\u21FE",
  robrk: "\u27E7",
  ropar: "\u2986",
  ropf: "\u{1D563}",
  roplus: "\u2A2E",
  rotimes: "\u2A35",
  rpar: ")",
  rpargt: "\u2994",
  rppolint: "\u2A12",
  rrarr: "\u21C9",
  rsaquo: "\u203A",
  rscr: "\u{1D4C7}",
  rsh: "\u21B1",
  rsqb: "]",
  rsquo: "\u2019",
  rsquor: "\u2019",
  rthree: "\u22CC",
  rtimes: "\u22CA",
  rtri: "\u25B9",
  rtrie: "\u22B5",
  rtrif: "\u25B8",
  rtriltri: "\u29CE",
  ruluhar: "\u2968",
  rx: "\u211E",
  sacute: "\u015B",
  sbquo: "\u201A",
  sc: "\u227B",
  scE: "\u2AB4",
  scap: "\u2AB8",
  scaron: "\u0161",
  sccue: "\u227D",
  sce: "\u2AB0",
  scedil: "\u015F",
  scirc: "\u015D",
  scnE: "\u2AB6",
  scnap: "\u2ABA",
  scnsim: "\u22E9",
  scpolint: "\u2A13",
  scsim: "\u227F",
  scy: "\u0441",
  sdot: "\u22C5",
  sdotb: "\u22A1",
  sdote: "\u2A66",
  seArr: "\u21D8",
  searhk: "\u2925",
  searr: "\u2198",
  searrow: "\u2198",
  sect: "\xA7",
  semi: ";",
  seswar: "\u2929",
  setminus: "\u2216",
  setmn: "\u2216",
  sext: "\u2736",
  sfr: "\u{1D530}",
  sfrown: "\u2322",
  sharp: "\u266F",
  shchcy: "\u0449",
  shcy: "\u0448",
  shortmid: "\u2223",
  shortparallel: "\u2225",
  shy: "\xAD",
  sigma: "\u03C3",
  sigmaf: "\u03C2",
  sigmav: "\u03C2",
  sim: "\u223C",
  simdot: "\u2A6A",
  sime: "\u2243",
  simeq: "\u2243",
  simg: "\u2A9E",
  simgE: "\u2AA0",
  siml: "\u2A9D",
  simlE: "\u2A9F",
  simne: "\u2246",
  simplus: "\u2A24",
  simrarr: "\u2972",
  slarr: "\u2190",
  smallsetminus: "\u2216",
  smashp: "\u2A33",
  smeparsl: "\u29E4",
  smid: "\u2223",
  smile: "\u2323",
  smt: "\u2AAA",
  smte: "\u2AAC",
  smtes: "\u2AAC\uFE00",
  softcy: "\u044C",
  sol: "/",
  solb: "\u29C4",
  solbar: "\u233F",
  sopf: "\u{1D564}",
  spades: "\u2660",
  spadesuit: "\u2660",
  spar: "\u2225",
  sqcap: "\u2293",
  sqcaps: "\u2293\uFE00",
  sqcup: "\u2294",
  sqcups: "\u2294\uFE00",
  sqsub: "\u228F",
  sqsube: "\u2291",
  sqsubset: "\u228F",
  sqsubseteq: "\u2291",
  sqsup: "\u2290",
  sqsupe: "\u2292",
  sqsupset: "\u2290",
  sqsupseteq: "\u2292",
  squ: "\u25A1",
  square: "\u25A1",
  squarf: "\u25AA",
  squf: "\u25AA",
  srarr: "\u2192",
  sscr: "\u{1D4C8}",
  ssetmn: "\u2216",
  ssmile: "\u2323",
  sstarf: "\u22C6",
  star: "\u2606",
  starf: "\u2605",
  straightepsilon: "\u03F5",
  straightphi: "\u03D5",
  strns: "\xAF",
  sub: "\u2282",
  subE: "\u2AC5",
  subdot: "\u2ABD",
  sube: "\u2286",
  subedot: "\u2AC3",
  submult: "\u2AC1",
  subnE: "\u2ACB",
  subne: "\u228A",
  subplus: "\u2ABF",
  subrarr: "\u2979",
  subset: "\u2282",
  subseteq: "\u2286",
  subseteqq: "\u2AC5",
  subsetneq: "\u228A",
  subsetneqq: "\u2ACB",
  subsim: "\u2AC7",
  subsub: "\u2AD5",
  subsup: "\u2AD3",
  succ: "\u227B",
  succapprox: "\u2AB8",
  succcurlyeq: "\u227D",
  succeq: "\u2AB0",
  succnapprox: "\u2ABA",
  succneqq: "\u2AB6",
  succnsim: "\u22E9",
  succsim: "\u227F",
  sum: "\u2211",
  sung: "\u266A",
  sup1: "\xB9",
  sup2: "\xB2",
  sup3: "\xB3",
  sup: "\u2283",
  supE: "\u2AC6",
  supdot: "\u2ABE",
  supdsub: "\u2AD8",
  supe: "\u2287",
  supedot: "\u2AC4",
  suphsol: "\u27C9",
  suphsub: "\u2AD7",
  suplarr: "\u297B",
  supmult: "\u2AC2",
  supnE: "\u2ACC",
  supne: "\u228B",
  supplus: "\u2AC0",
  supset: "\u2283",
  supseteq: "\u2287",
  supseteqq: "\u2AC6",
  supsetneq: "\u228B",
  supsetneqq: "\u2ACC",
  supsim: "\u2AC8",
  supsub: "\u2AD4",
  supsup: "\u2AD6",
  swArr: "\u21D9",
  swarhk: "\u2926",
  swarr: "\u2199",
  swarrow: "\u2199",
  swnwar: "\u292A",
  szlig: "\xDF",
  target: "\u2316",
  tau: "\u03C4",
  tbrk: "\u23B4",
  tcaron: "\u0165",
  tcedil: "\u0163",
  tcy: "\u0442",
  tdot: "\u20DB",
  telrec: "\u2315",
  tfr: "\u{1D531}",
  there4: "\u2234",
  therefore: "\u2234",
  theta: "\u03B8",
  thetasym: "\u03D1",
  thetav: "\u03D1",
  thickapprox: "\u2248",
  thicksim: "\u223C",
  thinsp: "\u2009",
  thkap: "\u2248",
  thksim: "\u223C",
  thorn: "\xFE",
  tilde: "\u02DC",
  times: "\xD7",
  timesb: "\u22A0",
  timesbar: "\u2A31",
  timesd: "\u2A30",
  tint: "\u222D",
  toea: "\u2928",
  top: "\u22A4",
  topbot: "\u2336",
  topcir: "\u2AF1",
  topf: "\u{1D565}",
  topfork: "\u2ADA",
  tosa: "\u2929",
  tprime: "\u2034",
  trade: "\u2122",
  triangle: "\u25B5",
  triangledown: "\u25BF",
  triangleleft: "\u25C3",
  trianglelefteq: "\u22B4",
  triangleq: "\u225C",
  triangleright: "\u25B9",
  trianglerighteq: "\u22B5",
  tridot: "\u25EC",
  trie: "\u225C",
  triminus: "\u2A3A",
  triplus: "\u2A39",
  trisb: "\u29CD",
  tritime: "\u2A3B",
  trpezium: "\u23E2",
  tscr: "\u{1D4C9}",
  tscy: "\u0446",
  tshcy: "\u045B",
  tstrok: "\u0167",
  twixt: "\u226C",
  twoheadleftarrow: "\u219E",
  twoheadrightarrow: "\u21A0",
  uArr: "\u21D1",
  uHar: "\u2963",
  uacute: "\xFA",
  uarr: "\u2191",
  ubrcy: "\u045E",
  ubreve: "\u016D",
  ucirc: "\xFB",
  ucy: "\u0443",
  udarr: "\u21C5",
  udblac: "\u0171",
  udhar: "\u296E",
  ufisht: "\u297E",
  ufr: "\u{1D532}",
  ugrave: "\xF9",
  uharl: "\u21BF",
  uharr: "\u21BE",
  uhblk: "\u2580",
  ulcorn: "\u231C",
  ulcorner: "\u231C",
  ulcrop: "\u230F",
  ultri: "\u25F8",
  umacr: "\u016B",
  uml: "\xA8",
  uogon: "\u0173",
  uopf: "\u{1D566}",
  uparrow: "\u2191",
  updownarrow: "\u2195",
  upharpoonleft: "\u21BF",
  upharpoonright: "\u21BE",
  uplus: "\u228E",
  upsi: "\u03C5",
  upsih: "\u03D2",
  upsilon: "\u03C5",
  upuparrows: "\u21C8",
  urcorn: "\u231D",
  urcorner: "\u231D",
  urcrop: "\u230E",
  uring: "\u016F",
  urtri: "\u25F9",
  uscr: "\u{1D4CA}",
  utdot: "\u22F0",
  utilde: "\u0169",
  utri: "\u25B5",
  utrif: "\u25B4",
  uuarr: "\u21C8",
  uuml: "\xFC",
  uwangle: "\u29A7",
  vArr: "\u21D5",
  vBar: "\u2AE8",
  vBarv: "\u2AE9",
  vDash: "\u22A8",
  vangrt: "\u299C",
  varepsilon: "\u03F5",
  varkappa: "\u03F0",
  varnothing: "\u2205",
  varphi: "\u03D5",
  varpi: "\u03D6",
  varpropto: "\u221D",
  varr: "\u2195",
  varrho: "\u03F1",
  varsigma: "\u03C2",
  varsubsetneq: "\u228A\uFE00",
  varsubsetneqq: "\u2ACB\uFE00",
  varsupsetneq: "\u228B\uFE00",
  varsupsetneqq: "\u2ACC\uFE00",
  vartheta: "\u03D1",
  vartriangleleft: "\u22B2",
  vartriangleright: "\u22B3",
  vcy: "\u0432",
  vdash: "\u22A2",
  vee: "\u2228",
  veebar: "\u22BB",
  veeeq: "\u225A",
  vellip: "\u22EE",
  verbar: "|",
  vert: "|",
  vfr: "\u{1D533}",
  vltri: "\u22B2",
  vnsub: "\u2282\u20D2",
  vnsup: "\u2283\u20D2",
  vopf: "\u{1D567}",
  vprop: "\u221D",
  vrtri: "\u22B3",
  vscr: "\u{1D4CB}",
  vsubnE: "\u2ACB\uFE00",
  vsubne: "\u228A\uFE00",
  vsupnE: "\u2ACC\uFE00",
  vsupne: "\u228B\uFE00",
  vzigzag: "\u299A",
  wcirc: "\u0175",
  wedbar: "\u2A5F",
  wedge: "\u2227",
  wedgeq: "\u2259",
  weierp: "\u2118",
  wfr: "\u{1D534}",
  wopf: "\u{1D568}",
  wp: "\u2118",
  wr: "\u2240",
  wreath: "\u2240",
  wscr: "\u{1D4CC}",
  xcap: "\u22C2",
  xcirc: "\u25EF",
  xcup: "\u22C3",
  xdtri: "\u25BD",
  xfr: "\u{1D535}",
  xhArr: "\u27FA",
  xharr: "\u27F7",
  xi: "\u03BE",
  xlArr: "\u27F8",
  xlarr: "\u27F5",
  xmap: "\u27FC",
  xnis: "\u22FB",
  xodot: "\u2A00",
  xopf: "\u{1D569}",
  xoplus: "\u2A01",
  xotime: "\u2A02",
  xrArr: "\u27F9",
  xrarr: "\u27F6",
  xscr: "\u{1D4CD}",
  xsqcup: "\u2A06",
  xuplus: "\u2A04",
  xutri: "\u25B3",
  xvee: "\u22C1",
  xwedge: "\u22C0",
  yacute: "\xFD",
  yacy: "\u044F",
  ycirc: "\u0177",
  ycy: "\u044B",
  yen: "\xA5",
  yfr: "\u{1D536}",
  yicy: "\u0457",
  yopf: "\u{1D56A}",
  yscr: "\u{1D4CE}",
  yucy: "\u044E",
  yuml: "\xFF",
  zacute: "\u017A",
  zcaron: "\u017E",
  zcy: "\u0437",
  zdot: "\u017C",
  zeetrf: "\u2128",
  zeta: "\u03B6",
  zfr: "\u{1D537}",
  zhcy: "\u0436",
  zigrarr: "\u21DD",
  zopf: "\u{1D56B}",
  zscr: "\u{1D4CF}",
  zwj: "\u200D",
  zwnj: "\u200C"
};

// node_modules/decode-named-character-reference/index.js
var own2 = {}.hasOwnProperty;
function decodeNamedCharacterReference(value2) {
  return own2.call(characterEntities, value2) ? characterEntities[value2] : false;
}

// node_modules/micromark-util-chunked/index.js
function splice(list3, start, remove, items) {
  const end = list3.length;
  let chunkStart = 0;
  let parameters;
  if (start < 0) {
    start = -start > end ? 0 : end + start;
  } else {
    start = start > end ? end : start;
  }
  remove = remove > 0 ? remove : 0;
  if (items.length < 1e4) {
    parameters = Array.from(items);
    parameters.unshift(start, remove);
    list3.splice(...parameters);
  } else {
    if (remove) list3.splice(start, remove);
    while (chunkStart < items.length) {
      parameters = items.slice(chunkStart, chunkStart + 1e4);
      parameters.unshift(start, 0);
      list3.splice(...parameters);
      chunkStart += 1e4;
      start += 1e4;
    }
  }
}
function push(list3, items) {
  if (list3.length > 0) {
    splice(list3, list3.length, 0, items);
    return list3;
  }
  return items;
}

// node_modules/micromark-util-combine-extensions/index.js
var hasOwnProperty = {}.hasOwnProperty;
function combineExtensions(extensions) {
  const all3 = {};
  let index2 = -1;
  while (++index2 < extensions.length) {
    syntaxExtension(all3, extensions[index2]);
  }
  return all3;
}
function syntaxExtension(all3, extension2) {
  let hook;
  for (hook in extension2) {
    const maybe = hasOwnProperty.call(all3, hook) ? all3[hook] : void 0;
    const left = maybe || (all3[hook] = {});
    const right = extension2[hook];
    let code;
    if (right) {
      for (code in right) {
        if (!hasOwnProperty.call(left, code)) left[code] = [];
        const value2 = right[code];
        constructs(
          // @ts-expect-error Looks like a list.
          left[code],
          Array.isArray(value2) ? value2 : value2 ? [value2] : []
        );
      }
    }
  }
}
function constructs(existing, list3) {
  let index2 = -1;
  const before2 = [];
  while (++index2 < list3.length) {
    ;
    (list3[index2].add === "after" ? existing : before2).push(list3[index2]);
  }
  splice(existing, 0, 0, before2);
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
function decodeNumericCharacterReference(value2, base) {
  const code = Number.parseInt(value2, base);
  if (
    // C0 except for HT, LF, FF, CR, space.
    code < 9 || code === 11 || code > 13 && code < 32 || // Control character (DEL) of C0, and C1 controls.
    code > 126 && code < 160 || // Lone high surrogates and low surrogates.
    code > 55295 && code < 57344 || // Noncharacters.
    code > 64975 && code < 65008 || /* eslint-disable no-bitwise */
    (code & 65535) === 65535 || (code & 65535) === 65534 || /* eslint-enable no-bitwise */
    // Out of range
    code > 1114111
  ) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code);
}

// node_modules/micromark-util-normalize-identifier/index.js
function normalizeIdentifier(value2) {
  return value2.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}

// node_modules/micromark-factory-space/index.js
function factorySpace(effects, ok3, type, max) {
  const limit = max ? max - 1 : Infinity;
  let size = 0;
  return start;
  function start(code) {
    if (markdownSpace(code)) {
      effects.enter(type);
      return prefix(code);
    }
    return ok3(code);
  }
  function prefix(code) {
    if (markdownSpace(code) && size++ < limit) {
      effects.consume(code);
      return prefix;
    }
    effects.exit(type);
    return ok3(code);
  }
}
function factorySpaceMinMax(effects, ok3, nok, type, min, max) {
  let size = 0;
  return start;
  function start(code) {
    if (max > 0 && markdownSpace(code)) {
      effects.enter(type);
      return prefix(code);
    }
    return after2(code);
  }
  function prefix(code) {
    if (markdownSpace(code) && size < max) {
      effects.consume(code);
      size++;
      return prefix;
    }
    effects.exit(type);
    return after2(code);
  }
  function after2(code) {
    return size >= min ? ok3(code) : nok(code);
  }
}

// node_modules/micromark/lib/initialize/content.js
var content = {
  tokenize: initializeContent
};
function initializeContent(effects) {
  const contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial);
  let previous2;
  return contentStart;
  function afterContentStartConstruct(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, contentStart, "linePrefix");
  }
  function paragraphInitial(code) {
    effects.enter("paragraph");
    return lineStart2(code);
  }
  function lineStart2(code) {
    const token2 = effects.enter("chunkText", {
      contentType: "text",
      previous: previous2
    });
    if (previous2) {
      previous2.next = token2;
    }
    previous2 = token2;
    return data(code);
  }
  function data(code) {
    if (code === null) {
      effects.exit("chunkText");
      effects.exit("paragraph");
      effects.consume(code);
      return;
    }
    if (markdownLineEnding(code)) {
      effects.consume(code);
      effects.exit("chunkText");
      return lineStart2;
    }
    effects.consume(code);
    return data;
  }
}

// node_modules/micromark-util-edit-map/index.js
var EditMap = class {
  /**
   * Create a new edit map.
   *
   * @returns
   *   New instance.
   */
  constructor() {
    this.index = /* @__PURE__ */ new Map();
    this.map = [];
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add4) {
    addImplementation(this, index2, remove, add4, false);
  }
  /**
   * Create an edit: but insert `add` before existing additions, instead of
   * after them.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  addBefore(index2, remove, add4) {
    addImplementation(this, index2, remove, add4, true);
  }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation(editMap, at, remove, add4, before2) {
  if (remove === 0 && add4.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    if (before2) {
      add4.push(...existing[2]);
      existing[2] = add4;
    } else {
      existing[2].push(...add4);
    }
    return;
  }
  const change = [at, remove, add4];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark/lib/initialize/document.js
var document = {
  tokenize: initializeDocument
};
var containerConstruct = {
  tokenize: tokenizeContainer
};
function initializeDocument(effects) {
  const self = this;
  const stack = [];
  let continued = 0;
  let childFlow;
  let childToken;
  let lineStartOffset;
  return start;
  function start(code) {
    if (continued < stack.length) {
      const item = stack[continued];
      self.containerState = item[1];
      return effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code);
    }
    return checkNewContainers(code);
  }
  function documentContinue(code) {
    continued++;
    if (self.containerState._closeFlow) {
      self.containerState._closeFlow = void 0;
      if (childFlow) {
        closeFlow();
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let point4;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          point4 = self.events[indexBeforeFlow][1].end;
          break;
        }
      }
      exitContainers(continued);
      let index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point4
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
      return checkNewContainers(code);
    }
    return start(code);
  }
  function checkNewContainers(code) {
    if (continued === stack.length) {
      if (!childFlow) {
        return documentContinued(code);
      }
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete) {
        return flowStart(code);
      }
      self.interrupt = Boolean(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }
    self.containerState = {};
    return effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code);
  }
  function thereIsANewContainer(code) {
    if (childFlow) {
      closeFlow();
    }
    exitContainers(continued);
    return documentContinued(code);
  }
  function thereIsNoNewContainer(code) {
    self.parser.lazy[self.now().line] = continued !== stack.length;
    lineStartOffset = self.now().offset;
    return flowStart(code);
  }
  function documentContinued(code) {
    self.containerState = {};
    return effects.attempt(containerConstruct, containerContinue, flowStart)(code);
  }
  function containerContinue(code) {
    continued++;
    stack.push([self.currentConstruct, self.containerState]);
    return documentContinued(code);
  }
  function flowStart(code) {
    if (code === null) {
      if (childFlow) {
        closeFlow();
      }
      exitContainers(0);
      effects.consume(code);
      return;
    }
    childFlow = childFlow || self.parser.flow(self.now());
    effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    });
    return flowContinue(code);
  }
  function flowContinue(code) {
    if (code === null) {
      writeToChild(effects.exit("chunkFlow"), true);
      exitContainers(0);
      effects.consume(code);
      return;
    }
    if (markdownLineEnding(code)) {
      effects.consume(code);
      writeToChild(effects.exit("chunkFlow"));
      continued = 0;
      self.interrupt = void 0;
      return start;
    }
    effects.consume(code);
    return flowContinue;
  }
  function writeToChild(token2, endOfFile) {
    const stream = self.sliceStream(token2);
    if (endOfFile) {
      stream.push(null);
    }
    token2.previous = childToken;
    if (childToken) {
      childToken.next = token2;
    }
    childToken = token2;
    childFlow.defineSkip(token2.start);
    childFlow.write(stream);
    if (self.parser.lazy[token2.start.line]) {
      let index2 = childFlow.events.length;
      while (index2--) {
        if (
          // The token starts before the line ending…
          childFlow.events[index2][1].start.offset < lineStartOffset && // …and either is not ended yet…
          (!childFlow.events[index2][1].end || // …or ends after it.
          childFlow.events[index2][1].end.offset > lineStartOffset)
        ) {
          return;
        }
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let seen;
      let point4;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point4 = self.events[indexBeforeFlow][1].end;
            break;
          }
          seen = true;
        }
      }
      exitContainers(continued);
      index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point4
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
    }
  }
  function exitContainers(size) {
    let index2 = stack.length;
    while (index2-- > size) {
      const entry = stack[index2];
      self.containerState = entry[1];
      entry[0].exit.call(self, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]);
    childToken = void 0;
    childFlow = void 0;
    self.containerState._closeFlow = void 0;
  }
}
function tokenizeContainer(effects, ok3, nok) {
  return factorySpace(effects, effects.attempt(this.parser.constructs.document, ok3, nok), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}

// node_modules/micromark-util-classify-character/index.js
function classifyCharacter(code) {
  if (code === null || markdownLineEndingOrSpace(code) || unicodeWhitespace(code)) {
    return 1;
  }
  if (unicodePunctuation(code)) {
    return 2;
  }
}

// node_modules/micromark-util-resolve-all/index.js
function resolveAll(constructs2, events, context) {
  const called = [];
  let index2 = -1;
  while (++index2 < constructs2.length) {
    const resolve = constructs2[index2].resolveAll;
    if (resolve && !called.includes(resolve)) {
      events = resolve(events, context);
      called.push(resolve);
    }
  }
  return events;
}

// node_modules/micromark-core-commonmark/lib/attention.js
var attention = {
  name: "attention",
  resolveAll: resolveAllAttention,
  tokenize: tokenizeAttention
};
function resolveAllAttention(events, context) {
  let index2 = -1;
  let nextEvents;
  while (++index2 < events.length) {
    if (events[index2][0] === "enter" && events[index2][1].type === "attentionSequence" && events[index2][1]._close) {
      let open = index2;
      while (open--) {
        if (events[open][0] === "exit" && events[open][1].type === "attentionSequence" && events[open][1]._open && // If the markers are the same:
        context.sliceSerialize(events[open][1]).charCodeAt(0) === context.sliceSerialize(events[index2][1]).charCodeAt(0)) {
          if ((events[open][1]._close || events[index2][1]._open) && (events[index2][1].end.offset - events[index2][1].start.offset) % 3 && !((events[open][1].end.offset - events[open][1].start.offset + events[index2][1].end.offset - events[index2][1].start.offset) % 3)) {
            continue;
          }
          const use = events[open][1].end.offset - events[open][1].start.offset > 1 && events[index2][1].end.offset - events[index2][1].start.offset > 1 ? 2 : 1;
          const start = {
            ...events[open][1].end
          };
          const end = {
            ...events[index2][1].start
          };
          movePoint(start, -use);
          movePoint(end, use);
          const openingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start,
            end: {
              ...events[open][1].end
            }
          };
          const closingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start: {
              ...events[index2][1].start
            },
            end
          };
          const text3 = {
            type: use > 1 ? "strongText" : "emphasisText",
            start: {
              ...events[open][1].end
            },
            end: {
              ...events[index2][1].start
            }
          };
          const group2 = {
            type: use > 1 ? "strong" : "emphasis",
            start: {
              ...openingSequence.start
            },
            end: {
              ...closingSequence.end
            }
          };
          events[open][1].end = {
            ...openingSequence.start
          };
          events[index2][1].start = {
            ...closingSequence.end
          };
          nextEvents = [];
          if (events[open][1].end.offset - events[open][1].start.offset) {
            nextEvents = push(nextEvents, [["enter", events[open][1], context], ["exit", events[open][1], context]]);
          }
          nextEvents = push(nextEvents, [["enter", group2, context], ["enter", openingSequence, context], ["exit", openingSequence, context], ["enter", text3, context]]);
          nextEvents = push(nextEvents, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + 1, index2), context));
          nextEvents = push(nextEvents, [["exit", text3, context], ["enter", closingSequence, context], ["exit", closingSequence, context], ["exit", group2, context]]);
          let offset = 0;
          if (events[index2][1].end.offset - events[index2][1].start.offset) {
            offset = 2;
            nextEvents = push(nextEvents, [["enter", events[index2][1], context], ["exit", events[index2][1], context]]);
          }
          splice(events, open - 1, index2 - open + 3, nextEvents);
          index2 = open + nextEvents.length - offset - 2;
          break;
        }
      }
    }
  }
  index2 = -1;
  while (++index2 < events.length) {
    if (events[index2][1].type === "attentionSequence") {
      events[index2][1].type = "data";
    }
  }
  return events;
}
function tokenizeAttention(effects, ok3) {
  const attentionMarkers2 = this.parser.constructs.attentionMarkers.null;
  const previous2 = this.previous;
  const before2 = classifyCharacter(previous2);
  let marker;
  return start;
  function start(code) {
    marker = code;
    effects.enter("attentionSequence");
    return inside(code);
  }
  function inside(code) {
    if (code === marker) {
      effects.consume(code);
      return inside;
    }
    const token2 = effects.exit("attentionSequence");
    const after2 = classifyCharacter(code);
    const open = !after2 || after2 === 2 && before2 || attentionMarkers2.includes(code) && code !== 42 && code !== 95;
    const close2 = !before2 || before2 === 2 && after2 || attentionMarkers2.includes(previous2) && previous2 !== 42 && previous2 !== 95;
    token2._open = Boolean(marker === 42 ? open : open && (before2 || !close2));
    token2._close = Boolean(marker === 42 ? close2 : close2 && (after2 || !open));
    return ok3(code);
  }
}
function movePoint(point4, offset) {
  point4.column += offset;
  point4.offset += offset;
  point4._bufferIndex += offset;
}

// node_modules/micromark-core-commonmark/lib/autolink.js
var autolink = {
  name: "autolink",
  tokenize: tokenizeAutolink
};
function tokenizeAutolink(effects, ok3, nok) {
  let size = 0;
  return start;
  function start(code) {
    effects.enter("autolink");
    effects.enter("autolinkMarker");
    effects.consume(code);
    effects.exit("autolinkMarker");
    effects.enter("autolinkProtocol");
    return open;
  }
  function open(code) {
    if (asciiAlpha(code)) {
      effects.consume(code);
      return schemeOrEmailAtext;
    }
    if (code === 64) {
      return nok(code);
    }
    return emailAtext(code);
  }
  function schemeOrEmailAtext(code) {
    if (code === 43 || code === 45 || code === 46 || asciiAlphanumeric(code)) {
      size = 1;
      return schemeInsideOrEmailAtext(code);
    }
    return emailAtext(code);
  }
  function schemeInsideOrEmailAtext(code) {
    if (code === 58) {
      effects.consume(code);
      size = 0;
      return urlInside;
    }
    if ((code === 43 || code === 45 || code === 46 || asciiAlphanumeric(code)) && size++ < 32) {
      effects.consume(code);
      return schemeInsideOrEmailAtext;
    }
    size = 0;
    return emailAtext(code);
  }
  function urlInside(code) {
    if (code === 62) {
      effects.exit("autolinkProtocol");
      effects.enter("autolinkMarker");
      effects.consume(code);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    if (code === null || code === 32 || code === 60 || asciiControl(code)) {
      return nok(code);
    }
    effects.consume(code);
    return urlInside;
  }
  function emailAtext(code) {
    if (code === 64) {
      effects.consume(code);
      return emailAtSignOrDot;
    }
    if (asciiAtext(code)) {
      effects.consume(code);
      return emailAtext;
    }
    return nok(code);
  }
  function emailAtSignOrDot(code) {
    return asciiAlphanumeric(code) ? emailLabel(code) : nok(code);
  }
  function emailLabel(code) {
    if (code === 46) {
      effects.consume(code);
      size = 0;
      return emailAtSignOrDot;
    }
    if (code === 62) {
      effects.exit("autolinkProtocol").type = "autolinkEmail";
      effects.enter("autolinkMarker");
      effects.consume(code);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    return emailValue(code);
  }
  function emailValue(code) {
    if ((code === 45 || asciiAlphanumeric(code)) && size++ < 63) {
      const next2 = code === 45 ? emailValue : emailLabel;
      effects.consume(code);
      return next2;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/blank-line.js
var blankLine = {
  partial: true,
  tokenize: tokenizeBlankLine
};
function tokenizeBlankLine(effects, ok3, nok) {
  return start;
  function start(code) {
    return markdownSpace(code) ? factorySpace(effects, after2, "linePrefix")(code) : after2(code);
  }
  function after2(code) {
    return code === null || markdownLineEnding(code) ? ok3(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/block-quote.js
var blockQuote = {
  continuation: {
    tokenize: tokenizeBlockQuoteContinuation
  },
  exit,
  name: "blockQuote",
  tokenize: tokenizeBlockQuoteStart
};
function tokenizeBlockQuoteStart(effects, ok3, nok) {
  const self = this;
  return start;
  function start(code) {
    if (code === 62) {
      const state = self.containerState;
      if (!state.open) {
        effects.enter("blockQuote", {
          _container: true
        });
        state.open = true;
      }
      effects.enter("blockQuotePrefix");
      effects.enter("blockQuoteMarker");
      effects.consume(code);
      effects.exit("blockQuoteMarker");
      return after2;
    }
    return nok(code);
  }
  function after2(code) {
    if (markdownSpace(code)) {
      effects.enter("blockQuotePrefixWhitespace");
      effects.consume(code);
      effects.exit("blockQuotePrefixWhitespace");
      effects.exit("blockQuotePrefix");
      return ok3;
    }
    effects.exit("blockQuotePrefix");
    return ok3(code);
  }
}
function tokenizeBlockQuoteContinuation(effects, ok3, nok) {
  const self = this;
  return contStart;
  function contStart(code) {
    if (markdownSpace(code)) {
      return factorySpace(effects, contBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code);
    }
    return contBefore(code);
  }
  function contBefore(code) {
    return effects.attempt(blockQuote, ok3, nok)(code);
  }
}
function exit(effects) {
  effects.exit("blockQuote");
}

// node_modules/micromark-core-commonmark/lib/character-escape.js
var characterEscape = {
  name: "characterEscape",
  tokenize: tokenizeCharacterEscape
};
function tokenizeCharacterEscape(effects, ok3, nok) {
  return start;
  function start(code) {
    effects.enter("characterEscape");
    effects.enter("escapeMarker");
    effects.consume(code);
    effects.exit("escapeMarker");
    return inside;
  }
  function inside(code) {
    if (asciiPunctuation(code)) {
      effects.enter("characterEscapeValue");
      effects.consume(code);
      effects.exit("characterEscapeValue");
      effects.exit("characterEscape");
      return ok3;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/character-reference.js
var characterReference = {
  name: "characterReference",
  tokenize: tokenizeCharacterReference
};
function tokenizeCharacterReference(effects, ok3, nok) {
  const self = this;
  let size = 0;
  let max;
  let test;
  return start;
  function start(code) {
    effects.enter("characterReference");
    effects.enter("characterReferenceMarker");
    effects.consume(code);
    effects.exit("characterReferenceMarker");
    return open;
  }
  function open(code) {
    if (code === 35) {
      effects.enter("characterReferenceMarkerNumeric");
      effects.consume(code);
      effects.exit("characterReferenceMarkerNumeric");
      return numeric;
    }
    effects.enter("characterReferenceValue");
    max = 31;
    test = asciiAlphanumeric;
    return value2(code);
  }
  function numeric(code) {
    if (code === 88 || code === 120) {
      effects.enter("characterReferenceMarkerHexadecimal");
      effects.consume(code);
      effects.exit("characterReferenceMarkerHexadecimal");
      effects.enter("characterReferenceValue");
      max = 6;
      test = asciiHexDigit;
      return value2;
    }
    effects.enter("characterReferenceValue");
    max = 7;
    test = asciiDigit;
    return value2(code);
  }
  function value2(code) {
    if (code === 59 && size) {
      const token2 = effects.exit("characterReferenceValue");
      if (test === asciiAlphanumeric && !decodeNamedCharacterReference(self.sliceSerialize(token2))) {
        return nok(code);
      }
      effects.enter("characterReferenceMarker");
      effects.consume(code);
      effects.exit("characterReferenceMarker");
      effects.exit("characterReference");
      return ok3;
    }
    if (test(code) && size++ < max) {
      effects.consume(code);
      return value2;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/partial-non-lazy-continuation.js
var nonLazyContinuation = {
  partial: true,
  tokenize: tokenizeNonLazyContinuation
};
function tokenizeNonLazyContinuation(effects, ok3, nok) {
  const self = this;
  return start;
  function start(code) {
    if (code === null) {
      return nok(code);
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return after2;
  }
  function after2(code) {
    return self.parser.lazy[self.now().line] ? nok(code) : ok3(code);
  }
}

// node_modules/micromark-core-commonmark/lib/code-fenced.js
var codeFenced = {
  concrete: true,
  name: "codeFenced",
  tokenize: tokenizeCodeFenced
};
function tokenizeCodeFenced(effects, ok3, nok) {
  const self = this;
  const closeStart = {
    partial: true,
    tokenize: tokenizeCloseStart
  };
  let initialPrefix = 0;
  let sizeOpen = 0;
  let marker;
  return start;
  function start(code) {
    return beforeSequenceOpen(code);
  }
  function beforeSequenceOpen(code) {
    const tail = self.events[self.events.length - 1];
    initialPrefix = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
    marker = code;
    effects.enter("codeFenced");
    effects.enter("codeFencedFence");
    effects.enter("codeFencedFenceSequence");
    return sequenceOpen(code);
  }
  function sequenceOpen(code) {
    if (code === marker) {
      sizeOpen++;
      effects.consume(code);
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code);
    }
    effects.exit("codeFencedFenceSequence");
    return markdownSpace(code) ? factorySpace(effects, infoBefore, "whitespace")(code) : infoBefore(code);
  }
  function infoBefore(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFencedFence");
      return self.interrupt ? ok3(code) : effects.check(nonLazyContinuation, atNonLazyBreak, after2)(code);
    }
    effects.enter("codeFencedFenceInfo");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return info(code);
  }
  function info(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return infoBefore(code);
    }
    if (markdownSpace(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return factorySpace(effects, metaBefore, "whitespace")(code);
    }
    if (code === 96 && code === marker) {
      return nok(code);
    }
    effects.consume(code);
    return info;
  }
  function metaBefore(code) {
    if (code === null || markdownLineEnding(code)) {
      return infoBefore(code);
    }
    effects.enter("codeFencedFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta(code);
  }
  function meta(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceMeta");
      return infoBefore(code);
    }
    if (code === 96 && code === marker) {
      return nok(code);
    }
    effects.consume(code);
    return meta;
  }
  function atNonLazyBreak(code) {
    return effects.attempt(closeStart, after2, contentBefore)(code);
  }
  function contentBefore(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return contentStart;
  }
  function contentStart(code) {
    return initialPrefix > 0 && markdownSpace(code) ? factorySpace(effects, beforeContentChunk, "linePrefix", initialPrefix + 1)(code) : beforeContentChunk(code);
  }
  function beforeContentChunk(code) {
    if (code === null || markdownLineEnding(code)) {
      return effects.check(nonLazyContinuation, atNonLazyBreak, after2)(code);
    }
    effects.enter("codeFlowValue");
    return contentChunk(code);
  }
  function contentChunk(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFlowValue");
      return beforeContentChunk(code);
    }
    effects.consume(code);
    return contentChunk;
  }
  function after2(code) {
    effects.exit("codeFenced");
    return ok3(code);
  }
  function tokenizeCloseStart(effects2, ok4, nok2) {
    let size = 0;
    return startBefore;
    function startBefore(code) {
      effects2.enter("lineEnding");
      effects2.consume(code);
      effects2.exit("lineEnding");
      return start2;
    }
    function start2(code) {
      effects2.enter("codeFencedFence");
      return markdownSpace(code) ? factorySpace(effects2, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code) : beforeSequenceClose(code);
    }
    function beforeSequenceClose(code) {
      if (code === marker) {
        effects2.enter("codeFencedFenceSequence");
        return sequenceClose(code);
      }
      return nok2(code);
    }
    function sequenceClose(code) {
      if (code === marker) {
        size++;
        effects2.consume(code);
        return sequenceClose;
      }
      if (size >= sizeOpen) {
        effects2.exit("codeFencedFenceSequence");
        return markdownSpace(code) ? factorySpace(effects2, sequenceCloseAfter, "whitespace")(code) : sequenceCloseAfter(code);
      }
      return nok2(code);
    }
    function sequenceCloseAfter(code) {
      if (code === null || markdownLineEnding(code)) {
        effects2.exit("codeFencedFence");
        return ok4(code);
      }
      return nok2(code);
    }
  }
}

// node_modules/micromark-core-commonmark/lib/code-indented.js
var codeIndented = {
  name: "codeIndented",
  tokenize: tokenizeCodeIndented
};
var furtherStart = {
  partial: true,
  tokenize: tokenizeFurtherStart
};
function tokenizeCodeIndented(effects, ok3, nok) {
  return start;
  function start(code) {
    effects.enter("codeIndented");
    return factorySpaceMinMax(effects, atBreak, nok, "linePrefix", 4, 4)(code);
  }
  function atBreak(code) {
    if (code === null) {
      return after2(code);
    }
    if (markdownLineEnding(code)) {
      return effects.attempt(furtherStart, atBreak, after2)(code);
    }
    effects.enter("codeFlowValue");
    return inside(code);
  }
  function inside(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFlowValue");
      return atBreak(code);
    }
    effects.consume(code);
    return inside;
  }
  function after2(code) {
    effects.exit("codeIndented");
    return ok3(code);
  }
}
function tokenizeFurtherStart(effects, ok3, nok) {
  const self = this;
  return furtherStart2;
  function furtherStart2(code) {
    if (self.parser.lazy[self.now().line]) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return furtherStart2;
    }
    return factorySpaceMinMax(effects, ok3, onNotEnoughPrefix, "linePrefix", 4, 4)(code);
  }
  function onNotEnoughPrefix(code) {
    return markdownLineEnding(code) ? furtherStart2(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/code-text.js
var codeText = {
  name: "codeText",
  previous,
  resolve: resolveCodeText,
  tokenize: tokenizeCodeText
};
function resolveCodeText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  let index2;
  let enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    index2 = headEnterIndex;
    while (++index2 < tailExitIndex) {
      if (events[index2][1].type === "codeTextData") {
        events[headEnterIndex][1].type = "codeTextPadding";
        events[tailExitIndex][1].type = "codeTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }
  index2 = headEnterIndex - 1;
  tailExitIndex++;
  while (++index2 <= tailExitIndex) {
    if (enter === void 0) {
      if (index2 !== tailExitIndex && events[index2][1].type !== "lineEnding") {
        enter = index2;
      }
    } else if (index2 === tailExitIndex || events[index2][1].type === "lineEnding") {
      events[enter][1].type = "codeTextData";
      if (index2 !== enter + 2) {
        events[enter][1].end = events[index2 - 1][1].end;
        events.splice(enter + 2, index2 - enter - 2);
        tailExitIndex -= index2 - enter - 2;
        index2 = enter + 2;
      }
      enter = void 0;
    }
  }
  return events;
}
function previous(code) {
  return code !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function tokenizeCodeText(effects, ok3, nok) {
  const self = this;
  let sizeOpen = 0;
  let size;
  let token2;
  return start;
  function start(code) {
    effects.enter("codeText");
    effects.enter("codeTextSequence");
    return sequenceOpen(code);
  }
  function sequenceOpen(code) {
    if (code === 96) {
      effects.consume(code);
      sizeOpen++;
      return sequenceOpen;
    }
    effects.exit("codeTextSequence");
    return between2(code);
  }
  function between2(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 32) {
      effects.enter("space");
      effects.consume(code);
      effects.exit("space");
      return between2;
    }
    if (code === 96) {
      token2 = effects.enter("codeTextSequence");
      size = 0;
      return sequenceClose(code);
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return between2;
    }
    effects.enter("codeTextData");
    return data(code);
  }
  function data(code) {
    if (code === null || code === 32 || code === 96 || markdownLineEnding(code)) {
      effects.exit("codeTextData");
      return between2(code);
    }
    effects.consume(code);
    return data;
  }
  function sequenceClose(code) {
    if (code === 96) {
      effects.consume(code);
      size++;
      return sequenceClose;
    }
    if (size === sizeOpen) {
      effects.exit("codeTextSequence");
      effects.exit("codeText");
      return ok3(code);
    }
    token2.type = "codeTextData";
    return data(code);
  }
}

// node_modules/micromark-util-subtokenize/lib/splice-buffer.js
var SpliceBuffer = class {
  /**
   * @param {ReadonlyArray<T> | null | undefined} [initial]
   *   Initial items (optional).
   * @returns
   *   Splice buffer.
   */
  constructor(initial) {
    this.left = initial ? [...initial] : [];
    this.right = [];
  }
  /**
   * Array access;
   * does not move the cursor.
   *
   * @param {number} index
   *   Index.
   * @return {T}
   *   Item.
   */
  get(index2) {
    if (index2 < 0 || index2 >= this.left.length + this.right.length) {
      throw new RangeError("Cannot access index `" + index2 + "` in a splice buffer of size `" + (this.left.length + this.right.length) + "`");
    }
    if (index2 < this.left.length) return this.left[index2];
    return this.right[this.right.length - index2 + this.left.length - 1];
  }
  /**
   * The length of the splice buffer, one greater than the largest index in the
   * array.
   */
  get length() {
    return this.left.length + this.right.length;
  }
  /**
   * Remove and return `list[0]`;
   * moves the cursor to `0`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  shift() {
    this.setCursor(0);
    return this.right.pop();
  }
  /**
   * Slice the buffer to get an array;
   * does not move the cursor.
   *
   * @param {number} start
   *   Start.
   * @param {number | null | undefined} [end]
   *   End (optional).
   * @returns {Array<T>}
   *   Array of items.
   */
  slice(start, end) {
    const stop = end === null || end === void 0 ? Number.POSITIVE_INFINITY : end;
    if (stop < this.left.length) {
      return this.left.slice(start, stop);
    }
    if (start > this.left.length) {
      return this.right.slice(this.right.length - stop + this.left.length, this.right.length - start + this.left.length).reverse();
    }
    return this.left.slice(start).concat(this.right.slice(this.right.length - stop + this.left.length).reverse());
  }
  /**
   * Mimics the behavior of Array.prototype.splice() except for the change of
   * interface necessary to avoid segfaults when patching in very large arrays.
   *
   * This operation moves cursor is moved to `start` and results in the cursor
   * placed after any inserted items.
   *
   * @param {number} start
   *   Start;
   *   zero-based index at which to start changing the array;
   *   negative numbers count backwards from the end of the array and values
   *   that are out-of bounds are clamped to the appropriate end of the array.
   * @param {number | null | undefined} [deleteCount=0]
   *   Delete count (default: `0`);
   *   maximum number of elements to delete, starting from start.
   * @param {Array<T> | null | undefined} [items=[]]
   *   Items to include in place of the deleted items (default: `[]`).
   * @return {Array<T>}
   *   Any removed items.
   */
  splice(start, deleteCount, items) {
    const count = deleteCount || 0;
    this.setCursor(Math.trunc(start));
    const removed = this.right.splice(this.right.length - count, Number.POSITIVE_INFINITY);
    if (items) chunkedPush(this.left, items);
    return removed.reverse();
  }
  /**
   * Remove and return the highest-numbered item in the array, so
   * `list[list.length - 1]`;
   * Moves the cursor to `length`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  pop() {
    this.setCursor(Number.POSITIVE_INFINITY);
    return this.left.pop();
  }
  /**
   * Inserts a single item to the high-numbered side of the array;
   * moves the cursor to `length`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  push(item) {
    this.setCursor(Number.POSITIVE_INFINITY);
    this.left.push(item);
  }
  /**
   * Inserts many items to the high-numbered side of the array.
   * Moves the cursor to `length`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  pushMany(items) {
    this.setCursor(Number.POSITIVE_INFINITY);
    chunkedPush(this.left, items);
  }
  /**
   * Inserts a single item to the low-numbered side of the array;
   * Moves the cursor to `0`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  unshift(item) {
    this.setCursor(0);
    this.right.push(item);
  }
  /**
   * Inserts many items to the low-numbered side of the array;
   * moves the cursor to `0`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  unshiftMany(items) {
    this.setCursor(0);
    chunkedPush(this.right, items.reverse());
  }
  /**
   * Move the cursor to a specific position in the array. Requires
   * time proportional to the distance moved.
   *
   * If `n < 0`, the cursor will end up at the beginning.
   * If `n > length`, the cursor will end up at the end.
   *
   * @param {number} n
   *   Position.
   * @return {undefined}
   *   Nothing.
   */
  setCursor(n) {
    if (n === this.left.length || n > this.left.length && this.right.length === 0 || n < 0 && this.left.length === 0) return;
    if (n < this.left.length) {
      const removed = this.left.splice(n, Number.POSITIVE_INFINITY);
      chunkedPush(this.right, removed.reverse());
    } else {
      const removed = this.right.splice(this.left.length + this.right.length - n, Number.POSITIVE_INFINITY);
      chunkedPush(this.left, removed.reverse());
    }
  }
};
function chunkedPush(list3, right) {
  let chunkStart = 0;
  if (right.length < 1e4) {
    list3.push(...right);
  } else {
    while (chunkStart < right.length) {
      list3.push(...right.slice(chunkStart, chunkStart + 1e4));
      chunkStart += 1e4;
    }
  }
}

// node_modules/micromark-util-subtokenize/index.js
function subtokenize(eventsArray) {
  const jumps = {};
  let index2 = -1;
  let event;
  let lineIndex;
  let otherIndex;
  let otherEvent;
  let parameters;
  let subevents;
  let more;
  const events = new SpliceBuffer(eventsArray);
  while (++index2 < events.length) {
    while (index2 in jumps) {
      index2 = jumps[index2];
    }
    event = events.get(index2);
    if (index2 && event[1].type === "chunkFlow" && events.get(index2 - 1)[1].type === "listItemPrefix") {
      subevents = event[1]._tokenizer.events;
      otherIndex = 0;
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "lineEndingBlank") {
        otherIndex += 2;
      }
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "content") {
        while (++otherIndex < subevents.length) {
          if (subevents[otherIndex][1].type === "content") {
            break;
          }
          if (subevents[otherIndex][1].type === "chunkText") {
            subevents[otherIndex][1]._isInFirstContentOfListItem = true;
            otherIndex++;
          }
        }
      }
    }
    if (event[0] === "enter") {
      if (event[1].contentType) {
        Object.assign(jumps, subcontent(events, index2));
        index2 = jumps[index2];
        more = true;
      }
    } else if (event[1]._container) {
      otherIndex = index2;
      lineIndex = void 0;
      while (otherIndex--) {
        otherEvent = events.get(otherIndex);
        if (otherEvent[1].type === "lineEnding" || otherEvent[1].type === "lineEndingBlank") {
          if (otherEvent[0] === "enter") {
            if (lineIndex) {
              events.get(lineIndex)[1].type = "lineEndingBlank";
            }
            otherEvent[1].type = "lineEnding";
            lineIndex = otherIndex;
          }
        } else if (otherEvent[1].type === "linePrefix" || otherEvent[1].type === "listItemIndent") {
        } else {
          break;
        }
      }
      if (lineIndex) {
        event[1].end = {
          ...events.get(lineIndex)[1].start
        };
        parameters = events.slice(lineIndex, index2);
        parameters.unshift(event);
        events.splice(lineIndex, index2 - lineIndex + 1, parameters);
      }
    }
  }
  splice(eventsArray, 0, Number.POSITIVE_INFINITY, events.slice(0));
  return !more;
}
function subcontent(events, eventIndex) {
  const token2 = events.get(eventIndex)[1];
  const context = events.get(eventIndex)[2];
  let startPosition = eventIndex - 1;
  const startPositions = [];
  let tokenizer = token2._tokenizer;
  if (!tokenizer) {
    tokenizer = context.parser[token2.contentType](token2.start);
    if (token2._contentTypeTextTrailing) {
      tokenizer._contentTypeTextTrailing = true;
    }
  }
  const childEvents = tokenizer.events;
  const jumps = [];
  const gaps = {};
  let stream;
  let previous2;
  let index2 = -1;
  let current = token2;
  let adjust = 0;
  let start = 0;
  const breaks = [start];
  while (current) {
    while (events.get(++startPosition)[1] !== current) {
    }
    startPositions.push(startPosition);
    if (!current._tokenizer) {
      stream = context.sliceStream(current);
      if (!current.next) {
        stream.push(null);
      }
      if (previous2) {
        tokenizer.defineSkip(current.start);
      }
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = true;
      }
      tokenizer.write(stream);
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = void 0;
      }
    }
    previous2 = current;
    current = current.next;
  }
  current = token2;
  while (++index2 < childEvents.length) {
    if (
      // Find a void token that includes a break.
      childEvents[index2][0] === "exit" && childEvents[index2 - 1][0] === "enter" && childEvents[index2][1].type === childEvents[index2 - 1][1].type && childEvents[index2][1].start.line !== childEvents[index2][1].end.line
    ) {
      start = index2 + 1;
      breaks.push(start);
      current._tokenizer = void 0;
      current.previous = void 0;
      current = current.next;
    }
  }
  tokenizer.events = [];
  if (current) {
    current._tokenizer = void 0;
    current.previous = void 0;
  } else {
    breaks.pop();
  }
  index2 = breaks.length;
  while (index2--) {
    const slice = childEvents.slice(breaks[index2], breaks[index2 + 1]);
    const start2 = startPositions.pop();
    jumps.push([start2, start2 + slice.length - 1]);
    events.splice(start2, 2, slice);
  }
  jumps.reverse();
  index2 = -1;
  while (++index2 < jumps.length) {
    gaps[adjust + jumps[index2][0]] = adjust + jumps[index2][1];
    adjust += jumps[index2][1] - jumps[index2][0] - 1;
  }
  return gaps;
}

// node_modules/micromark-core-commonmark/lib/content.js
var content2 = {
  resolve: resolveContent,
  tokenize: tokenizeContent
};
var continuationConstruct = {
  partial: true,
  tokenize: tokenizeContinuation
};
function resolveContent(events) {
  subtokenize(events);
  return events;
}
function tokenizeContent(effects, ok3) {
  let previous2;
  return chunkStart;
  function chunkStart(code) {
    effects.enter("content");
    previous2 = effects.enter("chunkContent", {
      contentType: "content"
    });
    return chunkInside(code);
  }
  function chunkInside(code) {
    if (code === null) {
      return contentEnd(code);
    }
    if (markdownLineEnding(code)) {
      return effects.check(continuationConstruct, contentContinue, contentEnd)(code);
    }
    effects.consume(code);
    return chunkInside;
  }
  function contentEnd(code) {
    effects.exit("chunkContent");
    effects.exit("content");
    return ok3(code);
  }
  function contentContinue(code) {
    effects.consume(code);
    effects.exit("chunkContent");
    previous2.next = effects.enter("chunkContent", {
      contentType: "content",
      previous: previous2
    });
    previous2 = previous2.next;
    return chunkInside;
  }
}
function tokenizeContinuation(effects, ok3, nok) {
  const self = this;
  return startLookahead;
  function startLookahead(code) {
    effects.exit("chunkContent");
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, prefixed, "linePrefix");
  }
  function prefixed(code) {
    if (code === null || markdownLineEnding(code)) {
      return nok(code);
    }
    const tail = self.events[self.events.length - 1];
    if (!self.parser.constructs.disable.null.includes("codeIndented") && tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4) {
      return ok3(code);
    }
    return effects.interrupt(self.parser.constructs.flow, nok, ok3)(code);
  }
}

// node_modules/micromark-factory-destination/index.js
function factoryDestination(effects, ok3, nok, type, literalType, literalMarkerType, rawType, stringType, max) {
  const limit = max || Number.POSITIVE_INFINITY;
  let balance = 0;
  return start;
  function start(code) {
    if (code === 60) {
      effects.enter(type);
      effects.enter(literalType);
      effects.enter(literalMarkerType);
      effects.consume(code);
      effects.exit(literalMarkerType);
      return enclosedBefore;
    }
    if (code === null || code === 32 || code === 41 || asciiControl(code)) {
      return nok(code);
    }
    effects.enter(type);
    effects.enter(rawType);
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return raw(code);
  }
  function enclosedBefore(code) {
    if (code === 62) {
      effects.enter(literalMarkerType);
      effects.consume(code);
      effects.exit(literalMarkerType);
      effects.exit(literalType);
      effects.exit(type);
      return ok3;
    }
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return enclosed(code);
  }
  function enclosed(code) {
    if (code === 62) {
      effects.exit("chunkString");
      effects.exit(stringType);
      return enclosedBefore(code);
    }
    if (code === null || code === 60 || markdownLineEnding(code)) {
      return nok(code);
    }
    effects.consume(code);
    return code === 92 ? enclosedEscape : enclosed;
  }
  function enclosedEscape(code) {
    if (code === 60 || code === 62 || code === 92) {
      effects.consume(code);
      return enclosed;
    }
    return enclosed(code);
  }
  function raw(code) {
    if (!balance && (code === null || code === 41 || markdownLineEndingOrSpace(code))) {
      effects.exit("chunkString");
      effects.exit(stringType);
      effects.exit(rawType);
      effects.exit(type);
      return ok3(code);
    }
    if (balance < limit && code === 40) {
      effects.consume(code);
      balance++;
      return raw;
    }
    if (code === 41) {
      effects.consume(code);
      balance--;
      return raw;
    }
    if (code === null || code === 32 || code === 40 || asciiControl(code)) {
      return nok(code);
    }
    effects.consume(code);
    return code === 92 ? rawEscape : raw;
  }
  function rawEscape(code) {
    if (code === 40 || code === 41 || code === 92) {
      effects.consume(code);
      return raw;
    }
    return raw(code);
  }
}

// node_modules/micromark-factory-label/index.js
function factoryLabel(effects, ok3, nok, type, markerType, stringType) {
  const self = this;
  let size = 0;
  let seen;
  return start;
  function start(code) {
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code);
    effects.exit(markerType);
    effects.enter(stringType);
    return atBreak;
  }
  function atBreak(code) {
    if (size > 999 || code === null || code === 91 || code === 93 && !seen || // To do: remove in the future once we’ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn’t need this.
    // Hidden footnotes hook.
    /* c8 ignore next 3 */
    code === 94 && !size && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code);
    }
    if (code === 93) {
      effects.exit(stringType);
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      effects.exit(type);
      return ok3;
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return atBreak;
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return labelInside(code);
  }
  function labelInside(code) {
    if (code === null || code === 91 || code === 93 || markdownLineEnding(code) || size++ > 999) {
      effects.exit("chunkString");
      return atBreak(code);
    }
    effects.consume(code);
    if (!seen) seen = !markdownSpace(code);
    return code === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code) {
    if (code === 91 || code === 92 || code === 93) {
      effects.consume(code);
      size++;
      return labelInside;
    }
    return labelInside(code);
  }
}

// node_modules/micromark-factory-title/index.js
function factoryTitle(effects, ok3, nok, type, markerType, stringType) {
  let marker;
  return start;
  function start(code) {
    if (code === 34 || code === 39 || code === 40) {
      effects.enter(type);
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      marker = code === 40 ? 41 : code;
      return begin;
    }
    return nok(code);
  }
  function begin(code) {
    if (code === marker) {
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      effects.exit(type);
      return ok3;
    }
    effects.enter(stringType);
    return atBreak(code);
  }
  function atBreak(code) {
    if (code === marker) {
      effects.exit(stringType);
      return begin(marker);
    }
    if (code === null) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return factorySpace(effects, atBreak, "linePrefix");
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return inside(code);
  }
  function inside(code) {
    if (code === marker || code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      return atBreak(code);
    }
    effects.consume(code);
    return code === 92 ? escape : inside;
  }
  function escape(code) {
    if (code === marker || code === 92) {
      effects.consume(code);
      return inside;
    }
    return inside(code);
  }
}

// node_modules/micromark-factory-whitespace/index.js
function factoryWhitespace(effects, ok3) {
  let seen;
  return start;
  function start(code) {
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      seen = true;
      return start;
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, start, seen ? "linePrefix" : "lineSuffix")(code);
    }
    return ok3(code);
  }
}

// node_modules/micromark-core-commonmark/lib/definition.js
var definition = {
  name: "definition",
  tokenize: tokenizeDefinition
};
var titleBefore = {
  partial: true,
  tokenize: tokenizeTitleBefore
};
function tokenizeDefinition(effects, ok3, nok) {
  const self = this;
  let identifier;
  return start;
  function start(code) {
    effects.enter("definition");
    return before2(code);
  }
  function before2(code) {
    return factoryLabel.call(
      self,
      effects,
      labelAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionLabel",
      "definitionLabelMarker",
      "definitionLabelString"
    )(code);
  }
  function labelAfter(code) {
    identifier = normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1));
    if (code === 58) {
      effects.enter("definitionMarker");
      effects.consume(code);
      effects.exit("definitionMarker");
      return markerAfter;
    }
    return nok(code);
  }
  function markerAfter(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, destinationBefore)(code) : destinationBefore(code);
  }
  function destinationBefore(code) {
    return factoryDestination(
      effects,
      destinationAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionDestination",
      "definitionDestinationLiteral",
      "definitionDestinationLiteralMarker",
      "definitionDestinationRaw",
      "definitionDestinationString"
    )(code);
  }
  function destinationAfter(code) {
    return effects.attempt(titleBefore, after2, after2)(code);
  }
  function after2(code) {
    return markdownSpace(code) ? factorySpace(effects, afterWhitespace, "whitespace")(code) : afterWhitespace(code);
  }
  function afterWhitespace(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("definition");
      self.parser.defined.push(identifier);
      return ok3(code);
    }
    return nok(code);
  }
}
function tokenizeTitleBefore(effects, ok3, nok) {
  return titleBefore2;
  function titleBefore2(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, beforeMarker)(code) : nok(code);
  }
  function beforeMarker(code) {
    return factoryTitle(effects, titleAfter, nok, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(code);
  }
  function titleAfter(code) {
    return markdownSpace(code) ? factorySpace(effects, titleAfterOptionalWhitespace, "whitespace")(code) : titleAfterOptionalWhitespace(code);
  }
  function titleAfterOptionalWhitespace(code) {
    return code === null || markdownLineEnding(code) ? ok3(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/hard-break-escape.js
var hardBreakEscape = {
  name: "hardBreakEscape",
  tokenize: tokenizeHardBreakEscape
};
function tokenizeHardBreakEscape(effects, ok3, nok) {
  return start;
  function start(code) {
    effects.enter("hardBreakEscape");
    effects.consume(code);
    return after2;
  }
  function after2(code) {
    if (markdownLineEnding(code)) {
      effects.exit("hardBreakEscape");
      return ok3(code);
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/heading-atx.js
var headingAtx = {
  name: "headingAtx",
  resolve: resolveHeadingAtx,
  tokenize: tokenizeHeadingAtx
};
function resolveHeadingAtx(events, context) {
  let contentEnd = events.length - 2;
  let contentStart = 3;
  if (events[contentStart][1].type === "whitespace") {
    contentStart += 2;
  }
  if (contentEnd - 2 > contentStart && events[contentEnd][1].type === "whitespace") {
    contentEnd -= 2;
  }
  if (events[contentEnd][1].type === "atxHeadingSequence" && (contentStart === contentEnd - 1 || contentEnd - 4 > contentStart && events[contentEnd - 2][1].type === "whitespace")) {
    contentEnd -= contentStart + 1 === contentEnd ? 2 : 4;
  }
  if (contentEnd > contentStart) {
    const content3 = {
      type: "atxHeadingText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end
    };
    const text3 = {
      type: "chunkText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end,
      contentType: "text"
    };
    splice(events, contentStart, contentEnd - contentStart + 1, [["enter", content3, context], ["enter", text3, context], ["exit", text3, context], ["exit", content3, context]]);
  }
  return events;
}
function tokenizeHeadingAtx(effects, ok3, nok) {
  let size = 0;
  return start;
  function start(code) {
    effects.enter("atxHeading");
    return before2(code);
  }
  function before2(code) {
    effects.enter("atxHeadingSequence");
    return sequenceOpen(code);
  }
  function sequenceOpen(code) {
    if (code === 35 && size++ < 6) {
      effects.consume(code);
      return sequenceOpen;
    }
    if (code === null || markdownLineEndingOrSpace(code)) {
      effects.exit("atxHeadingSequence");
      return atBreak(code);
    }
    return nok(code);
  }
  function atBreak(code) {
    if (code === 35) {
      effects.enter("atxHeadingSequence");
      return sequenceFurther(code);
    }
    if (code === null || markdownLineEnding(code)) {
      effects.exit("atxHeading");
      return ok3(code);
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, atBreak, "whitespace")(code);
    }
    effects.enter("atxHeadingText");
    return data(code);
  }
  function sequenceFurther(code) {
    if (code === 35) {
      effects.consume(code);
      return sequenceFurther;
    }
    effects.exit("atxHeadingSequence");
    return atBreak(code);
  }
  function data(code) {
    if (code === null || code === 35 || markdownLineEndingOrSpace(code)) {
      effects.exit("atxHeadingText");
      return atBreak(code);
    }
    effects.consume(code);
    return data;
  }
}

// node_modules/micromark-util-html-tag-name/index.js
var htmlBlockNames = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var htmlRawNames = ["pre", "script", "style", "textarea"];

// node_modules/micromark-core-commonmark/lib/html-flow.js
var htmlFlow = {
  concrete: true,
  name: "htmlFlow",
  resolveTo: resolveToHtmlFlow,
  tokenize: tokenizeHtmlFlow
};
var blankLineBefore = {
  partial: true,
  tokenize: tokenizeBlankLineBefore
};
function resolveToHtmlFlow(events) {
  let index2 = events.length;
  while (index2--) {
    if (events[index2][0] === "enter" && events[index2][1].type === "htmlFlow") {
      break;
    }
  }
  if (index2 > 1 && events[index2 - 2][1].type === "linePrefix") {
    events[index2][1].start = events[index2 - 2][1].start;
    events[index2 + 1][1].start = events[index2 - 2][1].start;
    events.splice(index2 - 2, 2);
  }
  return events;
}
function tokenizeHtmlFlow(effects, ok3, nok) {
  const self = this;
  let marker;
  let closingTag;
  let buffer;
  let index2;
  let markerB;
  return start;
  function start(code) {
    return before2(code);
  }
  function before2(code) {
    effects.enter("htmlFlow");
    effects.enter("htmlFlowData");
    effects.consume(code);
    return open;
  }
  function open(code) {
    if (code === 33) {
      effects.consume(code);
      return declarationOpen;
    }
    if (code === 47) {
      effects.consume(code);
      closingTag = true;
      return tagCloseStart;
    }
    if (code === 63) {
      effects.consume(code);
      marker = 3;
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      buffer = String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }
  function declarationOpen(code) {
    if (code === 45) {
      effects.consume(code);
      marker = 2;
      return commentOpenInside;
    }
    if (code === 91) {
      effects.consume(code);
      marker = 5;
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      marker = 4;
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code);
  }
  function commentOpenInside(code) {
    if (code === 45) {
      effects.consume(code);
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code);
  }
  function cdataOpenInside(code) {
    const value2 = "CDATA[";
    if (code === value2.charCodeAt(index2++)) {
      effects.consume(code);
      if (index2 === value2.length) {
        return self.interrupt ? ok3 : continuation;
      }
      return cdataOpenInside;
    }
    return nok(code);
  }
  function tagCloseStart(code) {
    if (asciiAlpha(code)) {
      effects.consume(code);
      buffer = String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }
  function tagName(code) {
    if (code === null || code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      const slash = code === 47;
      const name2 = buffer.toLowerCase();
      if (!slash && !closingTag && htmlRawNames.includes(name2)) {
        marker = 1;
        return self.interrupt ? ok3(code) : continuation(code);
      }
      if (htmlBlockNames.includes(buffer.toLowerCase())) {
        marker = 6;
        if (slash) {
          effects.consume(code);
          return basicSelfClosing;
        }
        return self.interrupt ? ok3(code) : continuation(code);
      }
      marker = 7;
      return self.interrupt && !self.parser.lazy[self.now().line] ? nok(code) : closingTag ? completeClosingTagAfter(code) : completeAttributeNameBefore(code);
    }
    if (code === 45 || asciiAlphanumeric(code)) {
      effects.consume(code);
      buffer += String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }
  function basicSelfClosing(code) {
    if (code === 62) {
      effects.consume(code);
      return self.interrupt ? ok3 : continuation;
    }
    return nok(code);
  }
  function completeClosingTagAfter(code) {
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeClosingTagAfter;
    }
    return completeEnd(code);
  }
  function completeAttributeNameBefore(code) {
    if (code === 47) {
      effects.consume(code);
      return completeEnd;
    }
    if (code === 58 || code === 95 || asciiAlpha(code)) {
      effects.consume(code);
      return completeAttributeName;
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAttributeNameBefore;
    }
    return completeEnd(code);
  }
  function completeAttributeName(code) {
    if (code === 45 || code === 46 || code === 58 || code === 95 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return completeAttributeName;
    }
    return completeAttributeNameAfter(code);
  }
  function completeAttributeNameAfter(code) {
    if (code === 61) {
      effects.consume(code);
      return completeAttributeValueBefore;
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAttributeNameAfter;
    }
    return completeAttributeNameBefore(code);
  }
  function completeAttributeValueBefore(code) {
    if (code === null || code === 60 || code === 61 || code === 62 || code === 96) {
      return nok(code);
    }
    if (code === 34 || code === 39) {
      effects.consume(code);
      markerB = code;
      return completeAttributeValueQuoted;
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAttributeValueBefore;
    }
    return completeAttributeValueUnquoted(code);
  }
  function completeAttributeValueQuoted(code) {
    if (code === markerB) {
      effects.consume(code);
      markerB = null;
      return completeAttributeValueQuotedAfter;
    }
    if (code === null || markdownLineEnding(code)) {
      return nok(code);
    }
    effects.consume(code);
    return completeAttributeValueQuoted;
  }
  function completeAttributeValueUnquoted(code) {
    if (code === null || code === 34 || code === 39 || code === 47 || code === 60 || code === 61 || code === 62 || code === 96 || markdownLineEndingOrSpace(code)) {
      return completeAttributeNameAfter(code);
    }
    effects.consume(code);
    return completeAttributeValueUnquoted;
  }
  function completeAttributeValueQuotedAfter(code) {
    if (code === 47 || code === 62 || markdownSpace(code)) {
      return completeAttributeNameBefore(code);
    }
    return nok(code);
  }
  function completeEnd(code) {
    if (code === 62) {
      effects.consume(code);
      return completeAfter;
    }
    return nok(code);
  }
  function completeAfter(code) {
    if (code === null || markdownLineEnding(code)) {
      return continuation(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAfter;
    }
    return nok(code);
  }
  function continuation(code) {
    if (code === 45 && marker === 2) {
      effects.consume(code);
      return continuationCommentInside;
    }
    if (code === 60 && marker === 1) {
      effects.consume(code);
      return continuationRawTagOpen;
    }
    if (code === 62 && marker === 4) {
      effects.consume(code);
      return continuationClose;
    }
    if (code === 63 && marker === 3) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    if (code === 93 && marker === 5) {
      effects.consume(code);
      return continuationCdataInside;
    }
    if (markdownLineEnding(code) && (marker === 6 || marker === 7)) {
      effects.exit("htmlFlowData");
      return effects.check(blankLineBefore, continuationAfter, continuationStart)(code);
    }
    if (code === null || markdownLineEnding(code)) {
      effects.exit("htmlFlowData");
      return continuationStart(code);
    }
    effects.consume(code);
    return continuation;
  }
  function continuationStart(code) {
    return effects.check(nonLazyContinuation, continuationStartNonLazy, continuationAfter)(code);
  }
  function continuationStartNonLazy(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return continuationBefore;
  }
  function continuationBefore(code) {
    if (code === null || markdownLineEnding(code)) {
      return continuationStart(code);
    }
    effects.enter("htmlFlowData");
    return continuation(code);
  }
  function continuationCommentInside(code) {
    if (code === 45) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }
  function continuationRawTagOpen(code) {
    if (code === 47) {
      effects.consume(code);
      buffer = "";
      return continuationRawEndTag;
    }
    return continuation(code);
  }
  function continuationRawEndTag(code) {
    if (code === 62) {
      const name2 = buffer.toLowerCase();
      if (htmlRawNames.includes(name2)) {
        effects.consume(code);
        return continuationClose;
      }
      return continuation(code);
    }
    if (asciiAlpha(code) && buffer.length < 8) {
      effects.consume(code);
      buffer += String.fromCharCode(code);
      return continuationRawEndTag;
    }
    return continuation(code);
  }
  function continuationCdataInside(code) {
    if (code === 93) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }
  function continuationDeclarationInside(code) {
    if (code === 62) {
      effects.consume(code);
      return continuationClose;
    }
    if (code === 45 && marker === 2) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }
  function continuationClose(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("htmlFlowData");
      return continuationAfter(code);
    }
    effects.consume(code);
    return continuationClose;
  }
  function continuationAfter(code) {
    effects.exit("htmlFlow");
    return ok3(code);
  }
}
function tokenizeBlankLineBefore(effects, ok3, nok) {
  return start;
  function start(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return effects.attempt(blankLine, ok3, nok);
  }
}

// node_modules/micromark-core-commonmark/lib/html-text.js
var htmlText = {
  name: "htmlText",
  tokenize: tokenizeHtmlText
};
function tokenizeHtmlText(effects, ok3, nok) {
  const self = this;
  let marker;
  let index2;
  let returnState;
  return start;
  function start(code) {
    effects.enter("htmlText");
    effects.enter("htmlTextData");
    effects.consume(code);
    return open;
  }
  function open(code) {
    if (code === 33) {
      effects.consume(code);
      return declarationOpen;
    }
    if (code === 47) {
      effects.consume(code);
      return tagCloseStart;
    }
    if (code === 63) {
      effects.consume(code);
      return instruction;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      return tagOpen;
    }
    return nok(code);
  }
  function declarationOpen(code) {
    if (code === 45) {
      effects.consume(code);
      return commentOpenInside;
    }
    if (code === 91) {
      effects.consume(code);
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      return declaration;
    }
    return nok(code);
  }
  function commentOpenInside(code) {
    if (code === 45) {
      effects.consume(code);
      return commentEnd;
    }
    return nok(code);
  }
  function comment(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 45) {
      effects.consume(code);
      return commentClose;
    }
    if (markdownLineEnding(code)) {
      returnState = comment;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return comment;
  }
  function commentClose(code) {
    if (code === 45) {
      effects.consume(code);
      return commentEnd;
    }
    return comment(code);
  }
  function commentEnd(code) {
    return code === 62 ? end(code) : code === 45 ? commentClose(code) : comment(code);
  }
  function cdataOpenInside(code) {
    const value2 = "CDATA[";
    if (code === value2.charCodeAt(index2++)) {
      effects.consume(code);
      return index2 === value2.length ? cdata : cdataOpenInside;
    }
    return nok(code);
  }
  function cdata(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 93) {
      effects.consume(code);
      return cdataClose;
    }
    if (markdownLineEnding(code)) {
      returnState = cdata;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return cdata;
  }
  function cdataClose(code) {
    if (code === 93) {
      effects.consume(code);
      return cdataEnd;
    }
    return cdata(code);
  }
  function cdataEnd(code) {
    if (code === 62) {
      return end(code);
    }
    if (code === 93) {
      effects.consume(code);
      return cdataEnd;
    }
    return cdata(code);
  }
  function declaration(code) {
    if (code === null || code === 62) {
      return end(code);
    }
    if (markdownLineEnding(code)) {
      returnState = declaration;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return declaration;
  }
  function instruction(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 63) {
      effects.consume(code);
      return instructionClose;
    }
    if (markdownLineEnding(code)) {
      returnState = instruction;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return instruction;
  }
  function instructionClose(code) {
    return code === 62 ? end(code) : instruction(code);
  }
  function tagCloseStart(code) {
    if (asciiAlpha(code)) {
      effects.consume(code);
      return tagClose;
    }
    return nok(code);
  }
  function tagClose(code) {
    if (code === 45 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return tagClose;
    }
    return tagCloseBetween(code);
  }
  function tagCloseBetween(code) {
    if (markdownLineEnding(code)) {
      returnState = tagCloseBetween;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagCloseBetween;
    }
    return end(code);
  }
  function tagOpen(code) {
    if (code === 45 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return tagOpen;
    }
    if (code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      return tagOpenBetween(code);
    }
    return nok(code);
  }
  function tagOpenBetween(code) {
    if (code === 47) {
      effects.consume(code);
      return end;
    }
    if (code === 58 || code === 95 || asciiAlpha(code)) {
      effects.consume(code);
      return tagOpenAttributeName;
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenBetween;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagOpenBetween;
    }
    return end(code);
  }
  function tagOpenAttributeName(code) {
    if (code === 45 || code === 46 || code === 58 || code === 95 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return tagOpenAttributeName;
    }
    return tagOpenAttributeNameAfter(code);
  }
  function tagOpenAttributeNameAfter(code) {
    if (code === 61) {
      effects.consume(code);
      return tagOpenAttributeValueBefore;
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenAttributeNameAfter;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagOpenAttributeNameAfter;
    }
    return tagOpenBetween(code);
  }
  function tagOpenAttributeValueBefore(code) {
    if (code === null || code === 60 || code === 61 || code === 62 || code === 96) {
      return nok(code);
    }
    if (code === 34 || code === 39) {
      effects.consume(code);
      marker = code;
      return tagOpenAttributeValueQuoted;
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenAttributeValueBefore;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagOpenAttributeValueBefore;
    }
    effects.consume(code);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuoted(code) {
    if (code === marker) {
      effects.consume(code);
      marker = void 0;
      return tagOpenAttributeValueQuotedAfter;
    }
    if (code === null) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenAttributeValueQuoted;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return tagOpenAttributeValueQuoted;
  }
  function tagOpenAttributeValueUnquoted(code) {
    if (code === null || code === 34 || code === 39 || code === 60 || code === 61 || code === 96) {
      return nok(code);
    }
    if (code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      return tagOpenBetween(code);
    }
    effects.consume(code);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuotedAfter(code) {
    if (code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      return tagOpenBetween(code);
    }
    return nok(code);
  }
  function end(code) {
    if (code === 62) {
      effects.consume(code);
      effects.exit("htmlTextData");
      effects.exit("htmlText");
      return ok3;
    }
    return nok(code);
  }
  function lineEndingBefore(code) {
    effects.exit("htmlTextData");
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return lineEndingAfter;
  }
  function lineEndingAfter(code) {
    return markdownSpace(code) ? factorySpace(effects, lineEndingAfterPrefix, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code) : lineEndingAfterPrefix(code);
  }
  function lineEndingAfterPrefix(code) {
    effects.enter("htmlTextData");
    return returnState(code);
  }
}

// node_modules/micromark-core-commonmark/lib/label-end.js
var labelEnd = {
  name: "labelEnd",
  resolveAll: resolveAllLabelEnd,
  resolveTo: resolveToLabelEnd,
  tokenize: tokenizeLabelEnd
};
var resourceConstruct = {
  tokenize: tokenizeResource
};
var referenceFullConstruct = {
  tokenize: tokenizeReferenceFull
};
var referenceCollapsedConstruct = {
  tokenize: tokenizeReferenceCollapsed
};
function resolveAllLabelEnd(events) {
  let index2 = -1;
  const newEvents = [];
  while (++index2 < events.length) {
    const token2 = events[index2][1];
    newEvents.push(events[index2]);
    if (token2.type === "labelImage" || token2.type === "labelLink" || token2.type === "labelEnd") {
      const offset = token2.type === "labelImage" ? 4 : 2;
      token2.type = "data";
      index2 += offset;
    }
  }
  if (events.length !== newEvents.length) {
    splice(events, 0, events.length, newEvents);
  }
  return events;
}
function resolveToLabelEnd(events, context) {
  let index2 = events.length;
  let offset = 0;
  let open;
  let close2;
  let media;
  while (index2--) {
    const token2 = events[index2][1];
    if (open) {
      if (token2.type === "link" || token2.type === "labelLink" && token2._inactive) {
        break;
      }
      if (events[index2][0] === "enter" && token2.type === "labelLink") {
        token2._inactive = true;
      }
    } else if (close2) {
      if (events[index2][0] === "enter" && (token2.type === "labelImage" || token2.type === "labelLink") && !token2._balanced) {
        open = index2;
        if (token2.type !== "labelLink") {
          offset = 2;
          break;
        }
      }
    } else if (token2.type === "labelEnd") {
      close2 = index2;
    }
  }
  const group2 = {
    type: events[open][1].type === "labelLink" ? "link" : "image",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  const label = {
    type: "label",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[close2][1].end
    }
  };
  const text3 = {
    type: "labelText",
    start: {
      ...events[open + offset + 2][1].end
    },
    end: {
      ...events[close2 - 2][1].start
    }
  };
  media = [["enter", group2, context], ["enter", label, context]];
  media = push(media, events.slice(open + 1, open + offset + 3));
  media = push(media, [["enter", text3, context]]);
  media = push(media, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + offset + 4, close2 - 3), context));
  media = push(media, [["exit", text3, context], events[close2 - 2], events[close2 - 1], ["exit", label, context]]);
  media = push(media, events.slice(close2 + 1));
  media = push(media, [["exit", group2, context]]);
  splice(events, open, events.length, media);
  return events;
}
function tokenizeLabelEnd(effects, ok3, nok) {
  const self = this;
  const labelStarts = self._labelStarts;
  let labelStart;
  let defined;
  if (labelStarts) {
    while (labelStarts.length > 0 && labelStarts[labelStarts.length - 1]._balanced) {
      labelStarts.pop();
    }
    labelStart = labelStarts[labelStarts.length - 1];
  }
  return start;
  function start(code) {
    if (!labelStart) {
      return nok(code);
    }
    if (labelStart._inactive) {
      return labelEndNok(code);
    }
    defined = self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    })));
    effects.enter("labelEnd");
    effects.enter("labelMarker");
    effects.consume(code);
    effects.exit("labelMarker");
    effects.exit("labelEnd");
    return after2;
  }
  function after2(code) {
    if (code === 40) {
      return effects.attempt(resourceConstruct, labelEndOk, defined ? labelEndOk : labelEndNok)(code);
    }
    if (code === 91) {
      return effects.attempt(referenceFullConstruct, labelEndOk, defined ? referenceNotFull : labelEndNok)(code);
    }
    return defined ? labelEndOk(code) : labelEndNok(code);
  }
  function referenceNotFull(code) {
    return effects.attempt(referenceCollapsedConstruct, labelEndOk, labelEndNok)(code);
  }
  function labelEndOk(code) {
    labelStarts.pop();
    return ok3(code);
  }
  function labelEndNok(code) {
    labelStart._balanced = true;
    return nok(code);
  }
}
function tokenizeResource(effects, ok3, nok) {
  return resourceStart;
  function resourceStart(code) {
    effects.enter("resource");
    effects.enter("resourceMarker");
    effects.consume(code);
    effects.exit("resourceMarker");
    return resourceBefore;
  }
  function resourceBefore(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, resourceOpen)(code) : resourceOpen(code);
  }
  function resourceOpen(code) {
    if (code === 41) {
      return resourceEnd(code);
    }
    return factoryDestination(effects, resourceDestinationAfter, resourceDestinationMissing, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(code);
  }
  function resourceDestinationAfter(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, resourceBetween)(code) : resourceEnd(code);
  }
  function resourceDestinationMissing(code) {
    return nok(code);
  }
  function resourceBetween(code) {
    if (code === 34 || code === 39 || code === 40) {
      return factoryTitle(effects, resourceTitleAfter, nok, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(code);
    }
    return resourceEnd(code);
  }
  function resourceTitleAfter(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, resourceEnd)(code) : resourceEnd(code);
  }
  function resourceEnd(code) {
    if (code === 41) {
      effects.enter("resourceMarker");
      effects.consume(code);
      effects.exit("resourceMarker");
      effects.exit("resource");
      return ok3;
    }
    return nok(code);
  }
}
function tokenizeReferenceFull(effects, ok3, nok) {
  const self = this;
  return referenceFull;
  function referenceFull(code) {
    return factoryLabel.call(self, effects, referenceFullAfter, referenceFullMissing, "reference", "referenceMarker", "referenceString")(code);
  }
  function referenceFullAfter(code) {
    return self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1))) ? ok3(code) : nok(code);
  }
  function referenceFullMissing(code) {
    return nok(code);
  }
}
function tokenizeReferenceCollapsed(effects, ok3, nok) {
  return referenceCollapsedStart;
  function referenceCollapsedStart(code) {
    effects.enter("reference");
    effects.enter("referenceMarker");
    effects.consume(code);
    effects.exit("referenceMarker");
    return referenceCollapsedOpen;
  }
  function referenceCollapsedOpen(code) {
    if (code === 93) {
      effects.enter("referenceMarker");
      effects.consume(code);
      effects.exit("referenceMarker");
      effects.exit("reference");
      return ok3;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-image.js
var labelStartImage = {
  name: "labelStartImage",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartImage
};
function tokenizeLabelStartImage(effects, ok3, nok) {
  const self = this;
  let labelImage;
  return start;
  function start(code) {
    effects.enter("labelImage");
    effects.enter("labelImageMarker");
    effects.consume(code);
    effects.exit("labelImageMarker");
    return open;
  }
  function open(code) {
    if (code === 91) {
      effects.enter("labelMarker");
      effects.consume(code);
      effects.exit("labelMarker");
      labelImage = effects.exit("labelImage");
      return after2;
    }
    return nok(code);
  }
  function after2(code) {
    if (code === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelImage);
    return ok3(code);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-link.js
var labelStartLink = {
  name: "labelStartLink",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartLink
};
function tokenizeLabelStartLink(effects, ok3, nok) {
  const self = this;
  let labelLink;
  return start;
  function start(code) {
    effects.enter("labelLink");
    effects.enter("labelMarker");
    effects.consume(code);
    effects.exit("labelMarker");
    labelLink = effects.exit("labelLink");
    return after2;
  }
  function after2(code) {
    if (code === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelLink);
    return ok3(code);
  }
}

// node_modules/micromark-core-commonmark/lib/line-ending.js
var lineEnding = {
  name: "lineEnding",
  tokenize: tokenizeLineEnding
};
function tokenizeLineEnding(effects, ok3) {
  return start;
  function start(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, ok3, "linePrefix");
  }
}

// node_modules/micromark-core-commonmark/lib/thematic-break.js
var thematicBreak = {
  name: "thematicBreak",
  tokenize: tokenizeThematicBreak
};
function tokenizeThematicBreak(effects, ok3, nok) {
  let size = 0;
  let marker;
  return start;
  function start(code) {
    effects.enter("thematicBreak");
    return before2(code);
  }
  function before2(code) {
    marker = code;
    return atBreak(code);
  }
  function atBreak(code) {
    if (code === marker) {
      effects.enter("thematicBreakSequence");
      return sequence(code);
    }
    if (size >= 3 && (code === null || markdownLineEnding(code))) {
      effects.exit("thematicBreak");
      return ok3(code);
    }
    return nok(code);
  }
  function sequence(code) {
    if (code === marker) {
      effects.consume(code);
      size++;
      return sequence;
    }
    effects.exit("thematicBreakSequence");
    return markdownSpace(code) ? factorySpace(effects, atBreak, "whitespace")(code) : atBreak(code);
  }
}

// node_modules/micromark-core-commonmark/lib/list.js
var list = {
  continuation: {
    tokenize: tokenizeListContinuation
  },
  exit: tokenizeListEnd,
  name: "list",
  tokenize: tokenizeListStart
};
var listItemPrefixWhitespaceConstruct = {
  partial: true,
  tokenize: tokenizeListItemPrefixWhitespace
};
var indentConstruct = {
  partial: true,
  tokenize: tokenizeIndent
};
function tokenizeListStart(effects, ok3, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  let initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let size = 0;
  return start;
  function start(code) {
    const kind = self.containerState.type || (code === 42 || code === 43 || code === 45 ? "listUnordered" : "listOrdered");
    if (kind === "listUnordered" ? !self.containerState.marker || code === self.containerState.marker : asciiDigit(code)) {
      if (!self.containerState.type) {
        self.containerState.type = kind;
        effects.enter(kind, {
          _container: true
        });
      }
      if (kind === "listUnordered") {
        effects.enter("listItemPrefix");
        return code === 42 || code === 45 ? effects.check(thematicBreak, nok, atMarker)(code) : atMarker(code);
      }
      if (!self.interrupt || code === 49) {
        effects.enter("listItemPrefix");
        effects.enter("listItemValue");
        return inside(code);
      }
    }
    return nok(code);
  }
  function inside(code) {
    if (asciiDigit(code) && ++size < 10) {
      effects.consume(code);
      return inside;
    }
    if ((!self.interrupt || size < 2) && (self.containerState.marker ? code === self.containerState.marker : code === 41 || code === 46)) {
      effects.exit("listItemValue");
      return atMarker(code);
    }
    return nok(code);
  }
  function atMarker(code) {
    effects.enter("listItemMarker");
    effects.consume(code);
    effects.exit("listItemMarker");
    self.containerState.marker = self.containerState.marker || code;
    return effects.check(
      blankLine,
      // Can’t be empty when interrupting.
      self.interrupt ? nok : onBlank,
      effects.attempt(listItemPrefixWhitespaceConstruct, endOfPrefix, otherPrefix)
    );
  }
  function onBlank(code) {
    self.containerState.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code);
  }
  function otherPrefix(code) {
    if (markdownSpace(code)) {
      effects.enter("listItemPrefixWhitespace");
      effects.consume(code);
      effects.exit("listItemPrefixWhitespace");
      return endOfPrefix;
    }
    return nok(code);
  }
  function endOfPrefix(code) {
    self.containerState.size = initialSize + self.sliceSerialize(effects.exit("listItemPrefix"), true).length;
    return ok3(code);
  }
}
function tokenizeListContinuation(effects, ok3, nok) {
  const self = this;
  self.containerState._closeFlow = void 0;
  return effects.check(blankLine, onBlank, notBlank);
  function onBlank(code) {
    self.containerState.furtherBlankLines = self.containerState.furtherBlankLines || self.containerState.initialBlankLine;
    return factorySpace(effects, ok3, "listItemIndent", self.containerState.size + 1)(code);
  }
  function notBlank(code) {
    if (self.containerState.furtherBlankLines || !markdownSpace(code)) {
      self.containerState.furtherBlankLines = void 0;
      self.containerState.initialBlankLine = void 0;
      return notInCurrentItem(code);
    }
    self.containerState.furtherBlankLines = void 0;
    self.containerState.initialBlankLine = void 0;
    return effects.attempt(indentConstruct, ok3, notInCurrentItem)(code);
  }
  function notInCurrentItem(code) {
    self.containerState._closeFlow = true;
    self.interrupt = void 0;
    return factorySpace(effects, effects.attempt(list, ok3, nok), "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code);
  }
}
function tokenizeIndent(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemIndent", self.containerState.size + 1);
  function afterPrefix(code) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "listItemIndent" && tail[2].sliceSerialize(tail[1], true).length === self.containerState.size ? ok3(code) : nok(code);
  }
}
function tokenizeListEnd(effects) {
  effects.exit(this.containerState.type);
}
function tokenizeListItemPrefixWhitespace(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemPrefixWhitespace", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4 + 1);
  function afterPrefix(code) {
    const tail = self.events[self.events.length - 1];
    return !markdownSpace(code) && tail && tail[1].type === "listItemPrefixWhitespace" ? ok3(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/setext-underline.js
var setextUnderline = {
  name: "setextUnderline",
  resolveTo: resolveToSetextUnderline,
  tokenize: tokenizeSetextUnderline
};
function resolveToSetextUnderline(events, context) {
  const editMap = new EditMap();
  let index2 = events.length;
  let content3;
  let text3;
  let definition2;
  while (index2--) {
    if (events[index2][0] === "enter") {
      if (events[index2][1].type === "content") {
        content3 = index2;
        break;
      }
      if (events[index2][1].type === "paragraph") {
        text3 = index2;
      }
    } else {
      if (events[index2][1].type === "content") {
        editMap.add(index2, 1, []);
      }
      if (!definition2 && events[index2][1].type === "definition") {
        definition2 = index2;
      }
    }
  }
  const heading = {
    type: "setextHeading",
    start: {
      ...events[content3][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  events[text3][1].type = "setextHeadingText";
  if (definition2) {
    editMap.add(text3, 0, [["enter", heading, context]]);
    editMap.add(definition2 + 1, 0, [["exit", events[content3][1], context]]);
    events[content3][1].end = {
      ...events[definition2][1].end
    };
  } else {
    events[content3][1] = heading;
  }
  editMap.add(events.length, 0, [["exit", heading, context]]);
  editMap.consume(events);
  return events;
}
function tokenizeSetextUnderline(effects, ok3, nok) {
  const self = this;
  let marker;
  return start;
  function start(code) {
    let index2 = self.events.length;
    let paragraph2;
    while (index2--) {
      if (self.events[index2][1].type !== "lineEnding" && self.events[index2][1].type !== "linePrefix" && self.events[index2][1].type !== "content") {
        paragraph2 = self.events[index2][1].type === "paragraph";
        break;
      }
    }
    if (!self.parser.lazy[self.now().line] && (self.interrupt || paragraph2)) {
      effects.enter("setextHeadingLine");
      marker = code;
      return before2(code);
    }
    return nok(code);
  }
  function before2(code) {
    effects.enter("setextHeadingLineSequence");
    return inside(code);
  }
  function inside(code) {
    if (code === marker) {
      effects.consume(code);
      return inside;
    }
    effects.exit("setextHeadingLineSequence");
    return markdownSpace(code) ? factorySpace(effects, after2, "lineSuffix")(code) : after2(code);
  }
  function after2(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("setextHeadingLine");
      return ok3(code);
    }
    return nok(code);
  }
}

// node_modules/micromark/lib/initialize/flow.js
var flow = {
  tokenize: initializeFlow
};
function initializeFlow(effects) {
  const self = this;
  const initial = effects.attempt(
    // Try to parse a blank line.
    blankLine,
    atBlankEnding,
    // Try to parse initial flow (essentially, only code).
    effects.attempt(this.parser.constructs.flowInitial, afterConstruct, factorySpace(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content2, afterConstruct)), "linePrefix"))
  );
  return initial;
  function atBlankEnding(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEndingBlank");
    effects.consume(code);
    effects.exit("lineEndingBlank");
    self.currentConstruct = void 0;
    return initial;
  }
  function afterConstruct(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    self.currentConstruct = void 0;
    return initial;
  }
}

// node_modules/micromark/lib/initialize/text.js
var resolver = {
  resolveAll: createResolver()
};
var string = initializeFactory("string");
var text = initializeFactory("text");
function initializeFactory(field) {
  return {
    resolveAll: createResolver(field === "text" ? resolveAllLineSuffixes : void 0),
    tokenize: initializeText
  };
  function initializeText(effects) {
    const self = this;
    const constructs2 = this.parser.constructs[field];
    const text3 = effects.attempt(constructs2, start, notText);
    return start;
    function start(code) {
      return atBreak(code) ? text3(code) : notText(code);
    }
    function notText(code) {
      if (code === null) {
        effects.consume(code);
        return;
      }
      effects.enter("data");
      effects.consume(code);
      return data;
    }
    function data(code) {
      if (atBreak(code)) {
        effects.exit("data");
        return text3(code);
      }
      effects.consume(code);
      return data;
    }
    function atBreak(code) {
      if (code === null) {
        return true;
      }
      const list3 = constructs2[code];
      let index2 = -1;
      if (list3) {
        while (++index2 < list3.length) {
          const item = list3[index2];
          if (!item.previous || item.previous.call(self, self.previous)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
function createResolver(extraResolver) {
  return resolveAllText;
  function resolveAllText(events, context) {
    let index2 = -1;
    let enter;
    while (++index2 <= events.length) {
      if (enter === void 0) {
        if (events[index2] && events[index2][1].type === "data") {
          enter = index2;
          index2++;
        }
      } else if (!events[index2] || events[index2][1].type !== "data") {
        if (index2 !== enter + 2) {
          events[enter][1].end = events[index2 - 1][1].end;
          events.splice(enter + 2, index2 - enter - 2);
          index2 = enter + 2;
        }
        enter = void 0;
      }
    }
    return extraResolver ? extraResolver(events, context) : events;
  }
}
function resolveAllLineSuffixes(events, context) {
  const editMap = new EditMap();
  let eventIndex = 0;
  while (++eventIndex <= events.length) {
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      const data = events[eventIndex - 1][1];
      const chunks = context.sliceStream(data);
      let index2 = chunks.length;
      let bufferIndex = -1;
      let size = 0;
      let tabs;
      while (index2--) {
        const chunk = chunks[index2];
        if (typeof chunk === "string") {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size++;
            bufferIndex--;
          }
          if (bufferIndex) {
            break;
          }
          bufferIndex = -1;
        } else if (chunk === -2) {
          tabs = true;
          size++;
        } else if (chunk === -1) {
        } else {
          index2++;
          break;
        }
      }
      if (context._contentTypeTextTrailing && eventIndex === events.length) {
        size = 0;
      }
      if (size) {
        const token2 = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index2 ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index2,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token2.start
        };
        if (data.start.offset === data.end.offset) {
          Object.assign(data, token2);
        } else {
          editMap.add(eventIndex, 0, [["enter", token2, context], ["exit", token2, context]]);
        }
      }
      eventIndex++;
    }
  }
  editMap.consume(events);
  return events;
}

// node_modules/micromark/lib/constructs.js
var constructs_exports = {};
__export(constructs_exports, {
  attentionMarkers: () => attentionMarkers,
  contentInitial: () => contentInitial,
  disable: () => disable,
  document: () => document2,
  flow: () => flow2,
  flowInitial: () => flowInitial,
  insideSpan: () => insideSpan,
  string: () => string2,
  text: () => text2
});
var document2 = {
  [42]: list,
  [43]: list,
  [45]: list,
  [48]: list,
  [49]: list,
  [50]: list,
  [51]: list,
  [52]: list,
  [53]: list,
  [54]: list,
  [55]: list,
  [56]: list,
  [57]: list,
  [62]: blockQuote
};
var contentInitial = {
  [91]: definition
};
var flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented
};
var flow2 = {
  [35]: headingAtx,
  [42]: thematicBreak,
  [45]: [setextUnderline, thematicBreak],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak,
  [96]: codeFenced,
  [126]: codeFenced
};
var string2 = {
  [38]: characterReference,
  [92]: characterEscape
};
var text2 = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  [33]: labelStartImage,
  [38]: characterReference,
  [42]: attention,
  [60]: [autolink, htmlText],
  [91]: labelStartLink,
  [92]: [hardBreakEscape, characterEscape],
  [93]: labelEnd,
  [95]: attention,
  [96]: codeText
};
var insideSpan = {
  null: [attention, resolver]
};
var attentionMarkers = {
  null: [42, 95]
};
var disable = {
  null: []
};

// node_modules/micromark/lib/create-tokenizer.js
function createTokenizer(parser, initialize, from) {
  let point4 = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  };
  const columnStart = {};
  const resolveAllConstructs = [];
  let chunks = [];
  let stack = [];
  let consumed = true;
  const effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    enter,
    exit: exit2,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: true
    })
  };
  const context = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser,
    previous: null,
    sliceSerialize,
    sliceStream,
    write
  };
  let state = initialize.tokenize.call(context, effects);
  let expectedCode;
  if (initialize.resolveAll) {
    resolveAllConstructs.push(initialize);
  }
  return context;
  function write(slice) {
    chunks = push(chunks, slice);
    main();
    if (chunks[chunks.length - 1] !== null) {
      return [];
    }
    addResult(initialize, 0);
    context.events = resolveAll(resolveAllConstructs, context.events, context);
    return context.events;
  }
  function sliceSerialize(token2, expandTabs) {
    return serializeChunks(sliceStream(token2), expandTabs);
  }
  function sliceStream(token2) {
    return sliceChunks(chunks, token2);
  }
  function now() {
    const {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    } = point4;
    return {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    };
  }
  function defineSkip(value2) {
    columnStart[value2.line] = value2.column;
    accountForPotentialSkip();
  }
  function main() {
    while (point4._index < chunks.length) {
      const chunk = chunks[point4._index];
      if (typeof chunk === "string") {
        const chunkIndex = point4._index;
        if (point4._bufferIndex < 0) {
          point4._bufferIndex = 0;
        }
        while (point4._index === chunkIndex && point4._bufferIndex < chunk.length) {
          go(chunk.charCodeAt(point4._bufferIndex));
        }
      } else {
        go(chunk);
      }
    }
  }
  function go(code) {
    consumed = void 0;
    expectedCode = code;
    state = state(code);
  }
  function consume(code) {
    if (markdownLineEnding(code)) {
      point4.line++;
      point4.column = 1;
      point4.offset += code === -3 ? 2 : 1;
      accountForPotentialSkip();
    } else if (code !== -1) {
      point4.column++;
      point4.offset++;
    }
    if (point4._bufferIndex < 0) {
      point4._index++;
    } else {
      point4._bufferIndex++;
      if (point4._bufferIndex === // Points w/ non-negative `_bufferIndex` reference
      // strings.
      /** @type {string} */
      chunks[point4._index].length) {
        point4._bufferIndex = -1;
        point4._index++;
      }
    }
    context.previous = code;
    consumed = true;
  }
  function enter(type, fields) {
    const token2 = fields || {};
    token2.type = type;
    token2.start = now();
    context.events.push(["enter", token2, context]);
    stack.push(token2);
    return token2;
  }
  function exit2(type) {
    const token2 = stack.pop();
    token2.end = now();
    context.events.push(["exit", token2, context]);
    return token2;
  }
  function onsuccessfulconstruct(construct, info) {
    addResult(construct, info.from);
  }
  function onsuccessfulcheck(_, info) {
    info.restore();
  }
  function constructFactory(onreturn, fields) {
    return hook;
    function hook(constructs2, returnState, bogusState) {
      let listOfConstructs;
      let constructIndex;
      let currentConstruct;
      let info;
      return Array.isArray(constructs2) ? (
        /* c8 ignore next 1 */
        handleListOfConstructs(constructs2)
      ) : "tokenize" in constructs2 ? (
        // Looks like a construct.
        handleListOfConstructs([
          /** @type {Construct} */
          constructs2
        ])
      ) : handleMapOfConstructs(constructs2);
      function handleMapOfConstructs(map2) {
        return start;
        function start(code) {
          const left = code !== null && map2[code];
          const all3 = code !== null && map2.null;
          const list3 = [
            // To do: add more extension tests.
            /* c8 ignore next 2 */
            ...Array.isArray(left) ? left : left ? [left] : [],
            ...Array.isArray(all3) ? all3 : all3 ? [all3] : []
          ];
          return handleListOfConstructs(list3)(code);
        }
      }
      function handleListOfConstructs(list3) {
        listOfConstructs = list3;
        constructIndex = 0;
        if (list3.length === 0) {
          return bogusState;
        }
        return handleConstruct(list3[constructIndex]);
      }
      function handleConstruct(construct) {
        return start;
        function start(code) {
          info = store();
          currentConstruct = construct;
          if (!construct.partial) {
            context.currentConstruct = construct;
          }
          if (construct.name && context.parser.constructs.disable.null.includes(construct.name)) {
            return nok(code);
          }
          return construct.tokenize.call(
            // If we do have fields, create an object w/ `context` as its
            // prototype.
            // This allows a “live binding”, which is needed for `interrupt`.
            fields ? Object.assign(Object.create(context), fields) : context,
            effects,
            ok3,
            nok
          )(code);
        }
      }
      function ok3(code) {
        consumed = true;
        onreturn(currentConstruct, info);
        return returnState;
      }
      function nok(code) {
        consumed = true;
        info.restore();
        if (++constructIndex < listOfConstructs.length) {
          return handleConstruct(listOfConstructs[constructIndex]);
        }
        return bogusState;
      }
    }
  }
  function addResult(construct, from2) {
    if (construct.resolveAll && !resolveAllConstructs.includes(construct)) {
      resolveAllConstructs.push(construct);
    }
    if (construct.resolve) {
      splice(context.events, from2, context.events.length - from2, construct.resolve(context.events.slice(from2), context));
    }
    if (construct.resolveTo) {
      context.events = construct.resolveTo(context.events, context);
    }
  }
  function store() {
    const startPoint = now();
    const startPrevious = context.previous;
    const startCurrentConstruct = context.currentConstruct;
    const startEventsIndex = context.events.length;
    const startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore: restore2
    };
    function restore2() {
      point4 = startPoint;
      context.previous = startPrevious;
      context.currentConstruct = startCurrentConstruct;
      context.events.length = startEventsIndex;
      stack = startStack;
      accountForPotentialSkip();
    }
  }
  function accountForPotentialSkip() {
    if (point4.line in columnStart && point4.column < 2) {
      point4.column = columnStart[point4.line];
      point4.offset += columnStart[point4.line] - 1;
    }
  }
}
function sliceChunks(chunks, token2) {
  const startIndex = token2.start._index;
  const startBufferIndex = token2.start._bufferIndex;
  const endIndex = token2.end._index;
  const endBufferIndex = token2.end._bufferIndex;
  let view;
  if (startIndex === endIndex) {
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  } else {
    view = chunks.slice(startIndex, endIndex);
    if (startBufferIndex > -1) {
      const head = view[0];
      if (typeof head === "string") {
        view[0] = head.slice(startBufferIndex);
      } else {
        view.shift();
      }
    }
    if (endBufferIndex > 0) {
      view.push(chunks[endIndex].slice(0, endBufferIndex));
    }
  }
  return view;
}
function serializeChunks(chunks, expandTabs) {
  let index2 = -1;
  const result = [];
  let atTab;
  while (++index2 < chunks.length) {
    const chunk = chunks[index2];
    let value2;
    if (typeof chunk === "string") {
      value2 = chunk;
    } else {
      switch (chunk) {
        case -5: {
          value2 = "\r";
          break;
        }
        case -4: {
          value2 = "\n";
          break;
        }
        case -3: {
          value2 = "\r\n";
          break;
        }
        case -2: {
          value2 = expandTabs ? " " : "	";
          break;
        }
        case -1: {
          if (!expandTabs && atTab) {
            continue;
          }
          value2 = " ";
          break;
        }
        default: {
          value2 = String.fromCharCode(chunk);
        }
      }
    }
    atTab = chunk === -2;
    result.push(value2);
  }
  return result.join("");
}

// node_modules/micromark/lib/parse.js
function parse(options) {
  const settings = options || {};
  const constructs2 = (
    /** @type {FullNormalizedExtension} */
    combineExtensions([constructs_exports, ...settings.extensions || []])
  );
  const parser = {
    constructs: constructs2,
    content: create2(content),
    defined: [],
    document: create2(document),
    flow: create2(flow),
    lazy: {},
    string: create2(string),
    text: create2(text)
  };
  return parser;
  function create2(initial) {
    return creator;
    function creator(from) {
      return createTokenizer(parser, initial, from);
    }
  }
}

// node_modules/micromark/lib/postprocess.js
function postprocess(events) {
  while (!subtokenize(events)) {
  }
  return events;
}

// node_modules/micromark/lib/preprocess.js
var search = /[\0\t\n\r]/g;
function preprocess() {
  let column = 1;
  let buffer = "";
  let start = true;
  let atCarriageReturn;
  return preprocessor;
  function preprocessor(value2, encoding, end) {
    value2 = buffer + (typeof value2 === "string" ? value2.toString() : new TextDecoder(encoding || void 0).decode(value2));
    const chunks = [];
    let startPosition = 0;
    buffer = "";
    if (start) {
      if (value2.charCodeAt(0) === 65279) {
        startPosition++;
      }
      start = void 0;
    }
    while (startPosition < value2.length) {
      search.lastIndex = startPosition;
      const match = search.exec(value2);
      const endPosition = match && match.index !== void 0 ? match.index : value2.length;
      const code = value2.charCodeAt(endPosition);
      if (!match) {
        buffer = value2.slice(startPosition);
        break;
      }
      if (code === 10 && startPosition === endPosition && atCarriageReturn) {
        chunks.push(-3);
        atCarriageReturn = void 0;
      } else {
        if (atCarriageReturn) {
          chunks.push(-5);
          atCarriageReturn = void 0;
        }
        if (startPosition < endPosition) {
          chunks.push(value2.slice(startPosition, endPosition));
          column += endPosition - startPosition;
        }
        switch (code) {
          case 0: {
            chunks.push(65533);
            column++;
            break;
          }
          case 9: {
            const next2 = Math.ceil(column / 4) * 4;
            chunks.push(-2);
            while (column++ < next2) {
              chunks.push(-1);
            }
            break;
          }
          case 10: {
            chunks.push(-4);
            column = 1;
            break;
          }
          default: {
            atCarriageReturn = true;
            column = 1;
          }
        }
      }
      startPosition = endPosition + 1;
    }
    if (end) {
      if (atCarriageReturn) {
        chunks.push(-5);
      }
      if (buffer) {
        chunks.push(buffer);
      }
      chunks.push(null);
    }
    return chunks;
  }
}

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value2) {
  return value2.replace(characterEscapeOrReference, decode);
}
function decode($0, $1, $2) {
  if ($1) {
    return $1;
  }
  const head = $2.charCodeAt(0);
  if (head === 35) {
    const head2 = $2.charCodeAt(1);
    const hex = head2 === 120 || head2 === 88;
    return decodeNumericCharacterReference($2.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}

// node_modules/mdast-util-from-markdown/lib/index.js
var own3 = {}.hasOwnProperty;
function fromMarkdown(value2, encoding, options) {
  if (encoding && typeof encoding === "object") {
    options = encoding;
    encoding = void 0;
  }
  return compiler(options)(postprocess(parse(options).document().write(preprocess()(value2, encoding, true))));
}
function compiler(options) {
  const config = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"],
    enter: {
      autolink: opener2(link),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener2(heading),
      blockQuote: opener2(blockQuote2),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener2(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener2(codeFlow, buffer),
      codeText: opener2(codeText2, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener2(definition2),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener2(emphasis2),
      hardBreakEscape: opener2(hardBreak),
      hardBreakTrailing: opener2(hardBreak),
      htmlFlow: opener2(html, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener2(html, buffer),
      htmlTextData: onenterdata,
      image: opener2(image),
      label: buffer,
      link: opener2(link),
      listItem: opener2(listItem),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener2(list3, onenterlistordered),
      listUnordered: opener2(list3),
      paragraph: opener2(paragraph2),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener2(heading),
      strong: opener2(strong),
      thematicBreak: opener2(thematicBreak2)
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitcodetext),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexithtmlflow),
      htmlFlowData: onexitdata,
      htmlText: closer(onexithtmltext),
      htmlTextData: onexitdata,
      image: closer(onexitimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlink),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer()
    }
  };
  configure(config, (options || {}).mdastExtensions || []);
  const data = {};
  return compile2;
  function compile2(events) {
    let tree = {
      type: "root",
      children: [],
      position: void 0
    };
    const context = {
      stack: [tree],
      tokenStack: [],
      config,
      enter,
      exit: exit2,
      buffer,
      resume,
      data
    };
    const listStack = [];
    const prepared = [];
    let index2 = -1;
    while (++index2 < events.length) {
      prepared.push(events[index2]);
      if (events[index2][1].type === "listOrdered" || events[index2][1].type === "listUnordered") {
        if (events[index2][0] === "enter") {
          listStack.push(prepared.length - 1);
        } else {
          const tail = listStack.pop();
          prepareList(prepared, tail);
        }
      }
    }
    events = prepared;
    index2 = -1;
    while (++index2 < events.length) {
      const handler2 = config[events[index2][0]];
      if (events[index2][0] === "enter" && config.beforeEnter.length > 0) {
        callListeners(config.beforeEnter, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (own3.call(handler2, events[index2][1].type)) {
        handler2[events[index2][1].type].call({
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (events[index2][0] === "exit" && config.afterExit.length > 0) {
        callListeners(config.afterExit, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
    }
    if (context.tokenStack.length > 0) {
      const tail = context.tokenStack[context.tokenStack.length - 1];
      const handler2 = tail[1] || defaultOnError;
      handler2.call(context, void 0, tail[0]);
    }
    tree.position = {
      start: point2(events.length > 0 ? events[0][1].start : {
        line: 1,
        column: 1,
        offset: 0
      }),
      end: point2(events.length > 0 ? events[events.length - 2][1].end : {
        line: 1,
        column: 1,
        offset: 0
      })
    };
    index2 = -1;
    while (++index2 < config.transforms.length) {
      tree = config.transforms[index2](tree) || tree;
    }
    return tree;
  }
  function callListeners(listeners, context, token2) {
    let index2 = -1;
    while (++index2 < listeners.length) {
      listeners[index2].call(context, token2);
    }
  }
  function prepareList(events, start) {
    const end = events.length - 1;
    let index2 = start - 1;
    let containerBalance = -1;
    let listSpread = false;
    let listItem2;
    let lineIndex;
    let firstBlankLineIndex;
    let atMarker;
    const insertions = [];
    while (++index2 <= end) {
      const event = events[index2];
      switch (event[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          if (event[0] === "enter") {
            containerBalance++;
          } else {
            containerBalance--;
          }
          atMarker = void 0;
          break;
        }
        case "lineEndingBlank": {
          if (event[0] === "enter") {
            if (listItem2 && !atMarker && !containerBalance && !firstBlankLineIndex) {
              firstBlankLineIndex = index2;
            }
            atMarker = void 0;
          }
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace": {
          break;
        }
        default: {
          atMarker = void 0;
        }
      }
      if (!containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === "exit" && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
        if (listItem2) {
          let tailIndex = index2;
          lineIndex = void 0;
          while (tailIndex--) {
            const tailEvent = events[tailIndex];
            if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
              if (tailEvent[0] === "exit") continue;
              if (lineIndex) {
                events[lineIndex][1].type = "lineEndingBlank";
                listSpread = true;
              }
              tailEvent[1].type = "lineEnding";
              lineIndex = tailIndex;
            } else if (tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent") {
            } else {
              break;
            }
          }
          if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
            listItem2._spread = true;
          }
          listItem2.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end);
          insertions.push({
            at: lineIndex || index2,
            event: ["exit", listItem2, event[2]]
          });
        }
        if (event[1].type === "listItemPrefix") {
          const item = {
            type: "listItem",
            _spread: false,
            start: Object.assign({}, event[1].start),
            // @ts-expect-error: we’ll add `end` in a second.
            end: void 0
          };
          listItem2 = item;
          insertions.push({
            at: index2,
            event: ["enter", item, event[2]]
          });
          firstBlankLineIndex = void 0;
          atMarker = true;
        }
      }
    }
    const listEvents = events.splice(start);
    let insertion = 0;
    index2 = -1;
    while (++index2 < listEvents.length) {
      while (insertion < insertions.length && insertions[insertion].at === start + index2) {
        events.push(insertions[insertion++].event);
      }
      events.push(listEvents[index2]);
    }
    events[start][1]._spread = listSpread;
  }
  function opener2(create2, and) {
    return open;
    function open(token2) {
      enter.call(this, create2(token2), token2);
      if (and) and.call(this, token2);
    }
  }
  function buffer() {
    this.stack.push({
      type: "fragment",
      children: []
    });
  }
  function enter(node2, token2, errorHandler) {
    const parent = this.stack[this.stack.length - 1];
    const siblings = parent.children;
    siblings.push(node2);
    this.stack.push(node2);
    this.tokenStack.push([token2, errorHandler || void 0]);
    node2.position = {
      start: point2(token2.start),
      // @ts-expect-error: `end` will be patched later.
      end: void 0
    };
  }
  function closer(and) {
    return close2;
    function close2(token2) {
      if (and) and.call(this, token2);
      exit2.call(this, token2);
    }
  }
  function exit2(token2, onExitError) {
    const node2 = this.stack.pop();
    const open = this.tokenStack.pop();
    if (!open) {
      throw new Error("Cannot close `" + token2.type + "` (" + stringifyPosition({
        start: token2.start,
        end: token2.end
      }) + "): it\u2019s not open");
    }
    if (open[0].type !== token2.type) {
      if (onExitError) {
        onExitError.call(this, token2, open[0]);
      } else {
        const handler2 = open[1] || defaultOnError;
        handler2.call(this, token2, open[0]);
      }
    }
    node2.position.end = point2(token2.end);
  }
  function resume() {
    return toString(this.stack.pop());
  }
  function onenterlistordered() {
    this.data.expectingFirstListItemValue = true;
  }
  function onenterlistitemvalue(token2) {
    if (this.data.expectingFirstListItemValue) {
      const ancestor = this.stack[this.stack.length - 2];
      ancestor.start = Number.parseInt(this.sliceSerialize(token2), 10);
      this.data.expectingFirstListItemValue = void 0;
    }
  }
  function onexitcodefencedfenceinfo() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.lang = data2;
  }
  function onexitcodefencedfencemeta() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.meta = data2;
  }
  function onexitcodefencedfence() {
    if (this.data.flowCodeInside) return;
    this.buffer();
    this.data.flowCodeInside = true;
  }
  function onexitcodefenced() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
    this.data.flowCodeInside = void 0;
  }
  function onexitcodeindented() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/(\r?\n|\r)$/g, "");
  }
  function onexitdefinitionlabelstring(token2) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token2)).toLowerCase();
  }
  function onexitdefinitiontitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitdefinitiondestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitatxheadingsequence(token2) {
    const node2 = this.stack[this.stack.length - 1];
    if (!node2.depth) {
      const depth = this.sliceSerialize(token2).length;
      node2.depth = depth;
    }
  }
  function onexitsetextheadingtext() {
    this.data.setextHeadingSlurpLineEnding = true;
  }
  function onexitsetextheadinglinesequence(token2) {
    const node2 = this.stack[this.stack.length - 1];
    node2.depth = this.sliceSerialize(token2).codePointAt(0) === 61 ? 1 : 2;
  }
  function onexitsetextheading() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function onenterdata(token2) {
    const node2 = this.stack[this.stack.length - 1];
    const siblings = node2.children;
    let tail = siblings[siblings.length - 1];
    if (!tail || tail.type !== "text") {
      tail = text3();
      tail.position = {
        start: point2(token2.start),
        // @ts-expect-error: we’ll add `end` later.
        end: void 0
      };
      siblings.push(tail);
    }
    this.stack.push(tail);
  }
  function onexitdata(token2) {
    const tail = this.stack.pop();
    tail.value += this.sliceSerialize(token2);
    tail.position.end = point2(token2.end);
  }
  function onexitlineending(token2) {
    const context = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      const tail = context.children[context.children.length - 1];
      tail.position.end = point2(token2.end);
      this.data.atHardBreak = void 0;
      return;
    }
    if (!this.data.setextHeadingSlurpLineEnding && config.canContainEols.includes(context.type)) {
      onenterdata.call(this, token2);
      onexitdata.call(this, token2);
    }
  }
  function onexithardbreak() {
    this.data.atHardBreak = true;
  }
  function onexithtmlflow() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexithtmltext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitcodetext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitlink() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitimage() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitlabeltext(token2) {
    const string3 = this.sliceSerialize(token2);
    const ancestor = this.stack[this.stack.length - 2];
    ancestor.label = decodeString(string3);
    ancestor.identifier = normalizeIdentifier(string3).toLowerCase();
  }
  function onexitlabel() {
    const fragment = this.stack[this.stack.length - 1];
    const value2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    this.data.inReference = true;
    if (node2.type === "link") {
      const children = fragment.children;
      node2.children = children;
    } else {
      node2.alt = value2;
    }
  }
  function onexitresourcedestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitresourcetitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitresource() {
    this.data.inReference = void 0;
  }
  function onenterreference() {
    this.data.referenceType = "collapsed";
  }
  function onexitreferencestring(token2) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token2)).toLowerCase();
    this.data.referenceType = "full";
  }
  function onexitcharacterreferencemarker(token2) {
    this.data.characterReferenceType = token2.type;
  }
  function onexitcharacterreferencevalue(token2) {
    const data2 = this.sliceSerialize(token2);
    const type = this.data.characterReferenceType;
    let value2;
    if (type) {
      value2 = decodeNumericCharacterReference(data2, type === "characterReferenceMarkerNumeric" ? 10 : 16);
      this.data.characterReferenceType = void 0;
    } else {
      const result = decodeNamedCharacterReference(data2);
      value2 = result;
    }
    const tail = this.stack[this.stack.length - 1];
    tail.value += value2;
  }
  function onexitcharacterreference(token2) {
    const tail = this.stack.pop();
    tail.position.end = point2(token2.end);
  }
  function onexitautolinkprotocol(token2) {
    onexitdata.call(this, token2);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = this.sliceSerialize(token2);
  }
  function onexitautolinkemail(token2) {
    onexitdata.call(this, token2);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = "mailto:" + this.sliceSerialize(token2);
  }
  function blockQuote2() {
    return {
      type: "blockquote",
      children: [],
      position: void 0
    };
  }
  function codeFlow() {
    return {
      type: "code",
      lang: null,
      meta: null,
      value: "",
      position: void 0
    };
  }
  function codeText2() {
    return {
      type: "inlineCode",
      value: "",
      position: void 0
    };
  }
  function definition2() {
    return {
      type: "definition",
      identifier: "",
      label: null,
      title: null,
      url: "",
      position: void 0
    };
  }
  function emphasis2() {
    return {
      type: "emphasis",
      children: [],
      position: void 0
    };
  }
  function heading() {
    return {
      type: "heading",
      // @ts-expect-error `depth` will be set later.
      depth: 0,
      children: [],
      position: void 0
    };
  }
  function hardBreak() {
    return {
      type: "break",
      position: void 0
    };
  }
  function html() {
    return {
      type: "html",
      value: "",
      position: void 0
    };
  }
  function image() {
    return {
      type: "image",
      title: null,
      url: "",
      alt: null,
      position: void 0
    };
  }
  function link() {
    return {
      type: "link",
      title: null,
      url: "",
      children: [],
      position: void 0
    };
  }
  function list3(token2) {
    return {
      type: "list",
      ordered: token2.type === "listOrdered",
      start: null,
      spread: token2._spread,
      children: [],
      position: void 0
    };
  }
  function listItem(token2) {
    return {
      type: "listItem",
      spread: token2._spread,
      checked: null,
      children: [],
      position: void 0
    };
  }
  function paragraph2() {
    return {
      type: "paragraph",
      children: [],
      position: void 0
    };
  }
  function strong() {
    return {
      type: "strong",
      children: [],
      position: void 0
    };
  }
  function text3() {
    return {
      type: "text",
      value: "",
      position: void 0
    };
  }
  function thematicBreak2() {
    return {
      type: "thematicBreak",
      position: void 0
    };
  }
}
function point2(d) {
  return {
    line: d.line,
    column: d.column,
    offset: d.offset
  };
}
function configure(combined, extensions) {
  let index2 = -1;
  while (++index2 < extensions.length) {
    const value2 = extensions[index2];
    if (Array.isArray(value2)) {
      configure(combined, value2);
    } else {
      extension(combined, value2);
    }
  }
}
function extension(combined, extension2) {
  let key;
  for (key in extension2) {
    if (own3.call(extension2, key)) {
      switch (key) {
        case "canContainEols": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "transforms": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "afterExit":
        case "beforeEnter": {
          const right = extension2[key];
          if (right) {
            combined[key].push(right);
          }
          break;
        }
        case "enter":
        case "exit": {
          const right = extension2[key];
          if (right) {
            Object.assign(combined[key], right);
          }
          break;
        }
      }
    }
  }
}
function defaultOnError(left, right) {
  if (left) {
    throw new Error("Cannot close `" + left.type + "` (" + stringifyPosition({
      start: left.start,
      end: left.end
    }) + "): a different token (`" + right.type + "`, " + stringifyPosition({
      start: right.start,
      end: right.end
    }) + ") is open");
  }
  throw new Error("Cannot close document, a token (`" + right.type + "`, " + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ") is still open");
}

// node_modules/remark-parse/lib/index.js
function remarkParse(options) {
  const self = this;
  self.parser = parser;
  function parser(doc) {
    return fromMarkdown(doc, {
      ...self.data("settings"),
      ...options,
      // Note: these options are not in the readme.
      // The goal is for them to be set by plugins on `data` instead of being
      // passed by users.
      extensions: self.data("micromarkExtensions") || [],
      mdastExtensions: self.data("fromMarkdownExtensions") || []
    });
  }
}

// node_modules/nlcst-to-string/lib/index.js
var emptyNodes = [];
function toString2(value2) {
  let index2 = -1;
  if (!value2 || !Array.isArray(value2) && !value2.type) {
    throw new Error("Expected node, not `" + value2 + "`");
  }
  if ("value" in value2) return value2.value;
  const children = (Array.isArray(value2) ? value2 : value2.children) || emptyNodes;
  const values = [];
  while (++index2 < children.length) {
    values[index2] = toString2(children[index2]);
  }
  return values.join("");
}

// node_modules/array-iterate/lib/index.js
var own4 = {}.hasOwnProperty;
function arrayIterate(values, callbackFn, thisArg) {
  let index2 = -1;
  if (!values) {
    throw new Error("Iterate requires that |this| not be " + values);
  }
  if (!own4.call(values, "length")) {
    throw new Error("Iterate requires that |this| has a `length`");
  }
  if (typeof callbackFn !== "function") {
    throw new TypeError("`callback` must be a function");
  }
  while (++index2 < values.length) {
    if (!(index2 in values)) {
      continue;
    }
    const result = callbackFn.call(thisArg, values[index2], index2, values);
    if (typeof result === "number") {
      if (result < 0) {
        index2 = 0;
      }
      index2 = result - 1;
    }
  }
}

// node_modules/unist-util-modify-children/lib/index.js
function modifyChildren(modifier) {
  return modify;
  function modify(parent) {
    if (!parent || !parent.children) {
      throw new Error("Missing children in `parent` for `modifier`");
    }
    arrayIterate(parent.children, iteratee, parent);
  }
  function iteratee(node2, index2) {
    return modifier(node2, index2, this);
  }
}

// node_modules/parse-latin/lib/plugin/merge-affix-exceptions.js
var mergeAffixExceptions = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    const previous2 = parent.children[index2 - 1];
    if (previous2 && "children" in previous2 && "children" in child && child.children.length > 0) {
      let position3 = -1;
      while (child.children[++position3]) {
        const node2 = child.children[position3];
        if (node2.type === "WordNode") {
          return;
        }
        if (node2.type === "SymbolNode" || node2.type === "PunctuationNode") {
          const value2 = toString2(node2);
          if (value2 !== "," && value2 !== ";") {
            return;
          }
          previous2.children.push(...child.children);
          if (previous2.position && child.position) {
            previous2.position.end = child.position.end;
          }
          parent.children.splice(index2, 1);
          return index2;
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/expressions.js
var affixSymbol = /^([!"').?\u0F3B\u0F3D\u169C\u2019\u201D\u2026\u203A\u203D\u2046\u207E\u208E\u2309\u230B\u232A\u2769\u276B\u276D\u276F\u2771\u2773\u2775\u27C6\u27E7\u27E9\u27EB\u27ED\u27EF\u2984\u2986\u2988\u298A\u298C\u298E\u2990\u2992\u2994\u2996\u2998\u29D9\u29DB\u29FD\u2E03\u2E05\u2E0A\u2E0D\u2E1D\u2E21\u2E23\u2E25\u2E27\u2E29\u2E56\u2E58\u2E5A\u2E5C\u3009\u300B\u300D\u300F\u3011\u3015\u3017\u3019\u301B\u301E\u301F\uFD3E\uFE18\uFE36\uFE38\uFE3A\uFE3C\uFE3E\uFE40\uFE42\uFE44\uFE48\uFE5A\uFE5C\uFE5E\uFF09\uFF3D\uFF5D\uFF60\uFF63\u00BB\]}])\1*$/;
var newLine = /^[ \t]*((\r?\n|\r)[\t ]*)+$/;
var terminalMarker = /^([!.?\u2026\u203D]+)$/;
var wordSymbolInner = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;
var numerical = /^(?:[\d\u00B2\u00B3\u00B9\u00BC-\u00BE\u0660-\u0669\u06F0-\u06F9\u07C0-\u07C9\u0966-\u096F\u09E6-\u09EF\u09F4-\u09F9\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0B72-\u0B77\u0BE6-\u0BF2\u0C66-\u0C6F\u0C78-\u0C7E\u0CE6-\u0CEF\u0D58-\u0D5E\u0D66-\u0D78\u0DE6-\u0DEF\u0E50-\u0E59\u0ED0-\u0ED9\u0F20-\u0F33\u1040-\u1049\u1090-\u1099\u1369-\u137C\u16EE-\u16F0\u17E0-\u17E9\u17F0-\u17F9\u1810-\u1819\u1946-\u194F\u19D0-\u19DA\u1A80-\u1A89\u1A90-\u1A99\u1B50-\u1B59\u1BB0-\u1BB9\u1C40-\u1C49\u1C50-\u1C59\u2070\u2074-\u2079\u2080-\u2089\u2150-\u2182\u2185-\u2189\u2460-\u249B\u24EA-\u24FF\u2776-\u2793\u2CFD\u3007\u3021-\u3029\u3038-\u303A\u3192-\u3195\u3220-\u3229\u3248-\u324F\u3251-\u325F\u3280-\u3289\u32B1-\u32BF\uA620-\uA629\uA6E6-\uA6EF\uA830-\uA835\uA8D0-\uA8D9\uA900-\uA909\uA9D0-\uA9D9\uA9F0-\uA9F9\uAA50-\uAA59\uABF0-\uABF9\uFF10-\uFF19]|\uD800[\uDD07-\uDD33\uDD40-\uDD78\uDD8A\uDD8B\uDEE1-\uDEFB\uDF20-\uDF23\uDF41\uDF4A\uDFD1-\uDFD5]|\uD801[\uDCA0-\uDCA9]|\uD802[\uDC58-\uDC5F\uDC79-\uDC7F\uDCA7-\uDCAF\uDCFB-\uDCFF\uDD16-\uDD1B\uDDBC\uDDBD\uDDC0-\uDDCF\uDDD2-\uDDFF\uDE40-\uDE48\uDE7D\uDE7E\uDE9D-\uDE9F\uDEEB-\uDEEF\uDF58-\uDF5F\uDF78-\uDF7F\uDFA9-\uDFAF]|\uD803[\uDCFA-\uDCFF\uDD30-\uDD39\uDE60-\uDE7E\uDF1D-\uDF26\uDF51-\uDF54\uDFC5-\uDFCB]|\uD804[\uDC52-\uDC6F\uDCF0-\uDCF9\uDD36-\uDD3F\uDDD0-\uDDD9\uDDE1-\uDDF4\uDEF0-\uDEF9]|\uD805[\uDC50-\uDC59\uDCD0-\uDCD9\uDE50-\uDE59\uDEC0-\uDEC9\uDF30-\uDF3B]|\uD806[\uDCE0-\uDCF2\uDD50-\uDD59]|\uD807[\uDC50-\uDC6C\uDD50-\uDD59\uDDA0-\uDDA9\uDF50-\uDF59\uDFC0-\uDFD4]|\uD809[\uDC00-\uDC6E]|\uD81A[\uDE60-\uDE69\uDEC0-\uDEC9\uDF50-\uDF59\uDF5B-\uDF61]|\uD81B[\uDE80-\uDE96]|\uD834[\uDEC0-\uDED3\uDEE0-\uDEF3\uDF60-\uDF78]|\uD835[\uDFCE-\uDFFF]|\uD838[\uDD40-\uDD49\uDEF0-\uDEF9]|\uD839[\uDCF0-\uDCF9]|\uD83A[\uDCC7-\uDCCF\uDD50-\uDD59]|\uD83B[\uDC71-\uDCAB\uDCAD-\uDCAF\uDCB1-\uDCB4\uDD01-\uDD2D\uDD2F-\uDD3D]|\uD83C[\uDD00-\uDD0C]|\uD83E[\uDFF0-\uDFF9])+$/;
var digitStart = /^\d/;
var lowerInitial = /^(?:[a-z\u00B5\u00DF-\u00F6\u00F8-\u00FF\u0101\u0103\u0105\u0107\u0109\u010B\u010D\u010F\u0111\u0113\u0115\u0117\u0119\u011B\u011D\u011F\u0121\u0123\u0125\u0127\u0129\u012B\u012D\u012F\u0131\u0133\u0135\u0137\u0138\u013A\u013C\u013E\u0140\u0142\u0144\u0146\u0148\u0149\u014B\u014D\u014F\u0151\u0153\u0155\u0157\u0159\u015B\u015D\u015F\u0161\u0163\u0165\u0167\u0169\u016B\u016D\u016F\u0171\u0173\u0175\u0177\u017A\u017C\u017E-\u0180\u0183\u0185\u0188\u018C\u018D\u0192\u0195\u0199-\u019B\u019E\u01A1\u01A3\u01A5\u01A8\u01AA\u01AB\u01AD\u01B0\u01B4\u01B6\u01B9\u01BA\u01BD-\u01BF\u01C6\u01C9\u01CC\u01CE\u01D0\u01D2\u01D4\u01D6\u01D8\u01DA\u01DC\u01DD\u01DF\u01E1\u01E3\u01E5\u01E7\u01E9\u01EB\u01ED\u01EF\u01F0\u01F3\u01F5\u01F9\u01FB\u01FD\u01FF\u0201\u0203\u0205\u0207\u0209\u020B\u020D\u020F\u0211\u0213\u0215\u0217\u0219\u021B\u021D\u021F\u0221\u0223\u0225\u0227\u0229\u022B\u022D\u022F\u0231\u0233-\u0239\u023C\u023F\u0240\u0242\u0247\u0249\u024B\u024D\u024F-\u0293\u0295-\u02AF\u0371\u0373\u0377\u037B-\u037D\u0390\u03AC-\u03CE\u03D0\u03D1\u03D5-\u03D7\u03D9\u03DB\u03DD\u03DF\u03E1\u03E3\u03E5\u03E7\u03E9\u03EB\u03ED\u03EF-\u03F3\u03F5\u03F8\u03FB\u03FC\u0430-\u045F\u0461\u0463\u0465\u0467\u0469\u046B\u046D\u046F\u0471\u0473\u0475\u0477\u0479\u047B\u047D\u047F\u0481\u048B\u048D\u048F\u0491\u0493\u0495\u0497\u0499\u049B\u049D\u049F\u04A1\u04A3\u04A5\u04A7\u04A9\u04AB\u04AD\u04AF\u04B1\u04B3\u04B5\u04B7\u04B9\u04BB\u04BD\u04BF\u04C2\u04C4\u04C6\u04C8\u04CA\u04CC\u04CE\u04CF\u04D1\u04D3\u04D5\u04D7\u04D9\u04DB\u04DD\u04DF\u04E1\u04E3\u04E5\u04E7\u04E9\u04EB\u04ED\u04EF\u04F1\u04F3\u04F5\u04F7\u04F9\u04FB\u04FD\u04FF\u0501\u0503\u0505\u0507\u0509\u050B\u050D\u050F\u0511\u0513\u0515\u0517\u0519\u051B\u051D\u051F\u0521\u0523\u0525\u0527\u0529\u052B\u052D\u052F\u0560-\u0588\u10D0-\u10FA\u10FD-\u10FF\u13F8-\u13FD\u1C80-\u1C88\u1D00-\u1D2B\u1D6B-\u1D77\u1D79-\u1D9A\u1E01\u1E03\u1E05\u1E07\u1E09\u1E0B\u1E0D\u1E0F\u1E11\u1E13\u1E15\u1E17\u1E19\u1E1B\u1E1D\u1E1F\u1E21\u1E23\u1E25\u1E27\u1E29\u1E2B\u1E2D\u1E2F\u1E31\u1E33\u1E35\u1E37\u1E39\u1E3B\u1E3D\u1E3F\u1E41\u1E43\u1E45\u1E47\u1E49\u1E4B\u1E4D\u1E4F\u1E51\u1E53\u1E55\u1E57\u1E59\u1E5B\u1E5D\u1E5F\u1E61\u1E63\u1E65\u1E67\u1E69\u1E6B\u1E6D\u1E6F\u1E71\u1E73\u1E75\u1E77\u1E79\u1E7B\u1E7D\u1E7F\u1E81\u1E83\u1E85\u1E87\u1E89\u1E8B\u1E8D\u1E8F\u1E91\u1E93\u1E95-\u1E9D\u1E9F\u1EA1\u1EA3\u1EA5\u1EA7\u1EA9\u1EAB\u1EAD\u1EAF\u1EB1\u1EB3\u1EB5\u1EB7\u1EB9\u1EBB\u1EBD\u1EBF\u1EC1\u1EC3\u1EC5\u1EC7\u1EC9\u1ECB\u1ECD\u1ECF\u1ED1\u1ED3\u1ED5\u1ED7\u1ED9\u1EDB\u1EDD\u1EDF\u1EE1\u1EE3\u1EE5\u1EE7\u1EE9\u1EEB\u1EED\u1EEF\u1EF1\u1EF3\u1EF5\u1EF7\u1EF9\u1EFB\u1EFD\u1EFF-\u1F07\u1F10-\u1F15\u1F20-\u1F27\u1F30-\u1F37\u1F40-\u1F45\u1F50-\u1F57\u1F60-\u1F67\u1F70-\u1F7D\u1F80-\u1F87\u1F90-\u1F97\u1FA0-\u1FA7\u1FB0-\u1FB4\u1FB6\u1FB7\u1FBE\u1FC2-\u1FC4\u1FC6\u1FC7\u1FD0-\u1FD3\u1FD6\u1FD7\u1FE0-\u1FE7\u1FF2-\u1FF4\u1FF6\u1FF7\u210A\u210E\u210F\u2113\u212F\u2134\u2139\u213C\u213D\u2146-\u2149\u214E\u2184\u2C30-\u2C5F\u2C61\u2C65\u2C66\u2C68\u2C6A\u2C6C\u2C71\u2C73\u2C74\u2C76-\u2C7B\u2C81\u2C83\u2C85\u2C87\u2C89\u2C8B\u2C8D\u2C8F\u2C91\u2C93\u2C95\u2C97\u2C99\u2C9B\u2C9D\u2C9F\u2CA1\u2CA3\u2CA5\u2CA7\u2CA9\u2CAB\u2CAD\u2CAF\u2CB1\u2CB3\u2CB5\u2CB7\u2CB9\u2CBB\u2CBD\u2CBF\u2CC1\u2CC3\u2CC5\u2CC7\u2CC9\u2CCB\u2CCD\u2CCF\u2CD1\u2CD3\u2CD5\u2CD7\u2CD9\u2CDB\u2CDD\u2CDF\u2CE1\u2CE3\u2CE4\u2CEC\u2CEE\u2CF3\u2D00-\u2D25\u2D27\u2D2D\uA641\uA643\uA645\uA647\uA649\uA64B\uA64D\uA64F\uA651\uA653\uA655\uA657\uA659\uA65B\uA65D\uA65F\uA661\uA663\uA665\uA667\uA669\uA66B\uA66D\uA681\uA683\uA685\uA687\uA689\uA68B\uA68D\uA68F\uA691\uA693\uA695\uA697\uA699\uA69B\uA723\uA725\uA727\uA729\uA72B\uA72D\uA72F-\uA731\uA733\uA735\uA737\uA739\uA73B\uA73D\uA73F\uA741\uA743\uA745\uA747\uA749\uA74B\uA74D\uA74F\uA751\uA753\uA755\uA757\uA759\uA75B\uA75D\uA75F\uA761\uA763\uA765\uA767\uA769\uA76B\uA76D\uA76F\uA771-\uA778\uA77A\uA77C\uA77F\uA781\uA783\uA785\uA787\uA78C\uA78E\uA791\uA793-\uA795\uA797\uA799\uA79B\uA79D\uA79F\uA7A1\uA7A3\uA7A5\uA7A7\uA7A9\uA7AF\uA7B5\uA7B7\uA7B9\uA7BB\uA7BD\uA7BF\uA7C1\uA7C3\uA7C8\uA7CA\uA7D1\uA7D3\uA7D5\uA7D7\uA7D9\uA7F6\uA7FA\uAB30-\uAB5A\uAB60-\uAB68\uAB70-\uABBF\uFB00-\uFB06\uFB13-\uFB17\uFF41-\uFF5A]|\uD801[\uDC28-\uDC4F\uDCD8-\uDCFB\uDD97-\uDDA1\uDDA3-\uDDB1\uDDB3-\uDDB9\uDDBB\uDDBC]|\uD803[\uDCC0-\uDCF2]|\uD806[\uDCC0-\uDCDF]|\uD81B[\uDE60-\uDE7F]|\uD835[\uDC1A-\uDC33\uDC4E-\uDC54\uDC56-\uDC67\uDC82-\uDC9B\uDCB6-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDCCF\uDCEA-\uDD03\uDD1E-\uDD37\uDD52-\uDD6B\uDD86-\uDD9F\uDDBA-\uDDD3\uDDEE-\uDE07\uDE22-\uDE3B\uDE56-\uDE6F\uDE8A-\uDEA5\uDEC2-\uDEDA\uDEDC-\uDEE1\uDEFC-\uDF14\uDF16-\uDF1B\uDF36-\uDF4E\uDF50-\uDF55\uDF70-\uDF88\uDF8A-\uDF8F\uDFAA-\uDFC2\uDFC4-\uDFC9\uDFCB]|\uD837[\uDF00-\uDF09\uDF0B-\uDF1E\uDF25-\uDF2A]|\uD83A[\uDD22-\uDD43])/;
var surrogates = /[\uD800-\uDFFF]/;
var punctuation = /[!"'-),-/:;?[-\]_{}\u00A1\u00A7\u00AB\u00B6\u00B7\u00BB\u00BF\u037E\u0387\u055A-\u055F\u0589\u058A\u05BE\u05C0\u05C3\u05C6\u05F3\u05F4\u0609\u060A\u060C\u060D\u061B\u061D-\u061F\u066A-\u066D\u06D4\u0700-\u070D\u07F7-\u07F9\u0830-\u083E\u085E\u0964\u0965\u0970\u09FD\u0A76\u0AF0\u0C77\u0C84\u0DF4\u0E4F\u0E5A\u0E5B\u0F04-\u0F12\u0F14\u0F3A-\u0F3D\u0F85\u0FD0-\u0FD4\u0FD9\u0FDA\u104A-\u104F\u10FB\u1360-\u1368\u1400\u166E\u169B\u169C\u16EB-\u16ED\u1735\u1736\u17D4-\u17D6\u17D8-\u17DA\u1800-\u180A\u1944\u1945\u1A1E\u1A1F\u1AA0-\u1AA6\u1AA8-\u1AAD\u1B5A-\u1B60\u1B7D\u1B7E\u1BFC-\u1BFF\u1C3B-\u1C3F\u1C7E\u1C7F\u1CC0-\u1CC7\u1CD3\u2010-\u201F\u2022-\u2027\u2032-\u203A\u203C-\u2043\u2045-\u2051\u2053-\u205E\u207D\u207E\u208D\u208E\u2308-\u230B\u2329\u232A\u2768-\u2775\u27C5\u27C6\u27E6-\u27EF\u2983-\u2998\u29D8-\u29DB\u29FC\u29FD\u2CF9-\u2CFC\u2CFE\u2CFF\u2D70\u2E00-\u2E2E\u2E30-\u2E4F\u2E52-\u2E5D\u3001-\u3003\u3008-\u3011\u3014-\u301F\u3030\u303D\u30A0\u30FB\uA4FE\uA4FF\uA60D-\uA60F\uA673\uA67E\uA6F2-\uA6F7\uA874-\uA877\uA8CE\uA8CF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA95F\uA9C1-\uA9CD\uA9DE\uA9DF\uAA5C-\uAA5F\uAADE\uAADF\uAAF0\uAAF1\uABEB\uFD3E\uFD3F\uFE10-\uFE19\uFE30-\uFE52\uFE54-\uFE61\uFE63\uFE68\uFE6A\uFE6B\uFF01-\uFF03\uFF05-\uFF0A\uFF0C-\uFF0F\uFF1A\uFF1B\uFF1F\uFF20\uFF3B-\uFF3D\uFF3F\uFF5B\uFF5D\uFF5F-\uFF65]|\uD800[\uDD00-\uDD02\uDF9F\uDFD0]|\uD801\uDD6F|\uD802[\uDC57\uDD1F\uDD3F\uDE50-\uDE58\uDE7F\uDEF0-\uDEF6\uDF39-\uDF3F\uDF99-\uDF9C]|\uD803[\uDEAD\uDF55-\uDF59\uDF86-\uDF89]|\uD804[\uDC47-\uDC4D\uDCBB\uDCBC\uDCBE-\uDCC1\uDD40-\uDD43\uDD74\uDD75\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDDF\uDE38-\uDE3D\uDEA9]|\uD805[\uDC4B-\uDC4F\uDC5A\uDC5B\uDC5D\uDCC6\uDDC1-\uDDD7\uDE41-\uDE43\uDE60-\uDE6C\uDEB9\uDF3C-\uDF3E]|\uD806[\uDC3B\uDD44-\uDD46\uDDE2\uDE3F-\uDE46\uDE9A-\uDE9C\uDE9E-\uDEA2\uDF00-\uDF09]|\uD807[\uDC41-\uDC45\uDC70\uDC71\uDEF7\uDEF8\uDF43-\uDF4F\uDFFF]|\uD809[\uDC70-\uDC74]|\uD80B[\uDFF1\uDFF2]|\uD81A[\uDE6E\uDE6F\uDEF5\uDF37-\uDF3B\uDF44]|\uD81B[\uDE97-\uDE9A\uDFE2]|\uD82F\uDC9F|\uD836[\uDE87-\uDE8B]|\uD83A[\uDD5E\uDD5F]/;
var word = /[\dA-Za-z\u00AA\u00B2\u00B3\u00B5\u00B9\u00BA\u00BC-\u00BE\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u052F\u0531-\u0556\u0559\u0560-\u0588\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05EF-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u07FD\u0800-\u082D\u0840-\u085B\u0860-\u086A\u0870-\u0887\u0889-\u088E\u0898-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u09F4-\u09F9\u09FC\u09FE\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9-\u0AFF\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B55-\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71-\u0B77\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BF2\u0C00-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3C-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C5D\u0C60-\u0C63\u0C66-\u0C6F\u0C78-\u0C7E\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDD\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1-\u0CF3\u0D00-\u0D0C\u0D0E-\u0D10\u0D12-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D63\u0D66-\u0D78\u0D7A-\u0D7F\u0D81-\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E86-\u0E8A\u0E8C-\u0EA3\u0EA5\u0EA7-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECE\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F33\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1369-\u137C\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u1715\u171F-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u17F0-\u17F9\u180B-\u180D\u180F-\u1819\u1820-\u1878\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19DA\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ACE\u1B00-\u1B4C\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1C90-\u1CBA\u1CBD-\u1CBF\u1CD0-\u1CD2\u1CD4-\u1CFA\u1D00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2070\u2071\u2074-\u2079\u207F-\u2089\u2090-\u209C\u20D0-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2150-\u2189\u2460-\u249B\u24EA-\u24FF\u2776-\u2793\u2C00-\u2CE4\u2CEB-\u2CF3\u2CFD\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312F\u3131-\u318E\u3192-\u3195\u31A0-\u31BF\u31F0-\u31FF\u3220-\u3229\u3248-\u324F\u3251-\u325F\u3280-\u3289\u32B1-\u32BF\u3400-\u4DBF\u4E00-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA672\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7CA\uA7D0\uA7D1\uA7D3\uA7D5-\uA7D9\uA7F2-\uA827\uA82C\uA830-\uA835\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB69\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD07-\uDD33\uDD40-\uDD78\uDD8A\uDD8B\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0-\uDEFB\uDF00-\uDF23\uDF2D-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDD70-\uDD7A\uDD7C-\uDD8A\uDD8C-\uDD92\uDD94\uDD95\uDD97-\uDDA1\uDDA3-\uDDB1\uDDB3-\uDDB9\uDDBB\uDDBC\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67\uDF80-\uDF85\uDF87-\uDFB0\uDFB2-\uDFBA]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC58-\uDC76\uDC79-\uDC9E\uDCA7-\uDCAF\uDCE0-\uDCF2\uDCF4\uDCF5\uDCFB-\uDD1B\uDD20-\uDD39\uDD80-\uDDB7\uDDBC-\uDDCF\uDDD2-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE35\uDE38-\uDE3A\uDE3F-\uDE48\uDE60-\uDE7E\uDE80-\uDE9F\uDEC0-\uDEC7\uDEC9-\uDEE6\uDEEB-\uDEEF\uDF00-\uDF35\uDF40-\uDF55\uDF58-\uDF72\uDF78-\uDF91\uDFA9-\uDFAF]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2\uDCFA-\uDD27\uDD30-\uDD39\uDE60-\uDE7E\uDE80-\uDEA9\uDEAB\uDEAC\uDEB0\uDEB1\uDEFD-\uDF27\uDF30-\uDF54\uDF70-\uDF85\uDFB0-\uDFCB\uDFE0-\uDFF6]|\uD804[\uDC00-\uDC46\uDC52-\uDC75\uDC7F-\uDCBA\uDCC2\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD44-\uDD47\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDC9-\uDDCC\uDDCE-\uDDDA\uDDDC\uDDE1-\uDDF4\uDE00-\uDE11\uDE13-\uDE37\uDE3E-\uDE41\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3B-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC00-\uDC4A\uDC50-\uDC59\uDC5E-\uDC61\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB8\uDEC0-\uDEC9\uDF00-\uDF1A\uDF1D-\uDF2B\uDF30-\uDF3B\uDF40-\uDF46]|\uD806[\uDC00-\uDC3A\uDCA0-\uDCF2\uDCFF-\uDD06\uDD09\uDD0C-\uDD13\uDD15\uDD16\uDD18-\uDD35\uDD37\uDD38\uDD3B-\uDD43\uDD50-\uDD59\uDDA0-\uDDA7\uDDAA-\uDDD7\uDDDA-\uDDE1\uDDE3\uDDE4\uDE00-\uDE3E\uDE47\uDE50-\uDE99\uDE9D\uDEB0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC36\uDC38-\uDC40\uDC50-\uDC6C\uDC72-\uDC8F\uDC92-\uDCA7\uDCA9-\uDCB6\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD47\uDD50-\uDD59\uDD60-\uDD65\uDD67\uDD68\uDD6A-\uDD8E\uDD90\uDD91\uDD93-\uDD98\uDDA0-\uDDA9\uDEE0-\uDEF6\uDF00-\uDF10\uDF12-\uDF3A\uDF3E-\uDF42\uDF50-\uDF59\uDFB0\uDFC0-\uDFD4]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|\uD80B[\uDF90-\uDFF0]|[\uD80C\uD81C-\uD820\uD822\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879\uD880-\uD883\uD885-\uD887][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2F\uDC40-\uDC55]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDE70-\uDEBE\uDEC0-\uDEC9\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF5B-\uDF61\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDE40-\uDE96\uDF00-\uDF4A\uDF4F-\uDF87\uDF8F-\uDF9F\uDFE0\uDFE1\uDFE3\uDFE4\uDFF0\uDFF1]|\uD821[\uDC00-\uDFF7]|\uD823[\uDC00-\uDCD5\uDD00-\uDD08]|\uD82B[\uDFF0-\uDFF3\uDFF5-\uDFFB\uDFFD\uDFFE]|\uD82C[\uDC00-\uDD22\uDD32\uDD50-\uDD52\uDD55\uDD64-\uDD67\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD833[\uDF00-\uDF2D\uDF30-\uDF46]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44\uDEC0-\uDED3\uDEE0-\uDEF3\uDF60-\uDF78]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD837[\uDF00-\uDF1E\uDF25-\uDF2A]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A\uDC30-\uDC6D\uDC8F\uDD00-\uDD2C\uDD30-\uDD3D\uDD40-\uDD49\uDD4E\uDE90-\uDEAE\uDEC0-\uDEF9]|\uD839[\uDCD0-\uDCF9\uDFE0-\uDFE6\uDFE8-\uDFEB\uDFED\uDFEE\uDFF0-\uDFFE]|\uD83A[\uDC00-\uDCC4\uDCC7-\uDCD6\uDD00-\uDD4B\uDD50-\uDD59]|\uD83B[\uDC71-\uDCAB\uDCAD-\uDCAF\uDCB1-\uDCB4\uDD01-\uDD2D\uDD2F-\uDD3D\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD83C[\uDD00-\uDD0C]|\uD83E[\uDFF0-\uDFF9]|\uD869[\uDC00-\uDEDF\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF39\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]|\uD884[\uDC00-\uDF4A\uDF50-\uDFFF]|\uD888[\uDC00-\uDFAF]|\uDB40[\uDD00-\uDDEF]/;
var whiteSpace = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

// node_modules/parse-latin/lib/plugin/merge-affix-symbol.js
var mergeAffixSymbol = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    if ("children" in child && child.children.length > 0 && index2 > 0) {
      const previous2 = parent.children[index2 - 1];
      const first = child.children[0];
      const second = child.children[1];
      if (previous2 && previous2.type === "SentenceNode" && (first.type === "SymbolNode" || first.type === "PunctuationNode") && affixSymbol.test(toString2(first))) {
        child.children.shift();
        previous2.children.push(first);
        if (first.position && previous2.position) {
          previous2.position.end = first.position.end;
        }
        if (second && second.position && child.position) {
          child.position.start = second.position.start;
        }
        return index2 - 1;
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/break-implicit-sentences.js
var breakImplicitSentences = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    if (child.type !== "SentenceNode") {
      return;
    }
    const children = child.children;
    let position3 = 0;
    while (++position3 < children.length - 1) {
      const node2 = children[position3];
      if (node2.type !== "WhiteSpaceNode" || toString2(node2).split(/\r\n|\r|\n/).length < 3) {
        continue;
      }
      child.children = children.slice(0, position3);
      const insertion = {
        type: "SentenceNode",
        children: children.slice(position3 + 1)
      };
      const tail = children[position3 - 1];
      const head = children[position3 + 1];
      parent.children.splice(index2 + 1, 0, node2, insertion);
      if (child.position && tail.position && head.position) {
        const end = child.position.end;
        child.position.end = tail.position.end;
        insertion.position = { start: head.position.start, end };
      }
      return index2 + 1;
    }
  }
);

// node_modules/parse-latin/lib/plugin/make-final-white-space-siblings.js
var makeFinalWhiteSpaceSiblings = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph | Root>}
   */
  function(child, index2, parent) {
    if ("children" in child) {
      const tail = child.children[child.children.length - 1];
      if (tail && tail.type === "WhiteSpaceNode") {
        child.children.pop();
        parent.children.splice(index2 + 1, 0, tail);
        const previous2 = child.children[child.children.length - 1];
        if (previous2 && previous2.position && child.position) {
          child.position.end = previous2.position.end;
        }
        return index2;
      }
    }
  }
);

// node_modules/unist-util-visit-children/lib/index.js
function visitChildren(visitor) {
  return visit2;
  function visit2(parent) {
    const children = parent && parent.children;
    let index2 = -1;
    if (!children) {
      throw new Error("Missing children in `parent` for `visit`");
    }
    while (++index2 in children) {
      visitor(children[index2], index2, parent);
    }
  }
}

// node_modules/parse-latin/lib/plugin/make-initial-white-space-siblings.js
var makeInitialWhiteSpaceSiblings = visitChildren(
  /**
   * @type {import('unist-util-visit-children').Visitor<Paragraph | Root>}
   */
  function(child, index2, parent) {
    if ("children" in child && child.children) {
      const head = child.children[0];
      if (head && head.type === "WhiteSpaceNode") {
        child.children.shift();
        parent.children.splice(index2, 0, head);
        const next2 = child.children[0];
        if (next2 && next2.position && child.position) {
          child.position.start = next2.position.start;
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-final-word-symbol.js
var mergeFinalWordSymbol = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Sentence>}
   */
  function(child, index2, parent) {
    if (index2 > 0 && (child.type === "SymbolNode" || child.type === "PunctuationNode") && toString2(child) === "-") {
      const children = parent.children;
      const previous2 = children[index2 - 1];
      const next2 = children[index2 + 1];
      if ((!next2 || next2.type !== "WordNode") && previous2 && previous2.type === "WordNode") {
        children.splice(index2, 1);
        previous2.children.push(child);
        if (previous2.position && child.position) {
          previous2.position.end = child.position.end;
        }
        return index2;
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-initial-digit-sentences.js
var mergeInitialDigitSentences = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    const previous2 = parent.children[index2 - 1];
    if (previous2 && previous2.type === "SentenceNode" && child.type === "SentenceNode") {
      const head = child.children[0];
      if (head && head.type === "WordNode" && digitStart.test(toString2(head))) {
        previous2.children.push(...child.children);
        parent.children.splice(index2, 1);
        if (previous2.position && child.position) {
          previous2.position.end = child.position.end;
        }
        return index2;
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-initial-lower-case-letter-sentences.js
var mergeInitialLowerCaseLetterSentences = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    if (child.type === "SentenceNode" && index2 > 0) {
      const previous2 = parent.children[index2 - 1];
      const children = child.children;
      if (children.length > 0 && previous2.type === "SentenceNode") {
        let position3 = -1;
        while (children[++position3]) {
          const node2 = children[position3];
          if (node2.type === "WordNode") {
            if (!lowerInitial.test(toString2(node2))) {
              return;
            }
            previous2.children.push(...children);
            parent.children.splice(index2, 1);
            if (previous2.position && child.position) {
              previous2.position.end = child.position.end;
            }
            return index2;
          }
          if (node2.type === "SymbolNode" || node2.type === "PunctuationNode") {
            return;
          }
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-initial-word-symbol.js
var mergeInitialWordSymbol = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Sentence>}
   */
  function(child, index2, parent) {
    if (child.type !== "SymbolNode" && child.type !== "PunctuationNode" || toString2(child) !== "&") {
      return;
    }
    const children = parent.children;
    const next2 = children[index2 + 1];
    if (index2 > 0 && children[index2 - 1].type === "WordNode" || !(next2 && next2.type === "WordNode")) {
      return;
    }
    children.splice(index2, 1);
    next2.children.unshift(child);
    if (next2.position && child.position) {
      next2.position.start = child.position.start;
    }
    return index2 - 1;
  }
);

// node_modules/parse-latin/lib/plugin/merge-initialisms.js
var mergeInitialisms = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Sentence>}
   */
  function(child, index2, parent) {
    if (index2 > 0 && child.type === "PunctuationNode" && toString2(child) === ".") {
      const previous2 = parent.children[index2 - 1];
      if (previous2.type === "WordNode" && previous2.children && previous2.children.length !== 1 && previous2.children.length % 2 !== 0) {
        let position3 = previous2.children.length;
        let isAllDigits = true;
        while (previous2.children[--position3]) {
          const otherChild = previous2.children[position3];
          const value2 = toString2(otherChild);
          if (position3 % 2 === 0) {
            if (value2.length > 1) {
              return;
            }
            if (!numerical.test(value2)) {
              isAllDigits = false;
            }
          } else if (value2 !== ".") {
            if (position3 < previous2.children.length - 2) {
              break;
            } else {
              return;
            }
          }
        }
        if (!isAllDigits) {
          parent.children.splice(index2, 1);
          previous2.children.push(child);
          if (previous2.position && child.position) {
            previous2.position.end = child.position.end;
          }
          return index2;
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-inner-word-symbol.js
var mergeInnerWordSymbol = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Sentence>}
   */
  function(child, index2, parent) {
    if (index2 > 0 && (child.type === "SymbolNode" || child.type === "PunctuationNode")) {
      const siblings = parent.children;
      const previous2 = siblings[index2 - 1];
      if (previous2 && previous2.type === "WordNode") {
        let position3 = index2 - 1;
        const tokens = [];
        let queue2 = [];
        while (siblings[++position3]) {
          const sibling = siblings[position3];
          if (sibling.type === "WordNode") {
            tokens.push(...queue2, ...sibling.children);
            queue2 = [];
          } else if ((sibling.type === "SymbolNode" || sibling.type === "PunctuationNode") && wordSymbolInner.test(toString2(sibling))) {
            queue2.push(sibling);
          } else {
            break;
          }
        }
        if (tokens.length > 0) {
          if (queue2.length > 0) {
            position3 -= queue2.length;
          }
          siblings.splice(index2, position3 - index2);
          previous2.children.push(...tokens);
          const last = tokens[tokens.length - 1];
          if (previous2.position && last.position) {
            previous2.position.end = last.position.end;
          }
          return index2;
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-inner-word-slash.js
var mergeInnerWordSlash = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Sentence>}
   */
  function(child, index2, parent) {
    const siblings = parent.children;
    const previous2 = siblings[index2 - 1];
    if (previous2 && previous2.type === "WordNode" && (child.type === "SymbolNode" || child.type === "PunctuationNode") && toString2(child) === "/") {
      const previousValue = toString2(previous2);
      let tail = child;
      const queue2 = [child];
      let count = 1;
      let nextValue = "";
      const next2 = siblings[index2 + 1];
      if (next2 && next2.type === "WordNode") {
        nextValue = toString2(next2);
        tail = next2;
        queue2.push(...next2.children);
        count++;
      }
      if (previousValue.length < 3 && (!nextValue || nextValue.length < 3)) {
        previous2.children.push(...queue2);
        siblings.splice(index2, count);
        if (previous2.position && tail.position) {
          previous2.position.end = tail.position.end;
        }
        return index2;
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-non-word-sentences.js
var mergeNonWordSentences = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    if ("children" in child) {
      let position3 = -1;
      while (child.children[++position3]) {
        if (child.children[position3].type === "WordNode") {
          return;
        }
      }
      const previous2 = parent.children[index2 - 1];
      if (previous2 && "children" in previous2) {
        previous2.children.push(...child.children);
        parent.children.splice(index2, 1);
        if (previous2.position && child.position) {
          previous2.position.end = child.position.end;
        }
        return index2;
      }
      const next2 = parent.children[index2 + 1];
      if (next2 && "children" in next2) {
        next2.children.unshift(...child.children);
        if (next2.position && child.position) {
          next2.position.start = child.position.start;
        }
        parent.children.splice(index2, 1);
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-prefix-exceptions.js
var abbreviationPrefix = new RegExp(
  "^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$"
);
var mergePrefixExceptions = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    if ("children" in child && child.children.length > 1) {
      const period = child.children[child.children.length - 1];
      if (period && (period.type === "PunctuationNode" || period.type === "SymbolNode") && toString2(period) === ".") {
        const node2 = child.children[child.children.length - 2];
        if (node2 && node2.type === "WordNode" && abbreviationPrefix.test(toString2(node2).toLowerCase())) {
          node2.children.push(period);
          child.children.pop();
          if (period.position && node2.position) {
            node2.position.end = period.position.end;
          }
          const next2 = parent.children[index2 + 1];
          if (next2 && next2.type === "SentenceNode") {
            child.children.push(...next2.children);
            parent.children.splice(index2 + 1, 1);
            if (next2.position && child.position) {
              child.position.end = next2.position.end;
            }
            return index2 - 1;
          }
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-remaining-full-stops.js
var mergeRemainingFullStops = visitChildren(
  /**
   * @type {import('unist-util-visit-children').Visitor<Paragraph>}
   */
  // eslint-disable-next-line complexity
  function(child, _, _parent) {
    if ("children" in child) {
      let position3 = child.children.length;
      let hasFoundDelimiter = false;
      while (child.children[--position3]) {
        const grandchild = child.children[position3];
        if (grandchild.type !== "SymbolNode" && grandchild.type !== "PunctuationNode") {
          if (grandchild.type === "WordNode") {
            hasFoundDelimiter = true;
          }
          continue;
        }
        if (!terminalMarker.test(toString2(grandchild))) {
          continue;
        }
        if (!hasFoundDelimiter) {
          hasFoundDelimiter = true;
          continue;
        }
        if (toString2(grandchild) !== ".") {
          continue;
        }
        const previous2 = child.children[position3 - 1];
        const next2 = child.children[position3 + 1];
        if (previous2 && previous2.type === "WordNode") {
          const nextNext = child.children[position3 + 2];
          if (next2 && nextNext && next2.type === "WhiteSpaceNode" && toString2(nextNext) === ".") {
            continue;
          }
          child.children.splice(position3, 1);
          previous2.children.push(grandchild);
          if (grandchild.position && previous2.position) {
            previous2.position.end = grandchild.position.end;
          }
          position3--;
        } else if (next2 && next2.type === "WordNode") {
          child.children.splice(position3, 1);
          next2.children.unshift(grandchild);
          if (grandchild.position && next2.position) {
            next2.position.start = grandchild.position.start;
          }
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/remove-empty-nodes.js
var removeEmptyNodes = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph | Root>}
   */
  function(child, index2, parent) {
    if ("children" in child && child.children.length === 0) {
      parent.children.splice(index2, 1);
      return index2;
    }
  }
);

// node_modules/parse-latin/lib/plugin/patch-position.js
var patchPosition = visitChildren(
  /**
   * @type {import('unist-util-visit-children').Visitor<Paragraph | Root | Sentence>}
   */
  function(child, index2, node2) {
    const siblings = node2.children;
    if (child.position && index2 < 1 && /* c8 ignore next */
    (!node2.position || !node2.position.start)) {
      patch(node2);
      node2.position.start = child.position.start;
    }
    if (child.position && index2 === siblings.length - 1 && (!node2.position || !node2.position.end)) {
      patch(node2);
      node2.position.end = child.position.end;
    }
  }
);
function patch(node2) {
  if (!node2.position) {
    node2.position = {};
  }
}

// node_modules/parse-latin/lib/index.js
var ParseLatin = class {
  /**
   * Create a new parser.
   *
   * This additionally supports `retext`-like call: where an instance is
   * created for each file, and the file is given on construction.
   *
   * @param {string | null | undefined} [doc]
   *   Value to parse (optional).
   * @param {VFile | null | undefined} [file]
   *   Corresponding file (optional).
   */
  constructor(doc, file) {
    const value2 = file || doc;
    this.doc = value2 ? String(value2) : void 0;
    this.tokenizeRootPlugins = [...this.tokenizeRootPlugins];
    this.tokenizeParagraphPlugins = [...this.tokenizeParagraphPlugins];
    this.tokenizeSentencePlugins = [...this.tokenizeSentencePlugins];
  }
  /**
   * Turn natural language into a syntax tree.
   *
   * @param {string | null | undefined} [value]
   *   Value to parse (optional).
   * @returns {Root}
   *   Tree.
   */
  parse(value2) {
    return this.tokenizeRoot(value2 || this.doc);
  }
  /**
   * Parse as a root.
   *
   * @param {string | null | undefined} [value]
   *   Value to parse (optional).
   * @returns {Root}
   *   Built tree.
   */
  tokenizeRoot(value2) {
    const paragraph2 = this.tokenizeParagraph(value2);
    const result = {
      type: "RootNode",
      children: splitNode(paragraph2, "WhiteSpaceNode", newLine)
    };
    let index2 = -1;
    while (this.tokenizeRootPlugins[++index2]) {
      this.tokenizeRootPlugins[index2](result);
    }
    return result;
  }
  /**
   * Parse as a paragraph.
   *
   * @param {string | null | undefined} [value]
   *   Value to parse (optional).
   * @returns {Paragraph}
   *   Built tree.
   */
  tokenizeParagraph(value2) {
    const sentence = this.tokenizeSentence(value2);
    const result = {
      type: "ParagraphNode",
      children: splitNode(sentence, "PunctuationNode", terminalMarker)
    };
    let index2 = -1;
    while (this.tokenizeParagraphPlugins[++index2]) {
      this.tokenizeParagraphPlugins[index2](result);
    }
    return result;
  }
  /**
   * Parse as a sentence.
   *
   * @param {string | null | undefined} [value]
   *   Value to parse (optional).
   * @returns {Sentence}
   *   Built tree.
   */
  tokenizeSentence(value2) {
    const children = this.tokenize(value2);
    const result = { type: "SentenceNode", children };
    let index2 = -1;
    while (this.tokenizeSentencePlugins[++index2]) {
      this.tokenizeSentencePlugins[index2](result);
    }
    return result;
  }
  /**
   *  Transform a `value` into a list of nlcsts.
   *
   * @param {string | null | undefined} [value]
   *   Value to parse (optional).
   * @returns {Array<SentenceContent>}
   *   Built sentence content.
   */
  tokenize(value2) {
    const children = [];
    if (!value2) {
      return children;
    }
    const currentPoint = { line: 1, column: 1, offset: 0 };
    let from = 0;
    let index2 = 0;
    let start = { ...currentPoint };
    let previousType;
    let previous2;
    while (index2 < value2.length) {
      const current = value2.charAt(index2);
      const currentType = whiteSpace.test(current) ? "WhiteSpaceNode" : punctuation.test(current) ? "PunctuationNode" : word.test(current) ? "WordNode" : "SymbolNode";
      if (from < index2 && previousType && currentType && !(previousType === currentType && // Words or white space continue.
      (previousType === "WordNode" || previousType === "WhiteSpaceNode" || // Same character of punctuation or symbol also continues.
      current === previous2 || // Surrogates of  punctuation or symbol also continue.
      surrogates.test(current)))) {
        children.push(createNode(previousType, value2.slice(from, index2)));
        from = index2;
        start = { ...currentPoint };
      }
      if (current === "\r" || current === "\n" && previous2 !== "\r") {
        currentPoint.line++;
        currentPoint.column = 1;
      } else if (current !== "\n") {
        currentPoint.column++;
      }
      currentPoint.offset++;
      previousType = currentType;
      previous2 = current;
      index2++;
    }
    if (previousType && from < index2) {
      children.push(createNode(previousType, value2.slice(from, index2)));
    }
    return children;
    function createNode(type, value3) {
      return type === "WordNode" ? {
        type: "WordNode",
        children: [
          {
            type: "TextNode",
            value: value3,
            position: { start, end: { ...currentPoint } }
          }
        ],
        position: { start, end: { ...currentPoint } }
      } : { type, value: value3, position: { start, end: { ...currentPoint } } };
    }
  }
};
ParseLatin.prototype.tokenizeSentencePlugins = [
  mergeInitialWordSymbol,
  mergeFinalWordSymbol,
  mergeInnerWordSymbol,
  mergeInnerWordSlash,
  mergeInitialisms,
  patchPosition
];
ParseLatin.prototype.tokenizeParagraphPlugins = [
  mergeNonWordSentences,
  mergeAffixSymbol,
  mergeInitialLowerCaseLetterSentences,
  mergeInitialDigitSentences,
  mergePrefixExceptions,
  mergeAffixExceptions,
  mergeRemainingFullStops,
  makeInitialWhiteSpaceSiblings,
  makeFinalWhiteSpaceSiblings,
  breakImplicitSentences,
  removeEmptyNodes,
  patchPosition
];
ParseLatin.prototype.tokenizeRootPlugins = [
  makeInitialWhiteSpaceSiblings,
  makeFinalWhiteSpaceSiblings,
  removeEmptyNodes,
  patchPosition
];
function splitNode(node2, childType, expression) {
  const result = [];
  let index2 = -1;
  let start = 0;
  while (++index2 < node2.children.length) {
    const token2 = node2.children[index2];
    if (index2 === node2.children.length - 1 || token2.type === childType && expression.test(toString2(token2))) {
      const parent = {
        type: node2.type,
        children: node2.children.slice(start, index2 + 1)
      };
      const first = node2.children[start];
      const last = token2;
      if (first.position && last.position) {
        parent.position = {
          start: first.position.start,
          end: last.position.end
        };
      }
      result.push(parent);
      start = index2 + 1;
    }
  }
  return result;
}

// src/bridge/units.ts
var units = /* @__PURE__ */ new WeakMap();
function blockOf(node2) {
  return units.get(node2)?.block;
}
function mappedOf(node2) {
  return units.get(node2)?.mapped;
}

// node_modules/vfile-location/lib/index.js
function location(file) {
  const value2 = String(file);
  const indices = [];
  let cr = -1;
  let lf = -1;
  return { toOffset, toPoint };
  function grow() {
    const from = indices.at(-1) ?? 0;
    if (cr < from) {
      cr = value2.indexOf("\r", from);
      if (cr === -1) cr = Infinity;
    }
    if (lf < from) {
      lf = value2.indexOf("\n", from);
      if (lf === -1) lf = Infinity;
    }
    const eol = cr + 1 === lf ? lf : Math.min(cr, lf);
    indices.push((eol === Infinity ? value2.length : eol) + 1);
  }
  function toPoint(offset) {
    if (typeof offset === "number" && offset > -1 && offset <= value2.length) {
      while ((indices.at(-1) ?? 0) <= offset) grow();
      let low = 0;
      let high = indices.length - 1;
      while (low < high) {
        const middle = Math.floor((low + high) / 2);
        if (indices[middle] > offset) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      return {
        line: low + 1,
        column: offset - (low > 0 ? indices[low - 1] : 0) + 1,
        offset
      };
    }
  }
  function toOffset(point4) {
    if (point4 && typeof point4.line === "number" && typeof point4.column === "number" && !Number.isNaN(point4.line) && // Excludes `NaN` too.
    point4.column > 0) {
      while (indices.length < point4.line && (indices.at(-1) ?? 0) <= value2.length) {
        grow();
      }
      const offset = (point4.line > 1 ? indices[point4.line - 2] : 0) + point4.column - 1;
      if (offset < indices[point4.line - 1]) return offset;
    }
  }
}

// src/parse/place.ts
var places = /* @__PURE__ */ new WeakMap();
function placeOf(file) {
  const value2 = String(file.value ?? "");
  let cached = places.get(file);
  if (!cached || cached.value !== value2) places.set(file, cached = { value: value2, place: location(file) });
  return cached.place;
}

// src/text/search.ts
function firstIndex(length, reached) {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = low + high >> 1;
    if (reached(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

// src/bridge/mapped-text.ts
var mappedCache = /* @__PURE__ */ new WeakMap();
function mapText(node2) {
  let mapped = node2.type === "ParagraphNode" && mappedOf(node2) || mappedCache.get(node2);
  if (!mapped) mappedCache.set(node2, mapped = map(node2));
  return mapped;
}
function map(node2) {
  const result = { text: "", at: [], offsets: [] };
  const parts = [];
  let length = 0;
  visit2(node2);
  result.text = parts.join("");
  return result;
  function visit2(current) {
    if ("children" in current) {
      for (const child of current.children) visit2(child);
      return;
    }
    const value2 = current.type === "SourceNode" ? " ".repeat(current.value.length) : current.value;
    const offset = current.position?.start.offset;
    if (offset === void 0) return;
    result.at.push(length);
    result.offsets.push(offset);
    parts.push(value2);
    length += value2.length;
    const end = current.position?.end.offset;
    if (end !== void 0 && end - offset !== value2.length) {
      result.at.push(length);
      result.offsets.push(end);
    }
  }
}
function offsetOf(mapped, i) {
  if (mapped.at.length === 0) return 0;
  const leaf = Math.max(0, firstIndex(mapped.at.length, (k) => mapped.at[k] > i) - 1);
  return mapped.offsets[leaf] + (i - mapped.at[leaf]);
}
function pointOf(file, mapped, i) {
  const length = String(file.value ?? "").length;
  const offset = Math.max(0, Math.min(offsetOf(mapped, i), length));
  return placeOf(file).toPoint(offset) ?? { line: 1, column: 1, offset: 0 };
}

// src/bridge/paragraphs.ts
var cache = /* @__PURE__ */ new WeakMap();
function paragraphs(tree, blocks) {
  const cached = cache.get(tree);
  if (cached && cached.blocks === blocks) return cached.groups;
  const groups = group(tree, blocks);
  cache.set(tree, { blocks, groups });
  return groups;
}
function group(tree, blocks) {
  const groups = [];
  let pending = [];
  for (const child of tree.children) {
    if (child.type === "WhiteSpaceNode") {
      pending.push(child);
      continue;
    }
    if (child.type !== "ParagraphNode") continue;
    const lazy = blockOf(child);
    if (lazy) {
      groups.push({ block: lazy, node: child });
      pending = [];
      continue;
    }
    const offset = child.position?.start.offset;
    const block = offset === void 0 ? void 0 : blockAt(blocks, offset);
    const last = groups.at(-1);
    if (last && block && last.block === block) extendGroup(last.node, pending, child);
    else groups.push({ block, node: startGroup(child) });
    pending = [];
  }
  return groups;
}
function startGroup(child) {
  return { type: "ParagraphNode", children: [...child.children], position: child.position };
}
function extendGroup(group2, between2, child) {
  for (const node2 of between2) group2.children.push(node2);
  for (const node2 of child.children) group2.children.push(node2);
  if (child.position && group2.position) group2.position = { start: group2.position.start, end: child.position.end };
}
function blockAt(blocks, offset) {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const mid = low + high >> 1;
    const block = blocks[mid];
    if ((block.end.offset ?? 0) < offset) low = mid + 1;
    else if ((block.start.offset ?? 0) > offset) high = mid - 1;
    else return block;
  }
  return void 0;
}
function mayHold(group2, pattern) {
  const block = group2.block;
  return block && !block.alt ? pattern.test(block.text) : pattern.test(mapText(group2.node).text);
}

// node_modules/unist-util-position/lib/index.js
var pointEnd = point3("end");
var pointStart = point3("start");
function point3(type) {
  return point4;
  function point4(node2) {
    const point5 = node2 && node2.position && node2.position[type] || {};
    if (typeof point5.line === "number" && point5.line > 0 && typeof point5.column === "number" && point5.column > 0) {
      return {
        line: point5.line,
        column: point5.column,
        offset: typeof point5.offset === "number" && point5.offset > -1 ? point5.offset : void 0
      };
    }
  }
}

// src/text/source-map.ts
var reference = /&(?:#[xX]([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([A-Za-z0-9]{1,31}));/y;
function sourceMap(doc, value2, start, end) {
  const map2 = { at: [0], offsets: [start] };
  const mark2 = (at, offset) => {
    const last = map2.at.length - 1;
    if (map2.at[last] === at && map2.offsets[last] === offset) return;
    map2.at.push(at);
    map2.offsets.push(offset);
  };
  let s = start;
  let v = 0;
  let decodes = false;
  while (v < value2.length) {
    if (s >= end) return void 0;
    const code = doc.charCodeAt(s);
    let decoded;
    let length = 0;
    if (code === 92 && s + 1 < end && asciiPunctuation(doc.charCodeAt(s + 1))) {
      decoded = doc.charAt(s + 1);
      length = 2;
    } else if (code === 38) {
      reference.lastIndex = s;
      const match = reference.exec(doc);
      if (match && match.index + match[0].length <= end) {
        const named = match[3] === void 0 ? void 0 : decodeNamedCharacterReference(match[3]);
        decoded = match[1] !== void 0 ? decodeNumericCharacterReference(match[1], 16) : match[2] !== void 0 ? decodeNumericCharacterReference(match[2], 10) : named || void 0;
        length = match[0].length;
      }
    }
    if (decoded !== void 0 && value2.startsWith(decoded, v)) {
      decodes = true;
      mark2(v, s);
      v += decoded.length;
      s += length;
      mark2(v, s);
    } else if (value2.charCodeAt(v) === code) {
      v++;
      s++;
    } else if ((code === 32 || code === 9) && (value2.charCodeAt(v) === 10 || value2.charCodeAt(v) === 13)) {
      mark2(v, s);
      while (doc.charCodeAt(s) === 32 || doc.charCodeAt(s) === 9) s++;
      mark2(v, s);
    } else return void 0;
  }
  if (s !== end || !decodes) return void 0;
  mark2(value2.length, end);
  return map2;
}
function textMap(doc, value2, start, end) {
  return start !== void 0 && end !== void 0 && end - start > value2.length ? sourceMap(doc, value2, start, end) : void 0;
}
function startOffset(map2, i) {
  let k = map2.at.length - 1;
  while (k > 0 && map2.at[k] > i) k--;
  return map2.offsets[k] + (i - map2.at[k]);
}
function endOffset(map2, i) {
  let k = map2.at.length - 1;
  while (k > 0 && map2.at[k] >= i) k--;
  if (map2.at[k] >= i) return map2.offsets[k];
  return k + 1 < map2.at.length && map2.at[k + 1] === i ? map2.offsets[k + 1] : map2.offsets[k] + (i - map2.at[k]);
}

// src/bridge/to-nlcst.ts
var ignore = /* @__PURE__ */ new Set(["table", "tableRow", "tableCell"]);
var source = /* @__PURE__ */ new Set(["inlineCode"]);
var newLine2 = /^[ \t]*((\r?\n|\r)[\t ]*)+$/;
var terminalMarker2 = /^([!.?\u2026\u203D]+)$/;
function blocksToNlcst(state, nodes) {
  return sentenceContentToRoot(state, tokenize(state, pieces(state, nodes)));
}
function pieces(state, nodes) {
  const result = [];
  all2(state, nodes, result);
  return result;
}
function sentenceContentToRoot(state, nodes) {
  if (nodes.length === 0) return { type: "RootNode", children: [] };
  const start = pointStart(nodes[0]);
  const end = pointEnd(nodes[nodes.length - 1]);
  const sentence = { type: "SentenceNode", children: nodes };
  if (start && start.line && end && end.line) sentence.position = { start, end };
  for (const plugin of state.parser.tokenizeSentencePlugins) plugin(sentence);
  const paragraph2 = { type: "ParagraphNode", children: splitNode2(sentence, "PunctuationNode", terminalMarker2) };
  if (start && start.line && end && end.line) paragraph2.position = { start: { ...start }, end: { ...end } };
  for (const plugin of state.parser.tokenizeParagraphPlugins) plugin(paragraph2);
  const root = { type: "RootNode", children: splitNode2(paragraph2, "WhiteSpaceNode", newLine2) };
  if (start && start.line && end && end.line) root.position = { start: { ...start }, end: { ...end } };
  for (const plugin of state.parser.tokenizeRootPlugins) plugin(root);
  return root;
}
function tokenize(state, list3) {
  const results = [];
  for (const piece of list3) {
    const nodes = piece.kind === "text" ? state.parser.tokenize(piece.value) : piece.kind === "source" ? [{ type: "SourceNode", value: piece.value }] : [{ type: "WhiteSpaceNode", value: "\n".repeat(piece.span) }];
    patch2(state, nodes, piece.offset, piece.map, 0);
    if (piece.kind === "space") nodes[0].value = piece.value;
    for (const node2 of nodes) results.push(node2);
  }
  return results;
}
function all2(state, children, out) {
  let end;
  for (const child of children) {
    const start = pointStart(child);
    if (end && typeof end.line === "number" && start && start.line > end.line) {
      const span2 = start.line - end.line;
      out.push({ kind: "space", value: span2 < 2 ? "\n\n" : "\n".repeat(span2), offset: end.offset, span: span2 });
    }
    one2(state, child, out);
    end = pointEnd(child);
  }
}
function one2(state, node2, out) {
  if (ignore.has(node2.type)) return;
  const start = node2.position ? node2.position.start.offset : void 0;
  const end = node2.position ? node2.position.end.offset : void 0;
  if (source.has(node2.type)) {
    if (start !== void 0 && end !== void 0) out.push({ kind: "source", value: state.doc.slice(start, end), offset: start, span: end - start });
  } else if ("children" in node2) {
    all2(state, node2.children, out);
  } else if (node2.type === "image" || node2.type === "imageReference") {
    if (node2.alt) out.push({ kind: "text", value: node2.alt, offset: typeof start === "number" ? start + 2 : void 0, span: node2.alt.length });
  } else if (node2.type === "break") {
    out.push({ kind: "space", value: "\n", offset: start, span: 1 });
  } else if (node2.type === "text") {
    const map2 = textMap(state.doc, node2.value, start, end);
    out.push(map2 ? { kind: "text", value: node2.value, offset: start, span: end - start, map: map2 } : { kind: "text", value: node2.value, offset: start, span: node2.value.length });
  }
}
function patch2(state, nodes, offset, map2, from) {
  let start = from;
  for (const node2 of nodes) {
    if ("children" in node2) patch2(state, node2.children, offset, map2, start);
    const end = start + toString2(node2).length;
    const startPoint = state.place.toPoint(map2 ? startOffset(map2, start) : offset === void 0 ? void 0 : offset + start);
    const endPoint = state.place.toPoint(map2 ? endOffset(map2, end) : offset === void 0 ? void 0 : offset + end);
    node2.position = startPoint && endPoint ? { start: startPoint, end: endPoint } : void 0;
    start = end;
  }
}
function splitNode2(node2, childType, expression) {
  const result = [];
  let start = 0;
  const children = node2.children;
  for (let index2 = 0; index2 < children.length; index2++) {
    const token2 = children[index2];
    if (index2 === children.length - 1 || token2.type === childType && expression.test(toString2(token2))) {
      const parent = { type: node2.type, children: children.slice(start, index2 + 1) };
      const first = children[start];
      if (first.position && token2.position) parent.position = { start: first.position.start, end: token2.position.end };
      result.push(parent);
      start = index2 + 1;
    }
  }
  return result;
}

// src/bridge/lazy-tree.ts
var whiteSpace2 = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
function isWhiteSpace(code) {
  return code >= 9 && code <= 13 || code === 32 || code === 133 || code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288;
}
var notWhiteSpace = new RegExp("[^" + whiteSpace2.source.slice(1));
function lazyTree(tree, state, blocks) {
  const root = { type: "RootNode", children: [] };
  let run = [];
  let runBlock;
  walk(tree);
  flush();
  if (tree.position) root.position = { start: { ...tree.position.start }, end: { ...tree.position.end } };
  return root;
  function walk(node2) {
    for (const child of node2.children) {
      if (ignore.has(child.type)) continue;
      if (child.type === "paragraph" || child.type === "heading") {
        const offset = child.position?.start.offset;
        const block = offset === void 0 ? void 0 : blockAt(blocks, offset);
        if (!(block && block === runBlock)) flush();
        run.push(child);
        runBlock = block;
      } else if ("children" in child) {
        walk(child);
      }
    }
  }
  function flush() {
    if (run.length === 0) return;
    const nodes = run;
    const block = runBlock;
    run = [];
    runBlock = void 0;
    const mapped = block && safeMapped(state, nodes);
    if (block && mapped) {
      root.children.push(lazyParagraph({ state, nodes, block, mapped }));
    } else {
      for (const child of blocksToNlcst(state, nodes).children) root.children.push(child);
    }
  }
}
function lazyParagraph(unit) {
  const node2 = { type: "ParagraphNode" };
  const materialize = () => {
    const { children, position: position3 } = join(blocksToNlcst(unit.state, unit.nodes).children);
    Object.defineProperty(node2, "children", { value: children, writable: true, enumerable: true, configurable: true });
    Object.defineProperty(node2, "position", { value: position3, writable: true, enumerable: true, configurable: true });
  };
  for (const key of ["children", "position"]) {
    Object.defineProperty(node2, key, {
      enumerable: true,
      configurable: true,
      get() {
        materialize();
        return node2[key];
      },
      set(value2) {
        units.delete(node2);
        Object.defineProperty(node2, key, { value: value2, writable: true, enumerable: true, configurable: true });
      }
    });
  }
  units.set(node2, unit);
  return node2;
}
function join(children) {
  let result;
  let pending = [];
  for (const child of children) {
    if (child.type === "WhiteSpaceNode") {
      pending.push(child);
      continue;
    }
    if (child.type !== "ParagraphNode") continue;
    if (result) extendGroup(result, pending, child);
    else result = startGroup(child);
    pending = [];
  }
  return { children: result?.children ?? [], position: result?.position };
}
function safeMapped(state, nodes) {
  const mapped = { text: "", at: [], offsets: [] };
  const parts = [];
  let length = 0;
  let prose = false;
  let head;
  let tail;
  for (const piece of pieces(state, nodes)) {
    if (piece.offset === void 0) continue;
    if (piece.offset + piece.span > state.doc.length) return void 0;
    const source2 = piece.kind === "source";
    const value2 = source2 ? " ".repeat(piece.value.length) : piece.value;
    if (piece.map) {
      for (let k = 0; k < piece.map.at.length; k++) {
        mapped.at.push(length + piece.map.at[k]);
        mapped.offsets.push(piece.map.offsets[k]);
      }
    } else {
      mapped.at.push(length);
      mapped.offsets.push(piece.offset);
    }
    parts.push(value2);
    length += value2.length;
    if (!prose && !source2 && notWhiteSpace.test(piece.value)) prose = true;
    head ??= piece;
    tail = piece;
  }
  if (!prose || !head || !tail) return void 0;
  if (head.kind !== "source" && whiteSpace2.test(head.value.charAt(0)) || tail.kind !== "source" && whiteSpace2.test(tail.value.charAt(tail.value.length - 1))) return void 0;
  mapped.text = parts.join("");
  return mapped;
}

// src/bridge/index.ts
var WINDOW = 2e3;
function copydeskBridge(destination) {
  const processor = destination.freeze();
  return async function(tree, file) {
    const parser = new ParseLatin();
    add(parser.tokenizeParagraphPlugins, processor.data("nlcstParagraphExtensions"));
    add(parser.tokenizeRootPlugins, processor.data("nlcstRootExtensions"));
    add(parser.tokenizeSentencePlugins, processor.data("nlcstSentenceExtensions"));
    parser.tokenizeSentencePlugins = [windowed(parser.tokenizeSentencePlugins, sentenceCut)];
    parser.tokenizeParagraphPlugins = [windowed(linearBreaks(parser.tokenizeParagraphPlugins), paragraphCut)];
    parser.tokenizeRootPlugins = [windowed(parser.tokenizeRootPlugins, () => true)];
    const state = { doc: String(file.value ?? ""), place: placeOf(file), parser };
    await processor.run(lazyTree(tree, state, file.data.copydesk?.blocks ?? []), file);
  };
}
function add(list3, values) {
  if (Array.isArray(values)) list3.unshift(...values);
}
function windowed(plugins, safeCut) {
  return function(node2) {
    const children = node2.children;
    if (children.length <= WINDOW) {
      for (const plugin of plugins) plugin(node2);
      return;
    }
    const result = [];
    let from = 0;
    while (from < children.length) {
      let to = Math.min(children.length, from + WINDOW);
      for (let k = to; k < children.length && k < to + WINDOW; k++) {
        if (safeCut(children, k)) {
          to = k;
          break;
        }
      }
      const part = { ...node2, children: children.slice(from, to) };
      for (const plugin of plugins) plugin(part);
      result.push(...part.children);
      from = to;
    }
    node2.children = result;
    const first = result[0]?.position;
    const last = result.at(-1)?.position;
    if (node2.position && first && last) node2.position = { start: { ...first.start }, end: { ...last.end } };
  };
}
function sentenceCut(children, index2) {
  return children[index2].type === "WhiteSpaceNode";
}
function paragraphCut(children, index2) {
  const sentence = children[index2];
  const previous2 = children[index2 - 1];
  if (sentence.type !== "SentenceNode" || previous2?.type !== "SentenceNode") return false;
  let k = 0;
  while (sentence.children[k]?.type === "WhiteSpaceNode") k++;
  const word2 = sentence.children[k];
  if (word2?.type !== "WordNode") return false;
  const text3 = word2.children[0];
  return text3?.type === "TextNode" && new RegExp("^\\p{Lu}\\p{Ll}", "u").test(text3.value) && !endsWithAbbreviation(previous2);
}
function endsWithAbbreviation(sentence) {
  const words2 = sentence.children.filter((child) => child.type === "WordNode");
  const last = words2.at(-1);
  if (!last) return true;
  const value2 = last.children.map((child) => "value" in child ? child.value : "").join("");
  return value2.length <= 3;
}
function linearBreaks(plugins) {
  return plugins.map((plugin) => plugin === breakImplicitSentences2 ? breakAtBlankLines : plugin);
}
function breakAtBlankLines(paragraph2) {
  const result = [];
  for (const child of paragraph2.children) {
    result.push(child);
    if (child.type !== "SentenceNode") continue;
    const children = child.children;
    let current = child;
    let start = 0;
    for (let position3 = 1; position3 < children.length - 1; position3++) {
      const node2 = children[position3];
      if (position3 === start || node2.type !== "WhiteSpaceNode" || !isBlankLine(node2)) continue;
      current.children = children.slice(start, position3);
      const insertion = { type: "SentenceNode", children: [] };
      const tail = children[position3 - 1];
      const head = children[position3 + 1];
      if (current.position && tail.position && head.position) {
        const end = current.position.end;
        current.position.end = tail.position.end;
        insertion.position = { start: head.position.start, end };
      }
      result.push(node2, insertion);
      current = insertion;
      start = position3 + 1;
    }
    if (current !== child) current.children = children.slice(start);
  }
  paragraph2.children = result;
}
function isBlankLine(node2) {
  const value2 = node2.value;
  let breaks = 0;
  for (let i = 0; i < value2.length; i++) {
    const c = value2.charCodeAt(i);
    if (c === 13) {
      if (value2.charCodeAt(i + 1) === 10) i++;
      breaks++;
    } else if (c === 10) {
      breaks++;
    }
    if (breaks >= 2) return true;
  }
  return false;
}
var breakImplicitSentences2 = ParseLatin.prototype.tokenizeParagraphPlugins.find((plugin) => {
  const word2 = (value2) => ({ type: "WordNode", children: [{ type: "TextNode", value: value2 }] });
  const probe = {
    type: "ParagraphNode",
    children: [{ type: "SentenceNode", children: [word2("a"), { type: "WhiteSpaceNode", value: "\n\n" }, word2("b")] }]
  };
  plugin(probe);
  return probe.children.length === 3;
});

// node_modules/bail/index.js
function bail(error) {
  if (error) {
    throw error;
  }
}

// node_modules/unified/lib/index.js
var import_extend = __toESM(require_extend(), 1);

// node_modules/is-plain-obj/index.js
function isPlainObject(value2) {
  if (typeof value2 !== "object" || value2 === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value2);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value2) && !(Symbol.iterator in value2);
}

// node_modules/trough/lib/index.js
function trough() {
  const fns = [];
  const pipeline = { run, use };
  return pipeline;
  function run(...values) {
    let middlewareIndex = -1;
    const callback = values.pop();
    if (typeof callback !== "function") {
      throw new TypeError("Expected function as last argument, not " + callback);
    }
    next2(null, ...values);
    function next2(error, ...output) {
      const fn = fns[++middlewareIndex];
      let index2 = -1;
      if (error) {
        callback(error);
        return;
      }
      while (++index2 < values.length) {
        if (output[index2] === null || output[index2] === void 0) {
          output[index2] = values[index2];
        }
      }
      values = output;
      if (fn) {
        wrap(fn, next2)(...output);
      } else {
        callback(null, ...output);
      }
    }
  }
  function use(middelware) {
    if (typeof middelware !== "function") {
      throw new TypeError(
        "Expected `middelware` to be a function, not " + middelware
      );
    }
    fns.push(middelware);
    return pipeline;
  }
}
function wrap(middleware, callback) {
  let called;
  return wrapped;
  function wrapped(...parameters) {
    const fnExpectsCallback = middleware.length > parameters.length;
    let result;
    if (fnExpectsCallback) {
      parameters.push(done);
    }
    try {
      result = middleware.apply(this, parameters);
    } catch (error) {
      const exception = (
        /** @type {Error} */
        error
      );
      if (fnExpectsCallback && called) {
        throw exception;
      }
      return done(exception);
    }
    if (!fnExpectsCallback) {
      if (result && result.then && typeof result.then === "function") {
        result.then(then, done);
      } else if (result instanceof Error) {
        done(result);
      } else {
        then(result);
      }
    }
  }
  function done(error, ...output) {
    if (!called) {
      called = true;
      callback(error, ...output);
    }
  }
  function then(value2) {
    done(null, value2);
  }
}

// node_modules/unified/lib/callable-instance.js
var CallableInstance = (
  /**
   * @type {new <Parameters extends Array<unknown>, Result>(property: string | symbol) => (...parameters: Parameters) => Result}
   */
  /** @type {unknown} */
  /**
   * @this {Function}
   * @param {string | symbol} property
   * @returns {(...parameters: Array<unknown>) => unknown}
   */
  (function(property) {
    const self = this;
    const constr = self.constructor;
    const proto = (
      /** @type {Record<string | symbol, Function>} */
      // Prototypes do exist.
      // type-coverage:ignore-next-line
      constr.prototype
    );
    const value2 = proto[property];
    const apply = function() {
      return value2.apply(apply, arguments);
    };
    Object.setPrototypeOf(apply, proto);
    return apply;
  })
);

// node_modules/unified/lib/index.js
var own5 = {}.hasOwnProperty;
var Processor = class _Processor extends CallableInstance {
  /**
   * Create a processor.
   */
  constructor() {
    super("copy");
    this.Compiler = void 0;
    this.Parser = void 0;
    this.attachers = [];
    this.compiler = void 0;
    this.freezeIndex = -1;
    this.frozen = void 0;
    this.namespace = {};
    this.parser = void 0;
    this.transformers = trough();
  }
  /**
   * Copy a processor.
   *
   * @deprecated
   *   This is a private internal method and should not be used.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   New *unfrozen* processor ({@linkcode Processor}) that is
   *   configured to work the same as its ancestor.
   *   When the descendant processor is configured in the future it does not
   *   affect the ancestral processor.
   */
  copy() {
    const destination = (
      /** @type {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>} */
      new _Processor()
    );
    let index2 = -1;
    while (++index2 < this.attachers.length) {
      const attacher = this.attachers[index2];
      destination.use(...attacher);
    }
    destination.data((0, import_extend.default)(true, {}, this.namespace));
    return destination;
  }
  /**
   * Configure the processor with info available to all plugins.
   * Information is stored in an object.
   *
   * Typically, options can be given to a specific plugin, but sometimes it
   * makes sense to have information shared with several plugins.
   * For example, a list of HTML elements that are self-closing, which is
   * needed during all phases.
   *
   * > **Note**: setting information cannot occur on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * > **Note**: to register custom data in TypeScript, augment the
   * > {@linkcode Data} interface.
   *
   * @example
   *   This example show how to get and set info:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   const processor = unified().data('alpha', 'bravo')
   *
   *   processor.data('alpha') // => 'bravo'
   *
   *   processor.data() // => {alpha: 'bravo'}
   *
   *   processor.data({charlie: 'delta'})
   *
   *   processor.data() // => {charlie: 'delta'}
   *   ```
   *
   * @template {keyof Data} Key
   *
   * @overload
   * @returns {Data}
   *
   * @overload
   * @param {Data} dataset
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Key} key
   * @returns {Data[Key]}
   *
   * @overload
   * @param {Key} key
   * @param {Data[Key]} value
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @param {Data | Key} [key]
   *   Key to get or set, or entire dataset to set, or nothing to get the
   *   entire dataset (optional).
   * @param {Data[Key]} [value]
   *   Value to set (optional).
   * @returns {unknown}
   *   The current processor when setting, the value at `key` when getting, or
   *   the entire dataset when getting without key.
   */
  data(key, value2) {
    if (typeof key === "string") {
      if (arguments.length === 2) {
        assertUnfrozen("data", this.frozen);
        this.namespace[key] = value2;
        return this;
      }
      return own5.call(this.namespace, key) && this.namespace[key] || void 0;
    }
    if (key) {
      assertUnfrozen("data", this.frozen);
      this.namespace = key;
      return this;
    }
    return this.namespace;
  }
  /**
   * Freeze a processor.
   *
   * Frozen processors are meant to be extended and not to be configured
   * directly.
   *
   * When a processor is frozen it cannot be unfrozen.
   * New processors working the same way can be created by calling the
   * processor.
   *
   * It’s possible to freeze processors explicitly by calling `.freeze()`.
   * Processors freeze automatically when `.parse()`, `.run()`, `.runSync()`,
   * `.stringify()`, `.process()`, or `.processSync()` are called.
   *
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   The current processor.
   */
  freeze() {
    if (this.frozen) {
      return this;
    }
    const self = (
      /** @type {Processor} */
      /** @type {unknown} */
      this
    );
    while (++this.freezeIndex < this.attachers.length) {
      const [attacher, ...options] = this.attachers[this.freezeIndex];
      if (options[0] === false) {
        continue;
      }
      if (options[0] === true) {
        options[0] = void 0;
      }
      const transformer = attacher.call(self, ...options);
      if (typeof transformer === "function") {
        this.transformers.use(transformer);
      }
    }
    this.frozen = true;
    this.freezeIndex = Number.POSITIVE_INFINITY;
    return this;
  }
  /**
   * Parse text to a syntax tree.
   *
   * > **Note**: `parse` freezes the processor if not already *frozen*.
   *
   * > **Note**: `parse` performs the parse phase, not the run phase or other
   * > phases.
   *
   * @param {Compatible | undefined} [file]
   *   file to parse (optional); typically `string` or `VFile`; any value
   *   accepted as `x` in `new VFile(x)`.
   * @returns {ParseTree extends undefined ? Node : ParseTree}
   *   Syntax tree representing `file`.
   */
  parse(file) {
    this.freeze();
    const realFile = vfile(file);
    const parser = this.parser || this.Parser;
    assertParser("parse", parser);
    return parser(String(realFile), realFile);
  }
  /**
   * Process the given file as configured on the processor.
   *
   * > **Note**: `process` freezes the processor if not already *frozen*.
   *
   * > **Note**: `process` performs the parse, run, and stringify phases.
   *
   * @overload
   * @param {Compatible | undefined} file
   * @param {ProcessCallback<VFileWithOutput<CompileResult>>} done
   * @returns {undefined}
   *
   * @overload
   * @param {Compatible | undefined} [file]
   * @returns {Promise<VFileWithOutput<CompileResult>>}
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`]; any value accepted as
   *   `x` in `new VFile(x)`.
   * @param {ProcessCallback<VFileWithOutput<CompileResult>> | undefined} [done]
   *   Callback (optional).
   * @returns {Promise<VFile> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise a promise, rejected with a fatal error or resolved with the
   *   processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  process(file, done) {
    const self = this;
    this.freeze();
    assertParser("process", this.parser || this.Parser);
    assertCompiler("process", this.compiler || this.Compiler);
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve, reject) {
      const realFile = vfile(file);
      const parseTree = (
        /** @type {HeadTree extends undefined ? Node : HeadTree} */
        /** @type {unknown} */
        self.parse(realFile)
      );
      self.run(parseTree, realFile, function(error, tree, file2) {
        if (error || !tree || !file2) {
          return realDone(error);
        }
        const compileTree = (
          /** @type {CompileTree extends undefined ? Node : CompileTree} */
          /** @type {unknown} */
          tree
        );
        const compileResult = self.stringify(compileTree, file2);
        if (looksLikeAValue(compileResult)) {
          file2.value = compileResult;
        } else {
          file2.result = compileResult;
        }
        realDone(
          error,
          /** @type {VFileWithOutput<CompileResult>} */
          file2
        );
      });
      function realDone(error, file2) {
        if (error || !file2) {
          reject(error);
        } else if (resolve) {
          resolve(file2);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, file2);
        }
      }
    }
  }
  /**
   * Process the given file as configured on the processor.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `processSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `processSync` performs the parse, run, and stringify phases.
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`; any value accepted as
   *   `x` in `new VFile(x)`.
   * @returns {VFileWithOutput<CompileResult>}
   *   The processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  processSync(file) {
    let complete = false;
    let result;
    this.freeze();
    assertParser("processSync", this.parser || this.Parser);
    assertCompiler("processSync", this.compiler || this.Compiler);
    this.process(file, realDone);
    assertDone("processSync", "process", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, file2) {
      complete = true;
      bail(error);
      result = file2;
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * > **Note**: `run` freezes the processor if not already *frozen*.
   *
   * > **Note**: `run` performs the run phase, not other phases.
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} file
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} [file]
   * @returns {Promise<TailTree extends undefined ? Node : TailTree>}
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {(
   *   RunCallback<TailTree extends undefined ? Node : TailTree> |
   *   Compatible
   * )} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} [done]
   *   Callback (optional).
   * @returns {Promise<TailTree extends undefined ? Node : TailTree> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise, a promise rejected with a fatal error or resolved with the
   *   transformed tree.
   */
  run(tree, file, done) {
    assertNode(tree);
    this.freeze();
    const transformers = this.transformers;
    if (!done && typeof file === "function") {
      done = file;
      file = void 0;
    }
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve, reject) {
      ok(
        typeof file !== "function",
        "`file` can\u2019t be a `done` anymore, we checked"
      );
      const realFile = vfile(file);
      transformers.run(tree, realFile, realDone);
      function realDone(error, outputTree, file2) {
        const resultingTree = (
          /** @type {TailTree extends undefined ? Node : TailTree} */
          outputTree || tree
        );
        if (error) {
          reject(error);
        } else if (resolve) {
          resolve(resultingTree);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, resultingTree, file2);
        }
      }
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `runSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `runSync` performs the run phase, not other phases.
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {TailTree extends undefined ? Node : TailTree}
   *   Transformed tree.
   */
  runSync(tree, file) {
    let complete = false;
    let result;
    this.run(tree, file, realDone);
    assertDone("runSync", "run", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, tree2) {
      bail(error);
      result = tree2;
      complete = true;
    }
  }
  /**
   * Compile a syntax tree.
   *
   * > **Note**: `stringify` freezes the processor if not already *frozen*.
   *
   * > **Note**: `stringify` performs the stringify phase, not the run phase
   * > or other phases.
   *
   * @param {CompileTree extends undefined ? Node : CompileTree} tree
   *   Tree to compile.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {CompileResult extends undefined ? Value : CompileResult}
   *   Textual representation of the tree (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most compilers
   *   > return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  stringify(tree, file) {
    this.freeze();
    const realFile = vfile(file);
    const compiler3 = this.compiler || this.Compiler;
    assertCompiler("stringify", compiler3);
    assertNode(tree);
    return compiler3(tree, realFile);
  }
  /**
   * Configure the processor to use a plugin, a list of usable values, or a
   * preset.
   *
   * If the processor is already using a plugin, the previous plugin
   * configuration is changed based on the options that are passed in.
   * In other words, the plugin is not added a second time.
   *
   * > **Note**: `use` cannot be called on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * @example
   *   There are many ways to pass plugins to `.use()`.
   *   This example gives an overview:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   unified()
   *     // Plugin with options:
   *     .use(pluginA, {x: true, y: true})
   *     // Passing the same plugin again merges configuration (to `{x: true, y: false, z: true}`):
   *     .use(pluginA, {y: false, z: true})
   *     // Plugins:
   *     .use([pluginB, pluginC])
   *     // Two plugins, the second with options:
   *     .use([pluginD, [pluginE, {}]])
   *     // Preset with plugins and settings:
   *     .use({plugins: [pluginF, [pluginG, {}]], settings: {position: false}})
   *     // Settings only:
   *     .use({settings: {position: false}})
   *   ```
   *
   * @template {Array<unknown>} [Parameters=[]]
   * @template {Node | string | undefined} [Input=undefined]
   * @template [Output=Input]
   *
   * @overload
   * @param {Preset | null | undefined} [preset]
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {PluggableList} list
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Plugin<Parameters, Input, Output>} plugin
   * @param {...(Parameters | [boolean])} parameters
   * @returns {UsePlugin<ParseTree, HeadTree, TailTree, CompileTree, CompileResult, Input, Output>}
   *
   * @param {PluggableList | Plugin | Preset | null | undefined} value
   *   Usable value.
   * @param {...unknown} parameters
   *   Parameters, when a plugin is given as a usable value.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   Current processor.
   */
  use(value2, ...parameters) {
    const attachers = this.attachers;
    const namespace = this.namespace;
    assertUnfrozen("use", this.frozen);
    if (value2 === null || value2 === void 0) {
    } else if (typeof value2 === "function") {
      addPlugin(value2, parameters);
    } else if (typeof value2 === "object") {
      if (Array.isArray(value2)) {
        addList(value2);
      } else {
        addPreset(value2);
      }
    } else {
      throw new TypeError("Expected usable value, not `" + value2 + "`");
    }
    return this;
    function add4(value3) {
      if (typeof value3 === "function") {
        addPlugin(value3, []);
      } else if (typeof value3 === "object") {
        if (Array.isArray(value3)) {
          const [plugin, ...parameters2] = (
            /** @type {PluginTuple<Array<unknown>>} */
            value3
          );
          addPlugin(plugin, parameters2);
        } else {
          addPreset(value3);
        }
      } else {
        throw new TypeError("Expected usable value, not `" + value3 + "`");
      }
    }
    function addPreset(result) {
      if (!("plugins" in result) && !("settings" in result)) {
        throw new Error(
          "Expected usable value but received an empty preset, which is probably a mistake: presets typically come with `plugins` and sometimes with `settings`, but this has neither"
        );
      }
      addList(result.plugins);
      if (result.settings) {
        namespace.settings = (0, import_extend.default)(true, namespace.settings, result.settings);
      }
    }
    function addList(plugins) {
      let index2 = -1;
      if (plugins === null || plugins === void 0) {
      } else if (Array.isArray(plugins)) {
        while (++index2 < plugins.length) {
          const thing = plugins[index2];
          add4(thing);
        }
      } else {
        throw new TypeError("Expected a list of plugins, not `" + plugins + "`");
      }
    }
    function addPlugin(plugin, parameters2) {
      let index2 = -1;
      let entryIndex = -1;
      while (++index2 < attachers.length) {
        if (attachers[index2][0] === plugin) {
          entryIndex = index2;
          break;
        }
      }
      if (entryIndex === -1) {
        attachers.push([plugin, ...parameters2]);
      } else if (parameters2.length > 0) {
        let [primary, ...rest] = parameters2;
        const currentPrimary = attachers[entryIndex][1];
        if (isPlainObject(currentPrimary) && isPlainObject(primary)) {
          primary = (0, import_extend.default)(true, currentPrimary, primary);
        }
        attachers[entryIndex] = [plugin, primary, ...rest];
      }
    }
  }
};
var unified = new Processor().freeze();
function assertParser(name2, value2) {
  if (typeof value2 !== "function") {
    throw new TypeError("Cannot `" + name2 + "` without `parser`");
  }
}
function assertCompiler(name2, value2) {
  if (typeof value2 !== "function") {
    throw new TypeError("Cannot `" + name2 + "` without `compiler`");
  }
}
function assertUnfrozen(name2, frozen) {
  if (frozen) {
    throw new Error(
      "Cannot call `" + name2 + "` on a frozen processor.\nCreate a new processor first, by calling it: use `processor()` instead of `processor`."
    );
  }
}
function assertNode(node2) {
  if (!isPlainObject(node2) || typeof node2.type !== "string") {
    throw new TypeError("Expected node, got `" + node2 + "`");
  }
}
function assertDone(name2, asyncName, complete) {
  if (!complete) {
    throw new Error(
      "`" + name2 + "` finished async. Use `" + asyncName + "` instead"
    );
  }
}
function vfile(value2) {
  return looksLikeAVFile(value2) ? value2 : new VFile(value2);
}
function looksLikeAVFile(value2) {
  return Boolean(
    value2 && typeof value2 === "object" && "message" in value2 && "messages" in value2
  );
}
function looksLikeAValue(value2) {
  return typeof value2 === "string" || isUint8Array2(value2);
}
function isUint8Array2(value2) {
  return Boolean(
    value2 && typeof value2 === "object" && "byteLength" in value2 && "byteOffset" in value2
  );
}

// node_modules/retext-latin/lib/index.js
function retextLatin() {
  const self = (
    /** @type {import('unified').Processor<Root>} */
    this
  );
  self.parser = parser;
  function parser(value2) {
    const parser2 = new ParseLatin();
    add2(parser2.tokenizeParagraphPlugins, self.data("nlcstParagraphExtensions"));
    add2(parser2.tokenizeRootPlugins, self.data("nlcstRootExtensions"));
    add2(parser2.tokenizeSentencePlugins, self.data("nlcstSentenceExtensions"));
    return parser2.parse(value2);
  }
}
function add2(list3, values) {
  if (values) list3.unshift(...values);
}

// node_modules/retext-stringify/lib/index.js
function retextStringify() {
  const self = (
    /** @type {import('unified').Processor<undefined, undefined, undefined, Root, string>} */
    // @ts-expect-error -- TS in JSDoc doesn’t understand `this`.
    this
  );
  self.compiler = compiler2;
}
function compiler2(tree) {
  return toString2(tree);
}

// node_modules/retext/index.js
var retext = unified().use(retextLatin).use(retextStringify).freeze();

// node_modules/parse-english/lib/regex.js
var abbreviations = /^(t(?:hurs|bsp|sp)|s(?:e(?:pt|c)|q)|(?:tue|bbl|yd)s|thu|sep|tue|bbl|nov|aug|ju[ln]|(?:ap|h)r|(?:ja|su)n|m(?:ar|on|in)|(?:sa|oc|[kpq])t|g(?:ro|al)|f(?:eb|ri|[lt])|d(?:ec|oz)|wed|l(?:bs|td)|inc?|mi|gr|yd|lb|oz|cu)$/;
var abbreviationsSensitive = /^((?:Northant|Derby|S(?:hrop|taff)|W(?:ark|orc)|L(?:in|ei|an)c|C(?:amb|he)|Trea|York|B(?:uck|e(?:rk|d))|(?:Not|Wil)t|H(?:er|[au]n)t|Glo|Pre)s|Northumb|N(?:or(?:thd|f)|e(?:br|v)|atl)|M(?:(?:essr|as|se)s|i(?:ddx|nn|ch|ss)|ont|lle|s(?:gr|s)|ddx|(?:me|r)s?|a[jn]|ex|gr|o|d|e|s|[tx])?|Heref|P(?:enna|[ahot])|D(?:e(?:rbs|[lv])|r)|Westm|(?:Cali|Pro)f|S(?:a(?:lop|sk)|uff|om|e[cn]|[qrxy])|(?:Bldg|Kan)s?|Here|P(?:enn?|k)|St(?:af)?|W(?:isc|arw|yo)|C(?:umb|olo)|B(?:lvd|rig)|(?:Ok|F)la|(?:Pk|[FH])wy|A(?:r(?:iz|k)|lt?a|tty|m[bd])|(?:Cap|S(?:up|g)|On|Ru|U)t|(?:Ter|Cd|D[ou]|Sn|J)r|(?:Oxo|Co[nr]|Ten|Ke|Ge|Ho)n|Wash|N(?:eb|at)|W(?:is|ar|o)|C(?:al|ol?)|Qu[e\u00E9]|I(?:ll|a)|Tex|G(?:ov|a)|Ind|R(?:te|e[pv]|d)|Ida|(?:Yu|Da)k|(?:Or|Av)e|Ssx|Ok|La|Br|Rt|Id|V[at]|Ky|Lt|F[rt])$/;
var elisionPrefix = /^(ol?)$/;
var elisionAffix = /^(t(?:were|(?:wa|i)s)|cause|e[mr]|im|\d\ds?)$/;

// node_modules/parse-english/lib/index.js
var apostrophe = /^['’]$/;
var ParseEnglish = class extends ParseLatin {
};
ParseEnglish.prototype.tokenizeSentencePlugins = [
  visitChildren(mergeEnglishElisionExceptions),
  ...ParseLatin.prototype.tokenizeSentencePlugins
];
ParseEnglish.prototype.tokenizeParagraphPlugins = [
  modifyChildren(mergeEnglishPrefixExceptions),
  ...ParseLatin.prototype.tokenizeParagraphPlugins
];
function mergeEnglishPrefixExceptions(sentence, index2, paragraph2) {
  if ("children" in sentence && sentence.children) {
    const period = sentence.children[sentence.children.length - 1];
    const word2 = sentence.children[sentence.children.length - 2];
    if (period && period.type === "PunctuationNode" && toString2(period) === "." && word2 && word2.type === "WordNode") {
      const value2 = toString2(word2);
      if (abbreviations.test(value2.toLowerCase()) || abbreviationsSensitive.test(value2)) {
        word2.children.push(period);
        sentence.children.pop();
        if (period.position && word2.position) {
          word2.position.end = period.position.end;
        }
        const next2 = paragraph2.children[index2 + 1];
        if (next2 && next2.type === "SentenceNode") {
          sentence.children.push(...next2.children);
          paragraph2.children.splice(index2 + 1, 1);
          if (next2.position && sentence.position) {
            sentence.position.end = next2.position.end;
          }
          return index2 - 1;
        }
      }
    }
  }
}
function mergeEnglishElisionExceptions(child, index2, sentence) {
  if (child.type === "PunctuationNode" || child.type === "SymbolNode") {
    const siblings = sentence.children;
    const length = siblings.length;
    const value2 = toString2(child);
    if (value2 === "/") {
      const sibling = siblings[index2 - 1];
      if (sibling && sibling.type === "WordNode" && toString2(sibling).toLowerCase() === "w") {
        siblings.splice(index2, 1);
        sibling.children.push(child);
        if (sibling.position && child.position) {
          sibling.position.end = child.position.end;
        }
      }
    } else if (apostrophe.test(value2)) {
      const sibling = siblings[index2 - 1];
      if (index2 > 2 && index2 < length - 1 && sibling.type === "WordNode" && siblings[index2 - 2].type === "WhiteSpaceNode" && siblings[index2 + 1].type === "WhiteSpaceNode" && elisionPrefix.test(toString2(sibling).toLowerCase())) {
        siblings.splice(index2, 1);
        sibling.children.push(child);
        if (sibling.position && child.position) {
          sibling.position.end = child.position.end;
        }
        return;
      }
      if (index2 !== length - 1 && siblings[index2 + 1].type === "WordNode" && (index2 === 0 || siblings[index2 - 1].type !== "WordNode")) {
        const sibling2 = siblings[index2 + 1];
        const value3 = toString2(sibling2).toLowerCase();
        const other = siblings[index2 + 2];
        if (sibling2.type === "WordNode" && elisionAffix.test(value3)) {
          siblings.splice(index2, 1);
          sibling2.children.unshift(child);
          if (sibling2.position && child.position) {
            sibling2.position.start = child.position.start;
          }
        } else if (sibling2.type === "WordNode" && value3 === "n" && other && other.type === "PunctuationNode" && apostrophe.test(toString2(other))) {
          siblings.splice(index2, 1);
          siblings.splice(index2 + 1, 1);
          sibling2.children.unshift(child);
          sibling2.children.push(other);
          if (sibling2.position) {
            if (child.position) {
              sibling2.position.start = child.position.start;
            }
            if (other.position) {
              sibling2.position.end = other.position.end;
            }
          }
        }
      }
    }
  }
}

// node_modules/retext-english/lib/index.js
function retextEnglish() {
  const self = (
    /** @type {import('unified').Processor<Root>} */
    this
  );
  self.parser = parser;
  function parser(value2) {
    const parser2 = new ParseEnglish();
    add3(parser2.tokenizeParagraphPlugins, self.data("nlcstParagraphExtensions"));
    add3(parser2.tokenizeRootPlugins, self.data("nlcstRootExtensions"));
    add3(parser2.tokenizeSentencePlugins, self.data("nlcstSentenceExtensions"));
    return parser2.parse(value2);
  }
}
function add3(list3, values) {
  if (values) list3.unshift(...values);
}

// src/document/index.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/document/simple-yaml.ts
var nullScalar = /^(?:~|[Nn]ull|NULL)?$/;
var booleanScalar = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
var notString = [
  nullScalar,
  booleanScalar,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/
];
var keyLine = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(\S.*)| *)$/;
var digits = /^[0-9]+$/;
var itemLine = /^( *)- +(\S.*)$/;
var indicator = /^[-?:,[\]{}#&*!|>'"%@`]/;
var unusual = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;
function simpleFields(yaml) {
  if (unusual.test(yaml)) return void 0;
  const fields = [];
  let open;
  let value2;
  const finish = () => {
    if (!value2) return true;
    const { key, keyStart, lines, end } = value2;
    value2 = void 0;
    const read2 = lines.length === 1 ? oneLine(lines[0]) : folded(lines);
    if (read2 === void 0) return false;
    fields.push({ key, value: read2, keyStart, valueEnd: end });
    return true;
  };
  let at = 0;
  for (const text3 of yaml.split("\n")) {
    const start = at;
    at += text3.length + 1;
    if (text3 === "" || text3.startsWith("#")) {
      if (value2 && text3 === "") value2.blank = true;
      else if (value2) value2.comment = true;
      continue;
    }
    if (value2 && text3.startsWith(" ")) {
      if (value2.blank || value2.comment) return void 0;
      value2.lines.push(text3);
      value2.end = start + text3.length;
      continue;
    }
    const item = itemLine.exec(text3);
    if (item) {
      if (!open) return void 0;
      const indent = item[1].length;
      const read2 = scalar(item[2]);
      if (read2 === void 0 || open.indent !== void 0 && indent !== open.indent) return void 0;
      const { field } = open;
      if (open.indent === void 0) {
        open.indent = indent;
        field.value = [];
        field.valueEnd = field.keyStart + field.key.length;
      }
      ;
      field.value.push(read2);
      continue;
    }
    if (!finish()) return void 0;
    const match = keyLine.exec(text3);
    if (!match) return void 0;
    const [, key, raw] = match;
    if (nullScalar.test(key) || booleanScalar.test(key)) return void 0;
    open = void 0;
    if (raw === void 0) {
      const field = { key, value: null, keyStart: start, valueEnd: start + text3.length };
      fields.push(field);
      open = { field };
      continue;
    }
    value2 = { key, keyStart: start, lines: [raw], end: start + text3.length, blank: false, comment: false };
  }
  return finish() ? fields : void 0;
}
function oneLine(raw) {
  return digits.test(raw) ? parseInt(raw, 10) : scalar(raw);
}
function folded(lines) {
  const [first, ...more] = lines;
  const rest = more.map((line) => line.trimStart());
  if (first.endsWith(" ") || rest.some((line) => line.endsWith(" ") || line === "")) return void 0;
  const quote2 = first[0];
  if (quote2 === '"' || quote2 === "'") {
    const inner = [first.slice(1), ...rest.slice(0, -1), rest.at(-1).slice(0, -1)];
    if (rest.at(-1).at(-1) !== quote2 || inner.some((part) => part === "" || part.includes(quote2) || part.includes("\\"))) return void 0;
    return inner.join(" ");
  }
  if (!plain(first) || rest.some((line) => !plain(line))) return void 0;
  const joined2 = [first, ...rest].join(" ");
  return notString.some((test) => test.test(joined2)) ? void 0 : joined2;
}
function plain(text3) {
  return !(indicator.test(text3) || text3.includes(": ") || text3.endsWith(":") || text3.includes(" #"));
}
function scalar(raw) {
  if (raw.endsWith(" ")) return void 0;
  const quote2 = raw[0];
  if (quote2 === '"' || quote2 === "'") {
    const inner = raw.slice(1, -1);
    if (raw.length < 2 || raw.at(-1) !== quote2 || inner.includes(quote2) || inner.includes("\\")) return void 0;
    return inner;
  }
  if (!plain(raw)) return void 0;
  return notString.some((test) => test.test(raw)) ? void 0 : raw;
}

// src/document/index.ts
function copydeskDocument(options) {
  return function(tree, file) {
    const place2 = placeOf(file);
    const info = { format: options.format, blocks: [], frontMatter: {}, links: [] };
    const problems = [];
    file.data.copydesk = info;
    file.data.frontMatterProblems = problems;
    const loose = file.data.looseFrontMatter;
    if (loose) {
      const start = place2.toPoint(0);
      problems.push({
        reason: "Front matter starts after blank lines, so sites read it as body text; remove the blank lines before `---`",
        start,
        end: place2.toPoint(loose.offset) ?? start
      });
      readFrontMatter(loose.yaml, loose.offset);
    }
    let containers = 0;
    collect(tree.children, { container: 0, inList: false, inQuote: false });
    function collect(nodes, context) {
      for (const node2 of nodes) {
        if (node2.type === "yaml") {
          const yamlNode = node2;
          const offset = yamlNode.position?.start.offset;
          if (offset === void 0) continue;
          const source2 = String(file.value);
          const lineEnd3 = /\r\n?|\n/g;
          lineEnd3.lastIndex = offset;
          const fenceEnd = lineEnd3.exec(source2);
          const afterFence = fenceEnd ? fenceEnd.index + fenceEnd[0].length : source2.length;
          readFrontMatter(yamlNode.value, afterFence);
        } else if (node2.type === "heading" || node2.type === "paragraph") {
          addBlock(node2, context);
        } else if (node2.type === "blockquote") {
          collect(node2.children, { container: ++containers, inList: context.inList, inQuote: true });
        } else if (node2.type === "list") {
          const inner = { container: ++containers, inList: true, inQuote: context.inQuote };
          for (const item of node2.children) collect(item.children, inner);
        }
      }
    }
    function addBlock(node2, context) {
      const position3 = node2.position;
      if (!position3) return;
      const text3 = toString(node2, { includeHtml: false, includeImageAlt: false });
      if (!text3.trim()) return;
      const meaningful = node2.children.filter((child) => !(child.type === "text" && !child.value.trim()));
      const block = {
        kind: node2.type,
        strong: meaningful.length === 1 && meaningful[0].type === "strong" || options.format === "text" && /^\s*\*\*[^*].*\*\*\s*$/.test(text3),
        ...context,
        emphasis: meaningful.length === 1 && meaningful[0].type === "emphasis",
        table: /^\s*\|.*\|/.test(text3),
        field: node2.type === "paragraph" && isField(node2),
        start: position3.start,
        end: position3.end,
        text: text3,
        alt: false
      };
      if (node2.type === "heading") block.depth = node2.depth;
      info.blocks.push(block);
      inline(node2.children, block);
    }
    function inline(nodes, block) {
      for (const child of nodes) {
        if (child.type === "link") {
          const { start, end } = child.position ?? {};
          if (start?.offset !== void 0 && end?.offset !== void 0) info.links.push([start.offset, end.offset]);
        } else if ((child.type === "image" || child.type === "imageReference") && child.alt) {
          block.alt = true;
        }
        if ("children" in child) inline(child.children, block);
      }
    }
    function readFrontMatter(yaml, offset) {
      yaml = yaml.replace(/\r(?!\n)/g, "\n");
      const simple = yaml.length <= MAX_YAML_LENGTH ? simpleFields(yaml) : void 0;
      if (simple) {
        for (const { key, value: value2, keyStart, valueEnd: valueEnd2 } of simple) {
          const start = place2.toPoint(offset + keyStart);
          const end = place2.toPoint(offset + valueEnd2);
          if (start && end) info.frontMatter[key] = { value: value2, start, end };
        }
        return;
      }
      const unreadable = yaml.length > MAX_YAML_LENGTH ? `Front matter is too long to read (over ${MAX_YAML_LENGTH.toLocaleString("en-US")} characters); shorten the YAML` : yamlTooDeep(yaml) ? "Front matter is nested too deeply to read; simplify the YAML" : void 0;
      if (unreadable) {
        const start = place2.toPoint(offset) ?? { line: 1, column: 1, offset: 0 };
        problems.push({ reason: unreadable, start, end: place2.toPoint(offset + yaml.length) ?? start });
        return;
      }
      let doc = (0, import_yaml2.parseDocument)(yaml, { prettyErrors: false, uniqueKeys: false });
      let toOriginal = (at) => at;
      const [error] = doc.errors;
      if (error) {
        const start = place2.toPoint(offset + error.pos[0]) ?? place2.toPoint(offset);
        const end = place2.toPoint(offset + Math.max(error.pos[1], error.pos[0])) ?? start;
        const more = doc.errors.length > 1 ? ` (and ${doc.errors.length - 1} more YAML errors)` : "";
        const fixed = indentContinuations(yaml);
        const repaired = (0, import_yaml2.parseDocument)(fixed.text, { prettyErrors: false, uniqueKeys: false });
        if (repaired.errors.length === 0) {
          toOriginal = fixed.toOriginal;
          problems.push({
            reason: `Front matter continues a quoted value on an unindented line${more}; indent the continuation lines, as strict YAML parsers reject them`,
            start,
            end,
            tier: "secondary"
          });
          doc = repaired;
        } else {
          problems.push({ reason: `Invalid front matter: ${firstLine(error.message)}${more}; fix the YAML so the site can read the article's fields`, start, end });
          return;
        }
      }
      if (!(0, import_yaml2.isMap)(doc.contents)) return;
      for (const item of doc.contents.items) {
        if (!(0, import_yaml2.isScalar)(item.key) || !item.key.range) continue;
        const key = String(item.key.value);
        const valueNode = item.value;
        const value2 = (0, import_yaml2.isScalar)(valueNode) ? valueNode.value : valueNode && typeof valueNode === "object" && "toJSON" in valueNode ? valueNode.toJSON() : valueNode;
        const range = (0, import_yaml2.isScalar)(valueNode) && valueNode.range ? valueNode.range : item.key.range;
        const start = place2.toPoint(offset + toOriginal(item.key.range[0]));
        const end = place2.toPoint(offset + toOriginal(range[1]));
        if (!start || !end) continue;
        const field = { value: value2, start, end };
        info.frontMatter[key] = field;
      }
    }
  };
}
function indentContinuations(yaml) {
  const inserted = [];
  const text3 = yaml.replace(/^(?![ \t]|[\w"'-][^:\n]*:(?:[ \t]|$)|- |#|$)/gm, (_match, at) => {
    inserted.push(at + 2 * inserted.length);
    return "  ";
  });
  return {
    text: text3,
    // Binary search: called once per field, so a scan of `inserted` would be quadratic in the number of lines.
    toOriginal(at) {
      let low = 0;
      let high = inserted.length;
      while (low < high) {
        const middle = low + high >>> 1;
        if (inserted[middle] <= at) low = middle + 1;
        else high = middle;
      }
      return at - 2 * low;
    }
  };
}
function isField(node2) {
  const last = node2.children.at(-1);
  const beforeLast = node2.children.at(-2);
  if (last?.type === "strong" && beforeLast?.type === "text" && /:\s*$/.test(beforeLast.value)) return true;
  const [first, second] = node2.children;
  if (!first || first.type !== "strong" || node2.children.length < 2) return false;
  const label = toString(first).trim();
  if (/[:\u2014\u2013-]$/.test(label)) return true;
  return second?.type === "text" && /^\s*[:\u2014\u2013-]/.test(second.value);
}
function firstLine(text3) {
  return text3.split("\n")[0].replace(/\s+at line \d+, column \d+:?$/, "");
}

// src/parse/guard.ts
var MAX_DEPTH = 48;
var MAX_SPAN = 2e4;
var flow3 = /* @__PURE__ */ new Set(["root", "blockquote", "list", "listItem", "footnoteDefinition"]);
function copydeskGuard(options = {}) {
  return function(tree, file) {
    limitDepth(tree);
    splitLines(tree, String(file.value ?? ""), placeOf(file));
  };
}
function copydeskSpans() {
  return function(tree, file) {
    const place2 = placeOf(file);
    const source2 = String(file.value ?? "");
    tree.children = tree.children.flatMap((child) => limitSpan(child, place2, source2));
  };
}
function limitDepth(tree) {
  const stack = [[tree, 0]];
  while (stack.length) {
    const [node2, depth] = stack.pop();
    if (!("children" in node2)) continue;
    if (depth >= MAX_DEPTH) {
      const leaves = textLeaves(node2);
      node2.children = flow3.has(node2.type) ? [{ type: "paragraph", children: leaves, position: node2.position }] : leaves;
      continue;
    }
    for (const child of node2.children) stack.push([child, depth + 1]);
  }
}
function textLeaves(node2) {
  const leaves = [];
  const stack = [...node2.children].reverse();
  while (stack.length) {
    const current = stack.pop();
    if ("children" in current) {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]);
    } else if (current.type === "text") {
      leaves.push(current);
    }
  }
  return leaves;
}
function limitSpan(node2, place2, source2) {
  const start = node2.position?.start.offset;
  const end = node2.position?.end.offset;
  if (start !== void 0 && end !== void 0 && end - start <= MAX_SPAN) return [node2];
  if (node2.type === "text") return start !== void 0 && node2.value.length > MAX_SPAN ? splitText(node2, start, place2, source2) : [node2];
  if (!("children" in node2)) return [node2];
  node2.children = node2.children.flatMap((child) => limitSpan(child, place2, source2));
  if (start === void 0 || end === void 0 || end - start <= MAX_SPAN || node2.children.length < 2) return [node2];
  const pieces2 = [];
  let group2 = [];
  let groupStart = start;
  const flush = (last) => {
    if (!group2.length) return;
    const from = place2.toPoint(groupStart);
    const lastEnd = last ? end : group2.at(-1).position?.end.offset ?? groupStart;
    const to = place2.toPoint(lastEnd);
    pieces2.push({ ...node2, children: group2, position: from && to ? { start: from, end: to } : node2.position });
    group2 = [];
  };
  for (const child of node2.children) {
    const childEnd = child.position?.end.offset;
    if (group2.length && childEnd !== void 0 && childEnd - groupStart > MAX_SPAN) {
      flush(false);
      groupStart = child.position?.start.offset ?? groupStart;
    }
    group2.push(child);
  }
  flush(true);
  return pieces2;
}
function splitText(node2, start, place2, source2) {
  const value2 = node2.value;
  const map2 = textMap(source2, value2, start, node2.position?.end.offset);
  const pieces2 = [];
  let from = 0;
  while (from < value2.length) {
    let to = Math.min(value2.length, from + MAX_SPAN);
    if (to < value2.length) {
      const space3 = value2.lastIndexOf(" ", to);
      if (space3 > from + MAX_SPAN / 2) to = space3 + 1;
      else if (/[\uDC00-\uDFFF]/.test(value2[to])) to--;
    }
    const a = place2.toPoint(map2 ? startOffset(map2, from) : start + from);
    const b = place2.toPoint(map2 ? endOffset(map2, to) : start + to);
    pieces2.push({ type: "text", value: value2.slice(from, to), position: a && b ? { start: a, end: b } : node2.position });
    from = to;
  }
  return pieces2;
}
function splitLines(tree, source2, place2) {
  const stack = [tree];
  while (stack.length) {
    const node2 = stack.pop();
    if (!("children" in node2)) continue;
    let changed = false;
    const children = [];
    for (const child of node2.children) {
      if (child.type === "text" && /[\r\n]/.test(child.value) && child.position?.start.offset !== void 0) {
        children.push(...perLine(child, source2, place2));
        changed = true;
      } else {
        children.push(child);
        stack.push(child);
      }
    }
    if (changed) node2.children = children;
  }
}
function decodedStart(source2, content3, lineStart2, end) {
  for (let start = lineStart2; start < end; start++) {
    if (sourceMap(source2, content3, start, end)) return start;
    const code = source2.charCodeAt(start);
    if (code !== 32 && code !== 9 && code !== 62) return void 0;
  }
  return void 0;
}
function perLine(node2, source2, place2) {
  const lines = node2.value.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [node2.value];
  const first = node2.position.start;
  const endOffset2 = node2.position.end.offset ?? source2.length;
  const pieces2 = [];
  for (const [k, line] of lines.entries()) {
    const content3 = line.replace(/[\r\n]+$/, "");
    const lineNumber = first.line + k;
    let start;
    if (k === 0) start = first.offset;
    else {
      const lineStart2 = place2.toOffset({ line: lineNumber, column: 1 });
      if (lineStart2 === void 0) return [node2];
      let lineEnd3 = k === lines.length - 1 ? endOffset2 - (line.length - content3.length) : lineStart2;
      if (k < lines.length - 1) while (lineEnd3 < source2.length && source2[lineEnd3] !== "\n" && source2[lineEnd3] !== "\r") lineEnd3++;
      let candidate = lineEnd3 - content3.length;
      if (source2.slice(candidate, lineEnd3) !== content3) {
        let trimmed = lineEnd3;
        while (trimmed > lineStart2 && (source2[trimmed - 1] === " " || source2[trimmed - 1] === "	")) trimmed--;
        if (source2.slice(trimmed - content3.length, trimmed) === content3) candidate = trimmed - content3.length;
        else candidate = decodedStart(source2, content3, lineStart2, lineEnd3) ?? decodedStart(source2, content3, lineStart2, trimmed) ?? candidate;
      }
      start = Math.min(Math.max(candidate, lineStart2), lineEnd3);
    }
    const from = place2.toPoint(start);
    const next2 = k < lines.length - 1 ? place2.toPoint(place2.toOffset({ line: lineNumber + 1, column: 1 }) ?? -1) : node2.position.end;
    if (!from || !next2) return [node2];
    pieces2.push({ type: "text", value: line, position: { start: from, end: next2 } });
  }
  return pieces2;
}

// src/document/fingerprint.ts
import { createHash } from "node:crypto";
function copydeskFingerprint() {
  return function(_tree, file) {
    fingerprint(file, file.data.source ?? String(file.value ?? ""));
  };
}
function fingerprint(file, text3) {
  if (file.messages.length === 0) return;
  let place2;
  const offset = (point4) => point4?.offset ?? (point4 ? (place2 ??= location(text3)).toOffset(point4) : void 0);
  const spanOf = (message) => {
    const where = message.place;
    const from = where && "start" in where ? where.start : where;
    const to = where && "end" in where ? where.end : from;
    const start = offset(from) ?? -1;
    const end = offset(to) ?? start;
    return { start, end, text: start >= 0 && end >= start ? text3.slice(start, end).replace(/\s+/g, " ").trim() : "" };
  };
  const keyed = file.messages.map((message) => {
    const span2 = spanOf(message);
    const cause = message.cause instanceof VFileMessage ? spanOf(message.cause).text : "";
    return { message, start: span2.start, end: span2.end, key: JSON.stringify([message.ruleId ?? "", message.source ?? "", file.path ?? "", span2.text, cause]) };
  });
  keyed.sort((a, b) => a.start - b.start || a.end - b.end || (a.message.reason < b.message.reason ? -1 : a.message.reason > b.message.reason ? 1 : 0));
  const seen = /* @__PURE__ */ new Map();
  for (const { message, key } of keyed) {
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    message.fingerprint = createHash("sha256").update(`${key}\0${count}`).digest("hex").slice(0, 16);
  }
}

// node_modules/mdast-comment-marker/lib/index.js
var commentExpression = /\s*([a-zA-Z\d-]+)(\s+([\s\S]*))?\s*/;
var esCommentExpression = new RegExp(
  "(\\s*\\/\\*" + commentExpression.source + "\\*\\/\\s*)"
);
var markerExpression = new RegExp(
  "(\\s*<!--" + commentExpression.source + "-->\\s*)"
);
function commentMarker(value2) {
  if (isNode(value2) && (value2.type === "html" || value2.type === "mdxFlowExpression" || value2.type === "mdxTextExpression")) {
    const match = value2.value.match(
      value2.type === "html" ? markerExpression : esCommentExpression
    );
    if (match && match[0].length === value2.value.length) {
      const parameters = parseParameters(match[3] || "");
      if (parameters) {
        return {
          name: match[2],
          attributes: (match[4] || "").trim(),
          parameters,
          node: value2
        };
      }
    }
  }
}
function parseParameters(value2) {
  const parameters = {};
  return value2.replace(
    /\s+([-\w]+)(?:=(?:"((?:\\[\s\S]|[^"])*)"|'((?:\\[\s\S]|[^'])*)'|((?:\\[\s\S]|[^"'\s])+)))?/gi,
    replacer
  ).replace(/\s+/g, "") ? void 0 : parameters;
  function replacer(_, $1, $2, $3, $4) {
    let value3 = $2 === void 0 ? $3 === void 0 ? $4 : $3 : $2;
    const number = Number(value3);
    if (value3 === "true" || value3 === void 0) {
      value3 = true;
    } else if (value3 === "false") {
      value3 = false;
    } else if (value3.trim() && !Number.isNaN(number)) {
      value3 = number;
    }
    parameters[$1] = value3;
    return "";
  }
}
function isNode(value2) {
  return Boolean(value2 && typeof value2 === "object" && "type" in value2);
}

// node_modules/space-separated-tokens/index.js
function parse2(value2) {
  const input = String(value2 || "").trim();
  return input ? input.split(/[ \t\n\r\f]+/g) : [];
}

// node_modules/unist-util-is/lib/index.js
var convert = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test} [test]
   * @returns {Check}
   */
  (function(test) {
    if (test === null || test === void 0) {
      return ok2;
    }
    if (typeof test === "function") {
      return castFactory(test);
    }
    if (typeof test === "object") {
      return Array.isArray(test) ? anyFactory(test) : (
        // Cast because `ReadonlyArray` goes into the above but `isArray`
        // narrows to `Array`.
        propertiesFactory(
          /** @type {Props} */
          test
        )
      );
    }
    if (typeof test === "string") {
      return typeFactory(test);
    }
    throw new Error("Expected function, string, or object as test");
  })
);
function anyFactory(tests) {
  const checks = [];
  let index2 = -1;
  while (++index2 < tests.length) {
    checks[index2] = convert(tests[index2]);
  }
  return castFactory(any);
  function any(...parameters) {
    let index3 = -1;
    while (++index3 < checks.length) {
      if (checks[index3].apply(this, parameters)) return true;
    }
    return false;
  }
}
function propertiesFactory(check) {
  const checkAsRecord = (
    /** @type {Record<string, unknown>} */
    check
  );
  return castFactory(all3);
  function all3(node2) {
    const nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node2
    );
    let key;
    for (key in check) {
      if (nodeAsRecord[key] !== checkAsRecord[key]) return false;
    }
    return true;
  }
}
function typeFactory(check) {
  return castFactory(type);
  function type(node2) {
    return node2 && node2.type === check;
  }
}
function castFactory(testFunction) {
  return check;
  function check(value2, index2, parent) {
    return Boolean(
      looksLikeANode(value2) && testFunction.call(
        this,
        value2,
        typeof index2 === "number" ? index2 : void 0,
        parent || void 0
      )
    );
  }
}
function ok2() {
  return true;
}
function looksLikeANode(value2) {
  return value2 !== null && typeof value2 === "object" && "type" in value2;
}

// node_modules/unist-util-visit-parents/lib/color.node.js
function color(d) {
  return "\x1B[33m" + d + "\x1B[39m";
}

// node_modules/unist-util-visit-parents/lib/index.js
var empty = [];
var CONTINUE = true;
var EXIT = false;
var SKIP = "skip";
function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree !== "object") {
    throw new Error("Unexpected value `" + tree + "` for `tree`, expected node");
  }
  let preorder = true;
  let check;
  let visitors;
  let enter;
  let exit2;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  } else {
    visitors = /** @type {Visitors | Visitor} */
    testOrEnterOrVisitors;
    if (enterOrVisitorsOrReverse) preorder = false;
  }
  if (typeof visitors === "function") {
    enter = visitors;
  } else if (visitors && typeof visitors === "object") {
    if (visitors.enter === null || visitors.enter === void 0) {
    } else if (typeof visitors.enter === "function") {
      enter = visitors.enter;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.enter + "` for `visitors.enter`, expected optional visitor"
      );
    }
    if (typeof visitors.exit === "function") {
      exit2 = visitors.exit;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)"
      );
    }
  } else {
    throw new Error(
      "Unexpected value `" + visitors + "` for `enter` or `visitors`, expected visitor or object with visitors"
    );
  }
  const is2 = convert(check);
  const step = preorder ? 1 : -1;
  factory(tree, void 0, [])();
  function factory(node2, index2, parents) {
    const value2 = (
      /** @type {Record<string, unknown>} */
      node2 && typeof node2 === "object" ? node2 : {}
    );
    if (typeof value2.type === "string") {
      const name2 = (
        // `hast`
        typeof value2.tagName === "string" ? value2.tagName : (
          // `xast`
          typeof value2.name === "string" ? value2.name : void 0
        )
      );
      Object.defineProperty(visit2, "name", {
        value: "node (" + color(node2.type + (name2 ? "<" + name2 + ">" : "")) + ")"
      });
    }
    return visit2;
    function visit2() {
      const matches = !check || is2(node2, index2, parents[parents.length - 1] || void 0);
      let result = empty;
      if (enter && matches) {
        result = toResult(enter(node2, parents, index2));
        if (result[0] === EXIT) {
          return result;
        }
      }
      if ("children" in node2 && node2.children) {
        const nodeAsParent = (
          /** @type {UnistParent} */
          node2
        );
        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step;
          const grandparents = [...parents, nodeAsParent];
          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset];
            const subresult = factory(child, offset, grandparents)();
            if (subresult[0] === EXIT) {
              return subresult;
            }
            offset = typeof subresult[1] === "number" ? subresult[1] : offset + step;
          }
        }
      }
      if (exit2 && matches) {
        const exitResult = toResult(exit2(node2, parents, index2));
        if (exitResult[0] === SKIP) {
          throw new Error(
            "Unexpected value `" + exitResult[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing"
          );
        }
        if (exitResult[0] === EXIT || typeof exitResult[1] === "number") {
          return exitResult;
        }
      }
      return result;
    }
  }
}
function toResult(value2) {
  if (Array.isArray(value2)) {
    return value2;
  }
  if (typeof value2 === "number") {
    return [CONTINUE, value2];
  }
  return value2 === null || value2 === void 0 ? empty : [value2];
}

// node_modules/unist-util-visit/lib/index.js
function visit(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, maybeReverse) {
  let check;
  let visitors;
  let reverse;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    reverse = maybeReverse;
  } else {
    visitors = /** @type {Visitor | Visitors} */
    testOrEnterOrVisitors;
    reverse = enterOrVisitorsOrReverse;
  }
  if (typeof visitors === "function") {
    visitParents(tree, check, wrap2(visitors), reverse);
  } else {
    visitParents(tree, check, wrapVisitors(visitors), reverse);
  }
}
function wrapVisitors(visitors) {
  if (!visitors || typeof visitors !== "object") return visitors;
  return {
    enter: typeof visitors.enter === "function" ? wrap2(visitors.enter) : visitors.enter,
    exit: typeof visitors.exit === "function" ? wrap2(visitors.exit) : visitors.exit
  };
}
function wrap2(visitor) {
  return overload;
  function overload(node2, parents, index2) {
    return visitor(node2, index2, parents[parents.length - 1]);
  }
}

// node_modules/unified-message-control/lib/index.js
var own6 = {}.hasOwnProperty;
function messageControl(tree, options) {
  if (!options || typeof options !== "object") {
    throw new Error("Expected `options`");
  }
  const { file, marker, name: name2, test } = options;
  let { enable, disable: disable2, known: known2, reset, source: source2 } = options;
  if (!enable) enable = [];
  if (!disable2) disable2 = [];
  if (!file) {
    throw new Error("Expected `file` in `options`");
  }
  if (!marker) {
    throw new Error("Expected `marker` in `options`");
  }
  if (!name2) {
    throw new Error("Expected `name` in `options`");
  }
  const sources = typeof source2 === "string" ? [source2] : source2 || [name2];
  const toOffset = location(file).toOffset;
  const initial = !reset;
  const gaps = detectGaps(tree);
  const scope = {};
  const globals = [];
  visit(tree, test, visitor);
  file.messages = file.messages.filter(function(m) {
    return filter(m);
  });
  function visitor(node2, position3, parent) {
    const point4 = node2.position && node2.position.start;
    const mark2 = marker(node2);
    if (!point4 || !mark2 || mark2.name !== name2) {
      return;
    }
    const ruleIds2 = parse2(mark2.attributes);
    const verb = ruleIds2.shift();
    const fn = verb === "enable" ? doEnable : verb === "disable" ? doDisable : verb === "ignore" ? doIgnore : void 0;
    if (!fn) {
      file.fail(
        "Unknown keyword `" + verb + "`: expected `'enable'`, `'disable'`, or `'ignore'`",
        node2
      );
    }
    ok(verb, "expected verb");
    ok(fn, "expected verb");
    const next2 = parent && position3 !== void 0 && parent.children[position3 + 1] || void 0;
    const tail = next2 && next2.position && next2.position.end;
    if (ruleIds2.length === 0) {
      fn(point4, void 0, tail);
    } else {
      let index2 = -1;
      while (++index2 < ruleIds2.length) {
        const ruleId = ruleIds2[index2];
        if (isKnown(ruleId, verb, node2)) {
          fn(point4, ruleId, tail);
        }
      }
    }
  }
  function doIgnore(point4, ruleId, tail) {
    if (tail) {
      toggle(point4, false, ruleId);
      toggle(tail, true, ruleId);
    }
  }
  function doDisable(point4, ruleId) {
    toggle(point4, false, ruleId);
    if (!ruleId) reset = true;
  }
  function doEnable(point4, ruleId) {
    toggle(point4, true, ruleId);
    if (!ruleId) reset = false;
  }
  function filter(message) {
    let gapIndex = gaps.length;
    if (!message.source || !sources.includes(message.source)) {
      return true;
    }
    if (!message.line) message.line = 1;
    if (!message.column) message.column = 1;
    const offset = toOffset(message);
    ok(typeof offset === "number");
    while (gapIndex--) {
      if (gaps[gapIndex][0] <= offset && gaps[gapIndex][1] > offset) {
        return false;
      }
    }
    return (!message.ruleId || check(message, scope[message.ruleId], true)) && check(message, globals, false);
  }
  function isKnown(ruleId, verb, node2) {
    const result = known2 ? known2.includes(ruleId) : true;
    if (!result) {
      file.message("Cannot " + verb + " `'" + ruleId + "'`, it\u2019s not known", {
        ancestors: [node2],
        place: node2.position,
        ruleId: "known",
        source: "unified-message-control"
      });
    }
    return result;
  }
  function getState(ruleId) {
    const ranges = ruleId ? scope[ruleId] : globals;
    if (ranges && ranges.length > 0) {
      return ranges[ranges.length - 1].state;
    }
    ok(enable);
    ok(disable2);
    return ruleId ? reset ? enable.includes(ruleId) : !disable2.includes(ruleId) : !reset;
  }
  function toggle(point4, state, ruleId) {
    const markers2 = ruleId ? scope[ruleId] || (scope[ruleId] = []) : globals;
    const current = getState(ruleId);
    if (current !== state) {
      markers2.push({ state, point: point4 });
    }
    if (!ruleId) {
      for (ruleId in scope) {
        if (own6.call(scope, ruleId)) {
          toggle(point4, state, ruleId);
        }
      }
    }
  }
  function check(message, marks, local) {
    if (message.line && message.column && marks && marks.length > 0) {
      let index2 = marks.length;
      while (index2--) {
        const mark2 = marks[index2];
        if (mark2.point && (mark2.point.line < message.line || mark2.point.line === message.line && mark2.point.column <= message.column)) {
          return mark2.state === true;
        }
      }
    }
    if (local) {
      ok(message.ruleId);
      ok(enable);
      ok(disable2);
      return reset ? enable.includes(message.ruleId) : !disable2.includes(message.ruleId);
    }
    return Boolean(initial || reset);
  }
}
function detectGaps(tree) {
  const end = tree && tree.position && tree.position.end && tree.position.end.offset;
  let offset = 0;
  let gap2 = false;
  const gaps = [];
  visit(tree, one3);
  if (typeof end === "number" && offset !== end) {
    update();
    update(end);
  }
  return gaps;
  function one3(node2) {
    update(node2.position && node2.position.start && node2.position.start.offset);
    if (!("children" in node2)) {
      update(node2.position && node2.position.end && node2.position.end.offset);
    }
  }
  function update(latest) {
    if (latest === null || latest === void 0) {
      gap2 = true;
    } else if (offset < latest) {
      if (gap2) {
        gaps.push([offset, latest]);
        gap2 = false;
      }
      offset = latest;
    }
  }
}

// src/document/message-control.ts
var name = "copydesk";
var verbs = /^copydesk-(disable|enable|ignore)$/;
function copydeskMessageControl() {
  return function(tree, file) {
    if (!file.messages.some((message) => message.source === name)) return;
    if (!String(file.value).includes(`${name}-`)) return;
    messageControl(tree, {
      file,
      name,
      source: name,
      test: "html",
      marker(node2) {
        const marker = commentMarker(node2);
        const verb = marker && verbs.exec(marker.name);
        if (!marker || !verb) return void 0;
        return { ...marker, name, attributes: `${verb[1]} ${marker.attributes}`.trim() };
      }
    });
  };
}

// src/parse/text-parse.ts
function textParse() {
  this.parser = function(doc) {
    const place2 = location(new VFile(doc));
    const children = [];
    const lineBreak = /\r\n|\r|\n/g;
    let start = 0;
    while (start <= doc.length) {
      lineBreak.lastIndex = start;
      const match = lineBreak.exec(doc);
      const end2 = match ? match.index : doc.length;
      const line = doc.slice(start, end2);
      const lead = line.length - line.trimStart().length;
      const trimmed = line.trim();
      if (trimmed) {
        const from = place2.toPoint(start + lead);
        const to = place2.toPoint(start + lead + trimmed.length);
        children.push({
          type: "paragraph",
          children: [{ type: "text", value: trimmed, position: { start: from, end: to } }],
          position: { start: from, end: to }
        });
      }
      if (!match) break;
      start = match.index + match[0].length;
    }
    const end = place2.toPoint(doc.length) ?? { line: 1, column: 1, offset: 0 };
    return { type: "root", children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
  };
}

// src/parse/plain-paragraphs.ts
var HAZARD = /\r|\]:/;
var RUNS_ON = /```|~~~|<(?:[!?]|script|pre|style|textarea)/gi;
var REFERENCE = /&#?[A-Za-z0-9]+;/y;
var LINK = /\[[^\s\x00-\x1f\x7f[\]\\`*_<>](?:[^\x00-\x1f\x7f[\]\\`*_<>]*[^\s\x00-\x1f\x7f[\]\\`*_<>])?\]\([^\x00-\x20\x7f-\uffff()<>[\]\\`*]+\)/y;
var ORDERED = /\d{1,9}[.)]/y;
function plainBlocks(doc) {
  if (doc.charCodeAt(0) === 65279 || HAZARD.test(doc)) return [];
  const blocks = [];
  let offset = 0;
  let line = 1;
  if (/^---[ \t]*\n/.test(doc)) {
    const close2 = /\n---(?:\n|$)/g;
    close2.lastIndex = 3;
    const found = close2.exec(doc);
    if (!found) return [];
    offset = found.index + found[0].length;
    for (let i = 0; i < offset; i++) if (doc.charCodeAt(i) === 10) line++;
  }
  RUNS_ON.lastIndex = offset;
  const runsOn = RUNS_ON.exec(doc);
  const limit = runsOn ? doc.lastIndexOf("\n", runsOn.index) + 1 : doc.length + 1;
  let blockStart = -1;
  let blockLine = 0;
  let blockPlain = false;
  let links = [];
  while (offset < limit) {
    let end = doc.indexOf("\n", offset);
    if (end === -1) end = doc.length;
    const kind = lineKind(doc, offset, end, links);
    if (kind === BLANK) {
      if (blockStart !== -1 && blockPlain) blocks.push({ start: blockStart, end: offset - 1, line: blockLine, lines: line - blockLine, links });
      blockStart = -1;
      links = [];
    } else if (blockStart === -1) {
      blockStart = offset;
      blockLine = line;
      blockPlain = kind === PLAIN;
    } else if (kind !== PLAIN) blockPlain = false;
    offset = end + 1;
    line++;
  }
  if (!runsOn && blockStart !== -1 && blockPlain) blocks.push({ start: blockStart, end: doc.length, line: blockLine, lines: line - blockLine, links });
  return blocks;
}
var BLANK = 0;
var PLAIN = 1;
var OTHER = 2;
function lineKind(doc, start, end, links) {
  let blank2 = true;
  for (let i = start; i < end; i++) {
    const code = doc.charCodeAt(i);
    if (code !== 32 && code !== 9) {
      blank2 = false;
      break;
    }
  }
  if (blank2) return BLANK;
  const first = doc.charCodeAt(start);
  if (first === 32 || first === 35 || first === 43 || first === 45 || first === 61 || first === 62 || first === 126) return OTHER;
  if (first >= 48 && first <= 57) {
    ORDERED.lastIndex = start;
    if (ORDERED.test(doc)) return OTHER;
  }
  const last = doc.charCodeAt(end - 1);
  if (last === 32 || last === 9) return OTHER;
  for (let i = start; i < end; i++) {
    const code = doc.charCodeAt(i);
    if (code === 91) {
      LINK.lastIndex = i;
      if (doc.charCodeAt(i - 1) === 33 || !LINK.test(doc)) return OTHER;
      const close2 = LINK.lastIndex;
      for (let j = i; j < close2; j++) {
        if (doc.charCodeAt(j) !== 38) continue;
        REFERENCE.lastIndex = j;
        if (REFERENCE.test(doc)) return OTHER;
      }
      links.push(i);
      i = close2 - 1;
      continue;
    }
    if (code < 32 || code === 42 || code === 60 || code === 92 || code === 93 || code === 95 || code === 96 || code === 127) return OTHER;
    if (code === 38) {
      REFERENCE.lastIndex = i;
      if (REFERENCE.test(doc)) return OTHER;
    }
  }
  return PLAIN;
}
function parseWithPlainParagraphs(doc, parse3) {
  const blocks = plainBlocks(doc);
  if (blocks.length === 0) return parse3(doc);
  const at = [];
  const offsetShift = [0];
  const lineShift = [0];
  let rest = "";
  let last = 0;
  for (const [k, block] of blocks.entries()) {
    rest += doc.slice(last, block.start);
    at.push(rest.length);
    rest += "x";
    last = block.end;
    offsetShift.push(offsetShift[k] + block.end - block.start - 1);
    lineShift.push(lineShift[k] + block.lines - 1);
  }
  rest += doc.slice(last);
  const tree = parse3(rest);
  const place2 = (point4) => {
    const offset = point4.offset;
    let low = 0;
    let high = at.length;
    while (low < high) {
      const middle = low + high >> 1;
      if (at[middle] + 1 <= offset) low = middle + 1;
      else high = middle;
    }
    if (low > 0 && at[low - 1] + 1 === offset) return new Places(doc, blocks[low - 1]).point(blocks[low - 1].end);
    return { line: point4.line + lineShift[low], column: point4.column, offset: offset + offsetShift[low] };
  };
  const children = tree.children;
  let next2 = 0;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (next2 < at.length && child.position.start.offset === at[next2]) {
      if (!isPlaceholder(child)) return parse3(doc);
      children[i] = paragraph(doc, blocks[next2++]);
    } else move(child, place2);
  }
  if (next2 !== at.length) return parse3(doc);
  tree.position = { start: place2(tree.position.start), end: place2(tree.position.end) };
  return tree;
}
function isPlaceholder(node2) {
  if (node2.type !== "paragraph") return false;
  const children = node2.children;
  return children.length === 1 && children[0].type === "text" && children[0].value === "x";
}
function move(node2, place2) {
  const stack = [node2];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current.position) current.position = { start: place2(current.position.start), end: place2(current.position.end) };
    const children = current.children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}
var Places = class {
  constructor(doc, block) {
    this.doc = doc;
    this.line = block.line;
    this.lineStart = block.start;
    this.at = block.start;
  }
  doc;
  line;
  lineStart;
  at;
  /** The point at `offset`, at or after the last one asked for. */
  point(offset) {
    for (let i = this.at; i < offset; i++) {
      if (this.doc.charCodeAt(i) === 10) {
        this.line++;
        this.lineStart = i + 1;
      }
    }
    this.at = offset;
    return { line: this.line, column: offset - this.lineStart + 1, offset };
  }
};
function paragraph(doc, block) {
  const places2 = new Places(doc, block);
  const start = places2.point(block.start);
  const children = [];
  const text3 = (from, to) => {
    if (to > from) children.push({ type: "text", value: doc.slice(from, to), position: { start: places2.point(from), end: places2.point(to) } });
  };
  let last = block.start;
  for (const open of block.links) {
    text3(last, open);
    LINK.lastIndex = open;
    LINK.test(doc);
    const end = LINK.lastIndex;
    const close2 = doc.indexOf("](", open);
    const linkStart = places2.point(open);
    const label = { type: "text", value: doc.slice(open + 1, close2), position: { start: places2.point(open + 1), end: places2.point(close2) } };
    children.push({ type: "link", title: null, url: doc.slice(close2 + 2, end - 1), children: [label], position: { start: linkStart, end: places2.point(end) } });
    last = end;
  }
  text3(last, block.end);
  return { type: "paragraph", children, position: { start, end: places2.point(block.end) } };
}
function copydeskPlainParagraphs() {
  const parse3 = this.parser;
  if (!parse3) throw new Error("copydeskPlainParagraphs: use it after the parser");
  this.parser = function(doc, file) {
    return parseWithPlainParagraphs(doc, (text3) => parse3(text3, file));
  };
}

// src/text/normalize.ts
var curlyDouble = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
var curlySingle = /[\u2018\u2019\u201A\u201B\u2032]/g;
var dashes = / ?(?:[\u2010-\u2015\u2212]|-{2,}) ?/g;
var emphasis = /[*_~`]+/g;
var space = /\s+/g;
var normalize = memoize(fold);
var special = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2018\u2019\u201A\u201B\u2032\u2010-\u2015\u2212*_~`]|--|[^\S ]|  /;
function fold(text3) {
  if (!special.test(text3)) return text3.trim().toLowerCase();
  return text3.replace(curlyDouble, '"').replace(curlySingle, "'").replace(space, " ").replace(dashes, " - ").replace(emphasis, "").replace(space, " ").trim().toLowerCase();
}
var letterHash = memoize(hashLetters);
function hashLetters(text3) {
  let hash = 2166136261;
  for (let i = 0; i < text3.length; ) {
    const c = text3.charCodeAt(i);
    if (c < 128) {
      if (asciiWord[c] === 1) hash = Math.imul(hash ^ (c >= 65 && c <= 90 ? c + 32 : c), 16777619);
      i++;
      continue;
    }
    const length = wordChar(text3, i);
    if (length === 0) {
      i++;
      continue;
    }
    const lowered2 = loweredLetters(text3.codePointAt(i));
    for (let k = 0; k < lowered2.length; k++) hash = Math.imul(hash ^ lowered2.charCodeAt(k), 16777619);
    i += length;
  }
  return hash >>> 0;
}
var letterOrDigitAnywhere = /[\p{L}\p{N}]/gu;
var lowered = /* @__PURE__ */ new Map();
function loweredLetters(point4) {
  let value2 = lowered.get(point4);
  if (value2 === void 0) {
    value2 = (String.fromCodePoint(point4).toLowerCase().match(letterOrDigitAnywhere) ?? []).join("").replace(/\u03C2/g, "\u03C3");
    if (lowered.size < 4096) lowered.set(point4, value2);
  }
  return value2;
}
function words(text3) {
  const lower = text3.toLowerCase();
  const found = [];
  for (let i = 0; i < lower.length; ) {
    const c = lower.charCodeAt(i);
    if (c < 128 && asciiWord[c] === 0) {
      i++;
      continue;
    }
    const end = wordEnd(lower, i);
    if (end === i) i++;
    else found.push(lower.slice(i, i = end));
  }
  return found;
}
var wordCount = memoize(countWords);
function countWords(text3) {
  let count = 0;
  for (let i = 0; i < text3.length; ) {
    const c = text3.charCodeAt(i);
    if (c < 128 && asciiWord[c] === 0) {
      i++;
      continue;
    }
    const end = wordEnd(text3, i);
    if (end === i) i++;
    else {
      count++;
      i = end;
    }
  }
  return count;
}
function wordEnd(text3, i) {
  let k = wordChar(text3, i);
  if (!k) return i;
  i += k;
  while (i < text3.length) {
    const c = text3.charCodeAt(i);
    k = c < 128 ? asciiWord[c] : wordChar(text3, i);
    if (!k) {
      if ((c === 39 || c === 8217 || c === 46 || c === 45) && (k = wordChar(text3, i + 1))) k += 1;
      else break;
    }
    i += k;
  }
  return i;
}
var letterOrDigit = /^[\p{L}\p{N}]$/u;
var asciiWord = new Uint8Array(128).map((_, c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 ? 1 : 0);
function isAsciiLetterOrDigit(code) {
  return code < 128 && asciiWord[code] === 1;
}
var known = new Uint8Array(65536);
function wordChar(text3, i) {
  const c = text3.charCodeAt(i);
  if (c < 128) return asciiWord[c];
  if (c >= 55296 && c <= 56319 && i + 1 < text3.length) {
    const point4 = text3.codePointAt(i);
    return point4 > 65535 && letterOrDigit.test(String.fromCodePoint(point4)) ? 2 : 0;
  }
  if (Number.isNaN(c)) return 0;
  if (!known[c]) known[c] = letterOrDigit.test(String.fromCharCode(c)) ? 1 : 2;
  return known[c] === 1 ? 1 : 0;
}
function excerpt(text3, max = 60) {
  const flat = text3.replace(space, " ").trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + "\u2026";
}
var closing = /[.!?…:;,]["'\u201D\u2019)\]]*$/;
function looksLikeHeadline(text3, maxWords) {
  const trimmed = text3.trim();
  if (!trimmed || closing.test(trimmed)) return false;
  const count = wordCount(trimmed);
  return count > 0 && count <= maxWords;
}

// src/document/headline.ts
var headlineThresholds = {
  /** A headline-like line has at most this many words… */
  maxWords: 20,
  /** …and, in plain text, is one of the first blocks of the article. */
  nearTop: 3,
  /**
   * A bold-only line of at most this many words is a subhead (`repeated-headline`);
   * longer ones are paragraphs (`duplicate-paragraph`, whose `minWords` is 8).
   */
  subheadMaxWords: 7
};
var headlineKey = memoize(toKey);
function toKey(text3) {
  return normalize(text3).replace(/[\s.:;,!?"'-]+$/, "").replace(/^["'\s]+/, "");
}
function isHeadlineLike(block, info) {
  if (block.kind === "heading" || block.strong) return true;
  return info.format === "text" && looksLikeHeadline(block.text, headlineThresholds.maxWords);
}
function isBoldSubhead(block) {
  return block.strong && block.kind === "paragraph" && wordCount(block.text) <= headlineThresholds.subheadMaxWords;
}
function isBoldQuestion(block) {
  return block.strong && /\?[\s*_"'\u201D\u2019)]*$/u.test(block.text);
}
function isNameLabel(text3) {
  const found = text3.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*/gu) ?? [];
  return found.length > 0 && found.every((word2) => /^[\p{Lu}\p{N}]/u.test(word2));
}
function isHeadline(text3, headline) {
  return headline !== void 0 && letterHash(text3) === letterHash(headline.text) && headlineKey(text3) === headline.key;
}
var cache2 = /* @__PURE__ */ new WeakMap();
function findHeadline(info) {
  let found = cache2.get(info);
  if (found === void 0) {
    found = compute(info) ?? null;
    cache2.set(info, found);
  }
  return found ?? void 0;
}
function compute(info) {
  const title = info.frontMatter.title;
  if (title && typeof title.value === "string" && title.value.trim()) {
    return { text: title.value, key: headlineKey(title.value), start: title.start, end: title.end, origin: "title" };
  }
  if (info.format === "markdown") {
    const heading = info.blocks.find((block) => block.kind === "heading");
    if (heading) return fromBlock(heading, "heading");
  }
  const top = info.blocks.slice(0, headlineThresholds.nearTop);
  const line = top.find((block) => block.strong || info.format === "text" && looksLikeHeadline(block.text, headlineThresholds.maxWords));
  return line ? fromBlock(line, "line") : void 0;
}
function fromBlock(block, origin) {
  const key = headlineKey(block.text);
  if (!key) return void 0;
  return { text: block.text, key, start: block.start, end: block.end, origin, block };
}

// package.json
var package_default = {
  name: "copydesk",
  version: "0.1.0",
  description: "Editorial linter for newsrooms: duplicated paragraphs, repeated headlines, unattributed quotes, inconsistent dates, repeated words.",
  type: "module",
  license: "MIT",
  homepage: "https://github.com/copydesk/copydesk#readme",
  repository: {
    type: "git",
    url: "git+https://github.com/copydesk/copydesk.git"
  },
  bugs: {
    url: "https://github.com/copydesk/copydesk/issues"
  },
  engines: {
    node: ">=20"
  },
  bin: {
    copydesk: "bin/copydesk.js"
  },
  main: "dist/lib.js",
  exports: {
    ".": {
      types: "./dist/lib.d.ts",
      default: "./dist/lib.js"
    }
  },
  files: [
    "bin",
    "dist",
    "docs"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc -p .",
    test: "npm run build && vitest run --project fast",
    bench: "node scripts/bench.mjs",
    audit: "tsx scripts/corpus-report.ts",
    docs: "tsx scripts/rule-docs.ts",
    "test:slow": "npm run build && vitest run --project slow",
    "test:all": "npm run build && vitest run",
    "check:deps": "depcruise src --config .dependency-cruiser.cjs && knip --include dependencies,unlisted,unresolved,binaries"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/http-client": "^4.0.1",
    "@types/mdast": "^4.0.4",
    "@types/nlcst": "^2.0.3",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/unist": "^3.0.3",
    "decode-named-character-reference": "^1.3.0",
    "dependency-cruiser": "^17.4.3",
    diff: "^9.0.0",
    "dts-bundle-generator": "^9.5.1",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    ignore: "^7.0.16",
    knip: "^6.44.2",
    "mdast-comment-marker": "^3.0.0",
    "mdast-util-to-nlcst": "^7.0.1",
    "mdast-util-to-string": "^4.0.0",
    "micromark-util-character": "^2.1.1",
    "micromark-util-decode-numeric-character-reference": "^2.0.2",
    "micromark-util-decode-string": "^2.0.1",
    "nlcst-to-string": "^4.0.0",
    "parse-latin": "^7.0.0",
    picomatch: "^4.0.7",
    "remark-frontmatter": "^5.0.0",
    "remark-parse": "^11.0.0",
    "remark-retext": "^6.0.1",
    retext: "^9.0.0",
    "retext-english": "^5.0.0",
    "retext-repeated-words": "^5.0.0",
    tsx: "^4.23.15",
    typescript: "5.9",
    unified: "^11.0.5",
    "unified-message-control": "^5.0.0",
    "unist-util-position": "^5.0.0",
    vfile: "^6.0.3",
    "vfile-location": "^5.0.4",
    "vfile-message": "^4.0.4",
    "vfile-reporter": "^8.1.1",
    "vfile-sort": "^4.0.0",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  },
  types: "dist/lib.d.ts"
};

// src/rules/define.ts
var SOURCE = "copydesk";
var DOCS = `${package_default.homepage.replace(/#.*$/, "")}/blob/main/docs/rules/`;
function parseSetting(definition2, setting, fallback) {
  const { id } = definition2;
  if (setting === void 0 || setting === null) return [fallback, {}];
  const [level, options] = Array.isArray(setting) ? setting : [setting, {}];
  const normalized = level === "warn" ? "warning" : level;
  if (normalized !== "off" && normalized !== "warning" && normalized !== "error") {
    throw new Error(`Rule \`${id}\`: expected \`off\`, \`warning\`, \`error\` or \`[level, {options}]\`, not ${JSON.stringify(setting)}`);
  }
  if (Array.isArray(setting) && setting.length > 2) throw new Error(`Rule \`${id}\`: expected \`[level, {options}]\`, not ${setting.length} items`);
  if (options !== void 0 && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw new Error(`Rule \`${id}\`: options must be an object, not ${JSON.stringify(options)}`);
  }
  for (const [key, value2] of Object.entries(options ?? {})) {
    const spec = definition2.options[key];
    if (!spec) {
      const known2 = Object.keys(definition2.options);
      throw new Error(`Rule \`${id}\`: unknown option \`${key}\`; ${known2.length ? `its options are ${known2.map((k) => `\`${k}\``).join(", ")}` : "it takes no options"}`);
    }
    const problem = checkValue(spec, value2);
    if (problem) throw new Error(`Rule \`${id}\`: option \`${key}\` must be ${problem}, not ${JSON.stringify(value2)}`);
  }
  return [normalized, options ?? {}];
}
function checkValue(spec, value2) {
  if (spec.type === "string[]") {
    return Array.isArray(value2) && value2.every((item) => typeof item === "string" && item.trim() !== "") ? void 0 : "a list of non-empty strings";
  }
  const range = spec.min !== void 0 && spec.max !== void 0 ? ` from ${spec.min} to ${spec.max}` : spec.min !== void 0 ? ` of at least ${spec.min}` : "";
  const wanted = (spec.type === "integer" ? "a whole number" : "a number") + range;
  if (typeof value2 !== "number" || !Number.isFinite(value2)) return wanted;
  if (spec.type === "integer" && !Number.isInteger(value2)) return wanted;
  if (spec.min !== void 0 && value2 < spec.min || spec.max !== void 0 && value2 > spec.max) return wanted;
  return void 0;
}
function defaultsOf(definition2) {
  const defaults = {};
  for (const [key, spec] of Object.entries(definition2.options)) defaults[key] = spec.default;
  return defaults;
}
function defineRule(definition2, check) {
  const info = { ...definition2, url: DOCS + definition2.id + ".md" };
  const defaults = defaultsOf(definition2);
  function plugin(setting) {
    const [level, given] = parseSetting(info, setting, definition2.level);
    if (level === "off") return;
    const options = { ...defaults, ...given };
    return function(tree, file) {
      check(tree, file, options, function(r) {
        const message = file.message(r.reason, { place: { start: r.start, end: r.end }, ruleId: definition2.id, source: SOURCE });
        message.fatal = level === "error" && r.tier !== "secondary";
        message.url = info.url;
        if (r.actual !== void 0) message.actual = r.actual;
        if (r.expected) message.expected = r.expected;
        if (r.fix) message.fix = r.fix;
        if (r.other) message.cause = new VFileMessage(r.other.message, { place: { start: r.other.start, end: r.other.end }, ruleId: definition2.id, source: SOURCE });
      });
    };
  }
  Object.defineProperty(plugin, "name", { value: definition2.id });
  return Object.assign(plugin, { ruleId: definition2.id, level: definition2.level, info });
}

// src/text/remove-blocks.ts
var space2 = /^[ \t\f\v\u00A0\uFEFF]*$/;
function isBreak(code) {
  return code === 10 || code === 13;
}
function lineStart(text3, at) {
  let i = at;
  while (i > 0 && !isBreak(text3.charCodeAt(i - 1))) i--;
  return i;
}
function lineEnd2(text3, at) {
  let i = at;
  while (i < text3.length && !isBreak(text3.charCodeAt(i))) i++;
  return i;
}
function afterBreak(text3, at) {
  if (text3.charCodeAt(at) === 13 && text3.charCodeAt(at + 1) === 10) return at + 2;
  return at < text3.length ? at + 1 : at;
}
function isWhite(code) {
  return isBreak(code) || code === 32 || code === 9 || code === 12 || code === 11 || code === 160 || code === 65279;
}
function wholeLines(text3, span2) {
  if (!span2 || !(span2.start >= 0 && span2.start < span2.end && span2.end <= text3.length)) return void 0;
  const from = lineStart(text3, span2.start);
  const to = lineEnd2(text3, span2.end);
  return space2.test(text3.slice(from, span2.start)) && space2.test(text3.slice(span2.end, to)) ? { from, to } : void 0;
}
function blockRemovals(text3, spans) {
  const out = spans.map(() => void 0);
  const lines = spans.map((span2) => wholeLines(text3, span2));
  const order2 = spans.map((_, i) => i).filter((i) => lines[i]).sort((a, b) => lines[a].from - lines[b].from);
  const groups = [];
  let previousEnd = -1;
  for (const i of order2) {
    const { from, to } = lines[i];
    if (from < previousEnd) continue;
    const last = groups.at(-1);
    if (last && isBlank(text3, previousEnd, from)) last.push(i);
    else groups.push([i]);
    previousEnd = to;
  }
  for (const group2 of groups) {
    const first = lines[group2[0]];
    const last = lines[group2.at(-1)];
    let before2 = first.from;
    while (before2 > 0 && isWhite(text3.charCodeAt(before2 - 1))) before2--;
    let after2 = last.to;
    while (after2 < text3.length && isWhite(text3.charCodeAt(after2))) after2++;
    const hasBefore = before2 > 0;
    const atEnd = after2 === text3.length;
    const blankBefore = !hasBefore || first.from > afterBreak(text3, lineEnd2(text3, before2));
    const nextLine = atEnd ? text3.length : lineStart(text3, after2);
    const blankAfter = nextLine > afterBreak(text3, last.to);
    if (hasBefore && (atEnd || blankBefore && blankAfter)) {
      let start = lineEnd2(text3, before2);
      for (const i of group2) {
        out[i] = [start, lines[i].to];
        start = lines[i].to;
      }
      continue;
    }
    const end = blankBefore && blankAfter ? nextLine : afterBreak(text3, last.to);
    group2.forEach((i, k) => {
      out[i] = [lines[i].from, k + 1 < group2.length ? lines[group2[k + 1]].from : end];
    });
  }
  return out;
}
function isBlank(text3, from, to) {
  for (let i = from; i < to; i++) if (!isWhite(text3.charCodeAt(i))) return false;
  return true;
}
function joinRemovals(text3, ranges) {
  let kept = "";
  for (let i = 1; i < ranges.length; i++) kept += text3.slice(ranges[i - 1][1], ranges[i][0]);
  return { range: [ranges[0][0], ranges.at(-1)[1]], text: kept };
}

// src/rules/examples/duplicate-paragraph.ts
var duplicate_paragraph_default = [
  {
    title: "A paragraph pasted twice",
    input: "The council met on Tuesday to vote on the new bus routes for the city.\n\nResidents asked for more buses at night.\n\nThe council met on Tuesday to vote on the new bus routes for the city.\n",
    messages: [
      "5:1-5:71: This paragraph repeats the paragraph at line 1; remove one copy"
    ]
  },
  {
    title: "A run of paragraphs pasted twice is one finding",
    input: "The storm closed every school in the county on Monday morning.\n\nCrews worked through the night to clear fallen trees from the roads.\n\nThe storm closed every school in the county on Monday morning.\n\nCrews worked through the night to clear fallen trees from the roads.\n",
    messages: [
      "5:1-7:69: Lines 5\u20137 repeat lines 1\u20133; remove one copy"
    ]
  },
  {
    title: "A near copy (one word changed) is a warning",
    input: "The new library will open in the spring, after two years of building work and a long debate about its cost to the town.\n\nVisitors can borrow books from the old branch until then.\n\nThe new library will open in the summer, after two years of building work and a long debate about its cost to the town.\n",
    messages: [
      "5:1-5:120: This paragraph nearly repeats the paragraph at line 1 (86% the same); keep one version"
    ]
  },
  {
    title: "Short paragraphs are left to repeated-headline",
    input: "More to follow.\n\nThe mayor spoke to reporters outside the town hall.\n\nMore to follow.\n",
    messages: []
  }
];

// src/text/similarity.ts
var SKETCH = 8;
var POSTINGS = 8;
function shingle(words2) {
  let hashes;
  let grams;
  return {
    words: words2.length,
    tokens: words2,
    sketch: bottomK(words2),
    get grams() {
      if (!grams) {
        grams = [];
        const count = gramCount(words2);
        for (let i = 0; i < count; i++) grams.push(gram(words2, i));
      }
      return grams;
    },
    get hashes() {
      return hashes ??= new Set(this.grams);
    }
  };
}
function gramCount(words2) {
  return words2.length < 3 ? Math.min(words2.length, 1) : words2.length - 2;
}
function gram(words2, i) {
  if (words2.length < 3) return fnv(words2.join(" "));
  return fnvSpace(fnvSpace(fnvFrom(2166136261, words2[i]), words2[i + 1]), words2[i + 2]) >>> 0;
}
function bottomK(words2) {
  const count = gramCount(words2);
  const smallest = [];
  const seen = [];
  let overflow = false;
  for (let i = 0; i < count; i++) {
    const hash = gram(words2, i);
    if (smallest.length === SKETCH && hash >= smallest[SKETCH - 1]) {
      if (hash !== smallest[SKETCH - 1]) overflow = true;
      continue;
    }
    let at = smallest.length;
    while (at > 0 && smallest[at - 1] > hash) at--;
    if (at > 0 && smallest[at - 1] === hash) continue;
    smallest.splice(at, 0, hash);
    if (!overflow) seen.push(hash);
    if (smallest.length > SKETCH) {
      smallest.pop();
      overflow = true;
    }
  }
  return overflow ? smallest : seen;
}
function compare(a, b) {
  const [small, large] = a.hashes.size <= b.hashes.size ? [a, b] : [b, a];
  let shared = 0;
  for (const hash of small.hashes) if (large.hashes.has(hash)) shared++;
  return {
    containment: small.hashes.size ? shared / small.hashes.size : 0,
    ratio: Math.min(a.words, b.words) / Math.max(a.words, b.words)
  };
}
var SketchIndex = class {
  postings = /* @__PURE__ */ new Map();
  /** Ids of earlier items that share at least one sketch hash with `item`. */
  candidates(item) {
    const found = /* @__PURE__ */ new Set();
    for (const hash of item.sketch) for (const id of this.postings.get(hash) ?? []) found.add(id);
    return [...found];
  }
  add(id, item) {
    for (const hash of item.sketch) {
      const list3 = this.postings.get(hash);
      if (!list3) this.postings.set(hash, [id]);
      else if (list3.length < POSTINGS) list3.push(id);
    }
  }
};
function fnv(text3) {
  return fnvFrom(2166136261, text3) >>> 0;
}
function fnvFrom(hash, text3) {
  for (let i = 0; i < text3.length; i++) {
    hash ^= text3.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash;
}
function fnvSpace(hash, text3) {
  hash ^= 32;
  return fnvFrom(Math.imul(hash, 16777619), text3);
}

// src/text/edits.ts
var MAX_TYPO_WORD = 24;
function contentChanges(a, b, limit = Infinity) {
  const [shorter, longer] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  let theirs;
  let changes = 0;
  for (const [from, to] of ownRuns(shorter, longer)) {
    const typo = to - from === 1 && oneEditAway(shorter.tokens[from]).some((key) => (theirs ??= ownWords(longer, shorter)).has(key));
    if (!typo && ++changes > limit) break;
  }
  return changes;
}
function ownWords(item, other) {
  return typoKeys(ownRuns(item, other).flatMap(([from, to]) => item.tokens.slice(from, to)));
}
function ownRuns(item, other) {
  const words2 = item.tokens;
  const shared = new Uint8Array(words2.length);
  const span2 = Math.min(3, words2.length);
  const { grams } = item;
  for (let i = 0; i < grams.length; i++) if (other.hashes.has(grams[i])) shared.fill(1, i, i + span2);
  const runs = [];
  for (let i = 0; i < words2.length; i++) {
    if (shared[i]) continue;
    const from = i;
    while (i + 1 < words2.length && !shared[i + 1]) i++;
    runs.push([from, i + 1]);
  }
  return runs;
}
function typoKeys(words2) {
  const keys2 = /* @__PURE__ */ new Set();
  for (const word2 of words2) for (const key of oneEditAway(word2)) keys2.add(key);
  return keys2;
}
function oneEditAway(word2) {
  const keys2 = [word2];
  if (word2.length < 2 || word2.length > MAX_TYPO_WORD) return keys2;
  for (let i = 0; i < word2.length; i++) keys2.push(word2.slice(0, i) + word2.slice(i + 1));
  return keys2;
}

// src/rules/data/thresholds.ts
var duplicateParagraph = {
  /** Paragraphs shorter than this are left alone (PRODUCT.md: 8). */
  minWords: 8,
  /**
   * Near duplicates: the share of the shorter paragraph's word 3-grams that
   * the longer one contains…
   */
  nearContainment: 0.8,
  /** …when the shorter one has at least this share of the longer one's words. */
  nearLengthRatio: 0.5,
  /**
   * …and the shorter one has words of its own (not typos of the other's) in
   * at most this many places: a pasted copy with a word changed has one, two
   * paragraphs written from one template have one per blank they fill.
   */
  nearChanges: 1,
  /**
   * Near copies are looked for among top-level paragraphs of at least this
   * many words: list items and short lines are parallel by design.
   */
  nearMinWords: 20,
  /** A one-sentence paragraph under this many words, repeated three or more times, is a refrain. */
  refrainMaxWords: 12,
  /** Bold-label fields (`**Duration:** two weeks`) under this many words are a layout's data. */
  fieldMaxWords: 20
};
var dateline = {
  /** A dateline opens one of the first this many paragraphs of body text (a byline may come first)… */
  bodyParagraphs: 2,
  /** …among the article's first this many blocks (headline, headings, bold lines included). */
  blocks: 6
};
var repeatedHeading = {
  /** Headings repeated with fewer words (“Background”, “Question”) are layout. */
  minWords: 3
};
var quote = {
  /** Quotations shorter than this are scare quotes or partial quotes. */
  minWords: 5
};

// src/rules/duplicate-paragraph.ts
var credit = new RegExp("^\\s*[\\u2014\\u2013-]{1,2}\\s*\\p{Lu}", "u");
var quoted = /^\s*[*_]*["\u201C]/u;
var span = (a, b) => a.start.line === b.end.line ? `line ${a.start.line}` : `lines ${a.start.line}\u2013${b.end.line}`;
var duplicate_paragraph_default2 = defineRule({
  id: "duplicate-paragraph",
  level: "error",
  summary: "a paragraph or run of paragraphs pasted twice; near copies (warning)",
  fix: "Remove one copy; for a near copy, keep the version you mean.",
  options: {
    minWords: { type: "integer", default: duplicateParagraph.minWords, min: 1, description: "Paragraphs shorter than this are left alone." },
    nearContainment: { type: "number", default: duplicateParagraph.nearContainment, min: 0, max: 1, description: "A near copy holds at least this share of the shorter paragraph\u2019s word 3-grams\u2026" },
    nearLengthRatio: { type: "number", default: duplicateParagraph.nearLengthRatio, min: 0, max: 1, description: "\u2026and the shorter paragraph has at least this share of the longer one\u2019s words." },
    nearChanges: { type: "integer", default: duplicateParagraph.nearChanges, min: 0, description: "\u2026and the shorter paragraph changes words of the other (not a typo) in at most this many places: more is two paragraphs written from one template." },
    nearMinWords: { type: "integer", default: duplicateParagraph.nearMinWords, min: 1, description: "Near copies are looked for among top-level paragraphs of at least this many words." },
    refrainMaxWords: { type: "integer", default: duplicateParagraph.refrainMaxWords, min: 0, description: "A one-sentence paragraph under this many words, repeated three or more times, is a refrain." },
    fieldMaxWords: { type: "integer", default: duplicateParagraph.fieldMaxWords, min: 0, description: "Bold-label fields (`**Duration:** two weeks`) under this many words are a layout\u2019s data." }
  },
  examples: duplicate_paragraph_default
}, function(_tree, file, options, report) {
  const info = file.data.copydesk;
  if (!info) return;
  const headline = findHeadline(info);
  const blocks = info.blocks.filter((block) => block.kind !== "heading" && !block.table && !isHeadline(block.text, headline));
  const counts = blocks.map((block) => wordCount(block.text));
  const hashes = blocks.map((block) => letterHash(block.text));
  const sharing = /* @__PURE__ */ new Map();
  for (const hash of hashes) sharing.set(hash, (sharing.get(hash) ?? 0) + 1);
  const keys2 = blocks.map((block, i) => sharing.get(hashes[i]) > 1 ? normalize(block.text) : void 0);
  const copies = /* @__PURE__ */ new Map();
  for (const key of keys2) if (key !== void 0) copies.set(key, (copies.get(key) ?? 0) + 1);
  const long = blocks.map(
    (block, i) => counts[i] >= options.minWords && !isBoldSubhead(block) && !isBoldQuestion(block) && !(block.field && counts[i] < options.fieldMaxWords) && !credit.test(block.text) && !(keys2[i] !== void 0 && copies.get(keys2[i]) >= 3 && counts[i] < options.refrainMaxWords && !/[.!?]\s+\S/.test(block.text.trim()))
  );
  const firstByKey = /* @__PURE__ */ new Map();
  const copyOf = keys2.map((key, index3) => {
    if (key === void 0) return -1;
    const scoped = blocks[index3].inList ? `${blocks[index3].container}\0${key}` : key;
    const first = firstByKey.get(scoped);
    if (first === void 0) firstByKey.set(scoped, index3);
    return first ?? -1;
  });
  const source2 = file.data.source ?? String(file.value);
  const exact = [];
  for (let index3 = 0; index3 < blocks.length; index3++) {
    if (copyOf[index3] === -1) continue;
    let run = index3;
    while (run + 1 < blocks.length && copyOf[run + 1] === copyOf[index3] + (run + 1 - index3) && copyOf[run + 1] < index3) run++;
    const length = run - index3 + 1;
    let last = run;
    while (last + length < blocks.length && copyOf.slice(last + 1, last + 1 + length).every((from2, k) => from2 === copyOf[index3] + k)) last += length;
    const hasLong = long.slice(index3, last + 1).some(Boolean);
    const from = blocks[copyOf[index3]];
    const to = blocks[copyOf[run]];
    const copy = span(blocks[index3], blocks[last]);
    const original = span(from, to);
    if (hasLong) {
      const finding = {
        reason: last === index3 ? `This paragraph repeats the paragraph at ${original}; remove one copy` : runReason(copy, original),
        start: blocks[index3].start,
        end: blocks[last].end,
        other: { start: from.start, end: to.end, message: "The first copy" }
      };
      exact.push({ finding, spans: copySpans(blocks, copyOf, index3, last, source2) });
    }
    index3 = last;
  }
  const all3 = exact.flatMap(({ spans }) => spans ?? []);
  const ranges = blockRemovals(source2, all3);
  let next2 = 0;
  for (const { finding, spans } of exact) {
    const mine = spans ? ranges.slice(next2, next2 += spans.length) : [];
    const fix = spans && mine.every(Boolean) ? joinRemovals(source2, mine) : void 0;
    report(fix ? { ...finding, fix } : finding);
  }
  const index2 = new SketchIndex();
  const shingles = /* @__PURE__ */ new Map();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!long[i] || copyOf[i] !== -1 || block.container !== 0 || block.emphasis || block.strong || counts[i] < options.nearMinWords) continue;
    const current = shingle(words(block.text));
    let best;
    for (const id of index2.candidates(current)) {
      if (quoted.test(block.text) !== quoted.test(blocks[id].text)) continue;
      const other = shingles.get(id);
      const { containment, ratio } = compare(current, other);
      if (containment < options.nearContainment || ratio < options.nearLengthRatio || best && containment <= best.containment) continue;
      if (contentChanges(current, other, options.nearChanges) <= options.nearChanges) best = { id, containment };
    }
    if (best) {
      const first = blocks[best.id];
      report({
        reason: `This paragraph nearly repeats the paragraph at ${span(first, first)} (${Math.round(best.containment * 100)}% the same); keep one version`,
        start: block.start,
        end: block.end,
        tier: "secondary",
        other: { start: first.start, end: first.end, message: "The similar paragraph" }
      });
    }
    shingles.set(i, current);
    index2.add(i, current);
  }
});
function copySpans(blocks, copyOf, from, to, source2) {
  const gap2 = (a, b) => source2.slice(a.end.offset, b.start.offset).replace(/\s+/g, " ").trim();
  const spans = [];
  for (let k = from; k <= to; k++) {
    const { container, start, end } = blocks[k];
    if (container !== 0 || start.offset === void 0 || end.offset === void 0) return void 0;
    const between2 = k > from ? gap2(blocks[k - 1], blocks[k]) : void 0;
    const joined2 = between2 === "" || between2 !== void 0 && copyOf[k] === copyOf[k - 1] + 1 && between2 === gap2(blocks[copyOf[k - 1]], blocks[copyOf[k]]);
    if (joined2) spans[spans.length - 1].end = end.offset;
    else spans.push({ start: start.offset, end: end.offset });
  }
  return spans;
}
function runReason(copy, original) {
  const verb = copy.startsWith("lines") ? "repeat" : "repeats";
  return `${copy.charAt(0).toUpperCase() + copy.slice(1)} ${verb} ${original}; remove one copy`;
}

// src/rules/examples/front-matter.ts
var front_matter_default = [
  {
    title: "Front matter that cannot be read",
    input: "---\ntitle: [unclosed\n---\n\nThe story goes on.\n",
    messages: [
      "2:17-3:1: Invalid front matter: Flow sequence in block collection must be sufficiently indented and end with a ]; fix the YAML so the site can read the article's fields"
    ]
  },
  {
    title: "Front matter after blank lines",
    input: "\n---\ntitle: Buses\n---\n\nThe story goes on.\n",
    messages: [
      "1:1-3:1: Front matter starts after blank lines, so sites read it as body text; remove the blank lines before `---`"
    ]
  }
];

// src/rules/front-matter.ts
var front_matter_default2 = defineRule({
  id: "front-matter",
  level: "error",
  summary: "YAML front matter that cannot be read",
  fix: "Fix the YAML so the site can read the article\u2019s fields.",
  options: {},
  examples: front_matter_default
}, function(_tree, file, _options, report) {
  for (const problem of file.data.frontMatterProblems ?? []) report(problem);
});

// src/text/quotes.ts
var OPEN = "\u201C";
var CLOSE = "\u201D";
var before = /[\s([{\u2014\u2013\-/]/u;
var after = /[\s.,;:!?)\]}\u2014\u2013\-\u2026]/u;
var leading = /^[\s*_>]*["\u201C]/u;
function closesAt(text3, i) {
  return text3[i] === CLOSE || text3[i] === '"' && straight(text3, i, false) === "close";
}
function opensWithQuote(text3) {
  return leading.test(text3.slice(0, 20));
}
function scanQuotes(text3, continuing = false) {
  const result = { quotes: [], stray: [], reopened: [] };
  let continues = false;
  let outer = -1;
  let depth = 0;
  let nestedStraight = false;
  let seen = false;
  const open = (i) => {
    if (!seen && continuing) result.head = { open: i };
    outer = i;
    depth = 1;
  };
  const close2 = (i, implied = false) => {
    if (result.head && outer === result.head.open && result.head.close === void 0) result.head.close = i;
    else result.quotes.push(continues || implied ? { open: outer, close: i, ...continues ? { continues } : {}, ...implied ? { implied } : {} } : { open: outer, close: i });
    outer = -1;
    depth = 0;
    nestedStraight = false;
    continues = false;
  };
  const reopen = (i) => {
    let end = i;
    while (end > 0 && /\s/.test(text3[end - 1])) end--;
    close2(end, true);
    result.reopened.push(i);
    outer = i;
    depth = 1;
    continues = true;
  };
  for (let i = 0; i < text3.length; i++) {
    const ch = text3[i];
    if (ch !== '"' && ch !== OPEN && ch !== CLOSE) continue;
    if (text3[i - 1] === "=") {
      const end = valueEnd(text3, i);
      if (end !== -1) i = end;
      continue;
    }
    const direction = ch === OPEN ? "open" : ch === CLOSE ? "close" : straight(text3, i, depth > 0);
    if (direction === "skip") continue;
    if (direction === "stray") {
      result.stray.push(i);
      continue;
    }
    if (depth === 0) {
      if (direction === "open") open(i);
      else result.stray.push(i);
    } else if (ch === '"' && text3[outer] !== '"') {
      if (nestedStraight) nestedStraight = false;
      else if (facesOpen(text3, i)) nestedStraight = true;
      else close2(i);
    } else if (direction === "open") {
      if (depth === 1 && ch === text3[outer] && sentenceEnded(text3, i)) reopen(i);
      else depth++;
    } else if (depth > 1) {
      depth--;
    } else {
      close2(i);
    }
    seen = true;
  }
  if (outer !== -1) {
    result.tail = outer;
    if (continues) result.tailContinues = true;
  }
  return result;
}
function sentenceEnded(text3, i) {
  return /[.!?\u2026]['\u2019)\]]?\s+$/u.test(text3.slice(Math.max(0, i - 5), i));
}
function valueEnd(text3, i) {
  for (let k = i + 1; k < text3.length && k < i + 300; k++) {
    const ch = text3[k];
    if (ch === "\n" || ch === "\r") return -1;
    if (ch === '"' || ch === CLOSE || ch === OPEN || ch === "\u2033") return k;
  }
  return -1;
}
function facesOpen(text3, i) {
  const prev = i === 0 ? " " : text3[i - 1];
  const next2 = i + 1 >= text3.length ? " " : text3[i + 1];
  return before.test(prev) && !after.test(next2);
}
function straight(text3, i, isOpen) {
  const prev = i === 0 ? " " : text3[i - 1];
  const next2 = i + 1 >= text3.length ? " " : text3[i + 1];
  if (new RegExp("\\p{L}", "u").test(prev) && new RegExp("\\p{Ll}", "u").test(next2) && new RegExp("^\\p{Ll}{1,2}\\b", "u").test(text3.slice(i + 1, i + 4))) return "stray";
  if (/\d/.test(prev) && !isOpen) return "skip";
  const opens = before.test(prev);
  const closes = after.test(next2);
  if (opens && !closes) return "open";
  if (closes && !opens) return "close";
  return isOpen ? "close" : "open";
}

// src/rules/examples/inconsistent-date.ts
var inconsistent_date_default = [
  {
    title: "A weekday that contradicts its date",
    input: "The vote was held on Monday, July 22, 2025, after a long debate.\n",
    messages: [
      "1:22-1:43: July 22, 2025 was a Tuesday, not a Monday; correct the weekday (Tuesday) or the date (Monday is July 21)"
    ]
  },
  {
    title: "A date that does not exist",
    input: "The office will reopen on June 31, 2025, the council said.\n",
    messages: [
      "1:27-1:40: June 31, 2025 does not exist (June has 30 days); check the date"
    ]
  },
  {
    title: "The year comes from the front matter date",
    input: "---\ndate: 2025-07-20\n---\n\nThe vote is on Wednesday, July 22.\n",
    messages: [
      "5:16-5:34: July 22, 2025 was a Tuesday, not a Wednesday; correct the weekday (Tuesday) or the date (Wednesday is July 23)"
    ]
  },
  {
    title: "A day-month date that cannot exist, with no year",
    input: "The talks resume on Friday, 30 February, officials said.\n",
    messages: [
      "1:21-1:40: 30 February does not exist (February has at most 29 days); check the date"
    ]
  },
  {
    title: "A correct weekday",
    input: "The vote was held on Tuesday, July 22, 2025.\n",
    messages: []
  }
];

// src/rules/data/dates.ts
var referenceDateFields = ["date", "published", "publishDate", "publishdate", "pubDate"];
var updatedDateFields = ["updated", "lastmod", "lastModified", "modified", "last_modified"];
var months = [
  ["January", "Jan"],
  ["February", "Feb"],
  ["March", "Mar"],
  ["April", "Apr"],
  ["May"],
  ["June", "Jun"],
  ["July", "Jul"],
  ["August", "Aug"],
  ["September", "Sept", "Sep"],
  ["October", "Oct"],
  ["November", "Nov"],
  ["December", "Dec"]
];
var weekdays = [
  ["Sunday", "Sun"],
  ["Monday", "Mon"],
  ["Tuesday", "Tues", "Tue"],
  ["Wednesday", "Wed"],
  ["Thursday", "Thurs", "Thur", "Thu"],
  ["Friday", "Fri"],
  ["Saturday", "Sat"]
];
var monthNumber = new Map(months.flatMap((names2, i) => names2.map((name2) => [name2.toLowerCase(), i + 1])));
var weekdayNumber = new Map(weekdays.flatMap((names2, i) => names2.map((name2) => [name2.toLowerCase(), i])));
var weekdayNames = weekdays.map((names2) => names2[0]);
var monthNames = months.map((names2) => names2[0]);
var fullMonthNames = new Set(monthNames.map((name2) => name2.toLowerCase()));
var month = months.flat().join("|");
var weekday = weekdays.flat().join("|");
var gap = "[ \\t\\u00A0]{1,3}";
var monthDayPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${weekday})\\.?,?${gap})?(${month})\\.?${gap}(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}:])(?:,?${gap}(\\d{4})(?![\\p{L}\\p{N}]))?`,
  "gu"
);
var dayMonthPattern = new RegExp(
  `(?<![\\p{L}\\p{N}.,:])(?:(${weekday})\\.?,?${gap})?(\\d{1,2})(?:st|nd|rd|th)?${gap}(${month})(?![\\p{L}])\\.?(?:,?${gap}(\\d{4})(?![\\p{L}\\p{N}]))?`,
  "gu"
);
var isoPattern = /(?<![\p{L}\p{N}/.-])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}/-])/gu;
var agency = "\\(\\w{2,10}\\)";
var datelinePattern = new RegExp(
  `^[\\p{Lu}][\\p{Lu} .'\u2019-]{1,40}(?:,${gap}[\\p{L}.]{2,20}){0,2},?${gap}(?:${agency}${gap})?((?:${month})\\.?${gap}\\d{1,2}(?:,?${gap}\\d{4})?|\\d{1,2}${gap}(?:${month})\\.?(?:,?${gap}\\d{4})?)(?:${gap}${agency})?(?:${gap})?(?:\u2014|\u2013|--|-)`,
  "u"
);
var styleNames = {
  "month-day-year": "month-day-year (\u201CJuly 23, 2025\u201D)",
  "day-month-year": "day-month-year (\u201C23 July 2025\u201D)",
  iso: "ISO (\u201C2025-07-23\u201D)"
};

// src/rules/inconsistent-date.ts
var digit = /\d/;
var inconsistent_date_default2 = defineRule({
  id: "inconsistent-date",
  level: "error",
  summary: "weekday/date contradictions, impossible dates; front matter date conflicts and mixed styles (warning)",
  fix: "Correct the weekday or the date, or make the front matter dates agree.",
  options: {},
  examples: inconsistent_date_default
}, function(tree, file, _options, report) {
  const info = file.data.copydesk;
  if (!info) return;
  const reference2 = checkFrontMatter(info, file, report) ?? fromDateline(tree, info) ?? fromFileName(file);
  const dated = [];
  for (const group2 of paragraphs(tree, info.blocks)) {
    let checkDate2 = function(text3, index2, weekday2, month2, day, year, written, dayFirst, weekdayWritten) {
      if (day < 1 || day > 31) return;
      const place2 = at(index2, text3.length);
      if (day > daysIn(month2, year ?? 2e3) || month2 === 2 && day === 29 && year === void 0) {
        if (month2 === 2 && day === 29 && year === void 0) return;
        report({
          reason: `${dateText(month2, day, written ? year : void 0, dayFirst)} does not exist (${monthNames[month2 - 1]} has ${month2 !== 2 ? `${daysIn(month2, 2e3)} days` : year === void 0 ? "at most 29 days" : `${daysIn(month2, year)} days that year`}); check the date`,
          ...place2,
          actual: text3
        });
        return;
      }
      if (!weekday2 || !weekdayWritten && !reference2) return;
      const knownYear = weekdayWritten ? year : nearestYear(reference2, month2, day);
      if (day > daysIn(month2, knownYear)) return;
      const actualDay = new Date(Date.UTC(knownYear, month2 - 1, day)).getUTCDay();
      const stated = weekdayNumber.get(weekday2.toLowerCase());
      if (actualDay === stated) return;
      const statedDate = dateText(month2, day, knownYear, dayFirst);
      report({
        reason: `${statedDate} was a ${weekdayNames[actualDay]}, not a ${weekdayNames[stated]}; correct the weekday (${weekdayNames[actualDay]}) or the date (${weekdayNames[stated]} is ${nearest(knownYear, month2, day, stated - actualDay, dayFirst)})`,
        ...place2,
        actual: weekday2,
        expected: [weekdayNames[actualDay]]
      });
    };
    var checkDate = checkDate2;
    if (!mayHold(group2, digit)) continue;
    const paragraph2 = group2.node;
    const mapped = mapText(paragraph2);
    const at = (index2, length) => ({ start: pointOf(file, mapped, index2), end: pointOf(file, mapped, index2 + length) });
    const inQuotation = quotedSpans(mapped.text);
    const metadata = isFieldBlock(mapped.text);
    const styled = { push: (found) => metadata || inQuotation(found.index) || dated.push(found) };
    for (const match of mapped.text.matchAll(monthDayPattern)) {
      const [text3, weekday2, monthName, dayText, yearText] = match;
      const month2 = monthNumber.get(monthName.toLowerCase());
      const day = Number(dayText);
      const year = yearText ? Number(yearText) : reference2?.year;
      if (yearText) styled.push({ style: "month-day-year", text: text3, mapped, index: match.index });
      checkDate2(text3, match.index, periodAfter(text3, monthName) ? void 0 : weekday2, month2, day, year, yearText !== void 0, false, isYear(yearText));
    }
    for (const match of mapped.text.matchAll(dayMonthPattern)) {
      const [text3, weekday2, dayText, monthName, yearText] = match;
      if (!yearText && monthName === "May" && !weekday2) continue;
      const year = yearText ? Number(yearText) : reference2?.year;
      if (yearText) styled.push({ style: "day-month-year", text: text3, mapped, index: match.index });
      checkDate2(text3, match.index, weekday2, monthNumber.get(monthName.toLowerCase()), Number(dayText), year, yearText !== void 0, true, isYear(yearText) && !periodAfter(text3, monthName));
    }
    for (const match of mapped.text.matchAll(isoPattern)) {
      const [text3, yearText, monthText, dayText] = match;
      const month2 = Number(monthText);
      if (month2 < 1 || month2 > 12 || inAddress(mapped.text, match.index)) continue;
      styled.push({ style: "iso", text: text3, mapped, index: match.index });
      checkDate2(text3, match.index, void 0, month2, Number(dayText), Number(yearText), true, false, true);
    }
  }
  reportMixedStyles(dated, file, report);
});
function isFieldBlock(text3) {
  if (text3.length > MAX_FIELD_BLOCK) return false;
  return text3.trim().split(/\r?\n/).every((line) => fieldLine.test(line));
}
var fieldLine = /^[ \t]*[a-z][A-Za-z0-9_-]*:[ \t]+\S/;
var MAX_FIELD_BLOCK = 1e3;
function quotedSpans(text3) {
  if (!/["\u201C\u201D]/.test(text3)) return () => false;
  const scan = scanQuotes(text3);
  const spans = scan.quotes.map((q) => [q.open, q.close]);
  if (scan.tail !== void 0) spans.push([scan.tail, text3.length]);
  spans.sort((a, b) => a[0] - b[0]);
  const reach = [];
  for (const [index2, [, to]] of spans.entries()) reach.push(Math.max(to, reach[index2 - 1] ?? -1));
  return (index2) => {
    const before2 = firstIndex(spans.length, (k) => spans[k][0] >= index2);
    return before2 > 0 && reach[before2 - 1] > index2;
  };
}
function reportMixedStyles(found, file, report) {
  const counts = /* @__PURE__ */ new Map();
  for (const item of found) counts.set(item.style, (counts.get(item.style) ?? 0) + 1);
  if (counts.size < 2) return;
  const [[main, most], [, next2]] = [...counts].sort((a, b) => b[1] - a[1]);
  if (most === next2) return;
  for (const item of found) {
    if (item.style === main) continue;
    report({
      reason: `Date \u201C${item.text}\u201D is written ${styleNames[item.style]}, but this article mostly uses ${styleNames[main]}; use one style`,
      start: pointOf(file, item.mapped, item.index),
      end: pointOf(file, item.mapped, item.index + item.text.length),
      tier: "secondary",
      actual: item.text
    });
  }
}
function checkFrontMatter(info, file, report) {
  for (const key of [...referenceDateFields, ...updatedDateFields]) {
    const given = info.frontMatter[key];
    const problem = given && invalidDate(given.value);
    if (problem) report({ reason: `Front matter \`${key}\` ${problem}; correct the date`, start: given.start, end: given.end, actual: String(given.value) });
  }
  const field = referenceDateFields.map((key) => info.frontMatter[key]).find((f) => f && readDay(f.value));
  const published = field && readDay(field.value);
  if (!field || !published) return void 0;
  for (const key of updatedDateFields) {
    const updated = info.frontMatter[key];
    const day = updated && readDay(updated.value);
    if (day && compare2(day, published) < 0) {
      report({
        reason: `\`${key}\` (${format(day)}) is before the publication date (${format(published)}); correct one of them`,
        start: updated.start,
        end: updated.end,
        tier: "secondary",
        actual: format(day)
      });
    }
  }
  const named = fromFileName(file);
  if (named && compare2(named, published) !== 0) {
    report({
      reason: `The file name says ${format(named)} but the front matter date is ${format(published)}; make them agree`,
      start: field.start,
      end: field.end,
      tier: "secondary",
      actual: format(published),
      expected: [format(named)]
    });
  }
  return published;
}
function fromDateline(tree, info) {
  let body = 0;
  for (const { node: node2, block } of paragraphs(tree, info.blocks).slice(0, dateline.blocks)) {
    const match = datelinePattern.exec(mapText(node2).text.slice(0, 120));
    if (match) return datelineDay(match[1]);
    if (block && isHeadlineLike(block, info)) continue;
    if (++body >= dateline.bodyParagraphs) return void 0;
  }
  return void 0;
}
function datelineDay(text3) {
  const match = new RegExp("^(?:(\\p{L}+)\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+(\\p{L}+)\\.?),?\\s+(\\d{4})$", "u").exec(text3);
  if (!match) return void 0;
  const [, monthFirst, dayFirst, daySecond, monthSecond, year] = match;
  const name2 = monthFirst ?? monthSecond;
  if (periodAfter(text3, name2)) return void 0;
  const month2 = monthNumber.get(name2.toLowerCase());
  return month2 === void 0 || !isYear(year) ? void 0 : validDay(Number(year), month2, Number(dayFirst ?? daySecond));
}
function isYear(text3) {
  return text3 !== void 0 && /^[1-9]\d{3}$/.test(text3);
}
function periodAfter(text3, monthName) {
  if (!fullMonthNames.has(monthName.toLowerCase())) return false;
  const at = text3.indexOf(monthName);
  return text3.charCodeAt(at + monthName.length) === 46;
}
function nearestYear(reference2, month2, day) {
  const from = Date.UTC(reference2.year, reference2.month - 1, reference2.day);
  const distance = (year) => Math.abs(Date.UTC(year, month2 - 1, Math.min(day, daysIn(month2, year))) - from);
  const here = distance(reference2.year);
  if (distance(reference2.year + 1) < here) return reference2.year + 1;
  if (distance(reference2.year - 1) < here) return reference2.year - 1;
  return reference2.year;
}
function fromFileName(file) {
  const match = /^(\d{4})-(\d{2})-(\d{2})-/.exec(file.basename ?? "");
  return match ? validDay(Number(match[1]), Number(match[2]), Number(match[3])) : void 0;
}
function readDay(value2) {
  if (value2 instanceof Date && !Number.isNaN(value2.getTime())) {
    return { year: value2.getUTCFullYear(), month: value2.getUTCMonth() + 1, day: value2.getUTCDate() };
  }
  if (typeof value2 !== "string") return void 0;
  const match = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(value2);
  return match ? validDay(Number(match[1]), Number(match[2]), Number(match[3])) : void 0;
}
function invalidDate(value2) {
  if (typeof value2 !== "string") return void 0;
  const match = /^\s*(\d+)-(\d+)-(\d+)(?![\d-])/.exec(value2);
  if (!match) return void 0;
  const [text3, yearText, monthText, dayText] = match;
  const [year, month2, day] = [Number(yearText), Number(monthText), Number(dayText)];
  if (yearText.length !== 4 || month2 < 1 || month2 > 12 || day < 1 || monthText.length > 2 || dayText.length > 2) {
    return `(${text3.trim()}) is not a date in YYYY-MM-DD form`;
  }
  if (day > daysIn(month2, year)) return `(${text3.trim()}) does not exist (${monthNames[month2 - 1]} has ${daysIn(month2, year)} days${month2 === 2 ? " that year" : ""})`;
  return void 0;
}
function validDay(year, month2, day) {
  return month2 >= 1 && month2 <= 12 && day >= 1 && day <= daysIn(month2, year) ? { year, month: month2, day } : void 0;
}
function inAddress(text3, at) {
  let start = at;
  while (start > 0 && !/\s/.test(text3.charAt(start - 1))) start--;
  const token2 = text3.slice(start, at);
  return token2.includes("://") || /^[(<"'\u201C]*www\./i.test(token2) || /[=?&]$/.test(token2);
}
function nearest(year, month2, day, shift, dayFirst) {
  const forward = (shift % 7 + 7) % 7;
  const date = new Date(Date.UTC(year, month2 - 1, day + (forward > 3 ? forward - 7 : forward)));
  return dateText(date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCFullYear() === year ? void 0 : date.getUTCFullYear(), dayFirst);
}
function dateText(month2, day, year, dayFirst) {
  const name2 = monthNames[month2 - 1];
  if (dayFirst) return year === void 0 ? `${day} ${name2}` : `${day} ${name2} ${year}`;
  return year === void 0 ? `${name2} ${day}` : `${name2} ${day}, ${year}`;
}
function daysIn(month2, year) {
  return new Date(Date.UTC(year, month2, 0)).getUTCDate();
}
function compare2(a, b) {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
function format(day) {
  return `${day.year}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
}

// src/rules/examples/repeated-headline.ts
var repeated_headline_default = [
  {
    title: "The headline repeated under itself",
    input: "# Council approves new bus routes\n\n**Council approves new bus routes**\n\nThe council voted on Tuesday to add four routes.\n",
    messages: [
      "3:1-3:36: This bold line repeats the headline at line 1; remove the repeat"
    ]
  },
  {
    title: "The front matter title repeated as a heading",
    input: "---\ntitle: Storm closes schools\n---\n\n# Storm closes schools\n\nEvery school in the county was closed on Monday.\n",
    messages: [
      "5:1-5:23: This heading repeats the front matter title (line 2); remove the repeat"
    ]
  },
  {
    title: "A repeated subheading in one section is a warning",
    input: "# Budget\n\n## What the plan costs\n\nThe plan costs four million.\n\n## What the plan costs\n\nIt is paid for by a new levy.\n",
    messages: [
      "7:1-7:23: Heading \u201CWhat the plan costs\u201D repeats the heading at line 3; rename or remove one"
    ]
  },
  {
    title: "Short labels of a Q&A layout may repeat",
    input: "# Interviews\n\n## Background\n\nShe grew up in the town.\n\n## Background\n\nHe moved here in 1990.\n",
    messages: []
  }
];

// src/rules/repeated-headline.ts
var repeated_headline_default2 = defineRule(
  {
    id: "repeated-headline",
    level: "error",
    summary: "the headline repeated as a heading, bold line or plain line; other repeated headings and short bold subheads (warning)",
    fix: "Remove the repeated headline or heading, or reword it.",
    options: {
      minHeadingWords: { type: "integer", default: repeatedHeading.minWords, min: 1, description: "Headings and bold subheads with fewer words (\u201CBackground\u201D, \u201CQuestion\u201D) may repeat." }
    },
    examples: repeated_headline_default
  },
  function(_tree, file, options, report) {
    const info = file.data.copydesk;
    if (!info) return;
    const headline = findHeadline(info);
    const repeats = [];
    const seenHeadings = /* @__PURE__ */ new Map();
    const seenSubheads = /* @__PURE__ */ new Map();
    const sections = [];
    let section = -1;
    for (const [index2, block] of info.blocks.entries()) {
      let parent = -1;
      if (block.kind === "heading") {
        const depth = Math.min(Math.max(block.depth ?? 1, 1), 6);
        sections.length = Math.min(sections.length, depth);
        for (let d = depth - 2; d >= 0 && parent === -1; d--) parent = sections[d] ?? -1;
        sections[depth - 1] = index2;
        section = index2;
      }
      if (block === headline?.block) continue;
      const plain4 = block.kind !== "heading" && !block.strong;
      if (plain4 && !isHeadline(block.text, headline)) continue;
      const key = headlineKey(block.text);
      if (!key) continue;
      if (headline && key === headline.key) {
        const where = headline.origin === "title" ? `the front matter title (line ${headline.start.line})` : `the headline at line ${headline.start.line}`;
        repeats.push({
          finding: {
            reason: `${describe(block)} repeats ${where}; remove the repeat`,
            start: block.start,
            end: block.end,
            actual: block.text,
            expected: [""],
            other: { start: headline.start, end: headline.end, message: "The headline" }
          },
          block
        });
        continue;
      }
      if (isBoldSubhead(block) && block.container === 0 && wordCount(block.text) >= options.minHeadingWords) {
        if (!isBoldQuestion(block) && !isNameLabel(block.text)) repeatInScope(seenSubheads, section, key, block, "bold subhead");
        continue;
      }
      if (block.kind !== "heading" || wordCount(block.text) < options.minHeadingWords) continue;
      repeatInScope(seenHeadings, parent, key, block, "heading");
    }
    const source2 = file.data.source ?? String(file.value);
    const removals = blockRemovals(source2, repeats.map(({ block }) => block.container === 0 && block.start.offset !== void 0 && block.end.offset !== void 0 ? { start: block.start.offset, end: block.end.offset } : void 0));
    repeats.forEach(({ finding }, i) => {
      const range = removals[i];
      report(range ? { ...finding, fix: { range, text: "" } } : finding);
    });
    function repeatInScope(seen, scope, key, block, kind) {
      const scoped = `${scope}\0${key}`;
      const first = seen.get(scoped);
      if (!first) {
        seen.set(scoped, block);
        return;
      }
      report({
        reason: `${kind.charAt(0).toUpperCase() + kind.slice(1)} \u201C${excerpt(block.text)}\u201D repeats the ${kind} at line ${first.start.line}; rename or remove one`,
        start: block.start,
        end: block.end,
        tier: "secondary",
        actual: block.text,
        other: { start: first.start, end: first.end, message: `The first ${kind}` }
      });
    }
  }
);
function describe(block) {
  if (block.kind === "heading") return "This heading";
  if (block.strong) return "This bold line";
  return "This line";
}

// node_modules/retext-repeated-words/lib/index.js
var list2 = /* @__PURE__ */ new Set([
  "had",
  "that",
  "can",
  "blah",
  "beep",
  "yadda",
  "sapiens",
  "tse",
  "mau"
]);
function retextRepeatedWords() {
  return function(tree, file) {
    visit(tree, "SentenceNode", function(parent) {
      let index2 = -1;
      let previous2;
      let current;
      while (++index2 < parent.children.length) {
        const child = parent.children[index2];
        if (child.type === "WordNode") {
          const value2 = toString2(child);
          current = { index: index2, value: value2.toLowerCase() };
          if (previous2 && previous2.value === current.value && !ignore2(value2)) {
            const start = pointStart(parent.children[previous2.index]);
            const end = pointEnd(child);
            const message = file.message(
              "Unexpected repeated `" + value2 + "`, remove one occurrence",
              {
                ancestors: [parent, child],
                /* c8 ignore next -- verbose to test */
                place: start && end ? { start, end } : void 0,
                ruleId: current.value.replace(/\W+/g, "-"),
                source: "retext-repeated-words"
              }
            );
            message.actual = toString2(
              parent.children.slice(previous2.index, index2 + 1)
            );
            message.expected = [value2];
            message.url = "https://github.com/retextjs/retext-repeated-words#readme";
          }
        } else if (child.type === "WhiteSpaceNode") {
          previous2 = current;
          current = void 0;
        } else {
          previous2 = void 0;
          current = void 0;
        }
      }
      return SKIP;
    });
  };
}
function ignore2(value2) {
  if (list2.has(value2.toLowerCase())) {
    return true;
  }
  const head = value2.charAt(0);
  if (head === head.toUpperCase()) {
    if (value2.length === 2 && value2.charAt(1) === ".") {
      return true;
    }
    const tail = value2.slice(1);
    if (tail === tail.toLowerCase()) {
      return true;
    }
  }
  return false;
}

// src/rules/data/doubles.ts
var doubledNames = [
  "Walla",
  "Wagga",
  "Baden",
  "Bora",
  "Pago",
  "Sing",
  "Duran",
  "Mau",
  "Tse",
  "Bella",
  "Sirhan",
  "Humbert",
  "Major",
  "Lang",
  "Talk",
  "Mahi",
  "Dum",
  "Tora",
  "Cous",
  "Bye",
  "Chi",
  "Phi",
  "Boing"
];
var copulas = ["is", "was", "are", "were", "do", "does", "did"];
var clauseOpeners = ["what", "whatever", "all", "where", "how", "why", "who", "whoever", "thing", "problem", "point", "question", "truth", "fact"];

// src/rules/examples/repeated-words.ts
var repeated_words_default = [
  {
    title: "A doubled word",
    input: "The council voted on the the budget.\n",
    messages: [
      "1:22-1:29: Unexpected repeated `the`; remove one occurrence"
    ]
  },
  {
    title: "A capitalised double",
    input: "The Committee Committee met on Tuesday.\n",
    messages: [
      "1:5-1:24: Unexpected repeated `Committee`; remove one occurrence"
    ]
  },
  {
    title: "Grammatical doubles and names that double are not findings",
    input: "She had had enough of the delays. What it is is a tax on Walla Walla.\n",
    messages: []
  }
];

// src/rules/repeated-words.ts
var quoteBefore = /["“‘'*_]$/u;
var quoteAfter = /^[.,!?]?["”’'*_]/u;
var intensifiers = /* @__PURE__ */ new Set(["much", "far", "very", "really", "so", "many"]);
var names = new Set(doubledNames.map((name2) => name2.toLowerCase()));
var copula = new Set(copulas);
var clauseBefore = new RegExp(`(?:^|[^\\p{L}])(?:${clauseOpeners.join("|")})(?:\\s+[\\p{L}'\u2019-]+){1,4}\\s*$`, "iu");
function deliberate(text3, place2, word2) {
  const from = place2.start.offset;
  const to = place2.end.offset;
  if (from === void 0 || to === void 0 || !word2) return false;
  const lower = word2.toLowerCase();
  if (intensifiers.has(lower)) return true;
  const pair = text3.slice(from, to);
  if (pair.includes("<") || new RegExp("^\\p{Lu}+$", "u").test(pair.split(/\s+/)[0]) && pair.split(/\s+/)[0].length > 1 && new RegExp("^\\p{Ll}", "u").test(pair.split(/\s+/).at(-1))) return true;
  const head = decodeString(text3.slice(Math.max(0, from - 80), from));
  const tail = decodeString(text3.slice(to, to + 80));
  const before2 = /([\p{L}\p{N}']+)[^\p{L}\p{N}']*$/u.exec(head.slice(-(word2.length + 8)))?.[1]?.toLowerCase();
  const after2 = /^[^\p{L}\p{N}']*([\p{L}\p{N}']+)/u.exec(tail.slice(0, word2.length + 8))?.[1]?.toLowerCase();
  if (before2 === lower || after2 === lower) return true;
  if (copula.has(lower) && clauseBefore.test(head.slice(-60) + text3.slice(from, from + word2.length))) return true;
  return quoteBefore.test(head.slice(-1)) && quoteAfter.test(tail.slice(0, 2));
}
var findRepeats = retextRepeatedWords();
function wordText(node2) {
  return node2.children.length === 1 && node2.children[0].type === "TextNode" ? node2.children[0].value : toString2(node2);
}
function candidates(tree) {
  const found = [];
  for (const paragraph2 of tree.children) {
    if (paragraph2.type !== "ParagraphNode" || !mayRepeat(mapText(paragraph2))) continue;
    for (const sentence of paragraph2.children) {
      if (sentence.type === "SentenceNode" && hasRepeat(sentence)) found.push(sentence);
    }
  }
  return found;
}
function hasRepeat(sentence) {
  const children = sentence.children;
  for (let i = 2; i < children.length; i++) {
    const word2 = children[i];
    const before2 = children[i - 2];
    if (word2.type !== "WordNode" || before2.type !== "WordNode" || children[i - 1].type !== "WhiteSpaceNode") continue;
    const a = wordText(word2);
    const b = wordText(before2);
    if (a.length === b.length && a.toLowerCase() === b.toLowerCase()) return true;
  }
  return false;
}
function mayRepeat(mapped) {
  const { text: text3 } = mapped;
  const lower = text3.toLowerCase();
  if (lower.length !== text3.length || text3.includes("\u03A3")) return true;
  let starts;
  const within = (at) => isAsciiLetterOrDigit(text3.charCodeAt(at - 1)) && isAsciiLetterOrDigit(text3.charCodeAt(at)) && !(starts ??= new Set(mapped.at)).has(at);
  let previousStart = 0;
  for (let cursor = 0; cursor < lower.length; ) {
    if (!isWhiteSpace(lower.charCodeAt(cursor))) {
      cursor++;
      continue;
    }
    const end = cursor;
    while (cursor < lower.length && isWhiteSpace(lower.charCodeAt(cursor))) cursor++;
    const next2 = cursor;
    if (end > previousStart && next2 < lower.length) {
      let budget = 256;
      const head = lower.charCodeAt(next2);
      for (let k = 1; k <= end - previousStart && next2 + k <= lower.length; k++) {
        if (--budget <= 0) return true;
        if (lower.charCodeAt(end - k) !== head || within(end - k) || within(next2 + k)) continue;
        let i = 1;
        while (i < k && lower.charCodeAt(end - k + i) === lower.charCodeAt(next2 + i)) i++;
        budget -= i;
        if (i === k) return true;
      }
    }
    previousStart = next2;
  }
  return false;
}
function capitalisedDoubles(sentences, text3) {
  const found = [];
  for (const sentence of sentences) {
    const children = sentence.children;
    for (let i = 2; i < children.length; i++) {
      const second = children[i];
      const first = children[i - 2];
      if (second.type !== "WordNode" || first.type !== "WordNode" || children[i - 1].type !== "WhiteSpaceNode") continue;
      const value2 = wordText(second);
      if (wordText(first).toLowerCase() !== value2.toLowerCase() || !passedOver(value2)) continue;
      if (names.has(value2.toLowerCase()) || isName(text3, value2)) continue;
      const start = first.position?.start;
      const end = second.position?.end;
      if (!start || !end) continue;
      const message = new VFileMessage("", { place: { start, end } });
      message.actual = text3.slice(start.offset, end.offset);
      message.expected = [value2];
      found.push(message);
    }
  }
  return found;
}
function passedOver(value2) {
  const head = value2.charAt(0);
  const tail = value2.slice(1);
  if (tail === ".") return false;
  return head === head.toUpperCase() && head !== head.toLowerCase() && tail === tail.toLowerCase();
}
function isName(text3, word2) {
  const escaped = word2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const doubles = text3.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}\\s+${escaped}(?![\\p{L}\\p{N}])`, "gu"))?.length ?? 0;
  const singles = text3.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu"))?.length ?? 0;
  return doubles >= 2 && singles === doubles * 2;
}
var repeated_words_default2 = defineRule({
  id: "repeated-words",
  level: "warning",
  summary: "\u201Cthe the\u201D (retext-repeated-words), capitalised doubles (\u201CCommittee Committee\u201D)",
  fix: "Remove one occurrence.",
  options: {},
  examples: repeated_words_default
}, function(tree, file, _options, report) {
  const sentences = candidates(tree);
  if (sentences.length === 0) return;
  const scratch = new VFile({ value: file.value, path: file.path });
  findRepeats({ type: "RootNode", children: [{ type: "ParagraphNode", children: sentences }] }, scratch);
  const text3 = String(file.value ?? "");
  for (const found of capitalisedDoubles(sentences, text3)) scratch.messages.push(found);
  scratch.messages.sort((a, b) => a.place.start.offset - b.place.start.offset);
  for (const message of scratch.messages) {
    const place2 = message.place;
    if (!place2 || !("start" in place2)) continue;
    const word2 = message.expected?.[0] ?? "";
    if (deliberate(text3, place2, word2)) continue;
    if (names.has(word2.toLowerCase()) && new RegExp("^\\p{Lu}+\\s+\\p{Lu}+$", "u").test(message.actual ?? "")) continue;
    report({
      reason: `Unexpected repeated \`${word2}\`; remove one occurrence`,
      start: place2.start,
      end: place2.end,
      actual: message.actual,
      expected: message.expected,
      fix: dropOne(file.data.source ?? text3, place2)
    });
  }
});
function dropOne(text3, place2) {
  const start = place2.start.offset;
  const end = place2.end.offset;
  if (start === void 0 || end === void 0) return void 0;
  const pair = /^(\S+)(\s+)(\S+)$/u.exec(text3.slice(start, end));
  if (!pair || pair[1].toLowerCase() !== pair[3].toLowerCase()) return void 0;
  const [, first, gap2, second] = pair;
  const capital = (word2) => new RegExp("^\\p{Lu}", "u").test(word2);
  const keepFirst = capital(first) && !capital(second);
  const keepSecond = capital(second) && !capital(first);
  const wraps = /[\r\n]/.test(gap2);
  const dropSecond = { range: [start + first.length, end], text: "" };
  if (keepFirst || !keepSecond && !wraps) return dropSecond;
  if (!wraps) return { range: [start, start + first.length + gap2.length], text: "" };
  const head = text3.slice(0, start).match(/[^\r\n]*$/)[0];
  if (head.trim() === "") return { range: [start, start + first.length + gap2.length], text: "" };
  const spaces = head.length - head.trimEnd().length;
  return spaces > 0 ? { range: [start - spaces, start + first.length], text: "" } : dropSecond;
}

// src/rules/examples/unattributed-quote.ts
var unattributed_quote_default = [
  {
    title: "A quotation with no speaker",
    input: "The council voted on the budget.\n\n\u201CWe will not raise fares this year at all.\u201D\n",
    messages: [
      "3:1-3:44: Quotation \u201CWe will not raise fares this year at all.\u201D has no speaker; add who said this"
    ]
  },
  {
    title: "A speaker next to the quotation attributes it",
    input: "\u201CWe will not raise fares this year at all,\u201D the mayor said.\n\nJane Smith, the council\u2019s leader, said: \u201CThe budget is balanced for the first time in years.\u201D\n",
    messages: []
  },
  {
    title: "A cue word is not a frame: the work, shares and profits say nothing",
    input: "Tate\u2019s shares have leapt 55% since March. \u201CWe expect another strong year for the group.\u201D\n",
    messages: [
      "1:43-1:89: Quotation \u201CWe expect another strong year for the group.\u201D has no speaker; add who said this"
    ]
  },
  {
    title: "A source named at the end of the paragraph before does not attribute the next one",
    input: "Retail sales rose above last year\u2019s pace, economists said.\n\n\u201CThe high street has turned the corner at last.\u201D\n",
    messages: [
      "3:1-3:49: Quotation \u201CThe high street has turned the corner at last.\u201D has no speaker; add who said this"
    ]
  },
  {
    title: "Newsroom style: the speaker goes on in the next paragraph, and over a multi-paragraph quotation",
    input: "\u201CWe will cut the budget,\u201D said Allan Leslie of Discount Corp.\n\n\u201CWe will not raise fares this year at all.\n\n\u201CAnd the buses will run on time, every one of them.\u201D\n",
    messages: []
  },
  {
    title: "A new quotation opening before the previous one closes",
    input: 'The prop said: "If we get stuffed in the front five our backs have had it. "We will see how good France are in the scrum."\n',
    messages: [
      "1:76-1:77: A new quotation opens here before the previous one closes; a closing mark or a paragraph break may be missing"
    ]
  },
  {
    title: "Scare quotes and titles are not quotations",
    input: "Critics called the plan a \u201Cstealth tax\u201D and compared it to the film \u201CThe Great Escape\u201D.\n",
    messages: []
  },
  {
    title: "An unclosed quotation",
    input: "The mayor said \u201Cwe will not raise fares this year, and the budget is balanced.\n\nThe vote is next week.\n",
    messages: [
      "1:16-1:17: This quote mark is never closed; close the quotation or, if it runs on, open the next paragraph with a quote mark"
    ]
  },
  {
    title: "Reporting verbs, speaker nouns and mention cues extend by configuration",
    input: "\u201CWe will not raise fares this year at all,\u201D the stewardess grumbled.\n",
    options: { speakers: ["stewardess"], verbs: ["grumble"] },
    messages: []
  }
];

// src/rules/quotes/code.ts
var mark = /["\u201C\u201D]/u;
var tag = /<[a-z][\w-]*\s+[\w:-]+\s*=[^<>]*>/giu;
var formulaStart = /(?<![\p{L}\p{N}=<>!])=[a-z][\w.]*\(/giu;
var joined = /[-+*/&,][a-z][\w.]*\(/iy;
var masked = /* @__PURE__ */ new WeakMap();
function withoutCode(mapped) {
  const { text: text3 } = mapped;
  if (!text3.includes("<") && !text3.includes("=")) return mapped;
  let kept = masked.get(mapped);
  if (kept) return kept;
  const spans = [...tags(text3), ...formulas(text3)];
  if (spans.length === 0) kept = mapped;
  else {
    const units2 = text3.split("");
    for (const [from, to] of spans) for (let i = from; i < to; i++) if (mark.test(units2[i])) units2[i] = " ";
    kept = { ...mapped, text: units2.join("") };
  }
  masked.set(mapped, kept);
  return kept;
}
function tags(text3) {
  const spans = [];
  for (const match of text3.matchAll(tag)) if (mark.test(match[0])) spans.push([match.index, match.index + match[0].length]);
  return spans;
}
function formulas(text3) {
  const spans = [];
  let end = 0;
  for (const match of text3.matchAll(formulaStart)) {
    if (match.index < end) continue;
    let i = match.index + match[0].length;
    let depth = 1;
    for (; i < text3.length && depth > 0; i++) {
      if (text3[i] === "(") depth++;
      else if (text3[i] === ")") depth--;
      else if (text3[i] === "\n" && text3[i - 1] === "\n") break;
      if (depth === 0) {
        joined.lastIndex = i + 1;
        const more = joined.exec(text3);
        if (more) {
          i += more[0].length;
          depth = 1;
        }
      }
    }
    spans.push([match.index, i]);
    end = i;
  }
  return spans;
}

// src/rules/quotes/frames.ts
var between = /* @__PURE__ */ new Set([
  "also",
  "later",
  "then",
  "has",
  "have",
  "had",
  "was",
  "were",
  "is",
  "are",
  "will",
  "would",
  "could",
  "might",
  "may",
  "did",
  "does",
  "do",
  "not",
  "never",
  "once",
  "again",
  "recently",
  "previously",
  "earlier",
  "yesterday",
  "today",
  "separately",
  "further",
  "subsequently",
  "initially",
  "originally",
  "first",
  "last",
  "often",
  "always",
  "still",
  "repeatedly",
  "reportedly",
  "himself",
  "herself",
  "itself",
  "themselves",
  "simply",
  "just",
  "even",
  "already",
  "being",
  "been",
  "be",
  "shall",
  "should",
  "can",
  "must",
  "all",
  "both",
  "each",
  "too",
  "quoted",
  "as",
  "go",
  "went",
  "on",
  "either",
  "probably",
  "perhaps",
  "usually",
  "sometimes",
  "really",
  "actually",
  "certainly",
  "now",
  "then",
  "who",
  "once"
]);
var reflexives = /* @__PURE__ */ new Set(["myself", "yourself", "yourselves", "ourselves", "himself", "herself", "themselves", "oneself"]);
var agent = new RegExp("^\\p{Ll}{4,}(?:er|or|ist|ian|ee)s?$", "u");
var notAgents = new Set([
  "whether",
  "together",
  "another",
  "however",
  "whatever",
  "whenever",
  "wherever",
  "number",
  "matter",
  "letter",
  "center",
  "factor",
  "sector",
  "answer",
  "corner",
  "chapter",
  "quarter",
  "border",
  "winter",
  "summer",
  "weather",
  "dinner",
  "transfer",
  "register",
  "remainder",
  "minister",
  "further",
  "rather",
  "either",
  "neither",
  "whoever",
  "committee",
  "guarantee",
  "interior",
  "exterior",
  "behavior",
  "behaviour",
  "counter",
  "monitor",
  "cluster",
  "filter",
  "folder",
  "header",
  "footer",
  "browser",
  "server",
  "computer",
  "printer",
  "character",
  "calendar",
  "error",
  "mirror",
  "horror",
  "terror",
  "anchor",
  "vendor",
  "editor",
  "meteor",
  "doctor",
  "refugee"
].flatMap((word2) => [word2, word2 + "s"]));
var determiners = /* @__PURE__ */ new Set([
  "the",
  "a",
  "an",
  "one",
  "another",
  "its",
  "his",
  "her",
  "their",
  "our",
  "my",
  "your",
  "this",
  "that",
  "these",
  "those",
  "some",
  "many",
  "most",
  "several",
  "other",
  "two",
  "three",
  "four",
  "five",
  "both",
  "each",
  "every",
  "no",
  "any",
  "few",
  "more"
]);
var particles = /* @__PURE__ */ new Set(["de", "van", "von", "der", "den", "du", "la", "le", "al", "bin", "da", "di", "dos", "del", "des", "ter", "y", "and", "&"]);
var postModifiers = /* @__PURE__ */ new Set(["of", "for", "at", "from", "with", "in", "to"]);
var closed = /* @__PURE__ */ new Set([
  "and",
  "or",
  "but",
  "if",
  "when",
  "while",
  "because",
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "where",
  "than",
  "as",
  "is",
  "was",
  "were",
  "are",
  "be",
  "been",
  "has",
  "have",
  "had",
  "will",
  "would",
  "not",
  "to",
  "of",
  "for",
  "at",
  "by",
  "from",
  "with",
  "in",
  "on",
  "into",
  "about",
  "after",
  "before",
  "over",
  "under",
  "so",
  "it",
  "he",
  "she",
  "they",
  "we"
]);
var adjuncts = /* @__PURE__ */ new Set(["to", "on", "in", "at", "during", "after", "before", "last", "this", "late", "earlier", "later", "yesterday", "today", "tonight", "recently", "again", "too", "also", "afterwards", "then", "separately", "privately", "publicly"]);
function isHead(token2, lists) {
  if (!token2 || token2.kind !== "word" || token2.possessive) return false;
  if (lists.pronouns.has(token2.lower) || lists.speakers.has(token2.lower)) return true;
  return isName2(token2, lists) || agent.test(token2.text) && !notAgents.has(token2.lower) || ageNoun.test(token2.text);
}
var ageNoun = /^\d{1,3}-year-olds?$/;
function isPerson(tokens, span2, lists) {
  const head = tokens[span2[1]];
  return isName2(head, lists) || ["he", "she", "they", "i", "we", "you", "who"].includes(head.lower) || lists.people.has(head.lower) || agent.test(head.text) && !notAgents.has(head.lower);
}
function isName2(token2, lists) {
  if (token2 === void 0 || token2.kind !== "word") return false;
  if (!token2.capital) return new RegExp("^(?:ex|former|pro|anti|non)-\\p{Lu}", "u").test(token2.text) || /^[\p{L}\p{N}]+_[\p{L}\p{N}_]+$/u.test(token2.text);
  return !lists.starters.has(token2.text.replace(/['’]s$/u, ""));
}
function verbAt(tokens, k, lists) {
  const token2 = tokens[k];
  if (token2?.kind !== "word") return void 0;
  if (token2.capital && k > 0 && tokens[k - 1].sentence === token2.sentence) return void 0;
  const next2 = tokens[k + 1];
  if (next2?.kind === "word") {
    const two = lists.verbs.get(token2.lower + " " + next2.lower);
    if (two !== void 0) return { strict: two, end: k + 1 };
  }
  const one3 = lists.verbs.get(token2.lower);
  return one3 === void 0 ? void 0 : { strict: one3, end: k };
}
function speakerBefore(tokens, k, lists, floor) {
  if (tokens[k]?.text === "," || tokens[k]?.text === ")" || /^[-–—]+$/.test(tokens[k]?.text ?? "")) {
    const open = tokens[k].text === ")" ? "(" : tokens[k].text;
    let j = k - 1;
    while (j > floor && j > k - 16 && tokens[j].text !== open && tokens[j].kind !== "quote") j--;
    if (j <= floor || tokens[j].text !== open) return void 0;
    const inner = open === "(" ? void 0 : headPhrase(tokens, k - 1, lists, j + 1);
    if (inner && isName2(tokens[inner[1]], lists)) return inner;
    return headPhrase(tokens, j - 1, lists, floor) ?? inner;
  }
  return headPhrase(tokens, k, lists, floor);
}
function headPhrase(tokens, end, lists, floor) {
  if (end >= floor && !isHead(tokens[end], lists) && !(tokens[end]?.possessive && tokens[end].capital)) {
    for (let j = end - 1; j > floor && j >= end - 3; j--) {
      if (tokens[j].kind !== "word" || closed.has(tokens[j].lower) && tokens[j].lower !== "of") break;
      if (tokens[j].lower === "of" && isHead(tokens[j - 1], lists) && !isName2(tokens[j - 1], lists)) {
        end = j - 1;
        break;
      }
    }
  }
  const named = tokens[end]?.possessive && tokens[end].capital;
  if (end < floor || !named && !isHead(tokens[end], lists)) return void 0;
  let start = end;
  let sawNoun = true;
  const phraseOne = tokens[end].lower === "one" && end > floor && (determiners.has(tokens[end - 1].lower) || lists.speakers.has(tokens[end - 1].lower));
  if (lists.pronouns.has(tokens[end].lower) && !isName2(tokens[end], lists) && !phraseOne) return [end, end];
  for (let j = end - 1; j >= floor; j--) {
    const token2 = tokens[j];
    if (token2.kind !== "word") break;
    if (isName2(token2, lists) || lists.speakers.has(token2.lower) || token2.possessive) {
      start = j;
      sawNoun = true;
      continue;
    }
    if (particles.has(token2.lower) && j > floor && (isName2(tokens[j - 1], lists) || lists.speakers.has(tokens[j - 1].lower))) {
      start = j;
      continue;
    }
    if (postModifiers.has(token2.lower) && j > floor && (isName2(tokens[j - 1], lists) || lists.speakers.has(tokens[j - 1].lower))) {
      start = j;
      continue;
    }
    if (determiners.has(token2.lower)) {
      start = j;
      break;
    }
    if (!closed.has(token2.lower) && !lists.verbs.has(token2.lower) && end - j <= 4 && new RegExp("^\\p{Ll}", "u").test(token2.text)) {
      start = j;
      continue;
    }
    break;
  }
  for (let j = start + 1; j < end; j++) {
    if (postModifiers.has(tokens[j].text)) {
      end = j - 1;
      break;
    }
  }
  while (start < end && !determiners.has(tokens[start].lower) && !isName2(tokens[start], lists) && !lists.speakers.has(tokens[start].lower) && !tokens[start].possessive) start++;
  return sawNoun ? [start, end] : void 0;
}
function speakerAfter(tokens, k, lists, ceiling) {
  let start = k;
  let j = k;
  if (tokens[j]?.kind === "word" && determiners.has(tokens[j].lower) && !(isHead(tokens[j], lists) && tokens[j + 1]?.lower === "of")) j++;
  let head = -1;
  for (let m = j; m <= ceiling && m < j + 5; m++) {
    const token2 = tokens[m];
    if (token2?.kind !== "word") break;
    if (isHead(token2, lists) || token2.possessive) {
      head = m;
      break;
    }
    if (closed.has(token2.lower) || lists.verbs.has(token2.lower)) break;
  }
  if (head === -1) return void 0;
  let end = head;
  for (let m = head + 1; m <= ceiling; m++) {
    const token2 = tokens[m];
    if (token2.kind !== "word") break;
    if (isName2(token2, lists) || lists.speakers.has(token2.lower) || particles.has(token2.lower) && token2.lower !== "and" && token2.lower !== "of" && isName2(tokens[m + 1], lists)) {
      end = m;
      continue;
    }
    break;
  }
  if (tokens[end].possessive) return void 0;
  if (lists.pronouns.has(tokens[head].lower) && head !== start && !determiners.has(tokens[start].lower)) start = head;
  return [start, end];
}
function reports(tokens, after2, sentenceEnd, lists) {
  let m = after2 + 1;
  for (let n = m; n <= sentenceEnd && n <= m + 6; n++) {
    const token3 = tokens[n];
    if (token3.kind === "quote" || token3.text === ":" || token3.lower === "that" && n > m) return true;
    if (token3.text === "," && tokens[n + 1]?.kind === "quote") return true;
    if (token3.kind === "punct") break;
  }
  for (let n = m; n <= sentenceEnd && n <= m + 3 && tokens[n].kind === "word"; n++) {
    if (lists.speech.has(tokens[n].lower) && (n === sentenceEnd || tokens[n + 1].kind !== "word")) return true;
  }
  if (tokens[m]?.kind === "word" && adjuncts.has(tokens[m].lower)) {
    while (m <= sentenceEnd && m < after2 + 6 && tokens[m].kind === "word") m++;
  }
  const token2 = tokens[m];
  return !token2 || m > sentenceEnd || token2.kind === "quote" || /^[.,:;!?—–-]/.test(token2.text) || /^(?:that|how|why|what|whether)$/.test(token2.lower);
}
function framesIn(tokens, from, to, lists) {
  const frames = [];
  const starts = [];
  const ends = [];
  for (let k = from; k <= to; k++) starts[k] = k > from && tokens[k - 1].sentence === tokens[k].sentence ? starts[k - 1] : k;
  for (let k = to; k >= from; k--) ends[k] = k < to && tokens[k + 1].sentence === tokens[k].sentence ? ends[k + 1] : k;
  const firstOfSentence = (_tokens, k, _from) => starts[k];
  const lastOfSentence = (_tokens, k, _to) => ends[k];
  for (let k = from; k <= to; k++) {
    const token2 = tokens[k];
    if (token2.kind === "punct" && token2.text === ":" && (tokens[k + 1]?.kind === "quote" || k === to) && !verbBefore(tokens, k, lists)) {
      const start2 = firstOfSentence(tokens, k, from);
      let speaker = speakerBefore(tokens, k - 1, lists, start2);
      if (!speaker && lists.speech.has(tokens[k - 1]?.lower ?? "")) {
        for (let j = k - 2; j >= start2 && j >= k - 5; j--) {
          if (tokens[j].possessive && isName2(tokens[j], lists)) speaker = [j, j];
          if (speaker || tokens[j].kind !== "word") break;
        }
      }
      if (!speaker) speaker = sentenceSubject(tokens, start2, k, lists, true);
      if (!speaker) {
        let clause = k - 1;
        while (clause > start2 && tokens[clause - 1].text !== ",") clause--;
        if (clause > start2) speaker = sentenceSubject(tokens, clause, k, lists, true);
      }
      if (speaker) frames.push({ kind: "colon", cue: [k, k], speaker, at: k });
      continue;
    }
    if (token2.kind === "quote" && k > from) {
      const start2 = firstOfSentence(tokens, k, from);
      for (let j = k - 1; j > start2 && j >= k - 6; j--) {
        if (tokens[j].kind === "quote") break;
        if (lists.speech.has(tokens[j].lower) && tokens[j - 1].possessive && isName2(tokens[j - 1], lists)) {
          frames.push({ kind: "colon", cue: [j, j], speaker: [j - 1, j - 1], at: k });
          break;
        }
      }
      continue;
    }
    if (token2.kind !== "word") continue;
    const lead = phraseAt(tokens, k, lists.sourceLeads);
    if (lead) {
      const words2 = lead.length;
      const speaker = speakerAfter(tokens, k + words2, lists, to) ?? phraseAfter(tokens, k + words2, to);
      if (speaker) frames.push({ kind: "according-to", cue: [k, k + words2 - 1], speaker, at: k });
      continue;
    }
    const verb = verbAt(tokens, k, lists);
    if (!verb) continue;
    const sentenceEnd = lastOfSentence(tokens, k, to);
    const afterQuote = k > from && (tokens[k - 1].kind === "quote" || tokens[k - 1].text === "," && tokens[k - 2]?.kind === "quote");
    if (token2.lower === "saying" && tokens[k - 1]?.lower === "as") {
      const object2 = speakerBefore(tokens, k - 2, lists, from);
      const speaker = object2 && tokens[object2[1]].lower !== "quoted" ? object2 : speakerBefore(tokens, skipBack(tokens, k - 2, from), lists, from);
      if (speaker) frames.push({ kind: "verb", cue: [k, verb.end], speaker, at: k });
      continue;
    }
    const start = firstOfSentence(tokens, k, from);
    let back = skipBack(tokens, k - 1, start);
    const infinitive = back >= start && tokens[back].lower === "to";
    if (infinitive) back = skipBack(tokens, back - 2, start);
    let subject = speakerBefore(tokens, back, lists, start) ?? phraseBefore(tokens, back, lists, start, !plain2.test(token2.lower));
    const participle = token2.lower.endsWith("ing") && back >= start && tokens[back].text === ",";
    const coordinated = back >= start && (tokens[back].lower === "and" || tokens[back].lower === "but" || participle);
    if (!subject && (coordinated || infinitive || plain2.test(token2.lower))) subject = sentenceSubject(tokens, start, Math.max(back, start - 1) + 1, lists);
    const object = tokens[verb.end + 1]?.lower === "to" ? verb.end + 2 : verb.end + 1;
    if (!subject && reflexives.has(tokens[object]?.lower ?? "")) subject = [object, object];
    const introducesQuote = tokens[verb.end + 1]?.kind === "quote" || /^[,:]$/.test(tokens[verb.end + 1]?.text ?? "") && tokens[verb.end + 2]?.kind === "quote";
    if (!subject && introducesQuote) subject = sentenceSubject(tokens, start, Math.max(back, start - 1) + 1, lists);
    const passive = !subject && tokens[verb.end + 1]?.lower === "by";
    if (passive) subject = speakerAfter(tokens, verb.end + 2, lists, sentenceEnd) ?? phraseAfter(tokens, verb.end + 2, sentenceEnd);
    if (!subject && !afterQuote && lists.bases.has(token2.lower) && !token2.capital === (k !== start) && (k === start || tokens[k - 1].text === "," || tokens[k - 1].lower === "to")) {
      frames.push({ kind: "verb", cue: [k, verb.end], at: k });
      continue;
    }
    const subjectAfterQuote = subject !== void 0 && subject[0] > from && (tokens[subject[0] - 1].kind === "quote" || tokens[subject[0] - 1].text === "," && tokens[subject[0] - 2]?.kind === "quote");
    const person = subject !== void 0 && !lists.alwaysStrict.has(verbText(tokens, k, verb.end)) && isPerson(tokens, subject, lists);
    if (verb.strict && !afterQuote && !subjectAfterQuote && !person && !passive && !reports(tokens, verb.end, sentenceEnd, lists)) continue;
    if (subject) {
      frames.push({ kind: "verb", cue: [k, verb.end], speaker: subject, at: k });
      continue;
    }
    const opens = k === from || tokens[k - 1].sentence !== token2.sentence || tokens[k - 1].text === "," || tokens[k - 1].kind === "quote";
    if (opens) {
      const speaker = speakerAfter(tokens, verb.end + 1, lists, sentenceEnd);
      if (speaker) frames.push({ kind: "verb", cue: [k, verb.end], speaker, at: k });
    }
  }
  return frames;
}
function verbBefore(tokens, k, lists) {
  for (let j = k - 1; j >= 0 && j >= k - 4 && tokens[j].kind === "word"; j--) if (verbAt(tokens, j, lists)) return true;
  return false;
}
function phraseAt(tokens, k, phrases) {
  const first = tokens[k];
  if (first?.kind !== "word") return void 0;
  for (const words2 of phrases) {
    if (words2[0] !== first.lower) continue;
    let n = 1;
    while (n < words2.length && tokens[k + n]?.kind === "word" && tokens[k + n].lower === words2[n]) n++;
    if (n === words2.length) return words2;
  }
  return void 0;
}
function skipBack(tokens, k, floor) {
  let j = k;
  while (j >= floor && tokens[j].kind === "word" && (between.has(tokens[j].lower) || new RegExp("^\\p{Ll}+ly$", "u").test(tokens[j].text))) j--;
  return j;
}
var plain2 = /^(?:say|says|said|saying|tell|tells|told|telling)$/;
function verbText(tokens, from, to) {
  return from === to ? tokens[from].lower : tokens[from].lower + " " + tokens[to].lower;
}
function phraseBefore(tokens, k, lists, floor, owned = false) {
  if (k < floor || tokens[k].kind !== "word" || closed.has(tokens[k].lower) || tokens[k].possessive) return void 0;
  for (let j = k - 1; j >= floor && j >= k - 5; j--) {
    const token2 = tokens[j];
    if (token2.kind !== "word" || closed.has(token2.lower) || lists.verbs.has(token2.lower)) return void 0;
    if (owned) {
      if (token2.possessive && isName2(token2, lists)) return [j, k];
      continue;
    }
    if (determiners.has(token2.lower) || token2.possessive) return [j, k];
  }
  return void 0;
}
function phraseAfter(tokens, k, to) {
  let end = k - 1;
  while (end + 1 <= to && end + 1 < k + 4 && tokens[end + 1].kind === "word") end++;
  return end >= k ? [k, end] : void 0;
}
function sentenceSubject(tokens, start, k, lists, opening = false, strictStart = false) {
  for (let j = start; j < k && j < start + 40; j++) {
    if (tokens[j].kind === "quote") return void 0;
    if (opening && j > start + 3) return void 0;
    if (!isHead(tokens[j], lists)) continue;
    if (strictStart && j === start && tokens[j].capital && !lists.speakers.has(tokens[j].lower) && !new RegExp("^(?:[,(]|\\p{Lu}.*|\\p{Ll}+(?:ed|s)|is|was|had|has|will|would|can|could|did|does|said|says|told)$", "u").test(tokens[j + 1]?.text ?? "")) return void 0;
    let end = j;
    while (end + 1 < k && isName2(tokens[end + 1], lists)) end++;
    return [j, end];
  }
  return void 0;
}

// src/rules/quotes/kind.ts
var url = /:\/\/|www\.|\.(?:gov|com|org)\//i;
function kindOf(content3, lead, follow, minWords, mention) {
  if (url.test(content3) || /<[a-z][^<>]*$/i.test(lead) || /^\)/.test(follow) && !lead.includes("(")) return "markup";
  if (wordCount(content3) < minWords) return "short";
  if (/^[\s*_.\u2026[]*[\p{Ll}\p{N}]/u.test(content3)) return "fragment";
  if (isTitle(content3) || /\(\d{4}\)[\s.,]*$/.test(lead)) return "title";
  if (mention.test(lead) || /<figcaption>[\s*_]*$/i.test(lead)) return "mention";
  return "speech";
}
function isTitle(content3) {
  const trimmed = content3.trim().replace(/[,.]$/, "").replace(/[?!]$/, "");
  if (/[.!?;…]/.test(trimmed)) return false;
  const all3 = trimmed.match(new RegExp("\\p{L}[\\p{L}'\u2019-]*", "gu")) ?? [];
  if (all3.length === 0) return false;
  const capitalized = all3.filter((w) => new RegExp("^\\p{Lu}", "u").test(w));
  const long = all3.filter((w) => w.length > 3);
  return long.filter((w) => new RegExp("^\\p{Lu}", "u").test(w)).length >= long.length * 0.75 && capitalized.length * 2 >= all3.length;
}
function inSeries(text3, quotes) {
  const result = quotes.map(() => false);
  for (let k = 1; k < quotes.length; k++) {
    const between2 = text3.slice(quotes[k - 1].close + 1, quotes[k].open);
    if (/^[\s,;/*_]*(?:(?:and|or|-or-|vs\.?|to|then)[\s*_]*)?$/i.test(between2) || /^[\s,]*to\b[^.!?“”"]{0,30}$/i.test(between2)) result[k - 1] = result[k] = true;
  }
  return result;
}
function nounPhrase(text3, open, close2, content3) {
  if (new RegExp("^[*_)\\],]*(?:\\s*\\p{Ll}|\\?)", "u").test(text3.slice(close2 + 1, close2 + 8))) return true;
  const lead = text3.slice(Math.max(0, open - 16), open);
  if (/(?:^|\s)(?:a few|a couple of|several|many|some)[\s*_]*$/i.test(lead)) return true;
  const before2 = text3.slice(Math.max(0, open - 200), open);
  if (before2.lastIndexOf("(") > before2.lastIndexOf(")")) return true;
  if (/(?:^|\s)(?:is|are|was|were|be|means|mean|becomes|remains)[\s*_,:]*$/i.test(lead)) return true;
  if (/[.!?\u2026]\s*$/.test(content3) && !new RegExp("^\\s*\\p{Ll}", "u").test(content3)) return false;
  return /(?:^|\s)(?:from|to|between|as|of|the|a|an|our|your|their|into|with|for|about)[\s*_]*$/i.test(lead);
}

// src/rules/data/attribution.ts
var reportingVerbs = [
  "say",
  "tell",
  "add",
  "ask",
  "write",
  "concede",
  "complain",
  "insist",
  "state",
  "note",
  "explain",
  "recall",
  "remark",
  "continue",
  "reply",
  "respond",
  "answer",
  "argue",
  "declare",
  "announce",
  "acknowledge",
  "admit",
  "warn",
  "urge",
  "claim",
  "comment",
  "observe",
  "suggest",
  "tweet",
  "testify",
  "recount",
  "quip",
  "joke",
  "conclude",
  "exclaim",
  "shout",
  "whisper",
  "promise",
  "emphasise",
  "emphasize",
  "stress",
  "predict",
  "confirm",
  "report",
  "caution",
  "counter",
  "retort",
  "maintain",
  "contend",
  "assert",
  "affirm",
  "allege",
  "boast",
  "lament",
  "agree",
  "reckon",
  "believe",
  "think",
  "feel",
  "muse",
  "enthuse",
  "yell",
  "cry",
  "plead",
  "protest",
  "vow",
  "pledge",
  "proclaim",
  "grumble",
  "sigh",
  "snap",
  "scoff",
  "marvel",
  "recommend",
  "advise",
  "estimate",
  "forecast",
  "describe",
  "summarise",
  "summarize",
  "point out",
  "put it",
  "speak",
  "declare",
  "demand",
  "charge",
  "interject",
  "begin",
  "elaborate",
  "wonder",
  "hope",
  "fear",
  "worry",
  "mention",
  "reiterate",
  "repeat",
  "clarify",
  "indicate",
  "acknowledge",
  "email",
  "text",
  "chant",
  "read",
  "reveal",
  "deny",
  "issue",
  "inform",
  "assure",
  "concur",
  "confide",
  "exclaim",
  "interrupt",
  "object",
  "opine",
  "remind",
  "say so",
  "shrug",
  "smile",
  "laugh",
  "beam",
  "sum up",
  "recount",
  "share",
  "cite",
  "talk about",
  "encourage",
  "find",
  "show",
  "post",
  "criticise",
  "criticize",
  "praise",
  "attack",
  "blast",
  "slam",
  "hit out",
  "accuse",
  "condemn",
  "defend",
  "dismiss",
  "reject",
  "welcome",
  "applaud",
  "hail",
  "question",
  "challenge",
  "rebut",
  "refute",
  "dispute"
];
var irregularVerbs = {
  say: ["said"],
  tell: ["told"],
  write: ["wrote", "written"],
  think: ["thought"],
  feel: ["felt"],
  speak: ["spoke", "spoken"],
  cry: ["cried"],
  reply: ["replied"],
  testify: ["testified"],
  forecast: ["forecast"],
  begin: ["began", "begun"],
  read: ["read"],
  "put it": ["put it"],
  worry: ["worried"],
  clarify: ["clarified"],
  summarise: ["summarised"],
  snap: ["snapped"],
  quip: ["quipped"],
  plead: ["pled"]
};
var strictVerbs = [
  "add",
  "note",
  "state",
  "report",
  "continue",
  "answer",
  "observe",
  "suggest",
  "predict",
  "confirm",
  "promise",
  "stress",
  "recall",
  "describe",
  "estimate",
  "forecast",
  "counter",
  "maintain",
  "charge",
  "begin",
  "indicate",
  "read",
  "text",
  "email",
  "admit",
  "announce",
  "claim",
  "warn",
  "ask",
  "demand",
  "agree",
  "hope",
  "fear",
  "worry",
  "feel",
  "believe",
  "think",
  "repeat",
  "mention",
  "recommend",
  "advise",
  "cry",
  "speak",
  "write",
  "reveal",
  "deny",
  "issue",
  "inform",
  "assure",
  "object",
  "remind",
  "smile",
  "laugh",
  "beam",
  "shrug",
  "interrupt",
  "sum up",
  "share",
  "cite",
  "talk about",
  "encourage",
  "find",
  "show",
  "post",
  "criticise",
  "criticize",
  "praise",
  "attack",
  "blast",
  "slam",
  "hit out",
  "accuse",
  "condemn",
  "defend",
  "dismiss",
  "reject",
  "welcome",
  "applaud",
  "hail",
  "question",
  "challenge",
  "rebut",
  "refute",
  "dispute"
];
var alwaysStrictVerbs = ["continue", "read", "text", "email", "begin", "issue", "charge", "counter", "share", "report", "estimate", "forecast", "post", "find", "show"];
var speechNouns = [
  "quip",
  "words",
  "response",
  "reply",
  "answer",
  "remark",
  "remarks",
  "comment",
  "comments",
  "message",
  "statement",
  "warning",
  "plea",
  "question",
  "verdict",
  "view",
  "assessment",
  "conclusion",
  "explanation",
  "line",
  "tweet",
  "post",
  "advice",
  "promise",
  "pledge",
  "claim",
  "argument",
  "reaction",
  "summary",
  "description",
  "thoughts",
  "opinion",
  "motto",
  "takeaway",
  "suggestion",
  "output",
  "result",
  "error",
  "vision",
  "mission",
  "mantra",
  "slogan",
  "credo",
  "philosophy"
];
var imperativeVerbs = ["ask", "tell", "say", "remind", "explain", "reply", "answer", "respond", "write", "repeat", "suggest", "reiterate"];
var sourceLeads = [
  "according to",
  "in the words of",
  "quoting",
  "citing",
  "as quoted by",
  "per",
  "a quote from",
  "a quote by",
  "quote from",
  "quote by",
  "to quote",
  "as described in",
  "as stated in",
  "as noted in",
  "as outlined in",
  "as explained in",
  "as written in",
  "as put by"
];
var speakerNouns = {
  people: [
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "analyst",
    "economist",
    "minister",
    "secretary",
    "chairman",
    "chairwoman",
    "chair",
    "chief",
    "executive",
    "director",
    "president",
    "manager",
    "trader",
    "dealer",
    "source",
    "expert",
    "lawyer",
    "attorney",
    "critic",
    "witness",
    "resident",
    "diplomat",
    "worker",
    "leader",
    "officer",
    "governor",
    "mayor",
    "senator",
    "congressman",
    "congresswoman",
    "representative",
    "mp",
    "member",
    "researcher",
    "scientist",
    "professor",
    "author",
    "strategist",
    "banker",
    "broker",
    "investor",
    "shareholder",
    "observer",
    "commentator",
    "consultant",
    "adviser",
    "advisor",
    "aide",
    "negotiator",
    "delegate",
    "envoy",
    "ambassador",
    "judge",
    "prosecutor",
    "detective",
    "inspector",
    "superintendent",
    "commissioner",
    "chancellor",
    "premier",
    "head",
    "boss",
    "founder",
    "owner",
    "partner",
    "editor",
    "reporter",
    "correspondent",
    "journalist",
    "columnist",
    "campaigner",
    "activist",
    "protester",
    "organiser",
    "organizer",
    "coach",
    "manager",
    "player",
    "captain",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "player",
    "champion",
    "athlete",
    "doctor",
    "nurse",
    "teacher",
    "student",
    "pupil",
    "child",
    "children",
    "kid",
    "girl",
    "boy",
    "teenager",
    "parent",
    "mother",
    "father",
    "wife",
    "husband",
    "son",
    "daughter",
    "friend",
    "neighbour",
    "neighbor",
    "colleague",
    "customer",
    "consumer",
    "user",
    "voter",
    "farmer",
    "owner",
    "producer",
    "supplier",
    "user",
    "employee",
    "staffer",
    "participant",
    "respondent",
    "interviewee",
    "attendee",
    "commenter",
    "speaker",
    "person",
    "man",
    "woman",
    "people",
    "staff",
    "citizen",
    "pensioner",
    "shopper",
    "fan",
    "driver",
    "passenger",
    "tourist",
    "visitor",
    "youngster",
    "star",
    "skipper",
    "rider",
    "jockey",
    "trainer",
    "batsman",
    "bowler",
    "pitcher",
    "quarterback",
    "prop",
    "hooker",
    "winger",
    "flanker",
    "lock",
    "centre",
    "forward",
    "keeper",
    "full-back",
    "fly-half",
    "scrum-half",
    "number",
    "boxer",
    "golfer",
    "swimmer",
    "runner",
    "sprinter",
    "cyclist",
    "rower",
    "legend",
    "international",
    "stakeholder",
    "interviewer",
    "nomination",
    "nominator",
    "reviewer",
    "tester",
    "mentor",
    "newcomer",
    "rookie",
    "debutant",
    "winner",
    "loser",
    "finalist",
    "challenger",
    "police",
    "politician",
    "candidate",
    "lawmaker",
    "legislator",
    "regulator",
    "specialist",
    "administrator",
    "deputy",
    "vice",
    "treasurer",
    "controller",
    "auditor",
    "engineer",
    "designer",
    "developer",
    "programmer",
    "architect",
    "planner",
    "officer",
    "lead",
    "fellow",
    "veteran",
    "victim",
    "survivor",
    "patient",
    "scholar",
    "historian",
    "physicist",
    "chemist",
    "biologist",
    "trustee",
    "governor",
    "sheriff",
    "marshal",
    "general",
    "colonel",
    "captain",
    "commander",
    "admiral",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "bishop",
    "archbishop",
    "priest",
    "rabbi",
    "imam",
    "insider",
    "executive",
    "opponent",
    "supporter",
    "ally",
    "rival",
    "team",
    "panel",
    "jury",
    "crowd"
  ],
  organisations: [
    "ministry",
    "department",
    "agency",
    "company",
    "firm",
    "group",
    "bank",
    "government",
    "committee",
    "council",
    "union",
    "court",
    "board",
    "party",
    "administration",
    "office",
    "commission",
    "association",
    "institute",
    "bureau",
    "authority",
    "army",
    "military",
    "airline",
    "carrier",
    "exchange",
    "fund",
    "newspaper",
    "magazine",
    "paper",
    "daily",
    "broadcaster",
    "network",
    "station",
    "corporation",
    "corp",
    "inc",
    "ltd",
    "plc",
    "co",
    "organisation",
    "organization",
    "federation",
    "consortium",
    "coalition",
    "alliance",
    "cabinet",
    "parliament",
    "congress",
    "senate",
    "house",
    "embassy",
    "consulate",
    "club",
    "league",
    "university",
    "school",
    "college",
    "hospital",
    "foundation",
    "charity",
    "society",
    "centre",
    "center",
    "watchdog",
    "regulator",
    "industry",
    "lobby",
    "business",
    "subsidiary",
    "unit",
    "division",
    "operator",
    "maker",
    "manufacturer",
    "producer",
    "retailer",
    "supermarket",
    "chain",
    "insurer",
    "lender",
    "broker",
    "brokerage",
    "utility",
    "state",
    "county",
    "city",
    "town",
    "country",
    "nation",
    "kremlin",
    "pentagon",
    "treasury",
    "fed",
    "opec",
    "staff"
  ],
  documents: [
    "report",
    "statement",
    "study",
    "survey",
    "letter",
    "memo",
    "document",
    "filing",
    "release",
    "announcement",
    "prospectus",
    "ruling",
    "judgment",
    "judgement",
    "verdict",
    "minutes",
    "website",
    "site",
    "note",
    "bulletin",
    "communique",
    "text",
    "petition",
    "review",
    "audit",
    "analysis",
    "paper",
    "book",
    "article",
    "editorial",
    "post",
    "blog",
    "tweet",
    "email",
    "message",
    "notice",
    "guidance",
    "guide",
    "manual",
    "summary",
    "transcript",
    "record",
    "records",
    "poll",
    "description",
    "quote",
    "research",
    "sign",
    "label",
    "caption",
    "inscription",
    "headline",
    "slogan",
    "advert",
    "advertisement",
    "ad",
    "brochure",
    "leaflet",
    "manifesto",
    "constitution",
    "treaty",
    "agreement",
    "contract",
    "charter",
    "declaration",
    "resolution",
    "motion",
    "complaint",
    "lawsuit",
    "suit",
    "indictment",
    "affidavit",
    "testimony",
    "interview",
    "speech",
    "address",
    "briefing",
    "conference",
    "hearing",
    "source",
    "sources",
    "nomination",
    "citation",
    "testimonial",
    "feedback"
  ]
};
var mentionCues = [
  "called",
  "titled",
  "entitled",
  "named",
  "dubbed",
  "labeled",
  "labelled",
  "known as",
  "termed",
  "the phrase",
  "the term",
  "the word",
  "the words",
  "the question",
  "the prompt",
  "the message",
  "the heading",
  "the title",
  "the button",
  "the label",
  "the slogan",
  "the motto",
  "the tagline",
  "click",
  "select",
  "choose",
  "type",
  "enter",
  "search for",
  "marked",
  "reading",
  "published",
  "for example",
  "for instance",
  "e.g.",
  "such as",
  "like",
  "versus",
  "vs.",
  "the language to",
  "question of",
  "questions of",
  "questions like",
  "text",
  "help text",
  "link",
  "tab",
  "menu",
  "field",
  "option",
  "phrase",
  "motto",
  "slogan",
  "tagline",
  "hashtag",
  "keyword",
  "keywords",
  "term",
  "terms",
  "notion of",
  "idea of",
  "idea that",
  "concept of",
  "mantra",
  "principle of",
  "became",
  "or",
  "as in",
  "famous",
  "adage",
  "saying",
  "expression",
  "maxim",
  "proverb",
  "clich\xE9",
  "cliche",
  "written on it",
  "printed on it",
  "inscribed",
  "emblazoned with",
  "engraved with",
  "or simply",
  "simply put",
  "put simply",
  "in other words",
  "in short",
  "to determine",
  "looks at",
  "than",
  "question",
  "mission to",
  "goal to",
  "goal of",
  "aim to",
  "vision of",
  "the paper",
  "the article",
  "the book",
  "the study",
  "their paper",
  "his paper",
  "her paper",
  "a paper",
  "an article",
  "a book",
  "a study"
];
var phraseNouns = [
  "mantra",
  "motto",
  "slogan",
  "phrase",
  "saying",
  "tagline",
  "adage",
  "maxim",
  "refrain",
  "catchphrase",
  "watchword",
  "jingle",
  "proverb",
  "rallying cry",
  "battle cry",
  "mission",
  "mission statement",
  "vision",
  "vision statement",
  "creed",
  "credo",
  "strapline",
  "pledge"
];
var floorPhrases = [
  "got up",
  "stood up",
  "stood",
  "rose",
  "stepped up",
  "stepped forward",
  "took the floor",
  "took the stage",
  "took the podium",
  "took the microphone",
  "took the mic",
  "spoke up",
  "piped up",
  "chimed in",
  "went first",
  "went next"
];
var speakerPronouns = ["he", "she", "they", "i", "we", "it", "who", "you", "one", "others", "many", "some", "both", "all", "each", "someone", "everyone", "nobody", "somebody", "anyone"];
var sentenceStarters = [
  "The",
  "A",
  "An",
  "In",
  "On",
  "At",
  "It",
  "Its",
  "This",
  "That",
  "These",
  "Those",
  "We",
  "But",
  "And",
  "So",
  "For",
  "As",
  "If",
  "When",
  "While",
  "After",
  "Before",
  "With",
  "Without",
  "There",
  "Here",
  "Our",
  "Their",
  "His",
  "Her",
  "You",
  "Your",
  "They",
  "He",
  "She",
  "Then",
  "Now",
  "Also",
  "Some",
  "Many",
  "Most",
  "All",
  "One",
  "To",
  "By",
  "From",
  "Of",
  "Even",
  "Still",
  "Yet",
  "Or",
  "Because",
  "Since",
  "Although",
  "Though",
  "What",
  "Why",
  "How",
  "Who",
  "Where",
  "Which",
  "Each",
  "Every",
  "Other",
  "Another",
  "My",
  "Not",
  "No",
  "Only",
  "Just",
  "Once",
  "During",
  "Over",
  "Under",
  "Through",
  "Instead",
  "However",
  "Finally",
  "First",
  "Second",
  "Third",
  "Last",
  "Next",
  "Today",
  "Yesterday",
  "Recently",
  "Later",
  "Meanwhile",
  "Perhaps",
  "Maybe",
  "Sometimes",
  "Often",
  "Several",
  "Few",
  "Such",
  "Despite",
  "Until",
  "Whether",
  "Asked",
  "Speaking",
  "Writing",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
  "Earlier",
  "Separately",
  "Elsewhere",
  "Overall",
  "Indeed",
  // Sentence adverbs: a capital and a comma after them, as a name has (`Nonetheless, all O'Connor is…`).
  "Nonetheless",
  "Nevertheless",
  "Moreover",
  "Furthermore",
  "Additionally",
  "Likewise",
  "Similarly",
  "Otherwise",
  "Consequently",
  "Therefore",
  "Thus",
  "Hence",
  "Besides",
  "Again",
  "Initially",
  "Ultimately",
  "Eventually",
  "Currently",
  "Previously",
  "Originally",
  "Afterwards",
  "Clearly",
  "Obviously",
  "Interestingly",
  "Importantly",
  "Notably",
  "Unfortunately",
  "Fortunately",
  "Surprisingly",
  "Ironically",
  "Admittedly",
  "Certainly",
  "Apparently",
  "Reportedly",
  "Allegedly",
  "Regardless",
  "Accordingly",
  "Conversely",
  "Alternatively",
  "Specifically",
  "Generally",
  "Typically",
  "Traditionally",
  "Historically",
  "Already",
  "Soon",
  "Tomorrow",
  "Tonight",
  "Together"
];

// src/rules/quotes/lists.ts
var cache3 = /* @__PURE__ */ new Map();
function compile(extra = {}) {
  const key = JSON.stringify([extra.verbs ?? [], extra.speakers ?? [], extra.mentionCues ?? []]);
  let lists = cache3.get(key);
  if (!lists) {
    if (cache3.size > 20) cache3.clear();
    cache3.set(key, lists = build(extra));
  }
  return lists;
}
function build(extra) {
  const verbs2 = /* @__PURE__ */ new Map();
  const strict2 = new Set(strictVerbs);
  for (const base of [...reportingVerbs, ...extra.verbs ?? []]) {
    const lower = base.toLowerCase().trim();
    for (const form of verbForms(lower)) if (!verbs2.has(form) || !strict2.has(lower)) verbs2.set(form, strict2.has(lower));
  }
  const alwaysStrict = new Set(alwaysStrictVerbs.flatMap(verbForms));
  const speakers = /* @__PURE__ */ new Set();
  for (const noun of [...speakerNouns.people, ...speakerNouns.organisations, ...speakerNouns.documents, ...extra.speakers ?? []]) {
    for (const form of nounForms(noun.toLowerCase().trim())) speakers.add(form);
  }
  const documents = new Set(speakerNouns.documents.flatMap(nounForms));
  const people = new Set(speakerNouns.people.flatMap(nounForms));
  const escape = (text3) => text3.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
  const mention = new RegExp(`(?<![\\p{L}])(?:${[...mentionCues, ...extra.mentionCues ?? []].map(escape).join("|")})(?:\\s+that)?[\\s,:]{0,3}$`, "iu");
  const phrase = `(?:${phraseNouns.flatMap(nounForms).map(escape).join("|")})`;
  return { floor: floorPhrases.map((phrase2) => phrase2.split(" ")), phrase, people, verbs: verbs2, alwaysStrict, bases: new Set(imperativeVerbs), speakers, documents, pronouns: new Set(speakerPronouns), starters: new Set(sentenceStarters), sourceLeads: sourceLeads.map((lead) => lead.split(" ")), speech: new Set(speechNouns), mention };
}
function verbForms(base) {
  const [head, ...rest] = base.split(/\s+/);
  const tail = rest.length ? " " + rest.join(" ") : "";
  const forms = /* @__PURE__ */ new Set([head]);
  const vowel = /[aeiou]/;
  const last = head.at(-1) ?? "";
  const consonantY = last === "y" && !vowel.test(head.at(-2) ?? "");
  forms.add(/(?:s|sh|ch|x|z|o)$/.test(head) ? head + "es" : consonantY ? head.slice(0, -1) + "ies" : head + "s");
  forms.add(last === "e" ? head + "d" : consonantY ? head.slice(0, -1) + "ied" : head + "ed");
  forms.add(last === "e" && !head.endsWith("ee") ? head.slice(0, -1) + "ing" : head + "ing");
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(head)) {
    forms.add(head + last + "ed");
    forms.add(head + last + "ing");
  }
  for (const form of irregularVerbs[base] ?? irregularVerbs[head] ?? []) forms.add(form.split(/\s+/)[0]);
  return [...forms].map((form) => form + tail);
}
function nounForms(noun) {
  if (/man$/.test(noun)) return [noun, noun.slice(0, -3) + "men"];
  if (noun === "person") return [noun, "people"];
  if (/[^aeiou]y$/.test(noun)) return [noun, noun.slice(0, -1) + "ies"];
  if (/(?:s|sh|ch|x|z)$/.test(noun)) return [noun, noun + "es"];
  return [noun, noun + "s"];
}

// src/rules/quotes/tokens.ts
var abbreviations2 = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "jr",
  "sr",
  "prof",
  "gov",
  "sen",
  "rep",
  "gen",
  "lt",
  "col",
  "capt",
  "sgt",
  "rev",
  "corp",
  "inc",
  "ltd",
  "co",
  "vs",
  "etc",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mon",
  "tue",
  "wed",
  "thu",
  "fri",
  "sat",
  "sun",
  "approx",
  "dept",
  "est",
  "fig",
  "mt",
  "ft",
  "e.g",
  "i.e",
  "u.s",
  "u.k",
  "u.n",
  "a.m",
  "p.m",
  "plc",
  "bros",
  "messrs",
  "hon",
  "pres",
  "supt",
  "cmdr",
  "adm"
]);
var wordPattern = new RegExp("@?[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'\u2019\\-&_]|[.,](?=\\p{N})(?<=\\p{N}.)|\\.(?=\\p{L}))*", "uy");
function tokenize2(text3, segments) {
  const tokens = [];
  let next2 = 0;
  let i = 0;
  while (i < text3.length) {
    const segment = segments[next2];
    if (segment && i >= segment.open) {
      const inner = text3.slice(segment.open + 1, segment.close).replace(/[\s*_'’)\]]+$/u, "");
      tokens.push(token("quote", text3.slice(segment.open, segment.close + 1), segment.open, segment.close + 1, next2, inner.at(-1) ?? ""));
      i = Math.max(i + 1, segment.close + 1);
      next2++;
      continue;
    }
    const code = text3.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 160) {
      i++;
      continue;
    }
    wordPattern.lastIndex = i;
    const match = wordPattern.exec(text3);
    if (match) {
      let word2 = match[0];
      let end2 = i + word2.length;
      if (text3[end2] === "." && (abbreviations2.has(word2.toLowerCase()) || new RegExp("^\\p{Lu}$", "u").test(word2) || new RegExp("\\.\\p{L}$", "u").test(word2))) {
        word2 += ".";
        end2++;
      }
      tokens.push(token("word", word2, i, end2));
      i = end2;
      continue;
    }
    let end = i + 1;
    if (text3[i] === "-" || text3[i] === ".") while (text3[end] === text3[i]) end++;
    if (!/[*_#>~`\\]/.test(text3[i])) tokens.push(token("punct", text3.slice(i, end), i, end));
    i = end;
  }
  splitSentences(tokens);
  return tokens;
}
function token(kind, text3, start, end, segment = -1, last = "") {
  const contraction = kind === "word" ? /['’](?:s|re|ve|d|ll|m)$/iu.exec(text3) : null;
  const bare = contraction ? text3.slice(0, contraction.index) : text3;
  const possessive = contraction !== null && /s$/i.test(contraction[0]) && !/^(?:he|she|it|that|there|what|who|here)$/i.test(bare);
  return {
    kind,
    text: text3,
    start,
    end,
    segment,
    last,
    sentence: 0,
    possessive,
    lower: bare.toLowerCase().replace(/\.$/, ""),
    // A handle (`@Ken_2scientists`) names someone as a capital does.
    capital: kind === "word" && new RegExp("^(?:\\p{Lu}|@)", "u").test(text3)
  };
}
function splitSentences(tokens) {
  let sentence = 0;
  for (let k = 0; k < tokens.length; k++) {
    const current = tokens[k];
    current.sentence = sentence;
    const following = tokens[k + 1];
    if (!following) break;
    const starts = following.kind === "quote" || following.kind === "word" && (following.capital || /^\d/.test(following.text));
    const ends = current.kind === "punct" ? /^[.!?]/.test(current.text) && current.text !== "..." : current.kind === "quote" && /[.!?…]/u.test(current.last);
    if (ends && starts) sentence++;
  }
}

// src/rules/quotes/model.ts
var thirdPerson = /^(?:he|she|they|it)$/i;
var phrasePatterns = /* @__PURE__ */ new WeakMap();
function patternsOf(lists) {
  let patterns = phrasePatterns.get(lists);
  if (!patterns) {
    patterns = {
      before: new RegExp(`(?:^|[.!?]["'\u201D\u2019]?\\s+)(?:The|Our|Their|His|Her|Its|This|An?)\\s+${lists.phrase}\\b[^.!?\u201C\u201D"]*$`, "u"),
      // `this (trademarked) slogan`, `that old saying`, `it’s a motto`, `is the campaign’s tagline`.
      after: new RegExp(`(?:\\b(?:this|that|these|those)\\s+|\\b(?:it|this|that)(?:['\u2019]s|\\s+(?:is|was))\\s+(?:a|an|the|their|our|its)\\s+)(?:[\\p{L}'\u2019-]+\\s+){0,2}?${lists.phrase}\\b`, "iu")
    };
    phrasePatterns.set(lists, patterns);
  }
  return patterns;
}
var phraseBefore2 = (lists) => patternsOf(lists).before;
var phraseAfter2 = (lists) => patternsOf(lists).after;
function nextSentence(text3, close2) {
  const rest = text3.slice(close2 + 1, close2 + 300);
  let wanted = /[.!?\u2026][\s*_]*$/u.test(text3.slice(Math.max(0, close2 - 3), close2)) ? 1 : 2;
  for (const match of rest.matchAll(/[.!?](?=["'”’]?(?:\s|$))/gu)) if (--wanted === 0) return rest.slice(0, match.index + 1);
  return rest;
}
var listLine = /[,;][\s*_]*$/u;
var boxOpen = /\{(?:\{[<%]|%)\s*(?!\/|end)[\w-]+[^{}\n]*(?:[>%]\}\}|%\})[ \t]*\n?[ \t>*_]*$/u;
var boxClose = /^[*_.,]*[ \t]*\n?[ \t>]*\{(?:\{[<%]|%)\s*(?:\/|end)[\w-]+\s*(?:[>%]\}\}|%\})/u;
var quoteMark = /["\u201C\u201D]/u;
var linkReference = /^\s*\[[^\]]+\]:/;
var credit2 = new RegExp("^[\\s*_]*([\\u2014\\u2013\\u2015~-]{1,2})\\s*[*_]*(\\p{Lu}[^,;.()]{0,60})", "u");
var keys = /* @__PURE__ */ new WeakMap();
var textOf = (node2) => withoutCode(mapText(node2));
function quoteModel(tree, file, options) {
  const key = JSON.stringify(options);
  const kept = file.data.quotes;
  if (kept && keys.get(kept) === key) return kept;
  const model = build2(tree, file, options);
  keys.set(model, key);
  file.data.quotes = model;
  return model;
}
function build2(tree, file, options) {
  const lists = compile(options);
  const blocks = file.data.copydesk?.blocks ?? [];
  const links = file.data.copydesk?.links ?? [];
  const groups = paragraphs(tree, blocks);
  const quotations = [];
  const unbalanced2 = [];
  let open;
  let before2;
  let introducedList = -1;
  let lede;
  for (const [index2, group2] of groups.entries()) {
    const { node: node2, block } = group2;
    const previous2 = before2;
    before2 = { index: index2 };
    if (!open && !block?.strong && block?.kind !== "heading" && !mayHold(group2, quoteMark)) continue;
    const mapped = textOf(node2);
    if (block?.kind === "heading" || block?.strong || linkReference.test(mapped.text)) continue;
    const continuing = open !== void 0 && open.bare === 0 && opensWithQuote(mapped.text);
    let scan = scanQuotes(mapped.text, continuing);
    if (open && !continuing) {
      if (scan.quotes.length === 0 && scan.tail === void 0 && scan.stray.length === 0 && open.bare < 8) {
        const line = credit2.exec(mapped.text.slice(0, 80));
        if (line) {
          open.attribution = creditOf(mapped, line.index, line, "paragraph-after");
          unclosed(open);
          open = void 0;
          continue;
        }
        open.bare++;
        if (!block?.inList && !listLine.test(mapped.text)) open.prose = true;
        continue;
      }
      const first = scan.stray[0];
      const closesRun = first !== void 0 && first < (scan.quotes[0]?.open ?? Infinity) && first < (scan.tail ?? Infinity);
      if (closesRun) {
        if (open.bare === 0 || open.prose) {
          const start = open.pieces[0];
          unbalanced2.push({ kind: "run-on", count: open.bare + 2, ...place(file, start.para.mapped, start.open, start.open + 1) });
        }
        open.closed = true;
        open.closing = { index: index2, mapped, after: first + 1 };
        scan = { ...scan, stray: scan.stray.slice(1) };
      } else {
        unclosed(open);
      }
      open = void 0;
    }
    const para = read(index2, block, mapped, scan, lists);
    before2.para = para;
    let current;
    for (const [k, token2] of para.tokens.entries()) {
      if (token2.kind !== "quote") continue;
      const segment = segmentsOf(scan)[token2.segment];
      const piece = { para, open: segment.open, close: segment.close, closed: segment.closed, token: k };
      if (segment.head && open) {
        current = open;
        open = void 0;
      } else if (segment.head) {
        current = void 0;
      } else if (!segment.continues || !current) {
        current = { pieces: [], kind: "speech", bare: 0, prose: false, closed: false };
        quotations.push(current);
      }
      if (!current) {
        current = { pieces: [], kind: "speech", bare: 0, prose: false, closed: false };
        quotations.push(current);
      }
      current.pieces.push(piece);
      current.closed = segment.closed;
      if (segment.tail) open = current;
    }
    if (scan.reopened.length > 0) {
      const at = scan.reopened[0];
      unbalanced2.push({ kind: "reopened", count: scan.reopened.length, ...place(file, mapped, at, at + 1) });
    }
    if (scan.stray.length > 0 && !(closesAt(mapped.text, scan.stray[0]) && insideHtml(offsetOf(mapped, 0)))) {
      const at = scan.stray[0];
      unbalanced2.push({ kind: "stray", count: scan.stray.length, ...place(file, mapped, at, at + 1) });
    }
    if (block?.inList && opensWithQuote(mapped.text) && (block.container === introducedList || introduces(previous2))) introducedList = block.container;
  }
  if (open) unclosed(open);
  function unclosed(building) {
    const [first] = building.pieces;
    unbalanced2.push({ kind: "unclosed", count: 1, ...place(file, first.para.mapped, first.open, first.open + 1) });
    if (building.pieces.length === 1 && building.pieces[0].para === first.para) building.kind = "markup";
  }
  let last;
  const result = [];
  for (const building of quotations) {
    const [first] = building.pieces;
    const end = building.pieces.at(-1);
    const text3 = building.pieces.map((piece) => piece.para.mapped.text.slice(piece.open + 1, piece.close)).join(" ");
    if (building.kind === "speech") {
      const lead = first.para.mapped.text.slice(Math.max(0, first.open - 40), first.open);
      const follow = first.para.mapped.text.slice(first.close + 1, first.close + 4);
      building.kind = building.pieces.length > 1 ? wordCount(text3) < options.minWords ? "short" : "speech" : kindOf(text3, lead, follow, options.minWords, lists.mention);
    }
    building.attribution = attribute(building, last);
    if (building.kind === "speech" && !building.attribution && building.pieces.length === 1 && isMention(first)) building.kind = "mention";
    if (building.attribution && building.kind !== "title" && building.kind !== "mention" && building.kind !== "markup") {
      const { speaker, frame } = building.attribution;
      const named = frame === "continuation" ? last?.named : speaker && thirdPerson.test(speaker) ? antecedent(first, last) : void 0;
      last = { building, speaker, ...named ? { named } : {} };
    } else if (building.kind === "speech") last = { building };
    const paragraphCount = new Set(building.pieces.map((piece) => piece.para.index)).size + building.bare;
    const endIndex = end.closed ? end.close + 1 : end.close;
    result.push({
      text: text3,
      words: wordCount(text3),
      start: pointOf(file, first.para.mapped, first.open),
      end: pointOf(file, end.para.mapped, endIndex),
      paragraphs: Math.max(paragraphCount, building.pieces.length),
      closed: building.closed,
      kind: building.kind,
      ...building.attribution ? { attribution: building.attribution } : {}
    });
  }
  unbalanced2.sort((a, b) => (a.start.offset ?? 0) - (b.start.offset ?? 0));
  return { quotations: result, unbalanced: unbalanced2 };
  function antecedent(piece, previous2) {
    const { tokens, frames, mapped } = piece.para;
    const text3 = (span2) => mapped.text.slice(tokens[span2[0]].start, tokens[span2[1]].end);
    const name2 = (span2) => span2 !== void 0 && isName2(tokens[span2[1]], lists) && !lists.pronouns.has(tokens[span2[1]].lower);
    const own7 = tokens[piece.token].sentence;
    let best;
    for (const frame of frames) if (tokens[frame.at].sentence < own7 && name2(frame.speaker)) best = frame.speaker;
    for (let k = piece.token - 1; k >= 0 && (!best || k > best[1]); k--) {
      if (tokens[k].sentence === own7 || k > 0 && tokens[k - 1].sentence === tokens[k].sentence) continue;
      const subject = sentenceSubject(tokens, k, piece.token, lists, true, true);
      if (name2(subject)) {
        best = subject;
        break;
      }
    }
    if (best) return text3(best);
    const before3 = previous2?.speaker;
    return before3 && isName2(tokenize2(before3, []).at(-1), lists) && !lists.pronouns.has(before3.toLowerCase()) ? before3 : previous2?.named;
  }
  function attribute(building, previous2) {
    if (building.attribution) return building.attribution;
    for (const where of ["sentence", "sentence-before", "sentence-after"]) {
      for (const piece of building.pieces) {
        const found = frameNear(piece, where);
        if (found) return describe2(piece.para, found, building.pieces.length > 1 && piece !== building.pieces[0] ? "within" : where);
      }
    }
    for (const piece of building.pieces) {
      const inner = frameInside(piece);
      if (inner) return inner;
    }
    const first = building.pieces[0];
    const end = building.pieces.at(-1);
    const { para } = first;
    const closing2 = building.closing;
    const after2 = closing2 ? closing2.mapped.text.slice(closing2.after, closing2.after + 80) : end.para.mapped.text.slice(end.close + 1, end.close + 80);
    const inline = credit2.exec(after2);
    if (inline && (/^(?:From|By|Via)\s/.test(inline[2]) || !new RegExp("^[\\s*_]*[\\u2014\\u2013\\u2015-]{1,2}\\s*[*_]*\\p{Lu}[\\p{L}]*\\s+\\p{Ll}", "u").test(after2))) {
      return creditOf(closing2?.mapped ?? end.para.mapped, (closing2 ? closing2.after : end.close + 1) + inline.index, inline, "sentence");
    }
    if (/^[\s,*_]*(?:—|–|―|--|-)\s*(?:[*_[]*via\s|\s*$)/u.test(after2)) return { cue: "\u2014", frame: "credit", where: "sentence" };
    const next2 = groups[(closing2?.index ?? end.para.index) + 1];
    if (next2 && (end.closed || closing2) && /^[\s*_.,]*$/.test(after2)) {
      const nextText = textOf(next2.node).text;
      const line = credit2.exec(nextText.slice(0, 80));
      if (line) return creditOf(textOf(next2.node), line.index, line, "paragraph-after");
      if (sourceLine(textOf(next2.node))) return { cue: "link", frame: "credit", where: "paragraph-after" };
    }
    const whole = first.token === firstQuoteToken(para) && tokensBefore(para, first.token) === 0 && /^[\s*_.,]*$/.test(after2) && end.closed;
    if (whole && next2 && isLede(para.index)) {
      const nextMapped = textOf(next2.node);
      const nextPara = read(end.para.index + 1, next2.block, nextMapped, scanQuotes(nextMapped.text), lists);
      const named = nextPara.tokens.find((t) => t.sentence === 0 && isName2(t, lists));
      if (named) return { speaker: named.text, speakerAt: place(file, nextMapped, named.start, named.end), cue: "", frame: "layout", where: "paragraph-after" };
    }
    if (/^[\s,*_]*\((?:pp?\.|page|[^()]{0,40}\d{4}\))/u.test(after2)) return { cue: "(", frame: "citation", where: "sentence" };
    if (end.close + 80 >= end.para.mapped.text.length && new RegExp("^[\\s*_]*(?:\\p{Lu}[\\p{L}'\u2019-]*\\.?\\s+){1,3}\\p{Lu}[\\p{L}'\u2019-]*(?:,[^.!?]{0,60})?[\\s*_.]*$", "u").test(after2)) {
      return { cue: "", frame: "credit", where: "sentence", speaker: after2.trim().replace(/[*_.]+$/, "").split(",")[0].trim() };
    }
    if (linked(first, end)) return { cue: "link", frame: "link", where: "sentence" };
    const opening = first.token === firstQuoteToken(para) && tokensBefore(para, first.token) === 0;
    if (opening) {
      const introduced = introduction(para.index);
      if (introduced) return introduced;
      if (para.block?.inList && para.block.container === introducedList) return { cue: ":", frame: "introduction", where: "paragraph-before" };
    }
    if (previous2?.building.attribution && continues(previous2.building, first, [previous2.speaker, previous2.named])) {
      return { ...previous2.speaker ? { speaker: previous2.speaker } : {}, cue: previous2.building.attribution.cue, frame: "continuation", where: previous2.building.pieces.at(-1).para === para ? "sentence-before" : "paragraph-before" };
    }
    const floor = tookTheFloor(first);
    if (floor) return floor;
    return layout(building);
  }
  function isLede(index2) {
    lede ??= groups.findIndex(({ block }, k) => block !== void 0 && block.kind !== "heading" && !block.strong && !(k === 0 && file.data.copydesk?.format === "text"));
    return index2 <= lede;
  }
  function frameInside(piece) {
    if (piece.closed) return void 0;
    const implied = piece.close < piece.para.mapped.text.length;
    const from = piece.open + 1;
    const text3 = piece.para.mapped.text.slice(from, piece.close);
    const tokens = tokenize2(text3, []);
    const frames = framesIn(tokens, 0, tokens.length - 1, lists);
    const comma = tokens.findIndex((t, k) => t.text === "," && /^(?:said|says)$/.test(tokens[k + 1]?.lower ?? "") && isName2(tokens[k + 2], lists));
    const last2 = frames.at(-1);
    const frame = frames.find((f) => f.speaker && f.cue[0] === comma + 1) ?? (implied && last2 && last2.cue[1] >= tokens.length - 2 ? last2 : void 0);
    if (!frame?.speaker) return void 0;
    const at = (k) => from + tokens[k].start;
    const atEnd = (k) => from + tokens[k].end;
    const { mapped } = piece.para;
    return {
      speaker: mapped.text.slice(at(frame.speaker[0]), atEnd(frame.speaker[1])),
      speakerAt: place(file, mapped, at(frame.speaker[0]), atEnd(frame.speaker[1])),
      cue: mapped.text.slice(at(frame.cue[0]), atEnd(frame.cue[1])),
      cueAt: place(file, mapped, at(frame.cue[0]), atEnd(frame.cue[1])),
      frame: frame.kind,
      where: "within"
    };
  }
  function frameNear(piece, where) {
    const { tokens } = piece.para;
    const own7 = tokens[piece.token].sentence;
    const wanted = where === "sentence" ? own7 : where === "sentence-before" ? own7 - 1 : own7 + 1;
    let best;
    const frames = framesOf(piece.para, wanted);
    for (const frame of frames) {
      if (!best || Math.abs(frame.at - piece.token) < Math.abs(best.at - piece.token)) best = frame;
    }
    const subject = best?.speaker;
    const strict2 = (frame) => lists.verbs.get(piece.para.tokens[frame.cue[0]].lower) === true;
    if (best && subject && strict2(best)) {
      const own8 = frames.find((frame) => frame !== best && frame.speaker && !strict2(frame) && frame.at > subject[1] && frame.at < best.at && frame.speaker[0] <= subject[0] && frame.speaker[1] >= subject[1] && frame.speaker[1] - frame.speaker[0] > subject[1] - subject[0]);
      if (own8) best = own8;
    }
    return best;
  }
  function describe2(para, frame, where) {
    const { tokens, mapped } = para;
    const cue = mapped.text.slice(tokens[frame.cue[0]].start, tokens[frame.cue[1]].end);
    const attribution = { cue, cueAt: place(file, mapped, tokens[frame.cue[0]].start, tokens[frame.cue[1]].end), frame: frame.kind, where };
    if (frame.speaker) {
      const [from, to] = frame.speaker;
      attribution.speaker = mapped.text.slice(tokens[from].start, tokens[to].end);
      attribution.speakerAt = place(file, mapped, tokens[from].start, tokens[to].end);
    }
    return attribution;
  }
  function creditOf(mapped, at, match, where) {
    const dash = at + match[0].indexOf(match[1]);
    const name2 = match[2].replace(/[*_\s]+$/, "");
    const from = at + match[0].lastIndexOf(match[2]);
    return {
      speaker: name2,
      speakerAt: place(file, mapped, from, from + name2.length),
      cue: match[1],
      cueAt: place(file, mapped, dash, dash + match[1].length),
      frame: "credit",
      where
    };
  }
  function introduction(index2) {
    if (index2 > 1 && groups[index2 - 1] && !groups[index2 - 1].block && file.data.copydesk?.format === "markdown") index2--;
    const group2 = groups[index2 - 1];
    if (!group2) return void 0;
    const text3 = textOf(group2.node).text.trimEnd();
    if (group2.block?.kind === "heading" && new RegExp("(?:^|\\s)(?:from|by)\\s+\\p{Lu}", "u").test(text3)) return { cue: "from", frame: "layout", where: "paragraph-before" };
    if (/\?["'”’*_\s]*$/.test(text3)) return { cue: "?", frame: "layout", where: "paragraph-before" };
    if (!/:["'”’*_\s]*$/.test(text3)) return void 0;
    const para = before2?.index === index2 - 1 && before2.para ? before2.para : read(index2 - 1, group2.block, textOf(group2.node), scanQuotes(text3), lists);
    const { tokens, frames } = para;
    const lastSentence = tokens.at(-1)?.sentence;
    const frame = [...frames].reverse().find((f) => tokens[f.at].sentence === lastSentence);
    return frame ? describe2(para, frame, "paragraph-before") : void 0;
  }
  function introduces(previous2) {
    return previous2 !== void 0 && introduction(previous2.index + 1) !== void 0;
  }
  function continues(previous2, piece, speaker) {
    const end = previous2.pieces.at(-1);
    const sameParagraph = end.para === piece.para;
    if (!sameParagraph && end.para.index !== piece.para.index - 1) return false;
    if (!sameParagraph && tokensBefore(piece.para, piece.token) > 0 && piece.token !== firstQuoteToken(piece.para)) return false;
    const between2 = sameParagraph ? [[piece.para, end.token + 1, piece.token - 1]] : [[end.para, end.token + 1, end.para.tokens.length - 1], [piece.para, 0, piece.token - 1]];
    const text3 = (para, span2) => para.mapped.text.slice(para.tokens[span2[0]].start, para.tokens[span2[1]].end);
    for (const [para, from, to] of between2) {
      if (to - from > 400) return false;
      for (let f = firstIndex(para.frames.length, (i) => para.frames[i].at >= from); f < para.frames.length && para.frames[f].at <= to; f++) {
        const frame = para.frames[f];
        if (!frame.speaker) continue;
        if (!sameSpeaker(text3(para, frame.speaker), speaker, lists)) return false;
      }
      const { tokens } = para;
      for (let k = from; k <= to; k++) {
        if (k > 0 && tokens[k - 1].sentence === tokens[k].sentence && k !== from) continue;
        if (k === from && k > 0 && tokens[k - 1].sentence === tokens[k].sentence) continue;
        const subject = sentenceSubject(tokens, k, to + 1, lists, true, true);
        if (subject && !lists.pronouns.has(tokens[subject[1]].lower) && !sameSpeaker(text3(para, subject), speaker, lists)) return false;
      }
    }
    return true;
  }
  function tookTheFloor(piece) {
    const { tokens } = piece.para;
    const own7 = tokens[piece.token].sentence;
    if (piece.token === 0 || tokens[piece.token - 1].sentence === own7) return void 0;
    let start = piece.token - 1;
    while (start > 0 && tokens[start - 1].sentence === own7 - 1) start--;
    const end = tokens[piece.token - 1].kind === "punct" ? piece.token - 2 : piece.token - 1;
    const subject = sentenceSubject(tokens, start, end + 1, lists, true, true);
    if (!subject) return void 0;
    const phrase = lists.floor.find((words2) => end - subject[1] === words2.length && words2.every((word2, n) => tokens[subject[1] + 1 + n].lower === word2));
    if (!phrase) return void 0;
    return { ...describe2(piece.para, { kind: "verb", cue: [subject[1] + 1, end], speaker: subject }, "sentence-before"), frame: "introduction" };
  }
  function layout(building) {
    const [first] = building.pieces;
    const { para } = first;
    const text3 = para.mapped.text;
    const whole = first.open === firstMark(text3) && /^[\s*_.,]*$/.test(text3.slice(first.close + 1));
    if (whole && building.pieces.length === 1 && (para.block?.inQuote || para.block?.inList || para.block?.emphasis || italicLine(first) || boxed(first))) return { cue: "", frame: "layout", where: "sentence" };
    if (/\?[\s*_"'”’]*$/.test(text3.slice(Math.max(0, first.open - 8), first.open))) return { cue: "?", frame: "layout", where: "sentence-before" };
    return void 0;
  }
  function boxed(piece) {
    const raw = file.data.source ?? String(file.value ?? "");
    const open2 = offsetOf(piece.para.mapped, piece.open);
    const close2 = offsetOf(piece.para.mapped, piece.close);
    return boxOpen.test(raw.slice(Math.max(0, open2 - 120), open2)) && boxClose.test(raw.slice(close2 + 1, close2 + 120));
  }
  function italicLine(piece) {
    const raw = String(file.value ?? "");
    const open2 = offsetOf(piece.para.mapped, piece.open);
    const close2 = offsetOf(piece.para.mapped, piece.close);
    const lineStart2 = raw.lastIndexOf("\n", open2) + 1;
    const lineEnd3 = raw.indexOf("\n", close2);
    return /^[\s>]*(?:\{\{[^}]*\}\}\s*)?[*_]+$/.test(raw.slice(lineStart2, open2)) && /^.[*_]+\s*$/.test(raw.slice(close2, lineEnd3 === -1 ? raw.length : lineEnd3));
  }
  function isMention(piece) {
    const { para } = piece;
    const text3 = para.mapped.text;
    const { quotes, series, at } = seriesOf(para);
    const position3 = at.get(piece.open) ?? -1;
    if (series[position3]) return true;
    for (let k = position3 - 1; k >= 0 && k >= position3 - 20; k--) {
      if (!/^[\s,;]*(?:(?:and|or)\s+)?$/.test(text3.slice(quotes[k].close + 1, quotes[k + 1].open))) break;
      if (lists.mention.test(text3.slice(Math.max(0, quotes[k].open - 40), quotes[k].open))) return true;
    }
    if (para.block?.field || para.block?.table) return true;
    const raw = String(file.value ?? "");
    const offset = offsetOf(para.mapped, piece.open);
    if (/<figcaption>[\s*_]*$/i.test(raw.slice(Math.max(0, offset - 20), offset))) return true;
    if (phraseBefore2(lists).test(text3.slice(Math.max(0, piece.open - 80), piece.open))) return true;
    if (questionForReader(piece)) return true;
    if (phraseAfter2(lists).test(nextSentence(text3, piece.close))) return true;
    const previous2 = groups[para.index - 1];
    if (piece.token === firstQuoteToken(para) && tokensBefore(para, piece.token) === 0 && previous2) {
      const ending = textOf(previous2.node).text.trimEnd();
      if (/:$/.test(ending) && lists.mention.test(ending.slice(-40))) return true;
    }
    if (para.block?.inList && /^[\s*_]*(?:[^.!?“”"]{0,40}[:\u2013\u2014-][\s*_]*)?$/u.test(text3.slice(0, piece.open))) return true;
    return nounPhrase(text3, piece.open, piece.close, text3.slice(piece.open + 1, piece.close));
  }
  function questionForReader(piece) {
    const { tokens, mapped } = piece.para;
    const words2 = mapped.text.slice(piece.open + 1, piece.close);
    if (!/\?[\s*_]*$/.test(words2) || /[.!](?:\s|$)/.test(words2)) return false;
    const own7 = tokens[piece.token].sentence;
    if (piece.token > 0 && tokens[piece.token - 1].sentence === own7) return false;
    for (let k = piece.token - 1; k >= 0 && tokens[k].sentence === own7 - 1; k--) if (tokens[k].lower === "you" || tokens[k].lower === "your") return true;
    return false;
  }
  function insideHtml(offset) {
    const raw = file.data.source ?? String(file.value ?? "");
    const before3 = raw.slice(Math.max(0, offset - 2e4), offset);
    let depth = 0;
    for (const match of before3.matchAll(htmlBlockTag)) depth = Math.max(0, depth + (match[1] ? -1 : 1));
    return depth > 0;
  }
  function sourceLine(mapped) {
    const first = mapped.text.search(/\S/);
    if (first === -1) return false;
    const at = offsetOf(mapped, first);
    const k = firstIndex(links.length, (i) => links[i][1] > at);
    if (k >= links.length || links[k][0] > at) return false;
    const raw = file.data.source ?? String(file.value ?? "");
    const end = offsetOf(mapped, mapped.text.trimEnd().length - 1) + 1;
    return /^[\s*_]*(?:\([^()]{0,120}\))?[\s*_.]*$/.test(raw.slice(links[k][1], Math.max(links[k][1], end)));
  }
  function linked(first, end) {
    if (/\S/.test(first.para.mapped.text.slice(Math.max(0, first.open - 3), first.open))) {
      const before3 = offsetOf(first.para.mapped, first.open);
      const k = firstIndex(links.length, (i) => links[i][1] >= before3 - 3);
      if (k < links.length && links[k][1] <= before3) return true;
      const raw = file.data.source ?? String(file.value ?? "");
      if (/<\/a>[\s*_]*[:,]?[\s*_]*$/i.test(raw.slice(Math.max(0, before3 - 12), before3))) return true;
    }
    const from = offsetOf(first.para.mapped, first.open);
    const to = offsetOf(end.para.mapped, end.close) + 2;
    const index2 = firstIndex(links.length, (i) => links[i][1] >= from);
    return index2 < links.length && links[index2][0] <= to;
  }
}
var segmentCache = /* @__PURE__ */ new WeakMap();
function segmentsOf(scan) {
  let segments = segmentCache.get(scan);
  if (segments) return segments;
  segments = scan.quotes.map((q) => ({ open: q.open, close: q.close, closed: !q.implied, continues: q.continues }));
  if (scan.head) segments.push({ open: scan.head.open, close: scan.head.close ?? Infinity, closed: scan.head.close !== void 0, head: true });
  if (scan.tail !== void 0 && scan.tail !== scan.head?.open) segments.push({ open: scan.tail, close: Infinity, closed: false, tail: true, continues: scan.tailContinues });
  if (scan.head && scan.head.close === void 0) segments.at(-1).tail = true;
  segments.sort((a, b) => a.open - b.open);
  segmentCache.set(scan, segments);
  return segments;
}
function framesOf(para, sentence) {
  if (!para.bySentence) {
    para.bySentence = /* @__PURE__ */ new Map();
    for (const frame of para.frames) {
      const key = para.tokens[frame.at].sentence;
      const list3 = para.bySentence.get(key);
      if (list3) list3.push(frame);
      else para.bySentence.set(key, [frame]);
    }
  }
  return para.bySentence.get(sentence) ?? [];
}
function read(index2, block, mapped, scan, lists) {
  const segments = segmentsOf(scan);
  for (const segment of segments) if (segment.close === Infinity) segment.close = mapped.text.length;
  const tokens = tokenize2(mapped.text, segments);
  return { index: index2, block, mapped, scan, tokens, frames: framesIn(tokens, 0, tokens.length - 1, lists) };
}
function place(file, mapped, from, to) {
  return { start: pointOf(file, mapped, from), end: pointOf(file, mapped, to) };
}
function firstQuoteToken(para) {
  return para.firstQuote ??= para.tokens.findIndex((t) => t.kind === "quote");
}
function tokensBefore(para, k) {
  para.firstWord ??= para.tokens.findIndex((t) => t.kind === "word");
  return para.firstWord !== -1 && para.firstWord < k ? 1 : 0;
}
function seriesOf(para) {
  if (!para.series) {
    const quotes = para.tokens.filter((t) => t.kind === "quote").map((t) => segmentsOf(para.scan)[t.segment]);
    para.series = { quotes, series: inSeries(para.mapped.text, quotes), at: new Map(quotes.map((q, k) => [q.open, k])) };
  }
  return para.series;
}
var htmlBlockTag = /<(\/)?(?:blockquote|div|aside|figure|section)\b[^>]*>/gi;
function firstMark(text3) {
  const match = /[^\s*_>]/u.exec(text3);
  return match ? match.index : -1;
}
function sameSpeaker(named, speaker, lists) {
  const lower = named.toLowerCase();
  if (lists.pronouns.has(lower)) return true;
  if (!speaker.some(Boolean)) return false;
  const words2 = new Set(speaker.filter(Boolean).join(" ").toLowerCase().split(/\s+/));
  return lower.split(/\s+/).some((word2) => words2.has(word2) && word2.replace(/['’-]/g, "").length >= 3 && new RegExp("^\\p{L}", "u").test(word2) && !["the", "and"].includes(word2));
}

// src/rules/unattributed-quote.ts
var unbalanced = {
  unclosed: () => "This quote mark is never closed; close the quotation or, if it runs on, open the next paragraph with a quote mark",
  stray: (count) => `This quote mark has no partner${count > 1 ? ` (${count} unbalanced marks in this paragraph)` : ""}; add the missing mark or remove this one`,
  reopened: (count) => `A new quotation opens here before the previous one closes${count > 1 ? ` (${count} times in this paragraph)` : ""}; a closing mark or a paragraph break may be missing`,
  "run-on": (count) => `This quotation runs over ${count} paragraphs, but only the first opens with a quote mark; open each paragraph of a multi-paragraph quotation with one`
};
var unattributed_quote_default2 = defineRule({
  id: "unattributed-quote",
  level: "warning",
  summary: "quotations of 5+ words that no frame links to a speaker; unbalanced quote marks",
  fix: "Add who said it next to the quotation (\u201C\u2026,\u201D Jane Smith said); add the missing closing mark or paragraph break.",
  options: {
    minWords: { type: "integer", default: quote.minWords, min: 1, description: "Quotations shorter than this are scare quotes or partial quotes." },
    verbs: { type: "string[]", default: [], description: "Reporting verbs to add to src/rules/data/attribution.ts (a base form brings its inflections: `grumble` \u2192 grumbles, grumbled, grumbling)." },
    speakers: { type: "string[]", default: [], description: "Nouns that head a speaker, to add (`stewardess`, `tribunal`): a noun phrase they head is a source." },
    mentionCues: { type: "string[]", default: [], description: "Words right before a quotation that make it a mention, not speech, to add (`nicknamed`)." }
  },
  examples: unattributed_quote_default
}, function(tree, file, options, report) {
  const model = quoteModel(tree, file, options);
  const findings = [];
  for (const quotation of model.quotations) {
    if (quotation.kind !== "speech" || quotation.attribution) continue;
    const over = quotation.paragraphs > 1 ? `, over ${quotation.paragraphs} paragraphs,` : "";
    findings.push({
      offset: quotation.start.offset ?? 0,
      run: () => report({
        reason: `Quotation \u201C${excerpt(quotation.text, 50)}\u201D${over} has no speaker; add who said this${over ? " in one of them" : ""}`,
        start: quotation.start,
        end: quotation.end,
        actual: quotation.text
      })
    });
  }
  for (const mark2 of model.unbalanced) {
    findings.push({
      offset: mark2.start.offset ?? 0,
      run: () => report({ reason: unbalanced[mark2.kind](mark2.count), start: mark2.start, end: mark2.end, tier: "secondary" })
    });
  }
  findings.sort((a, b) => a.offset - b.offset);
  for (const finding of findings) finding.run();
});

// src/rules/index.ts
var rules = [duplicate_paragraph_default2, repeated_headline_default2, unattributed_quote_default2, inconsistent_date_default2, repeated_words_default2, front_matter_default2];
var ruleIds = rules.map((rule) => rule.ruleId);
var ruleInfo = rules.map((rule) => rule.info);

// src/preset.ts
var topLevel = {
  rules: { accepts: (value2) => typeof value2 === "object" && value2 !== null && !Array.isArray(value2), wanted: "an object of rule settings" },
  maxFileSize: { accepts: (value2) => Number.isSafeInteger(value2) && value2 > 0, wanted: "a positive whole number of bytes" },
  fileTimeout: { accepts: (value2) => Number.isSafeInteger(value2) && value2 >= 0, wanted: "a whole number of milliseconds (0: no limit)" }
};
function checkConfig(config) {
  if (typeof config !== "object" || config === null || Array.isArray(config)) throw new Error("Configuration must be an object");
  for (const [key, value2] of Object.entries(config)) {
    if (!(key in topLevel)) throw new Error(`Unknown configuration key \`${key}\`; known keys: ${Object.keys(topLevel).join(", ")}`);
    if (value2 !== void 0 && !topLevel[key].accepts(value2)) throw new Error(`Configuration \`${key}\` must be ${topLevel[key].wanted}, not ${JSON.stringify(value2)}`);
  }
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const info = ruleInfo.find((rule) => rule.id === id);
    if (!info) throw new Error(`Unknown rule \`${id}\` in configuration; known rules: ${ruleIds.join(", ")}`);
    parseSetting(info, setting, "error");
  }
}
function createProcessor(format2, config = {}, bridge = copydeskBridge) {
  checkConfig(config);
  const retextProcessor = retext().use(retextEnglish);
  for (const rule of rules) retextProcessor.use(rule, config.rules?.[rule.ruleId]);
  const processor = unified();
  if (format2 === "markdown") processor.use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(copydeskPlainParagraphs);
  else processor.use(textParse);
  processor.use(copydeskPrepare, { format: format2 }).use(copydeskGuard, { format: format2 }).use(copydeskDocument, { format: format2 }).use(copydeskSpans).use(bridge, retextProcessor);
  if (format2 === "markdown") processor.use(copydeskMessageControl);
  processor.use(copydeskFingerprint).use(copydeskRestore);
  return processor.freeze();
}

// src/index.ts
var createProcessor2 = (format2, config) => createProcessor(format2, config);
var processors = /* @__PURE__ */ new WeakMap();
var noConfig = {};
function formatOf(path) {
  return path && /\.(md|markdown)$/i.test(path) ? "markdown" : "text";
}
function processorFor(format2, config) {
  let byFormat = processors.get(config);
  if (!byFormat) processors.set(config, byFormat = /* @__PURE__ */ new Map());
  let processor = byFormat.get(format2);
  if (!processor) byFormat.set(format2, processor = createProcessor2(format2, config));
  return processor;
}
async function lint(input, options = {}) {
  const file = input instanceof VFile ? input : new VFile(typeof input === "string" || input instanceof Uint8Array ? { value: input, path: options.path } : input);
  if (options.path && !file.path) file.path = options.path;
  const processor = options.processor ?? processorFor(options.format ?? formatOf(file.path), options.config ?? noConfig);
  try {
    await processor.run(processor.parse(file), file);
  } finally {
    restore(file);
  }
  file.messages.sort(compareMessage);
  return file;
}

// src/engine/fix.ts
var BOM = "\uFEFF";
var MAX_PASSES = 10;
function splits(text3, at) {
  if (at <= 0 || at >= text3.length) return false;
  const before2 = text3.charCodeAt(at - 1);
  const after2 = text3.charCodeAt(at);
  return before2 === 13 && after2 === 10 || before2 >= 55296 && before2 <= 56319 && after2 >= 56320 && after2 <= 57343;
}
function applyEdits(text3, fixes) {
  const valid = fixes.filter(({ range: [start, end] }) => Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text3.length && !splits(text3, start) && !splits(text3, end));
  const sorted = [...valid].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = "";
  let last = 0;
  let applied = 0;
  for (const { range: [start, end], text: replacement } of sorted) {
    if (start < last || applied > 0 && start === last && start === end) continue;
    out += text3.slice(last, start) + replacement;
    last = end;
    applied++;
  }
  return { text: out + text3.slice(last), applied, skipped: fixes.length - applied };
}
function applyFixes(value2, fixes) {
  const bom = value2.startsWith(BOM);
  const result = applyEdits(bom ? value2.slice(1) : value2, fixes);
  return bom ? { ...result, text: BOM + result.text } : result;
}

// src/engine/lint-file.ts
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
function skippedResult(path, reason) {
  const file = new VFile({ path });
  const message = new VFileMessage(reason, { ruleId: "skipped", source: SOURCE });
  message.fatal = true;
  message.file = path;
  file.messages.push(message);
  fingerprint(file, "");
  return { path, file, skipped: true };
}
async function lintText(value2, path, config) {
  try {
    const file = await lint(new VFile({ value: value2, path }), { config });
    const quotes = file.data.quotes?.quotations;
    return quotes ? { path, file, skipped: false, quotes } : { path, file, skipped: false };
  } catch (error) {
    return skippedResult(path, `Could not lint this file: ${error.message}`);
  }
}
async function lintAndFix(value2, path, config) {
  let result = await lintText(value2, path, config);
  let output = value2;
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES && !result.skipped; pass++) {
    const fixes = result.file.messages.flatMap((message) => message.fix ? [message.fix] : []);
    if (fixes.length === 0) break;
    const next2 = applyFixes(output, fixes);
    if (next2.applied === 0 || next2.text === output) break;
    output = next2.text;
    applied += next2.applied;
    result = await lintText(output, path, config);
  }
  return output === value2 ? result : { ...result, fixed: { source: value2, output, applied } };
}
var decoder = new TextDecoder("utf-8", { ignoreBOM: true });
var strict = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });
function readArticle(absolute, path, maxFileSize) {
  let buffer;
  try {
    const info = statSync(absolute);
    if (!info.isFile()) return skippedResult(path, "Not a regular file; skipped");
    if (info.size > maxFileSize) {
      return skippedResult(path, `File is ${info.size} bytes, over the ${maxFileSize}-byte limit (\`maxFileSize\`); skipped`);
    }
    buffer = readFileSync(absolute);
  } catch (error) {
    const code = error.code;
    const reason = code === "ENOENT" ? "File was deleted before it could be read" : code === "EACCES" ? "Permission denied" : error.message;
    return skippedResult(path, `Cannot read file: ${reason}; skipped`);
  }
  if (buffer.subarray(0, 8e3).includes(0)) return skippedResult(path, "Binary file (NUL byte in the first 8,000 bytes); skipped");
  return buffer;
}
async function lintBytes(buffer, path, config, fix = false) {
  if (fix) {
    let text3;
    try {
      text3 = strict.decode(buffer);
    } catch {
    }
    if (text3 !== void 0) return lintAndFix(text3, path, config);
  }
  return lintText(decoder.decode(buffer), path, config);
}

// src/engine/wire.ts
var dropped = /* @__PURE__ */ new Set(["ancestors", "stack"]);
function toWire(result) {
  return {
    path: result.path,
    skipped: result.skipped,
    messages: result.file.messages.map(plain3),
    ...result.quotes ? { quotes: result.quotes } : {},
    ...result.fixed ? { fixed: result.fixed } : {}
  };
}
function plain3(message) {
  const record = {};
  for (const [key, field] of Object.entries(message)) if (!dropped.has(key) && field !== void 0) record[key] = field;
  if (message.cause instanceof VFileMessage) record.cause = plain3(message.cause);
  return record;
}

// src/engine/worker.ts
var port = parentPort ?? (process.send ? {
  on: (event, listener) => process.on(event, listener),
  postMessage: (message) => process.send(message)
} : void 0);
if (!port) throw new Error("copydesk worker: must run in a worker thread or a child process");
if (!parentPort) process.on("disconnect", () => process.exit(0));
var hang = process.env.COPYDESK_TEST_HANG ? new RegExp(process.env.COPYDESK_TEST_HANG) : void 0;
var configs = /* @__PURE__ */ new Map();
var BATCH = 16;
var BATCH_MS = 50;
var LARGE = 64 * 1024;
var held = [];
var heldSince = 0;
var waiting = 0;
var queue = Promise.resolve();
port.on("message", ({ tasks }) => {
  waiting += tasks.length;
  for (const task of tasks) queue = queue.then(() => lintTask(task));
});
async function lintTask(task) {
  await new Promise((resolve) => setImmediate(resolve));
  let config = configs.get(task.configId);
  if (!config) configs.set(task.configId, config = task.config);
  const read2 = readArticle(task.absolute, task.path, task.maxFileSize);
  const large = Buffer.isBuffer(read2) && read2.length >= LARGE;
  if (large) {
    send();
    port.postMessage({ started: task.id });
  }
  if (hang?.test(task.path)) for (; ; ) ;
  const result = Buffer.isBuffer(read2) ? await lintBytes(read2, task.path, config, task.fix) : read2;
  waiting--;
  if (held.length === 0) heldSince = performance.now();
  held.push({ id: task.id, result: toWire(result) });
  if (large || waiting === 0 || held.length >= BATCH || performance.now() - heldSince >= BATCH_MS) send();
}
function send() {
  if (held.length === 0) return;
  port.postMessage({ results: held });
  held = [];
}
port.postMessage({ ready: true });
