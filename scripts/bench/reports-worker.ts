/**
 * The measured part of `npm run bench:reports`, in its own process so its
 * peak memory is its own: the stages run in order on one warehouse and the
 * worker prints one JSON line with each stage's figures and the peak RSS.
 *
 *   node scripts/bench/reports-worker.ts --dir DIR --content DIR --now ISO [--stages a,b]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { reportStages } from './lib/report-stages.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string' }, content: { type: 'string' }, now: { type: 'string' }, stages: { type: 'string' } },
});
if (!values.dir || !values.content || !values.now) throw new Error('usage: reports-worker.ts --dir DIR --content DIR --now ISO');
const context = { dir: path.resolve(values.dir), contentDir: path.resolve(values.content), now: new Date(values.now), state: new Map<string, unknown>() };
const wanted = values.stages ? new Set(values.stages.split(',')) : undefined;
const figures: Record<string, Record<string, number>> = {};
for (const stage of reportStages) {
  if (wanted && !wanted.has(stage.name)) continue;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await stage.run(context);
  const used = process.cpuUsage(cpu);
  // CPU time beside wall time: on a shared machine the wall clock also counts other processes' turns.
  figures[stage.name] = { seconds: (performance.now() - started) / 1000, cpu_seconds: (used.user + used.system) / 1e6, ...result, peak_memory_mb: process.resourceUsage().maxRSS / 1024 };
  process.stderr.write(`${stage.name}: ${figures[stage.name]!.seconds!.toFixed(2)} s\n`);
}
console.log(JSON.stringify({ stages: figures, peak_memory_mb: process.resourceUsage().maxRSS / 1024 }));
