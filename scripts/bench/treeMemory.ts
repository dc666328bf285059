// The memory a build uses, counted over its whole process tree: Astro's Node process and the Pagefind indexer
// it starts, which holds the index in memory and at 5,000 articles outgrows the Node process several times.
// GNU time cannot see it: it reports the largest process it waited for, and the indexer is not waited for.
import { readFileSync, readdirSync } from 'node:fs';

/** Resident memory of each running process, in bytes, with its parent, read from /proc (Linux). */
function processTable(): Map<number, { parent: number; rss: number }> {
  const table = new Map<number, { parent: number; rss: number }>();
  const page = 4096;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 2 (the command) is in parentheses and may hold spaces: read from after the last ")".
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { parent: Number(fields[1]), rss: Number(fields[21]) * page });
    } catch {
      // The process ended while the table was read.
    }
  }
  return table;
}

/** The summed resident memory of a process and all its descendants, in bytes. */
function treeResident(root: number): number {
  const table = processTable();
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += table.get(pid)?.rss ?? 0;
    for (const [child, p] of table) if (p.parent === pid) pending.push(child);
  }
  return total;
}

/** Samples a process tree's memory every `everyMs` until stopped; `peak()` is the largest total seen. */
export function watchTreeMemory(root: number, everyMs = 500): { peak: () => number; stop: () => void } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeResident(root));
  };
  const timer = setInterval(sample, everyMs);
  sample();
  return {
    peak: () => peak,
    stop: () => {
      clearInterval(timer);
    },
  };
}
