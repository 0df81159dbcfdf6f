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

// node_modules/tunnel/lib/tunnel.js
var require_tunnel = __commonJS({
  "node_modules/tunnel/lib/tunnel.js"(exports) {
    "use strict";
    var net = __require("net");
    var tls = __require("tls");
    var http2 = __require("http");
    var https2 = __require("https");
    var events = __require("events");
    var assert = __require("assert");
    var util = __require("util");
    exports.httpOverHttp = httpOverHttp2;
    exports.httpsOverHttp = httpsOverHttp2;
    exports.httpOverHttps = httpOverHttps2;
    exports.httpsOverHttps = httpsOverHttps2;
    function httpOverHttp2(options) {
      var agent2 = new TunnelingAgent(options);
      agent2.request = http2.request;
      return agent2;
    }
    function httpsOverHttp2(options) {
      var agent2 = new TunnelingAgent(options);
      agent2.request = http2.request;
      agent2.createSocket = createSecureSocket;
      agent2.defaultPort = 443;
      return agent2;
    }
    function httpOverHttps2(options) {
      var agent2 = new TunnelingAgent(options);
      agent2.request = https2.request;
      return agent2;
    }
    function httpsOverHttps2(options) {
      var agent2 = new TunnelingAgent(options);
      agent2.request = https2.request;
      agent2.createSocket = createSecureSocket;
      agent2.defaultPort = 443;
      return agent2;
    }
    function TunnelingAgent(options) {
      var self = this;
      self.options = options || {};
      self.proxyOptions = self.options.proxy || {};
      self.maxSockets = self.options.maxSockets || http2.Agent.defaultMaxSockets;
      self.requests = [];
      self.sockets = [];
      self.on("free", function onFree(socket, host, port, localAddress) {
        var options2 = toOptions(host, port, localAddress);
        for (var i = 0, len = self.requests.length; i < len; ++i) {
          var pending = self.requests[i];
          if (pending.host === options2.host && pending.port === options2.port) {
            self.requests.splice(i, 1);
            pending.request.onSocket(socket);
            return;
          }
        }
        socket.destroy();
        self.removeSocket(socket);
      });
    }
    util.inherits(TunnelingAgent, events.EventEmitter);
    TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
      var self = this;
      var options = mergeOptions({ request: req }, self.options, toOptions(host, port, localAddress));
      if (self.sockets.length >= this.maxSockets) {
        self.requests.push(options);
        return;
      }
      self.createSocket(options, function(socket) {
        socket.on("free", onFree);
        socket.on("close", onCloseOrRemove);
        socket.on("agentRemove", onCloseOrRemove);
        req.onSocket(socket);
        function onFree() {
          self.emit("free", socket, options);
        }
        function onCloseOrRemove(err) {
          self.removeSocket(socket);
          socket.removeListener("free", onFree);
          socket.removeListener("close", onCloseOrRemove);
          socket.removeListener("agentRemove", onCloseOrRemove);
        }
      });
    };
    TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
      var self = this;
      var placeholder = {};
      self.sockets.push(placeholder);
      var connectOptions = mergeOptions({}, self.proxyOptions, {
        method: "CONNECT",
        path: options.host + ":" + options.port,
        agent: false,
        headers: {
          host: options.host + ":" + options.port
        }
      });
      if (options.localAddress) {
        connectOptions.localAddress = options.localAddress;
      }
      if (connectOptions.proxyAuth) {
        connectOptions.headers = connectOptions.headers || {};
        connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64");
      }
      debug2("making CONNECT request");
      var connectReq = self.request(connectOptions);
      connectReq.useChunkedEncodingByDefault = false;
      connectReq.once("response", onResponse);
      connectReq.once("upgrade", onUpgrade);
      connectReq.once("connect", onConnect);
      connectReq.once("error", onError);
      connectReq.end();
      function onResponse(res) {
        res.upgrade = true;
      }
      function onUpgrade(res, socket, head) {
        process.nextTick(function() {
          onConnect(res, socket, head);
        });
      }
      function onConnect(res, socket, head) {
        connectReq.removeAllListeners();
        socket.removeAllListeners();
        if (res.statusCode !== 200) {
          debug2(
            "tunneling socket could not be established, statusCode=%d",
            res.statusCode
          );
          socket.destroy();
          var error2 = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug2("got illegal response body from proxy");
          socket.destroy();
          var error2 = new Error("got illegal response body from proxy");
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        debug2("tunneling connection has established");
        self.sockets[self.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
      function onError(cause) {
        connectReq.removeAllListeners();
        debug2(
          "tunneling socket could not be established, cause=%s\n",
          cause.message,
          cause.stack
        );
        var error2 = new Error("tunneling socket could not be established, cause=" + cause.message);
        error2.code = "ECONNRESET";
        options.request.emit("error", error2);
        self.removeSocket(placeholder);
      }
    };
    TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) {
        return;
      }
      this.sockets.splice(pos, 1);
      var pending = this.requests.shift();
      if (pending) {
        this.createSocket(pending, function(socket2) {
          pending.request.onSocket(socket2);
        });
      }
    };
    function createSecureSocket(options, cb) {
      var self = this;
      TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
        var hostHeader = options.request.getHeader("host");
        var tlsOptions = mergeOptions({}, self.options, {
          socket,
          servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options.host
        });
        var secureSocket = tls.connect(0, tlsOptions);
        self.sockets[self.sockets.indexOf(socket)] = secureSocket;
        cb(secureSocket);
      });
    }
    function toOptions(host, port, localAddress) {
      if (typeof host === "string") {
        return {
          host,
          port,
          localAddress
        };
      }
      return host;
    }
    function mergeOptions(target) {
      for (var i = 1, len = arguments.length; i < len; ++i) {
        var overrides = arguments[i];
        if (typeof overrides === "object") {
          var keys2 = Object.keys(overrides);
          for (var j = 0, keyLen = keys2.length; j < keyLen; ++j) {
            var k = keys2[j];
            if (overrides[k] !== void 0) {
              target[k] = overrides[k];
            }
          }
        }
      }
      return target;
    }
    var debug2;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
      debug2 = function() {
        var args = Array.prototype.slice.call(arguments);
        if (typeof args[0] === "string") {
          args[0] = "TUNNEL: " + args[0];
        } else {
          args.unshift("TUNNEL:");
        }
        console.error.apply(console, args);
      };
    } else {
      debug2 = function() {
      };
    }
    exports.debug = debug2;
  }
});

// node_modules/tunnel/index.js
var require_tunnel2 = __commonJS({
  "node_modules/tunnel/index.js"(exports, module) {
    module.exports = require_tunnel();
  }
});

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
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
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
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
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
    function visit3(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP2;
    visit3.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP2;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
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
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit3;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
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
        const name = parts.shift();
        switch (name) {
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
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error2) {
            onError(String(error2));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
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
          visit3.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags2[node.tag] = true;
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
    var visit3 = require_visit();
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
      visit3.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
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
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
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
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
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
    var visit3 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
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
          visit3.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
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
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
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
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
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
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
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
    function findTagObject(value, tagName, tags2) {
      if (tagName) {
        const match = tags2.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags2.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
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
    function collectionFromPath(schema, path, value) {
      let v = value;
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
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
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
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
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
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
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
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
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
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
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
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
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
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
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
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
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
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold2 = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold2 === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold2])
            res += `${text[fold2]}\\`;
          res += `
${indent}${text.slice(fold2 + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
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
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
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
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header2 = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header2 += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header2}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header2}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag2) => tag2.default && tag2.tag !== "tag:yaml.org,2002:str" && tag2.test?.test(str);
        const { compat, tags: tags2 } = ctx.doc.schema;
        if (tags2.some(test) || compat?.some(test))
          return quotedString(value, ctx);
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
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag2 = node.tag ?? (tagObj.default ? null : tagObj.tag);
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
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
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
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
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
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
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
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
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
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
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
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
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
    function debug2(logLevel, ...messages) {
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
    exports.debug = debug2;
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
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag2) => tag2.tag === merge.tag && tag2.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key))
            map2.set(key, value2);
        } else if (map2 instanceof Set) {
          map2.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
          Object.defineProperty(map2, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
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
    var log2 = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
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
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
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
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
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
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
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
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
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
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
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
      add(value) {
        this.items.push(value);
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
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
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
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
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
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag: tag2, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
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
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
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
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
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
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
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
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map2.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
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
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
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
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
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
      identify: (value) => value instanceof Uint8Array,
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
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
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
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys2 = Object.keys(it);
            if (keys2.length === 1) {
              key = keys2[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys2.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
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
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
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
      identify: (value) => value instanceof Map,
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
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
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
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
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
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
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
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
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
      stringify: (node) => intStringify(node, 16, "0x")
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
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
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
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
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
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
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
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
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
    var string = require_string();
    var binary = require_binary();
    var bool2 = require_bool2();
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
      string.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
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
    var string = require_string();
    var bool2 = require_bool();
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
      ["failsafe", [map2.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool2.boolTag,
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
    var string = require_string();
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
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
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
      constructor(value, replacer, options) {
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
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
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
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
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
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
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
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag: tag2 } = options ?? {};
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
        const node = createNode.createNode(value, tag2, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
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
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
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
      constructor(name, pos, code, message) {
        super();
        this.name = name;
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
    var prettifyError = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
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
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error2.message += `:

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
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
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
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token2.source.includes("	")) {
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
              else if (!found || indicator !== "seq-item-ind")
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
          case indicator:
            if (anchor || tag2)
              onError(token2, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token2.source} indicator`);
            if (found)
              onError(token2, "UNEXPECTED_TOKEN", `Unexpected ${token2.source} in ${flow ?? "collection"}`);
            found = token2;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token2, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
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
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
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
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
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
        const { start, key, sep: sep4, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
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
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
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
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
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
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
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
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
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
        let sep4 = "";
        for (const token2 of end) {
          const { source, type } = token2;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token2, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token2, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
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
        const { start, key, sep: sep4, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value) {
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
        if (!isMap2 && !sep4 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st of sep4) {
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
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
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
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
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
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag2?.format)
        node.format = tag2.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header2 = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header2)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header2.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header2.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header2.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header2.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header2.indent;
      let offset = scalar.offset + header2.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header2.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header2.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header2.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep4 === "\n")
            value += "\n";
          else
            sep4 = "\n";
        } else {
          value += sep4 + content;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header2.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header2.length + scalar.source.length;
      return { value, type, comment: header2.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict3, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
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
            if (strict3 && !hasSpace) {
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
    function splitLines(source) {
      const split = source.split(/\n( *)/);
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
    function resolveFlowScalar(scalar, strict3, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd2 = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd2, strict3, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd2, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
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
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep4 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold: fold2, offset } = foldNewline(source, i);
          res += fold2;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold2 = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold2 += "\n";
        offset += 1;
        ch = source[offset + 1];
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
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok2 = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok2 ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
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
      const { value, type, comment, range } = token2.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token2, onError) : resolveFlowScalar.resolveFlowScalar(token2, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag2;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag2 = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag2 = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token2.type === "scalar")
        tag2 = findScalarTagByTest(ctx, value, token2, onError);
      else
        tag2 = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag2.resolve(value, (msg) => onError(tagToken ?? token2, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token2, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag2.format)
        scalar.format = tag2.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
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
        if (tag2.test?.test(value))
          return tag2;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token2, onError) {
      const tag2 = schema.tags.find((tag3) => (tag3.default === true || atKey && tag3.default === "key") && tag3.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag3) => tag3.default && tag3.test?.test(value)) ?? schema[identity.SCALAR];
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
    function emptyScalarPosition(offset, before3, pos) {
      if (before3) {
        pos ?? (pos = before3.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before3[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before3[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before3[++i];
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
      let node;
      let isSrcToken = true;
      switch (token2.type) {
        case "alias":
          node = composeAlias(ctx, token2, onError);
          if (anchor || tag2)
            onError(token2, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token2, tag2, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token2, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error2) {
            const message = error2 instanceof Error ? error2.message : String(error2);
            onError(token2, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token2.type === "error" ? token2.message : `Unsupported token (type: ${token2.type})`;
          onError(token2, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token2.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag2 ?? token2, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token2.type === "scalar" && token2.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token2;
      return node;
    }
    function composeEmptyNode(ctx, offset, before3, pos, { spaceBefore, comment, anchor, tag: tag2, end }, onError) {
      const token2 = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before3, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token2, tag2, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd2 = offset + source.length;
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
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
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
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
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
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
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
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
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
            const error2 = new errors.YAMLParseError(getErrorPos(token2), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
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
    function resolveAsScalar(token2, strict3 = true, onError) {
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
            return resolveFlowScalar.resolveFlowScalar(token2, strict3, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict: strict3 } }, token2, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token2, value, context = {}) {
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
            const header2 = token2.props[0];
            if (header2.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header2.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token2, source);
          break;
        case '"':
          setFlowScalarValue(token2, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token2, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token2, source, "scalar");
      }
    }
    function setBlockScalarValue(token2, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token2.type === "block-scalar") {
        const header2 = token2.props[0];
        if (header2.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header2.source = head;
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
    function setFlowScalarValue(token2, source, type) {
      switch (token2.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token2.type = type;
          token2.source = source;
          break;
        case "block-scalar": {
          const end = token2.props.slice(1);
          let oa = source.length;
          if (token2.props[0].type === "block-scalar-header")
            oa -= token2.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token2.props;
          Object.assign(token2, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token2.offset + source.length;
          const nl = { type: "newline", offset, indent: token2.indent, source: "\n" };
          delete token2.items;
          Object.assign(token2, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token2 ? token2.indent : -1;
          const end = "end" in token2 && Array.isArray(token2.end) ? token2.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token2))
            if (key !== "type" && key !== "offset")
              delete token2[key];
          Object.assign(token2, { type, indent, source, end });
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
    function stringifyItem({ start, key, sep: sep4, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep4)
        for (const st of sep4)
          res += st.source;
      if (value)
        res += stringifyToken(value);
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
    function visit3(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP2;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path) => {
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
    visit3.parentCollection = (cst, path) => {
      const parent = visit3.itemAtPath(cst, path.slice(0, -1));
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
    exports.visit = visit3;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token2) => !!token2 && "items" in token2;
    var isScalar3 = (token2) => !!token2 && (token2.type === "scalar" || token2.type === "single-quoted-scalar" || token2.type === "double-quoted-scalar" || token2.type === "block-scalar");
    function prettyToken(token2) {
      switch (token2) {
        case BOM:
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
    function tokenType(source) {
      switch (source) {
        case BOM:
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
      switch (source[0]) {
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
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
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
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
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
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
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
      *parseNext(next) {
        switch (next) {
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
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
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
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
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
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
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
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
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
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
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
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
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
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
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
      *pop(error2) {
        const token2 = error2 ?? this.stack.pop();
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
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep4;
          if (scalar.end) {
            sep4 = scalar.end;
            sep4.push(this.sourceToken);
            delete scalar.end;
          } else
            sep4 = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep4 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
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
                  const sep4 = it.sep;
                  sep4.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep4 }]
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
              const fs3 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs3, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs3);
              } else {
                Object.assign(it, { key: fs3, sep: [] });
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
              const fs3 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs3, sep: [] });
              else if (it.sep)
                this.stack.push(fs3);
              else
                Object.assign(it, { key: fs3, sep: [] });
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
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
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
    var log2 = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
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
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
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
    var visit3 = require_visit();
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
    exports.visit = visit3.visit;
    exports.visitAsync = visit3.visitAsync;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform2 = navigator.platform.toLowerCase();
        return platform2 === "win32" || platform2 === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token2) => {
      if (token2.isPrefix !== true) {
        token2.depth = token2.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index2 = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token2 = { value: "", depth: 0, isGlob: false };
      const eos = () => index2 >= length;
      const peek = () => str.charCodeAt(index2 + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index2);
      };
      while (index2 < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token2.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token2.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token2.isBrace = true;
              isGlob = token2.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token2.isBrace = true;
              isGlob = token2.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token2.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index2);
          tokens.push(token2);
          token2 = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index2 === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index2 + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token2.isGlob = true;
            isExtglob = token2.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index2 === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token2.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token2.isGlobstar = true;
          isGlob = token2.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token2.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token2.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token2.isBracket = true;
              isGlob = token2.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index2 === start) {
          negated = token2.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token2.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token2.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token2);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants4 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants4;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index2 = 0;
      const chars = [];
      while (index2 < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index2), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index2 += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants4.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants4.globChars(opts.windows);
      const EXTGLOB_CHARS = constants4.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token2) => {
        state.output += token2.output != null ? token2.output : token2.value;
        consume(token2.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token2 = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token2.prev = prev;
        token2.parens = state.parens;
        token2.output = state.output;
        token2.startIndex = state.index;
        token2.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token2.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token2);
      };
      const extglobClose = (token2) => {
        const literal = input.slice(token2.startIndex, state.index + 1);
        const body = input.slice(token2.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token2.type === "plus" || token2.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token2.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token2.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token2.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token2.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token2.close + (opts.capture ? ")" : "");
        let rest;
        if (token2.type === "negate") {
          let extglobStar = star;
          if (token2.inner && token2.inner.length > 1 && token2.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token2.close = `)$))${extglobStar}`;
          }
          if (token2.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token2.close = `)${expression})${extglobStar})`;
          }
          if (token2.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index2) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index2 === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix4 = POSIX_REGEX_SOURCE[rest2];
                if (posix4) {
                  prev.value = pre + posix4;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before3 = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before3 && (before3.type === "star" || before3.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after2 = input[state.index + 4];
            if (after2 && after2 !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token2 = { type: "star", value, output: star };
        if (opts.bash === true) {
          token2.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token2.output = nodot + token2.output;
          }
          push(token2);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token2.output = value;
          push(token2);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token2);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token2 of state.tokens) {
          state.output += token2.output != null ? token2.output : token2.value;
          if (token2.suffix) {
            state.output += token2.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants4.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants4 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix4 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix4 });
        const result = { glob, state, regex, posix: posix4, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix4 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix4 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix4);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix4 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix4 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants4;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index2 = start + 1;
      let negated = EMPTY;
      const lead = pattern[index2];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index2++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index2];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index2];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index2 + 1 < length && pattern[index2 + 1] !== "]") {
          index2++;
          let to = pattern[index2];
          if (to === ESCAPE) {
            to = pattern[index2 += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index2 + 1] === ":") {
          const nameStart = index2 + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index2 = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index2 = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index2++;
        if (pattern[index2] === "]") {
          return {
            end: index2,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index2 = 0;
      while (index2 < length) {
        const char = pattern[index2];
        if (char === ESCAPE) {
          const escaped = pattern[index2 + 1];
          if (escaped === SLASH && index2 + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index2, index2 + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index2 += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index2++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index2);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index2 = length;
          } else {
            out += hold(scanned.source);
            index2 = scanned.end + 1;
          }
        } else {
          out += char;
          index2++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run3, space3) => space3 ? run3.slice(0, run3.length - run3.length % 2) + SPACE : run3,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index2, str) => index2 + 6 < str.length ? str.slice(index2 + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run3, at) => {
      let separator = EMPTY;
      for (let index2 = at + 1; index2 < run3.length && !run3[index2].wildcard; index2++) {
        separator += run3[index2].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index2 = 0;
      while (index2 < length) {
        const char = source[index2];
        if (source.startsWith(WILDCARD, index2)) {
          tokens.push({ wildcard: true });
          index2 += WILDCARD.length;
        } else if (char === "[") {
          let end = index2 + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index2, end) });
          index2 = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index2, index2 + 2) });
          index2 += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index2;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index2, end) });
          index2 = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index2++;
        } else {
          tokens.push({ single: char });
          index2++;
        }
      }
      let out = EMPTY;
      let run3 = [];
      const flush = () => {
        let lastWildcard;
        run3.forEach((token2, at) => {
          if (token2.wildcard) {
            lastWildcard = at;
          }
        });
        run3.forEach((token2, at) => {
          if (!token2.wildcard) {
            out += token2.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run3, at)})[^\\/])*`;
        });
        run3 = [];
      };
      tokens.forEach((token2) => {
        if (token2.boundary === void 0) {
          run3.push(token2);
          return;
        }
        flush();
        out += token2.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index2) => sources[index2]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index2 = body.indexOf(SLASH);
      return index2 < 0 || index2 === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index2 = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index2 < 0 ? path : path.slice(index2 + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark2, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark2;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd2 = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd2 - 1] === "\r") {
          lineEnd2--;
        }
        end = lineEnd2;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd2 = end - 1;
      }
      if (end === lineEnd2) {
        return body.slice(0, lineEnd2);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark2, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark2,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index2) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index2
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules2 = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index2 = rules2.length - 1; index2 >= 0; index2--) {
          const rule = rules2[index2];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules2 = this._rules;
        const { length } = rules2;
        const shortcut = this._basenameCount * 2 >= length;
        const basename2 = shortcut ? basenameOf(path) : path;
        for (let index2 = length - 1; index2 >= 0; index2--) {
          const rule = rules2[index2];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename2 : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache4, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache4) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache4) {
        if (path in cache4) {
          return cache4[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache4) : UNDEFINED;
        return cache4[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/engine/workers.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// src/engine/process-worker.ts
import { fork } from "node:child_process";
import { EventEmitter } from "node:events";

// src/engine/v8-flags.ts
var NO_INLINING = "--no-turbo-inlining";
var LATER_OPTIMISATION = "--interrupt-budget=135168";
var LINTING_FLAGS = [NO_INLINING, LATER_OPTIMISATION];
var inProcess = false;
function lintingFlagsInProcess() {
  return inProcess;
}

// src/engine/process-worker.ts
var MAX_STDERR = 16384;
var ProcessWorker = class extends EventEmitter {
  child;
  stderr = "";
  exited;
  constructor(path, { memoryMb, youngMb, singleThreaded }) {
    super();
    this.child = fork(path, [], {
      // The young generation is three semi-spaces' worth, as a worker thread's `maxYoungGenerationSizeMb` is.
      execArgv: [...LINTING_FLAGS, ...singleThreaded ? ["--single-threaded"] : [], `--max-old-space-size=${memoryMb}`, `--max-semi-space-size=${Math.max(1, Math.round(youngMb / 3))}`],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"]
    });
    this.child.stderr.setEncoding("utf8");
    this.child.stderr.on("data", (chunk) => {
      if (this.stderr.length < MAX_STDERR) this.stderr += chunk;
    });
    this.child.on("message", (message) => this.emit("message", message));
    this.child.on("error", (error2) => this.emit("error", error2));
    this.exited = new Promise((resolve5) => {
      this.child.on("close", (code, signal) => {
        if (/heap out of memory|Reached heap limit/.test(this.stderr)) {
          this.emit("error", Object.assign(new Error("the worker ran out of memory"), { code: "ERR_WORKER_OUT_OF_MEMORY" }));
        } else {
          this.emit("exit", code ?? signal);
        }
        resolve5(code ?? 1);
      });
    });
  }
  postMessage(message) {
    if (this.child.connected) this.child.send(message);
  }
  terminate() {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.ref();
      this.child.kill("SIGKILL");
    }
    return this.exited;
  }
  ref() {
    this.child.ref();
    this.child.channel?.ref();
    this.child.stderr.ref?.();
  }
  unref() {
    this.child.unref();
    this.child.channel?.unref();
    this.child.stderr.unref?.();
  }
};

// src/engine/workers.ts
var YOUNG_GENERATION_MB = 16;
var WORKER_MEMORY_MB = 2048;
var AUTO_MIN_FILES = 64;
function workerKind(size, cores, manyFiles, flagsHere = lintingFlagsInProcess()) {
  if (size > 1 && size >= cores) return "single-threaded process";
  return manyFiles && !flagsHere ? "process" : "thread";
}
function poolShape(jobs, files) {
  const many = files >= AUTO_MIN_FILES;
  const cores = availableParallelism();
  const wanted = jobs === "auto" ? many ? cores : 1 : jobs ?? 1;
  const size = Math.max(1, Math.min(wanted, files));
  return { size, kind: workerKind(size, cores, many) };
}
function startWorker(kind = "thread") {
  for (const candidate of ["./worker.js", "../../dist/worker.js"]) {
    const url2 = new URL(candidate, import.meta.url);
    const path = fileURLToPath(url2);
    if (!existsSync(path)) continue;
    if (kind !== "thread") return new ProcessWorker(path, { memoryMb: WORKER_MEMORY_MB, youngMb: YOUNG_GENERATION_MB, singleThreaded: kind === "single-threaded process" });
    return new Worker(url2, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_MEMORY_MB } });
  }
  throw new Error(`copydesk: no worker bundle beside ${fileURLToPath(import.meta.url)}; run \`npm run build\``);
}
var early;
function startEarly(kind = "thread") {
  if (early) return;
  const started = { worker: startWorker(kind), kind, ready: false, ended: false };
  started.worker.once("message", (reply) => {
    if (reply?.ready) started.ready = true;
  });
  started.worker.on("error", () => started.ended = true);
  started.worker.once("exit", () => started.ended = true);
  started.worker.unref();
  early = started;
}
function adoptEarly(kind) {
  const taken = early;
  early = void 0;
  if (!taken || taken.ended) return void 0;
  if (taken.kind !== "thread" || kind === "thread") return taken;
  void taken.worker.terminate();
  return void 0;
}

// src/action/run.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { dirname as dirname5, join as join7, relative as relative4, resolve as resolve4 } from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command2, properties, message) {
  const cmd = new Command(command2, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command2, properties, message) {
    if (!command2) {
      command2 = "missing.command";
    }
    this.command = command2;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command2, message) {
  const filePath = process.env[`GITHUB_${command2}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command2}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
import * as http from "http";
import * as https from "https";

// node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
  const usingSsl = reqUrl.protocol === "https:";
  if (checkBypass(reqUrl)) {
    return void 0;
  }
  const proxyVar = (() => {
    if (usingSsl) {
      return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
    } else {
      return process.env["http_proxy"] || process.env["HTTP_PROXY"];
    }
  })();
  if (proxyVar) {
    try {
      return new DecodedURL(proxyVar);
    } catch (_a) {
      if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
        return new DecodedURL(`http://${proxyVar}`);
    }
  } else {
    return void 0;
  }
}
function checkBypass(reqUrl) {
  if (!reqUrl.hostname) {
    return false;
  }
  const reqHost = reqUrl.hostname;
  if (isLoopbackAddress(reqHost)) {
    return true;
  }
  const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
  if (!noProxy) {
    return false;
  }
  let reqPort;
  if (reqUrl.port) {
    reqPort = Number(reqUrl.port);
  } else if (reqUrl.protocol === "http:") {
    reqPort = 80;
  } else if (reqUrl.protocol === "https:") {
    reqPort = 443;
  }
  const upperReqHosts = [reqUrl.hostname.toUpperCase()];
  if (typeof reqPort === "number") {
    upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
  }
  for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
    if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
      return true;
    }
  }
  return false;
}
function isLoopbackAddress(host) {
  const hostLower = host.toLowerCase();
  return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
}
var DecodedURL = class extends URL {
  constructor(url2, base) {
    super(url2, base);
    this._decodedUsername = decodeURIComponent(super.username);
    this._decodedPassword = decodeURIComponent(super.password);
  }
  get username() {
    return this._decodedUsername;
  }
  get password() {
    return this._decodedPassword;
  }
};

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel2(), 1);

// copydesk-stub:undici
var ProxyAgent = class {
  constructor() {
    throw new Error("copydesk: undici is not bundled (HttpClient.getAgentDispatcher is not used)");
  }
};

// node_modules/@actions/http-client/lib/index.js
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve5) {
      resolve5(value);
    });
  }
  return new (P || (P = Promise))(function(resolve5, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];
var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
var ExponentialBackoffCeiling = 10;
var ExponentialBackoffTimeSlice = 5;
var HttpClientError = class _HttpClientError extends Error {
  constructor(message, statusCode) {
    super(message);
    this.name = "HttpClientError";
    this.statusCode = statusCode;
    Object.setPrototypeOf(this, _HttpClientError.prototype);
  }
};
var HttpClientResponse = class {
  constructor(message) {
    this.message = message;
  }
  readBody() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve5) => __awaiter(this, void 0, void 0, function* () {
        let output = Buffer.alloc(0);
        this.message.on("data", (chunk) => {
          output = Buffer.concat([output, chunk]);
        });
        this.message.on("end", () => {
          resolve5(output.toString());
        });
      }));
    });
  }
  readBodyBuffer() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve5) => __awaiter(this, void 0, void 0, function* () {
        const chunks = [];
        this.message.on("data", (chunk) => {
          chunks.push(chunk);
        });
        this.message.on("end", () => {
          resolve5(Buffer.concat(chunks));
        });
      }));
    });
  }
};
var HttpClient = class {
  constructor(userAgent, handlers, requestOptions) {
    this._ignoreSslError = false;
    this._allowRedirects = true;
    this._allowRedirectDowngrade = false;
    this._maxRedirects = 50;
    this._allowRetries = false;
    this._maxRetries = 1;
    this._keepAlive = false;
    this._disposed = false;
    this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
    this.handlers = handlers || [];
    this.requestOptions = requestOptions;
    if (requestOptions) {
      if (requestOptions.ignoreSslError != null) {
        this._ignoreSslError = requestOptions.ignoreSslError;
      }
      this._socketTimeout = requestOptions.socketTimeout;
      if (requestOptions.allowRedirects != null) {
        this._allowRedirects = requestOptions.allowRedirects;
      }
      if (requestOptions.allowRedirectDowngrade != null) {
        this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
      }
      if (requestOptions.maxRedirects != null) {
        this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
      }
      if (requestOptions.keepAlive != null) {
        this._keepAlive = requestOptions.keepAlive;
      }
      if (requestOptions.allowRetries != null) {
        this._allowRetries = requestOptions.allowRetries;
      }
      if (requestOptions.maxRetries != null) {
        this._maxRetries = requestOptions.maxRetries;
      }
    }
  }
  options(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
    });
  }
  get(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("GET", requestUrl, null, additionalHeaders || {});
    });
  }
  del(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("DELETE", requestUrl, null, additionalHeaders || {});
    });
  }
  post(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("POST", requestUrl, data, additionalHeaders || {});
    });
  }
  patch(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PATCH", requestUrl, data, additionalHeaders || {});
    });
  }
  put(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PUT", requestUrl, data, additionalHeaders || {});
    });
  }
  head(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("HEAD", requestUrl, null, additionalHeaders || {});
    });
  }
  sendStream(verb, requestUrl, stream, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request(verb, requestUrl, stream, additionalHeaders);
    });
  }
  /**
   * Gets a typed object from an endpoint
   * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
   */
  getJson(requestUrl_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      const res = yield this.get(requestUrl, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  postJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.post(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  putJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.put(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  patchJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.patch(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  /**
   * Makes a raw http request.
   * All other methods such as get, post, patch, and request ultimately call this.
   * Prefer get, del, post and patch
   */
  request(verb, requestUrl, data, headers) {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._disposed) {
        throw new Error("Client has already been disposed.");
      }
      const parsedUrl = new URL(requestUrl);
      let info2 = this._prepareRequest(verb, parsedUrl, headers);
      const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
      let numTries = 0;
      let response;
      do {
        response = yield this.requestRaw(info2, data);
        if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
          let authenticationHandler;
          for (const handler of this.handlers) {
            if (handler.canHandleAuthentication(response)) {
              authenticationHandler = handler;
              break;
            }
          }
          if (authenticationHandler) {
            return authenticationHandler.handleAuthentication(this, info2, data);
          } else {
            return response;
          }
        }
        let redirectsRemaining = this._maxRedirects;
        while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
          const redirectUrl = response.message.headers["location"];
          if (!redirectUrl) {
            break;
          }
          const parsedRedirectUrl = new URL(redirectUrl);
          if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
            throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
          }
          yield response.readBody();
          if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
            for (const header2 in headers) {
              if (header2.toLowerCase() === "authorization") {
                delete headers[header2];
              }
            }
          }
          info2 = this._prepareRequest(verb, parsedRedirectUrl, headers);
          response = yield this.requestRaw(info2, data);
          redirectsRemaining--;
        }
        if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
          return response;
        }
        numTries += 1;
        if (numTries < maxTries) {
          yield response.readBody();
          yield this._performExponentialBackoff(numTries);
        }
      } while (numTries < maxTries);
      return response;
    });
  }
  /**
   * Needs to be called if keepAlive is set to true in request options.
   */
  dispose() {
    if (this._agent) {
      this._agent.destroy();
    }
    this._disposed = true;
  }
  /**
   * Raw request.
   * @param info
   * @param data
   */
  requestRaw(info2, data) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve5, reject) => {
        function callbackForResult(err, res) {
          if (err) {
            reject(err);
          } else if (!res) {
            reject(new Error("Unknown error"));
          } else {
            resolve5(res);
          }
        }
        this.requestRawWithCallback(info2, data, callbackForResult);
      });
    });
  }
  /**
   * Raw request with callback.
   * @param info
   * @param data
   * @param onResult
   */
  requestRawWithCallback(info2, data, onResult) {
    if (typeof data === "string") {
      if (!info2.options.headers) {
        info2.options.headers = {};
      }
      info2.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
    }
    let callbackCalled = false;
    function handleResult(err, res) {
      if (!callbackCalled) {
        callbackCalled = true;
        onResult(err, res);
      }
    }
    const req = info2.httpModule.request(info2.options, (msg) => {
      const res = new HttpClientResponse(msg);
      handleResult(void 0, res);
    });
    let socket;
    req.on("socket", (sock) => {
      socket = sock;
    });
    req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
      if (socket) {
        socket.end();
      }
      handleResult(new Error(`Request timeout: ${info2.options.path}`));
    });
    req.on("error", function(err) {
      handleResult(err);
    });
    if (data && typeof data === "string") {
      req.write(data, "utf8");
    }
    if (data && typeof data !== "string") {
      data.on("close", function() {
        req.end();
      });
      data.pipe(req);
    } else {
      req.end();
    }
  }
  /**
   * Gets an http agent. This function is useful when you need an http agent that handles
   * routing through a proxy server - depending upon the url and proxy environment variables.
   * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
   */
  getAgent(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    return this._getAgent(parsedUrl);
  }
  getAgentDispatcher(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (!useProxy) {
      return;
    }
    return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
  }
  _prepareRequest(method, requestUrl, headers) {
    const info2 = {};
    info2.parsedUrl = requestUrl;
    const usingSsl = info2.parsedUrl.protocol === "https:";
    info2.httpModule = usingSsl ? https : http;
    const defaultPort = usingSsl ? 443 : 80;
    info2.options = {};
    info2.options.host = info2.parsedUrl.hostname;
    info2.options.port = info2.parsedUrl.port ? parseInt(info2.parsedUrl.port) : defaultPort;
    info2.options.path = (info2.parsedUrl.pathname || "") + (info2.parsedUrl.search || "");
    info2.options.method = method;
    info2.options.headers = this._mergeHeaders(headers);
    if (this.userAgent != null) {
      info2.options.headers["user-agent"] = this.userAgent;
    }
    info2.options.agent = this._getAgent(info2.parsedUrl);
    if (this.handlers) {
      for (const handler of this.handlers) {
        handler.prepareRequest(info2.options);
      }
    }
    return info2;
  }
  _mergeHeaders(headers) {
    if (this.requestOptions && this.requestOptions.headers) {
      return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
    }
    return lowercaseKeys(headers || {});
  }
  /**
   * Gets an existing header value or returns a default.
   * Handles converting number header values to strings since HTTP headers must be strings.
   * Note: This returns string | string[] since some headers can have multiple values.
   * For headers that must always be a single string (like Content-Type), use the
   * specialized _getExistingOrDefaultContentTypeHeader method instead.
   */
  _getExistingOrDefaultHeader(additionalHeaders, header2, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[header2];
      if (headerValue) {
        clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
      }
    }
    const additionalValue = additionalHeaders[header2];
    if (additionalValue !== void 0) {
      return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  /**
   * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
   * Always returns a single string (not an array) since Content-Type should be a single value.
   * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
   * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
   * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
   */
  _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
      if (headerValue) {
        if (typeof headerValue === "number") {
          clientHeader = String(headerValue);
        } else if (Array.isArray(headerValue)) {
          clientHeader = headerValue.join(", ");
        } else {
          clientHeader = headerValue;
        }
      }
    }
    const additionalValue = additionalHeaders[Headers.ContentType];
    if (additionalValue !== void 0) {
      if (typeof additionalValue === "number") {
        return String(additionalValue);
      } else if (Array.isArray(additionalValue)) {
        return additionalValue.join(", ");
      } else {
        return additionalValue;
      }
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  _getAgent(parsedUrl) {
    let agent2;
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (this._keepAlive && useProxy) {
      agent2 = this._proxyAgent;
    }
    if (!useProxy) {
      agent2 = this._agent;
    }
    if (agent2) {
      return agent2;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    let maxSockets = 100;
    if (this.requestOptions) {
      maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
    }
    if (proxyUrl && proxyUrl.hostname) {
      const agentOptions = {
        maxSockets,
        keepAlive: this._keepAlive,
        proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
          proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
        }), { host: proxyUrl.hostname, port: proxyUrl.port })
      };
      let tunnelAgent;
      const overHttps = proxyUrl.protocol === "https:";
      if (usingSsl) {
        tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
      } else {
        tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
      }
      agent2 = tunnelAgent(agentOptions);
      this._proxyAgent = agent2;
    }
    if (!agent2) {
      const options = { keepAlive: this._keepAlive, maxSockets };
      agent2 = usingSsl ? new https.Agent(options) : new http.Agent(options);
      this._agent = agent2;
    }
    if (usingSsl && this._ignoreSslError) {
      agent2.options = Object.assign(agent2.options || {}, {
        rejectUnauthorized: false
      });
    }
    return agent2;
  }
  _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
    let proxyAgent;
    if (this._keepAlive) {
      proxyAgent = this._proxyAgentDispatcher;
    }
    if (proxyAgent) {
      return proxyAgent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
      token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
    }));
    this._proxyAgentDispatcher = proxyAgent;
    if (usingSsl && this._ignoreSslError) {
      proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
        rejectUnauthorized: false
      });
    }
    return proxyAgent;
  }
  _getUserAgentWithOrchestrationId(userAgent) {
    const baseUserAgent = userAgent || "actions/http-client";
    const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
    if (orchId) {
      const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
      return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
    }
    return baseUserAgent;
  }
  _performExponentialBackoff(retryNumber) {
    return __awaiter(this, void 0, void 0, function* () {
      retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
      const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
      return new Promise((resolve5) => setTimeout(() => resolve5(), ms));
    });
  }
  _processResponse(res, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve5, reject) => __awaiter(this, void 0, void 0, function* () {
        const statusCode = res.message.statusCode || 0;
        const response = {
          statusCode,
          result: null,
          headers: {}
        };
        if (statusCode === HttpCodes.NotFound) {
          resolve5(response);
        }
        function dateTimeDeserializer(key, value) {
          if (typeof value === "string") {
            const a = new Date(value);
            if (!isNaN(a.valueOf())) {
              return a;
            }
          }
          return value;
        }
        let obj;
        let contents;
        try {
          contents = yield res.readBody();
          if (contents && contents.length > 0) {
            if (options && options.deserializeDates) {
              obj = JSON.parse(contents, dateTimeDeserializer);
            } else {
              obj = JSON.parse(contents);
            }
            response.result = obj;
          }
          response.headers = res.message.headers;
        } catch (err) {
        }
        if (statusCode > 299) {
          let msg;
          if (obj && obj.message) {
            msg = obj.message;
          } else if (contents && contents.length > 0) {
            msg = contents;
          } else {
            msg = `Failed request: (${statusCode})`;
          }
          const err = new HttpClientError(msg, statusCode);
          err.result = response.result;
          reject(err);
        } else {
          resolve5(response);
        }
      }));
    });
  }
};
var lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve5) {
      resolve5(value);
    });
  }
  return new (P || (P = Promise))(function(resolve5, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter2(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag2, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag2}${htmlAttrs}>`;
    }
    return `<${tag2}${htmlAttrs}>${content}</${tag2}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter2(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter2(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag2 = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag2, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row2) => {
      const cells = row2.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header: header2, data, colspan, rowspan } = cell;
        const tag2 = header2 ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag2, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label3, content) {
    const element = this.wrap("details", this.wrap("summary", label3) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level3) {
    const tag2 = `h${level3}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag2) ? tag2 : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/engine/index.ts
import { readFileSync as readFileSync2, statSync as statSync4 } from "node:fs";

// src/engine/cache.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath as fileURLToPath3 } from "node:url";

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value) {
  if (!value || typeof value !== "object") {
    return "";
  }
  if ("position" in value || "type" in value) {
    return position(value.position);
  }
  if ("start" in value || "end" in value) {
    return position(value);
  }
  if ("line" in value || "column" in value) {
    return point(value);
  }
  return "";
}
function point(point3) {
  return index(point3 && point3.line) + ":" + index(point3 && point3.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value) {
  return value && typeof value === "number" ? value : 1;
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
import { fileURLToPath as fileURLToPath2 } from "node:url";

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
  constructor(value) {
    let options;
    if (!value) {
      options = {};
    } else if (isUrl(value)) {
      options = { path: value };
    } else if (typeof value === "string" || isUint8Array(value)) {
      options = { value };
    } else {
      options = value;
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
  set basename(basename2) {
    assertNonEmpty(basename2, "basename");
    assertPart(basename2, "basename");
    this.path = default2.join(this.dirname || "", basename2);
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
  set dirname(dirname6) {
    assertPath(this.basename, "dirname");
    this.path = default2.join(dirname6 || "", this.basename);
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
      path = fileURLToPath2(path);
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
function assertPart(part, name) {
  if (part && part.includes(default2.sep)) {
    throw new Error(
      "`" + name + "` cannot be a path: did not expect `" + default2.sep + "`"
    );
  }
}
function assertNonEmpty(part, name) {
  if (!part) {
    throw new Error("`" + name + "` cannot be empty");
  }
}
function assertPath(path, name) {
  if (!path) {
    throw new Error("Setting `" + name + "` requires `path` to be set too");
  }
}
function isUint8Array(value) {
  return Boolean(
    value && typeof value === "object" && "byteLength" in value && "byteOffset" in value
  );
}

// src/parse/prepare.ts
var import_yaml = __toESM(require_dist(), 1);

// src/text/memo.ts
var article = 0;
var LIMIT = 4096;
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
    let value = map2.get(key);
    if (value === void 0 && !map2.has(key)) map2.set(key, value = compute2(key));
    return value;
  };
}

// src/parse/prepare.ts
var MAX_YAML_NESTING = 100;
var MAX_YAML_LENGTH = 256 * 1024;
function yamlTooDeep(yaml) {
  return nestingBound(yaml) > MAX_YAML_NESTING && lexedTooDeep(yaml);
}
function lexedTooDeep(yaml) {
  let flow = 0;
  let onLine = 0;
  const indents = [];
  let lineStart2 = true;
  let text = false;
  let blockScalar = false;
  for (const token2 of new import_yaml.Lexer().lex(yaml)) {
    if (text) {
      text = false;
      continue;
    }
    const type = import_yaml.CST.tokenType(token2);
    if (type === "doc-mode") continue;
    if (type === "newline") {
      onLine = 0;
      lineStart2 = true;
      continue;
    }
    if (type === "scalar") text = true;
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
    else if (type === "flow-seq-start" || type === "flow-map-start") flow++;
    else if (type === "flow-seq-end" || type === "flow-map-end") flow = Math.max(0, flow - 1);
    else if (type === "seq-item-ind" || type === "explicit-key-ind" || type === "map-value-ind") onLine++;
    if (flow + onLine + indents.length > MAX_YAML_NESTING) return true;
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
var own = {}.hasOwnProperty;
function decodeNamedCharacterReference(value) {
  return own.call(characterEntities, value) ? characterEntities[value] : false;
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
function decodeNumericCharacterReference(value, base) {
  const code = Number.parseInt(value, base);
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

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value) {
  return value.replace(characterEscapeOrReference, decode);
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

// node_modules/nlcst-to-string/lib/index.js
var emptyNodes = [];
function toString(value) {
  let index2 = -1;
  if (!value || !Array.isArray(value) && !value.type) {
    throw new Error("Expected node, not `" + value + "`");
  }
  if ("value" in value) return value.value;
  const children = (Array.isArray(value) ? value : value.children) || emptyNodes;
  const values = [];
  while (++index2 < children.length) {
    values[index2] = toString(children[index2]);
  }
  return values.join("");
}

// node_modules/array-iterate/lib/index.js
var own2 = {}.hasOwnProperty;
function arrayIterate(values, callbackFn, thisArg) {
  let index2 = -1;
  if (!values) {
    throw new Error("Iterate requires that |this| not be " + values);
  }
  if (!own2.call(values, "length")) {
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
  function iteratee(node, index2) {
    return modifier(node, index2, this);
  }
}

// node_modules/parse-latin/lib/plugin/merge-affix-exceptions.js
var mergeAffixExceptions = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    const previous = parent.children[index2 - 1];
    if (previous && "children" in previous && "children" in child && child.children.length > 0) {
      let position3 = -1;
      while (child.children[++position3]) {
        const node = child.children[position3];
        if (node.type === "WordNode") {
          return;
        }
        if (node.type === "SymbolNode" || node.type === "PunctuationNode") {
          const value = toString(node);
          if (value !== "," && value !== ";") {
            return;
          }
          previous.children.push(...child.children);
          if (previous.position && child.position) {
            previous.position.end = child.position.end;
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
      const previous = parent.children[index2 - 1];
      const first = child.children[0];
      const second = child.children[1];
      if (previous && previous.type === "SentenceNode" && (first.type === "SymbolNode" || first.type === "PunctuationNode") && affixSymbol.test(toString(first))) {
        child.children.shift();
        previous.children.push(first);
        if (first.position && previous.position) {
          previous.position.end = first.position.end;
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
      const node = children[position3];
      if (node.type !== "WhiteSpaceNode" || toString(node).split(/\r\n|\r|\n/).length < 3) {
        continue;
      }
      child.children = children.slice(0, position3);
      const insertion = {
        type: "SentenceNode",
        children: children.slice(position3 + 1)
      };
      const tail = children[position3 - 1];
      const head = children[position3 + 1];
      parent.children.splice(index2 + 1, 0, node, insertion);
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
        const previous = child.children[child.children.length - 1];
        if (previous && previous.position && child.position) {
          child.position.end = previous.position.end;
        }
        return index2;
      }
    }
  }
);

// node_modules/unist-util-visit-children/lib/index.js
function visitChildren(visitor) {
  return visit3;
  function visit3(parent) {
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
        const next = child.children[0];
        if (next && next.position && child.position) {
          child.position.start = next.position.start;
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
    if (index2 > 0 && (child.type === "SymbolNode" || child.type === "PunctuationNode") && toString(child) === "-") {
      const children = parent.children;
      const previous = children[index2 - 1];
      const next = children[index2 + 1];
      if ((!next || next.type !== "WordNode") && previous && previous.type === "WordNode") {
        children.splice(index2, 1);
        previous.children.push(child);
        if (previous.position && child.position) {
          previous.position.end = child.position.end;
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
    const previous = parent.children[index2 - 1];
    if (previous && previous.type === "SentenceNode" && child.type === "SentenceNode") {
      const head = child.children[0];
      if (head && head.type === "WordNode" && digitStart.test(toString(head))) {
        previous.children.push(...child.children);
        parent.children.splice(index2, 1);
        if (previous.position && child.position) {
          previous.position.end = child.position.end;
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
      const previous = parent.children[index2 - 1];
      const children = child.children;
      if (children.length > 0 && previous.type === "SentenceNode") {
        let position3 = -1;
        while (children[++position3]) {
          const node = children[position3];
          if (node.type === "WordNode") {
            if (!lowerInitial.test(toString(node))) {
              return;
            }
            previous.children.push(...children);
            parent.children.splice(index2, 1);
            if (previous.position && child.position) {
              previous.position.end = child.position.end;
            }
            return index2;
          }
          if (node.type === "SymbolNode" || node.type === "PunctuationNode") {
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
    if (child.type !== "SymbolNode" && child.type !== "PunctuationNode" || toString(child) !== "&") {
      return;
    }
    const children = parent.children;
    const next = children[index2 + 1];
    if (index2 > 0 && children[index2 - 1].type === "WordNode" || !(next && next.type === "WordNode")) {
      return;
    }
    children.splice(index2, 1);
    next.children.unshift(child);
    if (next.position && child.position) {
      next.position.start = child.position.start;
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
    if (index2 > 0 && child.type === "PunctuationNode" && toString(child) === ".") {
      const previous = parent.children[index2 - 1];
      if (previous.type === "WordNode" && previous.children && previous.children.length !== 1 && previous.children.length % 2 !== 0) {
        let position3 = previous.children.length;
        let isAllDigits = true;
        while (previous.children[--position3]) {
          const otherChild = previous.children[position3];
          const value = toString(otherChild);
          if (position3 % 2 === 0) {
            if (value.length > 1) {
              return;
            }
            if (!numerical.test(value)) {
              isAllDigits = false;
            }
          } else if (value !== ".") {
            if (position3 < previous.children.length - 2) {
              break;
            } else {
              return;
            }
          }
        }
        if (!isAllDigits) {
          parent.children.splice(index2, 1);
          previous.children.push(child);
          if (previous.position && child.position) {
            previous.position.end = child.position.end;
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
      const previous = siblings[index2 - 1];
      if (previous && previous.type === "WordNode") {
        let position3 = index2 - 1;
        const tokens = [];
        let queue = [];
        while (siblings[++position3]) {
          const sibling = siblings[position3];
          if (sibling.type === "WordNode") {
            tokens.push(...queue, ...sibling.children);
            queue = [];
          } else if ((sibling.type === "SymbolNode" || sibling.type === "PunctuationNode") && wordSymbolInner.test(toString(sibling))) {
            queue.push(sibling);
          } else {
            break;
          }
        }
        if (tokens.length > 0) {
          if (queue.length > 0) {
            position3 -= queue.length;
          }
          siblings.splice(index2, position3 - index2);
          previous.children.push(...tokens);
          const last = tokens[tokens.length - 1];
          if (previous.position && last.position) {
            previous.position.end = last.position.end;
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
    const previous = siblings[index2 - 1];
    if (previous && previous.type === "WordNode" && (child.type === "SymbolNode" || child.type === "PunctuationNode") && toString(child) === "/") {
      const previousValue = toString(previous);
      let tail = child;
      const queue = [child];
      let count = 1;
      let nextValue = "";
      const next = siblings[index2 + 1];
      if (next && next.type === "WordNode") {
        nextValue = toString(next);
        tail = next;
        queue.push(...next.children);
        count++;
      }
      if (previousValue.length < 3 && (!nextValue || nextValue.length < 3)) {
        previous.children.push(...queue);
        siblings.splice(index2, count);
        if (previous.position && tail.position) {
          previous.position.end = tail.position.end;
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
      const previous = parent.children[index2 - 1];
      if (previous && "children" in previous) {
        previous.children.push(...child.children);
        parent.children.splice(index2, 1);
        if (previous.position && child.position) {
          previous.position.end = child.position.end;
        }
        return index2;
      }
      const next = parent.children[index2 + 1];
      if (next && "children" in next) {
        next.children.unshift(...child.children);
        if (next.position && child.position) {
          next.position.start = child.position.start;
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
      if (period && (period.type === "PunctuationNode" || period.type === "SymbolNode") && toString(period) === ".") {
        const node = child.children[child.children.length - 2];
        if (node && node.type === "WordNode" && abbreviationPrefix.test(toString(node).toLowerCase())) {
          node.children.push(period);
          child.children.pop();
          if (period.position && node.position) {
            node.position.end = period.position.end;
          }
          const next = parent.children[index2 + 1];
          if (next && next.type === "SentenceNode") {
            child.children.push(...next.children);
            parent.children.splice(index2 + 1, 1);
            if (next.position && child.position) {
              child.position.end = next.position.end;
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
        if (!terminalMarker.test(toString(grandchild))) {
          continue;
        }
        if (!hasFoundDelimiter) {
          hasFoundDelimiter = true;
          continue;
        }
        if (toString(grandchild) !== ".") {
          continue;
        }
        const previous = child.children[position3 - 1];
        const next = child.children[position3 + 1];
        if (previous && previous.type === "WordNode") {
          const nextNext = child.children[position3 + 2];
          if (next && nextNext && next.type === "WhiteSpaceNode" && toString(nextNext) === ".") {
            continue;
          }
          child.children.splice(position3, 1);
          previous.children.push(grandchild);
          if (grandchild.position && previous.position) {
            previous.position.end = grandchild.position.end;
          }
          position3--;
        } else if (next && next.type === "WordNode") {
          child.children.splice(position3, 1);
          next.children.unshift(grandchild);
          if (grandchild.position && next.position) {
            next.position.start = grandchild.position.start;
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
  function(child, index2, node) {
    const siblings = node.children;
    if (child.position && index2 < 1 && /* c8 ignore next */
    (!node.position || !node.position.start)) {
      patch(node);
      node.position.start = child.position.start;
    }
    if (child.position && index2 === siblings.length - 1 && (!node.position || !node.position.end)) {
      patch(node);
      node.position.end = child.position.end;
    }
  }
);
function patch(node) {
  if (!node.position) {
    node.position = {};
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
    const value = file || doc;
    this.doc = value ? String(value) : void 0;
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
  parse(value) {
    return this.tokenizeRoot(value || this.doc);
  }
  /**
   * Parse as a root.
   *
   * @param {string | null | undefined} [value]
   *   Value to parse (optional).
   * @returns {Root}
   *   Built tree.
   */
  tokenizeRoot(value) {
    const paragraph = this.tokenizeParagraph(value);
    const result = {
      type: "RootNode",
      children: splitNode(paragraph, "WhiteSpaceNode", newLine)
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
  tokenizeParagraph(value) {
    const sentence = this.tokenizeSentence(value);
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
  tokenizeSentence(value) {
    const children = this.tokenize(value);
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
  tokenize(value) {
    const children = [];
    if (!value) {
      return children;
    }
    const currentPoint = { line: 1, column: 1, offset: 0 };
    let from = 0;
    let index2 = 0;
    let start = { ...currentPoint };
    let previousType;
    let previous;
    while (index2 < value.length) {
      const current = value.charAt(index2);
      const currentType = whiteSpace.test(current) ? "WhiteSpaceNode" : punctuation.test(current) ? "PunctuationNode" : word.test(current) ? "WordNode" : "SymbolNode";
      if (from < index2 && previousType && currentType && !(previousType === currentType && // Words or white space continue.
      (previousType === "WordNode" || previousType === "WhiteSpaceNode" || // Same character of punctuation or symbol also continues.
      current === previous || // Surrogates of  punctuation or symbol also continue.
      surrogates.test(current)))) {
        children.push(createNode(previousType, value.slice(from, index2)));
        from = index2;
        start = { ...currentPoint };
      }
      if (current === "\r" || current === "\n" && previous !== "\r") {
        currentPoint.line++;
        currentPoint.column = 1;
      } else if (current !== "\n") {
        currentPoint.column++;
      }
      currentPoint.offset++;
      previousType = currentType;
      previous = current;
      index2++;
    }
    if (previousType && from < index2) {
      children.push(createNode(previousType, value.slice(from, index2)));
    }
    return children;
    function createNode(type, value2) {
      return type === "WordNode" ? {
        type: "WordNode",
        children: [
          {
            type: "TextNode",
            value: value2,
            position: { start, end: { ...currentPoint } }
          }
        ],
        position: { start, end: { ...currentPoint } }
      } : { type, value: value2, position: { start, end: { ...currentPoint } } };
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
function splitNode(node, childType, expression) {
  const result = [];
  let index2 = -1;
  let start = 0;
  while (++index2 < node.children.length) {
    const token2 = node.children[index2];
    if (index2 === node.children.length - 1 || token2.type === childType && expression.test(toString(token2))) {
      const parent = {
        type: node.type,
        children: node.children.slice(start, index2 + 1)
      };
      const first = node.children[start];
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
function blockOf(node) {
  return units.get(node)?.block;
}
function mappedOf(node) {
  return units.get(node)?.mapped;
}

// node_modules/vfile-location/lib/index.js
function location(file) {
  const value = String(file);
  const indices = [];
  let cr = -1;
  let lf = -1;
  return { toOffset, toPoint };
  function grow() {
    const from = indices.at(-1) ?? 0;
    if (cr < from) {
      cr = value.indexOf("\r", from);
      if (cr === -1) cr = Infinity;
    }
    if (lf < from) {
      lf = value.indexOf("\n", from);
      if (lf === -1) lf = Infinity;
    }
    const eol = cr + 1 === lf ? lf : Math.min(cr, lf);
    indices.push((eol === Infinity ? value.length : eol) + 1);
  }
  function toPoint(offset) {
    if (typeof offset === "number" && offset > -1 && offset <= value.length) {
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
  function toOffset(point3) {
    if (point3 && typeof point3.line === "number" && typeof point3.column === "number" && !Number.isNaN(point3.line) && // Excludes `NaN` too.
    point3.column > 0) {
      while (indices.length < point3.line && (indices.at(-1) ?? 0) <= value.length) {
        grow();
      }
      const offset = (point3.line > 1 ? indices[point3.line - 2] : 0) + point3.column - 1;
      if (offset < indices[point3.line - 1]) return offset;
    }
  }
}

// src/parse/place.ts
var places = /* @__PURE__ */ new WeakMap();
function placeOf(file) {
  const value = String(file.value ?? "");
  let cached = places.get(file);
  if (!cached || cached.value !== value) places.set(file, cached = { value, place: location(file) });
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
function mapText(node) {
  let mapped = node.type === "ParagraphNode" && mappedOf(node) || mappedCache.get(node);
  if (!mapped) mappedCache.set(node, mapped = map(node));
  return mapped;
}
function map(node) {
  const result = { text: "", at: [], offsets: [] };
  const parts = [];
  let length = 0;
  visit3(node);
  result.text = parts.join("");
  return result;
  function visit3(current) {
    if ("children" in current) {
      for (const child of current.children) visit3(child);
      return;
    }
    const value = current.type === "SourceNode" ? " ".repeat(current.value.length) : current.value;
    const offset = current.position?.start.offset;
    if (offset === void 0) return;
    result.at.push(length);
    result.offsets.push(offset);
    parts.push(value);
    length += value.length;
    const end = current.position?.end.offset;
    if (end !== void 0 && end - offset !== value.length) {
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
  for (const node of between2) group2.children.push(node);
  for (const node of child.children) group2.children.push(node);
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
var pointEnd = point2("end");
var pointStart = point2("start");
function point2(type) {
  return point3;
  function point3(node) {
    const point4 = node && node.position && node.position[type] || {};
    if (typeof point4.line === "number" && point4.line > 0 && typeof point4.column === "number" && point4.column > 0) {
      return {
        line: point4.line,
        column: point4.column,
        offset: typeof point4.offset === "number" && point4.offset > -1 ? point4.offset : void 0
      };
    }
  }
}

// src/bridge/lazy-tree.ts
var whiteSpace2 = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
function isWhiteSpace(code) {
  return code >= 9 && code <= 13 || code === 32 || code === 133 || code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288;
}
var notWhiteSpace = new RegExp("[^" + whiteSpace2.source.slice(1));

// src/bridge/index.ts
var breakImplicitSentences2 = ParseLatin.prototype.tokenizeParagraphPlugins.find((plugin) => {
  const word2 = (value) => ({ type: "WordNode", children: [{ type: "TextNode", value }] });
  const probe = {
    type: "ParagraphNode",
    children: [{ type: "SentenceNode", children: [word2("a"), { type: "WhiteSpaceNode", value: "\n\n" }, word2("b")] }]
  };
  plugin(probe);
  return probe.children.length === 3;
});

// src/document/index.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/document/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(file, text) {
  if (file.messages.length === 0) return;
  let place2;
  const offset = (point3) => point3?.offset ?? (point3 ? (place2 ??= location(text)).toOffset(point3) : void 0);
  const spanOf = (message) => {
    const where = message.place;
    const from = where && "start" in where ? where.start : where;
    const to = where && "end" in where ? where.end : from;
    const start = offset(from) ?? -1;
    const end = offset(to) ?? start;
    return { start, end, text: start >= 0 && end >= start ? text.slice(start, end).replace(/\s+/g, " ").trim() : "" };
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
      return ok;
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
  return castFactory(all);
  function all(node) {
    const nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node
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
  function type(node) {
    return node && node.type === check;
  }
}
function castFactory(testFunction) {
  return check;
  function check(value, index2, parent) {
    return Boolean(
      looksLikeANode(value) && testFunction.call(
        this,
        value,
        typeof index2 === "number" ? index2 : void 0,
        parent || void 0
      )
    );
  }
}
function ok() {
  return true;
}
function looksLikeANode(value) {
  return value !== null && typeof value === "object" && "type" in value;
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
  let exit;
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
      exit = visitors.exit;
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
  function factory(node, index2, parents) {
    const value = (
      /** @type {Record<string, unknown>} */
      node && typeof node === "object" ? node : {}
    );
    if (typeof value.type === "string") {
      const name = (
        // `hast`
        typeof value.tagName === "string" ? value.tagName : (
          // `xast`
          typeof value.name === "string" ? value.name : void 0
        )
      );
      Object.defineProperty(visit3, "name", {
        value: "node (" + color(node.type + (name ? "<" + name + ">" : "")) + ")"
      });
    }
    return visit3;
    function visit3() {
      const matches = !check || is2(node, index2, parents[parents.length - 1] || void 0);
      let result = empty;
      if (enter && matches) {
        result = toResult(enter(node, parents, index2));
        if (result[0] === EXIT) {
          return result;
        }
      }
      if ("children" in node && node.children) {
        const nodeAsParent = (
          /** @type {UnistParent} */
          node
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
      if (exit && matches) {
        const exitResult = toResult(exit(node, parents, index2));
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
function toResult(value) {
  if (Array.isArray(value)) {
    return value;
  }
  if (typeof value === "number") {
    return [CONTINUE, value];
  }
  return value === null || value === void 0 ? empty : [value];
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
    visitParents(tree, check, wrap(visitors), reverse);
  } else {
    visitParents(tree, check, wrapVisitors(visitors), reverse);
  }
}
function wrapVisitors(visitors) {
  if (!visitors || typeof visitors !== "object") return visitors;
  return {
    enter: typeof visitors.enter === "function" ? wrap(visitors.enter) : visitors.enter,
    exit: typeof visitors.exit === "function" ? wrap(visitors.exit) : visitors.exit
  };
}
function wrap(visitor) {
  return overload;
  function overload(node, parents, index2) {
    return visitor(node, index2, parents[parents.length - 1]);
  }
}

// src/text/normalize.ts
var curlyDouble = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
var curlySingle = /[\u2018\u2019\u201A\u201B\u2032]/g;
var dashes = / ?(?:[\u2010-\u2015\u2212]|-{2,}) ?/g;
var emphasis = /[*_~`]+/g;
var space = /\s+/g;
var normalize = memoize(fold);
var special = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2018\u2019\u201A\u201B\u2032\u2010-\u2015\u2212*_~`]|--|[^\S ]|  /;
function fold(text) {
  if (!special.test(text)) return text.trim().toLowerCase();
  return text.replace(curlyDouble, '"').replace(curlySingle, "'").replace(space, " ").replace(dashes, " - ").replace(emphasis, "").replace(space, " ").trim().toLowerCase();
}
var letterHash = memoize(hashLetters);
function hashLetters(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (asciiWord[c] === 1) hash = Math.imul(hash ^ (c >= 65 && c <= 90 ? c + 32 : c), 16777619);
      i++;
      continue;
    }
    const length = wordChar(text, i);
    if (length === 0) {
      i++;
      continue;
    }
    const lowered2 = loweredLetters(text.codePointAt(i));
    for (let k = 0; k < lowered2.length; k++) hash = Math.imul(hash ^ lowered2.charCodeAt(k), 16777619);
    i += length;
  }
  return hash >>> 0;
}
var letterOrDigitAnywhere = /[\p{L}\p{N}]/gu;
var lowered = /* @__PURE__ */ new Map();
function loweredLetters(point3) {
  let value = lowered.get(point3);
  if (value === void 0) {
    value = (String.fromCodePoint(point3).toLowerCase().match(letterOrDigitAnywhere) ?? []).join("").replace(/\u03C2/g, "\u03C3");
    if (lowered.size < 4096) lowered.set(point3, value);
  }
  return value;
}
function words(text) {
  const lower = text.toLowerCase();
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
function countWords(text) {
  let count = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 128 && asciiWord[c] === 0) {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    if (end === i) i++;
    else {
      count++;
      i = end;
    }
  }
  return count;
}
function wordEnd(text, i) {
  let k = wordChar(text, i);
  if (!k) return i;
  i += k;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    k = c < 128 ? asciiWord[c] : wordChar(text, i);
    if (!k) {
      if ((c === 39 || c === 8217 || c === 46 || c === 45) && (k = wordChar(text, i + 1))) k += 1;
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
function wordChar(text, i) {
  const c = text.charCodeAt(i);
  if (c < 128) return asciiWord[c];
  if (c >= 55296 && c <= 56319 && i + 1 < text.length) {
    const point3 = text.codePointAt(i);
    return point3 > 65535 && letterOrDigit.test(String.fromCodePoint(point3)) ? 2 : 0;
  }
  if (Number.isNaN(c)) return 0;
  if (!known[c]) known[c] = letterOrDigit.test(String.fromCharCode(c)) ? 1 : 2;
  return known[c] === 1 ? 1 : 0;
}
function excerpt(text, max = 60) {
  const flat = text.replace(space, " ").trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + "\u2026";
}
var closing = /[.!?…:;,]["'\u201D\u2019)\]]*$/;
function looksLikeHeadline(text, maxWords) {
  const trimmed = text.trim();
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
function toKey(text) {
  return normalize(text).replace(/[\s.:;,!?"'-]+$/, "").replace(/^["'\s]+/, "");
}
function isHeadlineLike(block, info2) {
  if (block.kind === "heading" || block.strong) return true;
  return info2.format === "text" && looksLikeHeadline(block.text, headlineThresholds.maxWords);
}
function isBoldSubhead(block) {
  return block.strong && block.kind === "paragraph" && wordCount(block.text) <= headlineThresholds.subheadMaxWords;
}
function isBoldQuestion(block) {
  return block.strong && /\?[\s*_"'\u201D\u2019)]*$/u.test(block.text);
}
function isNameLabel(text) {
  const found = text.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*/gu) ?? [];
  return found.length > 0 && found.every((word2) => /^[\p{Lu}\p{N}]/u.test(word2));
}
function isHeadline(text, headline) {
  return headline !== void 0 && letterHash(text) === letterHash(headline.text) && headlineKey(text) === headline.key;
}
var cache2 = /* @__PURE__ */ new WeakMap();
function findHeadline(info2) {
  let found = cache2.get(info2);
  if (found === void 0) {
    found = compute(info2) ?? null;
    cache2.set(info2, found);
  }
  return found ?? void 0;
}
function compute(info2) {
  const title = info2.frontMatter.title;
  if (title && typeof title.value === "string" && title.value.trim()) {
    return { text: title.value, key: headlineKey(title.value), start: title.start, end: title.end, origin: "title" };
  }
  if (info2.format === "markdown") {
    const heading = info2.blocks.find((block) => block.kind === "heading");
    if (heading) return fromBlock(heading, "heading");
  }
  const top = info2.blocks.slice(0, headlineThresholds.nearTop);
  const line = top.find((block) => block.strong || info2.format === "text" && looksLikeHeadline(block.text, headlineThresholds.maxWords));
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
function parseSetting(definition, setting, fallback) {
  const { id } = definition;
  if (setting === void 0 || setting === null) return [fallback, {}];
  const [level3, options] = Array.isArray(setting) ? setting : [setting, {}];
  const normalized = level3 === "warn" ? "warning" : level3;
  if (normalized !== "off" && normalized !== "warning" && normalized !== "error") {
    throw new Error(`Rule \`${id}\`: expected \`off\`, \`warning\`, \`error\` or \`[level, {options}]\`, not ${JSON.stringify(setting)}`);
  }
  if (Array.isArray(setting) && setting.length > 2) throw new Error(`Rule \`${id}\`: expected \`[level, {options}]\`, not ${setting.length} items`);
  if (options !== void 0 && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw new Error(`Rule \`${id}\`: options must be an object, not ${JSON.stringify(options)}`);
  }
  for (const [key, value] of Object.entries(options ?? {})) {
    const spec = definition.options[key];
    if (!spec) {
      const known2 = Object.keys(definition.options);
      throw new Error(`Rule \`${id}\`: unknown option \`${key}\`; ${known2.length ? `its options are ${known2.map((k) => `\`${k}\``).join(", ")}` : "it takes no options"}`);
    }
    const problem = checkValue(spec, value);
    if (problem) throw new Error(`Rule \`${id}\`: option \`${key}\` must be ${problem}, not ${JSON.stringify(value)}`);
  }
  return [normalized, options ?? {}];
}
function checkValue(spec, value) {
  if (spec.type === "string[]") {
    return Array.isArray(value) && value.every((item) => typeof item === "string" && item.trim() !== "") ? void 0 : "a list of non-empty strings";
  }
  const range = spec.min !== void 0 && spec.max !== void 0 ? ` from ${spec.min} to ${spec.max}` : spec.min !== void 0 ? ` of at least ${spec.min}` : "";
  const wanted = (spec.type === "integer" ? "a whole number" : "a number") + range;
  if (typeof value !== "number" || !Number.isFinite(value)) return wanted;
  if (spec.type === "integer" && !Number.isInteger(value)) return wanted;
  if (spec.min !== void 0 && value < spec.min || spec.max !== void 0 && value > spec.max) return wanted;
  return void 0;
}
function defaultsOf(definition) {
  const defaults = {};
  for (const [key, spec] of Object.entries(definition.options)) defaults[key] = spec.default;
  return defaults;
}
function defineRule(definition, check) {
  const info2 = { ...definition, url: DOCS + definition.id + ".md" };
  const defaults = defaultsOf(definition);
  function plugin(setting) {
    const [level3, given] = parseSetting(info2, setting, definition.level);
    if (level3 === "off") return;
    const options = { ...defaults, ...given };
    return function(tree, file) {
      check(tree, file, options, function(r) {
        const message = file.message(r.reason, { place: { start: r.start, end: r.end }, ruleId: definition.id, source: SOURCE });
        message.fatal = level3 === "error" && r.tier !== "secondary";
        message.url = info2.url;
        if (r.actual !== void 0) message.actual = r.actual;
        if (r.expected) message.expected = r.expected;
        if (r.fix) message.fix = r.fix;
        if (r.other) message.cause = new VFileMessage(r.other.message, { place: { start: r.other.start, end: r.other.end }, ruleId: definition.id, source: SOURCE });
      });
    };
  }
  Object.defineProperty(plugin, "name", { value: definition.id });
  return Object.assign(plugin, { ruleId: definition.id, level: definition.level, info: info2 });
}

// src/text/remove-blocks.ts
var space2 = /^[ \t\f\v\u00A0\uFEFF]*$/;
function isBreak(code) {
  return code === 10 || code === 13;
}
function lineStart(text, at) {
  let i = at;
  while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
  return i;
}
function lineEnd(text, at) {
  let i = at;
  while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
  return i;
}
function afterBreak(text, at) {
  if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) return at + 2;
  return at < text.length ? at + 1 : at;
}
function isWhite(code) {
  return isBreak(code) || code === 32 || code === 9 || code === 12 || code === 11 || code === 160 || code === 65279;
}
function wholeLines(text, span2) {
  if (!span2 || !(span2.start >= 0 && span2.start < span2.end && span2.end <= text.length)) return void 0;
  const from = lineStart(text, span2.start);
  const to = lineEnd(text, span2.end);
  return space2.test(text.slice(from, span2.start)) && space2.test(text.slice(span2.end, to)) ? { from, to } : void 0;
}
function blockRemovals(text, spans) {
  const out = spans.map(() => void 0);
  const lines = spans.map((span2) => wholeLines(text, span2));
  const order3 = spans.map((_, i) => i).filter((i) => lines[i]).sort((a, b) => lines[a].from - lines[b].from);
  const groups = [];
  let previousEnd = -1;
  for (const i of order3) {
    const { from, to } = lines[i];
    if (from < previousEnd) continue;
    const last = groups.at(-1);
    if (last && isBlank(text, previousEnd, from)) last.push(i);
    else groups.push([i]);
    previousEnd = to;
  }
  for (const group2 of groups) {
    const first = lines[group2[0]];
    const last = lines[group2.at(-1)];
    let before3 = first.from;
    while (before3 > 0 && isWhite(text.charCodeAt(before3 - 1))) before3--;
    let after2 = last.to;
    while (after2 < text.length && isWhite(text.charCodeAt(after2))) after2++;
    const hasBefore = before3 > 0;
    const atEnd = after2 === text.length;
    const blankBefore = !hasBefore || first.from > afterBreak(text, lineEnd(text, before3));
    const nextLine = atEnd ? text.length : lineStart(text, after2);
    const blankAfter = nextLine > afterBreak(text, last.to);
    if (hasBefore && (atEnd || blankBefore && blankAfter)) {
      let start = lineEnd(text, before3);
      for (const i of group2) {
        out[i] = [start, lines[i].to];
        start = lines[i].to;
      }
      continue;
    }
    const end = blankBefore && blankAfter ? nextLine : afterBreak(text, last.to);
    group2.forEach((i, k) => {
      out[i] = [lines[i].from, k + 1 < group2.length ? lines[group2[k + 1]].from : end];
    });
  }
  return out;
}
function isBlank(text, from, to) {
  for (let i = from; i < to; i++) if (!isWhite(text.charCodeAt(i))) return false;
  return true;
}
function joinRemovals(text, ranges) {
  let kept = "";
  for (let i = 1; i < ranges.length; i++) kept += text.slice(ranges[i - 1][1], ranges[i][0]);
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
      const list2 = this.postings.get(hash);
      if (!list2) this.postings.set(hash, [id]);
      else if (list2.length < POSTINGS) list2.push(id);
    }
  }
};
function fnv(text) {
  return fnvFrom(2166136261, text) >>> 0;
}
function fnvFrom(hash, text) {
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash;
}
function fnvSpace(hash, text) {
  hash ^= 32;
  return fnvFrom(Math.imul(hash, 16777619), text);
}

// src/text/edits.ts
var MAX_TYPO_WORD = 24;
function contentChanges(a, b, limit = Infinity) {
  const [shorter, longer] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  let theirs;
  let changes2 = 0;
  for (const [from, to] of ownRuns(shorter, longer)) {
    const typo = to - from === 1 && oneEditAway(shorter.tokens[from]).some((key) => (theirs ??= ownWords(longer, shorter)).has(key));
    if (!typo && ++changes2 > limit) break;
  }
  return changes2;
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
  const info2 = file.data.copydesk;
  if (!info2) return;
  const headline = findHeadline(info2);
  const blocks = info2.blocks.filter((block) => block.kind !== "heading" && !block.table && !isHeadline(block.text, headline));
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
  const source = file.data.source ?? String(file.value);
  const exact = [];
  for (let index3 = 0; index3 < blocks.length; index3++) {
    if (copyOf[index3] === -1) continue;
    let run3 = index3;
    while (run3 + 1 < blocks.length && copyOf[run3 + 1] === copyOf[index3] + (run3 + 1 - index3) && copyOf[run3 + 1] < index3) run3++;
    const length = run3 - index3 + 1;
    let last = run3;
    while (last + length < blocks.length && copyOf.slice(last + 1, last + 1 + length).every((from2, k) => from2 === copyOf[index3] + k)) last += length;
    const hasLong = long.slice(index3, last + 1).some(Boolean);
    const from = blocks[copyOf[index3]];
    const to = blocks[copyOf[run3]];
    const copy = span(blocks[index3], blocks[last]);
    const original = span(from, to);
    if (hasLong) {
      const finding = {
        reason: last === index3 ? `This paragraph repeats the paragraph at ${original}; remove one copy` : runReason(copy, original),
        start: blocks[index3].start,
        end: blocks[last].end,
        other: { start: from.start, end: to.end, message: "The first copy" }
      };
      exact.push({ finding, spans: copySpans(blocks, copyOf, index3, last, source) });
    }
    index3 = last;
  }
  const all = exact.flatMap(({ spans }) => spans ?? []);
  const ranges = blockRemovals(source, all);
  let next = 0;
  for (const { finding, spans } of exact) {
    const mine = spans ? ranges.slice(next, next += spans.length) : [];
    const fix = spans && mine.every(Boolean) ? joinRemovals(source, mine) : void 0;
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
function copySpans(blocks, copyOf, from, to, source) {
  const gap2 = (a, b) => source.slice(a.end.offset, b.start.offset).replace(/\s+/g, " ").trim();
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
function closesAt(text, i) {
  return text[i] === CLOSE || text[i] === '"' && straight(text, i, false) === "close";
}
function opensWithQuote(text) {
  return leading.test(text.slice(0, 20));
}
function scanQuotes(text, continuing = false) {
  const result = { quotes: [], stray: [], reopened: [] };
  let continues = false;
  let outer = -1;
  let depth = 0;
  let nestedStraight = false;
  let seen = false;
  const open2 = (i) => {
    if (!seen && continuing) result.head = { open: i };
    outer = i;
    depth = 1;
  };
  const close = (i, implied = false) => {
    if (result.head && outer === result.head.open && result.head.close === void 0) result.head.close = i;
    else result.quotes.push(continues || implied ? { open: outer, close: i, ...continues ? { continues } : {}, ...implied ? { implied } : {} } : { open: outer, close: i });
    outer = -1;
    depth = 0;
    nestedStraight = false;
    continues = false;
  };
  const reopen = (i) => {
    let end = i;
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    close(end, true);
    result.reopened.push(i);
    outer = i;
    depth = 1;
    continues = true;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '"' && ch !== OPEN && ch !== CLOSE) continue;
    if (text[i - 1] === "=") {
      const end = valueEnd(text, i);
      if (end !== -1) i = end;
      continue;
    }
    const direction = ch === OPEN ? "open" : ch === CLOSE ? "close" : straight(text, i, depth > 0);
    if (direction === "skip") continue;
    if (direction === "stray") {
      result.stray.push(i);
      continue;
    }
    if (depth === 0) {
      if (direction === "open") open2(i);
      else result.stray.push(i);
    } else if (ch === '"' && text[outer] !== '"') {
      if (nestedStraight) nestedStraight = false;
      else if (facesOpen(text, i)) nestedStraight = true;
      else close(i);
    } else if (direction === "open") {
      if (depth === 1 && ch === text[outer] && sentenceEnded(text, i)) reopen(i);
      else depth++;
    } else if (depth > 1) {
      depth--;
    } else {
      close(i);
    }
    seen = true;
  }
  if (outer !== -1) {
    result.tail = outer;
    if (continues) result.tailContinues = true;
  }
  return result;
}
function sentenceEnded(text, i) {
  return /[.!?\u2026]['\u2019)\]]?\s+$/u.test(text.slice(Math.max(0, i - 5), i));
}
function valueEnd(text, i) {
  for (let k = i + 1; k < text.length && k < i + 300; k++) {
    const ch = text[k];
    if (ch === "\n" || ch === "\r") return -1;
    if (ch === '"' || ch === CLOSE || ch === OPEN || ch === "\u2033") return k;
  }
  return -1;
}
function facesOpen(text, i) {
  const prev = i === 0 ? " " : text[i - 1];
  const next = i + 1 >= text.length ? " " : text[i + 1];
  return before.test(prev) && !after.test(next);
}
function straight(text, i, isOpen) {
  const prev = i === 0 ? " " : text[i - 1];
  const next = i + 1 >= text.length ? " " : text[i + 1];
  if (new RegExp("\\p{L}", "u").test(prev) && new RegExp("\\p{Ll}", "u").test(next) && new RegExp("^\\p{Ll}{1,2}\\b", "u").test(text.slice(i + 1, i + 4))) return "stray";
  if (/\d/.test(prev) && !isOpen) return "skip";
  const opens = before.test(prev);
  const closes = after.test(next);
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
var monthNumber = new Map(months.flatMap((names2, i) => names2.map((name) => [name.toLowerCase(), i + 1])));
var weekdayNumber = new Map(weekdays.flatMap((names2, i) => names2.map((name) => [name.toLowerCase(), i])));
var weekdayNames = weekdays.map((names2) => names2[0]);
var monthNames = months.map((names2) => names2[0]);
var fullMonthNames = new Set(monthNames.map((name) => name.toLowerCase()));
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
  const info2 = file.data.copydesk;
  if (!info2) return;
  const reference = checkFrontMatter(info2, file, report) ?? fromDateline(tree, info2) ?? fromFileName(file);
  const dated = [];
  for (const group2 of paragraphs(tree, info2.blocks)) {
    let checkDate2 = function(text, index2, weekday2, month2, day, year, written, dayFirst, weekdayWritten) {
      if (day < 1 || day > 31) return;
      const place2 = at(index2, text.length);
      if (day > daysIn(month2, year ?? 2e3) || month2 === 2 && day === 29 && year === void 0) {
        if (month2 === 2 && day === 29 && year === void 0) return;
        report({
          reason: `${dateText(month2, day, written ? year : void 0, dayFirst)} does not exist (${monthNames[month2 - 1]} has ${month2 !== 2 ? `${daysIn(month2, 2e3)} days` : year === void 0 ? "at most 29 days" : `${daysIn(month2, year)} days that year`}); check the date`,
          ...place2,
          actual: text
        });
        return;
      }
      if (!weekday2 || !weekdayWritten && !reference) return;
      const knownYear = weekdayWritten ? year : nearestYear(reference, month2, day);
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
    const paragraph = group2.node;
    const mapped = mapText(paragraph);
    const at = (index2, length) => ({ start: pointOf(file, mapped, index2), end: pointOf(file, mapped, index2 + length) });
    const inQuotation = quotedSpans(mapped.text);
    const metadata = isFieldBlock(mapped.text);
    const styled = { push: (found) => metadata || inQuotation(found.index) || dated.push(found) };
    for (const match of mapped.text.matchAll(monthDayPattern)) {
      const [text, weekday2, monthName, dayText, yearText] = match;
      const month2 = monthNumber.get(monthName.toLowerCase());
      const day = Number(dayText);
      const year = yearText ? Number(yearText) : reference?.year;
      if (yearText) styled.push({ style: "month-day-year", text, mapped, index: match.index });
      checkDate2(text, match.index, periodAfter(text, monthName) ? void 0 : weekday2, month2, day, year, yearText !== void 0, false, isYear(yearText));
    }
    for (const match of mapped.text.matchAll(dayMonthPattern)) {
      const [text, weekday2, dayText, monthName, yearText] = match;
      if (!yearText && monthName === "May" && !weekday2) continue;
      const year = yearText ? Number(yearText) : reference?.year;
      if (yearText) styled.push({ style: "day-month-year", text, mapped, index: match.index });
      checkDate2(text, match.index, weekday2, monthNumber.get(monthName.toLowerCase()), Number(dayText), year, yearText !== void 0, true, isYear(yearText) && !periodAfter(text, monthName));
    }
    for (const match of mapped.text.matchAll(isoPattern)) {
      const [text, yearText, monthText, dayText] = match;
      const month2 = Number(monthText);
      if (month2 < 1 || month2 > 12 || inAddress(mapped.text, match.index)) continue;
      styled.push({ style: "iso", text, mapped, index: match.index });
      checkDate2(text, match.index, void 0, month2, Number(dayText), Number(yearText), true, false, true);
    }
  }
  reportMixedStyles(dated, file, report);
});
function isFieldBlock(text) {
  if (text.length > MAX_FIELD_BLOCK) return false;
  return text.trim().split(/\r?\n/).every((line) => fieldLine.test(line));
}
var fieldLine = /^[ \t]*[a-z][A-Za-z0-9_-]*:[ \t]+\S/;
var MAX_FIELD_BLOCK = 1e3;
function quotedSpans(text) {
  if (!/["\u201C\u201D]/.test(text)) return () => false;
  const scan = scanQuotes(text);
  const spans = scan.quotes.map((q) => [q.open, q.close]);
  if (scan.tail !== void 0) spans.push([scan.tail, text.length]);
  spans.sort((a, b) => a[0] - b[0]);
  const reach = [];
  for (const [index2, [, to]] of spans.entries()) reach.push(Math.max(to, reach[index2 - 1] ?? -1));
  return (index2) => {
    const before3 = firstIndex(spans.length, (k) => spans[k][0] >= index2);
    return before3 > 0 && reach[before3 - 1] > index2;
  };
}
function reportMixedStyles(found, file, report) {
  const counts = /* @__PURE__ */ new Map();
  for (const item of found) counts.set(item.style, (counts.get(item.style) ?? 0) + 1);
  if (counts.size < 2) return;
  const [[main, most], [, next]] = [...counts].sort((a, b) => b[1] - a[1]);
  if (most === next) return;
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
function checkFrontMatter(info2, file, report) {
  for (const key of [...referenceDateFields, ...updatedDateFields]) {
    const given = info2.frontMatter[key];
    const problem = given && invalidDate(given.value);
    if (problem) report({ reason: `Front matter \`${key}\` ${problem}; correct the date`, start: given.start, end: given.end, actual: String(given.value) });
  }
  const field = referenceDateFields.map((key) => info2.frontMatter[key]).find((f) => f && readDay(f.value));
  const published = field && readDay(field.value);
  if (!field || !published) return void 0;
  for (const key of updatedDateFields) {
    const updated = info2.frontMatter[key];
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
function fromDateline(tree, info2) {
  let body = 0;
  for (const { node, block } of paragraphs(tree, info2.blocks).slice(0, dateline.blocks)) {
    const match = datelinePattern.exec(mapText(node).text.slice(0, 120));
    if (match) return datelineDay(match[1]);
    if (block && isHeadlineLike(block, info2)) continue;
    if (++body >= dateline.bodyParagraphs) return void 0;
  }
  return void 0;
}
function datelineDay(text) {
  const match = new RegExp("^(?:(\\p{L}+)\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+(\\p{L}+)\\.?),?\\s+(\\d{4})$", "u").exec(text);
  if (!match) return void 0;
  const [, monthFirst, dayFirst, daySecond, monthSecond, year] = match;
  const name = monthFirst ?? monthSecond;
  if (periodAfter(text, name)) return void 0;
  const month2 = monthNumber.get(name.toLowerCase());
  return month2 === void 0 || !isYear(year) ? void 0 : validDay(Number(year), month2, Number(dayFirst ?? daySecond));
}
function isYear(text) {
  return text !== void 0 && /^[1-9]\d{3}$/.test(text);
}
function periodAfter(text, monthName) {
  if (!fullMonthNames.has(monthName.toLowerCase())) return false;
  const at = text.indexOf(monthName);
  return text.charCodeAt(at + monthName.length) === 46;
}
function nearestYear(reference, month2, day) {
  const from = Date.UTC(reference.year, reference.month - 1, reference.day);
  const distance = (year) => Math.abs(Date.UTC(year, month2 - 1, Math.min(day, daysIn(month2, year))) - from);
  const here = distance(reference.year);
  if (distance(reference.year + 1) < here) return reference.year + 1;
  if (distance(reference.year - 1) < here) return reference.year - 1;
  return reference.year;
}
function fromFileName(file) {
  const match = /^(\d{4})-(\d{2})-(\d{2})-/.exec(file.basename ?? "");
  return match ? validDay(Number(match[1]), Number(match[2]), Number(match[3])) : void 0;
}
function readDay(value) {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value !== "string") return void 0;
  const match = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(value);
  return match ? validDay(Number(match[1]), Number(match[2]), Number(match[3])) : void 0;
}
function invalidDate(value) {
  if (typeof value !== "string") return void 0;
  const match = /^\s*(\d+)-(\d+)-(\d+)(?![\d-])/.exec(value);
  if (!match) return void 0;
  const [text, yearText, monthText, dayText] = match;
  const [year, month2, day] = [Number(yearText), Number(monthText), Number(dayText)];
  if (yearText.length !== 4 || month2 < 1 || month2 > 12 || day < 1 || monthText.length > 2 || dayText.length > 2) {
    return `(${text.trim()}) is not a date in YYYY-MM-DD form`;
  }
  if (day > daysIn(month2, year)) return `(${text.trim()}) does not exist (${monthNames[month2 - 1]} has ${daysIn(month2, year)} days${month2 === 2 ? " that year" : ""})`;
  return void 0;
}
function validDay(year, month2, day) {
  return month2 >= 1 && month2 <= 12 && day >= 1 && day <= daysIn(month2, year) ? { year, month: month2, day } : void 0;
}
function inAddress(text, at) {
  let start = at;
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--;
  const token2 = text.slice(start, at);
  return token2.includes("://") || /^[(<"'\u201C]*www\./i.test(token2) || /[=?&]$/.test(token2);
}
function nearest(year, month2, day, shift, dayFirst) {
  const forward = (shift % 7 + 7) % 7;
  const date = new Date(Date.UTC(year, month2 - 1, day + (forward > 3 ? forward - 7 : forward)));
  return dateText(date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCFullYear() === year ? void 0 : date.getUTCFullYear(), dayFirst);
}
function dateText(month2, day, year, dayFirst) {
  const name = monthNames[month2 - 1];
  if (dayFirst) return year === void 0 ? `${day} ${name}` : `${day} ${name} ${year}`;
  return year === void 0 ? `${name} ${day}` : `${name} ${day}, ${year}`;
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
    const info2 = file.data.copydesk;
    if (!info2) return;
    const headline = findHeadline(info2);
    const repeats = [];
    const seenHeadings = /* @__PURE__ */ new Map();
    const seenSubheads = /* @__PURE__ */ new Map();
    const sections = [];
    let section = -1;
    for (const [index2, block] of info2.blocks.entries()) {
      let parent = -1;
      if (block.kind === "heading") {
        const depth = Math.min(Math.max(block.depth ?? 1, 1), 6);
        sections.length = Math.min(sections.length, depth);
        for (let d = depth - 2; d >= 0 && parent === -1; d--) parent = sections[d] ?? -1;
        sections[depth - 1] = index2;
        section = index2;
      }
      if (block === headline?.block) continue;
      const plain3 = block.kind !== "heading" && !block.strong;
      if (plain3 && !isHeadline(block.text, headline)) continue;
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
    const source = file.data.source ?? String(file.value);
    const removals = blockRemovals(source, repeats.map(({ block }) => block.container === 0 && block.start.offset !== void 0 && block.end.offset !== void 0 ? { start: block.start.offset, end: block.end.offset } : void 0));
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
var list = /* @__PURE__ */ new Set([
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
      let previous;
      let current;
      while (++index2 < parent.children.length) {
        const child = parent.children[index2];
        if (child.type === "WordNode") {
          const value = toString(child);
          current = { index: index2, value: value.toLowerCase() };
          if (previous && previous.value === current.value && !ignore2(value)) {
            const start = pointStart(parent.children[previous.index]);
            const end = pointEnd(child);
            const message = file.message(
              "Unexpected repeated `" + value + "`, remove one occurrence",
              {
                ancestors: [parent, child],
                /* c8 ignore next -- verbose to test */
                place: start && end ? { start, end } : void 0,
                ruleId: current.value.replace(/\W+/g, "-"),
                source: "retext-repeated-words"
              }
            );
            message.actual = toString(
              parent.children.slice(previous.index, index2 + 1)
            );
            message.expected = [value];
            message.url = "https://github.com/retextjs/retext-repeated-words#readme";
          }
        } else if (child.type === "WhiteSpaceNode") {
          previous = current;
          current = void 0;
        } else {
          previous = void 0;
          current = void 0;
        }
      }
      return SKIP;
    });
  };
}
function ignore2(value) {
  if (list.has(value.toLowerCase())) {
    return true;
  }
  const head = value.charAt(0);
  if (head === head.toUpperCase()) {
    if (value.length === 2 && value.charAt(1) === ".") {
      return true;
    }
    const tail = value.slice(1);
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
var names = new Set(doubledNames.map((name) => name.toLowerCase()));
var copula = new Set(copulas);
var clauseBefore = new RegExp(`(?:^|[^\\p{L}])(?:${clauseOpeners.join("|")})(?:\\s+[\\p{L}'\u2019-]+){1,4}\\s*$`, "iu");
function deliberate(text, place2, word2) {
  const from = place2.start.offset;
  const to = place2.end.offset;
  if (from === void 0 || to === void 0 || !word2) return false;
  const lower = word2.toLowerCase();
  if (intensifiers.has(lower)) return true;
  const pair = text.slice(from, to);
  if (pair.includes("<") || new RegExp("^\\p{Lu}+$", "u").test(pair.split(/\s+/)[0]) && pair.split(/\s+/)[0].length > 1 && new RegExp("^\\p{Ll}", "u").test(pair.split(/\s+/).at(-1))) return true;
  const head = decodeString(text.slice(Math.max(0, from - 80), from));
  const tail = decodeString(text.slice(to, to + 80));
  const before3 = /([\p{L}\p{N}']+)[^\p{L}\p{N}']*$/u.exec(head.slice(-(word2.length + 8)))?.[1]?.toLowerCase();
  const after2 = /^[^\p{L}\p{N}']*([\p{L}\p{N}']+)/u.exec(tail.slice(0, word2.length + 8))?.[1]?.toLowerCase();
  if (before3 === lower || after2 === lower) return true;
  if (copula.has(lower) && clauseBefore.test(head.slice(-60) + text.slice(from, from + word2.length))) return true;
  return quoteBefore.test(head.slice(-1)) && quoteAfter.test(tail.slice(0, 2));
}
var findRepeats = retextRepeatedWords();
function wordText(node) {
  return node.children.length === 1 && node.children[0].type === "TextNode" ? node.children[0].value : toString(node);
}
function candidates(tree) {
  const found = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== "ParagraphNode" || !mayRepeat(mapText(paragraph))) continue;
    for (const sentence of paragraph.children) {
      if (sentence.type === "SentenceNode" && hasRepeat(sentence)) found.push(sentence);
    }
  }
  return found;
}
function hasRepeat(sentence) {
  const children = sentence.children;
  for (let i = 2; i < children.length; i++) {
    const word2 = children[i];
    const before3 = children[i - 2];
    if (word2.type !== "WordNode" || before3.type !== "WordNode" || children[i - 1].type !== "WhiteSpaceNode") continue;
    const a = wordText(word2);
    const b = wordText(before3);
    if (a.length === b.length && a.toLowerCase() === b.toLowerCase()) return true;
  }
  return false;
}
function mayRepeat(mapped) {
  const { text } = mapped;
  const lower = text.toLowerCase();
  if (lower.length !== text.length || text.includes("\u03A3")) return true;
  let starts;
  const within = (at) => isAsciiLetterOrDigit(text.charCodeAt(at - 1)) && isAsciiLetterOrDigit(text.charCodeAt(at)) && !(starts ??= new Set(mapped.at)).has(at);
  let previousStart = 0;
  for (let cursor = 0; cursor < lower.length; ) {
    if (!isWhiteSpace(lower.charCodeAt(cursor))) {
      cursor++;
      continue;
    }
    const end = cursor;
    while (cursor < lower.length && isWhiteSpace(lower.charCodeAt(cursor))) cursor++;
    const next = cursor;
    if (end > previousStart && next < lower.length) {
      let budget = 256;
      const head = lower.charCodeAt(next);
      for (let k = 1; k <= end - previousStart && next + k <= lower.length; k++) {
        if (--budget <= 0) return true;
        if (lower.charCodeAt(end - k) !== head || within(end - k) || within(next + k)) continue;
        let i = 1;
        while (i < k && lower.charCodeAt(end - k + i) === lower.charCodeAt(next + i)) i++;
        budget -= i;
        if (i === k) return true;
      }
    }
    previousStart = next;
  }
  return false;
}
function capitalisedDoubles(sentences, text) {
  const found = [];
  for (const sentence of sentences) {
    const children = sentence.children;
    for (let i = 2; i < children.length; i++) {
      const second = children[i];
      const first = children[i - 2];
      if (second.type !== "WordNode" || first.type !== "WordNode" || children[i - 1].type !== "WhiteSpaceNode") continue;
      const value = wordText(second);
      if (wordText(first).toLowerCase() !== value.toLowerCase() || !passedOver(value)) continue;
      if (names.has(value.toLowerCase()) || isName(text, value)) continue;
      const start = first.position?.start;
      const end = second.position?.end;
      if (!start || !end) continue;
      const message = new VFileMessage("", { place: { start, end } });
      message.actual = text.slice(start.offset, end.offset);
      message.expected = [value];
      found.push(message);
    }
  }
  return found;
}
function passedOver(value) {
  const head = value.charAt(0);
  const tail = value.slice(1);
  if (tail === ".") return false;
  return head === head.toUpperCase() && head !== head.toLowerCase() && tail === tail.toLowerCase();
}
function isName(text, word2) {
  const escaped = word2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const doubles = text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}\\s+${escaped}(?![\\p{L}\\p{N}])`, "gu"))?.length ?? 0;
  const singles = text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu"))?.length ?? 0;
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
  const text = String(file.value ?? "");
  for (const found of capitalisedDoubles(sentences, text)) scratch.messages.push(found);
  scratch.messages.sort((a, b) => a.place.start.offset - b.place.start.offset);
  for (const message of scratch.messages) {
    const place2 = message.place;
    if (!place2 || !("start" in place2)) continue;
    const word2 = message.expected?.[0] ?? "";
    if (deliberate(text, place2, word2)) continue;
    if (names.has(word2.toLowerCase()) && new RegExp("^\\p{Lu}+\\s+\\p{Lu}+$", "u").test(message.actual ?? "")) continue;
    report({
      reason: `Unexpected repeated \`${word2}\`; remove one occurrence`,
      start: place2.start,
      end: place2.end,
      actual: message.actual,
      expected: message.expected,
      fix: dropOne(file.data.source ?? text, place2)
    });
  }
});
function dropOne(text, place2) {
  const start = place2.start.offset;
  const end = place2.end.offset;
  if (start === void 0 || end === void 0) return void 0;
  const pair = /^(\S+)(\s+)(\S+)$/u.exec(text.slice(start, end));
  if (!pair || pair[1].toLowerCase() !== pair[3].toLowerCase()) return void 0;
  const [, first, gap2, second] = pair;
  const capital = (word2) => new RegExp("^\\p{Lu}", "u").test(word2);
  const keepFirst = capital(first) && !capital(second);
  const keepSecond = capital(second) && !capital(first);
  const wraps = /[\r\n]/.test(gap2);
  const dropSecond = { range: [start + first.length, end], text: "" };
  if (keepFirst || !keepSecond && !wraps) return dropSecond;
  if (!wraps) return { range: [start, start + first.length + gap2.length], text: "" };
  const head = text.slice(0, start).match(/[^\r\n]*$/)[0];
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
  const { text } = mapped;
  if (!text.includes("<") && !text.includes("=")) return mapped;
  let kept = masked.get(mapped);
  if (kept) return kept;
  const spans = [...tags(text), ...formulas(text)];
  if (spans.length === 0) kept = mapped;
  else {
    const units2 = text.split("");
    for (const [from, to] of spans) for (let i = from; i < to; i++) if (mark.test(units2[i])) units2[i] = " ";
    kept = { ...mapped, text: units2.join("") };
  }
  masked.set(mapped, kept);
  return kept;
}
function tags(text) {
  const spans = [];
  for (const match of text.matchAll(tag)) if (mark.test(match[0])) spans.push([match.index, match.index + match[0].length]);
  return spans;
}
function formulas(text) {
  const spans = [];
  let end = 0;
  for (const match of text.matchAll(formulaStart)) {
    if (match.index < end) continue;
    let i = match.index + match[0].length;
    let depth = 1;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === "(") depth++;
      else if (text[i] === ")") depth--;
      else if (text[i] === "\n" && text[i - 1] === "\n") break;
      if (depth === 0) {
        joined.lastIndex = i + 1;
        const more = joined.exec(text);
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
  const next = tokens[k + 1];
  if (next?.kind === "word") {
    const two = lists.verbs.get(token2.lower + " " + next.lower);
    if (two !== void 0) return { strict: two, end: k + 1 };
  }
  const one = lists.verbs.get(token2.lower);
  return one === void 0 ? void 0 : { strict: one, end: k };
}
function speakerBefore(tokens, k, lists, floor) {
  if (tokens[k]?.text === "," || tokens[k]?.text === ")" || /^[-–—]+$/.test(tokens[k]?.text ?? "")) {
    const open2 = tokens[k].text === ")" ? "(" : tokens[k].text;
    let j = k - 1;
    while (j > floor && j > k - 16 && tokens[j].text !== open2 && tokens[j].kind !== "quote") j--;
    if (j <= floor || tokens[j].text !== open2) return void 0;
    const inner = open2 === "(" ? void 0 : headPhrase(tokens, k - 1, lists, j + 1);
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
    let subject = speakerBefore(tokens, back, lists, start) ?? phraseBefore(tokens, back, lists, start, !plain.test(token2.lower));
    const participle = token2.lower.endsWith("ing") && back >= start && tokens[back].text === ",";
    const coordinated = back >= start && (tokens[back].lower === "and" || tokens[back].lower === "but" || participle);
    if (!subject && (coordinated || infinitive || plain.test(token2.lower))) subject = sentenceSubject(tokens, start, Math.max(back, start - 1) + 1, lists);
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
var plain = /^(?:say|says|said|saying|tell|tells|told|telling)$/;
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
function kindOf(content, lead, follow, minWords, mention) {
  if (url.test(content) || /<[a-z][^<>]*$/i.test(lead) || /^\)/.test(follow) && !lead.includes("(")) return "markup";
  if (wordCount(content) < minWords) return "short";
  if (/^[\s*_.\u2026[]*[\p{Ll}\p{N}]/u.test(content)) return "fragment";
  if (isTitle(content) || /\(\d{4}\)[\s.,]*$/.test(lead)) return "title";
  if (mention.test(lead) || /<figcaption>[\s*_]*$/i.test(lead)) return "mention";
  return "speech";
}
function isTitle(content) {
  const trimmed = content.trim().replace(/[,.]$/, "").replace(/[?!]$/, "");
  if (/[.!?;…]/.test(trimmed)) return false;
  const all = trimmed.match(new RegExp("\\p{L}[\\p{L}'\u2019-]*", "gu")) ?? [];
  if (all.length === 0) return false;
  const capitalized = all.filter((w) => new RegExp("^\\p{Lu}", "u").test(w));
  const long = all.filter((w) => w.length > 3);
  return long.filter((w) => new RegExp("^\\p{Lu}", "u").test(w)).length >= long.length * 0.75 && capitalized.length * 2 >= all.length;
}
function inSeries(text, quotes) {
  const result = quotes.map(() => false);
  for (let k = 1; k < quotes.length; k++) {
    const between2 = text.slice(quotes[k - 1].close + 1, quotes[k].open);
    if (/^[\s,;/*_]*(?:(?:and|or|-or-|vs\.?|to|then)[\s*_]*)?$/i.test(between2) || /^[\s,]*to\b[^.!?“”"]{0,30}$/i.test(between2)) result[k - 1] = result[k] = true;
  }
  return result;
}
function nounPhrase(text, open2, close, content) {
  if (new RegExp("^[*_)\\],]*(?:\\s*\\p{Ll}|\\?)", "u").test(text.slice(close + 1, close + 8))) return true;
  const lead = text.slice(Math.max(0, open2 - 16), open2);
  if (/(?:^|\s)(?:a few|a couple of|several|many|some)[\s*_]*$/i.test(lead)) return true;
  const before3 = text.slice(Math.max(0, open2 - 200), open2);
  if (before3.lastIndexOf("(") > before3.lastIndexOf(")")) return true;
  if (/(?:^|\s)(?:is|are|was|were|be|means|mean|becomes|remains)[\s*_,:]*$/i.test(lead)) return true;
  if (/[.!?\u2026]\s*$/.test(content) && !new RegExp("^\\s*\\p{Ll}", "u").test(content)) return false;
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
  const verbs = /* @__PURE__ */ new Map();
  const strict3 = new Set(strictVerbs);
  for (const base of [...reportingVerbs, ...extra.verbs ?? []]) {
    const lower = base.toLowerCase().trim();
    for (const form of verbForms(lower)) if (!verbs.has(form) || !strict3.has(lower)) verbs.set(form, strict3.has(lower));
  }
  const alwaysStrict = new Set(alwaysStrictVerbs.flatMap(verbForms));
  const speakers = /* @__PURE__ */ new Set();
  for (const noun of [...speakerNouns.people, ...speakerNouns.organisations, ...speakerNouns.documents, ...extra.speakers ?? []]) {
    for (const form of nounForms(noun.toLowerCase().trim())) speakers.add(form);
  }
  const documents = new Set(speakerNouns.documents.flatMap(nounForms));
  const people = new Set(speakerNouns.people.flatMap(nounForms));
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
  const mention = new RegExp(`(?<![\\p{L}])(?:${[...mentionCues, ...extra.mentionCues ?? []].map(escape).join("|")})(?:\\s+that)?[\\s,:]{0,3}$`, "iu");
  const phrase = `(?:${phraseNouns.flatMap(nounForms).map(escape).join("|")})`;
  return { floor: floorPhrases.map((phrase2) => phrase2.split(" ")), phrase, people, verbs, alwaysStrict, bases: new Set(imperativeVerbs), speakers, documents, pronouns: new Set(speakerPronouns), starters: new Set(sentenceStarters), sourceLeads: sourceLeads.map((lead) => lead.split(" ")), speech: new Set(speechNouns), mention };
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
var abbreviations = /* @__PURE__ */ new Set([
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
function tokenize(text, segments) {
  const tokens = [];
  let next = 0;
  let i = 0;
  while (i < text.length) {
    const segment = segments[next];
    if (segment && i >= segment.open) {
      const inner = text.slice(segment.open + 1, segment.close).replace(/[\s*_'’)\]]+$/u, "");
      tokens.push(token("quote", text.slice(segment.open, segment.close + 1), segment.open, segment.close + 1, next, inner.at(-1) ?? ""));
      i = Math.max(i + 1, segment.close + 1);
      next++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 160) {
      i++;
      continue;
    }
    wordPattern.lastIndex = i;
    const match = wordPattern.exec(text);
    if (match) {
      let word2 = match[0];
      let end2 = i + word2.length;
      if (text[end2] === "." && (abbreviations.has(word2.toLowerCase()) || new RegExp("^\\p{Lu}$", "u").test(word2) || new RegExp("\\.\\p{L}$", "u").test(word2))) {
        word2 += ".";
        end2++;
      }
      tokens.push(token("word", word2, i, end2));
      i = end2;
      continue;
    }
    let end = i + 1;
    if (text[i] === "-" || text[i] === ".") while (text[end] === text[i]) end++;
    if (!/[*_#>~`\\]/.test(text[i])) tokens.push(token("punct", text.slice(i, end), i, end));
    i = end;
  }
  splitSentences(tokens);
  return tokens;
}
function token(kind, text, start, end, segment = -1, last = "") {
  const contraction = kind === "word" ? /['’](?:s|re|ve|d|ll|m)$/iu.exec(text) : null;
  const bare = contraction ? text.slice(0, contraction.index) : text;
  const possessive = contraction !== null && /s$/i.test(contraction[0]) && !/^(?:he|she|it|that|there|what|who|here)$/i.test(bare);
  return {
    kind,
    text,
    start,
    end,
    segment,
    last,
    sentence: 0,
    possessive,
    lower: bare.toLowerCase().replace(/\.$/, ""),
    // A handle (`@Ken_2scientists`) names someone as a capital does.
    capital: kind === "word" && new RegExp("^(?:\\p{Lu}|@)", "u").test(text)
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
function nextSentence(text, close) {
  const rest = text.slice(close + 1, close + 300);
  let wanted = /[.!?\u2026][\s*_]*$/u.test(text.slice(Math.max(0, close - 3), close)) ? 1 : 2;
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
var textOf = (node) => withoutCode(mapText(node));
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
  let open2;
  let before3;
  let introducedList = -1;
  let lede;
  for (const [index2, group2] of groups.entries()) {
    const { node, block } = group2;
    const previous = before3;
    before3 = { index: index2 };
    if (!open2 && !block?.strong && block?.kind !== "heading" && !mayHold(group2, quoteMark)) continue;
    const mapped = textOf(node);
    if (block?.kind === "heading" || block?.strong || linkReference.test(mapped.text)) continue;
    const continuing = open2 !== void 0 && open2.bare === 0 && opensWithQuote(mapped.text);
    let scan = scanQuotes(mapped.text, continuing);
    if (open2 && !continuing) {
      if (scan.quotes.length === 0 && scan.tail === void 0 && scan.stray.length === 0 && open2.bare < 8) {
        const line = credit2.exec(mapped.text.slice(0, 80));
        if (line) {
          open2.attribution = creditOf(mapped, line.index, line, "paragraph-after");
          unclosed(open2);
          open2 = void 0;
          continue;
        }
        open2.bare++;
        if (!block?.inList && !listLine.test(mapped.text)) open2.prose = true;
        continue;
      }
      const first = scan.stray[0];
      const closesRun = first !== void 0 && first < (scan.quotes[0]?.open ?? Infinity) && first < (scan.tail ?? Infinity);
      if (closesRun) {
        if (open2.bare === 0 || open2.prose) {
          const start = open2.pieces[0];
          unbalanced2.push({ kind: "run-on", count: open2.bare + 2, ...place(file, start.para.mapped, start.open, start.open + 1) });
        }
        open2.closed = true;
        open2.closing = { index: index2, mapped, after: first + 1 };
        scan = { ...scan, stray: scan.stray.slice(1) };
      } else {
        unclosed(open2);
      }
      open2 = void 0;
    }
    const para = read(index2, block, mapped, scan, lists);
    before3.para = para;
    let current;
    for (const [k, token2] of para.tokens.entries()) {
      if (token2.kind !== "quote") continue;
      const segment = segmentsOf(scan)[token2.segment];
      const piece = { para, open: segment.open, close: segment.close, closed: segment.closed, token: k };
      if (segment.head && open2) {
        current = open2;
        open2 = void 0;
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
      if (segment.tail) open2 = current;
    }
    if (scan.reopened.length > 0) {
      const at = scan.reopened[0];
      unbalanced2.push({ kind: "reopened", count: scan.reopened.length, ...place(file, mapped, at, at + 1) });
    }
    if (scan.stray.length > 0 && !(closesAt(mapped.text, scan.stray[0]) && insideHtml(offsetOf(mapped, 0)))) {
      const at = scan.stray[0];
      unbalanced2.push({ kind: "stray", count: scan.stray.length, ...place(file, mapped, at, at + 1) });
    }
    if (block?.inList && opensWithQuote(mapped.text) && (block.container === introducedList || introduces(previous))) introducedList = block.container;
  }
  if (open2) unclosed(open2);
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
    const text = building.pieces.map((piece) => piece.para.mapped.text.slice(piece.open + 1, piece.close)).join(" ");
    if (building.kind === "speech") {
      const lead = first.para.mapped.text.slice(Math.max(0, first.open - 40), first.open);
      const follow = first.para.mapped.text.slice(first.close + 1, first.close + 4);
      building.kind = building.pieces.length > 1 ? wordCount(text) < options.minWords ? "short" : "speech" : kindOf(text, lead, follow, options.minWords, lists.mention);
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
      text,
      words: wordCount(text),
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
  function antecedent(piece, previous) {
    const { tokens, frames, mapped } = piece.para;
    const text = (span2) => mapped.text.slice(tokens[span2[0]].start, tokens[span2[1]].end);
    const name = (span2) => span2 !== void 0 && isName2(tokens[span2[1]], lists) && !lists.pronouns.has(tokens[span2[1]].lower);
    const own3 = tokens[piece.token].sentence;
    let best;
    for (const frame of frames) if (tokens[frame.at].sentence < own3 && name(frame.speaker)) best = frame.speaker;
    for (let k = piece.token - 1; k >= 0 && (!best || k > best[1]); k--) {
      if (tokens[k].sentence === own3 || k > 0 && tokens[k - 1].sentence === tokens[k].sentence) continue;
      const subject = sentenceSubject(tokens, k, piece.token, lists, true, true);
      if (name(subject)) {
        best = subject;
        break;
      }
    }
    if (best) return text(best);
    const before4 = previous?.speaker;
    return before4 && isName2(tokenize(before4, []).at(-1), lists) && !lists.pronouns.has(before4.toLowerCase()) ? before4 : previous?.named;
  }
  function attribute(building, previous) {
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
    const next = groups[(closing2?.index ?? end.para.index) + 1];
    if (next && (end.closed || closing2) && /^[\s*_.,]*$/.test(after2)) {
      const nextText = textOf(next.node).text;
      const line = credit2.exec(nextText.slice(0, 80));
      if (line) return creditOf(textOf(next.node), line.index, line, "paragraph-after");
      if (sourceLine(textOf(next.node))) return { cue: "link", frame: "credit", where: "paragraph-after" };
    }
    const whole = first.token === firstQuoteToken(para) && tokensBefore(para, first.token) === 0 && /^[\s*_.,]*$/.test(after2) && end.closed;
    if (whole && next && isLede(para.index)) {
      const nextMapped = textOf(next.node);
      const nextPara = read(end.para.index + 1, next.block, nextMapped, scanQuotes(nextMapped.text), lists);
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
    if (previous?.building.attribution && continues(previous.building, first, [previous.speaker, previous.named])) {
      return { ...previous.speaker ? { speaker: previous.speaker } : {}, cue: previous.building.attribution.cue, frame: "continuation", where: previous.building.pieces.at(-1).para === para ? "sentence-before" : "paragraph-before" };
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
    const text = piece.para.mapped.text.slice(from, piece.close);
    const tokens = tokenize(text, []);
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
    const own3 = tokens[piece.token].sentence;
    const wanted = where === "sentence" ? own3 : where === "sentence-before" ? own3 - 1 : own3 + 1;
    let best;
    const frames = framesOf(piece.para, wanted);
    for (const frame of frames) {
      if (!best || Math.abs(frame.at - piece.token) < Math.abs(best.at - piece.token)) best = frame;
    }
    const subject = best?.speaker;
    const strict3 = (frame) => lists.verbs.get(piece.para.tokens[frame.cue[0]].lower) === true;
    if (best && subject && strict3(best)) {
      const own4 = frames.find((frame) => frame !== best && frame.speaker && !strict3(frame) && frame.at > subject[1] && frame.at < best.at && frame.speaker[0] <= subject[0] && frame.speaker[1] >= subject[1] && frame.speaker[1] - frame.speaker[0] > subject[1] - subject[0]);
      if (own4) best = own4;
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
    const name = match[2].replace(/[*_\s]+$/, "");
    const from = at + match[0].lastIndexOf(match[2]);
    return {
      speaker: name,
      speakerAt: place(file, mapped, from, from + name.length),
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
    const text = textOf(group2.node).text.trimEnd();
    if (group2.block?.kind === "heading" && new RegExp("(?:^|\\s)(?:from|by)\\s+\\p{Lu}", "u").test(text)) return { cue: "from", frame: "layout", where: "paragraph-before" };
    if (/\?["'”’*_\s]*$/.test(text)) return { cue: "?", frame: "layout", where: "paragraph-before" };
    if (!/:["'”’*_\s]*$/.test(text)) return void 0;
    const para = before3?.index === index2 - 1 && before3.para ? before3.para : read(index2 - 1, group2.block, textOf(group2.node), scanQuotes(text), lists);
    const { tokens, frames } = para;
    const lastSentence = tokens.at(-1)?.sentence;
    const frame = [...frames].reverse().find((f) => tokens[f.at].sentence === lastSentence);
    return frame ? describe2(para, frame, "paragraph-before") : void 0;
  }
  function introduces(previous) {
    return previous !== void 0 && introduction(previous.index + 1) !== void 0;
  }
  function continues(previous, piece, speaker) {
    const end = previous.pieces.at(-1);
    const sameParagraph = end.para === piece.para;
    if (!sameParagraph && end.para.index !== piece.para.index - 1) return false;
    if (!sameParagraph && tokensBefore(piece.para, piece.token) > 0 && piece.token !== firstQuoteToken(piece.para)) return false;
    const between2 = sameParagraph ? [[piece.para, end.token + 1, piece.token - 1]] : [[end.para, end.token + 1, end.para.tokens.length - 1], [piece.para, 0, piece.token - 1]];
    const text = (para, span2) => para.mapped.text.slice(para.tokens[span2[0]].start, para.tokens[span2[1]].end);
    for (const [para, from, to] of between2) {
      if (to - from > 400) return false;
      for (let f = firstIndex(para.frames.length, (i) => para.frames[i].at >= from); f < para.frames.length && para.frames[f].at <= to; f++) {
        const frame = para.frames[f];
        if (!frame.speaker) continue;
        if (!sameSpeaker(text(para, frame.speaker), speaker, lists)) return false;
      }
      const { tokens } = para;
      for (let k = from; k <= to; k++) {
        if (k > 0 && tokens[k - 1].sentence === tokens[k].sentence && k !== from) continue;
        if (k === from && k > 0 && tokens[k - 1].sentence === tokens[k].sentence) continue;
        const subject = sentenceSubject(tokens, k, to + 1, lists, true, true);
        if (subject && !lists.pronouns.has(tokens[subject[1]].lower) && !sameSpeaker(text(para, subject), speaker, lists)) return false;
      }
    }
    return true;
  }
  function tookTheFloor(piece) {
    const { tokens } = piece.para;
    const own3 = tokens[piece.token].sentence;
    if (piece.token === 0 || tokens[piece.token - 1].sentence === own3) return void 0;
    let start = piece.token - 1;
    while (start > 0 && tokens[start - 1].sentence === own3 - 1) start--;
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
    const text = para.mapped.text;
    const whole = first.open === firstMark(text) && /^[\s*_.,]*$/.test(text.slice(first.close + 1));
    if (whole && building.pieces.length === 1 && (para.block?.inQuote || para.block?.inList || para.block?.emphasis || italicLine(first) || boxed(first))) return { cue: "", frame: "layout", where: "sentence" };
    if (/\?[\s*_"'”’]*$/.test(text.slice(Math.max(0, first.open - 8), first.open))) return { cue: "?", frame: "layout", where: "sentence-before" };
    return void 0;
  }
  function boxed(piece) {
    const raw = file.data.source ?? String(file.value ?? "");
    const open3 = offsetOf(piece.para.mapped, piece.open);
    const close = offsetOf(piece.para.mapped, piece.close);
    return boxOpen.test(raw.slice(Math.max(0, open3 - 120), open3)) && boxClose.test(raw.slice(close + 1, close + 120));
  }
  function italicLine(piece) {
    const raw = String(file.value ?? "");
    const open3 = offsetOf(piece.para.mapped, piece.open);
    const close = offsetOf(piece.para.mapped, piece.close);
    const lineStart2 = raw.lastIndexOf("\n", open3) + 1;
    const lineEnd2 = raw.indexOf("\n", close);
    return /^[\s>]*(?:\{\{[^}]*\}\}\s*)?[*_]+$/.test(raw.slice(lineStart2, open3)) && /^.[*_]+\s*$/.test(raw.slice(close, lineEnd2 === -1 ? raw.length : lineEnd2));
  }
  function isMention(piece) {
    const { para } = piece;
    const text = para.mapped.text;
    const { quotes, series, at } = seriesOf(para);
    const position3 = at.get(piece.open) ?? -1;
    if (series[position3]) return true;
    for (let k = position3 - 1; k >= 0 && k >= position3 - 20; k--) {
      if (!/^[\s,;]*(?:(?:and|or)\s+)?$/.test(text.slice(quotes[k].close + 1, quotes[k + 1].open))) break;
      if (lists.mention.test(text.slice(Math.max(0, quotes[k].open - 40), quotes[k].open))) return true;
    }
    if (para.block?.field || para.block?.table) return true;
    const raw = String(file.value ?? "");
    const offset = offsetOf(para.mapped, piece.open);
    if (/<figcaption>[\s*_]*$/i.test(raw.slice(Math.max(0, offset - 20), offset))) return true;
    if (phraseBefore2(lists).test(text.slice(Math.max(0, piece.open - 80), piece.open))) return true;
    if (questionForReader(piece)) return true;
    if (phraseAfter2(lists).test(nextSentence(text, piece.close))) return true;
    const previous = groups[para.index - 1];
    if (piece.token === firstQuoteToken(para) && tokensBefore(para, piece.token) === 0 && previous) {
      const ending = textOf(previous.node).text.trimEnd();
      if (/:$/.test(ending) && lists.mention.test(ending.slice(-40))) return true;
    }
    if (para.block?.inList && /^[\s*_]*(?:[^.!?“”"]{0,40}[:\u2013\u2014-][\s*_]*)?$/u.test(text.slice(0, piece.open))) return true;
    return nounPhrase(text, piece.open, piece.close, text.slice(piece.open + 1, piece.close));
  }
  function questionForReader(piece) {
    const { tokens, mapped } = piece.para;
    const words2 = mapped.text.slice(piece.open + 1, piece.close);
    if (!/\?[\s*_]*$/.test(words2) || /[.!](?:\s|$)/.test(words2)) return false;
    const own3 = tokens[piece.token].sentence;
    if (piece.token > 0 && tokens[piece.token - 1].sentence === own3) return false;
    for (let k = piece.token - 1; k >= 0 && tokens[k].sentence === own3 - 1; k--) if (tokens[k].lower === "you" || tokens[k].lower === "your") return true;
    return false;
  }
  function insideHtml(offset) {
    const raw = file.data.source ?? String(file.value ?? "");
    const before4 = raw.slice(Math.max(0, offset - 2e4), offset);
    let depth = 0;
    for (const match of before4.matchAll(htmlBlockTag)) depth = Math.max(0, depth + (match[1] ? -1 : 1));
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
      const before4 = offsetOf(first.para.mapped, first.open);
      const k = firstIndex(links.length, (i) => links[i][1] >= before4 - 3);
      if (k < links.length && links[k][1] <= before4) return true;
      const raw = file.data.source ?? String(file.value ?? "");
      if (/<\/a>[\s*_]*[:,]?[\s*_]*$/i.test(raw.slice(Math.max(0, before4 - 12), before4))) return true;
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
      const list2 = para.bySentence.get(key);
      if (list2) list2.push(frame);
      else para.bySentence.set(key, [frame]);
    }
  }
  return para.bySentence.get(sentence) ?? [];
}
function read(index2, block, mapped, scan, lists) {
  const segments = segmentsOf(scan);
  for (const segment of segments) if (segment.close === Infinity) segment.close = mapped.text.length;
  const tokens = tokenize(mapped.text, segments);
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
function firstMark(text) {
  const match = /[^\s*_>]/u.exec(text);
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
  rules: { accepts: (value) => typeof value === "object" && value !== null && !Array.isArray(value), wanted: "an object of rule settings" },
  maxFileSize: { accepts: (value) => Number.isSafeInteger(value) && value > 0, wanted: "a positive whole number of bytes" },
  fileTimeout: { accepts: (value) => Number.isSafeInteger(value) && value >= 0, wanted: "a whole number of milliseconds (0: no limit)" }
};
function checkConfig(config) {
  if (typeof config !== "object" || config === null || Array.isArray(config)) throw new Error("Configuration must be an object");
  for (const [key, value] of Object.entries(config)) {
    if (!(key in topLevel)) throw new Error(`Unknown configuration key \`${key}\`; known keys: ${Object.keys(topLevel).join(", ")}`);
    if (value !== void 0 && !topLevel[key].accepts(value)) throw new Error(`Configuration \`${key}\` must be ${topLevel[key].wanted}, not ${JSON.stringify(value)}`);
  }
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const info2 = ruleInfo.find((rule) => rule.id === id);
    if (!info2) throw new Error(`Unknown rule \`${id}\` in configuration; known rules: ${ruleIds.join(", ")}`);
    parseSetting(info2, setting, "error");
  }
}

// src/engine/wire.ts
var dropped = /* @__PURE__ */ new Set(["ancestors", "stack"]);
function toWire(result) {
  return {
    path: result.path,
    skipped: result.skipped,
    messages: result.file.messages.map(plain2),
    ...result.quotes ? { quotes: result.quotes } : {},
    ...result.fixed ? { fixed: result.fixed } : {}
  };
}
function plain2(message) {
  const record = {};
  for (const [key, field] of Object.entries(message)) if (!dropped.has(key) && field !== void 0) record[key] = field;
  if (message.cause instanceof VFileMessage) record.cause = plain2(message.cause);
  return record;
}
function rebuild(record) {
  const { reason, place: place2, ruleId, source, cause, ...rest } = record;
  const message = new VFileMessage(reason, { place: place2, ruleId, source, cause: cause ? rebuild(cause) : void 0 });
  Object.assign(message, rest);
  return message;
}
function fromWire(wire) {
  const file = new VFile({ path: wire.path });
  for (const record of wire.messages) file.messages.push(rebuild(record));
  return { path: wire.path, file, skipped: wire.skipped, ...wire.quotes ? { quotes: wire.quotes } : {}, ...wire.fixed ? { fixed: wire.fixed } : {} };
}

// src/engine/cache.ts
var FORMAT = 1;
var MAX_CACHE_BYTES = 512 * 1024 * 1024;
function linterKey() {
  const hash = createHash2("sha256").update(`copydesk ${package_default.version}
`);
  const self = fileURLToPath3(import.meta.url);
  if (self.endsWith(".js")) hash.update(readFileSync(self));
  else hash.update(JSON.stringify(ruleInfo));
  return hash.digest("hex");
}
var LintCache = class {
  constructor(path) {
    this.path = path;
    try {
      const info2 = statSync(path);
      if (!info2.isFile() || info2.size > MAX_CACHE_BYTES) return;
      const stored = JSON.parse(readFileSync(path, "utf8"));
      if (stored.format === FORMAT && stored.linter === this.linter && stored.files && typeof stored.files === "object") this.files = stored.files;
    } catch {
    }
  }
  path;
  files = {};
  linter = linterKey();
  changed = false;
  hits = 0;
  /** The key of one file's findings. */
  key(bytes, config, maxFileSize) {
    return createHash2("sha256").update(JSON.stringify([config, maxFileSize])).update("\n").update(bytes).digest("hex");
  }
  get(path, key) {
    const entry = this.files[path];
    if (!entry || entry.key !== key) return void 0;
    this.hits++;
    return fromWire(entry.result);
  }
  set(path, key, result) {
    if (result.skipped) {
      if (this.files[path]) delete this.files[path];
    } else {
      this.files[path] = { key, result: toWire(result) };
    }
    this.changed = true;
  }
  /** Write the cache (atomically: a temporary file renamed over it). Returns a problem to report, if any. */
  save() {
    if (!this.changed) return void 0;
    const stored = { format: FORMAT, linter: this.linter, files: this.files };
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, JSON.stringify(stored));
      renameSync(temporary, this.path);
      return void 0;
    } catch (error2) {
      return `Could not write the cache ${this.path}: ${error2.message}`;
    }
  }
};

// src/engine/config.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { statSync as statSync2 } from "node:fs";
import { dirname, join as join2, resolve } from "node:path";

// src/engine/repository.ts
import { existsSync as existsSync3 } from "node:fs";
import { join } from "node:path";
function isRepositoryRoot(dir) {
  return existsSync3(join(dir, ".git"));
}

// src/engine/small-file.ts
import { closeSync, constants as constants3, fstatSync, openSync, readSync } from "node:fs";
var MAX_SMALL_FILE = 1024 * 1024;
var ConfigError = class extends Error {
};
function readSmallFile(path, what) {
  let fd;
  try {
    fd = openSync(path, constants3.O_RDONLY | (constants3.O_NONBLOCK ?? 0));
  } catch (error2) {
    throw new ConfigError(`Cannot read ${what} ${path}: ${error2.message}`);
  }
  try {
    const info2 = fstatSync(fd);
    if (!info2.isFile()) throw new ConfigError(`Cannot read ${what} ${path}: not a regular file`);
    const tooLarge = new ConfigError(`Cannot read ${what} ${path}: over the ${MAX_SMALL_FILE.toLocaleString("en-US")}-byte limit`);
    if (info2.size > MAX_SMALL_FILE) throw tooLarge;
    const buffer = Buffer.alloc(info2.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const read2 = readSync(fd, buffer, length, buffer.length - length, null);
      if (read2 === 0) break;
      length += read2;
    }
    if (length > info2.size) throw new ConfigError(`Cannot read ${what} ${path}: it changed while it was read`);
    return buffer.toString("utf8", 0, length);
  } catch (error2) {
    if (error2 instanceof ConfigError) throw error2;
    throw new ConfigError(`Cannot read ${what} ${path}: ${error2.message}`);
  } finally {
    closeSync(fd);
  }
}

// src/engine/config.ts
var configNames = [".copydeskrc", ".copydeskrc.json", ".copydeskrc.yml", ".copydeskrc.yaml", "package.json"];
function readConfig(path) {
  const text = readSmallFile(path, "configuration");
  let data;
  try {
    data = path.endsWith("package.json") ? parseJson(text).copydesk : parseConfigText(text, path);
  } catch (error2) {
    throw new ConfigError(`Cannot parse configuration ${path}: ${error2.message.split("\n")[0]}`);
  }
  if (data === void 0 || data === null) return {};
  if (typeof data !== "object" || Array.isArray(data)) throw new ConfigError(`Configuration ${path} must be an object`);
  const config = data;
  try {
    checkConfig(config);
  } catch (error2) {
    throw new ConfigError(`${path}: ${error2.message}`);
  }
  return config;
}
var parseJson = (text) => JSON.parse(text.replace(/^\uFEFF/, ""));
function parseConfigText(text, path) {
  if (path.endsWith(".json")) return parseJson(text);
  if (/^\uFEFF?\s*\{/.test(text)) {
    try {
      return parseJson(text);
    } catch {
    }
  }
  if (yamlTooDeep(text)) throw new Error("nested too deeply to read");
  const doc = (0, import_yaml3.parseDocument)(text, { uniqueKeys: false });
  if (doc.errors.length) throw doc.errors[0];
  (0, import_yaml3.visit)(doc, {
    Map(_key, map2) {
      const seen = /* @__PURE__ */ new Set();
      for (const item of map2.items) {
        const key = (0, import_yaml3.isScalar)(item.key) ? item.key.value : item.key;
        if (seen.has(key)) throw new Error(`Map keys must be unique: ${JSON.stringify(key)} appears twice`);
        seen.add(key);
      }
    }
  });
  return doc.toJS();
}
var ConfigFinder = class {
  cache = /* @__PURE__ */ new Map();
  find(filePath) {
    return this.lookup(dirname(resolve(filePath)));
  }
  lookup(dir) {
    const cached = this.cache.get(dir);
    if (cached) return cached;
    let found;
    for (const name of configNames) {
      const candidate = join2(dir, name);
      if (!exists2(candidate)) continue;
      if (name === "package.json" && !hasField(candidate)) continue;
      found = { config: readConfig(candidate), path: candidate };
      break;
    }
    if (!found) {
      const parent = dirname(dir);
      found = parent === dir || isRepositoryRoot(dir) ? { config: {} } : this.lookup(parent);
    }
    this.cache.set(dir, found);
    return found;
  }
};
function exists2(path) {
  try {
    statSync2(path);
    return true;
  } catch {
    return false;
  }
}
function hasField(path) {
  const text = readSmallFile(path, "configuration");
  try {
    return parseJson(text).copydesk !== void 0;
  } catch {
    return false;
  }
}

// src/engine/files.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { lstatSync, readdirSync, realpathSync, statSync as statSync3 } from "node:fs";
import { join as join4, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// src/engine/ignore-files.ts
var import_ignore = __toESM(require_ignore(), 1);
import { existsSync as existsSync4 } from "node:fs";
import { dirname as dirname2, join as join3, relative, sep } from "node:path";
var MAX_GLOBSTARS = 2;
var IgnoreFiles = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  excludedFolders = /* @__PURE__ */ new Map();
  gitLevels = /* @__PURE__ */ new Map();
  nearestRules = /* @__PURE__ */ new Map();
  roots = /* @__PURE__ */ new Map();
  /** Whether the ignore files exclude `path` (absolute), or a folder it is in. Throws `ConfigError` when one that applies is unusable. */
  excludes(path, folder) {
    const parent = dirname2(path);
    if (parent !== path && this.folderExcluded(parent)) return true;
    const suffix = folder ? "/" : "";
    let excluded = false;
    for (const level3 of this.gitignores(parent)) {
      const result = level3.rules.test(posix(relative(level3.dir, path)) + suffix);
      if (result.ignored) excluded = true;
      else if (result.unignored) excluded = false;
    }
    if (excluded) return true;
    const nearest2 = this.nearest(parent);
    return nearest2 !== void 0 && nearest2.rules.ignores(posix(relative(nearest2.dir, path)) + suffix);
  }
  folderExcluded(dir) {
    let excluded = this.excludedFolders.get(dir);
    if (excluded === void 0) this.excludedFolders.set(dir, excluded = this.excludes(dir, true));
    return excluded;
  }
  /** The `.gitignore` rules that apply in `dir`, outermost first. */
  gitignores(dir) {
    let levels = this.gitLevels.get(dir);
    if (levels) return levels;
    const root = this.root(dir) ?? (inside(this.cwd, dir) ? this.cwd : void 0);
    const own3 = load(dir, ".gitignore");
    levels = root === void 0 ? [] : dir === root ? own3 ? [own3] : [] : [...this.gitignores(dirname2(dir)), ...own3 ? [own3] : []];
    this.gitLevels.set(dir, levels);
    return levels;
  }
  /** The nearest `.copydeskignore` from `dir` up, no higher than the repository's root. */
  nearest(dir) {
    if (this.nearestRules.has(dir)) return this.nearestRules.get(dir);
    const parent = dirname2(dir);
    const found = load(dir, ".copydeskignore") ?? (parent === dir || isRepositoryRoot(dir) ? void 0 : this.nearest(parent));
    this.nearestRules.set(dir, found);
    return found;
  }
  /** The repository `dir` is in (its root), if any. */
  root(dir) {
    if (this.roots.has(dir)) return this.roots.get(dir);
    const parent = dirname2(dir);
    const root = isRepositoryRoot(dir) ? dir : parent === dir ? void 0 : this.root(parent);
    this.roots.set(dir, root);
    return root;
  }
};
function load(dir, name) {
  const path = join3(dir, name);
  if (!existsSync4(path)) return void 0;
  const lines = readSmallFile(path, "ignore file").split(/\r?\n/);
  for (const [index2, line] of lines.entries()) {
    const globstars = line.startsWith("#") ? 0 : line.match(/\*\*+/g)?.length ?? 0;
    if (globstars > MAX_GLOBSTARS) {
      throw new ConfigError(`${path}:${index2 + 1}: a pattern may use \`**\` at most ${MAX_GLOBSTARS} times, not ${globstars} (matching would take too long): ${line.slice(0, 80)}`);
    }
  }
  return { dir, rules: (0, import_ignore.default)().add(lines) };
}
function inside(dir, path) {
  const rel = relative(dir, path);
  return rel === "" || rel !== ".." && !rel.startsWith(".." + sep) && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}
var posix = (path) => path.split(sep).join("/");

// src/engine/files.ts
var extensions = /\.(md|markdown|txt)$/i;
var skipDirs = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var MAX_DEPTH = 100;
function findFiles(patterns, cwd) {
  return discover(patterns, cwd).files;
}
function discover(patterns, cwd) {
  const finder = new Finder(cwd, patterns.filter((pattern) => pattern.startsWith("!")).map((pattern) => exclusion(pattern.slice(1), cwd)));
  const positive = patterns.filter((pattern) => !pattern.startsWith("!"));
  const unmatched = [];
  for (const pattern of positive.length ? positive : ["."]) {
    const { kept, ignored } = finder.expand(pattern);
    if (kept === 0) unmatched.push({ pattern, ignored: ignored > 0 });
  }
  const files = [...finder.found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files, unmatched };
}
function exclusion(pattern, cwd) {
  const { base, glob, isGlob } = import_picomatch.default.scan(pattern);
  const root = resolve2(cwd, base);
  if (!isGlob) return (path) => inside(root, path);
  const matches = (0, import_picomatch.default)(glob, { dot: true });
  return (path) => inside(root, path) && matches(posix2(relative2(root, path)));
}
var Finder = class {
  constructor(cwd, exclusions) {
    this.cwd = cwd;
    this.exclusions = exclusions;
    this.ignores = new IgnoreFiles(cwd);
    this.cwdReal = realpath(cwd) ?? cwd;
    this.linkRoot = this.cwdReal;
  }
  cwd;
  exclusions;
  found = /* @__PURE__ */ new Map();
  ignores;
  cwdReal;
  /** Where links may lead during the current pattern, besides the working folder. */
  linkRoot;
  kept = 0;
  ignored = 0;
  expand(pattern) {
    this.kept = this.ignored = 0;
    this.linkRoot = this.cwdReal;
    const path = resolve2(this.cwd, pattern);
    const stat2 = lstat2(path);
    const scan = import_picomatch.default.scan(pattern);
    if (stat2) {
      if (this.escapes(path)) this.add(path, outsideLink, stat2.isDirectory());
      else if (stat2.isSymbolicLink()) this.addLink(path, true);
      else if (stat2.isDirectory()) this.walkFrom({ base: path, file: (_path, name) => extensions.test(name), maxDepth: Infinity, dotFolders: false });
      else this.add(path);
    } else if (scan.isGlob) {
      const base = resolve2(this.cwd, scan.base);
      const matches = (0, import_picomatch.default)(scan.glob, { dot: false });
      const maxDepth = /\*\*|[{(]/.test(scan.glob) ? Infinity : scan.glob.split("/").length - 1;
      this.walkFrom({ base, file: (file) => matches(posix2(relative2(base, file))), maxDepth, dotFolders: /(^|\/)\./.test(scan.glob) });
    } else {
      this.add(path, "No such file or folder");
    }
    return { kept: this.kept, ignored: this.ignored };
  }
  /**
   * `true`: left out. A string: an ignore file that applies cannot be used,
   * so whether it is left out is unknown; the path is reported with why (as
   * under an unusable configuration), and the other files go on.
   */
  leftOut(path, folder) {
    try {
      const out = this.exclusions.some((matches) => matches(path)) || this.ignores.excludes(path, folder);
      if (out) this.ignored++;
      return out;
    } catch (error2) {
      if (error2 instanceof ConfigError) return error2.message;
      throw error2;
    }
  }
  /** Add a file (or a folder that cannot be searched, with its problem) unless it is left out. */
  add(path, problem, folder = false) {
    const out = this.leftOut(path, folder);
    if (out !== true) this.record(path, typeof out === "string" ? out : problem);
  }
  record(path, problem) {
    this.kept++;
    if (!this.found.has(path)) this.found.set(path, { path, problem });
  }
  /** Search a folder unless it is left out. */
  enter(dir, depth, walk) {
    const out = this.leftOut(dir, true);
    if (typeof out === "string") this.record(dir, out);
    else if (!out) this.walk(dir, depth, walk);
  }
  /** Inside the working folder by name, outside it through a linked folder on the way (`linked/story.md`). */
  escapes(path) {
    const real2 = realpath(path);
    return real2 !== void 0 && inside(this.cwd, path) && !inside(this.cwdReal, real2);
  }
  walkFrom(walk) {
    const real2 = realpath(walk.base);
    if (!real2) return;
    if (this.escapes(walk.base)) return this.add(walk.base, outsideLink, true);
    if (!inside(this.cwdReal, real2)) this.linkRoot = real2;
    const below = relative2(this.cwd, walk.base);
    walk.offset = inside(this.cwd, walk.base) && below ? below.split(sep2).length : 0;
    this.enter(walk.base, 0, walk);
  }
  walk(dir, depth, walk) {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error2) {
      this.add(dir, `Cannot read folder: ${error2.code ?? error2.message}`, true);
      return;
    }
    for (const entry of entries) {
      const path = join4(dir, entry.name);
      if (entry.isDirectory()) {
        if (skipDirs.has(entry.name) || entry.name.startsWith(".") && !walk.dotFolders || depth + 1 > walk.maxDepth) continue;
        if (depth + 1 + (walk.offset ?? 0) > MAX_DEPTH) this.add(path, `Folder more than ${MAX_DEPTH} levels deep; not searched`, true);
        else this.enter(path, depth + 1, walk);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && walk.file(path, entry.name)) {
        if (entry.isSymbolicLink()) this.addLink(path, false, walk);
        else this.add(path);
      }
    }
  }
  /** A link is linted only when it resolves inside the working folder (or the folder given, when outside it). */
  addLink(path, explicit, walk) {
    const target = realpath(path);
    if (!target) {
      this.add(path, "Broken symbolic link");
      return;
    }
    if (!inside(this.cwdReal, target) && !(walk && inside(this.linkRoot, target))) {
      this.add(path, outsideLink);
      return;
    }
    const stat2 = statSafe(target);
    if (stat2?.isFile()) this.add(path);
    else if (stat2?.isDirectory() && explicit) this.walkFrom({ base: path, file: (_path, name) => extensions.test(name), maxDepth: Infinity, dotFolders: false });
  }
};
var outsideLink = "Symbolic link points outside the working folder; not followed";
var posix2 = (path) => path.split(sep2).join("/");
function lstat2(path) {
  try {
    return lstatSync(path);
  } catch {
    return void 0;
  }
}
function statSafe(path) {
  try {
    return statSync3(path);
  } catch {
    return void 0;
  }
}
function realpath(path) {
  try {
    return realpathSync(path);
  } catch {
    return void 0;
  }
}

// src/engine/lint-file.ts
import { relative as relative3, sep as sep3 } from "node:path";
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
function displayPath(cwd, path) {
  return relative3(cwd, path).split(sep3).join("/") || path;
}
function skippedResult(path, reason) {
  const file = new VFile({ path });
  const message = new VFileMessage(reason, { ruleId: "skipped", source: SOURCE });
  message.fatal = true;
  message.file = path;
  file.messages.push(message);
  fingerprint(file, "");
  return { path, file, skipped: true };
}
var decoder = new TextDecoder("utf-8", { ignoreBOM: true });
var strict = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });

// src/engine/pool.ts
var DEFAULT_FILE_TIMEOUT = 2e4;
var MAX_TIMEOUT = 2 ** 31 - 1;
var DEPTH = 32;
var MAX_START_FAILURES = 3;
var LintPool = class {
  /** `kind`: how the workers run (see `workerKind`). */
  constructor(size, kind = "thread") {
    this.size = size;
    this.kind = kind;
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn());
  }
  size;
  kind;
  slots = [];
  queue = [];
  nextId = 0;
  configIds = /* @__PURE__ */ new WeakMap();
  configCount = 0;
  closed = false;
  /** Worker threads in a row that ended before they were ready, and what the last one said. */
  startFailures = 0;
  startFailure = "";
  /** Why no worker can start, once the pool has stopped starting them: with none left, files are skipped with it. */
  cannotStart;
  /** Lint one file in a worker; never rejects. `timeout` in ms (0: no budget). */
  lint(absolute, path, config, maxFileSize, timeout, fix = false) {
    let configId = this.configIds.get(config);
    if (configId === void 0) this.configIds.set(config, configId = this.configCount++);
    return new Promise((resolve5) => {
      if (this.cannotStart) return resolve5(skippedResult(path, this.cannotStart));
      this.queue.push({ task: { id: this.nextId++, absolute, path, configId, config, maxFileSize, fix }, timeout, resolve: resolve5 });
      this.dispatch();
    });
  }
  async close() {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
  spawn() {
    const adopted = adoptEarly(this.kind);
    const worker = adopted?.worker ?? startWorker(this.kind);
    const slot = { worker, kind: adopted?.kind ?? this.kind, ready: adopted?.ready ?? false, inFlight: [] };
    if (adopted && !adopted.ready) worker.ref();
    worker.on("message", (reply) => {
      if (reply.ready) {
        slot.ready = true;
        this.startFailures = 0;
        if (!this.closed) this.dispatch();
        this.idle(slot);
        return;
      }
      if (reply.started !== void 0) slot.started = reply.started;
      if (reply.results) this.settle(slot, reply.results);
    });
    worker.on("error", (error2) => {
      if (error2.code === "ERR_WORKER_OUT_OF_MEMORY") this.replace(slot, `Linting this file needed more than ${WORKER_MEMORY_MB} MB of memory; skipped`, "it ran out of memory");
      else this.replace(slot, `Could not lint this file: the worker failed (${error2.message}); skipped`, error2.message);
    });
    worker.on("exit", (code) => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, `Could not lint this file: the worker exited (code ${code}); skipped`, `exit code ${code}`);
    });
    return slot;
  }
  dispatch() {
    const inFlight = this.slots.reduce((sum, slot) => sum + slot.inFlight.length, 0);
    const depth = Math.max(2, Math.min(DEPTH, Math.ceil((this.queue.length + inFlight) / this.slots.length)));
    for (const slot of this.slots) {
      if (!slot.ready) continue;
      const tasks = [];
      while (slot.inFlight.length < depth && this.queue.length > 0) {
        if (slot.inFlight.length > 0 && (this.queue[0].alone || slot.inFlight[0].alone)) break;
        const next = this.queue.shift();
        slot.inFlight.push(next);
        tasks.push(next.task);
        if (slot.inFlight.length === 1) this.startTimer(slot);
      }
      if (tasks.length === 0) continue;
      slot.worker.ref();
      slot.worker.postMessage({ tasks });
    }
  }
  /**
   * A worker with nothing in flight does not keep the process alive, unless the pool is closed: `close`
   * holds each worker until it has gone (one that said it was ready only after the pool was closed, too).
   */
  idle(slot) {
    if (!this.closed && slot.inFlight.length === 0) slot.worker.unref();
  }
  /** The oldest file in flight is the one the worker is linting now, or one whose result is on its way. */
  startTimer(slot) {
    clearTimeout(slot.timer);
    slot.timer = void 0;
    const head = slot.inFlight[0];
    if (!head || head.timeout <= 0) return;
    slot.timer = setTimeout(() => {
      this.replace(slot, `Linting took longer than ${head.timeout} ms (\`fileTimeout\`, \`--file-timeout\`); skipped`);
    }, Math.min(head.timeout, MAX_TIMEOUT));
  }
  /** Results of the files in flight, oldest first (a worker replaced since may still send some: they are not its slot's now). */
  settle(slot, results) {
    const done = [];
    for (const { id, result } of results) {
      if (slot.inFlight[0]?.task.id !== id) break;
      done.push({ pending: slot.inFlight.shift(), result: fromWire(result) });
    }
    if (done.length === 0) return;
    this.startTimer(slot);
    this.idle(slot);
    for (const { pending, result } of done) pending.resolve(result);
    this.dispatch();
  }
  /**
   * Terminate a slot's worker (hung or failed) and start a fresh one. The file it failed on is skipped
   * (`reason`) when that is known: the only one in flight, or a large one it said it started, the oldest in
   * flight (the others go back to the queue). Otherwise each file in flight is linted again, alone.
   * `detail`: what happened, for when workers fail before they are ready (see `MAX_START_FAILURES`).
   */
  replace(slot, reason, detail = reason) {
    const index2 = this.slots.indexOf(slot);
    if (index2 === -1) return;
    if (!slot.ready) {
      if (slot.kind !== "thread") this.kind = "thread";
      else {
        this.startFailures++;
        this.startFailure = detail;
      }
    }
    clearTimeout(slot.timer);
    const failed = slot.inFlight;
    slot.inFlight = [];
    this.slots.splice(index2, 1);
    void slot.worker.terminate();
    const [oldest, ...rest] = failed;
    const known2 = failed.length === 1 || oldest !== void 0 && slot.started === oldest.task.id;
    if (known2) this.queue.unshift(...rest);
    else this.queue.unshift(...failed.map((pending) => ({ ...pending, alone: true })));
    const givenUp = this.startFailures >= MAX_START_FAILURES;
    if (!this.closed && (slot.ready || !givenUp)) this.slots.push(this.spawn());
    if (known2) oldest.resolve(skippedResult(oldest.task.path, reason));
    if (givenUp && this.slots.length === 0) {
      this.cannotStart = `Could not lint this file: no worker could start (${this.startFailure}); skipped`;
      for (const pending of this.queue.splice(0)) pending.resolve(skippedResult(pending.task.path, this.cannotStart));
    }
    this.dispatch();
  }
};

// src/engine/shard.ts
import { createHash as createHash3 } from "node:crypto";
function inShard(path, shard) {
  if (shard.count === 1) return true;
  const hash = createHash3("sha256").update(path).digest();
  return hash.readUInt32BE(0) % shard.count === shard.index - 1;
}

// src/engine/index.ts
async function run(options) {
  const { cwd } = options;
  const fixed = typeof options.config === "string" ? readConfig(options.config) : options.config === false ? {} : void 0;
  const finder = new ConfigFinder();
  const shard = options.shard;
  const discovered = options.files ? { files: options.files, unmatched: [] } : discover(options.patterns, cwd);
  const { unmatched } = discovered;
  const found = discovered.files.filter((entry) => !shard || inShard(displayPath(cwd, entry.path), shard));
  const cache4 = options.cache ? new LintCache(options.cache) : void 0;
  let pool = !cache4 && found.length >= AUTO_MIN_FILES ? startPool(options.jobs, found.length) : void 0;
  const results = new Array(found.length);
  const work = [];
  for (const [index2, entry] of found.entries()) {
    const path = displayPath(cwd, entry.path);
    if (entry.problem) {
      results[index2] = skippedResult(path, `${entry.problem}; skipped`);
      continue;
    }
    let config;
    try {
      config = fixed ?? finder.find(entry.path).config;
    } catch (error2) {
      results[index2] = skippedResult(path, error2.message);
      continue;
    }
    const maxFileSize = options.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const timeout = options.fileTimeout ?? config.fileTimeout ?? DEFAULT_FILE_TIMEOUT;
    const key = cache4 && cacheKey(cache4, entry.path, config, maxFileSize);
    const hit = key && cache4.get(path, key);
    if (hit && !(options.fix && hit.file.messages.some((message) => message.fix))) results[index2] = hit;
    else {
      if (!pool) startEarly();
      work.push({ index: index2, absolute: entry.path, path, config, maxFileSize, timeout, key });
    }
  }
  let done = found.length - work.length;
  if (work.length === 0) await pool?.close();
  else {
    const lintPool = pool ??= startPool(options.jobs, work.length);
    try {
      await Promise.all(work.map(async (item) => {
        results[item.index] = await lintPool.lint(item.absolute, item.path, item.config, item.maxFileSize, item.timeout, options.fix);
        options.onProgress?.(++done, found.length, item.path);
      }));
    } finally {
      await lintPool.close();
    }
  }
  options.onProgress?.(found.length, found.length, "");
  const warnings = [];
  if (cache4) {
    for (const item of work) if (item.key && !results[item.index].fixed) cache4.set(item.path, item.key, results[item.index]);
    const problem = cache4.save();
    if (problem) warnings.push(problem);
  }
  return { results, unmatched, cached: cache4?.hits ?? 0, warnings };
}
function startPool(jobs, files) {
  const { size, kind } = poolShape(jobs, files);
  return new LintPool(size, kind);
}
function cacheKey(cache4, absolute, config, maxFileSize) {
  try {
    const info2 = statSync4(absolute);
    if (!info2.isFile() || info2.size > maxFileSize) return void 0;
    return cache4.key(readFileSync2(absolute), config, maxFileSize);
  } catch {
    return void 0;
  }
}

// src/report/records.ts
function severityOf(message) {
  return message.fatal ? "error" : message.fatal === false ? "warning" : "info";
}
function toRecord(path, message) {
  const place2 = message.place;
  const start = place2 && "start" in place2 ? place2.start : place2;
  const end = place2 && "end" in place2 ? place2.end : start;
  const cause = message.cause instanceof VFileMessage ? message.cause : void 0;
  const other = cause?.place && "start" in cause.place ? cause.place : void 0;
  const record = {
    path,
    ruleId: message.ruleId ?? "unknown",
    severity: severityOf(message),
    message: message.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1
  };
  if (message.url) record.url = message.url;
  if (message.actual !== void 0) record.actual = message.actual;
  if (message.expected) record.expected = message.expected;
  if (cause && other) {
    record.related = [{ line: other.start.line, column: other.start.column, endLine: other.end.line, endColumn: other.end.column, message: cause.reason }];
  }
  if (message.fix) record.fix = { range: [message.fix.range[0], message.fix.range[1]], text: message.fix.text };
  if (message.fingerprint) record.fingerprint = message.fingerprint;
  return record;
}
function records(results) {
  return results.flatMap((result) => result.file.messages.map((message) => toRecord(result.path, message)));
}

// src/report/sarif.ts
var level = { error: "error", warning: "warning", info: "note" };
var skippedNotification = { id: "skipped", shortDescription: { text: "The file could not be linted." }, fullDescription: { text: "The file could not be linted: the message says why (not a regular file, too large, unreadable, binary, too slow)." } };
function sarif(results, tool) {
  const rules2 = tool.rules;
  const ids = rules2.map((rule) => rule.id);
  const skipped = results.filter((result) => result.skipped);
  const log2 = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "copydesk",
            version: tool.version,
            informationUri: tool.uri,
            notifications: [skippedNotification],
            rules: rules2.map(({ id, level: defaultLevel, summary: summary2, fix, url: page }) => {
              const description = summary2.charAt(0).toUpperCase() + summary2.slice(1) + (/[.!?]$/.test(summary2) ? "" : ".");
              const text = `${description} ${fix}`;
              return {
                id,
                shortDescription: { text: description },
                fullDescription: { text },
                help: { text: page ? `${text} See ${page}` : text, markdown: page ? `${text} [The rule\u2019s page](${page}).` : text },
                helpUri: page,
                defaultConfiguration: { level: defaultLevel }
              };
            })
          }
        },
        invocations: [
          {
            executionSuccessful: skipped.length === 0,
            toolExecutionNotifications: skipped.flatMap(
              (result) => result.file.messages.map((message) => ({
                descriptor: { id: "skipped", index: 0 },
                level: "error",
                message: { text: message.reason },
                locations: [{ physicalLocation: physical(result.path) }]
              }))
            )
          }
        ],
        results: records(results.filter((result) => !result.skipped)).map((record) => ({
          ruleId: record.ruleId,
          ruleIndex: Math.max(0, ids.indexOf(record.ruleId)),
          level: level[record.severity],
          message: { text: record.message },
          locations: [{ physicalLocation: physical(record.path, record) }],
          relatedLocations: record.related?.map((related, index2) => ({ id: index2, message: { text: related.message }, physicalLocation: physical(record.path, related) })),
          // Code scanning matches alerts across runs by these, so an alert survives lines moving above it.
          partialFingerprints: record.fingerprint ? { "copydesk/v1": record.fingerprint } : void 0
        }))
      }
    ]
  };
  return JSON.stringify(log2, null, 2) + "\n";
}
function physical(path, span2) {
  const artifactLocation = { uri: uri(path), uriBaseId: "SRCROOT" };
  if (!span2) return { artifactLocation };
  return { artifactLocation, region: { startLine: span2.line, startColumn: span2.column, endLine: span2.endLine, endColumn: span2.endColumn } };
}
function uri(path) {
  return encodeURI(path).replace(/[?#]/g, encodeURIComponent);
}

// src/action/pages.ts
var PER_PAGE = 100;
function nextLink(link, page) {
  const value = Array.isArray(link) ? link.join(", ") : link ?? "";
  for (const match of value.matchAll(/<([^>]*)>([^,<]*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2]);
    if (!rel || !(rel[1] ?? rel[2]).toLowerCase().split(/\s+/).includes("next")) continue;
    try {
      return new URL(match[1], page);
    } catch {
      return void 0;
    }
  }
  return void 0;
}
async function paginate(first, maxItems, origin, get) {
  const items = [];
  const seen = /* @__PURE__ */ new Set();
  const pages = Math.ceil(maxItems / PER_PAGE);
  let url2 = first;
  for (let page = 1; ; page++) {
    seen.add(url2);
    const reply = await get(url2);
    const batch = JSON.parse(reply.text || "[]");
    if (!Array.isArray(batch)) throw new Error(`GET ${new URL(url2).pathname}: the reply is not a list`);
    items.push(...batch);
    const next = nextLink(reply.headers.link, url2);
    if (batch.length === 0 || !next) return { items, complete: true };
    if (items.length >= maxItems) return { items: items.slice(0, maxItems), complete: false, note: `more than ${maxItems} items` };
    if (next.origin !== origin) return { items, complete: false, note: `the next page is at another origin (${next.origin}), not followed` };
    if (seen.has(next.href)) return { items, complete: false, note: "the next page is one already read" };
    if (page >= pages) return { items, complete: false, note: `more than ${pages} pages` };
    url2 = next.href;
  }
}

// src/action/retry.ts
var MAX_ATTEMPTS = 5;
var SECONDARY_LIMIT_WAIT = 6e4;
function header(reply, name) {
  const value = reply.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
function errorMessage(reply) {
  try {
    const message = JSON.parse(reply.text).message;
    return typeof message === "string" ? message : "";
  } catch {
    return "";
  }
}
function isRateLimited(reply) {
  if (reply.status === 429) return true;
  if (reply.status !== 403) return false;
  return header(reply, "x-ratelimit-remaining") === "0" || header(reply, "retry-after") !== void 0 || /rate limit/i.test(errorMessage(reply));
}
function retryAfter(reply, now) {
  const value = header(reply, "retry-after")?.trim();
  if (!value) return void 0;
  if (/^\d+$/.test(value)) return Number(value) * 1e3;
  const date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function retryDelay(reply, attempt, now, idempotent) {
  if (attempt >= MAX_ATTEMPTS) return void 0;
  const backoff = 1e3 * 2 ** (attempt - 1);
  if (!reply) return idempotent ? backoff : void 0;
  const limited = isRateLimited(reply);
  if (!limited && reply.status < 500) return void 0;
  const after2 = retryAfter(reply, now);
  if (after2 !== void 0) return after2;
  if (limited) {
    const reset = Number(header(reply, "x-ratelimit-reset"));
    if (header(reply, "x-ratelimit-remaining") === "0" && reset > 0) return Math.max(0, reset * 1e3 - now) + 1e3;
    return SECONDARY_LIMIT_WAIT;
  }
  return backoff;
}

// src/action/api.ts
var CALL_TIMEOUT = 3e4;
var API_BUDGET = 15e4;
var MAX_REPLY_BYTES = 64 * 1024 * 1024;
var HttpError = class extends Error {
  constructor(status, message, rateLimited = false) {
    super(message);
    this.status = status;
    this.rateLimited = rateLimited;
  }
  status;
  rateLimited;
};
var seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
function readText(message) {
  return new Promise((resolve5, reject) => {
    const chunks = [];
    let size = 0;
    message.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_REPLY_BYTES) message.destroy(new Error(`reply larger than ${MAX_REPLY_BYTES} bytes`));
      else chunks.push(chunk);
    });
    message.on("end", () => resolve5(Buffer.concat(chunks).toString("utf8")));
    message.on("error", reject);
    message.on("close", () => reject(new Error("connection closed before the reply ended")));
  });
}
async function send(method, url2, headers, body, ms) {
  const controller = new AbortController();
  const handler = {
    prepareRequest: (options) => void (options.signal = controller.signal),
    canHandleAuthentication: () => false,
    handleAuthentication: () => Promise.reject(new Error("unused"))
  };
  const client = new HttpClient("copydesk-action", [handler], { allowRedirects: false, allowRetries: false, keepAlive: false, socketTimeout: ms });
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`no complete reply within ${seconds(ms)}`));
      controller.abort();
    }, ms);
  });
  try {
    const response = await Promise.race([client.request(method, url2, body, headers), expired]);
    const text = await Promise.race([readText(response.message), expired]);
    return { status: response.message.statusCode ?? 0, headers: response.message.headers, text };
  } finally {
    clearTimeout(timer);
  }
}
function createApi(baseUrl, token2, options = {}) {
  const base = baseUrl.replace(/\/+$/, "");
  const origin = new URL(base).origin;
  const callTimeout = options.callTimeout ?? CALL_TIMEOUT;
  const budget = options.budget ?? API_BUDGET;
  let spent = 0;
  const headers = {
    accept: "application/vnd.github+json",
    authorization: `Bearer ${token2}`,
    "x-github-api-version": "2022-11-28"
  };
  async function call(method, url2, body, options2 = {}) {
    const target = new URL(url2);
    if (target.origin !== origin) throw new HttpError(0, `${method} ${target.href}: not the API origin ${origin}; not sent`);
    const where = `${method} ${target.pathname}`;
    const data = body === void 0 ? null : JSON.stringify(body);
    const started = Date.now();
    try {
      for (let attempt = 1; ; attempt++) {
        const left = options2.last ? callTimeout : budget - spent - (Date.now() - started);
        if (left <= 0) throw new HttpError(0, `${where}: the API time budget (${seconds(budget)}) is spent`);
        let reply;
        let failure;
        try {
          reply = await send(method, url2, data === null ? headers : { ...headers, "content-type": "application/json" }, data, Math.min(callTimeout, left));
        } catch (error2) {
          failure = error2;
        }
        if (reply && reply.status >= 200 && reply.status < 300) return reply;
        const wait = options2.last ? void 0 : retryDelay(reply, attempt, Date.now(), method === "GET");
        const fits = wait !== void 0 && Date.now() + wait < started + budget - spent;
        if (wait === void 0 || !fits) {
          const why = wait === void 0 ? "" : ` (waiting ${seconds(wait)} to retry would pass the API time budget)`;
          if (!reply) throw new HttpError(0, `${where}: ${failure.message}${why}`);
          const detail = errorMessage(reply) || (reply.status >= 300 && reply.status < 400 ? `redirect to ${reply.headers.location ?? "?"} not followed` : "");
          throw new HttpError(reply.status, `${where}: ${reply.status}${detail ? ` ${detail}` : ""}${why}`, isRateLimited(reply));
        }
        await new Promise((resolve5) => setTimeout(resolve5, wait));
      }
    } finally {
      spent += Date.now() - started;
    }
  }
  return {
    async request(method, path, body, options2) {
      const reply = await call(method, base + path, body, options2);
      return reply.text ? JSON.parse(reply.text) : void 0;
    },
    paginate(path, maxItems) {
      const first = base + path + (path.includes("?") ? "&" : "?") + `per_page=${PER_PAGE}`;
      return paginate(first, maxItems, origin, (url2) => call("GET", url2));
    }
  };
}

// src/report/github.ts
function escapeData2(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty2(value) {
  return escapeData2(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var command = { error: "error", warning: "warning", info: "notice" };
function annotation(record) {
  const properties = [
    ["file", record.path],
    ["line", record.line],
    ["endLine", record.endLine]
  ];
  if (record.line === record.endLine) properties.push(["col", record.column], ["endColumn", record.endColumn]);
  properties.push(["title", `copydesk ${record.ruleId}`]);
  const props = properties.map(([key, value]) => `${key}=${escapeProperty2(String(value))}`).join(",");
  return `::${command[record.severity]} ${props}::${escapeData2(record.message)}`;
}

// src/action/filter.ts
var FILTER_MODES = ["added", "diff_context", "file", "nofilter"];
function touches(record, ranges) {
  if (!ranges) return false;
  const within = (from, to) => ranges.some(([start, end]) => start <= to && end >= from);
  return within(record.line, record.endLine) || (record.related ?? []).some((r) => within(r.line, r.endLine));
}
var EXISTING_WHY = {
  added: "not on lines the changes add (filter-mode: added)",
  diff_context: "outside the diff's hunks (filter-mode: diff_context)",
  file: "in files the changes do not touch (filter-mode: file)",
  nofilter: ""
};
function filterFindings(records2, mode, diff, skipped, noDiff = "none") {
  if (mode === "nofilter") return { reported: records2, existing: [], notes: [] };
  if (!diff) return { reported: records2, existing: [], notes: [`filter-mode: ${mode} needs a diff (${noDiff}); every finding is reported, as with nofilter.`] };
  const reported = [];
  const existing = [];
  const unknown = /* @__PURE__ */ new Set();
  for (const record of records2) {
    let keep;
    if (!diff.has(record.path)) keep = false;
    else if (mode === "file" || skipped.has(record.path)) keep = true;
    else {
      const lines = diff.get(record.path);
      if (!lines) unknown.add(record.path);
      keep = !lines || touches(record, mode === "added" ? lines.added : lines.hunks);
    }
    ;
    (keep ? reported : existing).push(record);
  }
  const n = unknown.size;
  const notes = n ? [`The changed lines of ${n} file${n === 1 ? " are" : "s are"} not known (GitHub sent no patch and git could not tell); all their findings are reported.`] : [];
  return { reported, existing, notes };
}

// src/action/annotations.ts
var CAPS = { error: 10, warning: 10, info: 10 };
var order2 = { error: 0, warning: 1, info: 2 };
var before2 = (a, b) => a.changed - b.changed || order2[a.record.severity] - order2[b.record.severity] || a.index - b.index;
function rank(records2, changed) {
  const byFile = /* @__PURE__ */ new Map();
  for (const [index2, record] of records2.entries()) {
    const keyed = { record, index: index2, changed: changed && touches(record, changed.get(record.path)) ? 0 : 1 };
    const list2 = byFile.get(record.path);
    if (list2) list2.push(keyed);
    else byFile.set(record.path, [keyed]);
  }
  const rounds = [];
  for (const list2 of byFile.values()) list2.sort(before2).forEach((keyed, round) => (rounds[round] ??= []).push(keyed));
  return rounds.flatMap((round) => round.sort(before2).map((keyed) => keyed.record));
}
function select(ranked, reserved = {}) {
  const room = { error: CAPS.error - (reserved.error ?? 0), warning: CAPS.warning - (reserved.warning ?? 0), info: CAPS.info - (reserved.info ?? 0) };
  const chosen = fill(ranked, room);
  return chosen.omitted.length > 0 ? fill(ranked, { ...room, info: room.info - 1 }) : chosen;
}
function fill(ranked, room) {
  const used = { error: 0, warning: 0, info: 0 };
  const fits = (record) => used[record.severity] < room[record.severity];
  const queues = /* @__PURE__ */ new Map();
  for (const record of ranked) {
    const queue = queues.get(record.path);
    if (queue) queue.push(record);
    else queues.set(record.path, [record]);
  }
  const position3 = new Map(ranked.map((record, index2) => [record, index2]));
  const taken = /* @__PURE__ */ new Set();
  const shown = [];
  for (let progress = true; progress; ) {
    progress = false;
    const files = [...queues.values()].filter((queue) => queue.length > 0).sort((a, b) => position3.get(a[0]) - position3.get(b[0]));
    for (const queue of files) {
      const at = queue.findIndex(fits);
      if (at === -1) continue;
      const [record] = queue.splice(at, 1);
      used[record.severity]++;
      taken.add(record);
      shown.push(record);
      progress = true;
    }
  }
  return { shown, omitted: ranked.filter((record) => !taken.has(record)) };
}
function printCommands(selection, where, write = (line) => process.stdout.write(line)) {
  for (const record of selection.shown) write(annotation(record) + "\n");
  const left = selection.omitted.length;
  if (left > 0) {
    const kinds = ["error", "warning", "info"].map((severity) => [severity, selection.omitted.filter((r) => r.severity === severity).length]).filter(([, n]) => n > 0).map(([severity, n]) => `${n} ${severity === "info" ? "notice" : severity}${n === 1 ? "" : "s"}`);
    notice(
      `${left} more Copydesk finding${left === 1 ? " is" : "s are"} not shown as annotations (${kinds.join(", ")}): GitHub shows at most 10 errors, 10 warnings and 10 notices per step. All findings are in ${where.join(" and ")}.`,
      { title: "copydesk: more findings" }
    );
  }
}

// src/git/index.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var exec = promisify(execFile);
async function git(cwd, args) {
  const { stdout } = await exec("git", args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" });
  return stdout;
}
function checkRef(ref) {
  if (!ref || ref.startsWith("-")) throw new Error(`Invalid ref: ${JSON.stringify(ref)}`);
  return ref;
}
function parseNameStatus(output) {
  const fields = output.split("\0");
  const changes2 = [];
  for (let i = 0; i < fields.length - 1; ) {
    const code = fields[i];
    if (!code) break;
    if (code.startsWith("R") || code.startsWith("C")) {
      changes2.push({ status: code[0], from: fields[i + 1], path: fields[i + 2] });
      i += 3;
    } else {
      changes2.push({ status: code[0], path: fields[i + 1] });
      i += 2;
    }
  }
  return changes2;
}
function hunks(patch2) {
  return [...patchesByFile(patch2, true).values()][0] ?? { added: [], hunks: [] };
}
function extend(ranges, line) {
  const last = ranges.at(-1);
  if (last && last[1] === line - 1) last[1] = line;
  else ranges.push([line, line]);
}
function patchesByFile(patch2, single = false) {
  const byFile = /* @__PURE__ */ new Map();
  let diff = single ? { added: [], hunks: [] } : void 0;
  if (diff) byFile.set("", diff);
  let line = 0;
  let oldLeft = 0;
  let newLeft = 0;
  for (const text of patch2.split("\n")) {
    if (oldLeft > 0 || newLeft > 0) {
      if (text.startsWith("\\")) continue;
      if (text.startsWith("+")) {
        if (diff) extend(diff.added, line);
        line++;
        newLeft--;
      } else if (text.startsWith("-")) {
        oldLeft--;
      } else {
        line++;
        oldLeft--;
        newLeft--;
      }
      continue;
    }
    const header2 = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(text);
    if (header2) {
      line = Number(header2[2]);
      oldLeft = header2[1] === void 0 ? 1 : Number(header2[1]);
      newLeft = header2[3] === void 0 ? 1 : Number(header2[3]);
      if (newLeft > 0) diff?.hunks.push([line, line + newLeft - 1]);
    } else if (text.startsWith("+++ ") && !single) {
      const name = unquote(text.slice(4).replace(/\t$/, ""));
      diff = { added: [], hunks: [] };
      if (name !== "/dev/null") byFile.set(name.replace(/^b\//, ""), diff);
    }
  }
  return byFile;
}
function unquote(name) {
  if (!name.startsWith('"') || !name.endsWith('"')) return name;
  const bytes = [];
  const body = name.slice(1, -1);
  const simple = { n: 10, t: 9, r: 13, '"': 34, "\\": 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== "\\") {
      bytes.push(...Buffer.from(ch, "utf8"));
      continue;
    }
    const next = body[i + 1];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i++;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
async function changes(range, cwd) {
  const top = (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  const status = parseNameStatus(await git(top, ["diff", "--name-status", "-z", "--no-color", "-M", range, "--"]));
  const patches = patchesByFile(await git(top, ["-c", "core.quotePath=false", "diff", "-U3", "--no-color", "--no-ext-diff", "-M", range, "--"]));
  const files = /* @__PURE__ */ new Map();
  for (const change of status) if (change.status !== "D") files.set(change.path, patches.get(change.path) ?? { added: [], hunks: [] });
  return { files, top };
}

// src/action/changed-files.ts
var API_FILE_LIMIT = 3e3;
function diffOf(file) {
  if (file.patch !== void 0) return hunks(file.patch);
  return file.changes === 0 ? { added: [], hunks: [] } : void 0;
}
async function changedFiles(pr, api, cwd) {
  const notes = [];
  if (api && pr.number !== void 0) {
    try {
      const listing = await api.paginate(`/repos/${pr.owner}/${pr.repo}/pulls/${pr.number}/files`, API_FILE_LIMIT);
      const files = /* @__PURE__ */ new Map();
      for (const file of listing.items) if (file.status !== "removed") files.set(file.filename, diffOf(file));
      const atLimit = listing.items.length >= API_FILE_LIMIT;
      const complete = atLimit ? pr.changedFiles !== void 0 && pr.changedFiles <= API_FILE_LIMIT : listing.complete;
      if (complete) return { files, source: "api", notes };
      const why = atLimit ? `The pull request changes more than ${API_FILE_LIMIT} files, the most the API lists` : `The pull-request files API's list stopped early (${listing.note})`;
      try {
        return { ...await fromGit(pr, cwd), notes: [`${why}; changed files come from git.`] };
      } catch {
        return { files, source: "api", notes: [`${why}, and git could not list them: only the ${files.size} files listed were considered.`] };
      }
    } catch (error2) {
      notes.push(`The pull-request files API failed (${error2 instanceof HttpError ? error2.message : String(error2.message ?? error2)}); changed files come from git.`);
    }
  } else if (pr.number !== void 0) {
    notes.push("No token: changed files come from git.");
  }
  return { ...await fromGit(pr, cwd), notes };
}
async function fromGit(pr, cwd) {
  const { files } = await changes(`${checkRef(pr.base)}...${checkRef(pr.head)}`, cwd);
  return { files, source: "git" };
}
async function eventDiff(range, api, cwd, changedOnly) {
  if (!range) {
    const why = "no pull request or pushed range in this event";
    return { why, notes: changedOnly ? [`changed-only: ${why}; every matching file was linted.`] : [] };
  }
  try {
    const changes2 = await changedFiles(range, api, cwd);
    return { changes: changes2, notes: changes2.notes };
  } catch (error2) {
    const why = `git could not read it: ${String(error2.message).split("\n")[0]}; with actions/checkout, set fetch-depth: 0`;
    return { why, notes: changedOnly ? [`changed-only: no diff (${why}); every matching file was linted.`] : [] };
  }
}
async function fillLines(changes2, range, cwd, paths) {
  const unknown = [...paths].some((path) => changes2.files.has(path) && changes2.files.get(path) === void 0);
  if (!unknown) return;
  const lines = await fromGit(range, cwd).catch(() => void 0);
  for (const [path, diff] of changes2.files) if (diff === void 0) changes2.files.set(path, lines?.files.get(path));
}

// src/action/checks.ts
var BATCH = 50;
var level2 = { error: "failure", warning: "warning", info: "notice" };
function toCheckAnnotation(record) {
  const single = record.line === record.endLine;
  return {
    path: record.path,
    start_line: record.line,
    end_line: record.endLine,
    ...single ? { start_column: record.column, end_column: record.endColumn } : {},
    annotation_level: level2[record.severity],
    title: `copydesk ${record.ruleId}`,
    message: record.message.slice(0, 6e4),
    ...record.related?.length ? { raw_details: record.related.map((r) => `${r.message}: line ${r.line}${r.endLine === r.line ? "" : `\u2013${r.endLine}`}`).join("\n") } : {}
  };
}
async function createCheckRun(api, options) {
  const annotations = options.records.map(toCheckAnnotation);
  const batches = [];
  for (let i = 0; i < annotations.length; i += BATCH) batches.push(annotations.slice(i, i + BATCH));
  if (batches.length === 0) batches.push([]);
  const output = (batch) => ({ title: options.title, summary: options.summary, annotations: batch });
  const done = () => ({ status: "completed", conclusion: options.conclusion, completed_at: (/* @__PURE__ */ new Date()).toISOString() });
  const base = `/repos/${options.owner}/${options.repo}/check-runs`;
  const created = await api.request("POST", base, {
    name: options.name,
    head_sha: options.sha,
    ...batches.length === 1 ? done() : { status: "in_progress" },
    output: output(batches[0])
  });
  try {
    for (const [index2, batch] of batches.entries()) {
      if (index2 === 0) continue;
      await api.request("PATCH", `${base}/${created.id}`, {
        ...index2 === batches.length - 1 ? done() : {},
        output: output(batch)
      });
    }
  } catch (error2) {
    const note = "\n\nNot every annotation could be attached; see the workflow run.";
    await api.request("PATCH", `${base}/${created.id}`, { ...done(), output: { title: options.title, summary: options.summary + note } }, { last: true }).catch(() => {
    });
    throw error2;
  }
  return created.html_url;
}
function whyNoCheckRun(error2) {
  const message = error2.message;
  if (error2 instanceof HttpError && error2.rateLimited) return `GitHub's rate limit stopped the check run (${message})`;
  if (error2 instanceof HttpError && error2.status === 403) return "The token may not write checks (fork pull requests get a read-only token)";
  return `Could not create the check run (${message})`;
}

// src/action/context.ts
import { readFileSync as readFileSync3 } from "node:fs";
function seconds2(value) {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n * 1e3 : void 0;
}
function readContext(env = process.env) {
  let event = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync3(env.GITHUB_EVENT_PATH, "utf8"));
    } catch {
    }
  }
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const pr = event.pull_request;
  let range;
  if (pr?.base?.sha && pr.head?.sha) {
    range = { owner, repo, number: pr.number, base: pr.base.sha, head: pr.head.sha, changedFiles: pr.changed_files };
  } else if (event.before && event.after && !/^0+$/.test(event.before)) {
    range = { owner, repo, base: event.before, head: event.after };
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    owner,
    repo,
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    range,
    sha: pr?.head?.sha ?? env.GITHUB_SHA,
    isPullRequest: Boolean(pr),
    apiTimeout: seconds2(env.COPYDESK_API_TIMEOUT),
    apiBudget: seconds2(env.COPYDESK_API_BUDGET)
  };
}

// src/action/head.ts
import { lstatSync as lstatSync2, mkdtempSync, readFileSync as readFileSync4, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join5 } from "node:path";

// src/action/cat-file.ts
import { spawn } from "node:child_process";
import { closeSync as closeSync2, mkdirSync, openSync as openSync2, writeSync } from "node:fs";
import { dirname as dirname3 } from "node:path";
var CatFile = class {
  child;
  questions = [];
  pending = Buffer.alloc(0);
  content;
  newline = false;
  // the one after each object's content
  /** A copy that could not be written. */
  failure;
  closed;
  constructor(cwd) {
    this.child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "ignore"] });
    this.child.stdin.on("error", () => {
    });
    this.child.stdout.on("data", (chunk) => {
      try {
        this.take(chunk);
      } catch (error2) {
        this.failure = error2;
        this.child.kill();
      }
    });
    this.closed = new Promise((done) => {
      const close = () => {
        this.finishContent();
        for (const question of this.questions.splice(0)) question.answer(void 0);
        done();
      };
      this.child.on("error", close);
      this.child.on("close", (code) => {
        if (code) this.failure ??= new Error(`git cat-file exited with ${code}`);
        close();
      });
    });
  }
  /** `name`: anything `git rev-parse` understands (`HEAD`, `<commit>:./<path>`); one line. */
  ask(name, file) {
    if (name.includes("\n")) return Promise.resolve(void 0);
    return new Promise((answer) => {
      this.questions.push({ file, answer });
      if (this.child.stdin.writable) this.child.stdin.write(name + "\n");
    });
  }
  /** No more questions: wait for the answers. Rejects when a file could not be written. */
  async end() {
    this.child.stdin.end();
    await this.closed;
    if (this.failure) throw this.failure;
  }
  finishContent() {
    if (this.content?.fd !== void 0) closeSync2(this.content.fd);
    this.content = void 0;
  }
  take(chunk) {
    let data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    while (data.length > 0) {
      if (this.content) {
        const n = Math.min(this.content.left, data.length);
        if (this.content.fd !== void 0) writeSync(this.content.fd, data, 0, n);
        this.content.left -= n;
        data = data.subarray(n);
        if (this.content.left === 0) {
          this.finishContent();
          this.newline = true;
        }
      } else if (this.newline) {
        data = data.subarray(1);
        this.newline = false;
      } else {
        const end = data.indexOf(10);
        if (end === -1) {
          this.pending = data;
          return;
        }
        const fields = data.subarray(0, end).toString("utf8").split(" ");
        data = data.subarray(end + 1);
        const question = this.questions.shift();
        if (fields.length !== 3 || !/^\d+$/.test(fields[2])) {
          question?.answer(void 0);
          continue;
        }
        const info2 = { id: fields[0], type: fields[1], size: Number(fields[2]) };
        let fd;
        if (question?.file) {
          mkdirSync(dirname3(question.file), { recursive: true });
          fd = openSync2(question.file, "w");
        }
        this.content = { fd, left: info2.size };
        if (info2.size === 0) {
          this.finishContent();
          this.newline = true;
        }
        question?.answer(info2);
      }
    }
  }
};

// src/action/head.ts
var strict2 = new TextDecoder("utf-8", { fatal: true });
function readTexts(results, root, keep, texts) {
  for (const result of results) {
    if (!keep || result.skipped || !keep(result)) continue;
    try {
      texts.set(result.path, strict2.decode(readFileSync4(join5(root, result.path))));
    } catch {
    }
  }
}
function isLink(path) {
  try {
    return lstatSync2(path).isSymbolicLink();
  } catch {
    return false;
  }
}
async function lintAtCommit(commit, targets, cwd, config, isPullRequest, keepText) {
  const texts = /* @__PURE__ */ new Map();
  const disk = async (list2, atCommit = false) => {
    const results = list2.length ? (await run({ cwd, patterns: [], files: list2, config })).results : [];
    if (atCommit) readTexts(results, cwd, keepText, texts);
    return results;
  };
  if (targets.length === 0) return { results: [], notes: [], texts };
  if (!commit || !/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(commit)) return { results: await disk(targets), notes: [], texts };
  const behind = (why) => `Files were linted as checked out, not as they are at ${isPullRequest ? "the pull request's head" : "the commit"} ${commit.slice(0, 7)} (${why}): where the base branch has moved, annotations may be some lines off.` + (isPullRequest ? " With actions/checkout, set fetch-depth: 2 (or ref: the head SHA)." : "");
  const git2 = new CatFile(cwd);
  const [head, at] = await Promise.all([git2.ask("HEAD"), git2.ask(commit)]);
  if (head?.id === commit || at?.type !== "commit") {
    await git2.end().catch(() => {
    });
    const here = head?.id === commit;
    return { results: await disk(targets, here), notes: !here && isPullRequest ? [behind("git does not have that commit here")] : [], texts };
  }
  const temp = mkdtempSync(join5(process.env.RUNNER_TEMP || tmpdir(), "copydesk-head-"));
  try {
    const asked = targets.map((target) => {
      const path = displayPath(cwd, target.path);
      const copy = join5(temp, path);
      const answer = target.problem || isLink(target.path) ? Promise.resolve(void 0) : git2.ask(`${commit}:./${path}`, copy);
      return answer.then((info2) => ({ target, copy: info2?.type === "blob" ? copy : void 0 }));
    });
    const copies = await Promise.all(asked);
    try {
      await git2.end();
    } catch {
      return { results: await disk(targets), notes: [behind("git could not copy it out")], texts };
    }
    const results = await disk(copies.filter((c) => !c.copy).map((c) => c.target));
    const finder = new ConfigFinder();
    const groups = /* @__PURE__ */ new Map();
    for (const { target, copy } of copies) {
      if (!copy) continue;
      let key;
      try {
        key = config ?? finder.find(target.path).path ?? false;
      } catch (error2) {
        results.push(skippedResult(displayPath(cwd, target.path), error2.message));
        continue;
      }
      groups.set(key, [...groups.get(key) ?? [], copy]);
    }
    for (const [key, files] of groups) {
      const linted = (await run({ cwd: temp, patterns: files, config: key })).results;
      readTexts(linted, temp, keepText, texts);
      results.push(...linted);
    }
    results.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    return { results, notes: [], texts };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

// src/action/inputs.ts
var DEFAULT_FILES = ["**/*.md", "**/*.markdown", "**/*.txt"];
function oneOf(name, allowed, fallback) {
  const value = (getInput(name) || fallback).toLowerCase();
  if (!allowed.includes(value)) throw new Error(`Input ${name} must be one of ${allowed.join(", ")}, not ${JSON.stringify(value)}`);
  return value;
}
function bool(name, fallback) {
  const value = getInput(name).toLowerCase();
  if (value === "") return fallback;
  if (["true", "yes", "on", "1"].includes(value)) return true;
  if (["false", "no", "off", "0"].includes(value)) return false;
  throw new Error(`Input ${name} must be true or false, not ${JSON.stringify(value)}`);
}
function readInputs() {
  const files = getInput("files").split(/\s+/).filter(Boolean);
  const changed = getInput("changed-only").toLowerCase();
  const token2 = getInput("token");
  if (token2) setSecret(token2);
  return {
    files: files.length ? files : DEFAULT_FILES,
    changedOnly: changed === "" || changed === "auto" ? "auto" : bool("changed-only", true),
    config: getInput("config") || void 0,
    failOn: oneOf("fail-on", ["error", "warning", "never"], "error"),
    filterMode: oneOf("filter-mode", FILTER_MODES, "added"),
    annotations: oneOf("annotations", ["auto", "commands", "checks", "off"], "auto"),
    summary: bool("summary", true),
    suggestions: bool("suggestions", false),
    sarifFile: getInput("sarif-file") || void 0,
    token: token2 || void 0
  };
}

// src/action/summary.ts
var SUMMARY_LIMIT = 1e6;
var entities = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "|": "&#124;",
  "`": "&#96;",
  "[": "&#91;",
  "]": "&#93;",
  "\\": "&#92;",
  "*": "&#42;",
  "_": "&#95;",
  "@": "&#64;",
  "~": "&#126;",
  "!": "&#33;"
};
function escapeMarkdown(value) {
  return value.replace(/[&<>"|`[\]\\*_@~!]/g, (char) => entities[char]).replace(/\r\n|[\r\n\u2028\u2029]/g, " ").replace(/[\x00-\x08\x0b-\x1f\x7f]/g, "");
}
var label = { error: "error", warning: "warning", info: "notice" };
function row(record) {
  const at = record.line === record.endLine ? `${record.line}:${record.column}` : `${record.line}\u2013${record.endLine}`;
  const rule = record.url && /^https:\/\//.test(record.url) ? `[${record.ruleId}](${encodeURI(record.url)})` : escapeMarkdown(record.ruleId);
  return `| ${at} | ${label[record.severity]} | ${rule} | ${escapeMarkdown(record.message)} |
`;
}
var plural = (n, word2) => `${n} ${word2}${n === 1 ? "" : "s"}`;
function byPath(records2) {
  const map2 = /* @__PURE__ */ new Map();
  for (const record of records2) {
    const list2 = map2.get(record.path);
    if (list2) list2.push(record);
    else map2.set(record.path, [record]);
  }
  return map2;
}
function summaryMarkdown(results, all, context, limit = SUMMARY_LIMIT) {
  const existing = context.existing ?? [];
  const errors = all.filter((r) => r.severity === "error").length;
  const warnings = all.filter((r) => r.severity === "warning").length;
  const notices = all.length - errors - warnings;
  const withFindings = new Set(all.map((r) => r.path)).size;
  let head = `## Copydesk

**${plural(errors, "error")}**, **${plural(warnings, "warning")}**` + (notices ? `, ${plural(notices, "notice")}` : "") + ` in ${withFindings} of ${plural(results.length, "file")} linted (${escapeMarkdown(context.scope)})` + (existing.length ? `; ${plural(existing.length, "existing finding")} not counted.

` : ".\n\n");
  for (const note of context.notes) head += `> ${escapeMarkdown(note)}

`;
  const reserve = 300 + Buffer.byteLength(context.elsewhere.map(escapeMarkdown).join(" and "));
  let body = "";
  let size = Buffer.byteLength(head);
  let full = false;
  const shown = /* @__PURE__ */ new Set();
  const add = (text) => {
    if (full || size + Buffer.byteLength(text) + reserve > limit) return full = true, false;
    body += text;
    size += Buffer.byteLength(text);
    return true;
  };
  const tables = (records2, level3) => {
    for (const [path, list2] of byPath(records2)) {
      if (!add(`${level3} ${escapeMarkdown(path)}

| Line | Severity | Rule | Finding |
|---:|---|---|---|
`)) return;
      for (const record of list2) {
        if (!add(row(record))) break;
        shown.add(record);
      }
      body += "\n";
      if (full) return;
    }
  };
  tables(all, "###");
  if (all.length === 0) add(existing.length ? "No new findings.\n\n" : "No findings.\n\n");
  if (existing.length) {
    add(`### Existing findings

${plural(existing.length, "finding")} ${context.existingWhy ?? "outside the diff"}: not annotated, not counted in the outputs, and they do not fail the step.

`);
    tables(existing, "####");
  }
  const everything = [...all, ...existing];
  const left = everything.length - shown.size;
  if (left > 0) {
    const files = [...byPath(everything)].filter(([, records2]) => records2.some((r) => !shown.has(r))).length;
    body += `**${left} more finding${left === 1 ? "" : "s"}** in ${plural(files, "file")} left out to keep this summary under 1 MiB` + (context.elsewhere.length ? `; all findings are in ${context.elsewhere.map(escapeMarkdown).join(" and ")}` : "") + ".\n";
  }
  return head + body;
}

// src/action/suggestions.ts
var MAX_BODY = 6e4;
var MAX_MESSAGE = 2e3;
function lineStarts(text) {
  const starts = [0];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}
function lineOf(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
function replaceLines(text, fix) {
  let [start, end] = fix.range;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) return void 0;
  const starts = lineStarts(text);
  const isStart = (offset) => offset === 0 || text[offset - 1] === "\n";
  if (fix.text === "") {
    while (end < text.length && text[start] === text[end] && (text[start] === "\n" || text[start] === "\r") && !(isStart(start) && isStart(end))) {
      start++;
      end++;
    }
  }
  const count = Math.max(1, text.endsWith("\n") ? starts.length - 1 : starts.length);
  const first = Math.min(lineOf(starts, start), count);
  let last = Math.max(first, Math.min(end > start && isStart(end) ? lineOf(starts, end - 1) : lineOf(starts, end), count));
  for (; ; ) {
    const from = starts[first - 1];
    const to = last < starts.length ? starts[last] : text.length;
    const original = text.slice(from, to);
    const fixed = text.slice(from, start) + fix.text + text.slice(end, to);
    const ended = original.endsWith("\n");
    if (ended && fixed !== "" && !fixed.endsWith("\n") && last < count) {
      last++;
      continue;
    }
    if (fixed === original) return void 0;
    const lines = fixed === "" ? [] : (ended ? fixed.replace(/\r?\n$/, "") : fixed).split(/\r?\n/);
    return { startLine: first, line: last, lines };
  }
}
function planSuggestions(records2, texts, diff) {
  const suggestions = [];
  const taken = /* @__PURE__ */ new Map();
  for (const record of records2) {
    const text = texts.get(record.path);
    const hunks2 = diff?.get(record.path)?.hunks;
    if (!record.fix || !record.fingerprint || text === void 0 || !hunks2) continue;
    const span2 = replaceLines(text, record.fix);
    if (!span2 || !hunks2.some(([from, to]) => from <= span2.startLine && span2.line <= to)) continue;
    const used = taken.get(record.path) ?? [];
    if (used.some(([from, to]) => from <= span2.line && to >= span2.startLine)) continue;
    const suggestion = { record, fingerprint: record.fingerprint, ...span2 };
    if (commentBody(suggestion).length > MAX_BODY) continue;
    used.push([span2.startLine, span2.line]);
    taken.set(record.path, used);
    suggestions.push(suggestion);
  }
  return suggestions;
}
var label2 = { error: "error", warning: "warning", info: "notice" };
function marker(fingerprint2) {
  return `<!-- copydesk:fingerprint=${fingerprint2} -->`;
}
function markedFingerprint(body) {
  return typeof body === "string" ? /<!-- copydesk:fingerprint=([0-9a-f]{16}) -->\s*$/.exec(body)?.[1] : void 0;
}
function commentBody(suggestion) {
  const { record, lines } = suggestion;
  const rule = record.url && /^https:\/\//.test(record.url) ? `[${record.ruleId}](${encodeURI(record.url)})` : escapeMarkdown(record.ruleId);
  const message = escapeMarkdown(record.message.length > MAX_MESSAGE ? record.message.slice(0, MAX_MESSAGE) + "\u2026" : record.message);
  const content = lines.map((line) => line + "\n").join("");
  const fence = "`".repeat(Math.max(3, ...[...content.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  const block = `${fence}suggestion
${content}${fence}`;
  return `**Copydesk** ${rule} (${label2[record.severity]}): ${message}

${block}

${marker(suggestion.fingerprint)}`;
}

// src/action/review.ts
var MAX_COMMENTS = 30;
var COMMENT_LIMIT = 3e3;
function whyNoReview(error2) {
  const message = error2.message;
  if (error2 instanceof HttpError && error2.rateLimited) return `GitHub's rate limit stopped the review with suggested changes (${message})`;
  if (error2 instanceof HttpError && (error2.status === 403 || error2.status === 404)) {
    return "The token may not write pull-request reviews (the workflow needs pull-requests: write; fork pull requests get a read-only token)";
  }
  return `Could not post the review with suggested changes (${message})`;
}
async function postSuggestions(api, target, suggestions) {
  const carried = /* @__PURE__ */ new Set();
  if (suggestions.length === 0) return { carried, posted: 0, notes: [] };
  const base = `/repos/${target.owner}/${target.repo}/pulls/${target.number}`;
  const fallback = "fixes are shown as annotations instead.";
  let earlier;
  try {
    const listing = await api.paginate(`${base}/comments`, COMMENT_LIMIT);
    if (!listing.complete) return { carried, posted: 0, notes: [`The pull request's review comments could not all be read (${listing.note}), so no suggestions were posted (they could repeat earlier ones); ${fallback}`] };
    earlier = /* @__PURE__ */ new Map();
    for (const comment of listing.items) {
      const fingerprint2 = markedFingerprint(comment.body);
      if (fingerprint2) earlier.set(fingerprint2, earlier.get(fingerprint2) || (comment.line ?? null) !== null);
    }
  } catch (error2) {
    return { carried, posted: 0, notes: [`Could not read the pull request's review comments (${error2.message}), so no suggestions were posted; ${fallback}`] };
  }
  const fresh = [];
  for (const suggestion of suggestions) {
    const current = earlier.get(suggestion.fingerprint);
    if (current === void 0) fresh.push(suggestion);
    else if (current) carried.add(suggestion.record);
  }
  if (fresh.length === 0) return { carried, posted: 0, notes: [] };
  const batch = fresh.slice(0, MAX_COMMENTS);
  const notes = fresh.length > batch.length ? [`${fresh.length - batch.length} more suggested changes were left for a later run (at most ${MAX_COMMENTS} per review); they are annotations for now.`] : [];
  try {
    await api.request("POST", `${base}/reviews`, {
      commit_id: target.sha,
      event: "COMMENT",
      body: `Copydesk suggests ${batch.length === 1 ? "a fix" : `${batch.length} fixes`}: each can be applied with \u201CCommit suggestion\u201D.`,
      comments: batch.map((suggestion) => ({
        path: suggestion.record.path,
        ...suggestion.startLine < suggestion.line ? { start_line: suggestion.startLine, start_side: "RIGHT" } : {},
        line: suggestion.line,
        side: "RIGHT",
        body: commentBody(suggestion)
      }))
    });
  } catch (error2) {
    return { carried, posted: 0, notes: [`${whyNoReview(error2)}; ${fallback}`] };
  }
  for (const suggestion of batch) carried.add(suggestion.record);
  return { carried, posted: batch.length, notes };
}
async function suggestChanges(api, target, reported, texts, diff) {
  if (!diff) return { carried: /* @__PURE__ */ new Set(), posted: 0, notes: ["suggestions: the pull request's diff could not be read; fixes are shown as annotations."] };
  const outcome = await postSuggestions(api, target, planSuggestions(reported, texts, diff));
  const n = outcome.carried.size;
  if (n > 0) {
    outcome.notes.push(`${n} fix${n === 1 ? " is a suggested change" : "es are suggested changes"} in the pull request's review` + (outcome.posted ? ` (${outcome.posted} posted by this run)` : " (posted by an earlier run)") + ", not annotations.");
  }
  return outcome;
}

// src/action/workspace.ts
import { realpathSync as realpathSync2 } from "node:fs";
import { dirname as dirname4, isAbsolute, basename, join as join6, posix as posix3, resolve as resolve3 } from "node:path";
function real(path) {
  try {
    return realpathSync2(path);
  } catch {
    return void 0;
  }
}
function pointsOutside(pattern, cwd) {
  if (isAbsolute(pattern)) return !inside(cwd, pattern);
  const normal = posix3.normalize(pattern.replace(/\\/g, "/"));
  return normal === ".." || normal.startsWith("../");
}
function filesInWorkspace(patterns, cwd) {
  const notes = [];
  const outside = patterns.filter((pattern) => pointsOutside(pattern, cwd));
  if (outside.length > 0) {
    notes.push(`files: ${outside.map((p) => JSON.stringify(p)).join(", ")} ${outside.length === 1 ? "points" : "point"} outside the workspace (GITHUB_WORKSPACE); ignored.`);
  }
  const kept = patterns.filter((pattern) => !outside.includes(pattern));
  if (kept.length === 0) return { found: [], notes };
  const root = real(cwd) ?? resolve3(cwd);
  const folders = /* @__PURE__ */ new Map();
  const folder = (dir) => {
    let found2 = folders.get(dir);
    if (found2 === void 0) folders.set(dir, found2 = real(dir) ?? dir);
    return found2;
  };
  let dropped2 = 0;
  const found = findFiles(kept, cwd).filter((entry) => {
    if (/(^|\/)(node_modules|\.git)\//.test(displayPath(cwd, entry.path))) return false;
    const ok2 = entry.problem ? inside(resolve3(cwd), entry.path) || inside(root, entry.path) : inside(root, join6(folder(dirname4(entry.path)), basename(entry.path)));
    if (!ok2) dropped2++;
    return ok2;
  });
  if (dropped2 > 0) notes.push(`${dropped2} file${dropped2 === 1 ? "" : "s"} matched by files resolve${dropped2 === 1 ? "s" : ""} outside the workspace (through a symbolic link or a pattern); not read.`);
  return { found, notes };
}

// src/action/run.ts
async function run2() {
  try {
    await action(readInputs(), readContext());
  } catch (error2) {
    setFailed(`copydesk: ${error2.message}`);
  }
}
async function action(inputs, context) {
  const cwd = context.workspace;
  const api = inputs.token ? createApi(context.apiUrl, inputs.token, { callTimeout: context.apiTimeout, budget: context.apiBudget }) : void 0;
  const changedOnly = inputs.changedOnly === "auto" ? context.isPullRequest : inputs.changedOnly;
  const pr = context.range?.number !== void 0 && context.sha ? { owner: context.owner, repo: context.repo, number: context.range.number, sha: context.sha } : void 0;
  const suggest = inputs.suggestions && pr !== void 0 && api !== void 0;
  const selected = filesInWorkspace(inputs.files, cwd);
  const notes = selected.notes;
  let targets = selected.found;
  let scope = inputs.files.join(" ");
  const wanted = changedOnly || inputs.filterMode !== "nofilter" || suggest;
  const diff = wanted ? await eventDiff(context.range, api, cwd, changedOnly) : { notes: [], why: void 0, changes: void 0 };
  const changes2 = diff.changes;
  notes.push(...diff.notes);
  if (changedOnly && changes2 && context.range) {
    targets = targets.filter((found) => changes2.files.has(displayPath(cwd, found.path)));
    scope = context.range.number === void 0 ? "files changed by the push" : `files changed in pull request #${context.range.number}`;
  }
  const keepText = suggest ? (result) => result.file.messages.some((message) => message.fix) : void 0;
  const linted = await lintAtCommit(context.sha, targets, cwd, inputs.config ? resolve4(cwd, inputs.config) : void 0, context.isPullRequest, keepText);
  notes.push(...linted.notes);
  const results = linted.results;
  const all = records(results);
  if (changes2 && context.range) await fillLines(changes2, context.range, cwd, all.map((record) => record.path));
  const skipped = new Set(results.filter((result) => result.skipped).map((result) => result.path));
  const { reported, existing, notes: filterNotes } = filterFindings(all, inputs.filterMode, changes2?.files, skipped, diff.why);
  notes.push(...filterNotes);
  const errors = reported.filter((r) => r.severity === "error").length;
  const warnings = reported.filter((r) => r.severity === "warning").length;
  const failing = inputs.failOn === "error" ? errors > 0 : inputs.failOn === "warning" ? errors + warnings > 0 : false;
  const sarifFile = resolve4(cwd, inputs.sarifFile ?? join7(process.env.RUNNER_TEMP || tmpdir2(), "copydesk.sarif"));
  mkdirSync2(dirname5(sarifFile), { recursive: true });
  writeFileSync2(sarifFile, sarif(results, { version: package_default.version, uri: package_default.homepage, rules: ruleInfo }));
  const sarifName = relative4(cwd, sarifFile).startsWith("..") ? sarifFile : relative4(cwd, sarifFile);
  const elsewhere = [`the SARIF file ${sarifName}`];
  let carried = /* @__PURE__ */ new Set();
  if (suggest) {
    const outcome = await suggestChanges(api, pr, reported, linted.texts, changes2?.files);
    carried = outcome.carried;
    notes.push(...outcome.notes);
  } else if (inputs.suggestions) {
    notes.push(`suggestions: ${pr ? "needs a token" : "only on pull requests"}; fixes are shown as annotations.`);
  }
  const added = new Map([...changes2?.files ?? []].map(([path, lines]) => [path, lines?.added]));
  const ranked = rank(reported.filter((record) => !carried.has(record)), changes2 ? added : void 0);
  let checkUrl;
  let commands = inputs.annotations !== "off";
  if ((inputs.annotations === "checks" || inputs.annotations === "auto") && api && context.sha && context.owner) {
    try {
      checkUrl = await createCheckRun(api, {
        owner: context.owner,
        repo: context.repo,
        sha: context.sha,
        name: "copydesk",
        title: `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`,
        summary: `Copydesk linted ${results.length} file${results.length === 1 ? "" : "s"} (${scope}).` + (existing.length ? ` ${existing.length} existing finding${existing.length === 1 ? "" : "s"} (filter-mode: ${inputs.filterMode}) are not annotated.` : "") + " The workflow run's job summary has the full table.",
        conclusion: failing ? "failure" : reported.length ? "neutral" : "success",
        records: ranked
      }) ?? "";
      commands = false;
    } catch (error2) {
      notes.push(`${whyNoCheckRun(error2)}; findings are shown as workflow-command annotations instead.`);
    }
  } else if (inputs.annotations === "checks") {
    notes.push("annotations: checks needs a token and a commit; findings are shown as workflow-command annotations instead.");
  }
  if (checkUrl !== void 0) elsewhere.unshift("the check run");
  if (inputs.summary && process.env.GITHUB_STEP_SUMMARY) {
    await summary.addRaw(summaryMarkdown(results, reported, { scope, elsewhere, notes, existing, existingWhy: EXISTING_WHY[inputs.filterMode] })).write();
    elsewhere.unshift("the job summary");
  }
  log(results, reported.length, existing.length, scope, notes, checkUrl);
  if (commands) printCommands(select(ranked, { error: failing ? 1 : 0 }), elsewhere);
  setOutput("findings", reported.length);
  setOutput("errors", errors);
  setOutput("warnings", warnings);
  setOutput("sarif-file", sarifFile);
  if (failing) setFailed(`copydesk: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"} (fail-on: ${inputs.failOn})`);
}
function log(results, reported, existing, scope, notes, checkUrl) {
  const token2 = randomUUID2();
  const lines = [`::stop-commands::${token2}`, `copydesk ${package_default.version}: ${results.length} file${results.length === 1 ? "" : "s"} linted (${scope})`];
  for (const result of results) {
    const n = result.file.messages.length;
    lines.push(`  ${result.path.replace(/[\r\n]/g, " ")}: ${result.skipped ? "skipped" : `${n} finding${n === 1 ? "" : "s"}`}`);
  }
  lines.push(...notes, `::${token2}::`);
  process.stdout.write(lines.join("\n") + "\n");
  info(`copydesk: ${reported} finding${reported === 1 ? "" : "s"}${existing ? ` (and ${existing} existing)` : ""}${checkUrl ? `; check run: ${checkUrl}` : ""}`);
}

// src/action/main.ts
startEarly();
await run2();
setTimeout(() => process.exit(), 2e3).unref();
