/** Danish local time (Europe/Copenhagen) ⇄ instants, without a time-zone library. */
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function localFields(d: Date) {
  const p = Object.fromEntries(parts.formatToParts(d).map((x) => [x.type, x.value]));
  return { y: +p.year!, mo: +p.month!, d: +p.day!, h: +p.hour!, mi: +p.minute!, s: +p.second! };
}

/** Offset of Copenhagen from UTC at an instant, in ms (+1 h in winter, +2 h in summer). */
function offsetAt(ms: number): number {
  const f = localFields(new Date(ms));
  return Date.UTC(f.y, f.mo - 1, f.d, f.h, f.mi, f.s) - Math.floor(ms / 1000) * 1000;
}

/** The instant of a Danish wall-clock time (`2026-11-23`, `14:30`). */
export function copenhagenToInstant(date: string, time: string): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let ms = wall - offsetAt(wall);
  // Second pass: right across a daylight-saving change.
  ms = wall - offsetAt(ms);
  return new Date(ms);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as Danish date and HH:MM. */
export function instantToCopenhagen(d: Date): { date: string; time: string } {
  const f = localFields(d);
  return { date: `${f.y}-${pad(f.mo)}-${pad(f.d)}`, time: `${pad(f.h)}:${pad(f.mi)}` };
}
