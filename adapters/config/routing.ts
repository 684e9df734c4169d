/**
 * Where a request belongs and who is told about it: its village (when the resident found theirs
 * in the list), the township above it and the county above that, each with its name and, when
 * configured, its notification target (a WeCom group robot or a Telegram group). Outbox rows name
 * a target as the village code, `township:<code>` or `county:<code>`; the senders turn it back
 * into a name and an address here. Pure.
 */
import type { NotifyTarget } from './notify-target.ts';
import type { Village, VillageDirectory } from './villages.ts';

export type OfficeLevel = 'village' | 'township' | 'county';

export interface CasePlace {
  village?: Village | undefined;
  township: { code: string; name: string };
  county: { code: string; name: string };
}

/** The plain columns a request carries about its place. */
export interface PlacedRow {
  village: string;
  township: string;
  county: string;
  region: string;
}

export function placeOf(dir: VillageDirectory, row: PlacedRow): CasePlace {
  const village = row.village ? dir.get(row.village) : undefined;
  const townshipCode = village?.township.code ?? row.township;
  const townshipName =
    village?.township.name ??
    dir.offices.township(townshipCode)?.name ??
    dir.all().find((v) => v.township.code === townshipCode)?.township.name ??
    '';
  const countyCode = row.county || village?.region || row.region;
  const countyName = dir.offices.county(countyCode)?.name ?? '';
  return {
    village,
    township: { code: townshipCode, name: townshipName },
    county: { code: countyCode, name: countyName },
  };
}

/** The outbox target of an office level for a place, if that office has somewhere to be told. */
export function targetOf(
  dir: VillageDirectory,
  place: CasePlace,
  level: OfficeLevel,
): { target: string; notify: NotifyTarget } | undefined {
  if (level === 'village')
    return place.village?.notify ? { target: place.village.code, notify: place.village.notify } : undefined;
  if (level === 'township') {
    const office = place.township.code ? dir.offices.township(place.township.code) : undefined;
    return office?.notify ? { target: `township:${office.code}`, notify: office.notify } : undefined;
  }
  const office = place.county.code ? dir.offices.county(place.county.code) : undefined;
  return office?.notify ? { target: `county:${office.code}`, notify: office.notify } : undefined;
}

/** A target back to the name to address and where to send, or undefined when no longer configured. */
export function resolveTarget(
  dir: VillageDirectory,
  target: string,
): { name: string; notify: NotifyTarget } | undefined {
  if (target.startsWith('township:')) {
    const o = dir.offices.township(target.slice('township:'.length));
    return o?.notify ? { name: o.name, notify: o.notify } : undefined;
  }
  if (target.startsWith('county:')) {
    const o = dir.offices.county(target.slice('county:'.length));
    return o?.notify ? { name: o.name, notify: o.notify } : undefined;
  }
  const v = dir.get(target);
  return v?.notify ? { name: v.name, notify: v.notify } : undefined;
}

/** The words for where a request went, as the resident and staff read them. */
export function placeLabel(place: CasePlace): string {
  if (place.village) return `${place.township.name}${place.village.name}`;
  if (place.township.name) return place.township.name;
  return place.county.name || `县（市、区）民政部门（${place.county.code}）`;
}
