// Finds broken links in a built static site: every href/src of every HTML page that points inside the
// site must name a file that exists, and a #fragment must name an id (or name) on the target page.
// Links to other sites (http:, https:, mailto:…) are not followed: there is no network here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const ids = new Map();
/** @param {string} file @returns {Set<string>} the ids and anchor names on a page */
function idsOf(file) {
  if (!ids.has(file)) {
    const html = readFileSync(file, 'utf8');
    ids.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decodeEntities(m[1]))));
  }
  return ids.get(file);
}

const decodeEntities = (text) => text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/**
 * @param {string} siteDir the built site
 * @returns {{ pages: number; links: number; broken: string[] }}
 */
export function checkLinks(siteDir) {
  const root = resolve(siteDir);
  ids.clear();
  const pages = htmlFiles(root);
  const broken = [];
  let links = 0;
  for (const page of pages) {
    // Markup only: what <script> blocks contain is not a link.
    const html = readFileSync(page, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (tag) => tag.replace(/>[\s\S]*<\/script>/i, '></script>'));
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = decodeEntities(match[1]);
      if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) continue;
      links++;
      const [pathPart, fragment] = raw.split('#', 2);
      let target = pathPart ? resolve(dirname(page), decodeURIComponent(pathPart.split('?')[0])) : page;
      const where = `${relative(root, page).split(sep).join('/')}: "${raw}"`;
      if (target !== root && !target.startsWith(root + sep)) {
        broken.push(`${where} leaves the site`);
        continue;
      }
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
      if (!existsSync(target)) {
        broken.push(`${where} names no file`);
        continue;
      }
      if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
        broken.push(`${where} names no anchor "${fragment}" on ${relative(root, target).split(sep).join('/')}`);
      }
    }
  }
  return { pages: pages.length, links, broken };
}
