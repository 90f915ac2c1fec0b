// node short-imports.mjs MODULE_bg.wasm MODULE.js
//
// Gives the functions a wasm imports from wasm-bindgen's JS glue short
// names, in both files. wasm-bindgen names each one after the Rust
// binding and a hash of it (`__wbg_appendChild_dbf7ad2f48413560`): about a
// hundred names, each written twice (the wasm's import section, the glue's
// object of imports), whose sixteen hex digits gzip cannot shrink. Short
// names ($a, $b, ...) made Code mode's module 3.7 KB smaller, gzipped;
// nothing runs differently.
//
// Only imports from the glue itself are renamed (not an `inline_js`
// snippet's, whose module exports the names it was written with), and
// only names the glue holds exactly once, as a key: anything else is left
// as it is, so a glue this script does not expect still works.
import fs from 'fs';

const [wasmPath, jsPath] = process.argv.slice(2);
if (!wasmPath || !jsPath) {
    console.error('usage: node short-imports.mjs MODULE_bg.wasm MODULE.js');
    process.exit(2);
}
const wasm = fs.readFileSync(wasmPath);
let js = fs.readFileSync(jsPath, 'utf8');
// The glue's module name, as the wasm imports it: `./MODULE_bg.js`, where
// MODULE is the name wasm-bindgen wrote (trunk then adds a hash to the
// files, not to this); a snippet's is under `./snippets/`.
const isGlue = (module) => /^\.\/[^/]+_bg\.js$/.test(module);

function readLeb(bytes, at) {
    let value = 0, shift = 0, byte;
    do {
        byte = bytes[at++];
        value += (byte & 0x7f) * 2 ** shift;
        shift += 7;
    } while (byte & 0x80);
    return [value, at];
}

function leb(value) {
    const out = [];
    do {
        let byte = value & 0x7f;
        value = Math.floor(value / 128);
        if (value) byte |= 0x80;
        out.push(byte);
    } while (value);
    return Buffer.from(out);
}

function name(bytes, at) {
    const [length, start] = readLeb(bytes, at);
    return [bytes.subarray(start, start + length).toString('utf8'), start + length];
}

// Skips an import's description (after its kind byte): a function's type
// index, a table's, a memory's or a global's type.
function skipDescription(bytes, kind, at) {
    const limits = (at) => {
        const [flags, next] = readLeb(bytes, at);
        at = readLeb(bytes, next)[1];
        return flags & 1 ? readLeb(bytes, at)[1] : at;
    };
    switch (kind) {
        case 0: return readLeb(bytes, at)[1];
        case 1: return limits(at + 1);
        case 2: return limits(at);
        case 3: return at + 2;
        default: throw new Error(`import kind ${kind} is not one this script knows`);
    }
}

// `$a`..`$Z`, then `$aa`...: identifiers the glue uses nowhere else.
const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
function shortName(n) {
    let s = '';
    do {
        s = letters[n % letters.length] + s;
        n = Math.floor(n / letters.length) - 1;
    } while (n >= 0);
    return '$' + s;
}

const keyPattern = (key) => new RegExp(`(?<![\\w$])${key.replace(/\$/g, '\\$')}(?=:)`, 'g');
const parts = [wasm.subarray(0, 8)];
let at = 8, renamed = 0;
while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = readLeb(wasm, at + 1);
    const end = start + size;
    if (id !== 2) {
        parts.push(wasm.subarray(at, end));
        at = end;
        continue;
    }
    const [count, first] = readLeb(wasm, start);
    const body = [leb(count)];
    let p = first;
    for (let i = 0; i < count; i++) {
        const [module, afterModule] = name(wasm, p);
        let [field, afterField] = name(wasm, afterModule);
        const descriptionEnd = skipDescription(wasm, wasm[afterField], afterField + 1);
        const uses = isGlue(module) ? (js.match(keyPattern(field)) || []).length : 0;
        if (uses === 1 && /^[\w$]+$/.test(field)) {
            const short = shortName(renamed++);
            js = js.replace(keyPattern(field), short);
            field = short;
        }
        body.push(wasm.subarray(p, afterModule), leb(Buffer.byteLength(field)),
            Buffer.from(field), wasm.subarray(afterField, descriptionEnd));
        p = descriptionEnd;
    }
    const section = Buffer.concat(body);
    parts.push(Buffer.from([id]), leb(section.length), section);
    at = end;
}
fs.writeFileSync(wasmPath, Buffer.concat(parts));
fs.writeFileSync(jsPath, js);
console.log(`short-imports: ${renamed} imports of ${wasmPath.split('/').pop()} renamed`);
