// Issue 16: build-push refuses a build context whose git credentials a `COPY . .` would put in a
// public image, unless the ignore file each builder reads leaves them out. Pure parts as tables:
// what counts as a credential in a git config, how ignore patterns match, and the decision.
import {
  contextCredentialProblem,
  gitConfigCredentials,
  isIgnored,
  type ContextFacts,
} from '../../../src/image/context-credentials.js';

const TOKEN = 'eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==';
/** What actions/checkout (v4, v5) writes with persist-credentials: true. */
const CHECKOUT_CONFIG = [
  '[core]',
  '\trepositoryformatversion = 0',
  '[remote "origin"]',
  '\turl = https://github.com/org/repo',
  '\tfetch = +refs/heads/*:refs/remotes/origin/*',
  '[http "https://github.com/"]',
  `\textraheader = AUTHORIZATION: basic ${TOKEN}`,
].join('\n');
const CLEAN_CONFIG = CHECKOUT_CONFIG.split('\n').slice(0, 5).join('\n');

describe('gitConfigCredentials', () => {
  it.each([
    ["checkout's extraheader", CHECKOUT_CONFIG, [{ line: 7, what: expect.stringMatching(/extraheader/) }]],
    ['the same, key in capitals', '[http]\n  extraHeader = Authorization: bearer x', [{ line: 2 }]],
    [
      'a user and token in the remote URL',
      '[remote "o"]\n url = https://user:ghp_abc@github.com/o/r',
      [{ line: 2 }],
    ],
    ['a token as the user name over https', 'url = https://ghp_abc@github.com/o/r.git', [{ line: 1 }]],
    [
      'a credential in a url.insteadOf section',
      '[url "https://x:tok@github.com/"]\n insteadOf = https://github.com/',
      [{ line: 1 }],
    ],
    ['a pushurl with user and password over ssh', 'pushurl = ssh://git:pw@host/r', [{ line: 1 }]],
    ['a plain https remote', CLEAN_CONFIG, []],
    ["an ssh remote's user (not a secret)", 'url = ssh://git@github.com/o/r.git', []],
    ['an scp-style remote', 'url = git@github.com:o/r.git', []],
    ['an empty extraheader (what checkout leaves after its post step)', 'extraheader =', []],
    [
      "checkout v6's include of a file outside the context",
      '[includeIf "gitdir:/w/r/.git"]\n path = /tmp/_temp/git-credentials-1.config',
      [],
    ],
    ['a commented-out extraheader', `# extraheader = AUTHORIZATION: basic ${TOKEN}`, []],
  ])('%s', (_case, text, expected) => {
    const found = gitConfigCredentials(text);
    expect(found).toEqual(expected.map((item) => expect.objectContaining(item)));
  });
});

describe('isIgnored', () => {
  it.each([
    ['.git', '.git/config', true],
    ['.git/', '.git/config', true],
    ['/.git', '.git/config', true],
    ['./.git', '.git/config', true],
    ['**/.git', '.git/config', true],
    ['.git*', '.git/config', true],
    ['.git*', '.git-credentials', true],
    ['*', '.git/config', true],
    ['**', '.git/config', true],
    ['.g?t', '.git/config', true],
    ['.[gh]it', '.git/config', true],
    ['  .git  ', '.git/config', true],
    ['.git\n!.git/config', '.git/config', false],
    ['*\n!src', '.git/config', true],
    ['.git', '.git-credentials', false],
    ['.gitignore', '.git/config', false],
    ['src/.git', '.git/config', false],
    ['#.git', '.git/config', false],
    ['*/.git', '.git/config', false],
    ['', '.git/config', false],
  ])('%j excludes %s: %s', (patterns, file, expected) => {
    expect(isIgnored(patterns, file)).toBe(expected);
  });
});

describe('contextCredentialProblem', () => {
  const dockerignore = (text: string) => ({ name: '.dockerignore', text });
  const both = (docker?: string, containers?: string): ContextFacts['ignore'] => [
    { builders: 'docker', file: docker === undefined ? undefined : dockerignore(docker) },
    {
      builders: 'buildah and podman',
      file: containers === undefined ? undefined : { name: '.containerignore', text: containers },
    },
  ];
  const facts = (overrides: Partial<ContextFacts>): ContextFacts => ({
    gitConfig: CHECKOUT_CONFIG,
    gitCredentials: false,
    ignore: both(),
    ...overrides,
  });

  it.each<[string, Partial<ContextFacts>, RegExp | undefined]>([
    ['no .git folder', { gitConfig: undefined }, undefined],
    ['a .git without credentials', { gitConfig: CLEAN_CONFIG }, undefined],
    [
      'checkout with persist-credentials: false',
      { gitConfig: CLEAN_CONFIG, ignore: both('node_modules') },
      undefined,
    ],
    ['a token, .git ignored for every builder', { ignore: both('.git', '.git/') }, undefined],
    ['a token, no ignore file', {}, /\.git\/config line 7 \(an http extraheader/],
    [
      'a token, an ignore file without .git',
      { ignore: both('node_modules', 'node_modules') },
      /\.git\/config line 7/,
    ],
    [
      'a token ignored for buildah only (builder auto: docker would copy it)',
      { ignore: both(undefined, '.git') },
      /ignore file read by docker: none; buildah and podman: \.containerignore/,
    ],
    [
      'a token ignored for the only builder that runs',
      { ignore: [{ builders: 'buildah and podman', file: { name: '.containerignore', text: '.git' } }] },
      undefined,
    ],
    [
      'a .git-credentials file',
      { gitConfig: undefined, gitCredentials: true },
      /\.git-credentials \(stored git credentials\)/,
    ],
    [
      '.git-credentials with only .git ignored',
      { gitCredentials: true, ignore: both('.git', '.git') },
      /^[^]*holds git credentials: \.git-credentials \(/,
    ],
    [
      '.git-credentials and .git ignored',
      { gitCredentials: true, ignore: both('.git\n.git-credentials', '.git*') },
      undefined,
    ],
  ])('%s', (_case, overrides, expected) => {
    const problem = contextCredentialProblem('/w/app', facts(overrides));
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });

  it('names the file, says why and how to fix it, and never shows the token', () => {
    const problem = contextCredentialProblem('/w/app', facts({}))!;
    expect(problem).toBe(
      'The build context /w/app holds git credentials: .git/config line 7 (an http extraheader, a token actions/checkout persisted). ' +
        'A COPY . . would copy them into a layer of the image, readable by anyone who pulls it from a public registry, and no ignore file leaves them out ' +
        '(ignore file read by docker: none; buildah and podman: none). Set persist-credentials: false on actions/checkout, ' +
        "or add a line .git (and .git-credentials) to the context's .dockerignore (and to .containerignore if there is one)",
    );
    expect(problem).not.toContain(TOKEN);
  });
});
