import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { getVariableValues, GraphQLSchema, Kind, OperationDefinitionNode, parse, validate } from 'graphql';
import { PLAYGROUND_EXAMPLES, PlaygroundExample } from './playground-examples';

/**
 * The offline GraphQL IDE at GET /graphql: GraphiQL 3's browser bundle and React 18's UMD
 * builds, served from node_modules. Nothing loads from a CDN, because the machines musubi
 * runs on may have no internet; the page's Content-Security-Policy enforces that.
 */

export const PLAYGROUND_PREFIX = '/playground/';
export const PLAYGROUND_TITLE = 'musubi 結び — GraphQL';

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/**
 * The only files ever read from node_modules. Request paths are looked up in a table built
 * from this list, never joined onto a directory, so no path can reach another file.
 */
const VENDOR_FILES: ReadonlyArray<{ pkg: string; file: string; contentType: string }> = [
  { pkg: 'react', file: 'umd/react.production.min.js', contentType: JS },
  { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', contentType: JS },
  { pkg: 'graphiql', file: 'graphiql.min.js', contentType: JS },
  { pkg: 'graphiql', file: 'graphiql.min.css', contentType: CSS },
];

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // GraphiQL and CodeMirror set inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface Asset {
  contentType: string;
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

interface AssetTable {
  /** Public path (with a content hash, so it can be cached forever) → asset. */
  byPath: Map<string, Asset>;
  /** Public paths in load order: scripts and styles for the page. */
  scripts: string[];
  styles: string[];
}

/** Serves the playground page (no path) or one of its assets (a path under /playground/). */
export type PlaygroundHandler = (res: ServerResponse, pathname?: string) => void;

export interface PlaygroundOptions {
  /** The GraphQL endpoint the IDE talks to (same origin). */
  endpoint?: string;
  examples?: PlaygroundExample[];
}

/** Builds the playground for a schema: only examples that validate against it are offered. */
export function createPlayground(schema: GraphQLSchema, options: PlaygroundOptions = {}): PlaygroundHandler {
  const endpoint = options.endpoint ?? '/graphql';
  const { usable } = classifyExamples(schema, options.examples ?? PLAYGROUND_EXAMPLES);
  let page: Asset | undefined;

  return (res, pathname) => {
    const assets = loadAssets();
    const req = res.req as IncomingMessage | undefined;
    if (req && req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: 'Method not allowed' }));
      return;
    }
    if (pathname === undefined) {
      page ??= asset(renderPage(assets, endpoint, usable), 'text/html; charset=utf-8');
      send(req, res, page, {
        'cache-control': 'no-cache',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'referrer-policy': 'no-referrer',
        vary: 'accept, accept-encoding',
      });
      return;
    }
    const found = assets.byPath.get(pathname);
    if (!found) {
      res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: 'Not found' }));
      return;
    }
    send(req, res, found, { 'cache-control': 'public, max-age=31536000, immutable', vary: 'accept-encoding' });
  };
}

export interface ExampleClassification {
  /** Validate against the schema, with variables the operation accepts. */
  usable: PlaygroundExample[];
  /** Name a root field the schema does not have yet (a feature still to land). */
  pending: Array<{ example: PlaygroundExample; missingRootFields: string[] }>;
  /** Broken: they name existing root fields but fail validation, or their variables do not fit. */
  invalid: Array<{ example: PlaygroundExample; errors: string[] }>;
}

/** Sorts examples by whether the running schema can execute them. */
export function classifyExamples(schema: GraphQLSchema, examples: PlaygroundExample[]): ExampleClassification {
  const result: ExampleClassification = { usable: [], pending: [], invalid: [] };
  for (const example of examples) {
    let document;
    try {
      document = parse(example.query);
    } catch (error) {
      result.invalid.push({ example, errors: [(error as Error).message] });
      continue;
    }
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const missingRootFields = operations.flatMap((operation) => {
      const rootType = schema.getRootType(operation.operation);
      return operation.selectionSet.selections
        .filter((s) => s.kind === Kind.FIELD && !s.name.value.startsWith('__'))
        .map((s) => (s.kind === Kind.FIELD ? s.name.value : ''))
        .filter((name) => !rootType?.getFields()[name])
        .map((name) => `${operation.operation}.${name}`);
    });
    if (missingRootFields.length > 0) {
      result.pending.push({ example, missingRootFields });
      continue;
    }
    const errors = validate(schema, document).map((e) => e.message);
    if (operations.length !== 1 || !operations[0].name) errors.push('an example must hold exactly one named operation');
    for (const operation of operations) {
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], example.variables ?? {});
      errors.push(...(coerced.errors ?? []).map((e) => e.message));
    }
    if (errors.length > 0) result.invalid.push({ example, errors });
    else result.usable.push(example);
  }
  return result;
}

let cachedAssets: AssetTable | undefined;

/** Reads the vendor files once, on the first playground request (tests that never open it pay nothing). */
function loadAssets(): AssetTable {
  if (cachedAssets) return cachedAssets;
  const table: AssetTable = { byPath: new Map(), scripts: [], styles: [] };
  const add = (fileName: string, body: Buffer, contentType: string) => {
    const item = asset(body, contentType);
    const ext = path.extname(fileName);
    const publicPath = `${PLAYGROUND_PREFIX}${path.basename(fileName, ext)}.${item.etag.slice(1, 11)}${ext}`;
    table.byPath.set(publicPath, item);
    (contentType === CSS ? table.styles : table.scripts).push(publicPath);
  };
  for (const { pkg, file, contentType } of VENDOR_FILES) {
    // Resolve package.json: these packages' "exports" hide their browser bundles from require.resolve.
    const root = path.dirname(require.resolve(`${pkg}/package.json`));
    add(path.basename(file), fs.readFileSync(path.join(root, file)), contentType);
  }
  add('musubi-playground.css', Buffer.from(PAGE_CSS, 'utf8'), CSS);
  add('musubi-playground.js', Buffer.from(CLIENT_SCRIPT, 'utf8'), JS);
  cachedAssets = table;
  return table;
}

function asset(content: string | Buffer, contentType: string): Asset {
  const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { contentType, body, gzipped: gzipSync(body), etag };
}

function send(req: IncomingMessage | undefined, res: ServerResponse, item: Asset, headers: Record<string, string>): void {
  if (req?.headers['if-none-match'] === item.etag) {
    res.writeHead(304, { etag: item.etag, ...headers }).end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(req?.headers['accept-encoding'] ?? ''));
  const body = gzip ? item.gzipped : item.body;
  res
    .writeHead(200, {
      'content-type': item.contentType,
      'content-length': String(body.length),
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      etag: item.etag,
      'x-content-type-options': 'nosniff',
      ...headers,
    })
    .end(body);
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function renderPage(assets: AssetTable, endpoint: string, examples: PlaygroundExample[]): string {
  const config = {
    endpoint,
    defaultQuery: WELCOME_QUERY,
    examples: examples.map((e) => ({
      titleJa: e.titleJa,
      titleEn: e.titleEn,
      query: e.query,
      variables: e.variables ? JSON.stringify(e.variables, null, 2) : '',
    })),
  };
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${PLAYGROUND_TITLE}</title>
<link rel="icon" href="data:,">
${assets.styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
</head>
<body>
<div id="graphiql"><p class="musubi-loading">読み込み中… / Loading…</p><noscript>このページには JavaScript が必要です。 This page needs JavaScript.</noscript></div>
<script type="application/json" id="musubi-playground-config">${scriptJson(config)}</script>
${assets.scripts.map((src) => `<script src="${src}"></script>`).join('\n')}
</body>
</html>
`;
}

const WELCOME_QUERY = `# musubi 結び — GraphQL
#
# ようこそ。▶ ボタン (Ctrl+Enter) で実行します。
# 左の「操作例 / Examples」から例を新しいタブで開けます。スキーマの説明は「Docs」から。
# ログインは例「ログイン」を実行するだけです。トークンはこのブラウザに保存され、すべてのタブの
# 要求に Authorization ヘッダーとして付きます (再読み込み後も。signOut を実行すると消えます)。
# 別のトークンを使うときは、そのタブの「Headers」に {"authorization": "Bearer …"} を書きます。
#
# Welcome. Run with the ▶ button (Ctrl+Enter).
# Open ready-made operations from "操作例 / Examples" on the left; schema docs are under "Docs".
# To sign in, run the "Sign in" example: the token is kept in this browser and sent as the
# Authorization header from every tab, across reloads, until signOut runs. A tab's own
# "Headers" (e.g. {"authorization": "Bearer …"}) take precedence.

query Welcome {
  seeds(first: 5) {
    totalCount
    edges { node { id title trl status institution { nameJa } } }
  }
}
`;

const PAGE_CSS = `html, body { height: 100%; margin: 0; }
#graphiql { height: 100vh; }
.musubi-loading { font-family: system-ui, sans-serif; padding: 2rem; }
.musubi-examples ul { list-style: none; margin: 0; padding: 0; }
.musubi-examples li { margin: 0 0 var(--px-8, 8px); }
.musubi-example { display: block; width: 100%; text-align: left; padding: var(--px-8, 8px); border-radius: var(--border-radius-4, 4px); }
.musubi-example:hover { background: hsla(var(--color-neutral), var(--alpha-background-light, 0.07)); }
.musubi-example .ja { display: block; font-weight: var(--font-weight-medium, 500); }
.musubi-example .en { display: block; color: hsla(var(--color-neutral), var(--alpha-secondary, 0.6)); font-size: var(--font-size-hint, 0.9em); }
.musubi-logo { font-weight: var(--font-weight-medium, 500); white-space: nowrap; }
`;

/**
 * Runs in the browser. It reads its configuration from the page (no inline script, so the
 * Content-Security-Policy can forbid them) and talks to the endpoint with JSON POSTs, which
 * Apollo's CSRF prevention accepts; the preflight header also covers GETs.
 */
const CLIENT_SCRIPT = `(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('musubi-playground-config').textContent);
  var h = React.createElement;

  var baseFetcher = GraphiQL.createFetcher({
    url: new URL(config.endpoint, window.location.href).toString(),
    headers: { 'apollo-require-preflight': 'true' },
  });

  // The sign-in example's token, kept across reloads and sent from every tab (a tab's own
  // Authorization header wins). signIn stores it, signOut forgets it.
  var TOKEN_KEY = 'musubi:playground:token';
  function storedToken() {
    try { return window.localStorage.getItem(TOKEN_KEY); } catch (e) { return null; }
  }
  function keepToken(token) {
    try {
      if (token) window.localStorage.setItem(TOKEN_KEY, token);
      else window.localStorage.removeItem(TOKEN_KEY);
    } catch (e) { /* storage disabled: the token lasts for this page only */ }
    renderSession();
  }
  function hasAuthorization(headers) {
    return Object.keys(headers || {}).some(function (name) { return name.toLowerCase() === 'authorization'; });
  }
  function fetcher(params, options) {
    var headers = Object.assign({}, options && options.headers);
    var token = storedToken();
    if (token && !hasAuthorization(headers)) headers.authorization = 'Bearer ' + token;
    return Promise.resolve(baseFetcher(params, Object.assign({}, options, { headers: headers }))).then(function (result) {
      var data = result && result.data;
      if (data && data.signIn && typeof data.signIn.token === 'string') keepToken(data.signIn.token);
      else if (data && data.signOut === true) keepToken(null);
      else if (result && result.errors && result.errors.some(function (e) { return e.extensions && e.extensions.code === 'UNAUTHENTICATED'; }) && token && !hasAuthorization(options && options.headers)) keepToken(null);
      return result;
    });
  }
  function renderSession() {
    var node = document.getElementById('musubi-session');
    if (!node) return;
    node.textContent = storedToken()
      ? 'ログイン中: すべてのタブがトークンを送ります / Signed in: every tab sends the token'
      : '未ログイン: 例「ログイン」を実行してください / Not signed in: run the "Sign in" example';
  }

  function openExample(editor, example) {
    editor.addTab();
    // The new tab becomes active on the next render; fill its editors after that.
    setTimeout(function () {
      if (editor.queryEditor) editor.queryEditor.setValue(example.query);
      if (editor.variableEditor) editor.variableEditor.setValue(example.variables);
    }, 0);
  }

  function ExamplesPane() {
    var editor = GraphiQL.React.useEditorContext({ nonNull: true });
    return h('section', { className: 'musubi-examples', 'aria-label': '操作例 / Examples' },
      h('div', { className: 'graphiql-doc-explorer-title' }, '操作例 / Examples'),
      h('p', { id: 'musubi-session', role: 'status', ref: function () { renderSession(); } }),
      h('p', null, 'クリックすると新しいタブで開きます。', h('br'), 'Click one to open it in a new tab.'),
      h('ul', null, config.examples.map(function (example, index) {
        return h('li', { key: index },
          h('button', {
            type: 'button',
            className: 'graphiql-un-styled musubi-example',
            onClick: function () { openExample(editor, example); },
          },
          h('span', { className: 'ja', lang: 'ja' }, example.titleJa),
          h('span', { className: 'en', lang: 'en' }, example.titleEn)));
      })));
  }

  function ExamplesIcon() {
    return h('svg', { viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': 'true' },
      h('path', { d: 'M4 5.5A1.5 1.5 0 0 1 5.5 4H19v14H5.5A1.5 1.5 0 0 0 4 19.5z' }),
      h('path', { d: 'M4 19.5A1.5 1.5 0 0 0 5.5 21H19v-3' }),
      h('path', { d: 'M8 8h7M8 11.5h7' }));
  }

  var examplesPlugin = { title: '操作例 / Examples', icon: ExamplesIcon, content: ExamplesPane };

  var storage = GraphiQL.createLocalStorage({ namespace: 'musubi' });
  // On a first visit open the examples pane; afterwards GraphiQL remembers the user's choice.
  if (storage.getItem('graphiql:tabState') === null && storage.getItem('graphiql:visiblePlugin') === null) {
    storage.setItem('graphiql:visiblePlugin', examplesPlugin.title);
  }

  var tabs = [{ query: config.defaultQuery }].concat(config.examples.map(function (example) {
    return { query: example.query, variables: example.variables };
  }));

  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    h(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: config.defaultQuery,
      defaultTabs: tabs,
      defaultEditorToolsVisibility: true,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
      storage: storage,
      plugins: [examplesPlugin],
    }, h(GraphiQL.Logo, null, h('span', { className: 'musubi-logo' }, 'musubi 結び'))));
})();
`;
