export const id = 742;
export const ids = [742];
export const modules = {

/***/ 1742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cliEntry: () => (/* binding */ cliEntry)
});

// UNUSED EXPORTS: runCli

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/actions/registry.js + 4 modules
var registry = __webpack_require__(3235);
;// CONCATENATED MODULE: ./lib/src/runner/command-files.js
/**
 * Reads the files the runner collects outputs and state from (GITHUB_OUTPUT, GITHUB_STATE):
 * `name=value` lines and `name<<DELIMITER` ... `DELIMITER` blocks, as @actions/core writes them.
 */
function parseCommandFile(text) {
    const values = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        if (heredoc) {
            const [, name, delimiter] = heredoc;
            const body = [];
            for (i++; i < lines.length && lines[i] !== delimiter; i++)
                body.push(lines[i]);
            values[name] = body.join('\n');
            continue;
        }
        const eq = line.indexOf('=');
        if (eq > 0)
            values[line.slice(0, eq)] = line.slice(eq + 1);
    }
    return values;
}

// EXTERNAL MODULE: ./lib/src/runner/errors.js
var errors = __webpack_require__(9006);
// EXTERNAL MODULE: ./lib/src/runner/launch.js
var launch = __webpack_require__(1798);
;// CONCATENATED MODULE: ./lib/src/cli/args.js

/**
 * Flags are the input names: `--data file.csv` or `--data=file.csv`. A flag with no value
 * (followed by another flag or nothing) means `true`, so `--fail-on-drift` reads naturally.
 */
function parseActionArgs(spec, argv) {
    const result = { inputs: {}, help: false, debug: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h') {
            result.help = true;
            continue;
        }
        if (arg === '--debug') {
            result.debug = true;
            continue;
        }
        if (!arg.startsWith('--'))
            throw new errors/* UserError */.yo(`Unexpected argument '${arg}': inputs are given as --<input> <value> (see --help)`);
        const eq = arg.indexOf('=');
        const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
        if (!spec.inputs[name]) {
            throw new errors/* UserError */.yo(`Unknown input '--${name}' for ${spec.name}; its inputs are: ${Object.keys(spec.inputs).map((n) => `--${n}`).join(', ')}`);
        }
        let value;
        if (eq > 0)
            value = arg.slice(eq + 1);
        else if (i + 1 < argv.length && !argv[i + 1].startsWith('--'))
            value = argv[++i];
        else
            value = 'true';
        result.inputs[name] = value;
    }
    return result;
}
/** `--help` text for one action, generated from its declaration. */
function actionHelp(spec) {
    const width = Math.max(...Object.keys(spec.inputs).map((n) => n.length), 6) + 4;
    const lines = [`mlops ${spec.name}: ${spec.description}`, '', `Usage: mlops ${spec.name} [--<input> <value> ...]`, '', 'Inputs:'];
    for (const [name, input] of Object.entries(spec.inputs)) {
        const flags = [input.required ? 'required' : '', input.default !== undefined && input.default !== '' ? `default: ${input.default}` : '']
            .filter(Boolean)
            .join(', ');
        lines.push(`  --${name.padEnd(width)}${input.description}${flags ? ` (${flags})` : ''}`);
    }
    lines.push('', 'Outputs (printed as JSON at the end):');
    for (const [name, output] of Object.entries(spec.outputs))
        lines.push(`  ${name.padEnd(width + 2)}${output.description}`);
    lines.push('', 'Options:', `  --${'debug'.padEnd(width)}show debug logs and stack traces`, `  --${'help'.padEnd(width)}show this help`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./lib/src/cli/terminal-markdown.js
/**
 * Renders the job-summary Markdown we write for a terminal: aligned tables, headings, folded
 * sections opened, entities and escapes undone, and Mermaid bar charts drawn with blocks.
 * It only has to handle what our own report helpers produce.
 */
const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#64;': '@' };
/** Undoes escapeText: entities, backslash escapes and our HTML tags. */
function plainText(markdown) {
    return markdown
        .replace(/<br\s*\/?>/g, ' ')
        .replace(/<\/?(details|summary|sub|sup|b|i|code|p)[^>]*>/g, '')
        .replace(/\\([\\`*_{}[\]()#+\-.!|~])/g, '$1')
        .replace(/&(amp|lt|gt|quot|#39|#64);/g, (entity) => ENTITIES[entity] ?? entity);
}
function splitRow(line) {
    const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
    const cells = [];
    let current = '';
    for (let i = 0; i < inner.length; i++) {
        const char = inner[i];
        if (char === '\\' && inner[i + 1] === '|') {
            current += '\\|';
            i++;
        }
        else if (char === '|') {
            cells.push(current);
            current = '';
        }
        else
            current += char;
    }
    cells.push(current);
    return cells.map((cell) => plainText(cell.trim()).replace(/`/g, ''));
}
function renderTable(lines) {
    const rows = lines.filter((_, i) => i !== 1).map(splitRow);
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
    const format = (row) => row.map((cell, c) => cell + ' '.repeat(Math.max(0, widths[c] - [...cell].length))).join('  ').trimEnd();
    return [format(rows[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(format)];
}
function renderBarChart(block) {
    const title = /title "([^"]*)"/.exec(block.join('\n'))?.[1] ?? 'chart';
    const categories = [...(/x-axis \[(.*)\]/.exec(block.join('\n'))?.[1] ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
    const bars = block.filter((l) => l.trim().startsWith('bar [')).map((l) => (/\[(.*)\]/.exec(l)?.[1] ?? '').split(',').map(Number));
    const lines = block.filter((l) => l.trim().startsWith('line [')).map((l) => (/\[(.*)\]/.exec(l)?.[1] ?? '').split(',').map(Number));
    if (!bars.length && !lines.length)
        return ['(chart)'];
    const series = [...bars, ...lines];
    const max = Math.max(...series.flat().filter(Number.isFinite), 1e-12);
    const labelWidth = Math.max(...categories.map((c) => c.length), 1);
    const out = [`${title}:`];
    categories.forEach((category, i) => {
        series.forEach((values, s) => {
            const value = values[i] ?? 0;
            const bar = '█'.repeat(Math.max(0, Math.round((value / max) * 30)));
            const label = s === 0 ? category.padEnd(labelWidth) : ' '.repeat(labelWidth);
            out.push(`  ${label}  ${s < bars.length ? bar : '·'.repeat(bar.length)} ${Number(value.toPrecision(4))}`);
        });
    });
    if (lines.length)
        out.push(`  (· = reference line)`);
    return out;
}
/** The whole summary as terminal text. */
function renderMarkdownForTerminal(markdown) {
    const input = markdown.split(/\r?\n/);
    const out = [];
    for (let i = 0; i < input.length; i++) {
        const line = input[i];
        if (line.startsWith('```mermaid')) {
            const block = [];
            for (i++; i < input.length && !input[i].startsWith('```'); i++)
                block.push(input[i]);
            out.push(...renderBarChart(block));
        }
        else if (line.trim().startsWith('|') && /^\s*\|[\s:|-]+\|\s*$/.test(input[i + 1] ?? '')) {
            const block = [];
            for (; i < input.length && input[i].trim().startsWith('|'); i++)
                block.push(input[i]);
            i--;
            out.push(...renderTable(block));
        }
        else if (/^#{1,6} /.test(line)) {
            const text = plainText(line.replace(/^#+ /, ''));
            out.push(text, (line.startsWith('## ') || line.startsWith('# ') ? '═' : '─').repeat([...text].length));
        }
        else if (/<summary>/.test(line)) {
            out.push(`▸ ${plainText(line)}`);
        }
        else {
            const text = plainText(line).replace(/\*\*([^*]+)\*\*/g, '$1');
            if (text.trim() !== '' || out[out.length - 1] !== '')
                out.push(text);
        }
    }
    return out.join('\n').trim();
}

;// CONCATENATED MODULE: ./lib/src/cli/workflow-commands.js
/**
 * In a terminal, the `::error file=x,line=3::message` lines that @actions/core prints for the
 * runner are noise: this turns them into plain, readable lines.
 */
const COMMAND = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/;
/** Turns one line of runner commands into terminal text, or undefined to drop it. */
function renderWorkflowCommand(line, debug) {
    const match = COMMAND.exec(line);
    if (!match)
        return line;
    const [, command, props = '', rawMessage = ''] = match;
    const message = unescapeData(rawMessage);
    const properties = Object.fromEntries(props
        .split(',')
        .filter(Boolean)
        .map((p) => {
        const eq = p.indexOf('=');
        return [p.slice(0, eq), unescapeData(p.slice(eq + 1))];
    }));
    const where = properties.file && !message.startsWith(properties.file) ? `${properties.file}${properties.line ? `:${properties.line}` : ''}${properties.col ? `:${properties.col}` : ''}: ` : '';
    switch (command) {
        case 'error':
        case 'warning':
        case 'notice':
            return `${command}: ${where}${message}`;
        case 'group':
            return `▸ ${message}`;
        case 'endgroup':
            return undefined;
        case 'debug':
            return debug ? `debug: ${message}` : undefined;
        default:
            // add-mask, echo, stop-commands...: meaningful only to a runner.
            return undefined;
    }
}
function unescapeData(text) {
    return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}
/** Runner commands whose rendering goes to stderr: errors and warnings are diagnostics, not output. */
const TO_STDERR = /^::(?:error|warning)[ :]/;
/**
 * Wraps process.stdout.write so that every line passes through renderWorkflowCommand; errors
 * and warnings are written to stderr, so stdout holds only the summary and the outputs.
 */
function filterStdout(debug) {
    const original = process.stdout.write.bind(process.stdout);
    const stderr = process.stderr.write.bind(process.stderr);
    let pending = '';
    const write = (chunk, ...rest) => {
        pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
            const rendered = renderWorkflowCommand(line, debug);
            if (rendered !== undefined)
                (TO_STDERR.test(line) ? stderr : original)(`${rendered}\n`);
        }
        const callback = rest.find((r) => typeof r === 'function');
        callback?.();
        return true;
    };
    process.stdout.write = write;
    return () => {
        const rendered = pending ? renderWorkflowCommand(pending, debug) : undefined;
        if (rendered !== undefined)
            (TO_STDERR.test(pending) ? stderr : original)(`${rendered}\n`);
        process.stdout.write = original;
    };
}

;// CONCATENATED MODULE: ./lib/src/cli/main.js
/**
 * The local command line: `mlops <action> --<input> <value> ...` runs the same main as the
 * workflow does. It sets up what the runner would (input variables, output, summary and state
 * files, a temp dir), then prints the summary for a terminal and the outputs as JSON (none after
 * an error that set no output); errors and warnings go to stderr.
 */










function overview() {
    const width = Math.max(...registry/* ACTIONS */.k.map((a) => a.spec.name.length), 8) + 2;
    return [
        'mlops: run the mlops-actions locally, exactly as in a workflow.',
        '',
        'Usage: mlops <action> [--<input> <value> ...]    mlops <action> --help',
        '',
        'Actions:',
        ...registry/* ACTIONS */.k.map((a) => `  ${a.spec.name.padEnd(width)}${a.spec.description}`),
    ].join('\n');
}
/** Runs the CLI; returns the exit code. */
async function runCli(argv) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        console.log(overview());
        return name ? 0 : 1;
    }
    const action = (0,registry/* findAction */.O)(name);
    if (!action) {
        console.error(`error: unknown action '${name}'. Known actions: ${registry/* ACTIONS */.k.map((a) => a.spec.name).join(', ')}`);
        return 1;
    }
    let args;
    try {
        args = parseActionArgs(action.spec, rest);
    }
    catch (error) {
        console.error(`error: ${(0,errors/* asError */.zR)(error).message}`);
        return 1;
    }
    if (args.help) {
        console.log(actionHelp(action.spec));
        return 0;
    }
    return runWithRunnerFiles(action.spec.name, args.inputs, args.debug, Boolean(action.spec.postIf));
}
async function runWithRunnerFiles(name, inputs, debug, hasPost) {
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlops-cli-'));
    const files = { output: (0,external_node_path_.join)(work, 'output'), summary: (0,external_node_path_.join)(work, 'summary.md'), state: (0,external_node_path_.join)(work, 'state') };
    for (const file of Object.values(files))
        (0,external_node_fs_.writeFileSync)(file, '');
    Object.assign(process.env, {
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_STATE: files.state,
        RUNNER_TEMP: process.env.RUNNER_TEMP ?? work,
        ...(debug ? { RUNNER_DEBUG: '1' } : {}),
    });
    for (const [input, value] of Object.entries(inputs))
        process.env[`INPUT_${input.replace(/ /g, '_').toUpperCase()}`] = value;
    const restore = filterStdout(debug);
    try {
        await (0,launch/* launchAction */.A)(name);
        if (hasPost) {
            // The runner gives the post step the state main saved, as STATE_<name> variables.
            for (const [key, value] of Object.entries(parseCommandFile((0,external_node_fs_.readFileSync)(files.state, 'utf8'))))
                process.env[`STATE_${key}`] = value;
            await (0,launch/* launchAction */.A)(name);
        }
    }
    finally {
        restore();
    }
    const summary = (0,external_node_fs_.readFileSync)(files.summary, 'utf8');
    if (summary.trim())
        console.log(`\n${renderMarkdownForTerminal(summary)}\n`);
    const outputs = parseCommandFile((0,external_node_fs_.readFileSync)(files.output, 'utf8'));
    const exitCode = process.exitCode === undefined ? 0 : Number(process.exitCode);
    // A run that stopped on an error before setting any output (a bad input, a schema error) has
    // no result: printing `{}` would read as one. A run that set its outputs and then failed on
    // purpose (fail-on-invalid, fail-on-drift) prints them: they are its result.
    if (exitCode === 0 || Object.keys(outputs).length > 0)
        console.log(JSON.stringify(outputs, null, 2));
    (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    return exitCode;
}
/** Entry of dist/cli/index.js. */
async function cliEntry() {
    try {
        process.exitCode = await runCli(process.argv.slice(2));
    }
    catch (error) {
        const err = (0,errors/* asError */.zR)(error);
        console.error(err instanceof errors/* UserError */.yo ? `error: ${err.message}` : `internal error: ${err.stack ?? err.message}`);
        process.exitCode = 1;
    }
}


/***/ }),

/***/ 9006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _7: () => (/* binding */ ServiceError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yo: () => (/* binding */ UserError),
/* harmony export */   zR: () => (/* binding */ asError)
/* harmony export */ });
/**
 * Errors that reach the user. A UserError is something the user can fix (a bad input, file,
 * schema or config) and is shown as one annotation without a stack trace; anything else is
 * an internal error, a bug of ours.
 */
/** A problem the user can fix: bad input, file, data, schema or configuration. */
class UserError extends Error {
    input;
    file;
    line;
    column;
    title;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'UserError';
        this.input = options.input;
        this.file = options.file;
        this.line = options.line;
        this.column = options.column;
        this.title = options.title;
    }
}
/** A user error about one action input; the message always starts by naming it. */
class InputError extends UserError {
    constructor(input, problem, options = {}) {
        super(`Input '${input}': ${problem}`, { ...options, input });
        this.name = 'InputError';
    }
}
/** A call to a remote service (GitHub, a registry, Prometheus) that answered with an error. */
class ServiceError extends UserError {
    status;
    endpoint;
    constructor(service, endpoint, status, detail, cause) {
        const statusText = status === undefined ? 'could not be reached' : `answered HTTP ${status}`;
        super(`${service} ${endpoint} ${statusText}: ${detail}`, { cause, title: `${service} request failed` });
        this.name = 'ServiceError';
        this.status = status;
        this.endpoint = endpoint;
    }
}
/** Turns anything thrown (including non-Error values) into an Error without losing its text. */
function asError(thrown) {
    if (thrown instanceof Error)
        return thrown;
    if (typeof thrown === 'string')
        return new Error(thrown);
    try {
        return new Error(`Non-error value thrown: ${JSON.stringify(thrown)}`);
    }
    catch {
        return new Error(`Non-error value thrown: ${String(thrown)}`);
    }
}


/***/ })

};
