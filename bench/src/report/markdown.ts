import { ALL_CONTENDERS, BASELINE_ID, type ContenderId, labelOf } from "../contenders/index.js";
import type { Results, Scenario } from "../results.js";
import type { Settings } from "../settings.js";
import { VIEWS } from "../views/index.js";
import type { Environment } from "./environment.js";
import { operations, p99, throughput, typical, writerP99 } from "./figures.js";
import { ms, ratio, table } from "./format.js";
import { checkGoals } from "./goals.js";

const label = labelOf;

/** The contenders with a column in this report: the baseline only when the run had one. */
const columns = (results: Results): ContenderId[] =>
  ALL_CONTENDERS.map((c) => c.id).filter((id) => id !== BASELINE_ID || results.baseline !== undefined);

/** Why a contender has no figures for a view, or undefined when it has them. */
function missing(results: Results, view: string, id: ContenderId): string | undefined {
  return results.unavailable.find((u) => u.contender === id && (u.view === view || u.view === "*"))?.reason;
}

function cell(results: Results, view: string, id: ContenderId, value: string): string {
  return missing(results, view, id) ? "not available" : value;
}

const RATIOS: [string, ContenderId, ContenderId][] = [
  ["IMMV / no view", "immv", "none"],
  ["IMMV / hand-written", "immv", "trigger"],
  ["IMMV / pg_ivm", "immv", "pg_ivm"],
  ["REFRESH / IMMV", "refresh", "immv"],
];
const BASELINE_RATIO: [string, ContenderId, ContenderId] = ["IMMV / baseline", "immv", BASELINE_ID];

/** The ratio columns; IMMV / baseline first when the run had a baseline. */
const ratios = (results: Results) => (results.baseline ? [BASELINE_RATIO, ...RATIOS] : RATIOS);

function timingTable(results: Results, view: string, scenario: Scenario, withP99: boolean): string | undefined {
  const ops = operations(results, view, scenario);
  if (ops.length === 0) return undefined;
  const ids = columns(results);
  const rows = ops.map((op) => [
    op,
    ...ids.map((id) => {
      const p50 = typical(results, view, scenario, op, id);
      const text = withP99 && id !== "refresh" ? `${ms(p50)} / ${ms(p99(results, view, scenario, op, id))}` : ms(p50);
      return cell(results, view, id, text);
    }),
    ...ratios(results).map(([, a, b]) =>
      ratio(typical(results, view, scenario, op, a), typical(results, view, scenario, op, b)),
    ),
  ]);
  return table(["operation", ...ids.map(label), ...ratios(results).map(([name]) => name)], rows);
}

function writersTable(results: Results, view: string): string | undefined {
  const counts = [...new Set(results.writers.filter((r) => r.view === view).map((r) => r.writers))];
  if (counts.length === 0) return undefined;
  const ids = columns(results).filter((id) => id !== "refresh");
  const rows = counts.map((n) => [
    String(n),
    ...ids.map((id) => {
      const tps = throughput(results, view, n, id);
      const run = results.writers.find((r) => r.view === view && r.writers === n && r.contender === id);
      const errors = run?.errors ? `, ${run.errors} errors` : "";
      return cell(
        results,
        view,
        id,
        tps === undefined ? "–" : `${tps.toFixed(0)}/s, p99 ${ms(writerP99(results, view, n, id))}${errors}`,
      );
    }),
    ...(results.baseline
      ? [ratio(throughput(results, view, n, "immv"), throughput(results, view, n, BASELINE_ID))]
      : []),
    ratio(throughput(results, view, n, "immv"), throughput(results, view, n, "none")),
    ratio(throughput(results, view, n, "immv"), throughput(results, view, n, "trigger")),
    ratio(throughput(results, view, n, "immv"), throughput(results, view, n, "pg_ivm")),
  ]);
  return table(
    [
      "writers",
      ...ids.map(label),
      ...(results.baseline ? ["IMMV / baseline (throughput)"] : []),
      "IMMV / no view (throughput)",
      "IMMV / hand-written",
      "IMMV / pg_ivm",
    ],
    rows,
  );
}

function verificationText(results: Results): string {
  const bad = results.verifications.filter((v) => v.missing > 0 || v.extra > 0);
  const checked = results.verifications.length;
  if (bad.length === 0)
    return `All ${checked} checks passed: after creation and after every scenario, each contender's view equalled its defining query as a multiset (\`EXCEPT ALL\` both ways).`;
  return `${bad.length} of ${checked} checks FAILED:\n\n${table(
    ["view", "after", "contender", "rows missing", "rows extra"],
    bad.map((v) => [v.view, v.scenario, label(v.contender), String(v.missing), String(v.extra)]),
  )}`;
}

export function renderReport(
  env: Environment,
  settings: Settings,
  results: Results,
  charts: Map<string, string>,
  chartDir: string,
): string {
  const goals = checkGoals(results);
  const unavailable = [
    ...results.skipped.map((s) => `- ${s}`),
    ...results.unavailable.map((u) => `- ${label(u.contender)}${u.view === "*" ? "" : ` (${u.view})`}: ${u.reason}`),
  ];
  const sections: string[] = [
    `# immv benchmark: ${env.date}, ${env.machine}, ${env.shape.accounts.toLocaleString("en")} accounts`,
    "## Environment",
    table(
      ["", ""],
      [
        ["database", env.engine],
        ["machine", `${env.machine}: ${env.cpus}, ${env.memory}, Node.js ${env.node}`],
        ["load average (1 min) at start / end", `${env.load[0].toFixed(2)} / ${env.load[1].toFixed(2)}`],
        [
          "data",
          `${env.shape.accounts.toLocaleString("en")} accounts, ${env.shape.branches} branches, ${env.shape.regions} regions; one copy per contender`,
        ],
        ["command", `\`${env.command}\``],
        ["immv", `commit ${env.commit}`],
        ...(results.baseline
          ? [["immv (baseline)", `commit ${results.baseline.commit}, checkout ${results.baseline.checkout}`]]
          : []),
        ["duration", `${env.minutes.toFixed(1)} min`],
        [
          "single-row",
          `${settings.singleRowStatements} statements per operation and contender, in turns of ${settings.chunk}; REFRESH timed on ${settings.refreshSamples} of them`,
        ],
        ["bulk / large", `${settings.bulkRepeats} / ${settings.largeRepeats} repeats, median`],
        [
          "writers",
          `${settings.writerCounts.join(", ")} sessions, ${settings.writerSeconds} s × ${settings.writerRounds} rounds per contender`,
        ],
        ...(env.note ? [["note", env.note]] : []),
      ],
    ),
    ...(unavailable.length > 0 ? ["Not available in this run:", unavailable.join("\n")] : []),
    ...(results.failure
      ? [`**The run stopped early:** ${results.failure}. The figures below are those gathered until then.`]
      : []),
    "## Goals of the maintenance code",
    table(
      ["goal", "measured", "met"],
      goals.map((g) => [g.goal, g.measured, g.met === undefined ? "not measured" : g.met ? "yes" : "**no**"]),
    ),
    "## Correctness",
    verificationText(results),
    "## How to read the tables",
    [
      "Times are client-side, per statement, including the maintenance the statement triggers.",
      "Single-row cells are p50 / p99; bulk and large cells are the median of the repeats.",
      "The REFRESH column is the write followed by `REFRESH MATERIALIZED VIEW` (the time until that view is current);",
      "the REFRESH alone is listed under Raw figures. Ratios use p50 / medians; below 1× means the IMMV is faster.",
      ...(results.baseline
        ? [
            "immv (baseline) is the core of the other checkout, with its own runtime (schema `immv_baseline`) and its own copy of the tables;",
            "IMMV / baseline below 1× means this checkout's core is faster than the baseline's.",
          ]
        : []),
    ].join("\n"),
  ];
  for (const view of VIEWS) {
    const parts = [
      ["Create and populate", timingTable(results, view.key, "create", false)],
      ["Single-row statements (p50 / p99)", timingTable(results, view.key, "single-row", true)],
      ["Bulk statements", timingTable(results, view.key, "bulk", false)],
      ["Large change", timingTable(results, view.key, "large", false)],
      ["Concurrent writers (single-row UPDATEs)", writersTable(results, view.key)],
    ].filter((p): p is [string, string] => p[1] !== undefined);
    if (parts.length === 0) continue;
    sections.push(`## ${view.title} (\`${view.key}\`)`, `\`\`\`sql\n${view.query("s")}\n\`\`\``);
    for (const [title, body] of parts) sections.push(`### ${title}`, body);
  }
  if (charts.size > 0) {
    sections.push("## Charts");
    for (const [title, file] of charts) sections.push(`### ${title}`, `![${title}](${chartDir}/${file})`);
  }
  sections.push("## Raw figures", rawTable(results));
  return `${sections.join("\n\n")}\n`;
}

function rawTable(results: Results): string {
  const f = (xs: number[]) => xs.map((x) => x.toFixed(3)).join(" ");
  const rows = results.timings.map((t) => {
    const sorted = [...t.ms].sort((a, b) => a - b);
    return [
      t.view,
      t.scenario,
      t.op,
      label(t.contender),
      String(t.ms.length),
      ms(sorted[0]),
      ms(sorted[sorted.length - 1]),
      t.ms.length <= 5 ? f(t.ms) : "",
      t.refreshMs ? f(t.refreshMs) : "",
    ];
  });
  return `${table(["view", "scenario", "operation", "contender", "n", "min", "max", "samples (ms, when ≤ 5)", "REFRESH alone (ms)"], rows)}\n\nEvery sample is in the JSON file next to this report.`;
}
